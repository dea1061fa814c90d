//! Site notices addressed to the reader, glued into a content paragraph: sign-up and newsletter
//! prompts (`Sign up to follow, and we'll e-mail you free updates as they're published.`), login,
//! registration and cookie notices, `We've detected that JavaScript is disabled in your browser.`,
//! `Please try again later.`, `Thank you for subscribing.`. On a real page each is its own line and
//! the line rules remove it; flattened text (Multi-News, JSONL dumps of extracted text) keeps them
//! between the article's sentences, and a summary then quotes the site to the reader.
//!
//! Shape, not a list of known notices: a short sentence (at most [`MAX_WORDS`] words) that speaks
//! to the reader about the site itself. It must name a site function (a word of [`ui_terms`]:
//! `newsletter`, `inbox`, `account`, `javascript`, `sign up`, `privacy policy`, …) and either open
//! as an instruction to the reader (`Please …`, `Sign up …`, `Click …`, `Thank you for …`) or name
//! two site functions and address the reader (`you`, `your`, `please`). News prose that mentions
//! accounts or sign-ups has one such word, not two, and reports rather than instructs: `If you'd
//! like to sign up for coverage under the health care law, you're out of luck until November.`
//! stays.
//!
//! A short sentence that ends with a stop (at most [`SHORT_WORDS`] words) needs less: an
//! instruction may run on (`Click here to see the cities where the most people smoke.`), `click
//! here` instructs wherever it stands (`To receive the magazine, click here to subscribe.`), and
//! one site function said to the reader is enough (`Would you like to proceed to legacy
//! twitter?`, `sorry, but you can only react up to 3 times!`) unless prose uses the word too
//! (`account`, `website`).
//!
//! A notice glued to the article without a stop between them (`Please enable JavaScript to watch
//! this video Arvada, Colo. -- an Arvada woman said …`) is not cut whole: more than
//! [`MAX_TAIL_WORDS`] words after the last word addressed to the reader are prose, and cutting the
//! sentence would cut the lead with it. Only a label with a known end goes: a lone `Subscribe`
//! button, the video player's prompt through `video`, a sign-up prompt through `here`.
//!
//! The page may also state what it needs or sells without speaking to anyone: a video player's
//! `Media requires javascript to play.` or `This slideshow requires javascript.`, a paywall's
//! `Re-enter zip code or sign up for digital access.`. A short sentence that ends with a stop (at
//! most [`STATEMENT_WORDS`] words) is such a statement when it names javascript with a word of
//! need (`requires`, `enabled`, …), or names two site functions of which one is unmistakable
//! (`sign up`, `digital access`, `subscription`; not `account`, `zip code`), and neither quotes
//! nor reports (`said`, `according`).
//!
//! A headline glued before a notice (`Tony hayward says bp was ' not prepared ' for the gulf oil
//! spill please turn on javascript.`) is too long for the whole sentence to be one; then the
//! notice at its end goes (from `please` or `click here`) when it is a notice on its own and
//! names an unmistakable site function, and the words before it do not end in a function word
//! or a comma (`he asked them to please sign up for the program.` is prose).
//!
//! A sentence that opens with `Click here to`/`Click here for` and ends with a stop is an
//! instruction through what the link shows up to 16 words (`Click here for a look at the history
//! of the disappearance of susan powell.`) unless it reports (`said`, `reported`).
//!
//! A newsletter pitch opening with `Sign up`/`Subscribe` runs on through what the newsletter
//! brings (`Sign up for our newsletter to get the latest updates on kate middleton, meghan
//! markle and more!`) when it promises something (`to get`) or ends near the newsletter or inbox.
//!
//! Offers and notices that name their function without a word to the reader count too: a reprint
//! notice (`Dow jones reprints: this copy is for your personal, non-commercial use only.`), a news
//! alert offer (`Breaking news emails get breaking news alerts and special reports.`,
//! `Get push notifications with news, features and more.`) and a newsletter's schedule (`The news
//! and stories that matter, delivered weekday mornings.`).
//!
//! A sentence between two notices (or a run of up to three) is the rest of the same form when it
//! speaks of the site too (a site function, the reader or an `error`), ends with a stop and
//! neither quotes nor reports:
//! `Sign up you agree to receive occasional updates and special offers for the new york times's
//! products and services.`, `An error has occurred.` between `Thank you for subscribing.` and
//! `Please try again later.`.
//!
//! `Click here` instructs wherever it stands in parentheses (`( click here to see the flyer )`,
//! `( for more on the storm, click here. )`): the parenthesis goes, the sentence around it stays.
//! A sentence that opens with `Click here` and runs into a quote or through an aside of its own
//! (`Click here to learn more about safety in thermal areas "yellowstone's thermal features
//! are dangerous," said …`) loses the instruction up to there. Elsewhere nothing shows where an
//! instruction glued to the lead ends, and the sentence stays.
//!
//! The page's terms and instructions for using it count too, whole: a consent notice (`By
//! clicking or navigating the site, you agree to …`), an instruction to use the page (`Click
//! through the gallery for a look at his life and career.`, at most 16 words, reporting nothing),
//! and a purpose before an instruction (`For unlimited access to the best local news, subscribe
//! to …`; after a tweet's signature, `for more information on patrick, click here.` from its
//! `for more`). A sign-up widget's words glued before the lead go alone: its error messages
//! (`Could not subscribe, try again later invalid email`) or a pitch ending in `subscribing now`.
//! A video player's `Close` button before an instruction (`Close get email notifications on …
//! daily!`) does not hide the instruction.
//!
//! Written here rather than taken from a crate: no crate classifies such sentences, and the
//! cleaner's other passes already work on the same lower-cased paragraph.

use crate::span::offset_in;
use std::sync::LazyLock;

use super::BlockKind;
use super::inline::{Cut, Haystack, Para, Search};

/// A notice is a short sentence: longer ones are prose.
const MAX_WORDS: usize = 30;

/// Words after the last reader-directed word beyond which the sentence is prose glued to a notice.
const MAX_TAIL_WORDS: usize = 6;

/// A sentence of at most this many words that ends with a stop is whole: no lead is glued to it,
/// so an instruction may run on past [`MAX_TAIL_WORDS`] (`Click here to see the cities where the
/// most people smoke.`), `click here` instructs wherever it stands (`To receive the magazine,
/// click here to subscribe.`), and one site function said to the reader is enough (`Would you
/// like to proceed to legacy twitter?`).
const SHORT_WORDS: usize = 12;

/// A sentence opening with `Click here to`/`Click here for` and ending with a stop is the link's
/// instruction whole up to this many words (13 to 16 seen in val and train: `Click here to see
/// the full list of cities with the best public transportation systems.`); longer ones may carry
/// a glued lead.
const CLICK_SENTENCE_WORDS: usize = 16;

/// A statement by the page of what it needs or sells (`Media requires javascript to play.`,
/// `Sorry, this zipcode is not in our deliverable area for this subscription service.`) is
/// short and ends with a stop: at most this many words.
const STATEMENT_WORDS: usize = 15;

/// Words after an instruction's opener that make the opener itself a site function (`Click
/// here`, `Subscribe to`, `Sign up for`, `Sign up be the first to know`).
const OPENER_FOLLOWERS: &[&str] = &[
    "here", "to", "for", "on", "below", "now", "up", "in", "or", "and", "be", "",
];

/// Openings that instruct the reader (a sentence starting so is an instruction, not a report).
const OPENERS: &[&[&str]] = &[
    &["please"],
    &["sign", "up"],
    &["subscribe"],
    &["click"],
    &["tap"],
    &["enable"],
    &["verify"],
    &["log", "in"],
    &["sign", "in"],
    &["thank", "you", "for"],
    &["thanks", "for"],
    &["visit", "us"],
    &["get", "daily"],
    &["get", "the"],
    &["download"],
    &["follow", "us"],
    &["like", "us"],
    // `Get push notifications with news, features and more.`
    &["get", "push"],
    // A notification widget: `Get email notifications on andrew cain daily!`
    &["get", "email"],
    &["get", "e-mail"],
    // `View all new york times newsletters.`
    &["view", "all"],
    // `Be the first to know.`
    &["be", "the", "first"],
];

/// Finds site notices in the lower-cased paragraph `l`, one cut per sentence.
pub(crate) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let first = cuts.len();
    if super::inline::holds!(l, "click") {
        click_here_asides(l, cuts);
    }
    let needles = Needles::of(l);
    // A notice at a headline's end opens at a word `please` or `click`: a paragraph without
    // either string has none, and its sentences are not split into words to look for one.
    let tails = super::inline::holds!(l, "please") || super::inline::holds!(l, "click");
    let cookies = super::inline::holds!(l, "cookies");
    let mut start = 0;
    // Each sentence's span and whether it was cut whole as a notice, for the sentences between
    // two notices.
    let ends = sentence_ends(l);
    let mut sentences: Vec<(usize, usize, bool)> = Vec::with_capacity(ends.len());
    let mut notice_end = 0;
    for end in ends {
        let s = &l[start..end];
        let opened = s.trim_start();
        let mut lead = s.len() - opened.len();
        let mut body = opened.trim_end();
        // A video player's `Close` button before an instruction (`Close get email notifications
        // on … daily!`): the instruction opens after it (the button is another pass's cut).
        if let Some(rest) = body.strip_prefix("close ")
            && opens_as_instruction(rest)
        {
            lead += "close ".len();
            body = rest;
        }
        // `[ Subscribe to our newsletter … ] It was…`: the notice ends at its bracket.
        if body.trim_start_matches(['"', ' ']).starts_with('[')
            && let Some(close) = body.find(']')
        {
            body = &body[..=close];
        }
        if cookies && cookie_notice(body) {
            cuts.push((
                start + lead,
                start + lead + body.len(),
                BlockKind::Notice,
                "cookie notice (… we use cookies., This site uses cookies to …)",
            ));
            sentences.push((start + lead, start + lead + body.len(), true));
            start = end;
            continue;
        }
        // The sentences a correction notice ran over (its own end reads abbreviations).
        if start + lead < notice_end {
            sentences.push((start + lead, start + lead + body.len(), true));
            start = end;
            continue;
        }
        // A correction notice opens the sentence, or follows another pass's cut inside it (a
        // photo's bracketed credit: `… ( photo: win mcnamee ) correction: this story …`).
        let at = start + lead;
        let after_cut = |c: &Cut| {
            (at < c.1 && c.1 < at + body.len())
                .then(|| c.1 + l[c.1..].len() - l[c.1..].trim_start().len())
        };
        let notice = std::iter::once(at)
            .chain(cuts[..first].iter().filter_map(after_cut))
            .find_map(|p| Some((p, correction_end(l, p, &l[p..at + body.len()])?)));
        if let Some((p, e)) = notice {
            cuts.push((
                p,
                e,
                BlockKind::Notice,
                "correction notice (Correction: an earlier version of this story incorrectly …)",
            ));
            sentences.push((at, at + body.len(), p == at));
            notice_end = e;
            start = end;
            continue;
        }
        if let Some(n) = pitch_prefix_len(body) {
            cuts.push((
                start + lead,
                start + lead + n,
                BlockKind::Notice,
                "sign-up widget glued before the lead (Could not subscribe, try again later invalid email; Keep up with this story … by subscribing now)",
            ));
            sentences.push((start + lead, start + lead + body.len(), false));
            start = end;
            continue;
        }
        if let Some((n, kind, reason)) = furniture(body) {
            cuts.push((start + lead, start + lead + n, kind, reason));
            sentences.push((start + lead, start + lead + body.len(), false));
            start = end;
            continue;
        }
        // Most sentences are let go here, after a look at their first word and three substring
        // scans, without being split into words.
        let opens = opens_as_instruction(body);
        if !opens && !needles.any_in(body) {
            sentences.push((start + lead, start + lead + body.len(), false));
            start = end;
            continue;
        }
        let r = reading(body);
        sentences.push((
            start + lead,
            start + lead + body.len(),
            r.as_ref().is_some_and(|r| r.notice),
        ));
        if let Some(r) = r.as_ref().filter(|r| r.notice) {
            cuts.push((
                start + lead,
                start + lead + body.len(),
                BlockKind::Notice,
                if r.statement {
                    "the page's statement of what it needs or sells (Media requires javascript to play.)"
                } else {
                    "addressed to the reader (sign-up, login or script prompt)"
                },
            ));
        } else if opens && let Some(n) = label_len(body) {
            cuts.push((
                start + lead,
                start + lead + n,
                BlockKind::Notice,
                "site label glued before the lead (Subscribe, Please enable JavaScript to watch this video)",
            ));
        } else if let Some(n) = send_to_friend_len(body) {
            cuts.push((
                start + lead,
                start + lead + n,
                BlockKind::Notice,
                "send-to-a-friend form glued before the lead (a friend wanted you to see this item)",
            ));
        } else if let Some(n) = click_here_len(body) {
            cuts.push((
                start + lead,
                start + lead + n,
                BlockKind::Notice,
                "click-here instruction glued to a quote or an aside (Click here to … \")",
            ));
        } else if tails && let Some(n) = notice_tail(body) {
            cuts.push((
                start + lead + n,
                start + lead + body.len(),
                BlockKind::Notice,
                "site notice at the end of a headline (… please turn on javascript.)",
            ));
        }
        start = end;
    }
    lead_in(l, &sentences, first, cuts);
    between_notices(l, &sentences, cuts);
    crawl_notice(l, &sentences, cuts);
    broken_links_notice(l, cuts);
}

/// The last words of the Internet Archive's notice of its broken-link crawls.
const NO_MORE_404: &str = "no more 404";

/// Bytes of the broken-link crawls' notice before its last words, at most (the longest in
/// Multi-News val: about 1,150).
const NO_MORE_404_MAX_BYTES: usize = 2000;

/// The Internet Archive's notice of its crawls for broken links, glued before the article
/// with no paragraph break (`This is a collection of web page captures from links added to, or
/// changed on, wikipedia pages. … then the internet archive hopes that references to these
/// archived pages will be put in place of a link that would be otherwise be broken, …. Crawls
/// of supported " no more 404 " sites. Emily lakdawalla • february 7, 2014 …`): from the
/// paragraph's start through its fixed last sentence, when the archive is named before it and
/// text follows. Its openings vary (`A daily crawl of more than 200,000 home pages …`, `These
/// crawls are part of an effort …`) and its sentences run together (`…referred to.this is
/// part …`), so [`crawl_notice`]'s sentence by sentence reading does not reach its end. Alone,
/// the notice is the off-topic stage's.
fn broken_links_notice(l: &str, cuts: &mut Vec<Cut>) {
    let Some(at) = memchr::memmem::find(l.as_bytes(), NO_MORE_404.as_bytes()) else {
        return;
    };
    let start = l.len() - l.trim_start().len();
    let Some(end) = l[at..]
        .find("sites.")
        .filter(|&n| n <= NO_MORE_404.len() + 4)
        .map(|n| at + n + "sites.".len())
    else {
        return;
    };
    if at - start <= NO_MORE_404_MAX_BYTES
        && l[start..at].contains("internet archive")
        && !l[end..].trim().is_empty()
    {
        cuts.push((
            start,
            end,
            BlockKind::Notice,
            "web archive's broken-link crawl notice glued before the article (… Crawls of supported \" no more 404 \" sites.)",
        ));
    }
}

/// Words of a web archive's crawl notice sentence, at most (the Alexa notice's longest: 15).
const CRAWL_NOTICE_WORDS: usize = 30;

/// A web archive's crawl notice glued before the article it archived, with no paragraph break
/// (`Starting in 1996, alexa internet has been donating their crawl data to the internet
/// archive. Flowing in every day, these data are added to the wayback machine after an embargo
/// period. What is demisexuality? …`): the notice's sentences go, the article after them stays.
/// A notice page standing alone is the off-topic stage's to drop; glued to an article it
/// outvotes nothing there, and a summary quoted it.
///
/// The run opens the paragraph. Its first sentence names both the archive (`internet archive`,
/// `wayback machine`, `archive-it`) and its crawling (`crawl`, `crawls`, `webcrawl`, …); each
/// sentence after it names one of the two, or is the archive's access note (`This data is
/// currently not publicly accessible.`). Every one is short, ends with a stop and neither
/// quotes nor reports (`said`, `according`): news about the archive (`The internet archive is
/// arguably best-known for its wayback machine, …`) names no crawl in its first sentence and
/// stays. Only a run with text after it in the paragraph is cut.
fn crawl_notice(l: &str, sentences: &[(usize, usize, bool)], cuts: &mut Vec<Cut>) {
    let Some(&(a, b, _)) = sentences.first() else {
        return;
    };
    // The cheap gate: one search of the first sentence's bytes.
    if memchr::memmem::find(&l.as_bytes()[a..b], b"crawl").is_none() {
        return;
    }
    let mut end = None;
    for (k, &(a, b, _)) in sentences.iter().enumerate() {
        let s = &l[a..b];
        let archive = s.contains("internet archive")
            || s.contains("wayback machine")
            || s.contains("archive-it");
        let w: Vec<&str> = words(s).collect();
        let crawl = w.iter().any(|x| {
            matches!(
                *x,
                "crawl" | "crawls" | "crawled" | "crawler" | "crawlers" | "webcrawl"
            )
        });
        // `This data is currently not publicly accessible.`: the archive's access note closes
        // its crawl notice.
        let access = s.contains("publicly accessible");
        let notice = if k == 0 {
            archive && crawl
        } else {
            archive || crawl || access
        };
        if !notice || w.len() > CRAWL_NOTICE_WORDS || s.contains(['"', '“']) || reports(&w) {
            break;
        }
        if !ends_with_stop(s) {
            // The notice's last copy without its stop ends the paragraph: all of it is the
            // notice, the off-topic stage's. Elsewhere a lead may be glued to it.
            if k + 1 == sentences.len() {
                return;
            }
            break;
        }
        end = Some(b);
    }
    if let Some(end) = end
        && !l[end..].trim().is_empty()
    {
        cuts.push((
            a,
            end,
            BlockKind::Notice,
            "web archive's crawl notice glued before the article (Starting in 1996, alexa internet has been donating their crawl data to the internet archive.)",
        ));
    }
}

/// Words of a teaser that leads into a notice, at most (`Looking for news you can trust?`: 6).
const LEAD_IN_WORDS: usize = 6;

/// A paragraph's first sentence that only leads into the notice after it: a short question or a
/// phrase trailing off in an ellipsis, before a sign-up widget (`Looking for news you can
/// trust? subscribe to our free newsletters.`, `Just one more thing... We have sent you a
/// verification email.`). Left alone, it is the page's only words in the paragraph, and a
/// summary quotes it. A statement before a notice (`He was released on bail. Please try again
/// later.`) ends in a plain stop and stays, as does a quotation. This pass's cuts start at
/// `cuts[first]`.
fn lead_in(l: &str, sentences: &[(usize, usize, bool)], first: usize, cuts: &mut Vec<Cut>) {
    let [(a, b, false), (next, ..), ..] = sentences else {
        return;
    };
    let s = &l[*a..*b];
    let teases = s.ends_with('?') || s.ends_with("...") || s.ends_with('…');
    if !teases || s.contains(['"', '“']) || words(s).nth(LEAD_IN_WORDS).is_some() {
        return;
    }
    if cuts[first..]
        .iter()
        .any(|c| c.0 == *next && c.2 == BlockKind::Notice)
    {
        cuts.push((
            *a,
            *b,
            BlockKind::Notice,
            "teaser before a site notice (Looking for news you can trust?, Just one more thing...)",
        ));
    }
}

/// Sentences between two notices that speak of the site themselves: the rest of a sign-up form
/// (`… you must select a newsletter to subscribe to. Sign up you agree to receive occasional
/// updates and special offers for the new york times's products and services. Thank you for
/// subscribing. An error has occurred. Please try again later.`). Each is short, ends with a
/// stop, neither quotes nor reports, and names a site function, addresses the reader or
/// reports an `error`; a sentence of the article between two notices (`… disabled in your
/// browser. He was released on bail. Please try again later.`) does none of these and stays.
fn between_notices(l: &str, sentences: &[(usize, usize, bool)], cuts: &mut Vec<Cut>) {
    let of_the_site = |&(a, b, _): &(usize, usize, bool)| {
        let s = &l[a..b];
        let w: Vec<&str> = words(s).collect();
        let site = (0..w.len()).any(|i| ui_terms(&w, i) > 0)
            || w.iter().any(|x| to_reader(x) || *x == "error");
        w.len() <= MAX_WORDS
            && ends_with_stop(s)
            && !s.contains('"')
            && !w
                .iter()
                .any(|x| matches!(*x, "said" | "says" | "told" | "according"))
            && site
    };
    // Runs of up to `BETWEEN_NOTICES` sentences that are no notice themselves, with a notice on
    // either side: all of the run goes, or none of it.
    let mut k = 1;
    while k + 1 < sentences.len() {
        if sentences[k].2 || !sentences[k - 1].2 {
            k += 1;
            continue;
        }
        let run = sentences[k..]
            .iter()
            .position(|s| s.2)
            .map_or(sentences.len() - k, |n| n);
        let closed = k + run < sentences.len();
        if closed && run <= BETWEEN_NOTICES && sentences[k..k + run].iter().all(of_the_site) {
            for &(a, b, _) in &sentences[k..k + run] {
                cuts.push((
                    a,
                    b,
                    BlockKind::Notice,
                    "between two site notices (Sign up you agree to receive occasional updates…)",
                ));
            }
        }
        k += run;
    }
}

/// Sentences of the same form, at most, between two notices (`Get email notifications on … daily!
/// your notification has been saved. There was a problem saving your notification. Whenever …
/// posts new content, you'll get an email delivered to your inbox …`: 2).
const BETWEEN_NOTICES: usize = 3;

/// Words inside a parenthesised click-here instruction, at most (`( for more on "gaga for gaga:
/// sex, gender, and identity, " click here. )`).
const ASIDE_MAX_WORDS: usize = 25;

/// Click-here instructions in parentheses, wherever they stand (`… medical expenses. ( click
/// here to see the flyer ) coach magwood has…`, `These are the recalled products ( click here to
/// see the package labels ): 1-lb.`), and a parenthesis that opens with `click` (an AP gallery's
/// `( click prev or next to continue viewing images. )`, `( click image to enlarge )`): the
/// parenthesis goes, the prose around it stays.
fn click_here_asides(l: &str, cuts: &mut Vec<Cut>) {
    for (at, _) in l.match_indices("click") {
        let Some(open) = l[..at]
            .rfind(['(', ')'])
            .filter(|&o| l.as_bytes()[o] == b'(')
        else {
            continue;
        };
        // `click here` anywhere inside; any other `click` must be the parenthesis's first word.
        if !l[at..].starts_with("click here") && !l[open + 1..at].trim().is_empty() {
            continue;
        }
        // A word that only starts with `click` (`( clicks on ads rose )`) instructs nothing.
        if l[at + "click".len()..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let Some(close) = l[at..].find(['(', ')']).map(|c| at + c) else {
            continue;
        };
        if l.as_bytes()[close] != b')' || words(&l[open..close]).count() > ASIDE_MAX_WORDS {
            continue;
        }
        cuts.push((
            open,
            close + 1,
            BlockKind::Notice,
            "click-here instruction in parentheses (( click here to see the flyer ))",
        ));
    }
}

/// Words of a click-here instruction glued to a quote or a parenthesis, at most.
const CLICK_MAX_WORDS: usize = 20;

/// Byte length of a click-here instruction that opens `s` and runs into a quote (`Click here to
/// learn more about safety in thermal areas "yellowstone's thermal features are dangerous, "
/// said…`) or through a parenthesis of its own (`Click here to help send darrell's dad to rio (
/// published saturday, july 30, 2016 ) retired and disabled, hill drives…`): the prose after it
/// stays. Without such a mark nothing shows where the instruction ends.
fn click_here_len(s: &str) -> Option<usize> {
    let mut w = words(s);
    if !matches!(w.next(), Some("click" | "tap")) || w.next() != Some("here") {
        return None;
    }
    let ws: Vec<&str> = s.split_whitespace().take(CLICK_MAX_WORDS + 1).collect();
    let offset = |t: &str| offset_in(s, t);
    for (k, t) in ws.iter().enumerate().skip(3) {
        if t.starts_with(['"', '“']) {
            return Some(s[..offset(t)].trim_end().len());
        }
        if *t == "(" || t.starts_with('(') {
            let close = offset(t) + s[offset(t)..].find(')')?;
            let inside = &s[offset(t)..close];
            return (k + words(inside).count() <= CLICK_MAX_WORDS && !inside[1..].contains('('))
                .then_some(close + 1);
        }
    }
    None
}

/// Byte offsets just after each sentence of `l`: after `.`, `?` or `!` (and closing quotes or
/// brackets) followed by whitespace, and at the end of the paragraph.
///
/// `memchr3` jumps from one terminator to the next; the bytes between them could end nothing.
fn sentence_ends(l: &str) -> Vec<usize> {
    let b = l.as_bytes();
    // Room for a sentence every 64 bytes (news sentences run about twice that), so the list
    // seldom grows.
    let mut ends = Vec::with_capacity(l.len() / 64 + 1);
    let mut i = 0;
    while let Some(off) = memchr::memchr3(b'.', b'?', b'!', &b[i..]) {
        let mut j = i + off + 1;
        while j < b.len() && matches!(b[j], b'"' | b'\'' | b')' | b']') {
            j += 1;
        }
        if j < b.len() && b[j].is_ascii_whitespace() {
            ends.push(j);
            i = j;
        } else {
            i += off + 1;
        }
    }
    if ends.last() != Some(&l.len()) {
        ends.push(l.len());
    }
    ends
}

/// The sentence's words with surrounding punctuation trimmed (inner `'`, `-`, `.` kept): the
/// pieces of `s.split_whitespace()` trimmed of chars that are not `char::is_alphanumeric`, the
/// empty ones left out.
fn words(s: &str) -> Words<'_> {
    Words { s, at: 0 }
}

/// The iterator of [`words`]. Every pass here splits sentences into words, and the standard
/// library's split decodes every char to ask whether it is whitespace, then trims each piece
/// char by char (about 270 instructions a word under callgrind); this one reads ASCII bytes as
/// bytes and decodes only the chars outside ASCII. The pieces are the same: the ASCII chars
/// `char::is_whitespace` accepts are exactly tab, LF, VT, FF, CR and space, and the ASCII chars
/// `char::is_alphanumeric` accepts are exactly the ASCII letters and digits (a test compares
/// the two on arbitrary text).
struct Words<'a> {
    s: &'a str,
    /// Where the next piece is looked for.
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let (s, b) = (self.s, self.s.as_bytes());
        // Whether the char at `i` is whitespace, and its length in bytes.
        let char_at = |i: usize| -> (bool, usize) {
            let c = b[i];
            if c < 0x80 {
                (matches!(c, b'\t'..=b'\r' | b' '), 1)
            } else {
                let c = s[i..].chars().next().unwrap_or(' ');
                (c.is_whitespace(), c.len_utf8())
            }
        };
        loop {
            let mut i = self.at;
            while i < b.len() {
                let (space, n) = char_at(i);
                if !space {
                    break;
                }
                i += n;
            }
            if i >= b.len() {
                self.at = i;
                return None;
            }
            let start = i;
            let mut ascii = true;
            while i < b.len() {
                let (space, n) = char_at(i);
                if space {
                    break;
                }
                ascii &= n == 1;
                i += n;
            }
            // `i` stops only at a whitespace char's first byte or the end: a char boundary.
            self.at = i;
            let piece = &s[start..i];
            let word = if ascii {
                let p = piece.as_bytes();
                match p.iter().position(u8::is_ascii_alphanumeric) {
                    Some(a) => {
                        let z = p.iter().rposition(u8::is_ascii_alphanumeric).unwrap_or(a);
                        &piece[a..=z]
                    }
                    None => "",
                }
            } else {
                piece.trim_matches(|c: char| !c.is_alphanumeric())
            };
            if !word.is_empty() {
                return Some(word);
            }
        }
    }
}

