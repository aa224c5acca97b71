#!/bin/bash
# mm-bridge stub — the server executable of a bridged plugin bundle (written by `mm-bridge pack`).
#
# The Mattermost server starts it exactly as it starts a Go plugin. It needs nothing beyond bash,
# which the stock Mattermost image has:
#   - MM_BRIDGE_SIDECAR=host:port set on the Mattermost server: attach to the mm-bridge sidecar
#     (`mm-bridge serve`) with MM_BRIDGE_ATTACH_SECRET, print the go-plugin handshake line the
#     sidecar answers, and stay alive exactly as long as the sidecar keeps this plugin;
#   - otherwise, if `mm-bridge` is on the server's PATH: run the bridge in-container.
# Attach protocol (line based, version 1): the stub sends
#   MM-BRIDGE-ATTACH 1 / secret: S / plugin-id: ID / bundle: DIR / protocol-versions: V / (blank line)
# and the sidecar answers "OK <handshake line>" or "ERR <reason>", then "LOG <line>" lines that are
# this plugin's log (copied to stderr, where the server's log picks them up); it closes the
# connection when it drops the plugin (after "BYE" when the server stopped it).
set -u
plugin_id='@PLUGIN_ID@'
here="$(cd "$(dirname "$0")" && pwd)"
bundle="$(cd "$here/../.." && pwd)" # <bundle>/server/dist/<this stub>

fail() {
  printf 'mm-bridge stub (%s): %s\n' "$plugin_id" "$*" >&2
  exit 1
}

if [ "${MATTERMOST_PLUGIN:-}" != 'Securely message teams, anywhere.' ]; then
  fail 'this is a Mattermost plugin executable; the Mattermost server starts it'
fi

if [ -z "${MM_BRIDGE_SIDECAR:-}" ]; then
  if command -v mm-bridge >/dev/null 2>&1; then
    exec mm-bridge run --bundle "$bundle"
  fi
  fail 'set MM_BRIDGE_SIDECAR=host:port and MM_BRIDGE_ATTACH_SECRET on the Mattermost server (the mm-bridge sidecar), or install mm-bridge in the server image'
fi
[ -n "${MM_BRIDGE_ATTACH_SECRET:-}" ] || fail 'MM_BRIDGE_SIDECAR is set but MM_BRIDGE_ATTACH_SECRET is not (use the secret the sidecar was started with)'

host="${MM_BRIDGE_SIDECAR%:*}"
port="${MM_BRIDGE_SIDECAR##*:}"
host="${host#[}"
host="${host%]}"
case "$port" in '' | *[!0-9]*) fail "MM_BRIDGE_SIDECAR must be host:port, got '$MM_BRIDGE_SIDECAR'" ;; esac

{ exec 3<>"/dev/tcp/$host/$port"; } 2>/dev/null || fail "cannot connect to the sidecar at $MM_BRIDGE_SIDECAR (is mm-bridge serve running and reachable from the server?)"

printf 'MM-BRIDGE-ATTACH 1\nsecret: %s\nplugin-id: %s\nbundle: %s\nprotocol-versions: %s\n\n' \
  "$MM_BRIDGE_ATTACH_SECRET" "$plugin_id" "$bundle" "${PLUGIN_PROTOCOL_VERSIONS:-1}" >&3

IFS= read -r -t "${MM_BRIDGE_ATTACH_TIMEOUT:-10}" reply <&3 || fail "no answer from the sidecar at $MM_BRIDGE_SIDECAR"
case "$reply" in
  'OK '*) printf '%s\n' "${reply#OK }" ;;
  'ERR '*) fail "the sidecar refused the attach: ${reply#ERR }" ;;
  *) fail "unexpected answer from the sidecar at $MM_BRIDGE_SIDECAR: ${reply:0:80}" ;;
esac

# Builtins only from here: if the server kills this process, nothing else keeps the connection
# open, so the sidecar sees it close and tears the plugin down.
while IFS= read -r line <&3; do
  case "$line" in
    'LOG '*) printf '%s\n' "${line#LOG }" >&2 ;;
    'BYE'*) exit 0 ;; # stopped on the server's request (Control.Quit)
  esac
done
exit 1 # the sidecar dropped this plugin: exit, so the server's health check restarts it
