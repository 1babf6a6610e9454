//! A figure's value in JSON: `{"qualifier": "at_least", "value": 500}` for
//! one number, `{"qualifier": "range", "low": 8000, "high": 10000}` for a
//! span, whose ends may carry `"low_qualifier"` / `"high_qualifier"`.
//!
//! Which fields a value may have depends on its qualifier. serde's
//! internally tagged enums say so, but buffer the whole object first (code in
//! every build), and an untagged mix of the two shapes loses the path of a
//! field that does not belong. So this is one visitor: `low` in a point is an
//! unknown field at `….value.low`, as `valu` is at `….value.valu`.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use super::{Bound, Qualifier, Value};

/// Every field a value may have, in the order a JS object is read.
const FIELDS: &[&str] = &["qualifier", "value", "low", "high", "low_qualifier", "high_qualifier"];
/// The fields of one number.
const POINT: &[&str] = &["qualifier", "value"];
/// The fields of a span.
const RANGE: &[&str] = &["qualifier", "low", "high", "low_qualifier", "high_qualifier"];

/// A value's `qualifier`: one of [`Qualifier`]'s names, or `range`.
#[derive(Clone, Copy, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Exact,
    AtLeast,
    MoreThan,
    LessThan,
    AtMost,
    Approx,
    Nearly,
    Range,
}

#[derive(Clone, Copy, Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Key {
    Qualifier,
    Value,
    Low,
    High,
    LowQualifier,
    HighQualifier,
}

impl Key {
    fn name(self) -> &'static str {
        FIELDS[self as usize]
    }
}

/// Fails at a field the value's kind does not have, so the error's path ends in it.
struct Unknown(Key, &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Unknown {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, _: D) -> Result<Value, D::Error> {
        Err(de::Error::unknown_field(self.0.name(), self.1))
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value: {\"qualifier\", \"value\"} or {\"qualifier\": \"range\", \"low\", \"high\"}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut kind: Option<Kind> = None;
        // value, low, high; then the two ends' qualifiers (null for one is
        // absent, as for every optional field). The last of a repeated key
        // counts, as in `JSON.parse`.
        let mut numbers: [Option<f64>; 3] = [None; 3];
        let mut ends: [Option<Qualifier>; 2] = [None; 2];
        while let Some(key) = map.next_key::<Key>()? {
            let range = kind.map(|k| k == Kind::Range);
            match key {
                Key::Qualifier => kind = Some(map.next_value()?),
                Key::Value if range == Some(true) => return map.next_value_seed(Unknown(key, RANGE)),
                Key::Value => numbers[0] = Some(map.next_value()?),
                _ if range == Some(false) => return map.next_value_seed(Unknown(key, POINT)),
                Key::Low => numbers[1] = Some(map.next_value()?),
                Key::High => numbers[2] = Some(map.next_value()?),
                Key::LowQualifier => ends[0] = map.next_value()?,
                Key::HighQualifier => ends[1] = map.next_value()?,
            }
        }
        // A field the kind lacks, read before the qualifier that says so, is
        // the value's error: its path ends at the value.
        let misplaced = |key: Key, fields| Err(de::Error::unknown_field(key.name(), fields));
        let number = |i: usize, key: Key| numbers[i].ok_or_else(|| de::Error::missing_field(key.name()));
        let qualifier = match kind.ok_or_else(|| de::Error::missing_field("qualifier"))? {
            Kind::Range if numbers[0].is_some() => return misplaced(Key::Value, RANGE),
            Kind::Range => {
                let end = |i: usize, value| Bound { value, qualifier: ends[i].unwrap_or_default() };
                let (low, high) = (number(1, Key::Low)?, number(2, Key::High)?);
                return Ok(Value::Range { low: end(0, low), high: end(1, high) });
            }
            Kind::Exact => Qualifier::Exact,
            Kind::AtLeast => Qualifier::AtLeast,
            Kind::MoreThan => Qualifier::MoreThan,
            Kind::LessThan => Qualifier::LessThan,
            Kind::AtMost => Qualifier::AtMost,
            Kind::Approx => Qualifier::Approx,
            Kind::Nearly => Qualifier::Nearly,
        };
        let given = [
            (numbers[1].is_some(), Key::Low),
            (numbers[2].is_some(), Key::High),
            (ends[0].is_some(), Key::LowQualifier),
            (ends[1].is_some(), Key::HighQualifier),
        ];
        match given.into_iter().find_map(|(given, key)| given.then_some(key)) {
            Some(key) => misplaced(key, POINT),
            None => Ok(Value::Point { qualifier, value: number(0, Key::Value)? }),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("Value", FIELDS, ValueVisitor)
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Point { qualifier, value } => {
                let mut s = serializer.serialize_struct("Value", 2)?;
                s.serialize_field("qualifier", &qualifier)?;
                s.serialize_field("value", &value)?;
                s.end()
            }
            Value::Range { low, high } => {
                // An exact end is the default, left out.
                let ends = [("low_qualifier", low), ("high_qualifier", high)];
                let qualified = ends.iter().filter(|(_, b)| b.qualifier != Qualifier::Exact).count();
                let mut s = serializer.serialize_struct("Value", 3 + qualified)?;
                s.serialize_field("qualifier", "range")?;
                s.serialize_field("low", &low.value)?;
                s.serialize_field("high", &high.value)?;
                for (name, end) in ends {
                    if end.qualifier == Qualifier::Exact {
                        s.skip_field(name)?;
                    } else {
                        s.serialize_field(name, &end.qualifier)?;
                    }
                }
                s.end()
            }
        }
    }
}

/// [`Value`]'s TypeScript type, which tsify cannot derive from hand-written serde impls.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const VALUE_TS: &str = r#"
/** A figure's number and what kind of claim it is; a span's ends may be qualified. */
export type Value =
    | { qualifier: Qualifier; value: number }
    | {
          qualifier: "range";
          low: number;
          high: number;
          low_qualifier?: "exact" | "at_least" | "more_than" | "approx" | "nearly";
          high_qualifier?: "exact" | "at_most" | "less_than" | "approx" | "nearly";
      };
"#;
