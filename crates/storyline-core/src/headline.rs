//! A story title made of a summary sentence's own words, for stories whose sources carry no title
//! (newswire archives, research datasets): `Untitled story` over every brief of a dataset tells a
//! reader nothing, and a title written by the engine would be text no source carries.

/// A headline made of a sentence's own words: its opening clause, cut at the first comma,
/// semicolon, colon or dash once six words have been read (`Suspected bombs exploded outside the
/// U.S. embassies in the Kenyan and Tanzanian capitals Friday, killing dozens of people, witnesses
/// said.` → `Suspected bombs … capitals Friday`), at most 16 words (longer: the first 14 and `…`),
/// without its closing stop, first letter capitalised. Nothing is added but the ellipsis.
pub(crate) fn headline_from(sentence: &str) -> Option<String> {
    const MIN_WORDS: usize = 6;
    const MAX_WORDS: usize = 16;
    const KEEP_WORDS: usize = 14;
    let mut words: Vec<&str> = sentence.split_whitespace().collect();
    // A sentence that opens on a page label (`From: to: …`, `Id: 8289274 …`, `Source: wikimedia
    // commons 25`, `Updated, jan. 19, 10: 24 a.m.`) is a scraper's leftover, no headline: the
    // caller tries the next sentence.
    if words.first().is_some_and(|w| is_page_label(w)) {
        return None;
    }
    // A wire dateline glued to the lead (`WASHINGTON (CNN) -- After months …`, `Dubai, United
    // Arab Emirates (AP) _`) is no part of a headline: up to eight words, a parenthesised credit,
    // a dash; or a credit that opens the sentence (`(CNN) Seven sailors are missing …`).
    if let Some(close) = words.iter().take(10).position(|w| w.ends_with(')'))
        && let Some(open) = words[..=close].iter().position(|w| w.starts_with('('))
        && close + 2 < words.len()
    {
        if words.get(close + 1).is_some_and(|w| is_dash(w)) {
            words.drain(..close + 2);
        } else if close <= 5
            && (open == 0
                || (close - open <= 3
                    && !words[open..=close].iter().any(|w| {
                        let w = w.trim_matches(['(', ')']).to_lowercase();
                        matches!(
                            w.as_str(),
                            "left"
                                | "right"
                                | "center"
                                | "centre"
                                | "pictured"
                                | "above"
                                | "below"
                                | "top"
                                | "bottom"
                                | "file"
                                | "photo"
                                | "inset"
                        )
                    })
                    && !is_auxiliary(words[close + 1])
                    && !matches!(
                        words[close + 1].to_lowercase().as_str(),
                        "and"
                            | "or"
                            | "of"
                            | "who"
                            | "which"
                            | "said"
                            | "says"
                            | "'s"
                            | "in"
                            | "on"
                            | "at"
                    )))
        {
            words.drain(..=close);
        }
    }
    // A dateline without a credit (`WASHINGTON — The House …`, `Beirut, Lebanon — more than 90
    // people …`, `Ogden, Utah -- a premature baby …`): up to four words before a lone dash, none
    // of them a function word or a number, no second dash soon after (a pair of dashes is an
    // aside), and the lead after it opening on its subject or an adverbial, not on a function
    // word (`Kim — along with her sisters …` is no dateline).
    if let Some(d) = words
        .iter()
        .take(DATELINE_WORDS + 1)
        .position(|w| is_dash(w))
        && d > 0
        && words.len() - (d + 1) >= MIN_WORDS
        && !words[d + 1..]
            .iter()
            .take(DASH_PAIR_WORDS)
            .any(|w| is_dash(w))
        && words[..d].iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | ',' | '\'' | '’' | '-'))
                && !storyline_text::token::is_stopword_any_case(w.trim_end_matches([',', '.']))
        })
        && (is_opener(words[d + 1])
            || matches!(
                words[d + 1].to_ascii_lowercase().as_str(),
                "a" | "an" | "the"
            )
            || opens_count(&words[d + 1..])
            || !storyline_text::token::is_stopword_any_case(words[d + 1]))
    {
        words.drain(..=d);
    }
    // An opening adverbial (`On Wednesday,`, `According to the New York Times,`, `For the first
    // time in this long campaign,`) is no headline: the clause after its comma is, when it has
    // six words or more. Adverbials in a row go one after another (`According to the New York
    // Times, last summer, as Edward Snowden maneuvered around the globe, the former NSA contractor
    // retained a lawyer`).
    // The comma inside a date (`On April 30, 1941,`) is not the adverbial's.
    // An adverbial that must stay (the clause after it opens on a pronoun that needs it: `When
    // the boy slipped his hand into the purse, he was …`) is no headline on its own either: the
    // cut falls in the clause after it.
    // A connective that ties the sentence to one before it (`But`, `And`, `However,`) is no
    // part of a headline standing alone: `But Texas Rangers, who …, would only confirm …` →
    // `Texas Rangers would only confirm …`.
    for _ in 0..2 {
        if words.len() > MIN_WORDS && words.first().is_some_and(|w| is_connective(w)) {
            words.remove(0);
        }
    }
    let mut kept_intro = None;
    for _ in 0..3 {
        if !opens_adverbial(&words) {
            break;
        }
        let Some(i) = (0..words.len().saturating_sub(1).min(INTRO_WORDS)).find(|&i| {
            words[i].ends_with(',') && !is_year(words[i + 1]) && !place_comma(&words, i)
        }) else {
            break;
        };
        if words.len() - (i + 1) >= MIN_WORDS
            && !is_pronoun(words[i + 1])
            && !opens_list(&words, i)
            && balanced(&words[..=i])
        {
            words.drain(..=i);
        } else {
            kept_intro = Some(i);
            break;
        }
    }
    let first_cut = kept_intro.map_or(MIN_WORDS - 1, |i| (MIN_WORDS - 1).max(i + 3));
    let mut cut = cut_after(&words, first_cut);
    // A parenthetical between commas after the subject is no part of a headline, and its closing
    // comma no cut: `The Chevrolet Bolt, GM's first mass-market electric car, won car of the year`
    // → `The Chevrolet Bolt won car of the year`; `More than 90 people, including at least 32
    // children, were killed …`; `Officials said the fire, which started Tuesday, had burned …`.
    // Not a list's comma (`Poland, Hungary and …`) nor a date's (`Jan. 5, 2016,`).
    if kept_intro.is_none() {
        for _ in 0..2 {
            let Some(j) = parenthetical_before(&words, cut) else {
                break;
            };
            let k = cut - 1;
            words.drain(j + 1..=k);
            words[j] = words[j].trim_end_matches(',');
            cut = cut_after(&words, first_cut);
        }
    }
    let (kept, ellipsis) = if cut > MAX_WORDS {
        // Cut after a content word: not inside a list, not on `the`, `of`, `that he`.
        let mut end = KEEP_WORDS;
        while end > MIN_WORDS
            && (words[end - 1].ends_with(',')
                || storyline_text::token::is_stopword_any_case(words[end - 1]))
        {
            end -= 1;
        }
        while end > MIN_WORDS && !balanced(&words[..end]) {
            end -= 1;
        }
        // … and not inside a list whose `and` falls after the cut.
        if let Some(i) = (MIN_WORDS - 1..end.saturating_sub(1)).find(|&i| {
            opens_list(&words, i) && !words[i + 1..end].iter().any(|w| matches!(*w, "and" | "or"))
        }) {
            end = i + 1;
        }
        // … and, where the window holds one, before the last preposition or conjunction, so the
        // title ends on a whole phrase (`… a cyanide trap intended to kill coyotes…`, not `… kill
        // coyotes in eastern…`).
        let content_end = |mut e: usize| {
            while e > MIN_WORDS
                && (words[e - 1].ends_with(',')
                    || storyline_text::token::is_stopword_any_case(words[e - 1]))
            {
                e -= 1;
            }
            e
        };
        if let Some(e) = (PHRASE_WORDS..end)
            .rev()
            .filter(|&j| is_phrase_start(words[j]) && balanced(&words[..j]))
            .map(content_end)
            .find(|&e| e >= PHRASE_WORDS)
        {
            end = e;
        }
        (&words[..end], true)
    } else {
        (&words[..cut], false)
    };
    let mut out = kept.join(" ");
    out.truncate(out.trim_end_matches([',', ';', ':', '!']).len());
    // A closing stop goes; the dot of a closing abbreviation (`U.S.`) stays.
    if let Some(last) = out.split(' ').next_back()
        && last.ends_with('.')
        && last.matches('.').count() == 1
    {
        out.pop();
    }
    if out.is_empty() {
        return None;
    }
    if ellipsis {
        out.push('…');
    }
    let mut chars = out.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Where a headline of `words` ends at the earliest from index `from` on: after the first comma,
