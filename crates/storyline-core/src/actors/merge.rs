//! Alias merging: which spellings name the same actor.

use std::collections::BTreeMap;

use super::lexicon::{
    compact, country_code, demonym_code, equivalence_group, is_acronym, is_generational_suffix,
    is_name_particle, is_org_head, normalize, strip_article_prefix,
};
use super::mention::Votes;

/// A distinct spelling, keyed, with its summed typing evidence and count.
#[derive(Clone, Debug)]
pub struct Spelling {
    /// The surface text (possessive stripped).
    pub surface: String,
    /// Summed cues of its mentions.
    pub votes: Votes,
    /// Number of mentions.
    pub count: u32,
    /// True when any mention carried a role.
    pub has_role: bool,
}

/// The merge key of a spelling before any union: country code, alternate-name group, or the compact
/// normalised form.
pub fn base_key(surface: &str) -> String {
    if let Some(code) = country_code(surface) {
        return format!("c:{code}");
    }
    if let Some(g) = equivalence_group(surface) {
        return format!("e:{g}");
    }
    let n = normalize(surface);
    let n = n.strip_prefix("the ").unwrap_or(&n);
    // Company-form suffixes name the same company: `Apple Inc.`, `Aer Lingus Group PLC`.
    let mut words: Vec<&str> = n.split(' ').collect();
    // A body of a country is named with the country or its adjective (`U.S. Embassy`,
    // `American Embassy`; `Russian Foreign Ministry`, `Russia's Foreign Ministry`).
    // `Cuban American National Foundation` is of Cuban Americans, not of Cuba.
    let second = surface.split_whitespace().nth(1).unwrap_or("");
    if let Some(code) = country_word(surface)
        && country_code(second).is_none()
        && demonym_code(second).is_none()
        && words.len() >= 2
        && words.last().is_some_and(|w| is_org_head(w))
    {
        words[0] = code;
    }
    while words.len() > 1
        && matches!(
            *words.last().unwrap_or(&""),
            "inc"
                | "corp"
                | "corporation"
                | "co"
                | "ltd"
                | "llc"
                | "plc"
                | "group"
                | "holdings"
                | "sa"
                | "ag"
                | "gmbh"
                | "nv"
                | "limited"
                | "incorporated"
        )
    {
        words.pop();
    }
    format!("n:{}", compact(&words.join(" ")))
}

/// The first word of `surface` (a possessive dropped) when it names a country by its name or its
/// adjective, not by a compound adjective (`Bosnia-Herzegovina`, `Cuban-American`).
fn country_word(surface: &str) -> Option<&'static str> {
    let first = surface.split_whitespace().next()?;
    let first = first
        .strip_suffix("'s")
        .or_else(|| first.strip_suffix("’s"))
        .unwrap_or(first);
    if first.contains(['-', '‐']) {
        return None;
    }
    country_code(first).or_else(|| demonym_code(first))
}

/// True for a body named by a country and one head noun (`U.S. Embassy`, `American Embassy`).
fn of_a_country(surface: &str) -> bool {
    surface.split_whitespace().count() == 2 && country_word(surface).is_some()
}

