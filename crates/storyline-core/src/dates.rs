//! Publication dates with provenance.
//!
//! How the picker decides. It gathers candidates, each with a source and a confidence:
//! - a supplied meta tag or structured field (`article:published_time`, JSONL `published`): 0.95;
//! - a date line under the headline (`September 27, 2015, 6:35 am`): 0.85;
//! - a dateline opening the story (`MOSCOW, Sept. 21, 2016 (Reuters) –`): 0.75; a dateline
//!   without a year (`NAIROBI, Kenya (AP) Aug. 8 -`, `WASHINGTON, March 3 -`) takes its year from a
//!   full date written in the article within 60 days of it (0.7), else, in [`refine_with_story`],
//!   from the story's other articles (0.6); a full date further away (`signed on April 4, 1949`
//!   in an anniversary piece) gives it no year;
//! - a page-top clock-and-date stamp: usually the crawl time, so it is taken (0.6) only when the
//!   content corroborates it — the latest date written in the text lies within a week before it;
//!   otherwise it is rejected with the gap ("page-top stamp 4 years after the latest date in the
//!   text");
//! - content inference (0.2–0.45): explicit dates in the content and captions, with the year taken
//!   from a full date in the lead (the first two blocks; further down a full date is as often
//!   background) or from an anchor such as "the 71st UN General Assembly" (session N opens in
//!   September of 1945 + N). A full date before a year the text reports in the past tense
//!   (`signed on April 4, 1949` … `expanded in 1993`) is history, and the end of a term (`due`,
//!   `ending`, `expires` before a date) or a file photo's date (`in this Nov. 12, 2013, file
//!   photo`) is no evidence at all. The publication date is on or after the latest date the text reports
//!   in the past tense and before the first date it reports in the future tense; a weekday the text
//!   uses in the present tense ("is the main topic of the Wednesday talks") moves it to that
//!   weekday. With only an upper bound, the latest past-tense weekday before it is used.
//!
//! The first of meta, date line, dateline, corroborated stamp, content wins; every other candidate
//! is listed in `rejected` with the reason. [`refine_with_story`] then clears a content date lying
//! more than 60 days before another source's of the same story, or before the first day of a
//! year another source reports in the past tense (a past event the article recalls, not when it
//! was written), and dates the articles left unknown (or only year-precise) from their
//! own month-day mentions, taking the year from the other articles of the same story (the
//! day-precise date most of the others lie within 30 days of).

use std::sync::LazyLock;

use regex::Regex;
use storyline_text::Span;
use storyline_text::clean::{BlockKind, Cleaned};
use storyline_text::time::{Date, Form, Lead, Mention, Precision, Tagger, Tense, Weekday};

use crate::model::{AnchorDate, Article, DateCandidateNote, DateSource, Document, Published};

static UNGA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?P<n>\d{2,3})(?:st|nd|rd|th)\s+(?:(?:regular\s+)?session\s+of\s+the\s+)?(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?(?:General\s+Assembly|UNGA)\b",
    )
    .expect("valid pattern")
});
static CLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,2}:\d{2}\b").expect("valid pattern"));

/// A candidate publication date.
#[derive(Clone, Debug)]
struct Candidate {
    date: Date,
    from: DateSource,
    confidence: f32,
    span: Option<Span>,
}

/// Picks the publication date of one article from its supplied metadata and cleaned text.
pub fn publication_date(article: &Article, cleaned: &Cleaned) -> (Published, Option<AnchorDate>) {
    let (published, anchor, _) = publication_date_found(article, cleaned);
    (published, anchor)
}

/// [`publication_date`], also returning the date mentions it found in the article, so that
/// [`refine_with_found`] resolves them again instead of finding them again.
pub fn publication_date_found(
    article: &Article,
    cleaned: &Cleaned,
) -> (Published, Option<AnchorDate>, FoundDates) {
    let tagger = Tagger::default();
    let text = article.text.as_str();
    let mut cands: Vec<Candidate> = Vec::new();
    let mut rejected: Vec<DateCandidateNote> = Vec::new();

    if let Some(raw) = article.supplied.published.as_deref() {
        match Date::parse(raw) {
            Some(date) => cands.push(Candidate {
                date,
                from: DateSource::Meta,
                confidence: 0.95,
                span: None,
            }),
            None => rejected.push(DateCandidateNote {
                date: raw.trim().chars().take(60).collect(),
                from: DateSource::Meta,
                reason: "supplied date could not be read".into(),
            }),
        }
    }

    let (date_lines, stamps) =
        if cleaned.meta.date_lines.is_empty() && cleaned.meta.crawl_stamps.is_empty() {
            top_lines(text)
        } else {
            (
                cleaned.meta.date_lines.clone(),
                cleaned.meta.crawl_stamps.clone(),
            )
        };
    for span in date_lines {
        if let Some(date) = text.get(span.range()).and_then(Date::parse) {
            cands.push(Candidate {
                date,
                from: DateSource::DateLine,
                confidence: 0.85,
                span: Some(span),
            });
        }
    }

    let found = FoundDates::find(&tagger, text, cleaned);
    let evidence = Evidence::from_found(&tagger, text, found.clone(), None);
    if let Some(c) = dateline(found.dateline, &evidence) {
        cands.push(c);
    }

    for span in stamps {
        let Some(date) = text.get(span.range()).and_then(parse_stamp) else {
            continue;
        };
        match stamp_verdict(date, evidence.latest()) {
            Ok(()) => cands.push(Candidate {
                date,
                from: DateSource::PageStamp,
                confidence: 0.6,
                span: Some(span),
            }),
            Err(reason) => rejected.push(DateCandidateNote {
                date: date.to_string(),
                from: DateSource::PageStamp,
                reason,
            }),
        }
    }

    if let Some(c) = evidence.infer() {
        cands.push(c);
    }
    let (published, anchor) = choose(cands, rejected);
    (published, anchor, found)
}

