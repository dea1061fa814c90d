//! The types that flow between phases: [`Article`] (what a reader produced) → [`Document`] (cleaned,
//! segmented, with metadata) → [`Story`] (documents plus merged sentence candidates) → [`Brief`]
//! (what is rendered). Only `Brief` and the types it holds are serialised.

use serde::{Deserialize, Serialize};
use storyline_text::Span;
use storyline_text::clean::Cleaned;
use storyline_text::time::{Date, Precision};

/// Index of an article in its story (0-based; rendered as `[id + 1]`).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct ArticleId(pub u32);

impl ArticleId {
    /// The id as a `usize` index.
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// Where an article came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// File path as given by the user (or `-` for stdin), with `:line` for JSONL records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// URL of the page, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Metadata a reader got from outside the text (HTML meta tags, JSONL fields).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SuppliedMeta {
    /// Title from `<title>`/`og:title` or a JSONL `title` field.
    pub title: Option<String>,
    /// Outlet/source name from a JSONL `source` field or `og:site_name`.
    pub outlet: Option<String>,
    /// Raw publication date string from a meta tag or JSONL `published` field.
    pub published: Option<String>,
    /// Which meta tag or field gave `published` (e.g. `article:published_time`, `jsonl:published`).
    pub published_from: Option<String>,
}

/// One input article as a reader produced it: the text is the original, never modified, so spans
/// into it stay valid for the whole pipeline.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// Position in the story.
    pub id: ArticleId,
    /// Where it came from.
    pub origin: Origin,
    /// The article text (for HTML: the extracted main content).
    pub text: String,
    /// Metadata supplied by the container format.
    pub supplied: SuppliedMeta,
}

impl Article {
    /// Articles of bare texts (no origin, no metadata), numbered in order: what a dataset record
    /// or a test hands the engine.
    ///
    /// ```
    /// let a = storyline_core::Article::from_texts(["One.", "Two."]);
    /// assert_eq!((a[1].id.0, a[1].text.as_str()), (1, "Two."));
    /// ```
    pub fn from_texts<S: Into<String>>(texts: impl IntoIterator<Item = S>) -> Vec<Article> {
        texts
            .into_iter()
            .enumerate()
            .map(|(i, t)| Article {
                id: ArticleId(i as u32),
                text: t.into(),
                ..Article::default()
            })
            .collect()
    }
}

/// How a publication date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// An HTML meta tag or a structured field of the input.
    Meta,
    /// A dateline in the text.
    Dateline,
    /// A date line under the headline.
    DateLine,
    /// A page-top stamp (probably crawl time): only taken when corroborated.
    PageStamp,
    /// Inferred from dates in the content or from other sources of the same story.
    Content,
    /// No date could be found.
    None,
}

/// A publication date with its provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Published {
    /// ISO date (`2015-09-27`, or `2016-09` / `2016` at lower precision); `None` when unknown.
    pub date: Option<String>,
    /// Precision of `date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub precision: Option<Precision>,
    /// Where it came from.
    pub from: DateSource,
    /// Confidence in 0..=1.
    pub confidence: f32,
    /// The text the date was read from, as a span into the article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Other candidates that were not taken, with why.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub rejected: Vec<DateCandidateNote>,
}

impl Published {
    /// An unknown date.
    pub fn unknown() -> Self {
        Self {
            date: None,
            precision: None,
            from: DateSource::None,
            confidence: 0.0,
            span: None,
            rejected: Vec::new(),
        }
    }
}

/// A publication-date candidate that was considered and not taken.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateCandidateNote {
    /// ISO date of the candidate.
    pub date: String,
    /// Where it came from.
    pub from: DateSource,
    /// Why it was not taken.
    pub reason: String,
}

/// Internal form of a resolved publication date, kept next to the rendered [`Published`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnchorDate {
    /// The date.
    pub date: Date,
    /// How it was found.
    pub from: DateSource,
}

/// A sentence of a document's content.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// Byte span into the article text.
    pub span: Span,
    /// Index of the content block (paragraph) it belongs to.
    pub block: u32,
    /// Position of the sentence in the document's content (0-based).
    pub position: u32,
}

/// An article after cleaning, segmentation and metadata extraction.
#[derive(Clone, Debug)]
pub struct Document {
    /// The article, unchanged.
    pub article: Article,
    /// The cleaner's block classification.
    pub cleaned: Cleaned,
    /// Content sentences in order.
    pub sentences: Vec<Sentence>,
    /// Title: supplied, else the headline block.
    pub title: Option<String>,
    /// Outlet name: supplied, else from dateline/byline/URL.
    pub outlet: Option<String>,
    /// Publication date with provenance.
    pub published: Published,
    /// The publication date as an anchor for relative dates (when known).
    pub anchor: Option<AnchorDate>,
    /// The article text with LaTeX-style quotation marks (` ``…'' `) made straight, offsets
    /// unchanged ([`storyline_text::marks::straight_quotes`]); `None` when it has none.
    pub straight_marks: Option<String>,
}

