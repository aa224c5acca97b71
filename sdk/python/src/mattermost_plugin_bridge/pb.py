"""Every message of the contract (package mattermost.bridge.v1), for plugin code.

    from mattermost_plugin_bridge import pb

    pb.Post(channel_id=..., message="hi")
    pb.MessageWillBePostedResponse(rejection_reason="No spam, please.")

Message fields accept messages or dicts; int64 fields are Python ints (no rounding). Go ``any``
values (post props, key/value pairs, …) are ``google.protobuf.Struct``/``Value``, which take and
hold JSON-like Python values; a Go value that is not JSON-like travels tagged
``{"@type": "<gob type name>", "value": …}`` (integers as decimal strings), as the bridge documents.
"""

from ._gen import *  # noqa: F401,F403
from ._gen import __all__ as __all__
