from . import models_pb2 as _models_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateOAuthAppRequest(_message.Message):
    __slots__ = ("app",)
    APP_FIELD_NUMBER: _ClassVar[int]
    app: _models_pb2.OAuthApp
    def __init__(self, app: _Optional[_Union[_models_pb2.OAuthApp, _Mapping]] = ...) -> None: ...

class CreateOAuthAppResponse(_message.Message):
    __slots__ = ("oauth_app",)
    OAUTH_APP_FIELD_NUMBER: _ClassVar[int]
    oauth_app: _models_pb2.OAuthApp
    def __init__(self, oauth_app: _Optional[_Union[_models_pb2.OAuthApp, _Mapping]] = ...) -> None: ...

class GetOAuthAppRequest(_message.Message):
    __slots__ = ("app_id",)
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    def __init__(self, app_id: _Optional[str] = ...) -> None: ...

class GetOAuthAppResponse(_message.Message):
    __slots__ = ("oauth_app",)
    OAUTH_APP_FIELD_NUMBER: _ClassVar[int]
    oauth_app: _models_pb2.OAuthApp
    def __init__(self, oauth_app: _Optional[_Union[_models_pb2.OAuthApp, _Mapping]] = ...) -> None: ...

class UpdateOAuthAppRequest(_message.Message):
    __slots__ = ("app",)
    APP_FIELD_NUMBER: _ClassVar[int]
    app: _models_pb2.OAuthApp
    def __init__(self, app: _Optional[_Union[_models_pb2.OAuthApp, _Mapping]] = ...) -> None: ...

class UpdateOAuthAppResponse(_message.Message):
    __slots__ = ("oauth_app",)
    OAUTH_APP_FIELD_NUMBER: _ClassVar[int]
    oauth_app: _models_pb2.OAuthApp
    def __init__(self, oauth_app: _Optional[_Union[_models_pb2.OAuthApp, _Mapping]] = ...) -> None: ...

class DeleteOAuthAppRequest(_message.Message):
    __slots__ = ("app_id",)
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    def __init__(self, app_id: _Optional[str] = ...) -> None: ...

class DeleteOAuthAppResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
