from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class RolesGrantPermissionRequest(_message.Message):
    __slots__ = ("role_names", "permission_id")
    ROLE_NAMES_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_ID_FIELD_NUMBER: _ClassVar[int]
    role_names: _containers.RepeatedScalarFieldContainer[str]
    permission_id: str
    def __init__(self, role_names: _Optional[_Iterable[str]] = ..., permission_id: _Optional[str] = ...) -> None: ...

class RolesGrantPermissionResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bool
    def __init__(self, value: bool = ...) -> None: ...
