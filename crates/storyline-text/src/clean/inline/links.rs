//! Links to other pages glued into a paragraph's prose:
//!
//! - a **related headline with its `read more` button** (the Guardian prints them between
//!   paragraphs: `… on wednesday night. bad sex award 2016: the contenders in quotes read more de
//!   luca's win was announced …`), from the headline's sentence start through the button; a
//!   headline ending in `?`/`!` is the whole sentence before the button. A bare `read more`
//!   ending the paragraph is the button alone, and `read more about: russia, ukraine` a tag list;
//! - a **`>>` link prompt**: a short run from a sentence start ending in `>>` (`see the most-read
//!   stories in entertainment this hour >>`, `sign up for the free great reads newsletter >>`),
//!   and `>> read more trending news` opening a sentence;
//! - a **`>>` dateline** (`san bernardino >> as community members mourned …`): at most
//!   [`DATELINE_MAX_WORDS`] words without a function word or punctuation before `>>`, opening a
//!   sentence or after a caption's closing bracket;
//! - a transcript's **`>>` speaker mark** opening a sentence (`… good morning to you. >> the
//!   magazine tested …`): the mark alone, the sentence after it stays; and a TV transcript's
//!   **`Reporter:` mark** opening a sentence (`Reporter: call it a wife's intuition.`), which
//!   the actors stage would otherwise read as a name;
//! - a **run of links**: three or more addresses close together (a video page's `Subscribe now to
//!   the tonight show: http://bit.ly/… follow jimmy: http://twitter.com/… like jimmy: …`, a list
//!   of related links `http://dnain.fo/… read the charges … http://dnain.fo/…`, an image's
//!   `srcset`), from the sentence start before the first through the last; what follows the last
//!   address (the video's description, the last headline) stays.
//!
//! - a **section's `more>>` link** opening a paragraph (`Local news more>>`, `More chelsea bruck
//!   stories more>>`), with the headline after it when the page printed it twice (`passenger
//!   who arrived at newark airport being evaluated for ebola passenger who arrived at newark
//!   airport being evaluated for ebola a passenger who arrived …`): both copies, as
//!   [`super::doubled`] takes a doubled headline opening a paragraph.
//!
//! A `>>` glued to the next word (`>>dyersburg police talks about …`) is a link whose end does not
//! show, so it stays.

use super::super::BlockKind;
use super::super::lexicon::{FUNCTION_WORDS, contains};
use super::{Cut, Para, tokens};
use crate::span::offset_in;

/// Fewest words of a related headline before `read more` (`playful einstein photograph goes up
/// for auction`): a shorter run (`students read more`) is prose.
const HEADLINE_MIN_WORDS: usize = 4;

/// Most words of a related headline before `read more`.
const HEADLINE_MAX_WORDS: usize = 25;

/// Words after `read more` that continue a sentence about reading (`read more than ever`,
/// `read more of his work`), so the words before are not a headline.
const READING_CONTINUATIONS: [&str; 10] = [
    "than", "of", "and", "or", "books", "from", "into", "like", "often", "widely",
];

/// Words after a `read more` opening a sentence that make it prose or a link's own words
/// (`Read more about the payout formula.`, `Read more here`), not a button before other text.
const BUTTON_CONTINUATIONS: [&str; 11] = [
    "about", "at", "on", "in", "here", "to", "by", "below", "news", "stories", "articles",
];

/// The reason of a `read more` button cut alone at a sentence's start.
const OPENING_BUTTON: &str = "read-more button opening a sentence (Read more headline …)";

/// The reason of a `read more` button glued to its link's headline, cut through the sentence.
const GLUED: &str =
    "read-more link glued to its headline (Read morewhat to do …), to the sentence's end";

/// Most words from a glued `read more` button to the sentence's end.
const GLUED_MAX_WORDS: usize = 60;

/// Most words of a tag list after `read more about:`.
const TAGS_MAX_WORDS: usize = 12;

/// Most words of a `>>` link prompt (`see the most-read stories in entertainment this hour >>`).
const PROMPT_MAX_WORDS: usize = 15;

/// Most words of a `>>` dateline (`san bernardino >>`, `long beach >>`).
const DATELINE_MAX_WORDS: usize = 3;

