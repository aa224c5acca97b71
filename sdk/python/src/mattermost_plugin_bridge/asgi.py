"""Mounting an ASGI app (Starlette, FastAPI, Quart, Django's ASGI handler, …) as the plugin's HTTP handler.

    class MyPlugin(Plugin):
        http = ASGIAdapter(fastapi_app)

Each request is one ASGI ``http`` scope (ASGI 3, spec 2.4) on the plugin's event loop: ``receive``
yields the request body chunk by chunk as it streams in, every ``http.response.body`` goes out as it
is sent (flushed to the client when the response has no Content-Length, so StreamingResponse and
server-sent events stream). ``scope["root_path"]`` is the ``/plugins/<id>`` prefix the server
stripped, ``scope["path"]`` includes it as servers such as uvicorn do; ``scope["extensions"]
["mattermost"]["context"]`` is the PluginContext. The app's lifespan runs at plugin start and stop
when it supports one (``lifespan="auto"``).
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Executor
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, MutableMapping, Optional
from urllib.parse import unquote

from ._sync import anext_or_none
from .http_adapter import HTTPAdapter, HTTPRequest, HTTPResponse

__all__ = ["ASGIAdapter", "ASGIApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("mattermost_plugin_bridge.asgi")

# 2.4: send() raises OSError once the client is gone, so apps need not listen for http.disconnect
# (Starlette's StreamingResponse otherwise reads receive() concurrently and can eat request body).
_ASGI = {"version": "3.0", "spec_version": "2.4"}


class ASGIAdapter(HTTPAdapter):
    """Serves ServeHTTP (or ServeMetrics) with an ASGI application."""

    def __init__(self, app: ASGIApp, *, lifespan: str = "auto") -> None:
        if lifespan not in ("auto", "on", "off"):
            raise ValueError('lifespan must be "auto", "on" or "off"')
        self.app = app
        self.lifespan = lifespan
        self.state: Dict[str, Any] = {}
        self._lifespan_task: Optional["asyncio.Task[None]"] = None
        # made in startup(): on Python 3.9 a Queue binds to the loop current when it is created
        self._lifespan_in: Optional["asyncio.Queue[Message]"] = None
        self._lifespan_out: Optional["asyncio.Queue[Message]"] = None

    # ---- lifespan ----

    async def startup(self, executor: Executor) -> None:
        if self.lifespan == "off":
            return
        inbox: "asyncio.Queue[Message]" = asyncio.Queue()
        outbox: "asyncio.Queue[Message]" = asyncio.Queue()
        self._lifespan_in, self._lifespan_out = inbox, outbox
        scope: Scope = {"type": "lifespan", "asgi": dict(_ASGI), "state": self.state}
        self._lifespan_task = asyncio.ensure_future(self._run_lifespan(scope, inbox, outbox))
        await inbox.put({"type": "lifespan.startup"})
        reply = await outbox.get()
        if reply["type"] == "lifespan.startup.failed":
            raise RuntimeError(f"the ASGI app failed to start: {reply.get('message', '')}")
        if reply["type"] == "unsupported":
            self._lifespan_task = None
            if self.lifespan == "on":
                raise RuntimeError(f"the ASGI app does not support lifespan: {reply.get('message', '')}")

    async def _run_lifespan(
        self, scope: Scope, inbox: "asyncio.Queue[Message]", outbox: "asyncio.Queue[Message]"
    ) -> None:
        try:
            await self.app(scope, inbox.get, outbox.put)
        except Exception as e:  # an app without lifespan support raises on the scope type
            await outbox.put({"type": "unsupported", "message": f"{type(e).__name__}: {e}"})
        else:
            await outbox.put({"type": "unsupported", "message": "the lifespan returned"})

    async def shutdown(self) -> None:
        task, self._lifespan_task = self._lifespan_task, None
        inbox, outbox = self._lifespan_in, self._lifespan_out
        if task is None or task.done() or inbox is None or outbox is None:
            return
        await inbox.put({"type": "lifespan.shutdown"})
        reply = await outbox.get()
        if reply["type"] == "lifespan.shutdown.failed":
            log.error("the ASGI app failed to shut down: %s", reply.get("message", ""))
        try:
            await asyncio.wait_for(task, 5)
        except (asyncio.TimeoutError, asyncio.CancelledError):
            pass

    # ---- requests ----

    async def handle(self, request: HTTPRequest, body: AsyncIterator[bytes], response: HTTPResponse) -> None:
        path = unquote(request.path)
        root = unquote(request.script_name)
        scope: Scope = {
            "type": "http",
            "asgi": dict(_ASGI),
            "http_version": request.protocol.partition("/")[2] or "1.1",
            "method": request.method.upper(),
            "scheme": "https" if request.header("X-Forwarded-Proto") == "https" else "http",
            "path": root + path,
            "raw_path": (request.script_name + request.path).encode("latin-1", "replace"),
            "query_string": request.query_string.encode("latin-1", "replace"),
            "root_path": root,
            "headers": [(k.lower().encode("latin-1"), v.encode("latin-1", "replace")) for k, v in request.headers],
            "client": request.client,
            "server": _server(request.host),
            "state": dict(self.state),
            "extensions": {"mattermost": {"context": request.context, "request": request}},
        }
        body_done = False
        complete = False  # the app sent its last body message
        response_done = asyncio.Event()

        async def receive() -> Message:
            nonlocal body_done
            if not body_done:
                chunk = await anext_or_none(body)
                if chunk is not None:
                    return {"type": "http.request", "body": chunk, "more_body": True}
                body_done = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await response_done.wait()  # the peer goes away only when the call ends or is cancelled
            return {"type": "http.disconnect"}

        async def send(message: Message) -> None:
            nonlocal complete
            kind = message["type"]
            if kind == "http.response.start":
                headers = [(bytes(k).decode("latin-1"), bytes(v).decode("latin-1")) for k, v in message.get("headers", [])]
                response.start(int(message["status"]), headers)
            elif kind == "http.response.body":
                if complete:
                    return
                try:
                    await response.write(bytes(message.get("body", b"")))
                    if not message.get("more_body", False):
                        await response.finish()
                        complete = True
                        response_done.set()
                except Exception as e:
                    raise OSError(f"the response stream is closed: {e}") from e
            else:
                raise RuntimeError(f"unexpected ASGI message {kind!r}")

        try:
            await self.app(scope, receive, send)
        except Exception:
            if not complete:
                raise
            # Frameworks re-raise after sending their 500 page so that servers log it: we do.
            log.exception("the ASGI app failed on %s %s (after its response)", request.method, request.path)
        finally:
            response_done.set()
        if not response.started:
            raise RuntimeError("the ASGI app returned without sending a response")


def _server(host: str) -> Optional[tuple[str, int]]:
    if not host:
        return None
    name, _, port = host.rpartition(":") if host.count(":") == 1 else (host, "", "")
    return (name, int(port)) if port.isdigit() else (host, 80)
