from google.protobuf import struct_pb2 as _struct_pb2
from . import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ConnRequest(_message.Message):
    __slots__ = ("is_master",)
    IS_MASTER_FIELD_NUMBER: _ClassVar[int]
    is_master: bool
    def __init__(self, is_master: bool = ...) -> None: ...

class ConnResponse(_message.Message):
    __slots__ = ("conn_id",)
    CONN_ID_FIELD_NUMBER: _ClassVar[int]
    conn_id: str
    def __init__(self, conn_id: _Optional[str] = ...) -> None: ...

class ConnPingRequest(_message.Message):
    __slots__ = ("conn_id",)
    CONN_ID_FIELD_NUMBER: _ClassVar[int]
    conn_id: str
    def __init__(self, conn_id: _Optional[str] = ...) -> None: ...

class ConnPingResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ConnCloseRequest(_message.Message):
    __slots__ = ("conn_id",)
    CONN_ID_FIELD_NUMBER: _ClassVar[int]
    conn_id: str
    def __init__(self, conn_id: _Optional[str] = ...) -> None: ...

class ConnCloseResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ConnQueryRequest(_message.Message):
    __slots__ = ("conn_id", "q", "args")
    CONN_ID_FIELD_NUMBER: _ClassVar[int]
    Q_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    conn_id: str
    q: str
    args: _containers.RepeatedCompositeFieldContainer[_models_pb2.DriverNamedValue]
    def __init__(self, conn_id: _Optional[str] = ..., q: _Optional[str] = ..., args: _Optional[_Iterable[_Union[_models_pb2.DriverNamedValue, _Mapping]]] = ...) -> None: ...

class ConnQueryResponse(_message.Message):
    __slots__ = ("rows_id",)
    ROWS_ID_FIELD_NUMBER: _ClassVar[int]
    rows_id: str
    def __init__(self, rows_id: _Optional[str] = ...) -> None: ...

class ConnExecRequest(_message.Message):
    __slots__ = ("conn_id", "q", "args")
    CONN_ID_FIELD_NUMBER: _ClassVar[int]
    Q_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    conn_id: str
    q: str
    args: _containers.RepeatedCompositeFieldContainer[_models_pb2.DriverNamedValue]
    def __init__(self, conn_id: _Optional[str] = ..., q: _Optional[str] = ..., args: _Optional[_Iterable[_Union[_models_pb2.DriverNamedValue, _Mapping]]] = ...) -> None: ...

class ConnExecResponse(_message.Message):
    __slots__ = ("result_container",)
    RESULT_CONTAINER_FIELD_NUMBER: _ClassVar[int]
    result_container: _models_pb2.PluginResultContainer
    def __init__(self, result_container: _Optional[_Union[_models_pb2.PluginResultContainer, _Mapping]] = ...) -> None: ...

class TxRequest(_message.Message):
    __slots__ = ("conn_id", "opts")
    CONN_ID_FIELD_NUMBER: _ClassVar[int]
    OPTS_FIELD_NUMBER: _ClassVar[int]
    conn_id: str
    opts: _models_pb2.DriverTxOptions
    def __init__(self, conn_id: _Optional[str] = ..., opts: _Optional[_Union[_models_pb2.DriverTxOptions, _Mapping]] = ...) -> None: ...

class TxResponse(_message.Message):
    __slots__ = ("tx_id",)
    TX_ID_FIELD_NUMBER: _ClassVar[int]
    tx_id: str
    def __init__(self, tx_id: _Optional[str] = ...) -> None: ...

class TxCommitRequest(_message.Message):
    __slots__ = ("tx_id",)
    TX_ID_FIELD_NUMBER: _ClassVar[int]
    tx_id: str
    def __init__(self, tx_id: _Optional[str] = ...) -> None: ...

class TxCommitResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TxRollbackRequest(_message.Message):
    __slots__ = ("tx_id",)
    TX_ID_FIELD_NUMBER: _ClassVar[int]
    tx_id: str
    def __init__(self, tx_id: _Optional[str] = ...) -> None: ...

class TxRollbackResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StmtRequest(_message.Message):
    __slots__ = ("conn_id", "q")
    CONN_ID_FIELD_NUMBER: _ClassVar[int]
    Q_FIELD_NUMBER: _ClassVar[int]
    conn_id: str
    q: str
    def __init__(self, conn_id: _Optional[str] = ..., q: _Optional[str] = ...) -> None: ...

class StmtResponse(_message.Message):
    __slots__ = ("stmt_id",)
    STMT_ID_FIELD_NUMBER: _ClassVar[int]
    stmt_id: str
    def __init__(self, stmt_id: _Optional[str] = ...) -> None: ...

class StmtCloseRequest(_message.Message):
    __slots__ = ("st_id",)
    ST_ID_FIELD_NUMBER: _ClassVar[int]
    st_id: str
    def __init__(self, st_id: _Optional[str] = ...) -> None: ...

class StmtCloseResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StmtNumInputRequest(_message.Message):
    __slots__ = ("st_id",)
    ST_ID_FIELD_NUMBER: _ClassVar[int]
    st_id: str
    def __init__(self, st_id: _Optional[str] = ...) -> None: ...