/// Finds the links in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    read_more(l, cuts);
    chevrons(l, cuts);
    if super::holds!(l, ">>") {
        more_links(l, cuts);
    }
    reporter_marks(l, cuts);
    if super::holds!(l, "://") {
        link_runs(l, cuts);
        source_links(l, cuts);
    }
}

/// The reason of a bracketed source link's cut.
const SOURCE_LINK: &str = "source link in brackets (( http://bit.ly/… ))";

/// A source's web address alone in round brackets ending a sentence, after the paper's name
/// in the wire copy (`… according to the alamogordo daily news ( http://bit.ly/1klnxjd ). New
/// mexico …`): the bracket goes with the stop after it, and the sentence reads whole without
/// them (the paper is named before it, and a summary's reader cannot follow the link).
///
/// Inside a sentence (`… tells the sun chronicle ( http://bit.ly/2slf5yu ) he added …`) the
/// bracket stays: a cut there leaves two pieces of the sentence, neither of which a summary
/// can show. A bracket holding words besides the address is prose and stays.
fn source_links(l: &str, cuts: &mut Vec<Cut>) {
    for at in super::occurrences!(l, "( http") {
        let inner = &l[at + 2..];
        let Some(n) = inner.find(' ') else {
            continue;
        };
        // After a word (the paper's name, its verb): after a colon the address is what the
        // sentence shows, and the bracket stays.
        let after_word = l[..at].trim_end().ends_with(|c: char| c.is_alphanumeric());
        if !after_word || !is_link(&inner[..n]) || !inner[n..].starts_with(" )") {
            continue;
        }
        // The sentence's stop right after the bracket, and then its end or the paragraph's.
        let close = at + 2 + n + 2;
        let rest = l[close..].trim_start_matches(' ');
        let stop = close + (l[close..].len() - rest.len());
        if rest.starts_with('.') && rest[1..].chars().next().is_none_or(char::is_whitespace) {
            cuts.push((at, stop + 1, BlockKind::Widget, SOURCE_LINK));
        }
    }
}

/// Fewest addresses in a [`link_runs`] run: one or two are prose citing a page.
const RUN_MIN_LINKS: usize = 3;

/// Most words between two addresses of one run (`watch the tonight show starring jimmy fallon
/// weeknights 11: 35/10: 35c get more jimmy fallon: follow jimmy:`, 15).
const RUN_MAX_GAP: usize = 20;

/// Most words from the sentence start to a run's first address for the cut to open there
/// (`Uploaded on oct 30, 2016 subscribe for the latest news and updates from the hillary clinton
/// campaign ►`, 16); further back the sentence is prose, and the cut opens at the address.
const RUN_MAX_LEAD: usize = 20;

/// True when `t` (a whitespace token) is a web address: `http://…`, `https://…`, `www.…`.
fn is_link(t: &str) -> bool {
    let t = t.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.")
}

/// Runs of at least [`RUN_MIN_LINKS`] web addresses, each within [`RUN_MAX_GAP`] words of the
/// one before (a video page's subscribe and follow links, a related-links list, an image's
/// `srcset`): cut from the start of the sentence holding the first address (or the address
/// itself when that start is more than [`RUN_MAX_LEAD`] words back) through the last address.
/// Sentence ends inside the run do not stop it (`watch more videos from hillary clinton! ►
/// https://…`).
fn link_runs(l: &str, cuts: &mut Vec<Cut>) {
    // Words only: a lone quotation mark or bullet (`►`) is no word between two addresses.
    let toks: Vec<(usize, &str)> = super::tokens(l, 0)
        .filter(|(_, t)| t.chars().any(char::is_alphanumeric))
        .collect();
    let links: Vec<usize> = (0..toks.len()).filter(|&k| is_link(toks[k].1)).collect();
    let mut i = 0;
    while i < links.len() {
        let mut j = i;
        while j + 1 < links.len() && links[j + 1] - links[j] - 1 <= RUN_MAX_GAP {
            j += 1;
        }
        if j + 1 - i >= RUN_MIN_LINKS {
            let (first, _) = toks[links[i]];
            let (last, t) = toks[links[j]];
            let sentence = sentence_start_before(l, first);
            let lead = (l[sentence..first].split_whitespace())
                .filter(|t| t.chars().any(char::is_alphanumeric))
                .count();
            let start = if lead <= RUN_MAX_LEAD {
                sentence
            } else {
                first
            };
            cuts.push((
                start,
                last + t.len(),
                BlockKind::Widget,
                "run of links (a video page's subscribe and follow links, a related-links list)",
            ));
        }
        i = j + 1;
    }
}

