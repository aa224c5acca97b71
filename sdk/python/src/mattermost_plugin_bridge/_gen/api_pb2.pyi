from . import api_access_control_pb2 as _api_access_control_pb2
from . import api_bots_pb2 as _api_bots_pb2
from . import api_channels_pb2 as _api_channels_pb2
from . import api_commands_pb2 as _api_commands_pb2
from . import api_config_pb2 as _api_config_pb2
from . import api_emoji_pb2 as _api_emoji_pb2
from . import api_files_pb2 as _api_files_pb2
from . import api_frontend_pb2 as _api_frontend_pb2
from . import api_groups_pb2 as _api_groups_pb2
from . import api_kv_pb2 as _api_kv_pb2
from . import api_logging_pb2 as _api_logging_pb2
from . import api_notifications_pb2 as _api_notifications_pb2
from . import api_oauth_pb2 as _api_oauth_pb2
from . import api_permissions_pb2 as _api_permissions_pb2
from . import api_plugins_pb2 as _api_plugins_pb2
from . import api_posts_pb2 as _api_posts_pb2
from . import api_properties_pb2 as _api_properties_pb2
from . import api_server_pb2 as _api_server_pb2
from . import api_shared_channels_pb2 as _api_shared_channels_pb2
from . import api_teams_pb2 as _api_teams_pb2
from . import api_users_pb2 as _api_users_pb2
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor
