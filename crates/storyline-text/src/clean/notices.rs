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
//! A notice glued to the article without a stop between them (`Please enable JavaScript to watch
//! this video Arvada, Colo. -- an Arvada woman said …`) is left alone: more than
//! [`MAX_TAIL_WORDS`] words after the last word addressed to the reader are prose, and cutting the
//! sentence would cut the lead with it.
//!
//! Written here rather than taken from a crate: no crate classifies such sentences, and the
//! cleaner's other passes already work on the same lower-cased paragraph.

use super::BlockKind;
use super::inline::Cut;

/// A notice is a short sentence: longer ones are prose.
const MAX_WORDS: usize = 30;

/// Words after the last reader-directed word beyond which the sentence is prose glued to a notice.
const MAX_TAIL_WORDS: usize = 6;

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
];

/// Finds site notices in the lower-cased paragraph `l`, one cut per sentence.
pub(crate) fn find(l: &str, cuts: &mut Vec<Cut>) {
    let mut start = 0;
    for end in sentence_ends(l) {
        let s = &l[start..end];
        let lead = s.len() - s.trim_start().len();
        let mut body = s.trim();
        // `[ Subscribe to our newsletter … ] It was…`: the notice ends at its bracket.
        if body.trim_start_matches(['"', ' ']).starts_with('[')
            && let Some(close) = body.find(']')
        {
            body = &body[..=close];
        }
        if is_notice(body) {
            cuts.push((
                start + lead,
                start + lead + body.len(),
                BlockKind::Notice,
                "addressed to the reader (sign-up, login or script prompt)",
            ));
        }
        start = end;
    }
}

/// Byte offsets just after each sentence of `l`: after `.`, `?` or `!` (and closing quotes or
/// brackets) followed by whitespace, and at the end of the paragraph.
fn sentence_ends(l: &str) -> Vec<usize> {
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

/// The sentence's words with surrounding punctuation trimmed (inner `'`, `-`, `.` kept).
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
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
        | "update" | "website" | "reaction" => 1,
        "sign" | "signing" if next(1) == "up" => 2,
        "sign" if next(1) == "in" && matches!(next(2), "to" | "using" | "") => 2,
        "log" if matches!(next(1), "in" | "into") => 2,
        "email" | "e-mail" if next(1) == "address" => 2,
        "privacy" if next(1) == "policy" => 2,
        "term" if next(1) == "of" && matches!(next(2), "service" | "use") => 3,
        "tap" if next(1) == "here" => 2,
        "try" if next(1) == "again" => 2,
        "this" | "our" if matches!(next(1), "page" | "video" | "site") => 2,
        "web" if next(1) == "site" => 2,
        "comment" if next(1) == "form" => 2,
        _ => 0,
    }
}

/// True for a word that addresses the reader.
fn to_reader(w: &str) -> bool {
    matches!(
        w,
        "you" | "your" | "you're" | "you'll" | "you've" | "you'd" | "yours" | "please"
    )
}

/// A sentence that starts with no [`OPENERS`] word and has no `you` or `please` in it can be
/// neither kind of notice, so most sentences are let go after two substring scans, without
/// splitting them into words.
fn may_be_notice(s: &str) -> bool {
    let first = words(s).next().unwrap_or("");
    OPENERS.iter().any(|o| o[0] == first) || s.contains("you") || s.contains("please")
}

fn is_notice(s: &str) -> bool {
    if !may_be_notice(s) {
        return false;
    }
    let w: Vec<&str> = words(s).collect();
    if w.len() < 2 || w.len() > MAX_WORDS {
        return false;
    }
    let opener = OPENERS
        .iter()
        .find(|o| w.starts_with(o))
        .map_or(0, |o| o.len());
    let mut terms = 0;
    let mut reader = false;
    // Index just past the last word that is a site function or addresses the reader.
    let mut last = opener;
    // An opening `Click`, `Subscribe` or `Sign up` is itself a site function only when it reads
    // as an instruction (`Click here`, `Subscribe to`, `Sign up for`); `Subscribe today as the
    // hurricane churns` is a label glued to the article's prose. Its words are not looked at again.
    let mut i = opener;
    if opener > 0
        && ui_terms(&w, 0) > 0
        && matches!(
            w.get(opener).copied().unwrap_or(""),
            "here" | "to" | "for" | "on" | "below" | "now" | "up" | "in" | "or" | "and" | ""
        )
    {
        terms += 1;
    }
    while i < w.len() {
        let n = ui_terms(&w, i);
        if n > 0 {
            terms += 1;
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
    let instructs = opener > 0 && terms >= 1;
    let addresses = terms >= 2 && reader;
    (instructs || addresses) && w.len() - last <= MAX_TAIL_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<String> {
        let l = s.to_ascii_lowercase();
        let mut cuts = Vec::new();
        find(&l, &mut cuts);
        cuts.iter().map(|c| s[c.0..c.1].to_string()).collect()
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
        let s = "Please enable javascript to watch this video clinton, utah -- a trip to wal-mart \
                 ended in a bathroom brawl for a father protecting his children.";
        assert!(cut(s).is_empty());
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
        let s = "Subscribe today \"for trespassing, \" an officer replies.";
        assert!(cut(s).is_empty());
    }
}
