//! Who a speech or blame verb belongs to: the subject right before it, resolved to an actor.
//!
//! Shared by quotes and contradictions. The subject is read leftwards from the verb over auxiliaries
//! and adverbs (`has also said`): an actor mention there is the speaker unless it is the object of a
//! preposition (`an adviser to President Assad said` names no speaker); a surname two persons share
//! is the one named in full last before it, or nobody when that is unclear; `he`/`she` is the person
//! named most recently in this or the two previous paragraphs whose gender, as the text or a common
//! first name shows it (honorifics, pronouns after a lone mention, `actors/data/first_names.tsv`), does not
//! contradict the pronoun; `it` the most recent organisation;
//! `the ministry` (a lower-case organisation noun) the most recent organisation actor whose name has
//! that noun; `the Syrian government` the country of the demonym. Anything else before the verb
//! (`Activists`, `Russian officials`) is a generic speaker: not an actor.

use storyline_text::Span;

use crate::actors::lexicon::{
    country_code, demonym_code, is_determiner, is_honorific, is_role_head, is_role_modifier,
    plural_of_people_shape,
};
use crate::actors::text::{Tok, joined_by_space, starts_upper, tokens, whole_word_at};
use crate::model::{Actor, Document, Story};

pub use crate::actors::gender::{Gender, first_name_gender};

/// Mentions of the output actors, per document, from the actors' spans, and the gender the text
/// shows for each person.
#[derive(Clone, Debug, Default)]
pub struct MentionIndex {
    per_doc: Vec<Vec<(Span, usize)>>,
    gender: Vec<Option<Gender>>,
    /// Lower-case surnames and one-word names of actors, sorted (see [`lower_case_names`]).
    lower_names: Vec<(String, usize)>,
    /// Lower-case words the story writes after an article or a possessive (`the house`, `his
    /// forces`), sorted: common nouns, whatever their case elsewhere.
    determined: Vec<String>,
    /// Per document, mentions by a surname alone that two persons share (the Koch brothers) and
    /// the text does not settle ([`settle_shared_surnames`]): nobody's, sorted.
    ambiguous: Vec<Vec<Span>>,
}

impl MentionIndex {
    /// Indexes `actors[i].spans` by document.
    pub fn new(story: &Story, actors: &[Actor]) -> Self {
        let mut per_doc = vec![Vec::new(); story.documents.len()];
        let content: Vec<Vec<Span>> = story
            .documents
            .iter()
            .map(|d| d.cleaned.content().map(|b| b.span).collect())
            .collect();
        for (a, actor) in actors.iter().enumerate() {
            let name = actor.name.to_lowercase();
            if is_honorific(&name) || is_org_noun(&name) {
                // A lone `Mr` or `Ms` (the name after it lost its capital) names nobody, nor
                // does a lone `Government` or `Military`: no speaker, no antecedent for `he` or
                // `it`.
                continue;
            }
            for s in &actor.spans {
                let span = Span::new(s.start, s.end);
                // Only mentions in content: a caption's name is no antecedent for `he said`.
                if let Some(d) = (s.source as usize).checked_sub(1)
                    && d < per_doc.len()
                    && content[d].iter().any(|b| b.contains(span))
                {
                    per_doc[d].push((span, a));
                }
            }
        }
        for v in &mut per_doc {
            v.sort_unstable_by_key(|(s, a)| (s.start, s.end, *a));
        }
        let ambiguous = per_doc
            .iter_mut()
            .enumerate()
            .map(|(d, mentions)| settle_shared_surnames(&story.documents[d], actors, mentions))
            .collect();
        let gender = genders(story, actors, &per_doc);
        let determined = determined_words(story);
        let lower_names = lower_case_names(actors, &determined);
        Self {
            per_doc,
            gender,
            lower_names,
            determined,
            ambiguous,
        }
    }

    /// True when a mention by a surname two persons share, that the text does not settle, ends
    /// at `end` (or starts at `start`, when `end` is `None`).
    pub fn ambiguous_at(&self, doc: usize, start: Option<usize>, end: Option<usize>) -> bool {
        self.ambiguous.get(doc).is_some_and(|v| {
            v.iter()
                .any(|s| start.is_none_or(|x| s.start == x) && end.is_none_or(|x| s.end == x))
        })
    }

    /// The unsettled shared-surname mentions of document `doc`.
    fn ambiguous_in(&self, doc: usize) -> &[Span] {
        self.ambiguous.get(doc).map_or(&[], Vec::as_slice)
    }

    /// True when the story writes `word` (any case) after an article or a possessive (`the
    /// satellite`, `his organizer`): a common noun, no word of a name.
    pub fn is_determined(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.determined.binary_search(&lower).is_ok()
    }

    /// The actor whose surname or one-word name `word` is, in any case (`benotman said`, in text
    /// that lost its capitals, for the actor `Benotman`).
    pub fn named_by_word(&self, word: &str) -> Option<usize> {
        let lower = word.to_lowercase();
        self.lower_names
            .binary_search_by(|(w, _)| w.as_str().cmp(&lower))
            .ok()
            .map(|i| self.lower_names[i].1)
    }

    /// The gender the text shows for actor `a`, if it shows one.
    pub fn gender(&self, a: usize) -> Option<Gender> {
        self.gender.get(a).copied().flatten()
    }

    /// Mentions of document `doc`, in text order.
    pub fn doc(&self, doc: usize) -> &[(Span, usize)] {
        self.per_doc.get(doc).map_or(&[], Vec::as_slice)
    }

    /// The mention ending exactly at `end`.
    pub fn ending_at(&self, doc: usize, end: usize) -> Option<(Span, usize)> {
        self.doc(doc)
            .iter()
            .rev()
            .find(|(s, _)| s.end == end)
            .copied()
    }

    /// The mention starting exactly at `start`.
    pub fn starting_at(&self, doc: usize, start: usize) -> Option<(Span, usize)> {
        self.doc(doc)
            .iter()
            .find(|(s, _)| s.start == start)
            .copied()
    }

    /// Mentions inside `span`.
    pub fn within(&self, doc: usize, span: Span) -> impl Iterator<Item = (Span, usize)> + '_ {
        self.doc(doc)
            .iter()
            .filter(move |(s, _)| span.contains(*s))
            .copied()
    }
}

/// Surnames (the last word of a person's name) and one-word names of persons, organisations and
/// other actors, lower-cased, that the story uses as names only: in text that lost its capitals
/// (Multi-News) a name is found where a sentence opens (`Benotman has known …`) and nowhere else,
/// though it stands before every `said`. A word the story also writes after an article or a
/// possessive (`the house`, `his forces`) is a common noun as well, and a word two actors share is
/// nobody's; neither is listed, nor stopwords, titles and demonyms.
fn lower_case_names(actors: &[Actor], determined: &[String]) -> Vec<(String, usize)> {
    let mut names: Vec<(String, usize)> = Vec::new();
    let mut full: Vec<String> = Vec::new();
    for (a, actor) in actors.iter().enumerate() {
        if !matches!(actor.kind.as_str(), "person" | "organization" | "other") {
            continue;
        }
        for alias in &actor.aliases {
            let words: Vec<&str> = alias.split_whitespace().collect();
            if words.len() > 1 && actor.kind != "person" {
                continue;
            }
            let Some(last) = words.last() else { continue };
            let w = last.to_lowercase();
            // A plural is a group (`astronomers`, `U.S. officials`), not a name; names may end
            // in `s` (`Adams`, `Jenkins`), but not like plural nouns of people.
            // The last word of a person's full name is a surname, whatever it looks like
            // (`Bernie sanders`, `Brandt ayers`).
            let surname = words.len() > 1 && actor.kind == "person";
            if surname {
                full.push(w.clone());
            }
            let plural = plural_of_people_shape(&w) && !surname;
            let plain = !plural
                && w.chars().count() >= 3
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && !storyline_text::token::is_stopword(&w)
                && !is_honorific(&w)
                && !is_role_head(&w)
                && !is_role_modifier(&w)
                && !is_org_noun(&w)
                && Gender::of_word(&w).is_none()
                && demonym_code(last).is_none()
                && country_code(last).is_none();
            if plain {
                names.push((w, a));
            }
        }
    }
    names.sort();
    names.dedup();
    // A word two actors share is nobody's.
    let shared: Vec<String> = names
        .windows(2)
        .filter(|p| p[0].0 == p[1].0)
        .map(|p| p[0].0.clone())
        .collect();
    names.retain(|(w, _)| !shared.contains(w));
    // A person's surname the story writes after an article stands before a noun there (`the
    // romney campaign`, `the palin family`), which makes it no common noun.
    names.retain(|(w, _)| determined.binary_search(w).is_err() || full.contains(w));
    names
}

