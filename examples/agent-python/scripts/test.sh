#!/usr/bin/env bash
# agent-python's checks: the venv (scripts/venv.sh), mypy --strict, pytest (no network: a fake
# OpenAI-compatible server and a fake MCP server run locally). The end-to-end test through mm-bridge
# and the real plugin loader is test/conformance/agent_test.go.
set -euo pipefail
cd "$(dirname "$0")/.."
py="$(bash scripts/venv.sh)"

echo "--- agent-python: mypy --strict"
"$py" -m mypy --strict --config-file mypy.ini server tests

echo "--- agent-python: pytest"
"$py" -m pytest -p no:cacheprovider tests