/// Orders the candidates by source and confidence and renders the winner.
fn choose(
    mut cands: Vec<Candidate>,
    mut rejected: Vec<DateCandidateNote>,
) -> (Published, Option<AnchorDate>) {
    let rank = |s: DateSource| match s {
        DateSource::Meta => 0,
        DateSource::DateLine => 1,
        DateSource::Dateline => 2,
        DateSource::PageStamp => 3,
        DateSource::Content => 4,
        DateSource::None => 5,
    };
    cands.sort_by(|a, b| {
        rank(a.from)
            .cmp(&rank(b.from))
            .then(b.confidence.total_cmp(&a.confidence))
            .then(b.date.precision.cmp(&a.date.precision))
    });
    let mut it = cands.into_iter();
    let Some(best) = it.next() else {
        let mut p = Published::unknown();
        p.rejected = rejected;
        return (p, None);
    };
    for c in it {
        let reason = if c.date == best.date {
            format!("agrees with the {} date", source_name(best.from))
        } else {
            format!("the {} date is preferred", source_name(best.from))
        };
        rejected.push(DateCandidateNote {
            date: c.date.to_string(),
            from: c.from,
            reason,
        });
    }
    let published = Published {
        date: Some(best.date.to_string()),
        precision: Some(best.date.precision),
        from: best.from,
        confidence: best.confidence,
        span: best.span,
        rejected,
    };
    (
        published,
        Some(AnchorDate {
            date: best.date,
            from: best.from,
        }),
    )
}

fn source_name(s: DateSource) -> &'static str {
    match s {
        DateSource::Meta => "meta-tag",
        DateSource::Dateline => "dateline",
        DateSource::DateLine => "date-line",
        DateSource::PageStamp => "page-stamp",
        DateSource::Content => "content",
        DateSource::None => "no",
    }
}

/// A stamp is only a date when the text corroborates it: the latest date written in the text is
/// at most a week before it (and not after it).
fn stamp_verdict(stamp: Date, latest: Option<Date>) -> Result<(), String> {
    let Some(latest) = latest else {
        return Err(
            "page-top stamp (probably the crawl time) not corroborated by any date in the \
                    text"
                .into(),
        );
    };
    let gap = stamp.days() - latest.last_day().days();
    if (-1..=7).contains(&gap) {
        return Ok(());
    }
    let (n, unit) = if gap.abs() >= 365 {
        (gap.abs() / 365, "year")
    } else if gap.abs() >= 60 {
        (gap.abs() / 30, "month")
    } else {
        (gap.abs(), "day")
    };
    let plural = if n == 1 { "" } else { "s" };
    let side = if gap > 0 { "after" } else { "before" };
    Err(format!(
        "page-top stamp {n} {unit}{plural} {side} the latest date in the text"
    ))
}

/// A stamp's date: [`Date::parse`] on the line, else a clock-and-date line of another shape.
fn parse_stamp(line: &str) -> Option<Date> {
    storyline_text::time::parse_date_line(line).or_else(|| Date::parse(line))
}

/// Date lines and page stamps found by looking at the first lines of the text, used when the
/// cleaner reported none: a clock-and-date line first on the page is a stamp, other stand-alone
/// date lines among the first eight lines are date lines.
fn top_lines(text: &str) -> (Vec<Span>, Vec<Span>) {
    let mut date_lines = Vec::new();
    let mut stamps = Vec::new();
    let mut seen = 0;
    for line in inclusive_lines(text) {
        let span = line.trim(text);
        if span.is_empty() {
            continue;
        }
        let l = span.slice(text);
        if storyline_text::time::parse_date_line(l).is_some() {
            if seen == 0 && CLOCK.is_match(l) {
                stamps.push(span);
            } else {
                date_lines.push(span);
            }
        }
        seen += 1;
        if seen >= 8 {
            break;
        }
    }
    (date_lines, stamps)
}

/// The spans of the pieces of `text.split_inclusive('\n')` (each line with its `\n`), each end
/// found by `memchr`, which reads many bytes at a step: most articles are one long line, and
/// the standard library's search for `\n` walked the whole of it a word at a time (about 1,000
/// instructions an article).
fn inclusive_lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |i| pos + i + 1);
        let line = Span::new(pos, end);
        pos = end;
        Some(line)
    })
}

/// A date in a dateline block, or in a dateline prefix of the first content block
/// (`MOSCOW, Sept. 21, 2016 (Reuters) -`), as [`dateline_date`] found it (`found`, the
/// [`FoundDates::dateline`] of the article). A month and day without a year take the year that
/// puts them within 60 days of a full date written in the article (the nearest such), else none.
fn dateline(found: Option<(DatelineDate, Span)>, evidence: &Evidence) -> Option<Candidate> {
    let (found, span) = found?;
    let (date, confidence) = match found {
        DatelineDate::Full(date) => (date, 0.75),
        DatelineDate::Yearless(month, day) => {
            let full_days = evidence.mentions.iter().filter_map(|m| match m.form {
                Form::Absolute(d) if d.precision == Precision::Day => Some(d),
                _ => None,
            });
            let date = full_days
                .flat_map(|d| {
                    (d.year - 1..=d.year + 1)
                        .filter_map(move |y| Date::ymd(y, month, day))
                        .map(move |c| ((c.days() - d.days()).abs(), c))
                })
                .filter(|&(gap, _)| gap <= 60)
                .min()?
                .1;
            (date, 0.7)
        }
    };
    Some(Candidate {
        date,
        from: DateSource::Dateline,
        confidence,
        span: Some(span),
    })
}

