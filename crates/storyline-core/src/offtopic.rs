//! Off-topic documents: pages that do not belong with the rest of the story.
//!
//! Scraped clusters carry pages that are not the story at all: crawl notices ("Focused crawls are
//! collections of ..."), Twitter or cookie boilerplate, error pages, or an unrelated article. Two
//! signals decide, each cheap and explainable in the reason string:
//!
//! 1. **Web boilerplate.** The share of the document's sentences that contain generic web-page
//!    vocabulary (cookies, browser, JavaScript, tweet, crawl, subscribe, privacy policy, ...). The word
//!    list is generic UI and archive vocabulary, not tied to any outlet; a news sentence that happens
//!    to mention Twitter is one sentence among many, so a share threshold keeps it.
//! 2. **Topical distance.** The tf·idf cosine between the document and the centroid of the *other*
//!    documents. With three or more documents, a document whose best similarity to any other document
//!    and to their centroid are both low is about something else. With one or two documents there is
//!    no majority to judge against, so only the boilerplate signal applies, but for a page far
//!    shorter than the one report beside it that shares almost none of its words and quotes or
//!    tags no one (`OffTopicScore::lesser_stranger`): Multi-News keeps the report a reference
//!    was written from whole, and what sits short beside it is mostly a site's teaser, error
//!    page or a neighbouring item. A document just under
//!    the thresholds whose terms are, for a good share, found among the others' is kept: a short
//!    on-topic source (a tweet, a wire paragraph) shares the story's names but too few words in
//!    all for its cosines to clear the bar.
//!
//! Empty documents are dropped as such. Thresholds were tuned on Multi-News val against the
//! Multi-News+ noise votes (see `docs/benchmarks.md`).

use rustc_hash::FxHashMap;
use storyline_text::clean::BlockKind;

use crate::model::Document;
use crate::vector::{StoryIndex, TermVec};

/// Thresholds of the off-topic stage.
#[derive(Clone, Debug, PartialEq)]
pub struct OffTopicConfig {
    /// Drop when at least this share of sentences is web boilerplate. Default 0.5.
    pub boilerplate_share: f32,
    /// With 3+ documents, drop when the cosine to the others' centroid is below this. Default 0.10.
    pub centroid_cosine: f32,
    /// ... and the best cosine to any single other document is below this. Default 0.08.
    pub max_cosine: f32,
    /// From this many documents on, the two cosine thresholds are multiplied by
    /// [`OffTopicConfig::many_scale`]. Default 5.
    pub many_documents: usize,
    /// The factor for stories of [`OffTopicConfig::many_documents`] or more. Default 0.5: on
    /// Multi-News val, stories of five or more sources had 181 documents dropped as unrelated
    /// that the annotators did not call noise against 117 they did; each source is a paragraph
    /// there (a cluster is cut to ~480 words), and the others' centroid is broad, so an on-topic
    /// source's cosines are low.
    pub many_scale: f32,
    /// A document under both cosine thresholds is still kept when its cosine to the others'
    /// centroid is at least this share of the (scaled) centroid threshold ... Default 0.8.
    pub near_threshold: f32,
    /// ... and at least this share of its distinct terms occur in the other documents
    /// ([`OffTopicScore::shared`]). Default 0.2. On Multi-News val the documents this keeps
    /// (43 of 567 dropped as unrelated) are mostly short sources on the story (a tweet, an
    /// official's statement, a review of the same film); 12 of them are noise by the
    /// Multi-News+ votes, against 60% of the unrelated drops overall (see `docs/benchmarks.md`).
    pub shared_terms: f32,
    /// A page at or over [`OffTopicConfig::boilerplate_share`] is still kept when its cosine
    /// to the centroid of the other (not boilerplate) documents is at least this and not all
    /// its sentences are boilerplate ([`OffTopicScore::on_story`]). Default 0.15, one and a
    /// half times [`OffTopicConfig::centroid_cosine`]: on Multi-News val and the first 10,000
    /// train clusters every page dropped as boilerplate at or above it is a report on the
    /// story whose news is about the web (a hacked e-mail `account`, a `tweet`, the deadline
    /// to `sign up` for health insurance), but for a privacy policy that is all boilerplate;
    /// under it, sign-up forms and Twitter's location notice begin (0.10–0.12).
    pub story_cosine: f32,
    /// With exactly two sources left to judge (neither empty, boilerplate nor a copy of the
    /// other), the shorter is dropped when their cosine is below this and it is short enough
    /// ([`OffTopicConfig::pair_length`], [`OffTopicScore::lesser_stranger`]). Default 0.03.
    pub pair_cosine: f32,
    /// ... and its content words are under this share of the other's. Default 0.35. On
    /// Multi-News val the rule drops 51 sources, 43 of them noise by the votes (train
    /// 1–10,000: 112 and 101); where the two are of a length it is a coin toss which one the
    /// voters call noise (val, cosine under 0.03 and the shorter at 0.7 of the longer or
    /// more: the shorter in 25 stories, the longer in 30).
    pub pair_length: f32,
}

impl Default for OffTopicConfig {
    fn default() -> Self {
        Self {
            boilerplate_share: 0.5,
            centroid_cosine: 0.10,
            max_cosine: 0.08,
            many_documents: 5,
            many_scale: 0.5,
            near_threshold: 0.8,
            shared_terms: 0.2,
            story_cosine: 0.15,
            pair_cosine: 0.03,
            pair_length: 0.35,
        }
    }
}

/// The evidence for one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OffTopicScore {
    /// Share of sentences with web-boilerplate vocabulary.
    pub boilerplate: f32,
    /// Cosine to the centroid of the other documents (`None` with fewer than 2 other documents).
    pub centroid: Option<f32>,
    /// Best cosine to any other document (`None` when alone).
    pub best: Option<f32>,
    /// Content words in the document.
    pub words: usize,
    /// Share of the document's distinct terms that occur in the other documents (the same
    /// documents as the centroid; `None` when the centroid is).
    pub shared: Option<f32>,
    /// The page is one sentence of a report beside one site notice or widget: its share is
    /// exactly 0.5, and at a tie with [`OffTopicConfig::boilerplate_share`] it is kept. The
    /// sentence has at least [`REPORT_WORDS`] content words, no boilerplate word (not even one
    /// of the weak ones), and does not address the reader outside a quotation. Multi-News cut NBC,
    /// AP and McClatchy reports to their lead beside a `Breaking news emails …` header or an
    /// e-mail form's `A link to this page will be included in your message.` (val 46263,
    /// 46806, 46965, 49648, 49713, 50112), and the one notice outweighed nothing but tied the
    /// lead; a leftover button (`Close`, `Would you like to proceed to legacy twitter? yes`,
    /// `Choose the plan that's right for you.`) is too short or speaks to the reader.
    pub one_sentence_report: bool,
    /// The page is at or over the boilerplate share but on the story: with two or more other
    /// documents that are not boilerplate, its cosine to their centroid is at least
    /// [`OffTopicConfig::story_cosine`], and some sentence of it has no boilerplate phrase. A
    /// report whose news is about the web names its vocabulary sentence after sentence
    /// (`the website gawker reported that an anonymous hacker had signed into romney's
    /// personal hotmail account`, val 49234; Jack Welch's `tweet`, 46174; the deadline to
    /// `sign up` for health insurance, 46611) and was dropped as boilerplate, while a crawl
    /// notice or a cookie banner shares no more than a few words with the story. Such a page
    /// is kept and judged by its cosines like any other; its share is left as it is.
    pub on_story: bool,
    /// The page is the shorter of the only two sources left to judge, shares almost nothing
    /// with the other (cosine under [`OffTopicConfig::pair_cosine`]), has under
    /// [`OffTopicConfig::pair_length`] of its content words, and quotes no one and tags no one
    /// (no `"`, `@` or `#`). With two sources the unrelated test has no third to side with,
    /// but the two are not alike: Multi-News keeps the report the reference was written from
    /// whole (its ~480 words are the cluster's budget), and what sits short beside it is a
    /// subscription teaser, an error page, an archive's partner note, a neighbouring item
    /// (val 45785 `Gain a global perspective on the us …`, 48325 `Page not found …`, 49014
    /// `University of iowa libraries archive-it partner since …`). A short source that
    /// quotes or tags someone is the story's tweet or statement (val 46328's `# woolseyfire`
    /// notice, 49214's concession tweet, 47599's family statement) and is kept.
    pub lesser_stranger: bool,
}

