//! The committed model's numbers read the same in this crate's own builds as in the binary's.
//!
//! `serde_json` parses floats with a fast, sometimes one-ulp-off algorithm unless its
//! `float_roundtrip` feature is on. The binary gets the feature through `forust-ml`; this crate
//! asks for it itself, so its tests walk the same thresholds and leaves as `storyline brief`.

use storyline_core::learned::DEFAULT_MODEL;

#[test]
fn every_number_of_the_default_model_reads_as_rust_parses_it() {
    let number = regex::Regex::new(r"-?[0-9]+\.[0-9]+(?:[eE][-+]?[0-9]+)?").expect("regex");
    let (mut total, mut off) = (0, Vec::new());
    for m in number.find_iter(DEFAULT_MODEL) {
        let text = m.as_str();
        let exact: f64 = text.parse().expect("a float");
        let read: f64 = serde_json::from_str(text).expect("serde reads it");
        total += 1;
        if read.to_bits() != exact.to_bits() {
            off.push(text);
        }
    }
    assert!(total > 10_000, "only {total} numbers found");
    assert!(
        off.is_empty(),
        "{} of {total} numbers read off, e.g. {:?}",
        off.len(),
        &off[..off.len().min(5)]
    );
}
