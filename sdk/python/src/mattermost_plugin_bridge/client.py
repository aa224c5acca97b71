"""The transport under the generated PluginAPI clients (client_gen.py).

Every call carries ``authorization: Bearer <MM_BRIDGE_TOKEN>``; unary calls get a deadline (the
client's ``timeout``, 30 s unless told otherwise), streaming calls only when one is passed. Failed
calls raise :class:`~mattermost_plugin_bridge.errors.AppError` (a subclass per HTTP status) when the
server returned a Mattermost AppError, :class:`~mattermost_plugin_bridge.errors.RPCError` otherwise.

Streaming uploads (UploadData, InstallPlugin, …) send the request's other fields first, then the
body in chunks; the body may be ``bytes``, a binary file, or an iterable of chunks (async
iterables too on the async client).
"""

from __future__ import annotations

import asyncio
import os
from typing import (
    IO,
    Any,
    AsyncIterable,
    AsyncIterator,
    Callable,
    Dict,
    Iterable,
    Iterator,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
)

import grpc
import grpc.aio
from google.protobuf.message import Message

from .errors import error_from_rpc

SERVICE = "mattermost.bridge.v1.PluginAPI"
CHUNK_SIZE = 64 * 1024
DEFAULT_TIMEOUT = 30.0
MAX_MESSAGE_BYTES = int(os.environ.get("MM_BRIDGE_MAX_MESSAGE_BYTES") or 256 * 1024 * 1024)
"""The gRPC message size limit, as the bridge's (gob carries whole files in one value)."""

Body = Union[bytes, bytearray, memoryview, IO[bytes], Iterable[bytes]]
"""A streamed request body: bytes, a binary file, or an iterable of byte chunks."""
AsyncBody = Union[Body, AsyncIterable[bytes]]
"""A streamed request body for the async client: a Body or an async iterable of chunks."""

M = TypeVar("M", bound=Message)
R = TypeVar("R", bound=Message)

CHANNEL_OPTIONS = [
    ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
    ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
]


def _serialize(m: Message) -> bytes:
    return m.SerializeToString()


def _build(cls: Type[M], request: Optional[M], fields: Mapping[str, Any]) -> M:
    """The request message: the one given, or one made of the keyword arguments that were set."""
    given = {k: v for k, v in fields.items() if v is not None}
    if request is None:
        return cls(**given)
    if not isinstance(request, cls):
        raise TypeError(f"expected a {cls.__name__}, got {type(request).__name__}")
    if given:
        raise TypeError(f"pass either a {cls.__name__} or its fields as keyword arguments, not both")
    return request


def _with_chunk(head: M, field: str, chunk: bytes) -> M:
    m = type(head)()
    setattr(m, field, bytes(chunk))
    return m


def _sync_chunks(body: Body) -> Iterator[bytes]:
    if isinstance(body, (bytes, bytearray, memoryview)):
        view = memoryview(body)
        for i in range(0, len(view), CHUNK_SIZE):
            yield bytes(view[i : i + CHUNK_SIZE])
    elif hasattr(body, "read"):
        reader: IO[bytes] = body  # type: ignore[assignment]
        while chunk := reader.read(CHUNK_SIZE):
            yield chunk
    else:
        for chunk in body:
            if chunk:
                yield bytes(chunk)


def _head_and_chunks(head: M, field: str, body: Optional[Body]) -> Iterator[M]:
    """A client stream: the head message (with the other fields), then one message per chunk."""
    yield head
    if body is not None:
        for chunk in _sync_chunks(body):
            yield _with_chunk(head, field, chunk)


async def _async_head_and_chunks(head: M, field: str, body: Optional[AsyncBody]) -> AsyncIterator[M]:
    yield head
    if body is None:
        return
    if hasattr(body, "__aiter__"):
        async for chunk in body:
            if chunk:
                yield _with_chunk(head, field, chunk)
    elif hasattr(body, "read"):
        loop = asyncio.get_running_loop()
        reader: IO[bytes] = body  # type: ignore[assignment]
        while chunk := await loop.run_in_executor(None, reader.read, CHUNK_SIZE):
            yield _with_chunk(head, field, chunk)
    else:
        for chunk in _sync_chunks(body):
            yield _with_chunk(head, field, chunk)


def _env(name: str) -> str:
    v = os.environ.get(name, "")
    if not v:
        raise RuntimeError(f"{name} is not set: this program is started by mm-bridge")
    return v


