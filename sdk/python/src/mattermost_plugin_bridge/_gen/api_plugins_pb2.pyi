from google.protobuf import struct_pb2 as _struct_pb2
from . import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LoadPluginConfigurationRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LoadPluginConfigurationResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: bytes
    def __init__(self, config: _Optional[bytes] = ...) -> None: ...

class GetPluginConfigRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPluginConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: _struct_pb2.Struct
    def __init__(self, config: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class SavePluginConfigRequest(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: _struct_pb2.Struct
    def __init__(self, config: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class SavePluginConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetBundlePathRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetBundlePathResponse(_message.Message):
    __slots__ = ("path",)
    PATH_FIELD_NUMBER: _ClassVar[int]
    path: str
    def __init__(self, path: _Optional[str] = ...) -> None: ...

class GetPluginsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPluginsResponse(_message.Message):
    __slots__ = ("manifests",)
    MANIFESTS_FIELD_NUMBER: _ClassVar[int]
    manifests: _containers.RepeatedCompositeFieldContainer[_models_pb2.Manifest]
    def __init__(self, manifests: _Optional[_Iterable[_Union[_models_pb2.Manifest, _Mapping]]] = ...) -> None: ...

class EnablePluginRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class EnablePluginResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DisablePluginRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class DisablePluginResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RemovePluginRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class RemovePluginResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPluginStatusRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetPluginStatusResponse(_message.Message):
    __slots__ = ("plugin_status",)
    PLUGIN_STATUS_FIELD_NUMBER: _ClassVar[int]
    plugin_status: _models_pb2.PluginStatus
    def __init__(self, plugin_status: _Optional[_Union[_models_pb2.PluginStatus, _Mapping]] = ...) -> None: ...

class InstallPluginRequest(_message.Message):
    __slots__ = ("replace", "data")
    REPLACE_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    replace: bool
    data: bytes
    def __init__(self, replace: bool = ..., data: _Optional[bytes] = ...) -> None: ...

class InstallPluginResponse(_message.Message):
    __slots__ = ("manifest",)
    MANIFEST_FIELD_NUMBER: _ClassVar[int]
    manifest: _models_pb2.Manifest
    def __init__(self, manifest: _Optional[_Union[_models_pb2.Manifest, _Mapping]] = ...) -> None: ...

class PluginHTTPRequest(_message.Message):
    __slots__ = ("request", "body")
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    request: _models_pb2.PluginHTTPRequestSubset
    body: bytes
    def __init__(self, request: _Optional[_Union[_models_pb2.PluginHTTPRequestSubset, _Mapping]] = ..., body: _Optional[bytes] = ...) -> None: ...

class PluginHTTPResponse(_message.Message):
    __slots__ = ("status_code", "header", "body")
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
    status_code: int
    header: _containers.MessageMap[str, _models_pb2.StringList]
    body: bytes
    def __init__(self, status_code: _Optional[int] = ..., header: _Optional[_Mapping[str, _models_pb2.StringList]] = ..., body: _Optional[bytes] = ...) -> None: ...

class PublishPluginClusterEventRequest(_message.Message):
    __slots__ = ("ev", "opts")
    EV_FIELD_NUMBER: _ClassVar[int]
    OPTS_FIELD_NUMBER: _ClassVar[int]
    ev: _models_pb2.PluginClusterEvent
    opts: _models_pb2.PluginClusterEventSendOptions
    def __init__(self, ev: _Optional[_Union[_models_pb2.PluginClusterEvent, _Mapping]] = ..., opts: _Optional[_Union[_models_pb2.PluginClusterEventSendOptions, _Mapping]] = ...) -> None: ...

class PublishPluginClusterEventResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RegisterCollectionAndTopicRequest(_message.Message):
    __slots__ = ("collection_type", "topic_type")
    COLLECTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    TOPIC_TYPE_FIELD_NUMBER: _ClassVar[int]
    collection_type: str
    topic_type: str
    def __init__(self, collection_type: _Optional[str] = ..., topic_type: _Optional[str] = ...) -> None: ...

class RegisterCollectionAndTopicResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPluginIDRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPluginIDResponse(_message.Message):
    __slots__ = ("plugin_id",)
    PLUGIN_ID_FIELD_NUMBER: _ClassVar[int]
    plugin_id: str
    def __init__(self, plugin_id: _Optional[str] = ...) -> None: ...
