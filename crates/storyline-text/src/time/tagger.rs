//! The temporal-expression tagger (see the parent module for the method).

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon;
use super::{Date, Precision, TimeExpr, Weekday};
use crate::Span;
use crate::pattern::{Captures, Pattern, has_other_digit};

/// The weekday names as lower-cased text writes them (Multi-News: `police said friday`), for
/// [`lower_weekdays_in`], [`Cues::scan`] and the patterns (see [`alternation`]).
const WEEKDAYS_LOWER: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// The weekday names, for [`Cues::scan`] and the patterns.
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
/// The month names, for [`Cues::scan`] (it compares each capitalised month word with them) and
/// the patterns.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// The month abbreviations. In the patterns they need a following `\b` so `Sep` never matches
/// inside `September`; `Sept` comes before `Sep`, as the regex takes the first alternative that
/// matches.
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
];

/// `names` as a regex alternation (`Monday|Tuesday|…`), in their order. The names are plain
/// letters: nothing in them needs escaping.
fn alternation(names: &[&str]) -> String {
    names.join("|")
}

/// Compiles a pattern with ASCII word boundaries: Unicode `\b` makes the regex crate's lazy DFA
/// give up on any non-ASCII haystack and fall back to a backtracker, which made the tagger the
/// most expensive stage of the pipeline. Dates are written in ASCII digits and English words, so
/// an ASCII boundary finds the same expressions.
///
/// The patterns are built without literal prefilters (see [`Pattern`]): extracting the literals
/// of these case-insensitive alternations of month, weekday and unit names (every case variant,
/// crossed with the optional words in front) cost more than compiling the automata, about 60% of
/// the 60 M instructions compiling all the patterns took; and on the blocks the tagger's gate lets
/// through, the lazy DFA finds the dates in fewer instructions without them (measured over 300
/// val clusters, also for the numeric `ISO` and `US`, whose prefilters pay on ungated text).
///
/// Unicode `\d` stays Unicode, but the patterns are built with `0`–`9` for it and as written only
/// when a searched text holds another decimal digit ([`Pattern::ascii_digits`]): its ranges all
/// over Unicode were about half of what building these patterns cost.
fn re(pattern: &str) -> Pattern {
    Pattern::ascii_digits(&pattern.replace(r"\b", r"(?-u:\b)"))
}

fn mon() -> String {
    format!(
        r"(?i:(?:{full})\b|(?:{abbr})\b\.?)",
        full = alternation(&MONTHS),
        abbr = alternation(&MONTH_ABBREVIATIONS)
    )
}

static MDY: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<wd>{wd}),?\s+|(?P<wdl>{wdl}),?\s+)?(?P<mon>{m})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)\b)?",
        wd = alternation(&WEEKDAYS),
        wdl = alternation(&WEEKDAYS_LOWER),
        m = mon()
    ))
});
static DMY: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<wd>{wd}),?\s+|(?P<wdl>{wdl}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{m})(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)\b)?",
        wd = alternation(&WEEKDAYS),
        wdl = alternation(&WEEKDAYS_LOWER),
        m = mon()
    ))
});
static MY: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<mod>(?i:early|mid|late|end of|beginning of|the end of))[-\s]+)?(?P<mon>{m}),?\s+(?:of\s+)?(?P<year>(?:1[5-9]|20)\d\d)\b",
        m = mon()
    ))
});
static ISO: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?|\b)",
    )
});
static US: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"\b(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>(?:19|20)\d\d)\b")
});
static MONTH: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<mod>(?i:last|next|this|early|mid|late|earlier|later|the end of|end of))[-\s]+(?:in\s+)?)?(?P<mon>{full})\b",
        full = alternation(&MONTHS)
    ))
});
/// A year, maybe after `early`, `mid` or `late`. The tagger finds these with [`years_in`]; the
/// pattern is the reference its tests compare with.
#[cfg(test)]
static YEAR: LazyLock<Pattern> =
    LazyLock::new(|| re(r"\b(?:(?P<mod>(?i:early|mid|late))[-\s]+)?(?P<year>(?:1[89]|20)\d\d)\b"));
static DECADE: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"\b(?:(?i:the)\s+)?(?:(?i:early|mid|late)[-\s]+)?(?P<dec>(?:1[89]|20)\d0)'?s\b")
});
static WEEKDAY: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<mod>(?i:last|next|this|early|late|earlier|later|coming))\s+(?:on\s+)?)?(?P<wd>{wd})(?:'s|’s)?(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
        wd = alternation(&WEEKDAYS)
    ))
});
/// A weekday written in lower case (`the body was found saturday`, `on tuesday night`), the same
/// shape as `WEEKDAY`; [`lower_weekday_form`] keeps only plain day references. The tagger finds
/// these with [`lower_weekdays_in`], and searches with the pattern only text that holds a char
/// its case-insensitive modifiers fold onto an ASCII letter (see [`Reach::folds`]).
static LOWER_WEEKDAY: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<mod>(?i:last|next|this|early|late|earlier|later|coming))\s+(?:on\s+)?)?(?P<wd>{wdl})(?:'s|’s)?(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
        wdl = alternation(&WEEKDAYS_LOWER)
    ))
});
static REL_WORD: LazyLock<Pattern> =
    LazyLock::new(|| re(r"\b(?P<w>(?i:today|tonight|yesterday|tomorrow))\b"));
static REL_UNIT: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:(?i:earlier|later|early|late)\s+)?(?P<m>(?i:this|last|next|coming))\s+(?P<u>(?i:week|month|year|quarter))\b",
    )
});
/// `the weekend`, `last weekend`, `this past weekend` (a bare `weekend` is usually an adjective:
/// `a weekend retreat`).
static WEEKEND: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"\b(?P<m>(?i:this\s+past|the\s+past|this|last|next|coming|past|the))\s+(?i:weekend)\b")
});
/// A season with a year (`fall 1997`, `the winter of 1994`) or a modifier (`this summer`,
/// `last spring`, `the early summer`).
static SEASON: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:(?P<mod>(?i:this\s+past|the\s+past|this|last|next|coming|past|early|late|mid|the\s+early|the\s+late|the))[-\s]+)?(?P<s>(?i:spring|summer|fall|autumn|winter))(?:,?\s+(?:of\s+)?(?P<year>(?:1[89]|20)\d\d))?\b",
    )
});
static SHIFT: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?P<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,3})\s+(?P<u>(?i:day|week|month|year))s?\s+(?P<d>(?i:ago|earlier|later|before|after|from\s+now))\b",
    )
});
static DAY_REL: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?i:the)\s+(?:(?P<a>(?i:next|following|previous))\s+(?i:day)|(?i:day)\s+(?P<b>(?i:before|after)))\b",
    )
});
static QUARTER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:(?i:the)\s+)?(?P<o>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[-\s](?i:quarter)(?:\s+of\s+(?P<y>(?:19|20)\d\d))?\b",
    )
});

/// `year-ago`/`year-earlier` as an adjective (`the year-ago quarter`, `year-earlier profit`).
static YEAR_AGO: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:(?i:the)\s+)?(?i:year)-(?i:ago|earlier)(?:\s+(?:(?i:first|second|third|fourth)[-\s])?(?i:quarter|period))?\b",
    )
});

static THE_QUARTER: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"\b(?i:the)\s+(?:(?P<m>(?i:latest|most\s+recent|recent|past|current))\s+)?(?i:quarter)\b")
});

// Stand-alone lines: the day may be glued to a clock or offset (`GMT19 May 2021`).
static LINE_DMY: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?(?P<mon>{m}),?\s*(?P<year>(?:1[5-9]|20)\d\d)\b",
        m = mon()
    ))
});
static LINE_LEFTOVER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:\d{1,2}[:.]\d{2}(?::\d{2})?|[ap]\.?m\.?|gmt|utc|[a-z]{2,4}t|updated|update|published|posted|last|on|at|am|pm|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|date|time|hrs|h|ict|ist|edt|est|cet|cest|msk)\b",
    )
});

/// What was written, before resolution against an anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A date that needs no anchor (`September 27, 2015`, `March 2011`, `1998`, `the 1990s`).
    Absolute(Date),
    /// A month and day without a year (`Sept. 9`, `Friday, Aug. 23`).
    MonthDay {
        /// Month 1–12.
        month: u8,
        /// Day 1–31.
        day: u8,
        /// The weekday written before it, which the year must agree with.
        weekday: Option<Weekday>,
    },
    /// A month without a year (`in March`, `last April`); `shift` is -1/0/+1 for last/this/next.
    Month {
        /// Month 1–12.
        month: u8,
        /// Explicit direction, when written.
        shift: Option<i8>,
    },
    /// A weekday (`on Wednesday`, `last Friday`); `shift` is -1/0/+1 for last/this/next.
    Weekday {
        /// The weekday.
        weekday: Weekday,
        /// Explicit direction, when written.
        shift: Option<i8>,
    },
    /// A quarter without a year (`the third quarter`).
    Quarter {
        /// Quarter 1–4.
        quarter: u8,
    },
    /// A season without a year (`this summer`, `last fall`).
    Season {
        /// The season's first month (3 spring, 6 summer, 9 fall, 12 winter).
        month: u8,
        /// -1/0/+1 for last/this/next: the season of the year before, of the anchor's year, of
        /// the year after (TimeML's reading: `last spring` written in October is the spring of
        /// the year before).
        shift: Option<i8>,
        /// True for `this past` / `the past`: the latest such season begun by the anchor.
        recent: bool,
    },
    /// A weekend (`over the weekend`, `last weekend`); `shift` is -1/0/+1 for last/this/next.
    Weekend {
        /// Explicit direction, when written (`this past` counts as last).
        shift: Option<i8>,
    },
    /// An offset from the anchor (`today` = 0 days, `last month` = -1 month, `two days ago`).
    Offset {
        /// The unit and the precision of the result.
        unit: Precision,
        /// How many units (negative = earlier).
        n: i64,
    },
    /// An offset from another date in the text (`one day after`, `two days later`, `the next day`).
    Chain {
        /// The unit.
        unit: Precision,
        /// How many units, signed as written (`after`/`later` positive).
        n: i64,
        /// True for `after`/`before` (a relation to a clause or a date next to it), false for
        /// `later`/`earlier`/`the next day` (an offset from the previous date in the text).
        relation: bool,
    },
}

/// The tense of the clause around an expression, from the nearest tense cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tense {
    /// `said`, `was`, `-ed`, `ago`.
    Past,
    /// `is`, `are`, `is holding`.
    Present,
    /// `will`, `would`, `is expected to`.
    Future,
    /// No cue near the expression.
    Unknown,
}

/// The word that introduces an expression, when it says how the date relates to the event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lead {
    /// `on`, `in`, `at`, `of`, or nothing.
    At,
    /// `since` (the start of a state, not the date of an event).
    Since,
    /// `until`, `till`, `through` (an end point).
    Until,
    /// `from`.
    From,
    /// `starting`, `beginning`, `effective`, also with `in`/`on` (`starting in 2015`,
    /// `beginning on Monday`): the start of a period that often lies ahead. The phrase has no tense
    /// of its own, and the nearest tense cue belongs to another verb (`tapped to replace … as host
    /// starting in 2015`), so its date is no evidence of what has already happened.
    Starting,
    /// `by` (a deadline).
    By,
    /// `before`.
    Before,
    /// `after`.
    After,
    /// `for`, `during`, `within` (a duration or a period).
    For,
}

/// A temporal expression with what the tagger knows about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Where it is in the text.
    pub span: Span,
    /// What was written.
    pub form: Form,
    /// Tense of its clause.
    pub tense: Tense,
    /// The introducing preposition.
    pub lead: Lead,
    /// The sentence (rough split) it is in.
    pub sentence: Span,
    /// The resolved value, when the form and the anchor allow one.
    pub value: Option<Date>,
}

impl Mention {
    /// True when the value needs an anchor or another date (everything but [`Form::Absolute`]).
    pub const fn relative(&self) -> bool {
        !matches!(self.form, Form::Absolute(_))
    }

    /// True for explicit calendar forms (`October 4`, `2015-09-27`), which do not depend on the
    /// tagger's tense guess.
    pub const fn explicit(&self) -> bool {
        matches!(self.form, Form::Absolute(_) | Form::MonthDay { .. })
    }

    /// True for `a year ago`, `a year earlier`, `the year-ago quarter` (not `last year`), given
    /// the text its span points into: a year back from the anchor, or from the quarter a report
    /// named before it.
    pub fn year_back(&self, text: &str) -> bool {
        year_back(self, text)
    }

    /// The mention as a [`TimeExpr`], when resolved.
    pub fn expr(&self) -> Option<TimeExpr> {
        Some(TimeExpr {
            span: self.span,
            value: self.value?,
            relative: self.relative(),
        })
    }
}

/// Settings of the [`Tagger`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TaggerConfig {
    /// Tokens searched on each side of an expression for a tense cue. Default 14.
    pub tense_window: usize,
    /// Resolve weekdays without a tense cue as past (news reports what happened). Default true.
    pub past_by_default: bool,
}

impl Default for TaggerConfig {
    fn default() -> Self {
        Self {
            tense_window: 14,
            past_by_default: true,
        }
    }
}

/// Finds temporal expressions and resolves them. Cheap to build (patterns are compiled once per
/// process); `Send + Sync`.
#[derive(Clone, Debug, Default)]
pub struct Tagger {
    config: TaggerConfig,
}

impl Tagger {
    /// A tagger with the given settings.
    pub fn new(config: TaggerConfig) -> Self {
        Self { config }
    }

    /// Resolved temporal expressions in `span` of `text`, in text order.
    pub fn tag(&self, text: &str, span: Span, anchor: Option<Date>) -> Vec<TimeExpr> {
        self.mentions(text, span, anchor)
            .iter()
            .filter_map(Mention::expr)
            .collect()
    }

    /// Resolves `mentions` again against another `anchor`: the same result as calling
    /// [`Tagger::mentions`] again for the same span of `text` with that anchor, without finding
    /// the expressions again (finding them is most of the cost).
    pub fn reresolve(&self, text: &str, mentions: &mut [Mention], anchor: Option<Date>) {
        for m in mentions.iter_mut() {
            m.value = resolve(m, anchor, self.config.past_by_default);
        }
        resolve_chains(mentions, text);
    }

    /// Every temporal expression in `span` of `text`, resolved where possible, in text order.
    pub fn mentions(&self, text: &str, span: Span, anchor: Option<Date>) -> Vec<Mention> {
        let Some(slice) = text.get(span.range()) else {
            return Vec::new();
        };
        let raw = find(slice);
        if raw.is_empty() {
            return Vec::new();
        }
        // Only the sentences a mention can lie in: those starting at or before the last one's
        // start (the scan for the others, and the word test at each of their stops, was most of
        // the cost of finding the sentences).
        let last_start = raw.iter().map(|r| r.0).max().unwrap_or(0);
        let sentences = sentences_upto(slice, last_start + 1);
        // Mentions often share a sentence: its tokens are made once, as far as the mentions so
        // far need them (see [`Tokens::reach`]).
        let window = self.config.tense_window;
        let mut toks: Option<(Span, Tokens)> = None;
        let mut out: Vec<Mention> = raw
            .into_iter()
            .map(|(s, e, form)| {
                let sent = sentences
                    .iter()
                    .copied()
                    .find(|x| x.start <= s && e <= x.end)
                    .unwrap_or(Span::new(0, slice.len()));
                if toks.as_ref().is_none_or(|(at, _)| *at != sent) {
                    toks = Some((sent, Tokens::begin(slice, sent)));
                }
                if let Some((at, t)) = toks.as_mut() {
                    t.reach(&slice[at.range()], at.start, e, window + 1);
                }
                let empty = Tokens::default();
                let sent_toks = toks.as_ref().map_or(&empty, |(_, t)| t);
                Mention {
                    span: Span::new(span.start + s, span.start + e),
                    form,
                    tense: tense(sent_toks, Span::new(s, e), window),
                    lead: lead(&slice[..s]),
                    sentence: Span::new(span.start + sent.start, span.start + sent.end),
                    value: None,
                }
            })
            .collect();
        for m in &mut out {
            m.value = resolve(m, anchor, self.config.past_by_default);
        }
        resolve_chains(&mut out, text);
        out
    }
}

/// Which families of patterns can match at all: one pass over the ASCII words of the text for the
/// words each family needs (a month name, a weekday, `today`, a year's first digits, …). A family
/// whose words are absent is not run: most blocks contain no date at all, and a dozen full regex
/// scans per block made this the most expensive stage of the pipeline. The gate only skips work;
/// it never changes what a pattern finds.
#[derive(Clone, Copy, Default)]
struct Cues(u32);

impl Cues {
    const MONTH: u32 = 1;
    const WEEKDAY: u32 = 1 << 1;
    const REL_WORD: u32 = 1 << 2;
    const UNIT: u32 = 1 << 3;
    const DIRECTION: u32 = 1 << 4;
    const DAY: u32 = 1 << 5;
    const QUARTER: u32 = 1 << 6;
    const DIGITS: u32 = 1 << 7;
    /// With [`Cues::DIGITS`]: a digit, `-` and `0`/`1` in a row, which an ISO date needs.
    const ISO: u32 = 1 << 8;
    /// With [`Cues::DIGITS`]: a digit, `/` and a digit in a row, which a US date needs.
    const SLASH: u32 = 1 << 9;
    /// With [`Cues::DIGITS`]: `0s` or `0'`, which a decade needs.
    const DECADE: u32 = 1 << 10;
    /// With [`Cues::MONTH`]: a month word with an ASCII number after it, which `MDY` (a month and
    /// then a day) needs (see [`numbers_next_to`]).
    const MONTH_NUMBER: u32 = 1 << 11;
    /// A season word (`spring`, `summer`, `fall`, `autumn`, `winter`).
    const SEASON: u32 = 1 << 12;
    /// The unit of a shift (`day`, `week`, `month`, `year`, each maybe plural): with
    /// [`Cues::DIRECTION`], what `SHIFT` needs (`two days ago`). A direction word alone (`after`,
    /// `before`, `from`) is in most texts; a unit word next to it much less often.
    const SHIFT_UNIT: u32 = 1 << 13;
    /// The word `weekend`, which `WEEKEND` needs (the other [`Cues::UNIT`] words do not).
    const WEEKEND_WORD: u32 = 1 << 14;
    /// A month's full name as written, capital first (`March`, not `march` or `Mar`): the
    /// `MONTH` pattern matches only these, case-sensitively, as a whole word (`\b` on both
    /// sides), where a lower-cased text sets [`Cues::MONTH`] with every modal `may`.
    const MONTH_NAME: u32 = 1 << 15;
    /// A weekday's name as written, capital first (`Friday`, not `friday`): the `WEEKDAY`
    /// pattern's weekday is case-sensitive and a whole word (`\b`, `\s`, `'s` or `’s` on either
    /// side), where a lower-cased text sets [`Cues::WEEKDAY`] with every `friday`.
    const WEEKDAY_NAME: u32 = 1 << 16;
    /// A shift unit (`days`) and then a direction word (`ago`, `from`), only whitespace between
    /// them: every match of `SHIFT` holds one (`\s+` between its unit and its direction).
    const SHIFT_PAIR: u32 = 1 << 17;
    /// `this`, `last`, `next` or `coming` and then `week`, `month`, `year` or `quarter`, only
    /// whitespace between them: every match of `REL_UNIT` holds one.
    const REL_PAIR: u32 = 1 << 18;
    /// `next`, `following` or `previous` and then `day`, or `day` and then `before` or `after`,
    /// only whitespace between them: every match of `DAY_REL` holds one.
    const DAY_PAIR: u32 = 1 << 19;
    /// `year-ago` or `year-earlier` (one `-` between the words): every match of `YEAR_AGO`
    /// holds one.
    const YEAR_AGO_PAIR: u32 = 1 << 20;
    /// A weekday's name in lower case (`friday`): the `LOWER_WEEKDAY` pattern's weekday is
    /// case-sensitive and a whole word, as [`Cues::WEEKDAY_NAME`]'s.
    const WEEKDAY_LOWER: u32 = 1 << 21;
    /// With [`Cues::MONTH`]: a month word with an ASCII day before it, which `DMY` needs (see
    /// [`numbers_next_to`]).
    const NUMBER_MONTH: u32 = 1 << 22;
    /// With [`Cues::MONTH`]: a month word with an ASCII year (`1500` to `2099`) after it, which
    /// `MY` needs (see [`numbers_next_to`]).
    const MONTH_YEAR: u32 = 1 << 23;
    /// The bits [`numbers_next_to`] sets.
    const MONTH_NUMBERS: u32 = Self::MONTH_NUMBER | Self::NUMBER_MONTH | Self::MONTH_YEAR;

