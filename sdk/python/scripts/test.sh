#!/usr/bin/env bash
# The Python SDK's checks, from a clean clone: the venv (scripts/venv.sh installs the SDK with its
# test extra), the generated code against proto/ (drift check), mypy --strict, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
py="$(bash scripts/venv.sh)"

echo "--- python sdk: generated code matches proto/ (scripts/generate.py --check)"
"$py" scripts/generate.py --check

echo "--- python sdk: mypy --strict"
"$py" -m mypy --strict src tests scripts ../../examples/hello-python/server/plugin.py

echo "--- python sdk: pytest"
"$py" -m pytest -p no:cacheprovider tests