/// How many words of the site-function term starting at `w[i]` (0 when none does). Plurals of
/// the one-word terms count. (`cookies` is not one: recipes have them.)
fn ui_terms(w: &[&str], i: usize) -> usize {
    let next = |k: usize| w.get(i + k).copied().unwrap_or("");
    let one = w[i].strip_suffix('s').unwrap_or(w[i]);
    match one {
        "javascript" | "browser" | "newsletter" | "e-newsletter" | "inbox" | "subscribe"
        | "subscribing" | "subscriber" | "subscription" | "login" | "account" | "registration"
        | "registering" | "password" | "notification" | "click" | "clicking" | "robot"
        | "update" | "website" | "reaction" | "url" | "zipcode" | "unsubscribe"
        // `… use the order reprints tool … or visit www.djreprints.com`
        | "reprint" => 1,
        // `react up to 3 times`: the page's reaction buttons.
        "sign" | "signing" | "react" if next(1) == "up" => 2,
        // A paywall: `Re-enter zip code or sign up for digital access.`
        "digital" if next(1) == "access" => 2,
        // A subscription offer: `Digital access or digital and print delivery.`
        "print" if next(1) == "delivery" => 2,
        // An alert: `you'll get an email delivered to your inbox`, `get email notifications`.
        "email" | "e-mail"
            if matches!(
                next(1),
                "delivered" | "notification" | "notifications" | "alert" | "alerts"
            ) =>
        {
            2
        }
        "zip" if next(1) == "code" => 2,
        // A comment section's notice: `Readers may report inappropriate comments by clicking the
        // report abuse link next to a comment.`
        "report" if next(1) == "abuse" => 2,
        // A sign-up form's last step: `We have sent you a verification email.`, `If you do not
        // receive the verification message within a few minutes of signing up, …`
        "verification" if matches!(next(1), "email" | "e-mail" | "link" | "code" | "message") => 2,
        "sign" if next(1) == "in" && matches!(next(2), "to" | "using" | "") => 2,
        "log" if matches!(next(1), "in" | "into") => 2,
        "email" | "e-mail" if next(1) == "address" => 2,
        "privacy" if next(1) == "policy" => 2,
        "term" if next(1) == "of" && matches!(next(2), "service" | "use") => 3,
        "tap" if next(1) == "here" => 2,
        "try" if next(1) == "again" => 2,
        "legacy" if next(1) == "twitter" => 2,
        "this" | "our" if matches!(next(1), "page" | "video" | "site") => 2,
        // An error page: `Sorry, the page you requested was not found.`
        "page" if matches!(next(1), "you" | "not") => 1,
        "web" if next(1) == "site" => 2,
        "comment" if next(1) == "form" => 2,
        // A reprint notice: `Dow jones reprints: this copy is for your personal, non-commercial
        // use only.`
        "non-commercial" if next(1) == "use" => 2,
        "push"
            if matches!(
                next(1),
                "notification" | "notifications" | "alert" | "alerts"
            ) =>
        {
            2
        }
        // A news alert offer: `Breaking news emails get breaking news alerts and special
        // reports.`
        "breaking"
            if next(1) == "news"
                && matches!(
                    next(2),
                    "email" | "emails" | "e-mail" | "e-mails" | "alert" | "alerts"
                ) =>
        {
            3
        }
        // A newsletter's schedule: `The news and stories that matter, delivered weekday
        // mornings.`
        "delivered" if next(1) == "weekday" => 2,
        // A sign-up pitch: `Be the first to know.`, `Sign up be the first to know.`
        "be" if next(1) == "the"
            && next(2) == "first"
            && next(3) == "to"
            && matches!(next(4), "know" | "hear") =>
        {
            5
        }
        // A site's address: `… or visit www.djreprints.com`.
        _ if w[i].starts_with("www.") => 1,
        _ => 0,
    }
}

/// True for the first word of a site-function term that news prose also uses of things other
/// than this site (`you can only use the code once per account`, `why are you selling baby
/// clothes on your website?`): alone in a short sentence to the reader, it makes no notice.
fn is_weak_term(w: &str) -> bool {
    matches!(
        w.strip_suffix('s').unwrap_or(w),
        "account"
            | "website"
            | "web"
            | "update"
            | "password"
            | "notification"
            | "this"
            | "our"
            | "robot"
            | "reaction"
            | "comment"
            | "email"
            | "e-mail"
            | "privacy"
            | "term"
            | "try"
            | "zip"
            | "zipcode"
            | "print"
    ) || w.starts_with("www.")
}

/// True for a word that addresses the reader.
fn to_reader(w: &str) -> bool {
    matches!(
        w,
        "you" | "your" | "you're" | "you'll" | "you've" | "you'd" | "yours" | "please"
    )
}

/// True when the sentence's first word opens one of the [`OPENERS`].
fn opens_as_instruction(s: &str) -> bool {
    // Every sentence of every paragraph is asked, and almost all open with a word that opens
    // none: its leading letters tell, without the word being split off (see `leading_letters`).
    if let Some(run) = leading_letters(s)
        && !opens_an_opener(run)
    {
        return false;
    }
    opens_an_opener(words(s).next().unwrap_or(""))
}

/// True when `w` is the first word of one of the [`OPENERS`] (a test checks that the two lists
/// agree): one `match` on the word rather than a compare with each opener.
fn opens_an_opener(w: &str) -> bool {
    matches!(
        w,
        "please"
            | "sign"
            | "subscribe"
            | "click"
            | "tap"
            | "enable"
            | "verify"
            | "log"
            | "thank"
            | "thanks"
            | "visit"
            | "get"
            | "download"
            | "follow"
            | "like"
            | "view"
            | "be"
    )
}

/// The lower-case ASCII letters that open `s`, when `s` opens with one and no upper-case ASCII
/// letter follows them; `None` otherwise.
///
/// Then the first word of `s` (split off at whitespace, with or without its punctuation
/// trimmed, as any pass here does) opens with these letters at byte 0 and goes on with no
/// ASCII letter: a first word of lower-case ASCII letters is this run exactly, one that opens
/// with them and goes on (`e-mail`) opens with this run, and one that ignoring ASCII case
/// equals such a word opens with this run too. So a run that no opener of a pass has lets the
/// sentence go before the pass splits off its first word, decoding each char to test it for
/// whitespace and punctuation; any other run, or any other opening, is read in full as before.
fn leading_letters(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    (n > 0 && !b.get(n).is_some_and(u8::is_ascii_uppercase)).then(|| &s[..n])
}

/// Substrings of a sentence that addresses the reader. A sentence that has none of them,
/// none of [`NEED_NEEDLES`] or [`SITE_NEEDLES`] and does not [`opens_as_instruction`] can be no
/// kind of notice.
const READER_NEEDLES: [&str; 3] = ["you", "please", "click here"];

/// Substrings of a sentence that names a site function without addressing the reader: a
/// comment section's `by clicking the report abuse link`, a purpose before an instruction (`For
/// unlimited access to the best local news, subscribe to …`). Not `click` or `subscribe` alone:
/// prose reports clicks and subscribers (`People clicking on its address are now redirected to
/// the trump organization's website.`, `Subscribers can update the app next week.`).
const SITE_NEEDLES: [&str; 3] = ["report abuse", ", subscribe", ", click"];

/// How many needles [`Needles`] asks for.
const NEEDLES: usize = READER_NEEDLES.len() + NEED_NEEDLES.len() + SITE_NEEDLES.len();

/// Substrings of a sentence that names javascript or a paywall (`digital access`, `zip code`):
/// it may be the page's statement of what it needs or sells, addressed to no one.
const NEED_NEEDLES: [&str; 5] = [
    "javascript",
    "digital access",
    "zip",
    "breaking news",
    "delivered weekday",
];

/// The needles of [`READER_NEEDLES`], [`NEED_NEEDLES`] and [`SITE_NEEDLES`] that occur in a
/// paragraph at all.
///
/// A sentence is a slice of its paragraph, so a needle absent from the paragraph is absent from
/// every sentence: asking each sentence only for the needles its paragraph holds gives the same
/// answer as asking for all eight, with fewer scans (most paragraphs hold `you` and none of the
/// rest).
struct Needles {
    /// The searches of the needles found, each with its own `memmem` finder: a sentence is
    /// searched by a finder built once rather than by `str::contains`, which builds a searcher
    /// per call (the same answer: both are byte searches of the same literal).
    found: [Option<&'static Search>; NEEDLES],
    len: usize,
}

impl Needles {
    /// The needles that occur in the paragraph `l`: each is one of the paragraph's cues, found
    /// by its one scan (see `inline::holds`).
    fn of(l: &Para<'_>) -> Self {
        static SEARCHES: LazyLock<Vec<Search>> = LazyLock::new(|| {
            READER_NEEDLES
                .iter()
                .chain(&NEED_NEEDLES)
                .chain(&SITE_NEEDLES)
                .map(|n| Search::new(n))
                .collect()
        });
        let mut needles = Needles {
            found: [None; NEEDLES],
            len: 0,
        };
        for search in SEARCHES.iter() {
            if l.holds(search) {
                needles.found[needles.len] = Some(search);
                needles.len += 1;
            }
        }
        needles
    }

