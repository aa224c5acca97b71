package harness

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// AgentAPI is the FakeAPI plus the slice of plugin.API the agent-python example
// (examples/agent-python) uses: plugin configuration, bots, channels, threads,
// typing. Every call is recorded in the embedded FakeAPI (Calls, CallsTo, WaitFor,
// Dump see them all); anything else still panics through plugintest.API.
type AgentAPI struct {
	*FakeAPI

	amu      sync.Mutex
	manifest *model.Manifest
	config   map[string]any
	bots     map[string]string // username → user id
	channels map[string]*model.Channel
	posts    map[string]*model.Post
}

var _ plugin.API = (*AgentAPI)(nil)

// NewAgentAPI returns an AgentAPI with an empty configuration.
func NewAgentAPI() *AgentAPI {
	return &AgentAPI{
		FakeAPI:  NewFakeAPI(),
		config:   map[string]any{},
		bots:     map[string]string{},
		channels: map[string]*model.Channel{},
		posts:    map[string]*model.Post{},
	}
}

// SetPluginConfig sets the plugin's settings as the System Console would save them.
func (a *AgentAPI) SetPluginConfig(cfg map[string]any) {
	a.amu.Lock()
	defer a.amu.Unlock()
	a.config = cfg
}

// AddChannel makes a channel known to GetChannel.
func (a *AgentAPI) AddChannel(ch *model.Channel) {
	a.amu.Lock()
	defer a.amu.Unlock()
	a.channels[ch.Id] = ch
}

// AddPost stores a post (as if created earlier; not recorded) and returns it with
// Id and CreateAt filled in.
func (a *AgentAPI) AddPost(p *model.Post) *model.Post {
	if p.Id == "" {
		p.Id = model.NewId()
	}
	if p.CreateAt == 0 {
		p.CreateAt = model.GetMillis()
	}
	a.amu.Lock()
	defer a.amu.Unlock()
	a.posts[p.Id] = p.Clone()
	return p
}

// BotID is the user id EnsureBotUser answered for username ("" if none).
func (a *AgentAPI) BotID(username string) string {
	a.amu.Lock()
	defer a.amu.Unlock()
	return a.bots[username]
}

// LoadPluginConfiguration behaves as the server's: the manifest's setting defaults,
// overridden by the saved settings, keys lowercased, JSON-decoded into dest.
func (a *AgentAPI) LoadPluginConfiguration(dest any) error {
	a.record("LoadPluginConfiguration")
	a.amu.Lock()
	defer a.amu.Unlock()
	return loadPluginConfiguration(a.manifest, a.config, dest)
}

// EnsureBotUser creates the bot on first sight of its username and answers the same
// user id afterwards.
func (a *AgentAPI) EnsureBotUser(bot *model.Bot) (string, error) {
	var cp *model.Bot
	if bot != nil {
		cp = bot.Clone()
	}
	a.record("EnsureBotUser", cp)
	if bot == nil || !model.IsValidUsername(bot.Username) {
		return "", errors.New("EnsureBotUser: invalid bot")
	}
	a.amu.Lock()
	defer a.amu.Unlock()
	id, ok := a.bots[bot.Username]
	if !ok {
		id = model.NewId()
		a.bots[bot.Username] = id
	}
	return id, nil
}

func (a *AgentAPI) GetChannel(channelID string) (*model.Channel, *model.AppError) {
	a.record("GetChannel", channelID)
	a.amu.Lock()
	defer a.amu.Unlock()
	ch, ok := a.channels[channelID]
	if !ok {
		return nil, model.NewAppError("GetChannel", "app.channel.get.existing.app_error", nil, "channel "+channelID+" not found in fake", 404)
	}
	return ch.DeepCopy(), nil
}

// GetPostThread answers the thread of postID: its root and every reply, ordered newest first
// as the server does.
func (a *AgentAPI) GetPostThread(postID string) (*model.PostList, *model.AppError) {
	a.record("GetPostThread", postID)
	a.amu.Lock()
	defer a.amu.Unlock()
	p, ok := a.posts[postID]
	if !ok {
		return nil, model.NewAppError("GetPostThread", "app.post.get.app_error", nil, "post "+postID+" not found in fake", 404)
	}
	root := p.RootId
	if root == "" {
		root = p.Id
	}
	var thread []*model.Post
	for _, q := range a.posts {
		if q.Id == root || q.RootId == root {
			thread = append(thread, q)
		}
	}
	sort.Slice(thread, func(i, j int) bool { return thread[i].CreateAt > thread[j].CreateAt })
	list := model.NewPostList()
	for _, q := range thread {
		list.AddPost(q.Clone())
		list.AddOrder(q.Id)
	}
	return list, nil
}

