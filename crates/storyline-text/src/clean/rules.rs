//! Rules that look at one line alone. The zone pass in the parent module turns these local verdicts
//! into final kinds using the line's position in the page.

use std::sync::LazyLock;

use super::BlockKind;
use super::lexicon::{self, BYLINE_WORDS, FUNCTION_WORDS, list};
use super::line::{Line, normalize};
use crate::Span;
use crate::pattern::Pattern;

/// What one line looks like on its own.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Local {
    /// Decided by the line alone: kind and reason.
    Fixed(BlockKind, &'static str),
    /// The line holds the same text twice with no separator; byte offsets (absolute) of the end of
    /// the first copy and the start of the second.
    Doubled {
        first_end: usize,
        second_start: usize,
    },
    /// A line made of a date and/or clock time (crawl stamp or date line, decided by position).
    DateLike,
    /// A control of a comment section (`All comments`, `52 comments`, `Reply`).
    CommentControl,
    /// The header of a related-links list (`Related news`, `More from World`).
    RelatedHeader,
    /// A sentence (ends like one) or a long run of prose; maybe with a dateline prefix.
    Prose(Option<Dateline>),
    /// Sentence-case text of a few words that lacks final punctuation (content in the body, a
    /// headline or standfirst at the top, a related link at the end).
    WeakProse,
    /// A short unpunctuated line: headline, section label, kicker or related headline.
    Short,
}

/// A dateline prefix of a prose line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Dateline {
    /// The prefix, trimmed (`NEW YORK (Sputnik) –`).
    pub span: Span,
    /// The outlet it names, with its span.
    pub outlet: Option<(String, Span)>,
}

/// `re!(NAME, pattern)` declares a pattern built on first use; `re!(NAME, gated, pattern)` one with
/// big Unicode classes (`\p{L}`, `\p{Lu}`) that only lines passing a cheap check reach, built for
/// Latin text first (see [`Pattern::gated`]).
macro_rules! re {
    ($name:ident, $pat:expr) => {
        re!($name, new, $pat);
    };
    ($name:ident, $build:ident, $pat:expr) => {
        static $name: LazyLock<Pattern> = LazyLock::new(|| Pattern::$build($pat));
    };
}

re!(
    SLUG_WORD,
    r"(?:^|\s)(?:hinh|anh|ảnh|image|img|photo|pic|picture|foto|bild)[\s_-]*\d+$"
);
re!(FILE_NAME, r"(?i)^\S+\.(?:jpe?g|png|gif|webp|svg|mp4|pdf)$");
re!(URL_ONLY, r"(?i)^(?:https?://|www\.)\S+$");
re!(
    COPYRIGHT,
    r"(?i)(?:(?:©|\(c\)|copyright)\s*(?:\d{4}|[a-z]+\s+\d{4})|all rights reserved|\bterms of (?:use|service)\b|\bprivacy policy\b|\bour standards\b)"
);
re!(
    CAPTION_START,
    r"(?i)^(?:file\s+)?(?:photo(?:graph)?|picture|image|pic|video|graphic|illustration|infographic|caption)s?(?:\s+(?:credit|caption|copyright))?\s*[:|]"
);
re!(
    CAPTION_HEAD,
    r"(?i)^(?:image|photo|media|picture|video)\s+(?:copyright|caption|credit)\b"
);
/// `CAPTION_BY`'s pattern (also read by the tests of [`super::line::caption_cues`], its gate).
pub(super) const CAPTION_BY_PATTERN: &str = r"(?i)\b(?:photo(?:graph)?|picture|image)s?\s*(?:by|courtesy(?:\s+of)?|credit)\b|\bfile (?:photo|picture|image)\b|\b(?:getty images|shutterstock|afp photo|ap photo|epa photo|reuters photo|photo agency)\b";
re!(CAPTION_BY, CAPTION_BY_PATTERN);
/// `CAPTION_LABEL`'s pattern (also read by the tests of [`super::line::caption_cues`]).
pub(super) const CAPTION_LABEL_PATTERN: &str = r"(?i)\b(?:photo|image|picture)s?\s*:\s*\S";
re!(CAPTION_LABEL, CAPTION_LABEL_PATTERN);

/// Words before `picture:`/`photo:`/`image:` that make it prose, not a caption's label (`The
/// big picture: the truce is the first since february …`, `… painted a grim picture: …`).
const LABEL_PROSE_BEFORE: [&str; 24] = [
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "my",
    "his",
    "her",
    "its",
    "our",
    "their",
    "your",
    "big",
    "bigger",
    "whole",
    "full",
    "clear",
    "clearer",
    "complete",
    "grim",
    "bleak",
    "different",
];

/// True when `norm` holds a `Photo:`-style label whose word before it is not a determiner or
/// an adjective of prose.
/// Words before `pictures:` that leave it a gallery's label (`In pictures: …`, `More
/// pictures: …`); after any other word it is a name or prose.
const PICTURES_LABEL_BEFORE: [&str; 2] = ["in", "more"];

