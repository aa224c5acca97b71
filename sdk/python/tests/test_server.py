"""The PluginHooks server on real gRPC (loopback), called the way the bridge calls it."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from typing import Any, AsyncIterator, Iterable, Iterator, List, Optional, Tuple

import grpc
import grpc.aio
import pytest
from grpc_health.v1 import health_pb2
from grpc_reflection.v1alpha import reflection_pb2

from mattermost_plugin_bridge import (
    HOOKS,
    AppError,
    FileUploadResult,
    NotFoundError,
    Plugin,
    PluginServer,
    WSGIAdapter,
    hook,
    pb,
)
from mattermost_plugin_bridge.errors import GatewayTimeoutError, app_error_from_trailers

from .conftest import TOKEN, run_async

SERVICE = "/mattermost.bridge.v1.PluginHooks/"


class Hooks:
    """The bridge's side: calls hooks on a running PluginServer."""

    def __init__(self, port: int) -> None:
        self.channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")

    async def call(self, name: str, request: Any = None, *, token: Optional[str] = TOKEN, timeout: Optional[float] = 10) -> Any:
        spec = HOOKS.get(name)
        req_cls = spec.request if spec else pb.ImplementedRequest
        resp_cls = spec.response if spec else pb.ImplementedResponse
        fn: Any = self.channel.unary_unary(
            SERVICE + name, request_serializer=lambda m: m.SerializeToString(), response_deserializer=resp_cls.FromString
        )
        md = (("authorization", f"Bearer {token}"),) if token is not None else ()
        return await fn(request if request is not None else req_cls(), metadata=md, timeout=timeout)

    async def stream(self, name: str, requests: Iterable[Any], *, token: str = TOKEN) -> List[Any]:
        spec = HOOKS[name]
        fn: Any = self.channel.stream_stream(
            SERVICE + name, request_serializer=lambda m: m.SerializeToString(), response_deserializer=spec.response.FromString
        )
        call = fn(iter(requests), metadata=(("authorization", f"Bearer {token}"),), timeout=10)
        return [m async for m in call]

    async def close(self) -> None:
        await self.channel.close()


class Running:
    def __init__(self, plugin: Plugin) -> None:
        self.server = PluginServer(plugin, token=TOKEN, grace=2)

    async def __aenter__(self) -> Tuple[PluginServer, Hooks]:
        port = await self.server.start()
        self.hooks = Hooks(port)
        return self.server, self.hooks

    async def __aexit__(self, *exc: object) -> None:
        await self.hooks.close()
        await self.server.stop()


def app_error_of(e: grpc.aio.AioRpcError) -> Optional[AppError]:
    return app_error_from_trailers(list(e.trailing_metadata() or ()))


class Posts(Plugin):
    def __init__(self) -> None:
        self.threads: List[str] = []
        self.cancelled = threading.Event()

    @hook("MessageWillBePosted")
    def will_post(self, req: pb.MessageWillBePostedRequest) -> Optional[pb.MessageWillBePostedResponse]:
        self.threads.append(threading.current_thread().name)
        if req.post.message == "app-error":
            raise NotFoundError("x.not_found", "Not here.", detailed_error="really", where="Posts")
        if req.post.message == "crash":
            raise ValueError("boom")
        if req.post.message == "wrong":
            return pb.ExecuteCommandResponse()  # type: ignore[return-value]
        if req.post.message == "slow":
            threading.Event().wait(1)
        return pb.MessageWillBePostedResponse(post=pb.Post(message=req.post.message.upper()))

    @hook("MessageHasBeenPosted", timeout=0.2)
    async def has_posted(self, req: pb.MessageHasBeenPostedRequest) -> None:
        self.threads.append(threading.current_thread().name)
        if req.post.message == "hang":
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                self.cancelled.set()
                raise

    @hook("ExecuteCommand")
    async def command(self, req: pb.ExecuteCommandRequest) -> pb.ExecuteCommandResponse:
        await asyncio.sleep(float(req.args.command or 0))
        return pb.ExecuteCommandResponse(command_response=pb.CommandResponse(text="done"))


