//! The small word lists actor detection leans on, and the normalisation of names.
//!
//! Three lists are generated or cited (see `data/gen_lexicon.py` and the file headers):
//! country names (ISO 3166-1 via pycountry, plus common short names), demonyms (after Wikipedia's list
//! of adjectival forms), and English words that news writes in lower case (case statistics of the
//! TempEval-3 news text plus wordfreq). The rest are closed-class words written out below: titles and
//! roles, organisation and place head nouns, name particles, and a short list of well-known alternate
//! names. None of them lists the people or places of any particular story.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const COMMON_WORDS: &str = include_str!("data/common_words.txt");
const COUNTRIES: &str = include_str!("data/countries.tsv");
const DEMONYMS: &str = include_str!("data/demonyms.tsv");

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// True when `lower` is a word news text writes in lower case (so a capitalised occurrence at the start
/// of a sentence is no evidence of a name).
pub fn is_common_word(lower: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| data_lines(COMMON_WORDS).collect())
        .contains(lower)
}

struct Countries {
    by_name: HashMap<String, &'static str>,
    demonyms: HashMap<String, &'static str>,
    first_name: HashMap<&'static str, &'static str>,
}

fn countries() -> &'static Countries {
    static C: OnceLock<Countries> = OnceLock::new();
    C.get_or_init(|| {
        let mut by_name = HashMap::new();
        let mut first_name: HashMap<&'static str, &'static str> = HashMap::new();
        for line in data_lines(COUNTRIES) {
            if let Some((code, name)) = line.split_once('\t') {
                by_name.insert(normalize(name), code);
                let e = first_name.entry(code).or_insert(name);
                // Prefer the shortest spelled-out name ("Russia" over "Russian Federation").
                if !is_acronym(name) && (is_acronym(e) || name.len() < e.len()) {
                    *e = name;
                }
            }
        }
        let mut demonyms = HashMap::new();
        for line in data_lines(DEMONYMS) {
            if let Some((code, adj)) = line.split_once('\t') {
                demonyms.insert(adj.trim().to_lowercase(), code);
            }
        }
        Countries {
            by_name,
            demonyms,
            first_name,
        }
    })
}

/// The ISO 3166 alpha-2 code of a country name in any listed spelling (`U.S.`, `United States`,
/// `America`, `Russia`).
pub fn country_code(name: &str) -> Option<&'static str> {
    let n = normalize(name);
    let n = n.strip_prefix("the ").unwrap_or(&n);
    countries().by_name.get(n).copied()
}

/// The country code of a demonym (`Russian` → `RU`).
pub fn demonym_code(word: &str) -> Option<&'static str> {
    countries().demonyms.get(&word.to_lowercase()).copied()
}

/// A people or region adjective on its own, singular or plural (`Russian`, `Americans`, `South
/// Africans`, `African`, `Europeans`): never an actor by itself.
pub fn is_demonym(word: &str) -> bool {
    let l = word.to_lowercase();
    // `Central European`, `West African`, `Eastern European`: a region of a people.
    if let Some((first, rest)) = l.split_once(' ')
        && matches!(
            first,
            "central"
                | "east"
                | "west"
                | "north"
                | "south"
                | "eastern"
                | "western"
                | "northern"
                | "southern"
        )
        && !rest.contains(' ')
        && is_demonym(rest)
    {
        return true;
    }
    demonym_code(&l).is_some()
        || l.strip_suffix('s')
            .is_some_and(|s| s.len() > 3 && demonym_code(s).is_some())
        || matches!(
            l.strip_suffix('s').unwrap_or(&l),
            "african"
                | "european"
                | "asian"
                | "arab"
                | "latino"
                | "hispanic"
                | "westerner"
                | "latin american"
                | "north american"
                | "south american"
                | "central american"
                | "middle eastern"
                | "scandinavian"
                | "caribbean"
                | "balkan"
                | "nordic"
                | "baltic"
                | "western"
                | "eastern"
                | "northern"
                | "southern"
        )
}

