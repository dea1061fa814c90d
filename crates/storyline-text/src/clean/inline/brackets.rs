//! Furniture that a page prints in brackets between an article's sentences, and a gallery
//! button after a headline:
//!
//! - a teaser link to another article in square brackets where a sentence starts: Space.com's
//!   and Live Science's `[ see photos of the gaia spacecraft ]`, `[ 7 bizarre drug side effects
//!   ]`, The Washington Post's `[ how healthy is trump's economy? ]`, `[ gallery — spaceshiptwo
//!   makes first glide flight ]`, `[ placeholder for https://… embed. ]`. Square brackets inside
//!   a sentence are an editor's insertion (`the shroud [ of turin ]`, `" [ he ] said`), and
//!   those are short: a teaser here has at least [`TEASER_MIN_WORDS`] words, and after a closing
//!   quote (where an insertion opening the next quotation sits too) one more;
//! - a teaser in round brackets where a sentence starts, opening with a reader's verb or a
//!   link's label: National Geographic's `( see " pictures: 5 animals that regrow body parts. "
//!   )`, `( related: " ancient global warming raised sea levels nearly 70 feet. " )`, `( also
//!   see " nasa aims to open moon for business. " )`, and `( see one survivor's account of the
//!   tucson massacre. )`, `( read the emails here. )`, `( more here. )`, `( watch the video
//!   below. )`, `( pictures: scenes from the ground at occupy wall street )`; inside a sentence
//!   such a bracket is the prose's own aside (`the code ( see article here )`, `( read: lazy )`);
//! - a photo credit in square brackets, however short and wherever it stands (`[ image via
//!   screengrab ]`, `[ photo: courtesy the author ]`), told as the round ones are;
//! - a photo credit in round brackets that the caption pass (`captions` in `inline.rs`) cuts
//!   with its caption: [`courtesy_credit`] tells `( courtesy of the state department )`, `(
//!   photo provided by the adams county sheriff's office via twitter )`, `( defense department
//!   photo )`, `( charlie neibergall/ap file photo )`, `( stock image )`;
//! - a Hearst gallery's last slide glued into the text: its credit and headline before the
//!   gallery button, `photo: handout doctors say andrea yates ready for group outings 1 / 1 back
//!   to gallery`.
//!
//! Written here rather than taken from a crate for the reason the whole cleaner is (see
//! `clean.rs`): no crate knows these pages' furniture.

use super::super::BlockKind;
use super::{Cut, HEADLINE_MAX_WORDS, Para, is_number, occurrences, sentence_start};

/// Words of a teaser in square brackets, at least (`[ 6 flu vaccine myths ]`); fewer are an
/// editor's insertion or a source's name (`[ the owners ]`, `[ tmz ]`).
const TEASER_MIN_WORDS: usize = 4;

/// Words of a teaser in square brackets, at most (24 seen in val).
const TEASER_MAX_WORDS: usize = 30;

/// How a teaser in round brackets opens ([`round_teasers`]).
const ROUND_TEASER_OPENERS: [&str; 11] = [
    "see ",
    "also see ",
    "related: ",
    "pictures: ",
    "read: ",
    "read ",
    "watch: ",
    "watch ",
    "more here",
    "listen: ",
    "listen to ",
];

/// Words of a teaser in round brackets, at most.
const ROUND_TEASER_MAX_WORDS: usize = 20;

/// Words of a photo credit in round brackets, at most.
const CREDIT_MAX_WORDS: usize = 12;

/// Words of a credit that only ends with the picture's kind (`( defense department photo )`),
/// at most: longer asides that end so are prose (`( the man who took the photo )`).
const KIND_CREDIT_MAX_WORDS: usize = 7;

/// How a photo credit in round brackets opens.
const CREDIT_OPENERS: [&str; 15] = [
    "courtesy of ",
    // A handout's (`( provided by ktvt cbs-dfw )`, thirty-sixth round).
    "provided by ",
    "courtesy ",
    "courtesy:",
    "photo courtesy ",
    "photo provided by ",
    "photo credit:",
    "photo by ",
    "photo:",
    "image courtesy ",
    "image credit:",
    "image via ",
    "images via ",
    "photo via ",
    "photos via ",
];