    /// The gate bits of `s` ([`Cues::scan`] without the [`Reach`]).
    #[cfg(test)]
    fn of(s: &str) -> Self {
        Self::scan(s).0
    }

    /// The gate of `s`, and where in `s` the month-word and year patterns can match (its
    /// [`Reach`]). Every pattern needs its cue word as a whole word in the sense of the ASCII
    /// `\b` the patterns use (see `re`): a month name or abbreviation, a weekday, `today`, a unit
    /// (`week`, `weekend`, `quarter`, …), a direction (`ago`, `after`, …) or `day`, each preceded
    /// and followed by a non-word byte; a year starts a word with `18`, `19` or `20`. So one scan
    /// of the text's words (maximal runs of `[0-9A-Za-z_]`), compared ASCII-case-insensitively with
    /// [`CueTable::get`], finds them, where an Aho-Corasick pass over every substring cost more
    /// than all the patterns it gated.
    ///
    /// The patterns fold case the Unicode way, under which `ſ` (long s) and `K` (Kelvin sign) are
    /// `s` and `k`. The gate never looked through those two, and used to fire on a cue inside a
    /// longer word (`week` in `weekly`), so a text holding either char keeps exactly that older
    /// gate ([`Cues::substring_gate`]): what the patterns find there stays as it was too.
    fn scan(s: &str) -> (Self, Reach) {
        let b = s.as_bytes();
        let mut cues = 0;
        // The first and the last month word (their spans) and the first and last word that may
        // open a year (their starts), for the [`Reach`].
        let mut months: Option<(Span, Span)> = None;
        // The first and the last lower-case weekday (their spans), for the [`Reach`].
        let mut weekdays: Option<(Span, Span)> = None;
        // The same for the capitalised weekdays, `weekend` and `quarter`.
        let mut weekday_names: Option<(Span, Span)> = None;
        let mut weekends: Option<(Span, Span)> = None;
        let mut quarters: Option<(Span, Span)> = None;
        let mut years: Option<(usize, usize)> = None;
        // The start of the first pair (see [`pair_bits`]) and the end of the last, for the
        // [`Reach`].
        let mut pairs: Option<(usize, usize)> = None;
        // The first and the last `today`-like word and season word (their spans), for the
        // [`Reach`].
        let mut rel_words: Option<(Span, Span)> = None;
        let mut seasons: Option<(Span, Span)> = None;
        // The [`Cues::MONTH_NUMBERS`] bits of the month words seen so far.
        let mut month_numbers = 0;
        // The word before the current one (its span and cue bits), for the pairs: `(0, 0, 0)`
        // before the first word, which no pair test accepts (its word is empty).
        let mut prev = (0, 0, 0);
        let table = &*CUES;
        let mut i = 0;
        // Each turn skips the bytes before the next word and then takes the word's bytes, each
        // in a loop of its own that only tests the byte: this loop runs over every byte of the
        // content and captions, and a test for non-ASCII bytes in the first (only wanted for the
        // rare `ſ` and Kelvin sign, see below) cost more than asking once for the whole text.
        // The loops step an index up to the text's length: `position` on the tail `b[i..]`, sliced
        // again for every word, cost about 10 instructions a word more (0.005 M a cluster).
        let n = b.len();
        loop {
            while i < n && !WORD_BYTE[usize::from(b[i])] {
                i += 1;
            }
            if i == n {
                break;
            }
            let start = i;
            i += 1;
            while i < n && WORD_BYTE[usize::from(b[i])] {
                i += 1;
            }
            let cue = if i - start >= 2 {
                table.get(&b[start..i])
            } else {
                0
            };
            if cue != 0 {
                let word = &b[start..i];
                if cue & Self::MONTH != 0 {
                    let here = Span::new(start, i);
                    months = Some(months.map_or((here, here), |(first, _)| (first, here)));
                    if month_numbers != Self::MONTH_NUMBERS {
                        month_numbers |= numbers_next_to(s, start, i);
                    }
                    if word[0].is_ascii_uppercase() && MONTHS.iter().any(|m| m.as_bytes() == word) {
                        cues |= Self::MONTH_NAME;
                    }
                }
                if cue & Self::WEEKDAY != 0 {
                    if word[0].is_ascii_uppercase() && WEEKDAYS.iter().any(|d| d.as_bytes() == word)
                    {
                        cues |= Self::WEEKDAY_NAME;
                        let here = Span::new(start, i);
                        weekday_names =
                            Some(weekday_names.map_or((here, here), |(first, _)| (first, here)));
                    } else if WEEKDAYS_LOWER.iter().any(|d| d.as_bytes() == word) {
                        cues |= Self::WEEKDAY_LOWER;
                        let here = Span::new(start, i);
                        weekdays = Some(weekdays.map_or((here, here), |(first, _)| (first, here)));
                    }
                }
                if cue & (Self::UNIT | Self::DAY | Self::DIRECTION) != 0 {
                    let bits = pair_bits(b, prev, (start, i), cue);
                    if bits != 0 {
                        pairs = Some(pairs.map_or((prev.0, i), |(first, _)| (first, i)));
                    }
                    cues |= bits;
                }
                if cue & (Self::WEEKEND_WORD | Self::QUARTER) != 0 {
                    let here = Span::new(start, i);
                    let seen = if cue & Self::WEEKEND_WORD != 0 {
                        &mut weekends
                    } else {
                        &mut quarters
                    };
                    *seen = Some(seen.map_or((here, here), |(first, _)| (first, here)));
                }
                if cue & Self::DIGITS != 0 {
                    years = Some(years.map_or((start, start), |(first, _)| (first, start)));
                }
                if cue & (Self::REL_WORD | Self::SEASON) != 0 {
                    let here = Span::new(start, i);
                    let seen = if cue & Self::REL_WORD != 0 {
                        &mut rel_words
                    } else {
                        &mut seasons
                    };
                    *seen = Some(seen.map_or((here, here), |(first, _)| (first, here)));
                }
                cues |= cue;
            }
            prev = (start, i, cue);
        }
        // Where a weekday pattern can match, from the first and the last weekday it names.
        let weekday_reach = |(first, last): (Span, Span)| {
            // A possessive's `'s` (or `’s`) and a part of the day may follow the last.
            let tail = &b[last.end..];
            let after = if tail.starts_with(b"'s") {
                last.end + 2
            } else if tail.starts_with("’s".as_bytes()) {
                last.end + "’s".len()
            } else {
                last.end
            };
            walk_back(b, first.start, 2)..walk_forward(b, after, 1)
        };
        let mut reach = Reach {
            months: months.map_or(0..0, |(first, last)| {
                walk_back(b, first.start, 5)..walk_forward(b, last.end, 4)
            }),
            years: years.map_or(0..0, |(first, last)| {
                walk_back(b, first, 1)..walk_forward(b, last, 2)
            }),
            weekdays: weekdays.map_or(0..0, weekday_reach),
            weekday_names: weekday_names.map_or(0..0, weekday_reach),
            weekends: weekends.map_or(0..0, |(first, last)| walk_back(b, first.start, 2)..last.end),
            quarters: quarters.map_or(0..0, |(first, last)| {
                walk_back(b, first.start, 3)..walk_forward(b, last.end, 3)
            }),
            pairs: pairs.map_or(0..0, |(first, last)| {
                walk_back(b, first, 2)..walk_forward(b, last, 2)
            }),
            rel_words: rel_words.map_or(0..0, |(first, last)| first.start..last.end),
            seasons: seasons.map_or(0..0, |(first, last)| {
                walk_back(b, first.start, 2)..walk_forward(b, last.end, 3)
            }),
            folds: false,
        };
        if !s.is_ascii() && has_folding_char(s) {
            // The patterns may match a month word the scan does not see (`Auguſt`).
            reach = Reach::whole(s);
            // The finer bits are set outright: `SHIFT` and `WEEKEND` run on the older gate's
            // bits alone, as they did.
            // A month's name in `MONTH` is case-sensitive ASCII, which the word scan sees
            // whatever other chars the text holds.
            // So is a weekday's name in `WEEKDAY`; the pairs are set outright, as the units.
            cues = (cues
                & (Self::MONTH
                    | Self::DIGITS
                    | Self::MONTH_NAME
                    | Self::WEEKDAY_NAME
                    | Self::WEEKDAY_LOWER))
                | Self::substring_gate(s)
                | Self::SHIFT_UNIT
                | Self::WEEKEND_WORD
                | Self::SHIFT_PAIR
                | Self::REL_PAIR
                | Self::DAY_PAIR
                | Self::YEAR_AGO_PAIR;
            // Month names spelt with those chars are not seen by the word scan either: any ASCII
            // digit lets the day and year patterns run, as before the finer test.
            if b.iter().any(u8::is_ascii_digit) {
                month_numbers = Self::MONTH_NUMBERS;
            }
        }
        if cues & Self::MONTH != 0 {
            cues |= month_numbers;
        }
        if cues & Self::DIGITS != 0 {
            // Byte shapes the numeric patterns cannot match without: three patterns are skipped
            // on the many blocks that only mention a year or a number. Each shape has a `-`, `/`
            // or `0` at a known place, which `memchr` finds many bytes at a time; the bytes around
            // it are then compared as a window over every byte would compare them.
            for p in memchr::memchr2_iter(b'-', b'/', b) {
                let (Some(&before), Some(&after)) = (p.checked_sub(1).map(|q| &b[q]), b.get(p + 1))
                else {
                    continue;
                };
                if !before.is_ascii_digit() {
                    continue;
                }
                if b[p] == b'-' && matches!(after, b'0' | b'1') {
                    cues |= Self::ISO;
                } else if b[p] == b'/' && after.is_ascii_digit() {
                    cues |= Self::SLASH;
                }
            }
            if memchr::memchr_iter(b'0', b).any(|p| matches!(b.get(p + 1), Some(b's' | b'\''))) {
                cues |= Self::DECADE;
            }
        }
        (Self(cues), reach)
    }

    /// The bits other than [`Cues::MONTH`] and [`Cues::DIGITS`] as the gate used to set them: the
    /// cue word anywhere in the text, inside a longer word too (ASCII case-insensitive).
    fn substring_gate(s: &str) -> u32 {
        const WORDS: [(&str, u32); 25] = [
            ("monday", Cues::WEEKDAY),
            ("tuesday", Cues::WEEKDAY),
            ("wednesday", Cues::WEEKDAY),
            ("thursday", Cues::WEEKDAY),
            ("friday", Cues::WEEKDAY),
            ("saturday", Cues::WEEKDAY),
            ("sunday", Cues::WEEKDAY),
            ("today", Cues::REL_WORD),
            ("tonight", Cues::REL_WORD),
            ("yesterday", Cues::REL_WORD),
            ("tomorrow", Cues::REL_WORD),
            ("week", Cues::UNIT),
            ("month", Cues::UNIT),
            ("year", Cues::UNIT),
            ("quarter", Cues::UNIT | Cues::QUARTER),
            ("ago", Cues::DIRECTION),
            ("earlier", Cues::DIRECTION),
            ("later", Cues::DIRECTION),
            ("before", Cues::DIRECTION),
            ("day", Cues::DAY),
            ("spring", Cues::SEASON),
            ("summer", Cues::SEASON),
            ("fall", Cues::SEASON),
            ("autumn", Cues::SEASON),
            ("winter", Cues::SEASON),
        ];
        let lower = s.to_ascii_lowercase();
        let mut cues = 0;
        for (w, bit) in WORDS {
            if lower.contains(w) {
                cues |= bit;
            }
        }
        for w in ["after", "from"] {
            if lower.contains(w) {
                cues |= Cues::DIRECTION;
            }
        }
        cues
    }

    fn has_all(self, bits: u32) -> bool {
        self.0 & bits == bits
    }
}

/// Where in a text the patterns of a month word with numbers (`MDY`, `DMY`, `MY`), `YEAR` (see
/// [`years_in`]), `LOWER_WEEKDAY` and the patterns of word pairs (see [`Reach::pairs`]) can
/// match, found by [`Cues::scan`]: each family is searched only there, where a search of the
/// whole text scanned every byte of it (most of these texts mention a month or a year once or
/// twice). [`Pattern::captures_iter_in`] finds the same matches as a search of the whole text when
/// none starts before the range or ends after it; these ranges are built so.
///
/// Every match of the three month patterns holds a month word, a whole ASCII word (see
/// [`Cues::scan`]), and every match of `YEAR` starts its year (`1[89]`, `20`) at the start of a
/// word [`CueTable::get`] gives [`Cues::DIGITS`]. The rest of a match is made of ASCII words and of
/// bytes [`walk_back`] steps over (whitespace, `,`, `.`, `-` and any non-ASCII char: a Unicode
/// space or digit); what counts is how many ASCII words it can hold on each side of its cue word.
/// Before a month word at most five (`Monday, the 5th of`, a day of an ASCII and a non-ASCII
/// digit being two: `5٣th`; `the end of` in `MY`), after it at most four (a day and a year of two
/// each: `20٣5`); before a year one (`early`, `mid`, `late`), and the year itself is at most two.
/// So the range runs from that many words before the first cue word to that many after the last.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Reach {
    /// Where `MDY`, `DMY` and `MY` can match.
    months: std::ops::Range<usize>,
    /// Where `YEAR` can match.
    years: std::ops::Range<usize>,
    /// Where `LOWER_WEEKDAY` can match: its lower-case weekday is a whole ASCII word with at most
    /// two before it (`last on`) and, after it and a possessive's `'s`, one (`night`).
    weekdays: std::ops::Range<usize>,
    /// Where `SHIFT`, `REL_UNIT`, `DAY_REL` and `YEAR_AGO` can match: each match holds one of the
    /// pairs of neighbouring words [`pair_bits`] finds, with at most two ASCII words before it
    /// (one word in `two days ago`, `earlier this week`, `the next day`, `the year-ago`; `SHIFT`'s
    /// count `\d{1,3}` is two when a digit of another script splits it: `1٣2 days ago`) and two
    /// after it (`from now`, `year-ago first quarter`).
    pairs: std::ops::Range<usize>,
    /// Where `WEEKDAY` can match: the same shape as `LOWER_WEEKDAY`, around its capitalised
    /// weekday names (a whole ASCII word, case-sensitive).
    weekday_names: std::ops::Range<usize>,
    /// Where `WEEKEND` can match: each match ends with the whole word `weekend` (ASCII
    /// case-insensitive) and has at most two words before it (`this past`).
    weekends: std::ops::Range<usize>,
    /// Where `QUARTER` and `THE_QUARTER` can match: each match holds the whole word `quarter`
    /// (ASCII case-insensitive), with at most three words before it (`the most recent`, `the
    /// third`) and three after it (`of` and a year, which another script's digit splits in two).
    quarters: std::ops::Range<usize>,
    /// Where `REL_WORD` can match: each match is one of its words, a whole ASCII word.
    rel_words: std::ops::Range<usize>,
    /// Where `SEASON` can match: each match holds a season word, a whole ASCII word, with at most
    /// two words before it (`this past`, `the early`) and three after it (`of` and a year, which
    /// another script's digit splits in two: `of 20٣5`).
    seasons: std::ops::Range<usize>,
    /// The text holds `ſ` (long s) or the Kelvin sign, which the patterns' case-insensitive words
    /// match as `s` and `k` (`laſt friday`): [`lower_weekdays_in`] compares ASCII bytes only, so
    /// `LOWER_WEEKDAY` searches such text itself.
    folds: bool,
}

impl Reach {
    /// Every pattern searched through all of `s`.
    fn whole(s: &str) -> Self {
        Self {
            months: 0..s.len(),
            years: 0..s.len(),
            weekdays: 0..s.len(),
            weekday_names: 0..s.len(),
            weekends: 0..s.len(),
            quarters: 0..s.len(),
            pairs: 0..s.len(),
            rel_words: 0..s.len(),
            seasons: 0..s.len(),
            folds: has_folding_char(s),
        }
    }
}

/// A match of `LOWER_WEEKDAY`: the whole match, its weekday, its modifier (`last`, `this`, …) if
/// any, and whether a part of the day follows (`night`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct WeekdayMatch {
    all: Span,
    wd: Span,
    modifier: Option<Span>,
    part: bool,
}

impl WeekdayMatch {
    /// The match `LOWER_WEEKDAY`'s groups describe.
    fn of(c: &Captures<'_>) -> Option<Self> {
        let span = |g: crate::pattern::Group<'_>| Span::new(g.start(), g.end());
        Some(Self {
            all: span(c.get(0)?),
            wd: span(c.name("wd")?),
            modifier: c.name("mod").map(span),
            part: c.name("part").is_some(),
        })
    }
}

/// The ASCII word (a maximal run of [`WORD_BYTE`] bytes) right before a run of chars that `sep`
/// accepts ending at `at` of `s`, the run not empty: the word a pattern's `word\s+` or
/// `word[-\s]+` in front of `at` matches. `at` lies on a char boundary.
fn word_before_run(s: &str, at: usize, sep: impl Fn(char) -> bool) -> Option<Span> {
    let end = s[..at].trim_end_matches(sep).len();
    if end == at {
        return None;
    }
    let start = s.as_bytes()[..end]
        .iter()
        .rposition(|&c| !WORD_BYTE[usize::from(c)])
        .map_or(0, |i| i + 1);
    (start < end).then_some(Span::new(start, end))
}

