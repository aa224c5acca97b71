// Command generator derives the bridge's gRPC contract and the translator's schema from the Go
// plugin interfaces of github.com/mattermost/mattermost/server/public (the version pinned in
// go.mod). Nothing in its output is hand-copied: run it again after bumping the pin.
//
//	cd proto/generator && go run .          # write the outputs
//	cd proto/generator && go run . -check   # regenerate into a temp dir, fail with a diff on drift
//
// Outputs (paths relative to the repository root):
//
//	proto/mattermost/bridge/v1/models.proto      model messages (+ wrappers)
//	proto/mattermost/bridge/v1/hooks.proto       service PluginHooks and its messages
//	proto/mattermost/bridge/v1/api_<area>.proto  PluginAPI messages of one area
//	proto/mattermost/bridge/v1/api.proto         service PluginAPI
//	proto/mattermost/bridge/v1/lock.json         field numbers, only ever appended
//	src/generated/schema.json                    what the TypeScript translator reads
//
// How it reads the Go side. The plugin package is loaded with go/packages and go/types; the AST
// gives parameter names and doc comments. Every method of the Hooks and API interfaces (in
// declaration order) is matched with the method of the same name on the RPC server types
// hooksRPCServer / apiRPCServer, whose two parameters are exactly the gob argument and reply
// types (Z_<Method>Args / Z_<Method>Returns, or struct{} / []string for Implemented, *struct{}
// for ServeHTTP, Z_LoadPluginConfigurationArgsArgs, …). When a "<Method>Stream" twin exists
// (PluginHTTP → PluginHTTPStream) the Go client calls it first, so that is described. A method is
// "handwritten" when its server stub or wire structs live outside client_rpc_generated.go, and
// "streaming" when its Go signature carries an io.Reader/io.Writer/http.ResponseWriter/
// *http.Request/*http.Response or its wire struct carries a MuxBroker stream id (uint32 field
// named *Stream*). Streaming methods keep their schema entry and messages but are not in the
// gRPC services (the bridge hand-codes them). gob.Register calls in the plugin package's init
// functions give the registered interface type names, computed exactly as encoding/gob does.
//
// Go types as gob sees them. Every named type reachable from the wire structs is recorded in the
// schema under "<package name>.<Name>" ("model.Post", "plugin.Context", "time.Time",
// "model.PropertyOptions[*model.PluginPropertyOption]"). A struct lists its gob-sent fields:
// exported, not chan/func (or pointers to them), in declaration order; embedded structs are
// ordinary fields named after their type. A type whose T or *T has GobEncode (first) or
// MarshalBinary is a "gobencoder" ("gob" / "binary"); gob ignores MarshalText, so no type is
// ever "text". Other named non-struct types are "alias" entries of their underlying type;
// named non-empty interfaces (io.ReadCloser) are "interface" entries.
//
// Proto mapping. Package mattermost.bridge.v1. Messages: request <Method>Request, response
// <Method>Response; model messages take the Go type name for package model and are prefixed
// with the package name otherwise (plugin.Context → PluginContext, url.URL → Url); generic
// instances append their arguments (PropertyOptions[*PluginPropertyOption] →
// PropertyOptionsPluginPropertyOption). Field names are snake_case (CreateAt → create_at,
// UserId → user_id, ID → id, IPAddress → ip_address), de-duplicated with _2, _3 on collision.
// Request fields are named after the Go parameters (a *plugin.Context parameter is always
// "context"); hand-written wire fields with names (APIMuxId, ResponseWriterStream) use those.
// Response fields use the Go result names when named, else a small override table
// (responseNames; "rejection_reason" for the string a *Will* hook returns to reject), else the
// type (*model.Post → post, []*model.Post → posts, bool/string/int64/[]byte → value). Results of
// type error or *model.AppError are not fields: they travel as gRPC status with an AppError
// message in its details. MuxBroker stream ids are not fields either.
//
// Types: string→string, bool→bool, int/int64→int64, int8/16/32→int32, uint/uint64/uintptr→
// uint64, uint8/16/32→uint32, float64→double, float32→float, []byte/[N]byte/json.RawMessage→
// bytes, time.Time→google.protobuf.Timestamp, other gobencoders→a message with one field
// "value" holding the encoded form (string for url.URL), map[string]any (named or not)→
// google.protobuf.Struct, any→google.protobuf.Value, []any→google.protobuf.ListValue, []T and
// [N]T→repeated T, map[K]V→map<K, V> for string/integer/bool keys, pointer to struct→the message,
// pointer to scalar→proto3 optional scalar, named non-struct types→their underlying type, a
// field of type error→AppError. Proto cannot nest repeated/map in repeated or map values, so
// such values are wrapped in a message with a single field "values": [][]string → repeated
// StringList, map[string][]string → map<string, StringList>, map[string]map[string]string →
// map<string, StringStringMap> (suffix "Wrapper" if the name is taken by a model type).
// Anonymous struct types become a message named <Owner><Field>. Fields with no proto form
// (non-empty interfaces) are left out of the message and keep no number in the schema.
//
// Field numbers come from lock.json (message → field name → number). A new field gets the
// message's highest number ever used + 1; a field that disappears keeps its lock entry and is
// emitted as reserved (number and name), so numbers are never reused.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root := flag.String("root", "../..", "repository root the outputs are written under")
	check := flag.Bool("check", false, "regenerate into a temporary directory and fail with a diff if the committed files differ")
	flag.Parse()
	if err := run(*root, *check); err != nil {
		fmt.Fprintln(os.Stderr, "generator:", err)
		os.Exit(1)
	}
}