fn has_caption_label(norm: &str) -> bool {
    // Every label holds a colon: a line without one needs no second search.
    norm.contains(':')
        && CAPTION_LABEL
            .captures_iter_in(norm, 0..norm.len())
            .filter_map(|c| c.get(0))
            .any(|m| {
                let before = norm[..m.start()].trim_end();
                let word = before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                // `Pictures:` after a word is a studio's name (`Universal Pictures: the studio
                // said …`) or a sentence's object (`… which has pictures: "we apologize …`); the
                // label opens the line or a sentence, or follows `in`/`more` (`In pictures: …`).
                let plural_picture = m
                    .as_str()
                    .get(..8)
                    .is_some_and(|w| w.eq_ignore_ascii_case("pictures"));
                if plural_picture
                    && !word.is_empty()
                    && !PICTURES_LABEL_BEFORE
                        .iter()
                        .any(|w| w.eq_ignore_ascii_case(word))
                {
                    return false;
                }
                !LABEL_PROSE_BEFORE
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(word))
            })
}

re!(
    CAPTION_BRACKET_AGENCY,
    gated,
    r"\[\p{Lu}[\p{L}/ .]{1,30}\]$"
);
re!(
    CAPTION_PAREN_CREDIT,
    gated,
    r"\((?:[^()]*\b(?:Photos?|PHOTOS?|Images?|IMAGES?|Pictures?)\b[^()]*|\p{Lu}[\p{L}.]*\s*/\s*\p{Lu}[^()]*)\)$"
);
re!(
    CAPTION_SLASH_CREDIT,
    gated,
    r"\b\p{Lu}[\p{L}.]+\s*/\s*\p{Lu}\p{Ll}+(?:[ \u{a0}]+\p{Lu}[\p{L}.]*){0,3}$"
);
/// `CAPTION_POSITION`'s pattern (also read by the tests of [`super::line::caption_cues`]).
pub(super) const CAPTION_POSITION_PATTERN: &str = r"(?i)\((?:l|r|c|left|right|centre|center|front|back|top|bottom|second (?:left|right))\)|,\s*(?:left|right|centre|center|second (?:from )?(?:left|right)|far (?:left|right))\s*,|\bfrom left\b|\bpictured\b";
re!(CAPTION_POSITION, CAPTION_POSITION_PATTERN);
re!(
    BYLINE_BY,
    r"^(?i:by|written by|words by|story by|report by)[ \u{a0}]+\p{Lu}"
);
re!(
    BYLINE_CREDITS,
    r"^\(?(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|research|translation|translated|produced|edited|written|reported)(?:\s+and\s+\w+)?\s+by)\b"
);
re!(
    RELATED_HEADER,
    r"(?i)^(?:related(?: news| articles?| stories| coverage| content| posts| links| topics| reading| videos?)?|more(?: (?:from|on|in|about)\b.*| news| stories| articles| like this)?|read (?:more|next|also)|see also|also (?:read|see)|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories| reading)?|topics|most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|top stories|latest(?: news| stories)?|editor'?s picks|in other news|what to read next|popular(?: now| stories)?|further reading|other news|around the web|from the web)\s*:?$"
);
re!(
    RELATED_INLINE,
    r"(?i)^(?:read more|read also|also read|read|see also|related|recommended|more on this|more|watch|listen)\s*[:>»|]\s*\S"
);
re!(
    READING_TIME,
    r"(?i)^\d+\s*(?:min|mins|minute|minutes)\.?\s*(?:read|reading|watch|listen)$"
);
re!(
    RELATIVE_TIME,
    r"(?i)^(?:(?:updated|posted|published)\s+)?(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$"
);
re!(
    SECTION_LINE,
    r"(?i)^(?:from the |in )?sections?\b|\bsections?\s*:"
);
re!(SOURCE_LINE, r"(?i)^sources?\s*:\s*");
re!(
    BYLINE_NAMES,
    gated,
    r"^(?P<first>\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}(?: in \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?)(?P<more>(?:(?:,| and| &) \p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}(?: in \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?)*)$"
);
re!(
    CONTRIBUTED,
    r"(?i)\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b"
);
re!(
    BY_NAME_AT_END,
    gated,
    r"\b(?i:by)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$"
);
re!(
    TAG_PREFIX,
    r"(?i)^(?:tags?|topics?|keywords?|filed under|categories|category|related topics|subjects?)\s*:"
);

