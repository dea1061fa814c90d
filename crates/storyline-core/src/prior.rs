//! Learned term priors: how likely a content term that occurs in a story's sources is to be used by
//! a human summary of that story.
//!
//! Centrality, position and support say what the sources agree on; they cannot say what a summary
//! writer cares about. Across tens of thousands of Multi-News stories some terms are almost always
//! carried into the summary when a source has them (`arrested`, `killed`, `percent`, names of
//! people) and others almost never are (`photo`, `click`, `updated`, `reporter`). [`TermPriors`]
//! stores that rate per stemmed term, smoothed towards the rate of all terms, and the sentence
//! features ([`crate::features`]) aggregate it over a sentence's terms. It is counted by
//! `storyline train` on training stories that are *not* used to fit the trees, so a sentence never
//! sees a prior computed from its own story's summary.
//!
//! Terms are the same lower-cased, stop-word-free Porter stems as the story index
//! ([`crate::vector::Vocab`]), so the priors do not depend on casing.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// Smoothed per-term rate of "in the summary, given in the sources", with a fallback for unseen
/// terms. Terms are stored sorted, so the file is deterministic; lookups go through a hash map
/// built once by [`TermPriors::prepare`] (every term of every story is looked up).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TermPriors {
    /// Rate for terms not in the table (rare terms: names, numbers, misspellings).
    pub unknown: f32,
    /// `(stemmed term, rate)`, sorted by term, unique.
    pub terms: Vec<(String, f32)>,
    /// The terms of at most 15 bytes as a map keyed by [`short_key`], once prepared: nearly
    /// every stem, looked up by hashing one integer and comparing one, not a string.
    #[serde(skip)]
    short: FxHashMap<u128, f32>,
    /// The longer terms as a map, once prepared.
    #[serde(skip)]
    lookup: FxHashMap<String, f32>,
    /// A number no other [`TermPriors::prepare`] gave, 0 until prepared: what the term index's
    /// per-thread memo of rates knows these rates by ([`crate::vector::StoryIndex::term_rates`]).
    #[serde(skip)]
    generation: u64,
}

/// The last [`TermPriors::generation`] handed out.
static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// `term`'s bytes and its length as one little-endian integer (bytes 0..15 the term, zero
/// padded, byte 15 the length), when it has at most 15 bytes: two terms have the same key exactly
/// when they are equal.
/// Not the term index's `vector::short_key`, which packs 16 bytes because a word (an alphanumeric
/// run) never holds a zero byte: a model file's term may hold any character, so the length goes
/// in the key.
fn short_key(term: &str) -> Option<u128> {
    let b = term.as_bytes();
    if b.len() > 15 {
        return None;
    }
    // Byte 15 of the packed bytes is zero: the length goes there.
    Some(crate::vector::pack_le(b) | (b.len() as u128) << 120)
}

impl PartialEq for TermPriors {
    fn eq(&self, other: &Self) -> bool {
        self.unknown.to_bits() == other.unknown.to_bits() && self.terms == other.terms
    }
}

impl TermPriors {
    /// Builds the lookup map (after deserialising); lookups work without it, only slower.
    pub fn prepare(&mut self) {
        self.generation = GENERATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        self.short.clear();
        self.lookup.clear();
        // Nearly every stem is short: sized once, the map is not rehashed as it grows (about
        // 0.5 M instructions of a run's start for the default model's 10,545 terms).
        self.short.reserve(self.terms.len());
        for (t, p) in &self.terms {
            match short_key(t) {
                Some(k) => self.short.insert(k, *p),
                None => self.lookup.insert(t.clone(), *p),
            };
        }
    }

    /// The rate of `term` (a stem as produced by [`crate::vector::Vocab`]).
    pub fn get(&self, term: &str) -> f32 {
        if !self.short.is_empty() || !self.lookup.is_empty() {
            let found = match short_key(term) {
                Some(k) => self.short.get(&k),
                None => self.lookup.get(term),
            };
            return found.copied().unwrap_or(self.unknown);
        }
        self.terms
            .binary_search_by(|(t, _)| t.as_str().cmp(term))
            .map_or(self.unknown, |i| self.terms[i].1)
    }

    /// Which [`TermPriors::prepare`] built the lookup maps (`None` before any): two tables with
    /// the same generation give every term the same rate.
    pub(crate) fn generation(&self) -> Option<u64> {
        (self.generation != 0).then_some(self.generation)
    }

    /// True when the terms are sorted, unique and every rate lies in 0..=1.
    pub fn is_valid(&self) -> bool {
        self.terms.windows(2).all(|w| w[0].0 < w[1].0)
            && self
                .terms
                .iter()
                .map(|(_, p)| *p)
                .chain([self.unknown])
                .all(|p| (0.0..=1.0).contains(&p))
    }
}

/// Counts from which [`TermPriors`] are made: for each term, in how many stories the sources had it
/// and in how many of those the summary had it too.
#[derive(Clone, Debug, Default)]
pub struct PriorCounts {
    counts: std::collections::BTreeMap<String, (u32, u32)>,
}

