package conformance_test

// Sidecar mode (issue #7): bundles whose server executable is the bash stub attach to one
// running `mm-bridge serve`; the real plugin.NewEnvironment loader starts them as it starts
// any plugin. These tests cover what only the sidecar has: several plugins in one process,
// coupled lifetimes of stub, sidecar and language plugin, and the refusals of the attach path.

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/emptypb"

	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

func startSidecar(t *testing.T, extraEnv ...string) *harness.SidecarProc {
	t.Helper()
	s, err := harness.StartSidecar(extraEnv...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Stop(10 * time.Second); err != nil {
			t.Errorf("%v\nsidecar log:\n%s", err, tail(s.Log(), 40))
		}
	})
	return s
}

// sidecarPlugin lays out the conformance TS plugin under id, attached to s, and activates it.
func sidecarPlugin(t *testing.T, s *harness.SidecarProc, id string) *harness.Env {
	t.Helper()
	return stubPlugin(t, s, id, harness.WriteSidecarPlugin)
}

// stubPlugin lays out a stub bundle written by write under id and activates it.
func stubPlugin(t *testing.T, s *harness.SidecarProc, id string,
	write func(pluginDir, repo string, s *harness.SidecarProc, id string) (string, error)) *harness.Env {
	t.Helper()
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	e, err := harness.NewWithLayout(harness.Sidecar, harness.Config{Logger: mlog.CreateConsoleTestLogger(t), Root: t.TempDir()},
		func(dir string) (string, error) { return write(dir, repo, s, id) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = harness.WithTimeout(harness.ShutdownTimeout, func() { e.Env.Shutdown() })
		_ = e.KillLeftovers()
	})
	var actErr error
	if werr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, actErr = e.Activate() }); werr != nil || actErr != nil {
		t.Fatalf("activate %s: %v %v\n%s\nsidecar log:\n%s", id, werr, actErr, e.Diagnostics(), tail(s.Log(), 30))
	}
	return e
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// rewrites checks that the plugin answers MessageWillBePosted as the conformance plugin does.
func rewrites(t *testing.T, e *harness.Env) {
	t.Helper()
	var reason string
	var ok bool
	call(t, e, "MessageWillBePosted", func() {
		p, r := hooks(t, e).MessageWillBePosted(hookCtx(), harness.TypicalPost())
		reason, ok = r, p != nil && p.Props["bridged"] == true
	})
	if !ok || reason != "" {
		t.Fatalf("[%s] MessageWillBePosted through the sidecar: rewritten=%v reason=%q\n%s", e.ID, ok, reason, e.Diagnostics())
	}
}

// languagePlugin finds the running TS plugin process started for plugin id.
func languagePlugin(id string) (harness.Proc, bool) {
	for _, p := range harness.AllProcs() {
		if strings.Contains(p.Cmdline, harness.TSPluginMarker) && harness.EnvironToken(p.PID, "MM_BRIDGE_PLUGIN_ID") == id {
			return p, true
		}
	}
	return harness.Proc{}, false
}

func stubProcess(e *harness.Env) (harness.Proc, bool) {
	for _, p := range harness.GlobalMatches(filepath.Join(e.BundleDir, "server", "dist", "plugin-linux-amd64")) {
		return p, true
	}
	return harness.Proc{}, false
}

