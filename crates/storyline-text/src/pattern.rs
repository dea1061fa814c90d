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

use std::ops::{Index, Range};
use std::sync::OnceLock;

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
    /// With [`Pattern::gated`]: the pattern as written, and its engine once a haystack with
    /// a char outside [`LATIN`] needed it.
    full: Option<(Hir, OnceLock<meta::Regex>)>,
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
        let cut = cut_classes(&hir, &latin);
        if cut == hir {
            return Self {
                main: build(&hir, Engines::Gated),
                full: None,
            };
        }
        Self {
            main: build(&cut, Engines::Gated),
            full: Some((hir, OnceLock::new())),
        }
    }

    /// The engine that answers for `hay`.
    fn engine(&self, hay: &str) -> &meta::Regex {
        match &self.full {
            Some((hir, full)) if !is_latin(hay) => full.get_or_init(|| build(hir, Engines::Gated)),
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
        self.engine(hay)
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
/// repetitions, groups, their order) as it was. A class cut to nothing becomes a class that never
/// matches.
fn cut_classes(hir: &Hir, to: &ClassUnicode) -> Hir {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let mut class = class.clone();
            class.intersect(to);
            Hir::class(Class::Unicode(class))
        }
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(cut_classes(&rep.sub, to)),
            ..rep.clone()
        }),
        HirKind::Capture(cap) => Hir::capture(Capture {
            sub: Box::new(cut_classes(&cap.sub, to)),
            ..cap.clone()
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(|h| cut_classes(h, to)).collect()),
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.iter().map(|h| cut_classes(h, to)).collect())
        }
        HirKind::Empty
        | HirKind::Literal(_)
        | HirKind::Class(Class::Bytes(_))
        | HirKind::Look(_) => hir.clone(),
    }
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
                .is_some_and(|(_, full)| full.get().is_none())
        );
        assert!(p.is_match("Жанна"));
        assert!(
            p.full
                .as_ref()
                .is_some_and(|(_, full)| full.get().is_some())
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
