//! Repeats inside one article, found by word-pair (bigram) containment.
//!
//! Exact byte comparison misses the repeats scrapers make: one copy has NBSPs where the other has
//! spaces, one has a dateline prefix or an extra phrase. Comparing the sets of adjacent word pairs of
//! the lower-cased words is insensitive to spacing and punctuation, keeps word order (so two
//! paragraphs that merely share vocabulary do not match), and lets a short block be found inside a
//! longer one.
//!
//! Words are interned per article ([`tokens_of`]): two words get the same id exactly when their
//! lower-cased forms are equal, so a pair of words is one `u64` and a block's pair set is a sorted
//! list of them. That finds the same pairs as sets of lower-cased strings did, without a `String`
//! per word or a tree of string pairs per block.

use rustc_hash::FxHashMap;

/// The lower-cased alphanumeric words of each of `blocks` (split at every char that is not
/// alphanumeric), as ids shared by all of them: two words get the same id exactly when their
/// lower-cased forms are equal, numbered in the order first met.
///
/// Every block's lower-cased words are written into one buffer first and then interned as slices
/// of it, so a new word costs no `String` of its own (a map owning its words allocated one for
/// each, about half the cost of interning an article's words).
pub(crate) fn tokens_of(blocks: &[&str]) -> Vec<Vec<u32>> {
    let mut lower = String::new();
    // Byte range in `lower` of each word, and the number of words of each block.
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    let mut counts = Vec::with_capacity(blocks.len());
    for s in blocks {
        let before = ranges.len();
        lower_words(s, &mut lower, &mut ranges);
        counts.push(ranges.len() - before);
    }
    // A word of at most eight bytes (most words) is interned by its bytes packed into a `u64`
    // ([`packed`]), a longer one by its text: hashing a string and comparing it (a `memcmp`
    // call on every repeat) cost about half of the 90 instructions a word this took with one
    // map of strings. The two maps share one count, so the ids are those one map gave.
    let lower_bytes = lower.as_bytes();
    let n_long = ranges.iter().filter(|&&(a, b)| b - a > 8).count();
    let mut short: FxHashMap<u64, u32> = FxHashMap::default();
    short.reserve(ranges.len() - n_long);
    let mut long: FxHashMap<&str, u32> = FxHashMap::default();
    long.reserve(n_long);
    let mut next = 0u32;
    let mut words = ranges.iter().map(|&(a, b)| {
        let (a, b) = (a as usize, b as usize);
        let id = if b - a <= 8 {
            *short.entry(packed(lower_bytes, a, b)).or_insert(next)
        } else {
            *long.entry(&lower[a..b]).or_insert(next)
        };
        if id == next {
            next += 1;
        }
        id
    });
    counts
        .iter()
        .map(|&n| words.by_ref().take(n).collect())
        .collect()
}

/// The bytes `a..b` of `text` (at most eight) as one `u64`, the first byte lowest and zeros
/// after the last: one-to-one on words, since no alphanumeric char's UTF-8 holds a zero byte.
fn packed(text: &[u8], a: usize, b: usize) -> u64 {
    let len = b - a;
    debug_assert!(len <= 8);
    // Eight bytes read at once where the text has them, the ones past the word masked off.
    if let Some(chunk) = text.get(a..a + 8) {
        let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        return if len == 8 {
            v
        } else {
            v & ((1u64 << (8 * len)) - 1)
        };
    }
    let mut v = 0u64;
    for (j, &c) in text[a..b].iter().enumerate() {
        v |= u64::from(c) << (8 * j);
    }
    v
}

