package conformance_test

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

// TestRoundTrip proves, table-driven from src/generated/schema.json, that every unary API method
// and every hook carries generated values (non-zero in every field, seeded) through the bridge
// unchanged, judged by reflect.DeepEqual in Go. See README.md "Round trip".
//
//	API method M: Go writes Z_<M>Args → the echo plugin reads it, calls api.M through the bridge
//	  → the fake plugin.API checks it received exactly those args and answers the generated
//	  Z_<M>Returns → the plugin writes what it got back → Go checks it is exactly those returns.
//	hook H: Go writes Z_<H>Returns and fires H with generated args (HooksForPlugin, then
//	  HooksForPluginWithRPCErr) → the plugin writes the args it received and answers the returns
//	  → Go checks both.
func TestRoundTrip(t *testing.T) {
	rep, complete := runRoundTrip(t, false)
	if !complete {
		t.Log("a partial run (-run selected some methods): work/exercised.json not rewritten")
		return
	}
	if path, err := rep.write(); err != nil {
		t.Errorf("writing the exercised list: %v", err)
	} else {
		t.Logf("exercised methods written to %s (read by `npx tsx scripts/coverage-contract.ts`)", path)
	}
}

// TestRoundTripEdgeValues runs the same table with values beyond "non-zero everywhere" that Go's
// gob still carries exactly (Gen.Edge): zero and nil elements inside slices and maps, zero and
// empty-string map keys, nil inside []any / map[string]any. A failure here is a value a native Go
// plugin would receive intact and a bridged one does not.
func TestRoundTripEdgeValues(t *testing.T) {
	runRoundTrip(t, true)
}

// runRoundTrip activates the echo plugin once and runs every method as a subtest. complete is
// false when a -run pattern skipped some of them.
// startRoundTrip activates the echo plugin in a fresh Environment (shut down at cleanup).
func startRoundTrip(t *testing.T) (*roundTrip, *harness.Schema) {
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	schema, err := harness.LoadSchema(harness.SchemaFile(repo))
	if err != nil {
		t.Fatal(err)
	}
	seed := roundTripSeed(t)
	checkIfaceKindsRegistered(t, schema)

	exch := t.TempDir()
	logger, err := mlog.NewLogger() // no console output: the supervisor log is kept in e.Logs for diagnostics
	if err != nil {
		t.Fatal(err)
	}
	e, api, err := harness.NewRoundTrip(harness.Config{Logger: logger, Root: t.TempDir()}, exch)
	if err != nil {
		t.Fatalf("cannot set up the echo plugin: %v", err)
	}
	shutdownAtCleanup(t, e, "")
	activateStart := time.Now()
	if werr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, err = e.Activate() }); werr != nil || err != nil {
		t.Fatalf("env.Activate(%q): %v %v\n%s", e.ID, werr, err, e.Diagnostics())
	}
	t.Logf("echo plugin activated in %v (seed %d; ROUNDTRIP_SEED=<n> to change)", time.Since(activateStart).Round(time.Millisecond), seed)
	return &roundTrip{e: e, api: api, dir: exch, seed: seed}, schema
}

