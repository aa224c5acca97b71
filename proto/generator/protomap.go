package main

import (
	"fmt"
	"go/types"
	"sort"
	"strings"
)

const (
	wktTimestamp = "google.protobuf.Timestamp"
	wktStruct    = "google.protobuf.Struct"
	wktValue     = "google.protobuf.Value"
	wktList      = "google.protobuf.ListValue"
)

var wktFile = map[string]string{
	wktTimestamp: "google/protobuf/timestamp.proto",
	wktStruct:    "google/protobuf/struct.proto",
	wktValue:     "google/protobuf/struct.proto",
	wktList:      "google/protobuf/struct.proto",
}

// message is one proto message.
type message struct {
	name     string
	file     string // "models.proto", "hooks.proto", "api_users.proto", …
	doc      string
	fields   []*mfield
	reserved []lockField // removed fields still in the lock
	kind     string      // model | wrapper | request | response
	taken    map[string]bool
}

type mfield struct {
	name   string
	number int
	pt     ptype
	doc    string
}

// ptype is the proto type of a field.
type ptype struct {
	typ      string // scalar, message name, or well-known type
	repeated bool
	key      string // map<key, typ> when set
	optional bool   // proto3 optional (pointer to scalar)
}

func (p ptype) isMessageLike() bool { return !isScalar(p.typ) }

func (p ptype) String() string {
	switch {
	case p.key != "":
		return "map<" + p.key + ", " + p.typ + ">"
	case p.repeated:
		return "repeated " + p.typ
	case p.optional:
		return "optional " + p.typ
	}
	return p.typ
}

var scalars = map[string]bool{
	"double": true, "float": true, "int32": true, "int64": true, "uint32": true, "uint64": true,
	"sint32": true, "sint64": true, "fixed32": true, "fixed64": true, "sfixed32": true, "sfixed64": true,
	"bool": true, "string": true, "bytes": true,
}

func isScalar(s string) bool { return scalars[s] }

func scalarOf(b *types.Basic) (string, bool) {
	switch b.Kind() {
	case types.Bool:
		return "bool", true
	case types.String:
		return "string", true
	case types.Int, types.Int64:
		return "int64", true
	case types.Int8, types.Int16, types.Int32:
		return "int32", true
	case types.Uint, types.Uint64, types.Uintptr:
		return "uint64", true
	case types.Uint8, types.Uint16, types.Uint32:
		return "uint32", true
	case types.Float64:
		return "double", true
	case types.Float32:
		return "float", true
	}
	return "", false
}

// textualBinary lists BinaryMarshalers whose binary form is text, so their wrapper message
// carries a string (url.URL.MarshalBinary returns []byte(u.String())).
var textualBinary = map[string]bool{"net/url.URL": true}

// protoMsgName names the message of a named Go type: the bare name for package model,
// otherwise prefixed with the package name (plugin.Context → PluginContext, url.URL → Url);
// instantiated generics append their type arguments' names.
func protoMsgName(n *types.Named) string {
	base := n.Obj().Name()
	if targs := n.TypeArgs(); targs != nil {
		for i := range targs.Len() {
			base += argName(targs.At(i))
		}
	}
	pkg := n.Obj().Pkg()
	if pkg.Path() == modelPkgPath {
		return base
	}
	pfx := pascal(pkg.Name())
	if strings.EqualFold(n.Obj().Name(), pkg.Name()) {
		return pfx
	}
	return pfx + base
}

func argName(t types.Type) string {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		return t.Obj().Name()
	case *types.Pointer:
		return argName(t.Elem())
	case *types.Slice:
		return argName(t.Elem()) + "List"
	case *types.Basic:
		return pascal(t.Name())
	}
	return "T"
}

// assignTypeProto decides the proto name of every named type (phase 2 start).
func (g *gen) assignTypeProto() error {
	for _, ti := range g.sortedTypes() {
		switch ti.kind {
		case "gobencoder":
			if ti.key == "time.Time" {
				ti.proto = wktTimestamp
				continue
			}
			ti.proto = protoMsgName(ti.named)
		case "struct":
			ti.proto = protoMsgName(ti.named)
		default:
			continue
		}
		if prev, ok := g.msgs[ti.proto]; ok {
			return fmt.Errorf("proto message name %s used by two Go types (%s)", ti.proto, prev.doc)
		}
		ti.msg = &message{name: ti.proto, file: "models.proto", kind: "model", taken: map[string]bool{}}
		g.msgs[ti.proto] = ti.msg
	}
	return nil
}

// buildTypeMessages fills the fields of the model messages.
func (g *gen) buildTypeMessages() {
	for _, ti := range g.sortedTypes() {
		if ti.msg == nil {
			continue
		}
		m := ti.msg
		m.doc = strings.TrimSpace(ti.doc + "\n\nGo type: " + g.paths[ti.key] + "." + ti.name)
		if ti.kind == "gobencoder" {
			ft := "bytes"
			if textualBinary[g.paths[ti.key]+"."+ti.name] {
				ft = "string"
			}
			m.doc += fmt.Sprintf("\nencoding/gob sends it in its %s-encoded form (%s), carried here as value.", ti.encoding, map[string]string{"gob": "GobEncode", "binary": "MarshalBinary"}[ti.encoding])
			m.fields = append(m.fields, &mfield{name: uniqueName("value", m.taken), pt: ptype{typ: ft}})
			continue
		}
		for _, n := range ti.notes {
			m.doc += "\nNote: " + n
		}
		for _, f := range ti.fields {
			g.addStructField(m, f)
		}
	}
}

