//! Reader tests over the fixtures in `testdata/io/`: each test reads real files and compares a
//! readable dump of the result (clusters, articles, metadata, diagnostics) with an `insta`
//! snapshot, plus the few facts that matter most as plain assertions.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use storyline_core::Severity;
use storyline_io::read::{Input, InputFormat, read_bytes, read_paths};

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/io")
}

/// Reads fixture paths (relative to `testdata/io`) and dumps the result.
fn check(paths: &[&str]) -> (Input, String) {
    let root = testdata();
    let full: Vec<PathBuf> = paths.iter().map(|p| root.join(p)).collect();
    let input = read_paths(&full, InputFormat::Auto).expect("fixtures are readable");
    let dump = dump(&input, &root.display().to_string());
    (input, dump)
}

/// A stable, readable rendering of an `Input` (the fixture root is shown as `testdata/io`).
fn dump(input: &Input, root: &str) -> String {
    let mut out = String::new();
    for c in &input.clusters {
        let _ = writeln!(out, "cluster id={:?}", c.id);
        if let Some(r) = &c.reference {
            let _ = writeln!(out, "  reference: {r:?}");
        }
        if let Some(v) = &c.noise_votes {
            let _ = writeln!(out, "  noise_votes: {v:?}");
        }
        for a in &c.articles {
            let _ = writeln!(out, "  article {}", a.id.0);
            if let Some(p) = &a.origin.path {
                let _ = writeln!(out, "    path: {}", p.replace(root, "testdata/io"));
            }
            if let Some(u) = &a.origin.url {
                let _ = writeln!(out, "    url: {u}");
            }
            let s = &a.supplied;
            for (k, v) in [
                ("title", &s.title),
                ("outlet", &s.outlet),
                ("published", &s.published),
                ("published_from", &s.published_from),
            ] {
                if let Some(v) = v {
                    let _ = writeln!(out, "    {k}: {v}");
                }
            }
            let _ = writeln!(out, "    text: {:?}", a.text);
        }
    }
    for d in &input.diagnostics {
        let _ = writeln!(
            out,
            "{:?} {}: {}",
            d.severity,
            d.input.replace(root, "testdata/io"),
            d.message
        );
    }
    out
}

#[test]
fn directory_reads_files_sorted_skips_hidden_and_reports_empty() {
    let (input, dump) = check(&["plain"]);
    assert_eq!(input.clusters.len(), 1);
    let arts = &input.clusters[0].articles;
    assert_eq!(arts.len(), 2, "hidden and empty files are not articles");
    assert!(
        arts[0]
            .origin
            .path
            .as_ref()
            .unwrap()
            .ends_with("plain/01-dispatch.txt")
    );
    assert_eq!(arts[1].id.0, 1);
    // Text is kept byte for byte, boilerplate and all: the cleaner decides, not the reader.
    assert!(arts[0].text.starts_with("Share this article\n"));
    insta::assert_snapshot!(dump);
}

#[test]
fn all_single_articles_of_one_call_form_one_cluster_in_input_order() {
    let (input, _) = check(&[
        "plain/02-followup.txt",
        "html/wire-graph-jsonld.html",
        "articles.jsonl",
        "plain/01-dispatch.txt",
    ]);
    assert_eq!(input.clusters.len(), 1);
    let paths: Vec<String> = input.clusters[0]
        .articles
        .iter()
        .map(|a| {
            let p = a.origin.path.clone().unwrap();
            p[p.find("testdata/io/").unwrap() + 12..].to_string()
        })
        .collect();
    assert_eq!(
        paths,
        [
            "plain/02-followup.txt",
            "html/wire-graph-jsonld.html",
            "articles.jsonl:1",
            "articles.jsonl:2",
            "articles.jsonl:8",
            "plain/01-dispatch.txt"
        ]
    );
    let ids: Vec<u32> = input.clusters[0].articles.iter().map(|a| a.id.0).collect();
    assert_eq!(ids, [0, 1, 2, 3, 4, 5]);
}

