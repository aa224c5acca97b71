from . import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateBotRequest(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class CreateBotResponse(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class PatchBotRequest(_message.Message):
    __slots__ = ("bot_user_id", "bot_patch")
    BOT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    BOT_PATCH_FIELD_NUMBER: _ClassVar[int]
    bot_user_id: str
    bot_patch: _models_pb2.BotPatch
    def __init__(self, bot_user_id: _Optional[str] = ..., bot_patch: _Optional[_Union[_models_pb2.BotPatch, _Mapping]] = ...) -> None: ...

class PatchBotResponse(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class GetBotRequest(_message.Message):
    __slots__ = ("bot_user_id", "include_deleted")
    BOT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    bot_user_id: str
    include_deleted: bool
    def __init__(self, bot_user_id: _Optional[str] = ..., include_deleted: bool = ...) -> None: ...

class GetBotResponse(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class GetBotsRequest(_message.Message):
    __slots__ = ("options",)
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    options: _models_pb2.BotGetOptions
    def __init__(self, options: _Optional[_Union[_models_pb2.BotGetOptions, _Mapping]] = ...) -> None: ...

class GetBotsResponse(_message.Message):
    __slots__ = ("bots",)
    BOTS_FIELD_NUMBER: _ClassVar[int]
    bots: _containers.RepeatedCompositeFieldContainer[_models_pb2.Bot]
    def __init__(self, bots: _Optional[_Iterable[_Union[_models_pb2.Bot, _Mapping]]] = ...) -> None: ...

class UpdateBotActiveRequest(_message.Message):
    __slots__ = ("bot_user_id", "active")
    BOT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    bot_user_id: str
    active: bool
    def __init__(self, bot_user_id: _Optional[str] = ..., active: bool = ...) -> None: ...

class UpdateBotActiveResponse(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class PermanentDeleteBotRequest(_message.Message):
    __slots__ = ("bot_user_id",)
    BOT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    bot_user_id: str
    def __init__(self, bot_user_id: _Optional[str] = ...) -> None: ...

class PermanentDeleteBotResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EnsureBotUserRequest(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class EnsureBotUserResponse(_message.Message):
    __slots__ = ("bot_user_id",)
    BOT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    bot_user_id: str
    def __init__(self, bot_user_id: _Optional[str] = ...) -> None: ...
