//! The regular expressions of the text layer (the date tagger's and the cleaner's), built the way
//! `regex::Regex` builds them but for the per-process cost of building them.
//!
//! Every pattern is compiled once per process, on first use, and a run over a few hundred news
//! clusters spent more instructions compiling them than searching with them. [`Pattern`] is the
//! regex crate's own engine (`regex_automata::meta`, what `regex::Regex` wraps) with
//! `regex::Regex`'s settings, so it finds exactly the same matches and groups. What differs only
//! changes what building costs:
//!
//! - No literal prefilters. Extracting the literals of big case-insensitive alternations (month
//!   and weekday names, caption and footer words: every case variant, crossed with the optional
//!   words in front) cost more than compiling the automata, about 60% of what compiling the
//!   tagger's patterns took; and on the text the callers let through, the lazy DFA finds the
//!   matches in about as few instructions without them. A prefilter only chooses where a search
//!   starts looking; it never changes what is found.
//! - [`Pattern::gated`], for patterns with big Unicode classes that only the lines passing a cheap
//!   check reach, builds the pattern with its character classes cut to [`LATIN`] and uses it on
//!   every haystack whose chars all lie in [`LATIN`]; the pattern as written is built only when a
//!   haystack holds some other char. A class such as `\p{L}` or `\p{Lu}` is hundreds of ranges all
//!   over Unicode, and the automaton compiles every one of them into UTF-8 byte sequences,
//!   forwards and backwards, once per occurrence (`[\p{L} .]{1,20}` is twenty): the cleaner's
//!   dateline pattern took 53 M instructions to build, 3.4 M with its classes cut and no lazy DFA.
//!   A search only ever asks whether a haystack char is in a class, so on a haystack of
//!   [`LATIN`] chars a class and its cut answer alike at every step, and the two automata go
//!   through the same states and report the same matches and groups. Such a pattern is also
//!   built without the lazy DFA, which needs the automaton built a second time backwards and
//!   pays only over many searches; the bounded backtracker and the PikeVM it leaves find the same
//!   matches.
//! - [`Pattern::ascii_digits`], for patterns with Unicode `\d` searched on every line (the date
//!   tagger's), cuts only the decimal digits other than `0`–`9` out of its classes, keeps the lazy
//!   DFA, and builds the pattern as written only when a searched text holds such a digit: the same
//!   argument, for a cut that holds on nearly every text the tagger sees.

use std::ops::{Index, Range};
use std::sync::{LazyLock, OnceLock};

use regex_automata::util::captures::Captures as Groups;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, meta};
use regex_syntax::hir::{
    Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Repetition,
};

/// The chars a [`Pattern::gated`] pattern is first built for: Basic Latin, Latin-1 and Latin
/// Extended-A and -B (English text and the names in it), U+2000 to U+2BFF (general punctuation
/// such as curly quotes and dashes, currency and letter-like signs, arrows, maths, shapes,
/// dingbats: few letters, so cheap to keep), the byte-order mark and the replacement char. Over
/// 2,000 Multi-News val clusters about one line in two hundred holds another char (Arabic,
/// Kannada, Hebrew), and none of those reaches a gated pattern.
pub(crate) const LATIN: &[(char, char)] = &[
    ('\0', '\u{24F}'),
    ('\u{2000}', '\u{2BFF}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFFD}', '\u{FFFD}'),
];

/// A compiled pattern (see the module doc for how it differs from `regex::Regex`: only in what it
/// costs to build).
pub(crate) struct Pattern {
    /// The engine, or with [`Pattern::gated`], the engine for haystacks of [`LATIN`] chars.
    main: meta::Regex,
    /// With [`Pattern::gated`] or [`Pattern::ascii_digits`]: the pattern as written, and its
    /// engine once a haystack the cut pattern cannot answer for needed it.
    full: Option<Full>,
}

/// The pattern as written, for the haystacks its cut form cannot answer for.
struct Full {
    hir: Hir,
    /// Which cut the main engine was built with (and so which haystacks need this one).
    cut: Cut,
    engine: OnceLock<meta::Regex>,
}

