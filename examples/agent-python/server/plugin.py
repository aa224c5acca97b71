"""agent-python: an AI agent plugin for Mattermost, in Python on mattermost-plugin-bridge.

- OnActivate / OnConfigurationChange: one bot per model profile (EnsureBotUser), /agent registered.
- MessageHasBeenPosted: a direct message to a bot, or a mention of it in a channel, is answered in
  the thread by that bot: the thread is the conversation, the model is any OpenAI-compatible
  chat-completions endpoint, MCP servers give it tools.
- ExecuteCommand: /agent help | list | reset.

The agent itself is in agent/ (no SDK types there); this file adapts the SDK's PluginAPI to it.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any, Dict, Mapping, Optional, Sequence

if sys.version_info < (3, 10):  # the mcp package needs 3.10
    sys.stderr.write(f"agent-python needs Python >= 3.10, this is {sys.version.split()[0]}\n")
    sys.exit(1)

from google.protobuf import json_format  # noqa: E402

from agent import Agent, Channel, Post  # noqa: E402
from mattermost_plugin_bridge import Plugin, hook, pb  # noqa: E402


def to_post(p: pb.Post) -> Post:
    props: Dict[str, Any] = json_format.MessageToDict(p.props) if p.HasField("props") else {}
    return Post(
        id=p.id,
        user_id=p.user_id,
        channel_id=p.channel_id,
        message=p.message,
        root_id=p.root_id,
        create_at=p.create_at,
        delete_at=p.delete_at,
        type=p.type,
        props=props,
    )


logging.getLogger("httpx").setLevel(logging.WARNING)  # not a line per model request in the server log


class SDKMattermost:
    """agent.port.Mattermost over the SDK's async PluginAPI client."""

    def __init__(self, plugin: Plugin) -> None:
        self._plugin = plugin

    async def load_config(self) -> Dict[str, Any]:
        resp = await self._plugin.async_api.load_plugin_configuration()
        data = json.loads(resp.config or b"null")
        return data if isinstance(data, dict) else {}

    async def ensure_bot(self, *, username: str, display_name: str, description: str) -> str:
        bot = pb.Bot(username=username, display_name=display_name, description=description)
        return (await self._plugin.async_api.ensure_bot_user(bot=bot)).bot_user_id

    async def register_command(self, *, trigger: str, display_name: str, description: str, hint: str) -> None:
        await self._plugin.async_api.register_command(
            command=pb.Command(
                trigger=trigger,
                display_name=display_name,
                description=description,
                auto_complete=True,
                auto_complete_desc=description,
                auto_complete_hint=hint,
            )
        )

    async def get_channel(self, channel_id: str) -> Channel:
        ch = (await self._plugin.async_api.get_channel(channel_id=channel_id)).channel
        return Channel(id=ch.id, type=ch.type, name=ch.name)

    async def get_thread(self, post_id: str) -> Sequence[Post]:
        posts = (await self._plugin.async_api.get_post_thread(post_id=post_id)).post_list.posts
        return [to_post(p) for p in posts.values()]

    async def get_username(self, user_id: str) -> str:
        return (await self._plugin.async_api.get_user(user_id=user_id)).user.username

    async def create_post(
        self, *, channel_id: str, user_id: str, root_id: str, message: str, props: Optional[Mapping[str, Any]] = None
    ) -> str:
        post = pb.Post(channel_id=channel_id, user_id=user_id, root_id=root_id, message=message)
        if props:
            post.props.update(dict(props))
        return (await self._plugin.async_api.create_post(post=post)).post.id

    async def typing(self, *, user_id: str, channel_id: str, parent_id: str) -> None:
        await self._plugin.async_api.publish_user_typing(user_id=user_id, channel_id=channel_id, parent_id=parent_id)

    async def kv_get(self, key: str) -> Optional[bytes]:
        return (await self._plugin.async_api.kv_get(key=key)).value or None

    async def kv_set(self, key: str, value: bytes) -> None:
        await self._plugin.async_api.kv_set(key=key, value=value)


class AgentPlugin(Plugin):
    def __init__(self) -> None:
        self.agent = Agent(SDKMattermost(self))

    @hook("OnActivate")
    async def on_activate(self, req: pb.OnActivateRequest) -> None:
        await self.agent.activate()

    @hook("OnConfigurationChange")
    async def on_configuration_change(self, req: pb.OnConfigurationChangeRequest) -> None:
        # The server calls this once before OnActivate too; the PluginAPI is usable from OnActivate on.
        if self.agent.active:
            await self.agent.reload()

    @hook("OnDeactivate")
    async def on_deactivate(self, req: pb.OnDeactivateRequest) -> None:
        await self.agent.close()

    @hook("MessageHasBeenPosted")
    async def message_has_been_posted(self, req: pb.MessageHasBeenPostedRequest) -> None:
        self.agent.on_post(to_post(req.post))  # answers in the background: the hook returns at once

    @hook("ExecuteCommand")
    async def execute_command(self, req: pb.ExecuteCommandRequest) -> pb.ExecuteCommandResponse:
        a = req.args
        text = await self.agent.command(command=a.command, root_id=a.root_id or a.parent_id, channel_id=a.channel_id)
        return pb.ExecuteCommandResponse(command_response=pb.CommandResponse(response_type="ephemeral", text=text))


if __name__ == "__main__":
    AgentPlugin.run()
