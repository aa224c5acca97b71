// Command activatebench measures plugin activation through the real plugin loader
// (plugin.NewEnvironment → env.Activate: spawn of the bundle's executable, go-plugin handshake,
// Implemented, OnActivate answered) for the native Go plugin, the bridged TypeScript plugin in
// the container (`mm-bridge run`), the same plugin loaded into the bridge process
// (props.bridge.in_process), the same plugin attached to a running sidecar
// (`mm-bridge serve`, the bundle's executable is the bash stub) and, when the Python SDK's venv
// is there, examples/hello-python run by `mm-bridge run`; and the sidecar's memory with 1, 10
// and 20 idle plugins attached at once. One JSON object on stdout (logs go to stderr):
//
//	{
//	  "activation": {"native": {"runs":…,"medianMs":…,"p90Ms":…,"minMs":…,"maxMs":…,"samplesMs":[…],
//	                            "cpuMedianMs":…,"cpuSamplesMs":[…]},
//	                 "bridged": {…}, "inprocess": {…}, "sidecar": {…}, "python": {…} | {"error":"…"}},
//	  "ratios":     {"bridged": {"median":…,"p90":…,"cpu":…}, "sidecar": {…}, "python": {…}},
//	  "rss": {
//	    "perPlugin": {"native": {"pluginMiB":…}, "bridged": {"bridgeMiB":…,"languagePluginMiB":…},
//	                  "inprocess": {"bridgeMiB":…}},
//	    "sidecar":   {"idleMiB":…, "stages":[{"plugins":1,"sidecarMiB":…,"languagePluginsMiB":…,
//	                  "languagePlugins":1,"stubsMiB":…}, …], "perPluginSidecarMiB":…,
//	                  "perPluginLanguageMiB":…}
//	  }
//	}
//
// Kinds are measured interleaved (one run of each kind per round, after one unmeasured warm-up
// round) so that load from elsewhere on the machine spreads over all of them. RSS is VmRSS from
// /proc/<pid>/status: the `mm-bridge serve` process, the sum over its language plugin children,
// and the sum over the bash stubs (which live in the Mattermost container), sampled after the
// plugins settled (median of several samples). ratios are kind/native (lower is better).
// The sidecar is started at log level info, as `mm-bridge run` runs by default. A kind that
// cannot run gets {"error":"…"} and the exit status is 1.
//
//	cd test/conformance && go run ./cmd/activatebench [-runs 10] [-kinds native,bridged,inprocess,sidecar,python]
//	    [-rss-plugins 1,10,20] [-settle 3s]
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

// Python is examples/hello-python run in the container by `mm-bridge run`.
const Python harness.Kind = "python"

type stats struct {
	Runs      int       `json:"runs"`
	MedianMs  float64   `json:"medianMs"`
	P90Ms     float64   `json:"p90Ms"`
	MinMs     float64   `json:"minMs"`
	MaxMs     float64   `json:"maxMs"`
	SamplesMs []float64 `json:"samplesMs"`
	// CPU time (user+system) the plugin side spent activating: the processes started for the
	// plugin (bridge, language plugin, stub) and, for the sidecar, its own share; median.
	CPUMedianMs  float64   `json:"cpuMedianMs"`
	CPUSamplesMs []float64 `json:"cpuSamplesMs"`
	Error        string    `json:"error,omitempty"`
}

type rssStage struct {
	Plugins            int     `json:"plugins"`
	SidecarMiB         float64 `json:"sidecarMiB"`
	LanguagePluginsMiB float64 `json:"languagePluginsMiB"`
	LanguagePlugins    int     `json:"languagePlugins"`
	StubsMiB           float64 `json:"stubsMiB"`
}

type sidecarRSS struct {
	IdleMiB float64    `json:"idleMiB"`
	Stages  []rssStage `json:"stages"`
	// growth per added plugin between the first and the last stage
	PerPluginSidecarMiB  *float64 `json:"perPluginSidecarMiB,omitempty"`
	PerPluginLanguageMiB *float64 `json:"perPluginLanguageMiB,omitempty"`
	Error                string   `json:"error,omitempty"`
}

