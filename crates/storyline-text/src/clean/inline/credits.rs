//! A photographer's **credit joined to a picture agency by a slash**, glued into the prose where
//! the photo was: `Name/AP`, `Name/Reuters`, `Name/EPA-EFE/Shutterstock`, `Name/WireImage`,
//! `Name/Bloomberg News`, a video's `( Name, Name/The Washington Post )`.
//!
//! - opening a sentence (or after a credit label: `Photo by albert gea/reuters there was a time
//!   …`), before the lead or the caption's next sentence: `… coach joe paterno. Matt rourke/ap
//!   jerry sandusky rested his elbows …`, `Kevin mazur/wireimage the " piano man " singer …`;
//! - in round brackets, alone: `( sergei ilnitsky/epa-efe/shutterstock )`, `( claritza
//!   jimenez, gillian brockell/the washington post )`.
//!
//! - a **`credit:` label glued after a caption** (`… depicted in this model.credit: christopher
//!   rynn/university of dundee a female who died …`, `… she says credit: george burns/harpo
//!   productions, inc. lindsay lohan's …`, `officer antwan toneycredit: gwinnett police
//!   department gwinnett police chief …`), when the credit's end shows: a clause's first word
//!   after a slashed name, a quote opening the lead, a company's `inc.`, or words repeated
//!   right after it (the credit's first word, the two words before the label, its own last
//!   two). At a sentence start the label is the lead's labels pass's (`lead_labels`).
//!
//! - a **credit naming its agency after `via`** opening a sentence, before the lead: `… the
//!   trucks that carried them. Horry county sheriff's office via ap mcdowell, also known as
//!   benji, met …`, `Reliance industries/handout via reuters isha ambani, 27, …`, `City of
//!   roseville via ap sammy duran, 32, surrendered …` (see [`via_credits`]).
//!
//! After every other pass (`late`), which may name them better:
//!
//! - a **slashed credit in round brackets at a sentence start** whatever its owner (`( brian
//!   bowman/twitter )`, `( epa/str )`, `( john carl d ' annibale / times union )`): 43 cuts in
//!   val, 107 in train clusters 1–10,000, all credits (see [`slashed_bracket_at`]);
//! - a **wire report's sign-off in brackets** too long for the credit-only sentence test (`(
//!   reporting by …; editing by … )`, see [`sign_offs`]);
//! - a **byline without its names**, `by of the`, and the `credit:` credit before it (`Credit:
//!   mark hoffman by of the tommy thompson won …`, see [`dropped_bylines`]);
//! - a **`Courtesy` credit before a quotation** (`Courtesy kayla gaytan "they say …`, see
//!   [`courtesy_quotes`]).
//!
//! The agency ends the slashed chain ([`AGENCIES`]; other words may stand between, `evan
//! agostini/invision/ap/tt`), and AP's `photo` or a `file` mark may follow it. The name is one
//! to [`NAME_MAX_WORDS`] words of letters that are no function words, back to the sentence's
//! start: glued after a headline its start does not show, and it stays. Getty's credits have
//! their own passes (`getty_credits`, `bare_getty`), and `Name / AP` with spaces too
//! (`wire_slash_credits`); a poll named for its partners (`Cbs/ap poll`) is prose.

use super::super::BlockKind;
use super::super::lexicon::{FUNCTION_WORDS, contains};
use super::{Cut, Para, sentence_start};
use crate::span::offset_in;

/// Picture agencies and papers that end a photographer's slashed credit, longest first where
/// one opens another.
pub(super) const AGENCIES: [&str; 36] = [
    "the washington post",
    "usa today sports",
    "usa today network",
    "usa today",
    "the new york times",
    "bloomberg news",
    "bloomberg",
    "associated press",
    "ap images",
    "ap",
    "reuters",
    "afp",
    "epa-efe",
    "epa",
    "shutterstock",
    "rex features",
    "rex",
    "redferns",
    "filmmagic",
    "wireimage",
    "invision",
    "pa wire",
    "pa",
    "zuma press",
    "zuma",
    "corbis",
    "sipa usa",
    "sipa",
    "splash news",
    "xinhua",
    "anadolu agency",
    "nurphoto",
    "polaris",
    "dpa",
    "tt",
    "abaca",
];

/// What may follow the agency in the credit: AP's `photo` and a file picture's mark.
const AGENCY_TAILS: [&str; 4] = [" file photo", " photo", ", file", " file"];

/// Words after a slashed pair that make it prose: a poll or report named for its partners.
const PROSE_AFTER: [&str; 8] = [
    "poll", "polls", "survey", "surveys", "report", "reports", "analysis", "study",
];

/// Labels that may open the credit at a sentence start (`Photo by Name/Reuters`).
const LABELS: [&str; 6] = [
    "photo by",
    "photo:",
    "photos:",
    "photograph:",
    "image:",
    "picture:",
];

/// Words of the photographer's name before the slash, at most (`david paul morris`).
const NAME_MAX_WORDS: usize = 4;

/// Words of the names in a bracketed credit, at most (three people and their commas).
const BRACKET_MAX_WORDS: usize = 8;

/// The reason of a credit's cut opening a sentence.
const OPENING: &str = "photo credit opening a sentence (Name/AP, Name/Reuters, Name/WireImage)";

/// The reason of a bracketed credit's cut.
const BRACKETED: &str = "photo credit in brackets (( Name/EPA-EFE/Shutterstock ))";

/// Finds the slashed credits and glued `credit:` credits in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if super::holds!(l, "credit:") {
        labelled(l, cuts);
    }
    let l: &str = l;
    let mut from = 0;
    for slash in memchr::memchr_iter(b'/', l.as_bytes()) {
        if slash < from {
            continue;
        }
        if let Some(cut) = credit_at(l, slash, cuts) {
            from = cut.1;
            cuts.push(cut);
        }
    }
}

/// Finds the credits that other passes may name better, after them (a bracket's `( credit:
/// Name )` label, a Reuters credit, a short sign-off that is a sentence of its own): wire
/// reports' sign-offs in brackets, bylines without their names, `Courtesy` credits before a
/// quotation and slashed credits in brackets at a sentence start.
pub(super) fn late(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if super::holds!(l, "by ") {
        sign_offs(l, cuts);
        dropped_bylines(l, cuts);
    }
    let l: &str = l;
    courtesy_quotes(l, cuts);
    let mut from = 0;
    for slash in memchr::memchr_iter(b'/', l.as_bytes()) {
        if slash < from {
            continue;
        }
        if let Some(cut) = slashed_bracket_at(l, slash, cuts) {
            from = cut.1;
            cuts.push(cut);
        }
    }
}

/// Words of a wire report's sign-off in brackets, at most (`( reporting by ayman al-warfalli in
/// benghazi; feras bosalum in tripoli; writing by patrick markey; editing by … )`).
const SIGN_OFF_MAX_WORDS: usize = 40;

/// The credits after the reporters' that close a wire report's sign-off (`editing by`).
const SIGN_OFF_ROLES: [&str; 3] = ["editing by ", "writing by ", "compiled by "];

/// The reason of a wire report's sign-off's cut.
const SIGN_OFF: &str =
    "wire report's sign-off in brackets (( reporting by Name; editing by Name ))";

/// A **wire report's sign-off in round brackets**: `( reporting by kim dixon and thomas ferraro;
/// editing by doina chiacu )`, `( additional reporting by …; editing by … )`, `( reporting by
/// david schwartz in phoenix; writing by curtis skinner; editing by daniel wallis )`. The
/// bracket opens on the reporters' credit and names an editor's or writer's role
/// ([`SIGN_OFF_ROLES`]) too, within [`SIGN_OFF_MAX_WORDS`] words and with no quotation inside;
/// it closes, or the paragraph ends (a sign-off cut short). The sentences' credit-only test
/// (`notices::credit_line`) takes the short ones; these are longer than it reads. Prose that
/// cites reporting in brackets names no editor (`( reporting by the times found … )`).
fn sign_offs(l: &str, cuts: &mut Vec<Cut>) {
    for at in super::occurrences!(l, "reporting by ") {
        let head = l[..at].trim_end();
        let head = head.strip_suffix("additional").unwrap_or(head).trim_end();
        let Some(open) = head.strip_suffix('(').map(str::len) else {
            continue;
        };
        let inner = &l[at..];
        let end = match inner.find([')', '(', '"']) {
            Some(e) if inner.as_bytes()[e] == b')' => at + e + 1,
            Some(_) => continue,
            None => l.trim_end().len(),
        };
        let credit = &l[at..end];
        if credit.split_whitespace().count() > SIGN_OFF_MAX_WORDS
            || !SIGN_OFF_ROLES.iter().any(|r| credit.contains(r))
            || super::overlaps(cuts, open, end)
        {
            continue;
        }
        cuts.push((open, end, BlockKind::Byline, SIGN_OFF));
    }
}

