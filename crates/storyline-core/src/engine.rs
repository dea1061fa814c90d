//! The pipeline engine: a validated configuration turned into a reusable, `Send + Sync` runner.

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use storyline_text::clean::{CleanConfig, Cleaner};
use storyline_text::segment::{SegmentConfig, Segmenter};

use crate::dedupe::DedupeConfig;
use crate::model::{
    Article, Brief, CitedSpan, Diagnostic, Document, Removed, SourceInfo, SourceSpan, Story,
    SummarySentence,
};
use crate::offtopic::OffTopicConfig;
use crate::score::{Centrality, Scorer};
use crate::select::{Overflow, SelectConfig};
use crate::vector::StoryIndex;
use crate::{
    Error, actors, contradictions, dates, dedupe, document, headline, offtopic, quotes, select,
    timeline,
};

/// Which sentence scorer the summary uses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ScorerChoice {
    /// Unsupervised centrality (LexRank-style) with position prior.
    Centrality,
    /// Gradient-boosted trees trained on Multi-News (the compiled-in default model, see
    /// [`crate::learned`]); a model loaded by the caller goes in with [`Engine::with_scorer`].
    #[default]
    Learned,
}

/// Settings of the [`Engine`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EngineConfig {
    /// Word budget of the summary (whitespace words). Default 200.
    pub words: usize,
    /// Sentence scorer. Default [`ScorerChoice::Learned`].
    pub scorer: ScorerChoice,
    /// Compute timeline, actors, quotes and contradictions (not only the summary). Default true.
    pub analyses: bool,
    /// Let the scorer choose a shorter length per story (never above `words`). Default false.
    pub adaptive_length: bool,
    /// What to do when the next sentence does not fit the budget. Default [`Overflow::Skip`].
    pub overflow: Overflow,
    /// Near-duplicate thresholds.
    #[serde(skip)]
    pub dedupe: DedupeConfig,
    /// Off-topic thresholds.
    #[serde(skip)]
    pub offtopic: OffTopicConfig,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self {
            words: 200,
            scorer: ScorerChoice::Learned,
            analyses: true,
            adaptive_length: false,
            overflow: Overflow::Skip,
            dedupe: DedupeConfig::default(),
            offtopic: OffTopicConfig::default(),
        }
    }
}

impl EngineConfig {
    /// Checks the values.
    pub fn validate(&self) -> Result<(), Error> {
        if self.words == 0 {
            return Err(Error::Config("words must be at least 1".into()));
        }
        Ok(())
    }
}

