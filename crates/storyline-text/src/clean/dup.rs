//! Repeats inside one article, found by word-pair (bigram) containment.
//!
//! Exact byte comparison misses the repeats scrapers make: one copy has NBSPs where the other has
//! spaces, one has a dateline prefix or an extra phrase. Comparing the sets of adjacent word pairs of
//! the lower-cased words is insensitive to spacing and punctuation, keeps word order (so two
//! paragraphs that merely share vocabulary do not match), and lets a short block be found inside a
//! longer one.

use std::collections::BTreeSet;

/// Lower-cased alphanumeric words of `s`.
pub(crate) fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The set of adjacent word pairs.
pub(crate) fn bigrams(tokens: &[String]) -> BTreeSet<(&str, &str)> {
    tokens
        .windows(2)
        .map(|w| (w[0].as_str(), w[1].as_str()))
        .collect()
}

/// Share of `a`'s word pairs that also occur in `b` (0 when `a` has none).
pub(crate) fn containment(a: &BTreeSet<(&str, &str)>, b: &BTreeSet<(&str, &str)>) -> f32 {
    if a.is_empty() {
        return 0.0;
    }
    a.iter().filter(|p| b.contains(p)).count() as f32 / a.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nbsp_and_dateline_do_not_hide_a_repeat() {
        let a = tokens("Lavrov is holding talks with\u{a0}Kerry in New York.");
        let b = tokens("NEW YORK (Agency) – Lavrov is holding talks with Kerry in New York today.");
        assert!(containment(&bigrams(&a), &bigrams(&b)) > 0.99);
    }

    #[test]
    fn shared_vocabulary_in_another_order_is_not_a_repeat() {
        let a = tokens("Kerry met Lavrov in Geneva on Friday.");
        let b = tokens("On Friday in Geneva, Lavrov met Kerry.");
        assert!(containment(&bigrams(&a), &bigrams(&b)) < 0.5);
    }
}