/// What a dateline holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DatelineDate {
    /// A full date.
    Full(Date),
    /// A month and a day without a year.
    Yearless(u8, u8),
}

/// The date of the dateline ([`dateline`]), and its span: a full date, or a month and day
/// without a year.
fn dateline_date(tagger: &Tagger, text: &str, cleaned: &Cleaned) -> Option<(DatelineDate, Span)> {
    let mut spans: Vec<Span> = cleaned
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Dateline)
        .map(|b| b.span)
        .collect();
    if let Some(first) = cleaned.content().next() {
        // Only the prefix before the dash (past an agency bracket: `NAIROBI, Kenya (AP) Aug. 8
        // -`), else before the agency bracket.
        let s = first.span.slice(text);
        let cut = dateline_cut(s.as_bytes());
        if let Some(cut) = cut {
            let prefix = &s[..cut];
            let starts_upper = prefix.split_whitespace().next().is_some_and(|w| {
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            });
            if starts_upper {
                spans.push(Span::new(first.span.start, first.span.start + cut));
            }
        }
    }
    spans.into_iter().find_map(|span| {
        tagger
            .mentions(text, span, None)
            .into_iter()
            .find_map(|m| match m.form {
                Form::Absolute(d) if d.precision == Precision::Day => {
                    Some((DatelineDate::Full(d), m.span))
                }
                Form::MonthDay { month, day, .. } => {
                    Some((DatelineDate::Yearless(month, day), m.span))
                }
                _ => None,
            })
    })
}

/// Where the dateline prefix of a first block `b` ends: the first dash among the chars starting
/// in its first 80 bytes (`–`, `—`, a `-` before a space, a `_` between spaces), else the first
/// `(` there. Every one of them starts with a byte `memchr` finds (`–` and `—` are `E2 80 93` and
/// `E2 80 94` in UTF-8, and `E2` only ever leads a char), so only those bytes are looked at: a
/// walk over the chars of every article's head cost 7 K instructions per val cluster.
fn dateline_cut(b: &[u8]) -> Option<usize> {
    let head = &b[..b.len().min(80)];
    memchr::memchr3_iter(b'-', b'_', 0xE2, head)
        .find(|&i| {
            let rest = &b[i + 1..];
            match b[i] {
                b'-' => rest.starts_with(b" "),
                b'_' => rest.starts_with(b" ") && b[..i].ends_with(b" "),
                _ => matches!(rest, [0x80, 0x93 | 0x94, ..]),
            }
        })
        .or_else(|| memchr::memchr(b'(', head))
}

/// True when `text` holds `general` or `unga` (ASCII case-insensitively), one of which every
/// match of [`UNGA`] holds: the pattern ends in `General\s+Assembly` or `UNGA`, and its `(?i)`
/// folds onto the letters of these two words no char but their ASCII capitals (of the letters of
/// English words only `s` and `k` have another one, `ſ` and the Kelvin sign). Most articles hold
/// neither, and then the pattern is neither searched nor compiled (4 M instructions, most of them
/// extracting its literals). Each `g` is a candidate: both words hold one at a known place, and
/// `memchr2` finds them faster than the pattern's own prefilter or an Aho-Corasick pass does. The
/// byte after the `g` is read first: `general` has an `e` there and `unga` an `a` (`| 0x20` makes
/// only `E` and `e`, or `A` and `a`, those letters), so most `g`s (`ng `, `go`, `gr`) are let go
/// without the two comparisons.
fn may_name_session(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(b'g', b'G', b).any(|p| match b.get(p + 1).map(|&c| c | 0x20) {
        Some(b'e') => b
            .get(p..p + 7)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"general")),
        Some(b'a') => {
            p >= 2
                && b.get(p - 2..p + 2)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"unga"))
        }
        _ => false,
    })
}

/// The year of the "Nth UN General Assembly" named in the text (session N opens in September of
/// 1945 + N).
pub fn session_year(text: &str) -> Option<(i32, Span)> {
    if !may_name_session(text) {
        return None;
    }
    UNGA.captures_iter(text).find_map(|c| {
        let n: i32 = c["n"].parse().ok()?;
        let m = c.get(0)?;
        (1..=200)
            .contains(&n)
            .then_some((1945 + n, Span::new(m.start(), m.end())))
    })
}

/// The temporal expressions of one article's content and caption blocks as the tagger found them
/// (resolved without an anchor), and the UN session year the text names. Finding them is most of
/// the cost of dating an article; [`refine_with_found`] resolves them again against the story's
/// date instead of finding them a second time.
#[derive(Clone, Debug, Default)]
pub struct FoundDates {
    /// The mentions of each content or caption block, in text order.
    per_block: Vec<Vec<Mention>>,
    /// The year of the "Nth UN General Assembly" named in those blocks, with its span.
    session: Option<(i32, Span)>,
    /// The date of the article's dateline ([`dateline_date`]), with its span. Found once here
    /// for both its users, the dateline candidate of [`publication_date_found`] and the story
    /// pass (which wants a dateline without a year): finding it tags the dateline blocks and the
    /// first block's prefix, and tagging them twice cost 8 K instructions per val cluster.
    dateline: Option<(DatelineDate, Span)>,
}

