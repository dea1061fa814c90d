//! Training is reproducible and learns something: on the committed synthetic fixture, two runs
//! give the same model bytes, the model loads back, and it ranks story sentences above web
//! boilerplate; adding a ranker is reproducible too and leaves the base model as it was.

use std::path::Path;

use storyline_core::Engine;
use storyline_core::learned::{self, Learned, ModelFile};
use storyline_core::score::Scorer;
use storyline_eval::dataset::read_clusters;
use storyline_eval::rank::{self, RankConfig};
use storyline_eval::train::{self, TrainConfig};
use storyline_eval::wording::WordingConfig;

fn fixture() -> Vec<storyline_eval::dataset::Cluster> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/train/tiny.jsonl");
    read_clusters(&path, None).expect("fixture reads").clusters
}

/// Over the fixture's stories, `model` scores the story sentences (`safety faults`, `would stay
/// shut`) above the web boilerplate (`newsletter`, `Click here`, `Photo:`) in at least 90% of the
/// pairs.
fn assert_story_beats_boilerplate(model: &Learned) {
    let engine = Engine::new(train::engine_config(40)).expect("engine");
    let (mut wins, mut total) = (0, 0);
    for c in &fixture() {
        let (story, _) = engine.story(engine.prepare(train::articles(c)));
        let scores = model.score(&story);
        let (mut news, mut junk) = (Vec::new(), Vec::new());
        for (i, cand) in story.candidates.iter().enumerate() {
            let text = story.sentence_text(cand.rep);
            if text.contains("newsletter") || text.contains("Click here") || text.contains("Photo:")
            {
                junk.push(scores[i]);
            } else if text.contains("safety faults") || text.contains("would stay shut") {
                news.push(scores[i]);
            }
        }
        for n in &news {
            for j in &junk {
                total += 1;
                wins += usize::from(n > j);
            }
        }
    }
    assert!(total > 0);
    assert!(
        wins * 10 >= total * 9,
        "story sentences won {wins} of {total} pairs"
    );
}

fn config() -> TrainConfig {
    TrainConfig {
        name: "tiny".into(),
        data: "tiny.jsonl".into(),
        limit: None,
        trees: 20,
        depth: 3,
        min_budget: 20,
        budget: 40,
        ..TrainConfig::default()
    }
}

fn train_once() -> String {
    let clusters = fixture();
    let refs: Vec<_> = clusters.iter().collect();
    let config = config();
    let engine = Engine::new(train::engine_config(config.budget)).expect("engine");
    let priors = train::priors(&refs, 1, &|| {});
    // The fixture is tiny: the wording weights learn from the same clusters (in real training they
    // come from clusters outside the sample).
    let sentences = train::labelled_sentences(&engine, &refs, config.budget, &|| {});
    let wording = storyline_eval::wording::fit(
        &sentences,
        &WordingConfig {
            min_sentences: 2,
            keep: 0.0,
            ..WordingConfig::default()
        },
    )
    .expect("wording fit");
    assert!(!wording.words.is_empty());
    let lexicon = (Some(&priors), Some(&wording));
    let examples = train::examples(&engine, &refs, config.budget, lexicon, &|| {});
    train::fit(&examples, &config, lexicon, &|_| {})
        .expect("fit")
        .to_json()
}

#[test]
fn training_twice_gives_the_same_bytes() {
    let a = train_once();
    let b = train_once();
    assert!(a.len() > 200, "model too small: {a}");
    assert_eq!(a, b);
}

#[test]
fn trained_model_loads_and_prefers_story_sentences_over_boilerplate() {
    let json = train_once();
    let learned = Learned::from_json("tiny", &json).expect("model loads");
    assert!(learned.model().length.is_some());
    assert!(learned.model().wording.is_some());
    assert_story_beats_boilerplate(&learned);
}

/// The tiny model, and the same model with a ranker added by [`rank::add_ranker`].
fn with_ranker() -> (String, String) {
    let base = train_once();
    let model = ModelFile::from_json("tiny", &base).expect("model loads");
    let clusters = fixture();
    let refs: Vec<_> = clusters.iter().collect();
    let engine = Engine::new(train::engine_config(40)).expect("engine");
    let lexicon = (model.priors.as_ref(), model.wording.as_ref());
    let examples = train::examples(&engine, &refs, 40, lexicon, &|| {});
    let config = RankConfig {
        trees: 15,
        depth: 3,
        min_leaf_weight: 0.01,
        ..RankConfig::default()
    };
    let ranked = rank::add_ranker(&model, &examples, &config, &|_| {})
        .expect("ranker fits")
        .to_json();
    (base, ranked)
}

#[test]
fn adding_a_ranker_is_reproducible_and_keeps_the_base_model() {
    let (base, a) = with_ranker();
    let (_, b) = with_ranker();
    assert_eq!(a, b);
    let model = ModelFile::from_json("tiny", &a).expect("model with a ranker loads");
    let ranker = model.ranker.clone().expect("a ranker");
    assert_eq!(ranker.ensemble.trees.len(), 15);
    assert!(
        ranker.ensemble.trees.iter().any(|t| t.len() > 1),
        "some tree splits"
    );
    // Everything but the version and the ranker is the base model, byte for byte.
    let mut stripped = model.clone();
    stripped.ranker = None;
    stripped.format_version = learned::FORMAT_VERSION_NO_RANKER;
    assert_eq!(stripped.to_json(), base);
    // The ranker alone orders story sentences above boilerplate.
    let ranker_only = Learned::new(ModelFile {
        ranker: Some(learned::Ranker {
            weight: 1.0,
            ..ranker
        }),
        ..model
    });
    assert_story_beats_boilerplate(&ranker_only);
}
