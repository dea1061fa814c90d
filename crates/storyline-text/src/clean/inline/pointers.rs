//! A page's pointers to its own media and its subscription buttons, glued into the text, each
//! behind a cue of the paragraph's scan:
//!
//! - a **media pointer**, a whole sentence of at most [`POINTER_WORDS`] words that opens on a
//!   verb addressed to the reader (`watch`, `check out`, `flip through` …) and points at a
//!   video, clip or gallery `above` or `below` (`Watch gina silva's full report in the video
//!   above.`, `Check out the photos of the " full house " home in the gallery above.`); a
//!   sentence that says more after the pointer (a quote, `said`) is prose;
//! - **gallery buttons**: `open this photo in gallery` wherever it stands, and `view gallery` /
//!   `view photo gallery:` opening a sentence (the caption or lead after them stays);
//! - **newsletter prompts**: `sign up for our … newsletter` opening a sentence or after
//!   `register:` or `get the latest from <name>`, through `newsletter`; a `newsletter sign up`
//!   button opening a sentence; a `subscribe now` button glued before a sentence (not `subscribe
//!   now to …`, which the links after it name);
//! - `follow us at @handle` (with `and` when `like us on facebook`, cut by `prompts`, follows),
//!   a whole `submit a letter to the editor …` sentence, and a `more in this series` link
//!   opening a sentence.

use super::super::BlockKind;
use super::{Cut, Para, sentence_start};

/// Most words of a media pointer sentence (`Check out the photos of the " full house " home in
/// the gallery above.`).
const POINTER_WORDS: usize = 18;

/// Verbs addressed to the reader that open a media pointer, each with its space.
const POINTER_VERBS: [&str; 9] = [
    "watch ",
    "check out ",
    "see ",
    "view ",
    "flip through ",
    "take a look at ",
    "click through ",
    "scroll through ",
    "browse ",
];

/// The media a pointer points at, as the word before `above` or `below`.
const MEDIA: [&str; 8] = [
    "video",
    "videos",
    "clip",
    "gallery",
    "slideshow",
    "player",
    "photos",
    "pictures",
];

/// The reason of a media pointer's cut.
const POINTER: &str = "media pointer (Watch … in the video above.)";
/// The reason of a gallery button's cut.
const GALLERY: &str = "gallery button (Open this photo in gallery, View gallery)";
/// The reason of a newsletter prompt's cut.
const NEWSLETTER: &str = "newsletter prompt (sign up for our … newsletter, subscribe now)";
/// The reason of a social or letters prompt's cut.
const FOLLOW: &str = "call to action (follow us at @handle, submit a letter to the editor)";
/// The reason of a related-link label's cut.
const SERIES: &str = "related-link label (More in this series)";

/// Finds the pointers and buttons in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if super::holds!(l, " above") || super::holds!(l, " below") {
        media_pointers(l, cuts);
    }
    if super::holds!(l, "open this photo in gallery")
        || super::holds!(l, "view gallery")
        || super::holds!(l, "view photo gallery")
    {
        gallery_buttons(l, cuts);
    }
    if super::holds!(l, "newsletter") || super::holds!(l, "subscribe now") {
        newsletters(l, cuts);
    }
    if super::holds!(l, "follow us") || super::holds!(l, "letter to the editor") {
        follow(l, cuts);
    }
    if super::holds!(l, "more in this series") {
        for (at, m) in l.match_indices("more in this series") {
            let end = at + m.len();
            if sentence_start(l, at) && l[end..].starts_with(char::is_whitespace) {
                cuts.push((at, end, BlockKind::RelatedList, SERIES));
            }
        }
    }
}

/// The start of the sentence holding byte `at` when it is at most `words` words back.
fn start_within(l: &str, at: usize, words: usize) -> Option<usize> {
    let mut p = at;
    for _ in 0..=words {
        if sentence_start(l, p) {
            return Some(p);
        }
        let before = l[..p].trim_end();
        p = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    }
    None
}

/// The end of the sentence from `from` (after its stop: `.`, `!`, `?` or a closing `:`), when
/// the stop is followed by a space or the paragraph's end.
fn stop_after(l: &str, from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(off) = l[i..].find(['.', '!', '?', ':']) {
        let stop = i + off + 1;
        if l[stop..].chars().next().is_none_or(char::is_whitespace) {
            return Some(stop);
        }
        i = stop;
    }
    None
}

