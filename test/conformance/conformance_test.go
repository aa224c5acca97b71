package conformance_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

const (
	activatedMsg    = "conformance plugin activated"
	configChangeMsg = "configuration changed"
	deactivatingMsg = "conformance plugin deactivating"
	refusedMsg      = "activation refused by conformance plugin"
	rejectedMsg     = "rejected by conformance plugin"
)

// asyncWait bounds waits for API calls a plugin may legitimately make after the
// hook's RPC reply (MessageHasBeenPosted is fire-and-forget on a real server).
const asyncWait = 5 * time.Second

var expectedCommand = &model.Command{
	Trigger:      "conformance",
	AutoComplete: true,
	DisplayName:  "Conformance",
	Description:  "bridge conformance test command",
}

// implementedHooks is what Implemented() must report, no more, no less.
var implementedHooks = []int{
	plugin.OnActivateID,
	plugin.OnDeactivateID,
	plugin.OnConfigurationChangeID,
	plugin.MessageWillBePostedID,
	plugin.MessageHasBeenPostedID,
	plugin.ExecuteCommandID,
}

func TestActivate(t *testing.T) {
	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := newEnv(t, kind)
		var (
			manifest *model.Manifest
			ok       bool
			err      error
		)
		activate(t, e, func() { manifest, ok, err = e.Activate() })
		if err != nil || !ok || manifest == nil {
			t.Fatalf("[%s] env.Activate(%q) = (manifest=%v, activated=%v, err=%v), want (manifest, true, nil)\n%s",
				kind, e.ID, manifest != nil, ok, err, e.Diagnostics())
		}
		if got := e.Env.GetPluginState(e.ID); got != model.PluginStateRunning {
			t.Errorf("[%s] plugin state = %s, want Running", kind, harness.StateName(got))
		}

		requireCall(t, e, 0, "GetServerVersion")
		act := requireLog(t, e, "Info", activatedMsg, "server_version", harness.DefaultServerVersion)

		kvset := requireCall(t, e, 0, "KVSet")
		if d := harness.DiffString([]any{"activated", []byte("yes")}, kvset.Args); d != "" {
			t.Errorf("[%s] KVSet args differ:\n%s", kind, d)
		}
		reg := requireCall(t, e, 0, "RegisterCommand")
		if d := harness.DiffString([]any{expectedCommand}, reg.Args); d != "" {
			t.Errorf("[%s] RegisterCommand(*model.Command) differs:\n%s", kind, d)
		}
		kvget := requireCall(t, e, 0, "KVGet")
		if d := harness.DiffString([]any{"fail-activate"}, kvget.Args); d != "" {
			t.Errorf("[%s] KVGet args differ:\n%s", kind, d)
		}

		// Order inside OnActivate: GetServerVersion < LogInfo < KVSet < RegisterCommand < KVGet.
		gsv := requireCall(t, e, 0, "GetServerVersion")
		seqs := []struct {
			name string
			seq  int
		}{{"GetServerVersion", gsv.Seq}, {"LogInfo(activated)", act.Seq}, {"KVSet", kvset.Seq}, {"RegisterCommand", reg.Seq}, {"KVGet(fail-activate)", kvget.Seq}}
		for i := 1; i < len(seqs); i++ {
			if seqs[i-1].seq > seqs[i].seq {
				t.Errorf("[%s] OnActivate call order: %s (#%d) came after %s (#%d)", kind, seqs[i-1].name, seqs[i-1].seq, seqs[i].name, seqs[i].seq)
			}
		}

		// Server-side glue contract: OnConfigurationChange is called once before OnActivate
		// (hooks.go: "OnConfigurationChange will be called once before OnActivate").
		cfg := requireLog(t, e, "Info", configChangeMsg)
		if cfg.Seq > act.Seq {
			t.Errorf("[%s] OnConfigurationChange ran after OnActivate (LogInfo #%d vs #%d); Go plugins get it before", kind, cfg.Seq, act.Seq)
		}
		if n := countLogs(e, "Info", configChangeMsg); n != 1 {
			t.Errorf("[%s] OnConfigurationChange ran %d times during activation, want 1", kind, n)
		}

		if v, _ := e.API.KV("activated"); string(v) != "yes" {
			t.Errorf("[%s] KV activated = %q, want yes", kind, v)
		}
		if t.Failed() {
			t.Logf("%s", e.Diagnostics())
		}
	})
}

