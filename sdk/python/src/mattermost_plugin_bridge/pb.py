"""Every message of the contract (package mattermost.bridge.v1), for plugin code.

    from mattermost_plugin_bridge import pb

    pb.Post(channel_id=..., message="hi")
    pb.MessageWillBePostedResponse(rejection_reason="No spam, please.")

Go ``interface{}`` values (props, key/value pairs, …) are ``google.protobuf.Struct``/``Value``:
they accept and hold JSON-like Python values. A Go value that is not JSON-like is tagged as
``{"@type": "<gob type name>", "value": …}`` (integers as decimal strings), as the bridge documents.
"""

from ._gen import *  # noqa: F401,F403
from ._gen import __all__ as __all__
