//! Page headlines and photo captions glued before a lead that restates their subject, with
//! nothing between to mark where the one ends (`lana del rey target of kidnapping plot lana del
//! rey is lucky orlando cops jumped on a tip …`, `world happiness report 2018 the world
//! happiness report is a landmark survey …`).
//!
//! Flattening a page puts its headline, deck or photo caption in front of the lead's paragraph.
//! When the lead opens on the headline's subject, the subject's words come twice within a
//! headline's length, and the second copy may be where the lead begins. It may also be a later
//! word of the lead's first phrase (`… in the uk pakistani schoolgirl malala yousafzai was shot
//! …`, `… nintendo has said its chief executive satoru iwata has died …`): a lower-cased role
//! before a name looks the same as a headline's last words, and cutting at the repeat may eat
//! the lead's opening words. So the
//! repeat is taken for the lead's start only where the text shows the headline ended before it:
//!
//! * the headline's last word is a mark no lead's phrase runs on from: a number (`world happiness
//!   report 2018`, `… in 1980`, `patty duke dead at 69`), a page's label (`close`, `exclusive`,
//!   `breaking news`), or a time zone after a clock (`… 12: 06 edt`);
//! * or the lead restates the headline itself, the word after the subject again after the
//!   subject's repeat, past a dash or an auxiliary (`marilyn manson grand slammed in the face at
//!   denny's marilyn manson -- grand slammed …`, `suge knight arrested, … suge knight was
//!   arrested …`), and no article or `that` just before the repeat shows a phrase running into it
//!   (`… authorities have confirmed that a young rooftop daredevil fell …` stays) nor a title
//!   stands before it (`… was great president obama's oval office speech was good …` stays);
//! * or a mark closes the headline up to three words before the repeat, those words being the
//!   role the lead puts before the name: a dash standing as a word (a dateline's or a byline's,
//!   `… where 20 dogs died phoenix -- new allegations …`, `… by justin sink - the white house
//!   …`), a bracket of three words or more (`… ( according to the valencians ) british chef
//!   jamie oliver …`), a page's label or a clock's zone (`… breaking news goth rocker …`, `… 10:
//!   39 edt an allegedly drunk minnesota man …`). A dash that opens or closes an aside (`… ginger
//!   lee — a porn star, … — was ecstatic`) or joins a prefix (`pro – sarah palin`) is no mark,
//!   nor is a closing quotation mark: a quoted phrase runs on inside a headline or a lead (`… to "
//!   help " royal caribbean name its next cruise ship`).
//!
//! * or the lead opens a clause on the repeated subject, an auxiliary or `says` right after the
//!   subject's two words (`syrian troops retook palmyra last sunday syrian troops have found …`),
//!   and no function word in the headline's last three words joins the repeat to a clause
//!   before it (`… in upstate new york were questioning …`). A role the lead puts before the
//!   name goes with the lead where a nationality, `former`, `us` or a mark shows its start (`…
//!   in the uk pakistani schoolgirl malala yousafzai was shot …`, `… by adam hetrick 08 nov 2013
//!   grammy award winner alanis morissette has …`) and with the headline where nothing does (`… in
//!   atlanta hollywood star wesley snipes has been ordered …`): in lower case no other cue shows
//!   where a role starts, and the lead still reads whole from its subject.
//!
//! Anything doubtful stays: a leftover headline costs a summary less than a lead without its
//! first words.

use super::super::BlockKind;
use super::super::lexicon::{FUNCTION_WORDS, contains};
use super::doubled::{bare_word, ends_sentence};
use super::{Cut, Para};

/// The removal reason.
pub(crate) const REASON: &str = "headline or caption glued before a lead that restates its subject (… kidnapping plot lana del rey is …)";

/// Words of a glued headline or caption, at most (the paragraph's start to the subject's repeat).
const HEAD_MAX_WORDS: usize = 30;

/// Words of a glued headline, at least: a shorter run is a name said twice.
const HEAD_MIN_WORDS: usize = 3;

/// Bytes looked through for the subject's repeat: more than [`HEAD_MAX_WORDS`] words hold
/// nearly always.
const HEAD_MAX_BYTES: usize = 300;

