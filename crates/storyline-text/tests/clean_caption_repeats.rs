//! A scrape cut short in a copy of a caption the cleaner cut: the copy goes as a repeat, a lead
//! that a caption repeats in part stays.

use storyline_text::clean::{BlockKind, Cleaner};

const CAPTION: &str = "President Donald Trump speaks to the media at the Pentagon, Thursday, Jan. \
                       18, 2018. (AP Photo/Carolyn Kaster)";
const LEAD: &str = "WASHINGTON (AP) — President Donald Trump said Thursday a government shutdown \
                    could happen as lawmakers scramble to reach a deal before the deadline.";

/// The kinds of the blocks whose text starts with `prefix`.
fn kinds_of(text: &str, prefix: &str) -> Vec<BlockKind> {
    let cleaned = Cleaner::default().clean(text);
    cleaned
        .blocks
        .iter()
        .filter(|b| b.span.slice(text).starts_with(prefix))
        .map(|b| b.kind)
        .collect()
}

#[test]
fn a_last_paragraph_cut_short_in_a_caption_copy_is_a_repeat() {
    let text = format!(
        "{CAPTION}\n\n{LEAD}\n\nPresident Donald Trump speaks to the media at the Pentagon, \
         Thursday, Jan.\n"
    );
    assert_eq!(
        kinds_of(&text, "President Donald Trump speaks"),
        [BlockKind::Caption, BlockKind::Duplicate]
    );
}

#[test]
fn a_short_or_inner_copy_stays() {
    // Three words are too few to call a copy.
    let text = format!("{CAPTION}\n\n{LEAD}\n\nPresident Donald Trump\n");
    let cleaned = Cleaner::default().clean(&text);
    let last = cleaned.blocks.last().expect("blocks");
    assert_eq!(last.span.slice(&text).trim(), "President Donald Trump");
    assert_ne!(last.kind, BlockKind::Duplicate);
    // The text's only prose, the start of a teaser's caption (the story's lead).
    let text = "Google is closing the consumer version of its plus social network after \
                discovering a bug... (Associated Press)\n\nGoogle is closing the consumer version \
                of its plus social network\n";
    let cleaned = Cleaner::default().clean(text);
    let last = cleaned.blocks.last().expect("blocks");
    assert!(last.span.slice(text).starts_with("Google is closing"));
    assert_ne!(last.kind, BlockKind::Duplicate);
    // Not the text's last block: prose that goes on after it.
    let text = format!(
        "{CAPTION}\n\nPresident Donald Trump speaks to the media at the Pentagon, Thursday, Jan.\n\n\
         {LEAD}\n"
    );
    assert_eq!(
        kinds_of(&text, "President Donald Trump speaks"),
        [BlockKind::Caption, BlockKind::Content]
    );
}
