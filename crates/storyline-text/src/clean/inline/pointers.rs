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
//! - ABC News' topic prompt `interested in <topic>? add <topic> as an interest to stay up to date
//!   on the latest …`, whole;
//! - `follow us at @handle` (with `and` when `like us on facebook`, cut by `prompts`, follows),
//!   a whole `submit a letter to the editor …` sentence, and a `more in this series` link
//!   opening a sentence;
//! - a station's bare **`More` link** opening a sentence before the next paragraph's first
//!   word when that word cannot follow the adverb or adjective `more` (an article, a quotation
//!   mark, a bracket: `… and beyond. More the court on thursday ordered …`, `More " the fog was
//!   so thick …`), and a **`See more videos` link** opening a sentence before a word that does
//!   not go on with it (`See more videos here's a breakdown …`; `See more videos of …` is the
//!   media pointer's sentence).

use super::super::BlockKind;
use super::{Cut, Para, sentence_start};
use crate::span::offset_in;

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
/// The reason of ABC News' topic prompt's cut.
const TOPIC: &str = "topic prompt (interested in …? add … as an interest to stay up to date …)";
/// The reason of a related-link label's cut.
const SERIES: &str = "related-link label (More in this series, More, See more videos)";

/// Words after a bare `More` link that the adverb or adjective `more` never opens a sentence
/// before: articles, quotation marks and a bracket.
const AFTER_MORE_LINK: [&str; 6] = ["the", "a", "an", "\"", "“", "("];

