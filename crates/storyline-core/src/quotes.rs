//! Who said what: direct quotes in quotation marks and reported speech, attributed to actors.
//!
//! # Method
//! Rules over the content blocks of each kept document; a statistical quote attributor would need
//! annotated news we cannot ship, and the news forms are few and regular.
//!
//! **Direct quotes** are found per block: curly pairs `“…”`, and straight `"` marks paired in order;
//! LaTeX-style pairs (` ``…'' `, the LDC newswire corpora's convention) are read as straight marks
//! on the document's [`crate::model::Document::marked_text`], and the quoted words are shown from the
//! article text itself.
//! Straight marks are paired in order until a mark that can only close a quote (`…, " he said`)
//! comes where an opening one is due: a mark was lost in scraping, and the pairing is set right
//! there (see `closes_before_tag`) instead of turning every later quote of the block inside out.
//! A quote left open at the end of a block runs to the block's end (news opens every paragraph of a
//! multi-paragraph quote and closes only the last). Quotes of fewer than two words are scare quotes
//! and skipped, and so are unattributed quotes of two or three words inside a running sentence
//! (`reached a “tacit agreement” on …`): a borrowed term, not speech, and so too, whoever speaks,
//! when they follow a preposition (`warned residents to “stay away” from “terrorist positions”`)
//! or name the noun after them (`his “Iron Curtain” speech`); the name of a work (`the talk radio
//! show, “Morning in America,”`, `a song titled “…”`, `the “Ant-Man” trailer`) is no speech of
//! anyone's, however short or long (up to eight words); a quote inside reported
//! speech is listed only within it (`his “good friend” Kerry`, `it was “now essential to prevent a
//! disruption”`). A quote interrupted by its tag (`“We will,” he said, “go on.”`) is one quote in two
//! [`Quote::parts`], the tag left out. The speaker is looked for, in
//! order: right after the closing mark (`…,” Kerry said`, `…,” said Kerry`, `…,” she said`);
//! before the opening mark in the same sentence, at the last speech verb (`Kerry said there was “a
//! little bit of progress”`, `…, adding that: “…”` takes the subject of the verb it hangs on); and,
//! for a quote with no attribution of its own, the speaker of the quote before it in the block, or
//! of the previous block when the quote opens its block.
//!
//! **Reported speech** is found per sentence, outside quotation marks: `X said (that) …`,
//! `X told Reuters that …`, `…, X said.`, `…, X has told the UN.`, `Terrorism, X stated, requires …`
//! (two parts, the tag left out),
//! `…, stating that …`, and `according to X`. What evidence shows (`a study suggested that …`,
//! `the radar imagery revealed that …`) is nobody's statement and no quote. `asked` reports nothing (a question or a request is not a
//! statement); it only tags a direct quote (`“…?” she asked`). Weaker verbs (`added`, `warned`, `confirmed`) need a
//! `that` clause; `said in a speech in Brussels.` with no clause is no report. What someone did
//! not say (`police have not said …`, `i never said …`) and an indirect question (`said what …`,
//! `tells us how …`) report nothing.
//!
//! Speakers are resolved by [`attribution`]: the actor mention right before the verb unless it is a
//! prepositional object, pronouns to the most recent person, `the ministry` to the most recent
//! ministry actor. A generic subject (`Activists said`) gives a quote with no speaker. A speaker no
//! actor stands for (`said chris napolitano, president of …` in text that lost its capitals) is
//! named by the words of the text, capitalised (`quotes/names.rs`): [`Quote::speaker`] is then that name,
//! not an actor's. A quote followed by a tag of its own that names someone else does not inherit
//! the last speaker.

pub mod attribution;
mod described;
pub(crate) mod names;

use storyline_text::{Span, marks};

use crate::actors::text::{Tok, tokens};
use crate::model::{
    Actor, CitedSpan, Quote, QuoteKind, SpeakerDescription, Story, SummarySentence,
};
use attribution::{DocCtx, MentionIndex, Subject, is_preposition};

/// Direct and reported quotes, attributed to actors, in source and text order.
pub fn quotes(story: &Story, actors: &[Actor]) -> Vec<Quote> {
    quotes_with(story, actors, &MentionIndex::new(story, actors))
}

/// [`quotes`] over the actors' mentions already indexed (the engine indexes them once for quotes
/// and contradictions).
pub fn quotes_with(story: &Story, actors: &[Actor], index: &MentionIndex) -> Vec<Quote> {
    let mut out = Vec::new();
    for (d, doc) in story.documents.iter().enumerate() {
        if !story.kept.get(d).copied().unwrap_or(true) {
            continue;
        }
        let ctx = DocCtx {
            doc,
            index: d,
            mentions: index,
            actors,
        };
        doc_quotes(&ctx, &mut out);
    }
    drop_phrases_inside_reports(&mut out);
    out
}

/// Names the speaker of each summary sentence that is a quotation without one of its own
/// (`“Why should it be delayed?`, `“We have done that.”`: it opens with a mark and has no speech
/// verb; or it lies inside a quotation opened in a sentence before it): the speaker of the direct
/// quote found in that sentence. Out of context the reader cannot
/// tell who speaks; the sentence stays as it is and the name is shown beside it. (Leaving such
/// sentences out of summaries cost 0.2–0.4 ROUGE-1 on Multi-News val: the reference writers quote
/// them.)
pub fn name_summary_speakers(story: &Story, quotes: &[Quote], summary: &mut [SummarySentence]) {
    for s in summary.iter_mut() {
        let Some(at) = s.spans.first() else { continue };
        let Some(doc) = story.documents.get(at.source as usize - 1) else {
            continue;
        };
        let text = Span::new(at.start, at.end).slice(doc.marked_text());
        let pronoun = pronoun_tagged(text);
        // A sentence inside a quotation that opened before it (`“We won. It was hard.”`: `It was
        // hard.”`), or in its middle with no marks at all.
        let inside = || {
            quotes.iter().any(|q| {
                q.kind == QuoteKind::Direct
                    && q.span.source == at.source
                    && q.span.start < at.start
                    && at.start < q.span.end
            }) && !has_speech_verb(text)
        };
        if !pronoun && !unattributed_quote(text) && !inside() {
            continue;
        }
        let overlaps = |q: &&Quote| {
            q.span.source == at.source && q.span.start < at.end && at.start < q.span.end
        };
        // A direct quote's speaker first; a `he said` sentence may hold only a reported one.
        let quote = quotes
            .iter()
            .filter(overlaps)
            .find(|q| q.kind == QuoteKind::Direct)
            .or_else(|| {
                quotes
                    .iter()
                    .filter(overlaps)
                    .find(|q| pronoun && q.kind == QuoteKind::Reported)
            });
        s.speaker = quote.and_then(|q| q.speaker.clone());
        // No one named: the words describing the speaker, if the quote's tag (or the one before
        // it) had them (`“…,” his family said. “He passed away peacefully.”`).
        s.speaker_description = quote
            .filter(|q| q.speaker.is_none())
            .and_then(|q| q.speaker_description.clone());
    }
}

/// True when the speaker of `text` is a pronoun in a tag (`“…,” he said.`, `In the aftermath,
/// she said, NATO must …`, `…, he added.`): `he` or `she` opening the sentence's words or set off
/// by a comma or a closing mark, right before a speech verb. Out of its paragraph the reader cannot
/// tell who `he` is. (`Kerry said he would …` is no tag: the pronoun is the report's subject.)
fn pronoun_tagged(text: &str) -> bool {
    // Words as byte ranges (letters only), so the gaps between them can be read.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    words.windows(2).enumerate().any(|(k, pair)| {
        let (p, v) = (&text[pair[0].0..pair[0].1], &text[pair[1].0..pair[1].1]);
        let gap_before = &text[k.checked_sub(1).map_or(0, |j| words[j].1)..pair[0].0];
        matches!(p, "he" | "she" | "He" | "She")
            && speech_verb(v).is_some_and(|s| s != Strength::Participle)
            && (k == 0 || gap_before.contains([',', '”', '"', '»']))
    })
}

/// True when `text` opens with a quotation mark and has no speech verb or `according`.
fn unattributed_quote(text: &str) -> bool {
    text.trim_start().starts_with(['"', '“', '«']) && !has_speech_verb(text)
}

/// True when `text` has a speech verb or `according` (it names its own source).
fn has_speech_verb(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| w == "according" || speech_verb(&w.to_lowercase()).is_some())
}

/// Words in marks inside reported speech (`Lavrov said his “good friend” Kerry had …`, `Lavrov
/// said it was “now essential to prevent a disruption” of …`) are shown by the reported quote
/// around it, marks and all; listed again on their own they are a fragment of the same sentence,
/// read twice.
fn drop_phrases_inside_reports(quotes: &mut Vec<Quote>) {
    let reports: Vec<CitedSpan> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .map(|q| q.span)
        .collect();
    quotes.retain(|q| {
        q.kind != QuoteKind::Direct
            || !reports.iter().any(|r| {
                r.source == q.span.source && r.start <= q.span.start && q.span.end <= r.end
            })
    });
}

/// Who speaks a quote: an actor, or a name no actor stands for (words of the document's text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Actor(usize),
    Named(Span),
}

/// True when someone other than `previous` is the subject of a verb of speech in `gap`, the
/// text between two quotes (`“…?” … Elisse b. Walter, chair of the sec, said that …. “…, ”
/// walter`): the quote after the gap is no longer the last speaker's, even when the speaker
/// named there is no actor.
fn speaks_between(
    ctx: &DocCtx<'_>,
    block: Span,
    marks: &[Marked],
    gap: Span,
    previous: Option<Who>,
) -> bool {
    let text = ctx.doc.marked_text();
    tokens(text, gap).iter().any(|t| {
        let w = t.text(text);
        if !w.starts_with(char::is_lowercase) || speech_verb(w).is_none() {
            return false;
        }
        let sentence = sentence_start(text, block, t.span.start, marks);
        let who =
            match ctx.subject_before(clause_start(sentence, marks, t.span.start), t.span.start) {
                Subject::Actor(a) => Who::Actor(a),
                Subject::Named(s) => Who::Named(s),
                _ => return false,
            };
        previous.is_none_or(|p| !same_speaker(ctx, p, who))
    })
}

/// True when `a` and `b` name one speaker: one actor, or shown names ending on the same word
/// (`Warren`, `Elizabeth Warren`).
fn same_speaker(ctx: &DocCtx<'_>, a: Who, b: Who) -> bool {
    let last = |w: Who| {
        speaker_name(ctx, w)
            .split_whitespace()
            .next_back()
            .map(str::to_lowercase)
    };
    a == b || last(a) == last(b)
}

/// The speaker's name as a quote shows it: the actor's canonical name, or the words of the text
/// naming them ([`names::display`]).
fn speaker_name(ctx: &DocCtx<'_>, who: Who) -> String {
    match who {
        Who::Actor(a) => ctx.actors[a].name.clone(),
        Who::Named(s) => names::display(ctx.doc.slice(s)),
    }
}

/// A quotation in a block: the marks and the quoted text.
#[derive(Clone, Copy, Debug)]
struct Marked {
    /// From the opening mark to past the closing mark (or the block end).
    outer: Span,
    /// The quoted words (trimmed, trailing comma dropped).
    inner: Span,
    /// Whether a closing mark was found.
    closed: bool,
}

