"""An OpenAI-compatible chat-completions client (POST <base URL>/chat/completions) over httpx.

Works with OpenAI, Azure-style proxies, Ollama (``http://localhost:11434/v1``), vLLM, LiteLLM,
llama.cpp's server, … — anything that speaks the chat-completions JSON with ``tools``.

Transient failures (connection errors, timeouts, 408/409/425/429/5xx) are retried with exponential
backoff and jitter, honouring ``Retry-After``, within the caller's deadline; everything else raises
:class:`LLMError` with a message meant for the user.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence

import httpx

__all__ = ["ChatClient", "ChatResult", "LLMError", "ToolCall", "TRANSIENT_STATUSES"]

TRANSIENT_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 30.0


class LLMError(Exception):
    """The model endpoint could not give an answer; ``str()`` is fit to show the user."""

    def __init__(self, message: str, *, status: Optional[int] = None, attempts: int = 1) -> None:
        super().__init__(message)
        self.status = status
        self.attempts = attempts


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str
    """The JSON text the model produced (it may be invalid: the caller decides)."""


@dataclass(frozen=True)
class ChatResult:
    content: str
    tool_calls: Sequence[ToolCall] = ()
    finish_reason: str = ""
    raw_message: Dict[str, Any] = field(default_factory=dict)

    def assistant_message(self) -> Dict[str, Any]:
        """The assistant turn to append to the conversation before the tool results."""
        msg: Dict[str, Any] = {"role": "assistant", "content": self.content or None}
        if self.tool_calls:
            msg["tool_calls"] = [
                {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
                for c in self.tool_calls
            ]
        return msg


class ChatClient:
    """One endpoint + model. ``http`` may be shared between clients (it is not closed here)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        model: str,
        api_key: str = "",
        request_timeout: float = 60.0,
        max_retries: int = 3,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
    ) -> None:
        self.http = http
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self._api_key = api_key
        self.request_timeout = request_timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff

    def _redact(self, text: str) -> str:
        return text.replace(self._api_key, "***") if self._api_key else text

    async def complete(
        self,
        messages: List[Dict[str, Any]],
        tools: Optional[List[Dict[str, Any]]] = None,
        *,
        tool_choice: Optional[str] = None,
        deadline: Optional[float] = None,
    ) -> ChatResult:
        """One chat completion. ``deadline`` is a ``time.monotonic()`` value no attempt or wait passes."""
        body: Dict[str, Any] = {"model": self.model, "messages": messages}
        if tools:
            body["tools"] = tools
            if tool_choice:
                body["tool_choice"] = tool_choice
        headers = {"Content-Type": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        attempt = 0
        while True:
            attempt += 1
            timeout = self.request_timeout
            if deadline is not None:
                timeout = min(timeout, deadline - time.monotonic())
                if timeout <= 0:
                    raise LLMError("the time for this answer ran out while waiting for the model", attempts=attempt - 1)
            retry_after: Optional[float] = None
            try:
                resp = await self.http.post(self.url, json=body, headers=headers, timeout=timeout)
            except httpx.TimeoutException:
                problem, status = f"the model endpoint did not answer within {timeout:.0f} s", None
            except httpx.TransportError as e:
                problem, status = f"cannot reach the model endpoint {self.url}: {self._redact(str(e)) or type(e).__name__}", None
            else:
                if resp.status_code == 200:
                    return self._parse(resp, attempt)
                status = resp.status_code
                problem = f"the model endpoint answered HTTP {status}: {self._redact(_error_text(resp))}"
                if status not in TRANSIENT_STATUSES:
                    raise LLMError(problem, status=status, attempts=attempt)
                retry_after = _retry_after(resp)
            if attempt > self.max_retries:
                suffix = f" (after {attempt} attempts)" if attempt > 1 else ""
                raise LLMError(problem + suffix, status=status, attempts=attempt)
            delay = min(self.max_backoff, self.backoff * (2 ** (attempt - 1))) * (0.5 + random.random() / 2)
            if retry_after is not None:
                delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
            if deadline is not None and time.monotonic() + delay >= deadline:
                raise LLMError(problem + " (no time left to retry)", status=status, attempts=attempt)
            await asyncio.sleep(delay)

    def _parse(self, resp: httpx.Response, attempts: int) -> ChatResult:
        try:
            data = resp.json()
            choice = data["choices"][0]
            message = choice["message"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMError(
                f"the model endpoint answered something that is not a chat completion: {resp.text[:200]!r}",
                status=resp.status_code,
                attempts=attempts,
            ) from None
        calls: List[ToolCall] = []
        for i, c in enumerate(message.get("tool_calls") or ()):
            fn = c.get("function") or {}
            args = fn.get("arguments", "")
            calls.append(
                ToolCall(
                    id=str(c.get("id") or f"call_{i}"),
                    name=str(fn.get("name", "")),
                    arguments=args if isinstance(args, str) else json.dumps(args),
                )
            )
        return ChatResult(
            content=_content_text(message.get("content")),
            tool_calls=tuple(calls),
            finish_reason=str(choice.get("finish_reason") or ""),
            raw_message=message,
        )


def _content_text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return str(content)


def _error_text(resp: httpx.Response) -> str:
    try:
        data = resp.json()
    except ValueError:
        return resp.text.strip()[:300] or resp.reason_phrase
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])
        if isinstance(err, str):
            return err
        if data.get("message"):
            return str(data["message"])
    return json.dumps(data)[:300]


def _retry_after(resp: httpx.Response) -> Optional[float]:
    v = resp.headers.get("retry-after")
    if not v:
        return None
    try:
        return max(0.0, float(v))
    except ValueError:
        return None  # an HTTP date: rare for these APIs; use our own backoff
