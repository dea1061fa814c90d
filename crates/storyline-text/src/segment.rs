//! Sentence segmentation over byte spans.
//!
//! # How it decides
//!
//! The segmenter is a single forward scan over the bytes of `text[span]` that stops only at the few
//! bytes that can end a sentence (`.`, `?`, `!`, the first byte of `…`, and `\n`); everything else
//! is skipped with a table look-up, so there is no regex and no backtracking per character. At each
//! stop it reads a *terminator run* — consecutive `.`/`?`/`!`/`…` followed by closing quotes or
//! brackets (`”’"')]»`), which stay in the sentence — and then decides from a little context on
//! both sides whether the run ends the sentence:
//!
//! - **Blank lines** always end a sentence. A **single newline** ends one when the next line is a
//!   list item (`1. `, `• `, `- `), or when the line before has no closing punctuation, does not
//!   end in a continuation mark (`,;:-–—(`) or a function word, and the next line does not start
//!   lower-case (headings, share widgets). After a terminator, a newline before a capitalised word
//!   ends the sentence even after an acronym. Configure with [`NewlinePolicy`].
//! - **`?` and `!`** end a sentence, except after a closing quote before a lower-case word
//!   (`“Why?” he asked`) or before an attribution (`“Why?” Kerry asked`), and a lone `!` after a
//!   capitalised word inside a sentence before a lower-case one (`shares of Yahoo! fell`). A bare `?` before a lower-case word
//!   is a boundary because lower-cased data (Multi-News) has those. In lower-cased text a
//!   quotation of whole sentences closed on `?`/`!`/`…` ends its sentence unless an attribution
//!   follows (`shout, "you killed my mom! " as that person` goes on, `the question, "when will
//!   this be over? " that's not a slam` does not); one inside a clause goes on (`"help! " by`).
//!   A single mark spaced on both sides after `?`/`!` closes there (`said, 'where's the chicken?
//!   ' i thought`), and the words after it decide the same way. A `!` that closes a name written
//!   with it (`a source tells E! News`, `the jeopardy! studio`: a one-letter word or one of a few
//!   names) goes on unless a pronoun or determiner follows (`told e! The couple`).
//! - **A mangled closing mark** (`�?`, a `”` read as Windows-1252) closes like `”`; its `?` asks
//!   nothing (`the so-called "asian unicorn�? was seen`).
//! - **Ellipses** (`...`, `…`, `. . .`) end a sentence only before an upper-case word or a quote,
//!   and not inside a short quotation the sentence opened (`" wait wait... Don't tell me " is`).
//! - A closing quote directly followed by an opening one (`dangerous." "It is`) is a boundary.
//! - **Quotes decide over case** after a period that closes a plain word: a closing quote
//!   (`hurtful. " the announcement`) or a clearly opening one (`event. "as the questioner`,
//!   `“as`, `'as` but not `'em`) ends the sentence before a lower-case word, which lower-cased
//!   data (Multi-News) needs. A spaced straight `"` opens when it is attached to the next word or
//!   the last quote closed after an attribution (`it, " he said. " bullets`, also past a
//!   nested quote's spaced closing mark: `tale, ' " wolf said. " i`), whatever the parity;
//!   a `"` after `he replied,` reopens the quote, so there the parity decides
//!   (`" are inconceivable to me. " over`).
//! - Punctuation that cannot start a sentence (`,;:)]%`) never follows a boundary.
//! - **A period** followed by a digit or a lower-case word does not end a sentence (`Sept. 9`,
//!   `No. 10`, `3 p.m. on Friday`, `e.g. the`), unless the previous word is a plain word or
//!   number and a digit follows (`in 1990. 25 people`), or, in lower-cased text, a `)` after a
//!   plain word's period (`( $ 89.05. ) regional price`). Before an upper-case word it depends on
//!   the word the period closes:
//!   - a **title** (`Dr.`, `Gen.`, `Sen.`, `Mr.`, ...) never ends a sentence;
//!   - `e.g.`, `i.e.`, `vs.`, `approx.`, `cf.` never do; `etc.` and month abbreviations
//!     (`in Oct. Analysts`; AP abbreviates months only before a day number) always do;
//!   - a one- or two-digit number that opens a sentence, line or `:` list is an enumeration
//!     marker (`steps: 1. Stop the bombing.`), not a sentence;
//!   - a **single letter** (an initial: `Sergey V. Lavrov`), a **dotted acronym** (`U.S.`,
//!     `U.N.`, `p.m.`, `D.C.`) or an **ambiguous abbreviation** that often ends sentences too
//!     (`Inc.`, `Corp.`, `Jr.`, `St.`, `No.`, AP state abbreviations like `Calif.`) ends the
//!     sentence only when the next word is a typical sentence starter — a capitalised pronoun,
//!     determiner, conjunction or preposition (`in the U.S. The next day`, `at 5 p.m. He left`),
//!     or an opening quote follows — and not before names or nouns (`U.S. Secretary`,
//!     `St. Petersburg`);
//!   - any other word ends the sentence (`... said. The`, `... in 1990. The`).
//!   - in **lower-cased text** (no capital inside any sentence of the whole text, as in
//!     Multi-News, whose splitter re-capitalised the word after `p.m.` and `u.s.`; a text under
//!     300 bytes also needs a word cased text capitalises, `u.s.`, `inc.`), a preposition
//!     or conjunction after `a.m.`/`p.m.` continues the time's clause (`at 9 a.m. By a bomb
//!     scare`) unless the time is a stamp opening the sentence or a number follows, and
//!     `And`/`Or` after a dotted acronym continue (`the u.s. And china`); lower-case
//!     abbreviations that are no English word (`st.`, `inc.`, `jr.`, `calif.`) are ambiguous
//!     there as their capitalised forms are elsewhere (`in st. Louis`); `And`/`Or` after an
//!     initial continue the name (`the john d. And catherine t. Macarthur foundation`); an
//!     object clause's `That`, `During` and `At` before a street number continue too (`said at
//!     2: 05 p.m. That the boy had died`, `around 10 a.m. At 285 madison avenue`), and so do
//!     a relative pronoun that asks nothing (`in hopkins, minn. Where she was`), `Only to` and
//!     an adverb before a past verb (`disney corp. Also said`), a conjunction before a second
//!     predicate's past verb (`most were in the u.s. But included arrests in spain`), and a
//!     time adverbial that runs to the sentence's end, which alone has no verb (`across the
//!     u.s. In 99 years.`, `by 5 p.m. The next day.`), and an article after a name that a
//!     verb of giving took as its first object (`gave the f.b.i. An account of the night`),
//!     `From`/`For`/`With` before a number that no main clause follows (`lived in the u.s. For
//!     7 years`), and a phrase after a street's compass letter (`washburn ave s. In the fulton
//!     neighborhood`), which is read as an abbreviation, not an initial. A
//!     clause with its verb after a time (`around 9 a.m. Police said they`) or after a state
//!     that closes a place and its comma (`in lakewood, colo. Hopkins was`) starts a sentence,
//!     as does a label after a time (`by 7 p.m. Source: …`) and a phrase fronted before its
//!     main clause after an acronym (`made in the u.s. On thursday, mr. Trump announced`).
//! - **Closing marks alone** (a `"` the quotes' parity left after a paragraph's last sentence)
//!   are no sentence: they join the sentence before.
//! - **Tokenised text** (Multi-News style `arrested . she faced`): a terminator with whitespace
//!   before it is a stand-alone token, and ends the sentence whatever follows, except for an
//!   ellipsis before a lower-case word. No global mode switch is needed, since ` . ` does not
//!   occur in edited prose. Closers separated by spaces (`. "`, `. )`, PTB `. ''`)
//!   are kept in the sentence; a spaced straight `"` counts as closing when the sentence so far
//!   has an odd number of them, or none while the text before it left one open (a quotation of
//!   several sentences, its opening mark at most 500 bytes back: `money. I've talked it over
//!   with my adviser. " trevor potter`), or an even number while the text before left one open
//!   and the sentence's own last mark opened a quotation (`step, " boehner said on " fox news
//!   sunday. " last week`).
//! - **Missing space**: `23.People` and `Monday.“It's` (a period between a plain word of two or
//!   more characters ending in a lower-case letter or digit and a capitalised word) is a
//!   boundary; decimals (`2.5`, `$6.5`) and dotted words are not. In lower-cased text
//!   (`next season.kournikova will`) two plain words of two or more letters are a boundary too,
//!   unless the token is an address or a file name (`cnn.com`, `nbctv.tumblr.com/`).
//!
//! Datelines such as `NEW YORK (Sputnik) – Russian ...` contain no terminator and so stay with
//! their sentence. The abbreviation and starter lists below are hand-curated from AP style (its
//! abbreviations for titles, months and states) and common news usage; they are small enough for
//! `match` statements, which compile to a length switch plus a few comparisons.
//!
//! Written by hand rather than with a general-purpose crate (e.g. `unicode-segmentation`'s UAX #29
//! sentence breaks, or Punkt) because those break after `U.S.`/`Dr.` or need trained parameters,
//! and neither knows the tokenised Multi-News style; this stage is also on the hot path.
//!
//! Every returned span is trimmed, non-empty, inside the input span, in order, non-overlapping and
//! on char boundaries; together the sentences cover every non-whitespace character of the input.

use serde::{Deserialize, Serialize};

use crate::Span;

/// What a single newline (one not part of a blank line) means.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NewlinePolicy {
    /// A single newline is ordinary whitespace (for hard-wrapped text).
    Whitespace,
    /// A single newline ends a sentence when the line before has no closing punctuation and does
    /// not continue (comma, dash, function word) and the next line does not start lower-case; after
    /// a terminator it makes a boundary more likely (default).
    #[default]
    Heuristic,
    /// Every newline ends a sentence (one sentence or heading per line).
    Boundary,
}

/// Settings of the [`Segmenter`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SegmentConfig {
    /// How single newlines are treated. Default: [`NewlinePolicy::Heuristic`].
    #[serde(default)]
    pub single_newline: NewlinePolicy,
}

impl SegmentConfig {
    /// The default settings with the given newline policy.
    #[must_use]
    pub fn with_single_newline(mut self, policy: NewlinePolicy) -> Self {
        self.single_newline = policy;
        self
    }
}

/// Splits text into sentences. Build once, reuse (`Send + Sync`).
///
/// ```
/// use storyline_text::{Span, segment::Segmenter};
/// let text = "U.S. Secretary of State John Kerry met Sergey V. Lavrov at 5 p.m. on Sept. 9. \
///             They talked for 2.5 hours in the U.S. The next day, “We left,” he said.";
/// let got: Vec<&str> = Segmenter::default()
///     .split(text, Span::new(0, text.len()))
///     .into_iter()
///     .map(|s| s.slice(text))
///     .collect();
/// assert_eq!(got, [
///     "U.S. Secretary of State John Kerry met Sergey V. Lavrov at 5 p.m. on Sept. 9.",
///     "They talked for 2.5 hours in the U.S.",
///     "The next day, “We left,” he said.",
/// ]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Segmenter {
    config: SegmentConfig,
}

impl Segmenter {
    /// A segmenter with the given settings.
    pub fn new(config: SegmentConfig) -> Self {
        Self { config }
    }

    /// The settings this segmenter was built with.
    pub fn config(&self) -> &SegmentConfig {
        &self.config
    }

    /// Splits `text[span]` into sentence spans: trimmed, non-empty, in order, non-overlapping,
    /// inside `span` and on char boundaries. A span that is out of bounds or not on char
    /// boundaries yields no sentences (it is a caller bug, but text is never a reason to panic).
    pub fn split(&self, text: &str, span: Span) -> Vec<Span> {
        let Some(s) = text.get(span.range()) else {
            return Vec::new();
        };
        let scan = Scan {
            s,
            b: s.as_bytes(),
            policy: self.config.single_newline,
            quotes: std::cell::Cell::new((0, 0, 0)),
            before: std::cell::Cell::new((0, 0, None)),
            whole: text,
            lower_cased: std::cell::OnceCell::new(),
        };
        let mut out: Vec<Span> = Vec::with_capacity(s.len() / 100 + 1);
        let mut push = |from: usize, to: usize| {
            let sp = Span::new(span.start + from, span.start + to).trim(text);
            if sp.is_empty() {
                return;
            }
            // Closing marks alone (`… homeland. "` at a paragraph's end, where the scan left the
            // `"` out of the run) are no sentence: they close the one before. A mark that closes
            // nothing (an even number of `"` before it in the paragraph, no bracket open) opened
            // a quotation the source cut off, and stays apart rather than hang on a sentence
            // that quotes nothing.
            if let Some(last) = out.last_mut()
                && closes_before(text, span.start, *last, sp)
            {
                last.end = sp.end;
                return;
            }
            out.push(sp);
        };
        let b = scan.b;
        let n = b.len();
        let mut start = 0;
        let mut i = 0;
        let mut stops = Stops::default();
        while i < n {
            i = stops.next(b, i);
            if i >= n {
                break;
            }
            if b[i] == b'\n' {
                let j = skip_hspace(b, i + 1);
                if j < n && b[j] == b'\n' {
                    push(start, i);
                    start = j;
                    i = j;
                } else {
                    if scan.newline_ends_line(start, i) {
                        push(start, i);
                        start = i + 1;
                    }
                    i += 1;
                }
                continue;
            }
            let Some(run) = scan.run(start, i) else {
                i += 1;
                continue;
            };
            if scan.is_boundary(start, &run) {
                push(start, run.end);
                start = run.end;
            }
            i = run.end;
        }
        push(start, n);
        out
    }
}

/// Finds the bytes at which the scan stops: `.`, `?`, `!`, newline and `0xE2` (the lead byte of
/// `…`, U+2026, and of the curly quotes and dashes), the [`STOP`] bytes.
///
/// `memchr` searches for at most three bytes at once, so `?` and `!` (rare in news text) are found
/// by their own search, whose answer is kept until the scan passes it, and `.`, newline and `0xE2`
/// are searched only up to there. Each search passes over a stretch of text many bytes at a time
/// instead of looking a byte up in [`STOP`] at every step.
#[derive(Default)]
struct Stops {
    /// The first `?` or `!` at or after the last position asked for (`None` before the first
    /// search or once passed; the text's length when there is none).
    strong: Option<usize>,
}

impl Stops {
    /// The first stop byte of `b` at or after `i`, or `b.len()`; `i` never goes backwards between
    /// calls.
    fn next(&mut self, b: &[u8], i: usize) -> usize {
        let strong = match self.strong {
            Some(k) if k >= i => k,
            _ => {
                let k = b
                    .get(i..)
                    .and_then(|rest| memchr::memchr2(b'?', b'!', rest))
                    .map_or(b.len(), |k| i + k);
                self.strong = Some(k);
                k
            }
        };
        b.get(i..strong)
            .and_then(|part| memchr::memchr3(b'.', b'\n', 0xE2, part))
            .map_or(strong, |k| i + k)
    }
}

/// Bytes at which the scan stops: terminators, the lead byte of `…` (U+2026), and newline (the
/// reference [`Stops`] is tested against).
#[cfg(test)]
static STOP: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xE2] = true;
    t
};

