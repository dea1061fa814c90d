//! Measures the date tagger against TempEval-3 TIMEX3 annotations (TimeML `.tml` files).
//!
//! ```text
//! cargo run --release -p storyline-eval --example tempeval -- /work/shared/data/tempeval3/TBAQ-cleaned
//! ```
//!
//! For every `.tml` file under the given folder: the `<TEXT>` element is stripped of tags (entities
//! decoded) to get plain text, the TIMEX3 elements inside it give gold spans, types and values, and
//! the `<DCT>` value is the anchor. The tagger runs on the whole text. Scores:
//! - span P/R/F1 with relaxed (any overlap) and strict (exact) matching;
//! - value P/R/F1: a gold expression counts when an overlapping system expression has exactly its
//!   value; a system expression counts when it overlaps a gold one with its value.
//!
//! Reported for all TIMEX3 types (the tagger finds dates only, so durations, times and sets count
//! as misses) and for DATE-type expressions (system expressions overlapping a non-DATE gold one are
//! left out of that row).
//!
//! It also dates every document the way `storyline brief` dates an article with no supplied date
//! (cleaner, segmenter, publication-date picker on the text alone) and counts the guesses the DCT
//! confirms (at the guess's precision), contradicts, or that are left unknown.
// An example is a command-line program: it prints its report.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};

use storyline_core::document::prepare;
use storyline_core::model::Article;
use storyline_text::Span;
use storyline_text::clean::Cleaner;
use storyline_text::segment::Segmenter;
use storyline_text::time::{Date, Tagger, TimeExpr};

struct Gold {
    span: Span,
    kind: String,
    value: String,
}

struct Doc {
    text: String,
    dct: Option<Date>,
    gold: Vec<Gold>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

fn decode(entity: &str) -> Option<&'static str> {
    Some(match entity {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => return None,
    })
}

/// Plain text of the `<TEXT>` element with the TIMEX3 spans in it.
fn parse(raw: &str) -> Option<Doc> {
    let dct = raw
        .find("<DCT>")
        .and_then(|i| attr(&raw[i..raw[i..].find("</DCT>")? + i], "value"))
        .and_then(|v| Date::parse(v.get(..10).unwrap_or(&v)));
    let body_start = raw.find("<TEXT>")? + "<TEXT>".len();
    let body_end = raw[body_start..].find("</TEXT>")? + body_start;
    let body = &raw[body_start..body_end];
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            let tag = &rest[..end];
            if tag.starts_with("<TIMEX3") {
                open = Some((
                    text.len(),
                    attr(tag, "type").unwrap_or_default(),
                    attr(tag, "value").unwrap_or_default(),
                ));
            } else if tag.starts_with("</TIMEX3")
                && let Some((start, kind, value)) = open.take()
            {
                gold.push(Gold {
                    span: Span::new(start, text.len()),
                    kind,
                    value,
                });
            }
            i += end;
        } else if rest.starts_with('&') {
            let semi = rest.find(';').filter(|&s| s < 8);
            if let Some((s, d)) = semi.and_then(|s| decode(&rest[1..s]).map(|d| (s, d))) {
                text.push_str(d);
                i += s + 1;
            } else {
                text.push('&');
                i += 1;
            }
        } else {
            let ch = rest.chars().next()?;
            text.push(ch);
            i += ch.len_utf8();
        }
    }
    Some(Doc { text, dct, gold })
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "tml") {
            out.push(p);
        }
    }
}

#[derive(Default)]
struct Counts {
    gold: usize,
    sys: usize,
    span_gold_hit: usize,
    span_sys_hit: usize,
    strict_gold_hit: usize,
    strict_sys_hit: usize,
    value_gold_hit: usize,
    value_sys_hit: usize,
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

impl Counts {
    fn add(&mut self, gold: &[&Gold], sys: &[&TimeExpr]) {
        self.gold += gold.len();
        self.sys += sys.len();
        for g in gold {
            let over: Vec<&&TimeExpr> = sys.iter().filter(|s| overlaps(s.span, g.span)).collect();
            self.span_gold_hit += usize::from(!over.is_empty());
            self.strict_gold_hit += usize::from(over.iter().any(|s| s.span == g.span));
            self.value_gold_hit += usize::from(over.iter().any(|s| s.value.to_string() == g.value));
        }
        for s in sys {
            let over: Vec<&&Gold> = gold.iter().filter(|g| overlaps(s.span, g.span)).collect();
            self.span_sys_hit += usize::from(!over.is_empty());
            self.strict_sys_hit += usize::from(over.iter().any(|g| s.span == g.span));
            self.value_sys_hit += usize::from(over.iter().any(|g| s.value.to_string() == g.value));
        }
    }

