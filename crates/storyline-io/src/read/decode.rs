//! Bytes to text: byte-order marks, binary detection, legacy charsets and lossy UTF-8.
//!
//! The decisions are written here because they are small and specific; the legacy charsets
//! themselves are decoded by `encoding_rs` (the WHATWG Encoding Standard, as browsers do it). A
//! UTF-8 BOM is dropped, UTF-16 with a BOM is transcoded (lossily), and a buffer is called binary
//! when its first 8 KiB hold a NUL byte, more than 10% C0 control bytes other than tab, newline,
//! carriage return, form feed and escape, or more than a third of bytes that are not valid UTF-8.
//! Valid UTF-8 is taken as UTF-8, whatever a page declares. Bytes that are not valid UTF-8 are
//! decoded in the charset the file declares in its first 8 KiB (`<meta charset="windows-1252">`,
//! `content="text/html; charset=iso-8859-1"`, `<?xml … encoding="…"?>`) when it names a legacy
//! one; with no declaration and not a single valid multi-byte UTF-8 sequence, as windows-1252 (the
//! standard's default for western legacy pages; ISO-8859-1 is its subset), with a note that this
//! was a guess. Anything else is UTF-8 decoded lossily: each invalid sequence becomes U+FFFD and a
//! note names the first bad byte.
//!
//! Text that is already Unicode can still carry windows-1252 punctuation mis-decoded as C1
//! control characters (`\u{93}we couldn’t wait\u{94}`: a JSON dump made from windows-1252 bytes
//! read as ISO-8859-1). C1 controls have no use in news text, so [`repair_c1`] maps each one that
//! windows-1252 defines to its character (`“`, `”`, `–`, `—`, `•`, `…`, `€`, …), with a note.

/// How many leading bytes the binary test looks at.
const SNIFF_LEN: usize = 8192;

/// Decoded text, with a note when the decoding had to repair something.
pub(super) struct Decoded {
    /// The text.
    pub text: String,
    /// What was repaired (becomes a warning).
    pub note: Option<String>,
}

/// Replaces the C1 control characters of `text` that windows-1252 defines by their characters
/// (U+0093 → `“`); returns how many were replaced. The five codes windows-1252 leaves undefined
/// stay as they are.
pub(super) fn repair_c1(text: &mut String) -> usize {
    if !has_c1(text) {
        return 0;
    }
    let mut n = 0;
    *text = text
        .chars()
        .map(|c| match c {
            '\u{80}'..='\u{9f}' => {
                let byte = [c as u8];
                let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
                match decoded.chars().next() {
                    Some(d) if d != c => {
                        n += 1;
                        d
                    }
                    _ => c,
                }
            }
            _ => c,
        })
        .collect();
    n
}

/// True when `text` holds a C1 control character (U+0080–U+009F), in UTF-8 the byte `0xC2` and a
/// byte `0x80..=0x9F`. `0xC2` is never a continuation byte, so `memchr` finds the candidates many
/// bytes at a time (most texts hold none; a few hold `0xC2` for a no-break space or `£`) instead
/// of decoding every char.
fn has_c1(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(0xC2, b).any(|i| b.get(i + 1).is_some_and(|c| (0x80..=0x9F).contains(c)))
}

/// Decodes `bytes`; `Err` holds why the bytes look binary.
pub(super) fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return decode(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return Ok(utf16(rest, u16::from_le_bytes, "UTF-16LE"));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return Ok(utf16(rest, u16::from_be_bytes, "UTF-16BE"));
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let declared = declared_charset(head).filter(|&e| e != encoding_rs::UTF_8);
    if let Some(why) = binary(bytes, declared.is_some()) {
        return Err(why);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            note: None,
        }),
        Err(e) => {
            if let Some(decoded) = legacy(bytes, declared) {
                return Ok(decoded);
            }
            let bad = bytes
                .utf8_chunks()
                .filter(|c| !c.invalid().is_empty())
                .count();
            Ok(Decoded {
                text: String::from_utf8_lossy(bytes).into_owned(),
                note: Some(format!(
                    "invalid UTF-8 at byte {} ({bad} bad sequence{}); decoded lossily with U+FFFD",
                    e.valid_up_to(),
                    if bad == 1 { "" } else { "s" }
                )),
            })
        }
    }
}

/// Bytes that are not UTF-8, decoded in a declared legacy charset or, with no declaration and no
/// UTF-8 sequence at all, as windows-1252; `None` when UTF-8 (lossy) is still the better reading.
fn legacy(bytes: &[u8], declared: Option<&'static encoding_rs::Encoding>) -> Option<Decoded> {
    let (encoding, guessed) = match declared {
        Some(e) => (e, false),
        None if bytes.utf8_chunks().all(|c| c.valid().is_ascii()) => {
            (encoding_rs::WINDOWS_1252, true)
        }
        None => return None,
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let note = match (guessed, had_errors) {
        (false, false) => None,
        (false, true) => Some(format!(
            "decoded as declared {}; some bytes are not valid in it and became U+FFFD",
            encoding.name()
        )),
        (true, _) => Some(format!(
            "not UTF-8 and no charset declared; decoded as {}",
            encoding.name()
        )),
    };
    Some(Decoded {
        text: text.into_owned(),
        note,
    })
}

/// The charset a file declares near its top: the label after `charset=` (HTML meta or an HTTP-style
/// content type) or in `encoding="…"` (XML declaration), if `encoding_rs` knows it.
fn declared_charset(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    const KEYS: [&[u8]; 2] = [b"charset=", b"encoding="];
    let lower = head.to_ascii_lowercase();
    KEYS.iter().find_map(|key| {
        let at = lower.windows(key.len()).position(|w| w == *key)? + key.len();
        let rest = &lower[at..];
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
            .unwrap_or(rest.len());
        encoding_rs::Encoding::for_label(&rest[..end])
    })
}

/// Transcodes UTF-16 code units (after the BOM) to a string, lossily.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, label: &str) -> Decoded {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut bad = 0usize;
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    let odd = bytes.len() % 2 == 1;
    let note = if bad > 0 || odd {
        format!(
            "{label} with {bad} unpaired surrogate(s){}; decoded lossily",
            if odd { " and an odd trailing byte" } else { "" }
        )
    } else {
        format!("decoded from {label} (byte-order mark)")
    };
    Decoded {
        text,
        note: Some(note),
    }
}