/// Classifies `line` on its own.
pub(crate) fn classify(text: &str, line: &Line) -> Local {
    let raw = line.span.slice(text);
    let norm = line.norm.as_str();
    let n = line.n_words();

    if n == 0 {
        if line.has_clock || line.has_date() || line.has_year {
            return Local::DateLike;
        }
        return Local::Fixed(BlockKind::Widget, "no words: page furniture");
    }
    if !line.final_punct && !norm.chars().any(char::is_uppercase) && SLUG_WORD.is_match(norm) {
        return Local::Fixed(
            BlockKind::ImageSlug,
            "lower-case image slug ending in a number",
        );
    }
    if FILE_NAME.is_match(norm) {
        return Local::Fixed(BlockKind::ImageSlug, "file name");
    }
    if URL_ONLY.is_match(norm) {
        return Local::Fixed(BlockKind::Widget, "bare URL");
    }
    if let Some((first_end, second_start)) = doubled(text, line.span, norm) {
        return Local::Doubled {
            first_end,
            second_start,
        };
    }
    if READING_TIME.is_match(norm) {
        return Local::Fixed(BlockKind::Widget, "reading-time label");
    }
    if RELATIVE_TIME.is_match(norm) {
        return Local::DateLike;
    }
    if n <= 30 && COPYRIGHT.is_match(norm) {
        return Local::Fixed(BlockKind::Footer, "copyright or legal notice");
    }
    if let Some(reason) = caption(line) {
        return Local::Fixed(BlockKind::Caption, reason);
    }
    if let Some(reason) = byline(line) {
        return Local::Fixed(BlockKind::Byline, reason);
    }
    if is_date_like(line) {
        return Local::DateLike;
    }
    if is_comment_control(line) {
        return Local::CommentControl;
    }
    if n <= 8 && !line.final_punct && RELATED_HEADER.is_match(norm) {
        return Local::RelatedHeader;
    }
    if n <= 30 && RELATED_INLINE.is_match(norm) {
        return Local::Fixed(BlockKind::RelatedList, "link to another article");
    }
    if let Some(reason) = widget(line) {
        return Local::Fixed(BlockKind::Widget, reason);
    }
    if n <= 80 && TAG_PREFIX.is_match(norm) {
        return Local::Fixed(BlockKind::TagList, "labelled tag list");
    }
    if !line.final_punct && list_items(norm).is_some_and(|k| k >= 5) {
        return Local::Fixed(
            BlockKind::TagList,
            "comma-separated list of short names without a verb",
        );
    }
    if n <= 6 && !line.final_punct && SECTION_LINE.is_match(norm) {
        return Local::Fixed(BlockKind::SectionLabel, "names the site section");
    }
    if is_breadcrumb(norm, line) {
        return Local::Fixed(BlockKind::SectionLabel, "breadcrumb navigation");
    }
    if n <= 10 && raw.contains('(') && dateline_alone(raw, line.span).is_some() {
        return Local::Fixed(BlockKind::Dateline, "dateline on a line of its own");
    }
    prose_or_short(raw, line)
}

/// Prose, weak prose, or a short label.
///
/// The word-list features ([`Line::function_words`], [`Line::title_ratio`]) are asked after the
/// word count and the final stop, and only when those leave the answer open: they are worked
/// out on first use, and most lines are long prose that never needs them.
fn prose_or_short(raw: &str, line: &Line) -> Local {
    let n = line.n_words();
    let has_lower_word = || {
        line.words()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase))
    };
    // Asked last and only when the other conditions leave it open: most lines are long prose,
    // for which the answer cannot change the result, and the scan reads the whole line.
    let quoted = || raw.contains(['“', '"', '«']);
    let question = n >= 1
        && line
            .norm
            .trim_end_matches(['"', '”', '’'])
            .ends_with(['?', '!']);
    let sentence = line.final_punct
        && (n >= 2 || question || quoted())
        && (n >= 6 || has_lower_word() || question || quoted());
    let colon_lead = || line.norm.ends_with(':') && n >= 5 && line.function_words() >= 2;
    let long_prose = || n >= 25 || n >= 18 && line.function_words() >= 2;
    if sentence || colon_lead() || long_prose() {
        return Local::Prose(dateline(raw, line.span));
    }
    if n >= 4 && line.function_words() >= 1 && line.title_ratio() < 0.5 {
        return Local::WeakProse;
    }
    Local::Short
}

/// The reason a line is a photo caption or credit, if it is one.
fn caption(line: &Line) -> Option<&'static str> {
    let norm = line.norm.as_str();
    let n = line.n_words();
    // A caption is a sentence or two plus a credit. A longer line that merely starts or ends with
    // caption words is a paragraph a scraper glued a caption onto; it stays content.
    if n > 50 || sentence_count(norm) > 2 {
        return None;
    }
    if norm.contains('©') {
        return Some("photo credit (©)");
    }
    if CAPTION_START.is_match(norm) || CAPTION_HEAD.is_match(norm) {
        return Some("starts like a caption (Photo:, Image copyright, ...)");
    }
    // Each search runs only when the line holds a word every match of it holds.
    let cues = super::line::caption_cues(norm);
    if cues.credit && CAPTION_BY.is_match(norm) || cues.label && has_caption_label(norm) {
        return Some("photo credit (Photo by, file photo, picture agency)");
    }
    // The credit patterns below are anchored at the end; checking the end byte first spares the
    // search on most lines and, until a line needs one, the construction of their automata.
    if n <= 60 && norm.ends_with(']') && CAPTION_BRACKET_AGENCY.is_match(norm) {
        return Some("ends with a bracketed agency credit");
    }
    if n <= 60 && norm.ends_with(')') && CAPTION_PAREN_CREDIT.is_match(norm) {
        return Some("ends with a parenthesised photo credit");
    }
    if !line.final_punct && n <= 60 && norm.contains('/') && CAPTION_SLASH_CREDIT.is_match(norm) {
        return Some("ends with an Agency/Name photo credit");
    }
    let quoted = norm.contains(['“', '"', '«', '”']);
    if n <= 50 && !quoted && cues.position && CAPTION_POSITION.is_match(norm) {
        return Some("describes people's positions in a picture (left, right, pictured)");
    }
    None
}

/// Number of sentences: sentence ends (`.`, `!`, `?` then a space and an upper-case letter or a
/// quote) plus one. A period after a lone capital (`Sergey V. Lavrov`) is an initial, not an end.
fn sentence_count(norm: &str) -> usize {
    if norm.is_ascii() {
        // Bytes are chars here: no char buffer.
        sentence_count_of(norm.as_bytes())
    } else {
        sentence_count_of(&norm.chars().collect::<Vec<char>>())
    }
}

