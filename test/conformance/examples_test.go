package conformance_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/gostream/pattern"
	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

// helloExample is one of the two example plugins that behave identically (examples/hello-node,
// examples/hello-python; their READMEs say what they do).
type helloExample struct {
	name    string // directory under examples/
	id      string // manifest id
	process string // command-line fragment of the language plugin process
}

var helloExamples = []helloExample{
	{name: "hello-node", id: "com.example.hello-node", process: "server/plugin.ts"},
	{name: "hello-python", id: "com.example.hello-python", process: "server/plugin.py"},
}

const (
	helloBotUsername = "hello-bot"
	helloCountKey    = "hello_count"
	// helloUploadSize is the streamed POST /upload body: big enough that a plugin keeping the whole
	// body would show it in its memory beyond the runtime's own churn (Node's resident memory grows
	// by about 35 MiB during any big upload before its garbage collector catches up, whatever the
	// size), small enough for a few seconds.
	helloUploadSize = 96 << 20
	// helloUploadMaxGrowth bounds how much the language plugin's resident memory may grow during
	// the upload (a plugin that buffered the body would grow by at least helloUploadSize).
	helloUploadMaxGrowth = helloUploadSize * 3 / 4
)

// TestHelloExamples packs each example with `mm-bridge pack`, installs the bundle as the server's
// upload does (harness.NewExampleEnv: harness.InstallBundle, then the real plugin.NewEnvironment with
// a FakeAPI that also keeps the plugin's settings), activates it in in-container mode (the bundle's
// stub runs `mm-bridge run` from PATH, a shim to this checkout's build), and checks the behaviour both
// examples share, with the same expected values for both: activation (server version logged, /hello,
// the bot), the FilteredWord setting (default from plugin.json, then changed through
// OnConfigurationChange), /hello's ephemeral answer and its KV counter (also under concurrent calls),
// ServeHTTP (GET /hello JSON byte for byte, a streamed POST /upload hashed while it streams, 404/405),
// and the bot's reply in the thread of a post that mentions it. hello-python runs on the Python SDK's
// venv (sdk/python/scripts/venv.sh, given to the plugin as MM_BRIDGE_PYTHON); it is skipped only when
// that venv cannot be set up.
func TestHelloExamples(t *testing.T) {
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(harness.BridgeMain(repo)); err != nil {
		t.Fatalf("%s not found: run `npm run build` first", harness.BridgeMain(repo))
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin")
	if err := harness.WriteMMBridgeShim(bin, repo); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("MM_BRIDGE_SIDECAR", "") // in-container mode: the stub runs `mm-bridge run`

	start := time.Now()
	py, pyErr := harness.SDKPython(repo)
	if pyErr == nil {
		// The server's environment reaches the plugin (go-plugin, then mm-bridge run): the
		// example's server/python.sh runs the plugin with this interpreter.
		t.Setenv("MM_BRIDGE_PYTHON", py)
		t.Logf("Python SDK venv ready in %v: %s", time.Since(start).Round(time.Millisecond), py)
	}

	for _, ex := range helloExamples {
		t.Run(ex.name, func(t *testing.T) {
			if ex.name == "hello-python" && pyErr != nil {
				t.Skipf("hello-python: the Python SDK's venv cannot be set up (sdk/python/scripts/venv.sh failed), skipping:\n%v", pyErr)
			}
			testHelloExample(t, repo, filepath.Join(tmp, ex.name), ex)
		})
	}
}

func testHelloExample(t *testing.T, repo, tmp string, ex helloExample) {
	start := time.Now()
	bundle := filepath.Join(tmp, "x.tar.gz")
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := harness.PackExample(repo, ex.name, bundle); err != nil {
		t.Fatal(err)
	}
	t.Logf("packed in %v", time.Since(start).Round(time.Millisecond))

	api := harness.NewExampleAPI()
	e, err := harness.NewExampleEnv(bundle, harness.Config{Logger: mlog.CreateConsoleTestLogger(t), Root: filepath.Join(tmp, "server")}, api)
	if err != nil {
		t.Fatalf("installing the packed bundle as the server does: %v", err)
	}
	shutdownAtCleanup(t, e, "")
	if e.ID != ex.id {
		t.Fatalf("installed plugin id %q, want %q", e.ID, ex.id)
	}
	alice := &model.User{Id: model.NewId(), Username: "alice"}
	api.AddUser(alice)
	channelID, teamID := model.NewId(), model.NewId()

	start = time.Now()
	var actErr error
	if werr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, actErr = e.Activate() }); werr != nil || actErr != nil {
		t.Fatalf("env.Activate(%q): %v %v\n%s", e.ID, werr, actErr, e.Diagnostics())
	}
	if s := e.Env.GetPluginState(e.ID); s != model.PluginStateRunning {
		t.Fatalf("plugin state %s after Activate, want Running\n%s", harness.StateName(s), e.Diagnostics())
	}
	t.Logf("activated through the stub in %v", time.Since(start).Round(time.Millisecond))
	h, hr := hooks(t, e), hooksRPC(t, e)
	botID := harness.FakeBotID(helloBotUsername)

	t.Run("activation", func(t *testing.T) {
		var names []string
		var err error
		call(t, e, "Implemented", func() { names, err = h.Implemented() })
		slices.Sort(names)
		want := []string{"ExecuteCommand", "MessageHasBeenPosted", "MessageWillBePosted", "OnActivate", "OnConfigurationChange", "ServeHTTP"}
		if err != nil || !slices.Equal(names, want) {
			t.Errorf("Implemented() = %q, %v; want %q", names, err, want)
		}
		// OnConfigurationChange (the settings) runs before OnActivate, then OnActivate's calls in order.
		var got []string
		for _, c := range api.Calls() {
			got = append(got, c.Method)
		}
		wantCalls := []string{"LoadPluginConfiguration", "GetServerVersion", "LogInfo", "RegisterCommand", "EnsureBotUser"}
		if !slices.Equal(got, wantCalls) {
			t.Fatalf("API calls during activation: %q, want %q\n%s", got, wantCalls, e.Diagnostics())
		}
		requireLog(t, e, "Info", ex.name+" activated", "server_version", harness.DefaultServerVersion)
		cmd := api.CallsTo("RegisterCommand")[0].Args[0].(*model.Command)
		if cmd.Trigger != "hello" || !cmd.AutoComplete || cmd.DisplayName != "Hello" || cmd.Description != "Say hello" ||
			cmd.AutoCompleteDesc != "Say hello (the plugin counts the calls)" {
			t.Errorf("RegisterCommand(%+v), want trigger hello with autocomplete", *cmd)
		}
		bot := api.CallsTo("EnsureBotUser")[0].Args[0].(*model.Bot)
		if bot.Username != helloBotUsername || bot.DisplayName != "Hello Bot" ||
			bot.Description != "Answers mentions in their thread (hello example plugin)." {
			t.Errorf("EnsureBotUser(%+v), want username %s", *bot, helloBotUsername)
		}
	})

	command := func(t *testing.T, userID string) (*model.CommandResponse, *model.AppError) {
		t.Helper()
		var resp *model.CommandResponse
		var appErr *model.AppError
		call(t, e, "ExecuteCommand", func() {
			resp, appErr = h.ExecuteCommand(&plugin.Context{}, &model.CommandArgs{UserId: userID, ChannelId: channelID, TeamId: teamID, Command: "/hello"})
		})
		return resp, appErr
	}
	kvCount := func(t *testing.T, want string) {
		t.Helper()
		if v, ok := api.KV(helloCountKey); !ok || string(v) != want {
			t.Errorf("KV %q = %q (set: %v), want %q\n%s", helloCountKey, v, ok, want, e.Diagnostics())
		}
	}

	t.Run("/hello answers ephemerally and counts in the KV store", func(t *testing.T) {
		for n := 1; n <= 2; n++ {
			resp, appErr := command(t, alice.Id)
			want := fmt.Sprintf("Hello, @alice! (%d calls so far)", n)
			if appErr != nil || resp == nil || resp.ResponseType != model.CommandResponseTypeEphemeral || resp.Text != want {
				t.Fatalf("call %d: ExecuteCommand = %+v, %v; want ephemeral %q\n%s", n, resp, appErr, want, e.Diagnostics())
			}
			kvCount(t, fmt.Sprint(n))
		}
		if len(api.CallsTo("KVCompareAndSet")) != 2 {
			t.Errorf("want one KVCompareAndSet per call (no race here)\n%s", api.Dump())
		}

		// Concurrent calls each get their own number: the counter is updated atomically.
		const parallel = 6
		texts := make([]string, parallel)
		var wg sync.WaitGroup
		for i := range parallel {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := harness.WithTimeout(harness.CallTimeout, func() {
					resp, appErr := h.ExecuteCommand(&plugin.Context{}, &model.CommandArgs{UserId: alice.Id, ChannelId: channelID, Command: "/hello"})
					if appErr == nil && resp != nil {
						texts[i] = resp.Text
					}
				}); err != nil {
					texts[i] = err.Error()
				}
			}()
		}
		wg.Wait()
		slices.Sort(texts)
		var want []string
		for n := 3; n < 3+parallel; n++ {
			want = append(want, fmt.Sprintf("Hello, @alice! (%d calls so far)", n))
		}
		slices.Sort(want)
		if !slices.Equal(texts, want) {
			t.Errorf("%d concurrent /hello answered %q, want %q\n%s", parallel, texts, want, e.Diagnostics())
		}
		kvCount(t, fmt.Sprint(2+parallel))

		// An unknown user: GetUser's AppError is the hook's AppError, and nothing is counted.
		resp, appErr := command(t, model.NewId())
		if resp != nil || appErr == nil || appErr.StatusCode != http.StatusNotFound || appErr.Id != "app.user.missing.app_error" {
			t.Errorf("unknown user: ExecuteCommand = %+v, %v; want GetUser's 404 AppError", resp, appErr)
		}
		kvCount(t, fmt.Sprint(2+parallel))
	})

	// willBePosted runs MessageWillBePosted as its exact wire result (nothing merged into the input).
	willBePosted := func(t *testing.T, message string) (*model.Post, string) {
		t.Helper()
		in := &model.Post{Id: model.NewId(), ChannelId: channelID, UserId: alice.Id, Message: message, Props: model.StringInterface{"k": "v"}}
		var out *model.Post
		var reason string
		var err error
		call(t, e, "MessageWillBePosted", func() { out, reason, err = hr.MessageWillBePostedWithRPCErr(&plugin.Context{}, in.Clone()) })
		if err != nil {
			t.Fatalf("MessageWillBePosted(%q): %v\n%s", message, err, e.Diagnostics())
		}
		if out != nil && (out.Id != in.Id || out.ChannelId != in.ChannelId || out.UserId != in.UserId || out.Props["k"] != "v") {
			t.Errorf("MessageWillBePosted(%q) lost fields of the post: %+v", message, out)
		}
		return out, reason
	}
	// filters checks a table: message → masked message ("" = unchanged) or rejection reason.
	type filterCase struct{ in, masked, rejected string }
	filters := func(t *testing.T, cases []filterCase) {
		t.Helper()
		for _, c := range cases {
			out, reason := willBePosted(t, c.in)
			switch {
			case c.rejected != "":
				if out != nil || reason != c.rejected {
					t.Errorf("%q: got (%v, %q), want rejected with %q", c.in, out != nil, reason, c.rejected)
				}
			case c.masked != "":
				if out == nil || out.Message != c.masked || reason != "" {
					t.Errorf("%q: got (%+v, %q), want message %q", c.in, out, reason, c.masked)
				}
			default:
				if out != nil || reason != "" {
					t.Errorf("%q: got (%+v, %q), want unchanged (nil, \"\")", c.in, out, reason)
				}
			}
		}
	}
	onlyWord := func(w string) string { return `Posts that contain only the word "` + w + `" are not allowed.` }

	t.Run("MessageWillBePosted filters the default word", func(t *testing.T) {
		// the setting's default comes from plugin.json, through LoadPluginConfiguration
		filters(t, []filterCase{
			{in: "oh darn, it broke", masked: "oh ****, it broke"},
			{in: "Darn. DARN! darn", masked: "****. ****! ****"},
			{in: "darned darning undarn", masked: ""},
			{in: "all fine", masked: ""},
			{in: "darn", rejected: onlyWord("darn")},
			{in: "  DaRn \n", rejected: onlyWord("darn")},
			{in: "", masked: ""},
		})
	})

	t.Run("the FilteredWord setting changes through OnConfigurationChange", func(t *testing.T) {
		configure := func(cfg map[string]any) {
			t.Helper()
			api.SetPluginConfig(cfg)
			before := len(api.CallsTo("LoadPluginConfiguration"))
			var err error
			call(t, e, "OnConfigurationChange", func() { err = h.OnConfigurationChange() })
			if err != nil || len(api.CallsTo("LoadPluginConfiguration")) != before+1 {
				t.Fatalf("OnConfigurationChange: %v; the plugin must reload its settings\n%s", err, e.Diagnostics())
			}
		}
		configure(map[string]any{"FilteredWord": "Heck"})
		filters(t, []filterCase{
			{in: "what the heck", masked: "what the ****"},
			{in: "HECK heck", masked: "**** ****"},
			{in: "oh darn", masked: ""},
			{in: " heck ", rejected: onlyWord("Heck")},
		})
		configure(map[string]any{"FilteredWord": "c++"}) // not a pattern: the word as written
		filters(t, []filterCase{
			{in: "I like C++ a lot", masked: "I like *** a lot"},
			{in: "(c++) abc++ c++d", masked: "(***) abc++ c++d"},
			{in: "cc", masked: ""},
		})
		configure(map[string]any{"FilteredWord": ""}) // empty: nothing is filtered
		filters(t, []filterCase{{in: "darn", masked: ""}, {in: "", masked: ""}})
		configure(map[string]any{}) // back to the manifest's default
		filters(t, []filterCase{{in: "darn it", masked: "**** it"}})
	})

	t.Run("ServeHTTP", func(t *testing.T) {
		srv := httptest.NewServer(harness.ServePluginRequest(e.Env, e.ID))
		defer srv.Close()
		base := srv.URL + "/plugins/" + e.ID
		client := &http.Client{Timeout: harness.CallTimeout}
		do := func(method, path string, body io.Reader) (*http.Response, []byte) {
			t.Helper()
			req, err := http.NewRequest(method, base+path, body)
			if err != nil {
				t.Fatal(err)
			}
			res, err := client.Do(req)
			if err != nil {
				t.Fatalf("%s %s: %v\n%s", method, path, err, e.Diagnostics())
			}
			defer res.Body.Close()
			b, err := io.ReadAll(res.Body)
			if err != nil {
				t.Fatalf("%s %s: reading the body: %v", method, path, err)
			}
			return res, b
		}

		res, body := do(http.MethodGet, "/hello", nil)
		want := `{"hello":"world","plugin":"` + e.ID + `"}`
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "application/json" || string(body) != want {
			t.Errorf("GET /hello: %d %q %s, want 200 application/json %s", res.StatusCode, res.Header.Get("Content-Type"), body, want)
		}
		for _, c := range []struct {
			method, path string
			status       int
			body, allow  string
		}{
			{http.MethodGet, "/nowhere", http.StatusNotFound, `{"error":"not found"}`, ""},
			{http.MethodPost, "/hello", http.StatusMethodNotAllowed, `{"error":"method not allowed"}`, "GET"},
			{http.MethodGet, "/upload", http.StatusMethodNotAllowed, `{"error":"method not allowed"}`, "POST"},
		} {
			res, body := do(c.method, c.path, nil)
			if res.StatusCode != c.status || string(body) != c.body || res.Header.Get("Allow") != c.allow {
				t.Errorf("%s %s: %d %s Allow %q, want %d %s Allow %q", c.method, c.path, res.StatusCode, body, res.Header.Get("Allow"), c.status, c.body, c.allow)
			}
		}

		// A streamed upload (chunked, no Content-Length), hashed on both sides as it goes.
		pid := e.PluginProcessPID(ex.process)
		if pid == 0 {
			t.Fatalf("no %s process in the plugin's process tree\n%s", ex.process, e.Diagnostics())
		}
		before, _ := harness.ReadMem(pid)
		sampler := harness.StartPeakSampler(pid, 10*time.Millisecond)
		sent := sha256.New()
		start := time.Now()
		res, body = do(http.MethodPost, "/upload", struct{ io.Reader }{io.TeeReader(pattern.NewReader(helloUploadSize), sent)})
		took := time.Since(start)
		peak := sampler.Stop()
		var got struct {
			Bytes  int64  `json:"bytes"`
			SHA256 string `json:"sha256"`
		}
		if err := json.Unmarshal(body, &got); err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("POST /upload: %d %q (%v)\n%s", res.StatusCode, body, err, e.Diagnostics())
		}
		wantHash := hex.EncodeToString(sent.Sum(nil))
		wantBody := fmt.Sprintf(`{"bytes":%d,"sha256":"%s"}`, helloUploadSize, wantHash)
		if got.Bytes != helloUploadSize || got.SHA256 != wantHash || string(body) != wantBody {
			t.Errorf("POST /upload answered %s, want %s", body, wantBody)
		}
		growth := (peak - before.RSSKiB) * 1024
		t.Logf("POST /upload of %d MiB in %v; %s RSS %d KiB before, peak %d KiB (+%d KiB)", helloUploadSize>>20, took.Round(time.Millisecond),
			ex.process, before.RSSKiB, peak, growth/1024)
		if growth > helloUploadMaxGrowth {
			t.Errorf("the plugin process grew by %d KiB during a %d KiB upload (bound %d KiB): is the body buffered whole?",
				growth/1024, helloUploadSize/1024, helloUploadMaxGrowth/1024)
		}
	})

	t.Run("a mention of @hello-bot gets the bot's reply in the thread", func(t *testing.T) {
		posted := func(p *model.Post) {
			t.Helper()
			call(t, e, "MessageHasBeenPosted", func() { h.MessageHasBeenPosted(&plugin.Context{}, p) })
		}
		api.Reset()
		rootID := model.NewId()
		// not mentions: no reply
		for _, m := range []string{"hello everyone", "mail hello-bot@example.com", "@hello-bots unite", "@hello-bot-2 hi"} {
			posted(&model.Post{Id: model.NewId(), ChannelId: channelID, UserId: alice.Id, Message: m})
		}
		posted(&model.Post{Id: model.NewId(), ChannelId: channelID, UserId: botID, RootId: rootID, Message: "I am @hello-bot"}) // its own post
		// mentions: a root post, then a reply in an existing thread
		mention := &model.Post{Id: rootID, ChannelId: channelID, UserId: alice.Id, Message: "hey @hello-bot, are you there?"}
		inThread := &model.Post{Id: model.NewId(), ChannelId: channelID, UserId: alice.Id, RootId: rootID, Message: "(@Hello-Bot again.)"}
		posted(mention)
		posted(inThread)

		wantMsg := "Hi! I'm @hello-bot. Type /hello for a greeting."
		harness.PollUntil(5*time.Second, func() bool { return len(api.CallsTo("CreatePost")) >= 2 })
		time.Sleep(200 * time.Millisecond) // a stray reply to an earlier post would have come by now
		var replies []*model.Post
		for _, c := range api.CallsTo("CreatePost") {
			replies = append(replies, c.Args[0].(*model.Post))
		}
		if len(replies) != 2 {
			t.Fatalf("want 2 replies (to the two mentions), got %d\n%s", len(replies), e.Diagnostics())
		}
		for _, r := range replies {
			if r.UserId != botID || r.RootId != rootID || r.ChannelId != channelID || r.Message != wantMsg {
				t.Errorf("reply %+v, want from the bot (%s) in thread %s of channel %s: %q", r, botID, rootID, channelID, wantMsg)
			}
		}
	})

	if werr := harness.WithTimeout(harness.ShutdownTimeout, func() { e.Env.Deactivate(e.ID) }); werr != nil {
		t.Fatalf("env.Deactivate: %v\n%s", werr, e.Diagnostics())
	}
	if err := e.WaitNoProcesses(harness.ProcessExitTimeout); err != nil {
		t.Errorf("after Deactivate: %v", err)
	}
}
