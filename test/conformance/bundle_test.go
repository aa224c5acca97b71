package conformance_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

const helloNodeID = "com.example.hello-node"

// packHelloNode runs `node dist/src/cli/main.js pack -o <out> examples/hello-node`.
func packHelloNode(t *testing.T, repo, out string) []byte {
	t.Helper()
	cmd := exec.Command("node", harness.BridgeMain(repo), "pack", "-o", out, filepath.Join(repo, "examples", "hello-node"))
	cmd.Dir = repo
	cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("mm-bridge pack: %v\n%s", err, stderr.String())
	}
	if got := strings.TrimSpace(stdout.String()); got != out {
		t.Fatalf("mm-bridge pack printed %q on stdout, want the bundle path %q", got, out)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestBundlePackedHelloNode: a bundle made by `mm-bridge pack` installs the way the server's upload
// installs it (harness.NewFromBundle), the server reads the manifest we wrote, the stub
// executables are there for linux-amd64 and linux-arm64 with their exec bit, and in in-container
// mode (no MM_BRIDGE_SIDECAR, mm-bridge on PATH) the real plugin loader activates the plugin through
// the stub, hooks reach it, and it deactivates without leaving a process behind.
func TestBundlePackedHelloNode(t *testing.T) {
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(harness.BridgeMain(repo)); err != nil {
		t.Fatalf("%s not found — run `npm run build` first", harness.BridgeMain(repo))
	}
	tmp := t.TempDir()
	bundle := filepath.Join(tmp, "hello-node.tar.gz")
	data := packHelloNode(t, repo, bundle)
	if again := packHelloNode(t, repo, filepath.Join(tmp, "again.tar.gz")); !bytes.Equal(data, again) {
		t.Fatalf("two packs of the same directory differ (%d and %d bytes)", len(data), len(again))
	}

	// The mm-bridge on the server's PATH: a shim to this checkout's build.
	bin := filepath.Join(tmp, "bin")
	if err := harness.WriteMMBridgeShim(bin, repo); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("MM_BRIDGE_SIDECAR", "") // in-container mode: the stub runs `mm-bridge run`

	// Installed outside this checkout: the bundle finds the SDK and tsx through the bridge that runs
	// it (sdk/node/loader), nothing is borrowed from the repository.
	root := filepath.Join(tmp, "root")

	logger := mlog.CreateConsoleTestLogger(t)
	logs := &mlog.Buffer{}
	if err := mlog.AddWriterTarget(logger, logs, false, mlog.LvlTrace, mlog.LvlDebug, mlog.LvlInfo,
		mlog.LvlWarn, mlog.LvlError, mlog.LvlCritical, mlog.LvlFatal, mlog.LvlPanic, mlog.LvlStdLog); err != nil {
		t.Fatal(err)
	}
	e, err := harness.NewFromBundle(bundle, harness.Config{Logger: logger, Root: root}, nil)
	if err != nil {
		t.Fatalf("installing the packed bundle as the server does: %v", err)
	}
	e.Logs = logs
	shutdownAtCleanup(t, e, "")
	if e.ID != helloNodeID {
		t.Fatalf("installed plugin id %q, want %q", e.ID, helloNodeID)
	}

	// The manifest as the server reads it.
	m, _, err := model.FindManifest(e.BundleDir)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.IsValid(); err != nil {
		t.Fatalf("packed manifest: IsValid: %v", err)
	}
	wantExe := map[string]string{
		"linux-amd64": "server/dist/plugin-linux-amd64",
		"linux-arm64": "server/dist/plugin-linux-arm64",
	}
	if m.Server == nil || m.Server.Executable != "" || len(m.Server.Executables) != 2 {
		t.Fatalf("packed manifest server = %+v, want only executables %v", m.Server, wantExe)
	}
	if m.Version != "0.1.0" || m.MinServerVersion != "9.0.0" || m.Props["bridge"] == nil {
		t.Fatalf("packed manifest lost fields: %+v", m)
	}
	for platform, want := range wantExe {
		goos, goarch, _ := strings.Cut(platform, "-")
		if got := m.GetExecutableForRuntime(goos, goarch); got != want {
			t.Errorf("GetExecutableForRuntime(%s, %s) = %q, want %q", goos, goarch, got, want)
		}
		st, err := os.Stat(filepath.Join(e.BundleDir, want))
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm()&0o111 != 0o111 || st.Mode().Perm()&0o600 != 0o600 {
			t.Errorf("%s extracted with mode %v, want rwx for the owner and x for all (0755 in the archive)", want, st.Mode())
		}
		stub, _ := os.ReadFile(filepath.Join(e.BundleDir, want))
		if !bytes.HasPrefix(stub, []byte("#!/bin/bash")) || !bytes.Contains(stub, []byte("plugin_id='"+helloNodeID+"'")) {
			t.Errorf("%s is not the stub filled in with %s", want, helloNodeID)
		}
	}
	if st, err := os.Stat(filepath.Join(e.BundleDir, "plugin.json")); err != nil || st.Mode().Perm()&0o111 != 0 {
		t.Errorf("plugin.json extracted with mode %v (%v), want no exec bit (0644 in the archive)", st.Mode(), err)
	}

	// Activate through the stub (in-container: `mm-bridge run` from PATH).
	start := time.Now()
	var actErr error
	if werr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, actErr = e.Activate() }); werr != nil {
		t.Fatalf("env.Activate: %v\n%s", werr, e.Diagnostics())
	}
	if actErr != nil {
		t.Fatalf("env.Activate: %v\n%s", actErr, e.Diagnostics())
	}
	if s := e.Env.GetPluginState(e.ID); s != model.PluginStateRunning {
		t.Fatalf("plugin state %s after Activate, want Running\n%s", harness.StateName(s), e.Diagnostics())
	}
	t.Logf("packed hello-node activated through the stub in %v", time.Since(start).Round(time.Millisecond))
	requireLog(t, e, "Info", "hello-node activated", "server_version", harness.DefaultServerVersion)
	requireCall(t, e, time.Second, "RegisterCommand")

	var reason string
	call(t, e, "MessageWillBePosted", func() {
		_, reason = hooks(t, e).MessageWillBePosted(&plugin.Context{}, &model.Post{Message: "darn"})
	})
	if want := `Posts that contain only the word "darn" are not allowed.`; reason != want {
		t.Errorf("MessageWillBePosted rejection = %q, want %q\n%s", reason, want, e.Diagnostics())
	}

	if werr := harness.WithTimeout(harness.ShutdownTimeout, func() { e.Env.Deactivate(e.ID) }); werr != nil {
		t.Fatalf("env.Deactivate: %v\n%s", werr, e.Diagnostics())
	}
	if s := e.Env.GetPluginState(e.ID); s != model.PluginStateNotRunning {
		t.Errorf("plugin state %s after Deactivate, want NotRunning", harness.StateName(s))
	}
	if err := e.WaitNoProcesses(harness.ProcessExitTimeout); err != nil {
		t.Errorf("after Deactivate: %v", err)
	}
}
