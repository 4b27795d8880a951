#!/usr/bin/env python3
"""Scores the extractor on the seeds and on our own test sets with score.py (copied from
../shared/eval, so the test needs no ../shared), and checks each against its floor.

usage: run.py CLI   (CLI: the built exchange-atlas binary)

Each set is one check; it prints the score lines and PASS/FAIL, then a closing
'N passed, N failed' line. Sets with a floor of None are measured and reported, not gated.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCORE = HERE / "score.py"
CORPUS = ROOT / "tests" / "corpus"

# (name, input path, gold file, minimum event F1 or None, extra checks)
# Floors: a regression floor just under the current score where it passes the issues' targets (en 0.90,
# ru 0.85, zh 0.85), and on the second dev sets; to be raised as the rules improve. The hold-out sets
# are never tuned on and only measured.
SETS = [
    ("seeds", ROOT / "seeds", HERE / "seeds.gold.json", None, "seeds"),
    ("en", CORPUS / "en", CORPUS / "en.gold.json", 0.94, None),
    ("ru", CORPUS / "ru", CORPUS / "ru.gold.json", 0.92, None),
    ("zh", CORPUS / "zh", CORPUS / "zh.gold.json", 0.87, None),
    ("en2", CORPUS / "en2", CORPUS / "en2.gold.json", 0.91, None),
    ("ru2", CORPUS / "ru2", CORPUS / "ru2.gold.json", 0.92, None),
    ("zh2", CORPUS / "zh2", CORPUS / "zh2.gold.json", 0.93, None),
    ("holdout-en", CORPUS / "holdout" / "en", CORPUS / "holdout" / "en.gold.json", None, None),
    ("holdout-ru", CORPUS / "holdout" / "ru", CORPUS / "holdout" / "ru.gold.json", None, None),
    ("holdout-zh", CORPUS / "holdout" / "zh", CORPUS / "holdout" / "zh.gold.json", None, None),
    # A second hold-out, written in session 3 by a helper who never read the extractor. The first
    # hold-out's failures were read in session 3 (a report dated only by its title's year, hen07),
    # so it is a development set now. The second's failures were read in session 4: a development
    # set too.
    ("holdout2-en", CORPUS / "holdout2" / "en", CORPUS / "holdout2" / "en.gold.json", None, None),
    ("holdout2-ru", CORPUS / "holdout2" / "ru", CORPUS / "holdout2" / "ru.gold.json", None, None),
    ("holdout2-zh", CORPUS / "holdout2" / "zh", CORPUS / "holdout2" / "zh.gold.json", None, None),
    # The third hold-out, written in session 4 by a helper who never read the extractor: the
    # measure of generalisation now. Never read for tuning; only its scores are looked at.
    ("holdout3-en", CORPUS / "holdout3" / "en", CORPUS / "holdout3" / "en.gold.json", None, None),
    ("holdout3-ru", CORPUS / "holdout3" / "ru", CORPUS / "holdout3" / "ru.gold.json", None, None),
    ("holdout3-zh", CORPUS / "holdout3" / "zh", CORPUS / "holdout3" / "zh.gold.json", None, None),
]


def score(cli, path, gold):
    out = subprocess.run([cli, "extract", str(path)], capture_output=True, text=True)
    pred = Path("/tmp") / f"exchange-atlas-eval-{path.name}.json"
    pred.write_text(out.stdout)
    res = subprocess.run([sys.executable, str(SCORE), str(pred), str(gold)], capture_output=True, text=True)
    return res.stdout


def number(pattern, text):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else None


def main():
    cli = sys.argv[1]
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
