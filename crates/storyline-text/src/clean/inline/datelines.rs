//! Wire datelines inside a paragraph: `washington ( ap ) — house lawmakers …`, `( cnn ) --
//! former nbc news anchor …`, `goshen, n.y. ( ap ) — a woman …` after a caption's credit. The
//! line rules find a dateline only in capitals at a line start (`WASHINGTON (AP) _`); Multi-News
//! is lower-cased and has no line breaks, and HTML scrapes write the place in title case
//! (`Washington (AP) — …`), so here the shape goes by the credit: a short name in parentheses
//! and a dash, with the place before it back to where a sentence or an earlier cut ends.
//!
//! The dateline goes as a block of its own (its outlet and its date are read from it as from a
//! line's dateline); the lead after it stays whole.

use super::super::BlockKind;
use super::{Cut, MONTHS, Para, tokens};
use crate::segment::{STATES, WordClass, classify};
use crate::span::offset_in;

/// Words of a place and a date a dateline runs for at most before its credit (`dubai, united
/// arab emirates ( ap ) —`, `ador, spain, july 16 ( upi ) --`, `washington &#124; washington (
/// reuters ) -`).
const PLACE_WORDS: usize = 6;

/// Words of a credit at most (`( ap )`, `( cbs sf )`, `( the canadian press )`).
const CREDIT_WORDS: usize = 3;

/// Credits that open a lead without a dash (`( cnn ) debris found …`, `( reuters ) an official
/// inquiry …`): the wire services and networks that print their datelines so. Any other name in
/// parentheses opening a sentence is as likely a caption's credit or a pointer (`( facebook )`,
/// `( l-r )`), so it needs the dash.
const DASHLESS_CREDITS: [&str; 9] = [
    "ap", "afp", "cnn", "reuters", "upi", "abc news", "cbs news", "nbc news", "fox news",
];

/// Words in parentheses before a dash that are no credit: a caption's pointers, a transcript's
/// stage directions.
const NOT_CREDITS: [&str; 18] = [
    "left", "right", "center", "centre", "pictured", "above", "below", "top", "bottom", "inset",
    "file", "photo", "video", "audio", "update", "updated", "laughter", "applause",
];

/// Words at least of the lead after a page headline and its dateline.
const LEAD_WORDS: usize = 6;

/// Verbs a lead does not open on (`By contrast, americans ' confidence ( reuters ) - has begun to
/// improve`): the words before such a credit are the sentence's subject, not a page headline.
const AUXILIARIES: [&str; 21] = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "should", "shall", "may", "might", "must",
];

/// Words that continue a clause, not open a lead: a dash before them is an aside.
const CLAUSE_CONTINUERS: [&str; 12] = [
    "who", "whom", "whose", "which", "and", "or", "but", "that", "is", "was", "said", "says",
];

/// The credit in the parentheses opening at `open`: the end of its `)` and the name. A credit is one to [`CREDIT_WORDS`] words of letters and digits (`cbs
/// sf`, `wusa9`, `wgn-tv`, `cbsla.com/ap`), not a pointer ([`NOT_CREDITS`]) nor a party (`( r-iowa )`, `( d )`).
fn credit_at(l: &str, open: usize) -> Option<(usize, String)> {
    let r = &l[open + 1..];
    let close = r.find(')').filter(|&c| c <= 40)?;
    let inner = &r[..close];
    if inner.contains('(') {
        return None;
    }
    // A station and a wire in one bracket, the slash spaced (`( fox 32 / ap )`): one credit
    // `fox 32/ap`, a station's channel number joined to the wire after it.
    let spaced;
    let inner = if inner.contains(" / ") {
        spaced = inner.replace(" / ", "/");
        if spaced
            .split(['/', ' '])
            .filter(|w| !w.is_empty())
            .any(crate::token::is_stopword)
        {
            return None;
        }
        spaced.as_str()
    } else {
        inner
    };
    let name = inner.split_whitespace().collect::<Vec<_>>();
    if name.is_empty() || name.len() > CREDIT_WORDS {
        return None;
    }
    let word_ok = |k: usize, w: &str| {
        // `( kpix 5 )`, `( cbs 8 )`, `( newschannel 3 )`: a broadcaster's channel number.
        if k > 0 && k + 1 == name.len() && channel(name[0], w) {
            return true;
        }
        // `( reuters life! )`: a wire's section.
        let w = if k + 1 == name.len() {
            w.strip_suffix('!').unwrap_or(w)
        } else {
            w
        };
        w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '&' | '/'))
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && (!crate::token::is_stopword(w) || (k == 0 && w == "the" && name.len() > 1))
    };
    if !name.iter().enumerate().all(|(k, w)| word_ok(k, w)) {
        return None;
    }
    let joined = name.join(" ");
    let party = |w: &str| {
        w.split_once('-')
            .is_some_and(|(p, _)| matches!(p, "r" | "d" | "i"))
    };
    if NOT_CREDITS.contains(&joined.as_str()) || party(name[0]) {
        return None;
    }
    Some((open + 1 + close + 1, joined))
}

/// Networks whose local stations credit a dateline with their channel number (`( cbs 8 )`).
const NETWORKS: [&str; 6] = ["abc", "cbs", "nbc", "fox", "cw", "newschannel"];

/// True when `number` (one or two digits) is the channel of the broadcaster `station`: a
/// network ([`NETWORKS`]) or a US call sign (`kpix`: `k` or `w` and three more letters). Other
/// words before a number (`( part 2 )`, `( game 7 )`) are no credit.
fn channel(station: &str, number: &str) -> bool {
    (1..=2).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && (NETWORKS.contains(&station)
            || (station.len() == 4
                && station.starts_with(['k', 'w'])
                && station.bytes().all(|b| b.is_ascii_lowercase())))
}

/// A wire's byline glued before its dated dateline (`… in third term by alexei anishchuk and
/// timothy heritage moscow, dec 19 ( reuters ) -`): the place is then one word, before the
/// comma that ends it and the month and day, and the names from `by` up to it are the byline.
/// Returns the byline's start and the place's, for a place starting at `start` before the
/// credit at `open`. The date before a credit marks a dateline, so no sentence's end need come
/// before the `by` (a page's headline is often glued before it).
fn byline_before(l: &str, start: usize, open: usize) -> Option<(usize, usize)> {
    let place: Vec<(usize, &str)> = tokens(l, start).take_while(|&(p, _)| p < open).collect();
    let n = place.len();
    if n < 4 {
        return None;
    }
    let (day, month, city) = (place[n - 1].1, place[n - 2].1, place[n - 3].1);
    let dated = (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && MONTHS.contains(&month.trim_end_matches('.'));
    if !dated || !city.ends_with(',') {
        return None;
    }
    // `by alexei anishchuk and timothy heritage`: the place's words stopped at `and`.
    for t in l[..start].split_whitespace().rev().take(4) {
        if t == "by" {
            return Some((offset_in(l, t), place[n - 3].0));
        }
        if t != "and" && !place_word(t) {
            return None;
        }
    }
    None
}

/// True when the credit `name` opens a lead without a dash: a wire service or network
/// ([`DASHLESS_CREDITS`]), or at the paragraph's start a US station's call sign (`( kutv ) a
/// vernal man …`, `( wmc-tv )`: `k` or `w` and two or three more letters, maybe `-tv` or a
/// channel number).
fn dashless(name: &str, opens_paragraph: bool) -> bool {
    if DASHLESS_CREDITS.contains(&name) {
        return true;
    }
    let letters = name
        .trim_end_matches("-tv")
        .trim_end_matches(|c: char| c.is_ascii_digit());
    opens_paragraph
        && name.starts_with(['k', 'w'])
        && (3..=4).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_lowercase())
}

/// The end of a dateline's dash opening `l[at..]` (after spaces): `--`, `—`, `–`, `-` or `_`
/// with a space after it.
fn dash_end(l: &str, at: usize) -> Option<usize> {
    let r = l[at..].trim_start();
    let d = ["--", "—", "–", "-", "_"]
        .into_iter()
        .find(|d| r.starts_with(d))?;
    let after = &r[d.len()..];
    after
        .starts_with(char::is_whitespace)
        .then(|| l.len() - after.len())
}

/// True when the lead after a dateline opens at `at`: three words or more, after a dash the
/// first not one that continues a clause (`( nyse ) - which …`: the dash opens an aside). A
/// wire credit without a dash opens the lead whatever its first word (`( cnn ) is imported air
/// the solution …?`).
fn lead_follows(l: &str, at: usize, dashed: bool) -> bool {
    let mut words = l[at..].split_whitespace();
    words
        .next()
        .is_some_and(|w| !dashed || !CLAUSE_CONTINUERS.contains(&w.trim_end_matches(',')))
        && words.take(2).count() == 2
}

/// True for a word of a dateline's place or date: letters (with `.`, `,`, `'`, `-`, `/` as in
/// `n.y.,`, `jerusalem/warsaw`), no function word; a month or a day or year number; or a
/// pipe between a section label and the place (`washington &#124; washington`).
fn place_word(t: &str) -> bool {
    let w = t.trim_end_matches([',', '.']);
    if w.is_empty() {
        return false;
    }
    if MONTHS.contains(&w) || (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())) {
        return true;
    }
    w.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | '/'))
        && w.chars().next().is_some_and(char::is_alphabetic)
        && !crate::token::is_stopword(w)
}

/// True for the pipe of a page's section label before its dateline.
fn pipe(t: &str) -> bool {
    t == "|" || t == "&#124;"
}

/// True when a sentence, a bracket or a quotation ends right before `at`, or the paragraph
/// starts there, or an earlier cut ends there.
fn boundary(l: &str, at: usize, cuts: &[Cut]) -> bool {
    let before = l[..at].trim_end();
    before.is_empty()
        || before.ends_with(['.', '?', '!', ')', ']', '"', '”', '»', ':'])
        || after_cut(l, at, cuts)
}

/// True when an earlier cut ends right before `at` (spaces between).
fn after_cut(l: &str, at: usize, cuts: &[Cut]) -> bool {
    cuts.iter()
        .any(|c| c.1 <= at && l[c.1..at].trim().is_empty())
}

/// Start of the place before a credit at `open`: back over [`place_word`]s (at most
/// [`PLACE_WORDS`]) to the first that ends a sentence (`… ( associated press ) st. petersburg,
/// fla. ( ap ) —`: `st.` is an abbreviation, `press )` ends the caption). `open` itself when no
/// place comes before.
fn place_start(l: &str, open: usize) -> usize {
    let mut start = open;
    for (words, t) in l[..open].split_whitespace().rev().enumerate() {
        let at = offset_in(l, t);
        let ends_sentence = start != open
            && t.ends_with('.')
            && !MONTHS.contains(&t.trim_end_matches('.'))
            && matches!(
                classify(t.trim_end_matches('.'), true),
                WordClass::Plain | WordClass::Final
            );
        if words == PLACE_WORDS || ends_sentence || !(place_word(t) || (start != open && pipe(t))) {
            break;
        }
        start = at;
    }
    // `the hague`, `the bronx`: an article opens the place when a sentence ends before it.
    if start < open
        && let Some(t) = l[..start].split_whitespace().next_back()
        && t == "the"
    {
        let at = offset_in(l, t);
        let before = l[..at].trim_end();
        if before.is_empty() || before.ends_with(['.', '?', '!', ')', '"']) {
            start = at;
        }
    }
    // A pipe opens no place.
    while let Some((_, t)) = tokens(l, start).next().filter(|(_, t)| pipe(t)) {
        start += t.len();
        start += l[start..].len() - l[start..].trim_start().len();
    }
    start
}

/// `follow @handle` (or the `@handle` alone) right before `at`, the rest of a byline whose names
/// an earlier cut took (`by daniel burke, belief blog | co-editor follow @burkecnn | ( cnn ) -`):
/// the start of what is left of it, back to that cut's end within three words.
fn handle_before(l: &str, at: usize, cuts: &[Cut]) -> Option<usize> {
    let mut toks = l[..at].split_whitespace().rev();
    let handle = toks.next()?;
    if !handle.starts_with('@') || handle.len() < 3 {
        return None;
    }
    let mut start = offset_in(l, handle);
    for t in toks.take(3) {
        let t_at = offset_in(l, t);
        if boundary(l, start, cuts) {
            return Some(start);
        }
        start = t_at;
    }
    boundary(l, start, cuts).then_some(start)
}

