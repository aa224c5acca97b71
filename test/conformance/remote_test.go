package conformance_test

// Remote plugins (issue #7): the language plugin runs in its own process (its own container in
// production) and registers with the sidecar using its token; the bundle the server loads holds
// only the stub and props.bridge.remote. The real loader activates it as any plugin.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

const remoteToken = "remote-token-for-the-conformance-plugin"

// remoteSidecar starts a sidecar that accepts registrations of id with remoteToken.
func remoteSidecar(t *testing.T, id string) *harness.SidecarProc {
	t.Helper()
	file := filepath.Join(t.TempDir(), "remote-tokens.json")
	data, _ := json.Marshal(map[string]string{id: remoteToken})
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return startSidecar(t, "MM_BRIDGE_REMOTE_TOKENS_FILE="+file)
}

func startRemote(t *testing.T, s *harness.SidecarProc, id, token string) *harness.RemotePlugin {
	t.Helper()
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	r, err := harness.StartRemotePlugin(repo, s.Addr, id, token)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Stop(5 * time.Second) })
	return r
}

func activations(e *harness.Env) int { return len(e.API.CallsTo("RegisterCommand")) }

func TestSidecarRemotePlugin(t *testing.T) {
	const id = "com.bridge.remote"
	s := remoteSidecar(t, id)
	// Registered before the server starts the plugin: the registration waits in the sidecar.
	first := startRemote(t, s, id, remoteToken)
	if !first.WaitLog("registered with the sidecar", 15*time.Second) {
		t.Fatalf("the remote plugin did not register\n%s\nsidecar log:\n%s", first.Log(), s.Tail(20))
	}
	e := stubPlugin(t, s, id, harness.WriteRemotePlugin)
	rewrites(t, e)
	if n := activations(e); n != 1 {
		t.Fatalf("OnActivate ran %d times, want 1 (it registers the command)\n%s", n, e.API.Dump())
	}
	if p, ok := languagePlugin(id); ok && p.PPID == s.Cmd.Process.Pid {
		t.Fatal("the sidecar started a language plugin for a remote plugin")
	}

	t.Run("a wrong token is refused and disturbs nothing", func(t *testing.T) {
		bad := startRemote(t, s, id, "not-the-remote-token-of-this-plugin")
		if !bad.WaitLog("wrong remote token", 15*time.Second) {
			t.Fatalf("no refusal in the impostor's log:\n%s\nsidecar log:\n%s", bad.Log(), s.Tail(20))
		}
		bad.Stop(5 * time.Second)
		rewrites(t, e)
	})

	top := t // the replacement must outlive its subtest
	t.Run("a lost plugin is waited for and reactivated when it registers again", func(t *testing.T) {
		first.Kill()
		// While it is away, a hook waits for it no longer than the hook timeout, then fails as a
		// dead Go plugin's hook does (the server keeps the post as it was).
		var p *model.Post
		if werr := harness.WithTimeout(harness.RemoteHookTimeout+10*time.Second, func() {
			p, _ = hooks(t, e).MessageWillBePosted(hookCtx(), harness.TypicalPost())
		}); werr != nil {
			t.Fatalf("a hook waited more than hook_timeout_ms (%v) + 10 s for a lost remote plugin", harness.RemoteHookTimeout)
		}
		if p != nil && p.Props["bridged"] == true {
			t.Fatal("a post was rewritten by a remote plugin that was killed")
		}
		second := startRemote(top, s, id, remoteToken)
		var lastErr string
		if !harness.PollUntil(20*time.Second, func() bool {
			p, r := hooks(t, e).MessageWillBePosted(hookCtx(), harness.TypicalPost())
			lastErr = r
			return p != nil && p.Props["bridged"] == true
		}) {
			t.Fatalf("hooks do not reach the re-registered plugin: %q\n%s\nsidecar log:\n%s", lastErr, second.Log(), s.Tail(30))
		}
		if !harness.PollUntil(10*time.Second, func() bool { return activations(e) == 2 }) {
			t.Fatalf("OnActivate was not replayed on the new registration (%d activations)", activations(e))
		}
		if err := e.Env.PerformHealthCheck(e.ID); err != nil {
			t.Errorf("PerformHealthCheck after a remote plugin came back: %v", err)
		}
		first = second
	})

	t.Run("deactivation detaches; the next activation attaches the same process", func(t *testing.T) {
		if werr := harness.WithTimeout(harness.ShutdownTimeout, func() { e.Env.Deactivate(e.ID) }); werr != nil {
			t.Fatal(werr)
		}
		if !first.WaitLog("detached", 10*time.Second) {
			t.Fatalf("the remote plugin was not told it was detached:\n%s", first.Log())
		}
		var err error
		if werr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, err = e.Activate() }); werr != nil || err != nil {
			t.Fatalf("activate again: %v %v\nsidecar log:\n%s", werr, err, s.Tail(30))
		}
		rewrites(t, e)
		if strings.Count(first.Log(), "registered with the sidecar") != 1 {
			t.Errorf("the remote plugin registered again instead of staying connected:\n%s", first.Log())
		}
	})
	// Shut the server down while the remote plugin still runs (its cleanup stops it first otherwise,
	// and OnDeactivate would wait for it to come back).
	_ = harness.WithTimeout(harness.ShutdownTimeout, func() { e.Env.Shutdown() })
}

