//! Position baselines: lead (round-robin first sentences) and a seeded random order.
//!
//! Lead takes sentence 1 of document 1, sentence 1 of document 2, ..., then sentence 2 of every
//! document, and so on (documents without that sentence are passed over), so every source is
//! represented before any source gets its second sentence. Random shuffles all the cluster's
//! sentences with a Fisher–Yates shuffle seeded by `(seed, cluster index)`, so the result does not
//! depend on thread scheduling.

use super::{ClusterView, SplitMix64, Summarizer};

/// Round-robin first sentences.
#[derive(Clone, Copy, Debug, Default)]
pub struct Lead;

impl Summarizer for Lead {
    fn summarize(&self, view: &ClusterView<'_>) -> Vec<String> {
        let mut order: Vec<usize> = (0..view.sentences.len()).collect();
        // Stable sort by (position, document) is exactly the round-robin order.
        order.sort_by_key(|&i| (view.sentences[i].pos, view.sentences[i].doc));
        view.texts(&order)
    }
}

/// Sentences in a seeded random order.
#[derive(Clone, Copy, Debug, Default)]
pub struct Random {
    /// Base seed; each cluster mixes in its index.
    pub seed: u64,
}

impl Summarizer for Random {
    fn summarize(&self, view: &ClusterView<'_>) -> Vec<String> {
        let mut rng = SplitMix64::new(self.seed ^ (view.index as u64).wrapping_mul(0x2545_f491));
        let mut order: Vec<usize> = (0..view.sentences.len()).collect();
        for i in (1..order.len()).rev() {
            let j = rng.below(i + 1);
            order.swap(i, j);
        }
        view.texts(&order)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Cluster;

    fn cluster() -> Cluster {
        Cluster {
            documents: vec![
                "A one. A two. A three.".into(),
                "B one.".into(),
                "C one. C two.".into(),
            ],
            ..Cluster::default()
        }
    }

    #[test]
    fn lead_is_round_robin() {
        let c = cluster();
        let v = ClusterView::new(0, &c, 232);
        assert_eq!(
            Lead.summarize(&v),
            ["A one.", "B one.", "C one.", "A two.", "C two.", "A three."]
        );
    }

    #[test]
    fn random_is_seeded_and_a_permutation() {
        let c = cluster();
        let v = ClusterView::new(7, &c, 232);
        let a = Random { seed: 1 }.summarize(&v);
        assert_eq!(a, Random { seed: 1 }.summarize(&v));
        let mut sorted = a.clone();
        sorted.sort();
        let mut all = Lead.summarize(&v);
        all.sort();
        assert_eq!(sorted, all);
    }
}
