//! A live blog's **update stamps** glued into the prose: the label `Update`/`Updated` with the
//! time of the update, opening the paragraph added then (`Update 2: 10pm: speaking to the wall
//! street journal, …`, `Update, 7: 25 p.m.: a representative for …`, `Update at 1: 07 p.m.
//! friday: students from four countries …`, `updated at 3: 26 p.m. et uber's leadership …`,
//! `[ updated at 7: 59 p.m. ]`, `… party updated: tuesday, march 25, 2014 4: 12 pm edt police
//! …`), and the bare label opening a sentence (`Update: pope francis also met …`). The stamp
//! goes, as a date line (the page's time, like the whole-sentence stamps of
//! [`super::super::notices`], which run first and keep theirs); the update's text is news and
//! stays.
//!
//! A stamp is the label, then only the words of a date and a time (numbers, `at`, months,
//! weekdays, `a.m.`, a time zone), holding a clock time, and it ends where the update's text
//! shows: on its colon, its time zone, its closing bracket, or a time's `a.m.`/`p.m.` before a
//! word (not a comma: `update: at 6: 50 p.m., donald trump sent …` is the sentence's own
//! clause, and only the label goes). At a sentence start or in brackets any such stamp goes;
//! glued after other words (a headline, a byline) only one with a colon after its label or
//! its time, as prose says `the site was updated at 5 p.m. thursday` too.
//!
//! A page's **bare `updated` mark between its headline and the lead** (ABC News prints the
//! update's time there, and the copy kept only the word: `Wrong winner announced in top model
//! finale updated amanda ware has been crowned …`) goes with the headline before it, when that
//! reads as a headline: at the paragraph's start, at least [`MARK_HEADLINE_MIN_WORDS`] words
//! with no sentence break and no article (headlines drop them; `According to a press release,
//! the app updated versions …` is prose), the word before the mark no function word or adverb
//! (`was updated`, `last updated`, `recently updated`) and the word after it opening a lead (a
//! name, an article, `when`), not the verb's object (`updated its policy`).

use super::super::BlockKind;
use super::super::lexicon::{FUNCTION_WORDS, contains};
use super::{Cut, MONTHS, Para, sentence_start, tokens};

/// The reason of an update stamp's cut.
const STAMP: &str = "live-blog update stamp (Update 2: 10pm:, Updated at 3: 26 p.m. ET)";

/// The reason of the cut of a page headline before its bare update mark.
const MARK_HEADLINE: &str =
    "page headline before its bare update mark (… top model finale updated)";

/// The reason of a bare update mark's cut.
const MARK: &str =
    "bare update mark between the page headline and the lead (… finale updated amanda …)";

/// Words of a headline before a bare update mark, at least: a shorter run of words opening the
/// paragraph is as likely a sentence's subject (`General mills updated their …`).
const MARK_HEADLINE_MIN_WORDS: usize = 6;

/// The function words that may open the lead after a bare update mark; any other one makes the
/// mark the verb of a sentence (`… updated its policy`, `updated to reflect …`).
const LEAD_OPENERS: [&str; 4] = ["a", "an", "the", "when"];

/// The reason of a bare update label's cut.
const LABEL: &str = "live-blog update label opening a sentence (Update:)";

/// Words of a stamp after its label, at most (`update: friday, april 12th, at 7: 49 p.m. et`).
const STAMP_MAX_WORDS: usize = 10;

/// Time zones a stamp ends on.
const ZONES: [&str; 18] = [
    "et", "e.t.", "est", "edt", "ct", "c.t.", "cst", "cdt", "mt", "mst", "mdt", "pt", "p.t.",
    "pst", "pdt", "gmt", "bst", "utc",
];

