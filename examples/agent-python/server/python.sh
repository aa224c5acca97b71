#!/bin/sh
# Runs the plugin with a Python (>= 3.10) that has the SDK and requirements.txt, the first found of:
#   1. $MM_BRIDGE_PYTHON                 an interpreter you choose (props.bridge.env in plugin.json)
#   2. server/.venv/bin/python           a venv inside the bundle, for a deployed plugin:
#                                        python3 -m venv server/.venv &&
#                                        server/.venv/bin/pip install <sdk/python> -r requirements.txt
#   3. <checkout>/examples/agent-python/.venv   this example's development venv (scripts/venv.sh)
#   4. python3 on PATH                   with the dependencies installed for it, or vendored into
#                                        server/vendor by `mm-bridge pack`
# server/vendor (if present) and, in a checkout of mattermost-plugin-bridge, the SDK's source
# (sdk/python/src) are put on PYTHONPATH.
set -eu
server="$(cd "$(dirname "$0")" && pwd)"
example="$(cd "$server/.." && pwd)"
checkout="$(cd "$example/../.." && pwd)"
sdk_src="$checkout/sdk/python/src"
if [ -d "$server/vendor" ]; then
  PYTHONPATH="$server/vendor${PYTHONPATH:+:$PYTHONPATH}"
fi
if [ -d "$sdk_src/mattermost_plugin_bridge" ]; then
  PYTHONPATH="$sdk_src${PYTHONPATH:+:$PYTHONPATH}"
fi
export PYTHONPATH="${PYTHONPATH:-}"
if [ -n "${MM_BRIDGE_PYTHON:-}" ]; then
  py="$MM_BRIDGE_PYTHON"
elif [ -x "$server/.venv/bin/python" ]; then
  py="$server/.venv/bin/python"
elif [ -x "$example/.venv/bin/python" ]; then
  py="$example/.venv/bin/python"
else
  py="$(command -v python3 || true)"
  if [ -z "$py" ]; then
    echo "agent-python: no python3 found; set MM_BRIDGE_PYTHON or create server/.venv" >&2
    exit 1
  fi
  if ! "$py" -c 'import grpc, google.protobuf, httpx, mattermost_plugin_bridge' 2>/dev/null; then
    echo "agent-python: $py lacks the SDK or requirements.txt (grpcio, protobuf, httpx, mcp); create server/.venv or pack with mm-bridge pack" >&2
    exit 1
  fi
fi
exec "$py" "$@"