func run(root string, check bool) error {
	w, err := load(".")
	if err != nil {
		return err
	}
	g := newGen(w)
	files, err := g.generate(filepath.Join(root, protoDir, "lock.json"))
	if err != nil {
		return err
	}
	for _, warn := range g.warnings {
		fmt.Fprintln(os.Stderr, "warning:", warn)
	}
	if check {
		return checkDrift(root, files)
	}
	if err := removeStale(root, files); err != nil {
		return err
	}
	paths := sortedKeys(files)
	for _, p := range paths {
		full := filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, files[p], 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("generator: %d hooks, %d API methods, %d driver methods, %d messages, %d schema types; wrote %d files\n",
		len(w.hooks), len(w.api), len(w.driver), len(g.msgs), len(g.types), len(files))
	return nil
}

// generate runs all phases and returns the rendered files.
func (g *gen) generate(lockPath string) (map[string][]byte, error) {
	w := g.w
	// Phase 1: walk the Go types.
	hooks := g.buildMethods(w.hooks)
	api := g.buildMethods(w.api)
	driver := g.buildMethods(w.driver)
	g.walkRegistered()
	model := w.plugin.Imports[modelPkgPath]
	if model == nil {
		return nil, fmt.Errorf("plugin does not import %s", modelPkgPath)
	}
	appErr, ok := model.Types.Scope().Lookup("AppError").Type().(*types.Named)
	if !ok {
		return nil, fmt.Errorf("model.AppError not found")
	}
	g.ref(appErr)
	nTypes := len(g.types)

	// Phase 2: proto messages.
	if err := g.assignTypeProto(); err != nil {
		return nil, err
	}
	g.buildTypeMessages()
	if err := g.buildMessages(hooks, "PluginHooks"); err != nil {
		return nil, err
	}
	if err := g.buildMessages(api, "PluginAPI"); err != nil {
		return nil, err
	}
	if err := g.buildMessages(driver, "PluginDriver"); err != nil {
		return nil, err
	}
	if len(g.types) != nTypes {
		return nil, fmt.Errorf("internal: types discovered after the walk")
	}

	// Phase 3: field numbers.
	lf, err := readLock(lockPath)
	if err != nil {
		return nil, err
	}
	g.number(lf)

	// Phase 4: files.
	return g.render(hooks, api, driver, lf)
}

type regEntry struct {
	name string
	typ  types.Type
	ref  *tref
}

var registeredRefs []regEntry

// gobBasics are the types encoding/gob registers itself (registerBasics in encoding/gob/type.go):
// values of these types can travel in interface fields (map[string]any, []any, …) unregistered.
func gobBasics() []types.Type {
	var out []types.Type
	kinds := []types.BasicKind{types.Int, types.Int8, types.Int16, types.Int32, types.Int64, types.Uint,
		types.Uint8, types.Uint16, types.Uint32, types.Uint64, types.Float32, types.Float64,
		types.Complex64, types.Complex128, types.Uintptr, types.Bool, types.String}
	for _, k := range kinds {
		out = append(out, types.Typ[k])
	}
	for _, k := range []types.BasicKind{types.Uint8, types.Int, types.Int8, types.Int16, types.Int32,
		types.Int64, types.Uint, types.Uint16, types.Uint32, types.Uint64, types.Float32,
		types.Float64, types.Complex64, types.Complex128, types.Uintptr, types.Bool, types.String} {
		out = append(out, types.NewSlice(types.Typ[k]))
	}
	return out
}

func (g *gen) walkRegistered() {
	registeredRefs = nil
	for _, r := range g.w.registered {
		registeredRefs = append(registeredRefs, regEntry{name: r.name, typ: r.typ, ref: g.ref(r.typ)})
	}
	for _, t := range gobBasics() {
		registeredRefs = append(registeredRefs, regEntry{name: gobRegisterName(t), typ: t, ref: g.ref(t)})
	}
}

func (g *gen) registeredAll() []regEntry { return registeredRefs }

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// staleProtoFiles lists generated .proto files in the output directory that this run does not
// produce (an area that disappeared).
func staleProtoFiles(root string, files map[string][]byte) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(root, protoDir))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var stale []string
	for _, e := range entries {
		rel := protoDir + "/" + e.Name()
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".proto") || files[rel] != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			return nil, err
		}
		if bytes.HasPrefix(b, []byte(generatedHeader)) {
			stale = append(stale, rel)
		}
	}
	return stale, nil
}

