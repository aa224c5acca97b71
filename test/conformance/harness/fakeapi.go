package harness

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/plugin/plugintest"
)

// Call is one recorded plugin API call as the server side received it (after the
// gob/net-rpc decoding done by the real apiRPCServer glue).
type Call struct {
	Seq    int
	Method string
	Args   []any
}

func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = fmt.Sprintf("%#v", derefForPrint(a))
	}
	return fmt.Sprintf("#%d %s(%s)", c.Seq, c.Method, strings.Join(parts, ", "))
}

func derefForPrint(v any) any {
	switch x := v.(type) {
	case []byte:
		return string(x)
	case *model.Post:
		if x != nil {
			return postSummary(x)
		}
	case *model.Command:
		if x != nil {
			return *x
		}
	}
	return v
}

// FakeAPI is a hand-written fake of plugin.API for the slice of the API the
// conformance plugin uses. Every call is recorded (method + args) and answered
// with the values the test configured.
//
// All other API methods fall through to the embedded, expectation-free
// plugintest.API mock, which panics with testify's "mock: I don't know what to
// return because the method call was unexpected ... <Method>(...)" message. That
// panic happens on the server side of the plugin API RPC and aborts the test
// binary: a plugin (or the bridge) calling an API method the harness does not
// model is a harness gap that has to be made visible, not silently answered.
type FakeAPI struct {
	*plugintest.API // unimplemented methods → panic naming the method

	mu     sync.Mutex
	seq    int
	calls  []Call
	notify chan struct{} // closed and replaced on every recorded call

	serverVersion string
	kv            map[string][]byte
	users         map[string]*model.User
	getUserErr    *model.AppError
	createPostErr *model.AppError
	registerErr   error
}

var _ plugin.API = (*FakeAPI)(nil)

// NewFakeAPI returns a fake with server version DefaultServerVersion and an empty KV store.
func NewFakeAPI() *FakeAPI {
	return &FakeAPI{
		API:           &plugintest.API{},
		notify:        make(chan struct{}),
		serverVersion: DefaultServerVersion,
		kv:            map[string][]byte{},
		users:         map[string]*model.User{},
	}
}

// DefaultServerVersion is what GetServerVersion returns unless changed.
const DefaultServerVersion = "10.11.0-conformance"

func (f *FakeAPI) record(method string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	f.calls = append(f.calls, Call{Seq: f.seq, Method: method, Args: args})
	close(f.notify)
	f.notify = make(chan struct{})
}

// --- configuration (test side) ---

func (f *FakeAPI) SetServerVersion(v string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.serverVersion = v
}

// SetKV sets a KV value as if stored earlier (not recorded as a call).
func (f *FakeAPI) SetKV(key string, value []byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.kv[key] = slices.Clone(value)
}

// KV returns the stored value for key (test side; not recorded).
func (f *FakeAPI) KV(key string) ([]byte, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	v, ok := f.kv[key]
	return slices.Clone(v), ok
}

func (f *FakeAPI) AddUser(u *model.User) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.users[u.Id] = u
}

// SetGetUserError makes every GetUser call fail with err (nil restores normal behaviour).
func (f *FakeAPI) SetGetUserError(err *model.AppError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.getUserErr = err
}

// SetCreatePostError makes every CreatePost call fail with err (nil restores normal behaviour).
func (f *FakeAPI) SetCreatePostError(err *model.AppError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.createPostErr = err
}

func (f *FakeAPI) SetRegisterCommandError(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.registerErr = err
}

// --- inspection (test side) ---

// Calls returns a snapshot of all recorded calls in arrival order.
func (f *FakeAPI) Calls() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

// CallsTo returns the recorded calls of one method.
func (f *FakeAPI) CallsTo(method string) []Call {
	var out []Call
	for _, c := range f.Calls() {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Reset forgets all recorded calls (configuration is kept).
func (f *FakeAPI) Reset() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = nil
}

// Dump renders the recorded calls, one per line, for failure messages.
func (f *FakeAPI) Dump() string {
	calls := f.Calls()
	if len(calls) == 0 {
		return "  (no API calls recorded)"
	}
	var sb strings.Builder
	for _, c := range calls {
		sb.WriteString("  ")
		sb.WriteString(c.String())
		sb.WriteString("\n")
	}
	return strings.TrimRight(sb.String(), "\n")
}

// WaitFor polls (by change notification, no sleeps) until pred matches a
// recorded call or the timeout expires. It returns the first matching call.
func (f *FakeAPI) WaitFor(timeout time.Duration, pred func(Call) bool) (Call, bool) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		for _, c := range f.calls {
			if pred(c) {
				f.mu.Unlock()
				return c, true
			}
		}
		ch := f.notify
		f.mu.Unlock()
		select {
		case <-ch:
		case <-deadline.C:
			return Call{}, false
		}
	}
}

