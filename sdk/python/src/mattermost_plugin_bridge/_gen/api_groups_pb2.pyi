from . import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetGroupRequest(_message.Message):
    __slots__ = ("group_id",)
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    def __init__(self, group_id: _Optional[str] = ...) -> None: ...

class GetGroupResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.Group
    def __init__(self, group: _Optional[_Union[_models_pb2.Group, _Mapping]] = ...) -> None: ...

class GetGroupByNameRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetGroupByNameResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.Group
    def __init__(self, group: _Optional[_Union[_models_pb2.Group, _Mapping]] = ...) -> None: ...

class GetGroupMemberUsersRequest(_message.Message):
    __slots__ = ("group_id", "page", "per_page")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    page: int
    per_page: int
    def __init__(self, group_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetGroupMemberUsersResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetGroupsBySourceRequest(_message.Message):
    __slots__ = ("group_source",)
    GROUP_SOURCE_FIELD_NUMBER: _ClassVar[int]
    group_source: str
    def __init__(self, group_source: _Optional[str] = ...) -> None: ...

class GetGroupsBySourceResponse(_message.Message):
    __slots__ = ("groups",)
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    groups: _containers.RepeatedCompositeFieldContainer[_models_pb2.Group]
    def __init__(self, groups: _Optional[_Iterable[_Union[_models_pb2.Group, _Mapping]]] = ...) -> None: ...

class GetGroupsForUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetGroupsForUserResponse(_message.Message):
    __slots__ = ("groups",)
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    groups: _containers.RepeatedCompositeFieldContainer[_models_pb2.Group]
    def __init__(self, groups: _Optional[_Iterable[_Union[_models_pb2.Group, _Mapping]]] = ...) -> None: ...

class UpsertGroupMemberRequest(_message.Message):
    __slots__ = ("group_id", "user_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    user_id: str
    def __init__(self, group_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class UpsertGroupMemberResponse(_message.Message):
    __slots__ = ("group_member",)
    GROUP_MEMBER_FIELD_NUMBER: _ClassVar[int]
    group_member: _models_pb2.GroupMember
    def __init__(self, group_member: _Optional[_Union[_models_pb2.GroupMember, _Mapping]] = ...) -> None: ...

class UpsertGroupMembersRequest(_message.Message):
    __slots__ = ("group_id", "user_ids")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_id: _Optional[str] = ..., user_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class UpsertGroupMembersResponse(_message.Message):
    __slots__ = ("group_members",)
    GROUP_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    group_members: _containers.RepeatedCompositeFieldContainer[_models_pb2.GroupMember]
    def __init__(self, group_members: _Optional[_Iterable[_Union[_models_pb2.GroupMember, _Mapping]]] = ...) -> None: ...

class GetGroupByRemoteIDRequest(_message.Message):
    __slots__ = ("remote_id", "group_source")
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_SOURCE_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    group_source: str
    def __init__(self, remote_id: _Optional[str] = ..., group_source: _Optional[str] = ...) -> None: ...

class GetGroupByRemoteIDResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.Group
    def __init__(self, group: _Optional[_Union[_models_pb2.Group, _Mapping]] = ...) -> None: ...

class CreateGroupRequest(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.Group
    def __init__(self, group: _Optional[_Union[_models_pb2.Group, _Mapping]] = ...) -> None: ...

class CreateGroupResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.Group
    def __init__(self, group: _Optional[_Union[_models_pb2.Group, _Mapping]] = ...) -> None: ...

class UpdateGroupRequest(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.Group
    def __init__(self, group: _Optional[_Union[_models_pb2.Group, _Mapping]] = ...) -> None: ...

class UpdateGroupResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.Group
    def __init__(self, group: _Optional[_Union[_models_pb2.Group, _Mapping]] = ...) -> None: ...

class DeleteGroupRequest(_message.Message):
    __slots__ = ("group_id",)
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    def __init__(self, group_id: _Optional[str] = ...) -> None: ...

class DeleteGroupResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.Group
    def __init__(self, group: _Optional[_Union[_models_pb2.Group, _Mapping]] = ...) -> None: ...

class RestoreGroupRequest(_message.Message):
    __slots__ = ("group_id",)
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    def __init__(self, group_id: _Optional[str] = ...) -> None: ...

class RestoreGroupResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.Group
    def __init__(self, group: _Optional[_Union[_models_pb2.Group, _Mapping]] = ...) -> None: ...

class DeleteGroupMemberRequest(_message.Message):
    __slots__ = ("group_id", "user_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    user_id: str
    def __init__(self, group_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class DeleteGroupMemberResponse(_message.Message):
    __slots__ = ("group_member",)
    GROUP_MEMBER_FIELD_NUMBER: _ClassVar[int]
    group_member: _models_pb2.GroupMember
    def __init__(self, group_member: _Optional[_Union[_models_pb2.GroupMember, _Mapping]] = ...) -> None: ...

class GetGroupSyncableRequest(_message.Message):
    __slots__ = ("group_id", "syncable_id", "syncable_type")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    syncable_id: str
    syncable_type: str
    def __init__(self, group_id: _Optional[str] = ..., syncable_id: _Optional[str] = ..., syncable_type: _Optional[str] = ...) -> None: ...

class GetGroupSyncableResponse(_message.Message):
    __slots__ = ("group_syncable",)
    GROUP_SYNCABLE_FIELD_NUMBER: _ClassVar[int]
    group_syncable: _models_pb2.GroupSyncable
    def __init__(self, group_syncable: _Optional[_Union[_models_pb2.GroupSyncable, _Mapping]] = ...) -> None: ...

class GetGroupSyncablesRequest(_message.Message):
    __slots__ = ("group_id", "syncable_type")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    syncable_type: str
    def __init__(self, group_id: _Optional[str] = ..., syncable_type: _Optional[str] = ...) -> None: ...

class GetGroupSyncablesResponse(_message.Message):
    __slots__ = ("group_syncables",)
    GROUP_SYNCABLES_FIELD_NUMBER: _ClassVar[int]
    group_syncables: _containers.RepeatedCompositeFieldContainer[_models_pb2.GroupSyncable]
    def __init__(self, group_syncables: _Optional[_Iterable[_Union[_models_pb2.GroupSyncable, _Mapping]]] = ...) -> None: ...

class UpsertGroupSyncableRequest(_message.Message):
    __slots__ = ("group_syncable",)
    GROUP_SYNCABLE_FIELD_NUMBER: _ClassVar[int]
    group_syncable: _models_pb2.GroupSyncable
    def __init__(self, group_syncable: _Optional[_Union[_models_pb2.GroupSyncable, _Mapping]] = ...) -> None: ...

class UpsertGroupSyncableResponse(_message.Message):
    __slots__ = ("group_syncable",)
    GROUP_SYNCABLE_FIELD_NUMBER: _ClassVar[int]
    group_syncable: _models_pb2.GroupSyncable
    def __init__(self, group_syncable: _Optional[_Union[_models_pb2.GroupSyncable, _Mapping]] = ...) -> None: ...

class UpdateGroupSyncableRequest(_message.Message):
    __slots__ = ("group_syncable",)
    GROUP_SYNCABLE_FIELD_NUMBER: _ClassVar[int]
    group_syncable: _models_pb2.GroupSyncable
    def __init__(self, group_syncable: _Optional[_Union[_models_pb2.GroupSyncable, _Mapping]] = ...) -> None: ...

class UpdateGroupSyncableResponse(_message.Message):
    __slots__ = ("group_syncable",)
    GROUP_SYNCABLE_FIELD_NUMBER: _ClassVar[int]
    group_syncable: _models_pb2.GroupSyncable
    def __init__(self, group_syncable: _Optional[_Union[_models_pb2.GroupSyncable, _Mapping]] = ...) -> None: ...

class DeleteGroupSyncableRequest(_message.Message):
    __slots__ = ("group_id", "syncable_id", "syncable_type")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    syncable_id: str
    syncable_type: str
    def __init__(self, group_id: _Optional[str] = ..., syncable_id: _Optional[str] = ..., syncable_type: _Optional[str] = ...) -> None: ...

class DeleteGroupSyncableResponse(_message.Message):
    __slots__ = ("group_syncable",)
    GROUP_SYNCABLE_FIELD_NUMBER: _ClassVar[int]
    group_syncable: _models_pb2.GroupSyncable
    def __init__(self, group_syncable: _Optional[_Union[_models_pb2.GroupSyncable, _Mapping]] = ...) -> None: ...

class GetGroupsRequest(_message.Message):
    __slots__ = ("page", "per_page", "opts", "view_restrictions")
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    OPTS_FIELD_NUMBER: _ClassVar[int]
    VIEW_RESTRICTIONS_FIELD_NUMBER: _ClassVar[int]
    page: int
    per_page: int
    opts: _models_pb2.GroupSearchOpts
    view_restrictions: _models_pb2.ViewUsersRestrictions
    def __init__(self, page: _Optional[int] = ..., per_page: _Optional[int] = ..., opts: _Optional[_Union[_models_pb2.GroupSearchOpts, _Mapping]] = ..., view_restrictions: _Optional[_Union[_models_pb2.ViewUsersRestrictions, _Mapping]] = ...) -> None: ...

class GetGroupsResponse(_message.Message):
    __slots__ = ("groups",)
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    groups: _containers.RepeatedCompositeFieldContainer[_models_pb2.Group]
    def __init__(self, groups: _Optional[_Iterable[_Union[_models_pb2.Group, _Mapping]]] = ...) -> None: ...

class CreateDefaultSyncableMembershipsRequest(_message.Message):
    __slots__ = ("params",)
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    params: _models_pb2.CreateDefaultMembershipParams
    def __init__(self, params: _Optional[_Union[_models_pb2.CreateDefaultMembershipParams, _Mapping]] = ...) -> None: ...

class CreateDefaultSyncableMembershipsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteGroupConstrainedMembershipsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteGroupConstrainedMembershipsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
