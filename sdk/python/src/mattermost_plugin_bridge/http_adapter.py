"""ServeHTTP / ServeMetrics as a stream of messages, the common ground of the WSGI and ASGI adapters.

The bridge calls ServeHTTP as a bidirectional stream: the first message carries the request head
(``PluginHTTPRequestSubset``) and the Mattermost ``PluginContext``, the following ones chunks of the
request body; we answer with the status and headers, then body chunks (``flush`` passes each chunk
on to the HTTP client at once, for streamed responses — those without a Content-Length).

The Mattermost server routes ``/plugins/<plugin id>/<path>`` to the plugin with the prefix already
stripped from the URL (as for a Go plugin): the app sees ``/<path>``, and the prefix, when the
original request URI shows it, is the mount point (WSGI ``SCRIPT_NAME``, ASGI ``root_path``).
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Awaitable, Callable, Iterable, List, Optional, Tuple, Type, Union
from urllib.parse import urlsplit

from ._gen.hooks_pb2 import ServeHTTPResponse, ServeMetricsResponse
from ._gen.models_pb2 import PluginContext, PluginHTTPRequestSubset
from ._sync import anext_or_none

__all__ = ["HTTPAdapter", "HTTPRequest", "HTTPResponse", "serve_http"]

log = logging.getLogger("mattermost_plugin_bridge.http")

ResponseMessage = Union[ServeHTTPResponse, ServeMetricsResponse]
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer"}


@dataclass
class HTTPRequest:
    """The head of one request to the plugin."""

    method: str = "GET"
    path: str = "/"
    """The path the plugin serves, percent-encoded as sent (``/hello``, without the plugin prefix)."""
    query_string: str = ""
    script_name: str = ""
    """The mount point the server stripped (``/plugins/<id>``), or "" when unknown."""
    headers: List[Tuple[str, str]] = field(default_factory=list)
    host: str = ""
    remote_addr: str = ""
    protocol: str = "HTTP/1.1"
    context: PluginContext = field(default_factory=PluginContext)

    @classmethod
    def from_message(cls, r: PluginHTTPRequestSubset, context: Optional[PluginContext] = None) -> HTTPRequest:
        url = urlsplit(r.url.value if r.HasField("url") else r.request_uri)
        raw_path = url.path  # "" when the request was for the plugin's root without a slash
        script_name = ""
        if r.request_uri:
            original = urlsplit(r.request_uri).path
            if not raw_path:
                script_name = original.rstrip("/")
            elif original != raw_path and original.endswith(raw_path):
                script_name = original[: -len(raw_path)]
            if not script_name.startswith("/"):
                script_name = ""
        headers: List[Tuple[str, str]] = []
        for name in sorted(r.header):
            headers.extend((name, v) for v in r.header[name].values)
        if r.host and not any(k.lower() == "host" for k, _ in headers):
            headers.insert(0, ("Host", r.host))
        proto = r.proto or "HTTP/1.1"
        return cls(
            method=r.method or "GET",
            path=raw_path or "/",
            query_string=url.query,
            script_name=script_name,
            headers=headers,
            host=r.host,
            remote_addr=r.remote_addr,
            protocol=proto,
            context=context if context is not None else PluginContext(),
        )

    def header(self, name: str) -> Optional[str]:
        """The first value of a header (case-insensitive), e.g. ``Mattermost-User-Id``."""
        lname = name.lower()
        return next((v for k, v in self.headers if k.lower() == lname), None)

    @property
    def client(self) -> Tuple[str, int]:
        host, _, port = self.remote_addr.rpartition(":")
        if not host:
            return (self.remote_addr, 0)
        return (host.strip("[]"), int(port) if port.isdigit() else 0)


class HTTPResponse:
    """The response half of one call: status and headers first, then body chunks."""

    def __init__(self, write: Callable[[Any], Awaitable[None]], message: Type[ResponseMessage]) -> None:
        self._write = write
        self._message = message
        self._status = 0
        self._headers: List[Tuple[str, str]] = []
        self._streamed = True
        self.started = False
        """start() was called."""
        self.head_sent = False
        """The head left: the status can no longer change."""

    def start(self, status: int, headers: Iterable[Tuple[str, str]]) -> None:
        if self.head_sent:
            raise RuntimeError("the response head was already sent")
        self._status = status
        self._headers = [(k, v) for k, v in headers if k.lower() not in _HOP_BY_HOP]
        self._streamed = not any(k.lower() == "content-length" for k, _ in self._headers)
        self.started = True

    async def write(self, body: bytes) -> None:
        """Sends a body chunk (with the head before the first one); streamed responses flush it."""
        if not self.started:
            raise RuntimeError("write() before start()")
        if not body and self.head_sent:
            return
        m = self._message(body=bytes(body), flush=self._streamed and bool(body))
        if not self.head_sent:
            self._fill_head(m)
        await self._write(m)

    async def finish(self) -> None:
        if not self.head_sent:
            if not self.started:
                self.start(200, [])
            m = self._message()
            self._fill_head(m)
            await self._write(m)

    def _fill_head(self, m: ResponseMessage) -> None:
        m.status_code = self._status or 200
        for k, v in self._headers:
            m.header[k].values.append(v)
        self.head_sent = True


class HTTPAdapter:
    """Serves ServeHTTP (Plugin.http) or ServeMetrics (Plugin.metrics) calls; see WSGIAdapter, ASGIAdapter."""

    async def startup(self, executor: Executor) -> None:
        """Called once before the plugin's gRPC server starts; ``executor`` runs blocking work."""

    async def shutdown(self) -> None:
        """Called once when the plugin stops."""

    async def handle(self, request: HTTPRequest, body: AsyncIterator[bytes], response: HTTPResponse) -> None:
        raise NotImplementedError


async def serve_http(
    adapter: HTTPAdapter,
    requests: AsyncIterator[Any],
    write: Callable[[Any], Awaitable[None]],
    message: Type[ResponseMessage],
) -> None:
    """One ServeHTTP/ServeMetrics call: request messages in, response messages out through ``write``."""
    first = await anext_or_none(requests)
    if first is None:
        return
    request = HTTPRequest.from_message(first.request, first.context)

    async def body() -> AsyncIterator[bytes]:
        if first.body:
            yield first.body
        while (m := await anext_or_none(requests)) is not None:
            if m.body:
                yield m.body

    response = HTTPResponse(write, message)
    try:
        await adapter.handle(request, body(), response)
    except Exception:
        log.exception("the HTTP handler failed on %s %s", request.method, request.path)
        if response.head_sent:
            raise  # too late for a status: the stream ends early, the server logs it
        response.start(500, [("Content-Type", "text/plain; charset=utf-8")])
        await response.write(b"Internal Server Error\n")
    await response.finish()
