//! Opposing attributions of responsibility: `A blames B` against `B denies` or `B blames A`.

use std::collections::BTreeMap;

use storyline_text::Span;

use super::{claim, event_of};
use crate::actors::lexicon::{country_code, country_name, demonym_code, government_metonym};
use crate::actors::text::{Tok, strip_possessive, tokens};
use crate::model::{Actor, Claim, Contradiction, Story};
use crate::quotes::attribution::{DocCtx, MentionIndex, Subject};

/// A party to a dispute: a country code or an actor that maps to none.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Party {
    Country(&'static str),
    Actor(usize),
}

#[derive(Clone, Debug)]
enum Stance {
    Blames {
        agent: Party,
        targets: Vec<Party>,
    },
    /// `they blamed … on each other`: one sentence states both sides, and is one claim.
    Mutual {
        a: Party,
        b: Party,
    },
    Denies {
        party: Party,
    },
}

#[derive(Clone, Debug)]
struct Found {
    event: &'static str,
    stance: Stance,
    claim: Claim,
}

/// The country (or the actor itself) an actor speaks or acts for.
fn party_of(actors: &[Actor], a: usize) -> Option<Party> {
    let actor = &actors[a];
    let from_words = |s: &str| -> Option<&'static str> {
        s.split_whitespace().find_map(|w| {
            let w = w
                .trim_end_matches(['’', '\''])
                .trim_end_matches("’s")
                .trim_end_matches("'s");
            demonym_code(w).or_else(|| country_code(w))
        })
    };
    match actor.kind.as_str() {
        "country" => actor
            .aliases
            .iter()
            .find_map(|al| country_code(al))
            .map(Party::Country),
        "person" => actor
            .roles
            .iter()
            .find_map(|r| from_words(r))
            .map(Party::Country),
        "organization" => government_metonym(&actor.name)
            .or_else(|| {
                actor
                    .name
                    .split_whitespace()
                    .next()
                    .and_then(|w| demonym_code(w).or_else(|| country_code(w)))
            })
            .map(Party::Country)
            .or(Some(Party::Actor(a))),
        "place" => government_metonym(&actor.name).map(Party::Country),
        _ => None,
    }
}

fn party_name(actors: &[Actor], p: &Party) -> String {
    match p {
        Party::Country(code) => actors
            .iter()
            .find(|a| {
                a.kind == "country" && a.aliases.iter().any(|al| country_code(al) == Some(code))
            })
            .map(|a| a.name.clone())
            .or_else(|| country_name(code).map(str::to_string))
            .unwrap_or_else(|| (*code).to_string()),
        Party::Actor(a) => actors[*a].name.clone(),
    }
}

/// Parties of the actors mentioned in `span` of document `doc`.
fn parties_in(ctx: &DocCtx<'_>, span: Span) -> Vec<Party> {
    let mut out = Vec::new();
    for (_, a) in ctx.mentions.within(ctx.index, span) {
        if let Some(p) = party_of(ctx.actors, a)
            && !out.contains(&p)
        {
            out.push(p);
        }
    }
    out
}

