//! JSONL articles and Multi-News records.
//!
//! A JSONL text is read line by line with `serde_json`, so one malformed line is an error diagnostic
//! (`file:LINE`) and the other lines still load. Two whole-text forms are accepted too: a JSON array
//! of records (elements named `file[INDEX]`) and a single pretty-printed object.
//!
//! Each record is decided by its fields:
//! - with `documents` (an array of strings) or `document` (one string with `|||||` between the
//!   articles, as in the Hugging Face release of Multi-News) it is one **cluster**: `id` (string or
//!   number) names it, `summary` is the reference summary and `noise_votes` (Multi-News+) the
//!   per-article noise votes. Empty documents are kept as empty articles, with a warning, so that
//!   article indices stay aligned with `noise_votes`.
//! - otherwise it is one **article**: its text is the first string field of `text`, `body`,
//!   `content`; `title`, `url`, `source` (the outlet) and `published` (a date string, or a number
//!   taken as a Unix timestamp in seconds or milliseconds and written as ISO 8601 UTC) are supplied
//!   metadata. Unknown fields are ignored.

use serde_json::{Map, Value};
use storyline_core::{Article, ArticleId, Origin, SuppliedMeta};

use super::{Cluster, Sink};

/// The Multi-News separator between the articles of a `document` string.
const MULTI_NEWS_SEPARATOR: &str = "|||||";

/// Field names that may hold an article's text, in order of preference.
const TEXT_FIELDS: [&str; 3] = ["text", "body", "content"];

/// True when `head` (already left-trimmed) is JSON records: a first line that is a JSON object, or
/// a whole text that is a JSON object or array of objects.
pub(super) fn looks_like_json(head: &str) -> bool {
    match head.as_bytes().first() {
        Some(b'{') => {
            let first = head.lines().next().unwrap_or_default();
            matches!(serde_json::from_str::<Value>(first), Ok(Value::Object(_)))
                || matches!(serde_json::from_str::<Value>(head), Ok(Value::Object(_)))
        }
        Some(b'[') => match serde_json::from_str::<Value>(head) {
            Ok(Value::Array(items)) => items.first().is_some_and(Value::is_object),
            _ => false,
        },
        _ => false,
    }
}

/// Reads a JSONL (or JSON) text into the sink.
pub(super) fn read(name: &str, text: &str, sink: &mut Sink) {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        match serde_json::from_str::<Vec<Value>>(trimmed) {
            Ok(items) => {
                for (i, item) in items.into_iter().enumerate() {
                    record(&format!("{name}[{i}]"), item, sink);
                }
            }
            Err(e) => sink.error(name, format!("malformed JSON array: {e}; skipped")),
        }
        return;
    }
    let mut seen_record = false;
    for (i, line) in lines(text).enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let at = format!("{name}:{}", i + 1);
        // A line that is a JSON object is read straight into the fields a record has; anything
        // else (another JSON value, malformed JSON) is read again as a `Value` for the message.
        if let Ok(fields) = serde_json::from_str::<Fields>(line) {
            seen_record = true;
            fields_record(&at, fields, sink);
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(value) => {
                seen_record = true;
                record(&at, value, sink);
            }
            Err(e) => {
                // A pretty-printed single object fails on its first line; read it whole.
                if !seen_record && let Ok(value @ Value::Object(_)) = serde_json::from_str(text) {
                    record(&format!("{name}:{}", i + 1), value, sink);
                    return;
                }
                seen_record = true;
                sink.error(
                    at,
                    format!(
                        "malformed JSON at column {}: {}; line skipped",
                        e.column(),
                        message(&e)
                    ),
                );
            }
        }
    }
}

/// The lines of `text`, split at each `\n` found by `memchr` (many bytes at a time: a Multi-News
/// record is one line of tens of kilobytes). A `\r` before the `\n` stays on its line and a text
/// ending in `\n` gives a last empty line; [`read`] trims every line and skips empty ones, so it
/// reads the lines and line numbers of `str::lines`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        let end = memchr::memchr(b'\n', r.as_bytes());
        rest = end.map(|k| &r[k + 1..]);
        Some(end.map_or(r, |k| &r[..k]))
    })
}

