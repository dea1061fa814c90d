//! Quote detection and attribution on the golden set `testdata/quotes/golden.json` (invented news
//! text covering the common forms). Prints the scores; fails on any miss: the set is development
//! data, and each case pins down a fixed error (a regression case named after it).

mod common;

#[test]
fn golden_quotes_are_found_and_attributed() {
    let misses = common::check_quote_set("golden.json", "golden");
    assert!(misses.is_empty(), "golden quotes missed:\n{misses}");
}
