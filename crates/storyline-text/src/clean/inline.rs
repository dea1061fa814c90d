//! Leftovers inside a content paragraph: page furniture that a scraper glued into the prose (and
//! that Multi-News, which has no line breaks at all, keeps in the middle of its documents). Each
//! is cut out of the paragraph as its own removed block, so the prose around it stays content and
//! its sentences start and end where the leftover was.
//!
//! Like the line rules, these go by shape, not by a list of known strings:
//!
//! - a **teaser**: `Read:`, `Read more:`, `Also read:`, `See:`, `See also:`, `Related:`,
//!   `More on this:` or `Watch:` at the start of a paragraph or sentence (or inside `[ ]`), not introducing a quote,
//!   up to the end of the headline (its `]`, its final `.`/`?`/`!`, or an opening quote);
//! - a **promo in brackets**: a label that links to another page and a colon opening a bracket
//!   (`( also on politico: gop race nears tipping point )`, `( photos: … )`, `[ image gallery: …
//!   ]`, and `( more: … )` or `[ latest: … ]` at a sentence start), through its close;
//! - a page's **`Story continued below`** / **`Article continues below`** marker opening a
//!   sentence or right after another cut, and a video page's
//!   **upload date** opening one (`Published on apr 29, 2015`, not followed by a comma);
//! - a page's **`Buy photo`** button (not after a subject or `to`) and ABC News's **`Add
//!   interest`** button opening a sentence (not before an object: `Add interest rates …`);
//! - NBC News's **time stamp and byline** before the lead (`Nov. 29, 2018, 1: 40 am gmt /
//!   updated … by phil mccausland`, `/ updated by sarah fitzpatrick and tracy connor`);
//! - a **byline opening a sentence** (or after a cut credit) when its end shows: a dateline
//!   with its agency, the agency after a comma, the author's `@handle` or `follow @handle`
//!   (`By mark hosenball washington ( reuters ) -`, `By andy blatchford, the canadian press`),
//!   or a two-word name printed twice as a byline (a blog roll); at the paragraph's start
//!   also a lower-cased byline of two-word names with nothing after it to mark its end (`By
//!   lauren johnson manhattan landlord …`);
//! - a **Getty credit glued to the lead** at a sentence start (`Jeff vespa/getty christmas came
//!   early …`, `Getty images read into it …`, `Kelly clarkson getty images the …`);
//! - a **Getty credit without a name in brackets**, alone (`( getty )`, `[ images via getty ]`);
//! - a **text-size widget**: `Text size` / `Font size` followed only by `-`, `+`, `A` or `reset`;
//!   on Politico's pages the video and audio headlines after it up to the blog label `politico
//!   44` (`Text size - + reset video: weiner's teary presser politico 44 for now, his vow…`), or
//!   without the label up to the lead's quote, a promo or the headline's first word again;
//! - a **`Continue reading` button**: `continue reading the main story` wherever it stands, and
//!   `continue reading below` or a bare `continue reading` opening a sentence, with BBC's
//!   `related stories` label after it;
//! - a **photo caption** ending in a credit (`( associated press )`, `(AP Photo/Name)`,
//!   `(Photo: …)`, `( afp photo/Name )` and AFP's `more` button after it, `( image: Name )`),
//!   from the previous credit or the last sentence start;
//! - a **subheading glued to its paragraph** when the paragraph repeats its words
//!   (`Early retirement the early retirement offer…`);
//! - an **embedded post signature**: a dash, a name, an `@handle` in parentheses and a date
//!   (`— Christine Teigen (@chrissyteigen) August 5, 2012`), or `A post shared by Name (@handle)
//!   on Nov 17, 2017 at 5:27pm PST`, together with a `pic.twitter.com/…` or `t.co/…` link right
//!   before it; a `pic.twitter.com/…` link alone is an image link;
//! - a **wire photo credit**: `Reuters/Name` (`…/File Photo`, `…/Handout via Reuters`) opening a
//!   sentence or in parentheses, but not a `Reuters/Ipsos poll`;
//! - an **NPR photo widget**: `Enlarge this image toggle caption` and the credit shown twice
//!   (`Wade Payne/AP Wade Payne/AP`), with the page headline glued before it (also without
//!   `Enlarge this image` when a credit follows: `… dies at 88 toggle caption name/toronto star
//!   via getty images`);
//! - The Hill's **person tooltip**: a full name glued to three headlines and a `more` link after
//!   a person's name (`president trump donald john trumpex-russia ambassador: … more`; see
//!   `inline/tooltips.rs`);
//! - DNAinfo's **`View full caption`** button and a gallery's **`1 of 7 view caption`**, with
//!   the caption, credit and dateline around them (see `inline/caption_buttons.rs`);
//! - an **`Email this` button** right after the page headline, with that headline;
//! - a **`Share this` button** (`Share this article facebook twitter …`), not after a function
//!   word or `please` (`to share this message` is prose);
//! - an **audio player**: `Listen to article 4:26` (and the `Share this article facebook twitter
//!   …` buttons after it);
//! - a **video player**: `Play facebook twitter embed`, the clip's headline and its playing time;
//! - an **AP file-photo caption**: a sentence opening with `File -` (`File - in this Nov. 18,
//!   2013 file photo, …`), to its end;
//! - a **wire caption opening `In this … photo`** without its credit, with its source (`In
//!   this photo provided by …`, `… in this picture released by kcna …`) or a full date (`In this
//!   may 3, 2015 photo, …`), to its end (see `inline/in_this.rs`);
//! - a **CNN photo gallery**: `Hide caption 3 of 28` and the slide caption after it;
//! - a **`photo: Name` credit** outside brackets, when its end shows: the same credit again
//!   (`photo: renault photo: renault`), an agency or paper (`photo: paul chinn, the chronicle`),
//!   a `name/agency` word, a stop after a short credit or the paragraph's end, or at a sentence
//!   start an office or archive, whole or truncated (`photo: montgomery county sheriff's offi`);
//! - a **Hearst photo gallery**: `photo: Name image 1 of / 19 caption close`, the first slide's
//!   caption up to `1 / 19 back to gallery`, and `… More photo: Name image 2 of 19`;
//! - an **AP credit opening a sentence**: `&#124; AP Photo`, `Name/AP Photo`, `AP Photo/Name`;
//! - a **label of a dropped image** glued before the lead: a lone `Photo`, `Image` or `AP`
//!   followed by the lead's first clause (`Photo under the deal, …`), a gallery counter (`Image
//!   2 of 2`), a `Credit: Name` before a word that opens the lead (`Credit: andrew meares she
//!   said …`);
//! - a paper's **`Abstract` label** opening the paragraph before the abstract's first clause
//!   (`Abstract we examined …`);
//! - a **wire dateline** glued before the lead (`washington ( ap ) —`, `( cnn ) --`, `goshen,
//!   n.y. ( ap ) —` after a caption's credit; see `inline/datelines.rs`);
//! - **navigation links** (`« previous &#124; main &#124; next »`), AP's **`___` separators**
//!   with a live update's time stamp, the member-exchange credit or a correction notice after
//!   them, a **photo credit after a pipe** (`&#124; getty`) or **in brackets** (`( credit: Name
//!   )`; see `inline/separators.rs`);
//! - a **video player's buttons** (USA Today's `Close` before a caption, `Skip in skip x embed x
//!   share`) and its **playing time** between the caption and the lead (`… crash. ( 1: 31 )
//!   police …`; see `inline/players.rs`);
//! - **links to other pages**: a Guardian related headline with its `read more` button, a bare
//!   `read more` ending the paragraph, `read more about:` tags, `>>` link prompts, `>>`
//!   datelines (`San bernardino >>`) and a transcript's `>>` speaker marks (see
//!   `inline/links.rs`);
//! - **calls to action**: CNN's `follow the ticker on twitter: @handle`, the Daily Mail's
//!   `Scroll down for video`, AP's breaking-news notices (`This is a breaking news update.`)
//!   and text-alert offers (see `inline/prompts.rs`);
//! - **share bars** without a `Share this` before them: a photo's buttons with its caption
//!   (`Facebook twitter pinterest …. Photograph: …`) and a video's with its playing time
//!   (`Facebook twitter embed 0: 23`; see `inline/share_bars.rs`);
//! - a **weather widget** opening the paragraph (`Norfolk, va ( 23510 ) today a mix of clouds
//!   …`; see `inline/weather.rs`);
//! - **link labels**: a `Photos:`/`Video:` teaser with its headline where the headline's end
//!   shows, a `… here.` link sentence (`Transcript of the speech here.`), and **wiki page
//!   furniture** (`From Wikipedia, the free encyclopedia`, `History [ edit ]`, `[ 2 ]`; see
//!   `inline/labels.rs`);
//! - a **site notice** to the reader (sign-up, login or script prompts: [`super::notices`]).
//! - a **contact line**: a sentence ending on an e-mail address (`Contact the author at
//!   ellie@jezebel.com.`; see `inline/contacts.rs`);
//! - an ad slot's **`Ad` label** opening a sentence before a quotation (`Ad " she's given me
//!   …`).
//! - a **dated photo caption** (one sentence ending on the photo's date, `… wednesday, june 8,
//!   2016.`) right before a credit or dateline already cut (see `inline/dated_captions.rs`).
//! - **widgets' words** inside or ending a sentence: TMZ's `exclusive details` label after its
//!   headline, a gallery's `popscene: week's hottest pics` label with the slide's caption, an
//!   e-mail form's `A link to this page will be included in your message.` (see
//!   `inline/widget_words.rs`); a BBC video caption that ends on its reporter goes with its
//!   `Media caption` label (`… militants, as caroline hawley reports`).
//!
//! Matching is ASCII case-insensitive and allows the spaces that tokenised text puts around
//! punctuation (`( @handle )`).

mod author_boxes;
mod brackets;
mod caption_buttons;
mod contacts;
mod copyrights;
mod credits;
mod dated_captions;
mod datelines;
mod doubled;
mod in_this;
mod labels;
mod links;
mod live_blog;
mod players;
mod pointers;
mod prompts;
mod restated;
mod separators;
mod share_bars;
mod stamps;
pub(crate) mod tooltips;
mod weather;
mod widget_words;

pub(crate) use datelines::{REASON as DATELINE_REASON, credit as dateline_credit};

use super::BlockKind;
use crate::segment::{WordClass, classify, is_dotted_state, opens_after_acronym};
use crate::span::offset_in;

/// A leftover found inside a paragraph: byte range relative to the paragraph, kind and reason.
pub(crate) type Cut = (usize, usize, BlockKind, &'static str);

/// Teaser labels, longest first so `read more` wins over `read`.
const TEASER_LABELS: [&str; 9] = [
    "more on this",
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "watch",
    "read",
    "see",
];

/// A teaser longer than this many words is not a headline (or runs into a whole paragraph).
const TEASER_MAX_WORDS: usize = 60;

const MONTHS: [&str; 24] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// True when the paragraph `l` holds the literal `needle`: what `l.contains(needle)` answers.
///
/// On a [`Para`] whose one scan looked for `needle` (it is one of [`CUES`]) the answer is the
/// scan's; otherwise the call site's `memmem` finder, built once on first use, searches `l`. A
/// built finder reads a paragraph in well under half the instructions of `str::contains`
/// (measured under callgrind on Multi-News text: 0.10 against 0.26 per byte), but the passes
/// here ask dozens of labels of every paragraph, and one scan for all of them reads it once.
/// Both are byte searches, and a UTF-8 needle occurs in UTF-8 text as bytes only where it
/// occurs as text, so the answer is the same.
macro_rules! holds {
    ($l:expr, $needle:expr) => {{
        static SEARCH: std::sync::LazyLock<$crate::clean::inline::Search> =
            std::sync::LazyLock::new(|| $crate::clean::inline::Search::new($needle));
        $crate::clean::inline::Haystack::holds(&*$l, &SEARCH)
    }};
}
pub(crate) use holds;

/// The start of every occurrence of the literal `needle` in `l`: the positions of
/// `l.match_indices(needle)`. The call site's `memmem` finder, built once, searches instead of
/// a two-way searcher built per call: both report the leftmost occurrences without overlap, each
/// search going on after the last one found, so the positions are the same.
macro_rules! occurrences {
    ($l:expr, $needle:expr) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
        FINDER.find_iter($l.as_bytes())
    }};
}
pub(crate) use occurrences;

/// The literals the passes ask [`holds`] of a paragraph, all found by the one scan of
/// [`Para::new`]. A literal missing here is still answered right (by its own search), only
/// slower; a test checks that every one the passes ask is here.
///
/// Both of the scan's limits are nearly reached: a paragraph's cues are the bits of a `u128`
/// (at most 128 literals), and the automaton's 1,003 states fill all but 21 of [`CUE_ROWS`]
/// (clean43's `embed more news videos` did not fit). A new literal may have to reuse a
/// shorter one already here (a pass can test the rest of its words after the cue holds), as
/// the upload date's `published on ` became `published ` for the stamp in brackets too.
const CUES: [&str; 125] = [
    ") to",
    ": ",
    "continue reading",
    // A page's continue marker (`story continued below`, `article continues below`).
    "continue",
    // A video's upload date (`published on `) and its stamp in brackets (`( published `).
    "published ",
    "buy photo",
    "add interest",
    "by ",
    "/ updated",
    "pic.twitter.com/",
    "story highlights",
    "media ",
    "image ",
    "advertisement",
    "getty images",
    "getty",
    "reuters/",
    "file",
    "hide caption",
    " of / ",
    "photo:",
    "ap photo",
    "toggle caption",
    // DNAinfo's caption button, a gallery's (`caption_buttons`).
    "view full caption",
    "view caption",
    // The Hill's person tooltip's link (`tooltips`).
    " more",
    "email this",
    "share this",
    "listen to article ",
    "play facebook twitter ",
    "click here",
    "x embed x share ",
    " on twitter",
    "scroll down",
    "story",
    // A gallery's icon titles (`caption_buttons`).
    " created with sketch.",
    // A gallery's or video's label before its headline (`labels`).
    "photos:",
    "photo gallery:",
    "slideshow:",
    "video:",
    // AP's separator (`separators`).
    "___",
    "__",
    // An AP live blog's label's close (`( all times local )`, `( all times eastern )`).
    "( all times ",
    "— — —",
    // The breaking-news notices' (`prompts`).
    "developing story.",
    "story is below.",
    "check back",
    "update.",
    "msg/day",
    "text news to",
    "read more",
    "in this ",
    "&#124;",
    "&#124; ",
    "credit:",
    "sign up for",
    "subscribe to ",
    "dear reader",
    " like ours",
    "previous next ",
    ">>",
    "text size",
    "font size",
    " here.",
    " below.",
    " -",
    "—",
    "–",
    "«",
    "❮",
    "‹",
    "»",
    "➝",
    "→",
    // The site notices' needles (`notices::Needles`).
    "you",
    "please",
    "javascript",
    "digital access",
    "zip",
    "breaking news",
    "delivered weekday",
    // A notice at a headline's end opens on `please` or `click` (`notices::find`).
    "click",
    // The calls to action's (`prompts`).
    "contributed",
    "more videos",
    "report this ad",
    "like us on facebook",
    "tap to read more.",
    // A publisher's pitch (`prompts`).
    "journalism",
    "become a ",
    "paywall",
    // A tip line (`prompts`).
    "a tip ",
    // A comment prompt (`prompts`).
    "in the comment",
    "photographer:",
    "photograph:",
    // The Hearst gallery's button (`brackets`).
    " back to gallery",
    // A TV transcript's speaker mark (`links`).
    "reporter: ",
    // A photographer's credit with a spaced slash (`wire_slash_credits`).
    " / ap",
    " / reuters",
    // A run of web addresses (`links`).
    "://",
    // A purpose before a subscription instruction, a comment section's notice (`notices`).
    ", subscribe",
    ", click",
    "report abuse",
    // A site's cookie notice (`notices`).
    "cookies",
    // A photo's or a video's share buttons, a row of buttons (`share_bars`).
    "facebook twitter ",
    "share tweet",
    "tweet share",
    // The BBC's photo and video labels (`media_labels`).
    "media playback is unsupported on your device",
    "media caption",
    "image copyright",
    "image caption",
    // The labels of a dropped image before the lead, each with its space (`lead_labels`).
    // (`image ` is above.)
    "photo ",
    "ap ",
    "credit: ",
    // The media pointers, gallery buttons and newsletter prompts (`pointers`).
    " above",
    " below",
    "open this photo in gallery",
    "view gallery",
    "view photo gallery",
    "newsletter",
    "sign up",
    "subscribe now",
    "follow us",
    "as an interest",
    "letter to the editor",
    "more in this series",
];

// A paragraph's cues are the bits of a `u128`.
const _: () = assert!(CUES.len() <= 128, "more cues than the bits of a u128");

/// A lower-cased paragraph with the [`CUES`] it holds, found by one Aho-Corasick scan: the
/// passes read it as the `str` it derefs to and ask [`holds`] of it without a search each.
pub(crate) struct Para<'a> {
    text: &'a str,
    /// Bit `i` set when the paragraph holds `CUES[i]`.
    cues: u128,
}

impl<'a> Para<'a> {
    /// Scans `text` once for every cue, byte by byte through the [`CueTable`] of an
    /// Aho-Corasick automaton whose state after a byte lists every cue ending there (its own and
    /// those of its suffixes), so a cue's bit is set exactly when `text` contains it.
    pub(crate) fn new(text: &'a str) -> Self {
        static TABLE: std::sync::LazyLock<CueTable> = std::sync::LazyLock::new(CueTable::new);
        let table = &*TABLE;
        let mut cues = 0u128;
        let mut state = table.start;
        // Every byte of every content paragraph goes through this step, so it is kept to a
        // few instructions, and each byte's state waits on the one before, so what counts in
        // wall time is the chain from one state to the next: one load and one `or` (a state is
        // its row's first index, see [`CueTable`]; the byte's class is looked up off the chain).
        // A `u16` index needs no bounds check in a table of 65,536 entries, and two bytes a
        // turn halve the loop's own counting.
        let mut step = |b: u8| {
            state = table.next[usize::from(state | u16::from(table.class[usize::from(b)]))];
            if state < table.matches_end {
                cues |= table.cues[usize::from(state) / CUE_CLASSES];
            }
        };
        let mut pairs = text.as_bytes().chunks_exact(2);
        for pair in &mut pairs {
            step(pair[0]);
            step(pair[1]);
        }
        for &b in pairs.remainder() {
            step(b);
        }
        Self { text, cues }
    }
}

/// Rows of the [`CueTable`]: a power of two above the number of the automaton's states (1,006
/// for the [`CUES`] at the thirty-third round, 793 when the table was built; building the table
/// checks it), so that with [`CUE_CLASSES`] a row the table has 65,536 entries and a `u16`
/// state plus a class indexes it with no bounds check. Doubling it doubles the 128 KB table
/// that the scan reads for every byte of every paragraph, and needs `u32` states.
const CUE_ROWS: usize = 1024;

/// Entries of a [`CueTable`] row: one per byte class (a class for each byte of the [`CUES`],
/// 54 of them, and one for every other byte), a power of two so that a state, its row's first
/// index, is a multiple of it and a class is added to it by an `or`.
const CUE_CLASSES: usize = 64;

const _: () = assert!(
    CUE_ROWS * CUE_CLASSES == 1 << 16,
    "a u16 state indexes the table"
);

/// The cue scan's automaton as a plain table: a row of [`CUE_CLASSES`] next states per state,
/// a byte read through its class, and the match states numbered first, each with the bits of
/// the cues it ends.
///
/// Why classes and not a row of 256 next states by the byte itself (as the table was until
/// the thirty-fourth round): each byte's state waits on the previous one, so the scan runs at
/// the speed of that chain. With 256 entries a row, a state had to be masked, shifted and
/// added to the table's address before the next load (three steps on the chain, and the table
/// was 512 KB, the hot parts of each row on three cache lines); with the classes a state is
/// stored as its row's first index, the byte's class is looked up off the chain, and a step
/// is one `or` and one load in a 128 KB table whose rows are two cache lines. Callgrind counts
/// about the same instructions a byte (a class load for the mask and shift); wall time is
/// what changed (docs/benchmarks.md, thirty-fourth round).
///
/// It is built once from the `aho_corasick` crate's automaton of the cues (its contiguous NFA,
/// [`cue_nfa`]; no prefilter: unanchored, it only ever moves on) and reads the same states as
/// the crate's DFA would, but a step is one look-up by the byte itself and one
/// compare, where the crate's `next_state` looks up the byte's class first and then asks
/// whether the state is special and whether it is a match (three instructions a byte more,
/// about 0.01 M a Multi-News cluster under callgrind). The loop the crate's own overlapping
/// search iterator runs cost more still.
struct CueTable {
    /// The class of each byte: 0 for a byte no cue holds, else one more than its place among
    /// the cues' bytes in byte order.
    class: [u8; 256],
    /// `next[state | class]`: the state after a byte of `class`. A state is stored as its
    /// row's first index (its number times [`CUE_CLASSES`]); rows past the last state are
    /// unused.
    next: Box<[u16; CUE_ROWS * CUE_CLASSES]>,
    /// Bit `i` set when the state ends `CUES[i]`, for each match state (the states of rows
    /// `0..cues.len()`).
    cues: Vec<u128>,
    /// The first state that is no match state (`cues.len()` rows times [`CUE_CLASSES`]): a
    /// step compares its state with it, and divides only to find a match's cues.
    matches_end: u16,
    /// The state a scan starts in (its row's first index).
    start: u16,
}

impl CueTable {
    fn new() -> Self {
        let mut in_cue = [false; 256];
        for b in CUES.iter().flat_map(|c| c.bytes()) {
            in_cue[usize::from(b)] = true;
        }
        let bytes: Vec<u8> = (0..=255).filter(|&b| in_cue[usize::from(b)]).collect();
        Self::packed(&CueRows::over(&cue_nfa(), &bytes), &bytes)
    }

    /// `rows` with the bytes of a class in one entry: `bytes` (sorted) each a class of its
    /// own, every other byte class 0 (one no cue holds: each state goes back to the start on
    /// it, so any such byte's entry stands for all of them).
    fn packed(rows: &CueRows, bytes: &[u8]) -> Self {
        assert!(bytes.len() < CUE_CLASSES, "more cue bytes than classes");
        let mut class = [0u8; 256];
        let other = (0..=255u8).find(|b| bytes.binary_search(b).is_err());
        let mut firsts = vec![other.unwrap_or(0)];
        for (k, &b) in bytes.iter().enumerate() {
            class[usize::from(b)] = u8::try_from(k + 1).expect("fewer than 64 classes");
            firsts.push(b);
        }
        let first = |s: u16| {
            u16::try_from(usize::from(s) * CUE_CLASSES).expect("fewer than 1,024 cue states")
        };
        let mut next: Box<[u16; CUE_ROWS * CUE_CLASSES]> =
            vec![first(rows.start); CUE_ROWS * CUE_CLASSES]
                .into_boxed_slice()
                .try_into()
                .expect("the table has CUE_ROWS * CUE_CLASSES entries");
        for (row, out) in rows.next.iter().zip(next.chunks_exact_mut(CUE_CLASSES)) {
            for (entry, &b) in out.iter_mut().zip(&firsts) {
                *entry = first(row[usize::from(b)]);
            }
        }
        let matches = u16::try_from(rows.cues.len()).expect("fewer than 1,024 cue states");
        Self {
            class,
            next,
            cues: rows.cues.clone(),
            matches_end: first(matches),
            start: first(rows.start),
        }
    }
}

/// The cue scan's automaton with a row of 256 next states (by the byte itself) per state, the
/// states numbered in the order a scan first meets them with the match states first: what
/// [`CueTable`] packs into byte classes.
#[derive(PartialEq, Debug)]
struct CueRows {
    /// `next[state][byte]`: the state after `byte`, one row per state.
    next: Vec<[u16; 256]>,
    /// Bit `i` set when the state ends `CUES[i]`, for each match state (states `0..cues.len()`).
    cues: Vec<u128>,
    /// The state a scan starts in.
    start: u16,
}

impl CueRows {
    /// The table, asking `dfa` (an automaton of the [`CUES`]) the next state only on `bytes`,
    /// which hold every byte of every cue: on any other byte no cue's prefix can end, so every
    /// state goes back to the start. That keeps the build to about 1 M instructions (all 256
    /// bytes of each row asked cost 7 M, more than a few stories' scans save).
    fn over(dfa: &impl aho_corasick::automaton::Automaton, bytes: &[u8]) -> Self {
        let anchored = aho_corasick::Anchored::No;
        let start = dfa
            .start_state(anchored)
            .expect("the automaton is built to search unanchored");
        // Every state a scan can reach, in the order first met, with its next states on
        // `bytes` (the crate's ids; `rows[k * bytes.len() + j]` after `bytes[j]`) and, by id,
        // its place in that order.
        let mut states = vec![start];
        let mut rows = Vec::new();
        let mut place: Vec<usize> = Vec::new();
        set_place(&mut place, start, 0);
        let mut k = 0;
        while let Some(&sid) = states.get(k) {
            k += 1;
            for &b in bytes {
                let next = dfa.next_state(anchored, sid, b);
                if place.get(next.as_usize()).is_none_or(|&k| k == usize::MAX) {
                    set_place(&mut place, next, states.len());
                    states.push(next);
                }
                rows.push(next);
            }
        }
        // Renumbered with the match states first.
        let mut order: Vec<usize> = (0..states.len()).collect();
        order.sort_by_key(|&k| !dfa.is_match(states[k]));
        let mut number = vec![0; states.len()];
        for (new, &k) in order.iter().enumerate() {
            number[k] = u16::try_from(new).expect("fewer than 65,536 cue states");
        }
        assert!(states.len() <= CUE_ROWS, "more cue states than table rows");
        let mut next = vec![[number[0]; 256]; states.len()];
        for (row, &k) in next.iter_mut().zip(&order) {
            for (j, &b) in bytes.iter().enumerate() {
                row[usize::from(b)] = number[place[rows[k * bytes.len() + j].as_usize()]];
            }
        }
        let cues = order
            .iter()
            .map(|&k| states[k])
            .take_while(|&sid| dfa.is_match(sid))
            .map(|sid| {
                (0..dfa.match_len(sid))
                    .map(|m| 1u128 << dfa.match_pattern(sid, m).as_usize())
                    .fold(0, |a, b| a | b)
            })
            .collect();
        Self {
            next,
            cues,
            start: number[0],
        }
    }
}

/// The [`CUES`]' automaton the [`CueTable`] is read from: the crate's contiguous NFA, whose
/// `next_state` follows failure links where its DFA's is one look-up. The table asks it only
/// for the states a scan reaches, once each, so the NFA's dearer steps cost little, while
/// building the crate's DFA (every state's every byte class resolved) took about 6 M
/// instructions, a tenth of a one-story run; the table is the same (a test checks it), as the
/// states are renumbered in the order a scan meets them.
fn cue_nfa() -> aho_corasick::nfa::contiguous::NFA {
    aho_corasick::nfa::contiguous::NFA::builder()
        .prefilter(false)
        .build(CUES)
        .expect("the cues build an automaton")
}

/// Records that the automaton's state `sid` is the `k`-th met ([`CueTable::new`]), in `place`
/// indexed by the crate's state ids (`usize::MAX` for a state not met yet).
fn set_place(place: &mut Vec<usize>, sid: aho_corasick::automaton::StateID, k: usize) {
    if place.len() <= sid.as_usize() {
        place.resize(sid.as_usize() + 1, usize::MAX);
    }
    place[sid.as_usize()] = k;
}

impl std::ops::Deref for Para<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.text
    }
}

/// A call site's search for one literal: its index among the [`CUES`] and its own finder.
pub(crate) struct Search {
    cue: Option<usize>,
    finder: memchr::memmem::Finder<'static>,
}

impl Search {
    /// The search for `needle`.
    pub(crate) fn new(needle: &'static str) -> Self {
        Self {
            cue: CUES.iter().position(|c| *c == needle),
            finder: memchr::memmem::Finder::new(needle),
        }
    }

    /// True when a [`Para`]'s scan answers this search (its literal is a cue).
    #[cfg(test)]
    pub(crate) fn is_cue(&self) -> bool {
        self.cue.is_some()
    }
}

/// Text that [`holds`] searches: a plain `str` by the call site's finder, a [`Para`] by the
/// bits of its scan when the literal is a cue.
pub(crate) trait Haystack {
    /// True when the text contains the literal of `search`.
    fn holds(&self, search: &Search) -> bool;
}

impl Haystack for str {
    fn holds(&self, search: &Search) -> bool {
        search.finder.find(self.as_bytes()).is_some()
    }
}

impl Haystack for Para<'_> {
    fn holds(&self, search: &Search) -> bool {
        match search.cue {
            Some(i) => self.cues & (1u128 << i) != 0,
            None => self.text.holds(search),
        }
    }
}

/// Finds the leftovers in `s` (one content paragraph), in order and not overlapping.
///
/// Each pass that looks for a label first asks [`holds`], which has a SIMD fast path that
/// `find` lacks: most documents hold none of the labels, and then each pass costs one fast scan.
pub(crate) fn find(s: &str) -> Vec<Cut> {
    let lower = s.to_ascii_lowercase();
    let para = Para::new(&lower);
    let mut cuts = Vec::new();
    teasers(&para, &mut cuts);
    bracket_promos(&para, &mut cuts);
    text_size(&para, &mut cuts);
    signatures(&para, &mut cuts);
    image_links(&para, &mut cuts);
    captions(s, &para, &mut cuts);
    let mut doubles = doubled::Doubles::new(&para);
    doubled_subheads(s, &para, &mut cuts, &mut doubles);
    highlights(&para, &mut cuts);
    media_labels(&para, &mut cuts);
    ad_markers(&para, &mut cuts);
    getty_credits(&para, &mut cuts);
    wire_slash_credits(&para, &mut cuts);
    credits::find(&para, &mut cuts);
    wire_credits(s, &para, &mut cuts);
    file_captions(&para, &mut cuts);
    in_this::find(&para, &mut cuts);
    gallery_captions(&para, &mut cuts);
    hearst_galleries(&para, &mut cuts);
    // Before `photo_labels`, which would name the credit alone.
    brackets::gallery_headline(&para, &mut cuts);
    photo_labels(&para, &mut cuts);
    ap_photo_labels(&para, &mut cuts);
    lead_labels(&para, &mut cuts);
    abstract_labels(&para, &mut cuts);
    caption_toggles(&para, &mut cuts);
    caption_buttons::find(&para, &mut cuts);
    email_widgets(&para, &mut cuts);
    share_buttons(&para, &mut cuts);
    audio_widgets(&para, &mut cuts);
    video_embeds(&para, &mut cuts);
    share_bars::find(&para, &mut cuts);
    tooltips::find(&para, &mut cuts);
    continue_buttons(&para, &mut cuts);
    story_continued(&para, &mut cuts);
    upload_dates(&para, &mut cuts);
    // After the video stamps, which it may follow.
    box_labels(&para, &mut cuts);
    page_buttons(&para, &mut cuts);
    update_stamps(&para, &mut cuts, false);
    // After the passes that name a Getty credit's form better (`Photo: getty`, galleries).
    bare_getty(&para, &mut cuts);
    lead_bylines(&para, &mut cuts);
    datelines::find(&para, &mut cuts);
    share_bars::lone_shares(&para, &mut cuts);
    separators::find(&para, &mut cuts);
    // After the datelines a label follows and the separators' `___` stamps.
    live_blog::find(&para, &mut cuts);
    players::find(&para, &mut cuts);
    links::find(&para, &mut cuts);
    // After the credits and the runs of links that a gallery's label follows.
    widget_words::find(&para, &mut cuts);
    author_boxes::find(&para, &mut cuts);
    prompts::find(&para, &mut cuts);
    if holds!(para, ") to") {
        weather::find(&para, &mut cuts);
    }
    super::notices::find(&para, &mut cuts);
    // A byline after a notice that opens the paragraph (NBC News's sign-up notice) opens it too.
    if cuts.iter().any(|c| para[..c.0].trim().is_empty()) {
        let before = cuts.len();
        lead_bylines(&para, &mut cuts);
        // The dateline after that byline (`By ali vitali tallahassee, florida — all eyes …`) was
        // not at a cut's end when the datelines ran: they run again.
        if cuts.len() > before {
            datelines::find(&para, &mut cuts);
        }
    }
    // After the notices, which name a whole sign-up sentence they also find better.
    pointers::find(&para, &mut cuts);
    // After the notices, the calls to action (a tip line's address) and the pointers (`write to
    // letters@…`), which name what they find better.
    contacts::find(&para, &mut cuts);
    // After every pass that finds a contact line: the writer's bio before one.
    author_boxes::bios_before_contacts(&para, &mut cuts);
    // After the newsletter prompts (`pointers`) a page's stamp may follow.
    update_stamps(&para, &mut cuts, true);
    // After the notices, whose whole-sentence stamps are kept as they are.
    stamps::find(&para, &mut cuts);
    // After the notices, which name a `click here` sentence better.
    labels::find(&para, &mut cuts);
    // Last: any other pass names a bracket it also finds better (a site notice in brackets).
    brackets::find(&para, &mut cuts);
    // After all the others, whose cuts across a headline name its text better.
    copyrights::find(&para, &mut cuts);
    credits::headlines(&para, &mut cuts);
    credits::press_agencies(&para, &mut cuts);
    credits::via_credits(&para, &mut cuts);
    // After the passes whose cut may end its caption (a review's `About the movie` box).
    credits::enlarge_credits(&para, &mut cuts);
    // After every pass that names a bracket's credit, a sign-off or a `credit:` label better;
    // before the datelines that may follow a byline it cuts.
    credits::late(&para, &mut cuts);
    // After the passes whose cuts can end right before a place and its dash.
    datelines::after_late_cuts(&para, &mut cuts);
    // After every pass that cuts a caption's credit or a dateline, which it reads.
    dated_captions::find(s, &para, &mut cuts);
    cuts.append(&mut doubles.cuts);
    // After every other cut at the paragraph's start (a headline printed twice, a byline), so
    // that it reads from where the reader's text starts.
    restated::find(&para, &mut cuts);
    // A headline found before a dateline yields to any other cut from the same start (a site
    // notice such as `Please enable javascript to watch this video`), which names it better.
    cuts.sort_by_key(|c| (c.0, c.3 == datelines::HEADLINE));
    let mut out: Vec<Cut> = Vec::with_capacity(cuts.len());
    for c in cuts {
        match out.last_mut() {
            Some(last) if c.0 < last.1 => last.1 = last.1.max(c.1),
            _ => out.push(c),
        }
    }
    out
}

/// End of a clock time opening `r` (`9: 00 a.m.`, `5 p.m.`, `10:20 pm`): its length.
fn clock_len(r: &str) -> Option<usize> {
    let mut toks = tokens(r, 0);
    let (_, first) = toks.next()?;
    let digits = |t: &str| !t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit());
    let (h, m) = first.split_once(':').unwrap_or((first, ""));
    if !digits(h) || !(m.is_empty() || digits(m)) {
        return None;
    }
    let mut next = toks.next()?;
    if first.ends_with(':') {
        if !digits(next.1) {
            return None;
        }
        next = toks.next()?;
    }
    matches!(next.1, "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m").then(|| next.0 + next.1.len())
}

