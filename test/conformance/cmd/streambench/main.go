// Command streambench measures ServeHTTP streaming through the real plugin loader
// (plugin.Environment → HooksForPlugin(id).ServeHTTP) for the native Go streaming plugin
// (gostream/) and the bridged TypeScript one (plugin-stream/), in the same run, and prints
// one JSON object on stdout (logs go to stderr):
//
//	{
//	  "native":  {"upload":{"1MB":{"mbPerSec":…,"runs":…},"100MB":{…}},
//	              "download":{…}, "get1KB":{"p50Ms":…,"p99Ms":…,"n":…}},
//	  "bridged": {… same …, "rss":{"mode":"echo","bytes":1000000000,"baselineMiB":…,
//	              "peakMiB":…,"growthMiB":…,"pluginGrowthMiB":…,"seconds":…,"method":"VmHWM"}},
//	  "ratios":  {"upload1MB":…,"upload100MB":…,"download1MB":…,"download100MB":…,
//	              "get1KBp50":…,"get1KBp99":…},
//	  "goals":   {"throughputRatioMin":0.8,"throughputOk":…,"rssGrowthMaxMiB":32,"rssOk":…}
//	}
//
// Throughput ratios are bridged/native MB/s (goal ≥ 0.8); latency ratios are bridged/native
// (lower is better). upload = POST /hash (the plugin reads and hashes the body), download =
// GET /download?size=N (the plugin writes N bytes), get1KB = GET /download?size=1024, each
// call bounded by a timeout. rss: the bridge process's (node dist/src/cli/main.js serve)
// peak RSS growth over its RSS before one transfer of -rss-bytes (VmHWM after resetting it
// through /proc/<pid>/clear_refs, else 10 ms sampling). A kind that cannot run gets
// {"error":"…"}, its ratios are null and the exit status is 1.
//
//	cd test/conformance && go run ./cmd/streambench [-runs-1mb 20] [-runs-100mb 3] [-gets 500]
//	    [-rss-bytes 1000000000] [-rss-mode echo|upload|download]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"time"

	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/gostream/pattern"
	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

const mb = 1000 * 1000

type rate struct {
	MBPerSec float64 `json:"mbPerSec"`
	Runs     int     `json:"runs"`
}

type latency struct {
	P50Ms float64 `json:"p50Ms"`
	P99Ms float64 `json:"p99Ms"`
	N     int     `json:"n"`
}

type rssResult struct {
	Mode            string  `json:"mode"`
	Bytes           int64   `json:"bytes"`
	BaselineMiB     float64 `json:"baselineMiB"`
	PeakMiB         float64 `json:"peakMiB"`
	GrowthMiB       float64 `json:"growthMiB"`
	PluginGrowthMiB float64 `json:"pluginGrowthMiB"`
	Seconds         float64 `json:"seconds"`
	Method          string  `json:"method"`
}

type kindResult struct {
	Upload   map[string]rate `json:"upload,omitempty"`
	Download map[string]rate `json:"download,omitempty"`
	Get1KB   *latency        `json:"get1KB,omitempty"`
	RSS      *rssResult      `json:"rss,omitempty"`
	Error    string          `json:"error,omitempty"`
}

type output struct {
	Native  kindResult          `json:"native"`
	Bridged kindResult          `json:"bridged"`
	Ratios  map[string]*float64 `json:"ratios"`
	Goals   map[string]any      `json:"goals"`
}

type config struct {
	runs1MB, runs100MB, gets int
	rssBytes                 int64
	rssMode                  string
}

func main() {
	var c config
	flag.IntVar(&c.runs1MB, "runs-1mb", 20, "measured 1 MB transfers per direction and kind")
	flag.IntVar(&c.runs100MB, "runs-100mb", 3, "measured 100 MB transfers per direction and kind")
	flag.IntVar(&c.gets, "gets", 500, "measured 1 KB GETs per kind")
	flag.Int64Var(&c.rssBytes, "rss-bytes", 1000*mb, "bytes of the transfer during which the bridge's RSS is watched (0: skip)")
	flag.StringVar(&c.rssMode, "rss-mode", "echo", "transfer for the RSS measurement: echo (both ways at once), upload or download")
	flag.Parse()

	if global, err := harness.QuietLogger(os.Stderr); err == nil {
		mlog.InitGlobalLogger(global)
		defer global.Shutdown()
	}

	var out output
	out.Native = run(harness.Native, c)
	out.Bridged = run(harness.Bridged, c)

	out.Ratios = map[string]*float64{}
	ratio := func(b, n float64) *float64 {
		if b <= 0 || n <= 0 {
			return nil
		}
		r := b / n
		return &r
	}
	throughputOk := true
	for _, dir := range []string{"upload", "download"} {
		for _, size := range []string{"1MB", "100MB"} {
			var b, n float64
			if dir == "upload" {
				b, n = out.Bridged.Upload[size].MBPerSec, out.Native.Upload[size].MBPerSec
			} else {
				b, n = out.Bridged.Download[size].MBPerSec, out.Native.Download[size].MBPerSec
			}
			r := ratio(b, n)
			out.Ratios[dir+size] = r
			if r == nil || *r < 0.8 {
				throughputOk = false
			}
		}
	}
	if out.Native.Get1KB != nil && out.Bridged.Get1KB != nil {
		out.Ratios["get1KBp50"] = ratio(out.Bridged.Get1KB.P50Ms, out.Native.Get1KB.P50Ms)
		out.Ratios["get1KBp99"] = ratio(out.Bridged.Get1KB.P99Ms, out.Native.Get1KB.P99Ms)
	} else {
		out.Ratios["get1KBp50"], out.Ratios["get1KBp99"] = nil, nil
	}
	out.Goals = map[string]any{"throughputRatioMin": 0.8, "throughputOk": throughputOk, "rssGrowthMaxMiB": 32}
	if out.Bridged.RSS != nil {
		out.Goals["rssOk"] = out.Bridged.RSS.GrowthMiB <= 32
	} else {
		out.Goals["rssOk"] = nil
	}

	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if out.Native.Error != "" || out.Bridged.Error != "" {
		os.Exit(1)
	}
}

