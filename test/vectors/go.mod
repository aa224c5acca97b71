module github.com/mattermost-plugin-bridge/test/vectors

go 1.26.7

require (
	github.com/hashicorp/yamux v0.1.2 // indirect
	github.com/mattermost/mattermost/server/public v0.4.4 // indirect
)
