//! Sparse term vectors for sentence and document similarity.
//!
//! A story-local [`Vocab`] interns lower-cased, Porter-stemmed, non-stopword tokens as `u32` ids;
//! a [`TermVec`] is a sorted list of `(id, weight)` with its norm precomputed, so cosine similarity is
//! a merge of two sorted lists. Weights are tf·idf with idf computed over the story's sentences (or
//! documents), which is what LexRank-style centrality and near-duplicate detection need.
//!
//! Building the term lists is on the hot path of every story. Turning a word into its term
//! (lower-case, stopword test, Porter stem) is a pure function of the word, so each thread keeps a
//! bounded cache from the word as written to a thread-wide term id: a word seen in any earlier story
//! on this thread costs one hash look-up. A [`Vocab`] still hands out its own story-local ids in
//! order of the first occurrence of each stem, so the cache changes nothing but the time.

use std::cell::RefCell;
use std::sync::{Arc, Mutex, PoisonError};

use rustc_hash::FxHashMap;

use storyline_text::Span;

use crate::prior::TermPriors;
use crate::wording::{Lookup, WordWeights};
use storyline_text::stem::stem_into;
use storyline_text::token::{is_stopword, lowercase_into, words as split_words};

/// Every word of some text, as the term index split it: the stages after it read this table
/// instead of splitting the text again.
#[derive(Debug, Default, Clone)]
pub struct WordTable {
    /// [`crate::wording::word_hash`] of each word lower-cased.
    pub surfaces: Vec<u64>,
    /// Byte offset of each word's start in the article text.
    pub starts: Vec<u32>,
    /// The wording weight of each word in the [`WordWeights`] the thread's word cache held when
    /// the word was read (zero without any); [`StoryIndex::weights`] says which.
    weights: Vec<f32>,
}

/// Interns terms of one story.
#[derive(Debug, Default)]
pub struct Vocab {
    /// This vocabulary's mark on the [`WordCache`] slots of its thread, which map a thread-wide
    /// term id to its story-local id (0 until the first term).
    stamp: u64,
    /// The thread-wide id of each story-local id ([`NO_THREAD_ID`] for a stem the cache had no
    /// room for): what the slots are written back from when another vocabulary used them.
    thread_ids: Vec<u32>,
    /// Stem → story-local id, for stems the thread cache had no room for.
    overflow: FxHashMap<String, u32>,
    /// The stems of the [`NO_THREAD_ID`] entries of `thread_ids`, in order.
    uncached: Vec<Arc<str>>,
    /// The stems of the thread-wide ids of `thread_ids`: the [`WordCache::stems_of_ids`] of the
    /// thread that gave them (taken on first use).
    ///
    /// Why a handle on the thread's whole list rather than a stem per term: the stems are read
    /// only by [`Vocab::stems`] (the term priors' look-ups, mostly answered from the thread's
    /// memo of rates by thread-wide id), and the reference count per new term of a story (an
    /// `Arc` clone and a push, and its drop with the index) cost more than those reads
    /// (callgrind: 0.003 M instructions a cluster).
    stems_of_ids: Option<Arc<StemList>>,
}

impl Clone for Vocab {
    /// A copy takes a stamp of its own on first use, so the two never read each other's slots.
    fn clone(&self) -> Self {
        Self {
            stamp: 0,
            thread_ids: self.thread_ids.clone(),
            overflow: self.overflow.clone(),
            uncached: self.uncached.clone(),
            stems_of_ids: self.stems_of_ids.clone(),
        }
    }
}

/// The stem of each thread-wide id of one thread's [`WordCache`]. Only that thread adds to it
/// (a new stem, a few a story); a [`Vocab`] or [`StoryIndex`] built there reads it from any
/// thread.
type StemList = Mutex<Vec<Arc<str>>>;

/// The thread-wide id of a story-local term that has none.
const NO_THREAD_ID: u32 = u32::MAX;

/// Marks a stopword in [`WordCache`].
const STOPWORD: u32 = u32::MAX;

/// Words (and stems) a thread's cache holds at most; past it, new words are stemmed every time.
/// Never cleared, so thread-wide ids stay valid for every live [`Vocab`] of the thread. A few
/// hundred thousand short strings: some tens of megabytes per thread at worst.
const CACHE_CAPACITY: usize = 1 << 18;

/// Per-thread memo of the pure word → term function.
///
/// Why each thread fills its own rather than reading a table built once and shared: seeding
/// every thread's cache at engine build with the 15,580 words the model knows (the wording
/// weights' words and the priors' stems, found lower-cased on a miss) left most misses alone,
/// rare words and names (the misses of val clusters 301–600 cost 0.0292 → 0.0238 M
/// instructions a cluster, callgrind), while stemming the seed cost the start-up 31 M (the
/// engine's build 26 → 57 M, a brief of the seed articles 166 → 200 M) and a 600-cluster
/// `--jobs 2` run 24 M more in all. A table stemmed offline would still cost a probe on every
/// miss and most of the build's map inserts.
struct WordCache {
    /// A number no other thread's cache has: an index records the cache its thread-wide ids
    /// belong to.
    id: u64,
    /// Word as written, of at most 16 bytes, packed by [`short_key`] → its [`Entry`]. Nearly
    /// every word is this short, and then a look-up hashes and compares one integer instead of a
    /// string.
    short: FxHashMap<u128, Entry>,
    /// Longer words as written → its [`Entry`].
    words: FxHashMap<Box<str>, Entry>,
    /// A direct-mapped copy of some of `short`'s entries, in front of it ([`front_slot`]). An
    /// array, not a slice: its length is known, so indexing it by a slot needs no bounds check.
    ///
    /// Why direct-mapped: two-way sets of one cache line each (the same 128 KiB), a new entry
    /// put first or put second and promoted on its next hit, cut callgrind's simulated L1 read
    /// misses of the term index by 2–3% but added 0.001 M instructions a cluster, and CPU time
    /// did not move (paired ratios 1.009 and 1.004 over 40 runs each, val 1–1,000, one thread).
    front: Box<[FrontSlot; FRONT_SLOTS]>,
    /// Stem → thread-wide id (the key is the id's entry in `terms`).
    stems: FxHashMap<Arc<str>, u32>,
    /// Stem of each thread-wide id, shared with the vocabularies built on this thread.
    terms: Arc<StemList>,
    /// The number of thread-wide ids (the length of `terms`, read without its lock).
    n_terms: usize,
    /// Scratch buffer for lower-casing.
    lower: String,
    /// Scratch buffer for a stem ([`stem_into`]).
    stemmed: String,
    /// Per thread-wide id: the stamp of the [`Vocab`] that gave it a story-local id last, and
    /// that id. One array index per word instead of a hash look-up in a map per story; a slot
    /// is read only by the vocabulary whose stamp it carries, and only while that vocabulary
    /// is `owner`.
    ///
    /// Why the whole stamp (16 bytes a slot) rather than a 32-bit mark (8 bytes, the slots
    /// cleared when four billion stamps have been handed out): the packed slots cut the term
    /// index's simulated L1 read misses by 1.5% and its instructions by 0.0004 M a cluster
    /// (callgrind: 1.1447 M a cluster either way), and CPU time did not move (paired ratios
    /// 1.005, 0.991, 0.998 over 20, 40 and 40 runs, val 1–1,000, one thread); perf's share of
    /// this loop stayed 7.4–8.0%.
    slots: Vec<(u64, u32)>,
    /// The stamp of the vocabulary whose ids the slots hold.
    owner: u64,
    /// The last stamp handed out.
    stamps: u64,
    /// [`TermPriors::get`] of the stem of each thread-wide id (NaN until asked), for the
    /// priors of generation `rates_of` ([`TermPriors::generation`]): a stem's rate is looked up
    /// once per thread instead of once per story.
    rates: Vec<f32>,
    /// The generation of the priors whose rates `rates` holds (0: none).
    rates_of: u64,
    /// The wording weights whose weight of each word its [`Entry`] carries (none: every entry
    /// carries zero).
    ///
    /// Why the weight in the entry: scoring a sentence's wording looked each of its words up in
    /// the model's hash map (7,802 words, a few hundred KiB, read in no order), where the entry
    /// is read for every word anyway and the weight fits in its padding.
    wording: Option<Arc<Lookup>>,
}