fn doc_quotes(ctx: &DocCtx<'_>, out: &mut Vec<Quote>) {
    let doc = ctx.doc;
    let text = doc.marked_text();
    let source = doc.id().0 + 1;
    let mut previous_block_speaker: Option<Option<Who>> = None;
    let mut pending_open: Option<usize> = None;
    let blocks: Vec<Span> = doc.cleaned.content().map(|b| b.span).collect();
    for block in blocks {
        let marks = find_quotes(text, block);
        let mut last_speaker: Option<Option<Who>> = None;
        // The description of the last quote's speaker, when its own tag described them: an
        // untagged quote right after it that would take the last speaker takes it (`“…,” his
        // family said in a statement. “He passed away peacefully …”`).
        let mut last_description: Option<Span> = None;
        // The entry in `out` of the quote before, if it was listed.
        let mut previous_out: Option<usize> = None;
        for (qi, q) in marks.iter().enumerate() {
            let mut speaker = trailing_speaker(ctx, q, block);
            if speaker == Subject::Nothing {
                speaker = leading_speaker(ctx, &marks, qi, block);
            }
            if speaker == Subject::Nothing && text[..q.outer.start].trim_end().ends_with(':') {
                // `Her rival, Ruth Okafor, disagreed: “…”`: the sentence's subject speaks.
                let start = sentence_start(text, block, q.outer.start, &marks);
                let start = clause_start(start, &marks, q.outer.start);
                speaker = first_subject(ctx, start, q.outer.start);
            }
            if speaker == Subject::Nothing && qi > 0 {
                // Another person named since the last quote breaks the chain of inheritance.
                let gap = Span::new(marks[qi - 1].outer.end, q.outer.start);
                let previous = last_speaker.flatten();
                let named = ctx.mentions.within(ctx.index, gap).any(|(_, a)| {
                    ctx.actors[a].kind == "person" && Some(Who::Actor(a)) != previous
                }) || speaks_between(ctx, block, &marks, gap, previous);
                if named {
                    last_speaker = Some(None);
                    last_description = None;
                }
            }
            let mut chained_description = None;
            let resolved = match speaker {
                Subject::Actor(a) => Some(Who::Actor(a)),
                Subject::Named(s) => Some(Who::Named(s)),
                Subject::Generic | Subject::Described(_) => None,
                Subject::Nothing => {
                    let opens_block = text[block.start..q.outer.start].trim().is_empty();
                    // A short phrase in marks inside a running sentence, or words in marks
                    // after a verb of speech whose subject is no actor (`while the philippines
                    // has expressed "serious concern"`, `called on pyongyang "to reconsider …`),
                    // are that sentence's, not the last speaker's. (`The relatives are
                    // ``putting a bunch of toys …''` in the sentence right after `''…,''
                    // Gonzalez said.` goes on with his words.)
                    let sentence = sentence_start(text, block, q.outer.start, &marks);
                    let clause = clause_start(sentence, &marks, q.outer.start);
                    let before = text[clause..q.outer.start].trim();
                    let right_after = qi > 0 && {
                        // The sentence right after the last quote's tag: one stop between.
                        let gap = &text[marks[qi - 1].outer.end..q.outer.start];
                        gap.matches(". ").count() + gap.matches("? ").count() <= 1
                    };
                    let opens_sentence = before.is_empty()
                        || before.ends_with(':')
                        || (right_after
                            && word_count(q.inner.slice(text)) >= 4
                            && !before
                                .split(|c: char| !c.is_alphabetic())
                                .any(|w| quote_verb(&w.to_lowercase())));
                    let inherited = last_speaker.or(if opens_block {
                        previous_block_speaker
                    } else {
                        None
                    });
                    // A quote with a tag of its own that names no one we know (`“…” said erath
                    // county judge tab thompson`, `“…,” olu k. orange, an attorney, said`) is
                    // not the last speaker's.
                    // (A quote ending in a full stop ends its sentence: the words after it are
                    // the next one's.)
                    let tag = (q.closed && !q.inner.slice(text).ends_with('.'))
                        .then(|| tag_after(text, q.outer.end, block.end))
                        .flatten();
                    // Only from the quote right before, whose own tag described the speaker, in the
                    // sentence before, with no other verb of speech between (`“…,” the source
                    // said. “…”`).
                    let one_tag = || {
                        let gap = &text[marks[qi - 1].outer.end..q.outer.start];
                        let stops = gap.matches(". ").count()
                            + gap.matches("? ").count()
                            + gap.matches("! ").count();
                        stops <= 1
                            && gap
                                .split(|c: char| !c.is_alphabetic())
                                .filter(|w| speech_verb(&w.to_lowercase()).is_some())
                                .count()
                                <= 1
                    };
                    // (A tag of its own that only has a pronoun, `“…,” it adds`, goes on with the
                    // description as well.)
                    let pronoun_tag = tag.as_ref().is_none_or(|t| {
                        t.iter()
                            .any(|w| matches!(w.as_str(), "he" | "she" | "it" | "they"))
                    });
                    if qi > 0
                        && last_speaker == Some(None)
                        && opens_sentence
                        && pronoun_tag
                        && one_tag()
                    {
                        chained_description = last_description;
                    }
                    inherited.flatten().filter(|&w| {
                        opens_sentence
                            && tag
                                .as_ref()
                                .is_none_or(|t| !tag_names_another(t, &speaker_name(ctx, w)))
                    })
                }
            };
            last_speaker = Some(resolved);
            last_description = match speaker {
                Subject::Described(s) => Some(s),
                _ => None,
            };
            let description = last_description
                .or(chained_description)
                .map(|s| describe(source, doc, s));
            if resolved.is_some()
                && qi > 0
                && !marks[qi - 1].closed
                && marks[qi - 1].outer.end == q.outer.start
                && let Some(i) = previous_out
                && out[i].speaker.is_none()
            {
                // The paragraph before of the same quotation (`“… interest. "understanding …,”
                // he said`): its tag is this one's.
                out[i].speaker = resolved.map(|w| speaker_name(ctx, w));
            }
            if resolved.is_some()
                && let Some(i) = pending_open.take()
                && text[block.start..q.outer.start].trim().is_empty()
            {
                let name = resolved.map(|w| speaker_name(ctx, w));
                for q in &mut out[i..] {
                    if q.speaker.is_none() && q.kind == QuoteKind::Direct {
                        q.speaker.clone_from(&name);
                    }
                }
            }
            if qi > 0 && continues_across_tag(text, &marks[qi - 1], q) {
                // `“We will,” he said, “go on.”`: one quote in two parts, the tag left out.
                let first = marks[qi - 1].inner;
                let pieces = [first, q.inner];
                let merged = Quote {
                    speaker: resolved.map(|w| speaker_name(ctx, w)),
                    speaker_description: description,
                    text: joined_text(doc, &pieces),
                    kind: QuoteKind::Direct,
                    source,
                    span: cited(source, Span::new(first.start, q.inner.end)),
                    parts: pieces.iter().map(|p| cited(source, *p)).collect(),
                };
                if let Some(i) = previous_out {
                    let speaker = out[i].speaker.take().or(merged.speaker.clone());
                    let speaker_description = out[i]
                        .speaker_description
                        .take()
                        .or(merged.speaker_description.clone())
                        .filter(|_| speaker.is_none());
                    out[i] = Quote {
                        speaker,
                        speaker_description,
                        ..merged
                    };
                } else {
                    out.push(merged);
                    previous_out = Some(out.len() - 1);
                }
                continue;
            }
            previous_out = None;
            let words = word_count(q.inner.slice(text));
            // A short phrase in marks inside a running sentence, with no speaker, is a scare quote
            // or a term the writer borrows (`have reached a “tacit agreement” on`), not speech.
            let borrowed = words < 4 && {
                let before = text[block.start..q.outer.start].trim_end();
                // Whoever the sentence's subject is, a phrase in marks after a preposition
                // (`warned residents to “stay away” from “terrorist positions”`) or naming the
                // noun after it (`his “Iron Curtain” speech`) is a term the writer borrows.
                let last_word = before
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                let modifies_noun = q.closed
                    && text[q.outer.end..block.end]
                        .strip_prefix(' ')
                        .and_then(|r| r.split_whitespace().next())
                        .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
                        .is_some_and(|w| {
                            w.starts_with(char::is_lowercase)
                                && w.chars().all(char::is_alphabetic)
                                && !is_preposition(w)
                                && !matches!(
                                    w,
                                    "and"
                                        | "or"
                                        | "but"
                                        | "he"
                                        | "she"
                                        | "which"
                                        | "that"
                                        | "who"
                                        | "as"
                                        | "when"
                                        | "if"
                                )
                                && speech_verb(w).is_none()
                        });
                // A phrase after a possessive is a title (`said on nbc's “meet the press”`).
                let possessive = before.ends_with("'s") || before.ends_with("’s");
                before.ends_with(char::is_alphanumeric)
                    && (resolved.is_none()
                        || is_preposition(&last_word)
                        || modifies_noun
                        || possessive)
            };
            let title = words <= 8 && names_a_work(text, q, block);
            // Words in marks that nobody is given and that are the subject of the verb right
            // after them (`" saturday night live " has staged`, `" gulliver's travels " is`) name
            // something; they are not speech.
            let subject_of_verb = resolved.is_none()
                && description.is_none()
                && words <= 8
                && !q.inner.slice(text).trim_end().ends_with(['.', '?', '!'])
                && q.closed
                && text[q.outer.end..block.end]
                    .strip_prefix(' ')
                    .and_then(|r| r.split_whitespace().next())
                    .is_some_and(|w| {
                        matches!(
                            w,
                            "is" | "was"
                                | "are"
                                | "were"
                                | "has"
                                | "have"
                                | "had"
                                | "will"
                                | "would"
                                | "became"
                                | "becomes"
                                | "remains"
                        )
                    });
            if words >= 2 && !borrowed && !title && !subject_of_verb {
                out.push(Quote {
                    speaker: resolved.map(|w| speaker_name(ctx, w)),
                    speaker_description: description,
                    text: doc.slice(q.inner).to_string(),
                    kind: QuoteKind::Direct,
                    source,
                    span: cited(source, q.inner),
                    parts: Vec::new(),
                });
                previous_out = Some(out.len() - 1);
            }
        }
        // A quote left open at the block's end continues in the next block, whose attribution
        // (`“…,” she said`) then covers it too.
        pending_open = marks.last().filter(|q| !q.closed).and_then(|_| {
            out.iter()
                .rposition(|q| q.kind == QuoteKind::Direct && q.source == source)
        });
        previous_block_speaker = marks
            .last()
            .filter(|q| !q.closed || text[q.outer.end..block.end].trim().len() < 40)
            .and(last_speaker);
        for s in doc.sentences.iter().filter(|s| block.contains(s.span)) {
            if let Some(q) = reported(ctx, s.span, &marks) {
                out.push(q);
            }
        }
    }
    out.sort_by_key(|q| (q.source, q.span.start, q.span.end));
}

/// The words of a speech tag after the closing mark at `from`, if one follows in its sentence: a
/// speech verb within ten words (`said erath county judge tab thompson`, `olu k. orange, an
/// attorney for the plaintiffs, said`), before a sentence's stop (an initial's or a title's is
/// none) or a quotation mark. The words run to the verb and the six after it.
fn tag_after(text: &str, from: usize, limit: usize) -> Option<Vec<String>> {
    let words: Vec<&str> = text[from..limit].split_whitespace().take(16).collect();
    for (k, w) in words.iter().enumerate().take(10) {
        if w.contains(['"', '“', '”']) {
            return None;
        }
        let bare = w.trim_end_matches([',', '.', ';', ':', '!', '?']);
        let lower = bare.to_lowercase();
        if tag_verb(&lower)
            && (!emotive_tag(&lower)
                || bare.len() < w.len()
                || ends_emotive_tag(words.get(k + 1).copied().unwrap_or("")))
        {
            let end = (k + 7).min(words.len());
            return Some(
                words[..end]
                    .iter()
                    .map(|w| {
                        w.trim_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase()
                    })
                    .filter(|w| !w.is_empty())
                    .collect(),
            );
        }
        let abbreviation = bare.chars().count() == 1
            || crate::actors::lexicon::is_honorific(&lower)
            || crate::actors::lexicon::is_role_head(&lower);
        if w.ends_with(['.', '!', '?', ';', ':']) && !abbreviation {
            return None;
        }
    }
    None
}

