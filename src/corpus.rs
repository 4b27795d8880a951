//! Reading a set of files and directories into one corpus: every `.txt` file found, in path order.
//! A file that cannot be read or parsed is reported with its path (and line), and the others are
//! still extracted.

use crate::extract::extract_document;
use crate::model::Corpus;
use std::fmt;
use std::path::{Path, PathBuf};

/// A file that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path, l, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// The result of a run: the corpus of every document that could be read, and the errors.
#[derive(Debug, Default)]
pub struct Run {
    pub corpus: Corpus,
    pub errors: Vec<FileError>,
    inputs: Vec<PathBuf>,
}

impl Run {
    /// Every file that was looked at, for rebuild tracking.
    pub fn inputs(&self) -> &[PathBuf] {
        &self.inputs
    }
}

fn collect(path: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<FileError>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                errors.push(FileError { path: path.display().to_string(), line: None, message: format!("cannot read directory: {e}") });
                return;
            }
        };
        entries.sort();
        for p in entries {
            if p.is_dir() {
                collect(&p, out, errors);
            } else if p.extension().map(|e| e == "txt").unwrap_or(false) {
                out.push(p);
            }
        }
    } else if path.exists() {
        out.push(path.to_path_buf());
    } else {
        errors.push(FileError { path: path.display().to_string(), line: None, message: "no such file or directory".to_string() });
    }
}

/// Why bytes are not a text document, with the line of the first bad byte.
pub fn decode(bytes: &[u8]) -> Result<String, (Option<usize>, String)> {
    let line_of = |at: usize| bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err((Some(line_of(at)), "binary file (contains NUL bytes), not a text document".to_string()));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').unwrap_or(s).replace("\r\n", "\n")),
        Err(e) => {
            let at = e.valid_up_to();
            Err((Some(line_of(at)), format!("not valid UTF-8 (byte {} of the file); save it as UTF-8", at + 1)))
        }
    }
}

/// Extracts every `.txt` file under `paths` (files or directories).
pub fn extract_paths(paths: &[PathBuf]) -> Run {
    let mut run = Run::default();
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files, &mut run.errors);
    }
    let mut seen = std::collections::HashSet::new();
    for file in &files {
        let shown = file.display().to_string();
        let id = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if !seen.insert(id.clone()) {
            run.errors.push(FileError { path: shown, line: None, message: format!("another file already has the document id {id:?}; rename one") });
            continue;
        }
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                run.errors.push(FileError { path: shown, line: None, message: format!("cannot read: {e}") });
                continue;
            }
        };
        let text = match decode(&bytes) {
            Ok(t) => t,
            Err((line, message)) => {
                run.errors.push(FileError { path: shown, line, message });
                continue;
            }
        };
        match extract_document(&id, &shown, &text) {
            Ok((doc, events)) => {
                run.corpus.documents.push(doc);
                run.corpus.events.extend(events);
            }
            Err(e) => run.errors.push(FileError { path: shown, line: e.line, message: e.message }),
        }
    }
    run.inputs = files;
    run
}
