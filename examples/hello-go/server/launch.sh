#!/bin/sh
# What the Mattermost server executes when this directory is installed as is (mm-bridge pack replaces
# it with the mm-bridge stub). mm-bridge speaks the Go plugin protocol and starts server/hello-go.
here="$(cd "$(dirname "$0")/.." && pwd)"
exec mm-bridge run --bundle "$here"
