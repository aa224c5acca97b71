from . import models_pb2 as _models_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetLicenseRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetLicenseResponse(_message.Message):
    __slots__ = ("license",)
    LICENSE_FIELD_NUMBER: _ClassVar[int]
    license: _models_pb2.License
    def __init__(self, license: _Optional[_Union[_models_pb2.License, _Mapping]] = ...) -> None: ...

class IsEnterpriseReadyRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class IsEnterpriseReadyResponse(_message.Message):
    __slots__ = ("enterprise_ready",)
    ENTERPRISE_READY_FIELD_NUMBER: _ClassVar[int]
    enterprise_ready: bool
    def __init__(self, enterprise_ready: bool = ...) -> None: ...

class GetServerVersionRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetServerVersionResponse(_message.Message):
    __slots__ = ("version",)
    VERSION_FIELD_NUMBER: _ClassVar[int]
    version: str
    def __init__(self, version: _Optional[str] = ...) -> None: ...

class GetSystemInstallDateRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetSystemInstallDateResponse(_message.Message):
    __slots__ = ("install_date",)
    INSTALL_DATE_FIELD_NUMBER: _ClassVar[int]
    install_date: int
    def __init__(self, install_date: _Optional[int] = ...) -> None: ...

class GetDiagnosticIdRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetDiagnosticIdResponse(_message.Message):
    __slots__ = ("diagnostic_id",)
    DIAGNOSTIC_ID_FIELD_NUMBER: _ClassVar[int]
    diagnostic_id: str
    def __init__(self, diagnostic_id: _Optional[str] = ...) -> None: ...

class GetTelemetryIdRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetTelemetryIdResponse(_message.Message):
    __slots__ = ("telemetry_id",)
    TELEMETRY_ID_FIELD_NUMBER: _ClassVar[int]
    telemetry_id: str
    def __init__(self, telemetry_id: _Optional[str] = ...) -> None: ...

class RequestTrialLicenseRequest(_message.Message):
    __slots__ = ("requester_id", "users", "terms_accepted", "receive_emails_accepted")
    REQUESTER_ID_FIELD_NUMBER: _ClassVar[int]
    USERS_FIELD_NUMBER: _ClassVar[int]
    TERMS_ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    RECEIVE_EMAILS_ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    requester_id: str
    users: int
    terms_accepted: bool
    receive_emails_accepted: bool
    def __init__(self, requester_id: _Optional[str] = ..., users: _Optional[int] = ..., terms_accepted: bool = ..., receive_emails_accepted: bool = ...) -> None: ...

class RequestTrialLicenseResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetCloudLimitsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetCloudLimitsResponse(_message.Message):
    __slots__ = ("product_limits",)
    PRODUCT_LIMITS_FIELD_NUMBER: _ClassVar[int]
    product_limits: _models_pb2.ProductLimits
    def __init__(self, product_limits: _Optional[_Union[_models_pb2.ProductLimits, _Mapping]] = ...) -> None: ...
