//! Lines of an article and the surface features the rules look at.

use std::cell::OnceCell;

use crate::Span;

use super::lexicon::{self, FUNCTION_WORDS, list};

/// A line's words are split up to this many: no rule compares a word count with more than 80,
/// so a line of 81 words and one of 1,000 are told apart by nothing else the words give, and
/// most lines of news text (every article of a corpus without line breaks) are long prose. Past
/// here the line's words are neither split nor looked up.
pub(crate) const COUNTED_WORDS: usize = 81;

/// One non-blank line (or hard-wrapped paragraph) of the article with its features.
///
/// The words are byte ranges into `norm`, the first [`COUNTED_WORDS`] of the line. What the word
/// lists say about them (their lower-cased forms, list memberships, function words, Title-Case
/// share, month names) is worked out on first use ([`Lexical`]): the rules ask it only of lines
/// of a few dozen words, and a long prose line's verdict is decided by its length and final stop
/// alone.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    /// Trimmed span of the line in the original text.
    pub span: Span,
    /// The text, whitespace collapsed (NBSP and friends become spaces) and look-alike letters folded.
    pub norm: String,
    /// Alphabetic words in text order, camel-glued words split (`standardsDiscussion`): byte
    /// ranges into `norm`. Only the first [`COUNTED_WORDS`] of a longer line.
    words: Vec<(u32, u32)>,
    /// The word-list features, computed on first use.
    lexical: OnceCell<Lexical>,
    /// True when the line ends like a sentence (`.`, `!`, `?`, `…`, possibly inside closing quotes).
    pub final_punct: bool,
    /// A clock time such as `6:35` or `04:44`.
    pub has_clock: bool,
    /// A four-digit year 1900–2099.
    pub has_year: bool,
    /// A digit, `/`, `-` or `.`, and a digit in a row, which a numeric date needs.
    digit_sep_digit: bool,
}

/// The features of a [`Line`] that come from looking its (counted) words up in the word lists.
///
/// The lower-cased words are ranges into one buffer, with the word-list membership of each
/// looked up once: a `String` per word plus a binary search per list and rule once made this the
/// cleaner's costliest stage.
#[derive(Clone, Debug)]
struct Lexical {
    /// Text holding the words lower-cased: `norm` ASCII-lower-cased (each ASCII word at its
    /// place in `norm`), then each word with another char lower-cased, one after the other.
    lower: String,
    /// Byte range of each lower-cased word in `lower`.
    lower_words: Vec<(u32, u32)>,
    /// For each word, the [`lexicon::list`] bits of the lists its lower-cased form is in.
    lists: Vec<u16>,
    /// Number of function words.
    function_words: usize,
    /// Share of non-function words that start with a capital letter (0 when there are none).
    title_ratio: f32,
    /// A month name among the counted words, or a numeric date such as `12/03/2016`.
    has_date: bool,
}

impl Line {
    /// Number of words, counted up to [`COUNTED_WORDS`] (a longer line has that many).
    pub fn n_words(&self) -> usize {
        self.words.len()
    }

    /// The counted words as written (after normalisation), in order.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words
            .iter()
            .map(|&(a, b)| &self.norm[a as usize..b as usize])
    }

    /// The lower-cased words, in order.
    pub fn lower(&self) -> impl Iterator<Item = &str> {
        let lexical = self.lexical();
        lexical
            .lower_words
            .iter()
            .map(|&(a, b)| &lexical.lower[a as usize..b as usize])
    }

    /// The lower-cased words with the [`lexicon::list`] bits of each.
    pub fn lower_lists(&self) -> impl Iterator<Item = (&str, u16)> {
        self.lower().zip(self.lexical().lists.iter().copied())
    }

    /// Number of words in any of the lists of `mask` ([`lexicon::list`] bits).
    pub fn count_in(&self, mask: u16) -> usize {
        self.lexical()
            .lists
            .iter()
            .filter(|&&l| l & mask != 0)
            .count()
    }

    /// Number of function words.
    pub fn function_words(&self) -> usize {
        self.lexical().function_words
    }

    /// Share of non-function words that start with a capital letter (0 when there are none).
    pub fn title_ratio(&self) -> f32 {
        self.lexical().title_ratio
    }

    /// A month name among the counted words, or a numeric date such as `12/03/2016`.
    pub fn has_date(&self) -> bool {
        self.lexical().has_date
    }

    /// True once the word-list features have been worked out.
    #[cfg(test)]
    pub fn lexical_known(&self) -> bool {
        self.lexical.get().is_some()
    }

    /// The word-list features, worked out on the first call.
    fn lexical(&self) -> &Lexical {
        self.lexical
            .get_or_init(|| Lexical::of(&self.norm, &self.words, self.digit_sep_digit))
    }
}

