from __future__ import annotations

import re

import pytest

from agent.conversation import ERROR_PROP, POST_MESSAGE_MAX_RUNES, build_messages, mentions, split_message
from agent.port import Post


def p(i: int, user: str, message: str, **kw: object) -> Post:
    return Post(id=f"p{i}", user_id=user, channel_id="c", message=message, create_at=i * 10, **kw)  # type: ignore[arg-type]


def test_thread_to_messages() -> None:
    thread = [
        p(3, "bot", "an answer"),
        p(1, "alice", "first question"),
        p(2, "alice", "", type=""),  # empty: skipped
        p(4, "system", "alice joined", type="system_join_channel"),
        p(5, "bot", ":warning: failed", props={ERROR_PROP: True}),
        p(6, "bob", "follow-up", delete_at=1),
        p(7, "alice", "second question"),
    ]
    msgs = build_messages(thread, bot_user_id="bot", system_prompt="sys")
    assert msgs == [
        {"role": "system", "content": "sys"},
        {"role": "user", "content": "first question"},
        {"role": "assistant", "content": "an answer"},
        {"role": "user", "content": "second question"},
    ]
    names = {"alice": "alice.a"}
    msgs = build_messages(thread, bot_user_id="bot", system_prompt="", usernames=lambda u: names.get(u, u), reset_after=30)
    assert msgs == [{"role": "user", "content": "@alice.a: second question"}]
    msgs = build_messages(thread, bot_user_id="bot", system_prompt="", max_posts=1)
    assert msgs == [{"role": "user", "content": "second question"}]


def test_mentions() -> None:
    assert mentions("hey @gpt-agent, what is up", "gpt-agent")
    assert mentions("@GPT-Agent.", "gpt-agent")
    assert mentions("(@gpt-agent)", "gpt-agent")
    assert not mentions("hey @gpt-agents", "gpt-agent")
    assert not mentions("mail me at x@gpt-agent", "gpt-agent")
    assert not mentions("@gpt-agent.io", "gpt-agent")
    assert not mentions("gpt-agent", "gpt-agent")


def test_split_short_and_empty() -> None:
    assert split_message("hello  \n") == ["hello"]
    assert split_message("") == []
    assert split_message("x" * POST_MESSAGE_MAX_RUNES) == ["x" * POST_MESSAGE_MAX_RUNES]


def test_split_at_paragraphs_within_the_rune_limit() -> None:
    para = "ü" * 50 + " 😀 end.\n\n"  # non-ASCII and non-BMP: the limit counts runes, not bytes
    text = para * 1000
    chunks = split_message(text, 1000)
    assert all(len(c) <= 1000 for c in chunks)
    assert all(c.endswith("end.") for c in chunks)
    assert "\n\n".join(chunks) == text.rstrip()


def test_split_keeps_code_fences_balanced() -> None:
    code = "```python\n" + "".join(f"print({i})\n" for i in range(400)) + "```"
    text = "Intro.\n\n" + code + "\n\nOutro."
    chunks = split_message(text, 500)
    assert len(chunks) > 5 and all(len(c) <= 500 for c in chunks)
    for c in chunks:
        assert len(re.findall(r"^```", c, re.M)) % 2 == 0, c
    assert chunks[1].startswith("```python\n")
    body = "".join(chunks)
    assert all(f"print({i})" in body for i in range(400))


def test_split_without_any_boundary() -> None:
    chunks = split_message("x" * 2500, 1000)
    assert [len(c) for c in chunks] == [980, 980, 540]


def test_split_rejects_a_tiny_limit() -> None:
    with pytest.raises(ValueError):
        split_message("x", 10)
