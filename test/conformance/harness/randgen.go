package harness

import (
	"bytes"
	"encoding"
	"encoding/gob"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"net/url"
	"reflect"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// DefaultRoundTripSeed seeds the value generator unless $ROUNDTRIP_SEED is set.
const DefaultRoundTripSeed = 20260821

// Gen builds seeded random values in which every field is non-zero: structs have all their
// exported fields set, slices and maps hold 1–3 non-zero elements, pointers are non-nil,
// strings are non-empty (with non-ASCII runes), integers use their whole range (64-bit ones
// beyond 2^53), floats are finite and non-integral, time.Time is UTC with nanoseconds, and `any`
// holds one of the concrete types Mattermost registers with gob (see ifaceKinds).
//
// Values the gob wire itself cannot carry are never generated (they are not the bridge's
// business): gob omits zero values and flattens pointers, so a zero field, a pointer to a zero
// value or an empty (non-nil) slice/map arrives as the zero value / nil on the other side; every
// generated value is therefore non-zero all the way down. SelfCheck proves that for each value by
// a Go→Go gob round trip before the bridge sees it.
//
// Recursive types: a struct may contain itself once (maxReentry); below that, a pointer, slice or
// map whose element is that struct again (e.g. AutocompleteData.SubCommands[0].SubCommands) is
// left nil — the only zero fields Gen produces. They are reported in Cuts.
type Gen struct {
	r       *rand.Rand
	onStack map[reflect.Type]int
	path    []string
	ifDepth int
	// Cuts lists the paths left nil to stop a recursion.
	Cuts []string
	// Edge adds values that are zero but still travel over gob (TestRoundTripEdgeValues): about
	// half of the slices get one zero element and the maps a zero key and a zero value (a
	// pointer element becomes a pointer to a zero value, an interface element nil — gob
	// cannot encode nil pointers inside collections).
	Edge bool
}

// edgeZero is the zero value gob still sends for a collection element of type t, in the form
// Go's decoder rebuilds it: a pointer to a zero value (nil pointers cannot be encoded inside
// collections) and an empty map (a map element always decodes as an allocated map).
func edgeZero(t reflect.Type) reflect.Value {
	switch t.Kind() {
	case reflect.Pointer:
		return reflect.New(t.Elem())
	case reflect.Map:
		return reflect.MakeMap(t)
	}
	return reflect.Zero(t)
}

// NewGen returns a generator for one method: seed and name give independent, reproducible streams.
func NewGen(seed uint64, name string) *Gen {
	h := fnv.New64a()
	h.Write([]byte(name))
	return &Gen{r: rand.New(rand.NewPCG(seed, h.Sum64())), onStack: map[reflect.Type]int{}}
}

// New returns a pointer to a fresh non-zero value of t.
func (g *Gen) New(t reflect.Type) reflect.Value {
	v := reflect.New(t)
	g.fill(v.Elem())
	return v
}

var (
	timeType       = reflect.TypeFor[time.Time]()
	urlType        = reflect.TypeFor[url.URL]()
	gobEncoderType = reflect.TypeFor[gob.GobEncoder]()
	binMarshaler   = reflect.TypeFor[encoding.BinaryMarshaler]()
	textMarshaler  = reflect.TypeFor[encoding.TextMarshaler]()
)

func (g *Gen) here() string {
	if len(g.path) == 0 {
		return "(value)"
	}
	return strings.Join(g.path, "")
}

func (g *Gen) push(seg string) { g.path = append(g.path, seg) }
func (g *Gen) pop()            { g.path = g.path[:len(g.path)-1] }

// structOf is the struct type a pointer/slice/map/array chain ends in (nil if none).
func structOf(t reflect.Type) reflect.Type {
	for {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			t = t.Elem()
		case reflect.Map:
			t = t.Elem()
		case reflect.Struct:
			return t
		default:
			return nil
		}
	}
}

// maxReentry is how often a struct may contain itself: once, so a recursive field
// (AutocompleteData.SubCommands, CommandResponse.ExtraResponses) holds data one level down.
const maxReentry = 1

// recursive reports whether generating t here would re-enter a struct being generated too often.
func (g *Gen) recursive(t reflect.Type) bool {
	s := structOf(t)
	return s != nil && g.onStack[s] > maxReentry
}

