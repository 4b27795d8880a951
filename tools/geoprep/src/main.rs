//! geoprep: derives the committed map geometry and gazetteer tables in `data/geo` from the shared
//! geo directory (`../shared/geo`). Run from the repository root:
//!
//! ```text
//! cargo run -p geoprep --release -- [--geo ../shared/geo] [--out data/geo] [--tolerance s5km]
//!                                   [--preview DIR] [--check]
//! ```
//!
//! `--check` writes nothing and fails when a committed file differs from a fresh derivation.
//! `--preview DIR` also writes preview SVGs (full map, 4× crop at Blagoveshchensk/Heihe).

mod derive;
mod label;
mod mapjson;
mod outline;
mod outputs;
mod pathenc;
mod preview;
mod quantise;
mod readme;
mod source;
mod tables;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::process::ExitCode;

/// The tolerance the committed data uses (see data/geo/README.md for why).
pub const DEFAULT_TOLERANCE: &str = "s5km";

struct Args {
    geo: PathBuf,
    out: PathBuf,
    tolerance: String,
    preview: Option<PathBuf>,
    check: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut a =
        Args { geo: "../shared/geo".into(), out: "data/geo".into(), tolerance: DEFAULT_TOLERANCE.into(), preview: None, check: false };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--geo" => a.geo = value()?.into(),
            "--out" => a.out = value()?.into(),
            "--tolerance" => a.tolerance = value()?,
            "--preview" => a.preview = Some(value()?.into()),
            "--check" => a.check = true,
            "-h" | "--help" => {
                return Err("usage: geoprep [--geo DIR] [--out DIR] [--tolerance s2km|s5km|s10km|s20km] [--preview DIR] [--check]".into())
            }
            other => return Err(format!("unknown argument {other:?} (try --help)")),
        }
    }
    Ok(a)
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let out = outputs::derive(&args.geo, &args.tolerance)?;
    for v in &out.variants {
        let mark = if v.tolerance == args.tolerance { "*" } else { " " };
        println!(
            "{mark} {:<5} map.json {:>7} B raw {:>6} B gzip; vertices: regions {:>6}, context {:>5}, borders {:>5}; cities outside their region {} (>1 unit: {})",
            v.tolerance, v.raw, v.gz, v.region_vertices, v.context_vertices, v.border_vertices, v.cities_outside, v.cities_outside_1u
        );
    }
    println!("regions: {}; cities: {}", out.model.regions.len(), out.cities);
    if let Some(dir) = &args.preview {
        let cities = city_marks(&out);
        for path in preview::write(dir, &out.model, &cities)? {
            println!("preview: {path}");
        }
    }
    if args.check {
        let stale: Vec<_> = out
            .files
            .iter()
            .filter(|(name, bytes)| std::fs::read(args.out.join(name)).ok().as_ref() != Some(bytes))
            .map(|(n, _)| *n)
            .collect();
        if !stale.is_empty() {
            return Err(format!("out of date in {}: {} (re-run geoprep)", args.out.display(), stale.join(", ")));
        }
        println!("{}: up to date", args.out.display());
        return Ok(());
    }
    std::fs::create_dir_all(&args.out).map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    for (name, bytes) in &out.files {
        let path = args.out.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {} ({} bytes)", path.display(), bytes.len());
    }
    Ok(())
}

/// Cities marked on the previews: region capitals and border towns, from the derived cities.tsv.
fn city_marks(out: &outputs::Outputs) -> Vec<preview::CityMark> {
    let text = out.files.iter().find(|f| f.0 == "cities.tsv").map(|f| String::from_utf8_lossy(&f.1).into_owned()).unwrap_or_default();
    let mut marks = Vec::new();
    for line in text.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() == 13 && (c[10].contains("adm1_capital") || c[10].contains("border")) {
            if let (Ok(x), Ok(y)) = (c[11].parse(), c[12].parse()) {
                marks.push((x, y, c[1].to_string()));
            }
        }
    }
    marks
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("geoprep: {e}");
            ExitCode::FAILURE
        }
    }
}