@run_async
async def test_implemented_lists_the_handlers_and_every_call_needs_the_token() -> None:
    async with Running(Posts()) as (_, hooks):
        res = await hooks.call("Implemented")
        assert sorted(res.hooks) == ["ExecuteCommand", "MessageHasBeenPosted", "MessageWillBePosted"]
        for token in (None, "wrong"):
            with pytest.raises(grpc.aio.AioRpcError) as e:
                await hooks.call("MessageWillBePosted", token=token)
            assert e.value.code() == grpc.StatusCode.UNAUTHENTICATED
            assert e.value.details() == "hooks may only be called by the bridge"


@run_async
async def test_sync_handlers_run_in_worker_threads_async_ones_on_the_loop() -> None:
    plugin = Posts()
    async with Running(plugin) as (_, hooks):
        res = await hooks.call("MessageWillBePosted", pb.MessageWillBePostedRequest(post=pb.Post(message="hi")))
        assert res.post.message == "HI"
        await hooks.call("MessageHasBeenPosted", pb.MessageHasBeenPostedRequest(post=pb.Post(message="x")))
        # concurrent sync calls do not wait for each other
        started = asyncio.get_running_loop().time()
        slow = pb.MessageWillBePostedRequest(post=pb.Post(message="slow"))
        await asyncio.gather(*(hooks.call("MessageWillBePosted", slow) for _ in range(4)))
        assert asyncio.get_running_loop().time() - started < 2.5
    assert plugin.threads[0].startswith("hook")
    assert plugin.threads[1] == threading.main_thread().name


@run_async
async def test_app_errors_reach_the_bridge_as_status_with_details() -> None:
    async with Running(Posts()) as (_, hooks):
        with pytest.raises(grpc.aio.AioRpcError) as e:
            await hooks.call("MessageWillBePosted", pb.MessageWillBePostedRequest(post=pb.Post(message="app-error")))
    assert e.value.code() == grpc.StatusCode.NOT_FOUND
    assert e.value.details() == "x.not_found: Not here., really"
    err = app_error_of(e.value)
    assert isinstance(err, NotFoundError)
    assert (err.id, err.message, err.detailed_error, err.where, err.status_code) == ("x.not_found", "Not here.", "really", "Posts", 404)


@run_async
async def test_other_failures_are_logged_and_reported(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR)
    async with Running(Posts()) as (_, hooks):
        with pytest.raises(grpc.aio.AioRpcError) as e:
            await hooks.call("MessageWillBePosted", pb.MessageWillBePostedRequest(post=pb.Post(message="crash")))
        assert (e.value.code(), e.value.details()) == (grpc.StatusCode.UNKNOWN, "ValueError: boom")
        assert app_error_of(e.value) is None
        with pytest.raises(grpc.aio.AioRpcError) as w:
            await hooks.call("MessageWillBePosted", pb.MessageWillBePostedRequest(post=pb.Post(message="wrong")))
        assert w.value.code() == grpc.StatusCode.INTERNAL
        assert "returned ExecuteCommandResponse, not MessageWillBePostedResponse" in (w.value.details() or "")
        with pytest.raises(grpc.aio.AioRpcError) as u:
            await hooks.call("UserHasBeenCreated")
        assert (u.value.code(), u.value.details()) == (grpc.StatusCode.UNIMPLEMENTED, "hook UserHasBeenCreated is not implemented")
    crash = next(r for r in caplog.records if r.getMessage() == "hook MessageWillBePosted failed")
    assert crash.exc_info is not None and "boom" in str(crash.exc_info[1])


