//! A page widget's own words left inside or at the end of a paragraph, where no line break shows
//! them any more and a summary quotes them as the article's:
//!
//! - a gossip site's **`exclusive details` label** between its headline and the lead (`Suge
//!   knight charged with murder exclusive details has just been charged …`): the two words go,
//!   and the headline becomes a sentence of its own;
//! - a **gallery widget's label** (`popscene: week's hottest pics`) before the lead or before the
//!   slide's caption; the caption goes too when a photo credit already cut ends it (`… luncheon on
//!   may 5th in new york city.` before `Amy sussman, getty images …`), since it is another
//!   story's photo;
//! - an **e-mail form's note** `A link to this page will be included in your message.`, also
//!   glued after text cut short, through its stop.
//!
//! Each is a fixed form with an end the text shows. Why a pass of its own: these labels close
//! or open page text wherever it stands in the paragraph, where the line rules and the notices'
//! sentence reading (a short sentence that speaks to the reader about the site) do not look.

use super::super::BlockKind;
use super::{Cut, Para, holds, occurrences, sentence_end, sentence_start, tokens};

/// The gossip site's label between its headline and the lead.
const EXCLUSIVE: &str = "exclusive details";

/// The label is looked for in this many bytes of the paragraph's start: the headline before it
/// is at most about 30 words (173 bytes in val, printed twice with its marks changed).
const EXCLUSIVE_HEAD_BYTES: usize = 320;

/// Words after `exclusive details` that make them prose: what the details are of or about (`…
/// learned exclusive details about the case`, `… has exclusive details from the talks`), or a
/// plural verb that has them for its subject (`Exclusive details are rolling in …`; a lead after
/// the label whose subject was a dropped link opens on a singular verb: `… has filed legal
/// docs`).
const EXCLUSIVE_PROSE_NEXT: [&str; 15] = [
    "about", "of", "on", "from", "with", "inside", "in", "for", "to", "and", "are", "were", "have",
    "emerged", "remain",
];

/// The reason of an `exclusive details` cut.
const EXCLUSIVE_REASON: &str =
    "gossip site's label between its headline and the lead (… exclusive details …)";

/// The words of a gallery label after its one-word name and colon, at most (`week's`).
const GALLERY_LABEL_WORDS: usize = 2;

/// A slide's caption after a gallery label is one sentence of at most this many words.
const GALLERY_CAPTION_WORDS: usize = 40;

/// The e-mail form's note, from its first word.
const EMAIL_NOTE: &str = "a link to this page will be included in your message";

/// Finds the widgets' words in `l` (one lower-cased paragraph), after the credits and the runs
/// of links they follow have been cut.
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    exclusive_label(l, cuts);
    if holds!(l, ": ") {
        gallery_labels(l, cuts);
    }
    if holds!(l, "you") {
        email_notes(l, cuts);
    }
}

/// A gossip site's `exclusive details` label after the page headline (`Tom cruise reunites with
/// suri exclusive details we're told tom is taking suri …`), near the paragraph's start. In prose
/// the words follow a determiner, a verb or a possessive (`the exclusive details`, `sandra
/// bullock's exclusive details on …`) or come before what the details are of or about; the
/// label follows a headline's last word and comes before the lead's first.
fn exclusive_label(l: &str, cuts: &mut Vec<Cut>) {
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(EXCLUSIVE));
    let head = &l.as_bytes()[..l.len().min(EXCLUSIVE_HEAD_BYTES)];
    let Some(p) = FINDER.find(head) else {
        return;
    };
    let end = p + EXCLUSIVE.len();
    let before = l[..p].trim_end();
    if before.is_empty() || before.len() == p {
        return;
    }
    let last = before.split_whitespace().next_back().unwrap_or("");
    let bare = last.trim_matches(|c: char| !c.is_alphanumeric());
    let next = tokens(l, end).next().map_or("", |(_, t)| t);
    if !l[end..].starts_with(' ')
        || next.is_empty()
        || !next.starts_with(|c: char| c.is_alphanumeric() || c == '"')
        || EXCLUSIVE_PROSE_NEXT.contains(&next)
        || bare.is_empty()
        || crate::token::is_stopword(bare)
        || last.ends_with("'s")
        || last.ends_with(',')
    {
        return;
    }
    cuts.push((p, end, BlockKind::Widget, EXCLUSIVE_REASON));
}

/// A gallery widget's label: a one-word name, a colon, up to [`GALLERY_LABEL_WORDS`] words and
/// `hottest pics` (`popscene: week's hottest pics`), at a sentence start or right after another
/// cut (the widget's run of links, a slide's credit). When the sentence after it ends right
/// before a photo credit already cut, that sentence is the slide's caption and goes with it;
/// otherwise the label goes alone and the lead after it stays.
fn gallery_labels(l: &str, cuts: &mut Vec<Cut>) {
    const TAIL: &str = " hottest pics";
    for q in occurrences!(l, TAIL) {
        let end = q + TAIL.len();
        if l[end..].starts_with(|c: char| !c.is_ascii_whitespace()) {
            continue;
        }
        // The name with its colon, one to `GALLERY_LABEL_WORDS` words before `hottest`.
        let words: Vec<&str> = l[..q]
            .split_whitespace()
            .rev()
            .take(GALLERY_LABEL_WORDS + 1)
            .collect();
        let Some(name) = words.iter().skip(1).find(|w| w.ends_with(':')) else {
            continue;
        };
        if !name[..name.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_alphabetic())
            || name.len() == 1
        {
            continue;
        }
        let start = crate::span::offset_in(l, name);
        let before = l[..start].trim_end().len();
        let after_cut = cuts.iter().any(|c| c.1 <= start && c.1 >= before);
        if !(sentence_start(l, start) || after_cut) {
            continue;
        }
        let caption = sentence_end(l, end, GALLERY_CAPTION_WORDS, false).and_then(|e| {
            let credit = e + (l.len() - e - l[e..].trim_start().len());
            if cuts
                .iter()
                .any(|c| c.0 == credit && c.2 == BlockKind::Caption)
            {
                return Some(e);
            }
            doubled_credit_end(l, credit)
        });
        match caption {
            Some(e) => cuts.push((
                start,
                e,
                BlockKind::Caption,
                "gallery label with its slide's caption and credit (popscene: week's hottest pics …)",
            )),
            None => cuts.push((
                start,
                end,
                BlockKind::Widget,
                "gallery label (popscene: week's hottest pics)",
            )),
        }
    }
}

