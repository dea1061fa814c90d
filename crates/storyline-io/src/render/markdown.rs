//! The Markdown rendering of a brief.
//!
//! Layout: `# title`, one line with the date range and how many sources there are, then the
//! sections `## Summary` (a bullet per sentence, each followed by its citations `[1][3]`),
//! `## Timeline` (`date — event [n]`), `## Actors` (name, kind, roles, other spellings, mentions),
//! `## Who said what` (`speaker: “quote” [n]`, or `speaker (reported): text [n]`; a speaker the
//! source describes but does not name is its words in italics, `*Syrian military sources*`),
//! `## Where sources differ` (a topic per bullet, a nested bullet per claim), `## Sources`
//! (numbered as cited: outlet — title — publication date with provenance and confidence — lines
//! removed — the source it nearly duplicates — where it came from; a left-out source says why)
//! and `## Diagnostics`. A section with nothing in it is left out.
//!
//! Text taken from articles is put on one line (whitespace runs become one space) and escaped: the
//! inline Markdown characters `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `~`, `|` get a backslash,
//! as does a leading `#`, `+`, `-`, `=` or `1.`-style marker that would start a block. Citations
//! are written after escaping, so they are the only unescaped brackets. Paths are code spans,
//! URLs autolinks.

use std::fmt::Write as _;

use storyline_core::{Brief, DateSource, Published, QuoteKind, Severity, SourceInfo};

/// Renders `brief` as Markdown.
pub(super) fn render(brief: &Brief) -> String {
    let mut out = String::new();
    let title = if brief.title.trim().is_empty() {
        "Untitled story".to_string()
    } else {
        escape(&brief.title)
    };
    let _ = writeln!(out, "# {title}\n");
    let _ = writeln!(out, "{}", header_line(brief));

    if !brief.summary.is_empty() {
        section(&mut out, "Summary");
        for s in &brief.summary {
            // A described speaker in italics, as under "Who said what": words, not a name.
            let speaker = match (&s.speaker, &s.speaker_description) {
                (Some(p), _) => format!(" (speaker: {})", escape(p)),
                (None, Some(d)) => format!(" (speaker: *{}*)", escape(&d.text)),
                (None, None) => String::new(),
            };
            let text = escape(&sentence_case(&s.text));
            let _ = writeln!(out, "- {text}{speaker}{}", cites(&s.sources));
        }
    }

    if !brief.timeline.is_empty() {
        section(&mut out, "Timeline");
        for e in &brief.timeline {
            let _ = writeln!(
                out,
                "- **{}** — {}{}",
                escape(&e.date),
                escape(&sentence_case(&e.text)),
                cites(&e.sources)
            );
        }
    }

    if !brief.actors.is_empty() {
        section(&mut out, "Actors");
        for a in &brief.actors {
            let mut line = format!("- **{}**", escape(&a.name));
            if !a.kind.is_empty() {
                let _ = write!(line, " ({})", escape(&a.kind));
            }
            if !a.roles.is_empty() {
                let roles: Vec<String> = a.roles.iter().map(|r| escape(r)).collect();
                let _ = write!(line, " — {}", roles.join("; "));
            }
            let others: Vec<String> = a
                .aliases
                .iter()
                .filter(|al| **al != a.name)
                .map(|al| escape(al))
                .collect();
            if !others.is_empty() {
                let _ = write!(line, " — also: {}", others.join(", "));
            }
            let total: u32 = a.mentions.iter().map(|(_, n)| n).sum();
            if total > 0 {
                let ids: Vec<u32> = a.mentions.iter().map(|(id, _)| *id).collect();
                let _ = write!(
                    line,
                    " — {total} mention{} in{}",
                    plural(total as usize),
                    cites(&ids)
                );
            }
            let _ = writeln!(out, "{line}");
        }
    }

    if !brief.quotes.is_empty() {
        section(&mut out, "Who said what");
        for q in &brief.quotes {
            // A described speaker is shown as the source words it, in italics: a description,
            // not a name (`*Syrian military sources*`).
            let speaker = match (&q.speaker, &q.speaker_description) {
                (Some(name), _) => format!("**{}**", escape(name)),
                (None, Some(d)) => format!("*{}*", escape(&sentence_case(&d.text))),
                (None, None) => "**Unattributed**".to_string(),
            };
            let _ = match q.kind {
                QuoteKind::Direct => writeln!(
                    out,
                    "- {speaker}: “{}”{}",
                    escape(&q.text),
                    cites(&[q.source])
                ),
                QuoteKind::Reported => writeln!(
                    out,
                    "- {speaker} (reported): {}{}",
                    escape(&q.text),
                    cites(&[q.source])
                ),
            };
        }
    }

    if !brief.contradictions.is_empty() {
        section(&mut out, "Where sources differ");
        for c in &brief.contradictions {
            let _ = writeln!(out, "- **{}** ({})", escape(&c.topic), escape(&c.kind));
            for claim in &c.claims {
                let _ = writeln!(
                    out,
                    "  - {} — “{}”{}",
                    escape(&claim.value),
                    escape(&claim.text),
                    cites(&[claim.source])
                );
            }
        }
    }

    if !brief.sources.is_empty() {
        section(&mut out, "Sources");
        for s in &brief.sources {
            let _ = writeln!(out, "{}", source_line(s));
        }
    }

    if !brief.diagnostics.is_empty() {
        section(&mut out, "Diagnostics");
        for d in &brief.diagnostics {
            let severity = match d.severity {
                Severity::Warning => "warning",
                Severity::Error => "error",
            };
            let _ = writeln!(
                out,
                "- {severity}: {} — {}",
                code(&d.input),
                escape(&d.message)
            );
        }
    }
    out
}

