//! The whole harness on three invented clusters (`testdata/rouge/mini_clusters.jsonl`, both input
//! forms): every system runs, outputs respect the budget, scores do not depend on the number of
//! threads, and the oracle is the best system on ROUGE-1+2.

use storyline_eval::dataset::{BudgetRule, read_clusters};
use storyline_eval::harness::{aggregate, evaluate, table};
use storyline_eval::rouge::{Rouge, RougeConfig};
use storyline_eval::systems::{Summarizer, System, SystemsConfig, build};

const DATA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../testdata/rouge/mini_clusters.jsonl"
);

fn run(jobs: usize, budget: usize) -> Vec<storyline_eval::harness::ClusterResult> {
    let loaded = read_clusters(std::path::Path::new(DATA), None).unwrap();
    assert_eq!(loaded.clusters.len(), 3);
    let config = SystemsConfig { budget, seed: 0 };
    let systems: Vec<(System, Box<dyn Summarizer>)> = System::ALL
        .into_iter()
        .map(|s| (s, build(s, &config, &loaded.clusters).unwrap()))
        .collect();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .unwrap();
    pool.install(|| {
        evaluate(
            &loaded.clusters,
            &systems,
            &Rouge::new(RougeConfig::default()),
            budget,
            BudgetRule::Stop,
            &|| {},
        )
    })
}

#[test]
fn every_system_runs_within_budget_and_threads_do_not_change_scores() {
    let one = run(1, 30);
    let two = run(2, 30);
    for (a, b) in one.iter().zip(&two) {
        assert_eq!(a.id, b.id);
        for (x, y) in a.outputs.iter().zip(&b.outputs) {
            assert_eq!(x.system, y.system);
            assert_eq!(x.sentences, y.sentences);
            assert_eq!(x.scores, y.scores);
            assert!(x.words <= 30, "{} {} words", x.system, x.words);
            assert!(
                !x.sentences.is_empty(),
                "{} gave nothing on {}",
                x.system,
                a.id
            );
        }
    }
    assert_eq!(one[2].id, "line-3");
    let agg = aggregate(&one, 200, 0);
    let best = |s: System| {
        let x = agg.iter().find(|x| x.system == s).unwrap();
        x.r1.mean + x.r2.mean
    };
    for s in System::ALL {
        assert!(best(System::Oracle) >= best(s), "{s} beats the oracle");
    }
    let t = table(&agg);
    assert_eq!(t.lines().count(), 2 + System::ALL.len());
    serde_json::to_string(&one).unwrap();
}

#[test]
fn storyline_with_a_model_file_runs_that_model() {
    use storyline_eval::systems::ClusterView;
    use storyline_eval::systems::storyline::Storyline;
    let loaded = read_clusters(std::path::Path::new(DATA), None).unwrap();
    let default = Storyline::new(60).unwrap();
    let json = include_str!("../../../models/default.json");
    let same = Storyline::with_model(60, "models/default.json", json).unwrap();
    for (i, c) in loaded.clusters.iter().enumerate() {
        let view = ClusterView::new(i, c, 60);
        assert_eq!(default.summarize(&view), same.summarize(&view));
    }
    let err = Storyline::with_model(60, "broken.json", "{").unwrap_err();
    assert!(format!("{err:?}").contains("broken.json"), "{err:?}");
}
