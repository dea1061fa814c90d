//! Renderers: Markdown and JSON. (Stub.)

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

/// Renders a brief.
pub fn render(brief: &Brief, format: Format) -> Result<String, Error> {
    match format {
        Format::Json => serde_json::to_string_pretty(brief).map_err(Error::Serialize),
        Format::Markdown => Ok(markdown(brief)),
    }
}

fn markdown(brief: &Brief) -> String {
    let mut out = format!("# {}\n\n", brief.title);
    for s in &brief.summary {
        out.push_str(&s.text);
        out.push('\n');
    }
    out
}
