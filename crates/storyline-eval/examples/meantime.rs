//! Actor extraction measured against MEANTIME (English Wikinews, NewsReader project, CC BY 4.0).
//!
//! ```text
//! cargo run --release -p storyline-eval --example meantime [-- /path/to/shared/data/meantime]
//! ```
//!
//! For each topic corpus (30 articles) the article text is rebuilt from the annotated tokens (title
//! as a headline block, the body as one content block, the gold sentences as sentences) and all
//! articles of the corpus form one story, so alias merging works across articles as in a brief.
//!
//! Scores:
//! - **Mention detection** against gold named mentions (`syntactic_type` NAM) of type PER, ORG or
//!   LOC, outside the title: relaxed match (the spans overlap), each gold mention matched once.
//!   Predictions that overlap a gold mention of another type (PRO products, FIN, MIX) are left out
//!   of the count: they are neither right nor wrong for these three types. Untyped (any actor
//!   mention) and typed (person → PER, organization → ORG, country/place → LOC) P/R/F1.
//!   MEANTIME annotates entity mentions only where they take part in annotated events, so many
//!   correct names are unannotated (`Apple`, `Boeing`, `Jobs` are the most frequent unmatched
//!   predictions): precision is a lower bound. A lenient precision also credits predictions whose
//!   text is a name the gold annotates elsewhere in the corpus.
//! - **Typing accuracy** over the detected gold mentions (unaffected by the partial annotation).
//! - **Alias merging**: over the gold mentions that were detected, B-cubed P/R/F1 of our actor
//!   groups against the gold cross-document `instance_id`s, and pairwise P/R/F1 restricted to pairs
//!   of mentions in different articles.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use storyline_core::{
    Article, ArticleId, Document, Published, Sentence, Story, actors::analyse, vector::StoryIndex,
};
use storyline_text::Span;
use storyline_text::clean::{Block, BlockKind, Cleaned, TextMeta};

struct Gold {
    span: Span,
    kind: &'static str,
    instance: String,
}

