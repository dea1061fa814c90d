//! An AP live blog's **label** and its entries' **time stamps** glued to the prose. The blog
//! opens on its fixed label, `the latest on <story> ( all times local ):`, then the first
//! entry's stamp (`9: 25 a.m.`, `__ 2: 05 p.m.`, `— — — 2: 40 p.m.`), then the entry's lead
//! (`the latest on hurricane irma ( all times local ): 9: 25 a.m. Hurricane irma has made
//! landfall in the florida keys.`); later entries open on a rule and a stamp (`____ 3: 22 p.m.
//! Cia director john brennan …`). Left in, the label and the stamp become the first sentence's
//! opening words, and so the brief's first summary sentence and its title.
//!
//! The label goes as the blog's headline: from `the latest` (at a sentence start, or right after
//! a cut such as the dateline `washington ( ap ) —`) to `( all times local )` (or another zone:
//! `( all times eastern )`, `( all times est )`) and its colon or stop, at most [`LABEL_MAX_WORDS`] words, with no sentence ending between. The stamp after it
//! goes as a date line: a rule of underscores or dashes (optional) and a clock time. A rule and
//! a clock time elsewhere go as a date line too when the rule stands alone (a run of two or more
//! underscores, or three spaced dashes); AP's three-underscore rule is the separators pass's
//! (`separators::ap_separators`), which runs first. A clock time in prose (`at 7: 15 p.m. A
//! man …`) has no rule or label before it and stays.

use super::super::BlockKind;
use super::{Cut, Para, sentence_start, stamps::after_cut, tokens};
use crate::segment::{WordClass, classify};

/// The reason of a live blog's label's cut.
const LABEL: &str = "live-blog label (the latest on … ( all times local ):)";

/// The reason of a live blog's time stamp's cut.
const STAMP: &str = "live-blog time stamp after a label or rule (: 9: 25 a.m., __ 2: 05 p.m.)";

/// Words of a label from `the latest` to `( all times local )`, at most (the longest in
/// Multi-News val has 20: `the latest developments after a russian passenger plane crashed in
/// egypt's sinai peninsula, killing all 224 people on board saturday`).
const LABEL_MAX_WORDS: usize = 32;

/// How the label's close opens: its time zone in brackets follows (`( all times local )`, `(
/// all times eastern )`, `( all times est )`, `( all times eastern daylight time )`).
const ALL_TIMES: &str = "( all times ";

/// Words of the time zone in the label's close after [`ALL_TIMES`], at most (`eastern daylight
/// time`: 3).
const ZONE_MAX_WORDS: usize = 4;

/// Finds the live blog's label and stamps in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    // The paragraph's scan tells whether it holds a cue at all (most hold none).
    let (local, rule, dashes) = (
        super::holds!(l, ALL_TIMES),
        super::holds!(l, "__"),
        super::holds!(l, "— — —"),
    );
    let l: &str = l;
    if local {
        labels(l, cuts);
    }
    // Only where a rule stands: the paragraph is not walked word by word.
    if rule {
        for at in super::occurrences!(l, "__") {
            ruled_stamp(l, at, cuts);
        }
    }
    if dashes {
        for at in super::occurrences!(l, "— — —") {
            ruled_stamp(l, at, cuts);
        }
    }
}

/// The labels and the stamps right after them.
fn labels(l: &str, cuts: &mut Vec<Cut>) {
    for at in super::occurrences!(l, ALL_TIMES) {
        let Some(close) = zone_len(&l[at + ALL_TIMES.len()..]) else {
            continue;
        };
        let Some(start) = label_start(l, at, cuts) else {
            continue;
        };
        let mut end = at + ALL_TIMES.len() + close;
        if l[end..].starts_with([':', '.']) {
            end += 1;
        }
        if super::overlaps(cuts, start, end) {
            continue;
        }
        cuts.push((start, end, BlockKind::Headline, LABEL));
        let body = end + (l[end..].len() - l[end..].trim_start().len());
        if let Some(n) = stamp_len(&l[body..], false)
            && !super::overlaps(cuts, body, body + n)
        {
            cuts.push((body, body + n, BlockKind::DateLine, STAMP));
        }
    }
}