    fn row(&self, name: &str) {
        let prf = |hs: usize, hg: usize| {
            let p = if self.sys == 0 {
                0.0
            } else {
                hs as f64 / self.sys as f64
            };
            let r = if self.gold == 0 {
                0.0
            } else {
                hg as f64 / self.gold as f64
            };
            let f = if p + r == 0.0 {
                0.0
            } else {
                2.0 * p * r / (p + r)
            };
            format!("{:5.1} {:5.1} {:5.1}", 100.0 * p, 100.0 * r, 100.0 * f)
        };
        println!(
            "| {name:<9} | {:>5} | {:>5} | {} | {} | {} |",
            self.gold,
            self.sys,
            prf(self.span_sys_hit, self.span_gold_hit),
            prf(self.strict_sys_hit, self.strict_gold_hit),
            prf(self.value_sys_hit, self.value_gold_hit),
        );
    }
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: tempeval <folder with .tml files>");
        std::process::exit(2);
    };
    let mut paths = Vec::new();
    files(Path::new(&dir), &mut paths);
    if paths.is_empty() {
        eprintln!("no .tml files under {dir}");
        std::process::exit(2);
    }
    let tagger = Tagger::default();
    let (cleaner, segmenter) = (Cleaner::default(), Segmenter::default());
    // Publication dates read from the text alone (the DCT hidden): right, wrong, unknown.
    let mut published = [0usize; 3];
    let (mut all, mut date) = (Counts::default(), Counts::default());
    let mut misses: Vec<String> = Vec::new();
    let mut n_docs = 0;
    for p in &paths {
        let Ok(raw) = std::fs::read_to_string(p) else {
            eprintln!("skipping unreadable {}", p.display());
            continue;
        };
        let Some(doc) = parse(&raw) else {
            eprintln!("skipping {} (no <TEXT>)", p.display());
            continue;
        };
        n_docs += 1;
        let article = Article {
            text: doc.text.clone(),
            ..Article::default()
        };
        let guess = prepare(article, &cleaner, &segmenter).published.date;
        let dct = doc.dct.map(|d| d.to_string()).unwrap_or_default();
        published[match guess {
            Some(g) if dct.starts_with(&g) => 0,
            Some(g) => {
                if std::env::var_os("TEMPEVAL_VERBOSE").is_some() {
                    eprintln!("publication date {g}, DCT {dct}: {}", p.display());
                }
                1
            }
            None => 2,
        }] += 1;
        let sys = tagger.tag(&doc.text, Span::new(0, doc.text.len()), doc.dct);
        let gold_all: Vec<&Gold> = doc.gold.iter().collect();
        let sys_all: Vec<&TimeExpr> = sys.iter().collect();
        all.add(&gold_all, &sys_all);
        let gold_date: Vec<&Gold> = doc.gold.iter().filter(|g| g.kind == "DATE").collect();
        let sys_date: Vec<&TimeExpr> = sys
            .iter()
            .filter(|s| {
                !doc.gold
                    .iter()
                    .any(|g| g.kind != "DATE" && overlaps(g.span, s.span))
            })
            .collect();
        date.add(&gold_date, &sys_date);
        if std::env::var_os("TEMPEVAL_VERBOSE").is_some() {
            for g in &gold_date {
                let got: Vec<String> = sys
                    .iter()
                    .filter(|s| overlaps(s.span, g.span))
                    .map(|s| format!("{}={}", s.span.slice(&doc.text), s.value))
                    .collect();
                if !got.iter().any(|x| x.ends_with(&format!("={}", g.value))) {
                    let (lo, hi) = (
                        doc.text
                            .floor_char_boundary(g.span.start.saturating_sub(90)),
                        doc.text
                            .ceil_char_boundary((g.span.end + 60).min(doc.text.len())),
                    );
                    misses.push(format!(
                        "{:?} gold={} got={got:?} dct={dct} | {}",
                        g.span.slice(&doc.text),
                        g.value,
                        doc.text[lo..hi].replace('\n', " ")
                    ));
                }
            }
            for s in &sys_date {
                if !doc.gold.iter().any(|g| overlaps(g.span, s.span)) {
                    misses.push(format!(
                        "spurious {:?}={}",
                        s.span.slice(&doc.text),
                        s.value
                    ));
                }
            }
        }
    }
    println!("TempEval-3 TIMEX3, {n_docs} documents from {dir}");
    println!();
    println!(
        "| type      |  gold |   sys | span relaxed P R F1 | span strict P R F1 | value P R F1 |"
    );
    println!("|---|---:|---:|---|---|---|");
    date.row("DATE");
    all.row("all types");
    println!();
    println!(
        "publication date from the text alone (DCT hidden): {} right, {} wrong, {} unknown",
        published[0], published[1], published[2]
    );
    for m in misses {
        eprintln!("{m}");
    }
}