/// The picture's kind that ends a credit in round brackets.
const CREDIT_KINDS: [&str; 6] = [
    "photo",
    "photos",
    "image",
    "images",
    "photograph",
    "picture",
];

/// Words of an aside that ends with a picture's kind but tells of it (`( she posted a photo
/// )`): not a credit.
const CREDIT_VERBS: [&str; 12] = [
    "a", "the", "his", "her", "their", "took", "taken", "posted", "shows", "showed", "shared",
    "see",
];

/// Words that point into a picture (`( left, in photo )`): an aside of the prose, not a credit.
const CREDIT_PLACES: [&str; 11] = [
    "in", "left", "right", "center", "centre", "above", "below", "top", "bottom", "pictured",
    "inset",
];

/// Finds the teasers in square brackets in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    // The `memchr` crate's search: `str::contains` of a char cost 0.003 M instructions a
    // Multi-News cluster more (callgrind).
    if memchr::memchr(b'[', l.as_bytes()).is_some() {
        teasers(l, cuts);
    }
    round_teasers(l, cuts);
    social_credits(l, cuts);
}

/// The sites a photo is credited to as `( name via site )`.
const SOCIAL_SITES: [&str; 3] = ["twitter", "instagram", "facebook"];

/// Words before `via` of a social-media credit in brackets, at most (`( mike ritchie / @sdmike
/// via twitter )` has four).
const SOCIAL_CREDIT_MAX_WORDS: usize = 5;

/// A photo's credit to a social-media post in round brackets: `( mike ritchie / @sdmike via
/// twitter )`, `( @kir_kamil via twitter )`, `( jamie hower brozman via facebook )`. Only the
/// bracket goes: the sentence before it may be the article's. A bare `( via twitter )` is the
/// prose's aside (`his office released ( via twitter ) a letter`), as is a bracket with a comma
/// (`( and later deleted, via twitter )`); a credit that names a photo is the caption pass's
/// ([`courtesy_credit`]).
fn social_credits(l: &str, cuts: &mut Vec<Cut>) {
    for v in occurrences!(l, " via ") {
        let after = &l[v + 5..];
        let Some(site) = SOCIAL_SITES.iter().find(|s| after.starts_with(*s)) else {
            continue;
        };
        let tail = &after[site.len()..];
        let close = tail.len() - tail.trim_start().len();
        let Some(open) = l[..v].rfind(['(', ')']) else {
            continue;
        };
        let name = &l[open + 1..v];
        let words = name.split_whitespace().count();
        if !tail[close..].starts_with(')')
            || !l[open..].starts_with('(')
            || !(1..=SOCIAL_CREDIT_MAX_WORDS).contains(&words)
            || name.contains("photo")
            || name.contains(',')
        {
            continue;
        }
        cuts.push((
            open,
            v + 5 + site.len() + close + 1,
            BlockKind::Caption,
            "social-media photo credit in brackets (( name via twitter ), ( @handle via instagram ))",
        ));
    }
}

/// Teasers in round brackets where a sentence starts (see the module's doc): the bracket opens
/// with one of [`ROUND_TEASER_OPENERS`] and closes within [`ROUND_TEASER_MAX_WORDS`] words, with
/// no bracket inside.
fn round_teasers(l: &str, cuts: &mut Vec<Cut>) {
    for open in memchr::memchr_iter(b'(', l.as_bytes()) {
        let inner = l[open + 1..].trim_start();
        if !ROUND_TEASER_OPENERS.iter().any(|o| inner.starts_with(o)) {
            continue;
        }
        let Some(close) = inner.find([')', '(']) else {
            continue;
        };
        let body = &inner[..close];
        let words = body.split_whitespace().count();
        if !inner[close..].starts_with(')')
            || !(2..=ROUND_TEASER_MAX_WORDS).contains(&words)
            || !sentence_start(l, open)
        {
            continue;
        }
        let end = l.len() - inner.len() + close + 1;
        cuts.push((
            open,
            end,
            BlockKind::RelatedList,
            "teaser in round brackets where a sentence starts (( see … ), ( related: … ))",
        ));
    }
}

