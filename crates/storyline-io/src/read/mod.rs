//! Readers: files, directories, stdin and byte buffers become [`Article`]s grouped in [`Cluster`]s.
//!
//! How a reader decides, in order:
//!
//! 1. **Expansion.** A path is a file, a directory (its files, sorted by name; hidden files and
//!    subdirectories skipped) or `-` (stdin). A path that does not exist or cannot be read is a
//!    whole-input [`Error::Read`]; a file inside a directory that cannot be read is a diagnostic.
//! 2. **Decompression.** Bytes that start with the gzip magic number (or a name ending in `.gz`) are
//!    gunzipped with `flate2`; the name without `.gz` is used for format detection.
//! 3. **Decoding** (module `decode`). A UTF-8 byte-order mark is dropped, UTF-16 with a byte-order mark is
//!    transcoded, a file that looks binary (NUL bytes, or more than 10% control bytes or, with no
//!    legacy charset declared, a third of invalid UTF-8 in its first 8 KiB) is skipped with an error
//!    diagnostic. Bytes that are not UTF-8 are decoded with `encoding_rs` in the charset the file
//!    declares (`<meta charset=…>`, `charset=` in a content type, an XML `encoding=`), or, when
//!    nothing is declared and no valid multi-byte UTF-8 occurs, as windows-1252 with a warning;
//!    otherwise invalid UTF-8 is decoded lossily (U+FFFD) with a warning that gives the first bad
//!    byte offset.
//! 4. **Format.** An explicit [`InputFormat`] wins. Otherwise the extension decides (`.jsonl`,
//!    `.ndjson`, `.json` → JSONL; `.html`, `.htm`, `.xhtml` → HTML; `.txt` → text), and without a known
//!    extension the content is sniffed: `<!doctype html`, `<html`, or a leading tag followed by
//!    `<head`/`<body` is HTML; a first line that parses as a JSON object (or a whole text that parses
//!    as a JSON object or array) is JSONL; anything else is plain text.
//! 5. **Records.** Plain text is one article; HTML is one article whose text is the main content
//!    found by the `dom_smoothie` Readability port (see the `html` module docs); a JSONL line is
//!    either one article (`text`/`body`) or, when it has `documents`/`document`, a whole Multi-News
//!    cluster (see the `jsonl` module docs). A malformed line is an error diagnostic with its line
//!    number; the other lines still load.
//!
//! All single articles of one invocation (text files, HTML pages, JSONL article lines) form **one**
//! cluster, numbered 0.. in input order; it comes first. Every Multi-News record is its own cluster
//! after it. When nothing but single articles was given (even if all were skipped), the single
//! cluster is still returned so the caller can report its diagnostics.

mod decode;
mod html;
mod jsonl;

use std::io::Read as _;
use std::path::Path;

use storyline_core::{Article, ArticleId, Diagnostic, Origin};

use crate::Error;

/// Which format to read an input as.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum InputFormat {
    /// Decide from the extension and content.
    #[default]
    Auto,
    /// One plain-text article.
    Text,
    /// One article a line (`text`/`body`, ...), or Multi-News records (`documents`/`document`).
    Jsonl,
    /// An HTML page.
    Html,
}

/// One story's articles as read (a Multi-News record, or all plain inputs together).
#[derive(Clone, Debug, Default)]
pub struct Cluster {
    /// Record id (`id` field of a Multi-News record, else `file:line`), or empty for the cluster of
    /// single articles.
    pub id: String,
    /// The articles, ids 0.. in order.
    pub articles: Vec<Article>,
    /// Reference summary, for datasets that have one.
    pub reference: Option<String>,
    /// Per-article noise votes, for Multi-News+.
    pub noise_votes: Option<Vec<u8>>,
}

/// Everything read from the inputs.
#[derive(Clone, Debug, Default)]
pub struct Input {
    /// Stories: one per dataset record; all plain articles together form one.
    pub clusters: Vec<Cluster>,
    /// Problems that did not stop reading.
    pub diagnostics: Vec<Diagnostic>,
}

/// Where readers put what they read: single articles, whole clusters and diagnostics.
#[derive(Default)]
struct Sink {
    articles: Vec<Article>,
    clusters: Vec<Cluster>,
    diagnostics: Vec<Diagnostic>,
}