/// What is left of a byline whose writer's and paper's names the page dropped (the Milwaukee
/// Journal Sentinel's `By [writer] of the [paper]`), with its share button before it.
const DROPPED_BYLINES: [&str; 2] = ["share by of the ", "by of the "];

/// Words of a `credit:` credit before a [`dropped_bylines`] byline, at most (`credit: dan henry
/// / chattanooga times free press via ap share by of the`).
const DROPPED_CREDIT_MAX_WORDS: usize = 10;

/// The reason of a dropped byline's cut.
const DROPPED_BYLINE: &str =
    "byline without its names, and a photo credit before it (Credit: Name by of the)";

/// A **byline without its names** where a sentence starts (`Share by of the a milwaukee man was
/// pronounced dead …`), and with it a `credit:` credit that opens the sentence before it: `…
/// early friday morning. Credit: associated press by of the madison - after a bitter …`,
/// `Credit: mark hoffman by of the tommy thompson won …`, `Credit: rick wood share by of the
/// madison — …`. `by of the` is no prose (`a fly-by of the earth`, `a publication by of the
/// secretary` hold it inside a sentence, and stay), and it ends the credit, whose name has no
/// end that shows otherwise. The lead after it stays.
fn dropped_bylines(l: &str, cuts: &mut Vec<Cut>) {
    for at in super::occurrences!(l, "by of the ") {
        let Some(byline) = DROPPED_BYLINES.iter().find(|b| {
            let b = &b[..b.len() - "by of the ".len()];
            at >= b.len()
                && l[..at].ends_with(b)
                && (at == b.len() || {
                    let c = l.as_bytes()[at - b.len() - 1];
                    !c.is_ascii_alphanumeric() && c != b'-'
                })
        }) else {
            continue;
        };
        let start = at + "by of the ".len() - byline.len();
        let end = at + "by of the".len();
        // The credit before it: a `credit:` label at a sentence start and a few words with no
        // stop among them.
        let credit = l[..start].rfind("credit: ").filter(|&c| {
            let name = &l[c + "credit: ".len()..start];
            sentence_start(l, c)
                && name.split_whitespace().count() <= DROPPED_CREDIT_MAX_WORDS
                && !name.contains(['.', '?', '!', '"'])
        });
        let start = match credit {
            Some(c) => c,
            None if sentence_start(l, start) => start,
            None => continue,
        };
        if !super::overlaps(cuts, start, end) {
            cuts.push((start, end, BlockKind::Byline, DROPPED_BYLINE));
        }
    }
}

/// Words of the name in a [`courtesy_quotes`] credit, at most (`courtesy of the hadden family`).
const COURTESY_NAME_MAX_WORDS: usize = 4;

/// The reason of a `Courtesy` credit's cut before a quotation.
const COURTESY: &str =
    "courtesy credit opening a sentence before a quotation (Courtesy of Name \" …)";

/// A **`Courtesy` credit opening a sentence, glued before a quotation** that opens the next
/// sentence: `… at leon county jail in tallahassee on friday night. Courtesy of leon county jail
/// " i found the women to be very credible, " meggs said.`, `Courtesy kayla gaytan "they say i
/// have …`, `Courtesy of silversea "witnessing …`. The name, one to
/// [`COURTESY_NAME_MAX_WORDS`] words of letters with no function word but a first `the`, ends
/// where the quotation opens; before any other word its end does not show (`Courtesy of cbs
/// on thursday, charlie sheen …`), and it stays.
fn courtesy_quotes(l: &str, cuts: &mut Vec<Cut>) {
    for at in super::occurrences!(l, "courtesy ") {
        if !sentence_start(l, at) {
            continue;
        }
        let mut body = at + "courtesy ".len();
        if l[body..].starts_with("of ") {
            body += "of ".len();
        }
        let mut end = None;
        for (k, (w_at, w)) in super::tokens(l, body).enumerate() {
            if k > 0 && w.starts_with(['"', '“']) {
                if let Some(end) = end
                    && !super::overlaps(cuts, at, end)
                {
                    cuts.push((at, end, BlockKind::Caption, COURTESY));
                }
                break;
            }
            let name = name_word(w) || (k == 0 && w == "the");
            if k >= COURTESY_NAME_MAX_WORDS || !name || w.ends_with('.') {
                break;
            }
            end = Some(w_at + w.len());
        }
    }
}

/// Words inside a [`slashed_bracket_at`] credit, at most (`( ed wasserman and victor
/// navarro/department of psychological and brain sciences )` has ten).
const SLASHED_BRACKET_MAX_WORDS: usize = 12;

/// Bytes between a [`slashed_bracket_at`] credit's bracket and its first slash, at most: a cheap
/// bound before the words are read.
const SLASHED_BRACKET_MAX_BYTES: usize = 100;

/// Function words an owner's name in a slashed credit holds (`the washington post`, `office of
/// the governor`, `national science foundation via reuters`, `for the press enterprise`,
/// `jason doiy/the recorder via associated press`): any other makes the bracket prose.
const OWNER_FUNCTION_WORDS: [&str; 5] = ["the", "of", "and", "for", "via"];

/// Pollsters, whose name joined to a paper's by a slash names a poll, not a photo (`(
/// reuters/ipsos )`).
const POLLSTERS: [&str; 10] = [
    "ipsos",
    "gfk",
    "norc",
    "orc",
    "marist",
    "yougov",
    "suffolk",
    "quinnipiac",
    "gallup",
    "rasmussen",
];

/// The reason of a slashed credit's cut in brackets at a sentence start.
const SLASHED_BRACKET: &str =
    "slashed photo credit in brackets at a sentence start (( name/owner ), ( owner / name ))";

/// A **photo credit in round brackets at a sentence start** whose parts a slash joins, whatever
/// the owner (the agencies of [`AGENCIES`] end the chain of [`credit_at`]'s bracketed credits;
/// others stood): `… twitter conversation monday night. ( brian bowman/twitter ) the winnipeg
/// police …`, `( epa/str )`, `( xinhua/yao qilin )`, `( elizabeth brumley/las vegas
/// review-journal )`, `( john carl d ' annibale / times union )`, `( mel evans / associated press
/// / )`, `( washington post staff photo/andrea bruce )`, `( georgios kefalas/ap/keystone )`. The
/// bracket opens a sentence (after a caption's stop, or the paragraph's start) and holds one to
/// [`SLASHED_BRACKET_MAX_WORDS`] words of letters, no function word but an owner's
/// ([`OWNER_FUNCTION_WORDS`]), no digit, no stop but after an initial, an abbreviation or the
/// last word, a label's colon only after the first word (`( source: waow/cnn )`), and no slashed
/// part of one letter (a hat tip's `h/t`, a ticker's `brk/a`) or a pollster's ([`POLLSTERS`]: `(
/// reuters/ipsos )` names a poll); no dateline's dash follows it.
/// Only the bracket goes: the caption before it may be the article's sentence. A bracket that
/// is the whole paragraph (`(Photo/Xinhua)`) is left to the line classifier, which names it.
fn slashed_bracket_at(l: &str, slash: usize, cuts: &[Cut]) -> Option<Cut> {
    let head = &l[l.floor_char_boundary(slash.saturating_sub(SLASHED_BRACKET_MAX_BYTES))..slash];
    let open = slash - head.len() + head.rfind(['(', ')'])?;
    let close = slash + l[slash..].find(['(', ')'])?;
    if l.as_bytes()[open] != b'(' || l.as_bytes()[close] != b')' {
        return None;
    }
    let after = l[close + 1..].trim_start();
    // A bracket that is the whole paragraph is the line classifier's to name.
    if !sentence_start(l, open)
        || (l[..open].trim().is_empty() && after.is_empty())
        || after.starts_with(['-', '—', '–'])
        || super::overlaps(cuts, open, close + 1)
    {
        return None;
    }
    let words: Vec<&str> = l[open + 1..close].split_whitespace().collect();
    if words.is_empty() || words.len() > SLASHED_BRACKET_MAX_WORDS {
        return None;
    }
    let last = words.len() - 1;
    for (k, w) in words.iter().enumerate() {
        let mut w = w.trim_end_matches(',');
        if k == 0 && words.len() > 1 {
            w = w.strip_suffix(':').unwrap_or(w);
        }
        if k == last {
            w = w.strip_suffix('.').unwrap_or(w);
        }
        // Multi-News spaces a name's apostrophe (`d ' annibale`, `o ' brien`).
        if matches!(w, "&amp;" | "/" | "'") {
            continue;
        }
        let slashed = w.contains('/');
        for part in w.split('/').filter(|p| !p.is_empty()) {
            let letters = part.chars().filter(|c| c.is_alphabetic()).count();
            let plain = part
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'));
            // A stop only in an initial or an abbreviation (`d.`, `u.s.`, `jr.`).
            let stop = part.ends_with('.') && letters > 3 && part.matches('.').count() == 1;
            let function = contains(FUNCTION_WORDS, part) && !OWNER_FUNCTION_WORDS.contains(&part);
            if !plain
                || letters == 0
                || stop
                || function
                || (slashed && letters < 2)
                || POLLSTERS.contains(&part)
            {
                return None;
            }
        }
    }
    Some((open, close + 1, BlockKind::Caption, SLASHED_BRACKET))
}