/// The `]` that closes the square bracket opened at `open`, with no square bracket between them
/// (round ones may be: `[ skylab, nasa's 1st space station ( photos ) ]`).
fn closing(l: &str, open: usize) -> Option<usize> {
    let inner = &l.as_bytes()[open + 1..];
    let at = inner.iter().position(|&b| matches!(b, b'[' | b']'))?;
    (inner[at] == b']').then_some(open + 1 + at)
}

fn teasers(l: &str, cuts: &mut Vec<Cut>) {
    for open in memchr::memchr_iter(b'[', l.as_bytes()) {
        let Some(close) = closing(l, open) else {
            continue;
        };
        let inner = l[open + 1..close].trim();
        // A photo credit in square brackets (Mediaite's `[ image via screengrab ]`) is no
        // editor's insertion however short, and no teaser: it goes as the picture's, wherever
        // it stands (after a cut pointer's colon: `Watch the video below, via comedy central:
        // [ photo via screengrab ]`).
        // A lone `[ photo ]` inside a sentence is an editor's word.
        if courtesy_credit(inner) && (inner.contains(' ') || sentence_start(l, open)) {
            cuts.push((
                open,
                close + 1,
                BlockKind::Caption,
                "photo credit in square brackets ([ image via screengrab ])",
            ));
            continue;
        }
        if !sentence_start(l, open) {
            continue;
        }
        let words = inner.split_whitespace().count();
        let after_quote = l[..open].trim_end().ends_with(['"', '”']);
        let min = TEASER_MIN_WORDS + usize::from(after_quote);
        // An editor's update is news (`[ update: the floor chaos continued … ]`), and a quote
        // inside is someone's words.
        if words < min
            || words > TEASER_MAX_WORDS
            || inner.starts_with("update")
            || inner.contains(['"', '“', '”'])
        {
            continue;
        }
        cuts.push((
            open,
            close + 1,
            BlockKind::RelatedList,
            "teaser in square brackets where a sentence starts ([ see photos of … ])",
        ));
    }
}

/// True when `inner`, the trimmed text inside round brackets, is a photo credit that the
/// cleaner's other credit forms miss: `courtesy of the state department`, `photo provided by …`,
/// `image credit: …`, or a short one ending in the picture's kind (`defense department photo`,
/// `charlie neibergall/ap file photo`, `stock image`) that does not tell of the picture (`who
/// took the photo`) or point into it (`left, in photo`).
pub(super) fn courtesy_credit(inner: &str) -> bool {
    // The cheap tests first: nearly every bracket neither opens nor ends so.
    let opened = CREDIT_OPENERS.iter().any(|o| inner.starts_with(o));
    let (rest, last) = inner.rsplit_once(' ').unwrap_or(("", inner));
    let kind = CREDIT_KINDS.contains(&last.rsplit('/').next().unwrap_or(last));
    if !opened && !kind {
        return false;
    }
    // Getty's credits have their own passes (`getty_credits`, `bare_getty`), which leave the
    // sentence before them.
    let words = inner.split_whitespace().count();
    if words > CREDIT_MAX_WORDS || inner.contains("getty") {
        return false;
    }
    opened
        || (words <= KIND_CREDIT_MAX_WORDS
            && !rest.split_whitespace().any(|w| {
                let w = w.trim_end_matches(',');
                CREDIT_VERBS.contains(&w) || CREDIT_PLACES.contains(&w)
            }))
}

/// Words of a Hearst gallery's credit and headline before its `1 / 3 back to gallery` button, at
/// most.
const GALLERY_HEAD_MAX_WORDS: usize = HEADLINE_MAX_WORDS + 10;

