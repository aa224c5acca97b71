from __future__ import annotations

import asyncio
import json
import sys
from typing import Any, Awaitable, Callable, Dict, TypeVar

from agent.conversation import ERROR_PROP, POST_MESSAGE_MAX_RUNES
from agent.core import Agent
from conftest import FAKE_MCP_SERVER, FakeMattermost
from fake_openai import FakeOpenAI

T = TypeVar("T")
ALICE, BOB = "alice-id", "bob-id"


def settings(llm: FakeOpenAI, **extra: Any) -> Dict[str, Any]:
    cfg: Dict[str, Any] = {
        "profile1displayname": "GPT",
        "profile1botusername": "gpt-agent",
        "profile1baseurl": llm.url,
        "profile1model": "fake-gpt",
        "profile1apikey": "sk-test",
        "profile2displayname": "Llama",
        "profile2baseurl": llm.url,
        "profile2model": "fake-llama",
        "systemprompt": "You are a test.",
    }
    cfg.update(extra)
    return cfg


def with_agent(mm: FakeMattermost, body: Callable[[Agent], Awaitable[T]]) -> T:
    async def main() -> T:
        agent = Agent(mm, retry_backoff=0.01, typing_interval=0.05)
        await agent.activate()
        try:
            return await body(agent)
        finally:
            await agent.close()

    return asyncio.run(main())


def new_mm(llm: FakeOpenAI, **extra: Any) -> FakeMattermost:
    mm = FakeMattermost(settings(llm, **extra))
    mm.add_user(ALICE, "alice")
    mm.add_user(BOB, "bob")
    return mm


def test_activation_ensures_one_bot_per_profile_and_registers_the_command(llm: FakeOpenAI) -> None:
    mm = new_mm(llm)

    async def body(agent: Agent) -> None:
        assert [u for u, _, _ in mm.ensured] == ["gpt-agent", "llama"]
        assert mm.ensured[0] == ("gpt-agent", "GPT", "AI agent (fake-gpt)")
        assert mm.commands == [{"trigger": "agent", "hint": "[help|list|reset]"}]
        assert sorted(agent.bots) == ["bot-gpt-agent", "bot-llama"]
        # a configuration change: profile 2 removed, profile 1 renamed
        mm.config.update({"profile2baseurl": "", "profile2model": "", "profile1displayname": "GPT 2"})
        await agent.reload()
        assert mm.ensured[-1] == ("gpt-agent", "GPT 2", "AI agent (fake-gpt)")
        assert list(agent.bots) == ["bot-gpt-agent"]

    with_agent(mm, body)


def test_dm_thread_is_the_conversation(llm: FakeOpenAI) -> None:
    mm = new_mm(llm)

    async def body(agent: Agent) -> None:
        dm = mm.dm(ALICE, "gpt-agent")
        root = mm.post(ALICE, dm, "My name is Alice.")
        mm.created.append(mm.posts[root.id])  # (not the agent's)
        mm.created.clear()
        second = mm.post(ALICE, dm, "What is my name?", root=root)
        agent.on_post(second)
        await agent.drain()
        [reply] = mm.replies(root)
        assert reply.user_id == "bot-gpt-agent" and reply.channel_id == dm.id
        assert reply.message == (
            "[fake-gpt] saw 3 messages: system: You are a test. | user: My name is Alice. | user: What is my name?"
        )
        assert reply.props == {"agent_profile": "GPT"}
        assert ("bot-gpt-agent", dm.id, root.id) in mm.typing_calls
        assert llm.headers[-1]["Authorization"] == "Bearer sk-test"
        # the bot's answer is an assistant turn of the next round
        third = mm.post(ALICE, dm, "Thanks", root=root)
        agent.on_post(third)
        await agent.drain()
        last = llm.requests[-1]["messages"]
        assert [m["role"] for m in last] == ["system", "user", "user", "assistant", "user"]

    with_agent(mm, body)


