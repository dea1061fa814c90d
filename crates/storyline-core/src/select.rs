//! Budgeted selection with redundancy control, then reading order.
//!
//! Greedy by score discounted for redundancy (maximal marginal relevance: the score minus
//! [`SelectConfig::diversity`] times the cosine to the closest sentence already taken); a candidate
//! too similar (cosine above [`SelectConfig::redundancy`]) to one already taken, or one that would
//! overflow the word budget, is passed over. On overflow the default is to skip it and keep looking
//! for a shorter one; the benchmark protocol's rule (stop at the first sentence that does not fit)
//! is [`Overflow::Stop`].
//!
//! Some sentences are never taken: fragments ([`fragment`]: one that starts inside a quotation
//! opened before it, or an opening adverbial with only a subordinate clause after it), a sentence
//! cut off mid-phrase where its article's text ends ([`cut_off`]), a sentence led by a page's
//! label and a colon ([`label_led`]: `Photos: …`, `Image credit: …`), a page's call to read more
//! of its own pages ([`house_promo`]: `See our full coverage.`), and a sentence that opens with a
//! pronoun ("He said it was …", "That's why …", "But they never …") unless the sentence before it
//! in its article is already in the summary: out of context the reader cannot tell who "he" is.
//! Such a sentence met before its antecedent (it scores higher) waits and comes back when the
//! antecedent is chosen.
//! A sentence that opens a quotation it does not close is taken only together with the
//! sentences that close it, as one unit that must fit the budget, or not at all (`quotation`:
//! never half a quotation); a sentence inside such a quotation, without marks of its own, comes
//! only with that unit (`inside_unit`); a sentence that only ends a quotation opened in an
//! earlier one (`… honestly you're the worst. "`) never alone (`ends_a_quotation`).
//!
//! The chosen sentences are then put in reading order: by their article's publication date, then by
//! earliest position in any source (leads first), then by source, so the summary reads like a news
//! story rather than a ranked list.

use std::borrow::Cow;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::model::{Document, SentenceRef, Story};
use crate::score::word_count;
use crate::vector::DenseVec;

/// What to do when the next-best sentence does not fit the budget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Overflow {
    /// Skip it and try shorter ones (fills the budget; default for briefs).
    #[default]
    Skip,
    /// Stop selecting (the Multi-News benchmark protocol).
    Stop,
}

/// Settings of [`select`].
#[derive(Clone, Debug, PartialEq)]
pub struct SelectConfig {
    /// Word budget (whitespace words).
    pub words: usize,
    /// Overflow rule.
    pub overflow: Overflow,
    /// Maximum cosine to an already chosen sentence. Default 0.5.
    pub redundancy: f32,
    /// Skip sentences opening with a pronoun whose antecedent sentence is not chosen. Default true.
    pub skip_dangling: bool,
    /// Weight of the cosine to the closest chosen sentence subtracted from a score (maximal
    /// marginal relevance). Default 0.6, tuned on Multi-News val.
    pub diversity: f32,
    /// A story of exactly two sources whose tf·idf cosine is below this is two stories
    /// (`unrelated_pair`): the summary draws on the source of its first (best) sentence, and on
    /// the other only once that one has nothing left to give. Default 0.02 (0.03 and 0.05 cost
    /// R1 on Multi-News val 4,001–5,622); 0 turns the rule off.
    pub unrelated: f32,
    /// Added to the marginal gain of a candidate whose source none of the chosen sentences come
    /// from yet. Default 0 (off). Measured on Multi-News val (thirty-fourth round):
    /// summaries already draw on more sources than the greedy oracle's (2.44 against 2.34 of 2.50
    /// on val 1–2,000), so a bonus costs (0.05: −0.00 / −0.02 / −0.02 R1 on val 1–2,000 /
    /// 2,001–4,000 / 4,001–5,622) and a penalty (−0.02: +0.02 / +0.02 / +0.04) reads as noise and
    /// drops two of the four sources from the seeds' brief.
    pub new_source: f32,
    /// Most sentences taken from one source while a candidate of another source, under the
    /// cap, is still open; once none is, the capped sources fill the rest. Default 0 (no cap;
    /// caps of 2 to 6 cost 0.04 to 0.17 R1 on each val range).
    pub per_source: usize,
    /// Weight of the share of the chosen words that come from a candidate's source, subtracted
    /// from its marginal gain: a source that already fills the summary costs more (negative: a
    /// bonus for staying with it). Default 0 (off; 0.05 costs up to 0.04 R1, −0.02 is +0.02 /
    /// +0.00 / +0.05).
    pub source_share: f32,
    /// Weight of a source's quality, the mean score of its three best selectable candidates,
    /// added to the marginal gain of each of its candidates (a strong source is drawn on more).
    /// Default 0 (off; 0.3 is +0.03 / +0.01 / +0.05 R1 and drops two sources from the seeds'
    /// brief).
    pub source_quality: f32,
}

impl Default for SelectConfig {
    fn default() -> Self {
        Self {
            words: 200,
            overflow: Overflow::Skip,
            redundancy: 0.5,
            skip_dangling: true,
            diversity: 0.6,
            unrelated: 0.02,
            new_source: 0.0,
            per_source: 0,
            source_share: 0.0,
            source_quality: 0.0,
        }
    }
}

/// Picks candidate indices under the word budget, returned in reading order.
///
/// Maximal marginal relevance: each step takes the candidate with the best
/// `score - diversity * (cosine to the closest chosen sentence)`, so a sentence that mostly repeats
/// what is already chosen loses to a slightly weaker one that adds something. Hard rules on top:
/// a candidate more similar than `redundancy` to a chosen one, a fragment ([`fragment`]) or a
/// dangling pronoun opener is never taken (one passed over waits for its antecedent to be chosen).
pub fn select(story: &Story, scores: &[f32], config: &SelectConfig) -> Vec<usize> {
    select_among(story, scores, &selectable(story), config)
}

/// Which candidates [`select`] may take, whatever their scores: not a [`fragment`], a
/// [`date_line`], [`label_led`], a [`house_promo`], [`cut_off`] or a [`piece_of_split`]. Known before scoring, so a
/// scorer can skip the others ([`crate::score::Scorer::score_wanted`]).
pub fn selectable(story: &Story) -> Vec<bool> {
    Selectable::of(story).may
}

/// [`selectable`] together with the `quotation` of each candidate it lets through, which the
/// test of a candidate computes anyway: [`Selectable::select`] and [`Selectable::quotation_tails`]
/// read them instead of working each one out again (once for every candidate the selection
/// considers, once more for every chosen one).
#[derive(Clone, Debug)]
pub struct Selectable {
    /// [`selectable`]`(story)`, by candidate.
    pub may: Vec<bool>,
    /// The quotation each candidate of `may` opens; [`Quotation::Whole`] (never read) for the
    /// others.
    quotations: Vec<Quotation>,
}

impl Selectable {
    /// [`selectable`] of `story`, with the quotations.
    pub fn of(story: &Story) -> Self {
        let mut quotations = Vec::with_capacity(story.candidates.len());
        // Worked out per article, for the articles candidates come from: its quotation marks
        // (which also count the straight marks before a sentence for `quotation`) and the
        // quotation each sentence starts inside.
        let (found, inside): (Vec<_>, Vec<_>) = (story.documents.iter().zip(&story.kept))
            .map(|(d, &k)| {
                if k {
                    let found = mark_positions(d.marked_text());
                    let inside = inside_quotations(d, &found);
                    (found, inside)
                } else {
                    (Vec::new(), Vec::new())
                }
            })
            .unzip();
        let mut opened = None;
        let may = (story.candidates.iter().enumerate())
            .map(|(i, c)| {
                let text = story.sentence_marked_text(c.rep);
                let may = !fragment(text)
                    && !date_line(text)
                    && !label_led(text)
                    && !house_promo(text)
                    && !bracketed(text)
                    && !attribution_only(text)
                    && !cut_off(&story.documents, c.rep)
                    && !piece_of_split(&story.documents, c.rep);
                let q = if may {
                    let (found, inside) = (&found[c.rep.doc as usize], &inside[c.rep.doc as usize]);
                    match inside[c.rep.sent as usize] {
                        Some(o) => {
                            let opener = SentenceRef {
                                doc: c.rep.doc,
                                sent: o,
                            };
                            inside_unit(story, i, opener, inside, found, &mut opened)
                        }
                        None => quotation(story, c.rep, Some(found)),
                    }
                } else {
                    Quotation::Whole
                };
                let may = may && !matches!(q, Quotation::Unfinished | Quotation::Ending);
                quotations.push(q);
                may
            })
            .collect();
        Self { may, quotations }
    }

    /// [`select_among`] with these candidates, from the quotations kept.
    pub fn select(&self, story: &Story, scores: &[f32], config: &SelectConfig) -> Vec<usize> {
        choose(story, scores, &self.may, config, |i| {
            Cow::Borrowed(&self.quotations[i])
        })
    }

    /// [`quotation_tails`] from the quotations kept (`chosen` taken from these candidates).
    pub fn quotation_tails(&self, chosen: &[usize]) -> Vec<usize> {
        tails_of(chosen, |i| Cow::Borrowed(&self.quotations[i]))
    }
}

/// How a candidate stands to a quotation it opens ([`quotation`]).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Quotation {
    /// It opens none that it leaves open.
    Whole,
    /// It opens one that the following sentences close: the candidates holding them, in order.
    Continued(Vec<usize>),
    /// It opens one that no sentence within [`QUOTE_TAIL`] after it closes cleanly.
    Unfinished,
    /// It only ends a quotation opened in an earlier sentence that it is not taken with, the
    /// last piece of a longer speech ([`ends_a_quotation`]): never taken.
    Ending,
    /// It starts inside a quotation that the first candidate opened and the others (itself among
    /// them) continue and close: it is taken only as part of that unit ([`inside_unit`]).
    Inside(usize, Vec<usize>),
}

/// Sentences after an opening one that may finish its quotation (a unit is at most four: on
/// the first 2,000 val clusters, units of three cost 0.03 R1, of four gained 0.01, of five 0.03).
const QUOTE_TAIL: usize = 3;

/// Whether sentence `r` opens a quotation it does not close, and if so which candidates hold the
/// sentences that close it: the next sentences of its article, those without a quotation mark
/// being inside the quotation, up to the first with one, which must close it (its first mark a
/// closing one and no quotation left open after it). `“The US wants a solution. There is a
/// tacit agreement,” Shaaban said.`: the first sentence alone is half a quotation, so it is
/// taken with the second or not at all ([`QUOTE_TAIL`] sentences after it at most). A closing
/// sentence that is cut off or a piece of a split sentence ([`cut_off`], [`piece_of_split`])
/// finishes nothing.
///
/// Curly marks say by their shape whether they open or close. Straight ones do not, and
/// flattened text (Multi-News) puts a closing mark that followed a full stop at the start of
/// the next sentence (`… we're in no rush. " senator ed markey …`), so they are read by parity
/// over the article: a sentence opens a straight quotation when an even number of marks comes
/// before it in its article and an odd number up to its end; a sentence that opens with a mark
/// while a quotation is open ends the quotation before it.
///
/// A sentence that only ends a quotation ([`ends_a_quotation`]: its straight mark closes one
/// by the same parity) is [`Quotation::Ending`], unless the next sentence of its article starts
/// inside a quotation ([`fragment`]'s quotation half: `it's huge honor, " he said.`). The mark
/// is then the one that opened it, which flattened text glued to the end of the reporter's
/// sentence before (`Nicholson had landed more than $ 100,000 to support his research … . "
/// it's huge honor, " he said.`), and the parity was thrown off earlier in the article (a
/// quotation whose opening mark the source lost, a speech over two paragraphs whose first has
/// no closing mark). A speech's real last piece is followed by the reporter's words, which do
/// not start inside a quotation: on val 1–5,622 this frees 4 of the 62 sentences the shape and
/// the parity bar, all four a reporter's own.
///
/// `found` are the [`mark_positions`] of `r`'s article when they are known: the sentence's marks
/// and the straight marks before it are then counted in that list instead of by a scan of the
/// sentence and of the article's prefix.
fn quotation(story: &Story, r: SentenceRef, found: Option<&[(usize, u8)]>) -> Quotation {
    let doc = &story.documents[r.doc as usize];
    let marked = doc.marked_text();
    let text = |i: usize| doc.sentences[i].span.slice(marked);
    let at = r.sent as usize;
    let span = doc.sentences[at].span;
    // Nearly every candidate holds no mark: with the article's marks known, two binary searches
    // of them say so, instead of a scan of the sentence.
    let counts = match found {
        Some(f) => marks_between(f, span.start, span.end),
        None => marks(text(at)),
    };
    if counts == [0; 5] {
        return Quotation::Whole;
    }
    let [straight, open, close, open_guillemet, close_guillemet] = counts;
    let opens_curly = open > close || open_guillemet > close_guillemet;
    // The marks before the sentence are counted only when it has an odd number of straight
    // ones: the article's prefix is long, and this is asked of every candidate with a mark.
    let opens_straight = || {
        let before = match found {
            Some(f) => marks_between(f, 0, span.start)[0],
            None => marks(&marked[..span.start])[0],
        };
        !straight.is_multiple_of(2) && before.is_multiple_of(2)
    };
    // An odd straight mark after an odd number in the article closes a quotation, unless the
    // next sentence starts inside one: then that mark opened it.
    let opens_the_next =
        || at + 1 < doc.sentences.len() && starts_inside_quotation(text(at + 1).trim_start());
    if ends_a_quotation(text(at)) && !opens_straight() && !opens_the_next() {
        return Quotation::Ending;
    }
    if !opens_curly && !opens_straight() {
        return Quotation::Whole;
    }
    let mut tail = Vec::new();
    for i in (at + 1..doc.sentences.len()).take(QUOTE_TAIL) {
        let t = text(i);
        let quote = find_quote(t);
        // A closing-shaped mark opening the sentence ends the quotation before it.
        if quote.is_some_and(|q| t[..q].trim().is_empty() && !t[q..].starts_with(['“', '«'])) {
            return if tail.is_empty() {
                Quotation::Whole
            } else {
                Quotation::Continued(tail)
            };
        }
        let next = SentenceRef {
            doc: r.doc,
            sent: i as u32,
        };
        let Some(c) = (story.candidates.iter()).position(|c| c.members.contains(&next)) else {
            return Quotation::Unfinished;
        };
        if cut_off(&story.documents, next) || piece_of_split(&story.documents, next) {
            return Quotation::Unfinished;
        }
        if !tail.contains(&c) {
            tail.push(c);
        }
        match quote {
            None => {}
            Some(q) if closes(t, q) => return Quotation::Continued(tail),
            Some(_) => return Quotation::Unfinished,
        }
    }
    Quotation::Unfinished
}

/// By sentence of `doc`: the sentence that opened the quotation this one starts inside, if any.
/// An opener is read as [`quotation`] reads one (a curly opening mark left open, or an odd
/// number of straight marks after an even number in the article before it); the sentences after
/// it with no quotation mark, at most [`QUOTE_TAIL`], and the first with one that does not open
/// with a mark (which would be the quotation's closing one), are inside it. `"we must never allow
/// political violence. We cannot let it happen. I am committed to stop it, " he said.`: the
/// second sentence alone gives the speaker's words without their marks, as the summary's own, so
/// it is taken only with the whole quotation ([`inside_unit`]).
///
/// `found` are the [`mark_positions`] of the article's text: every mark of the article, found
/// in one scan; the counts of a sentence and of the gap before it are read from this list
/// instead of scanning each (two `memchr3` set-ups a sentence, most sentences holding no mark).
fn inside_quotations(doc: &Document, found: &[(usize, u8)]) -> Vec<Option<u32>> {
    let marked = doc.marked_text();
    if found.is_empty() {
        return vec![None; doc.sentences.len()];
    }
    let marks_in = |from: usize, to: usize| marks_between(found, from, to);
    let mut inside = Vec::with_capacity(doc.sentences.len());
    let (mut straight_before, mut end) = (0, 0);
    // The last sentence with a mark, when it left a quotation open, and how many sentences
    // without one came after it.
    let mut open: Option<(u32, usize)> = None;
    for (i, s) in doc.sentences.iter().enumerate() {
        straight_before += marks_in(end.min(s.span.start), s.span.start)[0];
        end = s.span.end;
        let [straight, open_curly, close, open_guillemet, close_guillemet] =
            marks_in(s.span.start, s.span.end);
        let starts_with_mark =
            || (s.span.slice(marked).trim_start()).starts_with(['"', '“', '”', '«', '»']);
        inside.push(
            open.filter(|&(_, n)| n < QUOTE_TAIL && !starts_with_mark())
                .map(|(o, _)| o),
        );
        if straight + open_curly + close + open_guillemet + close_guillemet > 0 {
            let opens = open_curly > close
                || open_guillemet > close_guillemet
                || (!straight.is_multiple_of(2) && straight_before.is_multiple_of(2));
            open = opens.then_some((i as u32, 0));
        } else {
            open = open.map(|(o, n)| (o, n + 1));
        }
        straight_before += straight;
    }
    inside
}