/// Gives each mention by a surname alone that two persons share (`Koch` for Charles and David
/// Koch, `Castro` for Fidel and Raul Castro) to the person whose full name the text gave last
/// before it, unless the paragraph of that full name also names another of them in full. When
/// that paragraph names both, or no full name comes before, the mention is nobody's: it leaves
/// `mentions` and is returned, so that a tag naming it gives no speaker rather than the wrong one.
/// (A mention of an actor that is the surname alone, `Gonzalez` in a story of many
/// Gonzalezes, keeps that actor: it shows what the text says and names no one wrongly.)
fn settle_shared_surnames(
    doc: &Document,
    actors: &[Actor],
    mentions: &mut Vec<(Span, usize)>,
) -> Vec<Span> {
    let text = doc.marked_text();
    let surname = |s: Span| {
        let t = crate::actors::text::strip_possessive(text, s).slice(text);
        (!t.contains(char::is_whitespace)).then(|| t.to_lowercase())
    };
    // The persons a surname may stand for: those with a name of two words or more ending in it.
    let owners = |w: &str| -> Vec<usize> {
        (0..actors.len())
            .filter(|&b| {
                actors[b].kind == "person"
                    && actors[b].aliases.iter().any(|al| {
                        let words: Vec<&str> = al.split_whitespace().collect();
                        words.len() > 1 && words.last().is_some_and(|l| l.to_lowercase() == w)
                    })
            })
            .collect()
    };
    let blocks: Vec<Span> = doc.cleaned.content().map(|b| b.span).collect();
    let block_of = |pos: usize| blocks.iter().position(|b| b.start <= pos && pos <= b.end);
    let mut settled: Vec<(usize, Option<usize>)> = Vec::new();
    for (i, &(m, a)) in mentions.iter().enumerate() {
        if actors[a].kind != "person" {
            continue;
        }
        let Some(w) = surname(m) else { continue };
        let owners = owners(&w);
        if owners.len() < 2 {
            continue;
        }
        // Full mentions of the owners before this one, nearest first.
        let full: Vec<(Span, usize)> = mentions[..i]
            .iter()
            .rev()
            .filter(|(f, b)| {
                owners.contains(b) && {
                    let t = f.slice(text).to_lowercase();
                    t.contains(char::is_whitespace)
                        && t.split_whitespace().last().is_some_and(|l| l == w)
                }
            })
            .copied()
            .collect();
        let one = full.first().and_then(|&(f, b)| {
            let block = block_of(f.start);
            let alone = full
                .iter()
                .all(|&(g, c)| c == b || block_of(g.start) != block);
            alone.then_some(b)
        });
        let bare = !actors[a].name.contains(char::is_whitespace);
        match one {
            Some(b) => settled.push((i, Some(b))),
            None if bare => {}
            None => settled.push((i, None)),
        }
    }
    let mut ambiguous = Vec::new();
    for &(i, one) in settled.iter().rev() {
        match one {
            Some(b) => mentions[i].1 = b,
            None => ambiguous.push(mentions.remove(i).0),
        }
    }
    ambiguous.sort_unstable_by_key(|s| (s.start, s.end));
    ambiguous
}