class StmtNumInputResponse(_message.Message):
    __slots__ = ("num_input",)
    NUM_INPUT_FIELD_NUMBER: _ClassVar[int]
    num_input: int
    def __init__(self, num_input: _Optional[int] = ...) -> None: ...

class StmtQueryRequest(_message.Message):
    __slots__ = ("st_id", "args")
    ST_ID_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    st_id: str
    args: _containers.RepeatedCompositeFieldContainer[_models_pb2.DriverNamedValue]
    def __init__(self, st_id: _Optional[str] = ..., args: _Optional[_Iterable[_Union[_models_pb2.DriverNamedValue, _Mapping]]] = ...) -> None: ...

class StmtQueryResponse(_message.Message):
    __slots__ = ("rows_id",)
    ROWS_ID_FIELD_NUMBER: _ClassVar[int]
    rows_id: str
    def __init__(self, rows_id: _Optional[str] = ...) -> None: ...

class StmtExecRequest(_message.Message):
    __slots__ = ("st_id", "args")
    ST_ID_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    st_id: str
    args: _containers.RepeatedCompositeFieldContainer[_models_pb2.DriverNamedValue]
    def __init__(self, st_id: _Optional[str] = ..., args: _Optional[_Iterable[_Union[_models_pb2.DriverNamedValue, _Mapping]]] = ...) -> None: ...

class StmtExecResponse(_message.Message):
    __slots__ = ("result_container",)
    RESULT_CONTAINER_FIELD_NUMBER: _ClassVar[int]
    result_container: _models_pb2.PluginResultContainer
    def __init__(self, result_container: _Optional[_Union[_models_pb2.PluginResultContainer, _Mapping]] = ...) -> None: ...

class RowsColumnsRequest(_message.Message):
    __slots__ = ("rows_id",)
    ROWS_ID_FIELD_NUMBER: _ClassVar[int]
    rows_id: str
    def __init__(self, rows_id: _Optional[str] = ...) -> None: ...

class RowsColumnsResponse(_message.Message):
    __slots__ = ("columns",)
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    columns: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, columns: _Optional[_Iterable[str]] = ...) -> None: ...

class RowsCloseRequest(_message.Message):
    __slots__ = ("rows_id",)
    ROWS_ID_FIELD_NUMBER: _ClassVar[int]
    rows_id: str
    def __init__(self, rows_id: _Optional[str] = ...) -> None: ...

class RowsCloseResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RowsNextRequest(_message.Message):
    __slots__ = ("rows_id", "dest")
    ROWS_ID_FIELD_NUMBER: _ClassVar[int]
    DEST_FIELD_NUMBER: _ClassVar[int]
    rows_id: str
    dest: _containers.RepeatedCompositeFieldContainer[_struct_pb2.Value]
    def __init__(self, rows_id: _Optional[str] = ..., dest: _Optional[_Iterable[_Union[_struct_pb2.Value, _Mapping]]] = ...) -> None: ...

class RowsNextResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_struct_pb2.Value]
    def __init__(self, values: _Optional[_Iterable[_Union[_struct_pb2.Value, _Mapping]]] = ...) -> None: ...

class RowsHasNextResultSetRequest(_message.Message):
    __slots__ = ("rows_id",)
    ROWS_ID_FIELD_NUMBER: _ClassVar[int]
    rows_id: str
    def __init__(self, rows_id: _Optional[str] = ...) -> None: ...

class RowsHasNextResultSetResponse(_message.Message):
    __slots__ = ("has_next",)
    HAS_NEXT_FIELD_NUMBER: _ClassVar[int]
    has_next: bool
    def __init__(self, has_next: bool = ...) -> None: ...

class RowsNextResultSetRequest(_message.Message):
    __slots__ = ("rows_id",)
    ROWS_ID_FIELD_NUMBER: _ClassVar[int]
    rows_id: str
    def __init__(self, rows_id: _Optional[str] = ...) -> None: ...

class RowsNextResultSetResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RowsColumnTypeDatabaseTypeNameRequest(_message.Message):
    __slots__ = ("rows_id", "index")
    ROWS_ID_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    rows_id: str
    index: int
    def __init__(self, rows_id: _Optional[str] = ..., index: _Optional[int] = ...) -> None: ...

class RowsColumnTypeDatabaseTypeNameResponse(_message.Message):
    __slots__ = ("type_name",)
    TYPE_NAME_FIELD_NUMBER: _ClassVar[int]
    type_name: str
    def __init__(self, type_name: _Optional[str] = ...) -> None: ...

class RowsColumnTypePrecisionScaleRequest(_message.Message):
    __slots__ = ("rows_id", "index")
    ROWS_ID_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    rows_id: str
    index: int
    def __init__(self, rows_id: _Optional[str] = ..., index: _Optional[int] = ...) -> None: ...

class RowsColumnTypePrecisionScaleResponse(_message.Message):
    __slots__ = ("precision", "scale", "ok")
    PRECISION_FIELD_NUMBER: _ClassVar[int]
    SCALE_FIELD_NUMBER: _ClassVar[int]
    OK_FIELD_NUMBER: _ClassVar[int]
    precision: int
    scale: int
    ok: bool
    def __init__(self, precision: _Optional[int] = ..., scale: _Optional[int] = ..., ok: bool = ...) -> None: ...
