//! The regular expressions of the text layer (the date tagger's and the cleaner's), built the way
//! `regex::Regex` builds them but for the per-process cost of building them.
//!
//! Every pattern is compiled once per process, on first use, and a run over a few hundred news
//! clusters spent more instructions compiling them than searching with them. [`Pattern`] is the
//! regex crate's own engine (`regex_automata::meta`, what `regex::Regex` wraps) with
//! `regex::Regex`'s settings, so it finds exactly the same matches and groups, except for one
//! setting: no literal prefilters. Extracting the literals of big case-insensitive alternations
//! (month and weekday names, caption and footer words: every case variant, crossed with the
//! optional words in front) cost more than compiling the automata, about 60% of what compiling
//! the tagger's patterns took; and on the text the callers let through, the lazy DFA finds the
//! matches in about as few instructions without them. A prefilter only chooses where a search
//! starts looking; it never changes what is found.

use std::ops::Index;

use regex_automata::util::captures::Captures as Groups;
use regex_automata::util::syntax;
use regex_automata::{MatchKind, meta};

/// A compiled pattern (see the module doc for how it differs from `regex::Regex`: only in what it
/// costs to build).
pub(crate) struct Pattern(meta::Regex);

impl Pattern {
    /// Compiles `pattern` with `regex::Regex::new`'s configuration (regex 1.x `builders.rs`) minus
    /// the literal prefilter. Panics on an invalid pattern: every pattern here is a constant.
    pub(crate) fn new(pattern: &str) -> Self {
        let config = meta::Config::new()
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid_cache_capacity(2 * (1 << 20))
            .match_kind(MatchKind::LeftmostFirst)
            .utf8_empty(true)
            .auto_prefilter(false);
        let re = meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::new().utf8(true))
            .build(pattern)
            .expect("static pattern is valid");
        Self(re)
    }

    /// True when the pattern matches somewhere in `hay`, as `regex::Regex::is_match`.
    pub(crate) fn is_match(&self, hay: &str) -> bool {
        self.0.is_match(hay)
    }

    /// The first match, as `regex::Regex::find`.
    pub(crate) fn find<'h>(&self, hay: &'h str) -> Option<Group<'h>> {
        self.0.find(hay).map(|m| Group {
            hay,
            start: m.start(),
            end: m.end(),
        })
    }

    /// Every non-overlapping match with its groups, as `regex::Regex::captures_iter`.
    pub(crate) fn captures_iter<'h>(
        &'h self,
        hay: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + 'h {
        self.0
            .captures_iter(hay)
            .map(move |groups| Captures { hay, groups })
    }

    /// The first match with its groups, as `regex::Regex::captures`.
    pub(crate) fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        let mut groups = self.0.create_captures();
        self.0.captures(hay, &mut groups);
        groups.is_match().then_some(Captures { hay, groups })
    }

    /// `hay` with every non-overlapping match replaced by `with`, as `regex::Regex::replace_all`
    /// with a replacement holding no `$`.
    pub(crate) fn replace_all(&self, hay: &str, with: &str) -> String {
        let mut out = String::with_capacity(hay.len());
        let mut last = 0;
        for m in self.0.find_iter(hay) {
            out.push_str(&hay[last..m.start()]);
            out.push_str(with);
            last = m.end();
        }
        out.push_str(&hay[last..]);
        out
    }
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
