//! Near-duplicate sentences and articles. (Stub.)

use crate::model::{Candidate, Document, SentenceRef};

/// One candidate per sentence of the kept documents.
pub fn candidates(docs: &[Document], kept: &[bool]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        if !kept[d] {
            continue;
        }
        for s in 0..doc.sentences.len() {
            let r = SentenceRef {
                doc: d as u32,
                sent: s as u32,
            };
            out.push(Candidate {
                rep: r,
                members: vec![r],
            });
        }
    }
    out
}

/// Marks whole near-duplicate articles as dropped (stub: does nothing yet).
pub fn duplicate_articles(_docs: &[Document], _dropped: &mut [Option<String>]) {}
