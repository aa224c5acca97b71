package conformance_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

func TestMain(m *testing.M) {
	code := m.Run()
	harness.CleanupGoPlugin()
	harness.StopSharedSidecar()
	os.Exit(code)
}

// forEachKind runs fn as a subtest per plugin kind (native first: it validates the
// expectations; bridged is the implementation under test).
func forEachKind(t *testing.T, fn func(t *testing.T, kind harness.Kind)) {
	t.Helper()
	forKinds(t, harness.Kinds, fn)
}

// forKinds runs fn as a subtest per kind of the given table.
func forKinds(t *testing.T, kinds []harness.Kind, fn func(t *testing.T, kind harness.Kind)) {
	t.Helper()
	for _, kind := range kinds {
		t.Run(string(kind), func(t *testing.T) { fn(t, kind) })
	}
}

// newEnv lays out the plugin and creates the Environment (real loader + FakeAPI).
// The bridged kind fails here, loudly, if `npm run build` has not been run.
// Cleanup: env.Shutdown() and a check that no plugin process is left.
func newEnv(tb testing.TB, kind harness.Kind) *harness.Env {
	tb.Helper()
	logger := mlog.CreateConsoleTestLogger(tb)
	e, err := harness.New(kind, harness.Config{Logger: logger, Root: tb.TempDir()})
	if err != nil {
		tb.Fatalf("[%s] cannot set up the plugin: %v", kind, err)
	}
	shutdownAtCleanup(tb, e, fmt.Sprintf("[%s] ", kind))
	return e
}

// shutdownAtCleanup calls env.Shutdown() when the test ends: a Shutdown that fails or does not
// return is a test error with the diagnostics, and plugin processes left behind are killed.
func shutdownAtCleanup(tb testing.TB, e *harness.Env, label string) {
	tb.Helper()
	tb.Cleanup(func() {
		var err error
		if werr := harness.WithTimeout(harness.ShutdownTimeout, func() { err = e.Shutdown() }); werr != nil {
			err = fmt.Errorf("env.Shutdown() did not return: %v (a process holding the plugin's stdout/stderr keeps go-plugin's Kill waiting)", werr)
		}
		if err != nil {
			tb.Errorf("%safter env.Shutdown(): %v\n%s", label, err, e.Diagnostics())
			if killed := e.KillLeftovers(); len(killed) > 0 {
				tb.Logf("%skilled leftover plugin processes:\n%s", label, harness.FormatProcs(killed))
			}
		}
	})
}

// activated returns an environment whose plugin activated successfully.
func activated(tb testing.TB, kind harness.Kind, setup ...func(api *harness.FakeAPI)) *harness.Env {
	tb.Helper()
	e := newEnv(tb, kind)
	for _, s := range setup {
		s(e.API)
	}
	var err error
	start := time.Now()
	if werr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, err = e.Activate() }); werr != nil {
		tb.Fatalf("[%s] env.Activate(%q): %v\n%s", kind, e.ID, werr, e.Diagnostics())
	}
	if err != nil {
		tb.Fatalf("[%s] env.Activate(%q) failed after %v: %v\n%s", kind, e.ID, time.Since(start).Round(time.Millisecond), err, e.Diagnostics())
	}
	tb.Logf("[%s] activated in %v", kind, time.Since(start).Round(time.Millisecond))
	return e
}

func hooks(tb testing.TB, e *harness.Env) plugin.Hooks {
	tb.Helper()
	h, err := e.Hooks()
	if err != nil {
		tb.Fatalf("[%s] HooksForPlugin(%q): %v\n%s", e.Kind, e.ID, err, e.Diagnostics())
	}
	return h
}

func hooksRPC(tb testing.TB, e *harness.Env) plugin.HooksWithRPCErr {
	tb.Helper()
	h, err := e.HooksWithRPCErr()
	if err != nil {
		tb.Fatalf("[%s] HooksForPluginWithRPCErr(%q): %v\n%s", e.Kind, e.ID, err, e.Diagnostics())
	}
	return h
}

// call runs one hook invocation with a deadline (a hung bridge fails the test
// instead of hanging it).
func call(tb testing.TB, e *harness.Env, what string, fn func()) {
	tb.Helper()
	if err := harness.WithTimeout(harness.CallTimeout, fn); err != nil {
		tb.Fatalf("[%s] %s: %v\n%s", e.Kind, what, err, e.Diagnostics())
	}
}

