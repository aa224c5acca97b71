#!/usr/bin/env bash
# The whole test suite, from a clean clone: installs what the tests need, then runs lint, the
# contract checks, the TypeScript tests, the golden vectors both ways and the Go conformance harness.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:--mod=mod}" NO_COLOR=1

step() { printf '\n=== %s\n' "$*"; }

step "install: npm packages and Go modules"
[ -d node_modules ] || npm ci --no-audit --no-fund
for m in proto/generator test/vectors test/conformance examples/hello-go; do (cd "$m" && go mod download); done

step "lint: prettier, eslint, tsc --noEmit"
npx prettier --check .
npx eslint .
npx tsc -p tsconfig.json --noEmit

step "python sdk: generated code drift, mypy --strict, pytest"
bash sdk/python/scripts/test.sh

step "examples: the AI agent plugin (mypy --strict, pytest with a fake model and a fake MCP server)"
bash examples/agent-python/scripts/test.sh

step "contract: generated files match the Go interfaces, buf lint, buf breaking"
(cd proto/generator && go vet ./... && go test ./... && go run . -check)
npx tsx scripts/gen-contract.ts --check
npx tsx scripts/gen-sdk-node.ts --check
npx tsx scripts/coverage-sdk.ts
npx buf lint proto
npx buf breaking proto --against proto/baseline.binpb

step "build"
npm run build

step "unit, property, golden-vector and end-to-end tests (vitest)"
npx vitest run --reporter=default 2>&1 | tee /tmp/mm-bridge-vitest.log
grep -Eq 'Tests +[1-9][0-9]* passed' /tmp/mm-bridge-vitest.log || { echo "vitest found no tests"; exit 1; }

step "observability: grpcurl, Prometheus + promtool, headless Chromium against a running bridge"
bash scripts/test-observability.sh

step "conformance: the real plugin.NewEnvironment loader against the bridge (Go)"
(cd test/conformance && go test ./... -count=1 -timeout 25m)
npx tsx scripts/coverage-contract.ts

echo; echo "all tests passed"