/// USA Today's photo button before its credit, opening the paragraph (`Enlarge by …`).
const ENLARGE_BY: &str = "enlarge by ";

/// Words of a caption after an `Enlarge by` credit that runs to the paragraph's end, at most.
const ENLARGE_CAPTION_MAX_WORDS: usize = 40;

/// The reason of an `Enlarge by` caption's cut.
const ENLARGE: &str = "photo button, credit and caption (Enlarge by Name, owner caption)";

/// USA Today's **photo button with its credit and caption** opening a paragraph: `Enlarge by
/// robert hanashiro, usa today new mom: sandra bullock brought home baby louis from new
/// orleans in january. Enlarge talk about being blindsided. …`, `Enlarge by liam daniel, ap
/// shall we dance? zac efron and claire danes take a turn …`. The photographer's name (one to
/// [`NAME_MAX_WORDS`] words) ends on a comma; the owner's name after it has no mark where it
/// ends and the caption starts, so the caption goes with it: through the lone `Enlarge` button
/// that follows it after a stop (the lead comes next), to another pass's cut after a stop (a
/// review's `About the movie` box), or to the paragraph's end, all within
/// [`ENLARGE_CAPTION_MAX_WORDS`] words. Otherwise it stays. Run after the other passes, whose
/// cuts it reads.
pub(super) fn enlarge_credits(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !super::holds!(l, "by ") {
        return;
    }
    let l: &str = l;
    let start = l.len() - l.trim_start().len();
    let Some(rest) = l[start..].strip_prefix(ENLARGE_BY) else {
        return;
    };
    // The name, to its comma.
    let mut named = None;
    for (k, w) in rest.split(' ').take(NAME_MAX_WORDS).enumerate() {
        let word = w.strip_suffix(',');
        if !name_word(word.unwrap_or(w)) {
            return;
        }
        if word.is_some() {
            named = (k > 0).then(|| offset_in(l, w) + w.len());
            break;
        }
    }
    let Some(credit) = named else {
        return;
    };
    let caption = &l[credit..];
    // Where the caption ends: the button after it, another cut after its stop, the paragraph.
    let button = super::occurrences!(caption, ". enlarge ")
        .next()
        .map(|at| credit + at + ". enlarge".len());
    let cut = cuts
        .iter()
        .map(|c| c.0)
        .filter(|&c| c > credit && l[..c].trim_end().ends_with(['.', '?', '!']))
        .min()
        .map(|c| l[..c].trim_end().len());
    let end = [button, cut]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(l.trim_end().len());
    if l[credit..end].split_whitespace().count() > ENLARGE_CAPTION_MAX_WORDS {
        return;
    }
    if !super::overlaps(cuts, start, end) {
        cuts.push((start, end, BlockKind::Caption, ENLARGE));
    }
}

/// Length of the agency opening `r` when it ends a word there; Getty's among them when `getty`.
fn agency_len(r: &str, getty: bool) -> Option<usize> {
    let getty = if getty { &GETTY[..] } else { &[] };
    AGENCIES
        .iter()
        .chain(getty)
        .find(|a| r.starts_with(*a) && !r[a.len()..].starts_with(|c: char| c.is_alphanumeric()))
        .map(|a| a.len())
}

/// End of the slashed chain whose first `/` is at `slash` when an agency ends it, and any
/// tail after it: `/ap`, `/epa-efe/shutterstock`, `/invision/ap/tt`, `/ap photo`. With `getty`,
/// Getty's name ends a chain too (`/ redferns / getty`).
fn chain_end(l: &str, slash: usize, getty: bool) -> Option<usize> {
    let mut q = slash + 1;
    loop {
        q += l[q..].len() - l[q..].trim_start_matches(' ').len();
        let r = &l[q..];
        // The next link of the chain, if any: `/` or ` / ` right after this segment.
        let link = |e: usize| {
            let after = &l[e..];
            let t = after.trim_start_matches(' ');
            (t.starts_with('/') && after.len() - t.len() <= 1).then(|| l.len() - t.len())
        };
        if let Some(n) = agency_len(r, getty) {
            let e = q + n;
            if let Some(next) = link(e) {
                q = next + 1;
                continue;
            }
            let mut end = e;
            if let Some(tail) = AGENCY_TAILS.iter().find(|t| {
                l[e..].starts_with(*t)
                    && !l[e + t.len()..].starts_with(|c: char| c.is_alphanumeric())
            }) {
                end += tail.len();
            }
            // More of the chain after a space (`graylock/abaca press/mct/newscom`).
            for (t_at, t) in super::tokens(l, end).take(2) {
                if t_at > end + 1
                    || !t.contains('/')
                    || !t
                        .bytes()
                        .all(|b| b.is_ascii_alphabetic() || b == b'/' || b == b'-')
                {
                    break;
                }
                end = t_at + t.len();
            }
            return Some(end);
        }
        // Another word of the chain (`variety`, `bfc`): only letters, then a link.
        let n = r
            .bytes()
            .take_while(|b| b.is_ascii_alphabetic() || *b == b'-')
            .count();
        if n == 0 {
            return None;
        }
        q = link(q + n)? + 1;
    }
}

/// True when the token `w` can be a word of a photographer's name.
fn name_word(w: &str) -> bool {
    w.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
        && w.chars().any(char::is_alphabetic)
        // A stop only in an initial or a short abbreviation (`m.`, `jr.`), not an address.
        && (!w.contains('.') || w.len() <= 4)
        && !contains(FUNCTION_WORDS, w)
}

/// Agencies a credit names after `via` ([`via_credits`]), longest first where one opens
/// another.
const VIA_AGENCIES: [&str; 6] = [
    "associated press",
    "getty images",
    "ap",
    "reuters",
    "afp",
    "epa",
];

/// Words of the source a `via` credit names before its agency, at most (`horry county
/// sheriff's office`, `mikayla whitmore/las vegas sun`).
const VIA_NAME_MAX_WORDS: usize = 5;

/// Words of the lead after a `via` credit, at least: a credit that ends its paragraph is a
/// caption's, which other passes read.
const VIA_LEAD_MIN_WORDS: usize = 6;

/// The reason of a `via` credit's cut.
const VIA: &str = "photo credit opening a sentence (Name via AP, Name/handout via Reuters)";