/// semicolon or colon, before a dash, or at a sentence end the segmenter left inside (not inside
/// a list or a quotation); the length of `words` when there is none.
fn cut_after(words: &[&str], from: usize) -> usize {
    (from..words.len().saturating_sub(1))
        .find(|&i| {
            (words[i].ends_with([',', ';', ':'])
                || is_dash(words[i + 1])
                || ends_sentence(words[i]))
                && !opens_list(words, i)
                && balanced(&words[..=i])
        })
        .map_or(words.len(), |i| i + 1)
}

/// Words a parenthetical between commas may have.
const PAREN_WORDS: usize = 10;

/// The comma that opens a parenthetical closed by the comma of a headline cut ending before
/// `cut`, when the words between are one: the sentence's first comma after a subject (not after
/// `But`, an adverbial or a participle: `Surrounded by other countries, …`), up to
/// [`PAREN_WORDS`] words between with no other mark of punctuation, not opening on a pronoun, a
/// conjunction or an auxiliary (`Here at Slate, we're fans …, so …`; `She was so nice, so he
/// yelled at us, …`), neither comma a list's or a date's, no `and`/`or` inside, the closing one
/// followed by the predicate (not by `and`, `as`, `on` or a quotation: `X, Y, and Z`; `Leslie
/// Oren, a spokesman for FTVS, as the studio is known, …`), and three words or more after it.
fn parenthetical_before(words: &[&str], cut: usize) -> Option<usize> {
    let k = cut.checked_sub(1)?;
    if cut + 3 > words.len() || !words[k].ends_with(',') {
        return None;
    }
    let j = words[..k].iter().position(|w| w.ends_with(','))?;
    let inner = &words[j + 1..=k];
    let lower = |w: &str| w.to_ascii_lowercase();
    let first = lower(words[0].trim_end_matches(','));
    let participle = (first.ends_with("ing") || first.ends_with("ed"))
        && words.get(1).is_some_and(|w| {
            matches!(
                lower(w).as_str(),
                "by" | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "with"
                    | "from"
                    | "a"
                    | "an"
                    | "the"
                    | "of"
                    | "into"
                    | "through"
                    | "over"
            )
        });
    let clause_word = |w: &str| {
        is_pronoun(w)
            || is_auxiliary(w)
            || matches!(
                lower(w).as_str(),
                "so" | "and" | "but" | "or" | "yet" | "because" | "if" | "then"
            )
    };
    (k - j <= PAREN_WORDS
        && !participle
        && !is_opener(&first)
        && !matches!(
            first.as_str(),
            "but"
                | "and"
                | "so"
                | "then"
                | "yet"
                | "or"
                | "now"
                | "still"
                | "also"
                | "here"
                | "there"
                | "instead"
                | "plus"
        )
        && !inner[..inner.len() - 1]
            .iter()
            .any(|w| w.ends_with([',', ';', ':', '.', '?', '!']) || is_dash(w))
        && !inner.iter().any(|w| matches!(*w, "and" | "or"))
        && !words[..j]
            .iter()
            .any(|w| w.ends_with([';', ':']) || is_dash(w))
        && !clause_word(inner[0])
        && !is_year(inner[0])
        && !opens_list(words, j)
        && !opens_list(words, k)
        && !matches!(words[k + 1], "and" | "or" | "but")
        && !is_phrase_start(words[k + 1])
        && !words[k + 1].starts_with(['"', '“', '\''])
        && balanced(&words[..=j])
        && balanced(inner))
    .then_some(j)
}

