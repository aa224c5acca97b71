package harness

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
)

// The streaming test plugins: gostream/ (native Go) and plugin-stream/ (TypeScript, bridged).
const (
	// StreamPluginID is the id of the streaming test plugin.
	StreamPluginID = "com.mattermost.bridge-stream"
	// StreamPeerID is a second instance of the same plugin (PluginHTTP between plugins).
	StreamPeerID = "com.mattermost.bridge-stream-peer"
	// StreamTSMarker is the cmdline fragment identifying the TS streaming plugin process.
	StreamTSMarker = "dist/test/conformance/plugin-stream"
	// BridgeMarker is the cmdline fragment identifying a bridge process.
	BridgeMarker = "dist/src/cli/main.js"
)

// StreamPluginJS is <repo>/dist/test/conformance/plugin-stream/plugin.js.
func StreamPluginJS(repo string) string {
	return filepath.Join(repo, "dist", "test", "conformance", "plugin-stream", "plugin.js")
}

// BuildGoStream builds ./gostream into dir and returns the binary's path (the Go build cache
// makes repeated builds cheap; the binary lives as long as dir).
func BuildGoStream(dir string) (string, error) {
	mod, err := ModuleDir()
	if err != nil {
		return "", err
	}
	out := filepath.Join(dir, "conformance-gostream")
	cmd := exec.Command("go", "build", "-o", out, "./gostream")
	cmd.Dir = mod
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./gostream failed: %v\n%s", err, b)
	}
	return out, nil
}

// WriteStreamPlugin lays out the streaming plugin of kind under pluginDir/<id>/.
// The native kind needs the binary built by BuildGoStream.
func WriteStreamPlugin(pluginDir string, kind Kind, id, goBinary string) error {
	switch kind {
	case Native:
		m := Manifest{ID: id, Name: "Bridge streaming (native Go)", Version: "0.1.0", Server: ManifestServer{Executable: "server/launch.sh"}}
		launch := "#!/bin/sh\nexec \"$(dirname \"$0\")/conformance-gostream\"\n"
		_, err := writeBundle(pluginDir, m, launch, func(serverDir string) error {
			return os.Symlink(goBinary, filepath.Join(serverDir, "conformance-gostream"))
		})
		return err
	case Bridged:
		repo, err := RepoRoot()
		if err != nil {
			return err
		}
		for _, p := range []string{BridgeMain(repo), StreamPluginJS(repo)} {
			if _, err := os.Stat(p); err != nil {
				return fmt.Errorf("bridged streaming plugin cannot run: not found: %s — run `npm run build` first (in %s)", p, repo)
			}
		}
		m := Manifest{
			ID: id, Name: "Bridge streaming", Version: "0.1.0",
			Server: ManifestServer{Executable: "server/launch.sh"},
			Props: map[string]any{"bridge": map[string]any{
				"command": []string{"node", StreamPluginJS(repo)},
			}},
		}
		launch := "#!/bin/sh\nexec node " + shQuote(BridgeMain(repo)) + ` run --bundle "$(dirname "$0")/.."` + "\n"
		_, err = writeBundle(pluginDir, m, launch, nil)
		return err
	}
	return errors.New("unknown plugin kind " + string(kind))
}

// StreamEnv is an Env holding the streaming plugin (and optionally its peer), served by
// StreamAPIs sharing one FakeAPI, with a FakeDriver as the server's database driver.
type StreamEnv struct {
	*Env
	Gates  *Gates
	IDs    []string
	Driver *FakeDriver // the server's database driver (plugin.AppDriver) the plugins reach
}