func countLogs(e *harness.Env, level, msg string) int {
	n := 0
	for _, l := range e.API.Logs() {
		if l.Level == level && l.Msg == msg {
			n++
		}
	}
	return n
}

func TestImplemented(t *testing.T) {
	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := activated(t, kind)
		// Raw reply of Plugin.Implemented (names), as a set.
		var (
			names []string
			err   error
		)
		call(t, e, "Implemented", func() { names, err = hooks(t, e).Implemented() })
		if err != nil {
			t.Fatalf("[%s] Implemented(): %v\n%s", kind, err, e.Diagnostics())
		}
		want := map[string]bool{}
		for _, id := range implementedHooks {
			want[harness.HookName(id)] = true
		}
		got := map[string]bool{}
		for _, n := range names {
			if got[n] {
				t.Errorf("[%s] Implemented() lists %q twice", kind, n)
			}
			got[n] = true
		}
		for n := range want {
			if !got[n] {
				t.Errorf("[%s] Implemented() = %q: missing %q", kind, names, n)
			}
		}
		for n := range got {
			if !want[n] {
				t.Errorf("[%s] Implemented() = %q: unexpected %q (the server would dispatch it)", kind, names, n)
			}
		}
		// What the supervisor derived from it (OnActivate is called unconditionally
		// and has no entry in the server's name→id map, so it is not observable here).
		for id := 0; id < plugin.TotalHooksID; id++ {
			if id == plugin.OnActivateID {
				continue
			}
			if got := e.Env.HasPluginImplementing(id); got != slices.Contains(implementedHooks, id) {
				t.Errorf("[%s] supervisor Implements(%s, id %d) = %v, want %v", kind, harness.HookName(id), id, got, !got)
			}
		}
	})
}

func TestActivationRefused(t *testing.T) {
	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := newEnv(t, kind)
		e.API.SetKV("fail-activate", []byte("yes"))
		var (
			ok  bool
			err error
		)
		activate(t, e, func() { _, ok, err = e.Activate() })
		if err == nil {
			t.Fatalf("[%s] env.Activate succeeded (activated=%v); want error containing %q\n%s", kind, ok, refusedMsg, e.Diagnostics())
		}
		if ok {
			t.Errorf("[%s] env.Activate returned activated=true together with error %v", kind, err)
		}
		if !strings.Contains(err.Error(), refusedMsg) {
			t.Errorf("[%s] activation error = %q (%T), want it to contain %q", kind, err.Error(), err, refusedMsg)
		}
		if st := e.Env.GetPluginState(e.ID); st != model.PluginStateFailedToStart {
			t.Errorf("[%s] plugin state = %s, want FailedToStart", kind, harness.StateName(st))
		}
		statuses, serr := e.Env.Statuses()
		if serr != nil {
			t.Fatalf("Statuses: %v", serr)
		}
		for _, s := range statuses {
			if s.PluginId == e.ID && !strings.Contains(s.Error, refusedMsg) {
				t.Errorf("[%s] plugin status error = %q, want it to contain %q", kind, s.Error, refusedMsg)
			}
		}
		// The plugin ran OnActivate up to the refusal.
		requireCall(t, e, 0, "RegisterCommand")
		requireCall(t, e, 0, "KVGet")
		if _, herr := e.Hooks(); herr == nil {
			t.Errorf("[%s] HooksForPlugin succeeded for a plugin that failed to start", kind)
		}
		// sup.Shutdown() ran inside Activate: nothing may be left running.
		if perr := e.WaitNoProcesses(harness.ProcessExitTimeout); perr != nil {
			t.Errorf("[%s] after refused activation: %v", kind, perr)
		}
		if t.Failed() {
			t.Logf("%s", e.Diagnostics())
		}
	})
}