func runRoundTrip(t *testing.T, edge bool) (*rtReport, bool) {
	start := time.Now()
	rt, schema := startRoundTrip(t)
	rt.edge = edge
	seed := rt.seed

	rep := &rtReport{Seed: seed, ServerPublicVersion: schema.ServerPublicVersion,
		API:   rtSection{Failed: map[string][]string{}, Excluded: map[string]string{}},
		Hooks: rtSection{Failed: map[string][]string{}, Excluded: map[string]string{}}}

	if !edge {
		t.Run("selftest", func(t *testing.T) { rt.selftest(t, schema) })
		t.Run("activation", func(t *testing.T) {
			problems := rt.activation(schema)
			for _, name := range []string{"OnActivate", "Implemented"} {
				rep.Hooks.record(name, problems[name])
				for _, p := range problems[name] {
					t.Errorf("%s: %s", name, p)
				}
			}
		})
	}
	t.Run("api", func(t *testing.T) {
		for _, def := range schema.API {
			if why := excludedReason(def); why != "" {
				rep.API.Excluded[def.Name] = why
				continue
			}
			t.Run(def.Name, func(t *testing.T) {
				problems := rt.apiMethod(def)
				rep.API.record(def.Name, problems)
				for _, p := range problems {
					t.Error(p)
				}
			})
		}
	})
	t.Run("hooks", func(t *testing.T) {
		for _, def := range schema.Hooks {
			if def.Name == "OnActivate" || def.Name == "Implemented" {
				continue // the "activation" subtest
			}
			if why := excludedReason(def); why != "" {
				rep.Hooks.Excluded[def.Name] = why
				continue
			}
			t.Run(def.Name, func(t *testing.T) {
				problems := rt.hook(def)
				rep.Hooks.record(def.Name, problems)
				for _, p := range problems {
					t.Error(p)
				}
			})
		}
	})

	rep.Seconds = time.Since(start).Seconds()
	t.Log("\n" + rep.summary(len(schema.API), len(schema.Hooks)))
	ran := len(rep.API.Exercised) + len(rep.API.Failed) + len(rep.API.Excluded) +
		len(rep.Hooks.Exercised) + len(rep.Hooks.Failed) + len(rep.Hooks.Excluded)
	return rep, ran == len(schema.API)+len(schema.Hooks)
}

func roundTripSeed(t *testing.T) uint64 {
	if s := os.Getenv("ROUNDTRIP_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("ROUNDTRIP_SEED=%q: %v", s, err)
		}
		return n
	}
	return harness.DefaultRoundTripSeed
}

// checkIfaceKindsRegistered: every concrete type the generator puts into `any` must be one the
// contract knows how to carry (schema.json `registered`), else a failure would be the test's fault.
func checkIfaceKindsRegistered(t *testing.T, s *harness.Schema) {
	known := map[string]bool{}
	for _, r := range s.Registered {
		known[r.Name] = true
	}
	for _, n := range harness.IfaceKindNames() {
		if !known[n] {
			t.Fatalf("the generator puts %q into `any` values but schema.json does not register it", n)
		}
	}
}

// excludedReason says why a schema method is not part of the unary round trip ("" if it is).
func excludedReason(def harness.MethodDef) string {
	switch {
	case def.Streaming || (def.GRPC != nil && (def.GRPC.RequestStream || def.GRPC.ResponseStream)):
		return "pending: streaming (a separate issue; not a unary rpc)"
	case def.GRPC == nil:
		return "no gRPC mapping in the contract"
	}
	return ""
}

type roundTrip struct {
	e    *harness.Env
	api  *harness.RoundTripAPI
	dir  string
	seed uint64
	edge bool // generate Gen.Edge values (TestRoundTripEdgeValues)
}

// prefilledHooks are the hooks whose server-side client (plugin/client_rpc.go, hand-written)
// decodes the plugin's reply INTO the caller's argument (`_returns := &Z_<H>Returns{A: _args.B}`),
// keeping fields the reply omits; the value is the index of that argument in Z_<H>Args.
var prefilledHooks = map[string]int{
	"MessageWillBePosted":      1,
	"ChannelMemberWillBeAdded": 1,
	"TeamMemberWillBeAdded":    1,
}