/// True when an earlier cut covers any of `start..end`.
fn overlaps(cuts: &[Cut], start: usize, end: usize) -> bool {
    cuts.iter().any(|c| c.0 < end && start < c.1)
}

/// True when position `p` starts a sentence: the paragraph start, or after a terminator (and
/// closing quotes/brackets) and whitespace.
fn sentence_start(l: &str, p: usize) -> bool {
    let before = l[..p].trim_end();
    if before.is_empty() {
        return true;
    }
    if before.len() == l[..p].len() {
        return false;
    }
    let before = before
        .trim_end_matches(['"', '\'', ')', ']', '”', '’', '»'])
        .trim_end();
    before.ends_with(['.', '?', '!', '…'])
}

fn teasers(l: &str, cuts: &mut Vec<Cut>) {
    let b = l.as_bytes();
    let mut from = 0;
    // `memchr` finds the colons a char search finds (an ASCII byte never occurs inside a
    // multi-byte character), by a SIMD scan rather than the standard library's word loop.
    while let Some(off) = memchr::memchr(b':', &b[from..]) {
        let colon = from + off;
        from = colon + 1;
        let head = l[..colon].trim_end();
        let Some(label) = TEASER_LABELS.iter().find(|w| {
            head.ends_with(*w)
                && !head[..head.len() - w.len()]
                    .ends_with(|c: char| c.is_alphanumeric() || c == '\'')
        }) else {
            continue;
        };
        let start = head.len() - label.len();
        // `[ related: … ]`, `( see also: … )`; but `(read: lazy)` is an aside, so a
        // parenthesis needs a label that only teasers use.
        let opener = l[..start].trim_end();
        let bracket = opener.ends_with('[')
            || (opener.ends_with('(') && !matches!(*label, "read" | "see" | "watch"));
        if !bracket && !sentence_start(l, start) {
            continue;
        }
        // `The statement read: "We are sad"` quotes; a teaser names a headline.
        let rest = l[colon + 1..].trim_start();
        let body = colon + 1 + (l.len() - colon - 1 - rest.len());
        // `Related: [Markets in turmoil]`: the brackets hold the headline.
        if !bracket
            && rest.starts_with('[')
            && let Some(e) = rest.find(']')
            && rest[..e].split_whitespace().count() <= TEASER_MAX_WORDS
        {
            let end = body + e + 1;
            cuts.push((
                start,
                end,
                BlockKind::RelatedList,
                "teaser link to another article (Related: [headline])",
            ));
            from = end;
            continue;
        }
        if !rest.starts_with(|c: char| c.is_alphanumeric() || c == '*') {
            continue;
        }
        let end = if bracket {
            let open = l[..start].trim_end().len() - 1;
            let close_char = if b[open] == b'[' { ']' } else { ')' };
            match l[body..].find(close_char) {
                Some(e) if l[body..body + e].split_whitespace().count() <= TEASER_MAX_WORDS => {
                    cuts.push((
                        open,
                        body + e + 1,
                        BlockKind::RelatedList,
                        "teaser link to another article ([Related: headline])",
                    ));
                    from = body + e + 1;
                    continue;
                }
                _ => continue,
            }
        } else {
            teaser_end(l, body)
        };
        if let Some(end) = end {
            cuts.push((
                start,
                end,
                BlockKind::RelatedList,
                "teaser link to another article (Read:/See:/Related: + headline)",
            ));
            from = end;
        }
    }
}

/// Labels of a promo in brackets that only promos use: `( photos: jack lew's career )`, `[ image
/// gallery: cute and colorful frogs ]`. `also on`/`earlier on` + a site name are matched apart.
const PROMO_LABELS: [&str; 8] = [
    "photos",
    "photo gallery",
    "image gallery",
    "in images",
    "slideshows",
    "slideshow",
    "raw video",
    "watch the video",
];

/// Labels of a promo in brackets that prose uses too (`( more: … )`, `[ new: … ]`); the bracket
/// must open a sentence or follow another bracket.
const PROMO_WEAK_LABELS: [&str; 7] = [
    "more", "latest", "new", "also", "analysis", "watch", "video",
];

/// A promo in brackets has at most this many words (22 seen in val).
const PROMO_MAX_WORDS: usize = 30;

/// A promo cut off by the document's end has at most this many words.
const PROMO_OPEN_MAX_WORDS: usize = 12;

/// Promos in brackets that link to another page of the site, glued between two sentences:
/// Politico's `( also on politico: gop race nears tipping point )`, `( photos: nra annual meeting
/// )`, `( watch: 7 defining quotes from rand paul )`, Time's `( more: top 10 unsolved hip hop
/// murders )`, and `[ latest: … ]`, `[ image gallery: … ]`, `[ in images: … ]` from others. A
/// label and a colon open the bracket, and it closes within [`PROMO_MAX_WORDS`] words with no
/// bracket inside, or runs to the end of a document cut off inside it. (`[ related: … ]` and `( see also: … )` are teasers.)
fn bracket_promos(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !holds!(l, ": ") {
        return;
    }
    // `memchr2` finds the brackets a char search finds (ASCII bytes never occur inside a
    // multi-byte character) without decoding every character of the paragraph.
    for open in memchr::memchr2_iter(b'(', b'[', l.as_bytes()) {
        let inner = l[open + 1..].trim_start();
        let Some(colon) = inner.find(':') else {
            continue;
        };
        let label = &inner[..colon];
        let site = ["also on ", "earlier on "].iter().any(|p| {
            label
                .strip_prefix(p)
                .is_some_and(|n| !n.is_empty() && !n.contains(' '))
        });
        let weak = PROMO_WEAK_LABELS.contains(&label);
        if !site && !weak && !PROMO_LABELS.contains(&label) {
            continue;
        }
        let before = l[..open].trim_end();
        if weak && !sentence_start(l, open) && !before.ends_with([')', ']']) {
            continue;
        }
        let close_char = if l.as_bytes()[open] == b'[' { ']' } else { ')' };
        let body = l.len() - inner.len() + colon + 1;
        // A document cut off inside the promo ends it.
        let end = match l[body..].find([close_char, '(', '[']) {
            Some(e) if l[body + e..].starts_with(close_char) => body + e + 1,
            None => l.len(),
            Some(_) => continue,
        };
        let words = l[body..end].split_whitespace().count();
        if words == 0
            || words > PROMO_MAX_WORDS
            || (end == l.len() && !l.ends_with(close_char) && words > PROMO_OPEN_MAX_WORDS)
        {
            continue;
        }
        cuts.push((
            open,
            end,
            BlockKind::RelatedList,
            "promo link in brackets (( also on politico: headline ), ( photos: … ))",
        ));
    }
}

/// End of a teaser headline that starts at `body`: after its final `.`/`?`/`!`, before an
/// opening quote that starts the prose glued to it, or the paragraph end; `None` when that is
/// more than [`TEASER_MAX_WORDS`] words away.
fn teaser_end(l: &str, body: usize) -> Option<usize> {
    let b = l.as_bytes();
    let mut words = 0;
    let mut i = body;
    while i < b.len() {
        // One whitespace-separated token.
        let t_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        let tok = &l[t_start..i];
        words += 1;
        if words > TEASER_MAX_WORDS {
            return None;
        }
        if words > 3 && (tok.starts_with('"') || tok.starts_with('“')) && tok.len() > 1 {
            return Some(l[..t_start].trim_end().len());
        }
        let bare = tok.trim_end_matches(['"', '\'', ')', '”', '’']);
        if bare.ends_with(['.', '?', '!']) && words > 1 {
            // Not the period of an abbreviation or initial (`u.s.`, `j.`).
            let w = bare.trim_end_matches(['.', '?', '!']);
            if bare.ends_with(['?', '!']) || (w.len() > 1 && !w.contains('.')) || tok == "." {
                return Some(i);
            }
        }
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
    }
    Some(l.trim_end().len())
}

fn text_size(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let held = [holds!(l, "text size"), holds!(l, "font size")];
    for (label, held) in ["text size", "font size"].into_iter().zip(held) {
        if !held {
            continue;
        }
        let mut from = 0;
        while let Some(off) = l[from..].find(label) {
            let start = from + off;
            from = start + label.len();
            let mut end = from;
            let mut controls = 0;
            let mut rest = &l[from..];
            loop {
                let r = rest.trim_start();
                let tok_len = r.find(char::is_whitespace).unwrap_or(r.len());
                let tok = &r[..tok_len];
                if tok.is_empty() || !matches!(tok, "-" | "+" | "–" | "a" | "a-" | "a+" | "reset")
                {
                    break;
                }
                controls += 1;
                end = l.len() - r.len() + tok_len;
                rest = &r[tok_len..];
            }
            if controls >= 2 {
                cuts.push((
                    start,
                    end,
                    BlockKind::Widget,
                    "text-size widget (Text size - + reset)",
                ));
                from = end;
                if let Some(label_end) = blog_label_after(l, end) {
                    cuts.push((
                        l.len() - l[end..].trim_start().len(),
                        label_end,
                        BlockKind::RelatedList,
                        "video headlines and blog label after a text-size widget (video: … politico 44)",
                    ));
                    from = label_end;
                } else if let Some(h_end) = headline_column_after(l, end) {
                    cuts.push((
                        l.len() - l[end..].trim_start().len(),
                        h_end,
                        BlockKind::RelatedList,
                        "headline column after a text-size widget (… \"quote, ( also on politico: … ))",
                    ));
                    from = h_end;
                }
            }
        }
    }
}

/// Words of a headline column after a text-size widget, at most (12 seen in val).
const HEADLINE_COLUMN_MAX_WORDS: usize = 14;

/// End of Politico's column of headlines after the text-size widget ending at `from` when no
/// blog label closes it: the lead starts with a quote (`paul open to yellen filibuster "i
/// don't think …`), with a promo in brackets (`carney: lunch not press event ( also on
/// politico: … )`), or with the headline's first word again before a comma (`camp: 'two
/// months is ridiculous ' camp, a conferee …`). The headline holds no sentence end and is at
/// most [`HEADLINE_COLUMN_MAX_WORDS`] words; a quotation that closes within three words is a
/// title in scare quotes (`politico "winners " series`), not the lead's quote. Without one of
/// these marks nothing shows where the headlines end, and they stay.
fn headline_column_after(l: &str, from: usize) -> Option<usize> {
    let toks: Vec<(usize, &str)> = tokens(l, from)
        .take(HEADLINE_COLUMN_MAX_WORDS + 1)
        .collect();
    let first = toks
        .first()?
        .1
        .trim_end_matches([':', ','])
        .trim_end_matches("'s");
    for (k, &(at, t)) in toks.iter().enumerate() {
        if k >= 2 && t.starts_with('(') {
            let inner = l[at + 1..].trim_start();
            let promo = ["also on ", "earlier on ", "photos:", "watch:", "video:"]
                .iter()
                .any(|p| inner.starts_with(p));
            return promo.then(|| l[..at].trim_end().len());
        }
        if k >= 3 && t.len() > 1 && t.starts_with('"') {
            let closes = toks[k..].iter().take(4).skip(1).any(|x| x.1.contains('"'));
            // `ryan writes that "the government …`, `boehner's position is "he can't …`: the
            // quote goes on the sentence before it.
            let prev = toks[k - 1].1;
            let continues = super::lexicon::contains(super::lexicon::FUNCTION_WORDS, prev)
                || matches!(
                    prev,
                    "writes" | "wrote" | "told" | "tells" | "asked" | "added" | "called"
                );
            if !closes && !continues {
                return Some(l[..at].trim_end().len());
            }
        }
        if k >= 3 && t.strip_suffix(',') == Some(first) && first.len() > 2 {
            return Some(l[..at].trim_end().len());
        }
        let bare = t.trim_end_matches(['"', '\'', ')']);
        if bare.ends_with(['?', '!'])
            || bare
                .strip_suffix('.')
                .is_some_and(|w| w.len() >= 4 && !w.contains('.'))
        {
            return None;
        }
    }
    None
}

/// Words between a text-size widget and the blog label after it, at most (20 seen in val).
const BLOG_LABEL_MAX_WORDS: usize = 24;

/// End of Politico's blog label `politico 44` when it follows the text-size widget ending at
/// `from` within [`BLOG_LABEL_MAX_WORDS`] words: the page's column of video and audio headlines
/// (`video: weiner's teary presser`, `audio: catanese on shutdown`) sits between the two, and
/// the lead starts right after the label. Without the label nothing shows where the headlines
/// end, and they stay.
fn blog_label_after(l: &str, from: usize) -> Option<usize> {
    const LABEL: &str = "politico 44";
    let rest = &l[from..];
    let at = rest.find(LABEL)?;
    if rest[..at].split_whitespace().count() > BLOG_LABEL_MAX_WORDS
        || !(at == 0 || rest[..at].ends_with(char::is_whitespace))
    {
        return None;
    }
    let end = from + at + LABEL.len();
    (!l[end..].starts_with(|c: char| c.is_alphanumeric())).then_some(end)
}

/// What a `Continue reading` button may say after those two words, longest first (`Continue
/// reading the main story`, NYT and BBC; `Continue reading below`; `Continue reading more on
/// this story`), with BBC's `Related stories` label that may follow.
const CONTINUE_SUFFIXES: [&str; 3] = ["the main story", "more on this story", "below"];

/// Words after a bare `continue reading` that make it an instruction in a sentence (`continue
/// reading to find out`, `continue reading the report`), not a button.
const CONTINUE_OBJECTS: [&str; 16] = [
    "to", "about", "the", "this", "that", "these", "his", "her", "their", "its", "our", "your",
    "my", "a", "an", "for",
];

/// `Continue reading` buttons left in the prose: `continue reading the main story` wherever it
/// stands (`… inside and outside court continue reading the main story related stories a court
/// in bangladesh…`), and at a sentence start `continue reading below` or a bare `continue
/// reading` before the next sentence (`… in a statement. continue reading below the incision
/// stretched…`); with a following `related stories` label, and cut short at the paragraph's
/// end (`advertisement continue reading the main`). `Subscribe to continue reading.` is no
/// button (the words do not start its sentence).
fn continue_buttons(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "continue reading";
    if !holds!(l, LABEL) {
        return;
    }
    for (start, _) in l.match_indices(LABEL) {
        if l[..start].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let mut end = start + LABEL.len();
        let rest = l[end..].trim_start();
        let at_start = sentence_start(l, start);
        if let Some(suffix) = CONTINUE_SUFFIXES.iter().find(|x| {
            rest.strip_prefix(**x)
                .is_some_and(|a| !a.starts_with(|c: char| c.is_alphanumeric()))
        }) {
            if !at_start && *suffix != "the main story" {
                continue;
            }
            end = l.len() - rest.len() + suffix.len();
        } else if !rest.is_empty() && "the main story".starts_with(rest) {
            // The paragraph ends inside the button.
            end = l.len();
        } else {
            let next = rest.split_whitespace().next().unwrap_or("");
            if !at_start
                || CONTINUE_OBJECTS.contains(&next)
                || rest.starts_with([',', ':', ';', '?', '!', '-'])
            {
                continue;
            }
        }
        let after = l[end..].trim_start();
        if let Some(a) = after.strip_prefix("related stories")
            && !a.starts_with(|c: char| c.is_alphanumeric() || c == ':')
        {
            end = l.len() - a.len();
        }
        cuts.push((
            start,
            end,
            BlockKind::Widget,
            "continue-reading button (Continue reading the main story, Related stories)",
        ));
    }
}

/// A page's marker between two of its paragraphs: `story`/`article` + `continues`/`continued`
/// + `below`.
const CONTINUED_MARKERS: [&str; 4] = [
    "story continued below",
    "story continues below",
    "article continued below",
    "article continues below",
];

/// Marks a page puts after its continue marker, pointing down (`article continues below »`,
/// `article continues below...`).
const CONTINUED_POINTERS: [&str; 3] = ["»", "...", "…"];

/// A page's continue marker between two of its paragraphs ([`CONTINUED_MARKERS`]): Politico's
/// `Story continued below`, the Toronto Star's and the Mirror's `Article continued below` /
/// `Article continues below` (`… in the back of a po' boy store. Story continued below graham
/// grew up …`), with a pointer after it (`»`, `...`). The marker goes, the sentence after it
/// stays. It opens a sentence (after a stop and closing quotes, spaced or not: `i quit. ' "
/// story continued below`), or stands right after an earlier cut, a dash between at most
/// (`advertisement - article continues below »`). Inside a sentence the words are prose (`the
/// story continued below the fold`).
fn story_continued(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !holds!(l, "continue") {
        return;
    }
    let l: &str = l;
    let n = cuts.len();
    for marker in CONTINUED_MARKERS {
        for (start, _) in l.match_indices(marker) {
            let mut end = start + marker.len();
            if l[end..].starts_with(|c: char| c.is_alphanumeric())
                || l[..start].ends_with(|c: char| c.is_alphanumeric())
            {
                continue;
            }
            // After a cut the dash between goes with the marker.
            let after_cut = cuts[..n].iter().map(|c| c.1).find(|&e| {
                e <= start
                    && l[e..start]
                        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '–'))
                        .is_empty()
            });
            let start = if after_stop(l, start) {
                start
            } else if let Some(e) = after_cut {
                start - l[e..start].trim_start().len()
            } else {
                continue;
            };
            let rest = l[end..].trim_start();
            if let Some(p) = CONTINUED_POINTERS.iter().find(|p| rest.starts_with(**p)) {
                end = l.len() - rest.len() + p.len();
            }
            cuts.push((
                start,
                end,
                BlockKind::Widget,
                "continue-reading marker (Story continued below)",
            ));
        }
    }
}

/// True when position `p` opens a sentence after a stop and closing quotes or brackets, spaced
/// or not (`… oh i resign. i quit. ' " story …`), or the paragraph: [`sentence_start`] with the
/// spaces a tokeniser put between the closing marks.
fn after_stop(l: &str, p: usize) -> bool {
    if !l[..p].ends_with(char::is_whitespace) && p > 0 {
        return false;
    }
    let before = l[..p].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»')
    });
    before.is_empty() || before.ends_with(['.', '?', '!', '…'])
}

/// A video page's upload date glued before the clip's description (YouTube's `Published on apr
/// 29, 2015 jimmy gets a surprise visit …`), opening a sentence: the date line goes, the
/// description stays. A date the sentence goes on from (`Published on june 3, 2015, the report
/// found …`) is prose.
fn upload_dates(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "published on ";
    // One cue for the upload date and the stamp in brackets.
    if !holds!(l, "published ") {
        return;
    }
    published_stamps(l, cuts);
    for start in occurrences!(l, LABEL) {
        if !sentence_start(l, start) {
            continue;
        }
        let body = start + LABEL.len();
        let Some(n) = date_len(&l[body..]) else {
            continue;
        };
        let end = body + n;
        if !l[end..].starts_with(' ') || l[end..].trim_start().is_empty() {
            continue;
        }
        cuts.push((
            start,
            end,
            BlockKind::DateLine,
            "video upload date glued before its description (Published on apr 29, 2015)",
        ));
    }
}

/// Units of a stamp's age (`( published 2 hours ago )`).
const AGE_UNITS: [&str; 6] = ["minute", "minutes", "hour", "hours", "day", "days"];

/// A video's publication stamp in round brackets, between its caption and the article's lead
/// (NBC's station pages: `… early friday morning. ( published friday, july 17, 2015 ) police
/// in somersworth …`, `( published 2 hours ago )`): `published`, an optional weekday, a full
/// date or an age, and the closing bracket, with nothing else inside. It goes as a date line
/// wherever it stands; the caption and the lead are news and stay.
fn published_stamps(l: &str, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "( published ";
    for open in occurrences!(l, LABEL) {
        let body = &l[open + LABEL.len()..];
        let weekday = body
            .split_whitespace()
            .next()
            .filter(|w| super::lexicon::contains(super::lexicon::WEEKDAYS, w.trim_end_matches(',')))
            .map_or(0, |w| offset_in(body, w) + w.len());
        let body = body[weekday..].trim_start();
        let n = date_len(body).or_else(|| {
            let mut words = body.split_whitespace();
            let count = words.next()?;
            let unit = words.next()?;
            let ago = words.next()?;
            (count.bytes().all(|b| b.is_ascii_digit()) && AGE_UNITS.contains(&unit) && ago == "ago")
                .then(|| offset_in(body, ago) + ago.len())
        });
        let Some(rest) = n.and_then(|n| body[n..].trim_start().strip_prefix(')')) else {
            continue;
        };
        let end = l.len() - rest.len();
        if overlaps(cuts, open, end) {
            continue;
        }
        cuts.push((
            open,
            end,
            BlockKind::DateLine,
            "video's publication stamp in brackets (( published friday, july 17, 2015 ))",
        ));
    }
}

/// Words after `what to know` that go on with it in a sentence or a headline (`What to know
/// about the new law`, `What to know before you go`, `What to know is that …`).
const KNOW_GOES_ON: [&str; 11] = [
    "about", "before", "if", "when", "is", "was", "as", "for", "now", "ahead", "and",
];

/// NBC's `What to know` box label before its first point, opening the paragraph or right after
/// a date line (the video's stamp: `( published saturday, june 4, 2016 ) what to know around
/// 276 small dogs …`, `What to know craig carton, co-host of …`): the label goes, the points
/// stay. Anywhere else, or before a word that goes on with it ([`KNOW_GOES_ON`]), it is prose.
/// Only those two places are read, so the pass needs no scan of the paragraph.
fn box_labels(l: &str, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "what to know ";
    let starts = std::iter::once(0).chain(
        cuts.iter()
            .filter(|c| c.2 == BlockKind::DateLine)
            .map(|c| c.1),
    );
    let found: Vec<usize> = starts
        .map(|p| p + (l[p..].len() - l[p..].trim_start().len()))
        .filter(|&p| {
            l[p..].starts_with(LABEL)
                && l[p + LABEL.len()..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| !KNOW_GOES_ON.contains(&w))
        })
        .collect();
    for p in found {
        if !overlaps(cuts, p, p + LABEL.len()) {
            cuts.push((
                p,
                p + LABEL.len() - 1,
                BlockKind::SectionLabel,
                "NBC's box label before its first point (What to know)",
            ));
        }
    }
}

/// Words after `add interest` that make it a verb with its object in a sentence (`Add interest
/// rates to the list of worries`), not ABC News's follow button.
const ADD_INTEREST_OBJECTS: [&str; 10] = [
    "rate", "rates", "payments", "charges", "income", "to", "on", "of", "and", "at",
];

/// Words before `buy photo` that make it a verb in a sentence (`readers can buy photo prints`,
/// `to buy photo equipment`), besides function words.
const BUY_PHOTO_SUBJECTS: [&str; 8] = [
    "can", "could", "would", "will", "may", "might", "must", "should",
];

/// Buttons of a news page left between a caption or credit and the text: Gannett's `Buy photo`
/// (`( photo: andrew ford/staff photo ) buy photo howell – more than 200 dogs …`), wherever it
/// stands unless a subject or `to` makes it a verb (`you can buy photo prints`), and ABC News's
/// `Add interest` follow button opening a sentence (`… analysis from abc news. Add interest the
/// security guard, identified as …`), unless an object follows (`Add interest rates to …`).
/// Only the button goes.
fn page_buttons(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const BUY: &str = "buy photo";
    const ADD: &str = "add interest";
    if holds!(l, BUY) {
        for (start, _) in l.match_indices(BUY) {
            let end = start + BUY.len();
            let prev = l[..start].split_whitespace().next_back().unwrap_or("");
            if l[..start].ends_with(|c: char| c.is_alphanumeric())
                || l[end..].starts_with(|c: char| c.is_alphanumeric())
                || crate::token::is_stopword(prev)
                || BUY_PHOTO_SUBJECTS.contains(&prev)
            {
                continue;
            }
            cuts.push((
                start,
                end,
                BlockKind::Widget,
                "page button after a caption or credit (Buy photo, Add interest)",
            ));
        }
    }
    if holds!(l, ADD) {
        for (start, _) in l.match_indices(ADD) {
            let end = start + ADD.len();
            let next = l[end..].split_whitespace().next().unwrap_or("");
            if !sentence_start(l, start)
                || l[end..].starts_with(|c: char| c.is_alphanumeric())
                || ADD_INTEREST_OBJECTS.contains(&next)
            {
                continue;
            }
            cuts.push((
                start,
                end,
                BlockKind::Widget,
                "page button after a caption or credit (Buy photo, Add interest)",
            ));
        }
    }
}

/// True for a token of a page's time stamp: a month (`nov.`, `june`), a number (`29,`,
/// `2018,`, `1:`, `40`), `am`/`pm` or a time zone (`gmt`, `utc`).
fn is_stamp_token(t: &str) -> bool {
    let w = t.trim_end_matches([',', '.', ':']);
    !w.is_empty()
        && (w.bytes().all(|b| b.is_ascii_digit() || b == b':')
            || MONTHS.contains(&w)
            || matches!(
                w,
                "am" | "pm" | "a.m" | "p.m" | "gmt" | "utc" | "et" | "est" | "edt"
            ))
}

/// End of the `by` line after a time stamp: `by` and the authors' names, each two words or
/// three with a middle initial (`by carol e. lee and courtney kube`, `by erik ortiz, corky
/// siemaszko and phil helsel`), joined by commas and `and`. A name of three words without an
/// initial leaves its last word before the lead: nothing shows where it ends.
fn authors_end(l: &str, from: usize) -> Option<usize> {
    let toks: Vec<(usize, &str)> = tokens(l, from).take(24).collect();
    if toks.first().map(|t| t.1) != Some("by") {
        return None;
    }
    let is_name_word = |t: &str| {
        let w = t.trim_end_matches(',');
        w.len() > 1
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '-' | '.'))
            && !crate::token::is_stopword(w)
    };
    let mut k = 1;
    let mut end = None;
    loop {
        let first = toks.get(k)?.1;
        let second = toks.get(k + 1)?.1;
        if !is_name_word(first) || first.ends_with(',') || !is_name_word(second) {
            return end;
        }
        let mut last = k + 1;
        // `carol e. lee`: a middle initial and the last name.
        if second.len() == 2 && second.ends_with('.') {
            match toks.get(k + 2) {
                Some(&(_, t)) if is_name_word(t) => last = k + 2,
                _ => return end,
            }
        }
        let (at, t) = toks[last];
        end = Some(at + t.trim_end_matches(',').len());
        if t.ends_with(',') {
            k = last + 1;
            if toks.get(k).map(|x| x.1) == Some("and") {
                k += 1;
            }
        } else if toks.get(last + 1).map(|x| x.1) == Some("and") {
            k = last + 2;
        } else {
            return end;
        }
    }
}

/// Words that open a lead after a bare byline (`By keith humphreys the secularist menace …`,
/// `By adam edelman president donald trump on friday …`).
const BYLINE_LEAD_OPENERS: [&str; 4] = ["the", "a", "an", "president"];

/// Words of time that make `By <word> <word> the …` prose (`By christmas eve the stores …`,
/// `By late saturday the number …`).
const BYLINE_TIME_WORDS: [&str; 21] = [
    "late",
    "early",
    "mid",
    "christmas",
    "midnight",
    "noon",
    "dawn",
    "dusk",
    "morning",
    "afternoon",
    "evening",
    "night",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "year",
];

/// True when `l[at..end]` is a byline of one two-word name (`By keith humphreys`) printed again
/// as a byline in the same paragraph, a lead opener ([`BYLINE_LEAD_OPENERS`]) after one of the
/// two (a blog roll: `By keith humphreys the secularist menace … By ed kilgore the shredding of
/// … By ed kilgore america is driving …`), or that opens the paragraph before `president` (`By adam edelman
/// president donald trump on friday …`). Nothing else marks where a lower-cased name ends, so a
/// lone `By keith humphreys the …` and a longer name (`By lauren johnson manhattan landlord …`)
/// stay. No word of the name is a
/// time's (`By christmas eve the …`), a month or a verb's form (`By killing osama the …`).
fn bare_byline(l: &str, at: usize, end: usize, cuts: &[Cut]) -> bool {
    let name: Vec<&str> = l[at..end].split_whitespace().skip(1).collect();
    if name.len() != 2
        || name.iter().any(|w| {
            BYLINE_TIME_WORDS.contains(w)
                || MONTHS.contains(&w.trim_end_matches('.'))
                || (w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")))
        })
    {
        return false;
    }
    let byline = &l[at..end];
    let next = |p: usize| {
        l[p + byline.len()..]
            .split_whitespace()
            .next()
            .unwrap_or("")
    };
    let opener = |p: usize| BYLINE_LEAD_OPENERS.contains(&next(p));
    // The same byline opening another sentence of the paragraph.
    let mut others = l.match_indices(byline).map(|(p, _)| p).filter(|&p| {
        p != at
            && !l[..p].ends_with(char::is_alphanumeric)
            && !l[p + byline.len()..].starts_with(char::is_alphanumeric)
            && sentence_start(l, p)
    });
    (opens_paragraph(l, at, cuts) && next(at) == "president")
        || (opener(at) && others.next().is_some())
        || others.any(opener)
}

/// True when nothing but spaces and earlier cuts comes before `at` in `l`: the paragraph's
/// start as a reader sees it (NBC News's sign-up notice before its byline: `Breaking news
/// emails get breaking news alerts … delivered weekday mornings. By adam edelman president …`).
fn opens_paragraph(l: &str, at: usize, cuts: &[Cut]) -> bool {
    reader_start(l, cuts) >= at
}

/// Where the paragraph's text starts as a reader sees it: after the spaces and the earlier cuts
/// that open it (a sign-up notice, a byline), at a space or at the paragraph's end.
fn reader_start(l: &str, cuts: &[Cut]) -> usize {
    let mut pos = 0;
    loop {
        pos += l[pos..].len() - l[pos..].trim_start().len();
        match cuts
            .iter()
            .filter(|c| c.0 <= pos && pos < c.1)
            .map(|c| c.1)
            .max()
        {
            Some(e) => pos = e,
            None => return pos,
        }
    }
}

/// True when `l[at..end]` is a byline of names in lower case that opens the paragraph (a
/// Multi-News document: `By lauren johnson manhattan landlord maurice …`, `By mark silva
/// webster's new world dictionary …`, `By hanna nicolo and sasha puhova their results …`): each
/// name two words or three with a middle initial ([`authors_end`]), no word of it a time's, a
/// month's, a weekday's or a verb's form (`By late thursday …`, `By turning to …`) nor ending in
/// a period other than an initial's (`By mrs. Trump, you sent …`), and the lead going on after a
/// space (`By popular demand, …` is prose). At a sentence's start inside a paragraph nothing
/// tells a lower-cased name from a phrase (`… by election day democrats …`), so only the
/// paragraph's start counts: that is where a page puts its byline.
fn opening_byline(l: &str, at: usize, end: usize, cuts: &[Cut]) -> bool {
    if !opens_paragraph(l, at, cuts) {
        return false;
    }
    let rest = &l[end..];
    if !rest.starts_with(' ')
        || !rest
            .trim_start()
            .starts_with(|c: char| c.is_alphanumeric() || c == '"' || c == '\'')
    {
        return false;
    }
    l[at..end].split_whitespace().skip(1).all(|w| {
        let w = w.trim_end_matches(',');
        let bare = w.trim_end_matches('.');
        (w == "and" || !crate::token::is_stopword(w))
            && (bare.len() == w.len() || bare.len() == 1)
            && !BYLINE_TIME_WORDS.contains(&bare)
            && !MONTHS.contains(&bare)
            && !super::lexicon::contains(super::lexicon::WEEKDAYS, bare)
            && !(bare.len() > 4 && (bare.ends_with("ing") || bare.ends_with("ed")))
    })
}

/// Words of an author's role and outlet, at most, between a byline's comma and its `follow
/// @handle` (`By daniel burke, cnn belief blog co-editor follow @burkecnn`).
const BYLINE_ROLE_WORDS: usize = 6;

/// Words of an outlet and a role at most after a byline's dash (`– radar news editor`).
const BYLINE_DASH_ROLE_WORDS: usize = 4;

/// Roles that end a byline after its dash: what a name's outlet and title end on.
const BYLINE_ROLES: [&str; 6] = [
    "editor",
    "reporter",
    "correspondent",
    "writer",
    "columnist",
    "contributor",
];

/// End of an author's outlet and role opening `l[from..]` (`radar news editor`, `radar
/// reporter`): at most [`BYLINE_DASH_ROLE_WORDS`] words of letters that are no function words,
/// the last of them a role ([`BYLINE_ROLES`]). A role's noun ends the byline, so the lead's
/// first words never go with it; without one nothing shows where the outlet ends.
fn role_end(l: &str, from: usize) -> Option<usize> {
    for w in l[from..].split_whitespace().take(BYLINE_DASH_ROLE_WORDS) {
        if !w.bytes().all(|b| b.is_ascii_alphabetic()) || crate::token::is_stopword(w) {
            return None;
        }
        if BYLINE_ROLES.contains(&w) {
            return Some(offset_in(l, w) + w.len());
        }
    }
    None
}

/// Wire agencies that end a byline after a comma (`by andy blatchford, the canadian press`).
const BYLINE_AGENCIES: [&str; 6] = ["press", "reuters", "afp", "ap", "bloomberg", "upi"];

/// Words of a city, at most, between a byline and its dateline's agency (`by mark hosenball
/// washington ( reuters ) -`).
const BYLINE_CITY_WORDS: usize = 3;

/// True when a dateline's credit opens `r` after at most [`BYLINE_CITY_WORDS`] words of its
/// city: an agency in parentheses and a dash (`washington ( reuters ) - the …`, `philadelphia (
/// cbs ) — the …`).
fn dateline_credit_follows(r: &str) -> bool {
    let toks: Vec<&str> = r.split_whitespace().take(BYLINE_CITY_WORDS + 4).collect();
    (1..=BYLINE_CITY_WORDS).any(|k| {
        toks.get(k) == Some(&"(")
            && toks
                .get(k + 1)
                .is_some_and(|a| a.chars().all(char::is_alphabetic))
            && toks.get(k + 2) == Some(&")")
            && toks
                .get(k + 3)
                .is_some_and(|d| matches!(*d, "-" | "—" | "--" | "–"))
            && toks[..k]
                .iter()
                .all(|w| !crate::token::is_stopword(w.trim_end_matches(',')))
    })
}

/// A byline glued before the lead when its end shows (`By mark hosenball washington ( reuters
/// ) - the central intelligence agency …`, `By andy blatchford, the canadian press
/// mont-tremblant, que.`, `by michael falcone ( @michaelpfalcone ) notables …`): `by` and the
/// authors' names ([`authors_end`]) opening a sentence, then a dateline with its agency, the
/// agency after a comma, a role and outlet after a comma up to a dash (`By eric klinenberg,
/// contributor fortune —`), a network's `news,` (`By amitabha bhattasali bbc news, siliguri`),
/// or the author's `@handle`; or a desk's byline (`By radar staff kris jenner …`, not `By staff
/// sgt. …`); a role after a comma up to the author's `follow @handle` (`By daniel burke, cnn
/// belief blog co-editor follow @burkecnn ( cnn ) -`); or a bare two-word name before `the`, `a`, `an` or `president` where it is sure
/// ([`bare_byline`]). The byline goes, the dateline and lead stay;
/// `By the end of the year, …` and a byline with nothing after it to end it stay.
fn lead_bylines(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !holds!(l, "by ") {
        return;
    }
    for at in occurrences!(l, "by ") {
        // A byline opens a sentence, or follows a credit an earlier pass cut (`Credit: drew
        // angerer/getty images by michael falcone ( @michaelpfalcone ) …`).
        let after_cut = cuts
            .iter()
            .any(|c| c.1 <= at && l[c.1..at].trim().is_empty());
        if !(sentence_start(l, at) || after_cut) || cuts.iter().any(|c| c.0 <= at && at < c.1) {
            continue;
        }
        let Some(mut end) = authors_end(l, at) else {
            continue;
        };
        let rest = &l[end..];
        // `By daniel burke, cnn belief blog co-editor follow @burkecnn ( cnn ) - …`: a role
        // after a comma, up to the author's `follow @handle`.
        let follow = {
            let toks: Vec<&str> = l[at..]
                .split_whitespace()
                .take(BYLINE_ROLE_WORDS + 5)
                .collect();
            toks.windows(2)
                .position(|w| w[0] == "follow" && w[1].starts_with('@') && w[1].len() > 2)
                .filter(|&j| toks[..j].iter().any(|t| t.ends_with(',')))
                .map(|j| toks[j + 1])
                .map(|h| offset_in(l, h) + h.len())
        };
        let staff = l[at..end].split_whitespace().count() == 3 && l[..end].ends_with(" staff");
        let network = rest
            .split_whitespace()
            .nth(1)
            .filter(|w| *w == "news,")
            .map(|w| offset_in(l, w) + "news,".len());
        let dash = ["—", "--", "–", "-"]
            .into_iter()
            .find(|d| rest.trim_start().starts_with(&format!("{d} ")))
            .map(|d| end + (rest.len() - rest.trim_start().len()) + d.len());
        if staff {
            // `By radar staff kris jenner is known …`: a desk's byline.
        } else if let Some(e) = follow {
            end = e;
        } else if let Some(e) = dash.filter(|_| l[at..end].contains(", ")) {
            // `By eric klinenberg, contributor fortune — in 1957, …`: a name, a role and an
            // outlet up to a dash.
            end = e;
        } else if let Some(e) = dash.and_then(|d| role_end(l, d)) {
            // `By amber goodhand – radar news editor lindsay lohan was …`: a dash, then the
            // outlet and the author's role.
            end = e;
        } else if let Some(e) = network.filter(|_| rest.starts_with(' ')) {
            // `By amitabha bhattasali bbc news, siliguri …`: the network ends the byline.
            end = e;
        } else if let Some(r) = rest.strip_prefix(", ") {
            let agency = r
                .split_whitespace()
                .take(3)
                .position(|w| BYLINE_AGENCIES.contains(&w.trim_end_matches([',', '.'])));
            let Some(k) = agency else {
                continue;
            };
            let w = r.split_whitespace().nth(k).unwrap_or("");
            let w_at = offset_in(l, w);
            end = w_at + w.trim_end_matches([',', '.']).len();
        } else if let Some(open) = rest.find('(').filter(|&o| rest[..o].trim().is_empty())
            && let Some(e) = handle_at(l, end + open)
        {
            end = e;
        } else if !(dateline_credit_follows(rest)
            || bare_byline(l, at, end, cuts)
            || opening_byline(l, at, end, cuts))
        {
            continue;
        }
        cuts.push((
            at,
            end,
            BlockKind::Byline,
            "byline before the lead (By Name washington ( reuters ) -)",
        ));
    }
}

/// NBC News's time stamp and byline flattened before the lead: `Nov. 29, 2018, 1: 40 am gmt /
/// updated nov. 29, 2018, 1: 52 am gmt by phil mccausland for weeks, …`, `/ updated by sarah
/// fitzpatrick and tracy connor adult film star …`, `… gmt / source: reuters …`. The stamps
/// with the source go as the page's date line (its publication date, as under a headline), the
/// authors' names ([`authors_end`]) as a byline; a bare `/ updated` goes alone. `again`: a
/// second look after the prompts and notices, for a stamp right after a cut of theirs (`Get the
/// latest from today sign up for our newsletter / updated / source: today by molly blake …`).
fn update_stamps(l: &Para<'_>, cuts: &mut Vec<Cut>, again: bool) {
    const LABEL: &str = "/ updated";
    if !holds!(l, LABEL) {
        return;
    }
    for (at, _) in l.match_indices(LABEL) {
        if again && cuts.iter().any(|c| c.0 <= at && at < c.1) {
            continue;
        }
        let mut end = at + LABEL.len();
        if !l[end..].starts_with(' ') && end != l.len() {
            continue;
        }
        // The first stamp before the label, back to where its tokens stop.
        let mut start = at;
        for (p, t) in l[..at]
            .split_whitespace()
            .rev()
            .map(|t| (offset_in(l, t), t))
        {
            if !is_stamp_token(t) {
                break;
            }
            start = p;
        }
        if !(sentence_start(l, start)
            || again
                && cuts
                    .iter()
                    .any(|c| c.1 <= start && l[c.1..start].trim().is_empty()))
        {
            continue;
        }
        // The second stamp and a source after the label.
        for (p, t) in tokens(l, end) {
            if !is_stamp_token(t) {
                break;
            }
            end = p + t.len();
        }
        let rest = l[end..].trim_start();
        if let Some(r) = rest.strip_prefix("/ source: ") {
            let w = r.split_whitespace().next().unwrap_or("");
            end = l.len() - r.len() + w.len();
        }
        let from = end + (l[end..].len() - l[end..].trim_start().len());
        let byline = authors_end(l, from);
        if start < at {
            cuts.push((
                start,
                end,
                BlockKind::DateLine,
                "time stamp before the lead (… gmt / updated … gmt)",
            ));
            if let Some(e) = byline {
                cuts.push((
                    from,
                    e,
                    BlockKind::Byline,
                    "byline before the lead (by Name and Name)",
                ));
            }
        } else {
            cuts.push((
                start,
                byline.unwrap_or(end),
                BlockKind::Byline,
                "byline before the lead (/ updated by Name and Name)",
            ));
        }
    }
}

/// `( @handle )` at `open` (the `(`): the end of the `)`.
fn handle_at(l: &str, open: usize) -> Option<usize> {
    let r = l[open + 1..].trim_start();
    let r = r.strip_prefix('@')?;
    let n = r
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
        .count();
    if n == 0 {
        return None;
    }
    let after = r[n..].trim_start();
    let after = after.strip_prefix(')')?;
    Some(l.len() - after.len())
}

/// A date `month day, year` (or `month day year`) at the start of `r`: its length.
fn date_len(r: &str) -> Option<usize> {
    let month = MONTHS
        .iter()
        .filter(|m| r.starts_with(*m) && !r[m.len()..].starts_with(|c: char| c.is_alphabetic()))
        .max_by_key(|m| m.len())?;
    let t = r[month.len()..].trim_start_matches('.').trim_start();
    let day = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&day) {
        return None;
    }
    let i = r.len() - t.len() + day;
    let t = r[i..].trim_start().trim_start_matches(',').trim_start();
    let year = t.bytes().take_while(u8::is_ascii_digit).count();
    if year != 4 {
        return None;
    }
    Some(r.len() - t.len() + 4)
}