impl Sink {
    fn warn(&mut self, input: impl Into<String>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::warning(input, message));
    }

    fn error(&mut self, input: impl Into<String>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::error(input, message));
    }

    /// Numbers the single articles, repairs mis-decoded punctuation ([`decode::repair_c1`]) and
    /// puts their cluster in front of the record clusters.
    fn finish(self) -> Input {
        let Self {
            mut articles,
            clusters: mut records,
            mut diagnostics,
        } = self;
        let all = articles
            .iter_mut()
            .chain(records.iter_mut().flat_map(|c| c.articles.iter_mut()));
        for a in all {
            let mut n = decode::repair_c1(&mut a.text);
            if let Some(title) = a.supplied.title.as_mut() {
                n += decode::repair_c1(title);
            }
            if n > 0 {
                let name = a.origin.path.clone().unwrap_or_else(|| "-".to_string());
                diagnostics.push(Diagnostic::warning(
                    name,
                    format!(
                        "{n} windows-1252 punctuation mark{} stored as control characters \
                         (U+0080–U+009F) read as the marks they stand for (“ ” – — …)",
                        if n == 1 { "" } else { "s" }
                    ),
                ));
            }
        }
        for (i, a) in articles.iter_mut().enumerate() {
            a.id = ArticleId(i as u32);
        }
        let mut clusters = Vec::with_capacity(records.len() + 1);
        if !articles.is_empty() || records.is_empty() {
            clusters.push(Cluster {
                articles,
                ..Cluster::default()
            });
        }
        clusters.extend(records);
        Input {
            clusters,
            diagnostics,
        }
    }
}

/// Reads one input given as bytes; `name` is the path shown in diagnostics and citations
/// (`-` for stdin). Never fails: problems become diagnostics.
pub fn read_bytes(name: &str, bytes: &[u8], format: InputFormat) -> Input {
    let mut sink = Sink::default();
    read_one(name, bytes, format, &mut sink);
    sink.finish()
}

/// Reads files and directories (a directory: all its files, sorted by name, hidden files skipped);
/// `-` is stdin. Fails only when a path given explicitly cannot be read.
pub fn read_paths(paths: &[impl AsRef<Path>], format: InputFormat) -> Result<Input, Error> {
    let mut sink = Sink::default();
    for p in paths {
        let p = p.as_ref();
        if p.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|source| Error::Read {
                    path: p.to_path_buf(),
                    source,
                })?;
            read_one("-", &bytes, format, &mut sink);
            continue;
        }
        let read_err = |source| Error::Read {
            path: p.to_path_buf(),
            source,
        };
        let meta = std::fs::metadata(p).map_err(read_err)?;
        if meta.is_dir() {
            read_dir(p, format, &mut sink).map_err(read_err)?;
        } else {
            let bytes = std::fs::read(p).map_err(read_err)?;
            read_one(&p.display().to_string(), &bytes, format, &mut sink);
        }
    }
    Ok(sink.finish())
}

/// Reads the files of one directory in name order; only listing the directory itself can fail.
fn read_dir(dir: &Path, format: InputFormat, sink: &mut Sink) -> std::io::Result<()> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        match entry {
            Ok(e) => entries.push(e.path()),
            Err(e) => sink.error(
                dir.display().to_string(),
                format!("cannot list an entry: {e}"),
            ),
        }
    }
    entries.sort();
    for path in entries {
        let shown = path.display().to_string();
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            sink.warn(
                shown,
                "subdirectory skipped (directories are not read recursively)",
            );
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => read_one(&shown, &bytes, format, sink),
            Err(e) => sink.error(shown, format!("cannot read: {e}; skipped")),
        }
    }
    Ok(())
}

/// Most bytes a gzip member may expand to (a guard against decompression bombs).
const MAX_GUNZIPPED: u64 = 4 << 30;

