package harness

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
)

// TokenEnv is set in the test process right before a plugin is activated; the
// plugin processes inherit it (go-plugin passes os.Environ() on), which lets the
// leak check find plugin processes even after they were re-parented.
const TokenEnv = "CONFORMANCE_HARNESS_TOKEN"

// ProcessExitTimeout is how long processes may linger after Deactivate/Shutdown.
const ProcessExitTimeout = 5 * time.Second

// Config configures one harness environment.
type Config struct {
	// Logger receives the supervisor's log (plugin stdout/stderr lines, go-plugin
	// messages). Required.
	Logger *mlog.Logger
	// Root is a scratch directory (plugins/ and webapp/ are created inside). Required.
	Root string
}

// Env is one plugin environment: the real plugin.Environment (the server's loader)
// with a FakeAPI, holding exactly one conformance plugin.
type Env struct {
	Kind      Kind
	ID        string
	PluginDir string
	BundleDir string
	API       *FakeAPI
	Env       *plugin.Environment
	Logs      *mlog.Buffer // copy of every log line the Environment wrote

	token       string
	markers     []string
	preexisting map[[2]uint64]bool

	mu       sync.Mutex
	recorded []Proc // plugin process tree seen after activation
}

// New lays out the plugin of kind under cfg.Root and creates the Environment.
// Nothing is started yet.
func New(kind Kind, cfg Config) (*Env, error) {
	return NewWithLayout(kind, cfg, func(pluginDir string) (string, error) { return WritePlugin(pluginDir, kind) })
}

// NewWithLayout is New with the plugin laid out by write (which returns the plugin id).
func NewWithLayout(kind Kind, cfg Config, write func(pluginDir string) (string, error)) (*Env, error) {
	if cfg.Logger == nil || cfg.Root == "" {
		return nil, errors.New("harness.New: Logger and Root are required")
	}
	pluginDir := filepath.Join(cfg.Root, "plugins")
	webappDir := filepath.Join(cfg.Root, "webapp")
	for _, d := range []string{pluginDir, webappDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	id, err := write(pluginDir)
	if err != nil {
		return nil, err
	}
	logs := &mlog.Buffer{}
	if err := mlog.AddWriterTarget(cfg.Logger, logs, false,
		mlog.LvlTrace, mlog.LvlDebug, mlog.LvlInfo, mlog.LvlWarn, mlog.LvlError,
		mlog.LvlCritical, mlog.LvlFatal, mlog.LvlPanic, mlog.LvlStdLog); err != nil {
		// a second env on the same logger: target name is fixed; fall back to no capture
		logs = nil
	}
	api := NewFakeAPI()
	env, err := plugin.NewEnvironment(func(*model.Manifest) plugin.API { return api }, nil, pluginDir, webappDir, cfg.Logger, nil)
	if err != nil {
		return nil, err
	}
	bundle := filepath.Join(pluginDir, id)
	markers := []string{bundle}
	if kind == Bridged || kind == Sidecar {
		markers = append(markers, TSPluginMarker)
	}
	return &Env{
		Kind:      kind,
		ID:        id,
		PluginDir: pluginDir,
		BundleDir: bundle,
		API:       api,
		Env:       env,
		Logs:      logs,
		markers:   markers,
	}, nil
}

func procKey(p Proc) [2]uint64 { return [2]uint64{uint64(p.PID), p.StartTime} }

// Activate runs env.Activate(id) (launch, handshake, Implemented, OnActivate)
// and records the resulting plugin process tree.
func (e *Env) Activate() (*model.Manifest, bool, error) {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	e.token = hex.EncodeToString(b)
	os.Setenv(TokenEnv, e.token)

	e.preexisting = map[[2]uint64]bool{}
	for _, p := range GlobalMatches(e.markers...) {
		e.preexisting[procKey(p)] = true
	}

	m, ok, err := e.Env.Activate(e.ID)
	if err == nil {
		e.mu.Lock()
		e.recorded = PluginProcessTree(e.markers...)
		e.mu.Unlock()
	}
	return m, ok, err
}

// Recorded returns the plugin process tree recorded after activation.
func (e *Env) Recorded() []Proc {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]Proc(nil), e.recorded...)
}

// Hooks returns HooksForPlugin(id).
func (e *Env) Hooks() (plugin.Hooks, error) { return e.Env.HooksForPlugin(e.ID) }

// HooksWithRPCErr returns HooksForPluginWithRPCErr(id).
func (e *Env) HooksWithRPCErr() (plugin.HooksWithRPCErr, error) {
	return e.Env.HooksForPluginWithRPCErr(e.ID)
}

// LivePluginProcesses lists plugin processes that still run: the recorded tree,
// anything matching the markers below this process, anything on the machine
// naming the bundle dir, and anything carrying this env's token.
func (e *Env) LivePluginProcesses() []Proc {
	found := map[int]Proc{}
	for _, p := range e.Recorded() {
		if cur, ok := alive(p); ok {
			found[cur.PID] = cur
		}
	}
	for _, p := range PluginProcessTree(e.markers...) {
		found[p.PID] = p
	}
	for _, p := range GlobalMatches(e.BundleDir) {
		found[p.PID] = p
	}
	if e.token != "" {
		for _, p := range ProcsWithEnv(TokenEnv, e.token) {
			if !e.preexisting[procKey(p)] {
				found[p.PID] = p
			}
		}
	}
	out := make([]Proc, 0, len(found))
	for _, p := range found {
		out = append(out, p)
	}
	return out
}

