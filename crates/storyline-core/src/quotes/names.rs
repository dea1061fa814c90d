//! Speakers the actors do not know: name-shaped words right after or before a speech verb.
//!
//! In text that lost its capitals (Multi-News), a person is found as an actor only where a capital
//! shows the name, at a sentence's start; `“…,” said chris napolitano, president of …` names a
//! speaker no actor stands for. The words of such a name are read by their shape alone: letters
//! (a hyphen or an apostrophe inside), not a word news writes in lower case
//! ([`is_common_word`]), nor a stopword, title, role, organisation or place noun, calendar or
//! number word, pronoun, country or demonym. Where the name stands is what makes it a speaker:
//! the subject of a tag (`said NAME,`), ending where the clause does (`,` `.` `;` `who`, a word of when or where), or
//! the words right before the verb with nothing but a title before them (`… " chris napolitano
//! said`; `the report said`, `a local tv said` are no names). Initials go on a name (`william b.
//! evans`, `r.j. hottovy`), and a word news writes in lower case may be the surname before a
//! hyphenated given name (`ban ki-moon`).

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
        && (!is_credential(&l) || matches!(l.as_str(), "jr" | "sr"))
        && Gender::of_word(&l).is_none()
        && demonym_code(word).is_none()
        && country_code(word).is_none()
        && !index.is_determined(&l)
}

/// An academic or professional credential or a generational suffix written after a name and a
/// comma (`eran eden, phd,`, `john smith, jr.,`). A credential is no word of a name; `jr` and `sr`
/// are, when no comma sets them off (`said thomas jr.`). A closed class.
pub(crate) fn is_credential(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.').replace('.', "").as_str(),
        "phd" | "md" | "jr" | "sr" | "esq" | "rn" | "dds" | "dvm" | "mba" | "cpa" | "mph" | "jd"
    )
}

/// True when `toks[k]`, a word news also writes in lower case, is the surname of the common first
/// name right before it (`said jon daily,`, `said james baker.`): letters only, no stopword,
/// title or calendar word.
fn surname_after_first_name(text: &str, toks: &[Tok], k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let l = toks[k].text(text).to_lowercase();
    let given = toks[k - 1].text(text).to_lowercase();
    joined_by_space(text, toks[k - 1].span, toks[k].span)
        && super::attribution::first_name_gender(&given).is_some()
        // `the restaurant king visited`: a title that is also a given name, and a verb's past.
        && !title_word(&given)
        && !(l.ends_with("ed") && !l.ends_with("eed") && l.chars().count() > 5)
        && l.chars().count() >= 3
        && plain_word(&l)
}

/// A word of letters (lower case) that is no stopword, title, pronoun, calendar or number word:
/// one that may stand in a name where its shape alone does not say so.
fn plain_word(l: &str) -> bool {
    l.chars().all(char::is_alphabetic)
        && !storyline_text::token::is_stopword(l)
        && !title_word(l)
        && !is_pronoun(l)
        && !is_calendar_word(l)
        && !is_number_word(l)
}

/// A one-word name may not look like a plural noun of people (`astronomers`, `residents`).
fn plural_like(word: &str) -> bool {
    let l = word.to_lowercase();
    crate::actors::lexicon::plural_of_people_shape(&l) || l.ends_with("ics")
}