/// [`sentence_count`] over the chars of the text (bytes when it is ASCII).
fn sentence_count_of<C: Copy + Into<char>>(chars: &[C]) -> usize {
    let at = |i: usize| -> char { chars[i].into() };
    let ends = (1..chars.len().saturating_sub(2))
        .filter(|&i| {
            let initial =
                at(i) == '.' && at(i - 1).is_uppercase() && (i < 2 || !at(i - 2).is_alphabetic());
            matches!(at(i), '.' | '!' | '?')
                && !initial
                && at(i + 1) == ' '
                && (at(i + 2).is_uppercase() || matches!(at(i + 2), '“' | '"'))
        })
        .count();
    1 + ends
}

/// The reason a line is a byline, if it is one.
fn byline(line: &Line) -> Option<&'static str> {
    let norm = line.norm.as_str();
    let n = line.n_words();
    if n <= 14 && BYLINE_BY.is_match(norm) {
        // Names after `By` are capitalised; `By the end of the day, ...` is prose.
        // Names after `By`; the lower-cased words are each word's `to_lowercase`.
        let capital = line
            .words()
            .skip(1)
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        let joiners = line
            .lower()
            .skip(1)
            .filter(|w| matches!(*w, "and" | "in" | "of" | "for" | "the"))
            .count();
        if capital + joiners == n - 1 && capital >= 1 && (!line.final_punct || n <= 8) {
            return Some("starts with By and names");
        }
    }
    if n <= 16 && byline_names(norm) == 2 {
        return Some("several person names (with cities): a byline");
    }
    if n <= 20 && CONTRIBUTED.is_match(norm) {
        return Some("contributor credit");
    }
    if n <= 14 && line.has_date() && has_by(norm) && BY_NAME_AT_END.is_match(norm) {
        return Some("date and author line");
    }
    if n <= 40 && BYLINE_CREDITS.is_match(norm) {
        return Some("reporting/editing credits");
    }
    if n <= 8 && SOURCE_LINE.is_match(norm) && !line.final_punct {
        return Some("names the source outlet");
    }
    if n <= 6 && line.count_in(list::BYLINE) >= 1 && line.title_ratio() >= 0.5 && !line.final_punct
    {
        return Some("short line naming staff or agencies");
    }
    None
}

/// 2 when `norm` is several person names (`Jane Doe in Moscow and John Roe in Washington`), 1 when
/// it is one name followed by `in City`, 0 otherwise. One name with a city also reads like a
/// headline (`Obama Meets Putin in Beijing`), so the caller uses 1 only as weak evidence.
pub(crate) fn byline_names(norm: &str) -> u8 {
    if !may_be_names(norm) {
        return 0;
    }
    let Some(c) = BYLINE_NAMES.captures(norm) else {
        return 0;
    };
    if c.name("more").is_some_and(|m| !m.as_str().is_empty()) {
        2
    } else {
        u8::from(c.name("first").is_some_and(|m| m.as_str().contains(" in ")))
    }
}

/// False when [`BYLINE_NAMES`] cannot match `norm`: it starts with an upper-case letter, ends with
/// a letter, `'`, `’` or `-`, and its ASCII chars are letters or `'-., &`. Most lines fail this at
/// once, which spares the regex search (and, in a short run, building its Unicode automaton).
/// Non-ASCII chars are left to the regex, so Unicode tables never need to agree.
fn may_be_names(norm: &str) -> bool {
    let (Some(first), Some(last)) = (norm.chars().next(), norm.chars().next_back()) else {
        return false;
    };
    may_be_upper(first)
        && (may_be_letter(last) || matches!(last, '\'' | '-'))
        && norm.bytes().all(|b| {
            !b.is_ascii()
                || b.is_ascii_alphabetic()
                || matches!(b, b'\'' | b'-' | b'.' | b',' | b' ' | b'&')
        })
}

/// False for an ASCII char that is not an upper-case letter (so not `\p{Lu}`); true otherwise.
fn may_be_upper(c: char) -> bool {
    !c.is_ascii() || c.is_ascii_uppercase()
}

/// False for an ASCII char that is not a letter (so not `\p{L}`); true otherwise.
fn may_be_letter(c: char) -> bool {
    !c.is_ascii() || c.is_ascii_alphabetic()
}

/// True when `norm` holds `by` in any case, which [`BY_NAME_AT_END`] needs (no non-ASCII char
/// case-folds to `b` or `y`).
fn has_by(norm: &str) -> bool {
    norm.as_bytes()
        .windows(2)
        .any(|w| w[0].eq_ignore_ascii_case(&b'b') && w[1].eq_ignore_ascii_case(&b'y'))
}

