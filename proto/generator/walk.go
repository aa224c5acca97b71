package main

import (
	"encoding/json"
	"fmt"
	"go/types"
	"sort"
	"strings"
)

// tref is a Go type reference as the schema describes it (see the TypeRef grammar in main.go).
type tref struct {
	builtin string // "bool", "int", …, "string", "bytes", "error", "any"
	ref     string // key into the schema's types
	ptr     *tref
	slice   *tref
	array   *tref
	length  int64
	mapKey  *tref
	mapVal  *tref
	anon    *anonStruct
}

type anonStruct struct {
	st     *types.Struct
	fields []*sfield
}

func (r *tref) MarshalJSON() ([]byte, error) {
	switch {
	case r.builtin != "":
		return json.Marshal(r.builtin)
	case r.ref != "":
		return json.Marshal(map[string]string{"ref": r.ref})
	case r.ptr != nil:
		return json.Marshal(map[string]*tref{"ptr": r.ptr})
	case r.slice != nil:
		return json.Marshal(map[string]*tref{"slice": r.slice})
	case r.array != nil:
		return json.Marshal(struct {
			Array *tref `json:"array"`
			Len   int64 `json:"len"`
		}{r.array, r.length})
	case r.mapKey != nil:
		return json.Marshal(map[string][]*tref{"map": {r.mapKey, r.mapVal}})
	case r.anon != nil:
		fields := make([]fieldJSON, 0, len(r.anon.fields))
		for _, f := range r.anon.fields {
			fields = append(fields, f.json())
		}
		return json.Marshal(map[string][]fieldJSON{"struct": fields})
	}
	return nil, fmt.Errorf("empty type reference")
}

// tinfo is one named Go type of the schema's "types".
type tinfo struct {
	key      string // "model.Post"
	named    *types.Named
	kind     string // struct | gobencoder | alias | interface
	name     string // reflect.Type.Name(), the name gob puts on the wire
	encoding string // gobencoder: "gob" | "binary"
	aliasOf  *tref
	fields   []*sfield
	doc      string
	notes    []string
	msg      *message // struct and non-WKT gobencoder types
	proto    string   // message name, or the well-known type for time.Time
}

// sfield is one gob-sent field of a struct.
type sfield struct {
	goName string
	v      *types.Var
	typ    types.Type
	ref    *tref
	doc    string
	mf     *mfield // nil when the field has no proto representation
}

type fieldJSON struct {
	Name   string `json:"name"`
	Proto  string `json:"proto,omitempty"`
	Number int    `json:"number,omitempty"`
	Type   *tref  `json:"type"`
}

func (f *sfield) json() fieldJSON {
	j := fieldJSON{Name: f.goName, Type: f.ref}
	if f.mf != nil {
		j.Proto, j.Number = f.mf.name, f.mf.number
	}
	return j
}

type gen struct {
	w        *world
	types    map[string]*tinfo
	paths    map[string]string // key → package path, to detect two packages with one name
	anons    []*anonStruct
	msgs     map[string]*message
	wrappers map[string]*message
	anonMsg  map[*types.Struct]*message
	warnings []string
}

func newGen(w *world) *gen {
	return &gen{
		w: w, types: map[string]*tinfo{}, paths: map[string]string{},
		msgs: map[string]*message{}, wrappers: map[string]*message{}, anonMsg: map[*types.Struct]*message{},
	}
}

func (g *gen) warnf(format string, args ...any) {
	g.warnings = append(g.warnings, fmt.Sprintf(format, args...))
}

func isError(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == nil && n.Obj().Name() == "error"
}

// isErrorResult: results of type error or *model.AppError travel as gRPC status, not as fields.
func isErrorResult(t types.Type) bool {
	if isError(t) {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		if n, ok := types.Unalias(p.Elem()).(*types.Named); ok {
			return n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == modelPkgPath && n.Obj().Name() == "AppError"
		}
	}
	return false
}

func isByte(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

func isEmptyInterface(t types.Type) bool {
	i, ok := types.Unalias(t).(*types.Interface)
	return ok && i.NumMethods() == 0
}

func typeKey(n *types.Named) string {
	q := func(p *types.Package) string { return p.Name() }
	s := n.Obj().Pkg().Name() + "." + n.Obj().Name()
	if targs := n.TypeArgs(); targs != nil && targs.Len() > 0 {
		parts := make([]string, targs.Len())
		for i := range targs.Len() {
			parts[i] = types.TypeString(targs.At(i), q)
		}
		s += "[" + strings.Join(parts, ",") + "]"
	}
	return s
}

func pkgPathOf(n *types.Named) string {
	if n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path()
}

// ref walks t (recording every named type it reaches) and returns its schema reference.
func (g *gen) ref(t types.Type) *tref {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		return &tref{builtin: basicName(t)}
	case *types.Named:
		if isError(t) {
			return &tref{builtin: "error"}
		}
		if pkgPathOf(t) == "encoding/json" && t.Obj().Name() == "RawMessage" {
			return &tref{builtin: "bytes"}
		}
		return &tref{ref: g.named(t).key}
	case *types.Pointer:
		return &tref{ptr: g.ref(t.Elem())}
	case *types.Slice:
		if isByte(t.Elem()) {
			return &tref{builtin: "bytes"}
		}
		return &tref{slice: g.ref(t.Elem())}
	case *types.Array:
		return &tref{array: g.ref(t.Elem()), length: t.Len()}
	case *types.Map:
		return &tref{mapKey: g.ref(t.Key()), mapVal: g.ref(t.Elem())}
	case *types.Interface:
		if t.NumMethods() != 0 {
			g.warnf("unnamed non-empty interface %s described as any", t)
		}
		return &tref{builtin: "any"}
	case *types.Struct:
		a := &anonStruct{st: t}
		a.fields = g.structFields(t)
		g.anons = append(g.anons, a)
		return &tref{anon: a}
	}
	g.warnf("unsupported type %s described as any", t)
	return &tref{builtin: "any"}
}

