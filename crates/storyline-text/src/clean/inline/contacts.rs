//! A reporter's or a desk's **contact line** glued into the prose: a sentence that ends on an
//! e-mail address (`Kimberly redmond may be reached at kredmond@njadvancemedia.com.`, `Contact the
//! author at ellie@jezebel.com.`, `For licensing or usage, contact: licensing@viralhog.com`), a
//! signature of a name and its address (`Harry lynch hlynch@newsobserver.com`), with the phone
//! number, handle or link printed after the address (`jpaul@denverpost.com or
//! twitter.com/jesseapaul`), and an address spelt out against harvesters (`email me at michele (
//! at ) eatdrinkpolitics.com.`, `birdabroadblog [ at ] gmail [ dot ] com`).
//!
//! Why here and why so: flattening glues these lines into the paragraph, where they read as
//! sentences and were chosen for summaries (`Contact the author at ellie@jezebel.com.`). The
//! address shows where the line ends, and a sentence that ends on one is the page telling its
//! reader whom to write to. A news sentence that names an address goes on after it (`romney used
//! the address " mittromney@hotmail.com " to communicate …`, `people can e-mail … if they have
//! thoughts …`) and stays; so does a long one ([`MAX_WORDS`]), one that reports what someone
//! said (`Hoell said anyone with information … can email him directly at …`) and one that is
//! neither a signature (at most [`SIGNATURE_WORDS`] words before the address) nor says it is a
//! contact (a word of [`CONTACT_WORDS`]). In all of val and the first 12,000 train clusters
//! every such line read was a contact, a licensing or help desk's address or a sign-up notice's.
//!
//! A press release's header ends on its press office's address too, with the release's lead
//! glued after it (`for immediate release contact: media@aclu.org washington – president obama
//! …`): there the label `for immediate release` and `contact:` before the address show what it
//! is, and it goes from the label through the address and its phone numbers.

use super::super::BlockKind;
use super::{Cut, Para, overlaps, tokens};
use crate::segment::{WordClass, classify};

/// Most words of a contact line, the address counted (`You can follow my progress at
/// plantbasedfoods.org, follow me on twitter @michelersimon and email me at michele ( at )
/// eatdrinkpolitics.com.` has 19; a video's description before a licensing line, 22, stays).
const MAX_WORDS: usize = 20;

/// Most words of a signature before its address (`kelly wilkinson,`, `contact: jan mcnamara,
/// pbs 703-739-5028`).
const SIGNATURE_WORDS: usize = 4;

/// Words by which a longer line says it is a contact.
const CONTACT_WORDS: [&str; 18] = [
    "contact",
    "contacted",
    "reached",
    "reach",
    "email",
    "e-mail",
    "emailing",
    "write",
    "send",
    "sending",
    "tip",
    "tips",
    "inquiries",
    "enquiries",
    "questions",
    "licensing",
    "assistance",
    "notify",
];

/// Verbs of saying that make a sentence news however it ends.
const REPORTING: [&str; 4] = ["said", "says", "told", "according"];

/// The reason of a contact line's cut.
const REASON: &str = "contact line (… may be reached at name@paper.com., Name name@paper.com)";

/// Finds the contact lines in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    // An address's `@`, or the `)` or `]` of one spelt out (`( at )`, `[ at ]`).
    for at in memchr::memchr3_iter(b'@', b')', b']', l.as_bytes()) {
        let Some((first, last)) = address_at(l, at) else {
            continue;
        };
        let Some(end) = line_end(l, last) else {
            if let Some((start, end)) = release_header(l, first, last)
                && !overlaps(cuts, start, end)
            {
                cuts.push((start, end, BlockKind::Byline, RELEASE_REASON));
            }
            continue;
        };
        let start = sentence_from(l, first);
        let words = |r: &str| {
            r.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        let before = &l[start..first];
        let has = |list: &[&str]| {
            before.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                list.contains(&w)
            })
        };
        // Reported words are news (`Hoell said anyone with information … can email him directly
        // at …`), however they end.
        if words(&l[start..last]) > MAX_WORDS
            || !(has(&CONTACT_WORDS) || words(before) <= SIGNATURE_WORDS)
            || has(&REPORTING)
            || overlaps(cuts, start, end)
        {
            continue;
        }
        cuts.push((start, end, BlockKind::Byline, REASON));
    }
}