/// True when the speech tag `tag` ([`tag_after`]) names someone other than `name`: it has no
/// third-person pronoun (`she continued`, `said he`) and not the last word of `name`.
fn tag_names_another(tag: &[String], name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
    !tag.iter()
        .any(|w| matches!(w.as_str(), "he" | "she" | "it" | "they") || *w == last)
}

/// True when quote `q` goes on with the sentence of quote `prev` across a short tag between them:
/// `“We will,” he said, “go on.”` (the first part ends in a comma, the tag holds a speech verb and
/// ends in a comma, the second part opens in lower case).
fn continues_across_tag(text: &str, prev: &Marked, q: &Marked) -> bool {
    if !prev.closed || q.outer.start < prev.outer.end {
        return false;
    }
    let comma_inside = text[..prev.outer.end]
        .trim_end_matches(['”', '"', '»'])
        .ends_with(',');
    let between = &text[prev.outer.end..q.outer.start];
    let tag = between.trim_start_matches([',', ' ']).trim_end();
    let opens_lower = q.inner.slice(text).starts_with(char::is_lowercase);
    (comma_inside || between.starts_with(','))
        && opens_lower
        && tag.ends_with(',')
        && !tag.contains(['.', ';', ':', '!', '?', '“', '”', '"', '\n'])
        && (1..=6).contains(&word_count(tag))
        && tag
            .split(|c: char| !c.is_alphabetic())
            .any(|w| speech_verb(w).is_some())
}

fn joined(text: &str, a: &Tok, b: &Tok) -> bool {
    text[a.span.end..b.span.start].trim().is_empty()
}

fn cited(source: u32, s: Span) -> CitedSpan {
    CitedSpan {
        source,
        start: s.start,
        end: s.end,
    }
}

fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Quotations of a block, in order.
fn find_quotes(text: &str, block: Span) -> Vec<Marked> {
    let s = &text[block.range()];
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (position, mark length)
    let mut straight = false;
    // Where the last straight pair closed: (`out.len()` after it was pushed, the mark's offset).
    let mut last_straight: Option<(usize, usize)> = None;
    let close = |out: &mut Vec<Marked>, o: (usize, usize), end: usize, after: usize, closed| {
        let inner = trim_quote(text, Span::new(block.start + o.0 + o.1, block.start + end));
        if !inner.is_empty() {
            out.push(Marked {
                outer: Span::new(block.start + o.0, block.start + after),
                inner,
                closed,
            });
        }
    };
    for (i, c) in s.char_indices() {
        match c {
            '“' | '«' | '„' => {
                if let Some(o) = open.take() {
                    close(&mut out, o, i, i, false);
                }
                open = Some((i, c.len_utf8()));
                straight = false;
            }
            '”' | '»' => {
                if let Some(o) = open.take()
                    && !straight
                {
                    close(&mut out, o, i, i + c.len_utf8(), true);
                }
            }
            '"' => {
                if let Some(o) = open
                    && straight
                {
                    if reopens_paragraph(s, o.0, i) {
                        // `“… last year. "understanding that …`: paragraphs run together, and the
                        // mark that opened the next one is no close. The quote so far ends here.
                        close(&mut out, o, i, i, false);
                        open = Some((i, 1));
                        last_straight = None;
                        continue;
                    }
                    open = None;
                    close(&mut out, o, i, i + 1, true);
                    last_straight = Some((out.len(), i));
                } else if open.is_none() {
                    if closes_before_tag(s, i) {
                        // A mark that closes a quote (`…, " he said`) where pairing in order would
                        // open one: a mark was lost in scraping. If the last straight close was
                        // no close before a tag either, it was the opening of this quote and the
                        // quote before it lost its closing mark: that one's extent is unknown, so
                        // it is dropped. Otherwise this quote's opening mark was lost, and the
                        // mark is skipped. Either way the marks after it pair the right way round.
                        if let Some((n, at)) = last_straight.take()
                            && n == out.len()
                            && !closes_before_tag(s, at)
                        {
                            out.pop();
                            close(&mut out, (at, 1), i, i + 1, true);
                            last_straight = Some((out.len(), i));
                        }
                        continue;
                    }
                    open = Some((i, 1));
                    straight = true;
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        close(&mut out, o, s.len(), s.len(), false);
    }
    out
}

/// True when the straight mark at `i` of `s` can only close a quote: it follows the quote's last
/// punctuation (`,` `?` `!`; a full stop ends sentences inside quotes too) and a speech tag follows
/// it: a speech verb first (`…, " said sgt. Rob knapton`) or ending the tag within three words
/// (`…, " he said.`, `…? " the officer asked,`, `…, " he continued.`), or followed by when or where
/// it was said after a subject of names and role words (`…, " loggains said thursday on …`, `…, "
/// chu said at a press conference`, `…, " president donald trump wrote on twitter.`). A verb
/// inside a quote goes on (`, " nobody told me anything`, `, " i said in my head`), so it opens one.
fn closes_before_tag(s: &str, i: usize) -> bool {
    let before = s[..i].trim_end_matches([' ', '\u{a0}']);
    if !before.ends_with([',', '?', '!']) {
        return false;
    }
    let words: Vec<&str> = s[i + 1..].split_whitespace().take(6).collect();
    for (k, w) in words.iter().enumerate().take(5) {
        let bare = w.trim_end_matches([',', '.', ';']);
        let ends_tag = bare.len() < w.len();
        if tag_verb(bare)
            && (!emotive_tag(bare)
                || ends_tag
                || ends_emotive_tag(words.get(k + 1).copied().unwrap_or("")))
        {
            // The subject is names and role words, not a clause of the quote's own.
            let plain_subject = words[..k].iter().all(|w| !clause_word(w));
            let when_where = words
                .get(k + 1)
                .map(|n| n.trim_end_matches([',', '.', ';']))
                .is_some_and(when_or_where);
            return (k == 0 || ends_tag) && (k < 3 || plain_subject)
                || k > 0 && plain_subject && when_where;
        }
        if ends_tag || !bare.chars().all(|c| c.is_alphabetic() || c == '\'') {
            return false;
        }
    }
    false
}

/// A verb that ends a speech tag: a speech verb, or `continued` (`“…,” he continued.`), which
/// reports nothing of its own.
fn tag_verb(w: &str) -> bool {
    speech_verb(w).is_some_and(|v| v != Strength::Participle)
        || w == "continued"
        || tag_only_verb(w)
}

/// Verbs that tag a quote right before them (`“…,” ted recounts`, `“…,” she joked`, `“…,” he
/// adds`, `“…!” bullock laughed`) but are not taken to report speech in a clause of their own (`the study notes that`,
/// `he recalls that`, `police responded to`), where they would bring in findings and actions.
fn tag_only_verb(w: &str) -> bool {
    matches!(
        w,
        "adds"
            | "recalls"
            | "recounts"
            | "recounted"
            | "joked"
            | "jokes"
            | "quipped"
            | "quips"
            | "shouted"
            | "shouts"
            | "exclaimed"
            | "confessed"
            | "confesses"
            | "responded"
            | "responds"
            | "texted"
            | "asks"
            | "remembers"
    ) || emotive_tag(w)
}

/// True when `rest`, the text after an [`emotive_tag`] verb, shows the verb ends its tag: a
/// stop or a comma, the end, or a word that says where or when (`colbert teased in his opening
/// monologue`, `she gushed to people`), not an object (`laughed at her comments`).
fn ends_emotive_tag(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    rest.is_empty()
        || rest.starts_with([',', '.', ';', '!', '?'])
        || rest.split_whitespace().next().is_some_and(|n| {
            matches!(
                n.trim_end_matches([',', '.', ';']),
                "in" | "on" | "during" | "while" | "after" | "before" | "to" | "via" | "as"
            )
        })
}

/// Verbs of how something was said (`“…!” bullock laughed.`, `“…,” williams gushed.`) that tag
/// a quote only when they end the tag: `o'reilly laughed at her comments` after a quote is a
/// new sentence about someone else.
fn emotive_tag(w: &str) -> bool {
    matches!(
        w,
        "laughed" | "laughs" | "sighed" | "sighs" | "gushed" | "gushes" | "deadpanned" | "teased"
    )
}

/// Words of a clause, not of a speaker's name or role: a quote opening `i said on …` or `that's what
/// he said.` is no tag.
fn clause_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "i" | "we"
            | "you"
            | "they"
            | "it"
            | "that"
            | "that's"
            | "what"
            | "this"
            | "there"
            | "who"
            | "which"
            | "and"
            | "but"
            | "so"
            | "if"
            | "when"
            | "not"
            | "never"
            | "nobody"
            | "everyone"
            | "everybody"
            | "someone"
            | "people"
            | "all"
    )
}

/// The first word after a tag's verb that says when or where it was said (`said thursday`, `said
/// in a statement`, `wrote on twitter`, `had said before this final`).
fn when_or_where(w: &str) -> bool {
    let w = w.to_lowercase();
    matches!(
        w.as_str(),
        "today"
            | "yesterday"
            | "tonight"
            | "earlier"
            | "later"
            | "in"
            | "at"
            | "on"
            | "during"
            | "before"
            | "after"
            | "outside"
            | "via"
    ) || storyline_text::time::Weekday::from_name(&w).is_some()
}

/// True when the straight mark at `i` of `s`, due to close the quote opened at `o`, opens the next
/// paragraph of it instead: the quote's words end a sentence, and the mark stands before a word
/// with a space before it and none after (`… vital interest. "understanding that …`), as openings
/// do, and a mark later closes it, unless a tag follows (`… done. "he said.`).
fn reopens_paragraph(s: &str, o: usize, i: usize) -> bool {
    let inside = s[o + 1..i].trim_end_matches([' ', '\u{a0}']);
    s[..i].ends_with(' ')
        && inside.ends_with(['.', '?', '!'])
        // The reopened quote closes later on (a lost space after a close is narration going on:
        // `… the rspca. "the first cat was found …` with no mark after it).
        && s[i + 1..].contains('"')
        && s[i + 1..].starts_with(char::is_alphabetic)
        && word_count(inside) >= 4
        && !s[i + 1..]
            .split_whitespace()
            .take(4)
            .any(|w| tag_verb(w.trim_end_matches([',', '.', ';'])))
}

/// The quoted words: whitespace trimmed, a trailing comma dropped.
fn trim_quote(text: &str, span: Span) -> Span {
    let mut sp = span.trim(text);
    while sp.end > sp.start && text[sp.range()].ends_with([',', ' ', ';']) {
        sp.end -= 1;
        sp = sp.trim(text);
    }
    sp
}

/// Speech verbs: the past and present forms news uses (`said`, `says`, `told`, `stressed`...).
fn speech_verb(w: &str) -> Option<Strength> {
    use Strength::{Participle, Strong, Weak};
    Some(match w {
        "said" | "says" | "told" | "tells" | "stated" | "declared" | "asked" | "replied"
        | "wrote" | "writes" | "answered" => Strong,
        "added" | "stressed" | "warned" | "noted" | "insisted" | "claimed" | "argued"
        | "announced" | "confirmed" | "explained" | "suggested" | "reiterated" | "emphasized"
        | "emphasised" | "acknowledged" | "admitted" | "denied" | "maintained" | "asserted"
        | "predicted" | "reported" | "commented" | "remarked" | "observed" | "believes"
        | "contended" | "conceded" | "revealed" | "indicated" | "agreed" | "complained"
        | "cautioned" | "recalled" | "vowed" | "pledged" | "promised" | "assured" | "testified"
        | "explains" => Weak,
        "saying" | "adding" | "stating" | "noting" | "warning" | "stressing" | "insisting"
        | "telling" | "claiming" | "arguing" | "explaining" | "declaring" | "emphasizing"
        | "emphasising" | "writing" => Participle,
        _ => return None,
    })
}

/// Verbs that may introduce a direct quote in the same sentence without being speech verbs proper
/// (`spoke of a “bleeding Middle East”`, `warned residents to “stay away”`).
fn quote_verb(w: &str) -> bool {
    speech_verb(w).is_some()
        || matches!(
            w,
            "spoke"
                | "speaks"
                | "expressed"
                | "called"
                | "calls"
                | "described"
                | "describes"
                | "urged"
                | "urges"
                | "accused"
                | "criticized"
                | "criticised"
                | "hailed"
                | "welcomed"
                | "dismissed"
                | "condemned"
                | "labelled"
                | "labeled"
                | "termed"
                | "branded"
                | "tweeted"
                | "posted"
                | "continued"
        )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Strength {
    Strong,
    Weak,
    Participle,
}

/// `…,” Kerry said` / `…,” said Kerry` / `…,” she said.`
fn trailing_speaker(ctx: &DocCtx<'_>, q: &Marked, block: Span) -> Subject {
    let text = ctx.doc.marked_text();
    if !q.closed {
        return Subject::Nothing;
    }
    // Only a complete utterance takes a tag after it: `“…,” Kerry said`, `“…?” she asked`,
    // `“…”, he said`, `“… .” she said.` A partial quote inside a sentence (`his “good friend” John
    // Kerry had indicated`) does not.
    let inner_end = q.inner.slice(text).chars().last().unwrap_or(' ');
    // A quotation closing a quotation inside it (`` `Hallelujah,''' ``: `'` then the pair) ends
    // where the inner one does.
    // Scraped text may set the closing mark off by a space (`…, " he said`).
    let raw_inner_end = text[..q.outer.end]
        .trim_end_matches(['”', '"', '»'])
        .trim_end_matches([' ', '\u{a0}'])
        .trim_end_matches(['\'', '’'])
        .chars()
        .last()
        .unwrap_or(' ');
    let comma_after = text[q.outer.end..block.end].starts_with(',');
    if !(matches!(inner_end, '.' | '!' | '?') || raw_inner_end == ',' || comma_after) {
        return Subject::Nothing;
    }
    let rest_span = Span::new(q.outer.end, block.end);
    let rest = rest_span.slice(text);
    let lead = rest.len()
        - rest
            .trim_start_matches([',', ' ', '\u{a0}', '—', '–'])
            .len();
    let after = q.outer.end + lead;
    // The attribution must follow the quote directly (no new sentence, no new quote).
    let toks = tokens(text, Span::new(after, block.end));
    let ends_with_stop = q.inner.slice(text).ends_with(['.', '!', '?']);
    // `“… virtue.” meanwhile over on instagram, lana del rey commented …`: after a quote that
    // ends its sentence, a connective opens the next sentence (text that lost its capitals shows
    // no other sign), whose verb is no tag of this quote.
    if ends_with_stop
        && toks
            .first()
            .is_some_and(|t| opens_next_sentence(&t.text(text).to_lowercase()))
    {
        return Subject::Nothing;
    }
    // Eight words, or eighteen when a name of up to five words and an apposition stand between
    // (`" …, " reta saffo, her older sister by two years, told`).
    for (k, t) in toks.iter().take(18).enumerate() {
        if k >= 8 && !name_and_apposition(&text[after..t.span.start]) {
            break;
        }
        let gap_start = if k == 0 { after } else { toks[k - 1].span.end };
        let gap = &text[gap_start..t.span.start];
        // `…, " mr. Blanco said`: the stop of a title's abbreviation ends no sentence.
        let abbreviation = k > 0 && gap.trim() == "." && {
            let prev = toks[k - 1].text(text).to_lowercase();
            crate::actors::lexicon::is_honorific(&prev)
                || crate::actors::lexicon::is_role_head(&prev)
        };
        // (A bracket opens an inserted link or aside: `… " [ rapinoe responds after the game: …`.)
        // `" …, " rep. paul ryan ( r., wis. ) said`: the stops of a party-and-state tag in
        // brackets end no sentence; only what follows its closing bracket is read (asked only
        // of a gap that holds a stop).
        let stops = ['.', ';', '“', '"', '!', '?', ':', '['];
        if gap.contains(stops) && !abbreviation {
            let before_gap = &text[after..gap_start];
            let close = gap.find(')').unwrap_or(gap.len());
            let in_brackets = before_gap.matches('(').count() > before_gap.matches(')').count()
                && !gap[..close].contains(['"', '“', '!', '?', ';']);
            if !in_brackets || gap.get(close + 1..).is_some_and(|g| g.contains(stops)) {
                return Subject::Nothing;
            }
        }
        let w = t.text(text);
        if !w.starts_with(char::is_lowercase) || (speech_verb(w).is_none() && !tag_only_verb(w)) {
            continue;
        }
        if emotive_tag(w) && !ends_emotive_tag(&text[t.span.end..block.end]) {
            continue;
        }
        let subject = if k == 0 {
            // `…, " said a senior administration official.`: described, not named.
            match ctx.subject_or_description_after(t.span.end, block.end, false) {
                // `…, " said liz balmaseda, who met …`: someone the actors do not know speaks,
                // and the quote is not the speaker's of the quote before.
                Subject::Nothing if names_someone(text, t.span.end, block.end) => Subject::Generic,
                other => other,
            }
        } else {
            ctx.subject_before(after, t.span.start)
        };
        if subject == Subject::Nothing {
            return Subject::Nothing;
        }
        // `“…,” she adds.`: a verb that only tags quotes, whose pronoun finds nobody, leaves the
        // quote to the speaker before it rather than to no one.
        if tag_only_verb(w) && subject == Subject::Generic {
            return Subject::Nothing;
        }
        // `“… here.” Kerry said that …` starts a new report; only a short tag belongs to the quote.
        if ends_with_stop && !short_tag(text, t.span.end, block.end) {
            return Subject::Nothing;
        }
        // `“… we oppose it.” brian brown, president of …, said, “general mills …”`: a tag after
        // a quote that ends its sentence, opening another quote, introduces that one.
        if ends_with_stop
            && k > 0
            && text[t.span.end..block.end]
                .trim_start_matches([',', ':', ' ', '\u{a0}'])
                .starts_with(['"', '“'])
        {
            return Subject::Nothing;
        }
        // `“….” The White House quickly announced support for the decision.`: a new sentence
        // whose verb takes an object; a tag's verb ends it or says when and where (`she added.`).
        if ends_with_stop
            && (speech_verb(w) == Some(Strength::Weak) || tag_only_verb(w))
            && text[t.span.end..block.end]
                .strip_prefix(' ')
                .and_then(|r| r.split_whitespace().next())
                .is_some_and(|n| {
                    let n = n.trim_end_matches([',', '.', ';']);
                    n.chars().all(char::is_alphabetic) && !n.is_empty() && !when_or_where(n)
                })
        {
            return Subject::Nothing;
        }
        return subject;
    }
    Subject::Nothing
}

/// Connectives and sentence adverbs that open a sentence of narration, never a quote's tag
/// (`meanwhile`, `however`, `separately`). A closed class.
fn opens_next_sentence(lower: &str) -> bool {
    matches!(
        lower,
        "meanwhile"
            | "however"
            | "separately"
            | "later"
            | "earlier"
            | "moreover"
            | "furthermore"
            | "nevertheless"
            | "nonetheless"
            | "instead"
            | "still"
            | "yet"
            | "then"
            | "now"
            | "since"
            | "elsewhere"
            | "afterwards"
            | "afterward"
            | "eventually"
            | "finally"
            | "also"
    )
}

/// True when `s` is a name of one to five words and an apposition, each closed by a comma
/// (`reta saffo, spade's older sister by two years, `), or such a name and the start of one
/// (`reta saffo, spade's older`), with no stop between.
fn name_and_apposition(s: &str) -> bool {
    let parts: Vec<&str> = s.split(',').collect();
    // Before a relative clause, a described subject of up to eight words (`the former saturday
    // night live actor, who is engaged to olivia wilde, told`).
    let most = if parts
        .get(1)
        .is_some_and(|p| p.trim_start().starts_with("who "))
    {
        8
    } else {
        5
    };
    (parts.len() == 2 || (parts.len() == 3 && parts[2].trim().is_empty()))
        // Up to five words: a name with its title (`study co-author fabio di vincenzo, a
        // paleoanthropologist at sapienza university of rome, told`).
        && (1..=most).contains(&parts[0].split_whitespace().count())
        && !s.contains(['.', ';', ':', '!', '?', '"', '“', '”'])
}

/// True when words that may name a speaker follow a tag's verb at `from` (`said liz balmaseda`):
/// a word that is not a preposition, a time or a stopword opens what follows.
fn names_someone(text: &str, from: usize, limit: usize) -> bool {
    let rest = &text[from..limit];
    if !rest.starts_with(' ') {
        return false;
    }
    rest.split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches([',', '.', ';']).to_lowercase();
        w.chars().all(char::is_alphabetic)
            && !w.is_empty()
            && !when_or_where(&w)
            && !storyline_text::token::is_stopword(&w)
    })
}

