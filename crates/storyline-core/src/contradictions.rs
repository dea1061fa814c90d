//! Where sources differ. (Stub.)

use crate::model::{Actor, Contradiction, Story};

/// Disagreements between or within sources.
pub fn contradictions(_story: &Story, _actors: &[Actor]) -> Vec<Contradiction> {
    Vec::new()
}
