"""ASGIAdapter (a Starlette app and bare ASGI callables) against in-process fake ServeHTTP calls."""

from __future__ import annotations

import asyncio
import contextlib
from concurrent.futures import ThreadPoolExecutor
from typing import Any, AsyncIterator, Dict, List, Optional

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from mattermost_plugin_bridge import ASGIAdapter, pb
from mattermost_plugin_bridge.asgi import Receive, Scope, Send
from mattermost_plugin_bridge.http_adapter import serve_http

from .conftest import Collector, aiter_of, run_async


def request(
    method: str = "GET", url: str = "/", *, headers: Optional[Dict[str, List[str]]] = None, body: bytes = b""
) -> pb.ServeHTTPRequest:
    r = pb.PluginHTTPRequestSubset(
        method=method,
        url=pb.Url(value=url),
        request_uri="/plugins/com.example.p" + url,
        host="mm.example.com",
        remote_addr="10.1.2.3:5555",
        proto="HTTP/1.1",
    )
    for k, vs in (headers or {}).items():
        r.header[k].values.extend(vs)
    return pb.ServeHTTPRequest(request=r, context=pb.PluginContext(request_id="req1"), body=body)


async def call(adapter: ASGIAdapter, first: pb.ServeHTTPRequest, *more: bytes) -> Collector:
    out = Collector()
    messages = [first, *(pb.ServeHTTPRequest(body=b) for b in more)]
    await serve_http(adapter, aiter_of(messages), out.write, pb.ServeHTTPResponse)
    return out


async def item(request: Request) -> Response:
    body = await request.body()
    return JSONResponse(
        {
            "name": request.path_params["name"],
            "q": request.query_params.get("q"),
            "body": body.decode(),
            "user": request.headers.get("mattermost-user-id"),
            "url": str(request.url_for("item", name="z")),
            "client": request.client.host if request.client else None,
            "context": request.scope["extensions"]["mattermost"]["context"].request_id,
            "started": request.state.started,
        }
    )


async def chunks(request: Request) -> Response:
    async def gen() -> AsyncIterator[bytes]:
        async for chunk in request.stream():  # echo the body as it streams in
            if chunk:
                yield chunk.upper()

    return StreamingResponse(gen(), media_type="text/plain")


async def fail(request: Request) -> Response:
    raise RuntimeError("handler bug")


events: List[str] = []


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[Dict[str, Any]]:
    events.append("startup")
    yield {"started": True}
    events.append("shutdown")


app = Starlette(
    routes=[
        Route("/items/{name}", item, methods=["POST"], name="item"),
        Route("/chunks", chunks, methods=["POST"]),
        Route("/fail", fail),
        Route("/plain", lambda r: PlainTextResponse("plain")),
    ],
    lifespan=lifespan,
)


@run_async
async def test_a_starlette_app_routes_under_the_plugin_prefix_with_its_lifespan() -> None:
    adapter = ASGIAdapter(app)
    events.clear()
    with ThreadPoolExecutor(1) as pool:
        await adapter.startup(pool)
        out = await call(
            adapter,
            request("POST", "/items/a%20b?q=1", headers={"Mattermost-User-Id": ["u1"]}, body=b"hel"),
            b"lo",
        )
        plain = await call(adapter, request("GET", "/plain"))
        await adapter.shutdown()
    assert events == ["startup", "shutdown"]
    assert out.head.status_code == 200
    assert out.header("content-type") == ["application/json"]
    import json

    assert json.loads(out.body) == {
        "name": "a b",
        "q": "1",
        "body": "hello",
        "user": "u1",
        "url": "http://mm.example.com/plugins/com.example.p/items/z",
        "client": "10.1.2.3",
        "context": "req1",
        "started": True,
    }
    assert (plain.head.status_code, plain.body) == (200, b"plain")
    assert not any(m.flush for m in out.messages)  # Content-Length: not streamed


@run_async
async def test_streaming_responses_flush_each_chunk_as_the_body_streams_in() -> None:
    adapter = ASGIAdapter(app, lifespan="off")
    out = await call(adapter, request("POST", "/chunks", body=b"ab"), b"cd", b"ef")
    assert out.head.status_code == 200
    assert [m.body for m in out.messages if m.body] == [b"AB", b"CD", b"EF"]
    assert all(m.flush for m in out.messages if m.body)


@run_async
async def test_errors_before_the_response_are_a_500() -> None:
    out = await call(ASGIAdapter(app, lifespan="off"), request("GET", "/fail"))
    assert out.head.status_code == 500
    missing = await call(ASGIAdapter(app, lifespan="off"), request("GET", "/nowhere"))
    assert missing.head.status_code == 404


@run_async
async def test_a_bare_asgi_app_without_lifespan_support() -> None:
    seen: Dict[str, Any] = {}

    async def bare(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            raise RuntimeError("http only")
        seen.update(scope)
        first = await receive()
        second = await receive()
        await send({"type": "http.response.start", "status": 201, "headers": [(b"x-a", b"1"), (b"transfer-encoding", b"chunked")]})
        await send({"type": "http.response.body", "body": first["body"] + second["body"], "more_body": True})
        await send({"type": "http.response.body", "body": b"!"})
        seen["after"] = await receive()  # the response is done: the client is gone

    adapter = ASGIAdapter(bare)
    with ThreadPoolExecutor(1) as pool:
        await adapter.startup(pool)  # "auto": an app that rejects the lifespan scope is fine
        out = await call(adapter, request("PUT", "/p%2Fq?x=1", body=b"hi"))
        await adapter.shutdown()
    assert out.head.status_code == 201
    assert out.body == b"hi!"
    assert out.header("x-a") == ["1"] and out.header("transfer-encoding") == []
    assert seen["path"] == "/plugins/com.example.p/p/q"
    assert seen["raw_path"] == b"/plugins/com.example.p/p%2Fq"
    assert seen["root_path"] == "/plugins/com.example.p"
    assert (seen["query_string"], seen["method"], seen["http_version"]) == (b"x=1", "PUT", "1.1")
    assert (b"host", b"mm.example.com") in seen["headers"]
    assert seen["after"] == {"type": "http.disconnect"}


@run_async
async def test_lifespan_on_requires_support_and_reports_startup_failure() -> None:
    async def bare(scope: Scope, receive: Receive, send: Send) -> None:
        raise RuntimeError("http only")

    async def failing(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()
        await send({"type": "lifespan.startup.failed", "message": "no database"})

    with ThreadPoolExecutor(1) as pool:
        with pytest.raises(RuntimeError, match="does not support lifespan"):
            await ASGIAdapter(bare, lifespan="on").startup(pool)
        with pytest.raises(RuntimeError, match="failed to start: no database"):
            await ASGIAdapter(failing).startup(pool)


@run_async
async def test_an_app_that_sends_nothing_is_a_500() -> None:
    async def silent(scope: Scope, receive: Receive, send: Send) -> None:
        await asyncio.sleep(0)

    out = await call(ASGIAdapter(silent, lifespan="off"), request())
    assert out.head.status_code == 500


def test_lifespan_mode_is_checked() -> None:
    with pytest.raises(ValueError, match="lifespan must be"):
        ASGIAdapter(app, lifespan="maybe")
