"""Errors across the gRPC boundary.

A Mattermost ``*model.AppError`` travels as a gRPC status whose code follows its HTTP status
(400 → INVALID_ARGUMENT, 404 → NOT_FOUND, …) and whose ``grpc-status-details-bin`` trailer is a
``google.rpc.Status`` holding the full ``mattermost.bridge.v1.AppError``. API calls raise it as an
:class:`AppError` — the subclass for its HTTP status (:class:`NotFoundError`, …) — and a hook
handler raises one to return that AppError to the server. Failures without an AppError (the bridge
is gone, a deadline passed, …) are :class:`RPCError`.
"""

from __future__ import annotations

from typing import Any, ClassVar, Optional, Sequence, Tuple, Type

import grpc
import google.rpc.status_pb2 as status_pb2

from ._gen.models_pb2 import AppError as AppErrorMessage

__all__ = [
    "APP_ERROR_TYPE_URL",
    "STATUS_DETAILS_KEY",
    "AppError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "GatewayTimeoutError",
    "InternalServerError",
    "MattermostError",
    "NotFoundError",
    "NotImplementedAppError",
    "PayloadTooLargeError",
    "RPCError",
    "ServiceUnavailableError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "error_from_rpc",
    "grpc_code_for_http",
]

STATUS_DETAILS_KEY = "grpc-status-details-bin"
APP_ERROR_TYPE_URL = "type.googleapis.com/mattermost.bridge.v1.AppError"

_HTTP_TO_GRPC = {
    400: grpc.StatusCode.INVALID_ARGUMENT,
    401: grpc.StatusCode.UNAUTHENTICATED,
    403: grpc.StatusCode.PERMISSION_DENIED,
    404: grpc.StatusCode.NOT_FOUND,
    409: grpc.StatusCode.ALREADY_EXISTS,
    413: grpc.StatusCode.RESOURCE_EXHAUSTED,
    429: grpc.StatusCode.RESOURCE_EXHAUSTED,
    501: grpc.StatusCode.UNIMPLEMENTED,
    503: grpc.StatusCode.UNAVAILABLE,
    504: grpc.StatusCode.DEADLINE_EXCEEDED,
}


def grpc_code_for_http(status: int) -> grpc.StatusCode:
    """The gRPC code the bridge uses for an AppError with this HTTP status."""
    code = _HTTP_TO_GRPC.get(status)
    if code is not None:
        return code
    if 400 <= status < 500:
        return grpc.StatusCode.FAILED_PRECONDITION
    return grpc.StatusCode.UNKNOWN if status == 0 else grpc.StatusCode.INTERNAL


class MattermostError(Exception):
    """Base of every error the SDK raises for a failed PluginAPI call."""


