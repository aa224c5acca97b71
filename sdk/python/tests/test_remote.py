"""Remote mode against a fake sidecar (an asyncio TCP server speaking the registration protocol),
over real sockets and real gRPC: registration, ATTACH/READY/DETACH, reconnects, shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
import sys
from concurrent import futures
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, Iterator, List, Optional, Tuple

import grpc
import grpc.aio
import pytest

from mattermost_plugin_bridge import Plugin, RPCError, hook, pb, remote, serve
from mattermost_plugin_bridge.remote import Backoff, enable_keepalive, serve_remote

from .conftest import FakeAPI, run_async
from .test_server import Hooks

PLUGIN_ID = "com.example.remote"
SECRET = "registration-secret"
NOT_ATTACHED = "not attached to a Mattermost server"
GREETER = Path(__file__).parent / "plugins" / "greeter.py"
SRC = Path(__file__).parent.parent / "src"


# ---- the fake sidecar ----


class Conn:
    """One registration connection, seen from the sidecar."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes, at: float) -> None:
        self.reader = reader
        self.writer = writer
        self.request = request
        self.at = at

    @property
    def hooks_port(self) -> int:
        hooks = next(line for line in self.request.decode().splitlines() if line.startswith("hooks: "))
        return int(hooks.rpartition(":")[2])

    async def send(self, line: str) -> None:
        self.writer.write(f"{line}\n".encode())
        await self.writer.drain()

    async def read_line(self, timeout: float = 5) -> bytes:
        return await asyncio.wait_for(self.reader.readline(), timeout)

    async def wait_closed_by_plugin(self, timeout: float = 5) -> None:
        """Returns when the plugin closed the connection (EOF, nothing more sent)."""
        assert await asyncio.wait_for(self.reader.read(), timeout) == b""

    def close(self) -> None:
        self.writer.close()


class FakeSidecar:
    """Accepts registrations: reads the request up to the empty line, then the test drives the rest."""

    def __init__(self) -> None:
        self.conns: asyncio.Queue[Conn] = asyncio.Queue()
        self._server: Optional[asyncio.AbstractServer] = None
        self._open: List[Conn] = []
        self.port = 0

    async def start(self, port: int = 0) -> FakeSidecar:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        at = asyncio.get_running_loop().time()
        request = await asyncio.wait_for(reader.readuntil(b"\n\n"), 5)
        conn = Conn(reader, writer, request, at)
        self._open.append(conn)
        await self.conns.put(conn)

    async def next(self, timeout: float = 5) -> Conn:
        return await asyncio.wait_for(self.conns.get(), timeout)

    async def close(self) -> None:
        for conn in self._open:
            conn.close()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()


def registration(hooks: str, token: str = SECRET) -> bytes:
    return f"MM-BRIDGE-REMOTE 1\nplugin-id: {PLUGIN_ID}\ntoken: {token}\nhooks: {hooks}\n\n".encode()


# ---- the plugin and its fake PluginAPIs ----


class Remote(Plugin):
    @hook("ExecuteCommand")
    async def whoami(self, req: pb.ExecuteCommandRequest) -> pb.ExecuteCommandResponse:
        user = (await self.async_api.get_user(user_id=req.args.user_id)).user
        return pb.ExecuteCommandResponse(command_response=pb.CommandResponse(text=user.username))

    @hook("MessageWillBePosted")
    def will_post(self, req: pb.MessageWillBePostedRequest) -> pb.MessageWillBePostedResponse:
        user = self.api.get_user(user_id=req.post.user_id).user
        return pb.MessageWillBePostedResponse(post=pb.Post(message=user.username))


@contextlib.contextmanager
def fake_api_server(username: str = "alice") -> Iterator[Tuple[FakeAPI, str]]:
    """A FakeAPI (its user u1 named ``username``) on 127.0.0.1; yields (api, target)."""
    api = FakeAPI()
    api.users["u1"] = pb.User(id="u1", username=username)
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    server.add_generic_rpc_handlers((api.handler(),))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        yield api, f"127.0.0.1:{port}"
    finally:
        server.stop(0)


def remote_env(sidecar_port: int, **extra: str) -> Dict[str, str]:
    env = {
        "MM_BRIDGE_REMOTE": f"127.0.0.1:{sidecar_port}",
        "MM_BRIDGE_PLUGIN_ID": PLUGIN_ID,
        "MM_BRIDGE_REMOTE_TOKEN": SECRET,
        "MM_BRIDGE_HOOKS_LISTEN": "127.0.0.1:0",
    }
    env.update(extra)
    return env


