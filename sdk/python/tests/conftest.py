"""Shared test helpers: a fake PluginAPI (a real gRPC server on loopback), fake stream calls."""

from __future__ import annotations

import asyncio
import functools
import threading
from concurrent import futures
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, Iterable, Iterator, List, Tuple, TypeVar

import grpc
import pytest

from mattermost_plugin_bridge import pb
from mattermost_plugin_bridge.errors import NotFoundError

TOKEN = "test-token"
T = TypeVar("T")


def run_async(fn: Callable[..., Awaitable[T]]) -> Callable[..., T]:
    """Runs an async test function in a fresh event loop (no pytest plugin needed)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        return asyncio.run(fn(*args, **kwargs))  # type: ignore[arg-type]

    return wrapper


async def aiter_of(items: Iterable[T]) -> AsyncIterator[T]:
    for item in items:
        yield item


class FakeAPI:
    """The PluginAPI side of the bridge, enough for the client tests; records what it got."""

    def __init__(self) -> None:
        self.metadata: List[Dict[str, str]] = []
        self.uploads: List[Tuple[pb.UploadDataRequest, List[bytes]]] = []
        self.lock = threading.Lock()
        self.users = {"u1": pb.User(id="u1", username="alice")}

    def _record(self, context: grpc.ServicerContext) -> None:
        with self.lock:
            self.metadata.append({k: str(v) for k, v in context.invocation_metadata()})

    def get_user(self, request: pb.GetUserRequest, context: grpc.ServicerContext) -> pb.GetUserResponse:
        self._record(context)
        user = self.users.get(request.user_id)
        if user is None:
            err = NotFoundError(
                "app.user.missing_account.const",
                "Unable to find the user.",
                detailed_error=f"user {request.user_id} not found",
                where="GetUser",
            )
            context.set_trailing_metadata(err.trailing_metadata())
            context.abort(err.grpc_code(), err.grpc_details())
        return pb.GetUserResponse(user=user)

    def kv_get(self, request: pb.KVGetRequest, context: grpc.ServicerContext) -> pb.KVGetResponse:
        self._record(context)
        context.abort(grpc.StatusCode.UNAVAILABLE, "the server is gone")

    def get_server_version(self, request: pb.GetServerVersionRequest, context: grpc.ServicerContext) -> pb.GetServerVersionResponse:
        self._record(context)
        threading.Event().wait(2)
        return pb.GetServerVersionResponse(version="11.0.0")

    def upload_data(self, requests: Iterator[pb.UploadDataRequest], context: grpc.ServicerContext) -> pb.UploadDataResponse:
        self._record(context)
        head = next(requests)
        chunks = [head.data] if head.data else []
        chunks += [m.data for m in requests]
        with self.lock:
            self.uploads.append((head, chunks))
        size = sum(len(c) for c in chunks)
        return pb.UploadDataResponse(file_info=pb.FileInfo(id=head.us.id, size=size))

    def plugin_http(self, requests: Iterator[pb.PluginHTTPRequest], context: grpc.ServicerContext) -> Iterator[pb.PluginHTTPResponse]:
        self._record(context)
        head = next(requests)
        body = head.body + b"".join(m.body for m in requests)
        response = pb.PluginHTTPResponse(status_code=201)
        response.header["X-Path"].values.append(head.request.url.value)
        yield response
        yield pb.PluginHTTPResponse(body=body[: len(body) // 2])
        yield pb.PluginHTTPResponse(body=body[len(body) // 2 :])

    def handler(self) -> grpc.GenericRpcHandler:
        def unary(fn: Any, req: Any, resp: Any) -> grpc.RpcMethodHandler[Any, Any]:
            return grpc.unary_unary_rpc_method_handler(
                fn, request_deserializer=req.FromString, response_serializer=resp.SerializeToString
            )

        return grpc.method_handlers_generic_handler(
            "mattermost.bridge.v1.PluginAPI",
            {
                "GetUser": unary(self.get_user, pb.GetUserRequest, pb.GetUserResponse),
                "KVGet": unary(self.kv_get, pb.KVGetRequest, pb.KVGetResponse),
                "GetServerVersion": unary(self.get_server_version, pb.GetServerVersionRequest, pb.GetServerVersionResponse),
                "UploadData": grpc.stream_unary_rpc_method_handler(
                    self.upload_data,
                    request_deserializer=pb.UploadDataRequest.FromString,
                    response_serializer=pb.UploadDataResponse.SerializeToString,
                ),
                "PluginHTTP": grpc.stream_stream_rpc_method_handler(
                    self.plugin_http,
                    request_deserializer=pb.PluginHTTPRequest.FromString,
                    response_serializer=pb.PluginHTTPResponse.SerializeToString,
                ),
            },
        )


@pytest.fixture
def fake_api() -> Iterator[Tuple[FakeAPI, str]]:
    """A FakeAPI served on 127.0.0.1 by a thread-pool gRPC server; yields (api, target)."""
    api = FakeAPI()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    server.add_generic_rpc_handlers((api.handler(),))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        yield api, f"127.0.0.1:{port}"
    finally:
        server.stop(0)


class Collector:
    """A fake ``context.write`` for stream handlers: keeps every message written."""

    def __init__(self) -> None:
        self.messages: List[Any] = []

    async def write(self, message: Any) -> None:
        self.messages.append(message)

    @property
    def head(self) -> Any:
        return self.messages[0]

    @property
    def body(self) -> bytes:
        return b"".join(m.body for m in self.messages)

    def header(self, name: str) -> List[str]:
        return list(self.head.header[name].values) if name in self.head.header else []
