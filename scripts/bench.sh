#!/usr/bin/env bash
# npm run bench: builds what the harness starts (dist/), makes sure the Python SDK's venv is there
# for the Python rows (sdk/python/scripts/venv.sh; without it they say "not measured"), then runs
# bench/run.ts, which writes bench/results/latest.json and bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:--mod=mod}"
[ -d node_modules ] || npm ci --no-audit --no-fund
if ! out="$(npm run build 2>&1)"; then
  printf '%s\n' "$out" >&2
  exit 1
fi
if command -v python3 >/dev/null 2>&1; then
  bash sdk/python/scripts/venv.sh >/dev/null ||
    echo "bench: the Python SDK's venv could not be set up; the Python rows will say not measured" >&2
fi
node --import tsx bench/run.ts
