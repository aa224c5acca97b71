"""Python logging as hclog JSON lines on stderr, the form the bridge forwards to the server log."""

from __future__ import annotations

import io
import json
import logging
from typing import Iterator

import pytest

from mattermost_plugin_bridge.logging import HclogFormatter, setup_logging


@pytest.fixture
def restore_root() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def record(level: int, msg: str, **extra: object) -> logging.LogRecord:
    r = logging.LogRecord("my.plugin", level, __file__, 1, msg, (), None)
    r.__dict__.update(extra)
    return r


def test_records_become_hclog_json_with_fields() -> None:
    out = json.loads(HclogFormatter().format(record(logging.WARNING, "careful", user_id="u1", n=3)))
    assert out["@level"] == "warn"
    assert out["@message"] == "careful"
    assert out["@module"] == "my.plugin"
    assert (out["user_id"], out["n"]) == ("u1", 3)
    assert {k for k in out if not k.startswith("@")} == {"user_id", "n"}


@pytest.mark.parametrize(
    "level,name", [(5, "trace"), (logging.DEBUG, "debug"), (logging.INFO, "info"), (logging.ERROR, "error"), (logging.CRITICAL, "error")]
)
def test_levels_map_to_hclog_names(level: int, name: str) -> None:
    assert json.loads(HclogFormatter().format(record(level, "x")))["@level"] == name


def test_exceptions_travel_as_an_error_field(restore_root: None) -> None:
    stream = io.StringIO()
    setup_logging("debug", stream)
    try:
        raise ValueError("bad value")
    except ValueError:
        logging.getLogger("p").exception("failed", extra={"obj": object()})
    out = json.loads(stream.getvalue())
    assert out["@message"] == "failed"
    assert "ValueError: bad value" in out["error"] and "Traceback" in out["error"]
    assert out["obj"].startswith("<object object")  # not JSON: its str()


def test_setup_logging_takes_the_bridge_level_and_replaces_itself(restore_root: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MM_BRIDGE_LOG_LEVEL", "warn")
    stream = io.StringIO()
    setup_logging(stream=stream)
    setup_logging(stream=stream)
    logging.getLogger("p").info("hidden")
    logging.getLogger("p").warning("shown")
    lines = stream.getvalue().splitlines()
    assert [json.loads(line)["@message"] for line in lines] == ["shown"]
    assert sum(isinstance(h.formatter, HclogFormatter) for h in logging.getLogger().handlers) == 1
