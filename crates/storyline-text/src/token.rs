//! Word tokens for similarity and ROUGE-style overlap: alphanumeric runs with their byte spans.
//!
//! How it decides: a word is a maximal run of alphanumeric characters (Unicode
//! `char::is_alphanumeric`, with an ASCII fast path that never decodes UTF-8). Everything else
//! separates words, including apostrophes and hyphens, so `Russia’s` gives `Russia` + `s`,
//! `don't` gives `don` + `t`, `at-odds` gives `at` + `odds` and `6.5` gives `6` + `5`. This is the
//! same split that Google's `rouge-score` tokenizer makes (it replaces every non-alphanumeric
//! character by a space), so overlap computed on these tokens agrees with the evaluation, and the
//! possessive/contraction fragments (`s`, `t`, `don`, ...) are all in the stopword list below.
//!
//! The iterator is written by hand instead of with a regex because this is the innermost loop of
//! similarity; it allocates nothing. [`lowercase`] borrows when the word is already lower-case
//! ASCII and only allocates otherwise; [`lowercase_into`] reuses a caller's buffer.
//!
//! Stopwords are the NLTK English list (153 words, see `stopwords.txt` beside this file for the
//! source); `src/stopwords.rs` is generated from it by `scripts/gen_stopwords.py`.

use std::borrow::Cow;

use crate::Span;

#[path = "stopwords.rs"]
mod stopwords;

/// Iterates over the alphanumeric word spans of `text[span]`, in order, without allocating.
///
/// ```
/// use storyline_text::{Span, token::words};
/// let text = "Russia’s at-odds view, 6.5%";
/// let got: Vec<&str> = words(text, Span::new(0, text.len())).map(|s| s.slice(text)).collect();
/// assert_eq!(got, ["Russia", "s", "at", "odds", "view", "6", "5"]);
/// ```
pub fn words(text: &str, span: Span) -> Words<'_> {
    Words {
        text: span.slice(text),
        pos: 0,
        base: span.start,
    }
}

/// The iterator returned by [`words`].
#[derive(Clone, Debug)]
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
    base: usize,
}

impl Words<'_> {
    /// The char starting at byte `i` (which must be a char boundary) and its length, ASCII fast path.
    #[inline]
    fn char_at(&self, i: usize) -> (bool, usize) {
        let b = self.text.as_bytes()[i];
        if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            // `i` is always a char boundary: we only ever advance by whole chars.
            let c = self.text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        }
    }
}

impl Iterator for Words<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let n = self.text.len();
        let mut i = self.pos;
        // Skip separators.
        while i < n {
            let (alnum, len) = self.char_at(i);
            if alnum {
                break;
            }
            i += len;
        }
        if i >= n {
            self.pos = n;
            return None;
        }
        let start = i;
        while i < n {
            let (alnum, len) = self.char_at(i);
            if !alnum {
                break;
            }
            i += len;
        }
        self.pos = i;
        Some(Span::new(self.base + start, self.base + i))
    }
}

impl std::iter::FusedIterator for Words<'_> {}

/// Lower-cases a word, borrowing when it is already lower-case ASCII (the common case in news text
/// after the first letter) and allocating only otherwise.
///
/// ```
/// use storyline_text::token::lowercase;
/// assert!(matches!(lowercase("kerry"), std::borrow::Cow::Borrowed(_)));
/// assert_eq!(lowercase("Kerry"), "kerry");
/// assert_eq!(lowercase("ÉTAT"), "état");
/// ```
pub fn lowercase(word: &str) -> Cow<'_, str> {
    if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    lowercase_into(word, &mut out);
    Cow::Owned(out)
}

/// Appends the lower-cased `word` to `out` (ASCII fast path; full Unicode lower-casing otherwise).
/// Lets a caller reuse one buffer for many words.
pub fn lowercase_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        // Only ASCII bytes were pushed, so this keeps `out` valid UTF-8.
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// True for common English function words that carry no topic: the NLTK English stopword list.
/// `lower` must already be lower-case (see [`lowercase`]).
///
/// ```
/// use storyline_text::token::is_stopword;
/// assert!(is_stopword("the") && is_stopword("s") && is_stopword("don"));
/// assert!(!is_stopword("kerry") && !is_stopword("The"));
/// ```
pub fn is_stopword(lower: &str) -> bool {
    // No stopword is longer than 10 bytes ("themselves"); rejecting long words first is cheap.
    lower.len() <= 10 && stopwords::STOPWORDS.binary_search(&lower).is_ok()
}

/// Lower-cased words of `text[span]` that are not stopwords, with their spans: the content words
/// similarity code compares.
pub fn content_words(text: &str, span: Span) -> impl Iterator<Item = (Span, Cow<'_, str>)> + '_ {
    words(text, span).filter_map(move |s| {
        let w = lowercase(s.slice(text));
        (!is_stopword(&w)).then_some((s, w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        words(text, Span::new(0, text.len()))
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn words_split_apostrophes_hyphens_and_decimals() {
        assert_eq!(toks("Russia's don’t"), ["Russia", "s", "don", "t"]);
        assert_eq!(toks("--war-torn--"), ["war", "torn"]);
        assert_eq!(toks("$6.5 billion"), ["6", "5", "billion"]);
        assert_eq!(toks(""), Vec::<&str>::new());
        assert_eq!(toks(" \u{a0}…"), Vec::<&str>::new());
    }

    #[test]
    fn words_handle_non_ascii_letters_and_offsets() {
        let text = "Ärzte in Zürich, 東京 2016";
        assert_eq!(toks(text), ["Ärzte", "in", "Zürich", "東京", "2016"]);
        let inner = Span::new(text.find("Zürich").unwrap(), text.len());
        let got: Vec<Span> = words(text, inner).collect();
        assert_eq!(got[0].slice(text), "Zürich");
        assert!(got.iter().all(|s| inner.contains(*s)));
    }

    #[test]
    fn lowercase_borrows_when_it_can() {
        assert!(matches!(lowercase("already"), Cow::Borrowed("already")));
        assert_eq!(lowercase("U.S."), "u.s.");
        assert_eq!(lowercase("ÉTÉ"), "été");
        let mut buf = String::from("x ");
        lowercase_into("ÀB", &mut buf);
        assert_eq!(buf, "x àb");
    }

    #[test]
    fn content_words_drop_stopwords() {
        let text = "The U.S. and Russia's envoy";
        let got: Vec<String> = content_words(text, Span::new(0, text.len()))
            .map(|(_, w)| w.into_owned())
            .collect();
        assert_eq!(got, ["u", "russia", "envoy"]);
    }

    #[test]
    fn generated_matches_list() {
        let mut from_txt: Vec<&str> = include_str!("stopwords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        from_txt.sort_unstable();
        from_txt.dedup();
        assert_eq!(
            stopwords::STOPWORDS,
            from_txt.as_slice(),
            "run scripts/gen_stopwords.py"
        );
        assert!(stopwords::STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(stopwords::STOPWORDS.iter().all(|w| w.len() <= 10));
    }
}
