//! Name mentions in one document: capitalised sequences, with roles split off and typing cues counted.

use std::collections::HashSet;

use storyline_text::Span;

use super::lexicon::{
    country_code, demonym_code, government_metonym, is_acronym, is_calendar_word, is_capital,
    is_common_word, is_demonym, is_determiner, is_generational_suffix, is_generic_name_word,
    is_honorific, is_inflected_common_word, is_initialism, is_month_abbreviation, is_name_particle,
    is_number_word, is_org_head, is_place_head, is_pronoun, is_role_head, is_role_modifier,
    is_time_zone, plural_of_people_shape, strip_article_prefix,
};
use super::text::{Tok, joined_by_space, starts_upper, strip_possessive, tokens};

/// Weighted evidence for the kind of an actor, summed over its mentions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Votes {
    /// Evidence for a person.
    pub person: f32,
    /// Evidence for an organisation.
    pub org: f32,
    /// Evidence for a place.
    pub place: f32,
}

impl Votes {
    /// Adds another set of votes.
    pub fn add(&mut self, o: Votes) {
        self.person += o.person;
        self.org += o.org;
        self.place += o.place;
    }
}

/// One name mention found in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct RawMention {
    /// The name (role and possessive stripped).
    pub span: Span,
    /// Where the mention starts with its role prefix (== `span.start` without one).
    pub outer_start: usize,
    /// A role given in the text: before the name ("Russian Foreign Minister") or in apposition after
    /// it (", the Russian foreign minister,").
    pub role: Option<Span>,
    /// Typing cues.
    pub votes: Votes,
    /// For an acronym in parentheses right after a name (`International Syria Support Group (ISSG)`):
    /// the index of that name's mention in the same document.
    pub acronym_of: Option<usize>,
}

/// Story-wide evidence about which words are names: lower-cased words seen capitalised where
/// capitals carry meaning (not at a sentence start, not in a title-case line).
#[derive(Clone, Debug, Default)]
pub struct Evidence {
    capitalised_mid: HashSet<String>,
    /// Words seen capitalised only after an initial (`Michael J. Fox`): evidence in a cased story
    /// only, since a lower-cased one capitalises whatever follows a dot (`q. What`).
    capitalised_after_initial: HashSet<String>,
    /// Acronyms written in the story (`INS`, `U.S.`), letters only: an `X and Y Service` run is
    /// one name when its initials are among them.
    acronyms: HashSet<String>,
    /// Words read where capitals carry meaning, and how many of them were capitalised: a
    /// lower-cased text (Multi-News) has almost none, and there a sentence's first capital says
    /// nothing about its word.
    mid_words: usize,
    mid_capitalised: usize,
    /// Words seen capitalised anywhere outside title-case lines, sentence openers included
    /// (possessive stripped, lower-cased): in a lower-cased story a surname shows its capital
    /// only where it opens a sentence or follows an abbreviation's dot (`Romney said`,
    /// `mr. Romney`), which is how a lower-case word after a first name is told to be a name.
    capitalised_anywhere: HashSet<String>,
    /// Lower-case words seen right after a determiner or a locative preposition (`the hurricane`,
    /// `a baby`, `in amsterdam`): a thing or a place, which a person's first name is not.
    after_determiner: HashSet<String>,
    /// Surnames written right after a title or an honorific (`president donald trump`, `sen. john
    /// mccain`, `mr. Trump`) or a common first name (`said eric baumann`), lower-cased: the last
    /// word of a person's name. A lower-cased story shows them in lower case there, which is no
    /// mention, and capitalised only where a sentence opens (`Trump said …`), which alone has no
    /// cue of a person.
    after_title: HashSet<String>,
    /// The surnames of `after_title` written after a title and a first name (`sen. rand paul`),
    /// not after a first name alone (`hillary scolded` is no name).
    after_title_only: HashSet<String>,
    /// Lower-case words written right before a noun of what a company has (`netflix's shares`,
    /// `apple products`, `petsmart store`; see [`is_company_noun`]): a lower-cased story shows
    /// a company's name so mid-sentence, and capitalised only where a sentence opens (`Netflix
    /// said …`), which has no cue of a company.
    company_words: HashSet<String>,
    /// Capitalised words written right before a verb of saying (`May said`), lower-cased.
    before_saying: HashSet<String>,
}

/// Share of mid-sentence words capitalised below which a story counts as lower-cased: cased news
/// has 2.5% or more (TempEval's least-capitalised article, 1st percentile), Multi-News none.
const CASED_SHARE: f64 = 0.01;

impl Evidence {
    /// Records the capitalised non-initial words of a block (or sentence).
    pub fn observe(&mut self, text: &str, block: Span) {
        let all = tokens(text, block);
        self.observe_titles(text, &all);
        for seg in segments(text, &all) {
            let toks = &all[seg];
            if title_case_line(text, toks) {
                continue;
            }
            for (i, t) in toks.iter().enumerate() {
                let w = t.text(text);
                if is_acronym(w) {
                    self.acronyms.insert(w.replace('.', ""));
                }
                if starts_upper(w) {
                    self.capitalised_anywhere
                        .insert(strip_possessive(text, t.span).slice(text).to_lowercase());
                    if toks.get(i + 1).is_some_and(|n| {
                        joined_by_space(text, t.span, n.span)
                            && super::is_attribution_verb(n.text(text))
                    }) {
                        self.before_saying.insert(w.to_lowercase());
                    }
                } else if i > 0
                    && w.starts_with(char::is_lowercase)
                    && joined_by_space(text, toks[i - 1].span, t.span)
                    && {
                        let prev = toks[i - 1].text(text).to_lowercase();
                        is_determiner(&prev)
                            || matches!(
                                prev.as_str(),
                                "in" | "at"
                                    | "near"
                                    | "outside"
                                    | "inside"
                                    | "across"
                                    | "into"
                                    | "toward"
                                    | "towards"
                                    | "around"
                                    | "throughout"
                            )
                    }
                {
                    self.after_determiner
                        .insert(strip_possessive(text, t.span).slice(text).to_string());
                }
                // `netflix's shares`, `apple products`, `cbs news`: what a company has, after a
                // lower-case name.
                if w.starts_with(char::is_lowercase)
                    && let Some(next) = toks.get(i + 1)
                    && joined_by_space(text, t.span, next.span)
                    && is_company_noun(next.text(text))
                {
                    let name = strip_possessive(text, t.span).slice(text);
                    if name.chars().count() >= 2
                        && name.chars().all(|c| c.is_alphabetic() || c == '-')
                        && !storyline_text::token::is_stopword(name)
                        && !is_common_word(name)
                        && !plural_of_people_shape(name)
                    {
                        self.company_words.insert(name.to_string());
                    }
                }
                let dot = after_dot(text, toks, i);
                if dot == Some(AfterDot::Initial) && starts_upper(w) {
                    self.capitalised_after_initial.insert(w.to_lowercase());
                }
                if i > 0
                    && !after_opening(text, toks, i)
                    && dot.is_none()
                    && w.starts_with(char::is_alphabetic)
                {
                    self.mid_words += 1;
                    if starts_upper(w) {
                        self.mid_capitalised += 1;
                        self.capitalised_mid.insert(w.to_lowercase());
                    }
                }
            }
        }
    }

    /// Records the surname after each title or honorific of a block (see `after_title` and
    /// [`title_name`]).
    fn observe_titles(&mut self, text: &str, all: &[Tok]) {
        for i in 0..all.len() {
            // `the rev. Jesse jackson`: one word that a lower-case word the name may go on with
            // follows (see `name_goes_on`) is no surname, but a first name.
            if let Some((_, first, last)) = title_name(text, all, i)
                && !(first == last && {
                    let given = super::gender::first_name_gender(all[last].text(text)).is_some()
                        && !is_address_honorific(&all[i].text(text).to_lowercase());
                    name_goes_on(text, all, last, given, None)
                })
            {
                let surname = strip_possessive(text, all[last].span)
                    .slice(text)
                    .to_lowercase();
                // A first name and a surname after a title (`sen. Rand paul`); not what follows
                // the surname after an honorific (`mr. Trump hedged`), nor a third word, which
                // may be a noun after the name (`prime minister tony blair mask`).
                if last == first + 1 && !is_honorific(&all[i].text(text).to_lowercase()) {
                    self.after_title_only.insert(surname.clone());
                }
                self.after_title.insert(surname);
            }
            // `said eric baumann`, `brendon mccullum's`: the lower-case word after a common first
            // name is a surname as well.
            if let Some(next) = all.get(i + 1)
                && text[all[i].span.end..next.span.start] == *" "
                && next.text(text).starts_with(char::is_lowercase)
            {
                let first = all[i].text(text).to_lowercase();
                let w = strip_possessive(text, next.span).slice(text).to_lowercase();
                if !is_common_word(&first)
                    && super::gender::first_name_gender(&first).is_some()
                    && name_word(&w)
                {
                    self.after_title.insert(w);
                }
            }
        }
    }

    /// True when the story writes the one word `lower` right after a title, an honorific or a
    /// common first name (`president donald trump`) and is lower-cased: a name of a person (see
    /// `after_title`).
    pub fn titled_in_lower_case(&self, lower: &str) -> bool {
        !self.cased() && self.after_title.contains(lower)
    }

    /// True when the story writes the lower-case word `lower` right after a determiner or a
    /// locative preposition (`the teen`, `the deputies`): a common noun or a place, no name of a
    /// person.
    pub fn after_determiner(&self, lower: &str) -> bool {
        self.after_determiner.contains(lower)
    }

    /// True when the story writes the one word `lower` before a noun of what a company has
    /// (`netflix's shares`) and is lower-cased: a company's name (see `company_words`).
    pub fn company_in_lower_case(&self, lower: &str) -> bool {
        !self.cased() && self.company_words.contains(lower)
    }

    /// True when the story writes names in lower case mid-sentence (Multi-News): see
    /// `CASED_SHARE`.
    pub fn lower_cased(&self) -> bool {
        !self.cased()
    }

    /// True when the story writes the lower-case word `lower` right after a title, an honorific
    /// or a common first name (`sen. bernie sanders`, `john adams`), in any story: a surname.
    pub fn after_title_or_first_name(&self, lower: &str) -> bool {
        self.after_title.contains(lower)
    }

    fn seen_capitalised(&self, lower: &str) -> bool {
        self.capitalised_mid.contains(lower)
            || (self.cased() && self.capitalised_after_initial.contains(lower))
    }

    /// True when the story writes names with capitals mid-sentence (see [`CASED_SHARE`]).
    #[allow(clippy::cast_precision_loss)]
    fn cased(&self) -> bool {
        self.mid_capitalised as f64 >= CASED_SHARE * self.mid_words as f64
            && self.mid_capitalised > 0
    }

    fn has_acronym(&self, letters: &str) -> bool {
        self.acronyms.contains(letters)
    }
}

/// Nouns of what a company has or is run by, which after a name make it a company's (`netflix's
/// shares`, `apple products`, `uber executives`). Words a person has as well (`spokesman`,
/// `news`, `board`) are left out, and so is `users` (`heroin users`).
fn is_company_noun(w: &str) -> bool {
    matches!(
        w,
        "shares"
            | "stock"
            | "stocks"
            | "products"
            | "employees"
            | "ceo"
            | "cfo"
            | "executives"
            | "inc"
            | "stores"
            | "store"
            | "customers"
            | "subscribers"
            | "investors"
            | "shareholders"
            | "founder"
            | "co-founder"
            | "app"
    )
}

