//! Renderer tests: a hand-built brief (`testdata/io/brief.json`, with Markdown-special characters,
//! a dropped source, a duplicate, an unknown date and diagnostics) rendered both ways and compared
//! with `insta` snapshots; the JSON output checked against `docs/brief.schema.json`, and that
//! schema checked against the prose in `docs/json-schema.md`.
//!
//! The schema check is a small validator for the part of JSON Schema the file uses (`type`,
//! `enum`, `properties`, `required`, `additionalProperties: false`, `items`, `prefixItems`,
//! `minItems`/`maxItems`, `minimum`/`maximum`, `pattern`, `anyOf`, local `$ref`): enough to catch a
//! field the docs do not list or a required field missing, without a heavy validator dependency.

use std::path::{Path, PathBuf};

use serde_json::Value;
use storyline_core::Brief;
use storyline_io::render::{Format, render, write_json_line};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sample() -> Brief {
    let raw = std::fs::read_to_string(root().join("testdata/io/brief.json")).unwrap();
    serde_json::from_str(&raw).expect("brief.json matches the Brief type")
}

fn schema() -> Value {
    let raw = std::fs::read_to_string(root().join("docs/brief.schema.json")).unwrap();
    serde_json::from_str(&raw).expect("the schema is JSON")
}

/// Checks `v` against `s`; errors are pushed with their JSON path.
fn validate(v: &Value, s: &Value, defs: &Value, path: &str, errors: &mut Vec<String>) {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").expect("only local $defs refs");
        let target = defs.get(name).unwrap_or_else(|| panic!("unknown $ref {r}"));
        validate(v, target, defs, path, errors);
        return;
    }
    if let Some(options) = s.get("anyOf").and_then(Value::as_array) {
        let ok = options.iter().any(|o| {
            let mut errs = Vec::new();
            validate(v, o, defs, path, &mut errs);
            errs.is_empty()
        });
        if !ok {
            errors.push(format!("{path}: matches no anyOf option"));
        }
    }
    if let Some(t) = s.get("type") {
        let types: Vec<&str> = match t {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => panic!("bad type in schema at {path}"),
        };
        let actual_ok = types.iter().any(|t| match *t {
            "string" => v.is_string(),
            "integer" => v.is_u64() || v.is_i64(),
            "number" => v.is_number(),
            "array" => v.is_array(),
            "object" => v.is_object(),
            "null" => v.is_null(),
            "boolean" => v.is_boolean(),
            other => panic!("unsupported type {other}"),
        });
        if !actual_ok {
            errors.push(format!("{path}: {v} is not of type {types:?}"));
            return;
        }
    }
    if let Some(allowed) = s.get("enum").and_then(Value::as_array)
        && !allowed.contains(v)
    {
        errors.push(format!("{path}: {v} not in {allowed:?}"));
    }
    if let Some(n) = v.as_f64() {
        if let Some(min) = s.get("minimum").and_then(Value::as_f64)
            && n < min
        {
            errors.push(format!("{path}: {n} < {min}"));
        }
        if let Some(max) = s.get("maximum").and_then(Value::as_f64)
            && n > max
        {
            errors.push(format!("{path}: {n} > {max}"));
        }
    }
    if let (Some(text), Some(p)) = (v.as_str(), s.get("pattern").and_then(Value::as_str))
        && !regex::Regex::new(p).unwrap().is_match(text)
    {
        errors.push(format!("{path}: {text:?} does not match {p}"));
    }
    if let Some(obj) = v.as_object() {
        let props = s.get("properties").and_then(Value::as_object);
        for req in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let req = req.as_str().unwrap();
            if !obj.contains_key(req) {
                errors.push(format!("{path}: missing required `{req}`"));
            }
        }
        for (k, val) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(ps) => validate(val, ps, defs, &format!("{path}.{k}"), errors),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{path}: `{k}` is not in the schema"));
                }
                None => {}
            }
        }
    }
    if let Some(items) = v.as_array() {
        let len = items.len() as u64;
        if let Some(min) = s.get("minItems").and_then(Value::as_u64)
            && len < min
        {
            errors.push(format!("{path}: {len} items < {min}"));
        }
        if let Some(max) = s.get("maxItems").and_then(Value::as_u64)
            && len > max
        {
            errors.push(format!("{path}: {len} items > {max}"));
        }
        let prefix = s.get("prefixItems").and_then(Value::as_array);
        for (i, item) in items.iter().enumerate() {
            let item_schema = prefix.and_then(|p| p.get(i)).or_else(|| s.get("items"));
            if let Some(is) = item_schema {
                validate(item, is, defs, &format!("{path}[{i}]"), errors);
            }
        }
    }
}

