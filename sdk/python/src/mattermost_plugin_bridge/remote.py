"""Remote mode: the plugin runs in its own container and registers with the bridge's sidecar.

:func:`~mattermost_plugin_bridge.server.serve` (and so ``Plugin.run()``) comes here when
MM_BRIDGE_REMOTE is set. The environment:

- MM_BRIDGE_REMOTE: HOST:PORT of the sidecar's attach port (required; it enables the mode)
- MM_BRIDGE_PLUGIN_ID: the plugin's id (required)
- MM_BRIDGE_REMOTE_TOKEN_FILE (the token is the file's stripped content, read again for every
  registration), or MM_BRIDGE_REMOTE_TOKEN: the plugin's token in the sidecar's
  --remote-tokens-file (required)
- MM_BRIDGE_HOOKS_LISTEN: where PluginHooks listens, default ``0.0.0.0:0``
- MM_BRIDGE_HOOKS_ADVERTISE: where the sidecar reaches PluginHooks, default ``:PORT`` (the bound
  port at the address the registration came from)

The registration connection (TCP, lines ending in ``\\n``) stays open while the plugin runs::

    plugin → sidecar   MM-BRIDGE-REMOTE 1 / plugin-id: ID / token: T / hooks: HOST:PORT / (empty line)
    sidecar → plugin   OK registered          or  ERR <reason>, then it closes
    sidecar → plugin   ATTACH <target> <token> the server started the plugin: the PluginAPI is at
                                               target, API and hook calls carry the token
    plugin → sidecar   READY                   the ATTACH took effect
    sidecar → plugin   DETACH <reason>         the server stopped the plugin
    sidecar → plugin   BYE <reason>            then it closes (a newer registration, or stopping)

Until an ATTACH and after a DETACH, hook calls fail with UNAUTHENTICATED and PluginAPI calls with
an :class:`~mattermost_plugin_bridge.errors.RPCError` (UNAVAILABLE), both saying the plugin is not
attached. When the registration fails or the connection ends, the plugin connects again, waiting
0.5 s, then twice as long each time up to 30 s (0.5 s again after an ``OK registered``).
SIGTERM/SIGINT stop it gracefully, as in the spawned mode.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Coroutine, Mapping, Optional, Tuple, Type

import grpc
from google.protobuf.message import Message

from .client_gen import APIClient, AsyncAPIClient
from .errors import RPCError
from .plugin import Plugin
from .server import NOT_ATTACHED, PluginServer, stop_on_signals

__all__ = ["RemoteConfig", "serve_remote"]

MAGIC = "MM-BRIDGE-REMOTE 1"
DEFAULT_LISTEN = "0.0.0.0:0"
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 30.0
CONNECT_TIMEOUT = 10.0

log = logging.getLogger("mattermost_plugin_bridge")


# ---- configuration ----


@dataclass(frozen=True)
class RemoteConfig:
    """Remote mode's settings, from the environment (:meth:`from_env`)."""

    sidecar: Tuple[str, int]
    """The sidecar's attach port (MM_BRIDGE_REMOTE), the host without brackets."""
    plugin_id: str
    token: Callable[[], str]
    """Reads the registration token (MM_BRIDGE_REMOTE_TOKEN, or MM_BRIDGE_REMOTE_TOKEN_FILE again)."""
    listen: Tuple[str, int]
    """Where PluginHooks listens (MM_BRIDGE_HOOKS_LISTEN), the host as gRPC takes it (``[::]``)."""
    advertise: Optional[str] = None
    """``hooks:`` of the registration (MM_BRIDGE_HOOKS_ADVERTISE); None: ``:<bound port>``."""

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> RemoteConfig:
        """The settings, or a RuntimeError naming the variable that is missing or malformed."""
        plugin_id = env.get("MM_BRIDGE_PLUGIN_ID", "")
        if not plugin_id or _has_space(plugin_id):
            raise RuntimeError("MM_BRIDGE_PLUGIN_ID must be set to the plugin's id (its manifest id) in remote mode")
        host, port = _host_port("MM_BRIDGE_REMOTE", env["MM_BRIDGE_REMOTE"], "the sidecar's attach port")
        token = _token_source(env)
        token()  # fail now, not at the first registration
        listen = _host_port("MM_BRIDGE_HOOKS_LISTEN", env.get("MM_BRIDGE_HOOKS_LISTEN") or DEFAULT_LISTEN, "e.g. 0.0.0.0:0")
        advertise = env.get("MM_BRIDGE_HOOKS_ADVERTISE") or None
        if advertise is not None and _has_space(advertise):
            raise RuntimeError(f"MM_BRIDGE_HOOKS_ADVERTISE must be HOST:PORT or :PORT, got {advertise!r}")
        return cls((host.strip("[]"), port), plugin_id, token, listen, advertise)


