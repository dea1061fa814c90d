//! storyline's input and output.
//!
//! Main types:
//! - [`read::Input`]: what the readers produced — [`read::Cluster`]s of
//!   [`storyline_core::Article`]s plus [`storyline_core::Diagnostic`]s for everything that was
//!   repaired or skipped (a bad file or line never aborts the read).
//! - [`read::InputFormat`]: plain text, JSONL (articles or Multi-News records) or HTML; `Auto`
//!   decides from the extension and the content. HTML main content comes from `dom_smoothie`, a
//!   port of Mozilla's Readability.
//! - [`render::Format`]: Markdown for people, JSON for tools (schema in `docs/json-schema.md`).
//!
//! Data flows paths/bytes → [`read::read_paths`]/[`read::read_bytes`] → `Input` → (the engine in
//! `storyline-core` turns each cluster's articles into a [`storyline_core::Brief`]) →
//! [`render::render`] → text.
//!
//! ```
//! use storyline_io::read::{read_bytes, InputFormat};
//! use storyline_io::render::{render, Format};
//!
//! let input = read_bytes("-", b"Lavrov met Kerry. They talked.", InputFormat::Auto);
//! assert_eq!(input.clusters[0].articles.len(), 1);
//!
//! let brief = storyline_core::Brief { title: "Talks".into(), ..Default::default() };
//! assert!(render(&brief, Format::Markdown).unwrap().starts_with("# Talks\n"));
//! ```

mod error;
pub mod read;
pub mod render;

pub use error::Error;