/// The name after the title or honorific `all[i]`: (index of the title's last word, first and
/// last index of the name). After the title's modifiers (`attorney general eric holder`), up to
/// three words that are no ordinary English, no title, no country or people and no date, joined
/// by single spaces (or by a short title's own dot: `sen. john mccain`); a particle may stand
/// between them (`mayor bill de blasio`), a possessive ends them (`president obama's`).
fn title_name(text: &str, all: &[Tok], i: usize) -> Option<(usize, usize, usize)> {
    let title = all[i].text(text).to_lowercase();
    // `major`: in lower case mostly the adjective (`major institutions`).
    if (!is_role_head(&title) && !is_honorific(&title))
        || matches!(title.trim_end_matches('.'), "major" | "maj")
    {
        return None;
    }
    let mut k = i + 1;
    let mut title_end = i;
    let mut first = None;
    let mut last = None;
    while k < all.len() && k < i + 6 {
        let gap = &text[all[k - 1].span.end..all[k].span.start];
        let dotted = k == i + 1 && gap == ". " && is_honorific_or_short_title(&title);
        if gap != " " && !dotted {
            break;
        }
        let stripped = strip_possessive(text, all[k].span);
        let w = stripped.slice(text).to_lowercase();
        let possessive = stripped != all[k].span;
        if first.is_none() && (is_role_head(&w) || is_role_modifier(&w)) && !possessive {
            title_end = k;
            k += 1;
            continue;
        }
        if first.is_some() && is_name_particle(&w) && !possessive {
            k += 1;
            continue;
        }
        // `chief cbp officer guillermina escobar`: the words before a later title are its
        // body's, and the name follows that title.
        if first.is_some() && (is_role_head(&w) || is_honorific(&w)) {
            return None;
        }
        let long = w.chars().count() >= 7;
        // A plural noun of people or things (`deputy marshals`, `chief executives`, `county
        // sheriff deputies`).
        let plural = plural_of_people_shape(&w) || w.ends_with("ions") || plural_of_role(&w);
        // A verb or an adverb after the title or the name (`the leader appreciated`, `president
        // trump addressed`, `obama angrily`); `Mohammed` ends so too.
        let verb = long && w.ends_with("ed") && !w.ends_with("mmed");
        let adverb = first.is_some() && long && w.ends_with("ly") && !w.ends_with("lly");
        let word = name_word(&w)
            && !plural
            && !verb
            && !adverb
            && !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "emeritus");
        // `prime minister theresa may`: the month's name after a title and a listed given name
        // is the surname (a mention only where the story also writes `May said`: see
        // `titled_lower_case_mentions`).
        let month_surname = first == Some(k - 1)
            && k > i + 1
            && w == "may"
            && super::gender::first_name_gender(all[k - 1].text(text)).is_some();
        if month_surname {
            first.get_or_insert(k);
            last = Some(k);
            break;
        }
        if !word {
            break;
        }
        first.get_or_insert(k);
        last = Some(k);
        if possessive || last.zip(first).is_some_and(|(l, f)| l - f >= 2) {
            break;
        }
        k += 1;
    }
    Some((title_end, first?, last?))
}

/// True for the plural of a title (`deputies`, `sheriffs`, `coroners`): the people of a post,
/// which no name after the title is.
fn plural_of_role(w: &str) -> bool {
    w.strip_suffix("ies")
        .is_some_and(|stem| is_role_head(&format!("{stem}y")))
        || w.strip_suffix('s').is_some_and(is_role_head)
}

/// True for a lower-case word shaped like a name: letters, hyphens and apostrophes, two or more,
/// no stopword, no ordinary English, no title, head noun, date, number, people or country.
pub(crate) fn name_word(w: &str) -> bool {
    w.chars().count() >= 2
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !storyline_text::token::is_stopword(w)
        && !is_common_word(w)
        && !is_role_head(w)
        && !is_role_modifier(w)
        && !is_honorific(w)
        && !is_org_head(w)
        && !is_place_head(w)
        && !is_calendar_word(w)
        && !is_number_word(w)
        && !is_demonym(w)
        && country_code(w).is_none()
}

/// In a lower-cased story, the name after a title or an honorific written in lower case
/// (`president donald trump`, `rnc chairman reince priebus`, `sen. john mccain`) is a mention
/// of a person, with the title as its role: a cased story writes it `President Donald Trump`.
/// A name with a capital (`mr. Trump`, `sen. Susan collins`) is found as a run of capitals.
fn titled_lower_case_mentions(
    text: &str,
    all: &[Tok],
    ev: &Evidence,
    out: &mut Vec<RawMention>,
    from: usize,
) {
    if ev.cased() {
        return;
    }
    for i in 0..all.len() {
        let Some((title_end, first, last)) = title_name(text, all, i) else {
            continue;
        };
        // `president john f. Kennedy`: the name goes on past a middle initial to the capital
        // after its dot, which the runs of capitals took as a name of its own.
        if let Some(m) = last_name_after_initial(text, all, last, &mut out[from..]) {
            m.span = Span::new(all[first].span.start, m.span.end);
            m.outer_start = all[i].span.start;
            if !is_honorific(&all[i].text(text).to_lowercase()) {
                m.role = Some(Span::new(all[i].span.start, all[title_end].span.end));
            }
            m.votes.person += 3.0;
            continue;
        }
        // A third word is a name's only when the story capitalises it somewhere (`peter sung
        // Ohr`), not a verb (`richard cordray testifies`).
        let last = if last >= first + 2
            && !ev.capitalised_anywhere.contains(
                &strip_possessive(text, all[last].span)
                    .slice(text)
                    .to_lowercase(),
            ) {
            last - 1
        } else {
            last
        };
        // One word after a title (`president obama`) stays no mention: a lower-cased story
        // names its people mostly by surname alone in lower case, which no stage sees, so a
        // mention of a well-known name in passing would take their `he said`; the surname gets
        // the person cue instead (`titled_in_lower_case`).
        //
        // Nor is a name the story never opens a sentence with (`director joel schumacher` in a
        // story of Nicolas Cage): a person in passing, whose mention would take the `he said`
        // of the story's lower-case subject. A sentence that opens with the title and a common
        // first name (`Coroner henrietta hill concluded …`, `Correspondent mark albert has
        // more`) is about that person, as one opened by another label is (see
        // `lower_case_name_after_label`).
        let opens_sentence = starts_upper(all[i].text(text))
            && (i == 0
                || text[all[i - 1].span.end..all[i].span.start].contains(['.', '!', '?', '\n']))
            && super::gender::first_name_gender(all[first].text(text)).is_some()
            && !is_common_word(all[first].text(text));
        // `theresa may` only where the story writes `May said`, not `prince william may attend`.
        if all[last].text(text) == "may" && !ev.before_saying.contains("may") {
            continue;
        }
        if last == first
            || !(opens_sentence
                || ev.capitalised_anywhere.contains(
                    &strip_possessive(text, all[last].span)
                        .slice(text)
                        .to_lowercase(),
                ))
            || all[first..=last]
                .iter()
                .any(|t| !t.text(text).starts_with(char::is_lowercase))
            || is_name_particle(&all[last].text(text).to_lowercase())
        {
            continue;
        }
        // `prince william county`, `king county`: a place or a body named after a person.
        if all.get(last + 1).is_some_and(|t| {
            joined_by_space(text, all[last].span, t.span) && {
                let l = t.text(text).to_lowercase();
                is_place_head(&l) || is_org_head(&l)
            }
        }) {
            continue;
        }
        let span = Span::new(
            all[first].span.start,
            strip_possessive(text, all[last].span).end,
        );
        if out[from..]
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end)
        {
            continue;
        }
        let honorific = is_honorific(&all[i].text(text).to_lowercase());
        out.push(RawMention {
            span,
            outer_start: all[i].span.start,
            role: (!honorific).then(|| Span::new(all[i].span.start, all[title_end].span.end)),
            votes: Votes {
                person: 3.0,
                ..Votes::default()
            },
            acronym_of: None,
        });
    }
}

/// The mention in `found` of the capitalised surname after the middle initial that follows the
/// lower-case name word `all[last]` (`john f. Kennedy`: a lower-cased story capitalises what
/// follows a dot).
fn last_name_after_initial<'a>(
    text: &str,
    all: &[Tok],
    last: usize,
    found: &'a mut [RawMention],
) -> Option<&'a mut RawMention> {
    let initial = all.get(last + 1)?;
    let surname = all.get(last + 2)?;
    let i = initial.text(text);
    if text[all[last].span.end..initial.span.start] != *" "
        || i.chars().count() != 1
        || !i.chars().all(char::is_alphabetic)
        || text[initial.span.end..surname.span.start] != *". "
        || !all[last].text(text).starts_with(char::is_lowercase)
    {
        return None;
    }
    found
        .iter_mut()
        .find(|m| m.span.start == surname.span.start && m.role.is_none())
}

/// An honorific or a title the tokenizer leaves without its dot in lower case (`sen.`, `gov.`,
/// `mr.`): the name after it follows the dot.
fn is_honorific_or_short_title(lower: &str) -> bool {
    is_honorific(lower)
        || matches!(
            lower,
            "sen"
                | "rep"
                | "gov"
                | "gen"
                | "col"
                | "lt"
                | "capt"
                | "maj"
                | "sgt"
                | "cpl"
                | "adm"
                | "prof"
        )
}

/// True for a headline or link-list line: several capitalised ordinary words (`Holding Talks`,
/// `Main Topic`) outnumbering its longer lower-case words. Capitals there say nothing about names.
fn title_case_line(text: &str, toks: &[Tok]) -> bool {
    let mut caps_common = 0;
    let mut lower_long = 0;
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        let l = w.to_lowercase();
        if starts_upper(w) {
            if i > 0
                && is_common_word(&l)
                && !is_role_head(&l)
                && !is_role_modifier(&l)
                && !is_org_head(&l)
                && !is_place_head(&l)
            {
                caps_common += 1;
            }
        } else if w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) {
            lower_long += 1;
        }
    }
    caps_common >= 2 && caps_common > lower_long
}

