//! `storyline clean`.

use std::path::PathBuf;

/// Arguments of `storyline clean`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Article files or directories; `-` reads stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Also list every removed block with its reason.
    #[arg(long)]
    pub explain: bool,
}

/// Runs `storyline clean` (stub).
pub fn run(_args: &Args) -> anyhow::Result<()> {
    Ok(())
}
