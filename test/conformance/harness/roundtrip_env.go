package harness

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
)

// EchoPluginID is the manifest id of the round-trip echo plugin.
const EchoPluginID = "com.mattermost.bridge-roundtrip"

// EchoPluginMarker is the cmdline fragment identifying the echo plugin process.
const EchoPluginMarker = "dist/test/conformance/plugin-echo"

// EchoPluginJS is <repo>/dist/test/conformance/plugin-echo/echo.js.
func EchoPluginJS(repo string) string {
	return filepath.Join(repo, "dist", "test", "conformance", "plugin-echo", "echo.js")
}

// WriteEchoPlugin lays out the bridged echo plugin under pluginDir/<id>/; the plugin process
// gets ROUNDTRIP_DIR=exchangeDir through props.bridge.env.
func WriteEchoPlugin(pluginDir, repo, exchangeDir string) (string, error) {
	for _, p := range []string{BridgeMain(repo), EchoPluginJS(repo)} {
		if _, err := os.Stat(p); err != nil {
			return "", errors.New("echo plugin cannot run: not found: " + p + " — run `npm run build` first")
		}
	}
	m := Manifest{
		ID:      EchoPluginID,
		Name:    "Bridge round-trip echo",
		Version: "0.1.0",
		Server:  ManifestServer{Executable: "server/launch.sh"},
		Props: map[string]any{
			"bridge": map[string]any{
				"command":         []string{"node", EchoPluginJS(repo)},
				"env":             map[string]string{"ROUNDTRIP_DIR": exchangeDir},
				"hook_timeout_ms": 20000,
			},
		},
	}
	launch := "#!/bin/sh\nexec node " + shQuote(BridgeMain(repo)) + ` run --bundle "$(dirname "$0")/.."` + "\n"
	return writeBundle(pluginDir, m, launch, nil)
}

// NewRoundTrip creates an Environment (the real loader) holding the echo plugin, served by a
// RoundTripAPI. exchangeDir is the directory shared with the plugin (api/ and hooks/ inside).
// The returned Env's API field is an unused FakeAPI (Diagnostics prints no calls).
func NewRoundTrip(cfg Config, exchangeDir string) (*Env, *RoundTripAPI, error) {
	if cfg.Logger == nil || cfg.Root == "" {
		return nil, nil, errors.New("harness.NewRoundTrip: Logger and Root are required")
	}
	repo, err := RepoRoot()
	if err != nil {
		return nil, nil, err
	}
	pluginDir := filepath.Join(cfg.Root, "plugins")
	webappDir := filepath.Join(cfg.Root, "webapp")
	for _, d := range []string{pluginDir, webappDir, filepath.Join(exchangeDir, "api"), filepath.Join(exchangeDir, "hooks")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, nil, err
		}
	}
	id, err := WriteEchoPlugin(pluginDir, repo, exchangeDir)
	if err != nil {
		return nil, nil, err
	}
	logs := &mlog.Buffer{}
	if err := mlog.AddWriterTarget(cfg.Logger, logs, false,
		mlog.LvlTrace, mlog.LvlDebug, mlog.LvlInfo, mlog.LvlWarn, mlog.LvlError,
		mlog.LvlCritical, mlog.LvlFatal, mlog.LvlPanic, mlog.LvlStdLog); err != nil {
		logs = nil
	}
	api := NewRoundTripAPI()
	env, err := plugin.NewEnvironment(func(*model.Manifest) plugin.API { return api }, nil, pluginDir, webappDir, cfg.Logger, nil)
	if err != nil {
		return nil, nil, err
	}
	bundle := filepath.Join(pluginDir, id)
	return &Env{
		Kind:      Bridged,
		ID:        id,
		PluginDir: pluginDir,
		BundleDir: bundle,
		API:       NewFakeAPI(),
		Env:       env,
		Logs:      logs,
		markers:   []string{bundle, EchoPluginMarker},
	}, api, nil
}
