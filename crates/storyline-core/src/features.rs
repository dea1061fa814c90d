//! Per-candidate features for the learned sentence scorer.
//!
//! Each summary candidate of a [`Story`] becomes a fixed-length vector of `f32` whose columns are
//! named in [`FEATURES`] and grouped into [`Family`]s (what a news reader would name: where the
//! sentence sits in its article, how many sources carry it, how central it is, how close it is to
//! the articles' leads, its length, quotes, numbers, recurring actors, and how on-topic its article
//! is). The learned model stores the names of the columns it was trained on, so a model trained
//! without a family (the ablation) still loads and reads the right columns.
//!
//! How each family is measured:
//! - **Position**: the earliest position of the sentence in any source (0 = lead), that position
//!   relative to the source's length, and the source's order in the input.
//! - **Support**: distinct sources that carry the merged candidate; softly, the best tf·idf cosine
//!   to a sentence of another source, and the share of other sources having a close sentence.
//! - **Centrality**: continuous LexRank over the candidates' cosine graph, its rank, and the cosine
//!   to the story centroid and to the sentence's own article.
//! - **Headline**: cosine to the lead of the sentence's own article and the mean cosine to the
//!   leads of the other sources. The lead stands in for the headline because the training data
//!   has no titles: a title-based column would be constant in training and mean something new at
//!   run time.
//! - **Length**: whitespace words, content terms, and the share of the story's words.
//! - **Quotes / numbers / form**: quotation marks, attribution verbs, digits, money and percent,
//!   questions, first and second person, and web debris (URLs, handles).
//! - **Actors**: the share and count of the sentence's content terms that recur in two or more
//!   sources (names of people, places and organisations recur across outlets; this needs no
//!   capitalisation), and whether it opens on a pronoun whose referent is elsewhere.
//! - **Off-topic**: the article's web-boilerplate share and its similarity to the other articles,
//!   from [`crate::offtopic::scores`].
//! - **Cluster**: number of sources, total words and candidates, which lets the trees condition the
//!   rest on how much must be left out.
//!
//! Casing: every feature is computed on lower-cased tokens or on punctuation and digits, never on
//! capital letters, because the training data (Multi-News) is lower-cased while real articles are
//! not; a feature that read capitals would mean something else at run time than in training.

use crate::model::{SentenceRef, Story};
use crate::offtopic;
use crate::prior::TermPriors;
use crate::vector::{DenseVec, TermVec};
use crate::wording::WordWeights;

/// A group of features, dropped together in the ablation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// Where the sentence sits in its source.
    Position,
    /// How many sources carry it.
    Support,
    /// LexRank and centroid similarity.
    Centrality,
    /// Overlap with titles and leads.
    Headline,
    /// Sentence length.
    Length,
    /// Quotation marks and attribution.
    Quotes,
    /// Digits, money, percent.
    Numbers,
    /// Terms that recur across sources (named actors), dangling pronouns.
    Actors,
    /// The source's off-topic evidence.
    OffTopic,
    /// Size of the story.
    Cluster,
    /// Questions, first/second person, web debris.
    Form,
    /// Learned rates at which summaries use the sentence's terms ([`crate::prior`]).
    Prior,
    /// Learned weights of the sentence's words, function words included ([`crate::wording`]).
    Wording,
}

impl Family {
    /// Every family, in column order.
    pub const ALL: [Family; 13] = [
        Family::Position,
        Family::Support,
        Family::Centrality,
        Family::Headline,
        Family::Length,
        Family::Quotes,
        Family::Numbers,
        Family::Actors,
        Family::OffTopic,
        Family::Cluster,
        Family::Form,
        Family::Prior,
        Family::Wording,
    ];

