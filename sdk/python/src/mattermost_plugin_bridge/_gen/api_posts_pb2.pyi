from . import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SearchPostsInTeamRequest(_message.Message):
    __slots__ = ("team_id", "params_list")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    PARAMS_LIST_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    params_list: _containers.RepeatedCompositeFieldContainer[_models_pb2.SearchParams]
    def __init__(self, team_id: _Optional[str] = ..., params_list: _Optional[_Iterable[_Union[_models_pb2.SearchParams, _Mapping]]] = ...) -> None: ...

class SearchPostsInTeamResponse(_message.Message):
    __slots__ = ("posts",)
    POSTS_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedCompositeFieldContainer[_models_pb2.Post]
    def __init__(self, posts: _Optional[_Iterable[_Union[_models_pb2.Post, _Mapping]]] = ...) -> None: ...

class SearchPostsInTeamForUserRequest(_message.Message):
    __slots__ = ("team_id", "user_id", "search_params")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SEARCH_PARAMS_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    search_params: _models_pb2.SearchParameter
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ..., search_params: _Optional[_Union[_models_pb2.SearchParameter, _Mapping]] = ...) -> None: ...

class SearchPostsInTeamForUserResponse(_message.Message):
    __slots__ = ("post_search_results",)
    POST_SEARCH_RESULTS_FIELD_NUMBER: _ClassVar[int]
    post_search_results: _models_pb2.PostSearchResults
    def __init__(self, post_search_results: _Optional[_Union[_models_pb2.PostSearchResults, _Mapping]] = ...) -> None: ...

class CreatePostRequest(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class CreatePostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class AddReactionRequest(_message.Message):
    __slots__ = ("reaction",)
    REACTION_FIELD_NUMBER: _ClassVar[int]
    reaction: _models_pb2.Reaction
    def __init__(self, reaction: _Optional[_Union[_models_pb2.Reaction, _Mapping]] = ...) -> None: ...

class AddReactionResponse(_message.Message):
    __slots__ = ("reaction",)
    REACTION_FIELD_NUMBER: _ClassVar[int]
    reaction: _models_pb2.Reaction
    def __init__(self, reaction: _Optional[_Union[_models_pb2.Reaction, _Mapping]] = ...) -> None: ...

class RemoveReactionRequest(_message.Message):
    __slots__ = ("reaction",)
    REACTION_FIELD_NUMBER: _ClassVar[int]
    reaction: _models_pb2.Reaction
    def __init__(self, reaction: _Optional[_Union[_models_pb2.Reaction, _Mapping]] = ...) -> None: ...

class RemoveReactionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetReactionsRequest(_message.Message):
    __slots__ = ("post_id",)
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    post_id: str
    def __init__(self, post_id: _Optional[str] = ...) -> None: ...

class GetReactionsResponse(_message.Message):
    __slots__ = ("reactions",)
    REACTIONS_FIELD_NUMBER: _ClassVar[int]
    reactions: _containers.RepeatedCompositeFieldContainer[_models_pb2.Reaction]
    def __init__(self, reactions: _Optional[_Iterable[_Union[_models_pb2.Reaction, _Mapping]]] = ...) -> None: ...

class SendEphemeralPostRequest(_message.Message):
    __slots__ = ("user_id", "post")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    post: _models_pb2.Post
    def __init__(self, user_id: _Optional[str] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class SendEphemeralPostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class UpdateEphemeralPostRequest(_message.Message):
    __slots__ = ("user_id", "post")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    post: _models_pb2.Post
    def __init__(self, user_id: _Optional[str] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class UpdateEphemeralPostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class DeleteEphemeralPostRequest(_message.Message):
    __slots__ = ("user_id", "post_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    post_id: str
    def __init__(self, user_id: _Optional[str] = ..., post_id: _Optional[str] = ...) -> None: ...

class DeleteEphemeralPostResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeletePostRequest(_message.Message):
    __slots__ = ("post_id",)
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    post_id: str
    def __init__(self, post_id: _Optional[str] = ...) -> None: ...

class DeletePostResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPostThreadRequest(_message.Message):
    __slots__ = ("post_id",)
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    post_id: str
    def __init__(self, post_id: _Optional[str] = ...) -> None: ...

class GetPostThreadResponse(_message.Message):
    __slots__ = ("post_list",)
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    post_list: _models_pb2.PostList
    def __init__(self, post_list: _Optional[_Union[_models_pb2.PostList, _Mapping]] = ...) -> None: ...

class GetPostRequest(_message.Message):
    __slots__ = ("post_id",)
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    post_id: str
    def __init__(self, post_id: _Optional[str] = ...) -> None: ...

class GetPostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class GetPostsSinceRequest(_message.Message):
    __slots__ = ("channel_id", "time")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    time: int
    def __init__(self, channel_id: _Optional[str] = ..., time: _Optional[int] = ...) -> None: ...

class GetPostsSinceResponse(_message.Message):
    __slots__ = ("post_list",)
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    post_list: _models_pb2.PostList
    def __init__(self, post_list: _Optional[_Union[_models_pb2.PostList, _Mapping]] = ...) -> None: ...

class GetPostsAfterRequest(_message.Message):
    __slots__ = ("channel_id", "post_id", "page", "per_page")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    post_id: str
    page: int
    per_page: int
    def __init__(self, channel_id: _Optional[str] = ..., post_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetPostsAfterResponse(_message.Message):
    __slots__ = ("post_list",)
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    post_list: _models_pb2.PostList
    def __init__(self, post_list: _Optional[_Union[_models_pb2.PostList, _Mapping]] = ...) -> None: ...

class GetPostsBeforeRequest(_message.Message):
    __slots__ = ("channel_id", "post_id", "page", "per_page")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    post_id: str
    page: int
    per_page: int
    def __init__(self, channel_id: _Optional[str] = ..., post_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetPostsBeforeResponse(_message.Message):
    __slots__ = ("post_list",)
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    post_list: _models_pb2.PostList
    def __init__(self, post_list: _Optional[_Union[_models_pb2.PostList, _Mapping]] = ...) -> None: ...

class GetPostsForChannelRequest(_message.Message):
    __slots__ = ("channel_id", "page", "per_page")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    page: int
    per_page: int
    def __init__(self, channel_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetPostsForChannelResponse(_message.Message):
    __slots__ = ("post_list",)
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    post_list: _models_pb2.PostList
    def __init__(self, post_list: _Optional[_Union[_models_pb2.PostList, _Mapping]] = ...) -> None: ...

class UpdatePostRequest(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class UpdatePostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...