class _Transport:
    def __init__(self, target: str, token: str, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.target = target
        self._metadata: Tuple[Tuple[str, str]] = (("authorization", f"Bearer {token}"),)
        self._timeout = timeout
        self._calls: Dict[str, Any] = {}

    def _deadline(self, timeout: Optional[float], streaming: bool) -> Optional[float]:
        if timeout is not None:
            return timeout
        return None if streaming else self._timeout


class _SyncTransport(_Transport):
    """Blocking calls on a grpc.Channel; safe to share between threads."""

    def __init__(
        self,
        target: str,
        token: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        channel: Optional[grpc.Channel] = None,
    ) -> None:
        super().__init__(target, token, timeout=timeout)
        self._channel = channel or grpc.insecure_channel(target, options=CHANNEL_OPTIONS)

    @classmethod
    def from_env(cls: Type[_S], *, timeout: float = DEFAULT_TIMEOUT) -> _S:
        """A client for the bridge that started this process (MM_BRIDGE_API_TARGET, MM_BRIDGE_TOKEN)."""
        return cls(_env("MM_BRIDGE_API_TARGET"), _env("MM_BRIDGE_TOKEN"), timeout=timeout)

    def close(self) -> None:
        self._channel.close()

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _callable(self, kind: str, method: str, response: Type[Message]) -> Any:
        fn = self._calls.get(method)
        if fn is None:
            make: Callable[..., Any] = getattr(self._channel, kind)
            fn = make(
                f"/{SERVICE}/{method}",
                request_serializer=_serialize,
                response_deserializer=response.FromString,
            )
            self._calls[method] = fn
        return fn

    def _unary(self, method: str, request: Message, response: Type[R], timeout: Optional[float]) -> R:
        fn = self._callable("unary_unary", method, response)
        try:
            result: R = fn(request, timeout=self._deadline(timeout, False), metadata=self._metadata)
        except grpc.RpcError as e:
            raise error_from_rpc(e) from e
        return result

    def _client_stream(
        self, method: str, messages: Iterator[Message], response: Type[R], timeout: Optional[float]
    ) -> R:
        fn = self._callable("stream_unary", method, response)
        try:
            result: R = fn(messages, timeout=self._deadline(timeout, True), metadata=self._metadata)
        except grpc.RpcError as e:
            raise error_from_rpc(e) from e
        return result

    def _bidi(
        self, method: str, messages: Iterator[Message], response: Type[R], timeout: Optional[float]
    ) -> Iterator[R]:
        fn = self._callable("stream_stream", method, response)
        call = fn(messages, timeout=self._deadline(timeout, True), metadata=self._metadata)
        try:
            yield from call
        except grpc.RpcError as e:
            raise error_from_rpc(e) from e
        finally:
            call.cancel()  # no-op once complete; frees the call when the caller stops early


_S = TypeVar("_S", bound=_SyncTransport)
_A = TypeVar("_A", bound="_AsyncTransport")


class _AsyncTransport(_Transport):
    """Calls on a grpc.aio channel, created on first use in the running event loop."""

    def __init__(
        self,
        target: str,
        token: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        channel: Optional[grpc.aio.Channel] = None,
    ) -> None:
        super().__init__(target, token, timeout=timeout)
        self._aio_channel = channel

    @classmethod
    def from_env(cls: Type[_A], *, timeout: float = DEFAULT_TIMEOUT) -> _A:
        """A client for the bridge that started this process (MM_BRIDGE_API_TARGET, MM_BRIDGE_TOKEN)."""
        return cls(_env("MM_BRIDGE_API_TARGET"), _env("MM_BRIDGE_TOKEN"), timeout=timeout)

    @property
    def _channel(self) -> grpc.aio.Channel:
        if self._aio_channel is None:
            self._aio_channel = grpc.aio.insecure_channel(self.target, options=CHANNEL_OPTIONS)
        return self._aio_channel

    async def close(self) -> None:
        if self._aio_channel is not None:
            await self._aio_channel.close()
            self._aio_channel = None
            self._calls.clear()

    async def __aenter__(self: _A) -> _A:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _callable(self, kind: str, method: str, response: Type[Message]) -> Any:
        fn = self._calls.get(method)
        if fn is None:
            make: Callable[..., Any] = getattr(self._channel, kind)
            fn = make(
                f"/{SERVICE}/{method}",
                request_serializer=_serialize,
                response_deserializer=response.FromString,
            )
            self._calls[method] = fn
        return fn

    async def _unary(self, method: str, request: Message, response: Type[R], timeout: Optional[float]) -> R:
        fn = self._callable("unary_unary", method, response)
        try:
            result: R = await fn(request, timeout=self._deadline(timeout, False), metadata=self._metadata)
        except grpc.RpcError as e:
            raise error_from_rpc(e) from e
        return result

    async def _client_stream(
        self, method: str, messages: AsyncIterator[Message], response: Type[R], timeout: Optional[float]
    ) -> R:
        fn = self._callable("stream_unary", method, response)
        try:
            result: R = await fn(messages, timeout=self._deadline(timeout, True), metadata=self._metadata)
        except grpc.RpcError as e:
            raise error_from_rpc(e) from e
        return result

    async def _bidi(
        self, method: str, messages: AsyncIterator[Message], response: Type[R], timeout: Optional[float]
    ) -> AsyncIterator[R]:
        fn = self._callable("stream_stream", method, response)
        call = fn(messages, timeout=self._deadline(timeout, True), metadata=self._metadata)
        try:
            async for message in call:
                yield message
        except grpc.RpcError as e:
            raise error_from_rpc(e) from e
        finally:
            call.cancel()