/// Words the lead goes on for after the headline, at least: a headline over a short line is
/// a list or a teaser, not a lead.
const LEAD_MIN_WORDS: usize = 6;

/// Words of a role a lead may put between a headline's closing mark and the repeated subject,
/// at most (`cia director`, `goth rocker`, `an allegedly drunk`).
const ROLE_MAX_WORDS: usize = 3;

/// Words inside a bracket that closes a headline, at least (`( according to the valencians )`).
const ASIDE_MIN_WORDS: usize = 3;

/// Words of the lead looked through for a dash closing an aside opened by the dash before it.
const ASIDE_MAX_WORDS: usize = 20;

/// Words that open an aside after a dash (`– and wannabe serial killer –`), which a second dash
/// closes.
const ASIDE_OPENERS: [&str; 8] = ["a", "an", "and", "but", "or", "the", "which", "who"];

/// Prefixes a spaced dash may join to a name (`pro – sarah palin`, `anti – trump`).
const PREFIXES: [&str; 6] = ["anti", "ex", "non", "post", "pre", "pro"];

/// Labels a page prints after a headline, before the lead (`… spotify release close`, TMZ's `…
/// convicted of murdering wife breaking news`, `… off dialysis exclusive`).
const END_LABELS: [&str; 3] = ["close", "exclusive", "news"];

/// Time zones and the half of the day, which end a page's time stamp after its clock (`12: 06
/// edt`).
const ZONES: [&str; 14] = [
    "am", "bst", "cdt", "cst", "ct", "edt", "est", "et", "gmt", "pdt", "pm", "pst", "pt", "utc",
];

/// Auxiliaries a restating lead may put between the subject and the headline's verb (`suge
/// knight arrested` → `suge knight was arrested`).
const AUXILIARIES: [&str; 10] = [
    "are", "be", "been", "had", "has", "have", "is", "was", "were", "will",
];

/// Articles a lead may open on before the headline's subject (`cta bus crash a cta bus
/// crashed …`).
const ARTICLES: [&str; 3] = ["a", "an", "the"];

/// Finds a headline or caption glued before the paragraph's lead in `l`.
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let start = super::reader_start(l, cuts);
    let Some((end, lead)) = glued_head(l, start) else {
        return;
    };
    // Another pass's cut running into the lead read the text differently.
    if cuts.iter().any(|c| c.0 < lead && lead < c.1) {
        return;
    }
    cuts.push((start, end, BlockKind::Headline, REASON));
}

/// True for a word that may open a headline's subject: letters, not a function word.
fn subject_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_alphabetic()) && !contains(FUNCTION_WORDS, w)
}