func (g *Gen) fill(v reflect.Value) {
	t := v.Type()
	if k := t.Kind(); k != reflect.Pointer && k != reflect.Interface && t != timeType && t != urlType && (t.Implements(gobEncoderType) || reflect.PointerTo(t).Implements(gobEncoderType) ||
		t.Implements(binMarshaler) || reflect.PointerTo(t).Implements(binMarshaler) ||
		t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler)) {
		panic(fmt.Sprintf("%s: %s marshals itself for gob; teach Gen how to build a value that survives that", g.here(), t))
	}
	switch t.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(g.int64())
	case reflect.Int8, reflect.Int16, reflect.Int32:
		bits := t.Bits()
		for {
			x := g.r.Int64N(1<<bits) - 1<<(bits-1)
			if x != 0 {
				v.SetInt(x)
				break
			}
		}
	case reflect.Uint, reflect.Uint64, reflect.Uintptr:
		v.SetUint(g.uint64())
	case reflect.Uint8, reflect.Uint16, reflect.Uint32:
		v.SetUint(1 + g.r.Uint64N(1<<t.Bits()-1))
	case reflect.Float32:
		v.SetFloat(float64(float32(g.float())))
	case reflect.Float64:
		v.SetFloat(g.float())
	case reflect.Complex64, reflect.Complex128:
		v.SetComplex(complex(g.float(), g.float()))
	case reflect.String:
		v.SetString(g.str())
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			b := make([]byte, 1+g.r.IntN(8))
			for i := range b {
				b[i] = byte(g.r.UintN(256))
			}
			b[0] |= 1 // non-zero content (an all-zero byte slice is still sent; this is just for readability)
			v.Set(reflect.ValueOf(b).Convert(t))
			return
		}
		if g.recursive(t) {
			g.Cuts = append(g.Cuts, g.here())
			return
		}
		n := 1 + g.r.IntN(3)
		s := reflect.MakeSlice(t, n, n)
		zeroAt := -1
		if g.Edge && g.r.IntN(2) == 0 {
			zeroAt = g.r.IntN(n)
		}
		for i := 0; i < n; i++ {
			if i == zeroAt {
				s.Index(i).Set(edgeZero(t.Elem()))
				continue
			}
			g.push(fmt.Sprintf("[%d]", i))
			g.fill(s.Index(i))
			g.pop()
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			g.push(fmt.Sprintf("[%d]", i))
			g.fill(v.Index(i))
			g.pop()
		}
	case reflect.Map:
		if g.recursive(t) {
			g.Cuts = append(g.Cuts, g.here())
			return
		}
		m := reflect.MakeMap(t)
		n := 1 + g.r.IntN(3)
		for tries := 0; m.Len() < n && tries < 20; tries++ {
			k := reflect.New(t.Key()).Elem()
			g.fill(k)
			if m.MapIndex(k).IsValid() {
				continue
			}
			e := reflect.New(t.Elem()).Elem()
			g.push(fmt.Sprintf("[%v]", k.Interface()))
			g.fill(e)
			g.pop()
			m.SetMapIndex(k, e)
		}
		if g.Edge && g.r.IntN(2) == 0 {
			m.SetMapIndex(reflect.Zero(t.Key()), edgeZero(t.Elem())) // zero key → zero value
			k := reflect.New(t.Key()).Elem()
			g.fill(k)
			m.SetMapIndex(k, edgeZero(t.Elem())) // non-zero key → zero value
		}
		v.Set(m)
	case reflect.Pointer:
		if g.recursive(t) {
			g.Cuts = append(g.Cuts, g.here())
			return
		}
		p := reflect.New(t.Elem())
		g.fill(p.Elem())
		v.Set(p)
	case reflect.Interface:
		g.iface(v)
	case reflect.Struct:
		switch t {
		case timeType:
			// UTC (gob's time.Time encoding keeps the zone offset; Timestamp cannot), with nanoseconds.
			sec := 1 + g.r.Int64N(4102444800) // 1970..2100
			v.Set(reflect.ValueOf(time.Unix(sec, 1+g.r.Int64N(999_999_999)).UTC()))
			return
		case urlType:
			// url.URL travels as its String() (MarshalBinary): only a canonical URL survives Go→Go.
			u, err := url.Parse(fmt.Sprintf("https://h%d.example.com/p%d/q?x=%d#f%d", g.r.IntN(1000), g.r.IntN(1000), g.r.IntN(1000), g.r.IntN(1000)))
			if err != nil {
				panic(err)
			}
			v.Set(reflect.ValueOf(*u))
			return
		}
		g.onStack[t]++
		defer func() { g.onStack[t]-- }()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() || f.Type.Kind() == reflect.Func || f.Type.Kind() == reflect.Chan {
				continue // gob ignores these
			}
			g.push("." + f.Name)
			g.fill(v.Field(i))
			g.pop()
		}
	default:
		panic(fmt.Sprintf("%s: Gen cannot build a %s", g.here(), t))
	}
}

