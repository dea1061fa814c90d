//! Readers. (Stub: plain text only; the real readers replace this.)

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
    /// Record id (`id` field of a Multi-News record), or empty.
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

/// Reads one input given as bytes; `name` is the path shown in diagnostics and citations.
pub fn read_bytes(name: &str, bytes: &[u8], _format: InputFormat) -> Input {
    let text = String::from_utf8_lossy(bytes).into_owned();
    Input {
        clusters: vec![Cluster {
            articles: vec![Article {
                id: ArticleId(0),
                origin: Origin {
                    path: Some(name.to_string()),
                    url: None,
                },
                text,
                ..Article::default()
            }],
            ..Cluster::default()
        }],
        diagnostics: Vec::new(),
    }
}

/// Reads files and directories (a directory: all its files, sorted); `-` is stdin.
pub fn read_paths(paths: &[impl AsRef<Path>], format: InputFormat) -> Result<Input, Error> {
    let mut all = Input::default();
    let mut plain = Cluster::default();
    for p in paths {
        let p = p.as_ref();
        let bytes = std::fs::read(p).map_err(|source| Error::Read {
            path: p.to_path_buf(),
            source,
        })?;
        let input = read_bytes(&p.display().to_string(), &bytes, format);
        for mut c in input.clusters {
            for mut a in c.articles.drain(..) {
                a.id = ArticleId(plain.articles.len() as u32);
                plain.articles.push(a);
            }
        }
        all.diagnostics.extend(input.diagnostics);
    }
    all.clusters.push(plain);
    Ok(all)
}