/// Blame and denial statements of one sentence.
fn stances(ctx: &DocCtx<'_>, si: usize) -> Vec<Stance> {
    let doc = ctx.doc;
    let text = doc.article.text.as_str();
    let sentence = doc.sentences[si].span;
    let toks = tokens(text, sentence);
    let lower: Vec<String> = toks.iter().map(|t| t.text(text).to_lowercase()).collect();
    let mut out = Vec::new();
    let agent_at = |k: usize| -> Option<Party> {
        match ctx.subject_before(sentence.start, toks[k].span.start) {
            Subject::Actor(a) => party_of(ctx.actors, a),
            _ => None,
        }
    };
    // The object window after toks[k]: up to a stop word, punctuation or eight words.
    let window = |from: usize, stops: &[&str]| -> Span {
        let start = toks.get(from).map_or(sentence.end, |t| t.span.start);
        let mut end = start;
        for (j, t) in toks.iter().enumerate().skip(from).take(8) {
            if stops.contains(&lower[j].as_str())
                || (j > from && text[toks[j - 1].span.end..t.span.start].contains([',', ';', '.']))
            {
                break;
            }
            end = t.span.end;
        }
        Span::new(start, end)
    };
    for k in 0..toks.len() {
        let w = lower[k].as_str();
        match w {
            "blamed" | "blames" | "blame" | "blaming" => {
                let laid = k >= 1
                    && (matches!(lower[k - 1].as_str(), "the" | "its")
                        && k >= 2
                        && matches!(
                            lower[k - 2].as_str(),
                            "laid" | "put" | "placed" | "pinned" | "shifted" | "lays" | "puts"
                        ));
                let verb_at = if laid { k - 2 } else { k };
                if !laid
                    && k > 0
                    && matches!(
                        lower[k - 1].as_str(),
                        "to" | "the" | "a" | "was" | "were" | "is" | "be"
                    )
                {
                    continue;
                }
                let on = lower[k + 1..]
                    .iter()
                    .take(10)
                    .position(|x| x == "on")
                    .map(|p| k + 1 + p);
                let each_other = on.is_some_and(|o| {
                    lower.get(o + 1).is_some_and(|x| x == "each")
                        && lower.get(o + 2).is_some_and(|x| x == "other")
                }) || (lower.get(k + 1).is_some_and(|x| x == "each")
                    && lower.get(k + 2).is_some_and(|x| x == "other"));
                if each_other {
                    if let [a, b] = mutual_parties(ctx, si, &toks, verb_at).as_slice() {
                        out.push(Stance::Mutual {
                            a: a.clone(),
                            b: b.clone(),
                        });
                    }
                    continue;
                }
                let Some(agent) = agent_at(verb_at) else {
                    continue;
                };
                let targets = match on {
                    Some(o) if laid || o > k + 1 => {
                        parties_in(ctx, window(o + 1, &["for", "of", "that"]))
                    }
                    _ if laid => Vec::new(),
                    _ => parties_in(ctx, window(k + 1, &["for", "over", "of", "that"])),
                };
                push_blame(&mut out, agent, targets);
            }
            "accused" | "accuses" | "accusing" => {
                if let Some(agent) = agent_at(k) {
                    let targets = parties_in(ctx, window(k + 1, &["of", "for"]));
                    push_blame(&mut out, agent, targets);
                }
            }
            "pointed" | "points" | "pointing"
                if lower[k + 1..]
                    .iter()
                    .take(3)
                    .any(|x| x.starts_with("finger")) =>
            {
                if let Some(at) = lower[k + 1..].iter().take(5).position(|x| x == "at")
                    && let Some(agent) = agent_at(k)
                {
                    let targets = parties_in(ctx, window(k + 2 + at, &["for", "over"]));
                    push_blame(&mut out, agent, targets);
                }
            }
            "held" | "holds" | "holding"
                if lower[k + 1..].iter().take(5).any(|x| x == "responsible") =>
            {
                if let Some(agent) = agent_at(k) {
                    let targets = parties_in(ctx, window(k + 1, &["responsible"]));
                    push_blame(&mut out, agent, targets);
                }
            }
            "denied" | "denies" | "rejected" | "rejects" => {
                let object_ok = w.starts_with("denie")
                    || lower[k + 1..].iter().take(3).any(|x| {
                        matches!(
                            x.as_str(),
                            "accusations" | "allegations" | "claims" | "charges" | "blame"
                        )
                    });
                if object_ok && let Some(party) = agent_at(k) {
                    out.push(Stance::Denies { party });
                }
            }
            "not" => {
                let next = lower.get(k + 1).map_or("", String::as_str);
                let copula = k >= 1
                    && matches!(
                        lower[k - 1].as_str(),
                        "was" | "were" | "is" | "are" | "been"
                    );
                if copula && matches!(next, "involved" | "responsible" | "behind" | "guilty") {
                    let mut v = k - 1;
                    if v >= 1 && matches!(lower[v - 1].as_str(), "had" | "has" | "have") {
                        v -= 1;
                    }
                    if let Some(party) = agent_at(v) {
                        out.push(Stance::Denies { party });
                    }
                }
            }
            "nothing"
                if lower.get(k + 1).is_some_and(|x| x == "to")
                    && lower.get(k + 2).is_some_and(|x| x == "do")
                    && k >= 1
                    && matches!(lower[k - 1].as_str(), "had" | "has" | "have") =>
            {
                if let Some(party) = agent_at(k - 1) {
                    out.push(Stance::Denies { party });
                }
            }
            _ => {}
        }
    }
    out
}

fn push_blame(out: &mut Vec<Stance>, agent: Party, targets: Vec<Party>) {
    let targets: Vec<Party> = targets.into_iter().filter(|t| *t != agent).collect();
    if !targets.is_empty() {
        out.push(Stance::Blames { agent, targets });
    }
}

