import datetime

from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AIRecapSettings(_message.Message):
    __slots__ = ("enable", "default_limits", "enforce_recaps_per_day", "enforce_scheduled_recaps", "enforce_channels_per_recap", "enforce_posts_per_recap", "enforce_tokens_per_recap", "enforce_posts_per_day", "enforce_cooldown")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_LIMITS_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_RECAPS_PER_DAY_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_SCHEDULED_RECAPS_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_CHANNELS_PER_RECAP_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_POSTS_PER_RECAP_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_TOKENS_PER_RECAP_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_POSTS_PER_DAY_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_COOLDOWN_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    default_limits: RecapLimitSettings
    enforce_recaps_per_day: bool
    enforce_scheduled_recaps: bool
    enforce_channels_per_recap: bool
    enforce_posts_per_recap: bool
    enforce_tokens_per_recap: bool
    enforce_posts_per_day: bool
    enforce_cooldown: bool
    def __init__(self, enable: bool = ..., default_limits: _Optional[_Union[RecapLimitSettings, _Mapping]] = ..., enforce_recaps_per_day: bool = ..., enforce_scheduled_recaps: bool = ..., enforce_channels_per_recap: bool = ..., enforce_posts_per_recap: bool = ..., enforce_tokens_per_recap: bool = ..., enforce_posts_per_day: bool = ..., enforce_cooldown: bool = ...) -> None: ...

class AccessControlPolicy(_message.Message):
    __slots__ = ("id", "name", "type", "active", "create_at", "revision", "version", "roles", "imports", "rules", "scope", "scope_id", "props")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    IMPORTS_FIELD_NUMBER: _ClassVar[int]
    RULES_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    SCOPE_ID_FIELD_NUMBER: _ClassVar[int]
    PROPS_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    type: str
    active: bool
    create_at: int
    revision: int
    version: str
    roles: _containers.RepeatedScalarFieldContainer[str]
    imports: _containers.RepeatedScalarFieldContainer[str]
    rules: _containers.RepeatedCompositeFieldContainer[AccessControlPolicyRule]
    scope: str
    scope_id: str
    props: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., type: _Optional[str] = ..., active: bool = ..., create_at: _Optional[int] = ..., revision: _Optional[int] = ..., version: _Optional[str] = ..., roles: _Optional[_Iterable[str]] = ..., imports: _Optional[_Iterable[str]] = ..., rules: _Optional[_Iterable[_Union[AccessControlPolicyRule, _Mapping]]] = ..., scope: _Optional[str] = ..., scope_id: _Optional[str] = ..., props: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class AccessControlPolicyRule(_message.Message):
    __slots__ = ("actions", "expression", "name", "role")
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    actions: _containers.RepeatedScalarFieldContainer[str]
    expression: str
    name: str
    role: str
    def __init__(self, actions: _Optional[_Iterable[str]] = ..., expression: _Optional[str] = ..., name: _Optional[str] = ..., role: _Optional[str] = ...) -> None: ...

class AccessControlPolicyTestResponse(_message.Message):
    __slots__ = ("users", "total")
    USERS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[User]
    total: int
    def __init__(self, users: _Optional[_Iterable[_Union[User, _Mapping]]] = ..., total: _Optional[int] = ...) -> None: ...

class AccessControlSettings(_message.Message):
    __slots__ = ("enable_attribute_based_access_control", "enable_user_managed_attributes", "enable_channel_policy_indicators", "trust_proxy_device_identity_header", "enforce_device_id_consistency", "enable_access_control_audit_logging", "sync_job_interval_seconds", "attribute_refresh_interval_seconds")
    ENABLE_ATTRIBUTE_BASED_ACCESS_CONTROL_FIELD_NUMBER: _ClassVar[int]
    ENABLE_USER_MANAGED_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CHANNEL_POLICY_INDICATORS_FIELD_NUMBER: _ClassVar[int]
    TRUST_PROXY_DEVICE_IDENTITY_HEADER_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_DEVICE_ID_CONSISTENCY_FIELD_NUMBER: _ClassVar[int]
    ENABLE_ACCESS_CONTROL_AUDIT_LOGGING_FIELD_NUMBER: _ClassVar[int]
    SYNC_JOB_INTERVAL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_REFRESH_INTERVAL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    enable_attribute_based_access_control: bool
    enable_user_managed_attributes: bool
    enable_channel_policy_indicators: bool
    trust_proxy_device_identity_header: bool
    enforce_device_id_consistency: bool
    enable_access_control_audit_logging: bool
    sync_job_interval_seconds: int
    attribute_refresh_interval_seconds: int
    def __init__(self, enable_attribute_based_access_control: bool = ..., enable_user_managed_attributes: bool = ..., enable_channel_policy_indicators: bool = ..., trust_proxy_device_identity_header: bool = ..., enforce_device_id_consistency: bool = ..., enable_access_control_audit_logging: bool = ..., sync_job_interval_seconds: _Optional[int] = ..., attribute_refresh_interval_seconds: _Optional[int] = ...) -> None: ...