/// Outlet named by a byline (`TBP and Agencies` → `TBP`, `By Jane Doe, Reuters` → `Reuters`).
pub(crate) fn byline_outlet(raw: &str) -> Option<(usize, usize)> {
    if let Some(m) = SOURCE_LINE.find(raw) {
        let rest = &raw[m.end()..];
        let cut = rest
            .find(['|', ',', ';'])
            .or_else(|| rest.find(" and ").or_else(|| rest.find(" AND ")))
            .unwrap_or(rest.len());
        let name = rest[..cut].trim();
        let start = m.end() + (rest.len() - rest.trim_start().len());
        if !name.is_empty() && name.split_whitespace().count() <= 4 {
            return Some((start, start + name.len()));
        }
    }
    let lower = raw.to_lowercase();
    for joiner in [
        " and agencies",
        " and news agencies",
        " with agencies",
        " and wires",
        " with wires",
    ] {
        if let Some(i) = lower.find(joiner)
            && lower.len() == raw.len()
        {
            let name = raw[..i].trim();
            let start = raw.len() - raw.trim_start().len();
            let generic = name
                .split_whitespace()
                .all(|w| lexicon::contains(BYLINE_WORDS, &w.to_lowercase()));
            if !name.is_empty() && !generic && name.split_whitespace().count() <= 3 {
                return Some((start, start + name.len()));
            }
        }
    }
    if BYLINE_BY.is_match(raw) {
        let cut = raw.rfind([',', '|', '—'])?;
        let tail = raw[cut..].trim_start_matches([',', '|', '—']).trim_start();
        let start = raw.len() - tail.len();
        let tail = tail.trim_end();
        let words = tail.split_whitespace().count();
        let starts_upper = tail.chars().next().is_some_and(char::is_uppercase);
        if (1..=4).contains(&words) && starts_upper && !tail.chars().any(|c| c.is_ascii_digit()) {
            return Some((start, start + tail.len()));
        }
    }
    None
}

/// True when a line is only a date and/or clock time plus date-line words (`Updated`, `GMT`).
fn is_date_like(line: &Line) -> bool {
    if line.n_words() > 12 || !(line.has_clock || line.has_date()) {
        return false;
    }
    let leftover = line.n_words()
        - line.count_in(list::MONTH | list::WEEKDAY | list::DATE_LINE | list::FUNCTION);
    let digits = line.norm.chars().any(|c| c.is_ascii_digit());
    let dated = line.has_date() && (line.has_year || line.has_clock || digits);
    let clocked = line.has_clock && (line.has_date() || line.count_in(list::DATE_LINE) > 0);
    leftover <= 1 && (dated || clocked)
}

/// True for a control of a comment section.
fn is_comment_control(line: &Line) -> bool {
    let n = line.n_words();
    if n > 8 || (line.final_punct && !line.norm.ends_with(')')) {
        return false;
    }
    if line.count_in(list::COMMENT) == 0 {
        return false;
    }
    let known =
        list::COMMENT | list::COMMENT_CONTEXT | list::UI_STRONG | list::UI_WEAK | list::FUNCTION;
    let other = line
        .lower_lists()
        .filter(|&(w, l)| {
            !(l & known != 0 || matches!(w, "are" | "closed" | "disabled" | "sorted"))
        })
        .count();
    other <= 1 && other * 4 <= n
}

/// The reason a line is share/navigation furniture, if it is.
fn widget(line: &Line) -> Option<&'static str> {
    let n = line.n_words();
    // Both kinds below have at most 80 words: a longer line is not asked for its web words
    // (worked out on first use; most lines are long prose).
    if n > 80 {
        return None;
    }
    let strong = line.count_in(list::UI_STRONG);
    if strong == 0 {
        return None;
    }
    let weak = line.count_in(list::UI_WEAK) + line.count_in(list::FUNCTION);
    if n <= 10 && (!line.final_punct || n <= 8) && (strong + weak) * 4 >= n * 3 {
        return Some("short line of web-page controls (share, follow, listen, URL, ...)");
    }
    // Longer boilerplate (cookie, paywall and app notices): most of its content words are web words.
    let content = n - line.count_in(list::FUNCTION);
    if n > 10
        && n <= 80
        && strong >= 3
        && (strong + line.count_in(list::UI_WEAK)) * 10 >= content * 6
    {
        return Some("notice made of web-page words (cookies, subscription, sign-in)");
    }
    None
}

/// Number of items when the line is a list of short names separated by `,` `|` `;` or bullets.
///
/// Most lines asked are prose whose first item runs on past five words, so the items are cut by
/// byte searches ([`next_list_separator`]) rather than a split that decodes every char, and an
/// ASCII word is lower-cased on the stack; the answers are those of splitting the chars
/// (`list_items_by_split` in the tests).
pub(crate) fn list_items(norm: &str) -> Option<usize> {
    // Every condition must hold for every item, so the first failing item decides and nothing is
    // collected (most lines tested here are prose with a long first item).
    let (mut items, mut total) = (0usize, 0usize);
    let mut rest = norm;
    loop {
        let (end, sep_len) = next_list_separator(rest).unwrap_or((rest.len(), 0));
        let item = rest[..end].trim();
        if item.is_empty() {
            return None;
        }
        let mut words = 0;
        for w in item.split_whitespace() {
            words += 1;
            if words > 5 || is_list_breaking_word(w) {
                return None;
            }
        }
        items += 1;
        total += words;
        if sep_len == 0 {
            break;
        }
        rest = &rest[end + sep_len..];
    }
    (items >= 3 && total <= items * 3).then_some(items)
}

/// Byte offset and length of the first list separator in `s` (`,`, `|`, `;`, `•`, `·`). The
/// UTF-8 bytes of `•` and `·` occur in text only as those chars, so byte searches find the
/// chars a char search finds.
fn next_list_separator(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let ascii = memchr::memchr3(b',', b'|', b';', b).map(|i| (i, 1));
    let before = ascii.map_or(b.len(), |(i, _)| i);
    if b[..before].is_ascii() {
        return ascii;
    }
    [("•", 3), ("·", 2)]
        .into_iter()
        .filter_map(|(sep, len)| {
            memchr::memmem::find(&b[..before], sep.as_bytes()).map(|i| (i, len))
        })
        .min()
        .or(ascii)
}