/// `they blamed … on each other`: the two parties named together (`Russia and the US`) in this
/// sentence before the verb or in the previous sentence.
fn mutual_parties(ctx: &DocCtx<'_>, si: usize, toks: &[Tok], verb: usize) -> Vec<Party> {
    let doc = ctx.doc;
    let text = doc.article.text.as_str();
    let here = Span::new(doc.sentences[si].span.start, toks[verb].span.start);
    let mut spans = vec![here];
    if si > 0 {
        spans.push(doc.sentences[si - 1].span);
    }
    for span in spans {
        let ms: Vec<(Span, usize)> = ctx.mentions.within(ctx.index, span).collect();
        for pair in ms.windows(2) {
            let between = strip_possessive(text, Span::new(pair[0].0.end, pair[1].0.start));
            let gap = between.slice(text).trim().trim_start_matches(['’', '\'']);
            let gap = gap.trim_start_matches('s').trim();
            if gap == "and" || gap == "and the" {
                let a = party_of(ctx.actors, pair[0].1);
                let b = party_of(ctx.actors, pair[1].1);
                if let (Some(a), Some(b)) = (a, b)
                    && a != b
                {
                    return vec![a, b];
                }
            }
        }
    }
    Vec::new()
}

/// Blame conflicts of the story.
pub fn conflicts(story: &Story, actors: &[Actor], index: &MentionIndex) -> Vec<Contradiction> {
    let mut found: Vec<Found> = Vec::new();
    for (d, doc) in story.documents.iter().enumerate() {
        if !story.kept.get(d).copied().unwrap_or(true) {
            continue;
        }
        let ctx = DocCtx {
            doc,
            index: d,
            mentions: index,
            actors,
        };
        for si in 0..doc.sentences.len() {
            let st = stances(&ctx, si);
            if st.is_empty() {
                continue;
            }
            let Some(event) = event_of(doc, si) else {
                continue;
            };
            for stance in st {
                let value = match &stance {
                    Stance::Blames { agent, targets } => format!(
                        "{} blames {}",
                        party_name(actors, agent),
                        targets
                            .iter()
                            .map(|t| party_name(actors, t))
                            .collect::<Vec<_>>()
                            .join(" and ")
                    ),
                    Stance::Mutual { a, b } => format!(
                        "{} and {} blame each other",
                        party_name(actors, a),
                        party_name(actors, b)
                    ),
                    Stance::Denies { party } => {
                        format!("{} denies responsibility", party_name(actors, party))
                    }
                };
                found.push(Found {
                    event,
                    claim: claim(doc, doc.sentences[si].span, value),
                    stance,
                });
            }
        }
    }
    let mut by_event: BTreeMap<&'static str, Vec<Found>> = BTreeMap::new();
    for f in found {
        by_event.entry(f.event).or_default().push(f);
    }
    let mut out = Vec::new();
    for (event, items) in by_event {
        let blames = |a: &Party, t: &Party| {
            items.iter().any(|f| match &f.stance {
                Stance::Blames { agent, targets } => agent == a && targets.contains(t),
                Stance::Mutual { a: x, b: y } => (x == a && y == t) || (x == t && y == a),
                Stance::Denies { .. } => false,
            })
        };
        let denies = |p: &Party| {
            items
                .iter()
                .any(|f| matches!(&f.stance, Stance::Denies { party } if party == p))
        };
        // Parties in conflict: blamed by someone and denying it or blaming back.
        let mut involved: Vec<Party> = Vec::new();
        for f in &items {
            let pairs: Vec<(&Party, &Party)> = match &f.stance {
                Stance::Blames { agent, targets } => targets.iter().map(|t| (agent, t)).collect(),
                Stance::Mutual { a, b } => vec![(a, b)],
                Stance::Denies { .. } => Vec::new(),
            };
            for (agent, t) in pairs {
                if denies(t) || blames(t, agent) {
                    for p in [agent, t] {
                        if !involved.contains(p) {
                            involved.push(p.clone());
                        }
                    }
                }
            }
        }
        if involved.is_empty() {
            continue;
        }
        let mut claims: Vec<Claim> = Vec::new();
        for f in &items {
            let relevant = match &f.stance {
                Stance::Blames { agent, targets } => {
                    involved.contains(agent) && targets.iter().any(|t| involved.contains(t))
                }
                Stance::Mutual { a, b } => involved.contains(a) && involved.contains(b),
                Stance::Denies { party } => involved.contains(party),
            };
            if relevant
                && !claims
                    .iter()
                    .any(|c| c.span == f.claim.span && c.value == f.claim.value)
            {
                claims.push(f.claim.clone());
            }
        }
        claims.sort_by(|a, b| {
            (a.source, a.span.start, &a.value).cmp(&(b.source, b.span.start, &b.value))
        });
        // One sentence saying both blame each other is a disagreement on its own.
        let mutual = items
            .iter()
            .any(|f| matches!(f.stance, Stance::Mutual { .. }));
        if claims.len() >= 2 || mutual {
            out.push(Contradiction {
                kind: "blame".into(),
                topic: format!("who is to blame for {event}"),
                claims,
            });
        }
    }
    out
}