/// True when the sentence ends within a few words after a speech verb (`she said.`), or the
/// verb is followed only by where and when it was said (`Gonzalez said during a news conference
/// in his hometown of Cardenas.`): no `that`, which would start a new report.
fn short_tag(text: &str, from: usize, limit: usize) -> bool {
    let rest = &text[from..limit];
    let end = rest.find(['.', '!', '?', '“', '"']).unwrap_or(rest.len());
    let tag = &rest[..end];
    if tag.contains(" that ") {
        return false;
    }
    word_count(tag) <= 6
        || tag.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "during" | "in" | "at" | "on" | "after" | "before" | "while"
            )
        })
}

/// The speaker from a speech verb before the opening mark in the same sentence.
fn leading_speaker(ctx: &DocCtx<'_>, marks: &[Marked], qi: usize, block: Span) -> Subject {
    let text = ctx.doc.marked_text();
    let q = &marks[qi];
    let start = sentence_start(text, block, q.outer.start, marks);
    let toks: Vec<Tok> = tokens(text, Span::new(start, q.outer.start))
        .into_iter()
        .filter(|t| !marks.iter().any(|m| m.outer.contains(t.span)))
        .collect();
    let mut found = Subject::Nothing;
    for t in &toks {
        let w = t.text(text).to_lowercase();
        if !quote_verb(&w) {
            if w == "according" {
                // `according to X, “…”`
                let after = t.span.end + " to".len();
                let sub = ctx.subject_or_description_after(after, q.outer.start, true);
                if sub != Subject::Nothing {
                    found = sub;
                }
            }
            continue;
        }
        let clause = clause_start(start, marks, t.span.start);
        let sub = ctx.subject_before(clause, t.span.start);
        // A participle hangs on a subject named before it, not on the words right before it
        // (`mitt romney is sharpening his warning … about newt gingrich, declaring …: "…"`,
        // `some carried signs saying "…"`): only a name there is its subject.
        let sub = match sub {
            Subject::Generic | Subject::Described(_)
                if speech_verb(&w) == Some(Strength::Participle) =>
            {
                Subject::Nothing
            }
            other => other,
        };
        match sub {
            Subject::Nothing if speech_verb(&w) == Some(Strength::Participle) => {
                // `…, adding that: “…”` keeps the subject found so far.
                if found == Subject::Nothing {
                    found = first_subject(ctx, start, t.span.start);
                }
                if found == Subject::Nothing
                    && let Some(name) = opening_name(ctx, &toks)
                {
                    found = Subject::Named(name);
                }
            }
            // `Dan Coats paused and asked, "…"`: the subject of the first verb.
            Subject::Nothing
                if toks
                    .iter()
                    .rev()
                    .find(|p| p.span.end <= t.span.start)
                    .is_some_and(|p| matches!(p.text(text), "and" | "but")) =>
            {
                // (Only a person: `pichai, speaking at … google's campus today, emphasized …
                // and said` is no company's.)
                found = match coordination_subject(ctx, start, t.span.start) {
                    Subject::Actor(a) if ctx.actors[a].kind == "person" => Subject::Actor(a),
                    _ => opening_name(ctx, &toks).map_or(found, Subject::Named),
                };
            }
            Subject::Nothing => {
                // `the ministry said, adding ...`: an earlier quote's trailing tag.
                if let Some(prev) = marks[..qi]
                    .iter()
                    .rev()
                    .find(|m| m.outer.end <= t.span.start)
                    .filter(|m| m.outer.end >= start)
                {
                    let tagged = trailing_speaker(ctx, prev, block);
                    if tagged != Subject::Nothing {
                        found = tagged;
                    }
                }
            }
            other => found = other,
        }
    }
    found
}

