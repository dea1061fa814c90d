//! **A photo's description ending on its date**, left before the credit or dateline that an
//! earlier pass cut: AP's gallery captions print the scene, the place and the day the photo was
//! taken (`Israeli police officers stand guard at the scene of a shooting attack in tel aviv,
//! israel, wednesday, june 8, 2016.`), then a teaser of the story and the credit (`Two
//! palestinian gunmen opened fire … ( associated press )`), which `captions` cuts from the last
//! sentence start, so the description stayed; Reuters' pages print the same description before
//! the story's dateline (`Children cool off in the fountain … in new york july 12, 2011. Chicago
//! ( reuters ) - a massive heat wave …`). Kept, the description opened the document and took
//! the lead's place in the summary.
//!
//! The shape is the evidence: one sentence ending on a full date (`[weekday,] month day, year.`)
//! right before a cut caption, credit or wire dateline, with nothing between. A sentence of
//! prose ends on a date too (`… signed the law on june 3, 2011.`), but a credit or dateline does
//! not follow it; a report (`said`, `according to`) is never taken. A gallery counter before it
//! (`1 of 6.`) and the same description printed twice go with it.

use super::super::BlockKind;
use super::{Cut, MONTHS};
use crate::segment::{WordClass, classify};

/// The reason of a photo description's cut.
pub(crate) const REASON: &str = "photo caption ending on its date before a credit or dateline (… in tel aviv, wednesday, june 8, 2016.)";

/// Words of a description, at most (as a caption before a credit).
const MAX_WORDS: usize = 60;

/// Words of a description, at least (`Reindeer gather in … on august 2, 2015.`: the date's
/// three and a few).
const MIN_WORDS: usize = 6;

/// Descriptions taken before one cut, at most (a description printed twice).
const MAX_REPEATS: usize = 2;

/// Words of a report, which a photo's description does not hold.
const REPORTING: [&str; 6] = [
    "according to",
    " said ",
    " said,",
    " told ",
    " announced ",
    " reported ",
];