/// True when `words` open on a count (`more than 90 people`, `at least 32`, `nearly 1,000`,
/// `some 200`): a lead may open so after a dateline's dash.
fn opens_count(words: &[&str]) -> bool {
    words.first().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "more" | "at" | "about" | "nearly" | "almost" | "some" | "over" | "up" | "around"
        )
    }) && words
        .iter()
        .take(3)
        .skip(1)
        .any(|w| w.bytes().next().is_some_and(|b| b.is_ascii_digit()))
}

/// True when a cut after `ws` leaves no quotation open: an even number of `"` and no more `“`
/// than `”`. The marks are counted word by word, in their UTF-8 bytes (`“` and `”` are `E2 80 9C`
/// and `E2 80 9D`, and `E2` only ever leads a char): the cut tests ask this of every prefix of
/// the words they pass, and joining each prefix into a string to search it three times was half
/// of what making a headline cost.
fn balanced(ws: &[&str]) -> bool {
    let (mut straight, mut open, mut close) = (0usize, 0usize, 0usize);
    for w in ws {
        let b = w.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'"' => straight += 1,
                0xE2 => match b.get(i + 1..i + 3) {
                    Some([0x80, 0x9C]) => open += 1,
                    Some([0x80, 0x9D]) => close += 1,
                    _ => {}
                },
                _ => {}
            }
        }
    }
    straight.is_multiple_of(2) && open <= close
}