/// A run of sentence-final punctuation: `text[start..term_end]` are terminators,
/// `text[term_end..end]` closing quotes/brackets.
struct Run {
    start: usize,
    term_end: usize,
    end: usize,
    kind: RunKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RunKind {
    /// A single `.`.
    Period,
    /// Two or more periods or `…`, without `?`/`!`.
    Ellipsis,
    /// Contains `?` or `!`.
    Strong,
}

/// What the character after a run (past whitespace and opening quotes) is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Next {
    Lower,
    Upper,
    Digit,
    Other,
}

/// How the word that a period closes behaves before a capitalised word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum WordClass {
    /// Not an abbreviation: the period ends the sentence.
    Plain,
    /// Precedes a name (`Dr.`, `Gen.`): never ends a sentence before a capitalised word.
    Title,
    /// Never ends a sentence (`e.g.`, `vs.`).
    Never,
    /// Almost always ends a sentence before a capitalised word (`etc.`).
    Final,
    /// A single letter: an initial (`V.`).
    Initial,
    /// Dotted acronym (`U.S.`, `p.m.`) or an abbreviation that also ends sentences (`Inc.`).
    Ambiguous,
}

/// How far back (bytes) the opening `"` of a quotation a sentence starts inside may be for the
/// sentence's first spaced `"` to close it ([`Scan::open_before`]): about four sentences.
const QUOTE_REACH: usize = 500;

struct Scan<'a> {
    s: &'a str,
    b: &'a [u8],
    policy: NewlinePolicy,
    /// `(sentence start, position, straight quotes in between)`: the last parity count, so
    /// counting quotes stays linear over the whole text however many candidates a sentence has.
    quotes: std::cell::Cell<(usize, usize, usize)>,
    /// `(position, straight quotes before it, the last of them)`: the parity of the text before
    /// a sentence ([`Scan::open_before`]), counted incrementally.
    before: std::cell::Cell<(usize, usize, Option<usize>)>,
    /// The whole text `s` was cut from: whether it is lower-cased is a property of the article,
    /// not of one paragraph.
    whole: &'a str,
    /// Whether `whole` is lower-cased text (see [`is_lower_cased`]), decided on first need.
    lower_cased: std::cell::OnceCell<bool>,
}

/// Byte length of the terminator at `i` (`.`, `?`, `!`, `…`), or 0.
#[inline]
fn term_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'.' | b'?' | b'!' => 1,
        0xE2 if b.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => 3,
        _ => 0,
    }
}

/// Byte length of the closing quote or bracket at `i`, or 0.
#[inline]
fn closer_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'"' | b'\'' | b')' | b']' => 1,
        // ” ’
        0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x9D | 0x99])) => 3,
        // »
        0xC2 if b.get(i + 1) == Some(&0xBB) => 2,
        // `�?`: a curly closing mark mangled by a wrong decoding (see [`is_mangled_closer`]).
        0xEF if is_mangled_closer(b, i + 3)
            && !b.get(i + 4).is_some_and(u8::is_ascii_alphanumeric) =>
        {
            4
        }
        _ => 0,
    }
}

/// True when the byte at `q` is a `?` right after U+FFFD (`EF BF BD`): what a curly closing mark
/// `”` (`E2 80 9D`) becomes when it is read as Windows-1252, where `9D` is no character, and
/// written out again (`the so-called "asian unicorn�? was seen`, `all steps we need to take, �?
/// bloomberg said`). That `?` ends no question: it is the rest of a quotation mark, which closes
/// like `”` (a sentence ending `… horns.�? humans so seldom …` ends at it) unless a word is
/// attached after it (`said. �?it's huge`: a mangled opening mark). Multi-News has 62 of them
/// in val; it took each for a sentence end.
#[inline]
fn is_mangled_closer(b: &[u8], q: usize) -> bool {
    b.get(q) == Some(&b'?') && q >= 3 && b[q - 3..q] == [0xEF, 0xBF, 0xBD]
}

/// True when `text[mark]` holds nothing but closing quotes and brackets (and spaces between
/// them) and one of them closes what is open before it: a curly closer, a `"` after an odd
/// number of them since `from` (the paragraph's start), a bracket opened in `last` (the
/// sentence before). A lone `'` says nothing (apostrophes).
// Asked only for a span of closing marks alone, a few dozen times in all of val.
#[allow(clippy::naive_bytecount)]
fn closes_before(text: &str, from: usize, last: Span, mark: Span) -> bool {
    let b = &text.as_bytes()[mark.range()];
    let mut i = 0;
    let mut closes = false;
    while i < b.len() {
        let len = closer_len(b, i);
        if len == 0 && !b[i].is_ascii_whitespace() {
            return false;
        }
        closes |= match b[i] {
            b'"' => {
                text.as_bytes()[from..mark.start]
                    .iter()
                    .filter(|&&c| c == b'"')
                    .count()
                    % 2
                    == 1
            }
            b')' | b']' => {
                let open = if b[i] == b')' { b'(' } else { b'[' };
                let inside = &text.as_bytes()[last.range()];
                inside.iter().filter(|&&c| c == open).count()
                    > inside.iter().filter(|&&c| c == b[i]).count()
            }
            b'\'' | b' ' | b'\t' | b'\n' | b'\r' => false,
            _ => true,
        };
        i += len.max(1);
    }
    closes
}

/// Byte length of the opening quote or bracket at `i`, or 0.
#[inline]
fn opener_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'"' | b'\'' | b'(' | b'[' | b'`' => 1,
        // “ ‘
        0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x9C | 0x98])) => 3,
        // «
        0xC2 if b.get(i + 1) == Some(&0xAB) => 2,
        _ => 0,
    }
}

/// First index at or after `i` that is not a space, tab or carriage return.
#[inline]
fn skip_hspace(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r') {
        i += 1;
    }
    i
}

