//! Quote detection and attribution on the golden set `testdata/quotes/golden.json` (invented news
//! text covering the common forms). Prints the scores; fails when they drop below the floor.

mod common;

#[test]
fn golden_quotes_are_found_and_attributed() {
    common::check_quote_set("golden.json", "golden");
}