/// Splits `text` into trimmed non-blank lines. A line is joined to the previous one when the text
/// was evidently hard-wrapped: the previous line is long, does not end a sentence, and this one
/// starts in lower case at the same indentation.
pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let mut raw: Vec<(Span, usize)> = Vec::new();
    let mut pos = 0;
    // The pieces of `text.split_inclusive('\n')`, each line found by `memchr` (a SIMD scan; most
    // texts are one long line) rather than the standard library's word-at-a-time loop.
    while pos < text.len() {
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |i| pos + i + 1);
        let whole = Span::new(pos, end);
        pos = end;
        let span = whole.trim(text);
        if span.is_empty() {
            continue;
        }
        let indent = text[whole.start..span.start]
            .chars()
            .filter(|c| *c != '\n' && *c != '\r')
            .count();
        if let Some(last) = raw.last_mut() {
            let prev = last.0.slice(text);
            let this = span.slice(text);
            let same_gap = !text[last.0.end..span.start].contains("\n\n")
                && !text[last.0.end..span.start].contains("\n\r\n");
            if same_gap
                && indent == last.1
                && prev.chars().count() >= 50
                && !ends_sentence(prev)
                && !prev.ends_with(':')
                && reads_like_prose(prev)
                && continues(prev, this)
            {
                last.0.end = span.end;
                continue;
            }
        }
        raw.push((span, indent));
    }
    raw.into_iter()
        .map(|(span, _)| features(text, span))
        .collect()
}

/// True when `this` continues the sentence of `prev`: it starts in lower case, or `prev` ends with a
/// comma, hyphen or a function word (`... northern Italy on` / `Sunday, forcing ...`).
fn continues(prev: &str, this: &str) -> bool {
    let Some(first) = this.chars().next() else {
        return false;
    };
    if first.is_lowercase() {
        return true;
    }
    let last_word = split_words(prev).pop().unwrap_or_default().to_lowercase();
    first.is_alphanumeric()
        && (prev.ends_with([',', '-'])
            || prev.ends_with(char::is_alphabetic) && lexicon::contains(FUNCTION_WORDS, &last_word))
}

/// True when most words of `s` start in lower case (running prose, not a headline or a list).
fn reads_like_prose(s: &str) -> bool {
    let words = split_words(s);
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    words.len() >= 8 && lower * 2 > words.len()
}

/// Computes the features of one line (the word-list ones when first asked, see [`Line`]).
pub(crate) fn features(text: &str, span: Span) -> Line {
    features_counting(text, span, COUNTED_WORDS)
}

/// [`features`] with the words split up to `limit` (the tests compare lines counted in full).
pub(crate) fn features_counting(text: &str, span: Span, limit: usize) -> Line {
    let s = span.slice(text);
    let norm = normalize(s);
    let words = word_ranges(&norm, limit);
    let digits = digit_shapes(&norm);
    Line {
        span,
        final_punct: ends_sentence(&norm),
        has_clock: digits.clock,
        has_year: digits.year,
        digit_sep_digit: digits.digit_sep_digit,
        norm,
        words,
        lexical: OnceCell::new(),
    }
}

impl Lexical {
    /// The word-list features of the words `words` of `norm`; `digit_sep_digit` is
    /// [`DigitShapes::digit_sep_digit`] of `norm`.
    fn of(norm: &str, words: &[(u32, u32)], digit_sep_digit: bool) -> Self {
        let mut lists = Vec::with_capacity(words.len());
        let (mut function_words, mut content, mut capital) = (0usize, 0usize, 0usize);
        // The line is lower-cased in one pass over the whole line, which vectorises, and its
        // lower-cased words are read in place: ASCII lower-casing keeps every byte where it is,
        // so each ASCII word lower-cased is the line lower-cased at the word's range, without a
        // copy per word. A word with another char (on the few lines that have one) is
        // lower-cased on its own after the line's text, and its range points there.
        let mut lower = norm.to_ascii_lowercase();
        let mut lower_words = words.to_vec();
        if !norm.is_ascii() {
            for (k, &(a, b)) in words.iter().enumerate() {
                let w = &norm[a as usize..b as usize];
                if !w.is_ascii() {
                    let start = lower.len();
                    lower.push_str(&w.to_lowercase());
                    lower_words[k] = (start as u32, lower.len() as u32);
                }
            }
        }
        for (&(a, _), &(la, lb)) in words.iter().zip(&lower_words) {
            let l = lexicon::lists_of(&lower[la as usize..lb as usize]);
            lists.push(l);
            if l & list::FUNCTION != 0 {
                function_words += 1;
                continue;
            }
            content += 1;
            // A word starts with a letter: an ASCII one is a capital when `is_ascii_uppercase`,
            // and only another char is decoded.
            let first = norm.as_bytes()[a as usize];
            if if first < 0x80 {
                first.is_ascii_uppercase()
            } else {
                norm[a as usize..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            } {
                capital += 1;
            }
        }
        let title_ratio = if content == 0 {
            0.0
        } else {
            capital as f32 / content as f32
        };
        let has_date =
            lists.iter().any(|l| l & list::MONTH != 0) || digit_sep_digit && has_numeric_date(norm);
        Self {
            lower,
            lower_words,
            lists,
            function_words,
            title_ratio,
            has_date,
        }
    }
}

/// Collapses whitespace (any Unicode space, including NBSP) to single spaces and folds look-alike
/// Cyrillic/Greek letters to Latin.
pub(crate) fn normalize(s: &str) -> String {
    if is_normal(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    // Runs of ASCII non-space bytes (joined by single spaces) are copied whole: no ASCII letter
    // is a confusable, and the ASCII chars that `char::is_whitespace` accepts are exactly tab,
    // LF, VT, FF, CR and space. Only non-ASCII chars are decoded.
    let b = s.as_bytes();
    let is_space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if is_space(c) {
                space = true;
                i += 1;
                continue;
            }
            // A single space between two ASCII non-space bytes is copied as it is, so ordinary
            // prose goes out in one piece per stretch of ASCII.
            let start = i;
            i = ascii_run_end(b, i);
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push_str(&s[start..i]);
            continue;
        }
        let ch = s[i..].chars().next().unwrap_or(' ');
        i += ch.len_utf8();
        if ch.is_whitespace() || ch == '\u{200b}' || ch == '\u{feff}' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(lexicon::fold_confusable(ch));
    }
    out
}