/// True when the comma after `words[i]` opens a list (`of Poland, the Czech Republic and
/// Hungary`), which is no cut: an `and`/`or` follows within four words, before any other comma.
fn opens_list(words: &[&str], i: usize) -> bool {
    words[i].ends_with(',')
        && words[i + 1..]
            .iter()
            .take(4)
            .take_while(|w| !w.ends_with([',', ';', ':', '.']))
            .any(|w| matches!(*w, "and" | "or"))
}

/// True for a page label opening a sentence: a label word with its colon (`Source:`, `Credit:`,
/// `Tweet published:` by its first word), or `Updated,` before a time stamp.
fn is_page_label(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let (label, mark) = match lower.strip_suffix(':') {
        Some(l) => (l, ':'),
        None => match lower.strip_suffix(',') {
            Some(l) => (l, ','),
            None => return false,
        },
    };
    match mark {
        ':' => matches!(
            label,
            "from"
                | "to"
                | "id"
                | "source"
                | "sources"
                | "credit"
                | "credits"
                | "image"
                | "images"
                | "photo"
                | "photos"
                | "video"
                | "by"
                | "topics"
                | "tags"
                | "tweet"
                | "posted"
                | "published"
                | "updated"
                | "filed"
                | "caption"
        ),
        _ => matches!(label, "updated" | "posted" | "published"),
    }
}

/// Words a dateline without a credit may have before its dash (`Washington, D.C. —`).
const DATELINE_WORDS: usize = 4;

/// Words after a dateline's dash within which a second dash makes the first an aside.
const DASH_PAIR_WORDS: usize = 12;

/// True for a word that is a dash on its own (`—`, `–`, `--`, `-`, the wire's `_`).
fn is_dash(word: &str) -> bool {
    matches!(word, "—" | "–" | "--" | "-" | "_")
}

/// Words an opening adverbial may have before its comma.
const INTRO_WORDS: usize = 16;

/// Words a cut title keeps at least when it ends before a preposition or conjunction.
const PHRASE_WORDS: usize = 8;

/// True for a word that opens an adverbial phrase or clause (`On`, `According`, `While`). Not
/// `If`: the clause after a condition is no fact (`If the bill passes, taxes will rise`).
fn is_opener(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "according"
            | "after"
            | "amid"
            | "although"
            | "as"
            | "at"
            | "because"
            | "before"
            | "despite"
            | "during"
            | "earlier"
            | "following"
            | "for"
            | "however"
            | "in"
            | "last"
            | "later"
            | "meanwhile"
            | "on"
            | "since"
            | "though"
            | "to"
            | "today"
            | "under"
            | "until"
            | "when"
            | "while"
            | "with"
            | "without"
            | "yesterday"
    )
}

/// True for a connective opening a sentence that ties it to the one before: a bare `But` or
/// `And`, or a sentence adverb with its comma (`However,`, `Still,`, `Yet,`). Not `So` or `Yet`
/// without a comma (`So far, …`, `Yet another …`).
fn is_connective(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    match lower.strip_suffix(',') {
        Some(w) => matches!(
            w,
            "but" | "and" | "however" | "still" | "yet" | "so" | "now" | "also" | "indeed"
        ),
        None => matches!(lower.as_str(), "but" | "and"),
    }
}