/// A readable short name for a country code.
pub fn country_name(code: &str) -> Option<&'static str> {
    countries().first_name.get(code).copied()
}

/// The country a place or institution stands for when news uses it as a metonym for a government
/// ("the White House said", "Moscow denied"): capitals and seats of government of the countries most
/// often in international news.
pub fn government_metonym(name: &str) -> Option<&'static str> {
    let code = match normalize(name)
        .strip_prefix("the ")
        .unwrap_or(&normalize(name))
    {
        "white house" | "pentagon" | "washington" | "state department" | "capitol hill" => "US",
        "kremlin" | "moscow" => "RU",
        "damascus" => "SY",
        "beijing" => "CN",
        "london" | "downing street" | "whitehall" => "GB",
        "paris" | "elysee" | "elysée" | "quai d'orsay" => "FR",
        "berlin" => "DE",
        "tehran" => "IR",
        "ankara" => "TR",
        "kiev" | "kyiv" => "UA",
        "tokyo" => "JP",
        "riyadh" => "SA",
        "baghdad" => "IQ",
        "kabul" => "AF",
        "cairo" => "EG",
        "pyongyang" => "KP",
        "seoul" => "KR",
        "new delhi" => "IN",
        "islamabad" => "PK",
        "brussels" => "BE",
        "rome" => "IT",
        "madrid" => "ES",
        "ottawa" => "CA",
        "canberra" => "AU",
        "caracas" => "VE",
        "havana" => "CU",
        "tripoli" => "LY",
        "sanaa" => "YE",
        "amman" => "JO",
        "beirut" => "LB",
        "doha" => "QA",
        _ => return None,
    };
    Some(code)
}

/// True for a capital city in [`government_metonym`] (typed as a place, not an organisation).
pub fn is_capital(name: &str) -> bool {
    let n = normalize(name);
    government_metonym(name).is_some()
        && !matches!(
            n.as_str(),
            "white house" | "pentagon" | "state department" | "capitol hill" | "kremlin"
        )
        && !n.contains("street")
        && n != "whitehall"
        && n != "elysee"
        && n != "elysée"
}

/// Well-known alternate names that share no spelling (a small cited list: Wikipedia's articles
/// "Islamic State", "United Nations", "European Union", "NATO", "al-Nusra Front"). Returns a group key.
pub fn equivalence_group(name: &str) -> Option<&'static str> {
    let n = normalize(name);
    let n = n.strip_prefix("the ").unwrap_or(&n);
    let key = match n {
        "isil"
        | "isis"
        | "islamic state"
        | "daesh"
        | "da'esh"
        | "islamic state group"
        | "islamic state of iraq and the levant"
        | "islamic state of iraq and syria"
        | "islamic state of iraq and al sham" => "islamic-state",
        "un" | "united nations" | "the united nations" => "united-nations",
        "eu" | "european union" => "european-union",
        "nato" | "north atlantic treaty organization" | "north atlantic treaty organisation" => {
            "nato"
        }
        "nusra front" | "al nusra front" | "al nusra" | "jabhat al nusra" | "nusra" => "nusra",
        _ => return None,
    };
    Some(key)
}

/// The kind of an alternate-name group.
pub fn equivalence_kind(group: &str) -> &'static str {
    match group {
        "islamic-state" | "united-nations" | "european-union" | "nato" | "nusra" => "organization",
        _ => "other",
    }
}

