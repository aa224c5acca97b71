from . import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetTeamIconRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class GetTeamIconResponse(_message.Message):
    __slots__ = ("icon",)
    ICON_FIELD_NUMBER: _ClassVar[int]
    icon: bytes
    def __init__(self, icon: _Optional[bytes] = ...) -> None: ...

class SetTeamIconRequest(_message.Message):
    __slots__ = ("team_id", "data")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    data: bytes
    def __init__(self, team_id: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class SetTeamIconResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RemoveTeamIconRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class RemoveTeamIconResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateTeamRequest(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class CreateTeamResponse(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class DeleteTeamRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class DeleteTeamResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetTeamsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetTeamsResponse(_message.Message):
    __slots__ = ("teams",)
    TEAMS_FIELD_NUMBER: _ClassVar[int]
    teams: _containers.RepeatedCompositeFieldContainer[_models_pb2.Team]
    def __init__(self, teams: _Optional[_Iterable[_Union[_models_pb2.Team, _Mapping]]] = ...) -> None: ...

class GetTeamRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class GetTeamResponse(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class GetTeamByNameRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetTeamByNameResponse(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class GetTeamsUnreadForUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetTeamsUnreadForUserResponse(_message.Message):
    __slots__ = ("team_unreads",)
    TEAM_UNREADS_FIELD_NUMBER: _ClassVar[int]
    team_unreads: _containers.RepeatedCompositeFieldContainer[_models_pb2.TeamUnread]
    def __init__(self, team_unreads: _Optional[_Iterable[_Union[_models_pb2.TeamUnread, _Mapping]]] = ...) -> None: ...

class UpdateTeamRequest(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class UpdateTeamResponse(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class SearchTeamsRequest(_message.Message):
    __slots__ = ("term",)
    TERM_FIELD_NUMBER: _ClassVar[int]
    term: str
    def __init__(self, term: _Optional[str] = ...) -> None: ...

class SearchTeamsResponse(_message.Message):
    __slots__ = ("teams",)
    TEAMS_FIELD_NUMBER: _ClassVar[int]
    teams: _containers.RepeatedCompositeFieldContainer[_models_pb2.Team]
    def __init__(self, teams: _Optional[_Iterable[_Union[_models_pb2.Team, _Mapping]]] = ...) -> None: ...

class GetTeamsForUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetTeamsForUserResponse(_message.Message):
    __slots__ = ("teams",)
    TEAMS_FIELD_NUMBER: _ClassVar[int]
    teams: _containers.RepeatedCompositeFieldContainer[_models_pb2.Team]
    def __init__(self, teams: _Optional[_Iterable[_Union[_models_pb2.Team, _Mapping]]] = ...) -> None: ...

class CreateTeamMemberRequest(_message.Message):
    __slots__ = ("team_id", "user_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class CreateTeamMemberResponse(_message.Message):
    __slots__ = ("team_member",)
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    team_member: _models_pb2.TeamMember
    def __init__(self, team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ...) -> None: ...

class CreateTeamMembersRequest(_message.Message):
    __slots__ = ("team_id", "user_ids", "requestor_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    REQUESTOR_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    requestor_id: str
    def __init__(self, team_id: _Optional[str] = ..., user_ids: _Optional[_Iterable[str]] = ..., requestor_id: _Optional[str] = ...) -> None: ...

class CreateTeamMembersResponse(_message.Message):
    __slots__ = ("team_members",)
    TEAM_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    team_members: _containers.RepeatedCompositeFieldContainer[_models_pb2.TeamMember]
    def __init__(self, team_members: _Optional[_Iterable[_Union[_models_pb2.TeamMember, _Mapping]]] = ...) -> None: ...

class CreateTeamMembersGracefullyRequest(_message.Message):
    __slots__ = ("team_id", "user_ids", "requestor_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    REQUESTOR_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    requestor_id: str
    def __init__(self, team_id: _Optional[str] = ..., user_ids: _Optional[_Iterable[str]] = ..., requestor_id: _Optional[str] = ...) -> None: ...

class CreateTeamMembersGracefullyResponse(_message.Message):
    __slots__ = ("team_member_with_errors",)
    TEAM_MEMBER_WITH_ERRORS_FIELD_NUMBER: _ClassVar[int]
    team_member_with_errors: _containers.RepeatedCompositeFieldContainer[_models_pb2.TeamMemberWithError]
    def __init__(self, team_member_with_errors: _Optional[_Iterable[_Union[_models_pb2.TeamMemberWithError, _Mapping]]] = ...) -> None: ...

class DeleteTeamMemberRequest(_message.Message):
    __slots__ = ("team_id", "user_id", "requestor_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTOR_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    requestor_id: str
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ..., requestor_id: _Optional[str] = ...) -> None: ...

class DeleteTeamMemberResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetTeamMembersRequest(_message.Message):
    __slots__ = ("team_id", "page", "per_page")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    page: int
    per_page: int
    def __init__(self, team_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetTeamMembersResponse(_message.Message):
    __slots__ = ("team_members",)
    TEAM_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    team_members: _containers.RepeatedCompositeFieldContainer[_models_pb2.TeamMember]
    def __init__(self, team_members: _Optional[_Iterable[_Union[_models_pb2.TeamMember, _Mapping]]] = ...) -> None: ...

class GetTeamMemberRequest(_message.Message):
    __slots__ = ("team_id", "user_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class GetTeamMemberResponse(_message.Message):
    __slots__ = ("team_member",)
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    team_member: _models_pb2.TeamMember
    def __init__(self, team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ...) -> None: ...

class GetTeamMembersForUserRequest(_message.Message):
    __slots__ = ("user_id", "page", "per_page")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    page: int
    per_page: int
    def __init__(self, user_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetTeamMembersForUserResponse(_message.Message):
    __slots__ = ("team_members",)
    TEAM_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    team_members: _containers.RepeatedCompositeFieldContainer[_models_pb2.TeamMember]
    def __init__(self, team_members: _Optional[_Iterable[_Union[_models_pb2.TeamMember, _Mapping]]] = ...) -> None: ...

class UpdateTeamMemberRolesRequest(_message.Message):
    __slots__ = ("team_id", "user_id", "new_roles")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_ROLES_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    new_roles: str
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ..., new_roles: _Optional[str] = ...) -> None: ...

class UpdateTeamMemberRolesResponse(_message.Message):
    __slots__ = ("team_member",)
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    team_member: _models_pb2.TeamMember
    def __init__(self, team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ...) -> None: ...

class GetTeamStatsRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class GetTeamStatsResponse(_message.Message):
    __slots__ = ("team_stats",)
    TEAM_STATS_FIELD_NUMBER: _ClassVar[int]
    team_stats: _models_pb2.TeamStats
    def __init__(self, team_stats: _Optional[_Union[_models_pb2.TeamStats, _Mapping]] = ...) -> None: ...

class UpdateUserRolesRequest(_message.Message):
    __slots__ = ("user_id", "new_roles")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_ROLES_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    new_roles: str
    def __init__(self, user_id: _Optional[str] = ..., new_roles: _Optional[str] = ...) -> None: ...

class UpdateUserRolesResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...
