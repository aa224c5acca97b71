"""Mounting a WSGI app (Flask, Django, Bottle, …) as the plugin's HTTP handler.

    class MyPlugin(Plugin):
        http = WSGIAdapter(flask_app)

Each request runs the app in a worker thread (PEP 3333, ``wsgi.multithread``). Nothing is buffered
whole: ``wsgi.input`` reads the request body from the stream as the app asks for it, and each
chunk the app yields goes out as it is produced (flushed to the client when the response has no
Content-Length). ``environ["mattermost.context"]`` is the request's PluginContext; the
``Mattermost-User-Id`` header (``HTTP_MATTERMOST_USER_ID``) is set for authenticated users.
"""

from __future__ import annotations

import asyncio
import sys
from concurrent.futures import Executor
from types import TracebackType
from typing import Any, AsyncIterator, Callable, Dict, Iterable, Iterator, List, Optional, Tuple, Type
from urllib.parse import unquote_to_bytes

from ._sync import blocking_iter, run_in_loop
from .http_adapter import HTTPAdapter, HTTPRequest, HTTPResponse

__all__ = ["WSGIAdapter", "WSGIApp"]

ExcInfo = Tuple[Type[BaseException], BaseException, Optional[TracebackType]]
StartResponse = Callable[..., Callable[[bytes], object]]
WSGIApp = Callable[[Dict[str, Any], StartResponse], Iterable[bytes]]


class WSGIAdapter(HTTPAdapter):
    """Serves ServeHTTP (or ServeMetrics) with a WSGI application."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app
        self._executor: Optional[Executor] = None

    async def startup(self, executor: Executor) -> None:
        self._executor = executor

    async def handle(self, request: HTTPRequest, body: AsyncIterator[bytes], response: HTTPResponse) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._run, loop, request, body, response)

    def _run(
        self,
        loop: asyncio.AbstractEventLoop,
        request: HTTPRequest,
        body: AsyncIterator[bytes],
        response: HTTPResponse,
    ) -> None:
        environ = build_environ(request, _Input(blocking_iter(loop, body)))
        state: Dict[str, Any] = {"head": None}

        def send(chunk: bytes) -> None:
            head = state["head"]
            if head is None:
                raise AssertionError("the WSGI app wrote before calling start_response")
            if not response.started:
                status, headers = head
                response.start(int(status.split(" ", 1)[0]), headers)
            run_in_loop(loop, response.write(chunk))

        def start_response(
            status: str, headers: List[Tuple[str, str]], exc_info: Optional[ExcInfo] = None
        ) -> Callable[[bytes], object]:
            if exc_info is not None:
                try:
                    if response.head_sent:
                        raise exc_info[1].with_traceback(exc_info[2])
                finally:
                    exc_info = None
            elif state["head"] is not None:
                raise AssertionError("start_response called twice without exc_info")
            state["head"] = (status, list(headers))
            return send

        result = self.app(environ, start_response)
        try:
            for chunk in result:
                if chunk:
                    send(chunk)
            if state["head"] is None:
                raise AssertionError("the WSGI app returned without calling start_response")
            if not response.started:
                send(b"")
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()


def build_environ(request: HTTPRequest, wsgi_input: _Input) -> Dict[str, Any]:
    """The PEP 3333 environ for a request."""
    server_name, _, server_port = (request.host or "localhost").partition(":")
    scheme = "http"
    environ: Dict[str, Any] = {
        "REQUEST_METHOD": request.method,
        "SCRIPT_NAME": _latin1(request.script_name),
        "PATH_INFO": _latin1(request.path),
        "QUERY_STRING": request.query_string,
        "SERVER_NAME": server_name,
        "SERVER_PORT": server_port or "80",
        "SERVER_PROTOCOL": request.protocol,
        "REMOTE_ADDR": request.client[0],
        "REMOTE_PORT": str(request.client[1]),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scheme,
        "wsgi.input": wsgi_input,
        "wsgi.input_terminated": True,  # read to EOF even without a Content-Length
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
        "mattermost.context": request.context,
        "mattermost.request": request,
    }
    for name, value in request.headers:
        key = name.upper().replace("-", "_")
        if key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            environ[key] = value
            continue
        if key == "TRANSFER_ENCODING":
            continue
        key = "HTTP_" + key
        environ[key] = f"{environ[key]},{value}" if key in environ else value
    proto = environ.get("HTTP_X_FORWARDED_PROTO", "")
    if proto in ("http", "https"):
        environ["wsgi.url_scheme"] = proto
    return environ


def _latin1(path: str) -> str:
    """A percent-encoded path as PEP 3333 wants it: decoded bytes, carried in a latin-1 str."""
    return unquote_to_bytes(path).decode("latin-1")


class _Input:
    """``wsgi.input``: the request body, pulled chunk by chunk from the stream as it is read."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._buf = b""
        self._eof = False

    def _fill(self) -> bool:
        if self._eof:
            return False
        chunk = next(self._chunks, None)
        if chunk is None:
            self._eof = True
            return False
        self._buf += chunk
        return True

    def read(self, size: Optional[int] = -1) -> bytes:
        if size is None or size < 0:
            while self._fill():
                pass
            out, self._buf = self._buf, b""
            return out
        while len(self._buf) < size and self._fill():
            pass
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def readline(self, size: Optional[int] = -1) -> bytes:
        while b"\n" not in self._buf and (size is None or size < 0 or len(self._buf) < size) and self._fill():
            pass
        end = self._buf.find(b"\n") + 1 or len(self._buf)
        if size is not None and size >= 0:
            end = min(end, size)
        out, self._buf = self._buf[:end], self._buf[end:]
        return out

    def readlines(self, hint: Optional[int] = -1) -> List[bytes]:
        lines: List[bytes] = []
        total = 0
        while line := self.readline():
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line
