//! Contradictions on small hand-made stories: what must be flagged, and the near misses that must
//! not be (precision first).

use storyline_core::document::prepare;
use storyline_core::{Article, ArticleId, Contradiction, Story};
use storyline_text::clean::Cleaner;
use storyline_text::segment::Segmenter;

fn story_of(texts: &[&str]) -> Story {
    story_of_dated(&texts.iter().map(|t| (*t, None)).collect::<Vec<_>>())
}

/// A story of (text, publication date supplied by the container) pairs.
fn story_of_dated(texts: &[(&str, Option<&str>)]) -> Story {
    let documents: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, (t, published))| {
            let mut article = Article {
                id: ArticleId(i as u32),
                text: (*t).to_string(),
                ..Article::default()
            };
            article.supplied.published = published.map(str::to_string);
            article.supplied.published_from = published.map(|_| "jsonl:published".to_string());
            prepare(article, &Cleaner::default(), &Segmenter::default())
        })
        .collect();
    let index = storyline_core::vector::StoryIndex::build(&documents);
    Story {
        kept: vec![true; documents.len()],
        documents,
        candidates: Vec::new(),
        index,
    }
}

fn run(texts: &[&str]) -> Vec<Contradiction> {
    run_story(&story_of(texts))
}

fn run_story(story: &Story) -> Vec<Contradiction> {
    let actors = storyline_core::actors::actors(story);
    storyline_core::contradictions::contradictions(story, &actors)
        .into_iter()
        .filter(|c| c.kind != "date")
        .collect()
}

#[test]
fn different_death_tolls_for_one_event_are_flagged() {
    let cs = run(&[
        "A bus bombing in Kandahar on Monday killed 23 people, officials said.",
        "The bombing of the bus in Kandahar left 41 people dead, hospital sources told reporters.",
    ]);
    let q: Vec<_> = cs.iter().filter(|c| c.kind == "quantity").collect();
    assert_eq!(q.len(), 1, "{cs:#?}");
    let sources: Vec<u32> = q[0].claims.iter().map(|c| c.source).collect();
    assert_eq!(sources, vec![1, 2]);
}

#[test]
fn a_country_after_the_place_names_the_same_place() {
    let cs = run(&[
        "A bus bombing in Kandahar, Afghanistan, on Monday killed 23 people, officials said.",
        "The bombing of the bus in Kandahar left 41 people dead, hospital sources told reporters.",
    ]);
    assert_eq!(
        cs.iter().filter(|c| c.kind == "quantity").count(),
        1,
        "{cs:#?}"
    );
}

#[test]
fn tolls_for_different_places_are_no_conflict() {
    // Both bombings together against one of them: different counts, no disagreement.
    let cs = run(&[
        "The bombings of the embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed 257 \
         people, officials said.",
        "The bombing of the embassy in Nairobi killed 247 people, the Red Cross said.",
    ]);
    assert!(cs.is_empty(), "{cs:#?}");
}

#[test]
fn tolls_published_on_different_days_are_updates_not_conflicts() {
    let texts = [
        "A bus bombing in Kandahar on Monday killed 23 people, officials said.",
        "The bombing of the bus in Kandahar left 41 people dead, hospital sources told reporters.",
    ];
    let later = run_story(&story_of_dated(&[
        (texts[0], Some("2021-03-01")),
        (texts[1], Some("2021-03-04")),
    ]));
    assert!(later.is_empty(), "{later:#?}");
    let same_day = run_story(&story_of_dated(&[
        (texts[0], Some("2021-03-01")),
        (texts[1], Some("2021-03-01")),
    ]));
    assert_eq!(
        same_day.iter().filter(|c| c.kind == "quantity").count(),
        1,
        "{same_day:#?}"
    );
}

#[test]
fn a_lower_bound_below_the_exact_count_is_no_conflict() {
    let cs = run(&[
        "The bombing of the bus in Kandahar killed at least 20 people.",
        "A bus bombing in Kandahar killed 41 people, officials said.",
    ]);
    assert!(cs.is_empty(), "{cs:#?}");
}

#[test]
fn counts_of_different_things_are_no_conflict() {
    let cs = run(&[
        "The bombing of the bus in Kandahar killed 23 people.",
        "The bombing of the bus in Kandahar wounded 41 people.",
    ]);
    assert!(cs.is_empty(), "{cs:#?}");
}

#[test]
fn counts_without_an_event_are_no_conflict() {
    let cs = run(&[
        "Officials said 23 people were killed.",
        "Officials said 41 people were killed.",
    ]);
    assert!(cs.is_empty(), "{cs:#?}");
}

#[test]
fn blame_against_denial_is_flagged() {
    let cs = run(&[
        "An aid convoy was hit near Homs on Tuesday. The United States blamed Russia for the attack.",
        "Russia denied any role in the strike on the convoy, the Kremlin said.",
    ]);
    let b: Vec<_> = cs.iter().filter(|c| c.kind == "blame").collect();
    assert_eq!(b.len(), 1, "{cs:#?}");
    assert!(b[0].topic.contains("convoy"));
    assert!(
        b[0].claims
            .iter()
            .any(|c| c.source == 1 && c.value.contains("blames Russia"))
    );
    assert!(
        b[0].claims
            .iter()
            .any(|c| c.source == 2 && c.value.contains("Russia denies"))
    );
}

