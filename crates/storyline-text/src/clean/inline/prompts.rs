//! Calls to action a page prints between an article's sentences, each behind a `contains`
//! pre-check:
//!
//! - CNN's **ticker prompt** `follow the ticker on twitter: @politicalticker` (and `follow
//!   <name> on twitter: @handle`), opening a sentence or after a dash that opens one, through
//!   the handle (the lead after it has no stop between);
//! - the Daily Mail's **`Scroll down for video`** label opening a sentence, the four words alone
//!   (the caption or lead after it stays); `( scroll down for updates )` in brackets; a whole
//!   sentence of at most [`SCROLL_SENTENCE_WORDS`] words opening `scroll down for`/`scroll
//!   down to` (`scroll down for funeral service information.`);
//! - **breaking-news notices**, whole sentences only: `this is a developing story.`, `this is a
//!   breaking news update.`, `check back soon for further information.`, `ap's earlier story is
//!   below.` (a sentence that goes on, `this is a developing story of …`, is prose);
//! - a **`read more` link ending in an arrow** opening a sentence (`Read more »`, `Read more
//!   about asia's space race ➝`), through the arrow;
//! - a **text-alert offer**: `text news to 41212.` with its terms (`up to 5 msg/day.`, `text
//!   help for help.`, `text stop to cancel.`) and the question before it (`want to get breaking
//!   news texts on your phone?`);
//! - a **contributor credit**, a whole sentence ending `contributed to this report.` (or `…
//!   contributed reporting.`, `… to this report from columbia, south carolina.`): on its own
//!   line the line rules take it as a byline, glued into flattened text it stayed prose;
//! - CNN's **video widget** `just watched <headline> replay more videos ...`, with the `must
//!   watch <headline> 01: 20` after it;
//! - social buttons **`report this ad`** and **`like us on facebook`** wherever they stand, and
//!   a whole **`tap to read more.`** sentence;
//! - a **publisher's pitch**, a whole sentence in which the site asks for its readers' money or
//!   membership: one that opens on its own journalism (`Our journalism takes a lot of time,
//!   effort, and hard work to produce.`), or tells of it with a word of the pitch (`We want to
//!   keep our journalism open and accessible …`, `… we depend on subscription revenues to
//!   support our journalism.`), or opens with the instruction (`Become a member to read our
//!   premium content …`, `Support local journalism …`); a sentence cut off at the paragraph's
//!   end counts (`Our journalism takes a lot of time, effort,`), and so does the site telling
//!   of its own paywall (`Unlike many other news organizations, we have not put up a paywall.`).
//!   Quoted or reported words are news (`" … the independence of our journalism, " he said.`),
//!   and so is prose that tells of someone becoming a member (`… will become a member of the
//!   board.`);
//! - a **sign-up pitch** glued before a lead or cut short by the page, through what it offers
//!   (`Sign up for breaking news alerts from nbc news`, `sign up for the daily 202, the
//!   washington post's new political tipsheet`, `Subscribe to haaretz and get full coverage`),
//!   and the newsletter's tagline before it (`the most reliable politics newsletter.`);
//! - a **`follow … on twitter`** prompt with the handle after `at` (`follow david leonhardt on
//!   twitter at @dleonhardt.`, with the byline it repeats before it) or as the name (`follow
//!   @ccamia on twitter http://usat.ly/…`, at the paragraph's end);
//! - the Jerusalem Post's pitch, whole sentences: the site's letter to its readers (`Dear
//!   reader, as you can imagine, …`) and the site among its peers (`… high-quality publications,
//!   like ours, are being forced to …`);
//! - a **tip line**: `have a tip we should know? tips@mediaite.com` (or `got a tip …?`), the
//!   question through the e-mail address after it, wherever it stands (after a cut `follow … on
//!   twitter` prompt too); without the address a tip is news (`police got a tip.`).
//! - a **comment prompt**: a whole sentence of at most [`COMMENT_PROMPT_WORDS`] words that opens
//!   on an imperative to the reader and ends in the page's comments (`let us know in the
//!   comments.`, `sound off in the comments below!`, `share your thoughts in the comments.`),
//!   with the question to the reader right before it (`What do you think of the video?`, at
//!   most [`READER_QUESTION_WORDS`] words with `you` or `your`, no quotation mark). Prose about
//!   comments (`huie is enduring some ribbing in the comments section …`, `in the comments, they
//!   clarified …`) opens on no such verb, and a prompt that goes on (`let us know in the
//!   comments, and check out …`) is left whole.
//! - a page's **comment link** after its headline, before the lead (`Sarah palin says levi
//!   johnston is welcome at thanksgiving conflicting views or leave a comment of your own see
//!   what other readers have to say about this story – if levi …`), with the headline;
//! - a **click widget** whose words are fixed and end where the widget does: the Mirror's video
//!   player (`video loading video unavailable click to play tap to play the video will start in 8
//!   cancel play now`, with its end screen `watch this video again video will play in <title>
//!   share this video watch next` when printed), Kinja's GIF link with the player's notice before it (`your browser does
//!   not support html5 video tag. click here to view original gif`), a gallery's `click photo to
//!   enlarge « 1 2 3 »` (with its photographer's name printed again before it), `click for
//!   larger image` opening a sentence and `click here if you are having a problem viewing the
//!   video on a mobile device`. Glued before a lead, nothing else shows where such a widget ends;
//!   the fixed words do, so only they go. Each form recurs in Multi-News val and train across
//!   documents (2 to 8 in the first 10,000 train clusters), and prose never says them;
//! - an **opinion disclaimer**, a whole sentence opening `The opinions expressed` / `The views
//!   expressed` that gives the views to the author (`The opinions expressed in this commentary
//!   are solely those of the author.`, `… are his own.`, `The views expressed are those of the
//!   author and are not necessarily those of scientific american.`), with Scientific American's
//!   comment counter (`&#124; 51`) opening the paragraph before it and its `Email print` buttons
//!   after it. The page says it about its own column; a report of someone's views quotes or says
//!   who spoke, and stays;
//! - a **section's link prompt** opening a paragraph: the section's name, `for more, visit` and
//!   the name again (`Time health for more, visit time health a rigorous federal research study
//!   …`), through the repeated name; the name is at most [`SECTION_NAME_WORDS`] words, and a
//!   prompt that names anything else (`for more, visit our new third world america section.`)
//!   is left to the sentence rules.

use super::super::BlockKind;
use super::{Cut, Para, overlaps, sentence_start};
use crate::span::offset_in;

/// Most words of a whole `scroll down for …` sentence (`scroll down for past debates including
/// the full video of each debate.`).
const SCROLL_SENTENCE_WORDS: usize = 12;

/// Whole sentences a page says about its own story while it is breaking.
const BREAKING_NOTICES: [&str; 6] = [
    "this is a developing story.",
    "this is a breaking news update.",
    "check back soon for further information.",
    "check back for updates.",
    "check back later for updates.",
    "ap's earlier story is below.",
];

/// The reason of the ticker prompt's cut.
const TICKER: &str = "call to action (follow the ticker on twitter: @handle)";
/// The reason of the scroll label's cut.
const SCROLL: &str = "call to action (Scroll down for video)";
/// The reason of a breaking-news notice's cut.
const BREAKING: &str = "call to action (this is a developing story.)";
/// The reason of a `read more` link ending in an arrow.
const ARROW_LINK: &str = "call to action (Read more about … ➝)";
/// The reason of a text-alert offer's cut.
const TEXT_ALERT: &str = "call to action (text news to 41212.)";

/// The reason of a contributor credit's cut.
const CONTRIBUTOR: &str = "contributor credit (… contributed to this report.)";
/// The reason of CNN's video widget's cut.
const VIDEO_WIDGET: &str = "video widget (just watched … replay more videos …)";
/// The reason of a social button's cut.
const SOCIAL_BUTTON: &str = "call to action (report this ad, like us on facebook)";
/// The reason of a tip line's cut.
const TIP_LINE: &str = "call to action (have a tip we should know? tips@…)";
/// The reason of a comment prompt's cut.
const COMMENT_PROMPT: &str = "call to action (What do you think? let us know in the comments.)";
/// The reason of a publisher's pitch's cut.
const PITCH: &str = "publisher's pitch (Our journalism takes a lot of time …, Become a member …)";

/// The reason of a click widget's cut.
const CLICK_WIDGET: &str =
    "call to action (click widget: click to play tap to play …, click photo to enlarge « 1 2 »)";
/// The reason of an opinion disclaimer's cut.
const DISCLAIMER: &str = "opinion disclaimer (The opinions expressed in this commentary are solely those of the author.)";