/// True when the word `w` is a function word other than `of`, `and`, `the`, `for`: no name in a
/// list has one.
fn is_list_breaking_word(w: &str) -> bool {
    // The longest function word has seven letters: an ASCII word is lower-cased into a buffer
    // on the stack when it could be one (lower-casing keeps an ASCII word's length).
    const LONGEST: usize = 16;
    if w.is_ascii() {
        if w.len() > LONGEST {
            return false;
        }
        let mut buf = [0u8; LONGEST];
        let buf = &mut buf[..w.len()];
        buf.copy_from_slice(w.as_bytes());
        buf.make_ascii_lowercase();
        let l = std::str::from_utf8(buf).unwrap_or("");
        return lexicon::contains(FUNCTION_WORDS, l) && !matches!(l, "of" | "and" | "the" | "for");
    }
    let l = w.to_lowercase();
    lexicon::contains(FUNCTION_WORDS, &l) && !matches!(l.as_str(), "of" | "and" | "the" | "for")
}

/// True for navigation paths such as `Home > World > Middle East`.
fn is_breadcrumb(norm: &str, line: &Line) -> bool {
    if line.final_punct || line.n_words() > 12 {
        return false;
    }
    let seps = norm.matches(['>', '»', '|', '›']).count();
    seps >= 2
        && norm
            .split(['>', '»', '|', '›'])
            .all(|seg| seg.split_whitespace().count() <= 4)
}

/// Detects a line that is the same text printed twice with no separator, as scrapers do with
/// captions. Returns absolute byte offsets (end of the first copy, start of the second).
///
/// Every char equal to the first one in the middle third is a candidate split, and both parts are
/// normalised and compared. A long lower-case paragraph has hundreds of candidates, so a test on
/// the normalised line comes first: normalising the line is normalising the part before a split,
/// then one space if that part ends in whitespace, then the part after it (which starts with the
/// first char, not a space). Two equal parts therefore make the normalised line `x x` or `xx`,
/// with `x` its first half; a line that is neither cannot be doubled. `target` is the line
/// normalised ([`Line::norm`], which the line features already made).
fn doubled(text: &str, span: Span, target: &str) -> Option<(usize, usize)> {
    let s = span.slice(text);
    if s.len() < 40 || s.len() > 3000 {
        return None;
    }
    let first = s.chars().next()?;
    if !is_space_like(first) && !halves_repeat(target) {
        return None;
    }
    let (lo, hi) = (s.len() / 3, s.len() * 2 / 3);
    for (k, c) in s.char_indices() {
        if k < lo || k > hi || c != first {
            continue;
        }
        let (a, b) = (&s[..k], &s[k..]);
        if a.trim().chars().count() < 20 {
            continue;
        }
        let (na, nb) = (normalize(a), normalize(b));
        if na == nb && na.len() * 2 <= target.len() + 1 {
            let first_end = span.start + a.trim_end().len();
            return Some((first_end, span.start + k));
        }
    }
    None
}

/// True when `t` is some text twice, either glued (`xx`) or with one space between (`x x`).
fn halves_repeat(t: &str) -> bool {
    let half = t.len() / 2;
    if t.len().is_multiple_of(2) {
        t.get(..half).is_some_and(|x| t.get(half..) == Some(x))
    } else {
        t.as_bytes()[half] == b' ' && t.get(..half).is_some_and(|x| t.get(half + 1..) == Some(x))
    }
}

/// What [`normalize`] collapses into one space.
fn is_space_like(c: char) -> bool {
    c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}'
}

re!(
    DATELINE,
    gated,
    r"^(?P<place>\p{Lu}[\p{Lu}'’.\-]*[\p{Lu}.](?:[ \u{a0}]+\p{Lu}[\p{Lu}'’.\-]*[\p{Lu}.]){0,3})(?:,[ \u{a0}]*\p{Lu}[\p{L}.]*(?:[ \u{a0}]+[\p{L}\d.]+){0,3})*[ \u{a0}]*(?:\((?P<agency>[^()\n]{2,40})\))?[ \u{a0}]*(?:(?P<dash>--|[-–—:_])|\.?[ \u{a0}]*/(?P<slash>\p{L}[\p{L} .\-]{1,20})/\.?)[ \u{a0}]+"
);

