//! Cleaner for leftovers in already-extracted article text.
//!
//! (Stub: the real classifier replaces this; the public API below is what the rest of the
//! workspace relies on.)

use serde::{Deserialize, Serialize};

use crate::Span;

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
    /// Date-line blocks under the headline (`September 27, 2015, 6:35 am`).
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CleanConfig {}

/// Classifies the blocks of an article. Build once, reuse for every article (`Send + Sync`).
#[derive(Clone, Debug, Default)]
pub struct Cleaner {
    #[allow(dead_code)]
    config: CleanConfig,
}

impl Cleaner {
    /// A cleaner with the given settings.
    pub fn new(config: CleanConfig) -> Self {
        Self { config }
    }

    /// Classifies every block of `text`.
    pub fn clean(&self, text: &str) -> Cleaned {
        let mut blocks = Vec::new();
        let mut pos = 0;
        for line in text.split_inclusive('\n') {
            let span = Span::new(pos, pos + line.len()).trim(text);
            pos += line.len();
            if !span.is_empty() {
                blocks.push(Block {
                    span,
                    kind: BlockKind::Content,
                    reason: String::new(),
                });
            }
        }
        Cleaned {
            blocks,
            meta: TextMeta::default(),
        }
    }
}