/// The e-mail address around byte `at` of `l` (an `@`, or the `)`/`]` closing a spelt-out `(
/// at )`): its first byte and its end, without the stop or bracket after it.
fn address_at(l: &str, at: usize) -> Option<(usize, usize)> {
    let b = l.as_bytes();
    // The local part: the word before `@` or before the spelt-out bracket.
    let local_end = if b[at] == b'@' {
        at
    } else {
        let open = if b[at] == b')' { '(' } else { '[' };
        let inner = l[..at].trim_end().strip_suffix("at")?.trim_end();
        inner.strip_suffix(open)?.trim_end().len()
    };
    // An ASCII space, one byte long (`+ 1`): a wider one (U+00A0) is no address's edge.
    let local_start = l[..local_end]
        .rfind(|c: char| c.is_ascii_whitespace())
        .map_or(0, |s| s + 1);
    let local = l[local_start..local_end].trim_start_matches(['<', '(', '"', '\'']);
    if local.is_empty() || !local.ends_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let first = local_end - local.len();
    // The domain: the word after, and in a spelt-out address the `[ dot ] com` runs after it.
    let domain_start = if b[at] == b'@' {
        at + 1
    } else {
        at + 1 + (l[at + 1..].len() - l[at + 1..].trim_start().len())
    };
    let domain_end = l[domain_start..]
        .find(char::is_whitespace)
        .map_or(l.len(), |e| domain_start + e);
    let domain = l[domain_start..domain_end].trim_end_matches(['.', ',', ';', ':', ')', '>', '"']);
    if !domain.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let mut end = domain_start + domain.len();
    if b[at] == b'@' {
        // A real address has a dot in its domain, and a top-level name of letters after it.
        let tld = domain.rsplit_once('.').map(|(_, t)| t)?;
        if tld.len() < 2 || !tld.bytes().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
    } else {
        for dot in [" [ dot ] ", " ( dot ) "] {
            while let Some(r) = l[end..].strip_prefix(dot) {
                let word = r.split_whitespace().next().unwrap_or("");
                let word = word.trim_end_matches(['.', ',', ';']);
                if word.is_empty() || !word.chars().all(|c| c.is_ascii_alphanumeric()) {
                    break;
                }
                end += dot.len() + word.len();
            }
        }
    }
    Some((first, end))
}

/// End of the contact line whose address ends at `last`: through the sentence's stop right
/// after it or the paragraph's end, past a phone number, handle or link printed after the
/// address (`… or 407-420-5660; twitter is @paulbrinkmann`); `None` when other words follow
/// (the sentence goes on: `… if they have thoughts on how the department should proceed`).
fn line_end(l: &str, last: usize) -> Option<usize> {
    let mut end = last;
    for (at, t) in tokens(l, last) {
        // A stop, or the address's closing bracket, glued to what comes before.
        let word = t.trim_end_matches(['.', '!', ',', ';', ')', '>', '"']);
        let stop = t[word.len()..].contains(['.', '!']);
        let tail = word.is_empty()
            || matches!(
                word,
                "or" | "and" | "on" | "is" | "twitter" | "twitter:" | "&#124;"
            )
            || (word.starts_with('@') && word.len() > 1)
            || word.contains("twitter.com/")
            || is_phone(word);
        if !tail {
            return None;
        }
        end = at + t.len();
        if stop {
            return Some(at + word.len() + t[word.len()..].find(['.', '!']).map_or(0, |s| s + 1));
        }
    }
    Some(end)
}