/// Every match `LOWER_WEEKDAY` finds in `s` whose weekday lies in `range`, in order, found
/// without the regex, for text without the chars of [`Reach::folds`].
///
/// The pattern is `\b(?:(?P<mod>(?i:last|…|coming))\s+(?:on\s+)?)?(?P<wd>monday|…)(?:'s|’s)?
/// (?:\s+(?P<part>morning|afternoon|evening|night))?\b`. Its weekday is a lower-case weekday as
/// a whole ASCII word (`\b`, `\s` or `'` on each side), found from the `day` it ends in. The modifier, when there is one, is the
/// whole ASCII word before it, or before an `on` before it, with only whitespace between (the
/// pattern takes it whenever it is there: `?` is greedy, and no match can start earlier). After the
/// weekday the pattern prefers a possessive, then a part of the day (whitespace and then the whole
/// word), and a possessive counts only where a part or a word boundary follows it. A modifier
/// inside the match before is not taken (matches do not overlap); none of the pattern's words
/// can be both, so this never happens in text. `\s` is Unicode `White_Space`, as
/// `char::is_whitespace`.
fn lower_weekdays_in(s: &str, range: std::ops::Range<usize>) -> Vec<WeekdayMatch> {
    const MODIFIERS: [&str; 8] = [
        "last", "next", "this", "early", "late", "earlier", "later", "coming",
    ];
    /// Every weekday's name ends in `day`, which `memmem` finds many bytes at a time.
    static DAY: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("day"));
    let b = s.as_bytes();
    let is_word = |i: usize| b.get(i).is_some_and(|&c| WORD_BYTE[usize::from(c)]);
    let mut out = Vec::new();
    let mut last_end = 0;
    for at in DAY.find_iter(&b[range.clone()]) {
        let end = range.start + at + "day".len();
        if is_word(end) {
            continue;
        }
        let start = b[..range.start + at]
            .iter()
            .rposition(|&c| !WORD_BYTE[usize::from(c)])
            .map_or(0, |k| k + 1);
        if start < range.start.max(last_end) || !WEEKDAYS_LOWER.contains(&&s[start..end]) {
            continue;
        }
        let wd = Span::new(start, end);
        let modifier = word_before_run(s, start, char::is_whitespace)
            .and_then(|w| {
                if &s[w.range()] == "on" {
                    word_before_run(s, w.start, char::is_whitespace)
                } else {
                    Some(w)
                }
            })
            .filter(|w| {
                w.start >= last_end
                    && MODIFIERS
                        .iter()
                        .any(|m| s[w.range()].eq_ignore_ascii_case(m))
            });
        let possessive = [&b"'s"[..], "’s".as_bytes()]
            .into_iter()
            .find(|p| b[wd.end..].starts_with(p))
            .map(|p| wd.end + p.len());
        let (end, part) = match possessive.map(|at| (at, part_after(s, at))) {
            Some((_, Some(end))) => (end, true),
            Some((at, None)) if !is_word(at) => (at, false),
            _ => part_after(s, wd.end).map_or((wd.end, false), |end| (end, true)),
        };
        let all = Span::new(modifier.map_or(wd.start, |m| m.start), end);
        out.push(WeekdayMatch {
            all,
            wd,
            modifier,
            part,
        });
        last_end = end;
    }
    out
}

/// The end of a part of the day (`night`) after whitespace from `at` of `s`, as
/// `LOWER_WEEKDAY`'s `\s+(?P<part>morning|afternoon|evening|night)\b` matches it.
fn part_after(s: &str, at: usize) -> Option<usize> {
    word_after_space(s, at)
        .filter(|w| {
            matches!(
                &s.as_bytes()[w.range()],
                b"morning" | b"afternoon" | b"evening" | b"night"
            )
        })
        .map(|w| w.end)
}

/// The ASCII word (a maximal run of [`WORD_BYTE`] bytes, maybe empty) after a run of at least
/// one whitespace char from `at` of `s`: what a pattern's `\s+` and then a whole word match
/// there (`\s` is Unicode `White_Space`, as `char::is_whitespace`). `None` when no whitespace
/// follows `at`.
fn word_after_space(s: &str, at: usize) -> Option<Span> {
    let rest = s[at..].trim_start_matches(char::is_whitespace);
    let start = s.len() - rest.len();
    let len = rest
        .bytes()
        .position(|c| !WORD_BYTE[usize::from(c)])
        .unwrap_or(rest.len());
    (start > at).then_some(Span::new(start, start + len))
}

/// A match of a pattern made of whole words (`REL_WORD`, `REL_UNIT`, `SHIFT`) found without the
/// regex: the whole match and its groups' spans, in the pattern's order (`REL_UNIT`: `m`, `u`;
/// `SHIFT`: `n`, `u`, `d`; `REL_WORD`: `w`), the ones it lacks empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct WordsMatch {
    all: Span,
    groups: [Span; 3],
}

/// A match that [`word_matches`] collects: the search goes on at its end.
trait WordMatch {
    /// Where the whole match ends.
    fn end(&self) -> usize;
}

impl WordMatch for WordsMatch {
    fn end(&self) -> usize {
        self.all.end
    }
}

impl WordMatch for MonthDayMatch {
    fn end(&self) -> usize {
        self.all.end
    }
}

/// True when `word` is one of `list`, ASCII case-insensitively.
fn is_one_of(word: &[u8], list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
}

/// The matches `at` finds starting at the ASCII words (maximal runs of [`WORD_BYTE`]) that start
/// in `range` of `s`, in order and not overlapping: `at` is given a word and answers with the
/// match that starts there, if any, and the search goes on after it. For patterns whose matches
/// start with a whole word after `\b` (a word inside a longer run of word bytes is no start).
fn word_matches<M: WordMatch>(
    s: &str,
    range: std::ops::Range<usize>,
    at: impl Fn(Span) -> Option<M>,
) -> Vec<M> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = range.start;
    loop {
        while i < range.end && !WORD_BYTE[usize::from(b[i])] {
            i += 1;
        }
        if i >= range.end {
            break;
        }
        let start = i;
        while i < b.len() && WORD_BYTE[usize::from(b[i])] {
            i += 1;
        }
        if start > 0 && WORD_BYTE[usize::from(b[start - 1])] {
            // The range starts inside a word.
            continue;
        }
        if let Some(m) = at(Span::new(start, i)) {
            i = m.end();
            out.push(m);
        }
    }
    out
}

/// Every match `REL_WORD` (`\b(?P<w>(?i:today|tonight|yesterday|tomorrow))\b`) finds in `s`
/// starting in `range`, found without the regex, for text without the chars of
/// [`Reach::folds`]: each is a whole ASCII word, one of the four in any ASCII case.
fn rel_words_in(s: &str, range: std::ops::Range<usize>) -> Vec<WordsMatch> {
    let b = s.as_bytes();
    word_matches(s, range, |w| {
        is_one_of(
            &b[w.range()],
            &["today", "tonight", "yesterday", "tomorrow"],
        )
        .then_some(WordsMatch {
            all: w,
            groups: [w, Span::new(w.end, w.end), Span::new(w.end, w.end)],
        })
    })
}

/// Every match `REL_UNIT` finds in `s` starting in `range`, found without the regex, for text
/// without the chars of [`Reach::folds`].
///
/// The pattern is `\b(?:(?i:earlier|later|early|late)\s+)?(?P<m>(?i:this|last|next|coming))\s+
/// (?P<u>(?i:week|month|year|quarter))\b`. Each of its words is a whole ASCII word (a `\b` or
/// `\s` on each side, and the words are ASCII letters), whitespace between them and nothing
/// else, compared ASCII case-insensitively. At a word the pattern tries the form with the
/// adverb first; the adverbs and the modifiers are different words, so at most one form can
/// start at a word.
fn rel_units_in(s: &str, range: std::ops::Range<usize>) -> Vec<WordsMatch> {
    const MODIFIERS: [&str; 4] = ["this", "last", "next", "coming"];
    const UNITS: [&str; 4] = ["week", "month", "year", "quarter"];
    let b = s.as_bytes();
    // The modifier and the unit from the modifier at `m`.
    let from = |m: Span| -> Option<[Span; 2]> {
        if !is_one_of(&b[m.range()], &MODIFIERS) {
            return None;
        }
        let u = word_after_space(s, m.end)?;
        is_one_of(&b[u.range()], &UNITS).then_some([m, u])
    };
    word_matches(s, range, |w| {
        let [m, u] = if is_one_of(&b[w.range()], &["earlier", "later", "early", "late"]) {
            from(word_after_space(s, w.end)?)?
        } else {
            from(w)?
        };
        Some(WordsMatch {
            all: Span::new(w.start, u.end),
            groups: [m, u, Span::new(u.end, u.end)],
        })
    })
}

/// Every match `SHIFT` finds in `s` starting in `range`, found without the regex, for text
/// without the chars of [`Reach::folds`] and without decimal digits other than `0`–`9` (which
/// `\d` matches).
///
/// The pattern is `\b(?P<n>(?i:a|an|one|…|twelve)|\d{1,3})\s+(?P<u>(?i:day|week|month|year))s?
/// \s+(?P<d>(?i:ago|earlier|later|before|after|from\s+now))\b`. Each of its words is a whole
/// ASCII word (`\b` or `\s` on each side), whitespace between them and nothing else: the count
/// a number word in any ASCII case or one to three ASCII digits, the unit a unit word in any
/// case with maybe a lower-case `s` (outside the pattern's `(?i)`), the direction one of its
/// words or `from` and then `now`.
fn shifts_in(s: &str, range: std::ops::Range<usize>) -> Vec<WordsMatch> {
    const COUNTS: [&str; 14] = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    const UNITS: [&str; 4] = ["day", "week", "month", "year"];
    let b = s.as_bytes();
    word_matches(s, range, |n| {
        let count = &b[n.range()];
        let digits = count.len() <= 3 && count.iter().all(u8::is_ascii_digit);
        if !digits && !is_one_of(count, &COUNTS) {
            return None;
        }
        let word = word_after_space(s, n.end)?;
        let plural = b[word.range()].strip_suffix(b"s");
        let u = if is_one_of(&b[word.range()], &UNITS) {
            word
        } else if plural.is_some_and(|w| is_one_of(w, &UNITS)) {
            Span::new(word.start, word.end - 1)
        } else {
            return None;
        };
        let d = word_after_space(s, word.end)?;
        let d = if is_one_of(
            &b[d.range()],
            &["ago", "earlier", "later", "before", "after"],
        ) {
            d
        } else if b[d.range()].eq_ignore_ascii_case(b"from") {
            let now = word_after_space(s, d.end)?;
            if !b[now.range()].eq_ignore_ascii_case(b"now") {
                return None;
            }
            Span::new(d.start, now.end)
        } else {
            return None;
        };
        Some(WordsMatch {
            all: Span::new(n.start, d.end),
            groups: [n, u, d],
        })
    })
}

/// A match of `MDY` found without the regex: the whole match, its weekday (`wd` or `wdl`), its
/// month (with an abbreviation's `.`), its day and its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct MonthDayMatch {
    all: Span,
    weekday: Option<Span>,
    mon: Span,
    day: Span,
    year: Option<Span>,
}

/// Every match `MDY` finds in `s` starting in `range`, found without the regex, for text without
/// the chars of [`Reach::folds`] and without decimal digits other than `0`–`9` (which `\d`
/// matches).
///
/// The pattern is `\b(?:(?P<wd>Monday|…),?\s+|(?P<wdl>monday|…),?\s+)?(?P<mon>(?i:(?:January|…)
/// \b|(?:Jan|…)\b\.?))\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)
/// \b)?`. Its weekday is a whole ASCII word, in the exact case of one of the two lists, and a
/// comma after it is taken before the whitespace it needs (the comma's other reading, none, then
/// meets no whitespace); a weekday word is no month, so a match at it has the weekday. The month
/// is a whole ASCII word in any ASCII case, with the `.` after an abbreviation (a full name meets
/// no day after a `.`). The day is one or two ASCII digits, the whole run of them (a third ends
/// no `\b`), with a lower-case ordinal suffix when a `\b` follows the suffix, else a `\b` right
/// after the digits. The year, taken whenever it is there (`?` is greedy), is maybe a comma,
/// whitespace and a whole word of four ASCII digits opening with `15`–`19` or `20`.
fn month_days_in(s: &str, range: std::ops::Range<usize>) -> Vec<MonthDayMatch> {
    let b = s.as_bytes();
    let is_word = |i: usize| b.get(i).is_some_and(|&c| WORD_BYTE[usize::from(c)]);
    // The position after `,?` at `at`.
    let after_comma = |at: usize| at + usize::from(b.get(at) == Some(&b','));
    word_matches(s, range, |w| {
        let word = &s[w.range()];
        let (weekday, mon) = if WEEKDAYS.contains(&word) || WEEKDAYS_LOWER.contains(&word) {
            (Some(w), word_after_space(s, after_comma(w.end))?)
        } else {
            (None, w)
        };
        let name = &b[mon.range()];
        let mon = if is_one_of(name, &MONTHS) {
            mon
        } else if is_one_of(name, &MONTH_ABBREVIATIONS) {
            Span::new(
                mon.start,
                mon.end + usize::from(b.get(mon.end) == Some(&b'.')),
            )
        } else {
            return None;
        };
        let at = s.len() - s[mon.end..].trim_start_matches(char::is_whitespace).len();
        let digits = b[at..]
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !matches!(digits, 1 | 2) {
            return None;
        }
        let day = Span::new(at, at + digits);
        let suffix = b[day.end..]
            .get(..2)
            .is_some_and(|x| matches!(x, b"st" | b"nd" | b"rd" | b"th") && !is_word(day.end + 2));
        let end = if suffix {
            day.end + 2
        } else if !is_word(day.end) {
            day.end
        } else {
            return None;
        };
        let year = word_after_space(s, after_comma(end)).filter(|y| {
            y.len() == 4
                && matches!(b[y.start..y.start + 2], [b'1', b'5'..=b'9'] | [b'2', b'0'])
                && b[y.start + 2..y.end].iter().all(u8::is_ascii_digit)
        });
        Some(MonthDayMatch {
            all: Span::new(
                weekday.map_or(mon.start, |d| d.start),
                year.map_or(end, |y| y.end),
            ),
            weekday,
            mon,
            day,
            year,
        })
    })
}

/// A match of `YEAR` with ASCII digits: the whole match (from its modifier, if any) and the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct YearMatch {
    all: Span,
    year: Span,
}

/// Every match `YEAR` finds in `s` whose year starts in `range` and is written in ASCII digits, in
/// order, found without the regex.
///
/// The pattern is `\b(?:(?P<mod>(?i:early|mid|late))[-\s]+)?(?P<year>(?:1[89]|20)\d\d)\b`. A
/// year of ASCII digits is then a whole ASCII word of four digits opening with `18`, `19` or
/// `20`, and the modifier, when there is one, the whole word before it with only `-` and
/// whitespace between (no char outside ASCII folds onto the letters of `early`, `mid` or
/// `late`). `\d` also matches other scripts' digits (`19٢٠`), but [`year_form`] gives no date
/// for those, and no year of ASCII digits can start inside such a match (the bytes before each
/// of its digits are word bytes or not ASCII), so leaving them out changes no date.
fn years_in(s: &str, range: std::ops::Range<usize>) -> Vec<YearMatch> {
    let b = s.as_bytes();
    let is_word = |i: usize| b.get(i).is_some_and(|&c| WORD_BYTE[usize::from(c)]);
    let mut out = Vec::new();
    let mut last_end = 0;
    for p in memchr::memchr2_iter(b'1', b'2', &b[range.clone()]).map(|p| p + range.start) {
        let Some(digits) = b.get(p..p + 4) else {
            break;
        };
        if (p > 0 && is_word(p - 1))
            || is_word(p + 4)
            || !matches!(&digits[..2], b"18" | b"19" | b"20")
            || !digits[2..].iter().all(u8::is_ascii_digit)
        {
            continue;
        }
        let year = Span::new(p, p + 4);
        let modifier = word_before_run(s, p, |c| c == '-' || c.is_whitespace()).filter(|w| {
            w.start >= last_end
                && ["early", "mid", "late"]
                    .iter()
                    .any(|m| s[w.range()].eq_ignore_ascii_case(m))
        });
        out.push(YearMatch {
            all: Span::new(modifier.map_or(p, |m| m.start), year.end),
            year,
        });
        last_end = year.end;
    }
    out
}

/// True for the bytes a match may hold between its ASCII words: ASCII whitespace (`\s`), `,`,
/// `.`, `-`, and every byte of a non-ASCII char (a Unicode space, a digit of another script).
fn between_words(c: u8) -> bool {
    c >= 0x80
        || matches!(
            c,
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | b',' | b'.' | b'-'
        )
}

/// The position `words` ASCII words (maximal runs of `[0-9A-Za-z_]`) before `at` in `b`, stepping
/// over the bytes [`between_words`] allows before each; at the start of `b` when there are fewer.
/// It lies on a char boundary: next to an ASCII byte or at an end.
fn walk_back(b: &[u8], mut at: usize, words: usize) -> usize {
    for _ in 0..words {
        while at > 0 && between_words(b[at - 1]) {
            at -= 1;
        }
        while at > 0 && WORD_BYTE[usize::from(b[at - 1])] {
            at -= 1;
        }
    }
    at
}

/// The position `words` ASCII words after `at` in `b` and the bytes [`between_words`] allows
/// around each (after the last too); at the end of `b` when there are fewer. It lies on a char
/// boundary: at an ASCII byte or at the end.
fn walk_forward(b: &[u8], mut at: usize, words: usize) -> usize {
    for _ in 0..words {
        while at < b.len() && between_words(b[at]) {
            at += 1;
        }
        while at < b.len() && WORD_BYTE[usize::from(b[at])] {
            at += 1;
        }
    }
    while at < b.len() && between_words(b[at]) {
        at += 1;
    }
    at
}

/// The [`Cues`] pair bits the word at `word` (a span of `b`, with cue bits `cue`) makes with the
/// word before it, at `prev` (its span and cue bits).
///
/// The patterns' words are whole ASCII words (each has `\b`, `\s` or the `-` of `year-ago` on
/// both sides), so two that follow each other in a match are neighbours in the gate's scan, and
/// what lies between them in the text is the pattern's `\s+` or `-`. A Unicode whitespace char is
/// ASCII whitespace (`\t`, `\n`, `\x0B`, `\x0C`, `\r`, space) or a non-ASCII char, so a gap of
/// those bytes only is what the test asks for: it lets through every gap a match can hold, and a
/// few more (a non-ASCII letter), which only costs a search. The words are compared ASCII
/// case-insensitively, as [`CueTable::get`] does; the chars that fold onto ASCII letters the
/// Unicode way (`ſ`, the Kelvin sign) send a text to the older gate, which sets every pair bit.
fn pair_bits(b: &[u8], prev: (usize, usize, u32), word: (usize, usize), cue: u32) -> u32 {
    let (prev_start, prev_end, prev_cue) = prev;
    let before = &b[prev_start..prev_end];
    let gap = &b[prev_end..word.0];
    let word = &b[word.0..word.1];
    let is = |w: &[u8], list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()));
    if gap == b"-" {
        let year_ago = cue & Cues::DIRECTION != 0
            && before.eq_ignore_ascii_case(b"year")
            && is(word, &["ago", "earlier"]);
        return if year_ago { Cues::YEAR_AGO_PAIR } else { 0 };
    }
    if !gap
        .iter()
        .all(|&c| c >= 0x80 || matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' '))
    {
        return 0;
    }
    let mut bits = 0;
    if cue & Cues::DIRECTION != 0 {
        if prev_cue & Cues::SHIFT_UNIT != 0 {
            bits |= Cues::SHIFT_PAIR;
        }
        if prev_cue & Cues::DAY != 0 && is(word, &["before", "after"]) {
            bits |= Cues::DAY_PAIR;
        }
    }
    if cue & Cues::UNIT != 0 && is(before, &["this", "last", "next", "coming"]) {
        bits |= Cues::REL_PAIR;
    }
    if cue & Cues::DAY != 0 && is(before, &["next", "following", "previous"]) {
        bits |= Cues::DAY_PAIR;
    }
    bits
}

/// True when `s` holds `ſ` (U+017F, UTF-8 `C5 BF`) or the Kelvin sign (U+212A, `E2 84 AA`), the
/// chars other than ASCII letters that the patterns' `(?i)` folds onto `s` and `k`: what
/// `s.contains('\u{17f}') || s.contains('\u{212a}')` answers, from one `memchr2` scan for the two
/// first bytes (each found one then read with the bytes after it), where the two searches of the
/// standard library each walked the whole text (a text without them, nearly every one, was read
/// twice: 0.0013 M instructions a cluster).
fn has_folding_char(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(0xc5, 0xe2, b).any(|p| match b[p] {
        0xc5 => b.get(p + 1) == Some(&0xbf),
        _ => b.get(p + 1..p + 3) == Some(&[0x84, 0xaa][..]),
    })
}

