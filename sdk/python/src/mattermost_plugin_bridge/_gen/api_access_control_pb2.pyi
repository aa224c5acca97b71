from . import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EvaluateAccessControlRequest(_message.Message):
    __slots__ = ("user_id", "resource_type", "resource_id", "action")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    resource_type: str
    resource_id: str
    action: str
    def __init__(self, user_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., resource_id: _Optional[str] = ..., action: _Optional[str] = ...) -> None: ...

class EvaluateAccessControlResponse(_message.Message):
    __slots__ = ("access_decision",)
    ACCESS_DECISION_FIELD_NUMBER: _ClassVar[int]
    access_decision: _models_pb2.AccessDecision
    def __init__(self, access_decision: _Optional[_Union[_models_pb2.AccessDecision, _Mapping]] = ...) -> None: ...

class SaveAccessControlPolicyRequest(_message.Message):
    __slots__ = ("acting_user_id", "policy")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    POLICY_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    policy: _models_pb2.AccessControlPolicy
    def __init__(self, acting_user_id: _Optional[str] = ..., policy: _Optional[_Union[_models_pb2.AccessControlPolicy, _Mapping]] = ...) -> None: ...

class SaveAccessControlPolicyResponse(_message.Message):
    __slots__ = ("access_control_policy",)
    ACCESS_CONTROL_POLICY_FIELD_NUMBER: _ClassVar[int]
    access_control_policy: _models_pb2.AccessControlPolicy
    def __init__(self, access_control_policy: _Optional[_Union[_models_pb2.AccessControlPolicy, _Mapping]] = ...) -> None: ...

class GetAccessControlPolicyRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetAccessControlPolicyResponse(_message.Message):
    __slots__ = ("access_control_policy",)
    ACCESS_CONTROL_POLICY_FIELD_NUMBER: _ClassVar[int]
    access_control_policy: _models_pb2.AccessControlPolicy
    def __init__(self, access_control_policy: _Optional[_Union[_models_pb2.AccessControlPolicy, _Mapping]] = ...) -> None: ...

class DeleteAccessControlPolicyRequest(_message.Message):
    __slots__ = ("acting_user_id", "resource_type", "id")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    resource_type: str
    id: str
    def __init__(self, acting_user_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class DeleteAccessControlPolicyResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CheckAccessControlExpressionRequest(_message.Message):
    __slots__ = ("acting_user_id", "resource_type", "expression")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    resource_type: str
    expression: str
    def __init__(self, acting_user_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., expression: _Optional[str] = ...) -> None: ...

class CheckAccessControlExpressionResponse(_message.Message):
    __slots__ = ("cel_expression_errors",)
    CEL_EXPRESSION_ERRORS_FIELD_NUMBER: _ClassVar[int]
    cel_expression_errors: _containers.RepeatedCompositeFieldContainer[_models_pb2.CELExpressionError]
    def __init__(self, cel_expression_errors: _Optional[_Iterable[_Union[_models_pb2.CELExpressionError, _Mapping]]] = ...) -> None: ...

class QueryUsersForAccessControlExpressionRequest(_message.Message):
    __slots__ = ("acting_user_id", "resource_type", "expression", "term", "cursor_id", "limit")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    TERM_FIELD_NUMBER: _ClassVar[int]
    CURSOR_ID_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    resource_type: str
    expression: str
    term: str
    cursor_id: str
    limit: int
    def __init__(self, acting_user_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., expression: _Optional[str] = ..., term: _Optional[str] = ..., cursor_id: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class QueryUsersForAccessControlExpressionResponse(_message.Message):
    __slots__ = ("access_control_policy_test_response",)
    ACCESS_CONTROL_POLICY_TEST_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    access_control_policy_test_response: _models_pb2.AccessControlPolicyTestResponse
    def __init__(self, access_control_policy_test_response: _Optional[_Union[_models_pb2.AccessControlPolicyTestResponse, _Mapping]] = ...) -> None: ...

class GetAccessControlFieldsAutocompleteRequest(_message.Message):
    __slots__ = ("acting_user_id", "after", "limit")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    after: str
    limit: int
    def __init__(self, acting_user_id: _Optional[str] = ..., after: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class GetAccessControlFieldsAutocompleteResponse(_message.Message):
    __slots__ = ("property_fields",)
    PROPERTY_FIELDS_FIELD_NUMBER: _ClassVar[int]
    property_fields: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyField]
    def __init__(self, property_fields: _Optional[_Iterable[_Union[_models_pb2.PropertyField, _Mapping]]] = ...) -> None: ...

class GetAccessControlVisualASTRequest(_message.Message):
    __slots__ = ("acting_user_id", "resource_type", "expression")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    resource_type: str
    expression: str
    def __init__(self, acting_user_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., expression: _Optional[str] = ...) -> None: ...

class GetAccessControlVisualASTResponse(_message.Message):
    __slots__ = ("visual_expression",)
    VISUAL_EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    visual_expression: _models_pb2.VisualExpression
    def __init__(self, visual_expression: _Optional[_Union[_models_pb2.VisualExpression, _Mapping]] = ...) -> None: ...
