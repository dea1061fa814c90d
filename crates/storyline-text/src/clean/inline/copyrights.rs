//! **Copyright lines glued into the prose**, where the page printed them under its headline or
//! its photo:
//!
//! - a TV station's `copyright by koin - all rights reserved` (Nexstar's pages: `$ 25k and an
//!   apology: hillsboro sd settles suit with teen copyright by koin - all rights reserved
//!   liberty high school in hillsboro, ore. …`), the station's name one to
//!   [`OWNER_MAX_WORDS`] words;
//! - a photo's `photo copyright © universal pictures` (`Cannes film festival review: "robin
//!   hood " photo copyright © universal pictures a conjectural "origins " story …`), through
//!   the owner's last word, a studio's or an agency's noun ([`OWNER_NOUNS`]) or a publisher's
//!   (`Copyright © 2015 albuquerque journal`);
//! - a live page's `copyright: getty images` under its photo, the owner without function words
//!   (`copyright: getty images that's all from us for tonight …`);
//! - a wire's or paper's line without `©` where the page ends it (`- copyright associated
//!   press`, `( copyright 2010 by the associated press.`), see `wire`.
//!
//! Opening the paragraph after a headline (at most [`HEADLINE_MAX_WORDS`] words with no
//! sentence end), the headline goes with the line, as the page's furniture over the lead;
//! elsewhere the line alone goes. Prose about copyright (`the copyright of this material`,
//! `copyright laws`) has neither form and stays.

use super::super::BlockKind;
use super::prompts::PUBLISHER_NOUNS;
use super::{Cut, Para};

/// Words of the station's or studio's name at most (`copyright by wkrn - all rights
/// reserved`, `© 20th century fox film`).
const OWNER_MAX_WORDS: usize = 4;

/// Words a photo's owner ends on after `©`.
const OWNER_NOUNS: [&str; 8] = [
    "pictures",
    "films",
    "studios",
    "entertainment",
    "images",
    "features",
    "productions",
    "photography",
];

/// Words of a headline before a copyright line that opens the paragraph with it, at most.
const HEADLINE_MAX_WORDS: usize = 30;

/// The reason of a copyright line's cut.
const REASON: &str = "copyright line in a sentence (copyright by koin - all rights reserved)";

/// The reason of a headline's cut with its copyright line.
const HEADLINE: &str = "page headline with a copyright line (Headline copyright by koin - …)";

/// Finds the copyright lines in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let l: &str = l;
    // One search for the forms' common word; each form reads its own words after it.
    for at in super::occurrences!(l, "copyright") {
        let line = station(l, at)
            .map(|e| (at, e))
            .or_else(|| photo(l, at))
            .or_else(|| wire(l, at));
        let Some((start, end)) = line else {
            continue;
        };
        // A cut of another pass across it names that text better; one across the headline
        // alone (`Getty images copyright: getty images …`, a credit cut before) leaves the line.
        let line = (start, end, BlockKind::Footer, REASON);
        let cut = if headline_before(l, start) && !super::overlaps(cuts, 0, start) {
            (0, end, BlockKind::Headline, HEADLINE)
        } else {
            line
        };
        if !super::overlaps(cuts, cut.0, cut.1) {
            cuts.push(cut);
        }
    }
}