// NewStream lays out the streaming plugin under cfg.Root with the given ids (the first is
// Env.ID) and creates the Environment. The API of each plugin is a StreamAPI over one shared
// FakeAPI (calls of all plugins are recorded together).
func NewStream(kind Kind, cfg Config, ids ...string) (*StreamEnv, error) {
	if cfg.Logger == nil || cfg.Root == "" {
		return nil, errors.New("harness.NewStream: Logger and Root are required")
	}
	if len(ids) == 0 {
		ids = []string{StreamPluginID}
	}
	pluginDir := filepath.Join(cfg.Root, "plugins")
	webappDir := filepath.Join(cfg.Root, "webapp")
	for _, d := range []string{pluginDir, webappDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	var goBinary string
	if kind == Native {
		binDir := filepath.Join(cfg.Root, "bin")
		if err := os.MkdirAll(binDir, 0o755); err != nil {
			return nil, err
		}
		var err error
		if goBinary, err = BuildGoStream(binDir); err != nil {
			return nil, err
		}
	}
	var markers []string
	for _, id := range ids {
		if err := WriteStreamPlugin(pluginDir, kind, id, goBinary); err != nil {
			return nil, err
		}
		markers = append(markers, filepath.Join(pluginDir, id))
	}
	if kind == Bridged {
		markers = append(markers, StreamTSMarker)
	}
	logs := &mlog.Buffer{}
	if err := mlog.AddWriterTarget(cfg.Logger, logs, false,
		mlog.LvlTrace, mlog.LvlDebug, mlog.LvlInfo, mlog.LvlWarn, mlog.LvlError,
		mlog.LvlCritical, mlog.LvlFatal, mlog.LvlPanic, mlog.LvlStdLog); err != nil {
		logs = nil
	}
	fake := NewFakeAPI()
	se := &StreamEnv{Gates: NewGates(), IDs: ids, Driver: NewFakeDriver()}
	env, err := plugin.NewEnvironment(func(m *model.Manifest) plugin.API {
		return &StreamAPI{FakeAPI: fake, Source: m.Id, Env: se, Gates: se.Gates}
	}, se.Driver, pluginDir, webappDir, cfg.Logger, nil)
	if err != nil {
		return nil, err
	}
	se.Env = &Env{
		Kind:      kind,
		ID:        ids[0],
		PluginDir: pluginDir,
		BundleDir: filepath.Join(pluginDir, ids[0]),
		API:       fake,
		Env:       env,
		Logs:      logs,
		markers:   markers,
	}
	return se, nil
}

// ActivateAll activates every plugin of the env (the first through Env.Activate, which
// records the process tree; the others afterwards, re-recording the tree).
func (s *StreamEnv) ActivateAll() error {
	if _, _, err := s.Activate(); err != nil {
		return fmt.Errorf("Activate(%s): %w", s.ID, err)
	}
	for _, id := range s.IDs[1:] {
		if _, _, err := s.Env.Env.Activate(id); err != nil {
			return fmt.Errorf("Activate(%s): %w", id, err)
		}
	}
	s.mu.Lock()
	s.recorded = PluginProcessTree(s.markers...)
	s.mu.Unlock()
	return nil
}

// BridgePID returns the pid of the bridge process (`node …/dist/src/cli/main.js serve`) serving
// plugin id, or 0.
func (s *StreamEnv) BridgePID(id string) int {
	bundle := filepath.Join(s.PluginDir, id)
	for _, p := range PluginProcessTree(s.markers...) {
		if strings.Contains(p.Cmdline, BridgeMarker) && strings.Contains(p.Cmdline, bundle) {
			return p.PID
		}
	}
	return 0
}

// LanguagePluginPID returns the pid of the TS plugin process below the bridge of id, or 0.
func (s *StreamEnv) LanguagePluginPID(id string) int {
	bridge := s.BridgePID(id)
	if bridge == 0 {
		return 0
	}
	for _, p := range Descendants(bridge, AllProcs()) {
		if strings.Contains(p.Cmdline, StreamTSMarker) {
			return p.PID
		}
	}
	return 0
}

// --- the plugin API of the streaming env ---

// StreamAPI is the plugin API of one plugin of a StreamEnv: the shared FakeAPI plus
// PluginHTTP (routed to the destination plugin's ServeHTTP like the server does) and gate keys
// (KVGet("gate:…") blocks until the test opens the gate).
type StreamAPI struct {
	*FakeAPI
	Source string
	Env    *StreamEnv
	Gates  *Gates
}

// GateTimeout bounds how long a gate KVGet blocks before answering "timeout".
const GateTimeout = 20 * time.Second

// KVGet answers "open" for a gate key once the test opened it (or "timeout"); other keys go to
// the FakeAPI.
func (a *StreamAPI) KVGet(key string) ([]byte, *model.AppError) {
	if strings.HasPrefix(key, "gate:") {
		a.record("KVGet", key)
		if a.Gates.Wait(strings.TrimPrefix(key, "gate:"), GateTimeout) {
			return []byte("open"), nil
		}
		return []byte("timeout"), nil
	}
	return a.FakeAPI.KVGet(key)
}

// PluginHTTP does what the server's PluginAPI.PluginHTTP does (server/channels/app
// plugin_api.go and ServeInterPluginRequest): URL "/<destination>/<rest>" → the destination's
// ServeHTTP with URL "/<rest>" (query kept) and header Mattermost-Plugin-ID = the calling
// plugin; the response streams back through a pipe (the server's pipe-based
// PluginResponseWriter): returned as soon as the destination wrote its header, its first body
// bytes, flushed, or returned.
func (a *StreamAPI) PluginHTTP(request *http.Request) *http.Response {
	a.record("PluginHTTP", request.Method, request.URL.String())
	split := strings.SplitN(request.URL.Path, "/", 3)
	if len(split) != 3 {
		return &http.Response{StatusCode: http.StatusBadRequest, Header: http.Header{},
			Body: io.NopCloser(strings.NewReader("Not enough URL. Form of URL should be /<pluginid>/*"))}
	}
	dest := split[1]
	newURL, err := url.Parse("/" + split[2])
	if dest == "" || err != nil {
		return &http.Response{StatusCode: http.StatusBadRequest, Header: http.Header{},
			Body: io.NopCloser(strings.NewReader("No plugin specified. Form of URL should be /<pluginid>/*"))}
	}
	newURL.RawQuery = request.URL.Query().Encode()
	request.URL = newURL

	pr, pw := io.Pipe()
	w := newPipeResponseWriter(pw)
	go func() {
		defer w.close()
		hooks, err := a.Env.Env.Env.HooksForPlugin(dest)
		if err != nil {
			http.NotFound(w, request)
			return
		}
		request.Header.Set("Mattermost-Plugin-ID", a.Source)
		hooks.ServeHTTP(&plugin.Context{RequestId: model.NewId(), UserAgent: request.UserAgent()}, w, request)
	}()
	<-w.ready
	w.mu.Lock()
	status := w.status
	header := w.header.Clone()
	w.mu.Unlock()
	if status == 0 {
		status = http.StatusOK
	}
	cl := int64(-1)
	if v := header.Get("Content-Length"); v != "" {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			cl = n
		}
	}
	return &http.Response{
		Status: fmt.Sprintf("%03d %s", status, http.StatusText(status)), StatusCode: status,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: header, Body: pr, ContentLength: cl,
	}
}

