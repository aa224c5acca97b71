"""Crossing from worker threads (sync handlers, WSGI apps) into the server's event loop."""

from __future__ import annotations

import asyncio
from typing import Any, AsyncIterator, Coroutine, Iterator, Optional, TypeVar

T = TypeVar("T")


def run_in_loop(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, T]) -> T:
    """Runs a coroutine on the loop from another thread and waits for its result."""
    return asyncio.run_coroutine_threadsafe(coro, loop).result()


async def anext_or_none(it: AsyncIterator[T]) -> Optional[T]:
    """The next item, or None at the end (``anext`` is Python 3.10+)."""
    try:
        return await it.__anext__()
    except StopAsyncIteration:
        return None


def blocking_iter(loop: asyncio.AbstractEventLoop, it: AsyncIterator[T]) -> Iterator[T]:
    """An async iterator consumed from a worker thread, item by item (no read-ahead)."""
    while True:
        item = run_in_loop(loop, anext_or_none(it))
        if item is None:
            return
        yield item