/// A **credit naming its agency after `via`** where a sentence starts, glued before the lead or
/// the next caption: the source (a photographer and a paper, a police department, a company's
/// handout: one to [`VIA_NAME_MAX_WORDS`] words of letters, slashes and possessives, no
/// function word but `of`, no past form) and `via` and an agency of [`VIA_AGENCIES`], before a
/// word that is no verb. `Photos obtained via ap show …` (a past form) and `The video, via
/// reuters, shows …` (a comma) are prose; so is an agency the sentence's subject's verb follows
/// (`Officials via reuters said …`).
pub(super) fn via_credits(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let l: &str = l;
    for v in super::occurrences!(l, " via ") {
        let r = &l[v + " via ".len()..];
        let Some(agency) = VIA_AGENCIES
            .iter()
            .find(|a| r.starts_with(*a) && r[a.len()..].starts_with(' '))
        else {
            continue;
        };
        let end = v + " via ".len() + agency.len();
        let mut lead = l[end..].split_ascii_whitespace();
        let next = lead.next().unwrap_or("");
        if super::may_be_verb(next) || lead.nth(VIA_LEAD_MIN_WORDS - 2).is_none() {
            continue;
        }
        // The source, word by word back from `via` to where a sentence starts.
        let mut start = None;
        for (k, w) in l[..v].split(' ').rev().enumerate() {
            let source_word = w.bytes().any(|b| b.is_ascii_lowercase())
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || matches!(b, b'/' | b'\'' | b'-' | b'.'))
                && (w == "of" || !contains(FUNCTION_WORDS, w))
                && !w.ends_with("ed");
            if k >= VIA_NAME_MAX_WORDS || !source_word {
                break;
            }
            let at = offset_in(l, w);
            if sentence_start(l, at) && w != "of" {
                start = Some(at);
                break;
            }
        }
        if let Some(start) = start
            && !super::overlaps(cuts, start, end)
        {
            cuts.push((start, end, BlockKind::Caption, VIA));
        }
    }
}

/// Wire agencies whose credit stands before their story's dateline without `by` (`The
/// canadian press montreal -- …`): the word before `press`.
const PRESS_AGENCIES: [&str; 2] = ["canadian", "associated"];

/// Words of a dateline's place at most between an agency's credit and its dash (`… press
/// victoria --`, `… press kansas city, mo. —`).
const PRESS_PLACE_WORDS: usize = 4;

/// A **wire agency's credit before its story's dateline**, printed without `by`: `The canadian
/// press montreal -- a class action …`, a writer's name before it (`Lauren krugel, the canadian
/// press calgary -- a woman …`) or a photographer's after a slash (`… may 23, 2012. The canadian
/// press/ryan remiorz montreal - the staggering …`). The credit opens a sentence, and one to
/// [`PRESS_PLACE_WORDS`] words of a place and a dash follow it, which the dateline's test after a
/// cut takes for a place (`datelines::after_late_cuts`): both go. An agency named in prose (`…
/// told the canadian press in 2014`) opens no sentence, and one before a dash with no place
/// between (`The associated press — which …`) is the sentence's subject.
pub(super) fn press_agencies(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    // The dateline's dash is a cue; ` press` is not, so it is searched only where a dash shows.
    if !(super::holds!(l, " -") || super::holds!(l, "—") || super::holds!(l, "–")) {
        return;
    }
    for at in super::occurrences!(l, " press") {
        let head = &l[..at];
        let Some(agency) = head
            .split_whitespace()
            .next_back()
            .filter(|w| PRESS_AGENCIES.contains(w) && head.ends_with(*w))
        else {
            continue;
        };
        let mut start = offset_in(l, agency);
        if let Some(the) = l[..start].split_whitespace().next_back()
            && the == "the"
        {
            start = offset_in(l, the);
        }
        let Some(open) = credit_opening(l, start) else {
            continue;
        };
        let mut end = at + " press".len();
        let slashed = l[end..].starts_with('/');
        if slashed {
            // The photographer's first and last names: the place follows them.
            let name: Vec<&str> = l[end + 1..].split_whitespace().take(2).collect();
            if name.len() < 2 || !name.iter().all(|w| name_word(w)) {
                continue;
            }
            end = offset_in(l, name[1]) + name[1].len();
        } else if !l[end..].starts_with(char::is_whitespace) {
            continue;
        }
        let words: Vec<&str> = l[end..]
            .split_whitespace()
            .take(PRESS_PLACE_WORDS + 2)
            .collect();
        let dash = words
            .iter()
            .position(|w| matches!(*w, "--" | "—" | "–" | "-"));
        let placed = dash.is_some_and(|d| {
            (1..=PRESS_PLACE_WORDS).contains(&d)
                && d + 1 < words.len()
                && words[..d]
                    .iter()
                    .all(|w| name_word(w.trim_end_matches(',')))
        });
        if !placed || super::overlaps(cuts, open, end) {
            continue;
        }
        let credit = if slashed {
            (
                open,
                end,
                BlockKind::Caption,
                "photo credit before a dateline (The canadian press/Name montreal -)",
            )
        } else {
            (
                open,
                end,
                BlockKind::Byline,
                "wire agency's credit before its dateline (The canadian press montreal --)",
            )
        };
        // Only where the dateline's test takes the words after it for a place (`The associated
        // press report -- drawn from recordings …` is a sentence's subject and its aside).
        let mut both = vec![credit];
        super::datelines::after_late_cuts(l, &mut both);
        if both.len() == 2 {
            cuts.append(&mut both);
        }
    }
}

/// Where an agency's credit at `start` opens: there when a sentence opens there, or at its
/// writer's name of two or three words before a comma (`Lauren krugel, the canadian press`).
fn credit_opening(l: &str, start: usize) -> Option<usize> {
    if sentence_start(l, start) {
        return Some(start);
    }
    let before = l[..start].trim_end().strip_suffix(',')?;
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    (2..=words.len()).find_map(|k| {
        let first = offset_in(l, words[k - 1]);
        (words[..k].iter().all(|w| name_word(w)) && sentence_start(l, first)).then_some(first)
    })
}

/// The credit whose first slash is at `slash`, when it is one (see the module's doc).
fn credit_at(l: &str, slash: usize, cuts: &[Cut]) -> Option<Cut> {
    let end = chain_end(l, slash, false)?;
    let head = l[..slash].trim_end_matches(' ');
    let after = l[end..].trim_start();
    let next = after.split_ascii_whitespace().next().unwrap_or("");
    // A poll named for its partners; a credit that goes on after a comma (`evan
    // agostini/invision/ap/tt, unsplash a house …`) has no end that shows.
    if PROSE_AFTER.contains(&next.trim_end_matches([',', '.']))
        || after.starts_with([',', ';', ':'])
    {
        return None;
    }
    // The name, word by word back from the slash.
    let mut p = head.len();
    for k in 0..BRACKET_MAX_WORDS {
        let h = l[..p].trim_end();
        // A bracket opens the credit: it must close right after it.
        if let Some(open) = h.strip_suffix('(')
            && k > 0
        {
            // Where a sentence starts, and not a dateline's agency (`roselle park, n.j. (
            // cbsnewyork/ap ) —`).
            let rest = after.strip_prefix(')')?;
            let dash = rest.trim_start().starts_with(['-', '—', '–']);
            let at = open.len();
            return (sentence_start(l, at) && !dash).then_some((
                at,
                l.len() - rest.len(),
                BlockKind::Caption,
                BRACKETED,
            ));
        }
        if k > 0
            && (sentence_start(l, p) || super::stamps::after_cut(l, cuts, p))
            && k <= NAME_MAX_WORDS
            && !initial_before(l, p)
        {
            return Some((p, end, BlockKind::Caption, OPENING));
        }
        if k > 0
            && let Some(label) = LABELS.iter().find(|lab| h.ends_with(*lab))
        {
            let at = h.len() - label.len();
            let opens = sentence_start(l, at) && !l[..at].ends_with(|c: char| c.is_alphanumeric());
            return (opens && k <= NAME_MAX_WORDS).then_some((
                at,
                end,
                BlockKind::Caption,
                OPENING,
            ));
        }
        let w_at = h.len() - h.rsplit(char::is_whitespace).next().map_or(0, str::len);
        let w = &h[w_at..];
        // Names in brackets are joined by commas (`claritza jimenez, gillian brockell`).
        if !name_word(w.strip_suffix(',').unwrap_or(w)) || (k == 0 && w.ends_with(',')) {
            return None;
        }
        p = w_at;
    }
    None
}

/// Getty's names, which end a credit after a headline ([`headline_credit`]); at a sentence
/// start Getty's credits are their own passes' (`getty_credits`, `bare_getty`).
const GETTY: [&str; 2] = ["getty images", "getty"];