/// Generic web-page vocabulary (lower-case, matched as whole words or phrases).
const BOILERPLATE: &[&str] = &[
    "cookie",
    "cookies",
    "javascript",
    "browser",
    "browsers",
    "tweet",
    "tweets",
    "retweet",
    "crawl",
    "crawls",
    "crawled",
    "web crawling",
    "crawler",
    "webcrawl",
    "archive-it",
    "wayback",
    "captures",
    "subscribe",
    "subscription",
    "newsletter",
    "notifications",
    "unsubscribe",
    "log in",
    "sign in",
    "sign up",
    "privacy policy",
    "terms of service",
    "terms of use",
    "all rights reserved",
    "advertisement",
    "click here",
    "enable",
    "page not found",
    "404",
    "third-party applications",
    "learn more",
    "your inbox",
    "email address",
    "password",
    "account",
    "download the app",
    "app store",
    "web collections",
    "seed for",
    "domain",
    "urls",
    "url",
    "homepage",
    "website",
    "embed",
    "adblock",
    "ad blocker",
    "disable",
    "refresh",
    "loading",
    "comments are closed",
    "try again",
    "not available right now",
    "page you requested",
    "not found",
    "publicly accessible",
    "this collection",
    "web archive",
    "web archiving",
    "archiving",
    "end of term",
    "websites",
    "internet archive",
    "location information",
    "shipping",
];

/// Share of the document's sentences that are web-page boilerplate. Site notices the cleaner cut
/// from between its sentences ([`BlockKind::Notice`]) count as such sentences: a page that is a
/// newsletter prompt and a cookie line is boilerplate, even once the prompt is cut out of it.
/// But one widget beside a report counts once ([`one_widget`]); and when two or more notices
/// were cut from a page every other sentence of which speaks to the reader
/// ([`addresses_reader`]) or is boilerplate, every sentence counts: the page is the site's own
/// (Multi-News val 45346 and 46574, Yahoo's error page with its `the page you requested was
/// not found` cut, 33 words left, none from the phrase list). The sentences' words are read
/// from the story's index (`doc` is document `d` of it). The second value is
/// [`OffTopicScore::one_sentence_report`].
fn boilerplate_share(doc: &Document, index: &StoryIndex, d: usize) -> (f32, bool) {
    let blocks = &doc.cleaned.blocks;
    let notices = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Notice)
        .count();
    let total = doc.sentences.len() + notices;
    if total == 0 {
        return (0.0, false);
    }
    // A page of one sentence beside notices may be a report's lead beside a widget.
    let lone = notices > 0 && doc.sentences.len() == 1;
    let mut hits = 0;
    let mut addressed = false;
    let mut speaking = 0;
    let mut clean = true;
    for (k, s) in doc.sentences.iter().enumerate() {
        let r = crate::model::SentenceRef {
            doc: d as u32,
            sent: k as u32,
        };
        let surfaces = index.surfaces(r);
        let text = doc.slice(s.span);
        match words_vocabulary(text, s.span.start, surfaces, index.word_starts(r)) {
            Vocabulary::Boilerplate => hits += 1,
            v if lone || notices > 1 => {
                clean = v == Vocabulary::Clean;
                if addresses_reader(text, surfaces) {
                    addressed = true;
                    speaking += 1;
                }
            }
            _ => {}
        }
    }
    // Notices cut from a page whose every other sentence speaks to the reader or names web
    // vocabulary: the page is the site's own (an error page's `Sorry, the page you requested
    // was not found.` cut as a notice, `If you're having trouble locating a destination …, try
    // visiting the home page` left), and each of its sentences is furniture.
    if notices > 1 && speaking > 0 && hits + speaking == doc.sentences.len() {
        hits = doc.sentences.len();
    }
    let counted = if notices > 1 && one_widget(blocks, addressed) {
        1
    } else {
        notices
    };
    let report = lone
        && hits == 0
        && clean
        && !addressed
        && counted == 1
        && index.terms[d].iter().map(Vec::len).sum::<usize>() >= REPORT_WORDS;
    (
        (hits + counted) as f32 / (doc.sentences.len() + counted) as f32,
        report,
    )
}

/// True when the notices among `blocks` (in text order) are one widget beside a report: a
/// single run of them that no content block interrupts, on a page whose other sentences do not
/// address the reader (`addressed`, [`addresses_reader`]). One sign-up form is cut as many
/// notices (`Newsletter sign up`, `Invalid email address.`, `Please re-enter.`, `Thank you for
/// subscribing.`, … nine on a New York Times page; NBC's two-line `Breaking news emails`
/// header), and counted one by one they outweighed the report's sentences (Multi-News val
/// 49613: seven sentences on the Abu Sayyaf killing against nine notices, dropped as
/// boilerplate). A page whose leftovers speak to the reader (`it looks like you've already
/// used that reaction`, `You're all set!`) or whose notices come in several runs is the
/// page's furniture itself, and each notice counts.
fn one_widget(blocks: &[storyline_text::clean::Block], addressed: bool) -> bool {
    if addressed {
        return false;
    }
    let mut runs = 0;
    let mut in_run = false;
    for b in blocks {
        match b.kind {
            BlockKind::Notice if !in_run => {
                runs += 1;
                in_run = true;
            }
            BlockKind::Content => in_run = false,
            _ => {}
        }
    }
    runs == 1
}

/// True when a sentence `text` whose words' lower-cased hashes are `surfaces` speaks to the
/// reader: it has `you`, `your`, `yours` or `yourself` (`you're` and `you'll` are split at the
/// apostrophe, so they hold `you`) and no quotation mark. A report's prose rarely does outside
/// a quotation, and a quotation is the speaker's address, not the page's: a New York Times
/// report on the fiscal cliff (val 47899) quotes Schumer's `"all you have to do is just listen
/// …"`, and its newsletter form's nine notices were counted one by one beside it.
fn addresses_reader(text: &str, surfaces: &[u64]) -> bool {
    static YOU: std::sync::LazyLock<[u64; 4]> = std::sync::LazyLock::new(|| {
        ["you", "your", "yours", "yourself"].map(crate::wording::word_hash)
    });
    surfaces.iter().any(|h| YOU.contains(h)) && !text.contains(['"', '\u{201c}', '\u{201d}'])
}

/// Single words that are web-page furniture in a crawl notice or cookie banner but ordinary
/// vocabulary in news (a story about a stolen cookie sculpture, a leaked password, a website
/// launch): alone they do not make a sentence boilerplate, two of them do.
const WEAK: &[&str] = &[
    "404",
    "account",
    "advertisement",
    "archiving",
    "browser",
    "browsers",
    "captures",
    "cookie",
    "cookies",
    "disable",
    "domain",
    "embed",
    "enable",
    "end of term",
    "homepage",
    "loading",
    "newsletter",
    "notifications",
    "password",
    "refresh",
    "shipping",
    "subscribe",
    "subscription",
    "tweet",
    "tweets",
    "url",
    "urls",
    "website",
    "websites",
];

/// [`has_boilerplate`] of a sentence `text` (starting at byte `base` of its article) whose
/// words are `surfaces` and `starts`, as the story's index split them: each word's lower-cased
/// hash is looked up among the phrases' first runs, and only there are phrases compared.
///
/// Why the same sentences match: a word is a maximal run of alphanumeric chars, so one starts
/// after a char that is not alphanumeric, as a phrase must. A phrase that matches at byte `i`
/// has a first run of ASCII letters and digits there that is followed by a char that is not
/// alphanumeric (the phrase's next byte, ASCII and not a letter or digit, or the char after
/// the phrase), so that run is a whole word, its lower-cased hash is its first run's, and the
/// word is looked at. Every phrase compared is compared byte for byte as there, so a word
/// whose hash merely collides with a first run matches nothing; the weak matches are counted
/// alike, and the answer does not depend on the order they are found in.
#[cfg(test)]
fn words_have_boilerplate(text: &str, base: usize, surfaces: &[u64], starts: &[u32]) -> bool {
    words_vocabulary(text, base, surfaces, starts) == Vocabulary::Boilerplate
}

/// What web-page vocabulary a sentence has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Vocabulary {
    /// None of the phrases.
    Clean,
    /// One [`WEAK`] word, which alone does not make it boilerplate.
    OneWeak,
    /// A phrase that is not weak, or two weak ones.
    Boilerplate,
}