#[test]
fn jsonl_articles_body_unknown_fields_and_malformed_lines() {
    let (input, dump) = check(&["articles.jsonl"]);
    let arts = &input.clusters[0].articles;
    assert_eq!(arts.len(), 3);
    assert_eq!(
        arts[1].text,
        "Drivers will vote on the provisional pay deal over the next three weeks."
    );
    assert_eq!(
        arts[0].supplied.published_from.as_deref(),
        Some("jsonl:published")
    );
    let broken = input
        .diagnostics
        .iter()
        .find(|d| d.input.ends_with("articles.jsonl:3"))
        .expect("the malformed line is reported with its line number");
    assert_eq!(broken.severity, Severity::Error);
    insta::assert_snapshot!(dump);
}

#[test]
fn multi_news_records_in_both_forms_are_clusters() {
    let (input, dump) = check(&["multinews.jsonl"]);
    assert_eq!(input.clusters.len(), 2, "no empty single-article cluster");
    let a = &input.clusters[0];
    assert_eq!(a.id, "mn-array-1");
    assert_eq!(a.articles.len(), 3, "the empty document is kept");
    assert_eq!(a.noise_votes.as_deref(), Some(&[0, 5, 4][..]));
    assert!(a.reference.as_deref().unwrap().contains("Saturdays"));
    let b = &input.clusters[1];
    assert_eq!(b.id, "4417");
    assert_eq!(
        b.articles.len(),
        2,
        "the trailing separator is not a document"
    );
    assert!(b.articles[1].text.starts_with("Northern rail services"));
    insta::assert_snapshot!(dump);
}

#[test]
fn html_pages_yield_main_content_and_meta() {
    let (input, dump) = check(&["html"]);
    let arts = &input.clusters[0].articles;
    assert_eq!(arts.len(), 3);
    for a in arts {
        for junk in [
            "Most read",
            "Comments (",
            "Share on Facebook",
            "Privacy",
            "Subscribe",
            "Related",
            "Powered by",
            "Great news!",
        ] {
            assert!(
                !a.text.contains(junk),
                "{junk:?} left in {:?}",
                a.origin.path
            );
        }
        assert!(!a.text.contains("\n\n\n"));
    }
    let ledger = arts
        .iter()
        .find(|a| {
            a.origin
                .path
                .as_ref()
                .unwrap()
                .ends_with("ledger-flood-barrier.html")
        })
        .unwrap();
    assert!(
        ledger
            .text
            .starts_with("Harbridge councillors on Tuesday approved")
    );
    assert!(ledger.text.contains("\n\nThe full council voted 31 to 9"));
    assert!(ledger.text.ends_with("by the autumn of 2024."));
    assert_eq!(
        ledger.supplied.published_from.as_deref(),
        Some("article:published_time")
    );
    assert_eq!(
        ledger.supplied.outlet.as_deref(),
        Some("The Harbridge Ledger")
    );
    insta::assert_snapshot!(dump);
}

/// `invalid-utf8.txt` is windows-1252 text with no declaration (`Caf\xe9`): read as windows-1252,
/// with a warning that it was a guess, instead of losing the accents to U+FFFD.
#[test]
fn invalid_utf8_is_read_as_windows_1252_and_binary_is_skipped() {
    let (input, dump) = check(&["invalid-utf8.txt", "binary.png"]);
    let arts = &input.clusters[0].articles;
    assert_eq!(arts.len(), 1);
    assert!(arts[0].text.starts_with("Caf\u{e9} owners"));
    assert_eq!(input.diagnostics.len(), 2);
    assert_eq!(input.diagnostics[0].severity, Severity::Warning);
    assert!(input.diagnostics[0].message.contains("windows-1252"));
    assert_eq!(input.diagnostics[1].severity, Severity::Error);
    insta::assert_snapshot!(dump);
}

