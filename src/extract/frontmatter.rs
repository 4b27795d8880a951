//! Optional front matter: a block between two `---` lines of `key: value` pairs at the very start
//! of a file. Known keys: title, source, published (YYYY-MM-DD), lang (en/ru/zh).

use crate::dates::Day;
use crate::model::{Lang, Warning};

#[derive(Debug, Default, Clone, PartialEq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub lang: Option<Lang>,
}

/// A front-matter problem that makes the file unusable: the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterError {
    pub line: usize,
    pub message: String,
}

/// Splits `text` into its front matter and the body, returning the body's byte offset in `text`.
/// Unknown keys are warnings; a block that never closes, a line without `key: value`, or a value
/// of the wrong form is an error.
pub fn split(text: &str) -> Result<(FrontMatter, usize, Vec<Warning>), FrontMatterError> {
    let mut fm = FrontMatter::default();
    let mut warnings = Vec::new();
    let first = text.lines().next().unwrap_or("");
    if first.trim_end() != "---" {
        return Ok((fm, 0, warnings));
    }
    let mut offset = first.len() + 1;
    for (n, line) in text[offset.min(text.len())..].split_inclusive('\n').enumerate() {
        let line_no = n + 2;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim_end() == "---" {
            return Ok((fm, offset.min(text.len()), warnings));
        }
        if content.trim().is_empty() || content.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = content.split_once(':') else {
            return Err(FrontMatterError { line: line_no, message: format!("front matter line is not `key: value`: {:?}", truncate(content)) });
        };
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
        match key.as_str() {
            "title" => fm.title = non_empty(value),
            "source" | "url" => {
                if !value.is_empty() && !(value.starts_with("http://") || value.starts_with("https://")) {
                    warnings.push(Warning { line: Some(line_no), message: format!("source is not an http(s) URL: {:?}", truncate(&value)) });
                }
                fm.source = non_empty(value);
            }
            "published" | "date" => {
                if value.is_empty() {
                    continue;
                }
                match Day::parse_iso(&value) {
                    Some(d) if value.len() == 10 => fm.published = Some(d.iso()),
                    _ => {
                        return Err(FrontMatterError { line: line_no, message: format!("published must be a date YYYY-MM-DD, not {:?}", truncate(&value)) })
                    }
                }
            }
            "lang" | "language" => match Lang::parse(&value) {
                Some(l) => fm.lang = Some(l),
                None => return Err(FrontMatterError { line: line_no, message: format!("lang must be en, ru or zh, not {:?}", truncate(&value)) }),
            },
            other => warnings.push(Warning { line: Some(line_no), message: format!("unknown front matter key {:?} ignored", truncate(other)) }),
        }
    }
    Err(FrontMatterError { line: 1, message: "front matter opened with `---` is never closed".to_string() })
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

fn truncate(s: &str) -> String {
    s.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_offsets() {
        let t = "---\ntitle: Talks\nsource: https://x.org/a\npublished: 2017-12-21\nlang: en\n---\nBody";
        let (fm, off, w) = split(t).unwrap();
        assert_eq!(&t[off..], "Body");
        assert_eq!(fm.title.as_deref(), Some("Talks"));
        assert_eq!(fm.published.as_deref(), Some("2017-12-21"));
        assert_eq!(fm.lang, Some(Lang::En));
        assert!(w.is_empty());
    }

    #[test]
    fn no_front_matter() {
        let (fm, off, _) = split("Title\n---\ntext").unwrap();
        assert_eq!((fm, off), (FrontMatter::default(), 0));
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(split("---\ntitle: a\npublished: 21.12.2017\n---\n").unwrap_err().line, 3);
        assert_eq!(split("---\ntitle a\n---\n").unwrap_err().line, 2);
        assert_eq!(split("---\ntitle: a\n").unwrap_err().line, 1);
        assert_eq!(split("---\nlang: fr\n---\n").unwrap_err().line, 2);
        let (_, _, w) = split("---\nauthor: me\n---\nx").unwrap();
        assert_eq!(w[0].line, Some(2));
    }
}