struct Parsed {
    text: String,
    title: Span,
    body: Span,
    sentences: Vec<Span>,
    gold: Vec<Gold>,
    /// Spans of gold mentions of other types (products, financial...).
    neutral: Vec<Span>,
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let mut from = 0;
    while let Some(k) = tag[from..].find(&key) {
        let at = from + k;
        if at == 0 || tag[..at].ends_with(char::is_whitespace) {
            let i = at + key.len();
            let j = tag[i..].find('"')? + i;
            return Some(&tag[i..j]);
        }
        from = at + key.len();
    }
    None
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// True when no space goes before this token in rebuilt text.
fn glue_left(tok: &str) -> bool {
    matches!(
        tok,
        "," | "."
            | ":"
            | ";"
            | "!"
            | "?"
            | ")"
            | "]"
            | "%"
            | "'s"
            | "'"
            | "n't"
            | "'re"
            | "'ve"
            | "'ll"
            | "'d"
            | "'m"
    )
}

fn parse(xml: &str) -> Parsed {
    // Tokens.
    let mut tokens: Vec<(String, String, u32)> = Vec::new(); // (t_id, text, sentence)
    let mut rest = xml;
    while let Some(i) = rest.find("<token ") {
        let after = &rest[i..];
        let Some(close) = after.find('>') else { break };
        let tag = &after[..close];
        let Some(end) = after.find("</token>") else {
            break;
        };
        let body = &after[close + 1..end];
        tokens.push((
            attr(tag, "t_id").unwrap_or_default().to_string(),
            unescape(body),
            attr(tag, "sentence")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0),
        ));
        rest = &after[end..];
    }
    // Text: title line, blank line, body.
    let mut text = String::new();
    let mut spans: HashMap<String, Span> = HashMap::new();
    let mut sentence_spans: BTreeMap<u32, Span> = BTreeMap::new();
    let mut title = Span::default();
    let mut body_start = 0;
    let mut prev_sentence = None;
    let mut prev_tok = String::new();
    for (id, tok, sent) in &tokens {
        if prev_sentence != Some(*sent) {
            if prev_sentence == Some(0) {
                title = Span::new(0, text.len());
                text.push_str("\n\n");
                body_start = text.len();
            } else if prev_sentence.is_some() {
                text.push(' ');
            }
        } else if !glue_left(tok) && prev_tok != "(" && prev_tok != "$" {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(tok);
        let span = Span::new(start, text.len());
        spans.insert(id.clone(), span);
        let e = sentence_spans.entry(*sent).or_insert(span);
        e.end = span.end;
        prev_sentence = Some(*sent);
        prev_tok.clone_from(tok);
    }
    let body = Span::new(body_start, text.len());
    // Mentions.
    let mut mentions: HashMap<String, (Span, String)> = HashMap::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<ENTITY_MENTION ") {
        let after = &rest[i..];
        let Some(end) = after.find("</ENTITY_MENTION>") else {
            break;
        };
        let block = &after[..end];
        let tag = &block[..block.find('>').unwrap_or(0)];
        let mut span: Option<Span> = None;
        for part in block.split("<token_anchor ").skip(1) {
            if let Some(s) = attr(part, "t_id").and_then(|t| spans.get(t)) {
                span = Some(span.map_or(*s, |o| Span::new(o.start.min(s.start), o.end.max(s.end))));
            }
        }
        if let (Some(m), Some(span)) = (attr(tag, "m_id"), span) {
            let syn = attr(tag, "syntactic_type").unwrap_or_default().to_string();
            mentions.insert(m.to_string(), (span, syn));
        }
        rest = &after[end..];
    }
    // Entities (instances) by m_id.
    let mut entities: HashMap<String, (String, String)> = HashMap::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<ENTITY ") {
        let after = &rest[i..];
        let tag = &after[..after.find('>').unwrap_or(after.len())];
        if let (Some(m), Some(t), Some(inst)) = (
            attr(tag, "m_id"),
            attr(tag, "ent_type"),
            attr(tag, "instance_id"),
        ) {
            entities.insert(m.to_string(), (t.to_string(), inst.to_string()));
        }
        rest = &after[tag.len()..];
    }
    // REFERS_TO: mention -> entity.
    let mut gold = Vec::new();
    let mut neutral = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<REFERS_TO") {
        let after = &rest[i..];
        let Some(end) = after.find("</REFERS_TO>") else {
            break;
        };
        let block = &after[..end];
        let target = block
            .split("<target ")
            .nth(1)
            .and_then(|t| attr(t, "m_id"))
            .and_then(|m| entities.get(m));
        if let Some((etype, inst)) = target {
            for part in block.split("<source ").skip(1) {
                let Some((span, syn)) = attr(part, "m_id").and_then(|m| mentions.get(m)) else {
                    continue;
                };
                if span.start < body.start || !(syn == "NAM" || syn == "PRE.NAM") {
                    continue;
                }
                let kind = match etype.as_str() {
                    "PER" if syn == "NAM" => "PER",
                    "ORG" if syn == "NAM" => "ORG",
                    "LOC" if syn == "NAM" => "LOC",
                    _ => {
                        neutral.push(*span);
                        continue;
                    }
                };
                gold.push(Gold {
                    span: *span,
                    kind,
                    instance: inst.clone(),
                });
            }
        }
        rest = &after[end..];
    }
    gold.sort_by_key(|g| (g.span.start, g.span.end));
    gold.dedup_by_key(|g| (g.span.start, g.span.end));
    let sentences = sentence_spans
        .into_iter()
        .filter(|(s, _)| *s > 0)
        .map(|(_, sp)| sp)
        .collect();
    Parsed {
        text,
        title,
        body,
        sentences,
        gold,
        neutral,
    }
}

fn document(id: u32, p: &Parsed) -> Document {
    // One content block per gold sentence: MEANTIME keeps no paragraphs, and sentence starts matter
    // to capitalisation.
    let mut blocks = vec![Block {
        span: p.title,
        kind: BlockKind::Headline,
        reason: String::new(),
    }];
    blocks.extend(p.sentences.iter().map(|s| Block {
        span: *s,
        kind: BlockKind::Content,
        reason: String::new(),
    }));
    let sentences = p
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| Sentence {
            span: *s,
            block: i as u32 + 1,
            position: i as u32,
        })
        .collect();
    Document {
        article: Article {
            id: ArticleId(id),
            text: p.text.clone(),
            ..Article::default()
        },
        cleaned: Cleaned {
            blocks,
            meta: TextMeta::default(),
        },
        sentences,
        title: Some(p.title.slice(&p.text).to_string()),
        outlet: None,
        published: Published::unknown(),
        anchor: None,
        straight_marks: None,
    }
}

#[derive(Default)]
struct Prf {
    tp_p: usize,
    pred: usize,
    tp_g: usize,
    gold: usize,
}

