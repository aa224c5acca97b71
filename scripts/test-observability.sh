#!/usr/bin/env bash
# Observability tests with the real tools: grpcurl (go install, pinned), Prometheus and promtool
# (Debian's prometheus package) and headless Chromium (Debian's chromium package) against a running
# bridge. Installs what is missing, then runs test/observability/*.obs.ts. Screenshots are written
# to test/observability/screenshots/ (MM_BRIDGE_UPDATE_DOCS=1 also refreshes docs/observability-console.png).
set -euo pipefail
cd "$(dirname "$0")/.."

GRPCURL_VERSION=v1.9.3 # installs with Go 1.26
TOOLS="$PWD/.tools"

step() { printf '\n=== %s\n' "$*"; }

apt_install() {
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  # Package lists may be missing or stale on a fresh machine: update once and retry.
  "${sudo[@]}" apt-get install -y --no-install-recommends "$@" ||
    { "${sudo[@]}" apt-get update && "${sudo[@]}" apt-get install -y --no-install-recommends "$@"; }
}

step "tools: prometheus + promtool, chromium (Debian), grpcurl $GRPCURL_VERSION (go install)"
missing=()
{ [ -x /usr/bin/prometheus ] && [ -x /usr/bin/promtool ]; } || missing+=(prometheus)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The Debian service is never used: the tests start their own Prometheus on loopback.
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

mkdir -p "$TOOLS/bin"
[ -f "$TOOLS/.gitignore" ] || printf '*\n' >"$TOOLS/.gitignore"
if ! go version -m "$TOOLS/bin/grpcurl" 2>/dev/null | grep -q "github.com/fullstorydev/grpcurl[[:space:]]*$GRPCURL_VERSION"; then
  GOBIN="$TOOLS/bin" GOFLAGS= go install "github.com/fullstorydev/grpcurl/cmd/grpcurl@$GRPCURL_VERSION"
fi
[ -d node_modules ] || npm ci --no-audit --no-fund

export MM_BRIDGE_GRPCURL="$TOOLS/bin/grpcurl"
export MM_BRIDGE_PROMETHEUS=/usr/bin/prometheus
export MM_BRIDGE_PROMTOOL=/usr/bin/promtool
export MM_BRIDGE_CHROMIUM=/usr/bin/chromium
"$MM_BRIDGE_PROMETHEUS" --version 2>&1 | head -1
"$MM_BRIDGE_CHROMIUM" --version 2>/dev/null || true
go version -m "$MM_BRIDGE_GRPCURL" | grep -m1 'mod[[:space:]]'

step "observability tests (grpcurl, Prometheus, promtool, Chromium against a running bridge)"
npx vitest run --config test/observability/vitest.config.ts