/// A Hearst gallery's last slide glued into the text: `photo: richard vogel / associated press
/// coffee doesn't need cancer warning, california health agency says 1 / 1 back to gallery`,
/// from the credit (and the `... more` button before it), or from the sentence's start when no
/// credit is left, through the button.
pub(super) fn gallery_headline(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const BUTTON: &str = " back to gallery";
    if !super::holds!(l, BUTTON) {
        return;
    }
    let Some(b) = l.find(BUTTON) else {
        return;
    };
    // The counter `N / M` right before the button.
    let head = &l[..b];
    let mut t = head.rsplitn(4, ' ');
    let (Some(total), Some(slash), Some(n), Some(headline)) =
        (t.next(), t.next(), t.next(), t.next())
    else {
        return;
    };
    if !is_number(total) || slash != "/" || !is_number(n) {
        return;
    }
    let sentence = headline.rfind(". ").map_or(0, |p| p + 2);
    let start = match headline[sentence..].rfind("photo:") {
        Some(p) => {
            let p = sentence + p;
            let before = headline[..p].trim_end();
            match before.strip_suffix("... more") {
                Some(x) => x.len() + "... ".len(),
                None => p,
            }
        }
        None => sentence,
    };
    if headline[start..].split_whitespace().count() > GALLERY_HEAD_MAX_WORDS {
        return;
    }
    cuts.push((
        start,
        b + BUTTON.len(),
        BlockKind::Caption,
        "photo gallery's credit and headline (photo: Name … 1 / 3 back to gallery)",
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        let mut texts = super::super::cut_texts(find, s);
        texts.extend(super::super::cut_texts(gallery_headline, s));
        texts
    }

    #[test]
    fn a_photo_credit_in_square_brackets_goes_however_short() {
        // Mediaite's shape: the credit after the last sentence, before the page's rule.
        assert_eq!(
            cut("when elizabeth warren was reprimanded. [ image via screengrab ] — — follow"),
            ["[ image via screengrab ]"]
        );
        assert_eq!(
            cut("[ photo via screengrab ] — — follow josh feldman"),
            ["[ photo via screengrab ]"]
        );
        // After a pointer's colon too.
        assert_eq!(
            cut("watch the video below, via comedy central: [ photo via screengrab ]"),
            ["[ photo via screengrab ]"]
        );
        // An editor's insertion stays.
        assert!(cut("he said. [ the photo ] was taken later.").is_empty());
        assert!(cut("\" [ the photo ] was fake, \" he said.").is_empty());
        assert!(cut("\" i saw the [ photo ] online, \" he said.").is_empty());
    }

    #[test]
    fn a_teaser_in_square_brackets_between_sentences_goes() {
        assert_eq!(
            cut(
                "you can watch the gaia webcast live on space.com, courtesy of esa. [ see photos \
                 of the gaia spacecraft ] to pinpoint the position of a star in 3d, gaia will \
                 measure it."
            ),
            ["[ see photos of the gaia spacecraft ]"]
        );
        assert_eq!(
            cut("researchers said. [ 7 bizarre drug side effects ] the drug was tested."),
            ["[ 7 bizarre drug side effects ]"]
        );
        // After a closing quote, five words at least.
        assert_eq!(
            cut(
                "\" the economy is growing, \" he said. \" [ how healthy is trump's economy? ] \
                 the labor market added jobs."
            ),
            ["[ how healthy is trump's economy? ]"]
        );
    }

    #[test]
    fn a_teaser_in_round_brackets_where_a_sentence_starts_goes() {
        for (text, teaser) in [
            (
                "regenerate themselves this way. ( see \" pictures: 5 animals that regrow body \
                 parts. \" ) instead, the moon jelly had rearranged its arms.",
                "( see \" pictures: 5 animals that regrow body parts. \" )",
            ),
            (
                "toward the arctic ocean. ( related: \" ancient global warming raised sea levels \
                 nearly 70 feet. \" ) jonathan bamber said.",
                "( related: \" ancient global warming raised sea levels nearly 70 feet. \" )",
            ),
            (
                "the wrong people. \" ( see one survivor's account of the tucson massacre. ) \
                 gun-rights supporters see a different moral.",
                "( see one survivor's account of the tucson massacre. )",
            ),
            (
                "several months ago. ( read the emails here. ) since the assault, republicans \
                 have accused him.",
                "( read the emails here. )",
            ),
            (
                "terrorism universities. ( more here. ) whole foods wishes them well.",
                "( more here. )",
            ),
            (
                "the community, \" she said. ( pictures: scenes from the ground at occupy wall \
                 street ) an organizer said so.",
                "( pictures: scenes from the ground at occupy wall street )",
            ),
        ] {
            assert_eq!(cut(text), [teaser], "{text}");
        }
        // The prose's own asides inside a sentence stay.
        for text in [
            "there are proposals to simplify the code ( see article here ). but wait.",
            "it could have yielded some obvious ( read: lazy ) jokes.",
            "the pit site in wyoming ( see fig. 1a ). it has been mentioned.",
            "he said. ( see? i told you so, he added. )",
        ] {
            assert!(cut(text).is_empty(), "{text}: {:?}", cut(text));
        }
    }

    #[test]
    fn an_editors_insertion_in_square_brackets_stays() {
        // Inside a sentence.
        assert!(
            cut("he came into contact with the shroud [ of turin and its keepers ] in 1978.")
                .is_empty()
        );
        // Opening a quotation.
        assert!(cut("she said. \" [ the owners ] were happy with it. \"").is_empty());
        assert!(cut("she said. \" [ the new owners were ] happy with it. \"").is_empty());
        // An editor's update is news.
        assert!(
            cut("it went on. [ update: the floor chaos continued late into the night. ] then")
                .is_empty()
        );
        // A source's name.
        assert!(cut("the sober house until jan. 3. [ tmz ] she left.").is_empty());
    }

    #[test]
    fn photo_credits_in_round_brackets() {
        for credit in [
            "u.s. department of state photo",
            "courtesy of martin pistorius via harpercollins",
            "photo provided by the adams county sheriff's office via twitter",
            // A handout's, without `photo` (thirty-sixth round).
            "provided by ktvt cbs-dfw",
            "charlie neibergall/ap file photo",
            "stock image",
            "photos",
        ] {
            assert!(courtesy_credit(credit), "{credit}");
        }
        for aside in [
            "who took the photo",
            "see the photo",
            "left, in photo",
            "which fooled visitors for a decade with a fake embassy and a fake flag photo",
            "d-mass.",
            "kevork djansezian/getty images",
            "image credit: getty images",
        ] {
            assert!(!courtesy_credit(aside), "{aside}");
        }
    }

    #[test]
    fn a_teaser_may_hold_round_brackets() {
        assert_eq!(
            cut(
                "it was the longest flight in history. [ skylab, nasa's 1st space station ( \
                 photos ) ] \" i was scheduled to go, \" pogue wrote."
            ),
            ["[ skylab, nasa's 1st space station ( photos ) ]"]
        );
    }

    #[test]
    fn a_headline_before_a_gallery_button_goes() {
        assert_eq!(
            cut(
                "doctors say andrea yates ready for group outings 1 / 1 back to gallery doctors \
                 for andrea yates have recommended it."
            ),
            ["doctors say andrea yates ready for group outings 1 / 1 back to gallery"]
        );
        assert_eq!(
            cut(
                "coffee does not pose a risk. photo: richard vogel / associated press 2017 coffee \
                 doesn't need cancer warning, california health agency says 1 / 1 back to gallery \
                 three months after a judge ordered it."
            ),
            [
                "photo: richard vogel / associated press 2017 coffee doesn't need cancer warning, \
              california health agency says 1 / 1 back to gallery"
            ]
        );
        assert_eq!(
            cut(
                "yates confessed to drowning her five children in a bathtub and was... more \
                 photo: handout doctors say andrea yates ready 1 / 1 back to gallery doctors"
            ),
            ["more photo: handout doctors say andrea yates ready 1 / 1 back to gallery"]
        );
        assert!(cut("the slideshow has 1 / 1 photos. back to gallery view.").is_empty());
    }
}
