from . import models_pb2 as _models_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SendMailRequest(_message.Message):
    __slots__ = ("to", "subject", "html_body")
    TO_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    HTML_BODY_FIELD_NUMBER: _ClassVar[int]
    to: str
    subject: str
    html_body: str
    def __init__(self, to: _Optional[str] = ..., subject: _Optional[str] = ..., html_body: _Optional[str] = ...) -> None: ...

class SendMailResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SendPushNotificationRequest(_message.Message):
    __slots__ = ("notification", "user_id")
    NOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    notification: _models_pb2.PushNotification
    user_id: str
    def __init__(self, notification: _Optional[_Union[_models_pb2.PushNotification, _Mapping]] = ..., user_id: _Optional[str] = ...) -> None: ...

class SendPushNotificationResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
