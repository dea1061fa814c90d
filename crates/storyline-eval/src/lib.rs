//! storyline evaluation: ROUGE exactly as `rouge-score` computes it, summarisation datasets, and
//! baseline summarizers, so storyline can be compared with published numbers.
//!
//! Main types:
//! - [`rouge::Rouge`]: ROUGE-1/2/L/Lsum identical to Google's `rouge-score` (with nltk's Porter
//!   stemmer); [`rouge::Tokenizer`] + [`rouge::Scratch`] are the pre-tokenised fast path.
//! - [`dataset::Cluster`]: one multi-document cluster (Multi-News JSONL or the Hugging Face form),
//!   with the dataset's sentence rule and the protocol's word budget.
//! - [`systems::Summarizer`]: the one-method trait of every compared system ([`systems::System`]:
//!   storyline, lead, LexRank, TextRank, random, greedy oracle).
//! - [`rank`]: a LambdaRank ensemble boosted on forust's tree learner, blended into the learned
//!   score.
//! - [`harness`]: runs systems over clusters in parallel, scores them, and aggregates means with
//!   bootstrap confidence intervals ([`harness::SystemSummary`]).
//!
//! Data flows: file → `Vec<Cluster>` → per cluster a [`systems::ClusterView`] → each system's
//! sentences → budget cut → ROUGE → [`harness::ClusterResult`] → [`harness::aggregate`].
//!
//! ```
//! use storyline_eval::rouge::{Rouge, RougeConfig};
//! let s = Rouge::new(RougeConfig::default()).score("the cat sat", "the cat sat down");
//! assert_eq!(s.r1.precision, 1.0);
//! ```

pub mod dataset;
pub mod error;
pub mod harness;
pub mod rank;
pub mod rouge;
pub mod systems;
pub mod train;
pub mod wording;

pub use error::Error;
