"""A local fake of an OpenAI-compatible chat-completions endpoint, for the tests (no network).

Deterministic replies chosen by the last user message:

- "please fail"      → HTTP 400 with an OpenAI-style error body ("the fake model refuses")
- "flaky"            → HTTP 503 the first time that exact message is seen, then as below
- "use the tool"     → a tool call of the first offered tool named *lookup_fact with
                       {"topic": <the word after "about">}; after the tool result: "Tool result: <result>"
- "loop forever"     → a tool call every time tools are offered (and tool_choice is not "none")
- "long answer N"    → N characters of text with a code block across the middle
- anything else      → an echo of the conversation: "[<model>] saw <n> messages: role: content | …"

``script`` queues raw replies (status, body, headers) served before the rules above.
Every request body is kept in ``requests``.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Set, Tuple

Reply = Tuple[int, Any, Dict[str, str]]


def _completion(model: str, content: Optional[str], tool_calls: Optional[List[Dict[str, Any]]] = None) -> Dict[str, Any]:
    message: Dict[str, Any] = {"role": "assistant", "content": content}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tool_calls else "stop"}],
    }


def echo(messages: List[Dict[str, Any]]) -> str:
    return " | ".join(f"{m.get('role')}: {m.get('content')}" for m in messages)


class FakeOpenAI:
    def __init__(self) -> None:
        self.requests: List[Dict[str, Any]] = []
        self.headers: List[Dict[str, str]] = []
        self._script: List[Reply] = []
        self._seen: Set[str] = set()
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                status, reply, headers = fake.handle(self.path, body, dict(self.headers))
                data = reply.encode() if isinstance(reply, str) else json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> "FakeOpenAI":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self._script.extend(replies)

    def handle(self, path: str, body: Dict[str, Any], headers: Dict[str, str]) -> Reply:
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
            if self._script:
                return self._script.pop(0)
        if not path.endswith("/chat/completions"):
            return 404, {"error": {"message": f"no route {path}"}}, {}
        model = str(body.get("model", ""))
        messages: List[Dict[str, Any]] = body.get("messages", [])
        tools: List[Dict[str, Any]] = body.get("tools") or []
        users = [m for m in messages if m.get("role") == "user"]
        last_user = str(users[-1].get("content", "")) if users else ""
        if "please fail" in last_user:
            return 400, {"error": {"message": "the fake model refuses", "type": "invalid_request_error"}}, {}
        if "flaky" in last_user:
            with self._lock:
                first = last_user not in self._seen
                self._seen.add(last_user)
            if first:
                return 503, {"error": {"message": "overloaded, try again"}}, {}
        may_call = bool(tools) and body.get("tool_choice") != "none"
        if "loop forever" in last_user and may_call:
            return 200, _completion(model, None, [_call(tools[0]["function"]["name"], {"topic": "loop"}, len(messages))]), {}
        if "use the tool" in last_user:
            if messages and messages[-1].get("role") == "tool":
                return 200, _completion(model, f"Tool result: {messages[-1].get('content')}"), {}
            lookup = next((t["function"]["name"] for t in tools if t["function"]["name"].endswith("lookup_fact")), None)
            if lookup and may_call:
                m = re.search(r"about (\w+)", last_user)
                return 200, _completion(model, None, [_call(lookup, {"topic": m.group(1) if m else "bridge"}, len(messages))]), {}
            return 200, _completion(model, f"No tool was offered. Tools: {[t['function']['name'] for t in tools]}"), {}
        m = re.search(r"long answer (\d+)", last_user)
        if m:
            return 200, _completion(model, long_text(int(m.group(1)))), {}
        return 200, _completion(model, f"[{model}] saw {len(messages)} messages: {echo(messages)}"), {}


def _call(name: str, args: Dict[str, Any], n: int) -> Dict[str, Any]:
    return {"id": f"call_{n}", "type": "function", "function": {"name": name, "arguments": json.dumps(args)}}


def long_text(n: int) -> str:
    """n characters: prose, then a fenced code block in the middle, then prose."""
    para = "All work and no play makes a long answer. " * 5 + "\n\n"
    code = "```python\n" + "".join(f"print({i})  # line {i}\n" for i in range(n // 40)) + "```\n\n"
    text = para * (n // (3 * len(para)) + 1)
    text = text + code + text
    return text[:n]