fn signatures(l: &str, cuts: &mut Vec<Cut>) {
    let b = l.as_bytes();
    let mut from = 0;
    while let Some(off) = memchr::memchr(b'@', &b[from..]) {
        let at = from + off;
        from = at + 1;
        // The `(` before the handle.
        let before = l[..at].trim_end();
        if !before.ends_with('(') {
            continue;
        }
        let open = before.len() - 1;
        let Some(close) = handle_at(l, open) else {
            continue;
        };
        let after = l[close..].trim_start();
        let after_at = l.len() - after.len();
        // Twitter: `— name ( @handle ) month day, year`.
        let name_part = l[..open].trim_end();
        let dash = name_part
            .char_indices()
            .rev()
            .take(80)
            .find(|&(_, c)| matches!(c, '—' | '–' | '-'))
            .map(|(p, _)| p)
            .filter(|&p| {
                let name = &name_part[p..].trim_start_matches(['—', '–', '-']);
                let words = name.split_whitespace().count();
                // `-vivian toumeh`: a dash glued to the name is fine, one inside a word is not.
                (1..=6).contains(&words)
                    && (p == 0 || !b[p - 1].is_ascii_alphanumeric() || b[p] != b'-')
                    && !name.contains([',', '"', ':', '?', '!'])
            });
        if let Some(dash) = dash
            && let Some(n) = date_len(after)
        {
            let start = link_before(l, dash);
            let end = after_at + n;
            cuts.push((
                start,
                end,
                BlockKind::Caption,
                "embedded tweet signature (— name (@handle) date)",
            ));
            from = end;
            continue;
        }
        // Instagram: `a post shared by name ( @handle ) on month day, year at 5: 27pm pst`.
        if let Some(p) = name_part.rfind("a post shared by")
            && name_part[p..].split_whitespace().count() <= 10
            && sentence_start(l, p)
            && let Some(r) = after.strip_prefix("on ")
            && let Some(n) = date_len(r)
        {
            let mut end = l.len() - r.len() + n;
            // ` at 5: 27pm pst`
            let t = &l[end..];
            if let Some(t2) = t.trim_start().strip_prefix("at ") {
                let toks: Vec<&str> = t2.split_whitespace().take(4).collect();
                let mut used = 0;
                for tok in &toks {
                    let is_clock = tok.bytes().all(|c| {
                        c.is_ascii_digit() || matches!(c, b':' | b'a' | b'p' | b'm' | b'.')
                    });
                    let is_zone = tok.len() <= 4
                        && tok.ends_with('t')
                        && tok.bytes().all(|c| c.is_ascii_lowercase());
                    if is_clock || is_zone {
                        used += 1;
                    } else {
                        break;
                    }
                }
                if used > 0 {
                    let last = toks[used - 1];
                    let at_pos = l.len() - t2.len();
                    end = at_pos + t2.find(last).unwrap_or(0) + last.len();
                }
            }
            cuts.push((
                p,
                end,
                BlockKind::Caption,
                "embedded post signature (A post shared by name (@handle) on date)",
            ));
            from = end;
        }
    }
}

/// Start of a `pic.twitter.com/…` or `t.co/…` link directly before `p` (after whitespace), else `p`.
fn link_before(l: &str, p: usize) -> usize {
    let before = l[..p].trim_end();
    let tok_start = before.len()
        - before
            .rsplit(char::is_whitespace)
            .next()
            .map_or(0, str::len);
    let tok = &before[tok_start..];
    if is_post_link(tok) { tok_start } else { p }
}

fn is_post_link(tok: &str) -> bool {
    let t = tok
        .trim_start_matches(['(', '"'])
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    // `readypic.twitter.com/…`: the link glued to the tweet's last word.
    t.contains("pic.twitter.com/") || t.starts_with("t.co/")
}

fn image_links(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !holds!(l, "pic.twitter.com/") {
        return;
    }
    let mut from = 0;
    while let Some(off) = l[from..].find("pic.twitter.com/") {
        let p = from + off;
        let tok_start = l[..p].len()
            - l[..p]
                .rsplit(char::is_whitespace)
                .next()
                .map_or(0, str::len);
        let tok_end = l[p..].find(char::is_whitespace).map_or(l.len(), |e| p + e);
        from = tok_end;
        // Only the link itself: a word glued in front of it (`readypic.twitter.com`) is the
        // tweet's, so cut from `pic`.
        let start = if l[tok_start..p].chars().all(|c| !c.is_alphanumeric()) {
            tok_start
        } else {
            p
        };
        cuts.push((
            start,
            tok_end,
            BlockKind::ImageSlug,
            "embedded tweet image link (pic.twitter.com/…)",
        ));
    }
}

/// A caption longer than this many words is taken for prose that happens to end in a credit;
/// then only the credit is cut.
const CAPTION_MAX_WORDS: usize = 60;

/// A caption before a [`Credit::Courtesy`] credit has at most this many words (`Martin pistorius
/// in his wheelchair in 1992.`, `Bob jones university campus`): such credits also close prose
/// (`… after consuming marijuana. ( name / toronto star file photo )`), and a longer sentence
/// stays.
const COURTESY_CAPTION_MAX_WORDS: usize = 15;

/// Words of a report, which a caption before a [`Credit::Courtesy`] credit does not hold.
const REPORTING: [&str; 4] = ["according to", " said ", " says ", " told "];

/// What a photo credit in parentheses names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Credit {
    /// `( picture: … )`, `( image: … )`: see [`bracket_label_credit`].
    Label,
    /// `( courtesy of … )`, `( photo provided by … )`, `( defense department photo )`: see
    /// [`brackets::courtesy_credit`].
    Courtesy,
    /// `( associated press )`, `(AP Photo/Name)`, `( photo: … )`, `(Photo by …)`.
    Labelled,
    /// A photographer and another agency or paper: `( name/the washington post )`, `( name/reuters
    /// )`, `( name/associated press )`.
    Agency,
    /// A photographer and AP: `( name/ap )`, `( name via ap )`.
    Ap,
}

/// Photo credits that end a caption: `( associated press )`, `(AP Photo/Name)`, `( photo: … )`,
/// `(Photo by …)`, `( name/ap )`, `( name via ap )`, `( name/the washington post )`; byte ranges
/// in `l`, runs of adjacent credits merged, and what a run's credits name (a bare AP credit
/// first). The bare agency tag of a dateline (`IGUALA, Mexico (AP) —`, `Washington (
/// cbsla.com/ap ) —`) is not a credit.
fn credits(l: &str) -> Vec<(usize, usize, Credit)> {
    let mut out: Vec<(usize, usize, Credit)> = Vec::new();
    let mut from = 0;
    while let Some(off) = memchr::memchr(b'(', &l.as_bytes()[from..]) {
        let open = from + off;
        from = open + 1;
        let inner = l[open + 1..].trim_start();
        let labelled = inner.starts_with("associated press")
            || inner.starts_with("ap photo")
            || inner.starts_with("photo:")
            || inner.starts_with("photo by ")
            || agency_photo(inner);
        let mut w_end = l.len().min(open + 100);
        while !l.is_char_boundary(w_end) {
            w_end -= 1;
        }
        let window = &l[open + 1..w_end];
        let Some(close) = window.find(')') else {
            continue;
        };
        if window[..close].contains('(') {
            continue;
        }
        let (inner, after) = (window[..close].trim(), &l[open + 1 + close + 1..]);
        let credit = if labelled {
            Credit::Labelled
        } else if ap_credit(inner, after) {
            Credit::Ap
        } else if agency_credit(inner, after) || paper_credit(&l[..open], inner, after) {
            Credit::Agency
        } else if bracket_label_credit(inner) {
            Credit::Label
        } else if brackets::courtesy_credit(inner) && !after.trim_start().starts_with(']') {
            // Not inside a teaser in square brackets (`[ skylab, nasa's 1st space station (
            // photos ) ]`), which the teaser pass takes whole.
            Credit::Courtesy
        } else {
            continue;
        };
        let end = open + 1 + close + 1;
        match out.last_mut() {
            Some(last) if l[last.1..open].trim().is_empty() => {
                last.1 = end;
                last.2 = last.2.max(credit);
            }
            _ => out.push((open, end, credit)),
        }
        from = end;
    }
    out
}

/// Labels of a photo credit in parentheses that name no agency (`( picture: cen )`, `( image:
/// justin wong )`, `( picture: getty )`).
const BRACKET_CREDIT_LABELS: [&str; 2] = ["picture:", "image:"];

/// Words inside the parentheses of a [`BRACKET_CREDIT_LABELS`] credit, at most.
const BRACKET_CREDIT_MAX_WORDS: usize = 7;

/// True when `inner` (the text after a `(`) opens with a [`BRACKET_CREDIT_LABELS`] label and
/// holds at most [`BRACKET_CREDIT_MAX_WORDS`] words to its `)`. A short caption before it goes
/// with it (`The boat is pictured with derek steering ( image: justin wong )`), a sentence ended
/// by its stop stays (`… on facebook. ( image: daily mirror )`).
fn bracket_label_credit(inner: &str) -> bool {
    BRACKET_CREDIT_LABELS
        .iter()
        .any(|lab| inner.starts_with(lab))
        && inner
            .split(')')
            .next()
            .is_some_and(|c| c.split_whitespace().count() <= BRACKET_CREDIT_MAX_WORDS)
}

/// Agencies whose own photo label opens a credit in parentheses: `( afp photo/gabriel bouys )`,
/// `( reuters photo: jonathan ernst )`.
const PHOTO_AGENCIES: [&str; 5] = ["afp", "reuters", "epa", "upi", "xinhua"];

/// True when `inner` (the text after a `(`) opens with an agency's photo label and a slash or
/// colon: `afp photo/name`, `reuters photo: name`. The label needs its separator, so prose in
/// parentheses (`( reuters photographers were there )`) is not a credit.
fn agency_photo(inner: &str) -> bool {
    PHOTO_AGENCIES.iter().any(|a| {
        inner
            .strip_prefix(a)
            .and_then(|r| r.strip_prefix(" photo"))
            .is_some_and(|r| r.trim_start().starts_with(['/', ':']))
    })
}

/// Agencies and papers whose photographers' credits end captions, after the slash (`( john
/// amis/associated press )`); `the … post`, `… times`, `… news`, `… star` and similar paper
/// names are matched by their last word. Getty credits are left to `getty_credits`, which cuts
/// them alone: in Multi-News they often follow the prose, not a caption.
const CREDIT_AGENCIES: [&str; 4] = ["associated press", "reuters", "bloomberg", "afp"];

/// Last words of a paper's name in a photographer's credit (`( bill o ' leary/the washington
/// post )`, `( lyle stafford/toronto star )`).
const CREDIT_PAPER_WORDS: [&str; 8] = [
    "post", "times", "news", "star", "tribune", "herald", "journal", "union",
];

/// A photographer's credit to an agency or paper in parentheses: `name/agency` with a name of
/// two to four words and an agency of [`CREDIT_AGENCIES`] or a paper named by a word of
/// [`CREDIT_PAPER_WORDS`] (at most five words); not a dateline's agency tag (a dash after it).
fn agency_credit(inner: &str, after: &str) -> bool {
    let Some((name, agency)) = inner.split_once('/') else {
        return false;
    };
    let (name, agency) = (name.trim(), agency.trim());
    let name_words = name.split_whitespace().count();
    let paper = agency.split_whitespace().count() <= 5
        && agency
            .rsplit(' ')
            .next()
            .is_some_and(|w| CREDIT_PAPER_WORDS.contains(&w))
        && !agency.contains('/');
    (2..=4).contains(&name_words)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '-'))
        && (CREDIT_AGENCIES.contains(&agency) || paper || agency.ends_with(STAFF_PHOTOGRAPHER))
        && !after.trim_start().starts_with(['—', '–', '-'])
}

/// A paper's own photographer in [`agency_credit`]'s place of the agency (`( paul aiken / staff
/// photographer )`, `( name / times staff photographer )`).
const STAFF_PHOTOGRAPHER: &str = "staff photographer";

/// A photographer's credit to a paper or agency in parentheses with a comma or `for` where the
/// slash stands in [`agency_credit`]'s: `( rj sangosti, the denver post )`, `( stacey wescott,
/// chicago tribune )`, `( pete marovich for the washington post )`, `( eduardo verduto,
/// associated press / )` (a slash left where the credit's link was may close it). The name has
/// two to four words, the paper ends on a word of [`CREDIT_PAPER_WORDS`] or is an agency of
/// [`CREDIT_AGENCIES`]. Prose cites a paper so too (`a foreword by beck ( slate, the new york
/// times )`), but inside a sentence: the credit stands after a caption's stop (`before`, the
/// text before the bracket), and no dateline's dash follows it. The paper's name alone, of two
/// words or more, is its video's credit there (`… " did he have a debt? " clinton asked. ( the
/// washington post ) charlotte — it isn't often …`).
fn paper_credit(before: &str, inner: &str, after: &str) -> bool {
    let (name, paper) = match inner.split_once(", ").or_else(|| inner.split_once(" for ")) {
        Some(parts) => parts,
        None if inner.split_whitespace().nth(1).is_some() => ("", inner),
        None => return false,
    };
    let paper = paper.trim_end_matches([' ', '/']);
    let plain = |w: &str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
    };
    let name_words = name.split_whitespace().count();
    (name.is_empty() || (2..=4).contains(&name_words))
        && name.split_whitespace().all(plain)
        && paper.split_whitespace().count() <= 5
        && paper.split_whitespace().all(plain)
        && (CREDIT_AGENCIES.contains(&paper)
            || paper
                .rsplit(' ')
                .next()
                .is_some_and(|w| CREDIT_PAPER_WORDS.contains(&w)))
        && before
            .trim_end_matches([' ', '"'])
            .ends_with(['.', '?', '!'])
        && !after.trim_start().starts_with(['—', '–', '-'])
}

/// A photographer's credit to AP in parentheses: `inner` is `name/ap`, `name/invision/ap` or
/// `name via ap`, of at most [`AP_CREDIT_MAX_WORDS`] words. A dateline's agency tag
/// (`Washington ( cbsla.com/ap ) — …`) is followed by a dash (`after`) and is not a credit.
fn ap_credit(inner: &str, after: &str) -> bool {
    let Some(name) = inner
        .strip_suffix("/ap")
        .or_else(|| inner.strip_suffix(" via ap"))
    else {
        return false;
    };
    !name.trim().is_empty()
        && inner.split_whitespace().count() <= AP_CREDIT_MAX_WORDS
        && !after.trim_start().starts_with(['—', '–', '-'])
}

/// Words of an AP photo credit in parentheses, at most (`( tamir kalifa/austin
/// american-statesman via ap )`).
const AP_CREDIT_MAX_WORDS: usize = 8;

/// Start of the sentence that ends at `end` (not before `limit`): after the last `.`/`?`/`!`
/// that is followed by a space and a capital in the original text `s` and does not close a title
/// or an initial (`Sen. Ted`, `J. Trump`). With `acronyms_go_on` (an AP caption, cut off by its
/// `...`), nor a dotted acronym that goes on with its noun or verb; a Reuters caption is a
/// whole sentence and keeps the plain reading.
fn caption_start(s: &str, limit: usize, end: usize, acronyms_go_on: bool) -> usize {
    let b = s.as_bytes();
    let mut i = end;
    while i > limit {
        i -= 1;
        if !matches!(b[i], b'.' | b'?' | b'!') {
            continue;
        }
        let mut j = i + 1;
        while j < end && matches!(b[j], b'"' | b'\'' | b')') {
            j += 1;
        }
        if j >= end || b[j] != b' ' {
            continue;
        }
        let next = s[j..end].trim_start();
        if !next.starts_with(char::is_uppercase) {
            continue;
        }
        // After an acronym or a state (`in the u.s. John`, `huntsville, ala. Gingrich`) the
        // capital starts a caption more often than not; after a title or an initial it is a name.
        let word = s[limit..i].rsplit(char::is_whitespace).next().unwrap_or("");
        if b[i] == b'.'
            && matches!(
                classify(word.trim_start_matches(['(', '"']), true),
                WordClass::Title | WordClass::Initial | WordClass::Never
            )
        {
            continue;
        }
        // `The pentagon says u.s. Commandos have mounted …`, `a year-long u.s. Resettlement
        // program`, `flu season in the u.s. Has hit early`: after a dotted acronym that names no
        // state a noun, an auxiliary or a preposition goes on with it, as the segmenter reads
        // it, so the caption starts further back; a pronoun or determiner starts one (`in the
        // u.s. The …`), and so does a name before a photo's direction (`in the u.s. John
        // zemblidge, right, of phoenix, leads …`).
        // (Not after a time, which ends a sentence before a name: `at 11 p.m. Brody allen's
        // house is …`, nor after an ellipsis or a doubled stop, `calif.. On thursday,...`.)
        let time = word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m");
        let acronym = word.contains('.') && !word.ends_with('.') && !is_dotted_state(word);
        if acronyms_go_on
            && b[i] == b'.'
            && acronym
            && !time
            && !opens_after_acronym(next)
            && !names_a_pictured_person(next)
        {
            continue;
        }
        return end - next.len();
    }
    limit
}

/// True when `text` opens on a name and a photo's direction (`John zemblidge, right, of …`,
/// `Sen. Mark warner, center,`): a caption's first words.
fn names_a_pictured_person(text: &str) -> bool {
    const DIRECTIONS: [&str; 5] = [", right,", ", left,", ", center,", ", centre,", ", front,"];
    let head = &text[..text.floor_char_boundary(text.len().min(48))];
    DIRECTIONS.iter().any(|d| head.contains(d))
}

/// Words a quotation holds, at least, for its closing mark after a stop to end the article's
/// sentence (a spoken quote of one or more sentences) rather than a title inside a caption
/// (`… in a scene from " inside out. " the movie …`).
const SPEECH_MIN_WORDS: usize = 10;

/// Where the caption in `s[start..end]` starts after the article's quoted sentence that it
/// holds (`He explained that … doing the same thing. " sheryl crow cooperates with the feds …
/// ( mark j terrill/ap )`): Multi-News spaces its quote marks and lowercases the word after
/// them, so the capital that [`caption_start`] looks for is missing, and the quoted sentence
/// went with the caption. Only ever narrows a caption that is cut anyway; `None` when no stop
/// and closing mark ([`after_closed_speech`]) come before the credit.
fn speech_end(s: &str, start: usize, end: usize) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memrchr_iter(b'"', &b[start..end])
        .map(|q| start + q)
        .filter(|&q| q >= start + 2 && b[q - 1] == b' ' && matches!(b[q - 2], b'.' | b'?' | b'!'))
        .find_map(|q| after_closed_speech(s, q, end))
}

/// Where a caption starts after a quotation closed by the mark at `q`, which follows a stop and
/// a space. The mark closes when an odd number of marks come before it in `s`; a quotation of
/// [`SPEECH_MIN_WORDS`] words or more is speech, which a caption does not end with. `None`
/// when `s[q..]` is not such a mark followed by a word before `end`.
fn after_closed_speech(s: &str, q: usize, end: usize) -> Option<usize> {
    if !s[q..end].starts_with('"') {
        return None;
    }
    let before = &s[..q];
    let open = before.rfind('"')?;
    if memchr::memchr_iter(b'"', before.as_bytes())
        .count()
        .is_multiple_of(2)
        || before[open + 1..].split_whitespace().count() < SPEECH_MIN_WORDS
    {
        return None;
    }
    let rest = s[q + 1..end].trim_start();
    rest.starts_with(char::is_alphabetic)
        .then(|| end - rest.len())
}

/// Photo captions glued into a paragraph, found by the credit that ends them (AP galleries in
/// Multi-News: `… sept. 14,... ( associated press ) president barack obama pauses … ( associated
/// press )`). The caption starts after the previous credit or at the last sentence start.
fn captions(s: &str, l: &str, cuts: &mut Vec<Cut>) {
    let mut limit = 0;
    for (cs, ce, credit) in credits(l) {
        let start = caption_start(s, limit, cs, true);
        let start = start + (l[start..cs].len() - l[start..cs].trim_start().len());
        let caption = &l[start..cs];
        let most = match credit {
            // Someone's report is prose (`according to sources, the officers …`).
            Credit::Courtesy | Credit::Label if REPORTING.iter().any(|r| caption.contains(r)) => 0,
            // A sentence with its stop before a labelled credit is the article's.
            Credit::Label
                if caption
                    .trim_end_matches(['"', '\'', ' '])
                    .ends_with(['.', '?', '!']) =>
            {
                0
            }
            Credit::Courtesy | Credit::Label => COURTESY_CAPTION_MAX_WORDS,
            _ => CAPTION_MAX_WORDS,
        };
        let start = if caption.split_whitespace().count() <= most {
            speech_end(s, start, cs).unwrap_or(start)
        } else {
            cs
        };
        let ce = ce + caption_expander(l, cs, ce);
        cuts.push((
            start,
            ce,
            BlockKind::Caption,
            match credit {
                Credit::Ap => "photo caption ending in a credit (( Name/AP ), ( Name via AP ))",
                Credit::Agency => {
                    "photo caption ending in a credit (( Name/Agency ), ( Name/The Washington Post ))"
                }
                Credit::Labelled => {
                    "photo caption ending in a credit ((AP Photo/…), (Associated Press))"
                }
                Credit::Courtesy => {
                    "photo caption ending in a credit (( courtesy of … ), ( … file photo ))"
                }
                Credit::Label => "photo caption ending in a credit (( image: … ), ( picture: … ))",
            },
        ));
        limit = ce;
    }
}

/// Length of the `more` button that AFP's captions on Yahoo carry after their credit, when
/// the story's dateline follows it (`… ( afp photo/robyn beck ) more los angeles ( afp ) - the
/// long-awaited …`): ` more` after the credit `l[cs..ce]`, else 0. A dateline's place with a
/// bracket of its own (`more cal-nev-ari ( united states ) ( afp ) -`), which the dateline pass
/// does not read as a place, goes with the button.
fn caption_expander(l: &str, cs: usize, ce: usize) -> usize {
    const MORE: &str = " more ";
    let after = &l[ce..];
    if !l[cs..ce].contains("afp photo") || !after.starts_with(MORE) {
        return 0;
    }
    let window = &after[MORE.len()..];
    let window = &window[..window.floor_char_boundary(window.len().min(80))];
    match window.find("( afp )").or_else(|| window.find("(afp)")) {
        Some(tag) if window[..tag].contains('(') => MORE.len() + window[..tag].trim_end().len(),
        Some(_) => MORE.len() - 1,
        None => 0,
    }
}

/// True when the first word of `t` comes again among its third to seventh words, the words
/// being the non-empty pieces among the first eleven of `t` split at single spaces (as
/// [`doubled_subheads`] reads them). Splitting the bytes at the space byte gives the pieces a
/// `str` split at `' '` gives, without a char searcher for each piece.
fn first_word_repeats(t: &str) -> bool {
    let mut pieces = t
        .as_bytes()
        .split(|&c| c == b' ')
        .take(11)
        .filter(|w| !w.is_empty());
    let first = pieces.next().unwrap_or(b"");
    pieces.skip(1).take(5).any(|w| w == first)
}

/// A subheading glued to its paragraph shows when the paragraph opens with the same words again
/// (`Early retirement the early retirement offer, which…`, `Rocky mountain spotted fever rocky
/// mountain spotted fever is…`): two to five words without punctuation at a capitalised sentence
/// start, repeated right after (an article may come between). Without the repeat there is no
/// reliable sign where a glued subheading ends, so those stay.
///
/// The same walk tells `doubles` each sentence start after a stop (text printed twice in a
/// row, [`doubled`]), and finds an ad slot's `Ad` label at one ([`ad_label`]).
fn doubled_subheads(s: &str, l: &str, cuts: &mut Vec<Cut>, doubles: &mut doubled::Doubles) {
    // `memchr3` finds the stops a char search finds (an ASCII byte never occurs inside a
    // multi-byte character) without decoding every character of the paragraph.
    let stops = memchr::memchr3_iter(b'.', b'?', b'!', l.as_bytes()).map(|i| i + 1);
    for p0 in std::iter::once(0).chain(stops) {
        let p = p0 + (l[p0..].len() - l[p0..].trim_start().len());
        if p > p0 {
            doubles.start(l, p);
        }
        // The walk's sentence starts serve an ad slot's `Ad` label too (a byte test each).
        if l.as_bytes().get(p) == Some(&b'a') {
            ad_label(l, p, cuts);
        }
        // A repeat needs the first word again as word k (+1 after an article), k in 2..=5: test
        // that without building the word list, which most sentence starts never need. It is
        // asked before `sentence_start`, as it is false nearly always, and a stop with no
        // whitespace after it (`u.s.`, `3.5`) is let go first: no sentence starts there
        // (`sentence_start` finds nothing to trim before `p`).
        if p >= l.len()
            || p == p0 && p0 > 0
            || !s[p..].starts_with(char::is_uppercase)
            || !first_word_repeats(&l[p..])
            || !sentence_start(l, p)
        {
            continue;
        }
        let mut words: Vec<(usize, &str)> = Vec::with_capacity(11);
        let mut at = p;
        for w in l[p..].split(' ').take(11) {
            if !w.is_empty() {
                words.push((at, w));
            }
            at += w.len() + 1;
        }
        let plain = |w: &str| {
            w.chars()
                .all(|c| c.is_alphanumeric() || c == '\'' || c == '-')
        };
        for k in (2..=5).rev() {
            // `Love love love love`: one word over and over is emphasis, not a heading.
            if words.len() < 2 * k
                || !words[..k].iter().all(|(_, w)| plain(w))
                || words[1..k].iter().all(|(_, w)| *w == words[0].1)
            {
                continue;
            }
            let article = usize::from(matches!(words[k].1, "the" | "a" | "an"));
            let Some(again) = words.get(k + article..2 * k + article) else {
                continue;
            };
            if words[..k].iter().zip(again).all(|(a, b)| a.1 == b.1) {
                let (last_at, last) = words[k - 1];
                cuts.push((
                    p,
                    last_at + last.len(),
                    BlockKind::SectionLabel,
                    "subheading glued to its paragraph (the paragraph repeats its words)",
                ));
                break;
            }
        }
    }
}

/// An ad slot's `Ad` label opening a sentence before a quotation (`… a radio interview. Ad "
/// she's given me the task of applying for swedish citizenship, " bodström told …`): the label
/// alone. Before a word it is the noun (`Ad age reports that …`, `Ad put out by italy's health
/// ministry …`), and stays.
fn ad_label(l: &str, p: usize, cuts: &mut Vec<Cut>) {
    let quoted = l[p..]
        .strip_prefix("ad ")
        .is_some_and(|r| r.starts_with(['"', '“']));
    if quoted && sentence_start(l, p) {
        cuts.push((
            p,
            p + 2,
            BlockKind::Widget,
            "ad slot label (Ad before a quotation)",
        ));
    }
}

/// Words a highlights list runs for before the lead's `( cnn )` credit, at most.
const HIGHLIGHTS_MAX_WORDS: usize = 80;

/// Words of a highlights list without a credit and the lead sentence glued to it, at most.
const HIGHLIGHTS_RUN_MAX_WORDS: usize = 130;