/// Reads one named input of any format into the sink.
fn read_one(name: &str, bytes: &[u8], format: InputFormat, sink: &mut Sink) {
    let gz_name = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".GZ"));
    let gunzipped;
    let (bytes, detect_name) = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        let mut decoder = flate2::read::MultiGzDecoder::new(bytes).take(MAX_GUNZIPPED);
        if let Err(e) = decoder.read_to_end(&mut out) {
            sink.error(name, format!("cannot decompress gzip data: {e}; skipped"));
            return;
        }
        gunzipped = out;
        (gunzipped.as_slice(), gz_name.unwrap_or(name))
    } else {
        if gz_name.is_some() {
            sink.warn(name, "named .gz but not gzip-compressed; read as is");
        }
        (bytes, gz_name.unwrap_or(name))
    };

    let text = match decode::decode(bytes) {
        Ok(decoded) => {
            if let Some(note) = decoded.note {
                sink.warn(name, note);
            }
            decoded.text
        }
        Err(why) => {
            sink.error(name, format!("{why}; skipped as binary"));
            return;
        }
    };

    let format = match format {
        InputFormat::Auto => detect(detect_name, &text),
        f => f,
    };
    match format {
        InputFormat::Jsonl => jsonl::read(name, &text, sink),
        InputFormat::Html => html::read(name, &text, sink),
        InputFormat::Text | InputFormat::Auto => read_text(name, text, sink),
    }
}

/// A plain-text file is one article, kept byte for byte (after decoding).
fn read_text(name: &str, text: String, sink: &mut Sink) {
    if text.trim().is_empty() {
        sink.error(name, "empty article; skipped");
        return;
    }
    sink.articles.push(Article {
        id: ArticleId(0),
        origin: Origin {
            path: Some(name.to_string()),
            url: None,
        },
        text,
        ..Article::default()
    });
}

/// Decides the format of a text from its name's extension, else from its content.
fn detect(name: &str, text: &str) -> InputFormat {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let ext = file
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "jsonl" | "ndjson" | "json" => InputFormat::Jsonl,
        "html" | "htm" | "xhtml" | "shtml" => InputFormat::Html,
        "txt" | "text" => InputFormat::Text,
        _ => sniff(text),
    }
}

/// Guesses the format of a text without a telling name (stdin, extensionless files).
fn sniff(text: &str) -> InputFormat {
    let head = text.trim_start();
    if html::looks_like_html(head) {
        InputFormat::Html
    } else if jsonl::looks_like_json(head) {
        InputFormat::Jsonl
    } else {
        InputFormat::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_decides_before_content() {
        assert_eq!(detect("a/b.JSONL", "plain"), InputFormat::Jsonl);
        assert_eq!(detect("a/b.htm", "plain"), InputFormat::Html);
        assert_eq!(detect("a/b.txt", "<html>"), InputFormat::Text);
        assert_eq!(detect("a.d/b", "x"), InputFormat::Text);
    }

    #[test]
    fn sniffing_recognises_html_json_and_text() {
        assert_eq!(sniff("  <!DOCTYPE html><p>x"), InputFormat::Html);
        assert_eq!(sniff("<html lang=en>"), InputFormat::Html);
        assert_eq!(
            sniff("{\"text\": \"a\"}\n{\"text\": \"b\"}"),
            InputFormat::Jsonl
        );
        assert_eq!(sniff("{\n  \"text\": \"a\"\n}"), InputFormat::Jsonl);
        assert_eq!(sniff("[{\"text\": \"a\"}]"), InputFormat::Jsonl);
        assert_eq!(sniff("{curly} start of a text"), InputFormat::Text);
        assert_eq!(sniff("<b>bold</b> claims"), InputFormat::Text);
        assert_eq!(sniff("Moscow, Sept. 27"), InputFormat::Text);
    }

    #[test]
    fn gzip_is_transparent() {
        use std::io::Write as _;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"{\"text\": \"Lavrov met Kerry.\"}\n")
            .unwrap();
        let gz = enc.finish().unwrap();
        let input = read_bytes("x.jsonl.gz", &gz, InputFormat::Auto);
        assert_eq!(input.clusters[0].articles[0].text, "Lavrov met Kerry.");
        assert_eq!(
            input.clusters[0].articles[0].origin.path.as_deref(),
            Some("x.jsonl.gz:1")
        );
        let broken = read_bytes("y.gz", &gz[..gz.len() / 2], InputFormat::Auto);
        assert!(broken.clusters[0].articles.is_empty());
        assert!(broken.diagnostics[0].message.contains("gzip"));
    }
}
