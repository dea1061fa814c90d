//! Golden publication-date cases (`testdata/time/published.toml`) with hand-made cleaner output,
//! and the story-level refinement.

use std::fmt::Write as _;

use serde::Deserialize;
use storyline_core::dates::{
    publication_date, publication_date_found, refine_with_found, refine_with_story,
};
use storyline_core::model::{Article, ArticleId, DateSource, Document, SuppliedMeta};
use storyline_text::Span;
use storyline_text::clean::{Block, BlockKind, Cleaned, TextMeta};

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    published: Option<String>,
    stamp: Option<String>,
    date_line: Option<String>,
    #[serde(default)]
    captions: Vec<String>,
    expect_date: String,
    expect_from: DateSource,
    expect_rejected: Option<String>,
}

/// One block per non-blank line, classified as the case says.
fn cleaned(
    text: &str,
    stamp: Option<&str>,
    date_line: Option<&str>,
    captions: &[String],
) -> Cleaned {
    let mut blocks = Vec::new();
    let mut meta = TextMeta::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(offset, offset + line.len()).trim(text);
        offset += line.len();
        if span.is_empty() {
            continue;
        }
        let s = span.slice(text);
        let kind = if Some(s) == stamp {
            meta.crawl_stamps.push(span);
            BlockKind::CrawlStamp
        } else if Some(s) == date_line {
            meta.date_lines.push(span);
            BlockKind::DateLine
        } else if captions.iter().any(|c| c == s) {
            BlockKind::Caption
        } else {
            BlockKind::Content
        };
        blocks.push(Block {
            span,
            kind,
            reason: String::new(),
        });
    }
    Cleaned { blocks, meta }
}

fn article(id: u32, text: &str, published: Option<&str>) -> Article {
    Article {
        id: ArticleId(id),
        text: text.to_string(),
        supplied: SuppliedMeta {
            published: published.map(str::to_string),
            ..SuppliedMeta::default()
        },
        ..Article::default()
    }
}