/// A TV transcript's `Reporter:` speaker mark where a sentence starts (`… a lot of medical
/// bills. Reporter: call it a wife's intuition.`): the mark alone goes, the reporter's words
/// stay. Mid-sentence (`the reporter: a man of few words`) it is prose.
fn reporter_marks(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const MARK: &str = "reporter: ";
    if !super::holds!(l, MARK) {
        return;
    }
    for at in super::occurrences!(l, MARK) {
        if super::sentence_start(l, at) {
            cuts.push((
                at,
                at + MARK.len() - 1,
                BlockKind::Widget,
                "transcript speaker mark (Reporter:)",
            ));
        }
    }
}

/// Start of the sentence that holds byte `p`: just after the last `.`, `?` or `!` before `p`
/// that a space or quote follows (and after a closing `"` standing alone there), else 0.
fn sentence_start_before(l: &str, p: usize) -> usize {
    let b = l.as_bytes();
    let mut i = p;
    while i > 0 {
        i -= 1;
        if matches!(b[i], b'.' | b'?' | b'!')
            && i + 1 < p
            && matches!(b[i + 1], b' ' | b'\'' | b'"')
        {
            let mut s = i + 1;
            while s < p && b[s] == b' ' {
                s += 1;
            }
            // `poisoned. " ' crazy accusations '`: the `"` closes the sentence before.
            if s + 1 < p && b[s] == b'"' && b[s + 1] == b' ' {
                s += 1;
                while s < p && b[s] == b' ' {
                    s += 1;
                }
            }
            return s;
        }
    }
    0
}

/// True when a headline's words end on its source after a comma (`at least 120 schools adopt
/// gender-neutral uniforms, charity says`, `… on record, us government scientists say`): the
/// Guardian's headline names who claims it last, so its last word is a verb of saying, which
/// in prose before `read more` (`as she says read more …`) comes with no comma before it.
fn attribution_ends(words: &[&str]) -> bool {
    let [.., w, _] = words else {
        return false;
    };
    let verb = words.last().is_some_and(|v| matches!(*v, "says" | "say"));
    let source = words.iter().rposition(|w| w.ends_with(','));
    // The source after the comma is a few words (`charity`, `us government scientists`).
    verb && !is_function(w) && source.is_some_and(|i| words.len() - i <= 5)
}

/// True when `t` (a token, punctuation trimmed) is an English function word.
fn is_function(t: &str) -> bool {
    let w = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    contains(FUNCTION_WORDS, w)
}

/// True when `c` may end a `read more` button's text: its stop, ellipsis or arrow (`Read
/// more.`, `Read more…`, `read more »`, `Read more here >`).
fn is_button_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '…' | '»' | '›' | '>')
}

/// Start of the headline before a Guardian label (`– explainer`, `– live`) that runs from
/// `start` to `end`: the label is a dash and one to three words after a `?` or `!`, which is
/// then the headline's own (`What does pelvic mesh do and why are women suing over it? –
/// explainer`), so the headline is the sentence before the label.
fn labelled_question(l: &str, start: usize, end: usize) -> Option<usize> {
    let mut words = l[start..end].split_whitespace();
    let dash = words.next().is_some_and(|w| matches!(w, "–" | "—" | "-"));
    let label = words.count();
    let head = l[..start].trim_end();
    (dash && (1..=LABEL_MAX_WORDS).contains(&label) && head.ends_with(['?', '!']))
        .then(|| sentence_start_before(l, head.len() - 1))
}

/// Most words of a Guardian label after a dash before `read more` (`– in pictures`).
const LABEL_MAX_WORDS: usize = 3;