/// A name no actor stands for that opens the sentence `toks` run through, right before its verb
/// (`chris evans quote-tweeted him, writing, "…"`, `mitt romney is sharpening his warning …,
/// declaring: "…"` in text that lost its capitals): the subject a participle hangs on.
fn opening_name(ctx: &DocCtx<'_>, toks: &[Tok]) -> Option<Span> {
    let text = ctx.doc.marked_text();
    (1..=3.min(toks.len().saturating_sub(1))).find_map(|n| {
        if !opening_verb_at(text, toks, n) {
            return None;
        }
        names::name_before(ctx.mentions, text, &toks[..n])
            .filter(|name| name.start == toks[0].span.start)
    })
}

/// True when `toks[n]` reads as the verb of a sentence whose words `toks[..n]` open it, run on
/// with single spaces: a lower-case past in `-ed`, `is`/`was`, an auxiliary or adverb, or a verb
/// that may introduce a quote.
fn opening_verb_at(text: &str, toks: &[Tok], n: usize) -> bool {
    let verb = toks[n].text(text);
    verb.starts_with(char::is_lowercase)
        && (verb.ends_with("ed")
            || matches!(verb, "is" | "was")
            || attribution::is_aux_or_adverb(verb)
            || quote_verb(verb))
        && toks[..=n]
            .windows(2)
            .all(|w| attribution::in_phrase(text, &w[0], &w[1]))
}

/// Where the clause holding `pos` starts: after the last closed quote before it, within the sentence.
fn clause_start(sentence: usize, marks: &[Marked], pos: usize) -> usize {
    marks
        .iter()
        .filter(|m| m.outer.end <= pos && m.outer.end >= sentence)
        .map(|m| m.outer.end)
        .max()
        .unwrap_or(sentence)
}

/// The start of the sentence holding `pos`: after the last `.`, `!` or `?` outside quotes (or the
/// block start).
fn sentence_start(text: &str, block: Span, pos: usize, marks: &[Marked]) -> usize {
    let s = &text[block.start..pos];
    let mut best = block.start;
    for (i, c) in s.char_indices() {
        let at = block.start + i;
        if matches!(c, '.' | '!' | '?')
            && !marks.iter().any(|m| m.outer.start < at && at < m.outer.end)
            && text[at + 1..].starts_with(char::is_whitespace)
        {
            best = at + 1;
        }
    }
    best
}

/// The first actor in a sentence that is not a prepositional object (the subject of a participle
/// clause: `On Friday, Lavrov addressed the Assembly, stating that …`).
///
/// The word that decides is the last lower-case one before the name, looking past a capitalised
/// title (`to Attorney General Janet Reno`), and a name joined by `and`/`or` to a prepositional
/// object is one too (`sent letters to … Janet Reno and President Clinton and said`).
fn first_subject(ctx: &DocCtx<'_>, start: usize, end: usize) -> Subject {
    let text = ctx.doc.marked_text();
    let mut object_end: Option<usize> = None;
    let mut prev_end = start;
    for (m, a) in ctx.mentions.within(ctx.index, Span::new(start, end)) {
        let kind = ctx.actors[a].kind.as_str();
        // Titles are looked past, other names are not (`The mayor of Lyon, Gregory Doucet`).
        let before = text[prev_end.min(m.start)..m.start].trim_end();
        prev_end = prev_end.max(m.end);
        let prev = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty() && !w.starts_with(char::is_uppercase))
            .unwrap_or("")
            .to_lowercase();
        let joined_to_object = object_end.is_some_and(|e| {
            let words: Vec<&str> = text[e.min(m.start)..m.start]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            words.iter().any(|w| matches!(*w, "and" | "or"))
                && words
                    .iter()
                    .all(|w| matches!(*w, "and" | "or") || w.starts_with(char::is_uppercase))
        });
        if is_preposition(&prev) || joined_to_object {
            object_end = Some(m.end);
            continue;
        }
        if !matches!(kind, "person" | "organization" | "country") {
            continue;
        }
        // `Elian's great-uncle vowed …, and said`: the possessor does not speak; the one they
        // own does, and is no actor.
        if text[m.end..].starts_with("'s") || text[m.end..].starts_with("’s") {
            return Subject::Generic;
        }
        if prev != "the" {
            return if ambiguous_before(ctx, start, m.start) {
                Subject::Generic
            } else {
                Subject::Actor(a)
            };
        }
    }
    Subject::Nothing
}

/// The subject of the first verb of a coordination (`X compared … and said …`): an actor named
/// at the opening of the sentence (before any comma, mark or preposition), whatever its kind: the
/// one right before a past-tense verb in `-ed` (the coordinated verbs share `said`'s tense), else
/// the first. `The Communist Party daily Granma compared Elian with … and said` is the newspaper
/// (typed `other`), not the party nor the first person named. With no such actor, [`first_subject`].
fn coordination_subject(ctx: &DocCtx<'_>, start: usize, end: usize) -> Subject {
    let text = ctx.doc.marked_text();
    let opening: Vec<(Span, usize)> = ctx
        .mentions
        .within(ctx.index, Span::new(start, end))
        .take_while(|(m, _)| {
            let before = &text[start..m.start];
            word_count(before) <= 6
                && !before.contains([',', ';', ':', '"', '“'])
                && !before
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| is_preposition(&w.to_lowercase()))
        })
        // `Elian's great-uncle vowed … and said`: the possessor does not speak.
        .filter(|(m, _)| !text[m.end..].starts_with("'s") && !text[m.end..].starts_with("’s"))
        .collect();
    let next_word = |m: &Span| {
        text[m.end..end]
            .strip_prefix(' ')
            .and_then(|r| r.split_whitespace().next())
            .unwrap_or("")
    };
    // The name right before the verb speaks, whatever its kind (a newspaper may be typed a
    // place).
    let before_verb = opening.iter().find(|(m, _)| {
        let w = next_word(m);
        w.starts_with(char::is_lowercase) && w.ends_with("ed")
    });
    // A name before a noun and another name of its phrase modifies them (`the Communist Party
    // daily Granma`): not the subject.
    let modifier = |m: &Span| {
        let w = next_word(m);
        let after = m.end + 1 + w.len();
        w.starts_with(char::is_lowercase)
            && w.chars().all(char::is_alphabetic)
            && !is_preposition(w)
            && !attribution::is_aux_or_adverb(w)
            && text[after.min(end)..end]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase))
    };
    let head = opening
        .iter()
        .find(|(m, a)| ctx.actors[*a].kind != "place" && !modifier(m));
    match before_verb.or(head) {
        Some(&(m, _)) if ambiguous_before(ctx, start, m.start) => Subject::Generic,
        Some(&(_, a)) => Subject::Actor(a),
        None if !opening.is_empty() => Subject::Generic,
        None => first_subject(ctx, start, end),
    }
}

/// True when the subject right before a verb (`toks` end there, auxiliaries and adverbs looked
/// past) is evidence, not a speaker: a study, data, a poll, images, a theory (`the radar imagery
/// revealed that …`, `Einstein's theory of general relativity predicted that …`). Documents that
/// speak for their authors (`the report said`, `a statement`) are not listed: `said` keeps them.
fn evidence_subject(text: &str, toks: &[Tok]) -> bool {
    let mut k = toks.len();
    while k > 0 && attribution::is_aux_or_adverb(toks[k - 1].text(text)) {
        k -= 1;
    }
    // The head noun, or the noun before a prepositional phrase (`the theory of general
    // relativity`, `a study by the agency`, `a study published in Nature`).
    let words: Vec<String> = toks[k.saturating_sub(6)..k]
        .iter()
        .map(|t| t.text(text).to_lowercase())
        .collect();
    // `experts who looked at the findings stressed that …`: the noun ends a relative clause;
    // `a spokesperson confirmed the report and added that …`: the verb shares a subject.
    if words
        .iter()
        .any(|w| matches!(w.as_str(), "who" | "that" | "which" | "and" | "but" | "or"))
    {
        return false;
    }
    let head = words.last().map(String::as_str);
    let of_head = words
        .iter()
        .position(|w| is_preposition(w))
        .and_then(|i| i.checked_sub(1))
        .map(|i| {
            if words[i].ends_with("ed") && i > 0 {
                words[i - 1].as_str()
            } else {
                words[i].as_str()
            }
        });
    [head, of_head].into_iter().flatten().any(|w| {
        matches!(
            w,
            "study"
                | "studies"
                | "data"
                | "poll"
                | "polls"
                | "survey"
                | "surveys"
                | "research"
                | "analysis"
                | "analyses"
                | "findings"
                | "results"
                | "test"
                | "tests"
                | "evidence"
                | "images"
                | "imagery"
                | "photos"
                | "photographs"
                | "pictures"
                | "footage"
                | "video"
                | "videos"
                | "scans"
                | "records"
                | "figures"
                | "statistics"
                | "numbers"
                | "estimates"
                | "model"
                | "models"
                | "simulations"
                | "observations"
                | "measurements"
                | "experiment"
                | "experiments"
                | "theory"
                | "readings"
                | "samples"
                | "census"
                | "autopsy"
                | "report"
                | "reports"
        )
    })
}

/// True when a surname two persons share and the text does not settle (`Koch`) is named between
/// `start` and `end`: a subject found after it may be no subject at all.
fn ambiguous_before(ctx: &DocCtx<'_>, start: usize, end: usize) -> bool {
    let text = ctx.doc.marked_text();
    tokens(text, Span::new(start, end)).iter().any(|t| {
        ctx.mentions
            .ambiguous_at(ctx.index, Some(t.span.start), None)
    })
}

