//! Timeline of dated events. (Stub.)

use crate::model::{Story, TimelineEntry};

/// Dated events of the story, merged across sources, in date order.
pub fn timeline(_story: &Story) -> Vec<TimelineEntry> {
    Vec::new()
}
