"""mattermost_plugin_bridge.testing against examples/hello-python: mm-bridge emulate with the real
bridge and the real plugin process (needs Node and the checkout's npm packages)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest

from mattermost_plugin_bridge.testing import EmulatorError, PluginEmulator, bridge_command

REPO = Path(__file__).resolve().parents[3]
HELLO = REPO / "examples" / "hello-python"

needs_node = pytest.mark.skipif(
    shutil.which("node") is None or not (REPO / "node_modules").is_dir(),
    reason="needs node and the checkout's npm packages (npm ci)",
)


@pytest.fixture(scope="module")
def emu() -> Iterator[PluginEmulator]:
    state = {"users": [{"id": "u1", "username": "alice"}], "channels": [{"id": "c1", "name": "town-square"}]}
    with PluginEmulator(HELLO, state=state) as e:
        yield e


@needs_node
def test_message_will_be_posted(emu: PluginEmulator) -> None:
    def post(message: str) -> dict[str, object]:
        return {"post": {"message": message, "channel_id": "c1", "user_id": "u1"}}

    rejected = emu.fire("MessageWillBePosted", post("darn"))
    assert rejected.ok
    assert rejected.response == {"rejection_reason": 'Posts that contain only the word "darn" are not allowed.'}
    assert rejected.api_calls == []
    rewritten = emu.fire("MessageWillBePosted", post("oh darn"))
    assert rewritten.response == {"post": {"message": "oh ****", "channel_id": "c1", "user_id": "u1"}}
    assert emu.fire("MessageWillBePosted", post("fine")).response == {}


@needs_node
def test_api_calls_made_in_a_hook(emu: PluginEmulator) -> None:
    mention = {"id": "p1", "message": "hi @hello-bot", "channel_id": "c1", "user_id": "u1"}
    r = emu.fire("MessageHasBeenPosted", {"post": mention})
    assert r.ok, r.error
    assert [c["method"] for c in r.api_calls] == ["CreatePost"]
    reply = r.api_calls[0]["request"]["post"]
    bot = reply.pop("user_id")
    assert reply == {"channel_id": "c1", "root_id": "p1", "message": "Hi! I'm @hello-bot. Type /hello for a greeting."}
    assert [u for u in emu.state()["users"] if u["id"] == bot][0]["username"] == "hello-bot"
    posts = emu.state()["posts"]
    assert [p["message"] for p in posts] == ["hi @hello-bot", reply["message"]]
    assert posts[0]["reply_count"] == "1"


@needs_node
def test_execute_command_and_app_errors(emu: PluginEmulator) -> None:
    r = emu.fire("ExecuteCommand", {"args": {"user_id": "u1", "command": "/hello"}})
    assert r.response["command_response"]["text"] == "Hello, @alice! (1 calls so far)"
    emu.seed({"users": [{"id": "u2", "username": "bob"}]})
    bob = emu.fire("ExecuteCommand", {"args": {"user_id": "u2"}})
    assert bob.response["command_response"]["text"] == "Hello, @bob! (2 calls so far)"
    failed = emu.fire("ExecuteCommand", {"args": {"user_id": "nobody"}})
    assert not failed.ok
    assert failed.error is not None
    assert failed.error["id"] == "app.user.missing_account.const"
    assert failed.error["status_code"] == "404"


@needs_node
def test_recorded_calls_and_reset(emu: PluginEmulator) -> None:
    methods = [c["method"] for c in emu.api_calls()]
    assert methods[:5] == ["LoadPluginConfiguration", "GetServerVersion", "LogInfo", "RegisterCommand", "EnsureBotUser"]
    emu.reset_calls()
    assert emu.api_calls() == []


@needs_node
def test_refusals(emu: PluginEmulator) -> None:
    with pytest.raises(EmulatorError, match='did you mean "MessageWillBePosted"') as info:
        emu.fire("MessageWillBePostd", {})
    assert info.value.status == 404
    with pytest.raises(EmulatorError, match="does not implement UserHasBeenCreated"):
        emu.fire("UserHasBeenCreated", {"user": {"id": "u3"}})
    with pytest.raises(EmulatorError, match="post.message: expected a string"):
        emu.fire("MessageWillBePosted", {"post": {"message": 1}})


def test_bridge_command_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MM_BRIDGE_COMMAND", "node '/opt/mm bridge/main.js'")
    assert bridge_command() == (["node", "/opt/mm bridge/main.js"], None)