/// Reported speech in one sentence, if any.
fn reported(ctx: &DocCtx<'_>, sentence: Span, marks: &[Marked]) -> Option<Quote> {
    let text = ctx.doc.marked_text();
    let source = ctx.doc.id().0 + 1;
    let sentence = sentence.trim(text);
    let toks = tokens(text, sentence);
    let in_quote = |t: &Tok| marks.iter().any(|m| m.outer.contains(t.span));
    let end = content_end(text, sentence);
    let mut last_subject = Subject::Nothing;
    for (k, t) in toks.iter().enumerate() {
        if in_quote(t) {
            continue;
        }
        let w = t.text(text).to_lowercase();
        if w == "according" && toks.get(k + 1).is_some_and(|n| n.text(text) == "to") {
            return according_to(ctx, sentence, &toks, k, end);
        }
        let Some(strength) = speech_verb(t.text(text)) else {
            continue;
        };
        if w == "asked" {
            // `I asked Robert Gates if he'd …`, `Obama asked him to remain …`, `…, I asked him
            // why.`: a question or a request, not a statement; `asked` only tags a direct quote.
            continue;
        }
        if strength == Strength::Weak && evidence_subject(text, &toks[..k]) {
            // `The radar imagery revealed that 1998 QE2 is a binary asteroid`, `a study
            // suggested that …`: what evidence shows, not what anyone said.
            continue;
        }
        if k > 0
            && matches!(
                toks[k - 1].text(text).to_lowercase().as_str(),
                "was" | "were" | "been" | "being" | "be" | "is" | "are"
            )
        {
            continue;
        }
        // `Police have not said what kind of weapon was used`, `he never said that …`: what
        // someone did not say is no statement of theirs.
        if k > 0 && {
            let prev = toks[k - 1].text(text).to_lowercase();
            matches!(prev.as_str(), "not" | "never")
                || prev.ends_with("n't")
                || prev.ends_with("n’t")
        } {
            continue;
        }
        let clause = clause_start(sentence.start, marks, t.span.start);
        let prev_close = marks
            .iter()
            .filter(|m| m.outer.end <= t.span.start)
            .map(|m| m.outer.end)
            .max();
        if let Some(c) = prev_close
            && c >= sentence.start.saturating_sub(4)
        {
            let between = &text[c..t.span.start];
            if between
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–'))
            {
                // `“…?” asked Senator Whitfield`: the verb tags the quote; nothing is reported.
                continue;
            }
            let comma_tag = between.trim_start().starts_with(',')
                || text[..c].trim_end_matches(['”', '"', '»']).ends_with(',');
            let other_verb = between
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| speech_verb(w).is_some());
            if comma_tag
                && !other_verb
                && !between.contains(['.', ';', ':', '!', '?'])
                && word_count(between) <= 8
            {
                // `“…,” the company said (in a statement)`: the tag; a later `adding that` hangs on it.
                last_subject = ctx.subject_before(c, t.span.start);
                continue;
            }
        }
        let mut subject = if strength == Strength::Participle {
            // `…, adding that …` hangs on the verb before it.
            if last_subject == Subject::Nothing {
                first_subject(ctx, sentence.start, t.span.start)
            } else {
                last_subject
            }
        } else {
            let sub = ctx.subject_before(clause, t.span.start);
            let after_and = k > 0
                && matches!(toks[k - 1].text(text), "and" | "but")
                && joined(text, &toks[k - 1], t);
            if sub == Subject::Nothing && after_and {
                // `called the budget “a disgrace” and said …`: the subject of the first verb.
                if last_subject == Subject::Nothing {
                    coordination_subject(ctx, sentence.start, t.span.start)
                } else {
                    last_subject
                }
            } else {
                sub
            }
        };
        if subject == Subject::Nothing && clause > sentence.start {
            // `“…,” the company said`: the tag of the quote before.
            if let Some(m) = marks.iter().find(|m| m.outer.end == clause) {
                subject = trailing_speaker(ctx, m, sentence);
            }
        }
        if subject != Subject::Nothing {
            last_subject = subject;
        }
        // `…, which shows that the shooting lasted about seven long minutes, said an official who
        // was briefed on the matter.`: after a comma and a subject that names no one, the words
        // after the verb say who spoke, not what.
        // (The speaker's words end the sentence or open an apposition or relative clause; a
        // report goes on with a verb: `…, said the toronto-based company accu-metrics tested
        // her`.)
        if strength == Strength::Strong
            && subject == Subject::Generic
            && let Some(head) = text[sentence.start..t.span.start]
                .trim_end()
                .strip_suffix(',')
            && let Some(who) = speaker_after(ctx, t.span.end, end)
        {
            // What was said is the words before the comma (`The man … was pushed with little
            // time to avoid the train, said paul j. browne, the police department's chief
            // spokesman.`), unless they are words in marks or introduce others.
            let content = Span::new(sentence.start, sentence.start + head.len()).trim(text);
            let quoted = marks
                .iter()
                .any(|m| m.outer.start < content.end && content.start < m.outer.end);
            if word_count(content.slice(text)) >= 3
                && !quoted
                && !introduces_words(text, sentence, content.end)
            {
                return make(ctx, source, who, content);
            }
            continue;
        }
        // Forward: `X said (that) …`.
        if subject != Subject::Nothing
            && let Some(content) = forward_content(text, &toks, k, end, strength, marks)
        {
            return make(ctx, source, subject, content);
        }
        // Inverted: `…, X said.` / parenthetical `A, X stated, B`.
        let parenthetical = text
            .get(t.span.end..end)
            .is_some_and(|tail| tail.trim_start().starts_with(','));
        if (strength == Strength::Strong
            || w == "added"
            || (strength == Strength::Weak && parenthetical))
            && let Some(comma) = text[sentence.start..t.span.start].rfind(", ")
        {
            let at = sentence.start + comma;
            if marks
                .iter()
                .any(|m| m.outer.start <= at && at < m.outer.end)
                || introduces_words(text, sentence, at)
            {
                continue;
            }
            let subj_start = at + 2;
            let mut sub = ctx.subject_before(subj_start, t.span.start);
            // `Spade seemed concerned how …, she said.`: a pronoun tagging the words before it
            // is someone named before them, when there is one, not a person they name.
            let pronoun = text[subj_start..t.span.start].trim().to_lowercase();
            if matches!(pronoun.as_str(), "he" | "she") {
                let before = ctx.recent_person(sentence.start, &pronoun);
                if matches!(before, Subject::Actor(_) | Subject::Named(_)) {
                    sub = before;
                }
            }
            if sub == Subject::Nothing {
                continue;
            }
            let tail = text.get(t.span.end..end).unwrap_or("");
            if tail.contains(['“', '"']) || tells_a_story(tail) {
                continue;
            }
            let tail_words = word_count(tail);
            if tail.trim_start().starts_with(',') && tail_words >= 3 {
                // `Terrorism, Lavrov stated, requires …`: the words on both sides of the tag, without
                // it.
                let rest = t.span.end + (tail.len() - tail.trim_start_matches([',', ' ']).len());
                let pieces = [Span::new(sentence.start, at), Span::new(rest, end)];
                if marks
                    .iter()
                    .any(|m| m.outer.contains(Span::new(sentence.start, end).trim(text)))
                {
                    continue;
                }
                return make_parts(ctx, source, sub, &pieces);
            }
            let content = if tail_words <= 10 && !tail.contains(" that ") {
                Span::new(sentence.start, at)
            } else {
                continue;
            };
            if marks.iter().any(|m| m.outer.contains(content.trim(text))) {
                continue;
            }
            // `"the committee has worked diligently …, " sens. barbara boxer ( d-calif. ),
            // chairman of the panel, and ranking member johnny isakson ( r-ga. ) said`: words
            // that open with a whole quotation ending in a comma, the sign of the tag after it,
            // are that quote and its tag, not a report of the speaker after them. (A quotation
            // the sentence goes on from, `" as long as … search " for the …, he said`, stays in
            // the report.)
            let trimmed = content.trim(text);
            if marks.iter().any(|m| {
                m.outer.start == trimmed.start
                    && m.outer.end < trimmed.end
                    && m.outer
                        .slice(text)
                        .trim_end_matches(['"', '”', ' ', '\u{a0}'])
                        .ends_with(',')
            }) {
                continue;
            }
            return make(ctx, source, sub, content);
        }
    }
    None
}

/// The speaker the words after a verb at `from` name or describe (`said paul j. browne, the
/// police department's chief spokesman.`), when nothing but an apposition or a relative clause
/// follows them up to `end`.
fn speaker_after(ctx: &DocCtx<'_>, from: usize, end: usize) -> Option<Subject> {
    let text = ctx.doc.marked_text();
    let who = ctx.subject_or_description_after(from, end, false);
    let span = match who {
        Subject::Described(s) | Subject::Named(s) => Some(s),
        Subject::Actor(a) => ctx
            .mentions
            .within(ctx.index, Span::new(from, end))
            .find(|&(_, b)| b == a)
            .map(|(m, _)| m),
        _ => None,
    }?;
    let rest = text[span.end.min(end)..end].trim_start();
    (rest.is_empty()
        || rest.starts_with([',', '.', '(', ';'])
        || rest.starts_with("who ")
        || rest.starts_with("of "))
    .then_some(who)
}

/// True when the words in marks are the name of a work, not speech: a noun for a work right
/// before them (`on his talk radio show, “morning in america,”`, `a song titled “…”`) or right
/// after them (`the “ant-man and the wasp” trailer`).
fn names_a_work(text: &str, q: &Marked, block: Span) -> bool {
    // Works named on either side of the marks, and the words that name one only before or only
    // after them.
    let work = |w: &str| {
        matches!(
            w,
            "show"
                | "song"
                | "film"
                | "movie"
                | "album"
                | "book"
                | "series"
                | "episode"
                | "sitcom"
                | "podcast"
                | "documentary"
                | "single"
                | "musical"
                | "hashtag"
        )
    };
    let before_only = |w: &str| {
        matches!(
            w,
            "titled" | "entitled" | "program" | "programme" | "novel" | "memoir"
        )
    };
    let after_only = |w: &str| {
        matches!(
            w,
            "trailer"
                | "video"
                | "franchise"
                | "campaign"
                | "slogan"
                | "tour"
                | "star"
                | "host"
                | "actor"
                | "actress"
        )
    };
    let before = text[block.start..q.outer.start].trim_end();
    let before = before.strip_suffix(',').unwrap_or(before);
    let prev = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    if before.ends_with(char::is_alphabetic) && (work(&prev) || before_only(&prev)) {
        return true;
    }
    // `on cnn's “state of the union”`, `on fox news' “the five”`: what one appears on, after a
    // broadcaster's possessive, is a programme.
    let last: Vec<&str> = before.rsplit(' ').take(3).collect();
    if last.first().is_some_and(|w| {
        w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
    }) && last[1..].iter().any(|w| w.eq_ignore_ascii_case("on"))
    {
        return true;
    }
    q.closed
        && text[q.outer.end..block.end]
            .strip_prefix(' ')
            .and_then(|r| r.split_whitespace().next())
            .map(|w| {
                w.trim_end_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase()
            })
            .is_some_and(|w| work(&w) || after_only(&w))
}

/// True when the sentence introduces words that follow it (`Asked to comment on the announcement,
/// a spokesman said:`): a tag that ends on a colon, or words before the comma that ask rather
/// than state, report nothing of their own.
fn introduces_words(text: &str, sentence: Span, comma: usize) -> bool {
    let s = sentence.slice(text).trim_end();
    let head = text[sentence.start..comma].trim_start();
    s.ends_with(':')
        || ["Asked ", "asked ", "When asked ", "when asked "]
            .iter()
            .any(|p| head.starts_with(p))
}

/// True when the words after a verb of telling are what is told, not whom to (`…, her face at
/// the end told a different story`, `tells the truth`): no tag of the words before the comma.
fn tells_a_story(tail: &str) -> bool {
    tail.split(|c: char| !c.is_alphanumeric()).take(5).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "story" | "stories" | "tale" | "tales" | "truth" | "lie" | "lies" | "joke" | "jokes"
        )
    })
}

/// End of a sentence's content: before the final stop and a trailing `, BBC reported`.
fn content_end(text: &str, sentence: Span) -> usize {
    let s = sentence.slice(text);
    let mut end = s.trim_end_matches(['.', '!', '?', ' ', '\n']).len();
    if let Some(c) = s[..end].rfind(", ") {
        let tail = &s[c + 2..end];
        let words: Vec<&str> = tail.split_whitespace().collect();
        if (2..=4).contains(&words.len())
            && matches!(
                words.last().copied(),
                Some("reported" | "said" | "reports" | "says" | "added")
            )
        {
            end = c;
        }
    }
    sentence.start + end
}

