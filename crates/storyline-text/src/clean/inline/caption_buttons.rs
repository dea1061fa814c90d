//! A photo's caption button glued into the prose, where what is around it shows the caption's
//! extent:
//!
//! - DNAinfo's **`View full caption`** after the photo's caption, and the credit and the
//!   dateline's place after it up to the dateline's dash (`Marques gaines, 32, was hit by a car
//!   … police said. View full caption dnainfo/alex nitkin, facebook river north — a hotel
//!   bartender died …`). The caption before it goes when it opens the paragraph or follows a cut
//!   credit, or when it was cut short (`… secure an... View full caption lorain county …`), and
//!   then the full caption after the button goes too; a page headline before the button (`Harlem
//!   doctor being tested for ebola view full caption midtown — …`) goes as a headline.
//! - a gallery's **`1 of 7 view caption`** opening a sentence, with the slide's caption after it
//!   to its stop.
//!
//! - a gallery's **arrow icons' titles**: `Left created with sketch.`, `Right created with
//!   sketch.`, `Shape created with sketch.` (the title the Sketch design tool writes into every
//!   icon it exports, which the scraper kept as text), with the gallery's `show all 38` button
//!   and the gallery's title before them (`… uk election day 2017 show all 38 left created with
//!   sketch. right created with sketch. …`).
//!
//! Prose does not say `view full caption`; `view caption` is a button only after a gallery's
//! counter; an icon's title is one word before `created with sketch.` opening a sentence, or
//! an arrow's name.

use super::super::BlockKind;
use super::{Cut, Para, headline_before, holds, sentence_start, tokens};
use crate::segment::{WordClass, classify};

/// DNAinfo's button.
const FULL: &str = "view full caption";

/// A gallery's button, after its counter.
const VIEW: &str = "view caption";

/// The title the Sketch design tool gives every icon it exports, after the icon's name.
const ICON_TITLE: &str = " created with sketch.";

/// A caption around the button has at most this many words (28 seen in val).
const CAPTION_MAX_WORDS: usize = 45;

/// Words of the credit and the dateline's place between the button and the dash, at most
/// (`dnainfo/alex nitkin, facebook river north —`).
const DATELINE_MAX_WORDS: usize = 7;

/// A caption cut short is shown again whole after the button when at least this many of its
/// words open the text after it ...
const REPEAT_MIN_WORDS: usize = 3;

/// ... once at most this many of its first words (a credit) are skipped.
const REPEAT_SKIP_WORDS: usize = 5;

/// Dashes that close a dateline.
const DASHES: [&str; 4] = ["—", "–", "--", "-"];

/// Finds caption buttons in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if holds!(l, FULL) {
        full_captions(l, cuts);
    }
    if holds!(l, VIEW) {
        gallery_captions(l, cuts);
    }
    if holds!(l, ICON_TITLE) {
        icon_titles(l, cuts);
    }
}

/// Names of a gallery's icons that are titles wherever they stand (`… a month shape created
/// with sketch.`), not only opening a sentence.
const ICON_NAMES: [&str; 4] = ["left", "right", "shape", "arrow"];

/// Words of a gallery's title before its `show all <n>` button, at most (`the top 10 best uk
/// cities for young people` has nine).
const GALLERY_TITLE_MAX_WORDS: usize = 12;

/// The reason of an icon title's cut.
const ICON: &str = "gallery icon's title (Left created with sketch., show all 38)";

/// A gallery's icon titles (see the module's doc): one word before [`ICON_TITLE`] opening a
/// sentence or one of [`ICON_NAMES`], with a `show all <n>` button before it and the gallery's
/// title opening the sentence before that (at most [`GALLERY_TITLE_MAX_WORDS`] words).
fn icon_titles(l: &str, cuts: &mut Vec<Cut>) {
    for (at, _) in l.match_indices(ICON_TITLE) {
        let head = &l[..at];
        let w = head.len() - head.rsplit(char::is_whitespace).next().map_or(0, str::len);
        let name = &head[w..];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        // `show all 38 left created with sketch.`: the gallery's button before the arrow.
        let button = head[..w]
            .trim_end()
            .strip_suffix(|c: char| c.is_ascii_digit())
            .map(|h| h.trim_end_matches(|c: char| c.is_ascii_digit()))
            .and_then(|h| h.strip_suffix("show all "));
        let start = match button {
            // The gallery's title opens the sentence before its button (`uk election day 2017
            // show all 38`); a longer run is not sure to be one.
            Some(h) => {
                let s = super::in_this::sentence_start_before(l, h.len());
                if (1..=GALLERY_TITLE_MAX_WORDS).contains(&words(&l[s..h.len()])) {
                    s
                } else {
                    h.len()
                }
            }
            None if sentence_start(l, w) || ICON_NAMES.contains(&name) => w,
            None => continue,
        };
        cuts.push((start, at + ICON_TITLE.len(), BlockKind::Widget, ICON));
    }
}