/// How candidate `i`, whose sentence starts inside the quotation that sentence `opener` of its
/// article opened ([`inside_quotations`]), can be taken: with the opener's candidate and the
/// sentences that close the quotation ([`Quotation::Inside`]), when the quotation closes within
/// [`QUOTE_TAIL`] sentences and the opener is a candidate of its own that could be taken. When
/// it closes but the opener cannot be shown (a near-duplicate in an earlier article stands for
/// it with other wording, or it is never taken), not at all ([`Quotation::Unfinished`]). When
/// the quotation's extent is not known (a longer one, straight marks the parity misreads, an
/// opener itself inside another: `inside` are the article's [`inside_quotations`]), the sentence
/// is taken as any other ([`quotation`] of its own): keeping all of those out too cost 0.07 R1
/// on the first 2,000 val clusters.
///
/// `found` are the article's [`mark_positions`]; `opened` the last opener asked about and its
/// [`quotation`], which the next inside sentence of the same opener reads instead of working it
/// out again.
fn inside_unit(
    story: &Story,
    i: usize,
    opener: SentenceRef,
    inside: &[Option<u32>],
    found: &[(usize, u8)],
    opened: &mut Option<(SentenceRef, Quotation)>,
) -> Quotation {
    let own = || quotation(story, story.candidates[i].rep, Some(found));
    if inside[opener.sent as usize].is_some() {
        return own();
    }
    if opened.as_ref().is_none_or(|&(r, _)| r != opener) {
        *opened = Some((opener, quotation(story, opener, Some(found))));
    }
    let tail = match opened.as_ref().map(|(_, q)| q) {
        Some(Quotation::Continued(tail)) if tail.contains(&i) => tail.clone(),
        _ => return own(),
    };
    let Some(o) = (story.candidates.iter()).position(|c| c.rep == opener) else {
        return Quotation::Unfinished;
    };
    let text = story.sentence_marked_text(opener);
    if fragment(text)
        || date_line(text)
        || label_led(text)
        || cut_off(&story.documents, opener)
        || piece_of_split(&story.documents, opener)
    {
        return Quotation::Unfinished;
    }
    Quotation::Inside(o, tail)
}

/// The [`quotation`] of candidate `i`, or its [`inside_unit`] when its sentence starts inside a
/// quotation (worked out again from its article: for the callers that keep no [`Selectable`]).
fn quotation_of_candidate(story: &Story, i: usize) -> Quotation {
    let rep = story.candidates[i].rep;
    let found = mark_positions(story.documents[rep.doc as usize].marked_text());
    let inside = inside_quotations(&story.documents[rep.doc as usize], &found);
    match inside[rep.sent as usize] {
        Some(o) => inside_unit(
            story,
            i,
            SentenceRef {
                doc: rep.doc,
                sent: o,
            },
            &inside,
            &found,
            &mut None,
        ),
        None => quotation(story, rep, Some(&found)),
    }
}

/// The quotation marks of `t`: straight, `“`, `”`, `«`, `»`, in one pass over the bytes a
/// mark starts with (as [`find_quote`]; `t` is a candidate sentence or an article's prefix, so
/// one scan instead of one per mark).
fn marks(t: &str) -> [usize; 5] {
    let mut counts = [0; 5];
    for (_, k) in mark_positions_iter(t) {
        counts[usize::from(k)] += 1;
    }
    counts
}

/// [`marks`] of the text from byte `from` to byte `to` of an article, read from its
/// [`mark_positions`] `found` (a mark is whole in a slice that holds its first byte).
fn marks_between(found: &[(usize, u8)], from: usize, to: usize) -> [usize; 5] {
    let lo = found.partition_point(|&(p, _)| p < from);
    let hi = found.partition_point(|&(p, _)| p < to);
    let mut counts = [0usize; 5];
    for &(_, k) in &found[lo..hi.max(lo)] {
        counts[usize::from(k)] += 1;
    }
    counts
}

/// The quotation marks of `t` in order: the byte where each starts and its index in [`marks`]'
/// counts.
fn mark_positions(t: &str) -> Vec<(usize, u8)> {
    mark_positions_iter(t).collect()
}

/// [`mark_positions`] as an iterator. A mark is whole inside any `str` slice that holds its
/// first byte (slices end at char boundaries), so the marks of `t[a..b]` are those found in `t`
/// that start in `a..b`.
fn mark_positions_iter(t: &str) -> impl Iterator<Item = (usize, u8)> + '_ {
    let b = t.as_bytes();
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, b).filter_map(move |i| {
        let k = match (b[i], b.get(i + 1), b.get(i + 2)) {
            (b'"', _, _) => 0,
            (0xE2, Some(0x80), Some(0x9C)) => 1,
            (0xE2, Some(0x80), Some(0x9D)) => 2,
            (0xC2, Some(0xAB), _) => 3,
            (0xC2, Some(0xBB), _) => 4,
            _ => return None,
        };
        Some((i, k))
    })
}

/// True when the first quotation mark of `t`, at byte `q`, closes a quotation and `t` leaves
/// none open after it.
fn closes(t: &str, q: usize) -> bool {
    let rest = &t[q..];
    let count = |m: char| rest.matches(m).count();
    match rest.chars().next() {
        Some('”') => count('”') == count('“') + 1 && count('"') % 2 == 0,
        Some('»') => count('»') == count('«') + 1 && count('"') % 2 == 0,
        Some('"') => count('"') % 2 == 1 && count('“') == count('”'),
        _ => false,
    }
}

/// [`select`] given [`selectable`]`(story)`: the scores of candidates it marks false are never
/// read.
pub fn select_among(
    story: &Story,
    scores: &[f32],
    selectable: &[bool],
    config: &SelectConfig,
) -> Vec<usize> {
    choose(story, scores, selectable, config, |i| {
        Cow::Owned(quotation_of_candidate(story, i))
    })
}

/// [`select_among`], with the [`quotation`] of candidate `i` as `quotation_of(i)` (asked only
/// of candidates `selectable` lets through).
fn choose<'q>(
    story: &Story,
    scores: &[f32],
    selectable: &[bool],
    config: &SelectConfig,
    quotation_of: impl Fn(usize) -> Cow<'q, Quotation>,
) -> Vec<usize> {
    let n = scores.len();
    let mut open: Vec<usize> = (0..n)
        .filter(|&i| selectable[i] && scores[i] > 0.0)
        .collect();
    let words: Vec<usize> = (0..n).map(|i| word_count(story, i)).collect();
    let mut dense = DenseVec::default();
    // The learned scorer's features took every cosine between candidates already; without them
    // (another scorer) each chosen candidate's cosines are taken as it is chosen.
    let known = (story.index).rep_cosines(story.candidates.iter().map(|c| c.rep));
    // Closest cosine of each candidate to the chosen set, updated as the set grows.
    let mut closest = vec![0.0f32; n];
    let mut used = 0;
    let mut chosen: Vec<usize> = Vec::new();
    // Candidates taken with an opening one to keep its quotation whole, by opener.
    let mut units: Vec<(usize, Vec<usize>)> = Vec::new();
    // Candidates passed over because they open with a pronoun ([`dangling`]) while the sentence
    // before them was not chosen: they come back when it is.
    let mut waiting: Vec<usize> = Vec::new();
    // Two sources that share almost nothing ([`unrelated_pair`]): once the first sentence is
    // chosen, the other source's candidates wait in `later` until its own are used up.
    let mut one_source = unrelated_pair(story, config.unrelated);
    let mut later: Vec<usize> = Vec::new();
    // What is chosen from each source, when a source knob is set.
    let mut sources = Sources::new(story, scores, &open, config);
    loop {
        // With a cap on the sentences of a source, its candidates wait while another source's
        // are open.
        let capped = sources.as_ref().is_some_and(|s| s.capping(&open));
        // Best gain; ties go to the lower candidate index, so the result never depends on the
        // order of `open` (which `swap_remove` shuffles).
        let mut best: Option<(usize, f32)> = None;
        for (k, &i) in open.iter().enumerate() {
            let mut gain = scores[i] - config.diversity * closest[i];
            if let Some(s) = &sources {
                if capped && s.full(i) {
                    continue;
                }
                gain += s.adjustment(i, used);
            }
            let better = best.is_none_or(|(b, g)| {
                gain.total_cmp(&g).then(open[b].cmp(&i)) == std::cmp::Ordering::Greater
            });
            if better {
                best = Some((k, gain));
            }
        }
        let Some((k, _)) = best else {
            // The first source is used up: the other one's candidates may fill the rest.
            if later.is_empty() {
                break;
            }
            open.append(&mut later);
            continue;
        };
        let i = open.swap_remove(k);
        let popped = i;
        // A sentence opening a quotation comes with the ones that close it, or not at all; one
        // inside a quotation comes with its opener and the rest of it.
        let (i, tail): (usize, Vec<usize>) = match &*quotation_of(i) {
            Quotation::Continued(tail) => (
                i,
                (tail.iter().copied())
                    .filter(|&j| j != i && !chosen.contains(&j))
                    .collect(),
            ),
            Quotation::Inside(o, tail) if !chosen.contains(o) => (
                *o,
                (tail.iter().copied())
                    .filter(|&j| j != *o && !chosen.contains(&j))
                    .collect(),
            ),
            Quotation::Inside(..) => continue,
            _ => (i, Vec::new()),
        };
        let unit_words = words[i] + tail.iter().map(|&j| words[j]).sum::<usize>();
        if used + unit_words > config.words {
            match config.overflow {
                Overflow::Stop => break,
                Overflow::Skip => continue,
            }
        }
        if closest[i] > config.redundancy || tail.iter().any(|&j| closest[j] > config.redundancy) {
            continue;
        }
        if config.skip_dangling && dangling(story, i, &chosen) {
            // Its antecedent may be chosen later (a lower score): it waits for it instead of
            // being dropped, which left short clusters' summaries half empty.
            if i == popped && story.candidates[i].rep.sent > 0 {
                waiting.push(i);
            }
            continue;
        }
        used += unit_words;
        if let Some(s) = &mut sources {
            s.take(i, 1 + tail.len(), unit_words);
        }
        open.retain(|&j| j != i && !tail.contains(&j));
        if std::mem::take(&mut one_source) {
            let doc = story.candidates[i].rep.doc;
            (open, later) = (open.iter()).partition(|&&j| story.candidates[j].rep.doc == doc);
        }
        for &t in std::iter::once(&i).chain(&tail) {
            chosen.push(t);
            if let Some(sim) = known {
                for &j in open.iter().chain(&waiting).chain(&later) {
                    closest[j] = closest[j].max(sim[t * n + j]);
                }
                continue;
            }
            dense.load(story.index.sentence(story.candidates[t].rep));
            for &j in open.iter().chain(&waiting).chain(&later) {
                let c = dense.cosine(story.index.sentence(story.candidates[j].rep));
                closest[j] = closest[j].max(c);
            }
        }
        if !waiting.is_empty() {
            let taken = |w: usize| {
                let r = story.candidates[w].rep;
                let prev = crate::model::SentenceRef {
                    doc: r.doc,
                    sent: r.sent - 1,
                };
                (std::iter::once(&i).chain(&tail))
                    .any(|&t| story.candidates[t].members.contains(&prev))
            };
            let (ready, still): (Vec<usize>, Vec<usize>) =
                waiting.iter().copied().partition(|&w| taken(w));
            open.extend(ready);
            waiting = still;
        }
        if !tail.is_empty() {
            units.push((i, tail));
        }
    }
    reading_order(story, &mut chosen);
    if !units.is_empty() {
        // Each unit reads in one piece: its closing sentences right after its opener.
        let attached: Vec<usize> = units.iter().flat_map(|(_, t)| t.iter().copied()).collect();
        let mut ordered = Vec::with_capacity(chosen.len());
        for &c in chosen.iter().filter(|c| !attached.contains(c)) {
            ordered.push(c);
            if let Some((_, tail)) = units.iter().find(|(o, _)| *o == c) {
                ordered.extend_from_slice(tail);
            }
        }
        chosen = ordered;
    }
    chosen
}

/// What the chosen sentences draw from each source, for the source knobs of [`SelectConfig`]
/// (`new_source`, `per_source`, `source_share`, `source_quality`). A candidate's source is its
/// representative's article; a unit (an opener and the sentences closing its quotation) counts
/// for its opener's.
struct Sources<'a> {
    story: &'a Story,
    config: &'a SelectConfig,
    /// Sentences and words chosen from each source.
    chosen: Vec<(usize, usize)>,
    /// Each source's quality (`source_quality`): the mean score of its three best candidates.
    quality: Vec<f32>,
}

impl<'a> Sources<'a> {
    /// `None` when no source knob is set: the selection then does no source work at all.
    fn new(
        story: &'a Story,
        scores: &[f32],
        open: &[usize],
        config: &'a SelectConfig,
    ) -> Option<Self> {
        let on = config.new_source != 0.0
            || config.per_source > 0
            || config.source_share != 0.0
            || config.source_quality != 0.0;
        if !on {
            return None;
        }
        let n = story.documents.len();
        let mut quality = vec![0.0f32; n];
        if config.source_quality != 0.0 {
            let mut best: Vec<Vec<f32>> = vec![Vec::new(); n];
            for &i in open {
                best[story.candidates[i].rep.doc as usize].push(scores[i]);
            }
            for (q, b) in quality.iter_mut().zip(&mut best) {
                b.sort_by(|x, y| y.total_cmp(x));
                let top = &b[..b.len().min(3)];
                if !top.is_empty() {
                    *q = top.iter().sum::<f32>() / top.len() as f32;
                }
            }
        }
        Some(Self {
            story,
            config,
            chosen: vec![(0, 0); n],
            quality,
        })
    }

    fn source(&self, i: usize) -> usize {
        self.story.candidates[i].rep.doc as usize
    }

    /// Whether candidate `i`'s source has reached the cap on sentences.
    fn full(&self, i: usize) -> bool {
        self.config.per_source > 0 && self.chosen[self.source(i)].0 >= self.config.per_source
    }

    /// Whether the cap bars full sources now: some open candidate's source is not full.
    fn capping(&self, open: &[usize]) -> bool {
        self.config.per_source > 0 && open.iter().any(|&i| !self.full(i))
    }

    /// What the source knobs add to candidate `i`'s marginal gain with `used` words chosen.
    fn adjustment(&self, i: usize, used: usize) -> f32 {
        let d = self.source(i);
        let (sentences, words) = self.chosen[d];
        let mut add = self.config.source_quality * self.quality[d];
        if sentences == 0 {
            add += self.config.new_source;
        } else if used > 0 {
            add -= self.config.source_share * words as f32 / used as f32;
        }
        add
    }

    /// Records candidate `i` taken, as `sentences` sentences of `words` words.
    fn take(&mut self, i: usize, sentences: usize, words: usize) {
        let d = self.source(i);
        self.chosen[d].0 += sentences;
        self.chosen[d].1 += words;
    }
}

/// The candidates of `chosen` that [`select_among`] took only to finish a quotation opened by
/// another chosen candidate (the sentences after the opener of a unit). They read only after
/// their opener, so nothing that stands alone, such as the story's title, is taken from them.
pub fn quotation_tails(story: &Story, chosen: &[usize]) -> Vec<usize> {
    tails_of(chosen, |i| Cow::Owned(quotation_of_candidate(story, i)))
}