/// The bytes of an ASCII word (`[0-9A-Za-z_]`, what ASCII `\b` separates).
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_';
        c += 1;
    }
    t
};

/// The cue words, looked up by [`CueTable::get`] (built once; [`Cues::scan`] takes the table once
/// a text rather than once a word).
static CUES: LazyLock<CueTable> = LazyLock::new(|| {
    let mut words: Vec<(&str, u32)> = Vec::new();
    for &m in MONTHS.iter().chain(&MONTH_ABBREVIATIONS) {
        words.push((m, Cues::MONTH));
    }
    for d in WEEKDAYS {
        words.push((d, Cues::WEEKDAY));
    }
    for w in ["today", "tonight", "yesterday", "tomorrow"] {
        words.push((w, Cues::REL_WORD));
    }
    for w in ["week", "weekend", "month", "year"] {
        words.push((w, Cues::UNIT));
    }
    for w in [
        "day", "days", "week", "weeks", "month", "months", "year", "years",
    ] {
        words.push((w, Cues::SHIFT_UNIT));
    }
    words.push(("weekend", Cues::WEEKEND_WORD));
    words.push(("quarter", Cues::UNIT | Cues::QUARTER));
    for w in ["ago", "earlier", "later", "before", "after", "from"] {
        words.push((w, Cues::DIRECTION));
    }
    words.push(("day", Cues::DAY));
    for w in ["spring", "summer", "fall", "autumn", "winter"] {
        words.push((w, Cues::SEASON));
    }
    let mut map = FxHashMap::default();
    let mut last_letters = [[0u32; 16]; 32];
    for (w, bit) in words {
        let w = w.as_bytes();
        *map.entry(cue_key(w)).or_insert(0) |= bit;
        last_letters[letter_slot(w[0])][w.len()] |= 1 << letter_slot(w[w.len() - 1]);
    }
    CueTable { map, last_letters }
});

/// The cue words (month and weekday names, `today`, units, directions, seasons) with their
/// [`Cues`] bits.
///
/// A word of up to nine bytes is packed into a key, its first eight bytes in a `u64` and the ninth
/// apart, each byte with bit `0x20` set: that lower-cases ASCII letters and leaves digits as they
/// are (`_` becomes `0x7f`, which no cue word holds), so one hash lookup per word answers, with
/// no copy and no comparison of strings.
///
/// Before the lookup, a table of the last letters that cue words of each first letter and length
/// end in turns nearly every other word away (`and`, `for`, `said`, `with`, `which` get past a
/// table of lengths alone): a word with the same key as a cue word has the same first and last
/// byte once `0x20` is set, and the same length.
struct CueTable {
    map: FxHashMap<(u64, u8), u32>,
    /// Per first letter and length (its [`letter_slot`], 3 to 9 bytes), the set of the last
    /// letters' slots.
    last_letters: [[u32; 16]; 32],
}

impl CueTable {
    /// The [`Cues`] bits of a whole ASCII word (0: none), compared case-insensitively.
    fn get(&self, word: &[u8]) -> u32 {
        let first = word[0];
        if first.is_ascii_digit() {
            return if word.len() >= 2 && matches!(&word[..2], b"18" | b"19" | b"20") {
                Cues::DIGITS
            } else {
                0
            };
        }
        // Cue words have three (`ago`, `may`, `day`) to nine letters (`wednesday`, `september`,
        // `yesterday`).
        if !(3..=9).contains(&word.len()) {
            return 0;
        }
        let last = word[word.len() - 1];
        if self.last_letters[letter_slot(first)][word.len()] & (1 << letter_slot(last)) == 0 {
            return 0;
        }
        self.map.get(&cue_key(word)).copied().unwrap_or(0)
    }
}

/// The slot of a byte in [`CueTable`]'s table of first and last letters (its low five bits once
/// `0x20` is set, as in [`cue_key`]).
fn letter_slot(b: u8) -> usize {
    usize::from((b | 0x20) & 0x1f)
}

/// Which of the day and year patterns the month word at `start..end` of `s` can be part of a
/// date of, by the ASCII number next to it each needs ([`Cues::MONTH_NUMBERS`]); a pattern that
/// no month word of a text allows yields no date there, so it is skipped (in lower-cased text the
/// modal `may` is a month word, and a digit anywhere used to let all three run).
///
/// After the word: `.`, `,` and whitespace, maybe `of` and whitespace, then one or two digits
/// (`MDY`'s day) or a year of `1[5-9]` or `20` and two more digits (`MY`'s year). Before it (`DMY`):
/// whitespace, and before that a digit, an ordinal suffix or `of`. The day and year are parsed as
/// ASCII numbers, so a match with another digit gives nothing; the patterns' `\s` and Rust's
/// `char::is_whitespace` are both Unicode `White_Space`. The three patterns used to run on a text
/// when any month word had a number on either side: over the content and caption blocks of val
/// 1–600, `DMY` came back empty from 527 of its 546 searches, `MY` from 444 and `MDY` from 112
/// (most of them a year after the month: `March 2015`); now from 47 of 66, none of 102 and 6 of
/// 440.
fn numbers_next_to(s: &str, start: usize, end: usize) -> u32 {
    let mut bits = 0;
    let after = s[end..].trim_start_matches(|c: char| c == '.' || c == ',' || c.is_whitespace());
    let after = after
        .strip_prefix("of")
        .map_or(after, |r| r.trim_start_matches(char::is_whitespace));
    let digits = after.bytes().take(3).take_while(u8::is_ascii_digit).count();
    let after = after.as_bytes();
    // `MDY`'s day is one or two digits before a `\b`: a third ASCII digit ends none.
    if matches!(digits, 1 | 2) {
        bits |= Cues::MONTH_NUMBER;
    }
    if digits == 3
        && matches!(after[..2], [b'1', b'5'..=b'9'] | [b'2', b'0'])
        && after.get(3).is_some_and(u8::is_ascii_digit)
    {
        bits |= Cues::MONTH_YEAR;
    }
    let head = &s[..start];
    let before = head.trim_end_matches(char::is_whitespace);
    if before.len() < head.len()
        && (before.ends_with(|c: char| c.is_ascii_digit())
            || ["st", "nd", "rd", "th", "of"]
                .iter()
                .any(|x| before.ends_with(x)))
    {
        bits |= Cues::NUMBER_MONTH;
    }
    bits
}

/// The lookup key of a word of at most nine bytes (see [`CueTable::get`]).
fn cue_key(word: &[u8]) -> (u64, u8) {
    let mut head = 0u64;
    for (j, &c) in word.iter().take(8).enumerate() {
        head |= u64::from(c | 0x20) << (8 * j);
    }
    (head, word.get(8).map_or(0, |&c| c | 0x20))
}

/// Raw matches of every pattern, overlaps removed (longest first, then earliest).
fn find(s: &str) -> Vec<(usize, usize, Form)> {
    let (cues, reach) = Cues::scan(s);
    find_gated(s, cues, &reach)
}

/// [`find`] running only the pattern families `cues` lets through, those of [`Reach`] only where
/// `reach` says.
fn find_gated(s: &str, cues: Cues, reach: &Reach) -> Vec<(usize, usize, Form)> {
    let mut all: Vec<(usize, usize, Form)> = Vec::new();
    if cues.0 == 0 {
        return all;
    }
    let whole = 0..s.len();
    // A family runs when its text has every cue of `bits`, over `range` of it, and each match
    // that `form` gives a form is kept. The matches are pushed in the order of the families
    // (ties in the overlap rule below keep it). A loop per family, with no iterator adapters
    // around the regex's own: those moved the search state (some 200 bytes) several times a
    // search.
    let family = |all: &mut Vec<(usize, usize, Form)>,
                  bits: u32,
                  re: &Pattern,
                  range: &std::ops::Range<usize>,
                  form: &dyn Fn(&Captures<'_>) -> Option<Form>| {
        if !cues.has_all(bits) {
            return;
        }
        for c in re.captures_iter_in(s, range.clone()) {
            if let Some(form) = form(&c) {
                let m = c.get(0).expect("group 0");
                all.push((m.start(), m.end(), form));
            }
        }
    };
    // `MDY` runs as a hand-written matcher on text without the chars its `(?i)` folds onto ASCII
    // letters and without decimal digits other than `0`–`9` (the test reads the range only when
    // the gate lets the family run).
    if cues.has_all(Cues::MONTH_NUMBER) {
        if reach.folds || has_other_digit(&s[reach.months.clone()]) {
            family(&mut all, Cues::MONTH_NUMBER, &MDY, &reach.months, &day_form);
        } else {
            for m in month_days_in(s, reach.months.clone()) {
                let text = |g: Span| &s[g.range()];
                let form = month_day_form(
                    text(m.mon),
                    text(m.day),
                    m.year.map(text),
                    m.weekday.map(text),
                );
                if let Some(form) = form {
                    all.push((m.all.start, m.all.end, form));
                }
            }
        }
    }
    family(&mut all, Cues::NUMBER_MONTH, &DMY, &reach.months, &day_form);
    family(&mut all, Cues::ISO, &ISO, &whole, &day_form);
    family(&mut all, Cues::SLASH, &US, &whole, &day_form);
    family(&mut all, Cues::MONTH_YEAR, &MY, &reach.months, &|c| {
        let month = lexicon::month(c.name("mon")?.as_str())?;
        let year = c.name("year")?.as_str().parse().ok()?;
        Some(Form::Absolute(Date::ym(year, month)?))
    });
    // `MONTH`'s month name is a month word, with at most four words before it (`the end of in`).
    family(&mut all, Cues::MONTH_NAME, &MONTH, &reach.months, &|c| {
        month_form(s, c)
    });
    if cues.has_all(Cues::DIGITS) {
        for m in years_in(s, reach.years.clone()) {
            if let Some(form) = year_form(s, m) {
                all.push((m.all.start, m.all.end, form));
            }
        }
    }
    family(&mut all, Cues::DECADE, &DECADE, &whole, &|c| {
        c["dec"]
            .parse()
            .ok()
            .map(|y: i32| Form::Absolute(Date::y(y).truncate(Precision::Decade)))
    });
    family(
        &mut all,
        Cues::WEEKDAY_NAME,
        &WEEKDAY,
        &reach.weekday_names,
        &|c| {
            let shift = c.name("mod").and_then(|m| shift_word(m.as_str()));
            lexicon::weekday(&c["wd"]).map(|weekday| Form::Weekday { weekday, shift })
        },
    );
    if reach.folds {
        family(
            &mut all,
            Cues::WEEKDAY_LOWER,
            &LOWER_WEEKDAY,
            &reach.weekdays,
            &|c| lower_weekday_form(s, WeekdayMatch::of(c)?),
        );
    } else if cues.has_all(Cues::WEEKDAY_LOWER) {
        for m in lower_weekdays_in(s, reach.weekdays.clone()) {
            if let Some(form) = lower_weekday_form(s, m) {
                all.push((m.all.start, m.all.end, form));
            }
        }
    }
    // The three patterns of whole words run as hand-written matchers on text without the
    // chars their `(?i)` folds onto ASCII letters (and, for `SHIFT`'s `\d`, without decimal
    // digits other than `0`–`9`), each match given its form as a pattern's match would be.
    let words = |all: &mut Vec<(usize, usize, Form)>,
                 bits: u32,
                 matches: Vec<WordsMatch>,
                 form: &dyn Fn([&str; 3]) -> Option<Form>| {
        if !cues.has_all(bits) {
            return;
        }
        for m in matches {
            if let Some(form) = form(m.groups.map(|g| &s[g.range()])) {
                all.push((m.all.start, m.all.end, form));
            }
        }
    };
    if reach.folds {
        family(
            &mut all,
            Cues::REL_WORD,
            &REL_WORD,
            &reach.rel_words,
            &|c| Some(rel_word_form(&c["w"])),
        );
        family(&mut all, Cues::REL_PAIR, &REL_UNIT, &reach.pairs, &|c| {
            Some(rel_unit_form(&c["m"], &c["u"]))
        });
    } else {
        if cues.has_all(Cues::REL_WORD) {
            let found = rel_words_in(s, reach.rel_words.clone());
            words(&mut all, Cues::REL_WORD, found, &|[w, _, _]| {
                Some(rel_word_form(w))
            });
        }
        if cues.has_all(Cues::REL_PAIR) {
            let found = rel_units_in(s, reach.pairs.clone());
            words(&mut all, Cues::REL_PAIR, found, &|[m, u, _]| {
                Some(rel_unit_form(m, u))
            });
        }
    }
    // `weekend` is a whole word of every match (after `\s+`, before `\b`).
    family(
        &mut all,
        Cues::UNIT | Cues::WEEKEND_WORD,
        &WEEKEND,
        &reach.weekends,
        &|c| {
            let m = c["m"].to_ascii_lowercase();
            let shift = if m.contains("past") {
                Some(-1)
            } else {
                shift_word(&m)
            };
            Some(Form::Weekend { shift })
        },
    );
    family(&mut all, Cues::SEASON, &SEASON, &reach.seasons, &|c| {
        season_form(s, c)
    });
    // Every match holds a unit (`day`, `weeks`, ...) and a direction with only whitespace between
    // (see `pair_bits`).
    // Whether the range holds another script's digit is asked only when the gate lets `SHIFT`
    // run: the test reads every char of a range that is not ASCII.
    if cues.has_all(Cues::SHIFT_PAIR) {
        if reach.folds || has_other_digit(&s[reach.pairs.clone()]) {
            family(&mut all, Cues::SHIFT_PAIR, &SHIFT, &reach.pairs, &|c| {
                shift_form(&c["n"], &c["u"], &c["d"])
            });
        } else {
            let found = shifts_in(s, reach.pairs.clone());
            words(&mut all, Cues::SHIFT_PAIR, found, &|[n, u, d]| {
                shift_form(n, u, d)
            });
        }
    }
    family(&mut all, Cues::DAY_PAIR, &DAY_REL, &reach.pairs, &|c| {
        let (n, relation) = match (c.name("a"), c.name("b")) {
            (Some(a), _) if a.as_str().eq_ignore_ascii_case("previous") => (-1, false),
            (Some(_), _) => (1, false),
            (_, Some(b)) if b.as_str().eq_ignore_ascii_case("before") => (-1, false),
            _ => (1, false),
        };
        Some(Form::Chain {
            unit: Precision::Day,
            n,
            relation,
        })
    });
    family(&mut all, Cues::QUARTER, &QUARTER, &reach.quarters, &|c| {
        lexicon::quarter(&c["o"]).map(|quarter| match c.name("y") {
            Some(y) => Form::Absolute(Date {
                year: y.as_str().parse().unwrap_or(0),
                month: (quarter - 1) * 3 + 1,
                day: 1,
                precision: Precision::Quarter,
            }),
            None => Form::Quarter { quarter },
        })
    });
    // Every match holds the words `year` and `ago` or `earlier` joined by `-` (`year-ago`).
    family(
        &mut all,
        Cues::YEAR_AGO_PAIR,
        &YEAR_AGO,
        &reach.pairs,
        &|_| {
            Some(Form::Offset {
                unit: Precision::Year,
                n: -1,
            })
        },
    );
    // "The quarter" in business news is the quarter just reported (the one before the anchor's).
    family(
        &mut all,
        Cues::QUARTER,
        &THE_QUARTER,
        &reach.quarters,
        &|c| {
            let current = c
                .name("m")
                .is_some_and(|m| m.as_str().eq_ignore_ascii_case("current"));
            let n = if current { 0 } else { -1 };
            Some(Form::Offset {
                unit: Precision::Quarter,
                n,
            })
        },
    );
    // Longest first, then earliest; keep what does not overlap anything kept.
    all.sort_by_key(|&(s, e, _)| (std::cmp::Reverse(e - s), s));
    let mut kept: Vec<(usize, usize, Form)> = Vec::new();
    for m in all {
        if kept.iter().all(|k| m.1 <= k.0 || k.1 <= m.0) {
            kept.push(m);
        }
    }
    kept.sort_by_key(|&(s, e, _)| (s, e));
    kept
}

fn shift_word(w: &str) -> Option<i8> {
    match w.to_ascii_lowercase().as_str() {
        "last" => Some(-1),
        "next" | "coming" => Some(1),
        "this" => Some(0),
        _ => None,
    }
}

fn day_form(c: &Captures<'_>) -> Option<Form> {
    month_day_form(
        c.name("mon")?.as_str(),
        c.name("day")?.as_str(),
        c.name("year").map(|y| y.as_str()),
        c.name("wd").or(c.name("wdl")).map(|w| w.as_str()),
    )
}

/// The form of a date's month `mon` (a name or a number), `day`, `year` and `weekday` (`wd` or
/// `wdl`), as [`day_form`] reads them from a pattern's groups.
fn month_day_form(mon: &str, day: &str, year: Option<&str>, weekday: Option<&str>) -> Option<Form> {
    let month = lexicon::month(mon).or_else(|| mon.parse().ok())?;
    let day: u8 = day.parse().ok()?;
    if let Some(y) = year {
        let year = y.parse().ok()?;
        return Some(Form::Absolute(Date::ymd(year, month, day)?));
    }
    // Validate against a leap year so Feb 29 is allowed without a year.
    Date::ymd(2000, month, day)?;
    // "May 5" alone is fine; a lone lowercase "may" followed by a number is not a month. After a
    // weekday (`Tuesday, september 5`, `friday, june 5`: the lower-cased text of many scraped
    // articles) it is one.
    if mon.starts_with(|ch: char| ch.is_lowercase()) && weekday.is_none() {
        return None;
    }
    let weekday = weekday.and_then(lexicon::weekday);
    Some(Form::MonthDay {
        month,
        day,
        weekday,
    })
}

/// Words before a lower-case weekday that make it a day (`on friday`, `since monday`, `said that
/// friday`, `monday and tuesday`): prepositions, conjunctions and the weekday's modifiers.
const DAY_LEADS: &[&str] = &[
    "on",
    "by",
    "since",
    "until",
    "till",
    "through",
    "thru",
    "from",
    "to",
    "before",
    "after",
    "during",
    "over",
    "for",
    "of",
    "into",
    "at",
    "that",
    "and",
    "or",
    "between",
    "as",
    "past",
    "starting",
    "beginning",
    "effective",
    "last",
    "next",
    "this",
    "coming",
    "early",
    "late",
    "earlier",
    "later",
];

/// Words that open what follows a lower-case weekday used as a date (`said friday that`, `met
/// tuesday with`, `was found saturday in`); a weekday that names a thing is followed by a noun
/// (`sunday school`, `other sunday talk shows`). Not `of`: `the first friday of the month`.
const DAY_FOLLOWERS: &[&str] = &[
    "that",
    "in",
    "at",
    "on",
    "to",
    "after",
    "as",
    "and",
    "or",
    "for",
    "when",
    "with",
    "by",
    "from",
    "during",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "but",
    "about",
    "over",
    "while",
    "before",
    "than",
    "who",
    "which",
    "where",
    "if",
    "is",
    "was",
    "were",
    "will",
    "would",
    "had",
    "has",
    "have",
    "said",
    "says",
    "told",
    "into",
    "outside",
    "near",
    "inside",
    "against",
    "amid",
    "under",
    "because",
    "following",
    "ahead",
    "until",
    "despite",
];