#[test]
fn golden_publication_dates() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/time/published.toml"
    );
    let file: File = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(file.case.len() >= 10);
    let mut failures = String::new();
    for case in &file.case {
        let text = case.text.trim_start_matches('\n');
        let a = article(0, text, case.published.as_deref());
        let c = cleaned(
            text,
            case.stamp.as_deref(),
            case.date_line.as_deref(),
            &case.captions,
        );
        let (p, anchor) = publication_date(&a, &c);
        let date = p.date.clone().unwrap_or_default();
        let rejected_ok = case
            .expect_rejected
            .as_ref()
            .is_none_or(|want| p.rejected.iter().any(|n| n.reason.contains(want.as_str())));
        let anchor_ok = anchor.map(|a| a.date.to_string()) == p.date;
        if date != case.expect_date || p.from != case.expect_from || !rejected_ok || !anchor_ok {
            writeln!(
                failures,
                "{}: want {} from {:?}{}, got {p:?}",
                case.name,
                case.expect_date,
                case.expect_from,
                case.expect_rejected
                    .as_ref()
                    .map_or(String::new(), |r| format!(" rejecting {r:?}")),
            )
            .unwrap();
        }
        if let Some(span) = p.span {
            assert!(span.end <= text.len() && text.is_char_boundary(span.start));
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

fn document(id: u32, text: &str, date_line: Option<&str>) -> Document {
    let a = article(id, text, None);
    let c = cleaned(text, None, date_line, &[]);
    let (published, anchor) = publication_date(&a, &c);
    Document {
        article: a,
        cleaned: c,
        sentences: Vec::new(),
        title: None,
        outlet: None,
        published,
        anchor,
        straight_marks: None,
    }
}

#[test]
fn story_sources_give_a_year_to_an_article_without_one() {
    let mut docs = vec![
        document(
            0,
            "Ceasefire collapses\nMarch 10, 2018, 9:00 am\nThe ceasefire collapsed on Thursday.",
            Some("March 10, 2018, 9:00 am"),
        ),
        document(
            1,
            "The ceasefire collapsed on March 8 after a week of shelling, officials said.",
            None,
        ),
        document(2, "Nothing here has a date at all, officials said.", None),
    ];
    assert_eq!(docs[1].published.date, None, "no year in the text alone");
    refine_with_story(&mut docs);
    assert_eq!(docs[0].published.date.as_deref(), Some("2018-03-10"));
    assert_eq!(docs[1].published.date.as_deref(), Some("2018-03-08"));
    assert_eq!(docs[1].published.from, DateSource::Content);
    assert_eq!(
        docs[1].anchor.map(|a| a.date.to_string()).as_deref(),
        Some("2018-03-08")
    );
    assert_eq!(docs[2].published.date, None);
}

/// A dateline without a year (`WASHINGTON, Dec. 3 -`) is no date alone, nor with a full date of
/// fifty years before in the article (an anniversary piece); the story's other articles give it
/// its year.
#[test]
fn story_sources_give_a_year_to_a_yearless_dateline() {
    let mut docs = vec![
        document(
            0,
            "NATO grows\nDec. 4, 1998, 9:00 am\nThe alliance invited three members on Friday.",
            Some("Dec. 4, 1998, 9:00 am"),
        ),
        document(
            1,
            "WASHINGTON, Dec. 3 - The alliance, founded by a treaty signed on April 4, 1949, \
             will admit three new members.",
            None,
        ),
        document(
            2,
            "NAIROBI, Kenya (AP) Dec. 2 - Officials said the talks had ended.",
            None,
        ),
    ];
    assert_ne!(docs[1].published.from, DateSource::Dateline);
    assert_eq!(docs[2].published.date, None, "no year in the text alone");
    refine_with_story(&mut docs);
    for (doc, want) in [(&docs[1], "1998-12-03"), (&docs[2], "1998-12-02")] {
        assert_eq!(doc.published.date.as_deref(), Some(want));
        assert_eq!(doc.published.from, DateSource::Dateline);
        assert!((doc.published.confidence - 0.6).abs() < 1e-6);
        assert_eq!(
            doc.anchor.map(|a| a.date.to_string()).as_deref(),
            Some(want)
        );
    }
}

/// A date the content alone gives (the latest date an article reports) is only a lower bound:
/// one far before another source's date of the same story is history the article recalls
/// (Neil Armstrong's obituary dated by the moon landing), and goes, with its reason; a date
/// within weeks of the others stays.
#[test]
fn a_content_date_far_before_the_story_is_history() {
    let mut docs = vec![
        document(
            0,
            "Neil Armstrong, who walked on the moon on July 20, 1969, has died. His family said \
             he had heart surgery earlier this month.",
            None,
        ),
        document(
            1,
            "Neil Armstrong died on Aug. 25, 2012, in Cincinnati, his family said.",
            None,
        ),
        document(
            2,
            "Tributes were paid on Aug. 10, 2012, at a ceremony, his friends said.",
            None,
        ),
    ];
    assert_eq!(docs[0].published.date.as_deref(), Some("1969-07-20"));
    refine_with_story(&mut docs);
    assert_eq!(docs[0].published.date, None);
    assert_eq!(docs[0].published.from, DateSource::None);
    assert!(docs[0].anchor.is_none());
    let note = docs[0].published.rejected.last().expect("a rejected note");
    assert_eq!(note.date, "1969-07-20");
    assert!(note.reason.contains("2012-08-25"), "{}", note.reason);
    assert_eq!(docs[1].published.date.as_deref(), Some("2012-08-25"));
    assert_eq!(docs[2].published.date.as_deref(), Some("2012-08-10"));
}

#[test]
fn a_content_date_before_a_year_another_source_reports_is_history() {
    // Val: a story whose only dated source was dated 1989-03-24 by `on the night of march 24,
    // 1989, the exxon valdez … ran aground`, while another source reports a 2011 settlement.
    let mut docs = vec![
        document(
            0,
            "On the night of March 24, 1989, the Exxon Valdez ran aground on Bligh Reef.",
            None,
        ),
        document(
            1,
            "The company settled two class actions in 2011, the lawyers said.",
            None,
        ),
        document(
            2,
            "The passengers were in a 2015 Ford Fiesta that was struck, police said.",
            None,
        ),
    ];
    assert_eq!(docs[0].published.date.as_deref(), Some("1989-03-24"));
    assert_eq!(docs[2].published.date, None);
    let mut one = vec![docs[0].clone(), docs[2].clone()];
    refine_with_story(&mut docs);
    assert_eq!(docs[0].published.date, None);
    assert!(docs[0].anchor.is_none());
    let note = docs[0].published.rejected.last().expect("a rejected note");
    assert_eq!(note.date, "1989-03-24");
    assert!(note.reason.contains("before 2011"), "{}", note.reason);
    // A model year (`a 2015 Ford Fiesta`) is no year the text reports.
    refine_with_story(&mut one);
    assert_eq!(one[0].published.date.as_deref(), Some("1989-03-24"));
}

#[test]
fn a_year_that_starts_a_period_or_is_a_deadline_is_no_past_year() {
    // Val: `Stephen Colbert already having been tapped to replace a retiring David Letterman as
    // host of Late Show starting in 2015` cleared the other source's right date (April 23,
    // 2014) as history, `starting in 2015` read as past. A deadline in a past-tense clause (`had
    // pledged to cut … by 2020`) lies ahead as well.
    for later in [
        "Colbert was already tapped to replace a retiring Letterman as host starting in 2015.",
        "The state had pledged last year to cut its emissions by 2020, officials said.",
    ] {
        let mut docs = vec![
            document(
                0,
                "Craig Ferguson said on Wednesday, April 23, 2014, that he would leave the show.",
                None,
            ),
            document(1, later, None),
        ];
        assert_eq!(docs[0].published.date.as_deref(), Some("2014-04-23"));
        refine_with_story(&mut docs);
        assert_eq!(
            docs[0].published.date.as_deref(),
            Some("2014-04-23"),
            "{later}"
        );
    }
    // A year the clause reports as past still is one.
    let mut docs = vec![
        document(
            0,
            "Craig Ferguson said on Wednesday, April 23, 2014, that he would leave the show.",
            None,
        ),
        document(1, "Colbert replaced Letterman as host in 2015.", None),
    ];
    refine_with_story(&mut docs);
    assert_eq!(docs[0].published.date, None);
}

#[test]
fn refining_from_found_mentions_equals_refining_from_the_text() {
    let texts = [
        (
            "Ceasefire collapses\nMarch 10, 2018, 9:00 am\nThe ceasefire collapsed on Thursday.",
            Some("March 10, 2018, 9:00 am"),
        ),
        (
            "The ceasefire collapsed on March 8 after a week of shelling, officials said. Talks \
             resume next Monday, two days after the vote.",
            None,
        ),
        (
            "Leaders met at the 71st UN General Assembly on Tuesday.",
            None,
        ),
        ("Nothing here has a date at all, officials said.", None),
        (
            "WASHINGTON, March 9 - The talks ended, officials said.",
            None,
        ),
    ];
    let mut from_text: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, (t, d))| document(i as u32, t, *d))
        .collect();
    let mut found = Vec::new();
    let mut from_found: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, (t, d))| {
            let mut doc = document(i as u32, t, *d);
            let (published, anchor, f) = publication_date_found(&doc.article, &doc.cleaned);
            (doc.published, doc.anchor) = (published, anchor);
            found.push(f);
            doc
        })
        .collect();
    refine_with_story(&mut from_text);
    refine_with_found(&mut from_found, found);
    for (a, b) in from_text.iter().zip(&from_found) {
        assert_eq!(format!("{:?}", a.published), format!("{:?}", b.published));
        assert_eq!(a.anchor, b.anchor);
    }
    assert_eq!(from_found[1].published.date.as_deref(), Some("2018-03-08"));
}