/// Lower-cased, accent-folded, with dots dropped, hyphens and underscores as spaces, curly apostrophes
/// straightened and whitespace collapsed: `Deir ez-Zor` and `Deir Ez Zor` both give `deir ez zor`,
/// `U.S.` gives `us`.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.chars() {
        let c = fold_accent(c);
        match c {
            '.' => {}
            '-' | '_' | '‐' | '–' | '—' => space = true,
            '’' | '‘' | '`' => out.push('\''),
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// [`normalize`] without spaces: `deirezzor`.
pub fn compact(name: &str) -> String {
    normalize(name).chars().filter(|c| *c != ' ').collect()
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => 'A',
        'ç' | 'č' | 'ć' => 'c',
        'Ç' | 'Č' | 'Ć' => 'C',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ě' => 'E',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => 'I',
        'ñ' | 'ń' => 'n',
        'Ñ' | 'Ń' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => 'O',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' => 'Y',
        'š' | 'ś' | 'ş' => 's',
        'Š' | 'Ś' | 'Ş' => 'S',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        c => c,
    }
}

/// True for an all-capitals token of 2–6 letters, dots allowed (`ISSG`, `U.S.`, `UN`).
pub fn is_acronym(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.len())
        && letters.iter().all(char::is_ascii_uppercase)
        && s.chars().all(|c| c == '.' || c.is_ascii_uppercase())
}

/// Honorifics: evidence of a person, never part of a role. (`Rev.`, the style of a minister of
/// religion, is written before a full name as `Dr.` is: `the Rev. Martin Luther King Jr.`)
pub fn is_honorific(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "mme"
            | "mlle"
            | "rev"
            | "reverend"
    )
}

/// The generational suffixes that end a person's name (`Jr.`, `Sr.`): a son and his father share
/// the rest of it (`Donald Trump Jr.`, `Donald Trump`), so the suffix tells them apart and is no
/// surname.
pub fn is_generational_suffix(lower: &str) -> bool {
    matches!(lower.trim_end_matches('.'), "jr" | "sr")
}

/// Nouns that make a title or role of a person ("Minister", "Spokesman", "Envoy").
pub fn is_role_head(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "president"
            | "president-elect"
            | "vice-president"
            | "minister"
            | "secretary"
            | "secretary-general"
            | "undersecretary"
            | "under-secretary"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "envoy"
            | "ambassador"
            | "chancellor"
            | "premier"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "emir"
            | "sheikh"
            | "general"
            | "gen"
            | "colonel"
            | "col"
            | "lieutenant"
            | "lt"
            | "major"
            | "maj"
            | "captain"
            | "capt"
            | "admiral"
            | "adm"
            | "sergeant"
            | "sgt"
            | "commander"
            | "marshal"
            | "cmdr"
            | "director"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "ceo"
            | "cfo"
            | "coo"
            | "cto"
            | "founder"
            | "co-founder"
            | "senator"
            | "sen"
            | "representative"
            | "rep"
            | "congressman"
            | "congresswoman"
            | "governor"
            | "gov"
            | "mayor"
            | "judge"
            | "justice"
            | "pope"
            | "cardinal"
            | "bishop"
            | "archbishop"
            | "rabbi"
            | "imam"
            | "ayatollah"
            | "professor"
            | "prof"
            | "adviser"
            | "advisor"
            | "leader"
            | "commissioner"
            | "inspector"
            | "detective"
            | "officer"
            | "spokesmen"
            | "speaker"
            | "attorney"
            | "counsel"
            | "coordinator"
            | "coach"
            | "analyst"
            | "economist"
            | "executive"
            | "head"
            | "chief"
            | "deputy"
            // Posts of the police and the courts (`deputy sheriff mark maggs`, `cpl. nate
            // carrigan`) and of newsrooms (`chief anchor george stephanopoulos`, `msnbc
            // correspondent norah o'donnell`): as titles they end before the name, which they
            // had been read into.
            | "sheriff"
            | "corporal"
            | "cpl"
            | "trooper"
            | "constable"
            | "superintendent"
            | "coroner"
            | "anchor"
            | "correspondent"
            // Members of legislatures and councils below the national one (`state assemblyman
            // john wisniewski`, `city councilwoman`, `labour mp jess phillips`): read into the
            // name before.
            | "assemblyman"
            | "assemblywoman"
            | "assemblymember"
            | "councilman"
            | "councilwoman"
            | "councilmember"
            | "councilor"
            | "councillor"
            | "alderman"
            | "alderwoman"
            | "legislator"
            | "lawmaker"
            | "mp"
            | "mep"
    )
}

