//! Fitting the wording weights ([`storyline_core::wording::WordWeights`]).
//!
//! An L2-regularised logistic regression over each candidate sentence's lower-cased word counts,
//! scaled to unit length, against greedy-oracle membership: minimise
//! `Σ logloss(yᵢ, b + w·xᵢ) + ‖w‖² / (2C)` with L-BFGS (`argmin`). The problem is convex, the data
//! are visited in a fixed order and nothing is random, so the same sentences give the same weights.
//! Words seen in fewer than [`WordingConfig::min_sentences`] sentences get no weight (they still
//! count in a sentence's length); weights smaller than [`WordingConfig::keep`] are dropped from the
//! stored model, which changes scores by less than the rounding of the other features.

use argmin::core::{CostFunction, Executor, Gradient, State};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::quasinewton::LBFGS;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use storyline_core::wording::{WordWeights, sorted_words};

use crate::Error;

/// Settings of the wording fit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WordingConfig {
    /// Inverse regularisation strength (as in liblinear / scikit-learn). Default 0.3.
    pub c: f64,
    /// A word needs this many training sentences to get a weight. Default 5.
    pub min_sentences: u32,
    /// Stored weights have at least this magnitude. Default 0.2.
    pub keep: f32,
    /// L-BFGS iterations at most. Default 200.
    pub iterations: u64,
}

impl Default for WordingConfig {
    fn default() -> Self {
        Self {
            c: 0.3,
            min_sentences: 5,
            keep: 0.2,
            iterations: 200,
        }
    }
}

/// The design matrix: per sentence, `(word id, value)` pairs of the unit-scaled counts.
struct Problem {
    rows: Vec<Vec<(u32, f64)>>,
    labels: Vec<f64>,
    dims: usize,
    c: f64,
}

impl Problem {
    /// Loss and gradient at `p = [bias, w...]`.
    fn eval(&self, p: &[f64], grad: Option<&mut Vec<f64>>) -> f64 {
        let mut loss = 0.0;
        let mut g = grad;
        if let Some(g) = g.as_deref_mut() {
            g.clear();
            g.resize(self.dims + 1, 0.0);
        }
        for (row, &y) in self.rows.iter().zip(&self.labels) {
            let z = p[0] + row.iter().map(|&(j, v)| p[j as usize + 1] * v).sum::<f64>();
            // log(1 + e^z) − y z, computed stably.
            let softplus = if z > 0.0 {
                z + (-z).exp().ln_1p()
            } else {
                z.exp().ln_1p()
            };
            loss += softplus - y * z;
            if let Some(g) = g.as_deref_mut() {
                let r = 1.0 / (1.0 + (-z).exp()) - y;
                g[0] += r;
                for &(j, v) in row {
                    g[j as usize + 1] += r * v;
                }
            }
        }
        let reg: f64 = p[1..].iter().map(|w| w * w).sum::<f64>() / (2.0 * self.c);
        if let Some(g) = g {
            for (gj, wj) in g[1..].iter_mut().zip(&p[1..]) {
                *gj += wj / self.c;
            }
        }
        loss + reg
    }
}

impl CostFunction for Problem {
    type Param = Vec<f64>;
    type Output = f64;
    fn cost(&self, p: &Self::Param) -> Result<f64, argmin::core::Error> {
        Ok(self.eval(p, None))
    }
}

impl Gradient for Problem {
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;
    fn gradient(&self, p: &Self::Param) -> Result<Vec<f64>, argmin::core::Error> {
        let mut g = Vec::new();
        self.eval(p, Some(&mut g));
        Ok(g)
    }
}

/// Fits word weights to `(sentence, label)` pairs (label 1 = the oracle took it).
pub fn fit(sentences: &[(String, f32)], config: &WordingConfig) -> Result<WordWeights, Error> {
    if sentences.is_empty() {
        return Err(Error::Config("no sentences to fit wording weights".into()));
    }
    // Words and in how many sentences each occurs, then ids in sorted order (deterministic).
    let mut scratch = Vec::new();
    let mut df: FxHashMap<String, u32> = FxHashMap::default();
    for (text, _) in sentences {
        let n = sorted_words(text, &mut scratch);
        let mut i = 0;
        while i < n {
            let mut j = i + 1;
            while j < n && scratch[j] == scratch[i] {
                j += 1;
            }
            *df.entry(scratch[i].clone()).or_insert(0) += 1;
            i = j;
        }
    }
    let mut vocab: Vec<String> = df
        .into_iter()
        .filter(|&(_, n)| n >= config.min_sentences)
        .map(|(w, _)| w)
        .collect();
    vocab.sort_unstable();
    let ids: FxHashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, w)| (w.as_str(), i as u32))
        .collect();
    let mut rows = Vec::with_capacity(sentences.len());
    let mut labels = Vec::with_capacity(sentences.len());
    for (text, label) in sentences {
        let n = sorted_words(text, &mut scratch);
        let mut row: Vec<(u32, f64)> = Vec::new();
        let mut norm2 = 0.0;
        let mut i = 0;
        while i < n {
            let mut j = i + 1;
            while j < n && scratch[j] == scratch[i] {
                j += 1;
            }
            let count = (j - i) as f64;
            norm2 += count * count;
            if let Some(&id) = ids.get(scratch[i].as_str()) {
                row.push((id, count));
            }
            i = j;
        }
        let norm = norm2.sqrt().max(1e-12);
        for x in &mut row {
            x.1 /= norm;
        }
        rows.push(row);
        labels.push(f64::from(*label));
    }
    let problem = Problem {
        rows,
        labels,
        dims: vocab.len(),
        c: config.c,
    };
    let init = vec![0.0; vocab.len() + 1];
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 10);
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(init).max_iters(config.iterations))
        .run()
        .map_err(|e| Error::Config(format!("wording fit failed: {e}")))?;
    let best = result
        .state()
        .get_best_param()
        .ok_or_else(|| Error::Config("wording fit returned no parameters".into()))?;
    // Four decimals are far below the trees' resolution and keep the file small.
    let round = |x: f64| ((x * 1e4).round() / 1e4) as f32;
    let words = vocab
        .into_iter()
        .zip(&best[1..])
        .filter(|(_, w)| w.abs() >= f64::from(config.keep))
        .map(|(v, &w)| (v, round(w)))
        .collect();
    Ok(WordWeights::new(round(best[0]), words))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_the_sign_of_telling_words_and_is_reproducible() {
        let mut data = Vec::new();
        for i in 0..40 {
            data.push((format!("the minister says talks {i} will go on"), 1.0));
            data.push((format!("updated photo {i} file email"), 0.0));
            data.push((
                format!("the talks {i} go on"),
                if i % 2 == 0 { 1.0 } else { 0.0 },
            ));
        }
        let config = WordingConfig {
            min_sentences: 2,
            ..WordingConfig::default()
        };
        let w = fit(&data, &config).unwrap();
        assert!(w.is_valid());
        assert!(w.get("says") > 0.0, "{:?}", w.get("says"));
        assert!(w.get("updated") < 0.0);
        // Numbers occur once each: below min_sentences, no weight.
        assert_eq!(w.get("17").to_bits(), 0f32.to_bits());
        let again = fit(&data, &config).unwrap();
        assert_eq!(w, again);
        let mut scratch = Vec::new();
        assert!(
            w.score("The minister SAYS", &mut scratch) > w.score("Updated photo", &mut scratch)
        );
    }
}