fn media_pointers(l: &str, cuts: &mut Vec<Cut>) {
    for side in [" above", " below"] {
        for (at, _) in l.match_indices(side) {
            let noun_end = at;
            let noun_start = l[..noun_end].rfind(' ').map_or(0, |i| i + 1);
            if !MEDIA.contains(&&l[noun_start..noun_end]) {
                continue;
            }
            let Some(start) = start_within(l, noun_start, POINTER_WORDS) else {
                continue;
            };
            if !POINTER_VERBS.iter().any(|v| l[start..].starts_with(v)) {
                continue;
            }
            let after = at + side.len();
            if !l[after..].starts_with([' ', '.', '!', ',', ':']) && after != l.len() {
                continue;
            }
            let Some(end) = stop_after(l, after) else {
                continue;
            };
            let tail = &l[after..end];
            if l[start..end].split_whitespace().count() > POINTER_WORDS
                || tail.contains(['"', '(', ';'])
                || tail.contains(" said")
                || tail.contains(" says")
            {
                continue;
            }
            cuts.push((start, end, BlockKind::Widget, POINTER));
        }
    }
}

fn gallery_buttons(l: &str, cuts: &mut Vec<Cut>) {
    const OPEN: &str = "open this photo in gallery";
    for (at, _) in l.match_indices(OPEN) {
        let end = at + OPEN.len();
        if l[end..].chars().next().is_none_or(char::is_whitespace) {
            cuts.push((at, end, BlockKind::Widget, GALLERY));
        }
    }
    for label in ["view photo gallery", "view gallery"] {
        for (at, _) in l.match_indices(label) {
            if !sentence_start(l, at) {
                continue;
            }
            let mut end = at + label.len();
            if l[end..].starts_with([':', '.']) {
                end += 1;
            }
            if l[end..].chars().next().is_none_or(char::is_whitespace) {
                cuts.push((at, end, BlockKind::Widget, GALLERY));
            }
        }
    }
}

/// Most words between `sign up for our` and `newsletter` (`the race/related`, `free breaking
/// news`).
const NEWSLETTER_NAME_WORDS: usize = 5;

fn newsletters(l: &str, cuts: &mut Vec<Cut>) {
    for open in ["sign up for our ", "sign up for the "] {
        for (at, _) in l.match_indices(open) {
            let name = at + open.len();
            let Some(off) = l[name..].find("newsletter") else {
                continue;
            };
            let n_end = name + off + "newsletter".len();
            if l[name..name + off].split_whitespace().count() > NEWSLETTER_NAME_WORDS
                || l[name..name + off].contains(['.', ',', '"', ':', '!', '?'])
                || !l[n_end..].chars().next().is_none_or(char::is_whitespace)
            {
                continue;
            }
            let before = l[..at].trim_end();
            let start = if let Some(b) = before.strip_suffix("register:") {
                b.len()
            } else if let Some(from) = before.rfind("get the latest from ")
                && before[from + "get the latest from ".len()..]
                    .split_whitespace()
                    .count()
                    == 1
                && sentence_start(l, from)
            {
                from
            } else if sentence_start(l, at) {
                at
            } else {
                continue;
            };
            let end = if l[n_end..].starts_with('.') {
                n_end + 1
            } else {
                n_end
            };
            cuts.push((start, end, BlockKind::Widget, NEWSLETTER));
        }
    }
    for button in ["newsletter sign up", "newsletter sign-up"] {
        for (at, _) in l.match_indices(button) {
            let end = at + button.len();
            if sentence_start(l, at) && l[end..].chars().next().is_none_or(char::is_whitespace) {
                cuts.push((at, end, BlockKind::Widget, NEWSLETTER));
            }
        }
    }
    for (at, m) in l.match_indices("subscribe now") {
        let end = at + m.len();
        let next = l[end..].split_whitespace().next();
        // `subscribe now to the tonight show: http://…` and `subscribe now and save` are a
        // prompt's own words; `subscribe now.` ends it.
        if sentence_start(l, at)
            && l[end..].chars().next().is_none_or(char::is_whitespace)
            && next.is_none_or(|w| !matches!(w, "to" | "and" | "for" | "at" | "!" | "."))
        {
            cuts.push((at, end, BlockKind::Widget, NEWSLETTER));
        }
    }
}

/// Most words of a `submit a letter to the editor …` sentence.
const LETTER_WORDS: usize = 14;