/// How a pattern's classes were cut for its main engine.
#[derive(Clone, Copy)]
enum Cut {
    /// To [`LATIN`] ([`Pattern::gated`]).
    Latin,
    /// The decimal digits other than `0`–`9` taken out ([`Pattern::ascii_digits`]).
    OtherDigits,
}

impl Pattern {
    /// Compiles `pattern` with `regex::Regex::new`'s configuration (regex 1.x `builders.rs`) minus
    /// the literal prefilter. Panics on an invalid pattern: every pattern here is a constant.
    pub(crate) fn new(pattern: &str) -> Self {
        Self {
            main: build(&parse(pattern), Engines::All),
            full: None,
        }
    }

    /// As [`Pattern::new`], but for a pattern with big Unicode classes that only the lines passing
    /// a cheap check reach: builds it with its classes cut to [`LATIN`], as written only when a
    /// haystack holds a char outside [`LATIN`], and without the lazy DFA (see the module doc).
    /// Not for patterns searched on every line: checking each haystack's chars, and searching
    /// without the lazy DFA, would cost more there than the building saves.
    pub(crate) fn gated(pattern: &str) -> Self {
        let hir = parse(pattern);
        let latin = ClassUnicode::new(LATIN.iter().map(|&(a, b)| ClassUnicodeRange::new(a, b)));
        let cut = cut(&hir, &latin);
        Self::cut(hir, cut, Cut::Latin)
    }

    /// As [`Pattern::new`], but for a pattern with Unicode `\d` (or a class holding it) searched on
    /// every line: builds it with the decimal digits other than ASCII `0`–`9` taken out of its
    /// classes, and as written only when a searched text holds such a digit (`٣`, `३`, `３`).
    /// Unicode `\d` is some 70 ranges all over Unicode, compiled into UTF-8 byte sequences forwards
    /// and backwards once per occurrence: about 8.8 M of the 18.6 M instructions building the
    /// tagger's patterns took, where `[0-9]` is one byte range. As for [`Pattern::gated`], a
    /// search only asks whether a haystack char is in a class, so on a text without such a digit
    /// the cut and the written pattern go through the same states and find the same matches and
    /// groups. The lazy DFA is kept: these patterns are searched on every block.
    pub(crate) fn ascii_digits(pattern: &str) -> Self {
        /// Every char but the decimal digits other than `0`–`9`.
        static KEEP: LazyLock<ClassUnicode> = LazyLock::new(|| {
            let mut keep = ClassUnicode::new([ClassUnicodeRange::new('0', '9')]);
            keep.symmetric_difference(&unicode_digits());
            keep.negate();
            keep
        });
        let hir = parse(pattern);
        let cut = cut(&hir, &KEEP);
        Self::cut(hir, cut, Cut::OtherDigits)
    }

    /// `hir` built from its cut form `cut`, as written only when needed (or at once when cutting
    /// changed nothing: `cut` is `None`).
    fn cut(hir: Hir, cut: Option<Hir>, how: Cut) -> Self {
        let engines = match how {
            Cut::Latin => Engines::Gated,
            Cut::OtherDigits => Engines::All,
        };
        let Some(cut) = cut else {
            return Self {
                main: build(&hir, engines),
                full: None,
            };
        };
        Self {
            main: build(&cut, engines),
            full: Some(Full {
                hir,
                cut: how,
                engine: OnceLock::new(),
            }),
        }
    }

    /// The engine that answers for a search of `text` (the haystack, or the part of it a search
    /// is limited to).
    fn engine(&self, text: &str) -> &meta::Regex {
        match &self.full {
            Some(full)
                if match full.cut {
                    Cut::Latin => !is_latin(text),
                    Cut::OtherDigits => has_other_digit(text),
                } =>
            {
                full.engine.get_or_init(|| {
                    build(
                        &full.hir,
                        match full.cut {
                            Cut::Latin => Engines::Gated,
                            Cut::OtherDigits => Engines::All,
                        },
                    )
                })
            }
            _ => &self.main,
        }
    }