    /// Lower-case name (used on the command line and in docs).
    pub fn name(self) -> &'static str {
        match self {
            Family::Position => "position",
            Family::Support => "support",
            Family::Centrality => "centrality",
            Family::Headline => "headline",
            Family::Length => "length",
            Family::Quotes => "quotes",
            Family::Numbers => "numbers",
            Family::Actors => "actors",
            Family::OffTopic => "offtopic",
            Family::Cluster => "cluster",
            Family::Form => "form",
            Family::Prior => "prior",
            Family::Wording => "wording",
        }
    }

    /// The family called `name`.
    pub fn from_name(name: &str) -> Option<Family> {
        Family::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// Column names and families, in the order [`extract`] writes them.
pub const FEATURES: &[(&str, Family)] = &[
    ("pos", Family::Position),
    ("pos_rel", Family::Position),
    ("lead", Family::Position),
    ("doc_order", Family::Position),
    ("last_in_doc", Family::Position),
    ("sources", Family::Support),
    ("sources_share", Family::Support),
    ("other_max_cos", Family::Support),
    ("other_docs_close", Family::Support),
    ("lexrank", Family::Centrality),
    ("lexrank_rank", Family::Centrality),
    ("centroid_cos", Family::Centrality),
    ("own_doc_cos", Family::Centrality),
    ("term_prob", Family::Centrality),
    ("headline_cos", Family::Headline),
    ("leads_cos", Family::Headline),
    ("words", Family::Length),
    ("terms", Family::Length),
    ("words_share", Family::Length),
    ("quote", Family::Quotes),
    ("quote_share", Family::Quotes),
    ("attribution", Family::Quotes),
    ("numbers", Family::Numbers),
    ("money_pct", Family::Numbers),
    ("recurring_share", Family::Actors),
    ("recurring_count", Family::Actors),
    ("pronoun_start", Family::Actors),
    ("df_mean", Family::Actors),
    ("doc_boilerplate", Family::OffTopic),
    ("doc_centroid_cos", Family::OffTopic),
    ("doc_best_cos", Family::OffTopic),
    ("doc_words", Family::OffTopic),
    ("docs", Family::Cluster),
    ("story_words", Family::Cluster),
    ("candidates", Family::Cluster),
    ("question", Family::Form),
    ("first_person", Family::Form),
    ("second_person", Family::Form),
    ("web_debris", Family::Form),
    ("boilerplate", Family::Form),
    ("unfinished", Family::Form),
    ("prior_mean", Family::Prior),
    ("prior_max", Family::Prior),
    ("prior_sum", Family::Prior),
    ("prior_recurring", Family::Prior),
    ("prior_df", Family::Prior),
    ("wording", Family::Wording),
];

/// Number of feature columns.
pub const N_FEATURES: usize = FEATURES.len();

/// The column index of feature `name`.
pub fn column(name: &str) -> Option<usize> {
    FEATURES.iter().position(|(n, _)| *n == name)
}

/// What `Iterator::sum` of `f32`s starts from (and gives for no items): the loops that add up
/// several columns at once start from it, so each sum is the one `sum` gave, bit for bit.
const SUM_START: f32 = -0.0;

/// Cosine above which a sentence of another source counts as "close" (soft support).
const CLOSE: f32 = 0.3;

/// The candidates' indices, longest vector first and, among equal lengths, in index order.
///
/// Sorted as one packed `u64` per candidate (the length's complement above the index), so a
/// comparison is one integer compare where a key closure read each vector's length through its
/// reference, twice a comparison (callgrind: 0.0016 M instructions a cluster less, 0.14% of a
/// summary-only brief). Every key is distinct, so the order is the one a sort by
/// `(Reverse(len), i)` gives.
fn longest_first(vecs: &[&TermVec]) -> Vec<usize> {
    let mut keys: Vec<u64> = vecs
        .iter()
        .enumerate()
        .map(|(i, v)| (u64::from(!(v.entries().len() as u32)) << 32) | i as u64)
        .collect();
    keys.sort_unstable();
    keys.into_iter()
        .map(|k| (k & u64::from(u32::MAX)) as usize)
        .collect()
}

/// Feature rows of every candidate: `rows[i * N_FEATURES + j]` is feature `j` of candidate `i`.
/// Without `priors` the [`Family::Prior`] columns are zero, without `wording` the
/// [`Family::Wording`] column.
pub fn extract(
    story: &Story,
    priors: Option<&TermPriors>,
    wording: Option<&WordWeights>,
) -> Vec<f32> {
    extract_for(story, priors, wording, &vec![true; story.candidates.len()])
}

/// [`extract`] of the rows `need` marks; the others stay zero. The story-wide columns (LexRank,
/// centroid, leads) are computed over every candidate as in [`extract`], and a row reads no
/// other row, so each row written is the row [`extract`] writes.
pub(crate) fn extract_for(
    story: &Story,
    priors: Option<&TermPriors>,
    wording: Option<&WordWeights>,
    need: &[bool],
) -> Vec<f32> {
    let n = story.candidates.len();
    let mut rows = vec![0.0f32; n * N_FEATURES];
    if n == 0 {
        return rows;
    }
    let kept_docs: Vec<usize> = (0..story.documents.len())
        .filter(|&d| story.kept[d])
        .collect();
    let n_kept = kept_docs.len().max(1);
    let reps: Vec<SentenceRef> = story.candidates.iter().map(|c| c.rep).collect();
    let vecs: Vec<&TermVec> = reps.iter().map(|&r| story.index.sentence(r)).collect();

    // Lead sentence per document: the headline stand-in.
    let leads: Vec<Option<&TermVec>> = (0..story.documents.len())
        .map(|d| story.index.sentences[d].first())
        .collect();

    // Candidate similarity graph, shared by LexRank and the soft-support features, and each
    // candidate's similarity to its own article's lead and to the other articles' leads: every
    // cosine of a candidate is taken while its dense form is loaded (or, for a lead that is
    // another candidate, read from the graph).
    let mut sim = vec![0.0f32; n * n];
    let mut headline_cos = vec![0.0f32; n];
    let mut leads_cos = vec![0.0f32; n];
    let mut dense = DenseVec::default();
    // A cosine costs a look-up per entry of the vector read against the loaded one, and is the
    // same whichever of the two is loaded (see `StoryIndex::rep_cosines`), so the candidates
    // are loaded longest first and each loaded one reads the shorter ones after it: every
    // pair's cosine is read from its shorter vector.
    let longest_first = longest_first(&vecs);
    // Each candidate's cosines with the leads it is compared with: its own article's, and those
    // of the other kept articles. A lead that is another candidate's sentence has its cosine in
    // the graph (the same bit for bit, either way round), read from there once the graph is
    // done; only the other leads are read while the candidate is loaded.
    let n_docs = leads.len();
    let mut lead_candidate = vec![None; n_docs];
    for (j, r) in reps.iter().enumerate().rev() {
        if r.sent == 0 {
            lead_candidate[r.doc as usize] = Some(j);
        }
    }
    let compared =
        |i: usize, k: usize| leads[k].is_some() && (story.kept[k] || k == reps[i].doc as usize);
    let in_graph = |i: usize, k: usize| lead_candidate[k].filter(|&j| j != i);
    let mut to_lead = vec![0.0f32; n * n_docs];
    for (a, &i) in longest_first.iter().enumerate() {
        dense.load(vecs[i]);
        for &j in &longest_first[a + 1..] {
            let s = dense.cosine(vecs[j]);
            sim[i * n + j] = s;
            sim[j * n + i] = s;
        }
        for (k, lead) in leads.iter().enumerate() {
            if let Some(l) = lead.filter(|_| compared(i, k) && in_graph(i, k).is_none()) {
                to_lead[i * n_docs + k] = dense.cosine(l);
            }
        }
    }
    for i in 0..n {
        for k in 0..n_docs {
            if let Some(j) = in_graph(i, k).filter(|_| compared(i, k)) {
                to_lead[i * n_docs + k] = sim[i * n + j];
            }
        }
        let to_lead = &to_lead[i * n_docs..(i + 1) * n_docs];
        let d = reps[i].doc as usize;
        headline_cos[i] = to_lead[d];
        let (mut lead_sum, mut lead_n) = (0.0f32, 0usize);
        for &k in &kept_docs {
            if leads[k].is_some() && k != d {
                lead_sum += to_lead[k];
                lead_n += 1;
            }
        }
        leads_cos[i] = if lead_n == 0 {
            0.0
        } else {
            lead_sum / lead_n as f32
        };
    }
    let lr = lexrank(&sim, n);
    let mut by_lr: Vec<usize> = (0..n).collect();
    by_lr.sort_by(|&a, &b| lr[b].total_cmp(&lr[a]).then(a.cmp(&b)));
    let mut lr_rank = vec![0.0f32; n];
    for (r, &i) in by_lr.iter().enumerate() {
        lr_rank[i] = r as f32 / n as f32;
    }

    // Story centroid over kept documents.
    let centroid = TermVec::sum(kept_docs.iter().map(|&d| &story.index.documents[d]));
    dense.load(&centroid);
    let centroid_cos: Vec<f32> = vecs.iter().map(|v| dense.cosine(v)).collect();
    // Each candidate's similarity to its own article, one article loaded at a time.
    let mut own_doc_cos = vec![0.0f32; n];
    for (d, doc) in story.index.documents.iter().enumerate() {
        if !reps.iter().any(|r| r.doc as usize == d) {
            continue;
        }
        dense.load(doc);
        for i in 0..n {
            if reps[i].doc as usize == d {
                own_doc_cos[i] = dense.cosine(vecs[i]);
            }
        }
    }
    let off = offtopic::scores(&story.documents, &story.index);

    // Words per kept document and in the story.
    let doc_words: Vec<usize> = (story.index.word_counts.iter())
        .map(|w| w.iter().map(|&c| c as usize).sum())
        .collect();
    let story_words: usize = kept_docs.iter().map(|&d| doc_words[d]).sum();

    // Document frequency of each term over kept documents (for recurring terms). A document's
    // vector has one entry per distinct term of its sentences, so its ids are the document's
    // terms sorted and de-duplicated.
    let mut df = vec![0u16; story.index.vocab_len];
    for &d in &kept_docs {
        for &(t, _) in story.index.documents[d].entries() {
            df[t as usize] = df[t as usize].saturating_add(1);
        }
    }

    // Term frequency over kept documents (SumBasic's word probability).
    let mut tf = vec![0u32; story.index.vocab_len];
    for &d in &kept_docs {
        for &t in story.index.terms[d].iter().flatten() {
            tf[t as usize] += 1;
        }
    }
    let total_terms: u32 = tf.iter().sum();

    // Learned rate of each term of the story (zero without priors).
    let rate: Vec<f32> = match priors {
        Some(p) => story.index.term_rates(p),
        None => vec![0.0; story.index.vocab_len],
    };

    let mut best_other = vec![0.0f32; story.documents.len()];
    let mut words: Vec<u64> = Vec::new();
    for i in 0..n {
        if !need[i] {
            continue;
        }
        let c = &story.candidates[i];
        let rep = c.rep;
        let d = rep.doc as usize;
        let doc = &story.documents[d];
        let text = story.sentence_text(rep);
        let row = &mut rows[i * N_FEATURES..(i + 1) * N_FEATURES];
        // Columns are written in FEATURES order; the name documents the column and is checked.
        let mut k = 0;
        let mut put = |name: &str, v: f32| {
            debug_assert_eq!(FEATURES[k].0, name, "feature columns out of order");
            row[k] = v;
            k += 1;
        };

        // Position.
        let pos = c
            .members
            .iter()
            .map(|m| story.sentence(*m).position)
            .min()
            .unwrap_or(0);
        put("pos", pos as f32);
        put(
            "pos_rel",
            story.sentence(rep).position as f32 / doc.sentences.len().max(1) as f32,
        );
        put("lead", f32::from(u8::from(pos == 0)));
        put(
            "doc_order",
            kept_docs.iter().position(|&k| k == d).unwrap_or(0) as f32 / n_kept as f32,
        );
        put(
            "last_in_doc",
            f32::from(u8::from(rep.sent as usize + 1 == doc.sentences.len())),
        );

        // Support.
        let mut sources: Vec<u32> = c.members.iter().map(|m| m.doc).collect();
        sources.sort_unstable();
        sources.dedup();
        put("sources", sources.len() as f32);
        put("sources_share", sources.len() as f32 / n_kept as f32);
        best_other.fill(0.0);
        for j in 0..n {
            let dj = reps[j].doc as usize;
            if dj != d {
                best_other[dj] = best_other[dj].max(sim[i * n + j]);
            }
        }
        put(
            "other_max_cos",
            best_other.iter().copied().fold(0.0, f32::max),
        );
        let close = best_other.iter().filter(|&&s| s >= CLOSE).count();
        put(
            "other_docs_close",
            close as f32 / (n_kept.saturating_sub(1)).max(1) as f32,
        );

        // Centrality.
        put("lexrank", lr[i]);
        put("lexrank_rank", lr_rank[i]);
        put("centroid_cos", centroid_cos[i]);
        put("own_doc_cos", own_doc_cos[i]);
        let terms = &story.index.terms[d][rep.sent as usize];
        // The sums over the sentence's terms (and below over its distinct terms) in one loop
        // each, every sum in the same order as the separate passes they were: one read of a
        // term's counts instead of one per column.
        let (mut tf_sum, mut df_sum, mut recurring) = (SUM_START, SUM_START, 0usize);
        for &t in terms {
            let t = t as usize;
            tf_sum += tf[t] as f32;
            df_sum += f32::from(df[t]);
            recurring += usize::from(df[t] >= 2);
        }
        let prob = tf_sum / total_terms.max(1) as f32;
        put("term_prob", prob / terms.len().max(1) as f32 * 100.0);

        // Headline.
        put("headline_cos", headline_cos[i]);
        put("leads_cos", leads_cos[i]);

        // Length.
        let lex = Lexical::of(text);
        debug_assert_eq!(lex.words, story.index.word_count(rep), "two word counts");
        put("words", lex.words as f32);
        put("terms", terms.len() as f32);
        put("words_share", lex.words as f32 / story_words.max(1) as f32);

        // Quotes and numbers.
        put("quote", f32::from(u8::from(lex.quote_marks > 0)));
        put(
            "quote_share",
            lex.quoted_words as f32 / lex.words.max(1) as f32,
        );
        put("attribution", lex.attribution as f32);
        put("numbers", lex.numbers as f32);
        put("money_pct", lex.money_pct as f32);

        // Actors (recurring terms).
        put(
            "recurring_share",
            recurring as f32 / terms.len().max(1) as f32,
        );
        put("recurring_count", recurring as f32);
        put("pronoun_start", f32::from(u8::from(lex.pronoun_start)));
        put(
            "df_mean",
            df_sum / terms.len().max(1) as f32 / n_kept as f32,
        );

        // Off-topic evidence of its source.
        let o = &off[d];
        put("doc_boilerplate", o.boilerplate);
        put("doc_centroid_cos", o.centroid.unwrap_or(-1.0));
        put("doc_best_cos", o.best.unwrap_or(-1.0));
        put("doc_words", doc_words[d] as f32);

        // Cluster.
        put("docs", n_kept as f32);
        put("story_words", story_words as f32);
        put("candidates", n as f32);

        // Form.
        put("question", f32::from(u8::from(lex.question)));
        put("first_person", lex.first_person as f32);
        put("second_person", lex.second_person as f32);
        put("web_debris", lex.web_debris as f32);
        put("boilerplate", lex.boilerplate as f32);
        put("unfinished", f32::from(u8::from(lex.unfinished)));

        // Prior: each distinct term once, in id order: the ids of the sentence's vector, which
        // are its terms sorted and de-duplicated.
        let distinct = vecs[i].entries();
        let (mut sum, mut max, mut recurring_sum, mut df_weighted) =
            (SUM_START, 0.0f32, SUM_START, SUM_START);
        for &(t, _) in distinct {
            let (r, f) = (rate[t as usize], df[t as usize]);
            sum += r;
            max = max.max(r);
            if f >= 2 {
                recurring_sum += r;
            }
            df_weighted += r * f32::from(f);
        }
        put("prior_mean", sum / distinct.len().max(1) as f32);
        put("prior_max", max);
        put("prior_sum", sum);
        put("prior_recurring", recurring_sum);
        put("prior_df", df_weighted / n_kept as f32);

        // Wording. A wire dateline the cleaner cut out of the lead's paragraph (`washington ( ap )
        // —`) is read with it: it is no part of the sentence shown, but it marks the sentence as
        // a wire story's lead, as it did in the Multi-News text the weights were learned on. A
        // dateline the line rules found (`WASHINGTON (AP) _`) was cut before, and stays unread.
        let span = story.sentence(rep).span;
        let worded = doc
            .cleaned
            .blocks
            .iter()
            .find(|b| {
                b.reason == storyline_text::clean::INLINE_DATELINE_REASON
                    && b.span.end <= span.start
                    && doc.article.text[b.span.end..span.start].trim().is_empty()
            })
            .map(|b| doc.slice(storyline_text::Span::new(b.span.start, span.end)));
        // Without a dateline the words are the sentence's own, whose hashes the index holds,
        // and their weights when the index was built for this model.
        put(
            "wording",
            wording.map_or(0.0, |w| match worded {
                Some(worded) => w.score(worded, &mut words),
                None => match story.index.weights(rep, w) {
                    Some(weights) => {
                        w.score_weighted(story.index.surfaces(rep), weights, &mut words)
                    }
                    None => w.score_hashes(story.index.surfaces(rep), &mut words),
                },
            }),
        );
    }
    // The selection after the scorer tests candidates against the ones it takes by these cosines.
    story.index.remember_rep_cosines(reps, sim);
    rows
}

/// Lanes of [`lexrank`]'s padded rows: the widest `f32` block its loop is written in.
const LEXRANK_LANES: usize = 8;

/// Continuous LexRank over a dense similarity matrix (mean 1), as [`crate::score::lexrank`].
///
/// Each iteration adds `w · row i` into `next`, row after row. The rows are copied once into rows
/// of whole 8-lane blocks (zeros after the `n` cosines), so that addition is a few full vector
/// operations with no scalar tail and no length tests: a story has some 16 candidates, and the
/// loop over exactly `n` entries spent most of its instructions setting up its vector part and
/// finishing the tail (callgrind: about 117 instructions a row). Every entry of `next` still
/// receives the same products in the same order, so the result is the same bit for bit
/// (`lexrank_reference`, in the tests, is the loop it replaced); the padding lanes are never read.
///
/// The rows that are not dangling are added [`LEXRANK_ROWS`] at a time: each entry of `next` is
/// loaded once, takes the rows' products one after another (the order of the row-by-row loop)
/// and is stored once, instead of a load and a store per row, and the per-row set-up is paid
/// once a group (callgrind: about 59 instructions a row and iteration before, of some 17 rows).
fn lexrank(sim: &[f32], n: usize) -> Vec<f32> {
    const DAMPING: f32 = 0.85;
    if n == 0 {
        return Vec::new();
    }
    let row_sums: Vec<f32> = (0..n)
        .map(|i| sim[i * n..(i + 1) * n].iter().sum())
        .collect();
    let stride = n.next_multiple_of(LEXRANK_LANES);
    let mut rows = vec![0.0f32; n * stride];
    for (row, s) in rows.chunks_exact_mut(stride).zip(sim.chunks_exact(n)) {
        row[..n].copy_from_slice(s);
    }
    let rows: Vec<&[f32]> = rows.chunks_exact(stride).collect();
    // The dangling rows add to one sum, the others to `next`: each in row order.
    let (dangling_rows, live): (Vec<usize>, Vec<usize>) = (0..n).partition(|&i| row_sums[i] == 0.0);
    let mut p = vec![1.0f32 / n as f32; stride];
    let mut next = vec![0.0f32; stride];
    for _ in 0..20 {
        next.fill((1.0 - DAMPING) / n as f32);
        let mut dangling = 0.0;
        for &i in &dangling_rows {
            dangling += DAMPING * p[i] / n as f32;
        }
        let weight = |i: usize| DAMPING * p[i] / row_sums[i];
        let mut groups = live.chunks_exact(LEXRANK_ROWS);
        for g in &mut groups {
            add_scaled4(
                &mut next,
                [rows[g[0]], rows[g[1]], rows[g[2]], rows[g[3]]],
                [weight(g[0]), weight(g[1]), weight(g[2]), weight(g[3])],
                stride / LEXRANK_LANES,
            );
        }
        for &i in groups.remainder() {
            add_scaled(&mut next, rows[i], weight(i), stride / LEXRANK_LANES);
        }
        for x in &mut next {
            *x += dangling;
        }
        std::mem::swap(&mut p, &mut next);
    }
    p[..n].iter().map(|x| x * n as f32).collect()
}

/// Rows [`lexrank`] adds into `next` in one pass ([`add_scaled4`]).
const LEXRANK_ROWS: usize = 4;

/// `next[k] += w * row[k]` over the first `blocks` blocks of [`LEXRANK_LANES`] entries. The
/// length is a product of the lane count, so the compiler's vector loop (8 entries a turn) covers
/// it with no scalar remainder; the two slices arrive as arguments, so they are known not to
/// overlap and the loop needs no run-time overlap test.
#[inline]
fn add_scaled(next: &mut [f32], row: &[f32], w: f32, blocks: usize) {
    let len = blocks * LEXRANK_LANES;
    for (x, s) in next[..len].iter_mut().zip(&row[..len]) {
        *x += w * s;
    }
}

/// [`add_scaled`] of four rows, one after another, in one pass: `next[k]` takes `w[0] *
/// rows[0][k]`, then `w[1] * rows[1][k]`, and so on, as four calls would add them, but is
/// loaded and stored once. Written as one zip like [`add_scaled`], which the compiler turns
/// into a vector loop with no remainder. Kept out of line: inlined, the slices lose what their
/// types say (that `next` overlaps no row), and the loop was preceded by a run-time overlap test
/// of all five (some 50 instructions a call, about as many as the loop itself).
#[inline(never)]
fn add_scaled4(next: &mut [f32], rows: [&[f32]; 4], w: [f32; 4], blocks: usize) {
    let len = blocks * LEXRANK_LANES;
    let [a, b, c, d] = rows.map(|r| &r[..len]);
    let cells = (next[..len].iter_mut()).zip(a.iter().zip(b).zip(c.iter().zip(d)));
    for (x, ((a, b), (c, d))) in cells {
        *x = *x + w[0] * a + w[1] * b + w[2] * c + w[3] * d;
    }
}

/// [`lexrank`] as it was written before its rows were padded: the reference it is tested against.
#[cfg(test)]
fn lexrank_reference(sim: &[f32], n: usize) -> Vec<f32> {
    const DAMPING: f32 = 0.85;
    let row_sums: Vec<f32> = (0..n)
        .map(|i| sim[i * n..(i + 1) * n].iter().sum())
        .collect();
    let mut p = vec![1.0f32 / n as f32; n];
    let mut next = vec![0.0f32; n];
    for _ in 0..20 {
        next.fill((1.0 - DAMPING) / n as f32);
        let mut dangling = 0.0;
        for i in 0..n {
            if row_sums[i] == 0.0 {
                dangling += DAMPING * p[i] / n as f32;
                continue;
            }
            let w = DAMPING * p[i] / row_sums[i];
            for (x, s) in next.iter_mut().zip(&sim[i * n..(i + 1) * n]) {
                *x += w * s;
            }
        }
        for x in &mut next {
            *x += dangling;
        }
        std::mem::swap(&mut p, &mut next);
    }
    p.iter().map(|x| x * n as f32).collect()
}

/// Surface counts of one sentence, all casing-independent.
#[derive(Debug, Default, PartialEq)]
pub struct Lexical {
    /// Whitespace words.
    pub words: usize,
    /// Quotation marks (straight, curly, or doubled backticks/apostrophes).
    pub quote_marks: usize,
    /// Words inside quotation marks.
    pub quoted_words: usize,
    /// Attribution verbs (said, says, told, according, ...).
    pub attribution: usize,
    /// Words containing a digit, or number words (million, billion, ...).
    pub numbers: usize,
    /// Money and percent markers.
    pub money_pct: usize,
    /// Ends with a question mark.
    pub question: bool,
    /// First-person pronouns.
    pub first_person: usize,
    /// Second-person pronouns.
    pub second_person: usize,
    /// URLs, @handles, hashtags, e-mail addresses.
    pub web_debris: usize,
    /// Opens on a pronoun or demonstrative that refers back.
    pub pronoun_start: bool,
    /// Generic web-page words (photo credits, sharing, sign-up prompts).
    pub boilerplate: usize,
    /// Does not end with sentence punctuation (a truncated or run-on fragment).
    pub unfinished: bool,
}

/// Word classes of [`Lexical`], as bits of [`word_class`].
const ATTRIBUTION: u8 = 1;
const NUMBER_WORD: u8 = 2;
const MONEY_PCT: u8 = 4;
const FIRST: u8 = 8;
const SECOND: u8 = 16;
const BOILERPLATE: u8 = 32;
const PRONOUN: u8 = 64;
/// The word `per`, a money/percent marker only in a sentence that says `per cent`.
const PER: u8 = 128;

/// True when `text` says `per cent` in any casing (`Per cent`, `PER CENT`): the features read
/// no capitals, since Multi-News is lower-cased and real articles are not. Asked only of
/// sentences with the word `per`.
fn says_per_cent(text: &str) -> bool {
    text.as_bytes()
        .windows(8)
        .any(|w| w.eq_ignore_ascii_case(b"per cent"))
}

/// Defines [`word_class`] and [`CLASS_WORDS`] from one list, so the filter built from the list
/// ([`MAY_HAVE_CLASS`]) can never disagree with the `match`.
macro_rules! word_classes {
    ($($class:expr => [$($word:literal),+ $(,)?]),+ $(,)?) => {
        /// The classes of a lower-cased word (one `match`, which the compiler turns into a few
        /// length and byte comparisons: this runs on every word of every candidate).
        fn word_class(word: &[u8]) -> u8 {
            match word {
                $($($word)|+ => $class,)+
                _ => 0,
            }
        }

        /// Every word [`word_class`] gives a class.
        const CLASS_WORDS: &[&[u8]] = &[$($($word),+),+];
    };
}

word_classes! {
    ATTRIBUTION => [
        b"said", b"says", b"say", b"told", b"tells", b"according", b"added", b"explained",
        b"claimed", b"stated",
    ],
    NUMBER_WORD => [b"million", b"billion", b"trillion", b"thousand", b"hundred", b"dozen"],
    MONEY_PCT | PER => [b"per"],
    MONEY_PCT => [b"percent", b"dollars", b"cents", b"pounds", b"euros"],
    FIRST => [
        b"i", b"me", b"my", b"mine", b"we", b"us", b"our", b"ours", b"i'm", b"we're", b"i've",
    ],
    SECOND => [b"you", b"your", b"yours", b"you're", b"you've"],
    BOILERPLATE => [
        b"photo", b"photos", b"image", b"images", b"getty", b"copyright", b"caption", b"click",
        b"subscribe", b"newsletter", b"advertisement", b"cookies", b"javascript", b"browser",
        b"share", b"facebook", b"twitter", b"email", b"e-mail", b"sign", b"login", b"video",
        b"playback", b"watch", b"read", b"ap", b"reuters", b"afp", b"file", b"credit",
        b"comments", b"follow",
    ],
    PRONOUN => [
        b"he", b"she", b"it", b"they", b"this", b"that", b"these", b"those", b"his", b"her",
        b"their", b"its", b"but", b"and",
    ],
}

/// Per first byte (lower-cased ASCII), bit `n` set when some word of [`CLASS_WORDS`] of `n`
/// bytes starts with it. A word whose bit is clear has no class: most words (`the`, `of`, `to`,
/// `in`, `a`) are turned away without being lower-cased and matched.
static MAY_HAVE_CLASS: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut k = 0;
    while k < CLASS_WORDS.len() {
        let w = CLASS_WORDS[k];
        t[w[0] as usize & 127] |= 1 << w.len();
        k += 1;
    }
    t
};