/// Letters at most of a credit's first word after a glued headline (`( cn )`, `( wkrc/… )`,
/// `( cnnmoney )`): a station or service's one-word name; a longer word in brackets is more often
/// the sentence's own (`( ungoogleable )`).
const GLUED_CREDIT_LETTERS: usize = 8;

/// Words at most of a page headline glued before a dateline without a sentence's end between.
const HEADLINE_WORDS: usize = 25;

/// The reason of a page headline glued before a dateline.
pub(crate) const HEADLINE: &str =
    "page headline glued before its dateline (Headline tampa, fla. --)";

/// The reason of a dateline cut out of a paragraph.
pub(crate) const REASON: &str = "dateline glued before the lead (washington ( ap ) —, ( cnn ) --)";

/// The credit of a dateline block this module cut (`ap` in `washington ( ap ) —`): its byte
/// range in the block.
pub(crate) fn credit(block: &str) -> Option<(usize, usize)> {
    let open = block.rfind('(')?;
    let close = open + block[open..].find(')')?;
    let inner = &block[open + 1..close];
    let start = open + 1 + (inner.len() - inner.trim_start().len());
    let name = inner.trim();
    (!name.is_empty()).then_some((start, start + name.len()))
}

/// The end of a dash opening the paragraph before its lead (`-- two bodies found along a
/// northern indiana stream …`, `— the f.b.i. agent who …`): a dateline whose place and credit the
/// dataset or the scraper dropped. The dash and the space after it go; the lead, opening on a
/// letter or a digit, stays.
fn bare_dash(l: &str) -> Option<usize> {
    let t = l.trim_start();
    let at = l.len() - t.len();
    let dash = ["---", "--", "—", "–", "-"].into_iter().find(|d| {
        t.strip_prefix(d).is_some_and(|r| {
            r.starts_with(' ') && r.trim_start().starts_with(char::is_alphanumeric)
        })
    })?;
    let rest = &t[dash.len()..];
    Some(at + dash.len() + (rest.len() - rest.trim_start().len()))
}

/// Words a dateline without a credit may have before its dash (`pasadena, calif. --`).
const CREDITLESS_WORDS: usize = 4;

/// Function words a lead opens on after a bare place and its dash (`houston - for decades, …`,
/// `cairo — as a new era dawned …`, `newark — more than 1,000 students …`): prepositions and
/// subordinators of a fronted adverbial and the quantifiers of a subject. Pronouns are left out
/// (`translation -- her monthly net gain …`, `mix slowly — you ' ll find …`). Sorted for a
/// binary search.
const LEAD_OPENERS: [&str; 22] = [
    "after", "amid", "as", "at", "before", "by", "despite", "during", "for", "from", "if", "in",
    "more", "most", "no", "on", "since", "under", "until", "when", "while", "with",
];

/// Words after a dash within which a second dash makes the first an aside (`Kim — along with
/// her sisters — flew …`).
const DASH_PAIR_WORDS: usize = 20;

/// True when `w` lower-cased is one of [`STATES`].
pub(super) fn is_state(w: &str) -> bool {
    holds_lowercased(&STATES, w)
}

/// True when `w` lower-cased is one of `sorted` (lower-case words, sorted). An ASCII word is
/// compared byte by byte ignoring ASCII case, which is what its `to_lowercase` gives, in a
/// binary search and without a `String` of its own (the cleaner asks this of the word before
/// every dash); any other goes through `to_lowercase` (the Kelvin sign lower-cases to `k`).
fn holds_lowercased(sorted: &[&str], w: &str) -> bool {
    if w.is_ascii() {
        let lower = || w.bytes().map(|b| b.to_ascii_lowercase());
        sorted.binary_search_by(|s| s.bytes().cmp(lower())).is_ok()
    } else {
        sorted.binary_search(&w.to_lowercase().as_str()).is_ok()
    }
}

/// True for a dash standing as a word.
pub(super) fn is_dash(w: &str) -> bool {
    matches!(w, "--" | "---" | "—" | "–" | "-")
}

/// Countries and territories a dateline names after its city (`kabul, afghanistan —`, `seoul,
/// south korea —`): the member states of the United Nations by their short English names (and
/// the older names `burma`, `macedonia`, `swaziland` news still writes), the four nations of the
/// United Kingdom, and the territories wires date from (`hong kong`, `puerto rico`, `gaza`,
/// `west bank`, `greenland`, `kosovo`, `taiwan`). Lower-case and sorted, for a binary search.
/// `georgia` is a state of [`STATES`] already.
const COUNTRIES: [&str; 202] = [
    "afghanistan",
    "albania",
    "algeria",
    "andorra",
    "angola",
    "antigua and barbuda",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bahamas",
    "bahrain",
    "bangladesh",
    "barbados",
    "belarus",
    "belgium",
    "belize",
    "benin",
    "bhutan",
    "bolivia",
    "bosnia",
    "bosnia and herzegovina",
    "botswana",
    "brazil",
    "brunei",
    "bulgaria",
    "burkina faso",
    "burma",
    "burundi",
    "cambodia",
    "cameroon",
    "canada",
    "cape verde",
    "central african republic",
    "chad",
    "chile",
    "china",
    "colombia",
    "comoros",
    "congo",
    "costa rica",
    "croatia",
    "cuba",
    "cyprus",
    "czech republic",
    "denmark",
    "djibouti",
    "dominica",
    "dominican republic",
    "east timor",
    "ecuador",
    "egypt",
    "el salvador",
    "england",
    "equatorial guinea",
    "eritrea",
    "estonia",
    "eswatini",
    "ethiopia",
    "fiji",
    "finland",
    "france",
    "gabon",
    "gambia",
    "gaza",
    "gaza strip",
    "germany",
    "ghana",
    "greece",
    "greenland",
    "grenada",
    "guatemala",
    "guinea",
    "guinea-bissau",
    "guyana",
    "haiti",
    "honduras",
    "hong kong",
    "hungary",
    "iceland",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "ivory coast",
    "jamaica",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "kiribati",
    "kosovo",
    "kuwait",
    "kyrgyzstan",
    "laos",
    "latvia",
    "lebanon",
    "lesotho",
    "liberia",
    "libya",
    "liechtenstein",
    "lithuania",
    "luxembourg",
    "macedonia",
    "madagascar",
    "malawi",
    "malaysia",
    "maldives",
    "mali",
    "malta",
    "mauritania",
    "mauritius",
    "mexico",
    "micronesia",
    "moldova",
    "monaco",
    "mongolia",
    "montenegro",
    "morocco",
    "mozambique",
    "myanmar",
    "namibia",
    "nauru",
    "nepal",
    "netherlands",
    "new zealand",
    "nicaragua",
    "niger",
    "nigeria",
    "north korea",
    "north macedonia",
    "northern ireland",
    "norway",
    "oman",
    "pakistan",
    "palau",
    "panama",
    "papua new guinea",
    "paraguay",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "puerto rico",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "saint lucia",
    "samoa",
    "san marino",
    "saudi arabia",
    "scotland",
    "senegal",
    "serbia",
    "seychelles",
    "sierra leone",
    "singapore",
    "slovakia",
    "slovenia",
    "solomon islands",
    "somalia",
    "south africa",
    "south korea",
    "south sudan",
    "spain",
    "sri lanka",
    "sudan",
    "suriname",
    "swaziland",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tajikistan",
    "tanzania",
    "thailand",
    "togo",
    "tonga",
    "trinidad and tobago",
    "tunisia",
    "turkey",
    "turkmenistan",
    "tuvalu",
    "uganda",
    "ukraine",
    "united arab emirates",
    "united kingdom",
    "uruguay",
    "uzbekistan",
    "vanuatu",
    "venezuela",
    "vietnam",
    "wales",
    "west bank",
    "yemen",
    "zambia",
    "zimbabwe",
];

/// The last words of the [`COUNTRIES`] of several words that are no country alone (`korea`,
/// `africa`), sorted: with a binary search of `COUNTRIES`, the cheap test of the word before each
/// dash.
const COUNTRY_TAILS: [&str; 25] = [
    "africa",
    "arabia",
    "bank",
    "barbuda",
    "coast",
    "emirates",
    "faso",
    "herzegovina",
    "islands",
    "kingdom",
    "kong",
    "korea",
    "lanka",
    "leone",
    "lucia",
    "marino",
    "republic",
    "rica",
    "rico",
    "salvador",
    "strip",
    "timor",
    "tobago",
    "verde",
    "zealand",
];

/// Words of a country's name at most (`papua new guinea`).
const COUNTRY_WORDS: usize = 3;

/// The US Postal Service's two-letter state codes that are no English word (`princeton, nj
/// --`, `norton shores, mi –`, `washington, dc –`), sorted.
const POSTAL_CODES: [&str; 36] = [
    "ak", "ar", "az", "ca", "ct", "dc", "fl", "ga", "ia", "il", "ks", "ky", "md", "mi", "mn", "ms",
    "mt", "nc", "nd", "nh", "nj", "nm", "nv", "ny", "ri", "sc", "sd", "tn", "tx", "ut", "va", "vt",
    "wa", "wi", "wv", "wy",
];

/// The postal codes that are also words (`in`, `or`, `me`, `oh`, `la`, `hi`, `ok`…): a state only
/// in a dateline opening the paragraph (`bend, or -- two men were …`), never inside one (`evil,
/// uncool, or — best of all — doomed`). Sorted.
const POSTAL_WORDS: [&str; 15] = [
    "al", "co", "de", "hi", "id", "in", "la", "ma", "me", "mo", "ne", "oh", "ok", "or", "pa",
];

/// True when `w` is a two-letter postal code ([`POSTAL_CODES`]; with `words`, [`POSTAL_WORDS`]
/// too), in either case (`NJ`, `nj`).
fn postal(w: &str, words: bool) -> bool {
    // Asked of the word before every dash: two bytes lower-cased on the stack, no allocation.
    let &[a, b] = w.as_bytes() else {
        return false;
    };
    let lower = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
    let Ok(code) = std::str::from_utf8(&lower) else {
        return false;
    };
    POSTAL_CODES.binary_search(&code).is_ok()
        || (words && POSTAL_WORDS.binary_search(&code).is_ok())
}

