#!/usr/bin/env bash
# Installs the benchmark's pinned npm packages (playwright-core, TimelineJS, vis-timeline) with
# `npm ci` from this folder's package-lock.json into $PEERS_DEPS (default: target/peers-bench-deps in
# the repo), idempotently: nothing is done while the installed lockfile matches. Prints the folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
deps=${PEERS_DEPS:-$here/../../target/peers-bench-deps}
mkdir -p "$deps"
deps=$(cd "$deps" && pwd)
# .installed-lock is written only after a successful npm ci, so a broken install is redone
if ! cmp -s "$here/package-lock.json" "$deps/.installed-lock" || [ ! -d "$deps/node_modules" ]; then
  echo "[peers] npm ci into $deps" >&2
  rm -f "$deps/.installed-lock"
  cp "$here/package.json" "$here/package-lock.json" "$deps/"
  (cd "$deps" && npm ci --no-audit --no-fund --loglevel=error >&2)
  cp "$here/package-lock.json" "$deps/.installed-lock"
fi
echo "$deps"
