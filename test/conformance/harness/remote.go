package harness

import (
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// RemotePlugin is the conformance TS plugin run as a remote plugin: its own process (its own
// container in production) that registers with a sidecar instead of being started by it.
type RemotePlugin struct {
	Cmd    *exec.Cmd
	mu     sync.Mutex
	log    strings.Builder
	exited chan struct{}
}

// StartRemotePlugin runs the conformance TS plugin as a remote plugin (StartRemote).
func StartRemotePlugin(repo, sidecar, id, token string) (*RemotePlugin, error) {
	if err := CheckBridgeBuilt(repo); err != nil {
		return nil, err
	}
	return StartRemote([]string{"node", TSPluginJS(repo)}, sidecar, id, token)
}

// StartRemote runs argv with MM_BRIDGE_REMOTE=sidecar, the plugin id and token, serving
// PluginHooks on 127.0.0.1.
func StartRemote(argv []string, sidecar, id, token string) (*RemotePlugin, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(),
		"MM_BRIDGE_REMOTE="+sidecar,
		"MM_BRIDGE_PLUGIN_ID="+id,
		"MM_BRIDGE_REMOTE_TOKEN="+token,
		"MM_BRIDGE_HOOKS_LISTEN=127.0.0.1:0",
	)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	r := &RemotePlugin{Cmd: cmd, exited: make(chan struct{})}
	cmd.Stdout = &lockedWriter{r}
	cmd.Stderr = &lockedWriter{r}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	go func() {
		_ = cmd.Wait()
		close(r.exited)
	}()
	return r, nil
}

type lockedWriter struct{ r *RemotePlugin }

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.r.mu.Lock()
	defer w.r.mu.Unlock()
	if w.r.log.Len() < 4<<20 {
		w.r.log.Write(p)
	}
	return len(p), nil
}

// Log is what the remote plugin wrote so far.
func (r *RemotePlugin) Log() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.log.String()
}

// WaitLog waits until the remote plugin's log contains s.
func (r *RemotePlugin) WaitLog(s string, timeout time.Duration) bool {
	return PollUntil(timeout, func() bool { return strings.Contains(r.Log(), s) })
}

// Kill sends SIGKILL and waits for the exit.
func (r *RemotePlugin) Kill() {
	_ = syscall.Kill(-r.Cmd.Process.Pid, syscall.SIGKILL)
	<-r.exited
}

// Stop sends SIGTERM and waits up to timeout, then kills.
func (r *RemotePlugin) Stop(timeout time.Duration) {
	_ = r.Cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.exited:
	case <-time.After(timeout):
		r.Kill()
	}
}