// activation: OnActivate reached the plugin, and Implemented lists every unary hook.
func (rt *roundTrip) activation(s *harness.Schema) map[string][]string {
	out := map[string][]string{}
	if _, err := os.Stat(filepath.Join(rt.dir, "hooks", "OnActivate.called")); err != nil {
		out["OnActivate"] = append(out["OnActivate"], "the echo plugin's OnActivate did not run: "+err.Error())
	}
	hooks, err := rt.e.Hooks()
	if err != nil {
		out["Implemented"] = append(out["Implemented"], err.Error())
		return out
	}
	var names []string
	if werr := harness.WithTimeout(harness.CallTimeout, func() { names, err = hooks.Implemented() }); werr != nil || err != nil {
		out["Implemented"] = append(out["Implemented"], fmt.Sprintf("Implemented(): %v %v", werr, err))
		return out
	}
	want := []string{"OnActivate"}
	for _, d := range s.Hooks {
		if d.Name != "OnActivate" && d.Name != "Implemented" && excludedReason(d) == "" {
			want = append(want, d.Name)
		}
	}
	slices.Sort(want)
	got := slices.Clone(names)
	slices.Sort(got)
	if !slices.Equal(want, got) {
		out["Implemented"] = append(out["Implemented"], fmt.Sprintf("Implemented() = %q, want every unary hook %q", got, want))
	}
	return out
}

// selftest proves the comparisons can fail: the echo plugin changes one string in one message
// (see mutateIfAsked in plugin-echo/echo.ts) and the round trip must report it.
func (rt *roundTrip) selftest(t *testing.T, s *harness.Schema) {
	find := func(defs []harness.MethodDef, name string) harness.MethodDef {
		for _, d := range defs {
			if d.Name == name {
				return d
			}
		}
		t.Fatalf("schema has no %s", name)
		return harness.MethodDef{}
	}
	mutate := filepath.Join(rt.dir, "mutate")
	defer removeAll(mutate)
	for _, c := range []struct {
		stage string
		run   func() []string
	}{
		{"api-request", func() []string { return rt.apiMethod(find(s.API, "GetUser")) }},
		{"api-response", func() []string { return rt.apiMethod(find(s.API, "GetUser")) }},
		{"hook-request", func() []string { return rt.hook(find(s.Hooks, "MessageWillBePosted")) }},
		{"hook-response", func() []string { return rt.hook(find(s.Hooks, "MessageWillBePosted")) }},
	} {
		if err := os.WriteFile(mutate, []byte(c.stage), 0o644); err != nil {
			t.Fatal(err)
		}
		problems := c.run()
		removeAll(mutate)
		if len(problems) == 0 {
			t.Errorf("selftest: a string changed in the %s message went unnoticed", c.stage)
			continue
		}
		t.Logf("selftest %s noticed: %s", c.stage, problems[0])
	}
}

// zeroErrorFields zeroes the error results of a generated Z_<M>Returns (errors travel as gRPC
// status and have their own tests) and returns their paths.
func zeroErrorFields(v reflect.Value, def harness.MethodDef) []string {
	var paths []string
	for _, f := range def.Returns.Fields {
		if f.Error {
			fv := v.Elem().FieldByName(f.Gob)
			fv.Set(reflect.Zero(fv.Type()))
			paths = append(paths, "."+f.Gob)
		}
	}
	return paths
}

// generate builds a non-zero Z value, proves it survives Go→Go gob and lists the zero paths left
// (recursion cut-offs and the skipped error fields).
func (rt *roundTrip) generate(stream string, t reflect.Type, def *harness.MethodDef) (reflect.Value, []string, error) {
	if rt.edge {
		stream = "edge/" + stream
	}
	g := harness.NewGen(rt.seed, stream)
	g.Edge = rt.edge
	v := g.New(t)
	var skip []string
	if def != nil {
		skip = zeroErrorFields(v, *def)
	}
	if def != nil && def.Name == "LoadPluginConfiguration" {
		// the server glue sends json.Marshal(config): only canonical JSON of an object survives
		b, err := json.Marshal(g.JSONObject())
		if err != nil {
			return v, nil, err
		}
		v.Elem().Field(0).SetBytes(b)
	}
	if err := harness.SelfCheck(v); err != nil {
		return v, nil, err
	}
	if rt.edge {
		return v, g.Cuts, nil // zeros inside collections are the point
	}
	cuts := append(slices.Clone(g.Cuts), skip...)
	zeros := harness.ZeroPaths(v.Elem(), func(p string) bool {
		for _, c := range cuts {
			if p == c || strings.HasPrefix(c, p+" (") {
				return true
			}
		}
		return false
	})
	if len(zeros) > 0 {
		return v, nil, fmt.Errorf("generator left zero values at %s (not a cut-off)", strings.Join(zeros, ", "))
	}
	return v, g.Cuts, nil
}