/// Words before a weekday that make it part of a name, an idiom, a holiday or a habit rather than
/// a day of the story (`girl friday`, `good friday`, `easter sunday`, `bloody sunday`,
/// `throwback thursday`, `every sunday`). `black friday`, `cyber monday` and `super tuesday` are
/// days and are read past (see [`lower_weekday_form`]).
const NOT_A_DAY_BEFORE: &[&str] = &[
    "every",
    "each",
    "girl",
    "good",
    "ash",
    "palm",
    "easter",
    "bloody",
    "freaky",
    "thirsty",
    "throwback",
    "casual",
    "manic",
    "blue",
    "holy",
    "maundy",
];

/// Words after a weekday (and its `night`, `morning` …) that make it a name even after a
/// preposition: newspapers (`in the sunday times`), shows (`on saturday night live`, `friday
/// night lights`, `monday night football`), `to sunday school`.
const NOT_A_DAY_AFTER: &[&str] = &[
    "times",
    "telegraph",
    "mirror",
    "express",
    "herald",
    "school",
    "schools",
    "live",
    "lights",
    "football",
    "baseball",
];

/// The last token of `s` (a run of ASCII letters and digits, or else its last char) and the text
/// before it; `("", "")` for blank text.
fn last_token(s: &str) -> (&str, &str) {
    let t = s.trim_end();
    let word = t.trim_end_matches(|ch: char| ch.is_ascii_alphanumeric());
    let cut = if word.len() < t.len() {
        word.len()
    } else {
        t.char_indices().next_back().map_or(0, |(i, _)| i)
    };
    (&t[cut..], &t[..cut])
}

/// True for a verb form a date often follows (`said friday`, `was found saturday`, `opens
/// friday`, `starting monday`).
fn verb_before_a_date(w: &str) -> bool {
    lexicon::IRREGULAR_PAST.contains(&w)
        || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
            && !matches!(w, "hundred" | "kindred" | "sacred" | "wicked" | "naked")
        || matches!(
            w,
            "says"
                | "tells"
                | "announces"
                | "opens"
                | "begins"
                | "starts"
                | "ends"
                | "arrives"
                | "returns"
                | "meets"
                | "will"
        )
}

/// A weekday written in lower case, when it is plainly a day: Multi-News lower-cases its text
/// (`the body was found saturday`, `police said friday`, `on tuesday night`), where a capital no
/// longer tells the day from a name. Kept after a verb, a preposition or a modifier, before a part
/// of the day, a possessive `'s`, a clause's end or a word that opens what follows a date (see
/// [`DAY_FOLLOWERS`]); left out in names and idioms ([`NOT_A_DAY_BEFORE`], [`NOT_A_DAY_AFTER`],
/// `his man friday`, `the mail on sunday`) and after a noun before another noun (`a sunday
/// report`, `photo/sunday alamba`, a photographer's first name).
fn lower_weekday_form(s: &str, m: WeekdayMatch) -> Option<Form> {
    let (all, wd) = (m.all, m.wd);
    let weekday = lexicon::weekday(&s[wd.range()])?;
    let shift = m.modifier.and_then(|w| shift_word(&s[w.range()]));
    let (mut prev, mut rest) = last_token(&s[..wd.start]);
    // `black friday`, `cyber monday`, `super tuesday` are days: the word before them decides.
    while ["black", "cyber", "super", "giving"]
        .iter()
        .any(|w| prev.eq_ignore_ascii_case(w))
    {
        (prev, rest) = last_token(rest);
    }
    let prev = prev.to_ascii_lowercase();
    let prev2 = last_token(rest).0.to_ascii_lowercase();
    if NOT_A_DAY_BEFORE.contains(&prev.as_str())
        || (prev == "man" && matches!(prev2.as_str(), "his" | "her" | "my" | "your" | "their"))
        || (prev == "on" && matches!(prev2.as_str(), "mail" | "independent" | "scotland"))
    {
        return None;
    }
    let after = s[all.end..].trim_start();
    let next = after
        .split(|ch: char| !ch.is_ascii_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if NOT_A_DAY_AFTER.contains(&next.as_str()) {
        return None;
    }
    let possessive = s[wd.end..].starts_with(['\'', '’']);
    // `at 11 a.m. friday`: the clock's day.
    let head = s[..wd.start].trim_end();
    let clock = [" a.m.", " p.m.", " am", " pm"].iter().any(|t| {
        head.len()
            .checked_sub(t.len())
            .and_then(|i| head.get(i..))
            .is_some_and(|end| end.eq_ignore_ascii_case(t))
    });
    let plain = m.modifier.is_some()
        || m.part
        || possessive
        || clock
        || next.is_empty()
        || matches!(prev.as_str(), "," | "(" | "—" | "–")
        || DAY_LEADS.contains(&prev.as_str())
        || verb_before_a_date(&prev)
        || DAY_FOLLOWERS.contains(&next.as_str());
    plain.then_some(Form::Weekday { weekday, shift })
}

/// The word before byte `at` of `s`, lower-cased (`in` for `… in March`).
fn word_before(s: &str, at: usize) -> String {
    s[..at]
        .trim_end()
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn month_form(s: &str, c: &Captures<'_>) -> Option<Form> {
    let name = c.name("mon")?;
    let month = lexicon::month(name.as_str())?;
    let modifier = c.name("mod").map(|m| m.as_str().to_ascii_lowercase());
    let prev_word = word_before(s, c.get(0)?.start());
    let prep = matches!(
        prev_word.as_str(),
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "from"
            | "to"
            | "through"
            | "during"
            | "before"
            | "after"
            | "of"
            | "early"
            | "late"
            | "mid"
            | "throughout"
            | "between"
            | "and"
    );
    // "May" is a modal verb and a surname: only a month with a preposition or modifier.
    if month == 5 && modifier.is_none() && !prep {
        return None;
    }
    // A bare capitalised month at the very start of a sentence is usually still a month;
    // "March" the verb is lowercase.
    let shift = modifier.as_deref().and_then(shift_word);
    Some(Form::Month { month, shift })
}

fn season_form(s: &str, c: &Captures<'_>) -> Option<Form> {
    let month = match c["s"].to_ascii_lowercase().as_str() {
        "spring" => 3,
        "summer" => 6,
        "fall" | "autumn" => 9,
        _ => 12,
    };
    if let Some(y) = c.name("year") {
        let year = y.as_str().parse().ok()?;
        return Some(Form::Absolute(Date {
            year,
            month,
            day: 1,
            precision: Precision::Season,
        }));
    }
    let modifier = c.name("mod")?.as_str().to_ascii_lowercase();
    if modifier.starts_with("the") && !modifier.contains("past") {
        // `the summer` is a date after a preposition (`in the summer`, `during the early
        // summer`, `the levels of the early summer`), not in `the fall of the Berlin Wall`,
        // `a reversal of the fall in prices` or `the spring water`.
        let prev_word = word_before(s, c.get(0)?.start());
        let prep = matches!(
            prev_word.as_str(),
            "in" | "during"
                | "over"
                | "through"
                | "throughout"
                | "until"
                | "till"
                | "since"
                | "by"
                | "before"
                | "after"
                | "into"
        ) || (prev_word == "of" && month != 9);
        let of_next = s[c.get(0)?.end()..]
            .trim_start()
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("of"));
        if !prep || of_next {
            return None;
        }
    }
    let recent = modifier.contains("past");
    let shift = if recent { None } else { shift_word(&modifier) };
    Some(Form::Season {
        month,
        shift,
        recent,
    })
}

fn year_form(s: &str, m: YearMatch) -> Option<Form> {
    let y = m.year;
    let before = s[..m.all.start].chars().next_back();
    let after = &s[y.end..];
    // Not a year: part of a number, a range, money, an identifier (`post-2015`, `$2015`, `2015-16`).
    if matches!(
        before,
        Some('-' | '$' | '/' | '.' | '#' | '£' | '€' | '+' | ',' | ':')
    ) || before.is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let mut rest = after.chars();
    let next = rest.next();
    if matches!(next, Some('%' | '/' | ':'))
        || (matches!(next, Some('-' | '.' | ','))
            && rest.next().is_some_and(|ch| ch.is_ascii_digit()))
    {
        return None;
    }
    // A run of years with only spaces between them (`… think 2019 2018 2017 2016 …`, an
    // archive's list of its years) dates nothing.
    let is_year = |w: &str| {
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && matches!(&w[..2], "18" | "19" | "20")
    };
    let head = &s[..y.start];
    let trimmed = head.trim_end_matches(' ');
    let year_before = trimmed.len() < head.len()
        && trimmed.len() >= 4
        && trimmed.get(trimmed.len() - 4..).is_some_and(is_year)
        && !trimmed[..trimmed.len() - 4].ends_with(|ch: char| ch.is_alphanumeric());
    let tail = after.trim_start_matches(' ');
    let year_after = tail.len() < after.len()
        && tail.get(..4).is_some_and(is_year)
        && !tail[4..].starts_with(|ch: char| ch.is_alphanumeric());
    if year_before || year_after {
        return None;
    }
    // A minor planet's designation (`asteroid 1998 QE2`, `2004 MN4`, `2012 DA14`) is no year:
    // two letters and digits right after it (not `the 2016 G20 summit`, `the 2014 F1 season`).
    let code = after
        .strip_prefix(' ')
        .unwrap_or("")
        .split(|ch: char| !ch.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    let letters = code.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 2
        && code.len() > letters
        && code.len() - letters <= 3
        && code.bytes().skip(letters).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // A count of things (`2000 people`, `1500 troops`, `a total of 2003 self-identified
    // republicans`: a counted noun after at most two words that describe it) is not a year, nor is
    // a clock time (`1900 GMT`).
    let mut next_words = after
        .split(|ch: char| ch.is_whitespace() || ch == '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .take_while(|ch| ch.is_alphabetic())
                .collect::<String>()
                .to_ascii_lowercase()
        });
    let next_word = next_words.next().unwrap_or_default();
    if matches!(next_word.as_str(), "gmt" | "utc" | "hrs") {
        return None;
    }
    let mut head = next_word.as_str();
    let later: Vec<String> = next_words.take(3).collect();
    let mut k = 0;
    while is_count_modifier(head) && k < later.len() {
        head = later[k].as_str();
        k += 1;
    }
    if k > 0 && is_counted(head) {
        return None;
    }
    // A name with a number (`suite 2000`, `the poll was conducted by Research 2000`) is no year.
    let word_before = s[..m.all.start]
        .trim_end()
        .rsplit(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(word_before.as_str(), "suite" | "research") {
        return None;
    }
    if matches!(
        next_word.as_str(),
        "people"
            | "troops"
            | "soldiers"
            | "civilians"
            | "km"
            | "kilometers"
            | "kilometres"
            | "miles"
            | "meters"
            | "metres"
            | "dollars"
            | "euros"
            | "tons"
            | "tonnes"
            | "feet"
            | "hours"
            | "votes"
            | "units"
            | "members"
            | "men"
            | "women"
            | "children"
            | "deaths"
            | "cases"
    ) {
        return None;
    }
    let year = s[y.range()].parse().ok()?;
    Some(Form::Absolute(Date::y(year)))
}

/// Words between a count and what it counts (`2003 self-identified republicans`, `1500 likely
/// voters`). A year is followed by such words too (`the 2016 presidential election`), so only a
/// counted noun after them makes the number a count.
fn is_count_modifier(w: &str) -> bool {
    matches!(
        w,
        "self" | "identified" | "registered" | "likely" | "eligible" | "adult" | "more" | "other"
    )
}

/// Plural nouns a survey counts (`2003 self-identified republicans`).
fn is_counted(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "voters"
            | "adults"
            | "americans"
            | "republicans"
            | "democrats"
            | "independents"
            | "respondents"
            | "residents"
            | "students"
            | "patients"
            | "participants"
            | "households"
    )
}

/// The form of `REL_WORD`'s word `w` (`today`, `yesterday`, …).
fn rel_word_form(w: &str) -> Form {
    let n = match w.to_ascii_lowercase().as_str() {
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => 0,
    };
    Form::Offset {
        unit: Precision::Day,
        n,
    }
}

/// The form of `REL_UNIT`'s modifier `m` and unit `u` (`last` `week`).
fn rel_unit_form(m: &str, u: &str) -> Form {
    let n = i64::from(shift_word(m).unwrap_or(0));
    let unit = match u.to_ascii_lowercase().as_str() {
        "week" | "weekend" => Precision::Week,
        "month" => Precision::Month,
        "quarter" => Precision::Quarter,
        _ => Precision::Year,
    };
    Form::Offset { unit, n }
}

/// The form of `SHIFT`'s count `n`, unit `u` and direction `d` (`two` `day` `ago`).
fn shift_form(n: &str, u: &str, d: &str) -> Option<Form> {
    let n = lexicon::cardinal(n)?;
    let unit = match u.to_ascii_lowercase().as_str() {
        "day" => Precision::Day,
        "week" => Precision::Week,
        "month" => Precision::Month,
        _ => Precision::Year,
    };
    let d = d.to_ascii_lowercase();
    Some(match d.as_str() {
        "ago" => Form::Offset { unit, n: -n },
        "earlier" => Form::Chain {
            unit,
            n: -n,
            relation: false,
        },
        "later" => Form::Chain {
            unit,
            n,
            relation: false,
        },
        "before" => Form::Chain {
            unit,
            n: -n,
            relation: true,
        },
        "after" => Form::Chain {
            unit,
            n,
            relation: true,
        },
        _ => Form::Offset { unit, n }, // from now
    })
}

/// The introducing preposition from the text just before an expression; `since the` is `since`
/// (`since the Sept. 11, 2001, attacks`), `starting in` is `starting`.
fn lead(before: &str) -> Lead {
    let mut words = before
        .trim_end()
        .rsplit(|ch: char| !ch.is_alphabetic())
        .map(str::to_ascii_lowercase);
    let mut w = words.next().unwrap_or_default();
    if w == "the" && words.next().is_some_and(|p| p == "since") {
        w = "since".to_string();
    } else if (w == "in" || w == "on")
        && words
            .next()
            .is_some_and(|p| matches!(p.as_str(), "starting" | "beginning"))
    {
        w = "starting".to_string();
    }
    match w.as_str() {
        "since" => Lead::Since,
        "starting" | "beginning" | "effective" => Lead::Starting,
        "until" | "till" | "through" | "thru" => Lead::Until,
        "from" => Lead::From,
        "by" => Lead::By,
        "before" => Lead::Before,
        "after" => Lead::After,
        "for" | "during" | "within" | "over" => Lead::For,
        _ => Lead::At,
    }
}

/// Where a rough sentence cut at byte `i` of `s` (a `\n`, `.`, `!` or `?`) starts the next
/// sentence, if it cuts: a blank line, or a stop, closing marks and space before a capital or a
/// non-ASCII byte, unless the word before the stop is a title's or month's abbreviation.
fn cut_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let c = b[i];
    let mut cut = None;
    if c == b'\n' && b.get(i + 1) == Some(&b'\n') {
        cut = Some(i + 1);
    } else if matches!(c, b'.' | b'!' | b'?') {
        let mut j = i + 1;
        while j < b.len() && matches!(b[j], b'"' | b'\'' | b')') {
            j += 1;
        }
        let ws = j < b.len() && b[j].is_ascii_whitespace();
        let mut k = j;
        while k < b.len() && b[k].is_ascii_whitespace() {
            k += 1;
        }
        let next_upper = k < b.len() && (b[k].is_ascii_uppercase() || b[k] >= 0x80);
        // The word before the stop is read only for a stop that cuts by the bytes after it.
        if !(ws && next_upper) {
            return None;
        }
        let word = s[..i]
            .rsplit(|ch: char| !ch.is_alphabetic())
            .next()
            .unwrap_or("");
        let abbrev = matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "St"
                | "Gen"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Lt"
                | "Col"
                | "Jan"
                | "Feb"
                | "Aug"
                | "Sept"
                | "Sep"
                | "Oct"
                | "Nov"
                | "Dec"
                | "No"
                | "U"
                | "S"
                | "Jr"
                | "Prof"
        );
        // A clock's `a.m.`/`p.m.` before a weekday (`at 12: 01 a.m. Wednesday`, `3 p.m. Friday's
        // vote`) ends no sentence: the weekday is the clock's day.
        let clock_day = word == "m"
            && s[..i].len() >= 3
            && matches!(&b[i - 3..i - 1], b"a." | b"p." | b"A." | b"P.")
            && lexicon::weekday(
                s[k..]
                    .split(|ch: char| !ch.is_ascii_alphabetic())
                    .next()
                    .unwrap_or(""),
            )
            .is_some();
        if !abbrev && !clock_day {
            cut = Some(k);
        }
    }
    cut
}

/// Rough sentence spans of `s` (relative): breaks after `.!?` + space + capital/quote, and at
/// blank lines. Only used to bound the tense-cue window.
///
/// Only a `\n`, `.`, `!` or `?` can cut, so the scan jumps from one to the next (`memchr`, the
/// next of each kind kept until it is passed): the bytes between would only have been stepped
/// over, so the cuts are those of a step over every byte.
#[cfg(test)]
fn sentences(s: &str) -> Vec<Span> {
    sentences_upto(s, s.len())
}

/// The [`sentences`] of `s` that start before `upto`: the scan stops at the first sentence that
/// starts at or after it (a sentence's cuts are found from its start on, so the ones before are
/// those of the whole scan).
fn sentences_upto(s: &str, upto: usize) -> Vec<Span> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let next_newline = |i: usize| memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |p| i + p);
    let next_stop =
        |i: usize| memchr::memchr3(b'.', b'!', b'?', &b[i..]).map_or(b.len(), |p| i + p);
    // The next `\n` and the next `.`, `!` or `?` at or after `i` (`b.len()` for none).
    let (mut newline, mut stop) = (next_newline(0), next_stop(0));
    while i < b.len() && start < upto {
        if newline < i {
            newline = next_newline(i);
        }
        if stop < i {
            stop = next_stop(i);
        }
        i = newline.min(stop);
        if i == b.len() {
            break;
        }
        let cut = cut_at(s, i);
        if let Some(k) = cut {
            if k > start {
                out.push(Span::new(start, k));
            }
            start = k;
            i = k.max(i + 1);
        } else {
            i += 1;
        }
    }
    if start < s.len() && start < upto {
        out.push(Span::new(start, s.len()));
    }
    out
}

/// The [`tokens`] of one sentence: each token's span and its lower-cased text, the texts kept
/// end to end in one string (a token costs no allocation of its own; this runs on every sentence
/// that holds a date).
#[derive(Default)]
struct Tokens {
    /// The text the tokens' ranges point into: every token's text one after the other, or
    /// (for ASCII, see [`ascii_tokens`]) the whole slice lower-cased, then `;` and `^may`.
    text: String,
    /// Per token: its span and the range of its text in [`Tokens::text`].
    items: Vec<(Span, u32, u32)>,
    /// Where in an ASCII sentence [`ascii_tokens_on`] goes on (see [`Tokens::reach`]), and the
    /// sentence's length: the two are equal once every token is made (always, for a sentence
    /// with another char).
    rest: usize,
    len: usize,
    /// The ranges in [`Tokens::text`] of the `;` of a clause stop and of `^may` (ASCII).
    stop: u32,
    may: u32,
}

impl Tokens {
    fn len(&self) -> usize {
        self.items.len()
    }

    fn word(&self, i: usize) -> &str {
        let (_, a, b) = self.items[i];
        &self.text[a as usize..b as usize]
    }

    /// Adds a token whose text was just appended to [`Tokens::text`] from byte `from` on.
    fn push(&mut self, span: Span, from: usize) {
        self.items.push((span, from as u32, self.text.len() as u32));
    }