/// Weekdays in a stamp.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Finds the update stamps and labels in `l` (one lower-cased paragraph).
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let l: &str = l;
    let mut from = 0;
    // A notice's verb (`updated`, `corrected`) must be there for `this …` to be asked about.
    let mut verb = false;
    for at in super::occurrences!(l, "update") {
        verb = true;
        if at < from || l[..at].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let mut end = at + "update".len();
        if l[end..].starts_with('d') {
            end += 1;
        }
        if l[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let Some(mut cut) = stamp_at(l, at, end, cuts) else {
            continue;
        };
        if cut.3 == STAMP {
            cut.0 = posted_before(l, cut.0);
        }
        // A cut of another kind an earlier pass made across the stamp (a dateline after it,
        // with its agency) names that text better: the stamp stays rather than swallow it. A
        // date line there (a whole-sentence stamp of the notices) only grows by it.
        if cuts
            .iter()
            .any(|c| c.0 < cut.1 && cut.0 < c.1 && c.2 != cut.2)
        {
            continue;
        }
        from = cut.1;
        cuts.push(cut);
        if cut.3 != STAMP {
            continue;
        }
        let next = cut.1 + (l[cut.1..].len() - l[cut.1..].trim_start().len());
        // The update's author (`… p.m. et by kyle vassalo the one-stroke penalty …`).
        if let Some(e) = super::authors_end(l, next) {
            cuts.push((next, e, BlockKind::Byline, BYLINE));
            from = e;
        // The editor's note of what changed (`Updated at 12: 50 p.m.: revised to include
        // comment from …`), to its sentence's end.
        } else if NOTE_OPENERS.iter().any(|o| l[next..].starts_with(o))
            && let Some(e) = note_end(l, next)
        {
            cuts.push((next, e, BlockKind::Notice, NOTICE));
            from = e;
        }
    }
    if verb {
        headline_mark(l, cuts);
    }
    // `This post has been updated.`: most paragraphs say `this ` often and neither verb.
    if !verb && super::occurrences!(l, "corrected").next().is_none() {
        return;
    }
    for at in super::occurrences!(l, "this ") {
        if at < from {
            continue;
        }
        if let Some(cut) = update_notice(l, at, cuts)
            && !super::overlaps(cuts, cut.0, cut.1)
        {
            from = cut.1;
            cuts.push(cut);
        }
    }
}

/// The page headline opening the paragraph `l` and the bare `updated` mark after it, before
/// the lead (see the module's doc).
fn headline_mark(l: &str, cuts: &mut Vec<Cut>) {
    let Some(at) = super::occurrences!(l, " updated ").next().map(|p| p + 1) else {
        return;
    };
    let end = at + "updated".len();
    if !super::headline_before(l, at) {
        return;
    }
    let head = l[..at].trim_end();
    let words = head.split_whitespace();
    if words.clone().count() < MARK_HEADLINE_MIN_WORDS
        || words.clone().any(|w| matches!(w, "a" | "an" | "the"))
    {
        return;
    }
    let before = words.last().unwrap_or_default();
    if contains(FUNCTION_WORDS, before) || before.ends_with("ly") || before == "last" {
        return;
    }
    let Some(next) = l[end..].split_whitespace().next() else {
        return;
    };
    if !next.starts_with(|c: char| c.is_alphanumeric() || c == '"' || c == '\'')
        || (contains(FUNCTION_WORDS, next) && !LEAD_OPENERS.contains(&next))
    {
        return;
    }
    if super::overlaps(cuts, 0, end) {
        return;
    }
    cuts.push((0, head.len(), BlockKind::Headline, MARK_HEADLINE));
    cuts.push((at, end, BlockKind::DateLine, MARK));
}

/// True when `p` follows a cut an earlier pass made (a caption, a credit) with only spaces
/// between: the text after furniture starts a sentence as after a stop.
pub(super) fn after_cut(l: &str, cuts: &[Cut], p: usize) -> bool {
    cuts.iter()
        .any(|c| c.1 <= p && l[c.1..p].bytes().all(|b| b.is_ascii_whitespace()))
}

/// The reason of a byline's cut after an update stamp.
const BYLINE: &str = "byline after an update stamp (… p.m. ET by Name Name)";

/// The reason of an update notice's cut.
const NOTICE: &str = "update notice (This post has been updated., revised to include …)";

/// How an editor's note of what an update changed opens, after its stamp.
const NOTE_OPENERS: [&str; 4] = [
    "revised to ",
    "corrected to ",
    "updated to ",
    "this story has been updated",
];

/// Words that carry an update notice on past its stamp (`… at 12: 10 p.m. ct to include
/// additional reactions.`); any other word after the stamp opens the lead.
const NOTE_GOES_ON: [&str; 10] = [
    "to", "with", "on", "from", "after", "because", "and", "for", "in", "by",
];

/// Words of an update notice, at most.
const NOTICE_MAX_WORDS: usize = 30;

