"""What the agent needs from Mattermost, as a small async interface.

``plugin.py`` implements it over the SDK's PluginAPI client (``SDKMattermost``); the unit tests
implement it in memory. Keeping the agent behind this interface keeps it testable without a
server and keeps the SDK's message types at the edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Protocol, Sequence

__all__ = ["Channel", "Mattermost", "Post"]


@dataclass(frozen=True)
class Post:
    id: str
    user_id: str
    channel_id: str
    message: str
    root_id: str = ""
    create_at: int = 0
    delete_at: int = 0
    type: str = ""
    props: Mapping[str, Any] = field(default_factory=dict)

    @property
    def thread_id(self) -> str:
        """The id of the thread's root post (the post itself when it is a root)."""
        return self.root_id or self.id


@dataclass(frozen=True)
class Channel:
    id: str
    type: str
    """"O" open, "P" private, "D" direct, "G" group message."""
    name: str = ""

    def dm_members(self) -> Sequence[str]:
        """The two user ids of a direct channel (its name is "<id>__<id>")."""
        return tuple(self.name.split("__")) if self.type == "D" else ()


class Mattermost(Protocol):
    async def load_config(self) -> Dict[str, Any]: ...

    async def ensure_bot(self, *, username: str, display_name: str, description: str) -> str:
        """Creates or updates the bot; returns its user id."""
        ...

    async def register_command(
        self, *, trigger: str, display_name: str, description: str, hint: str
    ) -> None: ...

    async def get_channel(self, channel_id: str) -> Channel: ...

    async def get_thread(self, post_id: str) -> Sequence[Post]: ...

    async def get_username(self, user_id: str) -> str: ...

    async def create_post(
        self, *, channel_id: str, user_id: str, root_id: str, message: str, props: Optional[Mapping[str, Any]] = None
    ) -> str:
        """Creates the post; returns its id."""
        ...

    async def typing(self, *, user_id: str, channel_id: str, parent_id: str) -> None: ...

    async def kv_get(self, key: str) -> Optional[bytes]: ...

    async def kv_set(self, key: str, value: bytes) -> None: ...