/// Starts a section (with the blank line before it).
/// `text` with its first letter capitalised when it opens on a lower-case letter: a sentence
/// that the cleaner cut out of its paragraph (`Close a gunman injured …` → `a gunman injured
/// …`), or one from lower-cased research data, reads as a sentence in the list. Only the
/// display changes: the JSON keeps the source's exact bytes.
fn sentence_case(text: &str) -> std::borrow::Cow<'_, str> {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect::<String>().into(),
        _ => text.into(),
    }
}

fn section(out: &mut String, name: &str) {
    let _ = writeln!(out, "\n## {name}\n");
}

/// `2015-09-20 – 2015-09-27 · 5 sources (1 left out)`.
fn header_line(brief: &Brief) -> String {
    let n = brief.sources.len();
    let dropped = brief.sources.iter().filter(|s| s.dropped.is_some()).count();
    let mut count = format!("{n} source{}", plural(n));
    if dropped > 0 {
        let _ = write!(count, " ({dropped} left out)");
    }
    match &brief.date_range {
        Some((a, b)) if a == b => format!("{} · {count}", escape(a)),
        Some((a, b)) => format!("{} – {} · {count}", escape(a), escape(b)),
        None => count,
    }
}

/// One numbered source line.
fn source_line(s: &SourceInfo) -> String {
    let mut line = format!(
        "{}. **{}**",
        s.id,
        s.outlet
            .as_deref()
            .map_or_else(|| "Unknown outlet".to_string(), escape)
    );
    if let Some(t) = s.title.as_deref().filter(|t| !t.trim().is_empty()) {
        let _ = write!(line, " — “{}”", escape(t));
    }
    let _ = write!(line, " — {}", published(&s.published));
    let removed: usize = s
        .removed
        .iter()
        .map(|r| {
            r.text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .count()
                .max(1)
        })
        .sum();
    if removed == 0 {
        line.push_str(" — no lines removed");
    } else {
        let _ = write!(line, " — {removed} line{} removed", plural(removed));
    }
    if let Some(n) = s.duplicate_of {
        let _ = write!(line, " — near-duplicate of [{n}]");
    }
    if let Some(url) = &s.url {
        let _ = write!(line, " — {}", autolink(url));
    } else if let Some(path) = &s.path {
        let _ = write!(line, " — {}", code(path));
    }
    if let Some(why) = &s.dropped {
        let _ = write!(line, " — *left out: {}*", escape(why));
    }
    line
}

