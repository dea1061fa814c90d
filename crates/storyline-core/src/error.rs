/// Errors of the core crate: configuration and model problems (input problems are diagnostics).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A configuration value is out of range.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// A learned model could not be loaded.
    #[error("invalid model {name}: {message}")]
    Model {
        /// Model name or path.
        name: String,
        /// What was wrong.
        message: String,
    },
}