/// Runs the pipeline. Build once with [`Engine::new`], reuse for every story.
pub struct Engine {
    config: EngineConfig,
    cleaner: Cleaner,
    segmenter: Segmenter,
    scorer: Box<dyn Scorer>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Engine {
    /// Validates `config` and builds the engine.
    pub fn new(config: EngineConfig) -> Result<Self, Error> {
        config.validate()?;
        let scorer: Box<dyn Scorer> = match config.scorer {
            ScorerChoice::Centrality => Box::new(Centrality::default()),
            ScorerChoice::Learned => Box::new(crate::learned::Learned::default_model()?),
        };
        Ok(Self {
            config,
            cleaner: Cleaner::new(CleanConfig::default()),
            segmenter: Segmenter::new(SegmentConfig::default()),
            scorer,
        })
    }

    /// Replaces the scorer (e.g. with a learned one loaded by the caller).
    #[must_use]
    pub fn with_scorer(mut self, scorer: Box<dyn Scorer>) -> Self {
        self.scorer = scorer;
        self
    }

    /// The configuration.
    pub fn config(&self) -> &EngineConfig {
        &self.config
    }

    /// The cleaner, for callers that only clean (`storyline clean`).
    pub fn cleaner(&self) -> &Cleaner {
        &self.cleaner
    }

    /// Article → Document for every article (in parallel; order kept).
    /// Publication dates still unknown or weak after each article alone are refined from the other
    /// articles of the same story.
    pub fn prepare(&self, articles: Vec<Article>) -> Vec<Document> {
        // The date mentions each article was tagged with go to the story pass, which resolves
        // them again instead of tagging the undated articles a second time.
        let (mut docs, found): (Vec<Document>, Vec<_>) = articles
            .into_par_iter()
            .map(|a| document::prepare_found(a, &self.cleaner, &self.segmenter))
            .unzip();
        dates::refine_with_found(&mut docs, found);
        docs
    }

    /// Documents → Story: set aside off-topic documents, merge near-duplicate sentences and find
    /// near-duplicate articles. Returns the story, why each document was dropped (`None` = kept) and
    /// which earlier document each one nearly duplicates.
    pub fn story(&self, documents: Vec<Document>) -> (Story, Vec<Option<String>>) {
        let (story, dropped, _) = self.story_with_duplicates(documents);
        (story, dropped)
    }

    /// Like [`Engine::story`], also returning near-duplicate articles (`Some(i)`: repeats document `i`).
    pub fn story_with_duplicates(
        &self,
        documents: Vec<Document>,
    ) -> (Story, Vec<Option<String>>, Vec<Option<usize>>) {
        let index = StoryIndex::build_for(&documents, self.scorer.wording());
        let dropped = offtopic::off_topic(&documents, &index, &self.config.offtopic);
        let kept: Vec<bool> = dropped.iter().map(Option::is_none).collect();
        let candidates = dedupe::candidates(&documents, &kept, &index, &self.config.dedupe);
        let duplicates = dedupe::duplicate_articles(&documents, &candidates, &self.config.dedupe);
        (
            Story {
                documents,
                kept,
                candidates,
                index,
            },
            dropped,
            duplicates,
        )
    }

    /// The summary of a story: candidate indices in reading order.
    pub fn summarize(&self, story: &Story) -> Vec<usize> {
        self.summarize_with(story).0
    }

    /// [`Engine::summarize`], also returning what selection learned of the candidates (the
    /// story's title reads which ones finish a quotation).
    fn summarize_with(&self, story: &Story) -> (Vec<usize>, select::Selectable) {
        // Candidates selection can never take (fragments, date lines, cut-off text) need no
        // score: the scorer skips them.
        let selectable = select::Selectable::of(story);
        let scores = self.scorer.score_wanted(story, &selectable.may);
        let words = if self.config.adaptive_length {
            self.scorer
                .budget(story, self.config.words)
                .min(self.config.words)
        } else {
            self.config.words
        };
        let config = SelectConfig {
            words,
            overflow: self.config.overflow,
            ..SelectConfig::default()
        };
        let chosen = selectable.select(story, &scores, &config);
        (chosen, selectable)
    }

    /// The whole pipeline on one story's articles.
    pub fn brief(&self, articles: Vec<Article>, diagnostics: Vec<Diagnostic>) -> Brief {
        let documents = self.prepare(articles);
        let (story, dropped, duplicates) = self.story_with_duplicates(documents);
        let (chosen, selectable) = self.summarize_with(&story);
        let mut summary: Vec<SummarySentence> = chosen
            .iter()
            .map(|&i| summary_sentence(&story, i))
            .collect();
        let (timeline, actors, quotes, contradictions) = if self.config.analyses {
            let actors = actors::actors(&story);
            let mentions = quotes::attribution::MentionIndex::new(&story, &actors);
            let quotes = quotes::quotes_with(&story, &actors, &mentions);
            quotes::name_summary_speakers(&story, &quotes, &mut summary);
            let contradictions = contradictions::contradictions_with(&story, &actors, &mentions);
            (timeline::timeline(&story), actors, quotes, contradictions)
        } else {
            Default::default()
        };
        let sources = story
            .documents
            .iter()
            .zip(dropped)
            .zip(duplicates)
            .map(|((d, dropped), dup)| source_info(d, dropped, dup))
            .collect::<Vec<_>>();
        Brief {
            title: story_title(&story, &chosen, &selectable),
            date_range: date_range(&sources, &story.kept),
            summary,
            timeline,
            actors,
            quotes,
            contradictions,
            sources,
            diagnostics,
        }
    }
}

fn summary_sentence(story: &Story, i: usize) -> SummarySentence {
    let c = &story.candidates[i];
    let mut spans: Vec<CitedSpan> = c
        .members
        .iter()
        .map(|&r| {
            CitedSpan::from(SourceSpan::new(
                story.documents[r.doc as usize].id(),
                story.sentence(r).span,
            ))
        })
        .collect();
    // The representative first, then the others in source order.
    spans[1..].sort_unstable();
    let mut sources: Vec<u32> = spans.iter().map(|s| s.source).collect();
    sources.sort_unstable();
    sources.dedup();
    SummarySentence {
        text: story.sentence_text(c.rep).to_string(),
        sources,
        spans,
        speaker: None,
        speaker_description: None,
    }
}

fn source_info(d: &Document, dropped: Option<String>, duplicate_of: Option<usize>) -> SourceInfo {
    let removed = d
        .cleaned
        .removed()
        .map(|b| Removed {
            text: d.slice(b.span).to_string(),
            reason: if b.reason.is_empty() {
                b.kind.label().to_string()
            } else {
                format!("{}: {}", b.kind.label(), b.reason)
            },
            start: b.span.start,
            end: b.span.end,
        })
        .collect();
    SourceInfo {
        id: d.id().0 + 1,
        path: d.article.origin.path.clone(),
        url: d.article.origin.url.clone(),
        outlet: d.outlet.clone(),
        title: d.title.clone(),
        published: d.published.clone(),
        removed,
        dropped,
        duplicate_of: duplicate_of.map(|i| i as u32 + 1),
    }
}

/// The story title: the title of the first kept source that has one (sources keep their input
/// order); else a headline cut from the summary's first lead sentence that makes one
/// ([`headline::headline_from`]), or from its first other sentence; else
/// `Untitled story`. Newswire archives and research datasets often carry no titles at all, and
/// `Untitled story` over every brief of a dataset tells a reader nothing.
fn story_title(story: &Story, chosen: &[usize], selectable: &select::Selectable) -> String {
    let supplied = story
        .documents
        .iter()
        .zip(&story.kept)
        .filter(|(_, k)| **k)
        .find_map(|(d, _)| d.title.clone());
    if let Some(t) = supplied {
        return t;
    }
    let opens_quote = |t: &str| t.starts_with(['"', '“', '‘', '\'', '`']);
    let is_lead = |i: usize| {
        story.candidates[i]
            .members
            .iter()
            .any(|&r| story.sentence(r).position == 0)
    };
    let text = |i: usize| story.sentence_text(story.candidates[i].rep);
    // Lead sentences first, then the others, in summary order; a sentence that makes no
    // headline (a page label, nothing left) passes to the next.
    // Nor the rest of a quotation taken whole (`Every ball was a softball," he said …`).
    let tails = selectable.quotation_tails(chosen);
    let usable: Vec<usize> = chosen
        .iter()
        .copied()
        .filter(|&i| !opens_quote(text(i)) && !tails.contains(&i))
        .collect();
    usable
        .iter()
        .filter(|&&i| is_lead(i))
        .chain(usable.iter().filter(|&&i| !is_lead(i)))
        .find_map(|&i| headline::headline_from(text(i)))
        .unwrap_or_else(|| "Untitled story".to_string())
}

fn date_range(sources: &[SourceInfo], kept: &[bool]) -> Option<(String, String)> {
    let mut dates: Vec<&str> = sources
        .iter()
        .zip(kept)
        .filter(|(_, k)| **k)
        .filter_map(|(s, _)| s.published.date.as_deref())
        .collect();
    dates.sort_unstable();
    Some(((*dates.first()?).to_string(), (*dates.last()?).to_string()))
}