func removeStale(root string, files map[string][]byte) error {
	stale, err := staleProtoFiles(root, files)
	if err != nil {
		return err
	}
	for _, rel := range stale {
		if err := os.Remove(filepath.Join(root, rel)); err != nil {
			return err
		}
	}
	return nil
}

func checkDrift(root string, files map[string][]byte) error {
	tmp, err := os.MkdirTemp("", "proto-generator-check-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	drift := false
	for _, p := range sortedKeys(files) {
		fresh := filepath.Join(tmp, p)
		if err := os.MkdirAll(filepath.Dir(fresh), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(fresh, files[p], 0o644); err != nil {
			return err
		}
		committed, err := os.ReadFile(filepath.Join(root, p))
		if err == nil && bytes.Equal(committed, files[p]) {
			continue
		}
		drift = true
		if err != nil {
			fmt.Printf("missing: %s (%v)\n", p, err)
			continue
		}
		cmd := exec.Command("diff", "-u", "--label", "committed/"+p, "--label", "generated/"+p, filepath.Join(root, p), fresh)
		cmd.Stdout = os.Stdout
		cmd.Stderr = os.Stderr
		_ = cmd.Run()
	}
	stale, err := staleProtoFiles(root, files)
	if err != nil {
		return err
	}
	for _, s := range stale {
		drift = true
		fmt.Printf("stale: %s is no longer generated\n", s)
	}
	if drift {
		return fmt.Errorf("generated files differ from the committed ones: run `cd proto/generator && go run .`")
	}
	fmt.Println("generator: committed files are up to date")
	return nil
}
