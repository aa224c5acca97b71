// Command bench measures MessageWillBePosted hook round trips through the real
// plugin loader (plugin.Environment) for the native Go plugin and the bridged
// TypeScript plugin, and prints one JSON object on stdout:
//
//	{"native":{"nsPerOp":...,"ops":...},"bridged":{"nsPerOp":...,"ops":...},"ratio":...}
//
// ratio = bridged.nsPerOp / native.nsPerOp. If a kind cannot run, its entry is
// {"error":"..."}, ratio is null and the exit status is 1. Logs go to stderr.
//
//	cd test/conformance && go run ./cmd/bench [-duration 3s] [-warmup 200]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

type kindResult struct {
	NsPerOp *float64 `json:"nsPerOp,omitempty"`
	Ops     int      `json:"ops,omitempty"`
	// API round trips made by the plugin from inside a hook: ns per call.
	GetUserNsPerOp *float64 `json:"getUserNsPerOp,omitempty"`
	KVSet1KNsPerOp *float64 `json:"kvSet1kNsPerOp,omitempty"`
	Error          string   `json:"error,omitempty"`
}

type output struct {
	Native  kindResult `json:"native"`
	Bridged kindResult `json:"bridged"`
	Ratio   *float64   `json:"ratio"`
}

func main() {
	duration := flag.Duration("duration", 3*time.Second, "measurement time per kind")
	warmup := flag.Int("warmup", 200, "warm-up calls per kind before measuring")
	flag.Parse()

	// stdout carries only the JSON result: route mlog's global logger (which
	// plugin.Environment uses for a few messages) to stderr as well.
	if global, err := harness.QuietLogger(os.Stderr); err == nil {
		mlog.InitGlobalLogger(global)
		defer global.Shutdown()
	}

	var out output
	out.Native = run(harness.Native, *warmup, *duration)
	out.Bridged = run(harness.Bridged, *warmup, *duration)
	if out.Native.NsPerOp != nil && out.Bridged.NsPerOp != nil && *out.Native.NsPerOp > 0 {
		r := *out.Bridged.NsPerOp / *out.Native.NsPerOp
		out.Ratio = &r
	}
	harness.CleanupGoPlugin()

	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if out.Ratio == nil {
		os.Exit(1)
	}
}

func run(kind harness.Kind, warmup int, duration time.Duration) (res kindResult) {
	logger, err := harness.QuietLogger(os.Stderr)
	if err != nil {
		return kindResult{Error: err.Error()}
	}
	defer logger.Shutdown()
	root, err := os.MkdirTemp("", "conformance-bench-")
	if err != nil {
		return kindResult{Error: err.Error()}
	}
	defer os.RemoveAll(root)

	e, err := harness.New(kind, harness.Config{Logger: logger, Root: root})
	if err != nil {
		return kindResult{Error: err.Error()}
	}
	defer func() {
		if serr := e.Shutdown(); serr != nil {
			fmt.Fprintf(os.Stderr, "[%s] %v\n", kind, serr)
			if res.Error == "" {
				res.Error = serr.Error()
			}
		}
	}()
	var aerr error
	if terr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, aerr = e.Activate() }); terr != nil {
		aerr = terr
	}
	if aerr != nil {
		fmt.Fprintln(os.Stderr, e.Diagnostics())
		return kindResult{Error: fmt.Sprintf("activate: %v", aerr)}
	}
	var (
		r    harness.BenchResult
		merr error
	)
	// bounded: a hung plugin must not hang the benchmark run
	if terr := harness.WithTimeout(duration+2*harness.CallTimeout, func() {
		r, merr = harness.MeasureMessageWillBePosted(e, warmup, duration)
	}); terr != nil {
		merr = terr
	}
	if merr != nil {
		fmt.Fprintln(os.Stderr, e.Diagnostics())
		return kindResult{Error: merr.Error()}
	}
	fmt.Fprintf(os.Stderr, "[%s] MessageWillBePosted: %.0f ns/op over %d calls\n", kind, r.NsPerOp, r.Ops)
	ns := r.NsPerOp
	res = kindResult{NsPerOp: &ns, Ops: r.Ops}
	for _, m := range []struct {
		op  string
		out **float64
	}{{"getuser", &res.GetUserNsPerOp}, {"kvset", &res.KVSet1KNsPerOp}} {
		var v float64
		var aerr error
		if terr := harness.WithTimeout(4*harness.CallTimeout, func() { v, aerr = harness.MeasureAPICall(e, m.op, 2000) }); terr != nil {
			aerr = terr
		}
		if aerr != nil {
			fmt.Fprintf(os.Stderr, "[%s] API bench %s: %v\n", kind, m.op, aerr)
			continue
		}
		fmt.Fprintf(os.Stderr, "[%s] %s: %.0f ns/op\n", kind, m.op, v)
		*m.out = &v
	}
	return res
}
