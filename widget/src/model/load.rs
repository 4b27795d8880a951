//! Loading an [`Atlas`]: from events@1 JSON text, or from a corpus already read (JSON or
//! [`crate::embed::packed`]), with the messages a reader understands when the data is not events@1.
//!
//! A file that is not events@1 at all (not JSON, another top level, another schema) is refused
//! with a message. A file that is events@1 but has some events or documents the model cannot
//! read (an unknown kind or status, a missing field) keeps everything else: what cannot be read is
//! left out and named in the warnings ([`crate::model::atlas_check`] then screens what could be read).

use crate::model::atlas::Atlas;
use crate::model::atlas_check::quote;
use exchange_atlas::model::Kind;
use exchange_atlas::{Corpus, SCHEMA};
use serde::de::DeserializeOwned;
use serde_json::Value;

impl Atlas {
    /// Parses an events@1 JSON document.
    pub fn from_json(json: &str) -> Result<Atlas, String> {
        // Straight into the model: one parse, no intermediate tree (at 10,000 events a tree would
        // double the time and the peak memory). Only a failure is parsed again, item by item.
        match serde_json::from_str::<Corpus>(json) {
            Ok(corpus) => Atlas::from_corpus(corpus),
            Err(shape) => {
                let value: Value = serde_json::from_str(json).map_err(|e| format!("The data is not valid JSON: {e}"))?;
                match value.get("schema").and_then(|s| s.as_str()) {
                    Some(SCHEMA) => item_by_item(value, shape),
                    Some(other) => Err(format!("The data is schema {}; this widget reads {SCHEMA:?}.", quote(other))),
                    None if !value.is_object() => Err(format!("The data is not an {SCHEMA} object (its top level is {}).", kind_of(&value))),
                    None => Err(format!("The data has no \"schema\" field; this widget reads {SCHEMA:?}.")),
                }
            }
        }
    }

    /// A corpus already read (from JSON or [`crate::embed::packed`]), if its schema is the one this reads.
    pub fn from_corpus(corpus: Corpus) -> Result<Atlas, String> {
        if corpus.schema == SCHEMA {
            Ok(Atlas::new(corpus))
        } else {
            Err(format!("The data is schema {}; this widget reads {SCHEMA:?}.", quote(&corpus.schema)))
        }
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An events@1 object whose whole did not read: each document and event on its own, keeping those
/// that read. `documents` and `events` must still be lists; `shape` says why the whole failed.
fn item_by_item(value: Value, shape: serde_json::Error) -> Result<Atlas, String> {
    let Value::Object(mut top) = value else { unreachable!("only an object has a schema field") };
    let mut list = |key: &str| match top.remove(key) {
        Some(Value::Array(items)) => Ok(items),
        _ => Err(format!("The data does not follow {SCHEMA}: \"{key}\" is not a list ({shape}).")),
    };
    let (documents, events) = (list("documents")?, list("events")?);
    let mut problems = Vec::new();
    let documents = items(documents, "Document", &mut problems);
    let events = items(events, "Event", &mut problems);
    Ok(Atlas::with_problems(Corpus { schema: SCHEMA.to_string(), documents, events }, problems))
}

/// The items that read as `T`; a line in `problems` for each that does not, naming it by its id
/// (else its place in the list) and the field at fault where it can.
fn items<T: DeserializeOwned>(values: Vec<Value>, what: &str, problems: &mut Vec<String>) -> Vec<T> {
    let mut out = Vec::with_capacity(values.len());
    for (i, v) in values.into_iter().enumerate() {
        let id = v.get("id").and_then(Value::as_str).map(quote).unwrap_or_else(|| format!("number {}", i + 1));
        let read = match field_problem(what, &v) {
            Some(why) => Err(why),
            None => serde_json::from_value::<T>(v).map_err(|e| e.to_string()),
        };
        match read {
            Ok(item) => out.push(item),
            Err(why) => problems.push(format!("{what} {id}: {why}; left out.")),
        }
    }
    out
}

/// The enumerations' fields, named, when one holds a value events@1 does not have: serde's own
/// message says which value but not which field.
fn field_problem(what: &str, v: &Value) -> Option<String> {
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.code()).collect();
    let fields: &[(&str, &[&str])] = match what {
        "Document" => &[("lang", &["en", "ru", "zh"])],
        _ => &[
            ("kind", &kinds),
            ("status", &["happened", "planned"]),
            ("when.precision", &["day", "month", "year", "unknown"]),
            ("when.basis", &["explicit", "relative", "url", "inferred", "none"]),
        ],
    };
    fields.iter().find_map(|(path, allowed)| {
        let at = path.split('.').try_fold(v, |v, key| v.get(key))?;
        match at.as_str() {
            Some(s) if allowed.contains(&s) => None,
            Some(s) => Some(format!("{path} {} is not one of {}", quote(s), allowed.join(", "))),
            None => Some(format!("{path} is {}, not a string", kind_of(at))),
        }
    })
}