func TestMessageWillBePosted(t *testing.T) {
	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := activated(t, kind)
		h := hooks(t, e)
		hr := hooksRPC(t, e)

		t.Run("reject", func(t *testing.T) {
			// Server path (HooksForPlugin): reason is what matters.
			var reason string
			call(t, e, "MessageWillBePosted(reject)", func() { _, reason = h.MessageWillBePosted(hookCtx(), samplePost("please reject this")) })
			if reason != rejectedMsg {
				t.Errorf("[%s] MessageWillBePosted(reject) reason = %q, want %q", kind, reason, rejectedMsg)
			}
			// Exact wire result: (nil, reason).
			var (
				post   *model.Post
				rpcErr error
			)
			call(t, e, "MessageWillBePostedWithRPCErr(reject)", func() {
				post, reason, rpcErr = hr.MessageWillBePostedWithRPCErr(hookCtx(), samplePost("please reject this"))
			})
			if rpcErr != nil {
				t.Fatalf("[%s] MessageWillBePosted(reject) RPC error: %v\n%s", kind, rpcErr, e.Diagnostics())
			}
			if post != nil || reason != rejectedMsg {
				t.Errorf("[%s] MessageWillBePosted(reject) on the wire = (post=%v, %q), want (nil, %q)", kind, post != nil, reason, rejectedMsg)
			}
		})

		t.Run("rewrite", func(t *testing.T) {
			input := samplePost("please rewrite this, ünïcødé")
			want := samplePost("please rewrite this, ünïcødé")
			want.Message = strings.ToUpper(want.Message)
			want.Props["bridged"] = true

			// Exact wire result (fresh reply struct: nothing masked by merging).
			var (
				post   *model.Post
				reason string
				rpcErr error
			)
			call(t, e, "MessageWillBePostedWithRPCErr(rewrite)", func() {
				post, reason, rpcErr = hr.MessageWillBePostedWithRPCErr(hookCtx(), input)
			})
			if rpcErr != nil {
				t.Fatalf("[%s] MessageWillBePosted(rewrite) RPC error: %v\n%s", kind, rpcErr, e.Diagnostics())
			}
			if reason != "" {
				t.Errorf("[%s] MessageWillBePosted(rewrite) reason = %q, want \"\"", kind, reason)
			}
			if post == nil {
				t.Fatalf("[%s] MessageWillBePosted(rewrite) returned nil post, want rewritten copy\n%s", kind, e.Diagnostics())
			}
			if d := harness.DiffString(want, post); d != "" {
				t.Errorf("[%s] MessageWillBePosted(rewrite) returned post differs from the expected copy:\n%s", kind, d)
			}

			// Server path: reply decoded into the input post.
			var got *model.Post
			call(t, e, "MessageWillBePosted(rewrite)", func() { got, reason = h.MessageWillBePosted(hookCtx(), samplePost("please rewrite this, ünïcødé")) })
			if reason != "" || got == nil {
				t.Fatalf("[%s] MessageWillBePosted(rewrite) = (post=%v, %q)", kind, got != nil, reason)
			}
			if d := harness.DiffString(want, got); d != "" {
				t.Errorf("[%s] MessageWillBePosted(rewrite) via HooksForPlugin differs:\n%s", kind, d)
			}
		})

		t.Run("unchanged", func(t *testing.T) {
			var (
				post   *model.Post
				reason string
				rpcErr error
			)
			call(t, e, "MessageWillBePostedWithRPCErr(unchanged)", func() {
				post, reason, rpcErr = hr.MessageWillBePostedWithRPCErr(hookCtx(), samplePost("an ordinary message"))
			})
			if rpcErr != nil {
				t.Fatalf("[%s] MessageWillBePosted(unchanged) RPC error: %v\n%s", kind, rpcErr, e.Diagnostics())
			}
			if post != nil || reason != "" {
				t.Errorf("[%s] MessageWillBePosted(unchanged) on the wire = (post=%v, %q), want (nil, \"\")", kind, post != nil, reason)
			}
			// Server path: returns the input post untouched.
			in := samplePost("an ordinary message")
			var got *model.Post
			call(t, e, "MessageWillBePosted(unchanged)", func() { got, reason = h.MessageWillBePosted(hookCtx(), in) })
			if reason != "" {
				t.Errorf("[%s] reason = %q, want \"\"", kind, reason)
			}
			if d := harness.DiffString(samplePost("an ordinary message"), got); d != "" {
				t.Errorf("[%s] MessageWillBePosted(unchanged) modified the post:\n%s", kind, d)
			}
		})

		t.Run("minimal-post", func(t *testing.T) {
			// Zero-valued fields and nil Props must survive too.
			in := &model.Post{Id: "p1", ChannelId: "c1", UserId: "u1", Message: "rewrite me"}
			var (
				post   *model.Post
				reason string
				rpcErr error
			)
			call(t, e, "MessageWillBePostedWithRPCErr(minimal)", func() { post, reason, rpcErr = hr.MessageWillBePostedWithRPCErr(hookCtx(), in) })
			if rpcErr != nil || reason != "" || post == nil {
				t.Fatalf("[%s] MessageWillBePosted(minimal) = (post=%v, %q, %v)\n%s", kind, post != nil, reason, rpcErr, e.Diagnostics())
			}
			want := &model.Post{Id: "p1", ChannelId: "c1", UserId: "u1", Message: "REWRITE ME", Props: model.StringInterface{"bridged": true}}
			if d := harness.DiffString(want, post); d != "" {
				t.Errorf("[%s] MessageWillBePosted(minimal) differs:\n%s", kind, d)
			}
		})
		if t.Failed() {
			t.Logf("%s", e.Diagnostics())
		}
	})
}

