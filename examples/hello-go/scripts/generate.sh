#!/usr/bin/env bash
# Generates gen/ (the Go code of the mattermost.bridge.v1 contract) from ../../proto with the standard
# Go tooling: protoc-gen-go and protoc-gen-go-grpc (pinned below, installed into .tools/bin) driven by
# buf (the repository's npm dependency @bufbuild/buf, which compiles the .proto files itself: no protoc).
#
#   bash scripts/generate.sh           regenerate gen/
#   bash scripts/generate.sh --check   regenerate into a temporary directory and fail if gen/ differs
set -euo pipefail

PROTOC_GEN_GO_VERSION=v1.36.12     # = google.golang.org/protobuf in go.mod
PROTOC_GEN_GO_GRPC_VERSION=v1.6.2

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"

check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

tools="$here/.tools/bin"
install_tool() { # name package version
  local stamp="$tools/.$1.version"
  if [[ -x "$tools/$1" && -f "$stamp" && "$(cat "$stamp")" == "$3" ]]; then return; fi
  echo "installing $2@$3 into .tools/bin" >&2
  mkdir -p "$tools"
  GOBIN="$tools" go install "$2@$3"
  echo "$3" >"$stamp"
}
install_tool protoc-gen-go google.golang.org/protobuf/cmd/protoc-gen-go "$PROTOC_GEN_GO_VERSION"
install_tool protoc-gen-go-grpc google.golang.org/grpc/cmd/protoc-gen-go-grpc "$PROTOC_GEN_GO_GRPC_VERSION"

buf="$repo/node_modules/.bin/buf"
[[ -x "$buf" ]] || buf="npx --no-install buf"

if [[ $check == 0 ]]; then
  rm -rf gen
  $buf generate "$repo/proto" --template buf.gen.yaml
  echo "generated $(find gen -name '*.go' | wc -l) files into examples/hello-go/gen" >&2
  exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
$buf generate "$repo/proto" --template buf.gen.yaml -o "$tmp"
if ! diff -r -u gen "$tmp/gen"; then
  echo "examples/hello-go/gen is out of date with proto/: run bash examples/hello-go/scripts/generate.sh" >&2
  exit 1
fi
echo "examples/hello-go/gen is up to date" >&2