    /// True when the pattern matches somewhere in `hay`, as `regex::Regex::is_match`.
    pub(crate) fn is_match(&self, hay: &str) -> bool {
        self.engine(hay).is_match(hay)
    }

    /// The first match, as `regex::Regex::find`.
    pub(crate) fn find<'h>(&self, hay: &'h str) -> Option<Group<'h>> {
        self.engine(hay).find(hay).map(|m| Group {
            hay,
            start: m.start(),
            end: m.end(),
        })
    }

    /// Every non-overlapping match with its groups, as `regex::Regex::captures_iter` on `hay`,
    /// for a pattern none of whose matches in `hay` starts before `range` or ends after it (give
    /// `0..hay.len()` for a search of all of `hay`): the search runs from the start of `range` to
    /// its end only, and its look-around (`\b`) sees the bytes on either side as a search of all
    /// of `hay` does, so it finds the same matches in the same order.
    pub(crate) fn captures_iter_in<'h>(
        &'h self,
        hay: &'h str,
        range: Range<usize>,
    ) -> impl Iterator<Item = Captures<'h>> + 'h {
        // Only the chars of `range` can be matched (the look-around is ASCII `\b`, or sees any
        // other byte alike in the cut and the written pattern), so only they choose the engine.
        self.engine(&hay[range.clone()])
            .captures_iter(Input::new(hay).range(range))
            .map(move |groups| Captures { hay, groups })
    }

    /// The first match with its groups, as `regex::Regex::captures`.
    pub(crate) fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        let engine = self.engine(hay);
        let mut groups = engine.create_captures();
        engine.captures(hay, &mut groups);
        groups.is_match().then_some(Captures { hay, groups })
    }

    /// `hay` with every non-overlapping match replaced by `with`, as `regex::Regex::replace_all`
    /// with a replacement holding no `$`.
    pub(crate) fn replace_all(&self, hay: &str, with: &str) -> String {
        let mut out = String::with_capacity(hay.len());
        let mut last = 0;
        for m in self.engine(hay).find_iter(hay) {
            out.push_str(&hay[last..m.start()]);
            out.push_str(with);
            last = m.end();
        }
        out.push_str(&hay[last..]);
        out
    }
}

/// `pattern` parsed as `regex::Regex::new` parses it.
fn parse(pattern: &str) -> Hir {
    syntax::parse_with(pattern, &syntax::Config::new().utf8(true)).expect("static pattern is valid")
}

/// Which search engines [`build`] prepares.
#[derive(Clone, Copy)]
enum Engines {
    /// All that `regex::Regex` prepares.
    All,
    /// All but the lazy DFA (for [`Pattern::gated`]).
    Gated,
}

/// The engine for `hir`, with `regex::Regex::new`'s configuration (regex 1.x `builders.rs`) minus
/// the literal prefilter, and minus the lazy DFA for [`Engines::Gated`].
fn build(hir: &Hir, engines: Engines) -> meta::Regex {
    let config = meta::Config::new()
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20))
        .match_kind(MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .auto_prefilter(false)
        .hybrid(matches!(engines, Engines::All));
    meta::Builder::new()
        .configure(config)
        .build_from_hir(hir)
        .expect("static pattern builds")
}

/// `hir` with every Unicode class intersected with `to`; everything else (literals, look-arounds,
/// repetitions, groups, their order) as it was, and `None` when no class of `hir` holds a char
/// outside `to`. A class cut to nothing becomes a class that never matches. The subtrees the cut
/// leaves alone are cloned, not rebuilt (rebuilding every node of the tagger's patterns, and
/// intersecting each of their hundreds of classes, cost more than the cut saved).
fn cut(hir: &Hir, to: &ClassUnicode) -> Option<Hir> {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            if within(class, to) {
                return None;
            }
            let mut class = class.clone();
            class.intersect(to);
            Some(Hir::class(Class::Unicode(class)))
        }
        HirKind::Repetition(rep) => cut(&rep.sub, to).map(|sub| {
            Hir::repetition(Repetition {
                sub: Box::new(sub),
                ..rep.clone()
            })
        }),
        HirKind::Capture(cap) => cut(&cap.sub, to).map(|sub| {
            Hir::capture(Capture {
                sub: Box::new(sub),
                ..cap.clone()
            })
        }),
        HirKind::Concat(subs) => cut_all(subs, to).map(Hir::concat),
        HirKind::Alternation(subs) => cut_all(subs, to).map(Hir::alternation),
        HirKind::Empty
        | HirKind::Literal(_)
        | HirKind::Class(Class::Bytes(_))
        | HirKind::Look(_) => None,
    }
}

