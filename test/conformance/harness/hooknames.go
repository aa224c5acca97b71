package harness

import (
	"strconv"

	"github.com/mattermost/mattermost/server/public/plugin"
)

// HookNames maps hook IDs (plugin.*ID, server/public v0.4.4) to names, for messages.
var HookNames = map[int]string{
	plugin.OnActivateID:                          "OnActivate",
	plugin.OnDeactivateID:                        "OnDeactivate",
	plugin.ServeHTTPID:                           "ServeHTTP",
	plugin.OnConfigurationChangeID:               "OnConfigurationChange",
	plugin.ExecuteCommandID:                      "ExecuteCommand",
	plugin.MessageWillBePostedID:                 "MessageWillBePosted",
	plugin.MessageWillBeUpdatedID:                "MessageWillBeUpdated",
	plugin.MessageHasBeenPostedID:                "MessageHasBeenPosted",
	plugin.MessageHasBeenUpdatedID:               "MessageHasBeenUpdated",
	plugin.UserHasJoinedChannelID:                "UserHasJoinedChannel",
	plugin.UserHasLeftChannelID:                  "UserHasLeftChannel",
	plugin.UserHasJoinedTeamID:                   "UserHasJoinedTeam",
	plugin.UserHasLeftTeamID:                     "UserHasLeftTeam",
	plugin.ChannelHasBeenCreatedID:               "ChannelHasBeenCreated",
	plugin.FileWillBeUploadedID:                  "FileWillBeUploaded",
	plugin.UserWillLogInID:                       "UserWillLogIn",
	plugin.UserHasLoggedInID:                     "UserHasLoggedIn",
	plugin.UserHasBeenCreatedID:                  "UserHasBeenCreated",
	plugin.ReactionHasBeenAddedID:                "ReactionHasBeenAdded",
	plugin.ReactionHasBeenRemovedID:              "ReactionHasBeenRemoved",
	plugin.OnPluginClusterEventID:                "OnPluginClusterEvent",
	plugin.OnWebSocketConnectID:                  "OnWebSocketConnect",
	plugin.OnWebSocketDisconnectID:               "OnWebSocketDisconnect",
	plugin.WebSocketMessageHasBeenPostedID:       "WebSocketMessageHasBeenPosted",
	plugin.RunDataRetentionID:                    "RunDataRetention",
	plugin.OnInstallID:                           "OnInstall",
	plugin.OnSendDailyTelemetryID:                "OnSendDailyTelemetry",
	plugin.OnCloudLimitsUpdatedID:                "OnCloudLimitsUpdated",
	plugin.ConfigurationWillBeSavedID:            "ConfigurationWillBeSaved",
	plugin.NotificationWillBePushedID:            "NotificationWillBePushed",
	plugin.UserHasBeenDeactivatedID:              "UserHasBeenDeactivated",
	plugin.MessageHasBeenDeletedID:               "MessageHasBeenDeleted",
	plugin.MessagesWillBeConsumedID:              "MessagesWillBeConsumed",
	plugin.ServeMetricsID:                        "ServeMetrics",
	plugin.OnSharedChannelsSyncMsgID:             "OnSharedChannelsSyncMsg",
	plugin.OnSharedChannelsPingID:                "OnSharedChannelsPing",
	plugin.PreferencesHaveChangedID:              "PreferencesHaveChanged",
	plugin.OnSharedChannelsAttachmentSyncMsgID:   "OnSharedChannelsAttachmentSyncMsg",
	plugin.OnSharedChannelsProfileImageSyncMsgID: "OnSharedChannelsProfileImageSyncMsg",
	plugin.GenerateSupportDataID:                 "GenerateSupportData",
	plugin.OnSAMLLoginID:                         "OnSAMLLogin",
	plugin.EmailNotificationWillBeSentID:         "EmailNotificationWillBeSent",
	plugin.FileWillBeDownloadedID:                "FileWillBeDownloaded",
	plugin.ChannelMemberWillBeAddedID:            "ChannelMemberWillBeAdded",
	plugin.TeamMemberWillBeAddedID:               "TeamMemberWillBeAdded",
	plugin.ChannelWillBeArchivedID:               "ChannelWillBeArchived",
	plugin.ChannelWillBeUpdatedID:                "ChannelWillBeUpdated",
	plugin.ChannelWillBeRestoredID:               "ChannelWillBeRestored",
	plugin.ScheduledPostWillBeCreatedID:          "ScheduledPostWillBeCreated",
	plugin.DraftWillBeUpsertedID:                 "DraftWillBeUpserted",
	plugin.MessagesWillBeConsumedWithContextID:   "MessagesWillBeConsumedWithContext",
}

// HookName returns the name of hook id (or "hook#<id>").
func HookName(id int) string {
	if n, ok := HookNames[id]; ok {
		return n
	}
	return "hook#" + strconv.Itoa(id)
}
