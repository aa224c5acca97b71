"""The Plugin base class.

    from mattermost_plugin_bridge import Plugin, hook, pb

    class Hello(Plugin):
        @hook("MessageWillBePosted")
        def filter(self, req: pb.MessageWillBePostedRequest) -> pb.MessageWillBePostedResponse | None:
            if "spam" in req.post.message:
                return pb.MessageWillBePostedResponse(rejection_reason="No spam, please.")
            return None

        @hook("MessageHasBeenPosted")
        async def answer(self, req: pb.MessageHasBeenPostedRequest) -> None:
            await self.async_api.create_post(post={"channel_id": req.post.channel_id, "message": "pong"})

    if __name__ == "__main__":
        Hello.run()

Plain methods run in a thread pool (``max_workers`` threads) and use ``self.api``; async methods
run on the event loop and use ``self.async_api``. A handler returns the hook's response message or
None (the empty response); raising an :class:`~mattermost_plugin_bridge.errors.AppError` returns
that AppError to the server, any other exception an error saying what went wrong (and its
traceback in the server log).
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar, Dict, List, Optional

from .client_gen import APIClient, AsyncAPIClient
from .hooks import HookBinding, collect_hooks
from .http_adapter import HTTPAdapter

__all__ = ["Plugin"]


class Plugin:
    """Base class of a plugin: subclass it, mark handlers with ``@hook(...)``, call ``run()``."""

    hook_timeout: ClassVar[Optional[float]] = None
    """Seconds a handler may run (overridden per hook by ``@hook(name, timeout=…)``); None: the bridge's deadline."""
    max_workers: ClassVar[int] = 16
    """Threads for plain (non-async) handlers and WSGI requests."""
    http: Optional[HTTPAdapter] = None
    """ServeHTTP: ``WSGIAdapter(app)`` or ``ASGIAdapter(app)``; set it on the class or in ``__init__``."""
    metrics: Optional[HTTPAdapter] = None
    """ServeMetrics: like ``http``, served at the server's plugin metrics endpoint."""

    __hooks__: ClassVar[Dict[str, HookBinding]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.__hooks__ = collect_hooks(cls)

    _api: Optional[APIClient] = None
    _async_api: Optional[AsyncAPIClient] = None
    _plugin_id: str = ""

    def bind(self, *, api: APIClient, async_api: AsyncAPIClient, plugin_id: str) -> None:
        """Connects the plugin to the PluginAPI (the server does this before any hook runs)."""
        self._api = api
        self._async_api = async_api
        self._plugin_id = plugin_id

    @property
    def api(self) -> APIClient:
        """The PluginAPI for plain handlers (blocking, thread-safe)."""
        if self._api is None:
            raise RuntimeError("the plugin is not running: its PluginAPI is bound when mm-bridge starts it")
        return self._api

    @property
    def async_api(self) -> AsyncAPIClient:
        """The PluginAPI for async handlers (grpc.aio, on the plugin's event loop)."""
        if self._async_api is None:
            raise RuntimeError("the plugin is not running: its PluginAPI is bound when mm-bridge starts it")
        return self._async_api

    @property
    def plugin_id(self) -> str:
        """The plugin's id from its manifest (MM_BRIDGE_PLUGIN_ID)."""
        return self._plugin_id

    @property
    def log(self) -> logging.Logger:
        """A logger named after the plugin; its records reach the server log (see logging.py)."""
        return logging.getLogger(self._plugin_id or type(self).__name__)

    def implemented(self) -> List[str]:
        """The hooks this plugin handles, as the Implemented hook reports them."""
        names = list(type(self).__hooks__)
        if self.http is not None:
            names.append("ServeHTTP")
        if self.metrics is not None:
            names.append("ServeMetrics")
        return names

    @classmethod
    def run(cls) -> None:
        """Serves an instance of this plugin for the bridge until it stops us; see server.run()."""
        from .server import run

        run(cls())
