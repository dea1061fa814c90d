//! Actor merging, typing and roles on the golden set `testdata/actors/golden.json` (invented text).
#![allow(clippy::print_stderr)] // The scores are the point of these tests.

mod common;

use std::fmt::Write as _;

use std::path::Path;

use common::story_of;
use serde_json::Value;
use storyline_core::Actor;

fn actor_of<'a>(actors: &'a [Actor], alias: &str) -> Option<(usize, &'a Actor)> {
    actors
        .iter()
        .enumerate()
        .find(|(_, a)| a.aliases.iter().any(|x| x == alias))
}

#[test]
fn golden_actors_merge_type_and_carry_roles() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/actors/golden.json");
    let data: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let (mut checks, mut passed) = (0usize, 0usize);
    let mut report = String::new();
    for case in data["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let actors = storyline_core::actors::actors(&story_of(case["text"].as_str().unwrap()));
        let mut check = |ok: bool, what: String| {
            checks += 1;
            if ok {
                passed += 1;
            } else {
                let _ = writeln!(report, "{name}: {what}");
            }
        };
        for group in case["merge"].as_array().into_iter().flatten() {
            let ids: Vec<Option<usize>> = group
                .as_array()
                .unwrap()
                .iter()
                .map(|s| actor_of(&actors, s.as_str().unwrap()).map(|(i, _)| i))
                .collect();
            let ok = ids[0].is_some() && ids.iter().all(|i| *i == ids[0]);
            check(ok, format!("merge {group} -> {ids:?}"));
        }
        for pair in case["apart"].as_array().into_iter().flatten() {
            let a = actor_of(&actors, pair[0].as_str().unwrap()).map(|(i, _)| i);
            let b = actor_of(&actors, pair[1].as_str().unwrap()).map(|(i, _)| i);
            check(
                a.is_some() && b.is_some() && a != b,
                format!("apart {pair} -> {a:?} {b:?}"),
            );
        }
        for alias in case["absent"].as_array().into_iter().flatten() {
            let alias = alias.as_str().unwrap();
            let got = actor_of(&actors, alias).map(|(_, a)| a.name.clone());
            check(got.is_none(), format!("{alias} is no actor: {got:?}"));
        }
        for (alias, kind) in case["kinds"].as_object().into_iter().flatten() {
            let got = actor_of(&actors, alias).map(|(_, a)| a.kind.clone());
            check(
                got.as_deref() == kind.as_str(),
                format!("kind of {alias}: {got:?}, expected {kind}"),
            );
        }
        for (alias, shown) in case["names"].as_object().into_iter().flatten() {
            let got = actor_of(&actors, alias).map(|(_, a)| a.name.clone());
            check(
                got.as_deref() == shown.as_str(),
                format!("name of {alias}: {got:?}, expected {shown}"),
            );
        }
        for (alias, role) in case["roles"].as_object().into_iter().flatten() {
            let got = actor_of(&actors, alias).map(|(_, a)| a.roles.clone());
            let ok = got
                .as_ref()
                .is_some_and(|r| r.iter().any(|x| x == role.as_str().unwrap()));
            check(ok, format!("role of {alias}: {got:?}, expected {role}"));
        }
    }
    let rate = passed as f64 / checks as f64;
    eprintln!("actors golden: {passed}/{checks} checks pass ({rate:.3})\n{report}");
    // Every check passes now, so any failure is a regression.
    assert_eq!(passed, checks, "{report}");
}