func TestMessageHasBeenPosted(t *testing.T) {
	alice := &model.User{Id: "user00000000000000000000001", Username: "alice", Email: "alice@example.com"}

	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := activated(t, kind, func(api *harness.FakeAPI) { api.AddUser(alice) })
		h := hooks(t, e)

		t.Run("echo", func(t *testing.T) {
			e.API.Reset()
			in := samplePost("hello world")
			call(t, e, "MessageHasBeenPosted", func() { h.MessageHasBeenPosted(hookCtx(), in) })
			gu := requireCall(t, e, asyncWait, "GetUser")
			if d := harness.DiffString([]any{alice.Id}, gu.Args); d != "" {
				t.Errorf("[%s] GetUser args differ:\n%s", kind, d)
			}
			cp := requireCall(t, e, asyncWait, "CreatePost")
			want := &model.Post{
				ChannelId: "chan00000000000000000000001",
				UserId:    alice.Id,
				Message:   "echo: hello world from alice",
				RootId:    "post0000000000000000000001",
			}
			if len(cp.Args) != 1 {
				t.Fatalf("[%s] CreatePost recorded with %d args", kind, len(cp.Args))
			}
			if d := harness.DiffString(want, cp.Args[0]); d != "" {
				t.Errorf("[%s] CreatePost(post) differs from the expected echo post:\n%s\n%s", kind, d, e.Diagnostics())
			}
			if n := len(e.API.CallsTo("CreatePost")); n != 1 {
				t.Errorf("[%s] CreatePost called %d times, want 1", kind, n)
			}
		})

		t.Run("echo-prefix-ignored", func(t *testing.T) {
			e.API.Reset()
			call(t, e, "MessageHasBeenPosted(echo:)", func() { h.MessageHasBeenPosted(hookCtx(), samplePost("echo: hello world from alice")) })
			// Barrier: a synchronous hook on the same plugin after the async one.
			call(t, e, "ExecuteCommand(barrier)", func() {
				h.ExecuteCommand(hookCtx(), &model.CommandArgs{UserId: alice.Id, Command: "/conformance hello"})
			})
			requireNoCall(t, e, "GetUser", "CreatePost")
		})

		t.Run("GetUser-error", func(t *testing.T) {
			e.API.Reset()
			appErr := model.NewAppError("GetUser", "app.user.get.app_error", nil, "user does not exist", 404)
			e.API.SetGetUserError(appErr)
			defer e.API.SetGetUserError(nil)
			call(t, e, "MessageHasBeenPosted", func() { h.MessageHasBeenPosted(hookCtx(), samplePost("hello again")) })
			requireCall(t, e, asyncWait, "GetUser")
			if _, ok := e.API.WaitFor(asyncWait, func(c harness.Call) bool { return c.Method == "LogError" }); !ok {
				t.Fatalf("[%s] no LogError after GetUser AppError\n%s", kind, e.Diagnostics())
			}
			// appErr.Error() as the plugin sees it after gob decoding: "Where: Message, DetailedError".
			requireLog(t, e, "Error", "GetUser failed", "error", appErr.Error())
			requireNoCall(t, e, "CreatePost")
		})

		t.Run("CreatePost-error", func(t *testing.T) {
			e.API.Reset()
			appErr := model.NewAppError("CreatePost", "api.post.create_post.channel_not_found", nil, "channel gone", 403)
			e.API.SetCreatePostError(appErr)
			defer e.API.SetCreatePostError(nil)
			call(t, e, "MessageHasBeenPosted", func() { h.MessageHasBeenPosted(hookCtx(), samplePost("hello once more")) })
			requireCall(t, e, asyncWait, "CreatePost")
			if _, ok := e.API.WaitFor(asyncWait, func(c harness.Call) bool { return c.Method == "LogError" }); !ok {
				t.Fatalf("[%s] no LogError after CreatePost AppError\n%s", kind, e.Diagnostics())
			}
			requireLog(t, e, "Error", "CreatePost failed", "error", appErr.Error())
		})
		if t.Failed() {
			t.Logf("%s", e.Diagnostics())
		}
	})
}