/// The lower-case words the story writes after an article or a possessive (`the house`, `his
/// forces`), sorted and deduplicated.
fn determined_words(story: &Story) -> Vec<String> {
    let mut out = Vec::new();
    for doc in &story.documents {
        let text = doc.marked_text();
        let mut prev = String::new();
        let mut prev_span = Span::new(0, 0);
        for t in tokens(text, Span::new(0, text.len())) {
            let w = t.text(text).to_lowercase();
            // Only a determiner in the same phrase: `have they accepted her? " sanford declined`
            // writes no `her sanford`.
            // `that` is as often the conjunction (`impressions that grunow published`), after
            // which a name stands as well as a noun.
            if ((is_determiner(&prev) && prev != "that")
                || matches!(prev.as_str(), "some" | "every" | "no" | "any"))
                && joined_by_space(text, prev_span, t.span)
            {
                out.push(w.clone());
            }
            prev = w;
            prev_span = t.span;
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The gender each person actor is given by the text and its first name: an honorific right
/// before a mention (`Mr Lavrov`, `Ms. Shaaban`) counts three votes; a first name nearly all of
/// whose bearers are of one sex ([`first_name_gender`]) two; a third-person pronoun later in a
/// sentence whose only person mention is this actor (`Kerry said he …`, `Shaaban told her …`),
/// before any other name, counts one. A gender needs twice the votes of the other; otherwise, or with no votes, it is
/// unknown and a pronoun of either gender may refer to the person.
fn genders(story: &Story, actors: &[Actor], per_doc: &[Vec<(Span, usize)>]) -> Vec<Option<Gender>> {
    let mut votes = vec![[0u32; 2]; actors.len()];
    let mut vote = |a: usize, g: Gender, n: u32| votes[a][usize::from(g == Gender::Female)] += n;
    let person = |a: usize| actors[a].kind == "person";
    // A first name nearly all of whose bearers are of one sex (`Maria Lopez`) counts two votes:
    // less than an honorific the text gives, more than one pronoun.
    for (a, actor) in actors.iter().enumerate().filter(|(a, _)| person(*a)) {
        let words: Vec<&str> = actor.name.split_whitespace().collect();
        if words.len() > 1
            && let Some(g) = first_name_gender(words[0])
        {
            vote(a, g, 2);
        }
    }
    for (d, mentions) in per_doc.iter().enumerate() {
        let doc = &story.documents[d];
        let text = doc.marked_text();
        for &(m, a) in mentions.iter().filter(|(_, a)| person(*a)) {
            let before = text[..m.start].trim_end().trim_end_matches('.');
            let word = before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if word.len() <= 5
                && let Some(g) = Gender::of_word(&word.to_lowercase())
            {
                vote(a, g, 3);
            }
        }
        for s in &doc.sentences {
            let people: Vec<(Span, usize)> = mentions
                .iter()
                .filter(|(m, a)| s.span.contains(*m) && person(*a))
                .copied()
                .collect();
            let Some(&(first, a)) = people.first() else {
                continue;
            };
            if people.iter().any(|&(_, b)| b != a) {
                continue;
            }
            // The pronoun of a nearer name is not this person's: in `Martonyi said Hungary was
            // returning to her natural habitat`, `her` is Hungary's.
            let nearer = mentions
                .iter()
                .find(|(m, b)| m.start >= first.end && s.span.contains(*m) && !person(*b))
                .map_or(s.span.end, |(m, _)| m.start);
            let after = tokens(text, Span::new(first.end, nearer));
            let name: Vec<String> = actors[a]
                .name
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
            // `meghan mccain eulogizes her father john mccain`: a pronoun owning a kinship noun
            // set beside this person's name (`her father, sen. John mccain`) is the kin's, not
            // this person's, and the noun itself tells this person's sex (`father`).
            let beside_kin = |i: usize| {
                let noun = after.get(i + 1)?.text(text).to_lowercase();
                // The name within the few words after the noun, past titles and initials
                // (`her father, senator john s. mccain`), before any clause goes on.
                let named = is_relation_noun(&noun)
                    && after[i + 2..]
                        .iter()
                        .map(|t| t.text(text).trim_end_matches('.').to_lowercase())
                        .take(4)
                        .take_while(|w| !matches!(w.as_str(), "and" | "or" | "who" | "was" | "is"))
                        .any(|w| name.contains(&w));
                named.then(|| relation_gender(&noun))
            };
            let found = after
                .iter()
                .enumerate()
                .find_map(|(i, t)| match t.text(text) {
                    w @ ("he" | "him" | "his" | "she" | "her") => {
                        Some(beside_kin(i).unwrap_or_else(|| Gender::of_word(w)))
                    }
                    _ => None,
                });
            if let Some(g) = found.flatten() {
                vote(a, g, 1);
            }
        }
    }
    votes
        .iter()
        .map(|&[m, f]| {
            if m > 0 && m >= 2 * f {
                Some(Gender::Male)
            } else if f > 0 && f >= 2 * m {
                Some(Gender::Female)
            } else {
                None
            }
        })
        .collect()
}

/// What stands before a verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// An actor (index into the actors slice).
    Actor(usize),
    /// A common noun phrase (`officials`, `a senior adviser to ...`): a speaker, but not an actor.
    Generic,
    /// Nothing usable (the verb starts the clause, or the words before it are no subject).
    Nothing,
    /// A speaker no actor stands for, named by the name-shaped words at this span of the
    /// document's text (`said chris napolitano, president of …` in text that lost its capitals;
    /// see `quotes/names.rs`).
    Named(Span),
    /// A speaker the text describes but does not name (`Syrian military sources said`, `said a
    /// senior administration official`): the words at this span of the document's text. It
    /// counts as [`Subject::Generic`] everywhere; only the quote shows the words.
    Described(Span),
}

impl Subject {
    /// A common noun phrase that speaks, described ([`Subject::Described`]) or not
    /// ([`Subject::Generic`]).
    pub fn is_generic(self) -> bool {
        matches!(self, Self::Generic | Self::Described(_))
    }
}

/// Context of a document for resolution.
pub struct DocCtx<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Its index.
    pub index: usize,
    /// Mentions of all documents.
    pub mentions: &'a MentionIndex,
    /// The actors.
    pub actors: &'a [Actor],
}

impl DocCtx<'_> {
    fn text(&self) -> &str {
        self.doc.marked_text()
    }

    /// Start of the window for pronoun resolution: the start of the content block two blocks before
    /// the one holding `pos`.
    fn window_start(&self, pos: usize) -> usize {
        let content: Vec<Span> = self.doc.cleaned.content().map(|b| b.span).collect();
        let here = content
            .iter()
            .position(|b| b.start <= pos && pos <= b.end)
            .unwrap_or(0);
        content.get(here.saturating_sub(2)).map_or(0, |b| b.start)
    }

    /// How many sentences of the document start after `from`, up to `to`: the stops between
    /// two places, as the segmenter found them, so the stop of an abbreviation (`on feb. 13`,
    /// `mr. smith`) is none.
    fn sentences_between(&self, from: usize, to: usize) -> usize {
        self.doc
            .sentences
            .iter()
            .filter(|s| s.span.start > from && s.span.start <= to)
            .count()
    }

    /// The most recent mention before `pos` (in this or the two previous paragraphs) whose actor
    /// satisfies `pred`.
    pub fn recent(&self, pos: usize, pred: impl Fn(&Actor) -> bool) -> Option<usize> {
        let from = self.window_start(pos);
        self.mentions
            .doc(self.index)
            .iter()
            .rev()
            .filter(|(s, _)| s.end <= pos && s.start >= from)
            .find(|(_, a)| pred(&self.actors[*a]))
            .map(|(_, a)| *a)
    }

    /// `he`/`she` at `pos`: the most recent sentence naming a person, and in it the first person
    /// named (the subject, usually: `Maria Lind met Peter Holt. She …` is Lind). When the same
    /// pronoun stands before that name in its sentence, that pronoun is the sentence's subject and
    /// this one goes on with it: in `He said he cannot confirm any link to … Osama Bin Laden. …,
    /// he said.`, both are the person the first `He` is.
    pub fn recent_person(&self, pos: usize, pronoun: &str) -> Subject {
        self.recent_person_within(pos, pronoun, 3)
    }

    fn recent_person_within(&self, pos: usize, pronoun: &str, depth: u32) -> Subject {
        // `she` never refers to a person the text shows as male, nor `he` to a female one.
        let want = Gender::of_word(pronoun);
        let fits = |a: usize| {
            self.actors[a].kind == "person"
                && (want.is_none() || self.mentions.gender(a).is_none_or(|g| Some(g) == want))
        };
        let named = self.recent_named_speaker(pos, want);
        let last = self.recent_mention_of(pos, fits);
        // A surname two persons share, nearer than any person named: nobody can tell who.
        let from = self.window_start(pos);
        if self
            .mentions
            .ambiguous_in(self.index)
            .iter()
            .any(|s| s.start >= from && s.end <= pos && last.is_none_or(|m| m.end <= s.start))
        {
            return Subject::Generic;
        }
        // `woodard had only a few classes with tan …. " he was such a nice guy, " he said.`: a
        // name no actor stands for opening a sentence after the last person named, before its
        // verb, is the subject the pronoun goes on with.
        let after = [last.map(|m| m.end), named.map(|n| n.end), Some(from)]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(from);
        if let Some(name) = self.opening_name_between(after, pos, want) {
            return self.actor_named(name, &fits);
        }
        let Some(last) = last.filter(|m| named.is_none_or(|n| n.end < m.start)) else {
            return self.recent_lower_case_person(pos, fits).map_or_else(
                || named.map_or(Subject::Generic, |n| self.actor_named(n, &fits)),
                Subject::Actor,
            );
        };
        let sentence = self
            .doc
            .sentences
            .iter()
            .find(|s| s.span.start <= last.start && last.end <= s.span.end)
            .map_or(last, |s| s.span);
        let in_sentence = |m: &Span, a: usize| sentence.contains(*m) && m.end <= pos && fits(a);
        // The subject is named in the narrative: not inside a quotation (`“Elian tells me …,”
        // said Delfin Gonzalez`) and not as a possessive (`another of Elian's great-uncles`).
        let text = self.text();
        let narrative = |m: &Span| {
            let before = &text[sentence.start..m.start];
            let quoted = before.matches('"').count() % 2 == 1
                || before.matches('“').count() > before.matches('”').count();
            let rest = &text[m.end..];
            !quoted && !rest.starts_with("'s") && !rest.starts_with("’s")
        };
        let mentions = self.mentions.doc(self.index);
        let first = mentions
            .iter()
            .find(|(m, a)| in_sentence(m, *a) && narrative(m))
            .or_else(|| mentions.iter().find(|(m, a)| in_sentence(m, *a)));
        // The same pronoun in the narrative before the name: the sentence is about that person.
        if let Some((m, _)) = first {
            let earlier = tokens(text, Span::new(sentence.start, m.start))
                .into_iter()
                .find(|t| {
                    t.text(text).eq_ignore_ascii_case(pronoun)
                        && narrative(&t.span)
                        && !text[t.span.end..].starts_with(['\'', '’'])
                });
            if let Some(t) = earlier {
                return if depth == 0 {
                    Subject::Generic
                } else {
                    self.recent_person_within(t.span.start, pronoun, depth - 1)
                };
            }
        }
        first.map_or(Subject::Generic, |&(_, a)| Subject::Actor(a))
    }

    /// The name no actor stands for that opens the last sentence of narration (after any quote
    /// in it) within `from..pos`, before the sentence's verb ([`super::opening_name`]), when it is
    /// a person's ([`Self::person_name`]) of the pronoun's gender. A last sentence opening
    /// otherwise (`Then stone sent …`) has its subject elsewhere: no name.
    fn opening_name_between(&self, from: usize, pos: usize, want: Option<Gender>) -> Option<Span> {
        let text = self.text();
        let toks = self
            .doc
            .sentences
            .iter()
            .rev()
            .filter(|s| s.span.start < pos && s.span.end > from)
            .map(|s| {
                let end = s.span.end.min(pos);
                let start = s.span.start.max(from);
                // Text that lost its capitals runs a quote and the narration after it into one
                // sentence: the narration starts after the last mark.
                let start = text[start..end]
                    .rfind(['"', '”'])
                    .map_or(start, |i| start + i + 1);
                tokens(text, Span::new(start, end))
            })
            .find(|toks| !toks.is_empty())?;
        super::opening_name(self, &toks).filter(|name| {
            !self
                .mentions
                .doc(self.index)
                .iter()
                .any(|(m, _)| m.start < name.end && name.start < m.end)
                && self.person_name(*name, want)
        })
    }

    /// True when the words of `name` are a person's of gender `want` (if known): a common given
    /// name and a surname, or a lone surname the document also writes after a common given name
    /// (`woodard` where `michael woodard` stands elsewhere). A capitalised word opening a sentence
    /// is no evidence of a name (`Barclays`, `Underneath`, `God`).
    fn person_name(&self, name: Span, want: Option<Gender>) -> bool {
        let text = self.text();
        let words: Vec<String> = text[name.start..name.end]
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let fits =
            |given: &str| first_name_gender(given).is_some_and(|g| want.is_none_or(|w| w == g));
        match words.as_slice() {
            [given, _, ..] => fits(given),
            // (A given name the list does not hold counts before an apposition: `alex woodard,
            // 20, who …`.)
            [surname] => tokens(text, Span::new(0, text.len())).windows(2).any(|w| {
                let given = w[0].text(text).to_lowercase();
                w[1].text(text).eq_ignore_ascii_case(surname)
                    && joined_by_space(text, w[0].span, w[1].span)
                    && (fits(&given)
                        || (first_name_gender(&given).is_none()
                            && super::names::name_shaped(self.mentions, &given)
                            && text[w[1].span.end..].starts_with(',')))
            }),
            [] => false,
        }
    }

    /// The span of the last name no actor stands for (`quotes/names.rs`) that speaks before `pos`,
    /// outside the quote the pronoun tags: the subject of a speech verb (`said chris
    /// napolitano, president of …`, `tina gibson said`), in this sentence or the one before.
    fn recent_named_speaker(&self, pos: usize, want: Option<Gender>) -> Option<Span> {
        let text = self.text();
        let from = self.window_start(pos);
        let to = self.before_tagged_quote(from, pos);
        let toks = tokens(text, Span::new(from, to));
        let n = toks.len();
        // Tags of the same pronoun passed on the way back (`durdaller said. She said …. " … ,"
        // she said`): each lets the name stand one sentence further back.
        let mut hops = 0;
        for k in (n.saturating_sub(40)..n).rev() {
            if super::speech_verb(&toks[k].text(text).to_lowercase()).is_none() {
                continue;
            }
            let subject = k.checked_sub(1).map(|j| toks[j].text(text).to_lowercase());
            if let Some(p) = subject
                && matches!(p.as_str(), "he" | "she")
                && want.is_some()
                && Gender::of_word(&p) == want
            {
                hops += 1;
                continue;
            }
            let limit = super::names::clause_end(&toks[k + 1..], text, toks[k].span.end, to);
            let after_n = toks[k + 1..]
                .iter()
                .take_while(|t| t.span.end <= limit)
                .count();
            let after = &toks[k + 1..k + 1 + after_n];
            let clause = text[from..toks[k].span.start]
                .rfind(['.', ';', '"', '“', '”', '!', '?', ','])
                .map_or(from, |i| from + i + 1);
            let mut first = toks[..k].partition_point(|t| t.span.start < clause);
            // `what lewis called`, `after smith said`: the verb's clause starts past the word.
            if let Some(cut) = toks[first..k]
                .iter()
                .rposition(|t| opens_clause_before_subject(&t.text(text).to_lowercase()))
            {
                first += cut + 1;
            }
            let before = &toks[first..k];
            // `she told blackbook`: the name after `told` or `asked` is who hears it.
            let hearer_after = matches!(
                toks[k].text(text).to_lowercase().as_str(),
                "told" | "tells" | "telling" | "asked"
            );
            let name = super::names::name_before(self.mentions, text, before)
                .or_else(|| {
                    (!hearer_after)
                        .then(|| super::names::name_after(self.mentions, text, after, limit))
                        .flatten()
                })
                .or_else(|| self.name_before_apposition(from, toks[k].span.start));
            let Some(name) = name else { continue };
            // An actor's name whose gender the text shows the other way (`Mr Baker said` for
            // `she`) is not this pronoun's.
            if self
                .mentions
                .doc(self.index)
                .iter()
                .filter(|(m, _)| m.start < name.end && name.start < m.end)
                .any(|&(_, a)| {
                    want.is_some() && self.mentions.gender(a).is_some_and(|g| Some(g) != want)
                })
            {
                return None;
            }
            // `she` is not `tina gibson`, nor `he` `maria lopez`.
            let first = text[name.start..name.end]
                .split_whitespace()
                .next()
                .unwrap_or("");
            if name.end - name.start > first.len()
                && let (Some(g), Some(w)) = (first_name_gender(first), want)
                && g != w
            {
                return None;
            }
            // `she` is not `mr. weems`, nor `he` `ms. weems`.
            let title = text[..name.start]
                .trim_end()
                .trim_end_matches('.')
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("")
                .to_lowercase();
            if let (Some(g), Some(w)) = (Gender::of_word(&title), want)
                && g != w
            {
                return None;
            }
            // … in the sentence before at the latest.
            return (self.sentences_between(name.end, to) <= 1 + hops).then_some(name);
        }
        None
    }

    /// A name read from the text (`williams, 37, told investigators`) as the person actor whose
    /// surname or one-word name its last word is, when there is one (`Venus Williams`).
    fn actor_named(&self, name: Span, fits: &impl Fn(usize) -> bool) -> Subject {
        let words: Vec<&str> = self.text()[name.start..name.end]
            .split_whitespace()
            .collect();
        let (n, last) = (words.len(), words.last().copied().unwrap_or(""));
        // The given name the text writes before the surname (`clinton clare`), lower-cased.
        let given = (n >= 2).then(|| words[n - 2].to_lowercase());
        // Only a name at least as full as the text's (`earl weener` stays, not `Weener`), and
        // not one whose given name is none of the actor's: `said clinton clare, 52` is not the
        // actor Gregory Clare, his son.
        match self.mentions.named_by_word(last) {
            Some(a)
                if fits(a)
                    && self.actors[a].kind == "person"
                    && self.actors[a].name.split_whitespace().count() >= n
                    && given.is_none_or(|g| !self.other_given_name(a, &g)) =>
            {
                Subject::Actor(a)
            }
            _ => Subject::Named(name),
        }
    }

    /// The name no actor stands for that an apposition closing right before `verb` hangs on
    /// (`reta saffo, spade's older sister by two years, told the star …`): the words before the
    /// apposition's opening comma, when the apposition is short and holds no stop or mark.
    fn name_before_apposition(&self, from: usize, verb: usize) -> Option<Span> {
        let text = self.text();
        let head = text[from..verb].trim_end().strip_suffix(',')?;
        let open = head.rfind(", ")?;
        let apposition = &head[open + 2..];
        if !(1..=16).contains(&apposition.split_whitespace().count())
            || apposition.contains(['.', ';', '"', '“', '”', '!', '?', ':'])
        {
            return None;
        }
        let end = from + open;
        let clause = text[from..end]
            .rfind(['.', ';', '"', '“', '”', '!', '?', ','])
            .map_or(from, |i| from + i + 1);
        let toks = tokens(text, Span::new(clause, end));
        super::names::name_before(self.mentions, text, &toks)
            .filter(|n| text[n.end..end].trim().is_empty())
    }

    /// Where the text before a pronoun at `pos` ends once the quote the pronoun tags is left out
    /// (`"how lucky am i to be attacked by joe biden? " he asked`): the quote's opening mark, or
    /// `pos`.
    fn before_tagged_quote(&self, from: usize, pos: usize) -> usize {
        let before = &self.text()[from..pos];
        if let Some(close) = before.rfind(['"', '”'])
            && !before[close..].contains(['.', '!', '?'])
            && let Some(open) = before[..close].rfind(['"', '“'])
        {
            return from + open;
        }
        pos
    }

    /// In text that lost its capitals, where no mention of a person is in reach: the person whose
    /// lower-case surname ([`MentionIndex::named_by_word`]) comes last within the 40 words before
    /// `pos`, outside the quote the pronoun tags, as the subject or object of a speech verb, in
    /// this sentence or the one before (`weems said the community … " …, " he told cnn`).
    fn recent_lower_case_person(&self, pos: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
        let text = self.text();
        let from = self.window_start(pos);
        // Not the words of the quote the pronoun tags (`"how lucky am i to be attacked by joe
        // biden? " he asked`).
        let to = self.before_tagged_quote(from, pos);
        let toks = tokens(text, Span::new(from, to));
        let n = toks.len();
        // The name must be a speaker's (`weems said`, `said lemieux`): the last person the story
        // names may be no actor at all (`rush was ready with a response. "… joe biden?" he
        // asked`), and an older actor would be the wrong one.
        let speaks = |k: usize| {
            let verb = |j: usize| {
                toks.get(j)
                    .is_some_and(|t| super::speech_verb(&t.text(text).to_lowercase()).is_some())
            };
            verb(k + 1)
                || (toks
                    .get(k + 1)
                    .is_some_and(|t| is_aux_or_adverb(t.text(text)))
                    && verb(k + 2))
                || (k > 0 && verb(k - 1))
        };
        (n.saturating_sub(40)..n)
            .rev()
            .find_map(|k| {
                self.mentions
                    .named_by_word(toks[k].text(text))
                    .map(|a| (k, a))
            })
            .filter(|&(k, a)| {
                // … in the sentence before at the latest: a sentence between may bring in
                // someone the actors do not know (`said biden … . Well rush was ready`).
                fits(a) && speaks(k) && self.sentences_between(toks[k].span.end, to) <= 1
            })
            .map(|(_, a)| a)
    }

    fn recent_mention_of(&self, pos: usize, pred: impl Fn(usize) -> bool) -> Option<Span> {
        let from = self.window_start(pos);
        self.mentions
            .doc(self.index)
            .iter()
            .rev()
            .filter(|(s, _)| s.end <= pos && s.start >= from)
            .find(|(_, a)| pred(*a))
            .map(|(s, _)| *s)
    }

    /// Resolves the subject of a verb starting at `verb` in the clause starting at `clause`.
    pub fn subject_before(&self, clause: usize, verb: usize) -> Subject {
        if verb <= clause {
            return Subject::Nothing;
        }
        let text = self.text();
        // `john wisniewski ( d-middlesex ), the co-chairman of the committee, said`, `rand paul
        // ( r-ky. ) said`: a party-and-state tag in brackets closes the name before it.
        let head = text[clause..verb].trim_end();
        if let Some(inner) = head.strip_suffix(')')
            && let Some(open) = inner.rfind('(')
            && party_tag(inner[open + 1..].trim())
        {
            return self.subject_before(clause, clause + open);
        }
        let toks = tokens(text, Span::new(clause, verb));
        // `the decision came hours after oprah winfrey said`, `wounds caused by what activists
        // said was shelling`: the verb's clause starts past `after`, `before` or `what`, when
        // the words from there to the verb run on with single spaces.
        if let Some(cut) = toks
            .iter()
            .rposition(|t| opens_subordinate_clause(&t.text(text).to_lowercase()))
            && cut > 0
            && cut + 1 < toks.len()
            && toks[cut..]
                .windows(2)
                .all(|w| in_phrase(text, &w[0], &w[1]))
            && toks
                .last()
                .is_some_and(|t| text[t.span.end..verb].trim().is_empty())
        {
            return self.subject_before(toks[cut].span.end, verb);
        }
        let mut k = toks.len();
        // Auxiliaries and adverbs right before the verb, not one closing a clause set off by a
        // comma (`the aide, who … to speak publicly, said`).
        while k > 0
            && (is_aux_or_adverb(toks[k - 1].text(text)) || self.adverb_at(&toks[k - 1]))
            && !text[toks[k - 1].span.end..toks.get(k).map_or(verb, |t| t.span.start)].contains(',')
        {
            k -= 1;
        }
        if k == 0 {
            return Subject::Nothing;
        }
        // Words between the subject and the verb must be plain spaces (no comma clause), except an
        // apposition or relative clause set off by commas: `Lavrov, the foreign minister, said`.
        let next_start = toks.get(k).map_or(verb, |t| t.span.start);
        let verb = next_start;
        let gap = text[toks[k - 1].span.end..verb].trim();
        // `rob scott -- who owns the cafe the king visited -- said`: the subject stands before
        // the dash that opens a relative clause.
        if matches!(gap, "--" | "—" | "–") {
            let before = &text[clause..toks[k - 1].span.end];
            let relative = before.rfind(gap).filter(|&open| {
                before[open + gap.len()..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "who" | "which" | "whose" | "who's" | "who’s"
                        )
                    })
            });
            if let Some(open) = relative {
                return self.subject_before(clause, clause + open);
            }
        }
        if text[toks[k - 1].span.end..verb].contains([',', ';', ':', '“', '”', '"', '(', ')']) {
            // `the union's leader, Maria Costa, told`: the name closing the apposition speaks.
            if text[toks[k - 1].span.end..verb].trim() == ","
                && let Some((_, a)) = self
                    .mentions
                    .ending_at(self.index, strip_poss(text, toks[k - 1].span))
                && self.actors[a].kind == "person"
            {
                return Subject::Actor(a);
            }
            let before = &text[clause..toks[k - 1].span.end];
            // `Jan Kavan, who lived in London from 1968, when the Soviets invaded
            // Czechoslovakia, until 1989, said`: the name the relative clause hangs on speaks,
            // however many commas the clause holds.
            if text[toks[k - 1].span.end..verb].trim() == ","
                && let Some(who) = before.find(", who ")
                && let Some((_, a)) = self.mentions.ending_at(self.index, clause + who)
                && self.actors[a].kind == "person"
            {
                return Subject::Actor(a);
            }
            if text[toks[k - 1].span.end..verb].trim() == ","
                && let Some(open) = before.rfind(", ")
            {
                let inner = &before[open + 2..];
                let words = inner.split_whitespace().count();
                // Up to twelve words; in a quote's tag, where nothing but the speaker stands
                // before the verb, an apposition of up to sixteen (`"…," goodarz danaei,
                // assistant professor of global health at the harvard school of public health in
                // boston, wrote`); and a relative clause on a person of up to twenty (`the aide,
                // who spoke on condition of anonymity because he is not authorized to speak
                // publicly, said`).
                let tag = text[..clause]
                    .trim_end_matches([',', ' ', '\u{a0}'])
                    .ends_with(['"', '”']);
                let most = if inner.starts_with("who ") {
                    20
                } else if tag {
                    16
                } else {
                    12
                };
                if (1..=most).contains(&words) && !inner.contains(['“', '”', '"', ';']) {
                    return self.subject_before(clause, clause + open);
                }
            }
            return Subject::Nothing;
        }
        let last = &toks[k - 1];
        // `the father of schofield barracks soldier ikaika e. kang said`: the name is whose father
        // speaks, not the speaker.
        if relation_object(text, &toks[..k]) {
            return super::described::described(text, &toks[..k])
                .map_or(Subject::Generic, Subject::Described);
        }
        // `eran eden, phd, ceo of memed, noted`: a credential after a comma closes the name
        // before it.
        if super::names::is_credential(&last.text(text).to_lowercase())
            && let Some(comma) = text[clause..last.span.start].trim_end().strip_suffix(',')
        {
            return self.subject_before(clause, clause + comma.len());
        }
        let end = strip_poss(text, last.span);
        // `Koch said`, where Charles and David Koch both are near: nobody, rather than the wrong one.
        if self.mentions.ambiguous_at(self.index, None, Some(end)) {
            return Subject::Generic;
        }
        if let Some((m, a)) = self.mentions.ending_at(self.index, end) {
            return if object_of_preposition(text, &toks[..k], m.start) {
                // `a senior adviser to Syrian President Bashar al-Assad said`: described.
                super::described::described(text, &toks[..k])
                    .map_or(Subject::Generic, Subject::Described)
            } else {
                Subject::Actor(a)
            };
        }
        let lw = last.text(text).to_lowercase();
        if let Some(a) = self.lower_case_name(&toks[..k]) {
            return self
                .other_bearer(a, last.span)
                .map_or(Subject::Actor(a), Subject::Named);
        }
        match lw.as_str() {
            "he" | "she" => return self.recent_person(last.span.start, &lw),
            "it" => {
                return self
                    .recent(last.span.start, |a| a.kind == "organization")
                    .map_or(Subject::Nothing, Subject::Actor);
            }
            "they" | "we" | "i" | "you" => return Subject::Generic,
            "who" | "which" | "that" | "and" | "but" | "or" => return Subject::Nothing,
            _ => {}
        }
        if let Some(name) = super::names::name_before(self.mentions, text, &toks[..k]) {
            return Subject::Named(name);
        }
        // A word of letters may head a noun phrase, and so may a hyphenated title or tie whose
        // last part is one (`the president-elect`, `australia's consul-general`, `his
        // ex-wife`); other hyphenated words are names as often (`al-qaeda`, `al-watan`), and
        // digits and other marks head none.
        let hyphenated_role = lw.rsplit('-').next().is_some_and(|part| {
            !part.is_empty() && (is_role_head(&lw) || is_role_head(part) || is_relation_noun(part))
        });
        if lw.chars().any(|c| !c.is_alphabetic()) && !hyphenated_role {
            return Subject::Nothing;
        }
        self.noun_phrase(&toks[..k], &lw, last.span.start)
    }

    /// True when `t` is an adverb standing between a subject and its verb by its ending (`oulson,
    /// 33, tearfully told`), where a story written in lower case would otherwise read it as a
    /// name: written in lower case, no actor's word and no common first name (`beverly`).
    fn adverb_at(&self, t: &Tok) -> bool {
        let w = t.text(self.text());
        let l = w.to_lowercase();
        !starts_upper(w)
            && super::described::adverb_shaped(&l)
            && first_name_gender(&l).is_none()
            && self.mentions.named_by_word(w).is_none()
            && self.mentions.ending_at(self.index, t.span.end).is_none()
    }

    /// A person named right after `from`, past a possessive and capitalised title words (`'s
    /// Fernandez`, ` Deputy Ambassador Peter Burleigh`), before `limit`.
    fn person_after(&self, from: usize, limit: usize) -> Option<usize> {
        let text = self.text();
        let rest = &text[from..limit];
        let skip = rest.len()
            - rest
                .strip_prefix("'s")
                .or_else(|| rest.strip_prefix("’s"))
                .unwrap_or(rest)
                .len();
        let mut at = from + skip;
        let mut in_title = false;
        for t in tokens(text, Span::new(at, limit)).iter().take(8) {
            if t.span.start < at {
                // Inside a body named within the title, skipped below.
                continue;
            }
            if !text[at..t.span.start].trim().is_empty() {
                return None;
            }
            if let Some((m, a)) = self.mentions.starting_at(self.index, t.span.start) {
                if self.actors[a].kind == "person" {
                    return Some(a);
                }
                // `the U.S. Ambassador to the United Nations Nikki Haley`: the body the title
                // names is part of it.
                if !in_title {
                    return None;
                }
                at = m.end;
                continue;
            }
            let w = t.text(text);
            let l = w.to_lowercase();
            if !(is_role_head(&l) || is_role_modifier(&l) || (in_title && title_goes_on(w, &l))) {
                return None;
            }
            in_title |= is_role_head(&l);
            at = t.span.end;
        }
        None
    }

    /// The actor a lower-case name ending `toks` stands for (`… benotman said`, `noman benotman
    /// said`): the last word is an actor's surname or one-word name ([`MentionIndex::named_by_word`])
    /// and no preposition or indefinite article comes within the two words before it (`an adviser
    /// to noman benotman said` names no speaker).
    fn lower_case_name(&self, toks: &[Tok]) -> Option<usize> {
        let text = self.text();
        let last = toks.last()?;
        let a = self.mentions.named_by_word(last.text(text))?;
        let mut j = toks.len() - 1;
        for n in 0..2 {
            if j == 0 || !joined_by_space(text, toks[j - 1].span, toks[j].span) {
                break;
            }
            let l = toks[j - 1].text(text).to_lowercase();
            // `attorneys representing curnell said`: the name is an object there too.
            if is_preposition(&l)
                || matches!(l.as_str(), "a" | "an")
                || (n == 0 && l.ends_with("ing"))
            {
                return None;
            }
            // `anzor tsarnaev said`, in a story whose actor is Dzhokhar Tsarnaev: another given
            // name before the surname is another person of that family.
            if n == 0 && self.other_given_name(a, &l) {
                return None;
            }
            j -= 1;
        }
        Some(a)
    }

    /// The name of another bearer of person `a`'s surname whom a lone `surname` (lower case, at
    /// `surname`) goes on with: the surname's last use before it in the document follows another
    /// common first name (`said clifford kang …. " … , " kang said`, in a story whose actor is
    /// Ikaika Kang). `None` when that use is `a`'s own, bare (`embed cruz`) or there is none.
    fn other_bearer(&self, a: usize, surname: Span) -> Option<Span> {
        let text = self.text();
        // ASCII lower case keeps every byte where it was, so spans found in `lower` are the text's.
        let word = text[surname.range()].to_ascii_lowercase();
        let lower = text[..surname.start].to_ascii_lowercase();
        let mut end = lower.len();
        // The last use of the surname as a whole word.
        let at = loop {
            let at = lower[..end].rfind(word.as_str())?;
            end = at;
            // (At offset 0 no given name stands before it either way: `None` below.)
            if whole_word_at(&lower, at, word.len()) {
                break at;
            }
        };
        let given = lower[..at].strip_suffix(' ')?.rsplit(' ').next()?;
        // A common first name, and no short or long form of one of `a`'s (`chris` for
        // Christopher, `israel` for Yisrael).
        let variant = self.actors[a].aliases.iter().any(|al| {
            al.split_whitespace().rev().skip(1).any(|g| {
                let g = g.to_ascii_lowercase();
                g.len() > 2 && (g.starts_with(given) || given.starts_with(&g) || g.ends_with(given))
            })
        });
        (first_name_gender(given).is_some() && !variant && self.other_given_name(a, given))
            .then(|| Span::new(at - 1 - given.len(), at + word.len()))
    }

    /// True when `word` (lower case) stands right before the surname of person `a` where a given
    /// name would, and is none of theirs: `a` is named in full somewhere (`Dzhokhar Tsarnaev`),
    /// and `word` is no given name of `a`, no title, role or honorific, no stopword and no word
    /// the story writes after an article (`the bomber tsarnaev`).
    fn other_given_name(&self, a: usize, word: &str) -> bool {
        let actor = &self.actors[a];
        if actor.kind != "person"
            || !word.chars().all(char::is_alphabetic)
            || word.chars().count() < 3
            || storyline_text::token::is_stopword(word)
            || is_preposition(word)
            // Clause openers and adverbs the stopword list lacks (`since douceur said`).
            || matches!(
                word,
                "since" | "although" | "though" | "unless" | "whereas" | "yet" | "also" | "later"
                    | "first" | "still" | "finally" | "instead" | "meanwhile" | "however"
            )
            || is_honorific(word)
            || is_role_head(word)
            || is_role_modifier(word)
            || self.mentions.is_determined(word)
            // A word of ordinary English that is no first name (`police say korkuc told`, a
            // headline run on: `new police initiative robinson told`).
            || (crate::actors::lexicon::is_common_word(word)
                && first_name_gender(word).is_none()
                && !crate::actors::merge::is_short_given_name(word))
        {
            return false;
        }
        let mut full = false;
        for alias in &actor.aliases {
            let words: Vec<String> = alias.split_whitespace().map(str::to_lowercase).collect();
            if words.len() < 2 {
                continue;
            }
            full = true;
            // A spelling or short form of one of the actor's given names is theirs (`dave` for
            // David Petersen).
            if words[..words.len() - 1]
                .iter()
                .any(|w| crate::actors::merge::first_names_match(w, word))
            {
                return false;
            }
        }
        full
    }

    /// `the ministry`, `the Syrian government`, `officials`: resolves an organisation noun to an
    /// actor where the text allows, else a generic speaker.
    fn noun_phrase(&self, toks: &[Tok], head: &str, pos: usize) -> Subject {
        let text = self.text();
        // The phrase: back to a determiner or a non-adjacent token, at most six words.
        let mut j = toks.len() - 1;
        while j > 0
            && toks.len() - j < 6
            && joined_by_space(text, toks[j - 1].span, toks[j].span)
            && !matches!(
                toks[j - 1].text(text).to_lowercase().as_str(),
                "the" | "a" | "an" | "and" | "but" | "that" | "which" | "who" | "while" | "as"
            )
            && !is_preposition(&toks[j - 1].text(text).to_lowercase())
        {
            j -= 1;
        }
        let phrase = &toks[j..];
        // No actor for the phrase: the words describe the speaker (`syrian military sources`).
        let generic =
            || super::described::described(text, toks).map_or(Subject::Generic, Subject::Described);
        if !is_org_noun(head) {
            return generic();
        }
        if let Some(code) = phrase
            .iter()
            .find_map(|t| demonym_code(t.text(text)).or_else(|| country_code(t.text(text))))
        {
            let found = self.actors.iter().position(|a| {
                a.kind == "country" && a.aliases.iter().any(|al| country_code(al) == Some(code))
            });
            return found.map_or_else(generic, Subject::Actor);
        }
        if matches!(head, "company" | "firm") {
            return self
                .recent(pos, |a| a.kind == "organization")
                .map_or_else(generic, Subject::Actor);
        }
        let head_cap = head.to_lowercase();
        self.recent(pos, |a| {
            a.kind == "organization"
                && a.name
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| w == head_cap)
        })
        .map_or_else(generic, Subject::Actor)
    }

    /// [`DocCtx::subject_after`], or, where it finds nobody, the description of a speaker right
    /// after the verb or `according to` (`according_to`): `said a senior administration
    /// official`, `according to police` (see `quotes/described.rs`).
    pub fn subject_or_description_after(
        &self,
        after: usize,
        limit: usize,
        according_to: bool,
    ) -> Subject {
        match self.subject_after(after, limit) {
            Subject::Nothing if after < limit => {
                let text = self.text();
                let toks = tokens(text, Span::new(after, limit));
                super::described::described_after(text, &toks, limit, according_to)
                    .map_or(Subject::Nothing, Subject::Described)
            }
            other => other,
        }
    }

    /// The subject right after a verb (`said Kerry`, `said the ministry`).
    pub fn subject_after(&self, after: usize, limit: usize) -> Subject {
        let text = self.text();
        if after >= limit {
            return Subject::Nothing;
        }
        let toks = tokens(text, Span::new(after, limit));
        let Some(first) = toks.first() else {
            return Subject::Nothing;
        };
        if !text[after..first.span.start].trim().is_empty() {
            return Subject::Nothing;
        }
        // `said Senator Dana Whitfield`, `says Mayor Lena Frost`: the title precedes the mention.
        let mut in_title = false;
        // Past a title's connector (`of`, `to`): `Secretary of State`.
        let mut connected = false;
        for t in toks.iter().take(8) {
            if self
                .mentions
                .ambiguous_at(self.index, Some(t.span.start), None)
            {
                return Subject::Generic;
            }
            if let Some((m, a)) = self.mentions.starting_at(self.index, t.span.start) {
                // `said Florida International's Fernandez`, `said the U.S. Deputy Ambassador
                // Peter Burleigh`: a body or country before the person is where they work.
                if self.actors[a].kind != "person"
                    && let Some(p) = self.person_after(m.end, limit)
                {
                    return Subject::Actor(p);
                }
                // `said the Secretary of State`: a body a title names after its connector speaks
                // no more than the title does.
                if connected && self.actors[a].kind != "person" {
                    continue;
                }
                return Subject::Actor(a);
            }
            let w = t.text(text);
            let l = w.to_lowercase();
            // `said Senator Whitfield`, `said fire chief Daniel Moreau`, `a statement from X`.
            let titled = is_role_head(&l)
                || is_role_modifier(&l)
                || crate::actors::lexicon::is_honorific(&l)
                || demonym_code(w).is_some()
                || matches!(
                    l.as_str(),
                    "a" | "the" | "statement" | "statements" | "from" | "by" | "fire" | "police"
                )
                || (in_title && title_goes_on(w, &l));
            if !titled {
                break;
            }
            connected |= in_title && matches!(l.as_str(), "of" | "for" | "to");
            in_title |= is_role_head(&l);
        }
        if let Some((_, a)) = self.mentions.starting_at(self.index, first.span.start) {
            return Subject::Actor(a);
        }
        // `said benotman.`, `according to noman benotman,`: a lower-case name of one or two
        // words, ending where the clause does.
        for k in 0..2 {
            let Some(t) = toks.get(k) else { break };
            if k > 0 && !joined_by_space(text, toks[k - 1].span, t.span) {
                break;
            }
            let w = t.text(text).to_lowercase();
            if storyline_text::token::is_stopword(&w) || !w.chars().all(char::is_alphabetic) {
                break;
            }
            let rest = &text[t.span.end..limit];
            // `said romney on tuesday`: a word of when or where ends the name too.
            let ends = rest
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '?' | '!'))
                || rest.strip_prefix(' ').is_some_and(|r| {
                    r.split_whitespace()
                        .next()
                        .is_some_and(|n| n == "who" || super::when_or_where(n))
                });
            // `said clinton clare, 52` is not the actor Gregory Clare: a given name before the
            // surname that is none of the actor's names someone else.
            if ends
                && let Some(a) = self.mentions.named_by_word(&w)
                && (k == 0 || !self.other_given_name(a, &toks[0].text(text).to_lowercase()))
            {
                return Subject::Actor(a);
            }
        }
        let lw = first.text(text).to_lowercase();
        if lw == "he" || lw == "she" {
            return self.recent_person(first.span.start, &lw);
        }
        if lw == "the"
            && let Some(second) = toks.get(1)
            && let Some((_, a)) = self.mentions.starting_at(self.index, second.span.start)
        {
            return Subject::Actor(a);
        }
        if lw == "the" {
            let mut k = 1;
            while k < toks.len() && k < 5 && joined_by_space(text, toks[k - 1].span, toks[k].span) {
                let w = toks[k].text(text).to_lowercase();
                if is_org_noun(&w) {
                    return self.noun_phrase(&toks[..=k], &w, first.span.start);
                }
                k += 1;
            }
        }
        super::names::name_after(self.mentions, text, &toks, limit)
            .map_or(Subject::Nothing, Subject::Named)
    }
}