impl FoundDates {
    /// Tags the content and caption blocks of `cleaned` (the whole text when it has none).
    fn find(tagger: &Tagger, text: &str, cleaned: &Cleaned) -> Self {
        let blocks: Vec<Span> = cleaned
            .blocks
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Content | BlockKind::Caption))
            .map(|b| b.span)
            .collect();
        let blocks = if blocks.is_empty() && !text.trim().is_empty() {
            vec![Span::new(0, text.len())]
        } else {
            blocks
        };
        let per_block = blocks
            .iter()
            .map(|&b| tagger.mentions(text, b, None))
            .collect();
        let session = blocks.iter().find_map(|&b| {
            session_year(b.slice(text))
                .map(|(y, s)| (y, Span::new(b.start + s.start, b.start + s.end)))
        });
        Self {
            per_block,
            session,
            dateline: dateline_date(tagger, text, cleaned),
        }
    }

    /// The month and day of a dateline without a year, with its span.
    fn yearless_dateline(&self) -> Option<(u8, u8, Span)> {
        match self.dateline {
            Some((DatelineDate::Yearless(month, day), span)) => Some((month, day, span)),
            _ => None,
        }
    }
}

impl FoundDates {
    /// The latest year written out (`in 2011`, `March 24, 1989`) that `text`, the article's, reports
    /// in the past tense: the article was written after it began. A year that names a thing (`a
    /// 2015 ford fiesta`, `party-sanctioned 2016 debates`, `a 2020 run`) is left out: the tense
    /// of its clause is not its own.
    fn latest_past_year(&self, text: &str) -> Option<i32> {
        let mut past: Vec<(i32, &Mention)> = self
            .per_block
            .iter()
            .flatten()
            .filter(|m| reports_past(m))
            .filter_map(|m| match m.form {
                Form::Absolute(d) => Some((d.year, m)),
                _ => None,
            })
            .collect();
        // Latest first: the checks for a name, which cost more than the rest, stop at the first
        // year that passes them.
        past.sort_by_key(|&(y, m)| (std::cmp::Reverse(y), m.span));
        past.into_iter()
            .find(|(_, m)| {
                !crate::timeline::names_a_thing(text, m.sentence, m.span)
                    && !crate::timeline::modifies_a_noun(text, m.sentence, m.span)
            })
            .map(|(y, _)| y)
    }
}

/// True when `m` reports something that has happened: its clause is in the past tense, and it is
/// no deadline (`had pledged to cut emissions by 2020`) or start of a period (`tapped to replace
/// Letterman as host starting in 2015`), whose date may lie ahead whatever the tense of the verb
/// nearest to it. On the 2,000 val briefs, `starting in 2015` in one source, read as past, had
/// cleared another source's right date of April 2014 as history.
fn reports_past(m: &Mention) -> bool {
    m.tense == Tense::Past && !matches!(m.lead, Lead::By | Lead::Starting)
}