/// CNN's `Story highlights` box glued before the lead: bullets without punctuation between them,
/// then the dateline and its `( cnn )` credit (`story highlights trump cites … washington ( cnn )
/// donald trump said…`). The bullets end where the credit's dateline starts, which the text does
/// not show, so the cut runs through the credit and its dash.
///
/// Without a credit in reach (CNN pages without a dateline, USA Today's box) nothing shows where
/// the bullets end either, and the lead's first sentence is glued to them: `story highlights
/// parts of iowa hit with more than a foot of snow death toll spans 5 states a major snowstorm
/// … left at least eight people dead.` That run reads as one sentence of 40 to 100 words, which a
/// summary would quote whole, so the cut runs to its end (the first `.`, `?` or `!` that ends a
/// sentence: not after an abbreviation or an initial). The article's first sentence goes with
/// it; its facts are in the bullets and the sentences after. A dateline's dash inside the run
/// (within [`HIGHLIGHTS_RUN_MAX_WORDS`] words when no sentence ends there) ends the cut instead,
/// and the lead stays. A run with no stop before the paragraph's end (a document cut off inside
/// its lead) goes whole; one that runs on past [`HIGHLIGHTS_RUN_MAX_WORDS`] words with neither
/// keeps all but the label.
fn highlights(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "story highlights";
    if !holds!(l, LABEL) {
        return;
    }
    let mut from = 0;
    while let Some(off) = l[from..].find(LABEL) {
        let start = from + off;
        from = start + LABEL.len();
        // Also right after a photo credit (`( photo: … ) story highlights`).
        if !sentence_start(l, start) && !l[..start].trim_end().ends_with(')') {
            continue;
        }
        let body = &l[from..];
        let credit = body.find("( cnn )").or_else(|| body.find("(cnn)"));
        let (end, reason) = match credit {
            Some(c) if body[..c].split_whitespace().count() <= HIGHLIGHTS_MAX_WORDS => {
                let close = from + c + body[c..].find(')').map_or(0, |e| e + 1);
                let rest = l[close..].trim_start();
                let rest2 = rest.trim_start_matches(['-', '—', '–']);
                let end = if rest2.len() < rest.len() {
                    l.len() - rest2.len()
                } else {
                    close
                };
                (
                    end,
                    "story highlights bullets up to the lead's ( CNN ) credit",
                )
            }
            _ => {
                let sentence = first_sentence_end(l, from, HIGHLIGHTS_RUN_MAX_WORDS);
                // Without a sentence end the run is looked at as far as the word limit, or to
                // the paragraph's end (a document cut off inside the lead).
                let reach = sentence.unwrap_or_else(|| {
                    tokens(l, from)
                        .nth(HIGHLIGHTS_RUN_MAX_WORDS)
                        .map_or(l.len(), |(at, _)| at)
                });
                // A dateline's dash inside the run (`… says he will study physics fort
                // washington, md. -- the 13-year-old…`) ends the bullets as the credit does.
                match (dateline_dash(l, from, reach), sentence) {
                    (Some(dash), _) => (
                        dash,
                        "story highlights bullets up to the lead's dateline (no credit)",
                    ),
                    (None, Some(end)) => (
                        end,
                        "story highlights bullets run into the lead's first sentence (no credit)",
                    ),
                    // No stop before the paragraph ends: the bullets and the start of a lead
                    // that the document's truncation cut off, one run a summary would quote.
                    (None, None) if reach == l.len() => (
                        l.trim_end().len(),
                        "story highlights bullets run to the paragraph's end (no sentence end)",
                    ),
                    (None, None) => (from, "story highlights label (Story highlights)"),
                }
            }
        };
        cuts.push((start, end, BlockKind::RelatedList, reason));
        from = end;
    }
}

/// Words after a dash within which a second dash makes the pair a parenthesis.
const DASH_PAIR_WORDS: usize = 12;

/// End of the first dateline dash in `l[from..end]` (`fort washington, md. --`, `washington,
/// d.c. —`, `atlanta —`): a standalone dash with a comma in the three words before it, or an
/// em dash between a word that is no function word and one that is none either (or `the`),
/// with no other dash within [`DASH_PAIR_WORDS`] words either side. A pair of dashes is a parenthesis
/// inside the lead (`hurricane arthur -- or what's left of it --`), and a dash before `a`, `by`
/// or `which` opens a clause of it (`hit a new low -- by sexualizing breast cancer`).
fn dateline_dash(l: &str, from: usize, end: usize) -> Option<usize> {
    const DASHES: [&str; 3] = [" -- ", " — ", " – "];
    let mut first: Option<usize> = None;
    for d in DASHES {
        let mut at = from;
        while let Some(off) = l[at..end].find(d) {
            let dash = at + off;
            at = dash + d.len() - 1;
            let mut head = l[from..dash].split_whitespace().rev();
            let before = head.next().unwrap_or("");
            let comma = before.ends_with(',') || head.take(2).any(|w| w.ends_with(','));
            let is_dash = |w: &str| DASHES.iter().any(|d2| w == d2.trim());
            let paired = l[at..]
                .split_whitespace()
                .take(DASH_PAIR_WORDS)
                .any(is_dash)
                || l[from..dash]
                    .split_whitespace()
                    .rev()
                    .take(DASH_PAIR_WORDS)
                    .any(is_dash);
            let word = before.trim_matches(|c: char| !c.is_alphanumeric());
            // `— a role the archbishop called evil`, `-- by sexualizing it`: a clause of the
            // lead; a dateline's lead opens with its subject (`washington — john brennan's…`,
            // `washington — the obama administration…`).
            let next = l[at..].split_whitespace().next().unwrap_or("");
            let clause = next != "the" && crate::token::is_stopword(next);
            // Only an em dash: `--` and `–` in a lead are mostly asides (`hung in a home for
            // nearly 40 years --`), while the em dash without a comma is USA Today's dateline.
            let em = d == " — ";
            if comma
                || (em
                    && !paired
                    && !clause
                    && !word.is_empty()
                    && !crate::token::is_stopword(word))
            {
                first = Some(first.map_or(at, |f| f.min(at)));
                break;
            }
        }
    }
    first
}

/// End of the first sentence of `l` after `from` (just past its `.`, `?` or `!` and closing
/// quotes), when it ends within `max_words` words and before the paragraph ends. A period after
/// an abbreviation, a title, an initial or a dotted acronym (`mt.`, `sen.`, `u.s.`) does not end
/// it: lower-cased text gives no capital to tell them apart, so the safe reading is taken.
pub(super) fn first_sentence_end(l: &str, from: usize, max_words: usize) -> Option<usize> {
    sentence_end(l, from, max_words, false)
}

/// [`first_sentence_end`], where `state_ends` lets a state, company or dotted abbreviation end
/// the sentence (`… in hialeah, fla.`, `… in pierre, s.d.`, as photo captions end; a caption cut
/// short leaves its rest, one cut too long would take the next sentence), and where a period before a number
/// (`nov. 18`, `no. 1`) never ends it.
fn sentence_end(l: &str, from: usize, max_words: usize, state_ends: bool) -> Option<usize> {
    let b = l.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut word_start = from;
    for i in from..b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            in_word = false;
            continue;
        }
        if !in_word {
            in_word = true;
            word_start = i;
            words += 1;
            if words > max_words {
                return None;
            }
        }
        if !matches!(c, b'.' | b'?' | b'!') {
            continue;
        }
        let mut j = i + 1;
        while j < b.len() && matches!(b[j], b'"' | b'\'' | b')') {
            j += 1;
        }
        if j < b.len() && !b[j].is_ascii_whitespace() {
            continue;
        }
        if c == b'.' {
            let class = classify(l[word_start..i].trim_start_matches(['(', '"', '\'']), true);
            let ends = match class {
                WordClass::Plain | WordClass::Final => true,
                WordClass::Ambiguous => state_ends,
                _ => false,
            };
            if !ends
                || l[j..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
        }
        return (j < b.len()).then_some(j);
    }
    None
}

/// BBC media labels, in the order a page shows them.
const MEDIA_LABELS: [(&str, BlockKind, &str); 4] = [
    (
        "media playback is unsupported on your device",
        BlockKind::Widget,
        "video player notice (Media playback is unsupported on your device)",
    ),
    (
        "media caption",
        BlockKind::Caption,
        "caption label (Media caption)",
    ),
    (
        "image copyright",
        BlockKind::Caption,
        "photo credit (Image copyright + agency)",
    ),
    (
        "image caption",
        BlockKind::Caption,
        "caption label (Image caption)",
    ),
];

/// A credit after `Image copyright` longer than this many words is not one.
const MEDIA_CREDIT_MAX_WORDS: usize = 6;

/// The reason of a BBC photo label cut inside a sentence ([`media_labels`]).
const MEDIA_LABEL_INSIDE: &str =
    "photo label inside a sentence (… image copyright ap image caption …)";

/// Reasons of cuts made inside a sentence: the text before and after such a cut are pieces of
/// one sentence ([`crate::clean::Block::splits_sentence`]).
pub(crate) const SPLITTING_REASONS: [&str; 2] = [tooltips::REASON, MEDIA_LABEL_INSIDE];

/// BBC photo and video labels glued into the prose: `Media playback is unsupported on your
/// device`, `Media caption`, `Image copyright getty images`, `Image caption`. A label counts at a
/// sentence start, after a `)` or right after another label. The credit after `Image copyright`
/// runs to the `Image caption` label when one follows within a few words; otherwise it is taken
/// as one word (`reuters`, `afp/getty`) and `images` after it. Inside a sentence the label goes
/// with a credit the `Image caption` label ends, with an agency's credit
/// ([`agency_credit_end`]: `… winners jeb bush image copyright afp hello there …`), or printed
/// twice with one credit ([`doubled_credit_end`]). The caption text itself has no mark where it
/// ends and the lead begins, so it stays.
fn media_labels(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    // Each label is a cue: a label the paragraph does not hold costs no search (most that
    // hold `media ` or `image ` hold none of them).
    static SEARCHES: std::sync::LazyLock<[Search; 4]> =
        std::sync::LazyLock::new(|| MEDIA_LABELS.map(|(label, _, _)| Search::new(label)));
    // Every label starts with one of these two words: two scans instead of one per label when
    // neither occurs, as in most documents.
    if !holds!(l, "media ") && !holds!(l, "image ") {
        return;
    }
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (i, ((label, _, _), search)) in MEDIA_LABELS.iter().zip(SEARCHES.iter()).enumerate() {
        if !l.holds(search) {
            continue;
        }
        for (p, _) in l.match_indices(label) {
            let end = p + label.len();
            if !l[end..].starts_with(|c: char| c.is_ascii_whitespace()) && end != l.len() {
                continue;
            }
            found.push((p, end, i));
        }
    }
    found.sort_unstable();
    let mut last_end = None;
    let mut k = 0;
    while k < found.len() {
        let (p, mut end, i) = found[k];
        k += 1;
        let before = l[..p].trim_end();
        let ok = sentence_start(l, p) || before.ends_with(')') || last_end == Some(before.len());
        if !ok {
            // Inside a sentence: the BBC's whole photo label (`… buy the magazine image copyright
            // ap image caption all copies were sold out …`), or its credit label ending the
            // paragraph; captions without stops run into the prose on both sides, so the cut
            // splits a sentence ([`SPLITTING_REASONS`]).
            if MEDIA_LABELS[i].0 == "image copyright" {
                // A credit names an agency or a photographer, no function words (`the image
                // copyright belongs to him and the image caption …` is prose).
                let caption = found.get(k).filter(|&&(q, _, j)| {
                    MEDIA_LABELS[j].0 == "image caption"
                        && l[end..q].split_whitespace().count() <= MEDIA_CREDIT_MAX_WORDS
                        && !l[end..q].split_whitespace().any(crate::token::is_stopword)
                });
                if let Some(&(_, cap_end, _)) = caption {
                    cuts.push((p, cap_end, BlockKind::Caption, MEDIA_LABEL_INSIDE));
                    last_end = Some(cap_end);
                    k += 1;
                } else if l[end..].trim().is_empty() {
                    cuts.push((p, end, BlockKind::Caption, MEDIA_LABEL_INSIDE));
                } else if let Some(credit_end) = agency_credit_end(l, end) {
                    cuts.push((p, credit_end, BlockKind::Caption, MEDIA_LABEL_INSIDE));
                    last_end = Some(credit_end);
                } else if let Some(twice) = doubled_credit_end(l, end, found.get(k)) {
                    cuts.push((p, twice, BlockKind::Caption, MEDIA_LABEL_INSIDE));
                    last_end = Some(twice);
                    k += 1;
                }
            }
            continue;
        }
        if MEDIA_LABELS[i].0 == "image copyright" {
            let rest = &l[end..];
            let caption = found.get(k).filter(|&&(q, _, j)| {
                MEDIA_LABELS[j].0 == "image caption"
                    && l[end..q].split_whitespace().count() <= MEDIA_CREDIT_MAX_WORDS
            });
            if let Some(&(_, cap_end, _)) = caption {
                end = cap_end;
                k += 1;
            } else {
                let mut toks = rest.split_whitespace();
                if let Some(t) = toks.next() {
                    end = l.len() - rest.trim_start()[t.len()..].len();
                    if toks.next() == Some("images") {
                        end = end + l[end..].find("images").unwrap_or(0) + "images".len();
                    }
                }
            }
        }
        if MEDIA_LABELS[i].0 == "media caption"
            && let Some(caption_end) = reported_caption_end(l, end)
        {
            cuts.push((p, caption_end, BlockKind::Caption, REPORTED_CAPTION));
            last_end = Some(caption_end);
            continue;
        }
        let (_, kind, why) = MEDIA_LABELS[i];
        cuts.push((p, end, kind, why));
        last_end = Some(end);
    }
}

/// The reason of a BBC video caption cut with its label ([`reported_caption_end`]).
const REPORTED_CAPTION: &str =
    "video caption ending on its reporter (Media caption …, as caroline hawley reports)";

/// A BBC video caption longer than this many words is not one.
const REPORTED_CAPTION_MAX_WORDS: usize = 40;

/// End of a BBC video caption starting at `from` (after `Media caption`) that closes on its
/// reporter and runs into the lead with no stop: `… held by islamic state militants, as caroline
/// hawley reports the murder of british hostage …`. The caption ends at `reports` when a comma,
/// `as` and a name of one to three words come before it and a word follows it, with no stop
/// before; a caption opening `as … reports,` has no such end (its own words follow the comma)
/// and is left with its label alone.
fn reported_caption_end(l: &str, from: usize) -> Option<usize> {
    let words: Vec<(usize, &str)> = tokens(l, from)
        .take(REPORTED_CAPTION_MAX_WORDS + 1)
        .collect();
    for (k, &(at, w)) in words.iter().enumerate() {
        if w.ends_with(['.', '?', '!']) {
            return None;
        }
        if w != "reports" || k < 3 {
            continue;
        }
        let next = words.get(k + 1)?.1;
        let named = (2..=4).any(|n| {
            k > n
                && words[k - n].1 == "as"
                && words[k - n - 1].1.ends_with(',')
                && words[k - n + 1..k].iter().all(|(_, x)| {
                    x.bytes()
                        .all(|b| b.is_ascii_alphabetic() || b == b'\'' || b == b'-')
                        && !crate::token::is_stopword(x)
                })
        });
        return (named && next.starts_with(|c: char| c.is_alphanumeric())).then_some(at + w.len());
    }
    None
}

/// End of a picture agency's credit starting at `from` (after `Image copyright`): one word whose
/// slashed parts are all agencies ([`credits::AGENCIES`], or `getty`), with `images` after it
/// (`afp`, `getty images`, `afp/getty images`). No prose puts an agency's name right after the
/// words `image copyright`, so inside a sentence too the label and this credit are the page's.
fn agency_credit_end(l: &str, from: usize) -> Option<usize> {
    let mut toks = tokens(l, from);
    let (at, t) = toks.next()?;
    let agency = |w: &str| w == "getty" || (!w.contains(' ') && credits::AGENCIES.contains(&w));
    if !t.split('/').all(agency) {
        return None;
    }
    let end = at + t.len();
    Some(match toks.next() {
        Some((i, "images")) => i + "images".len(),
        _ => end,
    })
}

/// End of a BBC photo label printed twice with its credit (`… from asteroid image copyright jaxa
/// image copyright jaxa rover 1b …`, a gallery's two photos from one source), when the label
/// `next` found after the one whose credit starts at `from` is `Image copyright` again, within
/// [`MEDIA_CREDIT_MAX_WORDS`] words, with the same credit after it: through the second credit.
fn doubled_credit_end(l: &str, from: usize, next: Option<&(usize, usize, usize)>) -> Option<usize> {
    let &(q, q_end, j) = next?;
    let credit = l[from..q].trim();
    if MEDIA_LABELS[j].0 != "image copyright"
        || credit.is_empty()
        || credit.split_whitespace().count() > MEDIA_CREDIT_MAX_WORDS
        || credit.split_whitespace().any(crate::token::is_stopword)
    {
        return None;
    }
    let again = l[q_end..].strip_prefix(' ')?.strip_prefix(credit)?;
    again
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
        .then(|| l.len() - again.len())
}

/// What follows an ad slot's `Advertisement` label on news pages.
const AD_CONTINUATIONS: [&str; 4] = [
    "continue reading the main story",
    "continue reading below",
    "story continues below",
    "skip",
];

/// Words after `Advertisement` that make it a noun in a sentence (`Advertisement for…`,
/// `Advertisement was…`), not an ad slot's label.
const AD_NOUN_FOLLOWERS: [&str; 14] = [
    ":", ",", "for", "of", "was", "is", "were", "are", "has", "had", "says", "said", "and", "that",
];

/// Words after `Advertisement for` that make it a time phrase opening the lead (`Advertisement
/// for weeks, the florida democrat had kept …`), not the noun's object (`Advertisement for the
/// show ran …`).
const AD_TIME_WORDS: [&str; 6] = ["hours", "days", "weeks", "months", "years", "decades"];

/// Words at most of a quoted headline before an ad slot's label.
const AD_HEADLINE_WORDS: usize = 12;

/// The label of an ad slot left in the prose: `Advertisement` or `Advertisement:` at a sentence
/// start (`Advertisement the survey found…`, `Advertisement for weeks, the …`), after a colon
/// before a quote or a function word (`as they write in their study: advertisement the reaction
/// …`) or after a quoted or bracketed headline (`" katie's new man " advertisement katie holmes
/// …`; a quoted one opening a sentence goes with the label), or anywhere when a `continue reading` line follows it (`he said advertisement -
/// continue reading below instead…`), with that line; and a `continues below` or `continues
/// after` line before it (`article continues after advertisement`).
fn ad_markers(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "advertisement";
    const BEFORE: [&str; 2] = ["story continues below", "article continues after"];
    if !holds!(l, LABEL) {
        return;
    }
    let mut from = 0;
    let mut last_end = None;
    while let Some(off) = l[from..].find(LABEL) {
        let mut start = from + off;
        let mut end = start + LABEL.len();
        from = end;
        if l[..start].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        // `Advertisementskip`: the label glued to the ad's skip link.
        let mut rest = &l[end..];
        // `Advertisement:` opening a sentence is an ad slot's label too (Salon's: `Advertisement:
        // for his first joke, he …`), and may have a continuation after it.
        let colon = sentence_start(l, start) && rest.trim_start().starts_with(':');
        if colon {
            rest = &rest.trim_start()[1..];
            end = l.len() - rest.len();
        }
        let mut continued = colon;
        let dashed = rest.trim_start().trim_start_matches(['-', '—', '–']);
        for c in AD_CONTINUATIONS {
            let r = if c == "skip" {
                rest
            } else {
                dashed.trim_start()
            };
            if let Some(after) = r.strip_prefix(c)
                && !after.starts_with(|c: char| c.is_alphanumeric())
            {
                end = l.len() - after.len();
                rest = after;
                continued = true;
                break;
            }
        }
        // `Story continues below advertisement`: the line before the label.
        let head = l[..start].trim_end();
        // `article continues after` says what it is wherever it stands.
        if let Some(b) = BEFORE.iter().find(|b| head.ends_with(**b))
            && !l[..head.len() - b.len()].ends_with(char::is_alphanumeric)
            && (sentence_start(l, head.len() - b.len()) || *b == BEFORE[1])
        {
            start = head.len() - b.len();
            continued = true;
        }
        if !continued {
            if rest.starts_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            // `Advertisement advertisement`: two slots in a row.
            let after_slot = last_end == Some(head.len());
            let mut words = rest.split_whitespace();
            let next = words.next().unwrap_or("");
            let next_word = next.trim_end_matches([',', ':']);
            // `Advertisement for weeks, …`: a time phrase opens the lead.
            let time = next_word == "for"
                && words
                    .next()
                    .is_some_and(|w| AD_TIME_WORDS.contains(&w.trim_end_matches(',')));
            // `… in their study: advertisement the reaction …`, `… for example: advertisement
            // "i know …`: a colon announced what the label now stands before.
            let after_colon = head.ends_with(':')
                && (crate::token::is_stopword(next_word) || next.starts_with(['"', '“', '\'']));
            // `" katie's new man " advertisement katie holmes has …`: after a headline in quotes or
            // a bracket, and before no word that makes it a noun.
            let after_headline = head.ends_with(['"', '”', ']']);
            if !(sentence_start(l, start) || after_slot || after_colon || after_headline)
                || (AD_NOUN_FOLLOWERS.contains(&next_word) && !time)
                || next.starts_with([':', ','])
                || rest.starts_with([':', ','])
            {
                continue;
            }
        }
        // `Ok! " katie's new man " advertisement katie holmes …`: the quoted headline opening a
        // sentence before the label goes with it, or it would stand as a sentence of its own.
        if !continued
            && let Some(h) = head.strip_suffix(['"', '”'])
            && let Some(q) = h.rfind(['"', '“'])
            && sentence_start(l, q)
            && h[q + 1..].split_whitespace().count() <= AD_HEADLINE_WORDS
            && !h[q + 1..].contains(['.', '?', '!'])
        {
            start = q;
        }
        cuts.push((
            start,
            end,
            BlockKind::Widget,
            "ad slot label (Advertisement, Continue reading the main story)",
        ));
        from = end;
        last_end = Some(end);
    }
}

/// Labels that open a photo credit (`Photo by Name/Getty Images`, `Photo: Getty Images`), and
/// photo widgets' text before one (`View full image Getty Images`); longest first where one ends
/// another.
const CREDIT_LABELS: [&str; 11] = [
    "photo by",
    "photographer:",
    "image credit:",
    "credit:",
    "photos:",
    "photo:",
    "view full image",
    "enlarge image close",
    "[ + ] enlarge",
    "&#124;",
    "|",
];

/// The first this many [`CREDIT_LABELS`] also stand before `getty images` without a name.
const NAMELESS_LABELS: usize = 8;

/// Words of a photographer's name before `/getty images`, at most.
const CREDIT_NAME_MAX_WORDS: usize = 4;

/// How a photographer's name is joined to `getty images`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CreditJoin {
    /// `name/getty images`, `name/2016 getty images`, `name/afp via getty images`.
    Slash,
    /// `name, getty images` and `name via getty images`: only in parentheses or after a label.
    Word,
}

/// The join between a name and `getty images` at the end of `head` (the text before it), and
/// where that join starts.
fn credit_join(head: &str) -> Option<(CreditJoin, usize)> {
    if let Some(h) = head.strip_suffix('/') {
        return Some((CreditJoin::Slash, h.len()));
    }
    // `justin sullivan/2016 getty images`
    let b = head.as_bytes();
    if b.len() > 5 && b[b.len() - 5] == b'/' && b[b.len() - 4..].iter().all(u8::is_ascii_digit) {
        return Some((CreditJoin::Slash, head.len() - 5));
    }
    if let Some(h) = head.strip_suffix(',') {
        return Some((CreditJoin::Word, h.len()));
    }
    let h = head.strip_suffix(" via")?;
    // `philippe huguen/afp via getty images`: the agency's `/` makes it a credit anywhere.
    let last = h.rsplit(char::is_whitespace).next().unwrap_or("");
    let join = if is_credit_link(last) {
        CreditJoin::Slash
    } else {
        CreditJoin::Word
    };
    Some((join, h.len()))
}

/// Wire agencies after a spaced slash in a photographer's credit, longest first.
const SLASH_AGENCIES: [&str; 2] = ["reuters", "ap"];

/// A photographer's credit with a spaced slash opening a sentence, glued before the next one
/// (`… nightclub in orlando. Jim mone / ap castile, who was about to turn 33, …`, `Carlos barria /
/// reuters file the committee initially …`): one to [`CREDIT_NAME_MAX_WORDS`] name words from a
/// sentence start, ` / ap` or ` / reuters`, and AP's `photo` or a `file` mark after it. A name
/// word holds only letters, `.`, `'` and `-` and is no function word (`the mayor / ap` is no
/// credit's start); the agency must end a word (`/ apple`).
fn wire_slash_credits(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !holds!(l, " / ap") && !holds!(l, " / reuters") {
        return;
    }
    for slash in occurrences!(l, " / ") {
        let after = slash + 3;
        let Some(agency) = SLASH_AGENCIES.iter().find(|a| {
            l[after..].starts_with(*a)
                && !l[after + a.len()..].starts_with(|c: char| c.is_alphanumeric())
        }) else {
            continue;
        };
        let mut end = after + agency.len();
        // `ap photo`, `reuters file`, `ap, file`.
        for mark in [" photo", ", file", " file"] {
            if l[end..].starts_with(mark)
                && !l[end + mark.len()..].starts_with(|c: char| c.is_alphanumeric())
            {
                end += mark.len();
                break;
            }
        }
        // The name: whole words back from the slash to a sentence start.
        let head = &l[..slash];
        let mut start = None;
        for (k, (p, w)) in head
            .split_whitespace()
            .rev()
            .map(|w| (offset_in(l, w), w))
            .enumerate()
        {
            if k >= CREDIT_NAME_MAX_WORDS
                || !w
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
                || super::lexicon::contains(super::lexicon::FUNCTION_WORDS, &w.to_ascii_lowercase())
            {
                break;
            }
            // A middle initial's stop starts no sentence (`ted s. Warren / ap`).
            let initial = l[..p].trim_end().rsplit(' ').next().is_some_and(|t| {
                t.len() == 2 && t.ends_with('.') && t.as_bytes()[0].is_ascii_alphabetic()
            });
            if sentence_start(l, p) && !initial {
                start = Some(p);
                break;
            }
        }
        if let Some(start) = start {
            cuts.push((
                start,
                end,
                BlockKind::Caption,
                "photo credit opening a sentence (Name / AP, Name / Reuters)",
            ));
        }
    }
}

/// Photo credits `Name/Getty Images` (`Name/AFP/Getty Images`, `Name, Getty Images`, `Name/AFP
/// via Getty Images`) glued into the prose: in parentheses, after a credit label (`Photo by`,
/// `Photographer:`, `|`), opening a sentence (the `/` forms only), or shown twice (`amy sussman,
/// getty images amy sussman, getty images`). `Photo: Getty Images` has no name. Elsewhere the
/// name's start does not show, so nothing is cut.
fn getty_credits(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const AGENCY: &str = "getty images";
    /// Bytes between a credit and its repeat, at most.
    const REPEAT_MAX: usize = 60;
    if !holds!(l, AGENCY) {
        return;
    }
    let mut from = 0;
    while let Some(off) = l[from..].find(AGENCY) {
        let g = from + off;
        let mut end = g + AGENCY.len();
        from = end;
        let head = l[..g].trim_end();
        // `Photo: getty images`, `View full image getty images`, `( image credit: getty images )`.
        if let Some(label) = CREDIT_LABELS
            .iter()
            .take(NAMELESS_LABELS)
            .find(|lab| head.ends_with(*lab))
        {
            let mut start = head.len() - label.len();
            let open = l[..start].trim_end();
            let close = l[end..].trim_start();
            if open.ends_with('(') && close.starts_with(')') {
                start = open.len() - 1;
                end = l.len() - close.len() + 1;
            }
            cuts.push((
                start,
                end,
                BlockKind::Caption,
                "photo credit without a name (Photo: Getty Images)",
            ));
            from = end;
            continue;
        }
        let Some((join, join_at)) = credit_join(head) else {
            continue;
        };
        // The credit shown twice: what follows up to the next `getty images` is the name and
        // join just before this one.
        let rest = &l[end..];
        if let Some(q) = rest
            .get(..REPEAT_MAX.min(rest.len()))
            .and_then(|r| r.find(AGENCY))
        {
            let again = rest[..q].trim();
            if !again.is_empty()
                && again.split_whitespace().count() <= 2 * CREDIT_NAME_MAX_WORDS
                && head.ends_with(again)
                && credit_join(again).is_some()
                && !head[..head.len() - again.len()].ends_with(|c: char| c.is_alphanumeric())
            {
                let end2 = end + q + AGENCY.len();
                cuts.push((
                    head.len() - again.len(),
                    end2,
                    BlockKind::Caption,
                    "photo credit shown twice (Name, Getty Images Name, Getty Images)",
                ));
                from = end2;
                continue;
            }
        }
        // Up to a few words back: `(`, a label, or a sentence start.
        let mut start = None;
        let mut p = join_at;
        let mut words = 0;
        while words <= CREDIT_NAME_MAX_WORDS {
            let head = l[..p].trim_end();
            if head.ends_with('(') {
                // `( john moore, getty images / )`
                let close = l[end..].trim_start();
                let close = close.strip_prefix('/').map_or(close, str::trim_start);
                if close.starts_with(')') {
                    start = Some(head.len() - 1);
                    end = l.len() - close.len() + 1;
                }
                break;
            }
            if let Some(label) = CREDIT_LABELS.iter().find(|lab| head.ends_with(*lab)) {
                start = Some(head.len() - label.len());
                break;
            }
            let word_start =
                head.len() - head.rsplit(char::is_whitespace).next().map_or(0, str::len);
            if join == CreditJoin::Slash && sentence_start(l, word_start) {
                start = Some(word_start);
                break;
            }
            if word_start == 0 {
                break;
            }
            // `mauro fermariello / science photo library/getty images`: a bare `/` is no word.
            if &head[word_start..] != "/" {
                words += 1;
            }
            p = word_start;
        }
        if let Some(start) = start {
            let end = file_mark(l, end);
            cuts.push((
                start,
                end,
                BlockKind::Caption,
                "photo credit (Name/Getty Images)",
            ));
            from = end;
        }
    }
}

/// The end of NBC News's `file` mark after a photo credit ending at `end` (`Joe raedle / getty
/// images file russell waddley of miami received …`, `… / getty images - file in keeping with
/// …`, `… / getty images file photo equal rights supporters …`): the page tells that the photo
/// is an old one, and the lead follows. `end` when no mark follows.
fn file_mark(l: &str, end: usize) -> usize {
    let rest = l[end..].trim_start();
    let rest = ["- ", "– "]
        .iter()
        .find_map(|d| rest.strip_prefix(d))
        .unwrap_or(rest);
    let Some(after) = rest.strip_prefix("file ") else {
        return end;
    };
    let after = after.strip_prefix("photo ").unwrap_or(after);
    // The lead goes on after the mark (a word, a quote), the mark's own space left to it.
    if after.is_empty() {
        return end;
    }
    l.len() - after.len() - 1
}

/// Words after a `getty` opening a sentence that make it the museum, the family or the company
/// in prose (`Getty images said …`, `Getty museum officials …`), not a credit's label.
const GETTY_PROSE: [&str; 17] = [
    "museum",
    "center",
    "centre",
    "villa",
    "oil",
    "family",
    "foundation",
    "trust",
    "research",
    "said",
    "says",
    "is",
    "was",
    "has",
    "had",
    "spokesman",
    "spokeswoman",
];

/// Words that open a lead after a bare `getty` credit glued to a caption's name (`Magic leap ceo
/// rony abovitz getty a newly filed lawsuit …`): `getty iii`, `getty said` stay.
const GETTY_LEAD_OPENERS: [&str; 10] = [
    "a", "an", "the", "this", "it", "he", "she", "they", "we", "in",
];

/// Labels before a nameless Getty credit in brackets (`( picture: getty )`, `[ images via getty
/// ]`).
const BRACKET_GETTY_LABELS: [&str; 5] = ["picture:", "photo:", "image:", "images via", "image via"];

/// Words of a caption's name before a `getty` credit at a sentence start, at most.
const GETTY_CAPTION_WORDS: usize = 6;

/// Getty credits without `images` or glued to the lead, at a sentence start: a photographer's
/// `name/getty` (`Jeff vespa/getty christmas came early …`, `victor virgile/gamma-rapho via
/// getty she announced …`, `[ gallo/getty ]`); a `Getty`, `Getty images` or `Image: getty`
/// label before the text (`Getty trump compares …`: the label only, a headline after it has no
/// end that shows); a caption's name before the credit (`Kelly clarkson getty images the "
/// heartbeat song " singer …`, `Magic leap ceo rony abovitz getty a newly filed lawsuit …`).
fn bare_getty(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const AGENCY: &str = "getty";
    const WHY: &str = "photo credit glued to the lead (Name/Getty, Getty images)";
    if !holds!(l, AGENCY) {
        return;
    }
    for (g, _) in l.match_indices(AGENCY) {
        let mut end = g + AGENCY.len();
        if l[end..].starts_with(|c: char| c.is_alphanumeric())
            || cuts.iter().any(|c| c.0 <= g && g < c.1)
        {
            continue;
        }
        let rest = l[end..].trim_start();
        // `getty images`, `getty image`: the agency's whole name.
        let mut named = false;
        for tail in ["images", "image"] {
            if let Some(r) = rest.strip_prefix(tail)
                && !r.starts_with(|c: char| c.is_alphanumeric())
            {
                end = l.len() - r.len();
                named = true;
                break;
            }
        }
        let after = l[end..].trim_start();
        // `( getty )`, `( picture: getty )`, `[ images via getty ]`: a credit without a name in
        // brackets, alone.
        let inside = l[..g].trim_end();
        let inside = BRACKET_GETTY_LABELS
            .iter()
            .find_map(|lab| inside.strip_suffix(lab))
            .unwrap_or(inside)
            .trim_end();
        if let (Some(open), Some(close)) = (
            inside.strip_suffix(['(', '[']),
            after.strip_prefix([')', ']']),
        ) {
            cuts.push((
                open.len(),
                l.len() - close.len(),
                BlockKind::Caption,
                "photo credit without a name in brackets (( Getty ), [ images via getty ])",
            ));
            continue;
        }
        let next = after.split_whitespace().next().unwrap_or("");
        if next.is_empty() || GETTY_PROSE.contains(&next) || after.starts_with([',', '\'', '.']) {
            continue;
        }
        let head = &l[..g];
        // `name/getty`, `name/agency via getty`, `name / redferns / getty`.
        let slash = head.ends_with('/')
            || head.trim_end().ends_with(" /")
            || head.strip_suffix("via ").is_some_and(|h| {
                h.split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.contains('/'))
            });
        if slash {
            let mut p = head.trim_end().len();
            let mut start = None;
            for _ in 0..=CREDIT_NAME_MAX_WORDS + 2 {
                let h = l[..p].trim_end();
                if h.ends_with(['[', '(']) {
                    let close = after.strip_prefix([']', ')']);
                    if let Some(c) = close {
                        start = Some(h.len() - 1);
                        end = l.len() - c.len();
                    }
                    break;
                }
                let w = h.len() - h.rsplit(char::is_whitespace).next().map_or(0, str::len);
                if sentence_start(l, w) {
                    start = Some(w);
                    break;
                }
                if w == 0 {
                    break;
                }
                p = w;
            }
            if let Some(start) = start
                && start < g
            {
                cuts.push((start, end, BlockKind::Caption, WHY));
            }
            continue;
        }
        // `Getty …`, `Image: getty …` opening a sentence: the label alone.
        let label = ["image:", "photo:", "credit:"]
            .iter()
            .find(|lab| head.trim_end().ends_with(**lab))
            .map_or(g, |lab| head.trim_end().len() - lab.len());
        if sentence_start(l, label) && !l[..label].ends_with(|c: char| c.is_alphanumeric()) {
            cuts.push((label, end, BlockKind::Caption, WHY));
            continue;
        }
        // A caption's name at a sentence start, then the credit.
        if !(named || GETTY_LEAD_OPENERS.contains(&next)) {
            continue;
        }
        let name: Vec<(usize, &str)> = tokens(l, 0)
            .take_while(|&(at, _)| at < g)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .take(GETTY_CAPTION_WORDS + 1)
            .collect();
        let mut start = None;
        for (k, &(at, w)) in name.iter().enumerate() {
            if k == GETTY_CAPTION_WORDS
                || crate::token::is_stopword(w)
                || !w
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '-' | '.'))
            {
                break;
            }
            if sentence_start(l, at) {
                start = Some(at);
                break;
            }
        }
        if let Some(start) = start {
            cuts.push((start, end, BlockKind::Caption, WHY));
        }
    }
}

