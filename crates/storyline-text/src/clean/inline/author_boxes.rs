//! A columnist's author box glued into the middle of the article: the bio and the page's link
//! to the author's archive (`… says something baffling. Dana milbank writes about political
//! theater in the nation's capital. He joined the post as a political reporter in 2000. View
//! archive on justice being blind: …`). On the page the box stands beside the column; flattened
//! text keeps it between two of the column's sentences, and a summary then cites the bio as if
//! it were news.
//!
//! The link `View archive` opening a sentence shows where the box ends. Its start is the
//! bio's first sentence: walking back from the link over at most [`BIO_SENTENCES`] sentences
//! that each name the writer's work (`writes`, `column`, `columnist`, `joined`, `pulitzer`, the
//! `post`, …) and report nothing (`said`, `told`), the box opens at the earliest that
//! introduces the writer: a `writes`, `is`, `has been` or `created` within its first words and
//! a word for the job (`Charles lane is a post editorial writer, …`, `Kathleen parker writes a
//! twice-weekly column …`). A sentence before it that names no such work is the column's and
//! stays; with no introduction found, only the link goes.
//!
//! A writer's bio before a contact line goes as well (`will oremus is slate's senior technology
//! writer. Email him at will.oremus@slate.com or follow him on twitter.`): the line itself is
//! found by the notices or by `contacts.rs`, and [`bios_before_contacts`] walks back from it as
//! from the link.

use super::super::BlockKind;
use super::datelines::sentence_ends_before;
use super::doubled::bare_word;
use super::{Cut, Para, occurrences, overlaps, sentence_start};

/// Sentences of the bio at most (George f. Will's runs to three: his column, its start and his
/// pulitzer, his television work).
const BIO_SENTENCES: usize = 4;

/// Bytes before the link searched for the bio's sentences, at most.
const BIO_BYTES: usize = 1_200;

/// Words of a bio's first sentence among which its verb stands (`editor and publisher of the
/// nation magazine, vanden heuvel writes …`: the 9th).
const INTRO_WORDS: usize = 10;

/// The link that closes the box.
const LINK: &str = "view archive";

/// Finds the author boxes in the lower-cased paragraph `l`.
pub(super) fn find(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    for at in occurrences!(l, LINK) {
        let end = at + LINK.len();
        // `To view archived videos click …` is an instruction, not the box's link.
        if l[end..].starts_with(|c: char| c.is_alphanumeric()) || !sentence_start(l, at) {
            continue;
        }
        let start = bio_start(l, at).unwrap_or(at);
        cuts.push((
            start,
            end,
            BlockKind::Byline,
            "columnist's author box (… writes a weekly column … View archive)",
        ));
    }
}

/// Start of the bio that ends right before the link at `at`, if one does.
fn bio_start(l: &str, at: usize) -> Option<usize> {
    let mut from = at.saturating_sub(BIO_BYTES);
    while !l.is_char_boundary(from) {
        from += 1;
    }
    let b = l.as_bytes();
    // The sentences before the link, nearest first: each starts at a word after a true end
    // (and its closing marks).
    let mut end = at;
    let mut start = None;
    for _ in 0..BIO_SENTENCES {
        let head = l[from..end].trim_end();
        if head.is_empty() {
            break;
        }
        let open = (from + 1..from + head.len())
            .rev()
            .find(|&i| {
                // A bio opens on its writer's name, never on a quote's closing mark.
                b[i - 1] == b' ' && b[i].is_ascii_alphanumeric() && {
                    let stop = l[..i].trim_end().trim_end_matches(['"', '\'', ')', ']']);
                    sentence_ends_before(l, stop.len())
                }
            })
            .unwrap_or(from);
        let sentence = &l[open..from + head.len()];
        if !names_work(sentence) {
            break;
        }
        if introduces(sentence) {
            start = Some(open);
        }
        if open == from {
            break;
        }
        end = open;
    }
    start
}

/// True when a sentence names a writer's work and reports nothing.
fn names_work(s: &str) -> bool {
    let mut work = false;
    for w in s.split_whitespace().map(bare_word) {
        if matches!(w, "said" | "says" | "told" | "according") {
            return false;
        }
        work |= is_job(w)
            || matches!(
                w,
                "writes" | "joined" | "pulitzer" | "post" | "post's" | "paper" | "covers"
            );
    }
    work
}

/// True when a sentence introduces the writer: a verb of being or writing among its first
/// [`INTRO_WORDS`] words and a word for the job anywhere.
fn introduces(s: &str) -> bool {
    let mut words = s.split_whitespace().map(bare_word);
    let verb = words
        .by_ref()
        .take(INTRO_WORDS)
        .any(|w| matches!(w, "writes" | "is" | "has" | "created"));
    verb && s
        .split_whitespace()
        .map(bare_word)
        .any(|w| w == "writes" || is_job(w))
}