/// The end of a headline glued at `start` and the start of the lead after it.
fn glued_head(l: &str, start: usize) -> Option<(usize, usize)> {
    let mut first = super::tokens(l, start).map(|(_, t)| bare_word(t));
    let (w0, w1) = (first.next()?, first.next()?);
    if !subject_word(w0) || !subject_word(w1) || w0 == w1 {
        return None;
    }
    // The first word again at a word's start (one vector search; most paragraphs have none),
    // with the second after it.
    let limit = (start + HEAD_MAX_BYTES).min(l.len());
    let window = &l.as_bytes()[..limit];
    let at = memchr::memmem::find_iter(window.get(start + w0.len()..)?, w0.as_bytes())
        .map(|i| start + w0.len() + i)
        .find(|&i| {
            let mut next = super::tokens(l, i).map(|(_, t)| bare_word(t));
            window[i - 1] == b' ' && next.next() == Some(w0) && next.next() == Some(w1)
        })?;
    // The headline's words, with no sentence's end among them.
    let mut head = [(0, ""); HEAD_MAX_WORDS];
    let mut n = 0;
    for t in super::tokens(&l[..at], start) {
        if n == HEAD_MAX_WORDS || ends_sentence(t.1) || t.1.ends_with(';') {
            return None;
        }
        head[n] = t;
        n += 1;
    }
    // A lead opening on an article before the subject: the article is the lead's.
    let lead = if ARTICLES.contains(&head[n - 1].1) {
        n -= 1;
        head[n].0
    } else {
        at
    };
    let head = &head[..n];
    if n < HEAD_MIN_WORDS || super::tokens(l, lead).nth(LEAD_MIN_WORDS).is_none() {
        return None;
    }
    let text = &l[start..lead];
    // A quotation or bracket the headline leaves open goes on into the lead.
    if text.matches('"').count() % 2 == 1 || text.matches('(').count() != text.matches(')').count()
    {
        return None;
    }
    let (_, last) = head[n - 1];
    let last_word = bare_word(last);
    if last.ends_with(',') || contains(FUNCTION_WORDS, last_word) {
        return None;
    }
    let end = head[n - 1].0 + last.len();
    let marked = last_word.ends_with(|c: char| c.is_ascii_digit()) || label_end(head, n - 1);
    if marked || restates(l, head, at) {
        return Some((end, lead));
    }
    let Some(mark) = closed(l, start, head) else {
        return opens_clause(l, head, at).then(|| role_cut(head, at, lead).unwrap_or((end, lead)));
    };
    let (at, t) = head[mark];
    let lead = head.get(mark + 1).map_or(lead, |w| w.0);
    // A dash before a name may open an aside the lead closes with another (`… ginger lee — a
    // porn star, stripper and fan of rep. anthony weiner ( d-ny9 ) — was ecstatic …`) or close
    // one a conjunction opened (`… for accused craigslist killer – and wannabe serial killer –
    // miranda barbour's lies …`), or join a prefix spaced apart (`… pro – sarah palin film …`).
    let is_dash = super::datelines::is_dash;
    if is_dash(t)
        && (PREFIXES.contains(&bare_word(head[mark - 1].1))
            || super::tokens(l, lead)
                .take(ASIDE_MAX_WORDS)
                .any(|(_, w)| is_dash(w))
            || head[..mark]
                .windows(2)
                .rev()
                .find(|w| is_dash(w[0].1))
                .is_some_and(|w| ASIDE_OPENERS.contains(&w[1].1)))
    {
        return None;
    }
    Some((at + t.len(), lead))
}

/// Verbs of saying a lead may put right after its subject (`… republican front-runner donald
/// trump says that …`).
const SAYS: [&str; 2] = ["said", "says"];

/// True when the lead from `at` is a clause on the repeated subject, its verb an auxiliary or
/// one of [`SAYS`] right after the subject's two words (`syrian troops retook palmyra last
/// sunday syrian troops have found …`, `… his " 60 minutes " role andy rooney will announce
/// …`): a subject with its verb opens a sentence, where a name inside the lead's clause follows
/// a word that joins it to the clause (`… in upstate new york were questioning …`, `… nintendo
/// has said its chief executive satoru iwata has died …`, `… the murder of british hostage
/// david haines was …`), so no function word may stand in the headline's last three words. A
/// role the lead puts before the name with no mark before it (`… in the uk pakistani schoolgirl
/// malala yousafzai was shot …`) goes with the headline: nothing in lower case shows where the
/// role starts, and the lead reads whole from its subject. A title or a nationality right before
/// the name is the lead's (`… president obama's …`, `… to turkey british counter-terrorism police
/// have …`), so the headline stays.
fn opens_clause(l: &str, head: &[(usize, &str)], at: usize) -> bool {
    let n = head.len();
    let last = bare_word(head[n - 1].1);
    if head[n.saturating_sub(ROLE_MAX_WORDS)..]
        .iter()
        .any(|(_, t)| contains(FUNCTION_WORDS, bare_word(t)))
        || super::tooltips::TITLES.contains(&last)
        || demonym(last)
    {
        return false;
    }
    let verb = super::tokens(l, at).nth(2).map_or("", |(_, t)| t);
    AUXILIARIES.contains(&verb) || SAYS.contains(&verb)
}

/// The end of a headline and the start of the lead where a role the lead puts before its
/// subject at `at` shows where it starts ([`role_start`]), with an article before the role
/// (`… armed forces the german fashion firm hugo boss has …`). A lead opening on an article
/// before the subject (`lead` before `at`) has no role.
fn role_cut(head: &[(usize, &str)], at: usize, lead: usize) -> Option<(usize, usize)> {
    let n = head.len();
    if lead != at {
        return None;
    }
    let mut role = role_start(head);
    if role > HEAD_MIN_WORDS && role < n && ARTICLES.contains(&head[role - 1].1) {
        role -= 1;
    }
    if !(HEAD_MIN_WORDS..n).contains(&role) {
        return None;
    }
    let (i, t) = head[role - 1];
    Some((i + t.len(), head[role].0))
}