/// Words of a page's headline before its photo's credit (the name's words with it), at least
/// and at most (the longest read in val: 21).
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 4..=30;

/// Bytes before the slash of a credit after a headline, at most: a cheap bound before the words
/// are counted.
const HEADLINE_MAX_BYTES: usize = 240;

/// Words of the lead after a headline's credit, at least: a paragraph that ends soon after the
/// slash is a caption or a list, not a headline over its lead.
const HEADLINE_LEAD_MIN_WORDS: usize = 6;

/// Outlets that name a poll or a report with AP (`the cbs/ap poll`, `an nbc/ap count`): the
/// word before the slash then is no photographer's.
const OUTLETS: [&str; 12] = [
    "abc", "ap", "cbs", "cnn", "fox", "gfk", "ipsos", "msnbc", "nbc", "norc", "npr", "pbs",
];

/// Labels that open a credit after a headline ([`headline_credit`]).
const HEADLINE_LABELS: [&str; 7] = [
    "photo:",
    "photos:",
    "image:",
    "picture:",
    "photograph:",
    "credit:",
    "photographer:",
];

/// Words of a photo's label (`photo:`, `photograph by`): one opening the paragraph makes it a
/// credit, not a headline.
const PHOTO_WORDS: [&str; 6] = [
    "photo",
    "photos",
    "photograph",
    "image",
    "picture",
    "credit",
];

/// The reason of a labelled credit's cut after a headline.
const LABELLED_CREDIT: &str = "photo credit after a label (photo: Name, Agency)";

/// The reason of a headline's cut with its photo's credit.
const HEADLINE: &str =
    "page headline with its photo credit before the lead (Headline Name/AP lead …)";

/// Finds a page's headline with its photo's credit opening `l` (one lower-cased paragraph),
/// after every other pass: a cut of theirs across it (a caption's label, a photo widget) names
/// the text better, and the headline then stays as they left it.
pub(super) fn headlines(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let l: &str = l;
    let head = &l.as_bytes()[..l.len().min(HEADLINE_MAX_BYTES + 1)];
    for slash in memchr::memchr_iter(b'/', head) {
        if let Some(cut) = headline_credit(l, slash) {
            if !cuts.iter().any(|c| c.0 < cut.1) {
                cuts.push(cut);
            }
            return;
        }
    }
}

/// A **page headline with its photo's credit** opening the paragraph, before the lead (`When
/// sober, amy winehouse showed a talent that changed pop music jeff christensen/ap amy
/// winehouse was found dead …`, `Gwar frontman dave brockie found dead at 50 gary wolstenholme /
/// redferns / getty dave brockie, frontman …`): the credit's name shows no start, so the cut
/// runs from the paragraph's start, through a headline of [`HEADLINE_WORDS`] words with no
/// sentence end in it, to the credit's end; the lead after it stays. The headline's facts are
/// the lead's own, which follows.
fn headline_credit(l: &str, slash: usize) -> Option<Cut> {
    if slash > HEADLINE_MAX_BYTES {
        return None;
    }
    let end = chain_end(l, slash, true)?;
    let after = l[end..].trim_start();
    let next = after.split_ascii_whitespace().next()?;
    if PROSE_AFTER.contains(&next.trim_end_matches([',', '.']))
        || after.starts_with([',', ';', ':', ')', '.'])
        || after.split_ascii_whitespace().count() < HEADLINE_LEAD_MIN_WORDS
    {
        return None;
    }
    let head = l[..slash].trim_end_matches(' ');
    let words: Vec<&str> = head.split_ascii_whitespace().collect();
    let name = words.last()?;
    if !name_word(name) || OUTLETS.contains(name) || !HEADLINE_WORDS.contains(&words.len()) {
        return None;
    }
    // No sentence ends before the credit: a `?`/`!`, or a stop after a word longer than an
    // initial or abbreviation (`phelan m. ebenhack`, `u.s.`, `inc.` are none).
    let ends = |t: &&str| {
        t.ends_with(['?', '!'])
            || t.strip_suffix('.')
                .is_some_and(|w| w.len() > 3 && !w.contains('.'))
    };
    if words.iter().any(ends) {
        return None;
    }
    // A credit's label a few words before the slash shows where the credit starts (`1, jon
    // stewart image: carolyn kaster / ap photo opinionated, funny …`, a ranked list's item): the
    // label and the credit go, the words before them stay.
    // A label opening the paragraph (`Photograph by david paul morris/bloomberg photograph by
    // …`) makes it no headline: the credit passes name it.
    let photo_word = |w: &str| PHOTO_WORDS.contains(&w.trim_end_matches(':'));
    if photo_word(words[0]) {
        return None;
    }
    let tail = words.len().saturating_sub(NAME_MAX_WORDS + 2);
    let label = (tail..words.len()).rev().find_map(|k| {
        if HEADLINE_LABELS.contains(&words[k]) {
            Some(k)
        } else {
            (words[k] == "by" && k > 0 && photo_word(words[k - 1])).then(|| k - 1)
        }
    });
    if let Some(k) = label {
        let at = offset_in(l, words[k]);
        return Some((at, end, BlockKind::Caption, LABELLED_CREDIT));
    }
    Some((0, end, BlockKind::Headline, HEADLINE))
}

/// The reason of a glued `credit:` credit's cut.
const LABELLED: &str = "photo credit glued after a caption (… credit: Name/Agency)";

/// Words of a glued `credit:` credit, at most.
const LABELLED_MAX_WORDS: usize = 10;

/// Words of a credit's name without a slash, at most, for a `the` after it to end the credit
/// (`credit: ap the portrait shows …`, `credit: thomas whiteside the heat is on!`).
const PLAIN_NAME_MAX_WORDS: usize = 3;

/// Words that open the lead's clause after a slashed credit (`… /university of dundee a female
/// who …`, `…/instagram if there's one …`, `ap/lm otero as exxonmobil's ceo, …`).
const LEAD_OPENERS: [&str; 17] = [
    "a", "an", "the", "he", "she", "it", "they", "we", "i", "if", "in", "when", "this", "his",
    "her", "their", "as",
];

/// Company suffixes whose stop ends a credit (`harpo productions, inc.`).
const COMPANY_STOPS: [&str; 5] = ["inc.", "ltd.", "co.", "corp.", "llc."];

/// `credit:` labels glued after a caption (see the module's doc).
fn labelled(l: &str, cuts: &mut Vec<Cut>) {
    for at in super::occurrences!(l, "credit:") {
        let start = ["picture ", "photo ", "image "]
            .iter()
            .find(|p| l[..at].ends_with(*p))
            .map_or(at, |p| at - p.len());
        let body = at + "credit:".len();
        if !l[body..].starts_with(' ') || cuts.iter().any(|c| c.0 <= at && at < c.1) {
            continue;
        }
        let body = body + 1;
        // In brackets: the separators' credit (`( credit: james martin/cnet )`).
        if l[..start].trim_end().ends_with(['(', '[']) {
            continue;
        }
        // At a sentence start the label is `lead_labels`' to cut, or to keep.
        if sentence_start(l, at) {
            continue;
        }
        // The two words before the label: a caption's name the lead repeats.
        let before: Vec<&str> = l[..start].split_whitespace().rev().take(2).collect();
        if let Some(end) = labelled_end(l, body, &before) {
            cuts.push((start, end, BlockKind::Caption, LABELLED));
        }
    }
}

