package conformance_test

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

// examples/hello-go: a plugin written in Go against the .proto files only (protoc-gen-go,
// protoc-gen-go-grpc, grpc-go; no SDK of ours, no github.com/mattermost/mattermost), the proof of
// "any language" with nothing but that language's standard gRPC tooling (issue #6).

const helloGoID = "com.example.hello-go"

// TestHelloGoGenerated: examples/hello-go/gen is what the pinned protoc-gen-go and
// protoc-gen-go-grpc make of proto/ today (scripts/generate.sh --check: regenerate into a temp
// dir, diff). The first run installs both generators into examples/hello-go/.tools/bin.
func TestHelloGoGenerated(t *testing.T) {
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	cmd := exec.Command("bash", filepath.Join(repo, "examples", "hello-go", "scripts", "generate.sh"), "--check")
	cmd.Dir = repo
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("examples/hello-go/scripts/generate.sh --check: %v\n%s", err, out)
	}
	t.Logf("generate.sh --check: gen/ is up to date (%v)", time.Since(start).Round(time.Millisecond))
}

// copyHelloGo copies the example's source tree into dst, without what a checkout may have in it
// besides the sources (the generator tools, a binary built in place, pack's output).
func copyHelloGo(src, dst string) error {
	skip := map[string]bool{".tools": true, "dist": true, "server/hello-go": true}
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if skip[filepath.ToSlash(rel)] {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, data, info.Mode().Perm())
	})
}

