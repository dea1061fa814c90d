//! Cleaner for leftovers in already-extracted article text.
//!
//! Scraped article text still carries page furniture: crawl timestamps, share bars, section labels,
//! photo captions and credits, datelines, bylines, related-headline lists, tag lists, comment
//! sections, image slugs and footers. [`Cleaner::clean`] classifies every line into a [`BlockKind`]
//! with a short reason, so only [`BlockKind::Content`] reaches the summary, the headline, datelines,
//! date lines and bylines become [`TextMeta`], and every removal can be explained
//! (`storyline clean --explain`).
//!
//! # How it decides
//!
//! There is no list of known junk strings: every decision comes from the shape of a line and from
//! where it sits in the page, so it carries over to outlets it has never seen. It runs in five passes.
//!
//! 1. **Lines and features.** The text is cut into trimmed non-blank lines (hard-wrapped lines are
//!    re-joined when a long line without final punctuation is followed by one starting in lower
//!    case). For each line it measures: word count, whether it ends like a sentence (`.`, `!`, `?`,
//!    possibly inside closing quotes), how many function words it has (prose has many, labels and
//!    headlines few), the share of Title-Case content words, clock times, month names and years,
//!    bullets, and list shape. NBSPs are spaces, Cyrillic look-alike letters are folded to Latin and
//!    glued words are split (`standardsDiscussion`), because scrapers produce all three.
//! 2. **Local rules** (one line alone, see `rules.rs`). Generic web vocabulary and typographic
//!    conventions decide the unambiguous cases: a short line made of web-control words with at least
//!    one unmistakable one (*share*, *URL*, *follow*, *listen*, *subscribe*, ...) is a widget; `©`,
//!    `Photo:`, `Photo by`, `File photo`, a trailing `[Agency]`, `(AP Photo/…)` or `Agency/Name`, or
//!    `left,`/`(R)`/`pictured` make a caption, but only on a line of at most 50 words and two
//!    sentences (a longer line is a paragraph a scraper glued a caption onto, and stays content); `By` + capitalised names, `Reporting by`, or a short
//!    line naming staff/agencies make a byline; a line that is only a date and/or clock plus words
//!    like *Updated*/*GMT* is date-like; a short line of comment vocabulary (*comments*, *reply*,
//!    *discussion*, *sort by*) is a comment control; five or more short comma-separated names without
//!    a verb are a tag list; a lower-case line ending in `hinh 3`/`image 3` or a file name is an image
//!    slug; copyright/legal lines are footers; a line holding the same text twice is a doubled
//!    caption. Everything else is *prose* (ends like a sentence, or is long running text), *weak
//!    prose* (a few sentence-case words with function words but no final stop) or *short* (an
//!    unpunctuated, mostly Title-Case line: headline, label or related headline). Prose may start
//!    with a dateline (`NEW YORK (Agency) –`, `CITY, Date (Agency) --`, `CITY (AP) _`, `VOV.VN -`,
//!    `CITY. /TASS/.`), which becomes its own block; a dateline with an agency on a line of its own
//!    (`NAIROBI, Kenya (AP) _` above the lead, as newswire corpora print it) is a dateline block, not
//!    a headline, and names the outlet.
//! 3. **Zones.** The first and last prose lines split the page into a *top zone*, the *body* and a
//!    *tail*; a comment control seen after the body has started opens the *comment zone*, and
//!    everything from there down is a comment however content-like it is. In the top zone the most
//!    Title-Case short line of three or more words is the headline (a question headline is accepted
//!    when nothing else qualifies); date-like lines above the headline that carry a clock are crawl
//!    stamps (a page-top clock-and-date is usually the crawl time), other date-like lines are date
//!    lines; remaining short lines are section labels (≤3 words) or captions/kickers. In the body,
//!    short lines are subheadings unless two or more come in a row (a related list) or follow a
//!    `Related …` header; weak prose is content. In the tail, short lines are related headlines,
//!    tag lists or footers.
//! 4. **Inside paragraphs** (see `inline.rs`). Leftovers glued into a content paragraph (and all
//!    of Multi-News, which has no line breaks) are cut out as blocks of their own: `Read:`/`See:`/
//!    `Related:` teasers up to the end of their headline, `Text size - + reset` widgets, and
//!    embedded post signatures (`— Name (@handle) August 5, 2012`, `A post shared by …`) with the
//!    `pic.twitter.com/…` link before them. The prose around them stays content.
//! 5. **Repeats.** Two content blocks are compared by the share of one's adjacent word pairs found in
//!    the other (see `dup.rs`), which ignores NBSPs, punctuation and a dateline prefix. When 80% or
//!    more of a block's word pairs recur in another, the block without a dateline (else the later or
//!    the contained one) is a [`BlockKind::Duplicate`]. Any block repeating an earlier caption
//!    verbatim is a duplicate too, and a short line printed twice in a row is a caption.
//!
//! A content paragraph is never removed for being short: a one-line sentence or quote stays content
//! as long as it ends like a sentence or reads like prose. The rules err towards keeping text.