/// The classes of a whitespace word as written: trimmed of everything but letters, digits and
/// apostrophes, then lower-cased.
fn general_class(raw: &str) -> u8 {
    let mut word = String::new();
    storyline_text::token::lowercase_into(
        raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''),
        &mut word,
    );
    word_class(word.as_bytes())
}

/// [`general_class`] of an ASCII word, trimmed and lower-cased byte by byte on the stack.
#[cfg(test)]
fn ascii_class(raw: &[u8]) -> u8 {
    /// Longest word lower-cased on the stack; longer ones (rare, and never a class word) take the
    /// general path.
    const LONGEST: usize = 16;
    let keep = |c: &u8| BYTE_CLASS[usize::from(*c)] & B_ALNUM != 0 || *c == b'\'';
    let start = raw.iter().position(keep).unwrap_or(raw.len());
    let end = raw.iter().rposition(keep).map_or(start, |e| e + 1);
    let w = &raw[start..end];
    if w.len() > LONGEST {
        return std::str::from_utf8(raw).map_or(0, general_class);
    }
    let mut buf = [0u8; LONGEST];
    for (d, c) in buf.iter_mut().zip(w) {
        *d = c.to_ascii_lowercase();
    }
    word_class(&buf[..w.len()])
}

/// True for the ASCII bytes that `char::is_whitespace` accepts: space, and `\t` `\n` `\x0b`
/// `\x0c` `\r` (9 to 13), written as comparisons so that loops over bytes vectorise.
fn is_ascii_space(b: u8) -> bool {
    (b == b' ') | (b.wrapping_sub(b'\t') < 5)
}