/// True when the text before a date names the end of a term: `due (on)`, `ending`, `expires
/// (on)`, `expiring`, `maturing (on)`, `matures (on)`.
fn ends_a_term(before: &str) -> bool {
    let before = before.trim_end();
    let before = before.strip_suffix(" on").unwrap_or(before);
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // Compared without a lower-cased copy: this asks about every date of every article.
    [
        "due", "ending", "expires", "expiring", "maturing", "matures",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
}

/// True when `m`, a full date, is the date of a file (archive) photo: `file photo`, `file image`,
/// `file picture` or `file footage` is written in the same sentence (from the last `. ` within 200
/// bytes before the date to the first `. ` after it). Newsrooms label a picture from their archive
/// so (AP's `In this … file photo`, Reuters' `File photo: …` captions), and its date lies any time
/// before the article; on the 2,000 val briefs it was the content date of articles written weeks
/// to years later.
fn dates_a_file_photo(text: &str, m: &Mention) -> bool {
    const LABELS: [&str; 4] = ["file photo", "file image", "file picture", "file footage"];
    if !matches!(m.form, Form::Absolute(d) if d.precision == Precision::Day) {
        return false;
    }
    let span = m.span;
    let start = text.floor_char_boundary(span.start.saturating_sub(200));
    let before = &text[start..span.start];
    let before = before.rfind(". ").map_or(before, |k| &before[k + 2..]);
    let end = text.floor_char_boundary((span.end + 80).min(text.len()));
    let after = &text[span.end..end.max(span.end)];
    let after = after.find(". ").map_or(after, |k| &after[..k]);
    let labelled = |part: &str| {
        // Every label has `ile ` after its first letter: a fast search rules most sentences out.
        part.contains("ile ")
            && part.match_indices(['f', 'F']).any(|(i, _)| {
                LABELS.iter().any(|l| {
                    part.as_bytes()
                        .get(i..i + l.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(l.as_bytes()))
                })
            })
    };
    labelled(before) || labelled(after) || file_label_opens(before)
}

/// True when `sentence` (the words before a date) holds AP's `FILE -` label opening a caption
/// (`FILE - In this Sept. 30, 2009 photo, …`, `file – this …`, `File: in this …`), where `file`
/// and `photo` are apart: the label is followed, after its dash or colon, by `in this` or `this`.
fn file_label_opens(sentence: &str) -> bool {
    sentence.match_indices(['f', 'F']).any(|(i, _)| {
        let Some(word) = sentence.get(i..i + 4) else {
            return false;
        };
        if !word.eq_ignore_ascii_case("file")
            || sentence[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            return false;
        }
        let rest = sentence[i + 4..].trim_start();
        let Some(rest) = rest.strip_prefix(['-', '–', '—', ':']) else {
            return false;
        };
        let rest = rest.trim_start_matches(['-', ' ']).to_ascii_lowercase();
        rest.starts_with("in this ") || rest.starts_with("this ")
    })
}

/// Dates found in the content and captions of one article.
struct Evidence {
    /// The date used to give years to month-day mentions, and how it was found.
    reference: Option<Date>,
    /// Confidence that goes with the reference's source.
    base_confidence: f32,
    /// Year-only evidence (the session year) with its span.
    year_only: Option<(i32, Span)>,
    mentions: Vec<Mention>,
}

impl Evidence {
    /// Tags content and caption blocks. `story_ref`, when given, supplies the year instead of the
    /// text.
    fn gather(tagger: &Tagger, text: &str, cleaned: &Cleaned, story_ref: Option<Date>) -> Self {
        Self::from_found(
            tagger,
            text,
            FoundDates::find(tagger, text, cleaned),
            story_ref,
        )
    }

    /// [`Evidence::gather`] from mentions already found (re-resolved here when a reference date
    /// turns up).
    fn from_found(tagger: &Tagger, text: &str, found: FoundDates, story_ref: Option<Date>) -> Self {
        let FoundDates {
            mut per_block,
            session,
            ..
        } = found;
        // A term's end (`debentures due March 1, 2011`, `the year ending June 30`, `expires on
        // Dec. 31`) says nothing about when the article was written.
        // Nor does the date of a file photo (`in this Nov. 12, 2013, file photo`, `File photo:
        // members of the guard march … September 22, 2011.`): it is an archive picture's.
        for ms in &mut per_block {
            ms.retain(|m| !ends_a_term(&text[..m.span.start]) && !dates_a_file_photo(text, m));
        }
        // A date in a clause opened by `since` (`since its debut on july 1, 1987`) starts a state
        // that lasts to the time of writing, as one right after `since` does.
        for ms in &mut per_block {
            let since: Vec<bool> = ms
                .iter()
                .map(|m| crate::timeline::in_since_clause(text, m.sentence, m.span, ms))
                .collect();
            for (m, since) in ms.iter_mut().zip(since) {
                if since {
                    m.lead = Lead::Since;
                }
            }
        }
        // A year the text reports in the past tense (`expanded NATO in 1993`) is no later than
        // publication, so a full date before it is history (`signed on April 4, 1949` in a 1999
        // anniversary piece), not a reference for the year of `March 12` or `Friday`.
        let latest_past_year = per_block
            .iter()
            .flatten()
            .filter(|m| reports_past(m))
            .filter_map(|m| match m.form {
                Form::Absolute(d) => Some(d.year),
                _ => None,
            })
            .max();
        let full_day = |ms: &[Vec<Mention>], past_only: bool| {
            ms.iter()
                .flatten()
                .filter(|m| (!past_only || m.tense != Tense::Future) && m.lead != Lead::Since)
                .filter_map(|m| match m.form {
                    Form::Absolute(d) if d.precision == Precision::Day => Some(d),
                    _ => None,
                })
                .filter(|d| latest_past_year.is_none_or(|y| d.year >= y))
                .max()
        };
        // Only a full date in the lead (the first two blocks) dates the article: one further down
        // is as often the background (`his capture on March 26, 1996`, `due Nov. 1, 2004`), and on
        // the 256 TempEval-3 documents every date inferred from such a mention was wrong.
        let lead = &per_block[..per_block.len().min(2)];
        let (reference, base_confidence) = if let Some(r) = story_ref {
            (Some(r), 0.3)
        } else if let Some(d) = full_day(lead, true).or_else(|| full_day(lead, false)) {
            (Some(d), 0.45)
        } else if let Some((y, _)) = session {
            (Date::ymd(y, 9, 20), 0.35)
        } else {
            (None, 0.0)
        };
        if let Some(r) = reference {
            for ms in &mut per_block {
                tagger.reresolve(text, ms, Some(r));
            }
        }
        let mentions = per_block.into_iter().flatten().collect();
        Self {
            reference,
            base_confidence,
            year_only: session,
            mentions,
        }
    }

    /// Explicit day-precise dates (`October 4`, `2015-09-27`) with their mentions.
    fn explicit_days(&self) -> impl Iterator<Item = (Date, &Mention)> {
        self.mentions.iter().filter_map(|m| {
            let v = m.value?;
            (m.explicit() && v.precision == Precision::Day).then_some((v, m))
        })
    }

    /// The latest date written in the text (any tense), for corroborating a page stamp.
    fn latest(&self) -> Option<Date> {
        self.explicit_days().map(|(d, _)| d).max().or_else(|| {
            self.mentions
                .iter()
                .filter(|m| m.explicit())
                .filter_map(|m| m.value)
                .filter(|d| d.precision >= Precision::Month)
                .max_by_key(|d| d.last_day())
        })
    }

    /// The publication date the content implies, if any.
    fn infer(&self) -> Option<Candidate> {
        let reference = self.reference?;
        let future =
            |m: &Mention| m.tense == Tense::Future || matches!(m.lead, Lead::Until | Lead::By);
        // `since the Sept. 11, 2001, attacks` starts a state that lasts to the time of writing:
        // no evidence of when that was.
        let lower = self
            .explicit_days()
            .filter(|(_, m)| !future(m) && m.lead != Lead::Since)
            .max_by_key(|(d, _)| *d);
        let upper = self
            .explicit_days()
            .filter(|(d, m)| future(m) && lower.is_none_or(|(l, _)| *d > l))
            .min_by_key(|(d, _)| *d);
        let weekdays = |tense: &[Tense]| -> Vec<Weekday> {
            let mut w: Vec<Weekday> = self
                .mentions
                .iter()
                .filter(|m| tense.contains(&m.tense))
                .filter_map(|m| match m.form {
                    Form::Weekday {
                        weekday,
                        shift: None,
                    } => Some(weekday),
                    _ => None,
                })
                .collect();
            w.sort_unstable();
            w.dedup();
            w
        };
        let conf = self.base_confidence;
        if let Some((l, m)) = lower {
            let present = weekdays(&[Tense::Present]);
            let date = (0..7)
                .map(|k| l.add_days(k))
                .find(|d| present.contains(&d.weekday()))
                .filter(|d| upper.is_none_or(|(u, _)| *d < u))
                .unwrap_or(l);
            return Some(Candidate {
                date,
                from: DateSource::Content,
                confidence: conf,
                span: Some(m.span),
            });
        }
        if let Some((u, m)) = upper {
            let past = weekdays(&[Tense::Past, Tense::Unknown]);
            let date = (1..=7)
                .map(|k| u.add_days(-k))
                .find(|d| past.contains(&d.weekday()));
            return Some(match date {
                Some(date) => Candidate {
                    date,
                    from: DateSource::Content,
                    confidence: conf * 0.8,
                    span: Some(m.span),
                },
                None => Candidate {
                    date: u.truncate(Precision::Month),
                    from: DateSource::Content,
                    confidence: conf * 0.6,
                    span: Some(m.span),
                },
            });
        }
        // Only a year (a session number): year precision, or the latest month-year mention.
        if reference.precision == Precision::Day && self.base_confidence >= 0.45 {
            return Some(Candidate {
                date: reference,
                from: DateSource::Content,
                confidence: conf,
                span: None,
            });
        }
        self.year_only.map(|(y, span)| Candidate {
            date: Date::y(y),
            from: DateSource::Content,
            confidence: 0.2,
            span: Some(span),
        })
    }
}

/// The date most other dates of the story lie near (within 30 days); ties go to the earlier.
fn story_reference(dates: &[Date]) -> Option<Date> {
    dates
        .iter()
        .map(|d| {
            let near = dates
                .iter()
                .filter(|o| (o.days() - d.days()).abs() <= 30)
                .count();
            (near, std::cmp::Reverse(*d))
        })
        .max()
        .map(|(_, std::cmp::Reverse(d))| d)
}

/// Story-level second pass: dates articles whose date is unknown or coarser than a day from their
/// own month-day mentions, with the year taken from the other articles of the same story (the
/// day-precise date most of their dates lie near). A dateline without a year comes first: with the
/// year that puts it nearest that date it is the article's date (confidence 0.6), also over a date
/// the article's content alone suggested. Call it after every document is prepared.
pub fn refine_with_story(docs: &mut [Document]) {
    refine(docs, None);
}

/// [`refine_with_story`] with the mentions [`publication_date_found`] returned for each document
/// (`found[i]` for `docs[i]`): the same result without tagging the articles again.
pub fn refine_with_found(docs: &mut [Document], mut found: Vec<FoundDates>) {
    assert_eq!(docs.len(), found.len(), "one FoundDates per document");
    refine(docs, Some(&mut found));
}

/// Days a date the content gave an article may lie before another source's of the same story.
const HISTORY_DAYS: i64 = 60;

/// Clears a date the content alone gave an article (the latest date it reports in the past: only a
/// lower bound) that lies more than [`HISTORY_DAYS`] before the date of another source of the same
/// story found with as much confidence: the articles of one story are written within weeks, so the
/// date is a past event the article recalls (`since the Sept. 11, 2001, attacks`, `in this Dec. 6,
/// 2017, file photo`, Neil Armstrong's obituary dated by the moon landing), not when it was
/// written. The date goes to `rejected` with the reason; the returned date, per document, is the
/// cleared one, which a later refinement must not fall back to.
///
/// A source that reports a year in the past tense (`dupont settled … in 2011`) was written after
/// that year began, and so were the other sources of its story: a content date lying more than
/// [`HISTORY_DAYS`] before the first day of that year is history as well, even when no other
/// source has a date (`on the night of march 24, 1989, the exxon valdez … ran aground` in a
/// story whose other source reports a 2011 settlement). `past_years[i]` is the latest year
/// document `i` reports in the past tense; the article's own years already rule out its own
/// history dates (see [`Evidence::from_found`]).
fn reject_history(docs: &mut [Document], past_years: &[Option<i32>]) -> Vec<Option<Date>> {
    let dated: Vec<Option<(Date, f32)>> = docs
        .iter()
        .map(|d| {
            d.anchor
                .filter(|a| a.date.precision == Precision::Day)
                .map(|a| (a.date, d.published.confidence))
        })
        .collect();
    let mut history = vec![None; docs.len()];
    for (j, doc) in docs.iter_mut().enumerate() {
        let Some(a) = doc.anchor else { continue };
        if a.from != DateSource::Content || a.date.precision != Precision::Day {
            continue;
        }
        let own = doc.published.confidence;
        let later_date = dated
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != j)
            .filter_map(|(_, d)| *d)
            .filter(|(d, c)| *c >= own && d.days() - a.date.days() > HISTORY_DAYS)
            .map(|(d, _)| d)
            .max();
        let later_year = past_years
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != j)
            .filter_map(|(_, y)| *y)
            .filter_map(|y| Date::ymd(y, 1, 1))
            .filter(|d| d.days() - a.date.days() > HISTORY_DAYS)
            .max();
        let reason = match (later_date, later_year) {
            (Some(later), _) => format!(
                "{} days before another source of the story ({later}): a past event the \
                 article recalls, not when it was written",
                later.days() - a.date.days()
            ),
            (None, Some(year)) => format!(
                "before {}, a year another source of the story reports in the past tense: a \
                 past event the article recalls, not when it was written",
                year.year
            ),
            (None, None) => continue,
        };
        history[j] = Some(a.date);
        let mut published = Published::unknown();
        published.rejected = std::mem::take(&mut doc.published.rejected);
        if let Some(old) = doc.published.date.take() {
            published.rejected.push(DateCandidateNote {
                date: old,
                from: doc.published.from,
                reason,
            });
        }
        doc.published = published;
        doc.anchor = None;
    }
    history
}

