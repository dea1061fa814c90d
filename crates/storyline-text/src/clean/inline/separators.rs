//! Page furniture around a paragraph's separators: a blog's or gallery's navigation links (`«
//! previous &#124; main &#124; next »`, `❮ prev next ❯`, `Previous next enlarge`, empty table
//! cells `&#124; &#124; news &#124; &#124; page 1 of 1` opening a paragraph), AP's `___` separators with what follows
//! them (a live update's time stamp `___ 9: 00 a.m.`, the member-exchange credit `___ information
//! from: the ( attleboro, mass. ) sun chronicle, http://…`, a correction notice `___ this story
//! has been changed to correct …`), a photo credit after a pipe (`… on wednesday. &#124; getty
//! trump: …`, `&#124; jay westcott/politico`), and a bracketed `( credit: Name )`.

use super::super::BlockKind;
use super::super::lexicon::{DATE_LINE_WORDS, WEEKDAYS, contains};
use super::{Cut, Para, is_number, sentence_end, sentence_start, tokens};
use crate::span::offset_in;

/// Words of a page's navigation links.
const NAV_WORDS: [&str; 8] = [
    "previous", "prev", "next", "main", "home", "older", "newer", "back",
];

/// Arrows and pipes between navigation links.
fn nav_mark(t: &str) -> bool {
    matches!(
        t,
        "«" | "»" | "‹" | "›" | "❮" | "❯" | "|" | "&#124;" | "<<" | ">>"
    )
}

/// A run of navigation links: at least two of [`NAV_WORDS`] and an arrow or pipe, nothing else
/// (`« previous &#124; main &#124; next »`, `❮ prev next ❯`). A `next` or `back` in prose has
/// no arrow or pipe beside it.
fn navigation(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !(super::holds!(l, "«")
        || super::holds!(l, "❮")
        || super::holds!(l, "‹")
        || super::holds!(l, "&#124;"))
    {
        return;
    }
    let toks: Vec<(usize, &str)> = tokens(l, 0).collect();
    let mut k = 0;
    while k < toks.len() {
        let (mut words, mut marks, mut j) = (0, 0, k);
        while let Some(&(_, t)) = toks.get(j) {
            if NAV_WORDS.contains(&t) {
                words += 1;
            } else if nav_mark(t) {
                marks += 1;
            } else {
                break;
            }
            j += 1;
        }
        if words >= 2 && marks >= 1 {
            let (end_at, end_t) = toks[j - 1];
            cuts.push((
                toks[k].0,
                end_at + end_t.len(),
                BlockKind::Widget,
                "navigation links (« previous | main | next »)",
            ));
        }
        k = j.max(k + 1);
    }
}

/// Words of a linked headline between a blog's arrow and its `&#124; main &#124;` link, at most.
const NAV_HEADLINE_MAX_WORDS: usize = 20;

/// A blog's links to the posts before and after this one, named by their headlines: `«`, a
/// headline, `&#124; main &#124;`, a headline, `»` (`« rubio and crist may debate on fox news
/// &#124; main &#124; palin's bigger blunder » newt gingrich has tweeted …`).
fn headline_navigation(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !(super::holds!(l, "«") && super::holds!(l, "»") && super::holds!(l, "&#124; ")) {
        return;
    }
    for (mid, m) in l.match_indices(" &#124; main &#124; ") {
        let (Some(open), Some(close)) = (l[..mid].rfind('«'), l[mid + m.len()..].find('»'))
        else {
            continue;
        };
        let close = mid + m.len() + close;
        let (older, newer) = (&l[open + '«'.len_utf8()..mid], &l[mid + m.len()..close]);
        let short = |h: &str| (1..=NAV_HEADLINE_MAX_WORDS).contains(&h.split_whitespace().count());
        if older.contains('»') || newer.contains('«') || !short(older) || !short(newer) {
            continue;
        }
        let end = close + '»'.len_utf8();
        if !super::overlaps(cuts, open, end) {
            cuts.push((
                open,
                end,
                BlockKind::Widget,
                "navigation links (« previous | main | next ») named by headlines",
            ));
        }
    }
}

