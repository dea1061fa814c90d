//! storyline's model and pipeline. No I/O: readers and renderers live in `storyline-io`.
//!
//! Main types, in the order data flows:
//! - [`Article`]: one input article, text never modified.
//! - [`Document`]: the article cleaned ([`storyline_text::clean`]), segmented, with title, outlet and a
//!   publication date with provenance.
//! - [`Story`]: the documents of one story with near-duplicate sentences merged into [`Candidate`]s and
//!   off-topic or duplicate documents set aside.
//! - [`Brief`]: summary, timeline, actors, quotes, contradictions and sources, ready to render.
//!
//! [`Engine`] runs the whole pipeline; build it once from an [`EngineConfig`] and reuse it.
//!
//! ```
//! use storyline_core::{Article, ArticleId, Engine, EngineConfig};
//! let engine = Engine::new(EngineConfig::default()).unwrap();
//! let articles = vec![Article {
//!     id: ArticleId(0),
//!     text: "Lavrov met Kerry in New York on Sunday. They discussed Syria.".into(),
//!     ..Article::default()
//! }];
//! let brief = engine.brief(articles, Vec::new());
//! assert!(!brief.summary.is_empty());
//! ```

pub mod actors;
pub mod contradictions;
pub mod dates;
pub mod dedupe;
pub mod document;
mod engine;
mod error;
pub mod features;
mod headline;
pub mod learned;
pub mod model;
pub mod offtopic;
pub mod prior;
pub mod quotes;
pub mod score;
pub mod select;
pub mod timeline;
pub mod vector;
pub mod wording;

pub use engine::{Engine, EngineConfig, ScorerChoice};
pub use error::Error;
pub use model::*;
