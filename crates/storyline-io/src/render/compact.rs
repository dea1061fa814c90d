//! Compact JSON, byte for byte what `serde_json::to_writer` writes, with strings escaped eight
//! bytes at a time.
//!
//! A dataset's briefs are written one a line, and most of their bytes are the summary
//! sentences' text. `serde_json` looks each byte of a string up in a table before copying the
//! run (about eight instructions a byte, a quarter of what writing a summary-only brief cost
//! under callgrind); [`write_escaped`] tests eight bytes at once for one that needs an escape.
//! The structure (objects, arrays, commas) is written here as `serde_json`'s compact formatter
//! does, and numbers are written by `serde_json` itself, so the bytes are the same; the tests
//! compare them.

use serde::ser::{self, Serialize};
use serde_json::Error;

/// Appends `value` as compact JSON: the bytes `serde_json::to_writer` writes.
pub(crate) fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(&mut Compact { out })
}

/// Appends `s` as a JSON string, escaped as `serde_json` escapes it: `"` and `\` with a
/// backslash, the controls `\b`, `\t`, `\n`, `\f`, `\r` by name and the other bytes below
/// `0x20` as `\u00XX` (lower-case hex); every other char as it is.
pub(crate) fn write_escaped(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match next_escape(b, i) {
            Some(k) => {
                out.extend_from_slice(&b[start..k]);
                push_escape(out, b[k]);
                i = k + 1;
                start = i;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

/// The first byte of `b` from `i` on that JSON needs escaped (`"`, `\` or below `0x20`).
///
/// Eight bytes are tested at once: with `ONES` a one in every byte and `TOPS` the top bits,
/// `(v - 0x20·ONES) & !v & TOPS` marks the bytes below `0x20`, and the same of `v ^ c·ONES`
/// (below `0x01`: zero) the bytes equal to `c`. A borrow can mark a byte above a marked one
/// falsely, never below, so the lowest mark (the first byte in memory) is a true one.
fn next_escape(b: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let below = |v: u64, n: u64| v.wrapping_sub(n * ONES) & !v & TOPS;
    while let Some(chunk) = b.get(i..i + 8) {
        let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let marks = below(v, 0x20)
            | below(v ^ (u64::from(b'"') * ONES), 1)
            | below(v ^ (u64::from(b'\\') * ONES), 1);
        if marks != 0 {
            return Some(i + (marks.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b[i..].iter().position(|&c| needs_escape(c)).map(|k| i + k)
}

/// True when JSON needs the byte `c` escaped.
fn needs_escape(c: u8) -> bool {
    c < 0x20 || c == b'"' || c == b'\\'
}

/// Appends the escape of the byte `c` (one that [`needs_escape`]).
fn push_escape(out: &mut Vec<u8>, c: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match c {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        b'\t' => out.extend_from_slice(b"\\t"),
        b'\n' => out.extend_from_slice(b"\\n"),
        0x0c => out.extend_from_slice(b"\\f"),
        b'\r' => out.extend_from_slice(b"\\r"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(c >> 4)],
            HEX[usize::from(c & 0xf)],
        ]),
    }
}

/// A serializer writing compact JSON into a byte buffer.
struct Compact<'a> {
    out: &'a mut Vec<u8>,
}

impl Compact<'_> {
    /// A number (or `null` for a float that is not finite) as `serde_json` writes it.
    fn number<T: Serialize>(&mut self, v: T) -> Result<(), Error> {
        serde_json::to_writer(&mut *self.out, &v)
    }

    /// Opens `{"variant":` for an enum variant that carries data.
    fn open_variant(&mut self, variant: &str) {
        self.out.push(b'{');
        write_escaped(self.out, variant);
        self.out.push(b':');
    }
}

/// An array or object being written: whether a comma goes before the next element.
struct Seq<'s, 'a> {
    ser: &'s mut Compact<'a>,
    first: bool,
    /// What closes it: `]`, `}`, or `]}` / `}}` for a variant's data.
    close: &'static [u8],
}

impl Seq<'_, '_> {
    fn comma(&mut self) {
        if !self.first {
            self.ser.out.push(b',');
        }
        self.first = false;
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.comma();
        write_escaped(self.ser.out, key);
        self.ser.out.push(b':');
        value.serialize(&mut *self.ser)
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.ser)
    }

    fn close(self) {
        self.ser.out.extend_from_slice(self.close);
    }
}

impl<'s, 'a> Compact<'a> {
    fn open(&'s mut self, open: &[u8], close: &'static [u8]) -> Seq<'s, 'a> {
        self.out.extend_from_slice(open);
        Seq {
            ser: self,
            first: true,
            close,
        }
    }
}

impl<'s, 'a> ser::Serializer for &'s mut Compact<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'s, 'a>;
    type SerializeTuple = Seq<'s, 'a>;
    type SerializeTupleStruct = Seq<'s, 'a>;
    type SerializeTupleVariant = Seq<'s, 'a>;
    type SerializeMap = Seq<'s, 'a>;
    type SerializeStruct = Seq<'s, 'a>;
    type SerializeStructVariant = Seq<'s, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" as &[u8] } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_escaped(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_escaped(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Seq<'s, 'a>, Error> {
        Ok(self.open(b"[", b"]"))
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'s, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Seq<'s, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Seq<'s, 'a>, Error> {
        self.open_variant(variant);
        Ok(self.open(b"[", b"]}"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Seq<'s, 'a>, Error> {
        Ok(self.open(b"{", b"}"))
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Seq<'s, 'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Seq<'s, 'a>, Error> {
        self.open_variant(variant);
        Ok(self.open(b"{", b"}}"))
    }
}

/// The four list-like serde traits: each element through [`Seq::element`], then the closing
/// bracket.
macro_rules! list_like {
    ($($trait:ident::$method:ident),*) => {$(
        impl ser::$trait for Seq<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close();
                Ok(())
            }
        }
    )*};
}

list_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Seq<'_, '_> {
    type Ok = ();
    type Error = Error;
    /// A key as `serde_json` writes one: a string as it is, any other value through
    /// `serde_json` (which quotes numbers and refuses what cannot be a key).
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        // `{KEY:null}` from `serde_json`, cut down to `KEY`.
        let mut one = Vec::new();
        serde_json::to_writer(&mut one, &OneKey(key))?;
        self.ser
            .out
            .extend_from_slice(&one[1..one.len() - b":null}".len()]);
        self.ser.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.ser)
    }
    fn serialize_entry<K: Serialize + ?Sized, V: Serialize + ?Sized>(
        &mut self,
        key: &K,
        value: &V,
    ) -> Result<(), Error> {
        ser::SerializeMap::serialize_key(self, key)?;
        ser::SerializeMap::serialize_value(self, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

/// A map of one entry, `key` → `null`: how [`Seq::serialize_key`] has `serde_json` write a key.
struct OneKey<'k, T: ?Sized>(&'k T);

impl<T: Serialize + ?Sized> Serialize for OneKey<'_, T> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use ser::SerializeMap as _;
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry(self.0, &())?;
        map.end()
    }
}

