#!/bin/sh
# Runs the plugin with a Python that has the SDK's dependencies (grpcio, protobuf), the first
# found of:
#   1. $MM_BRIDGE_PYTHON                 an interpreter you choose (the server's environment, or
#                                        props.bridge.env in plugin.json)
#   2. server/.venv/bin/python           a venv inside the bundle, for a deployed plugin:
#                                        python3 -m venv server/.venv &&
#                                        server/.venv/bin/pip install <path to sdk/python>
#   3. <checkout>/sdk/python/.venv       the SDK's development venv (sdk/python/scripts/venv.sh),
#                                        when this directory is inside a checkout of the bridge, or
#                                        the venv of the checkout whose mm-bridge runs the plugin
#                                        ($MM_BRIDGE_PACKAGE_ROOT, set by the bridge)
#   4. python3 on PATH                   with grpcio and protobuf installed for it (the sidecar
#                                        image has them in the venv first on its PATH)
# The SDK itself (mattermost_plugin_bridge) comes from the bridge, which puts its sdk/python/src on
# PYTHONPATH; in a checkout, the checkout's SDK source is put first.
set -eu
server="$(cd "$(dirname "$0")" && pwd)"
checkout="$(cd "$server/../../.." && pwd)"
sdk_src="$checkout/sdk/python/src"
if [ -d "$sdk_src/mattermost_plugin_bridge" ]; then
  PYTHONPATH="$sdk_src${PYTHONPATH:+:$PYTHONPATH}"
  export PYTHONPATH
fi
bridge_venv="${MM_BRIDGE_PACKAGE_ROOT:+$MM_BRIDGE_PACKAGE_ROOT/sdk/python/.venv/bin/python}"
if [ -n "${MM_BRIDGE_PYTHON:-}" ]; then
  py="$MM_BRIDGE_PYTHON"
elif [ -x "$server/.venv/bin/python" ]; then
  py="$server/.venv/bin/python"
elif [ -x "$checkout/sdk/python/.venv/bin/python" ]; then
  py="$checkout/sdk/python/.venv/bin/python"
elif [ -n "$bridge_venv" ] && [ -x "$bridge_venv" ]; then
  py="$bridge_venv"
else
  py="$(command -v python3 || true)"
  if [ -z "$py" ]; then
    echo "hello-python: no python3 found; set MM_BRIDGE_PYTHON or create server/.venv" >&2
    exit 1
  fi
  if ! "$py" -c 'import grpc, google.protobuf, mattermost_plugin_bridge' 2>/dev/null; then
    echo "hello-python: $py lacks the SDK or its dependencies (grpcio, protobuf); run sdk/python/scripts/venv.sh, create server/.venv or set MM_BRIDGE_PYTHON" >&2
    exit 1
  fi
fi
exec "$py" "$@"