impl Scan<'_> {
    /// First char boundary at or after `i` that is not whitespace (Unicode aware), and the number
    /// of newlines skipped.
    fn skip_ws(&self, mut i: usize) -> (usize, usize) {
        let mut newlines = 0;
        while i < self.b.len() {
            let c = self.b[i];
            if c < 0x80 {
                if !c.is_ascii_whitespace() && c != 0x0B {
                    break;
                }
                newlines += usize::from(c == b'\n');
                i += 1;
            } else {
                match self.s[i..].chars().next() {
                    Some(ch) if ch.is_whitespace() => i += ch.len_utf8(),
                    _ => break,
                }
            }
        }
        (i, newlines)
    }

    /// The terminator run starting at `i`, if `i` starts a terminator, in the sentence that
    /// started at `sent_start`.
    fn run(&self, sent_start: usize, i: usize) -> Option<Run> {
        let b = self.b;
        if is_mangled_closer(b, i) {
            return None;
        }
        let mut j = i;
        let (mut dots, mut strong, mut ellipsis) = (0usize, false, false);
        loop {
            if j >= b.len() {
                break;
            }
            let len = term_len(b, j);
            if len == 0 {
                break;
            }
            match b[j] {
                b'.' => dots += 1,
                b'?' | b'!' => strong = true,
                _ => ellipsis = true,
            }
            j += len;
        }
        if j == i {
            return None;
        }
        let term_end = j;
        while j < b.len() {
            let len = closer_len(b, j);
            if len == 0 {
                break;
            }
            j += len;
        }
        // Closers after spaces still close this sentence (tokenised text spaces them:
        // `dangerous . "`, `( d-fla. )`, PTB `said . ''`). A straight `"` closes only when the
        // sentence has an odd number of them so far and it is not attached to the next word;
        // otherwise it opens the next sentence.
        loop {
            let k = skip_hspace(b, j);
            if k == j || k >= b.len() {
                break;
            }
            let len = match b[k] {
                b')' | b']' => 1,
                b'\'' if b.get(k + 1) == Some(&b'\'') => 2,
                // A `"` attached to the next word opens a quote whatever the parity says
                // (`event. "as the questioner`), and so does one after an attribution
                // (`it, " he said. " bullets first`): the count is off when a quote spans
                // sentences.
                b'"' if !b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric)
                    && self.closes_straight(sent_start, i, j, strong || ellipsis || dots > 1) =>
                {
                    1
                }
                // Multi-News spaces a single quote inside a double one (`a big shark! ' " and`):
                // it closes with the `"` after it.
                b'\'' if b.get(k + 1) != Some(&b'\'') => {
                    let q = skip_hspace(b, k + 1);
                    if q > k + 1
                        && b.get(q) == Some(&b'"')
                        && !b.get(q + 1).is_some_and(u8::is_ascii_alphanumeric)
                        && self.closes_straight(sent_start, i, j, strong || ellipsis || dots > 1)
                    {
                        q + 1 - k
                    } else {
                        // After `?`/`!` a single mark spaced on both sides closes the quotation
                        // inside the one it ends (`said, 'where's the chicken? ' i thought`,
                        // `' of what? ' and they were like`, `' whose blood will be shed? '
                        // "i want`): all 45 such marks in val close, none opens; the words
                        // after it decide the boundary. (A spaced `"` after it was read above.)
                        usize::from(
                            strong
                                && q > k + 1
                                && (b.get(q) != Some(&b'"')
                                    || b.get(q + 1).is_some_and(u8::is_ascii_alphanumeric))
                                && self.is_lower_cased(),
                        )
                    }
                }
                // ” » and a mangled ” (`amok! �? the candidate posted`)
                0xE2 if b.get(k + 1..k + 3) == Some(&[0x80, 0x9D]) => 3,
                0xC2 if b.get(k + 1) == Some(&0xBB) => 2,
                0xEF if is_mangled_closer(b, k + 3)
                    && !b.get(k + 4).is_some_and(u8::is_ascii_alphanumeric) =>
                {
                    4
                }
                _ => 0,
            };
            if len == 0 {
                break;
            }
            j = k + len;
        }
        let kind = if strong {
            RunKind::Strong
        } else if ellipsis || dots > 1 {
            RunKind::Ellipsis
        } else {
            RunKind::Period
        };
        Some(Run {
            start: i,
            term_end,
            end: j,
            kind,
        })
    }

    /// Whether a spaced straight `"` after the terminator run `text[i..j]` closes a quote: the
    /// sentence so far has an odd number of them and the last did not close after an attribution;
    /// or it has none and sits inside a quotation an earlier sentence opened, close by
    /// (`" this is a difficult decision. I've talked it over with my money. " trevor potter`: the
    /// mark ends the third sentence, it does not open the next). Without the second case the
    /// closing mark of every quotation longer than a sentence opened the sentence after it. The
    /// second case is only read after a period: after `?`, `!` or an ellipsis a closing mark
    /// before a lower-case word continues the sentence (`“Why?” he asked`), which in lower-cased
    /// text glued the next sentence on (`cancel order! " asked by reporters, trump said …`).
    fn closes_straight(&self, sent_start: usize, i: usize, j: usize, not_period: bool) -> bool {
        // The `"` of a spaced `' "` after the run closes a quotation with a quotation inside
        // it; there the last mark's shape is read as it is (see [`Scan::last_quote_closed`]).
        let nested = self.b.get(skip_hspace(self.b, j)) == Some(&b'\'');
        // A closer the run took already (`duties. " " they are`, `the press. " " we have`, a
        // mangled one: `he had to die.�? " mythbusters, " however`): the next mark opens.
        if self.b[i..j].iter().any(|&c| c == b'"' || c == 0xEF) {
            return false;
        }
        match self.straight_quotes(sent_start, j) {
            // After `?`, `!` or an ellipsis only in lower-cased text, where the words after the
            // mark decide the boundary ([`Scan::quote_goes_on`]).
            0 => (!not_period || self.is_lower_cased()) && self.open_before(sent_start),
            // A sentence that starts inside a quotation an earlier one opened, its first mark
            // closing that quotation (`in one step, " boehner said`), has an even count when its
            // own last mark opened a quotation, whose closer this is (`… " boehner said on " fox
            // news sunday. " last week`). A first mark inside a clause (`doctors " afloat "
            // with`) is no such closer: the parity of the text before is off there.
            n if n % 2 == 0
                && self.first_quote_closes(sent_start, j)
                && self.open_before(sent_start) =>
            {
                !self.last_quote_closed(sent_start, i, !nested)
            }
            n => n % 2 == 1 && !self.last_quote_closed(sent_start, i, !nested),
        }
    }

    /// True when the first `"` in `text[sent_start..end]` has the shape of a closing mark: it
    /// follows a comma, `?`, `!`, a period or a closing single quote and is not attached to the
    /// next word (`… in one step, " boehner said`, `they said ` no, ' " ferguson quipped`).
    /// Looks at most 200 bytes in, so the scan stays linear.
    fn first_quote_closes(&self, sent_start: usize, end: usize) -> bool {
        let to = end.min(sent_start + 200);
        let Some(q) = self.b[sent_start..to].iter().position(|&c| c == b'"') else {
            return false;
        };
        let q = sent_start + q;
        !self.b.get(q + 1).is_some_and(u8::is_ascii_alphanumeric)
            && matches!(
                self.b[sent_start..q].trim_ascii_end().last(),
                Some(b',' | b'?' | b'!' | b'.' | b'\'')
            )
    }

    /// True when `text[..sent_start]` has an odd number of `"`, the last of them within
    /// [`QUOTE_REACH`] bytes: the sentence starts inside a quotation. The reach bounds how far a
    /// stray mark (an inch sign, a quotation that lost its closing mark) can mislead.
    // Counted incrementally like `straight_quotes`: sentence starts only move forward.
    #[allow(clippy::naive_bytecount)]
    fn open_before(&self, sent_start: usize) -> bool {
        let (pos, count, last) = self.before.get();
        let (from, base, mut last) = if pos <= sent_start {
            (pos, count, last)
        } else {
            (0, 0, None)
        };
        let mut count = base;
        for (p, &c) in self.b[from..sent_start].iter().enumerate() {
            if c == b'"' {
                count += 1;
                last = Some(from + p);
            }
        }
        self.before.set((sent_start, count, last));
        count % 2 == 1 && last.is_some_and(|l| sent_start - l <= QUOTE_REACH)
    }

    /// Number of `"` in `text[sent_start..end]`, counted incrementally from the last call.
    // The spans counted are short and each byte is counted once; not worth the `bytecount` crate.
    #[allow(clippy::naive_bytecount)]
    fn straight_quotes(&self, sent_start: usize, end: usize) -> usize {
        let (start, pos, count) = self.quotes.get();
        let (from, base) = if start == sent_start && pos <= end {
            (pos, count)
        } else {
            (sent_start, 0)
        };
        let count = base + self.b[from..end].iter().filter(|&&c| c == b'"').count();
        self.quotes.set((sent_start, end, count));
        count
    }

    /// True when the last `"` in `text[sent_start..end]` closed a quote: it follows a comma,
    /// `?` or `!` (`it, " he said`), also past a spaced single closing mark (`tale, ' " wolf
    /// said`) when `past_single` is set. Looks back at most 200 bytes so the scan stays linear.
    fn last_quote_closed(&self, sent_start: usize, end: usize, past_single: bool) -> bool {
        let from = sent_start.max(end.saturating_sub(200));
        let Some(q) = self.b[from..end].iter().rposition(|&c| c == b'"') else {
            return false;
        };
        // A mark attached to the word after it opened (`the question, "when will …`).
        if self
            .b
            .get(from + q + 1)
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            return false;
        }
        let mut before = self.b[from..from + q].trim_ascii_end();
        // A spaced single mark closes a quotation inside this one with it (`in ' the handmaid's
        // tale, ' " wolf said`): the punctuation before that mark decides.
        if let [rest @ .., b' ', b'\''] = before
            && past_single
        {
            before = rest.trim_ascii_end();
        }
        match before.last() {
            Some(b'?' | b'!') => true,
            // `it, " he said` closed; `" the circumstances, " he replied, " are …` reopened
            // after the attribution, so that mark opens (the parity sees it).
            Some(b',') => {
                let words = before[..before.len() - 1].trim_ascii_end();
                let start = words
                    .iter()
                    .rposition(|c| !c.is_ascii_alphabetic())
                    .map_or(0, |p| p + 1);
                let word = std::str::from_utf8(&words[start..]).unwrap_or("");
                // A mark after a comma closes when an attribution follows (`heat, " said jim
                // keeney`), or, as the sentence's first, when the text before the sentence left
                // a quotation open (`the government, " colbert teased`); else it opens one
                // (`signs that read, " a convicted sexual predator... lives here. "`).
                let first = !self.b[sent_start..from + q].contains(&b'"');
                !is_speech_verb(&word.to_ascii_lowercase())
                    && (self.attribution_near(skip_hspace(self.b, from + q + 1))
                        || (first && self.open_before(sent_start)))
            }
            _ => false,
        }
    }

    /// True when the char before byte `i` is whitespace (the terminator is a stand-alone token).
    fn space_before(&self, i: usize) -> bool {
        self.s[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_whitespace)
    }

    /// Classifies the char at `m` (a char boundary).
    fn next_kind(&self, m: usize) -> Next {
        match self.s[m..].chars().next() {
            Some(c) if c.is_lowercase() => Next::Lower,
            Some(c) if c.is_uppercase() => Next::Upper,
            Some(c) if c.is_numeric() => Next::Digit,
            _ => Next::Other,
        }
    }

    /// Skips opening quotes/brackets from `k` (and spaces between them, as in tokenised text);
    /// returns the position after them and whether a quote (not a bracket) was among them.
    fn skip_openers(&self, mut k: usize) -> (usize, bool) {
        let mut quoted = false;
        let mut any = false;
        while k < self.b.len() {
            let len = opener_len(self.b, k);
            if len == 0 {
                break;
            }
            quoted |= !matches!(self.b[k], b'(' | b'[');
            any = true;
            k = skip_hspace(self.b, k + len);
        }
        if any {
            // Back off trailing spaces so `k` is where the next token starts either way.
            k = self.skip_ws(k).0;
        }
        (k, quoted)
    }

    /// The word a period at `end` closes: the text since the last whitespace (not before
    /// `from`), without leading opening quotes/brackets.
    fn word_before(&self, from: usize, end: usize) -> &str {
        // Look back at most 64 bytes so text without spaces stays linear; longer "words" are
        // never abbreviations anyway.
        let mut from = from.max(end.saturating_sub(64));
        while !self.s.is_char_boundary(from) {
            from += 1;
        }
        let seg = &self.s[from..end];
        let w = match seg.rfind(char::is_whitespace) {
            Some(p) => &seg[p + seg[p..].chars().next().map_or(1, char::len_utf8)..],
            None => seg,
        };
        w.trim_start_matches(['"', '\'', '(', '[', '`', '“', '‘', '«'])
    }

    /// The alphabetic word starting at `m` (may be empty).
    fn word_at(&self, m: usize) -> &str {
        let rest = &self.s[m..];
        let end = rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(rest.len(), |(p, _)| p);
        &rest[..end]
    }

    /// In lower-cased text (Multi-News), a capitalised starter after a dotted acronym carries no
    /// evidence: the dataset's own splitter broke after `p.m.` and `u.s.` and re-capitalised the
    /// next word (`at 9 a.m. By a bomb scare`, `at 6: 53 p.m. On sunday, police`, `the u.s. And
    /// russia`). There the words decide. After `a.m.`/`p.m.` a preposition or conjunction goes on
    /// with the clause of its time (`10: 30 a.m. And opened fire`, `from 10 a.m. To 5 p.m.`),
    /// unless the time is a stamp opening the sentence (`___ 9: 00 a.m. In the keys, …`) or the
    /// preposition takes a number (`at 2: 42 p.m. By 2: 47, the dow …`); after another dotted
    /// acronym or a lower-case abbreviation `And`/`Or`, auxiliaries and prepositions go on (`the
    /// u.s. And canada`, `netflix inc. Has recruited`, `flights to the u.k. From yemen`), except a
    /// preposition taking a number or opening a sentence adverbial (`the u.s. As a result, …`);
    /// after an initial only `And`/`Or` goes on (`the john d. And catherine t. Macarthur`).
    /// After a time or an acronym `During` goes on like the other prepositions (`hit the u.k.
    /// During a storm`), `At` before a street number too (`around 10 a.m. At 285 madison
    /// avenue`), and so does `That` opening an object clause (`police said at 2: 05 p.m. That
    /// the boy had died`, not `at 7 p.m. That night`); after an acronym an adverb before an
    /// auxiliary goes on (`ardie fuqua jr. Also were injured`).
    /// In cased text a capital means what it says, so nothing changes there.
    fn recapitalised_continuation(&self, sent_start: usize, run: &Run, w: &str, m: usize) -> bool {
        let next = self.word_at(m);
        let conjunction = next.eq_ignore_ascii_case("and") || next.eq_ignore_ascii_case("or");
        let time = w.eq_ignore_ascii_case("a.m") || w.eq_ignore_ascii_case("p.m");
        let acronym = w.contains('.') || is_lower_case_abbreviation(w);
        // `the john d. And catherine t. Macarthur foundation`, `robert f. And maureen
        // mcdonnell`: an initial inside a name before `and` is re-capitalised like an acronym
        // (only the conjunction: `the royal society b. In the study` ends a sentence).
        let initial = w.len() == 1 && w.bytes().all(|c| c.is_ascii_alphabetic());
        // `washburn ave s. In the fulton neighborhood`, `4890 22 ave. S. In st. Petersburg`: a
        // compass letter after a street's name is part of the address, an abbreviation like
        // the street's, not an initial (`avenue ne. The suspect` still splits).
        let acronym = acronym
            || (is_compass(w)
                && is_street_word(
                    self.s[sent_start..run.start - w.len()]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .unwrap_or(""),
                ));
        // `netflix inc. Has recruited`, `the u.s. Is also blocking`: after a name's abbreviation
        // an auxiliary is its verb (a question rarely follows one).
        let verb = acronym && !time && is_auxiliary(next);
        // A state closes a place, which often ends a sentence (`in tucson, ariz. While he …`).
        let link = (time || (acronym && !is_state_abbreviation(w))) && is_clause_link(next);
        let after = self.skip_ws(m + next.len()).0;
        // `police said at 2: 05 p.m. That the little boy had died`, `told the f.b.i. That he
        // was`: `that` opens the object clause of the verb before, unless it is a determiner
        // of time (`at 7 p.m. That night`) or the subject of a new sentence (`That was`,
        // `That's`).
        let object = (time || acronym)
            && next.eq_ignore_ascii_case("that")
            && self.b.get(m + next.len()) == Some(&b' ')
            && !is_that_sentence_word(self.word_at(after));
        // `millea and ardie fuqua jr. Also were critically injured`: an adverb before an
        // auxiliary stands between a name's subject and its verb, and so it does before a past
        // verb (`samsung electronics co. Also showcased`, `the f.d.a. Also warned`), unless an
        // auxiliary follows that verb (`Also injured were two boys`, an inverted sentence).
        let adverb = acronym && !time && is_preverbal_adverb(next) && {
            let v = self.word_at(after);
            is_auxiliary(v)
                || (is_past_verb(v) && !is_auxiliary(self.word_at(self.skip_ws(after + v.len()).0)))
        };
        // `adults in the u.s. Who experienced`, `in buena park, calif. Where one woman was
        // fatally injured`, `left about 6: 20 p.m. Only to show up`: a relative pronoun goes on
        // with the noun before it, unless its clause asks (`in the u.s. Who is to blame?`), and
        // `Only to` with the clause before it.
        let relative = (time || acronym)
            && ["who", "whose", "which", "where"]
                .iter()
                .any(|r| next.eq_ignore_ascii_case(r))
            && !self.clause_asks(m);
        let result = (time || acronym)
            && next.eq_ignore_ascii_case("only")
            && self.word_at(after).eq_ignore_ascii_case("to");
        // `most of which were in the u.s. But included arrests in argentina`, `to speak at 4:
        // 30 p.m. But backed out`, `piala inc. Only introduced the perk`, `8 oz. And measured
        // 20 inches`: a conjunction or `Only` right before a past verb adds a second predicate
        // to the subject before the abbreviation (it has no subject of its own), unless the
        // verb is a participle opening a phrase with its preposition (`And based on …, they`,
        // `Yet compared to microsoft, apple has`).
        let predicate = (time || acronym)
            && ["but", "and", "yet", "only"]
                .iter()
                .any(|c| next.eq_ignore_ascii_case(c))
            && {
                let v = self.word_at(after);
                let then = self.skip_ws(after + v.len()).0;
                v.len() > 4
                    && v.ends_with("ed")
                    && self.b.get(after + v.len()) == Some(&b' ')
                    && !is_auxiliary(self.word_at(then))
                    && !is_clause_link(self.word_at(then))
                    && !self.word_at(then).eq_ignore_ascii_case("about")
            };
        // `the first total solar eclipse across the u.s. In 99 years.`, `a patrol car in san
        // francisco, calif. On wednesday, june 26, 2014.`, `turn in the equipment by 5 p.m. The
        // next day.`: a time adverbial that runs to the sentence's end has no verb, so it is no
        // sentence but the end of the clause before (asked last: the other cues are cheaper).
        // `suspended just before 5 p.m. Because of weather conditions, police said.`, `to
        // enter the u.s. So they can have a chance`, `travel to the u.s. So that he could
        // attend`: a clause of reason or purpose goes on with the clause it explains, unless
        // it was fronted before a main clause (`u.s. Because of the storm, the game was
        // called`) or `So` opens a question (`the u.s. So would hazmat suits help`).
        let reason =
            (time || acronym) && next.eq_ignore_ascii_case("because") && self.reason_ends(after);
        let purpose =
            (time || acronym) && next.eq_ignore_ascii_case("so") && self.purpose_at(after);
        // `gave the f.b.i. An account of the night`, `awarded chicago-based boeing co. A $ 3.9
        // billion contract`: after a verb of giving, the name is its first object and an
        // article opens the second.
        let second_object = acronym
            && !time
            && ["a", "an", "the"]
                .iter()
                .any(|d| next.eq_ignore_ascii_case(d))
            && gives_to(&self.s[sent_start..run.start.saturating_sub(w.len())]);
        let goes_on = verb
            || object
            || second_object
            || adverb
            || relative
            || result
            || predicate
            || reason
            || purpose
            || (conjunction && !time);
        let dated = !goes_on && (time || acronym) && self.time_phrase_ends(m);
        if !((conjunction && (acronym || initial)) || link || goes_on || dated)
            || !self.is_lower_cased()
        {
            return false;
        }
        if goes_on || dated {
            return true;
        }
        // `pronounced dead at 1 p.m. While many fans don't remember him, there's an army …`,
        // `in washington, d.c. After that, it probably will go …`: a subordinate clause that a
        // main clause follows after its comma was fronted, so it opens a sentence; so was a
        // prepositional phrase (`made in the u.s. On thursday, mr. Trump announced …`, `for
        // facebook in washington, d.c. In the wake of that, some called …`). `And`, `Or` and
        // `To` join or range (`from 10 a.m. To 5 p.m., the doors …`).
        // After a time a phrase of its date goes on with it (`at 6: 53 p.m. On sunday,
        // richmond police were called`, `at about 3 p.m. With duran, a wanted parolee, …`), so
        // only a subordinate clause is fronted there. A phrase is no fronted one when a
        // subordinate or relative clause before it still waits for its main clause (`When
        // mccall tried to contact t.z. On facebook …, he allegedly saw`) or when it takes a
        // gerund (`protect their companies outside the u.s. From being taxed`).
        let subordinator = ["when", "while", "as", "after", "before", "since"]
            .iter()
            .any(|c| next.eq_ignore_ascii_case(c));
        let fronted = if time {
            subordinator
        } else {
            subordinator
                || !conjunction
                    && !next.eq_ignore_ascii_case("to")
                    && !self.word_at(after).ends_with("ing")
                    && !opens_clause(&self.s[sent_start..run.start])
        };
        if link
            && fronted
            && self.fronted_clause(after)
            && !(time && self.time_heads_or_modifies(sent_start, run, w))
        {
            return false;
        }
        // `By 2: 47, …` / `In 2015, …`: a preposition with a number opens a new adverbial; a
        // range (`To 5 p.m.`, `And 7 p.m.`) and a street address (`around 10 a.m. At 285
        // madison avenue`) continue.
        // `As` before a number is the conjunction of a clause, not a preposition (`gripped much
        // of the u.s. As 2018 began, breaking …`).
        // `From`, `For` and `With` before a number go on unless a main clause follows the
        // phrase's comma (`For 2016, the company expects …`): `fell 8 % in the u.s. From 2007
        // to 2010`, `has lived in the u.s. For 7 years.`, `around 8: 30 a.m. For 45 minutes
        // of questioning`, `charged by the u.s. With 15 counts of conspiracy`.
        let measure = || {
            ["from", "for", "with"]
                .iter()
                .any(|c| next.eq_ignore_ascii_case(c))
                && !self.fronted_clause(after)
        };
        let number = self.b.get(after).is_some_and(u8::is_ascii_digit)
            && !next.eq_ignore_ascii_case("as")
            && !measure();
        let address = next.eq_ignore_ascii_case("at") && self.address_at(after);
        if number && !conjunction && !next.eq_ignore_ascii_case("to") && !address {
            return false;
        }
        if !time {
            // `the u.s. As a result, …`: a sentence adverbial opens a sentence.
            return !opens_sentence_adverbial(&self.s[m..]);
        }
        // A time that opens the sentence, alone or in a stamp (`Updated: monday, 8: 29 a.m.`,
        // `At 3: 02 p.m.`), is a heading of what follows.
        let before = &self.s[sent_start..run.start.saturating_sub(w.len())];
        !before
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|t| !t.is_empty())
            .all(is_stamp_word)
    }

    /// True when the subordinate clause or prepositional phrase from `k` (after its `When`,
    /// `While`, `As`, `On`, `In`, …) ends on a comma within 150 bytes and a main clause follows:
    /// a subject pronoun (`, he was found`, `, there's an army`) or a word with an auxiliary or
    /// past verb right after it (`, heavy was conscious`, `, 16 billboards went up`). Not a closing attribution (`, romeoville police chief mark turvey
    /// said.`: a speech verb within six words), `according to`, a participle (`, allowing`) or
    /// a coordinated or relative clause (`, and was waiting`).
    fn fronted_clause(&self, k: usize) -> bool {
        let end = (k + 150).min(self.b.len());
        let Some(comma) = self.b[k..end]
            .iter()
            .position(|c| matches!(c, b',' | b'.' | b'?' | b'!' | b';' | b'"'))
            .filter(|&p| self.b[k + p] == b',')
        else {
            return false;
        };
        let tail = &self.s[k + comma + 1..];
        let mut words = tail
            .split_whitespace()
            .take(6)
            .map(|t| t.trim_end_matches([',', '.', ';', ':', '"']));
        let Some(subject) = words.next() else {
            return false;
        };
        // A verb (`, were romantically involved`) or a conjunction (`At all, since ford saw
        // it`) after the comma opens no main clause.
        if subject.ends_with("ing")
            || is_past_verb(subject)
            || is_auxiliary(subject)
            || matches!(
                subject,
                "according"
                    | "and"
                    | "or"
                    | "but"
                    | "which"
                    | "who"
                    | "whose"
                    | "where"
                    | "then"
                    | "as"
                    | "since"
                    | "when"
                    | "while"
                    | "because"
                    | "if"
                    | "although"
                    | "though"
                    | "so"
            )
        {
            return false;
        }
        let pronoun = matches!(
            subject.split('\'').next().unwrap_or(subject),
            "he" | "she" | "they" | "we" | "i" | "it" | "someone" | "there"
        );
        let mut verb = false;
        for (i, t) in words.enumerate() {
            if is_speech_verb(t) {
                return false;
            }
            verb |= i < 2
                && (is_auxiliary(t) || (t.len() > 4 && t.ends_with("ed")) || is_irregular_past(t));
        }
        pronoun || verb
    }

    /// True when the clause from `k`, after a `Because`, reaches its sentence's end within 150
    /// bytes with no comma, or only a comma before an attribution (`Because of weather
    /// conditions, police said.`): it adds a reason to the clause before. A comma before
    /// anything else closes a fronted clause, which opens a sentence (`Because of the war, the
    /// family lost everything`).
    fn reason_ends(&self, k: usize) -> bool {
        let end = (k + 150).min(self.b.len());
        let Some(p) = self.b[k..end]
            .iter()
            .position(|c| matches!(c, b',' | b'.' | b'?' | b'!' | b';' | b'"'))
        else {
            return false;
        };
        if self.b[k + p] != b',' {
            return true;
        }
        self.s[k + p + 1..]
            .split_whitespace()
            .take(6)
            .map(|t| t.trim_end_matches([',', '.', ';', ':', '"']))
            .any(is_speech_verb)
    }

    /// True when the words from `k`, after a `So`, make it a conjunction of purpose: `that`
    /// before a space (`So that he could attend`) or a subject of one or two words before a
    /// modal (`So they can have`, `So the van would not be`). A modal right after `So` asks a
    /// question or inverts (`So would hazmat suits help`, `So can a soldier`), and a subject
    /// without a modal is a sentence of its own (`So he turned to mlb`).
    fn purpose_at(&self, mut k: usize) -> bool {
        for i in 0..3 {
            let w = self.word_at(k);
            if w.is_empty() {
                return false;
            }
            let modal = ["can", "could", "would", "will", "might", "may", "should"]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v));
            if i == 0 && w.eq_ignore_ascii_case("that") {
                return self.b.get(k + w.len()) == Some(&b' ');
            }
            if modal {
                return i > 0;
            }
            k = skip_hspace(self.b, k + w.len());
        }
        false
    }

    /// True when a capitalised number word at `m` opens a sentence after the acronym, time or
    /// name's, place's or street's abbreviation `w` (`gangs in the u.s. One of the gangs …`,
    /// `crashed off longport, n.j. One swam to shore`, `on park ave. Two men, 37 and 57, were
    /// walking`): a count is a subject there, nothing such an abbreviation is written before.
    /// Not a count of time, which goes on with the clause before (`the rev. martin luther king
    /// jr. Five years later`), nor after a numbering abbreviation (`the No. One seed`).
    fn count_opens(&self, w: &str, m: usize) -> bool {
        const COUNTS: [&str; 10] = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ];
        const TIME_UNITS: [&str; 8] = [
            "year", "day", "week", "month", "hour", "minute", "decade", "centur",
        ];
        let count = self.word_at(m);
        if !COUNTS.iter().any(|c| count.eq_ignore_ascii_case(c))
            || self.b.get(m + count.len()) != Some(&b' ')
        {
            return false;
        }
        let unit = self.word_at(m + count.len() + 1);
        let named = w.contains('.')
            || ascii_lower(w, &mut [0u8; 5])
                .and_then(|lower| std::str::from_utf8(lower).ok())
                .is_some_and(is_lower_case_abbreviation);
        named
            && !TIME_UNITS.iter().any(|t| {
                unit.get(..t.len())
                    .is_some_and(|u| u.eq_ignore_ascii_case(t))
            })
    }

    /// True when the words from `m` to the end of their sentence are a time adverbial alone and
    /// end on a period, the text's end, a dash, or a comma before `and`/`but`/`or`: at most
    /// eight words of dates and times (numbers, `15th`, month and weekday names, `day`, `year`,
    /// `afternoon`, …, at least one of them) and the prepositions, determiners and adverbs
    /// around them (`In 99 years.`, `On the afternoon of march 15th.`, `On tuesday, august 29,
    /// 2017.`, `Later that year.`, `The next day.`, `Each year – an average of …`).
    /// Such a phrase has no verb, so it cannot be a sentence of its own.
    fn time_phrase_ends(&self, m: usize) -> bool {
        let b = self.b;
        let mut k = m;
        let mut dated = false;
        for _ in 0..8 {
            let len = if b.get(k).is_some_and(u8::is_ascii_digit) {
                let digits = b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
                let suffix = self.word_at(k + digits);
                if !matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "s") {
                    return false;
                }
                dated = true;
                digits + suffix.len()
            } else {
                let w = self.word_at(k);
                let mut buf = [0u8; 10];
                let Some(lower) = ascii_lower(w, &mut buf).filter(|l| !l.is_empty()) else {
                    return false;
                };
                let unit = is_time_unit(lower) || crate::time::is_month_or_weekday(w);
                if !unit && !is_time_phrase_word(lower) {
                    return false;
                }
                dated |= unit;
                w.len()
            };
            k += len;
            if b.get(k) == Some(&b',') {
                k += 1;
                // `for the u.s. A decade ago, and then losing a child`, `by 5: 00 p.m. That
                // evening, but when …`: a conjunction after the phrase's comma joins a clause to
                // the one the abbreviation ended, not to a fronted adverbial (whose comma a
                // subject follows: `In 2004, when …, her lawyers asked`).
                let after = skip_hspace(b, k);
                if after > k && ["and", "but", "or"].contains(&self.word_at(after)) {
                    return dated;
                }
            }
            match b.get(k) {
                None => return dated,
                Some(b'.') => {
                    return dated && b.get(k + 1).is_none_or(u8::is_ascii_whitespace);
                }
                Some(b' ') => {
                    k = skip_hspace(b, k);
                    // `taking over the c.i.a. This year — and who denounced …`, `deaths in the
                    // u.s. Each year – an average of 6 …`: a dash after the phrase opens an
                    // aside or an apposition of the clause the abbreviation ended.
                    if b[k..].starts_with("—".as_bytes())
                        || b[k..].starts_with("–".as_bytes())
                        || b[k..].starts_with(b"-- ")
                    {
                        return dated;
                    }
                }
                Some(_) => return false,
            }
        }
        false
    }

    /// True when the clause from `m` is a question: a `?` comes before the next sentence end
    /// (a period, `!` or newline; a period before a lower-case word or inside a dotted word
    /// goes on) within 300 bytes.
    fn clause_asks(&self, m: usize) -> bool {
        let end = (m + 300).min(self.b.len());
        for (p, &c) in self.b[m..end].iter().enumerate() {
            match c {
                b'?' => return true,
                b'!' | b'\n' => return false,
                b'.' if self.b.get(m + p + 1).is_none_or(|&n| n == b' ')
                    && !self.b.get(m + p + 2).is_some_and(u8::is_ascii_lowercase) =>
                {
                    return false;
                }
                _ => {}
            }
        }
        false
    }

    /// True when the number at `k` is a street number: a house number followed by a lower-case
    /// street name or a compass point (`285 madison avenue`, `5088 w. pico`), not a time (`2:
    /// 47`, `5 p.m.`), a year with its comma (`2015,`) or a count (`18 people`, which a
    /// lower-cased text cannot tell from a street, so only after `at`).
    fn address_at(&self, k: usize) -> bool {
        let digits = self.b[k..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let Some(&b' ') = self.b.get(k + digits) else {
            return false;
        };
        let word = self.word_at(k + digits + 1);
        let dot = self.b.get(k + digits + 1 + word.len()) == Some(&b'.');
        match word.len() {
            0 => false,
            1 => dot && matches!(word, "n" | "s" | "e" | "w"),
            _ => word.starts_with(|c: char| c.is_ascii_lowercase()) && !is_stamp_word(word),
        }
    }

    /// In lower-cased text, a clause that the dataset's splitter re-capitalised after a clock
    /// time ending a sentence: `reported around 9 a.m. Police said they received …`, `just after
    /// 8 p.m. Witnesses said …`. The capital alone is no evidence (`4 a.m. Monday`, `7 p.m. Local
    /// time`), so the words decide: the next word is no word of a date or time and no
    /// preposition, and a finite verb follows it within three words (`Police sources said`,
    /// `Butler was`); the time neither opens the sentence (`Around 11 a.m. Apd says`, a time
    /// heading) nor stands after a determiner as a modifier (`the 11 p.m. Crash on …`).
    ///
    /// A state or province that closes a place after its comma (`in lakewood, colo. Hopkins was
    /// reported missing`, `in troy, n.y. Police say four people`) ends a sentence the same way:
    /// the place is complete, so a capitalised subject with its verb starts the next one, unless
    /// the clause is the sentence's closing attribution (`tuesday morning, d.c. Police said.`) or
    /// the place modifies a noun (`a sacramento, calif. Police officer beating`, no verb).
    /// After either a label opens what follows it (`by 7 p.m. Source: boulder county`).
    fn clause_after_time(&self, sent_start: usize, run: &Run, w: &str, m: usize) -> bool {
        let time = w.eq_ignore_ascii_case("a.m") || w.eq_ignore_ascii_case("p.m");
        let place = !time
            && (is_state_abbreviation(w) || is_dotted_state(w))
            && place_ends(&self.s[sent_start..run.start - w.len()]);
        if !(time || place) || !self.is_lower_cased() {
            return false;
        }
        let next = self.word_at(m).to_ascii_lowercase();
        if next.is_empty()
            || is_stamp_word(&next)
            || is_clause_link(&next)
            || is_starter(&next)
            || matches!(
                next.as_str(),
                "today"
                    | "tonight"
                    | "yesterday"
                    | "tomorrow"
                    | "eastern"
                    | "pacific"
                    | "central"
                    | "mountain"
                    | "following"
                    | "roughly"
                    | "about"
                    | "around"
            )
        {
            return false;
        }
        // A time heading what follows (`( all times local ): 9: 25 a.m.`) or modifying a noun
        // (`the 11 p.m. Crash`) is no sentence end.
        if time && self.time_heads_or_modifies(sent_start, run, w) {
            return false;
        }
        // A label opens what follows it (`at about 8 p.m. Updates: 11: 00 p.m.: we were
        // promised`, `4: 30 p.m. Source: boulder county`); a weekday or a time zone after the
        // time was turned away above (`7 p.m. Monday: newark airport`).
        if self.b.get(m + next.len()) == Some(&b':') {
            return true;
        }
        // A participle goes on with the time's clause (`left lax around 1: 20 a.m. Heading to
        // taipei`), and so does a verb only reached past a preposition.
        if next.ends_with("ing") {
            return false;
        }
        let rest = &self.s[m + next.len()..];
        rest.split_whitespace()
            .take(3)
            .map(|t| {
                let word = t
                    .trim_end_matches([',', '.', ';', ':'])
                    .to_ascii_lowercase();
                // `tuesday morning, d.c. Police said.`: a speech verb that ends the sentence
                // closes an attribution of the clause before the place.
                let tail = place && is_speech_verb(&word) && t.ends_with(['.', ',']);
                (word, tail)
            })
            // A dash opens an aside or a list (`montgomery county, md. Schools - cancelled`):
            // the verb past it is the bigger clause's.
            .take_while(|(t, tail)| {
                !is_clause_link(t) && !tail && !matches!(t.as_str(), "-" | "–" | "—" | "--")
            })
            .any(|(t, _)| {
                is_speech_verb(&t)
                    // `in memphis, tenn. Ray then fled north`, `in tallahassee, fla. Gillum lost
                    // the race`: after a place, whose clause is complete, a past verb is the
                    // subject's (after a time a participle may modify it: `shortly after 6 p.m.
                    // Troopers tried`, so the time keeps its short list).
                    || (place && (is_past_verb(&t) || is_irregular_past(&t)))
                    || matches!(
                        t.as_str(),
                        "was"
                            | "were"
                            | "is"
                            | "are"
                            | "has"
                            | "have"
                            | "had"
                            | "will"
                            | "would"
                            | "could"
                            | "reported"
                            | "arrived"
                            | "found"
                    )
            })
    }

    /// True when the time `w` before the run is a heading of what follows or a modifier: it
    /// follows a heading's colon, bracket or rule (`( all times local ): 9: 25 a.m.`, `___ 9:
    /// 00 a.m.`), opens the sentence alone or in a stamp, or stands after a determiner (`the 11
    /// p.m. Crash on …`).
    fn time_heads_or_modifies(&self, sent_start: usize, run: &Run, w: &str) -> bool {
        // The sentence before the time's number (`9`, `9: 30`).
        let head = self.s[sent_start..run.start.saturating_sub(w.len())]
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == ':');
        if head.ends_with([':', ')', '_', '-', '–', '—']) {
            return true;
        }
        let before: Vec<&str> = head
            .split(|c: char| !c.is_alphabetic() && c != '\'')
            .filter(|t| !t.is_empty())
            .collect();
        let opens = before.len() <= 2 || before.iter().all(|t| is_stamp_word(t));
        let modifier = before.last().is_some_and(|t| is_determiner(t));
        opens || modifier
    }

    /// Whether the whole text is lower-cased (see [`is_lower_cased`]), decided on first need.
    fn is_lower_cased(&self) -> bool {
        *self.lower_cased.get_or_init(|| is_lower_cased(self.whole))
    }

    /// Decides whether the run ends the sentence that started at `sent_start`.
    fn is_boundary(&self, sent_start: usize, run: &Run) -> bool {
        let n = self.b.len();
        if run.end >= n {
            return false;
        }
        let (k, newlines) = self.skip_ws(run.end);
        if k >= n {
            return false;
        }
        if k == run.end {
            return self.no_space_boundary(sent_start, run);
        }
        if newlines >= 2 {
            return true;
        }
        // `. . .`: the last terminator of the chain decides.
        if term_len(self.b, k) > 0 {
            return false;
        }
        let tokenised = run.start > sent_start && self.space_before(run.start);
        let (m, opened) = self.skip_openers(k);
        // Punctuation that cannot start a sentence (`( d-fla. ), house`).
        if m < n && matches!(self.b[m], b',' | b';' | b':' | b')' | b']' | b'}' | b'%') {
            return false;
        }
        let next = if m < n {
            self.next_kind(m)
        } else {
            Next::Other
        };
        if newlines == 1 && self.policy == NewlinePolicy::Boundary {
            return true;
        }
        let line_break = newlines == 1 && self.policy == NewlinePolicy::Heuristic;
        // The last dot of a tokenised `. . .` closes an ellipsis, not a word.
        let kind = if run.kind == RunKind::Period
            && tokenised
            && self.s[sent_start..run.start].trim_end().ends_with('.')
        {
            RunKind::Ellipsis
        } else {
            run.kind
        };
        match kind {
            RunKind::Strong => {
                if tokenised {
                    return true;
                }
                let closed = run.end > run.term_end;
                if closed && opened {
                    // `“Why?” “Because.”`: a quote closes and another opens.
                    return true;
                }
                // `a source tells e! news that`, `the jeopardy! studio`: a name written with
                // its `!` goes on.
                if !(opened || line_break && next == Next::Upper)
                    && self.bang_name(sent_start, run, m)
                {
                    return false;
                }
                if next == Next::Lower {
                    // `“Why?” he asked` continues; a bare `?` before a lower-case word is a
                    // boundary in lower-cased text, except after a brand inside a sentence
                    // (`shares of Yahoo! fell`; a first word is an exclamation: `Sad! shameful`).
                    // In lower-cased text the case says nothing, so after a quotation of
                    // whole sentences the words decide (`shout, "you killed my mom! " as that
                    // person`, but `the question, "when will this be over? " that's not a
                    // slam`); one inside a sentence goes on (`and "help! " by the beatles`).
                    if closed
                        && self.is_lower_cased()
                        && ((self.straight_closer(run) && self.quotes_sentences(sent_start, run))
                            || self.b[run.term_end..run.end].ends_with(b"'"))
                    {
                        return !self.quote_goes_on(m);
                    }
                    let w = self.word_before(sent_start, run.start);
                    let brand = run.term_end - run.start == 1
                        && self.b[run.start] == b'!'
                        && w.starts_with(char::is_uppercase)
                        && !self.s[sent_start..run.start - w.len()].trim().is_empty();
                    return !closed && !brand;
                }
                !(closed && !opened && self.attribution_at(m))
            }
            RunKind::Ellipsis => {
                if next == Next::Lower
                    && run.end > run.term_end
                    && self.straight_closer(run)
                    && self.is_lower_cased()
                    && self.quotes_sentences(sent_start, run)
                {
                    return !self.quote_goes_on(m);
                }
                next != Next::Lower
                    && (next != Next::Digit || tokenised || line_break)
                    && !self.ellipsis_in_short_quote(sent_start, run)
            }
            RunKind::Period => {
                if tokenised {
                    return true;
                }
                let whole = self.word_before(sent_start, run.start);
                if self.is_list_marker(sent_start, run.start, whole) {
                    return false;
                }
                // `anti-u.s. Mob protests`, `then-sen. John edwards`, `minneapolis-st. Paul`:
                // the period closes the compound's last part.
                let w = compound_tail(whole);
                let mut class = classify(w, false);
                if class == WordClass::Plain
                    && is_lower_case_abbreviation(w)
                    && self.is_lower_cased()
                {
                    // `in st. Louis`, `apple inc. Said`: lower-cased text writes every
                    // abbreviation in lower case.
                    class = WordClass::Ambiguous;
                }
                if run.end > run.term_end && opened && class == WordClass::Plain {
                    // `dangerous." "it is`: a quote closes and another opens (lower-cased data).
                    return true;
                }
                // A quotation mark after the period settles it whatever the case of the next
                // word, which lower-cased data (Multi-News) has lost: one that closes the quote
                // the period is in (`hurtful. " the announcement`) or one that clearly opens a
                // new quote (`after the event. "as the questioner`). Titles (`Mr. "Tony"`),
                // initials, dotted acronyms and abbreviations in any case (`inc. " we are`) stay
                // with the next word. (The quotation marks are asked about first: most periods
                // have none, and `classify` of the word again cost more than the rest of the
                // test.) A compound is its whole word here (`her shangri-la. " you can`).
                if !whole.is_empty()
                    && (self.closes_quote(run) || (opened && self.opens_quote(k)))
                    && matches!(classify(whole, true), WordClass::Plain | WordClass::Final)
                {
                    return true;
                }
                match next {
                    // `won't say. ) but it was`, `california ( $ 89.05. ) regional price`: in
                    // lower-cased text a period closing a plain word inside a bracket ends the
                    // sentence whatever the case after it (not a party tag, `( d-fla. ) said`,
                    // nor an abbreviation, `etc. ) the laser`).
                    // Not a list number alone in its bracket (`either ( 1. ) present`) nor a
                    // lower-case abbreviation (`( colonel, usaf, ret. )`, `( acme inc. )`).
                    // Likewise a bracket opening after such a period starts the next sentence
                    // (`the agency. ( the white house won't say. )`), as a capital would have
                    // marked.
                    Next::Lower => {
                        (self.b[run.term_end..run.end].contains(&b')') || self.b[k] == b'(')
                            && !whole.is_empty()
                            && !whole.contains('-')
                            && class == WordClass::Plain
                            && classify(whole, true) == WordClass::Plain
                            && !self.s[sent_start..run.start - whole.len()]
                                .trim_end()
                                .ends_with('(')
                            && self.is_lower_cased()
                    }
                    Next::Digit => {
                        line_break
                            || (classify(w, true) == WordClass::Plain
                                && !w.contains('.')
                                && !self.ounces_follow(w, m))
                    }
                    Next::Upper | Next::Other => match class {
                        // `a new moniker: inmate no. Nn7687.`, `adopted resolution no.
                        // R-517-15 on june 2`: lower-cased text writes `no` like the word, and a
                        // code with digits after it is the number it introduces.
                        WordClass::Plain => !(w.eq_ignore_ascii_case("no") && self.code_at(m)),
                        WordClass::Final => true,
                        WordClass::Title | WordClass::Never => false,
                        WordClass::Initial => {
                            m < n
                                && next == Next::Upper
                                && is_starter(self.word_at(m))
                                && !self.recapitalised_continuation(sent_start, run, w, m)
                                && !self.bracket_closes(sent_start, run)
                        }
                        WordClass::Ambiguous => {
                            line_break
                                || opened
                                || (m < n
                                    && next == Next::Upper
                                    && (is_starter(self.word_at(m))
                                        && !self.recapitalised_continuation(sent_start, run, w, m)
                                        || self.clause_after_time(sent_start, run, w, m)
                                        || self.count_opens(w, m))
                                    && !self.bracket_closes(sent_start, run))
                        }
                    },
                }
            }
        }
    }

    /// True when the token at `m` is a code with two or more digits in its first 12 bytes
    /// (`Nn7687`, `R-517-15`), the number a `no.` before it introduces; a name with one
    /// digit may open a sentence (`said no. U2 played on`).
    fn code_at(&self, m: usize) -> bool {
        self.b[m..]
            .iter()
            .take(12)
            .take_while(|c| !c.is_ascii_whitespace())
            .filter(|c| c.is_ascii_digit())
            .nth(1)
            .is_some()
    }

    /// True when the abbreviation's period ends no sentence because it stands inside a bracket
    /// that the sentence opened and that closes before any other stop within 100 bytes (`(
    /// released in the u.s. Only after her breakthrough )`, `( 8,600-sq. Feet )`): a sentence
    /// break would leave each half with one bracket.
    fn bracket_closes(&self, sent_start: usize, run: &Run) -> bool {
        let before = &self.b[sent_start..run.start];
        // Most sentences have no bracket: `memchr` finds that without a loop per byte.
        let Some(first) = memchr::memchr(b'(', before) else {
            return false;
        };
        let depth = before[first..].iter().fold(0i32, |d, &c| {
            d + i32::from(c == b'(') - i32::from(c == b')')
        });
        if depth <= 0 {
            return false;
        }
        let end = (run.end + 100).min(self.b.len());
        self.b[run.end..end]
            .iter()
            .find(|c| matches!(c, b')' | b'(' | b'.' | b'?' | b'!' | b'\n' | b'"'))
            == Some(&b')')
    }

    /// True when the period after pounds (`w` is `lb`/`lbs`, any case) goes on into the ounces
    /// of the same weight at `m` (`weighing 7 lbs. 3 oz.`, `6 lb. 8 oz.`): a number and `oz`.
    fn ounces_follow(&self, w: &str, m: usize) -> bool {
        if !(w.eq_ignore_ascii_case("lb") || w.eq_ignore_ascii_case("lbs")) {
            return false;
        }
        let digits = self.b[m..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let unit = skip_hspace(self.b, m + digits);
        unit > m + digits && self.word_at(unit).eq_ignore_ascii_case("oz")
    }

    /// True when a lone `!` (`run`, no closing mark) ends a name written with it, which the
    /// sentence goes on after (`a source tells e! news that …`, `the jeopardy! studio`, `try
    /// the yahoo! home page`): a one-letter word (`e!`, `p! nk`; not `a`, `i`, `o` or `u`,
    /// which are words of their own) or one of the few names that carry the mark, unless the
    /// word at `m` is a pronoun or determiner that opens the next sentence (`told e! The
    /// couple`, `we want plan b! It's time`, `plan b! Its maker`). In val all 76 `!` after
    /// `e`, `yahoo` or `jeopardy` belong to the name (`E! was first to report the news.`); the
    /// capital is no cue, since cased text writes `E! News`.
    fn bang_name(&self, sent_start: usize, run: &Run, m: usize) -> bool {
        if run.term_end - run.start != 1 || self.b[run.start] != b'!' {
            return false;
        }
        let w = self.word_before(sent_start, run.start);
        let mut buf = [0u8; 8];
        let Some(lower) = ascii_lower(w, &mut buf) else {
            return false;
        };
        let name = match lower {
            [c] => c.is_ascii_alphabetic() && !matches!(c, b'a' | b'i' | b'o' | b'u'),
            _ => matches!(lower, b"yahoo" | b"jeopardy"),
        };
        if !name {
            return false;
        }
        let next = self.word_at(m);
        let mut buf = [0u8; 8];
        !ascii_lower(next, &mut buf).is_some_and(|n| {
            matches!(
                n,
                b"the"
                    | b"a"
                    | b"an"
                    | b"he"
                    | b"she"
                    | b"it"
                    | b"its"
                    | b"they"
                    | b"we"
                    | b"i"
                    | b"you"
                    | b"this"
                    | b"these"
                    | b"those"
                    | b"there"
                    | b"his"
                    | b"her"
                    | b"their"
                    | b"our"
                    | b"my"
            )
        })
    }

    /// True when the closers of `run` include a straight `"`.
    fn straight_closer(&self, run: &Run) -> bool {
        // A mangled `”` (`�?`, [`is_mangled_closer`]) is read as the straight mark it stands
        // for: its text is lower-cased Multi-News.
        self.b[run.term_end..run.end]
            .iter()
            .any(|&c| c == b'"' || c == 0xEF)
    }

    /// Whether the quotation that `run`'s straight `"` closes is of whole sentences: it opened
    /// in an earlier sentence, at the sentence's start, or after a comma or colon that
    /// introduces speech (`shout, "you killed my mom!`), not inside a clause (`songs like
    /// "help!`, `the relatively short " black jeopardy! " sketch`).
    fn quotes_sentences(&self, sent_start: usize, run: &Run) -> bool {
        let from = sent_start.max(run.start.saturating_sub(400));
        let Some(q) = self.b[from..run.start].iter().rposition(|&c| c == b'"') else {
            return from == sent_start;
        };
        let before = self.b[sent_start..from + q].trim_ascii_end();
        matches!(before.last(), None | Some(b',' | b':'))
    }

    /// Whether an ellipsis sits inside a straight quotation this sentence opened whose closing
    /// mark follows within 150 bytes with no sentence end before it (`npr's " wait wait...
    /// Don't tell me " is coming to tv`, `" i... Am not sanguine`): a title or a broken-off
    /// phrase, not two sentences.
    #[allow(clippy::naive_bytecount)]
    fn ellipsis_in_short_quote(&self, sent_start: usize, run: &Run) -> bool {
        if run.end > run.term_end
            || self.b[sent_start..run.start]
                .iter()
                .filter(|&&c| c == b'"')
                .count()
                % 2
                == 0
        {
            return false;
        }
        let rest = &self.b[run.end..self.b.len().min(run.end + 150)];
        let Some(q) = rest.iter().position(|&c| c == b'"') else {
            return false;
        };
        // No terminator before the mark except the one right before it (`… horrifying. "`).
        let inside = rest[..q].trim_ascii_end();
        let inside = inside
            .strip_suffix(b".")
            .or_else(|| inside.strip_suffix(b"!"))
            .or_else(|| inside.strip_suffix(b"?"))
            .unwrap_or(inside);
        !inside
            .iter()
            .any(|&c| matches!(c, b'.' | b'?' | b'!' | 0xE2))
    }

    /// A verb of saying among the six words from `m`, before any punctuation but a dot or
    /// apostrophe inside a word (`" recalled dr. gordon plant`, `" a man in the crowd shouted`).
    fn attribution_near(&self, mut m: usize) -> bool {
        for _ in 0..6 {
            let w = self.word_at(m);
            if w.is_empty() {
                return false;
            }
            let lower = w.to_ascii_lowercase();
            if is_speech_verb(&lower) || is_quote_verb(&lower) {
                return true;
            }
            m = skip_hspace(self.b, m + w.len());
            // `dr. gordon`, `o'brien` and `melaku-bello` stay words; other punctuation ends the
            // look.
            while matches!(self.b.get(m), Some(b'.' | b'\'' | b'-')) {
                m = skip_hspace(self.b, m + 1);
            }
        }
        false
    }

    /// In lower-cased text, whether the words at `m`, after a quotation closed on `?`, `!` or an
    /// ellipsis, go on with its sentence: an attribution (`" said derlunas`, `" he asked`, `"
    /// recalled dr. gordon plant`: a verb of saying among the next six words, before any
    /// punctuation, `" a man in the crowd shouted`), `according to`, or a word that cannot open
    /// a sentence here (`" is a film`,
    /// `" and was he ever right`, `" as that person`, `" followed by a slam`).
    fn quote_goes_on(&self, m: usize) -> bool {
        let first = self.word_at(m).to_ascii_lowercase();
        if matches!(
            first.as_str(),
            "and" | "or" | "as" | "followed" | "according"
        ) || is_auxiliary(&first)
        {
            return true;
        }
        self.attribution_near(m) && !self.says_clause_at(m)
    }

    /// Whether the words at `m` are a sentence of their own whose verb is `said`/`says`: a
    /// one-word subject, or two words led by a determiner or a title (`the officers`, `mr
    /// trump`), the verb, then the subject of a reported clause (`" vecchi said the saloon area
    /// was …`, `" he said many of those …`, `" the officers said the car …`), not an
    /// attribution with a phrase after it (`" he said of his motive`, `" palin said to
    /// whoops`, `" he said.`, `" when he said the head …` continues a clause).
    fn says_clause_at(&self, m: usize) -> bool {
        let subject = self.word_at(m);
        if subject.is_empty() || is_speech_verb(&subject.to_ascii_lowercase()) {
            return false;
        }
        let next_word = |at: usize, w: &str| {
            let k = at + w.len();
            let j = skip_hspace(self.b, k);
            // Only a space between the words (`vecchi said`), no punctuation.
            if j == k || j >= self.b.len() {
                return None;
            }
            Some((j, self.word_at(j)))
        };
        let Some((mut v, mut verb)) = next_word(m, subject) else {
            return false;
        };
        let says = |w: &str| matches!(w.to_ascii_lowercase().as_str(), "said" | "says");
        if !says(verb) && leads_noun_phrase(subject) && !is_starter(verb) {
            // `the officers said …`, `mr trump said …`: the second word is the subject's noun.
            let Some(next) = next_word(v, verb) else {
                return false;
            };
            (v, verb) = next;
        }
        if !says(verb) {
            return false;
        }
        let Some((_, after)) = next_word(v, verb) else {
            return false;
        };
        matches!(
            after.to_ascii_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "many"
                | "another"
                | "some"
                | "most"
                | "several"
                | "his"
                | "their"
                | "its"
                | "there"
                | "it"
                | "they"
                | "he"
                | "she"
                | "we"
                | "i"
                | "that"
        )
    }

    /// True when the closers of `run` include a quotation mark (not only brackets).
    fn closes_quote(&self, run: &Run) -> bool {
        self.s[run.term_end..run.end].contains(['"', '\'', '”', '’', '»', '\u{fffd}'])
    }

    /// True when the opening quotation mark at `k` clearly opens a quote: a curly `“`/`‘` or `«`;
    /// a straight `"` that the run did not take as a closer (so it opens by the sentence's quote
    /// parity); or a straight `'` attached to a word that is not an elision (`'em`, `'90s`),
    /// since Multi-News spaces single quotes on both sides whether they open or close.
    fn opens_quote(&self, k: usize) -> bool {
        match self.b[k] {
            b'"' => true,
            b'\'' => {
                let w = self.word_at(k + 1);
                !w.is_empty()
                    && !matches!(
                        w.to_ascii_lowercase().as_str(),
                        "s" | "t"
                            | "d"
                            | "m"
                            | "ll"
                            | "re"
                            | "ve"
                            | "em"
                            | "tis"
                            | "til"
                            | "twas"
                            | "cause"
                            | "n"
                            | "round"
                            | "bout"
                            | "nuff"
                            | "cos"
                    )
            }
            _ => opener_len(self.b, k) > 1,
        }
    }

    /// `1.` / `12.` as the first token of a sentence, line or colon-introduced list item: an
    /// enumeration marker, not a sentence end (`steps: 1. Stop the bombing.`).
    fn is_list_marker(&self, sent_start: usize, period: usize, w: &str) -> bool {
        if w.is_empty() || w.len() > 2 || !w.bytes().all(|c| c.is_ascii_digit()) {
            return false;
        }
        let before = self.s[sent_start..period - w.len()].trim_end_matches([' ', '\t']);
        // `steps: 1.` but not a time like `duration: 9: 07.`
        let colon_list = before
            .strip_suffix(':')
            .is_some_and(|b| !b.ends_with(|c: char| c.is_ascii_digit()));
        before.is_empty() || before.ends_with('\n') || colon_list
    }

    /// True when a list item starts at `k`: `1. `, `12) `, or a bullet (`•`, `*`, `-`, `–`)
    /// followed by a space.
    fn list_item_at(&self, k: usize) -> bool {
        let rest = &self.b[k..];
        let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if (1..=2).contains(&digits) {
            return matches!(rest.get(digits), Some(b'.' | b')'))
                && rest.get(digits + 1) == Some(&b' ');
        }
        let s = &self.s[k..];
        ["• ", "* ", "- ", "– ", "— "]
            .iter()
            .any(|b| s.starts_with(b))
    }

    /// `23.People`: a period directly followed by a capitalised word.
    fn no_space_boundary(&self, sent_start: usize, run: &Run) -> bool {
        if run.kind != RunKind::Period || run.end != run.term_end {
            return false;
        }
        let mut next = self.s[run.end..].chars();
        let (Some(mut a), Some(mut b)) = (next.next(), next.next()) else {
            return false;
        };
        // `Monday.“It's over`: an opening curly quote may come first.
        if a == '“' {
            let Some(c) = next.next() else {
                return false;
            };
            (a, b) = (b, c);
            if !(a.is_uppercase() && (b.is_lowercase() || b == '\'' || b == '’' || b == ' ')) {
                return false;
            }
        } else if a.is_lowercase() && b.is_lowercase() {
            return self.lowercase_glued(sent_start, run);
        } else if !(a.is_uppercase() && b.is_lowercase()) {
            return false;
        }
        let w = self.word_before(sent_start, run.start);
        let mut chars = w.chars();
        let last = chars.next_back();
        w.chars().nth(1).is_some()
            && w.chars().all(char::is_alphanumeric)
            && last.is_some_and(|c| c.is_lowercase() || c.is_numeric())
            && classify(w, true) == WordClass::Plain
    }

    /// `next season.kournikova will join`: lower-cased text (Multi-News) that lost the space after
    /// a full stop. Both sides must be plain lower-case words of two or more letters, and the token
    /// no address or file name: no `/`, `@`, `:` or second dot in it, no `www`, and the word after
    /// the dot no domain or file ending (`cnn.com`, `index.html`, `node.js`).
    fn lowercase_glued(&self, sent_start: usize, run: &Run) -> bool {
        const ENDINGS: &[&str] = &[
            "au", "be", "biz", "ca", "cn", "co", "com", "de", "doc", "docx", "edu", "es", "eu",
            "fm", "fr", "gif", "gov", "htm", "html", "in", "info", "io", "it", "jp", "jpg", "js",
            "ly", "me", "mil", "net", "nl", "org", "pdf", "php", "png", "ru", "tv", "uk", "us",
            "xml",
        ];
        let w = self.word_before(sent_start, run.start);
        let rest = &self.s[run.end..];
        let token_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..token_end];
        let next_len = token
            .find(|c: char| !c.is_lowercase())
            .unwrap_or(token.len());
        let next = &token[..next_len];
        w.len() >= 2
            && w.chars().all(char::is_lowercase)
            && !w.starts_with("www")
            && next.len() >= 2
            && !token.contains(['/', '@', ':', '.'])
            && !ENDINGS.contains(&next)
            && classify(w, true) == WordClass::Plain
    }

    /// `Kerry asked` / `Secretary John Kerry said`: up to three capitalised words then a speech
    /// verb, starting at `m`.
    fn attribution_at(&self, mut m: usize) -> bool {
        for _ in 0..4 {
            let w = self.word_at(m);
            if w.is_empty() {
                return false;
            }
            if is_speech_verb(w) {
                return true;
            }
            if !w.starts_with(char::is_uppercase) {
                return false;
            }
            m += w.len();
            m = skip_hspace(self.b, m);
        }
        false
    }

    /// Heuristic for a single newline at `nl` in a sentence that started at `sent_start`.
    fn newline_ends_line(&self, sent_start: usize, nl: usize) -> bool {
        match self.policy {
            NewlinePolicy::Whitespace => false,
            NewlinePolicy::Boundary => true,
            NewlinePolicy::Heuristic => {
                let prev = self.s[sent_start..nl].trim_end();
                let Some(last) = prev.chars().next_back() else {
                    return false;
                };
                // After a terminator (possibly quoted) the run logic has already decided.
                let before_closers = prev.trim_end_matches(['"', '\'', ')', ']', '”', '’', '»']);
                if before_closers.ends_with(['.', '?', '!', '…']) {
                    return false;
                }
                // A list item on the next line starts a new unit even after `Key points:`.
                if self.list_item_at(self.skip_ws(nl + 1).0) {
                    return true;
                }
                if matches!(
                    last,
                    ',' | ';' | ':' | '-' | '–' | '—' | '(' | '/' | '&' | '+'
                ) {
                    return false;
                }
                let last_word = self.word_before(sent_start, sent_start + prev.len());
                if is_continuation(last_word) {
                    return false;
                }
                let (k, _) = self.skip_ws(nl + 1);
                if k >= self.b.len() {
                    return false;
                }

                let (m, _) = self.skip_openers(k);
                m >= self.b.len() || self.next_kind(m) != Next::Lower
            }
        }
    }
}

