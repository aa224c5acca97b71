#!/usr/bin/env bash
# Drift check: regenerates the contract in memory/a temp dir and fails with a diff when the
# committed proto/mattermost/bridge/v1/* or src/generated/schema.json differ from it.
# Also lints and builds the contract with buf when it is installed (npm ci).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
go vet ./...
go run . -check -root "$root"
buf="$root/node_modules/.bin/buf"
if [ -x "$buf" ]; then
  "$buf" lint "$root/proto"
  out="$(mktemp)"
  trap 'rm -f "$out"' EXIT
  "$buf" build "$root/proto" -o "$out"
  echo "buf: lint and build ok"
else
  echo "buf not installed (run npm ci): skipped lint/build" >&2
fi