func writeGobFile(path string, v reflect.Value) error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).EncodeValue(v); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func readGobFile(path string, t reflect.Type) (reflect.Value, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return reflect.Value{}, err
	}
	v := reflect.New(t)
	if err := gob.NewDecoder(bytes.NewReader(b)).DecodeValue(v); err != nil {
		return reflect.Value{}, fmt.Errorf("Go cannot gob-decode %s into %s: %v", filepath.Base(path), t, err)
	}
	return v, nil
}

func readErrorFile(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return "\n    plugin reported: " + strings.ReplaceAll(strings.TrimSpace(string(b)), "\n", "\n      ")
}

func removeAll(paths ...string) {
	for _, p := range paths {
		_ = os.Remove(p)
	}
}

// maxDiffLines caps the differences reported per comparison (a wholly wrong value would
// otherwise list every field).
const maxDiffLines = 12

// compare reports StrictDiff lines prefixed with what was compared.
func compare(what string, want, got any) []string {
	var out []string
	d := harness.StrictDiff(want, got)
	for i, line := range d {
		if i == maxDiffLines {
			out = append(out, fmt.Sprintf("%s: … and %d more differences", what, len(d)-maxDiffLines))
			break
		}
		out = append(out, what+line)
	}
	return out
}

func shortType(t reflect.Type) string { return strings.TrimPrefix(t.String(), "plugin.") }

// apiMethod round-trips one API method; it returns the problems found (none: exercised).
func (rt *roundTrip) apiMethod(def harness.MethodDef) []string {
	zt, ok := harness.APIZTypes(def.Name)
	if !ok {
		return []string{fmt.Sprintf("no Go gob structs known for %s (%s / %s): regenerate harness/roundtrip_gen.go (go generate ./harness)", def.Name, def.Args.GoType, def.Returns.GoType)}
	}
	args, _, err := rt.generate("api/"+def.Name+"/args", zt.Args, nil)
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", shortType(zt.Args), err)}
	}
	rets, _, err := rt.generate("api/"+def.Name+"/returns", zt.Returns, &def)
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", shortType(zt.Returns), err)}
	}
	return rt.apiRoundTrip(def, zt, args, rets, compare)
}

// comparer reports the differences between want and got, prefixed with what.
type comparer func(what string, want, got any) []string

