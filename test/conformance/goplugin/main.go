// Command goplugin is the native Go reference implementation of the conformance
// plugin. It implements exactly the behaviour the bridged TypeScript test plugin
// (test/conformance/plugin-ts) implements, so the conformance harness can run the
// same assertions against both: the native plugin proves the expectations are
// right, the bridged plugin is the thing under test. It is also the baseline for
// the hook round-trip benchmark.
//
// Behaviour spec (keep in sync with test/conformance/README.md):
//   - OnActivate: GetServerVersion; LogInfo("conformance plugin activated",
//     "server_version", v); KVSet("activated", "yes"); RegisterCommand(conformance);
//     KVGet("fail-activate") == "yes" → error "activation refused by conformance plugin".
//   - OnConfigurationChange: LogInfo("configuration changed").
//   - OnDeactivate: LogInfo("conformance plugin deactivating").
//   - MessageWillBePosted: "reject" → nil, "rejected by conformance plugin";
//     "rewrite" → copy with upper-cased Message and Props["bridged"]=true; else nil, "".
//   - MessageHasBeenPosted: unless prefix "echo:", GetUser(post.UserId) then
//     CreatePost(echo reply in thread); errors → LogError.
//   - ExecuteCommand: hello / kv <key> / fail / bench getuser|kvset <n> / fault … / unknown.
//
// Fault injection (faults_test.go, soak_test.go), same in the TS plugin: the
// plugin counts OnConfigurationChange and OnActivate calls of its process;
// "fault pid|stats|sleep <ms>|flood <bytes>|bigline <bytes>" commands; a post
// whose message contains "fault-sleep:<ms>" makes MessageWillBePosted sleep first.
// Sleeping starts with LogDebug("fault sleeping"): the call has reached the plugin.
package main

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// ConformancePlugin is the native reference plugin.
type ConformancePlugin struct {
	plugin.MattermostPlugin
	configs, activations atomic.Int64
}

var faultSleep = regexp.MustCompile(`fault-sleep:(\d+)`)

// fault runs "fault <mode> [n]" and returns the response text.
func (p *ConformancePlugin) fault(fields []string) string {
	n := 0
	if len(fields) >= 3 {
		n, _ = strconv.Atoi(fields[2])
	}
	mode := ""
	if len(fields) >= 2 {
		mode = fields[1]
	}
	switch mode {
	case "pid":
		return fmt.Sprintf("pid %d", os.Getpid())
	case "stats":
		return fmt.Sprintf("pid=%d configs=%d activations=%d", os.Getpid(), p.configs.Load(), p.activations.Load())
	case "sleep":
		p.API.LogDebug("fault sleeping")
		time.Sleep(time.Duration(n) * time.Millisecond)
		return fmt.Sprintf("slept %d", n)
	case "flood":
		line := []byte(strings.Repeat("x", 1023) + "\n")
		for sent := 0; sent < n; sent += len(line) {
			_, _ = os.Stderr.Write(line)
		}
		return fmt.Sprintf("flooded %d", n)
	case "bigline":
		chunk := []byte(strings.Repeat("y", 1<<20))
		for sent := 0; sent < n; sent += len(chunk) {
			_, _ = os.Stderr.Write(chunk[:min(len(chunk), n-sent)])
		}
		_, _ = os.Stderr.Write([]byte("\n"))
		return fmt.Sprintf("flooded %d", n)
	default:
		return "unknown fault"
	}
}

func (p *ConformancePlugin) OnActivate() error {
	p.activations.Add(1)
	v := p.API.GetServerVersion()
	p.API.LogInfo("conformance plugin activated", "server_version", v)
	if appErr := p.API.KVSet("activated", []byte("yes")); appErr != nil {
		return fmt.Errorf("KVSet failed: %w", appErr)
	}
	if err := p.API.RegisterCommand(&model.Command{
		Trigger:      "conformance",
		AutoComplete: true,
		DisplayName:  "Conformance",
		Description:  "bridge conformance test command",
	}); err != nil {
		return fmt.Errorf("RegisterCommand failed: %w", err)
	}
	value, appErr := p.API.KVGet("fail-activate")
	if appErr != nil {
		return fmt.Errorf("KVGet failed: %w", appErr)
	}
	if string(value) == "yes" {
		return errors.New("activation refused by conformance plugin")
	}
	return nil
}

