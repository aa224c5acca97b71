"""The plugin's settings (System Console → Plugins → AI Agent) as typed values.

Mattermost stores plugin settings with lowercased keys and ``LoadPluginConfiguration`` fills in the
manifest's defaults, so everything here is looked up case-insensitively and has a default in code too.

Profiles are numbered settings ``Profile<N>DisplayName``, ``Profile<N>BotUsername``,
``Profile<N>BaseURL``, ``Profile<N>Model``, ``Profile<N>APIKey`` (secret) and
``Profile<N>SystemPrompt``: plugin.json declares N = 1…3; declaring more settings with the same
pattern adds more profiles. A profile is enabled when it has a base URL and a model.

``MCPServers`` is JSON in the shape most MCP hosts use::

    {"files": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/srv"]},
     "search": {"url": "https://mcp.example.com/mcp", "headers": {"Authorization": "Bearer ${env:SEARCH_TOKEN}"}}}

``${env:NAME}`` in any string is replaced by the plugin process's environment variable NAME, so
tokens can stay out of the configuration.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple

__all__ = [
    "AgentConfig",
    "ConfigError",
    "MCPServerConfig",
    "Profile",
    "parse_config",
    "parse_mcp_servers",
    "bot_username",
]

DEFAULT_SYSTEM_PROMPT = (
    "You are a helpful assistant inside Mattermost, a team chat. Answer concisely in Markdown. "
    "When tools are available, use them when they help; say so when you cannot do something."
)

_PROFILE_KEY = re.compile(r"^profile(\d+)(displayname|botusername|baseurl|model|apikey|systemprompt)$")
_ENV_REF = re.compile(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}")
_USERNAME_BAD = re.compile(r"[^a-z0-9._-]+")


class ConfigError(ValueError):
    """A setting that cannot be used, with the setting's name in the message."""


@dataclass(frozen=True)
class Profile:
    """One model profile: one bot, one OpenAI-compatible endpoint and model."""

    number: int
    display_name: str
    bot_username: str
    base_url: str
    model: str
    api_key: str = field(repr=False, default="")
    system_prompt: str = DEFAULT_SYSTEM_PROMPT

    def describe(self) -> str:
        """A line for `/agent list` (never the API key)."""
        key = "API key set" if self.api_key else "no API key"
        return f"**{self.display_name}** (@{self.bot_username}) — model `{self.model}` at `{self.base_url}`, {key}"


@dataclass(frozen=True)
class MCPServerConfig:
    """One MCP server: a command run over stdio, or a Streamable HTTP URL."""

    name: str
    command: str = ""
    args: Tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: Optional[str] = None
    url: str = ""
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)

    @property
    def transport(self) -> str:
        return "http" if self.url else "stdio"

    def describe(self) -> str:
        target = self.url if self.url else " ".join((self.command,) + self.args)
        return f"`{self.name}` ({self.transport}: `{target}`)"


@dataclass(frozen=True)
class AgentConfig:
    profiles: Tuple[Profile, ...] = ()
    mcp_servers: Tuple[MCPServerConfig, ...] = ()
    max_tool_steps: int = 8
    max_seconds: float = 180.0
    request_timeout: float = 60.0
    max_retries: int = 3
    max_thread_posts: int = 60
    problems: Tuple[str, ...] = ()
    """Settings that could not be used (shown by `/agent list` and logged); the rest still works."""

    def profile_for_username(self, username: str) -> Optional[Profile]:
        for p in self.profiles:
            if p.bot_username == username:
                return p
        return None


def bot_username(text: str, fallback: str) -> str:
    """A valid Mattermost username from text: lowercase, [a-z0-9._-], starts with a letter, 3-22 runes."""
    name = _USERNAME_BAD.sub("-", text.strip().lower()).strip("-._")
    if not name or not name[0].isalpha():
        name = fallback + ("-" + name if name else "")
    name = name[:22].rstrip("-._")
    if len(name) < 3:
        name = (name + "-" + fallback)[:22]
    return name


def _lower_keys(raw: Mapping[str, Any]) -> Dict[str, Any]:
    return {str(k).lower(): v for k, v in raw.items()}


def _text(raw: Mapping[str, Any], key: str, default: str = "") -> str:
    v = raw.get(key)
    if v is None:
        return default
    return str(v).strip()


def _number(raw: Mapping[str, Any], key: str, default: float, low: float, high: float, problems: List[str]) -> float:
    v = raw.get(key)
    if v is None or v == "":
        return default
    try:
        n = float(v)
    except (TypeError, ValueError):
        problems.append(f"{key}: {v!r} is not a number; using {default:g}")
        return default
    if not (low <= n <= high):
        problems.append(f"{key}: {n:g} is outside {low:g}…{high:g}; using {default:g}")
        return default
    return n