fn strip_poss(text: &str, span: Span) -> usize {
    crate::actors::text::strip_possessive(text, span).end
}

/// True when the mention starting at `start` is the object of a preposition or follows an indefinite
/// article: read back over its role words (`to Syrian President Bashar al-Assad`).
fn object_of_preposition(text: &str, toks: &[Tok], start: usize) -> bool {
    let Some(mut j) = toks.iter().position(|t| t.span.start >= start) else {
        return false;
    };
    // Words run on with single spaces, or after a title's stop (`suing mr. zuckerberg`).
    let joined = |a: &Tok, b: &Tok| {
        joined_by_space(text, a.span, b.span)
            || (&text[a.span.end..b.span.start] == ". "
                && is_honorific(&a.text(text).to_lowercase()))
    };
    while j > 0 && joined(&toks[j - 1], &toks[j]) {
        let w = toks[j - 1].text(text);
        let l = w.to_lowercase();
        let connector = (l == "of" || l == "for" || l == "the")
            && j >= 2
            && starts_upper(toks[j - 2].text(text));
        // A capitalised preposition opens the sentence (`In Havana, …`); it is no part of a name.
        if is_preposition(&l) && !connector {
            break;
        }
        if starts_upper(w)
            || is_role_head(&l)
            || is_role_modifier(&l)
            || is_honorific(&l)
            || connector
        {
            j -= 1;
        } else {
            break;
        }
    }
    if j == 0 || !joined(&toks[j - 1], &toks[j]) {
        return false;
    }
    let l = toks[j - 1].text(text).to_lowercase();
    // `a spokeswoman for the European Commission said`: the spokesperson speaks for the actor.
    if (l == "for" || l == "of")
        && j >= 2
        && toks[j - 2].text(text).to_lowercase().starts_with("spokes")
    {
        return false;
    }
    // `a real estate broker for the man suing mr. zuckerberg testified`: the object of a
    // participle, as of a preposition.
    let participle = l.len() > 4
        && l.ends_with("ing")
        && !matches!(
            l.as_str(),
            "thing" | "nothing" | "something" | "anything" | "everything"
        );
    is_preposition(&l) || l == "a" || l == "an" || participle
}