/// True when `words` lower-cased and joined by spaces name a country ([`COUNTRIES`]).
fn is_country(words: &[(usize, &str)]) -> bool {
    let name = words
        .iter()
        .map(|(_, w)| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    COUNTRIES.binary_search(&name.as_str()).is_ok()
}

/// True when `w` may end a dateline's region: a state, a postal code that is no word, or a
/// country's last word (`korea`); the test before each dash that spares most dashes the split
/// into words.
fn ends_region(w: &str) -> bool {
    w.len() <= 40
        && (is_state(w)
            || postal(w, false)
            || holds_lowercased(&COUNTRIES, w)
            || holds_lowercased(&COUNTRY_TAILS, w))
}

/// The region of a `city, region` ending at `words[d - 1]`, right before a dash or a credit at
/// `d`: a US dateline's shape (`commerce, mich. —`, `princeton, nj --`) or a foreign one's
/// (`seoul, south korea —`), which no aside has. Returns the region's words and whether it is a
/// country (whose lead a dash pair still makes an aside: `ms. park, south korea — while still a
/// close ally … — has`). The postal codes that are words count only with `word_codes`.
fn region(words: &[(usize, &str)], d: usize, word_codes: bool) -> Option<(usize, bool)> {
    let city = |n: usize| {
        d.checked_sub(n + 1)
            .is_some_and(|c| words[c].1.ends_with(',') && place_word(&words[c].1.to_lowercase()))
    };
    let last = words[..d].last()?.1;
    if (is_state(last) || postal(last, word_codes)) && city(1) {
        return Some((1, false));
    }
    (1..=COUNTRY_WORDS.min(d))
        .find(|&n| city(n) && is_country(&words[d - n..d]))
        .map(|n| (n, true))
}

/// True when `lead` (the words after a dateline's dash) reads as a lead: six words or more,
/// opening on a letter or digit, not on a word that continues a clause, and unless the dateline
/// is a `city, state` (`commerce, mich. — in a speech …`) on `a`/`an`/`the` or a word that is no
/// function word.
fn lead_words(lead: &[(usize, &str)], state: bool) -> bool {
    let Some((_, first)) = lead.first() else {
        return false;
    };
    let first = first.to_lowercase();
    lead.len() >= 6
        && first.starts_with(char::is_alphanumeric)
        && !CLAUSE_CONTINUERS.contains(&first.trim_end_matches(','))
        && (state
            || matches!(first.as_str(), "a" | "an" | "the")
            || !crate::token::is_stopword(&first))
}

/// Prepositions before a `city, state —` that put it inside a sentence (`he grew up in
/// bloomfield hills, mich. — the wealthy suburb …`).
const PLACE_PREPOSITIONS: [&str; 10] = [
    "in", "at", "of", "from", "near", "to", "outside", "into", "for", "on",
];

/// Words of a dateline's city at most before its state (`salt lake city, utah —`).
const CITY_WORDS: usize = 3;

/// Last words of a two-word city (`gwinnett county`, `cedar rapids`) and first words of one
/// (`des moines`, `sioux city`): where nothing shows where a dateline's city starts, these take
/// the word before the city's last one with it.
const CITY_TAILS: [&str; 14] = [
    "county", "city", "beach", "springs", "falls", "park", "heights", "hills", "rapids", "lakes",
    "island", "valley", "moines", "vegas",
];
const CITY_HEADS: [&str; 22] = [
    "des", "sioux", "cedar", "fort", "ft.", "st.", "san", "santa", "los", "las", "el", "new",
    "north", "south", "east", "west", "lake", "palm", "grand", "salt", "port", "baton",
];

/// True when a sentence truly ends before the dash at `at`: a `.` after a word that is no
/// abbreviation (`… at 2: 46 p.m. — the precise time` and `… of 3415 neptune ave. — a coney
/// island high-rise` go on), a `?` or `!`. Not a closing quote: a dash after a quote signs it
/// (`… at the head of the table. ' - donald j. trump.`).
pub(super) fn sentence_ends_before(l: &str, at: usize) -> bool {
    let before = l[..at].trim_end();
    if before.ends_with(['?', '!']) {
        return true;
    }
    let Some(word) = before.strip_suffix('.') else {
        return false;
    };
    let word = word.rsplit(char::is_whitespace).next().unwrap_or("");
    matches!(classify(word, true), WordClass::Plain | WordClass::Final)
}

/// True when the words after a dash sign a quote or a post rather than open a lead: a name and a
/// comma or an `( @handle )` (`— herman cain, washington post-bloomberg debate`, `— bill maher (
/// @billmaher )`).
fn signature(lead: &[(usize, &str)]) -> bool {
    lead.iter().take(3).skip(1).any(|(_, w)| w.ends_with(','))
        || lead.iter().take(5).skip(2).any(|(_, w)| w.starts_with('('))
        || lead.iter().take(8).any(|(_, w)| w.contains(['"', '“']))
}

/// True when a bracket opened within the 100 bytes before `at` is still open there (`( "finally!
/// " - someone, i'm sure )`).
fn in_brackets(l: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(100);
    while !l.is_char_boundary(from) {
        from += 1;
    }
    l[from..at]
        .rfind('(')
        .is_some_and(|open| !l[from + open..at].contains(')'))
}

/// The dashes standing as words in `l` that come right after a state's name, a sentence's end
/// or an earlier cut, by their byte offsets in order: the only dashes [`inner`] cuts at (`city,
/// state —`, `… constituency. – facing …`). Most paragraphs with a dash hold none (an aside's
/// `—`, a range's ` - `), and this scan, which finds each dash with `str::find` (a `memchr`),
/// spares them the split into words. `—` and `–` are cues of the paragraph's scan, so a
/// paragraph is searched only for those it holds (each search reads the paragraph to its end
/// when the dash is not there).
fn dashes_worth_a_look(para: &Para<'_>, cuts: &[Cut]) -> Vec<usize> {
    let l: &str = para;
    let space = |c: char| c.is_ascii_whitespace();
    let held = [true, super::holds!(para, "—"), super::holds!(para, "–")];
    let mut dashes = Vec::new();
    for (dash, held) in ['-', '—', '–'].into_iter().zip(held) {
        if !held {
            continue;
        }
        let mut from = 0;
        // A hyphen is common (`well-known`): `memchr` finds it by a SIMD scan, the same bytes a
        // char search finds (an ASCII byte never occurs inside a multi-byte character).
        let next = |from: usize| match dash {
            '-' => memchr::memchr(b'-', &l.as_bytes()[from..]),
            _ => l[from..].find(dash),
        };
        while let Some(p) = next(from) {
            let at = from + p;
            from = at + dash.len_utf8();
            // A word opens here (`--` is found at its first `-`) and is a dash as a whole.
            if !l[..at].ends_with(space) {
                continue;
            }
            let end = l[at..].find(space).map_or(l.len(), |e| at + e);
            if !is_dash(&l[at..end]) {
                continue;
            }
            // The word before the dash, as `tokens` splits the paragraph; none: the first word.
            let Some(before) = l[..at].trim_end_matches(space).rsplit(space).next() else {
                continue;
            };
            if before.is_empty() {
                continue;
            }
            if ends_region(before) || sentence_ends_before(l, at) || after_cut(l, at, cuts) {
                dashes.push(at);
            }
        }
    }
    // Each kind of dash was found in order; a word is one kind, so none is found twice.
    dashes.sort_unstable();
    dashes
}

/// Words of a time stamp at most (`november 13, 2014 at 11: 27pm`, `friday, sept. 19, 2014 1:
/// 37 pm edt`).
const STAMP_WORDS: usize = 9;

/// Where a time stamp ending `words` starts: a month (a weekday before it) and a day number, then
/// only numbers, `at`, and clock words to the end; `None` when the words end otherwise.
fn stamp_start(words: &[(usize, &str)]) -> Option<usize> {
    let from = words.len().saturating_sub(STAMP_WORDS);
    let m = (from..words.len()).find(|&m| {
        month(words[m].1)
            && words
                .get(m + 1)
                .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()))
            && words[m + 1..].iter().all(|(_, w)| {
                let w = w.to_lowercase();
                w.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        w.trim_end_matches([',', '.']),
                        "at" | "am" | "pm" | "a.m" | "p.m" | "|" | "&#124;"
                    )
                    || crate::time::is_time_zone(w.trim_end_matches([',', '.']))
            })
    })?;
    let weekday = m > 0
        && matches!(
            words[m - 1].1.to_lowercase().trim_end_matches(','),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        );
    Some(m - usize::from(weekday))
}

/// Words before a dash that [`inner`]'s rules read at most: a region's ([`COUNTRY_WORDS`]), its
/// city's ([`CITY_WORDS`]) and a headline's glued before them ([`HEADLINE_WORDS`], the word
/// before the city among them), or a lone dash's pair's ([`DASH_PAIR_WORDS`]). After the dash
/// they read [`DASH_PAIR_WORDS`] at most (a lead's six, a signature's eight, a pair's).
const DASH_BACK_WORDS: usize = {
    let region = COUNTRY_WORDS + CITY_WORDS + HEADLINE_WORDS;
    if region > DASH_PAIR_WORDS {
        region
    } else {
        DASH_PAIR_WORDS
    }
};

/// Words from the paragraph's start within which a `city, state —` without a sentence's end
/// before it is still taken as the dateline (after a glued headline or label: `Hope solo records
/// 71st shutout tampa, fla. --`).
const EARLY_WORDS: usize = 40;

/// Datelines and dashes that open a sentence inside the paragraph, after a sentence's end or an
/// earlier cut, where a dropped caption, headline or label left them (`( photo: ap images )
/// homestead, fla. — hurricane irma …`, `this story has been updated. Kenner, la. -- louisiana
/// gov. …`):
///
/// - a `city, region` ([`region`]: a state, a postal code, a country) before a dash, with one to
///   [`CITY_WORDS`] words of the city,
///   back to where a sentence or a cut ends; in the paragraph's first [`EARLY_WORDS`] words
///   without such an end, the city's last word only, or its last two ([`CITY_HEADS`],
///   [`CITY_TAILS`]), but not after a preposition (`in kansas city, mo. —` is prose); the words
///   before it back to where a sentence or a cut ends, at most [`HEADLINE_WORDS`], are the
///   page's headline or a label glued before the dateline and go too (`Hope solo records 71st
///   shutout`, `Taliban execute pregnant woman in afghanistan herat, afghanistan —`); a
///   country's dash not when a second dash follows within [`DASH_PAIR_WORDS`] words (an aside);
/// - a dash alone right after a sentence's end ([`sentence_ends_before`]) or a cut (`…
///   constituency. – facing a barrage …`): a dateline whose place the dataset dropped, or a
///   list's bullet (`… this morning. - importing a class a drug, namely cocaine. - possession
///   …`), unless it signs a quote ([`signature`]) or a dash inside a sentence stands within
///   [`DASH_PAIR_WORDS`] words before or after it (`gunsmoke — homer simpson outduels matt
///   dillon! — as the …`: the pair marks an aside).
///
/// The lead after the dash must read as one ([`lead_words`]).
fn inner(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    if !(super::holds!(l, " -") || super::holds!(l, "—") || super::holds!(l, "–")) {
        return;
    }
    let dashes = dashes_worth_a_look(l, cuts);
    if dashes.is_empty() {
        return;
    }
    let opens_sentence = |at: usize| super::sentence_start(l, at) || after_cut(l, at, cuts);
    let mut found = Vec::new();
    let mut words = Vec::new();
    for at in dashes {
        // The words around the dash its rules read ([`DASH_BACK_WORDS`] before it,
        // [`DASH_PAIR_WORDS`] after), as `tokens` splits the paragraph: `words[d]` is the dash.
        let (mut from, mut d) = (at, 0);
        for t in l[..at]
            .rsplit(|c: char| c.is_ascii_whitespace())
            .filter(|t| !t.is_empty())
            .take(DASH_BACK_WORDS)
        {
            (from, d) = (offset_in(l, t), d + 1);
        }
        words.clear();
        words.extend(tokens(l, from).take(d + 1 + DASH_PAIR_WORDS));
        debug_assert!(words[d].0 == at && is_dash(words[d].1));
        // True when fewer than [`EARLY_WORDS`] words of the paragraph come before `words[k]`.
        let early = |k: usize| {
            k < EARLY_WORDS
                && tokens(l, 0)
                    .take_while(|&(p, _)| p < from)
                    .take(EARLY_WORDS - k)
                    .count()
                    < EARLY_WORDS - k
        };
        let region = region(&words, d, false);
        let state = region.is_some();
        if !lead_words(&words[d + 1..], state) || cuts.iter().any(|c| c.0 <= at && at < c.1) {
            continue;
        }
        let end = words[d + 1].0;
        let paired = |ws: &[(usize, &str)]| {
            ws.iter()
                .any(|&(a, t)| is_dash(t) && a != at && !opens_sentence(a))
        };
        let to = (d + 1 + DASH_PAIR_WORDS).min(words.len());
        if let Some((n, country)) = region {
            // A country's dash with a second soon after is an aside (`ms. park, south korea —
            // while still a close ally of washington — has …`).
            if country && paired(&words[d + 1..to]) {
                continue;
            }
            let city = d - 1 - n;
            let (mut start, mut first) = (None, city);
            for k in (city.saturating_sub(CITY_WORDS - 1)..=city).rev() {
                // A city's words are words, not a clock's or a date's numbers (`updated as of
                // 07/02/2011 11: 43 pm manila, philippines -`).
                let w = words[k].1;
                if k < city
                    && (!place_word(&w.to_lowercase()) || !w.starts_with(char::is_alphabetic))
                {
                    break;
                }
                first = k;
                // `st. petersburg, florida`: the head's `.` ends no sentence.
                let head_before = k > 0 && CITY_HEADS.contains(&words[k - 1].1);
                if !head_before && (boundary(l, words[k].0, cuts) || opens_sentence(words[k].0)) {
                    start = Some(k);
                }
            }
            let start = start.or_else(|| {
                let before = first.checked_sub(1).map(|k| words[k].1.to_lowercase());
                let two = first < city && {
                    let (head, tail) = (words[city - 1].1, words[city].1.trim_end_matches(','));
                    CITY_HEADS.contains(&head) || CITY_TAILS.contains(&tail)
                };
                // `salt lake city`: a head before the two words takes the third.
                let three = two && first + 2 <= city && CITY_HEADS.contains(&words[city - 2].1);
                let k = city - usize::from(two) - usize::from(three);
                // `… woman in afghanistan herat, afghanistan —`: a preposition before a region's
                // name, outside the city, ends a phrase of the headline, not the city's.
                let phrase =
                    first < k && (is_state(words[first].1) || is_country(&words[first..=first]));
                (early(city)
                    && (phrase
                        || !before.is_some_and(|b| PLACE_PREPOSITIONS.contains(&b.as_str()))))
                .then_some(k)
            });
            if let Some(k) = start {
                // Without a sentence's end before the city, the words back to where one ends are
                // the page's headline or a label glued before the dateline (`Hope solo records
                // 71st shutout tampa, fla. --`).
                // The headline starts where a sentence, a bracket or a cut ends, not at a colon
                // or a quote inside it (`' a lot of heart: ' here's what we know about …`).
                let head_start =
                    |p: usize| opens_sentence(p) || l[..p].trim_end().ends_with([')', ']']);
                let mut place = k;
                if !boundary(l, words[k].0, cuts)
                    && !opens_sentence(words[k].0)
                    && let Some(h) = (k.saturating_sub(HEADLINE_WORDS)..k)
                        .rev()
                        .find(|&h| head_start(words[h].0))
                {
                    // `… mornings. By ali vitali beirut, lebanon —`: words opening on `by` before
                    // a country or a postal code are a byline, which the late byline pass cuts
                    // as one before the datelines run again.
                    if (country || !is_state(words[d - 1].1))
                        && words[h].1.eq_ignore_ascii_case("by")
                    {
                        continue;
                    }
                    // A time stamp ending the headline (`By sunshine wiles in news &#124; november
                    // 13, 2014 at 11: 27pm morgantown, w.va. —`) goes with the dateline, whose
                    // date is read as the page's: in the headline it would be lost.
                    if let Some(m) = stamp_start(&words[h..k]) {
                        place = h + m;
                    }
                    if place > h {
                        let head_end = l[..words[place].0].trim_end().len();
                        found.push((words[h].0, head_end, BlockKind::Headline, HEADLINE));
                    }
                }
                found.push((words[place].0, end, BlockKind::Dateline, REASON));
            }
            continue;
        }
        let from = d.saturating_sub(DASH_PAIR_WORDS);
        if (after_cut(l, at, cuts) || sentence_ends_before(l, at))
            && !signature(&words[d + 1..])
            && !in_brackets(l, at)
            && !paired(&words[from..d])
            && !paired(&words[d + 1..to])
        {
            found.push((at, end, BlockKind::Dateline, REASON));
        }
    }
    cuts.extend(found);
}