/// The last [`WordCache::id`] handed out.
static CACHE_IDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl Default for WordCache {
    fn default() -> Self {
        Self {
            id: CACHE_IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
            short: FxHashMap::default(),
            words: FxHashMap::default(),
            // Through a `Vec`: `Box::new` of the array would build its 128 KiB on the stack.
            front: (vec![FrontSlot::default(); FRONT_SLOTS]
                .into_boxed_slice()
                .try_into())
            .unwrap_or_else(|_| unreachable!("the vector has FRONT_SLOTS slots")),
            stems: FxHashMap::default(),
            terms: Arc::default(),
            n_terms: 0,
            lower: String::new(),
            stemmed: String::new(),
            slots: Vec::new(),
            owner: 0,
            stamps: 0,
            rates: Vec::new(),
            rates_of: 0,
            wording: None,
        }
    }
}

/// What the thread's cache knows of a word as written.
#[derive(Clone, Copy, Default)]
struct Entry {
    /// Thread-wide id of its stem, or [`STOPWORD`].
    term: u32,
    /// The weight of the word lower-cased in [`WordCache::wording`].
    weight: f32,
    /// [`crate::wording::word_hash`] of the word lower-cased: the wording weights' key, read
    /// from the index instead of splitting and hashing each sentence again.
    surface: u64,
}

/// What the term index keeps of a word besides its term: its [`Entry`]'s `surface` and `weight`.
#[derive(Clone, Copy)]
struct Word {
    surface: u64,
    weight: f32,
}

impl Word {
    #[inline]
    fn of(e: Entry) -> Self {
        Self {
            surface: e.surface,
            weight: e.weight,
        }
    }
}

/// Slots of [`WordCache::front`] (a power of two): 128 KiB a thread.
const FRONT_SLOTS: usize = 1 << 12;

/// A [`short_key`] and its entry in [`WordCache::short`]; key 0 (no word's) marks an empty slot.
#[derive(Clone, Copy, Default)]
struct FrontSlot {
    key: u128,
    entry: Entry,
}

/// The slot of [`WordCache::front`] a short key may sit in: the top bits of one multiplication
/// of the key's two halves folded together.
///
/// Why a hand-rolled table in front of the hash map: nearly every word of a story is a hit,
/// and a hit in a slot is one multiplication and one comparison, where the map hashes the key
/// in two rounds and probes a control group; the frequent words of news text stay in their
/// slots (callgrind: the term index 0.1147 → 0.1110 M instructions a cluster).
#[inline]
fn front_slot(key: u128) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64);
    (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - FRONT_SLOTS.trailing_zeros())) as usize
}

/// What a word maps to.
enum Term<'a> {
    /// A stopword.
    Stop,
    /// A stem with a thread-wide id.
    Cached(u32),
    /// A stem the cache had no room for.
    Uncached(&'a str),
}

impl WordCache {
    /// Makes the entries carry the weights of `wording`: when they carry another model's, the
    /// words are forgotten (their terms keep their thread-wide ids, found again from the stems).
    fn use_wording(&mut self, wording: &WordWeights) {
        let lookup = wording.lookup();
        if (self.wording.as_ref()).is_some_and(|l| l.generation() == lookup.generation()) {
            return;
        }
        self.wording = Some(Arc::clone(lookup));
        self.short.clear();
        self.words.clear();
        self.front.fill(FrontSlot::default());
    }

    /// The generation of [`WordCache::wording`], if any.
    fn wording_of(&self) -> Option<u64> {
        self.wording.as_ref().map(|l| l.generation())
    }

    /// The thread-wide id of `stem`, adding it when there is room.
    fn stem_id(&mut self, stem: &str) -> Option<u32> {
        if let Some(&id) = self.stems.get(stem) {
            return Some(id);
        }
        if self.n_terms >= CACHE_CAPACITY {
            return None;
        }
        let id = self.n_terms as u32;
        // One allocation for the stem, shared by the map's key and the id's entry.
        let stem: Arc<str> = stem.into();
        (self.terms.lock())
            .unwrap_or_else(PoisonError::into_inner)
            .push(Arc::clone(&stem));
        self.n_terms += 1;
        self.stems.insert(stem, id);
        self.slots.push((0, 0));
        Some(id)
    }

    /// The term of `word` and the [`crate::wording::word_hash`] of it lower-cased; `out`
    /// receives the stem when it could not be cached.
    /// The word is `text[word]`, a span the term index's split gave (on char boundaries); its
    /// bytes are read for the key without slicing the text as a `str`, which would check the
    /// boundaries again on every word.
    #[inline]
    fn term<'a>(&mut self, text: &str, word: Span, out: &'a mut String) -> (Term<'a>, Word) {
        let key = short_key(&text.as_bytes()[word.start..word.end]);
        let known = match key {
            Some(k) => {
                // The slot holds a copy of the map's entry for its key (entries never change).
                let slot = &mut self.front[front_slot(k)];
                if slot.key == k {
                    Some(slot.entry)
                } else {
                    let e = self.short.get(&k).copied();
                    if let Some(entry) = e {
                        *slot = FrontSlot { key: k, entry };
                    }
                    e
                }
            }
            None => self.words.get(word.slice(text)).copied(),
        };
        if let Some(e) = known {
            let term = if e.term == STOPWORD {
                Term::Stop
            } else {
                Term::Cached(e.term)
            };
            return (term, Word::of(e));
        }
        self.new_term(word.slice(text), key, out)
    }

    /// [`WordCache::term`] of a word not in the cache (out of line: nearly every word of a
    /// story is a hit once the thread has read a few stories).
    #[cold]
    #[inline(never)]
    fn new_term<'a>(
        &mut self,
        word: &str,
        key: Option<u128>,
        out: &'a mut String,
    ) -> (Term<'a>, Word) {
        let mut lower = std::mem::take(&mut self.lower);
        lower.clear();
        lowercase_into(word, &mut lower);
        let surface = crate::wording::word_hash(&lower);
        let weight = self.wording.as_ref().map_or(0.0, |l| l.get(surface));
        let result = if is_stopword(&lower) {
            Some(STOPWORD)
        } else {
            let mut stemmed = std::mem::take(&mut self.stemmed);
            stem_into(&lower, &mut stemmed);
            let id = self.stem_id(&stemmed);
            if id.is_none() {
                out.clear();
                out.push_str(&stemmed);
            }
            self.stemmed = stemmed;
            id
        };
        self.lower = lower;
        let term = match result {
            Some(id) => {
                if self.short.len() + self.words.len() < CACHE_CAPACITY {
                    let e = Entry {
                        term: id,
                        weight,
                        surface,
                    };
                    match key {
                        Some(k) => self.short.insert(k, e),
                        None => self.words.insert(word.into(), e),
                    };
                }
                if id == STOPWORD {
                    Term::Stop
                } else {
                    Term::Cached(id)
                }
            }
            None => Term::Uncached(out),
        };
        (term, Word { surface, weight })
    }
}

/// `word`'s bytes as one little-endian integer, when it has at most 16: the bytes of a word
/// (an alphanumeric run, see [`words`]) are never zero, so the integer tells its length too and
/// two words have the same key exactly when they are equal.
fn short_key(word: &[u8]) -> Option<u128> {
    (word.len() <= 16).then(|| pack_le(word))
}

/// The bytes of `b` (at most 16) as one little-endian integer, zero above them: what copying
/// them into a zeroed 16-byte buffer gives. Read as two loads of 8, 4, 2 or 1 bytes, one from
/// each end (overlapping when the length is not a power of two, where both hold the same
/// bytes), because the copy of a short variable length is a call to `memcpy`: with it, making
/// the key cost more than the hash look-up it is for (0.014 M instructions a cluster in the
/// term index, callgrind).
pub(crate) fn pack_le(b: &[u8]) -> u128 {
    let n = b.len();
    debug_assert!(n <= 16, "{n} bytes");
    if n >= 8 {
        let lo = u64::from_le_bytes(b[..8].try_into().unwrap_or_default());
        let hi = u64::from_le_bytes(b[n - 8..].try_into().unwrap_or_default());
        u128::from(lo) | u128::from(hi) << (8 * (n - 8))
    } else if n >= 4 {
        let lo = u32::from_le_bytes(b[..4].try_into().unwrap_or_default());
        let hi = u32::from_le_bytes(b[n - 4..].try_into().unwrap_or_default());
        u128::from(u64::from(lo) | u64::from(hi) << (8 * (n - 4)))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([b[0], b[1]]);
        let hi = u16::from_le_bytes([b[n - 2], b[n - 1]]);
        u128::from(u32::from(lo) | u32::from(hi) << (8 * (n - 2)))
    } else {
        b.first().map_or(0, |&c| u128::from(c))
    }
}