/// A title word a name may follow (`capt.`, `spokesman`, `dr.`, `sheriff`, `juror`): an actor
/// role or honorific, or a noun naming what a person is or does that the actors' roles leave out
/// (they name offices, not jurors) and news writes before a name.
pub(crate) fn title_word(lower: &str) -> bool {
    let l = lower.trim_end_matches('.');
    is_role_head(l)
        || is_honorific(l)
        // `study co-author fabio di vincenzo`, `ex-husband`: a prefixed noun of a role or tie.
        || l.split_once('-').is_some_and(|(p, rest)| is_word_prefix(p) && rest.len() >= 3)
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
                | "warden"
                | "cop"
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
/// after a title (`capt. dan argyle`) or an initial (`william b. evans`).
fn next_in_phrase(text: &str, a: &Tok, b: &Tok) -> bool {
    joined_by_space(text, a.span, b.span)
        || (text[a.span.end..b.span.start] == *". " && title_word(&a.text(text).to_lowercase()))
        || initial_before(text, a, b)
}

/// True when `a` is an initial of the name going on at `b`: one letter and its stop (`william b.
/// evans`, `ikaika e. kang`), or letters each with a stop (`george h.w. bush`, `j.k. rowling`),
/// then a space. A country's (`u.s. rep. …`) is none.
pub(crate) fn initial_before(text: &str, a: &Tok, b: &Tok) -> bool {
    let w = a.text(text);
    let letters = w.trim_end_matches('.');
    let shaped = letters
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    let gap = &text[a.span.end..b.span.start];
    shaped
        && (gap == ". " || (w.ends_with('.') && gap == " "))
        && country_code(w).is_none()
        && country_code(&format!("{letters}.")).is_none()
}

/// True when `t` is an initial with its stop (`b.` of `william b. evans`): the stop after it
/// ends no name.
/// Where the clause of a tag's name that starts at `from` ends, at most at `to`: the first stop,
/// semicolon or quote mark, looking past the stop of an initial or a title's abbreviation
/// (`said richard x. bove, an analyst`, `said dr. gordon plant`), which ends no clause. `toks` are
/// the words from `from` on.
pub(crate) fn clause_end(toks: &[Tok], text: &str, from: usize, to: usize) -> usize {
    let mut at = from;
    loop {
        let Some(i) = text[at..to].find(['.', ';', '"', '“', '”', '!', '?']) else {
            return to;
        };
        let stop = at + i;
        let abbreviation = text[stop..].starts_with('.')
            && toks
                .iter()
                .find(|t| t.span.end == stop || (t.span.start < stop && stop < t.span.end))
                .is_some_and(|t| is_initial(text, t) || title_abbreviation(t.text(text)));
        if !abbreviation {
            return stop;
        }
        at = stop + 1;
    }
}

/// A title written short (`dr`, `sen`, `gov`, `sgt`), whose stop ends no sentence: a title of up
/// to four letters that is no whole word (`sir`, `lady` are).
fn title_abbreviation(word: &str) -> bool {
    let l = word.trim_end_matches('.').to_lowercase();
    l.len() <= 4
        && (is_honorific(&l) || is_role_head(&l))
        && !matches!(l.as_str(), "miss" | "sir" | "lord" | "lady" | "dame")
}

fn is_initial(text: &str, t: &Tok) -> bool {
    let w = t.text(text);
    let letters = w.trim_end_matches('.');
    letters
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
        && (w.ends_with('.') || text[t.span.end..].starts_with('.'))
        && country_code(w).is_none()
        && country_code(&format!("{letters}.")).is_none()
}

/// A hyphenated given name of two short parts that are no words (`ki-moon`, `jong-un`): the
/// surname before it may be a word news writes in lower case (`ban ki-moon`, `moon jae-in`,
/// where a lone `ban` or `moon` names no one). Prefixes (`co-lead`, `ex-wife`, `op-ed`) are no
/// given names.
fn hyphenated_given_name(lower: &str) -> bool {
    let parts: Vec<&str> = lower.split('-').collect();
    parts.len() == 2
        && parts.iter().all(|p| {
            (2..=5).contains(&p.chars().count()) && p.chars().all(|c| c.is_ascii_lowercase())
        })
        && !is_common_word(parts[0])
        && !storyline_text::token::is_stopword(parts[0])
        && !is_word_prefix(parts[0])
}

/// A prefix English joins to a word with a hyphen (`co-author`, `ex-wife`, `op-ed`, `self-made`):
/// a word it opens is no name. A closed class.
fn is_word_prefix(lower: &str) -> bool {
    matches!(
        lower,
        "co" | "ex"
            | "op"
            | "re"
            | "un"
            | "de"
            | "pre"
            | "non"
            | "pro"
            | "mid"
            | "anti"
            | "semi"
            | "self"
            | "post"
            | "vice"
            | "step"
            | "half"
            | "full"
            | "well"
            | "e"
    )
}

/// A surname before a hyphenated given name (`ban` of `ban ki-moon`): a short word of letters
/// that is no stopword, title, pronoun, calendar or number word.
fn surname_before_given(word: &str) -> bool {
    let l = word.to_lowercase();
    (2..=6).contains(&l.chars().count()) && plain_word(&l)
}

/// Where the name ending at `toks[last]` (a name-shaped word) starts: back over name-shaped words
/// joined by single spaces and initials (`george h.w. bush`), up to `most` words besides the
/// initials, or a surname before a hyphenated given name (`ban ki-moon`). Returns the index of
/// its first token and the number of its words (initials not counted).
fn name_start(
    index: &MentionIndex,
    text: &str,
    toks: &[Tok],
    last: usize,
    most: usize,
) -> (usize, usize) {
    let mut first = last;
    let mut words = 1;
    while first > 0 && last - first < most + 2 {
        let (prev, cur) = (&toks[first - 1], &toks[first]);
        if initial_before(text, prev, cur) {
            first -= 1;
            continue;
        }
        if words >= most || !joined_by_space(text, prev.span, cur.span) {
            break;
        }
        if name_shaped(index, prev.text(text)) {
            first -= 1;
            words += 1;
            continue;
        }
        if first == last
            && hyphenated_given_name(&cur.text(text).to_lowercase())
            && surname_before_given(prev.text(text))
        {
            first -= 1;
            words += 1;
        }
        break;
    }
    (first, words)
}

/// The name opening `toks` (the words right after a speech verb, up to the clause's end at
/// `limit`): one to three name-shaped words (one that does not look plural) ending where the
/// clause does (`,` `.` `;` `who`, a word of when or where, or `limit`), after up to five words of a title phrase with no
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
            || (rest.starts_with('.') && !title_word(&lower) && !is_initial(text, t))
            || rest.strip_prefix(' ').is_some_and(|r| {
                // `said clifford kang when reached by telephone`, `said liz hart on monday`.
                let next = r.split_whitespace().next().unwrap_or("");
                next == "who" || next == "when" || super::when_or_where(next)
                    // `said unemployment expert lindsay lohan to a group of reporters`: whom
                    // the name spoke to.
                    || (next == "to" && k > 0)
                    // `said representative greg walden of oregon`: where a named person is from
                    // (after a common first name, so that `bank of america` stays whole).
                    || (next == "of"
                        && k > 0
                        && super::attribution::first_name_gender(
                            &toks[k - 1].text(text).to_lowercase(),
                        )
                        .is_some())
            });
        if !ends {
            if storyline_text::token::is_stopword(&lower) {
                return None;
            }
            continue;
        }
        if !name_shaped(index, t.text(text)) && !surname_after_first_name(text, toks, k) {
            return None;
        }
        // The name: the name-shaped words and initials ending here.
        let (first, words) = name_start(index, text, toks, k, 3);
        // After other words, a name follows a title (`dallas city manager mary suhm`), and a
        // one-word one a title proper (`according to new findings` names no one).
        let titled = first == 0 || {
            let before = toks[first - 1].text(text).to_lowercase();
            title_word(&before) || (words > 1 && is_common_word(&before))
        };
        let ok = (1..=3).contains(&words)
            && titled
            && !(words == 1 && first == k && plural_like(t.text(text)));
        return ok.then(|| {
            Span::new(
                toks[past_role_words(text, toks, first, k)].span.start,
                t.span.end,
            )
        });
    }
    None
}