impl PriorCounts {
    /// Adds one story: the distinct terms of its sources and of its summary.
    pub fn add(&mut self, sources: &[String], summary: &[String]) {
        for t in sources {
            let hit = u32::from(summary.binary_search(t).is_ok());
            let e = self.counts.entry(t.clone()).or_insert((0, 0));
            e.0 += 1;
            e.1 += hit;
        }
    }

    /// The priors: terms seen in the sources of at least `min_stories` stories, rate smoothed as
    /// `(hits + m * base) / (stories + m)` with `base` the rate over all term occurrences. Rarer terms
    /// share one `unknown` rate, counted over them.
    pub fn priors(self, min_stories: u32, m: f32) -> TermPriors {
        let (mut all_n, mut all_hit) = (0u64, 0u64);
        let (mut rare_n, mut rare_hit) = (0u64, 0u64);
        for (n, hit) in self.counts.values() {
            all_n += u64::from(*n);
            all_hit += u64::from(*hit);
            if *n < min_stories {
                rare_n += u64::from(*n);
                rare_hit += u64::from(*hit);
            }
        }
        let base = all_hit as f32 / all_n.max(1) as f32;
        let unknown = if rare_n == 0 {
            base
        } else {
            rare_hit as f32 / rare_n as f32
        };
        // Three decimals are plenty for a feature and keep the model file small.
        let round = |p: f32| (p * 1000.0).round() / 1000.0;
        let terms = self
            .counts
            .into_iter()
            .filter(|(_, (n, _))| *n >= min_stories)
            .map(|(t, (n, hit))| (t, round((hit as f32 + m * base) / (n as f32 + m))))
            .collect();
        let mut priors = TermPriors {
            unknown: round(unknown),
            terms,
            short: FxHashMap::default(),
            lookup: FxHashMap::default(),
            generation: 0,
        };
        priors.prepare();
        priors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_are_equal_exactly_when_terms_are() {
        let terms = [
            "",
            "a",
            "a\0",
            "\0",
            "ab",
            "kerri",
            "kerri\0",
            "0123456789abcde",
            "0123456789abcdf",
        ];
        for x in terms {
            let mut buf = [0u8; 16];
            buf[..x.len()].copy_from_slice(x.as_bytes());
            buf[15] = x.len() as u8;
            assert_eq!(short_key(x), Some(u128::from_le_bytes(buf)), "{x:?}");
            for y in terms {
                assert_eq!(short_key(x) == short_key(y), x == y, "{x:?} {y:?}");
            }
        }
        assert_eq!(short_key("0123456789abcdef"), None);
    }

    fn terms(xs: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = xs.iter().map(|s| (*s).to_string()).collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn prepared_lookups_are_the_sorted_table_lookups() {
        let mut terms: Vec<(String, f32)> = [
            "a",
            "a\0",
            "ab",
            "arrest",
            "fifteen-bytes-x",
            "sixteen-bytes-xy",
            "a-much-longer-stem-than-sixteen",
            "\u{e9}t\u{e9}",
        ]
        .iter()
        .enumerate()
        .map(|(k, t)| ((*t).to_string(), k as f32 / 10.0))
        .collect();
        let model = crate::learned::Learned::default_model().expect("the committed model loads");
        let committed = model
            .model()
            .priors
            .clone()
            .expect("the committed model has priors");
        terms.extend(committed.terms.iter().step_by(7).cloned());
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        terms.dedup_by(|a, b| a.0 == b.0);
        let unprepared = TermPriors {
            unknown: 0.25,
            terms,
            ..TermPriors::default()
        };
        let mut prepared = unprepared.clone();
        prepared.prepare();
        assert!(!prepared.short.is_empty() && !prepared.lookup.is_empty());
        for (t, _) in &unprepared.terms {
            // The term, its prefixes, and the term with a byte more.
            let mut asked: Vec<String> = (0..=t.len())
                .filter(|&k| t.is_char_boundary(k))
                .map(|k| t[..k].to_string())
                .collect();
            asked.extend([format!("{t}\0"), format!("{t}s")]);
            for a in &asked {
                assert_eq!(
                    prepared.get(a).to_bits(),
                    unprepared.get(a).to_bits(),
                    "{a:?}"
                );
            }
        }
    }

    #[test]
    fn frequent_summary_terms_get_high_rates_and_rare_terms_the_unknown_rate() {
        let mut c = PriorCounts::default();
        for _ in 0..50 {
            c.add(
                &terms(&["arrest", "photo", "polic"]),
                &terms(&["arrest", "polic"]),
            );
        }
        c.add(&terms(&["zyx"]), &terms(&["zyx"]));
        let p = c.priors(10, 2.0);
        assert!(p.is_valid());
        let mut unprepared = p.clone();
        unprepared.short.clear();
        unprepared.lookup.clear();
        for t in ["arrest", "photo", "zyx", "never-seen"] {
            assert_eq!(p.get(t).to_bits(), unprepared.get(t).to_bits(), "{t}");
        }
        assert!(p.get("arrest") > 0.9);
        assert!(p.get("photo") < 0.1);
        assert_eq!(p.get("zyx").to_bits(), p.unknown.to_bits());
        assert!(
            (p.unknown - 1.0).abs() < 1e-6,
            "the one rare term was always kept"
        );
        assert_eq!(p.get("never-seen").to_bits(), p.unknown.to_bits());
    }
}