/// `2015-09-27 (dateline, confidence 0.80)` or `date unknown`.
fn published(p: &Published) -> String {
    match &p.date {
        Some(date) => format!(
            "{} ({}, confidence {:.2})",
            escape(date),
            date_source(p.from),
            p.confidence
        ),
        None => "date unknown".to_string(),
    }
}

/// The JSON name of a date source (`meta`, `dateline`, `page-stamp`, ...), so both renderings agree.
fn date_source(from: DateSource) -> String {
    match serde_json::to_value(from) {
        Ok(serde_json::Value::String(s)) => s,
        _ => format!("{from:?}").to_lowercase(),
    }
}

/// `[1][3]` after a space: sorted, duplicates removed; empty when there are none.
fn cites(ids: &[u32]) -> String {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return String::new();
    }
    let mut out = String::from(" ");
    for id in ids {
        let _ = write!(out, "[{id}]");
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Escapes article text for inline Markdown on one line. LaTeX-style quotation marks (` ``…'' `,
/// as LDC newswire corpora write them) are shown as the curly marks they stand for: escaped
/// backticks are unreadable, and the JSON keeps the exact bytes.
fn escape(text: &str) -> String {
    let curly;
    let text = if text.contains("``") {
        curly = text.replace("``", "“").replace("''", "”");
        curly.as_str()
    } else {
        text
    };
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if i == 0 {
            escape_block_start(word, &mut out);
            continue;
        }
        escape_inline(word, &mut out);
    }
    out
}

/// Escapes the first word, which could otherwise start a heading, list item or setext underline.
fn escape_block_start(word: &str, out: &mut String) {
    if word.starts_with(['#', '+', '-', '=']) {
        out.push('\\');
        escape_inline(word, out);
        return;
    }
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && matches!(word.as_bytes().get(digits), Some(b'.' | b')')) {
        out.push_str(&word[..digits]);
        out.push('\\');
        escape_inline(&word[digits..], out);
        return;
    }
    escape_inline(word, out);
}

fn escape_inline(s: &str, out: &mut String) {
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// A code span that survives backticks inside it.
fn code(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if longest > 0 || s.starts_with(' ') || s.is_empty() {
        format!("{fence} {s} {fence}")
    } else {
        format!("{fence}{s}{fence}")
    }
}

/// An autolink; characters an autolink cannot hold are percent-encoded.
fn autolink(url: &str) -> String {
    let mut out = String::from("<");
    for c in url.trim().chars() {
        match c {
            ' ' => out.push_str("%20"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c if c.is_control() || c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out.push('>');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_inline_and_block_markup() {
        assert_eq!(escape("a *b* [c](d) <e>"), r"a \*b\* \[c\](d) \<e\>");
        assert_eq!(escape("# not a heading"), r"\# not a heading");
        assert_eq!(escape("1. not a list"), r"1\. not a list");
        assert_eq!(escape("- dash"), r"\- dash");
        assert_eq!(escape("multi\nline\n\ntext"), "multi line text");
        assert_eq!(escape("U.S. snake_case"), r"U.S. snake\_case");
        assert_eq!(escape("2016 was"), "2016 was");
        assert_eq!(
            escape("``It was a bomb,'' he said of the `device'."),
            r"“It was a bomb,” he said of the \`device'."
        );
        assert_eq!(escape("rock 'n'' roll"), "rock 'n'' roll");
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code("a/b.txt"), "`a/b.txt`");
        assert_eq!(code("a`b"), "`` a`b ``");
    }

    #[test]
    fn a_sentence_opening_lower_case_is_shown_capitalised() {
        assert_eq!(
            super::sentence_case("a gunman injured a teen."),
            "A gunman injured a teen."
        );
        assert_eq!(super::sentence_case("élan vital."), "Élan vital.");
        assert_eq!(super::sentence_case("\"it is over.\""), "\"it is over.\"");
        assert_eq!(super::sentence_case("Kerry said."), "Kerry said.");
        assert_eq!(super::sentence_case(""), "");
    }

    #[test]
    fn citations_are_sorted_and_unique() {
        assert_eq!(cites(&[3, 1, 3]), " [1][3]");
        assert_eq!(cites(&[]), "");
    }
}