/// Words that open a role the lead puts before a name (`former south african athlete`, `us
/// republican front-runner`), beside a nationality ([`demonym`]).
const ROLE_OPENERS: [&str; 3] = ["former", "u.s.", "us"];

/// The index in `head` where the role a lead puts before its repeated subject starts, or
/// `head.len()` where nothing shows one: the earliest of the last [`ROLE_MAX_WORDS`] + 1 words
/// that opens a role ([`ROLE_OPENERS`] or a nationality before another word: `… golden globe
/// race english yachtswoman`, `… in valencia former motogp champion`), or the word after a mark
/// that ends a headline before a role of two words or more (a year, a comma, a closing quotation
/// mark standing as a word: `… 08 nov 2013 grammy award winner`, `… on the today plaza,
/// republican front-runner`, `… " vote of confidence " japanese prime minister`). A function
/// word or a token of other signs ends the search: the role is plain words.
fn role_start(head: &[(usize, &str)]) -> usize {
    let n = head.len();
    let mut role = n;
    for i in (n.saturating_sub(ROLE_MAX_WORDS + 1)..n).rev() {
        let t = head[i].1;
        let w = bare_word(t);
        let closes_quote = t == "\""
            && head[..=i]
                .iter()
                .map(|(_, t)| t.matches('"').count())
                .sum::<usize>()
                % 2
                == 0;
        if t.ends_with(',') || closes_quote || year(w) {
            return if i + 2 < n { i + 1 } else { role };
        }
        if contains(FUNCTION_WORDS, w)
            || !t
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b"-'.".contains(&b))
        {
            break;
        }
        if i + 1 < n && (ROLE_OPENERS.contains(&w) || demonym(w)) {
            role = i;
        }
    }
    role
}

/// True for a year or a span of years (`2013`, `2010-2011`), which ends a date: a plain number
/// before words counts them (`… where 20 dogs died …`).
fn year(w: &str) -> bool {
    w.split('-')
        .all(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

/// True when `head[i]` is a page's label (`close`, `exclusive`, `exclusive details`, `breaking
/// news`) or a time zone after a clock (`12: 06 edt`): marks no phrase runs on from.
fn label_end(head: &[(usize, &str)], i: usize) -> bool {
    let t = head[i].1;
    // TMZ's label is two words (`… making medical decisions exclusive details khloe kardashian
    // and …`): taking `exclusive` alone for it left `details` opening the lead.
    END_LABELS.contains(&t)
        || (t == "details" && i > 0 && head[i - 1].1 == "exclusive")
        || (ZONES.contains(&t)
            && i > 0
            && bare_word(head[i - 1].1).ends_with(|c: char| c.is_ascii_digit()))
}

/// The index of the mark that closes a headline at most [`ROLE_MAX_WORDS`] words before the
/// subject's repeat, the words between being a role the lead puts before the name (`… a
/// 'hostile intelligence service ' cia director mike pompeo …`, `… ( according to the valencians
/// ) british chef jamie oliver …`, `… breaking news goth rocker marilyn manson …`, `… phoenix --
/// new allegations …`): a closing quotation mark or bracket, a dash standing as a word, a page's
/// label or a time zone after a clock. A role is plain words (an article may open it); a number
/// is no mark here, as a number before words counts them (`… 20 dogs …`).
fn closed(l: &str, start: usize, head: &[(usize, &str)]) -> Option<usize> {
    let n = head.len();
    let closes = |i: usize| {
        let (at, t) = head[i];
        super::datelines::is_dash(t)
            || (t == ")" && closing_aside(&l[start..at]))
            || (i + 1 < n && label_end(head, i) && (t != "news" || head[i - 1].1 == "breaking"))
    };
    for i in (HEAD_MIN_WORDS - 1..n).rev().take(ROLE_MAX_WORDS + 1) {
        if closes(i) {
            return Some(i);
        }
        // A role's word: letters, not a function word; an article only as the role's first.
        let t = head[i].1;
        if ARTICLES.contains(&t) {
            return (i > HEAD_MIN_WORDS - 1 && closes(i - 1)).then(|| i - 1);
        }
        if !t.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') || contains(FUNCTION_WORDS, t) {
            return None;
        }
    }
    None
}

/// True when `text` ends inside a bracket of [`ASIDE_MIN_WORDS`] words or more, which the `)`
/// after it closes (`( according to the valencians )`): a short one glosses the word before
/// it and may stand inside the lead (`… islamic state ( is ) used chemical weapons …`).
fn closing_aside(text: &str) -> bool {
    text.rfind('(')
        .is_some_and(|i| text[i + 1..].split_ascii_whitespace().count() >= ASIDE_MIN_WORDS)
}

/// Nationality words the text's own spelling shows (`british`, `canadian`, `japanese`,
/// `pakistani`, `french`): a lead names a person by nationality and role before the name
/// (`british chef jamie oliver has posted …`), so the word before a repeated name may be the
/// lead's own. Endings cover most nationalities (not `-can`: `vatican`), a few words the rest; a
/// word read wrongly (`politician`) only keeps a headline.
fn demonym(w: &str) -> bool {
    const ENDINGS: [&str; 5] = ["ish", "ian", "ese", "ean", "ani"];
    const WORDS: [&str; 13] = [
        "afghan", "african", "american", "dutch", "french", "german", "greek", "iraqi", "israeli",
        "mexican", "saudi", "swiss", "thai",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e)) || WORDS.contains(&w)
}