mod dup;
mod inline;
mod lexicon;
mod line;
mod notices;
mod rules;

use std::collections::BTreeSet;

use line::Line;
use rules::Local;

use serde::{Deserialize, Serialize};

use crate::Span;

/// The reason of a [`BlockKind::Dateline`] block cut out of a paragraph (`washington ( ap ) —`,
/// `( cnn ) --`) rather than found at a line's start, for stages that read such a dateline with
/// the lead it was glued to.
pub const INLINE_DATELINE_REASON: &str = inline::DATELINE_REASON;

/// What a block (line or paragraph) of a scraped article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum BlockKind {
    /// Article prose: the only kind that reaches the summary.
    Content,
    /// The article's headline (becomes metadata).
    Headline,
    /// A dateline prefix such as `NEW YORK (Sputnik) –` or `VOV.VN -`.
    Dateline,
    /// A byline or credit line such as `TBP and Agencies`, `By Jane Doe`.
    Byline,
    /// A publication date/time line under the headline (`September 27, 2015, 6:35 am`).
    DateLine,
    /// A clock-and-date stamp at the top of the page, usually the crawl time.
    CrawlStamp,
    /// A photo caption or photo credit.
    Caption,
    /// Share/navigation widget text (`Get short URL`, `Listen Live`, `Follow us on:`).
    Widget,
    /// A section label (`Middle East`, `World`).
    SectionLabel,
    /// A list of related headlines.
    RelatedList,
    /// A tag/keyword list.
    TagList,
    /// Comment section: header, commenter handles, comment bodies, `Show new comments`.
    Comment,
    /// An image file slug (`... hinh 0`).
    ImageSlug,
    /// Page footer (`Related news`, copyright).
    Footer,
    /// A repeat of an earlier block or sentence of the same article.
    Duplicate,
    /// A site's notice to the reader glued between an article's sentences (`Sign up to follow,
    /// and we'll e-mail you free updates`, `Please try again later.`).
    Notice,
}

impl BlockKind {
    /// True only for [`BlockKind::Content`].
    pub const fn is_content(self) -> bool {
        matches!(self, Self::Content)
    }

    /// Short human-readable name of the kind, used as the removal reason's prefix.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Content => "content",
            Self::Headline => "headline",
            Self::Dateline => "dateline",
            Self::Byline => "byline",
            Self::DateLine => "date line",
            Self::CrawlStamp => "crawl timestamp",
            Self::Caption => "photo caption",
            Self::Widget => "share/navigation widget",
            Self::SectionLabel => "section label",
            Self::RelatedList => "related headlines",
            Self::TagList => "tag list",
            Self::Comment => "reader comment",
            Self::ImageSlug => "image slug",
            Self::Footer => "footer",
            Self::Duplicate => "duplicate",
            Self::Notice => "site notice",
        }
    }
}