class AccessDecision(_message.Message):
    __slots__ = ("decision", "context")
    DECISION_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    decision: bool
    context: _struct_pb2.Struct
    def __init__(self, decision: bool = ..., context: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class AdditionalContentFlaggingSettings(_message.Message):
    __slots__ = ("reasons", "reporter_comment_required", "reviewer_comment_required", "hide_flagged_content")
    REASONS_FIELD_NUMBER: _ClassVar[int]
    REPORTER_COMMENT_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    REVIEWER_COMMENT_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    HIDE_FLAGGED_CONTENT_FIELD_NUMBER: _ClassVar[int]
    reasons: _containers.RepeatedScalarFieldContainer[str]
    reporter_comment_required: bool
    reviewer_comment_required: bool
    hide_flagged_content: bool
    def __init__(self, reasons: _Optional[_Iterable[str]] = ..., reporter_comment_required: bool = ..., reviewer_comment_required: bool = ..., hide_flagged_content: bool = ...) -> None: ...

class AgentsProviderSettings(_message.Message):
    __slots__ = ("llm_service_id",)
    LLM_SERVICE_ID_FIELD_NUMBER: _ClassVar[int]
    llm_service_id: str
    def __init__(self, llm_service_id: _Optional[str] = ...) -> None: ...

class AnalyticsSettings(_message.Message):
    __slots__ = ("max_users_for_statistics",)
    MAX_USERS_FOR_STATISTICS_FIELD_NUMBER: _ClassVar[int]
    max_users_for_statistics: int
    def __init__(self, max_users_for_statistics: _Optional[int] = ...) -> None: ...

class AnnouncementSettings(_message.Message):
    __slots__ = ("enable_banner", "banner_text", "banner_color", "banner_text_color", "allow_banner_dismissal", "admin_notices_enabled", "user_notices_enabled", "notices_url", "notices_fetch_frequency", "notices_skip_cache")
    ENABLE_BANNER_FIELD_NUMBER: _ClassVar[int]
    BANNER_TEXT_FIELD_NUMBER: _ClassVar[int]
    BANNER_COLOR_FIELD_NUMBER: _ClassVar[int]
    BANNER_TEXT_COLOR_FIELD_NUMBER: _ClassVar[int]
    ALLOW_BANNER_DISMISSAL_FIELD_NUMBER: _ClassVar[int]
    ADMIN_NOTICES_ENABLED_FIELD_NUMBER: _ClassVar[int]
    USER_NOTICES_ENABLED_FIELD_NUMBER: _ClassVar[int]
    NOTICES_URL_FIELD_NUMBER: _ClassVar[int]
    NOTICES_FETCH_FREQUENCY_FIELD_NUMBER: _ClassVar[int]
    NOTICES_SKIP_CACHE_FIELD_NUMBER: _ClassVar[int]
    enable_banner: bool
    banner_text: str
    banner_color: str
    banner_text_color: str
    allow_banner_dismissal: bool
    admin_notices_enabled: bool
    user_notices_enabled: bool
    notices_url: str
    notices_fetch_frequency: int
    notices_skip_cache: bool
    def __init__(self, enable_banner: bool = ..., banner_text: _Optional[str] = ..., banner_color: _Optional[str] = ..., banner_text_color: _Optional[str] = ..., allow_banner_dismissal: bool = ..., admin_notices_enabled: bool = ..., user_notices_enabled: bool = ..., notices_url: _Optional[str] = ..., notices_fetch_frequency: _Optional[int] = ..., notices_skip_cache: bool = ...) -> None: ...

class AppError(_message.Message):
    __slots__ = ("id", "message", "detailed_error", "request_id", "status_code", "where", "skip_translation")
    ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    DETAILED_ERROR_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    WHERE_FIELD_NUMBER: _ClassVar[int]
    SKIP_TRANSLATION_FIELD_NUMBER: _ClassVar[int]
    id: str
    message: str
    detailed_error: str
    request_id: str
    status_code: int
    where: str
    skip_translation: bool
    def __init__(self, id: _Optional[str] = ..., message: _Optional[str] = ..., detailed_error: _Optional[str] = ..., request_id: _Optional[str] = ..., status_code: _Optional[int] = ..., where: _Optional[str] = ..., skip_translation: bool = ...) -> None: ...

class AuditEventActor(_message.Message):
    __slots__ = ("user_id", "session_id", "client", "ip_address", "x_forwarded_for")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_FIELD_NUMBER: _ClassVar[int]
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    X_FORWARDED_FOR_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    session_id: str
    client: str
    ip_address: str
    x_forwarded_for: str
    def __init__(self, user_id: _Optional[str] = ..., session_id: _Optional[str] = ..., client: _Optional[str] = ..., ip_address: _Optional[str] = ..., x_forwarded_for: _Optional[str] = ...) -> None: ...

class AuditEventData(_message.Message):
    __slots__ = ("parameters", "prior_state", "result_state", "object_type")
    PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    PRIOR_STATE_FIELD_NUMBER: _ClassVar[int]
    RESULT_STATE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    parameters: _struct_pb2.Struct
    prior_state: _struct_pb2.Struct
    result_state: _struct_pb2.Struct
    object_type: str
    def __init__(self, parameters: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., prior_state: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., result_state: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., object_type: _Optional[str] = ...) -> None: ...

class AuditEventError(_message.Message):
    __slots__ = ("description", "code")
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    description: str
    code: int
    def __init__(self, description: _Optional[str] = ..., code: _Optional[int] = ...) -> None: ...

class AuditRecord(_message.Message):
    __slots__ = ("event_name", "status", "event_data", "actor", "meta", "error")
    EVENT_NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EVENT_DATA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    META_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    event_name: str
    status: str
    event_data: AuditEventData
    actor: AuditEventActor
    meta: _struct_pb2.Struct
    error: AuditEventError
    def __init__(self, event_name: _Optional[str] = ..., status: _Optional[str] = ..., event_data: _Optional[_Union[AuditEventData, _Mapping]] = ..., actor: _Optional[_Union[AuditEventActor, _Mapping]] = ..., meta: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., error: _Optional[_Union[AuditEventError, _Mapping]] = ...) -> None: ...

class AutoTranslationSettings(_message.Message):
    __slots__ = ("enable", "restrict_dm_and_gm", "provider", "target_languages", "workers", "timeout_ms", "libre_translate", "agents")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    RESTRICT_DM_AND_GM_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    TARGET_LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    WORKERS_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    LIBRE_TRANSLATE_FIELD_NUMBER: _ClassVar[int]
    AGENTS_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    restrict_dm_and_gm: bool
    provider: str
    target_languages: _containers.RepeatedScalarFieldContainer[str]
    workers: int
    timeout_ms: int
    libre_translate: LibreTranslateProviderSettings
    agents: AgentsProviderSettings
    def __init__(self, enable: bool = ..., restrict_dm_and_gm: bool = ..., provider: _Optional[str] = ..., target_languages: _Optional[_Iterable[str]] = ..., workers: _Optional[int] = ..., timeout_ms: _Optional[int] = ..., libre_translate: _Optional[_Union[LibreTranslateProviderSettings, _Mapping]] = ..., agents: _Optional[_Union[AgentsProviderSettings, _Mapping]] = ...) -> None: ...

class AutocompleteArg(_message.Message):
    __slots__ = ("name", "help_text", "type", "required", "data")
    NAME_FIELD_NUMBER: _ClassVar[int]
    HELP_TEXT_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    name: str
    help_text: str
    type: str
    required: bool
    data: _struct_pb2.Value
    def __init__(self, name: _Optional[str] = ..., help_text: _Optional[str] = ..., type: _Optional[str] = ..., required: bool = ..., data: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class AutocompleteData(_message.Message):
    __slots__ = ("trigger", "hint", "help_text", "role_id", "arguments", "sub_commands")
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    HELP_TEXT_FIELD_NUMBER: _ClassVar[int]
    ROLE_ID_FIELD_NUMBER: _ClassVar[int]
    ARGUMENTS_FIELD_NUMBER: _ClassVar[int]
    SUB_COMMANDS_FIELD_NUMBER: _ClassVar[int]
    trigger: str
    hint: str
    help_text: str
    role_id: str
    arguments: _containers.RepeatedCompositeFieldContainer[AutocompleteArg]
    sub_commands: _containers.RepeatedCompositeFieldContainer[AutocompleteData]
    def __init__(self, trigger: _Optional[str] = ..., hint: _Optional[str] = ..., help_text: _Optional[str] = ..., role_id: _Optional[str] = ..., arguments: _Optional[_Iterable[_Union[AutocompleteArg, _Mapping]]] = ..., sub_commands: _Optional[_Iterable[_Union[AutocompleteData, _Mapping]]] = ...) -> None: ...

class AutocompleteDynamicListArg(_message.Message):
    __slots__ = ("fetch_url",)
    FETCH_URL_FIELD_NUMBER: _ClassVar[int]
    fetch_url: str
    def __init__(self, fetch_url: _Optional[str] = ...) -> None: ...

class AutocompleteListItem(_message.Message):
    __slots__ = ("item", "hint", "help_text")
    ITEM_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    HELP_TEXT_FIELD_NUMBER: _ClassVar[int]
    item: str
    hint: str
    help_text: str
    def __init__(self, item: _Optional[str] = ..., hint: _Optional[str] = ..., help_text: _Optional[str] = ...) -> None: ...

class AutocompleteStaticListArg(_message.Message):
    __slots__ = ("possible_arguments",)
    POSSIBLE_ARGUMENTS_FIELD_NUMBER: _ClassVar[int]
    possible_arguments: _containers.RepeatedCompositeFieldContainer[AutocompleteListItem]
    def __init__(self, possible_arguments: _Optional[_Iterable[_Union[AutocompleteListItem, _Mapping]]] = ...) -> None: ...

class AutocompleteTextArg(_message.Message):
    __slots__ = ("hint", "pattern")
    HINT_FIELD_NUMBER: _ClassVar[int]
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    hint: str
    pattern: str
    def __init__(self, hint: _Optional[str] = ..., pattern: _Optional[str] = ...) -> None: ...

class Bot(_message.Message):
    __slots__ = ("user_id", "username", "display_name", "description", "owner_id", "last_icon_update", "create_at", "update_at", "delete_at")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_ICON_UPDATE_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    username: str
    display_name: str
    description: str
    owner_id: str
    last_icon_update: int
    create_at: int
    update_at: int
    delete_at: int
    def __init__(self, user_id: _Optional[str] = ..., username: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., owner_id: _Optional[str] = ..., last_icon_update: _Optional[int] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ...) -> None: ...

class BotGetOptions(_message.Message):
    __slots__ = ("owner_id", "include_deleted", "only_orphaned", "page", "per_page")
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    ONLY_ORPHANED_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    owner_id: str
    include_deleted: bool
    only_orphaned: bool
    page: int
    per_page: int
    def __init__(self, owner_id: _Optional[str] = ..., include_deleted: bool = ..., only_orphaned: bool = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class BotPatch(_message.Message):
    __slots__ = ("username", "display_name", "description")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    username: str
    display_name: str
    description: str
    def __init__(self, username: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class CELExpressionError(_message.Message):
    __slots__ = ("line", "column", "message")
    LINE_FIELD_NUMBER: _ClassVar[int]
    COLUMN_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    line: int
    column: int
    message: str
    def __init__(self, line: _Optional[int] = ..., column: _Optional[int] = ..., message: _Optional[str] = ...) -> None: ...

class CacheSettings(_message.Message):
    __slots__ = ("cache_type", "redis_address", "redis_password", "redis_db", "redis_cache_prefix", "disable_client_cache")
    CACHE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REDIS_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    REDIS_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    REDIS_DB_FIELD_NUMBER: _ClassVar[int]
    REDIS_CACHE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    DISABLE_CLIENT_CACHE_FIELD_NUMBER: _ClassVar[int]
    cache_type: str
    redis_address: str
    redis_password: str
    redis_db: int
    redis_cache_prefix: str
    disable_client_cache: bool
    def __init__(self, cache_type: _Optional[str] = ..., redis_address: _Optional[str] = ..., redis_password: _Optional[str] = ..., redis_db: _Optional[int] = ..., redis_cache_prefix: _Optional[str] = ..., disable_client_cache: bool = ...) -> None: ...

class Channel(_message.Message):
    __slots__ = ("id", "create_at", "update_at", "delete_at", "team_id", "type", "display_name", "name", "header", "purpose", "last_post_at", "total_msg_count", "extra_update_at", "creator_id", "scheme_id", "props", "group_constrained", "auto_translation", "shared", "total_msg_count_root", "policy_id", "last_root_post_at", "banner_info", "policy_enforced", "policy_actions", "policy_is_active", "default_category_name", "managed_category_name", "discoverable")
    class PolicyActionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: bool
        def __init__(self, key: _Optional[str] = ..., value: bool = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    LAST_POST_AT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_MSG_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXTRA_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEME_ID_FIELD_NUMBER: _ClassVar[int]
    PROPS_FIELD_NUMBER: _ClassVar[int]
    GROUP_CONSTRAINED_FIELD_NUMBER: _ClassVar[int]
    AUTO_TRANSLATION_FIELD_NUMBER: _ClassVar[int]
    SHARED_FIELD_NUMBER: _ClassVar[int]
    TOTAL_MSG_COUNT_ROOT_FIELD_NUMBER: _ClassVar[int]
    POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_ROOT_POST_AT_FIELD_NUMBER: _ClassVar[int]
    BANNER_INFO_FIELD_NUMBER: _ClassVar[int]
    POLICY_ENFORCED_FIELD_NUMBER: _ClassVar[int]
    POLICY_ACTIONS_FIELD_NUMBER: _ClassVar[int]
    POLICY_IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_CATEGORY_NAME_FIELD_NUMBER: _ClassVar[int]
    MANAGED_CATEGORY_NAME_FIELD_NUMBER: _ClassVar[int]
    DISCOVERABLE_FIELD_NUMBER: _ClassVar[int]
    id: str
    create_at: int
    update_at: int
    delete_at: int
    team_id: str
    type: str
    display_name: str
    name: str
    header: str
    purpose: str
    last_post_at: int
    total_msg_count: int
    extra_update_at: int
    creator_id: str
    scheme_id: str
    props: _struct_pb2.Struct
    group_constrained: bool
    auto_translation: bool
    shared: bool
    total_msg_count_root: int
    policy_id: str
    last_root_post_at: int
    banner_info: ChannelBannerInfo
    policy_enforced: bool
    policy_actions: _containers.ScalarMap[str, bool]
    policy_is_active: bool
    default_category_name: str
    managed_category_name: str
    discoverable: bool
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., team_id: _Optional[str] = ..., type: _Optional[str] = ..., display_name: _Optional[str] = ..., name: _Optional[str] = ..., header: _Optional[str] = ..., purpose: _Optional[str] = ..., last_post_at: _Optional[int] = ..., total_msg_count: _Optional[int] = ..., extra_update_at: _Optional[int] = ..., creator_id: _Optional[str] = ..., scheme_id: _Optional[str] = ..., props: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., group_constrained: bool = ..., auto_translation: bool = ..., shared: bool = ..., total_msg_count_root: _Optional[int] = ..., policy_id: _Optional[str] = ..., last_root_post_at: _Optional[int] = ..., banner_info: _Optional[_Union[ChannelBannerInfo, _Mapping]] = ..., policy_enforced: bool = ..., policy_actions: _Optional[_Mapping[str, bool]] = ..., policy_is_active: bool = ..., default_category_name: _Optional[str] = ..., managed_category_name: _Optional[str] = ..., discoverable: bool = ...) -> None: ...

class ChannelBannerInfo(_message.Message):
    __slots__ = ("enabled", "text", "background_color")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    text: str
    background_color: str
    def __init__(self, enabled: bool = ..., text: _Optional[str] = ..., background_color: _Optional[str] = ...) -> None: ...

class ChannelMember(_message.Message):
    __slots__ = ("channel_id", "user_id", "roles", "last_viewed_at", "msg_count", "mention_count", "mention_count_root", "urgent_mention_count", "msg_count_root", "notify_props", "last_update_at", "scheme_guest", "scheme_user", "scheme_admin", "explicit_roles", "auto_translation_disabled")
    class NotifyPropsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    LAST_VIEWED_AT_FIELD_NUMBER: _ClassVar[int]
    MSG_COUNT_FIELD_NUMBER: _ClassVar[int]
    MENTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    MENTION_COUNT_ROOT_FIELD_NUMBER: _ClassVar[int]
    URGENT_MENTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    MSG_COUNT_ROOT_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_PROPS_FIELD_NUMBER: _ClassVar[int]
    LAST_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    SCHEME_GUEST_FIELD_NUMBER: _ClassVar[int]
    SCHEME_USER_FIELD_NUMBER: _ClassVar[int]
    SCHEME_ADMIN_FIELD_NUMBER: _ClassVar[int]
    EXPLICIT_ROLES_FIELD_NUMBER: _ClassVar[int]
    AUTO_TRANSLATION_DISABLED_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    roles: str
    last_viewed_at: int
    msg_count: int
    mention_count: int
    mention_count_root: int
    urgent_mention_count: int
    msg_count_root: int
    notify_props: _containers.ScalarMap[str, str]
    last_update_at: int
    scheme_guest: bool
    scheme_user: bool
    scheme_admin: bool
    explicit_roles: str
    auto_translation_disabled: bool
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ..., roles: _Optional[str] = ..., last_viewed_at: _Optional[int] = ..., msg_count: _Optional[int] = ..., mention_count: _Optional[int] = ..., mention_count_root: _Optional[int] = ..., urgent_mention_count: _Optional[int] = ..., msg_count_root: _Optional[int] = ..., notify_props: _Optional[_Mapping[str, str]] = ..., last_update_at: _Optional[int] = ..., scheme_guest: bool = ..., scheme_user: bool = ..., scheme_admin: bool = ..., explicit_roles: _Optional[str] = ..., auto_translation_disabled: bool = ...) -> None: ...

class ChannelMemberIdentifier(_message.Message):
    __slots__ = ("channel_id", "user_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class ChannelStats(_message.Message):
    __slots__ = ("channel_id", "member_count", "guest_count", "pinned_post_count", "files_count")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    GUEST_COUNT_FIELD_NUMBER: _ClassVar[int]
    PINNED_POST_COUNT_FIELD_NUMBER: _ClassVar[int]
    FILES_COUNT_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    member_count: int
    guest_count: int
    pinned_post_count: int
    files_count: int
    def __init__(self, channel_id: _Optional[str] = ..., member_count: _Optional[int] = ..., guest_count: _Optional[int] = ..., pinned_post_count: _Optional[int] = ..., files_count: _Optional[int] = ...) -> None: ...

class ClientRequirements(_message.Message):
    __slots__ = ("android_latest_version", "android_min_version", "ios_latest_version", "ios_min_version")
    ANDROID_LATEST_VERSION_FIELD_NUMBER: _ClassVar[int]
    ANDROID_MIN_VERSION_FIELD_NUMBER: _ClassVar[int]
    IOS_LATEST_VERSION_FIELD_NUMBER: _ClassVar[int]
    IOS_MIN_VERSION_FIELD_NUMBER: _ClassVar[int]
    android_latest_version: str
    android_min_version: str
    ios_latest_version: str
    ios_min_version: str
    def __init__(self, android_latest_version: _Optional[str] = ..., android_min_version: _Optional[str] = ..., ios_latest_version: _Optional[str] = ..., ios_min_version: _Optional[str] = ...) -> None: ...

class CloudSettings(_message.Message):
    __slots__ = ("cwsurl", "cwsapiurl", "cws_mock", "disable", "preview_modal_bucket_url")
    CWSURL_FIELD_NUMBER: _ClassVar[int]
    CWSAPIURL_FIELD_NUMBER: _ClassVar[int]
    CWS_MOCK_FIELD_NUMBER: _ClassVar[int]
    DISABLE_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_MODAL_BUCKET_URL_FIELD_NUMBER: _ClassVar[int]
    cwsurl: str
    cwsapiurl: str
    cws_mock: bool
    disable: bool
    preview_modal_bucket_url: str
    def __init__(self, cwsurl: _Optional[str] = ..., cwsapiurl: _Optional[str] = ..., cws_mock: bool = ..., disable: bool = ..., preview_modal_bucket_url: _Optional[str] = ...) -> None: ...

class ClusterSettings(_message.Message):
    __slots__ = ("enable", "cluster_name", "override_hostname", "network_interface", "bind_address", "advertise_address", "use_ip_address", "enable_gossip_compression", "enable_experimental_gossip_encryption", "enable_gossip_encryption", "read_only_config", "gossip_port")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_NAME_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_HOSTNAME_FIELD_NUMBER: _ClassVar[int]
    NETWORK_INTERFACE_FIELD_NUMBER: _ClassVar[int]
    BIND_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ADVERTISE_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    USE_IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_GOSSIP_COMPRESSION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_EXPERIMENTAL_GOSSIP_ENCRYPTION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_GOSSIP_ENCRYPTION_FIELD_NUMBER: _ClassVar[int]
    READ_ONLY_CONFIG_FIELD_NUMBER: _ClassVar[int]
    GOSSIP_PORT_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    cluster_name: str
    override_hostname: str
    network_interface: str
    bind_address: str
    advertise_address: str
    use_ip_address: bool
    enable_gossip_compression: bool
    enable_experimental_gossip_encryption: bool
    enable_gossip_encryption: bool
    read_only_config: bool
    gossip_port: int
    def __init__(self, enable: bool = ..., cluster_name: _Optional[str] = ..., override_hostname: _Optional[str] = ..., network_interface: _Optional[str] = ..., bind_address: _Optional[str] = ..., advertise_address: _Optional[str] = ..., use_ip_address: bool = ..., enable_gossip_compression: bool = ..., enable_experimental_gossip_encryption: bool = ..., enable_gossip_encryption: bool = ..., read_only_config: bool = ..., gossip_port: _Optional[int] = ...) -> None: ...

class Command(_message.Message):
    __slots__ = ("id", "token", "create_at", "update_at", "delete_at", "creator_id", "team_id", "trigger", "method", "username", "icon_url", "auto_complete", "auto_complete_desc", "auto_complete_hint", "display_name", "description", "url", "plugin_id", "autocomplete_data", "autocomplete_icon_data")
    ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    ICON_URL_FIELD_NUMBER: _ClassVar[int]
    AUTO_COMPLETE_FIELD_NUMBER: _ClassVar[int]
    AUTO_COMPLETE_DESC_FIELD_NUMBER: _ClassVar[int]
    AUTO_COMPLETE_HINT_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_ID_FIELD_NUMBER: _ClassVar[int]
    AUTOCOMPLETE_DATA_FIELD_NUMBER: _ClassVar[int]
    AUTOCOMPLETE_ICON_DATA_FIELD_NUMBER: _ClassVar[int]
    id: str
    token: str
    create_at: int
    update_at: int
    delete_at: int
    creator_id: str
    team_id: str
    trigger: str
    method: str
    username: str
    icon_url: str
    auto_complete: bool
    auto_complete_desc: str
    auto_complete_hint: str
    display_name: str
    description: str
    url: str
    plugin_id: str
    autocomplete_data: AutocompleteData
    autocomplete_icon_data: str
    def __init__(self, id: _Optional[str] = ..., token: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., creator_id: _Optional[str] = ..., team_id: _Optional[str] = ..., trigger: _Optional[str] = ..., method: _Optional[str] = ..., username: _Optional[str] = ..., icon_url: _Optional[str] = ..., auto_complete: bool = ..., auto_complete_desc: _Optional[str] = ..., auto_complete_hint: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., url: _Optional[str] = ..., plugin_id: _Optional[str] = ..., autocomplete_data: _Optional[_Union[AutocompleteData, _Mapping]] = ..., autocomplete_icon_data: _Optional[str] = ...) -> None: ...

class CommandArgs(_message.Message):
    __slots__ = ("user_id", "channel_id", "team_id", "root_id", "parent_id", "trigger_id", "connection_id", "command", "site_url", "user_mentions", "channel_mentions")
    class UserMentionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class ChannelMentionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    ROOT_ID_FIELD_NUMBER: _ClassVar[int]
    PARENT_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_ID_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_ID_FIELD_NUMBER: _ClassVar[int]
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    SITE_URL_FIELD_NUMBER: _ClassVar[int]
    USER_MENTIONS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MENTIONS_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    channel_id: str
    team_id: str
    root_id: str
    parent_id: str
    trigger_id: str
    connection_id: str
    command: str
    site_url: str
    user_mentions: _containers.ScalarMap[str, str]
    channel_mentions: _containers.ScalarMap[str, str]
    def __init__(self, user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., team_id: _Optional[str] = ..., root_id: _Optional[str] = ..., parent_id: _Optional[str] = ..., trigger_id: _Optional[str] = ..., connection_id: _Optional[str] = ..., command: _Optional[str] = ..., site_url: _Optional[str] = ..., user_mentions: _Optional[_Mapping[str, str]] = ..., channel_mentions: _Optional[_Mapping[str, str]] = ...) -> None: ...

class CommandResponse(_message.Message):
    __slots__ = ("response_type", "text", "username", "channel_id", "icon_url", "type", "props", "goto_location", "trigger_id", "skip_slack_parsing", "attachments", "extra_responses")
    RESPONSE_TYPE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    ICON_URL_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PROPS_FIELD_NUMBER: _ClassVar[int]
    GOTO_LOCATION_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_ID_FIELD_NUMBER: _ClassVar[int]
    SKIP_SLACK_PARSING_FIELD_NUMBER: _ClassVar[int]
    ATTACHMENTS_FIELD_NUMBER: _ClassVar[int]
    EXTRA_RESPONSES_FIELD_NUMBER: _ClassVar[int]
    response_type: str
    text: str
    username: str
    channel_id: str
    icon_url: str
    type: str
    props: _struct_pb2.Struct
    goto_location: str
    trigger_id: str
    skip_slack_parsing: bool
    attachments: _containers.RepeatedCompositeFieldContainer[MessageAttachment]
    extra_responses: _containers.RepeatedCompositeFieldContainer[CommandResponse]
    def __init__(self, response_type: _Optional[str] = ..., text: _Optional[str] = ..., username: _Optional[str] = ..., channel_id: _Optional[str] = ..., icon_url: _Optional[str] = ..., type: _Optional[str] = ..., props: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., goto_location: _Optional[str] = ..., trigger_id: _Optional[str] = ..., skip_slack_parsing: bool = ..., attachments: _Optional[_Iterable[_Union[MessageAttachment, _Mapping]]] = ..., extra_responses: _Optional[_Iterable[_Union[CommandResponse, _Mapping]]] = ...) -> None: ...

class ComplianceSettings(_message.Message):
    __slots__ = ("enable", "directory", "enable_daily", "batch_size")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    DIRECTORY_FIELD_NUMBER: _ClassVar[int]
    ENABLE_DAILY_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    directory: str
    enable_daily: bool
    batch_size: int
    def __init__(self, enable: bool = ..., directory: _Optional[str] = ..., enable_daily: bool = ..., batch_size: _Optional[int] = ...) -> None: ...

class Condition(_message.Message):
    __slots__ = ("attribute", "operator", "value", "value_type", "attribute_type", "has_masked_values")
    ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    VALUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    HAS_MASKED_VALUES_FIELD_NUMBER: _ClassVar[int]
    attribute: str
    operator: str
    value: _struct_pb2.Value
    value_type: int
    attribute_type: str
    has_masked_values: bool
    def __init__(self, attribute: _Optional[str] = ..., operator: _Optional[str] = ..., value: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., value_type: _Optional[int] = ..., attribute_type: _Optional[str] = ..., has_masked_values: bool = ...) -> None: ...

class Config(_message.Message):
    __slots__ = ("service_settings", "team_settings", "client_requirements", "sql_settings", "log_settings", "experimental_audit_settings", "password_settings", "file_settings", "email_settings", "rate_limit_settings", "privacy_settings", "support_settings", "announcement_settings", "theme_settings", "git_lab_settings", "google_settings", "office365_settings", "open_id_settings", "ldap_settings", "compliance_settings", "localization_settings", "saml_settings", "native_app_settings", "intune_settings", "cache_settings", "cluster_settings", "metrics_settings", "experimental_settings", "analytics_settings", "elasticsearch_settings", "data_retention_settings", "mobile_ephemeral_mode_settings", "message_export_settings", "job_settings", "plugin_settings", "display_settings", "guest_accounts_settings", "image_proxy_settings", "cloud_settings", "feature_flags", "import_settings", "export_settings", "wrangler_settings", "connected_workspaces_settings", "access_control_settings", "content_flagging_settings", "auto_translation_settings", "ai_recap_settings")
    SERVICE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    TEAM_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_REQUIREMENTS_FIELD_NUMBER: _ClassVar[int]
    SQL_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    LOG_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_AUDIT_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    FILE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    EMAIL_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    RATE_LIMIT_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    PRIVACY_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    SUPPORT_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ANNOUNCEMENT_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    THEME_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    GIT_LAB_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    GOOGLE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    OFFICE365_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    OPEN_ID_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    LDAP_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    COMPLIANCE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    LOCALIZATION_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    SAML_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    NATIVE_APP_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    INTUNE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    CACHE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    METRICS_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ELASTICSEARCH_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    DATA_RETENTION_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    MOBILE_EPHEMERAL_MODE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_EXPORT_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    JOB_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    GUEST_ACCOUNTS_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROXY_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    CLOUD_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    FEATURE_FLAGS_FIELD_NUMBER: _ClassVar[int]
    IMPORT_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    EXPORT_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    WRANGLER_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    CONNECTED_WORKSPACES_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ACCESS_CONTROL_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FLAGGING_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    AUTO_TRANSLATION_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    AI_RECAP_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    service_settings: ServiceSettings
    team_settings: TeamSettings
    client_requirements: ClientRequirements
    sql_settings: SqlSettings
    log_settings: LogSettings
    experimental_audit_settings: ExperimentalAuditSettings
    password_settings: PasswordSettings
    file_settings: FileSettings
    email_settings: EmailSettings
    rate_limit_settings: RateLimitSettings
    privacy_settings: PrivacySettings
    support_settings: SupportSettings
    announcement_settings: AnnouncementSettings
    theme_settings: ThemeSettings
    git_lab_settings: SSOSettings
    google_settings: SSOSettings
    office365_settings: Office365Settings
    open_id_settings: SSOSettings
    ldap_settings: LdapSettings
    compliance_settings: ComplianceSettings
    localization_settings: LocalizationSettings
    saml_settings: SamlSettings
    native_app_settings: NativeAppSettings
    intune_settings: IntuneSettings
    cache_settings: CacheSettings
    cluster_settings: ClusterSettings
    metrics_settings: MetricsSettings
    experimental_settings: ExperimentalSettings
    analytics_settings: AnalyticsSettings
    elasticsearch_settings: ElasticsearchSettings
    data_retention_settings: DataRetentionSettings
    mobile_ephemeral_mode_settings: MobileEphemeralModeSettings
    message_export_settings: MessageExportSettings
    job_settings: JobSettings
    plugin_settings: PluginSettings
    display_settings: DisplaySettings
    guest_accounts_settings: GuestAccountsSettings
    image_proxy_settings: ImageProxySettings
    cloud_settings: CloudSettings
    feature_flags: FeatureFlags
    import_settings: ImportSettings
    export_settings: ExportSettings
    wrangler_settings: WranglerSettings
    connected_workspaces_settings: ConnectedWorkspacesSettings
    access_control_settings: AccessControlSettings
    content_flagging_settings: ContentFlaggingSettings
    auto_translation_settings: AutoTranslationSettings
    ai_recap_settings: AIRecapSettings
    def __init__(self, service_settings: _Optional[_Union[ServiceSettings, _Mapping]] = ..., team_settings: _Optional[_Union[TeamSettings, _Mapping]] = ..., client_requirements: _Optional[_Union[ClientRequirements, _Mapping]] = ..., sql_settings: _Optional[_Union[SqlSettings, _Mapping]] = ..., log_settings: _Optional[_Union[LogSettings, _Mapping]] = ..., experimental_audit_settings: _Optional[_Union[ExperimentalAuditSettings, _Mapping]] = ..., password_settings: _Optional[_Union[PasswordSettings, _Mapping]] = ..., file_settings: _Optional[_Union[FileSettings, _Mapping]] = ..., email_settings: _Optional[_Union[EmailSettings, _Mapping]] = ..., rate_limit_settings: _Optional[_Union[RateLimitSettings, _Mapping]] = ..., privacy_settings: _Optional[_Union[PrivacySettings, _Mapping]] = ..., support_settings: _Optional[_Union[SupportSettings, _Mapping]] = ..., announcement_settings: _Optional[_Union[AnnouncementSettings, _Mapping]] = ..., theme_settings: _Optional[_Union[ThemeSettings, _Mapping]] = ..., git_lab_settings: _Optional[_Union[SSOSettings, _Mapping]] = ..., google_settings: _Optional[_Union[SSOSettings, _Mapping]] = ..., office365_settings: _Optional[_Union[Office365Settings, _Mapping]] = ..., open_id_settings: _Optional[_Union[SSOSettings, _Mapping]] = ..., ldap_settings: _Optional[_Union[LdapSettings, _Mapping]] = ..., compliance_settings: _Optional[_Union[ComplianceSettings, _Mapping]] = ..., localization_settings: _Optional[_Union[LocalizationSettings, _Mapping]] = ..., saml_settings: _Optional[_Union[SamlSettings, _Mapping]] = ..., native_app_settings: _Optional[_Union[NativeAppSettings, _Mapping]] = ..., intune_settings: _Optional[_Union[IntuneSettings, _Mapping]] = ..., cache_settings: _Optional[_Union[CacheSettings, _Mapping]] = ..., cluster_settings: _Optional[_Union[ClusterSettings, _Mapping]] = ..., metrics_settings: _Optional[_Union[MetricsSettings, _Mapping]] = ..., experimental_settings: _Optional[_Union[ExperimentalSettings, _Mapping]] = ..., analytics_settings: _Optional[_Union[AnalyticsSettings, _Mapping]] = ..., elasticsearch_settings: _Optional[_Union[ElasticsearchSettings, _Mapping]] = ..., data_retention_settings: _Optional[_Union[DataRetentionSettings, _Mapping]] = ..., mobile_ephemeral_mode_settings: _Optional[_Union[MobileEphemeralModeSettings, _Mapping]] = ..., message_export_settings: _Optional[_Union[MessageExportSettings, _Mapping]] = ..., job_settings: _Optional[_Union[JobSettings, _Mapping]] = ..., plugin_settings: _Optional[_Union[PluginSettings, _Mapping]] = ..., display_settings: _Optional[_Union[DisplaySettings, _Mapping]] = ..., guest_accounts_settings: _Optional[_Union[GuestAccountsSettings, _Mapping]] = ..., image_proxy_settings: _Optional[_Union[ImageProxySettings, _Mapping]] = ..., cloud_settings: _Optional[_Union[CloudSettings, _Mapping]] = ..., feature_flags: _Optional[_Union[FeatureFlags, _Mapping]] = ..., import_settings: _Optional[_Union[ImportSettings, _Mapping]] = ..., export_settings: _Optional[_Union[ExportSettings, _Mapping]] = ..., wrangler_settings: _Optional[_Union[WranglerSettings, _Mapping]] = ..., connected_workspaces_settings: _Optional[_Union[ConnectedWorkspacesSettings, _Mapping]] = ..., access_control_settings: _Optional[_Union[AccessControlSettings, _Mapping]] = ..., content_flagging_settings: _Optional[_Union[ContentFlaggingSettings, _Mapping]] = ..., auto_translation_settings: _Optional[_Union[AutoTranslationSettings, _Mapping]] = ..., ai_recap_settings: _Optional[_Union[AIRecapSettings, _Mapping]] = ...) -> None: ...

class ConnectedWorkspacesSettings(_message.Message):
    __slots__ = ("enable_shared_channels", "enable_remote_cluster_service", "disable_shared_channels_status_sync", "sync_users_on_connection_open", "global_user_sync_batch_size", "max_posts_per_sync", "member_sync_batch_size")
    ENABLE_SHARED_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_REMOTE_CLUSTER_SERVICE_FIELD_NUMBER: _ClassVar[int]
    DISABLE_SHARED_CHANNELS_STATUS_SYNC_FIELD_NUMBER: _ClassVar[int]
    SYNC_USERS_ON_CONNECTION_OPEN_FIELD_NUMBER: _ClassVar[int]
    GLOBAL_USER_SYNC_BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    MAX_POSTS_PER_SYNC_FIELD_NUMBER: _ClassVar[int]
    MEMBER_SYNC_BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    enable_shared_channels: bool
    enable_remote_cluster_service: bool
    disable_shared_channels_status_sync: bool
    sync_users_on_connection_open: bool
    global_user_sync_batch_size: int
    max_posts_per_sync: int
    member_sync_batch_size: int
    def __init__(self, enable_shared_channels: bool = ..., enable_remote_cluster_service: bool = ..., disable_shared_channels_status_sync: bool = ..., sync_users_on_connection_open: bool = ..., global_user_sync_batch_size: _Optional[int] = ..., max_posts_per_sync: _Optional[int] = ..., member_sync_batch_size: _Optional[int] = ...) -> None: ...

class ContentFlaggingNotificationSettings(_message.Message):
    __slots__ = ("event_target_mapping",)
    class EventTargetMappingEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: StringList
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[StringList, _Mapping]] = ...) -> None: ...
    EVENT_TARGET_MAPPING_FIELD_NUMBER: _ClassVar[int]
    event_target_mapping: _containers.MessageMap[str, StringList]
    def __init__(self, event_target_mapping: _Optional[_Mapping[str, StringList]] = ...) -> None: ...

class ContentFlaggingSettings(_message.Message):
    __slots__ = ("content_flagging_settings_base", "reviewer_settings")
    CONTENT_FLAGGING_SETTINGS_BASE_FIELD_NUMBER: _ClassVar[int]
    REVIEWER_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    content_flagging_settings_base: ContentFlaggingSettingsBase
    reviewer_settings: ReviewerSettings
    def __init__(self, content_flagging_settings_base: _Optional[_Union[ContentFlaggingSettingsBase, _Mapping]] = ..., reviewer_settings: _Optional[_Union[ReviewerSettings, _Mapping]] = ...) -> None: ...

class ContentFlaggingSettingsBase(_message.Message):
    __slots__ = ("enable_content_flagging", "notification_settings", "additional_settings")
    ENABLE_CONTENT_FLAGGING_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ADDITIONAL_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    enable_content_flagging: bool
    notification_settings: ContentFlaggingNotificationSettings
    additional_settings: AdditionalContentFlaggingSettings
    def __init__(self, enable_content_flagging: bool = ..., notification_settings: _Optional[_Union[ContentFlaggingNotificationSettings, _Mapping]] = ..., additional_settings: _Optional[_Union[AdditionalContentFlaggingSettings, _Mapping]] = ...) -> None: ...

class CreateDefaultMembershipParams(_message.Message):
    __slots__ = ("since", "re_add_removed_members", "scoped_user_id", "scoped_team_id", "scoped_channel_id")
    SINCE_FIELD_NUMBER: _ClassVar[int]
    RE_ADD_REMOVED_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    SCOPED_USER_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPED_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPED_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    since: int
    re_add_removed_members: bool
    scoped_user_id: str
    scoped_team_id: str
    scoped_channel_id: str
    def __init__(self, since: _Optional[int] = ..., re_add_removed_members: bool = ..., scoped_user_id: _Optional[str] = ..., scoped_team_id: _Optional[str] = ..., scoped_channel_id: _Optional[str] = ...) -> None: ...

class CustomStatus(_message.Message):
    __slots__ = ("emoji", "text", "duration", "expires_at")
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    emoji: str
    text: str
    duration: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, emoji: _Optional[str] = ..., text: _Optional[str] = ..., duration: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Customer(_message.Message):
    __slots__ = ("id", "name", "email", "company")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    COMPANY_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    email: str
    company: str
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., email: _Optional[str] = ..., company: _Optional[str] = ...) -> None: ...

class DataRetentionSettings(_message.Message):
    __slots__ = ("enable_message_deletion", "enable_file_deletion", "enable_boards_deletion", "message_retention_days", "message_retention_hours", "file_retention_days", "file_retention_hours", "boards_retention_days", "deletion_job_start_time", "batch_size", "time_between_batches_milliseconds", "retention_ids_batch_size", "preserve_pinned_posts")
    ENABLE_MESSAGE_DELETION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_FILE_DELETION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_BOARDS_DELETION_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_RETENTION_DAYS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_RETENTION_HOURS_FIELD_NUMBER: _ClassVar[int]
    FILE_RETENTION_DAYS_FIELD_NUMBER: _ClassVar[int]
    FILE_RETENTION_HOURS_FIELD_NUMBER: _ClassVar[int]
    BOARDS_RETENTION_DAYS_FIELD_NUMBER: _ClassVar[int]
    DELETION_JOB_START_TIME_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    TIME_BETWEEN_BATCHES_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    RETENTION_IDS_BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    PRESERVE_PINNED_POSTS_FIELD_NUMBER: _ClassVar[int]
    enable_message_deletion: bool
    enable_file_deletion: bool
    enable_boards_deletion: bool
    message_retention_days: int
    message_retention_hours: int
    file_retention_days: int
    file_retention_hours: int
    boards_retention_days: int
    deletion_job_start_time: str
    batch_size: int
    time_between_batches_milliseconds: int
    retention_ids_batch_size: int
    preserve_pinned_posts: bool
    def __init__(self, enable_message_deletion: bool = ..., enable_file_deletion: bool = ..., enable_boards_deletion: bool = ..., message_retention_days: _Optional[int] = ..., message_retention_hours: _Optional[int] = ..., file_retention_days: _Optional[int] = ..., file_retention_hours: _Optional[int] = ..., boards_retention_days: _Optional[int] = ..., deletion_job_start_time: _Optional[str] = ..., batch_size: _Optional[int] = ..., time_between_batches_milliseconds: _Optional[int] = ..., retention_ids_batch_size: _Optional[int] = ..., preserve_pinned_posts: bool = ...) -> None: ...

class Dialog(_message.Message):
    __slots__ = ("callback_id", "title", "introduction_text", "icon_url", "elements", "submit_label", "notify_on_cancel", "state", "source_url")
    CALLBACK_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    INTRODUCTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    ICON_URL_FIELD_NUMBER: _ClassVar[int]
    ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_LABEL_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_ON_CANCEL_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_URL_FIELD_NUMBER: _ClassVar[int]
    callback_id: str
    title: str
    introduction_text: str
    icon_url: str
    elements: _containers.RepeatedCompositeFieldContainer[DialogElement]
    submit_label: str
    notify_on_cancel: bool
    state: str
    source_url: str
    def __init__(self, callback_id: _Optional[str] = ..., title: _Optional[str] = ..., introduction_text: _Optional[str] = ..., icon_url: _Optional[str] = ..., elements: _Optional[_Iterable[_Union[DialogElement, _Mapping]]] = ..., submit_label: _Optional[str] = ..., notify_on_cancel: bool = ..., state: _Optional[str] = ..., source_url: _Optional[str] = ...) -> None: ...

class DialogActionButton(_message.Message):
    __slots__ = ("url", "context")
    class ContextEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    URL_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    url: str
    context: _containers.ScalarMap[str, str]
    def __init__(self, url: _Optional[str] = ..., context: _Optional[_Mapping[str, str]] = ...) -> None: ...

class DialogDateTimeConfig(_message.Message):
    __slots__ = ("min_date", "max_date", "time_interval", "location_timezone", "manual_time_entry")
    MIN_DATE_FIELD_NUMBER: _ClassVar[int]
    MAX_DATE_FIELD_NUMBER: _ClassVar[int]
    TIME_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    LOCATION_TIMEZONE_FIELD_NUMBER: _ClassVar[int]
    MANUAL_TIME_ENTRY_FIELD_NUMBER: _ClassVar[int]
    min_date: str
    max_date: str
    time_interval: int
    location_timezone: str
    manual_time_entry: bool
    def __init__(self, min_date: _Optional[str] = ..., max_date: _Optional[str] = ..., time_interval: _Optional[int] = ..., location_timezone: _Optional[str] = ..., manual_time_entry: bool = ...) -> None: ...

class DialogElement(_message.Message):
    __slots__ = ("display_name", "name", "type", "sub_type", "default", "placeholder", "help_text", "optional", "min_length", "max_length", "data_source", "data_source_url", "options", "multi_select", "allow_multiple", "refresh", "date_time_config", "action_button")
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    HELP_TEXT_FIELD_NUMBER: _ClassVar[int]
    OPTIONAL_FIELD_NUMBER: _ClassVar[int]
    MIN_LENGTH_FIELD_NUMBER: _ClassVar[int]
    MAX_LENGTH_FIELD_NUMBER: _ClassVar[int]
    DATA_SOURCE_FIELD_NUMBER: _ClassVar[int]
    DATA_SOURCE_URL_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    MULTI_SELECT_FIELD_NUMBER: _ClassVar[int]
    ALLOW_MULTIPLE_FIELD_NUMBER: _ClassVar[int]
    REFRESH_FIELD_NUMBER: _ClassVar[int]
    DATE_TIME_CONFIG_FIELD_NUMBER: _ClassVar[int]
    ACTION_BUTTON_FIELD_NUMBER: _ClassVar[int]
    display_name: str
    name: str
    type: str
    sub_type: str
    default: str
    placeholder: str
    help_text: str
    optional: bool
    min_length: int
    max_length: int
    data_source: str
    data_source_url: str
    options: _containers.RepeatedCompositeFieldContainer[PostActionOptions]
    multi_select: bool
    allow_multiple: bool
    refresh: bool
    date_time_config: DialogDateTimeConfig
    action_button: DialogActionButton
    def __init__(self, display_name: _Optional[str] = ..., name: _Optional[str] = ..., type: _Optional[str] = ..., sub_type: _Optional[str] = ..., default: _Optional[str] = ..., placeholder: _Optional[str] = ..., help_text: _Optional[str] = ..., optional: bool = ..., min_length: _Optional[int] = ..., max_length: _Optional[int] = ..., data_source: _Optional[str] = ..., data_source_url: _Optional[str] = ..., options: _Optional[_Iterable[_Union[PostActionOptions, _Mapping]]] = ..., multi_select: bool = ..., allow_multiple: bool = ..., refresh: bool = ..., date_time_config: _Optional[_Union[DialogDateTimeConfig, _Mapping]] = ..., action_button: _Optional[_Union[DialogActionButton, _Mapping]] = ...) -> None: ...

class DisplaySettings(_message.Message):
    __slots__ = ("custom_url_schemes", "max_markdown_nodes")
    CUSTOM_URL_SCHEMES_FIELD_NUMBER: _ClassVar[int]
    MAX_MARKDOWN_NODES_FIELD_NUMBER: _ClassVar[int]
    custom_url_schemes: _containers.RepeatedScalarFieldContainer[str]
    max_markdown_nodes: int
    def __init__(self, custom_url_schemes: _Optional[_Iterable[str]] = ..., max_markdown_nodes: _Optional[int] = ...) -> None: ...

class Draft(_message.Message):
    __slots__ = ("create_at", "update_at", "delete_at", "user_id", "channel_id", "root_id", "message", "type", "props", "file_ids", "metadata", "priority")
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    ROOT_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PROPS_FIELD_NUMBER: _ClassVar[int]
    FILE_IDS_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    create_at: int
    update_at: int
    delete_at: int
    user_id: str
    channel_id: str
    root_id: str
    message: str
    type: str
    props: _struct_pb2.Struct
    file_ids: _containers.RepeatedScalarFieldContainer[str]
    metadata: PostMetadata
    priority: _struct_pb2.Struct
    def __init__(self, create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., root_id: _Optional[str] = ..., message: _Optional[str] = ..., type: _Optional[str] = ..., props: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., file_ids: _Optional[_Iterable[str]] = ..., metadata: _Optional[_Union[PostMetadata, _Mapping]] = ..., priority: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class DriverNamedValue(_message.Message):
    __slots__ = ("name", "ordinal", "value")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ORDINAL_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    ordinal: int
    value: _struct_pb2.Value
    def __init__(self, name: _Optional[str] = ..., ordinal: _Optional[int] = ..., value: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class DriverTxOptions(_message.Message):
    __slots__ = ("isolation", "read_only")
    ISOLATION_FIELD_NUMBER: _ClassVar[int]
    READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    isolation: int
    read_only: bool
    def __init__(self, isolation: _Optional[int] = ..., read_only: bool = ...) -> None: ...

class ElasticsearchSettings(_message.Message):
    __slots__ = ("connection_url", "backend", "username", "password", "enable_indexing", "enable_searching", "enable_cjk_analyzers", "enable_autocomplete", "sniff", "post_index_replicas", "post_index_shards", "channel_index_replicas", "channel_index_shards", "user_index_replicas", "user_index_shards", "aggregate_posts_after_days", "posts_aggregator_job_start_time", "index_prefix", "global_search_prefix", "live_indexing_batch_size", "bulk_indexing_time_window_seconds", "batch_size", "request_timeout_seconds", "skip_tls_verification", "ca", "client_cert", "client_key", "trace", "ignored_purge_indexes", "enable_search_public_channels_without_membership")
    CONNECTION_URL_FIELD_NUMBER: _ClassVar[int]
    BACKEND_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    ENABLE_INDEXING_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SEARCHING_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CJK_ANALYZERS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_AUTOCOMPLETE_FIELD_NUMBER: _ClassVar[int]
    SNIFF_FIELD_NUMBER: _ClassVar[int]
    POST_INDEX_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    POST_INDEX_SHARDS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_INDEX_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_INDEX_SHARDS_FIELD_NUMBER: _ClassVar[int]
    USER_INDEX_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    USER_INDEX_SHARDS_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_POSTS_AFTER_DAYS_FIELD_NUMBER: _ClassVar[int]
    POSTS_AGGREGATOR_JOB_START_TIME_FIELD_NUMBER: _ClassVar[int]
    INDEX_PREFIX_FIELD_NUMBER: _ClassVar[int]
    GLOBAL_SEARCH_PREFIX_FIELD_NUMBER: _ClassVar[int]
    LIVE_INDEXING_BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    BULK_INDEXING_TIME_WINDOW_SECONDS_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_TIMEOUT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    SKIP_TLS_VERIFICATION_FIELD_NUMBER: _ClassVar[int]
    CA_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CERT_FIELD_NUMBER: _ClassVar[int]
    CLIENT_KEY_FIELD_NUMBER: _ClassVar[int]
    TRACE_FIELD_NUMBER: _ClassVar[int]
    IGNORED_PURGE_INDEXES_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SEARCH_PUBLIC_CHANNELS_WITHOUT_MEMBERSHIP_FIELD_NUMBER: _ClassVar[int]
    connection_url: str
    backend: str
    username: str
    password: str
    enable_indexing: bool
    enable_searching: bool
    enable_cjk_analyzers: bool
    enable_autocomplete: bool
    sniff: bool
    post_index_replicas: int
    post_index_shards: int
    channel_index_replicas: int
    channel_index_shards: int
    user_index_replicas: int
    user_index_shards: int
    aggregate_posts_after_days: int
    posts_aggregator_job_start_time: str
    index_prefix: str
    global_search_prefix: str
    live_indexing_batch_size: int
    bulk_indexing_time_window_seconds: int
    batch_size: int
    request_timeout_seconds: int
    skip_tls_verification: bool
    ca: str
    client_cert: str
    client_key: str
    trace: str
    ignored_purge_indexes: str
    enable_search_public_channels_without_membership: bool
    def __init__(self, connection_url: _Optional[str] = ..., backend: _Optional[str] = ..., username: _Optional[str] = ..., password: _Optional[str] = ..., enable_indexing: bool = ..., enable_searching: bool = ..., enable_cjk_analyzers: bool = ..., enable_autocomplete: bool = ..., sniff: bool = ..., post_index_replicas: _Optional[int] = ..., post_index_shards: _Optional[int] = ..., channel_index_replicas: _Optional[int] = ..., channel_index_shards: _Optional[int] = ..., user_index_replicas: _Optional[int] = ..., user_index_shards: _Optional[int] = ..., aggregate_posts_after_days: _Optional[int] = ..., posts_aggregator_job_start_time: _Optional[str] = ..., index_prefix: _Optional[str] = ..., global_search_prefix: _Optional[str] = ..., live_indexing_batch_size: _Optional[int] = ..., bulk_indexing_time_window_seconds: _Optional[int] = ..., batch_size: _Optional[int] = ..., request_timeout_seconds: _Optional[int] = ..., skip_tls_verification: bool = ..., ca: _Optional[str] = ..., client_cert: _Optional[str] = ..., client_key: _Optional[str] = ..., trace: _Optional[str] = ..., ignored_purge_indexes: _Optional[str] = ..., enable_search_public_channels_without_membership: bool = ...) -> None: ...

class EmailNotification(_message.Message):
    __slots__ = ("post_id", "channel_id", "team_id", "sender_id", "sender_display_name", "recipient_id", "root_id", "channel_type", "channel_name", "team_name", "sender_username", "is_direct_message", "is_group_message", "is_thread_reply", "is_crt_enabled", "use_military_time", "email_notification_content")
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    SENDER_ID_FIELD_NUMBER: _ClassVar[int]
    SENDER_DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROOT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NAME_FIELD_NUMBER: _ClassVar[int]
    TEAM_NAME_FIELD_NUMBER: _ClassVar[int]
    SENDER_USERNAME_FIELD_NUMBER: _ClassVar[int]
    IS_DIRECT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    IS_GROUP_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    IS_THREAD_REPLY_FIELD_NUMBER: _ClassVar[int]
    IS_CRT_ENABLED_FIELD_NUMBER: _ClassVar[int]
    USE_MILITARY_TIME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_NOTIFICATION_CONTENT_FIELD_NUMBER: _ClassVar[int]
    post_id: str
    channel_id: str
    team_id: str
    sender_id: str
    sender_display_name: str
    recipient_id: str
    root_id: str
    channel_type: str
    channel_name: str
    team_name: str
    sender_username: str
    is_direct_message: bool
    is_group_message: bool
    is_thread_reply: bool
    is_crt_enabled: bool
    use_military_time: bool
    email_notification_content: EmailNotificationContent
    def __init__(self, post_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., team_id: _Optional[str] = ..., sender_id: _Optional[str] = ..., sender_display_name: _Optional[str] = ..., recipient_id: _Optional[str] = ..., root_id: _Optional[str] = ..., channel_type: _Optional[str] = ..., channel_name: _Optional[str] = ..., team_name: _Optional[str] = ..., sender_username: _Optional[str] = ..., is_direct_message: bool = ..., is_group_message: bool = ..., is_thread_reply: bool = ..., is_crt_enabled: bool = ..., use_military_time: bool = ..., email_notification_content: _Optional[_Union[EmailNotificationContent, _Mapping]] = ...) -> None: ...

class EmailNotificationContent(_message.Message):
    __slots__ = ("subject", "title", "sub_title", "message_html", "message_text", "button_text", "button_url", "footer_text")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUB_TITLE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_HTML_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TEXT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_TEXT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_URL_FIELD_NUMBER: _ClassVar[int]
    FOOTER_TEXT_FIELD_NUMBER: _ClassVar[int]
    subject: str
    title: str
    sub_title: str
    message_html: str
    message_text: str
    button_text: str
    button_url: str
    footer_text: str
    def __init__(self, subject: _Optional[str] = ..., title: _Optional[str] = ..., sub_title: _Optional[str] = ..., message_html: _Optional[str] = ..., message_text: _Optional[str] = ..., button_text: _Optional[str] = ..., button_url: _Optional[str] = ..., footer_text: _Optional[str] = ...) -> None: ...

class EmailSettings(_message.Message):
    __slots__ = ("enable_sign_up_with_email", "enable_sign_in_with_email", "enable_sign_in_with_username", "send_email_notifications", "use_channel_in_email_notifications", "require_email_verification", "feedback_name", "feedback_email", "reply_to_address", "feedback_organization", "enable_smtp_auth", "smtp_username", "smtp_password", "smtp_server", "smtp_port", "smtp_server_timeout", "connection_security", "send_push_notifications", "push_notification_server", "push_notification_contents", "push_notification_buffer", "enable_email_batching", "email_batching_buffer_size", "email_batching_interval", "enable_preview_mode_banner", "skip_server_certificate_verification", "email_notification_contents_type")
    ENABLE_SIGN_UP_WITH_EMAIL_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SIGN_IN_WITH_EMAIL_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SIGN_IN_WITH_USERNAME_FIELD_NUMBER: _ClassVar[int]
    SEND_EMAIL_NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    USE_CHANNEL_IN_EMAIL_NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    REQUIRE_EMAIL_VERIFICATION_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_NAME_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_EMAIL_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_ORGANIZATION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SMTP_AUTH_FIELD_NUMBER: _ClassVar[int]
    SMTP_USERNAME_FIELD_NUMBER: _ClassVar[int]
    SMTP_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    SMTP_SERVER_FIELD_NUMBER: _ClassVar[int]
    SMTP_PORT_FIELD_NUMBER: _ClassVar[int]
    SMTP_SERVER_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_SECURITY_FIELD_NUMBER: _ClassVar[int]
    SEND_PUSH_NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    PUSH_NOTIFICATION_SERVER_FIELD_NUMBER: _ClassVar[int]
    PUSH_NOTIFICATION_CONTENTS_FIELD_NUMBER: _ClassVar[int]
    PUSH_NOTIFICATION_BUFFER_FIELD_NUMBER: _ClassVar[int]
    ENABLE_EMAIL_BATCHING_FIELD_NUMBER: _ClassVar[int]
    EMAIL_BATCHING_BUFFER_SIZE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_BATCHING_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    ENABLE_PREVIEW_MODE_BANNER_FIELD_NUMBER: _ClassVar[int]
    SKIP_SERVER_CERTIFICATE_VERIFICATION_FIELD_NUMBER: _ClassVar[int]
    EMAIL_NOTIFICATION_CONTENTS_TYPE_FIELD_NUMBER: _ClassVar[int]
    enable_sign_up_with_email: bool
    enable_sign_in_with_email: bool
    enable_sign_in_with_username: bool
    send_email_notifications: bool
    use_channel_in_email_notifications: bool
    require_email_verification: bool
    feedback_name: str
    feedback_email: str
    reply_to_address: str
    feedback_organization: str
    enable_smtp_auth: bool
    smtp_username: str
    smtp_password: str
    smtp_server: str
    smtp_port: str
    smtp_server_timeout: int
    connection_security: str
    send_push_notifications: bool
    push_notification_server: str
    push_notification_contents: str
    push_notification_buffer: int
    enable_email_batching: bool
    email_batching_buffer_size: int
    email_batching_interval: int
    enable_preview_mode_banner: bool
    skip_server_certificate_verification: bool
    email_notification_contents_type: str
    def __init__(self, enable_sign_up_with_email: bool = ..., enable_sign_in_with_email: bool = ..., enable_sign_in_with_username: bool = ..., send_email_notifications: bool = ..., use_channel_in_email_notifications: bool = ..., require_email_verification: bool = ..., feedback_name: _Optional[str] = ..., feedback_email: _Optional[str] = ..., reply_to_address: _Optional[str] = ..., feedback_organization: _Optional[str] = ..., enable_smtp_auth: bool = ..., smtp_username: _Optional[str] = ..., smtp_password: _Optional[str] = ..., smtp_server: _Optional[str] = ..., smtp_port: _Optional[str] = ..., smtp_server_timeout: _Optional[int] = ..., connection_security: _Optional[str] = ..., send_push_notifications: bool = ..., push_notification_server: _Optional[str] = ..., push_notification_contents: _Optional[str] = ..., push_notification_buffer: _Optional[int] = ..., enable_email_batching: bool = ..., email_batching_buffer_size: _Optional[int] = ..., email_batching_interval: _Optional[int] = ..., enable_preview_mode_banner: bool = ..., skip_server_certificate_verification: bool = ..., email_notification_contents_type: _Optional[str] = ...) -> None: ...

class Emoji(_message.Message):
    __slots__ = ("id", "create_at", "update_at", "delete_at", "creator_id", "name")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    id: str
    create_at: int
    update_at: int
    delete_at: int
    creator_id: str
    name: str
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., creator_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class ExperimentalAuditSettings(_message.Message):
    __slots__ = ("file_enabled", "file_name", "advanced_logging_json", "certificate")
    FILE_ENABLED_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    ADVANCED_LOGGING_JSON_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_FIELD_NUMBER: _ClassVar[int]
    file_enabled: bool
    file_name: str
    advanced_logging_json: bytes
    certificate: str
    def __init__(self, file_enabled: bool = ..., file_name: _Optional[str] = ..., advanced_logging_json: _Optional[bytes] = ..., certificate: _Optional[str] = ...) -> None: ...

class ExperimentalSettings(_message.Message):
    __slots__ = ("client_side_cert_enable", "link_metadata_timeout_milliseconds", "restrict_system_admin", "enable_shared_channels", "enable_remote_cluster_service", "disable_app_bar", "disable_refetching_on_browser_focus", "delay_channel_autocomplete", "disable_wake_up_reconnect_handler", "users_status_and_profile_fetching_poll_interval_milliseconds", "youtube_referrer_policy", "enable_watermark")
    CLIENT_SIDE_CERT_ENABLE_FIELD_NUMBER: _ClassVar[int]
    LINK_METADATA_TIMEOUT_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    RESTRICT_SYSTEM_ADMIN_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SHARED_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_REMOTE_CLUSTER_SERVICE_FIELD_NUMBER: _ClassVar[int]
    DISABLE_APP_BAR_FIELD_NUMBER: _ClassVar[int]
    DISABLE_REFETCHING_ON_BROWSER_FOCUS_FIELD_NUMBER: _ClassVar[int]
    DELAY_CHANNEL_AUTOCOMPLETE_FIELD_NUMBER: _ClassVar[int]
    DISABLE_WAKE_UP_RECONNECT_HANDLER_FIELD_NUMBER: _ClassVar[int]
    USERS_STATUS_AND_PROFILE_FETCHING_POLL_INTERVAL_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    YOUTUBE_REFERRER_POLICY_FIELD_NUMBER: _ClassVar[int]
    ENABLE_WATERMARK_FIELD_NUMBER: _ClassVar[int]
    client_side_cert_enable: bool
    link_metadata_timeout_milliseconds: int
    restrict_system_admin: bool
    enable_shared_channels: bool
    enable_remote_cluster_service: bool
    disable_app_bar: bool
    disable_refetching_on_browser_focus: bool
    delay_channel_autocomplete: bool
    disable_wake_up_reconnect_handler: bool
    users_status_and_profile_fetching_poll_interval_milliseconds: int
    youtube_referrer_policy: bool
    enable_watermark: bool
    def __init__(self, client_side_cert_enable: bool = ..., link_metadata_timeout_milliseconds: _Optional[int] = ..., restrict_system_admin: bool = ..., enable_shared_channels: bool = ..., enable_remote_cluster_service: bool = ..., disable_app_bar: bool = ..., disable_refetching_on_browser_focus: bool = ..., delay_channel_autocomplete: bool = ..., disable_wake_up_reconnect_handler: bool = ..., users_status_and_profile_fetching_poll_interval_milliseconds: _Optional[int] = ..., youtube_referrer_policy: bool = ..., enable_watermark: bool = ...) -> None: ...

class ExportSettings(_message.Message):
    __slots__ = ("directory", "retention_days")
    DIRECTORY_FIELD_NUMBER: _ClassVar[int]
    RETENTION_DAYS_FIELD_NUMBER: _ClassVar[int]
    directory: str
    retention_days: int
    def __init__(self, directory: _Optional[str] = ..., retention_days: _Optional[int] = ...) -> None: ...

class FeatureFlags(_message.Message):
    __slots__ = ("test_feature", "test_bool_feature", "enable_shared_channels_dms", "enable_sync_all_users_for_remote_cluster", "apps_enabled", "normalize_ldap_dns", "wysiwyg_editor", "move_threads_enabled", "notification_monitoring", "attribute_value_masking", "permission_policies", "channel_permission_policies", "policy_simulation", "content_flagging", "enable_mattermost_entry", "mobile_sso_code_exchange", "enable_shift_escape_to_mark_all_read", "auto_translation", "classification_markings", "global_attributes", "burn_on_read", "enable_ai_plugin_bridge", "enable_ai_recaps", "integrated_boards", "enable_docs", "cjk_search", "aggregate_plugin_metrics", "managed_channel_categories", "session_attributes", "post_attributes", "discoverable_channels", "mobile_ephemeral_mode", "property_field_rank", "team_membership_access_control", "mm_blocks_enabled", "cluster_graceful_drain", "channel_bookmarks", "enable_concurrent_react", "enable_mfi_plugin_signature_public_key", "recurring_scheduled_posts")
    TEST_FEATURE_FIELD_NUMBER: _ClassVar[int]
    TEST_BOOL_FEATURE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SHARED_CHANNELS_DMS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SYNC_ALL_USERS_FOR_REMOTE_CLUSTER_FIELD_NUMBER: _ClassVar[int]
    APPS_ENABLED_FIELD_NUMBER: _ClassVar[int]
    NORMALIZE_LDAP_DNS_FIELD_NUMBER: _ClassVar[int]
    WYSIWYG_EDITOR_FIELD_NUMBER: _ClassVar[int]
    MOVE_THREADS_ENABLED_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_MONITORING_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_VALUE_MASKING_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_POLICIES_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_PERMISSION_POLICIES_FIELD_NUMBER: _ClassVar[int]
    POLICY_SIMULATION_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FLAGGING_FIELD_NUMBER: _ClassVar[int]
    ENABLE_MATTERMOST_ENTRY_FIELD_NUMBER: _ClassVar[int]
    MOBILE_SSO_CODE_EXCHANGE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SHIFT_ESCAPE_TO_MARK_ALL_READ_FIELD_NUMBER: _ClassVar[int]
    AUTO_TRANSLATION_FIELD_NUMBER: _ClassVar[int]
    CLASSIFICATION_MARKINGS_FIELD_NUMBER: _ClassVar[int]
    GLOBAL_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    BURN_ON_READ_FIELD_NUMBER: _ClassVar[int]
    ENABLE_AI_PLUGIN_BRIDGE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_AI_RECAPS_FIELD_NUMBER: _ClassVar[int]
    INTEGRATED_BOARDS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_DOCS_FIELD_NUMBER: _ClassVar[int]
    CJK_SEARCH_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_PLUGIN_METRICS_FIELD_NUMBER: _ClassVar[int]
    MANAGED_CHANNEL_CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    SESSION_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    POST_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    DISCOVERABLE_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    MOBILE_EPHEMERAL_MODE_FIELD_NUMBER: _ClassVar[int]
    PROPERTY_FIELD_RANK_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBERSHIP_ACCESS_CONTROL_FIELD_NUMBER: _ClassVar[int]
    MM_BLOCKS_ENABLED_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_GRACEFUL_DRAIN_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_BOOKMARKS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CONCURRENT_REACT_FIELD_NUMBER: _ClassVar[int]
    ENABLE_MFI_PLUGIN_SIGNATURE_PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    RECURRING_SCHEDULED_POSTS_FIELD_NUMBER: _ClassVar[int]
    test_feature: str
    test_bool_feature: bool
    enable_shared_channels_dms: bool
    enable_sync_all_users_for_remote_cluster: bool
    apps_enabled: bool
    normalize_ldap_dns: bool
    wysiwyg_editor: bool
    move_threads_enabled: bool
    notification_monitoring: bool
    attribute_value_masking: bool
    permission_policies: bool
    channel_permission_policies: bool
    policy_simulation: bool
    content_flagging: bool
    enable_mattermost_entry: bool
    mobile_sso_code_exchange: bool
    enable_shift_escape_to_mark_all_read: bool
    auto_translation: bool
    classification_markings: bool
    global_attributes: bool
    burn_on_read: bool
    enable_ai_plugin_bridge: bool
    enable_ai_recaps: bool
    integrated_boards: bool
    enable_docs: bool
    cjk_search: bool
    aggregate_plugin_metrics: bool
    managed_channel_categories: bool
    session_attributes: bool
    post_attributes: bool
    discoverable_channels: bool
    mobile_ephemeral_mode: bool
    property_field_rank: bool
    team_membership_access_control: bool
    mm_blocks_enabled: bool
    cluster_graceful_drain: bool
    channel_bookmarks: bool
    enable_concurrent_react: bool
    enable_mfi_plugin_signature_public_key: bool
    recurring_scheduled_posts: bool
    def __init__(self, test_feature: _Optional[str] = ..., test_bool_feature: bool = ..., enable_shared_channels_dms: bool = ..., enable_sync_all_users_for_remote_cluster: bool = ..., apps_enabled: bool = ..., normalize_ldap_dns: bool = ..., wysiwyg_editor: bool = ..., move_threads_enabled: bool = ..., notification_monitoring: bool = ..., attribute_value_masking: bool = ..., permission_policies: bool = ..., channel_permission_policies: bool = ..., policy_simulation: bool = ..., content_flagging: bool = ..., enable_mattermost_entry: bool = ..., mobile_sso_code_exchange: bool = ..., enable_shift_escape_to_mark_all_read: bool = ..., auto_translation: bool = ..., classification_markings: bool = ..., global_attributes: bool = ..., burn_on_read: bool = ..., enable_ai_plugin_bridge: bool = ..., enable_ai_recaps: bool = ..., integrated_boards: bool = ..., enable_docs: bool = ..., cjk_search: bool = ..., aggregate_plugin_metrics: bool = ..., managed_channel_categories: bool = ..., session_attributes: bool = ..., post_attributes: bool = ..., discoverable_channels: bool = ..., mobile_ephemeral_mode: bool = ..., property_field_rank: bool = ..., team_membership_access_control: bool = ..., mm_blocks_enabled: bool = ..., cluster_graceful_drain: bool = ..., channel_bookmarks: bool = ..., enable_concurrent_react: bool = ..., enable_mfi_plugin_signature_public_key: bool = ..., recurring_scheduled_posts: bool = ...) -> None: ...

class Features(_message.Message):
    __slots__ = ("users", "ldap", "ldap_groups", "mfa", "google_oauth", "office365_oauth", "open_id", "compliance", "cluster", "metrics", "mhpns", "saml", "elasticsearch", "announcement", "theme_management", "email_notification_contents", "data_retention", "message_export", "custom_permissions_schemes", "custom_terms_of_service", "guest_accounts", "guest_accounts_permissions", "id_loaded_push_notifications", "lock_teammate_name_display", "enterprise_plugins", "advanced_logging", "cloud", "shared_channels", "remote_cluster_service", "outgoing_oauth_connections", "auto_translation", "future_features")
    USERS_FIELD_NUMBER: _ClassVar[int]
    LDAP_FIELD_NUMBER: _ClassVar[int]
    LDAP_GROUPS_FIELD_NUMBER: _ClassVar[int]
    MFA_FIELD_NUMBER: _ClassVar[int]
    GOOGLE_OAUTH_FIELD_NUMBER: _ClassVar[int]
    OFFICE365_OAUTH_FIELD_NUMBER: _ClassVar[int]
    OPEN_ID_FIELD_NUMBER: _ClassVar[int]
    COMPLIANCE_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_FIELD_NUMBER: _ClassVar[int]
    METRICS_FIELD_NUMBER: _ClassVar[int]
    MHPNS_FIELD_NUMBER: _ClassVar[int]
    SAML_FIELD_NUMBER: _ClassVar[int]
    ELASTICSEARCH_FIELD_NUMBER: _ClassVar[int]
    ANNOUNCEMENT_FIELD_NUMBER: _ClassVar[int]
    THEME_MANAGEMENT_FIELD_NUMBER: _ClassVar[int]
    EMAIL_NOTIFICATION_CONTENTS_FIELD_NUMBER: _ClassVar[int]
    DATA_RETENTION_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_EXPORT_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_PERMISSIONS_SCHEMES_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_TERMS_OF_SERVICE_FIELD_NUMBER: _ClassVar[int]
    GUEST_ACCOUNTS_FIELD_NUMBER: _ClassVar[int]
    GUEST_ACCOUNTS_PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    ID_LOADED_PUSH_NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    LOCK_TEAMMATE_NAME_DISPLAY_FIELD_NUMBER: _ClassVar[int]
    ENTERPRISE_PLUGINS_FIELD_NUMBER: _ClassVar[int]
    ADVANCED_LOGGING_FIELD_NUMBER: _ClassVar[int]
    CLOUD_FIELD_NUMBER: _ClassVar[int]
    SHARED_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    REMOTE_CLUSTER_SERVICE_FIELD_NUMBER: _ClassVar[int]
    OUTGOING_OAUTH_CONNECTIONS_FIELD_NUMBER: _ClassVar[int]
    AUTO_TRANSLATION_FIELD_NUMBER: _ClassVar[int]
    FUTURE_FEATURES_FIELD_NUMBER: _ClassVar[int]
    users: int
    ldap: bool
    ldap_groups: bool
    mfa: bool
    google_oauth: bool
    office365_oauth: bool
    open_id: bool
    compliance: bool
    cluster: bool
    metrics: bool
    mhpns: bool
    saml: bool
    elasticsearch: bool
    announcement: bool
    theme_management: bool
    email_notification_contents: bool
    data_retention: bool
    message_export: bool
    custom_permissions_schemes: bool
    custom_terms_of_service: bool
    guest_accounts: bool
    guest_accounts_permissions: bool
    id_loaded_push_notifications: bool
    lock_teammate_name_display: bool
    enterprise_plugins: bool
    advanced_logging: bool
    cloud: bool
    shared_channels: bool
    remote_cluster_service: bool
    outgoing_oauth_connections: bool
    auto_translation: bool
    future_features: bool
    def __init__(self, users: _Optional[int] = ..., ldap: bool = ..., ldap_groups: bool = ..., mfa: bool = ..., google_oauth: bool = ..., office365_oauth: bool = ..., open_id: bool = ..., compliance: bool = ..., cluster: bool = ..., metrics: bool = ..., mhpns: bool = ..., saml: bool = ..., elasticsearch: bool = ..., announcement: bool = ..., theme_management: bool = ..., email_notification_contents: bool = ..., data_retention: bool = ..., message_export: bool = ..., custom_permissions_schemes: bool = ..., custom_terms_of_service: bool = ..., guest_accounts: bool = ..., guest_accounts_permissions: bool = ..., id_loaded_push_notifications: bool = ..., lock_teammate_name_display: bool = ..., enterprise_plugins: bool = ..., advanced_logging: bool = ..., cloud: bool = ..., shared_channels: bool = ..., remote_cluster_service: bool = ..., outgoing_oauth_connections: bool = ..., auto_translation: bool = ..., future_features: bool = ...) -> None: ...

class FileData(_message.Message):
    __slots__ = ("filename", "body")
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    filename: str
    body: bytes
    def __init__(self, filename: _Optional[str] = ..., body: _Optional[bytes] = ...) -> None: ...

class FileInfo(_message.Message):
    __slots__ = ("id", "creator_id", "post_id", "channel_id", "create_at", "update_at", "delete_at", "path", "thumbnail_path", "preview_path", "name", "extension", "size", "mime_type", "width", "height", "has_preview_image", "mini_preview", "content", "remote_id", "archived")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    THUMBNAIL_PATH_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_PATH_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    EXTENSION_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    HAS_PREVIEW_IMAGE_FIELD_NUMBER: _ClassVar[int]
    MINI_PREVIEW_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    id: str
    creator_id: str
    post_id: str
    channel_id: str
    create_at: int
    update_at: int
    delete_at: int
    path: str
    thumbnail_path: str
    preview_path: str
    name: str
    extension: str
    size: int
    mime_type: str
    width: int
    height: int
    has_preview_image: bool
    mini_preview: bytes
    content: str
    remote_id: str
    archived: bool
    def __init__(self, id: _Optional[str] = ..., creator_id: _Optional[str] = ..., post_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., path: _Optional[str] = ..., thumbnail_path: _Optional[str] = ..., preview_path: _Optional[str] = ..., name: _Optional[str] = ..., extension: _Optional[str] = ..., size: _Optional[int] = ..., mime_type: _Optional[str] = ..., width: _Optional[int] = ..., height: _Optional[int] = ..., has_preview_image: bool = ..., mini_preview: _Optional[bytes] = ..., content: _Optional[str] = ..., remote_id: _Optional[str] = ..., archived: bool = ...) -> None: ...

class FileSettings(_message.Message):
    __slots__ = ("enable_file_attachments", "enable_mobile_upload", "enable_mobile_download", "max_file_size", "max_image_resolution", "max_image_decoder_concurrency", "driver_name", "directory", "enable_public_link", "extract_content", "extract_content_timeout", "archive_recursion", "public_link_salt", "initial_font", "amazon_s3_access_key_id", "amazon_s3_secret_access_key", "amazon_s3_bucket", "amazon_s3_path_prefix", "amazon_s3_region", "amazon_s3_endpoint", "amazon_s3_ssl", "amazon_s3_sign_v2", "amazon_s3_sse", "amazon_s3_trace", "amazon_s3_request_timeout_milliseconds", "amazon_s3_upload_part_size_bytes", "amazon_s3_storage_class", "azure_storage_account", "azure_auth_mode", "azure_access_key", "azure_container", "azure_path_prefix", "azure_cloud", "azure_endpoint", "azure_ssl", "azure_request_timeout_milliseconds", "dedicated_export_store", "export_driver_name", "export_directory", "export_amazon_s3_access_key_id", "export_amazon_s3_secret_access_key", "export_amazon_s3_bucket", "export_amazon_s3_path_prefix", "export_amazon_s3_region", "export_amazon_s3_endpoint", "export_amazon_s3_ssl", "export_amazon_s3_sign_v2", "export_amazon_s3_sse", "export_amazon_s3_trace", "export_amazon_s3_request_timeout_milliseconds", "export_amazon_s3_presign_expires_seconds", "export_amazon_s3_upload_part_size_bytes", "export_amazon_s3_storage_class", "export_azure_storage_account", "export_azure_auth_mode", "export_azure_access_key", "export_azure_container", "export_azure_path_prefix", "export_azure_cloud", "export_azure_endpoint", "export_azure_ssl", "export_azure_request_timeout_milliseconds", "export_azure_presign_expires_seconds")
    ENABLE_FILE_ATTACHMENTS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_MOBILE_UPLOAD_FIELD_NUMBER: _ClassVar[int]
    ENABLE_MOBILE_DOWNLOAD_FIELD_NUMBER: _ClassVar[int]
    MAX_FILE_SIZE_FIELD_NUMBER: _ClassVar[int]
    MAX_IMAGE_RESOLUTION_FIELD_NUMBER: _ClassVar[int]
    MAX_IMAGE_DECODER_CONCURRENCY_FIELD_NUMBER: _ClassVar[int]
    DRIVER_NAME_FIELD_NUMBER: _ClassVar[int]
    DIRECTORY_FIELD_NUMBER: _ClassVar[int]
    ENABLE_PUBLIC_LINK_FIELD_NUMBER: _ClassVar[int]
    EXTRACT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    EXTRACT_CONTENT_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    ARCHIVE_RECURSION_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_LINK_SALT_FIELD_NUMBER: _ClassVar[int]
    INITIAL_FONT_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_ACCESS_KEY_ID_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_SECRET_ACCESS_KEY_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_BUCKET_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_PATH_PREFIX_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_REGION_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_SSL_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_SIGN_V2_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_SSE_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_TRACE_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_REQUEST_TIMEOUT_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_UPLOAD_PART_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    AMAZON_S3_STORAGE_CLASS_FIELD_NUMBER: _ClassVar[int]
    AZURE_STORAGE_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    AZURE_AUTH_MODE_FIELD_NUMBER: _ClassVar[int]
    AZURE_ACCESS_KEY_FIELD_NUMBER: _ClassVar[int]
    AZURE_CONTAINER_FIELD_NUMBER: _ClassVar[int]
    AZURE_PATH_PREFIX_FIELD_NUMBER: _ClassVar[int]
    AZURE_CLOUD_FIELD_NUMBER: _ClassVar[int]
    AZURE_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    AZURE_SSL_FIELD_NUMBER: _ClassVar[int]
    AZURE_REQUEST_TIMEOUT_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    DEDICATED_EXPORT_STORE_FIELD_NUMBER: _ClassVar[int]
    EXPORT_DRIVER_NAME_FIELD_NUMBER: _ClassVar[int]
    EXPORT_DIRECTORY_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_ACCESS_KEY_ID_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_SECRET_ACCESS_KEY_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_BUCKET_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_PATH_PREFIX_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_REGION_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_SSL_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_SIGN_V2_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_SSE_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_TRACE_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_REQUEST_TIMEOUT_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_PRESIGN_EXPIRES_SECONDS_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_UPLOAD_PART_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AMAZON_S3_STORAGE_CLASS_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AZURE_STORAGE_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AZURE_AUTH_MODE_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AZURE_ACCESS_KEY_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AZURE_CONTAINER_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AZURE_PATH_PREFIX_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AZURE_CLOUD_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AZURE_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AZURE_SSL_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AZURE_REQUEST_TIMEOUT_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    EXPORT_AZURE_PRESIGN_EXPIRES_SECONDS_FIELD_NUMBER: _ClassVar[int]
    enable_file_attachments: bool
    enable_mobile_upload: bool
    enable_mobile_download: bool
    max_file_size: int
    max_image_resolution: int
    max_image_decoder_concurrency: int
    driver_name: str
    directory: str
    enable_public_link: bool
    extract_content: bool
    extract_content_timeout: int
    archive_recursion: bool
    public_link_salt: str
    initial_font: str
    amazon_s3_access_key_id: str
    amazon_s3_secret_access_key: str
    amazon_s3_bucket: str
    amazon_s3_path_prefix: str
    amazon_s3_region: str
    amazon_s3_endpoint: str
    amazon_s3_ssl: bool
    amazon_s3_sign_v2: bool
    amazon_s3_sse: bool
    amazon_s3_trace: bool
    amazon_s3_request_timeout_milliseconds: int
    amazon_s3_upload_part_size_bytes: int
    amazon_s3_storage_class: str
    azure_storage_account: str
    azure_auth_mode: str
    azure_access_key: str
    azure_container: str
    azure_path_prefix: str
    azure_cloud: str
    azure_endpoint: str
    azure_ssl: bool
    azure_request_timeout_milliseconds: int
    dedicated_export_store: bool
    export_driver_name: str
    export_directory: str
    export_amazon_s3_access_key_id: str
    export_amazon_s3_secret_access_key: str
    export_amazon_s3_bucket: str
    export_amazon_s3_path_prefix: str
    export_amazon_s3_region: str
    export_amazon_s3_endpoint: str
    export_amazon_s3_ssl: bool
    export_amazon_s3_sign_v2: bool
    export_amazon_s3_sse: bool
    export_amazon_s3_trace: bool
    export_amazon_s3_request_timeout_milliseconds: int
    export_amazon_s3_presign_expires_seconds: int
    export_amazon_s3_upload_part_size_bytes: int
    export_amazon_s3_storage_class: str
    export_azure_storage_account: str
    export_azure_auth_mode: str
    export_azure_access_key: str
    export_azure_container: str
    export_azure_path_prefix: str
    export_azure_cloud: str
    export_azure_endpoint: str
    export_azure_ssl: bool
    export_azure_request_timeout_milliseconds: int
    export_azure_presign_expires_seconds: int
    def __init__(self, enable_file_attachments: bool = ..., enable_mobile_upload: bool = ..., enable_mobile_download: bool = ..., max_file_size: _Optional[int] = ..., max_image_resolution: _Optional[int] = ..., max_image_decoder_concurrency: _Optional[int] = ..., driver_name: _Optional[str] = ..., directory: _Optional[str] = ..., enable_public_link: bool = ..., extract_content: bool = ..., extract_content_timeout: _Optional[int] = ..., archive_recursion: bool = ..., public_link_salt: _Optional[str] = ..., initial_font: _Optional[str] = ..., amazon_s3_access_key_id: _Optional[str] = ..., amazon_s3_secret_access_key: _Optional[str] = ..., amazon_s3_bucket: _Optional[str] = ..., amazon_s3_path_prefix: _Optional[str] = ..., amazon_s3_region: _Optional[str] = ..., amazon_s3_endpoint: _Optional[str] = ..., amazon_s3_ssl: bool = ..., amazon_s3_sign_v2: bool = ..., amazon_s3_sse: bool = ..., amazon_s3_trace: bool = ..., amazon_s3_request_timeout_milliseconds: _Optional[int] = ..., amazon_s3_upload_part_size_bytes: _Optional[int] = ..., amazon_s3_storage_class: _Optional[str] = ..., azure_storage_account: _Optional[str] = ..., azure_auth_mode: _Optional[str] = ..., azure_access_key: _Optional[str] = ..., azure_container: _Optional[str] = ..., azure_path_prefix: _Optional[str] = ..., azure_cloud: _Optional[str] = ..., azure_endpoint: _Optional[str] = ..., azure_ssl: bool = ..., azure_request_timeout_milliseconds: _Optional[int] = ..., dedicated_export_store: bool = ..., export_driver_name: _Optional[str] = ..., export_directory: _Optional[str] = ..., export_amazon_s3_access_key_id: _Optional[str] = ..., export_amazon_s3_secret_access_key: _Optional[str] = ..., export_amazon_s3_bucket: _Optional[str] = ..., export_amazon_s3_path_prefix: _Optional[str] = ..., export_amazon_s3_region: _Optional[str] = ..., export_amazon_s3_endpoint: _Optional[str] = ..., export_amazon_s3_ssl: bool = ..., export_amazon_s3_sign_v2: bool = ..., export_amazon_s3_sse: bool = ..., export_amazon_s3_trace: bool = ..., export_amazon_s3_request_timeout_milliseconds: _Optional[int] = ..., export_amazon_s3_presign_expires_seconds: _Optional[int] = ..., export_amazon_s3_upload_part_size_bytes: _Optional[int] = ..., export_amazon_s3_storage_class: _Optional[str] = ..., export_azure_storage_account: _Optional[str] = ..., export_azure_auth_mode: _Optional[str] = ..., export_azure_access_key: _Optional[str] = ..., export_azure_container: _Optional[str] = ..., export_azure_path_prefix: _Optional[str] = ..., export_azure_cloud: _Optional[str] = ..., export_azure_endpoint: _Optional[str] = ..., export_azure_ssl: bool = ..., export_azure_request_timeout_milliseconds: _Optional[int] = ..., export_azure_presign_expires_seconds: _Optional[int] = ...) -> None: ...

class FilesLimits(_message.Message):
    __slots__ = ("total_storage",)
    TOTAL_STORAGE_FIELD_NUMBER: _ClassVar[int]
    total_storage: int
    def __init__(self, total_storage: _Optional[int] = ...) -> None: ...

class GetFileInfosOptions(_message.Message):
    __slots__ = ("user_ids", "channel_ids", "since", "include_deleted", "sort_by", "sort_descending", "only_empty_content")
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_IDS_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    SORT_BY_FIELD_NUMBER: _ClassVar[int]
    SORT_DESCENDING_FIELD_NUMBER: _ClassVar[int]
    ONLY_EMPTY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    channel_ids: _containers.RepeatedScalarFieldContainer[str]
    since: int
    include_deleted: bool
    sort_by: str
    sort_descending: bool
    only_empty_content: bool
    def __init__(self, user_ids: _Optional[_Iterable[str]] = ..., channel_ids: _Optional[_Iterable[str]] = ..., since: _Optional[int] = ..., include_deleted: bool = ..., sort_by: _Optional[str] = ..., sort_descending: bool = ..., only_empty_content: bool = ...) -> None: ...

class GetPostsSinceForSyncCursor(_message.Message):
    __slots__ = ("last_post_update_at", "last_post_update_id", "last_post_create_at", "last_post_create_id")
    LAST_POST_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_POST_UPDATE_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_POST_CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_POST_CREATE_ID_FIELD_NUMBER: _ClassVar[int]
    last_post_update_at: int
    last_post_update_id: str
    last_post_create_at: int
    last_post_create_id: str
    def __init__(self, last_post_update_at: _Optional[int] = ..., last_post_update_id: _Optional[str] = ..., last_post_create_at: _Optional[int] = ..., last_post_create_id: _Optional[str] = ...) -> None: ...

class GlobalRelayMessageExportSettings(_message.Message):
    __slots__ = ("customer_type", "smtp_username", "smtp_password", "email_address", "smtp_server_timeout", "custom_smtp_server_name", "custom_smtp_port")
    CUSTOMER_TYPE_FIELD_NUMBER: _ClassVar[int]
    SMTP_USERNAME_FIELD_NUMBER: _ClassVar[int]
    SMTP_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    EMAIL_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    SMTP_SERVER_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_SMTP_SERVER_NAME_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_SMTP_PORT_FIELD_NUMBER: _ClassVar[int]
    customer_type: str
    smtp_username: str
    smtp_password: str
    email_address: str
    smtp_server_timeout: int
    custom_smtp_server_name: str
    custom_smtp_port: str
    def __init__(self, customer_type: _Optional[str] = ..., smtp_username: _Optional[str] = ..., smtp_password: _Optional[str] = ..., email_address: _Optional[str] = ..., smtp_server_timeout: _Optional[int] = ..., custom_smtp_server_name: _Optional[str] = ..., custom_smtp_port: _Optional[str] = ...) -> None: ...

class Group(_message.Message):
    __slots__ = ("id", "name", "display_name", "description", "source", "remote_id", "create_at", "update_at", "delete_at", "has_syncables", "member_count", "allow_reference", "channel_member_count", "channel_member_timezones_count", "member_ids")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    HAS_SYNCABLES_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    ALLOW_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_TIMEZONES_COUNT_FIELD_NUMBER: _ClassVar[int]
    MEMBER_IDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    display_name: str
    description: str
    source: str
    remote_id: str
    create_at: int
    update_at: int
    delete_at: int
    has_syncables: bool
    member_count: int
    allow_reference: bool
    channel_member_count: int
    channel_member_timezones_count: int
    member_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., source: _Optional[str] = ..., remote_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., has_syncables: bool = ..., member_count: _Optional[int] = ..., allow_reference: bool = ..., channel_member_count: _Optional[int] = ..., channel_member_timezones_count: _Optional[int] = ..., member_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GroupMember(_message.Message):
    __slots__ = ("group_id", "user_id", "create_at", "delete_at")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    user_id: str
    create_at: int
    delete_at: int
    def __init__(self, group_id: _Optional[str] = ..., user_id: _Optional[str] = ..., create_at: _Optional[int] = ..., delete_at: _Optional[int] = ...) -> None: ...

class GroupSearchOpts(_message.Message):
    __slots__ = ("q", "not_associated_to_team", "not_associated_to_channel", "include_member_count", "filter_allow_reference", "page_opts", "since", "source", "filter_parent_team_permitted", "filter_has_member", "include_channel_member_count", "include_timezones", "include_member_ids", "include_archived", "filter_archived", "only_syncable_sources")
    Q_FIELD_NUMBER: _ClassVar[int]
    NOT_ASSOCIATED_TO_TEAM_FIELD_NUMBER: _ClassVar[int]
    NOT_ASSOCIATED_TO_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    FILTER_ALLOW_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    PAGE_OPTS_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    FILTER_PARENT_TEAM_PERMITTED_FIELD_NUMBER: _ClassVar[int]
    FILTER_HAS_MEMBER_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_CHANNEL_MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_TIMEZONES_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_MEMBER_IDS_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    FILTER_ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    ONLY_SYNCABLE_SOURCES_FIELD_NUMBER: _ClassVar[int]
    q: str
    not_associated_to_team: str
    not_associated_to_channel: str
    include_member_count: bool
    filter_allow_reference: bool
    page_opts: PageOpts
    since: int
    source: str
    filter_parent_team_permitted: bool
    filter_has_member: str
    include_channel_member_count: str
    include_timezones: bool
    include_member_ids: bool
    include_archived: bool
    filter_archived: bool
    only_syncable_sources: bool
    def __init__(self, q: _Optional[str] = ..., not_associated_to_team: _Optional[str] = ..., not_associated_to_channel: _Optional[str] = ..., include_member_count: bool = ..., filter_allow_reference: bool = ..., page_opts: _Optional[_Union[PageOpts, _Mapping]] = ..., since: _Optional[int] = ..., source: _Optional[str] = ..., filter_parent_team_permitted: bool = ..., filter_has_member: _Optional[str] = ..., include_channel_member_count: _Optional[str] = ..., include_timezones: bool = ..., include_member_ids: bool = ..., include_archived: bool = ..., filter_archived: bool = ..., only_syncable_sources: bool = ...) -> None: ...

class GroupSyncable(_message.Message):
    __slots__ = ("group_id", "syncable_id", "auto_add", "scheme_admin", "create_at", "delete_at", "update_at", "type", "channel_display_name", "team_display_name", "team_type", "channel_type", "team_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_ID_FIELD_NUMBER: _ClassVar[int]
    AUTO_ADD_FIELD_NUMBER: _ClassVar[int]
    SCHEME_ADMIN_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    TEAM_DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    TEAM_TYPE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    syncable_id: str
    auto_add: bool
    scheme_admin: bool
    create_at: int
    delete_at: int
    update_at: int
    type: str
    channel_display_name: str
    team_display_name: str
    team_type: str
    channel_type: str
    team_id: str
    def __init__(self, group_id: _Optional[str] = ..., syncable_id: _Optional[str] = ..., auto_add: bool = ..., scheme_admin: bool = ..., create_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., update_at: _Optional[int] = ..., type: _Optional[str] = ..., channel_display_name: _Optional[str] = ..., team_display_name: _Optional[str] = ..., team_type: _Optional[str] = ..., channel_type: _Optional[str] = ..., team_id: _Optional[str] = ...) -> None: ...

class GuestAccountsSettings(_message.Message):
    __slots__ = ("enable", "hide_tags", "allow_email_accounts", "enforce_multifactor_authentication", "restrict_creation_to_domains", "enable_guest_magic_link")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    HIDE_TAGS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_EMAIL_ACCOUNTS_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_MULTIFACTOR_AUTHENTICATION_FIELD_NUMBER: _ClassVar[int]
    RESTRICT_CREATION_TO_DOMAINS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_GUEST_MAGIC_LINK_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    hide_tags: bool
    allow_email_accounts: bool
    enforce_multifactor_authentication: bool
    restrict_creation_to_domains: str
    enable_guest_magic_link: bool
    def __init__(self, enable: bool = ..., hide_tags: bool = ..., allow_email_accounts: bool = ..., enforce_multifactor_authentication: bool = ..., restrict_creation_to_domains: _Optional[str] = ..., enable_guest_magic_link: bool = ...) -> None: ...

class ImageProxySettings(_message.Message):
    __slots__ = ("enable", "image_proxy_type")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROXY_TYPE_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    image_proxy_type: str
    def __init__(self, enable: bool = ..., image_proxy_type: _Optional[str] = ...) -> None: ...

class ImportSettings(_message.Message):
    __slots__ = ("directory", "retention_days")
    DIRECTORY_FIELD_NUMBER: _ClassVar[int]
    RETENTION_DAYS_FIELD_NUMBER: _ClassVar[int]
    directory: str
    retention_days: int
    def __init__(self, directory: _Optional[str] = ..., retention_days: _Optional[int] = ...) -> None: ...

class IntuneSettings(_message.Message):
    __slots__ = ("enable", "tenant_id", "client_id", "auth_service")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    AUTH_SERVICE_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    tenant_id: str
    client_id: str
    auth_service: str
    def __init__(self, enable: bool = ..., tenant_id: _Optional[str] = ..., client_id: _Optional[str] = ..., auth_service: _Optional[str] = ...) -> None: ...

class JobSettings(_message.Message):
    __slots__ = ("run_jobs", "run_scheduler", "cleanup_jobs_threshold_days", "cleanup_config_threshold_days")
    RUN_JOBS_FIELD_NUMBER: _ClassVar[int]
    RUN_SCHEDULER_FIELD_NUMBER: _ClassVar[int]
    CLEANUP_JOBS_THRESHOLD_DAYS_FIELD_NUMBER: _ClassVar[int]
    CLEANUP_CONFIG_THRESHOLD_DAYS_FIELD_NUMBER: _ClassVar[int]
    run_jobs: bool
    run_scheduler: bool
    cleanup_jobs_threshold_days: int
    cleanup_config_threshold_days: int
    def __init__(self, run_jobs: bool = ..., run_scheduler: bool = ..., cleanup_jobs_threshold_days: _Optional[int] = ..., cleanup_config_threshold_days: _Optional[int] = ...) -> None: ...

class LdapSettings(_message.Message):
    __slots__ = ("enable", "enable_sync", "ldap_server", "ldap_port", "connection_security", "base_dn", "bind_username", "bind_password", "maximum_login_attempts", "user_filter", "group_filter", "guest_filter", "enable_admin_filter", "admin_filter", "group_display_name_attribute", "group_id_attribute", "first_name_attribute", "last_name_attribute", "email_attribute", "username_attribute", "nickname_attribute", "id_attribute", "position_attribute", "login_id_attribute", "picture_attribute", "sync_interval_minutes", "re_add_removed_members", "skip_certificate_verification", "public_certificate_file", "private_key_file", "query_timeout", "max_page_size", "login_field_name")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SYNC_FIELD_NUMBER: _ClassVar[int]
    LDAP_SERVER_FIELD_NUMBER: _ClassVar[int]
    LDAP_PORT_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_SECURITY_FIELD_NUMBER: _ClassVar[int]
    BASE_DN_FIELD_NUMBER: _ClassVar[int]
    BIND_USERNAME_FIELD_NUMBER: _ClassVar[int]
    BIND_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_LOGIN_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    USER_FILTER_FIELD_NUMBER: _ClassVar[int]
    GROUP_FILTER_FIELD_NUMBER: _ClassVar[int]
    GUEST_FILTER_FIELD_NUMBER: _ClassVar[int]
    ENABLE_ADMIN_FILTER_FIELD_NUMBER: _ClassVar[int]
    ADMIN_FILTER_FIELD_NUMBER: _ClassVar[int]
    GROUP_DISPLAY_NAME_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    GROUP_ID_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    FIRST_NAME_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    LAST_NAME_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    USERNAME_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    ID_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    POSITION_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    LOGIN_ID_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    PICTURE_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    SYNC_INTERVAL_MINUTES_FIELD_NUMBER: _ClassVar[int]
    RE_ADD_REMOVED_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    SKIP_CERTIFICATE_VERIFICATION_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_CERTIFICATE_FILE_FIELD_NUMBER: _ClassVar[int]
    PRIVATE_KEY_FILE_FIELD_NUMBER: _ClassVar[int]
    QUERY_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    MAX_PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    LOGIN_FIELD_NAME_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    enable_sync: bool
    ldap_server: str
    ldap_port: int
    connection_security: str
    base_dn: str
    bind_username: str
    bind_password: str
    maximum_login_attempts: int
    user_filter: str
    group_filter: str
    guest_filter: str
    enable_admin_filter: bool
    admin_filter: str
    group_display_name_attribute: str
    group_id_attribute: str
    first_name_attribute: str
    last_name_attribute: str
    email_attribute: str
    username_attribute: str
    nickname_attribute: str
    id_attribute: str
    position_attribute: str
    login_id_attribute: str
    picture_attribute: str
    sync_interval_minutes: int
    re_add_removed_members: bool
    skip_certificate_verification: bool
    public_certificate_file: str
    private_key_file: str
    query_timeout: int
    max_page_size: int
    login_field_name: str
    def __init__(self, enable: bool = ..., enable_sync: bool = ..., ldap_server: _Optional[str] = ..., ldap_port: _Optional[int] = ..., connection_security: _Optional[str] = ..., base_dn: _Optional[str] = ..., bind_username: _Optional[str] = ..., bind_password: _Optional[str] = ..., maximum_login_attempts: _Optional[int] = ..., user_filter: _Optional[str] = ..., group_filter: _Optional[str] = ..., guest_filter: _Optional[str] = ..., enable_admin_filter: bool = ..., admin_filter: _Optional[str] = ..., group_display_name_attribute: _Optional[str] = ..., group_id_attribute: _Optional[str] = ..., first_name_attribute: _Optional[str] = ..., last_name_attribute: _Optional[str] = ..., email_attribute: _Optional[str] = ..., username_attribute: _Optional[str] = ..., nickname_attribute: _Optional[str] = ..., id_attribute: _Optional[str] = ..., position_attribute: _Optional[str] = ..., login_id_attribute: _Optional[str] = ..., picture_attribute: _Optional[str] = ..., sync_interval_minutes: _Optional[int] = ..., re_add_removed_members: bool = ..., skip_certificate_verification: bool = ..., public_certificate_file: _Optional[str] = ..., private_key_file: _Optional[str] = ..., query_timeout: _Optional[int] = ..., max_page_size: _Optional[int] = ..., login_field_name: _Optional[str] = ...) -> None: ...

class LibreTranslateProviderSettings(_message.Message):
    __slots__ = ("url", "api_key")
    URL_FIELD_NUMBER: _ClassVar[int]
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    url: str
    api_key: str
    def __init__(self, url: _Optional[str] = ..., api_key: _Optional[str] = ...) -> None: ...

class License(_message.Message):
    __slots__ = ("id", "issued_at", "starts_at", "expires_at", "customer", "features", "sku_name", "sku_short_name", "is_trial", "is_gov_sku", "is_non_production", "is_seat_count_enforced", "extra_users", "signup_jwt", "limits")
    ID_FIELD_NUMBER: _ClassVar[int]
    ISSUED_AT_FIELD_NUMBER: _ClassVar[int]
    STARTS_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    SKU_NAME_FIELD_NUMBER: _ClassVar[int]
    SKU_SHORT_NAME_FIELD_NUMBER: _ClassVar[int]
    IS_TRIAL_FIELD_NUMBER: _ClassVar[int]
    IS_GOV_SKU_FIELD_NUMBER: _ClassVar[int]
    IS_NON_PRODUCTION_FIELD_NUMBER: _ClassVar[int]
    IS_SEAT_COUNT_ENFORCED_FIELD_NUMBER: _ClassVar[int]
    EXTRA_USERS_FIELD_NUMBER: _ClassVar[int]
    SIGNUP_JWT_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    id: str
    issued_at: int
    starts_at: int
    expires_at: int
    customer: Customer
    features: Features
    sku_name: str
    sku_short_name: str
    is_trial: bool
    is_gov_sku: bool
    is_non_production: bool
    is_seat_count_enforced: bool
    extra_users: int
    signup_jwt: str
    limits: LicenseLimits
    def __init__(self, id: _Optional[str] = ..., issued_at: _Optional[int] = ..., starts_at: _Optional[int] = ..., expires_at: _Optional[int] = ..., customer: _Optional[_Union[Customer, _Mapping]] = ..., features: _Optional[_Union[Features, _Mapping]] = ..., sku_name: _Optional[str] = ..., sku_short_name: _Optional[str] = ..., is_trial: bool = ..., is_gov_sku: bool = ..., is_non_production: bool = ..., is_seat_count_enforced: bool = ..., extra_users: _Optional[int] = ..., signup_jwt: _Optional[str] = ..., limits: _Optional[_Union[LicenseLimits, _Mapping]] = ...) -> None: ...

class LicenseLimits(_message.Message):
    __slots__ = ("post_history", "board_cards", "playbook_runs", "call_duration_seconds", "agents_prompts", "push_notifications")
    POST_HISTORY_FIELD_NUMBER: _ClassVar[int]
    BOARD_CARDS_FIELD_NUMBER: _ClassVar[int]
    PLAYBOOK_RUNS_FIELD_NUMBER: _ClassVar[int]
    CALL_DURATION_SECONDS_FIELD_NUMBER: _ClassVar[int]
    AGENTS_PROMPTS_FIELD_NUMBER: _ClassVar[int]
    PUSH_NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    post_history: int
    board_cards: int
    playbook_runs: int
    call_duration_seconds: int
    agents_prompts: int
    push_notifications: int
    def __init__(self, post_history: _Optional[int] = ..., board_cards: _Optional[int] = ..., playbook_runs: _Optional[int] = ..., call_duration_seconds: _Optional[int] = ..., agents_prompts: _Optional[int] = ..., push_notifications: _Optional[int] = ...) -> None: ...

class LocalizationSettings(_message.Message):
    __slots__ = ("default_server_locale", "default_client_locale", "available_locales", "enable_experimental_locales")
    DEFAULT_SERVER_LOCALE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_CLIENT_LOCALE_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_LOCALES_FIELD_NUMBER: _ClassVar[int]
    ENABLE_EXPERIMENTAL_LOCALES_FIELD_NUMBER: _ClassVar[int]
    default_server_locale: str
    default_client_locale: str
    available_locales: str
    enable_experimental_locales: bool
    def __init__(self, default_server_locale: _Optional[str] = ..., default_client_locale: _Optional[str] = ..., available_locales: _Optional[str] = ..., enable_experimental_locales: bool = ...) -> None: ...

class LogSettings(_message.Message):
    __slots__ = ("enable_console", "console_level", "console_json", "enable_color", "enable_file", "file_level", "file_json", "file_location", "enable_webhook_debugging", "enable_diagnostics", "enable_sentry", "advanced_logging_json", "max_field_size")
    ENABLE_CONSOLE_FIELD_NUMBER: _ClassVar[int]
    CONSOLE_LEVEL_FIELD_NUMBER: _ClassVar[int]
    CONSOLE_JSON_FIELD_NUMBER: _ClassVar[int]
    ENABLE_COLOR_FIELD_NUMBER: _ClassVar[int]
    ENABLE_FILE_FIELD_NUMBER: _ClassVar[int]
    FILE_LEVEL_FIELD_NUMBER: _ClassVar[int]
    FILE_JSON_FIELD_NUMBER: _ClassVar[int]
    FILE_LOCATION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_WEBHOOK_DEBUGGING_FIELD_NUMBER: _ClassVar[int]
    ENABLE_DIAGNOSTICS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SENTRY_FIELD_NUMBER: _ClassVar[int]
    ADVANCED_LOGGING_JSON_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_SIZE_FIELD_NUMBER: _ClassVar[int]
    enable_console: bool
    console_level: str
    console_json: bool
    enable_color: bool
    enable_file: bool
    file_level: str
    file_json: bool
    file_location: str
    enable_webhook_debugging: bool
    enable_diagnostics: bool
    enable_sentry: bool
    advanced_logging_json: bytes
    max_field_size: int
    def __init__(self, enable_console: bool = ..., console_level: _Optional[str] = ..., console_json: bool = ..., enable_color: bool = ..., enable_file: bool = ..., file_level: _Optional[str] = ..., file_json: bool = ..., file_location: _Optional[str] = ..., enable_webhook_debugging: bool = ..., enable_diagnostics: bool = ..., enable_sentry: bool = ..., advanced_logging_json: _Optional[bytes] = ..., max_field_size: _Optional[int] = ...) -> None: ...

class LogrLevel(_message.Message):
    __slots__ = ("id", "name", "stacktrace", "color")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    STACKTRACE_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    id: int
    name: str
    stacktrace: bool
    color: int
    def __init__(self, id: _Optional[int] = ..., name: _Optional[str] = ..., stacktrace: bool = ..., color: _Optional[int] = ...) -> None: ...

class Manifest(_message.Message):
    __slots__ = ("id", "name", "description", "homepage_url", "support_url", "release_notes_url", "icon_path", "version", "min_server_version", "server", "webapp", "settings_schema", "props")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    HOMEPAGE_URL_FIELD_NUMBER: _ClassVar[int]
    SUPPORT_URL_FIELD_NUMBER: _ClassVar[int]
    RELEASE_NOTES_URL_FIELD_NUMBER: _ClassVar[int]
    ICON_PATH_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    MIN_SERVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    SERVER_FIELD_NUMBER: _ClassVar[int]
    WEBAPP_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    PROPS_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    description: str
    homepage_url: str
    support_url: str
    release_notes_url: str
    icon_path: str
    version: str
    min_server_version: str
    server: ManifestServer
    webapp: ManifestWebapp
    settings_schema: PluginSettingsSchema
    props: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., homepage_url: _Optional[str] = ..., support_url: _Optional[str] = ..., release_notes_url: _Optional[str] = ..., icon_path: _Optional[str] = ..., version: _Optional[str] = ..., min_server_version: _Optional[str] = ..., server: _Optional[_Union[ManifestServer, _Mapping]] = ..., webapp: _Optional[_Union[ManifestWebapp, _Mapping]] = ..., settings_schema: _Optional[_Union[PluginSettingsSchema, _Mapping]] = ..., props: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class ManifestServer(_message.Message):
    __slots__ = ("executables", "executable")
    class ExecutablesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    EXECUTABLES_FIELD_NUMBER: _ClassVar[int]
    EXECUTABLE_FIELD_NUMBER: _ClassVar[int]
    executables: _containers.ScalarMap[str, str]
    executable: str
    def __init__(self, executables: _Optional[_Mapping[str, str]] = ..., executable: _Optional[str] = ...) -> None: ...

class ManifestWebapp(_message.Message):
    __slots__ = ("bundle_path", "bundle_hash")
    BUNDLE_PATH_FIELD_NUMBER: _ClassVar[int]
    BUNDLE_HASH_FIELD_NUMBER: _ClassVar[int]
    bundle_path: str
    bundle_hash: bytes
    def __init__(self, bundle_path: _Optional[str] = ..., bundle_hash: _Optional[bytes] = ...) -> None: ...

class MembershipChangeMsg(_message.Message):
    __slots__ = ("channel_id", "user_id", "is_add", "remote_id", "change_time")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    IS_ADD_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_TIME_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    is_add: bool
    remote_id: str
    change_time: int
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ..., is_add: bool = ..., remote_id: _Optional[str] = ..., change_time: _Optional[int] = ...) -> None: ...

class MessageAttachment(_message.Message):
    __slots__ = ("id", "fallback", "color", "pretext", "author_name", "author_link", "author_icon", "title", "title_link", "text", "fields", "image_url", "thumb_url", "footer", "footer_icon", "timestamp", "actions")
    ID_FIELD_NUMBER: _ClassVar[int]
    FALLBACK_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    PRETEXT_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_NAME_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_LINK_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_ICON_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TITLE_LINK_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    THUMB_URL_FIELD_NUMBER: _ClassVar[int]
    FOOTER_FIELD_NUMBER: _ClassVar[int]
    FOOTER_ICON_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    id: int
    fallback: str
    color: str
    pretext: str
    author_name: str
    author_link: str
    author_icon: str
    title: str
    title_link: str
    text: str
    fields: _containers.RepeatedCompositeFieldContainer[MessageAttachmentField]
    image_url: str
    thumb_url: str
    footer: str
    footer_icon: str
    timestamp: _struct_pb2.Value
    actions: _containers.RepeatedCompositeFieldContainer[PostAction]
    def __init__(self, id: _Optional[int] = ..., fallback: _Optional[str] = ..., color: _Optional[str] = ..., pretext: _Optional[str] = ..., author_name: _Optional[str] = ..., author_link: _Optional[str] = ..., author_icon: _Optional[str] = ..., title: _Optional[str] = ..., title_link: _Optional[str] = ..., text: _Optional[str] = ..., fields: _Optional[_Iterable[_Union[MessageAttachmentField, _Mapping]]] = ..., image_url: _Optional[str] = ..., thumb_url: _Optional[str] = ..., footer: _Optional[str] = ..., footer_icon: _Optional[str] = ..., timestamp: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., actions: _Optional[_Iterable[_Union[PostAction, _Mapping]]] = ...) -> None: ...

class MessageAttachmentField(_message.Message):
    __slots__ = ("title", "value", "short")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    SHORT_FIELD_NUMBER: _ClassVar[int]
    title: str
    value: _struct_pb2.Value
    short: bool
    def __init__(self, title: _Optional[str] = ..., value: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., short: bool = ...) -> None: ...

class MessageExportSettings(_message.Message):
    __slots__ = ("enable_export", "export_format", "daily_run_time", "export_from_timestamp", "batch_size", "download_export_results", "channel_batch_size", "channel_history_batch_size", "global_relay_settings")
    ENABLE_EXPORT_FIELD_NUMBER: _ClassVar[int]
    EXPORT_FORMAT_FIELD_NUMBER: _ClassVar[int]
    DAILY_RUN_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPORT_FROM_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    DOWNLOAD_EXPORT_RESULTS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_HISTORY_BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    GLOBAL_RELAY_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    enable_export: bool
    export_format: str
    daily_run_time: str
    export_from_timestamp: int
    batch_size: int
    download_export_results: bool
    channel_batch_size: int
    channel_history_batch_size: int
    global_relay_settings: GlobalRelayMessageExportSettings
    def __init__(self, enable_export: bool = ..., export_format: _Optional[str] = ..., daily_run_time: _Optional[str] = ..., export_from_timestamp: _Optional[int] = ..., batch_size: _Optional[int] = ..., download_export_results: bool = ..., channel_batch_size: _Optional[int] = ..., channel_history_batch_size: _Optional[int] = ..., global_relay_settings: _Optional[_Union[GlobalRelayMessageExportSettings, _Mapping]] = ...) -> None: ...

class MessagesLimits(_message.Message):
    __slots__ = ("history",)
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    history: int
    def __init__(self, history: _Optional[int] = ...) -> None: ...

class MetricsSettings(_message.Message):
    __slots__ = ("enable", "block_profile_rate", "listen_address", "enable_client_metrics", "enable_notification_metrics", "client_side_user_ids")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    BLOCK_PROFILE_RATE_FIELD_NUMBER: _ClassVar[int]
    LISTEN_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CLIENT_METRICS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_NOTIFICATION_METRICS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SIDE_USER_IDS_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    block_profile_rate: int
    listen_address: str
    enable_client_metrics: bool
    enable_notification_metrics: bool
    client_side_user_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, enable: bool = ..., block_profile_rate: _Optional[int] = ..., listen_address: _Optional[str] = ..., enable_client_metrics: bool = ..., enable_notification_metrics: bool = ..., client_side_user_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class MobileEphemeralModeSettings(_message.Message):
    __slots__ = ("enable", "disconnection_timeout_seconds", "offline_persistence_timer_hours", "auto_cache_cleanup_days")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    DISCONNECTION_TIMEOUT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    OFFLINE_PERSISTENCE_TIMER_HOURS_FIELD_NUMBER: _ClassVar[int]
    AUTO_CACHE_CLEANUP_DAYS_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    disconnection_timeout_seconds: int
    offline_persistence_timer_hours: int
    auto_cache_cleanup_days: int
    def __init__(self, enable: bool = ..., disconnection_timeout_seconds: _Optional[int] = ..., offline_persistence_timer_hours: _Optional[int] = ..., auto_cache_cleanup_days: _Optional[int] = ...) -> None: ...

class NativeAppSettings(_message.Message):
    __slots__ = ("app_custom_url_schemes", "app_download_link", "android_app_download_link", "ios_app_download_link", "mobile_external_browser", "mobile_enable_biometrics", "mobile_prevent_screen_capture", "mobile_jailbreak_protection", "mobile_enable_secure_file_preview", "mobile_allow_pdf_link_navigation", "enable_intune_mam")
    APP_CUSTOM_URL_SCHEMES_FIELD_NUMBER: _ClassVar[int]
    APP_DOWNLOAD_LINK_FIELD_NUMBER: _ClassVar[int]
    ANDROID_APP_DOWNLOAD_LINK_FIELD_NUMBER: _ClassVar[int]
    IOS_APP_DOWNLOAD_LINK_FIELD_NUMBER: _ClassVar[int]
    MOBILE_EXTERNAL_BROWSER_FIELD_NUMBER: _ClassVar[int]
    MOBILE_ENABLE_BIOMETRICS_FIELD_NUMBER: _ClassVar[int]
    MOBILE_PREVENT_SCREEN_CAPTURE_FIELD_NUMBER: _ClassVar[int]
    MOBILE_JAILBREAK_PROTECTION_FIELD_NUMBER: _ClassVar[int]
    MOBILE_ENABLE_SECURE_FILE_PREVIEW_FIELD_NUMBER: _ClassVar[int]
    MOBILE_ALLOW_PDF_LINK_NAVIGATION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_INTUNE_MAM_FIELD_NUMBER: _ClassVar[int]
    app_custom_url_schemes: _containers.RepeatedScalarFieldContainer[str]
    app_download_link: str
    android_app_download_link: str
    ios_app_download_link: str
    mobile_external_browser: bool
    mobile_enable_biometrics: bool
    mobile_prevent_screen_capture: bool
    mobile_jailbreak_protection: bool
    mobile_enable_secure_file_preview: bool
    mobile_allow_pdf_link_navigation: bool
    enable_intune_mam: bool
    def __init__(self, app_custom_url_schemes: _Optional[_Iterable[str]] = ..., app_download_link: _Optional[str] = ..., android_app_download_link: _Optional[str] = ..., ios_app_download_link: _Optional[str] = ..., mobile_external_browser: bool = ..., mobile_enable_biometrics: bool = ..., mobile_prevent_screen_capture: bool = ..., mobile_jailbreak_protection: bool = ..., mobile_enable_secure_file_preview: bool = ..., mobile_allow_pdf_link_navigation: bool = ..., enable_intune_mam: bool = ...) -> None: ...

class OAuthApp(_message.Message):
    __slots__ = ("id", "creator_id", "create_at", "update_at", "client_secret", "name", "description", "icon_url", "callback_urls", "homepage", "is_trusted", "mattermost_app_id", "is_dynamically_registered")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ICON_URL_FIELD_NUMBER: _ClassVar[int]
    CALLBACK_URLS_FIELD_NUMBER: _ClassVar[int]
    HOMEPAGE_FIELD_NUMBER: _ClassVar[int]
    IS_TRUSTED_FIELD_NUMBER: _ClassVar[int]
    MATTERMOST_APP_ID_FIELD_NUMBER: _ClassVar[int]
    IS_DYNAMICALLY_REGISTERED_FIELD_NUMBER: _ClassVar[int]
    id: str
    creator_id: str
    create_at: int
    update_at: int
    client_secret: str
    name: str
    description: str
    icon_url: str
    callback_urls: _containers.RepeatedScalarFieldContainer[str]
    homepage: str
    is_trusted: bool
    mattermost_app_id: str
    is_dynamically_registered: bool
    def __init__(self, id: _Optional[str] = ..., creator_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., client_secret: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., icon_url: _Optional[str] = ..., callback_urls: _Optional[_Iterable[str]] = ..., homepage: _Optional[str] = ..., is_trusted: bool = ..., mattermost_app_id: _Optional[str] = ..., is_dynamically_registered: bool = ...) -> None: ...

class Office365Settings(_message.Message):
    __slots__ = ("enable", "secret", "id", "scope", "auth_endpoint", "token_endpoint", "user_api_endpoint", "discovery_endpoint", "directory_id", "use_preferred_username")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    AUTH_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    TOKEN_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    USER_API_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    DISCOVERY_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    DIRECTORY_ID_FIELD_NUMBER: _ClassVar[int]
    USE_PREFERRED_USERNAME_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    secret: str
    id: str
    scope: str
    auth_endpoint: str
    token_endpoint: str
    user_api_endpoint: str
    discovery_endpoint: str
    directory_id: str
    use_preferred_username: bool
    def __init__(self, enable: bool = ..., secret: _Optional[str] = ..., id: _Optional[str] = ..., scope: _Optional[str] = ..., auth_endpoint: _Optional[str] = ..., token_endpoint: _Optional[str] = ..., user_api_endpoint: _Optional[str] = ..., discovery_endpoint: _Optional[str] = ..., directory_id: _Optional[str] = ..., use_preferred_username: bool = ...) -> None: ...

class OnInstallEvent(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class OpenDialogRequest(_message.Message):
    __slots__ = ("trigger_id", "url", "dialog")
    TRIGGER_ID_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    DIALOG_FIELD_NUMBER: _ClassVar[int]
    trigger_id: str
    url: str
    dialog: Dialog
    def __init__(self, trigger_id: _Optional[str] = ..., url: _Optional[str] = ..., dialog: _Optional[_Union[Dialog, _Mapping]] = ...) -> None: ...

class OrderedSidebarCategories(_message.Message):
    __slots__ = ("categories", "order")
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    ORDER_FIELD_NUMBER: _ClassVar[int]
    categories: _containers.RepeatedCompositeFieldContainer[SidebarCategoryWithChannels]
    order: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, categories: _Optional[_Iterable[_Union[SidebarCategoryWithChannels, _Mapping]]] = ..., order: _Optional[_Iterable[str]] = ...) -> None: ...

class PageOpts(_message.Message):
    __slots__ = ("page", "per_page")
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    page: int
    per_page: int
    def __init__(self, page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class PasswordSettings(_message.Message):
    __slots__ = ("minimum_length", "lowercase", "number", "uppercase", "symbol", "enable_forgot_link")
    MINIMUM_LENGTH_FIELD_NUMBER: _ClassVar[int]
    LOWERCASE_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    UPPERCASE_FIELD_NUMBER: _ClassVar[int]
    SYMBOL_FIELD_NUMBER: _ClassVar[int]
    ENABLE_FORGOT_LINK_FIELD_NUMBER: _ClassVar[int]
    minimum_length: int
    lowercase: bool
    number: bool
    uppercase: bool
    symbol: bool
    enable_forgot_link: bool
    def __init__(self, minimum_length: _Optional[int] = ..., lowercase: bool = ..., number: bool = ..., uppercase: bool = ..., symbol: bool = ..., enable_forgot_link: bool = ...) -> None: ...

class Permission(_message.Message):
    __slots__ = ("id", "name", "description", "scope")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    description: str
    scope: str
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., scope: _Optional[str] = ...) -> None: ...

class PluginClusterEvent(_message.Message):
    __slots__ = ("id", "data")
    ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    id: str
    data: bytes
    def __init__(self, id: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class PluginClusterEventSendOptions(_message.Message):
    __slots__ = ("send_type", "target_id")
    SEND_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    send_type: str
    target_id: str
    def __init__(self, send_type: _Optional[str] = ..., target_id: _Optional[str] = ...) -> None: ...

class PluginContext(_message.Message):
    __slots__ = ("session_id", "connection_id", "request_id", "ip_address", "accept_language", "user_agent")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    USER_AGENT_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    connection_id: str
    request_id: str
    ip_address: str
    accept_language: str
    user_agent: str
    def __init__(self, session_id: _Optional[str] = ..., connection_id: _Optional[str] = ..., request_id: _Optional[str] = ..., ip_address: _Optional[str] = ..., accept_language: _Optional[str] = ..., user_agent: _Optional[str] = ...) -> None: ...

class PluginErrorString(_message.Message):
    __slots__ = ("code", "err")
    CODE_FIELD_NUMBER: _ClassVar[int]
    ERR_FIELD_NUMBER: _ClassVar[int]
    code: int
    err: str
    def __init__(self, code: _Optional[int] = ..., err: _Optional[str] = ...) -> None: ...

class PluginHTTPRequestSubset(_message.Message):
    __slots__ = ("method", "url", "proto", "proto_major", "proto_minor", "header", "host", "remote_addr", "request_uri")
    class HeaderEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: StringList
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[StringList, _Mapping]] = ...) -> None: ...
    METHOD_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    PROTO_FIELD_NUMBER: _ClassVar[int]
    PROTO_MAJOR_FIELD_NUMBER: _ClassVar[int]
    PROTO_MINOR_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ADDR_FIELD_NUMBER: _ClassVar[int]
    REQUEST_URI_FIELD_NUMBER: _ClassVar[int]
    method: str
    url: Url
    proto: str
    proto_major: int
    proto_minor: int
    header: _containers.MessageMap[str, StringList]
    host: str
    remote_addr: str
    request_uri: str
    def __init__(self, method: _Optional[str] = ..., url: _Optional[_Union[Url, _Mapping]] = ..., proto: _Optional[str] = ..., proto_major: _Optional[int] = ..., proto_minor: _Optional[int] = ..., header: _Optional[_Mapping[str, StringList]] = ..., host: _Optional[str] = ..., remote_addr: _Optional[str] = ..., request_uri: _Optional[str] = ...) -> None: ...

class PluginKVSetOptions(_message.Message):
    __slots__ = ("atomic", "old_value", "expire_in_seconds")
    ATOMIC_FIELD_NUMBER: _ClassVar[int]
    OLD_VALUE_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_IN_SECONDS_FIELD_NUMBER: _ClassVar[int]
    atomic: bool
    old_value: bytes
    expire_in_seconds: int
    def __init__(self, atomic: bool = ..., old_value: _Optional[bytes] = ..., expire_in_seconds: _Optional[int] = ...) -> None: ...

class PluginOption(_message.Message):
    __slots__ = ("display_name", "value")
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    display_name: str
    value: str
    def __init__(self, display_name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class PluginPropertyOption(_message.Message):
    __slots__ = ("data",)
    class DataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: _containers.ScalarMap[str, str]
    def __init__(self, data: _Optional[_Mapping[str, str]] = ...) -> None: ...

class PluginResultContainer(_message.Message):
    __slots__ = ("last_id", "last_id_error", "rows_affected", "rows_affected_error")
    LAST_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_ID_ERROR_FIELD_NUMBER: _ClassVar[int]
    ROWS_AFFECTED_FIELD_NUMBER: _ClassVar[int]
    ROWS_AFFECTED_ERROR_FIELD_NUMBER: _ClassVar[int]
    last_id: int
    last_id_error: AppError
    rows_affected: int
    rows_affected_error: AppError
    def __init__(self, last_id: _Optional[int] = ..., last_id_error: _Optional[_Union[AppError, _Mapping]] = ..., rows_affected: _Optional[int] = ..., rows_affected_error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class PluginSetting(_message.Message):
    __slots__ = ("key", "display_name", "type", "help_text", "regenerate_help_text", "placeholder", "default", "options", "hosting", "secret")
    KEY_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    HELP_TEXT_FIELD_NUMBER: _ClassVar[int]
    REGENERATE_HELP_TEXT_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    HOSTING_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    key: str
    display_name: str
    type: str
    help_text: str
    regenerate_help_text: str
    placeholder: str
    default: _struct_pb2.Value
    options: _containers.RepeatedCompositeFieldContainer[PluginOption]
    hosting: str
    secret: bool
    def __init__(self, key: _Optional[str] = ..., display_name: _Optional[str] = ..., type: _Optional[str] = ..., help_text: _Optional[str] = ..., regenerate_help_text: _Optional[str] = ..., placeholder: _Optional[str] = ..., default: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., options: _Optional[_Iterable[_Union[PluginOption, _Mapping]]] = ..., hosting: _Optional[str] = ..., secret: bool = ...) -> None: ...

class PluginSettings(_message.Message):
    __slots__ = ("enable", "enable_uploads", "allow_insecure_download_url", "enable_health_check", "directory", "client_directory", "plugins", "plugin_states", "enable_marketplace", "enable_remote_marketplace", "automatic_prepackaged_plugins", "require_plugin_signature", "marketplace_url", "signature_public_key_files", "chimera_oauth_proxy_url")
    class PluginsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _struct_pb2.Struct
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class PluginStatesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: PluginState
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[PluginState, _Mapping]] = ...) -> None: ...
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_UPLOADS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_INSECURE_DOWNLOAD_URL_FIELD_NUMBER: _ClassVar[int]
    ENABLE_HEALTH_CHECK_FIELD_NUMBER: _ClassVar[int]
    DIRECTORY_FIELD_NUMBER: _ClassVar[int]
    CLIENT_DIRECTORY_FIELD_NUMBER: _ClassVar[int]
    PLUGINS_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_STATES_FIELD_NUMBER: _ClassVar[int]
    ENABLE_MARKETPLACE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_REMOTE_MARKETPLACE_FIELD_NUMBER: _ClassVar[int]
    AUTOMATIC_PREPACKAGED_PLUGINS_FIELD_NUMBER: _ClassVar[int]
    REQUIRE_PLUGIN_SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    MARKETPLACE_URL_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_PUBLIC_KEY_FILES_FIELD_NUMBER: _ClassVar[int]
    CHIMERA_OAUTH_PROXY_URL_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    enable_uploads: bool
    allow_insecure_download_url: bool
    enable_health_check: bool
    directory: str
    client_directory: str
    plugins: _containers.MessageMap[str, _struct_pb2.Struct]
    plugin_states: _containers.MessageMap[str, PluginState]
    enable_marketplace: bool
    enable_remote_marketplace: bool
    automatic_prepackaged_plugins: bool
    require_plugin_signature: bool
    marketplace_url: str
    signature_public_key_files: _containers.RepeatedScalarFieldContainer[str]
    chimera_oauth_proxy_url: str
    def __init__(self, enable: bool = ..., enable_uploads: bool = ..., allow_insecure_download_url: bool = ..., enable_health_check: bool = ..., directory: _Optional[str] = ..., client_directory: _Optional[str] = ..., plugins: _Optional[_Mapping[str, _struct_pb2.Struct]] = ..., plugin_states: _Optional[_Mapping[str, PluginState]] = ..., enable_marketplace: bool = ..., enable_remote_marketplace: bool = ..., automatic_prepackaged_plugins: bool = ..., require_plugin_signature: bool = ..., marketplace_url: _Optional[str] = ..., signature_public_key_files: _Optional[_Iterable[str]] = ..., chimera_oauth_proxy_url: _Optional[str] = ...) -> None: ...

class PluginSettingsSchema(_message.Message):
    __slots__ = ("header", "footer", "settings", "sections")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    FOOTER_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    SECTIONS_FIELD_NUMBER: _ClassVar[int]
    header: str
    footer: str
    settings: _containers.RepeatedCompositeFieldContainer[PluginSetting]
    sections: _containers.RepeatedCompositeFieldContainer[PluginSettingsSection]
    def __init__(self, header: _Optional[str] = ..., footer: _Optional[str] = ..., settings: _Optional[_Iterable[_Union[PluginSetting, _Mapping]]] = ..., sections: _Optional[_Iterable[_Union[PluginSettingsSection, _Mapping]]] = ...) -> None: ...

class PluginSettingsSection(_message.Message):
    __slots__ = ("key", "title", "subtitle", "settings", "header", "footer", "custom", "fallback")
    KEY_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUBTITLE_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    FOOTER_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_FIELD_NUMBER: _ClassVar[int]
    FALLBACK_FIELD_NUMBER: _ClassVar[int]
    key: str
    title: str
    subtitle: str
    settings: _containers.RepeatedCompositeFieldContainer[PluginSetting]
    header: str
    footer: str
    custom: bool
    fallback: bool
    def __init__(self, key: _Optional[str] = ..., title: _Optional[str] = ..., subtitle: _Optional[str] = ..., settings: _Optional[_Iterable[_Union[PluginSetting, _Mapping]]] = ..., header: _Optional[str] = ..., footer: _Optional[str] = ..., custom: bool = ..., fallback: bool = ...) -> None: ...

class PluginState(_message.Message):
    __slots__ = ("enable",)
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    def __init__(self, enable: bool = ...) -> None: ...

class PluginStatus(_message.Message):
    __slots__ = ("plugin_id", "cluster_id", "plugin_path", "state", "error", "name", "description", "version")
    PLUGIN_ID_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_PATH_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    plugin_id: str
    cluster_id: str
    plugin_path: str
    state: int
    error: str
    name: str
    description: str
    version: str
    def __init__(self, plugin_id: _Optional[str] = ..., cluster_id: _Optional[str] = ..., plugin_path: _Optional[str] = ..., state: _Optional[int] = ..., error: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., version: _Optional[str] = ...) -> None: ...

class Post(_message.Message):
    __slots__ = ("id", "create_at", "update_at", "edit_at", "delete_at", "is_pinned", "user_id", "channel_id", "root_id", "original_id", "message", "message_source", "type", "props", "hashtags", "filenames", "file_ids", "pending_post_id", "has_reactions", "remote_id", "reply_count", "last_reply_at", "participants", "is_following", "metadata")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    EDIT_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    IS_PINNED_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    ROOT_ID_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PROPS_FIELD_NUMBER: _ClassVar[int]
    HASHTAGS_FIELD_NUMBER: _ClassVar[int]
    FILENAMES_FIELD_NUMBER: _ClassVar[int]
    FILE_IDS_FIELD_NUMBER: _ClassVar[int]
    PENDING_POST_ID_FIELD_NUMBER: _ClassVar[int]
    HAS_REACTIONS_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    REPLY_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAST_REPLY_AT_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOWING_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    id: str
    create_at: int
    update_at: int
    edit_at: int
    delete_at: int
    is_pinned: bool
    user_id: str
    channel_id: str
    root_id: str
    original_id: str
    message: str
    message_source: str
    type: str
    props: _struct_pb2.Struct
    hashtags: str
    filenames: _containers.RepeatedScalarFieldContainer[str]
    file_ids: _containers.RepeatedScalarFieldContainer[str]
    pending_post_id: str
    has_reactions: bool
    remote_id: str
    reply_count: int
    last_reply_at: int
    participants: _containers.RepeatedCompositeFieldContainer[User]
    is_following: bool
    metadata: PostMetadata
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., edit_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., is_pinned: bool = ..., user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., root_id: _Optional[str] = ..., original_id: _Optional[str] = ..., message: _Optional[str] = ..., message_source: _Optional[str] = ..., type: _Optional[str] = ..., props: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., hashtags: _Optional[str] = ..., filenames: _Optional[_Iterable[str]] = ..., file_ids: _Optional[_Iterable[str]] = ..., pending_post_id: _Optional[str] = ..., has_reactions: bool = ..., remote_id: _Optional[str] = ..., reply_count: _Optional[int] = ..., last_reply_at: _Optional[int] = ..., participants: _Optional[_Iterable[_Union[User, _Mapping]]] = ..., is_following: bool = ..., metadata: _Optional[_Union[PostMetadata, _Mapping]] = ...) -> None: ...

class PostAcknowledgement(_message.Message):
    __slots__ = ("user_id", "post_id", "acknowledged_at", "channel_id", "remote_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    ACKNOWLEDGED_AT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    post_id: str
    acknowledged_at: int
    channel_id: str
    remote_id: str
    def __init__(self, user_id: _Optional[str] = ..., post_id: _Optional[str] = ..., acknowledged_at: _Optional[int] = ..., channel_id: _Optional[str] = ..., remote_id: _Optional[str] = ...) -> None: ...

class PostAction(_message.Message):
    __slots__ = ("id", "type", "name", "tooltip", "disabled", "style", "data_source", "options", "default_option", "integration", "cookie")
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TOOLTIP_FIELD_NUMBER: _ClassVar[int]
    DISABLED_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    DATA_SOURCE_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_OPTION_FIELD_NUMBER: _ClassVar[int]
    INTEGRATION_FIELD_NUMBER: _ClassVar[int]
    COOKIE_FIELD_NUMBER: _ClassVar[int]
    id: str
    type: str
    name: str
    tooltip: str
    disabled: bool
    style: str
    data_source: str
    options: _containers.RepeatedCompositeFieldContainer[PostActionOptions]
    default_option: str
    integration: PostActionIntegration
    cookie: str
    def __init__(self, id: _Optional[str] = ..., type: _Optional[str] = ..., name: _Optional[str] = ..., tooltip: _Optional[str] = ..., disabled: bool = ..., style: _Optional[str] = ..., data_source: _Optional[str] = ..., options: _Optional[_Iterable[_Union[PostActionOptions, _Mapping]]] = ..., default_option: _Optional[str] = ..., integration: _Optional[_Union[PostActionIntegration, _Mapping]] = ..., cookie: _Optional[str] = ...) -> None: ...

class PostActionIntegration(_message.Message):
    __slots__ = ("url", "context")
    URL_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    url: str
    context: _struct_pb2.Struct
    def __init__(self, url: _Optional[str] = ..., context: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class PostActionOptions(_message.Message):
    __slots__ = ("text", "value")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    text: str
    value: str
    def __init__(self, text: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class PostEmbed(_message.Message):
    __slots__ = ("type", "url", "data")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    type: str
    url: str
    data: _struct_pb2.Value
    def __init__(self, type: _Optional[str] = ..., url: _Optional[str] = ..., data: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class PostImage(_message.Message):
    __slots__ = ("width", "height", "format", "frame_count")
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    FRAME_COUNT_FIELD_NUMBER: _ClassVar[int]
    width: int
    height: int
    format: str
    frame_count: int
    def __init__(self, width: _Optional[int] = ..., height: _Optional[int] = ..., format: _Optional[str] = ..., frame_count: _Optional[int] = ...) -> None: ...

class PostList(_message.Message):
    __slots__ = ("order", "posts", "next_post_id", "prev_post_id", "has_next", "first_inaccessible_post_time", "burn_on_read_posts")
    class PostsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: Post
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[Post, _Mapping]] = ...) -> None: ...
    class BurnOnReadPostsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: Post
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[Post, _Mapping]] = ...) -> None: ...
    ORDER_FIELD_NUMBER: _ClassVar[int]
    POSTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_POST_ID_FIELD_NUMBER: _ClassVar[int]
    PREV_POST_ID_FIELD_NUMBER: _ClassVar[int]
    HAS_NEXT_FIELD_NUMBER: _ClassVar[int]
    FIRST_INACCESSIBLE_POST_TIME_FIELD_NUMBER: _ClassVar[int]
    BURN_ON_READ_POSTS_FIELD_NUMBER: _ClassVar[int]
    order: _containers.RepeatedScalarFieldContainer[str]
    posts: _containers.MessageMap[str, Post]
    next_post_id: str
    prev_post_id: str
    has_next: bool
    first_inaccessible_post_time: int
    burn_on_read_posts: _containers.MessageMap[str, Post]
    def __init__(self, order: _Optional[_Iterable[str]] = ..., posts: _Optional[_Mapping[str, Post]] = ..., next_post_id: _Optional[str] = ..., prev_post_id: _Optional[str] = ..., has_next: bool = ..., first_inaccessible_post_time: _Optional[int] = ..., burn_on_read_posts: _Optional[_Mapping[str, Post]] = ...) -> None: ...

class PostMetadata(_message.Message):
    __slots__ = ("embeds", "emojis", "files", "redacted_file_count", "images", "reactions", "priority", "acknowledgements", "translations", "expire_at", "recipients")
    class ImagesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: PostImage
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[PostImage, _Mapping]] = ...) -> None: ...
    class TranslationsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: PostTranslation
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[PostTranslation, _Mapping]] = ...) -> None: ...
    EMBEDS_FIELD_NUMBER: _ClassVar[int]
    EMOJIS_FIELD_NUMBER: _ClassVar[int]
    FILES_FIELD_NUMBER: _ClassVar[int]
    REDACTED_FILE_COUNT_FIELD_NUMBER: _ClassVar[int]
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    REACTIONS_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    ACKNOWLEDGEMENTS_FIELD_NUMBER: _ClassVar[int]
    TRANSLATIONS_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_AT_FIELD_NUMBER: _ClassVar[int]
    RECIPIENTS_FIELD_NUMBER: _ClassVar[int]
    embeds: _containers.RepeatedCompositeFieldContainer[PostEmbed]
    emojis: _containers.RepeatedCompositeFieldContainer[Emoji]
    files: _containers.RepeatedCompositeFieldContainer[FileInfo]
    redacted_file_count: int
    images: _containers.MessageMap[str, PostImage]
    reactions: _containers.RepeatedCompositeFieldContainer[Reaction]
    priority: PostPriority
    acknowledgements: _containers.RepeatedCompositeFieldContainer[PostAcknowledgement]
    translations: _containers.MessageMap[str, PostTranslation]
    expire_at: int
    recipients: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, embeds: _Optional[_Iterable[_Union[PostEmbed, _Mapping]]] = ..., emojis: _Optional[_Iterable[_Union[Emoji, _Mapping]]] = ..., files: _Optional[_Iterable[_Union[FileInfo, _Mapping]]] = ..., redacted_file_count: _Optional[int] = ..., images: _Optional[_Mapping[str, PostImage]] = ..., reactions: _Optional[_Iterable[_Union[Reaction, _Mapping]]] = ..., priority: _Optional[_Union[PostPriority, _Mapping]] = ..., acknowledgements: _Optional[_Iterable[_Union[PostAcknowledgement, _Mapping]]] = ..., translations: _Optional[_Mapping[str, PostTranslation]] = ..., expire_at: _Optional[int] = ..., recipients: _Optional[_Iterable[str]] = ...) -> None: ...

