"""Test a plugin without a Mattermost server.

:class:`PluginEmulator` runs ``mm-bridge emulate --http 127.0.0.1:0 DIR`` as a subprocess: the real
bridge and your real plugin process, against an in-memory fake Mattermost server (users, teams,
channels, posts, KV store, bots, config, …). Tests fire hooks at it and look at what the plugin
answered and which API calls it made::

    from mattermost_plugin_bridge.testing import PluginEmulator

    def test_spam_is_rejected() -> None:
        state = {"users": [{"id": "u1", "username": "alice"}]}
        with PluginEmulator("path/to/plugin", state=state) as emu:
            r = emu.fire("MessageWillBePosted", {"post": {"message": "buy spam", "channel_id": "c1"}})
            assert r.response == {"rejection_reason": "No spam, please."}
            assert r.api_calls == []

Requests and responses are the hook's gRPC messages as JSON dicts with the proto field names
(``json_format.MessageToDict(msg, preserving_proto_field_name=True)`` gives one): int64 values come
back as strings, bytes as base64. ``api_calls`` are ``{"method", "request", "response" | "error"}``.

Where the ``mm-bridge`` command comes from, first found:

1. ``command=`` (a list), or the environment variable ``MM_BRIDGE_COMMAND`` (a command line, split
   like a shell does), e.g. ``mm-bridge`` or ``node /opt/mattermost-plugin-bridge/dist/src/cli/main.js``;
2. the mattermost-plugin-bridge checkout this SDK sits in (``<repo>/sdk/python``):
   ``node --import tsx <repo>/src/cli/main.ts`` when its ``node_modules`` are installed (``npm ci``;
   always the checkout's current code), else ``node <repo>/dist/src/cli/main.js`` (after ``npm run build``);
3. ``mm-bridge`` on ``PATH``.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shlex
import shutil
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Dict, List, Optional, Sequence, Tuple, Type, Union, cast

__all__ = ["EmulatorError", "HookResult", "PluginEmulator", "bridge_command"]

JSONDict = Dict[str, Any]

#: The checkout around this file: <repo>/sdk/python/src/mattermost_plugin_bridge/testing.py
_REPO = Path(__file__).resolve().parents[4]
_LISTENING = re.compile(r"^listening on (http://\S+)$")


class EmulatorError(Exception):
    """The emulator refused a request (unknown hook, bad request JSON, …) or could not start."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class HookResult:
    """What one hook did: its response message, its error (an AppError dict) and the API calls."""

    response: JSONDict
    api_calls: List[JSONDict] = field(default_factory=list)
    error: Optional[JSONDict] = None

    @property
    def ok(self) -> bool:
        return self.error is None


def bridge_command() -> Tuple[List[str], Optional[str]]:
    """The ``mm-bridge`` command line and the directory to run it in (see the module docstring)."""
    from_env = os.environ.get("MM_BRIDGE_COMMAND", "").strip()
    if from_env:
        return shlex.split(from_env), None
    node = shutil.which("node")
    if node and (_REPO / "package.json").is_file():
        main_ts = _REPO / "src" / "cli" / "main.ts"
        if main_ts.is_file() and (_REPO / "node_modules" / "tsx").is_dir():
            return [node, "--import", "tsx", str(main_ts)], str(_REPO)  # tsx resolves from the cwd
        main_js = _REPO / "dist" / "src" / "cli" / "main.js"
        if main_js.is_file():
            return [node, str(main_js)], None
    found = shutil.which("mm-bridge")
    if found:
        return [found], None
    raise EmulatorError(
        "cannot find mm-bridge: set MM_BRIDGE_COMMAND (e.g. 'node /path/to/mattermost-plugin-bridge/dist/src/cli/main.js') "
        "or put mm-bridge on PATH"
    )