thread_local! {
    static CACHE: RefCell<WordCache> = RefCell::new(WordCache::default());
}

impl Vocab {
    /// Makes the thread's slots hold this vocabulary's ids: a new vocabulary takes a stamp no
    /// slot carries yet; one that another vocabulary of the thread came between writes its ids
    /// back (never in the pipeline, which builds one story's vocabulary at a time, but a
    /// caller may interleave two). So a slot with this stamp always holds this vocabulary's id.
    fn claim(&mut self, cache: &mut WordCache) {
        if self.stamp == 0 {
            cache.stamps += 1;
            self.stamp = cache.stamps;
        }
        if self.stems_of_ids.is_none() {
            self.stems_of_ids = Some(Arc::clone(&cache.terms));
        }
        if cache.owner != self.stamp {
            cache.owner = self.stamp;
            for (local, &id) in self.thread_ids.iter().enumerate() {
                if id != NO_THREAD_ID {
                    cache.slots[id as usize] = (self.stamp, local as u32);
                }
            }
        }
    }

    /// The story-local id of the thread-wide id `id` (after [`Vocab::claim`]).
    // Called for every content word of a story; with a plain `#[inline]` LLVM keeps it out of
    // line, and the call cost the term index 0.004 M instructions a cluster (callgrind).
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn local_of(&mut self, id: u32, cache: &mut WordCache) -> u32 {
        let slot = &mut cache.slots[id as usize];
        if slot.0 == self.stamp {
            return slot.1;
        }
        let local = self.thread_ids.len() as u32;
        *slot = (self.stamp, local);
        self.thread_ids.push(id);
        local
    }

    /// The story-local id of a stem that has no thread-wide id.
    fn local_of_uncached(&mut self, stem: &str) -> u32 {
        if let Some(&local) = self.overflow.get(stem) {
            return local;
        }
        let local = self.thread_ids.len() as u32;
        self.overflow.insert(stem.to_string(), local);
        self.thread_ids.push(NO_THREAD_ID);
        self.uncached.push(stem.into());
        local
    }

    /// The id of `term`, adding it when new.
    pub fn intern(&mut self, term: &str) -> u32 {
        CACHE.with(|c| {
            let mut cache = c.borrow_mut();
            self.claim(&mut cache);
            match cache.stem_id(term) {
                Some(id) => self.local_of(id, &mut cache),
                None => self.local_of_uncached(term),
            }
        })
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.thread_ids.len()
    }

    /// True when no term was interned.
    pub fn is_empty(&self) -> bool {
        self.thread_ids.is_empty()
    }

    /// The interned terms, indexed by id.
    pub fn into_terms(self) -> Vec<String> {
        self.stems().iter().map(ToString::to_string).collect()
    }

    /// The stem of each id, in id order.
    fn stems(&self) -> Vec<Arc<str>> {
        let Some(list) = &self.stems_of_ids else {
            return self.uncached.clone();
        };
        let list = list.lock().unwrap_or_else(PoisonError::into_inner);
        let mut uncached = self.uncached.iter();
        (self.thread_ids.iter())
            .filter_map(|&id| match id {
                NO_THREAD_ID => uncached.next().cloned(),
                id => list.get(id as usize).cloned(),
            })
            .collect()
    }

    /// Room for about `terms` distinct terms without growing.
    fn reserve(&mut self, terms: usize) {
        self.thread_ids.reserve(terms);
    }

    /// Content-term ids of `text[span]` in order (lower-cased, stopwords dropped, stemmed).
    pub fn terms(&mut self, text: &str, span: Span) -> Vec<u32> {
        self.terms_and_surfaces(text, span, &mut WordTable::default())
    }

    /// [`Vocab::terms`], appending to `words` every word of `text[span]` (stopwords included),
    /// in order: its [`crate::wording::word_hash`] lower-cased, what
    /// [`crate::wording::word_hashes`] gives for that text (both split at the same alphanumeric
    /// runs and lower-case them char by char the same way), and its first byte in `text`.
    pub fn terms_and_surfaces(
        &mut self,
        text: &str,
        span: Span,
        words: &mut WordTable,
    ) -> Vec<u32> {
        // About one content term per eight bytes of news text: one allocation for most sentences.
        let mut out = Vec::with_capacity(span.len() / 8);
        CACHE.with(|c| self.read_words(&mut c.borrow_mut(), text, span, words, &mut out));
        out
    }

    /// The word loop of [`Vocab::terms_and_surfaces`]: each word of `text[span]` onto `words`,
    /// each content term's id onto `out`.
    ///
    /// A function of its own rather than the body of the thread-local's closure: there the
    /// tables were the closure's captures, which LLVM could not tell apart from the memory the
    /// pushes write, so it reloaded each `Vec` from the captures after every push; `&mut`
    /// arguments are known not to alias.
    fn read_words(
        &mut self,
        cache: &mut WordCache,
        text: &str,
        span: Span,
        words: &mut WordTable,
        out: &mut Vec<u32>,
    ) {
        let mut uncached = String::new();
        self.claim(cache);
        // `out[pending..]` holds thread-wide ids not yet made story-local.
        let mut pending = out.len();
        for w in split_words(text, span) {
            let (term, word) = cache.term(text, w, &mut uncached);
            words.surfaces.push(word.surface);
            words.starts.push(w.start as u32);
            words.weights.push(word.weight);
            match term {
                Term::Stop => {}
                Term::Cached(id) => out.push(id),
                Term::Uncached(stem) => {
                    // Local ids go in order of first occurrence: the earlier words' first.
                    self.make_local(&mut out[pending..], cache);
                    out.push(self.local_of_uncached(stem));
                    pending = out.len();
                }
            }
        }
        self.make_local(&mut out[pending..], cache);
    }

    /// Replaces each thread-wide id of `ids` by its story-local id, in order.
    ///
    /// Why a second pass over the sentence's ids rather than each word's id made local as it is
    /// read: a word's slot is found from the id its look-up loaded, so in one pass each word
    /// waited on two loads in a row (perf annotate, val 1–1,000: the word loop ran at 1.8 times
    /// its share of the instructions, a quarter of its samples at the load of the front slot
    /// and another at the load of `slots`); in two passes no word's loads wait on another's,
    /// and the load of `slots` fell to 9% of the loop's samples (CPU time, paired with the one
    /// pass: ratios 0.985 and 0.971 over 36 and 40 pairs, IQR about ±4%).
    #[inline]
    fn make_local(&mut self, ids: &mut [u32], cache: &mut WordCache) {
        for id in ids {
            *id = self.local_of(*id, cache);
        }
    }
}

/// A sparse vector: `(term id, weight)` sorted by id, with its Euclidean norm.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TermVec {
    entries: Vec<(u32, f32)>,
    norm: f32,
}

impl TermVec {
    /// Term frequencies of `terms` weighted by `idf` (indexed by term id; missing ids weigh 1).
    pub fn from_terms(terms: &[u32], idf: &[f32]) -> Self {
        let mut sorted = terms.to_vec();
        sorted.sort_unstable();
        let mut entries: Vec<(u32, f32)> = Vec::new();
        for t in sorted {
            match entries.last_mut() {
                Some((id, tf)) if *id == t => *tf += 1.0,
                _ => entries.push((t, 1.0)),
            }
        }
        for (id, w) in &mut entries {
            *w *= idf.get(*id as usize).copied().unwrap_or(1.0);
        }
        Self::from_entries(entries)
    }

    /// A vector from sorted, de-duplicated entries.
    pub fn from_entries(entries: Vec<(u32, f32)>) -> Self {
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        Self { entries, norm }
    }

    /// The entries, sorted by term id.
    pub fn entries(&self) -> &[(u32, f32)] {
        &self.entries
    }

