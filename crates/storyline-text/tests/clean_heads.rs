//! Furniture opening a document that would become the brief's first sentence and title: an AP
//! live blog's label and stamps, and a headline printed twice with its marks changed. The whole
//! cleaner runs (the passes are registered), and the lead must be the first kept text.

use storyline_text::clean::{BlockKind, Cleaner};

/// The first kept block of `text`, whitespace collapsed.
fn lead(text: &str) -> String {
    let cleaned = Cleaner::default().clean(text);
    let first = cleaned
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Content)
        .expect("a kept block");
    first
        .span
        .slice(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn an_ap_live_blogs_label_and_stamp_leave_the_lead() {
    let text = "St. Petersburg, fla. ( ap ) — the latest on hurricane irma ( all times local ): \
                9: 25 a.m. Hurricane irma has made landfall in the florida keys. The u.s. \
                National hurricane center in miami said the center of the storm reached cudjoe \
                key. ____ 9: 00 a.m. The florida highway patrol says two people have died.";
    let lead = lead(text);
    assert!(
        lead.starts_with("Hurricane irma has made landfall"),
        "{lead}"
    );
    let cleaned = Cleaner::default().clean(text);
    let kept: String = cleaned
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Content)
        .map(|b| b.span.slice(text))
        .collect();
    assert!(!kept.contains("____"), "{kept}");
    assert!(kept.contains("The florida highway patrol says"), "{kept}");
}

#[test]
fn a_headline_printed_twice_with_its_marks_changed_leaves_the_lead() {
    let text = "Salma hayek cops say neighbor had right to shoot dog salma hayek: cops say \
                neighbor had right to shoot dog exclusive salma hayek's beloved dog was shot and \
                killed by a neighbor, tmz has learned.";
    let lead = lead(text);
    assert!(lead.starts_with("salma hayek's beloved dog"), "{lead}");
}
