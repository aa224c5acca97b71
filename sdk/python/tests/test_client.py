"""The generated PluginAPI clients against a fake PluginAPI on real gRPC (loopback)."""

from __future__ import annotations

import inspect
import io
import keyword
import re
from typing import Tuple

import grpc
import pytest

from mattermost_plugin_bridge import APIClient, AsyncAPIClient, NotFoundError, RPCError, pb
from mattermost_plugin_bridge._gen import api_pb2
from mattermost_plugin_bridge.client import CHUNK_SIZE
from mattermost_plugin_bridge.client_gen import API_METHODS

from .conftest import TOKEN, FakeAPI, aiter_of, run_async


def test_every_api_rpc_has_a_snake_case_method_on_both_clients() -> None:
    service = api_pb2.DESCRIPTOR.services_by_name["PluginAPI"]
    assert list(API_METHODS) == [m.name for m in service.methods]
    assert len(set(API_METHODS.values())) == len(API_METHODS) == 258
    for m in service.methods:
        name = API_METHODS[m.name]
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name), name
        for cls in (APIClient, AsyncAPIClient):
            fn = getattr(cls, name)
            assert fn.__doc__ and "Wire: Plugin." in fn.__doc__, name  # the rpc's proto comment
            params = inspect.signature(fn).parameters
            fields = {f.name + ("_" if f.name in ("request", "timeout") or keyword.iskeyword(f.name) else "") for f in m.input_type.fields}
            assert fields <= set(params), (name, fields - set(params))
            assert params["request"].kind is inspect.Parameter.POSITIONAL_ONLY
            assert all(params[f].kind is inspect.Parameter.KEYWORD_ONLY for f in fields)
        assert inspect.iscoroutinefunction(getattr(AsyncAPIClient, name)) or m.server_streaming
    assert API_METHODS["GetOAuthApp"] == "get_oauth_app"
    assert API_METHODS["KVSetWithExpiry"] == "kv_set_with_expiry"
    assert API_METHODS["GetLDAPUserAttributes"] == "get_ldap_user_attributes"


def test_unary_calls_with_keywords_or_a_message_carry_the_token(fake_api: Tuple[FakeAPI, str]) -> None:
    api, target = fake_api
    with APIClient(target, TOKEN) as client:
        assert client.get_user(user_id="u1").user.username == "alice"
        assert client.get_user(pb.GetUserRequest(user_id="u1")).user.username == "alice"
        with pytest.raises(TypeError, match="not both"):
            client.get_user(pb.GetUserRequest(user_id="u1"), user_id="u1")
        with pytest.raises(TypeError, match="expected a GetUserRequest"):
            client.get_user(pb.KVGetRequest())  # type: ignore[arg-type]
    assert api.metadata[0]["authorization"] == f"Bearer {TOKEN}"


def test_app_errors_are_raised_typed_other_failures_as_rpc_error(fake_api: Tuple[FakeAPI, str]) -> None:
    _, target = fake_api
    with APIClient(target, TOKEN) as client:
        with pytest.raises(NotFoundError) as e:
            client.get_user(user_id="nobody")
        assert (e.value.id, e.value.status_code, e.value.where) == ("app.user.missing_account.const", 404, "GetUser")
        assert e.value.detailed_error == "user nobody not found"
        assert isinstance(e.value.__cause__, grpc.RpcError)
        with pytest.raises(RPCError) as r:
            client.kv_get(key="k")
        assert r.value.code == grpc.StatusCode.UNAVAILABLE
        with pytest.raises(RPCError) as t:
            client.get_server_version(timeout=0.2)
        assert t.value.code == grpc.StatusCode.DEADLINE_EXCEEDED


def test_uploads_stream_the_head_then_the_body_in_chunks(fake_api: Tuple[FakeAPI, str]) -> None:
    api, target = fake_api
    data = bytes(range(256)) * 1000  # 256000 bytes: 4 chunks
    with APIClient(target, TOKEN) as client:
        r1 = client.upload_data(us={"id": "s1"}, data=data)
        r2 = client.upload_data(us=pb.UploadSession(id="s2"), data=io.BytesIO(data))
        r3 = client.upload_data(us={"id": "s3"}, data=(data[i : i + 1000] for i in range(0, len(data), 1000)))
    assert [r.file_info.size for r in (r1, r2, r3)] == [len(data)] * 3
    (h1, c1), (h2, c2), (h3, c3) = api.uploads
    assert (h1.us.id, h1.data) == ("s1", b"")  # the head carries the arguments only
    assert [len(c) for c in c1] == [CHUNK_SIZE] * 3 + [len(data) - 3 * CHUNK_SIZE]
    assert b"".join(c2) == b"".join(c3) == data
    assert len(c3) == 256


def test_bidi_plugin_http_yields_the_head_then_the_body(fake_api: Tuple[FakeAPI, str]) -> None:
    _, target = fake_api
    with APIClient(target, TOKEN) as client:
        out = list(client.plugin_http(request_={"method": "POST", "url": {"value": "/other/api"}}, body=b"hello world"))
    assert out[0].status_code == 201
    assert list(out[0].header["X-Path"].values) == ["/other/api"]
    assert b"".join(m.body for m in out) == b"hello world"


@run_async
async def test_the_async_client_does_the_same(fake_api: Tuple[FakeAPI, str]) -> None:
    api, target = fake_api
    async with AsyncAPIClient(target, TOKEN) as client:
        assert (await client.get_user(user_id="u1")).user.username == "alice"
        with pytest.raises(NotFoundError):
            await client.get_user(user_id="nobody")
        with pytest.raises(RPCError) as r:
            await client.kv_get(key="k")
        assert r.value.code == grpc.StatusCode.UNAVAILABLE
        r1 = await client.upload_data(us={"id": "a"}, data=aiter_of([b"ab", b"", b"cd"]))
        r2 = await client.upload_data(us={"id": "b"}, data=io.BytesIO(b"x" * 70000))
        assert (r1.file_info.size, r2.file_info.size) == (4, 70000)
        chunks = [m async for m in client.plugin_http(request_={"url": {"value": "/p"}}, body=aiter_of([b"1", b"2"]))]
        assert b"".join(m.body for m in chunks) == b"12"
    assert api.uploads[0][1] == [b"ab", b"cd"]
    assert all(m["authorization"] == f"Bearer {TOKEN}" for m in api.metadata)


def test_clients_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MM_BRIDGE_API_TARGET", raising=False)
    with pytest.raises(RuntimeError, match="MM_BRIDGE_API_TARGET is not set"):
        APIClient.from_env()
    monkeypatch.setenv("MM_BRIDGE_API_TARGET", "127.0.0.1:1")
    monkeypatch.setenv("MM_BRIDGE_TOKEN", "t")
    client = APIClient.from_env(timeout=1)
    assert client.target == "127.0.0.1:1"
    client.close()