    /// True when the vector has no terms.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Dot product.
    pub fn dot(&self, other: &Self) -> f32 {
        let (a, b) = (&self.entries, &other.entries);
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// Cosine similarity in 0..=1 (0 for an empty vector).
    pub fn cosine(&self, other: &Self) -> f32 {
        if self.norm == 0.0 || other.norm == 0.0 {
            return 0.0;
        }
        (self.dot(other) / (self.norm * other.norm)).clamp(0.0, 1.0)
    }

    /// The sum of `vecs`: what folding them into [`TermVec::default`] with [`TermVec::add`] at
    /// scale 1 gives, bit for bit (each entry's weights are added in the same order, and
    /// `w * 1.0` is `w`), without a new list and a norm for every partial sum: two lists take
    /// turns and the norm is taken once, at the end. (No vectors give the default, whose norm is
    /// `+0.0`; the norm of a sum of empty vectors is `-0.0`, as the fold's.)
    pub fn sum<'a>(vecs: impl IntoIterator<Item = &'a TermVec>) -> Self {
        let mut vecs = vecs.into_iter().peekable();
        if vecs.peek().is_none() {
            return Self::default();
        }
        let mut acc: Vec<(u32, f32)> = Vec::new();
        let mut next = Vec::new();
        for v in vecs {
            let b = &v.entries;
            next.clear();
            next.reserve(acc.len() + b.len());
            let (mut i, mut j) = (0, 0);
            while i < acc.len() && j < b.len() {
                let (x, y) = (acc[i], b[j]);
                match x.0.cmp(&y.0) {
                    std::cmp::Ordering::Less => {
                        next.push(x);
                        i += 1;
                    }
                    std::cmp::Ordering::Greater => {
                        next.push(y);
                        j += 1;
                    }
                    std::cmp::Ordering::Equal => {
                        next.push((x.0, x.1 + y.1));
                        i += 1;
                        j += 1;
                    }
                }
            }
            next.extend_from_slice(&acc[i..]);
            next.extend_from_slice(&b[j..]);
            std::mem::swap(&mut acc, &mut next);
        }
        Self::from_entries(acc)
    }

    /// Adds `other * scale` into this vector.
    #[must_use]
    pub fn add(&self, other: &Self, scale: f32) -> Self {
        let (a, b) = (&self.entries, &other.entries);
        let mut out = Vec::with_capacity(a.len() + b.len());
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if j == b.len() || (i < a.len() && a[i].0 < b[j].0) {
                out.push(a[i]);
                i += 1;
            } else if i == a.len() || b[j].0 < a[i].0 {
                out.push((b[j].0, b[j].1 * scale));
                j += 1;
            } else {
                out.push((a[i].0, a[i].1 + b[j].1 * scale));
                i += 1;
                j += 1;
            }
        }
        Self::from_entries(out)
    }
}

/// One [`TermVec`] spread over a dense array indexed by term id, for many cosines against it:
/// each then costs one look-up per entry of the other vector instead of a merge of both lists.
///
/// [`DenseVec::cosine`] equals [`TermVec::cosine`] bit for bit when the other vector's weights
/// are finite (true of every vector of a [`StoryIndex`]): the products of shared terms are added
/// in the same (id) order, and every other term adds `0.0 * w = +0.0`, which changes no sum.
#[derive(Debug, Default, Clone)]
pub struct DenseVec {
    /// Weight of each term id (0 for terms not in the vector).
    weights: Vec<f32>,
    /// The loaded vector's ids, to clear them on the next load.
    ids: Vec<u32>,
    norm: f32,
}

impl DenseVec {
    /// Makes this the dense form of `v` (the previous vector is cleared; the array only grows).
    pub fn load(&mut self, v: &TermVec) {
        for &id in &self.ids {
            self.weights[id as usize] = 0.0;
        }
        if let Some(&(last, _)) = v.entries.last()
            && last as usize >= self.weights.len()
        {
            self.weights.resize(last as usize + 1, 0.0);
        }
        // The ids in one sized copy (not a push per entry, each checking the capacity).
        self.ids.clear();
        self.ids.extend(v.entries.iter().map(|&(id, _)| id));
        for &(id, w) in &v.entries {
            self.weights[id as usize] = w;
        }
        self.norm = v.norm;
    }

    /// `loaded.cosine(other)` for the vector last loaded.
    pub fn cosine(&self, other: &TermVec) -> f32 {
        if self.norm == 0.0 || other.norm == 0.0 {
            return 0.0;
        }
        let mut sum = 0.0f32;
        for &(id, w) in &other.entries {
            debug_assert!(w.is_finite(), "DenseVec needs finite weights");
            sum += self.weights.get(id as usize).copied().unwrap_or(0.0) * w;
        }
        (sum / (self.norm * other.norm)).clamp(0.0, 1.0)
    }
}

/// Smoothed inverse document frequency over `units` (each a list of term ids): `ln(1 + N / df)`.
pub fn idf(units: &[Vec<u32>], vocab_len: usize) -> Vec<f32> {
    let mut df = vec![0u32; vocab_len];
    let mut seen = Vec::new();
    for u in units {
        seen.clear();
        seen.extend_from_slice(u);
        seen.sort_unstable();
        seen.dedup();
        for &t in &seen {
            df[t as usize] += 1;
        }
    }
    idf_of_df(&df, units.len())
}

/// `ln(1 + N / df)` for each term, given document frequencies over `n` units.
fn idf_of_df(df: &[u32], n: usize) -> Vec<f32> {
    let units = n.max(1) as f32;
    let idf = |d: u32| (1.0 + units / d.max(1) as f32).ln();
    // A story's terms share a few frequencies (most occur in one, two or three units), so each
    // frequency's logarithm is taken once, into a table indexed by it (NaN until then; an idf
    // is never NaN). A frequency is at most `n`; a larger one is computed directly.
    let mut known = vec![f32::NAN; n + 1];
    df.iter()
        .map(|&d| match known.get_mut(d as usize) {
            Some(k) => {
                if k.is_nan() {
                    *k = idf(d);
                }
                *k
            }
            None => idf(d),
        })
        .collect()
}

/// Sorted `(id, tf)` entries of `terms` (sorted in place), counting each entry once in `df`.
/// [`TermVec::from_terms`] without the weights, so one sort serves both the document frequencies
/// and the vector.
fn counted(terms: &mut [u32], df: &mut [u32]) -> Vec<(u32, f32)> {
    terms.sort_unstable();
    let mut entries: Vec<(u32, f32)> = Vec::with_capacity(terms.len());
    for &t in &*terms {
        match entries.last_mut() {
            Some((id, tf)) if *id == t => *tf += 1.0,
            _ => entries.push((t, 1.0)),
        }
    }
    for &(t, _) in &entries {
        df[t as usize] += 1;
    }
    entries
}

/// [`counted`] of a document's terms (its sentences' lists) without sorting them: each term's
/// count is added up in `tf` (indexed by term id, all zero before and after) and only distinct
/// ids are sorted, which for a whole document are a fraction of its terms. A count grows by
/// `+= 1.0` from `0.0`, the same steps as in [`counted`], so the entries are the same bit for
/// bit. `touched` is scratch.
///
/// `new` are the ids the story's vocabulary handed out while reading this document: ids are
/// given in order of first occurrence, so these are exactly the document's terms from
/// `new.start` on, and need no sorting; only the earlier ids it shares are collected and sorted
/// (none for the first document, which holds the most new terms).
fn counted_dense(
    doc: &[Vec<u32>],
    new: std::ops::Range<u32>,
    tf: &mut [f32],
    touched: &mut Vec<u32>,
    df: &mut [u32],
) -> Vec<(u32, f32)> {
    touched.clear();
    for sentence in doc {
        for &t in sentence {
            let c = &mut tf[t as usize];
            if *c == 0.0 && t < new.start {
                touched.push(t);
            }
            *c += 1.0;
        }
    }
    touched.sort_unstable();
    let entries = (touched.iter().copied().chain(new))
        .map(|t| {
            df[t as usize] += 1;
            let c = std::mem::take(&mut tf[t as usize]);
            debug_assert!(c > 0.0, "new term {t} not in its document");
            (t, c)
        })
        .collect();
    touched.clear();
    entries
}