type perPluginRSS struct {
	PluginMiB         *float64 `json:"pluginMiB,omitempty"`         // native: the plugin process
	BridgeMiB         *float64 `json:"bridgeMiB,omitempty"`         // bridged, inprocess: mm-bridge run
	LanguagePluginMiB *float64 `json:"languagePluginMiB,omitempty"` // bridged: its language plugin
	Error             string   `json:"error,omitempty"`
}

type output struct {
	Activation map[harness.Kind]*stats              `json:"activation"`
	Ratios     map[harness.Kind]map[string]*float64 `json:"ratios"`
	RSS        struct {
		PerPlugin map[harness.Kind]*perPluginRSS `json:"perPlugin"`
		Sidecar   *sidecarRSS                    `json:"sidecar,omitempty"`
	} `json:"rss"`
	SidecarLogLevel string `json:"sidecarLogLevel"`
}

func logf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }

func main() {
	runs := flag.Int("runs", 10, "measured activations per kind")
	kindsFlag := flag.String("kinds", "native,bridged,inprocess,sidecar,python", "kinds to activate")
	rssFlag := flag.String("rss-plugins", "1,10,20", "numbers of idle plugins attached to one sidecar for the RSS stages (empty: skip)")
	settle := flag.Duration("settle", 3*time.Second, "wait before sampling RSS")
	flag.Parse()

	if global, err := harness.QuietLogger(os.Stderr); err == nil {
		mlog.InitGlobalLogger(global)
		defer global.Shutdown()
	}
	repo, err := harness.RepoRoot()
	if err != nil {
		logf("%v", err)
		os.Exit(1)
	}

	var kinds []harness.Kind
	for _, k := range strings.Split(*kindsFlag, ",") {
		if k = strings.TrimSpace(k); k != "" {
			kinds = append(kinds, harness.Kind(k))
		}
	}
	var stages []int
	for _, s := range strings.Split(*rssFlag, ",") {
		if s = strings.TrimSpace(s); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				logf("bad -rss-plugins %q", *rssFlag)
				os.Exit(2)
			}
			stages = append(stages, n)
		}
	}

	out := output{Activation: map[harness.Kind]*stats{}, Ratios: map[harness.Kind]map[string]*float64{}, SidecarLogLevel: "info"}
	out.RSS.PerPlugin = map[harness.Kind]*perPluginRSS{}
	failed := false

	// What every kind needs, prepared outside the timed region.
	var sc *harness.SidecarProc
	ready := map[harness.Kind]error{}
	for _, k := range kinds {
		switch k {
		case harness.Native:
			_, ready[k] = harness.GoPluginBinary()
		case harness.Bridged, harness.InProcess:
			ready[k] = harness.CheckBridgeBuilt(repo)
		case harness.Sidecar:
			if sc, ready[k] = harness.StartSidecarCommand([]string{"serve", "--log-level", "info"}); ready[k] == nil {
				defer func() { _ = sc.Stop(10 * time.Second) }()
			}
		case Python:
			if ready[k] = harness.CheckBridgeBuilt(repo); ready[k] == nil {
				ready[k] = harness.PythonAvailable(repo)
			}
		default:
			ready[k] = fmt.Errorf("unknown kind %q", k)
		}
		if ready[k] != nil {
			out.Activation[k] = &stats{Error: ready[k].Error()}
			logf("[%s] not measured: %v", k, ready[k])
			failed = true
		}
	}

	samples, cpuSamples := map[harness.Kind][]float64{}, map[harness.Kind][]float64{}
	for round := 0; round <= *runs; round++ { // round 0 warms caches up and is not counted
		for _, k := range kinds {
			if ready[k] != nil {
				continue
			}
			ms, cpuMs, err := activateOnce(repo, k, sc, round)
			if err != nil {
				out.Activation[k] = &stats{Error: err.Error()}
				ready[k] = err
				failed = true
				logf("[%s] %v", k, err)
				continue
			}
			if round > 0 {
				samples[k] = append(samples[k], ms)
				cpuSamples[k] = append(cpuSamples[k], cpuMs)
			}
			logf("[%s] round %d: activated in %.1f ms (plugin-side CPU %.0f ms)", k, round, ms, cpuMs)
		}
	}
	for k, s := range samples {
		if ready[k] == nil {
			out.Activation[k] = summarize(s)
			c := slices.Clone(cpuSamples[k])
			slices.Sort(c)
			out.Activation[k].CPUMedianMs, out.Activation[k].CPUSamplesMs = percentile(c, 50), cpuSamples[k]
		}
	}
	if n := out.Activation[harness.Native]; n != nil && n.Error == "" {
		for k, s := range out.Activation {
			if k == harness.Native || s.Error != "" {
				continue
			}
			out.Ratios[k] = map[string]*float64{
				"median": ratio(s.MedianMs, n.MedianMs), "p90": ratio(s.P90Ms, n.P90Ms), "cpu": ratio(s.CPUMedianMs, n.CPUMedianMs),
			}
		}
	}

	for _, k := range []harness.Kind{harness.Native, harness.Bridged, harness.InProcess} {
		if slices.Contains(kinds, k) && ready[k] == nil {
			r := measurePerPlugin(repo, k, *settle)
			out.RSS.PerPlugin[k] = r
			if r.Error != "" {
				failed = true
			}
		}
	}

	if sc != nil {
		_ = sc.Stop(10 * time.Second) // the RSS stages get a sidecar of their own
	}
	if len(stages) > 0 {
		out.RSS.Sidecar = measureSidecarRSS(repo, stages, *settle)
		if out.RSS.Sidecar.Error != "" {
			failed = true
		}
	}
	harness.CleanupGoPlugin()

	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		logf("%v", err)
		os.Exit(1)
	}
	if failed {
		os.Exit(1)
	}
}

