//! `storyline clean`: show what the cleaner keeps and removes in each article, and why.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::Context;
use serde::Serialize;
use storyline_core::{Article, Severity};
use storyline_io::read::{InputFormat, read_paths};
use storyline_text::Span;
use storyline_text::clean::{BlockKind, CleanConfig, Cleaned, Cleaner, OutletSource};

use super::print_out;

/// Arguments of `storyline clean`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Article files or directories; `-` reads stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Also list every removed block with its kind and reason.
    #[arg(long)]
    pub explain: bool,
    /// Output format: `text` for people, `json` (one object per article a line, every block with
    /// its kind, byte span and reason) for tools.
    #[arg(long, short, value_enum, default_value_t = CleanFormat::Text)]
    pub format: CleanFormat,
}

/// Output format flag of `storyline clean`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CleanFormat {
    /// Kept content and metadata as text (with `--explain`, the removed blocks too).
    Text,
    /// JSON Lines: one object per article.
    Json,
}

/// Runs `storyline clean`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    let input = read_paths(&args.inputs, InputFormat::Auto).context("reading inputs")?;
    for d in &input.diagnostics {
        let level = match d.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        eprintln!("storyline: {level}: {}: {}", d.input, d.message);
    }
    let cleaner = Cleaner::new(CleanConfig::default());
    let mut out = String::new();
    for cluster in &input.clusters {
        for (i, article) in cluster.articles.iter().enumerate() {
            let name = article_name(&cluster.id, i, article);
            let cleaned = cleaner.clean(&article.text);
            match args.format {
                CleanFormat::Text => write_text(&mut out, &name, article, &cleaned, args.explain),
                CleanFormat::Json => {
                    let record = JsonArticle::new(&name, &article.text, &cleaned);
                    out.push_str(&serde_json::to_string(&record)?);
                    out.push('\n');
                }
            }
            // Print as we go so a long dataset streams (and `| head` stops early).
            if out.len() > 1 << 16 {
                print_out(&out)?;
                out.clear();
            }
        }
    }
    print_out(&out)
}

/// The name an article is shown under: its path (with `:line` for JSONL), else record id + index.
fn article_name(cluster_id: &str, i: usize, article: &Article) -> String {
    match (&article.origin.path, cluster_id.is_empty()) {
        (Some(p), _) => p.clone(),
        (None, false) => format!("{cluster_id}#{}", i + 1),
        (None, true) => format!("article {}", i + 1),
    }
}

/// Whitespace (NBSPs included) collapsed to single spaces.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max` characters, with `…` when cut.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max - 1).collect::<String>() + "…"
    }
}

const fn source_label(s: OutletSource) -> &'static str {
    match s {
        OutletSource::Dateline => "dateline",
        OutletSource::Byline => "byline",
        OutletSource::Credit => "photo credit",
    }
}

fn write_text(out: &mut String, name: &str, article: &Article, cleaned: &Cleaned, explain: bool) {
    let text = article.text.as_str();
    let spans = |v: &[Span]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.iter()
                .map(|s| squash(s.slice(text)))
                .collect::<Vec<_>>()
                .join(" | ")
        }
    };
    let meta = &cleaned.meta;
    let _ = writeln!(out, "== {name}");
    let title = meta
        .title
        .map_or_else(|| "-".to_string(), |s| squash(s.slice(text)));
    let _ = writeln!(out, "title:        {title}");
    let outlets = if meta.outlets.is_empty() {
        "-".to_string()
    } else {
        meta.outlets
            .iter()
            .map(|o| format!("{} ({})", o.name, source_label(o.from)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(out, "outlet:       {outlets}");
    let _ = writeln!(out, "date lines:   {}", spans(&meta.date_lines));
    let _ = writeln!(out, "crawl stamps: {}", spans(&meta.crawl_stamps));
    let content: Vec<_> = cleaned.content().collect();
    let removed: Vec<_> = cleaned.removed().collect();
    let kept_chars: usize = content.iter().map(|b| b.span.len()).sum();
    let removed_chars: usize = removed.iter().map(|b| b.span.len()).sum();
    let _ = writeln!(
        out,
        "kept:         {} paragraphs, {kept_chars} bytes; removed {} blocks, {removed_chars} bytes",
        content.len(),
        removed.len()
    );
    out.push('\n');
    for b in &content {
        let _ = writeln!(out, "{}\n", squash(b.span.slice(text)));
    }
    if explain {
        let _ = writeln!(out, "removed:");
        if removed.is_empty() {
            let _ = writeln!(out, "  (nothing)");
        }
        for b in removed {
            let _ = writeln!(
                out,
                "  [{}] {}\n      why: {} (bytes {}..{})",
                b.kind.label(),
                clip(&squash(b.span.slice(text)), 160),
                b.reason,
                b.span.start,
                b.span.end
            );
        }
        out.push('\n');
    }
}

/// A span with its text, for JSON.
#[derive(Serialize)]
struct JsonSpan {
    text: String,
    start: usize,
    end: usize,
}

impl JsonSpan {
    fn new(text: &str, span: Span) -> Self {
        Self {
            text: span.slice(text).to_string(),
            start: span.start,
            end: span.end,
        }
    }
}

#[derive(Serialize)]
struct JsonOutlet {
    name: String,
    from: OutletSource,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonBlock {
    kind: BlockKind,
    start: usize,
    end: usize,
    text: String,
    reason: String,
}

/// One article in `--format json`.
#[derive(Serialize)]
struct JsonArticle {
    input: String,
    title: Option<JsonSpan>,
    outlets: Vec<JsonOutlet>,
    date_lines: Vec<JsonSpan>,
    crawl_stamps: Vec<JsonSpan>,
    blocks: Vec<JsonBlock>,
}

impl JsonArticle {
    fn new(name: &str, text: &str, cleaned: &Cleaned) -> Self {
        let meta = &cleaned.meta;
        Self {
            input: name.to_string(),
            title: meta.title.map(|s| JsonSpan::new(text, s)),
            outlets: meta
                .outlets
                .iter()
                .map(|o| JsonOutlet {
                    name: o.name.clone(),
                    from: o.from,
                    start: o.span.start,
                    end: o.span.end,
                })
                .collect(),
            date_lines: meta
                .date_lines
                .iter()
                .map(|s| JsonSpan::new(text, *s))
                .collect(),
            crawl_stamps: meta
                .crawl_stamps
                .iter()
                .map(|s| JsonSpan::new(text, *s))
                .collect(),
            blocks: cleaned
                .blocks
                .iter()
                .map(|b| JsonBlock {
                    kind: b.kind,
                    start: b.span.start,
                    end: b.span.end,
                    text: b.span.slice(text).to_string(),
                    reason: b.reason.clone(),
                })
                .collect(),
        }
    }
}