/// Length of the time zone opening `r` (after [`ALL_TIMES`]) through its `)`: at most
/// [`ZONE_MAX_WORDS`] words of letters (`local )`, `eastern standard time )`, `et )`).
fn zone_len(r: &str) -> Option<usize> {
    let close = r.get(..r.len().min(40))?.find(')')?;
    let zone = &r[..close];
    let mut words = 0;
    for w in zone.split_ascii_whitespace() {
        words += 1;
        if words > ZONE_MAX_WORDS || !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
    }
    (words > 0).then_some(close + 1)
}

/// Where the label closing at `close` opens: the last `the latest` before it, at a sentence
/// start or after a cut, with at most [`LABEL_MAX_WORDS`] words and no sentence end between.
fn label_start(l: &str, close: usize, cuts: &[Cut]) -> Option<usize> {
    let from = close.saturating_sub(LABEL_MAX_WORDS * 12);
    let from = (from..close).find(|&i| l.is_char_boundary(i))?;
    let start = from + l[from..close].rfind("the latest")?;
    let between = l[start..close].trim_end();
    // A stop right before the bracket closes the label (`the latest on the earthquake in
    // ecuador. ( all times local )`); any other ends a sentence, and the label is not one.
    let inner = between.strip_suffix('.').unwrap_or(between);
    let mut words = 0;
    for w in inner.split_whitespace() {
        words += 1;
        if ends_sentence(w) {
            return None;
        }
    }
    if words > LABEL_MAX_WORDS {
        return None;
    }
    (sentence_start(l, start) || after_cut(l, cuts, start)).then_some(start)
}

/// True when word `w` ends a sentence: a stop after a word that is no abbreviation (`u.s.`,
/// `pvt.`, `sen.` stay inside a label).
fn ends_sentence(w: &str) -> bool {
    if w.ends_with(['?', '!']) {
        return true;
    }
    w.strip_suffix('.')
        .is_some_and(|stem| matches!(classify(stem, true), WordClass::Plain | WordClass::Final))
}

/// The stamp after a rule standing alone at `at`: two or more underscores, or three spaced
/// dashes.
fn ruled_stamp(l: &str, at: usize, cuts: &mut Vec<Cut>) {
    if !(at == 0 || l[..at].ends_with(|c: char| c.is_ascii_whitespace())) {
        return;
    }
    let rule = l[at..]
        .find(|c: char| c.is_ascii_whitespace())
        .unwrap_or(l.len() - at);
    let t = &l[at..at + rule];
    let rule = if is_rule(t) {
        rule
    } else if t == "—" {
        "— — —".len()
    } else {
        return;
    };
    let body = at + rule;
    let body = body + (l[body..].len() - l[body..].trim_start().len());
    if let Some(n) = stamp_len(&l[body..], true)
        && !super::overlaps(cuts, at, body + n)
    {
        cuts.push((at, body + n, BlockKind::DateLine, STAMP));
    }
}

/// True for a word made of two or more underscores only.
fn is_rule(t: &str) -> bool {
    t.len() >= 2 && t.bytes().all(|b| b == b'_')
}