/// The name ending `toks` (the words right before a speech verb): one to four name-shaped words
/// with nothing but a title or the clause's start before them (`spokesman john weeks said`;
/// `the report said`, `a local tv said`, `smith and jones said` name no one), and a one-word
/// name that does not look plural.
pub(crate) fn name_before(index: &MentionIndex, text: &str, toks: &[Tok]) -> Option<Span> {
    let last = toks.last()?;
    // `chief tom banks said`: a word news also writes in lower case after a common first name.
    if !name_shaped(index, last.text(text)) && !surname_after_first_name(text, toks, toks.len() - 1)
    {
        return None;
    }
    let (first, words) = name_start(index, text, toks, toks.len() - 1, 4);
    if words == 1 && first == toks.len() - 1 && plural_like(last.text(text)) {
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
    let first = past_role_words(text, toks, first, toks.len() - 1);
    Some(Span::new(toks[first].span.start, last.span.end))
}

/// Where a name read from `toks[first..=last]` starts once words naming what the person does are
/// left out: the name starts at a common first name after an occupation word (`graphic designer
/// susan schneider` → `susan schneider`, `texarkana firefighter josh moore`, `auctioneer paul
/// fairweather`) when two words or more are left. An occupation word is a word news writes in
/// lower case or has an agent ending (`-ist`, `-ian`, `-eer`, `-man`, or `-er` on a long word);
/// a given name (`werner michael bahlsen`) is neither, so the name stays whole. (`-er` and `-or`
/// count on long words only: `instructor`, not `taylor`.) After a word of seven letters or more
/// ending in `-ist`, `-ian` or `-eer`, the last two words are the name whatever the given name
/// (`population geneticist pontus skoglund` → `pontus skoglund`).
fn past_role_words(text: &str, toks: &[Tok], first: usize, last: usize) -> usize {
    let role = |t: &Tok| {
        let l = t.text(text).to_lowercase();
        super::attribution::first_name_gender(&l).is_none()
            && (is_common_word(&l)
                || ["ist", "ian", "eer", "man", "woman"]
                    .iter()
                    .any(|e| l.ends_with(e))
                || ((l.ends_with("er") || l.ends_with("or")) && l.chars().count() >= 7)
                || descriptor_noun(&l))
    };
    // `population geneticist pontus skoglund`: after a long word with an agent ending, two
    // words are a name even when the given name is not a common one.
    let agent = |t: &Tok| {
        let l = t.text(text).to_lowercase();
        l.chars().count() >= 7
            && ["ist", "ian", "eer"].iter().any(|e| l.ends_with(e))
            && super::attribution::first_name_gender(&l).is_none()
    };
    (first + 1..last)
        .find(|&i| {
            (super::attribution::first_name_gender(&toks[i].text(text).to_lowercase()).is_some()
                && role(&toks[i - 1]))
                || (last - i == 1 && agent(&toks[i - 1]) && !role(&toks[i]))
        })
        .unwrap_or(first)
}

/// A noun news writes before a celebrity's name to say what they are known as (`sicario star
/// emily blunt`, `actress jennifer lawrence`, `media mogul oprah winfrey`), which the word list
/// from TempEval's newswire leaves out: a closed class, and feminine agent nouns in `-ess`
/// (`actress`, `heiress`, `hostess`) of six letters or more.
pub(crate) fn descriptor_noun(lower: &str) -> bool {
    matches!(
        lower,
        "star"
            | "superstar"
            | "rapper"
            | "anchor"
            | "legend"
            | "mogul"
            | "icon"
            | "diva"
            | "heartthrob"
            | "alum"
            | "newcomer"
            | "starlet"
            | "crooner"
            | "songstress"
    ) || (lower.ends_with("ess") && lower.chars().count() >= 6)
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
            // Initials are capitals each (`h.w.` → `H.W.`).
            if w.contains('.') {
                return w.to_uppercase();
            }
            let mut cs = w.chars();
            cs.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(cs).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}
