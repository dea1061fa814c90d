//! A share bar's button names glued into the prose without a `Share this` or `Play` before them,
//! where what follows shows what they belong to:
//!
//! - a photo's share buttons before its caption (the Guardian: `Facebook twitter pinterest
//!   banksy's walled off hotel in bethlehem. Photograph: quique kierszenbaum`): the buttons, the
//!   caption and the `Photograph:` credit after it. A caption ends at its credit, at the next
//!   photo's buttons (a gallery: `… ( cnw group/reputation institute ) facebook twitter
//!   pinterest …`), at its stop (a video's caption has no credit) or with the paragraph; without
//!   one of them within a few words nothing shows where the caption ends, and only the buttons
//!   go.
//! - a video's share buttons before its playing time (NBC: `Facebook twitter google plus embed 0:
//!   23 taipei, taiwan — taipei's mayor hailed …`): the buttons and the time; the lead after them
//!   stays.
//! - a row of share buttons that names no network but `share` and `tweet` (ABC Australia: `…
//!   told media outside the venue. Share share tweet link johann ofner died …`, `Share tweet
//!   share send link update: …`; a headline before it: `… tattooed on his head share tweet meet
//!   paul terry.`): the row, and a headline before it at the paragraph's start.
//!
//! Prose names the networks too (`on facebook, twitter and pinterest`), never all three in a
//! row before a caption, nor before `embed` and a time.

use super::super::BlockKind;
use super::{
    Cut, Para, SHARE_BUTTONS, duration_len, headline_before, holds, sentence_start, tokens,
};

/// A caption after a photo's share buttons has at most this many words (40 seen in val).
const CAPTION_MAX_WORDS: usize = 45;

/// A caption without a credit ends at its stop within this many words (22 seen in val); a longer
/// run may be the article's own sentence.
const STOP_CAPTION_MAX_WORDS: usize = 30;

/// The buttons' names, as pages print them in a row.
const BUTTONS: &str = "facebook twitter ";

/// The photo's share bar: [`BUTTONS`] and then this.
const PHOTO: &str = "pinterest ";

/// The credit after a Guardian caption, and how many words of a name it has at most.
const CREDIT: &str = "photograph:";
const CREDIT_MAX_WORDS: usize = 6;

/// Finds photo and video share bars and rows of share buttons in `l` (one lower-cased
/// paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if holds!(l, "share tweet") || holds!(l, "tweet share") {
        button_rows(l, cuts);
    }
    if !holds!(l, BUTTONS) {
        return;
    }
    let starts: Vec<usize> = l
        .match_indices(BUTTONS)
        .map(|(at, _)| at)
        .filter(|&at| !l[..at].ends_with(|c: char| c.is_alphanumeric()))
        // `… photos on facebook twitter pinterest and instagram`: the networks named in prose.
        .filter(|&at| {
            let prev = l[..at].split_whitespace().next_back().unwrap_or("");
            !crate::clean::lexicon::contains(crate::clean::lexicon::FUNCTION_WORDS, prev)
        })
        .collect();
    for (k, &at) in starts.iter().enumerate() {
        let rest = &l[at + BUTTONS.len()..];
        if let Some(caption) = rest.strip_prefix(PHOTO) {
            let from = l.len() - caption.len();
            let next = starts.get(k + 1).copied().unwrap_or(l.len());
            let end = caption_end(l, from, next).unwrap_or(from - 1);
            cuts.push((
                at,
                end,
                BlockKind::Caption,
                "photo share buttons and caption (Facebook twitter pinterest …)",
            ));
            continue;
        }
        let Some(after) = rest
            .strip_prefix("embed ")
            .or_else(|| rest.strip_prefix("google plus embed "))
        else {
            continue;
        };
        // `Play facebook twitter …` is a player's row with a headline (`inline::video_embeds`).
        if l[..at].trim_end().ends_with("play") || !sentence_start(l, at) {
            continue;
        }
        let time = l.len() - after.len();
        if let Some(n) = duration_len(after) {
            cuts.push((
                at,
                time + n,
                BlockKind::Widget,
                "video share buttons and playing time (Facebook twitter embed 0: 23)",
            ));
        }
    }
}