/// The [`Vocabulary`] of a sentence, as [`words_have_boilerplate`] reads it.
fn words_vocabulary(text: &str, base: usize, surfaces: &[u64], starts: &[u32]) -> Vocabulary {
    let phrases = &*PHRASES;
    let mut weak = 0;
    for (&h, &start) in surfaces.iter().zip(starts) {
        let Some(candidates) = phrases.with_surface(h) else {
            continue;
        };
        if phrases_decide(text, start as usize - base, candidates, &mut weak) {
            return Vocabulary::Boilerplate;
        }
    }
    if weak > 0 {
        Vocabulary::OneWeak
    } else {
        Vocabulary::Clean
    }
}

/// Compares the phrases `candidates` (indices into [`BOILERPLATE`]) at byte `start` of `text`,
/// which a char that is not alphanumeric precedes (or nothing); `weak` counts the [`WEAK`]
/// words matched so far. True once the text is boilerplate: a phrase that is not weak, or a
/// second weak one.
fn phrases_decide(text: &str, start: usize, candidates: &[usize], weak: &mut usize) -> bool {
    let b = text.as_bytes();
    for &k in candidates {
        let phrase = BOILERPLATE[k].as_bytes();
        let end = start + phrase.len();
        if end > b.len()
            || !b[start..end].eq_ignore_ascii_case(phrase)
            || text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        if !PHRASES.weak[k] {
            return true;
        }
        *weak += 1;
        if *weak >= 2 {
            return true;
        }
    }
    false
}

/// True when `text` contains a boilerplate phrase with non-alphanumeric characters (or the ends)
/// around it: one of the unambiguous ones, or two of the [`WEAK`] words. The reference of
/// [`words_have_boilerplate`], which the stage runs.
///
/// Every phrase opens with an ASCII letter or digit and needs a char that is not alphanumeric
/// before it, so a phrase can only start where a run of ASCII letters and digits starts, and
/// then that run is the phrase's first run (the phrase goes on with a char that is not one, or
/// ends, where it must be followed by one that is not alphanumeric either). So the text is read
/// run by run and only the few phrases whose first run this is are compared: the same matches
/// as looking for every phrase at every byte (ASCII case-insensitively), in a fraction of the
/// time of an automaton over every byte of every sentence.
#[cfg(test)]
fn has_boilerplate(text: &str) -> bool {
    let b = text.as_bytes();
    let phrases = &*PHRASES;
    let mut weak = 0;
    let mut i = 0;
    while i < b.len() {
        if !ASCII_ALNUM[usize::from(b[i])] {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < b.len() && ASCII_ALNUM[usize::from(b[i])] {
            i += 1;
        }
        let Some(candidates) = phrases.starting_with(&b[start..i]) else {
            continue;
        };
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        if phrases_decide(text, start, candidates, &mut weak) {
            return true;
        }
    }
    false
}

/// `u8::is_ascii_alphanumeric` of every byte, as a table the run loop reads with one load.
#[cfg(test)]
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

/// The phrases of [`BOILERPLATE`] by their first run of ASCII letters and digits, lower-cased.
struct Phrases {
    /// First run → indices into [`BOILERPLATE`].
    #[cfg(test)]
    by_first: FxHashMap<&'static [u8], Vec<usize>>,
    /// Bit `n` of slot `c`: some first run of `n` bytes starts with byte `c` (lower-cased); most
    /// words of a sentence are turned away by this before any hashing.
    #[cfg(test)]
    lengths: [u32; 128],
    /// The same for the last byte of the first run: `that` and `and` pass the first test beside
    /// `text` and `ad`-like runs, not this one as well.
    #[cfg(test)]
    ends: [u32; 128],
    /// Whether each phrase is one of the [`WEAK`] words.
    weak: Vec<bool>,
    /// [`crate::wording::word_hash`] of each first run → indices into [`BOILERPLATE`] (the
    /// first runs' hashes are distinct, checked when this is built).
    by_surface: FxHashMap<u64, Vec<usize>>,
    /// Bit `h >> 54` of the hash of some first run is set: most words of a sentence are turned
    /// away by one load and a test, before any look-up in `by_surface`.
    surface_bits: [u64; 16],
}

impl Phrases {
    /// The phrases whose first run's lower-cased hash is `h` (a word's [`StoryIndex::surfaces`]).
    #[inline]
    fn with_surface(&self, h: u64) -> Option<&[usize]> {
        let bit = (h >> 54) as usize;
        if self.surface_bits[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.by_surface.get(&h).map(Vec::as_slice)
    }

    /// The phrases whose first run is `run` (any ASCII case).
    #[cfg(test)]
    fn starting_with(&self, run: &[u8]) -> Option<&[usize]> {
        const LONGEST: usize = 31;
        let first = usize::from(run[0].to_ascii_lowercase());
        let last = usize::from(run[run.len() - 1].to_ascii_lowercase());
        if run.len() > LONGEST
            || self.lengths[first] & (1 << run.len()) == 0
            || self.ends[last] & (1 << run.len()) == 0
        {
            return None;
        }
        let mut buf = [0u8; LONGEST];
        for (d, c) in buf.iter_mut().zip(run) {
            *d = c.to_ascii_lowercase();
        }
        self.by_first.get(&buf[..run.len()]).map(Vec::as_slice)
    }
}

static PHRASES: std::sync::LazyLock<Phrases> = std::sync::LazyLock::new(|| {
    let mut by_first: FxHashMap<&'static [u8], Vec<usize>> = FxHashMap::default();
    let mut lengths = [0u32; 128];
    let mut ends = [0u32; 128];
    for (k, phrase) in BOILERPLATE.iter().enumerate() {
        let b = phrase.as_bytes();
        let n = b.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        assert!(
            n > 0 && n < 32 && b.iter().all(|c| !c.is_ascii_uppercase()),
            "boilerplate phrases open with a lower-case ASCII run: {phrase:?}"
        );
        by_first.entry(&b[..n]).or_default().push(k);
        lengths[usize::from(b[0])] |= 1 << n;
        ends[usize::from(b[n - 1])] |= 1 << n;
    }
    let weak = BOILERPLATE
        .iter()
        .map(|p| WEAK.binary_search(p).is_ok())
        .collect();
    let mut by_surface: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let mut surface_bits = [0u64; 16];
    for (run, ks) in &by_first {
        let h = crate::wording::word_hash(std::str::from_utf8(run).expect("ASCII run"));
        assert!(
            by_surface.insert(h, ks.clone()).is_none(),
            "two first runs of boilerplate phrases share a hash"
        );
        let bit = (h >> 54) as usize;
        surface_bits[bit / 64] |= 1 << (bit % 64);
    }
    Phrases {
        #[cfg(test)]
        by_first,
        #[cfg(test)]
        lengths,
        #[cfg(test)]
        ends,
        weak,
        by_surface,
        surface_bits,
    }
});

/// The evidence for every document, with the default thresholds.
pub fn scores(docs: &[Document], index: &StoryIndex) -> Vec<OffTopicScore> {
    scores_with(docs, index, &OffTopicConfig::default())
}

/// The evidence for every document. Topical similarity is measured only against documents that
/// are neither empty nor boilerplate: a real article next to two crawl notices must not look
/// "unrelated" because its neighbours are junk. Near-identical documents (cosine ≥ 0.9) count as
/// one voice, so two copies of one page cannot outvote the article beside them.
///
/// `index` must be the one built from `docs`: with the default thresholds the result is
/// memoised in it, since the off-topic stage and the scorer's features both ask for it.
pub fn scores_with(
    docs: &[Document],
    index: &StoryIndex,
    config: &OffTopicConfig,
) -> Vec<OffTopicScore> {
    if *config == OffTopicConfig::default() {
        return index
            .offtopic_memo()
            .get_or_init(|| compute(docs, index, config))
            .clone();
    }
    compute(docs, index, config)
}

/// [`scores_with`] without the memo.
fn compute(docs: &[Document], index: &StoryIndex, config: &OffTopicConfig) -> Vec<OffTopicScore> {
    let n = docs.len();
    let boilerplate: Vec<(f32, bool)> = (docs.iter().enumerate())
        .map(|(d, doc)| boilerplate_share(doc, index, d))
        .collect();
    let over = |i: usize| {
        let (share, report) = boilerplate[i];
        !index.documents[i].is_empty() && is_boilerplate(share, report, false, config)
    };
    let mut live: Vec<usize> = (0..n)
        .filter(|&i| !index.documents[i].is_empty() && !over(i))
        .collect();
    let mut cosines = PairCosines::new(&index.documents);
    // A page over the boilerplate share is asked whether it is on the story against the
    // pages that are not boilerplate; those it is on are then voices like them.
    let mut on_story = vec![false; n];
    if (0..n).any(|i| over(i) && boilerplate[i].0 < 1.0) {
        let (voice, voices) = voices_of(&live, &mut cosines);
        for i in (0..n).filter(|&i| over(i) && boilerplate[i].0 < 1.0) {
            let others: Vec<usize> = voices.iter().copied().filter(|&j| j != voice[i]).collect();
            if others.len() >= 2 {
                let rest = TermVec::sum(others.iter().map(|&j| &index.documents[j]));
                on_story[i] = index.documents[i].cosine(&rest) >= config.story_cosine;
            }
        }
        if on_story.contains(&true) {
            live = (0..n)
                .filter(|&i| !index.documents[i].is_empty() && (!over(i) || on_story[i]))
                .collect();
        }
    }
    let (voice, voices) = voices_of(&live, &mut cosines);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let v = &index.documents[i];
        let others: Vec<usize> = voices.iter().copied().filter(|&j| j != voice[i]).collect();
        let best = (!others.is_empty() && !v.is_empty())
            .then(|| (others.iter()).fold(0.0, |best: f32, &j| best.max(cosines.get(i, j))));
        let (centroid, shared) = if others.len() >= 2 && !v.is_empty() {
            let rest = TermVec::sum(others.iter().map(|&j| &index.documents[j]));
            (Some(v.cosine(&rest)), Some(shared_share(v, &rest)))
        } else {
            (None, None)
        };
        out.push(OffTopicScore {
            boilerplate: boilerplate[i].0,
            centroid,
            best,
            words: index.terms[i].iter().map(Vec::len).sum(),
            shared,
            one_sentence_report: boilerplate[i].1,
            on_story: on_story[i],
            lesser_stranger: false,
        });
    }
    mark_lesser_stranger(docs, &live, &voices, &mut out, config);
    out
}

/// Sets [`OffTopicScore::lesser_stranger`] in `out` (the scores of `docs`, their `best` and
/// `words` filled in) when the documents `live` are exactly two voices `voices`.
fn mark_lesser_stranger(
    docs: &[Document],
    live: &[usize],
    voices: &[usize],
    out: &mut [OffTopicScore],
    config: &OffTopicConfig,
) {
    let &[a, b] = voices else {
        return;
    };
    if live.len() != 2 {
        return;
    }
    for (i, j) in [(a, b), (b, a)] {
        let (s, other) = (&out[i], &out[j]);
        let stranger = s.best.is_some_and(|c| c < config.pair_cosine)
            && (s.words as f32) < config.pair_length * other.words as f32
            && !quotes_or_tags(&docs[i]);
        out[i].lesser_stranger = stranger;
    }
}

/// True when a sentence of `doc` has a quotation mark, `@` or `#`: the page quotes someone or
/// is a tweet (`… — jackie speier ( @repspeier )`, `# woolseyfire`), the story's own words
/// even when they share few of the report's ([`OffTopicScore::lesser_stranger`]).
fn quotes_or_tags(doc: &Document) -> bool {
    doc.sentences.iter().any(|s| {
        doc.slice(s.span)
            .contains(['"', '\u{201c}', '\u{201d}', '@', '#'])
    })
}

/// Which voice each of a story's documents is (`voice[j]`: the first of the documents `live`
/// it nearly copies, else itself) and the voices among `live`, in order. Near-identical
/// documents (the same wire copy or the same crawl notice twice) are one voice: otherwise two
/// copies of a junk page outvote the one real article beside them.
fn voices_of(live: &[usize], cosines: &mut PairCosines) -> (Vec<usize>, Vec<usize>) {
    let n = cosines.documents.len();
    let mut voice: Vec<usize> = Vec::with_capacity(n);
    for j in 0..n {
        let same = (live.iter().copied().take_while(|&k| k < j))
            .find(|&k| cosines.get(j, k) >= SAME_VOICE);
        voice.push(same.unwrap_or(j));
    }
    let voices = live.iter().copied().filter(|&j| voice[j] == j).collect();
    (voice, voices)
}

/// Share of `v`'s terms that `rest` has (0 for an empty `v`). Every term of a story weighs more
/// than 0 in its document vector (idf is `ln(1 + n/df)`), so `rest`, the sum of the other
/// documents' vectors, has exactly the terms of their union.
fn shared_share(v: &TermVec, rest: &TermVec) -> f32 {
    let (a, b) = (v.entries(), rest.entries());
    if a.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f32 / a.len() as f32
}

/// The tf·idf cosines between a story's documents, each pair taken once, when first asked for:
/// the voice test and the best-voice test of [`compute`] ask for the same pairs (the best-voice
/// test for each pair twice, once from either side). [`TermVec::cosine`] is symmetric bit for
/// bit: the dot product walks both term lists in id order and adds the product of each shared
/// term's two weights in that order, and the norms' product commutes.
struct PairCosines<'a> {
    documents: &'a [TermVec],
    /// Row `min(a, b)`, column `max(a, b)` of an `n` × `n` table.
    known: Vec<Option<f32>>,
}

impl<'a> PairCosines<'a> {
    fn new(documents: &'a [TermVec]) -> Self {
        let n = documents.len();
        Self {
            documents,
            known: vec![None; n * n],
        }
    }

    /// The cosine of documents `a` and `b`, as `documents[a].cosine(&documents[b])`.
    fn get(&mut self, a: usize, b: usize) -> f32 {
        let (lo, hi) = (a.min(b), a.max(b));
        let documents = self.documents;
        *self.known[lo * documents.len() + hi]
            .get_or_insert_with(|| documents[lo].cosine(&documents[hi]))
    }
}

/// Documents at least this similar (tf·idf cosine) count as one voice in the topical test.
const SAME_VOICE: f32 = 0.9;

/// Content words a page's one sentence needs to be a report beside a widget
/// ([`OffTopicScore::one_sentence_report`]): the leads kept on Multi-News val have 13 to 33,
/// the buttons and prompts left beside a cut notice 1 to 7.
pub const REPORT_WORDS: usize = 8;

/// True when a boilerplate share `share` drops its page under `config`: at or above the
/// threshold, except a one-sentence report beside one widget at exactly the threshold
/// ([`OffTopicScore::one_sentence_report`]) and a page on the story
/// ([`OffTopicScore::on_story`]). The share itself is left as it is (a scorer feature and the
/// reason's figure); only the verdict changes.
fn is_boilerplate(
    share: f32,
    one_sentence_report: bool,
    on_story: bool,
    config: &OffTopicConfig,
) -> bool {
    !on_story
        && (share > config.boilerplate_share
            || (share >= config.boilerplate_share && !one_sentence_report))
}

/// The thresholds [`verdict`] uses in a story of `documents` sources: the cosine thresholds
/// scaled by [`OffTopicConfig::many_scale`] from [`OffTopicConfig::many_documents`] sources on.
pub fn for_story(config: &OffTopicConfig, documents: usize) -> OffTopicConfig {
    let mut scaled = config.clone();
    if documents >= config.many_documents {
        scaled.centroid_cosine *= config.many_scale;
        scaled.max_cosine *= config.many_scale;
    }
    scaled
}

/// Why each document should be dropped (`None` = keep). Topical distance never drops every
/// remaining document: when it would, the story is what those documents share, and all are kept.
pub fn off_topic(
    docs: &[Document],
    index: &StoryIndex,
    config: &OffTopicConfig,
) -> Vec<Option<String>> {
    let scores = scores_with(docs, index, config);
    decide(&scores, config, docs.len())
}