/// True when `t` is a phone number's token (`407-420-5660`, `303.954.1733`).
fn is_phone(t: &str) -> bool {
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    digits >= 7
        && t.bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'-' | b'.'))
}

/// The label that opens a press release's header.
const RELEASE: &str = "for immediate release";

/// Words between the label and the address at most: a date, `contact:`, a name and an office
/// (`for immediate release, july 28, 2016 contact: christina dipasquale,`).
const RELEASE_WORDS: usize = 12;

/// The reason of a press release header's cut.
const RELEASE_REASON: &str =
    "press release header (for immediate release … contact: name, address, phone)";

/// A press release's header before the address ending at `last` (first byte `first`): `for
/// immediate release`, a date perhaps, `contact:` and the press office's name, phone and
/// address, glued between the release's headline and its dateline or lead (`… suicide attempt
/// for immediate release, july 28, 2016 contact: christina dipasquale,
/// christina@balestramedia.com, 202.716.1953 u.s government has …`, `for immediate release
/// contact: 212-549-2666, media@aclu.org new york – in the first-ever study …`). It runs
/// through the address and the phone numbers after it; the headline and the lead stay. The
/// label alone is no header: a sentence may name it (`the memo was marked for immediate
/// release`), so `contact:` must come between it and the address.
fn release_header(l: &str, first: usize, last: usize) -> Option<(usize, usize)> {
    let window = super::in_this::sentence_start_before(l, first);
    let start = window + l[window..first].rfind(RELEASE)?;
    let between = &l[start + RELEASE.len()..first];
    if !between.contains("contact:") || between.split_whitespace().count() > RELEASE_WORDS {
        return None;
    }
    let mut end = last;
    for (at, t) in tokens(l, last) {
        let word = t.trim_end_matches([',', ';']);
        // A phone number, whole or in groups (`/ 206 375 4139`, `( 202 ) 690-6343`).
        let phone = word.len() >= 3
            && word.bytes().any(|b| b.is_ascii_digit())
            && word
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'(' | b')'));
        if !(word.is_empty() || word == "/" || phone) {
            break;
        }
        if phone {
            end = at + word.len();
        }
    }
    Some((start, end))
}

