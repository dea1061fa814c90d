//! Link labels and wiki page furniture glued into a paragraph's prose:
//!
//! - a **gallery or video teaser**: `Photos:`, `Photo gallery:`, `Slideshow:` or `Video:`
//!   opening a sentence, with the linked page's headline up to its own end when that end shows
//!   within [`GALLERY_HEADLINE_MAX_WORDS`] words (`… a year earlier. Photos: scott of the
//!   antarctic: hero or failure? since then, …`, `Photos: celebs stand up to cancer "that's one
//!   of …`); a headline that runs on into the lead (`Photos: whitney houston through the years
//!   the singer, whose hits …`) has no end that shows, and stays; a `Related` label before
//!   the gallery's or video's (`Related video: is there a mini-'speidi ' on the way?`, `Related
//!   content video: …`) goes with it, and so does a page's headline or label printed right
//!   before the label inside a sentence (`… toddlers to death photos: remembering leo and lucia
//!   krim "she snapped, " …`, `Sexy photos: …`), which prose never is after anything but a
//!   function word, a count or a determiner and a word;
//! - a **`… here.` link sentence**: a short sentence whose last word is the link's anchor
//!   `here` (or an embed's `below`), opening with a reader's verb (`Read the full transcript of
//!   the tape here.`, `You can visit the page here.`, `Watch the clip below.`) or a document's
//!   noun with no verb (`Transcript of the speech here.`, `Full press release here.`, `Details
//!   here.`);
//! - **wiki page furniture**: MediaWiki's tagline `From Wikipedia, the free encyclopedia`
//!   opening the paragraph, a section heading with its `[ edit ]` link (`… the british isles.
//!   Description [ edit ] dorsal view …`) and a citation mark `[ 2 ]` after a sentence's end.

use super::super::BlockKind;
use super::super::lexicon::{FUNCTION_WORDS, contains};
use super::{Cut, Para, first_sentence_end, sentence_start, tokens};

/// Labels of a link to a page of photos or a video, with their colon. `pictures:` is not one:
/// it also opens a credit (`Pictures: vladimir pushkarev/russian centre … at the base is a frozen
/// lake.`) whose caption reads on as prose.
const GALLERY_LABELS: [&str; 4] = ["photos:", "photo gallery:", "slideshow:", "video:"];

/// Most words of a gallery's or video's headline after its label (the longest read in val: 13).
/// A longer run ending in a stop is the headline with the lead glued on.
const GALLERY_HEADLINE_MAX_WORDS: usize = 14;

/// Most words of a gallery's or video's headline that ends in a `.` (the longest read in val:
/// 7); a longer one is the lead's sentence glued on (`video: betty white's snl promo an nbc rep
/// for the show declined to comment.`).
const GALLERY_STOP_MAX_WORDS: usize = 8;

/// Most words of a gallery's or video's headline before a quote opening the lead (the longest
/// read in val: 10); a longer run holds the lead's own clause (`… which other stars are expecting
/// calling husband nicolas sarkozy " the love of my life, "`).
const GALLERY_QUOTE_MAX_WORDS: usize = 10;

/// Labels of a list of related links that may stand before a gallery's or video's label, each
/// with its space (`Related video:`, `Related coverage photos:`).
const RELATED_LABELS: [&str; 4] = [
    "related ",
    "related content ",
    "related coverage ",
    "related articles ",
];

/// The reason of a gallery or video teaser's cut.
const GALLERY_REASON: &str = "gallery or video teaser (Photos:/Video: + headline)";

/// The reason of a gallery or video teaser's cut with the page's headline or label before it.
const HEADLINE_GALLERY_REASON: &str =
    "page headline and gallery or video teaser (… to death photos: + headline)";

/// Words of a page's headline or label before a gallery's or video's label, at most (the
/// longest read in val: 19, a link list's `What we know: … list: officers killed in the line of
/// duty`).
const PAGE_HEADLINE_MAX_WORDS: usize = 20;

/// Words that make a gallery's label prose two words before it: a determiner or a form of `be`
/// (`to publish an exclusive photo gallery: …`, `posted a new video: …`, `the charges are
/// related video: …`).
const PROSE_BEFORE_LAST: [&str; 19] = [
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "our", "their",
    "your", "is", "are", "was", "were", "be", "been",
];

