//! Small generic word lists the cleaner's features use.
//!
//! Every list here is vocabulary of web pages or of English function words in general, written by
//! hand from common knowledge of news-site templates (share bars, comment widgets, footers); none is
//! taken from the example articles. They are short enough to read, so they live in code rather than
//! in a generated file. All entries are lower-case ASCII; callers fold case (and Cyrillic look-alike
//! letters, see [`fold_confusable`]) before looking words up.

use std::sync::LazyLock;

/// English function words: a line made mostly of these plus verbs is prose, and they are ignored
/// when measuring how Title-Cased a line is.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "during", "each", "for", "from", "had", "has", "have", "he", "her", "here", "him",
    "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me", "might", "more",
    "most", "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
    "or", "other", "our", "out", "over", "said", "says", "she", "should", "since", "so", "some",
    "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "under", "until", "up", "upon", "very", "via", "was", "we",
    "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why", "will",
    "with", "would", "you", "your",
];

/// Words that only web-page furniture uses often; one of these is needed before a short line can be
/// called a widget (so `Middle East` is never a widget, `Get short URL` is).
pub const UI_STRONG: &[&str] = &[
    "account",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "advertising",
    "alerts",
    "app",
    "apps",
    "bookmark",
    "browser",
    "click",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "copy",
    "download",
    "e-mail",
    "email",
    "embed",
    "enlarge",
    "facebook",
    "feed",
    "flipboard",
    "follow",
    "fullscreen",
    "gallery",
    "google",
    "instagram",
    "javascript",
    "link",
    "linkedin",
    "links",
    "listen",
    "livestream",
    "loading",
    "login",
    "logout",
    "menu",
    "messenger",
    "newsletter",
    "newsletters",
    "notifications",
    "pinterest",
    "playback",
    "playlist",
    "pocket",
    "podcast",
    "print",
    "printable",
    "radio",
    "reddit",
    "register",
    "reuse",
    "rss",
    "save",
    "scroll",
    "search",
    "share",
    "shares",
    "sharing",
    "sign",
    "skip",
    "skype",
    "slideshow",
    "sponsored",
    "subscribe",
    "subscriber",
    "subscribers",
    "subscription",
    "telegram",
    "tiktok",
    "toggle",
    "tumblr",
    "tweet",
    "twitter",
    "unsubscribe",
    "url",
    "viber",
    "video",
    "videos",
    "vk",
    "watch",
    "whatsapp",
    "youtube",
];

/// Further words that appear in page furniture but also in prose; they count towards a widget line
/// only together with a [`UI_STRONG`] word.
pub const UI_WEAK: &[&str] = &[
    "accept",
    "agree",
    "article",
    "articles",
    "audio",
    "back",
    "caption",
    "close",
    "contact",
    "content",
    "continue",
    "create",
    "device",
    "edition",
    "enable",
    "error",
    "free",
    "full",
    "get",
    "go",
    "help",
    "hide",
    "home",
    "image",
    "images",
    "live",
    "log",
    "main",
    "next",
    "open",
    "options",
    "page",
    "photo",
    "photos",
    "play",
    "player",
    "policy",
    "prev",
    "previous",
    "privacy",
    "read",
    "reading",
    "report",
    "short",
    "show",
    "site",
    "size",
    "story",
    "support",
    "tap",
    "terms",
    "text",
    "top",
    "trial",
    "unsupported",
    "us",
    "use",
    "view",
    "website",
];

/// Words of a comment section's header and controls (`All comments`, `Sort by newest`, `Reply`,
/// `Community standards`).
pub const COMMENT_WORDS: &[&str] = &[
    "comment",
    "commenter",
    "commenters",
    "commenting",
    "comments",
    "discussion",
    "disqus",
    "replies",
    "reply",
];

/// Words that, with a [`COMMENT_WORDS`] word, make a comment-section control line.
pub const COMMENT_CONTEXT: &[&str] = &[
    "add",
    "best",
    "community",
    "guidelines",
    "join",
    "leave",
    "load",
    "new",
    "newest",
    "oldest",
    "post",
    "powered",
    "rules",
    "sort",
    "standards",
    "top",
    "view",
    "write",
];

/// Words that mark a byline when they make up a short line (`TBP and Agencies`, `Staff Reporter`).
pub const BYLINE_WORDS: &[&str] = &[
    "agencies",
    "agency",
    "columnist",
    "contributor",
    "correspondent",
    "correspondents",
    "desk",
    "editor",
    "reporter",
    "reporters",
    "staff",
    "wires",
];

/// Month names and their usual abbreviations.
pub const MONTHS: &[&str] = &[
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "nov",
    "november",
    "oct",
    "october",
    "sep",
    "sept",
    "september",
];

/// Weekday names and abbreviations.
pub const WEEKDAYS: &[&str] = &[
    "fri",
    "friday",
    "mon",
    "monday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
];