/// [`off_topic`] of a story of `documents` sources whose evidence is `scores`. Whether any
/// document is kept is asked without the minimum-evidence rule ([`near_and_shared`]): when no
/// document clears the cosine thresholds outright there is no majority that a source near
/// them could be near, and all are kept as before, not that one source alone. Nor is one
/// source a majority against two or more: when the thresholds would keep a single document
/// and drop two or more others as unrelated, the kept one clears only by its cosine to the
/// others' centroid (its best cosine to any one of them is theirs to it too), so it is what
/// they share, not the story they stray from, and all are kept (on Multi-News val: three
/// stories of three or four sources on one subject, two film reviews of *Avatar* among them,
/// each cut to one source before).
fn decide(
    scores: &[OffTopicScore],
    config: &OffTopicConfig,
    documents: usize,
) -> Vec<Option<String>> {
    let scaled = for_story(config, documents);
    let junk = |s: &OffTopicScore| {
        s.words == 0 || is_boilerplate(s.boilerplate, s.one_sentence_report, s.on_story, config)
    };
    let strict = OffTopicConfig {
        near_threshold: f32::INFINITY,
        ..scaled.clone()
    };
    let any_clears = scores.iter().any(|s| verdict(s, &strict).is_none());
    if any_clears {
        let verdicts: Vec<Option<String>> = scores.iter().map(|s| verdict(s, &scaled)).collect();
        let kept = verdicts.iter().filter(|v| v.is_none()).count();
        let unrelated = scores
            .iter()
            .zip(&verdicts)
            .filter(|(s, v)| v.is_some() && !junk(s))
            .count();
        if kept != 1 || unrelated < 2 {
            return verdicts;
        }
    }
    scores
        .iter()
        .map(|s| if junk(s) { verdict(s, &strict) } else { None })
        .collect()
}

/// True when a document under the cosine thresholds is close to the centroid threshold and
/// shares enough of its terms with the others to be kept: the minimum-evidence rule. A short
/// source's cosines are noisy (few terms, most of them its own), but the share of its terms
/// that the others use is not diluted by the others' length.
fn near_and_shared(centroid: f32, shared: Option<f32>, config: &OffTopicConfig) -> bool {
    centroid >= config.near_threshold * config.centroid_cosine
        && shared.is_some_and(|s| s >= config.shared_terms)
}