/// Words that modify a role head ("Foreign", "Prime", "Special", "Deputy").
pub fn is_role_modifier(lower: &str) -> bool {
    matches!(
        lower,
        "foreign"
            | "prime"
            | "special"
            | "deputy"
            | "vice"
            | "senior"
            | "former"
            | "acting"
            | "interim"
            | "chief"
            | "top"
            | "assistant"
            | "executive"
            | "defense"
            | "defence"
            | "interior"
            | "finance"
            | "treasury"
            | "justice"
            | "health"
            | "energy"
            | "trade"
            | "economy"
            | "economic"
            | "education"
            | "state"
            | "attorney"
            | "general"
            | "supreme"
            | "associate"
            | "managing"
            | "operating"
            | "financial"
            | "technical"
            | "national"
            | "security"
            | "presidential"
            | "military"
            | "opposition"
            | "party"
            | "house"
            | "white"
            | "press"
            | "crown"
            | "first"
            | "lead"
            | "co"
            | "rear"
            | "lt."
            | "field"
            | "staff"
            | "army"
            | "air"
            | "force"
            | "navy"
            | "foreign-policy"
    )
}

/// Head nouns that make a capitalised sequence an organisation.
pub fn is_org_head(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "ministry"
            | "department"
            | "council"
            | "assembly"
            | "nations"
            | "union"
            | "party"
            | "agency"
            | "army"
            | "force"
            | "forces"
            | "front"
            | "group"
            | "organisation"
            | "organization"
            | "committee"
            | "commission"
            | "company"
            | "corporation"
            | "corp"
            | "inc"
            | "ltd"
            | "llc"
            | "plc"
            | "co"
            | "bank"
            | "university"
            | "college"
            | "institute"
            | "school"
            | "hospital"
            | "office"
            | "court"
            | "parliament"
            | "congress"
            | "senate"
            | "house"
            | "government"
            | "administration"
            | "coalition"
            | "alliance"
            | "pact"
            | "league"
            | "federation"
            | "association"
            | "society"
            | "foundation"
            | "fund"
            | "network"
            | "news"
            | "times"
            | "post"
            | "press"
            | "journal"
            | "airlines"
            | "airways"
            | "brigade"
            | "brigades"
            | "battalion"
            | "movement"
            | "church"
            | "club"
            | "service"
            | "services"
            | "guard"
            | "guards"
            | "police"
            | "navy"
            | "command"
            | "authority"
            | "board"
            | "bureau"
            | "customs"
            | "center"
            | "centre"
            | "media"
            | "tv"
            | "radio"
            | "television"
            | "jihad"
            | "studios"
            | "records"
            | "motors"
            | "systems"
            | "technologies"
            | "holdings"
            | "partners"
            | "energy"
            | "computer"
            | "computers"
            | "store"
            | "oil"
            | "petroleum"
            | "mining"
            | "steel"
            | "telecom"
            | "insurance"
            | "capital"
            | "pharmaceuticals"
            | "electric"
            | "airline"
            | "motor"
            | "labs"
            | "mission"
            | "embassy"
            | "consulate"
            | "cabinet"
            | "helmets"
            | "group's"
            | "corps"
            | "industries"
            | "international"
            | "exchange"
            | "commission's"
            | "secretariat"
            | "tribunal"
            | "regime"
            | "militia"
            | "rebels"
            // `Chama Cha Mapinduzi` (Swahili), `Partido Popular`, `Parti Québécois`, `Hizb
            // ut-Tahrir`: party in the languages whose parties keep their own names in English news.
            | "chama"
            | "partido"
            | "parti"
            | "partei"
            | "hizb"
    ) || names_one_body(lower.trim_end_matches('.'))
}

