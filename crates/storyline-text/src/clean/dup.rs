//! Repeats inside one article, found by word-pair (bigram) containment.
//!
//! Exact byte comparison misses the repeats scrapers make: one copy has NBSPs where the other has
//! spaces, one has a dateline prefix or an extra phrase. Comparing the sets of adjacent word pairs of
//! the lower-cased words is insensitive to spacing and punctuation, keeps word order (so two
//! paragraphs that merely share vocabulary do not match), and lets a short block be found inside a
//! longer one.
//!
//! Words are interned per article ([`Words`]): two words get the same id exactly when their
//! lower-cased forms are equal, so a pair of words is one `u64` and a block's pair set is a sorted
//! list of them. That finds the same pairs as sets of lower-cased strings did, without a `String`
//! per word or a tree of string pairs per block.

use rustc_hash::FxHashMap;

/// Ids of the lower-cased words of one article's blocks.
#[derive(Debug, Default)]
pub(crate) struct Words {
    /// Lower-cased word → id.
    ids: FxHashMap<String, u32>,
    /// Scratch buffer for lower-casing.
    lower: String,
}

impl Words {
    /// The lower-cased alphanumeric words of `s` (split at every char that is not alphanumeric),
    /// as ids.
    pub(crate) fn tokens(&mut self, s: &str) -> Vec<u32> {
        let mut out = Vec::new();
        if s.is_ascii() {
            // An ASCII char is alphanumeric exactly when its byte is.
            for w in s.as_bytes().split(|b| !b.is_ascii_alphanumeric()) {
                if !w.is_empty() {
                    self.lower.clear();
                    self.lower
                        .extend(w.iter().map(|b| char::from(b.to_ascii_lowercase())));
                    out.push(self.id());
                }
            }
        } else {
            for w in s.split(|c: char| !c.is_alphanumeric()) {
                if !w.is_empty() {
                    self.lower.clear();
                    if w.is_ascii() {
                        self.lower.push_str(w);
                        self.lower.make_ascii_lowercase();
                    } else {
                        self.lower.push_str(&w.to_lowercase());
                    }
                    out.push(self.id());
                }
            }
        }
        out
    }

    /// The id of the word in `self.lower`, adding it when new.
    fn id(&mut self) -> u32 {
        if let Some(&id) = self.ids.get(self.lower.as_str()) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(self.lower.clone(), id);
        id
    }
}

/// The set of adjacent word pairs, as a sorted list without repeats.
pub(crate) fn bigrams(tokens: &[u32]) -> Vec<u64> {
    let mut pairs: Vec<u64> = tokens
        .windows(2)
        .map(|w| (u64::from(w[0]) << 32) | u64::from(w[1]))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Number of word pairs `a` and `b` share (both sorted without repeats).
pub(crate) fn shared(a: &[u64], b: &[u64]) -> usize {
    crate::token::sorted_intersection(a, b)
}

/// Share of the `pairs` word pairs of a block that the other block has too, given how many they
/// share (0 when it has none).
pub(crate) fn containment(shared: usize, pairs: usize) -> f32 {
    if pairs == 0 {
        return 0.0;
    }
    shared as f32 / pairs as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contained(a: &str, b: &str) -> f32 {
        let mut words = Words::default();
        let (a, b) = (bigrams(&words.tokens(a)), bigrams(&words.tokens(b)));
        containment(shared(&a, &b), a.len())
    }

    #[test]
    fn nbsp_and_dateline_do_not_hide_a_repeat() {
        let a = "Lavrov is holding talks with\u{a0}Kerry in New York.";
        let b = "NEW YORK (Agency) – Lavrov is holding talks with Kerry in New York today.";
        assert!(contained(a, b) > 0.99);
    }

    #[test]
    fn shared_vocabulary_in_another_order_is_not_a_repeat() {
        let a = "Kerry met Lavrov in Geneva on Friday.";
        let b = "On Friday in Geneva, Lavrov met Kerry.";
        assert!(contained(a, b) < 0.5);
    }

    #[test]
    fn words_are_equal_when_their_lower_case_is() {
        let mut words = Words::default();
        let a = words.tokens("Straße STRASSE straße, ÉTÉ été x1 X1");
        assert_eq!(a, [0, 1, 0, 2, 2, 3, 3]);
        // The same words split and lower-cased one by one as strings.
        let strings: Vec<String> = "Straße STRASSE straße, ÉTÉ été x1 X1"
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        for (i, x) in strings.iter().enumerate() {
            for (j, y) in strings.iter().enumerate() {
                assert_eq!(x == y, a[i] == a[j]);
            }
        }
    }

    #[test]
    fn repeated_pairs_count_once() {
        let mut words = Words::default();
        let a = bigrams(&words.tokens("a b a b a b"));
        assert_eq!(a.len(), 2, "(a, b) and (b, a)");
        let b = bigrams(&words.tokens("a b"));
        assert_eq!(shared(&a, &b), 1);
        assert!((containment(shared(&b, &a), b.len()) - 1.0).abs() < f32::EPSILON);
        assert!((containment(shared(&a, &b), a.len()) - 0.5).abs() < f32::EPSILON);
    }
}
