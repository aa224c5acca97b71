// Command bench measures MessageWillBePosted hook round trips through the real plugin loader
// (plugin.Environment → HooksForPlugin(id).MessageWillBePosted) and API round trips made by the
// plugin from inside a hook (GetUser, KVSet of 1 KiB), for
//
//	native     the Go reference plugin (goplugin/)
//	bridged    the TypeScript conformance plugin run in the container by `mm-bridge run`
//	inprocess  the same plugin loaded into the bridge process (props.bridge.in_process)
//	sidecar    the same plugin attached to a running `mm-bridge serve` through the bash stub
//	python     examples/hello-python run by `mm-bridge run` (hook only: it has no API bench
//	           command), when the Python SDK's venv is there
//
// and prints one JSON object on stdout (logs go to stderr):
//
//	{"native":{"nsPerOp":…,"p50Ns":…,"p99Ns":…,"ops":…,"cpuNsPerOp":…,"getUserNsPerOp":…,"kvSet1kNsPerOp":…},
//	 "bridged":{…},"inprocess":{…},"sidecar":{…},"python":{…},
//	 "ratio":…,   // bridged.nsPerOp / native.nsPerOp
//	 "ratios":{"bridged":{"mean":…,"p50":…,"p99":…,"cpu":…,"getUser":…,"kvSet1k":…},"inprocess":{…},…},
//	 "rounds":…,"warmup":…,"sidecarLogLevel":"info"}
//
// Every ratio is kind/native latency (lower is better). Each kind first makes -warmup calls (at
// most -warmup-max long): after a few hundred only, the hook path of the bridge and of a TS
// plugin still runs mostly unoptimized and the figures come out 2-3× higher. All kinds are
// activated together and measured interleaved (-rounds rounds; in each, every kind runs
// duration/rounds of calls, in a rotating order) so that load from elsewhere on the machine
// spreads over all of them; the API
// figures are the median of 3 interleaved rounds of 1000 calls. The sidecar runs at log level
// info, as `mm-bridge run` does by default. If a kind cannot run, its entry is {"error":"…"},
// its ratios are null and the exit status is 1.
//
//	cd test/conformance && go run ./cmd/bench [-duration 3s] [-warmup 2000] [-warmup-max 20s] [-rounds 6]
//	    [-kinds native,bridged,inprocess,sidecar,python] [-api=false]
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

// Python is examples/hello-python run in the container by `mm-bridge run`.
const Python harness.Kind = "python"

type kindResult struct {
	// MessageWillBePosted round trip: mean, median and 99th percentile ns per call.
	NsPerOp *float64 `json:"nsPerOp,omitempty"`
	P50Ns   *float64 `json:"p50Ns,omitempty"`
	P99Ns   *float64 `json:"p99Ns,omitempty"`
	Ops     int      `json:"ops,omitempty"`
	// CPU time (user+system, all threads: JIT and GC included) the plugin side spent per round
	// trip: the plugin process, or the bridge and its language plugin, or the sidecar and its
	// language plugin. Less sensitive to load from elsewhere on the machine than the wall-clock
	// figures (10 ms clock ticks, summed over all calls).
	CPUNsPerOp *float64 `json:"cpuNsPerOp,omitempty"`
	// API round trips made by the plugin from inside a hook: ns per call.
	GetUserNsPerOp *float64 `json:"getUserNsPerOp,omitempty"`
	KVSet1KNsPerOp *float64 `json:"kvSet1kNsPerOp,omitempty"`
	Error          string   `json:"error,omitempty"`
}

type output struct {
	Native          kindResult                           `json:"native"`
	Bridged         kindResult                           `json:"bridged"`
	InProcess       kindResult                           `json:"inprocess"`
	Sidecar         kindResult                           `json:"sidecar"`
	Python          kindResult                           `json:"python"`
	Ratio           *float64                             `json:"ratio"`
	Ratios          map[harness.Kind]map[string]*float64 `json:"ratios"`
	Rounds          int                                  `json:"rounds"`
	Warmup          int                                  `json:"warmup"`
	SidecarLogLevel string                               `json:"sidecarLogLevel"`
}

func logf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }

