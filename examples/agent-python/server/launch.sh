#!/bin/sh
# What the Mattermost server executes. mm-bridge speaks the Go plugin protocol and starts
# server/plugin.py through server/python.sh (props.bridge.command in plugin.json).
here="$(cd "$(dirname "$0")/.." && pwd)"
exec mm-bridge run --bundle "$here"