/// True when `l` (lower case) opens a clause whose subject is a speaker's, so that the words
/// before it are no part of that subject: `the decision came hours after oprah winfrey said`,
/// `wounds caused by what activists said was shelling`.
pub(crate) fn opens_clause_before_subject(l: &str) -> bool {
    matches!(l, "after" | "before" | "what")
}

/// [`opens_clause_before_subject`], or a subordinating conjunction (`complained when palace
/// officials said`, `though robbins says`): for the subject of the verb the clause leads to.
/// (`once` is left out, as often an adverb: `mitt romney once again said`. The pronoun rules
/// keep the narrower list: in `when norton asked her …, she replied`, the name after `when`
/// asks and is not who replies.)
pub(crate) fn opens_subordinate_clause(l: &str) -> bool {
    opens_clause_before_subject(l)
        || matches!(
            l,
            "when" | "while" | "because" | "although" | "though" | "whereas" | "unless" | "until"
        )
}

/// True when `w` (lower case `l`) goes on a title after its head: a connector or a capitalised
/// word (`Secretary of State`, `Minister for Foreign Affairs`, `Ambassador to the UN`).
fn title_goes_on(w: &str, l: &str) -> bool {
    matches!(l, "of" | "for" | "to" | "the" | "and") || starts_upper(w)
}