    /// True when `s`, a slice of the paragraph, holds one of the needles.
    fn any_in(&self, s: &str) -> bool {
        self.found[..self.len]
            .iter()
            .flatten()
            .any(|search| s.holds(search))
    }
}

/// Words that say a page needs something (`Media requires javascript to play.`, `javascript is
/// disabled`).
fn is_need(w: &str) -> bool {
    matches!(
        w,
        "requires"
            | "required"
            | "require"
            | "needs"
            | "enable"
            | "enabled"
            | "disabled"
            | "support"
            | "supported"
    )
}

/// What [`reading`] found in a sentence.
struct Reading {
    /// The sentence is a notice.
    notice: bool,
    /// It is one only as the page's statement of what it needs or sells, addressed to no one.
    statement: bool,
    /// How many of its site functions are unmistakable ([`is_weak_term`] is false).
    strong: usize,
}

/// Reads `s` as a possible notice; `None` when it is too short or too long to be one. `s` has
/// passed [`opens_as_instruction`], or holds one of [`READER_NEEDLES`], [`NEED_NEEDLES`] or
/// [`SITE_NEEDLES`].
fn reading(s: &str) -> Option<Reading> {
    // One word past the most a notice has is enough to tell a longer sentence, which is let go
    // without the rest of its words split off.
    // The words go into an array on the stack: a `Vec` grew three times for a sentence of
    // twenty words, and every sentence addressing the reader (`you`) is read here.
    let mut buf = [""; MAX_WORDS + 1];
    let mut n = 0;
    for (slot, word) in buf.iter_mut().zip(words(s)) {
        *slot = word;
        n += 1;
    }
    let w = &buf[..n];
    if w.len() < 2 || w.len() > MAX_WORDS {
        return None;
    }
    let opener = OPENERS
        .iter()
        .find(|o| w.starts_with(o))
        .map_or(0, |o| o.len());
    let mut terms = 0;
    let mut strong = 0;
    let mut reader = false;
    // Index just past the last word that is a site function or addresses the reader.
    let mut last = opener;
    // An opening `Click`, `Subscribe` or `Sign up` is itself a site function only when it reads
    // as an instruction (`Click here`, `Subscribe to`, `Sign up for`); `Subscribe today as the
    // hurricane churns` is a label glued to the article's prose. Its words are not looked at again.
    let mut i = opener;
    if opener > 0
        && ui_terms(w, 0) > 0
        && OPENER_FOLLOWERS.contains(&w.get(opener).copied().unwrap_or(""))
    {
        terms += 1;
        strong += usize::from(!is_weak_term(w[0]));
    }
    // `…, click here.`: the link instructs wherever it stands in a short sentence.
    let mut click_here = false;
    while i < w.len() {
        let n = ui_terms(w, i);
        click_here |= matches!(w[i], "click" | "tap") && w.get(i + 1) == Some(&"here");
        if n > 0 {
            terms += 1;
            strong += usize::from(!is_weak_term(w[i]));
            last = last.max(i + n);
            i += n;
            continue;
        }
        if to_reader(w[i]) {
            reader = true;
            last = last.max(i + 1);
        }
        i += 1;
    }
    let whole = w.len() <= SHORT_WORDS && ends_with_stop(s);
    let instructs = (opener > 0 || whole && click_here) && terms >= 1;
    let addresses = (terms >= 2 || whole && strong >= 1) && reader;
    // `Media requires javascript to play.`, `Re-enter zip code or sign up for digital access.`
    // An instruction is read as one above (`Please enable javascript to watch this video` may
    // be a label glued to a quote); a quote is someone's words, and a sentence with `said` a
    // report.
    let statement = opener == 0
        && !s.contains('"')
        && !w
            .iter()
            .any(|x| matches!(*x, "said" | "says" | "told" | "according"))
        && w.len() <= STATEMENT_WORDS
        && ends_with_stop(s)
        && (w.contains(&"javascript") && w.iter().any(|x| is_need(x))
            || terms >= 2 && strong >= 1
            // `The news and stories that matter, delivered weekday mornings.`: a newsletter's
            // schedule ends its pitch.
            || w.len() >= 3 && w[w.len() - 3..w.len() - 1] == ["delivered", "weekday"]);
    // `Click here for a look at the history of the disappearance of susan powell.`: a link's
    // instruction runs on through what it shows, longer than a short sentence; a lead glued to
    // it reports (`… the agency reported more than 20 quakes saturday.`) or runs longer.
    let click_sentence = (s.starts_with("click here") || s.starts_with("tap here"))
        && matches!(w.get(2).copied(), Some("to" | "for"))
        && w.len() <= CLICK_SENTENCE_WORDS
        && ends_with_stop(s)
        && !reports(w);
    // `Sign up for our newsletter to get the latest updates on kate middleton, meghan markle
    // and more!`, `Sign up for politico playbook and get the latest news, every morning — in
    // your inbox.`: a pitch runs on through what the newsletter brings, longer than a short
    // sentence, and ends with a stop; a report of sign-ups quotes or says who spoke.
    // The pitch promises what it brings (`to get`, `and get`) or ends near the newsletter;
    // otherwise a lead may be glued to it (`Sign up for the free great reads newsletter >> lee
    // mentions in the interview that …`).
    let pitch_word = w
        .iter()
        .rposition(|x| matches!(*x, "newsletter" | "newsletters" | "inbox"));
    let promises = w
        .windows(2)
        .any(|p| matches!(p[0], "to" | "and") && p[1] == "get");
    let pitch = matches!(w.first().copied(), Some("sign" | "subscribe"))
        && opener > 0
        && pitch_word.is_some_and(|k| promises || w.len() - k <= MAX_TAIL_WORDS)
        && ends_with_stop(s)
        && !s.contains('"')
        && !w.iter().any(|x| {
            matches!(
                *x,
                "said" | "says" | "told" | "according" | "reported" | "urged" | "asked"
            )
        });
    // `Click through the gallery for a look at his life and career.`, `Click on a name below to
    // find its popularity over time.`, `Click to watch james as he tackles the tough questions.`:
    // an instruction to use the page, whole, through what it shows; prose opening with the noun
    // (`Click through rates fell.`) or reporting stays.
    let click_use = (s.starts_with("click ") || s.starts_with("tap "))
        && CLICK_USE_FOLLOWERS.contains(&w[1])
        && !matches!(w.get(2).copied(), Some("rate" | "rates"))
        && w.len() <= CLICK_SENTENCE_WORDS
        && ends_with_stop(s)
        && !reports(w);
    // `By clicking or navigating the site, you agree to allow our collection of information …`:
    // the terms a site states for being used.
    let consent = w[0] == "by"
        && CONSENT_ACTS.contains(&w[1])
        && w.windows(2).any(|p| {
            p[0] == "you" && matches!(p[1], "agree" | "consent" | "accept" | "acknowledge")
        })
        && ends_with_stop(s)
        && !reports(w);
    let speaks = (instructs || addresses) && (whole || w.len() - last <= MAX_TAIL_WORDS)
        || click_sentence
        || pitch
        || click_use
        || consent
        || purpose_then_instruction(s, w);
    Some(Reading {
        notice: speaks || statement,
        statement: statement && !speaks,
        strong,
    })
}

/// Second words of a sentence opening with `click`/`tap` that make it an instruction to use the
/// page (`Click through the gallery …`, `Click on a name below …`, `Click to watch …`).
const CLICK_USE_FOLLOWERS: &[&str] = &[
    "through", "on", "over", "to", "below", "for", "the", "a", "image", "images", "photo",
    "photos", "each", "any", "play",
];

/// Second words of a consent notice opening with `By` (`By clicking or navigating the site, you
/// agree …`, `By using this site, you accept …`).
const CONSENT_ACTS: &[&str] = &[
    "clicking",
    "using",
    "continuing",
    "navigating",
    "signing",
    "submitting",
    "registering",
    "visiting",
    "accessing",
    "creating",
];

/// Words of a sentence that opens with a purpose and ends with an instruction, at most (`For
/// unlimited access to the best local news, subscribe to goskagit.com or the skagit valley
/// herald.`: 16).
const PURPOSE_WORDS: usize = 20;

/// Words of the purpose before its comma, at most.
const PURPOSE_LEAD_WORDS: usize = 12;

/// True when a word of `w` says that someone spoke or wrote: a report, not the page's notice.
fn reports(w: &[&str]) -> bool {
    w.iter().any(|x| {
        matches!(
            *x,
            "said" | "says" | "told" | "according" | "reported" | "reports"
        )
    })
}

/// True for a sentence that opens with a purpose and then instructs the reader to use the site
/// (`For unlimited access to the best local news, subscribe to goskagit.com or the skagit valley
/// herald.`, `To see the full list, click here.`): `for`/`to`, at most [`PURPOSE_LEAD_WORDS`]
/// words to a comma, then an opener of [`OPENERS`] that names a site function, all within
/// [`PURPOSE_WORDS`] words and ending with a stop, reporting nothing.
fn purpose_then_instruction(s: &str, w: &[&str]) -> bool {
    if !matches!(w[0], "for" | "to") || w.len() > PURPOSE_WORDS || !ends_with_stop(s) || reports(w)
    {
        return false;
    }
    let Some(comma) = s.find(", ") else {
        return false;
    };
    if words(&s[..comma]).count() > PURPOSE_LEAD_WORDS {
        return false;
    }
    let rest: Vec<&str> = words(&s[comma + 1..]).take(4).collect();
    OPENERS.iter().any(|o| {
        rest.starts_with(o)
            && ui_terms(&rest, 0) > 0
            && OPENER_FOLLOWERS.contains(&rest.get(o.len()).copied().unwrap_or(""))
    })
}

/// Byte offset in `s` where a notice glued after a headline starts (`… for the gulf oil spill
/// please turn on javascript.`, `Bill gallo for news click here to see some of bill gallo's most
/// memorable cartoons.`): at a `please` or `click here` after the first word, from which on the
/// rest is a notice that names an unmistakable site function, with a word before it that is no
/// function word and ends in no comma or bracket.
fn notice_tail(s: &str) -> Option<usize> {
    let ws: Vec<&str> = s.split_whitespace().collect();
    let mut at = 0;
    for (k, w) in ws.iter().enumerate() {
        // `click here` may end the sentence (`…, click here.`).
        let opens = *w == "please"
            || *w == "click"
                && ws
                    .get(k + 1)
                    .is_some_and(|n| n.trim_end_matches(['.', '!', ')']) == "here");
        if !opens {
            continue;
        }
        let offset = offset_in(s, w);
        let prev = ws.get(k.wrapping_sub(1)).copied().unwrap_or("");
        // `… july 24, 2013 for more information on patrick, click here.`: the link's purpose
        // before the comma goes with it, from its `for more` or `to see`.
        if prev.ends_with(',')
            && let Some(p) = purpose_start(&ws[..k])
            && p > 0
            && reading(&s[offset..]).is_some_and(|r| r.notice && r.strong >= 1)
        {
            at = offset_in(s, ws[p]);
            break;
        }
        // `( click here )` is a parenthesis, not a headline's end.
        let prev = prev.trim_matches(|c: char| !c.is_alphanumeric() && c != ',');
        if !prev.is_empty()
            && !prev.ends_with(',')
            && !crate::token::is_stopword(prev.trim_matches(|c: char| !c.is_alphanumeric()))
            && reading(&s[offset..]).is_some_and(|r| r.notice && r.strong >= 1)
        {
            at = offset;
            break;
        }
    }
    (at > 0).then_some(at)
}

/// Index in `ws` (the words before an instruction, the last ending in a comma) where a purpose
/// clause opens (`for more information on patrick,`, `to see the full list,`): a `for more` or a
/// `to` with a verb of reading within [`PURPOSE_LEAD_WORDS`] words back, no other comma after it.
fn purpose_start(ws: &[&str]) -> Option<usize> {
    let from = ws.len().saturating_sub(PURPOSE_LEAD_WORDS);
    (from..ws.len().saturating_sub(1)).rev().find(|&j| {
        let opens = ws[j] == "for" && matches!(ws[j + 1], "more" | "further")
            || ws[j] == "to"
                && matches!(
                    ws[j + 1],
                    "see" | "read" | "learn" | "view" | "watch" | "find" | "donate"
                );
        opens && ws[j..ws.len() - 1].iter().all(|t| !t.ends_with(','))
    })
}

/// Words a label glued before the lead runs for, at most (`Please enable javascript to watch
/// this video`, `Sign up for more newsletters here`).
const MAX_LABEL_WORDS: usize = 8;

/// Byte length of a site label that opens `s` and runs straight into the article's lead, which
/// is too long for the whole sentence to be a notice: a lone `Subscribe` button (`Subscribe
/// washington — martin shkreli…`, `Subscribe today he was arrested…`), a video
/// player's `Please enable javascript to watch this video` (through `video`), or a sign-up
/// prompt ending in `here` or a `view example` link (`sign up here dewdney passed away…`, `Sign
/// up for the brief and more view example but …`), or a log-in prompt through the account it
/// names (`Please log in or register with your social account sean rad, …`). `Subscribe to`, `Subscribe
/// today to` and `Click here to …` go on as instructions and are not labels; neither is `Sign up` on
/// its own, which is also prose (`Sign up a two-hour standoff ensued…`). Asked only of a sentence
/// that [`opens_as_instruction`].
fn label_len(s: &str) -> Option<usize> {
    let w: Vec<&str> = words(s).take(MAX_LABEL_WORDS + 2).collect();
    let end_of = |k: usize| offset_in(s, w[k]) + w[k].len();
    if w.len() < 3 {
        return None;
    }
    if w[0] == "subscribe" {
        // `Subscribe today he was arrested…`: the button's second word, then the lead; or a
        // quotation opens the lead (`Subscribe today "for trespassing," an officer replies.`).
        let k = usize::from(matches!(w[1], "today" | "now"));
        let quoted = s[end_of(k)..].trim_start().starts_with(['"', '“']);
        if quoted || !OPENER_FOLLOWERS.contains(&w[k + 1]) {
            return Some(end_of(k));
        }
        return None;
    }
    // The Evening Standard's and the Independent's form after its sign-up fields: `Please log in
    // or register with your social account sean rad, the 29-year-old …`, through `account`.
    if let Some(rest) = w.strip_prefix(&["please"][..]).or(Some(&w[..]))
        && rest.starts_with(&["log", "in", "or", "register"])
    {
        let k = w.len() - rest.len();
        return w
            .iter()
            .take(MAX_LABEL_WORDS + 2)
            .position(|x| *x == "account")
            .filter(|&a| {
                a > k + 4
                    && w.get(a + 1)
                        .is_some_and(|next| !OPENER_FOLLOWERS.contains(next))
            })
            .map(end_of);
    }
    if w.starts_with(&["please", "enable", "javascript"])
        || w.starts_with(&["enable", "javascript"])
    {
        return w
            .iter()
            .take(MAX_LABEL_WORDS)
            .position(|x| matches!(*x, "video" | "videos" | "content"))
            .map(end_of);
    }
    // `sign up here <lead>`, `sign up for more newsletters here <lead>`; but `click here to see
    // …` names what the link shows, and what follows is not a lead.
    // Time's newsletter widget ends in its `view example` link (`Sign up for the brief and more
    // view example but woodfox was held …`, nine words).
    if ui_terms(&w, 0) > 0 && w[0] != "click" && w[0] != "tap" {
        let here = w
            .iter()
            .take(MAX_LABEL_WORDS + 1)
            .enumerate()
            .position(|(k, x)| *x == "here" || (*x == "example" && k > 0 && w[k - 1] == "view"))?;
        if !matches!(
            w.get(here + 1).copied(),
            Some("to" | "for" | "and" | "or" | "is" | "are")
        ) {
            return Some(end_of(here));
        }
    }
    None
}

/// Words of a [`cookie_notice`], at most (the European data-protection notice runs to 50).
const COOKIE_WORDS: usize = 60;

/// True for a site's cookie notice: the site says, in the first person or of itself, that it
/// uses cookies (`To help personalize content, tailor and measure ads, and provide a safer
/// experience, we use cookies.`, `This site uses cookies to enhance your reading experience.`,
/// the European data-protection notice `… before you use our website: we use cookies and other
/// technologies to …`). At most [`COOKIE_WORDS`] words, ending with a stop, no quotation and
/// nothing reported: `Facebook said it uses cookies to track users.` is news.
fn cookie_notice(s: &str) -> bool {
    let w: Vec<&str> = words(s).collect();
    let says = w.windows(3).any(|t| {
        t[1..] == ["use", "cookies"] && t[0] == "we"
            || t[1..] == ["uses", "cookies"] && matches!(t[0], "site" | "website")
    });
    says && w.len() <= COOKIE_WORDS && ends_with_stop(s) && !s.contains('"') && !reports(&w)
}

/// Labels a correction notice may open on, longest first where one opens another.
const CORRECTION_LABELS: [&str; 6] = [
    "corrections &amp; clarifications:",
    "corrections:",
    "correction:",
    "clarification:",
    "for the record",
    "editor's note:",
];

/// Openings of a correction notice's sentence after its label, if any: the page's earlier
/// version, then what the page is ([`CORRECTED_PAGES`]).
const CORRECTION_OPENINGS: [&str; 4] = [
    "an earlier version of this ",
    "a previous version of this ",
    "an earlier version of the ",
    "a previous version of the ",
];

/// What a correction notice calls the page it corrects.
const CORRECTED_PAGES: [&str; 8] = [
    "story", "article", "post", "item", "graphic", "report", "column", "blog",
];

/// Words of a correction notice, at most.
const CORRECTION_WORDS: usize = 60;

/// End of a **correction notice** opening the sentence `s` at `at` in `l`: the page tells the
/// reader that it changed (`Correction: an earlier version of this story incorrectly stated the
/// year …`, `A previous version of this story misstated walmart's thanksgiving store hours.`,
/// `------------ for the record an earlier version of this post said …`, `correction: this
/// story, originally published march 31, has been updated to correct …`). The notice names the
/// page's earlier version and what the page is ([`CORRECTED_PAGES`]), or, after a label of
/// [`CORRECTION_LABELS`], says that `this` page was corrected; at most [`CORRECTION_WORDS`]
/// words, to a stop that ends a sentence (not `no.` before `12`) or the
/// paragraph's end. A quotation mark left open at its end closes right after it (`… the 2010
/// film "the fighter. "`) and goes with it. Only the notice goes: the correct fact after it
/// (`It was 2007, not 2006.`) is the story's. News that opens on the label (`Correction: a man
/// claiming that facebook denied him …`) stays.
fn correction_end(l: &str, at: usize, s: &str) -> Option<usize> {
    let body = s.trim_start_matches(['-', '*', ' ']);
    let mut after = body;
    let mut labelled = false;
    if let Some(label) = CORRECTION_LABELS.iter().find(|lab| body.starts_with(*lab)) {
        after = body[label.len()..].trim_start();
        labelled = true;
    }
    let page = |r: &str| {
        CORRECTED_PAGES
            .iter()
            .any(|p| r.starts_with(p) && r[p.len()..].starts_with([' ', ',']))
    };
    let notice = CORRECTION_OPENINGS
        .iter()
        .any(|o| after.starts_with(o) && page(&after[o.len()..]))
        || labelled
            && after.strip_prefix("this ").is_some_and(page)
            && (after.contains(" corrected") || after.contains(" to correct "));
    if !notice {
        return None;
    }
    let end = super::inline::first_sentence_end(l, at, CORRECTION_WORDS).or_else(|| {
        let rest = &l[at..];
        (ends_with_stop(rest) && words(rest).nth(CORRECTION_WORDS).is_none()).then_some(l.len())
    })?;
    // A quotation left open closes right after the stop (`… film "the fighter. "`).
    let open = l[at..end].bytes().filter(|&b| b == b'"').count() % 2 == 1;
    let rest = &l[end..];
    let closing = rest.len() - rest.trim_start().len() + 1;
    Some(if open && rest.trim_start().starts_with('"') {
        end + closing
    } else {
        end
    })
}

/// Words of a [`pitch_prefix_len`] widget, at most.
const PITCH_PREFIX_WORDS: usize = 12;

/// Byte length of a sign-up widget's words flattened before the lead, which runs on after them
/// without a stop: its error messages (`Could not subscribe, try again later invalid email a
/// community archaeological dig has located …`, through the last message) or a pitch that ends
/// in `subscribing now` (`Keep up with this story and more by subscribing now her nearest
/// competitors, …`, through `now`). Within [`PITCH_PREFIX_WORDS`] words of the sentence start.
fn pitch_prefix_len(s: &str) -> Option<usize> {
    let after = |w: &str| s.find(w).map(|at| at + w.len());
    if s.starts_with("could not subscribe") {
        let end = ["invalid email", "try again later", "could not subscribe"]
            .iter()
            .find_map(|m| after(m))?;
        return (words(&s[..end]).count() <= PITCH_PREFIX_WORDS).then_some(end);
    }
    if s.starts_with("keep up with") || s.starts_with("stay up to date with") {
        let end = ["subscribing now", "subscribe now"]
            .iter()
            .find_map(|m| after(m))?;
        // A comma or a quotation in it is a sentence of someone's (`Keep up with the news, he
        // said, by subscribing now.`).
        return (words(&s[..end]).count() <= PITCH_PREFIX_WORDS
            && !s[..end].contains([',', '"', '“']))
        .then_some(end);
    }
    None
}

/// Byte length of a send-to-a-friend form flattened before the lead, through the short link it
/// sends and a dash after it: `You must enter the characters with black color that stand out from
/// the other characters message: * a friend wanted you to see this item from wral.com:
/// http://wr.al/ym27 — the fbi and wilson county authorities are investigating …`. The form's
/// words must open the sentence (within [`MAX_WORDS`] words of its start) and the link follow
/// within a few words, so a report that quotes such a message is left alone.
fn send_to_friend_len(s: &str) -> Option<usize> {
    const FORM: &str = "wanted you to see this item";
    static FINDER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(FORM));
    let at = FINDER.find(s.as_bytes())?;
    if words(&s[..at]).count() > MAX_WORDS {
        return None;
    }
    let after = at + FORM.len();
    let link = after + s[after..].find("http")?;
    if words(&s[after..link]).count() > 4 {
        return None;
    }
    let mut end = link
        + s[link..]
            .find(char::is_whitespace)
            .unwrap_or(s.len() - link);
    let rest = s[end..].trim_start();
    for dash in ["—", "--", "–", "-"] {
        if let Some(r) = rest.strip_prefix(dash) {
            end = s.len() - r.len();
            break;
        }
    }
    Some(end)
}