/// Words of a row of share buttons: the networks' names of [`SHARE_BUTTONS`] and the actions
/// (`share share tweet link`, `share tweet pin to pinterest pin link`, `share tweet share send
/// link`).
fn is_button(w: &str) -> bool {
    SHARE_BUTTONS.contains(&w) || matches!(w, "share" | "tweet" | "link" | "send" | "pin" | "print")
}

/// Rows of share buttons holding `share tweet` or `tweet share` as words: from the first button
/// word before it (after a sentence's end or at the paragraph's start, or after a headline) to
/// the last after it (`to` only in `pin to pinterest`). A verb's object in prose (`to share tweet
/// links`) follows a function word and stays.
fn button_rows(l: &str, cuts: &mut Vec<Cut>) {
    let mut done = 0;
    for pair in ["share tweet", "tweet share"] {
        for (at, _) in l.match_indices(pair) {
            if at < done
                || l[..at].ends_with(|c: char| c.is_alphanumeric())
                || l[at + pair.len()..].starts_with(|c: char| c.is_alphanumeric())
            {
                continue;
            }
            // Back over the button words before it.
            let mut start = at;
            while let Some(prev) = l[..start].trim_end().rsplit(' ').next()
                && is_button(prev)
                && l[..start].ends_with(' ')
            {
                start = l[..start].trim_end().len() - prev.len();
            }
            let prev = l[..start].split_whitespace().next_back().unwrap_or("");
            if crate::clean::lexicon::contains(crate::clean::lexicon::FUNCTION_WORDS, prev) {
                continue;
            }
            let mut end = at + pair.len();
            let mut words = tokens(l, end).peekable();
            while let Some(&(p, w)) = words.peek() {
                let pin_to = w == "to" && l[..p].trim_end().ends_with("pin");
                if !(is_button(w) || pin_to) {
                    break;
                }
                end = p + w.len();
                words.next();
            }
            // A headline glued before the row opens the paragraph.
            if start > 0 && !sentence_start(l, start) && headline_before(l, start) {
                cuts.push((
                    0,
                    l[..start].trim_end().len(),
                    BlockKind::Headline,
                    "page headline before a share widget",
                ));
            }
            cuts.push((
                start,
                end,
                BlockKind::Widget,
                "share buttons (Share share tweet link)",
            ));
            done = end;
        }
    }
}

/// What a lone `Share` button is glued to, after it: another button of the bar (`print`,
/// `pinterest email`, `copy link`), the Daily Mail's `on more`, an advertisement's label or the
/// button's own colon. The words are checked in this order by [`share_tail`].
const SHARE_TAILS: [&str; 4] = ["copy link", "on more", "advertising", "advertisement"];