class AppError(MattermostError):
    """A Mattermost ``*model.AppError``.

    ``str(err)`` renders like Go's ``AppError.Error()`` ("Where: Message, DetailedError"); the
    fields are attributes. Raise one (or a subclass) from a hook handler to return it.
    """

    default_status: ClassVar[int] = 500

    def __init__(
        self,
        id: str,
        message: str = "",
        *,
        detailed_error: str = "",
        status_code: Optional[int] = None,
        where: str = "",
        request_id: str = "",
        skip_translation: bool = False,
    ) -> None:
        self.id = id
        self.message = message
        self.detailed_error = detailed_error
        self.status_code = self.default_status if status_code is None else status_code
        self.where = where
        self.request_id = request_id
        self.skip_translation = skip_translation
        super().__init__(self._render())

    def _render(self) -> str:
        s = f"{self.where}: " if self.where else ""
        s += self.message
        if self.detailed_error:
            s += (", " if self.message else "") + self.detailed_error
        return s

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, message={self.message!r}, status_code={self.status_code})"

    # ---- the wire form ----

    def to_message(self) -> AppErrorMessage:
        return AppErrorMessage(
            id=self.id,
            message=self.message,
            detailed_error=self.detailed_error,
            request_id=self.request_id,
            status_code=self.status_code,
            where=self.where,
            skip_translation=self.skip_translation,
        )

    @staticmethod
    def from_message(m: AppErrorMessage) -> AppError:
        """The AppError for a wire message, as the subclass for its HTTP status."""
        cls = _BY_STATUS.get(m.status_code, AppError)
        return cls(
            m.id,
            m.message,
            detailed_error=m.detailed_error,
            status_code=m.status_code,
            where=m.where,
            request_id=m.request_id,
            skip_translation=m.skip_translation,
        )

    def grpc_code(self) -> grpc.StatusCode:
        return grpc_code_for_http(self.status_code)

    def grpc_details(self) -> str:
        """The status message the bridge writes for it: ``id: message, detailed_error``."""
        s = f"{self.id}: {self.message}"
        return s + (f", {self.detailed_error}" if self.detailed_error else "")

    def status_details(self) -> bytes:
        """The ``grpc-status-details-bin`` trailer: a google.rpc.Status holding this AppError."""
        st = status_pb2.Status(code=self.grpc_code().value[0], message=self.grpc_details())
        st.details.add(type_url=APP_ERROR_TYPE_URL, value=self.to_message().SerializeToString())
        return st.SerializeToString()

    def trailing_metadata(self) -> Tuple[Tuple[str, bytes]]:
        return ((STATUS_DETAILS_KEY, self.status_details()),)


class BadRequestError(AppError):
    default_status = 400


class UnauthorizedError(AppError):
    default_status = 401


class ForbiddenError(AppError):
    default_status = 403


class NotFoundError(AppError):
    default_status = 404


class ConflictError(AppError):
    default_status = 409


class PayloadTooLargeError(AppError):
    default_status = 413


class TooManyRequestsError(AppError):
    default_status = 429


class InternalServerError(AppError):
    default_status = 500


class NotImplementedAppError(AppError):
    default_status = 501


class ServiceUnavailableError(AppError):
    default_status = 503


class GatewayTimeoutError(AppError):
    default_status = 504


_BY_STATUS: dict[int, Type[AppError]] = {
    c.default_status: c
    for c in (
        BadRequestError,
        UnauthorizedError,
        ForbiddenError,
        NotFoundError,
        ConflictError,
        PayloadTooLargeError,
        TooManyRequestsError,
        InternalServerError,
        NotImplementedAppError,
        ServiceUnavailableError,
        GatewayTimeoutError,
    )
}


class RPCError(MattermostError):
    """A failed call that carried no AppError: ``code`` is the gRPC status code."""

    def __init__(self, code: grpc.StatusCode, details: str) -> None:
        self.code = code
        self.details = details
        super().__init__(f"{code.name}: {details}")


def app_error_from_trailers(metadata: Optional[Sequence[Tuple[str, Any]]]) -> Optional[AppError]:
    """The AppError in a ``grpc-status-details-bin`` trailer, if the peer attached one."""
    for key, value in metadata or ():
        if key != STATUS_DETAILS_KEY or not isinstance(value, bytes):
            continue
        try:
            st = status_pb2.Status.FromString(value)
            for any_ in st.details:
                if any_.type_url == APP_ERROR_TYPE_URL:
                    return AppError.from_message(AppErrorMessage.FromString(any_.value))
        except Exception:  # a malformed trailer is treated as no details
            return None
    return None


def error_from_rpc(err: grpc.RpcError) -> MattermostError:
    """The typed error for a failed call (sync or grpc.aio)."""
    code: grpc.StatusCode = getattr(err, "code", lambda: grpc.StatusCode.UNKNOWN)()
    details: str = getattr(err, "details", lambda: "")() or ""
    trailers = getattr(err, "trailing_metadata", lambda: None)()
    app = app_error_from_trailers(list(trailers) if trailers is not None else None)
    return app if app is not None else RPCError(code, details)