impl Document {
    /// The text of a span of this document.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.article.text)
    }

    /// The text the stages that read quotation marks work on: the article text, or its copy
    /// with straight marks. The same byte offsets; what is shown is sliced from the article text.
    pub fn marked_text(&self) -> &str {
        self.straight_marks
            .as_deref()
            .unwrap_or(self.article.text.as_str())
    }

    /// The article id.
    pub fn id(&self) -> ArticleId {
        self.article.id
    }
}

/// A span in a given source article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SourceSpan {
    /// Which article (0-based id).
    pub source: ArticleId,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl SourceSpan {
    /// A source span from an article id and a span.
    pub const fn new(source: ArticleId, span: Span) -> Self {
        Self {
            source,
            start: span.start,
            end: span.end,
        }
    }

    /// The span part.
    pub const fn span(self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Reference to one sentence of one document: `(document index, sentence index)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SentenceRef {
    /// Document index (== article id).
    pub doc: u32,
    /// Sentence index within the document.
    pub sent: u32,
}

/// A summary candidate: one sentence text carried by one or more sources (near-duplicates merged).
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The representative sentence (its text is what the summary shows).
    pub rep: SentenceRef,
    /// Every sentence merged into this candidate, the representative first.
    pub members: Vec<SentenceRef>,
}

/// The documents of one story, with near-duplicate sentences merged into candidates.
#[derive(Clone, Debug)]
pub struct Story {
    /// All documents, index == article id.
    pub documents: Vec<Document>,
    /// Documents kept for the brief (not off-topic, not a duplicate article).
    pub kept: Vec<bool>,
    /// Summary candidates from kept documents.
    pub candidates: Vec<Candidate>,
    /// Term vectors of every sentence and document (built once, shared by the stages).
    pub index: crate::vector::StoryIndex,
}

impl Story {
    /// The text of a sentence.
    pub fn sentence_text(&self, r: SentenceRef) -> &str {
        let d = &self.documents[r.doc as usize];
        d.slice(d.sentences[r.sent as usize].span)
    }

    /// The text of a sentence as the stages that read quotation marks see it
    /// ([`Document::marked_text`]).
    pub fn sentence_marked_text(&self, r: SentenceRef) -> &str {
        let d = &self.documents[r.doc as usize];
        d.sentences[r.sent as usize].span.slice(d.marked_text())
    }

    /// The sentence record.
    pub fn sentence(&self, r: SentenceRef) -> &Sentence {
        &self.documents[r.doc as usize].sentences[r.sent as usize]
    }
}

/// A message about the input that did not stop the run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// `warning` or `error` (error: the item was skipped).
    pub severity: Severity,
    /// Which input (path, `path:line`, `-`).
    pub input: String,
    /// What happened.
    pub message: String,
}

/// Severity of a [`Diagnostic`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Something was repaired or guessed; the item is used.
    Warning,
    /// The item was skipped.
    Error,
}

impl Diagnostic {
    /// A warning about `input`.
    pub fn warning(input: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            input: input.into(),
            message: message.into(),
        }
    }

    /// An error (item skipped) about `input`.
    pub fn error(input: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            input: input.into(),
            message: message.into(),
        }
    }
}

/// A removed block, rendered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// The removed text.
    pub text: String,
    /// Why (the block kind and evidence).
    pub reason: String,
    /// Where it was.
    pub start: usize,
    /// One past its end.
    pub end: usize,
}

/// One source in the brief.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// 1-based number used in `[n]` citations.
    pub id: u32,
    /// Input path, when read from a file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// URL, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Outlet name.
    pub outlet: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Publication date with provenance.
    pub published: Published,
    /// Blocks the cleaner removed, with reasons.
    pub removed: Vec<Removed>,
    /// Why the whole source was left out of the brief, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dropped: Option<String>,
    /// 1-based id of the source this one nearly duplicates (its sentences are cited together).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<u32>,
}

/// A summary sentence with its citations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummarySentence {
    /// The sentence, exactly the text at `spans[0]`.
    pub text: String,
    /// 1-based ids of every source that carries it.
    pub sources: Vec<u32>,
    /// One span per supporting sentence (source ids here are 1-based too).
    pub spans: Vec<CitedSpan>,
    /// Who speaks, when the sentence is a quotation that does not name its speaker
    /// (`“We have done that.”`) and the quotes stage found one (full briefs only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Only when `speaker` is `None`: the words of that quotation's tag that describe a speaker
    /// it does not name (see [`Quote::speaker_description`]; full briefs only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_description: Option<SpeakerDescription>,
}

/// A span in a source, with a 1-based source id as rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CitedSpan {
    /// 1-based source id.
    pub source: u32,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl From<SourceSpan> for CitedSpan {
    fn from(s: SourceSpan) -> Self {
        Self {
            source: s.source.0 + 1,
            start: s.start,
            end: s.end,
        }
    }
}

/// A dated event in the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// ISO date at the given precision.
    pub date: String,
    /// Precision of the date.
    pub precision: Precision,
    /// The event sentence (exactly the text at `spans[0]`).
    pub text: String,
    /// 1-based ids of the sources reporting it.
    pub sources: Vec<u32>,
    /// Spans of the sentence in each source.
    pub spans: Vec<CitedSpan>,
    /// Span of the temporal expression that dated it, per source.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub date_spans: Vec<CitedSpan>,
}

/// An actor (person, organisation, country/place) with merged aliases.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name (the longest well-formed spelling).
    pub name: String,
    /// `person`, `organization`, `country`, `place`, or `other`.
    pub kind: String,
    /// Every spelling seen, sorted.
    pub aliases: Vec<String>,
    /// Roles given in the text ("Russian Foreign Minister").
    pub roles: Vec<String>,
    /// Mention count per source (1-based id, count), sorted by id.
    pub mentions: Vec<(u32, u32)>,
    /// Mention spans.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub spans: Vec<CitedSpan>,
}

/// A direct or reported quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Who speaks: the canonical name of the actor the attribution names, or, when no actor stands
    /// for the speaker, the name the attribution tag gives (`said chris napolitano, president of
    /// …` → `Chris Napolitano`); `None` when it could not be attributed.
    pub speaker: Option<String>,
    /// When no name is found but the attribution describes who speaks (`Syrian military sources
    /// said`, `said a senior administration official`, `according to police`): those words as the
    /// source has them, with their span. `None` when `speaker` is set or the tag describes no one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker_description: Option<SpeakerDescription>,
    /// The quoted/reported text: the source text at `span`, or, when an attribution tag interrupts
    /// the words, the source text of each of `parts` joined by [`Quote::PART_JOINER`].
    pub text: String,
    /// `direct` or `reported`.
    pub kind: QuoteKind,
    /// 1-based source id.
    pub source: u32,
    /// Span of the quoted text in the source (from the first part's start to the last part's end
    /// when there are parts: the tag lies inside it).
    pub span: CitedSpan,
    /// The pieces of the words when an attribution tag interrupts them (`Terrorism, Lavrov stated,
    /// requires …`, `“We will,” he said, “go on.”`), in order, the tag left out; empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub parts: Vec<CitedSpan>,
}

/// The words of an attribution that describe a speaker it does not name (see
/// [`Quote::speaker_description`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerDescription {
    /// The words, as the source has them (`syrian military sources`).
    pub text: String,
    /// Where they are in the source.
    pub span: CitedSpan,
}

