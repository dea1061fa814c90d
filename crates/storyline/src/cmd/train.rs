//! `storyline train`.

/// Arguments of `storyline train`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `storyline train` (stub).
pub fn run(_args: &Args) -> anyhow::Result<()> {
    anyhow::bail!("train is not built yet")
}
