"""The generated modules: messages importable from pb, picklable; protoc's gRPC stubs usable as is."""

from __future__ import annotations

import pickle
from typing import Any

import grpc.aio

from mattermost_plugin_bridge import Plugin, PluginServer, hook, pb
from mattermost_plugin_bridge._gen import api_pb2, hooks_pb2, hooks_pb2_grpc, models_pb2

from .conftest import TOKEN, run_async


def test_pb_has_every_message_of_every_file() -> None:
    for module in (api_pb2, hooks_pb2, models_pb2):
        for name in module.DESCRIPTOR.message_types_by_name:
            assert getattr(pb, name) is getattr(module, name)
    assert len(pb.__all__) == len(set(pb.__all__)) > 800


def test_messages_pickle_under_their_real_module() -> None:
    post = pb.Post(id="p1", message="hi", create_at=2**60, props={"a": [1, "x"]})
    assert pb.Post.__module__ == "mattermost_plugin_bridge._gen.models_pb2"
    assert pickle.loads(pickle.dumps(post)) == post


@run_async
async def test_protocs_stubs_call_the_plugin_server() -> None:
    class P(Plugin):
        @hook("OnActivate")
        def on(self, req: pb.OnActivateRequest) -> None: ...

    server = PluginServer(P(), token=TOKEN)
    port = await server.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        stub: Any = hooks_pb2_grpc.PluginHooksStub(channel)  # type: ignore[no-untyped-call]  # protoc writes no types here
        res = await stub.Implemented(pb.ImplementedRequest(), metadata=(("authorization", f"Bearer {TOKEN}"),))
    await server.stop()
    assert list(res.hooks) == ["OnActivate"]