/// Splits a block's tokens into sentence-like segments at gaps holding `.`, `!`, `?` or a line break.
/// Dots inside tokens (`U.S.`, `V.`, `Mr.`) never split, so names survive a segmenter's mistakes.
pub fn segments(text: &str, toks: &[Tok]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..toks.len() {
        let gap = &text[toks[i - 1].span.end..toks[i].span.start];
        if gap.contains(['.', '!', '?', '\n', '…']) {
            out.push(start..i);
            start = i;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

/// True when token `i` follows an opening quote, parenthesis, colon or dash (a fresh capital).
fn after_opening(text: &str, toks: &[Tok], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let gap = &text[toks[i - 1].span.end..toks[i].span.start];
    // '`' opens a quotation in the LaTeX-style marks of wire text (` ``…'' `, `` `…' ``).
    gap.contains(['“', '"', '‘', '`', '(', ':', '–', '—', '[', '•'])
}

/// What a dot-ended token before token `i` is, when only spaces stand between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AfterDot {
    /// A single letter's initial (`J.` of `Michael J. Fox`).
    Initial,
    /// Another abbreviation (`U.S.`, `a.m.`, `Inc.`), not an honorific or a title.
    Abbreviation,
}

/// The token after an abbreviation's dot may open a new sentence (`… in the U.S. That …`), and a
/// lower-cased text such as Multi-News capitalises every word after a dot (`u.s. Officials`,
/// `8 a.m. Et`, `q. What`): its capital is as fresh as a sentence's first. After an honorific
/// or a title (`Mr. Young`, `Sen. Mark Warner`) the capital is the name's.
fn after_dot(text: &str, toks: &[Tok], i: usize) -> Option<AfterDot> {
    if i == 0 {
        return None;
    }
    let prev = toks[i - 1].text(text);
    let gap = &text[toks[i - 1].span.end..toks[i].span.start];
    if !prev.ends_with('.') || gap.is_empty() || !gap.chars().all(|c| c == ' ') {
        return None;
    }
    let l = prev.to_lowercase();
    if is_honorific(&l) || is_role_head(&l) {
        return None;
    }
    // `J.`, `T.J.`: a person's initials, unless they spell a country (`U.S.`, `U.K.`).
    let initials = prev
        .trim_end_matches('.')
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    if initials && country_code(prev).is_none() {
        Some(AfterDot::Initial)
    } else {
        Some(AfterDot::Abbreviation)
    }
}

/// True when the capital of token `i` says nothing about its word: it opens a sentence or a
/// quotation, or follows an abbreviation's dot (see [`after_dot`]).
fn fresh_capital(text: &str, toks: &[Tok], i: usize, ev: &Evidence) -> bool {
    after_opening(text, toks, i)
        || match after_dot(text, toks, i) {
            Some(AfterDot::Abbreviation) => true,
            Some(AfterDot::Initial) => !ev.cased(),
            None => false,
        }
}

fn lower(text: &str, t: &Tok) -> String {
    t.text(text).to_lowercase()
}

/// A name-like token at position `i` of a sentence.
fn is_name_token(text: &str, toks: &[Tok], i: usize, ev: &Evidence) -> bool {
    let w = toks[i].text(text);
    let capital = starts_upper(w) || strip_article_prefix(w) != w;
    if !capital {
        return false;
    }
    // `US-led`, `Kremlin-backed`: an adjective, not a name.
    if let Some((_, last)) = w.rsplit_once(['-', '‐'])
        && last.chars().next().is_some_and(char::is_lowercase)
        && strip_article_prefix(w) == w
        && (last.ends_with("ed")
            || last.ends_with("ing")
            || matches!(
                last,
                "made" | "born" | "held" | "run" | "style" | "wide" | "bound" | "free" | "friendly"
            ))
    {
        return false;
    }
    let l = strip_possessive(text, toks[i].span)
        .slice(text)
        .to_lowercase();
    // `Jan.` or `Jan 5` is January, `Jan Kavan` a first name: a month's short form is a date only
    // with its dot or a number after it.
    let month_short = is_month_abbreviation(&l);
    let dated = text[toks[i].span.end..].starts_with('.') || next_is_number(text, toks, i);
    // `May said friday`, in a story that writes `prime minister theresa may`: the surname the
    // story writes after a title, opening a sentence before a verb of saying, is no month.
    let surname = !dated
        && ev.after_title_or_first_name(&l)
        && toks.get(i + 1).is_some_and(|t| {
            joined_by_space(text, toks[i].span, t.span) && super::is_attribution_verb(t.text(text))
        });
    if !surname && ((is_calendar_word(&l) && (!month_short || dated)) || (l == "may" && dated)) {
        return false;
    }
    // `I`, and single letters without a dot, are no names; initials (`V.`) are.
    if w.chars().count() == 1 {
        return false;
    }
    if is_time_zone(&l) && starts_upper(w) {
        return false;
    }
    if fresh_capital(text, toks, i, ev) {
        if is_pronoun(&l) || is_number_word(&l) {
            return false;
        }
        if is_honorific(&l) {
            return true;
        }
        // In a lower-cased story only a sentence's first word is capitalised: `District court
        // judge …`, `New york mayor …`, `Former fbi director …` show the first word of a name
        // or a title, and the word alone names no one. (`St. Louis`: a capital after it goes on.)
        if !ev.cased()
            && is_generic_name_word(&l)
            && !toks.get(i + 1).is_some_and(|t| {
                joined_by_space(text, toks[i].span, t.span) && starts_upper(t.text(text))
            })
        {
            return false;
        }
        if is_role_head(&l) || is_role_modifier(&l) {
            return true;
        }
        if is_common_word(&l) && !ev.seen_capitalised(&l) && !surname {
            return false;
        }
    }
    true
}

fn next_is_number(text: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| {
        t.text(text)
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    })
}

/// Finds the name mentions of one content block (or sentence).
pub fn block_mentions(text: &str, block: Span, ev: &Evidence, out: &mut Vec<RawMention>) {
    let all = tokens(text, block);
    let from = out.len();
    for seg in segments(text, &all) {
        segment_mentions(text, &all[seg], block, ev, out);
    }
    titled_lower_case_mentions(text, &all, ev, out, from);
    join_across_initial(text, ev, out, from);
}

/// In a lower-cased story, `dr. Richard l. Doty`, `capt. Terry w. Parker`: the dot of a middle
/// initial ends a segment, so the first name after a title or an honorific and the surname after
/// the initial were found as two mentions. They are one name, with the person cue of its title.
fn join_across_initial(text: &str, ev: &Evidence, out: &mut Vec<RawMention>, from: usize) {
    if ev.cased() {
        return;
    }
    let mut k = from;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        // (Mentions after a title come after the runs of capitals, out of text order.)
        let gap = text.get(a.span.end..b.span.start).unwrap_or("");
        let initial = gap.len() == 4
            && gap.starts_with(' ')
            && gap.ends_with(". ")
            && gap[1..2].chars().all(|c| c.is_ascii_lowercase());
        let one_word = |m: &RawMention| {
            let w = m.span.slice(text);
            !w.contains(' ') && starts_upper(w) && strip_possessive(text, m.span) == m.span
        };
        if initial
            && one_word(a)
            && a.role.is_none()
            && b.role.is_none()
            && !b.span.slice(text).contains(' ')
            && after_lower_case_title(text, a.span.start)
        {
            let b = out.remove(k + 1);
            let a = &mut out[k];
            a.span = Span::new(a.span.start, b.span.end);
            a.votes.add(b.votes);
            a.votes.person += 3.0;
        }
        k += 1;
    }
}

fn segment_mentions(
    text: &str,
    toks: &[Tok],
    sentence: Span,
    ev: &Evidence,
    out: &mut Vec<RawMention>,
) {
    let toks = toks.to_vec();
    if title_case_line(text, &toks) {
        return;
    }
    let n = toks.len();
    let mut i = 0;
    let first_new = out.len();
    while i < n {
        // Skip tokens already inside a mention of this sentence (an acronym in parentheses).
        if out[first_new..]
            .iter()
            .any(|m| m.span.start <= toks[i].span.start && toks[i].span.start < m.span.end)
        {
            i += 1;
            continue;
        }
        if !is_name_token(text, &toks, i, ev) || matches!(toks[i].text(text), "The" | "A" | "An") {
            i += 1;
            continue;
        }
        let mut j = i;
        loop {
            if ends_run(text, &toks, j) {
                break;
            }
            if j + 1 < n
                && joined_by_space(text, toks[j].span, toks[j + 1].span)
                && is_name_token(text, &toks, j + 1, ev)
                && !after_opening(text, &toks, j + 1)
            {
                j += 1;
                continue;
            }
            // A lower-case connector between capitals: particles, `of`/`for` after a head noun.
            if j + 2 < n
                && joined_by_space(text, toks[j].span, toks[j + 1].span)
                && joined_by_space(text, toks[j + 1].span, toks[j + 2].span)
            {
                let c = toks[j + 1].text(text);
                let allowed = is_name_particle(c)
                    || ((c == "of" || c == "for")
                        && toks[i..=j].iter().any(|t| {
                            let l = lower(text, t);
                            is_org_head(&l)
                                || is_place_head(&l)
                                || is_role_head(&l)
                                || l == "republic"
                                || l == "kingdom"
                                || l == "state"
                        }));
                let mut k = j + 2;
                if allowed && (c == "of" || c == "for") && toks[k].text(text) == "the" && k + 1 < n
                {
                    k += 1;
                }
                if allowed && is_name_token(text, &toks, k, ev) && starts_upper(toks[k].text(text))
                {
                    j = k;
                    continue;
                }
                if let Some(end) = and_name_end(text, &toks, i, j, ev) {
                    j = end;
                    continue;
                }
            }
            break;
        }
        // An honorific alone names no one (`Mr`, `Lord`); in a lower-cased story the surname
        // after it is in lower case (`Mr blanco said`, `Miss knox said`) and is the name.
        if toks[i..=j].iter().all(|t| is_honorific(&lower(text, t))) {
            if let Some(k) = lower_case_surname(text, &toks, j, ev) {
                j = k;
            } else {
                i = j + 1;
                continue;
            }
        }
        if fresh_non_name(text, &toks, i, j, ev) {
            // `Former Soviet leader …`: the run goes on from its second word, if that is a name.
            i += 1;
            continue;
        }
        // `(ap photo/j. Scott applewhite)`: a photographer's credit names no actor of the story.
        if after_credit_slash(&text[..toks[i].span.start]) {
            i = j + 1;
            continue;
        }
        // `Timeline charlie gard`, `Widow laurie smith`: a word opening the sentence before a
        // lower-case first name and surname labels the person; it is a mention of its own, and
        // the name after it is the person's.
        if let Some(k) = lower_case_name_after_label(text, &toks, i, j, ev) {
            process_run(text, &toks, i, j + 1, sentence, out);
            let at = out.len();
            process_run(text, &toks, j + 1, k + 1, sentence, out);
            if let Some(m) = out.get_mut(at) {
                m.votes.person += TITLE_CASE_PERSON;
            }
            i = k + 1;
            continue;
        }
        // In a lower-cased story a first name shows its capital (it opens a sentence or follows a
        // title's dot) and the surname after it does not: `Mitt romney says`, `sen. Susan
        // collins`. The name is both words, and the pair has the shape of a person's name.
        let surname = lower_case_surname_after_first_name(text, &toks, i, j, ev);
        if let Some(k) = surname {
            j = k;
        }
        let start = expand_to_acronym(text, &toks, i, j, first_new, out);
        process_run(text, &toks, start, j + 1, sentence, out);
        if surname.is_some() && !is_storm_word(&lower(text, &toks[i])) {
            let end = strip_possessive(text, toks[j].span).end;
            if let Some(m) = out[first_new..]
                .iter_mut()
                .rev()
                .find(|m| m.span.end == end)
            {
                m.votes.person += TITLE_CASE_PERSON;
            }
        }
        i = j + 1;
    }
}