func (g *gen) addStructField(m *message, f *sfield) {
	pt, ok := g.protoOf(f.typ, m.name+f.goName)
	if !ok {
		g.warnf("%s.%s (%s) has no proto representation; left out of the message", m.name, f.goName, types.TypeString(f.typ, nil))
		return
	}
	f.mf = &mfield{name: uniqueName(snake(f.goName), m.taken), pt: pt, doc: f.doc}
	m.fields = append(m.fields, f.mf)
}

// protoOf maps a Go type to its proto type. ctx names anonymous struct messages.
func (g *gen) protoOf(t types.Type, ctx string) (ptype, bool) {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		s, ok := scalarOf(t)
		return ptype{typ: s}, ok
	case *types.Named:
		if isError(t) {
			// An error value in a model travels as its message; AppError carries it best.
			return ptype{typ: "AppError"}, true
		}
		if pkgPathOf(t) == "encoding/json" && t.Obj().Name() == "RawMessage" {
			return ptype{typ: "bytes"}, true
		}
		ti := g.named(t)
		switch ti.kind {
		case "gobencoder", "struct":
			return ptype{typ: ti.proto}, true
		case "interface":
			return ptype{}, false
		}
		if isStringAnyMap(t.Underlying()) {
			return ptype{typ: wktStruct}, true
		}
		return g.protoOf(t.Underlying(), ctx)
	case *types.Pointer:
		p, ok := g.protoOf(t.Elem(), ctx)
		if !ok || p.repeated || p.key != "" || p.isMessageLike() {
			return p, ok
		}
		p.optional = true
		return p, true
	case *types.Slice:
		return g.protoList(t.Elem(), ctx)
	case *types.Array:
		return g.protoList(t.Elem(), ctx)
	case *types.Map:
		if isStringAnyMap(t) {
			return ptype{typ: wktStruct}, true
		}
		k, ok := g.protoOf(t.Key(), ctx)
		if !ok || !validMapKey(k) {
			g.warnf("%s: map key %s has no proto map key type", ctx, t.Key())
			return ptype{}, false
		}
		v, ok := g.protoOf(t.Elem(), ctx)
		if !ok {
			return v, false
		}
		v.optional = false
		if v.repeated || v.key != "" {
			v = g.wrapper(v)
		}
		return ptype{typ: v.typ, key: k.typ}, true
	case *types.Interface:
		if t.NumMethods() == 0 {
			return ptype{typ: wktValue}, true
		}
		return ptype{}, false
	case *types.Struct:
		m, ok := g.anonMsg[t]
		if !ok {
			m = &message{name: ctx, file: "models.proto", kind: "model", taken: map[string]bool{},
				doc: "Anonymous Go struct " + reflectString(t)}
			if _, dup := g.msgs[ctx]; dup {
				panic("anonymous struct message name collides: " + ctx)
			}
			g.msgs[ctx] = m
			g.anonMsg[t] = m
			for _, a := range g.anons {
				if a.st == t {
					for _, f := range a.fields {
						g.addStructField(m, f)
					}
				}
			}
		}
		return ptype{typ: m.name}, true
	}
	return ptype{}, false
}

func validMapKey(k ptype) bool {
	if k.repeated || k.key != "" {
		return false
	}
	switch k.typ {
	case "string", "bool", "int32", "int64", "uint32", "uint64":
		return true
	}
	return false
}

func isStringAnyMap(t types.Type) bool {
	m, ok := types.Unalias(t).(*types.Map)
	if !ok {
		return false
	}
	k, ok := types.Unalias(m.Key()).(*types.Basic)
	return ok && k.Kind() == types.String && isEmptyInterface(m.Elem())
}

func (g *gen) protoList(elem types.Type, ctx string) (ptype, bool) {
	if isByte(elem) {
		return ptype{typ: "bytes"}, true
	}
	if isEmptyInterface(elem) {
		return ptype{typ: wktList}, true
	}
	e, ok := g.protoOf(elem, ctx)
	if !ok {
		return e, false
	}
	e.optional = false
	if e.repeated || e.key != "" {
		e = g.wrapper(e)
	}
	e.repeated = true
	return e, true
}

// wrapper returns a message holding a repeated or map value, which proto cannot nest directly:
// [][]string → repeated StringList; map[string][]string → map<string, StringList>.
func (g *gen) wrapper(inner ptype) ptype {
	base := inner.typ
	if i := strings.LastIndex(base, "."); i >= 0 {
		base = base[i+1:]
	}
	base = pascal(base)
	var name string
	if inner.key != "" {
		name = pascal(inner.key) + base + "Map"
	} else {
		name = base + "List"
	}
	if m, ok := g.msgs[name]; ok && m.kind != "wrapper" {
		name += "Wrapper"
	}
	if _, ok := g.msgs[name]; !ok {
		m := &message{name: name, file: "models.proto", kind: "wrapper", taken: map[string]bool{},
			doc: fmt.Sprintf("%s wraps a %s where proto cannot nest it directly (a list of lists, or a list or map as a map value).", name, inner)}
		m.fields = append(m.fields, &mfield{name: uniqueName("values", m.taken), pt: ptype{typ: inner.typ, repeated: inner.repeated, key: inner.key}})
		g.msgs[name] = m
		g.wrappers[name] = m
	}
	return ptype{typ: name}
}

func (g *gen) sortedMessages(file string) []*message {
	var out []*message
	for _, m := range g.msgs {
		if m.file == file {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}