/// The whitespace-separated tokens of `l` from byte `from` on, with their start offsets.
fn tokens(l: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    l[from..]
        .split(|c: char| c.is_ascii_whitespace())
        .scan(from, |at, t| {
            let start = *at;
            *at += t.len() + 1;
            Some((start, t))
        })
        .filter(|(_, t)| !t.is_empty())
}

/// Names in a wire photo credit that stand alone (`Reuters/KCNA`, `Reuters/Stringer`,
/// `…/Files`), without a second word.
const ONE_WORD_CREDITS: [&str; 8] = [
    "kcna",
    "stringer",
    "handout",
    "pool",
    "files",
    "illustration",
    "reuters",
    "afp",
];

/// Pollsters and index makers that Reuters names its polls and indexes with (`Reuters/Ipsos
/// poll`, `Reuters/University of Michigan survey`): prose, not a photo credit.
const WIRE_PARTNERS: [&str; 4] = ["ipsos", "zogby", "university", "jefferies"];

/// A credit link token: `ernst/file`, `force/capt.`, `/`; not a number like `24/7` or `9/11`.
fn is_credit_link(t: &str) -> bool {
    t.contains('/') && !t.contains(|c: char| c.is_ascii_digit()) && !t.contains("://")
}

/// End of a wire photo credit's names starting at `from` (after `reuters/`): `jonathan ernst`,
/// `kim hong-ji/file photo`, `u.s. air force/capt. raymond geoffroy/handout via reuters`,
/// `aaron p. bernstein - rtsaf6q`. Names joined by `/` or `via` run on; the last one is one word
/// when it is a one-word credit (`kcna`, `files`, `file photo`), else two (three with a middle
/// initial). `None` for a poll or index (`reuters/ipsos poll`).
fn wire_credit_end(l: &str, from: usize) -> Option<usize> {
    let toks: Vec<(usize, &str)> = tokens(l, from).take(24).collect();
    let first = toks.first()?.1;
    if WIRE_PARTNERS
        .iter()
        .any(|w| first.trim_start_matches('/').starts_with(w))
    {
        return None;
    }
    // The last link (`/` or `via`) among the names, each within four words of the one before;
    // `reuters/` itself is the first.
    let mut last: Option<usize> = None;
    for (k, &(_, t)) in toks.iter().enumerate() {
        let gap = k - last.map_or(0, |x| x + 1);
        if gap >= 4 {
            break;
        }
        if is_credit_link(t)
            || (t == "via" && toks.get(k + 1).is_some_and(|n| n.1.starts_with("reuters")))
        {
            last = Some(k);
        }
    }
    // The final name: from the part after the last `/` (or the word after `via`/a trailing `/`).
    let (mut k, mut words) = match last {
        None => (0, 0),
        Some(k) => {
            let t = toks[k].1;
            let tail = if t == "via" {
                ""
            } else {
                t.rsplit('/').next().unwrap_or("")
            };
            if tail.is_empty() {
                (k + 1, 0)
            } else {
                (k + 1, 1)
            }
        }
    };
    let name_first = if words == 1 {
        toks[k - 1].1.rsplit('/').next().unwrap_or("")
    } else {
        toks.get(k)?.1
    };
    let next = |i: usize| toks.get(i).map_or("", |t| t.1);
    let want = if ONE_WORD_CREDITS.contains(&name_first) {
        1 + usize::from(name_first == "reuters" && next(k + 1 - words) == "tv")
    } else if name_first == "file" {
        1 + usize::from(matches!(
            next(k + 1 - words),
            "photo" | "photos" | "picture"
        ))
    } else {
        // `aaron p. bernstein`, `j pat carter`: a middle or first initial adds a word.
        let second = next(k + 1 - words);
        let initial = |w: &str| w.trim_end_matches('.').len() == 1;
        2 + usize::from(initial(second) || initial(name_first))
    };
    while words < want {
        let t = next(k);
        if t.is_empty() && words > 0 {
            break;
        }
        if !t.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        words += 1;
        k += 1;
    }
    // `lean daval jr.`, `jim peaco/national park service`.
    if matches!(next(k), "jr." | "jr" | "sr." | "service") {
        k += 1;
    }
    let (at, t) = toks[k - 1];
    let mut end = at + t.len();
    // `reuters/ipsos poll`, a name that runs into `poll`: prose after all.
    if matches!(next(k), "poll" | "polls" | "survey" | "index" | "data") {
        return None;
    }
    // Reuters' picture code: `- rtsaf6q`.
    let code = next(k + 1);
    if next(k) == "-"
        && code.starts_with("rt")
        && (6..=10).contains(&code.len())
        && code.bytes().all(|c| c.is_ascii_alphanumeric())
    {
        let (at, t) = toks[k + 1];
        end = at + t.len();
    }
    Some(end)
}

/// Reuters photo credits glued into the prose: `Reuters/Name` opening a sentence (between a
/// photo caption and the lead: `… january 19, 2011. Reuters/kevin lamarque hu's four-day state
/// visit…`) or in parentheses (`( reuters/kevin lamarque )`). A sentence that names a Reuters
/// poll (`Reuters/Ipsos poll`) is prose. The dated caption before a credit goes too
/// ([`reuters_caption`]).
fn wire_credits(s: &str, l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const AGENCY: &str = "reuters/";
    if !holds!(l, AGENCY) {
        return;
    }
    let mut from = 0;
    let mut limit = 0;
    while let Some(off) = l[from..].find(AGENCY) {
        let start = from + off;
        from = start + AGENCY.len();
        let head = l[..start].trim_end();
        if head.ends_with('(') {
            // `( reuters/kevin lamarque )`: the parenthesis holds the credit.
            let Some(close) = l[from..].find(')') else {
                continue;
            };
            let inner = &l[from..from + close];
            if inner.contains('(')
                || inner.split_whitespace().count() > 8
                || wire_credit_end(l, from).is_none()
            {
                continue;
            }
            let end = from + close + 1;
            reuters_caption(s, l, limit, head.len() - 1, cuts);
            cuts.push((
                head.len() - 1,
                end,
                BlockKind::Caption,
                "photo credit (Reuters/Name)",
            ));
            from = end;
            limit = end;
            continue;
        }
        if !sentence_start(l, start) {
            continue;
        }
        if let Some(end) = wire_credit_end(l, from) {
            reuters_caption(s, l, limit, start, cuts);
            cuts.push((
                start,
                end,
                BlockKind::Caption,
                "photo credit (Reuters/Name)",
            ));
            from = end;
            limit = end;
        }
    }
}

/// A caption's last sentence this short is the stub an abbreviation split off (`Louis, Missouri,
/// March 11, 2016.`).
const CAPTION_STUB_WORDS: usize = 5;

/// The caption sentence that a Reuters credit at `credit` closes (`A relative of a missing
/// passenger cries at a port in Jindo April 26, 2014. REUTERS/Kim Kyung-Hoon`), found as the
/// sentence before the credit (not before `limit`, the previous credit's end). It is cut only
/// when it reads as a Reuters caption: it carries the photo's date (`April 26, 2014`) or says
/// `Picture taken …` or `file photo`; then a `Picture taken June 24, 2011.` or a stub of at most
/// [`CAPTION_STUB_WORDS`] words takes the sentence before it along. Without these marks the sentence may be the article's prose, and stays.
fn reuters_caption(s: &str, l: &str, limit: usize, credit: usize, cuts: &mut Vec<Cut>) {
    let end = l[..credit].trim_end().len();
    let mut start = caption_start(s, limit, end, false);
    start += l[start..end].len() - l[start..end].trim_start().len();
    let sentence = &l[start..end];
    let dated = |t: &str| {
        t.contains("picture taken")
            || t.contains("file photo")
            || tokens(t, 0).any(|(at, _)| date_len(&t[at..]).is_some())
    };
    if start >= end
        || sentence.split_whitespace().count() > CAPTION_MAX_WORDS
        || !sentence.ends_with(['.', ')'])
        || !dated(sentence)
    {
        return;
    }
    // `… in St. Louis, Missouri, March 11, 2016.`: a stub that is only the date and place is the
    // end of a caption that an abbreviation split.
    let stub = sentence.split_whitespace().count() <= CAPTION_STUB_WORDS;
    if (stub || sentence.starts_with("picture taken")) && start > limit {
        let prev = caption_start(s, limit, l[..start].trim_end().len(), false);
        if l[prev..start].split_whitespace().count() <= CAPTION_MAX_WORDS {
            start = prev + (l[prev..start].len() - l[prev..start].trim_start().len());
        }
    }
    cuts.push((
        start,
        end,
        BlockKind::Caption,
        "photo caption before a Reuters credit (dated)",
    ));
}

/// Words of a photo caption glued into the prose, at most.
const PHOTO_CAPTION_MAX_WORDS: usize = 70;

/// AP's file-photo captions glued into the prose: a sentence opening with `File -` (`File - in
/// this Nov. 18, 2013 file photo, actor-comedian Bill Cosby poses for a portrait in New York.`,
/// `FILE - This May 11, 2017, file photo shows…`), AP's mark for a caption of an older photo.
/// Prose never opens a sentence so. It may also follow the credit of the caption before it. The
/// caption runs to its sentence's end, which may be a state
/// abbreviation (`… in Hialeah, Fla.`); without an end within [`PHOTO_CAPTION_MAX_WORDS`] words
/// only the `File -` mark is cut.
fn file_captions(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !holds!(l, "file") {
        return;
    }
    for p in occurrences!(l, "file") {
        // Also right after a gallery's credit (`… ( associated press ) file - in this …`).
        if !sentence_start(l, p) && !l[..p].trim_end().ends_with(')') {
            continue;
        }
        let rest = l[p + 4..].trim_start();
        let dash = ["--", "-", "—", "–"].iter().find(|d| rest.starts_with(*d));
        let Some(dash) = dash else {
            continue;
        };
        let body = l.len() - rest.len() + dash.len();
        // `File -in this`: glued is fine; `file-sharing` is a word.
        if *dash == "-" && !l[body..].starts_with([' ', 'i', 't']) {
            continue;
        }
        let end = sentence_end(l, body, PHOTO_CAPTION_MAX_WORDS, true).or_else(|| {
            (l[body..].split_whitespace().count() <= PHOTO_CAPTION_MAX_WORDS).then_some(l.len())
        });
        let (end, reason) = match end {
            Some(e) => (e, "file photo caption (File - in this … file photo, …)"),
            None => (body, "file photo mark (File -)"),
        };
        cuts.push((p, end, BlockKind::Caption, reason));
    }
}