/// Finds the calls to action in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    section_prompt(l, cuts);
    if super::holds!(l, "click") {
        click_widgets(l, cuts);
    }
    disclaimers(l, cuts);
    if super::holds!(l, "contributed") {
        contributors(l, cuts);
    }
    if super::holds!(l, "more videos") {
        video_widgets(l, cuts);
    }
    if super::holds!(l, "report this ad")
        || super::holds!(l, "like us on facebook")
        || super::holds!(l, "tap to read more.")
    {
        social_buttons(l, cuts);
    }
    if super::holds!(l, " on twitter") {
        ticker(l, cuts);
    }
    if super::holds!(l, "journalism")
        || super::holds!(l, "become a ")
        || super::holds!(l, "paywall")
        || super::holds!(l, "dear reader")
        || super::holds!(l, " like ours")
    {
        pitches(l, cuts);
    }
    if super::holds!(l, "sign up for") || super::holds!(l, "subscribe to ") {
        sign_ups(l, cuts);
    }
    if super::holds!(l, "a tip ") {
        tip_lines(l, cuts);
    }
    if super::holds!(l, "in the comment") {
        comment_prompts(l, cuts);
    }
    // `your own` holds `you`, `this story` holds `story`: both cues of other passes.
    if super::holds!(l, "you") && super::holds!(l, "story") {
        comment_links(l, cuts);
    }
    if super::holds!(l, "scroll down") {
        scroll(l, cuts);
    }
    // Each notice holds one of these four (`this is a developing story.`, `ap's earlier story is
    // below.`, `check back …`, `this is a breaking news update.`): most paragraphs that hold
    // `story` hold none, and are not searched for the six notices.
    if super::holds!(l, "developing story.")
        || super::holds!(l, "story is below.")
        || super::holds!(l, "check back")
        || super::holds!(l, "update.")
    {
        breaking(l, cuts);
    }
    if super::holds!(l, "msg/day") || super::holds!(l, "text news to") {
        text_alert(l, cuts);
    }
    if super::holds!(l, "read more")
        && (super::holds!(l, "»") || super::holds!(l, "➝") || super::holds!(l, "→"))
    {
        arrow_links(l, cuts);
    }
}

/// Most words of a section's name before its link prompt (`time health`).
const SECTION_NAME_WORDS: usize = 3;

/// The words between a section's name and the name again in its link prompt.
const SECTION_PROMPT: &str = " for more, visit ";

/// A section's link prompt opening the paragraph, `<name> for more, visit <name>`, the same
/// words twice (see the module's doc). The name comes first, so the prompt starts at one of
/// the paragraph's first spaces or nowhere: only those few places are compared, no search.
fn section_prompt(l: &str, cuts: &mut Vec<Cut>) {
    let Some(at) = memchr::memchr_iter(b' ', l.as_bytes())
        .take(SECTION_NAME_WORDS + 1)
        .find(|&sp| l[sp..].starts_with(SECTION_PROMPT))
    else {
        return;
    };
    let name = l[..at].trim_start();
    let words = name.split(' ');
    if words.clone().count() > SECTION_NAME_WORDS
        || !words
            .into_iter()
            .all(|w| !w.is_empty() && w.chars().all(char::is_alphanumeric))
    {
        return;
    }
    let after = at + SECTION_PROMPT.len();
    // The name again, as whole words, and the lead after it.
    if l[after..].starts_with(name) && l[after + name.len()..].starts_with(' ') {
        let start = l.len() - l.trim_start().len();
        cuts.push((start, after + name.len(), BlockKind::Widget, SECTION));
    }
}

/// The reason of a section's link prompt's cut.
const SECTION: &str = "call to action (Time health for more, visit time health)";

/// Most words of a link's text before its arrow (`read more about asia's space race ➝`).
const ARROW_LINK_WORDS: usize = 10;

/// A `read more` link opening a sentence and ending in an arrow (`Read more »`, `Read more about
/// asia's space race ➝`), through the arrow.
fn arrow_links(l: &str, cuts: &mut Vec<Cut>) {
    for (at, _) in l.match_indices("read more") {
        if !sentence_start(l, at) {
            continue;
        }
        let arrow = l[at..]
            .split_whitespace()
            .take(ARROW_LINK_WORDS + 2)
            .find(|w| matches!(*w, "»" | "➝" | "→"));
        if let Some(w) = arrow {
            let end = offset_in(l, w) + w.len();
            cuts.push((at, end, BlockKind::Widget, ARROW_LINK));
        }
    }
}

/// Words of a publisher's pitch, at most (the Jerusalem Post's `We want to keep our journalism
/// open and accessible …` has 32).
const PITCH_MAX_WORDS: usize = 40;

/// How a pitch opens: the site's own journalism as the subject, or the instruction to the reader.
const PITCH_OPENERS: [&str; 5] = [
    "our journalism ",
    "support our journalism",
    "support local journalism",
    "become a member ",
    "become a subscriber",
];

/// Word stems of a pitch that tells of the site's journalism inside the sentence (`… please
/// consider subscribing today.`, `… open and accessible …`, `… to support our journalism.`).
const PITCH_WORDS: [&str; 8] = [
    "subscri",
    "support",
    "enjoy",
    "accessible",
    "paywall",
    "contribution",
    "donat",
    "member",
];

/// Publisher's pitches, whole sentences (see the module's doc).
fn pitches(l: &str, cuts: &mut Vec<Cut>) {
    for (at, _) in l
        .match_indices("our journalism")
        .chain(l.match_indices("become a "))
        .chain(l.match_indices("support local journalism"))
        .chain(l.match_indices("paywall"))
        .chain(l.match_indices("dear reader"))
        .chain(l.match_indices(" like ours"))
    {
        let start = super::in_this::sentence_start_before(l, at + 1);
        if overlaps(cuts, start, at + 1) {
            continue;
        }
        let s = &l[start..];
        let opens = PITCH_OPENERS.iter().any(|o| s.starts_with(o))
            || s.starts_with("dear reader, ")
            || s.starts_with("dear readers, ");
        // Through the stop, or through the paragraph's end when the pitch ends it (on its stop,
        // or cut short by the page).
        let end = super::first_sentence_end(l, start, PITCH_MAX_WORDS).or_else(|| {
            let rest = s.trim_end();
            (rest.split_whitespace().count() <= PITCH_MAX_WORDS
                && !rest
                    .trim_end_matches(['.', '?', '!'])
                    .contains(['.', '?', '!']))
            .then_some(start + rest.len())
        });
        let Some(end) = end.filter(|&e| e > at) else {
            continue;
        };
        let sentence = &l[start..end];
        let ours =
            sentence.starts_with("we ") || sentence.contains(" we ") || sentence.contains(" our ");
        let tells = (sentence.contains("our journalism")
            && PITCH_WORDS.iter().any(|w| sentence.contains(w)))
            || (sentence.contains("paywall") && ours)
            || (sentence.contains(" like ours")
                && ["publications", "news organizations", "newspapers"]
                    .iter()
                    .any(|w| sentence.contains(w)));
        if !(opens || tells)
            || sentence.contains(['"', '“', '”'])
            || [" said", " says", " told", "according to"]
                .iter()
                .any(|r| sentence.contains(r))
            || s.starts_with("become a member of ")
        {
            continue;
        }
        cuts.push((start, end, BlockKind::Widget, PITCH));
    }
}

/// Words of a sign-up pitch from its opener through its end, at most (`sign up for the daily
/// 202, the washington post's new political tipsheet` has ten).
const SIGN_UP_WORDS: usize = 12;

/// How a sign-up pitch opens.
const SIGN_UP_OPENERS: [&str; 2] = ["sign up for ", "subscribe to "];

/// Words a sign-up pitch ends on: what the reader gets (`… tipsheet`, `… breaking news alerts`,
/// `… and get full coverage`, `… and get the latest news`).
const SIGN_UP_ENDS: [&str; 6] = [
    "newsletter",
    "tipsheet",
    "alerts",
    "full coverage",
    "the latest news",
    "in your inbox",
];

/// Nouns a publisher's name ends on (`nbc news`, `the associated press`, `albuquerque journal`).
pub(super) const PUBLISHER_NOUNS: [&str; 9] = [
    "news", "press", "journal", "times", "post", "herald", "tribune", "gazette", "magazine",
];

/// Words of the tagline before a sign-up pitch, at most (`the most reliable politics
/// newsletter.`).
const TAGLINE_WORDS: usize = 6;

/// The reason of a sign-up pitch's cut.
const SIGN_UP: &str = "call to action (Sign up for breaking news alerts from nbc news)";
/// The reason of a newsletter's tagline's cut.
const TAGLINE: &str =
    "newsletter tagline before a sign-up pitch (The most reliable politics newsletter.)";