func TestExecuteCommand(t *testing.T) {
	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := activated(t, kind, func(api *harness.FakeAPI) { api.SetKV("color", []byte("blue")) })
		h := hooks(t, e)
		args := func(cmd string) *model.CommandArgs {
			return &model.CommandArgs{
				UserId:    "user00000000000000000000001",
				ChannelId: "chan00000000000000000000001",
				TeamId:    "team00000000000000000000001",
				RootId:    "",
				TriggerId: "trigger-1",
				Command:   cmd,
				SiteURL:   "http://localhost:8065",
			}
		}
		exec := func(t *testing.T, cmd string) (*model.CommandResponse, *model.AppError) {
			t.Helper()
			var (
				resp   *model.CommandResponse
				appErr *model.AppError
			)
			call(t, e, "ExecuteCommand("+cmd+")", func() { resp, appErr = h.ExecuteCommand(hookCtx(), args(cmd)) })
			return resp, appErr
		}

		t.Run("hello", func(t *testing.T) {
			resp, appErr := exec(t, "/conformance hello")
			if appErr != nil {
				t.Fatalf("[%s] ExecuteCommand(hello) AppError: %v\n%s", kind, appErr, e.Diagnostics())
			}
			want := &model.CommandResponse{ResponseType: "ephemeral", Text: "hello user00000000000000000000001"}
			if d := harness.DiffString(want, resp); d != "" {
				t.Errorf("[%s] ExecuteCommand(hello) response differs:\n%s", kind, d)
			}
		})

		t.Run("kv", func(t *testing.T) {
			e.API.Reset()
			resp, appErr := exec(t, "/conformance kv color")
			if appErr != nil || resp == nil {
				t.Fatalf("[%s] ExecuteCommand(kv color) = (%v, %v)\n%s", kind, resp, appErr, e.Diagnostics())
			}
			if resp.Text != "kv color=blue" {
				t.Errorf("[%s] ExecuteCommand(kv color).Text = %q, want %q", kind, resp.Text, "kv color=blue")
			}
			c := requireCall(t, e, 0, "KVGet")
			if d := harness.DiffString([]any{"color"}, c.Args); d != "" {
				t.Errorf("[%s] KVGet args differ:\n%s", kind, d)
			}
		})

		t.Run("kv-missing", func(t *testing.T) {
			resp, appErr := exec(t, "/conformance kv nosuchkey")
			if appErr != nil || resp == nil {
				t.Fatalf("[%s] ExecuteCommand(kv nosuchkey) = (%v, %v)\n%s", kind, resp, appErr, e.Diagnostics())
			}
			if resp.Text != "kv nosuchkey=" {
				t.Errorf("[%s] ExecuteCommand(kv nosuchkey).Text = %q, want %q", kind, resp.Text, "kv nosuchkey=")
			}
		})

		t.Run("fail", func(t *testing.T) {
			resp, appErr := exec(t, "/conformance fail")
			if appErr == nil {
				t.Fatalf("[%s] ExecuteCommand(fail) returned no AppError (response %+v)\n%s", kind, resp, e.Diagnostics())
			}
			if resp != nil {
				t.Errorf("[%s] ExecuteCommand(fail) returned a response %+v together with the error", kind, resp)
			}
			if appErr.Id != "conformance.command.fail" || appErr.StatusCode != 400 {
				t.Errorf("[%s] AppError Id=%q StatusCode=%d, want Id=%q StatusCode=400", kind, appErr.Id, appErr.StatusCode, "conformance.command.fail")
			}
			if appErr.DetailedError != "command failed on purpose" {
				t.Errorf("[%s] AppError.DetailedError = %q, want %q", kind, appErr.DetailedError, "command failed on purpose")
			}
			if appErr.Where != "ExecuteCommand" {
				t.Errorf("[%s] AppError.Where = %q, want %q", kind, appErr.Where, "ExecuteCommand")
			}
			if appErr.Message != "conformance.command.fail" {
				// model.NewAppError without a translator sets Message = Id.
				t.Errorf("[%s] AppError.Message = %q, want %q (NewAppError without translations sets Message=Id)", kind, appErr.Message, "conformance.command.fail")
			}
		})

		t.Run("unknown", func(t *testing.T) {
			for _, cmd := range []string{"/conformance bogus", "/conformance"} {
				resp, appErr := exec(t, cmd)
				if appErr != nil || resp == nil || resp.Text != "unknown" {
					t.Errorf("[%s] ExecuteCommand(%q) = (%+v, %v), want Text \"unknown\"", kind, cmd, resp, appErr)
				}
			}
		})
		if t.Failed() {
			t.Logf("%s", e.Diagnostics())
		}
	})
}