/// True when `t` is a run of ASCII digits (`28`), not empty.
fn is_number(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

/// Length of a gallery counter `N of M` at the start of `r` (`3 of 28`).
fn counter_len(r: &str) -> Option<usize> {
    let mut t = r.splitn(4, ' ');
    let (a, of, b) = (t.next()?, t.next()?, t.next()?);
    (is_number(a) && of == "of" && is_number(b)).then(|| a.len() + of.len() + b.len() + 2)
}

/// CNN's photo gallery glued into the prose: each slide's `Hide caption 3 of 28` button, then
/// the next slide's `photos: <gallery title> – <caption>`. Text between two buttons is a slide's
/// caption and goes with them; after the last button the caption runs to its sentence's end.
fn gallery_captions(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "hide caption";
    if !holds!(l, LABEL) {
        return;
    }
    let marks: Vec<(usize, usize)> = l
        .match_indices(LABEL)
        .filter_map(|(p, _)| {
            let r = l[p + LABEL.len()..].trim_start();
            let n = counter_len(r)?;
            Some((p, l.len() - r.len() + n))
        })
        .collect();
    for (k, &(p, after)) in marks.iter().enumerate() {
        let next = marks.get(k + 1).map(|m| m.0);
        let end = match next {
            Some(n) if l[after..n].split_whitespace().count() <= PHOTO_CAPTION_MAX_WORDS => n,
            _ if l[after..].trim_start().starts_with("photos:") => {
                sentence_end(l, after, PHOTO_CAPTION_MAX_WORDS, true).unwrap_or(after)
            }
            _ => after,
        };
        let end = l[..end].trim_end().len();
        cuts.push((
            p,
            end,
            BlockKind::Caption,
            "photo gallery caption (Hide caption N of M)",
        ));
    }
}

/// Words of one `photo: Name` credit before a gallery counter, at most (`photo: california
/// highway patrol / california highway patrol /`).
const GALLERY_CREDIT_MAX_WORDS: usize = 10;

/// Words of the first slide's caption between a gallery's `caption close` and its `1 / 15 back
/// to gallery` button, at most.
const GALLERY_CAPTION_MAX_WORDS: usize = 40;

/// Length of a digit run at the start of `r`.
fn digits_len(r: &str) -> usize {
    r.bytes().take_while(u8::is_ascii_digit).count()
}

/// Start of the chain of photo credits that ends right before `at`: `Photo: Name buy photo
/// photo: Name`, `... More photo: Name`, each credit of at most [`GALLERY_CREDIT_MAX_WORDS`]
/// words without a sentence end; `None` when no credit ends there.
fn credit_chain_start(l: &str, at: usize) -> Option<usize> {
    let mut start = None;
    let mut pos = at;
    while let Some(p) = l[..pos].rfind("photo:") {
        let name = &l[p + "photo:".len()..pos];
        let words = name.split_whitespace().count();
        if words == 0
            || words > GALLERY_CREDIT_MAX_WORDS
            || name.contains(". ")
            || name.contains("? ")
        {
            break;
        }
        // `file photo: …` is a caption's label, and `tweeted a photo:` prose.
        if l[..p].ends_with(|c: char| c.is_alphanumeric()) {
            break;
        }
        let mut s = p;
        let head = l[..s].trim_end();
        // The buttons before a credit: `buy photo`, and `More` after a cut caption's `...`.
        for button in ["buy this photo", "buy photo", "more"] {
            if let Some(h) = head.strip_suffix(button)
                && (h.is_empty() || h.ends_with(char::is_whitespace))
                && (button != "more" || h.trim_end().ends_with("..."))
            {
                s = h.len();
                break;
            }
        }
        start = Some(s);
        pos = s;
    }
    start
}

/// Hearst's photo gallery (San Francisco Chronicle, Houston Chronicle, Times Union, …) glued
/// into the text: `photo: Name image 1 of / 19 caption close image 1 of 19`, the first slide's
/// caption up to `1 / 19 back to gallery`, and each later slide's `… More photo: Name image 2
/// of 19`. The counter goes with the credits right before it; a counter without `caption close`
/// needs a credit, since nothing else marks it as furniture. The later slides' captions stay:
/// nothing marks where each ends.
fn hearst_galleries(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "image ";
    if !holds!(l, " of / ") && !holds!(l, "photo:") {
        return;
    }
    for (at, _) in l.match_indices(LABEL) {
        if l[..at].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let r = &l[at + LABEL.len()..];
        let n = digits_len(r);
        let Some(r) = (n > 0)
            .then(|| &r[n..])
            .and_then(|r| r.strip_prefix(" of "))
        else {
            continue;
        };
        let mut end;
        let widget = if let Some(w) = r.strip_prefix("/ ")
            && digits_len(w) > 0
            && let Some(w) = w[digits_len(w)..].strip_prefix(" caption close")
        {
            end = l.len() - w.len();
            // `image 1 of 19` again, then the first slide's caption up to its button.
            let w = w.trim_start();
            if let Some(x) = w.strip_prefix(LABEL)
                && digits_len(x) > 0
                && let Some(y) = x[digits_len(x)..].strip_prefix(" of ")
                && digits_len(y) > 0
            {
                end = l.len() - y.len() + digits_len(y);
            }
            if let Some(b) = l[end..].find(" back to gallery")
                && l[end..end + b].split_whitespace().count() <= GALLERY_CAPTION_MAX_WORDS
            {
                end += b + " back to gallery".len();
            }
            true
        } else if digits_len(r) > 0 {
            end = l.len() - r.len() + digits_len(r);
            false
        } else {
            continue;
        };
        if l[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let start = match credit_chain_start(l, at) {
            Some(s) => s,
            None if widget => at,
            None => continue,
        };
        cuts.push((
            start,
            end,
            BlockKind::Caption,
            "photo gallery widget (photo: Name image 1 of / 19 caption close)",
        ));
    }
}

/// Words that end a photographer's credit after `photo:` (`photo: ted s. warren, ap`, `photo:
/// paul chinn, the chronicle`, `photo: handout`), longest first.
const PHOTO_CREDIT_ENDS: [&str; 16] = [
    "contributed photo",
    "associated press",
    "getty images",
    "staff photo",
    "ap images",
    "wireimage",
    "chronicle",
    "facebook",
    "handout",
    "reuters",
    "istock",
    "getty",
    "afp",
    "dpa",
    "epa",
    "ap",
];

/// Words that go on a credit after a `name/agency` word (`cody duty/houston chronicle`).
const PHOTO_CREDIT_TAILS: [&str; 7] = [
    "chronicle",
    "images",
    "press",
    "journal",
    "post",
    "times",
    "news",
];

/// Last words of an office or archive credited after `photo:` (`photo: alameda county sheriff's
/// office`, `photo: kuvp archives`, `photo: european pressphoto agency`, `photo: california
/// highway patrol`): after a word of its name, and not before `of` or `for` (`photo: office of
/// the governor`).
const PHOTO_CREDIT_BODIES: [&str; 7] = [
    "office",
    "archives",
    "agency",
    "authority",
    "bureau",
    "patrol",
    "department",
];

/// Letters at least of a [`PHOTO_CREDIT_BODIES`] word cut off by the source's truncation
/// (`photo: montgomery county sheriff's offi bobby martin was …`).
const PHOTO_CREDIT_CUT_LETTERS: usize = 4;

/// True when `word` ends a credit's name as an office or archive does, whole or cut off
/// (`offi`), but is no word of its own (`arch`, `depart`).
fn credit_body(word: &str) -> bool {
    PHOTO_CREDIT_BODIES.iter().any(|b| {
        b.starts_with(word)
            && (word.len() == b.len()
                || (word.len() >= PHOTO_CREDIT_CUT_LETTERS && !matches!(word, "arch" | "depart")))
    })
}

/// A `photo:` credit to the paragraph's end, or ending in a stop, has at most this many words
/// (`Photo: jon shapley, houston chronicle`); `Photo: file image courtesy of the agency.`, a
/// sentence, is longer.
const PHOTO_SHORT_CREDIT_WORDS: usize = 4;

/// Words of the name in a `photo: Name` credit, at most.
const PHOTO_CREDIT_MAX_WORDS: usize = 8;

/// Words before `photo:` that make it prose (`tweeted a photo: …`, `referring to this photo:
/// …`), or a caption's label (`File photo: …`).
const PHOTO_PROSE_BEFORE: [&str; 10] = [
    "a", "the", "this", "that", "his", "her", "their", "file", "nsfw", "another",
];

/// End of a `photo: Name` credit whose name starts at `body`: through the same name printed
/// again after another `photo:` (`photo: renault photo: renault`, `photo: jay r. jordan photo:
/// jay r. jordan`), or through an agency or paper that ends a credit ([`PHOTO_CREDIT_ENDS`]);
/// when the label opens a sentence (`opens_sentence`), also through an office or archive
/// ([`credit_body`]). The name holds no sentence end; `None` when nothing shows where it ends.
fn photo_credit_end(l: &str, label: &str, body: usize, opens_sentence: bool) -> Option<usize> {
    let toks: Vec<(usize, &str)> = tokens(l, body).take(PHOTO_CREDIT_MAX_WORDS + 3).collect();
    for (k, &(at, t)) in toks.iter().enumerate() {
        if t == label && k > 0 {
            let name = &l[body..at];
            let again = &l[at + t.len()..];
            let again = again.trim_start();
            if again.starts_with(name.trim_end())
                && !again[name.trim_end().len()..].starts_with(|c: char| c.is_alphanumeric())
            {
                return Some(l.len() - again.len() + name.trim_end().len());
            }
            return None;
        }
        let word = t.trim_end_matches([',', ';']);
        let bare = word.strip_suffix('.').unwrap_or(word);
        let upto = &l[body..at + t.len()];
        let upto = upto.strip_suffix('.').unwrap_or(upto);
        let ends = PHOTO_CREDIT_ENDS.iter().any(|e| {
            upto.strip_suffix(*e)
                .is_some_and(|h| h.is_empty() || h.ends_with([' ', ',', '/']))
        });
        let next = toks.get(k + 1).map_or("", |x| x.1);
        // `…/getty images`: the credit ends after `images`.
        if ends && !(upto.ends_with("getty") && next.starts_with("images")) {
            return Some(at + t.len());
        }
        // `Photo: kuvp archives the black hills …`, `Photo: montgomery county sheriff's offi
        // bobby martin …`; at a sentence start only: inside a gallery's captions (`… weapons
        // and money photo: fort bend county sheriff's office window._taboola …`) the cut would
        // leave a caption's fragment as a sentence.
        if opens_sentence
            && k >= 1
            && t.chars().all(|c| c.is_ascii_lowercase())
            && credit_body(t)
            && !matches!(next, "of" | "for")
            && toks[..k].iter().all(|(_, w)| !crate::token::is_stopword(w))
        {
            return Some(at + t.len());
        }
        // `Photo: dpa.`, `Photo: second sight.`: a short credit with a stop (not an initial's or
        // a title's: `Photo: mr. World`).
        if word.ends_with('.') && bare.len() >= 3 && k < PHOTO_SHORT_CREDIT_WORDS {
            return Some(at + t.len());
        }
        if word.ends_with(['?', '!'])
            || (word.ends_with('.') && bare.len() >= 4 && !bare.contains('.'))
        {
            return None;
        }
        // `photo: mick hutson/redferns`, `photo: fredrik sanberg/tt`: a name, then its agency
        // after a slash.
        if k >= 1
            && let Some((a, b)) = word.split_once('/')
            && !a.is_empty()
            && b.starts_with(|c: char| c.is_alphanumeric())
            && !PHOTO_CREDIT_TAILS.contains(&next.trim_end_matches([',', '.']))
        {
            // A chain of agencies goes on after another slash within two words (`reed
            // timmer/jim reed photography/corbis`).
            let chained = toks[k + 1..].iter().take(2).position(|(_, w)| {
                w.split_once('/').is_some_and(|(a, b)| {
                    !a.is_empty() && b.starts_with(|c: char| c.is_alphanumeric())
                })
            });
            if let Some(c) = chained
                && toks[k + 1..=k + 1 + c]
                    .iter()
                    .all(|(_, w)| !w.ends_with(['.', '?', '!', ',']))
            {
                let (at2, t2) = toks[k + 1 + c];
                return Some(at2 + t2.len());
            }
            return Some(at + t.len());
        }
        if k >= PHOTO_CREDIT_MAX_WORDS {
            return None;
        }
    }
    // `… whitman. Photo: jon shapley, houston chronicle` at the paragraph's end.
    match toks.last() {
        Some(&(at, t))
            if toks.len() <= PHOTO_SHORT_CREDIT_WORDS && at + t.len() == l.trim_end().len() =>
        {
            Some(at + t.len())
        }
        _ => None,
    }
}

/// `photo: Name` credits glued into the text outside brackets, with the names of a doubled
/// credit or a credit that ends in an agency or paper (`… in san mateo photo: paul chinn, the
/// chronicle chp patrol car …`, `photo: renault photo: renault …`). A credit after a
/// determiner is prose (`referring to this photo: the other senator …`), and one whose name
/// runs into a sentence (`Photo: file image courtesy of the agency.`) stays.
fn photo_labels(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "photo:";
    const PHOTOGRAPHER: &str = "photographer:";
    const PHOTOGRAPH: &str = "photograph:";
    if holds!(l, LABEL) {
        labelled_photo_credits(l, LABEL, cuts);
    }
    // Bloomberg's `Photographer: Name/Bloomberg` and the Guardian's `Photograph: Name/EPA`,
    // glued before the lead as `photo:` credits are.
    if holds!(l, PHOTOGRAPHER) {
        labelled_photo_credits(l, PHOTOGRAPHER, cuts);
    }
    if holds!(l, PHOTOGRAPH) {
        labelled_photo_credits(l, PHOTOGRAPH, cuts);
    }
}

/// The `LABEL Name` credits of [`photo_labels`] for one label.
fn labelled_photo_credits(l: &str, label: &str, cuts: &mut Vec<Cut>) {
    let mut from = 0;
    while let Some(off) = l[from..].find(label) {
        let at = from + off;
        from = at + label.len();
        let before = l[..at].trim_end();
        if l[..at].ends_with(|c: char| c.is_alphanumeric() || c == '(' || c == '[')
            || before.ends_with(['(', '['])
        {
            continue;
        }
        let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
        // Inside a credit or caption an earlier pass cut (`Photo: Getty Images`), that pass's
        // reason stands.
        if PHOTO_PROSE_BEFORE.contains(&prev) || cuts.iter().any(|c| c.0 <= at && at < c.1) {
            continue;
        }
        let body = from + (l[from..].len() - l[from..].trim_start().len());
        let Some(mut end) = photo_credit_end(l, label, body, sentence_start(l, at)) else {
            continue;
        };
        // A chain of the same credit (`photo: renault photo: renault photo: renault`) goes as
        // one.
        let name = l[..end]
            .rfind(label)
            .map_or(&l[body..end], |p| &l[p + label.len()..end]);
        let name = name.trim();
        while let Some(r) = l[end..].trim_start().strip_prefix(label)
            && let Some(r2) = r.trim_start().strip_prefix(name)
            && !r2.starts_with(|c: char| c.is_alphanumeric())
        {
            end = l.len() - r2.len();
        }
        if l[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        cuts.push((
            at,
            end,
            BlockKind::Caption,
            "photo credit after a label (photo: Name, Agency)",
        ));
        from = end;
    }
}

/// AP photo credits that open a paragraph or sentence (Politico's `&#124; AP Photo`, `&#124;
/// Name/AP Photo`, `AP Photo/Name`, `Credit: AP Photo/Name`), glued before a headline or lead.
/// Only the credit is cut: nothing marks where a headline after it ends.
fn ap_photo_labels(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "ap photo";
    if !holds!(l, LABEL) {
        return;
    }
    let mut from = 0;
    while let Some(off) = l[from..].find(LABEL) {
        let at = from + off;
        from = at + LABEL.len();
        // `kyusung gong/ap photo`: a name of at most four words, joined by `/`.
        let head = l[..at].trim_end();
        let mut start = at;
        if head.ends_with('/') {
            let name_start = head.rfind(['.', '?', '!', ';', '|']).map_or(0, |i| i + 1);
            let name = &head[name_start..];
            let name = name.strip_prefix("&#124").unwrap_or(name);
            if name.split_whitespace().count() > CREDIT_NAME_MAX_WORDS {
                continue;
            }
            start = l[..head.len() - name.len()].len() + (name.len() - name.trim_start().len());
        }
        let before = l[..start].trim_end();
        let marked = ["&#124;", "|", "credit:"]
            .iter()
            .find_map(|m| before.strip_suffix(m));
        if let Some(b) = marked {
            start = b.trim_end().len();
            start += l[start..].len() - l[start..].trim_start().len();
        }
        if !sentence_start(l, start) && !l[..start].trim_end().ends_with(')') {
            continue;
        }
        let mut end = at + LABEL.len();
        // `ap photo/chris miller; ap photo/charles arbogast`: the names after a slash.
        while l[end..].starts_with('/') {
            match wire_credit_end(l, end) {
                Some(e) => end = e,
                None => break,
            }
            let r = l[end..].trim_start_matches([';', ',']).trim_start();
            if let Some(r2) = r.strip_prefix(LABEL) {
                end = l.len() - r2.len();
            }
        }
        // `Ap photo close`: the caption's close button.
        if let Some(r2) = l[end..].trim_start().strip_prefix("close ") {
            end = l.len() - r2.len() - 1;
        }
        // `ap photographer` is a word; the credit stands before more text.
        if !l[end..].starts_with(char::is_whitespace) {
            continue;
        }
        cuts.push((
            start,
            end,
            BlockKind::Caption,
            "photo credit opening the text (AP Photo)",
        ));
        from = end;
    }
}

/// Words that open a lead's first clause (a determiner, pronoun, preposition or conjunction)
/// and never continue a compound after `photo`, `image` or `ap` (`photo id`, `photo op`, `image
/// of`, `photo by`, `photo courtesy`, `photo from thinkstock`): after such a label they show
/// that the label stands alone, a placeholder for an image the scraper dropped.
const CLAUSE_OPENERS: [&str; 43] = [
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "he",
    "she", "they", "we", "it", "i", "in", "at", "under", "since", "but", "after", "before", "when",
    "while", "during", "despite", "although", "though", "if", "amid", "nearly", "almost", "more",
    "most", "many", "some", "several", "two", "three", "there",
];

/// Words that open the lead after a lone `Photo` or `Image` label but make no compound with it,
/// beyond [`CLAUSE_OPENERS`]: honorifics before a surname and words that open a sentence
/// (`Photo mr. Burke assured …`, `Photo what's clearer is …`, `Photo for an italy worn out …`,
/// `Photo other regular characters were …`, `Photo last month, …`). Not for a `credit:` name,
/// which may go on with them (`credit: centers for disease control`).
const LABEL_LEAD_OPENERS: [&str; 11] = [
    "mr.", "mrs.", "ms.", "dr.", "what's", "for", "other", "maybe", "last", "four", "five",
];

/// Stock-photo libraries, which a credit names in one word.
const STOCK_LIBRARIES: [&str; 5] = [
    "istock",
    "istockphoto",
    "shutterstock",
    "thinkstock",
    "dreamstime",
];

/// Words a `credit: Name` credit runs for at most before the lead glued after it (`credit: ©
/// john sibbick / natural history museum the largest mass extinction …`: seven).
const LEAD_CREDIT_MAX_WORDS: usize = 8;

/// Words a `credit: Name` credit without a slash runs for at most (initials aside): a person's
/// or a company's name (`credit: andrew meares`, `credit: n. iwai`, `credit: sotheby's`).
const LEAD_CREDIT_NAME_WORDS: usize = 2;

/// Tokens a dateline after a lone label runs for at most before its dash (`sydney, australia
/// —`).
const LABEL_DATELINE_MAX_WORDS: usize = 3;

/// True when the token `t` opens the lead's first clause: a word of [`CLAUSE_OPENERS`] or an
/// opening quote.
fn opens_clause(t: &str) -> bool {
    t.starts_with(['"', '“']) || CLAUSE_OPENERS.contains(&t)
}

/// Byte length of the gallery counter `N of M` (and a dash after it) opening `r`.
fn label_counter_len(r: &str) -> Option<usize> {
    let n = digits_len(r);
    let rest = r[n..].strip_prefix(" of ")?;
    let m = digits_len(rest);
    if n == 0 || m == 0 || rest[m..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let mut len = r.len() - rest.len() + m;
    if let Some(after) = r[len..].trim_start().strip_prefix(['-', '—', '–'])
        && after.starts_with(' ')
    {
        len = r.len() - after.len();
    }
    Some(len)
}

/// True when a dateline opens `r`: at most [`LABEL_DATELINE_MAX_WORDS`] words that are no
/// function words, then a dash of its own (`philadelphia — melania trump's …`, `sydney,
/// australia — australians …`).
fn dateline_opens(r: &str) -> bool {
    for (k, (_, t)) in tokens(r, 0).enumerate() {
        if k > 0 && matches!(t, "—" | "--" | "–") {
            return true;
        }
        if k >= LABEL_DATELINE_MAX_WORDS
            || crate::token::is_stopword(t.trim_end_matches(','))
            || t.ends_with(['.', '?', '!', ':'])
        {
            return false;
        }
    }
    false
}

/// End of a `credit: Name` credit whose name starts at `body`, when the lead glued after it
/// shows where it ends: a word that opens a clause or a quote (`credit: andrew meares she said
/// …`, `credit: laura ly / cnn the jewelry …`, `credit: nasa under ideal dark-sky conditions
/// …`). The name is a short one (at most [`LEAD_CREDIT_NAME_WORDS`] words besides initials) or
/// names its agency after a slash (`credit: © john sibbick / natural history museum`); a longer
/// run may hold the lead's subject (`credit: dreamstime view full size image given the choice
/// …`, `credit: simon ydhag, uppsala university researchers in uppsala …`). `None` when a
/// function word, a stop, a link or a bracket comes first (`credit: courtesy of …`): nothing
/// shows where the name ends. A stock-photo library ([`STOCK_LIBRARIES`]) is a name of one
/// word (`credit: istock struggling with …`).
fn lead_credit_end(l: &str, body: usize) -> Option<usize> {
    // A stock-photo library names itself in one word (`credit: istock struggling with …`): the
    // name ends there, whatever the lead's first word.
    if let Some((at, t)) = tokens(l, body).next()
        && STOCK_LIBRARIES.contains(&t)
        && tokens(l, body).nth(2).is_some()
    {
        return Some(at + t.len());
    }
    let mut end = None;
    let (mut words, mut slash) = (0, false);
    for (k, (at, t)) in tokens(l, body).enumerate() {
        if k > 0 && opens_clause(t) {
            return end.filter(|_| slash || words <= LEAD_CREDIT_NAME_WORDS);
        }
        let word = t.trim_end_matches(',');
        if k >= LEAD_CREDIT_MAX_WORDS
            || crate::token::is_stopword(word)
            || (t.ends_with(['.', '?', '!', ':']) && word.len() > 2)
            || t.contains("://")
            || t.starts_with(['[', '('])
        {
            return None;
        }
        slash |= t.contains('/');
        // `n. iwai`: an initial is no word of its own.
        words += usize::from(t.contains(char::is_alphanumeric) && word.len() > 2);
        end = Some(at + t.len());
    }
    None
}

/// Labels of a dropped image glued before the lead (New York Times pages flattened into text):
/// a lone `Photo`, `Image` or `AP` opening a sentence, with the lead's first clause after it
/// (`Photo under the deal, guest workers would …`, `Photo "it's inexcusable …`, `Ap the nfl
/// didn't …`, `Photo philadelphia — melania trump's …`), a gallery counter (`Image 2 of 2
/// ronald mcneil was arrested …`), and a `Credit: Name` credit when a word opening the lead's
/// clause shows where the name ends (`Credit: andrew meares she said that …`). Only the label
/// or credit goes, as a block of its own; the lead stays. A label that continues as a compound
/// (`Photo ID laws …`, `Photo by …`, `Image of …`) or a name (`Photo bob bradley was fired …`)
/// stays: nothing shows where it would end.
fn lead_labels(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    // One `memmem` finder per label and its space, built once; each occurrence is met in order
    // as `str::find` from the last one met would meet it, with no searcher built per occurrence
    // (`ap ` occurs in many words: `cheap `, `map `). No label here overlaps itself, so the
    // finder's non-overlapping occurrences are all of them. Each label-and-space is a cue, so a
    // label the paragraph does not hold (most paragraphs hold no `photo `, `image ` or
    // `credit: `) costs no search.
    static FINDERS: std::sync::LazyLock<[(Search, memchr::memmem::Finder<'static>); 4]> =
        std::sync::LazyLock::new(|| {
            LEAD_LABELS
                .map(|(_, spaced)| (Search::new(spaced), memchr::memmem::Finder::new(spaced)))
        });
    let text: &str = l;
    for ((label, _), (search, finder)) in LEAD_LABELS.iter().zip(FINDERS.iter()) {
        if !l.holds(search) {
            continue;
        }
        let l = text;
        let mut from = 0;
        for at in finder.find_iter(l.as_bytes()) {
            if at < from {
                continue;
            }
            from = lead_label_at(l, at, label, cuts).unwrap_or(at + label.len());
        }
    }
}

/// A paper's `Abstract` label opening the paragraph before the abstract's first clause (a
/// journal's page flattened into text: `Abstract we examined change over time in …`, `Abstract
/// the immunity of a host population …`, `Abstract objective: immune …`): the label goes, the
/// abstract stays. Only a word that opens a clause ([`opens_clause`]) or a section's own label
/// after it (`objective:`, `background:`) shows that it stands alone; before anything else it
/// may be the adjective (`Abstract expressionist painter …`, `Abstract art sold …`). Only the
/// paragraph's start is read, so the pass needs no scan.
fn abstract_labels(l: &str, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "abstract ";
    let start = l.len() - l.trim_start().len();
    if !l[start..].starts_with(LABEL) {
        return;
    }
    let next = l[start + LABEL.len()..]
        .split_ascii_whitespace()
        .next()
        .unwrap_or("");
    let section = next.len() > 2
        && next
            .strip_suffix(':')
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()));
    if (opens_clause(next) || section) && !overlaps(cuts, start, start + LABEL.len()) {
        cuts.push((
            start,
            start + LABEL.len() - 1,
            BlockKind::SectionLabel,
            "paper's abstract label opening the paragraph (Abstract we examined …)",
        ));
    }
}

/// Labels of [`lead_labels`] and each with its space. Only a label followed by a space can be
/// cut, so the search is for the label and its space: no label here overlaps itself, so its
/// occurrences followed by a space are exactly the occurrences of label-and-space, met in the
/// same order (`ap` alone is in many words).
const LEAD_LABELS: [(&str, &str); 4] = [
    ("photo", "photo "),
    ("image", "image "),
    ("ap", "ap "),
    ("credit:", "credit: "),
];

/// Cuts the label `label` found at `at` (with its space) when it opens a sentence before the
/// lead, and answers where the search goes on: after the cut (`None`: no cut).
fn lead_label_at(l: &str, at: usize, label: &str, cuts: &mut Vec<Cut>) -> Option<usize> {
    let from = at + label.len();
    if !l[from..].starts_with(' ')
        || !sentence_start(l, at)
        || cuts.iter().any(|c| c.0 <= at && at < c.1)
    {
        return None;
    }
    let body = from + (l[from..].len() - l[from..].trim_start().len());
    let r = &l[body..];
    let next = r.split_ascii_whitespace().next().unwrap_or("");
    let cut = if label == "credit:" {
        lead_credit_end(l, body).map(|end| {
            (
                end,
                "photo credit glued before the lead (Credit: Name she said …)",
            )
        })
    } else if label != "ap"
        && let Some(n) = label_counter_len(r)
    {
        Some((
            body + n,
            "photo gallery counter glued before the lead (Image 2 of 2)",
        ))
    } else if opens_clause(next)
        || LABEL_LEAD_OPENERS.contains(&next)
        || dateline_opens(r)
        || (label != "ap" && subject_opens(r))
    {
        Some((
            from,
            "photo label glued before the lead (Photo, Image, AP before its first clause)",
        ))
    } else {
        None
    };
    let (end, reason) = cut?;
    cuts.push((at, end, BlockKind::Caption, reason));
    Some(end)
}

/// Finite verbs that close a short subject after a lone `Photo` label (`Photo bob bradley was
/// fired …`, `Photo google has announced …`).
pub(super) const SUBJECT_VERBS: [&str; 12] = [
    "was", "is", "has", "had", "were", "are", "have", "will", "would", "could", "said", "says",
];

/// True when the lower-cased word `w` may be a finite verb after a short subject: one of
/// [`SUBJECT_VERBS`], or a word with a verb's ending (`-s` but a possessive's `'s`, `-ed`).
/// The credit and label passes ask it of the word after a name they would cut (`Usa today
/// watched …`, `Officials via reuters said …` are prose).
pub(super) fn may_be_verb(w: &str) -> bool {
    SUBJECT_VERBS.contains(&w) || (w.ends_with('s') && !w.ends_with("'s")) || w.ends_with("ed")
}

/// Words that make a compound with `photo` or `image` (`Photo id laws were …`, `Photo editor
/// jane doe said …`), or open its credit (`Photo by …`).
const LABEL_COMPOUNDS: [&str; 16] = [
    "by",
    "of",
    "from",
    "id",
    "radar",
    "editor",
    "editors",
    "op",
    "ops",
    "booth",
    "finish",
    "shoot",
    "sharing",
    "gallery",
    "galleries",
    "courtesy",
];

/// Words of the subject between a lone label and its verb, at most.
const LABEL_SUBJECT_MAX_WORDS: usize = 3;

/// Words that open an appositive or a relative clause after a name and its comma (`julia
/// harris, a 27-year-old graduate student …`, `bret adee, who is an owner …`).
const APPOSITIVE_OPENERS: [&str; 4] = ["a", "an", "the", "who"];

/// True when `r`, the text after a lone `Photo` or `Image` label, opens with a short subject and
/// its finite verb (`bob bradley was fired`, `washington was overcast`), or with a name of a few
/// words and an appositive or relative clause after its comma (`joseph zwilling, a spokesman for
/// the archdiocese, denounced …`, `bret adee, who is an owner …`): a sentence of the article, so
/// the label is not part of it.
fn subject_opens(r: &str) -> bool {
    let mut words = r.split_ascii_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    if LABEL_COMPOUNDS.contains(&first) || first.ends_with(':') || SUBJECT_VERBS.contains(&first) {
        return false;
    }
    let plain = |w: &str| {
        w.bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'\'')
    };
    // A person's name of two or three words (one word may be a noun after `photo`: `Photo
    // albums, the old kind, …`), its last ending on the comma.
    let mut appositive = false;
    let mut all = r.split_ascii_whitespace();
    for (k, w) in all.by_ref().take(LABEL_SUBJECT_MAX_WORDS).enumerate() {
        if let Some(name) = w.strip_suffix(',') {
            appositive = k > 0 && plain(name);
            break;
        }
        if !plain(w) {
            break;
        }
    }
    appositive &= all.next().is_some_and(|n| APPOSITIVE_OPENERS.contains(&n));
    appositive
        || words
            .take(LABEL_SUBJECT_MAX_WORDS)
            .take_while(|w| plain(w))
            .any(|w| SUBJECT_VERBS.contains(&w))
}

/// [`lead_labels`] searching with `str::find` from the last label met: the reference its finders
/// are tested against.
#[cfg(test)]
fn lead_labels_by_find(l: &str, cuts: &mut Vec<Cut>) {
    for (label, spaced) in LEAD_LABELS {
        let mut from = 0;
        while let Some(off) = l[from..].find(spaced) {
            let at = from + off;
            from = lead_label_at(l, at, label, cuts).unwrap_or(at + label.len());
        }
    }
}

/// A page headline this many words long at most.
const HEADLINE_MAX_WORDS: usize = 30;

/// `l[..end]` read as the page's headline glued before a widget at `end`: two to
/// [`HEADLINE_MAX_WORDS`] words, no sentence break (a `.` after a word of four letters or more)
/// inside, not ending in a period or comma.
fn headline_before(l: &str, end: usize) -> bool {
    let h = l[..end].trim_end();
    let n = h.split_whitespace().count();
    if !(2..=HEADLINE_MAX_WORDS).contains(&n) || h.ends_with([',', ':', ';', '.']) {
        return false;
    }
    !h.split_whitespace().rev().skip(1).any(|w| {
        w.strip_suffix('.')
            .is_some_and(|w| w.len() >= 4 && !w.contains('.'))
    })
}

/// NPR's photo widget: `Enlarge this image toggle caption Name/AP Name/AP` (the credit shown
/// twice; `i i` where the icons were), glued between the headline and the lead. The cut runs
/// through the repeated credit, or through a single `name/agency` credit; the headline before it
/// at the paragraph start goes too.
fn caption_toggles(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "toggle caption";
    const ENLARGE: &str = "enlarge this image";
    /// Words of a credit shown twice, at most.
    const CREDIT_MAX_WORDS: usize = 8;
    if !holds!(l, LABEL) {
        return;
    }
    let mut from = 0;
    let mut first = true;
    while let Some(off) = l[from..].find(LABEL) {
        let p = from + off;
        from = p + LABEL.len();
        if !l[from..].starts_with(|c: char| c.is_ascii_whitespace()) {
            continue;
        }
        let head = l[..p].trim_end();
        let mut start = p;
        let mut by_headline = false;
        if head.ends_with(ENLARGE) {
            start = head.len() - ENLARGE.len();
        } else {
            // `says i itoggle caption`: the icons' alt text, glued or not.
            let mut h = &l[..p];
            if h.ends_with('i') && h[..h.len() - 1].ends_with(' ') {
                h = &h[..h.len() - 1];
            }
            while let Some(rest) = h.trim_end().strip_suffix(" i") {
                h = rest;
            }
            if h.len() < p {
                start = h.trim_end().len() + 1;
            } else if !sentence_start(l, p) {
                if !(first && headline_before(l, p)) {
                    continue;
                }
                // After the page headline at the paragraph's start (`Playwright edward albee …
                // dies at 88 toggle caption boris spremo/…`), when a credit shows below.
                by_headline = true;
            }
        }
        // The credit, shown twice (`wade payne/ap wade payne/ap`), or once with a `/`.
        let toks: Vec<(usize, &str)> = tokens(l, from).take(2 * CREDIT_MAX_WORDS).collect();
        let twice = (1..=CREDIT_MAX_WORDS)
            .filter(|&k| toks.len() >= 2 * k)
            .find(|&k| (0..k).all(|i| toks[i].1 == toks[k + i].1));
        let end = if let Some(k) = twice {
            toks[2 * k - 1].0 + toks[2 * k - 1].1.len()
        } else if let Some(i) = toks.iter().take(5).position(|t| is_credit_link(t.1)) {
            let (at, t) = toks[i];
            // `name/paper via getty images`: the credit runs to the agency.
            let via = toks[i + 1..]
                .iter()
                .take(3)
                .position(|&(_, w)| w == "via")
                .map(|k| i + 1 + k);
            match via.and_then(|v| Some((v, toks.get(v + 1)?))) {
                Some((v, &(at2, agency))) if VIA_AGENCIES.contains(&agency) => {
                    match toks.get(v + 2) {
                        Some(&(at3, "images")) if agency == "getty" => at3 + "images".len(),
                        _ => at2 + agency.len(),
                    }
                }
                _ => match toks.get(i + 1) {
                    Some(&(at2, "images")) if t.ends_with("getty") => at2 + "images".len(),
                    _ => at + t.len(),
                },
            }
        } else if by_headline {
            // `The app lets you toggle caption settings …`: no credit, no widget.
            continue;
        } else {
            from
        };
        // Only the first widget can follow the headline (`… enlarge this image … updated 3: 15
        // a.m. et enlarge this image …`).
        if first && start > 0 && headline_before(l, start) {
            cuts.push((
                0,
                l[..start].trim_end().len(),
                BlockKind::Headline,
                "page headline before a photo widget",
            ));
        }
        cuts.push((
            start,
            end,
            BlockKind::Caption,
            "photo widget and credit (Enlarge this image toggle caption Name/AP Name/AP)",
        ));
        from = end;
        first = false;
    }
}

/// Agencies a photographer's credit names after `via` (`boris spremo/toronto star via getty
/// images`).
const VIA_AGENCIES: [&str; 4] = ["getty", "ap", "reuters", "afp"];

/// Words after `Email this` that make it an instruction in a sentence (`email this to…`), not a
/// share button.
const EMAIL_OBJECTS: [&str; 10] = [
    "to", "address", "form", "link", "page", "story", "article", "post", "photo", "video",
];

/// Words that end a sentence's lead-in to `email this` (`please email this…`).
const EMAIL_LEAD_INS: [&str; 8] = ["please", "to", "and", "or", "you", "can", "just", "then"];

/// An `Email this` share button between the page headline and the lead (`Ricki lake sued for
/// starting house fire email this ricki lake is…`): at most [`HEADLINE_MAX_WORDS`] words into
/// the paragraph; the headline before it goes too.
fn email_widgets(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "email this";
    if !holds!(l, LABEL) {
        return;
    }
    let Some(p) = l.find(LABEL) else {
        return;
    };
    let end = p + LABEL.len();
    if p == 0 || !l[..p].ends_with(' ') || !headline_before(l, p) {
        return;
    }
    // `email this's playboy interview`: a link's text before `'s` was lost.
    let rest = &l[end..];
    if !(rest.starts_with([' ', '\'']) || rest.is_empty()) {
        return;
    }
    let next = rest.split_whitespace().next().unwrap_or("");
    let last = l[..p].split_whitespace().next_back().unwrap_or("");
    if EMAIL_OBJECTS.contains(&next) || EMAIL_LEAD_INS.contains(&last) {
        return;
    }
    cuts.push((
        0,
        l[..p].trim_end().len(),
        BlockKind::Headline,
        "page headline before a share widget",
    ));
    cuts.push((p, end, BlockKind::Widget, "share widget (Email this)"));
}

/// The share buttons' names after `Share this article`.
const SHARE_BUTTONS: [&str; 7] = [
    "facebook",
    "twitter",
    "linkedin",
    "email",
    "reddit",
    "whatsapp",
    "pinterest",
];

/// What a `Share this` button names after those words (`Share this article`, `Share this story
/// on...`).
const SHARE_OBJECTS: [&str; 6] = ["article", "story", "post", "page", "video", "content"];

/// Words of the share bar after `Share this …`: the networks and actions (`tweet share share pin
/// email`, `print email`, `on... twitter facebook`).
fn is_share_bar_word(t: &str) -> bool {
    let t = t.trim_end_matches([':', ',', '.', '…']);
    SHARE_BUTTONS.contains(&t) || matches!(t, "print" | "tweet" | "share" | "pin" | "google" | "on")
}

/// `Share this` buttons left between the headline and the lead, or after the text (`… hot
/// spring share this mammoth hot springs, wyoming — …`, `Share this article facebook twitter
/// linkedin email mitt romney…`, `Share this story print email prosser, wash. -`): the two words,
/// what they share (`article`, `story`, `page...`, a colon) and the share bar's words after them.
/// In a sentence someone shares something (`to share this message`, `please share this with
/// every new mum`, `i share this award`): after a function word or `please`, or before `with`,
/// `and` or a comma, the words are prose.
fn share_buttons(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "share this";
    if !holds!(l, LABEL) {
        return;
    }
    for (at, _) in l.match_indices(LABEL) {
        let before = l[..at].trim_end();
        if l[..at].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let prev = before
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_start_matches(['"', '\'']);
        if prev == "please" || super::lexicon::contains(super::lexicon::FUNCTION_WORDS, prev) {
            continue;
        }
        let mut end = at + LABEL.len();
        if l[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let mut toks = tokens(l, end).peekable();
        if let Some(&(p, t)) = toks.peek()
            && SHARE_OBJECTS.contains(&t.trim_end_matches([':', '.', '…']))
        {
            end = p + t.len();
            toks.next();
        } else if l[end..].starts_with(':') {
            end += 1;
        }
        let next = toks.peek().map_or("", |x| x.1);
        if matches!(next, "with" | "and" | "," | "as") || next.starts_with(',') {
            continue;
        }
        for (p, t) in toks {
            if !is_share_bar_word(t) {
                break;
            }
            end = p + t.len();
        }
        cuts.push((
            at,
            end,
            BlockKind::Widget,
            "share buttons (Share this article facebook twitter …)",
        ));
    }
}

/// Length of a clock reading `4:26` or `4: 26` (minutes and seconds) at the start of `r`.
fn duration_len(r: &str) -> Option<usize> {
    let m = r.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&m) {
        return None;
    }
    let t = r[m..].strip_prefix(':')?;
    let t2 = t.trim_start_matches(' ');
    let sec = t2.bytes().take_while(u8::is_ascii_digit).count();
    if sec != 2 || t2[sec..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(r.len() - t2.len() + sec)
}

/// Bloomberg's audio player glued before the lead: `Listen to article 4: 26`, with the `Share
/// this article facebook twitter linkedin email` buttons that follow it. The playing time makes
/// it a widget wherever it stands.
fn audio_widgets(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "listen to article ";
    const SHARE: &str = "share this article";
    if !holds!(l, LABEL) {
        return;
    }
    let mut from = 0;
    while let Some(off) = l[from..].find(LABEL) {
        let start = from + off;
        from = start + LABEL.len();
        if l[..start].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let Some(n) = duration_len(&l[from..]) else {
            continue;
        };
        let mut end = from + n;
        let rest = l[end..].trim_start();
        if let Some(buttons) = rest.strip_prefix(SHARE) {
            end = l.len() - buttons.len();
            for (at, t) in tokens(l, end).take(SHARE_BUTTONS.len()) {
                if !SHARE_BUTTONS.contains(&t) {
                    break;
                }
                end = at + t.len();
            }
        }
        cuts.push((
            start,
            end,
            BlockKind::Widget,
            "audio player (Listen to article 4: 26)",
        ));
        from = end;
    }
}

/// Words a video embed's headline may have between `embed` and the playing time (25 seen in val).
const EMBED_HEADLINE_MAX_WORDS: usize = 30;

/// NBC's video player glued into the prose: `Play facebook twitter [google plus] embed`, the
/// clip's headline and its playing time (`… embed 300 more us troops headed to iraq 2: 08`). The
/// button words and the playing time make it a widget; without the playing time within
/// [`EMBED_HEADLINE_MAX_WORDS`] words nothing shows where the headline ends, and it stays.
fn video_embeds(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    const LABEL: &str = "play facebook twitter ";
    if !holds!(l, LABEL) {
        return;
    }
    let mut from = 0;
    while let Some(off) = l[from..].find(LABEL) {
        let start = from + off;
        from = start + LABEL.len();
        if l[..start].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let rest = &l[from..];
        let Some(after) = rest
            .strip_prefix("embed ")
            .or_else(|| rest.strip_prefix("google plus embed "))
        else {
            continue;
        };
        let head = l.len() - after.len();
        let end = tokens(l, head)
            .take(EMBED_HEADLINE_MAX_WORDS + 1)
            .find_map(|(at, _)| duration_len(&l[at..]).map(|n| at + n));
        let Some(end) = end else {
            continue;
        };
        cuts.push((
            start,
            end,
            BlockKind::Widget,
            "video embed (Play facebook twitter embed headline 2: 08)",
        ));
        from = end;
    }
}

/// The cuts a finder makes in `s`, as text and kind: the test helper of the finder modules.
#[cfg(test)]
fn cuts_by(find: fn(&Para<'_>, &mut Vec<Cut>), s: &str) -> Vec<(&str, BlockKind)> {
    let mut cuts = Vec::new();
    find(&Para::new(s), &mut cuts);
    cuts.into_iter().map(|(a, b, k, _)| (&s[a..b], k)).collect()
}

/// The texts a finder cuts out of `s`, in order: the finder modules' tests that ignore kinds.
#[cfg(test)]
fn cut_texts(find: fn(&Para<'_>, &mut Vec<Cut>), s: &str) -> Vec<&str> {
    cuts_by(find, s).into_iter().map(|(t, _)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every literal a pass asks [`holds`] of a paragraph is one of the [`CUES`], so the
    /// paragraph's one scan answers it: read from the sources, a literal written in the call or
    /// in a `const` of that name before it.
    /// The bytes of the [`CUES`], sorted: the bytes [`CueTable::new`] asks the automaton.
    fn cue_bytes() -> Vec<u8> {
        let mut bytes: Vec<u8> = CUES.iter().flat_map(|c| c.bytes()).collect();
        bytes.sort_unstable();
        bytes.dedup();
        bytes
    }

    /// The cue table's states stay within its rows and its bytes within its classes: the scan
    /// reads it for every byte.
    #[test]
    fn the_cue_table_is_small() {
        let rows = CueRows::over(&cue_nfa(), &cue_bytes());
        assert!(rows.next.len() <= CUE_ROWS, "{} states", rows.next.len());
        assert!(
            cue_bytes().len() < CUE_CLASSES,
            "{} bytes",
            cue_bytes().len()
        );
        assert!(!rows.cues.is_empty() && rows.cues.len() < rows.next.len());
    }

    /// The table built by asking the automaton only the cues' bytes is the one built by asking
    /// it every byte: on a byte no cue holds every state goes back to the start.
    #[test]
    fn the_cue_table_asked_the_cues_bytes_is_the_table_asked_every_byte() {
        let every: Vec<u8> = (0..=255).collect();
        let fast = CueRows::over(&cue_nfa(), &cue_bytes());
        assert_eq!(fast, CueRows::over(&cue_nfa(), &every));
    }

    /// The table read from the cues' NFA is the one read from their DFA (what it was built
    /// from before): the same states, met in the same order.
    #[test]
    fn the_cue_table_from_the_nfa_is_the_table_from_the_dfa() {
        let dfa = aho_corasick::dfa::DFA::builder()
            .prefilter(false)
            .build(CUES)
            .expect("the cues build a DFA");
        let every: Vec<u8> = (0..=255).collect();
        assert_eq!(
            CueRows::over(&cue_nfa(), &cue_bytes()),
            CueRows::over(&dfa, &every)
        );
    }

    /// The table packed into byte classes steps as the rows by the byte itself do, from every
    /// state on every byte, and marks the same match states with the same cues.
    #[test]
    fn the_packed_cue_table_steps_as_its_rows() {
        let rows = CueRows::over(&cue_nfa(), &cue_bytes());
        let table = CueTable::new();
        let first = |s: u16| usize::from(s) * CUE_CLASSES;
        assert_eq!(usize::from(table.start), first(rows.start));
        assert_eq!(table.cues, rows.cues);
        assert_eq!(
            usize::from(table.matches_end),
            rows.cues.len() * CUE_CLASSES
        );
        for (state, row) in rows.next.iter().enumerate() {
            for b in 0..=255u8 {
                let class = usize::from(table.class[usize::from(b)]);
                let got = usize::from(table.next[first(state as u16) | class]);
                assert_eq!(got, first(row[usize::from(b)]), "state {state}, byte {b}");
            }
        }
    }

    #[test]
    fn every_literal_asked_of_a_paragraph_is_a_cue() {
        let sources = [
            include_str!("inline.rs"),
            include_str!("notices.rs"),
            include_str!("inline/datelines.rs"),
            include_str!("inline/in_this.rs"),
            include_str!("inline/labels.rs"),
            include_str!("inline/links.rs"),
            include_str!("inline/players.rs"),
            include_str!("inline/prompts.rs"),
            include_str!("inline/pointers.rs"),
            include_str!("inline/separators.rs"),
            include_str!("inline/weather.rs"),
            include_str!("inline/share_bars.rs"),
            include_str!("inline/caption_buttons.rs"),
            include_str!("inline/tooltips.rs"),
        ];
        let mut asked = 0;
        for src in sources {
            // The code before the tests, whose own calls may ask anything.
            let src = &src[..src.find("\nmod tests {").unwrap_or(src.len())];
            for (at, _) in src.match_indices("holds!(") {
                let call = &src[at + "holds!(".len()..];
                let (haystack, rest) = call.split_once(", ").expect("two arguments");
                // The macro's own definition is skipped.
                if !matches!(haystack, "l" | "para") {
                    continue;
                }
                let needle = if let Some(lit) = rest.strip_prefix('"') {
                    lit[..lit.find('"').expect("closed literal")].to_string()
                } else {
                    let arg = &rest[..rest.find(')').expect("closed call")];
                    let def = format!("const {arg}: &str = \"");
                    let d = src[..at].rfind(&def).expect("the const before its call");
                    let lit = &src[d + def.len()..];
                    lit[..lit.find('"').expect("closed literal")].to_string()
                };
                assert!(CUES.contains(&needle.as_str()), "{needle:?} is no cue");
                asked += 1;
            }
        }
        assert!(asked >= 40, "only {asked} calls read");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        /// The byte split of [`first_word_repeats`] answers as the `str` split it replaced, and
        /// the byte search for stops finds what the char search finds.
        #[test]
        fn byte_scans_of_doubled_subheads_match_their_references(
            s in "(the|a|[a-z]{1,3}|[A-Z][a-z]{1,3}|[ ]{1,2}|[.?!]|é|ж|\u{a0}|…){0,24}",
        ) {
            let mut tokens = s.split(' ').take(11).filter(|w| !w.is_empty());
            let first = tokens.next().unwrap_or("");
            let by_str = tokens.skip(1).take(5).any(|w| w == first);
            proptest::prop_assert_eq!(first_word_repeats(&s), by_str);
            let by_char: Vec<usize> = s.match_indices(['.', '?', '!']).map(|(i, _)| i).collect();
            let by_byte: Vec<usize> = memchr::memchr3_iter(b'.', b'?', b'!', s.as_bytes()).collect();
            // `doubled_subheads` lets a stop with no whitespace after it go before
            // `sentence_start`, which would say no.
            for &i in &by_byte {
                if !s[i + 1..].starts_with(char::is_whitespace) {
                    proptest::prop_assert!(!sentence_start(&s, i + 1));
                }
            }
            proptest::prop_assert_eq!(by_byte, by_char);
        }

        /// A built `memmem` finder answers as `str::contains`, for ASCII and other needles, at
        /// the start, the end and inside the text.
        #[test]
        fn holds_answers_as_contains(
            s in "(photo|photo:|getty images|ap|é|ж|«|\u{a0}|[a-z]{1,3}|[ :/]|_{1,3}){0,24}",
        ) {
            proptest::prop_assert_eq!(holds!(s, "photo:"), s.contains("photo:"));
            proptest::prop_assert_eq!(holds!(s, "getty images"), s.contains("getty images"));
            proptest::prop_assert_eq!(holds!(s, "ap "), s.contains("ap "));
            proptest::prop_assert_eq!(holds!(s, "é ж"), s.contains("é ж"));
            proptest::prop_assert_eq!(holds!(s, "«"), s.contains("«"));
            proptest::prop_assert_eq!(holds!(s, "___"), s.contains("___"));
        }

        /// The built finders meet the occurrences `match_indices` meets, for needles that
        /// overlap themselves too.
        #[test]
        fn occurrences_are_the_match_indices(s in "(by |file|aa|a|b|y| |fi|é){0,30}") {
            let by: Vec<usize> = s.match_indices("by ").map(|(p, _)| p).collect();
            proptest::prop_assert_eq!(occurrences!(s, "by ").collect::<Vec<_>>(), by);
            let file: Vec<usize> = s.match_indices("file").map(|(p, _)| p).collect();
            proptest::prop_assert_eq!(occurrences!(s, "file").collect::<Vec<_>>(), file);
            let aa: Vec<usize> = s.match_indices("aa").map(|(p, _)| p).collect();
            proptest::prop_assert_eq!(occurrences!(s, "aa").collect::<Vec<_>>(), aa);
        }

        /// A paragraph's scan sets a cue's bit exactly when the paragraph contains the cue,
        /// overlapping and repeated cues too, and [`holds`] on it answers as `contains`.
        #[test]
        fn paragraph_cues_answer_as_contains(
            s in "(story|story continued below|getty|getty images|&#124;|&#124; |>>|>|photo:|ap photo|by |: |\\) to|file| here\\.|you|[a-z]{1,3}|[ :/.)&#-]|é|ж|—|–|«|»|→|‹){0,30}",
        ) {
            let para = Para::new(&s);
            for (i, cue) in CUES.iter().enumerate() {
                proptest::prop_assert_eq!(para.cues & (1u128 << i) != 0, s.contains(cue), "{:?}", cue);
            }
            proptest::prop_assert_eq!(holds!(para, "story"), s.contains("story"));
            proptest::prop_assert_eq!(holds!(para, "&#124; "), s.contains("&#124; "));
            // Not a cue: the call site's own search answers.
            proptest::prop_assert_eq!(holds!(para, "ry co"), s.contains("ry co"));
        }

        /// The finders of [`lead_labels`] cut what searching with `str::find` from the last
        /// label met cuts, labels at sentence starts, before lead words, counters and credits.
        #[test]
        fn lead_label_finders_cut_as_the_str_search(
            s in "(photo|image|ap|credit:|map|cheap|[0-9]|of|the|he|said|\\.|[ ]{1,2}|\"|—|[a-z]{1,4}|é|…){0,30}",
        ) {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            lead_labels(&Para::new(&s), &mut fast);
            lead_labels_by_find(&s, &mut slow);
            proptest::prop_assert_eq!(fast, slow);
        }

        /// The label-and-space search of [`lead_labels`] meets the positions the label search
        /// kept (those followed by a space), and the byte searches of [`bracket_promos`] and
        /// `separators::ap_separators` answer as the `str` searches they replaced.
        #[test]
        fn byte_and_spaced_searches_match_their_references(
            s in "(photo|image|ap|credit:|map|[a-z]{1,3}|[ ]{1,2}|_{1,4}|[(\\[]|é|ж|\u{a0}|…){0,24}",
        ) {
            for (label, spaced) in [
                ("photo", "photo "),
                ("image", "image "),
                ("ap", "ap "),
                ("credit:", "credit: "),
            ] {
                let mut by_label = Vec::new();
                let mut from = 0;
                while let Some(off) = s[from..].find(label) {
                    let at = from + off;
                    from = at + label.len();
                    if s[from..].starts_with(' ') {
                        by_label.push(at);
                    }
                }
                let mut by_spaced = Vec::new();
                let mut from = 0;
                while let Some(off) = s[from..].find(spaced) {
                    let at = from + off;
                    from = at + label.len();
                    by_spaced.push(at);
                }
                proptest::prop_assert_eq!(by_spaced, by_label);
            }
            let by_char: Vec<usize> = s.match_indices(['(', '[']).map(|(i, _)| i).collect();
            let by_byte: Vec<usize> = memchr::memchr2_iter(b'(', b'[', s.as_bytes()).collect();
            proptest::prop_assert_eq!(by_byte, by_char);
            proptest::prop_assert_eq!(
                memchr::memmem::find(s.as_bytes(), b"___").is_some(),
                s.contains("___")
            );
        }
    }

    fn cut(s: &str) -> Vec<(&str, BlockKind)> {
        find(s)
            .into_iter()
            .map(|(a, b, k, _)| (&s[a..b], k))
            .collect()
    }

    #[test]
    fn a_run_of_links_goes_through_its_last_address() {
        let s = "The show airs at night. Subscribe now to the tonight show: http://bit.ly/1nwt1an \
                 follow jimmy: http://twitter.com/jimmyfallon like jimmy: \
                 https://facebook.com/jimmy the host sang.";
        assert_eq!(
            cut(s),
            [(
                "Subscribe now to the tonight show: http://bit.ly/1nwt1an follow jimmy: \
                 http://twitter.com/jimmyfallon like jimmy: https://facebook.com/jimmy",
                BlockKind::Widget
            )]
        );
        // Sentence ends inside the run do not stop it; it opens with the first address's
        // sentence.
        assert_eq!(
            cut(
                "Watch more videos! ► http://a.io/1 stay connected. ► http://a.io/2 ► \
                 https://a.io/3 about the campaign"
            ),
            [(
                "► http://a.io/1 stay connected. ► http://a.io/2 ► https://a.io/3",
                BlockKind::Widget
            )]
        );
        // Prose long before the first address stays; the cut opens at it.
        assert_eq!(
            cut(
                "The mayor, who spoke for an hour to a crowd of reporters and neighbours outside \
                 the old town hall on main street, pointed to www.a.org, http://b.org and \
                 http://c.org online."
            ),
            [(
                "www.a.org, http://b.org and http://c.org",
                BlockKind::Widget
            )]
        );
        // Two addresses, or three far apart, are prose citing pages.
        assert!(
            cut(
                "The sites can still be reached at http://88.80.13.160/ and http://204.1.1.1/, \
                 a list said."
            )
            .is_empty()
        );
        assert!(
            cut(
                "See http://a.org for the report, which the agency released on monday after \
                 months of delay and much criticism from the council and the public. Its author \
                 wrote at http://b.org that the data was sound and the method was the one used \
                 for years in the state. http://c.org has more."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_transcript_reporter_mark_goes_alone() {
        assert_eq!(
            cut("There are a lot of medical bills. Reporter: call it a wife's intuition."),
            [("Reporter:", BlockKind::Widget)]
        );
        assert_eq!(
            cut("reporter: well, joy, neighbors say they never saw anything like it."),
            [("reporter:", BlockKind::Widget)]
        );
        // Inside a sentence the word is prose.
        assert!(cut("He was a born reporter: curious, stubborn and fast.").is_empty());
    }

    #[test]
    fn teaser_lines_and_inline_teasers() {
        assert_eq!(
            cut("Read: What happens after the S&P 500 falls 9 days in a row?"),
            [(
                "Read: What happens after the S&P 500 falls 9 days in a row?",
                BlockKind::RelatedList
            )]
        );
        assert_eq!(
            cut(
                "the end. Related: sanders: trump enticing his supporters \"when you are, \" she said."
            ),
            [(
                "Related: sanders: trump enticing his supporters",
                BlockKind::RelatedList
            )]
        );
        assert_eq!(
            cut("this is real. [ related: how to turn a campaign into a career ] it's unclear."),
            [(
                "[ related: how to turn a campaign into a career ]",
                BlockKind::RelatedList
            )]
        );
        assert_eq!(
            cut("He said so. Related: [Markets in turmoil as election nears] The index fell."),
            [(
                "Related: [Markets in turmoil as election nears]",
                BlockKind::RelatedList
            )]
        );
        assert!(cut("we asked them (read: begged them) to stay.").is_empty());
        assert_eq!(
            cut("Read: depp and paradis living separate lives. the next one."),
            [(
                "Read: depp and paradis living separate lives.",
                BlockKind::RelatedList
            )]
        );
    }

    #[test]
    fn promos_in_brackets() {
        assert_eq!(
            cut(
                "the senate. ( also on politico: gop race nears tipping point ) these outlets will stay."
            ),
            [(
                "( also on politico: gop race nears tipping point )",
                BlockKind::RelatedList
            )]
        );
        assert_eq!(
            cut("said so. ( photos: nra annual meeting ) \"that same media is\""),
            [("( photos: nra annual meeting )", BlockKind::RelatedList)]
        );
        assert_eq!(
            cut("in origin. [ image gallery: our closest human ancestor ] in 1993, scientists"),
            [(
                "[ image gallery: our closest human ancestor ]",
                BlockKind::RelatedList
            )]
        );
        assert_eq!(
            cut("at 1 p.m. ( more: top 10 unsolved hip hop murders ) born in jamaica"),
            [(
                "( more: top 10 unsolved hip hop murders )",
                BlockKind::RelatedList
            )]
        );
        // A weak label inside a sentence, a bracket that never closes and a bracket holding
        // another stay.
        assert!(cut("the plan ( more: a tax cut ) was shelved.").is_empty());
        assert_eq!(
            cut("the end. ( also on politico: 10 things about ben"),
            [(
                "( also on politico: 10 things about ben",
                BlockKind::RelatedList
            )]
        );
        assert!(cut("the end. ( photos: the dinner ( and then ) the night went on").is_empty());
        assert!(cut("the end. ( more: the ( virtually ) tornado-proof hospital )").is_empty());
    }

    #[test]
    fn quotes_and_mid_sentence_labels_are_not_teasers() {
        assert!(cut("The characters read: \" arirang \".").is_empty());
        assert!(cut("A statement read: \"we are sad\".").is_empty());
        assert!(cut("Read: \"we are sad\" was the message.").is_empty());
        assert!(cut("what we see: the water rises").is_empty());
    }

    #[test]
    fn captions_end_at_their_credit() {
        let s = "A man was held. Carry teams move cases of the remains, friday, sept. 14,... \
                 ( associated press ) president obama pauses near the podium. ( ap photo/carolyn \
                 kaster ) ( associated press ) iguala, mexico ( ap ) — a grave was found.";
        assert_eq!(
            cut(s),
            [
                (
                    "Carry teams move cases of the remains, friday, sept. 14,... ( associated press )",
                    BlockKind::Caption
                ),
                (
                    "president obama pauses near the podium. ( ap photo/carolyn kaster ) ( associated press )",
                    BlockKind::Caption
                ),
                ("iguala, mexico ( ap ) —", BlockKind::Dateline),
            ]
        );
        assert_eq!(
            cut(
                "The S&P fell. Traders work on the floor in New York on Friday. (AP Photo/Richard Drew) It rose."
            ),
            [(
                "Traders work on the floor in New York on Friday. (AP Photo/Richard Drew)",
                BlockKind::Caption
            )]
        );
        // A dateline's agency tag is not a credit: the dateline goes as one (`datelines.rs`).
        for (s, dateline) in [
            (
                "IGUALA, Mexico (AP) — A grave was found.",
                "IGUALA, Mexico (AP) —",
            ),
            (
                "Washington ( cbsla.com/ap ) — the president was told.",
                "Washington ( cbsla.com/ap ) —",
            ),
            (
                "Roselle park, n.j. ( cbsnewyork/ap ) - a council member said.",
                "Roselle park, n.j. ( cbsnewyork/ap ) -",
            ),
        ] {
            assert_eq!(cut(s), [(dateline, BlockKind::Dateline)], "{s}");
        }
    }

    #[test]
    fn a_caption_starts_before_an_acronym_that_goes_on() {
        // An AP gallery's second caption sentence, cut off by its `...`: the acronym modifies
        // the next word (or takes its verb), so the caption starts at its sentence, not after
        // `u.s.`.
        for (s, caption) in [
            (
                "The sun rises over the capital. The pentagon says u.s. Commandos have mounted a \
                 raid in syria, killing the commander... ( associated press ) beirut ( ap ) — \
                 u.s. Commandos mounted a raid.",
                "The pentagon says u.s. Commandos have mounted a raid in syria, killing the \
                 commander... ( associated press )",
            ),
            (
                "Wells meets three families. Flu season in the u.s. Has hit early and,... ( \
                 associated press ) the flu is here.",
                "Flu season in the u.s. Has hit early and,... ( associated press )",
            ),
        ] {
            assert_eq!(cut(s)[0], (caption, BlockKind::Caption), "{s}");
        }
        // A pronoun or determiner opens the caption after the acronym, and so does a name
        // with a photo's direction; after a state or a time the capital still decides.
        for (s, caption) in [
            (
                "Most came from the u.s. The pope waves to the crowd, sunday,... ( associated \
                 press ) it rained.",
                "The pope waves to the crowd, sunday,... ( associated press )",
            ),
            (
                "The death penalty is under scrutiny in the u.s. John smith, right, of phoenix, \
                 leads a vigil... ( associated press ) it rained.",
                "John smith, right, of phoenix, leads a vigil... ( associated press )",
            ),
            (
                "He spoke in nashua, n.h. Huckabee is set to run in 2016... ( associated press ) \
                 it rained.",
                "Huckabee is set to run in 2016... ( associated press )",
            ),
            (
                "They were seen at 11 p.m. Brody allen's house is all decked out. ( photo: \
                 provided by cincy xmas lights ) it rained.",
                "Brody allen's house is all decked out. ( photo: provided by cincy xmas lights )",
            ),
        ] {
            assert_eq!(cut(s)[0], (caption, BlockKind::Caption), "{s}");
        }
    }

    #[test]
    fn captions_end_at_an_agency_photo_credit() {
        assert_eq!(
            cut(
                "It rained. A tiny town that featured a casino and a motel ( afp photo/david becker \
                 ) more cal-nev-ari ( afp ) - a tiny nevada town is for sale."
            ),
            [
                (
                    "A tiny town that featured a casino and a motel ( afp photo/david becker ) more",
                    BlockKind::Caption
                ),
                ("cal-nev-ari ( afp ) -", BlockKind::Dateline),
            ]
        );
        assert_eq!(
            cut(
                "It rained. A motel and a bar ( afp photo/david becker ) more cal-nev-ari ( united \
                 states ) ( afp ) - a tiny town is for sale."
            ),
            [
                (
                    "A motel and a bar ( afp photo/david becker ) more cal-nev-ari ( united states )",
                    BlockKind::Caption
                ),
                ("( afp ) -", BlockKind::Dateline),
            ]
        );
        assert_eq!(
            cut(
                "He wrote it. Justice clarence thomas ( reuters photo: jonathan ernst ) jill is back."
            ),
            [(
                "Justice clarence thomas ( reuters photo: jonathan ernst )",
                BlockKind::Caption
            )]
        );
        // The label needs its separator; `more` goes only before the story's dateline.
        assert!(cut("He said so ( reuters photographers were there ) and left.").is_empty());
        assert_eq!(
            cut("It rained. A motel ( afp photo/david becker ) more people came later on."),
            [("A motel ( afp photo/david becker )", BlockKind::Caption)]
        );
    }

    #[test]
    fn captions_end_at_a_labelled_credit_in_brackets() {
        assert_eq!(
            cut(
                "The search goes on. The boat is pictured with derek steering ( image: justin wong \
                 ) the search continues for three men."
            ),
            [(
                "The boat is pictured with derek steering ( image: justin wong )",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("He paid tribute to her on facebook. ( image: daily mirror ) \" it is cruel. \""),
            [("( image: daily mirror )", BlockKind::Caption)]
        );
        assert_eq!(
            cut(
                "The beer will be secure. Belgian beer being poured ( picture: getty ) it is strong."
            ),
            [(
                "Belgian beer being poured ( picture: getty )",
                BlockKind::Caption
            )]
        );
    }

    #[test]
    fn nameless_getty_credits_in_brackets() {
        for (s, credit) in [
            (
                "( getty ) update below a frequent user of uber is angry.",
                "( getty )",
            ),
            (
                "He went on tv to discuss it. [ images via getty ]",
                "[ images via getty ]",
            ),
        ] {
            assert_eq!(cut(s), [(credit, BlockKind::Caption)], "{s}");
        }
    }

    #[test]
    fn social_media_credits_in_brackets_go_alone() {
        // Val text: the credit goes, the sentence before it stays.
        assert_eq!(
            cut(
                "It raced back to new jersey. ( mike ritchie / @sdmike via twitter ) royal \
                 caribbean said"
            ),
            [("( mike ritchie / @sdmike via twitter )", BlockKind::Caption)]
        );
        assert_eq!(
            cut("A man in a pig mask. ( @kir_kamil via instagram ) but police said"),
            [("( @kir_kamil via instagram )", BlockKind::Caption)]
        );
        // The prose's aside, and a bracket that is not a credit.
        assert!(cut("His office released ( via twitter ) a letter.").is_empty());
        assert!(cut("He wrote ( and later deleted, via twitter ) a post.").is_empty());
    }

    #[test]
    fn captions_end_at_a_name_ap_credit() {
        assert_eq!(
            cut(
                "He said so. Nunn is running against david perdue. ( david tulis/ap ) the race is on."
            ),
            [(
                "Nunn is running against david perdue. ( david tulis/ap )",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("It opened on friday. ( disney-pixar via ap ) inside out is a thriller."),
            [(
                "It opened on friday. ( disney-pixar via ap )",
                BlockKind::Caption
            )]
        );
        // Val text: the quote's closing mark ends the article's sentence, which stays; a
        // title's closing mark inside the caption does not.
        assert_eq!(
            cut(
                "She said: \" he trusted her. He explained that it was simply part of the sport - \
                 that all cyclists were doing the same thing. \" sheryl crow cooperates with the \
                 feds, a new book claims. ( mark j terrill/ap ) crow and armstrong"
            ),
            [(
                "sheryl crow cooperates with the feds, a new book claims. ( mark j terrill/ap )",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut(
                "In this image, joy appears in a scene from \" inside out. \" the movie opened on \
                 friday. ( disney-pixar via ap )"
            ),
            [(
                "In this image, joy appears in a scene from \" inside out. \" the movie opened on \
                 friday. ( disney-pixar via ap )",
                BlockKind::Caption
            )]
        );
        // Not a credit: an aside, or a name with too many words.
        assert!(cut("He met the press ( and the ap ) on monday.").is_empty());
        assert!(
            cut("( a group that includes many members of the board of the ap ) met.").is_empty()
        );
    }

    #[test]
    fn short_captions_end_at_a_courtesy_credit() {
        // Val text: the caption goes with its credit.
        assert_eq!(
            cut(
                "Martin pistorius in his wheelchair in 1992. ( courtesy of martin pistorius via \
                 harpercollins ) the rest of the world thought"
            ),
            [(
                "Martin pistorius in his wheelchair in 1992. ( courtesy of martin pistorius via \
                 harpercollins )",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut(
                "It was run by a ring. One of several buildings used by the fraud ring in accra, \
                 ghana. ( u.s. department of state photo ) for about a decade it operated."
            ),
            [(
                "One of several buildings used by the fraud ring in accra, ghana. ( u.s. \
                 department of state photo )",
                BlockKind::Caption
            )]
        );
        // A long sentence, or someone's report, before the credit is prose: only the credit goes.
        assert_eq!(
            cut(
                "According to sources, the toronto officers began hallucinating after consuming \
                 marijuana. ( andrew lahodynskyj / toronto star file photo ) police sources tell"
            ),
            [(
                "( andrew lahodynskyj / toronto star file photo )",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut(
                "Weighing in at nearly 65 tons, dreadnoughtus schrani is the largest land animal \
                 ever found of calculable mass. ( courtesy of drexel university ) scientists"
            ),
            [("( courtesy of drexel university )", BlockKind::Caption)]
        );
        // A credit inside a teaser in square brackets is the teaser's.
        assert_eq!(
            cut(
                "At the time, it was the longest spaceflight. [ skylab, nasa's 1st space station \
                 ( photos ) ] he wrote."
            ),
            [(
                "[ skylab, nasa's 1st space station ( photos ) ]",
                BlockKind::RelatedList
            )]
        );
    }

    #[test]
    fn captions_end_at_a_name_agency_credit() {
        let s = "A farmworker carries heads of romaine lettuce. ( gregory bull/associated press ) the \
                 largest outbreak is over. Sean spicer, right, talks with the media on nov. 19. ( \
                 jabin botsford/the washington post ) president-elect donald trump named him.";
        assert_eq!(
            cut(s),
            [
                (
                    "A farmworker carries heads of romaine lettuce. ( gregory bull/associated press )",
                    BlockKind::Caption
                ),
                (
                    "Sean spicer, right, talks with the media on nov. 19. ( jabin botsford/the washington post )",
                    BlockKind::Caption
                )
            ]
        );
        // A dateline's tag is no caption (the dateline goes as one); a single word before the
        // slash and other slashes stay.
        assert_eq!(
            cut("Washington ( kabc/the washington post ) — the mayor said."),
            [(
                "Washington ( kabc/the washington post ) —",
                BlockKind::Dateline
            )]
        );
        assert!(cut("He voted. ( yes/no ) the count went on.").is_empty());
        assert!(cut("It ran first. ( 1999/the new york times ) the story.").is_empty());
    }

    #[test]
    fn captions_end_at_a_name_paper_credit_with_a_comma_or_for() {
        // Multi-News val: The Denver Post's, the Chicago Tribune's and The Washington Post's
        // credits after a caption's stop, the lead after them.
        for (s, caption) in [
            (
                "Bertie died at age 58 on monday. ( aaron ontiveroz, the denver post ) a \
                 58-year-old hippopotamus was euthanized monday.",
                "Bertie died at age 58 on monday. ( aaron ontiveroz, the denver post )",
            ),
            (
                "The statue of george mason in 2015. ( pete marovich for the washington post ) \
                 the president of the university has called for a review.",
                "The statue of george mason in 2015. ( pete marovich for the washington post )",
            ),
            (
                "Carp have been eating their way up the rivers for years. ( scott strazzante, \
                 chicago tribune / ) blocking asian carp could require a marvel.",
                "Carp have been eating their way up the rivers for years. ( scott strazzante, \
                 chicago tribune / )",
            ),
        ] {
            assert_eq!(cut(s), [(caption, BlockKind::Caption)], "{s}");
        }
        // A paper cited inside a sentence, a name of one word, a dateline's dash after it.
        for s in [
            "An introduction by jody rosen ( slate, the new york times ) and a foreword by beck.",
            "The essay ran first. ( slate, the new york times ) the book has three parts.",
            "He spoke. ( jane doe, the denver post ) — the mayor said nothing.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn captions_end_at_a_papers_name_or_its_staff_photographers_credit() {
        // Multi-News val: The Washington Post's video credit and a paper's staff photographer
        // after a caption's stop, the lead after them.
        for (s, caption) in [
            (
                "Hillary clinton spoke at a rally on monday. ( the washington post ) charlotte — \
                 it isn't often that hillary clinton lets her guard down.",
                "Hillary clinton spoke at a rally on monday. ( the washington post )",
            ),
            (
                "Firefighters battle a blaze behind a house near nederland on saturday. ( paul \
                 aiken / staff photographer ) a wildfire so far has consumed more than 200 acres.",
                "Firefighters battle a blaze behind a house near nederland on saturday. ( paul \
                 aiken / staff photographer )",
            ),
        ] {
            assert_eq!(cut(s), [(caption, BlockKind::Caption)], "{s}");
        }
        // A paper's name inside a sentence, a single word: no credit.
        for s in [
            "The report ( the washington post ) said the talks had failed on monday.",
            "He spoke to reporters. ( politico ) the talks failed on monday.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
        // A photographer of no paper: the caption stays, the slashed credit after its stop goes
        // alone (`credits::late`).
        let s = "He spoke. ( paul aiken / photographer ) the mayor said nothing.";
        assert_eq!(
            cut(s),
            [("( paul aiken / photographer )", BlockKind::Caption)],
            "{s}"
        );
    }

    #[test]
    fn subhead_repeated_by_its_paragraph() {
        assert_eq!(
            cut(
                "Costs rose. Early retirement the early retirement offer, which is based on age, is new."
            ),
            [("Early retirement", BlockKind::SectionLabel)]
        );
        assert_eq!(
            cut(
                "Rocky mountain spotted fever rocky mountain spotted fever is a reportable disease."
            ),
            [("Rocky mountain spotted fever", BlockKind::SectionLabel)]
        );
        assert!(cut("Yeah, yeah, that's enough, he said.").is_empty());
        assert!(cut("They said that that was all.").is_empty());
    }

    #[test]
    fn story_highlights_up_to_the_credit() {
        assert_eq!(
            cut(
                "Story highlights trump cites carson's book carson campaign responds \
                 washington ( cnn ) -- donald trump said thursday."
            ),
            [(
                "Story highlights trump cites carson's book carson campaign responds \
                 washington ( cnn ) --",
                BlockKind::RelatedList
            )]
        );
        // No stop before the paragraph's end: the whole run goes, bullets and the lead the
        // document's truncation left.
        assert_eq!(
            cut("story highlights parts of iowa hit with snow a major storm left eight dead"),
            [(
                "story highlights parts of iowa hit with snow a major storm left eight dead",
                BlockKind::RelatedList
            )]
        );
        // A dateline without a comma ends the bullets too; a pair of dashes is an aside.
        assert_eq!(
            cut(
                "story highlights paul says concern over brennan is not partisan reid said vote \
                 could come thursday washington — john brennan's nomination was delayed \
                 wednesday by a filibuster. It went on."
            ),
            [(
                "story highlights paul says concern over brennan is not partisan reid said vote \
                 could come thursday washington —",
                BlockKind::RelatedList
            )]
        );
        // A dash that opens a clause of the lead (`-- by …`) is no dateline's.
        assert_eq!(
            cut(
                "story highlights the ad aimed to break through clutter survivors say campaigns \
                 have hit a new low — by sexualizing breast cancer. It ran."
            ),
            [(
                "story highlights the ad aimed to break through clutter survivors say campaigns \
                 have hit a new low — by sexualizing breast cancer.",
                BlockKind::RelatedList
            )]
        );
        // Without a credit the bullets run into the lead's first sentence, which ends the cut
        // (not at `mt.` or `u.s.`); the next sentence stays. A dash in the lead is not a
        // dateline's.
        assert_eq!(
            cut(
                "Story highlights president barack obama has sent his turkeys to mt. Vernon \
                 a pardon just means the birds aren't eaten the u.s. Tradition is old each \
                 year, an american president pardons a turkey. The birds live at the estate."
            ),
            [(
                "Story highlights president barack obama has sent his turkeys to mt. Vernon \
                 a pardon just means the birds aren't eaten the u.s. Tradition is old each \
                 year, an american president pardons a turkey.",
                BlockKind::RelatedList
            )]
        );
        assert_eq!(
            cut(
                "story highlights arthur ended up having minimal impact hurricane arthur -- or \
                 what's left of it -- has rained on many a parade. It is weak."
            ),
            [(
                "story highlights arthur ended up having minimal impact hurricane arthur -- or \
                 what's left of it -- has rained on many a parade.",
                BlockKind::RelatedList
            )]
        );
        assert!(cut("the story highlights a problem ( cnn ) said.").is_empty());
        // After a photo credit too; the run ends with the paragraph, so all of it goes.
        assert_eq!(
            cut("He stands there. ( photo: m. s. ) story highlights a philosopher is here."),
            [
                ("He stands there. ( photo: m. s. )", BlockKind::Caption),
                (
                    "story highlights a philosopher is here.",
                    BlockKind::RelatedList
                )
            ]
        );
    }

    #[test]
    fn ap_file_photo_captions() {
        assert_eq!(
            cut(
                "The deal closed. File - in this feb. 26, 2013 file photo, sen. Craig tieszen, \
                 r-rapid city, talks to the committee in pierre, s.d. He died on monday."
            ),
            [(
                "File - in this feb. 26, 2013 file photo, sen. Craig tieszen, r-rapid city, \
                 talks to the committee in pierre, s.d.",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut(
                "The deal closed. FILE - In this Nov. 18, 2013 file photo, actor-comedian Bill \
                 Cosby poses for a portrait in New York. Cosby was charged."
            ),
            [(
                "FILE - In this Nov. 18, 2013 file photo, actor-comedian Bill Cosby poses for a \
                 portrait in New York.",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut(
                "Sales fell. File - this may 11, 2017, file photo shows an ihop sign at a \
                 restaurant in hialeah, fla. The chain said sales rose."
            ),
            [(
                "File - this may 11, 2017, file photo shows an ihop sign at a restaurant in \
                 hialeah, fla.",
                BlockKind::Caption
            )]
        );
        for s in [
            "He said the file-sharing site was down.",
            "The lawyers will file - and win - a motion.",
            "Profile - in this role he thrives.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn cnn_gallery_captions() {
        assert_eq!(
            cut(
                "Click through the gallery. Hide caption 1 of 28 photos: photos: armstrong's \
                 rise and fall – armstrong, 17, competes in 1988. He became a pro. Hide caption 2 \
                 of 28 photos: armstrong's rise and fall – armstrong wins in 1995. He finished \
                 36th. The agency said on monday."
            ),
            [
                ("Click through the gallery.", BlockKind::Notice),
                (
                    "Hide caption 1 of 28 photos: photos: armstrong's rise and fall – armstrong, \
                     17, competes in 1988. He became a pro.",
                    BlockKind::Caption
                ),
                (
                    "Hide caption 2 of 28 photos: armstrong's rise and fall – armstrong wins in \
                     1995.",
                    BlockKind::Caption
                )
            ]
        );
        assert_eq!(
            cut("hide caption 4 of 28 armstrong was stripped of his titles."),
            [("hide caption 4 of 28", BlockKind::Caption)]
        );
        assert!(cut("Click hide caption to hide the caption.").is_empty());
    }

    #[test]
    fn hearst_photo_galleries() {
        let s = "Man pleads guilty on alamo photo: billy calzada, express-news image 1 of / 4 \
                 caption close image 1 of 4 the alamo shrine in san antonio. The water is a threat... \
                 More photo: william luther/wluther@express-news.net image 4 of 4 the alamo is seen.";
        assert_eq!(
            cut(s),
            [
                (
                    "photo: billy calzada, express-news image 1 of / 4 caption close image 1 of 4",
                    BlockKind::Caption
                ),
                (
                    "More photo: william luther/wluther@express-news.net image 4 of 4",
                    BlockKind::Caption
                )
            ]
        );
        let s = "the year. Photo: lindsay perry buy photo photo: lindsay perry image 1 of / 42 \
                 caption close stamford man stabbed to death 1 / 42 back to gallery stamford -- a man";
        assert_eq!(
            cut(s),
            [(
                "Photo: lindsay perry buy photo photo: lindsay perry image 1 of / 42 caption close stamford man stabbed to death 1 / 42 back to gallery",
                BlockKind::Caption
            )]
        );
        // A counter in prose, or without a credit before it, stays.
        assert!(cut("the image 4 of 15 shows the pier.").is_empty());
        assert!(cut("she tweeted a photo: image 2 of 3 in the series.").is_empty());
    }

    #[test]
    fn photo_label_credits() {
        assert_eq!(
            cut(
                "Wife finds body in san mateo photo: paul chinn, the chronicle chp patrol car in it."
            ),
            [("photo: paul chinn, the chronicle", BlockKind::Caption)]
        );
        assert_eq!(
            cut("Photo: renault photo: renault photo: renault forget taco-copters."),
            [(
                "Photo: renault photo: renault photo: renault",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("charges. Photo: jay r. Jordan photo: jay r. Jordan suspected killer"),
            [(
                "Photo: jay r. Jordan photo: jay r. Jordan",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("a crash with a... More photo: ted s. Warren, ap police officers watch."),
            [("photo: ted s. Warren, ap", BlockKind::Caption)]
        );
        assert_eq!(
            cut("The latest. Photo: ap. Mr. Cuomo, a democrat, is eager."),
            [("Photo: ap.", BlockKind::Caption)]
        );
        assert_eq!(
            cut("At home. Photo: mick hutson/redferns walter becker has died."),
            [("Photo: mick hutson/redferns", BlockKind::Caption)]
        );
        assert_eq!(
            cut("Fans lined up. Photo: cody duty/houston chronicle"),
            [("Photo: cody duty/houston chronicle", BlockKind::Caption)]
        );
        // Bloomberg's and the Guardian's labels (val shapes), doubled or not.
        assert_eq!(
            cut("Photographer: luke sharrett/bloomberg in a series of messages, trump has spoken."),
            [("Photographer: luke sharrett/bloomberg", BlockKind::Caption)]
        );
        assert_eq!(
            cut(
                "photographer: marlene awaad/bloomberg photographer: marlene awaad/bloomberg one of the trendsetters is out."
            ),
            [(
                "photographer: marlene awaad/bloomberg photographer: marlene awaad/bloomberg",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("Photograph: gene j. Puskar/ap a portland, oregon, woman apologized."),
            [("Photograph: gene j. Puskar/ap", BlockKind::Caption)]
        );
        assert_eq!(
            cut(
                "Near the storm. Photograph: reed timmer/jim reed photography/corbis \"we looked at it\""
            ),
            [(
                "Photograph: reed timmer/jim reed photography/corbis",
                BlockKind::Caption
            )]
        );
        // Without an end that shows, the label stays with the lead.
        assert!(cut("Photographer: robert sietsema salt even features in the decor.").is_empty());
        // An office or archive ends the credit, whole or cut off by the source's truncation.
        for (s, credit) in [
            (
                "Photo: montgomery county sheriff's offi bobby martin was sentenced this week.",
                "Photo: montgomery county sheriff's offi",
            ),
            (
                "Photo: kuvp archives the black hills mountain range stretches far.",
                "Photo: kuvp archives",
            ),
            (
                "It died. Photo: alameda county sheriff's office a video shows a jogger.",
                "Photo: alameda county sheriff's office",
            ),
            (
                "Photo: california highway patrol pregnant woman hurt in crash dies.",
                "Photo: california highway patrol",
            ),
        ] {
            assert_eq!(cut(s), [(credit, BlockKind::Caption)], "{s}");
        }
        // Prose and credits whose end nothing shows stay.
        for s in [
            "Photo: office of the governor jay inslee spoke on monday.",
            "Photo: a depart from the old ways was seen in the city.",
            "Photo: gucci the u.k.'s advertising standards authority strikes again.",
            "Photo: file image courtesy of the agency.",
            "He tweeted a photo: cloud: vapor floating in the atmosphere.",
            "Collins was most likely referring to this photo: the other senator was not named.",
            "by troy johnson. photo: louis hayward the middle of nowhere is the best.",
            "The photo: a ap reporter took it.",
            "has won. Photo: mr. World an indian who studied for an mba has won the mr world contest.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn ap_photo_credits_opening_the_text() {
        for (s, credit) in [
            (
                "Ap photo hillary in bold: hillvetica typeface goes viral hillary clinton has \
                 been a first lady, a senator and a diplomat.",
                "Ap photo",
            ),
            (
                "&#124; kyusung gong/ap photo elections rouda defeats rohrabacher in southern \
                 california democrat harley rouda on saturday claimed victory.",
                "&#124; kyusung gong/ap photo",
            ),
            (
                "Ap photo/chris miller; ap photo/charles arbogast a girlfriend's overbearing \
                 mother, implications of blackmail and a forced breakup.",
                "Ap photo/chris miller; ap photo/charles arbogast",
            ),
            (
                "AP Photo close President Obama sat for an interview with Rolling Stone for \
                 next month's issue.",
                "AP Photo close",
            ),
        ] {
            assert_eq!(cut(s), [(credit, BlockKind::Caption)], "{s}");
        }
        assert_eq!(
            cut(
                "There could be an event next week. &#124; ap photo rnc suspends partnership with \
                 nbc the rnc has suspended plans to partner with nbc news."
            ),
            [("&#124; ap photo", BlockKind::Caption)]
        );
        assert!(cut("Reporters asked about the ap photo of the president.").is_empty());
        assert!(cut("Ap photographer evan vucci took the picture.").is_empty());
    }

    #[test]
    fn bbc_media_labels() {
        assert_eq!(
            cut("Image copyright pa image caption the queen arrived the queen has appealed."),
            [("Image copyright pa image caption", BlockKind::Caption)]
        );
        assert_eq!(
            cut("Image copyright getty images a quebec father has sued."),
            [("Image copyright getty images", BlockKind::Caption)]
        );
        assert_eq!(
            cut(
                "Media playback is unsupported on your device media caption the bbc's jim muir: \
                 \" there are thousands \" the un has called for help."
            ),
            [
                (
                    "Media playback is unsupported on your device",
                    BlockKind::Widget
                ),
                ("media caption", BlockKind::Caption)
            ]
        );
        // A video caption that ends on its reporter goes with its label; one that opens on the
        // reporter has no end and stays, as does a caption with a stop before `as … reports`.
        assert_eq!(
            cut(
                "Media caption relatives gathered at hospitals, as john sudworth reports china's \
                 president has demanded an investigation."
            ),
            [(
                "Media caption relatives gathered at hospitals, as john sudworth reports",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut(
                "Media caption as imogen foulkes reports, around 74 % voted against it voters in \
                 switzerland have rejected the plan."
            ),
            [("Media caption", BlockKind::Caption)]
        );
        assert_eq!(
            cut(
                "Media caption the vote was close. Later, as james cooke reports the count went on."
            ),
            [("Media caption", BlockKind::Caption)]
        );
        assert_eq!(
            cut(
                "Media caption troops fired tear gas, as the bbc reports turkey has closed a border."
            ),
            [("Media caption", BlockKind::Caption)]
        );
        assert_eq!(
            cut("It was sunny. Image caption the star said he formed wings the band split."),
            [("Image caption", BlockKind::Caption)]
        );
        assert!(
            cut("the image copyright belongs to him and the image caption was wrong.").is_empty()
        );
        // Inside a sentence: the whole label, or the credit label ending the paragraph.
        assert_eq!(
            cut(
                "It sold out. People queued at kiosks image copyright ap image caption all copies \
                 were sold by noon at this kiosk."
            ),
            [("image copyright ap image caption", BlockKind::Caption)]
        );
        assert_eq!(
            cut("It sold out. The border area is strewn with belongings image copyright"),
            [("image copyright", BlockKind::Caption)]
        );
        assert!(cut("It sold out. He held the image copyright for years.").is_empty());
        // Multi-News val: an agency's credit, or one credit printed twice, inside a sentence.
        for (s, label) in [
            (
                "The debate is over. Winners jeb bush image copyright afp hello there, stranger.",
                "image copyright afp",
            ),
            (
                "Ceo with a heart of a gamer: mariko oi, bbc news image copyright getty images \
                 growing up in japan, he played.",
                "image copyright getty images",
            ),
            (
                "It landed. Rovers send pictures from asteroid image copyright jaxa image copyright \
                 jaxa rover 1b also sent video.",
                "image copyright jaxa image copyright jaxa",
            ),
        ] {
            assert_eq!(cut(s), [(label, BlockKind::Caption)], "{s}");
        }
        // A credit neither an agency's nor printed twice has no end to go by.
        assert!(cut("It sold out. Denis mukwege image copyright panzi hospital rape victims filled beds.").is_empty());
        let reasons: Vec<&str> =
            find("It sold out. People queued image copyright ap image caption all copies went.")
                .into_iter()
                .map(|c| c.3)
                .collect();
        assert!(
            reasons.iter().all(|r| SPLITTING_REASONS.contains(r)),
            "{reasons:?}"
        );
    }

    #[test]
    fn ad_slot_labels() {
        assert_eq!(
            cut("Advertisement the survey found 579 species."),
            [("Advertisement", BlockKind::Widget)]
        );
        assert_eq!(
            cut("It rose. Advertisement continue reading the main story the units moved."),
            [(
                "Advertisement continue reading the main story",
                BlockKind::Widget
            )]
        );
        assert_eq!(
            cut("he said advertisement - continue reading below instead, he walked."),
            [("advertisement - continue reading below", BlockKind::Widget)]
        );
        assert_eq!(
            cut("Advertisementskip and the negligence was compounded."),
            [("Advertisementskip", BlockKind::Widget)]
        );
        assert_eq!(
            cut("Two men fought. Advertisement advertisement tmz reports it."),
            [
                ("Advertisement", BlockKind::Widget),
                ("advertisement", BlockKind::Widget)
            ]
        );
        assert_eq!(
            cut("Story continues below advertisement his brother ran."),
            [("Story continues below advertisement", BlockKind::Widget)]
        );
        assert_eq!(
            cut("On monday. Advertisement: for his first joke, he busted out a sketch."),
            [("Advertisement:", BlockKind::Widget)]
        );
        assert_eq!(
            cut("It was over. Advertisement: story continues below but a birth followed."),
            [("Advertisement: story continues below", BlockKind::Widget)]
        );
        // The label before a lead opening on a time phrase, after a colon, after a headline in
        // quotes or brackets; an `article continues after` line before it.
        for (s, label) in [
            (
                "The vote was near. Advertisement for weeks, the florida democrat had kept quiet.",
                "Advertisement",
            ),
            (
                "As they write in their study: advertisement the reaction is a mess.",
                "advertisement",
            ),
            (
                "For example: advertisement \"i know you hacked into my google docs. \"",
                "advertisement",
            ),
            (
                "Ok! \" katie's new man \" advertisement katie holmes has a new man.",
                "\" katie's new man \" advertisement",
            ),
            (
                "@amyjomartin and high snobiety ] advertisement you can keep up with casey chan.",
                "advertisement",
            ),
            (
                "against one another; article continues after advertisement because the history.",
                "article continues after advertisement",
            ),
        ] {
            assert_eq!(cut(s), [(label, BlockKind::Widget)], "{s}");
        }
        assert!(cut("The advertisement: a man in a suit.").is_empty());
        assert!(cut("Illustration: mercedes-benz advertisement dumb cars shield us.").is_empty());
        assert!(cut("The industry: advertisement revenue fell.").is_empty());
        assert!(cut("Advertisement for the first time ran in May.").is_empty());
        assert!(cut("Advertisement for the show ran in May.").is_empty());
        assert!(cut("The advertisement ran in May. Advertisement, he said, pays.").is_empty());
        assert!(cut("Advertisements ran in May.").is_empty());
    }

    #[test]
    fn wire_credits_with_a_spaced_slash_opening_a_sentence() {
        assert_eq!(
            cut("It was filed last week. Jim mone / ap castile, who was 32, was killed."),
            [("Jim mone / ap", BlockKind::Caption)]
        );
        assert_eq!(
            cut("On august 2, 2015. Sergei karpukhin / reuters file a state of emergency began."),
            [("Sergei karpukhin / reuters file", BlockKind::Caption)]
        );
        assert_eq!(
            cut("Matt slocum / ap u.s. swimmer michael phelps poses with his medal."),
            [("Matt slocum / ap", BlockKind::Caption)]
        );
        // A middle initial is part of the name.
        assert_eq!(
            cut("Free wi-fi at all stores. Ted s. Warren / ap there's big news today."),
            [("Ted s. Warren / ap", BlockKind::Caption)]
        );
        // Mid-sentence, a function word in the name, or a longer word after the slash.
        assert!(cut("It was sold by the mayor / ap to the city.").is_empty());
        assert!(cut("Shares of the firm / apple rose.").is_empty());
        assert!(cut("Profits rose. The board / ap story said so.").is_empty());
    }

    #[test]
    fn nbc_file_marks_go_with_the_getty_credit_before_them() {
        for (text, credit) in [
            (
                "joe raedle / getty images file russell waddley of miami received a flu shot.",
                "joe raedle / getty images file",
            ),
            (
                "they wed in 1947. topical press agency/hulton archive / getty images - file in \
                 keeping with the habits of a lifetime, she stayed home.",
                "topical press agency/hulton archive / getty images - file",
            ),
            (
                "win mcnamee / getty images file photo equal rights supporters rallied.",
                "win mcnamee / getty images file photo",
            ),
            (
                "win mcnamee / getty images the senators met.",
                "win mcnamee / getty images",
            ),
        ] {
            assert_eq!(cut_texts(getty_credits, text), [credit], "{text}");
        }
    }

    #[test]
    fn getty_credits_in_the_prose() {
        assert_eq!(
            cut("It ended. Joe robbins/getty images this glitch of me was odd."),
            [("Joe robbins/getty images", BlockKind::Caption)]
        );
        assert_eq!(
            cut("after five years. ( kevork djansezian/getty images ) in more than four"),
            [("( kevork djansezian/getty images )", BlockKind::Caption)]
        );
        assert_eq!(
            cut("Photo by andrew burton/getty images martin shkreli was arrested."),
            [("Photo by andrew burton/getty images", BlockKind::Caption)]
        );
        assert!(cut("a deal with getty images was signed by the company").is_empty());
        assert!(
            cut("the men said the photographer sold it to afp/getty images on monday").is_empty()
        );
    }

    #[test]
    fn getty_credits_with_a_comma_via_a_label_or_shown_twice() {
        assert_eq!(
            cut("It ended. ( john moore, getty images / ) washington — the drive began."),
            [("( john moore, getty images / )", BlockKind::Caption)]
        );
        assert_eq!(
            cut("in new york. Amy sussman, getty images amy sussman, getty images popscene: pics"),
            [(
                "Amy sussman, getty images amy sussman, getty images",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("over the shooting david becker/getty images david becker/getty images mgm filed"),
            [(
                "david becker/getty images david becker/getty images",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("He has details. Photo: getty images beijing — china is planning tariffs."),
            [("Photo: getty images", BlockKind::Caption)]
        );
        assert_eq!(
            cut("Markets fell. Photographer: philippe huguen/afp via getty images the plant shut."),
            [(
                "Photographer: philippe huguen/afp via getty images",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("That's weird... Photo: justin sullivan/2016 getty images donald trump is."),
            [(
                "Photo: justin sullivan/2016 getty images",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("A surgeon. Mauro fermariello / science photo library/getty images \"all of it\"."),
            [(
                "Mauro fermariello / science photo library/getty images",
                BlockKind::Caption
            )]
        );
    }

    #[test]
    fn getty_images_named_in_a_sentence_is_prose() {
        assert!(cut("The photos were distributed via getty images on monday.").is_empty());
        assert!(cut("Shares of the agency, getty images, rose 4 percent.").is_empty());
        assert!(cut("Getty images said on monday it would cut jobs.").is_empty());
        assert!(cut("It bought the pictures from getty images and afp.").is_empty());
    }

    #[test]
    fn text_size_widget() {
        assert_eq!(
            cut("a great big shock. \" text size - + reset 2012 field piles on"),
            [("text size - + reset", BlockKind::Widget)]
        );
        assert!(cut("the text size of the sign was small").is_empty());
    }

    #[test]
    fn politico_video_headlines_after_the_text_size_widget() {
        assert_eq!(
            cut(
                "three years. Text size - + reset video: weiner's teary presser politico 44 for now, his vow stands."
            ),
            [
                ("Text size - + reset", BlockKind::Widget),
                (
                    "video: weiner's teary presser politico 44",
                    BlockKind::RelatedList
                )
            ]
        );
        assert_eq!(
            cut("ago. Text size - + reset politico 44 and while romney hasn't built it."),
            [
                ("Text size - + reset", BlockKind::Widget),
                ("politico 44", BlockKind::RelatedList)
            ]
        );
        // Without the blog label the lead's quote, a promo or the headline's first word again
        // show where the headlines end.
        assert_eq!(
            cut(
                "ago. Text size - + reset dnc chair calls for weiner to step down \"that is under consideration, \" said a source."
            ),
            [
                ("Text size - + reset", BlockKind::Widget),
                (
                    "dnc chair calls for weiner to step down",
                    BlockKind::RelatedList
                )
            ]
        );
        assert_eq!(
            cut(
                "a quarter. \" text size - + reset camp: 'two months is ridiculous ' camp, a conferee, said so."
            ),
            [
                ("text size - + reset", BlockKind::Widget),
                ("camp: 'two months is ridiculous '", BlockKind::RelatedList)
            ]
        );
        assert_eq!(
            cut(
                "more. Text size - + reset carney: lunch not press event ( also on politico: w.h.: obama and romney talked ) there was no mention."
            ),
            [
                ("Text size - + reset", BlockKind::Widget),
                ("carney: lunch not press event", BlockKind::RelatedList),
                (
                    "( also on politico: w.h.: obama and romney talked )",
                    BlockKind::RelatedList
                )
            ]
        );
        assert_eq!(
            cut(
                "edge. Text size - + reset politico \"winners \" series: romney ads politico \"winners \" series: obama ads ( photos: bachmann's career ) of course, bachmann is."
            ),
            [
                ("Text size - + reset", BlockKind::Widget),
                (
                    "politico \"winners \" series: romney ads politico \"winners \" series: obama ads",
                    BlockKind::RelatedList
                ),
                ("( photos: bachmann's career )", BlockKind::RelatedList)
            ]
        );
        // Nothing marks the end, or the lead comes first: the text stays.
        for s in [
            "ago. Text size - + reset obama, castro handshake the texas senator, who is of cuban descent, went.",
            "ago. Text size - + reset romney has regularly trashed former president carter on the trail. \"it was\"",
            "ago. Text size - + reset obama favors familiar picks by selecting mcdonough, obama is opting for it.",
            "ago. Text size - + reset ryan writes that \"the government spends no more than it collects",
            "ago. Text size - + reset boehner's position is \"he can't cut a deal with reid. If he did",
        ] {
            assert_eq!(cut(s), [("Text size - + reset", BlockKind::Widget)], "{s}");
        }
    }

    #[test]
    fn continue_reading_buttons() {
        assert_eq!(
            cut(
                "outside court continue reading the main story related stories a court in bangladesh has sentenced them."
            ),
            [(
                "continue reading the main story related stories",
                BlockKind::Widget
            )]
        );
        assert_eq!(
            cut(
                "in a statement. continue reading below the incision stretched from the breast bone."
            ),
            [("continue reading below", BlockKind::Widget)]
        );
        assert_eq!(
            cut(
                "high school student victoria brown. continue reading finished with her sat tests, she was ready."
            ),
            [("continue reading", BlockKind::Widget)]
        );
        assert_eq!(
            cut("said mr. gold's mother. advertisement continue reading the main"),
            [
                ("advertisement", BlockKind::Widget),
                ("continue reading the main", BlockKind::Widget)
            ]
        );
        // An instruction in a sentence, a paywall notice and a reader who goes on reading stay.
        assert!(cut("Please continue reading to find out more about the plan.").is_empty());
        assert!(cut("Purchase a subscription to continue reading.").is_empty());
        assert!(cut("He said. Continue reading the report, she told him.").is_empty());
        assert!(cut("She would continue reading below the surface of things.").is_empty());
    }

    #[test]
    fn tweet_and_post_signatures() {
        assert_eq!(
            cut("so happy — christine teigen ( @chrissyteigen ) august 5, 2012 she added"),
            [(
                "— christine teigen ( @chrissyteigen ) august 5, 2012",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("#haboob pic.twitter.com/dqtdi1hfnb — tony squieri ( @tsquieri ) july 26, 2014 we"),
            [(
                "pic.twitter.com/dqtdi1hfnb — tony squieri ( @tsquieri ) july 26, 2014",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("So happy — Christine Teigen (@chrissyteigen) August 5, 2012"),
            [(
                "— Christine Teigen (@chrissyteigen) August 5, 2012",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut(
                "A post shared by serena williams ( @serenawilliams ) on nov 17, 2017 at 5: 27pm pst as we"
            ),
            [(
                "A post shared by serena williams ( @serenawilliams ) on nov 17, 2017 at 5: 27pm pst",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("i think we're readypic.twitter.com/phj6zafykw"),
            [("pic.twitter.com/phj6zafykw", BlockKind::ImageSlug)]
        );
        // A handle in prose is not a signature.
        assert!(cut("the singer ( @rihanna ) posted on monday.").is_empty());
    }

    #[test]
    fn reuters_photo_credits() {
        assert_eq!(
            cut(
                "Hu speaks in washington january 19, 2011. Reuters/kevin lamarque hu's visit began."
            ),
            [
                (
                    "Hu speaks in washington january 19, 2011.",
                    BlockKind::Caption
                ),
                ("Reuters/kevin lamarque", BlockKind::Caption)
            ]
        );
        assert_eq!(
            cut(
                "A flag flies in geneva. Reuters/denis balibouse/file photo the test-firing was new."
            ),
            [("Reuters/denis balibouse/file photo", BlockKind::Caption)]
        );
        assert_eq!(
            cut("It was shown. Reuters/kcna seoul ( reuters ) - north korea said."),
            [
                ("Reuters/kcna", BlockKind::Caption),
                ("seoul ( reuters ) -", BlockKind::Dateline)
            ]
        );
        assert_eq!(
            cut("It said so. Reuters/aaron p. bernstein - rtsaf6q schlafly died."),
            [("Reuters/aaron p. bernstein - rtsaf6q", BlockKind::Caption)]
        );
        assert_eq!(
            cut(
                "He spoke. Reuters/chicago police department/handout via reuters the four men were held."
            ),
            [(
                "Reuters/chicago police department/handout via reuters",
                BlockKind::Caption
            )]
        );
        assert_eq!(
            cut("He said. ( reuters/kevin lamarque ) sen. rand paul said."),
            [("( reuters/kevin lamarque )", BlockKind::Caption)]
        );
    }

    #[test]
    fn dated_captions_before_reuters_credits() {
        assert_eq!(
            cut(
                "Officials met on monday. A relative of a missing passenger cries at a port in \
                 jindo april 26, 2014. Reuters/kim kyung-hoon the boy was found."
            ),
            [
                (
                    "A relative of a missing passenger cries at a port in jindo april 26, 2014.",
                    BlockKind::Caption
                ),
                ("Reuters/kim kyung-hoon", BlockKind::Caption)
            ]
        );
        assert_eq!(
            cut(
                "Bears roam the park. A grizzly bear walks near Swan Lake in Yellowstone. Picture \
                 taken June 24, 2011. REUTERS/Jim Urquhart Cindy Butler saw one."
            ),
            [
                (
                    "A grizzly bear walks near Swan Lake in Yellowstone. Picture taken June 24, \
                     2011.",
                    BlockKind::Caption
                ),
                ("REUTERS/Jim Urquhart", BlockKind::Caption)
            ]
        );
        assert_eq!(
            cut(
                "Crowds gathered. Protesters march in St. Louis, Missouri, March 11, 2016. \
                 REUTERS/Jim Young The rally ended."
            ),
            [
                (
                    "Protesters march in St. Louis, Missouri, March 11, 2016.",
                    BlockKind::Caption
                ),
                ("REUTERS/Jim Young", BlockKind::Caption)
            ]
        );
        // Without the photo's date the sentence may be prose: only the credit goes.
        assert_eq!(
            cut(
                "Rand paul is for normalization, advisers say. ( reuters/kevin lamarque ) sen. \
                 rand paul said."
            ),
            [("( reuters/kevin lamarque )", BlockKind::Caption)]
        );
    }

    #[test]
    fn reuters_polls_and_mid_sentence_mentions_are_prose() {
        assert!(cut("Her lead narrowed, according to a reuters/ipsos poll.").is_empty());
        assert!(cut("Reuters/Ipsos polling showed her lead narrowing.").is_empty());
        assert!(cut("Reuters/University of Michigan sentiment rose in may.").is_empty());
        assert!(cut("The thomson reuters/core commodity index fell.").is_empty());
        assert_eq!(
            cut("Washington ( reuters ) - the senate voted."),
            [("Washington ( reuters ) -", BlockKind::Dateline)]
        );
        assert!(cut("( reuters/ipsos ) the poll closed.").is_empty());
    }

    #[test]
    fn npr_photo_widget_with_its_credit_and_headline() {
        assert_eq!(
            cut(
                "Mobb deep's prodigy dies at 42 enlarge this image toggle caption bryan bedder/getty \
                 images bryan bedder/getty images prodigy has died."
            ),
            [
                ("Mobb deep's prodigy dies at 42", BlockKind::Headline),
                (
                    "enlarge this image toggle caption bryan bedder/getty images bryan bedder/getty images",
                    BlockKind::Caption
                )
            ]
        );
        assert_eq!(
            cut(
                "America oldest woman dies at 116 i itoggle caption ap ap last week she turned 116."
            ),
            [
                ("America oldest woman dies at 116", BlockKind::Headline),
                ("i itoggle caption ap ap", BlockKind::Caption)
            ]
        );
        // A sentence before the widget is not a headline; a single credit ends at its `/`.
        assert_eq!(
            cut(
                "The bill passed. Nobody is happy toggle caption jeff gentner/ap investigators said."
            ),
            []
        );
        assert_eq!(
            cut("The bill passed on monday. Toggle caption jeff gentner/ap investigators said."),
            [("Toggle caption jeff gentner/ap", BlockKind::Caption)]
        );
        // Right after the headline, with a credit that names its agency after `via`.
        assert_eq!(
            cut(
                "Playwright edward albee dies at 88 toggle caption boris spremo/toronto star via \
                 getty images edward albee, the playwright, has died."
            ),
            [
                ("Playwright edward albee dies at 88", BlockKind::Headline),
                (
                    "toggle caption boris spremo/toronto star via getty images",
                    BlockKind::Caption
                )
            ]
        );
    }

    #[test]
    fn caption_toggle_in_prose_is_not_a_widget() {
        assert!(cut("The app lets you toggle caption settings on and off.").is_empty());
        assert!(cut("Viewers who toggle caption settings see the text.").is_empty());
        assert!(cut("Readers can enlarge this image by tapping it.").is_empty());
    }

    #[test]
    fn share_this_buttons() {
        assert_eq!(
            cut("Man is burned in a hot spring share this mammoth hot springs, wyoming — a man"),
            [("share this", BlockKind::Widget)]
        );
        assert_eq!(
            cut(
                "Pot grower has trouble giving away $ 14,000 share this story print email prosser, wash."
            ),
            [("share this story print email", BlockKind::Widget)]
        );
        assert_eq!(
            cut("Share this article facebook twitter linkedin email mitt romney was mum."),
            [(
                "Share this article facebook twitter linkedin email",
                BlockKind::Widget
            )]
        );
        assert_eq!(
            cut("Getty images share this: sharon! tmi!"),
            [
                ("Getty images", BlockKind::Caption),
                ("share this:", BlockKind::Widget)
            ]
        );
        for s in [
            "I ' m so grateful to be able to share this message and hopefully normalize it.",
            "Please share this information and this go fund me site to everyone you know.",
            "\" please share this with every new mum and pregnant woman you know, \" she wrote.",
            "I am incredibly honored and i share this award with yazidis.",
            "We would like to share this information, \" the obituary said.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn email_this_button_after_the_headline() {
        assert_eq!(
            cut("Ricki lake sued for starting house fire email this ricki lake is being sued."),
            [
                (
                    "Ricki lake sued for starting house fire",
                    BlockKind::Headline
                ),
                ("email this", BlockKind::Widget)
            ]
        );
        assert_eq!(
            cut("Justin timberlake defends britney email this's interview reveals he did."),
            [
                ("Justin timberlake defends britney", BlockKind::Headline),
                ("email this", BlockKind::Widget)
            ]
        );
    }

    #[test]
    fn an_ad_label_before_a_quotation_goes_alone() {
        assert_eq!(
            cut(
                "Her dream may come true, the tabloid reports. Ad \" she's given me the task, \" \
                 bodström said."
            ),
            [("Ad", BlockKind::Widget)]
        );
        assert_eq!(
            cut("Ad \" she told me earlier she thinks it's wrong. She feels swedish, \" he said."),
            [("Ad", BlockKind::Widget)]
        );
        // Before a word it is the noun.
        assert!(cut("The chain is new. Ad age reports that yum brands is behind it.").is_empty());
        assert!(cut("Ad put out by the health ministry promoting fertility day.").is_empty());
        assert!(cut("They saw the bad \" news \" first.").is_empty());
    }

    #[test]
    fn email_this_in_a_sentence_is_prose() {
        assert!(cut("Please email this to your friends.").is_empty());
        assert!(cut("If you have a tip, please email this address today.").is_empty());
        assert!(cut("To report a problem, email this desk.").is_empty());
        assert!(cut("The report was false, officials said. Then email this reporter.").is_empty());
        assert!(cut("Readers can email this story to a friend.").is_empty());
    }

    #[test]
    fn audio_player_with_its_share_buttons() {
        assert_eq!(
            cut(
                "Listen to article 4: 26 share this article facebook twitter linkedin email president trump ordered it."
            ),
            [(
                "Listen to article 4: 26 share this article facebook twitter linkedin email",
                BlockKind::Widget
            )]
        );
        assert_eq!(
            cut("Read more opinion listen to article 2:48 one of the trendsetters"),
            [
                ("Read more", BlockKind::Widget),
                ("listen to article 2:48", BlockKind::Widget)
            ]
        );
        assert!(cut("Listen to article 5 of the treaty, he said.").is_empty());
        assert!(cut("I urge you to listen to article 4: it is clear.").is_empty());
    }

    #[test]
    fn video_players_are_cut_to_their_playing_time() {
        assert_eq!(
            cut(
                "Play facebook twitter embed 300 more us troops headed to iraq 2: 08 the pentagon said it would send more troops."
            ),
            [(
                "Play facebook twitter embed 300 more us troops headed to iraq 2: 08",
                BlockKind::Widget
            )]
        );
        assert_eq!(
            cut(
                "he said. play facebook twitter google plus embed how will the court rule? 2:53 the justices heard the case."
            ),
            [(
                "play facebook twitter google plus embed how will the court rule? 2:53",
                BlockKind::Widget
            )]
        );
        // Without a playing time nothing shows where the headline ends.
        assert!(cut("Play facebook twitter embed the court heard the case on monday.").is_empty());
    }

    #[test]
    fn lone_image_labels_before_the_lead() {
        // Multi-News val: New York Times image placeholders glued before a lead.
        let label = |s: &'static str, want: &'static str| {
            assert_eq!(cut(s), [(want, BlockKind::Caption)], "{s}");
        };
        label(
            "Photo under the deal, guest workers would be allowed to pursue a path to citizenship.",
            "Photo",
        );
        label(
            "The wage was set. Photo \"it's inexcusable that the banks didn't staff up, \" said \
             christopher kotowski.",
            "Photo",
        );
        label(
            "The audit ran. Photo mr. Burke assured mr. Leno that he wanted him to stay.",
            "Photo",
        );
        label("Photo what's clearer is the long-term trend.", "Photo");
        // A short subject and its verb.
        label(
            "Photo bob bradley was fired thursday as coach of the national team.",
            "Photo",
        );
        label(
            "The region's top team. Photo bradley had long been a polarizing figure.",
            "Photo",
        );
        label(
            "Photo google has announced it is buying nest labs.",
            "Photo",
        );
        // A name and an appositive or relative clause after its comma (thirty-sixth round).
        label(
            "It was a bargain. Photo julia harris, a 27-year-old graduate student, rented a dress.",
            "Photo",
        );
        label(
            "Photo bret adee, who is an owner of adee honey farms, lost half his bees.",
            "Photo",
        );
        // A compound or a credit after the label stays whole.
        assert!(cut("Photo id laws were passed in 2011.").is_empty());
        assert!(cut("Photo albums, the old kind, were found in the attic.").is_empty());
        assert!(cut("It rained. Photo editor jane doe said no.").is_empty());
        label(
            "Photo for an italy worn out after a year of earthquakes, the news was welcome.",
            "Photo",
        );
        // The dateline after the label goes too, as a dateline when the label was cut first (the
        // datelines read the paragraph's start after its cuts).
        assert_eq!(
            cut("Photo philadelphia — melania trump's cribbing last week was not the first time."),
            [
                ("Photo", BlockKind::Caption),
                ("philadelphia — ", BlockKind::Dateline)
            ]
        );
        assert_eq!(
            cut("Photo sydney, australia — australians tend to roll their eyes."),
            [
                ("Photo", BlockKind::Caption),
                ("sydney, australia — ", BlockKind::Dateline)
            ]
        );
        label(
            "Ap the nfl didn't have a response to the news of the lawsuit.",
            "Ap",
        );
        label(
            "Image the tibia and fibula were attached to the left foot found by mr. Johns.",
            "Image",
        );
        label(
            "It happened in april. Image 2 of 2 ronald mcneil was arrested in may for the shooting.",
            "Image 2 of 2",
        );
        label(
            "Heritage sites. Image 1 of 29 - new, expanded world heritage sites for 2014 turkey.",
            "Image 1 of 29 -",
        );
    }

    #[test]
    fn a_papers_abstract_label_before_its_first_clause() {
        // Multi-News val: journals' pages flattened into text (thirty-sixth round).
        for s in [
            "Abstract we examined change over time in the reported prevalence of the behaviours.",
            "Abstract the immunity of a host population against specific strains can vary.",
            "Abstract objective: immune responses to the vaccine were measured in 40 adults.",
        ] {
            assert_eq!(cut(s), [("Abstract", BlockKind::SectionLabel)], "{s}");
        }
        // The adjective, and the word inside a sentence, stay.
        for s in [
            "Abstract expressionist painter jackson pollock's work sold for $ 58 million.",
            "Abstract art is hard to sell, the dealer said.",
            "The paper's abstract the editors rejected was shorter.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn credits_before_a_word_that_opens_the_lead() {
        let credit = |s: &'static str, want: &'static str| {
            assert_eq!(cut(s), [(want, BlockKind::Caption)], "{s}");
        };
        credit(
            "Winner: kevin rudd. Credit: andrew meares she said that the reaction did not explain \
             everything.",
            "Credit: andrew meares",
        );
        credit(
            "Credit: © john sibbick / natural history museum the largest mass extinction occurred \
             some 252 million years ago.",
            "Credit: © john sibbick / natural history museum",
        );
        credit(
            "Estimated at $ 2 million. Credit: laura ly / cnn the jewelry is part of a larger \
             auction.",
            "Credit: laura ly / cnn",
        );
        credit(
            "Credit: andrew meares \" three years ago i had the very great honour, \" she said.",
            "Credit: andrew meares",
        );
        // A stock-photo library is a one-word name.
        credit(
            "Credit: istock struggling with that last minute exam-prep? researchers can help.",
            "Credit: istock",
        );
        credit(
            "Credit: dreamstime view full size image given the choice, most people would take it.",
            "Credit: dreamstime",
        );
    }

    #[test]
    fn keeps_labels_that_run_on_as_prose() {
        for s in [
            // Compounds and credits that name their end elsewhere.
            "Photo ID laws are on the ballot in four states.",
            "Photo op: the president waved from the steps.",
            "Image is everything, the candidate said.",
            "The image of the day shows a comet.",
            // (A name after an `AP` credit: the label passes take nothing of the lead; the
            // players pass cuts the lone `Ap` alone, `aps_credit_goes_before_the_next_caption_or_the_lead`.)
            // Mid-sentence, or a word that only starts with a label.
            "He took a photo the night before the race.",
            "The map the agency released shows the flood zone.",
            "Apple said the phone will ship in may.",
            // A credit running into words of a sentence, or longer than a credit.
            "Credit: courtesy of the family the couple married in june.",
            "Credit: matthew kanan, stanford university stanford university scientists have found \
             a new way.",
            // Longer than a name without an agency: the lead's subject may be in it.
            "Credit: simon ydhag, uppsala university researchers in uppsala left a reaction running.",
            "Credit card debt in the country rose again in june.",
            "AP photographers were there when the building fell.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn story_continued_markers_and_upload_dates() {
        // Multi-News val: Politico's marker and YouTube's upload date before the lead.
        assert_eq!(
            cut("Central, s.c. Story continued below graham grew up in the back of a store."),
            [("Story continued below", BlockKind::Widget)]
        );
        assert_eq!(
            cut("I can fill that bill. \" story continued below since entering the race, he won."),
            [("story continued below", BlockKind::Widget)]
        );
        assert_eq!(
            cut("Published on apr 29, 2015 jimmy gets a surprise visit from daenerys targaryen."),
            [("Published on apr 29, 2015", BlockKind::DateLine)]
        );
        // A station page's video stamp between its caption and the lead, dated or aged.
        for (s, stamp) in [
            (
                "The father was arrested early friday morning. ( published friday, july 17, \
                 2015 ) police in somersworth have cancelled an amber alert.",
                "( published friday, july 17, 2015 )",
            ),
            (
                "Brian thompson reports. ( published sunday, sept. 9, 2018 ) a man shot early \
                 friday was identified.",
                "( published sunday, sept. 9, 2018 )",
            ),
            (
                "( published 2 hours ago ) a man was shot early friday.",
                "( published 2 hours ago )",
            ),
        ] {
            assert_eq!(cut(s), [(stamp, BlockKind::DateLine)], "{s}");
        }
        // NBC's box label after the stamp or opening the paragraph goes; prose keeps it.
        assert_eq!(
            cut(
                "Brian thompson reports. ( published saturday, june 4, 2016 ) what to know around \
                 276 small dogs were seized friday."
            ),
            [
                ("( published saturday, june 4, 2016 )", BlockKind::DateLine),
                ("what to know", BlockKind::SectionLabel)
            ]
        );
        assert_eq!(
            cut("What to know craig carton, co-host of the radio show, was arrested."),
            [("What to know", BlockKind::SectionLabel)]
        );
        for s in [
            "What to know about the new law: it starts in may.",
            "What to know is that the road is closed.",
            "Here is what to know craig carton said on the show.",
            // Anything else in the brackets: a citation, not a stamp.
            "The study ( published friday, july 17, 2015 in nature ) found a link.",
            "The paper ( published in 2015 ) found a link.",
            "The letter ( published monday ) drew replies.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
        // The Toronto Star's and the Mirror's markers, after spaced closing quotes, ending the
        // paragraph, with a pointer, after a cut ad label and its dash.
        for (s, marker) in [
            (
                "If the officers were involved. Article continued below according to police, one was.",
                "Article continued below",
            ),
            (
                "\" it was like, ' oh i resign. I quit. ' \" story continued below after that, he spoke.",
                "story continued below",
            ),
            (
                "The economy gains 288,000 jobs. Article continues below",
                "Article continues below",
            ),
            (
                "It is hard to stand. Article continues below... The new policy was revealed.",
                "Article continues below...",
            ),
        ] {
            assert_eq!(cut(s), [(marker, BlockKind::Widget)], "{s}");
        }
        assert_eq!(
            cut(
                "A mystery blonde. Advertisement - article continues below » friends of the mum said so."
            ),
            [
                ("Advertisement", BlockKind::Widget),
                ("- article continues below »", BlockKind::Widget)
            ]
        );
        for s in [
            "As the story continued below the fold, readers lost interest.",
            "The article continues below the photo of the mayor.",
            "Her storyarticle continues below.",
            "Published on june 3, 2015, the report found that rents had doubled.",
            "The study was published on april 2, 2015 in the journal nature.",
            "Published on time, the report drew wide praise.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn buy_photo_and_add_interest_buttons() {
        // Multi-News val: Gannett's and ABC News's buttons glued before the text.
        // The place after the button goes as a dateline (`datelines::after_late_cuts`).
        let got = cut(
            "Dogs. ( photo: andrew ford/staff photo ) buy photo howell – more than 200 dogs were found.",
        );
        assert_eq!(
            got[got.len().saturating_sub(2)..],
            [
                ("buy photo", BlockKind::Widget),
                ("howell – ", BlockKind::Dateline)
            ]
        );
        assert_eq!(
            cut("Jason viera/the commercial appeal buy photo a statue of jack daniel stands here."),
            [("buy photo", BlockKind::Widget)]
        );
        assert_eq!(
            cut(
                "Analysis from abc news. Add interest the security guard, identified as jesus campos, spoke."
            ),
            [("Add interest", BlockKind::Widget)]
        );
        for s in [
            "Readers can buy photo prints of the game online.",
            "She saved for months to buy photo equipment.",
            "The studio sells buy photos of the couple.",
            "Add interest rates to the list of worries for home buyers.",
            "Add interest to the balance and the debt doubles.",
            "Banks add interest the way they always have.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn nbc_time_stamps_and_bylines() {
        let stamp = |s: &'static str, want: &'static str| {
            assert_eq!(cut(s), [(want, BlockKind::Byline)], "{s}");
        };
        // Multi-News val: NBC News pages flattened before the lead.
        assert_eq!(
            cut(
                "Delivered weekday. Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am \
                 gmt by phil mccausland for weeks, student veterans have raised an alarm."
            ),
            [
                (
                    "Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt",
                    BlockKind::DateLine
                ),
                ("by phil mccausland", BlockKind::Byline)
            ]
        );
        // The place after the byline goes as a dateline (`datelines::after_late_cuts`).
        assert_eq!(
            cut(
                "Mornings. / updated by carol e. Lee and courtney kube washington — when saudi \
                 arabia's crown prince visits, he is welcomed."
            ),
            [
                (
                    "/ updated by carol e. Lee and courtney kube",
                    BlockKind::Byline
                ),
                ("washington — ", BlockKind::Dateline)
            ]
        );
        stamp(
            "Mornings. / updated by erik ortiz, corky siemaszko and phil helsel in the aftermath \
             of the bombing, garland said goodbye.",
            "/ updated by erik ortiz, corky siemaszko and phil helsel",
        );
        stamp(
            "Mornings. / updated in a personal note, tom brokaw revealed he has cancer.",
            "/ updated",
        );
        assert_eq!(
            cut(
                "Mornings. Sep. 16, 2014, 4: 30 pm gmt / updated sep. 16, 2014, 3: 22 pm gmt / \
                 source: reuters one of kiev's prominent politicians is full of rubbish."
            ),
            [(
                "Sep. 16, 2014, 4: 30 pm gmt / updated sep. 16, 2014, 3: 22 pm gmt / source: reuters",
                BlockKind::DateLine
            )]
        );
        // After a newsletter prompt a later pass cuts (Today's pages).
        let got: Vec<(&str, BlockKind)> = cut(
            "Get the latest from today sign up for our newsletter / updated / source: today by \
             molly blake pittsburgh steelers running back deangelo williams announced a plan.",
        )
        .into_iter()
        .filter(|(_, k)| *k == BlockKind::Byline)
        .collect();
        assert_eq!(
            got,
            [(
                "/ updated / source: today by molly blake",
                BlockKind::Byline
            )]
        );
        // A date with a slash inside a sentence is no stamp.
        assert!(cut("The price, he said / updated daily, rose again.").is_empty());
        assert!(cut("The list was last updated by the agency in may.").is_empty());
    }

    #[test]
    fn bylines_before_the_lead_when_their_end_shows() {
        // The dateline after a byline goes too (`datelines.rs`).
        let byline = |s: &'static str, want: &'static str| {
            let mut got = cut(s);
            got.retain(|c| c.1 != BlockKind::Dateline);
            assert_eq!(got, [(want, BlockKind::Byline)], "{s}");
        };
        // Multi-News val.
        byline(
            "By mark hosenball washington ( reuters ) - the central intelligence agency was \
             involved in a spying operation.",
            "By mark hosenball",
        );
        byline(
            "By todd quinones philadelphia ( cbs ) — the boots of the victim were a reminder.",
            "By todd quinones",
        );
        byline(
            "By andy blatchford, the canadian press mont-tremblant, que.",
            "By andy blatchford, the canadian press",
        );
        byline(
            "by michael falcone ( @michaelpfalcone ) notables eyeball-to-eyeball in the senate.",
            "by michael falcone ( @michaelpfalcone )",
        );
        byline(
            "By radar staff kris jenner is known as the ultimate momager.",
            "By radar staff",
        );
        byline(
            "By eric klinenberg, contributor fortune — in 1957, three professors asked people.",
            "By eric klinenberg, contributor fortune —",
        );
        byline(
            "By amber goodhand – radar news editor lindsay lohan was partying hard on thursday.",
            "By amber goodhand – radar news editor",
        );
        byline(
            "By debbie emery – radar reporter marilyn monroe has been seen as a symbol.",
            "By debbie emery – radar reporter",
        );
        byline(
            "By amitabha bhattasali bbc news, siliguri mr roy wanted to pull the train.",
            "By amitabha bhattasali bbc news,",
        );
        byline(
            "By adam edelman president donald trump on friday praised law enforcement.",
            "By adam edelman",
        );
        byline(
            "By daniel burke, cnn belief blog co-editor follow @burkecnn ( cnn ) - as pope \
             francis prepares to celebrate his first christmas.",
            "By daniel burke, cnn belief blog co-editor follow @burkecnn",
        );
        // After a credit an earlier pass cut.
        let s = "Credit: drew angerer/getty images by michael falcone ( @michaelpfalcone ) notables \
                 eyeball-to-eyeball in the senate.";
        let got: Vec<&str> = cut(s).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            got,
            [
                "Credit: drew angerer/getty images",
                "by michael falcone ( @michaelpfalcone )"
            ]
        );
        // After NBC News's sign-up notice that opens the paragraph: its start as a reader sees it.
        let s = "Breaking news emails get breaking news alerts and special reports. The news and \
                 stories that matter, delivered weekday mornings. By adam edelman president donald \
                 trump on friday praised law enforcement.";
        let got: Vec<(&str, BlockKind)> = cut(s)
            .into_iter()
            .filter(|(_, k)| *k == BlockKind::Byline)
            .collect();
        assert_eq!(got, [("By adam edelman", BlockKind::Byline)]);
        // The dateline after that byline goes too, though the datelines ran before it was cut.
        let s = "Breaking news emails get breaking news alerts and special reports. The news and \
                 stories that matter, delivered weekday mornings. By ali vitali beirut, lebanon — \
                 all eyes were on the candidate on thursday.";
        let got: Vec<(&str, BlockKind)> = cut(s)
            .into_iter()
            .filter(|(_, k)| matches!(k, BlockKind::Byline | BlockKind::Dateline))
            .collect();
        assert_eq!(
            got,
            [
                ("By ali vitali", BlockKind::Byline),
                ("beirut, lebanon — ", BlockKind::Dateline)
            ]
        );
        // A blog roll: the same two-word byline twice, a lead opener after one of them.
        let roll = "By ed kilgore the shredding of america's moral fiber. By keith humphreys the \
                    vast shredding. By ed kilgore america is driving young scientists out.";
        let got: Vec<&str> = cut(roll).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, ["By ed kilgore", "By ed kilgore"]);
        // A lower-cased byline opening the paragraph (a Multi-News document): the names end
        // where the lead's words begin, and only a page's byline stands there.
        for (s, byline) in [
            (
                "By lauren johnson manhattan landlord maurice laboz has sold his buildings.",
                "By lauren johnson",
            ),
            (
                "By keith humphreys the secularist menace non-religious liberalism is here.",
                "By keith humphreys",
            ),
            (
                "By hanna nicolo and sasha puhova their results show an advantage.",
                "By hanna nicolo and sasha puhova",
            ),
        ] {
            let got: Vec<&str> = cut(s).into_iter().map(|(t, _)| t).collect();
            assert_eq!(got, [byline], "{s}");
        }
        for s in [
            "By staff sgt. benjamin stratton, 7th air force public affairs.",
            "By the end of the year, starbucks said tuesday, it expects to be in 8,000 stores.",
            "The vote was close. By keith humphreys the secularist menace non-religious \
             liberalism is here.",
            "By popular demand, the show returned in may.",
            "By mrs. Trump, you sent ten picture books.",
            "By turning to tony bosch the league made its case.",
            "The tally grew. By election day democrats had won the seat.",
            "By late tuesday afternoon, the conspiracy climbed to a new level.",
            "By contrast, americans ' confidence ( reuters ) - has begun to improve.",
            "He was hit by mark hosenball washington ( reuters ) - the agency said.",
            "By friday evening, police said, the crowd had left.",
            "By christmas eve the stores were empty. By christmas eve the shelves were bare.",
            "By killing osama the us sent a message. By killing osama the us won.",
            // A dash with no role after it: nothing shows where the outlet ends.
            "By noon tuesday – the editor of the paper said – the vote was over.",
            "By john smith – the reporter who broke the story.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }
}