/// Words that go on with `See more videos` in a sentence of its own (`See more videos of the
/// storm below.`, `… from cnn`, `…: `), where the link is not glued before the next paragraph.
const SEE_MORE_OBJECTS: [&str; 9] = [
    "of", "from", "at", "on", "in", "here", "like", "about", "by",
];

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
    if super::holds!(l, "sign up") {
        sign_up_for(l, cuts);
        sign_up_buttons(l, cuts);
    }
    if super::holds!(l, "newsletter") || super::holds!(l, "subscribe now") {
        newsletters(l, cuts);
    }
    if super::holds!(l, "follow us") || super::holds!(l, "letter to the editor") {
        follow(l, cuts);
    }
    if super::holds!(l, "as an interest") {
        interest_prompts(l, cuts);
    }
    if super::holds!(l, " more") || l.starts_with("more ") || l.starts_with("see more ") {
        more_links(l, cuts);
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

/// A bare `More` link or a `See more videos` link opening a sentence before the next
/// paragraph's words (see the module's doc). One SIMD search for `more ` serves both (` more`
/// is among the commonest cues, so a paragraph holding it is searched often).
fn more_links(l: &str, cuts: &mut Vec<Cut>) {
    const SEE: &str = "see ";
    const VIDEOS: &str = "more videos ";
    for at in super::occurrences!(l, "more ") {
        let (start, end, followers, goes) = if sentence_start(l, at) {
            (at, at + "more".len(), &AFTER_MORE_LINK[..], true)
        } else if l[..at].ends_with(SEE)
            && l[at..].starts_with(VIDEOS)
            && sentence_start(l, at - SEE.len())
        {
            (
                at - SEE.len(),
                at + VIDEOS.len() - 1,
                &SEE_MORE_OBJECTS[..],
                false,
            )
        } else {
            continue;
        };
        let Some(next) = l[end..].split_whitespace().next() else {
            continue;
        };
        let next = next.trim_end_matches([':', ',']);
        if followers.contains(&next) == goes && !next.is_empty() {
            cuts.push((start, end, BlockKind::RelatedList, SERIES));
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
        p = before.len()
            - before
                .rsplit(char::is_whitespace)
                .next()
                .map_or(0, str::len);
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

/// Most words between `sign up for` and the prompt's last word (`take action now and get three
/// actions in your inbox`).
const SIGN_UP_WORDS: usize = 9;

/// The words that end a `sign up for …` prompt (`… newsletter`, `… breaking news alerts`, `…
/// delivered to your inbox`).
const SIGN_UP_ENDS: [&str; 7] = [
    "newsletter",
    "newsletters",
    "alerts",
    "emails",
    "briefing",
    "inbox",
    "inbox.",
];

/// Most words of the purpose after a prompt's last word, through its stop (`to get the latest
/// updates on kate middleton, meghan markle and more!`).
const SIGN_UP_TAIL_WORDS: usize = 12;

/// The words after a `sign up` button that open the page's own sentence (`Sign up help us
/// deliver journalism …`, `Sign up never miss a local story.`, `Sign up you agree to receive
/// …`) or the lead glued to it (`Sign up a two-hour standoff ensued …`).
const BUTTON_NEXT: [&str; 7] = ["help", "never", "be", "thank", "you", "a", "an"];

/// Most words of the page's sentence cut with a `sign up` button.
const BUTTON_SENTENCE_WORDS: usize = 20;

/// A `sign up for … newsletter|alerts|emails|briefing|inbox` prompt opening a sentence (or after
/// `register:` or `get the latest from <name>`), with its purpose (`to get …`, `and get …`)
/// through the stop; a prompt that goes on as prose (`… alerts at the county's website`, `…
/// from nbc news the statement`) stays.
fn sign_up_for(l: &str, cuts: &mut Vec<Cut>) {
    const OPEN: &str = "sign up for ";
    for (at, _) in l.match_indices(OPEN) {
        let name = at + OPEN.len();
        let mut n_end = None;
        for (k, w) in l[name..].split(' ').enumerate() {
            if k > SIGN_UP_WORDS
                || (w.contains(['.', ',', '"', ':', '!', '?', ';', '('])
                    && !SIGN_UP_ENDS.contains(&w))
            {
                break;
            }
            if SIGN_UP_ENDS.contains(&w) {
                n_end = Some(offset_in(l, w) + w.len());
                break;
            }
        }
        let Some(n_end) = n_end else { continue };
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
        let rest = &l[n_end..];
        let next = rest.split_whitespace().next();
        let end = if l[..n_end].ends_with('.') || rest.is_empty() {
            n_end
        } else if rest.starts_with(['.', '!']) {
            n_end + 1
        } else if next.is_some_and(|w| {
            matches!(
                w,
                "from" | "at" | "on" | "by" | "through" | "via" | "with" | "in" | "is" | "are"
            )
        }) {
            continue;
        } else if next.is_some_and(|w| matches!(w, "to" | "and" | "every" | "delivered" | "direct"))
            && let Some(stop) = rest.find(['.', '!', '?'])
            && rest[..stop].split_whitespace().count() <= SIGN_UP_TAIL_WORDS
            && !rest[..stop].contains(['"', ';'])
            && !rest[..stop].contains(" said")
        {
            n_end + stop + 1
        } else {
            n_end
        };
        cuts.push((start, end, BlockKind::Widget, NEWSLETTER));
    }
}

/// A `sign up` button opening a sentence, before the page's own sentence (`help us deliver
/// journalism that makes a difference in our community.`, `never miss a local story.`), cut
/// with it, or before the lead (`Sign up a two-hour standoff ensued …`), cut alone; the Times of
/// Israel's `get … daily edition by email and never miss our top stories free sign up`.
fn sign_up_buttons(l: &str, cuts: &mut Vec<Cut>) {
    const BUTTON: &str = "sign up ";
    for (at, _) in l.match_indices(BUTTON) {
        let after = at + BUTTON.len();
        if l[after..].starts_with("for ") {
            continue;
        }
        if l[..at].ends_with("free ")
            && l[..at]
                .trim_end()
                .ends_with("never miss our top stories free")
            && let Some(start) = start_within(l, at, 20)
        {
            cuts.push((start, after - 1, BlockKind::Widget, NEWSLETTER));
            continue;
        }
        let Some(next) = l[after..].split_whitespace().next() else {
            continue;
        };
        if !sentence_start(l, at) || !BUTTON_NEXT.contains(&next) {
            continue;
        }
        let mut end = after - 1;
        // The page's own sentence (not the lead's `a …`).
        if !matches!(next, "a" | "an")
            && let Some(stop) = stop_after(l, after)
            && l[after..stop].split_whitespace().count() <= BUTTON_SENTENCE_WORDS
            && !l[after..stop].contains(['"', ':', ';'])
        {
            end = stop;
        }
        cuts.push((at, end, BlockKind::Widget, NEWSLETTER));
    }
}

fn newsletters(l: &str, cuts: &mut Vec<Cut>) {
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

/// Most words of the topic in ABC News' `interested in <topic>? add <topic> as an interest …`.
const TOPIC_WORDS: usize = 6;

/// Most words after `on the latest` through the prompt's stop (`<topic> news, video, and
/// analysis from abc news.`).
const INTEREST_TAIL_WORDS: usize = 14;

/// ABC News' topic prompt, whole: `interested in <topic>? add <topic> as an interest to stay up
/// to date on the latest <topic> news, video, and analysis from abc news.` (the question when it
/// stands before it; the prompt through the paragraph's end when the page is cut short in it).
fn interest_prompts(l: &str, cuts: &mut Vec<Cut>) {
    const BODY: &str = " as an interest to stay up to date on the latest";
    for (at, _) in l.match_indices(BODY) {
        let Some(start) = start_within(l, at, TOPIC_WORDS + 1) else {
            continue;
        };
        if !l[start..].starts_with("add ") {
            continue;
        }
        let after = at + BODY.len();
        let end = match l[after..].find(['.', '!', '?']) {
            Some(stop) => after + stop + 1,
            None => l.len(),
        };
        if l[after..end].split_whitespace().count() > INTEREST_TAIL_WORDS {
            continue;
        }
        // The question before it, `interested in <topic>?`.
        let mut from = start;
        let before = l[..start].trim_end();
        if before.ends_with('?')
            && let Some(q) = before.rfind("interested in")
            && before[q..].split_whitespace().count() <= TOPIC_WORDS + 2
            && sentence_start(l, q)
        {
            from = q;
        }
        cuts.push((from, end, BlockKind::Widget, TOPIC));
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
    fn sign_up_prompts_and_buttons() {
        assert_eq!(
            cut(
                "team members said. sign up for science news delivered to your inbox an artist's \
                 conception shows"
            ),
            ["sign up for science news delivered to your inbox"]
        );
        assert_eq!(
            cut("he said. sign up for the new us morning briefing \" the recent elections \""),
            ["sign up for the new us morning briefing"]
        );
        assert_eq!(
            cut(
                "ready to fight back? sign up for take action now and get three actions in your \
                 inbox every week. you will receive"
            ),
            ["sign up for take action now and get three actions in your inbox every week."]
        );
        assert_eq!(
            cut(
                "on april 15, 2016. sign up help us deliver journalism that makes a difference in \
                 our community. our journalism takes"
            ),
            ["sign up help us deliver journalism that makes a difference in our community."]
        );
        assert_eq!(
            cut("by law enforcement. sign up a two-hour standoff ensued."),
            ["sign up"]
        );
        assert_eq!(
            cut(
                "in 1961. get the times of israel's daily edition by email and never miss our top \
                 stories free sign up in the petition, he wrote"
            ),
            [
                "get the times of israel's daily edition by email and never miss our top stories free sign up"
            ]
        );
        // Prose: a prompt that goes on, an outlet after it, sign-up sheets, a sign-up in a clause.
        assert!(
            cut("sign up for email alerts at the county's website, officials said.").is_empty()
        );
        assert!(cut("sign up for breaking news alerts from nbc news the statement").is_empty());
        assert!(
            cut("sign up sheets were posted. if workers don't sign up, coverage rises.").is_empty()
        );
        assert!(
            cut("on the last day to sign up for obamacare, evidence appears to be mounting.")
                .is_empty()
        );
    }

    #[test]
    fn abc_topic_prompts_go_whole() {
        assert_eq!(
            cut(
                "he taught. interested in lgbt? add lgbt as an interest to stay up to date on the \
                 latest lgbt news, video, and analysis from abc news. the school said"
            ),
            [
                "interested in lgbt? add lgbt as an interest to stay up to date on the latest lgbt \
              news, video, and analysis from abc news."
            ]
        );
        assert_eq!(
            cut(
                "in moscow. interested in? add as an interest to stay up to date on the latest news, \
                 video, and analysis from abc news."
            ),
            [
                "interested in? add as an interest to stay up to date on the latest news, video, and \
              analysis from abc news."
            ]
        );
        assert_eq!(
            cut(
                "hurricane harvey? add hurricane harvey as an interest to stay up to date on the latest"
            ),
            ["add hurricane harvey as an interest to stay up to date on the latest"]
        );
        assert!(
            cut("she listed cooking as an interest to stay up to date on the latest trends.")
                .is_empty()
        );
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

    #[test]
    fn a_bare_more_link_goes_before_a_word_more_never_opens_a_sentence_with() {
        for (text, link) in [
            (
                "to stay on top of the latest news. more the court on thursday ordered a class.",
                "more",
            ),
            (
                "he has had trouble with the law before. more a grand jury indicted him.",
                "more",
            ),
            (
                "his son-in-law has been rescued. more \" the fog was so thick, \" he said.",
                "more",
            ),
            (
                "as the plane came down. see more videos here's a breakdown of his work.",
                "see more videos",
            ),
            ("see more videos no motive", "see more videos"),
        ] {
            assert_eq!(cut(text), [link], "{text}");
        }
        for text in [
            "more than 200 people were hurt. more people will have access to care.",
            "the more the merrier. more important, he said, is the vote.",
            "it costs more. the court agreed.",
            "see more videos of the storm below in our gallery.",
            "see more videos from cnn on the page.",
        ] {
            assert!(cut(text).is_empty(), "{text}: {:?}", cut(text));
        }
    }
}