/// One classified block of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Where the block is in the original text (trimmed of surrounding whitespace).
    pub span: Span,
    /// What the block is.
    pub kind: BlockKind,
    /// Why it was classified so (the evidence, in a few words).
    pub reason: String,
}

impl Block {
    /// True when this removed block was cut out of the middle of a sentence (The Hill's person
    /// tooltip: `president trump donald john trumpex-… more lands in washington`; the BBC's
    /// `image copyright ap image caption` between two captions without stops), so the content
    /// before it and the content after it are two pieces of one sentence, not sentences.
    pub fn splits_sentence(&self) -> bool {
        inline::SPLITTING_REASONS.contains(&self.reason.as_str())
    }
}

/// Where the outlet name was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutletSource {
    /// A dateline such as `NEW YORK (Sputnik) –`.
    Dateline,
    /// A byline such as `TBP and Agencies`.
    Byline,
    /// A photo credit such as `© Sputnik/ Ilya Pitalev`.
    Credit,
}

/// An outlet name found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outlet {
    /// The name as written (`Sputnik`, `VOV.VN`, `TBP`).
    pub name: String,
    /// Where it was found.
    pub span: Span,
    /// Which kind of line gave it.
    pub from: OutletSource,
}

/// Metadata the cleaner recovered from non-content blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextMeta {
    /// The headline block, when the text has one.
    pub title: Option<Span>,
    /// Outlet candidates, best first.
    pub outlets: Vec<Outlet>,
    /// Date lines (`September 27, 2015, 6:35 am`, `Updated 10:32 GMT`) and bylines that carry a date.
    pub date_lines: Vec<Span>,
    /// Page-top clock-and-date stamps (probably crawl time).
    pub crawl_stamps: Vec<Span>,
}

/// The cleaner's verdict on a whole article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Every non-blank block in text order, classified.
    pub blocks: Vec<Block>,
    /// Metadata found in the removed blocks.
    pub meta: TextMeta,
}

impl Cleaned {
    /// The content blocks, in order.
    pub fn content(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.kind.is_content())
    }

    /// The removed (non-content) blocks, in order.
    pub fn removed(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| !b.kind.is_content())
    }
}

/// Settings of the [`Cleaner`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CleanConfig {
    /// Share of a content block's adjacent word pairs that must recur in another content block for
    /// it to be a duplicate. Default `0.8`.
    pub duplicate_containment: f32,
    /// Blocks with fewer words than this are never compared for repeats (short sentences recur
    /// legitimately). Default `6`.
    pub duplicate_min_words: usize,
}

impl Default for CleanConfig {
    fn default() -> Self {
        Self {
            duplicate_containment: 0.8,
            duplicate_min_words: 6,
        }
    }
}

/// Classifies the blocks of an article. Build once, reuse for every article (`Send + Sync`).
#[derive(Clone, Debug, Default)]
pub struct Cleaner {
    config: CleanConfig,
}

/// Where a line sits in the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Zone {
    Top,
    Body,
    Tail,
    Comments,
}

impl Cleaner {
    /// A cleaner with the given settings.
    pub fn new(config: CleanConfig) -> Self {
        Self { config }
    }

    /// Classifies every block of `text`.
    pub fn clean(&self, text: &str) -> Cleaned {
        let lines = line::split_lines(text);
        let mut locals: Vec<Local> = lines.iter().map(|l| rules::classify(text, l)).collect();
        let layout = Layout::find(&lines, &mut locals);
        let mut out = Cleaned::default();
        let mut related_run = false;
        for (i, (line, local)) in lines.iter().zip(&locals).enumerate() {
            let zone = layout.zone(i);
            if matches!(local, Local::RelatedHeader) {
                related_run = true;
            } else if matches!(local, Local::Prose(_)) {
                related_run = false;
            }
            self.place(
                text,
                &lines,
                i,
                line,
                local,
                zone,
                &layout,
                related_run,
                &mut out,
            );
        }
        cut_inline_leftovers(text, &mut out.blocks);
        self.mark_repeats(text, &mut out.blocks);
        finish_meta(text, &lines, &mut out);
        out
    }