/// The end of a dateline without a credit opening the paragraph (`pasadena, calif. -- a sequence
/// of radar images …`, `washington — the house …`): up to [`CREDITLESS_WORDS`] words of a place
/// (letters, `.`, `,`, `'`, `-`; no function word) before a lone dash, six words or more of the
/// lead after it opening on `a`/`an`/`the` or a word that is no function word, and no second dash
/// soon after (a pair of dashes is an aside).
fn creditless(l: &str) -> Option<usize> {
    // Most paragraphs have no dash among their first words: they need no word list.
    if !l
        .split_whitespace()
        .take(CREDITLESS_WORDS + 1)
        .skip(1)
        .any(is_dash)
    {
        return None;
    }
    let words: Vec<(usize, &str)> = l
        .split_whitespace()
        .map(|w| (offset_in(l, w), w))
        .take(CREDITLESS_WORDS + 2 + DASH_PAIR_WORDS)
        .collect();
    let d = words
        .iter()
        .take(CREDITLESS_WORDS + 1)
        .position(|(_, w)| is_dash(w))
        .filter(|&d| d > 0)?;
    // A region's words are known (`bend, or --`, `port of spain, trinidad and tobago —`); the
    // city's must look like a place.
    let region = region(&words, d, true);
    let city = d - region.map_or(0, |r| r.0);
    let place_ok = words[..city].iter().all(|(_, w)| {
        let bare = w.trim_end_matches([',', '.']).to_lowercase();
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | ',' | '\'' | '’' | '-'))
            && !crate::token::is_stopword(&bare)
            && !bare.ends_with("'s")
            && !bare.ends_with("’s")
            && !matches!(
                bare.as_str(),
                "though" | "although" | "while" | "when" | "mr" | "mrs" | "ms" | "dr"
            )
    });
    let lead = &words[d + 1..];
    let state = region.is_some_and(|(_, country)| !country);
    // `tallahassee, florida —`, `beirut, lebanon —`: a city and its state or country, one comma
    // between, read as a dateline whatever word its lead opens on (`all eyes were …`, `more than
    // 90 people …`).
    let commas = words[..d].iter().filter(|(_, w)| w.ends_with(',')).count();
    let comma_place = commas == 1 && d >= 2 && !words[d - 1].1.ends_with(',');
    let first = lead.first()?.1.to_lowercase();
    // `london — a 31-year-old romanian architect who …`, `washington — it was hillary rodham
    // clinton's first meeting …`: a city AP prints alone is a dateline whatever its lead opens on.
    let standalone = region.is_none()
        && d <= STANDALONE_CITY_WORDS
        && STANDALONE_CITIES
            .binary_search(&&l[words[0].0..words[d - 1].0 + words[d - 1].1.len()])
            .is_ok();
    // The dashes of the lead's first sentence (within [`DASH_PAIR_WORDS`] words): a dash after
    // its end belongs to the next sentence (`san jose -- the baby was due in the next two months.
    // The young couple -- each of them … --`), not to an aside opened at the place.
    let sentence = first_sentence(lead, DASH_PAIR_WORDS);
    let dashes = sentence.iter().filter(|(_, w)| is_dash(w)).count();
    // `Jonathon Keats — a San Francisco-based philosopher who …`: a name and its apposition; not
    // after a region (`doha, qatar - a dutch woman who alleged …`) or such a city. One word
    // before the dash is a name's apposition only when a second dash closes it (`miranda – a
    // brazilian national who lives with greenwald in rio – was held …`); without one it is a
    // dateline and its lead (`Orlando -- a man who says he was … is speaking out`).
    let apposition = region.is_none()
        && !standalone
        && matches!(first.as_str(), "a" | "an")
        && (d > 1 || dashes > 0)
        && lead
            .iter()
            .take(10)
            .any(|(_, w)| matches!(*w, "who" | "whose" | "which"));
    // `watertown — in a spasm of violence …`, `washington — no one in the government …`: a lead
    // opening on a fronted adverbial is a lead after a bare place too; not after a caption's
    // pointer (`File - in this sept. 10, 2015 file photo, …`).
    let opener = LEAD_OPENERS.binary_search(&first.as_str()).is_ok()
        && !words[..d].iter().any(|(_, w)| {
            NOT_CREDITS.contains(&w.trim_end_matches([',', '.']).to_lowercase().as_str())
        });
    // After a city AP prints alone the lead may open on a quotation or a zero-width space
    // (`new york — "can you hear me now " was associated with …`, `houston - \u{200b}two people
    // are dead …`): its first word is read without them.
    let mut opened = Vec::new();
    let read = if standalone {
        opened.extend_from_slice(lead);
        opened[0].1 = opened[0]
            .1
            .trim_start_matches(['"', '“', '\'', '‘', '\u{200b}']);
        &opened
    } else {
        lead
    };
    // A `city, state —` is a dateline even with a dash pair in its lead (`commerce, mich. — in
    // a speech … in the state — and got himself in trouble`), and so is a city AP prints alone
    // when its lead's first sentence holds a whole pair (`washington — a record 2,212 firearms —
    // most of them loaded — were discovered …`); one dash more there closes an aside opened at
    // the place's dash (`paris — the city of light — charmed her …`).
    (place_ok
        && !apposition
        && lead_words(read, state || comma_place || opener || standalone)
        && (state || dashes == 0 || (standalone && (dashes % 2 == 0 || !aside_closed(sentence))))
        // `Mamet -- yes. Madonna -- no.`: a lead's first sentence is a sentence, not a word.
        && sentence.len() >= 3)
        .then(|| lead[0].0)
}

/// Words after a place's dash within which a second dash closes an aside opened at it (`paris
/// — the city of light — charmed her`, `london — a city that never sleeps, which she loved —
/// was home`); a dash further on is the lead's own (`washington — president trump said sunday
/// he's not planning to fire special counsel robert mueller — even as …`).
const ASIDE_WORDS: usize = 10;

/// True when a dash among the first [`ASIDE_WORDS`] words of `lead` closes an aside opened at
/// the dash before it.
fn aside_closed(lead: &[(usize, &str)]) -> bool {
    lead.iter().take(ASIDE_WORDS).any(|(_, w)| is_dash(w))
}

/// The words of `lead` up to the end of its first sentence (a `.` after a word that is no
/// abbreviation, a `?` or a `!`), at most `max` of them.
fn first_sentence<'a, 'b>(lead: &'b [(usize, &'a str)], max: usize) -> &'b [(usize, &'a str)] {
    let end = lead
        .iter()
        .take(max)
        .position(|(_, w)| {
            w.ends_with(['?', '!'])
                || w.strip_suffix('.').is_some_and(|w| {
                    matches!(classify(w, true), WordClass::Plain | WordClass::Final)
                })
        })
        .map_or(lead.len().min(max), |k| k + 1);
    &lead[..end]
}

/// Words of a dated dateline's place at most before its date (`washington, district of
/// columbia, february 3, 2017 —`).
const DATED_PLACE_WORDS: usize = 5;

/// Words after a dated dateline's lead within which another `month day —` makes the paragraph
/// a timeline (`jan. 20 — obama is sworn in … march 4 — …`), whose dates are its entries'.
const TIMELINE_WORDS: usize = 60;

/// True when `t` (a `,` and a `.` trimmed) is a month's name or abbreviation.
fn month(t: &str) -> bool {
    // The names are ASCII: comparing without case needs no lower-cased copy (this runs on
    // every paragraph's first word).
    let t = t.trim_end_matches([',', '.']);
    // Most words fail on their length or first letter, before the 24 names are compared.
    (3..=9).contains(&t.len())
        && matches!(
            t.as_bytes()[0] | 0x20,
            b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's'
        )
        && MONTHS.iter().any(|m| m.eq_ignore_ascii_case(t))
}

/// True when `t` is a day of the month: one or two digits, maybe an ordinal's suffix (`16th`)
/// and a comma.
fn day(t: &str) -> bool {
    let t = t.trim_end_matches(',');
    let t = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| t.strip_suffix(s))
        .unwrap_or(t);
    (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// The end of a dated dateline opening the paragraph (`July 10 -- for the second time in two
/// years, …`, `Thursday, may 12, 2016 -- the front windshield …`, `( may 18 ) -- the health
/// hazards …`, `Rome, march 16 — the world happiness report …`, `Houston - ( oct. 30, 2015 ) -
/// diet diversity …`): up to [`DATED_PLACE_WORDS`] words of a place (or a weekday) and a dash,
/// a month and a day (a year, brackets), a dash, and a lead of six words or more opening on a
/// letter (`thursday, june 4, 2015 - 5: 39pm …` is a time stamp's). Not in a timeline, where
/// another `month day —` follows within [`TIMELINE_WORDS`] words.
fn dated(l: &str) -> Option<usize> {
    // Asked of every paragraph: the month comes within the place's words and one dash, and
    // most paragraphs have none there (a cheap test before each word's place test).
    if !(l.split_whitespace())
        .take(DATED_PLACE_WORDS + 2)
        .any(month)
    {
        return None;
    }
    let mut words = l.split_whitespace().map(|w| (offset_in(l, w), w));
    let mut dashes = 0;
    let mut placed = 0;
    let m = loop {
        let (_, w) = words.next()?;
        if month(w) {
            break w;
        }
        let bare = w.trim_end_matches(',');
        // The paragraph is lower-cased already; a copy only for a word that is not.
        let bare: std::borrow::Cow<'_, str> = if bare.chars().any(char::is_uppercase) {
            bare.to_lowercase().into()
        } else {
            bare.into()
        };
        if is_dash(w) && placed > 0 {
            dashes += 1;
        } else if w == "("
            || super::super::lexicon::contains(super::super::lexicon::WEEKDAYS, &bare)
            || postal(&bare, true)
            || place_word(&bare)
        {
            placed += 1;
        } else {
            return None;
        }
        if placed > DATED_PLACE_WORDS || dashes > 1 {
            return None;
        }
    };
    debug_assert!(month(m));
    if !words.next().is_some_and(|(_, w)| day(w)) {
        return None;
    }
    let mut next = words.next()?.1;
    if next.trim_end_matches(',').len() == 4
        && next
            .trim_end_matches(',')
            .bytes()
            .all(|b| b.is_ascii_digit())
    {
        next = words.next()?.1;
    }
    if next == ")" {
        next = words.next()?.1;
    }
    if !is_dash(next) {
        return None;
    }
    let lead: Vec<(usize, &str)> = words.take(TIMELINE_WORDS).collect();
    let timeline = lead
        .windows(3)
        .any(|w| month(w[0].1) && day(w[1].1) && is_dash(w[2].1));
    // `obituary june 14, 1952 - june 28, 2016`: a date range, not a dateline.
    let range = lead.first().is_some_and(|(_, w)| month(w));
    (lead.len() >= 6 && lead[0].1.starts_with(char::is_alphabetic) && !range && !timeline)
        .then(|| lead[0].0)
}