type pipeResponseWriter struct {
	mu        sync.Mutex
	header    http.Header
	status    int
	pw        *io.PipeWriter
	ready     chan struct{}
	readyOnce sync.Once
}

func newPipeResponseWriter(pw *io.PipeWriter) *pipeResponseWriter {
	return &pipeResponseWriter{header: http.Header{}, pw: pw, ready: make(chan struct{})}
}

func (w *pipeResponseWriter) markReady() { w.readyOnce.Do(func() { close(w.ready) }) }

func (w *pipeResponseWriter) Header() http.Header { return w.header }

func (w *pipeResponseWriter) WriteHeader(code int) {
	w.mu.Lock()
	if w.status == 0 {
		w.status = code
	}
	w.mu.Unlock()
	w.markReady()
}

func (w *pipeResponseWriter) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.pw.Write(b)
}

func (w *pipeResponseWriter) Flush() { w.markReady() }

func (w *pipeResponseWriter) close() {
	w.markReady()
	_ = w.pw.Close()
}

// --- gates ---

// Gates are named one-shot latches the test opens; a plugin waits on one with
// KVGet("gate:<name>").
type Gates struct {
	mu sync.Mutex
	m  map[string]chan struct{}
}

func NewGates() *Gates { return &Gates{m: map[string]chan struct{}{}} }

func (g *Gates) ch(name string) chan struct{} {
	g.mu.Lock()
	defer g.mu.Unlock()
	c, ok := g.m[name]
	if !ok {
		c = make(chan struct{})
		g.m[name] = c
	}
	return c
}

// Open releases every present and future waiter of name.
func (g *Gates) Open(name string) {
	c := g.ch(name)
	g.mu.Lock()
	defer g.mu.Unlock()
	select {
	case <-c:
	default:
		close(c)
	}
}

// Wait blocks until name is opened (true) or the timeout passes (false).
func (g *Gates) Wait(name string, timeout time.Duration) bool {
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-g.ch(name):
		return true
	case <-t.C:
		return false
	}
}

// --- memory of processes ---

// Mem is a process's resident set size now and its high-water mark, in KiB
// (/proc/<pid>/status VmRSS, VmHWM).
type Mem struct {
	RSSKiB int64
	HWMKiB int64
}

// ReadMem reads /proc/<pid>/status.
func ReadMem(pid int) (Mem, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return Mem{}, err
	}
	var m Mem
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			m.RSSKiB = v
		case "VmHWM:":
			m.HWMKiB = v
		}
	}
	return m, nil
}

// ResetPeak resets the process's VmHWM to its current RSS (/proc/<pid>/clear_refs "5").
// It returns an error where the kernel or permissions do not allow it.
func ResetPeak(pid int) error {
	return os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0)
}

// PeakSampler samples a process's RSS every interval until Stop, keeping the maximum (a
// fallback where ResetPeak is not allowed, and a cross-check of VmHWM).
type PeakSampler struct {
	pid  int
	stop chan struct{}
	done chan struct{}
	max  int64
}

func StartPeakSampler(pid int, interval time.Duration) *PeakSampler {
	s := &PeakSampler{pid: pid, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			if m, err := ReadMem(pid); err == nil && m.RSSKiB > s.max {
				s.max = m.RSSKiB
			}
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// Stop ends sampling and returns the largest RSS seen, in KiB.
func (s *PeakSampler) Stop() int64 {
	close(s.stop)
	<-s.done
	return s.max
}