    /// Turns one line's local verdict and zone into blocks (and metadata).
    #[allow(clippy::too_many_arguments)]
    fn place(
        &self,
        text: &str,
        lines: &[Line],
        i: usize,
        line: &Line,
        local: &Local,
        zone: Zone,
        layout: &Layout,
        related_run: bool,
        out: &mut Cleaned,
    ) {
        let _ = self;
        let mut push = |span: Span, kind: BlockKind, reason: &str| {
            out.blocks.push(Block {
                span,
                kind,
                reason: reason.to_string(),
            });
        };
        let span = line.span;
        if zone == Zone::Comments {
            let reason = if Some(i) == layout.comments {
                "comment-section header after the article body"
            } else {
                "inside the comment section"
            };
            push(span, BlockKind::Comment, reason);
            return;
        }
        if Some(i) == layout.headline {
            push(
                span,
                BlockKind::Headline,
                "most title-like short line above the body",
            );
            out.meta.title = Some(span);
            return;
        }
        match local {
            Local::Fixed(kind, reason) => {
                push(span, *kind, reason);
                if *kind == BlockKind::Dateline
                    && let Some(d) = rules::dateline_alone(span.slice(text), span)
                    && let Some((name, ospan)) = d.outlet
                {
                    out.meta.outlets.push(Outlet {
                        name,
                        span: ospan,
                        from: OutletSource::Dateline,
                    });
                }
            }
            Local::Doubled {
                first_end,
                second_start,
            } => {
                push(
                    Span::new(span.start, *first_end),
                    BlockKind::Caption,
                    "text printed twice in one line: a scraped caption",
                );
                push(
                    Span::new(*second_start, span.end),
                    BlockKind::Duplicate,
                    "second copy of the text before it on the same line",
                );
            }
            Local::DateLike => {
                let above_headline = layout.headline.is_none_or(|h| i < h);
                let labelled = line
                    .lower()
                    .any(|w| matches!(w, "published" | "updated" | "posted" | "modified"));
                if zone == Zone::Top && above_headline && line.has_clock && !labelled {
                    push(
                        span,
                        BlockKind::CrawlStamp,
                        "clock-and-date stamp at the page top (usually the crawl time)",
                    );
                } else {
                    push(span, BlockKind::DateLine, "a date/time line");
                }
            }
            Local::CommentControl => push(
                span,
                BlockKind::Widget,
                "comment link or count before the article body ends",
            ),
            Local::RelatedHeader => {
                if zone == Zone::Top {
                    push(span, BlockKind::Widget, "navigation link above the article");
                } else {
                    push(span, BlockKind::Footer, "header of a related-links list");
                }
            }
            Local::Prose(dateline) => {
                if zone != Zone::Body {
                    // Only reachable for a question headline turned down as headline; keep it.
                    push(span, BlockKind::Content, "prose");
                    return;
                }
                if let Some(d) = dateline {
                    push(
                        d.span,
                        BlockKind::Dateline,
                        "dateline before the first sentence",
                    );
                    if let Some((name, ospan)) = &d.outlet {
                        out.meta.outlets.push(Outlet {
                            name: name.clone(),
                            span: *ospan,
                            from: OutletSource::Dateline,
                        });
                    }
                    let rest = Span::new(d.span.end, span.end).trim(text);
                    push(rest, BlockKind::Content, "prose after a dateline");
                } else if repeated_next(lines, i) {
                    push(
                        span,
                        BlockKind::Caption,
                        "short line printed twice in a row: a scraped caption",
                    );
                } else {
                    push(span, BlockKind::Content, "prose");
                }
            }
            Local::WeakProse | Local::Short => {
                let short = matches!(local, Local::Short);
                let (kind, reason) = match zone {
                    Zone::Top
                        if layout.headline.is_some_and(|h| h < i)
                            && rules::byline_names(&line.norm) == 1 =>
                    {
                        (
                            BlockKind::Byline,
                            "a person's name and city under the headline",
                        )
                    }
                    Zone::Top if line.n_words() <= 3 && short => {
                        (BlockKind::SectionLabel, "short label above the article")
                    }
                    Zone::Top => (
                        BlockKind::Caption,
                        "unpunctuated line near the headline: caption, kicker or standfirst",
                    ),
                    Zone::Body | Zone::Tail if related_run => {
                        (BlockKind::RelatedList, "item under a related-links header")
                    }
                    Zone::Body if !short => (BlockKind::Content, "prose without a final stop"),
                    Zone::Body if layout.in_headline_run(i) => (
                        BlockKind::RelatedList,
                        "one of several headline-like lines in a row",
                    ),
                    Zone::Body => (BlockKind::SectionLabel, "subheading inside the body"),
                    _ if rules::list_items(&line.norm).is_some_and(|k| k >= 3) => (
                        BlockKind::TagList,
                        "short comma-separated names after the body",
                    ),
                    _ if line.n_words() >= 3 => (
                        BlockKind::RelatedList,
                        "headline-like line after the article body",
                    ),
                    _ => (BlockKind::Footer, "short line after the article body"),
                };
                push(span, kind, reason);
            }
        }
    }

