//! What a corpus may hold that the views cannot show, found before it is indexed: events with a
//! date that is not a calendar day, of a document the corpus does not have, with evidence that is
//! not a span of their document's text. Such events are left out and
//! named in the warning above the atlas; everything else is shown. A corpus comes from anywhere
//! (edited by hand, made by another tool, cut off in transfer), so nothing here trusts it, and
//! nothing after it needs to re-check what it checked.

use exchange_atlas::model::Span;
use exchange_atlas::text::fnv::Fnv;
use exchange_atlas::Corpus;
use std::collections::HashMap;

/// How many problems the warning names before it only counts the rest: a corpus with thousands
/// of broken events must not put thousands of lines above the atlas.
pub const SHOWN: usize = 12;

/// A value from the data as it may be quoted in a message: at most 60 characters, debug-quoted
/// (so control characters and quotes show as escapes).
pub fn quote(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((cut, _)) => format!("{:?}…", &s[..cut]),
        None => format!("{s:?}"),
    }
}

/// A `YYYY-MM-DD` day of the calendar (ASCII digits, a real month and day): what events@1 says a
/// date is, and all the views can place. "２０１９-０６-０１", "2019-02-30", "201" and "" are not.
pub fn is_day(s: &str) -> bool {
    let b = s.as_bytes();
    let shape = b.len() == 10 && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    shape && crate::model::days::parse(s).is_some()
}

/// Whether a span is a piece of `text`: in order, inside it, on character boundaries.
fn is_span_of(text: &str, start: usize, end: usize) -> bool {
    start <= end && text.get(start..end).is_some()
}

/// Leaves out of `corpus` the events the views cannot show, and the mentions that are not spans
/// of their document's text (they only mark text: the document stays). Returns one line per
/// problem, naming the event (or document) and what is wrong.
pub fn screen(corpus: &mut Corpus) -> Vec<String> {
    let mut problems = Vec::new();
    for d in &mut corpus.documents {
        let before = d.mentions.len();
        d.mentions.retain(|m| is_span_of(&d.text, m.start, m.end));
        if d.mentions.len() < before {
            problems.push(format!(
                "Document {}: {} mention(s) outside its text or off a character boundary left out.",
                quote(&d.id),
                before - d.mentions.len()
            ));
        }
    }
    // The first document of an id, as `Atlas::document` finds it.
    let mut texts: HashMap<&str, &str, Fnv> = HashMap::default();
    for d in &corpus.documents {
        texts.entry(d.id.as_str()).or_insert(d.text.as_str());
    }
    let mut keep = Vec::with_capacity(corpus.events.len());
    for e in &corpus.events {
        let why = match texts.get(e.doc.as_str()) {
            None => Some(format!("unknown document {}", quote(&e.doc))),
            Some(text) => [("start", &e.when.start), ("end", &e.when.end)]
                .into_iter()
                .find_map(|(end, d)| d.as_deref().filter(|d| !is_day(d)).map(|d| format!("when.{end} {} is not a YYYY-MM-DD day", quote(d))))
                .or_else(|| {
                    e.evidence.iter().find(|s| !is_span_of(text, s.start, s.end)).map(|&Span { start, end }| {
                        format!("evidence {start}..{end} is not a span of document {}'s text (outside it or off a character boundary)", quote(&e.doc))
                    })
                }),
        };
        if let Some(why) = &why {
            problems.push(format!("Event {}: {why}; left out.", quote(&e.id)));
        }
        keep.push(why.is_none());
    }
    drop(texts);
    let mut k = keep.into_iter();
    corpus.events.retain(|_| k.next().unwrap_or(false));
    problems
}

/// The warning's lines: the first [`SHOWN`] problems, then how many more there are.
pub fn summarise(mut problems: Vec<String>) -> Vec<String> {
    if problems.len() > SHOWN {
        let more = problems.len() - SHOWN;
        problems.truncate(SHOWN);
        problems.push(format!("… and {more} more problem(s) in the data."));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_strict() {
        for good in ["2019-06-01", "2016-02-29", "0001-01-01", "9999-12-31"] {
            assert!(is_day(good), "{good}");
        }
        for bad in ["２０１９-０６-０１", "201", "", "2019-02-30", "2019-13-45", "2019-6-1", "2019", "2019-06-01 ", "+019-06-01"] {
            assert!(!is_day(bad), "{bad}");
        }
    }

    #[test]
    fn quotes_are_short_and_escaped() {
        assert_eq!(quote("a\"b\n"), "\"a\\\"b\\n\"");
        let long = "я".repeat(100);
        assert_eq!(quote(&long).chars().count(), 60 + 3);
    }

    #[test]
    fn the_first_few_then_a_count() {
        let lines = summarise((0..25).map(|i| format!("p{i}")).collect());
        assert_eq!(lines.len(), SHOWN + 1);
        assert_eq!(lines[SHOWN], "… and 13 more problem(s) in the data.");
        assert_eq!(summarise(vec!["one".into()]), ["one"]);
    }
}