/// A serde_json error message without its "at line L column C" suffix (lines are ours).
fn message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_string(),
        None => full,
    }
}

/// The fields of a record that [`fields_record`] reads, each as the JSON value written (the
/// last one when a key repeats, as `serde_json::Map` keeps it); the other fields are parsed and
/// dropped.
///
/// A line is read into this straight from its text rather than into a `serde_json::Map`: no
/// `String` per key, no map, and the documents' strings are moved into the articles instead of
/// copied out of the map. It accepts exactly the objects a `Value` accepts (every field,
/// known or not, is parsed as a `Value`), and nothing else.
#[derive(Debug, Default, PartialEq)]
struct Fields {
    id: Option<Value>,
    documents: Option<Value>,
    document: Option<Value>,
    summary: Option<Value>,
    noise_votes: Option<Value>,
    text: Option<Value>,
    body: Option<Value>,
    content: Option<Value>,
    title: Option<Value>,
    url: Option<Value>,
    source: Option<Value>,
    published: Option<Value>,
}

impl Fields {
    /// The slot of the field named `key`, or `None` for a field no record reads.
    fn slot(&mut self, key: &str) -> Option<&mut Option<Value>> {
        Some(match key {
            "id" => &mut self.id,
            "documents" => &mut self.documents,
            "document" => &mut self.document,
            "summary" => &mut self.summary,
            "noise_votes" => &mut self.noise_votes,
            "text" => &mut self.text,
            "body" => &mut self.body,
            "content" => &mut self.content,
            "title" => &mut self.title,
            "url" => &mut self.url,
            "source" => &mut self.source,
            "published" => &mut self.published,
            _ => return None,
        })
    }

    /// The fields of a JSON object read as a `Value`.
    fn of_map(obj: Map<String, Value>) -> Self {
        let mut fields = Self::default();
        for (key, value) in obj {
            if let Some(slot) = fields.slot(&key) {
                *slot = Some(value);
            }
        }
        fields
    }

    /// The value of the text field `name` (one of [`TEXT_FIELDS`]).
    fn text_field(&mut self, name: &str) -> &mut Option<Value> {
        match name {
            "text" => &mut self.text,
            "body" => &mut self.body,
            _ => &mut self.content,
        }
    }
}

impl<'de> serde::Deserialize<'de> for Fields {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(FieldsVisitor)
    }
}

/// Reads a JSON object's fields into [`Fields`].
struct FieldsVisitor;

impl<'de> serde::de::Visitor<'de> for FieldsVisitor {
    type Value = Fields;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let mut fields = Fields::default();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let value: Value = map.next_value()?;
            if let Some(slot) = fields.slot(&key.0) {
                *slot = Some(value);
            }
        }
        Ok(fields)
    }
}

/// An object's key, borrowed from the line when it has no escapes (most keys).
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a key")
            }

            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(v)))
            }

            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Reads one record (`at` names it in diagnostics and origins).
fn record(at: &str, value: Value, sink: &mut Sink) {
    let Value::Object(obj) = value else {
        sink.error(
            at,
            format!("expected a JSON object, found {}; skipped", kind(&value)),
        );
        return;
    };
    fields_record(at, Fields::of_map(obj), sink);
}

/// Reads one record from its fields.
fn fields_record(at: &str, fields: Fields, sink: &mut Sink) {
    if fields.documents.is_some() || fields.document.is_some() {
        multi_news(at, fields, sink);
    } else {
        article(at, fields, sink);
    }
}