/// Sign-up pitches: `sign up for`/`subscribe to` opening a sentence, through the first of
/// [`SIGN_UP_ENDS`] at most [`SIGN_UP_WORDS`] words on, with `from <publisher>` after it (a
/// name of one to three words ending on one of [`PUBLISHER_NOUNS`]) and the rest of the sentence
/// when it ends `in your inbox.`. The lead the page glued after it stays (`… alerts from nbc news
/// the statement, described as …`); a pitch that is its whole sentence is the notice rules'
/// ([`whole_notice`]). A tagline of at most [`TAGLINE_WORDS`] words ending `newsletter.` right
/// before goes too. Prose that tells of signing up has none of these ends or opens no sentence
/// (`… to sign up for a plan`).
fn sign_ups(l: &str, cuts: &mut Vec<Cut>) {
    for opener in SIGN_UP_OPENERS {
        for (at, _) in l.match_indices(opener) {
            if !sentence_start(l, at) || overlaps(cuts, at, at + 1) {
                continue;
            }
            let Some(end) = sign_up_end(l, at + opener.len()) else {
                continue;
            };
            // The tagline (`the most reliable politics newsletter.`) goes whoever cuts the pitch.
            let head = l[..at].trim_end();
            if let Some(h) = head.strip_suffix("newsletter.") {
                let s = super::in_this::sentence_start_before(l, h.len());
                if l[s..head.len()].split_whitespace().count() <= TAGLINE_WORDS
                    && !overlaps(cuts, s, head.len())
                {
                    cuts.push((s, head.len(), BlockKind::Widget, TAGLINE));
                }
            }
            if !whole_notice(l, end) {
                cuts.push((at, end, BlockKind::Widget, SIGN_UP));
            }
        }
    }
}

/// Words that tell a sign-up sentence's rest speaks of the newsletter too (`… newsletter to get
/// the latest updates on …`, `… and other special offers: sign me up …`).
const SIGN_UP_TAIL: [&str; 8] = [
    "inbox",
    "newsletter",
    "sign up",
    "sign me up",
    "signing up",
    "subscri",
    "to get",
    "the latest",
];

/// True when the sentence a sign-up pitch ending at `end` opens is a notice as a whole, which the
/// notice rules take (`Sign up for our well family newsletter.`, `… newsletter here.`, `… in
/// your inbox every week.`): its rest to the stop is at most three words or speaks of the
/// newsletter ([`SIGN_UP_TAIL`]). Without a stop (the page cut it short) it is not.
fn whole_notice(l: &str, end: usize) -> bool {
    l[..end].ends_with(['.', '?', '!'])
        || stop_after(l, end, PITCH_MAX_WORDS).is_some_and(|stop| {
            let tail = &l[end..stop];
            tail.split_whitespace().count() <= 3 || SIGN_UP_TAIL.iter().any(|w| tail.contains(w))
        })
}

/// End of a sign-up pitch whose object starts at `from` (see [`sign_ups`]).
fn sign_up_end(l: &str, from: usize) -> Option<usize> {
    let mut end = None;
    for (i, t) in super::tokens(l, from).take(SIGN_UP_WORDS) {
        end = SIGN_UP_ENDS
            .iter()
            .find(|e| {
                l[i..].starts_with(*e)
                    && !l[i + e.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
            .map(|e| i + e.len());
        if end.is_some() || t.ends_with(['.', '?', '!', '"']) {
            break;
        }
    }
    let mut end = end?;
    if let Some(rest) = l[end..].strip_prefix(" from ") {
        let base = l.len() - rest.len();
        if let Some((i, t)) = super::tokens(l, base)
            .take(3)
            .find(|(_, t)| PUBLISHER_NOUNS.contains(t))
        {
            end = i + t.len();
        }
    }
    // `… and get the latest news, every morning — in your inbox.`
    if let Some(stop) = stop_after(l, end, SIGN_UP_WORDS)
        && l[end..stop].contains("in your inbox")
    {
        end = stop;
    } else if l[end..].starts_with('.') {
        end += 1;
    }
    Some(end)
}

/// End of the sentence going on at `from` within `max_words` words, the paragraph's last one
/// too when it ends on a stop ([`super::first_sentence_end`] wants a sentence after it).
///
/// The fallback stays here rather than in `first_sentence_end`: moved there (thirty-first round)
/// it made the glued read-more rule of `links.rs` cut news text in 2 val articles.
fn stop_after(l: &str, from: usize, max_words: usize) -> Option<usize> {
    super::first_sentence_end(l, from, max_words).or_else(|| {
        let rest = l[from..].trim_end();
        (rest.ends_with(['.', '?', '!']) && rest.split_whitespace().count() <= max_words)
            .then_some(from + rest.len())
    })
}

/// Words of a tip line's question, at most (`have a tip we should know?` has six).
const TIP_QUESTION_WORDS: usize = 8;

/// Tip lines (see the module's doc): `have a tip`/`got a tip` opening a question of at most
/// [`TIP_QUESTION_WORDS`] words that an e-mail address follows.
fn tip_lines(l: &str, cuts: &mut Vec<Cut>) {
    for (at, _) in l.match_indices("a tip ") {
        let Some(opener) = ["have ", "got "]
            .iter()
            .find(|o| l[..at].ends_with(*o))
            .map(|o| at - o.len())
        else {
            continue;
        };
        if opener > 0 && !l[..opener].ends_with(char::is_whitespace) {
            continue;
        }
        let Some(q) = l[opener..].find('?').map(|q| opener + q) else {
            continue;
        };
        let after = l[q + 1..].trim_start();
        let address = after.split_whitespace().next().unwrap_or("");
        let email = address.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.trim_end_matches('.').contains('.')
        });
        if l[opener..q].split_whitespace().count() > TIP_QUESTION_WORDS
            || l[opener..q].contains(['.', '!', '"'])
            || !email
        {
            continue;
        }
        let end = l.len() - after.len() + address.len();
        cuts.push((opener, end, BlockKind::Widget, TIP_LINE));
    }
}

/// Words of a comment prompt, at most (`as always, ask us your questions in the comments below
/// and we'll get back to you!` has 17).
const COMMENT_PROMPT_WORDS: usize = 18;

/// Words of the question to the reader before a comment prompt, at most (`would you hire an
/// applicant based on a resume like this?` has 10).
const READER_QUESTION_WORDS: usize = 16;

/// Verbs that open a comment prompt, addressed to the reader (after an optional `please`, `so`
/// or `as always`).
const COMMENT_PROMPT_VERBS: [&str; 17] = [
    "add", "ask", "chime", "drop", "feel", "give", "join", "leave", "let", "make", "offer", "post",
    "share", "sound", "tell", "weigh", "write",
];

/// What may follow `in the comment` up to the prompt's stop: the widget's name and place.
const COMMENT_PLACES: [&str; 8] = [
    "s section below",
    "s section",
    "s below",
    "s module below",
    " section below",
    " section",
    " module below",
    "s",
];

/// Comment prompts (see the module's doc): from the sentence's start (or the reader question
/// before it) through its stop.
fn comment_prompts(l: &str, cuts: &mut Vec<Cut>) {
    for (at, m) in l.match_indices("in the comment") {
        let Some(place) = COMMENT_PLACES
            .iter()
            .find(|p| l[at + m.len()..].starts_with(*p))
        else {
            continue;
        };
        let after = at + m.len() + place.len();
        // The stop, right after the place or after a few words (`let us know in the comments
        // what you got!`); a clause after a comma goes on past the prompt.
        let Some(stop) = l[after..]
            .find(['.', '!', '?', ',', ';', '"'])
            .map(|i| after + i)
            .filter(|&i| {
                l[i..].starts_with(['.', '!', '?']) && l[after..i].split_whitespace().count() <= 4
            })
        else {
            continue;
        };
        let end = stop + l[stop..].len() - l[stop..].trim_start_matches(['.', '!', '?']).len();
        if l[end..].starts_with(|c: char| !c.is_whitespace()) {
            continue;
        }
        let Some(start) = sentence_back(l, at, COMMENT_PROMPT_WORDS) else {
            continue;
        };
        let opener = l[start..at]
            .trim_start_matches("please ")
            .trim_start_matches("so, ")
            .trim_start_matches("as always, ");
        let verb = opener.split([' ', ',']).next().unwrap_or("");
        if !COMMENT_PROMPT_VERBS.contains(&verb) || l[start..at].contains(['"', '“', '”']) {
            continue;
        }
        let from = reader_question(l, start).unwrap_or(start);
        cuts.push((from, end, BlockKind::Widget, COMMENT_PROMPT));
    }
}

/// Words of a page's headline (and deck) before a comment link's prompt, at most (the longest
/// read in train: 16).
const COMMENT_LINK_HEAD_WORDS: usize = 30;

/// Words from a comment link's `leave a comment` to the `about this story` that closes it, at
/// most (`leave a comment of your own see what other readers have to say about this story`:
/// 16).
const COMMENT_LINK_WORDS: usize = 20;

/// The reason of a comment link's cut.
const COMMENT_LINK: &str =
    "page headline and comment link (… or leave a comment of your own … about this story –)";

/// A page's links to its comments glued after the headline, before the lead (`Sarah palin says
/// levi johnston is welcome at thanksgiving conflicting views or leave a comment of your own
/// see what other readers have to say about this story – if levi johnston would like …`): from
/// the paragraph's start (at most [`COMMENT_LINK_HEAD_WORDS`] words before it) through `leave a
/// comment`, the readers' comments and `about this story`, to the dash after it. The page
/// prints its headline, deck or photo credit first, so everything before the prompt goes with
/// it; the prompt anywhere else, or without its dash, stays.
fn comment_links(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LEAVE: &str = "leave a comment";
    const CLOSE: &str = " about this story";
    // The page prints one prompt, right after its headline: the first is the one.
    let Some(at) = super::occurrences!(l, LEAVE).next() else {
        return;
    };
    let start = super::reader_start(l, cuts);
    if start > at || l[start..at].split_whitespace().count() > COMMENT_LINK_HEAD_WORDS {
        return;
    }
    let Some(close) = l[at..].find(CLOSE).map(|i| at + i + CLOSE.len()) else {
        return;
    };
    let prompt = &l[at..close];
    if prompt.split_whitespace().count() > COMMENT_LINK_WORDS
        || !prompt.contains("readers")
        || prompt.contains(['.', '!', '?', '"'])
    {
        return;
    }
    if let Some((dash, t)) = super::tokens(l, close).next()
        && super::datelines::is_dash(t)
        && !overlaps(cuts, start, dash + t.len())
    {
        cuts.push((start, dash + t.len(), BlockKind::Widget, COMMENT_LINK));
    }
}

/// Start of the sentence that `at` is inside, when it opens within `max_words` words before
/// `at` (after a stop and a space, or at the paragraph's start).
fn sentence_back(l: &str, at: usize, max_words: usize) -> Option<usize> {
    let before = &l[..at];
    let start = before.rfind(['.', '!', '?']).map_or(0, |i| {
        i + 1 + before[i + 1..].len() - before[i + 1..].trim_start().len()
    });
    (sentence_start(l, start) && l[start..at].split_whitespace().count() <= max_words)
        .then_some(start)
}

/// Start of a question to the reader that ends right before `start` (`What's your take on the
/// trailer? let us know …`): a whole sentence ending on `?`, with `you` or `your`, no quotation
/// mark, at most [`READER_QUESTION_WORDS`] words.
fn reader_question(l: &str, start: usize) -> Option<usize> {
    let q = l[..start].trim_end();
    if !q.ends_with('?') || q.len() == start {
        return None;
    }
    let from = sentence_back(l, q.len() - 1, READER_QUESTION_WORDS)?;
    let question = &l[from..q.len() - 1];
    let to_reader = question
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "you" || w == "your");
    (to_reader && !question.contains(['"', '“', '”', ':'])).then_some(from)
}