/// True when the subject `toks` end with is the object of a noun of kinship or representation
/// (`the father of … kang`, `a lawyer for maria costa`, `a neighbour of the victim`): reading back
/// over at most eight words joined by single spaces, an `of` or `for` follows such a noun. The
/// speaker is then the relative or the lawyer, whom the phrase describes but does not name.
fn relation_object(text: &str, toks: &[Tok]) -> bool {
    let mut j = toks.len().saturating_sub(1);
    let mut words = 0;
    while j >= 2 && words < 8 && in_phrase(text, &toks[j - 1], &toks[j]) {
        let l = toks[j - 1].text(text).to_lowercase();
        if matches!(l.as_str(), "and" | "or" | "but" | "who" | "that" | "which") {
            return false;
        }
        if (l == "of" || l == "for")
            && joined_by_space(text, toks[j - 2].span, toks[j - 1].span)
            && is_relation_noun(&toks[j - 2].text(text).to_lowercase())
        {
            return true;
        }
        j -= 1;
        words += 1;
    }
    false
}

/// True when `b` goes on the phrase of `a`: a single space, or an initial's or a title's stop and
/// a space (`ikaika e. kang`, `one person close to ms. nielsen`).
pub(crate) fn in_phrase(text: &str, a: &Tok, b: &Tok) -> bool {
    joined_by_space(text, a.span, b.span)
        || super::names::initial_before(text, a, b)
        || (&text[a.span.end..b.span.start] == ". " && is_honorific(&a.text(text).to_lowercase()))
}