func logf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }

func run(kind harness.Kind, c config) (res kindResult) {
	logger, err := harness.QuietLogger(os.Stderr)
	if err != nil {
		return kindResult{Error: err.Error()}
	}
	defer logger.Shutdown()
	root, err := os.MkdirTemp("", "conformance-streambench-")
	if err != nil {
		return kindResult{Error: err.Error()}
	}
	defer os.RemoveAll(root)

	e, err := harness.NewStream(kind, harness.Config{Logger: logger, Root: root})
	if err != nil {
		return kindResult{Error: err.Error()}
	}
	defer func() {
		if err := harness.WithTimeout(harness.ShutdownTimeout, func() { _ = e.Shutdown() }); err != nil {
			logf("[%s] shutdown: %v", kind, err)
			e.KillLeftovers()
		}
	}()
	var aerr error
	if werr := harness.WithTimeout(harness.ActivateTimeout, func() { aerr = e.ActivateAll() }); werr != nil {
		return kindResult{Error: "activate: " + werr.Error()}
	} else if aerr != nil {
		return kindResult{Error: "activate: " + aerr.Error()}
	}
	h, err := e.Env.Env.HooksForPlugin(e.ID)
	if err != nil {
		return kindResult{Error: err.Error()}
	}

	res.Upload, res.Download = map[string]rate{}, map[string]rate{}
	for _, s := range []struct {
		name string
		n    int64
		runs int
	}{{"1MB", 1 * mb, c.runs1MB}, {"100MB", 100 * mb, c.runs100MB}} {
		up, err := measure(h, kind, "upload", s.n, s.runs)
		if err != nil {
			return kindResult{Error: err.Error()}
		}
		res.Upload[s.name] = up
		down, err := measure(h, kind, "download", s.n, s.runs)
		if err != nil {
			return kindResult{Error: err.Error()}
		}
		res.Download[s.name] = down
		logf("[%s] %s: upload %.1f MB/s, download %.1f MB/s", kind, s.name, up.MBPerSec, down.MBPerSec)
	}

	lat, err := measureGets(h, c.gets)
	if err != nil {
		return kindResult{Error: err.Error()}
	}
	res.Get1KB = lat
	logf("[%s] 1 KB GET: p50 %.3f ms, p99 %.3f ms (%d)", kind, lat.P50Ms, lat.P99Ms, lat.N)

	if kind == harness.Bridged && c.rssBytes > 0 {
		r, err := measureRSS(e, h, c)
		if err != nil {
			return kindResult{Error: err.Error()}
		}
		res.RSS = r
		logf("[%s] RSS during a %d-byte %s: %.1f MiB → peak %.1f MiB (+%.1f MiB; TS plugin +%.1f MiB) in %.1f s",
			kind, r.Bytes, r.Mode, r.BaselineMiB, r.PeakMiB, r.GrowthMiB, r.PluginGrowthMiB, r.Seconds)
	}
	return res
}