/// End of a glued `credit:` credit whose name starts at `body`, when it shows; `before` holds
/// the two words before the label, last first.
fn labelled_end(l: &str, body: usize, before: &[&str]) -> Option<usize> {
    let toks: Vec<(usize, &str)> = super::tokens(l, body)
        .take(LABELLED_MAX_WORDS + 2)
        .collect();
    let word = |k: usize| toks.get(k).map(|t| t.1.trim_end_matches(','));
    let (mut slash, mut after_slash, mut plain) = (false, 0, true);
    let mut end = None;
    for (k, &(at, t)) in toks.iter().enumerate().take(LABELLED_MAX_WORDS) {
        // A bracket: another pass's credit, or a teaser after this one.
        if t.starts_with([')', ']', '[', '(']) {
            return None;
        }
        if k > 0 {
            // Repeated right after a short credit: its first word, the caption's name before
            // the label, its own last two words.
            let repeated = k <= REPEAT_MAX_WORDS
                && (word(k) == word(0)
                    || (before.len() == 2
                        && word(k) == Some(before[1])
                        && word(k + 1) == Some(before[0]))
                    || (k >= 2 && word(k) == word(k - 2) && word(k + 1) == word(k - 1)));
            // A short name without a slash ends before `the`, which no name of so few words
            // holds (`credit: burger king the home of the whopper's …`).
            let plain_name_ends = plain && !slash && k <= PLAIN_NAME_MAX_WORDS && t == "the";
            if t.starts_with(['"', '“'])
                || repeated
                || (slash && LEAD_OPENERS.contains(&t))
                || plain_name_ends
            {
                return end;
            }
        }
        // A word of a plain name: letters only, no function word (`and`, `of` make its end
        // unknown).
        plain &= t
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'\'')
            && !contains(FUNCTION_WORDS, t);
        if COMPANY_STOPS.contains(&t) {
            return Some(at + t.len());
        }
        // After the slashed name only an agency's words (`university of dundee`, `the
        // washington post via getty images`) until the lead's clause opens.
        if slash {
            let w = t.trim_end_matches(',');
            after_slash += 1;
            let agency_word = w
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'\'')
                && (!contains(FUNCTION_WORDS, w) || matches!(w, "of" | "and" | "via"));
            if !agency_word || after_slash > AGENCY_MAX_WORDS {
                return None;
            }
        }
        slash |=
            t.contains('/') && !t.contains("://") && t.bytes().any(|b| b.is_ascii_alphabetic());
        end = Some(at + t.trim_end_matches(',').len());
    }
    None
}

/// Words of a glued credit before a repeat that ends it, at most (`credit: gwinnett police
/// department gwinnett …`); a repeat further on is the lead's own (`credit: kim mcdonald, ucsd a
/// southern californian at heart, dorian raymer surfs …` after `dorian raymer`).
const REPEAT_MAX_WORDS: usize = 4;

/// Words of an agency's name after a slashed name in a glued credit, at most.
const AGENCY_MAX_WORDS: usize = 5;