impl Quote {
    /// What joins the texts of [`Quote::parts`] in [`Quote::text`]: an ellipsis, as for any words
    /// left out of a quotation.
    pub const PART_JOINER: &'static str = " … ";

    /// The spans whose source text makes up [`Quote::text`]: the parts, or the span alone.
    pub fn pieces(&self) -> &[CitedSpan] {
        if self.parts.is_empty() {
            std::slice::from_ref(&self.span)
        } else {
            &self.parts
        }
    }
}

/// Kind of a [`Quote`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// "X said that ...".
    Reported,
}

/// One side of a disagreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// What this side says (the value, date or attribution, short).
    pub value: String,
    /// The sentence making the claim.
    pub text: String,
    /// 1-based source id.
    pub source: u32,
    /// Span of the sentence.
    pub span: CitedSpan,
}

/// A place where sources (or one source) disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contradiction {
    /// `quantity`, `date` or `blame`.
    pub kind: String,
    /// What the disagreement is about, in a few words.
    pub topic: String,
    /// The claims: at least two, or one sentence saying the parties blame each other.
    pub claims: Vec<Claim>,
}

/// The finished brief: what the renderers print.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Brief {
    /// Story title.
    pub title: String,
    /// Earliest and latest publication date of the kept sources (ISO), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_range: Option<(String, String)>,
    /// The extractive summary in reading order.
    pub summary: Vec<SummarySentence>,
    /// Dated events.
    pub timeline: Vec<TimelineEntry>,
    /// Actors.
    pub actors: Vec<Actor>,
    /// Quotes.
    pub quotes: Vec<Quote>,
    /// Disagreements.
    pub contradictions: Vec<Contradiction>,
    /// Sources in input order.
    pub sources: Vec<SourceInfo>,
    /// Problems with the input that did not stop the run.
    pub diagnostics: Vec<Diagnostic>,
}
