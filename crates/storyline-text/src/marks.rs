//! LaTeX-style quotation marks (` ``…'' `), as newswire corpora write them (the LDC's AQUAINT,
//! Gigaword and TDT collections, DUC, the Penn Treebank), read as straight ones.
//!
//! The stages that read quotation marks (sentence splitting, quote extraction, the summary's
//! fragment rule) know `"`, `“ ”` and `« »`. Rather than teach each of them two-character marks,
//! [`straight_quotes`] gives a copy of the text in which both ` `` ` and `''` become `" `: the
//! same length, so every byte offset into the copy is the same offset into the original, and
//! spans found on the copy are shown from the original, unchanged. The mark takes the first byte:
//! an opening mark then sits where the pair starts (a sentence trimmed on the copy starts with the
//! whole pair, and the space inside is how tokenised corpora such as Multi-News write straight
//! marks: `" we made progress`), a closing one right after the quoted words (`bomb," said`, so
//! the comma that makes it a complete utterance is seen). A span that ends at a closing mark on the
//! copy ends one byte short of the pair in the original: [`end_past_closing_pair`] moves it.

/// The text with ` `` ` and `''` rewritten as `" `, or
/// `None` when the text has no ` `` ` (the convention always opens with one; a lone `''` elsewhere
/// is left alone).
pub fn straight_quotes(text: &str) -> Option<String> {
    if !text.contains("``") {
        return None;
    }
    let mut out = Vec::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match (b[i], b.get(i + 1)) {
            // `` ``… `Hallelujah,''' `` closes a single mark, then the pair: the pair is the last two.
            (b'\'', Some(b'\'')) if b.get(i + 2) == Some(&b'\'') => {
                out.push(b'\'');
                i += 1;
            }
            (b'`', Some(b'`')) | (b'\'', Some(b'\'')) => {
                out.extend_from_slice(b"\" ");
                i += 2;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    // Only ASCII pairs were replaced by ASCII pairs, so the bytes are still UTF-8 and every char
    // boundary is where it was.
    Some(String::from_utf8(out).unwrap_or_else(|_| text.to_string()))
}

/// The end of a span found on the [`straight_quotes`] copy, moved past the second `'` when the
/// span ends with the first byte of a closing `''` in the original `text`.
pub fn end_past_closing_pair(text: &str, end: usize) -> usize {
    if end > 0 && text.as_bytes().get(end - 1..=end) == Some(b"''".as_slice()) {
        end + 1
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latex_marks_become_straight_marks_of_the_same_length() {
        let text = "``It was definitely a bomb,'' said an official. ``You can see it,'' he said.";
        let got = straight_quotes(text).unwrap();
        assert_eq!(got.len(), text.len());
        assert_eq!(
            got,
            "\" It was definitely a bomb,\"  said an official. \" You can see it,\"  he said."
        );
        assert_eq!(&got[2..6], &text[2..6]);
    }

    #[test]
    fn a_span_ending_at_a_closing_pair_takes_both_bytes() {
        let text = "He said ``no.'' Then he left.";
        let copy = straight_quotes(text).unwrap();
        let end = copy.find('.').unwrap() + 2;
        assert_eq!(&copy[..end], "He said \" no.\"");
        assert_eq!(&text[..end_past_closing_pair(text, end)], "He said ``no.''");
        assert_eq!(end_past_closing_pair(text, 7), 7);
    }

    #[test]
    fn three_closing_marks_close_a_single_mark_then_the_pair() {
        let text = "``We quote `a new era,''' she said.";
        let copy = straight_quotes(text).expect("copy");
        assert_eq!(copy, "\" We quote `a new era,'\"  she said.");
        assert_eq!(copy.len(), text.len());
    }

    #[test]
    fn text_without_the_convention_is_left_alone() {
        assert_eq!(straight_quotes("He said \"no\" and 'yes'."), None);
        assert_eq!(straight_quotes("Rock 'n'' roll."), None);
    }

    #[test]
    fn multibyte_text_keeps_its_boundaries() {
        let text = "``Señor Müller,'' she said — ``ça va.''";
        let got = straight_quotes(text).unwrap();
        assert_eq!(got.len(), text.len());
        for (i, _) in text.char_indices() {
            assert!(got.is_char_boundary(i));
        }
    }
}