/// The vector of `counted` entries weighted by `idf`.
fn weighted(mut entries: Vec<(u32, f32)>, idf: &[f32]) -> TermVec {
    for (id, w) in &mut entries {
        *w *= idf.get(*id as usize).copied().unwrap_or(1.0);
    }
    TermVec::from_entries(entries)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn cosine_of_identical_is_one_and_disjoint_is_zero() {
        let a = TermVec::from_terms(&[1, 2, 2, 5], &[]);
        let b = TermVec::from_terms(&[5, 2, 1, 2], &[]);
        let c = TermVec::from_terms(&[3, 4], &[]);
        assert!((a.cosine(&b) - 1.0).abs() < 1e-6);
        assert!(a.cosine(&c).abs() < 1e-6);
    }

    #[test]
    fn add_merges_sorted_entries() {
        let a = TermVec::from_terms(&[1, 3], &[]);
        let b = TermVec::from_terms(&[2, 3], &[]);
        let s = a.add(&b, 2.0);
        assert_eq!(s.entries(), &[(1, 1.0), (2, 2.0), (3, 3.0)]);
    }

    #[test]
    fn dense_cosine_is_the_merged_cosine_bit_for_bit() {
        let idf = [0.3, 1.7, 2.9, 0.01, 5.5, 1.1, 0.7];
        let vecs = [
            TermVec::from_terms(&[1, 2, 2, 5], &idf),
            TermVec::from_terms(&[0, 2, 5, 5, 5, 6], &idf),
            TermVec::from_terms(&[3, 4], &idf),
            TermVec::from_terms(&[], &idf),
            TermVec::from_terms(&[6, 1, 0, 4, 4, 2, 3, 5], &idf),
            TermVec::from_terms(&[9, 12], &idf),
        ];
        let mut d = DenseVec::default();
        for a in &vecs {
            d.load(a);
            for b in &vecs {
                assert_eq!(d.cosine(b).to_bits(), a.cosine(b).to_bits());
                assert_eq!(d.cosine(b).to_bits(), b.cosine(a).to_bits());
            }
        }
    }

    #[test]
    fn sum_is_the_fold_of_add_bit_for_bit() {
        let docs = fixture_documents();
        let index = StoryIndex::build(&docs);
        let empty = TermVec::default();
        let mut vecs: Vec<&TermVec> = index.documents.iter().collect();
        vecs.insert(1, &empty);
        vecs.extend(index.sentences.iter().flatten().take(40));
        let bits = |v: &TermVec| {
            let e: Vec<_> = v.entries().iter().map(|&(t, w)| (t, w.to_bits())).collect();
            (e, v.norm.to_bits())
        };
        for k in 0..=vecs.len() {
            for skip in [0, 1, 2] {
                let part: Vec<&TermVec> = vecs[..k].iter().copied().skip(skip).collect();
                let folded = part
                    .iter()
                    .fold(TermVec::default(), |acc, v| acc.add(v, 1.0));
                assert_eq!(
                    bits(&TermVec::sum(part.iter().copied())),
                    bits(&folded),
                    "{k} {skip}"
                );
            }
        }
    }

    #[test]
    fn idf_of_df_is_the_logarithm_of_each_frequency() {
        let df = [1, 2, 1, 0, 7, 3, 2, 40, 1, 7];
        for n in [0, 1, 7, 9, 30] {
            let got = idf_of_df(&df, n);
            let units = n.max(1) as f32;
            let want: Vec<u32> = (df.iter())
                .map(|&d| (1.0 + units / d.max(1) as f32).ln().to_bits())
                .collect();
            assert_eq!(
                got.iter().map(|w| w.to_bits()).collect::<Vec<_>>(),
                want,
                "{n}"
            );
        }
    }

    #[test]
    fn short_keys_are_equal_exactly_when_words_are() {
        let words = [
            "a",
            "ab",
            "abc",
            "Abc",
            "\u{e9}t\u{e9}",
            "0123456789abcdef",
            "0123456789abcdeg",
        ];
        for x in words {
            for y in words {
                assert_eq!(
                    short_key(x.as_bytes()) == short_key(y.as_bytes()),
                    x == y,
                    "{x:?} {y:?}"
                );
            }
        }
        assert_eq!(short_key(b"0123456789abcdefg"), None);
    }

    /// A sentence whose words mix stems with thread-wide ids and stems the full cache had no
    /// room for numbers them all in order of first occurrence, as one pass did.
    #[test]
    fn local_ids_follow_first_occurrence_when_the_cache_is_full() {
        std::thread::spawn(|| {
            let mut known = Vocab::default();
            let text = "talks in geneva";
            known.terms(text, Span::new(0, text.len()));
            CACHE.with(|c| c.borrow_mut().n_terms = CACHE_CAPACITY);
            let mut v = Vocab::default();
            let text = "Kerry talks to Lavrov in Geneva; Kerry talked.";
            assert_eq!(v.terms(text, Span::new(0, text.len())), [0, 1, 2, 3, 0, 1]);
            assert_eq!(v.into_terms(), ["kerri", "talk", "lavrov", "geneva"]);
        })
        .join()
        .unwrap();
    }

    #[test]
    fn packed_bytes_are_the_bytes_copied_into_a_zeroed_buffer() {
        let bytes: Vec<u8> = (1..=16).map(|i| i * 15 + 7).collect();
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let b = &bytes[start..end];
                let mut buf = [0u8; 16];
                buf[..b.len()].copy_from_slice(b);
                assert_eq!(pack_le(b), u128::from_le_bytes(buf), "{b:?}");
            }
        }
    }

    /// The example story's article texts (`examples/lavrov-kerry-syria/*.txt`), in file-name
    /// order: the fixture the core's tests share.
    pub(crate) fn example_texts() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples/lavrov-kerry-syria");
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("example story")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("article"))
            .collect()
    }

    /// The example story's articles plus a few non-ASCII ones, prepared by the default engine
    /// (the dedupe tests read them too).
    pub(crate) fn fixture_documents() -> Vec<crate::model::Document> {
        let mut texts = example_texts();
        texts.push(
            "ÉTÉ-goers in İstanbul said the STRASSE was closed. Straße, Ǆemal and the AP's \
             2,000 café owners — says Kerry — disagree.\n\nThe Σίσυφος affair went on."
                .to_string(),
        );
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        engine.prepare(crate::Article::from_texts(texts.iter().map(String::as_str)))
    }

    #[test]
    fn index_surfaces_are_the_wording_hashes_of_each_sentence() {
        let docs = fixture_documents();
        let index = StoryIndex::build(&docs);
        // Weights for some of the story's words, so the sums have terms to order.
        let mut hashes = Vec::new();
        let mut words = Vec::new();
        for d in &docs {
            for s in &d.sentences {
                crate::wording::for_each_word(d.slice(s.span), &mut String::new(), |w| {
                    words.push(w.to_string());
                });
            }
        }
        words.sort();
        words.dedup();
        let weights: Vec<(String, f32)> = (words.iter().enumerate())
            .filter(|(i, _)| i % 3 != 0)
            .map(|(i, w)| (w.clone(), ((i * 7919) % 1000) as f32 / 137.0 - 3.5))
            .collect();
        let model = crate::wording::WordWeights::new(-0.7, weights);
        let mut scratch = Vec::new();
        let mut n = 0;
        for (d, doc) in docs.iter().enumerate() {
            for (s, sent) in doc.sentences.iter().enumerate() {
                let r = crate::model::SentenceRef {
                    doc: d as u32,
                    sent: s as u32,
                };
                let text = doc.slice(sent.span);
                crate::wording::word_hashes(text, &mut hashes);
                assert_eq!(index.surfaces(r), &hashes[..], "{text:?}");
                let by_text = model.score(text, &mut scratch);
                let by_index = model.score_hashes(index.surfaces(r), &mut scratch);
                assert_eq!(by_text.to_bits(), by_index.to_bits(), "{text:?}");
                n += 1;
            }
        }
        assert!(n > 50, "{n} sentences");
    }

    #[test]
    fn index_weights_are_those_of_the_model_it_was_built_for_with_two_models_on_a_thread() {
        let docs = fixture_documents();
        // Two models weighing the same words differently (and `kerry` only in one).
        let a = crate::wording::WordWeights::new(
            -0.5,
            vec![
                ("kerry".into(), 1.5),
                ("said".into(), 0.25),
                ("the".into(), -0.75),
            ],
        );
        let b =
            crate::wording::WordWeights::new(0.5, vec![("said".into(), -2.0), ("the".into(), 1.0)]);
        let by_a = StoryIndex::build_for(&docs, Some(&a));
        let by_b = StoryIndex::build_for(&docs, Some(&b));
        // A build without a model keeps the weights of the last one the thread's cache was given.
        let after_b = StoryIndex::build(&docs);
        let mut scratch = Vec::new();
        let mut n = 0;
        for (d, doc) in docs.iter().enumerate() {
            for s in 0..doc.sentences.len() {
                let r = crate::model::SentenceRef {
                    doc: d as u32,
                    sent: s as u32,
                };
                for (index, model, other) in [(&by_a, &a, &b), (&by_b, &b, &a), (&after_b, &b, &a)]
                {
                    assert!(index.weights(r, other).is_none());
                    let weights = index.weights(r, model).expect("built for this model");
                    let hashes = index.surfaces(r);
                    let looked_up: Vec<f32> =
                        (hashes.iter()).map(|&h| model.lookup().get(h)).collect();
                    assert_eq!(weights, &looked_up[..]);
                    let weighted = model.score_weighted(hashes, weights, &mut scratch);
                    let plain = model.score_hashes(hashes, &mut scratch);
                    assert_eq!(weighted.to_bits(), plain.to_bits());
                    n += weights.iter().filter(|&&w| w != 0.0).count();
                }
            }
        }
        assert!(n > 30, "{n} weighted words");
    }

    proptest::proptest! {
        #[test]
        fn vocab_surfaces_are_the_wording_hashes_of_arbitrary_text(text in "\\PC{0,80}") {
            let mut v = Vocab::default();
            let mut table = WordTable::default();
            v.terms_and_surfaces(&text, Span::new(0, text.len()), &mut table);
            let mut hashes = Vec::new();
            crate::wording::word_hashes(&text, &mut hashes);
            proptest::prop_assert_eq!(table.surfaces, hashes);
            let starts: Vec<u32> = split_words(&text, Span::new(0, text.len()))
                .map(|w| w.start as u32)
                .collect();
            proptest::prop_assert_eq!(table.starts, starts);
        }
    }

    #[test]
    fn interleaved_and_cloned_vocabularies_keep_their_own_ids() {
        let texts = [
            "Kerry met Lavrov in Geneva to talk about Syria.",
            "Lavrov said the talks in Geneva were useful; Kerry agreed.",
            "Syria's talks went on in New York, where Kerry spoke.",
        ];
        let span = |t: &str| Span::new(0, t.len());
        // Each text's ids in a vocabulary of its own, built alone.
        let alone: Vec<Vec<Vec<u32>>> = (0..2)
            .map(|k| {
                let mut v = Vocab::default();
                texts.iter().skip(k).map(|t| v.terms(t, span(t))).collect()
            })
            .collect();
        // The same two vocabularies built word list by word list in turn on one thread, one
        // of them cloned halfway; the clone goes on with the rest on its own.
        let (mut a, mut b) = (Vocab::default(), Vocab::default());
        let mut got: [Vec<Vec<u32>>; 2] = [Vec::new(), Vec::new()];
        got[0].push(a.terms(texts[0], span(texts[0])));
        got[1].push(b.terms(texts[1], span(texts[1])));
        let mut c = a.clone();
        got[0].push(a.terms(texts[1], span(texts[1])));
        got[1].push(b.terms(texts[2], span(texts[2])));
        got[0].push(a.terms(texts[2], span(texts[2])));
        assert_eq!(got[0], alone[0]);
        assert_eq!(got[1], alone[1]);
        let from_clone = c.terms(texts[1], span(texts[1]));
        assert_eq!(from_clone, alone[0][1]);
        assert_eq!(a.intern("kerri"), got[0][0][0]);
    }

    #[test]
    fn term_rates_are_the_priors_rates_on_any_thread_and_for_any_priors() {
        let index = StoryIndex::build(&fixture_documents());
        let table = |k: usize| {
            let mut terms: Vec<(String, f32)> = (index.vocab().iter().enumerate())
                .filter(|(i, _)| i % 3 != k)
                .map(|(i, t)| (t.to_string(), ((i + k) % 7) as f32 / 7.0))
                .collect();
            terms.sort_by(|a, b| a.0.cmp(&b.0));
            let mut p = TermPriors::default();
            p.unknown = 0.01 * k as f32;
            p.terms = terms;
            p
        };
        let want = |p: &TermPriors| -> Vec<u32> {
            index.vocab().iter().map(|t| p.get(t).to_bits()).collect()
        };
        let got = |p: &TermPriors| -> Vec<u32> {
            index.term_rates(p).iter().map(|r| r.to_bits()).collect()
        };
        let unprepared = table(2);
        let (mut a, mut b) = (table(0), table(1));
        a.prepare();
        b.prepare();
        assert_ne!(want(&a), want(&b));
        for p in [&a, &a, &b, &a, &unprepared, &b] {
            assert_eq!(got(p), want(p));
        }
        std::thread::scope(|s| {
            s.spawn(|| {
                assert_eq!(got(&b), want(&b));
                assert_eq!(got(&a), want(&a));
            });
        });
    }

    #[test]
    fn remembered_rep_cosines_are_the_cosines_either_way_round() {
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let (story, _) = engine.story(fixture_documents());
        let reps: Vec<_> = story.candidates.iter().map(|c| c.rep).collect();
        let n = reps.len();
        assert!(n > 10, "{n} candidates");
        let scores: Vec<f32> = (0..n)
            .map(|i| 1.0 - (i * 37 % n) as f32 / n as f32)
            .collect();
        let config = crate::select::SelectConfig::default();
        assert!(story.index.rep_cosines(reps.iter().copied()).is_none());
        let chosen_alone = crate::select::select(&story, &scores, &config);
        crate::features::extract(&story, None, None);
        let sim = (story.index.rep_cosines(reps.iter().copied())).expect("kept by the features");
        let mut dense = DenseVec::default();
        for i in 0..n {
            dense.load(story.index.sentence(reps[i]));
            for j in (0..n).filter(|&j| j != i) {
                let c = dense.cosine(story.index.sentence(reps[j]));
                assert_eq!(sim[i * n + j].to_bits(), c.to_bits(), "{i} {j}");
            }
        }
        assert!(story.index.rep_cosines(reps[1..].iter().copied()).is_none());
        let mut swapped = reps.clone();
        swapped.swap(0, 1);
        assert!(story.index.rep_cosines(swapped.into_iter()).is_none());
        assert_eq!(
            crate::select::select(&story, &scores, &config),
            chosen_alone
        );
    }

    #[test]
    fn document_counts_without_a_sort_are_the_sorted_counts() {
        let docs = fixture_documents();
        let index = StoryIndex::build(&docs);
        let n = index.vocab_len;
        let (mut df_sorted, mut df_dense) = (vec![0u32; n], vec![0u32; n]);
        let mut tf = vec![0.0f32; n];
        let mut touched = Vec::new();
        // The ids each document was the first to use: from the end of the ids before it to
        // after the greatest it holds.
        let mut seen = 0u32;
        for doc in &index.terms {
            let mut all = doc.concat();
            let first_new = seen;
            seen = seen.max(all.iter().map(|&t| t + 1).max().unwrap_or(0));
            let dense = counted_dense(doc, first_new..seen, &mut tf, &mut touched, &mut df_dense);
            let sorted = counted(&mut all, &mut df_sorted);
            let bits =
                |e: &[(u32, f32)]| e.iter().map(|&(t, w)| (t, w.to_bits())).collect::<Vec<_>>();
            assert_eq!(bits(&dense), bits(&sorted));
            assert!(tf.iter().all(|&c| c == 0.0));
        }
        assert_eq!(df_dense, df_sorted);
    }

    #[test]
    fn words_sharing_a_front_slot_keep_their_own_terms() {
        // Two words whose keys fall in the same slot, read in turn: each look-up that finds the
        // other word in the slot goes to the map, and every repeat gets the first answer again.
        let words: Vec<String> = (0..)
            .map(|i| format!("slotword{i}"))
            .take(FRONT_SLOTS + 1)
            .collect();
        let slot = |w: &str| short_key(w.as_bytes()).map(front_slot);
        let (a, b) = (words.iter())
            .enumerate()
            .find_map(|(i, a)| {
                let b = words[..i].iter().find(|b| slot(b) == slot(a))?;
                Some((a.clone(), b.clone()))
            })
            .expect("more words than slots");
        let text = format!("{a} {b} {a} {b} {b} {a} Tax {b} tax {a}");
        let mut v = Vocab::default();
        let mut table = WordTable::default();
        let t = v.terms_and_surfaces(&text, Span::new(0, text.len()), &mut table);
        let (ta, tb) = (t[0], t[1]);
        assert_ne!(ta, tb);
        assert_eq!(t, [ta, tb, ta, tb, tb, ta, t[6], tb, t[6], ta]);
        let mut fresh = Vec::new();
        crate::wording::word_hashes(&text, &mut fresh);
        assert_eq!(table.surfaces, fresh);
    }

    #[test]
    fn vocab_stems_and_drops_stopwords() {
        let mut v = Vocab::default();
        let text = "The talks in New York";
        let t = v.terms(text, Span::new(0, text.len()));
        assert_eq!(t.len(), 3, "talks, new, york");
    }

    /// The stems of a vocabulary are its terms in id order, read on the thread that built it or
    /// on another, while that thread's cache goes on adding stems; the indexes' stems likewise.
    #[test]
    fn vocabulary_stems_are_the_terms_in_id_order_on_any_thread() {
        let texts = example_texts();
        // What the ids stand for: each content word's stem, in order of first occurrence.
        let mut want: Vec<String> = Vec::new();
        for t in &texts {
            for w in split_words(t, Span::new(0, t.len())) {
                let mut lower = String::new();
                lowercase_into(w.slice(t), &mut lower);
                if is_stopword(&lower) {
                    continue;
                }
                let stem = storyline_text::stem::stem(&lower).into_owned();
                if !want.contains(&stem) {
                    want.push(stem);
                }
            }
        }
        let (vocab, ids, index) = std::thread::spawn(move || {
            let mut v = Vocab::default();
            let ids: Vec<Vec<u32>> = texts
                .iter()
                .map(|t| v.terms(t, Span::new(0, t.len())))
                .collect();
            let index = StoryIndex::build(&fixture_documents());
            (v, ids, index)
        })
        .join()
        .unwrap();
        let flat: Vec<u32> = ids.into_iter().flatten().collect();
        assert!(flat.iter().all(|&id| (id as usize) < want.len()));
        let before = index.vocab();
        assert_eq!(before.len(), index.vocab_len);
        // This thread's cache adds stems of its own meanwhile; they are not the other thread's.
        let mut other = Vocab::default();
        let extra = "zyzzyva quokkas";
        other.terms(extra, Span::new(0, extra.len()));
        assert_eq!(index.vocab(), before);
        assert_eq!(vocab.into_terms(), want);
        assert_eq!(other.into_terms(), ["zyzzyva", "quokka"]);
    }

    /// A stem the thread's cache had no room for keeps its place among the others.
    #[test]
    fn stems_without_a_thread_wide_id_keep_their_places() {
        let list: Vec<Arc<str>> = vec!["kerri".into(), "lavrov".into(), "syria".into()];
        let v = Vocab {
            thread_ids: vec![2, NO_THREAD_ID, 0, NO_THREAD_ID],
            uncached: vec!["geneva".into(), "talk".into()],
            stems_of_ids: Some(Arc::new(Mutex::new(list))),
            ..Vocab::default()
        };
        assert_eq!(v.len(), 4);
        assert_eq!(v.into_terms(), ["syria", "geneva", "kerri", "talk"]);
    }
}

