//! Bytes to text: byte-order marks, binary detection and lossy UTF-8.
//!
//! Written by hand because the decisions are small and specific: a UTF-8 BOM is dropped, UTF-16
//! with a BOM is transcoded (lossily), and a buffer is called binary when its first 8 KiB hold a NUL
//! byte, more than 10% C0 control bytes other than tab, newline, carriage return, form feed and
//! escape, or more than a third of bytes that are not valid UTF-8. Anything else is UTF-8, decoded
//! lossily: each invalid sequence becomes U+FFFD and a note names the first bad byte.

/// How many leading bytes the binary test looks at.
const SNIFF_LEN: usize = 8192;

/// Decoded text, with a note when the decoding had to repair something.
pub(super) struct Decoded {
    /// The text.
    pub text: String,
    /// What was repaired (becomes a warning).
    pub note: Option<String>,
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
    if let Some(why) = binary(bytes) {
        return Err(why);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            note: None,
        }),
        Err(e) => {
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

/// Why the bytes look binary, if they do.
fn binary(bytes: &[u8]) -> Option<String> {
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
    fn invalid_utf8_is_lossy_with_offset() {
        let d = decode(b"caf\xe9 au lait").unwrap();
        assert_eq!(d.text, "caf\u{fffd} au lait");
        assert!(d.note.unwrap().contains("byte 3"));
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").is_err());
        assert!(decode(&[0x01, 0x02, 0x03, b'a', 0x04]).is_err());
        assert!(decode(&[0xff; 64]).is_err());
        assert!(decode(b"plain text\twith tabs\n").is_ok());
    }
}