/// The reported clause after verb `toks[k]`, if the sentence has one.
fn forward_content(
    text: &str,
    toks: &[Tok],
    k: usize,
    end: usize,
    strength: Strength,
    marks: &[Marked],
) -> Option<Span> {
    let verb = toks[k].text(text).to_lowercase();
    let mut j = k + 1;
    // `told Reuters`, `told reporters`, `told the UN`.
    if matches!(
        verb.as_str(),
        "told" | "tells" | "telling" | "assured" | "promised"
    ) {
        let that = toks[j.min(toks.len())..]
            .iter()
            .take(6)
            .position(|t| t.text(text) == "that");
        if let Some(p) = that {
            j += p;
        } else {
            // The object: a pronoun or plural noun, or `(the) Name Name`.
            let first = toks.get(j)?.text(text);
            if matches!(
                first,
                "him"
                    | "her"
                    | "them"
                    | "us"
                    | "me"
                    | "reporters"
                    | "journalists"
                    | "lawmakers"
                    | "parliament"
                    | "Parliament"
                    | "delegates"
            ) {
                j += 1;
            } else {
                if first == "the" {
                    j += 1;
                }
                let before = j;
                while toks
                    .get(j)
                    .is_some_and(|t| t.text(text).starts_with(char::is_uppercase))
                {
                    j += 1;
                }
                if j == before {
                    return None;
                }
            }
        }
    }
    let next = toks.get(j)?;
    let gap = &text[toks[j - 1].span.end..next.span.start];
    if gap.contains([',', '.', ';']) {
        return None;
    }
    let nw = next.text(text).to_lowercase();
    let day = matches!(nw.as_str(), "today" | "tonight" | "yesterday")
        || storyline_text::time::Weekday::from_name(&nw).is_some();
    // `said thursday morning on msnbc`: the part of the day belongs to the day.
    let day_end = if day
        && toks.get(j + 1).is_some_and(|t| {
            matches!(
                t.text(text).to_lowercase().as_str(),
                "morning" | "afternoon" | "evening" | "night"
            ) && text[next.span.end..t.span.start].trim().is_empty()
        }) {
        j + 1
    } else {
        j
    };
    let start = if nw == "that" {
        toks.get(j + 1)?.span.start
    } else if day
        && strength == Strength::Strong
        && toks.get(day_end + 1).is_some_and(|t| {
            t.text(text) != "that"
                // `said thursday on a radio show`: where, not what.
                && !is_preposition(&t.text(text).to_lowercase())
                && text[toks[day_end].span.end..t.span.start].trim().is_empty()
        })
    {
        // `said Friday the INS did the right thing`: the day is when, not what.
        toks[day_end + 1].span.start
    } else if is_preposition(&nw)
        || matches!(
            nw.as_str(),
            "this"
                | "last"
                | "earlier"
                | "later"
                | "today"
                | "tonight"
                | "yesterday"
                | "again"
                | "repeatedly"
        )
        || day
    {
        // `said in an interview on Wednesday that …`: a `that` within reach.
        let p = toks[j..]
            .iter()
            .take(25)
            .position(|t| t.text(text) == "that" && t.span.start < end)
            .map(|p| j + p)?;
        let between = &text[toks[k].span.end..toks[p].span.start];
        if between.contains(['“', '"', ';', ',']) && !between.contains(" in ") {
            return None;
        }
        toks.get(p + 1)?.span.start
    } else if strength == Strength::Strong
        && !gap.contains(':')
        && !matches!(
            nw.as_str(),
            // `officials said as dawn broke`: a clause of when or why, not of what.
            // (`said although …` goes on to what was said.)
            "as" | "when"
                // `said what he thought`, `said whether …`: an indirect question, not what
                // was said.
                | "what"
                | "whether"
                | "how"
                | "why"
                | "who"
                | "which"
                | "where"
                | "while"
                | "until"
                | "so"
                | "nothing"
                | "something"
                | "goodbye"
                | "hello"
                | "and"
                | "but"
                | "or"
                | "yes"
                | "no"
        )
    {
        next.span.start
    } else {
        return None;
    };
    if start >= end {
        return None;
    }
    let content = Span::new(start, end);
    if word_count(content.slice(text)) < 3 {
        return None;
    }
    // A clause that is only a quotation is the direct quote's business.
    if marks.iter().any(|m| m.outer.contains(content.trim(text))) {
        return None;
    }
    Some(content)
}

/// `According to X, …` / `…, according to X.`
fn according_to(
    ctx: &DocCtx<'_>,
    sentence: Span,
    toks: &[Tok],
    k: usize,
    end: usize,
) -> Option<Quote> {
    let text = ctx.doc.marked_text();
    let source = ctx.doc.id().0 + 1;
    let after_to = toks[k + 1].span.end;
    if after_to >= end {
        return None;
    }
    let sub = ctx.subject_or_description_after(after_to, end, true);
    if k == 0 {
        let comma = text[after_to..end].find(", ")? + after_to;
        return make(ctx, source, sub, Span::new(comma + 2, end));
    }
    let before = text[sentence.start..toks[k].span.start].trim_end();
    let content_end = sentence.start + before.trim_end_matches(',').len();
    make(ctx, source, sub, Span::new(sentence.start, content_end))
}

/// The words at `span` of `doc`'s text describing a speaker, for the quote.
fn describe(source: u32, doc: &crate::model::Document, span: Span) -> SpeakerDescription {
    SpeakerDescription {
        text: doc.slice(span).to_string(),
        span: cited(source, span),
    }
}

fn make(ctx: &DocCtx<'_>, source: u32, subject: Subject, content: Span) -> Option<Quote> {
    make_parts(ctx, source, subject, &[content])
}

/// A reported quote of the words in `pieces` (one span, or the two sides of a tag).
fn make_parts(ctx: &DocCtx<'_>, source: u32, subject: Subject, pieces: &[Span]) -> Option<Quote> {
    let text = ctx.doc.marked_text();
    let original = &ctx.doc.article.text;
    let pieces: Vec<Span> = pieces
        .iter()
        .map(|p| {
            let p = p.trim(text);
            // A report ending in a closing ` '' ` shows the whole pair.
            Span::new(p.start, marks::end_past_closing_pair(original, p.end))
        })
        .filter(|p| !p.is_empty())
        .collect();
    let (first, last) = (pieces.first()?, pieces.last()?);
    if pieces
        .iter()
        .map(|p| word_count(p.slice(text)))
        .sum::<usize>()
        < 3
    {
        return None;
    }
    let speaker = match subject {
        Subject::Actor(a) => Some(speaker_name(ctx, Who::Actor(a))),
        Subject::Named(s) => Some(speaker_name(ctx, Who::Named(s))),
        Subject::Generic | Subject::Described(_) | Subject::Nothing => None,
    };
    let speaker_description = match subject {
        Subject::Described(s) => Some(describe(source, ctx.doc, s)),
        _ => None,
    };
    Some(Quote {
        speaker,
        speaker_description,
        text: joined_text(ctx.doc, &pieces),
        kind: QuoteKind::Reported,
        source,
        span: cited(source, Span::new(first.start, last.end)),
        parts: if pieces.len() > 1 {
            pieces.iter().map(|p| cited(source, *p)).collect()
        } else {
            Vec::new()
        },
    })
}

