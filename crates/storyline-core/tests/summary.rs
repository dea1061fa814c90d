//! Summary stages on small hand-made stories: near-duplicates, duplicate articles, off-topic pages,
//! budget and citations.

use storyline_core::{Article, Brief, Engine, EngineConfig};

fn brief(texts: &[&str], words: usize) -> Brief {
    let mut config = EngineConfig::default();
    config.words = words;
    let engine = Engine::new(config).unwrap();
    let articles = Article::from_texts(texts.iter().copied());
    engine.brief(articles, Vec::new())
}

const A: &str = "Russian Foreign Minister Sergey Lavrov held talks with US Secretary of State John Kerry in New York on Wednesday.\n\nThe two ministers discussed the ceasefire in Syria and humanitarian aid deliveries to Aleppo.\n\nNo agreement on a new truce was reached, officials said after the meeting.\n";
const B: &str = "Russian Foreign Minister Sergey Lavrov held talks with US Secretary of State John Kerry in New York on Wednesday, officials said.\n\nAn aid convoy near Aleppo was bombed on Monday, killing about 20 people and destroying most of the trucks.\n\nThe United Nations suspended all aid deliveries in Syria after the attack on the convoy.\n";
const CRAWL: &str = "Focused crawls are collections of frequently-updated webcrawl data from narrow web crawls, often focused on a single domain or subdomain. These crawls are part of an effort to archive pages as they are created. The seed urls for this collection were chosen by the curators of the internet archive.\n";
const OTHER: &str = "The recipe calls for two cups of flour, a spoonful of sugar and three fresh eggs from the farm.\n\nBake the cake in a hot oven for forty minutes until the crust turns a deep golden brown.\n";

#[test]
fn the_same_sentence_in_two_outlets_is_one_sentence_citing_both() {
    let b = brief(&[A, B], 200);
    let lead: Vec<_> = b
        .summary
        .iter()
        .filter(|s| s.text.contains("held talks"))
        .collect();
    assert_eq!(lead.len(), 1, "{:#?}", b.summary);
    assert_eq!(lead[0].sources, vec![1, 2]);
    assert_eq!(lead[0].spans.len(), 2);
}

#[test]
fn a_crawl_notice_is_dropped_with_a_reason() {
    let b = brief(&[A, CRAWL, B], 200);
    let dropped = b.sources[1]
        .dropped
        .as_deref()
        .expect("crawl notice dropped");
    assert!(dropped.contains("boilerplate"), "{dropped}");
    assert!(b.summary.iter().all(|s| !s.sources.contains(&2)));
    assert!(b.sources[0].dropped.is_none() && b.sources[2].dropped.is_none());
}

#[test]
fn an_unrelated_page_is_dropped_when_the_others_agree() {
    let b = brief(&[A, OTHER, B, A], 200);
    let dropped = b.sources[1].dropped.as_deref().expect("recipe dropped");
    assert!(dropped.contains("unrelated"), "{dropped}");
}

#[test]
fn a_near_duplicate_article_is_merged_into_the_first() {
    let copy = A.replace("Wednesday", "Wednesday evening");
    let b = brief(&[A, B, &copy], 200);
    assert_eq!(b.sources[2].duplicate_of, Some(1));
    assert!(b.sources[2].dropped.is_none());
    assert!(
        b.summary
            .iter()
            .any(|s| s.sources.contains(&1) && s.sources.contains(&3))
    );
}

#[test]
fn the_word_budget_is_respected_and_sentences_are_whole() {
    for words in [10, 25, 40, 200] {
        let b = brief(&[A, B], words);
        let used: usize = b
            .summary
            .iter()
            .map(|s| s.text.split_whitespace().count())
            .sum();
        assert!(used <= words, "{used} > {words}");
        for s in &b.summary {
            assert!(s.text.ends_with('.'), "{:?}", s.text);
        }
    }
    assert!(!brief(&[A, B], 25).summary.is_empty());
}

#[test]
fn an_article_next_to_crawl_notices_is_kept() {
    let b = brief(&[CRAWL, B, CRAWL], 200);
    assert!(b.sources[1].dropped.is_none(), "{:?}", b.sources[1].dropped);
    assert!(b.sources[0].dropped.is_some() && b.sources[2].dropped.is_some());
    assert!(!b.summary.is_empty());
}

#[test]
fn topical_distance_never_drops_every_document() {
    let b = brief(&[A, OTHER, CRAWL], 200);
    assert!(b.sources[0].dropped.is_none() || b.sources[1].dropped.is_none());
    assert!(!b.summary.is_empty());
}

#[test]
fn the_same_words_a_year_apart_are_not_merged() {
    let y2015 = format!("September 27, 2015\n\n{A}");
    let y2016 = format!("September 21, 2016\n\n{A}");
    let b = brief(&[&y2015, &y2016], 200);
    assert!(
        b.summary.iter().all(|s| s.sources.len() == 1),
        "{:#?}",
        b.summary
    );
}

/// A summary sentence that is a quotation without its own speaker (`“We have done that.”`) names
/// the speaker the quotes stage found; one that names its speaker does not repeat it.
#[test]
fn a_quoted_sentence_without_its_speaker_names_it() {
    let text = "President Bill Clinton spoke in the Rose Garden on Wednesday about the boy's case.\n\n``I told you I would keep the decision out of politics,'' Clinton told reporters. ``We have done that.''\n\nThe boy will stay with relatives in Miami for now, immigration officials said.\n";
    let b = brief(&[text], 400);
    let quoted = b
        .summary
        .iter()
        .find(|s| s.text.starts_with("``We have done"))
        .unwrap_or_else(|| panic!("{:#?}", b.summary));
    assert_eq!(quoted.text, "``We have done that.''");
    assert_eq!(quoted.speaker.as_deref(), Some("Bill Clinton"));
    let tagged = b
        .summary
        .iter()
        .find(|s| s.text.starts_with("``I told you"))
        .unwrap_or_else(|| panic!("{:#?}", b.summary));
    assert_eq!(tagged.speaker, None);
}