/// True when `before` (the text before a name) ends in a photo credit's slash, with the
/// photographer's initial after it if any: `AP Photo/`, `(ap photo/j. `, `Getty Images/`.
fn after_credit_slash(before: &str) -> bool {
    let mut b = before.trim_end_matches(' ');
    // A first initial (`j. `, `J.`) between the slash and the name.
    if let Some(rest) = b.strip_suffix('.')
        && let Some(c) = rest.chars().next_back()
        && c.is_alphabetic()
    {
        let rest = &rest[..rest.len() - c.len_utf8()];
        if rest.ends_with('/') {
            b = rest;
        }
    }
    let Some(rest) = b.strip_suffix('/') else {
        return false;
    };
    let word = rest
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        word.as_str(),
        "photo"
            | "photos"
            | "images"
            | "image"
            | "pool"
            | "file"
            | "ap"
            | "reuters"
            | "afp"
            | "epa"
    )
}

/// In a lower-cased story, the index of the surname of the lower-case name that follows the one
/// capitalised word `toks[i]` (`i == j`) when that word is no common first name and the word after
/// it is one, with a surname after that (`Timeline charlie gard`, `Widow laurie smith`,
/// `Facebook michael brea`): the capital is the sentence's, its word a label or a place, and the
/// person is the lower-case name. A first name the list does not know followed by a middle name
/// and a surname (`Jamie lee curtis`) is rarer than a label, and the list leaves out first
/// names given to both sexes (`Lee`) for that reason as well.
fn lower_case_name_after_label(
    text: &str,
    toks: &[Tok],
    i: usize,
    j: usize,
    ev: &Evidence,
) -> Option<usize> {
    if ev.cased() || i != j {
        return None;
    }
    let label = toks[i].text(text);
    let label_lower = label.to_lowercase();
    // A word the story writes after a determiner or a locative (`the widow`, `in dubai`), one of
    // ordinary English, a people's, or one shaped like a noun of a person's occupation or an
    // opening participle (`Songwriter`, `Correspondent`, `Actress`, `Starring`) labels the name
    // after it; so does any word before a first name that the story capitalises elsewhere, where
    // it opens the name (`Timeline charlie gard` … `Charlie gard was born`). Any other word may be
    // a first name the list does not know (`Remy anne joel`, `Larson james rondeau`), whose
    // middle name is a common one.
    let given_alone = toks
        .get(j + 1)
        .is_some_and(|t| ev.capitalised_anywhere.contains(t.text(text)));
    let labels = given_alone
        || ev.after_determiner.contains(&label_lower)
        || is_common_word(&label_lower)
        || is_demonym(label)
        || ["er", "or", "ist", "ess", "ent", "ant", "ian", "ing"]
            .iter()
            .any(|x| label_lower.ends_with(x));
    // After a title's dot the capital is a name's (`gov. Chris christie toted`).
    // The word before may stand in the sentence before (a title's dot ends a segment).
    let after_title = text[..toks[i].span.start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| {
            let prev = w.to_lowercase();
            let prev = prev.trim_end_matches('.');
            is_honorific_or_short_title(prev) || is_role_head(prev)
        });
    if !labels
        || after_title
        || !starts_upper(label)
        || !label.chars().all(char::is_alphabetic)
        || is_acronym(label)
        || super::gender::first_name_gender(&label_lower).is_some()
        || is_honorific(&label_lower)
        || is_role_head(&label_lower)
        || is_role_modifier(&label_lower)
    {
        return None;
    }
    let (first, surname) = (toks.get(j + 1)?, toks.get(j + 2)?);
    let given = first.text(text);
    if !joined_by_space(text, toks[j].span, first.span)
        || !joined_by_space(text, first.span, surname.span)
        || !given.starts_with(char::is_lowercase)
        || given == label_lower
        || is_name_particle(given)
        || is_common_word(given)
        || super::gender::first_name_gender(given).is_none()
    {
        return None;
    }
    let l = strip_possessive(text, surname.span).slice(text);
    let long = l.chars().count() >= 7;
    let shaped = l.starts_with(char::is_lowercase)
        && l != label_lower
        && name_word(l)
        && !(long && (l.ends_with("ed") || l.ends_with("ly") || l.ends_with("ing")))
        && !is_inflected_common_word(l)
        && !plural_of_people_shape(l)
        && !l.ends_with("ions")
        && !text[surname.span.end..]
            .trim_start_matches(' ')
            .starts_with('/');
    shaped.then_some(j + 2)
}

/// In a lower-cased story, the index of the lower-case word after the honorific `toks[j]` when it
/// can be a surname: a word, not one of ordinary English (`Miss you already …`), not a pronoun.
fn lower_case_surname(text: &str, toks: &[Tok], j: usize, ev: &Evidence) -> Option<usize> {
    if ev.cased() {
        return None;
    }
    let t = toks.get(j + 1)?;
    let w = t.text(text);
    let l = strip_possessive(text, t.span).slice(text);
    let word = w.chars().count() >= 2
        && w.chars().next().is_some_and(char::is_lowercase)
        && l.chars()
            .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'));
    (joined_by_space(text, toks[j].span, t.span)
        && word
        && !is_common_word(l)
        && !is_pronoun(l)
        && !is_name_particle(l)
        && !is_honorific(l)
        && !is_calendar_word(l))
    .then_some(j + 1)
}

