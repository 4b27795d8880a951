//! `exchange-atlas`: the command-line front end of the core.
//!
//! `exchange-atlas extract [--pretty] PATH...` prints the events@1 JSON of every `.txt` file under
//! the paths. Files that fail are reported on stderr with file and line; the rest is still printed,
//! and the exit status is then 1.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: exchange-atlas extract [--pretty] [--keep-going] PATH...\n\
       exchange-atlas explain FILE   (how one document was read, sentence by sentence)\n\
  Prints the events@1 JSON of every .txt file under PATH (files or directories).\n\
  Files that cannot be read are reported on stderr; the others are still printed, and the exit status is 1.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("extract") => extract(&args[1..]),
        Some("explain") if args.len() == 2 => match std::fs::read(&args[1]).map_err(|e| e.to_string()).and_then(|b| {
            exchange_atlas::corpus::decode(&b).map_err(|(l, m)| format!("line {l:?}: {m}"))
        }) {
            Ok(text) => {
                print!("{}", exchange_atlas::extract::explain(&text));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("exchange-atlas: {}: {e}", args[1]);
                ExitCode::FAILURE
            }
        },
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn extract(args: &[String]) -> ExitCode {
    let mut pretty = false;
    let mut paths = Vec::new();
    for a in args {
        match a.as_str() {
            "--pretty" => pretty = true,
            "--keep-going" => {} // always on: one bad file never stops the others
            flag if flag.starts_with("--") => {
                eprintln!("exchange-atlas: unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            p => paths.push(PathBuf::from(p)),
        }
    }
    if paths.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let run = exchange_atlas::corpus::extract_paths(&paths);
    for e in &run.errors {
        eprintln!("exchange-atlas: error: {e}");
    }
    for d in &run.corpus.documents {
        for w in &d.warnings {
            match w.line {
                Some(l) => eprintln!("exchange-atlas: warning: {}:{}: {}", d.path, l, w.message),
                None => eprintln!("exchange-atlas: warning: {}: {}", d.path, w.message),
            }
        }
    }
    let json = if pretty { serde_json::to_string_pretty(&run.corpus) } else { serde_json::to_string(&run.corpus) };
    println!("{}", json.expect("the corpus serialises"));
    if run.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