/// Counts that make a gallery's label prose (`released two photos: …`).
const COUNT_WORDS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Verbs a reader is told to do with a link (`Read …`, `Watch …`), opening a `… here.`
/// sentence.
const READER_VERBS: [&str; 8] = [
    "check", "download", "listen", "read", "see", "view", "visit", "watch",
];

/// Nouns of a linked document that open a verbless `… here.` label (`Transcript of the speech
/// here.`, `Full text here.`, `Details here.`).
const DOCUMENT_NOUNS: [&str; 13] = [
    "audio",
    "complete",
    "details",
    "document",
    "full",
    "photos",
    "pictures",
    "release",
    "statement",
    "text",
    "transcript",
    "transcripts",
    "video",
];

/// Most words of a `… here.` link sentence.
const HERE_MAX_WORDS: usize = 12;

/// The reason of a `… here.` link sentence's cut.
const HERE_REASON: &str = "link sentence (Read the transcript here.)";

/// Most words of a wiki section heading before its `[ edit ]` link.
const WIKI_HEADING_MAX_WORDS: usize = 6;

/// MediaWiki's tagline under every article's title.
const WIKI_TAGLINE: &str = "from wikipedia, the free encyclopedia";

/// Finds the link labels and wiki furniture in `l` (one lower-cased paragraph).
///
/// The gallery labels are found from their colon and the wiki marks from their bracket (one
/// `memchr` pass each, with few hits, rather than a substring search per label), the link
/// sentences from their anchor and stop.
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    // `memchr` finds the colons and brackets a char search finds (ASCII bytes never occur
    // inside a multi-byte character), by a SIMD scan rather than the standard library's loop.
    // A gallery's label ends at its colon, so only a paragraph holding one of the labels (the
    // paragraph's scan tells) has a colon worth a look; most hold colons of other kinds.
    if super::holds!(l, "photos:")
        || super::holds!(l, "photo gallery:")
        || super::holds!(l, "slideshow:")
        || super::holds!(l, "video:")
    {
        for colon in memchr::memchr_iter(b':', l.as_bytes()) {
            gallery_at(l, colon, cuts);
        }
    }
    // Periods are too many to visit one by one: the paragraph's scan first.
    let held = [super::holds!(l, " here."), super::holds!(l, " below.")];
    for (anchor, held) in [" here", " below"].into_iter().zip(held) {
        let with_stop = if anchor == " here" {
            " here."
        } else {
            " below."
        };
        if held {
            for (p, _) in l.match_indices(with_stop) {
                here_link(l, p, anchor, cuts);
            }
        }
    }
    wiki(l, cuts);
}

/// True when `at` lies inside a cut an earlier pass made.
fn inside(cuts: &[Cut], at: usize) -> bool {
    cuts.iter().any(|c| c.0 <= at && at < c.1)
}

/// A gallery or video teaser whose label ends at the colon at `colon` (see the module's doc).
fn gallery_at(l: &str, colon: usize, cuts: &mut Vec<Cut>) {
    let head = &l[..colon];
    let Some(label) = GALLERY_LABELS
        .iter()
        .find(|g| head.ends_with(g.trim_end_matches(':')))
    else {
        return;
    };
    let mut at = colon + 1 - label.len();
    // `Related video:`: the related links' label opens the sentence instead.
    if let Some(r) = RELATED_LABELS
        .iter()
        .find(|r| l[..at].ends_with(*r) && sentence_start(l, at - r.len()))
    {
        at -= r.len();
    }
    let body = colon + 1;
    if !l[body..].starts_with(' ')
        || l[..at].ends_with(|c: char| c.is_alphanumeric())
        || inside(cuts, at)
    {
        return;
    }
    let (start, reason) = if sentence_start(l, at) {
        (at, GALLERY_REASON)
    } else if let Some(start) = page_headline_before(l, at, cuts) {
        (start, HEADLINE_GALLERY_REASON)
    } else {
        return;
    };
    if let Some(end) = gallery_headline_end(l, body).or_else(|| headline_before_cut(l, body, cuts))
    {
        cuts.push((start, end, BlockKind::RelatedList, reason));
    }
}

