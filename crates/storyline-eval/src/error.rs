//! Errors of the evaluation crate.

use std::path::PathBuf;

/// What can go wrong while evaluating.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A dataset file could not be opened or read.
    #[error("cannot read dataset {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A dataset file has no usable records.
    #[error("dataset {path} has no usable records ({skipped} lines skipped)")]
    Empty {
        /// The file.
        path: PathBuf,
        /// Lines that could not be parsed.
        skipped: usize,
    },
    /// storyline's engine rejected its configuration.
    #[error("storyline engine")]
    Engine(#[from] storyline_core::Error),
    /// An invalid setting.
    #[error("invalid configuration: {0}")]
    Config(String),
}