class PostPriority(_message.Message):
    __slots__ = ("priority", "requested_ack", "persistent_notifications", "post_id", "channel_id")
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_ACK_FIELD_NUMBER: _ClassVar[int]
    PERSISTENT_NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    priority: str
    requested_ack: bool
    persistent_notifications: bool
    post_id: str
    channel_id: str
    def __init__(self, priority: _Optional[str] = ..., requested_ack: bool = ..., persistent_notifications: bool = ..., post_id: _Optional[str] = ..., channel_id: _Optional[str] = ...) -> None: ...

class PostSearchResults(_message.Message):
    __slots__ = ("post_list", "matches")
    class MatchesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: StringList
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[StringList, _Mapping]] = ...) -> None: ...
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    post_list: PostList
    matches: _containers.MessageMap[str, StringList]
    def __init__(self, post_list: _Optional[_Union[PostList, _Mapping]] = ..., matches: _Optional[_Mapping[str, StringList]] = ...) -> None: ...

class PostTranslation(_message.Message):
    __slots__ = ("text", "object", "type", "state", "source_lang")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_LANG_FIELD_NUMBER: _ClassVar[int]
    text: str
    object: bytes
    type: str
    state: str
    source_lang: str
    def __init__(self, text: _Optional[str] = ..., object: _Optional[bytes] = ..., type: _Optional[str] = ..., state: _Optional[str] = ..., source_lang: _Optional[str] = ...) -> None: ...