/// Start of a page's headline or label printed right before a gallery's or video's label at
/// `at`, from a sentence's start or an earlier cut's end (`… cops said. Neighbors share in the
/// horror nanny accused of stabbing toddlers to death photos: remembering leo and lucia krim "she
/// snapped, " …`, `Sexy photos: all of tiger's women "the marriage …`, `Charlize theron and sean
/// penn split related video: did charlize theron and sean penn split? after …`): at most
/// [`PAGE_HEADLINE_MAX_WORDS`] words with no sentence's end among them. Prose names the photos or
/// the video it introduces after a function word or a number, or after a determiner or a form of
/// `be` and one word (`… can be heard in the video: …`, `released two photos: …`, `to publish an
/// exclusive photo gallery: …`); every run
/// before a label in val's kept text without one of those is a headline, a link list's label
/// (`Related photos:`) or a site's (`Exclusive photos:`). `None` when the run is none of these.
fn page_headline_before(l: &str, at: usize, cuts: &[Cut]) -> Option<usize> {
    let head = l[..at].trim_end();
    let mut words = head.rsplit(' ');
    let last = words.next().unwrap_or("");
    if last.is_empty()
        || words.next().is_some_and(|w| PROSE_BEFORE_LAST.contains(&w))
        || contains(FUNCTION_WORDS, last)
        || COUNT_WORDS.contains(&last)
        || last.bytes().any(|b| b.is_ascii_digit())
        || !last.ends_with(|c: char| c.is_alphabetic())
    {
        return None;
    }
    let mut start = head.len();
    for _ in 0..PAGE_HEADLINE_MAX_WORDS {
        start = head[..start].trim_end().rfind(' ').map_or(0, |i| i + 1);
        let after_cut = cuts
            .iter()
            .any(|c| c.1 <= start && l[c.1..start].trim().is_empty());
        if inside(cuts, start) {
            return None;
        }
        if sentence_start(l, start) || after_cut {
            return Some(start);
        }
    }
    None
}

/// End of the headline after a gallery label at `body`, within [`GALLERY_HEADLINE_MAX_WORDS`]
/// words: after its own `?` or `!`, after a `.` within [`GALLERY_STOP_MAX_WORDS`] words, before a
/// quote that opens the lead (after two to [`GALLERY_QUOTE_MAX_WORDS`] words, and not after a
/// comma, a colon or a function word: `… album a reporter for website wrote, "after …` and `…
/// certitudes of " hope and change "` are the lead's own sentence), or at the paragraph's end
/// when no comma shows a clause of the lead (`… through the years holmes, raised roman catholic,
/// was concerned`). `None` otherwise: a headline runs into the lead with no mark where.
fn gallery_headline_end(l: &str, body: usize) -> Option<usize> {
    let stop = first_sentence_end(l, body, GALLERY_HEADLINE_MAX_WORDS);
    let mut last = None;
    for (k, (at, t)) in tokens(l, body).enumerate() {
        if k >= 2 && t.starts_with(['"', '“']) {
            let head = l[body..at].trim_end();
            let last_word = head.rsplit(' ').next().unwrap_or("");
            let ok = k <= GALLERY_QUOTE_MAX_WORDS
                && !head.ends_with([',', ':', ';'])
                && !contains(FUNCTION_WORDS, last_word);
            return ok.then_some(body + head.len());
        }
        if let Some(s) = stop
            && at >= s
        {
            let closed = l[..s].trim_end_matches(['"', '\'', ')']);
            return (closed.ends_with(['?', '!']) || k <= GALLERY_STOP_MAX_WORDS).then_some(s);
        }
        if k >= GALLERY_HEADLINE_MAX_WORDS {
            return None;
        }
        last = Some(at + t.len());
    }
    // The paragraph ends within the headline's words; one ending in a `.` is held to the
    // shorter length, as above.
    last.filter(|&e| {
        let run = &l[body..e];
        e > body
            && !run.contains(',')
            && (!run.ends_with('.') || run.split_whitespace().count() <= GALLERY_STOP_MAX_WORDS)
    })
}