/// True when the words before a bracket spell its letters (`european bank for reconstruction and
/// development ( ebrd )`, `giant pacific octopus ( gpo )`): an abbreviation, not a credit.
fn abbreviates(l: &str, open: usize, name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    // The initials read back from the bracket are the name's letters read back.
    let initials = l[..open]
        .split_whitespace()
        .rev()
        .filter(|w| !crate::token::is_stopword(w))
        .take(letters.len())
        .filter_map(|w| w.chars().next());
    letters.len() >= 2 && initials.eq(letters.iter().rev().copied())
}

/// A page headline glued before a dateline's credit with no sentence's end between (`Class claims
/// memphis spoiled 15,000 rape kits memphis ( cn ) - memphis did not …`, `Text size local family's
/// video … hits over 15 million views bridgetown, ohio ( wkrc/zachary rogers ) -- a local …`): the
/// headline's start and the dateline's. The headline opens where a sentence or a cut ends, in the
/// paragraph's first [`EARLY_WORDS`] words, and runs for two to [`HEADLINE_WORDS`] words; the
/// place stays with the dateline only as a `city, region` ([`region`]; its city one word), since nothing else
/// shows where a headline ends and a place starts. Not when the bracket abbreviates the words
/// before it (`( ebrd )`), the lead opens on a verb ([`AUXILIARIES`]) or runs for fewer than
/// [`LEAD_WORDS`] words, a preposition puts the place inside a sentence (`police in los angeles
/// ( ap ) —`, though so also `… life in prison wichita ( cn ) -`), or a second dash follows soon
/// (`-- the project's main sponsor --`: an aside).
fn glued_headline(l: &str, open: usize, end: usize, cuts: &[Cut]) -> Option<(usize, usize)> {
    let words: Vec<(usize, &str)> = tokens(l, 0)
        .take_while(|&(p, _)| p < open)
        .take(EARLY_WORDS + 1)
        .collect();
    if words.len() > EARLY_WORDS || words.len() < 2 {
        return None;
    }
    let n = words.len();
    let region = region(&words, n, false);
    let state = region.is_some();
    let (_, name) = credit_at(l, open)?;
    // A wire's name, a `city, state` before the bracket, or a short name of letters (a
    // station's call sign, a news service: `( cn )`, `( wkrc/zachary rogers )`, `( cbs 8 )`).
    let first = name.split(['/', ' ']).next().unwrap_or_default();
    let credit = DASHLESS_CREDITS.contains(&name.as_str())
        || state
        || ((2..=GLUED_CREDIT_LETTERS).contains(&first.len())
            && first.bytes().all(|b| b.is_ascii_lowercase()));
    let verb = tokens(l, end)
        .next()
        .is_some_and(|(_, w)| AUXILIARIES.contains(&w));
    // A page's lead runs on (`… ( reuters ) - the agency said.` is a sentence's end).
    let short = tokens(l, end).take(LEAD_WORDS).count() < LEAD_WORDS;
    if !credit
        || verb
        || short
        || abbreviates(l, open, &name)
        || tokens(l, end)
            .take(DASH_PAIR_WORDS)
            .any(|(_, w)| is_dash(w))
    {
        return None;
    }
    let place = region.map_or(n, |(r, _)| n - 1 - r);
    // `police in los angeles ( ap ) —`: a place after a preposition is the sentence's own (the
    // place before a bare credit is one or two words).
    let before = if state {
        [place.checked_sub(1), None]
    } else {
        [n.checked_sub(2), n.checked_sub(3)]
    };
    if before
        .into_iter()
        .flatten()
        .any(|k| PLACE_PREPOSITIONS.contains(&words[k].1))
    {
        return None;
    }
    // The headline opens where a sentence, a bracket or a cut ends, not at a colon inside it
    // (`Module body thu sep 16, 7: 37 am johannesburg ( afp ) -`) nor after a one-letter
    // initial (`eldest son of n. korea's late leader …`).
    let h = (place.saturating_sub(HEADLINE_WORDS)..place.saturating_sub(1))
        .rev()
        .find(|&h| {
            let p = words[h].0;
            let initial = h > 0 && {
                let w = words[h - 1].1;
                w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_alphabetic)
            };
            (super::sentence_start(l, p) && !initial)
                || after_cut(l, p, cuts)
                || l[..p].trim_end().ends_with([')', ']'])
        })?;
    // `Irving, texas -- ( business wire ) --`: a press release's place, its own dash before the
    // credit, is all dateline (no headline before it).
    if is_dash(words[n - 1].1) && words[h..n - 1].iter().all(|(_, w)| place_word(w)) {
        return Some((words[h].0, words[h].0));
    }
    Some((words[h].0, words.get(place).map_or(open, |w| w.0)))
}

/// Cuts the datelines without a credit that open the text right after a cut of a pass run after
/// [`find`]: a site notice (`… delivered weekday mornings. Subscribe washington — martin shkreli
/// …`), NBC News's `/ updated by` byline, a caption with its credit. When `find` ran, the place
/// was not yet at a cut's end, so only the paragraph's start had been read for one
/// ([`creditless`] decides here as there). Not after a cut ending on a dash (`( cnn ) -- cliven
/// bundy -- the nevada rancher …`: a dateline's dash is followed by its lead, not by another
/// place), nor when a dash closes a long aside in the lead's first sentence (`… november 2,
/// 2016 fenton — a double major in genetics, … as a second language — goes on to show …`).
pub(super) fn after_late_cuts(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let mut found: Vec<Cut> = Vec::new();
    for c in cuts.iter() {
        let p = c.1 + (l[c.1..].len() - l[c.1..].trim_start().len());
        if p >= l.len()
            || cuts.iter().any(|o| o.0 <= p && p < o.1)
            || found.iter().any(|f| f.0 == p)
            || l[..c.1].split_whitespace().next_back().is_some_and(is_dash)
        {
            continue;
        }
        // `Click here for the update. March 05 -- two volunteers …`: a dated dateline too.
        let (end, dated) = match creditless(&l[p..]) {
            Some(end) => (end, false),
            None => match dated(&l[p..]) {
                Some(end) => (end, true),
                None => continue,
            },
        };
        // A city AP prints alone keeps the dashes `creditless` allows in its lead's first
        // sentence (`( photo: transportation security administration ) washington — a record
        // 2,212 firearms — most of them loaded — were …`).
        let lead = &l[p + end..];
        let first_sentence = lead.find(". ").map_or(lead, |e| &lead[..e]);
        let place = l[p..p + end].trim_end();
        let place = place.rsplit_once(' ').map_or(place, |(place, _)| place);
        if dated
            || STANDALONE_CITIES.binary_search(&place).is_ok()
            || !first_sentence.split_whitespace().any(is_dash)
        {
            found.push((p, p + end, BlockKind::Dateline, REASON));
        }
    }
    cuts.extend(found);
}

/// Cities that AP style prints alone in a dateline, without a state or country (the AP
/// Stylebook's domestic and international lists, lower-cased and sorted; a test keeps them
/// sorted). Inside a paragraph only these mark a bare place before a dash as a dateline: any
/// other capitalised word before a dash there is as often a subject with its aside (`The stamp —
/// one of the world's most famous …`, `China - north korea's closest ally …`).
const STANDALONE_CITIES: [&str; 81] = [
    "amsterdam",
    "atlanta",
    "baghdad",
    "baltimore",
    "bangkok",
    "beijing",
    "beirut",
    "berlin",
    "boston",
    "brussels",
    "cairo",
    "chicago",
    "cincinnati",
    "cleveland",
    "dallas",
    "denver",
    "detroit",
    "djibouti",
    "dublin",
    "geneva",
    "gibraltar",
    "guatemala city",
    "havana",
    "helsinki",
    "hong kong",
    "honolulu",
    "houston",
    "indianapolis",
    "islamabad",
    "istanbul",
    "jerusalem",
    "johannesburg",
    "kabul",
    "kuwait city",
    "las vegas",
    "london",
    "los angeles",
    "luxembourg",
    "macao",
    "madrid",
    "mexico city",
    "miami",
    "milan",
    "milwaukee",
    "minneapolis",
    "monaco",
    "montreal",
    "moscow",
    "munich",
    "new delhi",
    "new orleans",
    "new york",
    "oklahoma city",
    "ottawa",
    "panama city",
    "paris",
    "philadelphia",
    "phoenix",
    "pittsburgh",
    "prague",
    "quebec city",
    "rio de janeiro",
    "rome",
    "salt lake city",
    "san antonio",
    "san diego",
    "san francisco",
    "san marino",
    "sao paulo",
    "seattle",
    "shanghai",
    "singapore",
    "st. louis",
    "stockholm",
    "sydney",
    "tokyo",
    "toronto",
    "vatican city",
    "vienna",
    "washington",
    "zurich",
];

/// Words of a [`STANDALONE_CITIES`] name, at most (`rio de janeiro`, `salt lake city`).
const STANDALONE_CITY_WORDS: usize = 3;

/// Cuts a dateline of one of the [`STANDALONE_CITIES`] that opens a sentence inside the paragraph
/// (`… the ranger regiment. Washington — two female soldiers …`, `… in december. Denver -- mitt
/// romney today attempted …`): pages that print several stories' leads in one block, or run a
/// second dispatch on, glue its dateline after the sentence before. The sentence before must
/// truly end (not at an abbreviation) and the place and its lead must pass [`creditless`], the
/// test of a dateline opening a paragraph (a lead of six words or more, no apposition, no pair of
/// dashes).
fn standalone_cities(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let s: &str = l;
    let mut found: Vec<Cut> = Vec::new();
    // A dash standing as a word: `-`, `--`, or the UTF-8 `—`/`–` (lead byte 0xE2).
    for at in memchr::memchr2_iter(b'-', 0xE2, s.as_bytes()) {
        if at == 0 || s.as_bytes()[at - 1] != b' ' || !s.is_char_boundary(at) {
            continue;
        }
        let Some(dash) = s[at..].split_whitespace().next() else {
            continue;
        };
        if !is_dash(dash) {
            continue;
        }
        let before = s[..at].trim_end();
        let mut p = before.len();
        for (k, w) in before.rsplit(' ').take(STANDALONE_CITY_WORDS).enumerate() {
            if w.is_empty() {
                break;
            }
            p -= w.len() + usize::from(k > 0);
            let place = &s[p..before.len()];
            if p == 0
                || !sentence_ends_before(s, p)
                || STANDALONE_CITIES.binary_search(&place).is_err()
                || cuts.iter().chain(&found).any(|c| c.0 <= p && p < c.1)
            {
                continue;
            }
            if let Some(end) = creditless(&s[p..]) {
                found.push((p, p + end, BlockKind::Dateline, REASON));
                break;
            }
        }
    }
    cuts.extend(found);
}

