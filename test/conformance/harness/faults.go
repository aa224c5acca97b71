package harness

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Fault injection and process inspection for faults_test.go and soak_test.go.

// SetBridgeProps merges props into props.bridge of the plugin's plugin.json
// (hook_timeout_ms, restart, env, …). Only the bridged kind reads them; for the
// native kind the manifest is left alone. Call before Activate.
func (e *Env) SetBridgeProps(props map[string]any) error {
	return SetBridgeProps(e.BundleDir, props)
}

// SetBridgeProps merges props into props.bridge of bundleDir/plugin.json when
// the manifest has a props.bridge (a bridged bundle); otherwise it does nothing.
func SetBridgeProps(bundleDir string, props map[string]any) error {
	file := filepath.Join(bundleDir, "plugin.json")
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	p, _ := m["props"].(map[string]any)
	b, _ := p["bridge"].(map[string]any)
	if b == nil {
		return nil
	}
	for k, v := range props {
		b[k] = v
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, append(out, '\n'), 0o644)
}

// AddPeer lays out a second plugin of the same kind in the same plugin
// directory, under id (a copy of the conformance bundle with another manifest
// id), so one Environment runs two plugins. Its bundle dir starts with
// e.BundleDir, so the leak check covers its processes too. Activate it with
// e.Env.Activate(id).
func (e *Env) AddPeer(id string) error {
	if !strings.HasPrefix(id, e.ID) {
		return fmt.Errorf("AddPeer(%q): the id must start with %q (the leak check finds processes by the bundle dir)", id, e.ID)
	}
	dst := filepath.Join(e.PluginDir, id)
	if err := os.MkdirAll(filepath.Join(dst, "server"), 0o755); err != nil {
		return err
	}
	launch, err := os.ReadFile(filepath.Join(e.BundleDir, "server", "launch.sh"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dst, "server", "launch.sh"), launch, 0o755); err != nil {
		return err
	}
	if err := os.Chmod(filepath.Join(dst, "server", "launch.sh"), 0o755); err != nil {
		return err
	}
	if e.Kind == Native {
		bin, err := GoPluginBinary()
		if err != nil {
			return err
		}
		if err := os.Symlink(bin, filepath.Join(dst, "server", "conformance-goplugin")); err != nil {
			return err
		}
	}
	data, err := os.ReadFile(filepath.Join(e.BundleDir, "plugin.json"))
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	m["id"] = id
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dst, "plugin.json"), append(out, '\n'), 0o644)
}

// Rerecord records the plugin process tree again (after a restart replaced processes).
func (e *Env) Rerecord() {
	tree := PluginProcessTree(e.markers...)
	e.mu.Lock()
	e.recorded = tree
	e.mu.Unlock()
}

// PluginPID returns the pid of the process the Environment started for plugin
// id — the bridge (`node …/dist/src/cli/main.js run`) or the native Go plugin —
// or 0: the live child of this test process whose cmdline names the bundle dir.
func (e *Env) PluginPID(id string) int {
	bundle := filepath.Join(e.PluginDir, id)
	self := os.Getpid()
	for _, p := range AllProcs() {
		if p.PPID == self && p.State != "Z" && bundleArg(p.Cmdline, bundle) {
			return p.PID
		}
	}
	return 0
}

// bundleArg reports whether cmdline names exactly bundle (not a peer whose dir
// has bundle as prefix): the bridge has `--bundle <bundle>/server/..`, the
// native plugin runs `<bundle>/server/conformance-goplugin`.
func bundleArg(cmdline, bundle string) bool {
	return strings.Contains(cmdline, bundle+"/server/") || strings.HasSuffix(cmdline, bundle)
}

// LanguagePID returns the pid of the language plugin process of plugin id (the
// bridge's only child), or 0 (native kind, or not running).
func (e *Env) LanguagePID(id string) int {
	bridge := e.PluginPID(id)
	if bridge == 0 || e.Kind == Native {
		return 0
	}
	for _, p := range AllProcs() {
		if p.PPID == bridge && p.State != "Z" {
			return p.PID
		}
	}
	return 0
}

// WaitLanguagePID waits until plugin id has a language plugin process other
// than old and returns its pid (0 on timeout).
func (e *Env) WaitLanguagePID(id string, old int, timeout time.Duration) int {
	pid := 0
	PollUntil(timeout, func() bool {
		pid = e.LanguagePID(id)
		return pid != 0 && pid != old
	})
	if pid == old {
		return 0
	}
	return pid
}

// Usage is what one process holds: resident memory and open file descriptors.
type Usage struct {
	PID    int
	RSSKiB int64
	FDs    int
}

func (u Usage) String() string {
	return fmt.Sprintf("pid %d: RSS %.1f MiB, %d fds", u.PID, float64(u.RSSKiB)/1024, u.FDs)
}

// ReadUsage reads /proc/<pid>/status (VmRSS) and counts /proc/<pid>/fd.
func ReadUsage(pid int) (Usage, error) {
	m, err := ReadMem(pid)
	if err != nil {
		return Usage{}, err
	}
	fds, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	if err != nil {
		return Usage{}, err
	}
	return Usage{PID: pid, RSSKiB: m.RSSKiB, FDs: len(fds)}, nil
}

// Alive reports whether pid runs (and is not a zombie).
func Alive(pid int) bool {
	p, ok := ReadProc(pid)
	return ok && p.State != "Z"
}

// Token returns the per-activation token the plugin processes inherit
// (TokenEnv), "" before Activate.
func (e *Env) Token() string { return e.token }