// bench is one activated kind under measurement.
type bench struct {
	kind    harness.Kind
	env     *harness.Env
	hooks   plugin.Hooks
	call    func() error // one checked MessageWillBePosted round trip
	samples []time.Duration
	cpu     time.Duration // plugin-side CPU time during the measured calls
	pids    []int         // plugin-side processes
	res     *kindResult
	cleanup func()
}

func main() {
	duration := flag.Duration("duration", 3*time.Second, "measurement time per kind (spread over the rounds)")
	warmup := flag.Int("warmup", 2000, "warm-up calls per kind before measuring (the JIT of the bridge and of a TS plugin needs a few thousand)")
	warmupMax := flag.Duration("warmup-max", 20*time.Second, "upper bound of the warm-up time per kind")
	rounds := flag.Int("rounds", 6, "interleaved measurement rounds")
	kindsFlag := flag.String("kinds", "native,bridged,inprocess,sidecar,python", "kinds to measure")
	api := flag.Bool("api", true, "also measure the API round trips (GetUser, KVSet)")
	flag.Parse()
	if *rounds < 1 || *duration <= 0 {
		logf("-rounds and -duration must be positive")
		os.Exit(2)
	}

	// stdout carries only the JSON result: route mlog's global logger (which
	// plugin.Environment uses for a few messages) to stderr as well.
	if global, err := harness.QuietLogger(os.Stderr); err == nil {
		mlog.InitGlobalLogger(global)
		defer global.Shutdown()
	}

	out := output{Ratios: map[harness.Kind]map[string]*float64{}, Rounds: *rounds, Warmup: *warmup, SidecarLogLevel: "info"}
	results := map[harness.Kind]*kindResult{
		harness.Native: &out.Native, harness.Bridged: &out.Bridged, harness.InProcess: &out.InProcess,
		harness.Sidecar: &out.Sidecar, Python: &out.Python,
	}
	requested := map[harness.Kind]bool{}
	for _, k := range strings.Split(*kindsFlag, ",") {
		k := harness.Kind(strings.TrimSpace(k))
		if k == "" {
			continue
		}
		if results[k] == nil {
			logf("unknown kind %q", k)
			os.Exit(2)
		}
		requested[k] = true
	}
	for k, r := range results {
		if !requested[k] {
			r.Error = "not measured (-kinds)"
		}
	}

	repo, err := harness.RepoRoot()
	if err != nil {
		logf("%v", err)
		os.Exit(1)
	}
	var sc *harness.SidecarProc
	if requested[harness.Sidecar] {
		// before any activation: harness.Env.Activate puts a leak-check token in this process's
		// environment, and a sidecar inheriting it would count as another kind's leftover
		if sc, err = harness.StartSidecarCommand([]string{"serve", "--log-level", "info"}); err != nil {
			results[harness.Sidecar].Error = err.Error()
			logf("[%s] %v", harness.Sidecar, err)
		}
	}
	var benches []*bench
	for _, k := range []harness.Kind{harness.Native, harness.Bridged, harness.InProcess, harness.Sidecar, Python} {
		if !requested[k] || results[k].Error != "" {
			continue
		}
		b, err := start(repo, k, sc, *warmup, *warmupMax)
		if err != nil {
			results[k].Error = err.Error()
			logf("[%s] %v", k, err)
			continue
		}
		b.res = results[k]
		benches = append(benches, b)
	}
	measureHooks(benches, *rounds, *duration)
	if *api {
		measureAPI(benches)
	}
	shutdownAll(benches, sc)

	native := results[harness.Native]
	for _, b := range benches {
		if b.kind == harness.Native || b.res.Error != "" || native.Error != "" {
			continue
		}
		out.Ratios[b.kind] = map[string]*float64{
			"mean": ratio(b.res.NsPerOp, native.NsPerOp), "p50": ratio(b.res.P50Ns, native.P50Ns), "p99": ratio(b.res.P99Ns, native.P99Ns),
			"cpu": ratio(b.res.CPUNsPerOp, native.CPUNsPerOp),
		}
		if b.kind != Python {
			out.Ratios[b.kind]["getUser"] = ratio(b.res.GetUserNsPerOp, native.GetUserNsPerOp)
			out.Ratios[b.kind]["kvSet1k"] = ratio(b.res.KVSet1KNsPerOp, native.KVSet1KNsPerOp)
		}
	}
	out.Ratio = ratio(out.Bridged.NsPerOp, out.Native.NsPerOp)

	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		logf("%v", err)
		os.Exit(1)
	}
	for k := range requested {
		if results[k].Error != "" {
			os.Exit(1)
		}
	}
}