def _expand_env(value: str, environ: Mapping[str, str], where: str, problems: List[str]) -> str:
    def sub(m: "re.Match[str]") -> str:
        name = m.group(1)
        if name not in environ:
            problems.append(f"{where}: environment variable {name} is not set")
            return ""
        return environ[name]

    return _ENV_REF.sub(sub, value)


def parse_mcp_servers(
    text: str, environ: Optional[Mapping[str, str]] = None
) -> Tuple[Tuple[MCPServerConfig, ...], List[str]]:
    """Parses the MCPServers setting; returns the servers and what was wrong (never raises)."""
    env = os.environ if environ is None else environ
    problems: List[str] = []
    text = text.strip()
    if not text:
        return (), problems
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        return (), [f"MCPServers is not valid JSON: {e}"]
    if isinstance(data, dict) and isinstance(data.get("mcpServers"), dict):
        data = data["mcpServers"]  # the Claude Desktop file shape, pasted whole
    if not isinstance(data, dict):
        return (), ['MCPServers must be a JSON object: {"name": {"command": …} or {"url": …}, …}']
    servers: List[MCPServerConfig] = []
    for name, spec in data.items():
        where = f"MCPServers.{name}"
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,32}", str(name)):
            problems.append(f"{where}: the name may only have letters, digits, _ and - (at most 32)")
            continue
        if not isinstance(spec, dict):
            problems.append(f"{where}: must be an object with a command or a url")
            continue
        if spec.get("disabled") is True:
            continue

        def s(v: Any, key: str) -> str:
            return _expand_env(str(v), env, f"{where}.{key}", problems)

        command, url = spec.get("command"), spec.get("url")
        if bool(command) == bool(url):
            problems.append(f"{where}: needs exactly one of command (stdio) or url (Streamable HTTP)")
            continue
        args = spec.get("args", [])
        if not isinstance(args, list):
            problems.append(f"{where}.args: must be a list of strings")
            continue
        env_map = spec.get("env", {})
        headers = spec.get("headers", {})
        if not isinstance(env_map, dict) or not isinstance(headers, dict):
            problems.append(f"{where}: env and headers must be objects of strings")
            continue
        servers.append(
            MCPServerConfig(
                name=str(name),
                command=s(command, "command") if command else "",
                args=tuple(s(a, "args") for a in args),
                env={str(k): s(v, f"env.{k}") for k, v in env_map.items()},
                cwd=s(spec["cwd"], "cwd") if spec.get("cwd") else None,
                url=s(url, "url") if url else "",
                headers={str(k): s(v, f"headers.{k}") for k, v in headers.items()},
            )
        )
    return tuple(servers), problems


def parse_config(raw: Mapping[str, Any], environ: Optional[Mapping[str, str]] = None) -> AgentConfig:
    """The settings as LoadPluginConfiguration returns them → AgentConfig (never raises)."""
    cfg = _lower_keys(raw)
    env = os.environ if environ is None else environ
    problems: List[str] = []

    numbers = sorted({int(m.group(1)) for m in map(_PROFILE_KEY.match, cfg) if m is not None})
    profiles: List[Profile] = []
    seen: Dict[str, int] = {}
    for n in numbers:
        p = f"profile{n}"
        base_url, model = _text(cfg, p + "baseurl"), _text(cfg, p + "model")
        if not base_url and not model:
            continue  # an empty slot
        if not base_url or not model:
            problems.append(f"Profile{n}: needs both a base URL and a model; skipped")
            continue
        if not re.match(r"^https?://", base_url):
            problems.append(f"Profile{n}BaseURL: {base_url!r} is not an http(s) URL; skipped")
            continue
        display = _text(cfg, p + "displayname") or model
        username = bot_username(_text(cfg, p + "botusername") or display, f"agent{n}")
        if username in seen:
            problems.append(f"Profile{n}: bot username @{username} is already used by Profile{seen[username]}; skipped")
            continue
        seen[username] = n
        profiles.append(
            Profile(
                number=n,
                display_name=display,
                bot_username=username,
                base_url=base_url.rstrip("/"),
                model=model,
                api_key=_expand_env(_text(cfg, p + "apikey"), env, f"Profile{n}APIKey", problems),
                system_prompt=_text(cfg, p + "systemprompt") or _text(cfg, "systemprompt") or DEFAULT_SYSTEM_PROMPT,
            )
        )

    servers, mcp_problems = parse_mcp_servers(_text(cfg, "mcpservers"), env)
    problems.extend(mcp_problems)
    return AgentConfig(
        profiles=tuple(profiles),
        mcp_servers=servers,
        max_tool_steps=int(_number(cfg, "maxtoolsteps", 8, 0, 100, problems)),
        max_seconds=_number(cfg, "maxseconds", 180, 5, 3600, problems),
        request_timeout=_number(cfg, "requesttimeoutseconds", 60, 1, 3600, problems),
        max_retries=int(_number(cfg, "maxretries", 3, 0, 10, problems)),
        max_thread_posts=int(_number(cfg, "maxthreadposts", 60, 1, 1000, problems)),
        problems=tuple(problems),
    )
