//! A video player's buttons glued into the text: USA Today's `Close` button before the video's
//! caption at a paragraph's start (`Close a mexican restaurant in tallahassee, florida is being
//! sued …`), and the player's `Skip in skip x embed x share` / `Skip ad ad loading... x embed x
//! share` controls wherever they fall. The caption after them is prose about the story and stays.

use super::super::BlockKind;
use super::{Cut, Para, sentence_start};

/// Why the buttons go.
const REASON: &str = "video player's buttons (Close, Skip in skip x embed x share)";

/// The controls of the player, each ending in its `share` button.
const CONTROLS: [&str; 2] = [
    "skip in skip x embed x share ",
    "skip ad ad loading... x embed x share ",
];

/// Words that follow `Close` at a paragraph's start in prose: the adjective (`Close friends of
/// the family say …`, `Close to 200 people …`) or the verb (`Close the border, …`). After the
/// button comes a caption opening on anything; `the` is among these only when no player control
/// follows, which keeps an imperative `Close the door` as it is.
const PROSE_AFTER: [&str; 40] = [
    "advisers",
    "advisors",
    "aides",
    "allies",
    "ally",
    "associates",
    "attention",
    "behind",
    "but",
    "by",
    "call",
    "calls",
    "confidants",
    "contact",
    "contacts",
    "cooperation",
    "down",
    "election",
    "elections",
    "encounters",
    "enough",
    "family",
    "friend",
    "friends",
    "games",
    "inspection",
    "look",
    "margin",
    "observers",
    "out",
    "proximity",
    "quarters",
    "race",
    "range",
    "relationship",
    "relatives",
    "scrutiny",
    "ties",
    "to",
    "up",
];

/// Words a paragraph must have after the `Close` button: a lone `Close` is a line of its own,
/// which the line rules judge.
const MIN_WORDS_AFTER: usize = 6;

/// Cuts a video player's buttons in the lower-cased paragraph `l`.
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let start = l.len() - l.trim_start().len();
    if let Some(rest) = l[start..].strip_prefix("close ") {
        let next = rest.split_whitespace().next().unwrap_or("");
        let control = CONTROLS.iter().find(|c| rest.starts_with(*c));
        if control.is_some()
            || (!PROSE_AFTER.contains(&next)
                && !matches!(next, "the" | "this" | "your" | "all")
                && rest.split_whitespace().nth(MIN_WORDS_AFTER - 1).is_some())
        {
            let end = l.len() - rest.len() + control.map_or(0, |c| c.len());
            cuts.push((start, end, BlockKind::Widget, REASON));
            return;
        }
    }
    if !super::holds!(l, "x embed x share ") {
        return;
    }
    for control in CONTROLS {
        for (at, _) in l.match_indices(control) {
            if sentence_start(l, at) || l[..at].ends_with(' ') {
                cuts.push((at, at + control.len(), BlockKind::Widget, REASON));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::find;
    use crate::clean::BlockKind;

    fn cuts(s: &str) -> Vec<&str> {
        crate::clean::inline::cuts_by(find, s)
            .into_iter()
            .map(|(t, k)| {
                assert_eq!(k, BlockKind::Widget);
                t
            })
            .collect()
    }

    #[test]
    fn the_close_button_goes_before_a_caption() {
        assert_eq!(
            cuts("close a mexican restaurant in tallahassee, florida is being sued by a woman."),
            ["close "]
        );
        assert_eq!(
            cuts(
                "close skip in skip x embed x share late wednesday afternoon, president barack obama spoke."
            ),
            ["close skip in skip x embed x share "]
        );
        assert_eq!(
            cuts("close the nypd is searching for three men in connection with the attack."),
            Vec::<&str>::new(),
            "`close the` may be an imperative: only with the player's controls"
        );
    }

    #[test]
    fn close_in_prose_stays() {
        for s in [
            "close to 200 people were killed in the attack on the village on friday.",
            "close friends of the family say the boy had never been in trouble before.",
            "close ties between the two banks were revealed in a filing on monday.",
            "close, said the coach.",
            "he drove close to the edge of the cliff before he stopped the car and got out.",
        ] {
            assert_eq!(cuts(s), Vec::<&str>::new(), "{s}");
        }
    }

    #[test]
    fn player_controls_go_anywhere() {
        assert_eq!(
            cuts(
                "the crowd cheered. skip ad ad loading... x embed x share starbucks is adding pumpkin."
            ),
            ["skip ad ad loading... x embed x share "]
        );
    }
}