/// The two struct-like serde traits: each field through [`Seq::field`], then the closing brace.
macro_rules! struct_like {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Seq<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), Error> {
                self.close();
                Ok(())
            }
        }
    )*};
}

struct_like!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::*;

    /// `serde_json`'s compact bytes of `v`.
    fn reference<T: Serialize>(v: &T) -> Vec<u8> {
        serde_json::to_vec(v).unwrap()
    }

    fn compact<T: Serialize>(v: &T) -> Vec<u8> {
        let mut out = b"prefix ".to_vec();
        write(&mut out, v).unwrap();
        out.split_off(b"prefix ".len())
    }

    #[derive(Serialize)]
    enum Shape {
        Unit,
        Newtype(u8),
        Tuple(i32, f64),
        Struct { a: Option<String>, b: Vec<char> },
    }

    #[derive(Serialize)]
    struct Everything {
        flag: bool,
        small: i8,
        big: u128,
        negative: i64,
        float: f32,
        nan: f64,
        nothing: Option<u8>,
        unit: (),
        shapes: Vec<Shape>,
        empty: Vec<u8>,
        pair: (u16, &'static str),
        names: BTreeMap<String, u32>,
        numbered: BTreeMap<u32, bool>,
        #[serde(rename = "quo\"ted key")]
        quoted: &'static str,
    }

    #[test]
    fn every_kind_of_value_is_written_as_serde_json_writes_it() {
        let v = Everything {
            flag: true,
            small: -5,
            big: u128::MAX,
            negative: i64::MIN,
            float: 0.1,
            nan: f64::NAN,
            nothing: None,
            unit: (),
            shapes: vec![
                Shape::Unit,
                Shape::Newtype(7),
                Shape::Tuple(-1, 1e300),
                Shape::Struct {
                    a: Some("x\u{1}y".into()),
                    b: vec!['"', 'é', '\n'],
                },
                Shape::Struct { a: None, b: vec![] },
            ],
            empty: vec![],
            pair: (3, "tab\there"),
            names: [("b\\".to_string(), 2), ("a".to_string(), 1)].into(),
            numbered: [(10, false), (2, true)].into(),
            quoted: "",
        };
        assert_eq!(
            String::from_utf8(compact(&v)).unwrap(),
            String::from_utf8(reference(&v)).unwrap()
        );
        assert_eq!(compact(&BTreeMap::<u8, u8>::new()), b"{}");
    }

    #[test]
    fn a_key_serde_json_refuses_is_refused() {
        let map: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into();
        assert!(write(&mut Vec::new(), &map).is_err());
        assert!(serde_json::to_vec(&map).is_err());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        /// Any string is escaped as `serde_json` escapes it, wherever the bytes to escape fall
        /// among the eight-byte steps.
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(
            s in "([a-z ]{0,9}|\"|\\\\|[\u{0}-\u{1f}]|\u{7f}|é|€|😀|/){0,24}",
        ) {
            let mut out = Vec::new();
            write_escaped(&mut out, &s);
            proptest::prop_assert_eq!(out, reference(&s));
        }
    }
}
