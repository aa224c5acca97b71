package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLockAppendsAndReserves(t *testing.T) {
	g := &gen{msgs: map[string]*message{
		"M": {name: "M", fields: []*mfield{{name: "a", pt: ptype{typ: "string"}}, {name: "b", pt: ptype{typ: "int64"}}}},
		"N": {name: "N", fields: []*mfield{{name: "x", pt: ptype{typ: "bool"}}, {name: "y", pt: ptype{typ: "bool"}}}},
	}}
	lf := &lockFile{Messages: map[string]map[string]int{"M": {"a": 1, "c": 2}}}
	g.number(lf)
	m := g.msgs["M"]
	if m.fields[0].number != 1 || m.fields[1].number != 3 {
		t.Errorf("M numbers: a=%d b=%d, want 1 and 3", m.fields[0].number, m.fields[1].number)
	}
	if len(m.reserved) != 1 || m.reserved[0] != (lockField{"c", 2}) {
		t.Errorf("M reserved = %v", m.reserved)
	}
	if n := g.msgs["N"]; n.fields[0].number != 1 || n.fields[1].number != 2 {
		t.Errorf("new message numbered %d, %d", n.fields[0].number, n.fields[1].number)
	}
	if lf.Messages["M"]["c"] != 2 || lf.Messages["M"]["b"] != 3 {
		t.Errorf("lock lost or misnumbered entries: %v", lf.Messages["M"])
	}
	// a field that comes back keeps its old number
	g.msgs["M"].fields = append(g.msgs["M"].fields, &mfield{name: "c", pt: ptype{typ: "string"}})
	g.number(lf)
	if g.msgs["M"].fields[2].number != 2 || len(g.msgs["M"].reserved) != 0 {
		t.Errorf("returning field c got %d, reserved %v", g.msgs["M"].fields[2].number, g.msgs["M"].reserved)
	}
}

// TestCommittedContract checks invariants of the committed outputs that the bridge relies on.
func TestCommittedContract(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", schemaPath))
	if err != nil {
		t.Skip("no committed schema:", err)
	}
	var s struct {
		Hooks, API []struct {
			Name      string
			Streaming bool
			GRPC      *struct {
				Service, Request, Response    string
				RequestStream, ResponseStream bool
			}
			Args    struct{ Fields []map[string]any }
			Returns struct{ Fields []map[string]any }
		}
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	need := map[string]bool{"Implemented": true, "OnActivate": true, "OnDeactivate": true, "OnConfigurationChange": true,
		"MessageWillBePosted": true, "MessageHasBeenPosted": true, "ExecuteCommand": true, "GetServerVersion": true,
		"LogInfo": true, "LogError": true, "KVSet": true, "KVGet": true, "CreatePost": true, "GetUser": true, "RegisterCommand": true}
	for _, list := range [][]struct {
		Name      string
		Streaming bool
		GRPC      *struct {
			Service, Request, Response    string
			RequestStream, ResponseStream bool
		}
		Args    struct{ Fields []map[string]any }
		Returns struct{ Fields []map[string]any }
	}{s.Hooks, s.API} {
		for _, m := range list {
			delete(need, m.Name)
			_, shaped := streamShapes[m.Name]
			if m.Streaming && !shaped && m.GRPC != nil {
				t.Errorf("%s: streaming without a stream shape but grpc=%v", m.Name, m.GRPC)
			}
			if m.GRPC != nil && m.Streaming != (m.GRPC.RequestStream || m.GRPC.ResponseStream) {
				t.Errorf("%s: streaming=%v but grpc streams %v/%v", m.Name, m.Streaming, m.GRPC.RequestStream, m.GRPC.ResponseStream)
			}
			if m.GRPC != nil && (m.GRPC.Request != m.Name+"Request" || m.GRPC.Response != m.Name+"Response") {
				t.Errorf("%s: grpc names %+v", m.Name, m.GRPC)
			}
			for _, f := range append(append([]map[string]any{}, m.Args.Fields...), m.Returns.Fields...) {
				special := f["error"] == true || f["stream"] == true || f["mux"] == true
				_, hasProto := f["proto"]
				if special == hasProto {
					t.Errorf("%s.%v: error/stream/mux=%v but proto=%v", m.Name, f["gob"], special, f["proto"])
				}
			}
		}
	}
	if len(need) > 0 {
		t.Errorf("missing methods: %v", need)
	}
	if !strings.Contains(string(b), `"generated": "by proto/generator from `) {
		t.Error("schema lacks the generated marker")
	}
}
