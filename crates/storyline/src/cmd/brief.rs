//! `storyline brief`.

use std::path::PathBuf;

use anyhow::Context;
use storyline_core::{Engine, EngineConfig};
use storyline_io::read::{InputFormat, read_paths};
use storyline_io::render::{Format, render};

use super::{UsageError, print_out};

/// Arguments of `storyline brief`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Article files or directories (all files inside, sorted); `-` reads stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = OutFormat::Markdown)]
    pub format: OutFormat,
    /// Word budget of the summary.
    #[arg(long, default_value_t = 200)]
    pub words: usize,
}

/// Output format flag.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum OutFormat {
    /// Markdown for people.
    Markdown,
    /// JSON for tools.
    Json,
}

/// Runs `storyline brief`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    if args.words == 0 {
        return Err(UsageError("--words must be at least 1".into()).into());
    }
    let mut config = EngineConfig::default();
    config.words = args.words;
    let engine = Engine::new(config)?;
    let input = read_paths(&args.inputs, InputFormat::Auto).context("reading inputs")?;
    let format = match args.format {
        OutFormat::Markdown => Format::Markdown,
        OutFormat::Json => Format::Json,
    };
    let mut diagnostics = input.diagnostics;
    let mut out = String::new();
    for cluster in input.clusters {
        let brief = engine.brief(cluster.articles, std::mem::take(&mut diagnostics));
        out.push_str(&render(&brief, format)?);
    }
    print_out(&out)
}
