package harness

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Proc is one process as seen in /proc.
type Proc struct {
	PID       int
	PPID      int
	State     string // R, S, D, Z, ...
	StartTime uint64 // clock ticks since boot (field 22 of /proc/<pid>/stat); guards against pid reuse
	Cmdline   string // NUL-separated argv joined with spaces
}

func (p Proc) String() string {
	return fmt.Sprintf("pid=%d ppid=%d state=%s cmd=%q", p.PID, p.PPID, p.State, p.Cmdline)
}

// ReadProc reads /proc/<pid>; ok is false if the process does not exist.
func ReadProc(pid int) (Proc, bool) {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return Proc{}, false
	}
	// comm may contain spaces and parens: fields start after the LAST ')'.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return Proc{}, false
	}
	f := strings.Fields(string(stat[i+1:]))
	if len(f) < 20 {
		return Proc{}, false
	}
	p := Proc{PID: pid, State: f[0]}
	p.PPID, _ = strconv.Atoi(f[1])
	p.StartTime, _ = strconv.ParseUint(f[19], 10, 64)
	if cl, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid)); err == nil {
		p.Cmdline = strings.TrimSpace(string(bytes.ReplaceAll(cl, []byte{0}, []byte{' '})))
	}
	return p, true
}

// AllProcs returns every process currently visible in /proc.
func AllProcs() []Proc {
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var out []Proc
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if p, ok := ReadProc(pid); ok {
			out = append(out, p)
		}
	}
	return out
}

// Descendants returns all processes below root (not including root).
func Descendants(root int, procs []Proc) []Proc {
	children := map[int][]Proc{}
	for _, p := range procs {
		children[p.PPID] = append(children[p.PPID], p)
	}
	var out []Proc
	queue := []int{root}
	seen := map[int]bool{root: true}
	for len(queue) > 0 {
		pid := queue[0]
		queue = queue[1:]
		for _, c := range children[pid] {
			if seen[c.PID] {
				continue
			}
			seen[c.PID] = true
			out = append(out, c)
			queue = append(queue, c.PID)
		}
	}
	return out
}

func matchesAny(cmdline string, markers []string) bool {
	for _, m := range markers {
		if m != "" && strings.Contains(cmdline, m) {
			return true
		}
	}
	return false
}

// PluginProcessTree returns the plugin processes started by this test process:
// descendants of os.Getpid() whose cmdline mentions one of markers (the bundle
// dir, the TS plugin path), plus every process below those (e.g. the language
// plugin spawned by the bridge, or helper shells). Zombies are left out.
func PluginProcessTree(markers ...string) []Proc {
	all := AllProcs()
	var roots []Proc
	for _, p := range Descendants(os.Getpid(), all) {
		if p.State != "Z" && matchesAny(p.Cmdline, markers) {
			roots = append(roots, p)
		}
	}
	set := map[int]Proc{}
	for _, r := range roots {
		set[r.PID] = r
		for _, d := range Descendants(r.PID, all) {
			if d.State != "Z" {
				set[d.PID] = d
			}
		}
	}
	out := make([]Proc, 0, len(set))
	for _, p := range set {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].PID < out[j].PID })
	return out
}

// GlobalMatches returns every live (non-zombie) process on the machine whose
// cmdline mentions one of markers, wherever it sits in the tree (catches
// plugin processes that were orphaned and re-parented away from us).
func GlobalMatches(markers ...string) []Proc {
	var out []Proc
	self := os.Getpid()
	for _, p := range AllProcs() {
		if p.PID != self && p.State != "Z" && matchesAny(p.Cmdline, markers) {
			out = append(out, p)
		}
	}
	return out
}

// alive reports whether p (same pid AND same start time) still runs; zombies
// count as gone (they no longer execute and are reaped by their parent).
func alive(p Proc) (Proc, bool) {
	cur, ok := ReadProc(p.PID)
	if !ok || cur.StartTime != p.StartTime || cur.State == "Z" {
		return cur, false
	}
	return cur, true
}

// WaitGone polls until none of procs is alive or the timeout expires; it
// returns the survivors.
func WaitGone(procs []Proc, timeout time.Duration) []Proc {
	var left []Proc
	PollUntil(timeout, func() bool {
		left = left[:0]
		for _, p := range procs {
			if cur, ok := alive(p); ok {
				left = append(left, cur)
			}
		}
		return len(left) == 0
	})
	return left
}

// PollUntil evaluates cond every PollInterval until it returns true or the
// timeout expires (cond is always evaluated at least once, and once more at the
// deadline). It reports whether cond became true.
func PollUntil(timeout time.Duration, cond func() bool) bool {
	if cond() {
		return true
	}
	tick := time.NewTicker(PollInterval)
	defer tick.Stop()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		select {
		case <-tick.C:
			if cond() {
				return true
			}
		case <-deadline.C:
			return cond()
		}
	}
}

// PollInterval is the /proc polling period.
const PollInterval = 10 * time.Millisecond

// EnvironToken returns the value of key in /proc/<pid>/environ ("" if absent or unreadable).
func EnvironToken(pid int, key string) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/environ", pid))
	if err != nil {
		return ""
	}
	prefix := key + "="
	for _, kv := range bytes.Split(b, []byte{0}) {
		if v, ok := strings.CutPrefix(string(kv), prefix); ok {
			return v
		}
	}
	return ""
}

// ProcsWithEnv returns live (non-zombie) processes other than this one whose
// environment contains key=value: processes that inherited the harness token,
// wherever they were re-parented.
func ProcsWithEnv(key, value string) []Proc {
	var out []Proc
	self := os.Getpid()
	for _, p := range AllProcs() {
		if p.PID != self && p.State != "Z" && EnvironToken(p.PID, key) == value {
			out = append(out, p)
		}
	}
	return out
}

// FormatProcs renders a process list for failure messages.
func FormatProcs(procs []Proc) string {
	if len(procs) == 0 {
		return "  (none)"
	}
	var sb strings.Builder
	for _, p := range procs {
		sb.WriteString("  ")
		sb.WriteString(p.String())
		sb.WriteString("\n")
	}
	return strings.TrimRight(sb.String(), "\n")
}

// CPUTime sums user and system CPU time of pids (/proc/<pid>/stat utime and stime, in clock
// ticks of 10 ms: USER_HZ is 100 on Linux); processes that are gone count 0.
func CPUTime(pids []int) time.Duration {
	var ticks int64
	for _, pid := range pids {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		i := strings.LastIndexByte(string(b), ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(string(b[i+1:]))
		if len(f) < 13 {
			continue
		}
		u, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		ticks += u + st
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}
