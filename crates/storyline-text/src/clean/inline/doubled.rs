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
pub(super) fn headline_at_start(l: &str) -> Option<Cut> {
    let mut words = l.as_bytes().split(|&c| c == b' ');
    let first = words.next().filter(|w| !w.is_empty())?;
    let mut at = first.len() + 1;
    for word in words.take(HEADLINE_MAX_WORDS) {
        if word.len() == first.len() && word == first {
            let mut cut = doubled(l, 0, at).or_else(|| reworded(l, at))?;
            if cut.2 == BlockKind::Headline {
                cut.1 = after_label(l, cut.1);
            }
            return Some(cut);
        }
        at += word.len() + 1;
    }
    None
}

/// The labels a gossip site prints between its headline and its lead (`… shoot dog exclusive
/// salma hayek's beloved dog was shot`, `… we're appealing breaking news tom brady's agent just
/// came out blasting the nfl`).
const LEAD_LABELS: [&str; 2] = ["exclusive ", "breaking news "];

/// The end of a headline printed twice at `end`, past a label that follows it.
fn after_label(l: &str, end: usize) -> usize {
    let next = end + (l[end..].len() - l[end..].trim_start().len());
    LEAD_LABELS
        .iter()
        .find(|label| l[next..].starts_with(*label))
        .map_or(end, |label| next + label.trim_end().len())
}

/// Words of a headline printed twice with its punctuation changed or a dateline between, at
/// least: shorter runs may be a subject a lead repeats.
const REWORDED_MIN_WORDS: usize = 5;

/// Tokens of a dateline or section label between a headline's two copies, at most
/// (`washington ( ap ) —`).
const GAP_MAX_TOKENS: usize = 6;