/// AP's `___` separator and what it introduces: a live update's time stamp (a date line), the
/// member-exchange credit up to its link (a footer), a correction notice up to its sentence's
/// end (a notice); otherwise the separator alone.
fn ap_separators(l: &str, cuts: &mut Vec<Cut>) {
    // `str::contains` has no SIMD path for a needle of one repeated byte (it falls back to a
    // two-way search over the whole paragraph); `memmem` answers the same byte search quickly.
    if memchr::memmem::find(l.as_bytes(), b"___").is_none() {
        return;
    }
    for (at, _) in l.match_indices("___") {
        let end = at + 3;
        let alone = (at == 0 || l[..at].ends_with(char::is_whitespace))
            && (end == l.len() || l[end..].starts_with(char::is_whitespace));
        if !alone || super::overlaps(cuts, at, at + 1) {
            continue;
        }
        let body = end + (l[end..].len() - l[end..].trim_start().len());
        let r = &l[body..];
        let cut = if let Some(n) = super::clock_len(r) {
            (
                body + n,
                BlockKind::DateLine,
                "time stamp of a live update (___ 9: 00 a.m.)",
            )
        } else if r.starts_with("information from:") {
            let link = tokens(l, body)
                .take(20)
                .find(|(_, t)| t.starts_with("http") || t.starts_with("www."));
            let stop = link.map_or(l.len(), |(p, t)| p + t.len());
            (
                stop,
                BlockKind::Footer,
                "member-exchange credit (___ information from: paper, link)",
            )
        } else if ["this story has been", "this story was", "this version"]
            .iter()
            .any(|p| r.starts_with(p))
        {
            let stop = sentence_end(l, body, 60, true).unwrap_or(l.len());
            (
                stop,
                BlockKind::Notice,
                "correction notice (___ this story has been changed to correct …)",
            )
        } else {
            (end, BlockKind::Footer, "section separator (___)")
        };
        cuts.push((at, cut.0, cut.1, cut.2));
    }
}

/// Agencies that credit a photo after a pipe on their own.
const PIPE_AGENCIES: [&str; 5] = ["getty", "ap", "reuters", "afp", "epa"];

/// Words a credit after a pipe runs for at most up to its `name/outlet` word (`&#124; photo by
/// amy harris/invision/ap`).
const PIPE_CREDIT_WORDS: usize = 5;

/// A photo credit after a pipe at a sentence's start (`… wednesday night. &#124; getty trump:
/// …`, `&#124; ap washington -- …`, `&#124; associated press tennessee state sen. …`, `&#124;
/// jay westcott/politico debate turns …`, `&#124; j. scott applewhite/ap protesters …`): the
/// pipe and an agency alone, or words up to one with a slash. A pipe between headlines or a
/// comment's fields (`posted by: cindy &#124; apr 7`) stays.
fn pipe_credits(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !super::holds!(l, "&#124; ") {
        return;
    }
    for (at, _) in l.match_indices("&#124; ") {
        if !sentence_start(l, at) || super::overlaps(cuts, at, at + 1) {
            continue;
        }
        let body = at + "&#124; ".len();
        let toks: Vec<(usize, &str)> = tokens(l, body).take(PIPE_CREDIT_WORDS + 1).collect();
        let Some(&(p0, t0)) = toks.first() else {
            continue;
        };
        let end = if PIPE_AGENCIES.contains(&t0) && toks.len() > 1 {
            Some(p0 + t0.len())
        } else if t0 == "associated"
            && toks.get(1).is_some_and(|t| t.1 == "press")
            && toks.len() > 2
        {
            Some(toks[1].0 + "press".len())
        } else {
            // A first name's initial (`j. scott applewhite/ap`) goes on with the name.
            let initial = |t: &str| t.len() == 2 && t.starts_with(|c: char| c.is_alphabetic());
            toks.iter()
                .take(PIPE_CREDIT_WORDS)
                .take_while(|(_, t)| {
                    !t.ends_with(['.', ':', ',']) || initial(t) && t.ends_with('.')
                })
                .find(|(_, t)| t.contains('/') && !t.contains("://"))
                .map(|&(p, t)| p + t.len())
        };
        if let Some(end) = end {
            cuts.push((
                at,
                end,
                BlockKind::Caption,
                "photo credit after a pipe (&#124; getty, &#124; name/outlet)",
            ));
        }
    }
}

