//! HTML pages: main content through `dom_smoothie`, metadata from meta tags.
//!
//! The page is parsed once with `dom_query` (html5ever underneath). A small metadata pass reads the
//! `<meta>` tags, `<link rel=canonical>`, JSON-LD blocks and `<time>` elements; then the same
//! document goes to `dom_smoothie`, a port of Mozilla's Readability (the Firefox reader view), which
//! scores the page's blocks by text and link density, class/id hints and structure, and returns the
//! main content. We use its formatted text, with lines trimmed and paragraphs separated by one blank
//! line; that text becomes `Article.text`, so every later span indexes into it. When Readability
//! finds nothing, or the page is nested too deeply for it to finish in reasonable time (more than
//! 512 levels; its scoring is quadratic in depth), the whole body text is used with a warning (the
//! cleaner downstream still removes boilerplate lines).
//!
//! Metadata, first found wins:
//! - title: `og:title`, `twitter:title`, JSON-LD `headline`, then Readability's title (the
//!   `<title>` with the site-name part cut);
//! - outlet: `og:site_name`, `application-name`, JSON-LD `publisher.name`, then Readability's;
//! - URL: `og:url`, `<link rel=canonical>`, JSON-LD `url`;
//! - published: `article:published_time`, JSON-LD `datePublished` (article-like objects first),
//!   `itemprop=datePublished`, the common publisher meta names (`pubdate`, `publishdate`,
//!   `date`, `dc.date.issued`, `parsely-pub-date`, ...), `<time pubdate>`, then the first
//!   `<time datetime>` inside `<article>` or the page. `published_from` names the tag that gave it
//!   (`article:published_time`, `json-ld:datePublished`, `meta:pubdate`, `time[datetime]`, ...).
//!
//! We do not roll our own content heuristics: boilerplate removal is the one thing a well-tested
//! library does far better than a hand-written DOM walk.

use std::collections::BTreeMap;

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use serde_json::Value;
use storyline_core::{Article, ArticleId, Origin, SuppliedMeta};

use super::Sink;

/// Meta `name`s that carry a publication date, in order of trust.
const DATE_META_NAMES: [&str; 14] = [
    "og:published_time",
    "article.published",
    "published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
    "datepublished",
];

/// JSON-LD `@type`s that describe the page's article.
const ARTICLE_TYPES: [&str; 6] = [
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BlogPosting",
    "WebPage",
];

/// True when `head` (already left-trimmed) starts like an HTML document.
pub(super) fn looks_like_html(head: &str) -> bool {
    let start: String = head
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    let mut s = start.as_str();
    // Skip an XML declaration and leading comments.
    loop {
        s = s.trim_start();
        if let Some(rest) = s.strip_prefix("<?xml") {
            s = rest.split_once("?>").map_or("", |(_, r)| r);
        } else if let Some(rest) = s.strip_prefix("<!--") {
            s = rest.split_once("-->").map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    s.starts_with("<!doctype html")
        || s.starts_with("<html")
        || (s.starts_with('<') && (s.contains("<head") || s.contains("<body")))
}

/// Metadata found by the meta-tag pass.
#[derive(Default, Debug)]
struct PageMeta {
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<(String, String)>,
}

/// Reads one HTML page into the sink.
pub(super) fn read(name: &str, html: &str, sink: &mut Sink) {
    let doc = Document::from(html);
    let mut meta = page_meta(&doc);
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let depth = max_depth(&doc);
    let text = if depth > MAX_DEPTH {
        sink.warn(
            name,
            format!(
                "elements nested {depth} deep (more than {MAX_DEPTH}): main-content extraction \
                 skipped; using the whole page text"
            ),
        );
        body_text(&doc, &mut meta)
    } else {
        match Readability::with_document(doc, None, Some(cfg)).and_then(|mut r| r.parse()) {
            Ok(article) => {
                if meta.title.is_none() {
                    meta.title = nonempty(&article.title);
                }
                if meta.outlet.is_none() {
                    meta.outlet = article.site_name.as_deref().and_then(nonempty);
                }
                if meta.url.is_none() {
                    meta.url = article.url.as_deref().and_then(nonempty);
                }
                if meta.published.is_none()
                    && let Some(p) = article.published_time.as_deref().and_then(nonempty)
                {
                    meta.published = Some((p, "readability:published_time".to_string()));
                }
                paragraphs(&article.text_content)
            }
            Err(e) => {
                sink.warn(
                    name,
                    format!("no main content found ({e}); using the whole page text"),
                );
                // Readability consumed (and changed) the document: parse the page again.
                body_text(&Document::from(html), &mut meta)
            }
        }
    };
    if text.is_empty() {
        sink.error(name, "HTML page has no text content; skipped");
        return;
    }
    let (published, published_from) = meta.published.unzip();
    sink.articles.push(Article {
        id: ArticleId(0),
        origin: Origin {
            path: Some(name.to_string()),
            url: meta.url,
        },
        text,
        supplied: SuppliedMeta {
            title: meta.title,
            outlet: meta.outlet,
            published,
            published_from,
        },
    });
}

/// Deepest element nesting Readability is run on. Its scoring walks ancestors for every node, so
/// time grows with the square of the depth (8,000 nested `<div>`s take 25 s); real pages nest a
/// few dozen levels.
const MAX_DEPTH: usize = 512;

/// The deepest nesting of nodes under the document root (iterative, so deep pages cannot
/// overflow the stack).
fn max_depth(doc: &Document) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        let mut child = node.first_child();
        while let Some(c) = child {
            child = c.next_sibling();
            stack.push((c, depth + 1));
        }
    }
    deepest
}