/// Start of a page's own date stamp right before a stamp at `start` in brackets (`December
/// 13, 2010 02: 25 pm est ( updated: … )`), back to the sentence start where it opens; `start`
/// when there is none.
fn posted_before(l: &str, start: usize) -> usize {
    if !l[start..].starts_with(['(', '[']) {
        return start;
    }
    let mut p = start;
    let mut clock = false;
    for _ in 0..STAMP_MAX_WORDS {
        let h = l[..p].trim_end();
        let w_at = h.len() - h.rsplit(char::is_whitespace).next().map_or(0, str::len);
        let w = h[w_at..].trim_end_matches([',', ':']);
        let Some(word) = stamp_word(w) else {
            break;
        };
        clock |= word == Word::Clock;
        p = w_at;
        if sentence_start(l, p) {
            return if clock { p } else { start };
        }
    }
    start
}

/// End of the sentence of a notice starting at `from`: its first sentence end within
/// [`NOTICE_MAX_WORDS`] words, or the paragraph's end after a stop.
fn note_end(l: &str, from: usize) -> Option<usize> {
    super::first_sentence_end(l, from, NOTICE_MAX_WORDS).or_else(|| {
        let t = l.trim_end();
        (t.ends_with('.') && l[from..].split_whitespace().count() <= NOTICE_MAX_WORDS)
            .then_some(t.len())
    })
}

/// Nouns a page calls itself by in an update notice.
const NOTICE_NOUNS: [&str; 5] = ["story", "post", "article", "report", "item"];

/// A sentence where the page says it was updated or corrected, at `at` (`this`), when it opens
/// a sentence (after `Editor's note:` or a dash too): `This post has been updated.`, `This
/// story has been updated to reflect a response from kfc.`, `Editor's note: this story was
/// updated at 1: 55 p.m. e.t.` (through its stamp when the lead follows it), to its end.
fn update_notice(l: &str, at: usize, cuts: &[Cut]) -> Option<Cut> {
    let mut words = l[at..].splitn(5, ' ');
    let (_, noun, aux) = (words.next()?, words.next()?, words.next()?);
    if !NOTICE_NOUNS.contains(&noun) || !matches!(aux, "has" | "was" | "had") {
        return None;
    }
    let mut p = at + "this ".len() + noun.len() + 1 + aux.len() + 1;
    if aux != "was" {
        p += l[p..].strip_prefix("been ").map(|_| "been ".len())?;
    }
    let verb = ["updated", "corrected"]
        .iter()
        .find(|v| l[p..].starts_with(*v))?;
    p += verb.len();
    if l[p..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    if l[..at].ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let head = l[..at].trim_end();
    let start = ["editor's note:", "--", "—"]
        .iter()
        .find_map(|o| head.strip_suffix(o))
        .map_or(at, str::len);
    // Where a sentence starts, or where a cut of an earlier pass ends (`( epa-efe/shutterstock )
    // this post has been updated.`); the bare notice, which says nothing but its verb, after a
    // closing bracket too (a source's credit: `… its entire body. ( science magazine ) this
    // story has been updated.`).
    let bare_after_bracket =
        || l[p..].starts_with('.') && l[..start].trim_end().ends_with([')', ']']);
    if !sentence_start(l, start)
        && !cuts
            .iter()
            .any(|c| c.1 <= start && l[c.1..start].trim().is_empty())
        && !bare_after_bracket()
    {
        return None;
    }
    // A stamp after the verb that the lead follows ends the notice (`… at 12: 45 p.m. et
    // louisiana gov. …`); otherwise the sentence does.
    let (mut clock, mut stamp_end) = (false, None);
    for (t_at, t) in tokens(l, p).take(STAMP_MAX_WORDS) {
        let bare = t.trim_end_matches([',', ':']);
        let bare = bare
            .strip_suffix('.')
            .filter(|z| ZONES.contains(z))
            .unwrap_or(bare);
        if let Some(w) = stamp_word(bare) {
            clock |= w == Word::Clock;
            stamp_end = Some(t_at + t.len());
            continue;
        }
        if clock && !NOTE_GOES_ON.contains(&t) {
            return stamp_end.map(|e| (start, e, BlockKind::Notice, NOTICE));
        }
        break;
    }
    note_end(l, p).map(|e| (start, e, BlockKind::Notice, NOTICE))
}

/// How a stamp's token reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Word {
    /// A clock time's mark (`a.m.`, `pm`, `10pm`).
    Clock,
    /// A time zone.
    Zone,
    /// Any other word of a date or time (`at`, `2:`, `march`, `12th,`, `2/6/18`).
    Date,
}