    /// Marks repeats: content blocks that another content block contains, and verbatim repeats of
    /// captions.
    fn mark_repeats(&self, text: &str, blocks: &mut [Block]) {
        // Kinds only ever change to `Duplicate` here, so without a caption there is nothing to
        // repeat, and with fewer than two content blocks nothing to compare: skip the work (most
        // articles are one or a few paragraphs).
        if blocks.iter().any(|b| b.kind == BlockKind::Caption) {
            Self::mark_caption_repeats(text, blocks);
        }
        if blocks.iter().filter(|b| b.kind.is_content()).count() >= 2 {
            self.mark_content_repeats(text, blocks);
        }
    }

    /// Marks blocks that repeat an earlier caption verbatim (after normalising), and a last
    /// content block of at least four words that repeats the start of one (the scrape cut
    /// short in the copy; not the text's only prose when the caption is a teaser's, which holds
    /// the story's own text).
    fn mark_caption_repeats(text: &str, blocks: &mut [Block]) {
        /// Fewest words of a last block taken for a caption's start cut short.
        const CAPTION_PREFIX_WORDS: usize = 4;
        let norms: Vec<String> = blocks
            .iter()
            .map(|b| line::normalize(b.span.slice(text)).to_lowercase())
            .collect();
        for j in 0..blocks.len() {
            // A cut inside a sentence keeps its reason, which says the text around it is pieces
            // of a sentence (`image copyright reuters image caption` between captions, again).
            if matches!(blocks[j].kind, BlockKind::Comment | BlockKind::Duplicate)
                || norms[j].chars().count() < 12
                || blocks[j].splits_sentence()
            {
                continue;
            }
            if let Some(i) =
                (0..j).find(|&i| blocks[i].kind == BlockKind::Caption && norms[i] == norms[j])
            {
                blocks[j].kind = BlockKind::Duplicate;
                blocks[j].reason = format!("repeats the caption at byte {}", blocks[i].span.start);
            } else if j + 1 == blocks.len()
                && blocks[j].kind.is_content()
                && norms[j]
                    .split_whitespace()
                    .nth(CAPTION_PREFIX_WORDS - 1)
                    .is_some()
                && let Some(i) = (0..j).find(|&i| {
                    blocks[i].kind == BlockKind::Caption
                        // A teaser's caption (the story's first lines cut with an ellipsis)
                        // holds the story's own text: a copy of it that is the text's only
                        // prose is its lead.
                        && (!(norms[i].contains("...") || norms[i].contains('…'))
                            || blocks[..j].iter().any(|b| b.kind.is_content()))
                        && norms[i]
                            .strip_prefix(norms[j].as_str())
                            .is_some_and(|rest| rest.starts_with(char::is_whitespace))
                })
            {
                // The page cut short in a copy of a caption cut above it (`president donald
                // trump speaks to the media at the pentagon, thursday, jan.`): only the text's
                // last block, where the scrape ends, so a lead that an AP teaser caption repeats
                // and goes on from stays.
                blocks[j].kind = BlockKind::Duplicate;
                blocks[j].reason = format!(
                    "repeats the start of the caption at byte {}",
                    blocks[i].span.start
                );
            }
        }
    }