/// In a lower-cased story, the index of the lower-case surname after the capitalised first name
/// `toks[j]` (`Mitt romney says`, `sen. Susan collins, r-maine`, `Xi jinping's`), when the run
/// `toks[i..=j]` is that first name after at most a title, and the word after it is one the story
/// capitalises where it opens a sentence or follows a dot (`Romney said`, `mr. Romney`), or
/// writes as a surname after a title and a first name (`sen. rand paul`), and that names no thing (`Trump administration`, `Louis county`, `Apple inc`). The first word must not be
/// one the story writes after a determiner or a locative (`the hurricane`, `in amsterdam`). A surname is what
/// follows an honorific, so a name after one is left alone (`mr. Romney smiled`).
fn lower_case_surname_after_first_name(
    text: &str,
    toks: &[Tok],
    i: usize,
    j: usize,
    ev: &Evidence,
) -> Option<usize> {
    if ev.cased() {
        return None;
    }
    let word_like = |w: &str| {
        w.chars().count() >= 2
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    // Words of ordinary English, titles and head nouns, which may be surnames as well
    // (`Jackson`, `King`, `Graham`) ...
    let ordinary = |l: &str| {
        is_common_word(l)
            || is_role_head(l)
            || is_role_modifier(l)
            || is_org_head(l)
            || is_place_head(l)
            || is_generic_name_word(l)
    };
    // ... and words that never are.
    let never_a_name = |l: &str| {
        is_pronoun(l)
            || is_name_particle(l)
            || is_honorific(l)
            || is_calendar_word(l)
            || is_number_word(l)
            || is_time_zone(l)
            || is_demonym(l)
            || country_code(l).is_some()
            || matches!(
                l,
                "inc" | "corp" | "co" | "ltd" | "llc" | "plc" | "jr" | "sr"
            )
    };
    let names_a_thing = |l: &str| ordinary(l) || never_a_name(l);
    // `the rev. Jesse jackson`, `dr. Hana kahleova`: after an honorific with its dot a person's
    // name follows, so its first word is a name's though it is an ordinary word as well (`rev.
    // Sun myung moon`) or the story writes it after a determiner too (`the billy graham
    // association`), and the word after it is the surname when a name may go on with it (see
    // `name_goes_on`).
    let first = toks[j].text(text);
    let first_lower = first.to_lowercase();
    // `Mr.`, `Mrs.`, `Ms.` and `Miss` address a person by surname (`mr. Trump hedged`, `mr. Obama
    // springs from`): only a common first name after them opens a full name (`mrs. Tom
    // cruise`). `Dr.`, `Rev.` and `Sir` stand before the full name where news first names one.
    let address = before_address_honorific(text, toks[i].span.start);
    let given = super::gender::first_name_gender(&first_lower).is_some() && !address;
    // A word the story writes as a surname after a title and a first name (`sen. rand paul` …
    // `sen. Paul made clear`) is that surname here too.
    let after_honorific = i == j
        && after_lower_case_title(text, toks[i].span.start)
        && (super::gender::first_name_gender(&first_lower).is_some() || !address)
        && !ev.after_title_only.contains(&first_lower);
    let first_a_thing = if after_honorific {
        never_a_name(&first_lower) || (ordinary(&first_lower) && !is_common_word(&first_lower))
    } else {
        names_a_thing(&first_lower) || ev.after_determiner.contains(&first_lower)
    };
    if !starts_upper(first)
        || !word_like(first)
        || strip_possessive(text, toks[j].span) != toks[j].span
        || is_acronym(first)
        || is_capital(first)
        || first_a_thing
        // A participle or an adjective opening the sentence (`Reviving sams`, `Playful einstein`).
        || (first_lower.chars().count() >= 6
            && (first_lower.ends_with("ing") || first_lower.ends_with("ful")))
    {
        return None;
    }
    // A title may open with its country (`U.s. Sen. Ted cruz`, `u.s. Rep. Jackie speier`).
    let titled = toks[i..j].iter().enumerate().all(|(n, t)| {
        let l = lower(text, t);
        is_role_head(&l)
            || is_role_modifier(&l)
            || (n == 0 && j > i + 1 && country_code(t.text(text)).is_some())
    });
    if !titled || (i > 0 && is_honorific(&lower(text, &toks[i - 1]))) {
        return None;
    }
    let next = toks.get(j + 1)?;
    let w = next.text(text);
    let l = strip_possessive(text, next.span).slice(text);
    // A common first name vouches for the word after it as its surname even where the story never
    // capitalises that word (`Sen. John mccain ( r-ariz. )`, `Gov. Kate brown, a democrat`): the
    // first name alone is a mention either way, and with its surname it is the right one. A verb
    // or an adverb after it is no surname (`David tweeted`, `Tom reportedly`, `Paul pledges to`,
    // `Meghan cried`).
    // A plural is no surname either (`Clinton communications director`), and a name written
    // against a slash is a photo credit (`Mary altaffer/ap`), no actor of the story.
    let surname_shaped = |l: &str, end: usize| {
        let long = l.chars().count() >= 7;
        !(long && (l.ends_with("ed") || l.ends_with("ly") || l.ends_with("ing")))
            && !is_inflected_common_word(l)
            && !plural_of_people_shape(l)
            && !l.ends_with("ions")
            && !text[end..].trim_start_matches(' ').starts_with('/')
    };
    // After `st.` a first name is a saint's, which names a place or a church (`st. Louis
    // brewery`, `st. Bernard catholic church`), not a person.
    let before = text[..toks[i].span.start].trim_end();
    let saint = before
        .len()
        .checked_sub(3)
        .and_then(|at| Some((before.get(at..)?, &before[..at])))
        .is_some_and(|(st, rest)| {
            st.eq_ignore_ascii_case("st.")
                && rest
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        });
    let known_first = super::gender::first_name_gender(&first_lower).is_some() && !saint;
    let found = joined_by_space(text, toks[j].span, next.span)
        && w.chars().next().is_some_and(char::is_lowercase)
        && word_like(l)
        && l.chars().all(|c| !c.is_uppercase())
        && ((!names_a_thing(l)
            && (ev.capitalised_anywhere.contains(l)
            // `Sen. Rand paul ( r-ky. )`, `kentucky sen. Rand paul's ad`: a word the story
            // writes as the surname after a title is one here too, though no sentence opens
            // with it.
            || ((known_first || ev.after_title_only.contains(l))
                && surname_shaped(l, next.span.end))))
            || (after_honorific && name_goes_on(text, toks, j, given, Some(ev))));
    if !found {
        return None;
    }
    // A third name word after a middle name that is itself a first name (`Megan ann oxendine`,
    // `Dustin douglas weber`) or one the story capitalises (`Christine blasey Ford`): the
    // surname is the last. A link list repeating the name (`Donald trump donald john`) is no
    // third word.
    let third = toks.get(j + 2).filter(|t| {
        let l3 = strip_possessive(text, t.span).slice(text);
        known_first
            && strip_possessive(text, next.span) == next.span
            && joined_by_space(text, next.span, t.span)
            && t.text(text).starts_with(char::is_lowercase)
            && word_like(l3)
            && !names_a_thing(l3)
            && surname_shaped(l3, t.span.end)
            && l3 != first_lower
            // (After a middle first name, a past in `-ed` is what the person did: `Cindy
            // anthony choked back tears`, `Ian stewart plied his partner`.)
            && ((super::gender::first_name_gender(l).is_some() && !l3.ends_with("ed"))
                || ev.capitalised_anywhere.contains(l3))
    });
    // After an honorific or a title the name may have a third word (`dr. Nan yao su`, `rep.
    // Debbie wasserman schultz`): a word the name may go on with that the story capitalises
    // elsewhere (not `sen. Bernie sanders lauded`, nor a tag list's `bernard ( bernie )`).
    let third = third.or_else(|| {
        toks.get(j + 2).filter(|t| {
            let l3 = strip_possessive(text, t.span).slice(text).to_lowercase();
            after_honorific
                && name_goes_on(text, toks, j + 1, false, Some(ev))
                && ev.capitalised_anywhere.contains(&l3)
                // `sen. Susan collins susan margaret collins`: a tag list names her again.
                && l3 != first_lower
        })
    });
    let last = if third.is_some() { j + 2 } else { j + 1 };
    // `Robert downey jr. Is simmering`, `donald trump jr`: a generational suffix ends the name,
    // and tells a son from his father.
    let suffix = toks.get(last + 1).is_some_and(|t| {
        strip_possessive(text, toks[last].span) == toks[last].span
            && joined_by_space(text, toks[last].span, t.span)
            && is_generational_suffix(t.text(text))
    });
    Some(if suffix { last + 1 } else { last })
}

/// `Immigration and Naturalization Service`: when `toks[j + 1]` is `and` (or `&`) and the
/// capitalised words after it end in an organisation head noun, the end of that longer name, if
/// the story writes its initials as an acronym (`INS`; a leading country or acronym such as
/// `U.S.` may stand outside the initials). Without the acronym, `Poland and Hungary`-like pairs
/// of names before a head (`Albright and State Department officials`) cannot be told apart from
/// one name, so the run stops at `and`.
fn and_name_end(text: &str, toks: &[Tok], i: usize, j: usize, ev: &Evidence) -> Option<usize> {
    if !matches!(toks.get(j + 1)?.text(text), "and" | "&") {
        return None;
    }
    let mut m = j + 2;
    while m < toks.len()
        && m < j + 6
        && joined_by_space(text, toks[m - 1].span, toks[m].span)
        && starts_upper(toks[m].text(text))
        && is_name_token(text, toks, m, ev)
        && !after_opening(text, toks, m)
    {
        m += 1;
    }
    let first = toks[i].text(text);
    let prefixed = i < j && (is_acronym(first) || country_code(first).is_some());
    // The name may go on with a role and a person (`… Service Commissioner Doris Meissner`): the
    // longest stretch ending in a head noun whose initials the story writes.
    (j + 3..=m)
        .rev()
        .find(|&end| {
            // `… Naturalization Service's decision`: the head may carry a possessive.
            let head = strip_possessive(text, toks[end - 1].span).slice(text);
            if !is_org_head(&head.to_lowercase()) {
                return false;
            }
            let initials = |from: usize| -> String {
                toks[from..end]
                    .iter()
                    .filter_map(|t| t.text(text).chars().next())
                    .filter(char::is_ascii_uppercase)
                    .collect()
            };
            ev.has_acronym(&initials(i)) || (prefixed && ev.has_acronym(&initials(i + 1)))
        })
        .map(|end| end - 1)
}

/// True when the capital of `toks[i]`, the first word of the run `toks[i..=j]`, is only that of a
/// sentence's (or quotation's) first word, and the word is no name (in a cased story only):
/// - a role modifier the story writes in lower case, heading no role (`Former Soviet leader`,
///   `Senior Russian officials`) and no body (`Security Council`);
/// - a word alone before a comma that the story never capitalises mid-sentence and that names no
///   country (`Similarly, the Hungarian foreign minister, …`, `“Hallelujah,” Albright said`):
///   an adverb or interjection; a name so placed is almost always written elsewhere mid-sentence.
fn fresh_non_name(text: &str, toks: &[Tok], i: usize, j: usize, ev: &Evidence) -> bool {
    // In a lower-cased story no word is seen capitalised mid-sentence, names included
    // (`Zuckerberg, who took the stage, said …`): the evidence is mute, and the capital stands.
    if !ev.cased() || !after_opening(text, toks, i) {
        return false;
    }
    let w = toks[i].text(text);
    let l = w.to_lowercase();
    if ev.seen_capitalised(&l) || is_acronym(w) || country_code(w).is_some() {
        return false;
    }
    if i == j {
        let after = &text[toks[i].span.end..];
        return after.starts_with(',')
            || ((after.starts_with(['”', '"', '\'', '’']) || after.starts_with("''"))
                && after
                    .trim_start_matches(['”', '"', '\'', '’'])
                    .starts_with(','));
    }
    is_role_modifier(&l)
        && is_common_word(&l)
        && !toks[i..=j].iter().any(|t| {
            let l = lower(text, t);
            is_role_head(&l) || is_honorific(&l) || is_org_head(&l) || is_place_head(&l)
        })
}

/// `Organization for Security and Co-operation in Europe (OSCE)`: when a run is followed by an
/// acronym in parentheses, extends its start back over capitalised words and lower-case connectors
/// until the initials spell the acronym, dropping the shorter mentions already taken from that stretch.
fn expand_to_acronym(
    text: &str,
    toks: &[Tok],
    i: usize,
    j: usize,
    first_new: usize,
    out: &mut Vec<RawMention>,
) -> usize {
    let after = &text[toks[j].span.end..];
    let Some(inner) = after
        .strip_prefix(" (")
        .and_then(|r| r.split_once(')'))
        .map(|(a, _)| a)
    else {
        return i;
    };
    if !is_acronym(inner) {
        return i;
    }
    let acr: String = inner.chars().filter(char::is_ascii_uppercase).collect();
    let initials = |from: usize| -> String {
        toks[from..=j]
            .iter()
            .filter_map(|t| t.text(text).chars().next())
            .filter(|c| c.is_uppercase())
            .collect()
    };
    if initials(i) == acr {
        return i;
    }
    let mut start = i;
    while start > 0 && i - start < 10 {
        let prev = &toks[start - 1];
        let w = prev.text(text);
        let connector = matches!(w, "and" | "of" | "for" | "in" | "on" | "the" | "de" | "&");
        if !joined_by_space(text, prev.span, toks[start].span) || !(connector || starts_upper(w)) {
            break;
        }
        start -= 1;
        if starts_upper(w) && initials(start) == acr {
            let from = toks[start].span.start;
            let keep = out[first_new..]
                .iter()
                .position(|m| m.span.start >= from)
                .map_or(out.len(), |p| first_new + p);
            out.truncate(keep);
            return start;
        }
    }
    i
}

/// True when token `j` closes a name: a company suffix with a dot (`Apple Inc. CEO …`), or a
/// possessive not followed by a role (`Boeing's European rival`, but `Russia’s Foreign Minister X`).
fn ends_run(text: &str, toks: &[Tok], j: usize) -> bool {
    let w = toks[j].text(text);
    if matches!(
        w,
        "Inc." | "Corp." | "Co." | "Ltd." | "Jr." | "Sr." | "Bros." | "Plc." | "LLC." | "N.V."
    ) {
        return true;
    }
    if strip_possessive(text, toks[j].span) != toks[j].span {
        let next = toks.get(j + 1).map(|t| t.text(text).to_lowercase());
        return !next.is_some_and(|n| is_role_head(&n) || is_role_modifier(&n));
    }
    false
}

/// Splits a run of name tokens `toks[a..b]` into role and name parts, and records the mentions.
fn process_run(
    text: &str,
    toks: &[Tok],
    a: usize,
    b: usize,
    sentence: Span,
    out: &mut Vec<RawMention>,
) {
    let run = &toks[a..b];
    let words: Vec<String> = run.iter().map(|t| lower(text, t)).collect();
    // Demonym or country adjective compounds alone (`Russian`, `US-Russian`, `South Africans`)
    // are no actors.
    if run.len() == 2 && is_demonym(Span::new(run[0].span.start, run[1].span.end).slice(text)) {
        return;
    }
    // `Polish Russian co-operation`: adjectives of two peoples side by side.
    if run.len() >= 2 && run.iter().all(|t| is_demonym(t.text(text))) {
        return;
    }
    // `grant Elian American citizenship`: a people's adjective closing a run before a lower-case
    // noun modifies that noun, and the name ends before it (`Cuban American National
    // Foundation` goes on in capitals; `Latin American countries` leaves no name).
    if run.len() >= 2
        && is_demonym(run[run.len() - 1].text(text))
        && toks.get(b).is_some_and(|t| {
            joined_by_space(text, toks[b - 1].span, t.span)
                && t.text(text).starts_with(char::is_lowercase)
        })
    {
        let before = &words[run.len() - 2];
        if is_common_word(before)
            || is_demonym(before)
            || matches!(
                before.as_str(),
                "latin" | "north" | "south" | "east" | "west" | "central" | "pan" | "native"
            )
        {
            return;
        }
        return process_run(text, toks, a, b - 1, sentence, out);
    }
    if run.len() == 1 {
        let w = run[0].text(text);
        let parts: Vec<&str> = w.split(['-', '‐']).collect();
        if parts.len() > 1
            && parts
                .iter()
                .all(|p| is_demonym(p) || country_code(p).is_some())
        {
            return;
        }
        if is_demonym(w) {
            return;
        }
    }
    // Role prefix: [country/demonym/acronym/possessive] modifiers* head+ [(of|for) [the] complement].
    let mut k = 0;
    let mut prefix_end = 0;
    if run.len() > 1 {
        let w = run[0].text(text);
        let stripped = strip_possessive(text, run[0].span);
        if !is_role_head(&words[0])
            && (demonym_code(w).is_some()
                || country_code(stripped.slice(text)).is_some()
                || is_acronym(w)
                || stripped != run[0].span)
        {
            k = 1;
            prefix_end = 1;
        } else if let Some(h) = (1..=5).find(|&h| {
            // A body's head noun right before the role (`National Assembly President`, `Supreme
            // Court Justice`) ends the body even after a modifier; a head that is itself a
            // modifier (`White House Press Secretary`) does not.
            if run.len() <= h + 1 {
                return false;
            }
            let body_head = is_org_head(&words[h - 1]) && !is_role_modifier(&words[h - 1]);
            is_role_head(&words[h])
                && (h <= 2 || is_org_head(&words[h - 1]))
                && words[..h].iter().all(|w| {
                    !is_role_head(w)
                        && (body_head || !is_role_modifier(w))
                        && !is_honorific(w)
                        && w != "of"
                })
        }) {
            // `Apple CEO Steve Jobs`, `Volta Motors CEO Karin Berg`: an organisation before the role.
            k = h;
            prefix_end = h;
        }
    }
    // `ambassador to Kenya Prudence Bushnell`, `envoy for Syria Staffan de Mistura`: a country that
    // completes a lower-case role before the run, followed by a name of two words or more, is the
    // role's complement, not the person's first name.
    if prefix_end == 1
        && run.len() >= 3
        && country_code(strip_possessive(text, run[0].span).slice(text)).is_some()
        && !words[1..].iter().any(|w| {
            is_role_head(w)
                || is_role_modifier(w)
                || is_honorific(w)
                || is_org_head(w)
                || is_place_head(w)
        })
        && a >= 2
        && matches!(lower(text, &toks[a - 1]).as_str(), "to" | "for" | "of")
        && joined_by_space(text, toks[a - 1].span, toks[a].span)
        && let Some(r) = role_before(text, toks, a - 1)
    {
        push_simple(text, &run[..1], a, toks, sentence, out);
        let name = &run[1..];
        let mut votes = cues(text, toks, a + 1, b, sentence);
        votes.person += 3.0;
        let span = Span::new(
            name[0].span.start,
            strip_possessive(text, name[name.len() - 1].span).end,
        );
        out.push(RawMention {
            span,
            outer_start: r.start,
            role: Some(Span::new(r.start, run[0].span.end)),
            votes,
            acronym_of: None,
        });
        return;
    }
    let mut head_seen = false;
    let mut honorific = false;
    while k < run.len() {
        let l = &words[k];
        if is_honorific(l) {
            honorific = true;
            k += 1;
        } else if is_role_head(l) {
            head_seen = true;
            k += 1;
        } else if is_role_modifier(l) {
            k += 1;
        } else {
            break;
        }
    }
    let mut complement: Option<(usize, usize)> = None;
    let mut of_start = None;
    if head_seen && k < run.len() && (words[k] == "of" || words[k] == "for") {
        let mut c = k + 1;
        if c < run.len() && words[c] == "the" {
            c += 1;
        }
        let cstart = c;
        of_start = Some(cstart);
        while c < run.len() {
            let remaining_caps = run[c + 1..]
                .iter()
                .filter(|t| starts_upper(t.text(text)))
                .count();
            let vocab = is_role_modifier(&words[c])
                || words[c] == "affairs"
                || country_code(run[c].text(text)).is_some();
            if (vocab && remaining_caps >= 1) || remaining_caps >= 2 {
                c += 1;
                if vocab && remaining_caps <= 2 {
                    break;
                }
            } else {
                break;
            }
        }
        if c > cstart {
            complement = Some((cstart, c));
            k = c;
        } else if cstart < run.len() {
            // `Prime Minister of Singapore`: a role only; its complement is a mention.
            if prefix_end > 0 {
                push_simple(text, &toks[a..a + prefix_end], a, toks, sentence, out);
            }
            push_simple(text, &run[cstart..], a + cstart, toks, sentence, out);
            return;
        }
    }
    let role_found = (head_seen || honorific) && k < run.len() && {
        let rest = &words[k..];
        // A role needs a person-like name after it: `UN General Assembly` is no role + name,
        // nor is `Martin Luther King Jr.` the king of a `Jr.`.
        !rest.iter().any(|w| is_org_head(w) || is_place_head(w))
            && !rest.iter().all(|w| is_generational_suffix(w))
            && country_code(run[k].text(text)).is_none()
            // A lower-case word after an honorific is a surname (see `lower_case_surname`).
            && (starts_upper(run[k].text(text)) || (honorific && !head_seen))
    };
    let (name_from, role) = if role_found {
        let role = if head_seen {
            Some(Span::new(run[0].span.start, run[k - 1].span.end))
        } else {
            None
        };
        (k, role)
    } else if head_seen && k >= run.len() {
        // Only a role ("Foreign Minister"): keep its country prefix as a mention.
        if prefix_end > 0 {
            push_simple(text, &toks[a..a + prefix_end], a, toks, sentence, out);
        }
        return;
    } else if let Some(cs) = of_start.filter(|&cs| cs < run.len()) {
        // `Director of the U.S. Federal Bureau of Investigation`: a role of a body named after it,
        // with no person; the body is the mention, not the role.
        if prefix_end > 0 {
            push_simple(text, &toks[a..a + prefix_end], a, toks, sentence, out);
        }
        (cs, None)
    } else {
        (0, None)
    };
    if role_found {
        if prefix_end > 0 {
            push_simple(text, &toks[a..a + prefix_end], a, toks, sentence, out);
        }
        if let Some((cs, ce)) = complement {
            let comp = &run[cs..ce];
            let cw: Vec<String> = comp.iter().map(|t| lower(text, t)).collect();
            if !cw.iter().all(|w| is_role_modifier(w) || w == "affairs") {
                push_simple(text, comp, a + cs, toks, sentence, out);
            }
        }
    }
    let name = &run[name_from..];
    let mut votes = cues(text, toks, a + name_from, b, sentence);
    if role_found && head_seen {
        votes.person += 3.0;
    }
    if honorific {
        votes.person += 3.0;
    }
    let last = name[name.len() - 1].span;
    let span = Span::new(name[0].span.start, strip_possessive(text, last).end);
    let mut role = role;
    if role.is_none() {
        role = role_before(text, toks, a);
        if role.is_some() {
            votes.person += 3.0;
        }
    }
    // `the rev. Jesse jackson`, `the rev. Sun myung moon`: a word after the honorific that a
    // lower-case word may go on (see `name_goes_on`) is no whole name, and the honorific vouches
    // for no person of that one word.
    if role.is_none()
        && !honorific
        && after_lower_case_honorific(text, toks[a].span.start)
        && !(name.len() == 1
            && name_goes_on(
                text,
                toks,
                a + name_from,
                super::gender::first_name_gender(name[0].text(text)).is_some()
                    && !before_address_honorific(text, toks[a].span.start),
                None,
            ))
    {
        votes.person += 3.0;
    }
    let outer_start = role.map_or(span.start, |r| r.start.min(span.start));
    if let Some(app) = apposition_role(text, span.end, sentence) {
        votes.person += 2.0;
        if role.is_none() {
            role = Some(app);
        }
    }
    let idx = out.len();
    out.push(RawMention {
        span,
        outer_start,
        role,
        votes,
        acronym_of: None,
    });
    // `Name (ACR)`: the acronym is an alias of the name.
    let after = &text[span.end..sentence.end];
    if let Some(rest) = after.strip_prefix(" (")
        && let Some(close) = rest.find(')')
    {
        let inner = &rest[..close];
        if is_acronym(inner) && name.len() >= 2 {
            let start = span.end + 2;
            out.push(RawMention {
                span: Span::new(start, start + inner.len()),
                outer_start: start,
                role: None,
                votes: Votes {
                    org: 1.0,
                    ..Votes::default()
                },
                acronym_of: Some(idx),
            });
        }
    }
}

/// True when a lower-case honorific with its dot stands right before byte `at` (`mr. Trump`,
/// `ms. Rowe`): a lower-cased story capitalises the name after the dot, not the honorific, and
/// the dot ends the segment the name opens.
fn after_lower_case_honorific(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let word = rest.rsplit(char::is_whitespace).next().unwrap_or("");
    word.ends_with('.') && word.starts_with(char::is_lowercase) && is_honorific(word)
}

/// True when the lower-case word after the one-word name `toks[k]` may be the rest of the name
/// (`Hana kahleova`, `Sun myung moon`): a word, no stopword, date, number, country or people,
/// no verb's form (`hinted`, `testified`, `formerly`, `said`), and no ordinary English either
/// unless it follows a `given` name (a common first name, not after `mr.`: `dr. Gordon plant`,
/// but `mrs. Clinton gave`) or the story capitalises it elsewhere (`Jesse jackson` … `Jackson
/// said`; `ev`, when the story's evidence is at hand): `ms. Gupta said`, `mr. Trump campaign`.
/// A lower-cased story writes a whole name so and capitalises only its first word after a dot.
fn name_goes_on(text: &str, toks: &[Tok], k: usize, given: bool, ev: Option<&Evidence>) -> bool {
    let Some(next) = toks.get(k + 1) else {
        return false;
    };
    let l = strip_possessive(text, next.span).slice(text);
    let long = l.chars().count() >= 7;
    if strip_possessive(text, toks[k].span) != toks[k].span
        || !joined_by_space(text, toks[k].span, next.span)
    {
        // A possessive ends a name (`mr. Gadhafi's troops`).
        return false;
    }
    // A middle initial (`the rev. Thomas e. Conway`) goes on to the surname after it.
    if l.chars().count() == 1 && text[next.span.end..].starts_with('.') {
        return l.chars().all(char::is_alphabetic);
    }
    l.chars().count() >= 2
        && l.chars()
            .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
        && !storyline_text::token::is_stopword(l)
        && !is_speech_verb(l)
        && !is_calendar_word(l)
        && !is_number_word(l)
        && !is_generational_suffix(l)
        && !is_name_particle(l)
        && !is_demonym(l)
        && country_code(l).is_none()
        && !is_inflected_common_word(l)
        && !(long && (l.ends_with("ed") || l.ends_with("ly") || l.ends_with("ing")))
        && !text[next.span.end..]
            .trim_start_matches(' ')
            .starts_with('/')
        && (!is_common_word(l)
            || given
            || ev.is_some_and(|ev| {
                // `the rev. Jesse jackson`: where a name is read (`ev` at hand), a word that is
                // a first name as well is a surname as often (`Jackson`, `Graham`, `Thomas`),
                // not the ordinary English it may also be (`jackson` is a common word by its
                // count in English text, which is that of its bearers).
                ev.capitalised_anywhere.contains(l) || super::gender::first_name_gender(l).is_some()
            }))
}

/// Verbs of saying that follow a speaker's name (`Kerry said`, `Lavrov told reporters`).
fn is_speech_verb(lower: &str) -> bool {
    matches!(
        lower,
        "said" | "says" | "told" | "stated" | "added" | "stressed" | "warned" | "noted"
    )
}

/// True when the honorific before byte `at` is one of address (`mr.`, `mrs.`, `ms.`, `miss`,
/// `mme.`, `mlle.`), written before a surname rather than before a full name.
fn before_address_honorific(text: &str, at: usize) -> bool {
    let word = text[..at]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    is_address_honorific(&word)
}

/// True for an honorific of address (`mr.`, `mrs.`, `ms.`, `miss`, `mme.`, `mlle.`: a closed
/// class), which news writes before a surname (`mr. Trump`), not before a full name.
fn is_address_honorific(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "mr" | "mrs" | "ms" | "miss" | "mme" | "mlle"
    )
}