/// Appends the lower-cased alphanumeric words of `s` to `lower`, with the range of each.
fn lower_words(s: &str, lower: &mut String, ranges: &mut Vec<(u32, u32)>) {
    if s.is_ascii() {
        // An ASCII char is alphanumeric exactly when its byte is. The block is lower-cased in
        // one pass (which vectorises) and each word read as a slice of it: the same lower-cased
        // words as lower-casing each word on its own.
        let base = lower.len();
        lower.push_str(s);
        lower[base..].make_ascii_lowercase();
        // Each word is found by two byte loops (past the bytes between words, then through the
        // word's), not by `split`, whose search per piece and empty pieces between two
        // separators cost more.
        let b = s.as_bytes();
        let mut i = 0;
        loop {
            while i < b.len() && !b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            ranges.push(((base + start) as u32, (base + i) as u32));
        }
    } else {
        for w in s.split(|c: char| !c.is_alphanumeric()) {
            if !w.is_empty() {
                let start = lower.len();
                if w.is_ascii() {
                    lower.push_str(w);
                    lower[start..].make_ascii_lowercase();
                } else {
                    // Lower-cased as a word of its own (a final sigma depends on what follows).
                    lower.push_str(&w.to_lowercase());
                }
                ranges.push((start as u32, lower.len() as u32));
            }
        }
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]

        /// The words interned from a block lower-cased whole are its words lower-cased one by one,
        /// in order, and an id stands for one word only.
        #[test]
        fn interned_words_are_the_lower_cased_words(
            s in "([a-zA-Z]{1,6}|[0-9]{1,3}|[ ,.'-]{1,2}|é|É|ж|\u{a0}){0,20}",
            t in "([a-zA-Z]{1,6}|[ ,.'-]{1,2}|é){0,10}",
        ) {
            let blocks = tokens_of(&[&t, &s]);
            proptest::prop_assert_eq!(blocks.len(), 2);
            let ids: Vec<u32> = blocks.concat();
            let want: Vec<String> = [t.as_str(), s.as_str()]
                .iter()
                .flat_map(|x| x.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            proptest::prop_assert_eq!(ids.len(), want.len());
            // Ids are numbered in the order first met, one per distinct lower-cased word.
            let mut by_id: Vec<&str> = Vec::new();
            for (&id, w) in ids.iter().zip(&want) {
                if id as usize == by_id.len() {
                    proptest::prop_assert!(!by_id.contains(&w.as_str()));
                    by_id.push(w);
                }
                proptest::prop_assert_eq!(by_id[id as usize], w.as_str());
            }
        }
    }

    /// [`tokens_of`] as it was, with one map of the words' texts: the reference for the
    /// packed short words.
    fn tokens_of_one_map(blocks: &[&str]) -> Vec<Vec<u32>> {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        blocks
            .iter()
            .map(|s| {
                s.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(|w| {
                        let next = ids.len() as u32;
                        *ids.entry(w.to_lowercase()).or_insert(next)
                    })
                    .collect()
            })
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]

        /// Words of every length around the eight bytes that split the two maps (short words
        /// that are prefixes of one another, long ones sharing their first eight bytes, words
        /// ending a block) get the ids one map of strings gave.
        #[test]
        fn packed_short_words_intern_as_one_map_did(
            blocks in proptest::collection::vec(
                "([abAB0]{1,10}|[a-z]{7,9}|é|Éa|ж{1,5}|[ ,.-]{1,2}|\u{a0}){0,24}",
                1..4,
            ),
        ) {
            let refs: Vec<&str> = blocks.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(tokens_of(&refs), tokens_of_one_map(&refs));
        }
    }

    #[test]
    fn packing_tells_prefixes_and_lengths_apart() {
        let text = b"ab abc abcdefgh x";
        let (ab, abc, eight, x) = (
            packed(text, 0, 2),
            packed(text, 3, 6),
            packed(text, 7, 15),
            packed(text, 16, 17),
        );
        assert_eq!(ab, u64::from_le_bytes(*b"ab\0\0\0\0\0\0"));
        assert_eq!(abc, u64::from_le_bytes(*b"abc\0\0\0\0\0"));
        assert_eq!(eight, u64::from_le_bytes(*b"abcdefgh"));
        // Read byte by byte at the end of the text.
        assert_eq!(x, u64::from(b'x'));
    }

    fn contained(a: &str, b: &str) -> f32 {
        let toks = tokens_of(&[a, b]);
        let (a, b) = (bigrams(&toks[0]), bigrams(&toks[1]));
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
        let a = tokens_of(&["Straße STRASSE straße, ÉTÉ été x1 X1"]).remove(0);
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
        let toks = tokens_of(&["a b a b a b", "a b"]);
        let a = bigrams(&toks[0]);
        assert_eq!(a.len(), 2, "(a, b) and (b, a)");
        let b = bigrams(&toks[1]);
        assert_eq!(shared(&a, &b), 1);
        assert!((containment(shared(&b, &a), b.len()) - 1.0).abs() < f32::EPSILON);
        assert!((containment(shared(&a, &b), a.len()) - 0.5).abs() < f32::EPSILON);
    }
}