/// The verdict for one document's evidence.
pub fn verdict(s: &OffTopicScore, config: &OffTopicConfig) -> Option<String> {
    if s.words == 0 {
        return Some("off-topic: no content".to_string());
    }
    if is_boilerplate(s.boilerplate, s.one_sentence_report, s.on_story, config) {
        return Some(format!(
            "off-topic: {:.0}% of its sentences are web-page boilerplate (cookies, crawl notices, sharing)",
            s.boilerplate * 100.0
        ));
    }
    if s.lesser_stranger
        && let Some(b) = s.best
    {
        return Some(format!(
            "off-topic: unrelated to the only other source, which is nearly three times as long or more (similarity {b:.2})"
        ));
    }
    if let (Some(c), Some(b)) = (s.centroid, s.best)
        && c < config.centroid_cosine
        && b < config.max_cosine
        && !near_and_shared(c, s.shared, config)
    {
        return Some(format!(
            "off-topic: unrelated to the other sources (similarity {c:.2} to the rest, {b:.2} to the closest)"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_documents_scale_the_cosine_thresholds() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let docs = engine.prepare(crate::Article::from_texts([
            "Rail drivers called off the 48-hour strike on Thursday after overnight talks with the operator.",
            "The rail strike planned for Friday was called off after drivers and the operator agreed on pay.",
            "Drivers' union leaders said the strike was off and trains would run normally on Friday.",
            "Trains will run on Friday: the drivers' strike was called off after talks over pay.",
            "Whisk the eggs with sugar until pale, then fold in the flour and bake for twenty minutes.",
        ]));
        let index = StoryIndex::build(&docs);
        let dropped = |config: &OffTopicConfig| {
            off_topic(&docs, &index, config)
                .iter()
                .map(Option::is_some)
                .collect::<Vec<_>>()
        };
        let recipe_only = vec![false, false, false, false, true];
        assert_eq!(dropped(&OffTopicConfig::default()), recipe_only);
        let never = OffTopicConfig {
            many_scale: 0.0,
            ..OffTopicConfig::default()
        };
        assert_eq!(dropped(&never), vec![false; 5]);
        let not_many = OffTopicConfig {
            many_documents: 6,
            many_scale: 0.0,
            ..OffTopicConfig::default()
        };
        assert_eq!(dropped(&not_many), recipe_only);
    }

    #[test]
    fn a_source_near_the_thresholds_that_shares_its_terms_is_kept() {
        let config = OffTopicConfig::default();
        let near = OffTopicScore {
            centroid: Some(0.09),
            best: Some(0.07),
            words: 20,
            shared: Some(0.3),
            ..OffTopicScore::default()
        };
        assert_eq!(verdict(&near, &config), None);
        let own_words = OffTopicScore {
            shared: Some(0.1),
            ..near.clone()
        };
        assert!(verdict(&own_words, &config).is_some());
        let far = OffTopicScore {
            centroid: Some(0.05),
            shared: Some(0.6),
            ..near.clone()
        };
        assert!(verdict(&far, &config).is_some());
        // From five sources the thresholds are halved, and "near" is near the halved one.
        let many = for_story(&config, 5);
        let halved = OffTopicScore {
            centroid: Some(0.045),
            best: Some(0.03),
            ..near.clone()
        };
        assert_eq!(verdict(&halved, &many), None);
        assert!(
            verdict(
                &OffTopicScore {
                    centroid: Some(0.035),
                    ..halved
                },
                &many
            )
            .is_some()
        );
    }

    #[test]
    fn a_source_near_the_thresholds_is_no_majority_of_its_own() {
        let config = OffTopicConfig::default();
        let under = |centroid: f32, shared: f32| OffTopicScore {
            centroid: Some(centroid),
            best: Some(0.05),
            words: 60,
            shared: Some(shared),
            ..OffTopicScore::default()
        };
        let crawl = OffTopicScore {
            boilerplate: 0.9,
            words: 20,
            ..OffTopicScore::default()
        };
        // Every source under the thresholds, one of them near with shared terms: all are kept
        // (none clears the bar, so there is no story to judge against), not that one alone.
        let scores = [
            under(0.04, 0.1),
            under(0.03, 0.1),
            under(0.09, 0.6),
            crawl.clone(),
        ];
        let kept: Vec<bool> = decide(&scores, &config, 4)
            .iter()
            .map(Option::is_none)
            .collect();
        assert_eq!(kept, [true, true, true, false]);
        // With a source that clears them, the near one is kept beside it and the far one dropped.
        let scores = [under(0.2, 0.5), under(0.03, 0.1), under(0.09, 0.6), crawl];
        let kept: Vec<bool> = decide(&scores, &config, 4)
            .iter()
            .map(Option::is_none)
            .collect();
        assert_eq!(kept, [true, false, true, false]);
    }

    #[test]
    fn one_sign_up_widget_beside_a_report_counts_once() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let docs = engine.prepare(crate::Article::from_texts([
            // Shaped like NBC's pages on Multi-News (val 44973): a two-line e-mail header cut
            // as two notices before a report cut to two sentences.
            "Breaking news emails get breaking news alerts and special reports. The news and \
             stories that matter, delivered weekday mornings. For weeks, student veterans across \
             the country have raised an alarm about delayed benefit payments, which the \
             department has blamed on computer issues. But on Wednesday, the department told \
             congressional staffers that it would not reimburse those veterans who were paid less.",
            // A page of furniture whose leftovers speak to the reader (val 46299).
            "Your reaction? Sorry, but you can only react up to 3 times! Oops! It looks like \
             you've already used that reaction on this post.",
        ]));
        let index = StoryIndex::build(&docs);
        let notices = |d: usize| {
            (docs[d].cleaned.blocks.iter())
                .filter(|b| b.kind == BlockKind::Notice)
                .count()
        };
        assert!(
            notices(0) >= 2 && notices(1) >= 1,
            "{} {}",
            notices(0),
            notices(1)
        );
        let (report, _) = boilerplate_share(&docs[0], &index, 0);
        let (page, _) = boilerplate_share(&docs[1], &index, 1);
        assert!(report < 0.5, "report {report}");
        assert!(page >= 0.5, "page {page}");
    }

    #[test]
    fn one_widget_is_one_run_of_notices_on_a_page_not_addressing_the_reader() {
        use storyline_text::Span;
        let block = |kind: BlockKind| storyline_text::clean::Block {
            span: Span::new(0, 1),
            kind,
            reason: String::new(),
        };
        let (n, c, b) = (BlockKind::Notice, BlockKind::Content, BlockKind::Byline);
        let blocks = |kinds: &[BlockKind]| kinds.iter().map(|&k| block(k)).collect::<Vec<_>>();
        // A run may hold other furniture (a byline), but not prose.
        assert!(one_widget(&blocks(&[n, n, b, n, c, c]), false));
        assert!(one_widget(&blocks(&[c, c, n, n, n]), false));
        assert!(!one_widget(&blocks(&[n, c, n]), false));
        assert!(!one_widget(&blocks(&[n, n, c]), true));
        assert!(!one_widget(&blocks(&[c]), false));
        let speaks = |text: &str| {
            let mut hashes = Vec::new();
            crate::wording::word_hashes(text, &mut hashes);
            addresses_reader(text, &hashes)
        };
        assert!(speaks("It looks like you've already used that reaction."));
        assert!(speaks("Your name will appear on your profile."));
        assert!(!speaks("The youth league named its young players."));
        // A quotation is the speaker's address, not the page's (val 47899, shaped like it).
        assert!(!speaks(
            "\"all you have to do is just listen to what's happening out there, \" he said."
        ));
        assert!(!speaks(
            "\u{201c}You realize there is progress,\u{201d} the senator said."
        ));
    }

    #[test]
    fn a_page_that_speaks_to_the_reader_beside_its_cut_notices_is_the_site_s_own() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let docs = engine.prepare(crate::Article::from_texts([
            // Shaped like Multi-News val 45346: an error page whose `not found` line the
            // cleaner cuts as a notice; what is left speaks to the reader in every sentence.
            "Sorry, the page you requested was not found. Please check the url for proper \
             spelling and capitalization. If you're having trouble locating a destination on \
             the site, try visiting the home page or look through a list of its online \
             services. Also, you may find what you're looking for if you try searching below.",
            // A report that speaks to the reader once, beside a sign-up form cut as two
            // notices (shaped like val 50290): still a report.
            "If going back to basics is your idea of a dream holiday, the French government's \
             latest job ad could be the perfect new career. Sign up to follow, and we'll e-mail \
             you free updates as they're published. It is looking for a couple to run a \
             deserted island in Brittany. Thank you for subscribing. The couple will live in a \
             farmhouse without electricity from April to September.",
        ]));
        let index = StoryIndex::build(&docs);
        for (d, doc) in docs.iter().enumerate() {
            let notices = (doc.cleaned.blocks.iter())
                .filter(|b| b.kind == BlockKind::Notice)
                .count();
            assert_eq!(notices, 2, "doc {d}");
        }
        let (page, _) = boilerplate_share(&docs[0], &index, 0);
        let (report, _) = boilerplate_share(&docs[1], &index, 1);
        assert!((page - 1.0).abs() < 1e-6, "page {page}");
        assert!(report < 0.5, "report {report}");
    }

    #[test]
    fn a_quoted_you_does_not_make_a_report_the_widget_s_page() {
        // Shaped like Multi-News val 47899: a New York Times report whose newsletter form was
        // cut as notices in one run; a senator's quoted "you" is no address to the reader, so
        // the form counts once and the report stays.
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let docs = engine.prepare(crate::Article::from_texts([
            "Democrats said a deal could still be reached before automatic tax increases and \
             spending cuts go into effect. \"All you have to do is just listen to what's \
             happening out there and you realize there is progress,\" he said. But publicly, the \
             leaders of neither side were giving an inch. Newsletter sign up continue reading the \
             main story please verify you're not a robot by clicking the box. Invalid email \
             address. Please re-enter. You must select a newsletter to subscribe to. Thank you \
             for subscribing. An error has occurred. Please try again later.",
        ]));
        let index = StoryIndex::build(&docs);
        let (share, _) = boilerplate_share(&docs[0], &index, 0);
        assert!(share < 0.5, "share {share}");
    }

    #[test]
    fn a_one_sentence_report_beside_one_widget_is_kept_at_the_tie() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let docs = engine.prepare(crate::Article::from_texts([
            // Shaped like Multi-News val 50112 and 49713: a lead beside an e-mail form's note
            // or NBC's two-line header, each cut as one widget.
            "Nearly 12 years after he was killed at the World Trade Center, firefighter Jeffrey \
             Walz's remains are heading home. A link to this page will be included in your message.",
            "Breaking news emails get breaking news alerts and special reports. The news and \
             stories that matter, delivered weekday mornings. The first victims identified in the \
             suicide bombing after the concert in Manchester were an 8-year-old girl and a student.",
            // A button left beside the notice (val 44997), and a prompt that speaks to the
            // reader (val 45041): furniture, still dropped.
            "Close. A link to this page will be included in your message.",
            "Would you like to proceed to the legacy site of the paper and its editors today? \
             A link to this page will be included in your message.",
            // One sentence with one weak word beside the notice (shaped like train 8175).
            "The browser you are currently using has been discontinued by its developers and \
             makers. A link to this page will be included in your message.",
        ]));
        let index = StoryIndex::build(&docs);
        let config = OffTopicConfig::default();
        let scores = scores(&docs, &index);
        for (d, s) in scores.iter().enumerate() {
            assert_eq!(
                docs[d].sentences.len(),
                1,
                "doc {d}: {:?}",
                docs[d].sentences
            );
            assert!((s.boilerplate - 0.5).abs() < 1e-6, "doc {d}: {s:?}");
        }
        let reports: Vec<bool> = scores.iter().map(|s| s.one_sentence_report).collect();
        assert_eq!(reports, [true, true, false, false, false]);
        let dropped: Vec<bool> = scores
            .iter()
            .map(|s| {
                verdict(
                    &OffTopicScore {
                        centroid: None,
                        best: None,
                        ..s.clone()
                    },
                    &config,
                )
                .is_some()
            })
            .collect();
        assert_eq!(dropped, [false, false, true, true, true]);
        // Only the tie is broken: under a lower threshold the report's share drops it.
        let lower = OffTopicConfig {
            boilerplate_share: 0.4,
            ..config
        };
        assert!(verdict(&scores[0], &lower).is_some());
    }

    #[test]
    fn a_report_on_the_story_in_web_words_is_kept() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let docs = engine.prepare(crate::Article::from_texts([
            // Shaped like Multi-News val 49234: the news is a hacked e-mail account, so two of
            // the report's three sentences name two web words each.
            "An anonymous hacker signed into Mitt Romney's personal Hotmail account on Tuesday, \
             the website Gawker reported. The hacker guessed the answer to a security question \
             about Romney's favorite pet to change the password of the account. Romney's \
             campaign said proper authorities are investigating the crime.",
            "Mitt Romney's campaign said authorities are investigating after a hacker broke into \
             his personal email by guessing the answer to a security question about his pet.",
            "A hacker says he broke into Mitt Romney's personal email by guessing the name of \
             his favorite pet, Gawker reported; the Romney campaign said authorities are \
             investigating.",
            // Twitter's location notice beside the story: boilerplate, and not on it.
            "Tweet with a location. You can add location information to your tweets, such as \
             your city or precise location, from the web and via third-party applications.",
            // A policy page on the story's own site is all boilerplate and stays dropped.
            "Hotmail privacy and cookie policy: welcome to the Hotmail privacy policy. This \
             explains how Hotmail uses and shares the information it obtains through the \
             website and the account of each user, such as Mitt Romney's personal email.",
        ]));
        let index = StoryIndex::build(&docs);
        let config = OffTopicConfig::default();
        let scores = scores(&docs, &index);
        assert!(scores[0].boilerplate >= 0.5, "{:?}", scores[0]);
        // The policy page is as close to the story, but every sentence of it is boilerplate.
        assert!(scores[4].boilerplate >= 1.0, "{:?}", scores[4]);
        assert!(
            scores[4].centroid.is_some_and(|c| c >= config.story_cosine),
            "{:?}",
            scores[4]
        );
        let on_story: Vec<bool> = scores.iter().map(|s| s.on_story).collect();
        assert_eq!(on_story, [true, false, false, false, false]);
        let dropped = |config: &OffTopicConfig| -> Vec<bool> {
            off_topic(&docs, &index, config)
                .iter()
                .map(Option::is_some)
                .collect()
        };
        assert_eq!(dropped(&config), [false, false, false, true, true]);
        // The report's share is left as it is; with the rule off it is dropped as before.
        let never = OffTopicConfig {
            story_cosine: f32::INFINITY,
            ..config
        };
        assert_eq!(dropped(&never), [true, false, false, true, true]);
    }

    #[test]
    fn web_archive_collection_notes_are_boilerplate() {
        // Multi-News val 47328 and 48108 (shaped like them): the Internet Archive's note on its
        // End of Term collection, kept as a source beside the story before.
        for s in [
            "This collaborative project is an extension of the 2016 end of term project, \
             intended to document the federal government's web presence by archiving \
             government websites and data.",
            "For more information on partner institutions, web crawling and past end of term \
             projects, please visit the end of term archive.",
            "This collection is a continuation of the 2016 end of term web archiving.",
        ] {
            assert!(has_boilerplate(s), "{s}");
        }
        // Each word alone is news vocabulary.
        for s in [
            "The boat is crawling to shore at the pace of a snail.",
            "Students left before the end of term.",
            "The agency was archiving e-mails from the private server.",
            "Several websites went dark in protest.",
        ] {
            assert!(!has_boilerplate(s), "{s}");
        }
    }

    #[test]
    fn the_short_stranger_beside_one_report_is_dropped_unless_it_quotes_or_tags() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let judge = |texts: [&str; 2]| {
            let docs = engine.prepare(crate::Article::from_texts(texts));
            let index = StoryIndex::build(&docs);
            let scores = scores(&docs, &index);
            (scores, off_topic(&docs, &index, &OffTopicConfig::default()))
        };
        // Multi-News val 45785: Ars Technica's report on the Yahoo breach beside a news site's
        // subscription teaser (5 noise votes).
        let report = "Yahoo admitted to the world \u{2014} on a news day dominated by a guy called \
            trump \u{2014} that some of its employees were aware that it had suffered a breach shortly \
            after a state-sponsored actor hacked into the ailing web firm's systems in 2014. In a \
            filing to the us securities and exchange commission on wednesday, yahoo said that a \
            panel of independent experts was looking at how much knowledge employees at the \
            company had of the incident shortly after the massive breach had occurred. As ars \
            reported previously, yahoo confirmed in september that at least half a billion of its \
            user accounts had been breached.";
        let teaser = "Gain a global perspective on the us and go beyond with curated news and \
            analysis from 600 journalists in 50+ countries covering politics, business, \
            innovation, trends and more.";
        let (scores, dropped) = judge([report, teaser]);
        assert!(
            scores[1].lesser_stranger && !scores[0].lesser_stranger,
            "{scores:?}"
        );
        assert!(dropped[0].is_none(), "{dropped:?}");
        assert!(
            dropped[1]
                .as_deref()
                .is_some_and(|r| r.contains("only other source"))
        );
        // Val 49214: the AP report of Sinema's win beside McSally's concession tweet, which
        // shares as few of its words but tags the winner: kept.
        let win = "Phoenix ( ap ) \u{2014} democrat kyrsten sinema won arizona's open u.s. Senate \
            seat monday in a race that was among the most closely watched in the nation, beating \
            republican rep. Martha mcsally in the battle to replace gop sen. Jeff flake. The \
            three-term congresswoman won after a slow vote count that dragged on for nearly a \
            week after voters went to the polls on nov. 6. She becomes arizona's first democratic \
            u.s. Senator since 1994. Her win cemented arizona as a swing state after years of \
            republican dominance.";
        let tweet = "Congrats to @ kyrstensinema. I wish her success. I ' m grateful to all those \
            who supported me in this journey. I ' m inspired by arizonans'spirit and our state's \
            best days are ahead of us.";
        let (scores, dropped) = judge([win, tweet]);
        assert!(scores[1].best.is_some_and(|c| c < 0.03), "{scores:?}");
        assert!(!scores[1].lesser_stranger && dropped.iter().all(Option::is_none));
        // The same tweet without its tag is a stranger like the teaser.
        let (scores, _) = judge([win, &tweet.replace("@ ", "")]);
        assert!(scores[1].lesser_stranger, "{scores:?}");
    }

    #[test]
    fn one_source_is_no_majority_against_two() {
        let config = OffTopicConfig::default();
        let source = |centroid: f32, best: f32| OffTopicScore {
            centroid: Some(centroid),
            best: Some(best),
            words: 60,
            shared: Some(0.1),
            ..OffTopicScore::default()
        };
        let empty = OffTopicScore::default();
        let kept = |scores: &[OffTopicScore]| -> Vec<bool> {
            decide(scores, &config, scores.len())
                .iter()
                .map(Option::is_none)
                .collect()
        };
        // One source clears by its cosine to the others' centroid, two do not: all are kept
        // (the empty page stays dropped).
        let scores = [
            source(0.06, 0.07),
            source(0.07, 0.07),
            empty.clone(),
            source(0.12, 0.07),
        ];
        assert_eq!(kept(&scores), [true, true, false, true]);
        // Two sources that clear are a majority: the unrelated ones go.
        let scores = [
            source(0.02, 0.03),
            source(0.03, 0.03),
            source(0.3, 0.4),
            source(0.3, 0.4),
        ];
        assert_eq!(kept(&scores), [false, false, true, true]);
        // One unrelated source against one that clears is dropped as before.
        let scores = [source(0.02, 0.03), source(0.3, 0.4), source(0.3, 0.4)];
        assert_eq!(kept(&scores), [false, true, true]);
    }

    #[test]
    fn shared_is_the_share_of_terms_the_others_use() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let docs = engine.prepare(crate::Article::from_texts([
            "Rail drivers called off the strike on Thursday after talks with the operator.",
            "The rail strike planned for Friday was called off after drivers agreed on pay.",
            "Drivers said trains would run on Friday.",
            "Whisk eggs with sugar, fold in flour, bake.",
        ]));
        let index = StoryIndex::build(&docs);
        let scores = compute(&docs, &index, &OffTopicConfig::default());
        let terms = |d: usize| -> std::collections::BTreeSet<u32> {
            index.terms[d].iter().flatten().copied().collect()
        };
        for (i, s) in scores.iter().enumerate() {
            let others: std::collections::BTreeSet<u32> = (0..docs.len())
                .filter(|&j| j != i)
                .flat_map(terms)
                .collect();
            let mine = terms(i);
            let want =
                mine.iter().filter(|t| others.contains(t)).count() as f32 / mine.len() as f32;
            assert_eq!(s.shared, Some(want), "document {i}");
        }
        let (recipe, trains) = (
            scores[3].shared.expect("recipe"),
            scores[2].shared.expect("trains"),
        );
        assert!(recipe == 0.0 && trains > 0.3, "{recipe} {trains}");
    }

    /// [`compute`] as it was before [`PairCosines`]: every cosine taken where it is asked for.
    fn compute_pair_by_pair(
        docs: &[Document],
        index: &StoryIndex,
        config: &OffTopicConfig,
    ) -> Vec<OffTopicScore> {
        let n = docs.len();
        let boilerplate: Vec<(f32, bool)> = (docs.iter().enumerate())
            .map(|(d, doc)| boilerplate_share(doc, index, d))
            .collect();
        let over = |i: usize| {
            let (share, report) = boilerplate[i];
            !index.documents[i].is_empty() && is_boilerplate(share, report, false, config)
        };
        let voices_among = |live: &[usize]| {
            let voice: Vec<usize> = (0..n)
                .map(|j| {
                    live.iter()
                        .copied()
                        .take_while(|&k| k < j)
                        .find(|&k| index.documents[j].cosine(&index.documents[k]) >= SAME_VOICE)
                        .unwrap_or(j)
                })
                .collect();
            let voices: Vec<usize> = live.iter().copied().filter(|&j| voice[j] == j).collect();
            (voice, voices)
        };
        let rest_of = |voice: &[usize], voices: &[usize], i: usize| {
            let others: Vec<usize> = voices.iter().copied().filter(|&j| j != voice[i]).collect();
            (others.len() >= 2).then(|| TermVec::sum(others.iter().map(|&j| &index.documents[j])))
        };
        let first: Vec<usize> = (0..n)
            .filter(|&i| !index.documents[i].is_empty() && !over(i))
            .collect();
        let (voice, voices) = voices_among(&first);
        let on_story: Vec<bool> = (0..n)
            .map(|i| {
                over(i)
                    && boilerplate[i].0 < 1.0
                    && rest_of(&voice, &voices, i)
                        .is_some_and(|r| index.documents[i].cosine(&r) >= config.story_cosine)
            })
            .collect();
        let live: Vec<usize> = (0..n)
            .filter(|&i| !index.documents[i].is_empty() && (!over(i) || on_story[i]))
            .collect();
        let (voice, voices) = voices_among(&live);
        let mut out = (0..n)
            .map(|i| {
                let v = &index.documents[i];
                let others: Vec<usize> =
                    voices.iter().copied().filter(|&j| j != voice[i]).collect();
                let best = (!others.is_empty() && !v.is_empty()).then(|| {
                    others
                        .iter()
                        .map(|&j| v.cosine(&index.documents[j]))
                        .fold(0.0, f32::max)
                });
                let rest = rest_of(&voice, &voices, i).filter(|_| !v.is_empty());
                OffTopicScore {
                    boilerplate: boilerplate[i].0,
                    one_sentence_report: boilerplate[i].1,
                    on_story: on_story[i],
                    centroid: rest.as_ref().map(|r| v.cosine(r)),
                    best,
                    words: index.terms[i].iter().map(Vec::len).sum(),
                    shared: rest.as_ref().map(|r| {
                        let union: std::collections::BTreeSet<u32> =
                            r.entries().iter().map(|e| e.0).collect();
                        let mine = v.entries();
                        mine.iter().filter(|e| union.contains(&e.0)).count() as f32
                            / mine.len() as f32
                    }),
                    lesser_stranger: false,
                }
            })
            .collect::<Vec<_>>();
        mark_lesser_stranger(docs, &live, &voices, &mut out, config);
        out
    }

    /// A score's fields as bits: boilerplate, centroid, best, words, shared, on the story.
    type Bits = (u32, Option<u32>, Option<u32>, usize, Option<u32>, bool);

    #[test]
    fn cosines_taken_once_score_as_cosines_taken_pair_by_pair() {
        let seeds = crate::vector::tests::example_texts();
        let mut texts: Vec<&str> = seeds.iter().map(String::as_str).collect();
        // A copy (one voice with its original), a crawl notice, an empty page and an unrelated
        // recipe beside the seeds.
        texts.insert(2, texts[0]);
        texts.push("Focused crawls are collections of frequently-updated webcrawl data. Please enable cookies in your browser.");
        texts.push("");
        texts.push("Whisk the eggs with sugar until pale, then fold in the flour and bake for twenty minutes.");
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let bits = |scores: &[OffTopicScore]| -> Vec<Bits> {
            scores
                .iter()
                .map(|s| {
                    (
                        s.boilerplate.to_bits(),
                        s.centroid.map(f32::to_bits),
                        s.best.map(f32::to_bits),
                        s.words,
                        s.shared.map(f32::to_bits),
                        s.on_story,
                    )
                })
                .collect()
        };
        let mut voiced = 0;
        for n in 1..=texts.len() {
            for first in 0..=texts.len() - n {
                let docs = engine.prepare(crate::Article::from_texts(
                    texts[first..first + n].iter().copied(),
                ));
                let index = StoryIndex::build(&docs);
                for config in [
                    OffTopicConfig::default(),
                    OffTopicConfig {
                        boilerplate_share: 0.0,
                        ..OffTopicConfig::default()
                    },
                ] {
                    let fast = compute(&docs, &index, &config);
                    assert_eq!(
                        bits(&fast),
                        bits(&compute_pair_by_pair(&docs, &index, &config))
                    );
                    voiced += fast.iter().filter(|s| s.best.is_some()).count();
                }
                for a in 0..n {
                    for b in 0..n {
                        let (x, y) = (&index.documents[a], &index.documents[b]);
                        assert_eq!(x.cosine(y).to_bits(), y.cosine(x).to_bits());
                    }
                }
            }
        }
        assert!(voiced > 100, "{voiced} documents with a best cosine");
    }

    #[test]
    fn phrase_needs_word_boundaries() {
        assert!(has_boilerplate(
            "We use Cookies to improve your browser experience."
        ));
        assert!(!has_boilerplate(
            "The cookie monster sent a second ransom note."
        ));
        assert!(has_boilerplate("Sign up for our daily briefing."));
        assert!(
            WEAK.windows(2).all(|w| w[0] < w[1]),
            "WEAK must stay sorted"
        );
        assert!(WEAK.iter().all(|w| BOILERPLATE.contains(w)));
        assert!(!has_boilerplate("cookiesx and accounting"));
        assert!(has_boilerplate("Please try again later."));
        assert!(!has_boilerplate("The talks in New York ended."));
    }

    /// [`has_boilerplate`] as first written: every occurrence of every phrase (ASCII
    /// case-insensitively), checked for alphanumeric chars on either side.
    fn has_boilerplate_by_scan(text: &str) -> bool {
        let mut weak = 0;
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for phrase in BOILERPLATE {
                let end = start + phrase.len();
                if !text
                    .as_bytes()
                    .get(start..end)
                    .is_some_and(|w| w.eq_ignore_ascii_case(phrase.as_bytes()))
                {
                    continue;
                }
                let before = text[..start].chars().next_back();
                let after = text[end..].chars().next();
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                if WEAK.binary_search(phrase).is_err() {
                    return true;
                }
                weak += 1;
                if weak >= 2 {
                    return true;
                }
            }
        }
        false
    }

    #[test]
    fn run_lookup_finds_what_a_scan_finds() {
        for text in [
            "Log in or sign up.",
            "LOGIN to your ACCOUNT, or create an account",
            "cookies cookie",
            "écookie and cookieé url",
            "url urls, 404; 4040 x404",
            "archive-it archive-items Archive-It",
            "third-party applications and third-party apps",
            "page not found",
            "Your Inbox",
            "website\u{a0}password",
            "the domain\u{e9} and the password",
            "",
            "é",
        ] {
            assert_eq!(
                has_boilerplate(text),
                has_boilerplate_by_scan(text),
                "{text:?}"
            );
            assert_eq!(by_words(text), has_boilerplate(text), "{text:?}");
        }
    }

    /// [`words_have_boilerplate`] of `text` split by the term index, as the stage runs it.
    fn by_words(text: &str) -> bool {
        let mut table = crate::vector::WordTable::default();
        let span = storyline_text::Span::new(0, text.len());
        crate::vector::Vocab::default().terms_and_surfaces(text, span, &mut table);
        words_have_boilerplate(text, 0, &table.surfaces, &table.starts)
    }

    #[test]
    fn index_words_find_what_the_run_lookup_finds_in_every_sentence() {
        let docs = crate::Engine::new(crate::EngineConfig::default())
            .expect("engine")
            .prepare(crate::Article::from_texts([
                "We use cookies. Log in or sign up to read on. The talks in New York ended.",
                "Please enable JavaScript in your browser. Terms of Use | Privacy Policy",
                "Kerry met Lavrov in Geneva on Friday. Both said the talks would go on.",
                "This page is not available right now. Try again, or visit the homepage.",
                "\u{212a}ill cookie \u{e9}url and url\u{e9}, the Caf\u{e9} website password.",
            ]));
        let index = StoryIndex::build(&docs);
        let mut hits = 0;
        for (d, doc) in docs.iter().enumerate() {
            for (k, s) in doc.sentences.iter().enumerate() {
                let r = crate::model::SentenceRef {
                    doc: d as u32,
                    sent: k as u32,
                };
                let text = doc.slice(s.span);
                let fast = words_have_boilerplate(
                    text,
                    s.span.start,
                    index.surfaces(r),
                    index.word_starts(r),
                );
                assert_eq!(fast, has_boilerplate(text), "{text:?}");
                hits += usize::from(fast);
            }
        }
        assert!(hits >= 2, "{hits} boilerplate sentences");
    }

    proptest::proptest! {
        #[test]
        fn run_lookup_finds_what_a_scan_finds_on_arbitrary_text(
            text in "(cookies?|url|urls|404|log|in|sign|up|archive|-it|third|-party|applications|account|website|password|not|found|page|[ a-zA-Z0-9.,'\u{e9}\u{a0}\u{2019}-]){0,12}"
        ) {
            proptest::prop_assert_eq!(has_boilerplate(&text), has_boilerplate_by_scan(&text));
            proptest::prop_assert_eq!(by_words(&text), has_boilerplate(&text));
        }
    }
}