func TestSidecarTwoPlugins(t *testing.T) {
	s := startSidecar(t)
	one := sidecarPlugin(t, s, "com.bridge.sidecar-one")
	two := sidecarPlugin(t, s, "com.bridge.sidecar-two")
	rewrites(t, one)
	rewrites(t, two)

	p1, ok1 := languagePlugin(one.ID)
	p2, ok2 := languagePlugin(two.ID)
	if !ok1 || !ok2 || p1.PID == p2.PID {
		t.Fatalf("want one language plugin process per plugin, got %v %v", p1, p2)
	}
	if p1.PPID != s.Cmd.Process.Pid || p2.PPID != s.Cmd.Process.Pid {
		t.Errorf("language plugins should be children of the sidecar (pid %d): %v, %v", s.Cmd.Process.Pid, p1, p2)
	}

	if harness.EnvironToken(p1.PID, "MM_BRIDGE_ATTACH_SECRET") != "" {
		t.Errorf("a language plugin inherited the sidecar's attach secret")
	}

	t.Run("a PluginAPI call with another plugin's token is refused", func(t *testing.T) {
		target := harness.EnvironToken(p1.PID, "MM_BRIDGE_API_TARGET")
		own := harness.EnvironToken(p1.PID, "MM_BRIDGE_TOKEN")
		other := harness.EnvironToken(p2.PID, "MM_BRIDGE_TOKEN")
		if target == "" || own == "" || other == "" || own == other {
			t.Fatalf("cannot read the plugins' API target and tokens (target=%q, tokens distinct=%v)", target, own != other)
		}
		conn, err := grpc.NewClient(target, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		invoke := func(token string) error {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			ctx = metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+token)
			return conn.Invoke(ctx, "/mattermost.bridge.v1.PluginAPI/GetServerVersion", &emptypb.Empty{}, &emptypb.Empty{})
		}
		if err := invoke(own); err != nil {
			t.Fatalf("GetServerVersion with the plugin's own token: %v", err)
		}
		err = invoke(other)
		if status.Code(err) != codes.Unauthenticated {
			t.Fatalf("GetServerVersion with another plugin's token: got %v, want Unauthenticated", err)
		}
		rewrites(t, one) // nothing else disturbed
		rewrites(t, two)
	})
}