// apiRoundTrip sends args through the echo plugin's api.<M> call, answering with rets.
func (rt *roundTrip) apiRoundTrip(def harness.MethodDef, zt harness.ZTypes, args, rets reflect.Value, compare comparer) []string {
	base := filepath.Join(rt.dir, "api", def.Name)
	removeAll(base+".reply.gob", base+".error.txt")
	if err := writeGobFile(base+".args.gob", args); err != nil {
		return []string{"writing args.gob: " + err.Error()}
	}
	rt.api.SetReturns(def.Name, rets)
	rt.api.TakeCalls()

	hooks, err := rt.e.Hooks()
	if err != nil {
		return []string{err.Error()}
	}
	var resp *model.CommandResponse
	var appErr *model.AppError
	if werr := harness.WithTimeout(harness.CallTimeout, func() {
		resp, appErr = hooks.ExecuteCommand(&plugin.Context{}, &model.CommandArgs{Command: "/roundtrip api " + def.Name})
	}); werr != nil {
		return []string{fmt.Sprintf("trigger ExecuteCommand(/roundtrip api %s): %v%s\n%s", def.Name, werr, readErrorFile(base+".error.txt"), rt.e.LogTail(20))}
	}

	var problems []string
	calls := rt.api.TakeCalls()
	var mine []harness.RTCall
	for _, c := range calls {
		if c.Method == def.Name {
			mine = append(mine, c)
		} else {
			problems = append(problems, fmt.Sprintf("unexpected API call %s while round-tripping %s", c.Method, def.Name))
		}
	}
	switch {
	case appErr != nil:
		problems = append(problems, fmt.Sprintf("trigger ExecuteCommand failed: %v%s", appErr, readErrorFile(base+".error.txt")))
	case resp == nil || resp.Text != "ok":
		text := "<nil response>"
		if resp != nil {
			text = resp.Text
		}
		problems = append(problems, fmt.Sprintf("echo plugin: %s", text))
	}
	if len(mine) != 1 {
		problems = append(problems, fmt.Sprintf("plugin.API.%s called %d times, want 1", def.Name, len(mine)))
	}
	if len(mine) > 0 {
		got, err := harness.ArgsStruct(mine[0], zt.Args)
		if err != nil {
			problems = append(problems, err.Error())
		} else {
			problems = append(problems, compare("server received "+shortType(zt.Args), args.Elem().Interface(), got.Elem().Interface())...)
		}
	}
	if _, err := os.Stat(base + ".reply.gob"); err == nil {
		got, err := readGobFile(base+".reply.gob", zt.Returns)
		if err != nil {
			problems = append(problems, err.Error())
		} else {
			problems = append(problems, compare("plugin received "+shortType(zt.Returns), rets.Elem().Interface(), got.Elem().Interface())...)
		}
	} else if len(problems) == 0 {
		problems = append(problems, "the echo plugin wrote no reply.gob")
	}
	return problems
}

// hook round-trips one hook through both server-side entry points.
func (rt *roundTrip) hook(def harness.MethodDef) []string {
	zt, ok := harness.HookZTypes(def.Name)
	if !ok {
		return []string{fmt.Sprintf("no Go gob structs known for %s (%s / %s): regenerate harness/roundtrip_gen.go", def.Name, def.Args.GoType, def.Returns.GoType)}
	}
	// Fresh, identical copies of the args for every call (pre-filled hooks write into theirs).
	freshArgs := func() reflect.Value {
		v, _, _ := rt.generate("hooks/"+def.Name+"/args", zt.Args, nil)
		return v
	}
	args, _, err := rt.generate("hooks/"+def.Name+"/args", zt.Args, nil)
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", shortType(zt.Args), err)}
	}
	rets, _, err := rt.generate("hooks/"+def.Name+"/returns", zt.Returns, &def)
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", shortType(zt.Returns), err)}
	}
	return rt.hookRoundTrip(def, zt, args, freshArgs, rets, compare)
}

