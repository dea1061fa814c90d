//! Quote detection and attribution on the held-out set `testdata/quotes/heldout.json` (written after
//! the rules were tuned on golden.json). Prints the scores; fails when they drop below the floor.

mod common;

#[test]
fn heldout_quotes_are_found_and_attributed() {
    common::check_quote_set("heldout.json", "held-out");
}
