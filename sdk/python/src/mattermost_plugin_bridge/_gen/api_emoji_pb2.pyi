from . import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetEmojiListRequest(_message.Message):
    __slots__ = ("sort_by", "page", "per_page")
    SORT_BY_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    sort_by: str
    page: int
    per_page: int
    def __init__(self, sort_by: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetEmojiListResponse(_message.Message):
    __slots__ = ("emojis",)
    EMOJIS_FIELD_NUMBER: _ClassVar[int]
    emojis: _containers.RepeatedCompositeFieldContainer[_models_pb2.Emoji]
    def __init__(self, emojis: _Optional[_Iterable[_Union[_models_pb2.Emoji, _Mapping]]] = ...) -> None: ...

class GetEmojiByNameRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetEmojiByNameResponse(_message.Message):
    __slots__ = ("emoji",)
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    emoji: _models_pb2.Emoji
    def __init__(self, emoji: _Optional[_Union[_models_pb2.Emoji, _Mapping]] = ...) -> None: ...

class GetEmojiRequest(_message.Message):
    __slots__ = ("emoji_id",)
    EMOJI_ID_FIELD_NUMBER: _ClassVar[int]
    emoji_id: str
    def __init__(self, emoji_id: _Optional[str] = ...) -> None: ...

class GetEmojiResponse(_message.Message):
    __slots__ = ("emoji",)
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    emoji: _models_pb2.Emoji
    def __init__(self, emoji: _Optional[_Union[_models_pb2.Emoji, _Mapping]] = ...) -> None: ...

class GetEmojiImageRequest(_message.Message):
    __slots__ = ("emoji_id",)
    EMOJI_ID_FIELD_NUMBER: _ClassVar[int]
    emoji_id: str
    def __init__(self, emoji_id: _Optional[str] = ...) -> None: ...

class GetEmojiImageResponse(_message.Message):
    __slots__ = ("image", "format")
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    image: bytes
    format: str
    def __init__(self, image: _Optional[bytes] = ..., format: _Optional[str] = ...) -> None: ...
