//! A local weather widget opening a paragraph (`Norfolk, va ( 23510 ) today a mix of clouds and
//! sun … High 47f. Winds ene at 10 to 15 mph.. Tonight cloudy …`): a place with a US state's
//! postal code, a ZIP code in brackets and `today` or `tonight`. It runs through the last of the
//! sentences after it that speak of the weather; the article after it stays.

use super::super::BlockKind;
use super::{Cut, Para, is_number};

/// Words of the place before the ZIP code at most (`mcallen, tx`, `new york, ny`).
const PLACE_WORDS: usize = 4;

/// Words that mark a forecast's sentence (`High 47f.`, `Winds ene at 10 to 15 mph.`, `Chance of
/// rain 50 %.`).
const FORECAST_WORDS: [&str; 16] = [
    "mph",
    "high",
    "low",
    "chance",
    "cloudy",
    "clouds",
    "skies",
    "showers",
    "shower",
    "sunny",
    "snow",
    "rain",
    "tonight",
    "winds",
    "inches",
    "thunderstorm",
];

/// The reason of the widget's cut.
const REASON: &str = "weather widget (City, st ( 23510 ) today …)";

/// Finds the weather widget opening `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let Some(open) = l.find("( ").filter(|&o| o <= 40) else {
        return;
    };
    let zip = &l[open + 2..];
    if !(zip.len() > 8
        && zip.as_bytes()[..5].iter().all(u8::is_ascii_digit)
        && (zip[5..].starts_with(" ) today ") || zip[5..].starts_with(" ) tonight ")))
    {
        return;
    }
    let place: Vec<&str> = l[..open].split_whitespace().collect();
    let state_ok = place
        .last()
        .is_some_and(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase()));
    let comma_ok = place.len() >= 2 && place[place.len() - 2].ends_with(',');
    if place.len() > PLACE_WORDS || !state_ok || !comma_ok {
        return;
    }
    // Through the last sentence that speaks of the weather, in a run from the start.
    let mut end = open + 2 + 5 + " ) ".len();
    let mut from = end;
    while from < l.len() {
        let stop = l[from..].find(". ").map_or(l.len(), |s| from + s + 1);
        let sentence = &l[from..stop];
        let forecast = sentence.split_whitespace().any(|w| {
            let w = w.trim_end_matches(['.', ',']);
            FORECAST_WORDS.contains(&w) || w.strip_suffix('f').is_some_and(is_number)
        });
        if !forecast {
            break;
        }
        end = stop;
        from = stop + (l[stop..].len() - l[stop..].trim_start().len());
    }
    cuts.push((0, end, BlockKind::Widget, REASON));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        super::super::cut_texts(find, s)
    }

    #[test]
    fn a_forecast_goes_through_its_last_sentence() {
        assert_eq!(
            cut(
                "norfolk, va ( 23510 ) today a mix of clouds and sun. high 47f. winds ene at 10 \
                 to 15 mph.. tonight cloudy with showers. the city council met on monday."
            ),
            [
                "norfolk, va ( 23510 ) today a mix of clouds and sun. high 47f. winds ene at 10 to \
              15 mph.. tonight cloudy with showers."
            ]
        );
        assert!(cut("the office in norfolk ( 23510 ) today said it was closed.").is_empty());
        assert!(cut("norfolk, va ( 23510 ) said it was closed on monday.").is_empty());
    }
}