/// True when the word before `p` is a middle initial (`ted s. warren/ap`), whose stop starts no
/// sentence.
fn initial_before(l: &str, p: usize) -> bool {
    l[..p]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|t| t.len() == 2 && t.ends_with('.') && t.as_bytes()[0].is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        super::super::cut_texts(find, s)
    }

    #[test]
    fn a_multi_byte_space_before_a_credit_is_no_word_boundary_to_slice_at() {
        // A no-break space (two bytes) between the words of a credit: the word walk steps
        // over it whole (it sliced one byte after it and panicked, found by `actors_props`).
        for s in [
            "the fire spread. jane\u{a0}doe/ap the blaze was out by noon.",
            "the fire spread. jane\u{a0}doe ( ap ) the blaze was out by noon.",
            "a\u{a0}b\u{a0}c ( photo: x\u{a0}y )",
            "\u{a0}( reuters )",
            "word\u{2003}( getty images ) more",
        ] {
            let _ = cut(s);
            let _ = super::super::find(s);
        }
    }

    fn heads(s: &str) -> Vec<&str> {
        super::super::cut_texts(headlines, s)
    }

    /// USA Today's `Enlarge by` credit goes with its caption, through the lone button after
    /// it or to the paragraph's end; with the lead glued after the caption and no button, or
    /// no comma after the name, it stays.
    #[test]
    fn usa_todays_enlarge_credit_goes_with_its_caption() {
        let cut = |s| super::super::cut_texts(enlarge_credits, s);
        // Multi-News val.
        for (text, want) in [
            (
                "enlarge by robert hanashiro, usa today new mom: sandra bullock brought home baby \
                 louis from new orleans in january. enlarge talk about being blindsided.",
                "enlarge by robert hanashiro, usa today new mom: sandra bullock brought home baby \
                 louis from new orleans in january. enlarge",
            ),
            (
                "enlarge by liam daniel, ap shall we dance? zac efron and claire danes take a turn \
                 on the dance floor in the period drama me and orson welles.",
                "enlarge by liam daniel, ap shall we dance? zac efron and claire danes take a turn \
                 on the dance floor in the period drama me and orson welles.",
            ),
        ] {
            assert_eq!(cut(text), [want], "{text}");
        }
        // To another pass's cut after the caption's stop (a review's box label).
        let l = "enlarge by andrew cooper, paramount pictures strange doings: two detectives at \
                 an insane asylum. about the movie about the movie shutter island * * 1/2 out of \
                 four stars: leonardo dicaprio, mark ruffalo, ben kingsley, emily mortimer, max \
                 von sydow, patricia clarkson, michelle williams, and the film runs long.";
        let boxed = l.find(" about").unwrap() + 1;
        let mut cuts = vec![(boxed, boxed + 31, BlockKind::Widget, "box label")];
        enlarge_credits(&Para::new(l), &mut cuts);
        assert_eq!(&l[cuts[1].0..cuts[1].1], &l[..boxed - 1]);
        let lead = " the movie opens friday in 1,200 theaters across the country, and critics \
                    who saw it at the festival in toronto last month called it the best thing \
                    the director has made in ten years of trying.";
        for text in [
            format!(
                "enlarge by andrew cooper, paramount pictures strange doings: two detectives.{lead}"
            ),
            "enlarge by clicking the photo at the top of the page.".to_string(),
            "enlarge by 20 percent, the company said.".to_string(),
        ] {
            assert!(
                super::super::cut_texts(enlarge_credits, &text).is_empty(),
                "{text}"
            );
        }
    }

    /// USA Today's name ends a photographer's slashed credit as an agency's does.
    #[test]
    fn usa_today_ends_a_slashed_credit() {
        assert_eq!(
            cut(
                "deangelo williams lost his mother to breast cancer in may 2014. charles \
                 leclaire/usa today sports he wanted to wear pink."
            ),
            ["charles leclaire/usa today sports"]
        );
        assert_eq!(
            cut(
                "hope solo dives for the ball during a workout. ( bruce fedyck / usa today ) a \
                 day before the team opens its world cup play, her sister spoke up."
            ),
            ["( bruce fedyck / usa today )"]
        );
        assert!(cut("the abc/usa today poll found most voters undecided.").is_empty());
    }

    #[test]
    fn a_wire_agencys_credit_goes_with_the_dateline_after_it() {
        // The dateline's cut takes the space after its dash.
        let press = |s| -> Vec<&str> {
            super::super::cut_texts(press_agencies, s)
                .into_iter()
                .map(str::trim_end)
                .collect()
        };
        // Multi-News val.
        for (text, want) in [
            (
                "the canadian press montreal -- a class action lawsuit against the chain can go \
                 ahead, a judge has ruled.",
                ["the canadian press", "montreal --"],
            ),
            (
                "police make an arrest during a protest on wednesday, may 23, 2012. the canadian \
                 press/ryan remiorz montreal - the number of arrests is about to add costs.",
                ["the canadian press/ryan remiorz", "montreal -"],
            ),
            (
                "jane doe, the associated press boise, idaho -- a woman who failed to take her \
                 son to the doctor was sentenced.",
                ["jane doe, the associated press", "boise, idaho --"],
            ),
        ] {
            assert_eq!(press(text), want, "{text}");
        }
        // The agency named in prose, or a subject whose aside follows: no dateline, no cut.
        for text in [
            "the associated press report -- drawn from recordings the ap obtained -- included \
             several quotes.",
            "the lead singer told the canadian press montreal -- the city -- loved the band.",
            "the canadian press — which broke the story — said nothing more.",
            "reporters from the associated press, montreal -- and elsewhere -- asked.",
        ] {
            assert!(press(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_via_credit_opening_a_sentence_goes_before_the_lead() {
        let via = |s| super::super::cut_texts(via_credits, s);
        // Multi-News val.
        for (text, credit) in [
            (
                "mcdowell is charged with being a felon. horry county sheriff's office via ap \
                 mcdowell, also known as benji, met with an undercover agent.",
                "horry county sheriff's office via ap",
            ),
            (
                "city of roseville via ap sammy duran, 32, surrendered to police early saturday.",
                "city of roseville via ap",
            ),
            (
                "in tehran, iran november 1, 2017. sputnik/alexei druzhinin/kremlin via reuters \
                 iran and russia are the main allies of syrian president bashar al-assad.",
                "sputnik/alexei druzhinin/kremlin via reuters",
            ),
            (
                "a booking photo of jesse leroy matthew jr. galveston county sheriff via ap \
                 \" this resolution serves the interests of justice, \" he said.",
                "galveston county sheriff via ap",
            ),
        ] {
            assert_eq!(via(text), [credit], "{text}");
        }
        // Prose: a past form, a comma, a function word, a verb after the agency, no sentence
        // start within the source's words, too few words after it.
        for text in [
            "photos obtained via ap show the damage to the roof and the walls.",
            "the video, via reuters, shows the crowd running from the square.",
            "one of the videos via reuters shows the crowd running from the square.",
            "officials via reuters said the talks would go on next week.",
            "the first pictures of the damaged building in the center of town via ap show it.",
            "the trial went on. jane doe via ap",
        ] {
            assert!(via(text).is_empty(), "{text}: {:?}", via(text));
        }
    }

    #[test]
    fn a_slashed_credit_opening_a_sentence_goes() {
        for (text, credit) in [
            (
                "he brought down coach joe paterno. matt rourke/ap jerry sandusky rested his \
                 elbows on the lectern.",
                "matt rourke/ap",
            ),
            (
                "mary altaffer/ap david ranta, right, suffered a heart attack.",
                "mary altaffer/ap",
            ),
            (
                "near sevastopol. shamil zhumatov/reuters after an ultimatum, troops seized it.",
                "shamil zhumatov/reuters",
            ),
            (
                "as she gave birth. kevin mazur/wireimage the \" piano man \" singer said so.",
                "kevin mazur/wireimage",
            ),
            (
                "evan agostini/invision/ap/tt a house in sweden is on top.",
                "evan agostini/invision/ap/tt",
            ),
            (
                "photo by albert gea/reuters there was a time when it was radical.",
                "photo by albert gea/reuters",
            ),
            ("in 2010. charlie litchfield/ap", "charlie litchfield/ap"),
            (
                "david paul morris/bloomberg news to add facebook's comment.",
                "david paul morris/bloomberg news",
            ),
        ] {
            assert_eq!(cut(text), [credit], "{text}");
        }
    }

    #[test]
    fn a_slashed_credit_in_brackets_goes() {
        for (text, credit) in [
            (
                "as relations deteriorate. ( sergei ilnitsky/epa-efe/shutterstock ) the united \
                 states is expected to act.",
                "( sergei ilnitsky/epa-efe/shutterstock )",
            ),
            (
                "what you need to know about garland. ( claritza jimenez, gillian \
                 brockell/the washington post ) president obama is expected to nominate him.",
                "( claritza jimenez, gillian brockell/the washington post )",
            ),
            (
                "a meeting this month. ( epa-efe/shutterstock ) this post has been updated.",
                "( epa-efe/shutterstock )",
            ),
            (
                "30 rock returns later this year. graylock/abaca press/mct/newscom",
                "graylock/abaca press/mct/newscom",
            ),
        ] {
            assert_eq!(cut(text), [credit], "{text}");
        }
    }

    #[test]
    fn a_credit_label_glued_after_a_caption_goes_when_its_end_shows() {
        for (text, credit) in [
            (
                "denny is depicted in this model.credit: christopher rynn/university of dundee a \
                 female who died long ago was half neanderthal.",
                "credit: christopher rynn/university of dundee",
            ),
            (
                "\" i feel really good, \" she says credit: george burns/harpo productions, inc. \
                 lindsay lohan's interview has arrived.",
                "credit: george burns/harpo productions, inc.",
            ),
            (
                "officer antwan toneycredit: gwinnett police department gwinnett police chief \
                 butch ayers said he was shot.",
                "credit: gwinnett police department",
            ),
            (
                "wayne lotter credit: pams foundation wayne lotter, the co-founder, was shot.",
                "credit: pams foundation",
            ),
            (
                "she's over it. picture credit: darren gerrish \" i think it's about nontouring, \"",
                "picture credit: darren gerrish",
            ),
            (
                "panda lovers mourned. image credit: sarah l. voisin/the washington post via \
                 getty images the national zoo's giant panda mother spent the night alone.",
                "image credit: sarah l. voisin/the washington post via getty images",
            ),
            (
                "a portrait by photographer david bailey credit: ap the portrait shows the queen.",
                "credit: ap",
            ),
            (
                "a whopper for a penny near mcdonald's credit: burger king the home of the \
                 whopper's latest stunt sends fans into enemy territory.",
                "credit: burger king",
            ),
            (
                "exxon ceo comes out against fracking credit: ap/lm otero as exxonmobil's ceo, \
                 it's his job to promote fracking.",
                "credit: ap/lm otero",
            ),
        ] {
            assert_eq!(cut(text), [credit], "{text}");
        }
        // No end shows, or prose; at a sentence start the lead's labels pass decides.
        for text in [
            "the scientists say. credit: matthew kanan, stanford university stanford university \
             scientists have found it.",
            "credit: imperial college london electrically charged ash shorts out lightning.",
            "the extra credit: students who read the book get a point.",
            "the card's credit: $ 500 a month.",
            // The lead repeats a name further on; a date or a verb after the agency's name.
            "dorian raymer credit: kim mcdonald, ucsd a southern californian at heart, dorian \
             raymer surfs.",
            "jessica biel credit: pa photos/landov october 19 was a nice day for a wedding.",
            // A function word or a fourth word before `the`: the name's end is unknown.
            "the team's credit: most of the win goes to the defense.",
            "photo credit: chanel just when we thought the show was over, she was back.",
            "credit: ap photo/brennan linsley bill cosby performs at the buell theater.",
            // In brackets.
            "it was shown today. ( credit: james martin/cnet ) apple has shown off a laptop.",
        ] {
            assert!(cut(text).is_empty(), "{text}: {:?}", cut(text));
        }
    }

    #[test]
    fn a_headline_with_its_photo_credit_goes_before_the_lead() {
        for (text, cut_text) in [
            (
                "when sober, amy winehouse showed a talent that changed pop music jeff \
                 christensen/ap amy winehouse was found dead at her london flat on saturday.",
                "when sober, amy winehouse showed a talent that changed pop music jeff \
                 christensen/ap",
            ),
            (
                "gwar frontman dave brockie found dead at 50 gary wolstenholme / redferns / getty \
                 dave brockie, frontman for the heavy metal band gwar, has been found dead.",
                "gwar frontman dave brockie found dead at 50 gary wolstenholme / redferns / getty",
            ),
            (
                "orlando gunman scouted walt disney world as potential target: source phelan m. \
                 ebenhack / ap the gunman behind the orlando nightclub shootings scouted it.",
                "orlando gunman scouted walt disney world as potential target: source phelan m. \
                 ebenhack / ap",
            ),
            // A labelled credit: the label and the credit only.
            (
                "tom brady debuts new do at the met gala photo by kevin mazur/wireimage what can \
                 steal a spotlight from mary-kate olsen?",
                "photo by kevin mazur/wireimage",
            ),
            (
                "1, jon stewart image: carolyn kaster / ap photo opinionated, funny — and the \
                 smartest man on television.",
                "image: carolyn kaster / ap photo",
            ),
        ] {
            assert_eq!(heads(text), vec![cut_text], "{text}");
        }
        for text in [
            // A sentence ends before the slash: the credit's name shows no start.
            "the singer died. the record changed pop music jeff christensen/ap amy winehouse \
             was found dead at her flat.",
            // An outlet's pair, not a photographer's.
            "voters in ohio split evenly in the new nbc/ap count of the early ballots cast.",
            // A credit's label opening the paragraph: no headline.
            "photograph by david paul morris/bloomberg photograph by david paul morris/bloomberg \
             when you want to get through airport security faster, the screeners have an app.",
            // Too few words of a lead after it.
            "the singer who changed pop music jeff christensen/ap amy winehouse died.",
        ] {
            assert!(heads(text).is_empty(), "{text}: {:?}", heads(text));
        }
    }

    fn late_cuts(s: &str) -> Vec<&str> {
        super::super::cut_texts(late, s)
    }

    #[test]
    fn a_slashed_credit_in_brackets_at_a_sentence_start_goes_whatever_its_owner() {
        // Multi-News val and train 1-10,000.
        for (text, credit) in [
            (
                "it sparked some twitter conversation monday night. ( brian bowman/twitter ) the \
                 winnipeg police service has already apologized.",
                "( brian bowman/twitter )",
            ),
            (
                "he speaks at the web summit in dublin, ireland, this month. ( epa/str ) match \
                 group goes public thursday.",
                "( epa/str )",
            ),
            (
                "a bust of the greek poet homer in a 2008 exhibition. ( georgios \
                 kefalas/ap/keystone ) nearly 200 years ago, a french painter created it.",
                "( georgios kefalas/ap/keystone )",
            ),
            (
                "the mirage in las vegas. ( elizabeth brumley/las vegas review-journal ) the \
                 casino opened in 1989.",
                "( elizabeth brumley/las vegas review-journal )",
            ),
            (
                "around the corner from their downtown albany office. ( john carl d ' annibale / \
                 times union ) one of seven new lottery millionaires spoke.",
                "( john carl d ' annibale / times union )",
            ),
            (
                "the risk of an aftershock. ( francine orr / los angeles times / ) authorities \
                 were tallying damage.",
                "( francine orr / los angeles times / )",
            ),
            (
                "( washington post staff photo/andrea bruce ) just one glass of wine a day \
                 raises the risk.",
                "( washington post staff photo/andrea bruce )",
            ),
            (
                "the wreckage in 2008. ( keith vanderlinde/national science foundation via \
                 reuters ) a medical rescue plane took off.",
                "( keith vanderlinde/national science foundation via reuters )",
            ),
            (
                "a fire burned acres of cornfields in wisconsin on sunday. ( source: waow/cnn )",
                "( source: waow/cnn )",
            ),
            (
                "no, verizon can't just do whatever they want now. ( peter morgan/associated \
                 press. ) the reports were exaggerated.",
                "( peter morgan/associated press. )",
            ),
            (
                "the winner of the 2018 rooney prize. ( paul sharp/sharppix ) you worked as a \
                 cleaner at the university.",
                "( paul sharp/sharppix )",
            ),
        ] {
            assert_eq!(late_cuts(text), [credit], "{text}");
        }
        // Inside a sentence, a hat tip, a ticker, a link, prose, a dateline's tag.
        for text in [
            "he found a way to stop the petya ( notpetya/sortapetya/petna ) ransomware.",
            "where was the secret service? ( h/t buzzfeed ) follow rachel on twitter",
            "warren buffett of berkshire hathaway inc. ( brk/a ) gave 16.6 million shares.",
            "the vote passed. ( for background, see press release ga/l/3569. ) the talks went on.",
            "we held out. ( more on our original badge/greying-out system described here. ) we \
             moved.",
            "the court ruled. ( left: jacquelyn martin/ap. right: @nusr_ett/twitter ) in the weird \
             world of internet stardom, a chef became a meme.",
            "the game was close. ( he/she ) will decide.",
            "( reuters/ipsos ) the poll closed.",
            "it rained. ( twitter/ahunnaaa_ via storyful ) a police officer was placed on leave.",
            "roselle park, n.j. ( cbsnewyork/ap ) — a man was arrested.",
            "the storm passed. ( wmtw/ap ) — the storm hit maine.",
            // The whole paragraph: the line classifier names it.
            "(photo/xinhua)",
        ] {
            assert!(late_cuts(text).is_empty(), "{text}: {:?}", late_cuts(text));
        }
    }

    #[test]
    fn a_courtesy_credit_before_a_quotation_goes() {
        // Multi-News val and train 1-10,000.
        for (text, credit) in [
            (
                "he turned himself in at leon county jail on friday night. courtesy of leon county \
                 jail \" i found the women to be very credible, \" meggs said.",
                "courtesy of leon county jail",
            ),
            (
                "she found out she was pregnant. courtesy kayla gaytan \"they say i have a 50 \
                 percent chance, \" she says.",
                "courtesy kayla gaytan",
            ),
            (
                "grace was born on november 14, 2011. courtesy of the hadden family \" it was a \
                 pretty serious call for us, \" he said.",
                "courtesy of the hadden family",
            ),
        ] {
            assert_eq!(late_cuts(text), [credit], "{text}");
        }
        // No quotation right after a short name, or inside a sentence: its end does not show.
        for text in [
            "courtesy of cbs on thursday, charlie sheen was rushed to the hospital.",
            "courtesy of sportsman channel sarah palin in \" amazing america \" got renewed.",
            "the drinks came courtesy of bacardi \" for free, \" he said.",
            "courtesy of the state of texas. \" he was innocent, \" she said.",
        ] {
            assert!(late_cuts(text).is_empty(), "{text}: {:?}", late_cuts(text));
        }
    }

    #[test]
    fn a_wire_reports_sign_off_in_brackets_goes() {
        // Multi-News val and train 1-10,000.
        for (text, credit) in [
            (
                "their caucus margin grew by two, 55 to 45. ( reporting by kim dixon and thomas \
                 ferraro; editing by doina chiacu )",
                "( reporting by kim dixon and thomas ferraro; editing by doina chiacu )",
            ),
            (
                "yahner is white. ( reporting by david schwartz in phoenix; writing by curtis \
                 skinner; editing by daniel wallis )",
                "( reporting by david schwartz in phoenix; writing by curtis skinner; editing by \
                 daniel wallis )",
            ),
            (
                "they are affected by predatory lending. ( additional reporting by ellen \
                 wulfhorst and james b. kelleher; editing by peter",
                "( additional reporting by ellen wulfhorst and james b. kelleher; editing by peter",
            ),
        ] {
            assert_eq!(late_cuts(text), [credit], "{text}");
        }
        for text in [
            // No editor named: prose may cite reporting so.
            "the deal fell through ( reporting by the times found the money ) last year.",
            "the deal was secret. ( reporting by aruna viswanatha ) our standards: the trust \
             principles.",
            // A quotation inside.
            "( reporting by \" the times \" and editing by others ) showed it.",
        ] {
            assert!(late_cuts(text).is_empty(), "{text}: {:?}", late_cuts(text));
        }
    }

    #[test]
    fn a_byline_without_its_names_goes_with_the_credit_before_it() {
        // Multi-News val and train 1-10,000 (the Milwaukee Journal Sentinel).
        for (text, credit) in [
            (
                "thompson won the primary. credit: mark hoffman by of the tommy thompson won a \
                 fierce republican primary.",
                "credit: mark hoffman by of the",
            ),
            (
                "a shooting victim. credit: dan henry / chattanooga times free press via ap share \
                 by of the gov. scott walker issued an order.",
                "credit: dan henry / chattanooga times free press via ap share by of the",
            ),
            (
                "share by of the a milwaukee man was pronounced dead in his home tuesday.",
                "share by of the",
            ),
            (
                "the budget bill passed. by of the wendy's is investigating the case.",
                "by of the",
            ),
        ] {
            assert_eq!(late_cuts(text), [credit], "{text}");
        }
        for text in [
            "the full moon makes its closest fly-by of the earth this week.",
            "the book was an annual publication by of the secretary of the commonwealth.",
            // A stop in the words before it: the credit's start does not show.
            "credit: mark hoffman. the vote was close by of the measure.",
        ] {
            assert!(late_cuts(text).is_empty(), "{text}: {:?}", late_cuts(text));
        }
    }

    #[test]
    fn slashes_in_prose_stay() {
        for text in [
            // Glued after a headline: the name's start does not show.
            "changed pop music jeff christensen/ap amy winehouse was found dead.",
            "a cbs/ap poll found that most voters agree.",
            "reuters/ipsos polling shows a lead.",
            "he and/or she may apply.",
            "the service runs 24/7 in the city.",
            "the fund pays the ap/norc center for research.",
            "the word is used by the ap/reuters style guides.",
            "abc/washington post poll results came out.",
            // A credit going on after a comma.
            "evan agostini/invision/ap/tt, unsplash a house in sweden is on top.",
            // A dateline's agency.
            "roselle park, n.j. ( cbsnewyork/ap ) — a man was arrested.",
            "the vote ( nyse/ap ) was close.",
        ] {
            assert!(cut(text).is_empty(), "{text}: {:?}", cut(text));
        }
    }
}