/// `subs` each cut, or `None` when none of them changed.
fn cut_all(subs: &[Hir], to: &ClassUnicode) -> Option<Vec<Hir>> {
    let cuts: Vec<Option<Hir>> = subs.iter().map(|h| cut(h, to)).collect();
    cuts.iter().any(Option::is_some).then(|| {
        cuts.into_iter()
            .zip(subs)
            .map(|(c, h)| c.unwrap_or_else(|| h.clone()))
            .collect()
    })
}

/// True when every char of `class` lies in `to` (each range of `class` inside one range of `to`:
/// a class's ranges are sorted, and touching ones merged).
fn within(class: &ClassUnicode, to: &ClassUnicode) -> bool {
    let to = to.ranges();
    class.ranges().iter().all(|r| {
        let i = to.partition_point(|t| t.end() < r.start());
        to.get(i)
            .is_some_and(|t| t.start() <= r.start() && r.end() <= t.end())
    })
}

/// Unicode `\d` (the decimal digits, `Nd`), as `regex` reads it.
fn unicode_digits() -> ClassUnicode {
    match parse(r"\d").into_kind() {
        HirKind::Class(Class::Unicode(class)) => class,
        _ => unreachable!("`\\d` is a Unicode class"),
    }
}

/// True when `text` holds a decimal digit other than ASCII `0`–`9`. Every such digit lies at or
/// after U+0660 (Arabic-Indic zero), so the chars before it are passed over by one comparison;
/// `char::is_numeric` (`Nd`, `Nl` and `No`) holds every decimal digit, and the few other numerals
/// it lets through (`Ⅻ`, `①`) only send the search to the pattern as written, which finds the
/// same matches.
pub(crate) fn has_other_digit(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(|c| c >= '\u{660}' && c.is_numeric())
}

/// True when every char of `hay` lies in [`LATIN`].
fn is_latin(hay: &str) -> bool {
    hay.is_ascii()
        || hay
            .chars()
            .all(|c| LATIN.iter().any(|&(a, b)| (a..=b).contains(&c)))
}

/// The groups of one match of a [`Pattern`] (the parts of `regex::Captures` the callers use).
pub(crate) struct Captures<'h> {
    hay: &'h str,
    groups: Groups,
}

/// One match or matched group, as `regex::Match`.
#[derive(Clone, Copy)]
pub(crate) struct Group<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    /// The matched text.
    pub(crate) fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }

    /// Byte offset of the start in the haystack.
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// Byte offset of the end in the haystack.
    pub(crate) fn end(&self) -> usize {
        self.end
    }
}

impl<'h> Captures<'h> {
    fn group(&self, span: Option<regex_automata::Span>) -> Option<Group<'h>> {
        span.map(|sp| Group {
            hay: self.hay,
            start: sp.start,
            end: sp.end,
        })
    }

    /// Group `i` (0: the whole match), when it took part in the match.
    pub(crate) fn get(&self, i: usize) -> Option<Group<'h>> {
        self.group(self.groups.get_group(i))
    }

    /// The named group, when it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Group<'h>> {
        self.group(self.groups.get_group_by_name(name))
    }
}