/// The length of the whitespace char outside ASCII that starts at byte `i` of `text`, if one
/// does (`i` is a char boundary).
fn unicode_space_at(text: &str, i: usize) -> Option<usize> {
    if text.as_bytes()[i].is_ascii() {
        return None;
    }
    let c = text[i..].chars().next()?;
    c.is_whitespace().then(|| c.len_utf8())
}

/// `text.split_whitespace().count()`. ASCII text is counted as the bytes that start a word (not
/// whitespace, after whitespace), in blocks of 128 byte pairs with a `u8` tally each, which the
/// compiler turns into 16-byte vector operations.
pub(crate) fn count_words(text: &str) -> usize {
    if !text.is_ascii() {
        return count_words_unicode(text);
    }
    let b = text.as_bytes();
    let word = |c: u8| u8::from(!is_ascii_space(c));
    let mut n = usize::from(b.first().is_some_and(|&c| word(c) == 1));
    let pairs = b.len().saturating_sub(1);
    for (prev, next) in b[..pairs].chunks(128).zip(b[1.min(b.len())..].chunks(128)) {
        let mut starts = 0u8;
        for (&p, &c) in prev.iter().zip(next) {
            starts += (word(p) ^ 1) & word(c);
        }
        n += usize::from(starts);
    }
    n
}

