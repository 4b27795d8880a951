//! The command-line tool as a user runs it: output valid against the committed JSON Schema,
//! deterministic, and bad files reported by name and line while the rest is still printed.

use std::path::{Path, PathBuf};
use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_exchange-atlas"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&Path]) -> (i32, serde_json::Value, String) {
    let out = cli().arg("extract").args(args).output().expect("the CLI runs");
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("stdout is JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap_or(-1), json, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(root().join("schema/events@1.json")).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

fn assert_valid(v: &serde_json::Value) {
    let validator = validator();
    let errors: Vec<String> = validator.iter_errors(v).map(|e| format!("{} at {}", e, e.instance_path)).take(10).collect();
    assert!(errors.is_empty(), "schema errors: {errors:#?}");
}

#[test]
fn seeds_and_corpora_validate_against_the_schema() {
    for dir in ["seeds", "tests/corpus"] {
        let (code, json, _) = run(&[&root().join(dir)]);
        assert_eq!(code, 0, "{dir} extracts without errors");
        assert_valid(&json);
        assert!(!json["events"].as_array().unwrap().is_empty());
    }
}

#[test]
fn output_is_deterministic_and_evidence_resolves() {
    let a = cli().args(["extract", "--pretty"]).arg(root().join("tests/corpus")).output().unwrap().stdout;
    let b = cli().args(["extract", "--pretty"]).arg(root().join("tests/corpus")).output().unwrap().stdout;
    assert_eq!(a, b);
    let v: serde_json::Value = serde_json::from_slice(&a).unwrap();
    for e in v["events"].as_array().unwrap() {
        let doc = v["documents"].as_array().unwrap().iter().find(|d| d["id"] == e["doc"]).unwrap();
        let text = doc["text"].as_str().unwrap();
        for s in e["evidence"].as_array().unwrap() {
            let (s, t) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            assert!(s < t && t <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(t), "evidence {s}..{t} in {}", e["id"]);
        }
    }
}

#[test]
fn bad_files_are_named_and_the_rest_is_printed() {
    let dir = tempdir("bad");
    std::fs::write(dir.join("good.txt"), "December 21, 2017\n\nThe Amur Region and Heilongjiang Province signed an agreement on 15 December 2017.").unwrap();
    std::fs::write(dir.join("latin1.txt"), b"first line\nsecond \xe9t\xe9 line\n").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x00\x01\x02\x03").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("frontmatter.txt"), "---\ntitle: x\npublished: 21/12/2017\n---\ntext").unwrap();
    let (code, json, stderr) = run(&[&dir]);
    assert_eq!(code, 1, "a failed file makes the exit status 1");
    assert!(stderr.contains("latin1.txt:2: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("binary.txt:1: binary file"), "{stderr}");
    assert!(stderr.contains("frontmatter.txt:3: published must be a date"), "{stderr}");
    let docs: Vec<&str> = json["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(docs, vec!["empty", "good"], "the readable files are still printed");
    let empty = &json["documents"][0];
    assert!(empty["warnings"][0]["message"].as_str().unwrap().contains("empty"));
    assert_eq!(json["events"].as_array().unwrap().len(), 1, "the good file's event, nothing from the empty one");
    assert_valid(&json);
}

#[test]
fn missing_path_and_usage() {
    let (code, json, stderr) = run(&[Path::new("/no/such/dir")]);
    assert_eq!(code, 1);
    assert!(stderr.contains("/no/such/dir: no such file or directory"));
    assert_eq!(json["documents"].as_array().unwrap().len(), 0);
    let out = cli().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage"));
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("exchange-atlas-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Issue 17: a folder of hostile files beside the seeds. The broken ones (invalid UTF-8, binary,
/// unclosed front matter) are named with their line and the exit status is 1; the empty one is a
/// document with a warning; a seed saved with a BOM and CRLF line ends, and one with markup in its
/// text, are read; every seed's events are exactly what they are without the others.
#[test]
fn hostile_files_beside_the_seeds_change_no_other_events() {
    let dir = tempdir("hostile");
    let seeds: Vec<PathBuf> = {
        let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("seeds")).unwrap().map(|e| e.unwrap().path()).collect();
        v.sort();
        v
    };
    for s in &seeds {
        std::fs::copy(s, dir.join(s.file_name().unwrap())).unwrap();
    }
    let seed = std::fs::read_to_string(&seeds[0]).unwrap();
    std::fs::write(dir.join("x_utf8.txt"), b"line one\nline two\nbad \xff\xfe byte\n").unwrap();
    std::fs::write(dir.join("x_binary.txt"), b"PNG\n\x89\x00\x00\x1a").unwrap();
    std::fs::write(dir.join("x_unclosed.txt"), "---\ntitle: never closed\nsource: https://example.org\n\nThe Amur Region met Heilongjiang.").unwrap();
    std::fs::write(dir.join("x_empty.txt"), "").unwrap();
    std::fs::write(dir.join("x_bom_crlf.txt"), format!("\u{feff}{}", seed.replace('\n', "\r\n"))).unwrap();
    std::fs::write(dir.join("x_markup.txt"), format!("<script>alert(1)</script><b onclick=\"x()\">{seed}</b>")).unwrap();
    let (code, json, stderr) = run(&[&dir]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("x_utf8.txt:3: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("x_binary.txt:2: binary file"), "{stderr}");
    assert!(stderr.contains("x_unclosed.txt:5: front matter line"), "{stderr}");
    assert_eq!(stderr.lines().filter(|l| l.contains("error:")).count(), 3, "only the broken files are errors: {stderr}");
    assert!(stderr.contains("x_empty.txt: the document is empty"), "{stderr}");
    assert_valid(&json);
    let (_, alone, _) = run(&[&root().join("seeds")]);
    let events_of = |j: &serde_json::Value, doc: &str| -> Vec<serde_json::Value> {
        j["events"].as_array().unwrap().iter().filter(|e| e["doc"] == doc).cloned().collect()
    };
    for s in &seeds {
        let id = s.file_stem().unwrap().to_str().unwrap();
        assert_eq!(events_of(&json, id), events_of(&alone, id), "{id}'s events are unchanged");
    }
    // The BOM and CRLF copy reads as the seed does: the same events but for their ids.
    let first = seeds[0].file_stem().unwrap().to_str().unwrap();
    let renamed = |j: &serde_json::Value, doc: &str| -> String { serde_json::to_string(&events_of(j, doc)).unwrap().replace(doc, "D") };
    assert_eq!(renamed(&json, "x_bom_crlf"), renamed(&alone, first));
    assert!(!events_of(&json, "x_markup").is_empty(), "markup in the text is text");
    let docs: Vec<&str> = json["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert!(docs.contains(&"x_empty") && !docs.contains(&"x_utf8") && !docs.contains(&"x_binary") && !docs.contains(&"x_unclosed"));
}
