package conformance_test

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

// Soak bounds: what the plugin processes may grow by between the end of the
// warm-up and the end of the run.
const (
	soakConcurrency   = 64
	soakMaxRSSGrowth  = 64 << 10 // KiB
	soakMaxFDGrowth   = 8
	soakDefaultCalls  = 20_000
	soakReportEvery   = 100_000
	soakResetAPIEvery = 10_000
)

// TestSoak makes SOAK_CALLS (default 20000; `npm run soak`: 1000000) hook calls
// from 64 goroutines through one plugin: MessageWillBePosted (rewrite, reject,
// unchanged) and ExecuteCommand "kv" (a hook that makes a KVGet API call), each
// answer checked. It reports RSS and open fds of the bridge and the language
// plugin (native: the Go plugin) after a warm-up and at the end, and fails on any
// error or on growth beyond soakMaxRSSGrowth / soakMaxFDGrowth.
func TestSoak(t *testing.T) {
	total := envInt("SOAK_CALLS", soakDefaultCalls)
	warmup := min(max(total/10, 5000), 10_000)
	forFaultKinds(t, func(t *testing.T, kind harness.Kind) {
		e := faultActivated(t, kind, nil)
		e.API.SetKV("soak", []byte("value"))
		pids := map[string]int{"plugin": e.PluginPID(e.ID)}
		if kind == harness.Bridged {
			pids = map[string]int{"bridge": e.PluginPID(e.ID), "language plugin": e.LanguagePID(e.ID)}
		}
		usage := func() map[string]harness.Usage {
			out := map[string]harness.Usage{}
			for name, pid := range pids {
				u, err := harness.ReadUsage(pid)
				if err != nil {
					t.Fatalf("[%s] %s: %v", kind, name, err)
				}
				out[name] = u
			}
			return out
		}
		if err := soakRun(e, warmup, time.Now()); err != nil {
			t.Fatalf("[%s] warm-up: %v\n%s", kind, err, e.Diagnostics())
		}
		before := usage()
		start := time.Now()
		if err := soakRun(e, total, start); err != nil {
			t.Fatalf("[%s] %v\n%s", kind, err, e.Diagnostics())
		}
		took := time.Since(start)
		after := usage()
		t.Logf("[%s] %d calls, concurrency %d, in %v: %.0f calls/s", kind, total, soakConcurrency, took.Round(time.Millisecond), float64(total)/took.Seconds())
		for name := range pids {
			b, a := before[name], after[name]
			t.Logf("[%s] %s: after warm-up %v; at the end %v", kind, name, b, a)
			if a.RSSKiB-b.RSSKiB > soakMaxRSSGrowth {
				t.Errorf("[%s] %s RSS grew by %d MiB over %d calls (bound %d MiB)", kind, name, (a.RSSKiB-b.RSSKiB)>>10, total, soakMaxRSSGrowth>>10)
			}
			if a.FDs-b.FDs > soakMaxFDGrowth {
				t.Errorf("[%s] %s holds %d fds more after %d calls (bound %d)", kind, name, a.FDs-b.FDs, total, soakMaxFDGrowth)
			}
		}
		if err := e.Env.PerformHealthCheck(e.ID); err != nil {
			t.Errorf("[%s] health check after the soak: %v", kind, err)
		}
	})
}

// soakRun makes n calls from soakConcurrency goroutines and returns the first
// few failures, if any.
func soakRun(e *harness.Env, n int, start time.Time) error {
	h, err := e.HooksWithRPCErr()
	if err != nil {
		return err
	}
	var (
		next atomic.Int64
		mu   sync.Mutex
		errs []string
		wg   sync.WaitGroup
	)
	fail := func(format string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		if len(errs) < 10 {
			errs = append(errs, fmt.Sprintf(format, a...))
		}
	}
	for range soakConcurrency {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if i%soakResetAPIEvery == 0 {
					e.API.Reset() // the fake records every API call
				}
				if i%soakReportEvery == 0 && i > 0 {
					fmt.Printf("soak [%s]: %d calls in %v\n", e.Kind, i, time.Since(start).Round(time.Second))
				}
				if err := soakCall(h, i); err != nil {
					fail("call %d: %v", i, err)
				}
			}
		})
	}
	wg.Wait()
	if len(errs) > 0 {
		return fmt.Errorf("%d+ failed calls:\n  %s", len(errs), strings.Join(errs, "\n  "))
	}
	return nil
}

func soakCall(h plugin.HooksWithRPCErr, i int) error {
	if i%4 == 3 {
		resp, appErr, err := h.ExecuteCommandWithRPCErr(hookCtx(), &model.CommandArgs{Command: "/conformance kv soak", UserId: "u"})
		if err != nil || appErr != nil || resp == nil || resp.Text != "kv soak=value" {
			return fmt.Errorf("kv: (%v, %v, %v)", resp, appErr, err)
		}
		return nil
	}
	msg := [...]string{"rewrite %d", "reject %d", "plain %d"}[i%4]
	in := &model.Post{Id: fmt.Sprintf("soak-%d", i), ChannelId: "c", UserId: "u", Message: fmt.Sprintf(msg, i), Props: model.StringInterface{"i": float64(i)}}
	post, reason, err := h.MessageWillBePostedWithRPCErr(hookCtx(), in)
	if err != nil {
		return err
	}
	switch i % 4 {
	case 0:
		if reason != "" || post == nil || post.Message != strings.ToUpper(in.Message) || post.Props["i"] != float64(i) || post.Props["bridged"] != true {
			return fmt.Errorf("rewrite: (%v, %q)", post, reason)
		}
	case 1:
		if post != nil || reason != rejectedMsg {
			return fmt.Errorf("reject: (%v, %q)", post, reason)
		}
	default:
		if post != nil || reason != "" {
			return fmt.Errorf("unchanged: (%v, %q)", post, reason)
		}
	}
	return nil
}
