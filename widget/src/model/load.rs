//! Loading an [`Atlas`]: from events@1 JSON text (natively: the tests, the build), or from a corpus
//! already read (in the browser, a JS object read by `embed/data.rs` with serde-wasm-bindgen), with
//! the messages a reader understands when the data is not events@1.
//!
//! A file that is not events@1 at all (not JSON, another top level, another schema) is refused
//! with a message. A file that is events@1 but has some events or documents the model cannot
//! read (an unknown kind or status, a missing field) keeps everything else: what cannot be read is
//! left out and named in the warnings ([`crate::model::atlas_check`] then screens what could be read).
//! That item-by-item reading ([`Atlas::from_raw`]) is written once over [`Raw`], a value kept as it
//! came: a JSON value natively, a JS value in the browser (so the Wasm carries no JSON parser).

use crate::model::atlas::Atlas;
use crate::model::atlas_check::quote;
use exchange_atlas::model::Kind;
use exchange_atlas::{Corpus, SCHEMA};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// A value as it came (`serde_json::Value` natively, a JS value in the browser), read into types on
/// demand: what the item-by-item reading needs of either.
pub trait Raw: Sized + DeserializeOwned {
    /// The value read as `T`, or serde's message.
    fn read<T: DeserializeOwned>(&self) -> Result<T, String>;
    /// What the value is, for a message: `null`, `a boolean`, `a number`, `a string`, `an array`, `an object`.
    fn kind(&self) -> &'static str;
    /// The text of a string value.
    fn text(&self) -> Option<String>;
}

impl Raw for serde_json::Value {
    fn read<T: DeserializeOwned>(&self) -> Result<T, String> {
        serde_json::from_value(self.clone()).map_err(|e| e.to_string())
    }
    fn kind(&self) -> &'static str {
        use serde_json::Value;
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
    fn text(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }
}

impl Atlas {
    /// Parses an events@1 JSON document.
    pub fn from_json(json: &str) -> Result<Atlas, String> {
        // Straight into the model: one parse, no intermediate tree (at 10,000 events a tree would
        // double the time and the peak memory). Only a failure is parsed again, item by item.
        match serde_json::from_str::<Corpus>(json) {
            Ok(corpus) => Atlas::from_corpus(corpus),
            Err(shape) => {
                let value: serde_json::Value =
                    serde_json::from_str(json).map_err(|e| format!("The data is not valid JSON: {e}"))?;
                Atlas::from_raw(value, &shape.to_string())
            }
        }
    }

    /// A corpus already read (from JSON or a JS object), if its schema is the one this reads.
    pub fn from_corpus(corpus: Corpus) -> Result<Atlas, String> {
        if corpus.schema == SCHEMA {
            Ok(Atlas::new(corpus))
        } else {
            Err(format!("The data is schema {}; this widget reads {SCHEMA:?}.", quote(&corpus.schema)))
        }
    }

    /// Data that did not read whole as a [`Corpus`] (`shape` says why): refused with a message if it
    /// is not events@1 at all, else each document and event on its own, keeping those that read.
    pub fn from_raw<R: Raw>(value: R, shape: &str) -> Result<Atlas, String> {
        let top = match value.kind() {
            "an object" => value.read::<Top<R>>()?,
            other => return Err(format!("The data is not an {SCHEMA} object (its top level is {other}).")),
        };
        match top.schema.and_then(|s| s.text()) {
            Some(s) if s == SCHEMA => {}
            Some(other) => return Err(format!("The data is schema {}; this widget reads {SCHEMA:?}.", quote(&other))),
            None => return Err(format!("The data has no \"schema\" field; this widget reads {SCHEMA:?}.")),
        }
        let list = |key: &str, v: Option<R>| {
            v.and_then(|v| v.read::<Vec<R>>().ok())
                .ok_or_else(|| format!("The data does not follow {SCHEMA}: \"{key}\" is not a list ({shape})."))
        };
        let (documents, events) = (list("documents", top.documents)?, list("events", top.events)?);
        let mut problems = Vec::new();
        let documents = items(documents, "Document", &mut problems);
        let events = items(events, "Event", &mut problems);
        Ok(Atlas::with_problems(Corpus { schema: SCHEMA.to_string(), documents, events }, problems))
    }
}

/// The top level of an events@1 object, its parts kept as they came.
#[derive(Deserialize)]
#[serde(bound = "R: Raw")]
struct Top<R> {
    schema: Option<R>,
    documents: Option<R>,
    events: Option<R>,
}

/// An item's id, whatever its type, to name the item by.
#[derive(Deserialize)]
#[serde(bound = "R: Raw")]
struct Named<R> {
    id: Option<R>,
}

/// The enumerations of a document or an event, kept as they came.
#[derive(Deserialize)]
#[serde(bound = "R: Raw")]
struct Enums<R> {
    lang: Option<R>,
    kind: Option<R>,
    status: Option<R>,
    when: Option<R>,
}

#[derive(Deserialize)]
#[serde(bound = "R: Raw")]
struct WhenEnums<R> {
    precision: Option<R>,
    basis: Option<R>,
}

/// The items that read as `T`; a line in `problems` for each that does not, naming it by its id
/// (else its place in the list) and the field at fault where it can.
fn items<R: Raw, T: DeserializeOwned>(values: Vec<R>, what: &str, problems: &mut Vec<String>) -> Vec<T> {
    let mut out = Vec::with_capacity(values.len());
    for (i, v) in values.into_iter().enumerate() {
        let id = v.read::<Named<R>>().ok().and_then(|n| n.id?.text());
        let id = id.map(|s| quote(&s)).unwrap_or_else(|| format!("number {}", i + 1));
        let read = match field_problem(what, &v) {
            Some(why) => Err(why),
            None => v.read::<T>(),
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
fn field_problem<R: Raw>(what: &str, v: &R) -> Option<String> {
    let e = v.read::<Enums<R>>().ok()?;
    let when = e.when.and_then(|w| w.read::<WhenEnums<R>>().ok());
    let (precision, basis) = when.map_or((None, None), |w| (w.precision, w.basis));
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.code()).collect();
    let fields: Vec<(&str, Option<R>, &[&str])> = match what {
        "Document" => vec![("lang", e.lang, &["en", "ru", "zh"])],
        _ => vec![
            ("kind", e.kind, &kinds),
            ("status", e.status, &["happened", "planned"]),
            ("when.precision", precision, &["day", "month", "year", "unknown"]),
            ("when.basis", basis, &["explicit", "relative", "url", "inferred", "none"]),
        ],
    };
    fields.into_iter().find_map(|(path, at, allowed)| {
        let at = at?;
        match at.text() {
            Some(s) if allowed.contains(&s.as_str()) => None,
            Some(s) => Some(format!("{path} {} is not one of {}", quote(&s), allowed.join(", "))),
            None => Some(format!("{path} is {}, not a string", at.kind())),
        }
    })
}
