//! Multi-document summarisation datasets: reading clusters, the dataset's sentence rule, and the
//! word budget of the benchmark protocol.
//!
//! Two line-oriented JSON forms are read, plain or gzip-compressed (detected from the magic
//! bytes, so the file name does not matter):
//! - ours (`/work/shared/data/multinews/README.md`): `{"id", "documents": [..], "summary",
//!   "noise_votes": [..]}`;
//! - the Hugging Face `multi_news` form: `{"document": "doc ||||| doc ...", "summary"}`.
//!
//! A line that is not valid JSON or has neither form is skipped and counted, never fatal.
//!
//! Sentences follow the rule the Multi-News text was prepared with (its README): a sentence ends
//! at a `.` followed by whitespace and an upper-case letter, or at `?`/`!` followed by whitespace
//! and any letter. The Python baselines in `BASELINES.md` used the same rule.
//!
//! The budget rule of the protocol: sentences are taken in the system's order while they fit; the
//! first sentence that would push the total over the budget (whitespace words) ends the summary
//! ([`BudgetRule::Stop`]). [`BudgetRule::Skip`] instead passes over that sentence and keeps
//! filling with later ones; it is offered to compare with numbers measured that way.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use flate2::read::MultiGzDecoder;
use serde::{Deserialize, Serialize};

use crate::Error;

/// One cluster: source documents about one story and a reference summary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cluster {
    /// Record id (`line-N` when the record has none).
    pub id: String,
    /// Source documents in order (some may be empty).
    pub documents: Vec<String>,
    /// Reference summary.
    pub summary: String,
    /// Per document: how many annotators flagged it as noise (Multi-News+), when known.
    pub noise_votes: Option<Vec<u32>>,
}

impl Cluster {
    /// The reference with one sentence a line, as ROUGE-Lsum wants it.
    pub fn reference_lines(&self) -> String {
        split_sentences(&self.summary).join("\n")
    }
}

/// Clusters read from a file, with how many lines were unusable.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// The clusters in file order.
    pub clusters: Vec<Cluster>,
    /// Lines skipped (not JSON, or no documents/summary).
    pub skipped: usize,
}

#[derive(Deserialize)]
struct Raw {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    documents: Option<Vec<String>>,
    #[serde(default)]
    document: Option<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    noise_votes: Option<Vec<u32>>,
}

/// Reads at most `limit` clusters (all when `None`) from a JSONL file, gzip or plain.
pub fn read_clusters(path: &Path, limit: Option<usize>) -> Result<Loaded, Error> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = BufReader::new(File::open(path).map_err(io)?);
    let gz = file.fill_buf().map_err(io)?.starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::with_capacity(1 << 16, MultiGzDecoder::new(file)))
    } else {
        Box::new(file)
    };
    let loaded = parse_lines(reader, limit).map_err(io)?;
    if loaded.clusters.is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
            skipped: loaded.skipped,
        });
    }
    Ok(loaded)
}

/// Parses JSONL records from a reader (see [`read_clusters`]).
pub fn parse_lines(reader: impl Read, limit: Option<usize>) -> std::io::Result<Loaded> {
    let mut out = Loaded::default();
    let reader = BufReader::new(reader);
    for (n, line) in reader.lines().enumerate() {
        if limit.is_some_and(|l| out.clusters.len() >= l) {
            break;
        }
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match parse_record(&line, n + 1) {
            Some(c) => out.clusters.push(c),
            None => out.skipped += 1,
        }
    }
    Ok(out)
}

fn parse_record(line: &str, line_no: usize) -> Option<Cluster> {
    let raw: Raw = serde_json::from_str(line).ok()?;
    let summary = raw.summary?;
    let documents = match (raw.documents, raw.document) {
        (Some(docs), _) => docs,
        (None, Some(joined)) => joined
            .split("|||||")
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(String::from)
            .collect(),
        (None, None) => return None,
    };
    let noise_votes = raw.noise_votes.filter(|v| v.len() == documents.len());
    Some(Cluster {
        id: raw.id.unwrap_or_else(|| format!("line-{line_no}")),
        documents,
        summary,
        noise_votes,
    })
}