/// Guardian-style related headlines ending in `read more`, bare `read more` buttons at a
/// paragraph's end and `read more about:` tag lists.
fn read_more(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !super::holds!(l, "read more") {
        return;
    }
    for (at, m) in l.match_indices("read more") {
        let end = at + m.len();
        // `Read morewhat to do if you win the powerball the chicago tribune reported …`: the
        // button glued to its link's headline, whose end does not show: through the sentence.
        if l[end..].starts_with(|c: char| c.is_ascii_lowercase())
            && !l[..at].ends_with(|c: char| c.is_alphanumeric())
            && !l[end..].starts_with("over")
            && super::sentence_start(l, at)
        {
            let stop = super::first_sentence_end(l, end, GLUED_MAX_WORDS);
            if let Some(stop) = stop {
                cuts.push((at, stop, BlockKind::RelatedList, GLUED));
            }
            continue;
        }
        // Whole words only (`spread more`, `read mores`), and not after `>>` (a prompt).
        if l[..at].ends_with(|c: char| c.is_alphanumeric())
            || l[end..].starts_with(|c: char| c.is_alphanumeric())
            || l[..at].trim_end().ends_with(">>")
        {
            continue;
        }
        let rest = l[end..].trim_start();
        if let Some(tags) = rest.strip_prefix("about:") {
            // `you can read more about: …` is prose; a tag list runs to the paragraph's end.
            let after_word = l[..at]
                .split_whitespace()
                .next_back()
                .is_some_and(is_function);
            if tags.split_whitespace().count() <= TAGS_MAX_WORDS
                && !tags.contains(['.', '?', '!'])
                && !after_word
            {
                cuts.push((
                    at,
                    l.len(),
                    BlockKind::TagList,
                    "tag list (read more about: …)",
                ));
            }
            continue;
        }
        if rest.starts_with(':') {
            continue; // a `read more:` teaser, see `teasers`
        }
        let next = rest.split_whitespace().next().unwrap_or("");
        if READING_CONTINUATIONS.contains(&next) {
            continue;
        }
        let before = l[..at].trim_end();
        // A quoted headline's closing quote glued to the button (`… protests:'don't be afraid,
        // be loud!'read more`): the `!` inside it is the headline's, not a sentence's end.
        let unquoted = before.strip_suffix('\'').unwrap_or(before);
        // After a sentence's stop or quote the words before are prose, not a headline; but
        // a question or exclamation can be the headline (`… be his undoing? read more`).
        let start = if unquoted.ends_with(['?', '!']) {
            Some(sentence_start_before(l, unquoted.len() - 1))
        } else if before.ends_with(|c: char| c.is_alphanumeric() || c == '\'') {
            Some(sentence_start_before(l, before.len()))
        } else {
            None
        };
        // `What does pelvic mesh do …? – explainer read more`: a label after a dash ends the
        // headline, so its `?` is the headline's own and the sentence before it the headline.
        let start = start.map(|s| labelled_question(l, s, before.len()).unwrap_or(s));
        let headline = start.filter(|&start| {
            let words: Vec<&str> = l[start..before.len()].split_whitespace().collect();
            (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&words.len())
                && words
                    .last()
                    .is_some_and(|w| !is_function(w) || attribution_ends(&words))
        });
        // `read more here.`, `read more here >`, `read more »`, `read more …` ending the
        // paragraph: the button's whole text. Its mark alone follows a sentence's end or a
        // headline: after words cut short (`… a sound bank for more gentle read more »`) the
        // button goes only bare, as before, and the cut-off excerpt stays one a summary skips.
        let marks = |r: &str| r.chars().all(|c| c.is_whitespace() || is_button_mark(c));
        let button_end = if rest.is_empty() {
            end
        } else if rest.strip_prefix("here").is_some_and(marks)
            || (marks(rest) && (headline.is_some() || before.ends_with(['.', '?', '!', '"'])))
        {
            l.len()
        } else {
            0
        };
        if let Some(start) = headline {
            cuts.push((
                start,
                end.max(button_end),
                BlockKind::RelatedList,
                "related headline with its read-more button (headline read more)",
            ));
        } else if button_end > 0 {
            cuts.push((
                at,
                button_end,
                BlockKind::Widget,
                "read-more button ending the paragraph",
            ));
        } else if super::sentence_start(l, at)
            && (next == "here." || next == "here!" || next.chars().all(|c| ".!…".contains(c)))
            && !next.is_empty()
        {
            // (An arrow after it is a call to action's: `prompts::arrow_links`.)
            // `Read more here. "i've never seen …`, `Read more. Some have led …`: the button's
            // whole text, mid-paragraph.
            let stop = offset_in(l, rest) + next.len();
            cuts.push((at, stop, BlockKind::Widget, OPENING_BUTTON));
        } else if super::sentence_start(l, at)
            && next.starts_with(char::is_alphanumeric)
            && !BUTTON_CONTINUATIONS.contains(&next)
        {
            // `… hospital. Read more police report to be filed against charlie sheen today capri
            // anderson, who …`: the button opening a sentence; the headline after it has no end
            // that shows, so only the button goes.
            cuts.push((at, end, BlockKind::Widget, OPENING_BUTTON));
        }
    }
}

