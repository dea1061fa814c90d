/// Errors of the text layer. Most text functions cannot fail (messy input is data); this covers the
/// few that parse configuration or data files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A word list or golden data file could not be parsed.
    #[error("invalid data in {what}: {message}")]
    InvalidData {
        /// Which file or table.
        what: String,
        /// What was wrong.
        message: String,
    },
}
