//! Where sources differ: the same quantity reported with different values, the same event given
//! different dates (from the timeline stage), and opposing attributions of responsibility.
//!
//! # Method
//! Precision comes first: a false contradiction costs more trust than a missed one, so every check
//! asks for the same event on both sides and for values or parties that cannot both hold.
//!
//! - **Event**: a sentence is tied to an event by a specific event noun (`convoy`, `truce`/`ceasefire`,
//!   `massacre`, `coup`...) in the sentence itself or, failing that, in the sentences before it in
//!   its paragraph and the paragraph before (a generic `attack`/`incident` then refers back to it).
//! - **Blame** ([`blame`]): `A blamed B (for …)`, `A blamed … on B`, `A accused B of`, `A pointed
//!   fingers at B`, `A laid the blame on B`, `A held B responsible`, and `they blamed … on each other`;
//!   denials `A denied …`, `A was not involved / not responsible / had nothing to do with`. Agents and
//!   targets are actors (subjects resolved as for quotes), mapped to parties: a country, the country
//!   in a person's role (`Russian Foreign Minister`), a demonym-prefixed organisation (`Russian Air
//!   Force`), or a seat of government (`the White House`, `Moscow`). A conflict is flagged for an
//!   event when one party is blamed by another and either denies it or blames the other back.
//!   `They blamed … on each other` is one claim (`A and B blame each other`), never one sentence
//!   cited on both sides; on its own it is a disagreement already.
//! - **Quantity** ([`quantity`]): `N <people|troops|…> (were) killed|wounded|…` and `killing N
//!   <people|…>`, keyed by event (an event noun, else the place named in the sentence), count noun
//!   class and outcome. Values with qualifiers are ranges
//!   (`at least 60` is `60..`, `nearly 100` is `..100`); two sources conflict only when their ranges
//!   cannot overlap, their sentences name the same places (a country after its place, `Nairobi,
//!   Kenya`, does not count: `killed 257 in Nairobi and Dar es Salaam` is no rival of `killed 253
//!   in Nairobi`), and they were not published on different days (a toll that grows from report
//!   to report is an update, not a disagreement).
//! - **Dates** come from [`crate::timeline::date_conflicts`] (the timeline stage owns them).

pub mod blame;
pub mod quantity;

use storyline_text::Span;

use crate::model::{Actor, CitedSpan, Claim, Contradiction, Document, Story};
use crate::quotes::attribution::MentionIndex;

/// Disagreements between or within sources: blame first, then quantities, then dates.
pub fn contradictions(story: &Story, actors: &[Actor]) -> Vec<Contradiction> {
    contradictions_with(story, actors, &MentionIndex::new(story, actors))
}

/// [`contradictions`] over the actors' mentions already indexed (the engine indexes them once
/// for quotes and contradictions).
pub fn contradictions_with(
    story: &Story,
    actors: &[Actor],
    index: &MentionIndex,
) -> Vec<Contradiction> {
    let mut out = blame::conflicts(story, actors, index);
    out.extend(quantity::conflicts(story, actors, index));
    out.extend(crate::timeline::date_conflicts_with(story, index));
    out
}

/// A claim citing a whole sentence of a document.
pub(crate) fn claim(doc: &Document, sentence: Span, value: String) -> Claim {
    let source = doc.id().0 + 1;
    Claim {
        value,
        text: doc.slice(sentence).to_string(),
        source,
        span: CitedSpan {
            source,
            start: sentence.start,
            end: sentence.end,
        },
    }
}

/// Specific event nouns and the label they give (`convoy` → `the aid convoy`).
fn event_label(word: &str) -> Option<&'static str> {
    Some(match word {
        "convoy" | "convoys" => "the aid convoy",
        "truce" | "ceasefire" | "cease-fire" | "armistice" => "the truce",
        "massacre" => "the massacre",
        "explosion" | "explosions" | "blast" => "the explosion",
        "crash" => "the crash",
        "shooting" => "the shooting",
        "coup" => "the coup",
        "poisoning" => "the poisoning",
        "hack" | "hacking" => "the hacking",
        "downing" => "the downing",
        "chemical" => "the chemical attack",
        "election" | "elections" => "the election",
        _ => return None,
    })
}

/// The event a sentence is about: a specific event noun in it, else the nearest one before it in
/// its paragraph or the previous one.
pub(crate) fn event_of(doc: &Document, sentence_ix: usize) -> Option<&'static str> {
    let text = doc.article.text.as_str();
    let find = |span: Span| -> Option<&'static str> {
        let s = span.slice(text).to_lowercase();
        if s.contains("cease fire") || s.contains("cessation of hostilities") {
            return Some("the truce");
        }
        s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .find_map(event_label)
    };
    let here = &doc.sentences[sentence_ix];
    if let Some(e) = find(here.span) {
        return Some(e);
    }
    let blocks: Vec<u32> = {
        let mut b: Vec<u32> = doc.sentences.iter().map(|s| s.block).collect();
        b.dedup();
        b
    };
    let bpos = blocks.iter().position(|b| *b == here.block).unwrap_or(0);
    let allowed: Vec<u32> = blocks[bpos.saturating_sub(1)..=bpos].to_vec();
    doc.sentences[..sentence_ix]
        .iter()
        .rev()
        .take_while(|s| allowed.contains(&s.block))
        .find_map(|s| find(s.span))
}
