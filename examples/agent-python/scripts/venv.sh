#!/usr/bin/env bash
# Creates or updates examples/agent-python/.venv: the SDK (sdk/python, editable), requirements.txt
# and requirements-test.txt. Idempotent and quick when nothing changed (a stamp of the three
# files). Prints the venv's python. Needs Python >= 3.10 ($PYTHON, default python3).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv
stamp="$venv/.installed-$(cat requirements.txt requirements-test.txt ../../sdk/python/pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -x "$venv/bin/python" ]; then
  py="${PYTHON:-python3}"
  "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "agent-python needs Python >= 3.10 (the mcp package)")' >&2
  "$py" -m venv "$venv" >&2
fi
if [ ! -e "$stamp" ]; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    -e ../../sdk/python -r requirements.txt -r requirements-test.txt >&2
  rm -f "$venv"/.installed-*
  touch "$stamp"
fi
echo "$PWD/$venv/bin/python"
