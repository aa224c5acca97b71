package harness

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// PluginID is the manifest id of both conformance plugins (native and bridged).
const PluginID = "com.mattermost.bridge-conformance"

// ModulePath is this Go module's path; used to locate the module directory.
const ModulePath = "github.com/mattermost-plugin-bridge/test/conformance"

// Kind selects which implementation of the conformance plugin is loaded.
type Kind string

const (
	// Native is the Go reference plugin built from ./goplugin (plugin.ClientMain).
	Native Kind = "native"
	// Bridged is the TypeScript test plugin run through the bridge
	// (node dist/src/cli/main.js run --bundle <dir>).
	Bridged Kind = "bridged"
)

// Kinds is the table every conformance test runs over. The native kind comes
// first: it validates the expectations themselves.
var Kinds = []Kind{Native, Bridged, Sidecar, InProcess}

// InProcess is the TS plugin run inside the bridge process (props.bridge.in_process: true):
// no gRPC sockets and no second process between the bridge and the plugin's handlers.
const InProcess Kind = "inprocess"

// StreamKinds is the table of the streaming tests (their plugin has no sidecar layout yet).
var StreamKinds = []Kind{Native, Bridged}

// ModuleDir returns the directory of this Go module (test/conformance).
// Order: $CONFORMANCE_MODULE_DIR, a walk up from the working directory to the
// go.mod declaring ModulePath, then the directory of this source file.
func ModuleDir() (string, error) {
	if d := os.Getenv("CONFORMANCE_MODULE_DIR"); d != "" {
		return filepath.Abs(d)
	}
	if wd, err := os.Getwd(); err == nil {
		for d := wd; ; d = filepath.Dir(d) {
			if isModuleDir(d) {
				return d, nil
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		d := filepath.Dir(filepath.Dir(file))
		if isModuleDir(d) {
			return d, nil
		}
	}
	return "", fmt.Errorf("cannot locate the %s module directory (set CONFORMANCE_MODULE_DIR)", ModulePath)
}

func isModuleDir(d string) bool {
	f, err := os.Open(filepath.Join(d, "go.mod"))
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if rest, ok := strings.CutPrefix(line, "module "); ok {
			return strings.TrimSpace(rest) == ModulePath
		}
	}
	return false
}

// RepoRoot returns the absolute repository root (two directories above the module),
// or $CONFORMANCE_REPO_ROOT when set.
func RepoRoot() (string, error) {
	if d := os.Getenv("CONFORMANCE_REPO_ROOT"); d != "" {
		return filepath.Abs(d)
	}
	m, err := ModuleDir()
	if err != nil {
		return "", err
	}
	return filepath.Dir(filepath.Dir(m)), nil
}

// BridgeMain is <repo>/dist/src/cli/main.js.
func BridgeMain(repo string) string {
	return filepath.Join(repo, "dist", "src", "cli", "main.js")
}

// TSPluginJS is <repo>/dist/test/conformance/plugin-ts/plugin.js.
func TSPluginJS(repo string) string {
	return filepath.Join(repo, "dist", "test", "conformance", "plugin-ts", "plugin.js")
}

// TSPluginMarker is the cmdline fragment identifying the TS test plugin process.
const TSPluginMarker = "dist/test/conformance/plugin-ts"

// CheckBridgeBuilt returns a descriptive error when the compiled bridge or TS test
// plugin is missing.
func CheckBridgeBuilt(repo string) error {
	var missing []string
	for _, p := range []string{BridgeMain(repo), TSPluginJS(repo)} {
		if _, err := os.Stat(p); err != nil {
			missing = append(missing, p)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("bridged plugin cannot run: not found: %s — run `npm run build` first (in %s)",
			strings.Join(missing, " and "), repo)
	}
	return nil
}

// Manifest is the subset of plugin.json written by the harness.
type Manifest struct {
	ID      string         `json:"id"`
	Name    string         `json:"name"`
	Version string         `json:"version"`
	Server  ManifestServer `json:"server"`
	Props   map[string]any `json:"props,omitempty"`
}

type ManifestServer struct {
	Executable string `json:"executable"`
}

// WriteBridgedPlugin lays out the bridged TS plugin under pluginDir/<id>/:
// plugin.json (with props.bridge.command) and server/launch.sh which execs the
// bridge CLI. It returns the plugin id.
func WriteBridgedPlugin(pluginDir, repo string) (string, error) {
	return writeBridgedBundle(pluginDir, repo, nil)
}

// writeBridgedBundle is WriteBridgedPlugin with extra props.bridge settings.
func writeBridgedBundle(pluginDir, repo string, extra map[string]any) (string, error) {
	bridge := map[string]any{"command": []string{"node", TSPluginJS(repo)}}
	for k, v := range extra {
		bridge[k] = v
	}
	m := Manifest{
		ID:      PluginID,
		Name:    "Bridge conformance",
		Version: "0.1.0",
		Server:  ManifestServer{Executable: "server/launch.sh"},
		Props:   map[string]any{"bridge": bridge},
	}
	launch := "#!/bin/sh\nexec node " + shQuote(BridgeMain(repo)) + ` run --bundle "$(dirname "$0")/.."` + "\n"
	return writeBundle(pluginDir, m, launch, nil)
}

// WriteNativePlugin lays out the native Go plugin under pluginDir/<id>/. The
// binary is symlinked into server/ so the process cmdline names the bundle dir
// (the leak check finds processes by that), and launch.sh execs it.
func WriteNativePlugin(pluginDir, goPluginBinary string) (string, error) {
	m := Manifest{
		ID:      PluginID,
		Name:    "Bridge conformance (native Go)",
		Version: "0.1.0",
		Server:  ManifestServer{Executable: "server/launch.sh"},
	}
	launch := "#!/bin/sh\nexec \"$(dirname \"$0\")/conformance-goplugin\"\n"
	return writeBundle(pluginDir, m, launch, func(serverDir string) error {
		return os.Symlink(goPluginBinary, filepath.Join(serverDir, "conformance-goplugin"))
	})
}

func writeBundle(pluginDir string, m Manifest, launch string, extra func(serverDir string) error) (string, error) {
	bundle := filepath.Join(pluginDir, m.ID)
	serverDir := filepath.Join(bundle, "server")
	if err := os.MkdirAll(serverDir, 0o755); err != nil {
		return "", err
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(bundle, "plugin.json"), append(data, '\n'), 0o644); err != nil {
		return "", err
	}
	launchPath := filepath.Join(serverDir, "launch.sh")
	if err := os.WriteFile(launchPath, []byte(launch), 0o755); err != nil {
		return "", err
	}
	if err := os.Chmod(launchPath, 0o755); err != nil { // umask-proof
		return "", err
	}
	if extra != nil {
		if err := extra(serverDir); err != nil {
			return "", err
		}
	}
	return m.ID, nil
}

// shQuote quotes s for sh: double quotes (as in the documented launcher) when
// that is safe, single quotes otherwise.
func shQuote(s string) string {
	if !strings.ContainsAny(s, "\"$`\\") {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

var (
	goPluginOnce sync.Once
	goPluginBin  string
	goPluginErr  error
)

// GoPluginBinary builds ./goplugin once per process (into a temp dir that lives
// until the process exits; call CleanupGoPlugin from TestMain to remove it).
func GoPluginBinary() (string, error) {
	goPluginOnce.Do(func() {
		mod, err := ModuleDir()
		if err != nil {
			goPluginErr = err
			return
		}
		dir, err := os.MkdirTemp("", "conformance-goplugin-")
		if err != nil {
			goPluginErr = err
			return
		}
		out := filepath.Join(dir, "conformance-goplugin")
		cmd := exec.Command("go", "build", "-o", out, "./goplugin")
		cmd.Dir = mod
		if b, err := cmd.CombinedOutput(); err != nil {
			goPluginErr = fmt.Errorf("go build ./goplugin failed: %v\n%s", err, b)
			return
		}
		goPluginBin = out
	})
	return goPluginBin, goPluginErr
}

// CleanupGoPlugin removes the temp dir of the built Go plugin, if any.
func CleanupGoPlugin() {
	if goPluginBin != "" {
		_ = os.RemoveAll(filepath.Dir(goPluginBin))
	}
}

// WritePlugin lays out the plugin of the given kind and returns its id.
func WritePlugin(pluginDir string, kind Kind) (string, error) {
	switch kind {
	case Native:
		bin, err := GoPluginBinary()
		if err != nil {
			return "", err
		}
		return WriteNativePlugin(pluginDir, bin)
	case Bridged:
		repo, err := RepoRoot()
		if err != nil {
			return "", err
		}
		if err := CheckBridgeBuilt(repo); err != nil {
			return "", err
		}
		return WriteBridgedPlugin(pluginDir, repo)
	case InProcess:
		repo, err := RepoRoot()
		if err != nil {
			return "", err
		}
		if err := CheckBridgeBuilt(repo); err != nil {
			return "", err
		}
		return writeBridgedBundle(pluginDir, repo, map[string]any{"in_process": true})
	case Sidecar:
		repo, err := RepoRoot()
		if err != nil {
			return "", err
		}
		s, err := SharedSidecar()
		if err != nil {
			return "", err
		}
		return WriteSidecarPlugin(pluginDir, repo, s, PluginID)
	default:
		return "", errors.New("unknown plugin kind " + string(kind))
	}
}