    /// The [`tokens`] of `range` of `s`, made only as far as [`Tokens::reach`] asks when the
    /// sentence is ASCII (all of them otherwise).
    fn begin(s: &str, range: Span) -> Self {
        let mut out = Self::default();
        let slice = &s[range.range()];
        if slice.is_ascii() {
            ascii_tokens_begin(slice, &mut out);
        } else {
            any_tokens(slice, range.start, &mut out);
            out.rest = slice.len();
            out.len = slice.len();
        }
        out
    }

    /// Makes tokens of `slice` (the sentence, at `base` in the text) until `need` of them start
    /// at or after `after` (a position in the text), or every token is made.
    ///
    /// [`tense`] reads at most `window` tokens after an expression and [`cue`] one more after
    /// each, so with `window + 1` tokens after the expression's end the guess is the one the
    /// whole sentence's tokens give: it never reads past them, and a token is made whole before
    /// any after it. Tokenising the rest of a long sentence (a lower-cased text without
    /// capitals after its stops is one) cost more than the guess.
    fn reach(&mut self, slice: &str, base: usize, after: usize, need: usize) {
        if self.rest == self.len {
            return;
        }
        let have = self.items.len() - self.items.partition_point(|t| t.0.start < after);
        if have < need {
            ascii_tokens_on(slice, base, self, after, need - have);
        }
    }
}

/// Words (letters and apostrophes) and clause stops (`;`) in `range` of `s`.
#[cfg(test)]
fn tokens(s: &str, range: Span) -> Tokens {
    // Lower-cased words; a word written with a capital keeps a leading `^` so `May` (month)
    // is not taken for `may` (modal).
    let mut out = Tokens::begin(s, range);
    out.reach(&s[range.range()], range.start, 0, usize::MAX);
    out
}

/// [`tokens`] of any `slice` (at `base` in the text), char by char.
fn any_tokens(slice: &str, base: usize, out: &mut Tokens) {
    let mut cur: Option<usize> = None;
    for (i, ch) in slice
        .char_indices()
        .chain(std::iter::once((slice.len(), ' ')))
    {
        let word_ch = ch.is_alphanumeric() || ch == '\'' || ch == '’';
        match (word_ch, cur) {
            (true, None) => cur = Some(i),
            (false, Some(st)) => {
                let raw = slice[st..i].trim_matches(|c| c == '\'' || c == '’');
                let from = out.text.len();
                if raw == "May" {
                    out.text.push_str("^may");
                } else if raw.is_ascii() {
                    // An ASCII word has no `’` and lower-cases byte by byte.
                    out.text.push_str(raw);
                    out.text[from..].make_ascii_lowercase();
                } else {
                    out.text.push_str(&raw.to_lowercase().replace('’', "'"));
                }
                if out.text.len() > from {
                    out.push(Span::new(base + st, base + i), from);
                }
                cur = None;
            }
            _ => {}
        }
        if matches!(ch, ';' | ':') && i < slice.len() {
            let from = out.text.len();
            out.text.push(if clock_colon(slice.as_bytes(), i) {
                ':'
            } else {
                ';'
            });
            out.push(Span::new(base + i, base + i + 1), from);
        }
    }
}

/// [`lexicon::IRREGULAR_PAST`] and [`lexicon::NOT_PAST_ED`] as sets: [`cue`] asks about every
/// token in the window around every date, and a scan of the lists cost more than the rest of the
/// tense guess.
static IRREGULAR_PAST: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| lexicon::IRREGULAR_PAST.iter().copied().collect());
static NOT_PAST_ED: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| lexicon::NOT_PAST_ED.iter().copied().collect());

/// The bytes of an ASCII token's run (`[0-9A-Za-z']`), looked up: the test of every byte of a
/// sentence around a date was most of [`ascii_tokens`]'s cost.
static TOKEN_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'\'';
        c += 1;
    }
    t
};

/// [`tokens`] of an ASCII `slice` (at `base` in the text), byte by byte: no `’` to trim or
/// replace, and ASCII lower-cases byte by byte. [`Tokens::text`] is the whole slice lower-cased
/// in one pass, then `;` and `^may`: a word's text is its range of the copy (its run with the
/// apostrophes at either end left out), a clause stop's the `;` and a capitalised `May`'s the
/// `^may` after it, so a token costs no copy of its own (copying and lower-casing each word apart
/// was most of the tense guess's cost). These are the tokens and texts [`any_tokens`] makes char
/// by char, in the same order (a test checks it).
#[cfg(test)]
fn ascii_tokens(slice: &str, base: usize, out: &mut Tokens) {
    ascii_tokens_begin(slice, out);
    ascii_tokens_on(slice, base, out, 0, usize::MAX);
}

/// The start of [`ascii_tokens`]: the copy of the ASCII `slice`, lower-cased, then `;` and `^may`;
/// no token yet.
fn ascii_tokens_begin(slice: &str, out: &mut Tokens) {
    out.text.reserve(slice.len() + 5);
    out.text.push_str(slice);
    out.text.make_ascii_lowercase();
    out.stop = out.text.len() as u32;
    out.text.push(';');
    out.may = out.text.len() as u32;
    out.text.push_str("^may");
    out.rest = 0;
    out.len = slice.len();
}

/// [`ascii_tokens`] going on from [`Tokens::rest`] until `need` more tokens start at or after
/// `after` (a position in the text; `slice` is at `base` in it), or to the end of `slice`.
fn ascii_tokens_on(slice: &str, base: usize, out: &mut Tokens, after: usize, mut need: usize) {
    let b = slice.as_bytes();
    let word = |c: u8| TOKEN_BYTE[usize::from(c)];
    let (stop, may) = (out.stop, out.may);
    if out.items.is_empty() {
        // News text has far fewer tokens than half its bytes (more only grow the buffer).
        out.items.reserve(b.len() / 2 + 1);
    }
    // Counts a token just made that starts at or after `after`; true once `need` have.
    let mut done = |start: usize| {
        if start >= after {
            need -= 1;
        }
        need == 0
    };
    let mut i = out.rest;
    while i < b.len() {
        let c = b[i];
        if word(c) {
            let st = i;
            while i < b.len() && word(b[i]) {
                i += 1;
            }
            // The byte at `i` (if any) is not a word byte: the next turn looks at it as a stop.
            let (mut from, mut to) = (st, i);
            while from < to && b[from] == b'\'' {
                from += 1;
            }
            while to > from && b[to - 1] == b'\'' {
                to -= 1;
            }
            let span = Span::new(base + st, base + i);
            let made = if &b[from..to] == b"May" {
                out.items.push((span, may, may + 4));
                true
            } else if from < to {
                out.items.push((span, from as u32, to as u32));
                true
            } else {
                false
            };
            if made && done(span.start) {
                out.rest = i;
                return;
            }
            continue;
        }
        i += 1;
        if matches!(c, b';' | b':') {
            let at = i - 1;
            // A clock's colon is its own text (`:` in the copy), a stop the `;` after the copy.
            let (from, to) = if clock_colon(b, at) {
                (at as u32, at as u32 + 1)
            } else {
                (stop, stop + 1)
            };
            let span = Span::new(base + at, base + at + 1);
            out.items.push((span, from, to));
            if done(span.start) {
                out.rest = i;
                return;
            }
        }
    }
    out.rest = b.len();
}

/// True when the colon at `b[i]` is the colon of a clock time inside a clause: one or two digits
/// before it and two after it, spaces allowed between (the tokenised text of many scraped
/// articles writes `12: 01`), the time introduced by a preposition (`is scheduled to die at 12:
/// 01 a.m. Wednesday`, `around 6: 20 p.m. Monday`). Such a colon stops no clause: the tense of
/// the weekday is the future of `scheduled`, not unknown behind a stop. A clock time without a
/// preposition opens a live update's or a page's stamp (`( all times are central ) 12: 43 p.m.
/// Monday: newark airport …`, `update, 1: 02 p.m. Monday:`), where the verb before it is not
/// the weekday's; so does one after a date (`march 8, 2013 at 6: 08 pm et`, a page's stamp):
/// their colons still stop.
fn clock_colon(b: &[u8], i: usize) -> bool {
    const PREPOSITIONS: [&[u8]; 10] = [
        b"at",
        b"around",
        b"about",
        b"by",
        b"until",
        b"till",
        b"before",
        b"after",
        b"from",
        b"approximately",
    ];
    let before = b[..i].trim_ascii_end();
    let hours = before
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let after = b[i + 1..].trim_ascii_start();
    let minutes = after.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hours)
        || minutes != 2
        || after.get(2).is_some_and(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    let lead = &before[..before.len() - hours];
    let word_end = lead.trim_ascii_end();
    if word_end.len() == lead.len() {
        // Glued to a word (`a12: 01`): no clock.
        return false;
    }
    let letters = word_end
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let (rest, word) = word_end.split_at(word_end.len() - letters);
    // A date before the preposition makes the time a stamp's (`march 8, 2013 at 6: 08 pm et
    // steven senne / ap whole foods markets will require …`).
    let rest = rest.trim_ascii_end();
    let rest = rest.strip_suffix(b",").unwrap_or(rest);
    let dated = rest.trim_ascii_end().last().is_some_and(u8::is_ascii_digit);
    !dated && PREPOSITIONS.iter().any(|p| word.eq_ignore_ascii_case(p))
}

/// The words that end a clause for the tense guess ([`is_clause_stop`] asks them).
#[cfg(test)]
const CLAUSE_STOPS: &[&str] = &[
    ";", "that", "which", "who", "because", "but", "while", "although", "whereas", "when",
];

/// True when `w` ends a clause for the tense guess (`;`, `that`, `which`, `because`, …), which
/// [`tense`] asks of every token it reads: a `match`, which tells most words apart by their
/// length, where `contains` on the list (`CLAUSE_STOPS`, kept for a test that ties the two)
/// compared each with all ten.
fn is_clause_stop(w: &str) -> bool {
    matches!(
        w,
        ";" | "that"
            | "which"
            | "who"
            | "because"
            | "but"
            | "while"
            | "although"
            | "whereas"
            | "when"
    )
}
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "could", "might", "may", "must", "can", "to",
];

/// The tense cue at token `i`, looking at its neighbours for verb groups.
fn cue(toks: &Tokens, i: usize) -> Option<Tense> {
    let w = toks.word(i);
    let prev = |k: usize| i.checked_sub(k).map(|j| toks.word(j));
    let next = |k: usize| (i + k < toks.len()).then(|| toks.word(i + k));
    // A modal governs a participle through `be`, `not` or an adverb (`will be held`, `could not
    // be charged`), never across a noun: in `the ambassador to Venezuela said`, `to` is a
    // preposition and `said` is past.
    let modal_before = || {
        for k in 1..=3 {
            match prev(k) {
                Some("have" | "has" | "had") | None => return false,
                Some("to") => return k > 1 && prev(k - 1) == Some("be"),
                Some(p) if MODALS.contains(&p) => return true,
                Some("be" | "not" | "also" | "still" | "then" | "never") => {}
                Some(p) if k < 3 && p.len() > 4 && p.ends_with("ly") => {}
                Some(_) => return false,
            }
        }
        false
    };
    match w {
        // `may` before a street word names the street (`south may street`), no modal.
        "may"
            if next(1).is_some_and(|n| {
                matches!(
                    n,
                    "street" | "st" | "avenue" | "ave" | "road" | "rd" | "boulevard" | "blvd"
                )
            }) =>
        {
            return None;
        }
        "will" | "shall" | "would" | "upcoming" | "may" | "might" => return Some(Tense::Future),
        _ if w.ends_with("'ll") => return Some(Tense::Future),
        // `6: 53 am`, `at 6 am`: a clock's `am` after its number is no verb.
        "am" if prev(1).is_some_and(|p| p.bytes().all(|c| c.is_ascii_digit())) => return None,
        "is" | "are" | "am" | "be" => {
            if next(1).is_some_and(|n| lexicon::FUTURE_AFTER_BE.contains(&n)) {
                return Some(Tense::Future);
            }
            if w == "be" {
                return None;
            }
            return Some(Tense::Present);
        }
        "has" | "have" | "had" => return Some(Tense::Past),
        "going" if next(1) == Some("to") => return Some(Tense::Future),
        // Plans and schedules point forward whatever the tense of the verb.
        "scheduled" | "expected" | "planned" | "planning" | "slated" | "soon" | "due" => {
            return Some(Tense::Future);
        }
        "plans" | "plan" | "intends" | "aims" | "set" | "poised" if next(1) == Some("to") => {
            return Some(Tense::Future);
        }
        _ => {}
    }
    if w == "ago" {
        return Some(Tense::Past);
    }
    let past_like = IRREGULAR_PAST.contains(w)
        || (w.len() >= 4
            && w.ends_with("ed")
            && w.chars().all(char::is_alphabetic)
            && !NOT_PAST_ED.contains(w));
    if past_like {
        if modal_before() {
            return Some(Tense::Future);
        }
        if matches!(prev(1), Some("is" | "are" | "am")) {
            return Some(Tense::Present);
        }
        if NOT_PAST_ED.contains(w) {
            return None;
        }
        return Some(Tense::Past);
    }
    None
}

/// The tense of the clause around `expr`, given the [`tokens`] of its sentence (spans relative to
/// the same text): the nearest cue on the left (the verb usually precedes its date) unless a cue
/// on the right is more than twice as near.
fn tense(toks: &Tokens, expr: Span, window: usize) -> Tense {
    let first_after = toks.items.partition_point(|t| t.0.end <= expr.start);
    let first_right = toks.items.partition_point(|t| t.0.start < expr.end);
    let scan = |it: &mut dyn Iterator<Item = usize>, window: usize| -> Option<(usize, Tense)> {
        for (d, i) in it.take(window).enumerate() {
            if is_clause_stop(toks.word(i)) {
                return None;
            }
            if let Some(t) = cue(toks, i) {
                return Some((d + 1, t));
            }
        }
        None
    };
    let left = scan(&mut (0..first_after).rev(), window);
    // A cue on the right wins only when more than twice as near as the left one (`2 * dr < dl`),
    // so the right scan stops before the tokens where it could not: it costs nothing when the
    // verb stands just before the date.
    let right_window = left.map_or(window, |(dl, _)| window.min((dl - 1) / 2));
    let right = scan(&mut (first_right..toks.len()), right_window);
    match (left, right) {
        (Some((dl, tl)), Some((dr, tr))) => {
            if dl <= 2 * dr {
                tl
            } else {
                tr
            }
        }
        (Some((_, t)), None) | (None, Some((_, t))) => t,
        (None, None) => Tense::Unknown,
    }
}

/// The year that puts `month`/`day` closest to the anchor. When that is more than two months
/// away (so either year is plausible), the tense decides: past takes the year before the anchor,
/// future the year after.
fn closest_year(
    anchor: Date,
    month: u8,
    day: u8,
    weekday: Option<Weekday>,
    tense: Tense,
) -> Option<Date> {
    // A weekday written with the date (`on saturday, december 12`) names its year: a year in
    // which that day is another weekday, or one more than a year from the anchor, is no reading
    // of it.
    if anchor.precision < Precision::Month {
        return Date::ymd(anchor.year, month, day)
            .filter(|d| weekday.is_none_or(|w| d.weekday() == w));
    }
    let a = anchor.days();
    let fits = |d: &Date| weekday.is_none_or(|w| d.weekday() == w && (d.days() - a).abs() <= 366);
    let candidates = || {
        (anchor.year - 1..=anchor.year + 1)
            .filter_map(|y| Date::ymd(y, month, day))
            .filter(fits)
    };
    let closest = candidates().min_by_key(|d| (d.days() - a).abs())?;
    if (closest.days() - a).abs() <= 60 {
        return Some(closest);
    }
    let side = |d: &Date| match tense {
        Tense::Past => d.days() <= a,
        Tense::Future => d.days() >= a,
        Tense::Present | Tense::Unknown => true,
    };
    candidates()
        .filter(|d| side(d) && (d.days() - a).abs() <= 366)
        .min_by_key(|d| (d.days() - a).abs())
        .or(Some(closest))
}

/// Resolves a non-chain mention against the anchor.
fn resolve(m: &Mention, anchor: Option<Date>, past_by_default: bool) -> Option<Date> {
    let future = match m.tense {
        Tense::Future => Some(true),
        Tense::Past => Some(false),
        // A deadline or an end point (`to pay down the loan by February`, `talks run until
        // Friday`) lies ahead unless its clause is in the past tense.
        _ if matches!(m.lead, Lead::By | Lead::Until)
            && matches!(
                m.form,
                Form::Month { shift: None, .. } | Form::Weekday { shift: None, .. }
            ) =>
        {
            Some(true)
        }
        Tense::Present => None,
        Tense::Unknown => past_by_default.then_some(false),
    };
    match m.form {
        Form::Absolute(d) => Some(d),
        Form::MonthDay {
            month,
            day,
            weekday,
        } => closest_year(anchor?, month, day, weekday, m.tense),
        Form::Month { month, shift } => {
            let a = anchor?;
            if a.precision < Precision::Month {
                return Date::ym(a.year, month);
            }
            let this = Date::ym(a.year, month)?;
            let am = Date::ym(a.year, a.month)?;
            let prev_or_same = if this <= am {
                this
            } else {
                this.add_months(-12)
            };
            let next_or_same = if this >= am {
                this
            } else {
                this.add_months(12)
            };
            Some(match shift {
                Some(-1) if this == am => this.add_months(-12),
                Some(-1) => prev_or_same,
                Some(1) if this == am => this.add_months(12),
                Some(1) => next_or_same,
                Some(_) => this,
                None => match future {
                    Some(true) => next_or_same,
                    Some(false) => prev_or_same,
                    None => this,
                },
            })
        }
        Form::Weekday { weekday, shift } => {
            let a = anchor.filter(|a| a.precision == Precision::Day)?;
            let diff = i64::from(weekday.index()) - i64::from(a.weekday().index());
            let back = diff.rem_euclid(7) - if diff.rem_euclid(7) == 0 { 0 } else { 7 }; // <= 0
            let fwd = diff.rem_euclid(7); // >= 0
            let off = match shift {
                Some(-1) => {
                    if back == 0 {
                        -7
                    } else {
                        back
                    }
                }
                Some(1) => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                _ => match future {
                    Some(true) | None => fwd,
                    Some(false) => back,
                },
            };
            Some(a.add_days(off))
        }
        Form::Quarter { quarter } => {
            let a = anchor?;
            let q_anchor = (a.month - 1) / 3 + 1;
            let year = if quarter > q_anchor && future != Some(true) {
                a.year - 1
            } else {
                a.year
            };
            Some(Date {
                year,
                month: (quarter - 1) * 3 + 1,
                day: 1,
                precision: Precision::Quarter,
            })
        }
        Form::Season {
            month,
            shift,
            recent,
        } => {
            let a = anchor?;
            // The season of that name in the anchor's year (the winter of the year before when
            // the anchor is in January or February, inside that winter).
            let year = if month == 12 && a.precision >= Precision::Month && a.month <= 2 {
                a.year - 1
            } else {
                a.year
            };
            let this = Date {
                year,
                month,
                day: 1,
                precision: Precision::Season,
            };
            let other = |n: i32| Date {
                year: this.year + n,
                ..this
            };
            if a.precision < Precision::Month {
                return Some(this);
            }
            let begun = this.days() <= a.days();
            Some(match shift {
                Some(-1) => other(-1),
                Some(1) => other(1),
                None if (recent || future == Some(false)) && !begun => other(-1),
                None if future == Some(true) && this.last_day().days() < a.days() => other(1),
                _ => this,
            })
        }
        Form::Weekend { shift } => {
            let a = anchor.filter(|a| a.precision == Precision::Day)?;
            let saturday = a.truncate(Precision::Weekend);
            let on_weekend = a.weekday().index() >= 5;
            let off = match shift {
                Some(-1) => -7,
                Some(1) if on_weekend => 7,
                Some(0) | None if future == Some(false) && !on_weekend => -7,
                _ => 0,
            };
            Some(saturday.add_days(off).truncate(Precision::Weekend))
        }
        Form::Offset { unit, n } => {
            let a = anchor?;
            shift_date(a, unit, n)
        }
        Form::Chain { .. } => None,
    }
}

