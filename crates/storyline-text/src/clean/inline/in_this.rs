//! Wire photo captions that open `In this … photo` and lost their credit: AP's `In this photo
//! provided by the vatican paper, pope francis meets …`, `In this image released by warner bros.
//! pictures, …`, `In this may 26, 2017, photo, leaders of the g7 …`, and Reuters' `Kim jong un
//! … in pyongyang in this undated photo released by kcna on january 20, 2014.` Prose says `in
//! this case` or `in this photo, you can see`, so the caption shape is required: the media noun
//! (`photo`, `image`, `picture`, …) within a few words after `in this` with nothing but dates
//! and photo words between, and then either its source (`released by`, `provided by`, `made
//! available by`, `distributed by`) or, at a sentence start, a full date with a year and a comma
//! (`in this may 3, 2015 photo,`, `in this picture taken friday, april 1, 2016,`). The caption runs to its sentence's end (or the paragraph's end);
//! when `in this` stands inside a sentence, that sentence is the caption from its start.

use super::super::BlockKind;
use super::super::lexicon::{MONTHS, WEEKDAYS, contains};
use super::{Cut, PHOTO_CAPTION_MAX_WORDS, Para, is_number, sentence_end, sentence_start, tokens};

/// Nouns that name the picture a caption describes.
const MEDIA_NOUNS: [&str; 8] = [
    "photo",
    "photograph",
    "image",
    "picture",
    "handout",
    "grab",
    "rendering",
    "rendition",
];

/// Words that may stand between `in this` and the media noun besides dates (`in this undated
/// handout photo`, `in this file image from video`, `in this evidence photo`).
const PHOTO_WORDS: [&str; 10] = [
    "file",
    "undated",
    "handout",
    "evidence",
    "frame",
    "artist's",
    "satellite",
    "aerial",
    "night",
    "morning",
];

/// Most words between `in this` and the media noun (`in this tuesday night, april 10, 2018
/// photo`).
const LEAD_MAX_WORDS: usize = 7;

/// Most words after the media noun before its source (`in this photo taken sunday, aug. 28,
/// 2016 and released by …`).
const SOURCE_MAX_WORDS: usize = 8;

/// Most words of a sentence before `in this` when the caption opens inside it (`Kim jong un
/// claps … in this undated photo released by kcna`).
const SUBJECT_MAX_WORDS: usize = 40;

/// Fewest words after the media noun before a caption may end at a state or dotted
/// abbreviation: fewer are still its source or date (`released by the u.s.`, `file photo, u.n.`).
const SHORT_CAPTION_WORDS: usize = 6;

/// Dotted acronyms that name a country or body before a noun (`u.s. coast guard`, `u.n.
/// forces`) far more often than they end a caption.
const ATTRIBUTIVE_ACRONYMS: [&str; 2] = [" u.s.", " u.n."];

/// How the words after `in this` end at a media noun: its end, whether a year and a month came
/// before it.
fn media_noun(l: &str, from: usize) -> Option<(usize, bool)> {
    let (mut year, mut month) = (false, false);
    for (n, (at, t)) in tokens(l, from).enumerate() {
        if n > LEAD_MAX_WORDS {
            return None;
        }
        let w = t.trim_end_matches([',', '.']);
        if MEDIA_NOUNS.contains(&w) {
            // `in this photo,` / `in this image from video`: the noun itself ends the lead.
            return Some((at + w.len(), year && month));
        }
        let digits = is_number(w);
        if digits && w.len() == 4 {
            year = true;
        } else if contains(MONTHS, w) {
            month = true;
        } else if !(digits || contains(WEEKDAYS, w) || PHOTO_WORDS.contains(&w)) {
            return None;
        }
    }
    None
}

/// True when the media noun is followed by the day it was taken and a comma (`in this picture
/// taken friday, april 1, 2016, graffiti …`, `in this image from video, taken nov. 9, 2015, …`).
fn taken_on(l: &str, from: usize) -> bool {
    let mut toks = tokens(l, from).take(LEAD_MAX_WORDS + 3).map(|(_, t)| t);
    if !toks
        .by_ref()
        .take(3)
        .any(|t| t.trim_end_matches(',') == "taken")
    {
        return false;
    }
    for t in toks {
        let w = t.trim_end_matches([',', '.']);
        let digits = is_number(w);
        if digits && w.len() == 4 {
            return t.ends_with(',');
        }
        if !(digits || w == "on" || contains(MONTHS, w) || contains(WEEKDAYS, w)) {
            return false;
        }
    }
    false
}

/// True when the caption names its source within [`SOURCE_MAX_WORDS`] words after `from`.
fn names_source(l: &str, from: usize) -> bool {
    let toks: Vec<&str> = tokens(l, from)
        .take(SOURCE_MAX_WORDS + 3)
        .map(|(_, t)| t)
        .collect();
    toks.windows(3).any(|w| {
        matches!(w, ["released" | "provided" | "distributed", "by", _])
            || matches!(w, ["made", "available", "by"])
    })
}

/// Wire photo captions opening `in this … photo`.
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !super::holds!(l, "in this ") {
        return;
    }
    for (p, m) in l.match_indices("in this ") {
        if l[..p].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let Some((noun_end, dated)) = media_noun(l, p + m.len()) else {
            continue;
        };
        let sourced = names_source(l, noun_end);
        let opens = sentence_start(l, p) || l[..p].trim_end().ends_with(')');
        let start = if opens {
            // `In this may 3, 2015 photo, authorities …`: a dated caption needs its comma.
            let dated_comma =
                (dated && l[noun_end..].trim_start().starts_with(',')) || taken_on(l, noun_end);
            if !(sourced || dated_comma) {
                continue;
            }
            p
        } else {
            if !sourced {
                continue;
            }
            let s = sentence_start_before(l, p);
            if l[s..p].split_whitespace().count() > SUBJECT_MAX_WORDS {
                continue;
            }
            s
        };
        if cuts.iter().any(|c| c.0 <= p && p < c.1) {
            continue;
        }
        // A caption may end on `wis.` or `calif.`, but one that would end on `u.s.` or `bros.`
        // right after its source (`released by the u.s. coast guard on feb. 11, …`) goes on.
        let end = sentence_end(l, noun_end, PHOTO_CAPTION_MAX_WORDS, true)
            .filter(|&e| {
                let body = l[noun_end..e].trim_end();
                body.split_whitespace().count() > SHORT_CAPTION_WORDS
                    && !ATTRIBUTIVE_ACRONYMS.iter().any(|a| body.ends_with(a))
            })
            .or_else(|| sentence_end(l, noun_end, PHOTO_CAPTION_MAX_WORDS, false))
            .or_else(|| {
                (l[noun_end..].split_whitespace().count() <= PHOTO_CAPTION_MAX_WORDS)
                    .then_some(l.len())
            });
        if let Some(end) = end {
            cuts.push((
                start,
                end,
                BlockKind::Caption,
                "photo caption (In this … photo released by / provided by …, In this <date> photo, …)",
            ));
        }
    }
}

/// Start of the sentence holding `p`: after the last position before it where
/// [`sentence_start`] holds, else the paragraph's start.
pub(super) fn sentence_start_before(l: &str, p: usize) -> usize {
    let b = l.as_bytes();
    (1..p)
        .rev()
        .find(|&i| !b[i].is_ascii_whitespace() && b[i - 1] == b' ' && sentence_start(l, i))
        .unwrap_or(0)
}
