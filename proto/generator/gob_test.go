package main

import (
	"bytes"
	"encoding/gob"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/lib/pq"
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

var loadedWorld *world

func testWorld(t *testing.T) *world {
	t.Helper()
	if loadedWorld == nil {
		w, err := load(".")
		if err != nil {
			t.Fatal(err)
		}
		loadedWorld = w
	}
	return loadedWorld
}

// TestRegisteredNames checks the names computed from go/types against what encoding/gob really
// writes for an interface value of each type registered by the plugin package.
func TestRegisteredNames(t *testing.T) {
	w := testWorld(t)
	got := map[string]bool{}
	for _, r := range w.registered {
		got[r.name] = true
	}
	basics := []any{0, int8(0), int16(0), int32(0), int64(0), uint(0), uint8(0), uint16(0), uint32(0), uint64(0),
		float32(0), float64(0), complex64(0), complex128(0), uintptr(0), false, "", []byte(nil), []int(nil),
		[]int8(nil), []int16(nil), []int32(nil), []int64(nil), []uint(nil), []uint16(nil), []uint32(nil),
		[]uint64(nil), []float32(nil), []float64(nil), []complex64(nil), []complex128(nil), []uintptr(nil),
		[]bool(nil), []string(nil)}
	for i, b := range gobBasics() {
		if want := reflect.TypeOf(basics[i]).String(); gobRegisterName(b) != want {
			t.Errorf("basic %d: computed %q, reflect %q", i, gobRegisterName(b), want)
		}
	}
	values := []any{
		[]*model.MessageAttachment{}, []any{}, map[string]any{}, &model.AppError{}, &pq.Error{},
		&plugin.ErrorString{}, &model.AutocompleteDynamicListArg{}, &model.AutocompleteStaticListArg{},
		&model.AutocompleteTextArg{}, &model.PreviewPost{}, model.PropertyOptions[*model.PluginPropertyOption]{},
		[]model.PropertyOwner{},
	}
	if len(values) != len(w.registered) {
		t.Errorf("plugin registers %d types, test knows %d: update the test", len(w.registered), len(values))
	}
	for i, v := range values {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(&struct{ V any }{v}); err != nil {
			t.Fatalf("%T: %v", v, err)
		}
		if i < len(w.registered) && !bytes.Contains(buf.Bytes(), []byte(w.registered[i].name)) {
			t.Errorf("gob does not write %q for a %s", w.registered[i].name, reflect.TypeOf(v))
		}
	}

}

// TestGobEncodable compiles a throw-away program that gob-encodes the zero value of every wire
// struct, so types encoding/gob refuses (no exported fields, chans, funcs at top level…) are
// found at the type level. It reports them; only an unexpected failure fails the test.
func TestGobEncodable(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a program")
	}
	w := testWorld(t)
	var names []string
	for _, m := range append(append([]*method{}, w.hooks...), w.api...) {
		for _, tt := range []interface{ String() string }{m.argsType, m.returnsType} {
			s := tt.String()
			if strings.HasPrefix(s, pluginPkgPath+".Z_") {
				names = append(names, "plugin."+strings.TrimPrefix(s, pluginPkgPath+"."))
			}
		}
	}
	sort.Strings(names)
	var src strings.Builder
	src.WriteString("package main\n\nimport (\n\t\"encoding/gob\"\n\t\"fmt\"\n\t\"io\"\n\n\t\"github.com/mattermost/mattermost/server/public/plugin\"\n)\n\nfunc main() {\n")
	for _, n := range names {
		src.WriteString("\tif err := gob.NewEncoder(io.Discard).Encode(&" + n + "{}); err != nil {\n\t\tfmt.Println(\"" + n + ":\", err)\n\t}\n")
	}
	src.WriteString("}\n")
	dir, err := os.MkdirTemp(".", "gobcheck")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "run", "./"+filepath.Base(dir)).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(out) > 0 {
		t.Logf("wire structs encoding/gob cannot encode even as zero values:\n%s", out)
	}
	t.Logf("checked %d wire structs", len(names))
}

// TestHandwrittenMatchesUpstream cross-checks the "handwritten" flag against the list of methods
// upstream's own glue generator (plugin/interface_generator) excludes from generation.
func TestHandwrittenMatchesUpstream(t *testing.T) {
	w := testWorld(t)
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", serverPublicModule).Output()
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(dir)), "plugin", "interface_generator", "main.go"))
	if err != nil {
		t.Skip(err)
	}
	s := string(src)
	i := strings.Index(s, "excludedPluginHooks = []string{")
	if i < 0 {
		t.Skip("excludedPluginHooks not found")
	}
	block := s[i : i+strings.Index(s[i:], "}")]
	excluded := map[string]bool{}
	for _, part := range strings.Split(block, "\"")[1:] {
		if p := strings.TrimSpace(part); p != "" && p != "," && !strings.ContainsAny(p, "\n\t,") {
			excluded[p] = true
		}
	}
	for _, m := range append(append([]*method{}, w.hooks...), w.api...) {
		if m.handwritten != excluded[m.name] {
			t.Errorf("%s: handwritten=%v, upstream excluded=%v", m.name, m.handwritten, excluded[m.name])
		}
	}
}
