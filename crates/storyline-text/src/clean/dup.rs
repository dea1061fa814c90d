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
    /// Scratch buffer for lower-casing (a whole ASCII block, or one other word).
    lower: String,
}

impl Words {
    /// The lower-cased alphanumeric words of `s` (split at every char that is not alphanumeric),
    /// as ids.
    pub(crate) fn tokens(&mut self, s: &str) -> Vec<u32> {
        let mut out = Vec::new();
        if s.is_ascii() {
            // An ASCII char is alphanumeric exactly when its byte is. The block is lower-cased in
            // one pass (which vectorises) and each word looked up as a slice of it: the same
            // lower-cased words as lower-casing each word into a buffer.
            self.lower.clear();
            self.lower.push_str(s);
            self.lower.make_ascii_lowercase();
            let mut start = 0;
            for w in s.as_bytes().split(|b| !b.is_ascii_alphanumeric()) {
                if !w.is_empty() {
                    out.push(id(&mut self.ids, &self.lower[start..start + w.len()]));
                }
                start += w.len() + 1;
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
                    out.push(id(&mut self.ids, &self.lower));
                }
            }
        }
        out
    }
}

/// The id of the lower-cased word `w` in `ids`, adding it when new.
fn id(ids: &mut FxHashMap<String, u32>, w: &str) -> u32 {
    if let Some(&id) = ids.get(w) {
        return id;
    }
    let id = ids.len() as u32;
    ids.insert(w.to_string(), id);
    id
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]

        /// The words interned from a block lower-cased whole are its words lower-cased one by one,
        /// in order, and an id stands for one word only.
        #[test]
        fn interned_words_are_the_lower_cased_words(
            s in "([a-zA-Z]{1,6}|[0-9]{1,3}|[ ,.'-]{1,2}|é|É|ж|\u{a0}){0,20}",
            t in "([a-zA-Z]{1,6}|[ ,.'-]{1,2}|é){0,10}",
        ) {
            let mut words = Words::default();
            let mut ids = words.tokens(&t);
            ids.extend(words.tokens(&s));
            let by_id: FxHashMap<u32, &str> =
                words.ids.iter().map(|(w, &id)| (id, w.as_str())).collect();
            let got: Vec<&str> = ids.iter().map(|id| by_id[id]).collect();
            let want: Vec<String> = [t.as_str(), s.as_str()]
                .iter()
                .flat_map(|x| x.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

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
