#!/usr/bin/env python3
"""Scores the extractor on the seeds and on our own test sets with score.py (copied from
../shared/eval, so the test needs no ../shared), and checks each against its floor.

usage: run.py CLI            (CLI: the built exchange-atlas binary)
       run.py CLI --real     the real development set, per language and per split (see real_dev)

Each set is one check; it prints the score lines and PASS/FAIL, then a closing
'N passed, N failed' line. Sets with a floor of None are measured and reported, not gated.
"""
import json
import atexit
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCORE = HERE / "score.py"
CORPUS = ROOT / "tests" / "corpus"
# This run's own scratch folder: several worktrees score at once on one machine, and shared file
# names in /tmp let one run read another's predictions.
SCRATCH = Path(tempfile.mkdtemp(prefix="exchange-atlas-eval-"))
atexit.register(shutil.rmtree, SCRATCH, True)

# (name, input path, gold file, minimum event F1 or None, extra checks)
# Floors: a regression floor just under the current score where it passes the issues' targets (en 0.90,
# ru 0.85, zh 0.85), and on the second dev sets; to be raised as the rules improve. dev3, dev4 and
# the hold-out are only measured; the hold-out is never tuned on.
SETS = [
    ("seeds", ROOT / "seeds", HERE / "seeds.gold.json", None, "seeds"),
    # The development sets (tests/corpus/devN/): read and tuned on.
    ("dev1-en", CORPUS / "dev1" / "en", CORPUS / "dev1" / "en.gold.json", 0.94, None),
    ("dev1-ru", CORPUS / "dev1" / "ru", CORPUS / "dev1" / "ru.gold.json", 0.92, None),
    ("dev1-zh", CORPUS / "dev1" / "zh", CORPUS / "dev1" / "zh.gold.json", 0.87, None),
    ("dev2-en", CORPUS / "dev2" / "en", CORPUS / "dev2" / "en.gold.json", 0.91, None),
    ("dev2-ru", CORPUS / "dev2" / "ru", CORPUS / "dev2" / "ru.gold.json", 0.92, None),
    ("dev2-zh", CORPUS / "dev2" / "zh", CORPUS / "dev2" / "zh.gold.json", 0.93, None),
    # dev3 and dev4 were written as hold-outs (once holdout/ and holdout2/), by helpers who never
    # read the extractor. dev3's failures were read in session 3 (a report dated only by its
    # title's year, hen07), dev4's in session 4: development sets now, measured, not gated.
    ("dev3-en", CORPUS / "dev3" / "en", CORPUS / "dev3" / "en.gold.json", None, None),
    ("dev3-ru", CORPUS / "dev3" / "ru", CORPUS / "dev3" / "ru.gold.json", None, None),
    ("dev3-zh", CORPUS / "dev3" / "zh", CORPUS / "dev3" / "zh.gold.json", None, None),
    ("dev4-en", CORPUS / "dev4" / "en", CORPUS / "dev4" / "en.gold.json", None, None),
    ("dev4-ru", CORPUS / "dev4" / "ru", CORPUS / "dev4" / "ru.gold.json", None, None),
    ("dev4-zh", CORPUS / "dev4" / "zh", CORPUS / "dev4" / "zh.gold.json", None, None),
    # The hold-out (once holdout3/), written in session 4 by a helper who never read the extractor:
    # the measure of generalisation now. Never read for tuning; only its scores are looked at.
    ("holdout-en", CORPUS / "holdout" / "en", CORPUS / "holdout" / "en.gold.json", None, None),
    ("holdout-ru", CORPUS / "holdout" / "ru", CORPUS / "holdout" / "ru.gold.json", None, None),
    ("holdout-zh", CORPUS / "holdout" / "zh", CORPUS / "holdout" / "zh.gold.json", None, None),
]


def score(cli, path, gold):
    out = subprocess.run([cli, "extract", str(path)], capture_output=True, text=True)
    pred = SCRATCH / f"{path.parent.name}-{path.name}.json"
    pred.write_text(out.stdout)
    res = subprocess.run([sys.executable, str(SCORE), str(pred), str(gold)], capture_output=True, text=True)
    return res.stdout


def number(pattern, text):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else None


# The real development set: real articles whose texts are never committed (their source asks that
# they not be copied verbatim); gold and the rows that find them again are in ../shared/eval/real-dev.
REAL_GOLD = ROOT.parent / "shared" / "eval" / "real-dev"
REAL_TEXTS = CORPUS / "real"
# A second real set, gathered later from the same stored pages (URLs and queries in
# tests/eval/real2/<lang>/docs.tsv, gold made by annotators who never read the extractor, committed;
# the texts in the git-ignored tests/corpus/real2/<lang>/). Scored whole: it is a fresh sample,
# looked at after the first set's rules were written, split as the first is (its held-out third is
# never tuned on).
REAL2_GOLD = HERE / "real2"
REAL2_TEXTS = CORPUS / "real2"


def held_out(file):
    """The third of the real development set that is never tuned on: documents numbered 3, 6, 9, ...
    Rules are written from the failures of the other two thirds only; this third's scores tell
    whether they generalise."""
    m = re.search(r"(\d+)\.txt$", file)
    return bool(m) and int(m.group(1)) % 3 == 0