/// Words a date line may carry besides the date itself (`Published on`, `Updated`, time zones).
pub const DATE_LINE_WORDS: &[&str] = &[
    "am",
    "at",
    "bst",
    "cest",
    "cet",
    "edt",
    "est",
    "et",
    "first",
    "gmt",
    "hours",
    "hrs",
    "ist",
    "jst",
    "last",
    "local",
    "modified",
    "msk",
    "on",
    "pdt",
    "pm",
    "posted",
    "pst",
    "pt",
    "published",
    "time",
    "today",
    "updated",
    "utc",
    "yesterday",
];

/// Maps Cyrillic and Greek letters that look like Latin ones to the Latin letter, so `Сomment`
/// (with a Cyrillic `С`) is read as `Comment`. Scraped pages mix scripts this way surprisingly often.
pub fn fold_confusable(c: char) -> char {
    match c {
        'А' | 'Α' => 'A',
        'В' | 'Β' => 'B',
        'С' => 'C',
        'Е' | 'Ε' => 'E',
        'Н' | 'Η' => 'H',
        'І' | 'Ι' => 'I',
        'К' | 'Κ' => 'K',
        'М' | 'Μ' => 'M',
        'О' | 'Ο' => 'O',
        'Р' | 'Ρ' => 'P',
        'Т' | 'Τ' => 'T',
        'Х' | 'Χ' => 'X',
        'а' => 'a',
        'с' => 'c',
        'е' => 'e',
        'о' | 'ο' => 'o',
        'р' => 'p',
        'х' => 'x',
        'у' => 'y',
        'і' => 'i',
        _ => c,
    }
}

/// Bits of the mask [`lists_of`] returns: one per word list above.
pub mod list {
    /// [`super::FUNCTION_WORDS`].
    pub const FUNCTION: u16 = 1;
    /// [`super::UI_STRONG`].
    pub const UI_STRONG: u16 = 1 << 1;
    /// [`super::UI_WEAK`].
    pub const UI_WEAK: u16 = 1 << 2;
    /// [`super::COMMENT_WORDS`].
    pub const COMMENT: u16 = 1 << 3;
    /// [`super::COMMENT_CONTEXT`].
    pub const COMMENT_CONTEXT: u16 = 1 << 4;
    /// [`super::BYLINE_WORDS`].
    pub const BYLINE: u16 = 1 << 5;
    /// [`super::MONTHS`].
    pub const MONTH: u16 = 1 << 6;
    /// [`super::WEEKDAYS`].
    pub const WEEKDAY: u16 = 1 << 7;
    /// [`super::DATE_LINE_WORDS`].
    pub const DATE_LINE: u16 = 1 << 8;
}

/// Every list with its bit in the mask of [`lists_of`].
const LISTS: [(&[&str], u16); 9] = [
    (FUNCTION_WORDS, list::FUNCTION),
    (UI_STRONG, list::UI_STRONG),
    (UI_WEAK, list::UI_WEAK),
    (COMMENT_WORDS, list::COMMENT),
    (COMMENT_CONTEXT, list::COMMENT_CONTEXT),
    (BYLINE_WORDS, list::BYLINE),
    (MONTHS, list::MONTH),
    (WEEKDAYS, list::WEEKDAY),
    (DATE_LINE_WORDS, list::DATE_LINE),
];

/// Which lists `word` (lower-case) is in, as a mask of [`list`] bits (0: none). One lookup
/// answers for all nine lists; the line features compute it once per word, so the rules count list
/// members by testing bits instead of searching each list again.
///
/// The lookup is in [`WordTable`], an open-addressed table hashed on a word's length and three of
/// its bytes: the cleaner asks it for every word of every article, and a general string hash
/// (reading every byte) cost twice as many instructions. A slot holds a word only when the word
/// itself is in some list and is compared in full, so the answer is the map's answer
/// ([`lists_of_by_map`] in the tests).
#[inline]
pub fn lists_of(word: &str) -> u16 {
    static TABLE: LazyLock<WordTable> = LazyLock::new(WordTable::new);
    TABLE.get(word)
}

/// Every word of [`LISTS`] with its mask, in a power-of-two table at most one quarter full, found
/// by linear probing from [`WordTable::slot`].
struct WordTable {
    /// `(word, mask)` per slot; an empty word marks an empty slot (no list holds `""`).
    slots: Vec<(&'static str, u16)>,
    /// Length of the longest word: a longer one is in no list.
    longest: usize,
}

impl WordTable {
    /// log2 of the number of slots: 2,048 slots for a few hundred words, so most lookups of a
    /// word in no list end at an empty slot and most hits at their first slot.
    const BITS: u32 = 11;