    /// Marks content blocks that another content block contains.
    fn mark_content_repeats(&self, text: &str, blocks: &mut [Block]) {
        let content: Vec<usize> = (0..blocks.len())
            .filter(|&i| blocks[i].kind.is_content())
            .collect();
        let slices: Vec<&str> = content
            .iter()
            .map(|&i| blocks[i].span.slice(text))
            .collect();
        let toks = dup::tokens_of(&slices);
        let grams: Vec<Vec<u64>> = toks.iter().map(|t| dup::bigrams(t)).collect();
        let dated: Vec<bool> = content
            .iter()
            .map(|&i| i > 0 && blocks[i - 1].kind == BlockKind::Dateline)
            .collect();
        let mut dropped = BTreeSet::new();
        let threshold = self.config.duplicate_containment;
        for a in 0..content.len() {
            for b in (a + 1)..content.len() {
                if dropped.contains(&a) || dropped.contains(&b) {
                    continue;
                }
                let (na, nb) = (toks[a].len(), toks[b].len());
                if na.min(nb) < self.config.duplicate_min_words {
                    continue;
                }
                let shared = dup::shared(&grams[a], &grams[b]);
                let a_in_b = dup::containment(shared, grams[a].len());
                let b_in_a = dup::containment(shared, grams[b].len());
                let (loser, share) = if a_in_b >= threshold && b_in_a >= threshold {
                    // Same text twice: keep the copy with the dateline, else the first.
                    if dated[b] && !dated[a] {
                        (a, a_in_b)
                    } else {
                        (b, b_in_a)
                    }
                } else if a_in_b >= threshold {
                    (a, a_in_b)
                } else if b_in_a >= threshold {
                    (b, b_in_a)
                } else {
                    continue;
                };
                let winner = if loser == a { b } else { a };
                dropped.insert(loser);
                let kept_at = blocks[content[winner]].span.start;
                let block = &mut blocks[content[loser]];
                block.kind = BlockKind::Duplicate;
                block.reason = format!(
                    "{:.0}% of its word pairs repeat the paragraph at byte {kept_at}",
                    share * 100.0
                );
            }
        }
    }
}

/// Cuts leftovers glued inside content paragraphs (teasers, text-size widgets, embedded post
/// signatures; see `inline.rs`) out as removed blocks of their own; the prose around each stays
/// content.
fn cut_inline_leftovers(text: &str, blocks: &mut Vec<Block>) {
    let mut out: Option<Vec<Block>> = None;
    for (i, block) in blocks.iter().enumerate() {
        let cuts = match block.kind {
            BlockKind::Content => inline::find(block.span.slice(text)),
            // A line the layout took for a label or caption may be a widget or signature on its
            // own (`Text size - + reset`): give it the more telling reason.
            BlockKind::SectionLabel | BlockKind::Caption => {
                let mut cuts = inline::find(block.span.slice(text));
                cuts.retain(|c| c.0 == 0 && c.1 == block.span.len());
                cuts
            }
            _ => Vec::new(),
        };
        if cuts.is_empty() {
            if let Some(out) = out.as_mut() {
                out.push(block.clone());
            }
            continue;
        }
        let out = out.get_or_insert_with(|| blocks[..i].to_vec());
        let base = block.span.start;
        let mut at = base;
        let mut push = |span: Span, kind: BlockKind, reason: &str| {
            let span = span.trim(text);
            if !span.is_empty() {
                out.push(Block {
                    span,
                    kind,
                    reason: reason.to_string(),
                });
            }
        };
        for (from, to, kind, reason) in cuts {
            push(Span::new(at, base + from), block.kind, &block.reason);
            push(Span::new(base + from, base + to), kind, reason);
            at = base + to;
        }
        push(Span::new(at, block.span.end), block.kind, &block.reason);
    }
    if let Some(out) = out {
        *blocks = out;
    }
}