/// A windows-1252 page that says so in its meta tag: curly quotes, dashes and accents survive and
/// nothing is reported.
#[test]
fn declared_windows_1252_page_keeps_its_quotes_and_accents() {
    let (input, _) = check(&["legacy-windows-1252.html"]);
    let art = &input.clusters[0].articles[0];
    assert!(input.diagnostics.is_empty(), "{:?}", input.diagnostics);
    assert!(
        art.text.contains(
            "\u{201c}We lost everything below the till,\u{201d} said Ren\u{e9}e Dupr\u{e9}"
        ),
        "{}",
        art.text
    );
    assert!(
        art.text.contains("through the night \u{2013} and"),
        "{}",
        art.text
    );
    assert!(!art.text.contains('\u{fffd}'));
}

#[test]
fn missing_path_is_a_whole_input_error() {
    let err = read_paths(&[testdata().join("no-such-file.txt")], InputFormat::Auto).unwrap_err();
    assert!(matches!(err, storyline_io::Error::Read { .. }));
}

#[test]
fn stdin_name_is_sniffed() {
    let html = std::fs::read(testdata().join("html/blog-time-only.htm")).unwrap();
    let input = read_bytes("-", &html, InputFormat::Auto);
    let a = &input.clusters[0].articles[0];
    assert!(a.text.contains("library board met on Wednesday"));
    assert_eq!(a.supplied.published.as_deref(), Some("2022-05-19"));
    assert_eq!(a.supplied.published_from.as_deref(), Some("time[pubdate]"));

    let jsonl = std::fs::read(testdata().join("multinews.jsonl")).unwrap();
    assert_eq!(read_bytes("-", &jsonl, InputFormat::Auto).clusters.len(), 2);

    let text = read_bytes("-", b"{Braces} open this article.", InputFormat::Auto);
    assert_eq!(
        text.clusters[0].articles[0].text,
        "{Braces} open this article."
    );
}

#[test]
fn explicit_format_overrides_detection() {
    let input = read_bytes("page.html", b"<p>not parsed</p>", InputFormat::Text);
    assert_eq!(input.clusters[0].articles[0].text, "<p>not parsed</p>");
}

#[test]
fn pretty_printed_json_object_and_array_are_records() {
    let one = read_bytes(
        "one.json",
        b"{\n  \"title\": \"T\",\n  \"text\": \"Body text.\"\n}\n",
        InputFormat::Auto,
    );
    assert_eq!(one.clusters[0].articles[0].text, "Body text.");
    assert!(one.diagnostics.is_empty(), "{:?}", one.diagnostics);
    let many = read_bytes(
        "many.json",
        br#"[{"text": "A."}, {"documents": ["B.", "C."]}]"#,
        InputFormat::Auto,
    );
    assert_eq!(many.clusters.len(), 2);
    assert_eq!(
        many.clusters[0].articles[0].origin.path.as_deref(),
        Some("many.json[0]")
    );
    assert_eq!(many.clusters[1].id, "many.json[1]");
}

/// Every format's reader, on arbitrary bytes.
fn formats() -> impl Strategy<Value = InputFormat> {
    prop_oneof![
        Just(InputFormat::Auto),
        Just(InputFormat::Text),
        Just(InputFormat::Jsonl),
        Just(InputFormat::Html),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn read_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048), format in formats()) {
        let input = read_bytes("x", &bytes, format);
        prop_assert!(!input.clusters.is_empty());
        for c in &input.clusters {
            for (i, a) in c.articles.iter().enumerate() {
                prop_assert_eq!(a.id.0 as usize, i);
            }
        }
    }

    #[test]
    fn read_bytes_never_panics_on_markup_like_text(
        text in "(<[a-z/!]{0,6}[ >]|\\{\"(text|body|documents|document)\": ?|\"|\\]|\\[|\\|\\|\\|\\|\\||[a-z .\n\u{e9}\u{2014}])*",
        format in formats(),
    ) {
        let input = read_bytes("x", text.as_bytes(), format);
        prop_assert!(!input.clusters.is_empty());
    }
}