def test_mentions_in_channels_and_what_is_ignored(llm: FakeOpenAI) -> None:
    mm = new_mm(llm)

    async def body(agent: Agent) -> None:
        town = mm.channel("town-square")
        root = mm.post(BOB, town, "Lunch at noon?")
        ask = mm.post(ALICE, town, "@llama what do you think?", root=root)
        agent.on_post(ask)
        agent.on_post(mm.post(ALICE, town, "no mention here"))
        agent.on_post(mm.post("bot-llama", town, "@llama talking to myself"))
        agent.on_post(mm.post("other-bot", town, "@llama hi", props={"from_bot": "true"}))
        agent.on_post(mm.post(ALICE, town, "@llama joined", type="system_join_channel"))
        await agent.drain()
        assert len(mm.created) == 1
        [reply] = mm.replies(root)
        assert reply.user_id == "bot-llama"
        assert reply.message.endswith("user: @bob: Lunch at noon? | user: @alice: @llama what do you think?")
        # both bots mentioned: both answer
        both = mm.post(ALICE, town, "@llama and @gpt-agent: hello")
        agent.on_post(both)
        await agent.drain()
        assert sorted(p.user_id for p in mm.replies(both)) == ["bot-gpt-agent", "bot-llama"]

    with_agent(mm, body)


def test_tools_from_an_mcp_server_in_a_bounded_loop(llm: FakeOpenAI) -> None:
    servers = {"facts": {"command": sys.executable, "args": [FAKE_MCP_SERVER]}}
    mm = new_mm(llm, mcpservers=json.dumps(servers), maxtoolsteps=3)

    async def body(agent: Agent) -> None:
        dm = mm.dm(ALICE, "gpt-agent")
        q = mm.post(ALICE, dm, "Please use the tool to find out about otters.")
        agent.on_post(q)
        await agent.drain()
        [reply] = mm.replies(q)
        assert reply.message == "Tool result: The fact about otters is 42."
        assert reply.props["agent_tools"] == "facts__lookup_fact"
        first, second = llm.requests
        assert {t["function"]["name"] for t in first["tools"]} == {"facts__lookup_fact", "facts__add", "facts__explode"}
        assert second["messages"][-2]["tool_calls"][0]["function"]["arguments"] == '{"topic": "otters"}'
        assert second["messages"][-1] == {
            "role": "tool",
            "tool_call_id": second["messages"][-2]["tool_calls"][0]["id"],
            "content": "The fact about otters is 42.",
        }

        # a model that never stops calling tools: 3 rounds, then one with tool_choice "none"
        llm.requests.clear()
        q = mm.post(ALICE, dm, "loop forever please")
        agent.on_post(q)
        await agent.drain()
        [reply] = mm.replies(q)
        assert len(llm.requests) == 4 and llm.requests[-1]["tool_choice"] == "none"
        assert "I stopped after 3 rounds of tool calls" in reply.message
        assert reply.props["agent_tools"] == ", ".join(["facts__lookup_fact"] * 3)

    with_agent(mm, body)


def test_unavailable_mcp_server_is_noted_and_the_agent_still_answers(llm: FakeOpenAI) -> None:
    mm = new_mm(llm, mcpservers=json.dumps({"gone": {"command": "/nonexistent/mcp"}}))

    async def body(agent: Agent) -> None:
        dm = mm.dm(ALICE, "gpt-agent")
        q = mm.post(ALICE, dm, "hello")
        agent.on_post(q)
        await agent.drain()
        [reply] = mm.replies(q)
        assert reply.message.startswith("[fake-gpt] saw 2 messages")
        assert "_Note: MCP server gone is unavailable" in reply.message
        assert "tools" not in llm.requests[0]

    with_agent(mm, body)


def test_llm_errors_are_reported_in_the_thread(llm: FakeOpenAI) -> None:
    mm = new_mm(llm)

    async def body(agent: Agent) -> None:
        dm = mm.dm(ALICE, "gpt-agent")
        q = mm.post(ALICE, dm, "please fail")
        agent.on_post(q)
        await agent.drain()
        [reply] = mm.replies(q)
        assert reply.message == (
            ":warning: I could not answer: the model request failed: "
            "the model endpoint answered HTTP 400: the fake model refuses"
        )
        assert reply.props == {ERROR_PROP: True}
        # the notice is not part of the next conversation
        again = mm.post(ALICE, dm, "and now?", root=q)
        agent.on_post(again)
        await agent.drain()
        assert [m["role"] for m in llm.requests[-1]["messages"]] == ["system", "user", "user"]

    with_agent(mm, body)


