//! Actors on the example story (five real scraped articles): snapshot plus the merges the issue asks
//! for.

mod common;

use std::fmt::Write as _;

use common::seed_story;

fn render(actors: &[storyline_core::Actor]) -> String {
    let mut out = String::new();
    for a in actors {
        let _ = writeln!(
            out,
            "{} [{}] aliases={:?} roles={:?} mentions={:?}",
            a.name, a.kind, a.aliases, a.roles, a.mentions
        );
    }
    out
}

#[test]
fn seed_actors_snapshot() {
    let story = seed_story();
    let actors = storyline_core::actors::actors(&story);
    insta::assert_snapshot!(render(&actors));
}

fn find<'a>(actors: &'a [storyline_core::Actor], alias: &str) -> &'a storyline_core::Actor {
    actors
        .iter()
        .find(|a| a.aliases.iter().any(|x| x == alias))
        .unwrap_or_else(|| panic!("no actor with alias {alias}: {}", render(actors)))
}

#[test]
fn seed_spellings_merge_into_one_actor_each() {
    let story = seed_story();
    let actors = storyline_core::actors::actors(&story);
    let lavrov = find(&actors, "Lavrov");
    for alias in ["Sergey Lavrov", "Sergey V. Lavrov"] {
        assert!(lavrov.aliases.iter().any(|a| a == alias), "{lavrov:?}");
    }
    assert_eq!(lavrov.kind, "person");
    assert!(
        lavrov.roles.iter().any(|r| r == "Russian Foreign Minister"),
        "{lavrov:?}"
    );
    let kerry = find(&actors, "Kerry");
    assert!(kerry.aliases.iter().any(|a| a == "John Kerry"));
    assert_eq!(kerry.kind, "person");
    let isil = find(&actors, "ISIL");
    assert!(
        isil.aliases.iter().any(|a| a == "Islamic State"),
        "{isil:?}"
    );
    let deir = find(&actors, "Deir Ez Zor");
    assert!(deir.aliases.iter().any(|a| a == "Deir ez-Zor"), "{deir:?}");
    let issg = find(&actors, "ISSG");
    assert!(
        issg.aliases
            .iter()
            .any(|a| a == "International Syria Support Group")
    );
    assert_eq!(
        find(&actors, "US").name,
        find(&actors, "United States").name
    );
    // Different people stay apart.
    assert_ne!(find(&actors, "Vladimir Putin").name, lavrov.name);
}
