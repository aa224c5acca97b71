"""The Plugin class and @hook: names checked at import time, handlers found, the hook table complete."""

from __future__ import annotations

from typing import Iterator, Optional

import pytest

from mattermost_plugin_bridge import HOOKS, FileUploadResult, Plugin, WSGIAdapter, hook, pb
from mattermost_plugin_bridge._gen import hooks_pb2


def test_handlers_are_found_with_their_kind_and_timeout() -> None:
    class P(Plugin):
        @hook("MessageWillBePosted", timeout=2.5)
        def will_post(self, req: pb.MessageWillBePostedRequest) -> Optional[pb.MessageWillBePostedResponse]:
            return None

        @hook("MessageHasBeenPosted")
        async def has_posted(self, req: pb.MessageHasBeenPostedRequest) -> None:
            return None

        @hook("FileWillBeUploaded")
        def upload(self, req: pb.FileWillBeUploadedRequest, data: Iterator[bytes]) -> Optional[FileUploadResult]:
            return None

        def helper(self) -> None:  # not a hook
            pass

    hooks = P.__hooks__
    assert sorted(hooks) == ["FileWillBeUploaded", "MessageHasBeenPosted", "MessageWillBePosted"]
    assert hooks["MessageWillBePosted"].attr == "will_post"
    assert hooks["MessageWillBePosted"].timeout == 2.5
    assert not hooks["MessageWillBePosted"].is_async
    assert hooks["MessageHasBeenPosted"].is_async
    assert hooks["FileWillBeUploaded"].spec.kind == "file_upload"
    assert sorted(P().implemented()) == sorted(hooks)


def test_unknown_names_are_rejected_when_the_class_body_runs() -> None:
    with pytest.raises(ValueError, match=r"unknown hook 'MessageWillBePostd'; did you mean MessageWillBePosted"):

        class P(Plugin):
            @hook("MessageWillBePostd")  # type: ignore[call-overload,untyped-decorator]
            def f(self, req: pb.MessageWillBePostedRequest) -> None: ...

    with pytest.raises(ValueError, match="unknown hook 'Nope'; known hooks: ChannelHasBeenCreated"):
        hook("Nope")  # type: ignore[call-overload]


def test_names_that_are_not_hook_methods_say_what_to_do() -> None:
    with pytest.raises(ValueError, match="Implemented is answered by the SDK"):
        hook("Implemented")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match=r"ServeHTTP is served by an HTTP adapter.*Plugin.http = WSGIAdapter"):
        hook("ServeHTTP")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match=r"Plugin.metrics"):
        hook("ServeMetrics")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="timeout must be a positive"):
        hook("OnActivate", timeout=0)


def test_two_handlers_for_one_hook_are_an_error_a_subclass_may_override() -> None:
    with pytest.raises(TypeError, match=r"both a\(\) and b\(\) are marked @hook\('OnActivate'\)"):

        class P(Plugin):
            @hook("OnActivate")
            def a(self, req: pb.OnActivateRequest) -> None: ...

            @hook("OnActivate")
            def b(self, req: pb.OnActivateRequest) -> None: ...

    class Base(Plugin):
        @hook("OnActivate")
        def a(self, req: pb.OnActivateRequest) -> None: ...

    class Child(Base):
        @hook("OnActivate")
        async def b(self, req: pb.OnActivateRequest) -> None: ...

    assert Base.__hooks__["OnActivate"].attr == "a"
    assert Child.__hooks__["OnActivate"].attr == "b"
    assert Child.__hooks__["OnActivate"].is_async


def test_handler_signatures_are_checked() -> None:
    with pytest.raises(TypeError, match=r"takes \(self, request\)"):

        class P(Plugin):
            @hook("OnActivate")  # type: ignore[type-var]
            def a(self) -> None: ...

    with pytest.raises(TypeError, match=r"FileWillBeUploaded takes \(self, request, data\)"):

        class Q(Plugin):
            @hook("FileWillBeUploaded")  # type: ignore[type-var]
            def up(self, req: pb.FileWillBeUploadedRequest) -> None: ...

    with pytest.raises(TypeError, match="decorates a plain method"):
        hook("OnActivate")(staticmethod(lambda req: None))  # type: ignore[type-var]


def test_http_adapters_count_as_implemented_hooks() -> None:
    def app(environ: object, start_response: object) -> list[bytes]:
        return []

    class P(Plugin):
        http = WSGIAdapter(app)

    assert P().implemented() == ["ServeHTTP"]
    p = P()
    p.metrics = WSGIAdapter(app)
    assert p.implemented() == ["ServeHTTP", "ServeMetrics"]


def test_the_hook_table_is_the_whole_contract() -> None:
    service = hooks_pb2.DESCRIPTOR.services_by_name["PluginHooks"]
    names = {m.name for m in service.methods} - {"Implemented"}
    assert set(HOOKS) == names
    for m in service.methods:
        if m.name == "Implemented":
            continue
        spec = HOOKS[m.name]
        assert spec.request.DESCRIPTOR is m.input_type
        assert spec.response.DESCRIPTOR is m.output_type
        assert spec.kind == ("unary" if not m.client_streaming else spec.kind)
        assert spec.doc
    assert {n for n, s in HOOKS.items() if s.kind == "http"} == {"ServeHTTP", "ServeMetrics"}


def test_api_is_bound_only_when_running() -> None:
    class P(Plugin):
        pass

    with pytest.raises(RuntimeError, match="not running"):
        P().api
    with pytest.raises(RuntimeError, match="not running"):
        P().async_api
    assert P().log.name == "P"