/// End of the headline after a gallery label at `body` where the cut of an earlier pass (a
/// share button) ends it: `Video: man cited after walking on the cone of old faithful in
/// yellowstone national park share this yellowstone national park – "this is …`. The cut starts
/// within [`GALLERY_HEADLINE_MAX_WORDS`] words, with no sentence end or comma before it (a
/// clause of the lead would show one).
fn headline_before_cut(l: &str, body: usize, cuts: &[Cut]) -> Option<usize> {
    let next = cuts.iter().filter(|c| c.0 > body).map(|c| c.0).min()?;
    let run = l[body..next].trim_end();
    let words = run.split_ascii_whitespace().count();
    ((2..=GALLERY_HEADLINE_MAX_WORDS).contains(&words)
        && !run.contains([',', '.', '?', '!', '"', ';']))
    .then_some(body + run.len())
}

/// A `… here.` link sentence whose anchor (` here` or ` below`) starts at `p`, before its
/// period (see the module's doc).
fn here_link(l: &str, p: usize, anchor: &str, cuts: &mut Vec<Cut>) {
    let end = p + anchor.len() + 1;
    // The anchor ends the sentence: the paragraph's end or a space follows (not `here.com`).
    if !(end == l.len() || l[end..].starts_with(char::is_whitespace)) {
        return;
    }
    let Some(start) = sentence_start_before(l, p) else {
        return;
    };
    if inside(cuts, start) {
        return;
    }
    let words: Vec<&str> = l[start..p].split_whitespace().collect();
    if words.is_empty() || words.len() >= HERE_MAX_WORDS {
        return;
    }
    let verb_at = match words.as_slice() {
        ["you", "can", ..] => 2,
        _ => 0,
    };
    let reader = words.get(verb_at).is_some_and(|w| READER_VERBS.contains(w));
    // A verbless label of at most six words: a document's noun first, then `of` or nothing
    // or another such noun last (`Full press release here.`), and no function word but
    // `of`, `the`, `a`, `an`, `this`, `our` and `his`/`her`/`their` (`The motion is here.`,
    // `Video shows him here.` are prose).
    let last = words[words.len() - 1];
    // `Details below.` may announce a list that is the article's own text: only `here`.
    let label = anchor == " here"
        && verb_at == 0
        && words.len() <= 6
        && DOCUMENT_NOUNS.contains(&words[0])
        && (words.len() == 1 || words[1] == "of" || DOCUMENT_NOUNS.contains(&last))
        && words.iter().all(|w| {
            !contains(FUNCTION_WORDS, w)
                || matches!(
                    *w,
                    "of" | "the" | "a" | "an" | "this" | "our" | "his" | "her" | "their"
                )
        });
    if reader || label {
        cuts.push((start, end, BlockKind::Widget, HERE_REASON));
    }
}

/// Start of the sentence that holds byte `p`: the paragraph's start or the first word after a
/// sentence's end; `None` when that is more than [`HERE_MAX_WORDS`] words back.
fn sentence_start_before(l: &str, p: usize) -> Option<usize> {
    let mut start = p;
    for _ in 0..HERE_MAX_WORDS {
        let head = l[..start].trim_end();
        if head.is_empty() {
            return Some(l.len() - l.trim_start().len());
        }
        let word_at = head.len() - head.rsplit(char::is_whitespace).next().map_or(0, str::len);
        if sentence_start(l, word_at) {
            return Some(word_at);
        }
        start = word_at;
    }
    None
}

