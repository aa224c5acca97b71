package harness

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Sidecar is the conformance TS plugin served by a running `mm-bridge serve` (the sidecar):
// the bundle's executable is the bash stub from stub/mm-bridge-stub.sh, which attaches to it.
const Sidecar Kind = "sidecar"

// SidecarProc is one `mm-bridge serve` process started by a test.
type SidecarProc struct {
	Cmd    *exec.Cmd
	Addr   string // attach address host:port
	Secret string

	mu     sync.Mutex
	stderr strings.Builder
	exited chan struct{}
}

// StartSidecar runs `node dist/src/cli/main.js serve` on 127.0.0.1 with a random attach
// secret, plus extra environment, and waits for its attach listener.
func StartSidecar(extraEnv ...string) (*SidecarProc, error) {
	return StartSidecarCommand([]string{"serve"}, extraEnv...)
}

// StartSidecarCommand is StartSidecar for another command line: args[0] is the command ("serve",
// "dev"), the rest its arguments (e.g. DIR, or "--log-level", "info" instead of debug).
func StartSidecarCommand(args []string, extraEnv ...string) (*SidecarProc, error) {
	repo, err := RepoRoot()
	if err != nil {
		return nil, err
	}
	if err := CheckBridgeBuilt(repo); err != nil {
		return nil, err
	}
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	s := &SidecarProc{Secret: hex.EncodeToString(b), exited: make(chan struct{})}
	// Defaults first: a --log-level (or other flag) in args wins, the last value counts.
	argv := []string{BridgeMain(repo), args[0], "--listen", "127.0.0.1:0", "--admin", "off", "--log-level", "debug"}
	cmd := exec.Command("node", append(argv, args[1:]...)...)
	cmd.Env = append(os.Environ(), append([]string{"MM_BRIDGE_ATTACH_SECRET=" + s.Secret}, extraEnv...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	pipe, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s.Cmd = cmd
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			s.mu.Lock()
			if s.stderr.Len() < 4<<20 {
				s.stderr.WriteString(line + "\n")
			}
			s.mu.Unlock()
			var entry struct {
				Message string `json:"@message"`
				Attach  string `json:"attach"`
			}
			if json.Unmarshal([]byte(line), &entry) == nil && entry.Attach != "" {
				select {
				case ready <- entry.Attach:
				default:
				}
			}
		}
		_, _ = io.Copy(io.Discard, pipe)
		_ = cmd.Wait()
		close(s.exited)
	}()
	select {
	case s.Addr = <-ready:
		return s, nil
	case <-s.exited:
		return nil, fmt.Errorf("mm-bridge serve exited before listening:\n%s", s.Log())
	case <-time.After(15 * time.Second):
		s.Kill()
		return nil, fmt.Errorf("mm-bridge serve did not listen within 15s:\n%s", s.Log())
	}
}

// Env returns the variables the Mattermost server's environment needs for stubs to attach.
func (s *SidecarProc) Env() []string {
	return []string{"MM_BRIDGE_SIDECAR=" + s.Addr, "MM_BRIDGE_ATTACH_SECRET=" + s.Secret}
}

// Log is what the sidecar wrote to stderr so far.
func (s *SidecarProc) Log() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stderr.String()
}

// Tail is the last n lines of the sidecar's stderr.
func (s *SidecarProc) Tail(n int) string {
	lines := strings.Split(strings.TrimRight(s.Log(), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// Exited is closed when the sidecar process has exited.
func (s *SidecarProc) Exited() <-chan struct{} { return s.exited }

// Kill sends SIGKILL to the sidecar's process group and waits for it.
func (s *SidecarProc) Kill() {
	if s.Cmd.Process != nil {
		_ = syscall.Kill(-s.Cmd.Process.Pid, syscall.SIGKILL)
	}
	<-s.exited
}

// Stop sends SIGTERM (clean deactivation of every plugin) and waits up to timeout.
func (s *SidecarProc) Stop(timeout time.Duration) error {
	_ = s.Cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
		return nil
	case <-time.After(timeout):
		s.Kill()
		return errors.New("mm-bridge serve did not exit after SIGTERM")
	}
}

var (
	sharedSidecarOnce sync.Once
	sharedSidecar     *SidecarProc
	sharedSidecarErr  error
)

// SharedSidecar is one sidecar for every Sidecar-kind Env of this test binary
// (StopSharedSidecar from TestMain ends it).
func SharedSidecar() (*SidecarProc, error) {
	sharedSidecarOnce.Do(func() { sharedSidecar, sharedSidecarErr = StartSidecar() })
	return sharedSidecar, sharedSidecarErr
}

// StopSharedSidecar stops the shared sidecar, if one was started.
func StopSharedSidecar() {
	if sharedSidecar != nil {
		_ = sharedSidecar.Stop(10 * time.Second)
	}
}

// StubScript is the stub executable for plugin id, as `mm-bridge pack` writes it.
func StubScript(repo, id string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(repo, "stub", "mm-bridge-stub.sh"))
	if err != nil {
		return nil, err
	}
	return []byte(strings.ReplaceAll(string(b), "@PLUGIN_ID@", id)), nil
}

// WriteSidecarPlugin lays out the conformance TS plugin with the stub as its server executable
// (launched with the sidecar's address and secret in its environment), as `mm-bridge pack` does.
func WriteSidecarPlugin(pluginDir, repo string, s *SidecarProc, id string) (string, error) {
	return writeStubBundle(pluginDir, repo, s, id, map[string]any{"command": []string{"node", TSPluginJS(repo)}})
}

// RemoteHookTimeout is the hook_timeout_ms of WriteRemotePlugin's bundle: how long a hook waits for
// a lost remote plugin to come back.
const RemoteHookTimeout = 3 * time.Second

// WriteRemotePlugin lays out a stub bundle of a remote plugin (props.bridge.remote): the sidecar
// starts nothing, the plugin registers itself (StartRemotePlugin).
func WriteRemotePlugin(pluginDir, repo string, s *SidecarProc, id string) (string, error) {
	return writeStubBundle(pluginDir, repo, s, id, map[string]any{"remote": true, "start_timeout_ms": 20000, "hook_timeout_ms": RemoteHookTimeout.Milliseconds()})
}

func writeStubBundle(pluginDir, repo string, s *SidecarProc, id string, bridge map[string]any) (string, error) {
	m := Manifest{
		ID:      id,
		Name:    "Bridge conformance (sidecar)",
		Version: "0.1.0",
		Server:  ManifestServer{Executable: "server/launch.sh"},
		Props:   map[string]any{"bridge": bridge},
	}
	stub, err := StubScript(repo, id)
	if err != nil {
		return "", err
	}
	launch := "#!/bin/sh\nexport " + strings.Join(s.Env(), " ") + "\nexec \"$(dirname \"$0\")/dist/plugin-linux-amd64\"\n"
	return writeBundle(pluginDir, m, launch, func(serverDir string) error {
		if err := os.MkdirAll(filepath.Join(serverDir, "dist"), 0o755); err != nil {
			return err
		}
		p := filepath.Join(serverDir, "dist", "plugin-linux-amd64")
		if err := os.WriteFile(p, stub, 0o755); err != nil {
			return err
		}
		return os.Chmod(p, 0o755)
	})
}