/// True when a lower-case honorific or short title with its dot stands right before byte `at`
/// (`dr. Hana`, `the rev. Jesse`, `gov. Nathan`, `sgt. Brian`): a lower-cased story
/// capitalises the name after the dot, and a person's name follows.
fn after_lower_case_title(text: &str, at: usize) -> bool {
    let Some(rest) = text[..at].strip_suffix(' ') else {
        return false;
    };
    let word = rest.rsplit(char::is_whitespace).next().unwrap_or("");
    word.len() > 1
        && word.ends_with('.')
        && word.starts_with(char::is_lowercase)
        && is_honorific_or_short_title(&word[..word.len() - 1])
}

/// Records a mention of `toks` (a prefix or complement of a role) with the usual cues.
fn push_simple(
    text: &str,
    part: &[Tok],
    first: usize,
    toks: &[Tok],
    sentence: Span,
    out: &mut Vec<RawMention>,
) {
    let last = part[part.len() - 1].span;
    let span = Span::new(part[0].span.start, strip_possessive(text, last).end);
    if is_demonym(span.slice(text)) {
        return;
    }
    let votes = cues(text, toks, first, first + part.len(), sentence);
    out.push(RawMention {
        span,
        outer_start: span.start,
        role: None,
        votes,
        acronym_of: None,
    });
}

