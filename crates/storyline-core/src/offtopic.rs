//! Off-topic documents. (Stub.)

use crate::model::Document;

/// Why each document should be dropped (`None` = keep).
pub fn off_topic(docs: &[Document]) -> Vec<Option<String>> {
    vec![None; docs.len()]
}