/// True when `word` (its closing period optional) is a title abbreviation written before a
/// name (`Dr.`, `Gen.`, `Const.`, `Lieut.`), whose period never ends a sentence before the name.
/// For callers outside the segmenter that look for sentence ends in a sentence it kept whole.
pub fn is_title_abbreviation(word: &str) -> bool {
    classify(word.strip_suffix('.').unwrap_or(word), true) == WordClass::Title
}

/// `w` lower-cased into `buf` when it is ASCII and fits (a word test with no allocation);
/// `None` for a longer or non-ASCII word, which no short word list holds.
fn ascii_lower<'b>(w: &str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    if w.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    Some(lower)
}

/// Classifies the word a period closes (without that period). Abbreviations that are also
/// ordinary words (`no`, `ill`, `sun`) count only when capitalised, unless `any_case`.
pub(crate) fn classify(w: &str, any_case: bool) -> WordClass {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return WordClass::Plain;
    };
    if chars.next().is_none() {
        return if first.is_alphabetic() {
            WordClass::Initial
        } else {
            WordClass::Plain
        };
    }
    // Matched as bytes: the word is ASCII, and a `str` of the buffer would cost a UTF-8 check
    // per word a period closes.
    let mut buf = [0u8; 12];
    let Some(lower) = ascii_lower(w, &mut buf) else {
        return WordClass::Plain;
    };
    if lower.contains(&b'.') {
        // Dotted: `U.S`, `p.m`, `Ph.D`, `e.g`. Long parts mean a domain or a run-on (`example.com`).
        if matches!(lower, b"e.g" | b"i.e" | b"viz" | b"cf") {
            return WordClass::Never;
        }
        let short_parts = w
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|c| c.is_ascii_alphabetic()));
        return if short_parts {
            WordClass::Ambiguous
        } else {
            WordClass::Plain
        };
    }
    let capitalised = first.is_ascii_uppercase();
    match lower {
        // Titles before names (AP style, common military/clerical ranks, and police ranks:
        // Canadian `Const.`, US `Ofc.`, `Dep.`, army `Pfc.`, `Spc.`, `Sfc.`, British `Pte.`,
        // `Tpr.`, `Cllr.`; in val every `const.`/`ofc.`/`pfc.`/`spc.`/`dep.` comes before a name).
        b"mr" | b"mrs" | b"ms" | b"messrs" | b"mmes" | b"dr" | b"drs" | b"prof" | b"gen"
        | b"lt" | b"col" | b"maj" | b"capt" | b"cpt" | b"cmdr" | b"cdr" | b"cmdt" | b"sgt"
        | b"cpl" | b"pvt" | b"pfc" | b"spc" | b"sfc" | b"pte" | b"adm" | b"brig" | b"sen"
        | b"sens" | b"rep" | b"reps" | b"gov" | b"govs" | b"rev" | b"hon" | b"pres" | b"supt"
        | b"insp" | b"det" | b"const" | b"ofc" | b"dep" | b"tpr" | b"cllr" | b"atty" | b"fr"
        | b"msgr" | b"lieut" | b"gens" | b"amb" | b"mme" | b"mlle" => WordClass::Title,
        b"eg" | b"ie" | b"vs" | b"approx" | b"cf" | b"viz" | b"ca" | b"incl" => WordClass::Never,
        b"etc" => WordClass::Final,
        // AP abbreviates a month only before a day number, so before a capitalised word the
        // period ends the sentence (`more than in Oct. Analysts`).
        b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept"
        | b"oct" | b"nov" | b"dec"
            if capitalised || any_case =>
        {
            WordClass::Final
        }
        // Ambiguous only when written capitalised the way abbreviations are; a lower-case `no`
        // or `ill` at the end of a sentence is an ordinary word.
        b"inc" | b"corp" | b"co" | b"cos" | b"ltd" | b"llc" | b"plc" | b"bros" | b"assn"
        | b"dept" | b"univ" | b"inst" | b"intl" | b"govt" | b"jr" | b"sr" | b"esq" | b"st"
        | b"ste" | b"ave" | b"blvd" | b"rd" | b"mt" | b"ft" | b"hwy" | b"sq" | b"no" | b"nos"
        | b"vol" | b"vols" | b"art" | b"sec" | b"ch" | b"fig" | b"op" | b"ed" | b"eds" | b"est"
        | b"al" | b"ala" | b"ariz" | b"ark" | b"calif" | b"colo" | b"conn" | b"del" | b"fla"
        | b"ga" | b"ill" | b"ind" | b"kan" | b"kans" | b"ky" | b"la" | b"md" | b"mass"
        | b"mich" | b"minn" | b"miss" | b"mo" | b"mont" | b"neb" | b"nev" | b"okla" | b"ore"
        | b"pa" | b"tenn" | b"vt" | b"va" | b"wash" | b"wis" | b"wyo" | b"mon" | b"tue"
        | b"tues" | b"wed" | b"thu" | b"thur" | b"thurs" | b"fri" | b"sat" | b"sun"
            if capitalised || any_case || lower == b"al" =>
        {
            WordClass::Ambiguous
        }
        _ => WordClass::Plain,
    }
}