/// Wiki page furniture (see the module's doc).
fn wiki(l: &str, cuts: &mut Vec<Cut>) {
    // The tagline stands right under the page's title: the paragraph's start.
    let at = l.len() - l.trim_start().len();
    if l[at..].starts_with(WIKI_TAGLINE) {
        cuts.push((
            at,
            at + WIKI_TAGLINE.len(),
            BlockKind::Widget,
            "wiki page furniture (From Wikipedia, the free encyclopedia)",
        ));
    }
    if memchr::memchr(b'[', l.as_bytes()).is_none() {
        return;
    }
    for mark in ["[ edit ]", "[edit]"] {
        for (at, _) in l.match_indices(mark) {
            // The heading runs back to a sentence's end or a citation's `]`.
            let head = &l[..at];
            let from = head.rfind(['.', '?', '!', ']']).map_or(0, |i| i + 1);
            let heading = head[from..].trim();
            let n = heading.split_whitespace().count();
            if n == 0 || n > WIKI_HEADING_MAX_WORDS || heading.contains([',', ':', ';']) {
                continue;
            }
            let start = from + (head[from..].len() - head[from..].trim_start().len());
            if !inside(cuts, start) {
                cuts.push((
                    start,
                    at + mark.len(),
                    BlockKind::SectionLabel,
                    "wiki section heading (History [ edit ])",
                ));
            }
        }
    }
    // Citation marks `[ 2 ]` right after a sentence's end.
    for at in memchr::memchr_iter(b'[', l.as_bytes()) {
        let r = &l[at + 1..];
        let inner = r.trim_start();
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) {
            continue;
        }
        let Some(after) = inner[digits..].trim_start().strip_prefix(']') else {
            continue;
        };
        let before = l[..at].trim_end();
        if !before.ends_with(['.', '"', '”']) || !sentence_start(l, at) || inside(cuts, at) {
            continue;
        }
        cuts.push((
            at,
            l.len() - after.len(),
            BlockKind::Widget,
            "wiki citation mark ([ 2 ])",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        super::super::cut_texts(find, s)
    }

    #[test]
    fn the_colon_gate_asks_every_gallery_label() {
        // `find` visits the colons only of a paragraph holding one of these: a label added to
        // `GALLERY_LABELS` must be added to the gate (and to the cues) too.
        assert_eq!(
            GALLERY_LABELS,
            ["photos:", "photo gallery:", "slideshow:", "video:"]
        );
        assert_eq!(
            cut("the vote was close. video: senator wins the vote by one. he left."),
            ["video: senator wins the vote by one."]
        );
    }

    #[test]
    fn a_related_label_goes_with_the_video_label_after_it() {
        for (text, teaser) in [
            (
                "she bought the house. related video: is a reunion of the cast coming our way? in \
                 march, she said so.",
                "related video: is a reunion of the cast coming our way?",
            ),
            (
                "related content video: boy runs onto pitch and steals a player's jersey",
                "related content video: boy runs onto pitch and steals a player's jersey",
            ),
            (
                "it was over. related coverage photos: plane crash at the airport. officials \
                 said two died.",
                "related coverage photos: plane crash at the airport.",
            ),
        ] {
            assert_eq!(cut(text), [teaser], "{text}");
        }
        // The headline runs into the lead: no end shows, and both labels stay.
        assert!(
            cut(
                "related video: fatalities reported in balloon crash a newlywed couple is among \
                 the 16 victims of a crash near austin on saturday morning, officials said."
            )
            .is_empty()
        );
        // `related` inside a sentence is prose; the video's label does not open a sentence.
        assert!(cut("the charges are related video: clips show it.").is_empty());
    }

    #[test]
    fn a_page_headline_before_a_gallery_label_goes_with_the_teaser() {
        for (text, teaser) in [
            (
                "cops said. neighbors share in the horror nanny accused of stabbing toddlers to \
                 death photos: remembering leo and lucia krim \"she snapped, \" said her sister.",
                "neighbors share in the horror nanny accused of stabbing toddlers to death \
                 photos: remembering leo and lucia krim",
            ),
            (
                "charlize theron and sean penn split related video: did charlize theron and sean \
                 penn split? after starting a romance in 2013, they have split.",
                "charlize theron and sean penn split related video: did charlize theron and sean \
                 penn split?",
            ),
            (
                "she left. sexy photos: all of tiger's women \"the marriage is not over. \"",
                "sexy photos: all of tiger's women",
            ),
            (
                "records show. what we know: the shooting of an officer list: officers killed in \
                 the line of duty photos: from the scene of the killing",
                "what we know: the shooting of an officer list: officers killed in the line of \
                 duty photos: from the scene of the killing",
            ),
        ] {
            assert_eq!(cut(text), [teaser], "{text}");
        }
        // A label after a function word, a count or a determiner and a word is prose.
        for text in [
            "the song can be heard in the video: we are the people. he sang.",
            "police released two photos: a man and a car. he fled.",
            "what better time to publish an exclusive photo gallery: \" christmas with julian? \"",
        ] {
            assert!(cut(text).is_empty(), "{text}");
        }
        // No end of the teaser's headline shows: the headline before it stays too.
        assert!(
            cut(
                "bay area owners of slain dachshund file lawsuit video: owners of slain dachshund \
                 sue petsmart terrie peacock wiped away tears on tuesday as she recalled it."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_gallery_teaser_ends_where_a_share_button_was_cut() {
        let l = "video: man cited after walking on the cone of old faithful in yellowstone \
                 national park share this yellowstone national park – \"this is the park service.";
        let share = l.find("share this").unwrap();
        let mut cuts = vec![(share, share + 10, BlockKind::Widget, "share")];
        find(&Para::new(l), &mut cuts);
        let texts: Vec<&str> = cuts.iter().map(|c| &l[c.0..c.1]).collect();
        assert_eq!(
            texts,
            [
                "share this",
                "video: man cited after walking on the cone of old faithful in yellowstone \
                 national park"
            ]
        );
        // A comma before the cut shows a clause of the lead: the label's end does not show.
        let l = "video: the man, who was cited, walked on it share this yellowstone national park";
        let share = l.find("share this").unwrap();
        let mut cuts = vec![(share, share + 10, BlockKind::Widget, "share")];
        find(&Para::new(l), &mut cuts);
        assert_eq!(cuts.len(), 1);
    }

    #[test]
    fn a_gallery_teaser_goes_with_its_headline_when_its_end_shows() {
        assert_eq!(
            cut(
                "the nsf disagreed. photos: scott of the antarctic: hero or failure? since then, \
                 her family has set up a website."
            ),
            ["photos: scott of the antarctic: hero or failure?"]
        );
        assert_eq!(
            cut(
                "allen burry told radaronline.com. photos: celebs stand up to cancer \"that's one \
                 of the hardest things, \" he said."
            ),
            ["photos: celebs stand up to cancer"]
        );
        assert_eq!(
            cut("he had served 17 terms. video: rep. hall discusses losing primary runoff"),
            ["video: rep. hall discusses losing primary runoff"]
        );
        // The headline runs on into the lead: nothing shows where it ends.
        assert!(
            cut(
                "photos: whitney houston through the years the singer, whose hits include the \
                 classics, lists her average monthly income as $ 2,000."
            )
            .is_empty()
        );
        // `l.a.` is no sentence's end, and the run is too long for a headline.
        assert!(
            cut(
                "photos: kim shines au naturel in l.a. both kanye and kim have their own fashion \
                 lines."
            )
            .is_empty()
        );
        // Not a label opening a sentence.
        assert!(cut("he posted the photos: a beach and a boat.").is_empty());
    }

    #[test]
    fn a_here_link_sentence_goes() {
        assert_eq!(
            cut(
                "analysis of the speech. transcript of the speech here. by the way, this speech \
                 ran to 2,114 words."
            ),
            ["transcript of the speech here."]
        );
        assert_eq!(
            cut("a spokesman declined. read the full transcript of the tape here. he denied it."),
            ["read the full transcript of the tape here."]
        );
        assert_eq!(
            cut("you can visit the clinic's facebook page here. police said."),
            ["you can visit the clinic's facebook page here."]
        );
        // Prose that ends in `here.`.
        assert!(cut("the motion is here. several parts are redacted.").is_empty());
        assert!(cut("he entered the veteran's treatment court program here.").is_empty());
        assert!(cut("get that weak sauce out of here. it is serena williams.").is_empty());
        assert_eq!(
            cut(
                "jennifer opens up. read an excerpt of her interview below. to read the full \
                 interview, pick up the issue."
            ),
            ["read an excerpt of her interview below."]
        );
        assert!(cut("the figures are listed below. details below.").is_empty());
    }

    #[test]
    fn wiki_furniture_goes() {
        assert_eq!(
            cut(
                "from wikipedia, the free encyclopedia kiruna church is a church building in \
                 kiruna, sweden."
            ),
            ["from wikipedia, the free encyclopedia"]
        );
        assert_eq!(
            cut(
                "the shrine of the nomadic people. \" [ 3 ] history [ edit ] the church was \
                 built between 1909 and 1912."
            ),
            ["history [ edit ]", "[ 3 ]"]
        );
        assert_eq!(
            cut("the british isles. description [ edit ] dorsal view it has a broad mantle."),
            ["description [ edit ]"]
        );
        // A bracketed number inside a sentence stays (`[ 2 ]` as a quote's insertion).
        assert!(cut("he took [ 2 ] of them.").is_empty());
        assert!(cut("rand paul took material from wikipedia to describe a movie.").is_empty());
    }
}
