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
