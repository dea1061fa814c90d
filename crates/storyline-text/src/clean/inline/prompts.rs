//! Calls to action a page prints between an article's sentences, each behind a `contains`
//! pre-check:
//!
//! - CNN's **ticker prompt** `follow the ticker on twitter: @politicalticker` (and `follow
//!   <name> on twitter: @handle`), opening a sentence or after a dash that opens one, through
//!   the handle (the lead after it has no stop between);
//! - the Daily Mail's **`Scroll down for video`** label opening a sentence, the four words alone
//!   (the caption or lead after it stays); `( scroll down for updates )` in brackets; a whole
//!   sentence of at most [`SCROLL_SENTENCE_WORDS`] words opening `scroll down for`/`scroll
//!   down to` (`scroll down for funeral service information.`);
//! - **breaking-news notices**, whole sentences only: `this is a developing story.`, `this is a
//!   breaking news update.`, `check back soon for further information.`, `ap's earlier story is
//!   below.` (a sentence that goes on, `this is a developing story of …`, is prose);
//! - a **`read more` link ending in an arrow** opening a sentence (`Read more »`, `Read more
//!   about asia's space race ➝`), through the arrow;
//! - a **text-alert offer**: `text news to 41212.` with its terms (`up to 5 msg/day.`, `text
//!   help for help.`, `text stop to cancel.`) and the question before it (`want to get breaking
//!   news texts on your phone?`).

use super::super::BlockKind;
use super::{Cut, Para, sentence_start};

/// Most words of a whole `scroll down for …` sentence (`scroll down for past debates including
/// the full video of each debate.`).
const SCROLL_SENTENCE_WORDS: usize = 12;

/// Whole sentences a page says about its own story while it is breaking.
const BREAKING_NOTICES: [&str; 6] = [
    "this is a developing story.",
    "this is a breaking news update.",
    "check back soon for further information.",
    "check back for updates.",
    "check back later for updates.",
    "ap's earlier story is below.",
];

/// The reason of the ticker prompt's cut.
const TICKER: &str = "call to action (follow the ticker on twitter: @handle)";
/// The reason of the scroll label's cut.
const SCROLL: &str = "call to action (Scroll down for video)";
/// The reason of a breaking-news notice's cut.
const BREAKING: &str = "call to action (this is a developing story.)";
/// The reason of a `read more` link ending in an arrow.
const ARROW_LINK: &str = "call to action (Read more about … ➝)";
/// The reason of a text-alert offer's cut.
const TEXT_ALERT: &str = "call to action (text news to 41212.)";

/// Finds the calls to action in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if super::holds!(l, " on twitter: @") {
        ticker(l, cuts);
    }
    if super::holds!(l, "scroll down") {
        scroll(l, cuts);
    }
    if super::holds!(l, "story") || super::holds!(l, "check back") || super::holds!(l, "update.") {
        breaking(l, cuts);
    }
    if super::holds!(l, "msg/day") || super::holds!(l, "text news to") {
        text_alert(l, cuts);
    }
    if super::holds!(l, "read more")
        && (super::holds!(l, "»") || super::holds!(l, "➝") || super::holds!(l, "→"))
    {
        arrow_links(l, cuts);
    }
}

/// Most words of a link's text before its arrow (`read more about asia's space race ➝`).
const ARROW_LINK_WORDS: usize = 10;

/// A `read more` link opening a sentence and ending in an arrow (`Read more »`, `Read more about
/// asia's space race ➝`), through the arrow.
fn arrow_links(l: &str, cuts: &mut Vec<Cut>) {
    for (at, _) in l.match_indices("read more") {
        if !sentence_start(l, at) {
            continue;
        }
        let arrow = l[at..]
            .split_whitespace()
            .take(ARROW_LINK_WORDS + 2)
            .find(|w| matches!(*w, "»" | "➝" | "→"));
        if let Some(w) = arrow {
            let end = w.as_ptr() as usize - l.as_ptr() as usize + w.len();
            cuts.push((at, end, BlockKind::Widget, ARROW_LINK));
        }
    }
}

/// Start of a dash standing as a word right before `at` when a sentence opens before it (`… the
/// aide said. - follow …`), else `at`.
fn dash_before(l: &str, at: usize) -> usize {
    let before = l[..at].trim_end();
    for d in ["--", "—", "–", "-"] {
        if let Some(rest) = before.strip_suffix(d)
            && (rest.is_empty() || rest.ends_with(char::is_whitespace))
            && sentence_start(l, rest.trim_end().len() + usize::from(!rest.is_empty()))
        {
            return rest.trim_end().len() + usize::from(!rest.is_empty());
        }
    }
    at
}

fn ticker(l: &str, cuts: &mut Vec<Cut>) {
    for (at, _) in l.match_indices("follow ") {
        let start = dash_before(l, at);
        if start == at && !sentence_start(l, at) {
            continue;
        }
        let Some(on) = l[at..].find(" on twitter: @").filter(|&o| o <= 30) else {
            continue;
        };
        let handle = at + on + " on twitter: ".len();
        let end = handle
            + l[handle..]
                .find(char::is_whitespace)
                .unwrap_or(l.len() - handle);
        // The dash before it is no dateline's.
        cuts.retain(|c| c.0 < start || c.1 > end);
        cuts.push((start, end, BlockKind::Widget, TICKER));
    }
}