class PqError(_message.Message):
    __slots__ = ("severity", "code", "message", "detail", "hint", "position", "internal_position", "internal_query", "where", "schema", "table", "column", "data_type_name", "constraint", "file", "line", "routine")
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    INTERNAL_POSITION_FIELD_NUMBER: _ClassVar[int]
    INTERNAL_QUERY_FIELD_NUMBER: _ClassVar[int]
    WHERE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    COLUMN_FIELD_NUMBER: _ClassVar[int]
    DATA_TYPE_NAME_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    ROUTINE_FIELD_NUMBER: _ClassVar[int]
    severity: str
    code: str
    message: str
    detail: str
    hint: str
    position: str
    internal_position: str
    internal_query: str
    where: str
    schema: str
    table: str
    column: str
    data_type_name: str
    constraint: str
    file: str
    line: str
    routine: str
    def __init__(self, severity: _Optional[str] = ..., code: _Optional[str] = ..., message: _Optional[str] = ..., detail: _Optional[str] = ..., hint: _Optional[str] = ..., position: _Optional[str] = ..., internal_position: _Optional[str] = ..., internal_query: _Optional[str] = ..., where: _Optional[str] = ..., schema: _Optional[str] = ..., table: _Optional[str] = ..., column: _Optional[str] = ..., data_type_name: _Optional[str] = ..., constraint: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[str] = ..., routine: _Optional[str] = ...) -> None: ...