/// Most words of a section's label before its `more>>` link (`most popular stories most
/// popular stories more>>`).
const MORE_LABEL_WORDS: usize = 6;

/// The reason of a `more>>` link's cut.
const MORE_LINK: &str =
    "section link opening a paragraph (Local news more>>), with a doubled headline";

/// A section's `more>>` link opening the paragraph, after a label of plain words, through the
/// headline printed twice after it if any (see the module's doc).
fn more_links(l: &str, cuts: &mut Vec<Cut>) {
    let mut end = None;
    for w in l.split(' ').take(MORE_LABEL_WORDS + 1) {
        if w == "more>>" {
            end = Some(offset_in(l, w) + w.len());
            break;
        }
        // A label names a section (`local news`, `more … stories`); prose before the mark
        // (`she wanted more>>`) has its function words.
        let label_word = matches!(w, "more" | "most") || !is_function(w);
        if w.is_empty() || !w.chars().all(char::is_alphabetic) || !label_word {
            return;
        }
    }
    let Some(end) = end.filter(|&e| e > "more>>".len() && l[e..].starts_with(' ')) else {
        return;
    };
    let lead = end + 1;
    let headline = super::doubled::headline_at_start(&l[lead..])
        .filter(|c| c.0 == 0 && c.2 == BlockKind::Headline)
        .map_or(end, |c| lead + c.1);
    cuts.push((0, headline, BlockKind::RelatedList, MORE_LINK));
}

