package conformance_test

import (
	"crypto/rand"
	"encoding/hex"
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

// agentReplyTimeout bounds the wait for the agent's post: the hook returns at once and the
// agent answers in the background (thread, model, maybe an MCP server started on first use).
const agentReplyTimeout = 30 * time.Second

// TestAgentPython loads examples/agent-python — the real bundle, its launch.sh finding
// mm-bridge on PATH — into the real plugin loader, with a fake OpenAI-compatible endpoint
// (harness.FakeModel) and the example's fake MCP server (stdio, the mcp package's server
// side). It skips only when the example's Python dependencies cannot be installed.
func TestAgentPython(t *testing.T) {
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(harness.BridgeMain(repo)); err != nil {
		t.Fatalf("%s not found: run `npm run build` first", harness.BridgeMain(repo))
	}
	start := time.Now()
	py, err := harness.AgentPython(repo)
	if err != nil {
		t.Skipf("agent-python: its Python dependencies cannot be installed (examples/agent-python/scripts/venv.sh failed), skipping:\n%v", err)
	}
	t.Logf("agent-python venv ready in %v: %s", time.Since(start).Round(time.Millisecond), py)

	llm := harness.NewFakeModel()
	t.Cleanup(llm.Close)
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin")
	if err := harness.WriteMMBridgeShim(bin, repo); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	// AGENT_PYTHON_BUNDLE=<bundle .tar.gz or directory>: test that bundle (e.g. made by mm-bridge
	// pack, dependencies in server/vendor) instead of the example directory run with the venv.
	bundle := os.Getenv("AGENT_PYTHON_BUNDLE")
	if bundle == "" {
		bundle, err = harness.StageAgentBundle(repo, filepath.Join(tmp, "bundle"), map[string]string{"MM_BRIDGE_PYTHON": py})
		if err != nil {
			t.Fatal(err)
		}
	} else {
		t.Logf("AGENT_PYTHON_BUNDLE: testing %s", bundle)
	}

	// marks the fake MCP server's command line: it must be gone after shutdown
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	mcpMarker := "agent-mcp-marker-" + hex.EncodeToString(b)
	mcpServers, _ := json.Marshal(map[string]any{
		"facts": map[string]any{"command": py, "args": []string{filepath.Join(harness.AgentExampleDir(repo), "tests", "fake_mcp_server.py"), mcpMarker}},
	})

	api := harness.NewAgentAPI()
	api.SetPluginConfig(map[string]any{ // as saved by the System Console (the fake lowercases the keys, like the server)
		"Profile1DisplayName": "GPT",
		"Profile1BotUsername": "gpt-agent",
		"Profile1BaseURL":     llm.BaseURL(),
		"Profile1Model":       "fake-gpt",
		"Profile1APIKey":      "sk-test",
		"Profile2DisplayName": "Llama",
		"Profile2BotUsername": "llama-agent",
		"Profile2BaseURL":     llm.BaseURL(),
		"Profile2Model":       "fake-llama",
		"SystemPrompt":        "You are a test.",
		"MCPServers":          string(mcpServers),
		"MaxSeconds":          60,
	})
	e, err := harness.NewAgentEnv(bundle, harness.Config{Logger: mlog.CreateConsoleTestLogger(t), Root: filepath.Join(tmp, "server")}, api)
	if err != nil {
		t.Fatal(err)
	}
	// Registered first so that it runs after the shutdown below (cleanups run last-in first-out).
	t.Cleanup(func() {
		var left []harness.Proc
		harness.PollUntil(harness.ProcessExitTimeout, func() bool {
			left = harness.GlobalMatches(mcpMarker)
			return len(left) == 0
		})
		if len(left) > 0 {
			t.Errorf("the MCP server outlived the plugin:\n%s", harness.FormatProcs(left))
			for _, p := range left {
				if pr, err := os.FindProcess(p.PID); err == nil {
					_ = pr.Kill()
				}
			}
		}
	})
	shutdownAtCleanup(t, e, "")

	start = time.Now()
	if werr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, err = e.Activate() }); werr != nil || err != nil {
		t.Fatalf("env.Activate(%q): %v %v\n%s", e.ID, werr, err, e.Diagnostics())
	}
	t.Logf("activated in %v", time.Since(start).Round(time.Millisecond))
	h := hooks(t, e)

	alice := &model.User{Id: model.NewId(), Username: "alice"}
	bob := &model.User{Id: model.NewId(), Username: "bob"}
	api.AddUser(alice)
	api.AddUser(bob)

	t.Run("activation creates one bot per profile and /agent", func(t *testing.T) {
		ensured := api.CallsTo("EnsureBotUser")
		var got []string
		for _, c := range ensured {
			bot := c.Args[0].(*model.Bot)
			got = append(got, bot.Username+"="+bot.DisplayName)
		}
		if strings.Join(got, ",") != "gpt-agent=GPT,llama-agent=Llama" {
			t.Fatalf("EnsureBotUser calls: %v, want gpt-agent=GPT,llama-agent=Llama (profile 3 is empty)\n%s", got, e.Diagnostics())
		}
		cmds := api.CallsTo("RegisterCommand")
		if len(cmds) != 1 || cmds[0].Args[0].(*model.Command).Trigger != "agent" || !cmds[0].Args[0].(*model.Command).AutoComplete {
			t.Fatalf("RegisterCommand calls: %v\n%s", cmds, e.Diagnostics())
		}
		if len(api.CallsTo("LoadPluginConfiguration")) == 0 {
			t.Fatalf("the settings were never loaded\n%s", e.Diagnostics())
		}
	})

	gpt, llama := api.BotID("gpt-agent"), api.BotID("llama-agent")
	dm := &model.Channel{Id: model.NewId(), Type: model.ChannelTypeDirect, Name: model.GetDMNameFromIds(alice.Id, gpt)}
	api.AddChannel(dm)

	post := func(p *model.Post) {
		t.Helper()
		call(t, e, "MessageHasBeenPosted", func() { h.MessageHasBeenPosted(&plugin.Context{}, p.Clone()) })
	}
	reply := func(t *testing.T, bot, rootID string) *model.Post {
		t.Helper()
		c, ok := api.WaitFor(agentReplyTimeout, func(c harness.Call) bool {
			if c.Method != "CreatePost" || len(c.Args) != 1 {
				return false
			}
			p, _ := c.Args[0].(*model.Post)
			return p != nil && p.UserId == bot && p.RootId == rootID
		})
		if !ok {
			t.Fatalf("no reply from the bot in thread %s within %v\n%s", rootID, agentReplyTimeout, e.Diagnostics())
		}
		return c.Args[0].(*model.Post)
	}

	t.Run("a DM thread is the conversation", func(t *testing.T) {
		now := model.GetMillis()
		root := api.AddPost(&model.Post{UserId: alice.Id, ChannelId: dm.Id, Message: "My name is Alice.", CreateAt: now - 2000})
		second := api.AddPost(&model.Post{UserId: alice.Id, ChannelId: dm.Id, RootId: root.Id, Message: "What is my name?", CreateAt: now - 1000})
		before := len(llm.Requests())
		post(second)
		got := reply(t, gpt, root.Id)
		want := "[fake-gpt] saw 3 messages: system: You are a test. | user: My name is Alice. | user: What is my name?"
		if got.Message != want || got.ChannelId != dm.Id {
			t.Fatalf("reply %s\nwant message %q\n%s", got.Message, want, e.Diagnostics())
		}
		reqs := llm.Requests()[before:]
		if len(reqs) != 1 || reqs[0].Model != "fake-gpt" || reqs[0].Authorization != "Bearer sk-test" || len(reqs[0].Tools) != 3 {
			t.Fatalf("model requests: %+v", reqs)
		}
		if _, ok := api.WaitFor(time.Second, func(c harness.Call) bool {
			return c.Method == "PublishUserTyping" && c.Args[0] == gpt && c.Args[1] == dm.Id && c.Args[2] == root.Id
		}); !ok {
			t.Fatalf("no PublishUserTyping(%s, %s, %s)\n%s", gpt, dm.Id, root.Id, e.Diagnostics())
		}
	})

	t.Run("a mention in a channel", func(t *testing.T) {
		town := &model.Channel{Id: model.NewId(), Type: model.ChannelTypeOpen, Name: "town-square"}
		api.AddChannel(town)
		root := api.AddPost(&model.Post{UserId: bob.Id, ChannelId: town.Id, Message: "Lunch at noon?", CreateAt: model.GetMillis() - 1000})
		ask := api.AddPost(&model.Post{UserId: alice.Id, ChannelId: town.Id, RootId: root.Id, Message: "@llama-agent what do you think?"})
		post(ask)
		got := reply(t, llama, root.Id)
		if !strings.HasSuffix(got.Message, "user: @bob: Lunch at noon? | user: @alice: @llama-agent what do you think?") ||
			!strings.HasPrefix(got.Message, "[fake-llama] saw 3 messages") {
			t.Fatalf("reply %q\n%s", got.Message, e.Diagnostics())
		}
	})

	t.Run("a tool call goes to the MCP server", func(t *testing.T) {
		q := api.AddPost(&model.Post{UserId: alice.Id, ChannelId: dm.Id, Message: "Please use the tool to find out about otters."})
		before := len(llm.Requests())
		post(q)
		got := reply(t, gpt, q.Id)
		if got.Message != "Tool result: The fact about otters is 42." {
			t.Fatalf("reply %q\n%s", got.Message, e.Diagnostics())
		}
		reqs := llm.Requests()[before:]
		if len(reqs) != 2 {
			t.Fatalf("want 2 model requests (tool call, then answer), got %+v", reqs)
		}
		msgs := reqs[1].Messages
		last := msgs[len(msgs)-1]
		if last.Role != "tool" || last.Text() != "The fact about otters is 42." || last.ToolCallID != msgs[len(msgs)-2].ToolCalls[0].ID {
			t.Fatalf("the second request does not end with the tool's result: %+v", msgs)
		}
		if procs := harness.GlobalMatches(mcpMarker); len(procs) == 0 {
			t.Fatalf("no MCP server process with %s", mcpMarker)
		}
	})

	t.Run("an LLM error is reported in the thread", func(t *testing.T) {
		q := api.AddPost(&model.Post{UserId: alice.Id, ChannelId: dm.Id, Message: "please fail"})
		post(q)
		got := reply(t, gpt, q.Id)
		want := ":warning: I could not answer: the model request failed: the model endpoint answered HTTP 400: the fake model refuses"
		if got.Message != want || got.GetProp("agent_error") != true {
			t.Fatalf("reply %q props %v\nwant %q with props agent_error=true\n%s", got.Message, got.GetProps(), want, e.Diagnostics())
		}
	})

	t.Run("a transient error is retried", func(t *testing.T) {
		q := api.AddPost(&model.Post{UserId: alice.Id, ChannelId: dm.Id, Message: "a flaky question"})
		before := len(llm.Requests())
		post(q)
		got := reply(t, gpt, q.Id)
		if !strings.HasPrefix(got.Message, "[fake-gpt] saw 2 messages") || len(llm.Requests())-before != 2 {
			t.Fatalf("reply %q after %d requests\n%s", got.Message, len(llm.Requests())-before, e.Diagnostics())
		}
	})

	t.Run("/agent list", func(t *testing.T) {
		var resp *model.CommandResponse
		var appErr *model.AppError
		call(t, e, "ExecuteCommand", func() {
			resp, appErr = h.ExecuteCommand(&plugin.Context{}, &model.CommandArgs{UserId: alice.Id, ChannelId: dm.Id, Command: "/agent list"})
		})
		if appErr != nil || resp == nil || resp.ResponseType != model.CommandResponseTypeEphemeral ||
			!strings.Contains(resp.Text, "**GPT** (@gpt-agent) — model `fake-gpt`") || !strings.Contains(resp.Text, "@llama-agent") ||
			!strings.Contains(resp.Text, "`facts` (stdio:") || strings.Contains(resp.Text, "sk-test") {
			t.Fatalf("/agent list: %+v %v", resp, appErr)
		}
	})
}