class Preference(_message.Message):
    __slots__ = ("user_id", "category", "name", "value")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    category: str
    name: str
    value: str
    def __init__(self, user_id: _Optional[str] = ..., category: _Optional[str] = ..., name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class PreviewPost(_message.Message):
    __slots__ = ("post_id", "post", "team_name", "channel_display_name", "channel_type", "channel_id")
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    TEAM_NAME_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    post_id: str
    post: Post
    team_name: str
    channel_display_name: str
    channel_type: str
    channel_id: str
    def __init__(self, post_id: _Optional[str] = ..., post: _Optional[_Union[Post, _Mapping]] = ..., team_name: _Optional[str] = ..., channel_display_name: _Optional[str] = ..., channel_type: _Optional[str] = ..., channel_id: _Optional[str] = ...) -> None: ...

class PrivacySettings(_message.Message):
    __slots__ = ("show_email_address", "show_full_name", "use_anonymous_urls")
    SHOW_EMAIL_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    SHOW_FULL_NAME_FIELD_NUMBER: _ClassVar[int]
    USE_ANONYMOUS_URLS_FIELD_NUMBER: _ClassVar[int]
    show_email_address: bool
    show_full_name: bool
    use_anonymous_urls: bool
    def __init__(self, show_email_address: bool = ..., show_full_name: bool = ..., use_anonymous_urls: bool = ...) -> None: ...

class ProductLimits(_message.Message):
    __slots__ = ("files", "messages", "teams")
    FILES_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    TEAMS_FIELD_NUMBER: _ClassVar[int]
    files: FilesLimits
    messages: MessagesLimits
    teams: TeamsLimits
    def __init__(self, files: _Optional[_Union[FilesLimits, _Mapping]] = ..., messages: _Optional[_Union[MessagesLimits, _Mapping]] = ..., teams: _Optional[_Union[TeamsLimits, _Mapping]] = ...) -> None: ...

class PropertyField(_message.Message):
    __slots__ = ("id", "group_id", "name", "type", "attrs", "target_id", "target_type", "object_type", "protected", "permission_field", "permission_values", "permission_options", "linked_field_id", "create_at", "update_at", "delete_at", "created_by", "updated_by")
    ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ATTRS_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    PROTECTED_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_FIELD_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_VALUES_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    LINKED_FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    UPDATED_BY_FIELD_NUMBER: _ClassVar[int]
    id: str
    group_id: str
    name: str
    type: str
    attrs: _struct_pb2.Struct
    target_id: str
    target_type: str
    object_type: str
    protected: bool
    permission_field: str
    permission_values: str
    permission_options: str
    linked_field_id: str
    create_at: int
    update_at: int
    delete_at: int
    created_by: str
    updated_by: str
    def __init__(self, id: _Optional[str] = ..., group_id: _Optional[str] = ..., name: _Optional[str] = ..., type: _Optional[str] = ..., attrs: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., target_id: _Optional[str] = ..., target_type: _Optional[str] = ..., object_type: _Optional[str] = ..., protected: bool = ..., permission_field: _Optional[str] = ..., permission_values: _Optional[str] = ..., permission_options: _Optional[str] = ..., linked_field_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., created_by: _Optional[str] = ..., updated_by: _Optional[str] = ...) -> None: ...

class PropertyFieldSearchCursor(_message.Message):
    __slots__ = ("property_field_id", "create_at", "update_at")
    PROPERTY_FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    property_field_id: str
    create_at: int
    update_at: int
    def __init__(self, property_field_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ...) -> None: ...

class PropertyFieldSearchOpts(_message.Message):
    __slots__ = ("group_id", "object_type", "object_types", "target_type", "target_ids", "channel_id", "team_id", "linked_field_id", "since_update_at", "include_deleted", "cursor", "per_page")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_TYPES_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_IDS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    SINCE_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    object_type: str
    object_types: _containers.RepeatedScalarFieldContainer[str]
    target_type: str
    target_ids: _containers.RepeatedScalarFieldContainer[str]
    channel_id: str
    team_id: str
    linked_field_id: str
    since_update_at: int
    include_deleted: bool
    cursor: PropertyFieldSearchCursor
    per_page: int
    def __init__(self, group_id: _Optional[str] = ..., object_type: _Optional[str] = ..., object_types: _Optional[_Iterable[str]] = ..., target_type: _Optional[str] = ..., target_ids: _Optional[_Iterable[str]] = ..., channel_id: _Optional[str] = ..., team_id: _Optional[str] = ..., linked_field_id: _Optional[str] = ..., since_update_at: _Optional[int] = ..., include_deleted: bool = ..., cursor: _Optional[_Union[PropertyFieldSearchCursor, _Mapping]] = ..., per_page: _Optional[int] = ...) -> None: ...

class PropertyGroup(_message.Message):
    __slots__ = ("id", "name", "version", "schema_version")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_VERSION_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    version: int
    schema_version: int
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., version: _Optional[int] = ..., schema_version: _Optional[int] = ...) -> None: ...

class PropertyOwner(_message.Message):
    __slots__ = ("id", "type", "scopes")
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SCOPES_FIELD_NUMBER: _ClassVar[int]
    id: str
    type: str
    scopes: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., type: _Optional[str] = ..., scopes: _Optional[_Iterable[str]] = ...) -> None: ...

class PropertyRequestOptions(_message.Message):
    __slots__ = ("acting_as_scope",)
    ACTING_AS_SCOPE_FIELD_NUMBER: _ClassVar[int]
    acting_as_scope: str
    def __init__(self, acting_as_scope: _Optional[str] = ...) -> None: ...

class PropertyValue(_message.Message):
    __slots__ = ("id", "target_id", "target_type", "group_id", "field_id", "value", "create_at", "update_at", "delete_at", "created_by", "updated_by")
    ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    UPDATED_BY_FIELD_NUMBER: _ClassVar[int]
    id: str
    target_id: str
    target_type: str
    group_id: str
    field_id: str
    value: bytes
    create_at: int
    update_at: int
    delete_at: int
    created_by: str
    updated_by: str
    def __init__(self, id: _Optional[str] = ..., target_id: _Optional[str] = ..., target_type: _Optional[str] = ..., group_id: _Optional[str] = ..., field_id: _Optional[str] = ..., value: _Optional[bytes] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., created_by: _Optional[str] = ..., updated_by: _Optional[str] = ...) -> None: ...

class PropertyValueSearchCursor(_message.Message):
    __slots__ = ("property_value_id", "create_at", "update_at")
    PROPERTY_VALUE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    property_value_id: str
    create_at: int
    update_at: int
    def __init__(self, property_value_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ...) -> None: ...