/// True when the lead from `at` restates the headline `head`: after the two-word subject both
/// open on, the headline's next word comes again (past a dash, a quotation mark or up to two
/// auxiliaries), and neither an article nor `that` just before the lead shows a phrase running on
/// into it, nor a title stands right before it (`… but the gravitas was great president obama's
/// oval office speech was good, …`: a [`super::tooltips::TITLES`] word).
fn restates(l: &str, head: &[(usize, &str)], at: usize) -> bool {
    let n = head.len();
    let runs_on = |(_, t): &(usize, &str)| matches!(bare_word(t), "that" | "a" | "an");
    if head[n.saturating_sub(3)..]
        .iter()
        .any(|(_, t)| bare_word(t) == "that")
        || head.get(n.wrapping_sub(2)).is_some_and(runs_on)
        || super::tooltips::TITLES.contains(&head[n - 1].1)
        || demonym(bare_word(head[n - 1].1))
    {
        return false;
    }
    // The headline's word after its two-word subject, and the lead's (both open on the subject).
    let Some(verb) = head
        .iter()
        .map(|(_, t)| bare_word(t))
        .filter(|w| !w.is_empty())
        .nth(2)
    else {
        return false;
    };
    let mut leads = super::tokens(l, at)
        .map(|(_, t)| bare_word(t))
        .filter(|w| !w.is_empty())
        .skip(2);
    let mut other = leads.next().unwrap_or("");
    for _ in 0..2 {
        if !AUXILIARIES.contains(&other) {
            break;
        }
        other = leads.next().unwrap_or("");
    }
    subject_word(verb) && other == verb
}

#[cfg(test)]
mod tests {
    fn cut(s: &str) -> Vec<&str> {
        super::super::cut_texts(super::find, s)
    }

    #[test]
    fn a_headline_ending_on_a_mark_goes() {
        assert_eq!(
            cut(
                "world happiness report 2018 the world happiness report is a landmark survey of \
                 the state of global happiness."
            ),
            ["world happiness report 2018"]
        );
        assert_eq!(
            cut(
                "kylie jenner announces birth of baby girl breaking news kylie jenner and travis \
                 scott are parents after she gave birth thursday."
            ),
            ["kylie jenner announces birth of baby girl breaking news"]
        );
        assert_eq!(
            cut(
                "chrissy teigen hits back at trolls over miles pic close chrissy teigen has \
                 shared her son's new helmet on social media."
            ),
            ["chrissy teigen hits back at trolls over miles pic close"]
        );
        // TMZ's two-word label goes whole, not leaving `details` before the lead.
        assert_eq!(
            cut(
                "khloe kardashian still married to lamar making medical decisions exclusive \
                 details khloe kardashian and lamar odom are still legally married."
            ),
            ["khloe kardashian still married to lamar making medical decisions exclusive details"]
        );
        assert_eq!(
            cut(
                "rapper lupe fiasco thrown out of inaugural party by arturo garcia monday, \
                 january 21, 2013 7: 11 est rapper lupe fiasco was kicked off the stage during \
                 a party."
            ),
            [
                "rapper lupe fiasco thrown out of inaugural party by arturo garcia monday, \
                 january 21, 2013 7: 11 est"
            ]
        );
    }

