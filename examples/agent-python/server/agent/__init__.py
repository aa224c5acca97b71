"""The AI agent behind examples/agent-python: see core.Agent; plugin.py wires it to the SDK."""

from .config import AgentConfig, MCPServerConfig, Profile, parse_config
from .core import Agent, Answer
from .port import Channel, Mattermost, Post

__all__ = ["Agent", "AgentConfig", "Answer", "Channel", "MCPServerConfig", "Mattermost", "Post", "Profile", "parse_config"]