    fn new() -> Self {
        let mut masks: Vec<(&'static str, u16)> = Vec::new();
        for (words, bit) in LISTS {
            for w in words {
                match masks.iter_mut().find(|(x, _)| x == w) {
                    Some((_, m)) => *m |= bit,
                    None => masks.push((w, bit)),
                }
            }
        }
        let mut slots = vec![("", 0u16); 1 << Self::BITS];
        assert!(
            masks.len() * 4 <= slots.len(),
            "word table over a quarter full"
        );
        for (w, m) in &masks {
            let mut i = Self::slot(w.as_bytes());
            while !slots[i].0.is_empty() {
                i = (i + 1) & (slots.len() - 1);
            }
            slots[i] = (w, *m);
        }
        let longest = masks.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
        Self { slots, longest }
    }

    /// The home slot of the non-empty word `b`: its length, first, middle and last byte mixed
    /// by a multiplicative hash.
    fn slot(b: &[u8]) -> usize {
        let n = b.len();
        let key = u32::from(b[0])
            | u32::from(b[n / 2]) << 8
            | u32::from(b[n - 1]) << 16
            | (n as u32) << 24;
        (key.wrapping_mul(0x9E37_79B1) >> (32 - Self::BITS)) as usize
    }

    /// The mask of `word` (0 when no list holds it).
    ///
    /// Inlined into the line features' loop over words, and a slot's word compared byte by byte
    /// (at most 14 bytes, after the lengths): a call per word and a `memcmp` per hit cost more
    /// than the lookup itself.
    #[inline]
    fn get(&self, word: &str) -> u16 {
        let b = word.as_bytes();
        if b.is_empty() || b.len() > self.longest {
            return 0;
        }
        let mut i = Self::slot(b);
        loop {
            let (w, m) = self.slots[i];
            if w.is_empty() {
                return 0;
            }
            if w.len() == b.len() && w.bytes().zip(b).all(|(x, y)| x == *y) {
                return m;
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }
}

/// True when `word` (lower-case) is in `list`. Every list here is sorted (a unit test checks),
/// so this is a binary search: the cleaner looks up every word of every line several times.
pub fn contains(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_unique_lower_case_for_binary_search() {
        for (name, list) in [
            ("FUNCTION_WORDS", FUNCTION_WORDS),
            ("UI_STRONG", UI_STRONG),
            ("UI_WEAK", UI_WEAK),
            ("COMMENT_WORDS", COMMENT_WORDS),
            ("COMMENT_CONTEXT", COMMENT_CONTEXT),
            ("BYLINE_WORDS", BYLINE_WORDS),
            ("MONTHS", MONTHS),
            ("WEEKDAYS", WEEKDAYS),
            ("DATE_LINE_WORDS", DATE_LINE_WORDS),
        ] {
            for pair in list.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} before {:?}",
                    pair[0],
                    pair[1]
                );
            }
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{name}: {w:?} is not lower case");
                assert!(contains(list, w), "{name}: {w:?} not found");
            }
        }
        assert!(!contains(MONTHS, "mayor"));
        for (words, bit) in LISTS {
            for w in words {
                assert_ne!(lists_of(w) & bit, 0, "{w:?} lacks its list bit");
            }
        }
        assert_eq!(lists_of("mayor"), 0);
        assert_eq!(lists_of("may"), list::FUNCTION | list::MONTH);
        assert!(LISTS.iter().all(|(words, _)| !words.contains(&"")));
    }

    /// [`lists_of`] as a hash map from every listed word to its mask: the reference for the table.
    fn lists_of_by_map(word: &str) -> u16 {
        static MASKS: LazyLock<rustc_hash::FxHashMap<&'static str, u16>> = LazyLock::new(|| {
            let mut map = rustc_hash::FxHashMap::default();
            for (words, bit) in LISTS {
                for w in words {
                    *map.entry(*w).or_insert(0) |= bit;
                }
            }
            map
        });
        MASKS.get(word).copied().unwrap_or(0)
    }

    #[test]
    fn table_answers_as_the_map_for_every_listed_word_and_its_neighbours() {
        for (words, _) in LISTS {
            for w in words {
                assert_eq!(lists_of(w), lists_of_by_map(w), "{w:?}");
                // Words one edit away share the table's hash inputs often: a prefix, a plural,
                // a changed first or last letter.
                let mut near = vec![format!("{w}s"), format!("x{w}"), w[1..].to_string()];
                near.push(w[..w.len() - 1].to_string());
                near.push(format!("{}z", &w[..w.len() - 1]));
                for n in near {
                    assert_eq!(lists_of(&n), lists_of_by_map(&n), "{n:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        /// Any word, listed or not, gets the map's mask from the table.
        #[test]
        fn table_answers_as_the_map(
            w in "(the|a|s|re|un|jan|may|mon|comment|share|by|[a-z]{1,3}|é|ж|'|-){0,6}",
        ) {
            proptest::prop_assert_eq!(lists_of(&w), lists_of_by_map(&w));
        }
    }
}