/// Term lists and vectors of every sentence and document of a story, built once and shared by the
/// off-topic, dedupe and scoring stages.
#[derive(Debug, Default, Clone)]
pub struct StoryIndex {
    /// `terms[doc][sent]`: content-term ids of each sentence.
    pub terms: Vec<Vec<Vec<u32>>>,
    /// `sentences[doc][sent]`: tf·idf vector of each sentence (idf over all sentences of the story).
    pub sentences: Vec<Vec<TermVec>>,
    /// `word_counts[doc][sent]`: whitespace-separated words of each sentence, what word budgets
    /// and the length features count.
    pub word_counts: Vec<Vec<u32>>,
    /// Per document: tf·idf vector of its whole content (idf over documents).
    pub documents: Vec<TermVec>,
    /// Every word of every sentence (stopwords included), sentence after sentence in
    /// (document, sentence) order; see [`StoryIndex::surfaces`] and [`StoryIndex::word_starts`].
    words: WordTable,
    /// Where each sentence's words start in `words`, in the same order, plus the end.
    surface_starts: Vec<u32>,
    /// The position in `surface_starts` of each document's first sentence.
    first_sentence: Vec<u32>,
    /// Number of distinct terms.
    pub vocab_len: usize,
    /// The terms' ids in the word cache of the thread that built the index, and their stems
    /// ([`StoryIndex::vocab`]); and that cache's [`WordCache::id`].
    terms_of_ids: Vocab,
    cache_id: u64,
    /// The [`Lookup::generation`] of the wording weights in `words.weights` (none: all zero).
    weights_of: Option<u64>,
    /// [`crate::offtopic::scores`] of the documents, computed on first use: the off-topic stage
    /// and the scorer's features both need it.
    offtopic: std::sync::OnceLock<Vec<crate::offtopic::OffTopicScore>>,
    /// The cosines between the sentences a story's candidates are represented by, as the
    /// scorer's features took them ([`StoryIndex::remember_rep_cosines`]): the selection's
    /// redundancy test needs some of the same cosines again.
    rep_cosines: std::sync::OnceLock<RepCosines>,
}

