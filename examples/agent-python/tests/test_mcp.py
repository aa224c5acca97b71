from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from typing import Iterator

import httpx
import pytest

from agent.config import MCPServerConfig
from agent.mcp_hub import MCPHub
from conftest import FAKE_MCP_SERVER


def stdio_server(name: str = "facts") -> MCPServerConfig:
    return MCPServerConfig(name=name, command=sys.executable, args=(FAKE_MCP_SERVER,))


def test_stdio_tools_and_calls() -> None:
    async def main() -> None:
        hub = MCPHub([stdio_server(), MCPServerConfig(name="broken", command="/nonexistent/mcp-server")])
        try:
            tools, problems = await hub.list_tools()
            assert sorted(t.exposed_name for t in tools) == ["facts__add", "facts__explode", "facts__lookup_fact"]
            lookup = next(t for t in tools if t.name == "lookup_fact")
            assert lookup.openai_tool()["function"]["parameters"]["required"] == ["topic"]
            assert len(problems) == 1 and "broken" in problems[0] and "unavailable" in problems[0]
            assert await hub.call_tool("facts__lookup_fact", {"topic": "bridges"}, 10) == (
                "The fact about bridges is 42.",
                False,
            )
            assert await hub.call_tool("facts__add", {"a": 2, "b": 3}, 10) == ("5", False)
            text, err = await hub.call_tool("facts__explode", {}, 10)
            assert err and "explode" in text
            text, err = await hub.call_tool("facts__add", {"a": "x"}, 10)
            assert err
            assert (await hub.call_tool("nope__x", {}, 10))[1]
            # the same connection serves the next conversation; the broken server is not retried
            # for a while (its failure is reported again at once)
            t0 = time.monotonic()
            tools2, problems2 = await hub.list_tools()
            assert len(tools2) == 3 and problems2 == problems and time.monotonic() - t0 < 1
        finally:
            await hub.close()

    asyncio.run(main())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def http_mcp() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, FAKE_MCP_SERVER, "--http", str(port)], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def test_streamable_http_server(http_mcp: str) -> None:
    async def main() -> None:
        hub = MCPHub([MCPServerConfig(name="web", url=http_mcp, headers={"X-Test": "1"})])
        try:
            tools, problems = await hub.list_tools()
            assert problems == [] and len(tools) == 3
            assert await hub.call_tool("web__lookup_fact", {"topic": "http"}, 10) == ("The fact about http is 42.", False)
        finally:
            await hub.close()

    asyncio.run(main())
