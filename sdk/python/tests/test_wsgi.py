"""WSGIAdapter (a Flask app and bare WSGI callables) against in-process fake ServeHTTP calls."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, Iterable, Iterator, List, Optional

import flask
import pytest

from mattermost_plugin_bridge import WSGIAdapter, pb
from mattermost_plugin_bridge.http_adapter import HTTPRequest, serve_http

from .conftest import Collector, aiter_of, run_async


def request(
    method: str = "GET",
    url: str = "/",
    *,
    uri: Optional[str] = None,
    headers: Optional[Dict[str, List[str]]] = None,
    body: bytes = b"",
    host: str = "mm.example.com",
) -> pb.ServeHTTPRequest:
    r = pb.PluginHTTPRequestSubset(
        method=method,
        url=pb.Url(value=url),
        request_uri=uri if uri is not None else "/plugins/com.example.p" + url,
        host=host,
        remote_addr="10.1.2.3:5555",
        proto="HTTP/1.1",
    )
    for k, vs in (headers or {}).items():
        r.header[k].values.extend(vs)
    return pb.ServeHTTPRequest(request=r, context=pb.PluginContext(request_id="req1"), body=body)


async def call(adapter: WSGIAdapter, first: pb.ServeHTTPRequest, *more: bytes) -> Collector:
    out = Collector()
    with ThreadPoolExecutor(4) as pool:
        await adapter.startup(pool)
        messages = [first, *(pb.ServeHTTPRequest(body=b) for b in more)]
        await serve_http(adapter, aiter_of(messages), out.write, pb.ServeHTTPResponse)
    return out


flask_app = flask.Flask("test")


@flask_app.post("/items/<name>")
def create_item(name: str) -> Any:
    return flask.jsonify(
        name=name,
        q=flask.request.args.get("q"),
        body=flask.request.get_data(as_text=True),
        user=flask.request.headers.get("Mattermost-User-Id"),
        url=flask.url_for("create_item", name=name),
        remote=flask.request.remote_addr,
        context=flask.request.environ["mattermost.context"].request_id,
    )


@flask_app.get("/stream")
def stream() -> Any:
    def gen() -> Iterator[str]:
        yield "one\n"
        yield "two\n"

    return flask.Response(flask.stream_with_context(gen()), mimetype="text/plain")


@flask_app.get("/fail")
def fail() -> Any:
    raise RuntimeError("handler bug")


@run_async
async def test_a_flask_app_sees_the_request_as_mounted_under_the_plugin_prefix() -> None:
    out = await call(
        WSGIAdapter(flask_app),
        request("POST", "/items/a%20b?q=1", headers={"Mattermost-User-Id": ["u1"], "Content-Type": ["text/plain"]}, body=b"hel"),
        b"lo",
    )
    assert out.head.status_code == 200
    assert out.header("Content-Type") == ["application/json"]
    assert flask.json.loads(out.body) == {
        "name": "a b",
        "q": "1",
        "body": "hello",
        "user": "u1",
        "url": "/plugins/com.example.p/items/a%20b",
        "remote": "10.1.2.3",
        "context": "req1",
    }
    assert [m.flush for m in out.messages] == [False]  # Content-Length set: not a streamed response


@run_async
async def test_generated_responses_stream_chunk_by_chunk_with_flush() -> None:
    out = await call(WSGIAdapter(flask_app), request("GET", "/stream"))
    assert [m.body for m in out.messages if m.body] == [b"one\n", b"two\n"]
    assert all(m.flush for m in out.messages if m.body)
    assert out.head.status_code == 200


@run_async
async def test_flask_errors_are_its_500_page() -> None:
    out = await call(WSGIAdapter(flask_app), request("GET", "/fail"))
    assert out.head.status_code == 500


@run_async
async def test_the_request_body_is_read_as_the_app_asks_for_it() -> None:
    seen: List[bytes] = []

    def app(environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
        stream = environ["wsgi.input"]
        seen.append(stream.readline())
        seen.append(stream.read(3))
        seen.extend(stream)  # the remaining lines
        start_response("204 No Content", [("X-A", "1"), ("X-A", "2"), ("Connection", "close")])
        return []

    out = await call(WSGIAdapter(app), request("PUT", "/x", body=b"line1\nab"), b"cdef\nline3\n", b"tail")
    assert seen == [b"line1\n", b"abc", b"def\n", b"line3\n", b"tail"]
    assert out.head.status_code == 204
    assert out.header("X-A") == ["1", "2"]
    assert out.header("Connection") == []  # hop-by-hop headers are not passed on
    assert len(out.messages) == 1


@run_async
async def test_the_environ_follows_pep_3333() -> None:
    env: Dict[str, Any] = {}

    def app(environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
        env.update(environ)
        start_response("200 OK", [])
        return [b""]

    await call(
        WSGIAdapter(app),
        request(
            "GET",
            "/caf%C3%A9?x=%20",
            headers={"Content-Length": ["0"], "Content-Type": ["a/b"], "X-Multi": ["1", "2"], "X-Forwarded-Proto": ["https"]},
            host="mm.example.com:8065",
        ),
    )
    assert env["PATH_INFO"] == "/café".encode().decode("latin-1")
    assert env["SCRIPT_NAME"] == "/plugins/com.example.p"
    assert env["QUERY_STRING"] == "x=%20"
    assert (env["SERVER_NAME"], env["SERVER_PORT"]) == ("mm.example.com", "8065")
    assert (env["CONTENT_LENGTH"], env["CONTENT_TYPE"]) == ("0", "a/b")
    assert env["HTTP_X_MULTI"] == "1,2"
    assert env["HTTP_HOST"] == "mm.example.com:8065"
    assert env["wsgi.url_scheme"] == "https"
    assert env["REMOTE_ADDR"] == "10.1.2.3"
    assert env["wsgi.input_terminated"] is True
    assert env["wsgi.multithread"] is True


@run_async
async def test_the_app_runs_in_a_worker_thread_and_close_is_called() -> None:
    where: List[str] = []
    closed = threading.Event()

    class Result:
        def __iter__(self) -> Iterator[bytes]:
            yield b"x"

        def close(self) -> None:
            closed.set()

    def app(environ: Dict[str, Any], start_response: Any) -> Any:
        where.append(threading.current_thread().name)
        write = start_response("200 OK", [("Content-Length", "2")])
        write(b"w")  # the legacy write() callable
        return Result()

    out = await call(WSGIAdapter(app), request())
    assert out.body == b"wx"
    assert where != [threading.main_thread().name]
    assert closed.is_set()


@run_async
async def test_an_app_that_raises_before_the_head_gets_a_500(caplog: pytest.LogCaptureFixture) -> None:
    def app(environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
        raise KeyError("nope")

    out = await call(WSGIAdapter(app), request())
    assert out.head.status_code == 500
    assert out.body == b"Internal Server Error\n"
    assert "the HTTP handler failed on GET /" in caplog.text


@run_async
async def test_an_app_that_fails_mid_body_ends_the_stream() -> None:
    def app(environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
        start_response("200 OK", [])
        yield b"partial"
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        await call(WSGIAdapter(app), request())


def test_script_name_is_only_what_the_server_stripped() -> None:
    def head(url: str, uri: str) -> HTTPRequest:
        return HTTPRequest.from_message(pb.PluginHTTPRequestSubset(url=pb.Url(value=url), request_uri=uri))

    assert (head("/a/b", "/plugins/p/a/b").script_name, head("/a/b", "/plugins/p/a/b").path) == ("/plugins/p", "/a/b")
    assert head("/", "/plugins/p/").script_name == "/plugins/p"
    assert (head("", "/plugins/p").script_name, head("", "/plugins/p").path) == ("/plugins/p", "/")
    assert head("/a", "/a").script_name == ""
    assert head("/a?x=1", "/other/thing?x=1").script_name == ""
    no_url = HTTPRequest.from_message(pb.PluginHTTPRequestSubset(request_uri="/x/y?z=1"))
    assert (no_url.path, no_url.query_string) == ("/x/y", "z=1")