/// Start of a dash standing as a word right before `at` when a sentence opens before it (`… the
/// aide said. - follow …`), else `at`. Two dashes or more in a row (`[ photo via screengrab ] — —
/// follow …`) are the page's rule between the article and its furniture, a sentence's end or
/// not: prose sets one dash between its words, not two.
fn dash_before(l: &str, at: usize) -> usize {
    let mut before = l[..at].trim_end();
    let mut dashes = 0;
    while let Some(rest) = ["--", "—", "–", "-"].iter().find_map(|d| {
        before
            .strip_suffix(d)
            .filter(|r| r.is_empty() || r.ends_with(char::is_whitespace))
    }) {
        before = rest.trim_end();
        dashes += 1;
    }
    let start = before.len() + usize::from(!before.is_empty());
    if dashes >= 2 || (dashes == 1 && sentence_start(l, start)) {
        start
    } else {
        at
    }
}

fn ticker(l: &str, cuts: &mut Vec<Cut>) {
    for (at, _) in l.match_indices("follow ") {
        let Some((on, end)) = twitter_prompt(l, at) else {
            continue;
        };
        let name = &l[at + "follow ".len()..on];
        let mut start = dash_before(l, at);
        if name.starts_with('@') {
            // A handle as the name (`follow @ccamia on twitter http://…`) is the page's only at
            // the paragraph's end; a whole sentence of it is the follow-prompt rule's.
            if !l[end..].trim().is_empty() {
                continue;
            }
        } else if start == at && !sentence_start(l, at) {
            // The byline the prompt repeats (`… terrible. david leonhardt follow david
            // leonhardt on twitter at @dleonhardt.`) goes with it.
            let byline = l[..at].trim_end();
            let Some(by) = byline
                .strip_suffix(name)
                .filter(|b| sentence_start(l, b.len()))
            else {
                continue;
            };
            start = by.len();
        }
        // The dash before the CNN form is no dateline's; the other forms leave a cut of
        // another pass as it is (`follow @gossipcop on twitter!`, a follow prompt).
        if !l[on..].starts_with(" on twitter: @") && overlaps(cuts, start, end) {
            continue;
        }
        cuts.retain(|c| c.0 < start || c.1 > end);
        cuts.push((start, end, BlockKind::Widget, TICKER));
    }
}

/// Words of the name between `follow` and `on twitter`, at most (`follow the ticker`, `follow
/// josh feldman`, `follow @ccamia`).
const TICKER_NAME_CHARS: usize = 30;

/// Where `on twitter` opens and the prompt ends for a `follow` at `at`: through the handle after
/// `on twitter: @` or `on twitter at @`, or, when the name is itself the handle (`follow @ccamia
/// on twitter`), through `twitter` and a link after it (`http://usat.ly/…`). A name of words
/// with no handle after it is prose (`fans who follow the team on twitter said so`).
fn twitter_prompt(l: &str, at: usize) -> Option<(usize, usize)> {
    let on = at
        + l[at..]
            .find(" on twitter")
            .filter(|&o| o <= TICKER_NAME_CHARS)?;
    let name = &l[at + "follow ".len()..on];
    if name.is_empty() || name.contains(['.', ',', ';', ':', '"']) {
        return None;
    }
    let after = on + " on twitter".len();
    let rest = &l[after..];
    let token_end = |from: usize| {
        from + l[from..]
            .find(char::is_whitespace)
            .unwrap_or(l.len() - from)
    };
    if let Some(h) = [": @", " at @"]
        .iter()
        .find_map(|p| rest.strip_prefix(p).map(|_| after + p.len() - 1))
    {
        return Some((on, token_end(h)));
    }
    if !name.starts_with('@') || name.contains(' ') {
        return None;
    }
    let end = token_end(after);
    let link = l[end..].trim_start();
    Some(if link.starts_with("http") {
        (on, token_end(l.len() - link.len()))
    } else {
        (on, end)
    })
}

fn scroll(l: &str, cuts: &mut Vec<Cut>) {
    for (at, _) in l.match_indices("scroll down") {
        let rest = &l[at..];
        if rest.starts_with("scroll down for video ") && sentence_start_or_quote(l, at) {
            cuts.push((
                at,
                at + "scroll down for video".len(),
                BlockKind::Widget,
                SCROLL,
            ));
            continue;
        }
        // `( scroll down for updates )`.
        if l[..at].trim_end().ends_with('(')
            && let Some(close) = rest.find(')').filter(|&c| c <= 60)
            && !rest[..close].contains('(')
        {
            let open = l[..at].trim_end().len() - 1;
            cuts.push((open, at + close + 1, BlockKind::Widget, SCROLL));
            continue;
        }
        if (rest.starts_with("scroll down for ") || rest.starts_with("scroll down to "))
            && sentence_start(l, at)
            && let Some(stop) = rest.find(['.', '!', '?'])
            && rest[..stop].split_whitespace().count() < SCROLL_SENTENCE_WORDS
            && !rest[..stop].contains(['"', ':', ';', ','])
            && rest[stop + 1..].starts_with(char::is_whitespace)
        {
            cuts.push((at, at + stop + 1, BlockKind::Widget, SCROLL));
        }
    }
}

/// True when a sentence opens at `at`, or right after a closing single quote glued to it (the
/// Daily Mail's `… it's just isis.'scroll down for video`).
fn sentence_start_or_quote(l: &str, at: usize) -> bool {
    sentence_start(l, at)
        || l[..at]
            .strip_suffix('\'')
            .is_some_and(|b| b.ends_with(['.', '!', '?']))
}

