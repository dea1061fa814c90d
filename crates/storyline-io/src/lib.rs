//! storyline's input and output: readers turn files into [`storyline_core::Article`]s grouped in
//! [`read::Cluster`]s (with diagnostics instead of aborts), renderers turn a
//! [`storyline_core::Brief`] into Markdown or JSON.
//!
//! ```
//! use storyline_io::read::{read_bytes, InputFormat};
//! let input = read_bytes("-", b"Lavrov met Kerry. They talked.", InputFormat::Auto);
//! assert_eq!(input.clusters[0].articles.len(), 1);
//! ```

mod error;
pub mod read;
pub mod render;

pub use error::Error;
