package harness

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
)

// TypicalPost is the benchmark input: an ordinary user post that the plugin
// rewrites (a fresh value each call: the server glue decodes the reply into it).
func TypicalPost() *model.Post {
	return &model.Post{
		Id:        "benchpost00000000000000001",
		CreateAt:  1700000000000,
		UpdateAt:  1700000000000,
		UserId:    "benchuser00000000000000001",
		ChannelId: "benchchan00000000000000001",
		Message:   "please rewrite this message: the quick brown fox jumps over the lazy dog",
		Props: model.StringInterface{
			"from_bot":                "false",
			"disable_group_highlight": true,
			"attachments_count":       float64(0),
		},
		PendingPostId: "benchuser00000000000000001:1700000000000",
	}
}

// QuietLogger returns a logger that writes only warnings and errors to w.
func QuietLogger(w io.Writer) (*mlog.Logger, error) {
	logger, err := mlog.NewLogger()
	if err != nil {
		return nil, err
	}
	if err := mlog.AddWriterTarget(logger, w, false, mlog.LvlWarn, mlog.LvlError, mlog.LvlCritical, mlog.LvlFatal, mlog.LvlPanic); err != nil {
		return nil, err
	}
	return logger, nil
}

// BenchResult is one measured kind.
type BenchResult struct {
	NsPerOp float64 `json:"nsPerOp"`
	Ops     int     `json:"ops"`
}

// MeasureMessageWillBePosted runs warmup calls, then calls
// HooksForPlugin(id).MessageWillBePosted(TypicalPost()) sequentially until
// duration has elapsed, and returns the mean time per call.
func MeasureMessageWillBePosted(e *Env, warmup int, duration time.Duration) (BenchResult, error) {
	h, err := e.Hooks()
	if err != nil {
		return BenchResult{}, err
	}
	ctx := HookContext()
	check := func() error {
		p, r := h.MessageWillBePosted(ctx, TypicalPost())
		if r != "" || p == nil || p.Props["bridged"] != true {
			return fmt.Errorf("[%s] MessageWillBePosted returned (post=%v, %q)", e.Kind, p != nil, r)
		}
		return nil
	}
	for range warmup {
		if err := check(); err != nil {
			return BenchResult{}, err
		}
	}
	if duration <= 0 {
		return BenchResult{}, errors.New("duration must be positive")
	}
	start := time.Now()
	ops := 0
	for time.Since(start) < duration {
		if err := check(); err != nil {
			return BenchResult{}, err
		}
		ops++
	}
	elapsed := time.Since(start)
	return BenchResult{NsPerOp: float64(elapsed.Nanoseconds()) / float64(ops), Ops: ops}, nil
}

// HookContext is the plugin.Context passed with every hook call.
func HookContext() *plugin.Context {
	return &plugin.Context{
		SessionId:      "session-conformance",
		RequestId:      "request-conformance",
		IPAddress:      "127.0.0.1",
		AcceptLanguage: "en-US",
		UserAgent:      "conformance-harness",
	}
}

// BenchUserID is the user the API benchmark reads (added to the fake by MeasureAPICall).
const BenchUserID = "benchuser000000000000000001"

// MeasureAPICall has the plugin make n calls of one API method ("getuser" or "kvset" with 1 KiB)
// from inside a hook (ExecuteCommand "bench"), and returns the plugin's own ns per call.
func MeasureAPICall(e *Env, op string, n int) (float64, error) {
	h, err := e.Hooks()
	if err != nil {
		return 0, err
	}
	e.API.AddUser(&model.User{Id: BenchUserID, Username: "bench", Email: "bench@example.com", Roles: "system_user"})
	if _, err := h.ExecuteCommand(HookContext(), &model.CommandArgs{Command: fmt.Sprintf("/conformance bench %s %d", op, n/10), UserId: BenchUserID}); err != nil {
		return 0, fmt.Errorf("[%s] warm-up: %v", e.Kind, err)
	}
	resp, appErr := h.ExecuteCommand(HookContext(), &model.CommandArgs{Command: fmt.Sprintf("/conformance bench %s %d", op, n), UserId: BenchUserID})
	if appErr != nil {
		return 0, fmt.Errorf("[%s] bench %s: %v", e.Kind, op, appErr)
	}
	if resp == nil {
		return 0, fmt.Errorf("[%s] bench %s: no response", e.Kind, op)
	}
	return strconv.ParseFloat(resp.Text, 64)
}
