//! Speakers the actors do not know: name-shaped words right after or before a speech verb.
//!
//! In text that lost its capitals (Multi-News), a person is found as an actor only where a capital
//! shows the name, at a sentence's start; `“…,” said chris napolitano, president of …` names a
//! speaker no actor stands for. The words of such a name are read by their shape alone: letters
//! (a hyphen or an apostrophe inside), not a word news writes in lower case
//! ([`is_common_word`]), nor a stopword, title, role, organisation or place noun, calendar or
//! number word, pronoun, country or demonym. Where the name stands is what makes it a speaker:
//! the subject of a tag (`said NAME,`), ending where the clause does (`,` `.` `;` `who`), or
//! the words right before the verb with nothing but a title before them (`… " chris napolitano
//! said`; `the report said`, `a local tv said` are no names).

use storyline_text::Span;

use crate::actors::lexicon::{
    country_code, demonym_code, is_calendar_word, is_common_word, is_generic_name_word,
    is_honorific, is_name_particle, is_number_word, is_pronoun, is_role_head,
};
use crate::actors::text::{Tok, joined_by_space};

use super::attribution::{Gender, MentionIndex};

/// True when `word` (any case) may be a word of a person's name: see the module docs.
pub(crate) fn name_shaped(index: &MentionIndex, word: &str) -> bool {
    let l = word.to_lowercase();
    let letters = l.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && l.starts_with(char::is_alphabetic)
        && l.ends_with(char::is_alphabetic)
        && l.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        // An apostrophe only after a one-letter particle (`o'brien`, `d'souza`), not in a
        // contraction (`i've`) or words run together (`humphries'rep`).
        && l.char_indices().all(|(i, c)| c != '\'' || i == 1)
        // Each part of a hyphenated name is a name's (`ki-moon`, `al-assad`; not `so-and-so`).
        && l.split('-').all(|p| !p.is_empty() && !storyline_text::token::is_stopword(p))
        && !is_common_word(&l)
        && !storyline_text::token::is_stopword(&l)
        && (!is_generic_name_word(&l) || is_name_particle(&l))
        && !title_word(&l)
        && !is_calendar_word(&l)
        && !is_number_word(&l)
        && !is_pronoun(&l)
        && Gender::of_word(&l).is_none()
        && demonym_code(word).is_none()
        && country_code(word).is_none()
        && !index.is_determined(&l)
}

/// A one-word name may not look like a plural noun of people (`astronomers`, `residents`).
fn plural_like(word: &str) -> bool {
    let l = word.to_lowercase();
    [
        "ers", "ors", "ists", "ans", "als", "ents", "ants", "ives", "ics",
    ]
    .iter()
    .any(|x| l.ends_with(x))
}

/// A title word a name may follow (`capt.`, `spokesman`, `dr.`, `sheriff`, `juror`): an actor
/// role or honorific, or a noun naming what a person is or does that the actors' roles leave out
/// (they name offices, not jurors) and news writes before a name.
fn title_word(lower: &str) -> bool {
    let l = lower.trim_end_matches('.');
    is_role_head(l)
        || is_honorific(l)
        || matches!(
            l,
            "sheriff"
                | "superintendent"
                | "juror"
                | "organizer"
                | "organiser"
                | "researcher"
                | "scientist"
                | "journalist"
                | "columnist"
                | "historian"
                | "economist"
                | "strategist"
                | "pediatrician"
                | "physician"
                | "surgeon"
                | "detective"
                | "trooper"
                | "sergeant"
                | "sgt"
                | "lieutenant"
                | "lt"
                | "corporal"
                | "cpl"
                | "marshal"
                | "deputy"
                | "inspector"
                | "constable"
                | "pastor"
                | "rabbi"
                | "imam"
                | "coroner"
                | "ranger"
                | "plaintiff"
                | "defendant"
                | "councilman"
                | "councilwoman"
                | "alderman"
                | "assemblyman"
                | "assemblywoman"
                | "democrat"
                | "republican"
        )
}