/// True when line `i` is followed directly by a line with the same text and both are short.
fn repeated_next(lines: &[Line], i: usize) -> bool {
    lines
        .get(i + 1)
        .is_some_and(|next| next.norm == lines[i].norm && lines[i].n_words() <= 60)
}

/// The page layout: where the body starts and ends, the headline, the comment section.
#[derive(Debug)]
struct Layout {
    first_prose: Option<usize>,
    last_prose: Option<usize>,
    headline: Option<usize>,
    comments: Option<usize>,
    /// Lines that are one of 2+ consecutive headline-like short lines.
    headline_runs: Vec<bool>,
}

/// A line that ends in a colon introduces what follows (`The New York Times says in an
/// editorial on Thursday, Jan. 6:`, `Here is the full statement:`); it is not a headline. Trailing
/// SGML entity leftovers (`&amp;QL;`) are looked through.
fn introduces(norm: &str) -> bool {
    let mut t = norm.trim_end();
    while let Some(last) = t.rsplit(' ').next()
        && last.len() > 2
        && last.starts_with('&')
        && last.ends_with(';')
        && t.len() > last.len()
    {
        t = t[..t.len() - last.len()].trim_end();
    }
    t.ends_with(':')
}

impl Layout {
    fn find(lines: &[Line], locals: &mut [Local]) -> Self {
        let is_prose = |l: &Local| matches!(l, Local::Prose(_));
        let mut first_prose = locals.iter().position(is_prose);
        let comments = first_prose.and_then(|f| {
            (f + 1..locals.len()).find(|&i| matches!(locals[i], Local::CommentControl))
        });
        let end = comments.unwrap_or(locals.len());
        let top_end = first_prose.unwrap_or(end);
        let candidate = |i: usize, min_words: usize| {
            let l = &lines[i];
            let shape = match locals[i] {
                Local::Short => l.n_words() >= min_words && l.n_words() <= 25,
                Local::WeakProse => l.n_words() <= 20,
                _ => false,
            };
            shape && rules::byline_names(&l.norm) == 0 && !introduces(&l.norm)
        };
        // The most Title-Case candidate wins (ties: the earlier); a line of four or more words is
        // preferred to a three-word label such as a section or story tag.
        let pick = |min_words: usize| {
            (0..top_end)
                .filter(|&i| candidate(i, min_words))
                .fold(None::<usize>, |best, i| match best {
                    Some(b) if lines[b].title_ratio() >= lines[i].title_ratio() => Some(b),
                    _ => Some(i),
                })
        };
        let mut headline = pick(4).or_else(|| pick(3));
        // A question or exclamation headline ends like a sentence; accept it when nothing else
        // qualifies, it is short, and prose follows.
        if headline.is_none()
            && let Some(f) = first_prose
        {
            let l = &lines[f];
            let t = l.norm.trim_end_matches(['"', '\'', '”', '’']);
            let next_prose = (f + 1..end).find(|&i| is_prose(&locals[i]));
            if l.n_words() <= 16 && (t.ends_with('?') || t.ends_with('!')) && next_prose.is_some() {
                headline = Some(f);
                first_prose = next_prose;
            }
        }
        let last_prose = (0..end).rev().find(|&i| is_prose(&locals[i]));
        let headline_like = |i: usize| {
            matches!(locals[i], Local::Short)
                && lines[i].n_words() >= 3
                && lines[i].title_ratio() >= 0.6
        };
        let headline_runs = (0..lines.len())
            .map(|i| {
                headline_like(i)
                    && ((i > 0 && headline_like(i - 1))
                        || (i + 1 < lines.len() && headline_like(i + 1)))
            })
            .collect();
        Self {
            first_prose,
            last_prose,
            headline,
            comments,
            headline_runs,
        }
    }