/// One article line.
fn article(at: &str, mut obj: Fields, sink: &mut Sink) {
    let Some(field) = TEXT_FIELDS.iter().find(|f| obj.text_field(f).is_some()) else {
        sink.error(at, "no `text`, `body` or `content` field; skipped");
        return;
    };
    let text = match obj.text_field(field).take() {
        Some(Value::String(s)) => s,
        Some(other) => {
            sink.error(
                at,
                format!("`{field}` is {}, not a string; skipped", kind(&other)),
            );
            return;
        }
        None => unreachable!("the field was found above"),
    };
    if text.trim().is_empty() {
        sink.error(at, format!("`{field}` is empty; skipped"));
        return;
    }
    let published = match &obj.published {
        Some(Value::Number(n)) => n.as_i64().and_then(unix_to_iso),
        other => scalar(at, other.as_ref(), "published", sink),
    };
    let url = scalar(at, obj.url.as_ref(), "url", sink);
    let supplied = SuppliedMeta {
        title: scalar(at, obj.title.as_ref(), "title", sink),
        outlet: scalar(at, obj.source.as_ref(), "source", sink),
        published_from: published.as_ref().map(|_| "jsonl:published".to_string()),
        published,
    };
    sink.articles.push(Article {
        id: ArticleId(0),
        origin: Origin {
            path: Some(at.to_string()),
            url,
        },
        text,
        supplied,
    });
}

/// A metadata field (named `field`) as a trimmed non-empty string (numbers are written out);
/// other types warn.
fn scalar(at: &str, value: Option<&Value>, field: &str, sink: &mut Sink) -> Option<String> {
    let s = match value? {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Null => return None,
        other => {
            sink.warn(
                at,
                format!("`{field}` is {}, not a string; ignored", kind(other)),
            );
            return None;
        }
    };
    (!s.is_empty()).then_some(s)
}

/// One Multi-News record: a cluster of its own.
fn multi_news(at: &str, obj: Fields, sink: &mut Sink) {
    let noise_votes = match &obj.noise_votes {
        None | Some(Value::Null) => None,
        Some(Value::Array(votes)) => Some(
            votes
                .iter()
                .map(|v| v.as_u64().map_or(0, |n| n.min(u64::from(u8::MAX)) as u8))
                .collect::<Vec<u8>>(),
        ),
        Some(other) => {
            sink.warn(
                at,
                format!("`noise_votes` is {}, not an array; ignored", kind(other)),
            );
            None
        }
    };
    let docs: Vec<String> = match (obj.documents, &obj.document) {
        (Some(Value::Array(items)), _) => items
            .into_iter()
            .enumerate()
            .map(|(k, v)| match v {
                Value::String(s) => s,
                other => {
                    sink.warn(
                        at,
                        format!(
                            "document {} is {}; kept as an empty article",
                            k + 1,
                            kind(&other)
                        ),
                    );
                    String::new()
                }
            })
            .collect(),
        (_, Some(Value::String(joined))) => {
            let mut pieces: Vec<String> = joined
                .split(MULTI_NEWS_SEPARATOR)
                .map(|p| p.trim().to_string())
                .collect();
            // The release ends some records with a separator; that is not an extra document unless
            // the noise votes count it.
            let votes = noise_votes.as_ref().map(Vec::len);
            if pieces.len() > 1
                && pieces.last().is_some_and(String::is_empty)
                && votes != Some(pieces.len())
            {
                pieces.pop();
            }
            pieces
        }
        (Some(other), _) => {
            sink.error(
                at,
                format!(
                    "`documents` must be an array of strings or `document` a string, found {}; skipped",
                    kind(&other)
                ),
            );
            return;
        }
        (None, Some(other)) => {
            sink.error(
                at,
                format!(
                    "`documents` must be an array of strings or `document` a string, found {}; skipped",
                    kind(other)
                ),
            );
            return;
        }
        (None, None) => unreachable!("checked by the caller"),
    };
    if let Some(votes) = &noise_votes
        && votes.len() != docs.len()
    {
        sink.warn(
            at,
            format!(
                "`noise_votes` has {} entries for {} documents",
                votes.len(),
                docs.len()
            ),
        );
    }
    let id = match obj.id {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => at.to_string(),
    };
    let mut articles = Vec::with_capacity(docs.len());
    for (k, text) in docs.into_iter().enumerate() {
        let path = format!("{at}#{}", k + 1);
        if text.trim().is_empty() {
            sink.warn(
                &path,
                "empty document; kept as an empty article so indices match `noise_votes`",
            );
        }
        articles.push(Article {
            id: ArticleId(k as u32),
            origin: Origin {
                path: Some(path),
                url: None,
            },
            text,
            supplied: SuppliedMeta::default(),
        });
    }
    if articles.is_empty() {
        sink.warn(at, "record has no documents");
    }
    let reference = match obj.summary {
        Some(Value::String(s)) => Some(s),
        _ => None,
    };
    sink.clusters.push(Cluster {
        id,
        articles,
        reference,
        noise_votes,
    });
}