/// End of a one-word photo credit printed twice from `at` (`X17online x17online`,
/// `Bauer-griffin bauer-griffin`), as a gallery shows a slide's credit: a word of letters, digits
/// and hyphens, no function word, the same twice.
fn doubled_credit_end(l: &str, at: usize) -> Option<usize> {
    let mut toks = tokens(l, at);
    let (_, first) = toks.next()?;
    let (second_at, second) = toks.next()?;
    (first == second
        && first.len() > 2
        && first
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !crate::token::is_stopword(first))
    .then_some(second_at + second.len())
}

/// An e-mail form's note that the message will carry a link to the page, wherever it stands:
/// after text cut short it follows the last word with no stop (`… did not meet requirements for
/// an a link to this page will be included in your message.`). Through its stop.
fn email_notes(l: &str, cuts: &mut Vec<Cut>) {
    let Some(p) = occurrences!(l, EMAIL_NOTE).next() else {
        return;
    };
    if p > 0 && !l[..p].ends_with(' ') {
        return;
    }
    let rest = &l[p + EMAIL_NOTE.len()..];
    let stop = rest.len() - rest.trim_start_matches(['.', ' ']).len();
    if !(rest.is_empty() || rest.starts_with(['.', ' '])) {
        return;
    }
    let end = p + EMAIL_NOTE.len() + rest[..stop].trim_end().len();
    cuts.push((
        p,
        end,
        BlockKind::Notice,
        "e-mail form's note (A link to this page will be included in your message.)",
    ));
}

#[cfg(test)]
mod tests {
    use super::super::find as all;

    fn cut(s: &str) -> Vec<&str> {
        all(s).into_iter().map(|(a, b, _, _)| &s[a..b]).collect()
    }

    #[test]
    fn the_exclusive_label_goes_between_headline_and_lead() {
        assert_eq!(
            cut("Tom cruise reunites with suri exclusive details we're told tom is taking suri."),
            ["exclusive details"]
        );
        assert_eq!(
            cut("Suge knight charged with murder exclusive details has just been charged."),
            ["exclusive details"]
        );
        // Prose: after a determiner, a verb's object or a possessive, or before what they are of.
        for prose in [
            "Each promised new exclusive details, both programs relied on the evidence.",
            "Channel 2's tony thomas learned exclusive details about the case.",
            "Sandra bullock's exclusive details on how the story unfolded.",
            "Mediaite has the exclusive details of a new website.",
            "Exclusive details are rolling in following the wedding.",
        ] {
            assert!(cut(prose).is_empty(), "{prose}");
        }
    }

    #[test]
    fn a_gallery_label_goes_with_a_slide_caption_its_credit_ends() {
        let s = "popscene: week's hottest pics gabourey sidibe attends a luncheon on may 5th in \
                 new york city. Amy sussman, getty images amy sussman, getty images popscene: \
                 weeks hottest pics the troubled starlet has one year to complete her hours.";
        assert_eq!(
            cut(s),
            [
                "popscene: week's hottest pics gabourey sidibe attends a luncheon on may 5th in \
                 new york city.",
                "Amy sussman, getty images amy sussman, getty images",
                "popscene: weeks hottest pics",
            ]
        );
        // A one-word credit printed twice ends the caption too, and goes with it.
        assert_eq!(
            cut(
                "popscene: week's hottest pics cast members grab drinks in miami beach. \
                 Bauer-griffin bauer-griffin popscene: weeks hottest pics betty white has an offer."
            ),
            [
                "popscene: week's hottest pics cast members grab drinks in miami beach. \
                 Bauer-griffin bauer-griffin",
                "popscene: weeks hottest pics",
            ]
        );
        // Without a credit after it the sentence is the lead's, and only the label goes.
        assert_eq!(
            cut("popscene: week's hottest pics reese witherspoon keeps warm in new york."),
            ["popscene: week's hottest pics"]
        );
        // Prose about pictures keeps them.
        assert!(cut("He wrote: these are the hottest pics of the year.").is_empty());
    }

    #[test]
    fn the_email_form_note_goes_through_its_stop() {
        assert_eq!(
            cut(
                "Jeffrey walz's remains are heading home. A link to this page will be included \
                 in your message."
            ),
            ["A link to this page will be included in your message."]
        );
        assert_eq!(
            cut(
                "The department did not meet requirements for an a link to this page will be \
                 included in your message."
            ),
            ["a link to this page will be included in your message."]
        );
        assert!(cut("He said a link to this page was sent to him.").is_empty());
    }
}