func TestSidecarStubKilledFreesThePlugin(t *testing.T) {
	s := startSidecar(t)
	e := sidecarPlugin(t, s, "com.bridge.sidecar-stubkill")
	lp, ok := languagePlugin(e.ID)
	stub, ok2 := stubProcess(e)
	if !ok || !ok2 {
		t.Fatalf("language plugin found=%v, stub found=%v", ok, ok2)
	}
	if err := syscall.Kill(stub.PID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if left := harness.WaitGone([]harness.Proc{lp}, 10*time.Second); len(left) > 0 {
		t.Fatalf("the language plugin outlived its killed stub:\n%s\nsidecar log:\n%s", harness.FormatProcs(left), tail(s.Log(), 20))
	}
	if !strings.Contains(s.Log(), "the stub exited") {
		t.Errorf("sidecar log does not say why the plugin was detached:\n%s", tail(s.Log(), 20))
	}
	// The server's health check sees the dead plugin, and a restart attaches again.
	if !harness.PollUntil(10*time.Second, func() bool { return e.Env.PerformHealthCheck(e.ID) != nil }) {
		t.Errorf("PerformHealthCheck keeps passing after the stub died")
	}
	if err := e.Env.RestartPlugin(e.ID); err != nil {
		t.Fatalf("RestartPlugin: %v\n%s", err, tail(s.Log(), 20))
	}
	rewrites(t, e)
}

func TestSidecarRestartsACrashedLanguagePlugin(t *testing.T) {
	s := startSidecar(t)
	e := sidecarPlugin(t, s, "com.bridge.sidecar-crash")
	first, ok := languagePlugin(e.ID)
	if !ok {
		t.Fatal("no language plugin process")
	}
	if err := syscall.Kill(first.PID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	var again harness.Proc
	if !harness.PollUntil(15*time.Second, func() bool {
		p, ok := languagePlugin(e.ID)
		again = p
		return ok && p.PID != first.PID
	}) {
		t.Fatalf("the sidecar did not restart the language plugin\n%s", tail(s.Log(), 20))
	}
	var lastErr string
	if !harness.PollUntil(15*time.Second, func() bool {
		p, r := hooks(t, e).MessageWillBePosted(hookCtx(), harness.TypicalPost())
		lastErr = r
		return p != nil && p.Props["bridged"] == true
	}) {
		t.Fatalf("hooks do not reach the restarted plugin (pid %d): %q\n%s", again.PID, lastErr, tail(s.Log(), 20))
	}
	if err := e.Env.PerformHealthCheck(e.ID); err != nil {
		t.Errorf("PerformHealthCheck after a language plugin restart: %v", err)
	}
}

func TestSidecarKilledStubExits(t *testing.T) {
	s, err := harness.StartSidecar()
	if err != nil {
		t.Fatal(err)
	}
	e := sidecarPlugin(t, s, "com.bridge.sidecar-sidecarkill")
	stub, ok := stubProcess(e)
	if !ok {
		t.Fatal("no stub process")
	}
	s.Kill()
	if left := harness.WaitGone([]harness.Proc{stub}, 10*time.Second); len(left) > 0 {
		t.Fatalf("the stub outlived the sidecar:\n%s", harness.FormatProcs(left))
	}
	if !harness.PollUntil(10*time.Second, func() bool { return e.Env.PerformHealthCheck(e.ID) != nil }) {
		t.Fatal("PerformHealthCheck keeps passing after the sidecar was killed")
	}
}

// attach speaks the stub's side of the attach protocol and returns the connection and the reply.
func attach(t *testing.T, addr, secret, id, bundle string, raw ...string) (net.Conn, string) {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	req := fmt.Sprintf("MM-BRIDGE-ATTACH 1\nsecret: %s\nplugin-id: %s\nbundle: %s\nprotocol-versions: 1\n\n", secret, id, bundle)
	if len(raw) > 0 {
		req = raw[0]
	}
	if _, err := c.Write([]byte(req)); err != nil {
		t.Fatal(err)
	}
	_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		t.Fatalf("no reply to the attach: %v", err)
	}
	_ = c.SetReadDeadline(time.Time{})
	return c, strings.TrimSpace(line)
}

// accepted reports whether a connection stays open (the one-time listener took it) rather
// than being closed at once.
func accepted(c net.Conn) bool {
	_ = c.SetReadDeadline(time.Now().Add(500 * time.Millisecond))
	_, err := c.Read(make([]byte, 1))
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}

func TestSidecarRefuses(t *testing.T) {
	s := startSidecar(t)
	good := sidecarPlugin(t, s, "com.bridge.sidecar-bystander")
	repo, _ := harness.RepoRoot()
	dir := t.TempDir()
	id, err := harness.WriteSidecarPlugin(dir, repo, s, "com.bridge.sidecar-attacher")
	if err != nil {
		t.Fatal(err)
	}
	bundle := filepath.Join(dir, id)

	t.Run("wrong secret", func(t *testing.T) {
		c, reply := attach(t, s.Addr, "not-the-secret-at-all", id, bundle)
		defer c.Close()
		if !strings.HasPrefix(reply, "ERR wrong attach secret") {
			t.Fatalf("reply %q, want ERR wrong attach secret …", reply)
		}
	})
	t.Run("not the attach protocol", func(t *testing.T) {
		c, reply := attach(t, s.Addr, "", "", "", "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
		defer c.Close()
		if !strings.HasPrefix(reply, "ERR not an mm-bridge attach request") {
			t.Fatalf("reply %q", reply)
		}
	})
	t.Run("unknown bundle", func(t *testing.T) {
		c, reply := attach(t, s.Addr, s.Secret, "com.bridge.nowhere", filepath.Join(dir, "nowhere"))
		defer c.Close()
		if !strings.HasPrefix(reply, "ERR ") || !strings.Contains(reply, "nowhere") {
			t.Fatalf("reply %q, want an ERR naming the bundle", reply)
		}
	})
	t.Run("one-time listener: other address, then one connection only", func(t *testing.T) {
		c, reply := attach(t, s.Addr, s.Secret, id, bundle)
		defer c.Close()
		hs, ok := strings.CutPrefix(reply, "OK ")
		parts := strings.Split(hs, "|")
		if !ok || len(parts) < 5 || parts[2] != "tcp" || parts[4] != "netrpc" {
			t.Fatalf("reply %q, want OK 1|1|tcp|host:port|netrpc|", reply)
		}
		target := parts[3]
		other := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 2)}, Timeout: 5 * time.Second}
		if oc, err := other.Dial("tcp", target); err == nil {
			if accepted(oc) {
				t.Errorf("a connection from 127.0.0.2 was accepted; only the attaching peer (127.0.0.1) may connect")
			}
			oc.Close()
		}
		first, err := net.DialTimeout("tcp", target, 5*time.Second)
		if err != nil {
			t.Fatalf("the attaching peer cannot connect after a refused stranger: %v", err)
		}
		defer first.Close()
		if !accepted(first) {
			t.Fatal("the first connection from the attaching peer was not accepted")
		}
		if second, err := net.DialTimeout("tcp", target, 2*time.Second); err == nil {
			if accepted(second) {
				t.Errorf("a second connection to the one-time listener was accepted")
			}
			second.Close()
		}
		if !strings.Contains(s.Log(), "refused a connection to a one-time listener") {
			t.Errorf("the refusal is not logged:\n%s", tail(s.Log(), 20))
		}
	})
	rewrites(t, good) // nothing else disturbed
	if _, err := os.Stat(bundle); err != nil {
		t.Fatal(err)
	}
}