// hookRoundTrip fires hook def with copies of args (freshArgs makes a new identical one per
// call), the plugin answering rets.
func (rt *roundTrip) hookRoundTrip(def harness.MethodDef, zt harness.ZTypes, args reflect.Value, freshArgs func() reflect.Value, rets reflect.Value, compare comparer) []string {
	base := filepath.Join(rt.dir, "hooks", def.Name)
	removeAll(base+".args.gob", base+".error.txt")
	if err := writeGobFile(base+".returns.gob", rets); err != nil {
		return []string{"writing returns.gob: " + err.Error()}
	}
	defer removeAll(base+".returns.gob", base+".args.gob")

	var problems []string
	checkArgs := func(via string) {
		got, err := readGobFile(base+".args.gob", zt.Args)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: the plugin did not echo its args: %v%s", via, err, readErrorFile(base+".error.txt")))
			return
		}
		problems = append(problems, compare(via+": plugin received "+shortType(zt.Args), args.Elem().Interface(), got.Elem().Interface())...)
		removeAll(base + ".args.gob")
	}
	in := func(v reflect.Value) []reflect.Value {
		out := make([]reflect.Value, v.Elem().NumField())
		for i := range out {
			out[i] = v.Elem().Field(i)
		}
		return out
	}
	nRets := zt.Returns.NumField()

	// 1. The server's path: HooksForPlugin (hand-written clients may pre-fill the reply).
	hooks, err := rt.e.Hooks()
	if err != nil {
		return []string{err.Error()}
	}
	m := reflect.ValueOf(hooks).MethodByName(def.Name)
	if !m.IsValid() {
		return []string{fmt.Sprintf("plugin.Hooks has no method %s", def.Name)}
	}
	want := rets
	if idx, ok := prefilledHooks[def.Name]; ok {
		// what a native Go plugin answering `rets` yields through the same client: the reply is
		// gob-decoded into the caller's argument
		want = reflect.New(zt.Returns)
		want.Elem().Field(0).Set(freshArgs().Elem().Field(idx))
		var buf bytes.Buffer
		err := gob.NewEncoder(&buf).EncodeValue(rets)
		if err == nil {
			err = gob.NewDecoder(&buf).DecodeValue(want)
		}
		if err != nil {
			return []string{"simulating the pre-filled reply with Go gob: " + err.Error()}
		}
	}
	var outs []reflect.Value
	via := "HooksForPlugin." + def.Name
	if werr := harness.WithTimeout(harness.CallTimeout, func() { outs = m.Call(in(freshArgs())) }); werr != nil {
		problems = append(problems, fmt.Sprintf("%s: %v\n%s", via, werr, rt.e.LogTail(20)))
	} else {
		for i := 0; i < nRets && i < len(outs); i++ {
			problems = append(problems, compare(fmt.Sprintf("%s: server received %s.%s", via, shortType(zt.Returns), zt.Returns.Field(i).Name),
				want.Elem().Field(i).Interface(), outs[i].Interface())...)
		}
		checkArgs(via)
	}

	// 2. The exact wire result: HooksForPluginWithRPCErr (fresh reply, transport error visible).
	hr, err := rt.e.HooksWithRPCErr()
	if err != nil {
		return append(problems, err.Error())
	}
	m2 := reflect.ValueOf(hr).MethodByName(def.Name + "WithRPCErr")
	if !m2.IsValid() {
		return problems // v0.4.4 has no *WithRPCErr companion for this hook
	}
	via = "HooksForPluginWithRPCErr." + def.Name + "WithRPCErr"
	if werr := harness.WithTimeout(harness.CallTimeout, func() { outs = m2.Call(in(freshArgs())) }); werr != nil {
		return append(problems, fmt.Sprintf("%s: %v\n%s", via, werr, rt.e.LogTail(20)))
	}
	if rpcErr, _ := outs[len(outs)-1].Interface().(error); rpcErr != nil {
		problems = append(problems, fmt.Sprintf("%s: RPC error: %v%s", via, rpcErr, readErrorFile(base+".error.txt")))
	}
	for i := 0; i < nRets && i < len(outs)-1; i++ {
		problems = append(problems, compare(fmt.Sprintf("%s: server received %s.%s", via, shortType(zt.Returns), zt.Returns.Field(i).Name),
			rets.Elem().Field(i).Interface(), outs[i].Interface())...)
	}
	checkArgs(via)
	return problems
}

// ---- report -----------------------------------------------------------------------------------

type rtSection struct {
	Exercised []string            `json:"exercised"`
	Failed    map[string][]string `json:"failed"`
	Excluded  map[string]string   `json:"excluded"`
}

func (s *rtSection) record(name string, problems []string) {
	if len(problems) == 0 {
		s.Exercised = append(s.Exercised, name)
		return
	}
	s.Failed[name] = problems
}

type rtReport struct {
	Comment             string    `json:"comment"`
	Seed                uint64    `json:"seed"`
	ServerPublicVersion string    `json:"serverPublicVersion"`
	Seconds             float64   `json:"seconds"`
	API                 rtSection `json:"api"`
	Hooks               rtSection `json:"hooks"`
}