/// True when `words` open on an adverbial clause or phrase that a headline may drop up to its
/// comma: an [`is_opener`] word, `By` before a gerund
/// (`By naming members who …, Ms. Pelosi raised …`; not a byline's `By John Smith`), or `Just`
/// before a time (`Just days before the debate, …`, `Just after 6:30 p.m., …`).
fn opens_adverbial(words: &[&str]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    let next = words.get(1).map(|w| w.to_ascii_lowercase());
    let next = next.as_deref().unwrap_or("");
    match first.to_ascii_lowercase().as_str() {
        "by" => next.len() > 5 && next.ends_with("ing"),
        "just" => matches!(
            next,
            "after"
                | "before"
                | "as"
                | "when"
                | "days"
                | "hours"
                | "minutes"
                | "weeks"
                | "months"
                | "moments"
        ),
        _ => is_opener(first),
    }
}

/// True when the comma after `words[i]` is a place's, a town's before its state (`If a would-be
/// relatives in Dallas, Texas, the senator …`), not an adverbial's end: the town one or two
/// words after a preposition, the state next. A state after another phrase is the clause's
/// subject (`With two new laws on the books, Oregon will …`).
fn place_comma(words: &[&str], i: usize) -> bool {
    let after_preposition = (i.saturating_sub(2)..i).any(|j| {
        matches!(
            words[j].to_ascii_lowercase().as_str(),
            "in" | "at" | "near" | "from" | "outside"
        )
    });
    after_preposition && names_state(&words[i + 1..])
}

/// True when `words` open on the name of a U.S. state (or its abbreviation).
fn names_state(words: &[&str]) -> bool {
    let word = |i: usize| {
        words
            .get(i)
            .map(|w| w.trim_end_matches([',', '.']).to_ascii_lowercase())
            .unwrap_or_default()
    };
    let first = word(0);
    match first.as_str() {
        "new" => matches!(word(1).as_str(), "york" | "jersey" | "mexico" | "hampshire"),
        "north" | "south" => matches!(word(1).as_str(), "carolina" | "dakota"),
        "west" => word(1) == "virginia",
        "rhode" => word(1) == "island",
        _ => matches!(
            first.as_str(),
            "alabama"
                | "alaska"
                | "arizona"
                | "arkansas"
                | "california"
                | "calif"
                | "colorado"
                | "connecticut"
                | "delaware"
                | "florida"
                | "fla"
                | "georgia"
                | "hawaii"
                | "idaho"
                | "illinois"
                | "indiana"
                | "iowa"
                | "kansas"
                | "kentucky"
                | "louisiana"
                | "maine"
                | "maryland"
                | "massachusetts"
                | "michigan"
                | "minnesota"
                | "mississippi"
                | "missouri"
                | "montana"
                | "nebraska"
                | "nevada"
                | "ohio"
                | "oklahoma"
                | "okla"
                | "oregon"
                | "pennsylvania"
                | "tennessee"
                | "texas"
                | "utah"
                | "vermont"
                | "virginia"
                | "washington"
                | "wisconsin"
                | "wyoming"
        ),
    }
}

/// True for a year written as a number (`1941,`), as a comma inside a date leaves it.
fn is_year(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']);
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// True for a word that ends a sentence the segmenter left joined to the next (`… olympic games.
/// ( published tuesday`): a closing `?` or `!`, or a full stop after a word of five letters or
/// more that is no title abbreviation (`U.S.`, `Gov.`, `Sept.` are shorter; `Const. Adam
/// Josephs`, `Lieut.`, `Messrs.` come before a name).
fn ends_sentence(word: &str) -> bool {
    if word.ends_with(['?', '!']) {
        return true;
    }
    word.strip_suffix('.').is_some_and(|w| {
        w.chars().count() >= 5
            && w.chars().all(char::is_alphabetic)
            && !storyline_text::segment::is_title_abbreviation(w)
    })
}

/// True for a personal or possessive pronoun: a main clause that opens on one needs the clause
/// before it (`When the 4-year-old slipped her hand into the purse, she was …`).
fn is_pronoun(word: &str) -> bool {
    // `It's`, `they'll`: the pronoun before the apostrophe.
    let word = word
        .split(['\'', '’'])
        .next()
        .unwrap_or(word)
        .to_ascii_lowercase();
    crate::actors::lexicon::is_pronoun(&word) || word == "your"
}

/// True for an auxiliary or modal verb (`is`, `has`, `will`, `could`): a clause goes on there.
fn is_auxiliary(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "should"
            | "must"
            | "did"
            | "does"
            | "do"
    )
}

