//! storyline evaluation: ROUGE exactly as `rouge-score` computes it, summarisation datasets, and
//! baseline summarizers, so storyline can be compared with published numbers.
//!
//! Main types:
//! - [`rouge::Rouge`]: ROUGE-1/2/L/Lsum identical to Google's `rouge-score` (with nltk's Porter
//!   stemmer); [`rouge::Tokenizer`] + [`rouge::Scratch`] are the pre-tokenised fast path.
//!
//! ```
//! use storyline_eval::rouge::{Rouge, RougeConfig};
//! let s = Rouge::new(RougeConfig::default()).score("the cat sat", "the cat sat down");
//! assert_eq!(s.r1.precision, 1.0);
//! ```

pub mod error;
pub mod rouge;

pub use error::Error;
