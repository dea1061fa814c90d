//! One module per subcommand; each has `Args` (clap) and `run`.

pub mod brief;
pub mod clean;
pub mod eval;
pub mod train;

use std::io::Write;

/// A usage problem found after parsing (exit code 2).
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Writes `s` to stdout (a broken pipe surfaces as an io error the caller treats as success).
pub fn print_out(s: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(s.as_bytes())?;
    out.flush()?;
    Ok(())
}
