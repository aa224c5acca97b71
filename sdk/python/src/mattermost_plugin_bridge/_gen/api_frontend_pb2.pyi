from google.protobuf import struct_pb2 as _struct_pb2
from . import models_pb2 as _models_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OpenInteractiveDialogRequest(_message.Message):
    __slots__ = ("dialog",)
    DIALOG_FIELD_NUMBER: _ClassVar[int]
    dialog: _models_pb2.OpenDialogRequest
    def __init__(self, dialog: _Optional[_Union[_models_pb2.OpenDialogRequest, _Mapping]] = ...) -> None: ...

class OpenInteractiveDialogResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SendToastMessageRequest(_message.Message):
    __slots__ = ("user_id", "connection_id", "message", "options")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    connection_id: str
    message: str
    options: _models_pb2.SendToastMessageOptions
    def __init__(self, user_id: _Optional[str] = ..., connection_id: _Optional[str] = ..., message: _Optional[str] = ..., options: _Optional[_Union[_models_pb2.SendToastMessageOptions, _Mapping]] = ...) -> None: ...

class SendToastMessageResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PublishWebSocketEventRequest(_message.Message):
    __slots__ = ("event", "payload", "broadcast")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    event: str
    payload: _struct_pb2.Struct
    broadcast: _models_pb2.WebsocketBroadcast
    def __init__(self, event: _Optional[str] = ..., payload: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., broadcast: _Optional[_Union[_models_pb2.WebsocketBroadcast, _Mapping]] = ...) -> None: ...

class PublishWebSocketEventResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