fn follow(l: &str, cuts: &mut Vec<Cut>) {
    const LETTER: &str = "submit a letter to the editor";
    for (at, _) in l.match_indices("follow us at @") {
        let handle = at + "follow us at ".len();
        let mut end = handle
            + l[handle..]
                .find(char::is_whitespace)
                .unwrap_or(l.len() - handle);
        // The `like us on facebook` button after it goes by `prompts`; the `and` between with it.
        if l[end..].starts_with(" and like us on facebook") {
            end += " and".len();
        }
        if sentence_start(l, at) {
            cuts.push((at, end, BlockKind::Widget, FOLLOW));
        }
    }
    for (at, _) in l.match_indices(LETTER) {
        if !sentence_start(l, at) {
            continue;
        }
        if let Some(end) = stop_after(l, at + LETTER.len())
            && l[at..end].split_whitespace().count() <= LETTER_WORDS
        {
            cuts.push((at, end, BlockKind::Widget, FOLLOW));
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
    fn media_pointers_are_whole_sentences() {
        assert_eq!(
            cut("the crowd cheered. watch gina silva's full report in the video above. it ended."),
            ["watch gina silva's full report in the video above."]
        );
        assert_eq!(
            cut("check out the photos of the \" full house \" home in the gallery above."),
            ["check out the photos of the \" full house \" home in the gallery above."]
        );
        assert_eq!(
            cut("it went viral. watch the video above to see the unforgettable moment!"),
            ["watch the video above to see the unforgettable moment!"]
        );
        assert_eq!(
            cut(
                "he spoke. check out deadline's exclusive video above. flip through the gallery above."
            ),
            [
                "check out deadline's exclusive video above.",
                "flip through the gallery above."
            ]
        );
        // Prose that mentions the video, or says more after it, stays.
        assert!(
            cut("just watch the 'rock ' in the video above suddenly reveal its true nature.")
                .is_empty()
        );
        assert!(cut("the visijet version exploded, as seen in the video above.").is_empty());
        assert!(cut("watch the video above, in which he said \" i quit. \"").is_empty());
        assert!(cut("the temperature stayed above freezing. see the chart below.").is_empty());
    }

    #[test]
    fn gallery_buttons_go_alone() {
        assert_eq!(
            cut("open this photo in gallery yosif al-hasnawi, 19, was shot and killed."),
            ["open this photo in gallery"]
        );
        assert_eq!(
            cut("refusing to help. view gallery canines have the capacity to co-operate."),
            ["view gallery"]
        );
        assert_eq!(
            cut("the health care bill. view photo gallery: the democrat from nebraska said no."),
            ["view photo gallery:"]
        );
        assert!(cut("visitors can view gallery space on the second floor.").is_empty());
    }

    #[test]
    fn newsletter_prompts_go_to_newsletter() {
        assert_eq!(
            cut(
                "according to the sheriff's report register: sign up for our free breaking news \
                 newsletter the sheriff's report says"
            ),
            ["register: sign up for our free breaking news newsletter"]
        );
        assert_eq!(
            cut("get the latest from today sign up for our newsletter july 30, 2018"),
            ["get the latest from today sign up for our newsletter"]
        );
        assert_eq!(
            cut("she said. newsletter sign up continue reading"),
            ["newsletter sign up"]
        );
        assert_eq!(
            cut("unlimited digital access. subscribe now in addition, trump's top aides said no."),
            ["subscribe now"]
        );
        // Real text: a program to sign up for, subscribers, a prompt's own words.
        assert!(cut("residents can sign up for the program's newsletter at city hall.").is_empty());
        assert!(
            cut("if workers don't sign up, coverage will jump. subscribers paid more.").is_empty()
        );
        assert!(cut("subscribe now to the tonight show: http://bit.ly/x").is_empty());
    }

    #[test]
    fn follow_and_letter_prompts_and_series_links() {
        assert_eq!(
            cut("follow us at @worldsportcnn and like us on facebook ( cnn ) -- it may"),
            ["follow us at @worldsportcnn and"]
        );
        assert_eq!(
            cut(
                "what you think. submit a letter to the editor or write to letters@theatlantic.com."
            ),
            ["submit a letter to the editor or write to letters@theatlantic.com."]
        );
        assert!(cut("\" he wrote in a letter to the editor of the times.").is_empty());
        assert_eq!(
            cut(
                "a tip to harvey@texastribune.org. more in this series washington – many new yorkers"
            ),
            ["more in this series"]
        );
    }
}