impl Index<&str> for Captures<'_> {
    type Output = str;

    /// The named group's text; panics when it did not take part in the match, as `regex` does.
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .unwrap_or_else(|| panic!("no group named '{name}'"))
            .as_str()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use super::*;

    /// Patterns with the kinds of classes [`Pattern::gated`] cuts: Unicode letters and
    /// capitals, `\w`, `\s`, `\d`, a negated class, case-insensitive words, Unicode word
    /// boundaries, bounded repetitions and named groups (shortened from the cleaner's).
    const PATTERNS: &[&str] = &[
        r"^(?P<place>\p{Lu}[\p{Lu}'’.\-]*[\p{Lu}.](?:[ \u{a0}]+\p{Lu}[\p{Lu}'’.\-]*[\p{Lu}.])?)[ \u{a0}]*(?:\((?P<agency>[^()\n]{2,10})\))?[ \u{a0}]*(?:(?P<dash>--|[-–—:])|/(?P<slash>\p{L}[\p{L} .\-]{1,5})/)",
        r"^(?P<first>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?P<more>(?:(?:,| and) \p{Lu}[\p{L}'’-]+)*)$",
        r"\b(?i:by)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$",
        r"(?i)\b\w+\s*\d+\b",
    ];

    /// Each pattern built gated and as written.
    static BUILT: LazyLock<Vec<(Pattern, Pattern)>> = LazyLock::new(|| {
        PATTERNS
            .iter()
            .map(|p| (Pattern::gated(p), Pattern::new(p)))
            .collect()
    });

    /// Every match of `p` in `hay` with the spans of all its groups.
    fn spans(p: &Pattern, hay: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        p.captures_iter_in(hay, 0..hay.len())
            .map(|c| {
                (0..c.groups.group_len())
                    .map(|i| c.get(i).map(|g| (g.start(), g.end())))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn gated_cuts_only_patterns_whose_classes_reach_past_latin() {
        assert!(BUILT.iter().all(|(gated, _)| gated.full.is_some()));
        assert!(Pattern::gated(r"^(?i:by) [a-z]+\.$").full.is_none());
    }

    #[test]
    fn the_test_patterns_match_latin_and_other_text() {
        for (i, hay) in [
            "WASHINGTON (Reuters) - The",
            "Jane Doe, Łukasz and Ňa",
            "Photos by Élise Durand",
            "Seite 12",
        ]
        .into_iter()
        .enumerate()
        {
            let (gated, full) = &BUILT[i];
            assert!(!spans(gated, hay).is_empty(), "{hay}");
            let other = hay.replace('a', "ж");
            assert_eq!(spans(gated, &other), spans(full, &other), "{other}");
        }
    }

    #[test]
    fn gated_builds_the_pattern_as_written_for_other_text() {
        let p = Pattern::gated(r"^\p{Lu}\p{L}+$");
        assert!(p.is_match("Łukasz"));
        assert!(
            p.full
                .as_ref()
                .is_some_and(|full| full.engine.get().is_none())
        );
        assert!(p.is_match("Жанна"));
        assert!(
            p.full
                .as_ref()
                .is_some_and(|full| full.engine.get().is_some())
        );
    }

    #[test]
    fn a_search_in_a_range_sees_the_bytes_around_it() {
        let p = Pattern::new(r"(?-u:\b)(?P<y>\d{4})(?-u:\b)");
        let found = |hay: &str, range: Range<usize>| -> Vec<(usize, usize)> {
            p.captures_iter_in(hay, range)
                .map(|c| (c.get(0).unwrap().start(), c.get(0).unwrap().end()))
                .collect()
        };
        // `x2015` holds no word of four digits, though its range does.
        assert_eq!(found("x2015 in 1999", 1..5), vec![]);
        assert_eq!(found("x2015 in 1999", 1..13), vec![(9, 13)]);
        assert_eq!(found("in 2015, 1999", 3..7), vec![(3, 7)]);
        // Nor does `20151`, cut at the range's end.
        assert_eq!(found("in 20151", 3..7), vec![]);
    }

    /// Patterns with Unicode `\d` in the ways the date tagger writes it: counted, in a class with
    /// other chars, next to ASCII word boundaries, case-insensitive words and `\s`.
    const DIGIT_PATTERNS: &[&str] = &[
        r"(?-u:\b)(?P<year>(?:1[89]|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?|(?-u:\b))",
        r"(?-u:\b)(?P<mon>(?i:may|sept?))\s*(?P<day>\d{1,2})(?:st|nd)?(?-u:\b)(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)(?-u:\b))?",
        r"(?i)(?-u:\b)(?:\d{1,2}[:.]\d{2}(?::\d{2})?|[a-z]{2,4}t|on)(?-u:\b)",
    ];

    /// Each pattern built with the other digits cut and as written.
    static DIGITS_BUILT: LazyLock<Vec<(Pattern, Pattern)>> = LazyLock::new(|| {
        DIGIT_PATTERNS
            .iter()
            .map(|p| (Pattern::ascii_digits(p), Pattern::new(p)))
            .collect()
    });

    #[test]
    fn other_digits_are_found_exactly() {
        let digits = unicode_digits();
        let other = |c: char| {
            !c.is_ascii_digit() && digits.iter().any(|r| (r.start()..=r.end()).contains(&c))
        };
        for c in (0..=0x0010_FFFF).filter_map(char::from_u32) {
            if other(c) {
                assert!(has_other_digit(&c.to_string()), "{c:?}");
            }
        }
        assert!(!has_other_digit("May 2, 2015 – ½ ² ¾ “x”"));
    }

    #[test]
    fn ascii_digits_builds_the_pattern_as_written_for_other_digits() {
        // Built here: the proptest below searches the shared ones with other digits.
        let p = Pattern::ascii_digits(DIGIT_PATTERNS[0]);
        let full = p.full.as_ref().expect("`\\d` is cut");
        let hay = "on 2015-03-04, ٣";
        assert_eq!(p.find(&hay[..13]).map(|m| m.start()), Some(3));
        assert_eq!(p.captures_iter_in(hay, 0..13).count(), 1);
        assert!(full.engine.get().is_none());
        assert_eq!(p.find("on 20١٥-03-04").map(|m| m.start()), Some(3));
        assert!(full.engine.get().is_some());
        assert!(
            Pattern::ascii_digits(r"(?i)(?-u:\b)the\s+[0-9]")
                .full
                .is_none()
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        /// On any text, and in any range of it, a pattern with its other digits cut finds the same
        /// matches and groups as the pattern built as written.
        #[test]
        fn ascii_digits_finds_what_the_pattern_as_written_finds(
            s in "([0-9]{1,4}|[٠-٩]{1,2}|३|３|²|½|Ⅻ|[A-Za-z]{1,5}|May|Sept?|ſ|K|é|[-:.,T+Z/ ]|\u{a0}|\u{2009}|’){0,16}",
            a in 0usize..64,
            b in 0usize..64,
        ) {
            let cuts: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let (lo, hi) = (cuts[a % cuts.len()], cuts[b % cuts.len()]);
            let range = lo.min(hi)..lo.max(hi);
            for (cut, full) in DIGITS_BUILT.iter() {
                proptest::prop_assert_eq!(spans(cut, &s), spans(full, &s));
                let in_range = |p: &Pattern| -> Vec<(usize, usize)> {
                    p.captures_iter_in(&s, range.clone())
                        .map(|c| (c.get(0).unwrap().start(), c.get(0).unwrap().end()))
                        .collect()
                };
                proptest::prop_assert_eq!(in_range(cut), in_range(full));
                proptest::prop_assert_eq!(cut.is_match(&s), full.is_match(&s));
                proptest::prop_assert_eq!(cut.replace_all(&s, "#"), full.replace_all(&s, "#"));
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        /// On Latin text and on any other, a gated pattern finds the same matches and groups as
        /// the pattern built as written.
        #[test]
        fn gated_finds_what_the_pattern_as_written_finds(
            s in "([A-Z]{1,6}|[A-Z][a-z]{2,6}|[a-z]{1,5}|É|é|Ł|ł|ſ|K|Ж|ж|Δ|中|[’'./:,()-]|–|—| |\u{a0}|[0-9]{1,3}|by|By){0,16}",
        ) {
            for (gated, full) in BUILT.iter() {
                proptest::prop_assert_eq!(spans(gated, &s), spans(full, &s));
            }
        }
    }
}