/// The reason of a page's time stamp cut beside a pipe.
const PIPE_STAMP: &str = "page text beside a pipe: time stamp (may 18, 2015, 1: 05 am &#124;)";

/// The reason of a byline's or a site's name cut with the time stamp after its pipe.
const PIPE_BYLINE: &str =
    "page text beside a pipe: byline and time stamp (kevin tidmarsh &#124; nov. 11, 2015)";

/// The reason of a label's cut before its pipe.
const PIPE_LABEL: &str = "page text beside a pipe: label (Updated &#124;)";

/// The reason of a video's headline cut before its time stamp and playing time.
const PIPE_VIDEO_HEADLINE: &str =
    "page text beside a pipe: video headline before its time stamp (… 11: 12 am et &#124; 01: 00)";

/// Words of a video's headline before its time stamp, at most.
const PIPE_HEADLINE_MAX_WORDS: usize = 25;

/// Words of a byline or a site's name before a pipe and a time stamp at the paragraph's start,
/// at most (`brittany burhop fallon, senior editor &#124; august 09, 2017`).
const PIPE_BYLINE_MAX_WORDS: usize = 6;

/// Words of a time stamp's run on either side of a pipe that are read, at most.
const PIPE_STAMP_MAX_WORDS: usize = 16;

/// Labels a page prints before a pipe and its lead (`Updated &#124; doctors in belgium …`,
/// `Feature &#124; new law …`). A link's label (`Related &#124;`, `Photos &#124;`) stays: the
/// other page's headline after it has no end, and the label shows it for what it is.
const PIPE_LABELS: [&str; 3] = ["updated", "update", "feature"];

/// True for a word of a page's time stamp beside a pipe: a date's or a clock's
/// ([`super::is_stamp_token`]), a weekday, or a date line's label or zone (`originally
/// published`, `page modified`, `at`, `ist`).
fn pipe_stamp_word(t: &str) -> bool {
    let w = t.trim_end_matches([',', '.', ':']);
    super::is_stamp_token(t)
        || contains(WEEKDAYS, w)
        || contains(DATE_LINE_WORDS, w)
        || matches!(w, "originally" | "page")
}

/// True when `t` is a year (`2015,`) or a clock's mark (`am`, `p.m.`, the `12:` of `12: 07`).
fn pins_a_time(t: &str) -> bool {
    let w = t.trim_end_matches([',', '.']);
    (w.len() == 4 && is_number(w) && (w.starts_with("19") || w.starts_with("20")))
        || matches!(w, "am" | "pm" | "a.m" | "p.m")
        || t.strip_suffix(':').is_some_and(is_number)
}

/// True for a date line's word that prose also puts next to a date (`on`, `at`, `last`,
/// `updated`): a stamp's run may not end on it, nor open on the ones that are no label.
fn loose_stamp_word(t: &str, opening: bool) -> bool {
    let w = t.trim_end_matches([',', '.', ':']);
    matches!(
        w,
        "at" | "on" | "first" | "hours" | "hrs" | "local" | "time" | "today" | "yesterday"
    ) || !opening
        && matches!(
            w,
            "last" | "modified" | "posted" | "published" | "updated" | "originally" | "page"
        )
}