/// `base` moved by `n` units, at the unit's precision (days need a day-precise base).
fn shift_date(base: Date, unit: Precision, n: i64) -> Option<Date> {
    let n32 = i32::try_from(n).ok()?;
    match unit {
        Precision::Day => (base.precision == Precision::Day).then(|| base.add_days(n)),
        Precision::Week => (base.precision >= Precision::Week)
            .then(|| base.add_days(7 * n).truncate(Precision::Week)),
        Precision::Month => (base.precision >= Precision::Month).then(|| base.add_months(n32)),
        Precision::Quarter => (base.precision >= Precision::Quarter)
            .then(|| base.add_months(3 * n32).truncate(Precision::Quarter)),
        Precision::Year => Some(Date::y(base.year + n32)),
        Precision::Decade | Precision::Season | Precision::Weekend => None,
    }
}

/// True for `a year ago`, `a year earlier`, `the year-ago quarter` (not `last year`).
fn year_back(m: &Mention, text: &str) -> bool {
    let one_year_back = matches!(
        m.form,
        Form::Offset {
            unit: Precision::Year,
            n: -1
        } | Form::Chain {
            unit: Precision::Year,
            n: -1,
            relation: false
        }
    );
    one_year_back
        && text.get(m.span.range()).is_some_and(|t| {
            let t = t.trim_end().to_ascii_lowercase();
            t.ends_with("ago") || t.ends_with("earlier") || t.contains("year-")
        })
}

/// In a report about a quarter, `a year ago` is that quarter a year back (`net rose in the third
/// quarter … from $58 million a year ago`): a year-back mention after a quarter takes the last
/// quarter named before it, a year earlier.
fn resolve_year_back(out: &mut [Mention], text: &str) {
    let mut quarter: Option<Date> = None;
    for m in out.iter_mut() {
        if year_back(m, text) {
            if let Some(q) = quarter {
                m.value = Some(Date {
                    year: q.year - 1,
                    ..q
                });
            }
            continue;
        }
        if let Some(v) = m.value.filter(|v| v.precision == Precision::Quarter) {
            quarter = Some(v);
        }
    }
}

/// Resolves `one day after`, `two days later`, `the next day` against neighbouring dates, then
/// year-back mentions after a quarter ([`resolve_year_back`]).
fn resolve_chains(out: &mut [Mention], text: &str) {
    for i in 0..out.len() {
        let Form::Chain { unit, n, relation } = out[i].form else {
            continue;
        };
        let sentence = out[i].sentence;
        let value = if relation {
            // "two days after September 12": the date right after is the base.
            let next = out.get(i + 1).filter(|m| {
                text.get(out[i].span.end..m.span.start)
                    .is_some_and(|gap| gap.trim().is_empty())
            });
            if let Some(base) = next.and_then(|m| m.value) {
                shift_date(base, unit, n)
            } else {
                // "On October 4, one day after X": X is `n` units before the date before.
                out[..i]
                    .iter()
                    .rev()
                    .take_while(|m| m.sentence == sentence)
                    .find_map(|m| m.value.filter(|v| v.precision >= Precision::Week))
                    .and_then(|base| shift_date(base, unit, -n))
            }
        } else {
            out[..i]
                .iter()
                .rev()
                .find_map(|m| {
                    m.value
                        .filter(|v| v.precision >= unit.min(Precision::Month))
                })
                .and_then(|base| shift_date(base, unit, n))
        };
        out[i].value = value;
    }
    resolve_year_back(out, text);
}