    fn zone(&self, i: usize) -> Zone {
        if self.comments.is_some_and(|c| i >= c) {
            return Zone::Comments;
        }
        match (self.first_prose, self.last_prose) {
            (Some(f), _) if i < f => Zone::Top,
            (None, _) => Zone::Top,
            (_, Some(l)) if i > l => Zone::Tail,
            _ => Zone::Body,
        }
    }

    fn in_headline_run(&self, i: usize) -> bool {
        self.headline_runs.get(i).copied().unwrap_or(false)
    }
}

/// Fills the metadata that depends on final kinds: outlets from bylines and credits, date lines and
/// crawl stamps.
fn finish_meta(text: &str, lines: &[Line], out: &mut Cleaned) {
    let mut dateline_outlets = Vec::new();
    let mut byline_outlets = Vec::new();
    let mut credit_outlets = Vec::new();
    for b in &out.blocks {
        let raw = b.span.slice(text);
        match b.kind {
            // A dateline cut out of a paragraph (`washington ( ap ) —`) names its outlet in its
            // parentheses, as a line's dateline does.
            BlockKind::Dateline if b.reason == INLINE_DATELINE_REASON => {
                if let Some((s, e)) = inline::dateline_credit(raw) {
                    dateline_outlets.push(Outlet {
                        name: raw[s..e].to_string(),
                        span: Span::new(b.span.start + s, b.span.start + e),
                        from: OutletSource::Dateline,
                    });
                }
            }
            BlockKind::CrawlStamp => out.meta.crawl_stamps.push(b.span),
            BlockKind::DateLine => out.meta.date_lines.push(b.span),
            BlockKind::Byline => {
                if lines
                    .iter()
                    .any(|l| l.span == b.span && l.has_date() && (l.has_year || l.has_clock))
                {
                    out.meta.date_lines.push(b.span);
                }
                if let Some((s, e)) = rules::byline_outlet(raw) {
                    byline_outlets.push(Outlet {
                        name: raw[s..e].to_string(),
                        span: Span::new(b.span.start + s, b.span.start + e),
                        from: OutletSource::Byline,
                    });
                }
            }
            BlockKind::Caption => {
                if let Some((s, e)) = credit_outlet(raw) {
                    credit_outlets.push(Outlet {
                        name: raw[s..e].to_string(),
                        span: Span::new(b.span.start + s, b.span.start + e),
                        from: OutletSource::Credit,
                    });
                }
            }
            _ => {}
        }
    }
    out.meta.outlets.extend(dateline_outlets);
    out.meta.outlets.extend(byline_outlets);
    out.meta.outlets.extend(credit_outlets);
    let mut seen = BTreeSet::new();
    out.meta
        .outlets
        .retain(|o| seen.insert(o.name.to_lowercase()));
}

/// Outlet in a `© Agency/ Photographer` credit: the name between `©` and `/`.
fn credit_outlet(raw: &str) -> Option<(usize, usize)> {
    let at = raw.find('©')? + '©'.len_utf8();
    let rest = &raw[at..];
    let name_end = rest.find(['/', '|', ',']).unwrap_or(rest.len());
    let name = rest[..name_end].trim();
    let lead = rest.len() - rest.trim_start().len();
    let words = name.split_whitespace().count();
    if (1..=3).contains(&words)
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name.chars().any(|c| c.is_ascii_digit())
    {
        Some((at + lead, at + lead + name.len()))
    } else {
        None
    }
}
