use std::path::PathBuf;

/// Errors of the I/O crate: only whole-input failures (a bad article is a diagnostic instead).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read.
    #[error("cannot read {path}")]
    Read {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// Output could not be serialised.
    #[error("cannot serialise output")]
    Serialize(#[source] serde_json::Error),
}
