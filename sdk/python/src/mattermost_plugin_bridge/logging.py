"""Logging that reaches the Mattermost server log.

The bridge reads the plugin's stderr line by line and forwards hclog-style JSON lines
(``@level``, ``@message``, other keys as fields) at their level into its own log, which the
Mattermost server takes into the server log as it does for any Go plugin. :func:`setup_logging`
installs a handler writing Python ``logging`` records in that form, so ``log.info("x", extra={"k":
"v"})`` arrives as an info line with field k. Exceptions travel as an ``error`` field with the
traceback. Stdout is not for logs: it carries the handshake line.
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import sys
from typing import IO, Any, Dict, Optional, Union

__all__ = ["HclogFormatter", "setup_logging"]

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}


_LEVELS = {"trace": 5, "debug": 10, "info": 20, "warn": 30, "warning": 30, "error": 40, "fatal": 50, "silent": 100}


def _level(levelno: int) -> str:
    if levelno >= logging.ERROR:
        return "error"
    if levelno >= logging.WARNING:
        return "warn"
    if levelno >= logging.INFO:
        return "info"
    if levelno >= logging.DEBUG:
        return "debug"
    return "trace"


class HclogFormatter(logging.Formatter):
    """One JSON object per record, in the keys go-plugin's hclog reader knows."""

    def format(self, record: logging.LogRecord) -> str:
        ts = datetime.datetime.fromtimestamp(record.created, datetime.timezone.utc)
        out: Dict[str, Any] = {
            "@level": _level(record.levelno),
            "@message": record.getMessage(),
            "@timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "@module": record.name,
        }
        for k, v in vars(record).items():
            if k not in _STANDARD and not k.startswith("_"):
                out[k] = v
        if record.exc_info:
            out["error"] = self.formatException(record.exc_info)
        elif record.exc_text:
            out["error"] = record.exc_text
        if record.stack_info:
            out["stack"] = record.stack_info
        return json.dumps(out, default=str, ensure_ascii=False)


def setup_logging(level: Union[int, str, None] = None, stream: Optional[IO[str]] = None) -> logging.Handler:
    """Sends the root logger's records to stderr as hclog JSON (idempotent).

    ``level`` defaults to MM_BRIDGE_LOG_LEVEL (the bridge's own setting) or info.
    """
    root = logging.getLogger()
    for h in root.handlers:
        if isinstance(h.formatter, HclogFormatter):
            root.removeHandler(h)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(HclogFormatter())
    root.addHandler(handler)
    if level is None:
        level = os.environ.get("MM_BRIDGE_LOG_LEVEL", "") or "info"
    if isinstance(level, str):
        level = _LEVELS.get(level.lower(), logging.INFO)
    root.setLevel(level)
    logging.getLogger("grpc").setLevel(max(logging.WARNING, root.level))
    return handler
