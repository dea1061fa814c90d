//! Speakers the text describes but does not name: `Syrian military sources said …`, `said a senior
//! administration official`, `according to police and the company`.
//!
//! Most statements in news come from people or bodies the story never names (`officials`, `a
//! spokesman for the ministry`, `the head of a hospital in the militant-held east`). The quote
//! then has no speaker, but the words of its tag still tell the reader who speaks; they are shown
//! as they stand in the source (with their span), never turned into a name. A phrase is taken
//! only when it reads as one noun phrase: a few words joined by single spaces, with no pronoun,
//! relative word, auxiliary or punctuation inside (which would show a clause, not a subject), not
//! opening with a preposition or an adverb, and ending on a noun-like word.

use storyline_text::Span;

use crate::actors::lexicon::{is_calendar_word, is_number_word, is_pronoun};
use crate::actors::text::{Tok, joined_by_space};

use super::attribution::{in_phrase, is_aux_or_adverb, is_preposition, opens_subordinate_clause};

/// The most words a description may have (`the head of a hospital in the militant-held east` has
/// nine).
const MOST_WORDS: usize = 10;

/// The span of the description of a speaker that `toks` end with (see the module docs); `toks` run
/// from the clause's start to the speech verb (auxiliaries and adverbs before the verb left out),
/// and the description is their last run of words joined by single spaces, past a conjunction or
/// a word of time opening it (`…, and police said`, `yesterday historians said`).
pub(crate) fn described(text: &str, toks: &[Tok]) -> Option<Span> {
    // The subject is the run of words right before the verb: `…, and the agency said`.
    let run = toks
        .windows(2)
        .rposition(|w| !in_phrase(text, &w[0], &w[1]))
        .map_or(0, |i| i + 1);
    // A clause of time before the subject is no part of it (`days after a source said`, `… faces
    // charges after police said`), nor the words before `what` (`wounds caused by what activists
    // said was shelling`).
    let run = toks[run..]
        .iter()
        .rposition(|t| opens_subordinate_clause(&lower(text, t)))
        .map_or(run, |i| run + i + 1);
    let toks = &toks[run..];
    let skip = toks
        .iter()
        .take_while(|t| {
            let w = lower(text, t);
            matches!(w.as_str(), "and" | "but" | "or" | "so")
                || (super::when_or_where(&w) && !is_preposition(&w))
        })
        .count();
    let mut toks = &toks[skip..];
    // A participle closing the phrase belongs to what follows (`a new study published [in …]
    // says`), unless a determiner makes it the noun (`the accused`); an adverb closing it goes
    // with the verb (`police initially said`).
    while let [.., before, last] = toks
        && ((lower(text, last).ends_with("ed")
            && !matches!(lower(text, before).as_str(), "the" | "a" | "an"))
            || adverb_shaped(&lower(text, last)))
    {
        toks = &toks[..toks.len() - 1];
    }
    let (first, last) = (toks.first()?, toks.last()?);
    if toks.len() > MOST_WORDS {
        return None;
    }
    let first_word = lower(text, first);
    // A participle opens a clause, not a noun phrase (`speaking in a slow voice, he said`).
    if is_preposition(&first_word) || is_aux_or_adverb(&first_word) || first_word.ends_with("ing") {
        return None;
    }
    // `us` inside a phrase is the country a lower-cased text wrote small (`a us state
    // department official`); only at its end is it the pronoun (`some of us`).
    if toks.iter().enumerate().any(|(i, t)| {
        let w = lower(text, t);
        breaks_phrase(&w) && !(w == "us" && i + 1 < toks.len())
    }) {
        return None;
    }
    // A past verb with its object inside makes a clause (`tmz.com published an audiotape`).
    if toks.windows(2).any(|w| {
        lower(text, &w[0]).ends_with("ed")
            && matches!(
                lower(text, &w[1]).as_str(),
                "a" | "an" | "the" | "his" | "her" | "its" | "their"
            )
    }) {
        return None;
    }
    // Two participles joined by a conjunction make a clause (`a decade compiling and analyzing
    // about 300 studies`); one alone may be an adjective or a reduced clause of the phrase (`the
    // acting director`, `the museum overseeing the mausoleum`).
    let participle = |t: &Tok| {
        let w = lower(text, t);
        w.len() > 4 && w.ends_with("ing")
    };
    if toks.windows(3).any(|w| {
        participle(&w[0])
            && matches!(lower(text, &w[1]).as_str(), "and" | "or")
            && participle(&w[2])
    }) {
        return None;
    }
    let head = lower(text, last);
    let head_ok = head.chars().count() >= 2
        && head.chars().all(|c| c.is_alphabetic() || c == '-')
        && !storyline_text::token::is_stopword(&head)
        && !is_aux_or_adverb(&head)
        && !is_calendar_word(&head)
        && !is_number_word(&head)
        && !matches!(
            head.as_str(),
            "others"
                | "another"
                | "both"
                | "each"
                | "either"
                | "neither"
                | "none"
                | "several"
                | "many"
                | "most"
                | "few"
                | "everyone"
                | "someone"
                | "anyone"
                | "nobody"
                | "somebody"
                | "everybody"
        );
    head_ok.then(|| Span::new(first.span.start, last.span.end))
}