/// Number of whitespace-separated words in `t`.
fn words(t: &str) -> usize {
    t.split_whitespace().count()
}

/// Start of the sentence that ends at `end` (after the last `. `, `? ` or `! ` before it), or 0.
fn sentence_before(l: &str, end: usize) -> usize {
    let head = l[..end].trim_end();
    let body = head.trim_end_matches(['.', '?', '!', '…']);
    body.rmatch_indices(['.', '?', '!'])
        .map(|(i, _)| i + 1)
        .find(|&i| body[i..].starts_with(' '))
        .map_or(0, |i| i + 1)
}

/// End of the sentence that starts at `from`: after its first `.`, `?` or `!` followed by a
/// space or the paragraph's end, not by a number (`on friday, dec. 19, 2014`) nor after a title,
/// an initial or an abbreviation that never ends a sentence; `None` past [`CAPTION_MAX_WORDS`]
/// words.
fn sentence_after(l: &str, from: usize) -> Option<usize> {
    let rest = &l[from..];
    let stop = rest
        .match_indices(['.', '?', '!'])
        .map(|(i, _)| i + 1)
        .find(|&i| {
            let after = &rest[i..];
            if after.is_empty() {
                return true;
            }
            if !after.starts_with(' ') || after[1..].starts_with(|c: char| c.is_ascii_digit()) {
                return false;
            }
            let word = rest[..i - 1].rsplit(' ').next().unwrap_or("");
            !matches!(
                classify(word, true),
                WordClass::Title | WordClass::Initial | WordClass::Never
            )
        })?;
    (words(&rest[..stop]) <= CAPTION_MAX_WORDS).then_some(from + stop)
}