impl Prf {
    fn p(&self) -> f64 {
        self.tp_p as f64 / self.pred.max(1) as f64
    }
    fn r(&self) -> f64 {
        self.tp_g as f64 / self.gold.max(1) as f64
    }
    fn f(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn line(&self, name: &str) -> String {
        format!(
            "{name:<22} P {:.3}  R {:.3}  F1 {:.3}  (pred {}, gold {})",
            self.p(),
            self.r(),
            self.f(),
            self.pred,
            self.gold
        )
    }
    fn add(&mut self, o: &Prf) {
        self.tp_p += o.tp_p;
        self.pred += o.pred;
        self.tp_g += o.tp_g;
        self.gold += o.gold;
    }
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn label(kind: &str) -> Option<&'static str> {
    match kind {
        "person" => Some("PER"),
        "organization" => Some("ORG"),
        "country" | "place" => Some("LOC"),
        _ => None,
    }
}

struct Scores {
    untyped: Prf,
    typed: BTreeMap<&'static str, Prf>,
    bcubed: (f64, f64, usize),
    pairs: (usize, usize, usize),
    /// (gold type, predicted type) counts over detected gold mentions.
    confusion: BTreeMap<(&'static str, &'static str), usize>,
    /// (predictions overlapping gold or naming a gold-annotated name, predictions).
    lenient: (usize, usize),
}

fn evaluate(dir: &Path) -> Scores {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "xml"));
    files.sort();
    let parsed: Vec<Parsed> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .map(|x| parse(&x))
        .collect();
    let documents: Vec<Document> = parsed
        .iter()
        .enumerate()
        .map(|(i, p)| document(i as u32, p))
        .collect();
    let index = StoryIndex::build(&documents);
    let story = Story {
        kept: vec![true; documents.len()],
        documents,
        candidates: Vec::new(),
        index,
    };
    let analysis = analyse(&story);
    let mut untyped = Prf::default();
    let mut typed: BTreeMap<&'static str, Prf> = BTreeMap::new();
    // Names the gold annotates somewhere in the corpus (MEANTIME annotates only mentions that take
    // part in annotated events, so an unmatched prediction of such a name is mostly unannotated,
    // not wrong): for the lenient precision.
    let gold_names: std::collections::BTreeSet<String> = parsed
        .iter()
        .flat_map(|p| p.gold.iter().map(|g| g.span.slice(&p.text).to_lowercase()))
        .collect();
    let mut lenient = (0usize, 0usize);
    // (doc, gold instance, predicted group) of detected gold mentions.
    let mut linked: Vec<(usize, String, usize)> = Vec::new();
    let mut confusion: BTreeMap<(&'static str, &'static str), usize> = BTreeMap::new();
    for (d, p) in parsed.iter().enumerate() {
        let preds: Vec<(Span, usize, Option<&'static str>)> = analysis
            .mentions
            .iter()
            .filter(|m| m.doc == d && m.span.start >= p.body.start)
            .filter(|m| {
                // Neutral: overlaps a gold mention of another type and no PER/ORG/LOC one.
                !p.neutral.iter().any(|n| overlaps(*n, m.span))
                    || p.gold.iter().any(|g| overlaps(g.span, m.span))
            })
            .map(|m| (m.span, m.group, label(&analysis.groups[m.group].kind)))
            .collect();
        if std::env::var("DUMP").is_ok() {
            for (s, g, l) in &preds {
                let hit = p
                    .gold
                    .iter()
                    .find(|x| overlaps(x.span, *s))
                    .map_or("-", |x| x.kind);
                eprintln!(
                    "DUMP\t{}\t{}\t{}",
                    s.slice(&p.text),
                    l.unwrap_or("other"),
                    hit
                );
                let _ = g;
            }
            for g in &p.gold {
                if !preds.iter().any(|x| overlaps(x.0, g.span)) {
                    eprintln!("MISS\t{}\t{}", g.span.slice(&p.text), g.kind);
                }
            }
        }
        // Untyped.
        lenient.1 += preds.len();
        lenient.0 += preds
            .iter()
            .filter(|(s, _, _)| {
                p.gold.iter().any(|g| overlaps(g.span, *s))
                    || gold_names.contains(&s.slice(&p.text).to_lowercase())
            })
            .count();
        untyped.pred += preds.len();
        untyped.gold += p.gold.len();
        untyped.tp_p += preds
            .iter()
            .filter(|(s, _, _)| p.gold.iter().any(|g| overlaps(g.span, *s)))
            .count();
        for g in &p.gold {
            if let Some((ps, group, lab)) = preds.iter().find(|(s, _, _)| overlaps(g.span, *s)) {
                *confusion
                    .entry((g.kind, lab.unwrap_or("other")))
                    .or_default() += 1;
                if std::env::var("DUMP").is_ok() {
                    eprintln!(
                        "LINK\t{}\t{}\t{}\t{}",
                        g.instance,
                        g.span.slice(&p.text),
                        ps.slice(&p.text),
                        analysis.groups[*group].name
                    );
                }
                untyped.tp_g += 1;
                linked.push((d, g.instance.clone(), *group));
            }
        }
        // Typed.
        for t in ["PER", "ORG", "LOC"] {
            let e = typed.entry(t).or_default();
            e.pred += preds.iter().filter(|x| x.2 == Some(t)).count();
            e.gold += p.gold.iter().filter(|g| g.kind == t).count();
            e.tp_p += preds
                .iter()
                .filter(|x| {
                    x.2 == Some(t) && p.gold.iter().any(|g| g.kind == t && overlaps(g.span, x.0))
                })
                .count();
            e.tp_g += p
                .gold
                .iter()
                .filter(|g| {
                    g.kind == t
                        && preds
                            .iter()
                            .any(|x| x.2 == Some(t) && overlaps(g.span, x.0))
                })
                .count();
        }
    }
    // B-cubed over linked mentions.
    let n = linked.len();
    let (mut bp, mut br) = (0.0, 0.0);
    let (mut both, mut same_pred, mut same_gold) = (0usize, 0usize, 0usize);
    for i in 0..n {
        let pred_cluster: Vec<usize> = (0..n).filter(|&j| linked[j].2 == linked[i].2).collect();
        let gold_cluster: Vec<usize> = (0..n).filter(|&j| linked[j].1 == linked[i].1).collect();
        let inter = pred_cluster
            .iter()
            .filter(|j| gold_cluster.contains(j))
            .count() as f64;
        bp += inter / pred_cluster.len() as f64;
        br += inter / gold_cluster.len() as f64;
        for j in i + 1..n {
            if linked[i].0 == linked[j].0 {
                continue;
            }
            let p = linked[i].2 == linked[j].2;
            let g = linked[i].1 == linked[j].1;
            both += usize::from(p && g);
            same_pred += usize::from(p);
            same_gold += usize::from(g);
        }
    }
    Scores {
        untyped,
        typed,
        bcubed: (bp, br, n),
        pairs: (both, same_pred, same_gold),
        confusion,
        lenient,
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn main() {
    let root = std::env::args().nth(1).map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/meantime"),
        PathBuf::from,
    );
    let base = root.join("intra_cross-doc_annotation");
    let Ok(rd) = std::fs::read_dir(&base) else {
        eprintln!(
            "MEANTIME not found at {} (pass its folder as the first argument)",
            base.display()
        );
        return;
    };
    let mut corpora: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    corpora.sort();
    let mut untyped = Prf::default();
    let mut typed: BTreeMap<&'static str, Prf> = BTreeMap::new();
    let (mut bp, mut br, mut bn) = (0.0, 0.0, 0usize);
    let (mut both, mut sp, mut sg) = (0, 0, 0);
    let mut confusion: BTreeMap<(&'static str, &'static str), usize> = BTreeMap::new();
    let mut lenient = (0usize, 0usize);
    for c in &corpora {
        let s = evaluate(c);
        let name = c
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        println!("== {name}");
        println!("{}", s.untyped.line("mentions (untyped)"));
        for (t, prf) in &s.typed {
            println!("{}", prf.line(t));
        }
        untyped.add(&s.untyped);
        for (t, prf) in &s.typed {
            typed.entry(t).or_default().add(prf);
        }
        lenient.0 += s.lenient.0;
        lenient.1 += s.lenient.1;
        for (k, v) in &s.confusion {
            *confusion.entry(*k).or_default() += v;
        }
        bp += s.bcubed.0;
        br += s.bcubed.1;
        bn += s.bcubed.2;
        both += s.pairs.0;
        sp += s.pairs.1;
        sg += s.pairs.2;
    }
    let mut micro = Prf::default();
    for prf in typed.values() {
        micro.add(prf);
    }
    println!("== all corpora");
    println!("{}", untyped.line("mentions (untyped)"));
    println!(
        "untyped precision, lenient (also crediting names the gold annotates elsewhere in the corpus): {:.3}",
        lenient.0 as f64 / lenient.1.max(1) as f64
    );
    for (t, prf) in &typed {
        println!("{}", prf.line(t));
    }
    println!("{}", micro.line("typed micro"));
    let detected: usize = confusion.values().sum();
    let right: usize = confusion
        .iter()
        .filter(|((g, p), _)| g == p)
        .map(|(_, v)| v)
        .sum();
    println!(
        "typing accuracy on detected gold mentions {:.3} ({right}/{detected}); confusion (gold→pred): {}",
        right as f64 / detected.max(1) as f64,
        confusion
            .iter()
            .map(|((g, p), v)| format!("{g}→{p} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let (p, r) = (bp / bn.max(1) as f64, br / bn.max(1) as f64);
    println!(
        "merging B-cubed        P {p:.3}  R {r:.3}  F1 {:.3}  (over {bn} detected gold mentions)",
        f1(p, r)
    );
    let (pp, pr) = (
        both as f64 / sp.max(1) as f64,
        both as f64 / sg.max(1) as f64,
    );
    println!(
        "merging cross-doc pairs P {pp:.3}  R {pr:.3}  F1 {:.3}  (pred pairs {sp}, gold pairs {sg})",
        f1(pp, pr)
    );
}
