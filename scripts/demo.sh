#!/usr/bin/env bash
# The first README command: set up, build the atlas of seeds/, and serve it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs dist "$@"