func (a *AgentAPI) PublishUserTyping(userID, channelID, parentID string) *model.AppError {
	a.record("PublishUserTyping", userID, channelID, parentID)
	return nil
}

// CreatePost records and answers as FakeAPI.CreatePost and stores the post, so later
// GetPostThread calls see the bot's replies.
func (a *AgentAPI) CreatePost(post *model.Post) (*model.Post, *model.AppError) {
	out, appErr := a.FakeAPI.CreatePost(post)
	if appErr == nil {
		a.amu.Lock()
		a.posts[out.Id] = out.Clone()
		a.amu.Unlock()
	}
	return out, appErr
}

// NewAgentEnv installs a plugin bundle (directory or .tar.gz) like NewFromBundle, with
// api as the server API (it learns the manifest, for the setting defaults).
func NewAgentEnv(src string, cfg Config, api *AgentAPI) (*Env, error) {
	return NewFromBundleWith(src, cfg, api.FakeAPI, func(m *model.Manifest) plugin.API {
		api.amu.Lock()
		api.manifest = m
		api.amu.Unlock()
		return api
	})
}

// AgentExampleDir is <repo>/examples/agent-python.
func AgentExampleDir(repo string) string { return filepath.Join(repo, "examples", "agent-python") }

// AgentPython creates or updates the example's venv (examples/agent-python/scripts/venv.sh:
// the SDK, requirements.txt, the test tools) and returns its python. The error carries the
// script's output: the caller skips when Python or the packages cannot be had.
func AgentPython(repo string) (string, error) {
	cmd := exec.Command("bash", filepath.Join(AgentExampleDir(repo), "scripts", "venv.sh"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%v\n%s", err, strings.TrimSpace(stderr.String()))
	}
	py := strings.TrimSpace(string(out))
	if _, err := os.Stat(py); err != nil {
		return "", fmt.Errorf("venv.sh printed %q: %v", py, err)
	}
	return py, nil
}

// StageAgentBundle copies the example's bundle files (plugin.json and server/, without
// venvs and caches) into dst, with env added to props.bridge.env. It returns dst.
func StageAgentBundle(repo, dst string, env map[string]string) (string, error) {
	src := AgentExampleDir(repo)
	data, err := os.ReadFile(filepath.Join(src, "plugin.json"))
	if err != nil {
		return "", err
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return "", fmt.Errorf("examples/agent-python/plugin.json: %w", err)
	}
	props, _ := m["props"].(map[string]any)
	bridge, _ := props["bridge"].(map[string]any)
	if bridge == nil {
		return "", errors.New("examples/agent-python/plugin.json has no props.bridge")
	}
	benv, _ := bridge["env"].(map[string]any)
	if benv == nil {
		benv = map[string]any{}
	}
	for k, v := range env {
		benv[k] = v
	}
	bridge["env"] = benv
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dst, "plugin.json"), out, 0o644); err != nil {
		return "", err
	}
	serverSrc := filepath.Join(src, "server")
	err = filepath.WalkDir(serverSrc, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(serverSrc, path)
		target := filepath.Join(dst, "server", rel)
		if d.IsDir() {
			switch d.Name() {
			case "__pycache__", ".venv", ".mypy_cache":
				return filepath.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		return copyFile(path, target, info.Mode().Perm())
	})
	if err != nil {
		return "", err
	}
	return dst, nil
}

func copyFile(src, dst string, perm fs.FileMode) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, perm)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// WriteMMBridgeShim writes dir/mm-bridge, which runs the built bridge CLI
// (node <repo>/dist/src/cli/main.js): with dir first on PATH, a bundle's unmodified
// server/launch.sh (`exec mm-bridge run --bundle …`) starts this checkout's bridge.
func WriteMMBridgeShim(dir, repo string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	shim := "#!/bin/sh\nexec node " + shQuote(BridgeMain(repo)) + ` "$@"` + "\n"
	return os.WriteFile(filepath.Join(dir, "mm-bridge"), []byte(shim), 0o755)
}
