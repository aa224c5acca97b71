#!/usr/bin/env bash
# Creates or updates sdk/python/.venv: the SDK installed in editable mode with its test extra
# (pinned grpcio-tools, mypy, pytest, stubs, flask, starlette). Idempotent and quick when nothing
# changed (a stamp of pyproject.toml). Prints the venv's python.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv
stamp="$venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -x "$venv/bin/python" ]; then
  py="${PYTHON:-python3}"
  "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else "Python >= 3.9 is needed")' >&2
  "$py" -m venv "$venv" >&2
fi
if [ ! -e "$stamp" ]; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]' >&2
  rm -f "$venv"/.installed-*
  touch "$stamp"
fi
echo "$PWD/$venv/bin/python"
