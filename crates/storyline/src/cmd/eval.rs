//! `storyline eval`.

/// Arguments of `storyline eval`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `storyline eval` (stub).
pub fn run(_args: &Args) -> anyhow::Result<()> {
    anyhow::bail!("eval is not built yet")
}