// LogEntry is a decoded Log* call.
type LogEntry struct {
	Seq   int
	Level string // "Debug", "Info", "Warn", "Error"
	Msg   string
	KV    []any
}

// Logs returns all Log* calls in order.
func (f *FakeAPI) Logs() []LogEntry {
	var out []LogEntry
	for _, c := range f.Calls() {
		if lvl, ok := strings.CutPrefix(c.Method, "Log"); ok && len(c.Args) == 2 {
			msg, _ := c.Args[0].(string)
			kv, _ := c.Args[1].([]any)
			out = append(out, LogEntry{Seq: c.Seq, Level: lvl, Msg: msg, KV: kv})
		}
	}
	return out
}

// --- the implemented slice of plugin.API ---

func (f *FakeAPI) GetServerVersion() string {
	f.record("GetServerVersion")
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.serverVersion
}

func (f *FakeAPI) LogDebug(msg string, keyValuePairs ...any) {
	f.record("LogDebug", msg, slices.Clone(keyValuePairs))
}

func (f *FakeAPI) LogInfo(msg string, keyValuePairs ...any) {
	f.record("LogInfo", msg, slices.Clone(keyValuePairs))
}

func (f *FakeAPI) LogWarn(msg string, keyValuePairs ...any) {
	f.record("LogWarn", msg, slices.Clone(keyValuePairs))
}

func (f *FakeAPI) LogError(msg string, keyValuePairs ...any) {
	f.record("LogError", msg, slices.Clone(keyValuePairs))
}

func (f *FakeAPI) KVSet(key string, value []byte) *model.AppError {
	f.record("KVSet", key, slices.Clone(value))
	f.mu.Lock()
	defer f.mu.Unlock()
	f.kv[key] = slices.Clone(value)
	return nil
}

func (f *FakeAPI) KVGet(key string) ([]byte, *model.AppError) {
	f.record("KVGet", key)
	f.mu.Lock()
	defer f.mu.Unlock()
	v, ok := f.kv[key]
	if !ok {
		return nil, nil
	}
	return slices.Clone(v), nil
}

func (f *FakeAPI) RegisterCommand(command *model.Command) error {
	var cp *model.Command
	if command != nil {
		c := *command
		cp = &c
	}
	f.record("RegisterCommand", cp)
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.registerErr
}

func (f *FakeAPI) GetUser(userID string) (*model.User, *model.AppError) {
	f.record("GetUser", userID)
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.getUserErr != nil {
		return nil, f.getUserErr
	}
	u, ok := f.users[userID]
	if !ok {
		return nil, model.NewAppError("GetUser", "app.user.missing.app_error", nil, "user "+userID+" not found in fake", 404)
	}
	cp := *u
	return &cp, nil
}

func (f *FakeAPI) CreatePost(post *model.Post) (*model.Post, *model.AppError) {
	var cp *model.Post
	if post != nil {
		cp = post.Clone()
	}
	f.record("CreatePost", cp)
	f.mu.Lock()
	createErr := f.createPostErr
	f.mu.Unlock()
	if createErr != nil {
		return nil, createErr
	}
	if post == nil {
		return nil, model.NewAppError("CreatePost", "api.post.create_post.nil", nil, "nil post", 400)
	}
	out := post.Clone()
	if out.Id == "" {
		out.Id = model.NewId()
	}
	if out.CreateAt == 0 {
		out.CreateAt = model.GetMillis()
		out.UpdateAt = out.CreateAt
	}
	return out, nil
}

// postSummary renders the non-zero fields of a post (model.Post holds a mutex, so
// it is not copied by value).
func postSummary(p *model.Post) string {
	var parts []string
	add := func(k string, v any, zero bool) {
		if !zero {
			parts = append(parts, fmt.Sprintf("%s:%#v", k, v))
		}
	}
	add("Id", p.Id, p.Id == "")
	add("ChannelId", p.ChannelId, p.ChannelId == "")
	add("UserId", p.UserId, p.UserId == "")
	add("RootId", p.RootId, p.RootId == "")
	add("Message", p.Message, p.Message == "")
	add("Type", p.Type, p.Type == "")
	add("CreateAt", p.CreateAt, p.CreateAt == 0)
	add("Props", map[string]any(p.Props), len(p.Props) == 0)
	add("FileIds", []string(p.FileIds), len(p.FileIds) == 0)
	return "Post{" + strings.Join(parts, " ") + "}"
}