/// Names of one body that head a name on their own (`Kremlin`, `Reuters`, `FBI`): an organisation's
/// head ([`is_org_head`]) that is never a generic word ([`is_generic_name_word`]).
fn names_one_body(word: &str) -> bool {
    matches!(
        word,
        "kremlin"
            | "pentagon"
            | "taliban"
            | "hezbollah"
            | "hamas"
            | "reuters"
            | "unicef"
            | "unesco"
            | "sputnik"
            | "xinhua"
            | "novosti"
            | "tass"
            | "interfax"
    ) || AGENCY_INITIALISMS.contains(&word)
}

/// US agencies and news agencies known by their initials, which a lower-cased story writes as
/// words (`Faa administrator`, `Cnn reported`).
const AGENCY_INITIALISMS: [&str; 19] = [
    "fbi", "cia", "faa", "nasa", "lapd", "nypd", "epa", "fda", "nsa", "dea", "atf", "irs", "tsa",
    "fema", "cdc", "afp", "ap", "bbc", "cnn",
];

/// Initialisms of bodies that news writes in capitals (`fbi` → `FBI`, `nasa` → `NASA`, `ap`), which
/// a lower-cased story (Multi-News) leaves with a capital only where a sentence opens (`Fbi`).
pub fn is_initialism(lower: &str) -> bool {
    const OTHERS: [&str; 24] = [
        "nbc", "cbs", "abc", "msnbc", "npr", "pbs", "nfl", "nba", "mlb", "nhl", "ncaa", "un", "eu",
        "nato", "gop", "dnc", "rnc", "opec", "imf", "usda", "nih", "noaa", "kgb", "fsb",
    ];
    AGENCY_INITIALISMS.contains(&lower) || OTHERS.contains(&lower)
}

/// True for a word of three to five ASCII letters none of which is a vowel or `y` (`cvs`,
/// `kfc`): an initialism, for no English word or name is so shaped (`Ng` has two letters).
pub fn vowelless(lower: &str) -> bool {
    (3..=5).contains(&lower.len())
        && lower
            .bytes()
            .all(|b| b.is_ascii_lowercase() && !b"aeiouy".contains(&b))
}

/// True when a lower-case word ends like a plural noun of people (`astronomers`, `officials`,
/// `residents`, `executives`), which a name does not; names may end in `s` (`Adams`, `Jenkins`),
/// but not so.
pub fn plural_of_people_shape(lower: &str) -> bool {
    ["ers", "ors", "ists", "ans", "als", "ents", "ants", "ives"]
        .iter()
        .any(|x| lower.ends_with(x))
}

/// True when a lower-case word is a verb's inflection of a word of ordinary English: a past
/// tense (`cried`, `dumped`, `choked`) or a third person (`pledges`, `blames`, `pulls`,
/// `pushes`). After a capitalised first name in a lower-cased story (`Paul pledges to`, `Meghan
/// cried`) such a word is what the person does, not their surname. Surnames shaped so (`Gates`,
/// `Woods`) are told by the story capitalising them where a sentence opens, which callers check
/// first.
pub fn is_inflected_common_word(lower: &str) -> bool {
    let n = lower.len();
    if !lower.is_ascii() || n < 4 {
        return false;
    }
    let b = lower.as_bytes();
    if let Some(stem) = lower.strip_suffix("ied") {
        return n >= 5 && is_common_word(&format!("{stem}y"));
    }
    if let Some(stem) = lower.strip_suffix("ed") {
        // `dumped` (dump), `choked` (choke), `stopped` (stop); four letters are too short to
        // tell a verb from a name (`Reed`).
        let doubled = stem.len() >= 3 && b[n - 3] == b[n - 4];
        return n >= 5
            && (is_common_word(stem)
                || is_common_word(&lower[..n - 1])
                || (doubled && is_common_word(&stem[..stem.len() - 1])));
    }
    if let Some(stem) = lower.strip_suffix("es")
        && ["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|e| stem.ends_with(e))
    {
        return is_common_word(stem);
    }
    // A stem of three letters is too short to tell a verb from a surname (`hays`, `jobs`).
    match lower.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') && stem.len() >= 4 => is_common_word(stem),
        _ => false,
    }
}