/// See [`super::parse_date_line`].
pub(super) fn parse_line(line: &str) -> Option<Date> {
    let line = line.trim();
    if line.is_empty() || line.len() > super::DATE_LINE_MAX_BYTES {
        return None;
    }
    let (date, range) = find(line)
        .into_iter()
        .find_map(|(s, e, f)| match f {
            Form::Absolute(d) if d.precision == Precision::Day => Some((d, s..e)),
            _ => None,
        })
        .or_else(|| {
            let c = LINE_DMY.captures(line)?;
            let month = lexicon::month(&c["mon"])?;
            let day = c["day"].parse().ok()?;
            let year = c["year"].parse().ok()?;
            let m = c.get(0)?;
            Some((Date::ymd(year, month, day)?, m.start()..m.end()))
        })?;
    // Whatever is left must be clock, zone and label words only (at most four other words).
    let rest = format!("{} {}", &line[..range.start], &line[range.end..]);
    let rest = LINE_LEFTOVER.replace_all(&rest, " ");
    let others = rest
        .split(|ch: char| !ch.is_alphabetic())
        .filter(|w| !w.is_empty())
        .count();
    (others <= 4).then_some(date)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Every pattern family let through.
    const UNGATED: Cues = Cues(u32::MAX);

    /// Words and pieces that make or nearly make the tagger's expressions.
    const VOCAB: &[&str] = &[
        "May",
        "may",
        "MAY",
        "March",
        "march",
        "Sept.",
        "sep",
        "Septembers",
        "Monday",
        "Mondays",
        "monday",
        "Friday's",
        "Friday’s",
        "friday's",
        "friday’s",
        "night",
        "the",
        "The",
        "next",
        "following",
        "day",
        "days",
        "Mayday",
        "after",
        "before",
        "ago",
        "Chicago",
        "earlier",
        "later",
        "from",
        "now",
        "two",
        "one",
        "a",
        "2015",
        "1990s",
        "1990's",
        "19th",
        "2016-09-23",
        "2016-09-23T10:00Z",
        "3/4/2016",
        "post-2015",
        "$2015",
        "120",
        "9",
        "12",
        "31st",
        "1776",
        "2099",
        "Jan.",
        "of",
        "in",
        "last",
        "this",
        "coming",
        "week",
        "weekend",
        "weekly",
        "midweek",
        "month",
        "months",
        "year",
        "years",
        "quarter",
        "quarters",
        "period",
        "first",
        "summer",
        "Fall",
        "past",
        "third",
        "3rd",
        "latest",
        "today",
        "Today",
        "yesterday",
        "tomorrow's",
        "tonight",
        "early",
        "mid",
        "late",
        "end",
        "_",
        "x19",
        "19x",
        "morning",
        "\u{a0}",
        "evening",
        "on",
        "most",
        "recent",
        "current",
        "é",
        "émay",
        "\u{663}",
        "th",
        "Days",
        "WEEKS",
        "year-ago",
        "year-earlier",
        "Weekend",
        "weekends",
        "yearly",
        "previous",
        "Following",
        "NEXT",
        "Last",
        "coming",
        "THIS",
        "Tuesday",
        "TUESDAY",
        "sunday",
        "laſt",
        "\u{212a}",
        "\u{2009}",
        "\u{3000}",
        "\u{b}",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// The cue gate only skips pattern families that cannot match: finding with it gives what
        /// running every pattern gives.
        #[test]
        fn the_cue_gate_never_hides_an_expression(
            words in prop::collection::vec(
                (prop::sample::select(VOCAB), prop::sample::select(&[" ", " ", ", ", "", "-", "\n", ". ", "\u{a0}", "\t"][..])),
                0..14,
            ),
        ) {
            let s: String = words.iter().flat_map(|(w, sep)| [*w, *sep]).collect();
            prop_assert_eq!(find(&s), find_gated(&s, UNGATED, &Reach::whole(&s)), "{:?}", s);
        }
    }

    proptest! {
        /// One scan for the lead bytes of `ſ` and the Kelvin sign answers what two searches for
        /// the chars did, among chars that share those lead bytes (`Ł`, `ő`, `€`, `℃`, `Å`,
        /// curly quotes) or their last bytes (`¿`, `ª`).
        #[test]
        fn has_folding_char_matches_the_two_searches(
            chars in prop::collection::vec(
                prop::sample::select(&[
                    'a', ' ', 'K', 's', '\u{17f}', '\u{212a}', '\u{141}', '\u{151}', '\u{20ac}',
                    '\u{2103}', '\u{212b}', '\u{2019}', '\u{201c}', '\u{bf}', '\u{aa}', '\u{17e}',
                ][..]),
                0..12,
            ),
        ) {
            let s: String = chars.into_iter().collect();
            prop_assert_eq!(
                has_folding_char(&s),
                s.contains('\u{17f}') || s.contains('\u{212a}'),
                "{:?}",
                s
            );
        }
    }

    /// [`sentences`] as it was written before it jumped between the bytes that can cut: a step
    /// over every byte.
    fn sentences_by_byte(s: &str) -> Vec<Span> {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            let cut = super::cut_at(s, i);
            if let Some(k) = cut {
                if k > start {
                    out.push(Span::new(start, k));
                }
                start = k;
                i = k.max(i + 1);
            } else {
                i += 1;
            }
        }
        if start < s.len() {
            out.push(Span::new(start, s.len()));
        }
        out
    }

    proptest! {
        /// The sentences found by jumping between the bytes that can cut are those of a step
        /// over every byte.
        #[test]
        fn sentences_match_a_step_over_every_byte(
            s in "([.!?\n\"') aAéM]|Mr|Jan|\n\n|\\. ){0,40}",
        ) {
            prop_assert_eq!(sentences(&s), sentences_by_byte(&s), "{:?}", s);
        }

        /// The sentences up to a point are those of the whole scan that start before it.
        #[test]
        fn sentences_upto_are_a_prefix_of_the_whole_scan(
            s in "([.!?\n\"') aAéM]|Mr|Jan|\n\n|\\. ){0,40}",
            upto in 0usize..60,
        ) {
            let whole: Vec<Span> = sentences(&s).into_iter().filter(|x| x.start < upto).collect();
            prop_assert_eq!(sentences_upto(&s, upto), whole, "{:?} {}", s, upto);
        }
    }

    /// Every match of `re` in `s` (those that give no date too), as searched through all of `s`
    /// and as searched in `range` only.
    fn matches_whole_and_in(
        re: &Pattern,
        s: &str,
        range: &std::ops::Range<usize>,
    ) -> (Vec<Span>, Vec<Span>) {
        let spans = |it: &mut dyn Iterator<Item = Captures<'_>>| -> Vec<Span> {
            it.map(|c| Span::new(c.get(0).unwrap().start(), c.get(0).unwrap().end()))
                .collect()
        };
        (
            spans(&mut re.captures_iter_in(s, 0..s.len())),
            spans(&mut re.captures_iter_in(s, range.clone())),
        )
    }

    /// The month patterns, `YEAR` and the patterns of word pairs find every match (one giving no
    /// date as well: it could hide another) in their [`Reach`] that they find in the whole text.
    fn assert_reach_holds_every_match(s: &str) {
        let (_, reach) = Cues::scan(s);
        for re in [&MDY, &DMY, &MY] {
            let (whole, within) = matches_whole_and_in(re, s, &reach.months);
            assert_eq!(whole, within, "{s:?}");
        }
        let (whole, within) = matches_whole_and_in(&YEAR, s, &reach.years);
        assert_eq!(whole, within, "{s:?}");
        for re in [&SHIFT, &REL_UNIT, &DAY_REL, &YEAR_AGO] {
            let (whole, within) = matches_whole_and_in(re, s, &reach.pairs);
            assert_eq!(whole, within, "{s:?}");
        }
        let (whole, within) = matches_whole_and_in(&REL_WORD, s, &reach.rel_words);
        assert_eq!(whole, within, "{s:?}");
        let (whole, within) = matches_whole_and_in(&SEASON, s, &reach.seasons);
        assert_eq!(whole, within, "{s:?}");
        let (whole, within) = matches_whole_and_in(&MONTH, s, &reach.months);
        assert_eq!(whole, within, "{s:?}");
        let (whole, within) = matches_whole_and_in(&WEEKDAY, s, &reach.weekday_names);
        assert_eq!(whole, within, "{s:?}");
        let (whole, within) = matches_whole_and_in(&WEEKEND, s, &reach.weekends);
        assert_eq!(whole, within, "{s:?}");
        for re in [&QUARTER, &THE_QUARTER] {
            let (whole, within) = matches_whole_and_in(re, s, &reach.quarters);
            assert_eq!(whole, within, "{s:?}");
        }
    }

    /// [`tense`] as first written: both sides scanned the whole window.
    fn tense_scanning_both_windows(toks: &Tokens, expr: Span, window: usize) -> Tense {
        let first_after = toks.items.partition_point(|t| t.0.end <= expr.start);
        let first_right = toks.items.partition_point(|t| t.0.start < expr.end);
        let scan = |it: &mut dyn Iterator<Item = usize>| -> Option<(usize, Tense)> {
            for (d, i) in it.take(window).enumerate() {
                if CLAUSE_STOPS.contains(&toks.word(i)) {
                    return None;
                }
                if let Some(t) = cue(toks, i) {
                    return Some((d + 1, t));
                }
            }
            None
        };
        match (
            scan(&mut (0..first_after).rev()),
            scan(&mut (first_right..toks.len())),
        ) {
            (Some((dl, tl)), Some((dr, tr))) => {
                if dl <= 2 * dr {
                    tl
                } else {
                    tr
                }
            }
            (Some((_, t)), None) | (None, Some((_, t))) => t,
            (None, None) => Tense::Unknown,
        }
    }

    proptest! {
        /// The right scan cut short where it could not win gives the tense of both full scans.
        #[test]
        fn tense_with_a_short_right_scan_is_the_full_one(
            words in prop::collection::vec(
                prop::sample::select(&[
                    "said", "will", "that", ";", "has", "is", "expected", "the", "police",
                    "friday", "on", "be", "held", "may", "street", "ago", "walked", "not",
                ][..]),
                1..30,
            ),
            at in 0usize..30,
            window in 1usize..16,
        ) {
            let s = words.join(" ");
            let toks = tokens(&s, Span::new(0, s.len()));
            let (span, _, _) = toks.items[at % toks.len()];
            prop_assert_eq!(
                tense(&toks, span, window),
                tense_scanning_both_windows(&toks, span, window)
            );
        }
    }

    #[test]
    fn lower_case_weekdays_are_the_weekdays_lower_cased() {
        let lowered: Vec<String> = WEEKDAYS.iter().map(|d| d.to_ascii_lowercase()).collect();
        assert_eq!(lowered, WEEKDAYS_LOWER);
        // The patterns' alternations are the names in order.
        assert_eq!(
            alternation(&WEEKDAYS),
            "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
        );
    }

    #[test]
    fn clause_stops_are_the_listed_words() {
        for w in CLAUSE_STOPS {
            assert!(is_clause_stop(w), "{w}");
        }
        for w in [
            "", ":", "thats", "Which", "whe", "then", "whom", "bu", "though",
        ] {
            assert!(!is_clause_stop(w), "{w}");
        }
    }

    #[test]
    fn token_bytes_are_ascii_letters_digits_and_apostrophes() {
        for c in 0..=u8::MAX {
            assert_eq!(
                TOKEN_BYTE[usize::from(c)],
                c.is_ascii_alphanumeric() || c == b'\'',
                "{c}"
            );
        }
    }

    #[test]
    fn the_reach_holds_the_longest_matches() {
        for s in [
            // Five ASCII words before the month: a weekday, `the`, a day of an ASCII and an
            // Arabic-Indic digit (`5٣th`), `of`.
            "x. Monday, the 5\u{663}th of May 2015, y",
            "x. Monday,\u{a0}the 5th of May",
            "said the end of May, 2015",
            "x. the beginning of-Sept. of 2015",
            // Four after it: a day and a year of two each.
            "a. May 5\u{663}th, 20\u{663}5 b",
            "a. Sept.\u{a0}5, 20\u{663}\u{663}x",
            "in late-\u{2009}1990, and mid 2001",
            "19\u{663}5 20\u{663}\u{663}",
            // Two before a pair, two after it.
            "x. 1\u{663}2 days ago, y",
            "x. earlier this week, the next day",
            "x. the year-ago first-quarter y",
            "x. two days from now y",
            // Four words before `MONTH`'s name; two before a weekday, a possessive and one after.
            "x. the end of in March y",
            "x. coming on Friday\u{2019}s\u{a0}evening, y",
            // Two before `weekend`; three before `quarter` and three after it.
            "x. this\u{a0}past weekend y",
            "x. the most recent quarter y",
            "x. the 4th-quarter of 20\u{663}5 y",
        ] {
            assert_reach_holds_every_match(s);
        }
        // The new ranges are short where their cue words are.
        let s = "a b. the end of in March y z w v u";
        assert_eq!(
            &s[Cues::scan(s).1.months],
            "b. the end of in March y z w v "
        );
        let s = "a b c. this past weekend y";
        assert_eq!(&s[Cues::scan(s).1.weekends], "this past weekend");
        let s = "a b. the third quarter of 20\u{663}5 y z";
        assert_eq!(
            &s[Cues::scan(s).1.quarters],
            "b. the third quarter of 20\u{663}5 "
        );
        let s = "a b c last Friday's night y z";
        assert_eq!(&s[Cues::scan(s).1.weekday_names], "c last Friday's night ");
        let s = "x. 1\u{663}2 days ago, y";
        assert_eq!(&s[Cues::scan(s).1.pairs], "1\u{663}2 days ago, y");
        for (s, reach) in [
            (
                "x. this past summer, of 20\u{663}5 y",
                "this past summer, of 20\u{663}5 ",
            ),
            ("x. the early-fall 1999. y z w", "the early-fall 1999. y z "),
        ] {
            assert_reach_holds_every_match(s);
            assert_eq!(&s[Cues::scan(s).1.seasons], reach);
        }
        let s = "x yesterday, y, and today z";
        assert_eq!(&s[Cues::scan(s).1.rel_words], "yesterday, y, and today");
        // The ranges are short where the cue words are.
        let s = "Everyone agreed that the talks, which began on May 5 in Geneva, ended well. \
                 The delegates met again in the autumn and it was 2015 by then, they said.";
        let (_, reach) = Cues::scan(s);
        assert_eq!(
            &s[reach.months.clone()],
            "the talks, which began on May 5 in Geneva, ended "
        );
        assert_eq!(&s[reach.years.clone()], "was 2015 by ");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// On the words and pieces of dates, the [`Reach`] holds every match.
        #[test]
        fn the_reach_holds_every_match(
            words in prop::collection::vec(
                (prop::sample::select(VOCAB), prop::sample::select(&[" ", ", ", "", "-", ". ", "\u{a0}"][..])),
                0..14,
            ),
        ) {
            let s: String = words.iter().flat_map(|(w, sep)| [*w, *sep]).collect();
            assert_reach_holds_every_match(&s);
        }
    }

    /// `LOWER_WEEKDAY`'s matches in the whole of `s`.
    fn lower_weekdays_by_pattern(s: &str) -> Vec<WeekdayMatch> {
        LOWER_WEEKDAY
            .captures_iter_in(s, 0..s.len())
            .map(|c| WeekdayMatch::of(&c).unwrap())
            .collect()
    }

    /// `YEAR`'s matches in the whole of `s` whose year is ASCII digits.
    fn years_by_pattern(s: &str) -> Vec<YearMatch> {
        YEAR.captures_iter_in(s, 0..s.len())
            .filter_map(|c| {
                let all = c.get(0).unwrap();
                let year = c.name("year").unwrap();
                year.as_str()
                    .bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| YearMatch {
                        all: Span::new(all.start(), all.end()),
                        year: Span::new(year.start(), year.end()),
                    })
            })
            .collect()
    }

    /// The matches of a pattern of whole words in the whole of `s`, with the spans of its groups
    /// `names` (an empty span after the match for a name not given).
    fn words_by_pattern(re: &Pattern, s: &str, names: &[&str]) -> Vec<WordsMatch> {
        re.captures_iter_in(s, 0..s.len())
            .map(|c| {
                let all = c.get(0).unwrap();
                let all = Span::new(all.start(), all.end());
                let mut groups = [Span::new(all.end, all.end); 3];
                for (g, name) in groups.iter_mut().zip(names) {
                    let m = c.name(name).unwrap();
                    *g = Span::new(m.start(), m.end());
                }
                WordsMatch { all, groups }
            })
            .collect()
    }

    /// `MDY`'s matches in the whole of `s`.
    fn month_days_by_pattern(s: &str) -> Vec<MonthDayMatch> {
        let span = |g: crate::pattern::Group<'_>| Span::new(g.start(), g.end());
        MDY.captures_iter_in(s, 0..s.len())
            .map(|c| MonthDayMatch {
                all: span(c.get(0).unwrap()),
                weekday: c.name("wd").or(c.name("wdl")).map(span),
                mon: span(c.name("mon").unwrap()),
                day: span(c.name("day").unwrap()),
                year: c.name("year").map(span),
            })
            .collect()
    }

    /// The hand-written matchers find what their patterns find, searched through all of `s` and
    /// through the [`Reach`] the tagger gives them.
    fn assert_matchers_agree(s: &str) {
        let (_, reach) = Cues::scan(s);
        if !reach.folds {
            let want = lower_weekdays_by_pattern(s);
            assert_eq!(lower_weekdays_in(s, 0..s.len()), want, "{s:?}");
            assert_eq!(lower_weekdays_in(s, reach.weekdays.clone()), want, "{s:?}");
            let want = words_by_pattern(&REL_WORD, s, &["w"]);
            assert_eq!(rel_words_in(s, 0..s.len()), want, "{s:?}");
            assert_eq!(rel_words_in(s, reach.rel_words.clone()), want, "{s:?}");
            let want = words_by_pattern(&REL_UNIT, s, &["m", "u"]);
            assert_eq!(rel_units_in(s, 0..s.len()), want, "{s:?}");
            assert_eq!(rel_units_in(s, reach.pairs.clone()), want, "{s:?}");
            if !has_other_digit(s) {
                let want = words_by_pattern(&SHIFT, s, &["n", "u", "d"]);
                assert_eq!(shifts_in(s, 0..s.len()), want, "{s:?}");
                assert_eq!(shifts_in(s, reach.pairs.clone()), want, "{s:?}");
                let want = month_days_by_pattern(s);
                assert_eq!(month_days_in(s, 0..s.len()), want, "{s:?}");
                assert_eq!(month_days_in(s, reach.months.clone()), want, "{s:?}");
            }
        }
        let want = years_by_pattern(s);
        assert_eq!(years_in(s, 0..s.len()), want, "{s:?}");
        assert_eq!(years_in(s, reach.years.clone()), want, "{s:?}");
    }

    #[test]
    fn relative_words_units_and_shifts_match_as_their_patterns() {
        for s in [
            "police said today",
            "Today, TONIGHT and yesterday's; tomorrow",
            "todays xtoday today_ today2 étoday todayé",
            "last week, early this month, Later Next  Year",
            "earlier\u{a0}this\u{2009}quarter and late coming weeks",
            "late last, week; this-week, early this monthly, thisweek",
            "late early this year, earlier later next month",
            "two days ago, 3 weeks later, An hour after, a day before",
            "twelve Months earlier, 100 years from now, 1000 days ago",
            "one DAYS ago, one DAYs ago, one days_ ago, 12 yearss ago",
            "five days from  nowhere, five days from\nnow, six weeks From NOW.",
            "2 days ago 3 days ago, a week after an weeks after",
            "x2 days ago, 2x days ago, _2 days ago, é2 days ago, 2é days ago",
            "ten days\u{a0}ago; ten days, ago; ten days-ago",
        ] {
            assert_matchers_agree(s);
        }
        // Not for text that folds or holds another script's digit: the patterns search it.
        assert!(Reach::whole("laſt week").folds);
        assert!(!words_by_pattern(&REL_UNIT, "laſt week", &["m", "u"]).is_empty());
        assert!(!words_by_pattern(&SHIFT, "1\u{663} days ago", &["n", "u", "d"]).is_empty());
    }

    #[test]
    fn month_days_match_as_their_pattern() {
        for s in [
            "on May 5, 2015, police said",
            "Friday, March 13th 2015 and friday, june 5, 1999.",
            "FRIDAY, May 5; Friday,May 5; Fridays, May 5; friday  sept. 21st",
            "Sept.5 sep 12 Sep.  3rd SEPT 30th, 2020 jan.",
            "may 5 may 123 may 12x may 5thx may 5st_ may 5 20155 may 5,2015",
            "June 31, 1499 June 1, 1500 Dec 25 2100 Dec 25, 20xx",
            "xMay 5 May_ 5 May5 _May 5 éMay 5 Mayé 5 May 5é",
            "Tuesday\u{a0}September\u{2009}11,\u{a0}2001 Monday Tuesday May 1",
            "March 5 March 6, March 7th, 2015, 2016",
        ] {
            assert_matchers_agree(s);
        }
        // Not for text that folds or holds another script's digit: the pattern searches it.
        assert!(Reach::whole("Auguſt 5").folds);
        assert!(!month_days_by_pattern("Auguſt 5").is_empty());
        // `\d` takes the other script's digit, and the suffix gives the `\b` after it.
        assert_eq!(
            month_days_by_pattern("May 1\u{663}th")[0].day,
            Span::new(4, 7)
        );
    }

    #[test]
    fn lower_weekdays_and_years_match_as_their_patterns() {
        for s in [
            "police said friday",
            "last friday",
            "Last  friday night",
            "this on tuesday morning, earlier\u{a0}monday",
            "last on on friday",
            "laterfriday and latest friday, later friday",
            "friday's game",
            "friday’s game",
            "friday'sx",
            "friday's night",
            "friday’s\u{2009}afternoon",
            "friday nights or friday nightly or friday Night",
            "fridays xfriday friday_ friday2 FRIDAY Friday",
            "_last friday, last, friday, last-friday",
            "On friday, last On friday",
            "coming\n\nsunday\tevening",
            "monday tuesday",
            "last monday last tuesday",
            "friday' friday’ éfriday lastéfriday friday\u{663}",
            "friday's's night",
            "in 1999, early 1999 and mid-1990",
            "late - 2001, Mid\u{a0}1850, MID--1999",
            "midst 1999, early,1999",
            "x1999 1999x 19999 21999 1799 2100 1899 2099",
            "19\u{663}5 20\u{663}\u{663}x 1999\u{663} 2\u{663}1999",
            "post-2015 2015-16 1990s $2015 2015.",
            "early 1999 late 2000, 1999-2000, early early 1999",
            "_1999 1999_ early\n2015 ämid 1990",
        ] {
            assert_matchers_agree(s);
        }
        // Not for text that folds: the pattern searches it.
        assert!(Reach::whole("laſt friday").folds);
        assert_eq!(
            lower_weekdays_by_pattern("laſt friday")[0].all,
            Span::new(0, "laſt friday".len())
        );
    }

    /// Words and pieces of lower-case weekdays, years, relative words, units and shifts.
    const MATCHER_VOCAB: &[&str] = &[
        "friday",
        "friday's",
        "friday’s",
        "fridays",
        "sunday",
        "monday",
        "night",
        "morning",
        "nightly",
        "Night",
        "on",
        "On",
        "last",
        "Last",
        "this",
        "earlier",
        "later",
        "late",
        "latest",
        "coming",
        "early",
        "mid",
        "MID",
        "1999",
        "2015",
        "1850",
        "2100",
        "19",
        "x",
        "_",
        "'s",
        "’s",
        "'",
        "s",
        "\u{663}",
        "é",
        "the",
        "said",
        "today",
        "Tomorrow",
        "week",
        "Month",
        "quarter",
        "next",
        "two",
        "a",
        "an",
        "12",
        "1000",
        "days",
        "DAYS",
        "yearss",
        "ago",
        "after",
        "from",
        "now",
        "nowhere",
        "May",
        "may",
        "MARCH",
        "Sept",
        "sep",
        ".",
        ",",
        "Friday",
        "5",
        "5th",
        "21st",
        "123",
        "1500",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// On the words around lower-case weekdays, years, relative words, units and shifts, the
        /// hand-written matchers find what the patterns find.
        #[test]
        fn the_matchers_find_what_the_patterns_find(
            words in prop::collection::vec(
                (
                    prop::sample::select(MATCHER_VOCAB),
                    prop::sample::select(&[" ", "  ", "", "-", ", ", "\n", "\u{a0}", "\u{2009}", "'"][..]),
                ),
                0..12,
            ),
        ) {
            let s: String = words.iter().flat_map(|(w, sep)| [*w, *sep]).collect();
            assert_matchers_agree(&s);
        }
    }

    fn token_list(t: &Tokens) -> Vec<(Span, String)> {
        (0..t.len())
            .map(|i| (t.items[i].0, t.word(i).to_string()))
            .collect()
    }

    proptest! {
        /// The byte-by-byte tokens of ASCII text are the char-by-char ones.
        #[test]
        fn ascii_tokens_match_the_general_path(
            s in "[ a-zA-Z0-9';:,.\"\n-]{0,50}|(May|may|'May'|''|don't|He said;|it:) {0,3}",
            base in 0usize..5,
        ) {
            let (mut a, mut b) = (Tokens::default(), Tokens::default());
            ascii_tokens(&s, base, &mut a);
            any_tokens(&s, base, &mut b);
            prop_assert_eq!(token_list(&a), token_list(&b));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// Tokens made only as far as each mention needs (mentions in text order, as
        /// [`Tagger::mentions`] asks) give the tense the whole sentence's tokens give, and once
        /// made to the end they are the whole sentence's.
        #[test]
        fn tokens_made_as_far_as_needed_give_the_whole_sentences_tense(
            words in prop::collection::vec(
                (
                    prop::sample::select(&[
                        "said", "will", "that", ";", "has", "is", "expected", "the", "at",
                        "friday", "on", "be", "held", "May", "may", "street", "ago", "not",
                        "12", "01", "2015", "'", "''", "don't", "'90s", "walked", "to", "going",
                        "é",
                    ][..]),
                    prop::sample::select(&[" ", " ", " ", "", ": ", ", ", ";", "-"][..]),
                ),
                1..60,
            ),
            cuts in prop::collection::vec((0usize..400, 1usize..20), 1..5),
            window in 1usize..6,
        ) {
            let body: String = words.iter().flat_map(|(w, sep)| [*w, *sep]).collect();
            let s = format!("So: {body}");
            let sent = Span::new(4, s.len());
            let whole = tokens(&s, sent);
            let mut some = Tokens::begin(&s, sent);
            let mut exprs: Vec<Span> = cuts
                .iter()
                .filter_map(|&(at, len)| {
                    let a = sent.start + at % (sent.end - sent.start);
                    let e = (a + len).min(sent.end);
                    (s.is_char_boundary(a) && s.is_char_boundary(e) && a < e)
                        .then(|| Span::new(a, e))
                })
                .collect();
            exprs.sort_by_key(|x| (x.start, x.end));
            for expr in exprs {
                some.reach(&s[sent.range()], sent.start, expr.end, window + 1);
                prop_assert_eq!(tense(&some, expr, window), tense(&whole, expr, window));
            }
            some.reach(&s[sent.range()], sent.start, 0, usize::MAX);
            prop_assert_eq!(token_list(&some), token_list(&whole));
        }
    }

    proptest! {
        /// The `memchr` scans for the numeric shapes set the bits a window over every byte sets.
        #[test]
        fn numeric_shape_bits_match_a_scan_of_every_window(
            s in "(19|20|[0-9/'s -]){0,24}",
        ) {
            let b = s.as_bytes();
            let mut want = 0;
            if Cues::of(&s).has_all(Cues::DIGITS) {
                for w in b.windows(3) {
                    if w[0].is_ascii_digit() {
                        if w[1] == b'-' && matches!(w[2], b'0' | b'1') {
                            want |= Cues::ISO;
                        } else if w[1] == b'/' && w[2].is_ascii_digit() {
                            want |= Cues::SLASH;
                        }
                    }
                }
                if b.windows(2).any(|w| w[0] == b'0' && matches!(w[1], b's' | b'\'')) {
                    want |= Cues::DECADE;
                }
            }
            let shapes = Cues::ISO | Cues::SLASH | Cues::DECADE;
            prop_assert_eq!(Cues::of(&s).0 & shapes, want, "{:?}", s);
        }
    }

    #[test]
    fn cue_words_are_whole_ascii_words() {
        for (s, bits) in [
            ("on Monday", Cues::WEEKDAY | Cues::WEEKDAY_NAME),
            ("on monday", Cues::WEEKDAY | Cues::WEEKDAY_LOWER),
            ("on MONDAY", Cues::WEEKDAY),
            ("Mondays", 0),
            ("the weekend", Cues::UNIT | Cues::WEEKEND_WORD),
            ("weekly", 0),
            ("in Chicago", 0),
            (
                "two days ago",
                Cues::DIRECTION | Cues::SHIFT_UNIT | Cues::SHIFT_PAIR,
            ),
            (
                "two days\u{a0}ago",
                Cues::DIRECTION | Cues::SHIFT_UNIT | Cues::SHIFT_PAIR,
            ),
            ("days, after", Cues::DIRECTION | Cues::SHIFT_UNIT),
            ("days x ago", Cues::DIRECTION | Cues::SHIFT_UNIT),
            (
                "a year-ago",
                Cues::UNIT | Cues::SHIFT_UNIT | Cues::DIRECTION | Cues::YEAR_AGO_PAIR,
            ),
            (
                "a year- ago",
                Cues::UNIT | Cues::SHIFT_UNIT | Cues::DIRECTION,
            ),
            ("LAST\tYear", Cues::UNIT | Cues::SHIFT_UNIT | Cues::REL_PAIR),
            ("last, year", Cues::UNIT | Cues::SHIFT_UNIT),
            (
                "the following day",
                Cues::DAY | Cues::SHIFT_UNIT | Cues::DAY_PAIR,
            ),
            (
                "the day before",
                Cues::DAY | Cues::SHIFT_UNIT | Cues::DIRECTION | Cues::DAY_PAIR | Cues::SHIFT_PAIR,
            ),
            (
                "the days before",
                Cues::SHIFT_UNIT | Cues::DIRECTION | Cues::SHIFT_PAIR,
            ),
            ("in 1990", Cues::DIGITS),
            ("x1990", 0),
            ("mayor", 0),
            ("SEPT. 9", Cues::MONTH | Cues::MONTH_NUMBER),
            ("it may be", Cues::MONTH),
            ("it may be 3", Cues::MONTH),
            ("it may 3", Cues::MONTH | Cues::MONTH_NUMBER),
            (
                "3rd\u{a0}May",
                Cues::MONTH | Cues::MONTH_NAME | Cues::NUMBER_MONTH,
            ),
            ("in March", Cues::MONTH | Cues::MONTH_NAME),
            ("in MARCH", Cues::MONTH),
            (
                "May of 2015",
                Cues::MONTH | Cues::MONTH_NAME | Cues::MONTH_YEAR | Cues::DIGITS,
            ),
            ("5 may", Cues::MONTH | Cues::NUMBER_MONTH),
            (
                "March 5, 2015",
                Cues::MONTH | Cues::MONTH_NAME | Cues::MONTH_NUMBER | Cues::DIGITS,
            ),
            ("Jan., 1999", Cues::MONTH | Cues::MONTH_YEAR | Cues::DIGITS),
            ("in may 2109", Cues::MONTH),
            ("in may 210", Cues::MONTH),
            (
                "May 21st",
                Cues::MONTH | Cues::MONTH_NAME | Cues::MONTH_NUMBER,
            ),
            (
                "5 March 1490",
                Cues::MONTH | Cues::MONTH_NAME | Cues::NUMBER_MONTH,
            ),
            (
                "the 5th of march 1776",
                Cues::MONTH | Cues::MONTH_YEAR | Cues::NUMBER_MONTH,
            ),
            ("the third quarter", Cues::UNIT | Cues::QUARTER),
        ] {
            assert_eq!(Cues::of(s).0, bits, "{s:?}");
        }
        // With a long s the older substring gate decides (`week` inside `weekly`).
        assert_eq!(
            Cues::of("weekly laſt").0,
            Cues::UNIT
                | Cues::SHIFT_UNIT
                | Cues::WEEKEND_WORD
                | Cues::SHIFT_PAIR
                | Cues::REL_PAIR
                | Cues::DAY_PAIR
                | Cues::YEAR_AGO_PAIR
        );
    }

    /// The [`Cues`] bits of a whole ASCII word, as [`Cues::scan`] asks them.
    fn cue_of(word: &[u8]) -> u32 {
        CUES.get(word)
    }

    /// [`CueTable::get`] without its table of first and last letters: the map asked about every
    /// word of three to nine bytes.
    fn cue_by_map_alone(word: &[u8]) -> u32 {
        if word[0].is_ascii_digit() || !(3..=9).contains(&word.len()) {
            return cue_of(word);
        }
        CUES.map.get(&cue_key(word)).copied().unwrap_or(0)
    }

    /// The table of first and last letters turns no cue word away: every cue word, in every mix
    /// of capitals and small letters, gets the bits the map holds for it.
    #[test]
    fn the_letter_table_keeps_every_cue_word() {
        for (&(head, ninth), &bits) in &CUES.map {
            let mut word: Vec<u8> = head.to_le_bytes().into_iter().filter(|&c| c != 0).collect();
            if ninth != 0 {
                word.push(ninth);
            }
            for capitals in 0..1u32 << word.len() {
                let w: Vec<u8> = word
                    .iter()
                    .enumerate()
                    .map(|(k, &c)| {
                        if capitals & (1 << k) != 0 {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect();
                assert_eq!(cue_of(&w), bits, "{:?}", String::from_utf8_lossy(&w));
            }
        }
    }

    proptest! {
        /// On any word of word bytes, the table answers as the map alone does.
        #[test]
        fn the_letter_table_answers_as_the_map(word in "[0-9A-Za-z_]{1,12}") {
            let w = word.as_bytes();
            prop_assert_eq!(cue_of(w), cue_by_map_alone(w), "{:?}", word);
        }
    }

    /// Val cluster 3,406: `march 8, 2013 at 6: 08 pm et` is a page's stamp glued to the lead; the
    /// `will` after the clock is the lead's verb, not the stamp date's, so the date's tense (and
    /// the publication date read from it) must not turn future.
    #[test]
    fn a_clock_after_a_date_keeps_its_stop() {
        let text = "Whole foods plans gmo disclosure labels by 2018 march 8, 2013 at 6: 08 pm et \
                    steven senne / ap whole foods markets will require all products to carry a label.";
        let mentions = Tagger::default().mentions(text, Span::new(0, text.len()), None);
        let stamp = mentions
            .iter()
            .find(|m| m.span.slice(text) == "march 8, 2013")
            .expect("the stamp's date is found");
        assert_ne!(stamp.tense, Tense::Future);
    }
}
