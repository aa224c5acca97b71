"""FileWillBeUploaded: the upload streams in, an optional replacement streams back.

A handler is ``@hook("FileWillBeUploaded")`` on a method ``(self, request, data)``: ``request``
carries ``context`` and ``info`` (the FileInfo), ``data`` iterates the uploaded bytes chunk by chunk
(an ``Iterator[bytes]`` for a plain method, run in a worker thread; an ``AsyncIterator[bytes]`` for
an async one). It returns a :class:`FileUploadResult` or None (keep the upload as it is).
"""

from __future__ import annotations

import asyncio
import contextvars
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import IO, Any, AsyncIterable, AsyncIterator, Callable, Iterable, Optional, Union

import grpc.aio

from ._gen.hooks_pb2 import FileWillBeUploadedRequest, FileWillBeUploadedResponse
from ._gen.models_pb2 import FileInfo
from ._sync import anext_or_none, blocking_iter

__all__ = ["FileUploadResult", "Replacement"]

Replacement = Union[bytes, bytearray, memoryview, IO[bytes], Iterable[bytes], AsyncIterable[bytes]]
"""Replacement file content: bytes, a binary file, or a (sync or async) iterable of chunks."""

CHUNK_SIZE = 64 * 1024


@dataclass
class FileUploadResult:
    """What FileWillBeUploaded decided.

    ``rejection_reason`` non-empty rejects the upload; ``replacement`` replaces its content;
    ``file_info`` replaces the FileInfo (e.g. a new name or size for the replacement).
    """

    file_info: Optional[FileInfo] = None
    rejection_reason: str = ""
    replacement: Optional[Replacement] = None


async def serve_file_upload(
    handler: Callable[..., Any],
    is_async: bool,
    requests: AsyncIterator[FileWillBeUploadedRequest],
    context: grpc.aio.ServicerContext[Any, Any],
    executor: Executor,
    timeout: Optional[float],
) -> None:
    """Runs one FileWillBeUploaded call: reads the head, hands the data to the handler, writes the result."""
    first = await anext_or_none(requests)
    head = FileWillBeUploadedRequest()
    if first is not None:
        head.context.CopyFrom(first.context)
        head.info.CopyFrom(first.info)

    async def data() -> AsyncIterator[bytes]:
        if first is not None and first.data:
            yield first.data
        while (m := await anext_or_none(requests)) is not None:
            if m.data:
                yield m.data

    loop = asyncio.get_running_loop()
    if is_async:
        work: "asyncio.Future[Any]" = asyncio.ensure_future(handler(head, data()))
    else:
        ctx = contextvars.copy_context()
        work = loop.run_in_executor(executor, ctx.run, handler, head, blocking_iter(loop, data()))
    result = await asyncio.wait_for(work, timeout) if timeout else await work
    if result is None:
        result = FileUploadResult()
    if not isinstance(result, FileUploadResult):
        raise TypeError(f"FileWillBeUploaded returned {type(result).__name__}, not FileUploadResult or None")
    if result.replacement is not None:
        async for chunk in _chunks(result.replacement, executor):
            await context.write(FileWillBeUploadedResponse(data=chunk))
    final = FileWillBeUploadedResponse(rejection_reason=result.rejection_reason)
    if result.file_info is not None:
        final.file_info.CopyFrom(result.file_info)
    await context.write(final)


async def _chunks(r: Replacement, executor: Executor) -> AsyncIterator[bytes]:
    loop = asyncio.get_running_loop()
    if isinstance(r, (bytes, bytearray, memoryview)):
        view = memoryview(r)
        for i in range(0, len(view), CHUNK_SIZE):
            yield bytes(view[i : i + CHUNK_SIZE])
    elif hasattr(r, "__aiter__"):
        async for chunk in r:
            if chunk:
                yield bytes(chunk)
    elif hasattr(r, "read"):
        reader: IO[bytes] = r  # type: ignore[assignment]
        while chunk := await loop.run_in_executor(executor, reader.read, CHUNK_SIZE):
            yield chunk
    else:
        it = iter(r)
        while True:  # a sync iterable may block (a generator reading a file): pull it in a worker
            item = await loop.run_in_executor(executor, next, it, _END)
            if item is _END:
                return
            if item:
                yield bytes(item)


_END: Any = object()
