from . import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OnActivateRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnActivateResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ImplementedRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ImplementedResponse(_message.Message):
    __slots__ = ("hooks",)
    HOOKS_FIELD_NUMBER: _ClassVar[int]
    hooks: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, hooks: _Optional[_Iterable[str]] = ...) -> None: ...

class OnDeactivateRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnDeactivateResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnConfigurationChangeRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnConfigurationChangeResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ServeHTTPRequest(_message.Message):
    __slots__ = ("request", "context", "body")
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    request: _models_pb2.PluginHTTPRequestSubset
    context: _models_pb2.PluginContext
    body: bytes
    def __init__(self, request: _Optional[_Union[_models_pb2.PluginHTTPRequestSubset, _Mapping]] = ..., context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., body: _Optional[bytes] = ...) -> None: ...

class ServeHTTPResponse(_message.Message):
    __slots__ = ("status_code", "header", "body", "flush")
    class HeaderEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _models_pb2.StringList
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_models_pb2.StringList, _Mapping]] = ...) -> None: ...
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    FLUSH_FIELD_NUMBER: _ClassVar[int]
    status_code: int
    header: _containers.MessageMap[str, _models_pb2.StringList]
    body: bytes
    flush: bool
    def __init__(self, status_code: _Optional[int] = ..., header: _Optional[_Mapping[str, _models_pb2.StringList]] = ..., body: _Optional[bytes] = ..., flush: bool = ...) -> None: ...

class ExecuteCommandRequest(_message.Message):
    __slots__ = ("context", "args")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    args: _models_pb2.CommandArgs
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., args: _Optional[_Union[_models_pb2.CommandArgs, _Mapping]] = ...) -> None: ...

class ExecuteCommandResponse(_message.Message):
    __slots__ = ("command_response",)
    COMMAND_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    command_response: _models_pb2.CommandResponse
    def __init__(self, command_response: _Optional[_Union[_models_pb2.CommandResponse, _Mapping]] = ...) -> None: ...

class UserHasBeenCreatedRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    user: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasBeenCreatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserWillLogInRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    user: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserWillLogInResponse(_message.Message):
    __slots__ = ("rejection_reason",)
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    rejection_reason: str
    def __init__(self, rejection_reason: _Optional[str] = ...) -> None: ...

class UserHasLoggedInRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    user: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasLoggedInResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessageWillBePostedRequest(_message.Message):
    __slots__ = ("context", "post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    post: _models_pb2.Post
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class MessageWillBePostedResponse(_message.Message):
    __slots__ = ("post", "rejection_reason")
    POST_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    rejection_reason: str
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class MessageWillBeUpdatedRequest(_message.Message):
    __slots__ = ("context", "new_post", "old_post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    NEW_POST_FIELD_NUMBER: _ClassVar[int]
    OLD_POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    new_post: _models_pb2.Post
    old_post: _models_pb2.Post
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., new_post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ..., old_post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class MessageWillBeUpdatedResponse(_message.Message):
    __slots__ = ("post", "rejection_reason")
    POST_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    rejection_reason: str
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class MessageHasBeenPostedRequest(_message.Message):
    __slots__ = ("context", "post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    post: _models_pb2.Post
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class MessageHasBeenPostedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessageHasBeenUpdatedRequest(_message.Message):
    __slots__ = ("context", "new_post", "old_post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    NEW_POST_FIELD_NUMBER: _ClassVar[int]
    OLD_POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    new_post: _models_pb2.Post
    old_post: _models_pb2.Post
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., new_post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ..., old_post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class MessageHasBeenUpdatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessagesWillBeConsumedRequest(_message.Message):
    __slots__ = ("posts",)
    POSTS_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedCompositeFieldContainer[_models_pb2.Post]
    def __init__(self, posts: _Optional[_Iterable[_Union[_models_pb2.Post, _Mapping]]] = ...) -> None: ...

class MessagesWillBeConsumedResponse(_message.Message):
    __slots__ = ("posts",)
    POSTS_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedCompositeFieldContainer[_models_pb2.Post]
    def __init__(self, posts: _Optional[_Iterable[_Union[_models_pb2.Post, _Mapping]]] = ...) -> None: ...

class MessagesWillBeConsumedWithContextRequest(_message.Message):
    __slots__ = ("context", "posts")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POSTS_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    posts: _containers.RepeatedCompositeFieldContainer[_models_pb2.Post]
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., posts: _Optional[_Iterable[_Union[_models_pb2.Post, _Mapping]]] = ...) -> None: ...

class MessagesWillBeConsumedWithContextResponse(_message.Message):
    __slots__ = ("posts",)
    POSTS_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedCompositeFieldContainer[_models_pb2.Post]
    def __init__(self, posts: _Optional[_Iterable[_Union[_models_pb2.Post, _Mapping]]] = ...) -> None: ...

class MessageHasBeenDeletedRequest(_message.Message):
    __slots__ = ("context", "post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    post: _models_pb2.Post
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class MessageHasBeenDeletedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ChannelHasBeenCreatedRequest(_message.Message):
    __slots__ = ("context", "channel")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    channel: _models_pb2.Channel
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class ChannelHasBeenCreatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ChannelWillBeArchivedRequest(_message.Message):
    __slots__ = ("context", "channel")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    channel: _models_pb2.Channel
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class ChannelWillBeArchivedResponse(_message.Message):
    __slots__ = ("rejection_reason",)
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    rejection_reason: str
    def __init__(self, rejection_reason: _Optional[str] = ...) -> None: ...

class ChannelMemberWillBeAddedRequest(_message.Message):
    __slots__ = ("context", "channel_member")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    channel_member: _models_pb2.ChannelMember
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ...) -> None: ...

class ChannelMemberWillBeAddedResponse(_message.Message):
    __slots__ = ("channel_member", "rejection_reason")
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    channel_member: _models_pb2.ChannelMember
    rejection_reason: str
    def __init__(self, channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class UserHasJoinedChannelRequest(_message.Message):
    __slots__ = ("context", "channel_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    channel_member: _models_pb2.ChannelMember
    actor: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ..., actor: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasJoinedChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasLeftChannelRequest(_message.Message):
    __slots__ = ("context", "channel_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    channel_member: _models_pb2.ChannelMember
    actor: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ..., actor: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasLeftChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TeamMemberWillBeAddedRequest(_message.Message):
    __slots__ = ("context", "team_member")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    team_member: _models_pb2.TeamMember
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ...) -> None: ...

class TeamMemberWillBeAddedResponse(_message.Message):
    __slots__ = ("team_member", "rejection_reason")
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    team_member: _models_pb2.TeamMember
    rejection_reason: str
    def __init__(self, team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class UserHasJoinedTeamRequest(_message.Message):
    __slots__ = ("context", "team_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    team_member: _models_pb2.TeamMember
    actor: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ..., actor: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasJoinedTeamResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasLeftTeamRequest(_message.Message):
    __slots__ = ("context", "team_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    team_member: _models_pb2.TeamMember
    actor: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ..., actor: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasLeftTeamResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FileWillBeUploadedRequest(_message.Message):
    __slots__ = ("context", "info", "data")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    info: _models_pb2.FileInfo
    data: bytes
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ..., data: _Optional[bytes] = ...) -> None: ...

class FileWillBeUploadedResponse(_message.Message):
    __slots__ = ("file_info", "rejection_reason", "data")
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    file_info: _models_pb2.FileInfo
    rejection_reason: str
    data: bytes
    def __init__(self, file_info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ..., rejection_reason: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class FileWillBeDownloadedRequest(_message.Message):
    __slots__ = ("context", "file_info", "user_id", "download_type")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DOWNLOAD_TYPE_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    file_info: _models_pb2.FileInfo
    user_id: str
    download_type: str
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., file_info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ..., user_id: _Optional[str] = ..., download_type: _Optional[str] = ...) -> None: ...

class FileWillBeDownloadedResponse(_message.Message):
    __slots__ = ("rejection_reason",)
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    rejection_reason: str
    def __init__(self, rejection_reason: _Optional[str] = ...) -> None: ...

class ReactionHasBeenAddedRequest(_message.Message):
    __slots__ = ("context", "reaction")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    reaction: _models_pb2.Reaction
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., reaction: _Optional[_Union[_models_pb2.Reaction, _Mapping]] = ...) -> None: ...

class ReactionHasBeenAddedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReactionHasBeenRemovedRequest(_message.Message):
    __slots__ = ("context", "reaction")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    reaction: _models_pb2.Reaction
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., reaction: _Optional[_Union[_models_pb2.Reaction, _Mapping]] = ...) -> None: ...

class ReactionHasBeenRemovedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnPluginClusterEventRequest(_message.Message):
    __slots__ = ("context", "ev")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    EV_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    ev: _models_pb2.PluginClusterEvent
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., ev: _Optional[_Union[_models_pb2.PluginClusterEvent, _Mapping]] = ...) -> None: ...

class OnPluginClusterEventResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnWebSocketConnectRequest(_message.Message):
    __slots__ = ("web_conn_id", "user_id")
    WEB_CONN_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    web_conn_id: str
    user_id: str
    def __init__(self, web_conn_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class OnWebSocketConnectResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnWebSocketDisconnectRequest(_message.Message):
    __slots__ = ("web_conn_id", "user_id")
    WEB_CONN_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    web_conn_id: str
    user_id: str
    def __init__(self, web_conn_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class OnWebSocketDisconnectResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class WebSocketMessageHasBeenPostedRequest(_message.Message):
    __slots__ = ("web_conn_id", "user_id", "req")
    WEB_CONN_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REQ_FIELD_NUMBER: _ClassVar[int]
    web_conn_id: str
    user_id: str
    req: _models_pb2.WebSocketRequest
    def __init__(self, web_conn_id: _Optional[str] = ..., user_id: _Optional[str] = ..., req: _Optional[_Union[_models_pb2.WebSocketRequest, _Mapping]] = ...) -> None: ...

class WebSocketMessageHasBeenPostedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RunDataRetentionRequest(_message.Message):
    __slots__ = ("now_time", "batch_size")
    NOW_TIME_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    now_time: int
    batch_size: int
    def __init__(self, now_time: _Optional[int] = ..., batch_size: _Optional[int] = ...) -> None: ...

class RunDataRetentionResponse(_message.Message):
    __slots__ = ("deleted_count",)
    DELETED_COUNT_FIELD_NUMBER: _ClassVar[int]
    deleted_count: int
    def __init__(self, deleted_count: _Optional[int] = ...) -> None: ...

class OnInstallRequest(_message.Message):
    __slots__ = ("context", "event")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    event: _models_pb2.OnInstallEvent
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., event: _Optional[_Union[_models_pb2.OnInstallEvent, _Mapping]] = ...) -> None: ...

class OnInstallResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnSendDailyTelemetryRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnSendDailyTelemetryResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnCloudLimitsUpdatedRequest(_message.Message):
    __slots__ = ("limits",)
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    limits: _models_pb2.ProductLimits
    def __init__(self, limits: _Optional[_Union[_models_pb2.ProductLimits, _Mapping]] = ...) -> None: ...

class OnCloudLimitsUpdatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ConfigurationWillBeSavedRequest(_message.Message):
    __slots__ = ("new_cfg",)
    NEW_CFG_FIELD_NUMBER: _ClassVar[int]
    new_cfg: _models_pb2.Config
    def __init__(self, new_cfg: _Optional[_Union[_models_pb2.Config, _Mapping]] = ...) -> None: ...

class ConfigurationWillBeSavedResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: _models_pb2.Config
    def __init__(self, config: _Optional[_Union[_models_pb2.Config, _Mapping]] = ...) -> None: ...

class EmailNotificationWillBeSentRequest(_message.Message):
    __slots__ = ("email_notification",)
    EMAIL_NOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    email_notification: _models_pb2.EmailNotification
    def __init__(self, email_notification: _Optional[_Union[_models_pb2.EmailNotification, _Mapping]] = ...) -> None: ...

class EmailNotificationWillBeSentResponse(_message.Message):
    __slots__ = ("email_notification_content", "rejection_reason")
    EMAIL_NOTIFICATION_CONTENT_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    email_notification_content: _models_pb2.EmailNotificationContent
    rejection_reason: str
    def __init__(self, email_notification_content: _Optional[_Union[_models_pb2.EmailNotificationContent, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class NotificationWillBePushedRequest(_message.Message):
    __slots__ = ("push_notification", "user_id")
    PUSH_NOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    push_notification: _models_pb2.PushNotification
    user_id: str
    def __init__(self, push_notification: _Optional[_Union[_models_pb2.PushNotification, _Mapping]] = ..., user_id: _Optional[str] = ...) -> None: ...

class NotificationWillBePushedResponse(_message.Message):
    __slots__ = ("push_notification", "rejection_reason")
    PUSH_NOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    push_notification: _models_pb2.PushNotification
    rejection_reason: str
    def __init__(self, push_notification: _Optional[_Union[_models_pb2.PushNotification, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class UserHasBeenDeactivatedRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    user: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasBeenDeactivatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ServeMetricsRequest(_message.Message):
    __slots__ = ("request", "context", "body")
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    request: _models_pb2.PluginHTTPRequestSubset
    context: _models_pb2.PluginContext
    body: bytes
    def __init__(self, request: _Optional[_Union[_models_pb2.PluginHTTPRequestSubset, _Mapping]] = ..., context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., body: _Optional[bytes] = ...) -> None: ...

class ServeMetricsResponse(_message.Message):
    __slots__ = ("status_code", "header", "body", "flush")
    class HeaderEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _models_pb2.StringList
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_models_pb2.StringList, _Mapping]] = ...) -> None: ...
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    FLUSH_FIELD_NUMBER: _ClassVar[int]
    status_code: int
    header: _containers.MessageMap[str, _models_pb2.StringList]
    body: bytes
    flush: bool
    def __init__(self, status_code: _Optional[int] = ..., header: _Optional[_Mapping[str, _models_pb2.StringList]] = ..., body: _Optional[bytes] = ..., flush: bool = ...) -> None: ...

class OnSharedChannelsSyncMsgRequest(_message.Message):
    __slots__ = ("msg", "rc")
    MSG_FIELD_NUMBER: _ClassVar[int]
    RC_FIELD_NUMBER: _ClassVar[int]
    msg: _models_pb2.SyncMsg
    rc: _models_pb2.RemoteCluster
    def __init__(self, msg: _Optional[_Union[_models_pb2.SyncMsg, _Mapping]] = ..., rc: _Optional[_Union[_models_pb2.RemoteCluster, _Mapping]] = ...) -> None: ...

class OnSharedChannelsSyncMsgResponse(_message.Message):
    __slots__ = ("sync_response",)
    SYNC_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    sync_response: _models_pb2.SyncResponse
    def __init__(self, sync_response: _Optional[_Union[_models_pb2.SyncResponse, _Mapping]] = ...) -> None: ...

class OnSharedChannelsPingRequest(_message.Message):
    __slots__ = ("rc",)
    RC_FIELD_NUMBER: _ClassVar[int]
    rc: _models_pb2.RemoteCluster
    def __init__(self, rc: _Optional[_Union[_models_pb2.RemoteCluster, _Mapping]] = ...) -> None: ...

class OnSharedChannelsPingResponse(_message.Message):
    __slots__ = ("healthy",)
    HEALTHY_FIELD_NUMBER: _ClassVar[int]
    healthy: bool
    def __init__(self, healthy: bool = ...) -> None: ...

class PreferencesHaveChangedRequest(_message.Message):
    __slots__ = ("context", "preferences")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    preferences: _containers.RepeatedCompositeFieldContainer[_models_pb2.Preference]
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., preferences: _Optional[_Iterable[_Union[_models_pb2.Preference, _Mapping]]] = ...) -> None: ...

class PreferencesHaveChangedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnSharedChannelsAttachmentSyncMsgRequest(_message.Message):
    __slots__ = ("fi", "post", "rc")
    FI_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    RC_FIELD_NUMBER: _ClassVar[int]
    fi: _models_pb2.FileInfo
    post: _models_pb2.Post
    rc: _models_pb2.RemoteCluster
    def __init__(self, fi: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ..., rc: _Optional[_Union[_models_pb2.RemoteCluster, _Mapping]] = ...) -> None: ...

class OnSharedChannelsAttachmentSyncMsgResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnSharedChannelsProfileImageSyncMsgRequest(_message.Message):
    __slots__ = ("user", "rc")
    USER_FIELD_NUMBER: _ClassVar[int]
    RC_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    rc: _models_pb2.RemoteCluster
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ..., rc: _Optional[_Union[_models_pb2.RemoteCluster, _Mapping]] = ...) -> None: ...

class OnSharedChannelsProfileImageSyncMsgResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GenerateSupportDataRequest(_message.Message):
    __slots__ = ("context",)
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ...) -> None: ...

class GenerateSupportDataResponse(_message.Message):
    __slots__ = ("file_data",)
    FILE_DATA_FIELD_NUMBER: _ClassVar[int]
    file_data: _containers.RepeatedCompositeFieldContainer[_models_pb2.FileData]
    def __init__(self, file_data: _Optional[_Iterable[_Union[_models_pb2.FileData, _Mapping]]] = ...) -> None: ...

class OnSAMLLoginRequest(_message.Message):
    __slots__ = ("context", "user", "assertion")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    ASSERTION_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    user: _models_pb2.User
    assertion: _models_pb2.Saml2AssertionInfo
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., user: _Optional[_Union[_models_pb2.User, _Mapping]] = ..., assertion: _Optional[_Union[_models_pb2.Saml2AssertionInfo, _Mapping]] = ...) -> None: ...

class OnSAMLLoginResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ChannelWillBeUpdatedRequest(_message.Message):
    __slots__ = ("context", "new_channel", "old_channel")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    NEW_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    OLD_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    new_channel: _models_pb2.Channel
    old_channel: _models_pb2.Channel
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., new_channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ..., old_channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class ChannelWillBeUpdatedResponse(_message.Message):
    __slots__ = ("channel", "rejection_reason")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    rejection_reason: str
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class ChannelWillBeRestoredRequest(_message.Message):
    __slots__ = ("context", "channel")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    channel: _models_pb2.Channel
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class ChannelWillBeRestoredResponse(_message.Message):
    __slots__ = ("rejection_reason",)
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    rejection_reason: str
    def __init__(self, rejection_reason: _Optional[str] = ...) -> None: ...

class ScheduledPostWillBeCreatedRequest(_message.Message):
    __slots__ = ("context", "scheduled_post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    scheduled_post: _models_pb2.ScheduledPost
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., scheduled_post: _Optional[_Union[_models_pb2.ScheduledPost, _Mapping]] = ...) -> None: ...

class ScheduledPostWillBeCreatedResponse(_message.Message):
    __slots__ = ("scheduled_post", "rejection_reason")
    SCHEDULED_POST_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    scheduled_post: _models_pb2.ScheduledPost
    rejection_reason: str
    def __init__(self, scheduled_post: _Optional[_Union[_models_pb2.ScheduledPost, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class DraftWillBeUpsertedRequest(_message.Message):
    __slots__ = ("context", "draft")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    DRAFT_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.PluginContext
    draft: _models_pb2.Draft
    def __init__(self, context: _Optional[_Union[_models_pb2.PluginContext, _Mapping]] = ..., draft: _Optional[_Union[_models_pb2.Draft, _Mapping]] = ...) -> None: ...

class DraftWillBeUpsertedResponse(_message.Message):
    __slots__ = ("draft", "rejection_reason")
    DRAFT_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    draft: _models_pb2.Draft
    rejection_reason: str
    def __init__(self, draft: _Optional[_Union[_models_pb2.Draft, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...