/// The part of a compound word `w` that a period closes, when it is written after a hyphen or
/// a slash: `anti-u.s` → `u.s`, `then-sen` → `sen`, `minneapolis-st` → `st`, `clare/st` → `st`
/// (a compound of an abbreviation is that abbreviation before the next word), and a time of
/// day written against its number: `12p.m` → `p.m` (`3: 12p.m. Est`). Stay whole: a
/// party tag (`d-n.y`, one letter before the hyphen, which often ends a sentence), a one-letter
/// part (`chick-fil-a`, `jay-z`, names ending a sentence) and an address (`http://cnn.com`: a
/// dot or colon before the cut).
fn compound_tail(w: &str) -> &str {
    // `12p.m`, `9a.m`: a time written against its number closes as the time does.
    // The number and the time are ASCII, so the cut lies on a char boundary.
    if let [number @ .., b'a' | b'p' | b'A' | b'P', b'.', b'm' | b'M'] = w.as_bytes()
        && !number.is_empty()
        && number.iter().all(|&c| c.is_ascii_digit() || c == b':')
    {
        return &w[number.len()..];
    }
    let Some(cut) = w.rfind(['-', '/']) else {
        return w;
    };
    let (head, tail) = (&w[..cut], &w[cut + 1..]);
    if head.len() < 2 || tail.len() < 2 || head.contains(['.', ':']) {
        return w;
    }
    tail
}