/// [`TermPriors::get`] of `stem`, kept in `rates` at its thread-wide id `id` when it has one
/// there ([`StoryIndex::term_rates`]' look-up of a rate it does not know yet; out of line, as
/// most rates are known).
#[cold]
#[inline(never)]
fn rate_of_new(id: u32, stem: &str, rates: &mut [f32], priors: &TermPriors) -> f32 {
    let r = priors.get(stem);
    if let Some(slot) = rates.get_mut(id as usize) {
        *slot = r;
    }
    r
}

/// Cosines between sentences of one [`StoryIndex`]: `sim[i * n + j]` is the cosine of `reps[i]`
/// and `reps[j]` (`n = reps.len()`).
#[derive(Debug, Clone)]
struct RepCosines {
    reps: Vec<crate::model::SentenceRef>,
    sim: Vec<f32>,
}

impl StoryIndex {
    /// Builds the index of `docs`. The index belongs to those documents (it memoises evidence
    /// derived from them), so pass it only together with them.
    pub fn build(docs: &[crate::model::Document]) -> Self {
        Self::build_for(docs, None)
    }

    /// [`StoryIndex::build`], keeping each word's weight in `wording` (the model that will score
    /// the story's sentences, [`crate::features`]' `wording` column) as the words are read: the
    /// thread's word cache holds the weights of one model beside each word's term, so scoring a
    /// sentence reads them instead of looking each word up in the model again. Without
    /// `wording`, the weights are those of the last model the thread's cache was given; the
    /// scorer uses an index's weights only when they are its own model's.
    pub fn build_for(docs: &[crate::model::Document], wording: Option<&WordWeights>) -> Self {
        let weights_of = CACHE.with(|c| {
            let mut cache = c.borrow_mut();
            if let Some(w) = wording {
                cache.use_wording(w);
            }
            cache.wording_of()
        });
        let mut vocab = Vocab::default();
        // About one distinct term per 16 bytes of a story's sentences (Multi-News val): one
        // allocation for the id map in most stories instead of one per doubling.
        let bytes: usize = (docs.iter().flat_map(|d| &d.sentences))
            .map(|s| s.span.len())
            .sum();
        vocab.reserve(bytes / 16);
        // The words are split and looked up once here; the off-topic evidence and the wording
        // weights read them from this table.
        let mut words = WordTable {
            surfaces: Vec::with_capacity(bytes / 5),
            starts: Vec::with_capacity(bytes / 5),
            weights: Vec::with_capacity(bytes / 5),
        };
        let mut surface_starts = Vec::new();
        let mut first_sentence = Vec::with_capacity(docs.len());
        // The ids each document's words were the first to use (see `counted_dense`).
        let mut new_ids = Vec::with_capacity(docs.len());
        let terms: Vec<Vec<Vec<u32>>> = docs
            .iter()
            .map(|d| {
                first_sentence.push(surface_starts.len() as u32);
                let first_new = vocab.len() as u32;
                let doc = d
                    .sentences
                    .iter()
                    .map(|s| {
                        surface_starts.push(words.surfaces.len() as u32);
                        vocab.terms_and_surfaces(&d.article.text, s.span, &mut words)
                    })
                    .collect();
                new_ids.push(first_new..vocab.len() as u32);
                doc
            })
            .collect();
        surface_starts.push(words.surfaces.len() as u32);
        // One sorted copy per sentence gives both its document frequencies and its vector (the
        // same arithmetic as `idf` + `TermVec::from_terms`, so the weights are bit-identical).
        let vocab_len = vocab.len();
        let mut sent_df = vec![0u32; vocab_len];
        let mut doc_df = vec![0u32; vocab_len];
        let mut doc_tf = vec![0.0f32; vocab_len];
        let mut touched = Vec::new();
        let mut scratch = Vec::new();
        let mut n_sentences = 0;
        let mut doc_entries = Vec::with_capacity(terms.len());
        let sent_entries: Vec<Vec<Vec<(u32, f32)>>> = (terms.iter().zip(new_ids))
            .map(|(doc, new)| {
                n_sentences += doc.len();
                doc_entries.push(counted_dense(
                    doc,
                    new,
                    &mut doc_tf,
                    &mut touched,
                    &mut doc_df,
                ));
                doc.iter()
                    .map(|t| {
                        scratch.clear();
                        scratch.extend_from_slice(t);
                        counted(&mut scratch, &mut sent_df)
                    })
                    .collect()
            })
            .collect();
        let sent_idf = idf_of_df(&sent_df, n_sentences);
        let sentences = sent_entries
            .into_iter()
            .map(|doc| doc.into_iter().map(|e| weighted(e, &sent_idf)).collect())
            .collect();
        let word_counts = docs
            .iter()
            .map(|d| {
                d.sentences
                    .iter()
                    .map(|s| crate::features::count_words(d.slice(s.span)) as u32)
                    .collect()
            })
            .collect();
        let doc_idf = idf_of_df(&doc_df, terms.len());
        let documents = doc_entries
            .into_iter()
            .map(|e| weighted(e, &doc_idf))
            .collect();
        Self {
            terms,
            sentences,
            word_counts,
            documents,
            words,
            surface_starts,
            first_sentence,
            vocab_len,
            terms_of_ids: vocab,
            cache_id: CACHE.with(|c| c.borrow().id),
            weights_of,
            offtopic: std::sync::OnceLock::new(),
            rep_cosines: std::sync::OnceLock::new(),
        }
    }

