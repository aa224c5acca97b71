"""AppError ⇄ gRPC status: codes, the grpc-status-details-bin trailer, typed subclasses."""

from __future__ import annotations

from typing import Any, Sequence, Tuple

import google.rpc.status_pb2 as status_pb2
import grpc
import pytest

from mattermost_plugin_bridge import pb
from mattermost_plugin_bridge.errors import (
    APP_ERROR_TYPE_URL,
    STATUS_DETAILS_KEY,
    AppError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    RPCError,
    TooManyRequestsError,
    app_error_from_trailers,
    error_from_rpc,
    grpc_code_for_http,
)


class FakeRpcError(grpc.RpcError):
    def __init__(self, code: grpc.StatusCode, details: str, trailers: Sequence[Tuple[str, Any]] = ()):
        self._code, self._details, self._trailers = code, details, tuple(trailers)

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._details

    def trailing_metadata(self) -> Tuple[Tuple[str, Any], ...]:  # type: ignore[override]  # the stubs say _Metadatum; it is tuples
        return self._trailers


def test_renders_like_go() -> None:
    e = AppError("api.x.y", "Something failed.", detailed_error="disk full", where="Plugin.KVSet", status_code=507)
    assert str(e) == "Plugin.KVSet: Something failed., disk full"
    assert str(AppError("id", "Only the message.")) == "Only the message."
    assert str(AppError("id", "", detailed_error="only detail")) == "only detail"
    assert e.status_code == 507
    assert AppError("id").status_code == 500
    assert NotFoundError("id").status_code == 404
    assert repr(NotFoundError("i", "m")) == "NotFoundError(id='i', message='m', status_code=404)"


@pytest.mark.parametrize(
    "http,code",
    [
        (400, grpc.StatusCode.INVALID_ARGUMENT),
        (401, grpc.StatusCode.UNAUTHENTICATED),
        (403, grpc.StatusCode.PERMISSION_DENIED),
        (404, grpc.StatusCode.NOT_FOUND),
        (409, grpc.StatusCode.ALREADY_EXISTS),
        (413, grpc.StatusCode.RESOURCE_EXHAUSTED),
        (429, grpc.StatusCode.RESOURCE_EXHAUSTED),
        (418, grpc.StatusCode.FAILED_PRECONDITION),
        (500, grpc.StatusCode.INTERNAL),
        (501, grpc.StatusCode.UNIMPLEMENTED),
        (503, grpc.StatusCode.UNAVAILABLE),
        (504, grpc.StatusCode.DEADLINE_EXCEEDED),
        (0, grpc.StatusCode.UNKNOWN),
    ],
)
def test_grpc_code_follows_the_http_status_as_the_bridge_maps_it(http: int, code: grpc.StatusCode) -> None:
    assert grpc_code_for_http(http) == code


def test_the_status_details_trailer_is_a_google_rpc_status_with_the_app_error() -> None:
    e = ForbiddenError("api.context.permissions", "No permission.", detailed_error="user u1", request_id="r1")
    assert e.grpc_details() == "api.context.permissions: No permission., user u1"
    [(key, raw)] = e.trailing_metadata()
    assert key == STATUS_DETAILS_KEY
    st = status_pb2.Status.FromString(raw)
    assert st.code == grpc.StatusCode.PERMISSION_DENIED.value[0]
    assert st.message == e.grpc_details()
    [detail] = st.details
    assert detail.type_url == APP_ERROR_TYPE_URL == "type.googleapis.com/mattermost.bridge.v1.AppError"
    msg = pb.AppError.FromString(detail.value)
    assert (msg.id, msg.status_code, msg.request_id) == ("api.context.permissions", 403, "r1")


@pytest.mark.parametrize(
    "status,cls",
    [(400, BadRequestError), (404, NotFoundError), (409, ConflictError), (429, TooManyRequestsError), (500, InternalServerError), (599, AppError)],
)
def test_errors_from_the_wire_are_the_subclass_for_their_status(status: int, cls: type) -> None:
    sent = AppError("x.y", "Message.", status_code=status, where="W", detailed_error="d", skip_translation=True)
    got = app_error_from_trailers(list(sent.trailing_metadata()))
    assert type(got) is cls
    assert got is not None and got.to_message() == sent.to_message()


def test_error_from_rpc_prefers_the_app_error_and_falls_back_to_rpc_error() -> None:
    sent = NotFoundError("app.user.missing_account.const", "Unable to find the user.")
    err = error_from_rpc(FakeRpcError(grpc.StatusCode.NOT_FOUND, "x", [("other", "v"), *sent.trailing_metadata()]))
    assert isinstance(err, NotFoundError) and err.id == sent.id

    plain = error_from_rpc(FakeRpcError(grpc.StatusCode.UNAVAILABLE, "gone"))
    assert isinstance(plain, RPCError)
    assert (plain.code, plain.details, str(plain)) == (grpc.StatusCode.UNAVAILABLE, "gone", "UNAVAILABLE: gone")


def test_malformed_or_foreign_details_are_no_app_error() -> None:
    assert app_error_from_trailers([(STATUS_DETAILS_KEY, b"\xff\xff not a status")]) is None
    other = status_pb2.Status(code=5, message="m")
    other.details.add(type_url="type.googleapis.com/google.rpc.DebugInfo", value=b"")
    assert app_error_from_trailers([(STATUS_DETAILS_KEY, other.SerializeToString())]) is None
    assert app_error_from_trailers(None) is None
