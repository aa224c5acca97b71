from . import models_pb2 as _models_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetConfigRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: _models_pb2.Config
    def __init__(self, config: _Optional[_Union[_models_pb2.Config, _Mapping]] = ...) -> None: ...

class GetUnsanitizedConfigRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetUnsanitizedConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: _models_pb2.Config
    def __init__(self, config: _Optional[_Union[_models_pb2.Config, _Mapping]] = ...) -> None: ...

class SaveConfigRequest(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: _models_pb2.Config
    def __init__(self, config: _Optional[_Union[_models_pb2.Config, _Mapping]] = ...) -> None: ...

class SaveConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