fn breaking(l: &str, cuts: &mut Vec<Cut>) {
    for notice in BREAKING_NOTICES {
        // `contains` has a SIMD path that `match_indices` lacks: the gate in `find` lets in every
        // paragraph with `story`, and most hold none of the notices.
        if !l.contains(notice) {
            continue;
        }
        for (at, _) in l.match_indices(notice) {
            let end = at + notice.len();
            let after_bracket = l[..at].trim_end().ends_with(')');
            if (sentence_start(l, at) || after_bracket)
                && l[end..].chars().next().is_none_or(char::is_whitespace)
            {
                cuts.push((at, end, BlockKind::Widget, BREAKING));
            }
        }
    }
}

/// Endings of a contributor credit, after the contributors' names.
const CONTRIBUTOR_ENDINGS: [&str; 3] = [
    " contributed to this report",
    " contributed to this story",
    " contributed reporting",
];

/// Most words of the contributors' names and roles before the ending (`fox news'serafin gomez
/// and the associated press`, `cnn's terry frieden, melissa abbey and josh levs`).
const CONTRIBUTOR_WORDS: usize = 16;

/// Most words after the ending up to the credit's stop (`from columbia, south carolina.`).
const CONTRIBUTOR_TAIL_WORDS: usize = 5;

/// A whole sentence crediting contributors (`riya bhattacharjee contributed to this report.`,
/// `the associated press contributed to this report.`): from the sentence start (or an AP `___`
/// separator) through its stop. A sentence that goes on (`… contributed to this report's
/// findings`) or whose start is not near is prose.
fn contributors(l: &str, cuts: &mut Vec<Cut>) {
    for ending in CONTRIBUTOR_ENDINGS {
        for (at, _) in l.match_indices(ending) {
            let end = at + ending.len();
            let rest = &l[end..];
            // The stop: right away, or after a short `from …` place.
            let tail = if rest.starts_with('.') {
                Some(1)
            } else if rest.starts_with(" from ") {
                rest.find('.')
                    .filter(|&dot| {
                        rest[..dot].split_whitespace().count() <= CONTRIBUTOR_TAIL_WORDS
                            && !rest[..dot].contains(['?', '!', '"'])
                    })
                    .map(|dot| dot + 1)
            } else {
                None
            };
            let Some(tail) = tail else { continue };
            let stop = end + tail;
            if !l[stop..].chars().next().is_none_or(char::is_whitespace) {
                continue;
            }
            if let Some(start) = credit_start(l, at) {
                cuts.push((start, stop, BlockKind::Byline, CONTRIBUTOR));
            }
        }
    }
}

/// The start of the sentence that holds byte `at`, when it is at most [`CONTRIBUTOR_WORDS`]
/// words back: a sentence start or the word after an AP `___` separator.
fn credit_start(l: &str, at: usize) -> Option<usize> {
    let mut p = at;
    for _ in 0..=CONTRIBUTOR_WORDS {
        let before = l[..p].trim_end();
        let word_start = before.len()
            - before
                .rsplit(char::is_whitespace)
                .next()
                .map_or(0, str::len);
        if before.is_empty() {
            return Some(p);
        }
        if &before[word_start..] == "___" || sentence_start(l, p) {
            return Some(p);
        }
        p = word_start;
        if p == 0 {
            return Some(0);
        }
    }
    None
}

/// Most words of the headline in CNN's video widget.
const VIDEO_HEADLINE_WORDS: usize = 25;

/// CNN's video widget: `just watched <headline> replay more videos ...`, and when the `must
/// watch` card follows, the headline again and the clip's playing time (`must watch amateur
/// video shows courthouse assault 01: 20`).
fn video_widgets(l: &str, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "replay more videos";
    const OPEN: &str = "just watched ";
    const CARD: &str = "must watch ";
    for (at, _) in l.match_indices(LABEL) {
        let Some(start) = l[..at].rfind(OPEN) else {
            continue;
        };
        if l[start..at].split_whitespace().count() > VIDEO_HEADLINE_WORDS + 2 {
            continue;
        }
        let mut end = at + LABEL.len();
        let dots = l[end..].trim_start();
        if dots.starts_with("...") || dots.starts_with('…') {
            end = l.len() - dots.len()
                + if dots.starts_with('…') {
                    '…'.len_utf8()
                } else {
                    3
                };
        }
        // The `must watch` card: its headline and the clip's `mm: ss`.
        let card = l[end..].trim_start();
        if let Some(body) = card.strip_prefix(CARD) {
            let from = l.len() - body.len();
            let mut words = 0;
            let mut clock = None;
            for (i, w) in tokens_from(l, from) {
                words += 1;
                if words > VIDEO_HEADLINE_WORDS + 3 {
                    break;
                }
                if is_clock(l, i, w) {
                    clock = Some(clock_end(l, i));
                    break;
                }
            }
            // A card cut short with its page (Multi-News truncates its documents) goes to the end.
            end = clock.unwrap_or(if words <= VIDEO_HEADLINE_WORDS + 3 {
                l.trim_end().len()
            } else {
                end
            });
        }
        cuts.push((start, end, BlockKind::Widget, VIDEO_WIDGET));
    }
}

/// The words of `l` from byte `from`, each with its start.
fn tokens_from(l: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    l[from..]
        .split_whitespace()
        .map(move |w| (offset_in(l, w), w))
}

/// True when the word `w` at byte `i` opens a playing time: one or two digits and a colon,
/// then two digits after an optional space (`01: 20`, `3:05`).
fn is_clock(l: &str, i: usize, w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && w[digits..].starts_with(':')
        && l[i + digits + 1..]
            .trim_start_matches(' ')
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count()
            == 2
}

/// The end of the playing time that starts at byte `i` (see [`is_clock`]).
fn clock_end(l: &str, i: usize) -> usize {
    let colon = i + l[i..].find(':').unwrap_or(0) + 1;
    let rest = l[colon..].trim_start_matches(' ');
    let start = l.len() - rest.len();
    start + rest.bytes().take_while(u8::is_ascii_digit).count()
}

/// Social buttons printed between sentences: `report this ad` and `like us on facebook` (with
/// a `:` or `,` after it) wherever they stand, and a whole `tap to read more.` sentence.
fn social_buttons(l: &str, cuts: &mut Vec<Cut>) {
    const TAP: &str = "tap to read more.";
    for label in ["report this ad", "like us on facebook"] {
        for (at, _) in l.match_indices(label) {
            let mut end = at + label.len();
            if !l[end..]
                .chars()
                .next()
                .is_none_or(|c| c.is_whitespace() || matches!(c, ':' | ',' | '!' | '.'))
            {
                continue;
            }
            if l[end..].starts_with([':', ',', '!']) {
                end += 1;
            }
            cuts.push((at, end, BlockKind::Widget, SOCIAL_BUTTON));
        }
    }
    for (at, _) in l.match_indices(TAP) {
        if sentence_start(l, at) {
            cuts.push((at, at + TAP.len(), BlockKind::Widget, SOCIAL_BUTTON));
        }
    }
}

/// The Mirror's video player: its buttons, the countdown's number between them.
const PLAYER_HEAD: &str = "click to play tap to play the video will start in ";
/// The end of the Mirror's video player, after the countdown's number.
const PLAYER_TAIL: &str = " cancel play now";
/// The Mirror's player's end screen after its buttons, before the next video's title.
const PLAYER_AGAIN: &str = " watch this video again video will play in ";
/// The end of the Mirror's player's end screen, after the next video's title.
const PLAYER_NEXT: &str = " share this video watch next";
/// Words of the next video's title on the Mirror's player's end screen, at most.
const PLAYER_TITLE_WORDS: usize = 20;
/// The Mirror's player's loading notice printed before its buttons.
const PLAYER_LOADING: &str = "video loading video unavailable";
/// Kinja's link to a GIF the page could not play.
const GIF_LINK: &str = "click here to view original gif";
/// The player's notice printed before Kinja's GIF link (glued to it: `tag.click`).
const GIF_NOTICE: &str = "your browser does not support html5 video tag.";
/// A gallery's enlarge button, with the photo's noun between `click` and `to enlarge`.
const ENLARGE: &str = " to enlarge";
/// The link to a larger photo, opening a sentence.
const LARGER_IMAGE: &str = "click for larger image";
/// A mobile reader's help link: it opens so and ends on [`MOBILE_END`].
const MOBILE_HEAD: &str = "click here if you are ";
/// The end of a mobile reader's help link.
const MOBILE_END: &str = " on a mobile device";
/// Words of a mobile reader's help link, at most (`click here if you are having a problem viewing
/// the video on a mobile device` has 16).
const MOBILE_WORDS: usize = 18;
/// Words of a photographer's name printed again before a gallery's enlarge button, at most.
const ENLARGE_NAME_WORDS: usize = 4;

