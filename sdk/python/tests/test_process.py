"""The plugin as a process, as mm-bridge runs it: handshake, hooks, logs on stderr, shutdown."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import grpc
import pytest

from mattermost_plugin_bridge import pb

from .conftest import TOKEN, FakeAPI

PLUGIN = Path(__file__).parent / "plugins" / "greeter.py"
SRC = Path(__file__).parent.parent / "src"


class Proc:
    def __init__(self, target: str, env: Dict[str, str] | None = None) -> None:
        e = dict(os.environ, PYTHONPATH=str(SRC), MM_BRIDGE_API_TARGET=target, MM_BRIDGE_TOKEN=TOKEN, MM_BRIDGE_PLUGIN_ID="com.example.greeter")
        e.update(env or {})
        self.p = subprocess.Popen(
            [sys.executable, str(PLUGIN)], env=e, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.stderr: List[str] = []
        stream = self.p.stderr
        assert stream is not None
        self.reader = threading.Thread(target=lambda: self.stderr.extend(stream), daemon=True)
        self.reader.start()

    def handshake(self) -> str:
        assert self.p.stdout is not None
        return self.p.stdout.readline().strip()

    def logs(self) -> List[Dict[str, Any]]:
        if self.p.poll() is not None:
            self.reader.join(5)  # the process is gone: read its stderr to the end
        return [json.loads(line) for line in list(self.stderr) if line.startswith("{")]

    def wait_for_log(self, message: str, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while not any(o["@message"] == message for o in self.logs()):
            assert time.monotonic() < deadline, f"no log line {message!r}: {self.stderr}"
            time.sleep(0.02)


@pytest.fixture
def proc(fake_api: Tuple[FakeAPI, str]) -> Iterator[Proc]:
    p = Proc(fake_api[1])
    yield p
    if p.p.poll() is None:
        p.p.kill()
    p.p.wait()


def call(port: int, name: str, request: Any, response: Any, timeout: float = 10) -> Any:
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        fn: Any = channel.unary_unary(
            f"/mattermost.bridge.v1.PluginHooks/{name}",
            request_serializer=lambda m: m.SerializeToString(),
            response_deserializer=response.FromString,
        )
        return fn(request, metadata=(("authorization", f"Bearer {TOKEN}"),), timeout=timeout)


def test_handshake_hooks_logs_and_exit_when_stdin_closes(proc: Proc) -> None:
    line = proc.handshake()
    m = re.fullmatch(r"1\|1\|tcp\|127\.0\.0\.1:(\d+)\|grpc", line)
    assert m, line
    port = int(m.group(1))
    res = call(port, "ExecuteCommand", pb.ExecuteCommandRequest(args=pb.CommandArgs(user_id="u1")), pb.ExecuteCommandResponse)
    assert res.command_response.text == "Hello, @alice!"
    assert proc.p.stdin is not None
    proc.p.stdin.close()  # the bridge died
    assert proc.p.wait(timeout=10) == 0
    greeted = next(o for o in proc.logs() if o["@message"] == "greeted")
    assert greeted["@level"] == "info"
    assert greeted["user_id"] == "u1"
    assert greeted["@module"] == "com.example.greeter"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", greeted["@timestamp"])


def test_sigterm_stops_gracefully_after_running_hooks_finish(proc: Proc) -> None:
    port = int(proc.handshake().split("|")[3].rsplit(":", 1)[1])
    result: List[Any] = []
    t = threading.Thread(
        target=lambda: result.append(
            call(port, "MessageHasBeenPosted", pb.MessageHasBeenPostedRequest(post=pb.Post(message="0.5")), pb.MessageHasBeenPostedResponse)
        )
    )
    t.start()
    proc.wait_for_log("slow hook started")
    proc.p.send_signal(signal.SIGTERM)
    t.join(10)
    assert result == [pb.MessageHasBeenPostedResponse()]  # finished within the grace period
    assert proc.p.wait(timeout=10) == 0
    assert any(o["@message"] == "slow hook done" and o["@level"] == "warn" for o in proc.logs())


def test_without_the_bridge_environment_it_says_so() -> None:
    p = Proc("", {"MM_BRIDGE_TOKEN": ""})
    assert p.p.wait(timeout=10) == 1
    [log] = p.logs()
    assert log["@level"] == "error"
    assert "MM_BRIDGE_API_TARGET and MM_BRIDGE_TOKEN are not set" in log["@message"]