func (p *ConformancePlugin) OnConfigurationChange() error {
	p.configs.Add(1)
	p.API.LogInfo("configuration changed")
	return nil
}

func (p *ConformancePlugin) OnDeactivate() error {
	p.API.LogInfo("conformance plugin deactivating")
	return nil
}

func (p *ConformancePlugin) MessageWillBePosted(_ *plugin.Context, post *model.Post) (*model.Post, string) {
	if m := faultSleep.FindStringSubmatch(post.Message); m != nil {
		ms, _ := strconv.Atoi(m[1])
		p.API.LogDebug("fault sleeping")
		time.Sleep(time.Duration(ms) * time.Millisecond)
	}
	switch {
	case strings.Contains(post.Message, "reject"):
		return nil, "rejected by conformance plugin"
	case strings.Contains(post.Message, "rewrite"):
		out := post.Clone()
		props := make(model.StringInterface, len(post.Props)+1)
		for k, v := range post.Props {
			props[k] = v
		}
		props["bridged"] = true
		out.Props = props
		out.Message = strings.ToUpper(post.Message)
		return out, ""
	default:
		return nil, ""
	}
}

func (p *ConformancePlugin) MessageHasBeenPosted(_ *plugin.Context, post *model.Post) {
	if strings.HasPrefix(post.Message, "echo:") {
		return
	}
	user, appErr := p.API.GetUser(post.UserId)
	if appErr != nil {
		p.API.LogError("GetUser failed", "error", appErr.Error())
		return
	}
	if _, appErr := p.API.CreatePost(&model.Post{
		ChannelId: post.ChannelId,
		UserId:    user.Id,
		Message:   "echo: " + post.Message + " from " + user.Username,
		RootId:    post.Id,
	}); appErr != nil {
		p.API.LogError("CreatePost failed", "error", appErr.Error())
	}
}

func (p *ConformancePlugin) ExecuteCommand(_ *plugin.Context, args *model.CommandArgs) (*model.CommandResponse, *model.AppError) {
	fields := strings.Fields(args.Command)
	if len(fields) > 0 {
		fields = fields[1:] // drop the trigger ("/conformance")
	}
	switch {
	case len(fields) >= 3 && fields[0] == "bench":
		// bench getuser|kvset N: N API calls from inside the plugin, answered with ns per call.
		n, err := strconv.Atoi(fields[2])
		if err != nil || n <= 0 {
			return &model.CommandResponse{Text: "bad count"}, nil
		}
		value := make([]byte, 1024)
		start := time.Now()
		for range n {
			if fields[1] == "kvset" {
				if appErr := p.API.KVSet("bench", value); appErr != nil {
					return nil, appErr
				}
			} else if _, appErr := p.API.GetUser(args.UserId); appErr != nil {
				return nil, appErr
			}
		}
		return &model.CommandResponse{Text: strconv.FormatInt(time.Since(start).Nanoseconds()/int64(n), 10)}, nil
	case len(fields) >= 1 && fields[0] == "fault":
		return &model.CommandResponse{Text: p.fault(fields)}, nil
	case len(fields) >= 1 && fields[0] == "hello":
		return &model.CommandResponse{ResponseType: "ephemeral", Text: "hello " + args.UserId}, nil
	case len(fields) >= 2 && fields[0] == "kv":
		key := fields[1]
		value, appErr := p.API.KVGet(key)
		if appErr != nil {
			return nil, appErr
		}
		return &model.CommandResponse{ResponseType: "ephemeral", Text: "kv " + key + "=" + string(value)}, nil
	case len(fields) >= 1 && fields[0] == "fail":
		return nil, model.NewAppError("ExecuteCommand", "conformance.command.fail", nil, "command failed on purpose", 400)
	default:
		return &model.CommandResponse{ResponseType: "ephemeral", Text: "unknown"}, nil
	}
}

func main() {
	plugin.ClientMain(&ConformancePlugin{})
}