/// Why the bytes look binary, if they do. Invalid UTF-8 is no evidence when the file declares a
/// legacy charset (`legacy`): in windows-1251 or -1253 most letters are such bytes.
fn binary(bytes: &[u8], legacy: bool) -> Option<String> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.is_empty() {
        return None;
    }
    if head.contains(&0) {
        return Some("contains NUL bytes".to_string());
    }
    let control = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f)
        .count();
    if control * 10 > head.len() {
        return Some(format!(
            "{}% of the first {} bytes are control characters",
            control * 100 / head.len(),
            head.len()
        ));
    }
    if legacy {
        return None;
    }
    // A multi-byte character cut by the sniff window is not evidence of anything.
    let invalid: usize = head
        .utf8_chunks()
        .map(|c| c.invalid().len())
        .sum::<usize>()
        .saturating_sub(if head.len() < bytes.len() { 3 } else { 0 });
    if invalid * 3 > head.len() {
        return Some(format!(
            "{}% of the first {} bytes are not UTF-8",
            invalid * 100 / head.len(),
            head.len()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c1_controls_are_read_as_windows_1252_punctuation() {
        let mut t = "\u{93}I heard screaming,\u{94} he said \u{96} twice\u{85} \u{81}".to_string();
        assert_eq!(repair_c1(&mut t), 4);
        assert_eq!(t, "“I heard screaming,” he said – twice… \u{81}");
        let mut plain = "“Already fine,” she said.".to_string();
        assert_eq!(repair_c1(&mut plain), 0);
    }

    proptest::proptest! {
        /// The byte search for C1 controls answers what decoding every char answers.
        #[test]
        fn c1_byte_search_matches_the_char_test(s in "(a|\u{a0}|£|\u{80}|\u{93}|\u{9f}|\u{a0}|\u{7f}|é|—|“){0,12}") {
            let by_char = s.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c));
            proptest::prop_assert_eq!(has_c1(&s), by_char);
        }
    }

    #[test]
    fn utf8_bom_is_dropped_silently() {
        let d = decode(b"\xef\xbb\xbfHello").unwrap();
        assert_eq!(d.text, "Hello");
        assert!(d.note.is_none());
    }

    #[test]
    fn utf16_with_bom_is_transcoded() {
        let d = decode(b"\xff\xfeH\0i\0").unwrap();
        assert_eq!(d.text, "Hi");
        let d = decode(b"\xfe\xff\0H\0i").unwrap();
        assert_eq!(d.text, "Hi");
    }

    #[test]
    fn invalid_utf8_among_valid_utf8_is_lossy_with_offset() {
        let mut bytes = "caf\u{e9} cr\u{e8}me, th".as_bytes().to_vec();
        bytes.push(0xe9);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "caf\u{e9} cr\u{e8}me, th\u{fffd}");
        assert!(d.note.unwrap().contains("byte 16"));
    }

    #[test]
    fn declared_legacy_charset_is_decoded_silently() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>\
                     <body><p>\x93We will go,\x94 the caf\xe9 owner said \x96 twice.</p></body></html>";
        let d = decode(page).unwrap();
        assert!(
            d.text
                .contains("\u{201c}We will go,\u{201d} the caf\u{e9} owner said \u{2013} twice.")
        );
        assert!(d.note.is_none());
        let d = decode(b"<meta charset='ISO-8859-1'><p>Z\xfcrich</p>").unwrap();
        assert!(d.text.contains("Z\u{fc}rich"), "{}", d.text);
    }

    #[test]
    fn undeclared_high_bytes_are_read_as_windows_1252_with_a_note() {
        let d = decode(b"caf\xe9 au lait").unwrap();
        assert_eq!(d.text, "caf\u{e9} au lait");
        assert!(d.note.unwrap().contains("windows-1252"));
    }

    #[test]
    fn declared_cyrillic_is_not_binary() {
        // "Москва" in windows-1251: every letter is a byte that is not UTF-8.
        let d = decode(b"<meta charset=\"windows-1251\"><p>\xcc\xee\xf1\xea\xe2\xe0</p>").unwrap();
        assert!(
            d.text
                .contains("\u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{430}"),
            "{}",
            d.text
        );
        assert!(decode(b"<p>\xcc\xee\xf1\xea\xe2\xe0</p>").is_err());
    }

    #[test]
    fn valid_utf8_wins_over_a_declaration() {
        let page = "<meta charset=\"windows-1252\"><p>caf\u{e9}</p>";
        let d = decode(page.as_bytes()).unwrap();
        assert_eq!(d.text, page);
        assert!(d.note.is_none());
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").is_err());
        assert!(decode(&[0x01, 0x02, 0x03, b'a', 0x04]).is_err());
        assert!(decode(&[0xff; 64]).is_err());
        assert!(decode(b"plain text\twith tabs\n").is_ok());
    }
}
