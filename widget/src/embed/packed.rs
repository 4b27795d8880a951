//! A JSON value handed over from JS as two streams instead of objects or text: the fast path of
//! `mount({ data })`, read into the model by the model's own `Deserialize`.
//!
//! `serde_wasm_bindgen::from_value` reads an object field by field, one call into JS for each field
//! and each string (about 240 ms at 10,000 events, cold); `www/exchange-atlas.js` (`pack()`) walks
//! the object once instead and writes
//!
//! - `text`: every string and new key, concatenated in walking order, as UTF-8;
//! - `nums`: a tag per value and what it needs: [`NULL`], [`FALSE`], [`TRUE`], [`NUMBER`] and the
//!   number, [`STRING`] and its length in UTF-16 units, [`ARRAY`] and its length, [`OBJECT`] and its
//!   number of keys, each key then [`KEY`] and its length the first time, [`SEEN_KEY`] and its
//!   number (in order of first use) after, before its value.
//!
//! The format is JSON's data model, self-describing: keys travel with their values, so no field
//! order is written anywhere but in `src/model.rs`, and the model's `Deserialize` decides what is
//! valid, as for JSON. An error here is never shown: the caller reads the object itself then
//! (`embed/data.rs`), whose messages say what is wrong.

use serde::de::value::{BorrowedStrDeserializer, Error};
use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use serde::forward_to_deserialize_any;

pub const NULL: f64 = 0.0;
pub const FALSE: f64 = 1.0;
pub const TRUE: f64 = 2.0;
pub const NUMBER: f64 = 3.0;
pub const STRING: f64 = 4.0;
pub const ARRAY: f64 = 5.0;
pub const OBJECT: f64 = 6.0;
pub const KEY: f64 = 7.0;
pub const SEEN_KEY: f64 = 8.0;

/// `T` from the streams, if they are exactly one packed value that reads as `T`.
pub fn read_packed<T: DeserializeOwned>(text: &[u8], nums: &[f64]) -> Result<T, String> {
    let text = std::str::from_utf8(text).map_err(|e| e.to_string())?;
    let mut r = Reader { text, at: 0, nums, next: 0, ascii: text.is_ascii(), keys: Vec::new() };
    let value = T::deserialize(&mut r).map_err(|e| e.to_string())?;
    if r.at == text.len() && r.next == nums.len() {
        Ok(value)
    } else {
        Err("the streams go on after the value".into())
    }
}

struct Reader<'a> {
    text: &'a str,
    /// Byte offset of the next string in `text`.
    at: usize,
    nums: &'a [f64],
    next: usize,
    /// Every string is ASCII, so UTF-16 lengths are byte lengths.
    ascii: bool,
    /// The keys seen, by number.
    keys: Vec<&'a str>,
}

fn broken() -> Error {
    de::Error::custom("the packed streams are broken")
}

impl<'a> Reader<'a> {
    fn num(&mut self) -> Result<f64, Error> {
        let v = *self.nums.get(self.next).ok_or_else(broken)?;
        self.next += 1;
        Ok(v)
    }

    /// A count: a non-negative integer that `f64` holds exactly.
    fn count(&mut self) -> Result<usize, Error> {
        let v = self.num()?;
        (v >= 0.0 && v.fract() == 0.0 && v <= 9_007_199_254_740_991.0).then_some(v as usize).ok_or_else(broken)
    }

    /// The next string of `text`, `units` UTF-16 code units long.
    fn text(&mut self) -> Result<&'a str, Error> {
        let units = self.count()?;
        let end = if self.ascii { self.at.checked_add(units) } else { self.utf16_end(units) };
        let s = end.and_then(|end| self.text.get(self.at..end)).ok_or_else(broken)?;
        self.at += s.len();
        Ok(s)
    }

    /// The byte offset `units` UTF-16 code units after `self.at`.
    fn utf16_end(&self, units: usize) -> Option<usize> {
        let mut left = units;
        let mut end = self.at;
        for c in self.text.get(self.at..)?.chars() {
            if left == 0 {
                break;
            }
            left = left.checked_sub(c.len_utf16())?;
            end += c.len_utf8();
        }
        (left == 0).then_some(end)
    }

    fn key(&mut self) -> Result<&'a str, Error> {
        match self.num()? {
            KEY => {
                let k = self.text()?;
                self.keys.push(k);
                Ok(k)
            }
            SEEN_KEY => {
                let i = self.count()?;
                self.keys.get(i).copied().ok_or_else(broken)
            }
            _ => Err(broken()),
        }
    }

    /// Skips one value (what the model does not read).
    fn skip(&mut self) -> Result<(), Error> {
        match self.num()? {
            NULL | FALSE | TRUE => {}
            NUMBER => {
                self.num()?;
            }
            STRING => {
                self.text()?;
            }
            ARRAY => (0..self.count()?).try_for_each(|_| self.skip())?,
            OBJECT => (0..self.count()?).try_for_each(|_| self.key().and_then(|_| self.skip()))?,
            _ => return Err(broken()),
        }
        Ok(())
    }
}

impl<'de, 'a: 'de> de::Deserializer<'de> for &mut Reader<'a> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.num()? {
            NULL => visitor.visit_unit(),
            FALSE => visitor.visit_bool(false),
            TRUE => visitor.visit_bool(true),
            NUMBER => {
                let v = self.num()?;
                if v.fract() == 0.0 && v.abs() <= 9_007_199_254_740_991.0 {
                    if v >= 0.0 {
                        visitor.visit_u64(v as u64)
                    } else {
                        visitor.visit_i64(v as i64)
                    }
                } else {
                    visitor.visit_f64(v)
                }
            }
            STRING => visitor.visit_borrowed_str(self.text()?),
            ARRAY => {
                let left = self.count()?;
                visitor.visit_seq(Items { r: self, left })
            }
            OBJECT => {
                let left = self.count()?;
                visitor.visit_map(Items { r: self, left })
            }
            _ => Err(broken()),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.nums.get(self.next) == Some(&NULL) {
            self.next += 1;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    /// The model's enumerations are unit variants written as strings.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.num()? {
            STRING => visitor.visit_enum(self.text()?.into_deserializer()),
            _ => Err(de::Error::custom("an enumeration is a string")),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip()?;
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct map struct identifier
    }
}

/// The items of an array or the entries of an object.
struct Items<'r, 'a> {
    r: &'r mut Reader<'a>,
    left: usize,
}

impl<'de, 'a: 'de> de::SeqAccess<'de> for Items<'_, 'a> {
    type Error = Error;
    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(&mut *self.r).map(Some)
    }
    fn size_hint(&self) -> Option<usize> {
        // a broken length must not reserve memory it cannot fill: every item takes a number
        Some(self.left.min(self.r.nums.len() - self.r.next))
    }
}

impl<'de, 'a: 'de> de::MapAccess<'de> for Items<'_, 'a> {
    type Error = Error;
    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        let key = self.r.key()?;
        seed.deserialize(BorrowedStrDeserializer::new(key)).map(Some)
    }
    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.r)
    }
}

#[cfg(test)]
#[path = "packed_tests.rs"]
mod tests;
