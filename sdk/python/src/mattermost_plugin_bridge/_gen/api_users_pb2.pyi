from . import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateUserRequest(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class CreateUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class DeleteUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class DeleteUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetUsersRequest(_message.Message):
    __slots__ = ("options",)
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    options: _models_pb2.UserGetOptions
    def __init__(self, options: _Optional[_Union[_models_pb2.UserGetOptions, _Mapping]] = ...) -> None: ...

class GetUsersResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetUsersByIdsRequest(_message.Message):
    __slots__ = ("user_ids",)
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetUsersByIdsResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class GetUserByEmailRequest(_message.Message):
    __slots__ = ("email",)
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    email: str
    def __init__(self, email: _Optional[str] = ...) -> None: ...

class GetUserByEmailResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class GetUserByUsernameRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetUserByUsernameResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class GetUsersByUsernamesRequest(_message.Message):
    __slots__ = ("usernames",)
    USERNAMES_FIELD_NUMBER: _ClassVar[int]
    usernames: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, usernames: _Optional[_Iterable[str]] = ...) -> None: ...

class GetUsersByUsernamesResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetUsersInTeamRequest(_message.Message):
    __slots__ = ("team_id", "page", "per_page")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    page: int
    per_page: int
    def __init__(self, team_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetUsersInTeamResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetPreferenceForUserRequest(_message.Message):
    __slots__ = ("user_id", "category", "name")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    category: str
    name: str
    def __init__(self, user_id: _Optional[str] = ..., category: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class GetPreferenceForUserResponse(_message.Message):
    __slots__ = ("preference",)
    PREFERENCE_FIELD_NUMBER: _ClassVar[int]
    preference: _models_pb2.Preference
    def __init__(self, preference: _Optional[_Union[_models_pb2.Preference, _Mapping]] = ...) -> None: ...

class GetPreferencesForUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetPreferencesForUserResponse(_message.Message):
    __slots__ = ("preferences",)
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    preferences: _containers.RepeatedCompositeFieldContainer[_models_pb2.Preference]
    def __init__(self, preferences: _Optional[_Iterable[_Union[_models_pb2.Preference, _Mapping]]] = ...) -> None: ...

class UpdatePreferencesForUserRequest(_message.Message):
    __slots__ = ("user_id", "preferences")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    preferences: _containers.RepeatedCompositeFieldContainer[_models_pb2.Preference]
    def __init__(self, user_id: _Optional[str] = ..., preferences: _Optional[_Iterable[_Union[_models_pb2.Preference, _Mapping]]] = ...) -> None: ...

class UpdatePreferencesForUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeletePreferencesForUserRequest(_message.Message):
    __slots__ = ("user_id", "preferences")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    preferences: _containers.RepeatedCompositeFieldContainer[_models_pb2.Preference]
    def __init__(self, user_id: _Optional[str] = ..., preferences: _Optional[_Iterable[_Union[_models_pb2.Preference, _Mapping]]] = ...) -> None: ...

class DeletePreferencesForUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetSessionRequest(_message.Message):
    __slots__ = ("session_id",)
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    def __init__(self, session_id: _Optional[str] = ...) -> None: ...

class GetSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _models_pb2.Session
    def __init__(self, session: _Optional[_Union[_models_pb2.Session, _Mapping]] = ...) -> None: ...

class CreateSessionRequest(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _models_pb2.Session
    def __init__(self, session: _Optional[_Union[_models_pb2.Session, _Mapping]] = ...) -> None: ...

class CreateSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _models_pb2.Session
    def __init__(self, session: _Optional[_Union[_models_pb2.Session, _Mapping]] = ...) -> None: ...

class ExtendSessionExpiryRequest(_message.Message):
    __slots__ = ("session_id", "new_expiry")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_EXPIRY_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    new_expiry: int
    def __init__(self, session_id: _Optional[str] = ..., new_expiry: _Optional[int] = ...) -> None: ...

class ExtendSessionExpiryResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RevokeSessionRequest(_message.Message):
    __slots__ = ("session_id",)
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    def __init__(self, session_id: _Optional[str] = ...) -> None: ...

class RevokeSessionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateUserAccessTokenRequest(_message.Message):
    __slots__ = ("token",)
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    token: _models_pb2.UserAccessToken
    def __init__(self, token: _Optional[_Union[_models_pb2.UserAccessToken, _Mapping]] = ...) -> None: ...

class CreateUserAccessTokenResponse(_message.Message):
    __slots__ = ("user_access_token",)
    USER_ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_access_token: _models_pb2.UserAccessToken
    def __init__(self, user_access_token: _Optional[_Union[_models_pb2.UserAccessToken, _Mapping]] = ...) -> None: ...

class RevokeUserAccessTokenRequest(_message.Message):
    __slots__ = ("token_id",)
    TOKEN_ID_FIELD_NUMBER: _ClassVar[int]
    token_id: str
    def __init__(self, token_id: _Optional[str] = ...) -> None: ...

class RevokeUserAccessTokenResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateUserRequest(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UpdateUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class GetUserStatusRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetUserStatusResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _models_pb2.Status
    def __init__(self, status: _Optional[_Union[_models_pb2.Status, _Mapping]] = ...) -> None: ...

class GetUserStatusesByIdsRequest(_message.Message):
    __slots__ = ("user_ids",)
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetUserStatusesByIdsResponse(_message.Message):
    __slots__ = ("statuses",)
    STATUSES_FIELD_NUMBER: _ClassVar[int]
    statuses: _containers.RepeatedCompositeFieldContainer[_models_pb2.Status]
    def __init__(self, statuses: _Optional[_Iterable[_Union[_models_pb2.Status, _Mapping]]] = ...) -> None: ...

class UpdateUserStatusRequest(_message.Message):
    __slots__ = ("user_id", "status")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    status: str
    def __init__(self, user_id: _Optional[str] = ..., status: _Optional[str] = ...) -> None: ...

class UpdateUserStatusResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _models_pb2.Status
    def __init__(self, status: _Optional[_Union[_models_pb2.Status, _Mapping]] = ...) -> None: ...

class SetUserStatusTimedDNDRequest(_message.Message):
    __slots__ = ("user_id", "endtime")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ENDTIME_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    endtime: int
    def __init__(self, user_id: _Optional[str] = ..., endtime: _Optional[int] = ...) -> None: ...

class SetUserStatusTimedDNDResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _models_pb2.Status
    def __init__(self, status: _Optional[_Union[_models_pb2.Status, _Mapping]] = ...) -> None: ...

class UpdateUserActiveRequest(_message.Message):
    __slots__ = ("user_id", "active")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    active: bool
    def __init__(self, user_id: _Optional[str] = ..., active: bool = ...) -> None: ...

class UpdateUserActiveResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateUserCustomStatusRequest(_message.Message):
    __slots__ = ("user_id", "custom_status")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_STATUS_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    custom_status: _models_pb2.CustomStatus
    def __init__(self, user_id: _Optional[str] = ..., custom_status: _Optional[_Union[_models_pb2.CustomStatus, _Mapping]] = ...) -> None: ...

class UpdateUserCustomStatusResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RemoveUserCustomStatusRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class RemoveUserCustomStatusResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetUsersInChannelRequest(_message.Message):
    __slots__ = ("channel_id", "sort_by", "page", "per_page")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SORT_BY_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    sort_by: str
    page: int
    per_page: int
    def __init__(self, channel_id: _Optional[str] = ..., sort_by: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetUsersInChannelResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetLDAPUserAttributesRequest(_message.Message):
    __slots__ = ("user_id", "attributes")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    attributes: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_id: _Optional[str] = ..., attributes: _Optional[_Iterable[str]] = ...) -> None: ...

class GetLDAPUserAttributesResponse(_message.Message):
    __slots__ = ("attributes",)
    class AttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    attributes: _containers.ScalarMap[str, str]
    def __init__(self, attributes: _Optional[_Mapping[str, str]] = ...) -> None: ...

class SearchUsersRequest(_message.Message):
    __slots__ = ("search",)
    SEARCH_FIELD_NUMBER: _ClassVar[int]
    search: _models_pb2.UserSearch
    def __init__(self, search: _Optional[_Union[_models_pb2.UserSearch, _Mapping]] = ...) -> None: ...

class SearchUsersResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class AddUserToChannelRequest(_message.Message):
    __slots__ = ("channel_id", "user_id", "as_user_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    AS_USER_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    as_user_id: str
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ..., as_user_id: _Optional[str] = ...) -> None: ...

class AddUserToChannelResponse(_message.Message):
    __slots__ = ("channel_member",)
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    channel_member: _models_pb2.ChannelMember
    def __init__(self, channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ...) -> None: ...

class GetProfileImageRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetProfileImageResponse(_message.Message):
    __slots__ = ("image",)
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    image: bytes
    def __init__(self, image: _Optional[bytes] = ...) -> None: ...

class SetProfileImageRequest(_message.Message):
    __slots__ = ("user_id", "data")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    data: bytes
    def __init__(self, user_id: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class SetProfileImageResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HasPermissionToRequest(_message.Message):
    __slots__ = ("user_id", "permission")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    permission: _models_pb2.Permission
    def __init__(self, user_id: _Optional[str] = ..., permission: _Optional[_Union[_models_pb2.Permission, _Mapping]] = ...) -> None: ...

class HasPermissionToResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bool
    def __init__(self, value: bool = ...) -> None: ...

class HasPermissionToTeamRequest(_message.Message):
    __slots__ = ("user_id", "team_id", "permission")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    team_id: str
    permission: _models_pb2.Permission
    def __init__(self, user_id: _Optional[str] = ..., team_id: _Optional[str] = ..., permission: _Optional[_Union[_models_pb2.Permission, _Mapping]] = ...) -> None: ...

class HasPermissionToTeamResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bool
    def __init__(self, value: bool = ...) -> None: ...

class HasPermissionToChannelRequest(_message.Message):
    __slots__ = ("user_id", "channel_id", "permission")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    channel_id: str
    permission: _models_pb2.Permission
    def __init__(self, user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., permission: _Optional[_Union[_models_pb2.Permission, _Mapping]] = ...) -> None: ...

class HasPermissionToChannelResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bool
    def __init__(self, value: bool = ...) -> None: ...

class PublishUserTypingRequest(_message.Message):
    __slots__ = ("user_id", "channel_id", "parent_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PARENT_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    channel_id: str
    parent_id: str
    def __init__(self, user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., parent_id: _Optional[str] = ...) -> None: ...

class PublishUserTypingResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateUserAuthRequest(_message.Message):
    __slots__ = ("user_id", "user_auth")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USER_AUTH_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    user_auth: _models_pb2.UserAuth
    def __init__(self, user_id: _Optional[str] = ..., user_auth: _Optional[_Union[_models_pb2.UserAuth, _Mapping]] = ...) -> None: ...

class UpdateUserAuthResponse(_message.Message):
    __slots__ = ("user_auth",)
    USER_AUTH_FIELD_NUMBER: _ClassVar[int]
    user_auth: _models_pb2.UserAuth
    def __init__(self, user_auth: _Optional[_Union[_models_pb2.UserAuth, _Mapping]] = ...) -> None: ...
