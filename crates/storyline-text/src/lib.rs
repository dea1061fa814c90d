//! The text layer of storyline: everything that looks at one article's characters.
//!
//! Main types:
//! - [`Span`]: a byte range into the *original* article text. Every later unit (block, sentence,
//!   token, date) is a `Span`, so citations can always point back to the exact source bytes.
//! - [`clean::Cleaner`]: classifies each line/paragraph of already-extracted text (content, headline,
//!   dateline, caption, share widget, comments, ...) and records why each non-content block was removed.
//! - [`segment::Segmenter`]: splits content blocks into sentences (abbreviation, decimal and quote aware).
//! - [`token`] and [`stem`]: word tokens and the Porter stemmer used for similarity and ROUGE.
//! - [`time`]: temporal expressions (absolute and relative dates) normalised to ISO dates.
//!
//! Data flows `&str` → [`clean::Cleaned`] (blocks) → sentences (`Vec<Span>`) → tokens; nothing here
//! allocates a copy of the article or changes offsets.
//!
//! ```
//! use storyline_text::{clean::Cleaner, segment::Segmenter};
//! let text = "Get short URL\n\nLavrov met Kerry in New York. They talked about Syria.\n";
//! let cleaned = Cleaner::default().clean(text);
//! let content: Vec<_> = cleaned.content().collect();
//! assert_eq!(content.len(), 1);
//! let sentences = Segmenter::default().split(text, content[0].span);
//! assert_eq!(sentences.len(), 2);
//! ```

pub mod clean;
/// The error type of the text layer.
pub mod error;
pub mod marks;
mod pattern;
pub mod segment;
mod span;
pub mod stem;
pub mod time;
pub mod token;

pub use error::Error;
pub use span::Span;