// The Python SDK's remote mode through the real loader: examples/hello-remote (a bundle with only
// the stub and props.bridge.remote, as `mm-bridge pack` makes it) served by examples/hello-python's
// code running on its own, as in its own container.
func TestSidecarRemotePythonExample(t *testing.T) {
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	py, err := harness.SDKPython(repo)
	if err != nil {
		t.Skipf("the Python SDK's venv cannot be set up (sdk/python/scripts/venv.sh failed), skipping:\n%v", err)
	}
	const id = "com.example.hello-remote"
	s := remoteSidecar(t, id)
	t.Setenv("MM_BRIDGE_SIDECAR", s.Addr) // the server's environment reaches the stub
	t.Setenv("MM_BRIDGE_ATTACH_SECRET", s.Secret)
	tmp := t.TempDir()
	bundle := filepath.Join(tmp, "hello-remote.tar.gz")
	if err := harness.PackExample(repo, "hello-remote", bundle); err != nil {
		t.Fatal(err)
	}
	r, err := harness.StartRemote([]string{py, filepath.Join(harness.ExampleDir(repo, "hello-python"), "server", "plugin.py")}, s.Addr, id, remoteToken)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Stop(5 * time.Second) })

	api := harness.NewExampleAPI()
	e, err := harness.NewExampleEnv(bundle, harness.Config{Logger: mlog.CreateConsoleTestLogger(t), Root: filepath.Join(tmp, "server")}, api)
	if err != nil {
		t.Fatal(err)
	}
	shutdownAtCleanup(t, e, "") // before the remote plugin stops (cleanups run last first)
	alice := &model.User{Id: model.NewId(), Username: "alice"}
	api.AddUser(alice)
	var actErr error
	if werr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, actErr = e.Activate() }); werr != nil || actErr != nil {
		t.Fatalf("activate: %v %v\n%s\nremote plugin:\n%s\nsidecar log:\n%s", werr, actErr, e.Diagnostics(), r.Log(), s.Tail(30))
	}
	if n := len(api.CallsTo("RegisterCommand")); n != 1 {
		t.Fatalf("OnActivate's RegisterCommand calls: %d, want 1\n%s", n, api.Dump())
	}
	var resp *model.CommandResponse
	var appErr *model.AppError
	call(t, e, "ExecuteCommand", func() {
		resp, appErr = hooks(t, e).ExecuteCommand(&plugin.Context{}, &model.CommandArgs{UserId: alice.Id, ChannelId: model.NewId(), TeamId: model.NewId(), Command: "/hello"})
	})
	if want := "Hello, @alice! (1 calls so far)"; appErr != nil || resp == nil || resp.Text != want {
		t.Fatalf("/hello = %+v, %v; want %q\nremote plugin:\n%s", resp, appErr, want, r.Log())
	}
	if v, ok := api.KV(helloCountKey); !ok || string(v) != "1" {
		t.Errorf("KV %q = %q (set %v), want 1", helloCountKey, v, ok)
	}
}
