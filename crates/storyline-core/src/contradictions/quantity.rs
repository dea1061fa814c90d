//! The same count reported with values that cannot both hold.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::Regex;
use storyline_text::Span;

use super::{claim, event_of};
use crate::model::{Actor, Claim, Contradiction, Story};
use crate::quotes::attribution::MentionIndex;

/// A reported count: its range and what it counts.
#[derive(Clone, Debug, PartialEq)]
struct Count {
    low: f64,
    high: f64,
    noun: &'static str,
    outcome: &'static str,
    shown: String,
}

const NUM: &str = r"(?P<qual>at least|more than|over|nearly|almost|about|around|up to|some|roughly|approximately)?\s*(?P<num>\d[\d,]*(?:\.\d+)?(?:\s+(?:million|thousand))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)";
const NOUN: &str = r"(?P<noun>(?:[a-z-]+\s+)?(?:people|persons|civilians|soldiers|troops|servicemen|children|fighters|militants|rebels|policemen|police officers|officers|workers|passengers|residents|refugees|lives|migrants|protesters|demonstrators))";

fn patterns() -> &'static [Regex; 2] {
    static P: OnceLock<[Regex; 2]> = OnceLock::new();
    P.get_or_init(|| {
        [
            // `91 people had been killed`, `at least 60 soldiers were wounded`
            Regex::new(&format!(
                r"(?i)\b{NUM}\s+{NOUN}\s+(?:(?:were|have been|had been|was|are|got|being)\s+)?(?P<out>killed|dead|died|wounded|injured|hurt|missing|displaced|arrested|detained)\b"
            ))
            .expect("static regex"),
            // `killing 83 troops`, `claimed more than 240,000 lives`
            Regex::new(&format!(
                r"(?i)\b(?P<out>killing|killed|wounding|wounded|injuring|injured|claimed|claiming|left)\s+{NUM}\s+{NOUN}"
            ))
            .expect("static regex"),
        ]
    })
}

fn number(s: &str) -> Option<f64> {
    let s = s.to_lowercase();
    let (digits, mult) = if let Some(d) = s.strip_suffix("million") {
        (d.trim().to_string(), 1e6)
    } else if let Some(d) = s.strip_suffix("thousand") {
        (d.trim().to_string(), 1e3)
    } else {
        (s.clone(), 1.0)
    };
    let v = match digits.as_str() {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "fifteen" => 15.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "hundred" => 100.0,
        d => d.replace(',', "").parse().ok()?,
    };
    Some(v * mult)
}

fn noun_class(noun: &str) -> &'static str {
    let last = noun.split_whitespace().last().unwrap_or("");
    match last {
        "soldiers" | "troops" | "servicemen" => "soldiers",
        "civilians" => "civilians",
        "children" => "children",
        "fighters" | "militants" | "rebels" => "fighters",
        "policemen" | "officers" => "police",
        "passengers" => "passengers",
        "refugees" | "migrants" => "refugees",
        "protesters" | "demonstrators" => "protesters",
        _ => "people",
    }
}

fn outcome_class(w: &str) -> &'static str {
    match w.to_lowercase().as_str() {
        "killed" | "killing" | "dead" | "died" | "claimed" | "claiming" => "killed",
        "wounded" | "wounding" | "injured" | "injuring" | "hurt" => "wounded",
        "missing" => "missing",
        "displaced" => "displaced",
        "arrested" | "detained" => "detained",
        _ => "left",
    }
}

fn counts(text: &str) -> Vec<Count> {
    let mut out = Vec::new();
    for re in patterns() {
        for c in re.captures_iter(text) {
            let (Some(num), Some(noun), Some(o)) = (c.name("num"), c.name("noun"), c.name("out"))
            else {
                continue;
            };
            let Some(v) = number(num.as_str()) else {
                continue;
            };
            let outcome = outcome_class(o.as_str());
            if outcome == "left" {
                continue;
            }
            let (low, high) = match c.name("qual").map(|q| q.as_str().to_lowercase()).as_deref() {
                Some("at least" | "more than" | "over") => (v, f64::INFINITY),
                Some("nearly" | "almost" | "up to") => (0.0, v),
                Some("about" | "around" | "some" | "roughly" | "approximately") => {
                    (v * 0.85, v * 1.15)
                }
                _ => (v, v),
            };
            out.push(Count {
                low,
                high,
                noun: noun_class(noun.as_str()),
                outcome,
                shown: c.get(0).map_or("", |m| m.as_str()).to_string(),
            });
        }
    }
    out
}

/// (event, counted noun class, outcome).
type GroupKey = (String, &'static str, &'static str);

/// Where and when a count was reported: the places and countries its sentence names (actor
/// indices, sorted), and its source's publication day when known to the day.
#[derive(Clone, Debug, PartialEq)]
struct Scope {
    places: Vec<usize>,
    day: Option<String>,
}