func ratio(a, b float64) *float64 {
	if a <= 0 || b <= 0 {
		return nil
	}
	r := a / b
	return &r
}

func summarize(ms []float64) *stats {
	s := slices.Clone(ms)
	slices.Sort(s)
	n := len(s)
	return &stats{
		Runs:      n,
		MedianMs:  percentile(s, 50),
		P90Ms:     percentile(s, 90),
		MinMs:     s[0],
		MaxMs:     s[n-1],
		SamplesMs: ms,
	}
}

// percentile of sorted values, nearest rank.
func percentile(sorted []float64, p int) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100 // ceil(n·p/100)
	return sorted[min(max(i-1, 0), len(sorted)-1)]
}

// newEnv lays out one plugin of kind in a fresh root (the sidecar kind under its own id, so
// one attach never races the teardown of the previous one).
func newEnv(repo string, kind harness.Kind, sc *harness.SidecarProc, n int) (*harness.Env, func(), error) {
	logger, err := harness.QuietLogger(os.Stderr)
	if err != nil {
		return nil, nil, err
	}
	root, err := os.MkdirTemp("", "conformance-activatebench-")
	if err != nil {
		logger.Shutdown()
		return nil, nil, err
	}
	cleanup := func() {
		_ = logger.Shutdown()
		_ = os.RemoveAll(root)
	}
	write := func(dir string) (string, error) { return harness.WritePlugin(dir, kind) }
	switch kind {
	case harness.Sidecar:
		write = func(dir string) (string, error) {
			return harness.WriteSidecarPlugin(dir, repo, sc, fmt.Sprintf("com.bridge.activatebench-%d", n))
		}
	case Python:
		write = func(dir string) (string, error) { return harness.WritePythonPlugin(dir, repo) }
	}
	e, err := harness.NewWithLayout(kind, harness.Config{Logger: logger, Root: root}, write)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	return e, cleanup, nil
}