class Running:
    """serve_remote() as a task, stopped through its stop event at the end."""

    def __init__(self, env: Dict[str, str], plugin: Optional[Plugin] = None, backoff: float = 0.05) -> None:
        self.plugin = plugin or Remote()
        self.stop = asyncio.Event()
        self.task = asyncio.ensure_future(serve_remote(self.plugin, env=env, grace=1, stop=self.stop, backoff=backoff))

    async def __aenter__(self) -> Running:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.stop.set()
        await asyncio.wait_for(self.task, 10)


async def refusal(hooks: Hooks, token: Optional[str]) -> Optional[str]:
    """None when Implemented works with ``token``, else the UNAUTHENTICATED details."""
    try:
        await hooks.call("Implemented", token=token, timeout=5)
    except grpc.aio.AioRpcError as e:
        assert e.code() == grpc.StatusCode.UNAUTHENTICATED, e
        return e.details() or ""
    return None


async def eventually(check: Callable[[], Awaitable[bool]], what: str, timeout: float = 5) -> None:
    """Waits (polling) until ``check`` holds; fails naming ``what`` after ``timeout`` s."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, f"timed out waiting for: {what}"
        await asyncio.sleep(0.02)


async def detached(hooks: Hooks, token: str) -> bool:
    return NOT_ATTACHED in (await refusal(hooks, token) or "")


async def attach(conn: Conn, target: str, token: str) -> None:
    await conn.send(f"ATTACH {target} {token}")
    assert await conn.read_line() == b"READY\n"


async def whoami(hooks: Hooks, token: str) -> Tuple[str, str]:
    """(async handler via async_api, plain handler via api): the user name each got from the PluginAPI."""
    a = await hooks.call("ExecuteCommand", pb.ExecuteCommandRequest(args=pb.CommandArgs(user_id="u1")), token=token)
    s = await hooks.call("MessageWillBePosted", pb.MessageWillBePostedRequest(post=pb.Post(user_id="u1")), token=token)
    return a.command_response.text, s.post.message


def assert_api_detached(plugin: Plugin) -> None:
    with pytest.raises(RPCError) as e:
        plugin.api.get_user(user_id="u1")
    assert e.value.code == grpc.StatusCode.UNAVAILABLE
    assert NOT_ATTACHED in e.value.details


# ---- registration ----


@run_async
async def test_serve_registers_with_the_token_and_the_bound_hooks_port(monkeypatch: pytest.MonkeyPatch) -> None:
    keepalive: List[int] = []

    def spy(sock: Any) -> None:
        enable_keepalive(sock)
        keepalive.append(sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))

    monkeypatch.setattr(remote, "enable_keepalive", spy)
    sidecar = await FakeSidecar().start()
    env = remote_env(sidecar.port, MM_BRIDGE_HOOKS_LISTEN="")  # the default, 0.0.0.0:0
    task = asyncio.ensure_future(serve(Remote(), env=env, grace=1))  # the dispatcher picks remote mode
    try:
        conn = await sidecar.next()
        assert conn.request == registration(f":{conn.hooks_port}")
        assert keepalive and keepalive[0] != 0
        hooks = Hooks(conn.hooks_port)  # listening on all interfaces: loopback works too
        assert NOT_ATTACHED in (await refusal(hooks, SECRET) or "")
        await hooks.close()
        await conn.send("OK registered")
    finally:
        task.cancel()  # cancelling the serve task closes the connection too
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)
    await conn.wait_closed_by_plugin()
    await sidecar.close()


@run_async
async def test_the_token_file_and_the_advertised_hooks_address(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("  from-a-file\n")
    sidecar = await FakeSidecar().start()
    # The file wins over MM_BRIDGE_REMOTE_TOKEN (also set by remote_env), as in the Node SDK.
    env = remote_env(sidecar.port, MM_BRIDGE_REMOTE_TOKEN_FILE=str(token_file), MM_BRIDGE_HOOKS_ADVERTISE="plugin.example:7000")
    assert env["MM_BRIDGE_REMOTE_TOKEN"]
    async with Running(env):
        conn = await sidecar.next()
        assert conn.request == registration("plugin.example:7000", token="from-a-file")
        token_file.write_text("rotated\n")  # read again for every registration
        await conn.send("ERR unknown token")
        assert (await sidecar.next()).request == registration("plugin.example:7000", token="rotated")
    await sidecar.close()


@run_async
async def test_missing_or_malformed_settings_say_what_to_set(tmp_path: Path) -> None:
    base = remote_env(1)
    cases: List[Tuple[Dict[str, str], str]] = [
        ({"MM_BRIDGE_REMOTE_TOKEN": ""}, "set MM_BRIDGE_REMOTE_TOKEN, or MM_BRIDGE_REMOTE_TOKEN_FILE"),
        ({"MM_BRIDGE_REMOTE_TOKEN": "", "MM_BRIDGE_REMOTE_TOKEN_FILE": str(tmp_path / "nope")}, "cannot read the token"),
        ({"MM_BRIDGE_REMOTE_TOKEN": "two words"}, "MM_BRIDGE_REMOTE_TOKEN: the token must be one word"),
        ({"MM_BRIDGE_PLUGIN_ID": ""}, "MM_BRIDGE_PLUGIN_ID must be set"),
        ({"MM_BRIDGE_REMOTE": "sidecar"}, "MM_BRIDGE_REMOTE must be HOST:PORT"),
        ({"MM_BRIDGE_HOOKS_LISTEN": "0.0.0.0"}, "MM_BRIDGE_HOOKS_LISTEN must be HOST:PORT"),
    ]
    for change, message in cases:
        with pytest.raises(RuntimeError) as e:
            await asyncio.wait_for(serve(Remote(), env={**base, **change}), 5)
        assert message in str(e.value)


# ---- attach, detach ----


@run_async
async def test_hooks_and_api_follow_attach_and_detach() -> None:
    sidecar = await FakeSidecar().start()
    with fake_api_server("alice") as (api1, target1), fake_api_server("bob") as (api2, target2):
        async with Running(remote_env(sidecar.port)) as running:
            conn = await sidecar.next()
            await conn.send("OK registered")
            hooks = Hooks(conn.hooks_port)
            # not attached: every hook call is refused, whatever the token; the API says why it fails
            for token in (SECRET, "t1", None):
                assert NOT_ATTACHED in (await refusal(hooks, token) or "")
            assert_api_detached(running.plugin)
            with pytest.raises(RPCError, match=NOT_ATTACHED):
                await running.plugin.async_api.get_user(user_id="u1")

            await attach(conn, target1, "t1")
            assert await refusal(hooks, "t1") is None
            assert await refusal(hooks, "other") == "hooks may only be called by the bridge"
            assert await whoami(hooks, "t1") == ("alice", "alice")
            assert [m["authorization"] for m in api1.metadata] == ["Bearer t1", "Bearer t1"]

            await attach(conn, target2, "t2")  # a new target and token: both switch
            assert await refusal(hooks, "t1") == "hooks may only be called by the bridge"
            assert await whoami(hooks, "t2") == ("bob", "bob")
            assert [m["authorization"] for m in api2.metadata] == ["Bearer t2", "Bearer t2"]
            assert len(api1.metadata) == 2

            await conn.send("DETACH the server stopped the plugin")
            await eventually(lambda: detached(hooks, "t2"), "hooks refused after DETACH")
            assert_api_detached(running.plugin)

            await attach(conn, target1, "t3")  # the next ATTACH on the same connection
            assert await whoami(hooks, "t3") == ("alice", "alice")
            assert api1.metadata[-1]["authorization"] == "Bearer t3"
            await hooks.close()
    await sidecar.close()


@run_async
async def test_unexpected_lines_are_logged_and_ignored(caplog: pytest.LogCaptureFixture) -> None:
    sidecar = await FakeSidecar().start()
    with fake_api_server() as (_, target):
        async with Running(remote_env(sidecar.port)):
            conn = await sidecar.next()
            await conn.send("OK registered")
            await conn.send("HELLO there")
            await conn.send("ATTACH only-a-target")
            await attach(conn, target, "t1")  # still on the same connection
            hooks = Hooks(conn.hooks_port)
            assert await refusal(hooks, "t1") is None
            await hooks.close()
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any("unexpected line" in m and "'HELLO there'" in m for m in errors), errors
    assert any("unexpected line" in m and "'ATTACH only-a-target'" in m for m in errors), errors
    await sidecar.close()


# ---- reconnecting ----


@run_async
async def test_err_is_logged_and_registration_retried_with_growing_waits(caplog: pytest.LogCaptureFixture) -> None:
    sidecar = await FakeSidecar().start()
    async with Running(remote_env(sidecar.port), backoff=0.05):
        conns = [await sidecar.next()]
        for _ in range(5):  # waits 0.05, 0.1, 0.2, 0.4, 0.8 s
            await conns[-1].send("ERR unknown plugin id or wrong token")
            conns.append(await sidecar.next())
        assert all(c.request == conns[0].request for c in conns)
        gaps = [b.at - a.at for a, b in zip(conns, conns[1:])]
        for gap, wait in zip(gaps, (0.05, 0.1, 0.2, 0.4, 0.8)):
            assert gap >= wait * 0.9, gaps
        await conns[-1].send("OK registered")  # resets the wait to 0.05 s (it would be 1.6 s)
        await conns[-1].send("BYE replaced by a newer registration")
        closed_at = asyncio.get_running_loop().time()
        again = await sidecar.next()
        assert again.at - closed_at < 1.2
    refused = [r for r in caplog.records if "refused the registration" in r.getMessage()]
    assert len(refused) == 5
    assert all(r.levelno == logging.ERROR and r.getMessage().endswith(": unknown plugin id or wrong token") for r in refused)
    await sidecar.close()


@run_async
async def test_a_lost_connection_detaches_and_registers_again() -> None:
    sidecar = await FakeSidecar().start()
    with fake_api_server() as (_, target):
        async with Running(remote_env(sidecar.port)) as running:
            first = await sidecar.next()
            await first.send("OK registered")
            await attach(first, target, "t1")
            hooks = Hooks(first.hooks_port)
            assert await refusal(hooks, "t1") is None
            first.close()  # the sidecar died
            second = await sidecar.next()
            assert second.request == first.request
            assert await detached(hooks, "t1")  # detached before registering again
            assert_api_detached(running.plugin)
            await second.send("OK registered")
            await attach(second, target, "t2")
            assert await whoami(hooks, "t2") == ("alice", "alice")
            await hooks.close()
    await sidecar.close()


@run_async
async def test_a_refused_connect_is_retried_until_the_sidecar_listens(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as s:  # a port nobody listens on (until the sidecar starts on it)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    async with Running(remote_env(port), backoff=0.05):

        async def warned() -> bool:
            return any("cannot reach the sidecar" in r.getMessage() for r in caplog.records)

        await eventually(warned, "a warning that the sidecar cannot be reached")
        sidecar = await FakeSidecar().start(port)
        conn = await sidecar.next()
        assert conn.request == registration(f":{conn.hooks_port}")
    await sidecar.close()


def test_backoff_doubles_up_to_the_cap_and_resets() -> None:
    b = Backoff(0.5, 30)
    assert [b.next() for _ in range(8)] == [0.5, 1, 2, 4, 8, 16, 30, 30]
    b.reset()
    assert b.next() == 0.5


def test_keepalive_is_enabled_on_the_socket() -> None:
    with socket.socket() as s:
        enable_keepalive(s)
        assert s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0
        if hasattr(socket, "TCP_KEEPIDLE"):
            assert s.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 30


# ---- stopping ----


@run_async
async def test_stop_closes_the_registration_and_the_hooks_server() -> None:
    sidecar = await FakeSidecar().start()
    with fake_api_server() as (_, target):
        running = Running(remote_env(sidecar.port))
        conn = await sidecar.next()
        await conn.send("OK registered")
        await attach(conn, target, "t1")
        running.stop.set()
        server = await asyncio.wait_for(running.task, 10)
        await conn.wait_closed_by_plugin()
        assert server.token is None
        hooks = Hooks(conn.hooks_port)
        with pytest.raises(grpc.aio.AioRpcError) as e:
            await hooks.call("Implemented", token="t1", timeout=1)
        assert e.value.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED)
        await hooks.close()
    await sidecar.close()


@run_async
async def test_a_plugin_process_in_remote_mode_stops_on_sigterm() -> None:
    sidecar = await FakeSidecar().start()
    env = dict(os.environ, PYTHONPATH=str(SRC), **remote_env(sidecar.port))
    env.pop("MM_BRIDGE_API_TARGET", None)
    env.pop("MM_BRIDGE_TOKEN", None)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(GREETER), env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        with fake_api_server() as (_, target):
            conn = await sidecar.next(timeout=15)
            await conn.send("OK registered")
            await attach(conn, target, "t1")
            hooks = Hooks(conn.hooks_port)
            res = await hooks.call("ExecuteCommand", pb.ExecuteCommandRequest(args=pb.CommandArgs(user_id="u1")), token="t1")
            assert res.command_response.text == "Hello, @alice!"
            await hooks.close()
            proc.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(proc.communicate(), 15)
            assert proc.returncode == 0, err.decode()
            assert out == b""  # no handshake line in remote mode
            await conn.wait_closed_by_plugin()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await sidecar.close()
    logs = [json.loads(line) for line in err.decode().splitlines() if line.startswith("{")]
    messages = [o["@message"] for o in logs]
    assert "attached to a Mattermost server" in messages, messages
    assert any(m.startswith("registered with the sidecar at 127.0.0.1:") for m in messages), messages