/// End of a station's `copyright by <name> - all rights reserved` at `at`, with the player's
/// `video` label and the station's own dateline after it when they follow (`… all rights
/// reserved video ( wiat ) -- the tennessee bureau …`: the dateline pass saw no sentence
/// start there).
fn station(l: &str, at: usize) -> Option<usize> {
    const TAIL: &str = " - all rights reserved";
    let rest = l[at..].strip_prefix("copyright by ")?;
    // The page may cut it short at the paragraph's end (`copyright by koin - all rights`).
    let dash = rest.find(TAIL).or_else(|| {
        let r = rest.trim_end();
        (1..TAIL.len())
            .rev()
            .find(|&n| r.ends_with(&TAIL[..n]) && TAIL[..n].ends_with(|c: char| c.is_alphabetic()))
            .map(|n| r.len() - n)
            .filter(|&d| TAIL[..TAIL.len().min(r.len() - d)].starts_with(" - all"))
    })?;
    let name = &rest[..dash];
    let words = name.split_ascii_whitespace().count();
    if !(1..=OWNER_MAX_WORDS).contains(&words) || name.contains(['.', ',', '-']) {
        return None;
    }
    let end = (l.len() - rest.len() + dash + TAIL.len()).min(l.trim_end().len());
    let after = l[end..].trim_start();
    let after = after.strip_prefix("video ").unwrap_or(after).trim_start();
    let dateline = after
        .strip_prefix("( ")
        .and_then(|r| r.strip_prefix(name))
        .and_then(|r| r.strip_prefix(" ) "))
        .and_then(|r| ["--", "—", "–", "-"].iter().find_map(|d| r.strip_prefix(d)))
        .filter(|r| r.starts_with(' '));
    Some(dateline.map_or(end, |r| l.len() - r.len()))
}

/// Start and end of a photo's `photo copyright © <owner>` at `at` (`copyright`), or of a
/// live page's `copyright: <owner>` under its photo (`copyright: getty images that's all from
/// us …`), whose owner has no function word (`the issue is copyright: the studios …` is prose).
fn photo(l: &str, at: usize) -> Option<(usize, usize)> {
    let (rest, colon) = match l[at..].strip_prefix("copyright © ") {
        Some(r) => (r, false),
        None => (l[at..].strip_prefix("copyright: ")?, true),
    };
    let start = l[..at].strip_suffix("photo ").map_or(at, str::len);
    let base = l.len() - rest.len();
    let (n, (t_at, t)) = super::tokens(l, base)
        .take(OWNER_MAX_WORDS)
        .enumerate()
        .find(|(_, (_, t))| OWNER_NOUNS.contains(t) || PUBLISHER_NOUNS.contains(t))?;
    if colon
        && super::tokens(l, base)
            .take(n)
            .any(|(_, w)| crate::token::is_stopword(w))
    {
        return None;
    }
    Some((start, t_at + t.len()))
}

/// Start and end of a wire's or paper's line without `©` at `at` (`copyright`): `copyright
/// [2010] [by] [the] <one to three words ending on a publisher's noun>` (`- copyright
/// associated press`, `( copyright 2010 by the associated press.`), standing where the page
/// ends it: the paragraph's end, a stop, a bracket or `all rights reserved`. The dash or
/// bracket before it and the stop after it go too; a name glued before a lead is too unsure
/// without the `©`, and stays.
fn wire(l: &str, at: usize) -> Option<(usize, usize)> {
    let mut rest = l[at..].strip_prefix("copyright ")?;
    if let Some(r) = rest.get(5..).filter(|_| {
        rest.as_bytes()[..4].iter().all(u8::is_ascii_digit) && rest.as_bytes()[4] == b' '
    }) {
        rest = r;
    }
    rest = rest.strip_prefix("by ").unwrap_or(rest);
    rest = rest.strip_prefix("the ").unwrap_or(rest);
    let base = l.len() - rest.len();
    let (t_at, t) = super::tokens(l, base)
        .take(3)
        .take_while(|(_, t)| t.bytes().all(|c| c.is_ascii_alphabetic()) || t.ends_with('.'))
        .find(|(_, t)| PUBLISHER_NOUNS.contains(&t.trim_end_matches('.')))?;
    let mut end = t_at + t.trim_end_matches('.').len();
    let after = &l[end..];
    if !(after.trim().is_empty()
        || after.starts_with('.')
        || after.starts_with(" )")
        || after.starts_with(" all rights reserved"))
    {
        return None;
    }
    if after.starts_with('.') {
        end += 1;
    }
    let head = l[..at].trim_end();
    let start = ["-", "—", "–", "("]
        .iter()
        .find_map(|d| head.strip_suffix(d))
        .filter(|h| h.is_empty() || h.ends_with(char::is_whitespace))
        .map_or(at, str::len);
    Some((start, end))
}