// activateOnce times env.Activate for one fresh plugin of kind, then shuts it down. It returns
// the wall-clock and the plugin-side CPU milliseconds.
func activateOnce(repo string, kind harness.Kind, sc *harness.SidecarProc, n int) (float64, float64, error) {
	e, cleanup, err := newEnv(repo, kind, sc, n)
	if err != nil {
		return 0, 0, err
	}
	defer cleanup()
	var sidecarCPU time.Duration
	if kind == harness.Sidecar {
		sidecarCPU = -harness.CPUTime([]int{sc.Cmd.Process.Pid})
	}
	var aerr error
	var d time.Duration
	werr := harness.WithTimeout(harness.ActivateTimeout, func() {
		start := time.Now()
		_, _, aerr = e.Env.Activate(e.ID)
		d = time.Since(start)
	})
	if werr == nil && aerr == nil && e.Env.GetPluginState(e.ID) != model.PluginStateRunning {
		aerr = fmt.Errorf("state %s after Activate", harness.StateName(e.Env.GetPluginState(e.ID)))
	}
	if werr != nil || aerr != nil {
		logf("%s", e.Diagnostics())
		if sc != nil && kind == harness.Sidecar {
			logf("sidecar log tail:\n%s", sc.Tail(20))
		}
		_ = shutdown(e)
		return 0, 0, fmt.Errorf("activate: %v", errors.Join(werr, aerr))
	}
	// every process started for this plugin is new: its CPU time so far is what activating took
	var pids []int
	for _, p := range harness.PluginProcessTree(e.BundleDir) {
		pids = append(pids, p.PID)
	}
	cpu := harness.CPUTime(pids)
	if kind == harness.Sidecar {
		pid := sc.Cmd.Process.Pid
		sidecarCPU += harness.CPUTime([]int{pid})
		var children []int
		for _, p := range harness.Descendants(pid, harness.AllProcs()) {
			children = append(children, p.PID)
		}
		cpu += sidecarCPU + harness.CPUTime(children)
	}
	if err := shutdown(e); err != nil {
		return 0, 0, err
	}
	return float64(d) / float64(time.Millisecond), float64(cpu) / float64(time.Millisecond), nil
}

func shutdown(e *harness.Env) error {
	if err := harness.WithTimeout(harness.ShutdownTimeout, func() { e.Env.Shutdown() }); err != nil {
		e.KillLeftovers()
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := e.WaitNoProcesses(harness.ProcessExitTimeout); err != nil {
		e.KillLeftovers()
		return err
	}
	return nil
}

func mib(kib int64) float64 { return float64(kib) / 1024 }

// rssKiB sums VmRSS over pids (processes that are gone count 0).
func rssKiB(pids []int) int64 {
	var sum int64
	for _, pid := range pids {
		if m, err := harness.ReadMem(pid); err == nil {
			sum += m.RSSKiB
		}
	}
	return sum
}

// sampleMedian waits settle, then takes 5 samples of f 400 ms apart and returns their median.
func sampleMedian(settle time.Duration, f func() int64) int64 {
	time.Sleep(settle)
	var v []int64
	for i := 0; i < 5; i++ {
		if i > 0 {
			time.Sleep(400 * time.Millisecond)
		}
		v = append(v, f())
	}
	slices.Sort(v)
	return v[len(v)/2]
}

func ptr(v float64) *float64 { return &v }

// measurePerPlugin activates one plugin of kind and reports the RSS of its processes once idle:
// the plugin process (native), the bridge and its language plugin (bridged in the container), or
// the bridge holding the plugin (in-process).
func measurePerPlugin(repo string, kind harness.Kind, settle time.Duration) *perPluginRSS {
	e, cleanup, err := newEnv(repo, kind, nil, 0)
	if err != nil {
		return &perPluginRSS{Error: err.Error()}
	}
	defer cleanup()
	defer shutdown(e)
	var aerr error
	if werr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, aerr = e.Env.Activate(e.ID) }); werr != nil || aerr != nil {
		return &perPluginRSS{Error: fmt.Sprintf("activate: %v", errors.Join(werr, aerr))}
	}
	all := harness.AllProcs()
	var bridge, plugin []int
	for _, p := range harness.Descendants(os.Getpid(), all) {
		if p.State == "Z" || !strings.Contains(p.Cmdline, e.BundleDir) {
			continue
		}
		if kind == harness.Native {
			plugin = append(plugin, p.PID)
			continue
		}
		if strings.Contains(p.Cmdline, harness.BridgeMarker) {
			bridge = append(bridge, p.PID)
			for _, d := range harness.Descendants(p.PID, all) {
				plugin = append(plugin, d.PID)
			}
		}
	}
	r := &perPluginRSS{}
	switch {
	case kind == harness.Native && len(plugin) == 0, kind != harness.Native && len(bridge) == 0:
		return &perPluginRSS{Error: "plugin process not found"}
	case kind == harness.InProcess:
		r.BridgeMiB = ptr(mib(sampleMedian(settle, func() int64 { return rssKiB(bridge) })))
		logf("[%s] idle bridge with the plugin inside: %.1f MiB", kind, *r.BridgeMiB)
		return r
	}
	pluginKiB := sampleMedian(settle, func() int64 { return rssKiB(plugin) })
	if kind == harness.Native {
		r.PluginMiB = ptr(mib(pluginKiB))
		logf("[%s] idle plugin process: %.1f MiB", kind, *r.PluginMiB)
		return r
	}
	bridgeKiB := sampleMedian(0, func() int64 { return rssKiB(bridge) })
	r.BridgeMiB, r.LanguagePluginMiB = ptr(mib(bridgeKiB)), ptr(mib(pluginKiB))
	logf("[%s] idle: bridge %.1f MiB, language plugin %.1f MiB", kind, *r.BridgeMiB, *r.LanguagePluginMiB)
	return r
}

