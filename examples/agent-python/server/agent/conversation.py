"""Threads to chat messages, answers to posts.

``build_messages`` turns a Mattermost thread into the chat-completions conversation: the bot's own
posts are ``assistant`` turns, everybody else's are ``user`` turns (prefixed with ``@username:``
outside direct messages, where several people talk). System posts, deleted posts, the agent's error
notices and posts from before a ``/agent reset`` are left out.

``split_message`` cuts an answer into posts of at most ``POST_MESSAGE_MAX_RUNES`` runes (Python
``str`` length counts code points, which is what the server's rune count is), at paragraph, line or
word boundaries, closing a Markdown code fence at the cut and reopening it in the next post.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Dict, List, Optional, Sequence

from .port import Post

__all__ = ["ERROR_PROP", "POST_MESSAGE_MAX_RUNES", "build_messages", "split_message", "mentions"]

POST_MESSAGE_MAX_RUNES = 16383
"""model.PostMessageMaxRunesV2: the server rejects longer messages."""

ERROR_PROP = "agent_error"
"""Post prop marking the agent's error notices (kept out of later conversations)."""

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")


def mentions(message: str, username: str) -> bool:
    """Whether message @-mentions username (case-insensitive, as Mattermost matches mentions)."""
    pattern = r"(?<![A-Za-z0-9_.\-@])@" + re.escape(username) + r"(?![A-Za-z0-9_\-]|\.[A-Za-z0-9_])"
    return re.search(pattern, message, re.IGNORECASE) is not None


def build_messages(
    thread: Sequence[Post],
    *,
    bot_user_id: str,
    system_prompt: str,
    usernames: Optional[Callable[[str], str]] = None,
    reset_after: int = 0,
    max_posts: int = 60,
) -> List[Dict[str, Any]]:
    """The chat messages for a thread (oldest first). ``usernames`` maps user ids to names: given,
    user turns are prefixed with ``@name:``."""
    kept: List[Post] = []
    for p in sorted(thread, key=lambda p: (p.create_at, p.id)):
        if p.delete_at or p.type.startswith("system_") or p.create_at <= reset_after:
            continue
        if p.props.get(ERROR_PROP):
            continue
        if not p.message.strip():
            continue
        kept.append(p)
    kept = kept[-max_posts:] if max_posts > 0 else kept
    messages: List[Dict[str, Any]] = [{"role": "system", "content": system_prompt}] if system_prompt else []
    for p in kept:
        if p.user_id == bot_user_id:
            messages.append({"role": "assistant", "content": p.message})
        elif usernames is not None:
            messages.append({"role": "user", "content": f"@{usernames(p.user_id)}: {p.message}"})
        else:
            messages.append({"role": "user", "content": p.message})
    return messages


def split_message(text: str, limit: int = POST_MESSAGE_MAX_RUNES) -> List[str]:
    """Cuts text into chunks of at most ``limit`` code points (Markdown code fences kept balanced)."""
    if limit < 64:
        raise ValueError("limit too small")
    text = text.rstrip()
    if len(text) <= limit:
        return [text] if text else []
    chunks: List[str] = []
    reopen = ""  # the fence line to reopen at the start of the next chunk
    rest = text
    while rest:
        head = reopen + rest
        if len(head) <= limit:
            chunks.append(head)
            break
        # room for a closing fence ("\n" + up to 16 fence characters)
        budget = limit - 20
        window = head[:budget]
        cut = _best_cut(window, min_at=len(reopen) + 1)
        chunk = head[:cut].rstrip()
        fence = _open_fence(chunk)
        consumed = cut - len(reopen)
        if fence:
            marker, info = fence
            rest = rest[consumed:].lstrip("\n")  # inside code: keep the next line's indentation
            chunk += "\n" + marker
            reopen = marker + info + "\n"
        else:
            rest = rest[consumed:].lstrip()
            reopen = ""
        chunks.append(chunk)
    return chunks


def _best_cut(window: str, min_at: int) -> int:
    n = len(window)
    for sep in ("\n\n", "\n", " "):
        i = window.rfind(sep)
        if i >= max(min_at, n // 2):
            return i + (1 if sep == " " else 0)
    return n


def _open_fence(chunk: str) -> Optional[tuple[str, str]]:
    """The fence (marker, info string) left open at the end of chunk, if any."""
    open_marker: Optional[str] = None
    info = ""
    for line in chunk.split("\n"):
        m = _FENCE.match(line)
        if not m:
            continue
        marker = m.group(1)
        if open_marker is None:
            open_marker, info = marker, m.group(2).strip()
        elif marker[0] == open_marker[0] and len(marker) >= len(open_marker) and not m.group(2).strip():
            open_marker, info = None, ""
    return (open_marker, info) if open_marker else None