/// The length of the stamp opening `r`: a rule (unless `ruled`, when the caller read it) and a
/// clock time with its `a.m.`/`p.m.` (`9: 25 a.m.`, `__ 2: 05 p.m.`, `6 p.m.`), followed by
/// a word or the paragraph's end.
fn stamp_len(r: &str, ruled: bool) -> Option<usize> {
    let mut toks = tokens(r, 0).peekable();
    if !ruled {
        while toks
            .peek()
            .is_some_and(|&(_, t)| is_rule(t) || matches!(t, "—" | "-" | "–"))
        {
            toks.next();
        }
    }
    let (at, _) = toks.next()?;
    super::clock_len(&r[at..]).map(|n| at + n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<(&str, BlockKind)> {
        super::super::cuts_by(find, s)
    }

    #[test]
    fn label_and_stamp() {
        assert_eq!(
            cut(
                "the latest on hurricane irma ( all times local ): 9: 25 a.m. hurricane irma has \
                 made landfall in the florida keys."
            ),
            [
                (
                    "the latest on hurricane irma ( all times local ):",
                    BlockKind::Headline
                ),
                ("9: 25 a.m.", BlockKind::DateLine),
            ]
        );
        assert_eq!(
            cut(
                "the latest on the federal reserve's monetary policy meeting ( all times local \
                 ): __ 2: 05 p.m. federal reserve policymakers expect to hike rates."
            ),
            [
                (
                    "the latest on the federal reserve's monetary policy meeting ( all times \
                     local ):",
                    BlockKind::Headline
                ),
                ("__ 2: 05 p.m.", BlockKind::DateLine),
            ]
        );
        // Other time zones than the place's own (Multi-News val: `eastern`, `est`, `eastern
        // daylight time`).
        for (zone, stamp) in [
            ("eastern", "10: 43 p.m."),
            ("est", "2: 29 a.m."),
            ("eastern standard time", "12: 10 p.m."),
        ] {
            let label = format!("the latest on campaign 2016 ( all times {zone} ):");
            assert_eq!(
                cut(&format!(
                    "{label} {stamp} bernie sanders netted about a half-dozen more delegates."
                )),
                [
                    (label.as_str(), BlockKind::Headline),
                    (stamp, BlockKind::DateLine)
                ],
            );
        }
        // A bracket that names no zone (a number, too many words) is no label's close.
        assert!(cut("the latest on the vote ( all times 9 ): 9 a.m. rain fell.").is_empty());
        assert!(
            cut("the latest on the vote ( all times we met the mayor there ): 9 a.m. rain.")
                .is_empty()
        );
        // Abbreviations inside the label (`u.s.`, `pvt.`).
        assert_eq!(
            cut(
                "the latest on the release of pvt. chelsea manning from u.s. custody ( all \
                 times local ): 9: 15 a.m. army pvt. chelsea manning says"
            ),
            [
                (
                    "the latest on the release of pvt. chelsea manning from u.s. custody ( all \
                     times local ):",
                    BlockKind::Headline
                ),
                ("9: 15 a.m.", BlockKind::DateLine),
            ]
        );
        assert_eq!(
            cut(
                "the latest on a mother charged ( all times local ): — — — 2: 40 p.m. bond has \
                 been denied."
            ),
            [
                (
                    "the latest on a mother charged ( all times local ):",
                    BlockKind::Headline
                ),
                ("— — — 2: 40 p.m.", BlockKind::DateLine),
            ]
        );
        // A stop before the bracket; a label with no stamp after it.
        assert_eq!(
            cut(
                "the latest on the earthquake in ecuador. ( all times local ): in this photo, \
                 rescuers dig."
            ),
            [(
                "the latest on the earthquake in ecuador. ( all times local ):",
                BlockKind::Headline
            )]
        );
    }

    #[test]
    fn label_needs_its_start() {
        // `the latest` inside a sentence is prose.
        assert!(
            cut("he read the latest on the storm ( all times local ): 9 a.m. rain fell.")
                .is_empty()
        );
        // A sentence ends between `the latest` and the bracket.
        assert!(
            cut("the latest on it was bad. officials met ( all times local ): 9 a.m. rain fell.")
                .is_empty()
        );
    }

    #[test]
    fn ruled_stamps() {
        assert_eq!(
            cut(
                "probable cause to have it opened. ____ 3: 22 p.m. cia director john brennan \
                 had a heated exchange."
            ),
            [("____ 3: 22 p.m.", BlockKind::DateLine)]
        );
        assert_eq!(
            cut("outside cash poured into the race. __ 10: 20 a.m. in the race for governor"),
            [("__ 10: 20 a.m.", BlockKind::DateLine)]
        );
        // A rule with no clock time after it, and a clock time in prose.
        assert!(cut("__ the end. the shots rang out at 7: 15 p.m. a man fled.").is_empty());
    }
}