/// Click widgets whose fixed words show where they end (module docs).
fn click_widgets(l: &str, cuts: &mut Vec<Cut>) {
    for at in super::occurrences!(l, "click") {
        if l[..at].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let rest = &l[at..];
        let (start, end) = if let Some(r) = rest.strip_prefix(PLAYER_HEAD) {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            let Some(mut after) = r[digits..].strip_prefix(PLAYER_TAIL) else {
                continue;
            };
            // The player's end screen: the next video's title between fixed words.
            if let Some(screen) = after.strip_prefix(PLAYER_AGAIN)
                && let Some(k) = screen.find(PLAYER_NEXT)
                && screen[..k].split_whitespace().count() <= PLAYER_TITLE_WORDS
            {
                after = &screen[k + PLAYER_NEXT.len()..];
            }
            let before = l[..at].trim_end();
            let start = before.strip_suffix(PLAYER_LOADING).map_or(at, str::len);
            (start, l.len() - after.len())
        } else if let Some(after) = rest.strip_prefix(GIF_LINK) {
            let before = l[..at].trim_end();
            let start = before.strip_suffix(GIF_NOTICE).map_or(at, str::len);
            (start, l.len() - after.len())
        } else if let Some(end) = enlarge_end(rest) {
            (enlarge_name_start(l, at), at + end)
        } else if sentence_start(l, at) && rest.starts_with(LARGER_IMAGE) {
            (at, at + LARGER_IMAGE.len())
        } else if rest.starts_with(MOBILE_HEAD)
            && let Some(k) = rest.find(MOBILE_END)
            && rest[..k].split_whitespace().count() + 4 <= MOBILE_WORDS
        {
            (at, at + k + MOBILE_END.len())
        } else {
            continue;
        };
        // The widget ends where a word does (`… play now`, not `… play nowhere`).
        if l[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        cuts.push((start, end, BlockKind::Widget, CLICK_WIDGET));
    }
}

/// Length of a gallery's enlarge button at the start of `rest` (`click photo to enlarge`,
/// `click image to enlarge`), through its counter when one follows (`« 1 2 3 »`: numbers only).
fn enlarge_end(rest: &str) -> Option<usize> {
    let r = rest.strip_prefix("click ")?;
    let noun = r.split(' ').next()?;
    if !matches!(noun, "photo" | "image" | "picture") {
        return None;
    }
    let after = r[noun.len()..].strip_prefix(ENLARGE)?;
    let mut end = rest.len() - after.len();
    if let Some(inner) = after.trim_start().strip_prefix('«')
        && let Some(close) = inner.find('»')
        && inner[..close]
            .split_whitespace()
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()))
    {
        end = rest.len() - inner.len() + close + '»'.len_utf8();
    }
    Some(end)
}

/// Where a gallery's enlarge button at `at` starts with the photographer's name printed again
/// before it: the words after a bracketed credit's `)` that open that credit (`( alan dep/marin
/// independent journal ) alan dep click photo to enlarge`), else `at`.
fn enlarge_name_start(l: &str, at: usize) -> usize {
    let before = l[..at].trim_end();
    let Some(close) = before.rfind(") ") else {
        return at;
    };
    let name = before[close + 2..].trim();
    let words = name.split_whitespace().count();
    if name.is_empty() || words > ENLARGE_NAME_WORDS {
        return at;
    }
    let Some(open) = before[..close].rfind("( ") else {
        return at;
    };
    let credit = &before[open + 2..close];
    if credit.starts_with(name) && credit[name.len()..].starts_with(['/', ',', ' ']) {
        before.len() - name.len()
    } else {
        at
    }
}

/// Words of an opinion disclaimer, at most (Scientific American's has 19).
const DISCLAIMER_WORDS: usize = 30;

/// Opinion disclaimers, whole sentences (module docs).
fn disclaimers(l: &str, cuts: &mut Vec<Cut>) {
    for at in super::occurrences!(l, " expressed ") {
        let Some(start) = ["the opinions", "the views"]
            .iter()
            .find_map(|o| l[..at].strip_suffix(o))
            .map(str::len)
        else {
            continue;
        };
        // Scientific American's comment counter opening the paragraph (`&#124; 51 the views …`).
        let counter = l[..start]
            .trim_end()
            .strip_prefix("&#124; ")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if !counter && !sentence_start(l, start) {
            continue;
        }
        let Some(end) = stop_after(l, start, DISCLAIMER_WORDS) else {
            continue;
        };
        let s = &l[start..end];
        let ws: Vec<&str> = s
            .split_whitespace()
            .map(|w| w.trim_end_matches(['.', ',']))
            .collect();
        if s.contains('"') || ws.iter().any(|w| matches!(*w, "said" | "says" | "told")) {
            continue;
        }
        // The page gives the views to its author (`… those of the author`, `… are his own.`).
        let last_two = ws.len().checked_sub(2).map_or(&[][..], |k| &ws[k..]);
        let authors = ws.iter().any(|w| matches!(*w, "author" | "authors"))
            || s.contains("not necessarily")
            || matches!(
                last_two,
                ["are", "his" | "hers" | "theirs"] | ["his" | "her" | "their", "own"]
            );
        if !authors {
            continue;
        }
        let mut end = end;
        // Scientific American's `Email print` buttons after it, before the lead.
        let after = l[end..].trim_start();
        if let Some(r) = after.strip_prefix("email print")
            && !r.starts_with(|c: char| c.is_alphanumeric())
        {
            end = l.len() - r.len();
        }
        let start = if counter { 0 } else { start };
        cuts.push((start, end, BlockKind::Notice, DISCLAIMER));
    }
}

/// Sentences of a text-alert offer.
const TEXT_ALERT_SENTENCES: [&str; 6] = [
    "want to get breaking news texts on your phone?",
    "text news to 41212.",
    "up to 5 msg/day.",
    "text help for help.",
    "text stop to cancel.",
    "msg&data; rates may apply.",
];