/// Splits text into sentences with the Multi-News rule (see the module doc); pieces are trimmed
/// and empty pieces dropped.
pub fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let end = i + 1;
        let rest = &text[end..];
        let ws = rest.len() - rest.trim_start().len();
        if ws == 0 {
            continue;
        }
        let Some(next) = rest[ws..].chars().next() else {
            continue;
        };
        let boundary = if c == '.' {
            next.is_ascii_uppercase()
        } else {
            next.is_alphabetic()
        };
        if boundary {
            push_trimmed(&mut out, &text[start..end]);
            start = end + ws;
            while chars.peek().is_some_and(|&(j, _)| j < start) {
                chars.next();
            }
        }
    }
    push_trimmed(&mut out, &text[start..]);
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, s: &'a str) {
    let s = s.trim();
    if !s.is_empty() {
        out.push(s);
    }
}

/// Number of whitespace-separated words.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// How a summary is cut to the word budget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BudgetRule {
    /// Stop at the first sentence that would exceed the budget (the README's wording).
    #[default]
    Stop,
    /// Pass over a sentence that does not fit and keep trying the following ones.
    Skip,
}

impl BudgetRule {
    /// Keeps the sentences that the rule admits within `budget` words, in order; returns how many
    /// were left out.
    pub fn apply(self, sentences: &mut Vec<String>, budget: usize) -> usize {
        let before = sentences.len();
        match self {
            BudgetRule::Stop => {
                let keep = budget_prefix(sentences, budget);
                sentences.truncate(keep);
            }
            BudgetRule::Skip => {
                let mut words = 0;
                sentences.retain(|s| {
                    let n = word_count(s);
                    if words + n <= budget {
                        words += n;
                        true
                    } else {
                        false
                    }
                });
            }
        }
        before - sentences.len()
    }
}

/// The protocol's budget: the longest prefix of `sentences` whose word total stays within
/// `budget` (stops at the first sentence that does not fit).
pub fn budget_prefix<S: AsRef<str>>(sentences: &[S], budget: usize) -> usize {
    let mut words = 0;
    for (i, s) in sentences.iter().enumerate() {
        words += word_count(s.as_ref());
        if words > budget {
            return i;
        }
    }
    sentences.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_rule_of_multinews() {
        let s = split_sentences(
            "He said . The end. U.s. officials met in Washington. Why? because! Yes 3. 5 ok? 4 no",
        );
        assert_eq!(
            s,
            [
                "He said .",
                "The end.",
                "U.s. officials met in Washington.",
                "Why?",
                "because!",
                "Yes 3. 5 ok? 4 no"
            ]
        );
        assert!(split_sentences("  ").is_empty());
    }

    #[test]
    fn reads_both_forms_and_skips_bad_lines() {
        let data = concat!(
            r#"{"id":"a","documents":["One. Two","x"],"summary":"S.","noise_votes":[0,4]}"#,
            "\nnot json\n",
            r#"{"document":"d1 ||||| d2 |||||","summary":"– hf summary"}"#,
            "\n"
        );
        let l = parse_lines(data.as_bytes(), None).unwrap();
        assert_eq!(l.skipped, 1);
        assert_eq!(l.clusters[0].noise_votes, Some(vec![0, 4]));
        assert_eq!(l.clusters[1].documents, ["d1", "d2"]);
        assert_eq!(l.clusters[1].id, "line-3");
        assert_eq!(
            parse_lines(data.as_bytes(), Some(1))
                .unwrap()
                .clusters
                .len(),
            1
        );
    }

    #[test]
    fn budget_stops_at_first_sentence_that_does_not_fit() {
        assert_eq!(budget_prefix(&["a b", "c d e", "f"], 4), 1);
        assert_eq!(budget_prefix(&["a b", "c d"], 4), 2);
        let mut v: Vec<String> = ["a b", "c d e", "f"].map(String::from).into();
        assert_eq!(BudgetRule::Skip.apply(&mut v, 4), 1);
        assert_eq!(v, ["a b", "f"]);
    }

    proptest::proptest! {
        #[test]
        fn splitting_arbitrary_text_keeps_every_word(s in "\\PC{0,120}") {
            let joined = split_sentences(&s).join(" ");
            proptest::prop_assert_eq!(word_count(&joined), word_count(&s));
        }
    }
}