/// True for a preposition, conjunction or relative word: a phrase starts there, so a title cut
/// before it ends on a whole phrase.
fn is_phrase_start(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "about"
            | "across"
            | "after"
            | "against"
            | "amid"
            | "among"
            | "and"
            | "as"
            | "at"
            | "because"
            | "before"
            | "between"
            | "but"
            | "by"
            | "during"
            | "for"
            | "from"
            | "if"
            | "in"
            | "including"
            | "into"
            | "near"
            | "of"
            | "on"
            | "or"
            | "over"
            | "since"
            | "than"
            | "that"
            | "through"
            | "to"
            | "toward"
            | "towards"
            | "under"
            | "until"
            | "when"
            | "where"
            | "which"
            | "while"
            | "who"
            | "whose"
            | "with"
            | "without"
    )
}

#[cfg(test)]
mod tests {
    use super::headline_from;

    /// [`super::balanced`] as first written: the words joined and the marks counted in the
    /// string.
    fn balanced_by_join(ws: &[&str]) -> bool {
        let t = ws.join(" ");
        t.matches('"').count().is_multiple_of(2) && t.matches('“').count() <= t.matches('”').count()
    }

    proptest::proptest! {
        #[test]
        fn balance_counted_by_bytes_is_balance_of_the_joined_words(
            words in proptest::collection::vec("[a\"“”‘’—é\u{2010}\u{201e}\u{201f} ]{0,6}", 0..8)
        ) {
            let ws: Vec<&str> = words.iter().map(String::as_str).collect();
            for k in 0..=ws.len() {
                proptest::prop_assert_eq!(super::balanced(&ws[..k]), balanced_by_join(&ws[..k]));
            }
        }
    }