def _has_space(value: str) -> bool:
    return any(c.isspace() for c in value)


def _host_port(name: str, value: str, what: str) -> Tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or int(port) > 65535 or _has_space(value):
        raise RuntimeError(f"{name} must be HOST:PORT ({what}), got {value!r}")
    return host, int(port)


def _token_source(env: Mapping[str, str]) -> Callable[[], str]:
    """The registration token: MM_BRIDGE_REMOTE_TOKEN_FILE (read on each call), else MM_BRIDGE_REMOTE_TOKEN.

    The file wins, as in the Node SDK: a mounted secret is the deliberate choice.
    """
    direct = env.get("MM_BRIDGE_REMOTE_TOKEN", "")
    path = env.get("MM_BRIDGE_REMOTE_TOKEN_FILE", "")
    if not direct and not path:
        raise RuntimeError(
            "remote mode needs the plugin's registration token: set MM_BRIDGE_REMOTE_TOKEN, or "
            "MM_BRIDGE_REMOTE_TOKEN_FILE to a file holding it (the token of this plugin id in the "
            "sidecar's --remote-tokens-file)"
        )

    def read() -> str:
        if path:
            try:
                token, name = Path(path).read_text(encoding="utf-8").strip(), "MM_BRIDGE_REMOTE_TOKEN_FILE"
            except OSError as e:
                raise RuntimeError(f"MM_BRIDGE_REMOTE_TOKEN_FILE: cannot read the token: {e}") from e
        else:
            token, name = direct.strip(), "MM_BRIDGE_REMOTE_TOKEN"
        if not token or _has_space(token):
            raise RuntimeError(f"{name}: the token must be one word, without spaces or line breaks")
        return token

    return read


# ---- the PluginAPI while not attached ----

_DETACHED = (
    f"{NOT_ATTACHED}: the PluginAPI is there while the server runs this plugin "
    "(from OnActivate until the plugin is stopped)"
)


class _DetachedAPIClient(APIClient):
    """``plugin.api`` while no server runs the plugin: every call raises RPCError(UNAVAILABLE)."""

    def __init__(self) -> None:
        super().__init__("localhost:0", "")  # the channel stays idle: no call reaches it

    def _callable(self, kind: str, method: str, response: Type[Message]) -> Any:
        raise RPCError(grpc.StatusCode.UNAVAILABLE, _DETACHED)


class _DetachedAsyncAPIClient(AsyncAPIClient):
    """``plugin.async_api`` while no server runs the plugin: every call raises RPCError(UNAVAILABLE)."""

    def __init__(self) -> None:
        super().__init__("localhost:0", "")  # the aio channel is made on first use: never

    def _callable(self, kind: str, method: str, response: Type[Message]) -> Any:
        raise RPCError(grpc.StatusCode.UNAVAILABLE, _DETACHED)


# ---- attach and detach ----