fn scroll(l: &str, cuts: &mut Vec<Cut>) {
    for (at, _) in l.match_indices("scroll down") {
        let rest = &l[at..];
        if rest.starts_with("scroll down for video ") && sentence_start_or_quote(l, at) {
            cuts.push((
                at,
                at + "scroll down for video".len(),
                BlockKind::Widget,
                SCROLL,
            ));
            continue;
        }
        // `( scroll down for updates )`.
        if l[..at].trim_end().ends_with('(')
            && let Some(close) = rest.find(')').filter(|&c| c <= 60)
            && !rest[..close].contains('(')
        {
            let open = l[..at].trim_end().len() - 1;
            cuts.push((open, at + close + 1, BlockKind::Widget, SCROLL));
            continue;
        }
        if (rest.starts_with("scroll down for ") || rest.starts_with("scroll down to "))
            && sentence_start(l, at)
            && let Some(stop) = rest.find(['.', '!', '?'])
            && rest[..stop].split_whitespace().count() < SCROLL_SENTENCE_WORDS
            && !rest[..stop].contains(['"', ':', ';', ','])
            && rest[stop + 1..].starts_with(char::is_whitespace)
        {
            cuts.push((at, at + stop + 1, BlockKind::Widget, SCROLL));
        }
    }
}

/// True when a sentence opens at `at`, or right after a closing single quote glued to it (the
/// Daily Mail's `… it's just isis.'scroll down for video`).
fn sentence_start_or_quote(l: &str, at: usize) -> bool {
    sentence_start(l, at)
        || l[..at]
            .strip_suffix('\'')
            .is_some_and(|b| b.ends_with(['.', '!', '?']))
}

fn breaking(l: &str, cuts: &mut Vec<Cut>) {
    for notice in BREAKING_NOTICES {
        // `contains` has a SIMD path that `match_indices` lacks: the gate in `find` lets in every
        // paragraph with `story`, and most hold none of the notices.
        if !l.contains(notice) {
            continue;
        }
        for (at, _) in l.match_indices(notice) {
            let end = at + notice.len();
            let after_bracket = l[..at].trim_end().ends_with(')');
            if (sentence_start(l, at) || after_bracket)
                && l[end..].chars().next().is_none_or(char::is_whitespace)
            {
                cuts.push((at, end, BlockKind::Widget, BREAKING));
            }
        }
    }
}

/// Sentences of a text-alert offer.
const TEXT_ALERT_SENTENCES: [&str; 6] = [
    "want to get breaking news texts on your phone?",
    "text news to 41212.",
    "up to 5 msg/day.",
    "text help for help.",
    "text stop to cancel.",
    "msg&data; rates may apply.",
];

fn text_alert(l: &str, cuts: &mut Vec<Cut>) {
    for s in TEXT_ALERT_SENTENCES {
        for (at, _) in l.match_indices(s) {
            if sentence_start(l, at) {
                cuts.push((at, at + s.len(), BlockKind::Widget, TEXT_ALERT));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        super::super::cut_texts(find, s)
    }

    #[test]
    fn ticker_prompts_go_through_the_handle() {
        assert_eq!(
            cut(
                "the aide said. - follow the ticker on twitter: @politicalticker the former \
                 governor leads the field."
            ),
            ["- follow the ticker on twitter: @politicalticker"]
        );
        assert_eq!(
            cut("in florida. follow the ticker on twitter: @politicalticker but a source said so."),
            ["follow the ticker on twitter: @politicalticker"]
        );
        assert!(cut("fans who follow the team on twitter: @club said so.").is_empty());
    }

    #[test]
    fn scroll_labels_and_sentences() {
        assert_eq!(
            cut("in a statement. scroll down for video resigned: the aide stepped down."),
            ["scroll down for video"]
        );
        assert_eq!(
            cut("it's just isis.'scroll down for video the actress played a girl."),
            ["scroll down for video"]
        );
        assert_eq!(
            cut("near ajdabiya. ( scroll down for updates ) representatives met friday."),
            ["( scroll down for updates )"]
        );
        assert_eq!(
            cut("he died. scroll down for funeral service information. update, 7: 49 p.m."),
            ["scroll down for funeral service information."]
        );
        assert!(cut("you have to scroll down for a long time to find it.").is_empty());
        assert!(cut("he said. scroll down for the list, which we update daily.").is_empty());
    }

    #[test]
    fn breaking_notices_are_whole_sentences() {
        assert_eq!(
            cut("( photo: cara owsley ) this is a developing story. stay with us."),
            ["this is a developing story."]
        );
        assert_eq!(
            cut("he said. this is a developing story. check back soon for further information."),
            [
                "this is a developing story.",
                "check back soon for further information."
            ]
        );
        assert!(cut("he said. this is a developing story of greed and power.").is_empty());
        // Each occurrence is read, after a paragraph that holds `story` for other reasons.
        assert_eq!(
            cut("the story ran. check back for updates. he left. check back for updates."),
            ["check back for updates.", "check back for updates."]
        );
    }

    #[test]
    fn read_more_links_end_in_their_arrow() {
        assert_eq!(
            cut("at the agency. read more about asia's space race ➝ the experiment is part of it."),
            ["read more about asia's space race ➝"]
        );
        assert_eq!(
            cut("on the today show. read more » it is not known whether she will stay."),
            ["read more »"]
        );
        assert!(cut("she has read more books than anyone » he said.").is_empty());
    }

    #[test]
    fn text_alert_offers() {
        assert_eq!(
            cut(
                "want to get breaking news texts on your phone? text news to 41212. up to 5 \
                 msg/day. the mayor said."
            ),
            [
                "want to get breaking news texts on your phone?",
                "text news to 41212.",
                "up to 5 msg/day."
            ]
        );
    }
}