/// How the stamp token `t` (its trailing `:`, `,` and `.` after a zone cut off by the caller)
/// reads, or `None` when it is no word of a date or time.
fn stamp_word(t: &str) -> Option<Word> {
    if matches!(t, "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m") {
        return Some(Word::Clock);
    }
    if ZONES.contains(&t) {
        return Some(Word::Zone);
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let rest = &t[digits..];
        // `10pm`, `7:25pm`, `12th`, `2/6/18`.
        if matches!(rest, "am" | "pm" | "a.m." | "p.m.") {
            return Some(Word::Clock);
        }
        let ok = rest.is_empty()
            || matches!(rest, "st" | "nd" | "rd" | "th")
            || rest
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'/' || b == b':');
        return ok.then_some(Word::Date);
    }
    let word = t.trim_end_matches('.');
    (matches!(t, "at" | "@" | "on" | "-" | "–" | "—" | "(")
        || MONTHS.contains(&word)
        || WEEKDAYS.contains(&word))
    .then_some(Word::Date)
}

/// The cut of the label `l[at..label_end]` (`update`, `updated`) and the stamp after it, when
/// it is one (see the module's doc).
fn stamp_at(l: &str, at: usize, label_end: usize, cuts: &[Cut]) -> Option<Cut> {
    let before = l[..at].trim_end();
    let opener = before
        .strip_suffix(['(', '['])
        .filter(|_| before.len() < at);
    let start = opener.map_or(at, str::len);
    let opens = opener.is_some() || sentence_start(l, at) || after_cut(l, cuts, at);
    let close = opener.map(|_| {
        if l.as_bytes()[start] == b'(' {
            ')'
        } else {
            ']'
        }
    });
    // `update 2:` numbers the update; `update:`, `update,`.
    let mut p = label_end;
    let r = &l[p..];
    let number = r
        .strip_prefix(' ')
        .map(|n| n.bytes().take_while(u8::is_ascii_digit).count())
        .filter(|&n| (1..=2).contains(&n) && r[1 + n..].starts_with(':'));
    if let Some(n) = number {
        p += 1 + n;
    }
    let label_colon = l[p..].starts_with(':');
    if label_colon || l[p..].starts_with(',') {
        p += 1;
    }
    // The stamp's words, up to the one that ends it.
    let words: Vec<(usize, &str)> = tokens(l, p).take(STAMP_MAX_WORDS).collect();
    let (mut clock, mut end, mut colon, mut paren) = (false, None, false, false);
    for (k, &(t_at, raw)) in words.iter().enumerate() {
        let after = t_at + raw.len();
        // A byte-order mark glued to a colon (`a.m.\u{feff}:`) is no text.
        let (bare, colon_ends) = match raw.strip_suffix(':') {
            Some(b) => (b.trim_end_matches('\u{feff}'), true),
            None => (raw, false),
        };
        // A bracket closes: the stamp's own (`update ( 2/6/18 9: 49 a.m. ):`) or the one
        // around it (`[ updated at 7: 59 p.m. ]`), through it and a colon glued to it.
        if (paren && bare == ")") || close.is_some_and(|c| bare.len() == 1 && bare.starts_with(c)) {
            end = clock.then_some(after);
            colon |= colon_ends;
            break;
        }
        // `3: 26`: the hour before its minutes, not the stamp's colon.
        let hour = colon_ends
            && (1..=2).contains(&bare.len())
            && bare.bytes().all(|b| b.is_ascii_digit())
            && words.get(k + 1).is_some_and(|(_, m)| {
                m.len() >= 2 && m.as_bytes()[..2].iter().all(u8::is_ascii_digit)
            });
        let comma = bare.ends_with(',');
        let bare = bare.trim_end_matches(',');
        // A zone ends a sentence with its own stop (`et.`).
        let zone_stop = bare.strip_suffix('.').filter(|z| ZONES.contains(z));
        let Some(word) = stamp_word(zone_stop.unwrap_or(bare)) else {
            // The update's text begins: the stamp ended on a clock time without a comma.
            break;
        };
        if hour {
            clock = true;
            end = None;
            continue;
        }
        paren |= bare == "(";
        clock |= word == Word::Clock;
        end = None;
        if colon_ends {
            end = clock.then_some(after);
            colon = true;
            break;
        }
        if word == Word::Zone {
            end = clock.then_some(after);
            // The bracket around the stamp closes after its zone.
            if let Some(c) = close {
                let rest = l[after..].trim_start();
                end = rest
                    .strip_prefix(c)
                    .and_then(|r| clock.then_some(l.len() - r.len()));
            }
            break;
        }
        if word == Word::Clock && !comma && !paren && close.is_none() {
            // Ends here unless more of the stamp follows (`p.m. friday:`, `p.m. et`).
            end = Some(after);
        }
    }
    if let Some(e) = end
        && clock
        && (opens || label_colon || colon)
    {
        return Some((start, e, BlockKind::DateLine, STAMP));
    }
    // The bare label opening a sentence, before the update's words.
    if opener.is_none() && opens && (label_colon && (number.is_some() || l[p..].starts_with(' '))) {
        let next = l[p..].trim_start();
        if next.is_empty() || next.starts_with(|c: char| c.is_alphanumeric() || c == '"') {
            return Some((at, p, BlockKind::SectionLabel, LABEL));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        super::super::cut_texts(find, s)
    }

    #[test]
    fn a_bare_update_mark_goes_with_the_headline_before_it() {
        for (text, headline) in [
            (
                "wrong winner announced in reality show finale updated a host has apologised \
                 after naming the wrong contestant.",
                "wrong winner announced in reality show finale",
            ),
            (
                "volcano erupts in indonesia, killing six villagers updated a volcano on flores \
                 island has spewed hot ash.",
                "volcano erupts in indonesia, killing six villagers",
            ),
            (
                "' heartbroken ' wife recalls hearing husband order hit in phone call updated \
                 jane doe says she has forgiven him.",
                "' heartbroken ' wife recalls hearing husband order hit in phone call",
            ),
            (
                "student solves astrophysics mystery by jane march updated when a melbourne \
                 student looked at the data, she found it.",
                "student solves astrophysics mystery by jane march",
            ),
        ] {
            assert_eq!(cut(text), [headline, "updated"], "{text}");
        }
    }

    #[test]
    fn updated_in_a_sentence_stays() {
        for text in [
            // Too short for a headline: the sentence's subject.
            "general mills updated its privacy policy on tuesday.",
            // An article: prose.
            "according to a press release from the maker, vocaloid4 updated versions will ship.",
            // The verb's object or complement after it, an adverb or an auxiliary before it.
            "officials in six rural counties across the state updated their voter rolls.",
            "officials in six rural counties across iowa quietly updated voter rolls.",
            "salary figures for state and county employees were updated with new data.",
            "salary figures for state and county employees last updated in march.",
            // Not at the paragraph's start after a sentence.
            "it rained. officials in six rural counties across iowa updated voter rolls.",
        ] {
            assert!(cut(text).is_empty(), "{text}: {:?}", cut(text));
        }
    }

    #[test]
    fn a_live_blogs_update_stamp_goes() {
        for (text, stamp) in [
            (
                "we will update this story. update 2: 10pm: speaking to the wall street journal, \
                 nigel oakes confirmed it.",
                "update 2: 10pm:",
            ),
            (
                "update: 12: 32 p.m.: the man accused of killing a police officer was found.",
                "update: 12: 32 p.m.:",
            ),
            (
                "it was shot saturday. update, 7: 25 p.m.: a representative for gov. greg abbott \
                 said so.",
                "update, 7: 25 p.m.:",
            ),
            (
                "updated, jan. 19, 10: 24 a.m.: to infinity, and beyond!",
                "updated, jan. 19, 10: 24 a.m.:",
            ),
            (
                "seattle. update at 1: 07 p.m. friday: students from four countries were killed.",
                "update at 1: 07 p.m. friday:",
            ),
            (
                "updated at 3: 26 p.m. et uber's leadership already has a lot on its plate.",
                "updated at 3: 26 p.m. et",
            ),
            (
                "update: november 8, 8: 25 am cst we want to express again our sadness.",
                "update: november 8, 8: 25 am cst",
            ),
            (
                "a consulate in libya. [ updated at 7: 59 p.m. ] speaking on cnn, rep. peter king \
                 said.",
                "[ updated at 7: 59 p.m. ]",
            ),
            (
                "arrived home today. update ( 2/6/18 9: 49 a.m. ): the police department has \
                 released a statement.",
                "update ( 2/6/18 9: 49 a.m. ):",
            ),
            (
                "mom, daughter arrested for naples house party updated: tuesday, march 25, 2014 \
                 4: 12 pm edt police arrested an 18-year-old woman.",
                "updated: tuesday, march 25, 2014 4: 12 pm edt",
            ),
            (
                "the deaths of hope. update 11: 29 a.m.\u{feff}: police said.",
                "update 11: 29 a.m.\u{feff}:",
            ),
            (
                "\" i cherish women. \" updated at 11: 10 a.m.",
                "updated at 11: 10 a.m.",
            ),
            (
                "ms. gosselin ( updated: december 13, 2010 04: 17 pm est ) kate's trip",
                "( updated: december 13, 2010 04: 17 pm est )",
            ),
        ] {
            assert_eq!(cut(text), [stamp], "{text}");
        }
    }

    #[test]
    fn a_bare_update_label_opening_a_sentence_goes() {
        assert_eq!(
            cut("update: pope francis also met with a same-sex couple."),
            ["update:"]
        );
        assert_eq!(
            cut("kudos to the writers. update: writing for slate, jamelle bouie says so."),
            ["update:"]
        );
        // A time that is the sentence's own clause stays with it.
        assert_eq!(
            cut("he posted it on youtube. update: at 6: 50 p.m., donald trump sent a response."),
            ["update:"]
        );
    }

    #[test]
    fn an_update_notice_goes() {
        for (text, notice) in [
            (
                "a meeting this month. this post has been updated. environmental protection \
                 agency administrator scott pruitt said so.",
                "this post has been updated.",
            ),
            (
                "this story has been updated to reflect a response from kfc. kfc is facing a \
                 lawsuit.",
                "this story has been updated to reflect a response from kfc.",
            ),
            (
                "editor's note: this story was updated at 1: 55 p.m. e.t. is it a medieval fake \
                 or a relic?",
                "editor's note: this story was updated at 1: 55 p.m. e.t.",
            ),
            (
                "this story was updated at 12: 45 p.m. et louisiana gov. bobby jindal announced \
                 it.",
                "this story was updated at 12: 45 p.m. et",
            ),
            (
                "the lead. this story has been updated.",
                "this story has been updated.",
            ),
            (
                "it keeps its body warm. ( science magazine ) this story has been updated. it's \
                 one of the most basic biology facts.",
                "this story has been updated.",
            ),
        ] {
            assert_eq!(cut(text), [notice], "{text}");
        }
        assert!(cut("this story was updated by the author in 2015, he said.").len() <= 1);
        assert!(cut("he said this story was updated often.").is_empty());
        // After a bracket only the bare notice: one that goes on may be the bracket's sentence.
        assert!(cut("the paper ( the times ) this story has been updated to say more.").is_empty());
    }

    #[test]
    fn what_comes_with_a_stamp_goes_with_it() {
        // The update's author.
        assert_eq!(
            cut(
                "update: friday, april 12th, at 7: 49 p.m. et by kyle vassalo the one-stroke \
                 penalty didn't end it."
            ),
            [
                "update: friday, april 12th, at 7: 49 p.m. et",
                "by kyle vassalo"
            ]
        );
        // The editor's note of what changed.
        assert_eq!(
            cut(
                "updated at 12: 50 p.m.: revised to include comment from sen. kelly hancock, \
                 sponsor of the bill. austin — the bill passed."
            ),
            [
                "updated at 12: 50 p.m.:",
                "revised to include comment from sen. kelly hancock, sponsor of the bill."
            ]
        );
        // The page's own stamp before a bracketed one.
        assert_eq!(
            cut(
                "december 13, 2010 02: 25 pm est ( updated: december 13, 2010 04: 17 pm est ) kate"
            ),
            ["december 13, 2010 02: 25 pm est ( updated: december 13, 2010 04: 17 pm est )"]
        );
    }

    #[test]
    fn a_stamp_after_a_cut_opens_a_sentence() {
        let l = "toggle caption mike segar / reuters update at 8: 35 a.m. et. the news is out.";
        let para = Para::new(l);
        let mut cuts = vec![(0, 35, BlockKind::Caption, "credit")];
        find(&para, &mut cuts);
        assert_eq!(cuts.len(), 2);
        assert_eq!(&l[cuts[1].0..cuts[1].1], "update at 8: 35 a.m. et.");
    }

    #[test]
    fn prose_about_updates_stays() {
        for text in [
            "the results were updated after 5 p.m. thursday, the first time since election night.",
            "the site was updated at 5 p.m. thursday with new figures.",
            "according to updated election results, he won.",
            "we will update this story at 5 p.m.",
            "updated figures show a rise of 5 percent.",
            "it went on. [ update: the floor chaos continued late into the night. ] then",
            "the app's update: a new look for the home screen.",
        ] {
            assert!(cut(text).is_empty(), "{text}: {:?}", cut(text));
        }
    }
}