/// A Unix timestamp (seconds, or milliseconds when it is too large for seconds) as an ISO 8601
/// UTC date-time; `None` outside years 1000–9999.
fn unix_to_iso(t: i64) -> Option<String> {
    let secs = if t.abs() >= 100_000_000_000 {
        t / 1000
    } else {
        t
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (H. Hinnant, "chrono-compatible low-level date
    // algorithms", civil_from_days).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (1000..=9999).contains(&year).then(|| {
        format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        )
    })
}

/// A JSON value's type, for messages.
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The `memchr` line split, trimmed with empty lines skipped, gives the lines and line
        /// numbers that `str::lines` gives.
        #[test]
        fn memchr_lines_match_str_lines(s in "(a|\\{|\n|\r|\r\n| |\u{a0}|é){0,16}") {
            let kept = |it: &mut dyn Iterator<Item = &str>| -> Vec<(usize, String)> {
                it.enumerate()
                    .map(|(i, l)| (i, l.trim().to_string()))
                    .filter(|(_, l)| !l.is_empty())
                    .collect()
            };
            proptest::prop_assert_eq!(kept(&mut lines(&s)), kept(&mut s.lines()));
        }
    }

    /// A line read straight into [`Fields`] has the fields of the same line read as a `Value`
    /// object, repeated keys (the last wins), escaped keys, unknown and nested fields included;
    /// a line that is no JSON object is not read into fields (it goes the `Value` way).
    #[test]
    fn fields_read_straight_match_fields_of_the_value() {
        let objects = [
            r#"{"id": "a", "documents": ["x", 3, null], "summary": "s", "noise_votes": [0, 1]}"#,
            r#"{"documents": "not an array", "document": "a ||||| b", "id": 7}"#,
            r#"{"text": "t", "text": "second", "ti\u0074le": "escaped", "x": {"text": [1]}}"#,
            r#"{"body": null, "content": "c", "published": 1709800000, "url": " u ", "source": 1}"#,
            "{}",
        ];
        for line in objects {
            let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(line) else {
                panic!("{line} is an object");
            };
            let straight: Fields = serde_json::from_str(line).unwrap();
            assert_eq!(straight, Fields::of_map(obj), "{line}");
        }
        assert_eq!(
            serde_json::from_str::<Fields>(objects[2]).unwrap().text,
            Some(Value::String("second".into()))
        );
        for line in ["[1]", "\"text\"", "3", "null", "{\"text\": }", "{} {}"] {
            assert!(serde_json::from_str::<Fields>(line).is_err(), "{line}");
        }
    }

    #[test]
    fn unix_timestamps_become_iso_dates() {
        assert_eq!(unix_to_iso(0).as_deref(), Some("1970-01-01T00:00:00Z"));
        assert_eq!(
            unix_to_iso(1_709_800_000).as_deref(),
            Some("2024-03-07T08:26:40Z")
        );
        assert_eq!(
            unix_to_iso(1_709_800_000_123).as_deref(),
            Some("2024-03-07T08:26:40Z")
        );
        assert_eq!(
            unix_to_iso(951_782_400).as_deref(),
            Some("2000-02-29T00:00:00Z")
        );
        assert_eq!(unix_to_iso(i64::MAX), None);
    }
}
