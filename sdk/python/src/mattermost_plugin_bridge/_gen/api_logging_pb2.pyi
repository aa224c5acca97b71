from google.protobuf import struct_pb2 as _struct_pb2
from . import models_pb2 as _models_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LogDebugRequest(_message.Message):
    __slots__ = ("msg", "key_value_pairs")
    MSG_FIELD_NUMBER: _ClassVar[int]
    KEY_VALUE_PAIRS_FIELD_NUMBER: _ClassVar[int]
    msg: str
    key_value_pairs: _struct_pb2.ListValue
    def __init__(self, msg: _Optional[str] = ..., key_value_pairs: _Optional[_Union[_struct_pb2.ListValue, _Mapping]] = ...) -> None: ...

class LogDebugResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogInfoRequest(_message.Message):
    __slots__ = ("msg", "key_value_pairs")
    MSG_FIELD_NUMBER: _ClassVar[int]
    KEY_VALUE_PAIRS_FIELD_NUMBER: _ClassVar[int]
    msg: str
    key_value_pairs: _struct_pb2.ListValue
    def __init__(self, msg: _Optional[str] = ..., key_value_pairs: _Optional[_Union[_struct_pb2.ListValue, _Mapping]] = ...) -> None: ...

class LogInfoResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogErrorRequest(_message.Message):
    __slots__ = ("msg", "key_value_pairs")
    MSG_FIELD_NUMBER: _ClassVar[int]
    KEY_VALUE_PAIRS_FIELD_NUMBER: _ClassVar[int]
    msg: str
    key_value_pairs: _struct_pb2.ListValue
    def __init__(self, msg: _Optional[str] = ..., key_value_pairs: _Optional[_Union[_struct_pb2.ListValue, _Mapping]] = ...) -> None: ...

class LogErrorResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogWarnRequest(_message.Message):
    __slots__ = ("msg", "key_value_pairs")
    MSG_FIELD_NUMBER: _ClassVar[int]
    KEY_VALUE_PAIRS_FIELD_NUMBER: _ClassVar[int]
    msg: str
    key_value_pairs: _struct_pb2.ListValue
    def __init__(self, msg: _Optional[str] = ..., key_value_pairs: _Optional[_Union[_struct_pb2.ListValue, _Mapping]] = ...) -> None: ...

class LogWarnResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogAuditRecRequest(_message.Message):
    __slots__ = ("rec",)
    REC_FIELD_NUMBER: _ClassVar[int]
    rec: _models_pb2.AuditRecord
    def __init__(self, rec: _Optional[_Union[_models_pb2.AuditRecord, _Mapping]] = ...) -> None: ...

class LogAuditRecResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogAuditRecWithLevelRequest(_message.Message):
    __slots__ = ("rec", "level")
    REC_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    rec: _models_pb2.AuditRecord
    level: _models_pb2.LogrLevel
    def __init__(self, rec: _Optional[_Union[_models_pb2.AuditRecord, _Mapping]] = ..., level: _Optional[_Union[_models_pb2.LogrLevel, _Mapping]] = ...) -> None: ...

class LogAuditRecWithLevelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
