//! Word lists for the date tagger: month and weekday names, number words and tense cues.
//!
//! The irregular past forms are the common English irregular verbs (any grammar's table) that
//! appear in news reporting; regular past forms are recognised by their `-ed` ending instead.

use super::Weekday;

/// Month number of a month name or abbreviation (`Sept.`, `Oct`, `October`), case-insensitive.
pub(crate) fn month(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let m = match w.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Weekday of a weekday name (`Friday`), case-insensitive.
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    let w = word.to_ascii_lowercase();
    let d = match w.as_str() {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    };
    Some(d)
}

/// Value of a small cardinal written as a word or digits (`a`, `one`, `two`, `3`).
pub(crate) fn cardinal(word: &str) -> Option<i64> {
    let w = word.to_ascii_lowercase();
    let n = match w.as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return w.parse().ok().filter(|n| *n < 1000),
    };
    Some(n)
}

/// Quarter number of an ordinal (`first`, `3rd`).
pub(crate) fn quarter(word: &str) -> Option<u8> {
    match word.to_ascii_lowercase().as_str() {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" => Some(4),
        _ => None,
    }
}

/// Common irregular past-tense forms.
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "said",
    "told",
    "met",
    "held",
    "was",
    "were",
    "had",
    "did",
    "took",
    "made",
    "went",
    "came",
    "gave",
    "left",
    "began",
    "fell",
    "hit",
    "saw",
    "got",
    "found",
    "sent",
    "spoke",
    "wrote",
    "won",
    "lost",
    "led",
    "fought",
    "struck",
    "brought",
    "thought",
    "stood",
    "rose",
    "broke",
    "chose",
    "drove",
    "flew",
    "knew",
    "ran",
    "became",
    "shot",
    "bought",
    "sold",
    "paid",
    "kept",
    "built",
    "felt",
    "heard",
    "meant",
    "sought",
    "taught",
    "caught",
    "threw",
    "overthrew",
    "withdrew",
    "swore",
    "tore",
    "wore",
    "froze",
    "stole",
    "arose",
    "woke",
    "forgot",
    "understood",
    "undertook",
    "overtook",
    "forbade",
    "forgave",
    "slid",
    "fled",
    "bled",
    "fed",
    "sped",
    "spent",
    "lent",
    "bent",
    "dealt",
    "laid",
    "ago",
    "earlier",
    "previously",
    "been",
];

/// Words ending in `-ed` that are not past forms.
pub(crate) const NOT_PAST_ED: &[&str] = &[
    "need",
    "needed",
    "speed",
    "seed",
    "feed",
    "indeed",
    "proceed",
    "exceed",
    "succeed",
    "bed",
    "red",
    "shed",
    "embed",
    "breed",
    "bleed",
    "weed",
    "greed",
    "deed",
    "reed",
    "hundred",
    "sacred",
    "wicked",
    "naked",
    "kindred",
    "expected",
    "scheduled",
    "planned",
    "slated",
    "supposed",
    "united",
    "based",
    "armed",
    "concerned",
    "related",
    "limited",
    "detailed",
    "advanced",
    "interested",
    "alleged",
    "so-called",
    "called",
];

/// Words after `is`/`are`/`be` that make the clause future (`is expected to`, `are due to`).
pub(crate) const FUTURE_AFTER_BE: &[&str] = &[
    "expected",
    "scheduled",
    "due",
    "set",
    "slated",
    "going",
    "planning",
    "poised",
    "to",
    "planned",
    "likely",
    "about",
];