/// The span of the time stamp in `toks` (a run of [`pipe_stamp_word`]s in reading order) once
/// the words that may be the prose's own are taken off its ends: a number that is no day, year
/// or minute (`kills 12`), a month with no day before it at the end (`… 2015 may`), a weekday
/// ending it (`sun`), a loose label ([`loose_stamp_word`]). `None` unless the rest holds a year
/// or a clock.
fn stamp_run(toks: &[(usize, &str)]) -> Option<(usize, usize)> {
    let bare = |t: &str| is_number(t.trim_end_matches(','));
    let month = |t: &str| super::MONTHS.contains(&t.trim_end_matches([',', '.']));
    let (mut a, mut b) = (0, toks.len());
    while a < b {
        let t = toks[a].1;
        let drop = if bare(t) {
            !toks.get(a + 1).is_some_and(|n| month(n.1))
        } else {
            loose_stamp_word(t, true)
        };
        if !drop {
            break;
        }
        a += 1;
    }
    while b > a {
        let t = toks[b - 1].1;
        let prev = if b - 1 > a { toks[b - 2].1 } else { "" };
        let minutes = b >= a + 3 && toks[b - 3].1.ends_with(':');
        let drop = if bare(t) {
            !(pins_a_time(t) || prev.ends_with(':') || month(prev))
        } else if month(t) {
            // Only a day's number (`24 sept`) holds a month at the end, not a year or minutes.
            !(bare(prev) && prev.trim_end_matches(',').len() <= 2 && !minutes)
        } else {
            loose_stamp_word(t, false) || contains(WEEKDAYS, t.trim_end_matches([',', '.']))
        };
        if !drop {
            break;
        }
        b -= 1;
    }
    let run = &toks[a..b];
    let (first, last) = (run.first()?, run.last()?);
    run.iter()
        .any(|&(_, t)| pins_a_time(t))
        .then(|| (first.0, last.0 + last.1.len()))
}

/// The time stamp after the pipe whose text starts at `body`, and the runs of it that further
/// pipes join (`friday, 21 apr 2017 &#124; 2: 48 pm et &#124; 02: 45`); with `site`, after one
/// web address first (`The republic &#124; azcentral.com wed jan 22, 2014 1: 43 pm`).
fn stamp_after(l: &str, body: usize, site: bool) -> Option<(usize, usize)> {
    let mut toks: Vec<(usize, &str)> = tokens(l, body).take(PIPE_STAMP_MAX_WORDS + 1).collect();
    if site
        && toks.first().is_some_and(|(_, t)| {
            !t.contains("://") && [".com", ".org", ".net"].iter().any(|d| t.ends_with(d))
        })
    {
        toks.remove(0);
    }
    let mut n = 0;
    while let Some(&(_, t)) = toks.get(n) {
        let joined =
            t == "&#124;" && n > 0 && toks.get(n + 1).is_some_and(|x| pipe_stamp_word(x.1));
        if !(pipe_stamp_word(t) || joined) {
            break;
        }
        n += 1;
    }
    stamp_run(&toks[..n])
}