@run_async
async def test_a_hook_timeout_fails_the_call_and_cancels_an_async_handler() -> None:
    plugin = Posts()
    async with Running(plugin) as (_, hooks):
        with pytest.raises(grpc.aio.AioRpcError) as e:
            await hooks.call("MessageHasBeenPosted", pb.MessageHasBeenPostedRequest(post=pb.Post(message="hang")))
        assert e.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        err = app_error_of(e.value)
        assert isinstance(err, GatewayTimeoutError)
        assert err.id == "mattermost_plugin_bridge.hook_timeout"
        assert err.detailed_error == "timed out after 0.2 s"
        await asyncio.sleep(0.05)
        assert plugin.cancelled.is_set()


@run_async
async def test_the_class_timeout_and_the_bridge_deadline_apply_too() -> None:
    class Slow(Posts):
        hook_timeout = 0.3

    async with Running(Slow()) as (server, hooks):
        with pytest.raises(grpc.aio.AioRpcError) as e:
            await hooks.call("MessageWillBePosted", pb.MessageWillBePostedRequest(post=pb.Post(message="slow")))
        assert e.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        assert server.busy_threads == 1  # a sync handler cannot be stopped: it finishes in its thread
        with pytest.raises(grpc.aio.AioRpcError) as d:  # the bridge's own deadline (hook_timeout_ms)
            await hooks.call("ExecuteCommand", pb.ExecuteCommandRequest(args=pb.CommandArgs(command="5")), timeout=0.2)
        assert d.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        ok = await hooks.call("ExecuteCommand", pb.ExecuteCommandRequest(args=pb.CommandArgs(command="0.1")))
        assert ok.command_response.text == "done"  # 0.1 s < 0.3 s


@run_async
async def test_health_and_reflection_are_served() -> None:
    async with Running(Posts()) as (_, hooks):
        check: Any = hooks.channel.unary_unary(
            "/grpc.health.v1.Health/Check",
            request_serializer=lambda m: m.SerializeToString(),
            response_deserializer=health_pb2.HealthCheckResponse.FromString,
        )
        for service in ("", "mattermost.bridge.v1.PluginHooks"):
            res = await check(health_pb2.HealthCheckRequest(service=service))
            assert res.status == health_pb2.HealthCheckResponse.SERVING
        for version in ("v1alpha", "v1"):
            info: Any = hooks.channel.stream_stream(
                f"/grpc.reflection.{version}.ServerReflection/ServerReflectionInfo",
                request_serializer=lambda m: m.SerializeToString(),
                response_deserializer=reflection_pb2.ServerReflectionResponse.FromString,
            )
            requests = [
                reflection_pb2.ServerReflectionRequest(list_services=""),
                reflection_pb2.ServerReflectionRequest(file_containing_symbol="mattermost.bridge.v1.PluginHooks"),
            ]
            listed, described = [m async for m in info(iter(requests))]
            names = {s.name for s in listed.list_services_response.service}
            assert {"mattermost.bridge.v1.PluginHooks", "grpc.health.v1.Health"} <= names
            assert described.file_descriptor_response.file_descriptor_proto


@run_async
async def test_stop_lets_running_hooks_finish_then_refuses_new_ones() -> None:
    plugin = Posts()
    server = PluginServer(plugin, token=TOKEN, grace=3)
    hooks = Hooks(await server.start())
    slow = asyncio.ensure_future(
        hooks.call("ExecuteCommand", pb.ExecuteCommandRequest(args=pb.CommandArgs(command="0.5")))
    )
    await asyncio.sleep(0.2)
    await server.stop()
    assert (await slow).command_response.text == "done"
    with pytest.raises(grpc.aio.AioRpcError) as e:
        await hooks.call("Implemented", timeout=1)
    assert e.value.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED)
    await hooks.close()