/// The description right after a speech verb or `according to`, from `after` to at most `limit`
/// (`said a senior administration official in a statement` → `a senior administration
/// official`): after a verb it opens with a determiner or a number; it ends before the first word that starts a new part of the
/// sentence (a preposition of time or place, a relative word, `told`, `to`, another verb of
/// speech) or any punctuation.
pub(crate) fn described_after(
    text: &str,
    toks: &[Tok],
    limit: usize,
    after_according_to: bool,
) -> Option<Span> {
    let first = toks.first()?;
    if !text[..first.span.start].ends_with(' ') {
        return None;
    }
    let opener = lower(text, first);
    // `according to after their wedding …` (scraped text run together) describes no one.
    if is_preposition(&opener) || super::when_or_where(&opener) {
        return None;
    }
    // After `according to` only a noun phrase can follow (`according to police`); after a verb
    // the phrase must open like one.
    let opens_phrase = matches!(
        opener.as_str(),
        "a" | "an" | "the" | "one" | "another" | "several" | "some" | "many" | "multiple"
    ) || is_number_word(&opener);
    if !(after_according_to || opens_phrase) {
        return None;
    }
    let mut n = 1;
    while n < toks.len() && n <= MOST_WORDS && toks[n].span.end <= limit {
        if !joined_by_space(text, toks[n - 1].span, toks[n].span) {
            break;
        }
        let w = lower(text, &toks[n]);
        if ends_phrase_after_verb(&w) {
            break;
        }
        n += 1;
    }
    // The phrase must end where a clause may: at punctuation, the limit or an ending word.
    let end = toks[n - 1].span.end;
    let rest = text[end..limit.max(end)].trim_start();
    let closed = rest.is_empty()
        || rest.starts_with([',', '.', ';', ':', '?', '!', '"', '“', '”', ')'])
        || n < toks.len() && toks[n].span.end <= limit;
    if (n < 2 && !after_according_to) || !closed {
        return None;
    }
    described(text, &toks[..n])
}

/// Words that show a clause inside what should be one noun phrase: personal pronouns, relative
/// and subordinating words, auxiliaries and the speech verbs themselves.
fn breaks_phrase(w: &str) -> bool {
    // A possessive opens a noun phrase (`her family`, `its spokesman`); other pronouns do not.
    (is_pronoun(w) && !matches!(w, "his" | "her" | "its" | "their" | "our" | "my"))
        || matches!(
            w,
            "him"
                | "them"
                | "us"
                | "me"
                | "who"
                | "whom"
                | "which"
                | "there"
                | "here"
                | "when"
                | "where"
                | "if"
                | "because"
                | "while"
                | "although"
                | "though"
                | "whether"
                | "as"
                | "since"
                | "until"
                | "unless"
                | "than"
                | "is"
                | "was"
                | "were"
                | "are"
                | "be"
                | "been"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "could"
                | "can"
                | "should"
                | "may"
                | "might"
                | "must"
                | "do"
                | "did"
                | "does"
                | "not"
        )
        || super::speech_verb(w).is_some()
}

