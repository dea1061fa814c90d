//! Word tokens with spans, shared by actors, quotes and contradictions.

use storyline_text::Span;

/// A word token of an article (letters and digits, with inner `'’-.&` kept: `al-Assad`, `U.S.`,
/// `Russia’s`, `AT&T`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tok {
    /// Where it is in the article.
    pub span: Span,
}

impl Tok {
    /// The token text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.range()]
    }
}

/// True for a character that continues a word when it stands between two word characters.
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&')
}

/// True when `chars[k]` is the `â` that opens a curly quote mark's UTF-8 bytes read as
/// Windows-1252 (`â€™`, `â€œ`) or with the rest lost (`â\u{fffd}`): mojibake, no letter of a
/// word.
fn broken_quote(chars: &[(usize, char)], k: usize) -> bool {
    chars[k].1 == 'â'
        && chars
            .get(k + 1)
            .is_some_and(|c| matches!(c.1, '€' | '\u{80}'..='\u{9f}' | '\u{fffd}'))
}

/// The word tokens of `text[span]`, in order. Spans lie on char boundaries.
pub fn tokens(text: &str, span: Span) -> Vec<Tok> {
    // An empty or inverted range (callers compute ends from punctuation) has no tokens.
    let Some(s) = text.get(span.range()) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() || broken_quote(&chars, i) {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut j = i + 1;
        loop {
            if j < chars.len() && chars[j].1.is_alphanumeric() {
                j += 1;
            } else if j + 1 < chars.len()
                && is_joiner(chars[j].1)
                && chars[j + 1].1.is_alphanumeric()
            {
                j += 2;
            } else {
                break;
            }
        }
        // `palinâ€™s`, `jonesâ\u{fffd}`: a curly quote's UTF-8 bytes read as Windows-1252 (or
        // lost) leave an `â` glued to the word before it, which is no part of the word.
        if j - i >= 2 && broken_quote(&chars, j - 1) {
            j -= 1;
        }
        // Keep the final dot of initials and dotted acronyms (`V.`, `U.S.`, `Mr.`): a single capital,
        // a dotted sequence of single letters, or a known honorific.
        let mut end_idx = j;
        if j < chars.len() && chars[j].1 == '.' {
            let word = &s[start..chars[j].0];
            let single_cap = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let dotted = word.contains('.')
                && word
                    .split('.')
                    .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
            let abbrev = matches!(
                word,
                "Mr" | "Mrs"
                    | "Ms"
                    | "Dr"
                    | "Gen"
                    | "Col"
                    | "Lt"
                    | "Sen"
                    | "Rep"
                    | "Rev"
                    | "Gov"
                    | "Prof"
                    | "St"
                    | "Capt"
                    | "Maj"
                    | "Sgt"
                    | "Adm"
                    | "Jr"
                    | "Sr"
                    | "Inc"
                    | "Corp"
                    | "Co"
                    | "Ltd"
                    | "Mt"
            );
            if single_cap || dotted || abbrev {
                end_idx = j + 1;
            }
        }
        let end = if end_idx < chars.len() {
            chars[end_idx].0
        } else {
            s.len()
        };
        out.push(Tok {
            span: Span::new(span.start + start, span.start + end),
        });
        i = end_idx.max(i + 1);
    }
    out
}

/// The token's text without a trailing possessive `'s` / `’s` (`Russia’s` → `Russia`), as a span.
pub fn strip_possessive(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    for suf in ["’s", "'s", "’S", "'S"] {
        if s.len() > suf.len() && s.ends_with(suf) {
            return Span::new(span.start, span.end - suf.len());
        }
    }
    if s.len() > 1 && (s.ends_with("s’") || s.ends_with("s'")) {
        let q = s.chars().last().map_or(0, char::len_utf8);
        return Span::new(span.start, span.end - q);
    }
    span
}

/// True when the text between two tokens is only blanks (spaces or tabs, one line break at most).
pub fn joined_by_space(text: &str, a: Span, b: Span) -> bool {
    let gap = &text[a.end..b.start];
    !gap.is_empty() && gap.chars().all(char::is_whitespace) && gap.matches('\n').count() <= 1
}

/// True when `text[at..at + len]` is a whole word: no letter or digit stands right before it
/// (the start of the text counts as a boundary) nor right after it (nor does the end).
pub fn whole_word_at(text: &str, at: usize, len: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
        && text[at + len..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// True when the first char of `s` is upper case.
pub fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text, Span::new(0, text.len()))
            .iter()
            .map(|t| &text[t.span.range()])
            .collect()
    }

    #[test]
    fn tokens_keep_inner_joiners_initials_and_acronyms() {
        assert_eq!(
            words("Sergey V. Lavrov met the U.S. envoy in Deir ez-Zor, Russia’s ally."),
            vec![
                "Sergey",
                "V.",
                "Lavrov",
                "met",
                "the",
                "U.S.",
                "envoy",
                "in",
                "Deir",
                "ez-Zor",
                "Russia’s",
                "ally"
            ]
        );
        assert_eq!(
            words("“Mr. Kerry,” she said."),
            vec!["Mr.", "Kerry", "she", "said"]
        );
    }

    #[test]
    fn a_broken_quote_mark_is_no_part_of_the_word_before_it() {
        assert_eq!(
            words("sarah palinâ€ ™s father and mrs. jonesâ\u{fffd}\u{fffd} and château"),
            vec![
                "sarah", "palin", "s", "father", "and", "mrs", "jones", "and", "château"
            ]
        );
    }

    #[test]
    fn a_whole_word_is_bounded_by_the_text_or_by_no_letter() {
        assert!(whole_word_at("kang said", 0, 4));
        assert!(whole_word_at("said kang", 5, 4));
        assert!(whole_word_at("said kang, ", 5, 4));
        assert!(!whole_word_at("said kangaroo", 5, 4));
        assert!(!whole_word_at("dekang", 2, 4));
    }

    #[test]
    fn possessive_is_stripped() {
        let t = "Russia’s";
        assert_eq!(strip_possessive(t, Span::new(0, t.len())), Span::new(0, 6));
    }
}
