"""A local fake MCP server (the mcp package's server side) for the tests.

stdio by default; ``--http PORT`` serves Streamable HTTP on 127.0.0.1:PORT/mcp instead.
Other arguments are ignored (the Go test passes a marker to find the process).

Tools: lookup_fact(topic) → "The fact about <topic> is 42."; add(a, b); explode() always fails.
"""

from __future__ import annotations

import sys

from mcp.server import MCPServer

server = MCPServer("facts")


@server.tool()
def lookup_fact(topic: str) -> str:
    """Looks up the one fact known about a topic."""
    return f"The fact about {topic} is 42."


@server.tool()
def add(a: int, b: int) -> int:
    """Adds two numbers."""
    return a + b


@server.tool()
def explode() -> str:
    """Always fails."""
    raise RuntimeError("kaboom")


if __name__ == "__main__":
    if "--http" in sys.argv:
        port = int(sys.argv[sys.argv.index("--http") + 1])
        server.run("streamable-http", host="127.0.0.1", port=port)
    else:
        server.run()
