//! Word lists for the date tagger: month and weekday names, number words and tense cues.
//!
//! The irregular past forms are the common English irregular verbs (any grammar's table) that
//! appear in news reporting; regular past forms are recognised by their `-ed` ending instead.

use super::Weekday;

/// Month names and abbreviations with their numbers, lower case ([`month`] as a table).
#[cfg(test)]
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

/// Weekday names, lower case ([`weekday`] as a table).
#[cfg(test)]
const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// `word` lower-cased into `buf`, when it has 3 to 9 bytes (as every month and weekday name).
fn lower_name<'b>(word: &str, buf: &'b mut [u8; 9]) -> Option<&'b [u8]> {
    let w = word.as_bytes();
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    Some(lower)
}

/// Month number of a month name or abbreviation (`Sept.`, `Oct`, `October`), case-insensitive.
///
/// The word is lower-cased into a buffer on the stack and matched against the names: every name
/// is 3 to 9 ASCII letters, so the length test turns most words away first, and the match
/// compares only names of the word's length (these run on the first words of every summary
/// candidate and of many sentences the segmenter cuts; a walk over a table of names cost about
/// a hundred instructions a word).
pub(crate) fn month(word: &str) -> Option<u8> {
    let mut buf = [0; 9];
    let w = lower_name(word.trim_end_matches('.'), &mut buf)?;
    Some(match w {
        b"january" | b"jan" => 1,
        b"february" | b"feb" => 2,
        b"march" | b"mar" => 3,
        b"april" | b"apr" => 4,
        b"may" => 5,
        b"june" | b"jun" => 6,
        b"july" | b"jul" => 7,
        b"august" | b"aug" => 8,
        b"september" | b"sept" | b"sep" => 9,
        b"october" | b"oct" => 10,
        b"november" | b"nov" => 11,
        b"december" | b"dec" => 12,
        _ => return None,
    })
}

/// Weekday of a weekday name (`Friday`), case-insensitive (compared as [`month`] compares).
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    // Weekday names have 6 to 9 letters: most words are turned away before the copy.
    if !(6..=9).contains(&word.len()) {
        return None;
    }
    let mut buf = [0; 9];
    let w = lower_name(word, &mut buf)?;
    Some(match w {
        b"monday" => Weekday::Monday,
        b"tuesday" => Weekday::Tuesday,
        b"wednesday" => Weekday::Wednesday,
        b"thursday" => Weekday::Thursday,
        b"friday" => Weekday::Friday,
        b"saturday" => Weekday::Saturday,
        b"sunday" => Weekday::Sunday,
        _ => return None,
    })
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

    /// [`month`] as it was first written: a lower-cased copy, then a walk over the table.
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
        /// The match on the word lower-cased on the stack reads every word as the walk over the
        /// tables did, names in any case, with stops, and near misses alike.
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
        for (name, m) in MONTHS {
            for w in [
                name.to_string(),
                name.to_ascii_uppercase(),
                format!("{name}."),
            ] {
                assert_eq!(month(&w), Some(m), "{w}");
            }
        }
        for (name, d) in WEEKDAYS {
            assert_eq!(weekday(&name.to_ascii_uppercase()), Some(d), "{name}");
        }
    }
}
