"""The agent: bots per profile, answers in threads, the tool loop, the /agent command."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Set, TextIO

import httpx

from .config import AgentConfig, Profile, parse_config
from .conversation import ERROR_PROP, build_messages, mentions, split_message
from .llm import ChatClient, LLMError
from .mcp_hub import MCPHub, describe_error
from .port import Channel, Mattermost, Post

__all__ = ["Agent", "AgentTimeout", "Answer", "COMMAND_TRIGGER"]

log = logging.getLogger("agent")

COMMAND_TRIGGER = "agent"
RESET_KEY = "reset:"
TOOL_CALL_TIMEOUT = 60.0
HELP = """\
**/agent** — the AI agent plugin
- `/agent list` — the model profiles (one bot each) and the MCP tool servers
- `/agent reset` — in a thread (the thread's reply box): forget the messages so far
- `/agent help` — this text

Talk to an agent in a direct message with its bot, or mention the bot (`@name`) in a channel;
it answers in the thread and reads the whole thread as the conversation."""


class AgentTimeout(Exception):
    pass


@dataclass
class Answer:
    text: str
    tools_used: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    steps: int = 0


class Agent:
    def __init__(
        self,
        mm: Mattermost,
        *,
        http: Optional[httpx.AsyncClient] = None,
        environ: Optional[Mapping[str, str]] = None,
        mcp_errlog: Optional[TextIO] = None,
        retry_backoff: float = 0.5,
        typing_interval: float = 4.0,
        max_concurrent: int = 8,
        warm_up: bool = True,
    ) -> None:
        self.mm = mm
        self.warm_up = warm_up
        self.environ = os.environ if environ is None else environ
        self.config = AgentConfig()
        self.bots: Dict[str, Profile] = {}
        """bot user id → profile"""
        self.bot_problems: List[str] = []
        self.hub = MCPHub(())
        self.active = False
        self.retry_backoff = retry_backoff
        self.typing_interval = typing_interval
        self._http = http
        self._own_http = http is None
        self._mcp_errlog = mcp_errlog
        self._tasks: Set["asyncio.Task[None]"] = set()
        self._channels: Dict[str, Channel] = {}
        self._sem = asyncio.Semaphore(max_concurrent)
        self._reload_lock = asyncio.Lock()

    # ---- lifecycle ----

    async def activate(self) -> None:
        """OnActivate: settings, one bot per profile, the /agent command."""
        await self.reload()
        await self.mm.register_command(
            trigger=COMMAND_TRIGGER,
            display_name="AI agent",
            description="Talk to the AI agents: list profiles, reset a thread's memory",
            hint="[help|list|reset]",
        )
        self.active = True
        names = ", ".join(f"@{p.bot_username}" for p in self.bots.values()) or "none"
        log.info("agent activated", extra={"bots": names, "mcp_servers": len(self.config.mcp_servers)})

    async def reload(self) -> None:
        """(Re)reads the settings and ensures the bots (OnActivate, OnConfigurationChange)."""
        async with self._reload_lock:
            cfg = parse_config(await self.mm.load_config(), self.environ)
            for problem in cfg.problems:
                log.warning("configuration: %s", problem)
            bots: Dict[str, Profile] = {}
            problems: List[str] = []
            for p in cfg.profiles:
                try:
                    user_id = await self.mm.ensure_bot(
                        username=p.bot_username,
                        display_name=p.display_name,
                        description=f"AI agent ({p.model})",
                    )
                except Exception as e:
                    problems.append(f"Profile{p.number}: the bot @{p.bot_username} could not be created: {e}")
                    log.error("ensuring bot @%s failed: %s", p.bot_username, e)
                    continue
                bots[user_id] = p
            if cfg.mcp_servers != self.config.mcp_servers:
                old, self.hub = self.hub, MCPHub(cfg.mcp_servers, errlog=self._mcp_errlog)
                self._spawn(old.close())
                if self.hub and self.warm_up:
                    self._spawn(self._warm_up(self.hub))
            self.config, self.bots, self.bot_problems = cfg, bots, problems

    async def _warm_up(self, hub: MCPHub) -> None:
        """Starts the MCP servers in the background, so the first answer does not wait for them."""
        try:
            tools, problems = await hub.list_tools()
        except Exception as e:
            problems, tools = [describe_error(e)], []
        for problem in problems:
            log.warning("%s", problem)
        log.info("MCP tools ready", extra={"tools": len(tools)})

    async def close(self, timeout: float = 5.0) -> None:
        """OnDeactivate: let running answers finish briefly, then stop MCP servers and the HTTP client."""
        self.active = False
        tasks = list(self._tasks)
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=timeout)
            for t in pending:
                t.cancel()
        await self.hub.close()
        if self._own_http and self._http is not None:
            await self._http.aclose()
            self._http = None

    async def drain(self) -> None:
        """Waits for every answer in progress (tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def http(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient()
        return self._http

    # ---- MessageHasBeenPosted ----

    def on_post(self, post: Post) -> None:
        """MessageHasBeenPosted: answers in the background (the hook returns at once)."""
        if self.active and self.bots:
            self._spawn(self.handle_post(post))

    async def handle_post(self, post: Post) -> None:
        try:
            targets = await self.addressed_bots(post)
        except Exception as e:
            log.error("cannot tell whether post %s is for an agent: %s", post.id, describe_error(e))
            return
        await asyncio.gather(*(self.answer(post, bot_id) for bot_id in targets))

    async def addressed_bots(self, post: Post) -> List[str]:
        """The bots that should answer post: the bot of a direct channel, or the bots it mentions."""
        if post.user_id in self.bots or post.type or post.delete_at:
            return []
        if str(post.props.get("from_bot", "")).lower() == "true" or post.props.get("from_plugin"):
            return []  # no conversations between bots
        channel = await self._channel(post.channel_id)
        if channel.type == "D":
            return [uid for uid in channel.dm_members() if uid in self.bots]
        return [uid for uid, p in self.bots.items() if mentions(post.message, p.bot_username)]

    async def _channel(self, channel_id: str) -> Channel:
        ch = self._channels.get(channel_id)
        if ch is None:
            ch = await self.mm.get_channel(channel_id)
            if len(self._channels) > 10_000:
                self._channels.clear()
            self._channels[channel_id] = ch
        return ch

    async def answer(self, post: Post, bot_id: str) -> None:
        """Answers post as bot_id in its thread; any failure becomes a notice in the thread."""
        profile = self.bots.get(bot_id)
        if profile is None:
            return
        root = post.thread_id
        async with self._sem:
            typing = asyncio.ensure_future(self._typing(bot_id, post.channel_id, root))
            try:
                ans = await self.run(post, bot_id, profile)
                message = ans.text
                if ans.notes:
                    message += "\n\n" + "\n".join(f"_Note: {n}_" for n in ans.notes)
                props: Dict[str, Any] = {"agent_profile": profile.display_name}
                if ans.tools_used:
                    props["agent_tools"] = ", ".join(ans.tools_used)
                for chunk in split_message(message):
                    await self.mm.create_post(
                        channel_id=post.channel_id, user_id=bot_id, root_id=root, message=chunk, props=props
                    )
            except asyncio.CancelledError:
                raise
            except Exception as e:
                await self._report(post, bot_id, e)
            finally:
                typing.cancel()

    async def _typing(self, bot_id: str, channel_id: str, root: str) -> None:
        while True:
            try:
                await self.mm.typing(user_id=bot_id, channel_id=channel_id, parent_id=root)
            except asyncio.CancelledError:
                raise
            except Exception as e:
                log.warning("typing indicator failed: %s", e)
            await asyncio.sleep(self.typing_interval)

    async def _report(self, post: Post, bot_id: str, e: BaseException) -> None:
        if isinstance(e, LLMError):
            reason = f"the model request failed: {e}"
        elif isinstance(e, AgentTimeout):
            reason = str(e)
        else:
            reason = f"{type(e).__name__}: {describe_error(e)}"
            log.error("answering post %s failed", post.id, exc_info=e)
        message = f":warning: I could not answer: {reason}"
        try:
            await self.mm.create_post(
                channel_id=post.channel_id,
                user_id=bot_id,
                root_id=post.thread_id,
                message=split_message(message)[0],
                props={ERROR_PROP: True},
            )
        except Exception as e2:
            log.error("could not report a failure in the thread of post %s: %s (failure: %s)", post.id, e2, reason)

    # ---- the agent loop ----

    async def run(self, post: Post, bot_id: str, profile: Profile) -> Answer:
        """The conversation of post's thread → the model (with MCP tools) → the answer."""
        cfg = self.config
        try:
            return await asyncio.wait_for(self._run(post, bot_id, profile, cfg), cfg.max_seconds + 1)
        except asyncio.TimeoutError:
            raise AgentTimeout(f"the answer took longer than the limit of {cfg.max_seconds:g} s") from None

    async def _run(self, post: Post, bot_id: str, profile: Profile, cfg: AgentConfig) -> Answer:
        deadline = time.monotonic() + cfg.max_seconds
        messages = await self.conversation(post, bot_id, profile)
        answer = Answer(text="")
        tools: Optional[List[Dict[str, Any]]] = None
        hub = self.hub
        if hub and cfg.max_tool_steps > 0:
            listed, problems = await hub.list_tools()
            answer.notes.extend(problems)
            tools = [t.openai_tool() for t in listed] or None
        llm = ChatClient(
            self.http,
            base_url=profile.base_url,
            model=profile.model,
            api_key=profile.api_key,
            request_timeout=cfg.request_timeout,
            max_retries=cfg.max_retries,
            backoff=self.retry_backoff,
        )
        for step in range(cfg.max_tool_steps + 1):
            last = step == cfg.max_tool_steps
            result = await llm.complete(
                messages, tools, tool_choice="none" if (tools and last) else None, deadline=deadline
            )
            answer.steps = step + 1
            if last and tools:
                answer.notes.append(f"I stopped after {cfg.max_tool_steps} rounds of tool calls (the limit).")
            if not result.tool_calls or not tools or last:
                answer.text = result.content.strip()
                break
            messages.append(result.assistant_message())
            for call in result.tool_calls:
                text = await self._call_tool(hub, call.name, call.arguments, deadline)
                answer.tools_used.append(call.name)
                messages.append({"role": "tool", "tool_call_id": call.id, "content": text})
            if time.monotonic() >= deadline:
                raise AgentTimeout(f"the answer took longer than the limit of {cfg.max_seconds:g} s")
        if not answer.text:
            raise LLMError("the model returned an empty answer")
        return answer

    async def _call_tool(self, hub: MCPHub, name: str, arguments: str, deadline: float) -> str:
        try:
            args = json.loads(arguments) if arguments.strip() else {}
        except json.JSONDecodeError as e:
            return f"Error: the arguments are not valid JSON ({e}); call the tool again with a JSON object."
        if not isinstance(args, dict):
            return "Error: the arguments must be a JSON object."
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AgentTimeout(f"the answer took longer than the limit of {self.config.max_seconds:g} s")
        text, is_error = await hub.call_tool(name, args, timeout=min(TOOL_CALL_TIMEOUT, remaining))
        log.info("tool call", extra={"tool": name, "error": is_error})
        return f"Error: {text}" if is_error else text

    async def conversation(self, post: Post, bot_id: str, profile: Profile) -> List[Dict[str, Any]]:
        """The chat messages for post's thread."""
        thread = list(await self.mm.get_thread(post.id))
        if all(p.id != post.id for p in thread):
            thread.append(post)
        reset_after = await self.reset_marker(post.thread_id)
        channel = await self._channel(post.channel_id)
        names: Optional[Dict[str, str]] = None
        if channel.type != "D":
            ids = sorted({p.user_id for p in thread if p.user_id != bot_id})
            found = await asyncio.gather(*(self.mm.get_username(u) for u in ids), return_exceptions=True)
            names = {u: (n if isinstance(n, str) else u) for u, n in zip(ids, found)}
        lookup = names
        return build_messages(
            thread,
            bot_user_id=bot_id,
            system_prompt=profile.system_prompt,
            usernames=(lambda u: lookup.get(u, u)) if lookup is not None else None,
            reset_after=reset_after,
            max_posts=self.config.max_thread_posts,
        )

    async def reset_marker(self, root_id: str) -> int:
        raw = await self.mm.kv_get(RESET_KEY + root_id)
        try:
            return int(raw.decode()) if raw else 0
        except ValueError:
            return 0

    # ---- /agent ----

    async def command(self, *, command: str, root_id: str = "", channel_id: str = "") -> str:
        """ExecuteCommand: the ephemeral answer's text."""
        words = command.strip().split()
        sub = words[1].lower() if len(words) > 1 else "help"
        if sub in ("list", "profiles", "status"):
            return self.describe()
        if sub == "reset":
            return await self._reset(root_id)
        if sub == "help":
            return HELP
        return f"Unknown subcommand `{sub}`.\n\n{HELP}"

    def describe(self) -> str:
        lines: List[str] = []
        if self.bots:
            lines.append("**Model profiles**")
            lines.extend(f"- {p.describe()}" for p in sorted(self.bots.values(), key=lambda p: p.number))
        else:
            lines.append("No model profile is configured: set a base URL and a model in the plugin's settings.")
        if self.config.mcp_servers:
            lines.append("\n**MCP servers**")
            lines.extend(f"- {s.describe()}" for s in self.config.mcp_servers)
        else:
            lines.append("\nNo MCP server is configured: the agents answer without tools.")
        c = self.config
        lines.append(
            f"\nLimits: {c.max_tool_steps} tool rounds, {c.max_seconds:g} s per answer, "
            f"{c.max_retries} retries, the last {c.max_thread_posts} posts of a thread."
        )
        problems = list(c.problems) + self.bot_problems
        if problems:
            lines.append("\n**Configuration problems**")
            lines.extend(f"- {p}" for p in problems)
        return "\n".join(lines)

    async def _reset(self, root_id: str) -> str:
        if not root_id:
            return "Run `/agent reset` in a thread (from the thread's reply box): it makes the agents forget that thread."
        thread = await self.mm.get_thread(root_id)
        mark = max((p.create_at for p in thread), default=0)
        await self.mm.kv_set(RESET_KEY + root_id, str(mark).encode())
        return "Done: the agents will ignore this thread's messages so far."