/// Weight of the weakest person cue, the title-case shape of 2–4 words with no head noun: enough on
/// its own for `person` (news names most people by first and last name), outweighed by any
/// organisation or place cue. On MEANTIME, 1.0 typed more gold mentions right than 0.75 did.
const TITLE_CASE_PERSON: f32 = 1.0;

/// Typing cues of a name `toks[a..b]` from its words and context.
fn cues(text: &str, toks: &[Tok], a: usize, b: usize, sentence: Span) -> Votes {
    let mut v = Votes::default();
    let words: Vec<String> = toks[a..b].iter().map(|t| lower(text, t)).collect();
    let name = Span::new(toks[a].span.start, toks[b - 1].span.end).slice(text);
    let last = words.last().map_or("", String::as_str);
    if words.iter().any(|w| is_org_head(w)) {
        v.org += 2.0;
    }
    if is_org_head(last) {
        v.org += 1.5;
    }
    if is_place_head(last) && !is_org_head(last) {
        v.place += 2.0;
    }
    // `Palace of Conventions`, `Port of Miami`: the head of an `of` name stands before `of`.
    if let Some(p) = words.iter().position(|w| w == "of")
        && p > 0
        && is_place_head(&words[p - 1])
        && !is_org_head(&words[p - 1])
        && !words.iter().any(|w| is_org_head(w))
    {
        v.place += 2.0;
    }
    if is_capital(name) {
        v.place += 3.0;
    } else if government_metonym(name).is_some() {
        // A seat standing for the body that sits there (`Capitol Hill`, `White House`,
        // `Pentagon`): typed as that body, like the title-case pair it would pass for a person.
        v.org += 2.0;
    }
    // `South Florida`, `Northern Virginia`, `Central Asia`: a compass word before a name.
    if words.len() >= 2
        && matches!(
            words[0].as_str(),
            "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "upper"
                | "lower"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
        )
    {
        v.place += 2.0;
    }
    // `Dar es Salaam`, `Deir ez-Zor`, `Beit Hanoun`, `Rio de Janeiro`: a town noun of Arabic or
    // Romance place names opens the name (the title-case shape alone made a person of them).
    if words.len() >= 2 && is_toponym_head(words[0].trim_end_matches('.')) {
        v.place += 2.0;
    }
    // An initialism, in capitals or as a lower-cased story leaves it where a sentence opens (`Cbs
    // news but millette quit`, `Nato said`): a body.
    if words.len() == 1 && (is_acronym(toks[a].text(text)) || is_initialism(&words[0])) {
        v.org += 2.0;
    }
    let title_case = toks[a..b].iter().all(|t| {
        let w = t.text(text);
        let l = w.to_lowercase();
        is_name_particle(&l) || (starts_upper(w) && !is_acronym(w)) || strip_article_prefix(w) != w
    });
    // Left context.
    if a > 0 && joined_by_space(text, toks[a - 1].span, toks[a].span) {
        let prev = lower(text, &toks[a - 1]);
        match prev.as_str() {
            // Companies are `at`, `from` and `to` as often as places; `in`, `near` and the like
            // are the locative cues.
            "in" | "near" | "outside" | "inside" | "across" | "into" | "toward" | "towards"
            | "around" | "throughout" | "outskirts" => {
                v.place += 1.5;
            }
            "of" | "for" | "by" if a >= 2 && is_role_head(&lower(text, &toks[a - 2])) => {
                // `chief executive of Apple`, `spokesman for Airbus`.
                v.org += 1.5;
            }
            "the" => {
                v.org += 1.0;
                v.place += 0.5;
            }
            // `the newspaper Granma`, `the tabloid Bild`: a newspaper named after its kind.
            // (Not `daily`: the quotes golden set reads `The Liberty Party daily Vanguardia
            // … said` as no speaker, which a typed organisation would become.)
            "newspaper" | "tabloid" | "magazine" | "broadcaster" => {
                v.org += 2.0;
            }
            "at" | "from" | "to" | "via" | "between" | "of" => v.place += 0.5,
            _ => {}
        }
    }
    // The weak person shape does not hold against a locative cue (`in Deir Ez Zor`).
    if title_case
        && v.place < 1.5
        && (2..=4).contains(&words.len())
        && !words
            .iter()
            .any(|w| is_org_head(w) || is_place_head(w) || w == "of" || w == "for" || w == "the")
    {
        // An adjective at either end (`Red Cross`, `Amnesty International`) names a body, not a
        // person: the same weak vote goes to an organisation.
        if is_name_adjective(&words[0]) || is_name_adjective(last) {
            v.org += TITLE_CASE_PERSON;
        } else {
            v.person += TITLE_CASE_PERSON;
        }
    }
    // Right context: a speech verb (after adverbs) suggests a speaker.
    let mut c = b;
    while c < toks.len()
        && matches!(
            lower(text, &toks[c]).as_str(),
            "also" | "has" | "had" | "have" | "later" | "earlier" | "again" | "then"
        )
    {
        c += 1;
    }
    if c < toks.len() {
        let next = lower(text, &toks[c]);
        if is_speech_verb(&next) {
            v.person += 0.75;
            v.org += 0.25;
        }
    }
    // `Apple announced`, `Boeing shares`, `Airbus CEO`: what companies do and have.
    if b < toks.len() && joined_by_space(text, toks[b - 1].span, toks[b].span) {
        let next = lower(text, &toks[b]);
        if matches!(
            next.as_str(),
            "announced"
                | "released"
                | "unveiled"
                | "launched"
                | "introduced"
                | "sold"
                | "shares"
                | "stock"
                | "products"
                | "employees"
                | "ceo"
                | "cfo"
                | "executives"
                | "inc"
                | "officials"
                | "administrator"
                | "reported"
                | "stores"
                | "store"
        ) {
            v.org += 1.0;
        }
        // `Airbus spokesman`, but `Annan's spokesman`: a person has a spokesman as well, and
        // says so with a possessive.
        if matches!(next.as_str(), "spokesman" | "spokeswoman" | "spokesperson")
            && strip_possessive(text, toks[b - 1].span) == toks[b - 1].span
        {
            v.org += 1.0;
        }
        // `the Tariq al-Bab neighborhood`, `Idlib province`: a lower-case place noun after the name.
        if is_place_noun_after(&next) {
            v.place += 2.0;
        }
        // `White Helmet volunteers`, `Hezbollah fighters`: members of a group, not one person.
        if matches!(
            next.as_str(),
            "volunteers" | "fighters" | "militants" | "rebels" | "members" | "troops" | "gunmen"
        ) {
            v.org += 2.0;
        }
    }
    // `the minister, Ali Rahimi,`: a role noun right before, across a comma.
    if a > 0 {
        let gap = &text[toks[a - 1].span.end..toks[a].span.start];
        if gap.trim() == "," && is_role_head(&lower(text, &toks[a - 1])) {
            v.person += 2.0;
        }
    }
    let _ = sentence;
    if (title_case && words.len() >= 2 && is_event_head(last))
        || (words.len() >= 2 && is_storm_word(&words[0]))
    {
        // An era or event is told by its head noun whatever its context (`the Cold War`).
        return Votes::default();
    }
    v
}

/// Words for house, monastery, cape, valley, mountain, village, hill, gate, port or river that
/// open Arabic and Romance place names (`Dar es Salaam`, `Deir ez-Zor`, `Ras Tanura`, `Wadi
/// Barada`, `Jebel Akhdar`, `Kafr Nabl`, `Beit Hanoun`, `Tel Aviv`, `Bab al-Hawa`, `Sharm
/// el-Sheikh`, `Rio de Janeiro`, `Puerto Cabello`, `Ciudad Juarez`) and are not given names; and
/// the street, fort, mountain and lake words that open English and Spanish ones (`Calle Ocho`,
/// `Fort Lauderdale`, `Mt. Kilimanjaro`, `Lake Victoria`).
fn is_toponym_head(lower: &str) -> bool {
    matches!(
        lower,
        "dar"
            | "deir"
            | "dayr"
            | "ras"
            | "wadi"
            | "jebel"
            | "jabal"
            | "kafr"
            | "beit"
            | "bayt"
            | "tel"
            | "bab"
            | "sharm"
            | "rio"
            | "puerto"
            | "porto"
            | "ciudad"
            | "calle"
            | "avenida"
            | "fort"
            | "mount"
            | "mt"
            | "lake"
    )
}

/// Words that open the names of storms (`Hurricane Matthew`, `Typhoon Haiyan`, `Tropical Storm
/// Irma`): such a name is no person, whatever the shape of the name after it.
fn is_storm_word(lower: &str) -> bool {
    matches!(
        lower,
        "hurricane" | "typhoon" | "cyclone" | "tropical" | "storm" | "superstorm"
    )
}

/// Nouns that end names of eras and events (`Cold War`, `Velvet Revolution`, `Arab Spring`,
/// `Olympic Games`): such a name is no person and no body.
fn is_event_head(lower: &str) -> bool {
    matches!(
        lower,
        "war" | "wars" | "revolution" | "uprising" | "crisis" | "spring" | "games" | "olympics"
    )
}

/// Adjectives that open or close names of bodies and eras (`Red Cross`, `Red Crescent`,
/// `Human Rights Watch`, `Amnesty International`, `Cold War`) and are neither given names nor
/// common surnames: a name with one at either end lacks the shape of a person's name. Colours that
/// are surnames (`Gordon Brown`, `Barry White`) are left out.
fn is_name_adjective(lower: &str) -> bool {
    matches!(
        lower,
        "red"
            | "blue"
            | "human"
            | "international"
            | "national"
            | "federal"
            | "royal"
            | "united"
            | "holy"
            | "cold"
            | "iron"
            | "free"
            | "supreme"
            | "civil"
            | "democratic"
            | "islamic"
            | "catholic"
    )
}