/// [`quotation_tails`] with the [`quotation`] of chosen candidate `i` as `quotation_of(i)`.
fn tails_of<'q>(
    chosen: &[usize],
    quotation_of: impl Fn(usize) -> Cow<'q, Quotation>,
) -> Vec<usize> {
    let mut tails = Vec::new();
    for &i in chosen {
        if let Quotation::Continued(tail) = &*quotation_of(i) {
            tails.extend(
                tail.iter()
                    .copied()
                    .filter(|&j| j != i && chosen.contains(&j)),
            );
        }
    }
    tails
}

/// True when `text` reads as the last sentence of a speech: it has an odd number of straight
/// quotation marks, no curly ones or guillemets, and ends on a straight mark right after a full
/// stop, `!`, `?` or comma (`i love you all! "`, `hate you so much, honestly you're the worst.
/// "`). Read by parity over its article ([`quotation`]) that mark closes a quotation opened in
/// an earlier sentence, so alone the sentence is a piece of someone's words with a stray mark,
/// their speaker and their start left out: when the quotation is short, the sentence is taken
/// with its opener ([`inside_unit`]); when it is longer than [`QUOTE_TAIL`] sentences, or the
/// opener cannot be taken, not at all. (With curly marks [`fragment`] already says so.)
fn ends_a_quotation(text: &str) -> bool {
    let [straight, open, close, open_guillemet, close_guillemet] = marks(text);
    !straight.is_multiple_of(2)
        && open + close + open_guillemet + close_guillemet == 0
        && (text.trim_end().strip_suffix('"'))
            .is_some_and(|body| body.trim_end().ends_with(['.', '!', '?', ',']))
}

/// True when `text` cannot stand alone as a sentence because it starts inside a quotation that
/// opened in an earlier sentence (`… there is no alternative,” Lavrov said.`): it does not open with
/// a quotation mark, and its first quotation mark closes one. A curly closing mark says so by its
/// shape. A straight one (`"`) is ambiguous, more so in lower-cased text, so it counts only when
/// nothing before it in the sentence opened it (an odd number of them), it follows a comma, `?` or
/// `!`, and an attribution verb comes within the next eight words (`…, " she said`).
pub fn fragment(text: &str) -> bool {
    let t = text.trim_start();
    adverbials_only(t) || starts_inside_quotation(t)
}

/// The quotation half of [`fragment`]: `t` (trimmed at its start) does not open with a mark and
/// its first mark closes a quotation opened before it (`… there is no alternative,” Lavrov
/// said.`, `it's huge honor, " he said.`).
fn starts_inside_quotation(t: &str) -> bool {
    if t.starts_with(['"', '“', '«', '\'', '‘', '`']) {
        return false;
    }
    let Some(q) = find_quote(t) else {
        return false;
    };
    match t[q..].chars().next() {
        Some('”' | '»') => true,
        Some('"') => {
            t.matches('"').count() % 2 == 1
                && t[..q].trim_end().ends_with([',', '?', '!'])
                && t[q + 1..].split_whitespace().take(8).any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphabetic());
                    ATTRIBUTION.iter().any(|a| w.eq_ignore_ascii_case(a))
                })
        }
        _ => false,
    }
}

/// `t.find(['"', '”', '“', '«', '»'])`, byte by byte: `"` is one byte, `“` and `”` are
/// `E2 80 9C` and `E2 80 9D`, `«` and `»` are `C2 AB` and `C2 BB`. A match starts on a lead
/// byte, so it is the same char boundary the char search returns; only `"`, `E2` and `C2` bytes
/// are looked at instead of every decoded char (this runs on every candidate).
fn find_quote(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    // Only the three bytes a match can start on are looked at (a vectorised search finds them);
    // each is tested as the byte loop tested it, in order, so the first hit is the same.
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, b).find(|&i| match b[i] {
        b'"' => true,
        0xE2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C | 0x9D)),
        _ => matches!(b.get(i + 1), Some(0xAB | 0xBB)),
    })
}

/// Words of a page's time stamp besides the date: `Updated at 10: 45 a.m. ET`.
const STAMP_WORDS: [&str; 14] = [
    "on",
    "at",
    "updated",
    "published",
    "posted",
    "video",
    "photo",
    "last",
    "a.m",
    "p.m",
    "am",
    "pm",
    "et",
    "gmt",
];

/// Labels of a page's furniture that open a sentence with a colon: a gallery's or a video's
/// teaser (`Photos: jon bon jovi shows off his abs …`), a picture credit (`Photo: mark harris`,
/// `Image credit: nbc`, `Source: wikimedia commons 25.`), a link to another story (`More: …`,
/// `Full story: …`, `Also: …`, which heads a related headline in every one of val's five) or a
/// byline (`By: ctvbc.ca`). Lower case, longest first.
const FURNITURE_LABELS: [&str; 32] = [
    "view photo gallery",
    "picture credit",
    "image gallery",
    "photo gallery",
    "image credit",
    "photo credit",
    "full story",
    "slideshow",
    "read more",
    "see also",
    "pictures",
    "exclusive",
    "gallery",
    "picture",
    "related",
    "credits",
    "see it",
    "credit",
    "photos",
    "images",
    "videos",
    "topics",
    "source",
    "image",
    "photo",
    "video",
    "watch",
    "more",
    "plus",
    "tags",
    "also",
    "by",
];

/// True for a sentence that opens with a page's label and a colon (`FURNITURE_LABELS`). In
/// flattened text the teaser or credit after the label has no end mark, so it runs into the
/// next sentence (`Photos: shooting at kentucky high school bailey's parents said …`): the
/// cleaner cannot tell where the page's words stop without the capitals that lower-cased text
/// has lost, so it keeps them (the sentence's facts still reach quotes and the timeline), and
/// the summary leaves the sentence out instead. A label needs the colon right after it and
/// nothing but marks before it (`• photos: …`); `The photos: …` is not one. A related-links
/// box's label needs no colon (`related_led`: `Related content kangaroos are lefties …`).
pub fn label_led(text: &str) -> bool {
    related_led(text) || colon_label_led(text)
}

/// What a page's related-links box names its links by after `Related` (`Related content …`,
/// `Related articles …`): with one of these, or a colon, bullet or dash, the word opens the box,
/// not prose (`Related research has shown …` stays).
const RELATED_NOUNS: [&str; 18] = [
    "article",
    "articles",
    "content",
    "coverage",
    "galleries",
    "gallery",
    "headlines",
    "images",
    "items",
    "links",
    "news",
    "photos",
    "posts",
    "reading",
    "stories",
    "story",
    "topics",
    "video",
];

/// True for a sentence that opens with a related-links box's label (`Related content kangaroos
/// are lefties … now, scientists have found …`, `Related topics • shortly after …`, `Related
/// story: woman says …`, `More related to this story …`): the box's first headline runs into
/// the story's text with no mark between, as after a [`FURNITURE_LABELS`] label and its colon.
fn related_led(text: &str) -> bool {
    // Every candidate is asked: its first byte sends back all but those opening on `r` or `m`
    // (or a mark before them).
    if text
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_alphanumeric() && !matches!(b | 0x20, b'r' | b'm'))
    {
        return false;
    }
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let more = t.get(..5).is_some_and(|m| m.eq_ignore_ascii_case("more "));
    let t = if more { &t[5..] } else { t };
    let Some(rest) = t
        .get(..7)
        .filter(|head| head.eq_ignore_ascii_case("related"))
        .map(|_| &t[7..])
    else {
        return false;
    };
    if !rest.starts_with(char::is_whitespace) && !rest.starts_with(':') {
        return false;
    }
    let rest = rest.trim_start();
    if rest.starts_with([':', '•', '–', '—', '-', '|']) {
        return true;
    }
    if more {
        // `More related to this story …`
        return rest
            .get(..13)
            .is_some_and(|r| r.eq_ignore_ascii_case("to this story"));
    }
    let word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    RELATED_NOUNS
        .iter()
        .any(|n| n.len() == word.len() && n.eq_ignore_ascii_case(word))
}

/// [`label_led`]'s colon half: a [`FURNITURE_LABELS`] label right before a colon.
fn colon_label_led(text: &str) -> bool {
    // Every candidate is asked, and almost none has a colon near its start: one SIMD search
    // of the first bytes (the longest label has 18, after a bullet or a quote) settles them.
    // `:` is ASCII, so its byte index is a char boundary.
    let b = text.as_bytes();
    let Some(colon) = memchr::memchr(b':', &b[..b.len().min(24)]) else {
        return false;
    };
    let head = text[..colon].trim_start_matches(|c: char| !c.is_alphanumeric());
    FURNITURE_LABELS
        .iter()
        .any(|l| head.len() == l.len() && head.eq_ignore_ascii_case(l))
}

/// Imperatives by which a page sends its reader on to more of its own pages when `our` follows
/// ([`house_promo`]). In val 1–5,622's articles every sentence opening on one of them and `our`
/// is such a line (29: `Subscribe to our free newsletters`, `Take our poll …`, `See our privacy
/// policy …`, `Read our interview with him here.`).
const PROMO_VERBS: [&str; 12] = [
    "browse",
    "check out",
    "explore",
    "follow",
    "join",
    "listen to",
    "read",
    "see",
    "subscribe to",
    "take",
    "visit",
    "watch",
];

/// True for a sentence that is the page's call to its own reader: it opens on one of
/// `PROMO_VERBS` and `our`, the site speaking of itself (`See our full coverage.`, `read our
/// overtones column on kendrick lamar.`, `Take our poll wave goodbye, weiner should …?`, `Join our
/// espn.com nfl experts for super bowl xlix …`). It tells the story nothing, and a reader of the
/// summary cannot follow it. Only the sentence's very first word counts, so quoted speech (`"Join
/// our fight," she said.`, which opens on the mark) and prose that names the site later (`Readers
/// can see our map …`) stay.
pub fn house_promo(text: &str) -> bool {
    // Every candidate is asked: most open on a letter no verb of the list starts with.
    if !(text.as_bytes().first()).is_some_and(|b| {
        matches!(
            b | 0x20,
            b'b' | b'c' | b'e' | b'f' | b'j' | b'l' | b'r' | b's' | b't' | b'v' | b'w'
        )
    }) {
        return false;
    }
    // `our` opens the second word, or the third after a two-word verb (`check out`, `listen
    // to`, `subscribe to`): the verb is what comes before it, compared whole.
    let our = |rest: &str| {
        rest.get(..3).is_some_and(|o| o.eq_ignore_ascii_case("our"))
            && !rest[3..].starts_with(char::is_alphanumeric)
    };
    let Some(space) = text.bytes().take(10).position(|b| b == b' ') else {
        return false;
    };
    let verb_end = if our(&text[space + 1..]) {
        space
    } else {
        let rest = &text[space + 1..];
        let Some(second) = rest.bytes().take(4).position(|b| b == b' ') else {
            return false;
        };
        if !our(&rest[second + 1..]) {
            return false;
        }
        space + 1 + second
    };
    PROMO_VERBS
        .iter()
        .any(|verb| verb.eq_ignore_ascii_case(&text[..verb_end]))
}

/// True for a sentence that is only the attribution of a quotation, its words left behind when
/// the segmenter split the quotation from it: `" hishammuddin said in a statement. "`, `he told
/// the magazine.`, `the note said.`, `said sen. john boozman, r-ark.`. What is said is in
/// another sentence, so alone it tells a reader nothing but who spoke. It is at most
/// 12 words, marks aside; one of `said`, `says`, `told`, `tells`, `added`, `adds`, `wrote`,
/// `writes` or `explained` comes
/// after at most five words of a speaker, and what follows the verb is empty, a name (the
/// verb first), a short object of `told`/`tells`, or a phrase on a preposition of
/// a short list or a weekday or month (`in a statement`, `on wednesday`), with no clause in it: no
/// pronoun, auxiliary, `that` or quotation of its own (`she said in an interview she was
/// happy.` reports something).
pub fn attribution_only(text: &str) -> bool {
    let t = (text.trim())
        .trim_matches(|c: char| QUOTE_MARKS.contains(&c) || c.is_whitespace())
        .trim_end_matches(['.', '!', '?', ','])
        .trim_end_matches(|c: char| QUOTE_MARKS.contains(&c) || c.is_whitespace());
    // Most candidates are longer: the byte length, then the word count (`words` below has one
    // entry per whitespace-separated token; `count_words` reads ASCII text a vector of bytes at
    // a time), send them back before any character is decoded.
    if t.is_empty() || t.len() > 120 || crate::features::count_words(t) > ATTRIBUTION_MAX_WORDS {
        return false;
    }
    // Any quotation mark ([`find_quote`]'s: a vectorised search, where `contains` of the
    // five chars decoded every char).
    if find_quote(t).is_some() {
        return false;
    }
    // Most of the rest hold no such verb: a scan without allocation sends them back. A word
    // shorter than the shortest verb (four letters) is not trimmed and compared.
    let is_verb = |w: &str| {
        w.len() >= 4 && {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            SPOKE.iter().any(|s| w.eq_ignore_ascii_case(s))
        }
    };
    if !t.split_whitespace().any(is_verb) {
        return false;
    }
    // A word's part before an apostrophe: `he's` is `he`, `mary's` is `mary`.
    let raw: Vec<&str> = t.split_whitespace().collect();
    let words: Vec<String> = (raw.iter())
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w[..w.find(['\'', '’']).unwrap_or(w.len())].to_ascii_lowercase()
        })
        .collect();
    let Some(v) = (words.iter()).position(|w| SPOKE.contains(&w.as_str())) else {
        return false;
    };
    let (speaker, rest) = (&words[..v], &words[v + 1..]);
    let has = |ws: &[String], list: &[&str]| ws.iter().any(|w| list.contains(&w.as_str()));
    if v > 5 || has(speaker, SPEAKER_STOPS) || has(rest, CLAUSE_WORDS) {
        return false;
    }
    // A comma after the verb starts a clause (`says at first, thompson appeared fine.`), and
    // one after two words of the speaker ends a report the attribution closes (`knowles had a
    // system, investigators said.`); `palin, 24, said on her blog.` is a speaker's apposition.
    let comma_at = raw.iter().position(|w| w.ends_with(','));
    if comma_at.is_some_and(|c| (v > 0 && c >= v) || (1..v).contains(&c)) {
        return false;
    }
    let adjunct = |r: &[String]| {
        r.first().is_none_or(|w| {
            ATTRIBUTION_ADJUNCTS.contains(&w.as_str())
                || storyline_text::time::is_month_or_weekday(w)
        })
    };
    match words[v].as_str() {
        // `said sen. john boozman, r-ark.`: the speaker after the verb, nothing reported.
        "said" | "says" | "added" | "adds" | "wrote" | "writes" if v == 0 => {
            !rest.is_empty() && rest.len() <= 6
        }
        _ if v == 0 => false,
        // `he told the magazine.`, `an insider told dn.`, `he told reporters on monday.`
        "told" | "tells" => (0..=rest.len().min(3)).any(|k| adjunct(&rest[k..])),
        _ => adjunct(rest),
    }
}

/// Verbs of [`attribution_only`]: [`ATTRIBUTION`]'s first nine, `said` to `explained`, not
/// `continued` (`The fighting continued.`), `asked` or `according`.
const SPOKE: &[&str] = ATTRIBUTION.split_at(9).0;

/// Words that cannot be in the speaker before an attribution verb in [`attribution_only`]: a
/// clause's (`what he told me.`) or a passive's (`three routes were added.`).
const SPEAKER_STOPS: &[&str] = &[
    "that", "what", "how", "why", "whether", "if", "which", "when", "is", "was", "were", "are",
    "be", "been", "being", "not", "never", "so", "but",
];

/// Words of [`attribution_only`]'s longest sentence (`patrick o'sullivan wrote in a chilling
/// note obtained by police.` is 11).
const ATTRIBUTION_MAX_WORDS: usize = 12;

/// Quotation marks [`attribution_only`] trims from a sentence's ends (a single one too: none
/// may be left inside but an apostrophe).
const QUOTE_MARKS: [char; 6] = ['"', '“', '”', '«', '»', '\''];

