from __future__ import annotations

import json

from agent.config import DEFAULT_SYSTEM_PROMPT, bot_username, parse_config, parse_mcp_servers


def test_profiles_from_lowercased_keys_with_defaults() -> None:
    # the server lowercases plugin setting keys; numbers may arrive as float or text
    cfg = parse_config(
        {
            "profile1displayname": "GPT",
            "profile1botusername": "gpt-agent",
            "profile1baseurl": "https://api.example.com/v1/",
            "profile1model": "gpt-x",
            "profile1apikey": "sk-1",
            "Profile2DisplayName": "Local Llama",
            "Profile2BaseURL": "http://127.0.0.1:11434/v1",
            "Profile2Model": "llama3.1",
            "profile3baseurl": "",
            "profile3model": "",
            "maxtoolsteps": 4.0,
            "maxseconds": "30",
            "systemprompt": "Be brief.",
        },
        environ={},
    )
    assert [p.bot_username for p in cfg.profiles] == ["gpt-agent", "local-llama"]
    gpt, llama = cfg.profiles
    assert gpt.base_url == "https://api.example.com/v1" and gpt.api_key == "sk-1" and gpt.system_prompt == "Be brief."
    assert llama.display_name == "Local Llama" and llama.api_key == ""
    assert "sk-1" not in repr(gpt) and "sk-1" not in gpt.describe()
    assert cfg.max_tool_steps == 4 and cfg.max_seconds == 30 and cfg.max_retries == 3
    assert cfg.problems == ()


def test_more_profiles_than_the_manifest_declares_and_problems() -> None:
    cfg = parse_config(
        {
            "profile7displayname": "Seven",
            "profile7baseurl": "http://h/v1",
            "profile7model": "m7",
            "profile8model": "only-a-model",
            "profile9baseurl": "ftp://nope",
            "profile9model": "m9",
            "profile10baseurl": "http://h/v1",
            "profile10model": "m10",
            "profile10botusername": "seven",  # taken by profile 7
            "maxretries": "lots",
        },
        environ={},
    )
    assert [(p.number, p.bot_username, p.display_name) for p in cfg.profiles] == [(7, "seven", "Seven")]
    text = "\n".join(cfg.problems)
    assert "Profile8" in text and "Profile9BaseURL" in text and "maxretries" in text
    assert cfg.profiles[0].system_prompt == DEFAULT_SYSTEM_PROMPT
    two = {"baseurl": "http://h/v1", "model": "m", "botusername": "same"}
    cfg2 = parse_config({f"profile{n}{k}": v for n in (1, 2) for k, v in two.items()}, environ={})
    assert [p.number for p in cfg2.profiles] == [1] and "already used" in cfg2.problems[0]


def test_bot_username() -> None:
    assert bot_username("My GPT 4!", "agent1") == "my-gpt-4"
    assert bot_username("4o", "agent1") == "agent1-4o"
    assert bot_username("", "agent2") == "agent2"
    assert len(bot_username("a" * 40, "agent1")) == 22
    assert bot_username("x", "agent1") == "x-agent1"


def test_mcp_servers_json_env_refs_and_problems() -> None:
    servers, problems = parse_mcp_servers(
        json.dumps(
            {
                "mcpServers": {
                    "files": {"command": "npx", "args": ["-y", "fs", "${env:DOCS}"], "env": {"TOKEN": "${env:TOK}"}},
                    "web": {"url": "http://127.0.0.1:9/mcp", "headers": {"Authorization": "Bearer ${env:TOK}"}},
                    "off": {"command": "x", "disabled": True},
                    "both": {"command": "x", "url": "http://y"},
                    "bad name!": {"command": "x"},
                    "missing": {"command": "${env:NOPE}"},
                }
            }
        ),
        environ={"DOCS": "/srv/docs", "TOK": "t0k"},
    )
    by = {s.name: s for s in servers}
    assert set(by) == {"files", "web", "missing"}
    assert by["files"].args == ("-y", "fs", "/srv/docs") and by["files"].env == {"TOKEN": "t0k"}
    assert by["files"].transport == "stdio" and by["web"].transport == "http"
    assert by["web"].headers == {"Authorization": "Bearer t0k"} and "t0k" not in repr(by["web"])
    text = "\n".join(problems)
    assert "MCPServers.both" in text and "MCPServers.bad name!" in text and "NOPE is not set" in text


def test_mcp_servers_invalid_json_is_a_problem_not_an_exception() -> None:
    cfg = parse_config({"mcpservers": "{not json"}, environ={})
    assert cfg.mcp_servers == () and "not valid JSON" in cfg.problems[0]
    assert parse_mcp_servers("[]", environ={})[1][0].startswith("MCPServers must be a JSON object")
    assert parse_mcp_servers("  ", environ={}) == ((), [])
