#!/usr/bin/env bash
# npm run bench: builds what the harness starts (dist/), then runs bench/run.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:--mod=mod}"
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run build >/dev/null
node --import tsx bench/run.ts
