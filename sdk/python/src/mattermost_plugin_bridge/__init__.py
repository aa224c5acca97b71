"""The Python SDK for mattermost-plugin-bridge: Mattermost server plugins in Python.

    from mattermost_plugin_bridge import Plugin, hook, pb

    class Hello(Plugin):
        @hook("MessageWillBePosted")
        def filter(self, req: pb.MessageWillBePostedRequest) -> pb.MessageWillBePostedResponse | None:
            ...

    if __name__ == "__main__":
        Hello.run()

See plugin.py (the Plugin class), hooks_gen.py (the hooks), client_gen.py (the PluginAPI),
errors.py (AppError), wsgi.py / asgi.py (ServeHTTP), logging.py, server.py.
"""

from . import pb
from .asgi import ASGIAdapter
from .client_gen import APIClient, AsyncAPIClient
from .errors import AppError, MattermostError, NotFoundError, RPCError
from .file_upload import FileUploadResult
from .hooks_gen import HOOKS, HookName, hook
from .http_adapter import HTTPAdapter, HTTPRequest
from .logging import setup_logging
from .plugin import Plugin
from .server import PluginServer, run, serve
from .wsgi import WSGIAdapter

__version__ = "0.1.0"

__all__ = [
    "APIClient",
    "ASGIAdapter",
    "AppError",
    "AsyncAPIClient",
    "FileUploadResult",
    "HOOKS",
    "HTTPAdapter",
    "HTTPRequest",
    "HookName",
    "MattermostError",
    "NotFoundError",
    "Plugin",
    "PluginServer",
    "RPCError",
    "WSGIAdapter",
    "hook",
    "pb",
    "run",
    "serve",
    "setup_logging",
]
