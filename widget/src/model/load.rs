//! Loading an [`Atlas`]: from events@1 JSON text, or from a corpus already read (JSON or
//! [`crate::embed::packed`]), with the messages a reader understands when the data is not events@1.

use crate::model::atlas::Atlas;
use exchange_atlas::{Corpus, SCHEMA};

impl Atlas {
    /// Parses an events@1 JSON document.
    pub fn from_json(json: &str) -> Result<Atlas, String> {
        // Straight into the model: one parse, no intermediate tree (at 10,000 events a tree would
        // double the time and the peak memory). Only a failure is parsed again, to say why.
        match serde_json::from_str::<Corpus>(json) {
            Ok(corpus) => Atlas::from_corpus(corpus),
            Err(shape) => {
                let value: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("The data is not valid JSON: {e}"))?;
                match value.get("schema").and_then(|s| s.as_str()) {
                    Some(SCHEMA) => Err(format!("The data does not follow {SCHEMA}: {shape}")),
                    Some(other) => Err(format!("The data is schema {other:?}; this widget reads {SCHEMA:?}.")),
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
            Err(format!("The data is schema {:?}; this widget reads {SCHEMA:?}.", corpus.schema))
        }
    }
}