/// True when the text before `start` is a headline opening the paragraph: one to
/// [`HEADLINE_MAX_WORDS`] words, no sentence end among them (a stop after a word longer than an
/// initial or abbreviation, a `?`, a `!`).
fn headline_before(l: &str, start: usize) -> bool {
    let head = &l[..start];
    let words = head.split_ascii_whitespace();
    let n = words.clone().count();
    (1..=HEADLINE_MAX_WORDS).contains(&n)
        && !words.into_iter().any(|t| {
            t.ends_with(['?', '!'])
                || t.strip_suffix('.')
                    .is_some_and(|w| w.len() > 3 && !w.contains('.'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        super::super::cut_texts(find, s)
    }

    #[test]
    fn a_copyright_line_goes_with_the_headline_over_it() {
        for (text, line) in [
            (
                "$ 25k and an apology: hillsboro sd settles suit with teen copyright by koin - \
                 all rights reserved liberty high school in hillsboro, ore.",
                "$ 25k and an apology: hillsboro sd settles suit with teen copyright by koin - \
                 all rights reserved",
            ),
            (
                "copyright by whtm - all rights reserved mechanicsburg, pa. ( whtm ) - a man was \
                 hurt.",
                "copyright by whtm - all rights reserved",
            ),
            (
                "tbi: confirmed sighting of tad cummins on march 15 in oklahoma city copyright by \
                 wiat - all rights reserved video ( wiat ) -- the tennessee bureau says so.",
                "tbi: confirmed sighting of tad cummins on march 15 in oklahoma city copyright by \
                 wiat - all rights reserved video ( wiat ) --",
            ),
            (
                "in too many schools today. \" copyright by koin - all rights",
                "copyright by koin - all rights",
            ),
            (
                "cannes film festival review: \"robin hood \" photo copyright © universal pictures \
                 a conjectural \"origins \" story about the career of england's outlaw.",
                "cannes film festival review: \"robin hood \" photo copyright © universal pictures",
            ),
            (
                "the trial went on for a week. the state rested. the defense rested too. the jury \
                 is out. photo copyright © universal pictures the film opens friday.",
                "photo copyright © universal pictures",
            ),
        ] {
            assert_eq!(cut(text), vec![line], "{text}");
        }
    }

    #[test]
    fn wire_and_paper_copyright_lines() {
        for (text, line) in [
            (
                "the professor's comments. - copyright associated press",
                "- copyright associated press",
            ),
            (
                "his name wasn't released. ( copyright 2010 by the associated press. all rights \
                 reserved. )",
                "( copyright 2010 by the associated press.",
            ),
            (
                "the trial went on for a week. the state rested. the defense rested too. the jury \
                 is out. copyright © 2015 albuquerque journal declaring that \"i have a job to do.",
                "copyright © 2015 albuquerque journal",
            ),
        ] {
            assert_eq!(cut(text), vec![line], "{text}");
        }
        // Without `©`, a name glued before more words is not sure to end there.
        assert!(cut("he said. copyright 2015 albuquerque journal reporters found it.").is_empty());
        assert!(cut("the judge said copyright law protects the daily news.").is_empty());
    }

    #[test]
    fn a_live_pages_photo_copyright_with_a_colon() {
        // Multi-News val: the BBC's live page, the credit glued before the next entry.
        assert_eq!(
            cut(
                "copyright: getty images that's all from us for tonight - but before we go, here's a \
                 round-up."
            ),
            vec!["copyright: getty images"]
        );
        assert!(cut("the fight is over copyright: the studios say they own it.").is_empty());
    }

    #[test]
    fn prose_about_copyright_stays() {
        for text in [
            "the only reason is to retain the copyright of this material, he said.",
            "posting the pics is a flagrant violation of copyright laws.",
            "copyright by the studio - all of it - was claimed.",
            "he held the copyright © but never the rights.",
        ] {
            assert!(cut(text).is_empty(), "{text}: {:?}", cut(text));
        }
    }
}