/// Nouns of kinship, personal ties and legal representation: a closed class of English, written
/// out here (`father`, `widow`, `neighbour`, `lawyer`).
fn is_relation_noun(l: &str) -> bool {
    matches!(
        l,
        "father"
            | "mother"
            | "son"
            | "daughter"
            | "wife"
            | "husband"
            | "brother"
            | "sister"
            | "widow"
            | "widower"
            | "parent"
            | "parents"
            | "stepfather"
            | "stepmother"
            | "stepson"
            | "stepdaughter"
            | "grandfather"
            | "grandmother"
            | "grandson"
            | "granddaughter"
            | "grandparents"
            | "uncle"
            | "aunt"
            | "nephew"
            | "niece"
            | "cousin"
            | "fiance"
            | "fiancee"
            | "fiancé"
            | "fiancée"
            | "girlfriend"
            | "boyfriend"
            | "ex-wife"
            | "ex-husband"
            | "friend"
            | "friends"
            | "neighbor"
            | "neighbour"
            | "neighbors"
            | "neighbours"
            | "relative"
            | "relatives"
            | "family"
            | "classmate"
            | "roommate"
            | "colleague"
            | "lawyer"
            | "lawyers"
            | "attorney"
            | "attorneys"
            | "biographer"
    )
}

/// The sex a kinship noun gives the person it names (`father` → male, `widow` → female); none for
/// the nouns either sex may be (`cousin`, `lawyer`).
fn relation_gender(l: &str) -> Option<Gender> {
    match l {
        "father" | "son" | "husband" | "brother" | "widower" | "stepfather" | "stepson"
        | "grandfather" | "grandson" | "uncle" | "nephew" | "fiance" | "fiancé" | "boyfriend"
        | "ex-husband" => Some(Gender::Male),
        "mother" | "daughter" | "wife" | "sister" | "widow" | "stepmother" | "stepdaughter"
        | "grandmother" | "granddaughter" | "aunt" | "niece" | "fiancee" | "fiancée"
        | "girlfriend" | "ex-wife" => Some(Gender::Female),
        _ => None,
    }
}