func TestOnConfigurationChange(t *testing.T) {
	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := activated(t, kind)
		e.API.Reset()
		var (
			mu    sync.Mutex
			calls int
			errs  []error
		)
		call(t, e, "RunMultiPluginHook(OnConfigurationChange)", func() {
			e.Env.RunMultiPluginHook(func(h plugin.Hooks, m *model.Manifest) bool {
				err := h.OnConfigurationChange()
				mu.Lock()
				calls++
				if err != nil {
					errs = append(errs, err)
				}
				mu.Unlock()
				return true
			}, plugin.OnConfigurationChangeID)
		})
		if calls != 1 {
			t.Fatalf("[%s] RunMultiPluginHook(OnConfigurationChangeID) invoked the plugin %d times, want 1 (is OnConfigurationChange in Implemented()?)\n%s", kind, calls, e.Diagnostics())
		}
		if len(errs) > 0 {
			t.Errorf("[%s] OnConfigurationChange returned error(s): %v", kind, errs)
		}
		requireLog(t, e, "Info", configChangeMsg)
	})
}

func TestHealthCheck(t *testing.T) {
	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := activated(t, kind)
		for i := range 3 {
			var err error
			call(t, e, "PerformHealthCheck", func() { err = e.Env.PerformHealthCheck(e.ID) })
			if err != nil {
				t.Fatalf("[%s] PerformHealthCheck #%d: %v\n%s", kind, i+1, err, e.Diagnostics())
			}
		}
	})
}

func TestDeactivate(t *testing.T) {
	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := activated(t, kind)
		procs := e.Recorded()
		t.Logf("[%s] plugin process tree after activation:\n%s", kind, harness.FormatProcs(procs))
		if len(procs) == 0 {
			t.Fatalf("[%s] harness found no plugin process below pid %d (cmdline mentioning %s)", kind, pid(), e.BundleDir)
		}
		if kind == harness.Bridged {
			hasTS := false
			for _, p := range procs {
				if strings.Contains(p.Cmdline, harness.TSPluginMarker) {
					hasTS = true
				}
			}
			if !hasTS {
				t.Errorf("[%s] no language-plugin process (cmdline mentioning %s) found below the bridge", kind, harness.TSPluginMarker)
			}
		}
		e.API.Reset()
		var ok bool
		call(t, e, "env.Deactivate (OnDeactivate + go-plugin Kill; Kill also waits for every holder of the plugin's stdout/stderr pipes)", func() { ok = e.Env.Deactivate(e.ID) })
		if !ok {
			t.Errorf("[%s] env.Deactivate(%q) = false, want true", kind, e.ID)
		}
		// OnDeactivate has returned when Deactivate returns: its API calls must be done.
		requireLog(t, e, "Info", deactivatingMsg)
		if st := e.Env.GetPluginState(e.ID); st != model.PluginStateNotRunning {
			t.Errorf("[%s] plugin state after Deactivate = %s, want NotRunning", kind, harness.StateName(st))
		}
		if _, err := e.Hooks(); err == nil {
			t.Errorf("[%s] HooksForPlugin still succeeds after Deactivate", kind)
		}
		if err := e.WaitNoProcesses(harness.ProcessExitTimeout); err != nil {
			t.Errorf("[%s] %v", kind, err)
		}
		if t.Failed() {
			t.Logf("%s", e.Diagnostics())
		}
	})
}