/// A lone `Share` button glued to the text with another button or label after it (`… shawnee
/// park shooting share copy link copy louisville, ky — police are …`, `Share advertising the
/// state of hawaii is rolling out …`, `Share on more share on more good morning britain …`,
/// `nfhs news share print the number of participants …`, `Share: giant tortoises gain a
/// foothold …`), and LinkedIn's `please share on linkedin` before the lead: the buttons and the
/// label go, the text after them stays. In prose someone shares something: after a function word
/// (`to share email addresses`, `donate and share:`), before `than` (`share on more than …`) or
/// with a network anywhere but after `please` (`users share on facebook`), `share` stays. A
/// colon is a label only where a sentence starts.
///
/// Runs after the datelines: a headline glued before a dateline goes with the buttons between
/// them (`… in shawnee park shooting share copy link copy louisville, ky — …`), and a `share`
/// inside a cut is left to it.
pub(super) fn lone_shares(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let l: &str = l;
    // The cheap gate: paragraphs without the word are most (one searcher for all of them).
    let mut done = 0;
    for at in super::occurrences!(l, "share") {
        let after = at + "share".len();
        if at < done
            || cuts.iter().any(|c| c.0 <= at && at < c.1)
            || l[..at].ends_with(|c: char| c.is_alphanumeric())
            || l[after..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        {
            continue;
        }
        let prev = l[..at].split_whitespace().next_back().unwrap_or("");
        let please = prev == "please";
        // `more` ends the Daily Mail's first `Share on more` when it prints the pair twice.
        let twice = l[..at].trim_end().ends_with("share on more");
        if crate::clean::lexicon::contains(crate::clean::lexicon::FUNCTION_WORDS, prev) && !twice
            || prev.ends_with(['"', '“'])
            || prev == "&amp;"
        {
            continue;
        }
        let Some(end) = share_tail(l, after, please, sentence_start(l, at)) else {
            continue;
        };
        let start = if please {
            l[..at].trim_end().len() - prev.len()
        } else {
            at
        };
        cuts.push((
            start,
            end,
            BlockKind::Widget,
            "lone share button before another button or label (share print, Share: …)",
        ));
        done = end;
    }
}

/// Where the buttons after a lone `share` that ends at `after` end, if a button or label follows
/// it (see [`lone_shares`]); `please` says `please` stands before `share`, `opens` that a
/// sentence starts at `share`.
fn share_tail(l: &str, after: usize, please: bool, opens: bool) -> Option<usize> {
    let rest = &l[after..];
    if let Some(r) = rest.strip_prefix(':') {
        // `Share: giant tortoises …`, not `share: http://…` or `share: )`.
        let ok = opens && r.starts_with(' ') && r[1..].starts_with(|c: char| c.is_alphanumeric());
        return (ok && !r[1..].starts_with("http")).then_some(after + 1);
    }
    let mut words = tokens(l, after).peekable();
    let &(p, w) = words.peek()?;
    let mut end;
    if please {
        // `please share on linkedin …`: the network bare, no stop or comma after it.
        let (q, net) = words.nth(1)?;
        // `Please share on facebook to spread the word`: an instruction runs on.
        let next = words.next().map_or("", |x| x.1);
        if w != "on"
            || !SHARE_BUTTONS.contains(&net)
            || net == "email"
            || matches!(next, "to" | "and" | "or" | "if" | "so")
        {
            return None;
        }
        return Some(q + net.len());
    } else if SHARE_BUTTONS.contains(&w) && w != "facebook" && w != "twitter" || w == "print" {
        // `share print`, `share pinterest email`: prose names `facebook` and `twitter` after a
        // noun (`voters share facebook posts`), a bar's other buttons it does not.
        end = p + w.len();
        words.next();
    } else {
        let tail = SHARE_TAILS.iter().find(|t| {
            rest.trim_start().starts_with(**t)
                && !rest.trim_start()[t.len()..].starts_with(|c: char| c.is_alphanumeric())
        })?;
        end = after + (rest.len() - rest.trim_start().len()) + tail.len();
        let next = tokens(l, end).next().map_or("", |x| x.1);
        if next == "than" {
            return None;
        }
        // The Daily Mail prints its `Share on more` twice; the link's tooltip repeats `copy`.
        for again in [" share on more", " copy"] {
            if l[end..].starts_with(again)
                && !l[end + again.len()..].starts_with(|c: char| c.is_alphanumeric())
            {
                end += again.len();
            }
        }
        return Some(end);
    }
    // The bar's other buttons after the first.
    for (p, w) in words {
        if !(SHARE_BUTTONS.contains(&w) || w == "print") {
            break;
        }
        end = p + w.len();
    }
    Some(end)
}

/// Where the caption that starts at `from` ends: at `next` (the next photo's buttons) or after
/// the credit that follows it within [`CAPTION_MAX_WORDS`] words; a caption without a credit (a
/// video's) at its stop within [`STOP_CAPTION_MAX_WORDS`] words, or at the paragraph's end.
/// Otherwise `None`, and only the buttons go.
fn caption_end(l: &str, from: usize, next: usize) -> Option<usize> {
    let limit = tokens(l, from)
        .nth(CAPTION_MAX_WORDS)
        .map_or(l.len(), |(at, _)| at);
    if next < l.len() && next <= limit {
        return Some(l[..next].trim_end().len());
    }
    if let Some(c) = l[from..limit].find(CREDIT) {
        return Some(credit_end(l, from + c + CREDIT.len()));
    }
    // A video's caption has no credit (`Facebook twitter pinterest shenzhen half marathon footage
    // shows participants taking shortcuts. Xinhua quoted …`): through its stop, when short.
    for (n, (at, w)) in tokens(l, from).enumerate() {
        if n >= STOP_CAPTION_MAX_WORDS {
            break;
        }
        if w.trim_end_matches(['"', '\'', ')'])
            .ends_with(['.', '!', '?'])
        {
            return Some(at + w.len());
        }
    }
    // A caption alone in its paragraph, with no sentence of the article after its stop.
    let text = l[from..].trim_end();
    let one_sentence = !text
        .trim_end_matches(['.', '!', '?', '"', '\'', ')'])
        .contains(['.', '!', '?']);
    (limit == l.len() && one_sentence).then_some(from + text.len())
}

/// End of the photographer's and agency's name after `Photograph:` that starts at `from`: through
/// its stop, its `name/agency` word (with `images` after it: `munir uz zaman/afp/getty images`)
/// or `for the guardian`, within [`CREDIT_MAX_WORDS`] words; nothing else shows where the name
/// ends and the article goes on, and then only the label goes.
fn credit_end(l: &str, from: usize) -> usize {
    let words: Vec<(usize, &str)> = tokens(l, from).take(CREDIT_MAX_WORDS + 1).collect();
    for (n, &(at, w)) in words.iter().enumerate().take(CREDIT_MAX_WORDS) {
        if w.ends_with('.') {
            return at + w.len();
        }
        if w == "for"
            && let [
                (_, "the"),
                (g, paper @ ("guardian" | "observer" | "guardian." | "observer.")),
            ] = words[n + 1..words.len().min(n + 3)]
        {
            return g + paper.len();
        }
        if w.contains('/') {
            return match words.get(n + 1) {
                Some(&(i, x @ ("images" | "images."))) => i + x.len(),
                _ => at + w.len(),
            };
        }
    }
    from
}

#[cfg(test)]
mod tests {
    use super::super::cut_texts;
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        cut_texts(find, s)
    }

    fn lone(s: &str) -> Vec<&str> {
        cut_texts(lone_shares, s)
    }

    /// A lone `Share` button goes with the button or label glued after it; the lead stays, and
    /// so does `share` in prose.
    #[test]
    fn a_lone_share_button_goes_with_the_next_button() {
        for (s, gone) in [
            (
                "share copy link copy louisville police are investigating.",
                "share copy link copy",
            ),
            (
                "nfhs news share print the number of participants increased.",
                "share print",
            ),
            (
                "getty images share pinterest email rio de janeiro — a man was killed.",
                "share pinterest email",
            ),
            (
                "share advertising the state of hawaii is rolling out a plan.",
                "share advertising",
            ),
            (
                "share on more share on more good morning britain meghan markle's father spoke.",
                "share on more share on more",
            ),
            (
                "share: giant tortoises gain a foothold on a galapagos island.",
                "share:",
            ),
            (
                "relevant to your professional network? please share on linkedin archeologists digging at the site found a skeleton.",
                "please share on linkedin",
            ),
        ] {
            assert_eq!(lone(s), [gone], "{s}");
        }
        for prose in [
            "they share email accounts with their parents.",
            "voters share facebook posts about the race.",
            "the company's share on more than half the market grew.",
            "users share on facebook what they eat.",
            "please share on facebook to spread the word.",
            "please continue to donate and share: ) click the links below.",
            "copy, paste & share: http://example.com",
            "the rally, jan. 28 share: new york — it opened.",
            "she told them to share print copies of the flyer.",
        ] {
            assert!(lone(prose).is_empty(), "{prose}");
        }
    }

    #[test]
    fn a_photo_share_bar_goes_with_its_caption_and_credit() {
        assert_eq!(
            cut(
                "the hotel opened in march. facebook twitter pinterest banksy's walled off hotel in bethlehem. photograph: quique kierszenbaum for the guardian from the outside it looks plain."
            ),
            vec![
                "facebook twitter pinterest banksy's walled off hotel in bethlehem. photograph: quique kierszenbaum for the guardian"
            ]
        );
        assert_eq!(
            cut(
                "facebook twitter pinterest local villagers look at the site. photograph: imaginechina/rex/shutterstock but the telescope is big."
            ),
            vec![
                "facebook twitter pinterest local villagers look at the site. photograph: imaginechina/rex/shutterstock"
            ]
        );
        assert_eq!(
            cut(
                "facebook twitter pinterest dhaka floods. photograph: munir uz zaman/afp/getty images on the streets."
            ),
            vec![
                "facebook twitter pinterest dhaka floods. photograph: munir uz zaman/afp/getty images"
            ]
        );
        // The paragraph ends with the caption.
        assert_eq!(
            cut("facebook twitter pinterest archaeologists working at"),
            vec!["facebook twitter pinterest archaeologists working at"]
        );
    }

    #[test]
    fn a_video_caption_goes_through_its_stop() {
        assert_eq!(
            cut(
                "facebook twitter pinterest half marathon footage shows runners taking shortcuts. xinhua quoted organisers."
            ),
            vec![
                "facebook twitter pinterest half marathon footage shows runners taking shortcuts."
            ]
        );
    }

    #[test]
    fn without_a_credit_or_a_near_stop_the_sentence_after_the_buttons_stays() {
        assert_eq!(
            cut(&format!(
                "facebook twitter pinterest uber said it {}. the company was fined.",
                "will invest more ".repeat(10)
            )),
            vec!["facebook twitter pinterest"]
        );
        // A credit whose name shows no end: the label goes, the caption too.
        assert_eq!(
            cut(
                "facebook twitter pinterest a man. photograph: john smith was there with his family and friends."
            ),
            vec!["facebook twitter pinterest a man. photograph:"]
        );
    }

    #[test]
    fn a_gallery_of_share_bars_splits_at_each_bar() {
        assert_eq!(
            cut(
                "facebook twitter pinterest top countries ( cnw group ) facebook twitter pinterest argyle public relations ( cnw group )"
            ),
            vec![
                "facebook twitter pinterest top countries ( cnw group )",
                "facebook twitter pinterest argyle public relations ( cnw group )"
            ]
        );
    }

    #[test]
    fn a_caption_without_an_end_leaves_the_text_after_the_buttons() {
        let long = format!("facebook twitter pinterest {}", "word ".repeat(60));
        assert_eq!(cut(&long), vec!["facebook twitter pinterest"]);
    }

    #[test]
    fn a_video_share_bar_goes_with_its_playing_time_and_the_lead_stays() {
        assert_eq!(
            cut(
                "facebook twitter google plus embed 0: 23 taipei, taiwan — taipei's mayor hailed the pilot."
            ),
            vec!["facebook twitter google plus embed 0: 23"]
        );
        assert_eq!(
            cut("he said. facebook twitter embed 1: 03 the mother of a boy said."),
            vec!["facebook twitter embed 1: 03"]
        );
    }

    #[test]
    fn a_row_of_share_buttons_goes_with_a_headline_before_it() {
        assert_eq!(
            cut(
                "the inspector told media outside the venue. share share tweet link johann ofner died after he was shot."
            ),
            vec!["share share tweet link"]
        );
        assert_eq!(
            cut("share tweet share send link update: the senator has called for an inquiry."),
            vec!["share tweet share send link"]
        );
        assert_eq!(
            cut(
                "he was airlifted on friday. share share tweet pin to pinterest pin link the helicopter landed."
            ),
            vec!["share share tweet pin to pinterest pin link"]
        );
        assert_eq!(
            cut(
                "cops arrest oklahoma man with a tattoo on his head share tweet meet paul terry. he is 26."
            ),
            vec![
                "cops arrest oklahoma man with a tattoo on his head",
                "share tweet"
            ]
        );
        assert!(cut("fans rushed to share tweet links about the show.").is_empty());
    }

    #[test]
    fn prose_naming_the_networks_stays() {
        assert!(cut("she posted it on facebook twitter and instagram.").is_empty());
        assert!(cut("she shares photos on facebook twitter pinterest and instagram.").is_empty());
        assert!(cut("the video was shared on facebook twitter embed codes and more.").is_empty());
        assert!(
            cut("play facebook twitter embed 300 more us troops headed to iraq 2: 08").is_empty()
        );
    }
}