/// Union-find over key indices.
struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // Keep the smaller index as the root so results do not depend on call order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// Name tokens of a person-shaped spelling, lower-cased, particles, initials and a generational
/// suffix dropped: `Sergey V. Lavrov` → `[sergey, lavrov]`, `Bashar al-Assad` → `[bashar,
/// assad]`, `Robert Downey Jr.` → `[robert, downey]`.
fn person_tokens(surface: &str) -> Vec<String> {
    surface
        .split_whitespace()
        .filter(|t| !is_name_particle(&t.to_lowercase()))
        .filter(|t| !is_generational_suffix(&t.to_lowercase()))
        .filter(|t| t.trim_end_matches('.').chars().count() != 1)
        .map(|t| normalize(strip_article_prefix(t)))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Consonant skeleton of a first name: `sergey` and `sergei` both give `srg`.
fn skeleton(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
        .collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// True when two first names are spellings of one name (`Sergey`/`Sergei`, `Mohammed`/`Muhammad`).
pub fn first_names_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if short_form(a, b) || short_form(b, a) {
        return true;
    }
    if a.chars().next() != b.chars().next() || feminine_form(a, b) || feminine_form(b, a) {
        return false;
    }
    // Vowel letters are where transliterations differ (Sergey/Sergei, Mohammed/Muhammad); an edit
    // of a consonant makes another name (John/Joan is a vowel edit but Jo-n/Jo-an differ in length).
    skeleton(a) == skeleton(b) && edit_distance(a, b) <= 2
}

/// True when `short` is a common English short form of the given name `full` (`Greg`/`Gregory`,
/// `Bill`/`William`): one person when the surname is the same. The pairs are the usual
/// hypocorisms of the most common English given names (after the "Diminutives" column of
/// Wikipedia's lists of English given names); a short form shared by two full names (`Chris`,
/// `Alex`) is listed for both.
fn short_form(short: &str, full: &str) -> bool {
    SHORT_FORMS.iter().any(|&(s, f)| s == short && f == full)
}

/// True when `word` (lower case) is a short form of a common given name (`rob`, `bill`, `will`):
/// a given name, though also a word of ordinary English.
pub fn is_short_given_name(word: &str) -> bool {
    SHORT_FORMS.iter().any(|(s, _)| *s == word)
}

/// The pairs of [`short_form`].
const SHORT_FORMS: &[(&str, &str)] = &[
    ("greg", "gregory"),
    ("bill", "william"),
    ("will", "william"),
    ("billy", "william"),
    ("bob", "robert"),
    ("rob", "robert"),
    ("bobby", "robert"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("mike", "michael"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("dave", "david"),
    ("chris", "christopher"),
    ("chris", "christine"),
    ("joe", "joseph"),
    ("tony", "anthony"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("rich", "richard"),
    ("ted", "edward"),
    ("ed", "edward"),
    ("steve", "steven"),
    ("steve", "stephen"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("sam", "samuel"),
    ("ben", "benjamin"),
    ("matt", "matthew"),
    ("pat", "patrick"),
    ("nick", "nicholas"),
    ("alex", "alexander"),
    ("alex", "alexandra"),
    ("andy", "andrew"),
    ("drew", "andrew"),
    ("larry", "lawrence"),
    ("jerry", "gerald"),
    ("charlie", "charles"),
    ("chuck", "charles"),
    ("jeff", "jeffrey"),
    ("ken", "kenneth"),
    ("ron", "ronald"),
    ("don", "donald"),
    ("fred", "frederick"),
    ("tim", "timothy"),
    ("doug", "douglas"),
    ("phil", "philip"),
    ("vince", "vincent"),
    ("ray", "raymond"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("betsy", "elizabeth"),
    ("kate", "katherine"),
    ("kathy", "katherine"),
    ("cathy", "catherine"),
    ("sue", "susan"),
    ("jenny", "jennifer"),
    ("jen", "jennifer"),
    ("meg", "margaret"),
    ("peggy", "margaret"),
    ("debbie", "deborah"),
    ("becky", "rebecca"),
    ("pam", "pamela"),
    ("barb", "barbara"),
    ("vicky", "victoria"),
    ("abby", "abigail"),
];

/// True when `b` is the feminine form of the given name `a`, a different name of another person
/// though one vowel edit away: an `a` added (`Daniel`/`Daniela`, `Paul`/`Paula`) or put for a
/// final `o` (`Mario`/`Maria`, `Antonio`/`Antonia`).
fn feminine_form(a: &str, b: &str) -> bool {
    match (a.strip_suffix('o'), b.strip_suffix('a')) {
        (_, None) => false,
        (Some(stem), Some(b_stem)) => stem == b_stem,
        (None, Some(b_stem)) => a == b_stem,
    }
}

/// True when two surnames of persons with the same first name are one name transliterated or
/// misspelt (`Gencz`/`Goencz` for the Hungarian `Göncz`): long enough to be told apart (five
/// letters or more), the same first letter and consonant skeleton, and at most two vowel edits.
/// `Smith`/`Smyth` join; `Lee`/`Li` and `Bush`/`Bash` are too short to tell a variant from
/// another name.
pub fn surnames_match(a: &str, b: &str) -> bool {
    a.chars().count() >= 5
        && b.chars().count() >= 5
        && a.chars().next() == b.chars().next()
        && skeleton(a) == skeleton(b)
        && edit_distance(a, b) <= 2
}

/// True when two first names of persons with the same surname are one name misspelt by a dropped
/// or added inner letter (`Bronislaw`/`Bronisaw`): six letters or more, one edit, the same first
/// and last two letters. An edit at the end makes another name of the same family
/// (`Daniel`/`Daniela`, `Mario`/`Maria`).
fn first_names_misspelt(a: &str, b: &str) -> bool {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    ca.len() >= 6
        && cb.len() >= 6
        && ca[..2] == cb[..2]
        && ca[ca.len() - 2..] == cb[cb.len() - 2..]
        && edit_distance(a, b) == 1
}

fn is_person_like(v: &Votes, has_role: bool) -> bool {
    has_role || (v.person > 0.0 && v.person >= v.org && v.person >= v.place)
}

fn initials(surface: &str) -> String {
    surface
        .split_whitespace()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "of" | "the" | "for" | "and" | "on"
            )
        })
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect()
}

/// True when `votes` (organisation or place) keeps the given name `s` apart from a person: a
/// point more than its person cues, and a quarter of a point a mention. The weak cues (`the Elian
/// case`, `of Elian`) add up over a boy's 254 mentions in a story of him; a place's do not stay
/// so weak (`in Florida`, 24 mentions, beside `Florida State`).
#[allow(clippy::cast_precision_loss)]
fn contrary(votes: f32, s: &Spelling) -> bool {
    votes >= 1.0 + s.votes.person && votes >= 0.25 * s.count as f32
}

/// Groups spellings into actors. `pairs` are (acronym, expansion) spellings seen in apposition.
/// Returns, for each spelling, the index of its group (groups numbered by first spelling).
pub fn merge(spellings: &[Spelling], pairs: &[(String, String)]) -> Vec<usize> {
    let keys: Vec<String> = spellings.iter().map(|s| base_key(&s.surface)).collect();
    let mut key_ids: BTreeMap<&str, usize> = BTreeMap::new();
    for k in &keys {
        let n = key_ids.len();
        key_ids.entry(k.as_str()).or_insert(n);
    }
    let spelling_key: Vec<usize> = keys.iter().map(|k| key_ids[k.as_str()]).collect();
    let mut dsu = Dsu((0..key_ids.len()).collect());
    let index_of = |surface: &str| spellings.iter().position(|s| s.surface == surface);

    // Acronyms given in apposition.
    for (acr, exp) in pairs {
        if let (Some(a), Some(e)) = (index_of(acr), index_of(exp)) {
            dsu.union(spelling_key[a], spelling_key[e]);
        }
    }
    // Acronyms matching the initials of exactly one longer name.
    for (i, s) in spellings.iter().enumerate() {
        if !is_acronym(&s.surface) || !keys[i].starts_with("n:") {
            continue;
        }
        let acr: String = s.surface.chars().filter(char::is_ascii_uppercase).collect();
        // Two capitals are too few to spell a person's name: `D.C.` is not `Diana de Cardenas`.
        let matches: Vec<usize> = spellings
            .iter()
            .enumerate()
            .filter(|(_, o)| {
                o.surface.split_whitespace().count() >= 2
                    && initials(&o.surface) == acr
                    && !(acr.len() <= 2 && is_person_like(&o.votes, o.has_role))
            })
            .map(|(j, _)| spelling_key[j])
            .collect();
        if !matches.is_empty() && matches.iter().all(|m| *m == matches[0]) {
            dsu.union(spelling_key[i], matches[0]);
        }
    }
    // Name tokens of every spelling, split once for the three person rules below.
    let tokens: Vec<Vec<String>> = spellings
        .iter()
        .map(|s| person_tokens(&s.surface))
        .collect();
    // Persons: same surname and compatible first names.
    let persons: Vec<(usize, Vec<String>)> = spellings
        .iter()
        .enumerate()
        .filter(|(i, s)| keys[*i].starts_with("n:") && is_person_like(&s.votes, s.has_role))
        .filter(|(i, _)| tokens[*i].len() >= 2)
        .map(|(i, _)| (i, tokens[i].clone()))
        .collect();
    // A son is no father: `Donald Trump Jr.` stays apart from `Donald Trump`.
    let suffixed: Vec<bool> = spellings
        .iter()
        .map(|s| {
            s.surface
                .split_whitespace()
                .next_back()
                .is_some_and(|w| is_generational_suffix(&w.to_lowercase()))
        })
        .collect();
    for (x, (i, ti)) in persons.iter().enumerate() {
        for (j, tj) in persons.iter().skip(x + 1) {
            let (Some(li), Some(lj)) = (ti.last(), tj.last()) else {
                continue;
            };
            if suffixed[*i] != suffixed[*j] {
                continue;
            }
            let same_surname = li == lj
                && (first_names_match(&ti[0], &tj[0]) || first_names_misspelt(&ti[0], &tj[0]));
            let surname_variant = ti[0] == tj[0] && ti.len() == tj.len() && surnames_match(li, lj);
            // `president trump donald john trump` (a tag list after a photo's caption): a name
            // written surname first is the person the story names the other way round.
            let inverted = ti.len() == 2 && tj.len() == 2 && ti[0] == tj[1] && ti[1] == tj[0];
            if same_surname || surname_variant || inverted {
                dsu.union(spelling_key[*i], spelling_key[*j]);
            }
        }
    }
    // Single surnames join the one person group with that surname (the most mentioned one when
    // several share it and one clearly dominates).
    for (i, s) in spellings.iter().enumerate() {
        let toks = &tokens[i];
        if toks.len() != 1 || !keys[i].starts_with("n:") || is_acronym(&s.surface) {
            continue;
        }
        // A surname shared with a named person is strong evidence; only strong contrary cues
        // (`in X`, a head noun) keep a single word apart.
        if s.votes.org >= 2.0 + s.votes.person || s.votes.place >= 2.0 + s.votes.person {
            continue;
        }
        let mut groups: BTreeMap<usize, u32> = BTreeMap::new();
        // A full name with its surname in lower case comes from a lower-cased story, which shows
        // it only where a sentence opens: its count says little about who the lone surname means
        // (`Melania trump` opening three sentences, `Donald trump` one).
        let mut lower_cased = false;
        for (j, tj) in &persons {
            if tj.last() == toks.last() {
                let root = dsu.find(spelling_key[*j]);
                *groups.entry(root).or_default() += spellings[*j].count;
                lower_cased |= spellings[*j]
                    .surface
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.starts_with(char::is_lowercase));
            }
        }
        let mut ranked: Vec<(usize, u32)> = groups.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        match ranked.as_slice() {
            [(g, _)] => dsu.union(spelling_key[i], *g),
            [(g, c1), (_, c2), ..] if *c1 >= 2 * *c2 && !lower_cased => {
                dsu.union(spelling_key[i], *g);
            }
            _ => {}
        }
    }
    // Given names alone (`Elian` → `Elian Gonzalez`, `Juan Miguel` → `Juan Miguel Gonzalez`): a
    // name that opens exactly one person's full name and ends no one's. News calls a child, a
    // family member or a head of state's relative by the given name once the full name is known;
    // when two persons share it (`Lazaro Gonzalez`, `Lazaro Munero`) it stays apart.
    for (i, s) in spellings.iter().enumerate() {
        let toks = &tokens[i];
        // Only a given name as written (`H. Brandt` is a name with an initial, not one alone).
        if toks.is_empty()
            || !keys[i].starts_with("n:")
            || contrary(s.votes.org, s)
            || contrary(s.votes.place, s)
            || s.surface.split_whitespace().count() != toks.len()
            || is_acronym(&s.surface)
            || persons
                .iter()
                .any(|(j, tj)| *j != i && tj.last() == toks.last())
        {
            continue;
        }
        let mut roots: Vec<usize> = Vec::new();
        for (j, tj) in &persons {
            // `Truman Presidential Library`, `Elian American citizenship`: a body, a place or an
            // adjective after a name is no surname.
            if tj.len() > toks.len()
                && tj[..toks.len()] == toks[..]
                && !tj[toks.len()..].iter().any(|w| {
                    is_org_head(w)
                        || super::lexicon::is_place_head(w)
                        || super::lexicon::is_demonym(w)
                        || matches!(w.as_str(), "library" | "museum" | "memorial" | "pioneer")
                })
            {
                let r = dsu.find(spelling_key[*j]);
                if !roots.contains(&r) {
                    roots.push(r);
                }
            }
        }
        if let [r] = roots[..] {
            dsu.union(spelling_key[i], r);
        }
    }
    // Organisations and places: a shorter name that ends a unique longer one (`General Assembly` →
    // `UN General Assembly`, `Foreign Ministry` → `Russian Foreign Ministry`).
    let norm_tokens: Vec<Vec<String>> = spellings
        .iter()
        .map(|s| {
            normalize(&s.surface)
                .split(' ')
                .filter(|w| *w != "the")
                .map(str::to_string)
                .collect()
        })
        .collect();
    for (i, s) in spellings.iter().enumerate() {
        let ti = &norm_tokens[i];
        // A lone head noun (`the Embassy`, `the Senate`) is the one body of its kind that the
        // story names with a country (`U.S. Embassy`, `American Embassy`); `House` is not
        // `White House`.
        let lone_head = ti.len() == 1 && is_org_head(&ti[0]);
        if (ti.len() < 2 && !lone_head)
            || !keys[i].starts_with("n:")
            || is_person_like(&s.votes, s.has_role)
        {
            continue;
        }
        let mut targets: Vec<usize> = Vec::new();
        for (j, tj) in norm_tokens.iter().enumerate() {
            if tj.len() > ti.len()
                && tj.ends_with(ti)
                && (!lone_head || of_a_country(&spellings[j].surface))
                && !is_person_like(&spellings[j].votes, spellings[j].has_role)
            {
                let r = dsu.find(spelling_key[j]);
                if !targets.contains(&r) {
                    targets.push(r);
                }
            }
        }
        if targets.len() == 1 {
            dsu.union(spelling_key[i], targets[0]);
        }
    }
    // Number the groups by their first spelling.
    let mut group_of_root: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(spellings.len());
    for &k in &spelling_key {
        let r = dsu.find(k);
        let n = group_of_root.len();
        out.push(*group_of_root.entry(r).or_insert(n));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(surface: &str, person: f32, org: f32, place: f32) -> Spelling {
        Spelling {
            surface: surface.into(),
            votes: Votes { person, org, place },
            count: 1,
            has_role: false,
        }
    }

    #[test]
    fn first_name_variants_match() {
        assert!(first_names_match("sergey", "sergei"));
        assert!(first_names_match("mohammed", "muhammad"));
        assert!(!first_names_match("john", "jane"));
        assert!(!first_names_match("sergey", "vladimir"));
        assert!(!first_names_match("daniel", "daniela"));
        assert!(!first_names_match("paula", "paul"));
        assert!(!first_names_match("mario", "maria"));
        assert!(first_names_match("yuri", "yury"));
    }

    #[test]
    fn persons_places_and_alternate_names_merge() {
        let s = vec![
            sp("Sergey Lavrov", 3.0, 0.0, 0.0),
            sp("Sergei Lavrov", 1.0, 0.0, 0.0),
            sp("Sergey V. Lavrov", 2.0, 0.0, 0.0),
            sp("Lavrov", 0.0, 0.0, 0.0),
            sp("Deir Ez Zor", 1.0, 0.0, 1.5),
            sp("Deir ez-Zor", 0.0, 0.0, 1.5),
            sp("ISIL", 0.0, 2.0, 0.0),
            sp("Islamic State", 0.0, 0.0, 0.0),
            sp("US", 0.0, 2.0, 0.0),
            sp("United States", 0.0, 0.0, 0.0),
            sp("John Kerry", 3.0, 0.0, 0.0),
            sp("Kerry", 0.75, 0.0, 0.0),
        ];
        let g = merge(&s, &[]);
        assert_eq!(g[0], g[1]);
        assert_eq!(g[0], g[2]);
        assert_eq!(g[0], g[3]);
        assert_eq!(g[4], g[5]);
        assert_eq!(g[6], g[7]);
        assert_eq!(g[8], g[9]);
        assert_eq!(g[10], g[11]);
        assert_ne!(g[0], g[10]);
        assert_ne!(g[4], g[0]);
    }

    #[test]
    fn acronyms_merge_with_their_expansion() {
        let s = vec![
            sp("International Syria Support Group", 0.0, 1.0, 0.0),
            sp("ISSG", 0.0, 2.0, 0.0),
            sp("UN General Assembly", 0.0, 3.0, 0.0),
            sp("General Assembly", 0.0, 3.0, 0.0),
        ];
        let g = merge(&s, &[]);
        assert_eq!(g[0], g[1]);
        assert_eq!(g[2], g[3]);
        assert_ne!(g[0], g[2]);
    }

    #[test]
    fn a_name_written_surname_first_joins_the_person() {
        let s = vec![
            sp("Donald trump", 3.0, 0.0, 0.0),
            sp("trump donald", 3.0, 0.0, 0.0),
            sp("Donald Tusk", 3.0, 0.0, 0.0),
        ];
        let g = merge(&s, &[]);
        assert_eq!(g[0], g[1]);
        assert_ne!(g[0], g[2]);
    }

    #[test]
    fn a_son_named_with_a_suffix_stays_apart_from_his_father() {
        let s = vec![
            sp("Donald Trump", 3.0, 0.0, 0.0),
            sp("Donald Trump Jr.", 3.0, 0.0, 0.0),
            sp("Robert Downey Jr.", 3.0, 0.0, 0.0),
            sp("Downey", 0.75, 0.0, 0.0),
        ];
        let g = merge(&s, &[]);
        assert_ne!(g[0], g[1]);
        assert_eq!(g[2], g[3]);
    }

    #[test]
    fn an_ambiguous_surname_stays_apart() {
        let s = vec![
            sp("Bashar al-Assad", 3.0, 0.0, 0.0),
            sp("Hafez al-Assad", 3.0, 0.0, 0.0),
            sp("Assad", 0.0, 0.0, 0.0),
        ];
        let g = merge(&s, &[]);
        assert_ne!(g[0], g[1]);
        assert_ne!(g[2], g[0]);
        assert_ne!(g[2], g[1]);
    }
}