    /// (sentence, headline) pairs: what [`headline_from`] keeps, cuts and drops.
    const CASES: &[(&str, Option<&str>)] = &[
        // The opening clause, cut at a comma after six words.
        (
            "Suspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian \
             capitals Friday, killing dozens of people, witnesses said.",
            Some(
                "Suspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals Friday",
            ),
        ),
        // An opening adverbial goes; a short sentence is kept whole, without its stop.
        (
            "On Friday, the council approved the new flood barrier.",
            Some("The council approved the new flood barrier"),
        ),
        (
            "According to the New York Times, the council approved the new flood barrier.",
            Some("The council approved the new flood barrier"),
        ),
        // … unless what follows opens on a pronoun that needs it: then the headline runs on into
        // that clause. Too early a comma is no cut.
        (
            "When the boy slipped his hand into the purse, he was looking for candy.",
            Some("When the boy slipped his hand into the purse, he was looking for candy"),
        ),
        // Adverbials in a row go one after another, a long one too.
        (
            "According to the New York Times, last summer, as Edward Snowden maneuvered around \
             the globe seeking asylum, the former NSA contractor retained a lawyer.",
            Some("The former NSA contractor retained a lawyer"),
        ),
        (
            "Before flying to Los Angeles on Sunday to be with his distraught daughter, Brown \
             performed on Saturday night in Beverly Hills.",
            Some("Brown performed on Saturday night in Beverly Hills"),
        ),
        // A parenthetical between commas after the subject goes, and its comma is no cut.
        (
            "The Chevrolet Bolt, GM's first mass-market electric car, won car of the year at the \
             Detroit auto show Monday.",
            Some("The Chevrolet Bolt won car of the year at the Detroit auto show Monday"),
        ),
        (
            "Officials said the fire, which started Tuesday, had burned 500 acres by nightfall.",
            Some("Officials said the fire had burned 500 acres by nightfall"),
        ),
        // … but not a clause (after an adverb, a participle, or opening on a pronoun), not a
        // phrase that the next comma's words continue, not before a quotation, not inside a
        // date. (`But` itself goes.)
        (
            "But worldwide, he's far from the most well-known athlete, according to a new study.",
            Some("Worldwide, he's far from the most well-known athlete"),
        ),
        (
            "Surrounded by other countries, the ambassador to the United Nations, center, spoke.",
            Some("Surrounded by other countries, the ambassador to the United Nations"),
        ),
        (
            "Leslie Oren, a spokesman for FTVS, as the studio is known, declined to comment.",
            Some("Leslie Oren, a spokesman for FTVS"),
        ),
        (
            "Charlie Sheen, who likes to say, \"I'm an F-18, bro,\" was moving slowly on Tuesday.",
            Some("Charlie Sheen, who likes to say"),
        ),
        (
            "Anne Smedinghoff, 25, was killed Saturday, April 6, 2013, in southern Afghanistan.",
            Some("Anne Smedinghoff, 25, was killed Saturday"),
        ),
        (
            "After all, it's not polite to stare at the new flood barrier.",
            Some("After all, it's not polite to stare at the new flood barrier"),
        ),
        // A sentence the segmenter left joined to the next ends at its full stop.
        (
            "Ellis is set to see his son compete in the olympic games. ( published tuesday",
            Some("Ellis is set to see his son compete in the olympic games"),
        ),
        // … but not at the period of a title before a name.
        (
            "Officers at the scene said Const. Adam Josephs blew the whistle on the day.",
            Some("Officers at the scene said Const. Adam Josephs blew the whistle on the day"),
        ),
        // A long clause ends before its last preposition or conjunction.
        (
            "Federal authorities have confirmed that a cyanide trap intended to kill coyotes in \
             eastern Idaho injured a boy and killed his dog.",
            Some(
                "Federal authorities have confirmed that a cyanide trap intended to kill coyotes…",
            ),
        ),
        // Lower-cased text (Multi-News) gets a capital first letter.
        (
            "the senate passed the bill on tuesday.",
            Some("The senate passed the bill on tuesday"),
        ),
        // The dot of a closing abbreviation stays.
        (
            "Talks resumed in Geneva with the U.S.",
            Some("Talks resumed in Geneva with the U.S."),
        ),
        // A long clause: the first 14 words and an ellipsis.
        (
            "One two three four five six seven eight nine ten eleven twelve thirteen fourteen \
             fifteen sixteen seventeen eighteen.",
            Some(
                "One two three four five six seven eight nine ten eleven twelve thirteen fourteen…",
            ),
        ),
        // Never a cut inside a quotation.
        (
            "The minister called the strike \"an act of war, plain and simple\" on Monday.",
            Some("The minister called the strike \"an act of war, plain and simple\" on Monday"),
        ),
        ("   ", None),
        // Wire datelines and credits go.
        (
            "washington ( cnn ) -- after months of campaigning, the senator quit.",
            Some("After months of campaigning, the senator quit"),
        ),
        (
            "( cnn ) seven sailors are missing at sea.",
            Some("Seven sailors are missing at sea"),
        ),
        (
            "tokyo ( cnn ) seven sailors are missing at sea.",
            Some("Seven sailors are missing at sea"),
        ),
        // A photo position is no credit.
        (
            "Benioff ( left ) and Weiss will get their own Star Wars film.",
            Some("Benioff ( left ) and Weiss will get their own Star Wars film"),
        ),
        // A list comma is no cut, and the ellipsis follows a content word before the list.
        (
            "Secretary of State Madeleine Albright has invited the foreign ministers of Poland, \
             the Czech Republic and Hungary to a ceremony in Independence, Mo., on March 12.",
            Some("Secretary of State Madeleine Albright has invited the foreign ministers…"),
        ),
        // A dateline without a credit goes, in any case and with any dash; a dash pair is an
        // aside, and a dash before a function word opens a clause of the lead.
        (
            "WASHINGTON — The House moved closer on Thursday to a vote on the spending bill.",
            Some("The House moved closer on Thursday to a vote on the spending bill"),
        ),
        (
            "Ogden, utah -- a premature baby was flown to a hospital in salt lake city.",
            Some("A premature baby was flown to a hospital in salt lake city"),
        ),
        // … a lead may open on a count.
        (
            "beirut, lebanon — more than 90 people, including at least 32 children, were killed \
             in a central syrian village, officials said.",
            Some("More than 90 people were killed in a central syrian village"),
        ),
        (
            "Kim — along with her mother and sisters — flew to paris for the fashion week.",
            Some("Kim — along with her mother and sisters"),
        ),
        (
            "Houston – in a quiet courtroom, the jury read its verdict against the former mayor.",
            Some("The jury read its verdict against the former mayor"),
        ),
        // The comma inside a date is not the adverbial's; a condition keeps its clause.
        (
            "On April 30, 1941, a man in Amsterdam wrote a desperate letter to a friend.",
            Some("A man in Amsterdam wrote a desperate letter to a friend"),
        ),
        (
            "If the bill passes, taxes will rise for most of the families in the state.",
            Some("If the bill passes, taxes will rise for most of the families in the state"),
        ),
        // A page label opening the sentence makes it no headline.
        ("Source: wikimedia commons 25.", None),
        (
            "Updated, jan. 19, 10: 24 a.m.: to infinity, and beyond!",
            None,
        ),
        (
            "From: to: the public has consistently expressed strong interest in the debate.",
            None,
        ),
        // A connective tying the sentence to the one before goes (`But`, `And`, `However,`);
        // `So far` and `Yet another` are no connectives.
        (
            "But Texas Rangers, who are now in charge of the investigation, would only confirm \
             his death.",
            Some("Texas Rangers would only confirm his death"),
        ),
        (
            "So far, nobody has claimed the attack on the convoy near the border.",
            Some("So far, nobody has claimed the attack on the convoy near the border"),
        ),
        (
            "Yet another storm hit the coast of Florida on Monday night.",
            Some("Yet another storm hit the coast of Florida on Monday night"),
        ),
        // `By` before a gerund and `Just` before a time open adverbials too; a byline's `By` does
        // not.
        (
            "By naming members who served on the committees, Pelosi raised the pressure on \
             Gowdy.",
            Some("Pelosi raised the pressure on Gowdy"),
        ),
        (
            "Just days before the first debate, Clinton's lead over Sanders has narrowed, \
             according to a poll.",
            Some("Clinton's lead over Sanders has narrowed"),
        ),
        (
            "By John Smith the council approved the new flood barrier on Monday.",
            Some("By John Smith the council approved the new flood barrier on Monday"),
        ),
        // A town's comma before its state is not the adverbial's; a state after another phrase is
        // the clause's subject.
        (
            "While visiting relatives in Dallas, Texas, the senator met the mayor of the city.",
            Some("The senator met the mayor of the city"),
        ),
        (
            "With two new laws on the books, Oregon will soon lead the nation in access to care.",
            Some("Oregon will soon lead the nation in access to care"),
        ),
    ];