/// [`refine_with_story`], taking each document's mentions from `found` when given.
fn refine(docs: &mut [Document], mut found: Option<&mut Vec<FoundDates>>) {
    let tagger = Tagger::default();
    let yearless: Vec<Option<(u8, u8, Span)>> = docs
        .iter()
        .enumerate()
        .map(|(j, doc)| match found.as_deref() {
            Some(found) => found[j].yearless_dateline(),
            None => match dateline_date(&tagger, &doc.article.text, &doc.cleaned) {
                Some((DatelineDate::Yearless(month, day), span)) => Some((month, day, span)),
                _ => None,
            },
        })
        .collect();
    let past_years: Vec<Option<i32>> = docs
        .iter()
        .enumerate()
        .map(|(j, doc)| match found.as_deref() {
            Some(found) => found[j].latest_past_year(&doc.article.text),
            None => FoundDates::find(&tagger, &doc.article.text, &doc.cleaned)
                .latest_past_year(&doc.article.text),
        })
        .collect();
    let history = reject_history(docs, &past_years);
    // A date inferred from the content of an article whose own dateline got no year from it (a
    // full date far from the dateline's: an anniversary piece) is no evidence for the others.
    let known: Vec<(usize, Date)> = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let a = d.anchor?;
            (a.date.precision == Precision::Day
                && (a.from != DateSource::Content
                    || (d.published.confidence >= 0.25 && yearless[i].is_none())))
            .then_some((i, a.date))
        })
        .collect();
    // Indexing: the loop reads every other document while it updates one.
    #[allow(clippy::needless_range_loop)]
    for j in 0..docs.len() {
        let yearless = yearless[j];
        let needs = docs[j].anchor.is_none_or(|a| {
            a.date.precision < Precision::Day
                || (yearless.is_some() && a.from == DateSource::Content)
        });
        if !needs {
            continue;
        }
        let others: Vec<Date> = known
            .iter()
            .filter(|(i, _)| *i != j)
            .map(|(_, d)| *d)
            .collect();
        let Some(reference) = story_reference(&others) else {
            continue;
        };
        if let Some((month, day, span)) = yearless {
            let nearest = (reference.year - 1..=reference.year + 1)
                .filter_map(|y| Date::ymd(y, month, day))
                .min_by_key(|d| (d.days() - reference.days()).abs());
            // A coarse date the article already has (a year) must contain it.
            let fits = |d: &Date| {
                docs[j].anchor.is_none_or(|a| {
                    a.from == DateSource::Content
                        || a.date.truncate(a.date.precision) == d.truncate(a.date.precision)
                })
            };
            if let Some(date) = nearest.filter(fits) {
                let doc = &mut docs[j];
                if let Some(old) = doc.published.date.take() {
                    doc.published.rejected.push(DateCandidateNote {
                        date: old,
                        from: doc.published.from,
                        reason: "the dateline, with the year of the story's other sources, is \
                                 preferred"
                            .into(),
                    });
                }
                doc.published.date = Some(date.to_string());
                doc.published.precision = Some(Precision::Day);
                doc.published.from = DateSource::Dateline;
                doc.published.confidence = 0.6;
                doc.published.span = Some(span);
                doc.anchor = Some(AnchorDate {
                    date,
                    from: DateSource::Dateline,
                });
                continue;
            }
        }
        let doc = &docs[j];
        // Keep a coarse date that the story contradicts? Only refine within it.
        let text = doc.article.text.as_str();
        let evidence = match found.as_deref_mut() {
            Some(found) => Evidence::from_found(
                &tagger,
                text,
                std::mem::take(&mut found[j]),
                Some(reference),
            ),
            None => Evidence::gather(&tagger, text, &doc.cleaned, Some(reference)),
        };
        let Some(c) = evidence.infer().filter(|c| {
            c.date.precision == Precision::Day
                && (c.date.days() - reference.days()).abs() <= 200
                && history[j].is_none_or(|h| c.date > h)
        }) else {
            continue;
        };
        if let Some(a) = doc.anchor
            && a.date.truncate(a.date.precision) != c.date.truncate(a.date.precision)
        {
            continue;
        }
        let doc = &mut docs[j];
        if let Some(old) = doc.published.date.take() {
            doc.published.rejected.push(DateCandidateNote {
                date: old,
                from: doc.published.from,
                reason: "refined to a day from the content and the story's other sources".into(),
            });
        }
        doc.published.date = Some(c.date.to_string());
        doc.published.precision = Some(Precision::Day);
        doc.published.from = DateSource::Content;
        doc.published.confidence = 0.3;
        doc.published.span = c.span;
        doc.anchor = Some(AnchorDate {
            date: c.date,
            from: DateSource::Content,
        });
    }
}