// gobEncoding reports how encoding/gob transmits a value of type n: "gob" for a GobEncoder,
// "binary" for an encoding.BinaryMarshaler (checked on T and *T, in this order, as gob's
// validUserType does), "" for a normal value. gob ignores encoding.TextMarshaler.
func gobEncoding(n *types.Named) (enc string, dec string, text bool) {
	ms := types.NewMethodSet(types.NewPointer(n))
	has := func(name string, marshal bool) bool {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			return false
		}
		sig := sel.Type().(*types.Signature)
		if marshal {
			if sig.Params().Len() != 0 || sig.Results().Len() != 2 {
				return false
			}
			s, ok := sig.Results().At(0).Type().(*types.Slice)
			return ok && isByte(s.Elem()) && isError(sig.Results().At(1).Type())
		}
		if sig.Params().Len() != 1 || sig.Results().Len() != 1 {
			return false
		}
		s, ok := sig.Params().At(0).Type().(*types.Slice)
		return ok && isByte(s.Elem()) && isError(sig.Results().At(0).Type())
	}
	switch {
	case has("GobEncode", true):
		enc = "gob"
	case has("MarshalBinary", true):
		enc = "binary"
	}
	switch {
	case has("GobDecode", false):
		dec = "gob"
	case has("UnmarshalBinary", false):
		dec = "binary"
	}
	return enc, dec, has("MarshalText", true)
}

func (g *gen) named(n *types.Named) *tinfo {
	key := typeKey(n)
	if ti, ok := g.types[key]; ok {
		if g.paths[key] != pkgPathOf(n) {
			panic(fmt.Sprintf("two packages named %q: %s and %s", n.Obj().Pkg().Name(), g.paths[key], pkgPathOf(n)))
		}
		return ti
	}
	ti := &tinfo{key: key, named: n, name: reflectName(n), doc: g.w.typeDocs[n.Obj()]}
	if n.Origin() != n {
		ti.doc = g.w.typeDocs[n.Origin().Obj()]
	}
	g.types[key] = ti
	g.paths[key] = pkgPathOf(n)
	enc, dec, text := gobEncoding(n)
	if enc != "" || dec != "" {
		ti.kind = "gobencoder"
		ti.encoding = enc
		if enc != dec {
			ti.notes = append(ti.notes, fmt.Sprintf("encodes as %q but decodes as %q", enc, dec))
			if enc == "" {
				ti.encoding = dec
			}
		}
		return ti
	}
	if text {
		ti.notes = append(ti.notes, "implements encoding.TextMarshaler, which encoding/gob ignores: sent as a plain value")
	}
	switch u := n.Underlying().(type) {
	case *types.Struct:
		ti.kind = "struct"
		ti.fields = g.structFields(u)
		if len(ti.fields) == 0 && u.NumFields() > 0 {
			ti.notes = append(ti.notes, "no exported fields: encoding/gob refuses to send a value of this type")
		}
	case *types.Interface:
		if u.NumMethods() == 0 {
			ti.kind = "alias"
			ti.aliasOf = &tref{builtin: "any"}
		} else {
			ti.kind = "interface"
		}
	default:
		ti.kind = "alias"
		ti.aliasOf = g.ref(u)
	}
	return ti
}

// structFields lists the fields encoding/gob sends: exported, and not a chan or func (or a
// pointer to one), in declaration order. Embedded structs are ordinary fields named after
// their type, as gob does not flatten them.
func (g *gen) structFields(st *types.Struct) []*sfield {
	var out []*sfield
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Exported() {
			continue
		}
		t := types.Unalias(f.Type())
		for {
			p, ok := t.(*types.Pointer)
			if !ok {
				break
			}
			t = types.Unalias(p.Elem())
		}
		switch t.Underlying().(type) {
		case *types.Chan, *types.Signature:
			continue
		}
		out = append(out, &sfield{goName: f.Name(), v: f, typ: f.Type(), ref: g.ref(f.Type()), doc: g.w.fieldDocs[f.Origin()]})
	}
	return out
}

func (g *gen) sortedTypes() []*tinfo {
	keys := make([]string, 0, len(g.types))
	for k := range g.types {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*tinfo, len(keys))
	for i, k := range keys {
		out[i] = g.types[k]
	}
	return out
}