class PluginEmulator:
    """``mm-bridge emulate --http`` on a plugin directory, as a context manager (or start()/close())."""

    def __init__(
        self,
        plugin_dir: Union[str, "os.PathLike[str]"],
        *,
        state: Optional[JSONDict] = None,
        command: Optional[Sequence[str]] = None,
        env: Optional[Dict[str, str]] = None,
        start_timeout: float = 120.0,
        request_timeout: float = 120.0,
        stderr: Optional[IO[Any]] = None,
    ) -> None:
        self.plugin_dir = Path(plugin_dir).resolve()
        self._state = state
        self._command = list(command) if command is not None else None
        self._env = env
        self._start_timeout = start_timeout
        self._request_timeout = request_timeout
        self._stderr = stderr
        self._proc: Optional[subprocess.Popen[str]] = None
        self._tmp: Optional[tempfile.TemporaryDirectory[str]] = None
        self._url: Optional[str] = None

    # ---- lifecycle ----

    def start(self) -> "PluginEmulator":
        if self._proc is not None:
            return self
        if self._command is not None:
            argv, cwd = self._command, None
        else:
            argv, cwd = bridge_command()
        args = [*argv, "emulate", "--http", "127.0.0.1:0", "--stop-on-stdin-eof"]
        if self._state is not None:
            self._tmp = tempfile.TemporaryDirectory(prefix="mm-bridge-emulate-")
            state_file = Path(self._tmp.name) / "state.json"
            state_file.write_text(json.dumps(self._state), encoding="utf-8")
            args += ["--state", str(state_file)]
        args.append(str(self.plugin_dir))
        env = dict(os.environ, **(self._env or {}))
        self._proc = subprocess.Popen(
            args,
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        try:
            self._url = self._wait_for_address(self._proc)
        except BaseException:
            self._proc.kill()
            self._proc.wait()
            self._proc = None
            self._cleanup()
            raise
        return self

    def close(self, timeout: float = 15.0) -> None:
        """OnDeactivate, then the bridge and the plugin exit."""
        proc, self._proc = self._proc, None
        if proc is not None:
            try:
                if proc.stdin is not None:
                    proc.stdin.close()  # --stop-on-stdin-eof
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self._cleanup()

    def __enter__(self) -> "PluginEmulator":
        return self.start()

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    @property
    def url(self) -> str:
        if self._url is None:
            raise EmulatorError("the emulator is not started")
        return self._url

    # ---- what tests use ----

    def fire(self, hook: str, request: Optional[JSONDict] = None) -> HookResult:
        """Fires ``hook`` with its request message (a dict in proto shape); returns when the plugin answered."""
        data = cast(JSONDict, self._request("POST", "/hooks/" + urllib.parse.quote(hook), request or {}))
        return HookResult(
            response=cast(JSONDict, data.get("response") or {}),
            api_calls=cast(List[JSONDict], data.get("api_calls") or []),
            error=cast(Optional[JSONDict], data.get("error")),
        )

    def api_calls(self) -> List[JSONDict]:
        """Every API call the plugin made since the start (or the last reset_calls)."""
        return cast(List[JSONDict], self._request("GET", "/api-calls"))

    def reset_calls(self) -> None:
        self._request("POST", "/reset-calls")

    def state(self) -> JSONDict:
        """The fake server's state: users, channels, posts, kv (base64 values), plugin_config, logs, …"""
        return cast(JSONDict, self._request("GET", "/state"))

    def seed(self, state: JSONDict) -> None:
        """Adds to the fake server's state (the ``mm-bridge emulate --state`` format)."""
        self._request("POST", "/state", state)

    # ---- internals ----

    def _request(self, method: str, route: str, body: Optional[Any] = None) -> Any:
        data = None if body is None else json.dumps(body).encode("utf-8")
        req = urllib.request.Request(self.url + route, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=self._request_timeout) as res:
                return json.loads(res.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", "replace")
            try:
                message = str(json.loads(text).get("error", text))
            except ValueError:
                message = text
            raise EmulatorError(message, e.code) from None

    def _wait_for_address(self, proc: "subprocess.Popen[str]") -> str:
        lines: "queue.Queue[Optional[str]]" = queue.Queue()
        stdout = proc.stdout
        assert stdout is not None

        def read() -> None:
            for line in stdout:
                lines.put(line.rstrip("\n"))
            lines.put(None)

        threading.Thread(target=read, name="mm-bridge-emulate-stdout", daemon=True).start()
        try:
            while True:
                line = lines.get(timeout=self._start_timeout)
                if line is None:
                    raise EmulatorError(f"mm-bridge emulate exited with status {proc.wait()} before it listened")
                m = _LISTENING.match(line)
                if m:
                    return m.group(1)
        except queue.Empty:
            raise EmulatorError(f"mm-bridge emulate printed no address within {self._start_timeout} s") from None

    def _cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