// TestHelloGo builds examples/hello-go (go build -o server/hello-go . in a copy), packs it with
// `mm-bridge pack`, installs the bundle as the server's upload does and activates it in
// in-container mode (the stub runs `mm-bridge run` from PATH) through the real plugin loader;
// then checks its API calls on activation, MessageWillBePosted (reject, rewrite, unchanged) and
// ExecuteCommand (a known user; an unknown one, whose AppError from GetUser the plugin decodes from
// the status details and returns as the hook's error, which must reach the server unchanged).
func TestHelloGo(t *testing.T) {
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(harness.BridgeMain(repo)); err != nil {
		t.Fatalf("%s not found — run `npm run build` first", harness.BridgeMain(repo))
	}
	tmp := t.TempDir()

	// Build, in a copy of the example (the checkout is left as it is).
	src := filepath.Join(tmp, "hello-go")
	if err := copyHelloGo(filepath.Join(repo, "examples", "hello-go"), src); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", "server/hello-go", ".")
	build.Dir = src
	build.Env = append(os.Environ(), "CGO_ENABLED=0", "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build -o server/hello-go . (examples/hello-go): %v\n%s", err, out)
	}
	t.Logf("go build: %v", time.Since(start).Round(time.Millisecond))
	deps := exec.Command("go", "list", "-deps", ".")
	deps.Dir, deps.Env = src, build.Env
	if out, err := deps.CombinedOutput(); err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	} else if strings.Contains(string(out), "github.com/mattermost/mattermost") {
		t.Errorf("examples/hello-go depends on github.com/mattermost/mattermost; it must use only the generated contract and grpc-go:\n%s", out)
	}

	// Pack.
	start = time.Now()
	bundle := filepath.Join(tmp, "hello-go.tar.gz")
	pack := exec.Command("node", harness.BridgeMain(repo), "pack", "-o", bundle, src)
	pack.Dir = repo
	pack.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=")
	var stderr bytes.Buffer
	pack.Stderr = &stderr
	if out, err := pack.Output(); err != nil {
		t.Fatalf("mm-bridge pack: %v\n%s", err, stderr.String())
	} else if got := strings.TrimSpace(string(out)); got != bundle {
		t.Fatalf("mm-bridge pack printed %q on stdout, want the bundle path %q", got, bundle)
	}
	t.Logf("mm-bridge pack: %v", time.Since(start).Round(time.Millisecond))

	// The mm-bridge on the server's PATH: a shim to this checkout's build.
	bin := filepath.Join(tmp, "bin")
	if err := harness.WriteMMBridgeShim(bin, repo); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("MM_BRIDGE_SIDECAR", "") // in-container mode: the stub runs `mm-bridge run`

	logger := mlog.CreateConsoleTestLogger(t)
	logs := &mlog.Buffer{}
	if err := mlog.AddWriterTarget(logger, logs, false, mlog.LvlTrace, mlog.LvlDebug, mlog.LvlInfo,
		mlog.LvlWarn, mlog.LvlError, mlog.LvlCritical, mlog.LvlFatal, mlog.LvlPanic, mlog.LvlStdLog); err != nil {
		t.Fatal(err)
	}
	api := harness.NewFakeAPI()
	const knownUser, unknownUser = "user0000000000000000000alice", "user00000000000000000nobody"
	api.AddUser(&model.User{Id: knownUser, Username: "alice"})
	e, err := harness.NewFromBundle(bundle, harness.Config{Logger: logger, Root: filepath.Join(tmp, "root")}, api)
	if err != nil {
		t.Fatalf("installing the packed bundle as the server does: %v", err)
	}
	e.Logs = logs
	shutdownAtCleanup(t, e, "")
	if e.ID != helloGoID {
		t.Fatalf("installed plugin id %q, want %q", e.ID, helloGoID)
	}

	// The bundle: the binary (executable), none of the Go sources (.mmbridgeignore).
	if st, err := os.Stat(filepath.Join(e.BundleDir, "server", "hello-go")); err != nil || st.Mode().Perm()&0o100 == 0 {
		t.Fatalf("server/hello-go in the installed bundle: %v (mode %v), want an executable", err, st)
	}
	for _, p := range []string{"main.go", "go.mod", "gen", "scripts", "buf.gen.yaml", ".mmbridgeignore"} {
		if _, err := os.Stat(filepath.Join(e.BundleDir, p)); err == nil {
			t.Errorf("the bundle contains %s; .mmbridgeignore should leave it out", p)
		}
	}
	m, _, err := model.FindManifest(e.BundleDir)
	if err != nil {
		t.Fatal(err)
	}
	if m.MinServerVersion != "9.0.0" || m.GetExecutableForRuntime("linux", "amd64") != "server/dist/plugin-linux-amd64" {
		t.Errorf("packed manifest: min_server_version %q, linux-amd64 executable %q", m.MinServerVersion, m.GetExecutableForRuntime("linux", "amd64"))
	}

	// Activate: OnActivate calls GetServerVersion, LogInfo, RegisterCommand, in that order.
	start = time.Now()
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
	t.Logf("hello-go activated through the stub in %v", time.Since(start).Round(time.Millisecond))
	if !slices.ContainsFunc(e.Recorded(), func(p harness.Proc) bool { return strings.Contains(p.Cmdline, "server/hello-go") }) {
		t.Errorf("no server/hello-go process in the plugin's process tree:\n%s", harness.FormatProcs(e.Recorded()))
	}
	var methods []string
	for _, c := range api.Calls() {
		methods = append(methods, c.Method)
	}
	if want := []string{"GetServerVersion", "LogInfo", "RegisterCommand"}; !slices.Equal(methods, want) {
		t.Errorf("API calls on activation = %v, want %v\n%s", methods, want, e.Diagnostics())
	}
	requireLog(t, e, "Info", "hello-go activated", "server_version", harness.DefaultServerVersion)
	wantCmd := &model.Command{
		Trigger:          "hello-go",
		AutoComplete:     true,
		AutoCompleteDesc: "Say hello from a plugin written in Go",
		DisplayName:      "Hello (Go)",
		Description:      "Greets you by username",
	}
	if d := harness.DiffString([]any{wantCmd}, requireCall(t, e, 0, "RegisterCommand").Args); d != "" {
		t.Errorf("RegisterCommand differs:\n%s", d)
	}

	// Implemented: exactly the three hooks.
	var names []string
	call(t, e, "Implemented", func() { names, err = hooks(t, e).Implemented() })
	if err != nil {
		t.Fatalf("Implemented(): %v", err)
	}
	slices.Sort(names)
	if want := []string{"ExecuteCommand", "MessageWillBePosted", "OnActivate"}; !slices.Equal(names, want) {
		t.Errorf("Implemented() = %q, want %q", names, want)
	}

	t.Run("MessageWillBePosted", func(t *testing.T) {
		h, hr := hooks(t, e), hooksRPC(t, e)
		cases := []struct {
			name, msg  string
			wantMsg    string // "" = no replacement post
			wantReason string
		}{
			{"reject", "buy spam now", "", "No spam, please."},
			{"rewrite", "oh darn, Darn it — ünïcødé", "oh ****, **** it — ünïcødé", ""},
			{"unchanged", "an ordinary message (darned spammers are words of their own)", "", ""},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				// The exact wire result (a fresh reply struct: nothing masked by merging).
				var (
					post   *model.Post
					reason string
					rpcErr error
				)
				call(t, e, "MessageWillBePostedWithRPCErr", func() {
					post, reason, rpcErr = hr.MessageWillBePostedWithRPCErr(hookCtx(), samplePost(c.msg))
				})
				if rpcErr != nil {
					t.Fatalf("MessageWillBePosted(%q): RPC error %v\n%s", c.msg, rpcErr, e.Diagnostics())
				}
				if reason != c.wantReason {
					t.Errorf("MessageWillBePosted(%q) reason = %q, want %q", c.msg, reason, c.wantReason)
				}
				if c.wantMsg == "" {
					if post != nil {
						t.Errorf("MessageWillBePosted(%q) returned a post (%q), want none", c.msg, post.Message)
					}
				} else {
					want := samplePost(c.wantMsg) // every other field, props included, kept as sent
					if post == nil {
						t.Fatalf("MessageWillBePosted(%q) returned no post, want %q", c.msg, c.wantMsg)
					}
					if d := harness.DiffString(want, post); d != "" {
						t.Errorf("MessageWillBePosted(%q) post differs:\n%s", c.msg, d)
					}
				}
				// The server's path (the reply is decoded into the post passed in).
				var got *model.Post
				call(t, e, "MessageWillBePosted", func() { got, reason = h.MessageWillBePosted(hookCtx(), samplePost(c.msg)) })
				if reason != c.wantReason {
					t.Errorf("MessageWillBePosted(%q) via HooksForPlugin reason = %q, want %q", c.msg, reason, c.wantReason)
				}
				if c.wantMsg != "" && (got == nil || got.Message != c.wantMsg) {
					t.Errorf("MessageWillBePosted(%q) via HooksForPlugin = %v, want message %q", c.msg, got, c.wantMsg)
				}
			})
		}
	})

	t.Run("ExecuteCommand", func(t *testing.T) {
		h := hooks(t, e)
		args := func(user string) *model.CommandArgs {
			return &model.CommandArgs{UserId: user, ChannelId: "chan00000000000000000000001", TeamId: "team00000000000000000000001", Command: "/hello-go"}
		}
		t.Run("known user", func(t *testing.T) {
			api.Reset()
			var (
				resp   *model.CommandResponse
				appErr *model.AppError
			)
			call(t, e, "ExecuteCommand", func() { resp, appErr = h.ExecuteCommand(hookCtx(), args(knownUser)) })
			if appErr != nil {
				t.Fatalf("ExecuteCommand: AppError %v\n%s", appErr, e.Diagnostics())
			}
			want := &model.CommandResponse{ResponseType: "ephemeral", Text: "Hello, @alice!"}
			if d := harness.DiffString(want, resp); d != "" {
				t.Errorf("ExecuteCommand response differs:\n%s", d)
			}
			if d := harness.DiffString([]any{knownUser}, requireCall(t, e, 0, "GetUser").Args); d != "" {
				t.Errorf("GetUser args differ:\n%s", d)
			}
		})
		t.Run("unknown user", func(t *testing.T) {
			var (
				resp   *model.CommandResponse
				appErr *model.AppError
			)
			call(t, e, "ExecuteCommand", func() { resp, appErr = h.ExecuteCommand(hookCtx(), args(unknownUser)) })
			if appErr == nil {
				t.Fatalf("ExecuteCommand for an unknown user returned no AppError (response %+v)\n%s", resp, e.Diagnostics())
			}
			if resp != nil {
				t.Errorf("ExecuteCommand returned a response %+v together with the AppError", resp)
			}
			// Exactly the AppError the FakeAPI's GetUser produced: FakeAPI → bridge (gRPC status
			// details) → hello-go (decoded, returned as its hook's status) → bridge → server.
			want := model.NewAppError("GetUser", "app.user.missing.app_error", nil, "user "+unknownUser+" not found in fake", 404)
			got := *appErr
			if d := harness.DiffString(
				[]any{want.Id, want.Message, want.DetailedError, want.StatusCode, want.Where},
				[]any{got.Id, got.Message, got.DetailedError, got.StatusCode, got.Where}); d != "" {
				t.Errorf("ExecuteCommand AppError (Id, Message, DetailedError, StatusCode, Where) differs from GetUser's:\n%s\ngot %v", d, appErr)
			}
		})
	})
	if t.Failed() {
		t.Logf("%s", e.Diagnostics())
	}

	// Deactivate: the bridge closes hello-go's stdin; nothing may be left running.
	if werr := harness.WithTimeout(harness.ShutdownTimeout, func() { e.Env.Deactivate(e.ID) }); werr != nil {
		t.Fatalf("env.Deactivate: %v\n%s", werr, e.Diagnostics())
	}
	if err := e.WaitNoProcesses(harness.ProcessExitTimeout); err != nil {
		t.Errorf("after Deactivate: %v", err)
	}
}