/// Head nouns that make a capitalised sequence a place.
pub fn is_place_head(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "city"
            | "street"
            | "st"
            | "avenue"
            | "square"
            | "province"
            | "county"
            // Louisiana's counties and the boroughs of New York, London and Alaska.
            | "parish"
            | "borough"
            | "region"
            | "district"
            | "river"
            | "mountain"
            | "mountains"
            | "mount"
            | "island"
            | "islands"
            | "sea"
            | "ocean"
            | "gulf"
            | "bay"
            | "valley"
            | "lake"
            | "desert"
            | "peninsula"
            | "airport"
            | "east"
            | "west"
            | "heights"
            | "strait"
            | "coast"
            | "village"
            | "town"
            | "africa"
            | "asia"
            | "europe"
            | "america"
            | "bank"
            | "strip"
            | "plain"
            | "hills"
            | "park"
            | "bridge"
            | "road"
            | "port"
            | "harbor"
            | "harbour"
            | "canal"
            | "straits"
            | "drive"
            | "boulevard"
            | "blvd"
            | "plaza"
            | "palace"
            | "theater"
            | "theatre"
            | "world"
    )
}

/// True for an article, a demonstrative or a possessive determiner (`the`, `this`, `their`): a
/// lower-case word after one is a common noun (`the hurricane`), not a name.
pub fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
    )
}

/// Particles that may stand lower-case inside a name (`Staffan de Mistura`, `Ludwig van Beethoven`).
pub fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "de" | "da"
            | "di"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "du"
            | "le"
            | "la"
            | "bin"
            | "ibn"
            | "bint"
            | "al"
            | "el"
            | "ez"
            | "es"
            | "ul"
            | "abu"
            | "dos"
            | "das"
            | "y"
            // Kalenjin `son of` (`Daniel arap Moi`).
            | "arap"
    )
}

/// Arabic-article and similar prefixes written with a hyphen before a capital (`al-Assad`, `ez-Zor`).
pub fn strip_article_prefix(token: &str) -> &str {
    for p in [
        "al-", "Al-", "el-", "El-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "az-", "ez-", "Ez-",
        "ed-", "d'", "D'", "d’", "D’",
    ] {
        if let Some(rest) = token.strip_prefix(p)
            && rest.chars().next().is_some_and(char::is_uppercase)
        {
            return rest;
        }
    }
    token
}

/// A month's short form (`jan`, `sept`), lower-cased, without its dot.
pub fn is_month_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Days and months (short forms too): capitalised but never actors.
pub fn is_calendar_word(lower: &str) -> bool {
    let lower = lower.trim_end_matches('.');
    is_month_abbreviation(lower)
        || matches!(
            lower,
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "january"
                | "february"
                | "march"
                | "april"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "gmt"
                | "utc"
                | "am"
                | "pm"
                | "christmas"
                | "easter"
                | "ramadan"
                | "thanksgiving"
                | "hanukkah"
                | "passover"
                | "eid"
                | "diwali"
                | "halloween"
        )
}

/// Time-zone abbreviations after a clock time (`8: 30 a.m. ET`, `4 p.m. EDT`): capitalised, never
/// actors. `CT`, `MT` and `PT` are left out: they are also states and a mountain's short form.
pub fn is_time_zone(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "et" | "edt"
            | "est"
            | "pdt"
            | "pst"
            | "cdt"
            | "cst"
            | "mdt"
            | "mst"
            | "bst"
            | "cet"
            | "cest"
    )
}