/// Prepositions that make the following name an object.
pub fn is_preposition(l: &str) -> bool {
    matches!(
        l,
        "to" | "of"
            | "for"
            | "with"
            | "by"
            | "from"
            | "at"
            | "in"
            | "on"
            | "about"
            | "against"
            | "over"
            | "under"
            | "near"
            | "between"
            | "among"
            | "like"
            | "than"
            | "into"
            | "toward"
            | "towards"
            | "behind"
            | "after"
            | "before"
            | "during"
            | "without"
    )
}

/// Auxiliaries and adverbs that may stand between a subject and its verb.
pub(crate) fn is_aux_or_adverb(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "has"
            | "have"
            | "had"
            | "also"
            | "later"
            | "earlier"
            | "previously"
            | "again"
            | "then"
            | "recently"
            | "reportedly"
            | "separately"
            | "once"
            | "further"
            | "himself"
            | "herself"
            | "itself"
            | "would"
            | "will"
            | "repeatedly"
            | "publicly"
            | "flatly"
            | "firmly"
            | "strongly"
            | "quickly"
            | "immediately"
            | "already"
            | "never"
            | "often"
            | "always"
            | "insistently"
            | "subsequently"
            | "last"
            | "first"
    )
}

/// Lower-case nouns that name an organisation when written with `the`.
pub fn is_org_noun(w: &str) -> bool {
    matches!(
        w,
        "ministry"
            | "government"
            | "army"
            | "military"
            | "group"
            | "company"
            | "agency"
            | "department"
            | "council"
            | "committee"
            | "organisation"
            | "organization"
            | "embassy"
            | "office"
            | "administration"
            | "coalition"
            | "police"
            | "kremlin"
            | "pentagon"
            | "regime"
            | "authorities"
            | "cabinet"
            | "parliament"
            | "commission"
            | "court"
            | "firm"
            | "bank"
            | "union"
            | "alliance"
            | "party"
            | "movement"
            | "militia"
            | "presidency"
    )
}

/// True for a US politician's party-and-state tag as news prints it in brackets after the name
/// (`d-middlesex`, `r-ky.`, `R-Calif.`, `d-n.y.`, `r., wis.`, `i-maine`): a party letter, then a
/// hyphen, a dot or a comma, then at most two short words of the state or district.
fn party_tag(tag: &str) -> bool {
    let mut chars = tag.chars();
    let party = chars.next().map(|c| c.to_ascii_lowercase());
    let sep = chars.next();
    matches!(party, Some('d' | 'r' | 'i'))
        && matches!(sep, Some('-' | '.' | ','))
        && tag.len() <= 24
        && tag.split_whitespace().count() <= 2
        && tag[1..]
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | ',' | ' ' | '\''))
        && tag[2..].chars().any(char::is_alphabetic)
}
