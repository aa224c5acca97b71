#!/bin/sh
# Runs the plugin with a Python that has the SDK and its dependencies (grpcio, protobuf), the
# first found of:
#   1. $MM_BRIDGE_PYTHON                 an interpreter you choose (props.bridge.env in plugin.json)
#   2. server/.venv/bin/python           a venv inside the bundle, for a deployed plugin:
#                                        python3 -m venv server/.venv &&
#                                        server/.venv/bin/pip install <path to sdk/python>
#   3. <checkout>/sdk/python/.venv       the SDK's development venv (sdk/python/scripts/venv.sh)
#   4. python3 on PATH                   with the SDK's dependencies installed for it
# In a checkout of mattermost-plugin-bridge the SDK's source (sdk/python/src) is put on
# PYTHONPATH, so the plugin always runs the SDK next to it.
set -eu
server="$(cd "$(dirname "$0")" && pwd)"
checkout="$(cd "$server/../../.." && pwd)"
sdk_src="$checkout/sdk/python/src"
if [ -d "$sdk_src/mattermost_plugin_bridge" ]; then
  PYTHONPATH="$sdk_src${PYTHONPATH:+:$PYTHONPATH}"
  export PYTHONPATH
fi
if [ -n "${MM_BRIDGE_PYTHON:-}" ]; then
  py="$MM_BRIDGE_PYTHON"
elif [ -x "$server/.venv/bin/python" ]; then
  py="$server/.venv/bin/python"
elif [ -x "$checkout/sdk/python/.venv/bin/python" ]; then
  py="$checkout/sdk/python/.venv/bin/python"
else
  py="$(command -v python3 || true)"
  if [ -z "$py" ]; then
    echo "hello-python: no python3 found; set MM_BRIDGE_PYTHON or create server/.venv" >&2
    exit 1
  fi
  if ! "$py" -c 'import grpc, google.protobuf, mattermost_plugin_bridge' 2>/dev/null; then
    echo "hello-python: $py lacks the SDK or its dependencies (grpcio, protobuf); run sdk/python/scripts/venv.sh or create server/.venv" >&2
    exit 1
  fi
fi
exec "$py" "$@"
