//! Word lists for the date tagger: month and weekday names, number words and tense cues.
//!
//! The irregular past forms are the common English irregular verbs (any grammar's table) that
//! appear in news reporting; regular past forms are recognised by their `-ed` ending instead.

use super::Weekday;

/// Month names and abbreviations with their numbers, lower case.
const MONTHS: [(&str, u8); 24] = [
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names, lower case.
const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// Month number of a month name or abbreviation (`Sept.`, `Oct`, `October`), case-insensitive.
///
/// Compared without a lower-cased copy: every name is 3 to 9 ASCII letters, so the length test
/// turns most words away first (these run on the first words of every summary candidate).
pub(crate) fn month(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    MONTHS
        .iter()
        .find(|(name, _)| w.eq_ignore_ascii_case(name))
        .map(|&(_, m)| m)
}

/// Weekday of a weekday name (`Friday`), case-insensitive.
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    if !(6..=9).contains(&word.len()) {
        return None;
    }
    WEEKDAYS
        .iter()
        .find(|(name, _)| word.eq_ignore_ascii_case(name))
        .map(|&(_, d)| d)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// [`month`] as it was written before it compared without a copy: lower-case, then match.
    fn month_by_copy(word: &str) -> Option<u8> {
        let w = word.trim_end_matches('.').to_ascii_lowercase();
        MONTHS.iter().find(|(name, _)| *name == w).map(|&(_, m)| m)
    }

    /// [`weekday`] as it was written before: lower-case, then match.
    fn weekday_by_copy(word: &str) -> Option<Weekday> {
        let w = word.to_ascii_lowercase();
        WEEKDAYS
            .iter()
            .find(|(name, _)| *name == w)
            .map(|&(_, d)| d)
    }

    proptest::proptest! {
        /// The copy-free comparison reads every word as the lower-cased match did, names in any
        /// case, with stops, and near misses alike.
        #[test]
        fn names_read_without_a_copy_as_with_one(
            word in "(?i)(jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec|mon|tues|wednes|thurs|fri|satur|sun|[a-zé]{0,4})(uary|ruary|ch|il|ust|ember|ober|day|\\.|[a-zé.]{0,3}){0,2}"
        ) {
            proptest::prop_assert_eq!(month(&word), month_by_copy(&word));
            proptest::prop_assert_eq!(weekday(&word), weekday_by_copy(&word));
        }
    }

    #[test]
    fn every_name_reads_in_any_case() {
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("DEC"), Some(12));
        assert_eq!(month("December"), Some(12));
        assert_eq!(month("mayor"), None);
        assert_eq!(weekday("WEDNESDAY"), Some(Weekday::Wednesday));
        assert_eq!(weekday("Monday."), None);
    }
}