    #[test]
    fn a_headline_the_lead_restates_goes() {
        assert_eq!(
            cut(
                "marilyn manson grand slammed in the face at denny's marilyn manson -- grand \
                 slammed in the face at a denny's in the valley."
            ),
            ["marilyn manson grand slammed in the face at denny's"]
        );
        assert_eq!(
            cut(
                "suge knight arrested, assault with deadly weapon tmz has learned suge knight was \
                 arrested for assault with a deadly weapon."
            ),
            ["suge knight arrested, assault with deadly weapon tmz has learned"]
        );
        assert_eq!(
            cut(
                "pope francis recorded the talk where he lives in the vatican pope francis has \
                 recorded an address for the ted media group."
            ),
            ["pope francis recorded the talk where he lives in the vatican"]
        );
    }

    #[test]
    fn a_headline_closed_by_a_mark_before_the_leads_role_goes() {
        assert_eq!(
            cut(
                "new allegations against kennel where 20 dogs died phoenix -- new allegations are \
                 coming out against the dog boarding business."
            ),
            ["new allegations against kennel where 20 dogs died phoenix --"]
        );
        assert_eq!(
            cut(
                "white house touts benefits of reform by justin sink - the white house on \
                 wednesday released a new report on reform."
            ),
            ["white house touts benefits of reform by justin sink -"]
        );
        assert_eq!(
            cut(
                "chef jamie oliver, and how paella should be done ( according to the valencians ) \
                 british chef jamie oliver has posted his version of paella."
            ),
            ["chef jamie oliver, and how paella should be done ( according to the valencians )"]
        );
        assert_eq!(
            cut(
                "michelle obama teams up with tom hanks for voter drive close former first lady \
                 michelle obama said she is still trying to understand it."
            ),
            ["michelle obama teams up with tom hanks for voter drive close"]
        );
        assert_eq!(
            cut(
                "minnesota man lols in facebook post by scott kaufman thursday, july 31, 2014 10: \
                 39 edt an allegedly drunk minnesota man posted an image of his car."
            ),
            [
                "minnesota man lols in facebook post by scott kaufman thursday, july 31, 2014 10: 39 edt"
            ]
        );
    }

    #[test]
    fn a_headline_before_a_lead_opening_a_clause_on_its_subject_goes() {
        assert_eq!(
            cut(
                "syrian troops retook palmyra last sunday syrian troops have found a mass grave \
                 containing about 40 bodies."
            ),
            ["syrian troops retook palmyra last sunday"]
        );
        // A role with no cue to its start goes with the headline.
        assert_eq!(
            cut(
                "andy rooney to step down from his \" 60 minutes \" role andy rooney will announce \
                 on sunday that it will be his last."
            ),
            ["andy rooney to step down from his \" 60 minutes \" role"]
        );
        // A nationality, `former` or `us`, a year or a closing quotation mark shows a role's start.
        assert_eq!(
            cut(
                "malala yousafzai now lives and goes to school in the uk pakistani schoolgirl malala \
                 yousafzai was shot last year by the taliban."
            ),
            ["malala yousafzai now lives and goes to school in the uk"]
        );
        assert_eq!(
            cut(
                "donald trump has repeatedly advocated water-boarding us republican front-runner \
                 donald trump has softened his stance on torture."
            ),
            ["donald trump has repeatedly advocated water-boarding"]
        );
        assert_eq!(
            cut(
                "alanis morissette adapting hit album for broadway by adam hetrick 08 nov 2013 \
                 grammy award winner alanis morissette has announced a musical of her album."
            ),
            ["alanis morissette adapting hit album for broadway by adam hetrick 08 nov 2013"]
        );
        // A plain number counts the words after it: they are the headline's.
        assert_eq!(
            cut(
                "new allegations against kennel where 20 dogs died new allegations are coming out \
                 against the dog boarding business."
            ),
            ["new allegations against kennel where 20 dogs died"]
        );
        assert_eq!(
            cut(
                "elon musk said he had \" spoken in anger \" tech entrepreneur elon musk has \
                 apologised to a british cave diver."
            ),
            ["elon musk said he had \" spoken in anger \""]
        );
        // An article before the role is the lead's; a lead opening on one has no role.
        assert_eq!(
            cut(
                "hugo boss supplied uniforms to the party and armed forces the german fashion firm \
                 hugo boss has apologised for its past."
            ),
            ["hugo boss supplied uniforms to the party and armed forces"]
        );
        assert_eq!(
            cut(
                "white house says gruber's wrong, attacks gop the white house is denouncing \
                 comments from jonathan gruber."
            ),
            ["white house says gruber's wrong, attacks gop"]
        );
    }

