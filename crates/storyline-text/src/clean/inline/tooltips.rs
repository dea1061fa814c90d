//! The Hill's **person tooltip** glued into a sentence: after a person's name the page prints the
//! full name, three headlines about them and a `more` link, with no stop anywhere (`… a
//! defamation suit against president trump donald john trumpex-russia ambassador: trump has done
//! more damage to nato … given fbi agent's private comments more in addition to her ongoing one
//! …`). The scraper glued the full name's last word to the first headline (`trumpex-russia`,
//! `sandersthe trail 2016`), which is what shows it is no prose: a surname, one to five words of
//! given names (`jefferson ( jeff ) beauregard`), and the surname again at the start of a longer
//! word. The name before the tooltip is the person's (its given name again, or a title:
//! `bernie sanders bernie sandersthe …`, `president trump donald john trumpex-…`).
//!
//! The cut runs from the given names through the `more` link, so `president trump` stays in the
//! sentence and the headlines go. The link is the first `more` at least
//! [`HEADLINES_MIN_WORDS`] words on that is not a comparative in a headline (`has done more
//! damage`, `thousands more migrant children`, `more than`), a sentence's first word or a promo's
//! label (`( more: …`).
//!
//! A paragraph holds ` more` less than once a cluster in Multi-News, so looking back from each
//! costs next to nothing; the glued surname is what decides.

use super::super::BlockKind;
use super::{Cut, Para, holds, occurrences};

/// The link that closes a tooltip, with the space before it.
const MORE: &str = " more";

/// Words between the glued surname and the `more` link, at least (three headlines) ...
const HEADLINES_MIN_WORDS: usize = 8;

/// ... and at most.
const HEADLINES_MAX_WORDS: usize = 80;

/// Tokens of the given names in a tooltip, at most (`jefferson ( jeff ) beauregard`).
const NAMES_MAX_TOKENS: usize = 5;

/// Words before `more` that make it a comparative in a headline or in prose, not the link.
const COMPARATIVE_BEFORE: [&str; 40] = [
    "a",
    "all",
    "and",
    "any",
    "are",
    "be",
    "been",
    "did",
    "do",
    "does",
    "done",
    "dozens",
    "even",
    "ever",
    "far",
    "few",
    "get",
    "gets",
    "got",
    "had",
    "has",
    "have",
    "hundreds",
    "is",
    "learn",
    "little",
    "lot",
    "many",
    "millions",
    "much",
    "no",
    "once",
    "one",
    "or",
    "some",
    "still",
    "the",
    "thousands",
    "to",
    "was",
];

/// Titles before a surname, in place of its given name (`president trump donald john trump…`).
pub(super) const TITLES: [&str; 12] = [
    "president",
    "sen.",
    "senator",
    "rep.",
    "speaker",
    "gov.",
    "governor",
    "leader",
    "secretary",
    "general",
    "counselor",
    "nominee",
];

/// Function words that are never a tooltip's surname (`the … they`).
const NOT_SURNAMES: [&str; 12] = [
    "the", "they", "their", "them", "then", "there", "these", "those", "that", "this", "with",
    "and",
];

/// The removal reason of a person tooltip: a cut inside a sentence (see
/// [`crate::clean::Block::splits_sentence`]).
pub(crate) const REASON: &str =
    "person tooltip with related headlines (trump donald john trumpex-… more)";

/// Finds person tooltips in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !holds!(l, MORE) {
        return;
    }
    let mut done = 0;
    // The call site's `memmem` finder, built once, rather than a two-way searcher set up for
    // each paragraph (the same positions; see `occurrences`).
    for m in occurrences!(l, MORE) {
        let end = m + MORE.len();
        if m < done || l[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        // `more than` is prose, `( more: …` a promo's label.
        if l[end..].trim_start().starts_with("than") || l[end..].starts_with(':') {
            continue;
        }
        // A comparative, or `More` opening a sentence.
        let prev = l[..m].rsplit(' ').next().unwrap_or("");
        if COMPARATIVE_BEFORE.contains(&prev) || prev.ends_with(['.', '?', '!']) {
            continue;
        }
        if let Some(start) = tooltip_start(l, done, m) {
            cuts.push((start, end, BlockKind::RelatedList, REASON));
            done = end;
        }
    }
}

