//! storyline's own engine as a benchmark system.
//!
//! Each cluster's documents become [`Article`]s (empty ones included: messy input is the
//! engine's job); the engine cleans, segments with its own segmenter, drops off-topic and
//! duplicate documents, merges near-duplicate sentences and selects within the word budget. The
//! summary is the representative text of each selected candidate, in the engine's order (line
//! breaks inside a sentence become spaces, so ROUGE-Lsum sees one sentence a line). Timeline,
//! actor, quote and contradiction analyses are switched off: they do not change the summary.

use storyline_core::{Article, Engine, EngineConfig};

use super::{ClusterView, Summarizer};
use crate::dataset::Cluster;

/// The storyline engine with `analyses = false` and the benchmark's word budget.
#[derive(Debug)]
pub struct Storyline {
    engine: Engine,
}

impl Storyline {
    /// An engine with `words = budget`.
    pub fn new(budget: usize) -> Result<Self, crate::Error> {
        let mut config = EngineConfig::default();
        config.words = budget;
        config.analyses = false;
        Ok(Self {
            engine: Engine::new(config)?,
        })
    }

    /// An engine with `words = budget` whose scorer is the learned model in `json` (a file
    /// written by `storyline train`; `name` says where it came from in errors).
    pub fn with_model(budget: usize, name: &str, json: &str) -> Result<Self, crate::Error> {
        let model = storyline_core::learned::Learned::from_json(name, json)?;
        let engine = Self::new(budget)?.engine.with_scorer(Box::new(model));
        Ok(Self { engine })
    }

    fn articles(cluster: &Cluster) -> Vec<Article> {
        Article::from_texts(cluster.documents.iter().cloned())
    }

    /// Which documents the engine leaves out of the story (off-topic or duplicate), with why.
    pub fn dropped(&self, cluster: &Cluster) -> Vec<Option<String>> {
        let docs = self.engine.prepare(Self::articles(cluster));
        self.engine.story(docs).1
    }
}

impl Summarizer for Storyline {
    fn summarize(&self, view: &ClusterView<'_>) -> Vec<String> {
        let docs = self.engine.prepare(Self::articles(view.cluster));
        let (story, _) = self.engine.story(docs);
        self.engine
            .summarize(&story)
            .into_iter()
            .map(|i| {
                story
                    .sentence_text(story.candidates[i].rep)
                    .replace('\n', " ")
            })
            .collect()
    }
}
