from . import models_pb2 as _models_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RegisterPluginForSharedChannelsRequest(_message.Message):
    __slots__ = ("opts",)
    OPTS_FIELD_NUMBER: _ClassVar[int]
    opts: _models_pb2.RegisterPluginOpts
    def __init__(self, opts: _Optional[_Union[_models_pb2.RegisterPluginOpts, _Mapping]] = ...) -> None: ...

class RegisterPluginForSharedChannelsResponse(_message.Message):
    __slots__ = ("remote_id",)
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    def __init__(self, remote_id: _Optional[str] = ...) -> None: ...

class UnregisterPluginForSharedChannelsRequest(_message.Message):
    __slots__ = ("plugin_id",)
    PLUGIN_ID_FIELD_NUMBER: _ClassVar[int]
    plugin_id: str
    def __init__(self, plugin_id: _Optional[str] = ...) -> None: ...

class UnregisterPluginForSharedChannelsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnregisterPluginRemoteForSharedChannelsRequest(_message.Message):
    __slots__ = ("remote_id",)
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    def __init__(self, remote_id: _Optional[str] = ...) -> None: ...

class UnregisterPluginRemoteForSharedChannelsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ShareChannelRequest(_message.Message):
    __slots__ = ("sc",)
    SC_FIELD_NUMBER: _ClassVar[int]
    sc: _models_pb2.SharedChannel
    def __init__(self, sc: _Optional[_Union[_models_pb2.SharedChannel, _Mapping]] = ...) -> None: ...

class ShareChannelResponse(_message.Message):
    __slots__ = ("shared_channel",)
    SHARED_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    shared_channel: _models_pb2.SharedChannel
    def __init__(self, shared_channel: _Optional[_Union[_models_pb2.SharedChannel, _Mapping]] = ...) -> None: ...

class UpdateSharedChannelRequest(_message.Message):
    __slots__ = ("sc",)
    SC_FIELD_NUMBER: _ClassVar[int]
    sc: _models_pb2.SharedChannel
    def __init__(self, sc: _Optional[_Union[_models_pb2.SharedChannel, _Mapping]] = ...) -> None: ...

class UpdateSharedChannelResponse(_message.Message):
    __slots__ = ("shared_channel",)
    SHARED_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    shared_channel: _models_pb2.SharedChannel
    def __init__(self, shared_channel: _Optional[_Union[_models_pb2.SharedChannel, _Mapping]] = ...) -> None: ...

class UnshareChannelRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class UnshareChannelResponse(_message.Message):
    __slots__ = ("unshared",)
    UNSHARED_FIELD_NUMBER: _ClassVar[int]
    unshared: bool
    def __init__(self, unshared: bool = ...) -> None: ...

class UpdateSharedChannelCursorRequest(_message.Message):
    __slots__ = ("channel_id", "remote_id", "cusror")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CUSROR_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    remote_id: str
    cusror: _models_pb2.GetPostsSinceForSyncCursor
    def __init__(self, channel_id: _Optional[str] = ..., remote_id: _Optional[str] = ..., cusror: _Optional[_Union[_models_pb2.GetPostsSinceForSyncCursor, _Mapping]] = ...) -> None: ...

class UpdateSharedChannelCursorResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SyncSharedChannelRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class SyncSharedChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class InviteRemoteToChannelRequest(_message.Message):
    __slots__ = ("channel_id", "remote_id", "user_id", "share_if_not_shared")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SHARE_IF_NOT_SHARED_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    remote_id: str
    user_id: str
    share_if_not_shared: bool
    def __init__(self, channel_id: _Optional[str] = ..., remote_id: _Optional[str] = ..., user_id: _Optional[str] = ..., share_if_not_shared: bool = ...) -> None: ...

class InviteRemoteToChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UninviteRemoteFromChannelRequest(_message.Message):
    __slots__ = ("channel_id", "remote_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    remote_id: str
    def __init__(self, channel_id: _Optional[str] = ..., remote_id: _Optional[str] = ...) -> None: ...

class UninviteRemoteFromChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReceiveSharedChannelSyncMsgRequest(_message.Message):
    __slots__ = ("remote_id", "msg")
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    MSG_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    msg: _models_pb2.SyncMsg
    def __init__(self, remote_id: _Optional[str] = ..., msg: _Optional[_Union[_models_pb2.SyncMsg, _Mapping]] = ...) -> None: ...

class ReceiveSharedChannelSyncMsgResponse(_message.Message):
    __slots__ = ("sync_response",)
    SYNC_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    sync_response: _models_pb2.SyncResponse
    def __init__(self, sync_response: _Optional[_Union[_models_pb2.SyncResponse, _Mapping]] = ...) -> None: ...

class ReceiveSharedChannelAttachmentSyncMsgRequest(_message.Message):
    __slots__ = ("remote_id", "channel_id", "fi", "data")
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    FI_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    channel_id: str
    fi: _models_pb2.FileInfo
    data: bytes
    def __init__(self, remote_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., fi: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ..., data: _Optional[bytes] = ...) -> None: ...

class ReceiveSharedChannelAttachmentSyncMsgResponse(_message.Message):
    __slots__ = ("file_info",)
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    file_info: _models_pb2.FileInfo
    def __init__(self, file_info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ...) -> None: ...

class ReceiveSharedChannelProfileImageSyncMsgRequest(_message.Message):
    __slots__ = ("remote_id", "user_id", "image")
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    user_id: str
    image: bytes
    def __init__(self, remote_id: _Optional[str] = ..., user_id: _Optional[str] = ..., image: _Optional[bytes] = ...) -> None: ...

class ReceiveSharedChannelProfileImageSyncMsgResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