/// Start of the given names of a tooltip whose `more` link is at `m`, the glued surname
/// between [`HEADLINES_MIN_WORDS`] and [`HEADLINES_MAX_WORDS`] words before it and not before
/// `from`.
fn tooltip_start(l: &str, from: usize, m: usize) -> Option<usize> {
    // Tokens before the link, nearest first, with their start offsets.
    let mut toks: Vec<(usize, &str)> = Vec::with_capacity(HEADLINES_MAX_WORDS + 8);
    // A token is a run of bytes other than the ASCII space, found by one walk back over the
    // bytes: the pieces a `trim_end_matches(' ')` and an `rfind(' ')` cut per token, without
    // the char decoding and the search that each of those sets up (a walk goes back up to 88
    // tokens from every `more` that may close a tooltip).
    let b = l.as_bytes();
    let mut at = m;
    while toks.len() < HEADLINES_MAX_WORDS + NAMES_MAX_TOKENS + 3 && at > from {
        let mut cut = at;
        while cut > from && b[cut - 1] == b' ' {
            cut -= 1;
        }
        let mut start = cut;
        while start > from && b[start - 1] != b' ' {
            start -= 1;
        }
        if start == cut {
            break;
        }
        toks.push((start, &l[start..cut]));
        at = start;
    }
    for g in HEADLINES_MIN_WORDS - 1..toks.len().min(HEADLINES_MAX_WORDS) {
        let glued = toks[g].1;
        // A surname of three letters or more glued to a longer word: most words are too short
        // to be one, and are let go before any name is looked at.
        if glued.len() < 4 {
            continue;
        }
        for k in 1..=NAMES_MAX_TOKENS {
            let (Some(&(_, surname)), Some(&(_, before))) =
                (toks.get(g + k + 1), toks.get(g + k + 2))
            else {
                break;
            };
            // The glued surname is asked first (a few byte compares that almost always fail),
            // the names only then: each more name only adds a word that must pass, so once the
            // names fail they fail for every larger `k` too, and the loop ends there as it did
            // when they were asked first.
            if surname.len() < 3
                || glued.len() <= surname.len()
                || glued.as_bytes()[0] != surname.as_bytes()[0]
                || !glued.starts_with(surname)
            {
                continue;
            }
            let names = &toks[g + 1..=g + k];
            if !names.iter().all(|(_, w)| {
                (w.chars().all(char::is_alphabetic) && !crate::token::is_stopword(w))
                    || matches!(*w, "(" | ")")
            }) {
                break;
            }
            let first = names[k - 1].1;
            if surname.chars().all(char::is_alphabetic)
                && !NOT_SURNAMES.contains(&surname)
                && (TITLES.contains(&before)
                    || names.iter().any(|(_, w)| *w == before)
                    || (before.len() >= 3 && first.starts_with(before)))
            {
                return Some(names[k - 1].0);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::cut_texts;
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        cut_texts(find, s)
    }

    #[test]
    fn tooltips_go_from_the_given_names_through_the_link() {
        assert_eq!(
            cut(
                "Stormy daniels has filed a suit against president trump donald john trumpex-russia \
                 ambassador: trump has done more damage to nato in months than russia has in \
                 decades trump takes credit for defense spending given fbi agent's private comments \
                 more in addition to her ongoing one."
            ),
            [
                "donald john trumpex-russia ambassador: trump has done more damage to nato in months \
              than russia has in decades trump takes credit for defense spending given fbi agent's \
              private comments more"
            ]
        );
        assert_eq!(
            cut(
                "Attorney general jeff sessions jefferson ( jeff ) beauregard sessionsthousands \
                 gather in dc to protest trump immigration policies hewitt announces end of his \
                 show trump to appoint lawyer as next dea chief: report more said wednesday he \
                 admires bannon."
            ),
            [
                "jefferson ( jeff ) beauregard sessionsthousands gather in dc to protest trump \
              immigration policies hewitt announces end of his show trump to appoint lawyer as \
              next dea chief: report more"
            ]
        );
        assert_eq!(
            cut(
                "Documents include excerpts from hillary clinton hillary diane rodham \
                 clintonsanders poised to announce campaign: report group releases trove of \
                 documents arson suspected at dc restaurant more's paid speeches."
            ),
            [
                "hillary diane rodham clintonsanders poised to announce campaign: report group \
              releases trove of documents arson suspected at dc restaurant more"
            ]
        );
    }

    #[test]
    fn prose_with_a_name_twice_or_more_stays() {
        // No glued surname.
        assert!(
            cut("Micheal brown micheal brown, right, has been in several programs and wants more.")
                .is_empty()
        );
        // A function word is no surname.
        assert!(
            cut(
                "The study thanks the participants for their theirs support and the nih for grants \
             that it got over the years more or less."
            )
            .is_empty()
        );
        // `More` opening a sentence, a given name that is a function word.
        assert!(cut(
            "The eastern brown snake brown snake, rated as the snake with the second most toxic \
             venom in the world, bites rarely in australia. More people die of bee stings."
        )
        .is_empty());
        assert!(cut(
            "What are class b shares class b shares are a classification of stock that may carry \
             fewer or more voting rights."
        )
        .is_empty());
        // `more than` is prose.
        assert!(
            cut(
                "He met president trump donald john trumpex-aides over lunch and dinner and talked \
             for hours about taxes, and more than that."
            )
            .is_empty()
        );
    }
}
