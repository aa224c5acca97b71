"""Shared fixtures: the agent package on sys.path, a fake OpenAI endpoint, an in-memory Mattermost."""

from __future__ import annotations

import itertools
import os
import sys
from dataclasses import replace
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "server"))
sys.path.insert(0, HERE)

from agent.port import Channel, Post  # noqa: E402
from fake_openai import FakeOpenAI  # noqa: E402

FAKE_MCP_SERVER = os.path.join(HERE, "fake_mcp_server.py")


@pytest.fixture
def llm() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


class FakeMattermost:
    """agent.port.Mattermost in memory, recording what the agent does."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.config: Dict[str, Any] = dict(config)
        self.bot_ids: Dict[str, str] = {}
        self.ensured: List[Tuple[str, str, str]] = []
        self.commands: List[Dict[str, str]] = []
        self.channels: Dict[str, Channel] = {}
        self.posts: Dict[str, Post] = {}
        self.users: Dict[str, str] = {}
        self.kv: Dict[str, bytes] = {}
        self.created: List[Post] = []
        self.typing_calls: List[Tuple[str, str, str]] = []
        self.fail_ensure: Optional[str] = None
        self._ids = itertools.count(1)
        self._clock = itertools.count(1_700_000_000_000, 1000)

    # --- test side ---
    def add_user(self, user_id: str, username: str) -> str:
        self.users[user_id] = username
        return user_id

    def dm(self, user_id: str, bot_username: str) -> Channel:
        bot = self.bot_ids[bot_username]
        a, b = sorted((user_id, bot))
        ch = Channel(id=f"dm-{a}-{b}", type="D", name=f"{a}__{b}")
        self.channels[ch.id] = ch
        return ch

    def channel(self, channel_id: str, type: str = "O") -> Channel:
        ch = Channel(id=channel_id, type=type, name=channel_id)
        self.channels[ch.id] = ch
        return ch

    def post(self, user_id: str, channel: Channel, message: str, root: Optional[Post] = None, **kw: Any) -> Post:
        p = Post(
            id=f"post{next(self._ids)}",
            user_id=user_id,
            channel_id=channel.id,
            message=message,
            root_id=root.id if root else "",
            create_at=next(self._clock),
            **kw,
        )
        self.posts[p.id] = p
        return p

    def replies(self, root: Post) -> List[Post]:
        return [p for p in self.created if p.root_id == root.id]

    # --- the port ---
    async def load_config(self) -> Dict[str, Any]:
        return dict(self.config)

    async def ensure_bot(self, *, username: str, display_name: str, description: str) -> str:
        self.ensured.append((username, display_name, description))
        if self.fail_ensure == username:
            raise RuntimeError("the server refused the bot")
        return self.bot_ids.setdefault(username, f"bot-{username}")

    async def register_command(self, *, trigger: str, display_name: str, description: str, hint: str) -> None:
        self.commands.append({"trigger": trigger, "hint": hint})

    async def get_channel(self, channel_id: str) -> Channel:
        return self.channels[channel_id]

    async def get_thread(self, post_id: str) -> Sequence[Post]:
        root = self.posts[post_id].thread_id
        return [p for p in self.posts.values() if p.id == root or p.root_id == root]

    async def get_username(self, user_id: str) -> str:
        return self.users[user_id]

    async def create_post(
        self, *, channel_id: str, user_id: str, root_id: str, message: str, props: Optional[Mapping[str, Any]] = None
    ) -> str:
        p = Post(
            id=f"post{next(self._ids)}",
            user_id=user_id,
            channel_id=channel_id,
            root_id=root_id,
            message=message,
            create_at=next(self._clock),
            props=dict(props or {}),
        )
        self.posts[p.id] = p
        self.created.append(p)
        return p.id

    async def typing(self, *, user_id: str, channel_id: str, parent_id: str) -> None:
        self.typing_calls.append((user_id, channel_id, parent_id))

    async def kv_get(self, key: str) -> Optional[bytes]:
        return self.kv.get(key)

    async def kv_set(self, key: str, value: bytes) -> None:
        self.kv[key] = value


def edited(p: Post, **changes: Any) -> Post:
    return replace(p, **changes)