// mm-bridge dev: the plugin is served from a working directory; a file change restarts the
// language plugin, OnActivate is replayed, and the server's connection stays.
func TestSidecarDevReloadsOnChange(t *testing.T) {
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	const id = "com.bridge.sidecar-dev"
	work := t.TempDir() // the author's working copy
	if _, err := harness.WriteSidecarPlugin(work, repo, &harness.SidecarProc{}, id); err != nil {
		t.Fatal(err)
	}
	workDir := filepath.Join(work, id)
	s, err := harness.StartSidecarCommand([]string{"dev", workDir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(10 * time.Second) })
	e := sidecarPlugin(t, s, id)
	if !strings.Contains(s.Log(), workDir) {
		t.Errorf("the dev sidecar does not serve the working copy %s:\n%s", workDir, tail(s.Log(), 20))
	}
	first, ok := languagePlugin(id)
	if !ok {
		t.Fatal("no language plugin process")
	}
	e.API.Reset()
	if err := os.WriteFile(filepath.Join(workDir, "server", "changed.txt"), []byte("edit"), 0o644); err != nil {
		t.Fatal(err)
	}
	var again harness.Proc
	if !harness.PollUntil(15*time.Second, func() bool {
		p, ok := languagePlugin(id)
		again = p
		return ok && p.PID != first.PID
	}) {
		t.Fatalf("a file change did not restart the language plugin\n%s", tail(s.Log(), 20))
	}
	if !harness.PollUntil(10*time.Second, func() bool { return len(e.API.Calls()) > 0 }) {
		t.Errorf("OnActivate was not replayed on the restarted plugin (pid %d): no API calls", again.PID)
	}
	rewrites(t, e)
	if err := e.Env.PerformHealthCheck(e.ID); err != nil {
		t.Errorf("PerformHealthCheck after a dev reload: %v", err)
	}
}

// SIGTERM to the sidecar deactivates every plugin cleanly: OnDeactivate runs (its API call
// reaches the server), the language plugin and the stub exit.
func TestSidecarSIGTERMDeactivatesPlugins(t *testing.T) {
	s, err := harness.StartSidecar()
	if err != nil {
		t.Fatal(err)
	}
	e := sidecarPlugin(t, s, "com.bridge.sidecar-sigterm")
	lp, ok := languagePlugin(e.ID)
	stub, ok2 := stubProcess(e)
	if !ok || !ok2 {
		t.Fatalf("language plugin found=%v, stub found=%v", ok, ok2)
	}
	e.API.Reset()
	if err := s.Stop(15 * time.Second); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range e.API.CallsTo("LogInfo") {
		if strings.Contains(fmt.Sprint(c.Args...), deactivatingMsg) {
			found = true
		}
	}
	if !found {
		t.Errorf("OnDeactivate did not run before the sidecar exited; API calls:\n%s", e.API.Dump())
	}
	if left := harness.WaitGone([]harness.Proc{lp, stub}, 10*time.Second); len(left) > 0 {
		t.Fatalf("processes outlived the sidecar's SIGTERM:\n%s", harness.FormatProcs(left))
	}
}