/// True when `t` (trimmed, lower-cased) ends on a full date and its stop: `month[.] day[,]
/// year.` with a day of one or two digits and a year of four (`sunday oct. 5, 2014.`,
/// `august 29, 2012.`).
fn ends_on_date(t: &str) -> bool {
    let Some(t) = t.strip_suffix('.') else {
        return false;
    };
    let mut words = t.rsplit(char::is_whitespace).filter(|w| !w.is_empty());
    let year = words.next().unwrap_or("");
    let mut day = words.next().unwrap_or("");
    if day == "," {
        day = words.next().unwrap_or("");
    }
    let day = day.strip_suffix(',').unwrap_or(day);
    let month = words.next().unwrap_or("");
    let month = month.strip_suffix('.').unwrap_or(month);
    year.len() == 4
        && (year.starts_with("19") || year.starts_with("20"))
        && year.bytes().all(|b| b.is_ascii_digit())
        && (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && MONTHS.contains(&month)
}

/// True when `t` is a gallery's counter (`1 of 6.`).
fn counter(t: &str) -> bool {
    let t = t.trim().trim_end_matches('.');
    let mut w = t.split_whitespace();
    let num = |w: Option<&str>| {
        w.is_some_and(|w| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
    };
    num(w.next()) && w.next() == Some("of") && num(w.next()) && w.next().is_none()
}

/// Start of the sentence that ends at `end` (not before `limit`): after the last `.`, `?` or
/// `!` followed by a space and a capital in `s` whose word is no abbreviation, acronym or
/// state (`u.s. Senate …`, `oregon, pa. In lancaster county …`) nor a number (`at the 51.
/// Munich security conference`), nor followed by `of` (`the
/// volusia county dept. Of corrections …`), else `limit`.
fn sentence_start(s: &str, limit: usize, end: usize) -> usize {
    let b = s.as_bytes();
    for i in memchr::memrchr3_iter(b'.', b'?', b'!', &b[limit..end]).map(|i| limit + i) {
        let next = &s[i + 1..end];
        let Some(next) = next.strip_prefix(' ').map(str::trim_start) else {
            continue;
        };
        if !next.starts_with(char::is_uppercase) {
            continue;
        }
        let word = s[limit..i]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_start_matches(['(', '"']);
        if b[i] == b'.'
            && (!matches!(classify(word, true), WordClass::Plain | WordClass::Final)
                || super::datelines::is_state(&format!("{word}."))
                || word.bytes().all(|c| c.is_ascii_digit())
                || next.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("of ")))
        {
            continue;
        }
        return end - next.len();
    }
    limit
}

/// Finds the photo descriptions in `l` (one lower-cased paragraph; `s` the same in its
/// original case) right before a caption, credit or dateline that `cuts` holds.
pub(super) fn find(s: &str, l: &str, cuts: &mut Vec<Cut>) {
    let anchors: Vec<usize> = cuts
        .iter()
        .filter(|c| {
            c.2 == BlockKind::Caption
                || (c.2 == BlockKind::Dateline && c.3 == super::DATELINE_REASON)
        })
        .map(|c| c.0)
        .filter(|&at| l[..at].trim_end().ends_with('.'))
        .collect();
    for anchor in anchors {
        let mut end = l[..anchor].trim_end().len();
        for _ in 0..MAX_REPEATS {
            // The sentence starts after the last cut before it, or at a sentence start.
            let limit = cuts
                .iter()
                .filter(|c| c.1 <= end)
                .map(|c| c.1)
                .max()
                .unwrap_or(0);
            if !ends_on_date(&l[limit..end]) {
                break;
            }
            let start = sentence_start(s, limit, end);
            let start = start + (l[start..end].len() - l[start..end].trim_start().len());
            let text = &l[start..end];
            let words = text.split_whitespace().count();
            if !(MIN_WORDS..=MAX_WORDS).contains(&words)
                || REPORTING.iter().any(|r| text.contains(r))
            {
                break;
            }
            // A gallery's counter before it (`1 of 6.`) goes with it.
            let start = if start > limit && counter(&l[limit..start]) {
                limit + (l[limit..start].len() - l[limit..start].trim_start().len())
            } else {
                start
            };
            cuts.push((start, end, BlockKind::Caption, REASON));
            end = l[..start].trim_end().len();
            if !l[..end].ends_with('.') {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        let mut cuts = super::super::find(s);
        cuts.retain(|c| c.3 == REASON);
        cuts.into_iter().map(|c| &s[c.0..c.1]).collect()
    }

    #[test]
    fn a_dated_description_before_an_ap_credit_goes() {
        let s = "Israeli police officers stand guard at the scene of a shooting attack in tel aviv, \
                 israel, wednesday, june 8, 2016. Two palestinian gunmen opened fire in central \
                 tel aviv wednesday night, killing three... ( associated press ) jerusalem ( ap ) \
                 — two palestinian gunmen opened fire near a popular open-air market.";
        assert_eq!(
            cut(s),
            vec![
                "Israeli police officers stand guard at the scene of a shooting attack in tel \
                 aviv, israel, wednesday, june 8, 2016."
            ]
        );
    }

    #[test]
    fn a_dated_description_before_a_reuters_dateline_goes() {
        let s = "Children cool off in the fountain inside of washington square park on a hot \
                 summer day in new york july 12, 2011. Chicago ( reuters ) - a massive heat wave \
                 is expected to develop over much of the central and eastern united states.";
        assert_eq!(
            cut(s),
            vec![
                "Children cool off in the fountain inside of washington square park on a hot \
                 summer day in new york july 12, 2011."
            ]
        );
        let s = "1 of 6. An afghan national army soldier is reflected in a window as he patrols \
                 near camp phoenix, after an attack in kabul april 2, 2011. Kandahar, afghanistan \
                 ( reuters ) - a suicide bomber killed four people on saturday.";
        assert_eq!(
            cut(s),
            vec![
                "1 of 6. An afghan national army soldier is reflected in a window as he patrols \
                 near camp phoenix, after an attack in kabul april 2, 2011."
            ]
        );
    }

    #[test]
    fn prose_ending_on_a_date_stays() {
        // No credit or dateline after it.
        let s = "The governor signed the bill into law on friday, june 3, 2011. It takes effect \
                 next year, officials said.";
        assert!(cut(s).is_empty());
        // A report is the article's, whatever follows it.
        let s = "The company said the plant would close on friday, june 3, 2011. Workers leave \
                 the plant. ( associated press )";
        assert!(cut(s).is_empty());
        // Not a full date.
        let s = "Police officers stand guard at the scene of the attack in tel aviv on wednesday. \
                 Gunmen opened fire. ( associated press )";
        assert!(cut(s).is_empty());
    }

    #[test]
    fn dates_are_read_at_the_end() {
        assert!(ends_on_date("in denver, saturday april 19, 2014."));
        assert!(ends_on_date("in iguala mexico, sunday oct. 5, 2014."));
        assert!(ends_on_date("in tampa, florida, august 29, 2012."));
        assert!(ends_on_date("in rome , friday , oct. 14 , 2011."));
        assert!(!ends_on_date("in rome, friday, oct. 14, 2011"));
        assert!(!ends_on_date("he had 14, 2011 votes."));
        assert!(!ends_on_date("in rome in 2011."));
        assert!(counter("1 of 6. "));
        assert!(!counter("one of six."));
    }
}