#[cfg(test)]
mod tests {
    use storyline_text::clean::{Block, TextMeta};

    use super::*;

    proptest::proptest! {
        /// Reading the byte after each `g` first lets through every `general` and `unga` that
        /// the two comparisons at every `g` found.
        #[test]
        fn may_name_session_matches_comparing_at_every_g(
            pieces in proptest::collection::vec(
                proptest::sample::select(&[
                    "general", "GENERAL", "gEnErAl", "unga", "UNGA", "uNgA", "g", "G", "ge", "Ga",
                    "gener", "eneral", "un", "u", "nga", " ", "é", "e", "a", "ng",
                ][..]),
                0..8,
            )
        ) {
            let text = pieces.concat();
            let b = text.as_bytes();
            let at_every_g = memchr::memchr2_iter(b'g', b'G', b).any(|p| {
                b.get(p..p + 7)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"general"))
                    || (p >= 2
                        && b.get(p - 2..p + 2)
                            .is_some_and(|w| w.eq_ignore_ascii_case(b"unga")))
            });
            proptest::prop_assert_eq!(may_name_session(&text), at_every_g);
        }
    }

    /// The spans of `text.split_inclusive('\n')`, what [`inclusive_lines`] replaces.
    fn split_inclusive_spans(text: &str) -> Vec<Span> {
        let mut offset = 0;
        (text.split_inclusive('\n'))
            .map(|line| {
                offset += line.len();
                Span::new(offset - line.len(), offset)
            })
            .collect()
    }

    #[test]
    fn inclusive_lines_are_the_pieces_of_split_inclusive() {
        for text in [
            "",
            "\n",
            "\n\n",
            "one line",
            "one line\n",
            "a\nb",
            "\na\n\nb\n",
            "  March 3, 2016\r\n\r\nText — “quoted” ünïcode\nlast",
        ] {
            let lines: Vec<Span> = inclusive_lines(text).collect();
            assert_eq!(lines, split_inclusive_spans(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn inclusive_lines_match_split_inclusive(text in "[a\n é\r]{0,40}") {
            let lines: Vec<Span> = inclusive_lines(&text).collect();
            proptest::prop_assert_eq!(lines, split_inclusive_spans(&text));
        }
    }

    /// One content block per non-blank line.
    fn content_blocks(text: &str) -> Cleaned {
        let mut blocks = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let span = Span::new(offset, offset + line.len()).trim(text);
            offset += line.len();
            if !span.is_empty() {
                blocks.push(Block {
                    span,
                    kind: BlockKind::Content,
                    reason: String::new(),
                });
            }
        }
        Cleaned {
            blocks,
            meta: TextMeta::default(),
        }
    }

    /// [`dateline_cut`] as first written: a walk over the chars starting in the first 80 bytes.
    fn dateline_cut_by_chars(s: &str) -> Option<usize> {
        let head = || s.char_indices().take_while(|(i, _)| *i < 80);
        head()
            .find(|&(i, ch)| {
                matches!(ch, '–' | '—')
                    || (ch == '-' && s[i + 1..].starts_with(' '))
                    || (ch == '_' && s[i + 1..].starts_with(' ') && s[..i].ends_with(' '))
            })
            .or_else(|| head().find(|&(_, ch)| ch == '('))
            .map(|(i, _)| i)
    }

    proptest::proptest! {
        /// The byte search finds the cut the walk over the chars found, dashes and brackets
        /// across the 80th byte and multi-byte chars that share the dashes' lead byte included.
        #[test]
        fn the_dateline_cut_is_the_char_walks(
            parts in proptest::collection::vec(
                proptest::sample::select(&[
                    "MOSCOW", ",", " ", "-", "- ", " _ ", "_", "(", "(AP)", "–", "—", "‒", "€",
                    "é", "x", "Sept. 21", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                ][..]),
                0..16,
            ),
        ) {
            let s: String = parts.concat();
            proptest::prop_assert_eq!(dateline_cut(s.as_bytes()), dateline_cut_by_chars(&s), "{:?}", s);
        }
    }

    /// The end of a term is read in any case, with `on` after it, and only as the last word.
    #[test]
    fn a_term_ends_in_any_case() {
        for (before, want) in [
            ("debentures due ", true),
            ("the offer EXPIRES on ", true),
            ("the year Ending ", true),
            ("notes maturing on ", true),
            ("the dues ", false),
            ("due to rain on ", false),
            ("", false),
        ] {
            assert_eq!(ends_a_term(before), want, "{before:?}");
        }
    }

    /// The dateline [`FoundDates::find`] keeps is the one [`dateline_date`] finds, a full date as
    /// well as a month and day without a year, so that [`publication_date_found`] can take it from
    /// there instead of tagging the dateline a second time.
    #[test]
    fn found_dates_keep_the_dateline() {
        let tagger = Tagger::default();
        let cases = [
            (
                "MOSCOW, Sept. 21, 2016 (Reuters) - Talks resumed on Wednesday.\nMore text.",
                Some(DatelineDate::Full(Date::ymd(2016, 9, 21).unwrap())),
            ),
            (
                "NAIROBI, Kenya (AP) Aug. 8 - The vote was held on Aug. 4, 2017.",
                Some(DatelineDate::Yearless(8, 8)),
            ),
            ("The vote was held on Aug. 4, 2017, officials said.", None),
        ];
        for (text, want) in cases {
            let cleaned = content_blocks(text);
            let found = FoundDates::find(&tagger, text, &cleaned);
            assert_eq!(found.dateline.map(|(d, _)| d), want, "{text}");
            assert_eq!(
                found.dateline,
                dateline_date(&tagger, text, &cleaned),
                "{text}"
            );
            let yearless = match want {
                Some(DatelineDate::Yearless(m, d)) => Some((m, d)),
                _ => None,
            };
            assert_eq!(
                found.yearless_dateline().map(|(m, d, _)| (m, d)),
                yearless,
                "{text}"
            );
        }
    }
}