/// Prepositions and time words that may follow an attribution verb in [`attribution_only`]
/// (`said in a statement`, `wrote on twitter`), besides a weekday or a month (`told reporters
/// wednesday`, [`storyline_text::time::is_month_or_weekday`]); not `to`, which after `told` is
/// an order reported (`told the suspects to drop their weapons.`).
const ATTRIBUTION_ADJUNCTS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "via",
    "through",
    "from",
    "after",
    "before",
    "by",
    "later",
    "earlier",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
];

/// Words that start or make a clause: with one, an attribution reports something of its own
/// (`she said in an interview she was happy.`, `he told me that he was sorry.`, `tristen told
/// police novak yelled at him to leave`, `told the suspects to drop their weapons.`).
const CLAUSE_WORDS: &[&str] = &[
    "that", "what", "how", "why", "whether", "if", "who", "which", "it", "is", "was", "were",
    "are", "be", "been", "will", "would", "could", "should", "can", "had", "has", "have", "not",
    "no", "he", "she", "they", "we", "you", "i", "there", "these", "those", "and", "but", "so",
    "to",
];

/// True for a sentence that is one bracket from its first byte to its last, but for end marks
/// (`( trump had a point. )`, `( xinhua/yao qilin )`, `[ photo via screengrab ]`): an aside
/// that leans on the sentence before it, or a credit, never a sentence a summary can stand on.
/// The segmenter ends a sentence before a bracket that opens after a period, so such asides
/// are sentences of their own.
pub fn bracketed(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', '"', '”', ' ']);
    let close = match t.as_bytes().first() {
        Some(b'(') => b')',
        Some(b'[') => b']',
        _ => return false,
    };
    if t.as_bytes().last() != Some(&close) {
        return false;
    }
    // The first bracket closes at the end, not before (`( ap ) — the talks …)` is not one).
    let open = t.as_bytes()[0];
    let mut depth = 0usize;
    for (i, &b) in t.as_bytes().iter().enumerate() {
        if b == open {
            depth += 1;
        } else if b == close {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return i + 1 == t.len();
            }
        }
    }
    false
}

/// True for a sentence that is only a date or a page's time stamp (`Sunday oct. 2, 2016.`,
/// `Video updated november 15, 2018.`): a caption's or a page's line, which tells a reader
/// nothing. [`storyline_text::time::parse_date_line`] reads it as a stand-alone date, and every
/// word but the date's is one of a stamp's few (`The truce collapsed on Monday, September 19,
/// 2016.` is a sentence).
pub fn date_line(text: &str) -> bool {
    // [`storyline_text::time::parse_date_line`] reads no line longer than its limit (trimmed as
    // it trims), so such a sentence is no date line whatever its words: the test costs a few
    // instructions where the word test below cost hundreds, and about half the candidates of a
    // val cluster are longer than that.
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.len() > storyline_text::time::DATE_LINE_MAX_BYTES {
        return false;
    }
    // The word test first: it fails on the first word of almost every candidate, and the date
    // search runs only for the few made of dates and stamp words.
    text.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        w.is_empty()
            || storyline_text::time::is_month_or_weekday(w)
            || STAMP_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s))
    }) && storyline_text::time::parse_date_line(text).is_some()
}

/// True for the first kind of [`fragment`]: an opening adverbial followed only by a subordinate
/// clause (`On October 4, one day after the US announced it is halting talks.`).
pub fn adverbial_fragment(text: &str) -> bool {
    adverbials_only(text.trim_start())
}

/// True for a verbless fragment made of an opening adverbial and a subordinate clause, with no
/// main clause: `On October 4, one day after the US announced it is halting talks.` The opening
/// is a preposition phrase up to the first comma; what follows starts, within three words, with a
/// subordinating conjunction and has no further comma, so nothing can be the main clause.
fn adverbials_only(t: &str) -> bool {
    // The first word can equal an opener only when it starts with an opener's first letter:
    // one byte tested before the word is split off (this runs on every candidate, and most
    // open with another letter).
    let lead = t
        .trim_start()
        .as_bytes()
        .first()
        .map(u8::to_ascii_lowercase);
    lead.is_some_and(|b| ADVERBIAL_OPENERS.iter().any(|o| o.as_bytes()[0] == b))
        && adverbials_after(t)
}

/// Words that open an adverbial phrase [`adverbial_fragment`] looks for.
const ADVERBIAL_OPENERS: &[&str] = &["on", "in", "at", "by", "since", "until", "early", "late"];

/// [`adverbials_only`] without its first-letter test.
fn adverbials_after(t: &str) -> bool {
    const SUBORDINATORS: &[&str] = &["after", "before", "since", "when", "while", "until"];
    let Some(first) = t.split_whitespace().next() else {
        return false;
    };
    if !ADVERBIAL_OPENERS
        .iter()
        .any(|o| first.eq_ignore_ascii_case(o))
    {
        return false;
    }
    let Some((_, rest)) = t.split_once(',') else {
        return false;
    };
    // The four words first: most commas after an opener start a main clause, and the scan of
    // the whole rest for a second comma (which decodes every char) is then not needed.
    rest.split_whitespace()
        .take(4)
        .any(|w| SUBORDINATORS.iter().any(|s| w.eq_ignore_ascii_case(s)))
        && !rest.contains([',', ';', ':', '"', '“', '”'])
}

/// Verbs that attribute a quotation to its speaker ([`SPOKE`] is the first nine: keep them first).
const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "explained",
    "continued",
    "asked",
    "according",
];

/// Pronouns that need the previous sentence to be understood. `that` as `this` is
/// (`That's why …`, `That man has filed a lawsuit.`, `That left torres as the only heir.`):
/// an opening `that` is a demonstrative far more often than a clause's conjunction.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "his", "her", "their", "its", "this", "that", "these", "those",
];

/// True when sentence `r` is a piece of a sentence that the cleaner cut in two
/// ([`storyline_text::clean::Block::splits_sentence`]): the last of its block before such a
/// cut (`… against president trump`) or the first after it (`( d-n.y. ) announced tuesday …`,
/// `'s paid speeches …`). Neither piece reads as a sentence.
pub fn piece_of_split(documents: &[Document], r: SentenceRef) -> bool {
    let doc = &documents[r.doc as usize];
    let (i, blocks) = (r.sent as usize, &doc.cleaned.blocks);
    let b = doc.sentences[i].block as usize;
    let last = doc
        .sentences
        .get(i + 1)
        .is_none_or(|s| s.block as usize != b);
    let first = i == 0 || doc.sentences[i - 1].block as usize != b;
    (last
        && blocks
            .get(b + 1)
            .is_some_and(storyline_text::clean::Block::splits_sentence))
        || (first && b > 0 && blocks[b - 1].splits_sentence())
}

/// True when sentence `r` is where its article's text was cut off mid-sentence (research datasets
/// truncate their sources: Multi-News keeps ~450 words): it ends the text, without closing
/// punctuation, on a word no sentence ends with (`… was disguised as a`) or that sentences of
/// Multi-News train almost never end with (`There were only five`: `ends_nothing`). A reader
/// cannot use a sentence that stops mid-phrase. A last sentence that only lacks its full stop (`… said on
/// monday`) may be whole and stays: dropping every unpunctuated last sentence cost 0.10 ROUGE-1 on
/// val (docs/model.md, second round), 0.25 on the first 2,000 val clusters in the tenth. A near-duplicate candidate is shown by a whole member
/// instead ([`crate::dedupe::candidates`]).
pub fn cut_off(documents: &[Document], r: SentenceRef) -> bool {
    let doc = &documents[r.doc as usize];
    let span = doc.sentences[r.sent as usize].span;
    ends_cut_off(span.slice(&doc.article.text), &doc.article.text[span.end..])
}

/// [`cut_off`] on the sentence's text and the article text after it.
///
/// Also cut off: a quotation left open (`gingrich said, "if you had said to him, 'you have to be
/// re-elected but bill clinton is going to be next`), a lone word after the last comma that
/// no sentence ends on (`At wednesday's hearing with secretary kathleen sebelius, rogers`; not
/// `…, however`, `…, too`), and an opening clause with no comma, which never reached its main
/// clause ([`opening_clause_only`]: `Due to all the ice that falls`).
fn ends_cut_off(sentence: &str, after: &str) -> bool {
    // The two cheap tests first: nearly every sentence has text after it or ends on punctuation,
    // and then the scans of the whole sentence below (which only decide among the rest) are
    // not needed. Every test is a pure function of the text, so the order changes no answer.
    if !after.trim_start().is_empty() {
        return false;
    }
    let last = sentence.rsplit(char::is_whitespace).next().unwrap_or("");
    if last.ends_with(['.', '!', '?', '"', '”', '\'', '’', ')', ']']) {
        return false;
    }
    // A dash, an opening bracket or a currency sign before its missing amount (`… a
    // fourth-quarter profit of $`) ends no sentence.
    if matches!(
        last,
        "-" | "--" | "–" | "—" | "(" | "[" | "$" | "£" | "€" | "¥"
    ) || last.ends_with([',', ';', ':'])
        || teaser_cut(sentence, last)
        || (last.chars().all(char::is_alphabetic) && ends_nothing(last))
    {
        return true;
    }
    opens_a_quote(sentence) || lone_word_after_comma(sentence) || opening_clause_only(sentence)
}

/// True when `sentence` opens on a subordinate clause or an adverbial phrase (a conjunction of
/// [`SUBORDINATORS`] or [`SUBORDINATING_PHRASES`], or a phrase of [`OPENING_PREPOSITIONS`]) and
/// has no comma: at the end of its text, without closing punctuation, the clause never reached
/// the main clause it leads to (`While starboard would support the idea of a merger`, `Due to
/// all the ice that falls`). Counted on the summaries of 6eb9b84: 46 such chosen sentences on
/// val, 78 on train 1–10,000; of those at the end of their text (45 and 77) all are cut but
/// one on train (`If you still need it my office will get to you`, whole without its comma).
fn opening_clause_only(sentence: &str) -> bool {
    if sentence.contains(',') {
        return false;
    }
    let t = sentence.trim_start();
    let starts = |p: &str| {
        (t.as_bytes().get(..p.len())).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
            && t[p.len()..].starts_with(' ')
    };
    let first = first_word(t);
    (t[first.len()..].starts_with(' ')
        && SUBORDINATORS.iter().any(|w| first.eq_ignore_ascii_case(w)))
        || SUBORDINATING_PHRASES.iter().any(|p| starts(p))
        || OPENING_PREPOSITIONS.iter().any(|p| starts(p))
}

/// Prepositions and prepositional phrases that open an adverbial before a sentence's main clause
/// ([`opening_clause_only`]; not `for` or `like`, which also open whole sentences: `For lewin
/// was almost certainly the first victim …`).
const OPENING_PREPOSITIONS: [&str; 10] = [
    "according to",
    "because of",
    "due to",
    "in addition to",
    "amid",
    "despite",
    "during",
    "following",
    "unlike",
    "with",
];

/// True when `sentence`, whose last whitespace-separated word is `last`, ends on a spaced
/// ellipsis after a word (`… his lawyer said …`): a page's teaser, cut where the page cut it. Not
/// after a link (`… yes later.https://twitter.com/… …`: an embedded tweet's own ellipsis ends a
/// whole post).
fn teaser_cut(sentence: &str, last: &str) -> bool {
    last == "…"
        && sentence[..sentence.len() - last.len()]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
}

/// True when `sentence` leaves a quotation open (an odd count of straight marks, or more opening
/// curly marks than closing ones).
fn opens_a_quote(sentence: &str) -> bool {
    sentence.matches('"').count() % 2 == 1
        || sentence.matches('“').count() > sentence.matches('”').count()
}

/// True when `sentence` ends on a lone word after its last comma that is no sentence adverb
/// (`… the report said, according`): a clause cut off, not one closed by `however` or `too`.
fn lone_word_after_comma(sentence: &str) -> bool {
    sentence.rsplit_once(',').is_some_and(|(_, tail)| {
        let tail = tail.trim();
        !tail.is_empty()
            && tail.chars().all(char::is_alphabetic)
            && !matches!(
                tail.to_ascii_lowercase().as_str(),
                "however"
                    | "too"
                    | "though"
                    | "instead"
                    | "anyway"
                    | "again"
                    | "respectively"
                    | "yet"
                    | "please"
                    | "also"
                    | "still"
                    | "then"
                    | "now"
                    | "today"
                    | "tonight"
                    | "yesterday"
                    | "tomorrow"
                    | "thanks"
            )
    })
}

/// Words a complete sentence (almost) never ends with, from two lists. Written out below: articles
/// and other determiners, prepositions, conjunctions, possessives, subject pronouns and auxiliaries
/// (`the`, `of`, `and`, `his`, `he`, `was`, `be`, `like`). Counted: [`RARELY_FINAL`], the words
/// that end under 2% of their 300 or more occurrences in Multi-News train sentences (numbers,
/// adjectives, participles, first names: `five`, `entire`, `having`, `patrick`), written by
/// `python3 scripts/rarely_final_words.py /work/shared/data/multinews/train.jsonl.gz`.
fn ends_nothing(word: &str) -> bool {
    rarely_final(word) || ends_nothing_by_hand(word)
}

/// The counted list of [`ends_nothing`]: one lower-case ASCII word a line, sorted, after `#`
/// header lines.
const RARELY_FINAL: &str = include_str!("rarely_final_words.txt");

/// True when `word` is in [`RARELY_FINAL`], compared without ASCII case (its words are ASCII, so
/// a word with other letters is never in it).
fn rarely_final(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        RARELY_FINAL
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    words
        .binary_search_by(|w| w.bytes().cmp(word.bytes().map(|b| b.to_ascii_lowercase())))
        .is_ok()
}

/// The written-out list of [`ends_nothing`].
fn ends_nothing_by_hand(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "a",
        "about",
        "across",
        "after",
        "against",
        "almost",
        "although",
        "amid",
        "among",
        "an",
        "and",
        "another",
        "are",
        "as",
        "at",
        "because",
        "be",
        "been",
        "before",
        "being",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "despite",
        "did",
        "does",
        "during",
        "each",
        "either",
        "every",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "if",
        "in",
        "including",
        "into",
        "is",
        "its",
        "like",
        "may",
        "might",
        "must",
        "my",
        "nearly",
        "neither",
        "nor",
        "of",
        "on",
        "onto",
        "or",
        "our",
        "over",
        "per",
        "shall",
        "she",
        "should",
        "since",
        "such",
        "than",
        "that",
        "the",
        "their",
        "these",
        "they",
        "this",
        "those",
        "though",
        "through",
        "to",
        "toward",
        "towards",
        "under",
        "unless",
        "until",
        "upon",
        "very",
        "via",
        "was",
        "we",
        "were",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "will",
        "with",
        "within",
        "without",
        "would",
        "your",
    ];
    WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// True when the story keeps exactly two sources and their tf·idf cosine is below `below`: two
/// pages that share almost none of their words tell two stories (on Multi-News, a page of
/// another story scraped beside the right one, which the off-topic stage cannot tell apart with
/// no third source to side with either), and a summary that mixes them tells neither well.
fn unrelated_pair(story: &Story, below: f32) -> bool {
    let mut kept = (story.kept.iter().enumerate())
        .filter(|&(_, &k)| k)
        .map(|(d, _)| d);
    let (Some(a), Some(b), None) = (kept.next(), kept.next(), kept.next()) else {
        return false;
    };
    let docs = &story.index.documents;
    !docs[a].is_empty() && !docs[b].is_empty() && docs[a].cosine(&docs[b]) < below
}

/// True when candidate `i` opens with a pronoun, or with one after an opening conjunction
/// ([`referring_opener`]), and the sentence before it is not chosen.
fn dangling(story: &Story, i: usize, chosen: &[usize]) -> bool {
    let rep = story.candidates[i].rep;
    let Some(rest) = referring_opener(story.sentence_text(rep)) else {
        return false;
    };
    if rep.sent == 0 {
        return !expletive_it(rest);
    }
    let prev = crate::model::SentenceRef {
        doc: rep.doc,
        sent: rep.sent - 1,
    };
    !chosen
        .iter()
        .any(|&j| story.candidates[j].members.contains(&prev))
}