/// Number words (`Seventeen`, `Two`, and the first part of `Twenty-four`, `Four-month-old`):
/// a sentence may open with one, a name does not.
pub fn is_number_word(lower: &str) -> bool {
    let first = lower.split(['-', '‐']).next().unwrap_or(lower);
    matches!(
        first,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "hundreds"
            | "thousand"
            | "thousands"
            | "million"
            | "millions"
            | "dozen"
            | "dozens"
    )
}

/// Ordinary English words that news capitalises only inside a longer name: the generic head
/// nouns of bodies and places (`District`, `Department`, `Police`, `Embassy`, `City`), titles
/// and their modifiers (`Former`, `Attorney`), adjectives of bodies (`National`, `Federal`,
/// `Republican`), compass words and the words that open place names (`New`, `West`, `Fort`,
/// `Los`, `San`). In a lower-cased story such a word is capitalised only because it opens a
/// sentence, and alone it names no one: the rest of the name (`district court`, `new york`)
/// is in lower case. Heads that name one body on their own (`Senate`, `House`, `Congress`,
/// `Kremlin`, `Reuters`) are not generic.
pub fn is_generic_name_word(lower: &str) -> bool {
    let l = lower.trim_end_matches('.');
    if matches!(
        l,
        "congress" | "senate" | "house" | "parliament" | "africa" | "asia" | "europe" | "america"
    ) || names_one_body(l)
    {
        return false;
    }
    is_org_head(l)
        || is_place_head(l)
        || is_role_head(l)
        || is_role_modifier(l)
        || is_name_particle(l)
        || matches!(
            l,
            "new"
                | "north"
                | "south"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "fort"
                | "lake"
                | "saint"
                | "san"
                | "santa"
                | "los"
                | "las"
                | "republican"
                | "democrat"
                | "democratic"
                | "conservative"
                | "liberal"
                | "federal"
                | "united"
                | "royal"
                | "civil"
        )
}

/// Pronouns that start a sentence capitalised and must not start a name.
pub fn is_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "he" | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "this"
            | "that"
            | "these"
            | "those"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_inflections_of_ordinary_words_are_told_from_surnames() {
        for w in ["pledges", "blames", "pulls", "cried", "dumped", "pushes"] {
            assert!(is_inflected_common_word(w), "{w}");
        }
        for w in ["jones", "hays", "reed", "williams", "mccain", "ahmed"] {
            assert!(!is_inflected_common_word(w), "{w}");
        }
    }

    #[test]
    fn normalize_folds_hyphens_case_dots_and_accents() {
        assert_eq!(normalize("Deir ez-Zor"), normalize("Deir Ez Zor"));
        assert_eq!(normalize("U.S."), "us");
        assert_eq!(normalize("Müller"), "muller");
        assert_eq!(compact("Deir ez-Zor"), "deirezzor");
    }

    #[test]
    fn countries_and_demonyms_resolve_to_codes() {
        assert_eq!(country_code("U.S."), Some("US"));
        assert_eq!(country_code("United States"), Some("US"));
        assert_eq!(country_code("the United States"), Some("US"));
        assert_eq!(country_code("Russia"), Some("RU"));
        assert_eq!(country_code("Lavrov"), None);
        assert_eq!(demonym_code("Russian"), Some("RU"));
        assert_eq!(country_name("RU"), Some("Russia"));
    }

    #[test]
    fn common_words_exclude_names() {
        assert!(is_common_word("the"));
        assert!(is_common_word("photographs"));
        assert!(!is_common_word("russia"));
        assert!(!is_common_word("john"));
    }

    #[test]
    fn acronyms_and_alternate_names() {
        assert!(is_acronym("ISSG"));
        assert!(is_acronym("U.S."));
        assert!(!is_acronym("Lavrov"));
        assert_eq!(
            equivalence_group("ISIL"),
            equivalence_group("Islamic State")
        );
        assert_eq!(equivalence_group("Daesh"), Some("islamic-state"));
        assert_eq!(strip_article_prefix("al-Assad"), "Assad");
        assert_eq!(strip_article_prefix("also"), "also");
    }
}