/// Cuts the wire datelines of `l` (see the module docs). A byline's `follow @handle` left
/// before one goes with it, as a byline.
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    // The paragraph opens where the reader's text does: after a notice and a byline cut before
    // it (`… delivered weekday mornings. By ali vitali tallahassee, florida — all eyes …`).
    let from = super::reader_start(l, cuts);
    let r = &l[from..];
    if let Some(end) = bare_dash(r).or_else(|| creditless(r)).or_else(|| dated(r)) {
        cuts.push((from, from + end, BlockKind::Dateline, REASON));
    }
    inner(l, cuts);
    if super::holds!(l, " -") || super::holds!(l, "—") || super::holds!(l, "–") {
        standalone_cities(l, cuts);
    }
    // `memchr` finds the brackets a char search finds (ASCII bytes never occur inside a
    // multi-byte character), by a SIMD scan rather than the standard library's word loop.
    if memchr::memchr(b'(', l.as_bytes()).is_none() {
        return;
    }
    let mut found = Vec::new();
    for open in memchr::memchr_iter(b'(', l.as_bytes()) {
        if cuts.iter().any(|c| c.0 <= open && open < c.1)
            || found.iter().any(|c: &Cut| c.0 <= open && open < c.1)
        {
            continue;
        }
        let Some((close, name)) = credit_at(l, open) else {
            continue;
        };
        let (end, dashed) = match dash_end(l, close) {
            Some(end) => (end, true),
            None if dashless(&name, l[..open].trim().is_empty()) => (close, false),
            None => continue,
        };
        if !lead_follows(l, end, dashed) {
            continue;
        }
        // The place starts after an earlier cut it runs into (a caption's credit); without a
        // sentence's end before it, the credit may open the lead alone (`he said. ( reuters ) -`).
        let start = place_start(l, open);
        let start = cuts
            .iter()
            .filter(|c| c.1 > start && c.1 <= open)
            .map(|c| c.1 + (l[c.1..].len() - l[c.1..].trim_start().len()))
            .max()
            .unwrap_or(start);
        let start = if start < open && !boundary(l, start, cuts) && boundary(l, open, cuts) {
            open
        } else {
            start
        };
        if !boundary(l, start, cuts) {
            if let Some((by, place)) = byline_before(l, start, open) {
                // A page headline glued before the byline goes as a headline.
                if let Some((head, _)) = glued_headline(l, open, end, cuts).filter(|h| h.0 < by) {
                    found.push((
                        head,
                        l[..by].trim_end().len(),
                        BlockKind::Headline,
                        HEADLINE,
                    ));
                }
                found.push((
                    by,
                    l[..place].trim_end().len(),
                    BlockKind::Byline,
                    "wire byline before its dated dateline (by name city, nov 21 ( reuters ) -)",
                ));
                found.push((place, end, BlockKind::Dateline, REASON));
                continue;
            }
            if let Some(from) = handle_before(l, start, cuts) {
                found.push((
                    from,
                    l[..start].trim_end().len(),
                    BlockKind::Byline,
                    "end of a byline before its dateline (co-editor follow @handle)",
                ));
            } else if dashed && let Some((head, place)) = glued_headline(l, open, end, cuts) {
                if head < place {
                    found.push((
                        head,
                        l[..place].trim_end().len(),
                        BlockKind::Headline,
                        HEADLINE,
                    ));
                }
                found.push((place, end, BlockKind::Dateline, REASON));
                continue;
            } else {
                continue;
            }
        }
        found.push((start, end, BlockKind::Dateline, REASON));
    }
    cuts.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<(&str, BlockKind)> {
        super::super::cuts_by(find, s)
    }

    #[test]
    fn states_are_found_as_their_lower_cased_words_are() {
        let by_lowercase = |w: &str| STATES.contains(&w.to_lowercase().as_str());
        for w in [
            "mich.",
            "MICH.",
            "Mich.",
            "n.y.",
            "N.Y.",
            "Texas",
            "ohio",
            "mich",
            "michigan",
            "",
            "\u{212A}y.",
            "\u{212A}an.",
            "ALASKA",
            "alaskan",
            "d.c.",
            "Ｔexas",
            "İowa",
        ] {
            assert_eq!(is_state(w), by_lowercase(w), "{w:?}");
        }
        assert!(is_state("\u{212A}y."), "the Kelvin sign lower-cases to k");
    }

    #[test]
    fn regions_end_on_the_words_their_lower_cased_words_end() {
        // What `ends_region` asked of a lower-cased copy of each word: the binary searches that
        // ignore ASCII case must answer the same, at both ends of each list and between them.
        let by_lowercase = |w: &str| {
            let l = w.to_lowercase();
            STATES.contains(&l.as_str())
                || POSTAL_CODES.contains(&l.as_str())
                || COUNTRIES.contains(&l.as_str())
                || COUNTRY_TAILS.contains(&l.as_str())
        };
        for w in [
            "Afghanistan",
            "AFGHANISTAN",
            "afghanistan,",
            "Zimbabwe",
            "zimbabw",
            "Korea",
            "KOREA",
            "Africa",
            "zealand",
            "Zealandia",
            "Ala.",
            "WYO.",
            "Wyoming",
            "Syria",
            "Syrian",
            "NJ",
            "nj",
            "Or",
            "Kabul",
            "a",
            "",
            "\u{212A}orea",
            "İran",
            "Ｓyria",
        ] {
            assert_eq!(ends_region(w), by_lowercase(w), "{w:?}");
        }
        assert!(
            ends_region("\u{212A}orea"),
            "the Kelvin sign lower-cases to k"
        );
    }

    #[test]
    fn a_dash_of_each_kind_after_a_state_is_found() {
        for dash in ["-", "—", "–"] {
            let s = format!(
                "the page has a headline. kenner, la. {dash} louisiana gov. bobby jindal said on \
                 monday that the state would act."
            );
            let cuts = cut(&s);
            assert!(
                cuts.iter()
                    .any(|(t, k)| *k == BlockKind::Dateline && t.starts_with("kenner")),
                "{dash}: {cuts:?}"
            );
        }
    }

    #[test]
    fn datelines_without_a_credit_open_the_paragraph() {
        assert_eq!(
            cut("pasadena, calif. -- a sequence of radar images of the asteroid was obtained."),
            vec![("pasadena, calif. -- ", BlockKind::Dateline)]
        );
        assert_eq!(
            cut("-- two bodies found along a northern indiana stream are those of two girls."),
            vec![("-- ", BlockKind::Dateline)]
        );
        // A name and its apposition, a dash pair, a clause: no dateline.
        for s in [
            "jonathon keats — a san francisco-based philosopher who has sold real estate, said.",
            "though mr. obama's proposals — including an expansion of a cut in payroll taxes and \
             new spending on public works — were widely expected.",
            "kim — along with her mother and sisters — flew to paris for the fashion week.",
            "in washington -- the house voted on the bill on thursday night.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_standalone_city_opening_a_sentence_inside_a_paragraph_is_a_dateline() {
        assert_eq!(
            cut(
                "they served in the ranger regiment. washington — two female soldiers became the \
                 first women to graduate from the army's grueling ranger school on friday."
            ),
            vec![("washington — ", BlockKind::Dateline)]
        );
        assert_eq!(
            cut(
                "the vote is in march. new delhi -- india's prime minister said on monday that the \
                 talks would go ahead."
            ),
            vec![("new delhi -- ", BlockKind::Dateline)]
        );
        // Such a city is a dateline whatever its lead opens on: an indefinite subject with its
        // relative clause, a pronoun.
        assert_eq!(
            cut(
                "london — a 31-year-old romanian architect who plunged into the river thames has \
                 been found alive."
            ),
            vec![("london — ", BlockKind::Dateline)]
        );
        assert_eq!(
            cut("washington — it was her first meeting as secretary of state with the president."),
            vec![("washington — ", BlockKind::Dateline)]
        );
        for s in [
            // Not a city AP prints alone: a subject and its aside.
            "it was sold last year. the stamp — one of the world's most famous pieces of postage \
             — was among four of its kind.",
            "he spoke on friday. china - north korea's closest ally - has not commented on it.",
            // Not after a sentence's end.
            "he moved from washington — where he had lived for a decade — to a farm in ohio.",
            "it was 10 a.m. washington — the president spoke to reporters for an hour on the lawn.",
            // An apposition, and a pair of dashes.
            "she moved there. london — a city that never sleeps, which she loved — was home.",
            "she moved there. paris — the city of light — charmed her from the very first day.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_place_right_after_a_later_pass_cut_is_a_dateline() {
        // The whole inline pass: the notices, bylines and captions before the place are cut by
        // passes run after the datelines.
        let datelines = |s: &'static str| -> Vec<&'static str> {
            super::super::find(s)
                .into_iter()
                .filter(|c| c.2 == BlockKind::Dateline)
                .map(|(a, b, _, _)| &s[a..b])
                .collect()
        };
        for (s, place) in [
            (
                "Breaking news emails get breaking news alerts and special reports. The news and \
                 stories that matter, delivered weekday mornings. / updated by jonathan allen \
                 washington — republicans may have just gotten another layer of armor to defend \
                 their senate majority.",
                "washington — ",
            ),
            (
                "The news and stories that matter, delivered weekday mornings. Subscribe \
                 washington — martin shkreli has invoked the fifth amendment in refusing to \
                 produce documents.",
                "washington — ",
            ),
        ] {
            assert_eq!(datelines(s), vec![place], "{s}");
        }
        // After a dateline's own dash comes its lead, not another place; a dash closing a long
        // aside makes the words before the first an aside's subject.
        for s in [
            "( cnn ) -- cliven bundy -- the nevada rancher turned conservative folk hero for \
             bucking the federal government is back.",
            "The news and stories that matter, delivered weekday mornings. Subscribe fenton — a \
             double major in genetics, cell biology and development and spanish with a minor in \
             teaching english as a second language — goes on to show her work.",
        ] {
            let got = datelines(s);
            assert!(
                got.iter()
                    .all(|d| !d.contains("bundy") && !d.contains("fenton")),
                "{s}: {got:?}"
            );
        }
    }

    #[test]
    fn a_dash_pair_in_a_standalone_city_lead_is_the_lead_own() {
        // A pair of dashes inside the lead's first sentence, or a dash far from the place's.
        for s in [
            "washington — a record 2,212 firearms — most of them loaded — were discovered in \
             carry-on bags last year.",
            "washington — president trump said sunday he's not planning to fire special counsel \
             robert mueller — even as his lawyers raised objections.",
        ] {
            assert_eq!(cut(s), vec![("washington — ", BlockKind::Dateline)], "{s}");
        }
        // A dash after the first sentence's end is the next sentence's.
        assert_eq!(
            cut(
                "San jose -- the baby was due in the next two months. The young couple -- each of \
                 them working two jobs -- had already picked a name."
            ),
            vec![("San jose -- ", BlockKind::Dateline)]
        );
        for s in [
            // One dash soon after the place's closes an aside opened at it.
            "paris — the city of light — charmed her from the very first day she arrived.",
            // Off the list, a pair in the first sentence makes the first dash an aside's.
            "Livermore -- she made her living as a mystery shopper -- lauded by colleagues as the \
             master of disguise.",
            // A first sentence of a word is no lead.
            "Mamet -- yes. Madonna -- no. That was the critical reaction to the play this week.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
        // After a caption's credit too.
        let s = "Guns at a checkpoint. ( photo: transportation security administration ) \
                 washington — a record 2,212 firearms — most of them loaded — were discovered in \
                 carry-on bags last year.";
        assert!(
            super::super::find(s)
                .iter()
                .any(|c| c.2 == BlockKind::Dateline && s[c.0..c.1] == *"washington — "),
            "{s}"
        );
    }

    #[test]
    fn a_standalone_city_lead_may_open_on_a_quotation_or_a_zero_width_space() {
        for (s, dateline) in [
            (
                "new york — \"can you hear me now \" was associated with verizon wireless ads for \
                 nine years.",
                "new york — ",
            ),
            (
                "houston - \u{200b}two people are dead and six others were injured in a shooting \
                 sunday.",
                "houston - ",
            ),
        ] {
            assert_eq!(cut(s), vec![(dateline, BlockKind::Dateline)], "{s}");
        }
        // Off the list a quotation after a dash is as often a subject's (`Mood — "we are …`).
        assert!(cut("Mood — \"we are thrilled to be here, \" the band told the crowd.").is_empty());
    }

    #[test]
    fn one_word_before_a_dash_is_a_dateline_unless_a_dash_closes_its_apposition() {
        assert_eq!(
            cut(
                "Orlando -- a man who says he was the shooter's lover is speaking out following \
                 the attack."
            ),
            vec![("Orlando -- ", BlockKind::Dateline)]
        );
        for s in [
            "miranda – a brazilian national who lives with greenwald in rio – was held for nine \
             hours.",
            "jonathon keats — a san francisco-based philosopher who has sold real estate, said.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_dated_dateline_opens_the_paragraph() {
        for (s, dateline) in [
            (
                "July 10 -- for the second time in two years, an ohio man has been charged with \
                 public indecency.",
                "July 10 -- ",
            ),
            (
                "Thursday, may 12, 2016 -- the front windshield of your car probably shields you \
                 from the sun's rays.",
                "Thursday, may 12, 2016 -- ",
            ),
            (
                "( may 18 ) -- the health hazards of bisphenol a are well documented, scientists \
                 report.",
                "( may 18 ) -- ",
            ),
            (
                "Rome, march 16 — the world happiness report update was released today in rome.",
                "Rome, march 16 — ",
            ),
            (
                "Houston - ( oct. 30, 2015 ) - diet diversity may be linked to lower diet \
                 quality, researchers say.",
                "Houston - ( oct. 30, 2015 ) - ",
            ),
        ] {
            assert_eq!(cut(s), vec![(dateline, BlockKind::Dateline)], "{s}");
        }
        for s in [
            // A time stamp, a date range, a timeline's entries.
            "Thursday, june 4, 2015 - 5: 39pm chatham county coroner rules the death a homicide.",
            "Patricia head summitt obituary june 14, 1952 - june 28, 2016 \"you win in life with \
             people.\"",
            "Jan. 20 -- obama is sworn in as the nation's 44th president. March 4 -- the house \
             passes the stimulus bill.",
            // No date: a subject and its aside.
            "The bones — a foot, tibia, and fibula — have been seized and the area searched.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_bare_place_opens_a_lead_on_a_fronted_adverbial() {
        for (s, place) in [
            (
                "Watertown — in a spasm of violence at a major intersection here, a tow truck \
                 struck and killed a woman.",
                "Watertown — ",
            ),
            (
                "Washington — no one in the government made sure the many complex parts of the \
                 website worked together.",
                "Washington — ",
            ),
            (
                "Fort pierce — at least four regular customers at the nightclub said monday that \
                 they had seen him.",
                "Fort pierce — ",
            ),
        ] {
            assert_eq!(cut(s), vec![(place, BlockKind::Dateline)], "{s}");
        }
        // A pronoun, a caption's pointer, a dash pair: no dateline.
        for s in [
            "Translation -- her monthly net gain is ten dollars after all the bills are paid.",
            "File - in this sept. 10, 2015 file photo, taiwan's military fire artillery.",
            "Lindsay -- in a rare interview with the magazine -- said she was done with acting.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_state_spelled_out_ends_a_dateline_but_not_after_a_city_head() {
        assert_eq!(
            cut(
                "Plane crash at the airport wichita, kansas – two people are dead after a small \
                 plane crashed."
            ),
            vec![
                ("Plane crash at the airport", BlockKind::Headline),
                ("wichita, kansas – ", BlockKind::Dateline)
            ]
        );
        // `st.` is the city's head, not a sentence's end.
        assert!(
            cut(
                "The six person jury in st. petersburg, florida -- four women and two men -- \
                 deliberated for nearly six hours."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_city_and_its_region_open_a_lead_on_any_word() {
        assert_eq!(
            cut("beirut, lebanon — more than 90 people were killed in a central syrian village."),
            vec![("beirut, lebanon — ", BlockKind::Dateline)]
        );
        assert_eq!(
            cut("cannonball, nd — on sunday evening, the army corps halted work on the pipeline."),
            vec![("cannonball, nd — ", BlockKind::Dateline)]
        );
        // Without the comma a function word after the dash still reads as an aside.
        assert!(cut("kim — all of her sisters flew to paris for the fashion week.").is_empty());
    }

    #[test]
    fn region_lists_are_sorted_for_their_binary_search() {
        assert!(STATES.is_sorted());
        assert!(COUNTRIES.is_sorted());
        assert!(POSTAL_CODES.is_sorted());
        assert!(POSTAL_WORDS.is_sorted());
        assert!(COUNTRY_TAILS.is_sorted());
        assert!(LEAD_OPENERS.is_sorted());
        assert!(STANDALONE_CITIES.is_sorted());
        let mut tails: Vec<&str> = COUNTRIES
            .iter()
            .filter_map(|c| c.rsplit_once(' ').map(|(_, t)| t))
            .filter(|t| !COUNTRIES.contains(t))
            .collect();
        tails.sort_unstable();
        tails.dedup();
        assert_eq!(
            tails, COUNTRY_TAILS,
            "the last words of the countries of several words"
        );
        assert_eq!(
            POSTAL_CODES.len() + POSTAL_WORDS.len(),
            51,
            "50 states and d.c."
        );
    }

    #[test]
    fn a_city_and_its_country_is_a_dateline_where_a_state_would_be() {
        // After a glued headline and after a sentence's end, a country ends the place as a state
        // does; its words may be several (`south korea`).
        assert_eq!(
            cut(
                "Taliban execute pregnant woman in afghanistan herat, afghanistan — the taliban \
                 publicly flogged and then executed a pregnant woman."
            ),
            vec![
                (
                    "Taliban execute pregnant woman in afghanistan",
                    BlockKind::Headline
                ),
                ("herat, afghanistan — ", BlockKind::Dateline)
            ]
        );
        assert_eq!(
            cut(
                "The ship docked for a routine port visit. Seoul, south korea — north korea \
                 tried but failed to fire a missile on friday."
            ),
            vec![("Seoul, south korea — ", BlockKind::Dateline)]
        );
        // A dash pair after it is an aside; a preposition puts the place in the sentence.
        for s in [
            "And under ms. Park, south korea — while still a close ally of washington — has \
             grown closer to china.",
            "A cell-phone tower in penang, malaysia -- about 250 miles from where the \
             transponder went off, picked up the signal.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
        // A clock before the city is the headline's stamp, not the city's.
        assert_eq!(
            cut(
                "Posted at 07/02/2011 11: 37 pm &#124; updated as of 07/02/2011 11: 43 pm manila, \
                 philippines - a day after she got involved in a punching incident, the mayor \
                 said she will go on leave."
            ),
            vec![
                (
                    "Posted at 07/02/2011 11: 37 pm &#124; updated as of 07/02/2011 11: 43 pm",
                    BlockKind::Headline
                ),
                ("manila, philippines - ", BlockKind::Dateline)
            ]
        );
        // At the paragraph's start the lead may open on an apposition's words.
        assert_eq!(
            cut("Doha, qatar - a dutch woman who alleged she was drugged and raped was convicted."),
            vec![("Doha, qatar - ", BlockKind::Dateline)]
        );
    }

    #[test]
    fn a_postal_code_ends_a_dateline_but_a_word_only_opening_the_paragraph() {
        assert_eq!(
            cut(
                "Majority have aligned with democratic party since 2006 princeton, nj -- young \
                 adults -- those between the ages of 18 and 29 -- have leaned left."
            ),
            vec![
                (
                    "Majority have aligned with democratic party since 2006",
                    BlockKind::Headline
                ),
                ("princeton, nj -- ", BlockKind::Dateline)
            ]
        );
        assert_eq!(
            cut("Bend, or -- two men were injured when they were attacked by a bear on sunday."),
            vec![("Bend, or -- ", BlockKind::Dateline)]
        );
        assert!(
            cut(
                "Another story about how facebook is evil, uncool, or — best of all — doomed. \
                 I hate to be the grinch who spoils it."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_dateline_after_the_cuts_opening_the_paragraph_opens_it() {
        let s = "By ali vitali beirut, lebanon — all eyes were on the candidate on thursday, as \
                 vote margins tightened.";
        let mut cuts = vec![(0, 13, BlockKind::Byline, "byline")];
        find(&Para::new(s), &mut cuts);
        let texts: Vec<&str> = cuts.iter().map(|c| &s[c.0..c.1]).collect();
        assert_eq!(texts, ["By ali vitali", "beirut, lebanon — "]);
    }

    #[test]
    fn a_headline_glued_before_a_credit_goes_as_a_headline() {
        assert_eq!(
            cut(
                "Class claims memphis spoiled 15,000 rape kits memphis ( cn ) - memphis did \
                 not bother to submit the kits for testing."
            ),
            vec![
                (
                    "Class claims memphis spoiled 15,000 rape kits memphis",
                    BlockKind::Headline
                ),
                ("( cn ) -", BlockKind::Dateline)
            ]
        );
        // A `city, state` before the credit stays with the dateline.
        assert_eq!(
            cut(
                "Infant girl tries on her new glasses bridgetown, ohio ( wkrc/zachary rogers ) \
                 -- a local family's video has hit over 15 million views."
            ),
            vec![
                ("Infant girl tries on her new glasses", BlockKind::Headline),
                (
                    "bridgetown, ohio ( wkrc/zachary rogers ) --",
                    BlockKind::Dateline
                )
            ]
        );
        assert_eq!(
            cut(
                "× gofundme campaign raises more than $ 1.3 million for victims new york ( \
                 cnnmoney ) — a crowdfunding campaign to support the victims has raised money."
            ),
            vec![
                (
                    "× gofundme campaign raises more than $ 1.3 million for victims new york",
                    BlockKind::Headline
                ),
                ("( cnnmoney ) —", BlockKind::Dateline)
            ]
        );
        // A one-letter initial ends no headline's sentence.
        assert_eq!(
            cut(
                "( lead ) n. Korea invites s. Korean officials to talks seoul, may 28 ( yonhap ) \
                 -- in what appeared to be a conciliatory move, the north invited them."
            ),
            vec![
                (
                    "n. Korea invites s. Korean officials to talks seoul, may 28",
                    BlockKind::Headline
                ),
                ("( yonhap ) --", BlockKind::Dateline)
            ]
        );
        // A press release's place and its dash before the credit: all dateline.
        assert_eq!(
            cut(
                "Stock notice. Irving, texas -- ( business wire ) -- the board of directors of \
                 the company has elected a new chairman."
            ),
            vec![("Irving, texas -- ( business wire ) --", BlockKind::Dateline)]
        );
        // An abbreviation in brackets, a dash pair after it, a colon inside the headline.
        for s in [
            "The european bank for reconstruction and development ( ebrd ) - the sponsor of \
             the pipeline is planning to finish it.",
            "The bank said the sponsor ( ebc ) -- the largest lender in the region -- is \
             planning to finish it.",
        ] {
            assert!(cut(s).is_empty(), "{s}");
        }
        assert_eq!(
            cut(
                "Module body thu sep 16, 7: 37 am johannesburg ( afp ) - south african police \
                 are on the hunt for a twitter user."
            ),
            vec![
                (
                    "Module body thu sep 16, 7: 37 am johannesburg",
                    BlockKind::Headline
                ),
                ("( afp ) -", BlockKind::Dateline)
            ]
        );
    }

    #[test]
    fn a_station_and_a_wire_in_one_bracket_are_a_credit() {
        assert_eq!(
            cut("chicago ( fox 32 / ap ) — a chicago seventh-grader was shot in the back."),
            vec![("chicago ( fox 32 / ap ) —", BlockKind::Dateline)]
        );
        assert_eq!(
            cut("phoenix, ariz. ( ksaz/ap ) -- a man was arrested on friday night."),
            vec![("phoenix, ariz. ( ksaz/ap ) --", BlockKind::Dateline)]
        );
        // A choice between words is no credit.
        assert!(cut("he said ( and / or ) — the bill will pass on friday.").is_empty());
    }

    #[test]
    fn a_city_and_state_is_a_dateline_despite_a_dash_pair() {
        assert_eq!(
            cut(
                "commerce, mich. — in a speech to thousands of supporters, romney tried a joke as \
                 he touted his roots in the state — and got himself in trouble."
            ),
            vec![("commerce, mich. — ", BlockKind::Dateline)]
        );
    }

    #[test]
    fn datelines_and_dashes_opening_a_sentence_inside_the_paragraph() {
        for (s, want) in [
            (
                "( photo: ap images ) homestead, fla. — hurricane irma was downgraded to \
                 category 4 status early saturday.",
                vec!["homestead, fla. — "],
            ),
            (
                "this story has been updated. Kenner, la. -- louisiana gov. bobby \
                 jindal announced wednesday that he is running.",
                vec!["Kenner, la. -- "],
            ),
            (
                "Hope solo records 71st shutout tampa, fla. -- hope solo got her 71st career \
                 shutout saturday night.",
                vec!["Hope solo records 71st shutout", "tampa, fla. -- "],
            ),
            (
                "Please enable javascript to watch this video des moines, iowa -- des moines \
                 police are investigating a deadly assault.",
                vec![
                    "Please enable javascript to watch this video",
                    "des moines, iowa -- ",
                ],
            ),
            (
                "0 ' a lot of heart: ' here's what we know about the fallen officer gwinnett \
                 county, ga. - a county officer killed in the line of duty was identified.",
                vec![
                    "0 ' a lot of heart: ' here's what we know about the fallen officer",
                    "gwinnett county, ga. - ",
                ],
            ),
            (
                "By sunshine wiles in news &#124; november 13, 2014 at 11: 27pm morgantown, w.va. — \
                 a west virginia university freshman was in critical condition.",
                vec![
                    "By sunshine wiles in news &#124;",
                    "november 13, 2014 at 11: 27pm morgantown, w.va. — ",
                ],
            ),
            (
                "Please enable javascript to watch this video salt lake county, utah -- it was a \
                 case of being at the right place.",
                vec![
                    "Please enable javascript to watch this video",
                    "salt lake county, utah -- ",
                ],
            ),
            (
                "he promised to fight for his constituency. – facing a barrage of complaints, \
                 sen. al franken took to the floor.",
                vec!["– "],
            ),
            (
                "they will appear in court this morning. - importing a class a drug, namely \
                 cocaine. - possession for supply of a class a drug, namely cocaine.",
                vec!["- ", "- "],
            ),
        ] {
            let got: Vec<&str> = cut(s).into_iter().map(|(t, _)| t).collect();
            assert_eq!(got, want, "{s}");
        }
        // A city inside a sentence, a dash pair around an aside, a clause after the dash.
        for s in [
            "he grew up in bloomfield hills, mich. — the wealthy suburb where his father was \
             governor for years.",
            "the animated classic is set to pass the legendary gunsmoke — homer simpson outduels \
             matt dillon! — as the scripted tv series with the most episodes.",
            "now i could hear joe shouting from down the hall — \"oh, bullshit! \" — and as i \
             got closer to his office, i could hear him.",
            "a reader calls with disturbing news: jeopardy! — the best game show ever — has \
             barred canadians from applying.",
            "the crowd stood for a moment of silence at 2: 46 p.m. — the precise time when the \
             earthquake struck a year ago.",
            "we can arrive at the lowest possible rate, which is 9-9-9. \" — herman cain, \
             washington post-bloomberg debate, october 11, 2011.",
            "see you in nyc on sept 16. Pic.twitter.com/llhgsoomml — amy schumer ( @amyschumer \
             ) june 18, 2015 madonna will be joined by schumer.",
            "fight for a seat at the head of the table. ' - donald j. trump. \" the crowd burst \
             into applause.",
            "he said so. We are disappointed in josh. — usc coach steve sarkisian \" right now, \
             what we know is this. \"",
            "the video is here ( \"finally! \" - someone, i ' m sure ) and it's the exact \
             safari party.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    /// `n` words of a lower-cased sentence (without its end), for paragraphs whose words are
    /// counted.
    fn words(n: usize) -> String {
        let prose = "the city council voted on tuesday night to approve a plan that would pay for \
                     new roads and schools across the county over the next ten years while \
                     keeping property taxes at their current level for most of the residents \
                     who live in the older neighborhoods near the river";
        let w: Vec<&str> = prose.split_whitespace().collect();
        assert!(n <= w.len());
        w[..n].join(" ")
    }

    #[test]
    fn a_dashs_words_reach_as_far_as_its_rules_read() {
        fn got(s: &str) -> Vec<&str> {
            cut(s).into_iter().map(|(t, _)| t).collect()
        }
        // The paragraph's words are read around each dash only: a headline of HEADLINE_WORDS
        // words before a `city, state —` still goes, one word more does not, and the city's
        // place among the paragraph's first EARLY_WORDS words is counted from its start.
        let lead = "a man was shot and killed early sunday outside a bar downtown, police said.";
        let para = |before: usize, head: usize| {
            format!(
                "{}. {} west palm beach, fla. — {lead}",
                words(before),
                words(head)
            )
        };
        // The city's `beach,` is word 12 + 25 + 2 = 39 of the paragraph.
        let s = para(12, HEADLINE_WORDS);
        let head = words(HEADLINE_WORDS);
        assert_eq!(
            got(&s),
            vec![head.as_str(), "west palm beach, fla. — "],
            "{s}"
        );
        // A headline one word too long is no headline; the dateline goes alone.
        let s = para(11, HEADLINE_WORDS + 1);
        assert_eq!(got(&s), vec!["west palm beach, fla. — "], "{s}");
        // The city as word 40: no dateline without a sentence's end before it.
        let s = para(13, HEADLINE_WORDS);
        assert!(got(&s).is_empty(), "{s}");

        // A dash after a sentence's end is a dateline's unless a second dash stands within
        // DASH_PAIR_WORDS words before or after it.
        let lone = |before: usize, after: usize| {
            format!(
                "{} — {}. – {} — {}.",
                words(10),
                words(before),
                words(after),
                words(12)
            )
        };
        let s = lone(DASH_PAIR_WORDS, DASH_PAIR_WORDS);
        assert_eq!(got(&s), vec!["– "], "{s}");
        for s in [
            lone(DASH_PAIR_WORDS - 1, DASH_PAIR_WORDS),
            lone(DASH_PAIR_WORDS, DASH_PAIR_WORDS - 1),
        ] {
            assert!(got(&s).is_empty(), "{s}");
        }
    }

    #[test]
    fn datelines_with_a_credit_and_a_dash() {
        for (s, dateline) in [
            (
                "Washington ( ap ) — house lawmakers have issued a subpoena.",
                "Washington ( ap ) —",
            ),
            (
                "( cnn ) -- former nbc news anchor tom brokaw is being treated for cancer.",
                "( cnn ) --",
            ),
            (
                "Dubai, united arab emirates ( ap ) — an iranian-british woman was found guilty.",
                "Dubai, united arab emirates ( ap ) —",
            ),
            (
                "Ador, spain, july 16 ( upi ) -- a spanish mayor has become the first.",
                "Ador, spain, july 16 ( upi ) --",
            ),
            (
                "Washington &#124; washington ( reuters ) - republicans in the senate voted.",
                "Washington &#124; washington ( reuters ) -",
            ),
            (
                "at red square. ( associated press ) st. petersburg, fla. ( ap ) — the storm hit.",
                "st. petersburg, fla. ( ap ) —",
            ),
            (
                "Sanaa, yemen ( ap ) _ yemeni president ali abdullah saleh plans to leave.",
                "Sanaa, yemen ( ap ) _",
            ),
            (
                "San mateo ( cbs sf ) — the owners of a pet dachshund sued.",
                "San mateo ( cbs sf ) —",
            ),
            (
                "Anchorage, alaska ( reuters life! ) - officials in the state want to outlaw it.",
                "Anchorage, alaska ( reuters life! ) -",
            ),
            (
                "Washington (AP) — The House passed the bill on Friday.",
                "Washington (AP) —",
            ),
        ] {
            assert_eq!(cut(s), [(dateline, BlockKind::Dateline)], "{s}");
        }
    }

    #[test]
    fn wire_credits_open_a_lead_without_a_dash() {
        assert_eq!(
            cut("( cnn ) debris found in the western indian ocean appears to be part of a plane."),
            [("( cnn )", BlockKind::Dateline)]
        );
        assert_eq!(
            cut("He said so. ( reuters ) an official inquiry found it could have been avoided."),
            [("( reuters )", BlockKind::Dateline)]
        );
        for (s, dateline) in [
            (
                "Tokyo ( cnn ) seven us sailors are missing after the warship collided with a ship.",
                "Tokyo ( cnn )",
            ),
            (
                "( cnn ) is imported air the solution to china's smog problem?",
                "( cnn )",
            ),
            (
                "( kutv ) a vernal man has been charged with raping a 9-year-old girl.",
                "( kutv )",
            ),
            (
                "The hague ( afp ) - a dutch court on thursday ordered facebook to hand it over.",
                "The hague ( afp ) -",
            ),
        ] {
            assert_eq!(cut(s), [(dateline, BlockKind::Dateline)], "{s}");
        }
        // Any other name needs the dash: a caption's credit or a pointer; a call sign opens
        // only the paragraph.
        assert!(cut("He was seen. ( kprc ) united airlines issued an apology.").is_empty());
        assert!(cut("Shares of weight watchers ( wtw ) jumped 20 percent.").is_empty());
        assert!(
            cut("He was last seen thursday. ( facebook ) his wife returned to shore.").is_empty()
        );
        assert!(cut("( l-r ) australia's brittany elmslie, emma mckeon and others.").is_empty());
    }

    #[test]
    fn the_rest_of_a_byline_goes_with_its_dateline() {
        let s = "co-editor follow @burkecnn ( cnn ) - she's not one of us, they say.";
        let mut cuts = vec![(0, 0, BlockKind::Byline, "")];
        find(&Para::new(s), &mut cuts);
        let got: Vec<_> = cuts[1..].iter().map(|c| (&s[c.0..c.1], c.2)).collect();
        assert_eq!(
            got,
            [
                ("co-editor follow @burkecnn", BlockKind::Byline),
                ("( cnn ) -", BlockKind::Dateline)
            ]
        );
    }

    #[test]
    fn brackets_inside_a_sentence_are_no_datelines() {
        for s in [
            "the bill was backed by rep. steve king ( r-iowa ) -- who opposed it before.",
            "Rep. steve king ( r-iowa ) -- a critic of the bill, spoke first.",
            "the president ( left ) - and his wife arrived in a car.",
            "police in los angeles ( ap ) — officers said the man fled.",
            "the show ( applause ) - we love you, the host said.",
            "The company ( nyse ) - which makes phones, fell.",
        ] {
            assert!(cut(s).is_empty(), "{s}: {:?}", cut(s));
        }
    }

    #[test]
    fn a_wire_byline_before_a_dated_dateline_goes_as_a_byline() {
        assert_eq!(
            cut(
                "* new leader will not be sworn in for a month by judy macinnes madrid, nov 21 \
                 ( reuters ) - the centre-right party won a wide majority on sunday."
            ),
            vec![
                (
                    "* new leader will not be sworn in for a month",
                    BlockKind::Headline
                ),
                ("by judy macinnes", BlockKind::Byline),
                ("madrid, nov 21 ( reuters ) -", BlockKind::Dateline)
            ]
        );
        assert_eq!(
            cut(
                "* putin defends his course by alexei anishchuk and timothy heritage moscow, \
                 dec 19 ( reuters ) - president vladimir putin is to pardon the tycoon."
            ),
            vec![
                ("* putin defends his course", BlockKind::Headline),
                (
                    "by alexei anishchuk and timothy heritage",
                    BlockKind::Byline
                ),
                ("moscow, dec 19 ( reuters ) -", BlockKind::Dateline)
            ]
        );
        assert_eq!(
            cut(
                "Officials continue talks on his fate by chris buckley and paul eckert \
                 beijing/washington, may 3 ( reuters ) - the two sides met again on thursday."
            ),
            vec![
                ("Officials continue talks on his fate", BlockKind::Headline),
                ("by chris buckley and paul eckert", BlockKind::Byline),
                (
                    "beijing/washington, may 3 ( reuters ) -",
                    BlockKind::Dateline
                )
            ]
        );
        // Without a date the names could be the sentence's own (`shot by police`).
        assert!(
            cut("he was shot by police officers madrid ( reuters ) - the city said on sunday it would act.")
                .iter()
                .all(|(_, k)| *k != BlockKind::Byline)
        );
    }

    #[test]
    fn a_stations_channel_number_is_part_of_its_credit() {
        assert_eq!(
            cut(
                "Hillsborough ( kpix 5 ) — murder suspect tiffany li is expected to appear in court."
            ),
            vec![("Hillsborough ( kpix 5 ) —", BlockKind::Dateline)]
        );
        assert_eq!(
            cut("Carlsbad ( cbs 8 ) - an elderly woman died in a house fire on sunday night."),
            vec![("Carlsbad ( cbs 8 ) -", BlockKind::Dateline)]
        );
        // A number after another word is no channel.
        assert!(
            cut("the series ( game 7 ) - the final one of the season was played at home.")
                .is_empty()
        );
    }
}