class _Attachment:
    """What ATTACH and DETACH switch: the plugin's bound API clients and the hooks' token."""

    def __init__(self, plugin: Plugin, server: PluginServer, plugin_id: str) -> None:
        self.plugin = plugin
        self.server = server
        self.plugin_id = plugin_id
        self.attached = False
        self._api: APIClient = _DetachedAPIClient()
        self._async_api: AsyncAPIClient = _DetachedAsyncAPIClient()
        self._bind(self._api, self._async_api)

    def _bind(self, api: APIClient, async_api: AsyncAPIClient) -> None:
        self.plugin.bind(api=api, async_api=async_api, plugin_id=self.plugin_id)

    async def _swap(self, api: APIClient, async_api: AsyncAPIClient) -> None:
        """Binds the new clients (handlers see them at once), then closes the old ones."""
        old, old_async = self._api, self._async_api
        self._api, self._async_api = api, async_api
        self._bind(api, async_api)
        old.close()
        await old_async.close()

    async def attach(self, target: str, token: str) -> None:
        """The server started the plugin: the API at ``target`` with ``token``, hooks take ``token``."""
        await self._swap(APIClient(target, token), AsyncAPIClient(target, token))
        self.server.token = token
        self.attached = True

    async def detach(self) -> None:
        """The server stopped the plugin (or the sidecar is gone): hooks and API calls are refused."""
        self.server.token = None
        self.attached = False
        await self._swap(_DetachedAPIClient(), _DetachedAsyncAPIClient())

    async def close(self) -> None:
        """Closes the clients (at shutdown; the plugin stays bound to them, closed)."""
        self.server.token = None
        self.attached = False
        self._api.close()
        await self._async_api.close()


# ---- the registration connection ----


class Backoff:
    """The waits between registration attempts: ``initial``, doubling, capped at ``cap``."""

    def __init__(self, initial: float = INITIAL_BACKOFF, cap: float = MAX_BACKOFF) -> None:
        self.initial = initial
        self.cap = cap
        self._next = initial

    def next(self) -> float:
        """The wait before the next attempt (and doubles the one after)."""
        delay = self._next
        self._next = min(delay * 2, self.cap)
        return delay

    def reset(self) -> None:
        """A registration succeeded: the next wait is ``initial`` again."""
        self._next = self.initial