/// The text of `text` from its word that refers back to the sentence before it: a pronoun of
/// [`PRONOUNS`] opening it, or one right after an opening conjunction of
/// [`OPENING_CONJUNCTIONS`] and a comma or space (`But they never reached …`, `And, it …`; not
/// with a time word between them, `But now it's …`: measured in the thirty-seventh round, 8
/// summaries changed, none better); or the whole of `text` when it opens on `Then` (`Then he
/// went missing …`, not `Then-sen. …`), on a phrase pointing back ([`back_phrase`]: `In that
/// case, …`, `After that, …`) or on a subordinate clause about a pronoun that the main clause
/// does not name ([`unnamed_clause`]: `When he arrived, he …`), or on a noun phrase that only
/// names what was just said ([`back_noun_phrase`]: `The latter, …`, `The same goes for …`), or
/// names `the latter` of two things it does not name itself ([`names_the_latter`]: `Let's deal
/// with the latter first.`);
/// each of these but `then` after an opening conjunction too (`But in this case, …`, `And with
/// that, …`: [`points_back`]).
fn referring_opener(text: &str) -> Option<&str> {
    let pronoun = |w: &str| PRONOUNS.iter().any(|p| w.eq_ignore_ascii_case(p));
    let first = first_word(text);
    if pronoun(first) {
        return Some(text);
    }
    if OPENING_CONJUNCTIONS
        .iter()
        .any(|c| first.eq_ignore_ascii_case(c))
    {
        let rest = text[first.len()..].trim_start_matches([' ', ',']);
        let second = first_word(rest);
        // `But then he slipped …` tells the next step of a story whose start other sentences
        // may already have told: left free (measured in the thirty-seventh and thirty-ninth
        // rounds, the facts lost outweighed the danglers fixed).
        let then = second.eq_ignore_ascii_case("then");
        return (pronoun(second) || (!then && points_back(rest, second))).then_some(rest);
    }
    points_back(text, first).then_some(text)
}

/// True when `text`, whose first word is `first`, opens on a word or phrase other than a pronoun
/// that points back to the sentence before it (the rest of [`referring_opener`]'s forms); after
/// an opening conjunction too (`But in this case, they are irresistible.`, `And with that, …`;
/// not `But then …`, [`referring_opener`]).
fn points_back(text: &str, first: &str) -> bool {
    let then = first.eq_ignore_ascii_case("then") && text[first.len()..].starts_with([' ', ',']);
    then || back_phrase(text, first)
        || since_then(text, first)
        || back_noun_phrase(text, first)
        || unnamed_clause(text, first)
        || names_the_latter(text)
}

/// True when `text` names `the latter` of two things it does not name itself: no word of
/// [`PAIR_WORDS`] comes before it (`Let's deal with the latter first.`, `… allow people to do
/// the latter, which …`; not `… how they died and whether they were related, but … should
/// answer the latter question`), and it is no time phrase (`the latter part of 2013`). Counted
/// among the chosen sentences of 6eb9b84: 14 on val, 23 on train 1–10,000; besides those opening
/// on `The latter` ([`back_noun_phrase`]), this picks 7 on val and 8 on train, all pointing
/// back but one on each (`… from its rightful owner: the united states company france.com, inc,
/// claiming the latter had registered …`; `… $ 10,000 to $ 20,000 – the latter figure …`).
fn names_the_latter(text: &str) -> bool {
    const NEEDLE: &[u8] = b"the latter";
    let bytes = text.as_bytes();
    let Some(at) = find_the_latter(bytes) else {
        return false;
    };
    let boundary = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphabetic());
    if !boundary(at.checked_sub(1).and_then(|i| bytes.get(i)))
        || !boundary(bytes.get(at + NEEDLE.len()))
    {
        return false;
    }
    let next = first_word(text[at + NEEDLE.len()..].trim_start());
    if LATTER_TIMES.iter().any(|w| next.eq_ignore_ascii_case(w)) {
        return false;
    }
    !text[..at]
        .split(|c: char| !c.is_alphabetic())
        .any(|w| PAIR_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// Where `the latter` first occurs in `bytes`, in any ASCII case. Every selectable sentence is
/// asked, and a byte-by-byte window compare cost 0.013 M instructions a cluster (1.2% of a brief);
/// `atter` (or `ATTER`) is found by `memchr`'s vector search instead and the five bytes before it
/// are checked, so a sentence without it costs two fast scans.
fn find_the_latter(bytes: &[u8]) -> Option<usize> {
    const HEAD: &[u8] = b"the l";
    // Built once: a searcher's set-up cost as much as the search on a short sentence.
    static TAILS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
        [b"atter", b"ATTER"].map(|tail| memchr::memmem::Finder::new(tail).into_owned())
    });
    TAILS
        .iter()
        .filter_map(|tail| {
            tail.find_iter(bytes)
                .filter_map(|at| at.checked_sub(HEAD.len()))
                .find(|&start| bytes[start..start + HEAD.len()].eq_ignore_ascii_case(HEAD))
        })
        .min()
}

/// Words that name two things, or a choice between them, before a sentence's `the latter`, which
/// then points inside the sentence ([`names_the_latter`]).
const PAIR_WORDS: [&str; 9] = [
    "and", "or", "but", "nor", "former", "between", "either", "both", "whether",
];

/// Nouns after `the latter` that make it a time phrase (`the latter part of 2013`), not a
/// pointer ([`names_the_latter`]).
const LATTER_TIMES: [&str; 8] = [
    "part", "half", "stage", "stages", "years", "days", "weeks", "months",
];

/// True when `text`, whose first word is `first`, opens on a noun phrase that only names what
/// the sentence before it said: `The latter` (`The latter, he said, was a reference to …`) or
/// `The same` before a verb of [`SAME_VERBS`] (`The same goes for …`, `The same is true of …`;
/// not `The same day, …`).
fn back_noun_phrase(text: &str, first: &str) -> bool {
    if !first.eq_ignore_ascii_case("the") {
        return false;
    }
    let Some(rest) = text[first.len()..].strip_prefix(' ') else {
        return false;
    };
    let second = first_word(rest);
    if second.eq_ignore_ascii_case("latter") {
        return true;
    }
    second.eq_ignore_ascii_case("same")
        && rest[second.len()..].strip_prefix(' ').is_some_and(|r| {
            let verb = first_word(r);
            SAME_VERBS.iter().any(|v| verb.eq_ignore_ascii_case(v))
        })
}

/// Verbs after an opening `The same` that make it stand for what was just said
/// ([`back_noun_phrase`]).
const SAME_VERBS: [&str; 6] = ["goes", "went", "holds", "applies", "is", "was"];

/// True when `text`, whose first word is `first`, opens on `then` after a preposition of
/// [`THEN_PREPOSITIONS`] (`Since then, lawmakers have passed …`, `By then he'd had …`): the time
/// it counts from is told in the sentence before it.
fn since_then(text: &str, first: &str) -> bool {
    if !THEN_PREPOSITIONS
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
    {
        return false;
    }
    let Some(rest) = text[first.len()..].strip_prefix(' ') else {
        return false;
    };
    let second = first_word(rest);
    second.eq_ignore_ascii_case("then") && rest[second.len()..].starts_with([' ', ','])
}

/// Prepositions before an opening `then` that make it point back ([`since_then`]).
const THEN_PREPOSITIONS: [&str; 4] = ["since", "until", "by", "even"];

/// True when `text`, whose first word is `first`, opens on a subordinate clause whose subject is
/// `he`, `she` or `they` and whose main clause, after the first comma, opens on a word of
/// [`UNNAMING_SUBJECTS`] (`By the time he recovered, he said …`, `When she heard the news, she
/// couldn't breathe.`, `When he lifted the rock, it escaped …`): nothing in the sentence names
/// who it is about. Not when the main clause opens on anything
/// else, which may name the pronoun's referent (`After she was gravely wounded …, former rep.
/// Gabrielle giffords …`: about a third of such clauses chosen on val), nor on `it` (`If it
/// works, …`, `When it comes to …` are often empty).
fn unnamed_clause(text: &str, first: &str) -> bool {
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    let phrase = SUBORDINATING_PHRASES.iter().find(|p| {
        (text.as_bytes().get(..p.len())).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    });
    let rest = match phrase {
        Some(p) => &text[p.len()..],
        None if is(first, &SUBORDINATORS) => &text[first.len()..],
        None => return false,
    };
    let Some(clause) = rest.strip_prefix(' ') else {
        return false;
    };
    if !is(first_word(clause), &["he", "she", "they"]) {
        return false;
    }
    clause
        .split_once(',')
        .is_some_and(|(_, main)| is(first_word(main.trim_start()), &UNNAMING_SUBJECTS))
}

/// First words of a main clause that cannot name who an opening clause's `he`, `she` or `they`
/// is ([`unnamed_clause`]): pronouns (`…, he said …`, `…, her vehicle was gone`) and the empty or
/// first- and second-person subjects (`When she first arrived, there were alarms …`, `If they
/// did, i apologize`).
const UNNAMING_SUBJECTS: [&str; 11] = [
    "he", "she", "they", "his", "her", "their", "it", "there", "i", "we", "you",
];

/// Conjunctions that open a subordinate clause before a sentence's main clause ([`unnamed_clause`]).
const SUBORDINATORS: [&str; 14] = [
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "unless",
    "until", "when", "whenever", "while",
];

/// Subordinating phrases of several words ([`unnamed_clause`]), read before [`SUBORDINATORS`]
/// (`as soon as he …` is not `as` before `soon`).
const SUBORDINATING_PHRASES: [&str; 5] = [
    "as soon as",
    "by the time",
    "even though",
    "even if",
    "now that",
];

/// True when `text`, whose first word is `first`, opens on a phrase that points back to the
/// sentence before it: `in that`/`in this` before a noun of [`BACK_NOUNS`] (`In that case,
/// they say …`, `In that sense, …`; not `In this video …`), or a preposition of
/// [`BACK_PREPOSITIONS`] before `that`/`this` and a comma (`After that, …`, `Beyond that, …`),
/// or `with that`/`with this` before a comma, `in` or `said` (`With that in mind, here's …`,
/// `With that, the adventure came to a close.`; not `With that limit reached, …`).
fn back_phrase(text: &str, first: &str) -> bool {
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    let in_ = first.eq_ignore_ascii_case("in");
    let with = first.eq_ignore_ascii_case("with");
    if !in_ && !with && !is(first, &BACK_PREPOSITIONS) {
        return false;
    }
    let rest = &text[first.len()..];
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let second = first_word(rest);
    if !is(second, &["that", "this"]) {
        return false;
    }
    let rest = &rest[second.len()..];
    if in_ {
        rest.strip_prefix(' ')
            .is_some_and(|r| is(first_word(r), &BACK_NOUNS))
    } else if with {
        rest.starts_with(',')
            || rest
                .strip_prefix(' ')
                .is_some_and(|r| is(first_word(r), &["in", "said"]))
    } else {
        rest.starts_with(',')
    }
}

/// Nouns after an opening `in that`/`in this` that make the phrase point back to what was just
/// said (`In that case`, `In this way`).
const BACK_NOUNS: [&str; 10] = [
    "case", "sense", "way", "regard", "respect", "spirit", "vein", "instance", "event", "light",
];

/// Prepositions before an opening `that,`/`this,` that make it point back (`After that, …`,
/// `Despite this, …`).
const BACK_PREPOSITIONS: [&str; 5] = ["after", "before", "beyond", "besides", "despite"];

/// The letters `text` opens with (empty when it opens on anything else).
fn first_word(text: &str) -> &str {
    text.split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
}

/// Conjunctions that open a sentence going on from the one before it: a pronoun after one
/// points back as an opening pronoun does.
const OPENING_CONJUNCTIONS: [&str; 4] = ["but", "and", "so", "yet"];

/// True when `text` opens on an empty `it` with a form of *be* or *have* (`It's been a busy
/// week …`, `It was improbable enough when …`, `It is difficult to …`): the pronoun points at
/// nothing before it, so an article may open on it.
fn expletive_it(text: &str) -> bool {
    // Only `i`/`I` lower-cases to the `i` every form starts with: the rest go back before any
    // allocation.
    if !text.starts_with(['i', 'I']) {
        return false;
    }
    // The first words, lower-cased, with Multi-News's spaced apostrophe (`it ' s`) and the
    // curly one read as `it's`.
    let head: String = text.chars().take(12).collect::<String>().to_lowercase();
    let head = head.replace('’', "'").replace(" ' ", "'");
    ["it's ", "it is ", "it was ", "it has ", "it had "]
        .iter()
        .any(|p| head.starts_with(p))
}

/// Sorts candidate indices for reading: by the publication date of the sentence's article (older
/// reports first; undated articles after dated ones), then earliest position in any source (leads
/// first), then source and sentence.
pub fn reading_order(story: &Story, chosen: &mut [usize]) {
    // Each key is worked out once (a date's day number, the members' positions), not once a
    // comparison as `sort_by_key` would; both sorts keep equal keys in order.
    chosen.sort_by_cached_key(|&i| {
        let c = &story.candidates[i];
        let date = story.documents[c.rep.doc as usize]
            .anchor
            .map_or(i64::MAX, |a| a.date.days());
        let pos = c
            .members
            .iter()
            .map(|m| story.sentence(*m).position)
            .min()
            .unwrap_or(0);
        (date, pos, c.rep.doc, c.rep.sent)
    });
}

#[cfg(test)]
mod tests {
    use super::{find_the_latter, fragment, house_promo, label_led};

    #[test]
    fn the_latter_is_found_where_a_window_compare_finds_it() {
        let window = |t: &str| {
            t.as_bytes()
                .windows(b"the latter".len())
                .position(|w| w.eq_ignore_ascii_case(b"the latter"))
        };
        for t in [
            "Let's deal with the latter first.",
            "The latter, he said, was a reference to the deal.",
            "THE LATTER IS TRUE.",
            "No matter what, the latter part of 2013 and the latter again.",
            "It is a matter of latter days; bathe latter.",
            "the l",
            "atter",
            "",
            "The scatter of the latter chatter",
        ] {
            assert_eq!(find_the_latter(t.as_bytes()), window(t), "{t}");
        }
    }

    #[test]
    fn a_sentence_led_by_a_page_label_is_no_summary_sentence() {
        for t in [
            "Photos: shooting at kentucky high school bailey's parents said they learned of it.",
            "• photos: chris henry, family guy henry scored a touchdown in each game.",
            "Photo: mark harris we are shocked and saddened to report that he died.",
            "Image credit: sarah l. Voisin/the washington post via getty images the zoo's panda.",
            "Source: wikimedia commons 25.",
            "More: how young is too young to leave children home alone?",
            "View photo gallery: after a brief but bruising campaign, voters went to the polls.",
            "By: ctvbc.ca a cute youtube video of a cat sniffing a newborn fawn turns frightening.",
            // A related headline's label (val cluster multinews-val-46461, shaped like it).
            "Also: no major damage after earthquakes jolt the coast aftershocks rumble on.",
            // A related-links box's label, with or without a colon.
            "Related content kangaroos are lefties now, scientists have found that ants are too.",
            "Related topics • shortly after the association confirmed that he would host again.",
            "Related story: woman says dna test proves she is beothuk reynolds boyce, 55, said.",
            "related – course recon: ironman arizona sinema will be running on behalf of them.",
            "More related to this story \"reports of the death of cash are exaggerated, \" he said.",
        ] {
            assert!(label_led(t), "{t}");
        }
        for t in [
            "The photos: a record of the night the levee broke.",
            "Update: the suspect was arrested on Monday, police said.",
            "Lavrov said: \"We made progress.\"",
            "Kerry: we will keep talking to Russia about a ceasefire.",
            "Photographs of the crash were shared widely on social media.",
            "Sources: two officials said the talks would go on.",
            "Also, the mayor said: the road will close.",
            "Also on the list: three senators from ohio.",
            "Related research has shown that the drug works in mice.",
            "Relatedly, the council voted to close the road.",
            "More related stories are expected next week, the editor said.",
            "Related to this, the police said they had made no arrests.",
        ] {
            assert!(!label_led(t), "{t}");
        }
    }