// WaitNoProcesses polls until no plugin process is left or the timeout expires;
// it returns an error listing the survivors.
func (e *Env) WaitNoProcesses(timeout time.Duration) error {
	var left []Proc
	PollUntil(timeout, func() bool {
		left = e.LivePluginProcesses()
		return len(left) == 0
	})
	if len(left) > 0 {
		return fmt.Errorf("%d plugin process(es) still running %v after deactivation:\n%s\nrecorded at activation:\n%s",
			len(left), timeout, FormatProcs(left), FormatProcs(e.Recorded()))
	}
	return nil
}

// Shutdown runs env.Shutdown() and then checks that no plugin process is left.
func (e *Env) Shutdown() error {
	e.Env.Shutdown()
	return e.WaitNoProcesses(ProcessExitTimeout)
}

// LogTail returns the last n captured log lines that match any of the filters
// (all lines when no filter is given).
func (e *Env) LogTail(n int, filters ...string) string {
	if e.Logs == nil {
		return "  (log capture unavailable)"
	}
	lines := strings.Split(strings.TrimRight(e.Logs.String(), "\n"), "\n")
	var sel []string
	for _, l := range lines {
		if l == "" {
			continue
		}
		if len(filters) == 0 {
			sel = append(sel, l)
			continue
		}
		for _, f := range filters {
			if strings.Contains(l, f) {
				sel = append(sel, l)
				break
			}
		}
	}
	if len(sel) > n {
		sel = sel[len(sel)-n:]
	}
	if len(sel) == 0 {
		return "  (no matching log lines)"
	}
	return "  " + strings.Join(sel, "\n  ")
}

// Diagnostics renders the recorded API calls and the plugin's log tail for
// failure messages.
func (e *Env) Diagnostics() string {
	return fmt.Sprintf("[%s] plugin state=%s error=%q\nrecorded API calls:\n%s\nsupervisor log tail (plugin stderr/stdout, go-plugin):\n%s",
		e.Kind, StateName(e.Env.GetPluginState(e.ID)), pluginError(e), e.API.Dump(), e.LogTail(40))
}

// StateName renders a model.PluginState* value.
func StateName(s int) string {
	switch s {
	case model.PluginStateNotRunning:
		return "NotRunning"
	case model.PluginStateStarting:
		return "Starting"
	case model.PluginStateRunning:
		return "Running"
	case model.PluginStateFailedToStart:
		return "FailedToStart"
	case model.PluginStateFailedToStayRunning:
		return "FailedToStayRunning"
	case model.PluginStateStopping:
		return "Stopping"
	}
	return fmt.Sprintf("state#%d", s)
}

func pluginError(e *Env) string {
	st, err := e.Env.Statuses()
	if err != nil {
		return err.Error()
	}
	for _, s := range st {
		if s.PluginId == e.ID {
			return s.Error
		}
	}
	return ""
}

// CallTimeout bounds every hook call made through WithTimeout.
const CallTimeout = 15 * time.Second

// ActivateTimeout bounds env.Activate (process start, handshake, Implemented,
// OnActivate). The server itself has no limit here beyond go-plugin's 3 s
// handshake timeout; a bridge that loads its contract and starts a language
// plugin runtime needs seconds on a loaded 2-core machine.
const ActivateTimeout = 60 * time.Second

// ErrTimeout is returned by WithTimeout when the call did not return in time.
var ErrTimeout = errors.New("call did not return in time")

// WithTimeout runs fn in a goroutine and waits at most d. A call that hangs
// (e.g. a bridge that never answers a net/rpc request) becomes an error instead
// of a hung test; the goroutine is released when the plugin is killed.
func WithTimeout(d time.Duration, fn func()) error {
	done := make(chan struct{})
	var panicVal any
	go func() {
		defer close(done)
		defer func() { panicVal = recover() }()
		fn()
	}()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-done:
		if panicVal != nil {
			return fmt.Errorf("call panicked: %v", panicVal)
		}
		return nil
	case <-t.C:
		return fmt.Errorf("%w (%v)", ErrTimeout, d)
	}
}

// KillLeftovers SIGKILLs (by pid) the plugin processes this Env started that are
// still alive, so a failed test does not leave them behind. It returns what it killed.
func (e *Env) KillLeftovers() []Proc {
	left := e.LivePluginProcesses()
	for _, p := range left {
		if pr, err := os.FindProcess(p.PID); err == nil {
			_ = pr.Kill()
		}
	}
	return left
}

// ShutdownTimeout bounds Env.Shutdown in test cleanups: OnDeactivate may take
// 10 s (server limit), go-plugin's graceful exit 2 s, then the exit check 5 s.
const ShutdownTimeout = 30 * time.Second