impl Scope {
    /// True when two counts of one event may be compared: their sentences name the same places
    /// (`killed 257 in Nairobi and Dar es Salaam` counts more than `killed 253 in Nairobi`), and
    /// their sources were not published on different days (a toll reported on the day of a
    /// bombing and a week later is an update, not a disagreement).
    fn comparable(&self, other: &Scope) -> bool {
        self.places == other.places
            && match (&self.day, &other.day) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    }
}

/// The places and countries a sentence names, as sorted actor indices; a country written after a
/// place (`Nairobi, Kenya`) only says where that place is and is left out, so `in Kandahar,
/// Afghanistan` and `in Kandahar` name the same places.
fn places_named(
    text: &str,
    index: &MentionIndex,
    actors: &[Actor],
    doc: usize,
    sentence: Span,
) -> Vec<usize> {
    let mut mentions: Vec<(Span, usize)> = index
        .within(doc, sentence)
        .filter(|(_, a)| matches!(actors[*a].kind.as_str(), "place" | "country"))
        .collect();
    mentions.sort_by_key(|(span, _)| span.start);
    let mut out: Vec<usize> = Vec::new();
    for (k, &(span, a)) in mentions.iter().enumerate() {
        let apposed = actors[a].kind == "country"
            && k > 0
            && actors[mentions[k - 1].1].kind == "place"
            && text
                .get(mentions[k - 1].0.end..span.start)
                .is_some_and(|gap| gap.trim() == ",");
        if !apposed {
            out.push(a);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Quantity conflicts of the story: per (event, counted noun, outcome), values from different
/// sources whose ranges do not overlap, for the same places and the same publication day.
pub fn conflicts(story: &Story, actors: &[Actor], index: &MentionIndex) -> Vec<Contradiction> {
    let mut groups: BTreeMap<GroupKey, Vec<(Count, Scope, Claim)>> = BTreeMap::new();
    for (d, doc) in story.documents.iter().enumerate() {
        if !story.kept.get(d).copied().unwrap_or(true) {
            continue;
        }
        let day = doc
            .published
            .date
            .as_ref()
            .filter(|d| d.len() == "2016-09-23".len())
            .cloned();
        for (si, s) in doc.sentences.iter().enumerate() {
            let found = counts(doc.slice(s.span));
            if found.is_empty() {
                continue;
            }
            // The event: a specific event noun, else the place named in the sentence (`a bus
            // bombing in Kandahar`), never the country of the whole story.
            let place = index
                .within(d, s.span)
                .find(|(_, a)| actors[*a].kind == "place")
                .map(|(_, a)| actors[a].name.as_str());
            let event: String = match (event_of(doc, si), place) {
                (Some(e), _) => e.to_string(),
                (None, Some(p)) => format!("events in {p}"),
                (None, None) => continue,
            };
            let places = places_named(doc.article.text.as_str(), index, actors, d, s.span);
            let scope = Scope {
                places,
                day: day.clone(),
            };
            for c in found {
                let value = c.shown.clone();
                groups
                    .entry((event.clone(), c.noun, c.outcome))
                    .or_default()
                    .push((
                        c,
                        scope.clone(),
                        claim(doc, Span::new(s.span.start, s.span.end), value),
                    ));
            }
        }
    }
    let mut out = Vec::new();
    for ((event, noun, outcome), items) in groups {
        let mut claims: Vec<Claim> = Vec::new();
        for (i, (a, sa, ca)) in items.iter().enumerate() {
            for (b, sb, cb) in &items[i + 1..] {
                let disjoint = a.high < b.low || b.high < a.low;
                if ca.source != cb.source && disjoint && sa.comparable(sb) {
                    for c in [ca, cb] {
                        if !claims.contains(c) {
                            claims.push(c.clone());
                        }
                    }
                }
            }
        }
        if claims.len() >= 2 {
            claims.sort_by_key(|c| (c.source, c.span.start));
            out.push(Contradiction {
                kind: "quantity".into(),
                topic: format!("{noun} {outcome} in {event}"),
                claims,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_numbers_qualifiers_and_classes() {
        let c = counts(
            "The strike hit the base, killing 83 troops, and at least 12 civilians were wounded.",
        );
        assert_eq!(c.len(), 2);
        assert_eq!(
            (c[0].low, c[0].noun, c[0].outcome),
            (12.0, "civilians", "wounded")
        );
        assert!(c[0].high.is_infinite());
        assert_eq!((c[1].low, c[1].high, c[1].noun), (83.0, 83.0, "soldiers"));
        let c = counts("The war has claimed more than 240,000 lives.");
        assert_eq!((c[0].low, c[0].outcome), (240_000.0, "killed"));
    }
}
