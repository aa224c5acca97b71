package harness

import (
	"bytes"
	"crypto/sha256"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// --- what the hello examples need from any FakeAPI ---
//
// examples/hello-node and examples/hello-python call KVCompareAndSet, EnsureBotUser and
// LoadPluginConfiguration besides FakeAPI's own methods. They are defined on FakeAPI itself so that
// every harness running an example with a plain FakeAPI (TestBundlePackedHelloNode, cmd/bench and
// cmd/activatebench with hello-python) keeps working; ExampleAPI adds the plugin's settings.

// KVCompareAndSet behaves as the server's: oldValue nil sets only a missing key, otherwise the
// current value must equal oldValue; newValue nil deletes. It answers whether it wrote.
func (f *FakeAPI) KVCompareAndSet(key string, oldValue, newValue []byte) (bool, *model.AppError) {
	f.record("KVCompareAndSet", key, slices.Clone(oldValue), slices.Clone(newValue))
	f.mu.Lock()
	defer f.mu.Unlock()
	cur, ok := f.kv[key]
	if oldValue == nil {
		if ok {
			return false, nil
		}
	} else if !ok || !bytes.Equal(cur, oldValue) {
		return false, nil
	}
	if newValue == nil {
		delete(f.kv, key)
	} else {
		f.kv[key] = slices.Clone(newValue)
	}
	return true, nil
}

// EnsureBotUser answers FakeBotID(bot.Username): the same user id for the same username, as the
// server's EnsureBot does for a plugin's bot.
func (f *FakeAPI) EnsureBotUser(bot *model.Bot) (string, error) {
	var cp *model.Bot
	if bot != nil {
		cp = bot.Clone()
	}
	f.record("EnsureBotUser", cp)
	if bot == nil || !model.IsValidUsername(bot.Username) {
		return "", errors.New("EnsureBotUser: invalid bot")
	}
	return FakeBotID(bot.Username), nil
}

// LoadPluginConfiguration of a plain FakeAPI: no saved settings and no manifest, so an empty
// object (the plugin keeps its defaults). ExampleAPI answers the manifest's defaults and the saved
// settings.
func (f *FakeAPI) LoadPluginConfiguration(dest any) error {
	f.record("LoadPluginConfiguration")
	return json.Unmarshal([]byte("{}"), dest)
}

// FakeBotID is the user id FakeAPI.EnsureBotUser answers for username: 26 characters of
// [a-z2-7], a valid Mattermost id, derived from the username.
func FakeBotID(username string) string {
	sum := sha256.Sum256([]byte("bot:" + strings.ToLower(username)))
	return strings.ToLower(base32.StdEncoding.EncodeToString(sum[:]))[:26]
}

// --- ExampleAPI ---

// ExampleAPI is the FakeAPI plus the plugin's settings as the server keeps them, for the hello
// examples (examples/hello-node, examples/hello-python): LoadPluginConfiguration answers the
// manifest's settings_schema defaults overridden by what SetPluginConfig saved (keys lowercased,
// as the server does), GetPluginConfig the saved settings. Every call is recorded in the embedded
// FakeAPI (Calls, CallsTo, WaitFor, Dump); anything else still panics through plugintest.API.
type ExampleAPI struct {
	*FakeAPI

	emu      sync.Mutex
	manifest *model.Manifest
	config   map[string]any
}

var _ plugin.API = (*ExampleAPI)(nil)

// NewExampleAPI returns an ExampleAPI with no saved settings.
func NewExampleAPI() *ExampleAPI {
	return &ExampleAPI{FakeAPI: NewFakeAPI(), config: map[string]any{}}
}

// SetPluginConfig saves the plugin's settings as the System Console would (keys as given). The
// server would then call OnConfigurationChange; the test does that itself.
func (a *ExampleAPI) SetPluginConfig(cfg map[string]any) {
	a.emu.Lock()
	defer a.emu.Unlock()
	a.config = cfg
}

// LoadPluginConfiguration behaves as the server's: the manifest's setting defaults, overridden by
// the saved settings, keys lowercased, JSON-decoded into dest.
func (a *ExampleAPI) LoadPluginConfiguration(dest any) error {
	a.record("LoadPluginConfiguration")
	a.emu.Lock()
	defer a.emu.Unlock()
	return loadPluginConfiguration(a.manifest, a.config, dest)
}

// GetPluginConfig answers the saved settings (PluginSettings.Plugins[id]), keys lowercased.
func (a *ExampleAPI) GetPluginConfig() map[string]any {
	a.record("GetPluginConfig")
	a.emu.Lock()
	defer a.emu.Unlock()
	out := map[string]any{}
	for k, v := range a.config {
		out[strings.ToLower(k)] = v
	}
	return out
}

// NewExampleEnv installs a plugin bundle (directory or .tar.gz) like NewFromBundle, with api as
// the server API (it learns the manifest, for the setting defaults).
func NewExampleEnv(src string, cfg Config, api *ExampleAPI) (*Env, error) {
	return NewFromBundleWith(src, cfg, api.FakeAPI, func(m *model.Manifest) plugin.API {
		api.emu.Lock()
		api.manifest = m
		api.emu.Unlock()
		return api
	})
}

// --- the examples on disk ---

// ExampleDir is <repo>/examples/<name>.
func ExampleDir(repo, name string) string { return filepath.Join(repo, "examples", name) }

// PackExample runs `node dist/src/cli/main.js pack <repo>/examples/<name> -o <out>` (mm-bridge
// pack: manifest checks, stubs, vendored dependencies, reproducible archive) with extra
// environment; the error carries pack's stderr.
func PackExample(repo, name, out string, env ...string) error {
	cmd := exec.Command("node", BridgeMain(repo), "pack", ExampleDir(repo, name), "-o", out)
	cmd.Dir = repo
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("mm-bridge pack %s: %v\n%s", name, err, strings.TrimSpace(stderr.String()))
	}
	if got := strings.TrimSpace(stdout.String()); got != out {
		return fmt.Errorf("mm-bridge pack %s printed %q on stdout, want the bundle path %q", name, got, out)
	}
	return nil
}

// SDKPython creates or updates the Python SDK's development venv (sdk/python/scripts/venv.sh:
// the SDK with grpcio and protobuf) and returns its python. The error carries the script's
// output: the caller skips when Python or the packages cannot be had.
func SDKPython(repo string) (string, error) {
	cmd := exec.Command("bash", filepath.Join(repo, "sdk", "python", "scripts", "venv.sh"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%v\n%s", err, strings.TrimSpace(stderr.String()))
	}
	py := strings.TrimSpace(string(out))
	if _, err := os.Stat(py); err != nil {
		return "", fmt.Errorf("venv.sh printed %q: %v", py, err)
	}
	if b, err := exec.Command(py, "-c", "import grpc, google.protobuf").CombinedOutput(); err != nil {
		return "", fmt.Errorf("%s cannot import grpc and protobuf: %v\n%s", py, err, b)
	}
	return py, nil
}

// PluginProcessPID is the pid of the process of e's plugin tree whose command line contains
// marker (e.g. "server/plugin.py"), or 0.
func (e *Env) PluginProcessPID(marker string) int {
	for _, p := range PluginProcessTree(e.markers...) {
		if strings.Contains(p.Cmdline, marker) {
			return p.PID
		}
	}
	return 0
}

// loadPluginConfiguration is the server's LoadPluginConfiguration: the manifest's setting defaults,
// overridden by the saved settings, keys lowercased, JSON-decoded into dest.
func loadPluginConfiguration(m *model.Manifest, saved map[string]any, dest any) error {
	final := map[string]any{}
	if m != nil && m.SettingsSchema != nil {
		for _, s := range m.SettingsSchema.Settings {
			final[strings.ToLower(s.Key)] = s.Default
		}
	}
	for k, v := range saved {
		final[strings.ToLower(k)] = v
	}
	b, err := json.Marshal(final)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, dest)
}
