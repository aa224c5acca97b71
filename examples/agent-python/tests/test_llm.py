from __future__ import annotations

import asyncio
import socket
import time
from typing import Any, Awaitable, Callable, TypeVar

import httpx
import pytest

from agent.llm import ChatClient, LLMError
from fake_openai import FakeOpenAI

T = TypeVar("T")


def run(make: Callable[[httpx.AsyncClient], Awaitable[T]]) -> T:
    async def main() -> T:
        async with httpx.AsyncClient() as http:
            return await make(http)

    return asyncio.run(main())


def client(http: httpx.AsyncClient, url: str, **kw: Any) -> ChatClient:
    kw.setdefault("backoff", 0.01)
    return ChatClient(http, base_url=url, model="fake-1", api_key="sk-secret", **kw)


def test_answer_and_request_shape(llm: FakeOpenAI) -> None:
    tools = [{"type": "function", "function": {"name": "t", "description": "d", "parameters": {"type": "object"}}}]
    r = run(lambda h: client(h, llm.url).complete([{"role": "user", "content": "hi"}], tools, tool_choice="none"))
    assert r.content == "[fake-1] saw 1 messages: user: hi" and not r.tool_calls
    assert llm.requests == [{"model": "fake-1", "messages": [{"role": "user", "content": "hi"}], "tools": tools,
                             "tool_choice": "none"}]
    assert llm.headers[0]["Authorization"] == "Bearer sk-secret"


def test_tool_calls_are_parsed(llm: FakeOpenAI) -> None:
    tools = [{"type": "function", "function": {"name": "facts__lookup_fact", "parameters": {}}}]
    r = run(lambda h: client(h, llm.url).complete([{"role": "user", "content": "use the tool about cats"}], tools))
    assert [(c.name, c.arguments) for c in r.tool_calls] == [("facts__lookup_fact", '{"topic": "cats"}')]
    assert r.assistant_message()["tool_calls"][0]["function"]["name"] == "facts__lookup_fact"
    assert r.assistant_message()["content"] is None


def test_transient_errors_are_retried_with_backoff(llm: FakeOpenAI) -> None:
    llm.script((503, {"error": {"message": "busy"}}, {}), (429, {"error": {"message": "slow down"}}, {"Retry-After": "0.2"}))
    t0 = time.monotonic()
    r = run(lambda h: client(h, llm.url).complete([{"role": "user", "content": "hi"}]))
    assert r.content.startswith("[fake-1]") and len(llm.requests) == 3
    assert time.monotonic() - t0 >= 0.2  # Retry-After honoured


def test_retries_run_out(llm: FakeOpenAI) -> None:
    llm.script(*[(502, "<html>bad gateway</html>", {})] * 3)
    with pytest.raises(LLMError) as e:
        run(lambda h: client(h, llm.url, max_retries=2).complete([{"role": "user", "content": "hi"}]))
    assert e.value.status == 502 and e.value.attempts == 3
    assert "HTTP 502" in str(e.value) and "after 3 attempts" in str(e.value)


def test_client_errors_are_not_retried_and_say_why(llm: FakeOpenAI) -> None:
    llm.script((401, {"error": {"message": "Incorrect API key provided: sk-secret"}}, {}))
    with pytest.raises(LLMError) as e:
        run(lambda h: client(h, llm.url).complete([{"role": "user", "content": "hi"}]))
    assert len(llm.requests) == 1 and e.value.status == 401
    assert str(e.value) == "the model endpoint answered HTTP 401: Incorrect API key provided: ***"


def test_not_a_chat_completion(llm: FakeOpenAI) -> None:
    llm.script((200, {"unexpected": True}, {}))
    with pytest.raises(LLMError, match="not a chat completion"):
        run(lambda h: client(h, llm.url).complete([{"role": "user", "content": "hi"}]))


def test_unreachable_endpoint_is_retried_then_reported() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(LLMError, match="cannot reach the model endpoint") as e:
        run(lambda h: client(h, f"http://127.0.0.1:{port}/v1", max_retries=2).complete([]))
    assert e.value.attempts == 3


def test_deadline_stops_retrying(llm: FakeOpenAI) -> None:
    llm.script(*[(503, {}, {"Retry-After": "5"})] * 5)
    t0 = time.monotonic()
    with pytest.raises(LLMError, match="no time left to retry"):
        run(lambda h: client(h, llm.url, max_retries=5).complete([], deadline=time.monotonic() + 1))
    assert time.monotonic() - t0 < 1