// measureSidecarRSS starts a sidecar, attaches plugins until each stage's count is reached (one
// plugin.Environment holding them all, as one server would), and samples memory at each stage.
func measureSidecarRSS(repo string, stages []int, settle time.Duration) (res *sidecarRSS) {
	res = &sidecarRSS{}
	sc, err := harness.StartSidecarCommand([]string{"serve", "--log-level", "info"})
	if err != nil {
		res.Error = err.Error()
		return res
	}
	defer func() { _ = sc.Stop(10 * time.Second) }()
	pid := sc.Cmd.Process.Pid
	res.IdleMiB = mib(sampleMedian(settle, func() int64 { return rssKiB([]int{pid}) }))
	logf("[sidecar] no plugin attached: %.1f MiB", res.IdleMiB)

	total := slices.Max(stages)
	ids := make([]string, total)
	for i := range ids {
		ids[i] = fmt.Sprintf("com.bridge.rssbench-%02d", i+1)
	}
	logger, err := harness.QuietLogger(os.Stderr)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	defer logger.Shutdown()
	root, err := os.MkdirTemp("", "conformance-activatebench-rss-")
	if err != nil {
		res.Error = err.Error()
		return res
	}
	defer os.RemoveAll(root)
	e, err := harness.NewWithLayout(harness.Sidecar, harness.Config{Logger: logger, Root: root}, func(dir string) (string, error) {
		for _, id := range ids {
			if _, err := harness.WriteSidecarPlugin(dir, repo, sc, id); err != nil {
				return "", err
			}
		}
		return ids[0], nil
	})
	if err != nil {
		res.Error = err.Error()
		return res
	}
	defer shutdown(e)

	stubs := func() []int {
		var out []int
		for _, p := range harness.GlobalMatches(e.PluginDir) {
			if strings.Contains(p.Cmdline, "plugin-linux-amd64") {
				out = append(out, p.PID)
			}
		}
		return out
	}
	active := 0
	for _, want := range stages {
		for ; active < want; active++ {
			var aerr error
			if werr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, aerr = e.Env.Activate(ids[active]) }); werr != nil || aerr != nil {
				res.Error = fmt.Sprintf("activate %s: %v\nsidecar log tail:\n%s", ids[active], errors.Join(werr, aerr), sc.Tail(20))
				return res
			}
		}
		children := func() []int {
			var out []int
			for _, p := range harness.Descendants(pid, harness.AllProcs()) {
				if p.State != "Z" {
					out = append(out, p.PID)
				}
			}
			return out
		}
		st := rssStage{Plugins: want}
		st.SidecarMiB = mib(sampleMedian(settle, func() int64 { return rssKiB([]int{pid}) }))
		st.LanguagePluginsMiB = mib(sampleMedian(0, func() int64 { return rssKiB(children()) }))
		st.LanguagePlugins = len(children())
		st.StubsMiB = mib(sampleMedian(0, func() int64 { return rssKiB(stubs()) }))
		res.Stages = append(res.Stages, st)
		logf("[sidecar] %d plugins: sidecar %.1f MiB, %d language plugin processes %.1f MiB, stubs %.1f MiB",
			want, st.SidecarMiB, st.LanguagePlugins, st.LanguagePluginsMiB, st.StubsMiB)
	}
	if len(res.Stages) > 1 {
		first, last := res.Stages[0], res.Stages[len(res.Stages)-1]
		if n := float64(last.Plugins - first.Plugins); n > 0 {
			res.PerPluginSidecarMiB = ptr((last.SidecarMiB - first.SidecarMiB) / n)
			res.PerPluginLanguageMiB = ptr((last.LanguagePluginsMiB - first.LanguagePluginsMiB) / n)
		}
	}
	return res
}