/// [`count_words`] of a text with chars outside ASCII: a word starts at each char that is not
/// whitespace and follows one that is (or nothing). Only the chars outside ASCII are decoded
/// (a few curly quotes and dashes in most such sentences); `split_whitespace` decoded every char
/// and cost some three times as much.
fn count_words_unicode(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut n, mut in_word, mut i) = (0, false, 0);
    while let Some(&c) = b.get(i) {
        let space = if c.is_ascii() {
            i += 1;
            is_ascii_space(c)
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            i += ch.len_utf8();
            ch.is_whitespace()
        };
        n += usize::from(!space && !in_word);
        in_word = !space;
    }
    n
}

/// Calls `f` on each word of `text` exactly as `str::split_whitespace` yields them. ASCII text
/// (nearly all news text) is split byte by byte, without decoding characters.
#[cfg(test)]
fn for_each_word<'a>(text: &'a str, mut f: impl FnMut(&'a str)) {
    if !text.is_ascii() {
        text.split_whitespace().for_each(f);
        return;
    }
    let mut start = None;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if is_ascii_space(b) {
            if let Some(s) = start.take() {
                f(&text[s..i]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        f(&text[s..]);
    }
}

impl Lexical {
    /// Counts of `text`.
    pub fn of(text: &str) -> Self {
        Self::of_bytes(text)
    }

    /// [`Lexical::of`] word by word: any text (ASCII words take byte fast paths). The reference
    /// [`Lexical::of_bytes`] is checked against.
    #[cfg(test)]
    fn of_words(text: &str) -> Self {
        let mut lex = Lexical::default();
        let mut inside = false;
        for_each_word(text, |raw| {
            let first = lex.words == 0;
            lex.words += 1;
            // Most words are ASCII: one pass over their bytes gives every flag; other words take
            // the general path with the same meaning.
            let ascii = raw.is_ascii();
            let w = if ascii {
                WordFlags::ascii(raw)
            } else {
                WordFlags::general(raw)
            };
            lex.quote_marks += w.marks;
            if inside || w.opens {
                lex.quoted_words += usize::from(w.alphanumeric);
            }
            if w.marks % 2 == 1 {
                inside = !inside;
            }
            lex.money_pct += usize::from(w.money);
            lex.web_debris += usize::from(w.web);
            let class = if ascii {
                ascii_class(raw.as_bytes())
            } else {
                general_class(raw)
            };
            lex.count_word(class, w.digit, first, text);
        });
        lex.finish(text);
        lex
    }

    /// Counts the word `raw` of `text` that holds a char outside ASCII (`first`: the sentence's
    /// first word; `inside`: whether a quotation is open before it, updated).
    fn count_general_word(&mut self, raw: &str, first: bool, inside: &mut bool, text: &str) {
        let w = WordFlags::general(raw);
        self.quote_marks += w.marks;
        if *inside || w.opens {
            self.quoted_words += usize::from(w.alphanumeric);
        }
        if w.marks % 2 == 1 {
            *inside = !*inside;
        }
        self.money_pct += usize::from(w.money);
        self.web_debris += usize::from(w.web);
        self.count_word(general_class(raw), w.digit, first, text);
    }

    /// Counts one word of `text` by its word class (and whether it has a digit); `first` marks the
    /// sentence's first word. Shared by the ASCII byte pass and the general path.
    fn count_word(&mut self, class: u8, digit: bool, first: bool, text: &str) {
        if digit || class & NUMBER_WORD != 0 {
            self.numbers += 1;
        }
        if class & MONEY_PCT != 0 && (class & PER == 0 || says_per_cent(text)) {
            self.money_pct += 1;
        }
        self.attribution += usize::from(class & ATTRIBUTION != 0);
        self.first_person += usize::from(class & FIRST != 0);
        self.second_person += usize::from(class & SECOND != 0);
        self.boilerplate += usize::from(class & BOILERPLATE != 0);
        if first && class & PRONOUN != 0 {
            self.pronoun_start = true;
        }
    }

    /// The sentence-end flags of `text`.
    fn finish(&mut self, text: &str) {
        let end = text.trim_end_matches(['"', '”', '\'', ' ', ')', '’', '\n']);
        self.question = end.ends_with('?');
        self.unfinished = !end.ends_with(['.', '?', '!', ':', ';', '…']);
    }

    /// [`Lexical::of`] in one pass over the bytes of `text`: the whitespace split of
    /// `for_each_word` and the flags of `WordFlags::ascii` (the word-by-word reference this is
    /// tested against) are read in the same loop, so each byte is looked at once instead of
    /// three or four times, and the trimmed word of `ascii_class` is found from the ends of each
    /// word (a byte or two). The look-aheads of `WordFlags::ascii` (a doubled quote, `http`,
    /// `www.`, `.com`) only ever match ASCII bytes that are not whitespace, so reading them in
    /// the whole text finds what reading them in the word found.
    ///
    /// A non-ASCII char is decoded where it starts (most sentences have none or a few: curly
    /// quotes, dashes): whitespace ends the word as `str::split_whitespace` would, and a word
    /// holding any other char is measured as a whole by the general path
    /// ([`WordFlags::general`], [`general_class`]). Such text used to go word by word through
    /// `split_whitespace`: a third of this function's instructions for a third of the text.
    fn of_bytes(text: &str) -> Self {
        let b = text.as_bytes();
        let n = b.len();
        let mut lex = Lexical::default();
        let mut inside = false;
        let mut i = 0;
        loop {
            while i < n {
                if is_ascii_space(b[i]) {
                    i += 1;
                } else if let Some(len) = unicode_space_at(text, i) {
                    i += len;
                } else {
                    break;
                }
            }
            if i == n {
                break;
            }
            let start = i;
            let mut seen = 0u8;
            let mut marks = 0usize;
            let mut web = matches!(b[start], b'@' | b'#');
            // The word is `start..end`; a space that ends it is stepped over here. Most bytes
            // are neither a space nor rare: one test of their class lets them through.
            let mut end = n;
            while i < n {
                let c = b[i];
                let class = BYTE_CLASS[usize::from(c)];
                if class & (B_SPACE | B_RARE | B_HIGH) != 0 {
                    if class & B_SPACE != 0 {
                        end = i;
                        i += 1;
                        break;
                    }
                    if class & B_HIGH != 0 {
                        let ch = text[i..].chars().next().unwrap_or(' ');
                        i += ch.len_utf8();
                        if ch.is_whitespace() {
                            end = i - ch.len_utf8();
                            break;
                        }
                        seen |= B_HIGH;
                        continue;
                    }
                    match c {
                        b'"' => marks += 1,
                        b'`' | b'\'' if b.get(i + 1) == Some(&c) => {
                            marks += 1;
                            i += 1;
                        }
                        b'h' if b[i..].starts_with(b"http") => web = true,
                        b'w' if b[i..].starts_with(b"www.") => web = true,
                        b'.' if b[i..].starts_with(b".com") => web = true,
                        _ => {}
                    }
                }
                seen |= class;
                i += 1;
            }
            let first = lex.words == 0;
            lex.words += 1;
            if seen & B_HIGH != 0 {
                lex.count_general_word(&text[start..end], first, &mut inside, text);
                continue;
            }
            // A word that opens a quotation (`"` or ` `` ` first) has counted that mark, so the
            // ends of the word are only read for the few words with a mark.
            let opens = marks > 0 && (b[start] == b'"' || b[start..].starts_with(b"``"));
            lex.quote_marks += marks;
            if inside || opens {
                lex.quoted_words += usize::from(seen & B_ALNUM != 0);
            }
            if marks % 2 == 1 {
                inside = !inside;
            }
            lex.money_pct += usize::from(seen & B_MONEY != 0);
            lex.web_debris += usize::from(web);
            // The word trimmed to its letters, digits and apostrophes, `keep_start..keep_end`,
            // found from its ends once the word is known rather than tracked at every byte: the
            // first and the last byte of most words are letters, so each search stops at once.
            // A word of letters, digits and apostrophes only (most words) is its own trim.
            let word = &b[start..end];
            let (keep_start, keep_end) = if seen & B_DROP == 0 {
                (start, end)
            } else {
                let keep = |c: &u8| BYTE_CLASS[usize::from(*c)] & B_ALNUM != 0 || *c == b'\'';
                match word.iter().position(keep) {
                    Some(first) => (
                        start + first,
                        start + word.iter().rposition(keep).map_or(first, |l| l + 1),
                    ),
                    None => (usize::MAX, 0),
                }
            };
            // Only a word whose length and first byte some class word has is lower-cased and
            // matched (the first byte of a class word is a lower-case letter, so lower-casing
            // any other byte does not make it one).
            let class = if keep_start < keep_end
                && keep_end - keep_start <= LONGEST_CLASS_WORD
                && MAY_HAVE_CLASS[usize::from(b[keep_start].to_ascii_lowercase() & 127)]
                    & (1 << (keep_end - keep_start))
                    != 0
            {
                let w = &b[keep_start..keep_end];
                if seen & B_UPPER == 0 {
                    // No capital letter (most words; Multi-News is lower-cased): the word is
                    // matched as it stands, without the copy.
                    word_class(w)
                } else {
                    let mut buf = [0u8; LONGEST_CLASS_WORD];
                    for (d, c) in buf.iter_mut().zip(w) {
                        *d = c.to_ascii_lowercase();
                    }
                    word_class(&buf[..w.len()])
                }
            } else {
                0
            };
            // A word without a class or a digit counts nothing.
            if class != 0 || seen & B_DIGIT != 0 {
                lex.count_word(class, seen & B_DIGIT != 0, first, text);
            }
        }
        lex.finish(text);
        lex
    }
}

/// The longest word [`word_class`] gives a class (`advertisement`): a longer trimmed word has none.
const LONGEST_CLASS_WORD: usize = 13;

/// Surface flags of one whitespace word, for [`Lexical::of`].
#[derive(Debug, Default, PartialEq)]
struct WordFlags {
    /// Opens a quotation (`"`, `“`, `«` or ` `` ` first).
    opens: bool,
    /// Quotation marks in it ([`quote_marks`]).
    marks: usize,
    /// Has a letter or digit.
    alphanumeric: bool,
    /// Has `$`, `%`, `€` or `£`.
    money: bool,
    /// A URL, handle, hashtag or domain (`http`, `www.`, `.com`, leading `@`/`#`).
    web: bool,
    /// Has an ASCII digit.
    digit: bool,
}

impl WordFlags {
    /// Any word.
    fn general(raw: &str) -> Self {
        WordFlags {
            opens: raw.starts_with(['"', '“', '«']) || raw.starts_with("``"),
            marks: quote_marks(raw),
            alphanumeric: raw.chars().any(char::is_alphanumeric),
            money: raw.contains(['$', '%', '€', '£']),
            web: raw.contains("http")
                || raw.contains("www.")
                || raw.starts_with(['@', '#'])
                || raw.contains(".com"),
            digit: raw.bytes().any(|b| b.is_ascii_digit()),
        }
    }

    /// An ASCII word, in one pass over its bytes (same result as [`WordFlags::general`]). Most
    /// bytes only add their [`BYTE_CLASS`] bits; the few that start a quotation mark or a web
    /// marker take a closer look.
    #[cfg(test)]
    fn ascii(raw: &str) -> Self {
        let b = raw.as_bytes();
        let mut f = WordFlags {
            opens: b.first() == Some(&b'"') || b.starts_with(b"``"),
            web: matches!(b.first(), Some(b'@' | b'#')),
            ..WordFlags::default()
        };
        let mut seen = 0u8;
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            let class = BYTE_CLASS[usize::from(c)];
            seen |= class;
            if class & B_RARE != 0 {
                match c {
                    b'"' => f.marks += 1,
                    b'`' | b'\'' if b.get(i + 1) == Some(&c) => {
                        f.marks += 1;
                        i += 1;
                    }
                    b'h' if b[i..].starts_with(b"http") => f.web = true,
                    b'w' if b[i..].starts_with(b"www.") => f.web = true,
                    b'.' if b[i..].starts_with(b".com") => f.web = true,
                    _ => {}
                }
            }
            i += 1;
        }
        f.alphanumeric = seen & B_ALNUM != 0;
        f.digit = seen & B_DIGIT != 0;
        f.money = seen & B_MONEY != 0;
        f
    }
}

/// Byte classes of the one-pass count ([`Lexical::of_bytes`]): letter or digit, digit, `$` or
/// `%`, and the bytes that may start a quotation mark or a web marker (`"`, `` ` ``, `'`, `h`,
/// `w`, `.`).
const B_ALNUM: u8 = 1;
const B_DIGIT: u8 = 2;
const B_MONEY: u8 = 4;
const B_RARE: u8 = 8;
/// An ASCII capital letter: a word without one is matched against the class words as it is.
const B_UPPER: u8 = 16;
/// Whitespace ([`is_ascii_space`]).
const B_SPACE: u8 = 32;
/// Dropped by the trim of the one-pass count: neither whitespace nor kept (a letter, digit or
/// apostrophe).
const B_DROP: u8 = 64;
/// A byte of a char outside ASCII (decoded to be tested).
const B_HIGH: u8 = 128;

/// [`B_ALNUM`] and friends of every byte.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        let mut k = 0;
        if b.is_ascii_alphanumeric() {
            k |= B_ALNUM;
        }
        if b.is_ascii_digit() {
            k |= B_DIGIT;
        }
        if b == b'$' || b == b'%' {
            k |= B_MONEY;
        }
        if matches!(b, b'"' | b'`' | b'\'' | b'h' | b'w' | b'.') {
            k |= B_RARE;
        }
        if b.is_ascii_uppercase() {
            k |= B_UPPER;
        }
        if (b == b' ') | (b.wrapping_sub(b'\t') < 5) {
            k |= B_SPACE;
        } else if !b.is_ascii_alphanumeric() && b != b'\'' {
            k |= B_DROP;
        }
        if !b.is_ascii() {
            k |= B_HIGH;
        }
        t[c] = k;
        c += 1;
    }
    t
};