// requireLog finds a Log<level>(msg, kv...) call with exactly these key/values.
func requireLog(tb testing.TB, e *harness.Env, level, msg string, kv ...any) harness.LogEntry {
	tb.Helper()
	for _, l := range e.API.Logs() {
		if l.Level == level && l.Msg == msg {
			if d := harness.DiffString(nonNil(kv), nonNil(l.KV)); d != "" {
				tb.Fatalf("[%s] Log%s(%q) key/value pairs differ:\n%s\n%s", e.Kind, level, msg, d, e.Diagnostics())
			}
			return l
		}
	}
	tb.Fatalf("[%s] expected API call Log%s(%q, %s) — not seen\n%s", e.Kind, level, msg, fmtKV(kv), e.Diagnostics())
	return harness.LogEntry{}
}

func nonNil(kv []any) []any {
	if kv == nil {
		return []any{}
	}
	return kv
}

func fmtKV(kv []any) string {
	parts := make([]string, len(kv))
	for i, v := range kv {
		parts[i] = fmt.Sprintf("%#v", v)
	}
	return strings.Join(parts, ", ")
}

// requireCall returns the first recorded call to method (waiting up to wait).
func requireCall(tb testing.TB, e *harness.Env, wait time.Duration, method string) harness.Call {
	tb.Helper()
	c, ok := e.API.WaitFor(wait, func(c harness.Call) bool { return c.Method == method })
	if !ok {
		tb.Fatalf("[%s] expected API call %s — not seen (waited %v)\n%s", e.Kind, method, wait, e.Diagnostics())
	}
	return c
}

func requireNoCall(tb testing.TB, e *harness.Env, methods ...string) {
	tb.Helper()
	for _, c := range e.API.Calls() {
		if slices.Contains(methods, c.Method) {
			tb.Fatalf("[%s] unexpected API call %s\n%s", e.Kind, c, e.Diagnostics())
		}
	}
}

func hookCtx() *plugin.Context { return harness.HookContext() }

// richProps exercises the gob interface encoding of post props: nested maps,
// []any, float64 (integral and fractional), bool, string.
func richProps() model.StringInterface {
	return model.StringInterface{
		"count":    float64(42),
		"ratio":    0.25,
		"negative": -7.5,
		"enabled":  true,
		"disabled": false,
		"label":    "plain string",
		"unicode":  "ünïcødé ✓",
		"list":     []any{"a", float64(1), true, map[string]any{"k": "v"}},
		"nested": map[string]any{
			"inner": map[string]any{
				"deep":  []any{float64(1), float64(2), float64(3)},
				"flag":  true,
				"empty": "",
			},
			"n": float64(0),
		},
	}
}

// samplePost returns a fully populated post (fresh each call: the server-side
// glue decodes the plugin's reply INTO the post passed in).
func samplePost(message string) *model.Post {
	remote := "remote-1"
	return &model.Post{
		Id:            "post0000000000000000000001",
		CreateAt:      1700000000123,
		UpdateAt:      1700000000456,
		EditAt:        0,
		IsPinned:      true,
		UserId:        "user00000000000000000000001",
		ChannelId:     "chan00000000000000000000001",
		RootId:        "root00000000000000000000001",
		OriginalId:    "",
		Message:       message,
		Type:          "",
		Props:         richProps(),
		Hashtags:      "#conformance #bridge",
		FileIds:       model.StringArray{"file1", "file2"},
		PendingPostId: "user00000000000000000000001:1700000000000",
		RemoteId:      &remote,
		ReplyCount:    3,
	}
}

func pid() int { return os.Getpid() }

// activate runs fn (an e.Activate call) bounded by ActivateTimeout.
func activate(tb testing.TB, e *harness.Env, fn func()) {
	tb.Helper()
	start := time.Now()
	if err := harness.WithTimeout(harness.ActivateTimeout, fn); err != nil {
		tb.Fatalf("[%s] env.Activate: %v\n%s", e.Kind, err, e.Diagnostics())
	}
	tb.Logf("[%s] env.Activate returned after %v", e.Kind, time.Since(start).Round(time.Millisecond))
}