/// True for a word that names a writer's job.
fn is_job(w: &str) -> bool {
    matches!(
        w,
        "column"
            | "columns"
            | "columnist"
            | "writer"
            | "critic"
            | "editor"
            | "reporter"
            | "correspondent"
            | "blog"
            | "blogger"
            | "contributor"
            | "commentator"
    )
}

/// Finds the writer's bio right before a contact line that an earlier pass cut (the notices'
/// `Email him at …`, [`super::contacts`]' `… may be reached at …`) in the lower-cased paragraph
/// `l`: `will oremus will oremus is slate's senior technology writer.` before `Email him at
/// will.oremus@slate.com or follow him on twitter.` A cut that holds an e-mail address's `@` is
/// taken for the contact line; the bio is found as the box's is, walking back from it.
pub(super) fn bios_before_contacts(l: &Para<'_>, cuts: &mut Vec<Cut>) {
    let before = cuts.len();
    for i in 0..before {
        let (start, end, ..) = cuts[i];
        if memchr::memchr(b'@', &l.as_bytes()[start..end]).is_none() {
            continue;
        }
        let Some(bio) = bio_start(l, start) else {
            continue;
        };
        // A cut inside the bio (a name glued before it as a subheading) keeps its words; the bio
        // goes from that cut's end.
        let bio = cuts
            .iter()
            .filter(|c| c.1 > bio && c.1 <= start)
            .map(|c| c.1 + (l[c.1..].len() - l[c.1..].trim_start().len()))
            .max()
            .unwrap_or(bio);
        if bio < start && !overlaps(cuts, bio, start) {
            cuts.push((
                bio,
                start,
                BlockKind::Byline,
                "writer's bio before a contact line (… is slate's senior technology writer. Email him at …)",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text each cut of `pass` takes out of `s`.
    fn cuts_of(pass: fn(&Para<'_>, &mut Vec<Cut>), s: &str) -> Vec<String> {
        let l = s.to_ascii_lowercase();
        let mut cuts = Vec::new();
        pass(&Para::new(&l), &mut cuts);
        cuts.iter().map(|c| s[c.0..c.1].to_string()).collect()
    }

    fn cut(s: &str) -> Vec<String> {
        cuts_of(find, s)
    }

    /// The bio and its link go; the column's sentences on either side stay.
    #[test]
    fn an_author_box_goes_from_its_bio_to_its_link() {
        assert_eq!(
            cut(
                "He says something baffling. Dana milbank writes about political theater in the nation's capital. He joined the post as a political reporter in 2000. View archive on justice being blind: it matters."
            ),
            [
                "Dana milbank writes about political theater in the nation's capital. He joined the post as a political reporter in 2000. View archive"
            ]
        );
        // An initial inside the name does not end the bio's sentence.
        assert_eq!(
            cut(
                "Whatever that means. George f. Will writes a twice-weekly column on politics. He began his column with the post in 1974. View archive the meaning will be explained."
            ),
            [
                "George f. Will writes a twice-weekly column on politics. He began his column with the post in 1974. View archive"
            ]
        );
    }

    /// A sentence of the column that names the paper stays, and an archive that is not the
    /// box's link is no box.
    #[test]
    fn the_column_and_other_archives_stay() {
        assert_eq!(
            cut(
                "The editor told the post he was sorry. Ruth marcus is a columnist for the post. View archive why now?"
            ),
            ["Ruth marcus is a columnist for the post. View archive"]
        );
        // No introduction: only the link goes.
        assert_eq!(
            cut("The post's reporter called twice. View archive he never answered."),
            ["View archive"]
        );
        assert!(cut("To view archived videos click on the videos link.").is_empty());
        assert!(cut("You can view archive footage at the museum.").is_empty());
    }

    /// The writer's bio before a contact line another pass cut goes; with no bio before it, or
    /// a cut without an address, nothing more goes.
    #[test]
    fn the_bio_before_a_cut_contact_line_goes() {
        let bio_of = |s: &str, line: &str| {
            let l = s.to_ascii_lowercase();
            let at = s.find(line).expect("the line is in the text");
            let mut cuts = vec![(at, at + line.len(), BlockKind::Notice, "contact line")];
            bios_before_contacts(&Para::new(&l), &mut cuts);
            cuts[1..]
                .iter()
                .map(|c| s[c.0..c.1].trim_end().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            bio_of(
                "They're wrong. will oremus will oremus is slate's senior technology writer. Email him at will.oremus@slate.com or follow him on twitter. Some will say we've come too far.",
                "Email him at will.oremus@slate.com or follow him on twitter."
            ),
            ["will oremus will oremus is slate's senior technology writer."]
        );
        assert!(
            bio_of(
                "The case was adjourned. Kimberly redmond may be reached at kredmond@njadvancemedia.com.",
                "Kimberly redmond may be reached at kredmond@njadvancemedia.com."
            )
            .is_empty()
        );
        assert!(
            bio_of(
                "Will oremus is slate's senior technology writer. Follow him on twitter.",
                "Follow him on twitter."
            )
            .is_empty()
        );
    }
}