func TestShutdown(t *testing.T) {
	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := activated(t, kind)
		e.API.Reset()
		var err error
		call(t, e, "env.Shutdown", func() { err = e.Shutdown() })
		if err != nil {
			t.Errorf("[%s] %v", kind, err)
		}
		requireLog(t, e, "Info", deactivatingMsg)
	})
}

func TestConcurrentMessageWillBePosted(t *testing.T) {
	const (
		total   = 200
		workers = 16
	)
	forEachKind(t, func(t *testing.T, kind harness.Kind) {
		e := activated(t, kind)
		hr := hooksRPC(t, e)
		jobs := make(chan int)
		var (
			wg   sync.WaitGroup
			mu   sync.Mutex
			errs []string
			done int
		)
		fail := func(format string, a ...any) {
			mu.Lock()
			errs = append(errs, fmt.Sprintf(format, a...))
			mu.Unlock()
		}
		for w := range workers {
			wg.Go(func() {
				for i := range jobs {
					var msg string
					switch i % 3 {
					case 0:
						msg = fmt.Sprintf("rewrite request %d from worker %d", i, w)
					case 1:
						msg = fmt.Sprintf("reject request %d from worker %d", i, w)
					default:
						msg = fmt.Sprintf("plain request %d from worker %d", i, w)
					}
					in := &model.Post{Id: fmt.Sprintf("post-%03d", i), ChannelId: "c", UserId: "u", Message: msg,
						Props: model.StringInterface{"i": float64(i), "w": float64(w)}}
					var (
						post   *model.Post
						reason string
						rpcErr error
					)
					if err := harness.WithTimeout(harness.CallTimeout, func() {
						post, reason, rpcErr = hr.MessageWillBePostedWithRPCErr(hookCtx(), in)
					}); err != nil {
						fail("call %d: %v", i, err)
						continue
					}
					if rpcErr != nil {
						fail("call %d: RPC error %v", i, rpcErr)
						continue
					}
					switch i % 3 {
					case 0:
						want := &model.Post{Id: in.Id, ChannelId: "c", UserId: "u", Message: strings.ToUpper(msg),
							Props: model.StringInterface{"i": float64(i), "w": float64(w), "bridged": true}}
						if reason != "" || post == nil {
							fail("call %d (rewrite): got (post=%v, %q)", i, post != nil, reason)
						} else if d := harness.DiffString(want, post); d != "" {
							fail("call %d (rewrite) differs:\n%s", i, d)
						}
					case 1:
						if post != nil || reason != rejectedMsg {
							fail("call %d (reject): got (post=%v, %q)", i, post != nil, reason)
						}
					default:
						if post != nil || reason != "" {
							fail("call %d (unchanged): got (post=%v, %q)", i, post != nil, reason)
						}
					}
					mu.Lock()
					done++
					mu.Unlock()
				}
			})
		}
		start := time.Now()
		for i := range total {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		t.Logf("[%s] %d concurrent MessageWillBePosted calls from %d goroutines in %v", kind, total, workers, time.Since(start))
		if len(errs) > 0 {
			n := min(len(errs), 10)
			t.Fatalf("[%s] %d/%d concurrent calls wrong; first %d:\n  %s\n%s", kind, len(errs), total, n,
				strings.Join(errs[:n], "\n  "), e.Diagnostics())
		}
		if done != total {
			t.Fatalf("[%s] %d/%d calls completed", kind, done, total)
		}
		// The plugin is still healthy afterwards.
		if err := e.Env.PerformHealthCheck(e.ID); err != nil {
			t.Errorf("[%s] health check after the concurrent burst: %v", kind, err)
		}
	})
}

func TestBridgeBuiltCheck(t *testing.T) {
	// Guards the harness itself: the missing-build error must be actionable.
	err := harness.CheckBridgeBuilt(t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "npm run build") {
		t.Fatalf("CheckBridgeBuilt on an empty dir = %v, want an error mentioning `npm run build`", err)
	}
	if !errors.Is(harness.WithTimeout(10*time.Millisecond, func() { select {} }), harness.ErrTimeout) {
		t.Fatalf("WithTimeout does not time out")
	}
}