/// True when `text` is lower-cased news (Multi-News): at least 300 bytes and no upper-case ASCII
/// letter after a space that follows a lower-case letter, a digit or a comma, i.e. no capital
/// inside a sentence. Cased news has proper nouns in nearly every paragraph (10–200 such capitals
/// in each AQUAINT and seed article); not one of 2,849 Multi-News val documents has one, because
/// the dataset lower-cased its text and capitalised only what its splitter took for sentence
/// starts.
///
/// Asked once per paragraph of the whole article, and lower-cased text (where the answer
/// matters) has no such capital, so the whole text is read: it goes in stretches of 256
/// window starts, the three bytes of each window from three shifted slices and the hits
/// gathered with `|`, which vectorises (`windows(3).any`, the reference in the tests, reads a
/// window at a time); a cased text stops at the stretch of its first capital.
fn is_lower_cased(text: &str) -> bool {
    const STRETCH: usize = 256;
    let b = text.as_bytes();
    if b.len() < 300 && !writes_acronyms_lower(text) {
        return false;
    }
    let windows = b.len() - 2;
    let mut i = 0;
    while i < windows {
        let end = (i + STRETCH).min(windows);
        let (x, y, z) = (&b[i..end], &b[i + 1..=end], &b[i + 2..=end + 1]);
        let hits = x.iter().zip(y).zip(z).fold(0u8, |acc, ((&x, &y), &z)| {
            acc | (u8::from(z.is_ascii_uppercase())
                & u8::from(y == b' ')
                & u8::from(x.is_ascii_lowercase() || x.is_ascii_digit() || x == b','))
        });
        if hits != 0 {
            return false;
        }
        i = end;
    }
    true
}

