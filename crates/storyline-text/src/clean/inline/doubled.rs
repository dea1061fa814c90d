//! Text a page printed twice in a row inside one paragraph, which flattening glued together: a
//! headline with its link or alt text opening the paragraph (`tiger woods, katharine mcphee
//! declare legal war over nude photo hacks tiger woods, katharine mcphee declare legal war over
//! nude photo hacks exclusive …`, `please confirm your birth date: please confirm your birth
//! date:`, `troy r. bennett &#124; bdn troy r. bennett &#124; bdn gov. paul lepage told …`) and a
//! caption or sentence printed twice anywhere in it (`the alamo shrine in san antonio, texas, jan.
//! 19, 2011. the alamo shrine in san antonio, texas, jan. 19, 2011.`).
//!
//! A run of at least [`MIN_WORDS`] words followed at once by the same words again. A run that
//! ends a sentence is a sentence printed twice: the first copy goes and the second stays (nothing
//! is lost if it was the article's own). A run without a sentence's end, at the paragraph's start,
//! is a headline or a label: prose does not repeat four words and more in a row, so both copies
//! go when the run is long ([`LONG_WORDS`]) or holds a label's mark; a short run of plain words
//! may be a subheading before a sentence that opens with the same words, and loses only its first
//! copy. Shorter repeats are the subheadings of `doubled_subheads`, or emphasis (`love love love`).

use super::super::BlockKind;
use super::Cut;
#[cfg(test)]
use super::Para;

/// Words of a doubled run, at least.
const MIN_WORDS: usize = 4;

/// Words of a doubled headline or label without a sentence's end, at most.
const HEADLINE_MAX_WORDS: usize = 30;

/// Words of a doubled sentence or caption, at most.
const SENTENCE_MAX_WORDS: usize = 60;

/// Words of a doubled run without a sentence's end from which it is taken for a headline even
/// when it holds only words: a shorter one may be a subheading whose paragraph opens with the
/// same words (`Rocky mountain spotted fever rocky mountain spotted fever is …`), so only its
/// first copy goes.
const LONG_WORDS: usize = 8;

/// True when `copy` holds only words, with no label's or credit's mark (`:`, `|`, brackets).
fn plain(copy: &str) -> bool {
    !copy.contains([':', '|', '(', ')', '[', ']', '/']) && !copy.contains("&#124;")
}

/// Sentence starts a run may begin at, looked back over: a doubled run holds at most a few
/// sentences.
const LOOK_BACK: usize = 4;

/// The doubled runs of one paragraph, found at the sentence starts that `doubled_subheads`
/// meets in its own walk over the stops (one vector search for both): the text at each start
/// is compared with the last [`LOOK_BACK`] sentences before it, which fails at the first byte
/// nearly always. A run without a stop is looked for only at the paragraph's start, where
/// flattening glues headlines. (A walk over every word comparing each with the recent
/// sentences' first words also found the headlines inside a paragraph, 15 more in all of val,
/// but cost 0.05 M instructions a Multi-News cluster, 3%; a separate walk over the stops 0.02 M.)
pub(super) struct Doubles {
    starts: [usize; LOOK_BACK],
    n: usize,
    done: usize,
    /// The cuts found, pushed to the paragraph's after the other passes (whose names win).
    pub(super) cuts: Vec<Cut>,
}

impl Doubles {
    /// Starts on paragraph `l`, with its opening headline printed twice if any.
    pub(super) fn new(l: &str) -> Self {
        let mut d = Self {
            starts: [0; LOOK_BACK],
            n: 1,
            done: 0,
            cuts: Vec::new(),
        };
        if let Some(cut) = headline_at_start(l) {
            d.done = cut.1;
            d.cuts.push(cut);
        }
        d
    }

    /// Meets the sentence start `q` of `l` (after a stop and whitespace).
    pub(super) fn start(&mut self, l: &str, q: usize) {
        let b = l.as_bytes();
        if q == 0 || q >= b.len() || self.starts[..self.n].last() == Some(&q) {
            return;
        }
        if q >= self.done {
            for &p in &self.starts[..self.n] {
                if p >= self.done
                    && b[p] == b[q]
                    && let Some(cut) = doubled(l, p, q)
                {
                    self.done = cut.1;
                    self.cuts.push(cut);
                    break;
                }
            }
        }
        if self.n == LOOK_BACK {
            self.starts.rotate_left(1);
            self.n -= 1;
        }
        self.starts[self.n] = q;
        self.n += 1;
    }
}

/// A headline or label printed twice opening the paragraph: its first word again within
/// [`HEADLINE_MAX_WORDS`] words, and the run repeated from there.
fn headline_at_start(l: &str) -> Option<Cut> {
    let mut words = l.as_bytes().split(|&c| c == b' ');
    let first = words.next().filter(|w| !w.is_empty())?;
    let mut at = first.len() + 1;
    for word in words.take(HEADLINE_MAX_WORDS) {
        if word.len() == first.len() && word == first {
            return doubled(l, 0, at);
        }
        at += word.len() + 1;
    }
    None
}

