//! Who said what. (Stub.)

use crate::model::{Actor, Quote, Story};

/// Direct and reported quotes, attributed to actors.
pub fn quotes(_story: &Story, _actors: &[Actor]) -> Vec<Quote> {
    Vec::new()
}