class PropertyValueSearchOpts(_message.Message):
    __slots__ = ("group_id", "target_type", "target_ids", "field_id", "since_update_at", "include_deleted", "cursor", "per_page", "value")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_IDS_FIELD_NUMBER: _ClassVar[int]
    FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    SINCE_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    target_type: str
    target_ids: _containers.RepeatedScalarFieldContainer[str]
    field_id: str
    since_update_at: int
    include_deleted: bool
    cursor: PropertyValueSearchCursor
    per_page: int
    value: bytes
    def __init__(self, group_id: _Optional[str] = ..., target_type: _Optional[str] = ..., target_ids: _Optional[_Iterable[str]] = ..., field_id: _Optional[str] = ..., since_update_at: _Optional[int] = ..., include_deleted: bool = ..., cursor: _Optional[_Union[PropertyValueSearchCursor, _Mapping]] = ..., per_page: _Optional[int] = ..., value: _Optional[bytes] = ...) -> None: ...

class PushNotification(_message.Message):
    __slots__ = ("ack_id", "platform", "server_id", "device_id", "post_id", "category", "sound", "message", "badge", "content_available", "team_id", "channel_id", "root_id", "channel_name", "type", "sub_type", "transport", "sender_id", "sender_name", "override_username", "override_icon_url", "from_webhook", "version", "is_crt_enabled", "is_id_loaded", "post_type", "channel_type", "signature")
    ACK_ID_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    SERVER_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    SOUND_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_AVAILABLE_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    ROOT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    TRANSPORT_FIELD_NUMBER: _ClassVar[int]
    SENDER_ID_FIELD_NUMBER: _ClassVar[int]
    SENDER_NAME_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_USERNAME_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_ICON_URL_FIELD_NUMBER: _ClassVar[int]
    FROM_WEBHOOK_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    IS_CRT_ENABLED_FIELD_NUMBER: _ClassVar[int]
    IS_ID_LOADED_FIELD_NUMBER: _ClassVar[int]
    POST_TYPE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    ack_id: str
    platform: str
    server_id: str
    device_id: str
    post_id: str
    category: str
    sound: str
    message: str
    badge: int
    content_available: int
    team_id: str
    channel_id: str
    root_id: str
    channel_name: str
    type: str
    sub_type: str
    transport: str
    sender_id: str
    sender_name: str
    override_username: str
    override_icon_url: str
    from_webhook: str
    version: str
    is_crt_enabled: bool
    is_id_loaded: bool
    post_type: str
    channel_type: str
    signature: str
    def __init__(self, ack_id: _Optional[str] = ..., platform: _Optional[str] = ..., server_id: _Optional[str] = ..., device_id: _Optional[str] = ..., post_id: _Optional[str] = ..., category: _Optional[str] = ..., sound: _Optional[str] = ..., message: _Optional[str] = ..., badge: _Optional[int] = ..., content_available: _Optional[int] = ..., team_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., root_id: _Optional[str] = ..., channel_name: _Optional[str] = ..., type: _Optional[str] = ..., sub_type: _Optional[str] = ..., transport: _Optional[str] = ..., sender_id: _Optional[str] = ..., sender_name: _Optional[str] = ..., override_username: _Optional[str] = ..., override_icon_url: _Optional[str] = ..., from_webhook: _Optional[str] = ..., version: _Optional[str] = ..., is_crt_enabled: bool = ..., is_id_loaded: bool = ..., post_type: _Optional[str] = ..., channel_type: _Optional[str] = ..., signature: _Optional[str] = ...) -> None: ...

class RateLimitSettings(_message.Message):
    __slots__ = ("enable", "per_sec", "max_burst", "memory_store_size", "vary_by_remote_addr", "vary_by_user", "vary_by_header")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    PER_SEC_FIELD_NUMBER: _ClassVar[int]
    MAX_BURST_FIELD_NUMBER: _ClassVar[int]
    MEMORY_STORE_SIZE_FIELD_NUMBER: _ClassVar[int]
    VARY_BY_REMOTE_ADDR_FIELD_NUMBER: _ClassVar[int]
    VARY_BY_USER_FIELD_NUMBER: _ClassVar[int]
    VARY_BY_HEADER_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    per_sec: int
    max_burst: int
    memory_store_size: int
    vary_by_remote_addr: bool
    vary_by_user: bool
    vary_by_header: str
    def __init__(self, enable: bool = ..., per_sec: _Optional[int] = ..., max_burst: _Optional[int] = ..., memory_store_size: _Optional[int] = ..., vary_by_remote_addr: bool = ..., vary_by_user: bool = ..., vary_by_header: _Optional[str] = ...) -> None: ...

class Reaction(_message.Message):
    __slots__ = ("user_id", "post_id", "emoji_name", "create_at", "update_at", "delete_at", "remote_id", "channel_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    EMOJI_NAME_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    post_id: str
    emoji_name: str
    create_at: int
    update_at: int
    delete_at: int
    remote_id: str
    channel_id: str
    def __init__(self, user_id: _Optional[str] = ..., post_id: _Optional[str] = ..., emoji_name: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., remote_id: _Optional[str] = ..., channel_id: _Optional[str] = ...) -> None: ...

class RecapLimitSettings(_message.Message):
    __slots__ = ("max_recaps_per_day", "max_scheduled_recaps", "max_channels_per_recap", "max_posts_per_recap", "max_tokens_per_recap", "max_posts_per_day", "cooldown_minutes")
    MAX_RECAPS_PER_DAY_FIELD_NUMBER: _ClassVar[int]
    MAX_SCHEDULED_RECAPS_FIELD_NUMBER: _ClassVar[int]
    MAX_CHANNELS_PER_RECAP_FIELD_NUMBER: _ClassVar[int]
    MAX_POSTS_PER_RECAP_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_PER_RECAP_FIELD_NUMBER: _ClassVar[int]
    MAX_POSTS_PER_DAY_FIELD_NUMBER: _ClassVar[int]
    COOLDOWN_MINUTES_FIELD_NUMBER: _ClassVar[int]
    max_recaps_per_day: int
    max_scheduled_recaps: int
    max_channels_per_recap: int
    max_posts_per_recap: int
    max_tokens_per_recap: int
    max_posts_per_day: int
    cooldown_minutes: int
    def __init__(self, max_recaps_per_day: _Optional[int] = ..., max_scheduled_recaps: _Optional[int] = ..., max_channels_per_recap: _Optional[int] = ..., max_posts_per_recap: _Optional[int] = ..., max_tokens_per_recap: _Optional[int] = ..., max_posts_per_day: _Optional[int] = ..., cooldown_minutes: _Optional[int] = ...) -> None: ...

class RegisterPluginOpts(_message.Message):
    __slots__ = ("displayname", "plugin_id", "creator_id", "auto_share_dms", "auto_invited", "site_url")
    DISPLAYNAME_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_ID_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    AUTO_SHARE_DMS_FIELD_NUMBER: _ClassVar[int]
    AUTO_INVITED_FIELD_NUMBER: _ClassVar[int]
    SITE_URL_FIELD_NUMBER: _ClassVar[int]
    displayname: str
    plugin_id: str
    creator_id: str
    auto_share_dms: bool
    auto_invited: bool
    site_url: str
    def __init__(self, displayname: _Optional[str] = ..., plugin_id: _Optional[str] = ..., creator_id: _Optional[str] = ..., auto_share_dms: bool = ..., auto_invited: bool = ..., site_url: _Optional[str] = ...) -> None: ...

class RemoteCluster(_message.Message):
    __slots__ = ("remote_id", "remote_team_id", "name", "display_name", "site_url", "default_team_id", "create_at", "delete_at", "last_ping_at", "last_global_user_sync_at", "token", "remote_token", "topics", "creator_id", "plugin_id", "options")
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    REMOTE_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    SITE_URL_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_PING_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_GLOBAL_USER_SYNC_AT_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    REMOTE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOPICS_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_ID_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    remote_team_id: str
    name: str
    display_name: str
    site_url: str
    default_team_id: str
    create_at: int
    delete_at: int
    last_ping_at: int
    last_global_user_sync_at: int
    token: str
    remote_token: str
    topics: str
    creator_id: str
    plugin_id: str
    options: int
    def __init__(self, remote_id: _Optional[str] = ..., remote_team_id: _Optional[str] = ..., name: _Optional[str] = ..., display_name: _Optional[str] = ..., site_url: _Optional[str] = ..., default_team_id: _Optional[str] = ..., create_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., last_ping_at: _Optional[int] = ..., last_global_user_sync_at: _Optional[int] = ..., token: _Optional[str] = ..., remote_token: _Optional[str] = ..., topics: _Optional[str] = ..., creator_id: _Optional[str] = ..., plugin_id: _Optional[str] = ..., options: _Optional[int] = ...) -> None: ...

class ReplicaLagSettings(_message.Message):
    __slots__ = ("data_source", "query_absolute_lag", "query_time_lag")
    DATA_SOURCE_FIELD_NUMBER: _ClassVar[int]
    QUERY_ABSOLUTE_LAG_FIELD_NUMBER: _ClassVar[int]
    QUERY_TIME_LAG_FIELD_NUMBER: _ClassVar[int]
    data_source: str
    query_absolute_lag: str
    query_time_lag: str
    def __init__(self, data_source: _Optional[str] = ..., query_absolute_lag: _Optional[str] = ..., query_time_lag: _Optional[str] = ...) -> None: ...

class ReviewerSettings(_message.Message):
    __slots__ = ("common_reviewers", "system_admins_as_reviewers", "team_admins_as_reviewers")
    COMMON_REVIEWERS_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_ADMINS_AS_REVIEWERS_FIELD_NUMBER: _ClassVar[int]
    TEAM_ADMINS_AS_REVIEWERS_FIELD_NUMBER: _ClassVar[int]
    common_reviewers: bool
    system_admins_as_reviewers: bool
    team_admins_as_reviewers: bool
    def __init__(self, common_reviewers: bool = ..., system_admins_as_reviewers: bool = ..., team_admins_as_reviewers: bool = ...) -> None: ...

class SSOSettings(_message.Message):
    __slots__ = ("enable", "secret", "id", "scope", "auth_endpoint", "token_endpoint", "user_api_endpoint", "discovery_endpoint", "button_text", "button_color", "use_preferred_username")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    AUTH_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    TOKEN_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    USER_API_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    DISCOVERY_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_TEXT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_COLOR_FIELD_NUMBER: _ClassVar[int]
    USE_PREFERRED_USERNAME_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    secret: str
    id: str
    scope: str
    auth_endpoint: str
    token_endpoint: str
    user_api_endpoint: str
    discovery_endpoint: str
    button_text: str
    button_color: str
    use_preferred_username: bool
    def __init__(self, enable: bool = ..., secret: _Optional[str] = ..., id: _Optional[str] = ..., scope: _Optional[str] = ..., auth_endpoint: _Optional[str] = ..., token_endpoint: _Optional[str] = ..., user_api_endpoint: _Optional[str] = ..., discovery_endpoint: _Optional[str] = ..., button_text: _Optional[str] = ..., button_color: _Optional[str] = ..., use_preferred_username: bool = ...) -> None: ...

class Saml2AssertionInfo(_message.Message):
    __slots__ = ("name_id", "values", "warning_info", "session_index", "authn_instant", "session_not_on_or_after", "assertions", "response_signature_validated")
    class ValuesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: TypesAttribute
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[TypesAttribute, _Mapping]] = ...) -> None: ...
    NAME_ID_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    WARNING_INFO_FIELD_NUMBER: _ClassVar[int]
    SESSION_INDEX_FIELD_NUMBER: _ClassVar[int]
    AUTHN_INSTANT_FIELD_NUMBER: _ClassVar[int]
    SESSION_NOT_ON_OR_AFTER_FIELD_NUMBER: _ClassVar[int]
    ASSERTIONS_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_SIGNATURE_VALIDATED_FIELD_NUMBER: _ClassVar[int]
    name_id: str
    values: _containers.MessageMap[str, TypesAttribute]
    warning_info: Saml2WarningInfo
    session_index: str
    authn_instant: _timestamp_pb2.Timestamp
    session_not_on_or_after: _timestamp_pb2.Timestamp
    assertions: _containers.RepeatedCompositeFieldContainer[TypesAssertion]
    response_signature_validated: bool
    def __init__(self, name_id: _Optional[str] = ..., values: _Optional[_Mapping[str, TypesAttribute]] = ..., warning_info: _Optional[_Union[Saml2WarningInfo, _Mapping]] = ..., session_index: _Optional[str] = ..., authn_instant: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., session_not_on_or_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., assertions: _Optional[_Iterable[_Union[TypesAssertion, _Mapping]]] = ..., response_signature_validated: bool = ...) -> None: ...

class Saml2ProxyRestriction(_message.Message):
    __slots__ = ("count", "audience")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    count: int
    audience: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, count: _Optional[int] = ..., audience: _Optional[_Iterable[str]] = ...) -> None: ...

class Saml2WarningInfo(_message.Message):
    __slots__ = ("one_time_use", "proxy_restriction", "not_in_audience", "invalid_time")
    ONE_TIME_USE_FIELD_NUMBER: _ClassVar[int]
    PROXY_RESTRICTION_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    INVALID_TIME_FIELD_NUMBER: _ClassVar[int]
    one_time_use: bool
    proxy_restriction: Saml2ProxyRestriction
    not_in_audience: bool
    invalid_time: bool
    def __init__(self, one_time_use: bool = ..., proxy_restriction: _Optional[_Union[Saml2ProxyRestriction, _Mapping]] = ..., not_in_audience: bool = ..., invalid_time: bool = ...) -> None: ...

class SamlSettings(_message.Message):
    __slots__ = ("enable", "enable_sync_with_ldap", "enable_sync_with_ldap_include_auth", "ignore_guests_ldap_sync", "verify", "encrypt", "sign_request", "idp_url", "idp_descriptor_url", "idp_metadata_url", "service_provider_identifier", "assertion_consumer_service_url", "signature_algorithm", "canonical_algorithm", "scoping_idp_provider_id", "scoping_idp_name", "idp_certificate_file", "public_certificate_file", "private_key_file", "id_attribute", "guest_attribute", "enable_admin_attribute", "admin_attribute", "first_name_attribute", "last_name_attribute", "email_attribute", "username_attribute", "nickname_attribute", "locale_attribute", "position_attribute", "login_button_text")
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SYNC_WITH_LDAP_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SYNC_WITH_LDAP_INCLUDE_AUTH_FIELD_NUMBER: _ClassVar[int]
    IGNORE_GUESTS_LDAP_SYNC_FIELD_NUMBER: _ClassVar[int]
    VERIFY_FIELD_NUMBER: _ClassVar[int]
    ENCRYPT_FIELD_NUMBER: _ClassVar[int]
    SIGN_REQUEST_FIELD_NUMBER: _ClassVar[int]
    IDP_URL_FIELD_NUMBER: _ClassVar[int]
    IDP_DESCRIPTOR_URL_FIELD_NUMBER: _ClassVar[int]
    IDP_METADATA_URL_FIELD_NUMBER: _ClassVar[int]
    SERVICE_PROVIDER_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    ASSERTION_CONSUMER_SERVICE_URL_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    CANONICAL_ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    SCOPING_IDP_PROVIDER_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPING_IDP_NAME_FIELD_NUMBER: _ClassVar[int]
    IDP_CERTIFICATE_FILE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_CERTIFICATE_FILE_FIELD_NUMBER: _ClassVar[int]
    PRIVATE_KEY_FILE_FIELD_NUMBER: _ClassVar[int]
    ID_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    GUEST_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_ADMIN_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    ADMIN_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    FIRST_NAME_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    LAST_NAME_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    USERNAME_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    LOCALE_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    POSITION_ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    LOGIN_BUTTON_TEXT_FIELD_NUMBER: _ClassVar[int]
    enable: bool
    enable_sync_with_ldap: bool
    enable_sync_with_ldap_include_auth: bool
    ignore_guests_ldap_sync: bool
    verify: bool
    encrypt: bool
    sign_request: bool
    idp_url: str
    idp_descriptor_url: str
    idp_metadata_url: str
    service_provider_identifier: str
    assertion_consumer_service_url: str
    signature_algorithm: str
    canonical_algorithm: str
    scoping_idp_provider_id: str
    scoping_idp_name: str
    idp_certificate_file: str
    public_certificate_file: str
    private_key_file: str
    id_attribute: str
    guest_attribute: str
    enable_admin_attribute: bool
    admin_attribute: str
    first_name_attribute: str
    last_name_attribute: str
    email_attribute: str
    username_attribute: str
    nickname_attribute: str
    locale_attribute: str
    position_attribute: str
    login_button_text: str
    def __init__(self, enable: bool = ..., enable_sync_with_ldap: bool = ..., enable_sync_with_ldap_include_auth: bool = ..., ignore_guests_ldap_sync: bool = ..., verify: bool = ..., encrypt: bool = ..., sign_request: bool = ..., idp_url: _Optional[str] = ..., idp_descriptor_url: _Optional[str] = ..., idp_metadata_url: _Optional[str] = ..., service_provider_identifier: _Optional[str] = ..., assertion_consumer_service_url: _Optional[str] = ..., signature_algorithm: _Optional[str] = ..., canonical_algorithm: _Optional[str] = ..., scoping_idp_provider_id: _Optional[str] = ..., scoping_idp_name: _Optional[str] = ..., idp_certificate_file: _Optional[str] = ..., public_certificate_file: _Optional[str] = ..., private_key_file: _Optional[str] = ..., id_attribute: _Optional[str] = ..., guest_attribute: _Optional[str] = ..., enable_admin_attribute: bool = ..., admin_attribute: _Optional[str] = ..., first_name_attribute: _Optional[str] = ..., last_name_attribute: _Optional[str] = ..., email_attribute: _Optional[str] = ..., username_attribute: _Optional[str] = ..., nickname_attribute: _Optional[str] = ..., locale_attribute: _Optional[str] = ..., position_attribute: _Optional[str] = ..., login_button_text: _Optional[str] = ...) -> None: ...

class ScheduledPost(_message.Message):
    __slots__ = ("draft", "id", "scheduled_at", "processed_at", "error_code", "repeat_type", "repeat_timezone")
    DRAFT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_AT_FIELD_NUMBER: _ClassVar[int]
    PROCESSED_AT_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    REPEAT_TYPE_FIELD_NUMBER: _ClassVar[int]
    REPEAT_TIMEZONE_FIELD_NUMBER: _ClassVar[int]
    draft: Draft
    id: str
    scheduled_at: int
    processed_at: int
    error_code: str
    repeat_type: str
    repeat_timezone: str
    def __init__(self, draft: _Optional[_Union[Draft, _Mapping]] = ..., id: _Optional[str] = ..., scheduled_at: _Optional[int] = ..., processed_at: _Optional[int] = ..., error_code: _Optional[str] = ..., repeat_type: _Optional[str] = ..., repeat_timezone: _Optional[str] = ...) -> None: ...

class SearchParameter(_message.Message):
    __slots__ = ("terms", "is_or_search", "time_zone_offset", "page", "per_page", "include_deleted_channels")
    TERMS_FIELD_NUMBER: _ClassVar[int]
    IS_OR_SEARCH_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    terms: str
    is_or_search: bool
    time_zone_offset: int
    page: int
    per_page: int
    include_deleted_channels: bool
    def __init__(self, terms: _Optional[str] = ..., is_or_search: bool = ..., time_zone_offset: _Optional[int] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ..., include_deleted_channels: bool = ...) -> None: ...

class SearchParams(_message.Message):
    __slots__ = ("terms", "excluded_terms", "is_hashtag", "in_channels", "excluded_channels", "from_users", "excluded_users", "after_date", "excluded_after_date", "before_date", "excluded_before_date", "extensions", "excluded_extensions", "on_date", "excluded_date", "or_terms", "include_deleted_channels", "time_zone_offset", "search_without_user_id", "modifier")
    TERMS_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_TERMS_FIELD_NUMBER: _ClassVar[int]
    IS_HASHTAG_FIELD_NUMBER: _ClassVar[int]
    IN_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    FROM_USERS_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_USERS_FIELD_NUMBER: _ClassVar[int]
    AFTER_DATE_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_AFTER_DATE_FIELD_NUMBER: _ClassVar[int]
    BEFORE_DATE_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_BEFORE_DATE_FIELD_NUMBER: _ClassVar[int]
    EXTENSIONS_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_EXTENSIONS_FIELD_NUMBER: _ClassVar[int]
    ON_DATE_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_DATE_FIELD_NUMBER: _ClassVar[int]
    OR_TERMS_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    SEARCH_WITHOUT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    MODIFIER_FIELD_NUMBER: _ClassVar[int]
    terms: str
    excluded_terms: str
    is_hashtag: bool
    in_channels: _containers.RepeatedScalarFieldContainer[str]
    excluded_channels: _containers.RepeatedScalarFieldContainer[str]
    from_users: _containers.RepeatedScalarFieldContainer[str]
    excluded_users: _containers.RepeatedScalarFieldContainer[str]
    after_date: str
    excluded_after_date: str
    before_date: str
    excluded_before_date: str
    extensions: _containers.RepeatedScalarFieldContainer[str]
    excluded_extensions: _containers.RepeatedScalarFieldContainer[str]
    on_date: str
    excluded_date: str
    or_terms: bool
    include_deleted_channels: bool
    time_zone_offset: int
    search_without_user_id: bool
    modifier: str
    def __init__(self, terms: _Optional[str] = ..., excluded_terms: _Optional[str] = ..., is_hashtag: bool = ..., in_channels: _Optional[_Iterable[str]] = ..., excluded_channels: _Optional[_Iterable[str]] = ..., from_users: _Optional[_Iterable[str]] = ..., excluded_users: _Optional[_Iterable[str]] = ..., after_date: _Optional[str] = ..., excluded_after_date: _Optional[str] = ..., before_date: _Optional[str] = ..., excluded_before_date: _Optional[str] = ..., extensions: _Optional[_Iterable[str]] = ..., excluded_extensions: _Optional[_Iterable[str]] = ..., on_date: _Optional[str] = ..., excluded_date: _Optional[str] = ..., or_terms: bool = ..., include_deleted_channels: bool = ..., time_zone_offset: _Optional[int] = ..., search_without_user_id: bool = ..., modifier: _Optional[str] = ...) -> None: ...

class SendToastMessageOptions(_message.Message):
    __slots__ = ("position",)
    POSITION_FIELD_NUMBER: _ClassVar[int]
    position: str
    def __init__(self, position: _Optional[str] = ...) -> None: ...