    /// Words with the marks the rules read: commas, dashes, credits, quotes, openers, pronouns.
    const VOCABULARY: &[&str] = &[
        "the",
        "Smith,",
        "Smith",
        "who",
        "said,",
        "said",
        "—",
        "--",
        "(",
        "cnn",
        ")",
        "(cnn)",
        "more",
        "than",
        "90",
        "When",
        "when",
        "he",
        "she's",
        "\"",
        "\"I",
        "and",
        "or",
        "1941,",
        "On",
        "But",
        "According",
        "to",
        "Times,",
        "was",
        "killed",
        "Tuesday,",
        "people,",
        "including",
        "a",
        "former",
        "senator,",
        "Surrounded",
        "by",
        "Source:",
        "U.S.",
        "games.",
        "at",
        "least",
        "as",
        "in",
        "of",
        "is",
        "will",
        "won",
        "car",
        "year",
        ",",
        "…",
        "é",
        "Ωmega",
    ];

    proptest::proptest! {
        /// Nothing is added: the headline's words, in order, are words of the sentence (a
        /// closing mark or a parenthetical's comma dropped, the first letter capitalised, an
        /// ellipsis at the end).
        #[test]
        fn headline_words_are_the_sentences_words_in_order(
            picks in proptest::collection::vec(0..VOCABULARY.len(), 0..40)
        ) {
            let sentence = picks.iter().map(|&i| VOCABULARY[i]).collect::<Vec<_>>().join(" ");
            if let Some(h) = headline_from(&sentence) {
                let norm = |w: &str| {
                    w.trim_end_matches([',', ';', ':', '.', '!', '…']).to_lowercase()
                };
                let mut source = sentence.split_whitespace().map(norm);
                for w in h.trim_end_matches('…').split_whitespace().map(norm) {
                    proptest::prop_assert!(
                        source.any(|s| s == w),
                        "{w:?} of {h:?} is not in order in {sentence:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn headline_is_the_opening_clause_of_the_sentence_in_its_own_words() {
        for (sentence, want) in CASES {
            assert_eq!(headline_from(sentence).as_deref(), *want, "{sentence}");
        }
    }
}