func (r *rtReport) summary(nAPI, nHooks int) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "round trip (seed %d, %.1fs):\n", r.Seed, r.Seconds)
	fmt.Fprintf(&sb, "  API methods round-tripped: %d/%d (failed %d, excluded %d)\n", len(r.API.Exercised), nAPI, len(r.API.Failed), len(r.API.Excluded))
	fmt.Fprintf(&sb, "  hooks round-tripped:       %d/%d (failed %d, excluded %d)\n", len(r.Hooks.Exercised), nHooks, len(r.Hooks.Failed), len(r.Hooks.Excluded))
	for _, sec := range []struct {
		name string
		s    *rtSection
	}{{"api", &r.API}, {"hooks", &r.Hooks}} {
		for _, n := range sortedKeys(sec.s.Failed) {
			fmt.Fprintf(&sb, "  FAIL %s/%s:\n", sec.name, n)
			for _, p := range sec.s.Failed[n] {
				fmt.Fprintf(&sb, "    %s\n", p)
			}
		}
		for _, n := range sortedKeys(sec.s.Excluded) {
			fmt.Fprintf(&sb, "  excluded %s/%s: %s\n", sec.name, n, sec.s.Excluded[n])
		}
	}
	return sb.String()
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// write stores the report as <module>/work/exercised.json (gitignored).
func (r *rtReport) write() (string, error) {
	mod, err := harness.ModuleDir()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(mod, "work")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	r.Comment = "written by TestRoundTrip (test/conformance/roundtrip_test.go); exercised = round-tripped with DeepEqual equality"
	sort.Strings(r.API.Exercised)
	sort.Strings(r.Hooks.Exercised)
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "exercised.json")
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return "", err
	}
	return path, nil
}

// TestRoundTripGenerator checks the generator alone (no bridge): for every Z_<M>Args/Returns of
// the schema it builds a value with no zero field besides recursion cut-offs that survives
// Go→Go gob unchanged. Run it first when TestRoundTrip reports something odd.
func TestRoundTripGenerator(t *testing.T) {
	repo, err := harness.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	schema, err := harness.LoadSchema(harness.SchemaFile(repo))
	if err != nil {
		t.Fatal(err)
	}
	for _, edge := range []bool{false, true} {
		t.Run(map[bool]string{false: "nonzero", true: "edge"}[edge], func(t *testing.T) { checkGenerator(t, schema, edge) })
	}
}

func checkGenerator(t *testing.T, schema *harness.Schema, edge bool) {
	rt := &roundTrip{seed: roundTripSeed(t), edge: edge}
	cuts := map[string]bool{}
	for _, sec := range []struct {
		kind  string
		defs  []harness.MethodDef
		types func(string) (harness.ZTypes, bool)
	}{{"api", schema.API, harness.APIZTypes}, {"hooks", schema.Hooks, harness.HookZTypes}} {
		for _, def := range sec.defs {
			zt, ok := sec.types(def.Name)
			if !ok {
				if excludedReason(def) == "" && def.Name != "Implemented" {
					t.Errorf("%s/%s: no Go gob structs (regenerate harness/roundtrip_gen.go)", sec.kind, def.Name)
				}
				continue
			}
			for _, which := range []struct {
				name string
				t    reflect.Type
				def  *harness.MethodDef
			}{{"args", zt.Args, nil}, {"returns", zt.Returns, &def}} {
				_, c, err := rt.generate(sec.kind+"/"+def.Name+"/"+which.name, which.t, which.def)
				if err != nil {
					t.Errorf("%s/%s %s: %v", sec.kind, def.Name, shortType(which.t), err)
				}
				for _, p := range c {
					cuts[shortType(which.t)+p] = true
				}
			}
		}
	}
	t.Logf("recursion cut-offs (left nil): %s", strings.Join(sortedKeys(cuts), ", "))
}