/// Start of the sentence that holds byte `p` of `l`: past a stop that ends a sentence, not the
/// period of a title, an initial or a phone's extension (`… available from dr. Bazzano (
/// e-mail, … )`).
fn sentence_from(l: &str, p: usize) -> usize {
    let mut start = super::in_this::sentence_start_before(l, p);
    while start > 0 {
        let before = l[..start].trim_end();
        let word = before.rsplit(' ').next().unwrap_or("");
        let Some(w) = word.strip_suffix('.') else {
            break;
        };
        // A phone number's extension (`732-932-6857, ext. 649 or gruteser@…`) ends none either.
        let abbreviation = matches!(
            classify(w, true),
            WordClass::Title | WordClass::Initial | WordClass::Never
        );
        if !abbreviation && w != "ext" {
            break;
        }
        start = super::in_this::sentence_start_before(l, before.len() - word.len());
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        super::super::cut_texts(find, s)
    }

    #[test]
    fn a_sentence_ending_on_an_address_goes() {
        for (text, line) in [
            (
                "the arraignment is set for may. Kimberly redmond may be reached at \
                 kredmond@njadvancemedia.com.",
                "Kimberly redmond may be reached at kredmond@njadvancemedia.com.",
            ),
            (
                "cats keep them in line. Contact the author at ellie@jezebel.com. The end came.",
                "Contact the author at ellie@jezebel.com.",
            ),
            (
                "police said so. Harry lynch hlynch@newsobserver.com",
                "Harry lynch hlynch@newsobserver.com",
            ),
            (
                "nobody was hurt. \" jesse paul: 303-954-1733, jpaul@denverpost.com or \
                 twitter.com/jesseapaul",
                "jesse paul: 303-954-1733, jpaul@denverpost.com or twitter.com/jesseapaul",
            ),
            (
                "the right thing. You can follow my progress at plantbasedfoods.org, follow me on \
                 twitter @michelersimon and email me at michele ( at ) eatdrinkpolitics.com. \
                 Thanks for your support!",
                "You can follow my progress at plantbasedfoods.org, follow me on twitter \
                 @michelersimon and email me at michele ( at ) eatdrinkpolitics.com.",
            ),
            (
                "a version some day. ____ jukin media verified * for licensing / permission to \
                 use: contact - licensing( at ) jukinmediadotcom",
                "____ jukin media verified * for licensing / permission to use: contact - \
                 licensing( at ) jukinmediadotcom",
            ),
            (
                "feel free to email me at birdabroadblog [ at ] gmail [ dot ] com. ***** the news.",
                "feel free to email me at birdabroadblog [ at ] gmail [ dot ] com.",
            ),
        ] {
            let lower = text.to_ascii_lowercase();
            let got = cut(&lower);
            assert_eq!(got, vec![line.to_ascii_lowercase()], "{text}");
        }
    }

    #[test]
    fn an_address_inside_a_news_sentence_stays() {
        for text in [
            "romney used the address \" mittromney@hotmail.com \" to communicate with his staff.",
            "people can e-mail sanford.florida@usdoj.gov if they have thoughts on the case.",
            "the statistical code is available from dr. Bazzano ( e-mail, lbazzano@tulane.edu ) \
             on request.",
            "linda shaw: 206-464-2359 or lshaw@seattletimes.com information in this article was \
             corrected.",
            // A handle is no address, and a long sentence without a contact's word is prose.
            "she thanked her fans at the show in a post to @taylorswift13.",
            "hoell said anyone with information on the ring can email him directly at \
             phoell@germantownpolice.org.",
            "the hackers who broke into the company's servers over the summer then sent their \
             demands for payment from the anonymous account evil@proton.me.",
        ] {
            assert!(cut(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_press_release_header_goes_through_its_address_and_phone() {
        // Multi-News val: press releases glued into one paragraph (thirty-sixth round).
        for (text, header) in [
            (
                "new charges related to suicide attempt for immediate release, july 28, 2016 \
                 contact: christina dipasquale, christina@balestramedia.com, 202.716.1953 u.s \
                 government has abused her.",
                "for immediate release, july 28, 2016 contact: christina dipasquale, \
                 christina@balestramedia.com, 202.716.1953",
            ),
            (
                "share for immediate release contact: 212-549-2666, media@aclu.org new york – \
                 in the first-ever study of people serving life without parole, the aclu found.",
                "for immediate release contact: 212-549-2666, media@aclu.org",
            ),
            (
                "for immediate release contact: jane roe / state university sociology \
                 jroe@gmail.com / 206 375 4139 parents ' happiness deficit: must parents choose?",
                "for immediate release contact: jane roe / state university sociology \
                 jroe@gmail.com / 206 375 4139",
            ),
            (
                "gun violence for immediate release may 16, 2013 contact: media [ at ] \
                 bradynetwork [ dot ] org washington, dc – the center filed a lawsuit today.",
                "for immediate release may 16, 2013 contact: media [ at ] bradynetwork [ dot ] org",
            ),
        ] {
            assert_eq!(cut(text), vec![header], "{text}");
        }
        // Without `contact:` the label is a sentence's words.
        let text =
            "the memo was marked for immediate release and sent to press@state.gov on monday.";
        assert!(cut(text).is_empty());
    }

    #[test]
    fn a_title_s_or_an_extension_s_period_does_not_start_the_line() {
        for line in [
            "statistical code: available from dr. bazzano ( e-mail, lbazzano@tulane.edu ).",
            "news release professor gruteser may be contacted at 732-932-6857, ext. 649 or \
             gruteser@winlab.rutgers.edu.",
        ] {
            assert_eq!(cut(&format!("the study ended. {line}")), vec![line]);
        }
    }
}