class ServiceSettings(_message.Message):
    __slots__ = ("site_url", "websocket_url", "license_file_location", "listen_address", "connection_security", "tls_cert_file", "tls_key_file", "tls_min_ver", "tls_strict_transport", "tls_strict_transport_max_age", "tls_overwrite_ciphers", "use_lets_encrypt", "lets_encrypt_certificate_cache_file", "forward80_to443", "trusted_proxy_ip_header", "read_timeout", "write_timeout", "idle_timeout", "maximum_login_attempts", "goroutine_health_threshold", "enable_oauth_service_provider", "enable_dynamic_client_registration", "dcr_redirect_uri_allowlist", "enable_incoming_webhooks", "enable_outgoing_webhooks", "enable_outgoing_oauth_connections", "enable_commands", "outgoing_integration_requests_timeout", "enable_post_username_override", "enable_post_icon_override", "google_developer_key", "enable_link_previews", "enable_permalink_previews", "restrict_link_previews", "enable_testing", "enable_developer", "developer_flags", "enable_client_performance_debugging", "enable_security_fix_alert", "enable_insecure_outgoing_connections", "allowed_untrusted_internal_connections", "enable_multifactor_authentication", "enforce_multifactor_authentication", "enable_user_access_tokens", "maximum_personal_access_token_lifetime_days", "allow_cors_from", "cors_exposed_headers", "cors_allow_credentials", "cors_debug", "allow_cookies_for_subdomains", "extend_session_length_with_activity", "terminate_sessions_on_password_change", "session_length_web_in_days", "session_length_web_in_hours", "session_length_mobile_in_days", "session_length_mobile_in_hours", "session_length_sso_in_days", "session_length_sso_in_hours", "session_cache_in_minutes", "session_idle_timeout_in_minutes", "websocket_secure_port", "websocket_port", "webserver_mode", "enable_gif_picker", "giphy_sdk_key", "enable_custom_emoji", "enable_emoji_picker", "post_edit_time_limit", "time_between_user_typing_updates_milliseconds", "enable_cross_team_search", "enable_post_search", "enable_file_search", "minimum_hashtag_length", "enable_user_typing_messages", "enable_channel_viewed_messages", "enable_user_statuses", "experimental_enable_authentication_transfer", "cluster_log_timeout_milliseconds", "enable_tutorial", "enable_onboarding_flow", "experimental_enable_default_channel_leave_join_messages", "experimental_group_unread_channels", "enable_api_team_deletion", "enable_api_trigger_admin_notifications", "enable_api_user_deletion", "enable_api_post_deletion", "enable_desktop_landing_page", "minimum_desktop_app_version", "experimental_enable_hardened_mode", "experimental_strict_csrf_enforcement", "enable_email_invitations", "disable_bots_when_owner_is_deactivated", "enable_bot_account_creation", "enable_svgs", "enable_latex", "enable_inline_latex", "post_priority", "allow_persistent_notifications", "allow_persistent_notifications_for_guests", "persistent_notification_interval_minutes", "persistent_notification_max_count", "persistent_notification_max_recipients", "enable_burn_on_read", "burn_on_read_duration_seconds", "burn_on_read_maximum_time_to_live_seconds", "burn_on_read_scheduler_frequency_seconds", "enable_api_channel_deletion", "enable_local_mode", "local_mode_socket_location", "enable_aws_metering", "aws_metering_timeout_seconds", "split_key", "feature_flag_sync_interval_seconds", "debug_split", "thread_auto_follow", "collapsed_threads", "managed_resource_paths", "enable_custom_groups", "allow_synced_drafts", "unique_emoji_reaction_limit_per_post", "refresh_post_stats_run_time", "maximum_payload_size_bytes", "maximum_url_length", "scheduled_posts", "enable_web_hub_channel_iteration", "frame_ancestors", "delete_account_link")
    SITE_URL_FIELD_NUMBER: _ClassVar[int]
    WEBSOCKET_URL_FIELD_NUMBER: _ClassVar[int]
    LICENSE_FILE_LOCATION_FIELD_NUMBER: _ClassVar[int]
    LISTEN_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_SECURITY_FIELD_NUMBER: _ClassVar[int]
    TLS_CERT_FILE_FIELD_NUMBER: _ClassVar[int]
    TLS_KEY_FILE_FIELD_NUMBER: _ClassVar[int]
    TLS_MIN_VER_FIELD_NUMBER: _ClassVar[int]
    TLS_STRICT_TRANSPORT_FIELD_NUMBER: _ClassVar[int]
    TLS_STRICT_TRANSPORT_MAX_AGE_FIELD_NUMBER: _ClassVar[int]
    TLS_OVERWRITE_CIPHERS_FIELD_NUMBER: _ClassVar[int]
    USE_LETS_ENCRYPT_FIELD_NUMBER: _ClassVar[int]
    LETS_ENCRYPT_CERTIFICATE_CACHE_FILE_FIELD_NUMBER: _ClassVar[int]
    FORWARD80_TO443_FIELD_NUMBER: _ClassVar[int]
    TRUSTED_PROXY_IP_HEADER_FIELD_NUMBER: _ClassVar[int]
    READ_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    WRITE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    IDLE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_LOGIN_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    GOROUTINE_HEALTH_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    ENABLE_OAUTH_SERVICE_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    ENABLE_DYNAMIC_CLIENT_REGISTRATION_FIELD_NUMBER: _ClassVar[int]
    DCR_REDIRECT_URI_ALLOWLIST_FIELD_NUMBER: _ClassVar[int]
    ENABLE_INCOMING_WEBHOOKS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_OUTGOING_WEBHOOKS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_OUTGOING_OAUTH_CONNECTIONS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_COMMANDS_FIELD_NUMBER: _ClassVar[int]
    OUTGOING_INTEGRATION_REQUESTS_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    ENABLE_POST_USERNAME_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_POST_ICON_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    GOOGLE_DEVELOPER_KEY_FIELD_NUMBER: _ClassVar[int]
    ENABLE_LINK_PREVIEWS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_PERMALINK_PREVIEWS_FIELD_NUMBER: _ClassVar[int]
    RESTRICT_LINK_PREVIEWS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_TESTING_FIELD_NUMBER: _ClassVar[int]
    ENABLE_DEVELOPER_FIELD_NUMBER: _ClassVar[int]
    DEVELOPER_FLAGS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CLIENT_PERFORMANCE_DEBUGGING_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SECURITY_FIX_ALERT_FIELD_NUMBER: _ClassVar[int]
    ENABLE_INSECURE_OUTGOING_CONNECTIONS_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_UNTRUSTED_INTERNAL_CONNECTIONS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_MULTIFACTOR_AUTHENTICATION_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_MULTIFACTOR_AUTHENTICATION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_USER_ACCESS_TOKENS_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_PERSONAL_ACCESS_TOKEN_LIFETIME_DAYS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_CORS_FROM_FIELD_NUMBER: _ClassVar[int]
    CORS_EXPOSED_HEADERS_FIELD_NUMBER: _ClassVar[int]
    CORS_ALLOW_CREDENTIALS_FIELD_NUMBER: _ClassVar[int]
    CORS_DEBUG_FIELD_NUMBER: _ClassVar[int]
    ALLOW_COOKIES_FOR_SUBDOMAINS_FIELD_NUMBER: _ClassVar[int]
    EXTEND_SESSION_LENGTH_WITH_ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    TERMINATE_SESSIONS_ON_PASSWORD_CHANGE_FIELD_NUMBER: _ClassVar[int]
    SESSION_LENGTH_WEB_IN_DAYS_FIELD_NUMBER: _ClassVar[int]
    SESSION_LENGTH_WEB_IN_HOURS_FIELD_NUMBER: _ClassVar[int]
    SESSION_LENGTH_MOBILE_IN_DAYS_FIELD_NUMBER: _ClassVar[int]
    SESSION_LENGTH_MOBILE_IN_HOURS_FIELD_NUMBER: _ClassVar[int]
    SESSION_LENGTH_SSO_IN_DAYS_FIELD_NUMBER: _ClassVar[int]
    SESSION_LENGTH_SSO_IN_HOURS_FIELD_NUMBER: _ClassVar[int]
    SESSION_CACHE_IN_MINUTES_FIELD_NUMBER: _ClassVar[int]
    SESSION_IDLE_TIMEOUT_IN_MINUTES_FIELD_NUMBER: _ClassVar[int]
    WEBSOCKET_SECURE_PORT_FIELD_NUMBER: _ClassVar[int]
    WEBSOCKET_PORT_FIELD_NUMBER: _ClassVar[int]
    WEBSERVER_MODE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_GIF_PICKER_FIELD_NUMBER: _ClassVar[int]
    GIPHY_SDK_KEY_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CUSTOM_EMOJI_FIELD_NUMBER: _ClassVar[int]
    ENABLE_EMOJI_PICKER_FIELD_NUMBER: _ClassVar[int]
    POST_EDIT_TIME_LIMIT_FIELD_NUMBER: _ClassVar[int]
    TIME_BETWEEN_USER_TYPING_UPDATES_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CROSS_TEAM_SEARCH_FIELD_NUMBER: _ClassVar[int]
    ENABLE_POST_SEARCH_FIELD_NUMBER: _ClassVar[int]
    ENABLE_FILE_SEARCH_FIELD_NUMBER: _ClassVar[int]
    MINIMUM_HASHTAG_LENGTH_FIELD_NUMBER: _ClassVar[int]
    ENABLE_USER_TYPING_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CHANNEL_VIEWED_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    ENABLE_USER_STATUSES_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_ENABLE_AUTHENTICATION_TRANSFER_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_LOG_TIMEOUT_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_TUTORIAL_FIELD_NUMBER: _ClassVar[int]
    ENABLE_ONBOARDING_FLOW_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_ENABLE_DEFAULT_CHANNEL_LEAVE_JOIN_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_GROUP_UNREAD_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_API_TEAM_DELETION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_API_TRIGGER_ADMIN_NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_API_USER_DELETION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_API_POST_DELETION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_DESKTOP_LANDING_PAGE_FIELD_NUMBER: _ClassVar[int]
    MINIMUM_DESKTOP_APP_VERSION_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_ENABLE_HARDENED_MODE_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_STRICT_CSRF_ENFORCEMENT_FIELD_NUMBER: _ClassVar[int]
    ENABLE_EMAIL_INVITATIONS_FIELD_NUMBER: _ClassVar[int]
    DISABLE_BOTS_WHEN_OWNER_IS_DEACTIVATED_FIELD_NUMBER: _ClassVar[int]
    ENABLE_BOT_ACCOUNT_CREATION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SVGS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_LATEX_FIELD_NUMBER: _ClassVar[int]
    ENABLE_INLINE_LATEX_FIELD_NUMBER: _ClassVar[int]
    POST_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    ALLOW_PERSISTENT_NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_PERSISTENT_NOTIFICATIONS_FOR_GUESTS_FIELD_NUMBER: _ClassVar[int]
    PERSISTENT_NOTIFICATION_INTERVAL_MINUTES_FIELD_NUMBER: _ClassVar[int]
    PERSISTENT_NOTIFICATION_MAX_COUNT_FIELD_NUMBER: _ClassVar[int]
    PERSISTENT_NOTIFICATION_MAX_RECIPIENTS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_BURN_ON_READ_FIELD_NUMBER: _ClassVar[int]
    BURN_ON_READ_DURATION_SECONDS_FIELD_NUMBER: _ClassVar[int]
    BURN_ON_READ_MAXIMUM_TIME_TO_LIVE_SECONDS_FIELD_NUMBER: _ClassVar[int]
    BURN_ON_READ_SCHEDULER_FREQUENCY_SECONDS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_API_CHANNEL_DELETION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_LOCAL_MODE_FIELD_NUMBER: _ClassVar[int]
    LOCAL_MODE_SOCKET_LOCATION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_AWS_METERING_FIELD_NUMBER: _ClassVar[int]
    AWS_METERING_TIMEOUT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    SPLIT_KEY_FIELD_NUMBER: _ClassVar[int]
    FEATURE_FLAG_SYNC_INTERVAL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    DEBUG_SPLIT_FIELD_NUMBER: _ClassVar[int]
    THREAD_AUTO_FOLLOW_FIELD_NUMBER: _ClassVar[int]
    COLLAPSED_THREADS_FIELD_NUMBER: _ClassVar[int]
    MANAGED_RESOURCE_PATHS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CUSTOM_GROUPS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_SYNCED_DRAFTS_FIELD_NUMBER: _ClassVar[int]
    UNIQUE_EMOJI_REACTION_LIMIT_PER_POST_FIELD_NUMBER: _ClassVar[int]
    REFRESH_POST_STATS_RUN_TIME_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_PAYLOAD_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_URL_LENGTH_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_POSTS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_WEB_HUB_CHANNEL_ITERATION_FIELD_NUMBER: _ClassVar[int]
    FRAME_ANCESTORS_FIELD_NUMBER: _ClassVar[int]
    DELETE_ACCOUNT_LINK_FIELD_NUMBER: _ClassVar[int]
    site_url: str
    websocket_url: str
    license_file_location: str
    listen_address: str
    connection_security: str
    tls_cert_file: str
    tls_key_file: str
    tls_min_ver: str
    tls_strict_transport: bool
    tls_strict_transport_max_age: int
    tls_overwrite_ciphers: _containers.RepeatedScalarFieldContainer[str]
    use_lets_encrypt: bool
    lets_encrypt_certificate_cache_file: str
    forward80_to443: bool
    trusted_proxy_ip_header: _containers.RepeatedScalarFieldContainer[str]
    read_timeout: int
    write_timeout: int
    idle_timeout: int
    maximum_login_attempts: int
    goroutine_health_threshold: int
    enable_oauth_service_provider: bool
    enable_dynamic_client_registration: bool
    dcr_redirect_uri_allowlist: _containers.RepeatedScalarFieldContainer[str]
    enable_incoming_webhooks: bool
    enable_outgoing_webhooks: bool
    enable_outgoing_oauth_connections: bool
    enable_commands: bool
    outgoing_integration_requests_timeout: int
    enable_post_username_override: bool
    enable_post_icon_override: bool
    google_developer_key: str
    enable_link_previews: bool
    enable_permalink_previews: bool
    restrict_link_previews: str
    enable_testing: bool
    enable_developer: bool
    developer_flags: str
    enable_client_performance_debugging: bool
    enable_security_fix_alert: bool
    enable_insecure_outgoing_connections: bool
    allowed_untrusted_internal_connections: str
    enable_multifactor_authentication: bool
    enforce_multifactor_authentication: bool
    enable_user_access_tokens: bool
    maximum_personal_access_token_lifetime_days: int
    allow_cors_from: str
    cors_exposed_headers: str
    cors_allow_credentials: bool
    cors_debug: bool
    allow_cookies_for_subdomains: bool
    extend_session_length_with_activity: bool
    terminate_sessions_on_password_change: bool
    session_length_web_in_days: int
    session_length_web_in_hours: int
    session_length_mobile_in_days: int
    session_length_mobile_in_hours: int
    session_length_sso_in_days: int
    session_length_sso_in_hours: int
    session_cache_in_minutes: int
    session_idle_timeout_in_minutes: int
    websocket_secure_port: int
    websocket_port: int
    webserver_mode: str
    enable_gif_picker: bool
    giphy_sdk_key: str
    enable_custom_emoji: bool
    enable_emoji_picker: bool
    post_edit_time_limit: int
    time_between_user_typing_updates_milliseconds: int
    enable_cross_team_search: bool
    enable_post_search: bool
    enable_file_search: bool
    minimum_hashtag_length: int
    enable_user_typing_messages: bool
    enable_channel_viewed_messages: bool
    enable_user_statuses: bool
    experimental_enable_authentication_transfer: bool
    cluster_log_timeout_milliseconds: int
    enable_tutorial: bool
    enable_onboarding_flow: bool
    experimental_enable_default_channel_leave_join_messages: bool
    experimental_group_unread_channels: str
    enable_api_team_deletion: bool
    enable_api_trigger_admin_notifications: bool
    enable_api_user_deletion: bool
    enable_api_post_deletion: bool
    enable_desktop_landing_page: bool
    minimum_desktop_app_version: str
    experimental_enable_hardened_mode: bool
    experimental_strict_csrf_enforcement: bool
    enable_email_invitations: bool
    disable_bots_when_owner_is_deactivated: bool
    enable_bot_account_creation: bool
    enable_svgs: bool
    enable_latex: bool
    enable_inline_latex: bool
    post_priority: bool
    allow_persistent_notifications: bool
    allow_persistent_notifications_for_guests: bool
    persistent_notification_interval_minutes: int
    persistent_notification_max_count: int
    persistent_notification_max_recipients: int
    enable_burn_on_read: bool
    burn_on_read_duration_seconds: int
    burn_on_read_maximum_time_to_live_seconds: int
    burn_on_read_scheduler_frequency_seconds: int
    enable_api_channel_deletion: bool
    enable_local_mode: bool
    local_mode_socket_location: str
    enable_aws_metering: bool
    aws_metering_timeout_seconds: int
    split_key: str
    feature_flag_sync_interval_seconds: int
    debug_split: bool
    thread_auto_follow: bool
    collapsed_threads: str
    managed_resource_paths: str
    enable_custom_groups: bool
    allow_synced_drafts: bool
    unique_emoji_reaction_limit_per_post: int
    refresh_post_stats_run_time: str
    maximum_payload_size_bytes: int
    maximum_url_length: int
    scheduled_posts: bool
    enable_web_hub_channel_iteration: bool
    frame_ancestors: str
    delete_account_link: str
    def __init__(self, site_url: _Optional[str] = ..., websocket_url: _Optional[str] = ..., license_file_location: _Optional[str] = ..., listen_address: _Optional[str] = ..., connection_security: _Optional[str] = ..., tls_cert_file: _Optional[str] = ..., tls_key_file: _Optional[str] = ..., tls_min_ver: _Optional[str] = ..., tls_strict_transport: bool = ..., tls_strict_transport_max_age: _Optional[int] = ..., tls_overwrite_ciphers: _Optional[_Iterable[str]] = ..., use_lets_encrypt: bool = ..., lets_encrypt_certificate_cache_file: _Optional[str] = ..., forward80_to443: bool = ..., trusted_proxy_ip_header: _Optional[_Iterable[str]] = ..., read_timeout: _Optional[int] = ..., write_timeout: _Optional[int] = ..., idle_timeout: _Optional[int] = ..., maximum_login_attempts: _Optional[int] = ..., goroutine_health_threshold: _Optional[int] = ..., enable_oauth_service_provider: bool = ..., enable_dynamic_client_registration: bool = ..., dcr_redirect_uri_allowlist: _Optional[_Iterable[str]] = ..., enable_incoming_webhooks: bool = ..., enable_outgoing_webhooks: bool = ..., enable_outgoing_oauth_connections: bool = ..., enable_commands: bool = ..., outgoing_integration_requests_timeout: _Optional[int] = ..., enable_post_username_override: bool = ..., enable_post_icon_override: bool = ..., google_developer_key: _Optional[str] = ..., enable_link_previews: bool = ..., enable_permalink_previews: bool = ..., restrict_link_previews: _Optional[str] = ..., enable_testing: bool = ..., enable_developer: bool = ..., developer_flags: _Optional[str] = ..., enable_client_performance_debugging: bool = ..., enable_security_fix_alert: bool = ..., enable_insecure_outgoing_connections: bool = ..., allowed_untrusted_internal_connections: _Optional[str] = ..., enable_multifactor_authentication: bool = ..., enforce_multifactor_authentication: bool = ..., enable_user_access_tokens: bool = ..., maximum_personal_access_token_lifetime_days: _Optional[int] = ..., allow_cors_from: _Optional[str] = ..., cors_exposed_headers: _Optional[str] = ..., cors_allow_credentials: bool = ..., cors_debug: bool = ..., allow_cookies_for_subdomains: bool = ..., extend_session_length_with_activity: bool = ..., terminate_sessions_on_password_change: bool = ..., session_length_web_in_days: _Optional[int] = ..., session_length_web_in_hours: _Optional[int] = ..., session_length_mobile_in_days: _Optional[int] = ..., session_length_mobile_in_hours: _Optional[int] = ..., session_length_sso_in_days: _Optional[int] = ..., session_length_sso_in_hours: _Optional[int] = ..., session_cache_in_minutes: _Optional[int] = ..., session_idle_timeout_in_minutes: _Optional[int] = ..., websocket_secure_port: _Optional[int] = ..., websocket_port: _Optional[int] = ..., webserver_mode: _Optional[str] = ..., enable_gif_picker: bool = ..., giphy_sdk_key: _Optional[str] = ..., enable_custom_emoji: bool = ..., enable_emoji_picker: bool = ..., post_edit_time_limit: _Optional[int] = ..., time_between_user_typing_updates_milliseconds: _Optional[int] = ..., enable_cross_team_search: bool = ..., enable_post_search: bool = ..., enable_file_search: bool = ..., minimum_hashtag_length: _Optional[int] = ..., enable_user_typing_messages: bool = ..., enable_channel_viewed_messages: bool = ..., enable_user_statuses: bool = ..., experimental_enable_authentication_transfer: bool = ..., cluster_log_timeout_milliseconds: _Optional[int] = ..., enable_tutorial: bool = ..., enable_onboarding_flow: bool = ..., experimental_enable_default_channel_leave_join_messages: bool = ..., experimental_group_unread_channels: _Optional[str] = ..., enable_api_team_deletion: bool = ..., enable_api_trigger_admin_notifications: bool = ..., enable_api_user_deletion: bool = ..., enable_api_post_deletion: bool = ..., enable_desktop_landing_page: bool = ..., minimum_desktop_app_version: _Optional[str] = ..., experimental_enable_hardened_mode: bool = ..., experimental_strict_csrf_enforcement: bool = ..., enable_email_invitations: bool = ..., disable_bots_when_owner_is_deactivated: bool = ..., enable_bot_account_creation: bool = ..., enable_svgs: bool = ..., enable_latex: bool = ..., enable_inline_latex: bool = ..., post_priority: bool = ..., allow_persistent_notifications: bool = ..., allow_persistent_notifications_for_guests: bool = ..., persistent_notification_interval_minutes: _Optional[int] = ..., persistent_notification_max_count: _Optional[int] = ..., persistent_notification_max_recipients: _Optional[int] = ..., enable_burn_on_read: bool = ..., burn_on_read_duration_seconds: _Optional[int] = ..., burn_on_read_maximum_time_to_live_seconds: _Optional[int] = ..., burn_on_read_scheduler_frequency_seconds: _Optional[int] = ..., enable_api_channel_deletion: bool = ..., enable_local_mode: bool = ..., local_mode_socket_location: _Optional[str] = ..., enable_aws_metering: bool = ..., aws_metering_timeout_seconds: _Optional[int] = ..., split_key: _Optional[str] = ..., feature_flag_sync_interval_seconds: _Optional[int] = ..., debug_split: bool = ..., thread_auto_follow: bool = ..., collapsed_threads: _Optional[str] = ..., managed_resource_paths: _Optional[str] = ..., enable_custom_groups: bool = ..., allow_synced_drafts: bool = ..., unique_emoji_reaction_limit_per_post: _Optional[int] = ..., refresh_post_stats_run_time: _Optional[str] = ..., maximum_payload_size_bytes: _Optional[int] = ..., maximum_url_length: _Optional[int] = ..., scheduled_posts: bool = ..., enable_web_hub_channel_iteration: bool = ..., frame_ancestors: _Optional[str] = ..., delete_account_link: _Optional[str] = ...) -> None: ...

class Session(_message.Message):
    __slots__ = ("id", "token", "create_at", "expires_at", "last_activity_at", "user_id", "device_id", "vo_ip_device_id", "roles", "is_oauth", "expired_notify", "props", "team_members", "local")
    class PropsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_ACTIVITY_AT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    VO_IP_DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    IS_OAUTH_FIELD_NUMBER: _ClassVar[int]
    EXPIRED_NOTIFY_FIELD_NUMBER: _ClassVar[int]
    PROPS_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    LOCAL_FIELD_NUMBER: _ClassVar[int]
    id: str
    token: str
    create_at: int
    expires_at: int
    last_activity_at: int
    user_id: str
    device_id: str
    vo_ip_device_id: str
    roles: str
    is_oauth: bool
    expired_notify: bool
    props: _containers.ScalarMap[str, str]
    team_members: _containers.RepeatedCompositeFieldContainer[TeamMember]
    local: bool
    def __init__(self, id: _Optional[str] = ..., token: _Optional[str] = ..., create_at: _Optional[int] = ..., expires_at: _Optional[int] = ..., last_activity_at: _Optional[int] = ..., user_id: _Optional[str] = ..., device_id: _Optional[str] = ..., vo_ip_device_id: _Optional[str] = ..., roles: _Optional[str] = ..., is_oauth: bool = ..., expired_notify: bool = ..., props: _Optional[_Mapping[str, str]] = ..., team_members: _Optional[_Iterable[_Union[TeamMember, _Mapping]]] = ..., local: bool = ...) -> None: ...

class SharedChannel(_message.Message):
    __slots__ = ("channel_id", "team_id", "home", "read_only", "share_name", "share_display_name", "share_purpose", "share_header", "creator_id", "create_at", "update_at", "remote_id", "type")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    HOME_FIELD_NUMBER: _ClassVar[int]
    READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    SHARE_NAME_FIELD_NUMBER: _ClassVar[int]
    SHARE_DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    SHARE_PURPOSE_FIELD_NUMBER: _ClassVar[int]
    SHARE_HEADER_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    team_id: str
    home: bool
    read_only: bool
    share_name: str
    share_display_name: str
    share_purpose: str
    share_header: str
    creator_id: str
    create_at: int
    update_at: int
    remote_id: str
    type: str
    def __init__(self, channel_id: _Optional[str] = ..., team_id: _Optional[str] = ..., home: bool = ..., read_only: bool = ..., share_name: _Optional[str] = ..., share_display_name: _Optional[str] = ..., share_purpose: _Optional[str] = ..., share_header: _Optional[str] = ..., creator_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., remote_id: _Optional[str] = ..., type: _Optional[str] = ...) -> None: ...

class SidebarCategory(_message.Message):
    __slots__ = ("id", "user_id", "team_id", "sort_order", "sorting", "type", "display_name", "muted", "collapsed")
    ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    SORT_ORDER_FIELD_NUMBER: _ClassVar[int]
    SORTING_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    MUTED_FIELD_NUMBER: _ClassVar[int]
    COLLAPSED_FIELD_NUMBER: _ClassVar[int]
    id: str
    user_id: str
    team_id: str
    sort_order: int
    sorting: str
    type: str
    display_name: str
    muted: bool
    collapsed: bool
    def __init__(self, id: _Optional[str] = ..., user_id: _Optional[str] = ..., team_id: _Optional[str] = ..., sort_order: _Optional[int] = ..., sorting: _Optional[str] = ..., type: _Optional[str] = ..., display_name: _Optional[str] = ..., muted: bool = ..., collapsed: bool = ...) -> None: ...

class SidebarCategoryWithChannels(_message.Message):
    __slots__ = ("sidebar_category", "channels")
    SIDEBAR_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    sidebar_category: SidebarCategory
    channels: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, sidebar_category: _Optional[_Union[SidebarCategory, _Mapping]] = ..., channels: _Optional[_Iterable[str]] = ...) -> None: ...

class SqlSettings(_message.Message):
    __slots__ = ("driver_name", "data_source", "data_source_replicas", "data_source_search_replicas", "max_idle_conns", "conn_max_lifetime_milliseconds", "conn_max_idle_time_milliseconds", "max_open_conns", "trace", "at_rest_encrypt_key", "query_timeout", "analytics_query_timeout", "disable_database_search", "migrations_statement_timeout_seconds", "replica_lag_settings", "replica_monitor_interval_seconds")
    DRIVER_NAME_FIELD_NUMBER: _ClassVar[int]
    DATA_SOURCE_FIELD_NUMBER: _ClassVar[int]
    DATA_SOURCE_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    DATA_SOURCE_SEARCH_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    MAX_IDLE_CONNS_FIELD_NUMBER: _ClassVar[int]
    CONN_MAX_LIFETIME_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    CONN_MAX_IDLE_TIME_MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    MAX_OPEN_CONNS_FIELD_NUMBER: _ClassVar[int]
    TRACE_FIELD_NUMBER: _ClassVar[int]
    AT_REST_ENCRYPT_KEY_FIELD_NUMBER: _ClassVar[int]
    QUERY_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    ANALYTICS_QUERY_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    DISABLE_DATABASE_SEARCH_FIELD_NUMBER: _ClassVar[int]
    MIGRATIONS_STATEMENT_TIMEOUT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    REPLICA_LAG_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    REPLICA_MONITOR_INTERVAL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    driver_name: str
    data_source: str
    data_source_replicas: _containers.RepeatedScalarFieldContainer[str]
    data_source_search_replicas: _containers.RepeatedScalarFieldContainer[str]
    max_idle_conns: int
    conn_max_lifetime_milliseconds: int
    conn_max_idle_time_milliseconds: int
    max_open_conns: int
    trace: bool
    at_rest_encrypt_key: str
    query_timeout: int
    analytics_query_timeout: int
    disable_database_search: bool
    migrations_statement_timeout_seconds: int
    replica_lag_settings: _containers.RepeatedCompositeFieldContainer[ReplicaLagSettings]
    replica_monitor_interval_seconds: int
    def __init__(self, driver_name: _Optional[str] = ..., data_source: _Optional[str] = ..., data_source_replicas: _Optional[_Iterable[str]] = ..., data_source_search_replicas: _Optional[_Iterable[str]] = ..., max_idle_conns: _Optional[int] = ..., conn_max_lifetime_milliseconds: _Optional[int] = ..., conn_max_idle_time_milliseconds: _Optional[int] = ..., max_open_conns: _Optional[int] = ..., trace: bool = ..., at_rest_encrypt_key: _Optional[str] = ..., query_timeout: _Optional[int] = ..., analytics_query_timeout: _Optional[int] = ..., disable_database_search: bool = ..., migrations_statement_timeout_seconds: _Optional[int] = ..., replica_lag_settings: _Optional[_Iterable[_Union[ReplicaLagSettings, _Mapping]]] = ..., replica_monitor_interval_seconds: _Optional[int] = ...) -> None: ...

class Status(_message.Message):
    __slots__ = ("user_id", "status", "manual", "last_activity_at", "active_channel", "dnd_end_time", "prev_status")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MANUAL_FIELD_NUMBER: _ClassVar[int]
    LAST_ACTIVITY_AT_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    DND_END_TIME_FIELD_NUMBER: _ClassVar[int]
    PREV_STATUS_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    status: str
    manual: bool
    last_activity_at: int
    active_channel: str
    dnd_end_time: int
    prev_status: str
    def __init__(self, user_id: _Optional[str] = ..., status: _Optional[str] = ..., manual: bool = ..., last_activity_at: _Optional[int] = ..., active_channel: _Optional[str] = ..., dnd_end_time: _Optional[int] = ..., prev_status: _Optional[str] = ...) -> None: ...

class StringList(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SupportSettings(_message.Message):
    __slots__ = ("terms_of_service_link", "privacy_policy_link", "about_link", "help_link", "report_a_problem_link", "report_a_problem_type", "report_a_problem_mail", "allow_download_logs", "forgot_password_link", "support_email", "custom_terms_of_service_enabled", "custom_terms_of_service_re_acceptance_period", "enable_ask_community_link")
    TERMS_OF_SERVICE_LINK_FIELD_NUMBER: _ClassVar[int]
    PRIVACY_POLICY_LINK_FIELD_NUMBER: _ClassVar[int]
    ABOUT_LINK_FIELD_NUMBER: _ClassVar[int]
    HELP_LINK_FIELD_NUMBER: _ClassVar[int]
    REPORT_A_PROBLEM_LINK_FIELD_NUMBER: _ClassVar[int]
    REPORT_A_PROBLEM_TYPE_FIELD_NUMBER: _ClassVar[int]
    REPORT_A_PROBLEM_MAIL_FIELD_NUMBER: _ClassVar[int]
    ALLOW_DOWNLOAD_LOGS_FIELD_NUMBER: _ClassVar[int]
    FORGOT_PASSWORD_LINK_FIELD_NUMBER: _ClassVar[int]
    SUPPORT_EMAIL_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_TERMS_OF_SERVICE_ENABLED_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_TERMS_OF_SERVICE_RE_ACCEPTANCE_PERIOD_FIELD_NUMBER: _ClassVar[int]
    ENABLE_ASK_COMMUNITY_LINK_FIELD_NUMBER: _ClassVar[int]
    terms_of_service_link: str
    privacy_policy_link: str
    about_link: str
    help_link: str
    report_a_problem_link: str
    report_a_problem_type: str
    report_a_problem_mail: str
    allow_download_logs: bool
    forgot_password_link: str
    support_email: str
    custom_terms_of_service_enabled: bool
    custom_terms_of_service_re_acceptance_period: int
    enable_ask_community_link: bool
    def __init__(self, terms_of_service_link: _Optional[str] = ..., privacy_policy_link: _Optional[str] = ..., about_link: _Optional[str] = ..., help_link: _Optional[str] = ..., report_a_problem_link: _Optional[str] = ..., report_a_problem_type: _Optional[str] = ..., report_a_problem_mail: _Optional[str] = ..., allow_download_logs: bool = ..., forgot_password_link: _Optional[str] = ..., support_email: _Optional[str] = ..., custom_terms_of_service_enabled: bool = ..., custom_terms_of_service_re_acceptance_period: _Optional[int] = ..., enable_ask_community_link: bool = ...) -> None: ...

class SyncMsg(_message.Message):
    __slots__ = ("id", "channel_id", "users", "posts", "reactions", "statuses", "membership_changes", "acknowledgements", "mention_transforms")
    class UsersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: User
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[User, _Mapping]] = ...) -> None: ...
    class MentionTransformsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USERS_FIELD_NUMBER: _ClassVar[int]
    POSTS_FIELD_NUMBER: _ClassVar[int]
    REACTIONS_FIELD_NUMBER: _ClassVar[int]
    STATUSES_FIELD_NUMBER: _ClassVar[int]
    MEMBERSHIP_CHANGES_FIELD_NUMBER: _ClassVar[int]
    ACKNOWLEDGEMENTS_FIELD_NUMBER: _ClassVar[int]
    MENTION_TRANSFORMS_FIELD_NUMBER: _ClassVar[int]
    id: str
    channel_id: str
    users: _containers.MessageMap[str, User]
    posts: _containers.RepeatedCompositeFieldContainer[Post]
    reactions: _containers.RepeatedCompositeFieldContainer[Reaction]
    statuses: _containers.RepeatedCompositeFieldContainer[Status]
    membership_changes: _containers.RepeatedCompositeFieldContainer[MembershipChangeMsg]
    acknowledgements: _containers.RepeatedCompositeFieldContainer[PostAcknowledgement]
    mention_transforms: _containers.ScalarMap[str, str]
    def __init__(self, id: _Optional[str] = ..., channel_id: _Optional[str] = ..., users: _Optional[_Mapping[str, User]] = ..., posts: _Optional[_Iterable[_Union[Post, _Mapping]]] = ..., reactions: _Optional[_Iterable[_Union[Reaction, _Mapping]]] = ..., statuses: _Optional[_Iterable[_Union[Status, _Mapping]]] = ..., membership_changes: _Optional[_Iterable[_Union[MembershipChangeMsg, _Mapping]]] = ..., acknowledgements: _Optional[_Iterable[_Union[PostAcknowledgement, _Mapping]]] = ..., mention_transforms: _Optional[_Mapping[str, str]] = ...) -> None: ...

class SyncResponse(_message.Message):
    __slots__ = ("users_last_update_at", "user_errors", "users_syncd", "posts_last_update_at", "post_errors", "reactions_last_update_at", "reaction_errors", "acknowledgements_last_update_at", "acknowledgement_errors", "status_errors", "membership_errors")
    USERS_LAST_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    USER_ERRORS_FIELD_NUMBER: _ClassVar[int]
    USERS_SYNCD_FIELD_NUMBER: _ClassVar[int]
    POSTS_LAST_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    POST_ERRORS_FIELD_NUMBER: _ClassVar[int]
    REACTIONS_LAST_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    REACTION_ERRORS_FIELD_NUMBER: _ClassVar[int]
    ACKNOWLEDGEMENTS_LAST_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    ACKNOWLEDGEMENT_ERRORS_FIELD_NUMBER: _ClassVar[int]
    STATUS_ERRORS_FIELD_NUMBER: _ClassVar[int]
    MEMBERSHIP_ERRORS_FIELD_NUMBER: _ClassVar[int]
    users_last_update_at: int
    user_errors: _containers.RepeatedScalarFieldContainer[str]
    users_syncd: _containers.RepeatedScalarFieldContainer[str]
    posts_last_update_at: int
    post_errors: _containers.RepeatedScalarFieldContainer[str]
    reactions_last_update_at: int
    reaction_errors: _containers.RepeatedScalarFieldContainer[str]
    acknowledgements_last_update_at: int
    acknowledgement_errors: _containers.RepeatedScalarFieldContainer[str]
    status_errors: _containers.RepeatedScalarFieldContainer[str]
    membership_errors: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, users_last_update_at: _Optional[int] = ..., user_errors: _Optional[_Iterable[str]] = ..., users_syncd: _Optional[_Iterable[str]] = ..., posts_last_update_at: _Optional[int] = ..., post_errors: _Optional[_Iterable[str]] = ..., reactions_last_update_at: _Optional[int] = ..., reaction_errors: _Optional[_Iterable[str]] = ..., acknowledgements_last_update_at: _Optional[int] = ..., acknowledgement_errors: _Optional[_Iterable[str]] = ..., status_errors: _Optional[_Iterable[str]] = ..., membership_errors: _Optional[_Iterable[str]] = ...) -> None: ...

class Team(_message.Message):
    __slots__ = ("id", "create_at", "update_at", "delete_at", "display_name", "name", "description", "email", "type", "company_name", "allowed_domains", "invite_id", "allow_open_invite", "last_team_icon_update", "scheme_id", "group_constrained", "policy_id", "cloud_limits_archived", "policy_enforced", "policy_actions", "policy_is_active", "recommended")
    class PolicyActionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: bool
        def __init__(self, key: _Optional[str] = ..., value: bool = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    COMPANY_NAME_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_DOMAINS_FIELD_NUMBER: _ClassVar[int]
    INVITE_ID_FIELD_NUMBER: _ClassVar[int]
    ALLOW_OPEN_INVITE_FIELD_NUMBER: _ClassVar[int]
    LAST_TEAM_ICON_UPDATE_FIELD_NUMBER: _ClassVar[int]
    SCHEME_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_CONSTRAINED_FIELD_NUMBER: _ClassVar[int]
    POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    CLOUD_LIMITS_ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    POLICY_ENFORCED_FIELD_NUMBER: _ClassVar[int]
    POLICY_ACTIONS_FIELD_NUMBER: _ClassVar[int]
    POLICY_IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_FIELD_NUMBER: _ClassVar[int]
    id: str
    create_at: int
    update_at: int
    delete_at: int
    display_name: str
    name: str
    description: str
    email: str
    type: str
    company_name: str
    allowed_domains: str
    invite_id: str
    allow_open_invite: bool
    last_team_icon_update: int
    scheme_id: str
    group_constrained: bool
    policy_id: str
    cloud_limits_archived: bool
    policy_enforced: bool
    policy_actions: _containers.ScalarMap[str, bool]
    policy_is_active: bool
    recommended: bool
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., display_name: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., email: _Optional[str] = ..., type: _Optional[str] = ..., company_name: _Optional[str] = ..., allowed_domains: _Optional[str] = ..., invite_id: _Optional[str] = ..., allow_open_invite: bool = ..., last_team_icon_update: _Optional[int] = ..., scheme_id: _Optional[str] = ..., group_constrained: bool = ..., policy_id: _Optional[str] = ..., cloud_limits_archived: bool = ..., policy_enforced: bool = ..., policy_actions: _Optional[_Mapping[str, bool]] = ..., policy_is_active: bool = ..., recommended: bool = ...) -> None: ...