def test_transient_error_is_retried_then_answered(llm: FakeOpenAI) -> None:
    mm = new_mm(llm)

    async def body(agent: Agent) -> None:
        dm = mm.dm(ALICE, "gpt-agent")
        q = mm.post(ALICE, dm, "a flaky question")
        agent.on_post(q)
        await agent.drain()
        [reply] = mm.replies(q)
        assert reply.message.startswith("[fake-gpt]") and len(llm.requests) == 2

    with_agent(mm, body)


def test_unreachable_model_and_timeouts_are_reported(llm: FakeOpenAI) -> None:
    mm = new_mm(llm, profile1baseurl="http://127.0.0.1:9/v1", maxretries=1)
    llm.script((503, {}, {"Retry-After": "30"}))

    async def body(agent: Agent) -> None:
        dm = mm.dm(ALICE, "gpt-agent")
        q = mm.post(ALICE, dm, "hello?")
        agent.on_post(q)
        await agent.drain()
        [reply] = mm.replies(q)
        assert "cannot reach the model endpoint http://127.0.0.1:9/v1/chat/completions" in reply.message
        assert "(after 2 attempts)" in reply.message
        # a time limit that runs out while the endpoint asks to retry later
        mm.config.update({"maxseconds": 5})
        await agent.reload()
        dm2 = mm.dm(ALICE, "llama")
        q2 = mm.post(ALICE, dm2, "slow")
        agent.on_post(q2)
        await agent.drain()
        [reply2] = mm.replies(q2)
        assert reply2.props == {ERROR_PROP: True} and "no time left to retry" in reply2.message

    with_agent(mm, body)


def test_long_answers_are_split(llm: FakeOpenAI) -> None:
    mm = new_mm(llm)

    async def body(agent: Agent) -> None:
        dm = mm.dm(ALICE, "gpt-agent")
        q = mm.post(ALICE, dm, f"long answer {POST_MESSAGE_MAX_RUNES * 2 + 100}")
        agent.on_post(q)
        await agent.drain()
        replies = mm.replies(q)
        assert len(replies) == 3
        assert all(0 < len(r.message) <= POST_MESSAGE_MAX_RUNES for r in replies)
        assert all(r.message.count("```") % 2 == 0 for r in replies)

    with_agent(mm, body)


def test_the_agent_command(llm: FakeOpenAI) -> None:
    mm = new_mm(llm, mcpservers='{"facts": {"command": "python3", "args": ["x.py"]}}', profile3model="only-model")

    async def body(agent: Agent) -> None:
        assert "/agent reset" in await agent.command(command="/agent")
        assert "Unknown subcommand `nope`" in await agent.command(command="/agent nope")
        listing = await agent.command(command="/agent list")
        assert "**GPT** (@gpt-agent) — model `fake-gpt`" in listing and "API key set" in listing
        assert "**Llama** (@llama)" in listing and "no API key" in listing and "sk-test" not in listing
        assert "`facts` (stdio: `python3 x.py`)" in listing
        assert "Profile3: needs both a base URL and a model" in listing
        assert "in a thread" in await agent.command(command="/agent reset")

        dm = mm.dm(ALICE, "gpt-agent")
        root = mm.post(ALICE, dm, "old topic")
        agent.on_post(root)
        await agent.drain()
        assert "Done" in await agent.command(command="/agent reset", root_id=root.id)
        new = mm.post(ALICE, dm, "new topic", root=root)
        agent.on_post(new)
        await agent.drain()
        assert llm.requests[-1]["messages"] == [
            {"role": "system", "content": "You are a test."},
            {"role": "user", "content": "new topic"},
        ]

    with_agent(mm, body)


def test_a_bot_that_cannot_be_created_does_not_stop_the_others(llm: FakeOpenAI) -> None:
    mm = new_mm(llm)
    mm.fail_ensure = "gpt-agent"

    async def body(agent: Agent) -> None:
        assert list(agent.bots) == ["bot-llama"]
        assert "the bot @gpt-agent could not be created" in await agent.command(command="/agent list")

    with_agent(mm, body)