/// DNAinfo's `View full caption` button: see the module doc.
fn full_captions(l: &str, cuts: &mut Vec<Cut>) {
    for (p, m) in l.match_indices(FULL) {
        let mut end = p + m.len();
        if l[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let mut start = p;
        let mut truncated = None;
        if sentence_start(l, p) {
            let s0 = sentence_before(l, p);
            let caption = l[s0..p].trim_end();
            let after_cut = s0 == 0
                || cuts
                    .iter()
                    .any(|c| c.1 <= s0 && l[c.1..s0].trim().is_empty());
            let cut_short = caption.ends_with("...") || caption.ends_with('…');
            if words(caption) <= CAPTION_MAX_WORDS && (after_cut || cut_short) {
                start = s0;
                if cut_short {
                    truncated = Some(caption.trim_end_matches(['.', '…']).trim_end());
                }
            }
        } else if headline_before(l, p) {
            cuts.push((
                0,
                l[..p].trim_end().len(),
                BlockKind::Headline,
                "page headline before a photo widget",
            ));
        } else {
            continue;
        }
        let toks: Vec<(usize, &str)> = tokens(l, end)
            .filter(|(_, t)| !t.is_empty())
            .take(DATELINE_MAX_WORDS + 1)
            .collect();
        if let Some(&(at, dash)) = toks.iter().skip(1).find(|(_, t)| DASHES.contains(t)) {
            // The credit and the dateline's place, through the dash.
            end = at + dash.len();
        } else if let Some(cut) = truncated {
            // The full caption after the button, when it repeats the one cut short (from one of
            // its first words: a credit may open the short one, `Mark duncan/ap photo lorain
            // county … secure an...`).
            let from = l.len() - l[end..].trim_start().len();
            let repeats = std::iter::once(0)
                .chain(cut.match_indices(' ').map(|(i, _)| i + 1))
                .take(REPEAT_SKIP_WORDS + 1)
                .any(|i| words(&cut[i..]) >= REPEAT_MIN_WORDS && l[from..].starts_with(&cut[i..]));
            if repeats && let Some(stop) = sentence_after(l, from) {
                end = stop;
            }
        }
        cuts.push((
            start,
            end,
            BlockKind::Caption,
            "photo caption with its button, credit and dateline (… View full caption Name/DNAinfo River north —)",
        ));
    }
}

/// A gallery's counter and `view caption` button opening a sentence (`1 of 7 view caption
/// deserae turner investigators search …`), with the slide's caption to its stop.
fn gallery_captions(l: &str, cuts: &mut Vec<Cut>) {
    for (p, m) in l.match_indices(VIEW) {
        let head = &l[..p];
        // `N of M ` before the button.
        let mut back = head.trim_end().rsplitn(4, ' ');
        let (Some(total), Some(of), Some(n)) = (back.next(), back.next(), back.next()) else {
            continue;
        };
        if of != "of"
            || !total.bytes().all(|b| b.is_ascii_digit())
            || !n.bytes().all(|b| b.is_ascii_digit())
            || total.is_empty()
            || n.is_empty()
        {
            continue;
        }
        let start = head.trim_end().len() - total.len() - of.len() - n.len() - 2;
        if !sentence_start(l, start) {
            continue;
        }
        let after = p + m.len();
        let end = sentence_after(l, after).unwrap_or(after);
        cuts.push((
            start,
            end,
            BlockKind::Caption,
            "gallery caption with its counter and button (1 of 7 view caption …)",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<(&str, BlockKind)> {
        super::super::find(s)
            .into_iter()
            .map(|(a, b, k, _)| (&s[a..b], k))
            .collect()
    }

    #[test]
    fn gallery_icon_titles_and_the_show_all_button() {
        // Multi-News val: the Independent's gallery glued between two paragraphs' text.
        assert_eq!(
            cut(
                "They have become controversial. Shape created with sketch. Uk election day 2017 \
                 show all 38 left created with sketch. Right created with sketch. The vote began."
            ),
            [
                ("Shape created with sketch.", BlockKind::Widget),
                (
                    "Uk election day 2017 show all 38 left created with sketch.",
                    BlockKind::Widget
                ),
                ("Right created with sketch.", BlockKind::Widget),
            ]
        );
        assert_eq!(
            cut("For just $ 9.99 a month shape created with sketch. The top 10 cities."),
            [("shape created with sketch.", BlockKind::Widget)]
        );
        // Prose about the design tool names no icon.
        assert!(cut("The new logo was created with sketch. It took a week.").is_empty());
    }

    #[test]
    fn full_caption_buttons_take_their_caption_credit_and_dateline() {
        assert_eq!(
            cut(
                "Marques gaines, 32, was hit by a car outside the pub, police said. View full \
                 caption dnainfo/alex nitkin, facebook river north — a hotel bartender died after \
                 being knocked out. He was 32."
            ),
            [(
                "Marques gaines, 32, was hit by a car outside the pub, police said. View full \
                 caption dnainfo/alex nitkin, facebook river north —",
                BlockKind::Caption
            )]
        );
        // A headline before the button goes as a headline.
        assert_eq!(
            cut(
                "Harlem doctor being tested for ebola view full caption midtown — a doctor who \
                 returned from west africa was quarantined."
            ),
            [
                ("Harlem doctor being tested for ebola", BlockKind::Headline),
                ("view full caption midtown —", BlockKind::Caption),
            ]
        );
        // A caption cut short, and shown whole after the button (to its stop, not to a date's).
        assert_eq!(
            cut(
                "Deputies secure an... View full caption deputies secure an exotic animal farm \
                 friday, aug. 20, 2010, in ohio. The sheriff's office said a man was hurt."
            ),
            [(
                "Deputies secure an... View full caption deputies secure an exotic animal farm \
                 friday, aug. 20, 2010, in ohio.",
                BlockKind::Caption
            )]
        );
    }

    #[test]
    fn a_caption_cut_short_may_open_with_its_credit() {
        assert_eq!(
            cut(
                "Mark duncan/ap photo lorain county deputies secure an... View full caption lorain \
                 county deputies secure an exotic farm friday. The sheriff said a man was hurt."
            ),
            [(
                "Mark duncan/ap photo lorain county deputies secure an... View full caption lorain \
                 county deputies secure an exotic farm friday.",
                BlockKind::Caption
            )]
        );
    }

    #[test]
    fn full_caption_buttons_leave_prose_before_them() {
        // Not the paragraph's first sentence, not cut short: only the button and the dateline.
        assert_eq!(
            cut(
                "The mayor spoke. He left at noon. View full caption paul brainard queens — a \
                 mogul sold the house."
            ),
            [(
                "View full caption paul brainard queens —",
                BlockKind::Caption
            )]
        );
    }

    #[test]
    fn gallery_counters_take_their_slide_caption() {
        assert_eq!(
            cut(
                "1 of 7 view caption deserae turner investigators search for evidence in \
                 smithfield on friday. Police said more."
            ),
            [(
                "1 of 7 view caption deserae turner investigators search for evidence in \
                 smithfield on friday.",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("The app lets you view caption files of 7 videos here."),
            []
        );
        assert!(cut("We saw all 7 of 9 view caption options. It was odd.").is_empty());
    }
}