/// Words after a speech verb that end the speaker's description (`said a spokesman in a
/// statement`, `said the official, who …`, `said one resident told …`).
fn ends_phrase_after_verb(w: &str) -> bool {
    super::when_or_where(w)
        || breaks_phrase(w)
        || matches!(
            w,
            "told" | "to" | "and" | "but" | "by" | "from" | "about" | "over"
        )
}

/// An adverb by its ending (`initially`, `reportedly`, `previously`), long enough that nouns in
/// `-ly` (`family`, `ally`, `assembly`) are not taken for one.
pub(crate) fn adverb_shaped(w: &str) -> bool {
    w.len() >= 6
        && [
            "ally", "ntly", "edly", "ately", "ously", "ively", "ssly", "ully", "rly", "ely",
            "enly", "ckly", "etly",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

fn lower(text: &str, t: &Tok) -> String {
    t.text(text).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::text::tokens;

    fn before(s: &str) -> Option<&str> {
        let toks = tokens(s, Span::new(0, s.len()));
        described(s, &toks).map(|sp| &s[sp.range()])
    }

    fn after(s: &str) -> Option<&str> {
        // `s` starts right after the verb, with its space.
        let toks = tokens(s, Span::new(0, s.len()));
        described_after(s, &toks, s.len(), false).map(|sp| &s[sp.range()])
    }

    #[test]
    fn a_noun_phrase_before_the_verb_describes_the_speaker() {
        assert_eq!(
            before("the head of a hospital in the militant-held east"),
            Some("the head of a hospital in the militant-held east")
        );
        assert_eq!(
            before("Syrian military sources"),
            Some("Syrian military sources")
        );
        assert_eq!(before("and activists"), Some("activists"));
        assert_eq!(
            before("the imagery showed the roads, and the agency"),
            Some("the agency")
        );
        assert_eq!(before("a local tv"), Some("a local tv"));
        assert_eq!(
            before("laurie kellogg's defense"),
            Some("laurie kellogg's defense")
        );
        assert_eq!(before("yesterday historians"), Some("historians"));
        assert_eq!(before("a new study published"), Some("a new study"));
        assert_eq!(before("the accused"), Some("the accused"));
        assert_eq!(before("police initially"), Some("police"));
        assert_eq!(before("her family"), Some("her family"));
        assert_eq!(before("speaking in a slow"), None);
    }

    #[test]
    fn a_clause_of_time_before_the_subject_is_left_out() {
        assert_eq!(before("days after a source"), Some("a source"));
        assert_eq!(
            before("after a decade compiling and analyzing about 300 studies"),
            None
        );
        assert_eq!(
            before("after what university officials"),
            Some("university officials")
        );
        assert_eq!(before("a woman faces charges after police"), Some("police"));
    }

    #[test]
    fn a_clause_or_an_empty_word_before_the_verb_describes_no_one() {
        assert_eq!(before("the people we talked to"), None);
        assert_eq!(before("on tuesday the ministry"), None);
        assert_eq!(before("others"), None);
        assert_eq!(before("another"), None);
        assert_eq!(before("the official who spoke"), None);
        assert_eq!(before("last year"), None);
    }

    #[test]
    fn a_phrase_after_the_verb_opening_with_a_determiner_describes_the_speaker() {
        assert_eq!(
            after(" a senior administration official in a statement."),
            Some("a senior administration official")
        );
        assert_eq!(after(" one resident."), Some("one resident"));
        assert_eq!(
            after(" three taliban commanders, who asked not to be named"),
            Some("three taliban commanders")
        );
        assert_eq!(after(" in a statement."), None);
        assert_eq!(after(" on monday."), None);
        assert_eq!(after(" the."), None);
    }
}
