//! Publication dates with provenance. (Stub: replaced by the real picker.)

use storyline_text::clean::Cleaned;

use crate::model::{AnchorDate, Article, Published};

/// Picks the publication date of one article from its supplied metadata and cleaned text.
pub fn publication_date(_article: &Article, _cleaned: &Cleaned) -> (Published, Option<AnchorDate>) {
    (Published::unknown(), None)
}