/// True when `text` writes in lower case a dotted acronym or a name's abbreviation that cased
/// text capitalises (`the u.s.`, `washington, d.c.`, `apple inc.`, `fuqua jr.`; not `a.m.`,
/// `p.m.`, `e.g.`, `i.e.`, which cased text writes in lower case too). A short text has too few
/// words for the absence of capitals inside its sentences to say it is lower-cased (a cased
/// one-sentence caption may have none), but with such a word it is (1,107 of val's 15,367
/// documents are under 300 bytes, e.g. `the large caravan heading to the u.s. Is not stopped`).
fn writes_acronyms_lower(text: &str) -> bool {
    text.split_ascii_whitespace().any(|t| {
        let Some(w) = t
            .trim_start_matches(['"', '\'', '(', '['])
            .strip_suffix('.')
        else {
            return false;
        };
        let dotted = w.contains('.')
            && w.split('.')
                .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_lowercase()))
            && !matches!(w, "a.m" | "p.m" | "e.g" | "i.e" | "a.k.a");
        dotted || matches!(w, "inc" | "corp" | "jr" | "sr" | "ltd" | "llc")
    })
}

/// Abbreviations that lower-cased text writes in lower case and that are no English word, so
/// that there, too, they are [`WordClass::Ambiguous`] (`in st. Louis`, `apple inc. Said`,
/// `fred hopkins jr. Of florence`): company and name suffixes, street and place words, units of
/// weight (`weighing 6 lbs., 8 oz. And measuring`), and the AP state abbreviations that are no
/// word (`calif.` but not `ill.`, `miss.`, `wash.`, `ore.`).
fn is_lower_case_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "inc"
            | "corp"
            | "co"
            | "cos"
            | "ltd"
            | "llc"
            | "plc"
            | "bros"
            | "assn"
            | "dept"
            | "univ"
            | "intl"
            | "govt"
            | "jr"
            | "sr"
            | "esq"
            | "st"
            | "ste"
            | "ave"
            | "blvd"
            | "rd"
            | "mt"
            | "ft"
            | "hwy"
            | "nos"
            | "vol"
            | "vols"
            | "ret"
            | "oz"
            | "lb"
            | "lbs"
    ) || is_state_abbreviation(w)
}

/// The states a place names after its city (`commerce, mich. —`, `anchorage, alaska —`, `in
/// tampa, fla.`): the AP Stylebook's abbreviations ("state names"), `d.c.`, the Des Moines
/// Register's `ia.`, the older `kans.`, British Columbia's `b.c.`, and the eight states AP spells
/// out; and the other states' names of one word, which networks' sites spell out (`tallahassee,
/// florida —`, `wichita, kansas –`). Lower case and sorted, for a binary search. One list for the
/// cleaner's wire datelines, which read every entry, and the segmenter, which reads the
/// abbreviations ([`is_state_abbreviation`], [`is_dotted_state`]).
pub(crate) const STATES: [&str; 86] = [
    "ala.",
    "alabama",
    "alaska",
    "ariz.",
    "arizona",
    "ark.",
    "arkansas",
    "b.c.",
    "calif.",
    "california",
    "colo.",
    "colorado",
    "conn.",
    "connecticut",
    "d.c.",
    "del.",
    "delaware",
    "fla.",
    "florida",
    "ga.",
    "georgia",
    "hawaii",
    "ia.",
    "idaho",
    "ill.",
    "illinois",
    "ind.",
    "indiana",
    "iowa",
    "kan.",
    "kans.",
    "kansas",
    "kentucky",
    "ky.",
    "la.",
    "louisiana",
    "maine",
    "maryland",
    "mass.",
    "massachusetts",
    "md.",
    "mich.",
    "michigan",
    "minn.",
    "minnesota",
    "miss.",
    "mississippi",
    "missouri",
    "mo.",
    "mont.",
    "montana",
    "n.c.",
    "n.d.",
    "n.h.",
    "n.j.",
    "n.m.",
    "n.y.",
    "neb.",
    "nebraska",
    "nev.",
    "nevada",
    "ohio",
    "okla.",
    "oklahoma",
    "ore.",
    "oregon",
    "pa.",
    "pennsylvania",
    "r.i.",
    "s.c.",
    "s.d.",
    "tenn.",
    "tennessee",
    "texas",
    "utah",
    "va.",
    "vermont",
    "virginia",
    "vt.",
    "w.va.",
    "wash.",
    "washington",
    "wis.",
    "wisconsin",
    "wyo.",
    "wyoming",
];
/// The abbreviations of [`STATES`] without their period (`calif`, `n.y`), each packed into a
/// `u64` by [`pack`], in order, and how many there are: the segmenter asks about the word before
/// nearly every period, so the look-up is a binary search over integers, about as cheap as the
/// `match` of literals it replaced.
const STATE_KEYS: ([u64; STATES.len()], usize) = {
    let mut keys = [u64::MAX; STATES.len()];
    let (mut i, mut n) = (0, 0);
    while i < STATES.len() {
        if let Some((&b'.', w)) = STATES[i].as_bytes().split_last()
            && w.len() <= 5
        {
            keys[n] = pack(w);
            n += 1;
        }
        i += 1;
    }
    (keys, n)
};

/// The bytes of a word of at most eight bytes as one integer, the first byte highest and zeros
/// after the last, so that integers sort as their words do.
const fn pack(w: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < 8 {
        key <<= 8;
        if i < w.len() {
            key |= w[i] as u64;
        }
        i += 1;
    }
    key
}

/// True when `w`, lower case and without its period, abbreviates a state of [`STATES`] (`calif`,
/// `n.y`).
fn abbreviates_state(w: &str) -> bool {
    let (keys, n) = &STATE_KEYS;
    w.len() <= 5 && keys[..*n].binary_search(&pack(w.as_bytes())).is_ok()
}

/// The state abbreviations of [`STATES`] that are no English word, in lower case (`calif`, not
/// `ill`, `miss`, `wash`, `ore`, nor the Des Moines Register's `ia`).
fn is_state_abbreviation(w: &str) -> bool {
    abbreviates_state(w)
        && !w.contains('.')
        && !matches!(
            w,
            "ark"
                | "del"
                | "ia"
                | "ill"
                | "ind"
                | "la"
                | "mass"
                | "miss"
                | "mo"
                | "mont"
                | "ore"
                | "va"
                | "wash"
        )
}

/// True when `head` (the sentence before a state abbreviation) ends on a place and its
/// comma, the place not inside a noun phrase: `in tampa, fla.` ends, but not `a petaluma,
/// calif. Establishment` or `the huntington-ashland, ky. Area` (a determiner within three
/// words before the comma, no preposition between), nor `Also, fla. Congressman` (a
/// sentence adverb is no place).
fn place_ends(head: &str) -> bool {
    let Some(place) = head.trim_end().strip_suffix(',') else {
        return false;
    };
    let mut words = place
        .split(|c: char| c.is_whitespace())
        .filter(|t| !t.is_empty())
        .rev();
    if words.clone().next().is_none_or(is_starter) {
        return false;
    }
    for t in words.by_ref().take(4).skip(1) {
        if is_determiner(t) {
            return false;
        }
        if is_clause_link(t) || t.eq_ignore_ascii_case("of") {
            break;
        }
    }
    true
}

/// A past tense or participle by its ending, or a speech verb (`showcased`, `warned`, `said`,
/// `told`).
fn is_past_verb(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed")) || is_speech_verb(&word.to_ascii_lowercase())
}

/// Common irregular past tenses, lower case (`fled`, `lost`, `won`), which [`is_past_verb`]'s
/// ending does not find.
fn is_irregular_past(word: &str) -> bool {
    matches!(
        word,
        "fled"
            | "lost"
            | "won"
            | "met"
            | "left"
            | "took"
            | "made"
            | "went"
            | "came"
            | "got"
            | "gave"
            | "ran"
            | "saw"
            | "kept"
            | "held"
            | "began"
            | "became"
            | "fell"
            | "led"
            | "sent"
            | "spent"
            | "paid"
            | "sold"
            | "shot"
            | "struck"
            | "drove"
            | "flew"
            | "grew"
            | "knew"
            | "thought"
            | "brought"
            | "bought"
            | "caught"
            | "fought"
            | "taught"
            | "built"
            | "stood"
            | "sat"
            | "wore"
            | "spoke"
            | "broke"
            | "chose"
            | "rode"
            | "rose"
            | "woke"
            | "wrote"
    )
}

/// True when the last clause of `head` (its words after the last comma) holds a subordinating
/// conjunction or a relative pronoun (`When mccall tried to contact t.z`, `so when the new
/// single went to number one in the u.s`, `vikram pandit, who was named chief executive of
/// citigroup inc`): the clause may wait for the main clause it is fronted before or inside.
fn opens_clause(head: &str) -> bool {
    let mut clause = head;
    if let Some(comma) = head.rfind(',') {
        clause = &head[comma + 1..];
        // A comma before a name's suffix (`hank williams, jr`) ends no clause.
        if clause.split_ascii_whitespace().nth(1).is_none() {
            clause = &head[head[..comma].rfind(',').map_or(0, |p| p + 1)..];
        }
    }
    clause.split_ascii_whitespace().any(|word| {
        let mut buf = [0u8; 8];
        ascii_lower(word, &mut buf).is_some_and(|lower| {
            matches!(
                lower,
                b"when"
                    | b"whenever"
                    | b"if"
                    | b"because"
                    | b"although"
                    | b"though"
                    | b"while"
                    | b"once"
                    | b"unless"
                    | b"who"
                    | b"which"
            )
        })
    })
}

/// True when `head`, the sentence before a name's abbreviation, ends on a verb of giving and at
/// most three words of the name after it (`gave the`, `awarded chicago-based boeing`, `offers
/// the`): the name is the verb's first object, so an article after it opens the second (`the
/// u.s. A 2-0 lead`), not a sentence. A preposition or a punctuation mark between ends the look
/// (`sold to the u.s.`, `gave, the u.s.`).
fn gives_to(head: &str) -> bool {
    for word in head.split_ascii_whitespace().rev().take(4) {
        if word.ends_with([',', ';', ':', '.', '"', ')']) || is_clause_link(word) {
            return false;
        }
        let mut buf = [0u8; 9];
        let Some(lower) = ascii_lower(word, &mut buf) else {
            continue;
        };
        if matches!(
            lower,
            b"give"
                | b"gives"
                | b"gave"
                | b"given"
                | b"giving"
                | b"offer"
                | b"offers"
                | b"offered"
                | b"award"
                | b"awards"
                | b"awarded"
                | b"grant"
                | b"grants"
                | b"granted"
                | b"hand"
                | b"hands"
                | b"handed"
                | b"send"
                | b"sends"
                | b"sent"
                | b"deny"
                | b"denies"
                | b"denied"
                | b"owe"
                | b"owes"
                | b"owed"
                | b"pay"
                | b"pays"
                | b"paid"
                | b"lend"
                | b"lends"
                | b"lent"
                | b"sell"
                | b"sells"
                | b"sold"
                | b"promise"
                | b"promises"
                | b"promised"
                | b"bring"
                | b"brings"
                | b"brought"
                | b"cost"
                | b"costs"
        ) {
            return true;
        }
        if lower == b"of" {
            return false;
        }
    }
    false
}

/// Determiners and possessives before a noun that a time or a place modifies (`the 11 p.m.
/// Crash`, `a petaluma, calif. Establishment`, `the network's 5 p.m. Slot`).
fn is_determiner(t: &str) -> bool {
    matches!(
        t.to_ascii_lowercase().as_str(),
        "the" | "a" | "an" | "his" | "her" | "its" | "their"
    ) || t.ends_with("'s")
}

/// The abbreviations of states and provinces written as dotted initials, in lower case
/// (`troy, n.y.`, `washington, d.c.`, `victoria, b.c.`): those of [`STATES`].
pub(crate) fn is_dotted_state(w: &str) -> bool {
    w.contains('.') && abbreviates_state(w)
}

/// True when `text` opens on a sentence adverbial that starts with a preposition (`As a result`,
/// `On the other hand`, `In addition`), which after an abbreviation begins a new sentence even
/// in lower-cased text.
fn opens_sentence_adverbial(text: &str) -> bool {
    const PHRASES: [&str; 16] = [
        "as a result",
        "on the other",
        "in addition",
        "in fact",
        "for example",
        "for instance",
        "at the same time",
        "in the meantime",
        "after all",
        "by contrast",
        "in contrast",
        "in turn",
        "in short",
        "in other words",
        "at least",
        "at the time",
    ];
    let end = (0..=text.len().min(20))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let head = text[..end].to_ascii_lowercase();
    PHRASES.iter().any(|p| {
        head.strip_prefix(p)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
    })
}

/// Words that lead a two-word subject before `said` (`the officers`, `mr trump`): determiners,
/// possessives and the titles lower-cased text writes without their period.
fn leads_noun_phrase(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "two" | "three"
    ) || is_title_abbreviation(word)
}

/// True when the capitalised word that `text` opens on starts a sentence after a name's dotted
/// acronym whatever the case says (`in the u.s. The next day`, `u.n. He said`): a pronoun,
/// determiner or sentence adverb among the [`is_starter`] words, not an auxiliary or a
/// preposition, which go on with the acronym (`the u.s. Has hit`, `the u.k. During a storm`).
pub(crate) fn opens_after_acronym(text: &str) -> bool {
    let end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let word = &text[..end];
    word.starts_with(char::is_uppercase)
        && is_starter(word)
        && !is_auxiliary(word)
        && !is_clause_link(word)
}

/// Auxiliary verbs among the [`is_starter`] words.
fn is_auxiliary(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "is" | "was"
            | "are"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "has"
            | "have"
            | "had"
    )
}

/// Prepositions and conjunctions that, after a time of day, go on with its clause in
/// lower-cased text (`at 9 a.m. By a bomb scare`, `around 10 p.m. When police arrived`).
fn is_clause_link(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "and"
            | "or"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "as"
            | "after"
            | "before"
            | "when"
            | "while"
            | "for"
            | "from"
            | "with"
            | "since"
            | "until"
            | "during"
            | "near"
    )
}

/// Words after `That` that make it a determiner of time (`That night`, `That same year`) or a
/// sentence's subject (`That was a switch`), so that it opens a sentence after an abbreviation.
fn is_that_sentence_word(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "" | "night"
            | "day"
            | "morning"
            | "afternoon"
            | "evening"
            | "week"
            | "weekend"
            | "month"
            | "year"
            | "time"
            | "same"
            | "was"
            | "is"
            | "would"
            | "will"
            | "has"
    )
}