/// The cut when the run from `p` to the word at `q` is printed again from `q`.
fn doubled(l: &str, p: usize, q: usize) -> Option<Cut> {
    let copy = l[p..q].trim_end();
    let after = &l[q..];
    if !after.starts_with(copy)
        || !after[copy.len()..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
    {
        return None;
    }
    let mut words = copy.split_whitespace();
    let first = words.next()?;
    let (mut count, mut distinct) = (1, false);
    for w in words {
        count += 1;
        distinct |= w != first;
    }
    let bare = copy.trim_end_matches(['"', '\'', ')', ']', '”', '’']);
    let sentence = bare.ends_with(['.', '?', '!']);
    // A copy that ends on an abbreviation's period (`… thursday, jan.`: a short word, a number
    // after it) began inside the repeated text, not at its start: cutting it would leave a
    // fragment.
    let last = bare.rsplit(' ').next().unwrap_or("");
    let goes_on = after[copy.len()..]
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit());
    if last.ends_with('.') && goes_on && last.len() <= 5 {
        return None;
    }
    if count < MIN_WORDS || !distinct {
        return None;
    }
    if (sentence && count <= SENTENCE_MAX_WORDS) || (!sentence && count < LONG_WORDS && plain(copy))
    {
        Some((
            p,
            p + copy.len(),
            BlockKind::Duplicate,
            "text printed twice in a row (the first copy)",
        ))
    } else if !sentence && count <= HEADLINE_MAX_WORDS {
        Some((
            p,
            q + copy.len(),
            BlockKind::Headline,
            "headline or label printed twice in a row",
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The doubles of `s` found as `doubled_subheads` meets its sentence starts.
    fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
        let mut d = Doubles::new(l);
        let stops = memchr::memchr3_iter(b'.', b'?', b'!', l.as_bytes()).map(|i| i + 1);
        for p0 in stops {
            let p = p0 + (l[p0..].len() - l[p0..].trim_start().len());
            if p > p0 {
                d.start(l, p);
            }
        }
        cuts.extend(d.cuts);
    }

    fn cut(s: &str) -> Vec<&str> {
        super::super::cut_texts(find, s)
    }

    #[test]
    fn a_headline_printed_twice_goes_whole() {
        assert_eq!(
            cut(
                "tiger woods, katharine mcphee declare legal war over nude photo hacks tiger \
                 woods, katharine mcphee declare legal war over nude photo hacks exclusive tiger \
                 woods have been hacked"
            ),
            [
                "tiger woods, katharine mcphee declare legal war over nude photo hacks tiger woods, \
              katharine mcphee declare legal war over nude photo hacks"
            ]
        );
        // Short and plain: perhaps a subheading before a sentence with the same subject.
        assert_eq!(
            cut(
                "american flags missing from the brooklyn bridge american flags missing from the \
                 brooklyn bridge could the placement of white flags indicate a breach?"
            ),
            ["american flags missing from the brooklyn bridge"]
        );
        assert_eq!(
            cut(
                "troy r. bennett &#124; bdn troy r. bennett &#124; bdn gov. paul lepage told a \
                 group"
            ),
            ["troy r. bennett &#124; bdn troy r. bennett &#124; bdn"]
        );
    }

    #[test]
    fn a_sentence_printed_twice_loses_its_first_copy() {
        assert_eq!(
            cut(
                "the alamo shrine in san antonio, texas, jan. 19, 2011. the alamo shrine in san \
                 antonio, texas, jan. 19, 2011. the alamo drew crowds."
            ),
            ["the alamo shrine in san antonio, texas, jan. 19, 2011."]
        );
    }

    #[test]
    fn a_repeat_that_ends_on_an_abbreviation_stays() {
        // Val: the run from `18, 2018.` to `jan.` repeats too, but it starts inside the caption.
        assert!(
            cut(
                "it was held. ( ap ) 18, 2018. president trump speaks at the pentagon, thursday, \
                 jan. 18, 2018. president trump speaks at the pentagon, thursday, jan. 18, 2018."
            )
            .iter()
            .all(|c| !c.ends_with("jan."))
        );
    }

    #[test]
    fn short_or_partial_repeats_stay() {
        // Emphasis, a subheading's few words, and a repeat that is not whole.
        assert!(cut("love love love love it, she said.").is_empty());
        assert!(cut("early retirement the early retirement offer was made.").is_empty());
        assert!(cut("the city said the city would pay the bill on monday.").is_empty());
        // Not at a sentence's start.
        assert!(
            cut("he said we will fight on the beaches we will fight on the beaches and more.")
                .is_empty()
        );
    }
}