func (g *Gen) int64() int64 {
	for {
		var x int64
		switch g.r.IntN(3) {
		case 0:
			x = g.r.Int64N(2000) - 1000 // small, either sign
		case 1:
			x = int64(g.r.Uint64()) // full range: beyond 2^53 most of the time
		default:
			x = g.r.Int64N(1 << 53)
		}
		if x != 0 {
			return x
		}
	}
}

func (g *Gen) uint64() uint64 {
	return 1<<53 + 1 + g.r.Uint64N(math.MaxUint64-1<<53-1) // above 2^53: not exact in a double
}

func (g *Gen) float() float64 {
	for {
		x := (g.r.Float64() - 0.5) * math.Pow(10, float64(g.r.IntN(12)))
		if x != 0 && x != math.Trunc(x) {
			return x
		}
	}
}

var runePool = []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-./:üéñø✓€漢字😀")

func (g *Gen) str() string {
	n := 1 + g.r.IntN(12)
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteRune(runePool[g.r.IntN(len(runePool))])
	}
	return sb.String()
}

// ifaceKinds are the concrete types an `any` field gets: the JSON-like ones the bridge maps to
// google.protobuf.Value naturally, and types it has to tag ("@type") — integers, byte and string
// slices and structs Mattermost registers with gob (plugin/client_rpc.go init). Each must be a
// name in schema.json's `registered` list (TestRoundTrip checks).
type ifaceKind struct {
	Name string // gob's registered name
	Make func(g *Gen) any
}

var ifaceKinds []ifaceKind

func init() { ifaceKinds = makeIfaceKinds() } // (a plain initializer would be an initialization cycle)

func makeIfaceKinds() []ifaceKind {
	return []ifaceKind{
		{"string", func(g *Gen) any { return g.str() }},
		{"float64", func(g *Gen) any { return g.float() }},
		{"bool", func(g *Gen) any { return true }},
		{"map[string]interface {}", func(g *Gen) any {
			m := map[string]any{}
			for n := 1 + g.r.IntN(3); len(m) < n; {
				m[g.str()] = g.anyValue()
			}
			if g.Edge && g.r.IntN(2) == 0 {
				m[""] = nil
				m[g.str()] = ""
			}
			return m
		}},
		{"[]interface {}", func(g *Gen) any {
			s := make([]any, 1+g.r.IntN(3))
			for i := range s {
				s[i] = g.anyValue()
			}
			if g.Edge && g.r.IntN(2) == 0 {
				s = append(s, nil, float64(0), "", false)
			}
			return s
		}},
		{"int64", func(g *Gen) any { return g.int64() }},
		{"int", func(g *Gen) any { return int(g.int64()) }},
		{"uint64", func(g *Gen) any { return g.uint64() }},
		{"[]string", func(g *Gen) any { return []string{g.str(), g.str()} }},
		{"[]uint8", func(g *Gen) any { return []byte{1, byte(g.r.UintN(256)), 0xff} }},
		{"*model.AppError", func(g *Gen) any { return g.New(reflect.TypeFor[model.AppError]()).Interface() }},
		{"[]*model.SlackAttachment", func(g *Gen) any {
			g.push("[0]")
			defer g.pop()
			return []*model.MessageAttachment{g.New(reflect.TypeFor[model.MessageAttachment]()).Interface().(*model.MessageAttachment)}
		}},
		{"*model.AutocompleteTextArg", newOf[model.AutocompleteTextArg]},
		{"*model.AutocompleteStaticListArg", newOf[model.AutocompleteStaticListArg]},
		{"*model.AutocompleteDynamicListArg", newOf[model.AutocompleteDynamicListArg]},
		{"*model.PreviewPost", newOf[model.PreviewPost]},
		{"*plugin.ErrorString", newOf[plugin.ErrorString]},
		{"[]model.PropertyOwner", valueOf[[]model.PropertyOwner]},
		{"github.com/mattermost/mattermost/server/public/model.PropertyOptions[*github.com/mattermost/mattermost/server/public/model.PluginPropertyOption]",
			valueOf[model.PropertyOptions[*model.PluginPropertyOption]]},
	}
}

