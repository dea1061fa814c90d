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
    /// Whether the non-ASCII char starting at byte `i` (a char boundary) is alphanumeric, and its
    /// length.
    #[cold]
    fn decode(&self, i: usize) -> (bool, usize) {
        let c = self.text[i..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric(), c.len_utf8())
    }

    /// First index at or after `i` whose char's alphanumeric-ness equals `want` (ASCII fast path
    /// by a byte table; only ever advances by whole chars, so every index is a char boundary).
    /// The bytes passed over (ASCII, of the other kind) take one comparison each; only a
    /// byte that may stop the search is looked at again.
    ///
    /// Why not eight bytes at a time for a word's end (a `u64` load and a range test of its
    /// bytes by carry-free additions, the byte loop only for the tail and non-ASCII chars):
    /// tried, and the term index cost more (callgrind, val clusters 301–600: `read_words`
    /// 0.0675 → 0.0717 M instructions a cluster). Most words of news text are three to six
    /// bytes long, a few instructions a byte here, about what the word-wide test costs alone.
    #[inline]
    fn seek(&self, mut i: usize, want: bool) -> usize {
        let b = self.text.as_bytes();
        let skip_kind = u8::from(!want);
        while let Some(&c) = b.get(i) {
            let kind = BYTE_KIND[usize::from(c)];
            if kind == skip_kind {
                i += 1;
                continue;
            }
            if kind != NON_ASCII {
                return i;
            }
            let (alnum, len) = self.decode(i);
            if alnum == want {
                return i;
            }
            i += len;
        }
        i
    }
}

/// [`BYTE_KIND`] of a byte that starts or continues a non-ASCII char (decoded to be tested).
const NON_ASCII: u8 = 2;

/// Per byte: 1 for an ASCII letter or digit, 0 for another ASCII byte, [`NON_ASCII`] otherwise.
static BYTE_KIND: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = if c >= 0x80 {
            NON_ASCII
        } else if (c as u8).is_ascii_alphanumeric() {
            1
        } else {
            0
        };
        c += 1;
    }
    t
};

impl Iterator for Words<'_> {
    type Item = Span;

    #[inline]
    fn next(&mut self) -> Option<Span> {
        let start = self.seek(self.pos, true);
        if start >= self.text.len() {
            self.pos = self.text.len();
            return None;
        }
        let end = self.seek(start, false);
        self.pos = end;
        Some(Span::new(self.base + start, self.base + end))
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
    lower.len() <= MAX_STOPWORD && PACKED.binary_search(&pack(lower.as_bytes(), false)).is_ok()
}

/// [`is_stopword`] for a word in any case, without allocating: ASCII letters are folded while
/// packing (every stopword is ASCII, so non-ASCII words are never stopwords).
///
/// ```
/// use storyline_text::token::is_stopword_any_case;
/// assert!(is_stopword_any_case("The") && is_stopword_any_case("THEMSELVES"));
/// assert!(!is_stopword_any_case("Kerry"));
/// ```
pub fn is_stopword_any_case(word: &str) -> bool {
    word.len() <= MAX_STOPWORD && PACKED.binary_search(&pack(word.as_bytes(), true)).is_ok()
}

const MAX_STOPWORD: usize = 10;
const N_STOPWORDS: usize = stopwords::STOPWORDS.len();

/// The stopwords packed big-endian and zero-padded into `u128`s, so a look-up is a binary search
/// over integers (about eight comparisons) instead of over strings. Zero padding keeps byte-wise
/// order, and `STOPWORDS` is sorted byte-wise, so `PACKED` is sorted too (checked by a test).
static PACKED: [u128; N_STOPWORDS] = {
    let mut out = [0u128; N_STOPWORDS];
    let mut i = 0;
    while i < N_STOPWORDS {
        out[i] = pack(stopwords::STOPWORDS[i].as_bytes(), false);
        i += 1;
    }
    out
};

/// Packs up to 16 bytes of `w` big-endian into a `u128`, ASCII-lower-casing when `fold`.
#[inline]
const fn pack(w: &[u8], fold: bool) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < 16 {
        key <<= 8;
        if i < w.len() {
            let b = if fold {
                w[i].to_ascii_lowercase()
            } else {
                w[i]
            };
            key |= b as u128;
        }
        i += 1;
    }
    key
}

/// Lower-cased words of `text[span]` that are not stopwords, with their spans: the content words
/// similarity code compares.
pub fn content_words(text: &str, span: Span) -> impl Iterator<Item = (Span, Cow<'_, str>)> + '_ {
    // The stopword test runs before lower-casing, so stopwords never allocate.
    words(text, span).filter_map(move |s| {
        let w = s.slice(text);
        (!is_stopword_any_case(w)).then(|| (s, lowercase(w)))
    })
}

/// How many items two sorted lists have in common, in one merge pass; with repeats, the clipped
/// count (an item twice in one list and three times in the other counts twice).
pub fn sorted_intersection<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
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

    /// The alphanumeric runs of `text[span]`, char by char: what [`words`] must give.
    fn runs_by_chars(text: &str, span: Span) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in span.slice(text).char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push(Span::new(span.start + s, span.start + i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push(Span::new(span.start + s, span.end));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn words_are_the_alphanumeric_runs_of_arbitrary_text(
            text in "[a-z0-9 .,'’é東\\x{a0}\\x{2160}-]{0,40}|\\PC{0,40}",
            cut in 0usize..40,
        ) {
            let mut start = cut.min(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let span = Span::new(start, text.len());
            let got: Vec<Span> = words(&text, span).collect();
            proptest::prop_assert_eq!(got, runs_by_chars(&text, span));
        }
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
        assert!(stopwords::STOPWORDS.iter().all(|w| w.len() <= MAX_STOPWORD));
        assert!(PACKED.windows(2).all(|w| w[0] < w[1]), "packed keys sorted");
        for w in stopwords::STOPWORDS {
            assert!(is_stopword(w) && is_stopword_any_case(&w.to_ascii_uppercase()));
        }
        for w in ["", "th", "them2", "kerry", "themselvesx", "état"] {
            assert!(!is_stopword(w) && !is_stopword_any_case(w), "{w}");
        }
    }
}