/// The whole body's text (scripts and styles dropped), for pages Readability cannot handle.
fn body_text(doc: &Document, meta: &mut PageMeta) -> String {
    doc.select("script, style, noscript, template").remove();
    if meta.title.is_none() {
        meta.title = nonempty(&doc.select("title").text());
    }
    paragraphs(&doc.select("body").formatted_text())
}

/// Trims lines and leaves exactly one blank line between paragraphs.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            blank = true;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(line);
    }
    out
}

/// A whitespace-normalised copy of `s`, or `None` when it is blank.
fn nonempty(s: &str) -> Option<String> {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

/// The metadata pass over meta tags, canonical link, JSON-LD and `<time>` elements.
fn page_meta(doc: &Document) -> PageMeta {
    // First `content` per lower-cased `property`/`name`/`itemprop` key.
    let mut tags: BTreeMap<String, String> = BTreeMap::new();
    for m in &doc.select("meta") {
        let Some(content) = m.attr("content").and_then(|c| nonempty(&c)) else {
            continue;
        };
        for key in ["property", "name", "itemprop"] {
            if let Some(k) = m.attr(key) {
                tags.entry(k.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
    }
    let tag = |k: &str| tags.get(k).cloned();
    let ld = json_ld(doc);

    let title = tag("og:title")
        .or_else(|| tag("twitter:title"))
        .or_else(|| ld.as_ref().and_then(|v| str_field(v, "headline")));
    let outlet = tag("og:site_name")
        .or_else(|| tag("application-name"))
        .or_else(|| {
            ld.as_ref()
                .and_then(|v| v.get("publisher"))
                .and_then(|p| str_field(p, "name"))
        });
    let canonical = doc
        .select("link[rel='canonical']")
        .iter()
        .find_map(|l| l.attr("href").and_then(|h| nonempty(&h)));
    let url = tag("og:url")
        .or(canonical)
        .or_else(|| ld.as_ref().and_then(|v| str_field(v, "url")));

    let mut published = tag("article:published_time")
        .map(|d| (d, "article:published_time".to_string()))
        .or_else(|| {
            ld.as_ref()
                .and_then(|v| str_field(v, "datePublished"))
                .map(|d| (d, "json-ld:datePublished".to_string()))
        });
    if published.is_none() {
        published = doc
            .select("[itemprop='datePublished']")
            .iter()
            .find_map(|e| {
                e.attr("content")
                    .or_else(|| e.attr("datetime"))
                    .and_then(|d| nonempty(&d))
            })
            .map(|d| (d, "itemprop:datePublished".to_string()));
    }
    if published.is_none() {
        published = DATE_META_NAMES
            .iter()
            .find_map(|k| tag(k).map(|d| (d, format!("meta:{k}"))));
    }
    for (selector, from) in [
        ("time[pubdate]", "time[pubdate]"),
        ("article time[datetime]", "time[datetime]"),
        ("time[datetime]", "time[datetime]"),
    ] {
        if published.is_some() {
            break;
        }
        published = doc
            .select(selector)
            .iter()
            .find_map(|t| t.attr("datetime").and_then(|d| nonempty(&d)))
            .map(|d| (d, from.to_string()));
    }
    PageMeta {
        title,
        outlet,
        url,
        published,
    }
}

/// The JSON-LD object that describes the page's article: the first object (also inside arrays and
/// `@graph`) whose `@type` is article-like, else the first object with a `datePublished`.
fn json_ld(doc: &Document) -> Option<Value> {
    let mut objects = Vec::new();
    for script in &doc.select("script[type='application/ld+json']") {
        let raw = script.text();
        let raw = raw.trim();
        let raw = raw
            .strip_prefix("<![CDATA[")
            .and_then(|r| r.strip_suffix("]]>"))
            .unwrap_or(raw);
        if let Ok(v) = serde_json::from_str::<Value>(raw) {
            flatten(v, &mut objects, 0);
        }
    }
    let is_article = |o: &Value| match o.get("@type") {
        Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts
            .iter()
            .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
        _ => false,
    };
    // Rank by type: news and article types before a generic WebPage.
    let rank = |o: &Value| {
        let t = match o.get("@type") {
            Some(Value::String(t)) => t.as_str(),
            Some(Value::Array(ts)) => ts.first().and_then(Value::as_str).unwrap_or(""),
            _ => "",
        };
        ARTICLE_TYPES
            .iter()
            .position(|a| *a == t)
            .unwrap_or(ARTICLE_TYPES.len())
    };
    let best = objects
        .iter()
        .filter(|o| is_article(o))
        .min_by_key(|o| rank(o))
        .or_else(|| objects.iter().find(|o| o.get("datePublished").is_some()));
    best.cloned()
}

/// Collects JSON-LD objects from nested arrays and `@graph` lists.
fn flatten(v: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => {
            for item in items {
                flatten(item, out, depth + 1);
            }
        }
        Value::Object(mut obj) => {
            if let Some(graph) = obj.remove("@graph") {
                flatten(graph, out, depth + 1);
            }
            out.push(Value::Object(obj));
        }
        _ => {}
    }
}

/// A string field of a JSON-LD object (the first string of an array is taken too).
fn str_field(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => nonempty(s),
        Value::Array(items) => items.iter().find_map(Value::as_str).and_then(nonempty),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deeply_nested_page_falls_back_to_body_text() {
        let n = 2000;
        let html = format!(
            "<html><body>{}<p>Deep text.</p>{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let mut sink = Sink::default();
        let start = std::time::Instant::now();
        read("deep.html", &html, &mut sink);
        assert!(start.elapsed().as_secs() < 10);
        assert_eq!(sink.articles[0].text, "Deep text.");
        assert!(sink.diagnostics[0].message.contains("nested"));
    }

    #[test]
    fn paragraphs_are_separated_by_one_blank_line() {
        assert_eq!(paragraphs("  a \n\n\n b\nc \n\n"), "a\n\nb\nc");
    }

    #[test]
    fn html_is_sniffed_after_comments_and_xml_declaration() {
        assert!(looks_like_html("<?xml version='1.0'?>\n<!-- x --><html>"));
        assert!(looks_like_html("<!DOCTYPE HTML>"));
        assert!(!looks_like_html("<3 this story"));
    }

    #[test]
    fn json_ld_graph_article_wins_over_website() {
        let doc = Document::from(
            r#"<html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site"},
              {"@type":"NewsArticle","headline":"H","datePublished":"2016-09-22T10:00:00Z",
               "publisher":{"@type":"Organization","name":"Daily"}}]}
            </script></head><body></body></html>"#,
        );
        let meta = page_meta(&doc);
        assert_eq!(meta.title.as_deref(), Some("H"));
        assert_eq!(meta.outlet.as_deref(), Some("Daily"));
        assert_eq!(
            meta.published,
            Some((
                "2016-09-22T10:00:00Z".to_string(),
                "json-ld:datePublished".to_string()
            ))
        );
    }
}
