#!/usr/bin/env bash
# The second README command: set up (with Chromium), build dist/, and run every test:
#   native      cargo test --workspace (core, CLI, schema, proptest, geoprep), with the short runs of the
#               fuzz targets (tests/robustness.rs, widget/tests/fuzz_model.rs; FUZZ_CASES sets a long run)
#   browser     wasm-bindgen-test in headless Chromium (the widget's rendered DOM)
#   extraction  score.py on the seeds and the test corpora, with their floors
#   e2e         Playwright flows against the served dist/ and the file:// single file
#   peers-smoke the peer benchmark (bench/peers) at N = 100, one run, baseline and atlas: fails when the
#               atlas never reports rendered or a phase does not reach a page; timing is not judged
# Prints each suite's result and a closing "N passed, N failed" line; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

bash scripts/setup.sh --browser || { echo "setup failed"; exit 1; }
bash scripts/build.sh || { echo "build failed"; exit 1; }
cargo build --quiet --release --bin exchange-atlas || { echo "CLI build failed"; exit 1; }

log=$(mktemp -d)
total_pass=0
total_fail=0
broken=()

# run NAME COMMAND...: runs a suite, adds up what its runner reports.
run() {
  local name=$1; shift
  printf '\n\033[1m== %s ==\033[0m %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log/$name.txt"
  local status=${PIPESTATUS[0]}
  local p f
  p=""; f=""
  if grep -qE '^test result:' "$log/$name.txt"; then
    p=$(grep -E '^test result:' "$log/$name.txt" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}')
    f=$(grep -E '^test result:' "$log/$name.txt" | sed -E 's/.* ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
  elif grep -qE '^# pass' "$log/$name.txt"; then
    p=$(grep -E '^# pass [0-9]+' "$log/$name.txt" | awk '{s+=$3} END {print s+0}')
    f=$(grep -E '^# fail [0-9]+' "$log/$name.txt" | awk '{s+=$3} END {print s+0}')
  else
    p=$(grep -E '^[a-z-]+: [0-9]+ passed, [0-9]+ failed' "$log/$name.txt" | tail -1 | sed -E 's/.*: ([0-9]+) passed.*/\1/')
    f=$(grep -E '^[a-z-]+: [0-9]+ passed, [0-9]+ failed' "$log/$name.txt" | tail -1 | sed -E 's/.* ([0-9]+) failed.*/\1/')
  fi
  p=${p:-0}; f=${f:-0}
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  [ "$status" -ne 0 ] && broken+=("$name")
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
  printf '\033[1m-- %s: %s passed, %s failed\033[0m\n' "$name" "$p" "$f"
}

run native cargo test --workspace --quiet
run browser bash -c 'cd widget && cargo test --target wasm32-unknown-unknown'
run extraction python3 tests/eval/run.py target/release/exchange-atlas
run e2e node --test tests/e2e/
run peers-smoke bash bench/peers/run.sh --smoke

echo
[ ${#broken[@]} -gt 0 ] && echo "failing suites: ${broken[*]}"
echo "all: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ] && [ ${#broken[@]} -eq 0 ]
