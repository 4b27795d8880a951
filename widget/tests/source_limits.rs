//! The widget's sources stay readable by the limits of issue 18: no file in `src/` over 400 lines,
//! no function over 120 (components included), so that a component is a screen or two.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 400;
const MAX_FN_LINES: usize = 120;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("widget/src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The line without its string and char literals and its `//` comment, so that braces in them do
/// not count. Lifetimes (`'a`) are not char literals: a char literal closes right after its char.
fn code_of(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => break,
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
            }
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 2,
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// The name of the function a line starts, if it starts one (`pub(crate) fn name(`, `fn name<`).
fn fn_name(line: &str) -> Option<&str> {
    let rest = line.trim_start();
    let at = rest.find("fn ")?;
    let before = &rest[..at];
    let qualifiers = ["pub", "pub(crate)", "pub(super)", "const", "async", "unsafe"];
    if !before.split_whitespace().all(|w| qualifiers.contains(&w)) {
        return None;
    }
    let name = &rest[at + 3..];
    let end = name.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(name.len());
    (end > 0).then(|| &name[..end])
}

/// Every function of a file longer than the limit, as `name: lines`.
fn long_functions(text: &str) -> Vec<String> {
    let lines: Vec<String> = text.lines().map(code_of).collect();
    let mut long = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let Some(name) = fn_name(line) else { continue };
        let mut depth = 0i64;
        let mut opened = false;
        for (k, l) in lines[start..].iter().enumerate() {
            if !opened && !l.contains('{') && l.trim_end().ends_with(';') {
                break; // a declaration without a body
            }
            depth += l.matches('{').count() as i64 - l.matches('}').count() as i64;
            opened |= l.contains('{');
            if opened && depth <= 0 {
                if k + 1 > MAX_FN_LINES {
                    long.push(format!("{name}: {} lines", k + 1));
                }
                break;
            }
        }
    }
    long
}

#[test]
fn no_file_over_400_lines_and_no_function_over_120() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 20, "found the sources");
    let mut over = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a source file is UTF-8");
        let name = path.strip_prefix(&src).unwrap().display().to_string();
        let n = text.lines().count();
        if n > MAX_FILE_LINES {
            over.push(format!("{name}: {n} lines"));
        }
        over.extend(long_functions(&text).into_iter().map(|f| format!("{name}: fn {f}")));
    }
    assert!(over.is_empty(), "over the limits:\n{}", over.join("\n"));
}

#[test]
fn the_counter_sees_a_long_function_and_braces_in_literals() {
    let body = "    let x = 1;\n".repeat(MAX_FN_LINES);
    let long = format!("pub(crate) fn long(a: [u8; 3]) -> u8 {{\n{body}    b'}}'\n}}\nfn short() {{ \"}}}}\" }}\n");
    assert_eq!(long_functions(&long), vec![format!("long: {} lines", MAX_FN_LINES + 3)]);
    assert!(long_functions("fn f<'a>(s: &'a str) -> &'a str {\n    s // }\n}\n").is_empty());
}
