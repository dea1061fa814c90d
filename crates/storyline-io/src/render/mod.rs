//! Renderers: Markdown for people, JSON for tools.
//!
//! JSON is the serde serialisation of [`Brief`] (pretty-printed, two-space indent, fields in
//! declaration order), documented field by field in `docs/json-schema.md` and as a JSON Schema in
//! `docs/brief.schema.json`. Markdown is laid out by the `markdown` module (see its docs): title, date
//! range, cited summary, timeline, actors, quotes, disagreements, sources and diagnostics, leaving
//! out empty sections and escaping text taken from articles.
//!
//! Both renderings depend only on the brief (which holds vectors in a fixed order), so the same
//! brief always renders to the same bytes. Each rendering ends with a newline.

mod compact;
mod markdown;

use storyline_core::Brief;

use crate::Error;

/// Output format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// Markdown for people.
    #[default]
    Markdown,
    /// JSON for tools (schema in `docs/json-schema.md`).
    Json,
}

/// Appends `brief` to `out` as one line of compact JSON: the bytes of
/// `serde_json::to_writer` and a newline, as a dataset's briefs are written one a line. The
/// strings are escaped eight bytes at a time (module `compact`), the rest written as
/// `serde_json` writes it.
pub fn write_json_line(out: &mut Vec<u8>, brief: &Brief) -> Result<(), Error> {
    compact::write(out, brief).map_err(Error::Serialize)?;
    out.push(b'\n');
    Ok(())
}

/// Renders a brief.
pub fn render(brief: &Brief, format: Format) -> Result<String, Error> {
    match format {
        Format::Json => {
            let mut out = serde_json::to_string_pretty(brief).map_err(Error::Serialize)?;
            out.push('\n');
            Ok(out)
        }
        Format::Markdown => Ok(markdown::render(brief)),
    }
}