/// A dateline at the start of a prose line: an upper-case place (and maybe a date), an optional
/// `(Agency)`, then a dash, colon or `/AGENCY/`. Needs an agency, or a place of 4+ letters written
/// in capitals, so ordinary sentences starting with an acronym are not cut.
fn dateline(raw: &str, span: Span) -> Option<Dateline> {
    // The place is an upper-case letter followed by another or by `'`, `’`, `.` or `-`; ordinary
    // sentences fail on their second char, before the regex (and building it) is needed.
    let mut chars = raw.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    if !may_be_upper(first) || !(may_be_upper(second) || matches!(second, '\'' | '.' | '-')) {
        return None;
    }
    let caps = DATELINE.captures(raw)?;
    let whole = caps.get(0)?;
    let rest = raw[whole.end()..].trim_start();
    let starts_ok = rest.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '\'')
    });
    if rest.split_whitespace().count() < 3 || !starts_ok {
        return None;
    }
    let place = caps.name("place")?;
    let letters = place.as_str().chars().filter(|c| c.is_alphabetic()).count();
    let agency = caps.name("agency").or_else(|| caps.name("slash"));
    let colon = caps.name("dash").is_some_and(|d| d.as_str() == ":");
    if agency.is_none() && (letters < 4 || colon) {
        return None;
    }
    let prefix = raw[..whole.end()].trim_end();
    let outlet = if let Some(a) = agency {
        let name = a.as_str().trim();
        let start = a.start() + (a.as_str().len() - a.as_str().trim_start().len());
        Some((
            name.to_string(),
            Span::new(span.start + start, span.start + start + name.len()),
        ))
    } else if is_domain_like(place.as_str()) {
        Some((
            place.as_str().to_string(),
            Span::new(span.start + place.start(), span.start + place.end()),
        ))
    } else {
        None
    };
    Some(Dateline {
        span: Span::new(span.start, span.start + prefix.len()),
        outlet,
    })
}

/// A line that is only a dateline with an agency, as newswire corpora print it above the lead
/// (`NAIROBI, Kenya (AP) _`, `JOHANNESBURG, August 7 (Xinhua) --`, `INDEPENDENCE, MO. (AP)--`):
/// the same pattern as [`dateline`], with nothing after the dash.
pub(crate) fn dateline_alone(raw: &str, span: Span) -> Option<Dateline> {
    let line = raw.trim_end();
    if !line.ends_with(['-', '–', '—', '_', ':']) {
        return None;
    }
    let probe = format!("{line} Lead sentence follows.");
    let d = dateline(&probe, span)?;
    (d.span.end - span.start == line.len() && d.outlet.is_some()).then_some(d)
}