fn schema_errors(json: &str) -> Vec<String> {
    let schema = schema();
    let value: Value = serde_json::from_str(json).expect("JSON output parses");
    let mut errors = Vec::new();
    validate(&value, &schema, &schema["$defs"], "$", &mut errors);
    errors
}

#[test]
fn markdown_rendering_of_the_sample_brief() {
    let md = render(&sample(), Format::Markdown).unwrap();
    insta::assert_snapshot!(md);
}

#[test]
fn json_rendering_of_the_sample_brief() {
    let json = render(&sample(), Format::Json).unwrap();
    insta::assert_snapshot!(json);
}

#[test]
fn json_output_validates_against_the_documented_schema() {
    let json = render(&sample(), Format::Json).unwrap();
    let errors = schema_errors(&json);
    assert!(errors.is_empty(), "{errors:#?}");
    // An empty brief leaves out every optional field and must validate too.
    let empty = render(&Brief::default(), Format::Json).unwrap();
    let errors = schema_errors(&empty);
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn real_engine_output_validates_against_the_schema() {
    use storyline_core::{Engine, EngineConfig};
    use storyline_io::read::{InputFormat, read_paths};
    let engine = Engine::new(EngineConfig::default()).unwrap();
    for inputs in [
        vec![root().join("examples/lavrov-kerry-syria")],
        vec![
            root().join("testdata/io/html"),
            root().join("testdata/io/plain"),
            root().join("testdata/io/binary.png"),
        ],
    ] {
        let input = read_paths(&inputs, InputFormat::Auto).unwrap();
        let cluster = input.clusters.into_iter().next().unwrap();
        let brief = engine.brief(cluster.articles, input.diagnostics);
        assert!(!brief.sources.is_empty());
        let json = render(&brief, Format::Json).unwrap();
        let errors = schema_errors(&json);
        assert!(errors.is_empty(), "{inputs:?}: {errors:#?}");
        let md = render(&brief, Format::Markdown).unwrap();
        assert!(md.contains("\n## Sources\n"));
    }
}

#[test]
fn schema_check_catches_undocumented_and_missing_fields() {
    let mut value: Value = serde_json::from_str(&render(&sample(), Format::Json).unwrap()).unwrap();
    value["sources"][0]["mystery"] = Value::from(1);
    value["summary"][0].as_object_mut().unwrap().remove("spans");
    value["sources"][1]["published"]["from"] = Value::from("guess");
    let errors = schema_errors(&value.to_string());
    assert_eq!(errors.len(), 3, "{errors:#?}");
}

#[test]
fn json_round_trips_to_the_same_brief() {
    let brief = sample();
    let json = render(&brief, Format::Json).unwrap();
    let back: Brief = serde_json::from_str(&json).unwrap();
    assert_eq!(back, brief);
}

#[test]
fn every_schema_field_is_documented_in_prose() {
    let doc = std::fs::read_to_string(root().join("docs/json-schema.md")).unwrap();
    let schema = schema();
    let mut missing = Vec::new();
    let mut check_props = |owner: &str, s: &Value| {
        for key in s
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|p| p.keys())
        {
            if !doc.contains(&format!("`{key}`")) {
                missing.push(format!("{owner}.{key}"));
            }
        }
    };
    check_props("$", &schema);
    for (name, def) in schema["$defs"].as_object().unwrap() {
        check_props(name, def);
        for nested in def
            .pointer("/properties/rejected/items")
            .into_iter()
            .chain(def.pointer("/properties/mentions/items"))
        {
            check_props(name, nested);
        }
    }
    assert!(missing.is_empty(), "undocumented fields: {missing:?}");
}

#[test]
fn markdown_leaves_out_empty_sections() {
    let md = render(&Brief::default(), Format::Markdown).unwrap();
    assert_eq!(md, "# Untitled story\n\n0 sources\n");
}

/// A brief as one line of compact JSON is `serde_json`'s compact serialisation and a newline
/// (the sample holds Markdown-special characters, quotes, an unknown date and diagnostics).
#[test]
fn json_line_is_serde_jsons_compact_serialisation() {
    let brief = sample();
    let mut want = serde_json::to_vec(&brief).unwrap();
    want.push(b'\n');
    let mut got = b"earlier line\n".to_vec();
    write_json_line(&mut got, &brief).unwrap();
    assert_eq!(
        String::from_utf8(got.split_off(b"earlier line\n".len())).unwrap(),
        String::from_utf8(want).unwrap()
    );
}