// JSONObject is a non-empty map[string]any of JSON values (string, float64, bool, nested maps):
// json.Unmarshal of its json.Marshal output is DeepEqual to it.
func (g *Gen) JSONObject() map[string]any {
	m := map[string]any{}
	for n := 2 + g.r.IntN(3); len(m) < n; {
		switch g.r.IntN(4) {
		case 0:
			m[g.str()] = g.str()
		case 1:
			m[g.str()] = g.float()
		case 2:
			m[g.str()] = true
		default:
			m[g.str()] = map[string]any{g.str(): g.str(), g.str(): g.float()}
		}
	}
	return m
}

func newOf[T any](g *Gen) any   { return g.New(reflect.TypeFor[T]()).Interface() }
func valueOf[T any](g *Gen) any { return g.New(reflect.TypeFor[T]()).Elem().Interface() }

// IfaceKindNames are the gob names Gen puts into `any` values.
func IfaceKindNames() []string {
	out := make([]string, len(ifaceKinds))
	for i, k := range ifaceKinds {
		out[i] = k.Name
	}
	return out
}

func (g *Gen) anyValue() any {
	g.ifDepth++
	defer func() { g.ifDepth-- }()
	kinds := ifaceKinds
	if g.ifDepth > 2 {
		kinds = kinds[:3] // nested deep enough: scalars only
	}
	k := kinds[g.r.IntN(len(kinds))]
	return k.Make(g)
}

func (g *Gen) iface(v reflect.Value) {
	t := v.Type()
	if t.NumMethod() == 0 {
		v.Set(reflect.ValueOf(g.anyValue()))
		return
	}
	if t == reflect.TypeFor[error]() {
		v.Set(reflect.ValueOf(g.New(reflect.TypeFor[model.AppError]()).Interface()))
		return
	}
	g.Cuts = append(g.Cuts, g.here()+" ("+t.String()+": no registered implementation)")
}

// GobRoundTrip encodes v (a pointer) with a fresh gob encoder and decodes into a new value of the
// same type: what a Go peer would receive.
func GobRoundTrip(v reflect.Value) (reflect.Value, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).EncodeValue(v); err != nil {
		return reflect.Value{}, err
	}
	out := reflect.New(v.Type().Elem())
	if err := gob.NewDecoder(&buf).DecodeValue(out); err != nil {
		return reflect.Value{}, err
	}
	return out, nil
}

// SelfCheck proves a generated value survives Go→Go gob unchanged (DeepEqual), so any mismatch
// later is the bridge's, not the generator's.
func SelfCheck(v reflect.Value) error {
	back, err := GobRoundTrip(v)
	if err != nil {
		return fmt.Errorf("Go gob cannot carry the generated value: %v", err)
	}
	if !reflect.DeepEqual(v.Interface(), back.Interface()) {
		return fmt.Errorf("generated value does not survive Go→Go gob (generator bug):\n%s", StrictDiffString(v.Interface(), back.Interface()))
	}
	return nil
}

// ZeroPaths lists the exported fields, elements and pointers of v that hold a zero value (the
// generator's promise is that there are none besides its Cuts and the fields skip allows).
func ZeroPaths(v reflect.Value, skip func(path string) bool) []string {
	var out []string
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		if skip != nil && skip(path) {
			return
		}
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if v.IsNil() {
				out = append(out, path)
				return
			}
			walk(path, v.Elem())
		case reflect.Slice, reflect.Map:
			if v.Len() == 0 {
				out = append(out, path)
				return
			}
			if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
				return // bytes: any content is data
			}
			if v.Kind() == reflect.Slice {
				for i := 0; i < v.Len(); i++ {
					walk(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
				}
			} else {
				it := v.MapRange()
				for it.Next() {
					walk(fmt.Sprintf("%s[%v]", path, it.Key()), it.Value())
				}
			}
		case reflect.Array:
			for i := 0; i < v.Len(); i++ {
				walk(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
			}
		case reflect.Struct:
			if v.Type() == timeType || v.Type() == urlType {
				if v.IsZero() {
					out = append(out, path)
				}
				return
			}
			for i := 0; i < v.NumField(); i++ {
				f := v.Type().Field(i)
				if !f.IsExported() || f.Type.Kind() == reflect.Func || f.Type.Kind() == reflect.Chan {
					continue
				}
				walk(path+"."+f.Name, v.Field(i))
			}
		case reflect.Func, reflect.Chan:
		default:
			if v.IsZero() {
				out = append(out, path)
			}
		}
	}
	walk("", v)
	return out
}