/// `>>` link prompts, datelines and transcript speaker marks.
fn chevrons(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !super::holds!(l, ">>") {
        return;
    }
    for (at, _) in l.match_indices(">>") {
        let end = at + 2;
        // `>>>`, `a>>b`: not a link mark.
        if l[..at].ends_with(|c: char| !c.is_whitespace() && !".?!\")".contains(c)) {
            continue;
        }
        if l[end..].starts_with('>') || l[..at].ends_with('>') {
            continue;
        }
        let rest = &l[end..];
        if !rest.starts_with(' ') || rest.trim().is_empty() {
            continue; // glued to a link's words, or ending the paragraph
        }
        let before = l[..at].trim_end();
        // After a sentence's stop, `>>` opens the next sentence (a transcript's speaker mark).
        let sent = if before.ends_with(['.', '?', '!', '"']) {
            before.len()
        } else {
            sentence_start_before(l, before.len())
        };
        let mut start = sent;
        let mut after_bracket = false;
        if let Some(close) = l[sent..before.len()].rfind(')') {
            start = sent + close + 1;
            // The spaces after the bracket may be the ones before `>>`: never past the run.
            start += l[start..before.len()].len() - l[start..before.len()].trim_start().len();
            after_bracket = true;
        }
        let run = &l[start..before.len()];
        let words: Vec<&str> = run.split_whitespace().collect();
        if words.is_empty() {
            // `>>` opening a sentence.
            let body = end + 1;
            if l[body..].starts_with("read more ") {
                // `>> read more trending news`: the prompt names the kind of stories.
                let prompt = tokens(l, body + 10)
                    .take(3)
                    .find(|(_, t)| matches!(*t, "news" | "stories" | "headlines"));
                if let Some((p, t)) = prompt {
                    cuts.push((
                        at,
                        p + t.len(),
                        BlockKind::Widget,
                        "link prompt (>> read more … news)",
                    ));
                    continue;
                }
            }
            if !after_bracket {
                cuts.push((at, end, BlockKind::Widget, "transcript speaker mark (>>)"));
            }
            continue;
        }
        if words.len() <= DATELINE_MAX_WORDS
            && !words.iter().any(|w| is_function(w))
            && !run.contains(['.', ',', ':', '"'])
        {
            cuts.push((
                start,
                end,
                BlockKind::Dateline,
                "dateline before the lead (City >>)",
            ));
        } else if words.len() <= PROMPT_MAX_WORDS && !run.contains(['"', ';']) {
            cuts.push((start, end, BlockKind::Widget, "link prompt (… >>)"));
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
    fn a_source_link_alone_in_brackets_ending_a_sentence_goes() {
        for (text, link) in [
            (
                "they were dumped in the landfill, according to the alamogordo daily news ( \
                 http://bit.ly/1klnxjd ). new mexico's spokesman said so.",
                "( http://bit.ly/1klnxjd ).",
            ),
            (
                "the body was misidentified, the register reported friday ( https://bit.ly/2tzsyzj \
                 ).",
                "( https://bit.ly/2tzsyzj ).",
            ),
        ] {
            assert_eq!(cut(text), vec![link], "{text}");
        }
    }

    #[test]
    fn a_related_headline_naming_its_source_or_quoted_goes_with_its_button() {
        for (text, headline) in [
            (
                "they were told no. at least 120 schools adopt gender-neutral uniforms, charity \
                 says read more when they protested, the school said no.",
                "at least 120 schools adopt gender-neutral uniforms, charity says read more",
            ),
            (
                "she laughed. \" jennifer lawrence on election result protests:'don't be afraid, be \
                 loud!'read more waving a glass of wine, lawrence said so.",
                "jennifer lawrence on election result protests:'don't be afraid, be loud!'read more",
            ),
        ] {
            assert_eq!(cut(text), vec![headline], "{text}");
        }
    }

    #[test]
    fn a_headline_with_a_label_after_its_question_goes_with_its_button() {
        assert_eq!(
            cut(
                "it could compromise the device. what does pelvic mesh do and why are women suing \
                 over it? – explainer read more j&j's ethicon unit was found liable."
            ),
            vec!["what does pelvic mesh do and why are women suing over it? – explainer read more"]
        );
        // Without a question before it, a dash and a word are no headline's label: the button
        // at the paragraph's end goes alone.
        assert_eq!(
            cut("the votes were counted. – victory read more"),
            vec!["read more"]
        );
    }

    #[test]
    fn a_button_with_its_stop_arrow_or_dots_goes_whole() {
        for (text, button) in [
            (
                "millennials spend $ 61 annually. read more here >",
                "read more here >",
            ),
            ("to take up the abortion bill. read more...", "read more..."),
            ("some of these models represent. read more …", "read more …"),
            (
                "and media reports. read more. some have led to criminal charges.",
                "read more.",
            ),
        ] {
            assert_eq!(cut(text), vec![button], "{text}");
        }
        // After words cut short, an excerpt's button with its arrow stays (as the excerpt does).
        let excerpt = "the latter being an all-new sound bank for more gentle and softer voices \
                       that the company says will be sold separately from the original one to \
                       its many fans read more »";
        assert!(cut(excerpt).is_empty());
    }

    #[test]
    fn a_more_link_opening_a_paragraph_goes_with_its_doubled_headline() {
        for (text, link) in [
            (
                "local news more>> passenger who arrived at newark airport being evaluated for \
                 ebola passenger who arrived at newark airport being evaluated for ebola a passenger who arrived at newark is being \
                 evaluated.",
                "local news more>> passenger who arrived at newark airport being evaluated for \
                 ebola passenger who arrived at newark airport being evaluated for ebola",
            ),
            (
                "most popular stories more>> investigators: ' connecting the dots ' minn. man \
                 studies to be a semi driver the fox 9 investigators have learned so.",
                "most popular stories more>>",
            ),
        ] {
            assert_eq!(cut(text), vec![link], "{text}");
        }
        for text in [
            "she wanted more>> and more.",
            "the crowd of fans cheered for one more>> song.",
            "more>> the link alone.",
        ] {
            assert!(cut(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_saying_verb_before_read_more_without_a_named_source_stays() {
        for text in [
            "the coach agreed. as the old sign on the wall, he says read more books.",
            "the teacher smiled. children who like stories, she says read more at home.",
        ] {
            assert!(cut(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_bracket_with_words_besides_the_address_stays() {
        for text in [
            "the group ( http://example.org, since 2004 ) helps farmers.",
            "the site ( see http://example.org ) helps farmers.",
            "read it at http://bit.ly/1klnxjd today.",
            "i shared my thoughts: ( http://venturebeat.com/2012/04/17/udid/ ).",
            // Inside a sentence: a cut would leave two pieces of it.
            "steve copoulos tells the sun chronicle ( http://bit.ly/2slf5yu ) he added window art.",
            "demoski spoke to ktuu-tv ( http://bit.ly/1qpo4mh ), saying he was driving home.",
        ] {
            assert!(cut(text).is_empty(), "{text}");
        }
    }
}