/// True when `b` follows `a` in one phrase: a single space, or an abbreviation's stop and a space
/// after a title (`capt. dan argyle`).
fn next_in_phrase(text: &str, a: &Tok, b: &Tok) -> bool {
    joined_by_space(text, a.span, b.span)
        || (text[a.span.end..b.span.start] == *". " && title_word(&a.text(text).to_lowercase()))
}

/// The name opening `toks` (the words right after a speech verb, up to the clause's end at
/// `limit`): one to three name-shaped words (one that does not look plural) ending where the
/// clause does (`,` `.` `;` `who`, or `limit`), after up to five words of a title phrase with no
/// stopword (`dallas city manager mary suhm`, `capt. dan argyle`; not `the neighbor who`).
pub(crate) fn name_after(
    index: &MentionIndex,
    text: &str,
    toks: &[Tok],
    limit: usize,
) -> Option<Span> {
    for (k, t) in toks.iter().enumerate().take(8) {
        if k > 0 && !next_in_phrase(text, &toks[k - 1], t) {
            return None;
        }
        let lower = t.text(text).to_lowercase();
        let rest = &text[t.span.end..limit];
        let ends = rest.trim().is_empty()
            || rest.starts_with([',', ';'])
            || (rest.starts_with('.') && !title_word(&lower))
            || rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with("who "));
        if !ends {
            if storyline_text::token::is_stopword(&lower) {
                return None;
            }
            continue;
        }
        // The name: the name-shaped words ending here, joined by spaces.
        let mut first = k;
        while first > 0
            && joined_by_space(text, toks[first - 1].span, toks[first].span)
            && name_shaped(index, toks[first - 1].text(text))
        {
            first -= 1;
        }
        let words = &toks[first..=k];
        // After other words, a name follows a title (`dallas city manager mary suhm`), and a
        // one-word one a title proper (`according to new findings` names no one).
        let titled = first == 0 || {
            let before = toks[first - 1].text(text).to_lowercase();
            title_word(&before) || (words.len() > 1 && is_common_word(&before))
        };
        let ok = (1..=3).contains(&words.len())
            && titled
            && words.iter().all(|t| name_shaped(index, t.text(text)))
            && !(words.len() == 1 && plural_like(words[0].text(text)));
        return ok.then(|| Span::new(words[0].span.start, t.span.end));
    }
    None
}

/// The name ending `toks` (the words right before a speech verb): one to three name-shaped words
/// with nothing but a title or the clause's start before them (`spokesman john weeks said`;
/// `the report said`, `a local tv said`, `smith and jones said` name no one), and a one-word
/// name that does not look plural.
pub(crate) fn name_before(index: &MentionIndex, text: &str, toks: &[Tok]) -> Option<Span> {
    let last = toks.last()?;
    let mut first = toks.len() - 1;
    while first > 0
        && toks.len() - first < 4
        && joined_by_space(text, toks[first - 1].span, toks[first].span)
        && name_shaped(index, toks[first - 1].text(text))
    {
        first -= 1;
    }
    let words = &toks[first..];
    if !words.iter().all(|t| name_shaped(index, t.text(text)))
        || (words.len() == 1 && plural_like(last.text(text)))
    {
        return None;
    }
    if first > 0 {
        let before = &toks[first - 1];
        if next_in_phrase(text, before, &toks[first])
            && !title_word(&before.text(text).to_lowercase())
        {
            return None;
        }
        // A name cut by a stray apostrophe (`o ' brien`) is only part of one.
        if text[before.span.end..toks[first].span.start].contains(['\'', '’']) {
            return None;
        }
    }
    Some(Span::new(toks[first].span.start, last.span.end))
}

/// How a name read from the text is shown: each word that is all lower case (the text lost its
/// capitals) opens with a capital (`chris napolitano` → `Chris Napolitano`); other words as
/// written.
pub(crate) fn display(words: &str) -> String {
    words
        .split_whitespace()
        .map(|w| {
            if w.chars().any(char::is_uppercase) {
                return w.to_string();
            }
            let mut cs = w.chars();
            cs.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(cs).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}