/// Page text beside a pipe (`&#124;`), where the pipe and a time stamp show where it ends:
/// a time stamp before the pipe opening a sentence (`May 18, 2015, 1: 05 am &#124; the
/// republican senator …`, `Originally published december 22, 2014 at 8: 39 pm &#124; page
/// modified … at 9: 08 pm jarom thomas died …`), or a video's stamp and playing time with the
/// video's headline before them (`Satellite radio company siriusxm to buy pandora for $ 3.5
/// billion 11: 12 am et mon, 24 sept 2018 &#124; 01: 00 satellite radio company siriusxm plans
/// …`: a clock on either side of the pipe); a byline or a site's name opening the paragraph
/// before a pipe and a dated stamp (`Kevin tidmarsh &#124; nov. 11, 2015, 8: 02 p.m. A crowd
/// …`); and an article's label before a pipe at a sentence's start (`Updated &#124; doctors in
/// belgium …`). Page text that runs on after another pipe (`… &#124; september 24, 2014 &#124;
/// people two-time …`) has no end and stays, as does a pipe between a comment's author and
/// date (`posted by: cindy &#124; apr 7`), between menu entries or headlines, or in a name
/// (`nola.com &#124; the times-picayune`). A lone pipe opening the text stays too: what follows
/// it is as often a credit or a stamp (`&#124; ( 04-29 ) 04: 00 pdt washington -- …`) as a
/// lead, and the pipe keeps it from reading as prose.
fn pipe_page_text(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !super::holds!(l, "&#124; ") {
        return;
    }
    let l: &str = l;
    for (at, _) in l.match_indices("&#124; ") {
        let body = at + "&#124; ".len();
        if super::overlaps(cuts, at, at + 1) {
            continue;
        }
        let before: Vec<(usize, &str)> = {
            let mut v: Vec<(usize, &str)> = l[..at]
                .split_whitespace()
                .rev()
                .take(PIPE_STAMP_MAX_WORDS)
                .map(|t| (offset_in(l, t), t))
                .collect();
            v.reverse();
            v
        };
        let starts =
            |p: usize, cuts: &[Cut]| sentence_start(l, p) || super::opens_paragraph(l, p, cuts);
        // A time stamp before the pipe.
        let stamp_from = before
            .iter()
            .rposition(|x| !pipe_stamp_word(x.1))
            .map_or(0, |k| k + 1);
        if let Some((start, end)) = stamp_run(&before[stamp_from..])
            && l[end..at].trim().is_empty()
        {
            let after = stamp_after(l, body, false);
            // A clock on either side shows a page's stamps (a video's time and its length).
            let clock = |a: usize, b: usize| {
                l[a..b]
                    .split_whitespace()
                    .any(|t| pins_a_time(t) && !is_number(t.trim_end_matches([',', '.'])))
            };
            let stop = match after {
                Some((s, e)) if clock(start, end) || clock(s, e) || starts(start, cuts) => Some(e),
                None if starts(start, cuts) => Some(at + "&#124;".len()),
                _ => None,
            };
            // Page text running on after another pipe (`… 2014 &#124; people two-time …`)
            // has no end: all of it stays.
            if let Some(stop) = stop
                && !l[stop..].trim_start().starts_with("&#124;")
            {
                if !super::overlaps(cuts, start, stop) {
                    // Inside a sentence the stamp is a video's, after its headline.
                    if let Some(h) = (!starts(start, cuts))
                        .then(|| headline_before(l, start, cuts))
                        .flatten()
                    {
                        let e = h + l[h..start].trim_end().len();
                        cuts.push((h, e, BlockKind::Headline, PIPE_VIDEO_HEADLINE));
                    }
                    cuts.push((start, stop, BlockKind::DateLine, PIPE_STAMP));
                }
                continue;
            }
        }
        let open = super::reader_start(l, cuts);
        let words = tokens(&l[..at], open).count();
        if open < at && words <= PIPE_BYLINE_MAX_WORDS {
            // A byline or a site's name opening the paragraph, and a dated stamp after the pipe.
            let name = tokens(&l[..at], open).all(|(_, t)| {
                let w = t.trim_end_matches(',');
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '-'))
                    || w.len() == 2 && w.ends_with('.')
            });
            if name
                && let Some((_, end)) = stamp_after(l, body, true)
                && !l[end..].trim_start().starts_with("&#124;")
                && l[body..end].split_whitespace().any(|t| {
                    let w = t.trim_end_matches([',', '.']);
                    w.len() == 4 && is_number(w)
                })
            {
                cuts.push((open, end, BlockKind::Byline, PIPE_BYLINE));
                continue;
            }
        }
        let pipe_end = at + "&#124;".len();
        if body < l.len()
            && let Some(&(p, t)) = before.last()
            && PIPE_LABELS.contains(&t)
            && l[p + t.len()..at].trim().is_empty()
            && starts(p, cuts)
        {
            cuts.push((p, pipe_end, BlockKind::Widget, PIPE_LABEL));
        }
    }
}

/// Where the headline of a video before its time stamp at `stamp` starts: the sentence start
/// at most [`PIPE_HEADLINE_MAX_WORDS`] words before it, with no earlier cut between.
fn headline_before(l: &str, stamp: usize, cuts: &[Cut]) -> Option<usize> {
    l[..stamp]
        .split_whitespace()
        .rev()
        .take(PIPE_HEADLINE_MAX_WORDS)
        .map(|t| offset_in(l, t))
        .take_while(|&p| !super::overlaps(cuts, p, stamp))
        .find(|&p| sentence_start(l, p) || super::opens_paragraph(l, p, cuts))
}