// transfer runs one ServeHTTP call and checks the bytes by hash.
func transfer(h plugin.Hooks, mode string, n int64) (time.Duration, error) {
	var req *http.Request
	switch mode {
	case "upload":
		req = httptest.NewRequest(http.MethodPost, "/hash", pattern.NewReader(n))
	case "download":
		req = httptest.NewRequest(http.MethodGet, fmt.Sprintf("/download?size=%d", n), nil)
	case "echo":
		req = httptest.NewRequest(http.MethodPost, "/echo", pattern.NewReader(n))
	default:
		return 0, fmt.Errorf("unknown transfer mode %q", mode)
	}
	rec := harness.NewHashRecorder()
	start := time.Now()
	timeout := 15*time.Second + time.Duration(n/(2*mb))*time.Second
	if err := harness.WithTimeout(timeout, func() { h.ServeHTTP(harness.HookContext(), rec, req) }); err != nil {
		return 0, fmt.Errorf("%s of %d bytes: %w (status %d, %d bytes so far)", mode, n, err, rec.Code, rec.N)
	}
	d := time.Since(start)
	if rec.Code != http.StatusOK {
		return 0, fmt.Errorf("%s of %d bytes: status %d %q", mode, n, rec.Code, rec.Head)
	}
	want := pattern.SHA256(n, false)
	switch mode {
	case "upload":
		var got struct {
			SHA256 string `json:"sha256"`
			Length int64  `json:"length"`
		}
		if err := json.Unmarshal(rec.Head, &got); err != nil || got.SHA256 != want || got.Length != n {
			return 0, fmt.Errorf("upload of %d bytes: plugin answered %q, want sha256 %s", n, rec.Head, want)
		}
	default:
		if rec.N != n || rec.SHA256() != want {
			return 0, fmt.Errorf("%s of %d bytes: got %d bytes sha256 %s, want %s", mode, n, rec.N, rec.SHA256(), want)
		}
	}
	return d, nil
}

func measure(h plugin.Hooks, kind harness.Kind, mode string, n int64, runs int) (rate, error) {
	if runs < 1 {
		runs = 1
	}
	pattern.SHA256(n, false)                        // memoise outside the timed region
	if _, err := transfer(h, mode, n); err != nil { // warm-up
		return rate{}, fmt.Errorf("[%s] %w", kind, err)
	}
	var ds []time.Duration
	for i := 0; i < runs; i++ {
		d, err := transfer(h, mode, n)
		if err != nil {
			return rate{}, fmt.Errorf("[%s] %w", kind, err)
		}
		ds = append(ds, d)
	}
	slices.Sort(ds)
	med := ds[len(ds)/2]
	return rate{MBPerSec: float64(n) / mb / med.Seconds(), Runs: runs}, nil
}

func measureGets(h plugin.Hooks, n int) (*latency, error) {
	if n < 1 {
		n = 1
	}
	get := func() (time.Duration, error) {
		req := httptest.NewRequest(http.MethodGet, "/download?size=1024", nil)
		rec := harness.NewHashRecorder()
		start := time.Now()
		if err := harness.WithTimeout(harness.CallTimeout, func() { h.ServeHTTP(harness.HookContext(), rec, req) }); err != nil {
			return 0, fmt.Errorf("1 KB GET: %w", err)
		}
		if rec.Code != http.StatusOK || rec.N != 1024 {
			return 0, fmt.Errorf("1 KB GET: status %d, %d bytes", rec.Code, rec.N)
		}
		return time.Since(start), nil
	}
	for i := 0; i < 50; i++ {
		if _, err := get(); err != nil {
			return nil, err
		}
	}
	ds := make([]time.Duration, 0, n)
	for i := 0; i < n; i++ {
		d, err := get()
		if err != nil {
			return nil, err
		}
		ds = append(ds, d)
	}
	slices.Sort(ds)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	p99 := ds[min(len(ds)-1, (len(ds)*99)/100)]
	return &latency{P50Ms: ms(ds[len(ds)/2]), P99Ms: ms(p99), N: n}, nil
}

func measureRSS(e *harness.StreamEnv, h plugin.Hooks, c config) (*rssResult, error) {
	bridge := e.BridgePID(e.ID)
	if bridge == 0 {
		return nil, fmt.Errorf("bridge process not found")
	}
	lang := e.LanguagePluginPID(e.ID)
	r := &rssResult{Mode: c.rssMode, Bytes: c.rssBytes, Method: "VmHWM"}
	resetOK := harness.ResetPeak(bridge) == nil
	if lang != 0 {
		_ = harness.ResetPeak(lang)
	}
	before, err := harness.ReadMem(bridge)
	if err != nil {
		return nil, err
	}
	var langBefore harness.Mem
	if lang != 0 {
		langBefore, _ = harness.ReadMem(lang)
	}
	sampler := harness.StartPeakSampler(bridge, 10*time.Millisecond)
	d, terr := transfer(h, c.rssMode, c.rssBytes)
	sampled := sampler.Stop()
	if terr != nil {
		return nil, terr
	}
	after, _ := harness.ReadMem(bridge)
	peak := sampled
	if resetOK {
		peak = max(after.HWMKiB, sampled)
	} else {
		r.Method = "sampled every 10 ms"
	}
	r.BaselineMiB = float64(before.RSSKiB) / 1024
	r.PeakMiB = float64(peak) / 1024
	r.GrowthMiB = r.PeakMiB - r.BaselineMiB
	r.Seconds = d.Seconds()
	if lang != 0 {
		if la, err := harness.ReadMem(lang); err == nil {
			r.PluginGrowthMiB = float64(la.HWMKiB-langBefore.RSSKiB) / 1024
		}
	}
	return r, nil
}