/// A word's letters and digits with its inner apostrophes and hyphens: what two copies of a
/// headline share when one writes `salma hayek:` and the other `salma hayek`. Empty for a mark
/// alone (`--`, `—`, `&#124;`).
pub(super) fn bare_word(w: &str) -> &str {
    if w.starts_with("&#") {
        return "";
    }
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// True for a token that ends a sentence (not an ellipsis).
pub(super) fn ends_sentence(w: &str) -> bool {
    let w = w.trim_end_matches(['"', '\'', ')', ']', '”', '’']);
    w.ends_with(['.', '?', '!']) && !w.ends_with("..") && !w.ends_with('…')
}

/// A headline opening the paragraph printed again from `at` with its marks changed (`salma hayek
/// cops say neighbor had right to shoot dog salma hayek: cops say neighbor had right to shoot
/// dog exclusive …`, `randy travis cited in church fight ' extremely intoxicated ' randy travis
/// cited in church fight -- ' extremely intoxicated '`), or with a dateline or section label
/// between (`us unemployment rate plummets …; economy gains 288,000 jobs washington ( ap ) — us
/// unemployment rate plummets …; economy gains 288,000 jobs.`, `fox 11 investigates: … local
/// news fox 11 investigates: …`): every word of the first copy again in order, the marks
/// aside, and between them nothing but a short run that ends on a dash or the words `news` and
/// `local`. The first copy has no sentence's end. A second copy that ends a sentence is the lead
/// and stays (the first copy and what stands between go); one glued to the next words is a
/// headline too, and both go.
fn reworded(l: &str, at: usize) -> Option<Cut> {
    // The first word repeats within a headline's length in most paragraphs (`the`): the second
    // word answers for nearly all of them before the copies are read.
    let second_word = |from| {
        super::tokens(l, from)
            .map(|(_, t)| bare_word(t))
            .filter(|w| !w.is_empty())
            .nth(1)
    };
    if second_word(0) != second_word(at) {
        return None;
    }
    let first: Vec<(usize, &str)> = super::tokens(&l[..at], 0).collect();
    let mut second = super::tokens(l, at)
        .filter(|(_, t)| !bare_word(t).is_empty())
        .take(first.len() + 1);
    // The first copy's words matched by the second's, and the second copy's end.
    let (mut matched, mut end) = (0, at);
    let mut last_stops = false;
    for &(_, t) in &first {
        let w = bare_word(t);
        if w.is_empty() {
            matched += 1;
            continue;
        }
        let Some((p, u)) = second.next() else { break };
        if bare_word(u) != w {
            break;
        }
        matched += 1;
        end = p + u.len();
        last_stops = ends_sentence(u);
    }
    let words = first[..matched]
        .iter()
        .filter(|(_, t)| !bare_word(t).is_empty())
        .count();
    if words < REWORDED_MIN_WORDS || first[..matched].iter().any(|(_, t)| ends_sentence(t)) {
        return None;
    }
    let gap = &first[matched..];
    let label = gap.iter().all(|(_, t)| matches!(*t, "news" | "local"));
    let dateline = gap.len() <= GAP_MAX_TOKENS
        && gap
            .last()
            .is_some_and(|(_, t)| matches!(*t, "—" | "--" | "-" | "–"));
    if !(label || dateline) || (gap.is_empty() && l[..at].trim_end() == &l[at..end]) {
        return None;
    }
    if last_stops {
        Some((
            0,
            l[..at].trim_end().len(),
            BlockKind::Duplicate,
            "headline printed again as the lead (the first copy and a dateline between)",
        ))
    } else {
        // The marks closing the first copy close the second too (`… ' extremely intoxicated '`).
        let closing = first[..matched]
            .iter()
            .rev()
            .take_while(|(_, t)| bare_word(t).is_empty())
            .count();
        if let Some((p, t)) = super::tokens(l, end)
            .take(closing)
            .take_while(|(_, t)| bare_word(t).is_empty())
            .last()
        {
            end = p + t.len();
        }
        Some((
            0,
            end,
            BlockKind::Headline,
            "headline printed twice with its marks changed or a dateline between",
        ))
    }
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
              katharine mcphee declare legal war over nude photo hacks exclusive"
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
    fn a_headline_reworded_or_across_a_dateline_goes() {
        assert_eq!(
            cut(
                "salma hayek cops say neighbor had right to shoot dog salma hayek: cops say \
                 neighbor had right to shoot dog exclusive salma hayek's beloved dog was shot"
            ),
            [
                "salma hayek cops say neighbor had right to shoot dog salma hayek: cops say \
                 neighbor had right to shoot dog exclusive"
            ]
        );
        assert_eq!(
            cut(
                "fox 11 investigates: priest arrested again for violating probation local news \
                 fox 11 investigates: priest arrested again for violating probation erwin \
                 menacastro was back in handcuffs."
            ),
            [
                "fox 11 investigates: priest arrested again for violating probation local news \
                 fox 11 investigates: priest arrested again for violating probation"
            ]
        );
        assert_eq!(
            cut(
                "randy travis cited in church fight ' extremely intoxicated ' randy travis cited \
                 in church fight -- ' extremely intoxicated ' exclusive travis had bloodshot eyes"
            ),
            [
                "randy travis cited in church fight ' extremely intoxicated ' randy travis cited \
                 in church fight -- ' extremely intoxicated ' exclusive"
            ]
        );
        // The second copy is the lead's sentence: it stays.
        assert_eq!(
            cut(
                "us unemployment rate plummets to 6.3 percent; economy gains 288,000 jobs \
                 washington ( ap ) — us unemployment rate plummets to 6.3 percent; economy \
                 gains 288,000 jobs. article continues below."
            ),
            [
                "us unemployment rate plummets to 6.3 percent; economy gains 288,000 jobs washington ( ap ) —"
            ]
        );
        // A lead that repeats the headline's subject after other words stays whole.
        assert!(
            cut(
                "a parking lot in scotland was once a viking parliament, research suggests a \
                 viking site has been found beneath a parking lot in scotland."
            )
            .is_empty()
        );
        assert!(
            cut(
                "obama's oval office speech was good, but the gravitas was great president \
                 obama's oval office speech was good, but the iconography was great."
            )
            .is_empty()
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