def row(lang, part, docs, text):
    """One line of the real sets' table from score.py's output."""
    m = re.search(r"events: precision ([\d.]+) recall ([\d.]+) F1 ([\d.]+)", text)
    pub = re.search(r"publication date: (\d+)/(\d+)", text)
    reg = re.search(r"regions: precision [\d.]+ recall [\d.]+ F1 ([\d.]+)", text)
    return (lang, part, docs, *(m.groups() if m else ("-", "-", "-")),
            reg.group(1) if reg else "-", f"{pub.group(1)}/{pub.group(2)}" if pub else "-")


def real_dev(cli, explain):
    """Scores the real development set per language: all, the tuning two thirds, the held-out third.
    A development measure, not a gate: CI has no texts."""
    if not REAL_GOLD.is_dir():
        print(f"no gold at {REAL_GOLD}: the real development set lives in ../shared/eval/real-dev")
        return 1
    missing = [lang for lang in ("en", "ru", "zh") if not list((REAL_TEXTS / lang).glob("*.txt"))]
    if missing:
        print(f"texts not gathered for {', '.join(missing)} in {REAL_TEXTS}/<lang>/.\n"
              "Gather them (README, 'Measuring extraction on real pages'): for each row of ../shared/eval/real-dev/<lang>/docs.tsv, search the\n"
              "stored pages with the row's query, take the result whose URL is the row's url, and write\n"
              "tests/corpus/real/<lang>/<file> as '---\\nsource: <url>\\n---\\n' plus the excerpt as found. Never commit them.")
        return 1
    rows = []
    sets = [("", REAL_GOLD / lang / "gold.json", REAL_TEXTS / lang, lang) for lang in ("en", "ru", "zh")]
    sets += [("second set ", REAL2_GOLD / lang / "gold.json", REAL2_TEXTS / lang, lang) for lang in ("en", "ru", "zh")
             if (REAL2_GOLD / lang / "gold.json").is_file() and list((REAL2_TEXTS / lang).glob("*.txt"))]
    for name, gold_file, texts, lang in sets:
        gold = json.loads(gold_file.read_text())
        docs = gold["docs"] if isinstance(gold, dict) else gold
        out = subprocess.run([cli, "extract", str(texts)], capture_output=True, text=True)
        pred = json.loads(out.stdout)
        for part, keep in (("all", lambda f: True), ("tune", lambda f: not held_out(f)), ("held-out", held_out)):
            sub_gold = [d for d in docs if keep(d["file"])]
            stems = {Path(d["file"]).stem for d in sub_gold}
            sub_pred = {"documents": [d for d in pred["documents"] if d["id"] in stems],
                        "events": [e for e in pred["events"] if e["doc"] in stems]}
            tag = f"{name}{lang}-{part}".replace(" ", "-")
            pg, pp = SCRATCH / f"real-{tag}.gold.json", SCRATCH / f"real-{tag}.json"
            pg.write_text(json.dumps({"docs": sub_gold}))
            pp.write_text(json.dumps(sub_pred))
            args = [sys.executable, str(SCORE), str(pp), str(pg)] + (["--explain"] if explain and part == "tune" else [])
            text = subprocess.run(args, capture_output=True, text=True).stdout
            if explain and part == "tune":
                print(text)
            rows.append(row(lang, name + part, len(sub_gold), text))
    print("| lang | part | docs | precision | recall | event F1 | region F1 | publication date |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    return 0


def main():
    cli = sys.argv[1]
    if "--real" in sys.argv[2:]:
        sys.exit(real_dev(cli, "--explain" in sys.argv[2:]))
    passed = failed = 0
    for name, path, gold, floor, extra in SETS:
        text = score(cli, path, gold)
        f1 = number(r"events: precision [\d.]+ recall [\d.]+ F1 ([\d.]+)", text)
        ok = f1 is not None
        why = []
        if floor is not None and (f1 is None or f1 < floor):
            ok = False
            why.append(f"event F1 {f1} < {floor}")
        if extra == "seeds":
            recall = number(r"events: precision [\d.]+ recall ([\d.]+)", text)
            precision = number(r"events: precision ([\d.]+)", text)
            region_f1 = number(r"regions: precision [\d.]+ recall [\d.]+ F1 ([\d.]+)", text)
            pub = re.search(r"publication date: (\d+)/(\d+)", text)
            if recall != 1.0 or precision is None or precision < 0.9 or region_f1 != 1.0 or not pub or pub.group(1) != pub.group(2):
                ok = False
                why.append("seeds need recall 1.00, precision >= 0.90, region F1 1.00 and every publication date")
        gate = "gated" if floor is not None or extra else "measured"
        print(f"--- {name} ({gate}) ---")
        print(text.strip())
        if gate == "measured":
            print(f"MEASURED {name} (no floor yet)")
            continue
        print(("PASS" if ok else "FAIL") + f" {name}" + (": " + "; ".join(why) if why else ""))
        passed += ok
        failed += not ok
    print(f"extraction: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