/// `VOV.VN`, `XINHUANET.COM`: a name with a dot followed by 2+ letters.
fn is_domain_like(s: &str) -> bool {
    s.rsplit_once('.').is_some_and(|(head, tld)| {
        !head.is_empty() && tld.len() >= 2 && tld.chars().all(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use super::super::line::{COUNTED_WORDS, features, features_counting};
    use super::*;

    /// [`list_items`] splitting the chars and lower-casing every word into a `String`: the
    /// reference for its byte searches.
    fn list_items_by_split(norm: &str) -> Option<usize> {
        let (mut items, mut total) = (0usize, 0usize);
        for item in norm.split([',', '|', ';', '•', '·']) {
            let item = item.trim();
            if item.is_empty() {
                return None;
            }
            let mut words = 0;
            for w in item.split_whitespace() {
                words += 1;
                if words > 5 {
                    return None;
                }
                let l = w.to_lowercase();
                if lexicon::contains(FUNCTION_WORDS, &l)
                    && !matches!(l.as_str(), "of" | "and" | "the" | "for")
                {
                    return None;
                }
            }
            items += 1;
            total += words;
        }
        (items >= 3 && total <= items * 3).then_some(items)
    }

    #[test]
    fn lists_of_names_are_counted() {
        assert_eq!(list_items("Politics, World, Middle East, Syria"), Some(4));
        assert_eq!(list_items("Home • News · Sport | Weather"), Some(4));
        assert_eq!(list_items("He said, she said, and then he left"), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        /// Cutting items by byte searches answers as splitting the chars, around every
        /// separator, function words in any case and non-ASCII words.
        #[test]
        fn list_items_match_the_char_split(
            s in "([A-Z][a-z]{1,6}|[a-z]{1,4}|The|OF|And|for|he|It|İt|K|é|[,|;•·]|[ ]{1,2}|\u{a0}){0,24}",
        ) {
            proptest::prop_assert_eq!(list_items(&s), list_items_by_split(&s));
        }
    }

    fn local(s: &str) -> Local {
        let line = features(s, Span::new(0, s.len()));
        classify(s, &line)
    }

    #[test]
    fn a_label_after_a_determiner_or_adjective_is_prose_not_a_caption() {
        for s in [
            "The big picture: the truce is the first since February, and aid convoys are \
             expected to move into Aleppo next week.",
            "Officials painted a grim picture: hospitals in the east have run out of fuel.",
            "Universal Pictures: the studio said the film would open in June as planned.",
            "The fraternity apologized, notes BuzzFeed, which has pictures: \"we apologize for \
             any offensive actions.\"",
        ] {
            let line = features(s, Span::new(0, s.len()));
            assert_eq!(caption(&line), None, "{s}");
        }
        for s in [
            "Rescue workers search the rubble in Aleppo. Photo: Karam Al-Masri",
            "Lavrov and Kerry in Geneva on Friday. Photos: Reuters",
            "Pictures: Vladimir Pushkarev/Russian Centre of Arctic Exploration",
            "In pictures: raif badawi release protests",
        ] {
            let line = features(s, Span::new(0, s.len()));
            assert!(caption(&line).is_some(), "{s}");
        }
    }

    #[test]
    fn a_dateline_on_its_own_line_is_a_dateline() {
        for (s, outlet) in [
            ("NAIROBI, Kenya (AP) _", "AP"),
            ("JOHANNESBURG, August 7 (Xinhua) --", "Xinhua"),
            ("INDEPENDENCE, MO. (AP)--", "AP"),
            ("HAVANA (AP ) --", "AP"),
        ] {
            assert_eq!(
                local(s),
                Local::Fixed(BlockKind::Dateline, "dateline on a line of its own"),
                "{s}"
            );
            let d = dateline_alone(s, Span::new(0, s.len())).unwrap();
            assert_eq!(d.outlet.map(|o| o.0).as_deref(), Some(outlet));
        }
        // A headline with parentheses is not one.
        assert_eq!(
            dateline_alone("Syria Talks (Update 2) -", Span::new(0, 24)),
            None
        );
        assert_ne!(
            local("Lavrov, Kerry to Meet (Again) in Geneva"),
            Local::Fixed(BlockKind::Dateline, "dateline on a line of its own")
        );
    }

    #[test]
    fn datelines_with_agency_or_capital_place() {
        for (s, outlet) in [
            (
                "WASHINGTON (Reuters) - The Senate voted on Tuesday.",
                Some("Reuters"),
            ),
            (
                "BEIJING, Sept. 3 (Xinhua) -- China said on Monday it would act.",
                Some("Xinhua"),
            ),
            (
                "MOSCOW, October 5. /TASS/. Russia will keep its forces there.",
                Some("TASS"),
            ),
            ("GENEVA — Talks resumed on Monday after a pause.", None),
            (
                "NAIROBI, Kenya (AP) _ Suspected bombs exploded outside the embassies.",
                Some("AP"),
            ),
        ] {
            let Local::Prose(Some(d)) = local(s) else {
                panic!("no dateline in {s:?}: {:?}", local(s))
            };
            assert_eq!(d.outlet.map(|o| o.0).as_deref(), outlet, "{s}");
        }
    }

    #[test]
    fn sentences_starting_with_acronyms_are_not_datelines() {
        assert_eq!(
            local("UN - the body said it would meet."),
            Local::Prose(None)
        );
        assert_eq!(
            local("NATO: The alliance will meet in Brussels next week."),
            Local::Prose(None)
        );
    }

    #[test]
    fn byline_outlets() {
        let s = "By Jane Doe, Reuters";
        let (a, b) = byline_outlet(s).unwrap();
        assert_eq!(&s[a..b], "Reuters");
        assert_eq!(byline_outlet("Staff and agencies"), None);
        let s = "SOURCE: Al Jazeera and news agencies";
        assert!(byline_outlet(s).is_some_and(|(a, b)| &s[a..b] == "Al Jazeera"));
    }

    #[test]
    fn doubled_captions_are_found_with_any_spacing() {
        let once = "Demonstrators gather outside the parliament building in Kyiv";
        for sep in ["", " ", "\u{a0} \n"] {
            let s = format!("{once}{sep}{once}");
            let (end, start) = doubled(&s, Span::new(0, s.len()), &normalize(&s)).expect("doubled");
            assert_eq!((&s[..end], &s[start..]), (once, once), "{sep:?}");
        }
        let s = format!("{once} and then {once}");
        assert_eq!(doubled(&s, Span::new(0, s.len()), &normalize(&s)), None);
    }

    #[test]
    fn long_prose_is_told_without_looking_its_words_up() {
        // Over 80 words with a final stop, and a web word (`share`) among them: no rule asks
        // such a line for its word lists.
        let s = "The two ministers met in Geneva on Monday and said they would share a plan for a \
                 ceasefire with the other powers before the end of the month, officials said. "
            .repeat(3);
        let s = s.trim_end();
        let line = features(s, Span::new(0, s.len()));
        assert!(line.n_words() > 80);
        assert!(matches!(classify(s, &line), Local::Prose(None)));
        assert!(
            !line.lexical_known(),
            "a long prose line's word lists were looked up"
        );
        // A short line is told by its words.
        let s = "Share this article";
        let line = features(s, Span::new(0, s.len()));
        assert_eq!(
            classify(s, &line),
            Local::Fixed(
                BlockKind::Widget,
                "short line of web-page controls (share, follow, listen, URL, ...)"
            )
        );
        assert!(line.lexical_known());
    }

    /// Every shape of line around the word limit, with and without a final stop: web words
    /// (the notice rule counts up to 80), list items, names, prose.
    #[test]
    fn lines_counted_up_to_the_limit_are_told_as_counted_in_full() {
        let shapes: [&[&str]; 5] = [
            &[
                "share", "this", "on", "facebook", "email", "link", "cookies", "and", "app",
            ],
            &["Politics,", "World,", "Middle", "East,"],
            &["Jane", "Doe", "in", "Moscow", "and", "John", "Roe"],
            &["the", "talks", "resumed", "on", "Monday", "in", "Geneva"],
            &["Syria", "Talks", "Resume", "May", "2016", "Updated"],
        ];
        for shape in shapes {
            for n in COUNTED_WORDS - 4..=COUNTED_WORDS + 4 {
                for end in ["", ".", ":"] {
                    let s = format!(
                        "{}{end}",
                        (0..n)
                            .map(|i| shape[i % shape.len()])
                            .collect::<Vec<_>>()
                            .join(" ")
                    );
                    let span = Span::new(0, s.len());
                    let counted = features(&s, span);
                    let full = features_counting(&s, span, usize::MAX);
                    assert_eq!(classify(&s, &counted), classify(&s, &full), "{s}");
                }
            }
        }
    }

    #[test]
    fn by_the_end_is_prose() {
        assert!(matches!(
            local("By the end of the day, troops had left the city."),
            Local::Prose(_)
        ));
    }
}