// shutdownAll stops every Environment, then checks that no plugin process is left (in that
// order: a bridged Env's leak check would count the sidecar's language plugins), then the sidecar.
func shutdownAll(benches []*bench, sc *harness.SidecarProc) {
	for _, b := range benches {
		if err := harness.WithTimeout(harness.ShutdownTimeout, func() { b.env.Env.Shutdown() }); err != nil {
			logf("[%s] shutdown: %v", b.kind, err)
		}
	}
	for _, b := range benches {
		if err := b.env.WaitNoProcesses(harness.ProcessExitTimeout); err != nil {
			logf("[%s] %v", b.kind, err)
			b.env.KillLeftovers()
		}
		b.cleanup()
	}
	if sc != nil {
		_ = sc.Stop(10 * time.Second)
	}
	harness.CleanupGoPlugin()
}

func ratio(a, b *float64) *float64 {
	if a == nil || b == nil || *a <= 0 || *b <= 0 {
		return nil
	}
	r := *a / *b
	return &r
}

// start lays out and activates one kind and makes its warm-up calls.
func start(repo string, kind harness.Kind, sc *harness.SidecarProc, warmup int, warmupMax time.Duration) (*bench, error) {
	logger, err := harness.QuietLogger(os.Stderr)
	if err != nil {
		return nil, err
	}
	root, err := os.MkdirTemp("", "conformance-bench-")
	if err != nil {
		logger.Shutdown()
		return nil, err
	}
	b := &bench{kind: kind, cleanup: func() { _ = logger.Shutdown(); _ = os.RemoveAll(root) }}
	write := func(dir string) (string, error) { return harness.WritePlugin(dir, kind) }
	switch kind {
	case harness.Sidecar:
		write = func(dir string) (string, error) {
			return harness.WriteSidecarPlugin(dir, repo, sc, "com.bridge.bench-sidecar")
		}
	case Python:
		if err := harness.PythonAvailable(repo); err != nil {
			b.cleanup()
			return nil, err
		}
		write = func(dir string) (string, error) { return harness.WritePythonPlugin(dir, repo) }
	}
	e, err := harness.NewWithLayout(kind, harness.Config{Logger: logger, Root: root}, write)
	if err != nil {
		b.cleanup()
		return nil, err
	}
	b.env = e
	fail := func(err error) (*bench, error) {
		logf("%s", e.Diagnostics())
		if kind == harness.Sidecar {
			logf("sidecar log tail:\n%s", sc.Tail(20))
		}
		_ = harness.WithTimeout(harness.ShutdownTimeout, func() { e.Env.Shutdown() })
		e.KillLeftovers()
		b.cleanup()
		return nil, err
	}
	var aerr error
	if terr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, aerr = e.Activate() }); terr != nil || aerr != nil {
		return fail(fmt.Errorf("activate: %v", errors.Join(terr, aerr)))
	}
	for _, p := range e.Recorded() {
		b.pids = append(b.pids, p.PID)
	}
	if kind == harness.Sidecar {
		b.pids = []int{sc.Cmd.Process.Pid}
		for _, p := range harness.Descendants(sc.Cmd.Process.Pid, harness.AllProcs()) {
			b.pids = append(b.pids, p.PID)
		}
	}
	if b.hooks, err = e.Hooks(); err != nil {
		return fail(err)
	}
	ctx := harness.HookContext()
	b.call = func() error {
		p, r := b.hooks.MessageWillBePosted(ctx, harness.TypicalPost())
		if r != "" || p == nil || p.Props["bridged"] != true {
			return fmt.Errorf("[%s] MessageWillBePosted returned (post=%v, %q)", kind, p != nil, r)
		}
		return nil
	}
	if kind == Python {
		// hello-python rewrites "darn" (and lets the typical post through unchanged): a rewrite,
		// as the other kinds' plugins do.
		b.call = func() error {
			in := harness.TypicalPost()
			in.Message = "please rewrite this darn message: the quick brown fox jumps over the lazy dog"
			p, r := b.hooks.MessageWillBePosted(ctx, in)
			if r != "" || p == nil || !strings.Contains(p.Message, "****") {
				return fmt.Errorf("[%s] MessageWillBePosted returned (post=%v, %q)", kind, p != nil, r)
			}
			return nil
		}
	}
	var werr error
	calls := 0
	if terr := harness.WithTimeout(warmupMax+harness.CallTimeout, func() {
		for start := time.Now(); calls < warmup && time.Since(start) < warmupMax; calls++ {
			if werr = b.call(); werr != nil {
				return
			}
		}
	}); terr != nil || werr != nil {
		return fail(fmt.Errorf("warm-up: %v", errors.Join(terr, werr)))
	}
	logf("[%s] activated and warmed up (%d calls)", kind, calls)
	return b, nil
}