class TeamMember(_message.Message):
    __slots__ = ("team_id", "user_id", "roles", "delete_at", "scheme_guest", "scheme_user", "scheme_admin", "explicit_roles", "create_at")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    SCHEME_GUEST_FIELD_NUMBER: _ClassVar[int]
    SCHEME_USER_FIELD_NUMBER: _ClassVar[int]
    SCHEME_ADMIN_FIELD_NUMBER: _ClassVar[int]
    EXPLICIT_ROLES_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    roles: str
    delete_at: int
    scheme_guest: bool
    scheme_user: bool
    scheme_admin: bool
    explicit_roles: str
    create_at: int
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ..., roles: _Optional[str] = ..., delete_at: _Optional[int] = ..., scheme_guest: bool = ..., scheme_user: bool = ..., scheme_admin: bool = ..., explicit_roles: _Optional[str] = ..., create_at: _Optional[int] = ...) -> None: ...

class TeamMemberWithError(_message.Message):
    __slots__ = ("user_id", "member", "error")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    member: TeamMember
    error: AppError
    def __init__(self, user_id: _Optional[str] = ..., member: _Optional[_Union[TeamMember, _Mapping]] = ..., error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class TeamSettings(_message.Message):
    __slots__ = ("site_name", "max_users_per_team", "enable_join_leave_message_by_default", "enable_user_creation", "enable_open_server", "enable_user_deactivation", "restrict_creation_to_domains", "enable_custom_user_statuses", "enable_custom_brand", "custom_brand_text", "custom_description_text", "restrict_direct_message", "enable_last_active_time", "user_status_away_timeout", "max_channels_per_team", "enable_channel_category_sorting", "max_notifications_per_channel", "enable_confirm_notifications_to_channel", "teammate_name_display", "experimental_view_archived_channels", "experimental_enable_automatic_replies", "lock_teammate_name_display", "lock_profile_fields_for_email_users", "experimental_primary_team", "experimental_default_channels")
    SITE_NAME_FIELD_NUMBER: _ClassVar[int]
    MAX_USERS_PER_TEAM_FIELD_NUMBER: _ClassVar[int]
    ENABLE_JOIN_LEAVE_MESSAGE_BY_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    ENABLE_USER_CREATION_FIELD_NUMBER: _ClassVar[int]
    ENABLE_OPEN_SERVER_FIELD_NUMBER: _ClassVar[int]
    ENABLE_USER_DEACTIVATION_FIELD_NUMBER: _ClassVar[int]
    RESTRICT_CREATION_TO_DOMAINS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CUSTOM_USER_STATUSES_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CUSTOM_BRAND_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_BRAND_TEXT_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_DESCRIPTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    RESTRICT_DIRECT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_LAST_ACTIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    USER_STATUS_AWAY_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    MAX_CHANNELS_PER_TEAM_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CHANNEL_CATEGORY_SORTING_FIELD_NUMBER: _ClassVar[int]
    MAX_NOTIFICATIONS_PER_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CONFIRM_NOTIFICATIONS_TO_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    TEAMMATE_NAME_DISPLAY_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_VIEW_ARCHIVED_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_ENABLE_AUTOMATIC_REPLIES_FIELD_NUMBER: _ClassVar[int]
    LOCK_TEAMMATE_NAME_DISPLAY_FIELD_NUMBER: _ClassVar[int]
    LOCK_PROFILE_FIELDS_FOR_EMAIL_USERS_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_PRIMARY_TEAM_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTAL_DEFAULT_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    site_name: str
    max_users_per_team: int
    enable_join_leave_message_by_default: bool
    enable_user_creation: bool
    enable_open_server: bool
    enable_user_deactivation: bool
    restrict_creation_to_domains: str
    enable_custom_user_statuses: bool
    enable_custom_brand: bool
    custom_brand_text: str
    custom_description_text: str
    restrict_direct_message: str
    enable_last_active_time: bool
    user_status_away_timeout: int
    max_channels_per_team: int
    enable_channel_category_sorting: bool
    max_notifications_per_channel: int
    enable_confirm_notifications_to_channel: bool
    teammate_name_display: str
    experimental_view_archived_channels: bool
    experimental_enable_automatic_replies: bool
    lock_teammate_name_display: bool
    lock_profile_fields_for_email_users: str
    experimental_primary_team: str
    experimental_default_channels: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, site_name: _Optional[str] = ..., max_users_per_team: _Optional[int] = ..., enable_join_leave_message_by_default: bool = ..., enable_user_creation: bool = ..., enable_open_server: bool = ..., enable_user_deactivation: bool = ..., restrict_creation_to_domains: _Optional[str] = ..., enable_custom_user_statuses: bool = ..., enable_custom_brand: bool = ..., custom_brand_text: _Optional[str] = ..., custom_description_text: _Optional[str] = ..., restrict_direct_message: _Optional[str] = ..., enable_last_active_time: bool = ..., user_status_away_timeout: _Optional[int] = ..., max_channels_per_team: _Optional[int] = ..., enable_channel_category_sorting: bool = ..., max_notifications_per_channel: _Optional[int] = ..., enable_confirm_notifications_to_channel: bool = ..., teammate_name_display: _Optional[str] = ..., experimental_view_archived_channels: bool = ..., experimental_enable_automatic_replies: bool = ..., lock_teammate_name_display: bool = ..., lock_profile_fields_for_email_users: _Optional[str] = ..., experimental_primary_team: _Optional[str] = ..., experimental_default_channels: _Optional[_Iterable[str]] = ...) -> None: ...

class TeamStats(_message.Message):
    __slots__ = ("team_id", "total_member_count", "active_member_count")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TOTAL_MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    total_member_count: int
    active_member_count: int
    def __init__(self, team_id: _Optional[str] = ..., total_member_count: _Optional[int] = ..., active_member_count: _Optional[int] = ...) -> None: ...

class TeamUnread(_message.Message):
    __slots__ = ("team_id", "msg_count", "mention_count", "mention_count_root", "msg_count_root", "thread_count", "thread_mention_count", "thread_urgent_mention_count")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    MSG_COUNT_FIELD_NUMBER: _ClassVar[int]
    MENTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    MENTION_COUNT_ROOT_FIELD_NUMBER: _ClassVar[int]
    MSG_COUNT_ROOT_FIELD_NUMBER: _ClassVar[int]
    THREAD_COUNT_FIELD_NUMBER: _ClassVar[int]
    THREAD_MENTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    THREAD_URGENT_MENTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    msg_count: int
    mention_count: int
    mention_count_root: int
    msg_count_root: int
    thread_count: int
    thread_mention_count: int
    thread_urgent_mention_count: int
    def __init__(self, team_id: _Optional[str] = ..., msg_count: _Optional[int] = ..., mention_count: _Optional[int] = ..., mention_count_root: _Optional[int] = ..., msg_count_root: _Optional[int] = ..., thread_count: _Optional[int] = ..., thread_mention_count: _Optional[int] = ..., thread_urgent_mention_count: _Optional[int] = ...) -> None: ...

class TeamsLimits(_message.Message):
    __slots__ = ("active",)
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    active: int
    def __init__(self, active: _Optional[int] = ...) -> None: ...

class ThemeSettings(_message.Message):
    __slots__ = ("enable_theme_selection", "default_theme", "allow_custom_themes", "allowed_themes")
    ENABLE_THEME_SELECTION_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_THEME_FIELD_NUMBER: _ClassVar[int]
    ALLOW_CUSTOM_THEMES_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_THEMES_FIELD_NUMBER: _ClassVar[int]
    enable_theme_selection: bool
    default_theme: str
    allow_custom_themes: bool
    allowed_themes: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, enable_theme_selection: bool = ..., default_theme: _Optional[str] = ..., allow_custom_themes: bool = ..., allowed_themes: _Optional[_Iterable[str]] = ...) -> None: ...

class TypesAssertion(_message.Message):
    __slots__ = ("xml_name", "version", "id", "issue_instant", "issuer", "signature", "subject", "conditions", "attribute_statement", "authn_statement", "signature_validated")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    ISSUE_INSTANT_FIELD_NUMBER: _ClassVar[int]
    ISSUER_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_STATEMENT_FIELD_NUMBER: _ClassVar[int]
    AUTHN_STATEMENT_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_VALIDATED_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    version: str
    id: str
    issue_instant: _timestamp_pb2.Timestamp
    issuer: TypesIssuer
    signature: TypesSignature
    subject: TypesSubject
    conditions: TypesConditions
    attribute_statement: TypesAttributeStatement
    authn_statement: TypesAuthnStatement
    signature_validated: bool
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., version: _Optional[str] = ..., id: _Optional[str] = ..., issue_instant: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., issuer: _Optional[_Union[TypesIssuer, _Mapping]] = ..., signature: _Optional[_Union[TypesSignature, _Mapping]] = ..., subject: _Optional[_Union[TypesSubject, _Mapping]] = ..., conditions: _Optional[_Union[TypesConditions, _Mapping]] = ..., attribute_statement: _Optional[_Union[TypesAttributeStatement, _Mapping]] = ..., authn_statement: _Optional[_Union[TypesAuthnStatement, _Mapping]] = ..., signature_validated: bool = ...) -> None: ...

class TypesAttribute(_message.Message):
    __slots__ = ("xml_name", "friendly_name", "name", "name_format", "values")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    FRIENDLY_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FORMAT_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    friendly_name: str
    name: str
    name_format: str
    values: _containers.RepeatedCompositeFieldContainer[TypesAttributeValue]
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., friendly_name: _Optional[str] = ..., name: _Optional[str] = ..., name_format: _Optional[str] = ..., values: _Optional[_Iterable[_Union[TypesAttributeValue, _Mapping]]] = ...) -> None: ...

class TypesAttributeStatement(_message.Message):
    __slots__ = ("xml_name", "attributes")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    attributes: _containers.RepeatedCompositeFieldContainer[TypesAttribute]
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., attributes: _Optional[_Iterable[_Union[TypesAttribute, _Mapping]]] = ...) -> None: ...

class TypesAttributeValue(_message.Message):
    __slots__ = ("xml_name", "type", "value")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    type: str
    value: str
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., type: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class TypesAudience(_message.Message):
    __slots__ = ("xml_name", "value")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    value: str
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., value: _Optional[str] = ...) -> None: ...

class TypesAudienceRestriction(_message.Message):
    __slots__ = ("xml_name", "audiences")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    AUDIENCES_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    audiences: _containers.RepeatedCompositeFieldContainer[TypesAudience]
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., audiences: _Optional[_Iterable[_Union[TypesAudience, _Mapping]]] = ...) -> None: ...

class TypesAuthnContext(_message.Message):
    __slots__ = ("xml_name", "authn_context_class_ref")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    AUTHN_CONTEXT_CLASS_REF_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    authn_context_class_ref: TypesAuthnContextClassRef
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., authn_context_class_ref: _Optional[_Union[TypesAuthnContextClassRef, _Mapping]] = ...) -> None: ...

class TypesAuthnContextClassRef(_message.Message):
    __slots__ = ("xml_name", "value")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    value: str
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., value: _Optional[str] = ...) -> None: ...

class TypesAuthnStatement(_message.Message):
    __slots__ = ("xml_name", "session_index", "authn_instant", "session_not_on_or_after", "authn_context")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    SESSION_INDEX_FIELD_NUMBER: _ClassVar[int]
    AUTHN_INSTANT_FIELD_NUMBER: _ClassVar[int]
    SESSION_NOT_ON_OR_AFTER_FIELD_NUMBER: _ClassVar[int]
    AUTHN_CONTEXT_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    session_index: str
    authn_instant: _timestamp_pb2.Timestamp
    session_not_on_or_after: _timestamp_pb2.Timestamp
    authn_context: TypesAuthnContext
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., session_index: _Optional[str] = ..., authn_instant: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., session_not_on_or_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., authn_context: _Optional[_Union[TypesAuthnContext, _Mapping]] = ...) -> None: ...

class TypesConditions(_message.Message):
    __slots__ = ("xml_name", "not_before", "not_on_or_after", "audience_restrictions", "one_time_use", "proxy_restriction")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    NOT_BEFORE_FIELD_NUMBER: _ClassVar[int]
    NOT_ON_OR_AFTER_FIELD_NUMBER: _ClassVar[int]
    AUDIENCE_RESTRICTIONS_FIELD_NUMBER: _ClassVar[int]
    ONE_TIME_USE_FIELD_NUMBER: _ClassVar[int]
    PROXY_RESTRICTION_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    not_before: str
    not_on_or_after: str
    audience_restrictions: _containers.RepeatedCompositeFieldContainer[TypesAudienceRestriction]
    one_time_use: TypesOneTimeUse
    proxy_restriction: TypesProxyRestriction
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., not_before: _Optional[str] = ..., not_on_or_after: _Optional[str] = ..., audience_restrictions: _Optional[_Iterable[_Union[TypesAudienceRestriction, _Mapping]]] = ..., one_time_use: _Optional[_Union[TypesOneTimeUse, _Mapping]] = ..., proxy_restriction: _Optional[_Union[TypesProxyRestriction, _Mapping]] = ...) -> None: ...

class TypesIssuer(_message.Message):
    __slots__ = ("xml_name", "value")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    value: str
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., value: _Optional[str] = ...) -> None: ...

class TypesNameID(_message.Message):
    __slots__ = ("xml_name", "value")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    value: str
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., value: _Optional[str] = ...) -> None: ...

class TypesOneTimeUse(_message.Message):
    __slots__ = ("xml_name",)
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ...) -> None: ...

class TypesProxyRestriction(_message.Message):
    __slots__ = ("xml_name", "count", "audience")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    count: int
    audience: _containers.RepeatedCompositeFieldContainer[TypesAudience]
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., count: _Optional[int] = ..., audience: _Optional[_Iterable[_Union[TypesAudience, _Mapping]]] = ...) -> None: ...

class TypesSignature(_message.Message):
    __slots__ = ("signature_document",)
    SIGNATURE_DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    signature_document: bytes
    def __init__(self, signature_document: _Optional[bytes] = ...) -> None: ...

class TypesSubject(_message.Message):
    __slots__ = ("xml_name", "name_id", "subject_confirmation")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_ID_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_CONFIRMATION_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    name_id: TypesNameID
    subject_confirmation: TypesSubjectConfirmation
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., name_id: _Optional[_Union[TypesNameID, _Mapping]] = ..., subject_confirmation: _Optional[_Union[TypesSubjectConfirmation, _Mapping]] = ...) -> None: ...

class TypesSubjectConfirmation(_message.Message):
    __slots__ = ("xml_name", "method", "subject_confirmation_data")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_CONFIRMATION_DATA_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    method: str
    subject_confirmation_data: TypesSubjectConfirmationData
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., method: _Optional[str] = ..., subject_confirmation_data: _Optional[_Union[TypesSubjectConfirmationData, _Mapping]] = ...) -> None: ...

class TypesSubjectConfirmationData(_message.Message):
    __slots__ = ("xml_name", "not_on_or_after", "recipient", "in_response_to")
    XML_NAME_FIELD_NUMBER: _ClassVar[int]
    NOT_ON_OR_AFTER_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_FIELD_NUMBER: _ClassVar[int]
    IN_RESPONSE_TO_FIELD_NUMBER: _ClassVar[int]
    xml_name: XmlName
    not_on_or_after: str
    recipient: str
    in_response_to: str
    def __init__(self, xml_name: _Optional[_Union[XmlName, _Mapping]] = ..., not_on_or_after: _Optional[str] = ..., recipient: _Optional[str] = ..., in_response_to: _Optional[str] = ...) -> None: ...

class UploadSession(_message.Message):
    __slots__ = ("id", "type", "create_at", "user_id", "channel_id", "filename", "path", "file_size", "file_offset", "remote_id", "req_file_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    FILE_SIZE_FIELD_NUMBER: _ClassVar[int]
    FILE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    REQ_FILE_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    type: str
    create_at: int
    user_id: str
    channel_id: str
    filename: str
    path: str
    file_size: int
    file_offset: int
    remote_id: str
    req_file_id: str
    def __init__(self, id: _Optional[str] = ..., type: _Optional[str] = ..., create_at: _Optional[int] = ..., user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., filename: _Optional[str] = ..., path: _Optional[str] = ..., file_size: _Optional[int] = ..., file_offset: _Optional[int] = ..., remote_id: _Optional[str] = ..., req_file_id: _Optional[str] = ...) -> None: ...

class Url(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class User(_message.Message):
    __slots__ = ("id", "create_at", "update_at", "delete_at", "username", "password", "auth_data", "auth_service", "email", "email_verified", "nickname", "first_name", "last_name", "position", "roles", "allow_marketing", "props", "notify_props", "last_password_update", "last_picture_update", "failed_attempts", "locale", "timezone", "mfa_active", "mfa_secret", "remote_id", "last_activity_at", "is_bot", "bot_description", "bot_last_icon_update", "terms_of_service_id", "terms_of_service_create_at", "disable_welcome_email", "last_login", "mfa_used_timestamps")
    class PropsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class NotifyPropsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class TimezoneEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    AUTH_DATA_FIELD_NUMBER: _ClassVar[int]
    AUTH_SERVICE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    EMAIL_VERIFIED_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    FIRST_NAME_FIELD_NUMBER: _ClassVar[int]
    LAST_NAME_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    ALLOW_MARKETING_FIELD_NUMBER: _ClassVar[int]
    PROPS_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_PROPS_FIELD_NUMBER: _ClassVar[int]
    LAST_PASSWORD_UPDATE_FIELD_NUMBER: _ClassVar[int]
    LAST_PICTURE_UPDATE_FIELD_NUMBER: _ClassVar[int]
    FAILED_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    TIMEZONE_FIELD_NUMBER: _ClassVar[int]
    MFA_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    MFA_SECRET_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_ACTIVITY_AT_FIELD_NUMBER: _ClassVar[int]
    IS_BOT_FIELD_NUMBER: _ClassVar[int]
    BOT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    BOT_LAST_ICON_UPDATE_FIELD_NUMBER: _ClassVar[int]
    TERMS_OF_SERVICE_ID_FIELD_NUMBER: _ClassVar[int]
    TERMS_OF_SERVICE_CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    DISABLE_WELCOME_EMAIL_FIELD_NUMBER: _ClassVar[int]
    LAST_LOGIN_FIELD_NUMBER: _ClassVar[int]
    MFA_USED_TIMESTAMPS_FIELD_NUMBER: _ClassVar[int]
    id: str
    create_at: int
    update_at: int
    delete_at: int
    username: str
    password: str
    auth_data: str
    auth_service: str
    email: str
    email_verified: bool
    nickname: str
    first_name: str
    last_name: str
    position: str
    roles: str
    allow_marketing: bool
    props: _containers.ScalarMap[str, str]
    notify_props: _containers.ScalarMap[str, str]
    last_password_update: int
    last_picture_update: int
    failed_attempts: int
    locale: str
    timezone: _containers.ScalarMap[str, str]
    mfa_active: bool
    mfa_secret: str
    remote_id: str
    last_activity_at: int
    is_bot: bool
    bot_description: str
    bot_last_icon_update: int
    terms_of_service_id: str
    terms_of_service_create_at: int
    disable_welcome_email: bool
    last_login: int
    mfa_used_timestamps: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., username: _Optional[str] = ..., password: _Optional[str] = ..., auth_data: _Optional[str] = ..., auth_service: _Optional[str] = ..., email: _Optional[str] = ..., email_verified: bool = ..., nickname: _Optional[str] = ..., first_name: _Optional[str] = ..., last_name: _Optional[str] = ..., position: _Optional[str] = ..., roles: _Optional[str] = ..., allow_marketing: bool = ..., props: _Optional[_Mapping[str, str]] = ..., notify_props: _Optional[_Mapping[str, str]] = ..., last_password_update: _Optional[int] = ..., last_picture_update: _Optional[int] = ..., failed_attempts: _Optional[int] = ..., locale: _Optional[str] = ..., timezone: _Optional[_Mapping[str, str]] = ..., mfa_active: bool = ..., mfa_secret: _Optional[str] = ..., remote_id: _Optional[str] = ..., last_activity_at: _Optional[int] = ..., is_bot: bool = ..., bot_description: _Optional[str] = ..., bot_last_icon_update: _Optional[int] = ..., terms_of_service_id: _Optional[str] = ..., terms_of_service_create_at: _Optional[int] = ..., disable_welcome_email: bool = ..., last_login: _Optional[int] = ..., mfa_used_timestamps: _Optional[_Iterable[str]] = ...) -> None: ...

class UserAccessToken(_message.Message):
    __slots__ = ("id", "token", "user_id", "description", "is_active", "expires_at", "last_notified_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_NOTIFIED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    token: str
    user_id: str
    description: str
    is_active: bool
    expires_at: int
    last_notified_at: int
    def __init__(self, id: _Optional[str] = ..., token: _Optional[str] = ..., user_id: _Optional[str] = ..., description: _Optional[str] = ..., is_active: bool = ..., expires_at: _Optional[int] = ..., last_notified_at: _Optional[int] = ...) -> None: ...

class UserAuth(_message.Message):
    __slots__ = ("auth_data", "auth_service")
    AUTH_DATA_FIELD_NUMBER: _ClassVar[int]
    AUTH_SERVICE_FIELD_NUMBER: _ClassVar[int]
    auth_data: str
    auth_service: str
    def __init__(self, auth_data: _Optional[str] = ..., auth_service: _Optional[str] = ...) -> None: ...

class UserGetOptions(_message.Message):
    __slots__ = ("in_team_id", "not_in_team_id", "in_channel_id", "not_in_channel_id", "in_group_id", "not_in_group_id", "group_constrained", "without_team", "inactive", "active", "role", "roles", "channel_roles", "team_roles", "sort", "view_restrictions", "page", "per_page", "updated_after")
    IN_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    IN_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    IN_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_CONSTRAINED_FIELD_NUMBER: _ClassVar[int]
    WITHOUT_TEAM_FIELD_NUMBER: _ClassVar[int]
    INACTIVE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ROLES_FIELD_NUMBER: _ClassVar[int]
    TEAM_ROLES_FIELD_NUMBER: _ClassVar[int]
    SORT_FIELD_NUMBER: _ClassVar[int]
    VIEW_RESTRICTIONS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AFTER_FIELD_NUMBER: _ClassVar[int]
    in_team_id: str
    not_in_team_id: str
    in_channel_id: str
    not_in_channel_id: str
    in_group_id: str
    not_in_group_id: str
    group_constrained: bool
    without_team: bool
    inactive: bool
    active: bool
    role: str
    roles: _containers.RepeatedScalarFieldContainer[str]
    channel_roles: _containers.RepeatedScalarFieldContainer[str]
    team_roles: _containers.RepeatedScalarFieldContainer[str]
    sort: str
    view_restrictions: ViewUsersRestrictions
    page: int
    per_page: int
    updated_after: int
    def __init__(self, in_team_id: _Optional[str] = ..., not_in_team_id: _Optional[str] = ..., in_channel_id: _Optional[str] = ..., not_in_channel_id: _Optional[str] = ..., in_group_id: _Optional[str] = ..., not_in_group_id: _Optional[str] = ..., group_constrained: bool = ..., without_team: bool = ..., inactive: bool = ..., active: bool = ..., role: _Optional[str] = ..., roles: _Optional[_Iterable[str]] = ..., channel_roles: _Optional[_Iterable[str]] = ..., team_roles: _Optional[_Iterable[str]] = ..., sort: _Optional[str] = ..., view_restrictions: _Optional[_Union[ViewUsersRestrictions, _Mapping]] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ..., updated_after: _Optional[int] = ...) -> None: ...

class UserSearch(_message.Message):
    __slots__ = ("term", "team_id", "not_in_team_id", "in_channel_id", "not_in_channel_id", "in_group_id", "group_constrained", "allow_inactive", "without_team", "limit", "role", "roles", "channel_roles", "team_roles", "not_in_group_id")
    TERM_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    IN_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    IN_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_CONSTRAINED_FIELD_NUMBER: _ClassVar[int]
    ALLOW_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    WITHOUT_TEAM_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ROLES_FIELD_NUMBER: _ClassVar[int]
    TEAM_ROLES_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    term: str
    team_id: str
    not_in_team_id: str
    in_channel_id: str
    not_in_channel_id: str
    in_group_id: str
    group_constrained: bool
    allow_inactive: bool
    without_team: bool
    limit: int
    role: str
    roles: _containers.RepeatedScalarFieldContainer[str]
    channel_roles: _containers.RepeatedScalarFieldContainer[str]
    team_roles: _containers.RepeatedScalarFieldContainer[str]
    not_in_group_id: str
    def __init__(self, term: _Optional[str] = ..., team_id: _Optional[str] = ..., not_in_team_id: _Optional[str] = ..., in_channel_id: _Optional[str] = ..., not_in_channel_id: _Optional[str] = ..., in_group_id: _Optional[str] = ..., group_constrained: bool = ..., allow_inactive: bool = ..., without_team: bool = ..., limit: _Optional[int] = ..., role: _Optional[str] = ..., roles: _Optional[_Iterable[str]] = ..., channel_roles: _Optional[_Iterable[str]] = ..., team_roles: _Optional[_Iterable[str]] = ..., not_in_group_id: _Optional[str] = ...) -> None: ...

class ViewUsersRestrictions(_message.Message):
    __slots__ = ("teams", "channels")
    TEAMS_FIELD_NUMBER: _ClassVar[int]
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    teams: _containers.RepeatedScalarFieldContainer[str]
    channels: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, teams: _Optional[_Iterable[str]] = ..., channels: _Optional[_Iterable[str]] = ...) -> None: ...

class VisualExpression(_message.Message):
    __slots__ = ("conditions",)
    CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    conditions: _containers.RepeatedCompositeFieldContainer[Condition]
    def __init__(self, conditions: _Optional[_Iterable[_Union[Condition, _Mapping]]] = ...) -> None: ...

class WebSocketRequest(_message.Message):
    __slots__ = ("seq", "action", "data", "session", "locale")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    seq: int
    action: str
    data: _struct_pb2.Struct
    session: Session
    locale: str
    def __init__(self, seq: _Optional[int] = ..., action: _Optional[str] = ..., data: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., session: _Optional[_Union[Session, _Mapping]] = ..., locale: _Optional[str] = ...) -> None: ...

class WebsocketBroadcast(_message.Message):
    __slots__ = ("omit_users", "user_id", "channel_id", "team_id", "connection_id", "omit_connection_id", "contains_sanitized_data", "contains_sensitive_data", "required_permissions", "reliable_cluster_send", "broadcast_hooks", "broadcast_hook_args")
    class OmitUsersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: bool
        def __init__(self, key: _Optional[str] = ..., value: bool = ...) -> None: ...
    OMIT_USERS_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_ID_FIELD_NUMBER: _ClassVar[int]
    OMIT_CONNECTION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTAINS_SANITIZED_DATA_FIELD_NUMBER: _ClassVar[int]
    CONTAINS_SENSITIVE_DATA_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    RELIABLE_CLUSTER_SEND_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_HOOKS_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_HOOK_ARGS_FIELD_NUMBER: _ClassVar[int]
    omit_users: _containers.ScalarMap[str, bool]
    user_id: str
    channel_id: str
    team_id: str
    connection_id: str
    omit_connection_id: str
    contains_sanitized_data: bool
    contains_sensitive_data: bool
    required_permissions: _containers.RepeatedScalarFieldContainer[str]
    reliable_cluster_send: bool
    broadcast_hooks: _containers.RepeatedScalarFieldContainer[str]
    broadcast_hook_args: _containers.RepeatedCompositeFieldContainer[_struct_pb2.Struct]
    def __init__(self, omit_users: _Optional[_Mapping[str, bool]] = ..., user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., team_id: _Optional[str] = ..., connection_id: _Optional[str] = ..., omit_connection_id: _Optional[str] = ..., contains_sanitized_data: bool = ..., contains_sensitive_data: bool = ..., required_permissions: _Optional[_Iterable[str]] = ..., reliable_cluster_send: bool = ..., broadcast_hooks: _Optional[_Iterable[str]] = ..., broadcast_hook_args: _Optional[_Iterable[_Union[_struct_pb2.Struct, _Mapping]]] = ...) -> None: ...

class WranglerSettings(_message.Message):
    __slots__ = ("permitted_wrangler_roles", "allowed_email_domain", "move_thread_max_count", "move_thread_to_another_team_enable", "move_thread_from_private_channel_enable", "move_thread_from_direct_message_channel_enable", "move_thread_from_group_message_channel_enable")
    PERMITTED_WRANGLER_ROLES_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_EMAIL_DOMAIN_FIELD_NUMBER: _ClassVar[int]
    MOVE_THREAD_MAX_COUNT_FIELD_NUMBER: _ClassVar[int]
    MOVE_THREAD_TO_ANOTHER_TEAM_ENABLE_FIELD_NUMBER: _ClassVar[int]
    MOVE_THREAD_FROM_PRIVATE_CHANNEL_ENABLE_FIELD_NUMBER: _ClassVar[int]
    MOVE_THREAD_FROM_DIRECT_MESSAGE_CHANNEL_ENABLE_FIELD_NUMBER: _ClassVar[int]
    MOVE_THREAD_FROM_GROUP_MESSAGE_CHANNEL_ENABLE_FIELD_NUMBER: _ClassVar[int]
    permitted_wrangler_roles: _containers.RepeatedScalarFieldContainer[str]
    allowed_email_domain: _containers.RepeatedScalarFieldContainer[str]
    move_thread_max_count: int
    move_thread_to_another_team_enable: bool
    move_thread_from_private_channel_enable: bool
    move_thread_from_direct_message_channel_enable: bool
    move_thread_from_group_message_channel_enable: bool
    def __init__(self, permitted_wrangler_roles: _Optional[_Iterable[str]] = ..., allowed_email_domain: _Optional[_Iterable[str]] = ..., move_thread_max_count: _Optional[int] = ..., move_thread_to_another_team_enable: bool = ..., move_thread_from_private_channel_enable: bool = ..., move_thread_from_direct_message_channel_enable: bool = ..., move_thread_from_group_message_channel_enable: bool = ...) -> None: ...

class XmlName(_message.Message):
    __slots__ = ("space", "local")
    SPACE_FIELD_NUMBER: _ClassVar[int]
    LOCAL_FIELD_NUMBER: _ClassVar[int]
    space: str
    local: str
    def __init__(self, space: _Optional[str] = ..., local: _Optional[str] = ...) -> None: ...
