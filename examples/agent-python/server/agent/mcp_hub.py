"""MCP servers as tools for the model, through the ``mcp`` package's client.

Each configured server gets one long-lived connection, opened on first use (a stdio server is
started then) and kept until the configuration changes or the plugin stops. A connection runs in
its own task — the MCP client's anyio scopes must be entered and left by the same task — and
the agent's tasks send requests through it. A connection that breaks is reopened on next use.

Tools are offered to the model as ``<server>__<tool>`` so two servers may have tools of the same
name; ``call_tool`` maps the name back.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
import time
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, TextIO, Tuple

from .config import MCPServerConfig

__all__ = ["HubTool", "MCPHub", "MCPUnavailable", "describe_error"]

log = logging.getLogger("agent.mcp")

RETRY_AFTER_FAILURE = 30.0
"""Seconds a server that could not be reached is reported unavailable without trying again."""

MAX_TOOL_RESULT = 20_000
"""Characters of one tool result given back to the model (the rest is cut, saying so)."""


class MCPUnavailable(Exception):
    """A server could not be reached (its message says which and why)."""


@dataclass(frozen=True)
class HubTool:
    server: str
    name: str
    exposed_name: str
    description: str
    input_schema: Dict[str, Any]

    def openai_tool(self) -> Dict[str, Any]:
        schema = self.input_schema or {"type": "object", "properties": {}}
        return {
            "type": "function",
            "function": {"name": self.exposed_name, "description": self.description[:1024], "parameters": schema},
        }


def describe_error(e: BaseException) -> str:
    """One line for an exception, looking inside (anyio) exception groups."""
    inner: List[BaseException] = []

    def walk(x: BaseException) -> None:
        subs = getattr(x, "exceptions", None)
        if isinstance(subs, (list, tuple)) and subs:
            for s in subs:
                if isinstance(s, BaseException):
                    walk(s)
        else:
            inner.append(x)

    walk(e)
    parts = []
    for x in inner or [e]:
        text = str(x).strip()
        parts.append(f"{type(x).__name__}: {text}" if text else type(x).__name__)
    return "; ".join(dict.fromkeys(parts))


def _exposed(server: str, tool: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", f"{server}__{tool}")[:64]


class _Connection:
    def __init__(self, cfg: MCPServerConfig, connect_timeout: float, errlog: TextIO) -> None:
        self.cfg = cfg
        self.connect_timeout = connect_timeout
        self.errlog = errlog
        self._client: Any = None
        self._task: Optional["asyncio.Task[None]"] = None
        self._stop = asyncio.Event()
        self._lock = asyncio.Lock()
        self._failed: Optional[Tuple[float, MCPUnavailable]] = None

    async def client(self) -> Any:
        """The connected client; (re)connects. A failure is remembered for RETRY_AFTER_FAILURE
        seconds, so a broken server does not slow down every answer."""
        async with self._lock:
            if self._client is not None and self._task is not None and not self._task.done():
                return self._client
            if self._failed is not None and time.monotonic() - self._failed[0] < RETRY_AFTER_FAILURE:
                raise self._failed[1]
            try:
                client = await self._connect()
            except MCPUnavailable as e:
                self._failed = (time.monotonic(), e)
                raise
            self._failed = None
            return client

    async def _connect(self) -> Any:
        await self._shutdown()
        loop = asyncio.get_running_loop()
        ready: "asyncio.Future[Any]" = loop.create_future()
        self._stop = asyncio.Event()
        self._task = asyncio.create_task(self._run(ready), name=f"mcp:{self.cfg.name}")
        try:
            return await asyncio.wait_for(asyncio.shield(ready), self.connect_timeout)
        except asyncio.TimeoutError:
            await self._shutdown()
            raise MCPUnavailable(
                f"MCP server {self.cfg.name} did not start within {self.connect_timeout:.0f} s"
            ) from None
        except asyncio.CancelledError:
            await self._shutdown()
            raise
        except Exception as e:
            raise MCPUnavailable(f"MCP server {self.cfg.name} is unavailable: {describe_error(e)}") from e

    async def _run(self, ready: "asyncio.Future[Any]") -> None:
        from mcp import Client  # imported here: the agent works without the package when no server is configured

        try:
            async with AsyncExitStack() as stack:
                if self.cfg.url:
                    import httpx2
                    from mcp.client.streamable_http import streamable_http_client

                    http = await stack.enter_async_context(
                        httpx2.AsyncClient(headers=dict(self.cfg.headers), timeout=httpx2.Timeout(30.0, read=300.0))
                    )
                    server: Any = streamable_http_client(self.cfg.url, http_client=http)
                else:
                    from mcp import StdioServerParameters
                    from mcp.client.stdio import stdio_client

                    params = StdioServerParameters(
                        command=self.cfg.command, args=list(self.cfg.args), env=dict(self.cfg.env) or None, cwd=self.cfg.cwd
                    )
                    server = stdio_client(params, errlog=self.errlog)
                client = await stack.enter_async_context(Client(server))
                self._client = client
                if not ready.done():
                    ready.set_result(client)
                log.info("MCP server %s connected", self.cfg.name)
                await self._stop.wait()
        except asyncio.CancelledError:
            if not ready.done():
                ready.cancel()
            raise
        except BaseException as e:  # anyio raises exception groups
            if not ready.done():
                ready.set_exception(e if isinstance(e, Exception) else RuntimeError(describe_error(e)))
            else:
                log.warning("MCP server %s disconnected: %s", self.cfg.name, describe_error(e))
        finally:
            self._client = None

    async def _shutdown(self, timeout: float = 5.0) -> None:
        task, self._task = self._task, None
        if task is None or task.done():
            return
        self._stop.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout)
        except (asyncio.TimeoutError, asyncio.CancelledError):
            task.cancel()
            try:
                await asyncio.wait_for(task, timeout)
            except BaseException:
                pass
        except Exception:
            pass

    async def close(self) -> None:
        async with self._lock:
            await self._shutdown()


class MCPHub:
    """The configured MCP servers' tools, for the agent loop."""

    def __init__(
        self,
        servers: Sequence[MCPServerConfig],
        *,
        connect_timeout: float = 30.0,
        errlog: Optional[TextIO] = None,
    ) -> None:
        self.servers = tuple(servers)
        self._conns = {s.name: _Connection(s, connect_timeout, errlog or sys.stderr) for s in self.servers}
        self._by_exposed: Dict[str, HubTool] = {}

    def __bool__(self) -> bool:
        return bool(self.servers)

    async def list_tools(self) -> Tuple[List[HubTool], List[str]]:
        """Every reachable server's tools, and a line per server that is not reachable."""
        results = await asyncio.gather(*(self._list(name) for name in self._conns), return_exceptions=True)
        tools: List[HubTool] = []
        problems: List[str] = []
        for name, r in zip(self._conns, results):
            if isinstance(r, asyncio.CancelledError):
                raise r
            if isinstance(r, BaseException):
                problems.append(str(r) if isinstance(r, MCPUnavailable) else f"MCP server {name}: {describe_error(r)}")
                continue
            tools.extend(r)
        self._by_exposed.update({t.exposed_name: t for t in tools})
        return tools, problems

    async def _list(self, name: str) -> List[HubTool]:
        conn = self._conns[name]
        for attempt in (1, 2):  # a connection found broken is reopened once
            client = await conn.client()
            try:
                out: List[HubTool] = []
                cursor: Optional[str] = None
                for _ in range(50):
                    page = await client.list_tools(cursor=cursor)
                    for t in page.tools:
                        out.append(
                            HubTool(
                                server=name,
                                name=t.name,
                                exposed_name=_exposed(name, t.name),
                                description=t.description or t.title or t.name,
                                input_schema=dict(t.input_schema or {}),
                            )
                        )
                    cursor = page.next_cursor
                    if not cursor:
                        break
                return out
            except Exception as e:
                if attempt == 2:
                    raise MCPUnavailable(f"MCP server {name}: listing tools failed: {describe_error(e)}") from e
                await conn.close()
        return []

    async def call_tool(self, exposed_name: str, arguments: Dict[str, Any], timeout: float) -> Tuple[str, bool]:
        """Runs a tool; returns (text for the model, is_error). Never raises but for cancellation."""
        tool = self._by_exposed.get(exposed_name)
        if tool is None:
            return f"There is no tool named {exposed_name!r}.", True
        try:
            client = await self._conns[tool.server].client()
            result = await asyncio.wait_for(client.call_tool(tool.name, arguments), timeout)
        except asyncio.TimeoutError:
            return f"The tool {exposed_name} did not finish within {timeout:.0f} s.", True
        except MCPUnavailable as e:
            return str(e), True
        except Exception as e:
            return f"The tool {exposed_name} failed: {describe_error(e)}", True
        return tool_result_text(result), bool(getattr(result, "is_error", False))

    async def close(self) -> None:
        await asyncio.gather(*(c.close() for c in self._conns.values()), return_exceptions=True)


def tool_result_text(result: Any) -> str:
    parts: List[str] = []
    for block in getattr(result, "content", None) or ():
        kind = getattr(block, "type", "")
        if kind == "text":
            parts.append(str(block.text))
        elif kind == "resource":
            res = getattr(block, "resource", None)
            text = getattr(res, "text", None)
            parts.append(str(text) if text is not None else f"[resource {getattr(res, 'uri', '')}]")
        elif kind == "resource_link":
            parts.append(f"[resource link {getattr(block, 'uri', '')}]")
        else:
            parts.append(f"[{kind or 'binary'} content omitted]")
    structured = getattr(result, "structured_content", None)
    if not parts and structured is not None:
        parts.append(json.dumps(structured, ensure_ascii=False))
    text = "\n".join(parts) if parts else "(the tool returned nothing)"
    if len(text) > MAX_TOOL_RESULT:
        text = text[:MAX_TOOL_RESULT] + f"\n[… cut: the result had {len(text)} characters]"
    return text