    /// Keeps `sim`, the cosines between the sentences `reps` (`sim[i * n + j]` for `reps[i]` and
    /// `reps[j]`, each taken as [`DenseVec::cosine`] or [`TermVec::cosine`] of their vectors),
    /// for [`StoryIndex::rep_cosines`]. Only the first matrix kept is kept.
    pub(crate) fn remember_rep_cosines(&self, reps: Vec<crate::model::SentenceRef>, sim: Vec<f32>) {
        debug_assert_eq!(sim.len(), reps.len() * reps.len());
        let _ = self.rep_cosines.set(RepCosines { reps, sim });
    }

    /// The matrix [`StoryIndex::remember_rep_cosines`] kept, when it was kept for exactly the
    /// sentences `reps` in this order. Its entries are the cosines bit for bit: a cosine of two
    /// vectors of an index does not depend on which of the two is loaded (see
    /// [`DenseVec::cosine`]: the products of their shared terms are added in id order either way).
    pub(crate) fn rep_cosines(
        &self,
        reps: impl ExactSizeIterator<Item = crate::model::SentenceRef>,
    ) -> Option<&[f32]> {
        let memo = self.rep_cosines.get()?;
        (reps.len() == memo.reps.len() && reps.zip(&memo.reps).all(|(a, &b)| a == b))
            .then_some(memo.sim.as_slice())
    }

    /// [`TermPriors::get`] of each term, indexed by term id. On the thread that built the index
    /// each stem's rate is looked up once per thread and priors (kept in the thread's word
    /// cache by the stem's thread-wide id) rather than once per story: most of a story's stems
    /// were in an earlier story.
    pub fn term_rates(&self, priors: &TermPriors) -> Vec<f32> {
        let direct = || self.vocab().iter().map(|t| priors.get(t)).collect();
        let Some(generation) = priors.generation() else {
            return direct();
        };
        let ids = &self.terms_of_ids;
        CACHE.with(|c| {
            let mut cache = c.borrow_mut();
            let Some(list) = ids
                .stems_of_ids
                .as_ref()
                .filter(|_| cache.id == self.cache_id)
            else {
                return direct();
            };
            if cache.rates_of != generation {
                cache.rates.clear();
                cache.rates_of = generation;
            }
            let known = cache.n_terms;
            cache.rates.resize(known, f32::NAN);
            // A known rate is read in the loop; the rest (a stem the cache had no room for, or
            // one whose rate is not known yet) are looked up out of it, their stems read from
            // the list, which is locked at the first.
            let rates = &mut cache.rates;
            let mut guard = None;
            let mut uncached = ids.uncached.iter();
            (ids.thread_ids.iter())
                .map(|&id| match rates.get(id as usize) {
                    Some(&r) if !r.is_nan() => r,
                    _ => {
                        let stem = if id == NO_THREAD_ID {
                            uncached.next().cloned()
                        } else {
                            let stems = guard.get_or_insert_with(|| {
                                list.lock().unwrap_or_else(PoisonError::into_inner)
                            });
                            stems.get(id as usize).cloned()
                        };
                        rate_of_new(id, stem.as_deref().unwrap_or(""), rates, priors)
                    }
                })
                .collect()
        })
    }

    /// The stemmed term of each id (`vocab()[id]`), for look-ups in learned term priors.
    pub fn vocab(&self) -> Vec<Arc<str>> {
        self.terms_of_ids.stems()
    }

    /// The memo of the default-configuration off-topic evidence.
    pub(crate) fn offtopic_memo(
        &self,
    ) -> &std::sync::OnceLock<Vec<crate::offtopic::OffTopicScore>> {
        &self.offtopic
    }

    /// The vector of one sentence.
    pub fn sentence(&self, r: crate::model::SentenceRef) -> &TermVec {
        &self.sentences[r.doc as usize][r.sent as usize]
    }

    /// The [`crate::wording::word_hash`] of each word of one sentence lower-cased, in order:
    /// `word_hashes(sentence text)` without reading the text again.
    pub fn surfaces(&self, r: crate::model::SentenceRef) -> &[u64] {
        &self.words.surfaces[self.word_range(r)]
    }

    /// The weight in `wording` of each word of one sentence, in the order of
    /// [`StoryIndex::surfaces`], when the index was built with these weights at hand
    /// ([`StoryIndex::build_for`]); `None` when they are another model's.
    pub(crate) fn weights(
        &self,
        r: crate::model::SentenceRef,
        wording: &WordWeights,
    ) -> Option<&[f32]> {
        (self.weights_of == Some(wording.lookup().generation()))
            .then(|| &self.words.weights[self.word_range(r)])
    }

    /// The first byte (in the article text) of each word of one sentence, in order, as
    /// [`StoryIndex::surfaces`].
    pub fn word_starts(&self, r: crate::model::SentenceRef) -> &[u32] {
        &self.words.starts[self.word_range(r)]
    }

    /// Where one sentence's words are in `words`.
    fn word_range(&self, r: crate::model::SentenceRef) -> std::ops::Range<usize> {
        let k = (self.first_sentence[r.doc as usize] + r.sent) as usize;
        self.surface_starts[k] as usize..self.surface_starts[k + 1] as usize
    }

    /// Whitespace-separated words of one sentence (`text.split_whitespace().count()`).
    pub fn word_count(&self, r: crate::model::SentenceRef) -> usize {
        self.word_counts[r.doc as usize][r.sent as usize] as usize
    }
}