#[test]
fn one_sided_blame_is_no_conflict() {
    let cs = run(&[
        "An aid convoy was hit near Homs on Tuesday. The United States blamed Russia for the attack.",
        "France also blamed Russia for the strike on the convoy.",
    ]);
    assert!(cs.is_empty(), "{cs:#?}");
}

#[test]
fn blame_and_denial_about_different_events_are_no_conflict() {
    let cs = run(&[
        "An aid convoy was hit near Homs on Tuesday. The United States blamed Russia for the attack.",
        "The ceasefire collapsed last week. Russia denied breaking the truce.",
    ]);
    assert!(cs.is_empty(), "{cs:#?}");
}

#[test]
fn mutual_blame_is_flagged() {
    let cs = run(&[
        "The ceasefire collapsed on Monday. Moscow and Washington blamed each other for the failure.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:#?}");
    assert_eq!(cs[0].kind, "blame");
    // The one sentence is one claim stating both sides, not the same sentence cited twice.
    assert_eq!(cs[0].claims.len(), 1, "{cs:#?}");
    assert!(
        cs[0].claims[0].value.ends_with("blame each other"),
        "{cs:#?}"
    );
}

fn run_dates(story: &Story) -> Vec<Contradiction> {
    let actors = storyline_core::actors::actors(story);
    storyline_core::contradictions::contradictions(story, &actors)
        .into_iter()
        .filter(|c| c.kind == "date")
        .collect()
}

#[test]
fn two_captions_of_different_days_are_no_date_conflict() {
    // Val cluster 461: a stabbing on Sept. 4 and a prayer vigil on Sept. 8, both captions opening
    // with `Photo by`. The capitalised caption word is no actor, and `spring` is no verb.
    for text in [
        "Photo by harris county sheriff's office luis alonzo alfaro, 17, is jailed in the fatal \
         stabbing at spring high school on wednesday, sept. 4, 2013. Photo by melissa \
         phillip/houston chronicle a group of girls hug each other after attending a prayer \
         session with more than 200 people outside spring high school sunday, sept. 8, 2013, in \
         spring.",
        "Photo by Harris County Sheriff's Office Luis Alonzo Alfaro, 17, is jailed in the fatal \
         stabbing at Spring High School on Wednesday, Sept. 4, 2013. Photo by Melissa \
         Phillip/Houston Chronicle A group of girls hug each other after attending a prayer \
         session with more than 200 people outside Spring High School Sunday, Sept. 8, 2013, in \
         Spring.",
    ] {
        let cs = run_dates(&story_of_dated(&[(text, Some("2013-09-09"))]));
        assert!(cs.is_empty(), "{cs:#?}");
    }
}

#[test]
fn one_event_given_two_days_by_two_sources_is_a_date_conflict() {
    let story = story_of_dated(&[
        (
            "The United States announced on October 3 that it is suspending its talks with Russia \
             on a ceasefire in Syria.",
            Some("2016-10-05"),
        ),
        (
            "On October 4, the United States announced that it is halting ceasefire talks with \
             Russia on Syria.",
            Some("2016-10-05"),
        ),
    ]);
    let cs = run_dates(&story);
    assert_eq!(cs.len(), 1, "{cs:#?}");
    let mut values: Vec<&str> = cs[0].claims.iter().map(|c| c.value.as_str()).collect();
    values.sort_unstable();
    assert_eq!(values, ["2016-10-03", "2016-10-04"]);
}

#[test]
fn one_crash_given_two_days_by_two_undated_sources_is_a_date_conflict() {
    // Val cluster 1038: `the deaths of 17-year-old haleigh and 9-year-old callie fullerton, who
    // were killed july 13 when a car careened through their living room` against `the july 12
    // wreck killed callie fullerton and her older sister, haleigh fullerton`; no source has a
    // date, so neither date has a year.
    let story = story_of(&[
        "Alia Sierra faces 10 felony charges, including two counts of reckless homicide in \
         connection to the deaths of 17-year-old Haleigh and 9-year-old Callie Fullerton, who \
         were killed July 13 when a car careened through their living room.",
        "Sierra pleaded not guilty to the charges. The July 12 wreck killed Callie Fullerton and \
         her older sister, Haleigh Fullerton.",
    ]);
    let cs = run_dates(&story);
    assert_eq!(cs.len(), 1, "{cs:#?}");
    let mut values: Vec<&str> = cs[0].claims.iter().map(|c| c.value.as_str()).collect();
    values.sort_unstable();
    assert_eq!(values, ["--07-12", "--07-13"]);
    // A date with a year is not compared with one without.
    let story = story_of_dated(&[
        (
            "Alia Sierra faces charges in the deaths of Haleigh and Callie Fullerton, who were \
             killed July 13, 2016, when a car careened through their living room.",
            Some("2016-09-01"),
        ),
        (
            "The July 12 wreck killed Callie Fullerton and her older sister, Haleigh Fullerton.",
            None,
        ),
    ]);
    assert!(run_dates(&story).is_empty());
}