/// Quotation marks in one word: `"`, `“`, `”`, `«`, `»`, and the pairs ` `` ` and `''`
/// (non-overlapping, as `str::matches` counts them).
fn quote_marks(raw: &str) -> usize {
    let mut n = raw.matches(['"', '“', '”', '«', '»']).count();
    let b = raw.as_bytes();
    for pair in [b'`', b'\''] {
        let mut i = 0;
        while i + 1 < b.len() {
            if b[i] == pair && b[i + 1] == pair {
                n += 1;
                i += 2;
            } else {
                i += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_families_cover_all_columns() {
        let mut names: Vec<&str> = FEATURES.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), N_FEATURES);
        for f in Family::ALL {
            assert!(FEATURES.iter().any(|(_, g)| *g == f), "{f:?} has no column");
            assert_eq!(Family::from_name(f.name()), Some(f));
        }
    }

    fn story(texts: &[&str]) -> Story {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let articles = crate::Article::from_texts(texts.iter().copied());
        engine.story(engine.prepare(articles)).0
    }

    fn get(story: &Story, rows: &[f32], needle: &str, name: &str) -> f32 {
        let i = story
            .candidates
            .iter()
            .position(|c| story.sentence_text(c.rep).contains(needle))
            .expect("candidate");
        rows[i * N_FEATURES + column(name).expect("column")]
    }

    #[test]
    fn lead_cosines_read_from_the_graph_are_the_cosines_with_the_leads() {
        let (s, _) = crate::Engine::new(crate::EngineConfig::default())
            .expect("engine")
            .story(crate::vector::tests::fixture_documents());
        let rows = extract(&s, None, None);
        let leads: Vec<Option<&TermVec>> = (s.index.sentences.iter()).map(|d| d.first()).collect();
        let reps: Vec<SentenceRef> = s.candidates.iter().map(|c| c.rep).collect();
        // Some leads are candidates (their cosines come from the graph), some are not.
        assert!(reps.iter().filter(|r| r.sent == 0).count() >= 2);
        assert!((0..leads.len()).any(|d| !reps.contains(&SentenceRef {
            doc: d as u32,
            sent: 0
        })));
        for (i, r) in reps.iter().enumerate() {
            let v = s.index.sentence(*r);
            let d = r.doc as usize;
            let headline = leads[d].map_or(0.0, |h| v.cosine(h));
            let others: Vec<f32> = (0..leads.len())
                .filter(|&k| s.kept[k] && k != d)
                .filter_map(|k| leads[k].map(|l| v.cosine(l)))
                .collect();
            let mean = if others.is_empty() {
                0.0
            } else {
                others.iter().fold(0.0f32, |a, &c| a + c) / others.len() as f32
            };
            let row = &rows[i * N_FEATURES..(i + 1) * N_FEATURES];
            let col = |name| row[column(name).expect("column")].to_bits();
            assert_eq!(col("headline_cos"), headline.to_bits(), "candidate {i}");
            assert_eq!(col("leads_cos"), mean.to_bits(), "candidate {i}");
        }
    }

    #[test]
    fn every_column_is_written_in_order_and_means_what_it_says() {
        // The per-column name check in `extract` is a debug assertion: this test runs it.
        let s = story(&[
            "Lavrov met Kerry in Geneva on Sunday. The talks on Syria lasted six hours. Share it on Facebook and our newsletter",
            "Kerry and Lavrov met in Geneva on Sunday. Both said the talks on Syria were useful.",
        ]);
        let rows = extract(&s, None, None);
        assert_eq!(rows.len(), s.candidates.len() * N_FEATURES);
        assert!(get(&s, &rows, "Lavrov met Kerry", "lead") > 0.5);
        assert!(get(&s, &rows, "six hours", "lead") < 0.5);
        assert!(get(&s, &rows, "newsletter", "last_in_doc") > 0.5);
        assert!(get(&s, &rows, "newsletter", "unfinished") > 0.5);
        assert!(get(&s, &rows, "newsletter", "boilerplate") >= 1.0);
        assert!(get(&s, &rows, "six hours", "numbers") < 0.5);
        // Multi-News casing: lower-cased, re-capitalised at sentence starts.
        let lower = story(&[
            "Lavrov met kerry in geneva on sunday. The talks on syria lasted six hours. Share it on Facebook and our newsletter",
            "Kerry and lavrov met in geneva on sunday. Both said the talks on syria were useful.",
        ]);
        assert_eq!(lower.candidates.len(), s.candidates.len());
        assert_eq!(
            extract(&lower, None, None),
            rows,
            "features must not depend on casing"
        );
    }

    #[test]
    fn fused_sums_start_where_iterator_sum_starts() {
        let empty: f32 = std::iter::empty::<f32>().sum();
        assert_eq!(empty.to_bits(), SUM_START.to_bits());
        let zeros: f32 = [0.0f32, 0.0].into_iter().sum();
        assert_eq!(zeros.to_bits(), (SUM_START + 0.0 + 0.0).to_bits());
    }

    #[test]
    fn capitalised_class_words_count_as_lower_case_ones() {
        // Words with a capital letter are lower-cased before they are matched; words without one
        // are matched as they stand. Every class, capitalised, trimmed and not.
        let upper = "He Said TOLD Million PER Percent I We're YOU Your PHOTO (Getty) Reuters: \
                     \"She\" THIS ADVERTISEMENT Advertisements Dozen.";
        let lower = upper.to_ascii_lowercase();
        let (a, b) = (Lexical::of_bytes(upper), Lexical::of_bytes(&lower));
        assert_eq!(a, b);
        assert_eq!(a, Lexical::of_words(upper));
        assert_eq!((a.attribution, a.numbers, a.money_pct), (2, 2, 1));
        assert_eq!((a.first_person, a.second_person, a.boilerplate), (2, 2, 4));
        assert!(a.pronoun_start);
    }

    #[test]
    fn per_cent_counts_in_any_casing() {
        let lower = "prices rose 5 per cent in june.";
        assert_eq!(Lexical::of(lower).money_pct, 1);
        for text in [
            "Prices rose 5 Per cent in June.",
            "PRICES ROSE 5 PER CENT IN JUNE.",
            "Prices rose 5 Per Cent in June.",
        ] {
            assert_eq!(
                Lexical::of(text),
                Lexical::of(&text.to_lowercase()),
                "{text}"
            );
            assert_eq!(Lexical::of(text).money_pct, 1, "{text}");
        }
        assert_eq!(Lexical::of("Five per person.").money_pct, 0);
    }

    #[test]
    fn lexical_counts_do_not_depend_on_casing() {
        let a = Lexical::of("He said the Senate approved $ 6 million, \"a big win\" for You.");
        let b = Lexical::of("he said the senate approved $ 6 million, \"a big win\" for you.");
        assert_eq!(a, b);
        assert_eq!(a.attribution, 1);
        assert_eq!(a.numbers, 2);
        assert_eq!(a.money_pct, 1);
        assert_eq!(a.quote_marks, 2);
        assert_eq!(a.quoted_words, 3);
        assert_eq!(a.second_person, 1);
        assert!(a.pronoun_start);
        assert!(!a.question);
    }

    #[test]
    fn ascii_word_flags_match_the_general_path() {
        for w in [
            "``it",
            "''",
            "'''",
            "```",
            "\"a\"",
            "$6",
            "50%",
            "http://x.com",
            "www.a.org",
            "@handle",
            "#tag",
            "x.com",
            "said,",
            "--",
            "don't",
            "HTTP",
            "a.company",
            "wwww.",
            "h",
            "''a''",
            "`a`",
            "1990s",
            "`''`",
            "'`'",
        ] {
            assert_eq!(WordFlags::ascii(w), WordFlags::general(w), "{w}");
        }
    }

    #[test]
    fn word_splitting_and_classes_match_the_general_paths() {
        for b in 0..128u8 {
            assert_eq!(is_ascii_space(b), char::from(b).is_whitespace(), "byte {b}");
        }
        for text in [
            "",
            "  ",
            "a",
            " Lavrov\tmet\x0bKerry\x0c in\r\nGeneva. ",
            "caf\u{e9} \u{a0}na\u{ef}ve\u{2003}word",
            "x\u{1c}y",
        ] {
            let mut words = Vec::new();
            for_each_word(text, |w| words.push(w));
            assert_eq!(count_words(text), words.len(), "{text:?}");
            assert_eq!(
                words,
                text.split_whitespace().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
        for raw in [
            "Said,",
            "\"PER",
            "(Percent)",
            "I'M",
            "you've.",
            "E-Mail",
            "''",
            "--",
            "a",
            "'it'",
            "ADVERTISEMENTS",
            "advertisement!!",
            "x-very-long-hyphenated-word",
            "caf\u{e9}",
            "\u{212a}",
            "Getty\u{2019}s",
            "\u{201c}Said",
        ] {
            let mut word = String::new();
            storyline_text::token::lowercase_into(
                raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''),
                &mut word,
            );
            assert_eq!(general_class(raw), word_class(word.as_bytes()), "{raw}");
            if raw.is_ascii() {
                assert_eq!(ascii_class(raw.as_bytes()), general_class(raw), "{raw}");
            }
        }
    }

    #[test]
    fn one_pass_ascii_counts_match_the_word_by_word_path() {
        for text in [
            "",
            " ",
            "He said the Senate approved $ 6 million, \"a big win\" for You.",
            "`` it was a mistake , '' she said .",
            "''Said'' ''' ```x http://x.com www.a.org @h #t a.company 50% per cent.",
            "'it' ''we're'' I'M ADVERTISEMENT!! advertisements x-very-long-hyphenated-word",
            "\tThey\x0bsaid\x0c\r\n\"per\" PER (Percent) e-mail E-Mail 1990s getty's '' ",
            "'''' `'`' '`'` \"\"\" '' ' a' 'a '",
        ] {
            assert_eq!(Lexical::of_bytes(text), Lexical::of_words(text), "{text:?}");
        }
        // Every class word as written in news text: alone, capitalised, in capitals, and in
        // punctuation (at least five of them count in its class; `x{w}`, `1{w}` and the word
        // in doubled apostrophes, which the trim keeps, do not, `{w}s` only when a class word).
        for w in CLASS_WORDS {
            let w = std::str::from_utf8(w).expect("ASCII");
            let mut cap = w.to_string();
            cap[..1].make_ascii_uppercase();
            let text = format!(
                "{w} {cap} {} (\"{w},\") x{w} {w}s ''{cap}'' 1{w} {w}.",
                w.to_ascii_uppercase()
            );
            let lex = Lexical::of_bytes(&text);
            assert_eq!(lex, Lexical::of_words(&text), "{text:?}");
            let class = word_class(w.as_bytes());
            let counted = [
                (ATTRIBUTION, lex.attribution),
                (FIRST, lex.first_person),
                (SECOND, lex.second_person),
                (BOILERPLATE, lex.boilerplate),
            ];
            for (bit, n) in counted {
                if class & bit != 0 {
                    assert!(n >= 5, "{text:?}");
                }
            }
        }
        assert!(
            [
                "said",
                "according",
                "explained",
                "trillion",
                "thousand",
                "percent",
                "dollars",
                "you've",
                "advertisement",
                "javascript",
                "newsletter",
                "subscribe",
                "copyright",
            ]
            .iter()
            .all(|w| w.len() <= LONGEST_CLASS_WORD && word_class(w.as_bytes()) != 0)
        );
        assert_eq!(word_class(b"advertisement"), BOILERPLATE);
    }

    #[test]
    fn one_pass_counts_match_the_word_by_word_path_outside_ascii() {
        for text in [
            "\u{201c}We\u{2019}re here,\u{201d} he said \u{2014} in \u{130}stanbul\u{a0}said\u{2003}per cent.",
            "\u{85}\u{ab}Ils\u{bb} ont dit\u{3000}\u{20ac}5 million \u{a3}2 percent\u{2028}www.caf\u{e9}.com",
            "\u{ff21} said \u{2019}\u{2019}q\u{2019}\u{2019} ``x'' \u{201c}\u{201d} \u{212a}lick clic\u{212a} I\u{2019}m",
            "\u{e9}",
            "\u{a0}",
            " \u{201c} ",
            "He\u{a0}said: \u{201c}it is\u{201d}\u{2026}",
        ] {
            assert_eq!(Lexical::of_bytes(text), Lexical::of_words(text), "{text:?}");
            assert_eq!(
                count_words(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }

    /// The order `longest_first` replaced: a sort of the indices keyed by `(Reverse(len), i)`.
    fn longest_first_by_key(vecs: &[&TermVec]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..vecs.len()).collect();
        order.sort_unstable_by_key(|&i| (std::cmp::Reverse(vecs[i].entries().len()), i));
        order
    }

    fn vecs_of_lengths(lens: &[usize]) -> Vec<TermVec> {
        lens.iter()
            .map(|&len| TermVec::from_entries((0..len as u32).map(|t| (t, 1.0)).collect()))
            .collect()
    }

    #[test]
    fn longest_first_puts_longer_vectors_first_and_ties_in_index_order() {
        let vecs = vecs_of_lengths(&[2, 5, 0, 5, 1, 2]);
        let refs: Vec<&TermVec> = vecs.iter().collect();
        assert_eq!(longest_first(&refs), vec![1, 3, 0, 5, 4, 2]);
        assert_eq!(longest_first(&refs), longest_first_by_key(&refs));
        assert!(longest_first(&[]).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn one_pass_counts_match_on_arbitrary_text_outside_ascii(
            text in "[ \t\n\"'`.@#$%hwcomtpsaidIper0-9a-z\u{85}\u{a0}\u{2003}\u{3000}\u{201c}\u{201d}\u{ab}\u{bb}\u{20ac}\u{a3}\u{2019}\u{e9}\u{2014}\u{130}\u{212a}-]{0,60}"
        ) {
            proptest::prop_assert_eq!(Lexical::of_bytes(&text), Lexical::of_words(&text));
            proptest::prop_assert_eq!(count_words(&text), text.split_whitespace().count());
        }

        #[test]
        fn one_pass_ascii_counts_match_on_arbitrary_text(
            text in "[ \t\n\x0b\x0c\r\"'`.@#$%hwcomtpsaidIYOUperPER0-9a-z-]{0,60}"
        ) {
            proptest::prop_assert_eq!(Lexical::of_bytes(&text), Lexical::of_words(&text));
        }

        #[test]
        fn longest_first_matches_the_keyed_sort(lens in proptest::collection::vec(0usize..40, 0..200)) {
            let vecs = vecs_of_lengths(&lens);
            let refs: Vec<&TermVec> = vecs.iter().collect();
            proptest::prop_assert_eq!(longest_first(&refs), longest_first_by_key(&refs));
        }

        #[test]
        fn padded_lexrank_matches_the_plain_loop_bit_for_bit(
            n in 1usize..=41,
            cells in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just(0.0f32),
                    0.0f32..=1.0,
                    proptest::strategy::Just(1.0f32)
                ], 41 * 41),
            lonely in proptest::collection::vec(proptest::bool::weighted(0.15), 41),
        ) {
            // A symmetric matrix of cosines with a zero diagonal, some candidates sharing nothing
            // (rows of zeros, LexRank's dangling nodes), as `extract_for` builds it.
            let mut sim = vec![0.0f32; n * n];
            for i in 0..n {
                for j in i + 1..n {
                    let s = if lonely[i] || lonely[j] { 0.0 } else { cells[i * 41 + j] };
                    sim[i * n + j] = s;
                    sim[j * n + i] = s;
                }
            }
            let bits = |v: Vec<f32>| v.into_iter().map(f32::to_bits).collect::<Vec<_>>();
            proptest::prop_assert_eq!(bits(lexrank(&sim, n)), bits(lexrank_reference(&sim, n)));
        }
    }

    #[test]
    fn multinews_tokenised_quotes_are_quotes() {
        let lex = Lexical::of("`` it was a mistake , '' she said .");
        assert_eq!(lex.quote_marks, 2);
        assert!(lex.quoted_words >= 4);
        assert!(Lexical::of("Why now ?").question);
    }
}