/// The source text of `pieces`, joined by [`Quote::PART_JOINER`].
fn joined_text(doc: &crate::model::Document, pieces: &[Span]) -> String {
    pieces
        .iter()
        .map(|p| doc.slice(*p))
        .collect::<Vec<_>>()
        .join(Quote::PART_JOINER)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story_quotes(text: &str) -> (Story, Vec<Quote>) {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let story = engine
            .story(engine.prepare(crate::Article::from_texts([text])))
            .0;
        let actors = crate::actors::actors(&story);
        let quotes = quotes(&story, &actors);
        (story, quotes)
    }

    fn texts(quotes: &[Quote]) -> Vec<&str> {
        quotes.iter().map(|q| q.text.as_str()).collect()
    }

    #[test]
    fn short_phrases_after_a_preposition_or_before_a_noun_are_no_quotes() {
        let (_, quotes) = story_quotes(
            "General Omar Haddad warned residents to “stay away” from “rebel positions” on Thursday.\n\nHaddad recalled his famous “iron fist” speech. Haddad called the shelling “a necessary step” and said the offensive would last a week.",
        );
        let got = texts(&quotes);
        for phrase in ["stay away", "rebel positions", "iron fist"] {
            assert!(!got.contains(&phrase), "{got:?}");
        }
        assert!(got.contains(&"a necessary step"), "{got:?}");
        // Words a named speaker is reported to use, going on into the sentence, stay quotes.
        let (_, quotes) = story_quotes(
            "In an address on Friday, President Arpad Gencz described the entry as “a historic event” which proves the country's standing.",
        );
        assert_eq!(texts(&quotes), vec!["a historic event"]);
    }

    fn speakers(quotes: &[Quote]) -> Vec<(&str, Option<&str>)> {
        quotes
            .iter()
            .map(|q| (q.text.as_str(), q.speaker.as_deref()))
            .collect()
    }

    #[test]
    fn a_lower_case_name_in_a_tag_names_the_speaker() {
        // Multi-News val: the text lost its capitals, and the actors never see these names.
        let (_, quotes) = story_quotes(
            "Sales fell by a third.\n\n\" this is a complete disaster, \" said kris thompson, an analyst with a bank. \" they have lost their way, \" said dallas city manager mary suhm. \" we live on a farm, \" tina gibson said. Police spokesman matt jablow said the dogs were taken to a vet.",
        );
        assert_eq!(
            speakers(&quotes),
            [
                ("this is a complete disaster", Some("Kris Thompson")),
                ("they have lost their way", Some("Mary Suhm")),
                ("we live on a farm", Some("Tina Gibson")),
                ("the dogs were taken to a vet", Some("Matt Jablow")),
            ]
        );
        // Common nouns, a plural, or a source that is no person name no one.
        let (_, quotes) = story_quotes(
            "The storm hit overnight.\n\n\" the water came up to the roof, \" a local tv said. \" we saw nothing like it, \" the county sheriffs said. Rates fell by a third, according to newly released government data.",
        );
        assert!(quotes.iter().all(|q| q.speaker.is_none()), "{quotes:#?}");
    }

    #[test]
    fn a_name_with_initials_or_a_common_surname_before_a_hyphenated_name_speaks() {
        // Multi-News val: `ban` is a word news writes in lower case, and the stop of an initial
        // cut the name (`william b. Evans said`: the text capitalised the word after `b.`).
        let (_, quotes) = story_quotes(
            "The talks failed.\n\nUn chief ban ki-moon said the killing was a flagrant violation of law. Police commissioner william b. Evans said surveillance video showed the man. \" we saw him, \" said george h.w. bush, a resident. \" it was late, \" j.k. rowling said.",
        );
        assert_eq!(
            speakers(&quotes),
            [
                (
                    "the killing was a flagrant violation of law",
                    Some("Ban Ki-moon")
                ),
                (
                    "surveillance video showed the man",
                    Some("William B. Evans")
                ),
                ("we saw him", Some("George H.W. Bush")),
                ("it was late", Some("J.K. Rowling")),
            ]
        );
    }

    #[test]
    fn a_descriptor_noun_before_a_name_is_no_word_of_it() {
        // Multi-News val: `sicario star emily blunt added` named `Sicario Star Emily Blunt`.
        let (_, quotes) = story_quotes(
            "The actors spoke out.\n\nOne actor compared the real estate mogul's political popularity to \" republican clown car. \" sicario star emily blunt added, \" i became an american citizen recently. \"",
        );
        assert_eq!(
            speakers(&quotes),
            [(
                "i became an american citizen recently.",
                Some("Emily Blunt")
            )]
        );
    }

    #[test]
    fn an_agent_noun_before_two_name_words_is_no_word_of_the_name() {
        // Multi-News val: `says population geneticist pontus skoglund` named `Geneticist
        // Pontus Skoglund` (`pontus` is no common first name).
        let (_, quotes) = story_quotes(
            "The bone was found in a cave.\n\nThe findings were published in nature. \"to find a first-generation person of mixed ancestry is absolutely extraordinary, \" says population geneticist pontus skoglund at the francis crick institute in london.",
        );
        assert_eq!(
            speakers(&quotes),
            [(
                "to find a first-generation person of mixed ancestry is absolutely extraordinary",
                Some("Pontus Skoglund")
            )]
        );
    }

    #[test]
    fn a_name_after_the_conjunction_that_is_no_determined_noun() {
        // Multi-News val: `impressions that grunow published` read `that` as a determiner, so
        // `grunow said` had a noun, not a name, as its subject.
        let (_, quotes) = story_quotes(
            "The researchers spoke.\n\nThe presentation follows up on the initial impressions that grunow published earlier. Schiess and grunow wanted to document the inner workings of redstar. \"they are using something that is supposed to support free-speech, \" grunow said.",
        );
        assert_eq!(
            speakers(&quotes),
            [(
                "they are using something that is supposed to support free-speech",
                Some("Grunow")
            )]
        );
    }

    #[test]
    fn an_ordinary_word_before_a_surname_is_no_other_given_name() {
        // Multi-News val: `police say korkuc told them` gave no speaker once the actor had its
        // full name, `say` read as the given name of another Korkuc; a short given name that is
        // ordinary English (`rob`) still is one.
        let (_, quotes) = story_quotes(
            "Gary korkuc, 51, was arrested on sunday.\n\nOfficers found the dog in a cage. Police say korkuc told them he did it because the dog was ill-tempered. Korkuc was charged with cruelty and released.",
        );
        assert_eq!(
            speakers(&quotes),
            [(
                "he did it because the dog was ill-tempered",
                Some("Gary Korkuc")
            )]
        );
    }

    #[test]
    fn a_surname_of_a_full_name_speaks_though_plural_shaped_or_after_an_article() {
        // Multi-News val: `sanders` ends like a plural of people (`-ers`) and `palin` follows
        // `the` in `the palin family`, so `" … , " sanders said` had no speaker.
        let (_, quotes) = story_quotes(
            "The pope spoke to congress.\n\nBernie sanders ( 2nd row down, center ) liked what he heard. Sarah palin canceled a campaign stop on monday. the palin family asked for privacy. \" he's tough, \" palin said. Sanders praised the pope. \" the name dorothy day has not been used in the united states congress terribly often, \" sanders said.",
        );
        assert_eq!(
            speakers(&quotes),
            [
                ("he's tough", Some("Sarah Palin")),
                (
                    "the name dorothy day has not been used in the united states congress terribly often",
                    Some("Bernie Sanders")
                ),
            ]
        );
    }

    #[test]
    fn a_pronoun_after_a_lower_case_name_that_speaks_is_that_name() {
        let (_, quotes) = story_quotes(
            "The club reopened.\n\n\" we were lucky, \" said chris napolitano, president of the club. \" it could have been worse, \" he said.\n\nInspectors came later. \" the walls are sound, \" said ms. dana weems. \" we are glad, \" he said.",
        );
        assert_eq!(
            speakers(&quotes),
            [
                ("we were lucky", Some("Chris Napolitano")),
                ("it could have been worse", Some("Chris Napolitano")),
                ("the walls are sound", Some("Dana Weems")),
                ("we are glad", None),
            ]
        );
    }

    #[test]
    fn a_tag_naming_someone_else_ends_the_inherited_speaker() {
        let (_, quotes) = story_quotes(
            "The city settled.\n\n\" this is fair to everyone, \" said mike feuer, the city attorney. \" these curfews kept thousands indoors, \" olu k. orange, an attorney for the plaintiffs, said in a statement.",
        );
        assert_eq!(
            speakers(&quotes),
            [
                ("this is fair to everyone", Some("Mike Feuer")),
                ("these curfews kept thousands indoors", None),
            ]
        );
    }

    #[test]
    fn a_short_phrase_in_marks_after_a_possessive_is_a_title() {
        let (_, quotes) = story_quotes(
            "Ellen Park spoke on Sunday.\n\n“We will not raise taxes,” Park said on NBC's “Meet the Press.”",
        );
        assert_eq!(texts(&quotes), ["We will not raise taxes"]);
    }

    #[test]
    fn a_pronoun_after_a_nearer_name_gives_no_gender() {
        let (_, quotes) = story_quotes(
            "Foreign Minister Janos Martonyi said that Hungary was returning to her natural habitat.\n\n“It has been our destiny to rejoin the West,” he said.",
        );
        let q = quotes
            .iter()
            .find(|q| q.text.starts_with("It has been"))
            .expect("quote");
        assert_eq!(q.speaker.as_deref(), Some("Janos Martonyi"));
    }

    fn straight_quotes(text: &str) -> Vec<&str> {
        find_quotes(text, Span::new(0, text.len()))
            .iter()
            .map(|m| m.inner.slice(text))
            .collect()
    }

    #[test]
    fn a_lost_closing_mark_does_not_turn_the_later_quotes_inside_out() {
        // Multi-News val: the scraped text lost the mark after `all of us.`; paired in order, every
        // later quote ran from a closing mark to the next opening one (`said sgt. Rob knapton.`).
        let text = "\" these moments are big for us, \" he said. \" to find someone who is able to \
                    endure the past three nights — that's a big win for all of us. Rcmp will now \
                    try to piece together how she ended up so far. \" it's not an area that \
                    would've been accessible, \" said sgt. Rob knapton. \" there definitely would \
                    have been walking involved, \" he said.";
        assert_eq!(
            straight_quotes(text),
            [
                "these moments are big for us",
                "it's not an area that would've been accessible",
                "there definitely would have been walking involved",
            ]
        );
    }

    #[test]
    fn a_lost_opening_mark_is_skipped() {
        let text =
            "\"We will win,\" she said. He thinks we will lose,\" he said. \"Not so,\" Ann said.";
        assert_eq!(straight_quotes(text), ["We will win", "Not so"]);
        // Marks in order with tags after each close stay as they are.
        let text = "\"We will win,\" she said. \"We will lose,\" he said, \"and soon.\"";
        assert_eq!(
            straight_quotes(text),
            ["We will win", "We will lose", "and soon."]
        );
    }

    #[test]
    fn a_tag_of_when_and_where_after_a_name_closes_the_quote() {
        // Multi-News val: each mark before the tag was paired as an opening one, and the tag came
        // out as the quote (`chu said at a press conference, adding`, `he continued.`).
        for text in [
            "\" we saw it, \" he said. they do what they want, \" chu said at a press conference, adding, \" we focus on us. \"",
            "\" we saw it, \" he said. they do what they want, \" president donald trump wrote on twitter. \" we focus on us. \"",
            "\" we saw it, \" he said. they do what they want, \" he had said before this final. \" we focus on us. \"",
            "\" we saw it, \" he said. they do what they want, \" he continued. \" we focus on us. \"",
        ] {
            assert_eq!(
                straight_quotes(text),
                ["we saw it", "we focus on us."],
                "{text}"
            );
        }
        // A clause of the quote's own opens it.
        let text = "\" we saw it, \" he said, \" and that's what i said on the phone, too. \"";
        assert_eq!(
            straight_quotes(text),
            ["we saw it", "and that's what i said on the phone, too."]
        );
    }

    #[test]
    fn a_mark_opening_the_next_paragraph_of_a_quote_reopens_it() {
        let text = "He said: \"i will vote for it. It is in our interest. \"understanding that others differ, it is up to us, \" he said. The first cat was found on monday. \"it was awful. \"";
        assert_eq!(
            straight_quotes(text),
            [
                "i will vote for it. It is in our interest.",
                "understanding that others differ, it is up to us",
                "it was awful.",
            ]
        );
        // With no mark after it, a glued mark is a close that lost its space.
        let text = "It read: \"we are sad to announce the deaths of two cats. \"the first cat was found on monday";
        assert_eq!(
            straight_quotes(text),
            ["we are sad to announce the deaths of two cats."]
        );
    }

    #[test]
    fn a_quote_closing_a_quote_inside_it_is_whole_and_tagged() {
        let (_, quotes) = story_quotes(
            "Secretary of State Helen Varga accepted the papers.\n\n``To quote an old expression, `Hallelujah,''' she said.",
        );
        let q = quotes.first().expect("quote");
        assert_eq!(q.text, "To quote an old expression, `Hallelujah,'");
        assert_eq!(q.speaker.as_deref(), Some("Helen Varga"));
    }

    #[test]
    fn a_clause_of_when_after_said_is_no_report() {
        let (_, quotes) = story_quotes(
            "At least 82 people were killed in the blast, officials said as dawn broke Saturday.",
        );
        assert!(
            !quotes.iter().any(|q| q.text.contains("dawn broke")),
            "{:?}",
            texts(&quotes)
        );
    }

    /// The speakers [`name_summary_speakers`] gives summary sentences cut from the one article
    /// `text`.
    fn summary_speakers(text: &str, sentences: &[&str]) -> Vec<Option<String>> {
        summary_of(text, sentences)
            .into_iter()
            .map(|s| s.speaker)
            .collect()
    }

    /// The summary `sentences` of the one-document story `text`, after the quotes stage.
    fn summary_of(text: &str, sentences: &[&str]) -> Vec<SummarySentence> {
        let (story, quotes) = story_quotes(text);
        let mut summary: Vec<SummarySentence> = sentences
            .iter()
            .map(|s| {
                let start = text.find(s).expect("sentence");
                SummarySentence {
                    text: (*s).to_string(),
                    sources: vec![1],
                    spans: vec![CitedSpan {
                        source: 1,
                        start,
                        end: start + s.len(),
                    }],
                    speaker: None,
                    speaker_description: None,
                }
            })
            .collect();
        name_summary_speakers(&story, &quotes, &mut summary);
        summary
    }

    #[test]
    fn summary_sentences_of_a_described_speaker_carry_the_description() {
        let text = "The singer died on Tuesday at his home in New Orleans.\n\n“We are all touched by the outpouring of love,” his family said in a statement. “He passed away peacefully at home.”\n\nHe was 81.";
        let summary = summary_of(
            text,
            &["“He passed away peacefully at home.”", "He was 81."],
        );
        let described: Vec<_> = summary
            .iter()
            .map(|s| {
                (
                    s.speaker.as_deref(),
                    s.speaker_description.as_ref().map(|d| d.text.as_str()),
                )
            })
            .collect();
        assert_eq!(described, vec![(None, Some("his family")), (None, None)]);
        let d = summary[0].speaker_description.as_ref().expect("described");
        assert_eq!(&text[d.span.start..d.span.end], "his family");
    }

    #[test]
    fn summary_sentences_tagged_by_a_pronoun_name_the_speaker() {
        let text = "Foreign Minister Janos Martonyi spoke at the library.\n\n“It has been our destiny to rejoin those who share our values,” he said.\n\nBut he never dreamed, he said, that his country would join the alliance.\n\nMartonyi said he would return home on Friday.";
        let speakers = summary_speakers(
            text,
            &[
                "“It has been our destiny to rejoin those who share our values,” he said.",
                "But he never dreamed, he said, that his country would join the alliance.",
                "Martonyi said he would return home on Friday.",
            ],
        );
        let martonyi = Some("Janos Martonyi".to_string());
        assert_eq!(speakers, vec![martonyi.clone(), martonyi, None]);
        assert!(pronoun_tagged("“We will go,” she said."));
        assert!(!pronoun_tagged("Kerry said he would go."));
    }

    #[test]
    fn summary_sentences_inside_a_quotation_name_the_speaker() {
        let text = "Maria Lopez, a former inmate, spoke to reporters on Monday.\n\nLopez said, “I had no idea. I was most scared of giving birth in prison. It was the worst year of my life.”\n\nThe prison said it was reviewing the case.";
        let speakers = summary_speakers(
            text,
            &[
                "I was most scared of giving birth in prison.",
                "It was the worst year of my life.”",
                "The prison said it was reviewing the case.",
            ],
        );
        let lopez = Some("Maria Lopez".to_string());
        assert_eq!(speakers, vec![lopez.clone(), lopez, None]);
    }
}