/// Words a bracketed credit holds at most.
const BRACKET_CREDIT_WORDS: usize = 6;

/// Words a bracketed sign-up pitch holds at most.
const BRACKET_PITCH_WORDS: usize = 12;

/// A bracketed credit label (`( credit: cbs/sprint )`, `( credit: family photo )`) or sign-up
/// pitch (`( sign up for politico's morning money tip sheet )`): to its close.
fn bracket_credits(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !super::holds!(l, "credit:") && !super::holds!(l, "sign up for") {
        return;
    }
    for at in memchr::memchr_iter(b'(', l.as_bytes()) {
        let r = l[at + 1..].trim_start();
        let (max_words, kind, reason) = if r.starts_with("credit:") {
            (
                BRACKET_CREDIT_WORDS,
                BlockKind::Caption,
                "photo credit in brackets (( credit: Name ))",
            )
        } else if r.starts_with("sign up for ") {
            (
                BRACKET_PITCH_WORDS,
                BlockKind::Notice,
                "sign-up pitch in brackets (( sign up for … ))",
            )
        } else {
            continue;
        };
        if super::overlaps(cuts, at, at + 1) {
            continue;
        }
        let Some(close) = r.find(')') else {
            continue;
        };
        if r[..close].contains('(') || r[..close].split_whitespace().count() > max_words {
            continue;
        }
        let end = l.len() - r.len() + close + 1;
        cuts.push((at, end, kind, reason));
    }
}

/// Cuts the furniture of this module in `l`.
/// Buttons of a photo gallery shown after `previous next` (`Previous next enlarge`).
const GALLERY_BUTTONS: [&str; 3] = ["enlarge", "close", "fullscreen"];

/// A gallery's `Previous next enlarge` buttons opening a sentence: `previous next` and at least
/// one gallery button after it; `previous next` alone may be a clipped phrase, so it stays.
fn gallery_buttons(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !super::holds!(l, "previous next ") {
        return;
    }
    for (at, m) in l.match_indices("previous next ") {
        if !sentence_start(l, at) {
            continue;
        }
        let end = tokens(l, at + m.len())
            .take_while(|(_, t)| GALLERY_BUTTONS.contains(t))
            .last()
            .map(|(p, t)| p + t.len());
        if let Some(end) = end {
            cuts.push((
                at,
                end,
                BlockKind::Widget,
                "gallery buttons (Previous next enlarge)",
            ));
        }
    }
}

/// Empty table cells opening a paragraph: a run of at least three `&#124;` pipes with at most
/// two words between two of them, and a `page 1 of 1` counter after it (`&#124; &#124; news
/// &#124; &#124; page 1 of 1 a gay man was excused …`).
fn pipe_cells(l: &str, cuts: &mut Vec<Cut>) {
    if !l.starts_with("&#124;") {
        return;
    }
    let (mut pipes, mut words, mut end) = (0, 0, 0);
    let mut toks = tokens(l, 0).peekable();
    while let Some(&(p, t)) = toks.peek() {
        if t == "&#124;" {
            pipes += 1;
            words = 0;
            end = p + t.len();
        } else if words < 2 && !t.contains(['.', ',', '"']) {
            words += 1;
        } else {
            break;
        }
        toks.next();
    }
    if pipes < 3 {
        return;
    }
    let rest = &l[end..];
    let body = end + (rest.len() - rest.trim_start().len());
    if let Some(r) = l[body..].strip_prefix("page ") {
        let mut t = r.splitn(4, ' ');
        let num = |x: Option<&str>| x.is_some_and(is_number);
        let (a, of, b) = (t.next(), t.next(), t.next());
        if num(a) && of == Some("of") && num(b) {
            end = body + 5 + a.unwrap_or("").len() + 4 + b.unwrap_or("").len();
        }
    }
    cuts.push((
        0,
        end,
        BlockKind::Widget,
        "empty table cells (&#124; &#124; … page 1 of 1)",
    ));
}

pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    navigation(l, cuts);
    headline_navigation(l, cuts);
    gallery_buttons(l, cuts);
    pipe_cells(l, cuts);
    // The paragraph's scan tells whether it holds a separator at all (most do not), without a
    // `memmem` searcher built for each.
    if super::holds!(l, "___") {
        ap_separators(l, cuts);
    }
    pipe_credits(l, cuts);
    pipe_page_text(l, cuts);
    bracket_credits(l, cuts);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<(&str, BlockKind)> {
        super::super::cuts_by(find, s)
    }

    #[test]
    fn navigation_links() {
        assert_eq!(
            cut("« previous &#124; main &#124; next » white house refuses to say it."),
            [("« previous &#124; main &#124; next »", BlockKind::Widget)]
        );
        assert_eq!(
            cut("❮ prev next ❯ 20 cars that rack up tickets the most."),
            [("❮ prev next ❯", BlockKind::Widget)]
        );
        assert!(cut("The next « big thing » came back home.").is_empty());
    }

    #[test]
    fn ap_separators_and_what_they_introduce() {
        assert_eq!(
            cut("It was reported on big pine key. ___ 9: 00 a.m. The patrol says two died."),
            [("___ 9: 00 a.m.", BlockKind::DateLine)]
        );
        assert_eq!(
            cut(
                "It is based in canton. ___ information from: the ( attleboro, mass. ) sun \
                 chronicle, http://www.thesunchronicle.com"
            ),
            [(
                "___ information from: the ( attleboro, mass. ) sun chronicle, http://www.thesunchronicle.com",
                BlockKind::Footer
            )]
        );
        assert_eq!(
            cut(
                "Franchisees. \" ___ this story has been changed to correct that it is based in \
                 canton, not quincy. Information follows."
            ),
            [(
                "___ this story has been changed to correct that it is based in canton, not quincy.",
                BlockKind::Notice
            )]
        );
        assert_eq!(
            cut("_ victor l. simpson ___ \" pope live \" follows the day."),
            [("___", BlockKind::Footer)]
        );
        assert!(cut("the word was s___ in the note").is_empty());
    }

    #[test]
    fn photo_credits_after_a_pipe_or_in_brackets() {
        for (s, credit) in [
            (
                "Trump boasted wednesday night. &#124; getty trump: 'i don't know why'",
                "&#124; getty",
            ),
            (
                "It would be devastating. &#124; ap washington -- democrats have a new icon.",
                "&#124; ap",
            ),
            (
                "It was scary. &#124; jay westcott/politico debate turns scary on debt.",
                "&#124; jay westcott/politico",
            ),
            (
                "It was fine. &#124; photo by amy harris/invision/ap 2020 oprah pal plans a run.",
                "&#124; photo by amy harris/invision/ap",
            ),
            (
                "He said so. &#124; associated press tennessee state sen. Stacey campfield spoke.",
                "&#124; associated press",
            ),
            (
                "It was monday. &#124; j. Scott applewhite/ap protesters were dragged out.",
                "&#124; j. Scott applewhite/ap",
            ),
            (
                "Ads ran in black and white. ( credit: cbs/sprint ) if history is any indication.",
                "( credit: cbs/sprint )",
            ),
        ] {
            assert_eq!(cut(s), [(credit, BlockKind::Caption)], "{s}");
        }
        assert_eq!(
            cut("He said so. ( sign up for politico's morning money tip sheet ) among the others."),
            [(
                "( sign up for politico's morning money tip sheet )",
                BlockKind::Notice
            )]
        );
        assert!(cut("posted by: quo warranto &#124; apr 8, 2010 posted by: cindy").is_empty());
        assert!(cut("Polls. &#124; senate map, contest &#124; wsj/nbc poll daybreak.").is_empty());
    }

    #[test]
    fn blog_links_named_by_headlines() {
        assert_eq!(
            cut(
                "« rubio may debate on fox news &#124; main &#124; palin's bigger blunder » newt \
                 gingrich has tweeted."
            ),
            [(
                "« rubio may debate on fox news &#124; main &#124; palin's bigger blunder »",
                BlockKind::Widget
            )]
        );
        assert!(cut("He said « the main &#124; main &#124; thing » was the vote.").len() == 1);
        assert!(cut("It read &#124; main &#124; with no arrows at all.").is_empty());
    }

    #[test]
    fn page_text_beside_a_pipe() {
        for (s, stamp, kind) in [
            (
                "may 18, 2015, 1: 05 am &#124; the republican senator says he would announce it.",
                "may 18, 2015, 1: 05 am &#124;",
                BlockKind::DateLine,
            ),
            (
                "originally published june 23, 2011 at 12: 50 pm &#124; page modified june 24, \
                 2011 at 1: 55 pm the justice department says two men were arrested.",
                "originally published june 23, 2011 at 12: 50 pm &#124; page modified june 24, \
                 2011 at 1: 55 pm",
                BlockKind::DateLine,
            ),
            (
                "kevin tidmarsh &#124; nov. 11, 2015, 8: 02 p.m. a crowd of students gathered.",
                "kevin tidmarsh &#124; nov. 11, 2015, 8: 02 p.m.",
                BlockKind::Byline,
            ),
            (
                "the republic &#124; azcentral.com wed jan 22, 2014 1: 43 pm the image of the \
                 fraternities went from bad to worse.",
                "the republic &#124; azcentral.com wed jan 22, 2014 1: 43 pm",
                BlockKind::Byline,
            ),
            (
                "updated &#124; doctors in belgium are granting a woman the right to die.",
                "updated &#124;",
                BlockKind::Widget,
            ),
        ] {
            assert_eq!(cut(s), [(stamp, kind)], "{s}");
        }
        // A video's headline goes with its stamp; a number before a clock is the headline's, a
        // word after the playing time the lead's.
        assert_eq!(
            cut(
                "It aired. Siriusxm to buy pandora for $ 3.5 billion 11: 12 am et mon, 24 sept \
                 2018 &#124; 01: 00 satellite radio company siriusxm plans to acquire pandora."
            ),
            [
                (
                    "Siriusxm to buy pandora for $ 3.5 billion",
                    BlockKind::Headline
                ),
                (
                    "11: 12 am et mon, 24 sept 2018 &#124; 01: 00",
                    BlockKind::DateLine
                )
            ]
        );
        assert_eq!(
            cut(
                "russia pays big to keep lenin's body thursday, 14 apr 2016 &#124; 5: 46 am et \
                 &#124; 00: 33 the russian government has revealed it will pay."
            ),
            [
                ("russia pays big to keep lenin's body", BlockKind::Headline),
                (
                    "thursday, 14 apr 2016 &#124; 5: 46 am et &#124; 00: 33",
                    BlockKind::DateLine
                )
            ]
        );
        assert_eq!(
            cut("Storm kills 12 4: 10 pm et sun, 5 may 2017 &#124; 01: 36 may the rain stop."),
            [
                ("Storm kills 12", BlockKind::Headline),
                (
                    "4: 10 pm et sun, 5 may 2017 &#124; 01: 36",
                    BlockKind::DateLine
                )
            ]
        );
        for s in [
            // A comment's author and date, a menu, a name with a pipe, a table of years.
            "he said so. posted by: cindy &#124; apr 7, 2010 12: 52: 42 am i agree.",
            "jackson asked nola.com &#124; the times-picayune to name the commenters.",
            "zika data. 2018 &#124; 2017 &#124; 2016 provisional data as of april 4.",
            "free apps &#124; now &#124; facebook &#124; twitter twenty-eight-year-old geraldine.",
            // A date glued after prose with no clock on either side.
            "the vote came on may 5, 2015 &#124; the senate met.",
            // A label inside a sentence, a link's label, a lone pipe opening the text.
            "he saw the photos &#124; and left.",
            "it was hot. related &#124; body of man who fell into hot spring will not be found.",
            "&#124; ( 04-29 ) 04: 00 pdt washington -- the white house threatened thursday.",
            // Page text running on after another pipe.
            "photography by sarah dunn &#124; september 24, 2014 &#124; people two-time nominee.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }
}