fn text_alert(l: &str, cuts: &mut Vec<Cut>) {
    for s in TEXT_ALERT_SENTENCES {
        for (at, _) in l.match_indices(s) {
            if sentence_start(l, at) {
                cuts.push((at, at + s.len(), BlockKind::Widget, TEXT_ALERT));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        super::super::cut_texts(find, s)
    }

    #[test]
    fn a_comment_link_after_the_headline_goes_with_it() {
        assert_eq!(
            cut(
                "sarah palin says levi is welcome at thanksgiving conflicting views or leave a \
                 comment of your own see what other readers have to say about this story – if \
                 levi would like a piece of the turkey, he is welcome."
            ),
            [
                "sarah palin says levi is welcome at thanksgiving conflicting views or leave a \
                 comment of your own see what other readers have to say about this story –"
            ]
        );
        // The headline may end on its own mark.
        assert_eq!(
            cut(
                "buzz: is his wife in mississippi too? or leave a comment of your own see what \
                 other readers have to say about this story – almost everyone here knows."
            ),
            [
                "buzz: is his wife in mississippi too? or leave a comment of your own see what \
                 other readers have to say about this story –"
            ]
        );
        // Prose about comments, a prompt deep in the paragraph or without its dash stays.
        for text in [
            "he urged fans to leave a comment about this story on his page.",
            "the singer spoke on monday. she had been ill for weeks, her family said, and her \
             doctors had warned her to rest before the tour began in the spring, but she went \
             on. leave a comment of your own see what other readers have to say about this \
             story – it was her last show.",
            "wife files for divorce or leave a comment of your own see what other readers have \
             to say about this story the couple wed in 2004.",
        ] {
            assert!(cut(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn click_widgets_go_through_their_fixed_words() {
        // Multi-News val 50438 (the Mirror's player), val 48426 (Kinja), val 48578 and train
        // 9364 (a gallery's button), val 50062, val 48958.
        assert_eq!(
            cut(
                "of the ripper victims. video loading video unavailable click to play tap to play \
                 the video will start in 8 cancel play now \" he helped with surgery. \""
            ),
            [
                "video loading video unavailable click to play tap to play the video will start \
                 in 8 cancel play now"
            ]
        );
        // Val 50190: the end screen names the next video.
        assert_eq!(
            cut(
                "video loading video unavailable click to play tap to play the video will start \
                 in 8 cancel play now watch this video again video will play in the world's most \
                 hi-tech dress... made out of graphene share this video watch next the classic \
                 little black dress has been given a twist."
            ),
            [
                "video loading video unavailable click to play tap to play the video will start \
                 in 8 cancel play now watch this video again video will play in the world's most \
                 hi-tech dress... made out of graphene share this video watch next"
            ]
        );
        assert_eq!(
            cut(
                "your browser does not support html5 video tag.click here to view original gif \
                 depending on whom you ask, facebook is either the savior or destroyer."
            ),
            ["your browser does not support html5 video tag.click here to view original gif"]
        );
        assert_eq!(
            cut(
                "( alan dep/marin independent journal ) alan dep click photo to enlarge « 1 » \
                 when a typical backcountry snowmobile outing took a turn for the worse."
            ),
            ["alan dep click photo to enlarge « 1 »"]
        );
        assert_eq!(
            cut(
                "in the kidnapping. click photo to enlarge « 1 2 3 4 » for six years, experts \
                 were uncertain."
            ),
            ["click photo to enlarge « 1 2 3 4 »"]
        );
        assert_eq!(
            cut("click for larger image update, june 19, 2014: this story updates throughout."),
            ["click for larger image"]
        );
        assert_eq!(
            cut(
                "june 9, 2018 click here if you are having a problem viewing the video on a \
                 mobile device he is identified in jail records as henry william sintay, 30."
            ),
            ["click here if you are having a problem viewing the video on a mobile device"]
        );
        // Prose about clicking, and the link inside a bracket, stay.
        for text in [
            "users can click photo to enlargement tools.",
            "( see right, click for larger image. ) the visit came two years later.",
            "click here if you are interested in the full report, the agency said.",
            "she said the clip would play now and then.",
        ] {
            assert!(cut(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_opinion_disclaimer_goes_whole() {
        // Multi-News val 45795, 46264, 50035 (CNN), 49045 (Scientific American), train 1510.
        for (text, gone) in [
            (
                "he coached debate for years. the opinions expressed in this commentary are his. \
                 ( cnn ) debaters should adapt.",
                "the opinions expressed in this commentary are his.",
            ),
            (
                "he was a spokesman. the views expressed in this commentary are his own. ( cnn ) \
                 in retired general kelly, the president got him.",
                "the views expressed in this commentary are his own.",
            ),
            (
                "the opinions expressed in this commentary are solely those of the author. ( cnn \
                 ) when asked to draw a volcano, most people draw a cone.",
                "the opinions expressed in this commentary are solely those of the author.",
            ),
            (
                "&#124; 51 the views expressed are those of the author and are not necessarily \
                 those of scientific american. email print our very first experience of sweetness \
                 came early.",
                "&#124; 51 the views expressed are those of the author and are not necessarily \
                 those of scientific american. email print",
            ),
            (
                "see the study. the opinions expressed by authors contributing to eid do not \
                 necessarily reflect the opinions of cdc or the institutions with which the \
                 authors are affiliated.",
                "the opinions expressed by authors contributing to eid do not necessarily reflect \
                 the opinions of cdc or the institutions with which the authors are affiliated.",
            ),
        ] {
            assert_eq!(cut(text), [gone], "{text}");
        }
        // Reports of someone's views stay.
        for text in [
            "the views expressed in the memo are his own, a spokesman said.",
            "the views expressed by the protesters were widely shared.",
            "critics say the views expressed in this commentary are his.",
        ] {
            assert!(cut(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_section_prompt_naming_its_section_twice_goes_before_the_lead() {
        assert_eq!(
            cut(
                "time health for more, visit time health kenny whitmore, 59, has spent 28 years \
                 in solitary confinement."
            ),
            ["time health for more, visit time health"]
        );
        for text in [
            // The prompt names another page: the sentence rules see to it.
            "watch: for more, visit our new third world america section.",
            "time health for more, visit time.com for the full report.",
            // Prose, not a paragraph's opening.
            "the agency said in a statement that, for more, visit the site.",
        ] {
            assert!(cut(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn comment_prompts_with_the_question_before_them() {
        assert_eq!(
            cut(
                "the trailer is out. what's your take on the trailer? let us know in the comments."
            ),
            ["what's your take on the trailer? let us know in the comments."]
        );
        assert_eq!(
            cut(
                "she was spotted in paris. what do you think, celebuzzers, do you believe her \
                 story? sound off in the comments below! the tour opens in may."
            ),
            [
                "what do you think, celebuzzers, do you believe her story? sound off in the comments below!"
            ]
        );
        // A question not put to the reader stays; the prompt goes.
        assert_eq!(
            cut("the fire is out. have something to add to this story? share it in the comments."),
            ["share it in the comments."]
        );
        assert_eq!(
            cut("it sold out. let us know in the comments what you got!"),
            ["let us know in the comments what you got!"]
        );
    }

    #[test]
    fn prose_about_comments_is_not_a_prompt() {
        for text in [
            "huie is enduring some ribbing in the comments section on the youtube video.",
            "in the comments, they clarified that there was no turn.",
            "so, tell me in the comments, definitively - do you, or do you not, like it?",
            "would you hire him? let us know in the comments, and check out our galleries.",
            "patricia arquette seemed to congratulate hannah in the comment section.",
            "now that we're done, feel free to continue the conversation in the comments section.",
            "he said: \" tell us in the comments. \"",
        ] {
            assert!(cut(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn sign_up_pitches_glued_before_a_lead() {
        assert_eq!(
            cut(
                "russia and jews. sign up for breaking news alerts from nbc news the statement, \
                 described as a ramadan message, was released by a jihadist website."
            ),
            ["sign up for breaking news alerts from nbc news"]
        );
        assert_eq!(
            cut(
                "to his base. \" sign up for the daily 202, the washington post's new political \
                 tipsheet congress is poised to soon clear other trade legislation."
            ),
            ["sign up for the daily 202, the washington post's new political tipsheet"]
        );
        assert_eq!(
            cut(
                "over israeli cities. subscribe to haaretz and get full coverage idf strikes on gaza \
                 overnight targeted some 120 underground launchers."
            ),
            ["subscribe to haaretz and get full coverage"]
        );
        // Cut short by the page, with the newsletter's tagline before it.
        assert_eq!(
            cut(
                "it's probably lies. \" the most reliable politics newsletter. sign up for \
                 politico playbook and get the latest news"
            ),
            [
                "the most reliable politics newsletter.",
                "sign up for politico playbook and get the latest news"
            ]
        );
    }

    #[test]
    fn whole_sign_up_sentences_are_left_to_the_notice_rules() {
        // The notice rules cut these whole; the tagline goes here.
        assert_eq!(
            cut(
                "a lawyer for the business. the most reliable politics newsletter. sign up for \
                 politico playbook and get the latest news, every morning — in your inbox."
            ),
            ["the most reliable politics newsletter."]
        );
        for text in [
            "in your newsfeed. sign up for the curbed ny newsletter sign up for our daily email \
             newsletter and get top stories delivered to your inbox.",
            "sign up for time's weekly parenting newsletter here.",
            "sign up for take action now and get three actions in your inbox every week.",
            "sign up for our newsletter to get the latest updates on the royals and more!",
        ] {
            assert!(cut(text).is_empty(), "{text}: {:?}", cut(text));
        }
        // Prose: no sentence opens on it, or it offers none of the ends.
        for text in [
            "on the last day to sign up for obamacare, evidence appears to be mounting.",
            "sign up for the class began on monday, the school said.",
            "in chicago, teenagers can subscribe to sex-ed loop, a program of weekly texts.",
        ] {
            assert!(cut(text).is_empty(), "{text}: {:?}", cut(text));
        }
    }

    #[test]
    fn twitter_prompts_with_at_or_a_handle() {
        assert_eq!(
            cut(
                "and it was terrible. david leonhardt follow david leonhardt on twitter at \
                 @dleonhardt. when the jobs market weakened in march, economists could tell."
            ),
            ["david leonhardt follow david leonhardt on twitter at @dleonhardt."]
        );
        assert_eq!(
            cut(
                "contributing: the associated press follow @ccamia on twitter http://usat.ly/1a6mxog"
            ),
            ["follow @ccamia on twitter http://usat.ly/1a6mxog"]
        );
        // A handle in a sentence that goes on is prose; so is a name without a handle.
        assert!(cut("fans follow @nasa on twitter for updates from the station.").is_empty());
        assert!(cut("millions follow the president on twitter at home and abroad.").is_empty());
    }

    #[test]
    fn the_jerusalem_posts_pitch_is_whole_sentences() {
        assert_eq!(
            cut(
                "dear reader, as you can imagine, more people are reading the jerusalem post than \
                 ever before. nevertheless, traditional business models are no longer sustainable \
                 and high-quality publications, like ours, are being forced to look for new ways \
                 to keep going. the dig began in june."
            ),
            [
                "dear reader, as you can imagine, more people are reading the jerusalem post than ever before.",
                "nevertheless, traditional business models are no longer sustainable and high-quality publications, like ours, are being forced to look for new ways to keep going."
            ]
        );
        assert!(cut("\"dear reader, i am sorry, \" the letter began.").is_empty());
        assert!(cut("cities like ours need more buses, the mayor said.").is_empty());
    }

    #[test]
    fn contributor_credits_are_whole_sentences() {
        // Val shapes: the credit glued after the last sentence of a flattened article.
        assert_eq!(
            cut("drawing an outpouring of grief. riya bhattacharjee contributed to this report."),
            ["riya bhattacharjee contributed to this report."]
        );
        assert_eq!(
            cut(
                "\"there will be no more charges. \" the associated press contributed to this \
                 report."
            ),
            ["the associated press contributed to this report."]
        );
        assert_eq!(
            cut(
                "he won. ___ associated press reporter meg kinnard contributed to this report \
                 from columbia, south carolina. more news follows."
            ),
            [
                "associated press reporter meg kinnard contributed to this report from columbia, south carolina."
            ]
        );
        assert_eq!(
            cut(
                "the white house said so. fox news'serafin gomez and the associated press contributed to this report."
            ),
            ["fox news'serafin gomez and the associated press contributed to this report."]
        );
        // Prose that goes on is no credit.
        assert!(cut("the data contributed to this report's findings, he said.").is_empty());
        assert!(cut("several factors contributed to this report being late, and more.").is_empty());
    }

    #[test]
    fn cnn_video_widgets_go_with_their_card() {
        assert_eq!(
            cut(
                "he said. just watched amateur video shows courthouse assault replay more \
                 videos... must watch amateur video shows courthouse assault 01: 20 the \
                 sheriff said."
            ),
            [
                "just watched amateur video shows courthouse assault replay more videos... must watch amateur video shows courthouse assault 01: 20"
            ]
        );
        assert_eq!(
            cut("just watched n. korean military drills target s. korea replay more videos..."),
            ["just watched n. korean military drills target s. korea replay more videos..."]
        );
        // A card cut short with its page goes to the end.
        assert_eq!(
            cut(
                "he quit. just watched shinseki out as va secretary replay more videos... must watch shinseki out as va secretary"
            ),
            [
                "just watched shinseki out as va secretary replay more videos... must watch shinseki out as va secretary"
            ]
        );
        assert!(cut("we just watched the game and wanted more videos of it.").is_empty());
    }

    #[test]
    fn social_buttons_go_wherever_they_stand() {
        assert_eq!(
            cut("since late last year. report this ad in a fresh round of briefs, paramount said."),
            ["report this ad"]
        );
        assert_eq!(
            cut("like us on facebook england will soon have a museum devoted to it."),
            ["like us on facebook"]
        );
        assert_eq!(
            cut("crime is slate's crime blog. like us on facebook, and @slatecrime. two women"),
            ["like us on facebook,"]
        );
        assert_eq!(
            cut("final days. tap to read more. lovily johnson, 22, is charged."),
            ["tap to read more."]
        );
        assert!(cut("people who like us on facebookers said so.").is_empty());
    }

    #[test]
    fn ticker_prompts_go_through_the_handle() {
        assert_eq!(
            cut(
                "the aide said. - follow the ticker on twitter: @politicalticker the former \
                 governor leads the field."
            ),
            ["- follow the ticker on twitter: @politicalticker"]
        );
        assert_eq!(
            cut("in florida. follow the ticker on twitter: @politicalticker but a source said so."),
            ["follow the ticker on twitter: @politicalticker"]
        );
        assert!(cut("fans who follow the team on twitter: @club said so.").is_empty());
    }

    #[test]
    fn publisher_pitches_are_whole_sentences() {
        // McClatchy's pitch between its cut sign-up prompt and `If you read and enjoy …`.
        assert_eq!(
            cut(
                "in our community. our journalism takes a lot of time, effort, and hard work to \
                 produce. if you read and enjoy our journalism, please consider subscribing today."
            ),
            [
                "our journalism takes a lot of time, effort, and hard work to produce.",
                "if you read and enjoy our journalism, please consider subscribing today."
            ]
        );
        // Cut short at the paragraph's end.
        assert_eq!(
            cut("colón said. our journalism takes a lot of time, effort,"),
            ["our journalism takes a lot of time, effort,"]
        );
        assert_eq!(
            cut(
                "coverage from quartz? become a member to read our premium content, and master \
                 your understanding of the global economy."
            ),
            [
                "become a member to read our premium content, and master your understanding of the global economy."
            ]
        );
        assert_eq!(
            cut(
                "business models are no longer sustainable. we want to keep our journalism open and \
                 accessible and be able to keep providing you with news."
            ),
            [
                "we want to keep our journalism open and accessible and be able to keep providing you with news."
            ]
        );
        // Quoted, reported or told of someone: news.
        assert!(cut("\"we stand by our journalism and support our staff, \" she said.").is_empty());
        assert!(
            cut("the abc statement said it respects the independence of our journalism.")
                .is_empty()
        );
        assert!(
            cut("others urged us to focus our journalism less on those pushing hate.").is_empty()
        );
        assert!(
            cut("he will become a member of the board. become a member of the club.").is_empty()
        );
    }

    #[test]
    fn tip_lines_go_through_the_address() {
        assert_eq!(
            cut("warren was reprimanded. have a tip we should know? tips@mediaite.com"),
            ["have a tip we should know? tips@mediaite.com"]
        );
        assert_eq!(
            cut("( @kenmeyer91 ) on twitter have a tip we should know? tips@mediaite.com"),
            ["have a tip we should know? tips@mediaite.com"]
        );
        // A tip told of is news.
        assert!(cut("last month, police got a tip. bruck was arrested.").is_empty());
        assert!(cut("why have a tip line at all? he asked.").is_empty());
    }

    #[test]
    fn a_site_telling_of_its_paywall_pitches() {
        assert_eq!(
            cut(
                "to keep going. unlike many other news organizations, we have not put up a paywall. we want"
            ),
            ["unlike many other news organizations, we have not put up a paywall."]
        );
        assert!(cut("the times put up a paywall in 2011.").is_empty());
    }

    #[test]
    fn ticker_prompts_after_a_doubled_dash() {
        // Mediaite's shape: a rule of two dashes after the last sentence or a credit.
        assert_eq!(
            cut("watch it above. — — follow josh feldman on twitter: @feldmaniac"),
            ["— — follow josh feldman on twitter: @feldmaniac"]
        );
        assert_eq!(
            cut("[ photo via screengrab ] — — follow josh feldman on twitter: @feldmaniac"),
            ["— — follow josh feldman on twitter: @feldmaniac"]
        );
        // One dash inside a sentence is the prose's.
        assert!(cut("he said - follow the ticker on twitter: @politicalticker").is_empty());
    }

    #[test]
    fn scroll_labels_and_sentences() {
        assert_eq!(
            cut("in a statement. scroll down for video resigned: the aide stepped down."),
            ["scroll down for video"]
        );
        assert_eq!(
            cut("it's just isis.'scroll down for video the actress played a girl."),
            ["scroll down for video"]
        );
        assert_eq!(
            cut("near ajdabiya. ( scroll down for updates ) representatives met friday."),
            ["( scroll down for updates )"]
        );
        assert_eq!(
            cut("he died. scroll down for funeral service information. update, 7: 49 p.m."),
            ["scroll down for funeral service information."]
        );
        assert!(cut("you have to scroll down for a long time to find it.").is_empty());
        assert!(cut("he said. scroll down for the list, which we update daily.").is_empty());
    }

    #[test]
    fn every_breaking_notice_passes_the_gate() {
        // `find` asks `breaking` only of a paragraph holding one of these.
        for notice in BREAKING_NOTICES {
            assert!(
                [
                    "developing story.",
                    "story is below.",
                    "check back",
                    "update."
                ]
                .iter()
                .any(|g| notice.contains(g)),
                "{notice}"
            );
        }
        assert_eq!(
            cut("he said. ap's earlier story is below. the vote was 5-4."),
            ["ap's earlier story is below."]
        );
    }

    #[test]
    fn breaking_notices_are_whole_sentences() {
        assert_eq!(
            cut("( photo: cara owsley ) this is a developing story. stay with us."),
            ["this is a developing story."]
        );
        assert_eq!(
            cut("he said. this is a developing story. check back soon for further information."),
            [
                "this is a developing story.",
                "check back soon for further information."
            ]
        );
        assert!(cut("he said. this is a developing story of greed and power.").is_empty());
        // Each occurrence is read, after a paragraph that holds `story` for other reasons.
        assert_eq!(
            cut("the story ran. check back for updates. he left. check back for updates."),
            ["check back for updates.", "check back for updates."]
        );
    }

    #[test]
    fn read_more_links_end_in_their_arrow() {
        assert_eq!(
            cut("at the agency. read more about asia's space race ➝ the experiment is part of it."),
            ["read more about asia's space race ➝"]
        );
        assert_eq!(
            cut("on the today show. read more » it is not known whether she will stay."),
            ["read more »"]
        );
        assert!(cut("she has read more books than anyone » he said.").is_empty());
    }

    #[test]
    fn text_alert_offers() {
        assert_eq!(
            cut(
                "want to get breaking news texts on your phone? text news to 41212. up to 5 \
                 msg/day. the mayor said."
            ),
            [
                "want to get breaking news texts on your phone?",
                "text news to 41212.",
                "up to 5 msg/day."
            ]
        );
    }
}
