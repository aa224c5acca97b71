"""Marking and finding hook handlers.

``@hook("MessageWillBePosted")`` (generated in hooks_gen.py, typed per hook name) calls
:func:`mark_hook`, which rejects an unknown name at once — when the class body runs, i.e. at
import — and tags the function. :func:`collect_hooks` finds the tagged methods of a Plugin class.
"""

from __future__ import annotations

import difflib
import inspect
from dataclasses import dataclass
from typing import Any, Callable, Dict, Mapping, NamedTuple, Optional, Type, TypeVar

from google.protobuf.message import Message

__all__ = ["HookBinding", "HookSpec", "collect_hooks", "mark_hook"]

_MARK = "__mattermost_hook__"
F = TypeVar("F", bound=Callable[..., Any])


class HookSpec(NamedTuple):
    """A hook of the contract: its messages and how it is served."""

    name: str
    request: Type[Message]
    response: Type[Message]
    kind: str  # "unary", "file_upload" (FileWillBeUploaded) or "http" (ServeHTTP, ServeMetrics)
    doc: str


@dataclass(frozen=True)
class _Mark:
    name: str
    timeout: Optional[float]


@dataclass(frozen=True)
class HookBinding:
    """A hook handled by a Plugin method: ``attr`` names the method on the plugin."""

    spec: HookSpec
    attr: str
    timeout: Optional[float]
    is_async: bool


def mark_hook(name: str, timeout: Optional[float], specs: Mapping[str, HookSpec]) -> Callable[[F], F]:
    spec = specs.get(name)
    if spec is None:
        if name == "Implemented":
            raise ValueError("Implemented is answered by the SDK from the hooks a Plugin defines")
        close = difflib.get_close_matches(name, list(specs), n=3)
        hint = f"; did you mean {' or '.join(close)}?" if close else f"; known hooks: {', '.join(sorted(specs))}"
        raise ValueError(f"unknown hook {name!r}{hint}")
    if spec.kind == "http":
        attr = "http" if name == "ServeHTTP" else "metrics"
        raise ValueError(
            f"{name} is served by an HTTP adapter, not a @hook method: set Plugin.{attr} = "
            "WSGIAdapter(app) or ASGIAdapter(app)"
        )
    if timeout is not None and not timeout > 0:
        raise ValueError(f"hook {name}: timeout must be a positive number of seconds, got {timeout!r}")

    def decorate(fn: F) -> F:
        if not inspect.isfunction(fn):
            raise TypeError(f"@hook({name!r}) decorates a plain method, got {type(fn).__name__}")
        setattr(fn, _MARK, _Mark(name, timeout))
        return fn

    return decorate


def collect_hooks(cls: type) -> Dict[str, HookBinding]:
    """The hooks a class handles, by hook name; a subclass's handler replaces its bases'.

    Two methods of one class marked for the same hook raise TypeError.
    """
    from .hooks_gen import HOOKS

    found: Dict[str, HookBinding] = {}
    for klass in reversed(cls.__mro__):
        own: Dict[str, str] = {}
        for attr, value in vars(klass).items():
            fn = value
            mark = getattr(fn, _MARK, None)
            if not isinstance(mark, _Mark):
                continue
            if mark.name in own:
                raise TypeError(
                    f"{klass.__qualname__}: both {own[mark.name]}() and {attr}() are marked @hook({mark.name!r})"
                )
            own[mark.name] = attr
            is_async = inspect.iscoroutinefunction(fn)
            spec = HOOKS[mark.name]
            if spec.kind == "unary" and len(_positional(fn)) != 2:
                raise TypeError(f"{klass.__qualname__}.{attr}: a @hook handler takes (self, request)")
            if spec.kind == "file_upload" and len(_positional(fn)) != 3:
                raise TypeError(f"{klass.__qualname__}.{attr}: FileWillBeUploaded takes (self, request, data)")
            found[mark.name] = HookBinding(spec, attr, mark.timeout, is_async)
    return found


def _positional(fn: Callable[..., Any]) -> list[str]:
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):  # builtins without a signature: do not second-guess
        return ["self", "request"]
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return [p.name for p in params if p.kind in kinds and p.default is inspect.Parameter.empty]