    #[test]
    fn a_mark_inside_the_lead_or_headline_is_no_end() {
        for s in [
            // A dash opening an aside the lead closes, or closing one a conjunction opened.
            "porn star says weiner sent her a message ginger lee — a porn star, stripper and fan of \
             rep. anthony weiner — was ecstatic on march 13.",
            "barbour's sister: my mom is to blame there is only one person to blame for accused \
             killer – and wannabe serial killer – barbour's sister told dr. phil in an episode.",
            // A dash joining a prefix, a short bracket glossing a name, a closing quotation.
            "sarah palin movie is full of filthy language a feature-length, pro – sarah palin film \
             will get a nationwide release.",
            "chemical weapons thought used in syria the us will investigate whether islamic state \
             ( is ) used chemical weapons in iraq, kerry said.",
            "royal caribbean has \" invited \" james hand to \" help \" royal caribbean name its \
             next cruise ship this spring.",
            // A number counts the words after it: they are the headline's (the lead opens no
            // clause on its subject here).
            "new allegations against kennel where 20 dogs died new allegations about the dog \
             boarding business came out on monday.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_subject_repeated_inside_the_lead_stays() {
        for s in [
            // A role before the name inside the lead's clause, with no verb after the name.
            "malala yousafzai now lives and goes to school in the uk pakistani schoolgirl malala \
             yousafzai, shot last year by the taliban, spoke at the un.",
            // A function word joins the repeat to a clause before it; a nationality is the lead's.
            "new york authorities hunting for two murderers in upstate new york were questioning a \
             woman who worked at the prison.",
            "satoru iwata was crucial to nintendo's success nintendo has said its chief executive \
             satoru iwata has died of cancer at the age of 55.",
            "counter-terrorism police open search for three girls who flew to turkey british \
             counter-terrorism police have launched an international hunt.",
            // A nationality before the repeat is the lead's (with no mark before it).
            "chef jamie oliver, and how paella should be done according to the valencians \
             british chef jamie oliver has posted a recipe for paella.",
            // A title before the repeat is the lead's.
            "obama's oval office speech was good, but the gravitas was great president obama's \
             oval office speech was good, but the iconography was great.",
            // An article and `that` run on into the repeat.
            "rooftop daredevil fell to death, family says authorities have confirmed that a young \
             rooftop daredevil fell to his death last month.",
            // Prose: a place named again, a sentence's end, an open quotation, a function word.
            "new york authorities hunting for two murderers who broke out in upstate new york were \
             questioning a woman.",
            "kevin bacon offered an apology. ' i just wasn't thinking, ' kevin bacon wrote in his \
             apology.",
            "arrested development: guest star john slattery in a scene from netflix's \" arrested \
             development. \" the show returns in may.",
            "mobile phone technology has come a long way since the first mobile phone call was \
             made 40 years ago.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_first_word_longer_than_the_window_is_no_headline() {
        let long = "a".repeat(400);
        assert!(cut(&format!("b{long} c{long} b{long} c{long} d e f g h i j")).is_empty());
    }
}