/// Lower-case nouns that, right after a name, make it a place (`the Tariq al-Bab neighborhood`,
/// `Idlib province`, `the Aleppo countryside`).
fn is_place_noun_after(lower: &str) -> bool {
    matches!(
        lower,
        "neighborhood"
            | "neighbourhood"
            | "neighborhoods"
            | "neighbourhoods"
            | "district"
            | "province"
            | "governorate"
            | "suburb"
            | "suburbs"
            | "region"
            | "county"
            | "village"
            | "town"
            | "township"
            | "countryside"
            | "outskirts"
    )
}

/// A lower-case role right before a name: `his US counterpart`, `Russian foreign minister`.
fn role_before(text: &str, toks: &[Tok], a: usize) -> Option<Span> {
    let mut k = a;
    let mut head = false;
    let mut start = None;
    while k > 0 && joined_by_space(text, toks[k - 1].span, toks[k].span) {
        let w = toks[k - 1].text(text);
        let l = w.to_lowercase();
        if is_role_head(&l) && (k == a || !head || is_role_head(&l)) {
            head = true;
            start = Some(k - 1);
        } else if head && is_role_modifier(&l) {
            start = Some(k - 1);
        } else if head && (demonym_code(w).is_some() || country_code(w).is_some()) {
            start = Some(k - 1);
            break;
        } else {
            break;
        }
        k -= 1;
    }
    // The head must be next to the name.
    if !head || !is_role_head(&lower(text, &toks[a - 1])) {
        return None;
    }
    start.map(|s| Span::new(toks[s].span.start, toks[a - 1].span.end))
}

/// `, the Russian foreign minister,` right after a name: the role span.
fn apposition_role(text: &str, name_end: usize, sentence: Span) -> Option<Span> {
    let rest = &text[name_end..sentence.end];
    let body = rest.strip_prefix(", ")?;
    let base = name_end + 2;
    let toks = tokens(text, Span::new(base, sentence.end));
    let mut k = 0;
    if toks.first().is_some_and(|t| {
        let l = t.text(text).to_lowercase();
        l == "the" || l == "a" || l == "an"
    }) {
        k = 1;
    }
    let start_k = k;
    if toks.get(k).is_some_and(|t| {
        let w = t.text(text);
        demonym_code(w).is_some()
            || country_code(strip_possessive(text, t.span).slice(text)).is_some()
    }) {
        k += 1;
    }
    let mut head_at = None;
    while let Some(t) = toks.get(k) {
        let l = t.text(text).to_lowercase();
        if is_role_head(&l) {
            head_at = Some(k);
            k += 1;
        } else if is_role_modifier(&l) {
            k += 1;
        } else {
            break;
        }
    }
    let head_at = head_at?;
    let mut end_k = head_at;
    // `of state`, `for Syria`, `of the United States`.
    if let Some(t) = toks.get(head_at + 1) {
        let l = t.text(text).to_lowercase();
        if l == "of" || l == "for" {
            let mut c = head_at + 2;
            if toks.get(c).is_some_and(|t| t.text(text) == "the") {
                c += 1;
            }
            let c0 = c;
            while toks.get(c).is_some_and(|t| {
                let w = t.text(text);
                (starts_upper(w) || is_role_modifier(&w.to_lowercase()))
                    && joined_by_space(text, toks[c - 1].span, t.span)
            }) && c < c0 + 3
            {
                c += 1;
            }
            if c > c0 {
                end_k = c - 1;
            }
        }
    }
    let end = toks[end_k].span.end;
    let after = text[end..sentence.end].trim_start();
    let closes = after.is_empty()
        || after.starts_with([',', '.', ';', ')', '—', '–'])
        || after.starts_with("said");
    if !closes || body.is_empty() {
        return None;
    }
    Some(Span::new(toks[start_k].span.start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, Option<String>)> {
        let s = Span::new(0, text.len());
        let mut ev = Evidence::default();
        ev.observe(text, s);
        let mut out = Vec::new();
        block_mentions(text, s, &ev, &mut out);
        out.iter()
            .map(|m| {
                (
                    m.span.slice(text).to_string(),
                    m.role.map(|r| r.slice(text).to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn role_prefix_is_split_from_the_name() {
        let got =
            run("Russian Foreign Minister Sergey Lavrov met US Secretary of State John Kerry.");
        assert_eq!(
            got,
            vec![
                (
                    "Sergey Lavrov".into(),
                    Some("Russian Foreign Minister".into())
                ),
                ("US".into(), None),
                ("John Kerry".into(), Some("US Secretary of State".into())),
            ]
        );
    }

    #[test]
    fn complements_of_roles_become_mentions() {
        let got = run(
            "UN Special Envoy for Syria Staffan de Mistura spoke to Spokesman for the Kremlin Dmitry Peskov.",
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "UN",
                "Syria",
                "Staffan de Mistura",
                "Kremlin",
                "Dmitry Peskov"
            ]
        );
        assert_eq!(got[2].1.as_deref(), Some("UN Special Envoy for Syria"));
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        let got = run("Photographs of a convoy near Aleppo were all over the news.");
        assert_eq!(got, vec![("Aleppo".into(), None)]);
    }

    #[test]
    fn apposition_after_a_name_gives_a_role() {
        let got = run("Kerry met Sergey V. Lavrov, the Russian foreign minister, in Geneva.");
        assert_eq!(
            got[1],
            (
                "Sergey V. Lavrov".into(),
                Some("Russian foreign minister".into())
            )
        );
        assert_eq!(got[2].0, "Geneva");
    }

    #[test]
    fn acronym_in_parentheses_links_to_its_expansion() {
        let text = "They met before the International Syria Support Group (ISSG) meeting.";
        let s = Span::new(0, text.len());
        let mut out = Vec::new();
        block_mentions(text, s, &Evidence::default(), &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].span.slice(text), "ISSG");
        assert_eq!(out[1].acronym_of, Some(0));
    }

    fn names(text: &str) -> Vec<String> {
        run(text).into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn a_sentence_opening_capital_on_no_name_is_no_mention() {
        assert_eq!(
            names("Similarly, the Hungarian foreign minister, Janos Martonyi, said it was right."),
            vec!["Janos Martonyi"]
        );
        assert_eq!(
            names("Former Soviet leader Mikhail Gorbachev objected."),
            vec!["Mikhail Gorbachev"]
        );
        assert_eq!(
            names("The papers were signed. ``Hallelujah,'' Albright exclaimed."),
            vec!["Albright"]
        );
        assert!(names("They hope for Polish Russian co-operation.").is_empty());
        assert!(names("Many Cuban-Americans protested.").is_empty());
        assert_eq!(
            names("On Jan. 5 and Jan 9 Foreign Minister Jan Kavan spoke."),
            vec!["Jan Kavan"]
        );
    }

    #[test]
    fn in_a_lower_cased_story_a_sentence_opening_name_stays() {
        // Multi-News: no word is capitalised mid-sentence, so `never seen capitalised` says
        // nothing about `Zuckerberg`.
        assert_eq!(
            names(
                "the couple spoke on stage. Zuckerberg, who took the stage after his wife, said \
                 he and chan want to make a better future for children in san francisco."
            ),
            vec!["Zuckerberg"]
        );
    }

    #[test]
    fn in_a_lower_cased_story_a_common_first_name_takes_its_surname() {
        let got = names(
            "the aid talks stalled on monday. the aid would stop, sen. John mccain ( r-ariz. ) said \
             on sunday. the plan was fair, gov. Kate brown, a democrat, told guests. Tom cruise \
             reunites with his daughter. Charles sykes/nbc took the photo. Clinton communications \
             director jennifer palmieri declined to comment. Megan ann oxendine, 28, was held. \
             the beer is from a st. Louis brewery.",
        );
        for want in [
            "John mccain",
            "Kate brown",
            "Tom cruise",
            "Megan ann oxendine",
        ] {
            assert!(got.contains(&want.to_string()), "{want}: {got:?}");
        }
        // A photo credit and a plural are no surnames.
        assert!(!got.iter().any(|n| n.contains("sykes")), "{got:?}");
        assert!(!got.iter().any(|n| n.contains("communications")), "{got:?}");
        assert!(!got.iter().any(|n| n.contains("Louis ")), "{got:?}");
    }

    #[test]
    fn in_a_lower_cased_story_a_first_name_takes_its_lower_case_surname() {
        let got = names(
            "the panel met. Its chair, sen. Susan collins, r-maine, spoke. Collins said no. \
             Mitt romney's aide left. mr. Romney smiled. Romney agreed. the hurricane hit. \
             Hurricane irma left. Playful einstein was shown. Einstein smiled.",
        );
        assert!(got.contains(&"Susan collins".to_string()), "{got:?}");
        assert!(got.contains(&"Mitt romney".to_string()), "{got:?}");
        // After an honorific comes a surname, and a verb after it is no name.
        assert!(!got.iter().any(|n| n.starts_with("Romney ")), "{got:?}");
        // `the hurricane`: a thing, not a first name; `Playful`: an adjective.
        assert!(!got.iter().any(|n| n.contains("irma")), "{got:?}");
        assert!(!got.iter().any(|n| n.starts_with("Playful ")), "{got:?}");
    }

    #[test]
    fn arabic_and_romance_town_nouns_open_place_names() {
        let text = "Dar es Salaam was quiet, and Beit Hanoun too.";
        let s = Span::new(0, text.len());
        let mut ev = Evidence::default();
        ev.observe(text, s);
        let mut out = Vec::new();
        block_mentions(text, s, &ev, &mut out);
        assert_eq!(out.len(), 2);
        for m in &out {
            assert!(m.votes.place > m.votes.person, "{m:?}");
        }
        // A body opened by a role modifier keeps it, and so does a name seen mid-sentence.
        assert_eq!(
            names("Security Council members met. State Department officials left."),
            vec!["Security Council", "State Department"]
        );
        assert_eq!(
            names("Kavan, the Czech minister, spoke. Then Kavan left."),
            vec!["Kavan", "Kavan"]
        );
    }

    #[test]
    fn a_name_joined_by_and_is_one_when_the_story_writes_its_acronym() {
        assert_eq!(
            names("The U.S. Immigration and Naturalization Service ruled. The INS said so."),
            vec!["U.S. Immigration and Naturalization Service", "INS"]
        );
        assert_eq!(
            names("Immigration and Naturalization Service officials met."),
            vec!["Immigration", "Naturalization Service"]
        );
        assert_eq!(
            names("Albright and State Department officials met."),
            vec!["Albright", "State Department"]
        );
    }

    #[test]
    fn adjectives_and_demonyms_are_not_mentions() {
        let got = run("The US-led coalition and Russian-US talks, Russian officials said.");
        assert!(got.is_empty(), "{got:?}");
        let got = run(
            "No South Africans were hurt, and Americans and Cubans left most major African cities.",
        );
        assert!(got.is_empty(), "{got:?}");
        let got = run("The boy was found at sea on Thanksgiving Day and on Christmas Eve.");
        assert!(got.is_empty(), "{got:?}");
    }
}