    #[test]
    fn a_page_calling_its_reader_to_more_of_its_pages_is_no_summary_sentence() {
        for t in [
            "See our full coverage.",
            "read our overtones column on kendrick lamar.",
            "Take our poll wave goodbye, weiner should rep. Anthony weiner resign?",
            "Join our espn.com nfl experts for super bowl xlix between the seahawks and patriots.",
            "Follow our presidential election coverage",
            "Subscribe to our free newsletters.",
            "Check out our products!",
        ] {
            assert!(house_promo(t), "{t}");
        }
        for t in [
            "\"Join our fight,\" she told the crowd.",
            "Readers can see our map of the flooded streets.",
            "See you in court, the lawyer told reporters.",
            "Our reporters read the documents.",
            "Read the full statement here.",
            "Watch out for ice on the roads, police warned.",
            "Seeing our team lose was hard, he said.",
            "Take ours: the bill is dead.",
        ] {
            assert!(!house_promo(t), "{t}");
        }
    }

    #[test]
    fn selection_reads_no_score_of_an_unselectable_candidate() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let articles = crate::Article::from_texts([
            "Lavrov met Kerry in Geneva on Sunday. The talks on Syria lasted six hours, officials \
             said. On Monday, after the talks ended. \"We made progress,\" Kerry said.",
            "Kerry and Lavrov met in Geneva on Sunday. Both said the talks on Syria were useful. \
             The ministers will meet again in",
        ]);
        let story = engine.story(engine.prepare(articles)).0;
        let selectable = super::selectable(&story);
        assert!(selectable.contains(&false) && selectable.contains(&true));
        let scores: Vec<f32> = (0..selectable.len())
            .map(|i| 1.0 / (i + 1) as f32)
            .collect();
        let config = super::SelectConfig::default();
        let chosen = super::select(&story, &scores, &config);
        // The best score on every unselectable candidate changes nothing.
        let garbled: Vec<f32> = (scores.iter().zip(&selectable))
            .map(|(&s, &ok)| if ok { s } else { 9.0 })
            .collect();
        assert_eq!(
            super::select_among(&story, &garbled, &selectable, &config),
            chosen
        );
    }

    /// The story of the quotation fixtures, and the index of the candidate whose text has
    /// `needle`.
    fn quotation_story(texts: &[&str]) -> crate::model::Story {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        engine
            .story(engine.prepare(crate::Article::from_texts(texts.iter().copied())))
            .0
    }

    fn candidate(story: &crate::model::Story, needle: &str) -> usize {
        (story.candidates.iter())
            .position(|c| story.sentence_text(c.rep).contains(needle))
            .unwrap_or_else(|| panic!("no candidate with {needle:?}"))
    }

    /// Scores for a story's candidates: the value `set` gives a candidate, `rest` for the others.
    fn scores_where(story: &crate::model::Story, set: &[(usize, f32)], rest: f32) -> Vec<f32> {
        (0..story.candidates.len())
            .map(|i| (set.iter().find(|&&(c, _)| c == i)).map_or(rest, |&(_, score)| score))
            .collect()
    }

    /// The default selection config with a budget of `words`.
    fn budget(words: usize) -> super::SelectConfig {
        super::SelectConfig {
            words,
            ..super::SelectConfig::default()
        }
    }

    /// Checks that `then` is chosen right after `first`.
    fn assert_right_after(chosen: &[usize], first: usize, then: usize) {
        let at = (chosen.iter().position(|&c| c == first)).expect("first taken");
        assert_eq!(chosen.get(at + 1), Some(&then), "{chosen:?}");
    }

    /// Checks that candidate `pronoun`, scored above its antecedent `named`, is chosen right
    /// after it, and not at all when `named` never is (it scores nothing).
    fn assert_waits_for(story: &crate::model::Story, named: usize, pronoun: usize) {
        let config = budget(200);
        let scores = scores_where(story, &[(pronoun, 1.0), (named, 0.5)], 0.1);
        let chosen = super::select(story, &scores, &config);
        assert_right_after(&chosen, named, pronoun);
        let scores = scores_where(story, &[(pronoun, 1.0), (named, 0.0)], 0.1);
        let chosen = super::select(story, &scores, &config);
        assert!(!chosen.contains(&pronoun), "{chosen:?}");
    }

    const SHAABAN: [&str; 2] = [
        "Lavrov met Kerry in Geneva on Sunday to discuss the war in Syria. “The current US \
         administration wants to find a solution to the crisis in Syria. There is a tacit \
         agreement between the US and Russia to reach this solution,” Bouthaina Shaaban said in \
         an interview. The talks lasted six hours, officials said.",
        "Kerry and Lavrov met in Geneva on Sunday. Both said the talks on Syria were useful, and \
         they will meet again next week.",
    ];

    #[test]
    fn a_quotation_over_two_sentences_is_taken_whole_or_not_at_all() {
        let story = quotation_story(&SHAABAN);
        let opener = candidate(&story, "current US administration");
        let closer = candidate(&story, "There is a tacit agreement");
        let selectable = super::selectable(&story);
        assert!(selectable[opener] && !selectable[closer]);
        // The opener scores best; the closer, a fragment alone, is never scored.
        let scores = scores_where(&story, &[(opener, 1.0), (closer, 0.0)], 0.5);
        let config = budget(200);
        let chosen = super::select(&story, &scores, &config);
        assert_right_after(&chosen, opener, closer);
        // The closer came only with its opener: nothing standing alone is taken from it.
        assert_eq!(super::quotation_tails(&story, &chosen), vec![closer]);
        // A budget the opener fits alone but not with its closer: neither is taken.
        let words = |i: usize| crate::score::word_count(&story, i);
        let tight = super::SelectConfig {
            words: words(opener) + words(closer) - 1,
            ..config
        };
        let chosen = super::select(&story, &scores, &tight);
        assert!(
            !chosen.contains(&opener) && !chosen.contains(&closer),
            "{chosen:?}"
        );
        assert!(!chosen.is_empty());
    }

    /// Three reports of one story (shaped like the seeds: talks on Syria), every sentence ten
    /// words long, so a budget of 10·k words holds k sentences.
    const THREE_REPORTS: [&str; 3] = [
        "Lavrov met Kerry in Geneva on Sunday about Syria's war. The talks lasted six hours at \
         a lakeside hotel there. Officials described the mood as tense but businesslike on Sunday.",
        "The White House blamed Moscow and Damascus for the collapse. A convoy of aid trucks was \
         hit near Aleppo Monday.",
        "Hospital staff said 91 people were killed in Friday's bombardment. Rescue workers \
         searched the rubble in eastern Aleppo all night.",
    ];

    #[test]
    fn source_knobs_spread_or_gather_the_summary_over_sources() {
        let story = quotation_story(&THREE_REPORTS);
        let n = story.candidates.len();
        assert_eq!(n, 7);
        assert!((0..n).all(|i| crate::score::word_count(&story, i) == 10));
        let doc = |i: usize| story.candidates[i].rep.doc as usize;
        let sources = |chosen: &[usize]| {
            let mut d: Vec<usize> = chosen.iter().map(|&i| doc(i)).collect();
            d.sort_unstable();
            d.dedup();
            d
        };
        let with = |words: usize, set: fn(&mut super::SelectConfig)| {
            let mut config = budget(words);
            set(&mut config);
            config
        };
        // The first report's sentences score best, the second's lower, the third's lowest.
        let scores: Vec<f32> = (0..n).map(|i| [0.9, 0.6, 0.5][doc(i)]).collect();
        // Room for three sentences: by score alone, the first report fills them.
        let plain = super::select(&story, &scores, &budget(30));
        assert_eq!(sources(&plain), [0], "{plain:?}");
        // A bonus for a source not yet drawn on brings in the other two; so does a cap of one
        // sentence a source, which lifts once the others have nothing left (room for all: all
        // seven are taken).
        let spread = with(30, |c| c.new_source = 0.5);
        assert_eq!(sources(&super::select(&story, &scores, &spread)), [0, 1, 2]);
        let cap = with(30, |c| c.per_source = 1);
        assert_eq!(sources(&super::select(&story, &scores, &cap)), [0, 1, 2]);
        let roomy = with(70, |c| c.per_source = 1);
        assert_eq!(super::select(&story, &scores, &roomy).len(), n);
        // A penalty on the share of the chosen words from a source moves the second pick to the
        // second report.
        let share = with(20, |c| c.source_share = 0.5);
        assert_eq!(sources(&super::select(&story, &scores, &share)), [0, 1]);
        // Negative, it is a bonus for staying: the first report's lead scores best, the other
        // reports' sentences beat the rest of it, yet the second pick stays in it.
        let lead = candidate(&story, "Lavrov met Kerry");
        let close: Vec<f32> = (0..n)
            .map(|i| match doc(i) {
                _ if i == lead => 1.0,
                0 => 0.9,
                _ => 0.92,
            })
            .collect();
        assert_eq!(sources(&super::select(&story, &close, &budget(20))), [0, 1]);
        let stay = with(20, |c| c.source_share = -0.5);
        assert_eq!(sources(&super::select(&story, &close, &stay)), [0]);
        // A source's quality (the mean of its best scores) lifts all its sentences: with it the
        // strong first report keeps the second pick the new-source bonus gave the second.
        let new = with(20, |c| c.new_source = 0.5);
        assert_eq!(sources(&super::select(&story, &scores, &new)), [0, 1]);
        let quality = with(20, |c| {
            c.new_source = 0.5;
            c.source_quality = 1.0;
        });
        assert_eq!(sources(&super::select(&story, &scores, &quality)), [0]);
    }

    #[test]
    fn two_sources_that_share_nothing_give_a_summary_from_one() {
        // Val cluster multinews-val-47785 (shaped like it, not its text): a report of a
        // donation scraped beside an actress's interview; the summary mixed the two.
        let pair = [
            "Dr. Dre gave $10 million to build a performing arts center at the new Compton \
             High School. Students and residents will have access to the theater. Construction \
             is expected to begin by 2020.",
            "The actress said she wanted to direct a film next year. I wish there were six of \
             me, she told the magazine. Her play opens on Broadway in March.",
        ];
        let story = quotation_story(&pair);
        let lead = candidate(&story, "Dr. Dre gave");
        let other = candidate(&story, "wanted to direct");
        let scores = scores_where(&story, &[(lead, 1.0), (other, 0.9)], 0.5);
        let source = story.candidates[lead].rep.doc;
        let own: Vec<usize> = (0..story.candidates.len())
            .filter(|&i| story.candidates[i].rep.doc == source)
            .collect();
        let room = own
            .iter()
            .map(|&i| crate::score::word_count(&story, i))
            .sum();
        // A budget for the lead's page: all of it, nothing of the other page.
        let chosen = super::select(&story, &scores, &budget(room));
        let mut sorted = chosen.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, own);
        // The rule off, the other page's best sentence comes second, as before.
        let off = super::SelectConfig {
            unrelated: 0.0,
            ..budget(room)
        };
        let mixed = super::select(&story, &scores, &off);
        assert!(mixed.contains(&other), "{mixed:?}");
        // With room to spare the other page fills the rest: it waits, it is not dropped.
        let chosen = super::select(&story, &scores, &budget(200));
        assert!(chosen.contains(&other), "{chosen:?}");
        assert!(super::unrelated_pair(&story, 0.02));
        // Two reports of one story share their names and words: the rule leaves them be.
        assert!(!super::unrelated_pair(&quotation_story(&SHAABAN), 0.02));
    }

    #[test]
    fn a_pronoun_sentence_scored_above_its_antecedent_waits_for_it() {
        // Val cluster multinews-val-49580: `He suspects the turkeys …` outscored the sentence
        // naming the biologist, was passed over as dangling and never came back, and the summary
        // stopped at 84 of the source's 140 words.
        let story = quotation_story(&[
            "A flock of wild turkeys circled a dead cat in a Boston suburb on Thursday. Dave \
             Scarpitti is a wildlife biologist at the state fisheries division. He suspects the \
             turkeys were sizing up the threat of the cat.",
            "Wild turkeys circled a dead cat in Randolph, a video posted on Thursday shows.",
        ]);
        let named = candidate(&story, "Dave");
        let pronoun = candidate(&story, "He suspects");
        assert_waits_for(&story, named, pronoun);
    }

    #[test]
    fn a_sentence_opening_on_a_demonstrative_that_waits_for_the_sentence_before_it() {
        // Val clusters multinews-val-45223 and 45180 (shaped like them): `That, however, was
        // cancelled …` and `That left … the only heir` say nothing without the sentence they
        // point back to, as `This`/`Those` openers do not.
        let story = quotation_story(&[
            "The team planned a promotion for the game on Thursday. Last year it offered free \
             funeral plans to fans. That, however, was cancelled after the mayor complained.",
            "The minor league team will hand out free tests at Thursday's game, its website says.",
        ]);
        let named = candidate(&story, "Last year");
        let that = candidate(&story, "That, however");
        assert_waits_for(&story, named, that);
        // A word that only starts with `that` is no demonstrative.
        assert!(super::referring_opener("Thatcher said so.").is_none());
        assert!(super::referring_opener("That's why he left.").is_some());
    }

    #[test]
    fn a_pronoun_after_an_opening_conjunction_waits_for_the_sentence_before_it() {
        // Val clusters multinews-val-45312 and 49316 (shaped like them): `But they never
        // reached their destination.` tells nothing without who set out.
        let story = quotation_story(&[
            "Police said the two hikers were missing on Mount Hood. The couple left the lodge \
             early on Sunday to climb to the summit. But they never reached their destination.",
            "Rescuers searched Mount Hood on Monday for two missing hikers, police said.",
        ]);
        let named = candidate(&story, "The couple left");
        let but = candidate(&story, "But they never");
        assert_waits_for(&story, named, but);
        for (text, refers) in [
            ("And, it remained hidden.", Some("it remained hidden.")),
            (
                "But it's not at that level.",
                Some("it's not at that level."),
            ),
            ("But now we have a chance.", None),
            ("Butler said so.", None),
            ("So far, the police have not named him.", None),
            // A time word between them does not make it wait (val clusters
            // multinews-val-45506, 48666: measured, 8 summaries changed, none better).
            ("But now it's available for rent.", None),
            ("but then he slipped and fell.", None),
        ] {
            assert_eq!(super::referring_opener(text), refers, "{text}");
        }
    }

    #[test]
    fn a_sentence_opening_on_then_or_a_phrase_pointing_back_waits_for_the_sentence_before_it() {
        // Val clusters multinews-val-47580, 46613 and 47871 (shaped like them): `Then he went
        // missing …`, `In that case he could face …` and `After that, the government will
        // default …` tell the next step of something the reader has not been told.
        let story = quotation_story(&[
            "Police found human remains near Santa Fe on Sunday. A hiker from Colorado came \
             to Santa Fe in June to look for a buried treasure chest. Then he went missing in \
             the high desert.",
            "Police found the remains of a missing hiker near Santa Fe, the state police said.",
        ]);
        let named = candidate(&story, "A hiker");
        let then = candidate(&story, "Then he");
        assert_waits_for(&story, named, then);
        for (text, refers) in [
            ("Then he went missing.", true),
            ("then, it seeped into first floors.", true),
            (
                "Then-sen. Jeff Sessions spoke twice with the ambassador.",
                false,
            ),
            ("Thenardier ran the inn.", false),
            ("In that case he could face a lengthy prison term.", true),
            ("In this way it has cemented its dominance.", true),
            ("In that regard, he may have no peer.", true),
            ("In this video, the mayor explains the plan.", false),
            ("In that year the company was sold.", false),
            (
                "After that, the government will default on its debts.",
                true,
            ),
            ("Despite this, the plan went ahead.", true),
            ("After that meeting, the talks resumed.", false),
            ("Before thatcher left office, the law passed.", false),
            ("Since then, lawmakers have passed stopgap measures.", true),
            ("By then he'd had a talk with his wife.", true),
            ("Since thence, nothing.", false),
            ("Since then.", false),
            ("By the then-governor's order, the road closed.", false),
            // After an opening conjunction, and `with that`, `The latter`, `The same is …`
            // (val clusters multinews-val-45085, 45560, 45835, 46688, shaped like them).
            ("But in this case, they are irresistible.", true),
            ("But then, pope francis spotted the boy.", false),
            ("And since then, she's been pilloried.", true),
            ("But when he turned back, he saw the man.", true),
            ("so, with that in mind, here's our top choices.", true),
            ("With that, the adventure came to a close.", true),
            ("With that said, the vote went ahead.", true),
            ("With that limit reached, the treasury acted.", false),
            ("With thatched roofs, the houses burned.", false),
            ("The latter, he said, was a reference to deterrence.", true),
            ("The same goes for the time you spent in clubs.", true),
            ("The same is true of the senate.", true),
            ("The same day, the police arrived.", false),
            ("The sameness of the songs tires.", false),
            ("But the police said nothing.", false),
            ("And the latter went home.", true),
            // `the latter` inside the sentence (val clusters multinews-val-45085, 47324,
            // 50394, 46827; train 4734, shaped like them).
            ("Let's deal with the latter first.", true),
            (
                "The modern age is rife with web sites that allow people to do the latter.",
                true,
            ),
            (
                "In no way have we suggested the latter, \" obama said.",
                true,
            ),
            (
                "Nobody knows how they died and whether they were related, but dna testing \
                 should answer the latter question.",
                false,
            ),
            ("We hope to leave by the latter part of 2013.", false),
            ("The latterday saints met.", false),
        ] {
            assert_eq!(super::referring_opener(text).is_some(), refers, "{text}");
        }
    }

    #[test]
    fn a_clause_about_a_pronoun_its_main_clause_does_not_name_waits_for_the_sentence_before_it() {
        // Val clusters multinews-val-48123 and 49177 (shaped like them): `By the time he
        // recovered, he said …` tells of someone the reader has not met; a main clause that
        // may name him (`…, the driver sprang into action`) reads alone.
        let story = quotation_story(&[
            "The Coast Guard rescued a fisherman off Maine on Saturday. A fisherman from \
             Portland was swept off his boat on Friday. By the time he recovered, he said his \
             boat had drifted out of reach.",
            "The Coast Guard rescued a fisherman off Maine on Saturday, officials said.",
        ]);
        let named = candidate(&story, "A fisherman");
        let clause = candidate(&story, "By the time");
        assert_waits_for(&story, named, clause);
        for (text, refers) in [
            ("When she heard the news, she couldn't breathe.", true),
            ("As soon as he hopped into the seat, he drove off.", true),
            ("If they do commit a crime, they deserve a trial.", true),
            ("When he returned, his house was gone.", true),
            (
                "When he noticed the driver was unconscious, the tesla driver sprang into action.",
                false,
            ),
            ("Once they arrived, the man fled.", false),
            ("When it comes to money, he is careful.", false),
            (
                "When she first arrived, there were alarms on the fridge.",
                true,
            ),
            ("If they did, i apologize.", true),
            ("When he arrived he found the fire.", false),
            ("When asked about it, he declined.", false),
            ("As soon as possible, he said.", false),
            ("Whenever he calls, he asks for money.", true),
            ("Whence he came, he returned.", false),
        ] {
            assert_eq!(super::referring_opener(text).is_some(), refers, "{text}");
        }
    }

    #[test]
    fn an_article_may_open_on_an_empty_it() {
        // Val clusters multinews-val-45017, 45545 (shaped like them): an article's first
        // sentence opening on `It's`/`It is`/`It was` points at nothing before it, so it is
        // taken as any lead is; an article opening on `He` or on a referring `It` is not.
        let story = quotation_story(&[
            "It's time once again for an absurd Thanksgiving ritual at the White House. The \
             president pardoned two turkeys on Wednesday.",
            "It is no secret that the president pardons a turkey at the White House every year. \
             The birds were raised in Virginia.",
            "He pardoned the turkeys at the White House on Wednesday. The turkeys will live on a \
             farm in Virginia.",
            "It eats corn and grows fast, the farmer said of the turkey the president pardoned \
             at the White House on Wednesday.",
        ]);
        let config = budget(200);
        for (lead, taken) in [
            ("It's time", true),
            ("It is no secret", true),
            ("He pardoned", false),
            ("It eats corn", false),
        ] {
            let i = candidate(&story, lead);
            let scores = scores_where(&story, &[(i, 1.0)], 0.1);
            let chosen = super::select(&story, &scores, &config);
            assert_eq!(chosen.contains(&i), taken, "{lead}: {chosen:?}");
        }
        assert!(super::expletive_it("it ' s been a busy week."));
        assert!(super::expletive_it("It’s been a busy week."));
        assert!(!super::expletive_it("Its owner said so."));
    }

    #[test]
    fn kept_quotations_select_as_the_recomputed_ones() {
        // The seed articles and the quotation fixtures, under scores that favour each
        // candidate in turn and budgets from tight to loose.
        let seeds = crate::vector::tests::example_texts();
        let seeds: Vec<&str> = seeds.iter().map(String::as_str).collect();
        let mut units = 0;
        let mut with_quote = SHAABAN.to_vec();
        with_quote.extend_from_slice(&seeds);
        for texts in [&SHAABAN[..], &seeds[..], &with_quote[..]] {
            let story = quotation_story(texts);
            let kept = super::Selectable::of(&story);
            assert_eq!(kept.may, super::selectable(&story));
            let n = story.candidates.len();
            for first in 0..n {
                let scores: Vec<f32> = (0..n)
                    .map(|i| {
                        if i == first {
                            2.0
                        } else {
                            1.0 / (1 + (i * 7) % 5) as f32
                        }
                    })
                    .collect();
                for words in [30, 80, 200, 1000] {
                    let config = super::SelectConfig {
                        words,
                        ..super::SelectConfig::default()
                    };
                    let chosen = super::select_among(&story, &scores, &kept.may, &config);
                    assert_eq!(kept.select(&story, &scores, &config), chosen);
                    let tails = kept.quotation_tails(&chosen);
                    assert_eq!(tails, super::quotation_tails(&story, &chosen));
                    units += usize::from(!tails.is_empty());
                }
            }
        }
        assert!(units > 0, "no quotation taken whole");
    }

    #[test]
    fn a_sentence_inside_a_quotation_comes_only_with_the_whole_quotation() {
        // Flattened text (Multi-News val): the middle sentence has no mark of its own.
        let story = quotation_story(&[
            "the president spoke at the white house on friday. \"we must never allow political \
             violence to take root in america. We cannot let it happen. I am committed to stop \
             it now, \" he said. The suspect was arrested in florida.",
            "The suspect was arrested in florida on friday, and the president said the attacks \
             had no place in the country.",
        ]);
        let opener = candidate(&story, "we must never allow");
        let inner = candidate(&story, "We cannot let it happen");
        let closer = candidate(&story, "I am committed");
        let kept = super::Selectable::of(&story);
        assert!(kept.may[inner]);
        // The inner sentence scores best: it brings the opener and the closer, in order.
        let scores: Vec<f32> = (0..story.candidates.len())
            .map(|i| if i == inner { 1.0 } else { 0.1 })
            .collect();
        let config = super::SelectConfig::default();
        let chosen = kept.select(&story, &scores, &config);
        let at = (chosen.iter().position(|&c| c == opener)).expect("opener taken");
        assert_eq!(chosen[at..at + 3], [opener, inner, closer], "{chosen:?}");
        assert_eq!(kept.quotation_tails(&chosen), vec![inner, closer]);
        assert_eq!(super::select(&story, &scores, &config), chosen);
        // A budget the inner sentence fits alone but not the quotation: none of it is taken.
        let words = |i: usize| crate::score::word_count(&story, i);
        let tight = super::SelectConfig {
            words: words(opener) + words(inner) + words(closer) - 1,
            ..config
        };
        let chosen = kept.select(&story, &scores, &tight);
        assert!(
            !chosen.iter().any(|c| [opener, inner, closer].contains(c)),
            "{chosen:?}"
        );
        assert!(!chosen.is_empty());
    }

    #[test]
    fn a_sentence_inside_a_quotation_whose_opener_shows_another_wording_is_never_taken() {
        // The opener repeats an earlier article's sentence, which stands for both: the
        // quotation cannot be shown whole, so its inner sentence is not taken alone either.
        let story = quotation_story(&[
            "the president spoke at the white house on friday. He declared that \"we must never \
             allow political violence to take root in america. \" The suspect was arrested in \
             florida.",
            "\"we must never allow political violence to take root in america. We cannot let it \
             happen. I am committed to stop it now, \" he said at the white house. Officials said \
             the suspect was arrested on friday.",
        ]);
        let opener = candidate(&story, "declared that");
        assert_eq!(story.candidates[opener].members.len(), 2, "not merged");
        let inner = candidate(&story, "We cannot let it happen");
        let kept = super::Selectable::of(&story);
        assert!(kept.may[opener] && !kept.may[inner]);
        assert!(!super::selectable(&story)[inner]);
    }

    #[test]
    fn a_quotation_that_does_not_close_soon_is_never_taken() {
        let story = quotation_story(&[
            "The minister spoke on Sunday. “We made progress on the ceasefire. We will meet again \
             next week. The war must end soon. Both sides agree on that. Nothing else matters \
             now,” he said. The talks lasted six hours.",
            "The ministers met on Sunday and said the talks were useful for both sides.",
        ]);
        let selectable = super::selectable(&story);
        assert!(!selectable[candidate(&story, "We made progress")]);
        assert!(selectable[candidate(&story, "The talks lasted six hours")]);
    }

    #[test]
    fn the_last_sentence_of_a_long_speech_is_never_taken_alone() {
        // Flattened text as in Multi-News val 47247: a speech of seven sentences, which
        // no unit holds; its last sentence alone would show a stray closing mark.
        let story = quotation_story(&[
            "The model spoke about the job in a new interview. Here's how it went down: \" i \
             was fired from a job once. They booked me when i was much younger. I showed up on \
             set and they took a photo. Then my agency called me in the makeup chair. They said \
             i had to leave right now. So i hate that store. Hate you so much, honestly you're \
             the worst. \" she has called out the retailer before.",
            "The model said in an interview that a retailer once fired her from a shoot.",
        ]);
        let selectable = super::selectable(&story);
        let last = candidate(&story, "honestly you're the worst");
        assert!(
            story
                .sentence_text(story.candidates[last].rep)
                .ends_with('"')
        );
        assert!(!selectable[last]);
        assert!(selectable[candidate(&story, "called out the retailer before")]);
        // The test reads the text; the parity over the article decides.
        assert!(super::ends_a_quotation("i love you all! \""));
        assert!(super::ends_a_quotation(
            "hate you so much, honestly you're the worst. \" "
        ));
        assert!(!super::ends_a_quotation("\" we will win, \" he said."));
        assert!(!super::ends_a_quotation("he called it \" a disgrace \""));
        assert!(!super::ends_a_quotation("we will win.”"));
    }

    #[test]
    fn a_mark_that_opens_the_next_sentences_quotation_does_not_end_a_speech() {
        // Flattened text as in Multi-News val 45164: the first quotation lost its opening mark,
        // so by parity the mark after `investigation.` closes one; the next sentence starts
        // inside a quotation (`…, " martin added.`), so that mark opened it and the sentence
        // before is the reporter's own.
        let story = quotation_story(&[
            "The plant halted production on monday. the employee was seen at his station, \" \
             martin said. \" the facility was cleaned twice. \" martin says the employee has \
             been suspended pending an investigation. \" the company's response reflects its \
             commitment to safety, \" martin added. Inspectors are looking into the matter.",
            "The plant halted production after an employee was suspended, the company said.",
        ]);
        let i = candidate(&story, "has been suspended pending");
        let text = story.sentence_text(story.candidates[i].rep);
        assert!(super::ends_a_quotation(text), "{text:?}");
        assert!(super::selectable(&story)[i]);
        assert!(super::starts_inside_quotation(
            "it's huge honor, \" he said."
        ));
        assert!(!super::starts_inside_quotation(
            "she has called out the retailer before."
        ));
    }

    #[test]
    fn a_straight_mark_opening_a_sentence_closes_the_quotation_before_it() {
        // Flattened text (Multi-News val): the closing mark of `… on tape.` opens the next
        // sentence. The stray mark in the first sentence puts the segmenter's parity off (without
        // it, since the twenty-ninth round, the segmenter gives the mark to its quotation).
        let story = quotation_story(&[
            "the \" video shows the judge at home. aransas county judge william adams claims, \" \
             it's not as bad as it looks on tape. \" police say the judge will not face charges \
             over the video.",
            "the judge will not face charges over the video, police said on monday.",
        ]);
        let i = candidate(&story, "as it looks on tape");
        assert!(!story.sentence_text(story.candidates[i].rep).ends_with('"'));
        assert_eq!(
            super::quotation(&story, story.candidates[i].rep, None),
            super::Quotation::Whole
        );
        assert!(super::selectable(&story)[i]);
    }

    #[test]
    fn the_pieces_of_a_sentence_the_cleaner_cut_in_two_are_never_taken() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let articles = crate::Article::from_texts([
            "The talks went on. Senate minority leader charles schumer charles ( chuck ) ellis \
             schumerwhite house, lawmakers signal shutdown will drag on shutdown is bad for \
             republicans house adjourns without clear path to avert shutdown more ( d-n.y. ) \
             announced tuesday that all 49 democrats back the bill. Others may sue as well.",
            "Democrats back the bill, the senate minority leader said on tuesday. Others may \
             sue as well, a lobbying group said.",
        ]);
        let story = engine.story(engine.prepare(articles)).0;
        let selectable = super::selectable(&story);
        let taken = |needle: &str| {
            let (i, _) = (story.candidates.iter().enumerate())
                .find(|(_, c)| story.sentence_marked_text(c.rep).contains(needle))
                .unwrap_or_else(|| panic!("no candidate with {needle:?}"));
            selectable[i]
        };
        assert!(!taken("minority leader charles schumer"));
        assert!(!taken("announced tuesday"));
        assert!(taken("The talks went on."));
    }

    /// [`super::inside_quotations`] as it was written first: the marks of each sentence and of
    /// the gap before it counted by a scan of each.
    fn inside_quotations_by_sentence(doc: &crate::model::Document) -> Vec<Option<u32>> {
        use super::{QUOTE_TAIL, marks};
        let marked = doc.marked_text();
        let mut inside = Vec::with_capacity(doc.sentences.len());
        let (mut straight_before, mut end) = (0, 0);
        let mut open: Option<(u32, usize)> = None;
        for (i, s) in doc.sentences.iter().enumerate() {
            straight_before += marks(&marked[end.min(s.span.start)..s.span.start])[0];
            end = s.span.end;
            let t = s.span.slice(marked);
            let [straight, open_curly, close, open_guillemet, close_guillemet] = marks(t);
            let starts_with_mark = t.trim_start().starts_with(['"', '“', '”', '«', '»']);
            inside.push(
                open.filter(|&(_, n)| !starts_with_mark && n < QUOTE_TAIL)
                    .map(|(o, _)| o),
            );
            if straight + open_curly + close + open_guillemet + close_guillemet > 0 {
                let opens = open_curly > close
                    || open_guillemet > close_guillemet
                    || (!straight.is_multiple_of(2) && straight_before.is_multiple_of(2));
                open = opens.then_some((i as u32, 0));
            } else {
                open = open.map(|(o, n)| (o, n + 1));
            }
            straight_before += straight;
        }
        inside
    }

    #[test]
    fn inside_quotations_from_one_scan_equal_the_scan_of_each_sentence() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let pieces = [
            "The talks in Geneva went on for six hours.",
            "\"We made progress,\" Kerry said.",
            "\"We made progress.",
            "We cannot let it happen.",
            "I am committed to stop it, \" he said.",
            "“The US wants a solution.",
            "There is a tacit agreement,” Shaaban said.",
            "« Nous avons parlé.",
            "Il a dit » hier.",
            "\" senator ed markey said the vote would wait.",
            "She called it “a step” and “a start.",
            "Officials said 10 \"quotes\" were \"cut.",
            "”",
            "— a dash, ‘single’ marks © and é.",
        ];
        // A fixed walk over the pieces (a linear congruential generator): texts with marks
        // opened, closed, doubled and left open, at sentence starts and inside sentences.
        let mut state = 0x2545_f491_u64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as usize % n
        };
        let (mut compared, mut inside, mut units) = (0, 0, 0);
        for _ in 0..40 {
            let texts: Vec<String> = (0..3)
                .map(|_| {
                    let n = 2 + next(10);
                    let mut text = (0..n)
                        .map(|_| pieces[next(pieces.len())])
                        .collect::<Vec<_>>()
                        .join(" ");
                    text.push_str(" The ministers will meet again next week.");
                    text
                })
                .collect();
            let story = engine
                .story(engine.prepare(crate::Article::from_texts(texts.iter().map(String::as_str))))
                .0;
            for (d, doc) in story.documents.iter().enumerate() {
                let found = super::mark_positions(doc.marked_text());
                let got = super::inside_quotations(doc, &found);
                assert_eq!(
                    got,
                    inside_quotations_by_sentence(doc),
                    "{}",
                    doc.marked_text()
                );
                compared += got.len();
                inside += got.iter().flatten().count();
                // The straight marks before a sentence counted in the article's list of marks
                // give the quotation that the scan of its prefix gives.
                for s in 0..doc.sentences.len() {
                    let r = crate::model::SentenceRef {
                        doc: d as u32,
                        sent: s as u32,
                    };
                    assert_eq!(
                        super::quotation(&story, r, Some(&found)),
                        super::quotation(&story, r, None),
                        "{}",
                        doc.marked_text()
                    );
                }
            }
            // The quotations `Selectable::of` keeps (the openers' asked once) are those worked
            // out again for each candidate.
            let kept = super::Selectable::of(&story);
            for (i, may) in kept.may.iter().enumerate() {
                if *may {
                    assert_eq!(kept.quotations[i], super::quotation_of_candidate(&story, i));
                    units +=
                        usize::from(matches!(kept.quotations[i], super::Quotation::Inside(..)));
                }
            }
        }
        assert!(compared > 500 && inside > 50, "{compared} {inside} {units}");
    }

    #[test]
    fn marks_count_each_quotation_mark_as_the_char_search_does() {
        for t in [
            "",
            "plain \" straight \"",
            "curly “open” and ”close “again",
            "guillemets « and » here »",
            "other E2 chars — – … ‘x’ then “q © ® é",
        ] {
            let want = ['"', '“', '”', '«', '»'].map(|m| t.matches(m).count());
            assert_eq!(super::marks(t), want, "{t}");
        }
    }

    #[test]
    fn byte_quote_search_equals_char_search() {
        for t in [
            "",
            "no quotes here",
            "plain \" straight",
            "curly “open” and ”close",
            "guillemets « and » here",
            "other E2 chars — – … ‘x’ then “q",
            "other C2 chars © ® ± then »",
            "é à ü then \"",
        ] {
            assert_eq!(
                super::find_quote(t),
                t.find(['"', '”', '“', '«', '»']),
                "{t}"
            );
        }
    }

    /// [`super::ends_cut_off`] as it was written before its cheap tests went first: every
    /// test computed, then combined.
    fn ends_cut_off_eagerly(sentence: &str, after: &str) -> bool {
        let last = sentence.rsplit(char::is_whitespace).next().unwrap_or("");
        let open_quote = super::opens_a_quote(sentence);
        let lone_after_comma = super::lone_word_after_comma(sentence);
        after.trim().is_empty()
            && !last.ends_with(['.', '!', '?', '"', '”', '\'', '’', ')', ']'])
            && (matches!(
                last,
                "-" | "--" | "–" | "—" | "(" | "[" | "$" | "£" | "€" | "¥"
            ) || last.ends_with([',', ';', ':'])
                || super::teaser_cut(sentence, last)
                || (last.chars().all(char::is_alphabetic) && super::ends_nothing(last))
                || open_quote
                || lone_after_comma
                || super::opening_clause_only(sentence))
    }

    proptest::proptest! {
        #[test]
        fn cut_off_tests_in_any_order_give_the_same_answer(
            sentence in "(the|of|however|too|said|[ ,;:.!?()\"'“”’\u{2014}$…a-zA-Z-]){0,12}",
            after in "[ \n.a]{0,3}",
        ) {
            proptest::prop_assert_eq!(
                super::ends_cut_off(&sentence, &after),
                ends_cut_off_eagerly(&sentence, &after)
            );
        }

        #[test]
        fn adverbial_test_by_first_letter_equals_word_test(
            t in "[ \u{a0}\u{2003}]{0,2}(On|in|AT|by|since|Until|early|late|onto|Sunday|l|\u{e9}|\u{130}n)( May| 2012)?(,| ,)( after| when| the| it|,){0,3}[ .a]{0,2}",
        ) {
            proptest::prop_assert_eq!(super::adverbials_only(&t), super::adverbials_after(&t));
        }

        #[test]
        fn quote_search_by_lead_bytes_equals_char_search(
            t in "[ a\"“”«»\u{2014}\u{2019}\u{a9}\u{e9}]{0,16}",
        ) {
            proptest::prop_assert_eq!(super::find_quote(&t), t.find(['"', '”', '“', '«', '»']));
        }
    }

    #[test]
    fn a_sentence_cut_off_mid_phrase_at_the_end_of_its_text_is_no_sentence() {
        use super::ends_cut_off;
        // Multi-News val: the source stops where the dataset truncated it.
        assert!(ends_cut_off("The hidden programme was disguised as a", ""));
        assert!(ends_cut_off(
            "Throughout the treatment, brokaw has continued to",
            "\n"
        ));
        assert!(ends_cut_off("Some carbs - like", ""));
        assert!(ends_cut_off("The author of the memo,", ""));
        assert!(ends_cut_off(
            "Tigner -- a frequent flyer, father and grandfather --",
            ""
        ));
        // A quotation left open, a lone word after the last comma, an adverb no sentence ends on.
        assert!(ends_cut_off(
            "gingrich said, \"if you had said to him, 'you have to be re-elected but bill \
             clinton is going to be next",
            ""
        ));
        assert!(ends_cut_off(
            "At wednesday's hearing with secretary kathleen sebelius, rogers",
            ""
        ));
        assert!(ends_cut_off(
            "\" appearing on the sunday morning show almost",
            ""
        ));
        // A currency sign whose amount was cut, a page's teaser ending on a spaced ellipsis
        // (val clusters multinews-val-45692, 46154, shaped like them).
        assert!(ends_cut_off(
            "Penney reported a fourth-quarter profit of $",
            ""
        ));
        assert!(ends_cut_off("The club then charges an additional £", ""));
        assert!(ends_cut_off("His lawyer said …", ""));
        assert!(!ends_cut_off(
            "Penney reported a profit of $",
            " 1 million."
        ));
        assert!(!ends_cut_off("And then …", " she was gone."));
        assert!(!ends_cut_off(
            "she said yes later.https://twitter.com/people/status/8829 …",
            ""
        ));
        assert!(!ends_cut_off("The vote was delayed again, however", ""));
        assert!(!ends_cut_off("\" it was a great day, \" he said", ""));
        // Whole, or only the full stop missing, or not the end of the text.
        assert!(!ends_cut_off(
            "The hidden programme was disguised as a game.",
            ""
        ));
        assert!(!ends_cut_off("Two u.s. Officials said on monday", ""));
        assert!(!ends_cut_off("The programme was disguised as a", " game."));
        assert!(!ends_cut_off("\" it is over, \" he said. \"", ""));
    }

    #[test]
    fn an_opening_clause_cut_off_before_its_main_clause_is_no_sentence() {
        use super::ends_cut_off;
        // Multi-News val clusters multinews-val-45570, 46987, 48080, 47571 and 49297: the
        // source stops inside the clause that leads to the main one.
        assert!(ends_cut_off(
            "While starboard would support the idea of a merger",
            ""
        ));
        assert!(ends_cut_off("Due to all the ice that falls", ""));
        assert!(ends_cut_off("If convicted of the felony", ""));
        assert!(ends_cut_off(
            "According to a timeline released by the sheriff's office",
            ""
        ));
        assert!(ends_cut_off(
            "Since the bizarre news broke that the hempel family's small cabin",
            "\n"
        ));
        assert!(ends_cut_off("even though the letter didn't", ""));
        // A comma may end the clause, the text may go on, a word may only begin like one.
        assert!(!ends_cut_off(
            "When police arrived, the house was empty",
            ""
        ));
        assert!(!ends_cut_off(
            "While starboard would support the idea of a merger",
            " it said."
        ));
        assert!(!ends_cut_off("Asked about it the mayor said nothing", ""));
        assert!(!ends_cut_off("Withdrawals rose in march", ""));
        assert!(!ends_cut_off(
            "For lewin was almost certainly the first victim",
            ""
        ));
    }

    #[test]
    fn a_sentence_cut_on_a_word_train_sentences_rarely_end_with_is_no_sentence() {
        use super::ends_cut_off;
        // Multi-News val: sources truncated after a number, an adjective, a participle.
        assert!(ends_cut_off("There were only five", ""));
        assert!(ends_cut_off("The fire burned for the entire", ""));
        assert!(ends_cut_off("The passenger was described as having", ""));
        assert!(ends_cut_off("It was not clear whether the critical", ""));
        assert!(ends_cut_off("The Statement Was Issued By Patrick", ""));
        // Words whole sentences end on stay: a place, a day, a noun.
        assert!(!ends_cut_off("Two u.s. Officials said on monday", ""));
        assert!(!ends_cut_off("Police boarded the plane", ""));
        assert!(!ends_cut_off("Rebels are trying to overthrow him", ""));
    }

    #[test]
    fn the_counted_list_is_sorted_lower_case_ascii() {
        let words: Vec<&str> = super::RARELY_FINAL
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        assert!(words.len() > 1000, "{}", words.len());
        assert!(words.windows(2).all(|p| p[0] < p[1]));
        assert!(
            words
                .iter()
                .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        );
        assert!(super::rarely_final("Entire") && !super::rarely_final("monday"));
    }

    /// [`super::date_line`] before its length test, for the differential test below.
    fn date_line_unbounded(text: &str) -> bool {
        text.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            w.is_empty()
                || storyline_text::time::is_month_or_weekday(w)
                || super::STAMP_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s))
        }) && storyline_text::time::parse_date_line(text).is_some()
    }

    /// The length test changes no answer: date lines just under and over the limit, padded with
    /// whitespace the trim removes or with stamp words it does not, agree with the test without it.
    #[test]
    fn date_line_length_test_changes_no_answer() {
        use super::date_line;
        let max = storyline_text::time::DATE_LINE_MAX_BYTES;
        let mut lines = Vec::new();
        for base in [
            "Sunday oct. 2, 2016.",
            "Updated 10:45 a.m. ET Sunday, Oct. 2, 2016",
        ] {
            for pad in [
                0,
                1,
                2,
                max - 60,
                max - base.len(),
                max - base.len() + 1,
                max,
            ] {
                lines.push(format!("{base}{}", " ".repeat(pad)));
                lines.push(format!("{}{base}\u{a0}", "\n".repeat(pad)));
                lines.push(format!("{base} {}", "on ".repeat(pad / 3)));
                lines.push(format!("{} {base}", "a.m".repeat(pad / 3)));
            }
        }
        lines.push(String::new());
        lines.push("   ".into());
        let mut long = 0;
        for t in &lines {
            assert_eq!(date_line(t), date_line_unbounded(t), "{t:?}");
            long += usize::from(t.trim().len() > max);
        }
        // Both sides of the limit were tried, and some lines within it are date lines.
        assert!(long > 0 && long < lines.len());
        assert!(lines.iter().any(|t| date_line(t)));
    }

    #[test]
    fn a_date_or_a_page_stamp_alone_is_no_summary_sentence() {
        use super::date_line;
        // Multi-News val: captions' and pages' date lines that reached summaries.
        for t in [
            "Sunday oct. 2, 2016.",
            "Video updated november 15, 2018.",
            "Thursday, june 27, 2013.",
            "Updated 10:45 a.m. ET Sunday, Oct. 2, 2016",
        ] {
            assert!(date_line(t), "{t}");
        }
        for t in [
            "In 2008, it was stolen, weems said.",
            "Tony robbins at sxsw in 2016.",
            "The truce collapsed on Monday, September 19, 2016.",
        ] {
            assert!(!date_line(t), "{t}");
        }
    }

    #[test]
    fn a_sentence_that_is_one_bracket_is_never_taken() {
        assert!(super::bracketed("( trump had a point. )"));
        assert!(super::bracketed("( xinhua/yao qilin )"));
        assert!(super::bracketed("[ photo via screengrab ]."));
        assert!(super::bracketed(
            "( the deal, which ( oddly ) no one signed, stands. )"
        ));
        assert!(!super::bracketed(
            "( ap ) the talks went on ( as planned )."
        ));
        assert!(!super::bracketed("The talks ( in geneva ) went on."));
        assert!(!super::bracketed("( the talks went on."));
    }

    #[test]
    fn sentences_that_start_inside_a_quotation_are_fragments() {
        assert!(fragment(
            "There is a tacit agreement,” Bouthaina Shaaban said."
        ));
        assert!(fragment("it is a mistake, \" she said."));
        assert!(fragment(
            "claim responsibility for this operation, \" nasser bin ali al-ansi, an ideologue, said in the recording."
        ));
    }

    #[test]
    fn quotations_that_open_in_the_sentence_are_not_fragments() {
        assert!(!fragment("“We made progress,” Kerry said."));
        assert!(!fragment("Kerry said, “We made progress.”"));
        assert!(!fragment("Kerry said, \" we made progress. \""));
        assert!(!fragment("\" we made progress, \" kerry said."));
        // One straight mark after a full stop opens a quotation that the next sentence closes.
        assert!(!fragment("The video was authentic. \" as for the claim"));
        assert!(!fragment("Lavrov met Kerry in New York."));
    }

    #[test]
    fn an_adverbial_with_only_a_subordinate_clause_is_a_fragment() {
        assert!(fragment(
            "On October 4, one day after the US announced it is halting ceasefire talks with Russia."
        ));
        assert!(!fragment(
            "On October 4, one day after the US halted talks, Russia suspended the deal."
        ));
        assert!(!fragment(
            "On Sunday, Lavrov and Kerry will take stock of the efforts."
        ));
        assert!(!fragment(
            "In 2015, after the talks failed, the war went on."
        ));
    }

    #[test]
    fn a_sentence_that_is_only_an_attribution_is_never_taken() {
        for only in [
            "\" hishammuddin said in a statement. \"",
            "he told the magazine.",
            "An insider told dn.",
            "the note said.",
            "“Mr. Lavrov said on Wednesday.”",
            "patrick o'sullivan wrote in a chilling note obtained by police.",
            "said sen. john boozman, r-ark.",
            "A spokesman told reporters on monday.",
            "palin, 24, said on her blog.",
            "the 21-year-old scream 4 star tells the december issue of girl's life.",
        ] {
            assert!(super::attribution_only(only), "{only}");
        }
        for reports in [
            "she said in an interview she was happy.",
            "I told him to be safe, and i left. \"",
            "Police said there could be charges laid in the case thursday.",
            "The fighting continued on monday.",
            "Three new routes were added in may.",
            "Jon told the checker what it was.",
            "Lindsey engquist says at first, thompson appeared fine.",
            "Knowles had a system, investigators said.",
            "The american tells the kurds he's from the united states.",
            "several times the controller tells the pilot to head south.",
            "\" i told her last night to wear flat shoes.",
            "we're told her daughteris on her way to new york.",
            "\" it was carried out perfectly. \"",
            "Kerry said, \" we made progress. \"",
            "Kerry said “progress” on monday.",
            "Lavrov told « le monde » on monday.",
            "Lavrov met Kerry in New York.",
        ] {
            assert!(!super::attribution_only(reports), "{reports}");
        }
    }

    #[test]
    fn attribution_verbs_are_never_shorter_than_the_word_scan_gate() {
        // `attribution_only` compares only words of four bytes or more with the verbs.
        assert!(
            super::SPOKE.iter().all(|v| v.len() >= 4),
            "{:?}",
            super::SPOKE
        );
    }
}