class Uploads(Plugin):
    @hook("FileWillBeUploaded")
    def upload(self, req: pb.FileWillBeUploadedRequest, data: Iterator[bytes]) -> Optional[FileUploadResult]:
        if req.info.name.endswith(".exe"):
            return FileUploadResult(rejection_reason="no executables")
        digest = hashlib.sha256()
        size = 0
        for chunk in data:
            digest.update(chunk)
            size += len(chunk)
        replacement = f"{req.info.name}: {size} bytes, sha256 {digest.hexdigest()}\n".encode()
        info = pb.FileInfo()
        info.CopyFrom(req.info)
        info.name += ".txt"
        info.size = len(replacement)
        return FileUploadResult(file_info=info, replacement=iter([replacement[:10], replacement[10:]]))


class AsyncUploads(Plugin):
    @hook("FileWillBeUploaded")
    async def upload(self, req: pb.FileWillBeUploadedRequest, data: AsyncIterator[bytes]) -> Optional[FileUploadResult]:
        total = b"".join([c async for c in data])
        if b"virus" in total:
            raise AppError("x.virus", "Infected.", status_code=400)
        return None


@run_async
async def test_file_will_be_uploaded_streams_the_upload_and_the_replacement() -> None:
    data = bytes(range(256)) * 600
    requests = [pb.FileWillBeUploadedRequest(info=pb.FileInfo(name="a.bin", size=len(data)), data=data[:1000])]
    requests += [pb.FileWillBeUploadedRequest(data=data[i : i + 50000]) for i in range(1000, len(data), 50000)]
    async with Running(Uploads()) as (_, hooks):
        out = await hooks.stream("FileWillBeUploaded", requests)
        rejected = await hooks.stream("FileWillBeUploaded", [pb.FileWillBeUploadedRequest(info=pb.FileInfo(name="x.exe"))])
    expected = f"a.bin: {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}\n".encode()
    assert b"".join(m.data for m in out) == expected
    assert [len(m.data) for m in out] == [10, len(expected) - 10, 0]
    assert (out[-1].file_info.name, out[-1].file_info.size) == ("a.bin.txt", len(expected))
    assert [(m.rejection_reason, m.data) for m in rejected] == [("no executables", b"")]


@run_async
async def test_an_async_file_upload_handler_may_keep_the_file_or_fail() -> None:
    async with Running(AsyncUploads()) as (_, hooks):
        kept = await hooks.stream("FileWillBeUploaded", [pb.FileWillBeUploadedRequest(data=b"fine"), pb.FileWillBeUploadedRequest(data=b"!")])
        assert [(m.rejection_reason, m.HasField("file_info"), m.data) for m in kept] == [("", False, b"")]
        with pytest.raises(grpc.aio.AioRpcError) as e:
            await hooks.stream("FileWillBeUploaded", [pb.FileWillBeUploadedRequest(data=b"a virus")])
    assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert isinstance(app_error_of(e.value), AppError)


@run_async
async def test_serve_http_streams_through_a_wsgi_app_over_grpc() -> None:
    def app(environ: Any, start_response: Any) -> Iterable[bytes]:
        body = environ["wsgi.input"].read()
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [environ["PATH_INFO"].encode(), b" ", body[::-1]]

    class Web(Plugin):
        http = WSGIAdapter(app)

    head = pb.ServeHTTPRequest(
        request=pb.PluginHTTPRequestSubset(method="POST", url=pb.Url(value="/echo"), request_uri="/plugins/p/echo"),
        body=b"abc",
    )
    async with Running(Web()) as (_, hooks):
        out = await hooks.stream("ServeHTTP", [head, pb.ServeHTTPRequest(body=b"def")])
        with pytest.raises(grpc.aio.AioRpcError) as e:
            await hooks.stream("ServeMetrics", [pb.ServeMetricsRequest()])
    assert out[0].status_code == 200
    assert list(out[0].header["Content-Type"].values) == ["text/plain"]
    assert b"".join(m.body for m in out) == b"/echo fedcba"
    assert all(m.flush for m in out if m.body)  # no Content-Length: streamed, each chunk flushed
    assert e.value.code() == grpc.StatusCode.UNIMPLEMENTED