/// Nouns of time that make a phrase of [`is_time_phrase_word`]s a date or time (`in 99 years`,
/// `the next day`, `on the afternoon of march 15th`), lower case.
fn is_time_unit(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"morning"
            | b"afternoon"
            | b"evening"
            | b"night"
            | b"noon"
            | b"midnight"
            | b"day"
            | b"days"
            | b"week"
            | b"weeks"
            | b"weekend"
            | b"month"
            | b"months"
            | b"year"
            | b"years"
            | b"decade"
            | b"decades"
            | b"century"
            | b"hour"
            | b"hours"
    )
}

/// The words a time adverbial has besides its dates and [`is_time_unit`] nouns: prepositions,
/// determiners and adverbs of time (`on the afternoon of`, `later that`, `the next`), lower case.
fn is_time_phrase_word(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"on"
            | b"in"
            | b"at"
            | b"by"
            | b"during"
            | b"until"
            | b"since"
            | b"through"
            | b"of"
            | b"the"
            | b"a"
            | b"that"
            | b"this"
            | b"each"
            | b"every"
            | b"next"
            | b"last"
            | b"following"
            | b"same"
            | b"previous"
            | b"early"
            | b"late"
            | b"later"
            | b"earlier"
            | b"ago"
    )
}

/// A compass point written as a letter or two after a street's name (`ave s.`, `avenue ne.`).
fn is_compass(word: &str) -> bool {
    ["n", "s", "e", "w", "ne", "nw", "se", "sw"]
        .iter()
        .any(|c| word.eq_ignore_ascii_case(c))
}

/// A street's kind, written out or abbreviated, with or without its period (`ave`, `st.`,
/// `avenue`), after which [`is_compass`] letters name the part of the street.
fn is_street_word(word: &str) -> bool {
    let mut buf = [0u8; 10];
    ascii_lower(word.trim_end_matches('.'), &mut buf).is_some_and(|w| {
        matches!(
            w,
            b"ave"
                | b"avenue"
                | b"st"
                | b"street"
                | b"blvd"
                | b"boulevard"
                | b"rd"
                | b"road"
                | b"dr"
                | b"drive"
                | b"ln"
                | b"lane"
                | b"way"
                | b"pkwy"
                | b"parkway"
                | b"ct"
                | b"court"
                | b"pl"
                | b"place"
                | b"hwy"
                | b"highway"
        )
    })
}

/// Adverbs that stand between a subject and its auxiliary (`jr. Also were injured`, `the g.o.p.
/// Still has`).
fn is_preverbal_adverb(word: &str) -> bool {
    ["also", "still", "never", "already", "now", "then"]
        .iter()
        .any(|a| word.eq_ignore_ascii_case(a))
}

/// Words of a time stamp or a time heading (`Updated: monday, 8: 29 a.m.`, `At 3: 02 p.m.`).
fn is_stamp_word(word: &str) -> bool {
    crate::time::is_month_or_weekday(word)
        || matches!(
            word.to_ascii_lowercase().as_str(),
            "updated" | "posted" | "published" | "last" | "at" | "on" | "local" | "time"
        )
        || crate::time::is_time_zone(&word.to_ascii_lowercase())
}

/// Capitalised words that typically start a sentence and rarely follow an abbreviation inside
/// one: pronouns, determiners, conjunctions, prepositions, sentence adverbs, auxiliaries.
fn is_starter(word: &str) -> bool {
    let mut buf = [0u8; 12];
    let Some(lower) = ascii_lower(word, &mut buf) else {
        return false;
    };
    matches!(
        lower,
        b"a" | b"an"
            | b"the"
            | b"he"
            | b"she"
            | b"it"
            | b"its"
            | b"they"
            | b"we"
            | b"i"
            | b"you"
            | b"his"
            | b"her"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"there"
            | b"here"
            | b"but"
            | b"and"
            | b"or"
            | b"so"
            | b"yet"
            | b"however"
            | b"meanwhile"
            | b"moreover"
            | b"still"
            | b"also"
            | b"then"
            | b"now"
            | b"thus"
            | b"instead"
            | b"in"
            | b"on"
            | b"at"
            | b"as"
            | b"after"
            | b"before"
            | b"when"
            | b"while"
            | b"if"
            | b"for"
            | b"from"
            | b"with"
            | b"by"
            | b"to"
            | b"since"
            | b"during"
            | b"although"
            | b"though"
            | b"because"
            | b"despite"
            | b"some"
            | b"many"
            | b"most"
            | b"all"
            | b"both"
            | b"each"
            | b"every"
            | b"what"
            | b"who"
            | b"why"
            | b"how"
            | b"where"
            | b"earlier"
            | b"later"
            | b"according"
            | b"such"
            | b"even"
            | b"only"
            | b"yes"
            | b"is"
            | b"was"
            | b"are"
            | b"were"
            | b"will"
            | b"would"
            | b"can"
            | b"could"
            | b"should"
            | b"has"
            | b"have"
            | b"had"
    )
}

/// Lower-case function words that cannot end a sentence, so a line ending in one continues.
fn is_continuation(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "into"
            | "about"
            | "than"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "as"
            | "that"
            | "which"
            | "who"
            | "whose"
            | "whom"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "if"
            | "said"
    )
}

/// Verbs of saying, besides [`is_speech_verb`]'s, that follow a quotation in lower-cased news
/// (`" recalled dr. gordon plant`, `" cain responded`).
fn is_quote_verb(word: &str) -> bool {
    matches!(
        word,
        "recalled"
            | "recalls"
            | "responded"
            | "responds"
            | "replies"
            | "joked"
            | "jokes"
            | "quipped"
            | "screamed"
            | "screams"
            | "shouts"
            | "yells"
            | "cries"
            | "exclaims"
            | "answers"
            | "continued"
            | "continues"
            | "tweets"
            | "asks"
    )
}

/// Verbs of saying that follow a quote in an attribution (`“Why?” Kerry asked`).
fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "replied"
            | "shouted"
            | "yelled"
            | "tweeted"
            | "explained"
            | "insisted"
            | "noted"
            | "stated"
            | "declared"
            | "exclaimed"
            | "wondered"
            | "answered"
            | "cried"
            | "demanded"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_words() {
        assert_eq!(classify("U.S", false), WordClass::Ambiguous);
        assert_eq!(classify("p.m", false), WordClass::Ambiguous);
        assert_eq!(classify("e.g", false), WordClass::Never);
        assert_eq!(classify("example.com", false), WordClass::Plain);
        assert_eq!(classify("Dr", false), WordClass::Title);
        assert_eq!(classify("V", false), WordClass::Initial);
        assert_eq!(classify("Sept", false), WordClass::Final);
        assert_eq!(classify("Inc", false), WordClass::Ambiguous);
        assert_eq!(classify("inc", false), WordClass::Plain);
        assert_eq!(classify("ill", false), WordClass::Plain);
        assert_eq!(classify("Ill", false), WordClass::Ambiguous);
        assert_eq!(classify("said", false), WordClass::Plain);
        assert_eq!(classify("1990", false), WordClass::Plain);
        assert_eq!(classify("", false), WordClass::Plain);
        assert_eq!(classify("Zürich", false), WordClass::Plain);
    }

    #[test]
    fn starters_and_verbs() {
        assert!(is_starter("The") && is_starter("HE") && !is_starter("Secretary"));
        assert!(!is_starter("Averyveryverylongword"));
        assert!(is_speech_verb("asked") && !is_speech_verb("left"));
    }

    #[test]
    fn long_text_without_spaces_or_boundaries_is_linear() {
        // Quadratic look-backs would take minutes here.
        let text = "a.b.".repeat(100_000) + &"x. \" ".repeat(50_000);
        let got = Segmenter::default().split(&text, Span::new(0, text.len()));
        assert!(!got.is_empty());
    }

    fn scan(s: &str) -> Scan<'_> {
        Scan {
            s,
            b: s.as_bytes(),
            policy: NewlinePolicy::Heuristic,
            quotes: std::cell::Cell::new((0, 0, 0)),
            before: std::cell::Cell::new((0, 0, None)),
            whole: s,
            lower_cased: std::cell::OnceCell::new(),
        }
    }

    #[test]
    fn clearly_opening_quotes() {
        let text = "x \"as 'as 'em ‘as “as ( «as";
        let sc = scan(text);
        let at = |needle: &str| text.find(needle).unwrap();
        assert!(sc.opens_quote(at("\"as")));
        assert!(sc.opens_quote(at("'as")));
        assert!(!sc.opens_quote(at("'em")));
        assert!(sc.opens_quote(at("‘as")));
        assert!(sc.opens_quote(at("“as")));
        assert!(sc.opens_quote(at("«as")));
        assert!(!sc.opens_quote(at("( ")));
    }

    #[test]
    fn quote_after_attribution_has_closed() {
        let text = "i mean it, \" he said. \" next";
        let period = text.find(". ").unwrap();
        assert!(scan(text).last_quote_closed(0, period, true));
        let text = "he called it \" dangerous. \" next";
        let period = text.find(". ").unwrap();
        assert!(!scan(text).last_quote_closed(0, period, true));
        // Reopened after the attribution: the mark after `replied,` opens.
        let text = "\" the circumstances, \" he replied, \" are inconceivable to me. \" over";
        let period = text.find(". ").unwrap();
        assert!(!scan(text).last_quote_closed(0, period, true));
    }

    #[test]
    fn a_quote_reopened_after_its_attribution_closes_at_the_period() {
        let text = "But gates was hostile to the notion. \" the circumstances under which i would \
                    do that, \" he replied, \" are inconceivable to me. \" over the next months, \
                    he repeated the line.";
        let seg = Segmenter::default();
        let got: Vec<&str> = seg
            .split(text, Span::new(0, text.len()))
            .iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(got.len(), 3, "{got:#?}");
        assert!(got[1].ends_with("to me. \""), "{got:#?}");
        assert!(got[2].starts_with("over the next"), "{got:#?}");
    }

    /// [`is_lower_cased`] window by window: the reference for the stretches.
    fn is_lower_cased_by_windows(text: &str) -> bool {
        let b = text.as_bytes();
        (b.len() >= 300 || writes_acronyms_lower(text))
            && !b.windows(3).any(|w| {
                w[2].is_ascii_uppercase()
                    && w[1] == b' '
                    && (w[0].is_ascii_lowercase() || w[0].is_ascii_digit() || w[0] == b',')
            })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]

        /// The stretches find a capital inside a sentence wherever the windows do: at every
        /// length around 300 and the 256-byte stretches, a capital after each kind of byte.
        #[test]
        fn lower_cased_stretches_match_the_windows(
            s in "([a-z]{1,9}|[ ]|[0-9]|,|[.]|[A-Z]|é){150,700}",
        ) {
            proptest::prop_assert_eq!(is_lower_cased(&s), is_lower_cased_by_windows(&s));
        }
    }

    #[test]
    fn a_capital_in_the_last_window_makes_text_cased() {
        for n in [298, 299, 300, 510, 511, 512, 513, 768] {
            let lower = "a".repeat(n);
            assert_eq!(is_lower_cased(&lower), n >= 300, "{n}");
            let cased = format!("{} B", &lower[..n - 2]);
            assert!(!is_lower_cased(&cased), "{n}");
            assert_eq!(is_lower_cased(&cased), is_lower_cased_by_windows(&cased));
        }
    }

    #[test]
    fn short_text_is_lower_cased_only_with_a_lower_case_acronym() {
        assert!(is_lower_cased("heading to the u.s. Is not stopped."));
        assert!(is_lower_cased(
            "keurig green mountain inc. On wednesday cut its guidance."
        ));
        assert!(!is_lower_cased(
            "He left at 7 p.m. And then the talks ended."
        ));
        assert!(!is_lower_cased("heading to the U.S. Is not stopped."));
        assert!(!is_lower_cased("the u.s. Is reeling, Kerry said."));
    }

    #[test]
    fn state_abbreviations_are_read_from_the_one_list() {
        // The segmenter reads two parts of `STATES`: the abbreviations that are no English word,
        // and the dotted ones; full names, abbreviations that are words and a period left on are
        // neither.
        let abbreviations = || STATES.iter().filter_map(|s| s.strip_suffix('.'));
        let words: Vec<&str> = abbreviations()
            .filter(|w| is_state_abbreviation(w))
            .collect();
        assert_eq!(
            words,
            [
                "ala", "ariz", "calif", "colo", "conn", "fla", "ga", "kan", "kans", "ky", "md",
                "mich", "minn", "neb", "nev", "okla", "pa", "tenn", "vt", "wis", "wyo"
            ]
        );
        let dotted: Vec<&str> = abbreviations().filter(|w| is_dotted_state(w)).collect();
        assert_eq!(
            dotted,
            [
                "b.c", "d.c", "n.c", "n.d", "n.h", "n.j", "n.m", "n.y", "r.i", "s.c", "s.d", "w.va"
            ]
        );
        for w in [
            "ill",
            "wash",
            "texas",
            "calif.",
            "n.y.",
            "california",
            "",
            "u.s",
            "inc",
        ] {
            assert!(!is_state_abbreviation(w) && !is_dotted_state(w), "{w:?}");
        }
    }

    #[test]
    fn abbreviations_are_classified_in_any_case() {
        assert_eq!(classify("Mr", false), WordClass::Title);
        assert_eq!(classify("ETC", false), WordClass::Final);
        assert_eq!(classify("Oct", false), WordClass::Final);
        assert_eq!(classify("oct", false), WordClass::Plain);
        assert_eq!(classify("oct", true), WordClass::Final);
        assert_eq!(classify("al", false), WordClass::Ambiguous);
        assert_eq!(classify("I.E", false), WordClass::Never);
        assert_eq!(classify("Ph.D", false), WordClass::Ambiguous);
        assert_eq!(classify("house", false), WordClass::Plain);
    }

    #[test]
    fn invalid_span_yields_nothing() {
        let seg = Segmenter::default();
        assert!(seg.split("héllo", Span::new(0, 2)).is_empty());
        assert!(seg.split("abc", Span::new(1, 10)).is_empty());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        /// The searches find the stop byte that a byte-by-byte look-up in `STOP` finds, from
        /// positions that only go forward (past each stop, or a few bytes on), on bytes that
        /// hold every stop and the bytes around them.
        #[test]
        fn stop_searches_match_the_table(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    8 => b'a'..=b'z',
                    4 => proptest::sample::select(vec![b'.', b'?', b'!', b'\n', 0xE2, 0x80, 0xA6, b' ', b'"']),
                    1 => proptest::num::u8::ANY,
                ],
                0..80,
            ),
            steps in proptest::collection::vec(0usize..4, 0..40),
        ) {
            let by_table = |i: usize| (i..bytes.len()).find(|&k| STOP[bytes[k] as usize]).unwrap_or(bytes.len());
            let mut stops = Stops::default();
            let mut i = 0;
            let mut steps = steps.into_iter();
            while i <= bytes.len() {
                let got = stops.next(&bytes, i);
                proptest::prop_assert_eq!(got, by_table(i));
                i = match steps.next() {
                    Some(0) | None => got + 1,
                    Some(k) => i + k,
                };
            }
        }
    }
}