/// End of the stretch of `b` from `i` that [`normalize`] copies whole: the first byte that is not
/// ASCII, is an ASCII space other than ` `, or is a ` ` not followed by an ASCII byte that is
/// no space (or `b.len()`). What [`ascii_run_end_by_byte`] answers, read eight bytes at a time
/// while nine remain.
///
/// With each byte's top bit cleared no sum carries into the next byte: `+ 0x77` sets the top
/// bit of a byte of at least `\t`, `+ 0x72` of one above `\r`, and `(x ^ 0x20) + 0x7f` of one
/// other than ` `. So the top bits mark the bytes that stop a stretch by themselves (not
/// ASCII, or `\t`..=`\r`), and the ` `s whose next byte (the same byte of the word read one
/// byte later) is a space or not ASCII; the first mark ends the stretch.
fn ascii_run_end(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    // The bytes that are spaces or not ASCII, and the bytes that are ` `.
    let marks = |v: u64| {
        let low = v & !TOPS;
        let control = low.wrapping_add(0x77 * ONES) & !low.wrapping_add(0x72 * ONES);
        let blank = !(low ^ (0x20 * ONES)).wrapping_add(0x7f * ONES) & !v;
        ((v | control | blank) & TOPS, blank & TOPS)
    };
    while let Some(chunk) = b.get(i..i + 9) {
        let v = u64::from_le_bytes(chunk[..8].try_into().unwrap_or([0; 8]));
        let w = u64::from_le_bytes(chunk[1..].try_into().unwrap_or([0; 8]));
        let (stop, blank) = marks(v);
        let end = (stop & !blank) | (blank & marks(w).0);
        if end != 0 {
            return i + (end.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    ascii_run_end_by_byte(b, i)
}

/// [`ascii_run_end`] one byte at a time: the bytes that are ASCII and no space, and each ` `
/// followed by such a byte, go on.
fn ascii_run_end_by_byte(b: &[u8], mut i: usize) -> usize {
    let is_space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    loop {
        while i < b.len() && b[i] < 0x80 && !is_space(b[i]) {
            i += 1;
        }
        if b.get(i) == Some(&b' ') && b.get(i + 1).is_some_and(|&n| n < 0x80 && !is_space(n)) {
            i += 1;
            continue;
        }
        return i;
    }
}

/// True when [`normalize`] leaves `s` as it is: ASCII (no confusable, no Unicode space) whose only
/// whitespace is single spaces between other chars. Most lines of news text are; they are copied
/// whole instead of run by run.
fn is_normal(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Flags gathered as bytes rather than tested with `||`, which would end each scan at the
    // first hit and keep it from vectorising.
    let other = b.iter().fold(0u8, |acc, &c| {
        acc | u8::from(c >= 0x80) | u8::from(c.wrapping_sub(b'\t') < 5)
    });
    // Each byte paired with the next by `zip`, which vectorises (`windows(2)` did not).
    let doubled = b.iter().zip(b.iter().skip(1)).fold(0u8, |acc, (x, y)| {
        acc | (u8::from(*x == b' ') & u8::from(*y == b' '))
    });
    other == 0 && doubled == 0
}

/// Alphabetic words of normalised text. Apostrophes and hyphens inside a word are kept; a word that
/// changes from lower to upper case in the middle (`standardsDiscussion`, `FacebookComment`) is split
/// there, because scrapers glue adjacent page elements together that way.
pub(crate) fn split_words(norm: &str) -> Vec<&str> {
    word_ranges(norm, usize::MAX)
        .into_iter()
        .map(|(a, b)| &norm[a as usize..b as usize])
        .collect()
}

/// The words of [`split_words`] as byte ranges of `norm` (a word is always a contiguous run; a
/// line's offsets fit in `u32`, as [`Line`] keeps them).
///
/// A word starts at a letter (a joiner needs a word before it), runs through letters and through
/// a `'`, `’` or `-` with a letter after it, and is split before a capital that follows a
/// lower-case letter, ends a run of four or more chars of the word, and has three lower-case
/// chars after it. The loop goes word by word: between words it passes over ASCII bytes that
/// are no letter without decoding them, inside a word over a run of ASCII lower-case letters
/// (most of any text) in a tight loop, and it decodes only non-ASCII chars. The split test
/// asks for a capital first, which most chars are not. The words are those of reading char by
/// char and deciding each char in turn (`word_ranges_by_char` in the tests).
///
/// Only the first `limit` words are split (all of them when there are fewer): the words before
/// them are the same whether or not the rest of the line is read.
fn word_ranges(norm: &str, limit: usize) -> Vec<(u32, u32)> {
    if norm.is_ascii() {
        return ascii_word_ranges(norm.as_bytes(), limit);
    }
    let b = norm.as_bytes();
    let n = b.len();
    // The char at byte `i` and its length, decoding only a non-ASCII one.
    let char_at = |i: usize| -> Option<(char, usize)> {
        match b.get(i) {
            Some(&c) if c < 0x80 => Some((char::from(c), 1)),
            Some(_) => norm[i..].chars().next().map(|c| (c, c.len_utf8())),
            None => None,
        }
    };
    // About one word per six bytes of news text: one allocation for most lines.
    let mut words = Vec::with_capacity((n / 6 + 1).min(limit));
    let mut i = 0;
    while i < n && words.len() < limit {
        // Between words: only a letter starts one.
        if b[i] < 0x80 {
            if !b[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
        } else if let Some((c, len)) = char_at(i)
            && !c.is_alphabetic()
        {
            i += len;
            continue;
        }
        let mut start = i;
        // Chars of the word read so far (letters and inner joiners), and the last of them.
        let mut chars = 0usize;
        let mut prev = ' ';
        while let Some((c, len)) = char_at(i) {
            if c.is_ascii_lowercase() {
                // Never where a word is split (that needs a capital): the lower-case letters
                // after it go with it.
                let run = lower_run(&b[i..]);
                chars += run;
                i += run;
                prev = char::from(b[i - 1]);
            } else {
                if chars >= 4
                    && c.is_uppercase()
                    && prev.is_lowercase()
                    && three_lower(&norm[i + len..])
                {
                    words.push((start as u32, i as u32));
                    start = i;
                    chars = 0;
                }
                chars += 1;
                i += len;
                prev = c;
            }
            match char_at(i) {
                Some((c, _)) if c.is_alphabetic() => {}
                Some(('\'' | '’' | '-', len))
                    if char_at(i + len).is_some_and(|(c, _)| c.is_alphabetic()) => {}
                _ => break,
            }
        }
        words.push((start as u32, i as u32));
    }
    // The parts of a camel-glued word may have gone past the limit.
    words.truncate(limit);
    words
}

/// [`word_ranges`] of a line that is all ASCII (most lines of news text): the same words, read
/// as bytes. On ASCII text a letter is `is_ascii_alphabetic`, a capital `is_ascii_uppercase`, the
/// joiners are `'` and `-`, and no char needs decoding, so a word costs about half the
/// instructions of the general loop, which carries a char and its length through every step.
fn ascii_word_ranges(b: &[u8], limit: usize) -> Vec<(u32, u32)> {
    let n = b.len();
    let mut words = Vec::with_capacity((n / 6 + 1).min(limit));
    let mut i = 0;
    while i < n && words.len() < limit {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let mut start = i;
        // Chars of the word before `i` (letters and inner joiners).
        let mut chars = 0usize;
        loop {
            // `b[i]` is a letter here.
            if b[i].is_ascii_uppercase() {
                if chars >= 4
                    && b[i - 1].is_ascii_lowercase()
                    && b.get(i + 1..i + 4)
                        .is_some_and(|next| next.iter().all(u8::is_ascii_lowercase))
                {
                    words.push((start as u32, i as u32));
                    start = i;
                    chars = 0;
                }
                chars += 1;
                i += 1;
            }
            let run = lower_run(&b[i..]);
            chars += run;
            i += run;
            match b.get(i) {
                Some(c) if c.is_ascii_uppercase() => {}
                Some(b'\'' | b'-') if b.get(i + 1).is_some_and(u8::is_ascii_alphabetic) => {
                    chars += 1;
                    i += 1;
                }
                _ => break,
            }
        }
        words.push((start as u32, i as u32));
    }
    words.truncate(limit);
    words
}

/// Number of ASCII lower-case letters `b` starts with: `b.iter().take_while(|c|
/// c.is_ascii_lowercase()).count()` (the reference in the tests), eight bytes at a time.
///
/// Adding `0x1f` to a byte below `0x80` sets its top bit exactly when it is at least `a`, and
/// adding `0x05` exactly when it is above `z`; no sum carries into the next byte. So the top
/// bits of `(v + 0x1f…) & !(v + 0x05…) & !v` mark the lower-case letters among eight bytes, and
/// the first unmarked byte ends the run. A word's letters are read in one or two steps instead
/// of one test per letter.
fn lower_run(b: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    while let Some(chunk) = b.get(n..n + 8) {
        let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let lower = v.wrapping_add(0x1f * ONES) & !v.wrapping_add(0x05 * ONES) & !v & TOPS;
        if lower != TOPS {
            return n + ((!lower & TOPS).trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b[n..].iter().take_while(|c| c.is_ascii_lowercase()).count()
}

/// True when `s` starts with three lower-case chars.
fn three_lower(s: &str) -> bool {
    let mut chars = s.chars();
    (0..3).all(|_| chars.next().is_some_and(char::is_lowercase))
}

/// True when `s` ends like a sentence: `.`, `!`, `?` or `…`, optionally followed by closing quotes
/// or brackets. An ellipsis-free trailing `.` of an abbreviation still counts (we cannot tell).
pub(crate) fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
    });
    t.ends_with(['.', '!', '?', '…'])
}

/// Which of the caption rules' case-insensitive patterns can match a line, by the words each
/// needs ([`caption_cues`]). Each pattern is searched only when its flag is set: over val
/// 1–600, a search of `CAPTION_BY` or `CAPTION_POSITION` cost about 10,000 instructions on a
/// short line, and few short lines hold the words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct CaptionCues {
    /// `photo`, `picture`, `image` or `shutterstock`: every match of `CAPTION_BY` (`Photo by`,
    /// `file picture`, `Getty Images`, `AFP Photo`, …) holds one.
    pub credit: bool,
    /// `photo`, `picture` or `image`: every match of `CAPTION_LABEL` (`Photos:`) holds one.
    pub label: bool,
    /// `(`, `left`, `right`, `cent` (`centre`, `center`) or `pictur` (`pictured`): every match
    /// of `CAPTION_POSITION` (`(L)`, `, second from right,`, `from left`) holds one.
    pub position: bool,
}

impl CaptionCues {
    /// Every pattern may match.
    const ALL: Self = Self {
        credit: true,
        label: true,
        position: true,
    };
}

/// The [`CaptionCues`] of the normalised line `norm`: its cue words found ASCII
/// case-insensitively anywhere in it, inside longer words too (a superset of where the
/// patterns' `\b`-bounded words can be).
///
/// The patterns are `(?i)`, which folds case the Unicode way: besides an ASCII letter's two
/// cases, `ſ` (long s, U+017F) matches `s` and the Kelvin sign (U+212A) matches `k`, and no other
/// char matches an ASCII letter (a test checks every char). So a line holding either of those
/// two lets every pattern run, as the date tagger's gate does; on any other line a word the
/// byte comparison does not see is one the patterns cannot match either.
pub(crate) fn caption_cues(norm: &str) -> CaptionCues {
    if !norm.is_ascii() && norm.contains(['\u{17f}', '\u{212a}']) {
        return CaptionCues::ALL;
    }
    let b = norm.as_bytes();
    let mut cues = CaptionCues {
        position: memchr::memchr(b'(', b).is_some(),
        ..CaptionCues::default()
    };
    let at = |i: usize, w: &[u8]| {
        b.get(i..i + w.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(w))
    };
    for (i, &c) in b.iter().enumerate() {
        // `| 0x20` maps only `P` and `p` to `p` (and so on): no other byte starts a cue word.
        match c | 0x20 {
            b'p' if at(i, b"photo") => {
                cues.credit = true;
                cues.label = true;
            }
            b'p' if at(i, b"pictur") => {
                cues.credit = true;
                cues.label = true;
                cues.position = true;
            }
            b'i' if at(i, b"image") => {
                cues.credit = true;
                cues.label = true;
            }
            b's' if at(i, b"shutterstock") => cues.credit = true,
            b'l' if at(i, b"left") => cues.position = true,
            b'r' if at(i, b"right") => cues.position = true,
            b'c' if at(i, b"cent") => cues.position = true,
            _ => continue,
        }
        if cues == CaptionCues::ALL {
            break;
        }
    }
    cues
}

/// The digit patterns of a line, found in one pass that stops only at ASCII digits (most bytes
/// are not).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct DigitShapes {
    /// A clock time: `H:MM` or `HH:MM` with digits on both sides of the colon.
    clock: bool,
    /// A year 1900–2099 written as four digits not glued to other digits.
    year: bool,
    /// A digit, `/`, `-` or `.`, and a digit in a row, which a numeric date needs.
    digit_sep_digit: bool,
}

/// The [`DigitShapes`] of `s`.
///
/// Most bytes are no digit, and a stretch of 16 without one is passed over after one test that
/// vectorises; a stretch with a digit is read byte by byte as [`digit_shapes_by_byte`] reads every
/// byte (its tests look at the bytes around a digit through the whole text, not the stretch).
fn digit_shapes(s: &str) -> DigitShapes {
    const STRETCH: usize = 16;
    let b = s.as_bytes();
    let mut out = DigitShapes::default();
    for (k, chunk) in b.chunks(STRETCH).enumerate() {
        // Flags gathered with `|` rather than `any`, which would stop at the first digit and
        // keep the test from vectorising.
        let digits = chunk
            .iter()
            .fold(0u8, |acc, c| acc | u8::from(c.wrapping_sub(b'0') < 10));
        if digits == 0 {
            continue;
        }
        for i in k * STRETCH..k * STRETCH + chunk.len() {
            digit_shape_at(b, i, &mut out);
        }
    }
    out
}

/// Adds to `out` what the byte `b[i]` starts, when it is an ASCII digit.
fn digit_shape_at(b: &[u8], i: usize, out: &mut DigitShapes) {
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let c = b[i];
    if !c.is_ascii_digit() {
        return;
    }
    let next = b.get(i + 1).copied();
    if next == Some(b':') && digit(i + 2) && digit(i + 3) && !digit(i + 4) {
        out.clock = true;
    }
    if matches!(next, Some(b'/' | b'-' | b'.')) && digit(i + 2) {
        out.digit_sep_digit = true;
    }
    if matches!((c, next), (b'1', Some(b'9')) | (b'2', Some(b'0')))
        && digit(i + 2)
        && digit(i + 3)
        && (i == 0 || !b[i - 1].is_ascii_digit())
        && !digit(i + 4)
    {
        out.year = true;
    }
}

/// [`digit_shapes`] reading every byte: the reference its stretch-skipping is tested against.
#[cfg(test)]
fn digit_shapes_by_byte(s: &str) -> DigitShapes {
    let b = s.as_bytes();
    let mut out = DigitShapes::default();
    for i in 0..b.len() {
        digit_shape_at(b, i, &mut out);
    }
    out
}

/// A numeric date such as `12/03/2016`, `2016-03-12` or `12.03.2016`.
///
/// Such a date always holds a digit, a separator and a digit in a row
/// ([`DigitShapes::digit_sep_digit`]): most lines have none, and the caller tests that first
/// because this token-by-token test is the slow part of a line's features.
fn has_numeric_date(s: &str) -> bool {
    s.split(|c: char| c.is_whitespace() || c == ',').any(|tok| {
        let tok = tok.trim_matches(|c: char| !c.is_ascii_digit());
        // A token without a separator (and so every token without a digit, trimmed to nothing)
        // splits into one part, which is no date: answer before collecting the parts.
        if !tok.contains(['/', '-', '.']) {
            return false;
        }
        let parts: Vec<&str> = tok.split(['/', '-', '.']).collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            && parts.iter().any(|p| p.len() == 4 || p.len() == 2)
    })
}

/// A year 1900–2099 written as four digits not glued to other digits ([`DigitShapes::year`]
/// byte by byte, the reference the one-pass scan is tested against).
#[cfg(test)]
fn has_year(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(3)).any(|i| {
        b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (b[i] == b'1' && b[i + 1] == b'9' || b[i] == b'2' && b[i + 1] == b'0')
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_words_are_split() {
        assert_eq!(
            split_words("Community standardsDiscussion"),
            ["Community", "standards", "Discussion"]
        );
        assert_eq!(split_words("GMT19 May"), ["GMT", "May"]);
        assert_eq!(split_words("iPhone McDonald"), ["iPhone", "McDonald"]);
    }

    #[test]
    fn confusables_are_folded() {
        assert_eq!(normalize("• \u{421}omment"), "• Comment");
    }

    #[test]
    fn sentence_ends_inside_quotes() {
        assert!(ends_sentence("he said.”"));
        assert!(!ends_sentence("Related news"));
    }

    #[test]
    fn glued_gmt_year_is_a_year() {
        assert!(has_year("00:44 GMT19 May 2021"));
        assert!(!has_year("12345"));
        assert!(digit_shapes("00:44 GMT19 May 2021").year);
        assert!(!digit_shapes("12345").year);
    }

    /// A clock time: `H:MM` or `HH:MM` with digits on both sides of the colon, window by window
    /// (the reference for [`DigitShapes::clock`]).
    fn has_clock(s: &str) -> bool {
        let b = s.as_bytes();
        b.windows(4).enumerate().any(|(i, w)| {
            w[0].is_ascii_digit()
                && w[1] == b':'
                && w[2].is_ascii_digit()
                && w[3].is_ascii_digit()
                && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
        })
    }

    /// [`normalize`] without its shortcut for lines that need nothing: the run-by-run path.
    fn normalize_by_runs(s: &str) -> String {
        let mut out = String::new();
        for (i, w) in s
            .split(|c: char| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}')
            .filter(|w| !w.is_empty())
            .enumerate()
        {
            if i > 0 {
                out.push(' ');
            }
            out.extend(w.chars().map(lexicon::fold_confusable));
        }
        out
    }

    #[test]
    fn lines_that_need_nothing_are_copied_as_they_are() {
        for s in [
            "plain text, one space.",
            " leading",
            "trailing ",
            "two  spaces",
            "tab\there",
            "line\nbreak",
            "nbsp\u{a0}here",
            "caf\u{e9}",
            "",
            "x",
        ] {
            assert_eq!(normalize(s), normalize_by_runs(s), "{s:?}");
        }
        assert!(is_normal("plain text, one space."));
        assert!(!is_normal("two  spaces") && !is_normal("tab\there") && !is_normal(" x"));
    }

    /// [`word_ranges`] over a buffer of chars, one char at a time: the reference for the
    /// one-pass version.
    fn word_ranges_by_char(norm: &str) -> Vec<(u32, u32)> {
        let chars: Vec<char> = norm.chars().collect();
        let mut words = Vec::new();
        let mut cur: Option<usize> = None;
        let mut cur_chars = 0usize;
        let mut prev: Option<char> = None;
        let mut pos = 0;
        for (i, &c) in chars.iter().enumerate() {
            let inner_joiner = matches!(c, '\'' | '’' | '-')
                && cur.is_some()
                && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
            if c.is_alphabetic() || inner_joiner {
                if c.is_uppercase()
                    && prev.is_some_and(char::is_lowercase)
                    && cur_chars >= 4
                    && chars
                        .get(i + 1..i + 4)
                        .is_some_and(|n| n.iter().all(|c| c.is_lowercase()))
                    && let Some(start) = cur.take()
                {
                    words.push((start as u32, pos as u32));
                    cur_chars = 0;
                }
                cur.get_or_insert(pos);
                cur_chars += 1;
            } else if let Some(start) = cur.take() {
                words.push((start as u32, pos as u32));
                cur_chars = 0;
            }
            prev = Some(c);
            pos += c.len_utf8();
        }
        if let Some(start) = cur {
            words.push((start as u32, pos as u32));
        }
        words
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        /// The one-pass word splitter and digit scan agree with their char-by-char references.
        #[test]
        fn one_pass_scans_match_their_references(
            s in "([a-zA-Z]{1,7}|[A-Z][a-z]{3,6}|[’'\\-]|[0-9]{1,5}|[:/.,-]|[ ]|é|É|ж|Ж|\u{a0}|[^ ]){0,24}",
        ) {
            proptest::prop_assert_eq!(word_ranges(&s, usize::MAX), word_ranges_by_char(&s));
            if is_normal(&s) {
                proptest::prop_assert_eq!(normalize_by_runs(&s), s.clone());
            }
            let d = digit_shapes(&s);
            proptest::prop_assert_eq!(d, digit_shapes_by_byte(&s));
            proptest::prop_assert_eq!(d.clock, has_clock(&s));
            proptest::prop_assert_eq!(d.year, has_year(&s));
            let sep = s.as_bytes().windows(3).any(|w| {
                w[0].is_ascii_digit() && matches!(w[1], b'/' | b'-' | b'.') && w[2].is_ascii_digit()
            });
            proptest::prop_assert_eq!(d.digit_sep_digit, sep);
            proptest::prop_assert_eq!(has_numeric_date(&s), has_numeric_date_by_parts(&s));
            // The words lower-cased from the whole line are the words lower-cased one by one.
            let line = features(&s, Span::new(0, s.len()));
            let by_word: Vec<String> = line.words().map(str::to_lowercase).collect();
            let lower: Vec<&str> = line.lower().collect();
            proptest::prop_assert_eq!(lower, by_word);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        /// The word-by-word loop splits the words as the char loop does, camel-glued words,
        /// joiners and all, on ASCII text and around non-ASCII letters and joiners.
        #[test]
        fn word_by_word_split_matches_the_char_loop(
            s in "([a-z]{1,7}|[A-Z][a-z]{0,6}|[A-Z]{1,3}|[a-z]{3,6}[A-Z][a-z]{2,5}|['’-]|[0-9]{1,3}|[ .,:;!?()]|é|É|ß|ж|Ж|\u{a0}|“|”|—){0,30}",
        ) {
            let all = word_ranges_by_char(&s);
            proptest::prop_assert_eq!(word_ranges(&s, usize::MAX), all.clone());
            // Split up to a limit, the words are the first ones of the whole split.
            for limit in 0..=all.len() + 1 {
                proptest::prop_assert_eq!(
                    word_ranges(&s, limit),
                    all[..limit.min(all.len())].to_vec()
                );
            }
        }

        /// The ASCII splitter splits ASCII text as the char loop does: camel-glued words at
        /// every length around the four-char and three-lower-case limits, joiners before and
        /// after letters, digits and punctuation.
        #[test]
        fn ascii_split_matches_the_char_loop(
            s in "([a-z]{1,7}|[A-Z][a-z]{0,6}|[A-Z]{1,3}|[a-z]{2,6}[A-Z][a-z]{1,4}|['\\-]|[0-9]{1,3}|[ .,:;!?()\"]){0,30}",
        ) {
            let all = word_ranges_by_char(&s);
            proptest::prop_assert_eq!(ascii_word_ranges(s.as_bytes(), usize::MAX), all.clone());
            for limit in 0..=all.len() + 1 {
                proptest::prop_assert_eq!(
                    ascii_word_ranges(s.as_bytes(), limit),
                    all[..limit.min(all.len())].to_vec()
                );
            }
        }

        /// The eight-byte stretch of copied ASCII ends where the byte-by-byte one does, from
        /// every start, on every byte value around it.
        #[test]
        fn ascii_run_end_matches_the_byte_loop(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    6 => b'a'..=b'z',
                    4 => proptest::sample::select(vec![b' ', b' ', b'\t', b'\n', b'\r', 0x0b, 0x0c, 0x08, 0x0e, 0x1f, b'!', b'~', 0x7f]),
                    2 => proptest::sample::select(vec![0x80, 0x89, 0x8d, 0xa0, 0xc2, 0xe2, 0xff]),
                    1 => proptest::num::u8::ANY,
                ],
                0..48,
            ),
        ) {
            for i in 0..=bytes.len() {
                proptest::prop_assert_eq!(ascii_run_end(&bytes, i), ascii_run_end_by_byte(&bytes, i));
            }
        }

        /// Whitespace collapsed and look-alikes folded stretch by stretch are the text split
        /// at its spaces and joined again, on text with every kind of space around ASCII runs
        /// long enough for the eight-byte stretches.
        #[test]
        fn normalize_matches_the_split_and_join(
            s in "([a-z]{1,12}|[ ]{1,2}|\t|\n|\r|\u{b}|\u{c}|\u{a0}|\u{2003}|\u{200b}|\u{feff}|é|ж|\u{421}|[.,!]){0,40}",
        ) {
            proptest::prop_assert_eq!(normalize(&s), normalize_by_runs(&s));
        }

        /// The eight-byte run of lower-case letters ends where the byte-by-byte run does, on
        /// every byte value around it.
        #[test]
        fn lower_run_matches_the_byte_loop(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    4 => proptest::num::u8::ANY,
                    8 => b'a'..=b'z',
                    1 => proptest::sample::select(vec![b'`', b'{', b'@', b'[', b'A', b'Z', 0x7f, 0x80, 0xe1, 0xfa, 0xfb]),
                ],
                0..40,
            ),
        ) {
            for i in 0..=bytes.len() {
                let want = bytes[i..].iter().take_while(|c| c.is_ascii_lowercase()).count();
                proptest::prop_assert_eq!(lower_run(&bytes[i..]), want);
            }
        }

        /// Digits anywhere in a long line, also across the 16-byte stretches, give the shapes
        /// that reading every byte gives.
        #[test]
        fn digit_stretches_match_every_byte(
            s in "([a-z ]{0,20}|[0-9]{1,5}|[:/.-]|19|20){0,24}",
        ) {
            proptest::prop_assert_eq!(digit_shapes(&s), digit_shapes_by_byte(&s));
        }
    }

    /// [`has_numeric_date`] collecting the parts of every token.
    fn has_numeric_date_by_parts(s: &str) -> bool {
        s.split(|c: char| c.is_whitespace() || c == ',').any(|tok| {
            let tok = tok.trim_matches(|c: char| !c.is_ascii_digit());
            let parts: Vec<&str> = tok.split(['/', '-', '.']).collect();
            parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                && parts.iter().any(|p| p.len() == 4 || p.len() == 2)
        })
    }

    /// The caption patterns the gate of [`caption_cues`] guards.
    use super::super::rules::{
        CAPTION_BY_PATTERN as CAPTION_BY, CAPTION_LABEL_PATTERN as CAPTION_LABEL,
        CAPTION_POSITION_PATTERN as CAPTION_POSITION,
    };

    #[test]
    fn only_long_s_and_the_kelvin_sign_fold_onto_ascii_letters() {
        let letter = crate::pattern::Pattern::new(r"(?i)^[a-z]$");
        let mut buf = [0u8; 4];
        let folding: Vec<char> = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii() && letter.is_match(c.encode_utf8(&mut buf)))
            .collect();
        assert_eq!(folding, ['\u{17f}', '\u{212a}']);
    }

    #[test]
    fn caption_cues_see_the_caption_words() {
        let none = CaptionCues::default();
        assert_eq!(caption_cues("He said the talks would resume."), none);
        assert_eq!(
            caption_cues("PHOTO BY Jane Doe"),
            CaptionCues {
                credit: true,
                label: true,
                position: false
            }
        );
        assert_eq!(
            caption_cues("Shutterstock"),
            CaptionCues {
                credit: true,
                ..none
            }
        );
        assert_eq!(
            caption_cues("Smith, LEFT, and Jones"),
            CaptionCues {
                position: true,
                ..none
            }
        );
        assert_eq!(
            caption_cues("Smith (R)"),
            CaptionCues {
                position: true,
                ..none
            }
        );
        assert_eq!(
            caption_cues("the Centre"),
            CaptionCues {
                position: true,
                ..none
            }
        );
        assert_eq!(caption_cues("Pictured: Smith"), CaptionCues::ALL);
        // Long s and the Kelvin sign fold onto `s` and `k`: `ſhutterſtock`, `ſhutterstocK`.
        assert_eq!(caption_cues("\u{17f}hutter\u{17f}tock"), CaptionCues::ALL);
        assert_eq!(caption_cues("shutterstoc\u{212a}"), CaptionCues::ALL);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        /// A caption pattern that matches a line always has its cue set.
        #[test]
        fn caption_cues_never_hide_a_match(
            words in proptest::collection::vec(
                proptest::sample::select(&[
                    "Photo", "PHOTOS", "photograph", "picture", "Pictured", "IMAGE", "images",
                    "by", "courtesy of", "credit", "file", "Getty Images", "Shutterstock",
                    "\u{17f}hutter\u{17f}tock", "shutterstoc\u{212a}", "AP", "AFP", "photo",
                    "agency", "(L)", "(r)", "(c)", "(Second Left)", "left", "Right", "centre",
                    "CENTER", "second", "from", "far", "the", "said", "talks", "é", ":", ",",
                    "(", ")", "ſ", "\u{212a}", "\u{a0}",
                ][..]),
                0..10,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(&[" ", "", ", ", ": ", " (", ") "][..]),
                10,
            ),
        ) {
            let s: String = words.iter().zip(&seps).flat_map(|(w, sep)| [*w, *sep]).collect();
            let cues = caption_cues(&s);
            for (pattern, cue) in [
                (CAPTION_BY, cues.credit),
                (CAPTION_LABEL, cues.label),
                (CAPTION_POSITION, cues.position),
            ] {
                let re = crate::pattern::Pattern::new(pattern);
                proptest::prop_assert!(cue || !re.is_match(&s), "{pattern} on {s:?}");
            }
        }
    }
}
