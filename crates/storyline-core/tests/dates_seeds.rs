//! Whole-pipeline checks of publication dates, the timeline and date contradictions on the example
//! story (`examples/lavrov-kerry-syria`): real scraped pages with crawl stamps, a date line, and
//! articles that give no year at all.

use storyline_core::dates::refine_with_story;
use storyline_core::model::{Article, ArticleId, DateSource, Document, Origin, Story};
use storyline_core::timeline::{date_conflicts, timeline};
use storyline_core::{Engine, EngineConfig};

fn seeds() -> Vec<Article> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/lavrov-kerry-syria"
    );
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("example story present")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .enumerate()
        .map(|(i, p)| Article {
            id: ArticleId(i as u32),
            origin: Origin {
                path: Some(p.display().to_string()),
                url: None,
            },
            text: std::fs::read_to_string(p).unwrap(),
            ..Article::default()
        })
        .collect()
}

fn documents() -> Vec<Document> {
    let engine = Engine::new(EngineConfig::default()).unwrap();
    let mut docs = engine.prepare(seeds());
    refine_with_story(&mut docs);
    docs
}

/// Every document kept, one candidate per sentence: the timeline checks do not depend on the
/// off-topic and dedupe stages.
fn story(docs: Vec<Document>) -> Story {
    let engine = Engine::new(EngineConfig::default()).unwrap();
    let (mut story, _) = engine.story(docs);
    story.kept = vec![true; story.documents.len()];
    story.candidates = story
        .documents
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            (0..doc.sentences.len()).map(move |s| {
                let r = storyline_core::model::SentenceRef {
                    doc: d as u32,
                    sent: s as u32,
                };
                storyline_core::model::Candidate {
                    rep: r,
                    members: vec![r],
                }
            })
        })
        .collect();
    story
}

#[test]
fn seed_publication_dates() {
    let docs = documents();
    let got: Vec<(Option<String>, DateSource)> = docs
        .iter()
        .map(|d| (d.published.date.clone(), d.published.from))
        .collect();
    // The BRICS Post article is dated by its date line; no crawl stamp is taken.
    assert_eq!(got[2], (Some("2015-09-27".into()), DateSource::DateLine));
    for (i, (date, from)) in got.iter().enumerate() {
        assert_ne!(
            *from,
            DateSource::PageStamp,
            "article {i} took a crawl stamp"
        );
        let date = date.as_deref().unwrap_or("");
        assert!(
            !date.starts_with("2021") && !date.starts_with("2017"),
            "article {i}: {date}"
        );
    }
    // Stamps years/months after the story are rejected with the reason.
    for i in [0, 1] {
        let notes = &docs[i].published.rejected;
        assert!(
            notes
                .iter()
                .any(|n| n.from == DateSource::PageStamp
                    && n.reason.contains("after the latest date")),
            "article {i}: {notes:?}"
        );
    }
    // 000: the 71st UNGA week, Lavrov spoke on Friday 2016-09-23, debate runs until Sept 26.
    let d0 = got[0].0.as_deref().unwrap();
    assert!(("2016-09-23"..="2016-09-25").contains(&d0), "000: {d0}");
    // 001: Wednesday talks after the Sept 16 strike: 2016-09-21.
    assert_eq!(got[1].0.as_deref(), Some("2016-09-21"));
    // 003 and 004 give no year; the story gives 2016.
    let d3 = got[3].0.as_deref().unwrap();
    assert!(("2016-09-23"..="2016-09-25").contains(&d3), "003: {d3}");
    let d4 = got[4].0.as_deref().unwrap();
    assert!(("2016-10-04"..="2016-10-06").contains(&d4), "004: {d4}");
}

/// The entry of the timeline whose text contains `needle`: its date.
fn date_of(entries: &[storyline_core::model::TimelineEntry], needle: &str) -> String {
    entries
        .iter()
        .find(|e| e.text.contains(needle))
        .map_or_else(|| format!("<no entry for {needle:?}>"), |e| e.date.clone())
}

#[test]
fn seed_timeline_days() {
    let story = story(documents());
    let entries = timeline(&story);
    let listing: Vec<String> = entries
        .iter()
        .map(|e| format!("{} {:?} {}", e.date, e.sources, e.text))
        .collect();
    let cases = [
        ("On Friday, Lavrov addressed", "2016-09-23"),
        ("On Tuesday, Lavrov and Kerry had", "2016-09-20"),
        ("On September 9, Lavrov and Kerry presented", "2016-09-09"),
        ("the September 16 attacks", "2016-09-21"),
        ("will hold discussions on Syria", "2015-09-27"),
        ("said in an interview on Wednesday", "2015-09-23"),
        ("BRICS counterparts on Monday", "2015-09-28"),
        ("truce collapsed on Monday", "2016-09-19"),
        ("Friday’s bombardment", "2016-09-23"),
        ("late on Thursday", "2016-09-22"),
        ("The US announced on October 4", "2016-10-04"),
        ("Last month, Russia and the US", "2016-09"),
        ("bombed on September 19", "2016-09-19"),
        ("will continue until\u{a0}September 26", "2016-09-26"),
    ];
    let mut failures = Vec::new();
    for (needle, want) in cases {
        let got = date_of(&entries, needle);
        if got != want {
            failures.push(format!("{needle:?}: want {want}, got {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{failures:#?}\ntimeline:\n{}",
        listing.join("\n")
    );
    // "since March 2011" is a start point, not an event.
    assert!(!entries.iter().any(|e| e.date == "2011-03"));
    // Sorted by date (day-precise entries compare as strings; weeks sort by their Monday).
    let keys: Vec<&str> = entries
        .iter()
        .map(|e| e.date.as_str())
        .filter(|d| d.len() == 10)
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(keys, sorted);
}

#[test]
fn seed_004_self_contradiction_is_flagged_and_nothing_else() {
    let story = story(documents());
    let actors = storyline_core::actors::actors(&story);
    let conflicts = date_conflicts(&story, &actors);
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    let c = &conflicts[0];
    assert_eq!(c.kind, "date");
    let mut values: Vec<&str> = c.claims.iter().map(|x| x.value.as_str()).collect();
    values.sort_unstable();
    assert_eq!(values, ["2016-10-03", "2016-10-04"]);
    assert!(c.claims.iter().all(|x| x.source == 5));
    // Listed among "where sources differ", a source at odds with itself says so.
    assert!(c.topic.ends_with("(source 5 gives both)"), "{}", c.topic);
}