def enable_keepalive(sock: Any) -> None:
    """TCP keepalive on the registration socket, probing after 30 s idle where the OS lets us say so."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for name, value in (("TCP_KEEPIDLE", 30), ("TCP_KEEPINTVL", 10), ("TCP_KEEPCNT", 3)):
        option = getattr(socket, name, None)
        if option is not None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, option, value)
            except OSError:
                pass


class _Registration:
    """Keeps the plugin registered with the sidecar: connects, follows its lines, connects again."""

    def __init__(self, config: RemoteConfig, attachment: _Attachment, hooks: str, backoff: Backoff) -> None:
        self.config = config
        self.attachment = attachment
        self.hooks = hooks
        self.backoff = backoff
        host, port = config.sidecar
        self.address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

    async def run_forever(self) -> None:
        """Registers, follows the connection until it ends, waits the backoff, again (until cancelled)."""
        while True:
            try:
                await self._connection()
            except RuntimeError as e:  # the token file became unreadable
                log.error("cannot register with the sidecar at %s: %s", self.address, e)
            except Exception:
                log.exception("the registration connection to %s failed", self.address)
            finally:
                if self.attachment.attached:
                    await self.attachment.detach()
            delay = self.backoff.next()
            log.info("registering with the sidecar again in %.3g s", delay)
            await asyncio.sleep(delay)

    def _request(self) -> bytes:
        lines = (MAGIC, f"plugin-id: {self.config.plugin_id}", f"token: {self.config.token()}", f"hooks: {self.hooks}")
        return "".join(f"{line}\n" for line in lines + ("",)).encode()

    async def _connection(self) -> None:
        """One connection: register, then follow the sidecar's lines until they end."""
        request = self._request()
        host, port = self.config.sidecar
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), CONNECT_TIMEOUT)
        except (OSError, asyncio.TimeoutError) as e:
            log.warning("cannot reach the sidecar at %s: %s", self.address, str(e) or type(e).__name__)
            return
        try:
            sock = writer.get_extra_info("socket")
            if sock is not None:
                enable_keepalive(sock)
            writer.write(request)
            await writer.drain()
            await self._follow(reader, writer)
        except (OSError, ValueError) as e:  # ValueError: a line over the reader's limit
            log.warning("the registration connection to %s failed: %s", self.address, e)
        finally:
            writer.close()
            try:
                await writer.wait_closed()
            except OSError:
                pass

    async def _follow(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            raw = await reader.readline()
            if not raw.endswith(b"\n"):
                log.warning("the sidecar at %s closed the registration connection", self.address)
                return
            line = raw[:-1].decode("utf-8", errors="replace")
            if not await self._on_line(line, writer):
                return

    async def _on_line(self, line: str, writer: asyncio.StreamWriter) -> bool:
        """Acts on one line from the sidecar; False: the connection is over."""
        verb, _, rest = line.partition(" ")
        fields = rest.split(" ")
        if line == "OK registered":
            log.info("registered with the sidecar at %s", self.address)
            self.backoff.reset()
        elif verb == "ERR":
            log.error("the sidecar at %s refused the registration: %s", self.address, rest)
            return False
        elif verb == "BYE":
            log.info("the sidecar at %s ended the registration: %s", self.address, rest)
            return False
        elif verb == "ATTACH" and len(fields) == 2 and all(fields):
            target, token = fields
            await self.attachment.attach(target, token)
            writer.write(b"READY\n")
            await writer.drain()
            log.info("attached to a Mattermost server", extra={"api_target": target})
        elif verb == "DETACH":
            await self.attachment.detach()
            log.info("detached from the Mattermost server: %s", rest)
        else:
            log.error("ignored an unexpected line from the sidecar at %s: %r", self.address, line)
        return True


# ---- serve ----


async def serve_remote(
    plugin: Plugin,
    *,
    env: Mapping[str, str],
    grace: float = 5.0,
    stop: Optional[asyncio.Event] = None,
    backoff: float = INITIAL_BACKOFF,
    max_backoff: float = MAX_BACKOFF,
) -> PluginServer:
    """Serves ``plugin`` in remote mode until SIGTERM/SIGINT, ``stop`` is set or the task is
    cancelled; returns the stopped server. ``backoff``: the first wait before registering again.
    """
    config = RemoteConfig.from_env(env)
    server = PluginServer(plugin, token=None, grace=grace)
    attachment = _Attachment(plugin, server, config.plugin_id)
    stopping = stop or asyncio.Event()
    with stop_on_signals(stopping):
        try:
            port = await server.start(*config.listen)
            hooks = config.advertise or f":{port}"
            log.debug("serving PluginHooks", extra={"port": port, "hooks": plugin.implemented()})
            registration = _Registration(config, attachment, hooks, Backoff(backoff, max_backoff))
            await _until(stopping, registration.run_forever())
            log.debug("stopping")
        finally:
            await server.stop()
            await attachment.close()
    return server


async def _until(stopping: asyncio.Event, work: Coroutine[Any, Any, None]) -> None:
    """Runs ``work`` until ``stopping`` is set, then cancels it (its finally blocks close the connection)."""
    task = asyncio.ensure_future(work)
    waiter = asyncio.ensure_future(stopping.wait())
    try:
        await asyncio.wait((task, waiter), return_when=asyncio.FIRST_COMPLETED)
    finally:
        for t in (task, waiter):
            t.cancel()
        await asyncio.gather(task, waiter, return_exceptions=True)
    if not task.cancelled():
        task.result()  # it ended by itself: a bug, raised