/// Words a sentence of page furniture ([`furniture`]) may have.
const FURNITURE_WORDS: usize = 12;

/// The first words of [`furniture`], lower case.
const FURNITURE_OPENERS: [&str; 10] = [
    "copyright",
    "©",
    "updated",
    "last",
    "posted",
    "follow",
    "find",
    "email",
    "e-mail",
    "all",
];

/// True when `run`, the letters opening a sentence (`leading_letters`), are those that open one
/// of the [`FURNITURE_OPENERS`] (`e` for `e-mail`; a test checks each opener).
fn opens_furniture(run: &str) -> bool {
    matches!(
        run,
        "copyright" | "updated" | "last" | "posted" | "follow" | "find" | "email" | "e" | "all"
    )
}

/// A sentence of page furniture in a paragraph of flattened text, with the length to cut: a
/// copyright line (`Copyright © 2010 afp.`, `Copyright 2014 by tim elfrink.`; glued before the
/// lead, `Copyright © 2018 albuquerque journal` up to the lead's opening `a`/`an`/`the`), an
/// update stamp (`Updated: wednesday, 8: 29 a.m.`, `Last updated at 5: 45 p.m.`), a follow
/// prompt (`Follow her on twitter.`, `Follow @burkecnn`, `Find nj.com on facebook.`, a name of up
/// to five words before `on` and the site), an author's contact line (`Email him at
/// x@slate.com or follow him on twitter.`) or an alert widget's schedule (`Email notifications
/// are only sent once a day, …`), and the rights line on its own (`All
/// rights reserved.`) or after a station's copyright (`Copyright by whtm - all rights reserved
/// mechanicsburg, pa.`, through `reserved`). Whole sentences of at most
/// [`FURNITURE_WORDS`] words that end with a stop (or the paragraph), neither quoting nor
/// reporting; prose (`Copyright law protects …`, `Updated figures show …`, `Follow the money.`)
/// has no year, clock or social site in them.
fn furniture(s: &str) -> Option<(usize, BlockKind, &'static str)> {
    if credit_line(s) {
        return Some((
            s.len(),
            BlockKind::Caption,
            "credit line (Photo by associated press., Reporting by …, File photo of a chicken.)",
        ));
    }
    // Most sentences open with letters that open no furniture (see `leading_letters`).
    if let Some(run) = leading_letters(s)
        && !opens_furniture(run)
    {
        return None;
    }
    let first = s.split_whitespace().next()?;
    // Most sentences open with another word: ask before lower-casing it into a new string
    // (the answer is the same, as the list is lower case).
    if !FURNITURE_OPENERS
        .iter()
        .any(|o| first.trim_end_matches([':', ',']).eq_ignore_ascii_case(o))
    {
        return None;
    }
    let first = first.to_ascii_lowercase();
    let first = first.trim_end_matches([':', ',']);
    if !FURNITURE_OPENERS.contains(&first) {
        return None;
    }
    let w: Vec<&str> = words(s).collect();
    // A quotation or a report: someone's words, unless a copyright line is glued before them
    // (then only the line itself is asked).
    let speaks =
        |t: &str| t.contains('"') || words(t).any(|x| matches!(x, "said" | "says" | "told"));
    if w.is_empty() || !matches!(first, "copyright" | "©") && speaks(s) {
        return None;
    }
    let lower = |x: &str| x.to_ascii_lowercase();
    let is_year = |x: &str| {
        x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit()) && matches!(&x[..2], "19" | "20")
    };
    let whole = w.len() <= FURNITURE_WORDS;
    match first {
        "all" => {
            // `All rights reserved.`, `All rights reserved. )`, `All rights reserved. More »`
            (w.len() <= 4 && w[1..].starts_with(&["rights", "reserved"]) && !speaks(s)).then_some((
                s.len(),
                BlockKind::Footer,
                "copyright line (All rights reserved.)",
            ))
        }
        "copyright" | "©" => {
            // A year: `© Sputnik/ Ilya Pitalev` is a photo's credit, not the page's line.
            let dated = w.iter().take(4).any(|x| is_year(x));
            if !dated {
                // A station's line without a year runs to its rights (`Copyright by whtm - all
                // rights reserved mechanicsburg, pa.`).
                let k = w
                    .iter()
                    .take(FURNITURE_WORDS)
                    .position(|x| lower(x) == "reserved")
                    .filter(|&k| {
                        k >= 2 && lower(w[k - 2]) == "all" && lower(w[k - 1]) == "rights"
                    })?;
                let end = offset_in(s, w[k]) + w[k].len();
                return (!speaks(&s[..end])).then_some((
                    end,
                    BlockKind::Footer,
                    "copyright line (Copyright © 2010 AFP.)",
                ));
            }
            if whole {
                return (!speaks(s)).then_some((
                    s.len(),
                    BlockKind::Footer,
                    "copyright line (Copyright © 2010 AFP.)",
                ));
            }
            // Glued before the lead: the owner's name runs to the lead's opening article or
            // conjunction (`Copyright © 2016 albuquerque journal when 11-year-old …`).
            let y = w.iter().take(4).position(|x| is_year(x))?;
            let k = (y + 2..=(y + 5).min(w.len().saturating_sub(3))).find(|&k| {
                matches!(
                    lower(w[k]).as_str(),
                    "a" | "an" | "the" | "when" | "while" | "after"
                )
            })?;
            if w[y + 1..k].iter().any(|x| {
                !x.chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '\'')
                    || matches!(
                        lower(x).as_str(),
                        "of" | "in" | "on" | "by" | "and" | "is" | "was"
                    )
            }) {
                return None;
            }
            let at = offset_in(s, w[k]);
            if speaks(&s[..at]) {
                return None;
            }
            Some((
                at,
                BlockKind::Footer,
                "copyright line (Copyright © 2010 AFP.)",
            ))
        }
        "updated" | "last" | "posted" => {
            let first_ok = first != "last" || w.get(1).is_some_and(|x| lower(x) == "updated");
            let clock = s.contains("a.m")
                || s.contains("p.m")
                || s.contains(": ") && w.iter().any(|x| x.bytes().all(|b| b.is_ascii_digit()));
            (first_ok && whole && w.len() <= 9 && clock).then_some((
                s.len(),
                BlockKind::DateLine,
                "update stamp (Updated: wednesday, 8: 29 a.m.)",
            ))
        }
        "email" | "e-mail" => {
            let second = lower(w.get(1).copied().unwrap_or(""));
            let third = lower(w.get(2).copied().unwrap_or(""));
            // `Email him at will.oremus@slate.com or follow him on twitter.`: an author's contact
            // line, through the address (`michele ( at ) example.org` spells it out).
            let contact = is_object_pronoun(&second)
                && third == "at"
                && w.get(3).is_some_and(|x| x.contains('@'))
                && whole;
            // `Email notifications are only sent once a day, and only if there are new matching
            // items.`: the page's alert widget says how it works, in the present.
            let widget = matches!(second.as_str(), "notifications" | "alerts")
                && matches!(third.as_str(), "are" | "will")
                && w.len() <= MAX_WORDS;
            (contact || widget).then_some((
                s.len(),
                BlockKind::Notice,
                "contact line or alert widget (Email him at … or follow him on twitter.)",
            ))
        }
        _ => {
            // `Follow her on twitter.`, `Follow us on facebook and instagram.`, `Follow @handle`;
            // a name before the site (`Follow nbc out on twitter, facebook and instagram.`,
            // `Find nj.com on facebook.`, `Follow the bangor daily news on facebook for the latest
            // maine news.`): at most five words, then `on` and the site.
            let handle = s
                .split_whitespace()
                .nth(1)
                .is_some_and(|x| x.starts_with('@'));
            let is_social = |x: &str| {
                matches!(
                    lower(x).as_str(),
                    "twitter" | "facebook" | "instagram" | "snapchat" | "tiktok" | "youtube"
                )
            };
            let social = w.iter().any(|x| is_social(x));
            let object = w.get(1).is_some_and(|x| is_object_pronoun(&lower(x)));
            let named = w
                .iter()
                .take(8)
                .position(|x| is_social(x))
                .is_some_and(|k| k >= 3 && lower(w[k - 1]) == "on");
            (w.len() <= 8 && first == "follow" && (handle || (object && social)) || whole && named)
                .then_some((
                    s.len(),
                    BlockKind::Notice,
                    "follow prompt (Follow her on twitter.)",
                ))
        }
    }
}

/// True for the pronoun a follow prompt or a contact line names (`Follow her …`, `Email him at …`).
fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "him" | "her" | "us" | "me" | "them")
}

/// Words of a [`credit_line`], at most.
const CREDIT_LINE_WORDS: usize = 10;

/// Words that open a credit line, before `by` (`Photo illustration by slate.`, `Video report by
/// reporter paul davies.`, `— reporting by cnbc's ylan mui and the associated press.`).
const CREDIT_OPENERS: [&str; 15] = [
    "photo",
    "photos",
    "photograph",
    "photography",
    "video",
    "illustration",
    "illustrations",
    "graphic",
    "graphics",
    "reporting",
    "additional",
    "editing",
    "edited",
    "produced",
    "file",
];

/// True when `run`, the letters opening a sentence (`leading_letters`), are one of the
/// [`CREDIT_OPENERS`] (a test checks each opener): followed by no other ASCII letter, they are
/// the first word [`credit_line`] reads.
fn opens_credit(run: &str) -> bool {
    matches!(
        run,
        "photo"
            | "photos"
            | "photograph"
            | "photography"
            | "video"
            | "illustration"
            | "illustrations"
            | "graphic"
            | "graphics"
            | "reporting"
            | "additional"
            | "editing"
            | "edited"
            | "produced"
            | "file"
    )
}

