//! Page furniture around a paragraph's separators: a blog's or gallery's navigation links (`«
//! previous &#124; main &#124; next »`, `❮ prev next ❯`, `Previous next enlarge`, empty table
//! cells `&#124; &#124; news &#124; &#124; page 1 of 1` opening a paragraph), AP's `___` separators with what follows
//! them (a live update's time stamp `___ 9: 00 a.m.`, the member-exchange credit `___ information
//! from: the ( attleboro, mass. ) sun chronicle, http://…`, a correction notice `___ this story
//! has been changed to correct …`), a photo credit after a pipe (`… on wednesday. &#124; getty
//! trump: …`, `&#124; jay westcott/politico`), and a bracketed `( credit: Name )`.

use super::super::BlockKind;
use super::{Cut, Para, is_number, sentence_end, sentence_start, tokens};

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
        if !alone || cuts.iter().any(|c| c.0 <= at && at < c.1) {
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
/// …`, `&#124; ap washington -- …`, `&#124; jay westcott/politico debate turns …`): the pipe
/// and an agency alone, or words up to one with a slash. A pipe between headlines or a
/// comment's fields (`posted by: cindy &#124; apr 7`) stays.
fn pipe_credits(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !super::holds!(l, "&#124; ") {
        return;
    }
    for (at, _) in l.match_indices("&#124; ") {
        if !sentence_start(l, at) || cuts.iter().any(|c| c.0 <= at && at < c.1) {
            continue;
        }
        let body = at + "&#124; ".len();
        let toks: Vec<(usize, &str)> = tokens(l, body).take(PIPE_CREDIT_WORDS + 1).collect();
        let Some(&(p0, t0)) = toks.first() else {
            continue;
        };
        let end = if PIPE_AGENCIES.contains(&t0) && toks.len() > 1 {
            Some(p0 + t0.len())
        } else {
            toks.iter()
                .take(PIPE_CREDIT_WORDS)
                .take_while(|(_, t)| !t.ends_with(['.', ':', ',']))
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
        if cuts.iter().any(|c| c.0 <= at && at < c.1) {
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
    gallery_buttons(l, cuts);
    pipe_cells(l, cuts);
    // The paragraph's scan tells whether it holds a separator at all (most do not), without a
    // `memmem` searcher built for each.
    if super::holds!(l, "___") {
        ap_separators(l, cuts);
    }
    pipe_credits(l, cuts);
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
}