// measureHooks runs the kinds' round trips interleaved and fills each result.
func measureHooks(benches []*bench, rounds int, duration time.Duration) {
	slice := duration / time.Duration(rounds)
	for r := 0; r < rounds; r++ {
		for i := range benches {
			b := benches[(i+r)%len(benches)]
			if b.res.Error != "" {
				continue
			}
			var err error
			cpu0 := harness.CPUTime(b.pids)
			// bounded: a hung plugin must not hang the benchmark run
			if terr := harness.WithTimeout(slice+2*harness.CallTimeout, func() {
				start := time.Now()
				for time.Since(start) < slice {
					t := time.Now()
					if err = b.call(); err != nil {
						return
					}
					b.samples = append(b.samples, time.Since(t))
				}
			}); terr != nil {
				err = terr
			}
			b.cpu += harness.CPUTime(b.pids) - cpu0
			if err != nil {
				logf("%s", b.env.Diagnostics())
				b.res.Error = err.Error()
			}
		}
	}
	for _, b := range benches {
		if b.res.Error != "" || len(b.samples) == 0 {
			continue
		}
		var sum time.Duration
		for _, d := range b.samples {
			sum += d
		}
		s := slices.Clone(b.samples)
		slices.Sort(s)
		mean := float64(sum.Nanoseconds()) / float64(len(s))
		p50 := float64(s[len(s)/2].Nanoseconds())
		p99 := float64(s[min(len(s)-1, len(s)*99/100)].Nanoseconds())
		cpu := float64(b.cpu.Nanoseconds()) / float64(len(s))
		b.res.NsPerOp, b.res.P50Ns, b.res.P99Ns, b.res.Ops, b.res.CPUNsPerOp = &mean, &p50, &p99, len(s), &cpu
		logf("[%s] MessageWillBePosted: mean %.0f ns, p50 %.0f ns, p99 %.0f ns, plugin-side CPU %.0f ns over %d calls",
			b.kind, mean, p50, p99, cpu, len(s))
	}
}

// measureAPI has each kind's plugin time GetUser and KVSet (1 KiB) calls, 3 interleaved rounds,
// and keeps the median per kind (the Python example plugin has no such command).
func measureAPI(benches []*bench) {
	vals := map[*bench]map[string][]float64{}
	for r := 0; r < 3; r++ {
		for i := range benches {
			b := benches[(i+r)%len(benches)]
			if b.res.Error != "" || b.kind == Python {
				continue
			}
			if vals[b] == nil {
				vals[b] = map[string][]float64{}
			}
			for _, op := range []string{"getuser", "kvset"} {
				var v float64
				var aerr error
				if terr := harness.WithTimeout(4*harness.CallTimeout, func() { v, aerr = harness.MeasureAPICall(b.env, op, 1000) }); terr != nil {
					aerr = terr
				}
				if aerr != nil {
					logf("[%s] API bench %s: %v", b.kind, op, aerr)
					continue
				}
				vals[b][op] = append(vals[b][op], v)
			}
		}
	}
	for b, m := range vals {
		for op, dst := range map[string]**float64{"getuser": &b.res.GetUserNsPerOp, "kvset": &b.res.KVSet1KNsPerOp} {
			v := m[op]
			if len(v) == 0 {
				continue
			}
			slices.Sort(v)
			med := v[len(v)/2]
			*dst = &med
			logf("[%s] %s: %.0f ns/op (median of %d rounds)", b.kind, op, med, len(v))
		}
	}
}