/// Words that make the words after `by` a clause, not a name (`Video by the group showed
/// protesters shouting.`): the verbs of a picture, besides the finite verbs that also show a
/// lone `Photo` label's subject ([`super::inline::SUBJECT_VERBS`]).
const CREDIT_VERBS: [&str; 10] = [
    "shows", "showed", "show", "shot", "posted", "released", "obtained", "captured", "reveals",
    "revealed",
];

/// True for a sentence that is only a credit: a photo's, a video's or a report's (`Photo by
/// associated press.`, `Photo by: william yap.`, `Video report by reporter paul davies.`, `Edited
/// by dan samiljan and craig james hildebrand`, `— reporting by cnbc's ylan mui and the
/// associated press.`), or a stock picture's caption (`File photo of a chicken.`). At most
/// [`CREDIT_LINE_WORDS`] words; up to two label words then `by`, or `file photo` then `of` or
/// nothing; no verb after them (`Video by the group showed protesters shouting.` is a sentence),
/// no quotation, no comma unless another credit follows it, no initial or abbreviation before
/// its stop, and no lead glued after it (an article that follows no `by`, `and`, `of` …, or more
/// than three words after the photographer's slash).
fn credit_line(s: &str) -> bool {
    // Every sentence of every paragraph is asked, and almost all open with another word: the
    // first word's bytes are read straight (after at most a dash or a bracket and spaces)
    // and matched by length first, before any word iterator or string is made.
    // Most open with lower-case letters, which one `match` tells apart (see `leading_letters`).
    if let Some(run) = leading_letters(s)
        && !opens_credit(run)
    {
        return false;
    }
    let b = s.as_bytes();
    let Some(at) = b.iter().take(5).position(u8::is_ascii_alphanumeric) else {
        return false;
    };
    let n = b[at..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let first = &b[at..at + n];
    if !CREDIT_OPENERS
        .iter()
        .any(|o| o.len() == n && first.eq_ignore_ascii_case(o.as_bytes()))
        || s.contains('"')
    {
        return false;
    }
    // A sentence of more words is no credit line (below): one word past the most is enough to
    // tell, without a `String` for each of the rest.
    let w: Vec<String> = words(s)
        .take(CREDIT_LINE_WORDS + 1)
        .map(str::to_ascii_lowercase)
        .collect();
    // It ends with a stop or the paragraph, not mid-list.
    if w.len() > CREDIT_LINE_WORDS || s.trim_end().ends_with([',', ':']) {
        return false;
    }
    // A stop after an initial or an abbreviation (`Photograph by o.`, `… in which u.s.`) may end
    // no sentence: the name or the next sentence runs on after it.
    let last = words(s).last().unwrap_or("");
    if last.chars().filter(|c| c.is_alphabetic()).count() < 2 || last.contains('.') {
        return false;
    }
    let rest = if w[0] == "file" {
        if !matches!(
            w.get(1).map(String::as_str),
            Some("photo" | "image" | "picture")
        ) {
            return false;
        }
        match w.get(2).map(String::as_str) {
            None => return true,
            Some("of") if w.len() > 3 => &w[3..],
            _ => return false,
        }
    } else {
        let Some(by) = w.iter().take(3).position(|x| x == "by") else {
            return false;
        };
        // `additional reporting by`, `photo illustration by`, `video report by`.
        if by == 0
            || (by == 2
                && !matches!(
                    w[1].as_str(),
                    "illustration" | "report" | "reporting" | "editing" | "and"
                ))
            || w.len() == by + 1
        {
            return false;
        }
        &w[by + 1..]
    };
    // A comma after the name opens a clause (`Edited by hand, the film runs two hours.`) unless
    // another credit follows it (`Reporting by jane doe, editing by john roe.`).
    let clause = s.contains(',') && rest.iter().filter(|x| *x == "by").count() == 0;
    // A lead glued after the credit (`Photo by alex wong/getty images the chamber stood to
    // applaud.`): an article that opens nothing in a name, or more than an agency's few words
    // after the photographer's slash.
    let raw: Vec<&str> = s.split_whitespace().collect();
    let slash = raw.iter().rposition(|x| x.contains('/'));
    let glued = slash.is_some_and(|k| raw.len() - k - 1 > 3)
        || rest.windows(2).any(|p| {
            matches!(p[1].as_str(), "the" | "a" | "an")
                && !matches!(p[0].as_str(), "by" | "and" | "of" | "for" | "via" | "at")
        });
    !clause
        && !glued
        && !rest.iter().any(|x| {
            CREDIT_VERBS.contains(&x.as_str()) || super::inline::SUBJECT_VERBS.contains(&x.as_str())
        })
}

/// True when `s` ends with `.`, `?` or `!` (inside closing quotes or brackets).
fn ends_with_stop(s: &str) -> bool {
    s.trim_end_matches(['"', '\'', ')', ']', ' '])
        .ends_with(['.', '?', '!'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-at-a-time form of [`sentence_ends`].
    fn sentence_ends_by_byte(l: &str) -> Vec<usize> {
        let b = l.as_bytes();
        let mut ends = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if matches!(b[i], b'.' | b'?' | b'!') {
                let mut j = i + 1;
                while j < b.len() && matches!(b[j], b'"' | b'\'' | b')' | b']') {
                    j += 1;
                }
                if j < b.len() && b[j].is_ascii_whitespace() {
                    ends.push(j);
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        if ends.last() != Some(&l.len()) {
            ends.push(l.len());
        }
        ends
    }

    /// The words `words` must give: the standard library's whitespace split, trimmed of
    /// everything but letters and digits, empty pieces dropped.
    fn reference_words(s: &str) -> Vec<&str> {
        s.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        /// The paragraph's needles answer every slice of it as the full needle lists do, and the
        /// jumping sentence splitter agrees with the byte-at-a-time one.
        #[test]
        fn paragraph_needles_and_sentence_ends_match_their_references(
            s in "(you|please|click here|report abuse|, subscribe|, click|javascript|digital access|zip|breaking news|delivered weekday|yo|clic|subscrib|[a-z]{1,5}|[.?!]|[\"')\\]]|[ ]|\n|é){0,30}",
            a in 0usize..200,
            b in 0usize..200,
        ) {
            proptest::prop_assert!(
                READER_NEEDLES
                    .iter()
                    .chain(&NEED_NEEDLES)
                    .chain(&SITE_NEEDLES)
                    .all(|n| Search::new(n).is_cue())
            );
            proptest::prop_assert_eq!(sentence_ends(&s), sentence_ends_by_byte(&s));
            let needles = Needles::of(&Para::new(&s));
            let (a, b) = (a.min(b).min(s.len()), a.max(b).min(s.len()));
            if s.is_char_boundary(a) && s.is_char_boundary(b) {
                let t = &s[a..b];
                let all = READER_NEEDLES
                    .iter()
                    .chain(&NEED_NEEDLES)
                    .chain(&SITE_NEEDLES)
                    .any(|n| t.contains(n));
                proptest::prop_assert_eq!(needles.any_in(t), all);
            }
        }

        /// The byte-reading word split gives the pieces of the standard library's split,
        /// trimmed as before.
        #[test]
        fn words_are_the_trimmed_pieces_of_split_whitespace(
            s in "([a-z]{1,6}|[A-Z0-9]{1,3}|é|É|ß|١|[ ]|\t|\n|\u{b}|\u{c}|\r|\u{1c}|\u{85}|\u{a0}|\u{2003}|\u{3000}|[-,.:'\"©()]|—|“|\u{0}){0,24}",
        ) {
            proptest::prop_assert_eq!(words(&s).collect::<Vec<_>>(), reference_words(&s));
        }

        /// Any text, not only the pieces above.
        #[test]
        fn words_split_any_text_as_split_whitespace(s in "(\\PC|\\s){0,40}") {
            proptest::prop_assert_eq!(words(&s).collect::<Vec<_>>(), reference_words(&s));
        }

        /// The leading letters let a sentence go only when its first word, as each pass splits
        /// it off, opens nothing that pass looks for.
        #[test]
        fn leading_letters_let_go_only_sentences_that_open_nothing(
            s in "(please|sign|click|get|e-mail|email|copyright|photo|photos|reporting|file|[a-z]{1,6}|[A-Z]|[0-9]|é|É|[ ]|\t|\n|\u{a0}|\u{2003}|[-,.:'\"©]){0,12}",
        ) {
            let first = words(&s).next().unwrap_or("");
            proptest::prop_assert_eq!(
                opens_as_instruction(&s),
                OPENERS.iter().any(|o| o[0] == first)
            );
            proptest::prop_assert_eq!(opens_an_opener(first), OPENERS.iter().any(|o| o[0] == first));
            if let Some(run) = leading_letters(&s) {
                let token = s.split_whitespace().next().unwrap_or("");
                proptest::prop_assert!(token.starts_with(run) && first.starts_with(run));
                let furniture = FURNITURE_OPENERS
                    .iter()
                    .any(|o| token.trim_end_matches([':', ',']).eq_ignore_ascii_case(o));
                proptest::prop_assert!(!furniture || opens_furniture(run));
                // The first word `credit_line` reads: letters from the first alphanumeric byte.
                let b = s.as_bytes();
                let at = b.iter().take(5).position(u8::is_ascii_alphanumeric).unwrap_or(0);
                let n = b[at..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
                let credit = CREDIT_OPENERS
                    .iter()
                    .any(|o| o.len() == n && b[at..at + n].eq_ignore_ascii_case(o.as_bytes()));
                proptest::prop_assert!(!credit || opens_credit(run));
            }
        }
    }

    #[test]
    fn each_opener_passes_its_gate() {
        // The 17 first words of the openers, each passing: the `match` lists these and no more.
        let firsts: std::collections::BTreeSet<&str> = OPENERS.iter().map(|o| o[0]).collect();
        assert_eq!(firsts.len(), 17);
        for o in OPENERS {
            assert!(opens_an_opener(o[0]), "{o:?}");
        }
        // The 15 credit openers, each passing: the `match` lists these and no more.
        assert_eq!(CREDIT_OPENERS.len(), 15);
        for o in CREDIT_OPENERS {
            assert!(leading_letters(o) == Some(o) && opens_credit(o), "{o}");
        }
        for o in FURNITURE_OPENERS {
            let run: String = o.chars().take_while(char::is_ascii_lowercase).collect();
            assert!(run.is_empty() || opens_furniture(&run), "{o}");
        }
    }

    #[test]
    fn copyright_lines_update_stamps_and_follow_prompts_are_furniture() {
        assert_eq!(
            cut("He left. Copyright © 2010 afp. Talks resume on monday."),
            vec!["Copyright © 2010 afp."]
        );
        assert_eq!(
            cut(
                "Copyright © 2018 albuquerque journal a construction crew found remains on tuesday in the west mesa."
            ),
            vec!["Copyright © 2018 albuquerque journal "]
        );
        assert_eq!(
            cut("Updated: wednesday, 8: 29 a.m. The storm moved east."),
            vec!["Updated: wednesday, 8: 29 a.m."]
        );
        assert_eq!(
            cut("She is a reporter. Follow her on twitter. The case goes on."),
            vec!["Follow her on twitter."]
        );
        // Prose: no year, clock or social site.
        assert!(
            cut("Copyright law protects the work. Updated figures show a rise. Follow the money.")
                .is_empty()
        );
        assert!(cut("Follow him on his journey through the desert.").is_empty());
        // A name before the site, and `Find`.
        assert_eq!(
            cut(
                "Rates rose. Follow nbc out on twitter, facebook and instagram. Find nj.com on facebook."
            ),
            vec![
                "Follow nbc out on twitter, facebook and instagram.",
                "Find nj.com on facebook."
            ]
        );
        assert!(cut("Millions of people follow the singer on twitter.").is_empty());
        assert!(cut("Find the money on facebook, the detective said.").is_empty());
        // An author's contact line and an alert widget's schedule.
        assert_eq!(
            cut(
                "He is slate's writer. Email him at will.oremus@slate.com or follow him on twitter. Yes."
            ),
            vec!["Email him at will.oremus@slate.com or follow him on twitter."]
        );
        assert_eq!(
            cut(
                "Email notifications are only sent once a day, and only if there are new matching items."
            ),
            vec![
                "Email notifications are only sent once a day, and only if there are new matching items."
            ]
        );
        assert!(cut("Email alerts went out to students after the shooting.").is_empty());
        assert!(cut("Email him at once, the lawyer told the clerk.").is_empty());
        // The rights line alone, or after a station's copyright without a year.
        assert_eq!(
            cut("The clip ended. All rights reserved. This material may not be pub"),
            vec!["All rights reserved."]
        );
        assert_eq!(
            cut("Copyright by whtm - all rights reserved a man was charged on monday in the case."),
            vec!["Copyright by whtm - all rights reserved"]
        );
        assert!(cut("All rights reserved, he said, belong to the author.").is_empty());
        assert!(
            cut("Copyright holders reserved all rights to the film, the studio said.").is_empty()
        );
    }

    fn cut(s: &str) -> Vec<String> {
        let l = s.to_ascii_lowercase();
        let mut cuts = Vec::new();
        find(&Para::new(&l), &mut cuts);
        cuts.sort_unstable_by_key(|c| c.0);
        cuts.iter().map(|c| s[c.0..c.1].to_string()).collect()
    }

    /// A web archive's crawl notice, printed twice and glued before the article, goes; the
    /// article stays, and so do news about the archive and a notice standing alone.
    #[test]
    fn a_crawl_notice_before_the_article_goes() {
        let notice = "Starting in 1996, alexa internet has been donating their crawl data to the internet archive. Flowing in every day, these data are added to the wayback machine after an embargo period.";
        let s = format!(
            "{notice} {notice} What is demisexuality? demisexuality is a sexual orientation."
        );
        assert_eq!(cut(&s), [format!("{notice} {notice}")]);
        // Alone, the notice is the off-topic stage's, its access note with it.
        assert!(cut(notice).is_empty());
        assert!(cut(&format!("{notice} {}", notice.trim_end_matches('.'))).is_empty());
        assert!(cut("Crawls performed by internet archive on behalf of the national library of australia. This data is currently not publicly accessible.").is_empty());
        for prose in [
            "The internet archive is arguably best-known for its wayback machine, the repository of home pages past. It crawls the web.",
            "The internet archive crawls the web, its founder said. Nearly 2,400 games are now free to play.",
            "Firefighters had to crawl into the wreck. The internet archive kept the page.",
        ] {
            assert!(cut(prose).is_empty(), "{prose}");
        }
    }

    /// The Internet Archive's broken-link crawl notice glued before the article goes through
    /// its fixed last sentence; alone, or with no archive named before it, it stays.
    #[test]
    fn a_broken_link_crawl_notice_before_the_article_goes() {
        let notice = "This is a collection of web page captures from links added to, or changed on, wikipedia pages. The idea is to bring a reliability to wikipedia outlinks.this is part of the internet archive's attempt to rid the web of broken links.the goal is to fix all broken links on the web. Crawls of supported \" no more 404 \" sites.";
        let s = format!("{notice} Emily lakdawalla • february 7, 2014 the spacecraft returns.");
        assert_eq!(cut(&s), [notice]);
        assert!(cut(notice).is_empty());
        assert!(
            cut("The site promised no more 404 sites. Readers of the blog were not convinced.")
                .is_empty()
        );
    }

    /// A notification widget after a player's `Close` button: its offer, the form's two
    /// messages between two notices, the alert it promises and its schedule.
    #[test]
    fn a_notification_widget_goes_whole() {
        let s = "Close get email notifications on andrew cain daily! your notification has been saved. There was a problem saving your notification. Whenever andrew cain posts new content, you ' ll get an email delivered to your inbox with a link. Email notifications are only sent once a day, and only if there are new matching items.";
        let cuts = cut(s);
        assert_eq!(cuts.len(), 5, "{cuts:?}");
        assert_eq!(cuts[0], "get email notifications on andrew cain daily!");
        assert_eq!(cuts[1], "your notification has been saved.");
        // Two sentences of the article between two notices stay.
        assert_eq!(
            cut(
                "Please sign up for our newsletter. He was released on bail. The trial starts monday. Please try again later."
            ),
            vec![
                "Please sign up for our newsletter.",
                "Please try again later."
            ]
        );
    }

    /// A short question or trailing phrase opening a paragraph goes with the sign-up widget it
    /// leads into, and the widget's last line names its verification message; a statement, a
    /// quotation or a longer question before a notice stays.
    #[test]
    fn a_teaser_before_a_notice_goes_with_it() {
        assert_eq!(
            cut(
                "Looking for news you can trust? subscribe to our free newsletters. The senate voted on friday."
            ),
            [
                "Looking for news you can trust?",
                "subscribe to our free newsletters."
            ]
        );
        let widget = "Just one more thing... We have sent you a verification email. Please check your email and click on the link to activate your profile. If you do not receive the verification message within a few minutes of signing up, please check your spam or junk folder. Close";
        let cuts = cut(widget);
        assert_eq!(cuts.len(), 4, "{cuts:?}");
        assert_eq!(cuts[0], "Just one more thing...");
        assert!(cuts[3].ends_with("junk folder."), "{cuts:?}");
        for s in [
            "He was released on bail. Please try again later.",
            "\"Why now?\" Please sign up for our newsletter.",
            "Why did the city council wait so long to act? Please sign up for our newsletter.",
        ] {
            let cuts = cut(s);
            assert_eq!(cuts.len(), 1, "{s}: {cuts:?}");
            assert!(cuts[0].starts_with("Please"), "{s}: {cuts:?}");
        }
        // A question after the paragraph's first sentence is not its opening teaser.
        assert_eq!(
            cut("The vote was 5-2. Want to know more? Please sign up for our newsletter."),
            ["Please sign up for our newsletter."]
        );
    }

    #[test]
    fn credit_lines_are_cut_whole() {
        for s in [
            "Photo by associated press.",
            "Photo by: william yap.",
            "Photo illustration by slate.",
            "Video report by reporter paul davies.",
            "— reporting by cnbc's ylan mui and the associated press.",
            "Additional reporting by jane doe in london.",
            "Reporting by jane doe, editing by john roe.",
            "File photo of a chicken.",
        ] {
            let text = format!("The storm passed. {s} The roads reopened.");
            assert_eq!(cut(&text), [s], "{s}");
        }
        // At the paragraph's end no stop is needed.
        assert_eq!(
            cut("The storm passed. Edited by dan samiljan and craig james hildebrand"),
            ["Edited by dan samiljan and craig james hildebrand"]
        );
        assert_eq!(
            cut("The storm passed. ( reporting by lisa richwine; editing by chris gallagher )"),
            ["( reporting by lisa richwine; editing by chris gallagher )"]
        );
        for s in [
            "Video by the group showed protesters shouting.",
            "Photos by the couple were posted online.",
            "Edited by hand, the film runs two hours.",
            "File photo of the suspect, who was arrested on monday.",
            "Reporting by the times has found the same.",
            "Photographs by him hang in the museum of modern art in new york city.",
            "Photo by photo, the album tells her story.",
            // A lead glued after the credit.
            "Photo by alex wong/getty images the chamber stood to applaud.",
            "Photo by jane doe the mayor spoke.",
            // A stop after an initial or an abbreviation ends no credit.
            "Photograph by o.",
            "Illustration by joe magee for time poor u.s.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_parenthesis_opening_with_click_is_an_instruction() {
        assert_eq!(
            cut(
                "The city is home to the pyramids. ( click prev or next to continue viewing \
                 images. ) An egyptian pulls a banner."
            ),
            ["( click prev or next to continue viewing images. )"]
        );
        assert_eq!(
            cut("The bridge reopened. ( Click image to enlarge ) Traffic was light."),
            ["( Click image to enlarge )"]
        );
        // Prose about clicks, and `click` inside an aside it does not open, stay.
        assert!(cut("Ads drew more visitors ( clicks rose 4 percent ) last year.").is_empty());
        assert!(cut("The app ( one click orders pizza ) was pulled.").is_empty());
    }

    #[test]
    fn instructions_to_use_the_page_are_cut_whole() {
        for s in [
            "Click through the gallery for a look at his life and career.",
            "Click on a name below to find its popularity over time, common sibling names, and more.",
            "Click to watch james as he tackles the tough questions, and clears the swirling rumors.",
            "click the \" add a slide \" button below to include it.",
        ] {
            assert_eq!(cut(&format!("He was 80. {s} The end.")), [s], "{s}");
        }
        // The noun, or a report: not a sentence to cut.
        for s in [
            "Click through rates fell 5 percent last year.",
            "Click through the slides the agency released to see how the plan failed, the \
             report said.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn consent_and_comment_notices_are_cut() {
        for s in [
            "By clicking or navigating the site, you agree to allow our collection of information \
             on and off facebook through cookies.",
            "By using this site, you consent to our use of cookies.",
            "Readers may report inappropriate comments by clicking the report abuse link next to \
             a comment.",
            "You can unsubscribe at any time.",
        ] {
            assert_eq!(cut(&format!("The mayor spoke. {s} He left.")), [s], "{s}");
        }
        for s in [
            "By using this drug, patients agree to monthly tests, the agency said.",
            "People clicking on its address are now redirected to the trump organization's website.",
            "Subscribers to the newsletter got the story first, long before the paper printed it.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_purpose_before_an_instruction_goes_with_it() {
        for s in [
            "For unlimited access to the best local news, subscribe to goskagit.com or the skagit \
             valley herald.",
            "For more on the flooding, click here to see the photos we took on saturday morning.",
        ] {
            assert_eq!(cut(&format!("The river rose. {s} It fell.")), [s], "{s}");
        }
        // Glued after a tweet's signature, the purpose and the link go, from `for more`.
        assert_eq!(
            cut(
                "— jim mcgrath ( @jgm41 ) july 24, 2013 for more information on patrick, click here."
            ),
            ["for more information on patrick, click here."]
        );
        // A purpose in prose, before no instruction, stays.
        assert!(
            cut("For more than a decade, subscribers paid less than the cost of printing.")
                .is_empty()
        );
    }

    #[test]
    fn cookie_notices_are_cut_whole() {
        for s in [
            "To help personalize content, tailor and measure ads, and provide a safer experience, \
             we use cookies.",
            "This site uses cookies to enhance your reading experience.",
        ] {
            assert_eq!(cut(&format!("The mayor spoke. {s} He left.")), [s], "{s}");
        }
        // News about cookies, or a site's words reported, stays.
        for s in [
            "Facebook said it uses cookies to track users across the web.",
            "The bakery uses cookies from a local supplier.",
            "\"We use cookies to track users,\" a spokesman wrote.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_sign_up_widget_glued_before_the_lead_goes_alone() {
        assert_eq!(
            cut(
                "Could not subscribe, try again later invalid email a community archaeological dig \
                 has located a cottage."
            ),
            ["Could not subscribe, try again later invalid email"]
        );
        assert_eq!(
            cut(
                "Keep up with this story and more by subscribing now her nearest competitors, \
                 vermont senator sanders, trail."
            ),
            ["Keep up with this story and more by subscribing now"]
        );
        assert!(cut("Keep up with the news, he said, by subscribing now.").is_empty());
    }

    #[test]
    fn a_copyright_line_glued_before_a_lead_with_a_quotation_goes_alone() {
        let lead = " The van drove off and the search began at dawn with dozens of volunteers.";
        for (s, line) in [
            (
                "Copyright © 2016 albuquerque journal when 11-year-old ashlynne mike stepped into \
                 a van, police said they believed it.",
                "Copyright © 2016 albuquerque journal ",
            ),
            (
                "Copyright © 2015 albuquerque journal the accused killer who a judge said \
                 committed \"most wanton acts\" will stay.",
                "Copyright © 2015 albuquerque journal ",
            ),
        ] {
            assert_eq!(cut(&format!("{s}{lead}")), [line], "{s}");
        }
        assert!(
            cut(&format!(
                "Copyright 2014 the associated press said it would appeal.{lead}"
            ))
            .is_empty()
        );
    }

    #[test]
    fn a_verification_email_notice_is_cut() {
        assert_eq!(
            cut("The council agreed. We have sent you a verification email. The vote was 5-2."),
            ["We have sent you a verification email."]
        );
        assert!(cut("The bank said it sent customers a verification code by text.").is_empty());
    }

    #[test]
    fn cuts_notices_between_sentences() {
        let s = "The police chief said he was leaving. Sign up to follow, and we ' ll e-mail you \
                 free updates as they're published. We've detected that javascript is disabled in \
                 your browser. He was released on bail. Please try again later.";
        assert_eq!(
            cut(s),
            [
                "Sign up to follow, and we ' ll e-mail you free updates as they're published.",
                "We've detected that javascript is disabled in your browser.",
                "Please try again later."
            ]
        );
    }

    #[test]
    fn cuts_the_rest_of_a_sign_up_form_between_notices() {
        let s = "You must select a newsletter to subscribe to. Sign up you agree to receive \
                 occasional updates and special offers for the new york times's products and \
                 services. Thank you for subscribing. An error has occurred. Please try again later.";
        assert_eq!(
            cut(s),
            [
                "You must select a newsletter to subscribe to.",
                "Sign up you agree to receive occasional updates and special offers for the new york times's products and services.",
                "Thank you for subscribing.",
                "An error has occurred.",
                "Please try again later."
            ]
        );
        // One notice on one side only, or an article sentence between two: it stays.
        assert_eq!(
            cut(
                "The fire spread fast. You agree to receive updates, he told residents. Please try again later."
            ),
            ["Please try again later."]
        );
    }

    #[test]
    fn cuts_click_here_sentences_through_what_the_link_shows() {
        assert_eq!(
            cut(
                "He was upset. Click here for a look at the history of the disappearance of susan powell. Graham said."
            ),
            ["Click here for a look at the history of the disappearance of susan powell."]
        );
        // A lead glued to the instruction reports, or runs past 16 words.
        assert!(
            cut("Click here to watch the report the agency tracking seismic activity reported more quakes.")
                .is_empty()
        );
        assert!(
            cut("Click here for the capitol march for the dream and diversity expo free ride flyer each year, thousands came.")
                .is_empty()
        );
    }

    #[test]
    fn cuts_newsletter_pitches_that_run_on() {
        for s in [
            "Sign up for our newsletter to get the latest updates on kate middleton, meghan markle and more!",
            "Sign up for politico playbook and get the latest news, every morning — in your inbox.",
        ] {
            assert_eq!(
                cut(&format!("The prince was born. {s} He is third in line.")),
                [s],
                "{s}"
            );
        }
        for s in [
            "Sign up for the newsletter and the county will mail the flood maps to every home, officials said.",
            "Subscribers to the newsletter got the story first, long before the paper printed it.",
            "Sign up for the free great reads newsletter >> lee mentions in the interview that she had begun working on another novel.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn cuts_subscription_offers_and_email_alerts() {
        assert_eq!(
            cut("Choose the plan. Digital access or digital and print delivery."),
            ["Digital access or digital and print delivery."]
        );
        assert_eq!(
            cut(
                "Whenever jennifer hawes posts new content, you ' ll get an email delivered to your inbox with a link."
            ),
            [
                "Whenever jennifer hawes posts new content, you ' ll get an email delivered to your inbox with a link."
            ]
        );
        // Prose about print delivery or an emailed alert names one site function, not two.
        assert!(cut("The paper ended print delivery on three days a week in 2012.").is_empty());
        assert!(cut("Residents got an email alert from the county after the fire.").is_empty());
    }

    #[test]
    fn cuts_error_pages_and_send_to_friend_forms() {
        for s in [
            "Sorry, the page you requested was not found.",
            "Sorry, the page you requested could not be found.",
            "Please check the URL for proper spelling and capitalization.",
        ] {
            assert_eq!(cut(s), [s], "{s}");
        }
        let s = "You must enter the characters with black color that stand out from the other \
                 characters message: * a friend wanted you to see this item from wral.com: \
                 http://wr.al/ym27 — the fbi and wilson county authorities are investigating the \
                 theft of gold, the sheriff's office says.";
        let form = &s[..s.find(" the fbi").unwrap()];
        assert_eq!(cut(s), [form]);
        // Prose about pages and about a message sent to a friend stays.
        for s in [
            "The page you see first on the site was redesigned last year, the company said.",
            "She wrote that a friend wanted you to see this item, but the link in the email was broken and never worked for anyone who clicked.",
            "The URL shortener was bought by a rival in 2014.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn cuts_confirmations_and_legal_prompts() {
        for s in [
            "Thank you for subscribing.",
            "You must select a newsletter to subscribe to.",
            "By submitting your registration information, you agree to our terms of service and privacy policy.",
            "Please check your email and click on the link to activate your account.",
        ] {
            assert_eq!(cut(s), [s], "{s}");
        }
    }

    #[test]
    fn keeps_news_that_mentions_accounts_or_sign_ups() {
        for s in [
            "If you'd like to sign up for coverage under president barack obama's controversial health care law, you're out of luck until november.",
            "Subscribers have seen a lot more spinning wheels lately as they wait for videos to load.",
            "Iran holds regional terror sponsors and their us masters accountable for such attacks.",
            "If you've driven on highway 301 in starke, you may notice a red sign in front of one home.",
            "The company said 50 million accounts were exposed, and users should change their passwords.",
            "Facebook will update its privacy policy next month, the company said.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    /// A correction notice's sentence goes, label and all; the correct fact after it, news
    /// opening on the label and prose about a story's versions stay.
    #[test]
    fn correction_notices_go_and_the_corrected_fact_stays() {
        assert_eq!(
            cut(
                "Correction: an earlier version of this story incorrectly stated the year the united states initiated its troops \"surge \" in that country. It was 2007, not 2006."
            ),
            [
                "Correction: an earlier version of this story incorrectly stated the year the united states initiated its troops \"surge \" in that country."
            ]
        );
        assert_eq!(
            cut(
                "Correction: a previous version of this story incorrectly implied that cinematographer matthew libatique also shot the 2010 film \"the fighter. \" that film was shot by hoyte van hoytema."
            ),
            [
                "Correction: a previous version of this story incorrectly implied that cinematographer matthew libatique also shot the 2010 film \"the fighter. \""
            ]
        );
        assert_eq!(
            cut(
                "The game ended 24-21. Corrections &amp; clarifications: a previous version of this story misstated walmart's thanksgiving store hours. Most stores are open 24/7."
            ),
            [
                "Corrections &amp; clarifications: a previous version of this story misstated walmart's thanksgiving store hours."
            ]
        );
        assert_eq!(
            cut(
                "------------ for the record an earlier version of this post said the study focused in part on beethoven's piano sonata no. 12 in a flat major. The study focused on his sonata no. 13."
            ),
            [
                "------------ for the record an earlier version of this post said the study focused in part on beethoven's piano sonata no. 12 in a flat major."
            ]
        );
        assert_eq!(
            cut(
                "correction: this story, originally published march 31, has been updated to correct the number of commutations president obama has denied while in office. The president has commuted 248 sentences."
            ),
            [
                "correction: this story, originally published march 31, has been updated to correct the number of commutations president obama has denied while in office."
            ]
        );
        // After a photo's credit another pass cut.
        let s = "President obama speaks to the press tuesday. ( photo: win mcnamee ) correction: this story has been updated to correct the number of commutations. That number is 7,378.";
        let l = s.to_ascii_lowercase();
        let credit = l.find(" correction").unwrap();
        let mut cuts = vec![(l.find('(').unwrap(), credit, BlockKind::Caption, "credit")];
        find(&Para::new(&l), &mut cuts);
        assert_eq!(
            &s[cuts[1].0..cuts[1].1],
            "correction: this story has been updated to correct the number of commutations."
        );
        for news in [
            "Correction: a man claiming that facebook denied him posting privileges admits that he perpetrated a prank, according to the guardian.",
            "His name was incorrect in an earlier version of this story.",
            "A previous version of the bill would have cut taxes.",
            "Correction: this story is developing.",
        ] {
            assert!(cut(news).is_empty(), "{news}");
        }
    }

    #[test]
    fn cuts_short_notices_with_one_site_word() {
        for s in [
            "Sign up be the first to know.",
            "Would you like to proceed to legacy twitter?",
            "sorry, but you can only react up to 3 times!",
            "To receive the magazine, click here to subscribe.",
            "And while you're here, why don't you sign up to.",
            "Click here to see the cities where the most people smoke.",
            "Sign up for our ongoing coverage of hurricane harvey's aftermath.",
            "WOULD YOU LIKE TO PROCEED TO LEGACY TWITTER?",
        ] {
            assert_eq!(cut(s), [s], "{s}");
        }
    }

    #[test]
    fn cuts_only_the_label_glued_before_a_lead() {
        for (s, label) in [
            (
                "Subscribe washington — martin shkreli has invoked the fifth amendment.",
                "Subscribe",
            ),
            (
                "Subscribe A Minnesota couple has been charged in the killing, authorities said.",
                "Subscribe",
            ),
            (
                "Subscribe today he was arrested in the case in april 2016 and had been held in \
                 the county jail since.",
                "Subscribe today",
            ),
            (
                "Please enable JavaScript to watch this video At least nine people were injured \
                 after a van plowed into a crowd, the fire department said.",
                "Please enable JavaScript to watch this video",
            ),
            (
                "sign up here dewdney passed away at her home in vermont on september 3 after a \
                 15-month fight against brain cancer.",
                "sign up here",
            ),
            (
                "Sign up for the brief and more view example but woodfox was held in solitary \
                 the longest of the three.",
                "Sign up for the brief and more view example",
            ),
            (
                "Sign up for more newsletters here Baldwin's portrayal of Trump is his first in \
                 more than a month.",
                "Sign up for more newsletters here",
            ),
        ] {
            assert_eq!(cut(s), [label], "{s}");
        }
    }

    #[test]
    fn keeps_short_news_sentences_about_sign_ups() {
        for s in [
            "If workers don't sign up, their medical coverage will jump by $ 50 a month.",
            "Subscribers can update the app next week.",
            "How will you react?",
            "Just choose carefully; you can only use the code once per account.",
            "\" completely understand your concern, \" walmart tweeted from its official company account.",
            "@walmart why are you selling impeach 45 baby clothes on your website?????",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn cuts_what_the_page_says_it_needs_or_sells() {
        for s in [
            "Media requires javascript to play.",
            "This slideshow requires javascript.",
            "Re-enter zip code or sign up for digital access.",
            "Sorry, this zipcode is not in our deliverable area for this subscription service.",
        ] {
            assert_eq!(cut(s), [s], "{s}");
        }
        // Reports of the same things stay.
        for s in [
            "The attack required javascript, researchers said.",
            "The researchers mapped air pollution down to individual zip codes.",
            "Wealthy zip codes saw more sign ups for digital access, the study says.",
            "\" the site requires javascript, \" she said.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn cuts_a_notice_at_the_end_of_a_headline() {
        for (s, notice) in [
            (
                "Tony hayward says bp was ' not prepared ' for the gulf oil spill please turn on \
                 javascript.",
                "please turn on javascript.",
            ),
            (
                "Bill gallo for news click here to see some of bill gallo's most memorable cartoons.",
                "click here to see some of bill gallo's most memorable cartoons.",
            ),
        ] {
            assert_eq!(cut(s), [notice], "{s}");
        }
        for s in [
            "He asked the volunteers to please sign up for the program before the deadline passes.",
            "He asked the volunteers, most of them students, to please sign up before the deadline.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn cuts_click_here_asides_and_keeps_the_prose_glued_to_them() {
        for (s, notice) in [
            (
                "The park staff will host a fundraiser on saturday. ( click here to see the flyer ) \
                 coach magwood has devoted countless hours to the youth.",
                "( click here to see the flyer )",
            ),
            (
                "These are the recalled products ( click here to see the package labels ): turkey \
                 and beef.",
                "( click here to see the package labels )",
            ),
            (
                "Another night image ( click here ) shows the border zone looking southeast from \
                 the himalaya.",
                "( click here )",
            ),
            (
                "Click here to learn more about safety in thermal areas \"yellowstone's thermal \
                 features are dangerous,\" said superintendent dan wenk in a news release.",
                "Click here to learn more about safety in thermal areas",
            ),
            (
                "Click here to help send darrell's dad to rio ( published saturday, july 30, 2016 ) \
                 retired and disabled, hill drives for uber and bakes in his free time.",
                "Click here to help send darrell's dad to rio ( published saturday, july 30, 2016 )",
            ),
        ] {
            assert_eq!(cut(s), [notice], "{s}");
        }
        // A long aside that mentions clicking and an instruction without a mark where the lead
        // starts stay.
        for s in [
            "The senator ( who once told voters to click here for answers in a campaign ad that \
             ran for months, drawing ridicule from his rivals and from late-night hosts alike ) \
             lost the race.",
            "New yorkers: click here to see whether you live in a hurricane evacuation zone mayor \
             bloomberg said he'd make a decision about evacuations in low-lying areas in all five \
             boroughs as soon as saturday.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn a_bracketed_notice_ends_at_its_bracket() {
        let s = "\" [ subscribe to our free morning newsletter and get the latest headlines in your \
                 inbox ] it was the third fire this year.";
        assert_eq!(
            cut(s),
            [
                "\" [ subscribe to our free morning newsletter and get the latest headlines in your inbox ]"
            ]
        );
    }

    #[test]
    fn keeps_a_lead_glued_to_a_notice() {
        let s = "Español subscribe: fda consumer health information do you find it hard to resist \
                 gobbling up a piece of raw dough when making cookies, or letting your children \
                 scrape the bowl?";
        assert!(cut(s).is_empty());
        // Only the player's label goes.
        let s = "Please enable javascript to watch this video clinton, utah -- a trip to wal-mart \
                 ended in a bathroom brawl for a father protecting his children.";
        assert_eq!(cut(s), ["Please enable javascript to watch this video"]);
        // A lower-cased dateline's abbreviation ends the "sentence": the notice goes with the
        // dateline, the lead stays.
        let s = "Please enable javascript to watch this video arvada, colo. -- an arvada woman said \
                 she's facing a $ 500 fine from the city.";
        assert_eq!(
            cut(s),
            ["Please enable javascript to watch this video arvada, colo."]
        );
        let s = "Sign up a two-hour standoff ensued as the suspect barricaded himself in the home \
                 with children.";
        assert!(cut(s).is_empty());
        // `Subscribe today for …` may go on as an instruction; a quotation after the button
        // opens the lead.
        let s = "Subscribe today for full access to our reporting on the storm and its damage.";
        assert!(cut(s).is_empty());
        let s = "Subscribe today \"for trespassing, \" an officer replies.";
        assert_eq!(cut(s), ["Subscribe today"]);
        // Multi-News val 47096, train 6666: the log-in prompt after a sign-up form goes through
        // the account it names.
        let s = "Please log in or register with your social account sean rad, the 29-year-old \
                 co-founder and ceo of tinder, wants me to believe he's a \"romantic \", who is \
                 \"ready to settle down \" and have \"lots of children \".";
        assert_eq!(
            cut(s),
            ["Please log in or register with your social account"]
        );
        let s = "Please log in or register with your account to read the rest of our coverage of \
                 the trial and the verdict, which came on monday after three days of talks.";
        assert!(cut(s).is_empty());
    }

    #[test]
    fn cuts_reprint_alert_and_newsletter_notices() {
        // Multi-News val: a Dow Jones reprint notice, NBC's alert and newsletter offers, People's
        // push-notification offer and the Times's newsletter link between article sentences.
        let s = "Dow jones reprints: this copy is for your personal, non-commercial use only. To \
                 order presentation-ready copies for distribution to your colleagues, clients or \
                 customers, use the order reprints tool at the bottom of any article or visit \
                 www.djreprints.com";
        assert_eq!(cut(s).len(), 2);
        let s = "Breaking news emails get breaking news alerts and special reports. The news and \
                 stories that matter, delivered weekday mornings. Subscribe washington — martin \
                 shkreli was arrested.";
        assert_eq!(
            cut(s),
            [
                "Breaking news emails get breaking news alerts and special reports.",
                "The news and stories that matter, delivered weekday mornings.",
                "Subscribe"
            ]
        );
        let s = "She wrote on sunday. Get push notifications with news, features and more. \
                 \"i want to thank god, \" she added.";
        assert_eq!(
            cut(s),
            ["Get push notifications with news, features and more."]
        );
        let s = "He was arrested. Be the first to know. No one covers our community better.";
        assert_eq!(cut(s), ["Be the first to know."]);
        let s = "Please try again later. View all new york times newsletters. The police said \
                 evidence suggested that mr. Choi had left.";
        assert_eq!(
            cut(s),
            [
                "Please try again later.",
                "View all new york times newsletters."
            ]
        );
    }

    #[test]
    fn keeps_prose_about_reprints_alerts_and_deliveries() {
        for s in [
            "The paper agreed to reprint the column after readers complained.",
            "Breaking news alerts went out to millions of phones, officials said.",
            "Meals are delivered weekday mornings by volunteers, she said.",
            "Groceries are delivered weekday mornings to the shelter.",
            "View all the photos from the ceremony on the museum's site, he told reporters.",
            "Get the push from your friends, and you will go far.",
            "Be the first to try the new ride, the park's owner told visitors on friday.",
            "Be the first in line, she said.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }
}
