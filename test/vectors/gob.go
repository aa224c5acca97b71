// Golden vectors for the TypeScript encoding/gob codec (src/bridge/gob).
//
// generate: for every case, the values are encoded in order on ONE gob.Encoder (one stream) into
// <dir>/gob/<case>.gob, and <dir>/gob/<case>.json describes the values in the JSON convention
// below, so the TS test can check its decoder without any Go type information.
//
// verify: reads <dir>/gob/<case>.gob written by test/vectors/ts-encode.ts (our decoder + encoder),
// decodes each value with real encoding/gob into the case's Go type and compares with the value
// the generator used (same table), then requires io.EOF.
//
// JSON convention (type-directed: the TS side knows each value's GobType, so no tags are needed):
//
//	int, uint          decimal string ("-9223372036854775808")
//	float              JSON number; "NaN", "+Inf", "-Inf" as strings
//	complex            [re, im]
//	bool, string       as is
//	[]byte, GobEncoder lowercase hex of the bytes (GobEncoder: the GobEncode/MarshalBinary output)
//	struct             object with exactly the fields gob transmits (zero scalars, empty slices,
//	                   nil pointers/maps/interfaces omitted; arrays, maps, structs always present)
//	slice, array       JSON array
//	map                array of [key, value] pairs (order unspecified)
//	interface          null, or {"$type": registered name, "value": concrete value}
package main

import (
	"bytes"
	"encoding"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/rpc"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"time"
	"unsafe"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin" // its init() registers Mattermost's interface types
)

func init() {
	generators["gob"] = generateGob
	verifiers["gob"] = verifyGob
	gob.Register(&Inner{})  // "*main.Inner", used inside interfaces below
	gob.Register(&Inner2{}) // "*main.Inner2"
}

type gobCase struct {
	name   string
	values []any
	// extra facts for the TS test (e.g. the broken-down time.Time values)
	extra map[string]any
}

// ---- Go types used by the cases ----------------------------------------------------------------

type Inner struct {
	Name  string
	Count int
}

type Inner2 struct{ X int }

type Ptrs struct {
	A   *int
	B   *string
	C   *Inner
	D   *Inner
	E   **int
	F   *[]string
	G   *map[string]int
	H   *bool
	Nil *Inner
	I   *[2]int
}

type Node struct {
	V    int
	Next *Node
	Kids []*Node
}

type Builtins struct {
	B       bool
	I       int
	I8      int8
	I16     int16
	I32     int32
	I64     int64
	U       uint
	U8      uint8
	U16     uint16
	U32     uint32
	U64     uint64
	Uptr    uintptr
	F32     float32
	F64     float64
	C64     complex64
	C128    complex128
	S       string
	Bs      []byte
	Arr     [3]int
	ByteArr [2]byte
	Sl      []int
	M       map[string]int
	Iface   any
	Inf     float64
	NegInf  float64
	Unicode string
}

type Zeros struct {
	B     bool
	I     int
	S     string
	Sl    []int
	M     map[string]int
	Empty map[string]int
	Arr   [2]int
	In    Inner
	P     *Inner
	Iface any
	T     time.Time
}

type Extremes struct {
	MaxI64   int64
	MinI64   int64
	MaxU64   uint64
	Big      int64
	BigU     uint64
	NegBig   int64
	I8       int8
	U8       uint8
	MaxU32   uint32
	MinI32   int32
	MaxSafe  int64
	Pow48    uint64
	Pow48Neg int64
}

type TimeCase struct {
	UTC   time.Time
	Zoned time.Time
	West  time.Time
	LMT   time.Time // zone offset with seconds => MarshalBinary version 2
	Ptr   *time.Time
	Nil   *time.Time
	Zero  time.Time
	Old   time.Time // before 1970 and before year 1 offsets: negative Unix seconds
}

type Key struct {
	A string
	B int
}

type Collections struct {
	Nested    [][]string
	Deep      map[int][]map[string]int
	Matrix    [2][2]int
	ArrKey    map[[2]int]string
	StructKey map[Key]string
	IfaceList []any
	IfaceMap  map[string]any
	Bytes     [][]byte
	Floats    map[float64]bool
}

// Color only implements encoding.TextMarshaler. Go's gob ignores TextMarshaler (type.go: the
// xText branch is commented out, golang.org/issue/6760), so Color is sent as a plain struct and
// net.IP as []byte; the TextMarshalerT wire kind exists but Go never emits it.
type Color struct{ R, G, B uint8 }

func (c Color) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "#%02x%02x%02x", &c.R, &c.G, &c.B)
	return err
}

type Marshalers struct {
	URL   *url.URL // BinaryMarshaler => BinaryMarshalerT (plus a superfluous Userinfo definition)
	IP    net.IP   // TextMarshaler only => plain []byte
	Color Color    // TextMarshaler only => plain struct
	When  time.Time
}

// ---- the case table (shared by generate and verify) -------------------------------------------

func strp(s string) *string { return &s }
func boolp(b bool) *bool    { return &b }

func typicalPost() *model.Post {
	return &model.Post{
		Id:        "q8xzo5u8btdxbq4ctyp4zjt7ao",
		CreateAt:  1719842400123,
		UpdateAt:  1719842401456,
		UserId:    "9hb6n1e7gfnwfm4b9h5eqj6rgr",
		ChannelId: "k3ohjndr3fd35epnkc5bbfcjhe",
		RootId:    "t1ctc8zsk7dzzpu6kqwxjhdtxe",
		Message:   "Hello @channel — see https://example.com/x?y=1 :tada: «ünïcödé» 日本語",
		Type:      "",
		Props: model.StringInterface{
			"from_bot":      "true",
			"count":         3.0,
			"ratio":         0.25,
			"big":           1e21,
			"enabled":       true,
			"disabled":      false,
			"nothing":       nil,
			"list":          []any{"a", 1.5, false, nil, map[string]any{"k": "v"}},
			"nested":        map[string]any{"level1": map[string]any{"level2": []any{"deep", 42.0}}, "empty": map[string]any{}},
			"override_icon": "https://example.com/icon.png",
		},
		Hashtags:      "#one #two",
		FileIds:       model.StringArray{"f1", "f2"},
		PendingPostId: "9hb6n1e7gfnwfm4b9h5eqj6rgr:1719842400000",
		HasReactions:  true,
		ReplyCount:    2,
		LastReplyAt:   1719842409999,
		IsFollowing:   boolp(true),
		Metadata:      nil,
	}
}

func largeAnySlice() []any {
	out := []any{&Inner{Name: "first", Count: 1}}
	for i := 1; i < 200; i++ {
		out = append(out, fmt.Sprintf("s%d", i))
	}
	return out
}

func largeAnyMap() map[string]any {
	out := map[string]any{}
	for i := 0; i < 150; i++ {
		out[fmt.Sprintf("k%03d", i)] = &Inner2{X: i + 1}
	}
	return out
}

func gobCases() []gobCase {
	tmUTC := time.Date(2020, 1, 2, 3, 4, 5, 123456789, time.UTC)
	tmPtr := time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.UTC)
	east := time.FixedZone("", 2*3600+30*60)
	west := time.FixedZone("", -(7*3600 + 15*60))
	lmt := time.FixedZone("LMT", 3600+1)
	seven := 7
	sevenp := &seven
	slice := []string{"x", ""}
	m := map[string]int{"k": 0}
	u, _ := url.Parse("https://user@example.com:8065/api/v4/posts?x=1#frag")
	attachments := []*model.MessageAttachment{{
		Fallback: "fb",
		Color:    "#FF0000",
		Title:    "Title",
		Text:     "text",
		Fields: []*model.MessageAttachmentField{
			{Title: "f1", Value: "v1", Short: true},
			{Title: "f2", Value: 12.0},
		},
		Timestamp: "1719842400",
	}}
	postWithAttachments := typicalPost()
	postWithAttachments.Id = "attachmentspost000000000000"
	postWithAttachments.Props = model.StringInterface{"attachments": attachments, "from_webhook": "true"}
	post2 := typicalPost()
	post2.Id = "secondpost00000000000000000"
	post2.Message = "second"
	post2.Props = model.StringInterface{"only": "one"}
	post2.IsFollowing = nil
	post2.Participants = []*model.User{{Id: "participant1", Username: "alice"}}
	user := &model.User{
		Id:                 "9hb6n1e7gfnwfm4b9h5eqj6rgr",
		CreateAt:           1600000000000,
		UpdateAt:           1700000000000,
		Username:           "alice",
		AuthData:           strp("alice@ldap"),
		AuthService:        "ldap",
		Email:              "alice@example.com",
		EmailVerified:      true,
		Nickname:           "Al",
		FirstName:          "Alice",
		LastName:           "Liddell",
		Position:           "Engineer",
		Roles:              "system_user system_admin",
		Props:              model.StringMap{"customStatus": `{"emoji":"calendar"}`},
		NotifyProps:        model.StringMap{"desktop": "mention", "email": "true", "push": "mention"},
		LastPasswordUpdate: 1650000000000,
		FailedAttempts:     1,
		Locale:             "en",
		Timezone:           model.StringMap{"automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"},
		LastActivityAt:     1719842400000,
		IsBot:              false,
		MfaUsedTimestamps:  model.StringArray{"1", "2"},
	}
	channel := &model.Channel{
		Id:               "k3ohjndr3fd35epnkc5bbfcjhe",
		CreateAt:         1600000000000,
		UpdateAt:         1600000000001,
		TeamId:           "teamid00000000000000000000",
		Type:             model.ChannelTypeOpen,
		DisplayName:      "Town Square",
		Name:             "town-square",
		Header:           "header",
		Purpose:          "purpose",
		LastPostAt:       1719842400123,
		TotalMsgCount:    1234,
		CreatorId:        "creator",
		SchemeId:         strp("scheme"),
		Props:            map[string]any{"pinned": 3.0, "tags": []any{"a", "b"}},
		GroupConstrained: boolp(true),
		BannerInfo:       &model.ChannelBannerInfo{Enabled: boolp(true), Text: strp("banner")},
		PolicyActions:    map[string]bool{"membership": true, "off": false},
		Discoverable:     true,
	}
	appErr := &model.AppError{
		Id:              "api.post.create_post.error",
		Message:         "Unable to create post.",
		DetailedError:   "sql: no rows",
		RequestId:       "req123",
		StatusCode:      500,
		Where:           "App.CreatePost",
		SkipTranslation: true,
	}
	return []gobCase{
		{name: "post", values: []any{typicalPost()}},
		{name: "post_attachments", values: []any{postWithAttachments}},
		{name: "user", values: []any{user}},
		{name: "channel", values: []any{channel}},
		{name: "app_error", values: []any{appErr}},
		{name: "posts_slice", values: []any{[]*model.Post{typicalPost(), post2}}},
		{name: "map_string_slice", values: []any{map[string][]string{"a": {"1", "2"}, "b": nil, "c": {""}}}},
		{name: "pointers", values: []any{Ptrs{A: &seven, B: strp("s"), C: &Inner{Name: "c", Count: 1}, D: &Inner{}, E: &sevenp, F: &slice, G: &m, H: boolp(true), I: &[2]int{0, 1}}}},
		{name: "time", values: []any{
			TimeCase{
				UTC:   tmUTC,
				Zoned: time.Date(2021, 6, 7, 8, 9, 10, 11, east),
				West:  time.Date(1999, 12, 31, 23, 59, 59, 0, west),
				LMT:   time.Date(1900, 1, 1, 0, 0, 0, 0, lmt),
				Ptr:   &tmPtr,
				Old:   time.Date(1, 1, 1, 0, 0, 1, 0, time.UTC),
			},
			tmUTC,
			time.Date(2021, 6, 7, 8, 9, 10, 11, east),
		}, extra: map[string]any{"times": map[string]any{
			"UTC":   goTimeJSON(tmUTC),
			"Zoned": goTimeJSON(time.Date(2021, 6, 7, 8, 9, 10, 11, east)),
			"West":  goTimeJSON(time.Date(1999, 12, 31, 23, 59, 59, 0, west)),
			"LMT":   goTimeJSON(time.Date(1900, 1, 1, 0, 0, 0, 0, lmt)),
			"Ptr":   goTimeJSON(tmPtr),
			"Old":   goTimeJSON(time.Date(1, 1, 1, 0, 0, 1, 0, time.UTC)),
		}}},
		{name: "int_extremes", values: []any{
			Extremes{
				MaxI64: math.MaxInt64, MinI64: math.MinInt64, MaxU64: math.MaxUint64,
				Big: 1<<53 + 1, BigU: 1<<53 + 1, NegBig: -(1<<53 + 1),
				I8: math.MinInt8, U8: math.MaxUint8, MaxU32: math.MaxUint32, MinI32: math.MinInt32,
				MaxSafe: 1<<53 - 1, Pow48: 1 << 48, Pow48Neg: -(1 << 48),
			},
			int64(math.MinInt64), uint64(math.MaxUint64), int64(math.MaxInt64), int64(-1), uint64(1<<53 + 1),
		}},
		{name: "builtins", values: []any{
			Builtins{
				B: true, I: -1, I8: -128, I16: 32767, I32: -2147483648, I64: 1 << 40,
				U: 1, U8: 255, U16: 65535, U32: 1 << 31, U64: 1 << 63, Uptr: 0xdeadbeef,
				F32: 1.5, F64: -2.75, C64: complex(1, -1), C128: complex(0.5, 1e300),
				S: "str", Bs: []byte{0, 1, 2, 255}, Arr: [3]int{0, -1, 2}, ByteArr: [2]byte{200, 1},
				Sl: []int{0, 0, 5}, M: map[string]int{"zero": 0, "one": 1}, Iface: int(3),
				Inf: math.Inf(1), NegInf: math.Inf(-1), Unicode: "héllo wörld ✓ 😀",
			},
			true, false, int(-1), int8(5), uint(7), uint16(300), 1.5, float32(0.1), "s", "", []byte{1, 2}, []byte(nil),
			complex(1, 2), []int(nil), []string{"a"}, map[string]bool{}, [2]int{0, 0},
		}},
		{name: "zeros", values: []any{Zeros{Empty: map[string]int{}}, struct{}{}, Inner{}}},
		{name: "recursive", values: []any{
			Node{V: 1, Next: &Node{V: 2, Next: &Node{V: 3}}, Kids: []*Node{{V: 4}, {V: 5, Kids: []*Node{{V: 6}}}}},
			Node{},
		}},
		{name: "interface_split", values: []any{
			plugin.Z_OnActivateReturns{A: &plugin.ErrorString{Code: 1, Err: "EOF"}},
			plugin.Z_OnActivateReturns{A: &plugin.ErrorString{Err: "x"}},
			plugin.Z_OnActivateReturns{},
			plugin.Z_OnActivateReturns{A: appErr},
			plugin.Z_OnActivateReturns{A: &plugin.ErrorString{Code: 2, Err: "again"}},
		}},
		// Go splits the value message right after the first element's type name: the slice/map
		// count (200/150) is larger than the bytes left in that first message.
		{name: "interface_split_large", values: []any{largeAnySlice(), largeAnyMap()}},
		{name: "stream_mixed", values: []any{typicalPost(), post2, user, "tail", typicalPost(), int64(-5)}},
		{name: "collections", values: []any{Collections{
			Nested:    [][]string{{"a"}, nil, {"b", "c"}},
			Deep:      map[int][]map[string]int{-1: {{"x": 1}, {}}, 2: nil},
			Matrix:    [2][2]int{{1, 0}, {0, 1}},
			ArrKey:    map[[2]int]string{{1, 2}: "a"},
			StructKey: map[Key]string{{A: "k", B: 1}: "v", {}: "zero"},
			IfaceList: []any{&Inner{Name: "in iface", Count: 2}, "s", 1.0, nil, []any{true}, map[string]any{"n": nil}},
			IfaceMap:  map[string]any{"inner": &Inner{Name: "again"}, "int": 7, "u8": uint8(8), "bytes": []byte("b")},
			Bytes:     [][]byte{{1}, nil, {2, 3}},
			Floats:    map[float64]bool{0.5: true, -1: false},
		}}},
		{name: "marshalers", values: []any{Marshalers{URL: u, IP: net.ParseIP("192.0.2.1"), Color: Color{R: 1, G: 2, B: 255}, When: tmUTC}}},
		{name: "netrpc_request", values: []any{
			rpc.Request{ServiceMethod: "Dispenser.Dispense", Seq: 0}, "hooks",
			rpc.Request{ServiceMethod: "Control.Ping", Seq: 1}, true,
			rpc.Request{ServiceMethod: "Plugin.OnActivate", Seq: 300}, plugin.Z_OnActivateArgs{APIMuxId: 1, DriverMuxId: 2},
		}},
		{name: "netrpc_response", values: []any{
			rpc.Response{ServiceMethod: "Dispenser.Dispense", Seq: 0}, uint32(1),
			rpc.Response{ServiceMethod: "Control.Ping", Seq: 1}, struct{}{},
			rpc.Response{ServiceMethod: "Control.Nope", Seq: 2, Error: "rpc: can't find method Control.Nope"}, struct{}{},
			rpc.Response{ServiceMethod: "Plugin.OnActivate", Seq: 300}, plugin.Z_OnActivateReturns{A: &plugin.ErrorString{Code: 1, Err: "EOF"}},
		}},
	}
}

// ---- generate ----------------------------------------------------------------------------------

func generateGob(dir string) error {
	out := filepath.Join(dir, "gob")
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, c := range gobCases() {
		var buf bytes.Buffer
		enc := gob.NewEncoder(&buf)
		vals := make([]any, 0, len(c.values))
		for i, v := range c.values {
			if err := enc.Encode(v); err != nil {
				return fmt.Errorf("%s value %d: %w", c.name, i, err)
			}
			vals = append(vals, jsonOf(reflect.ValueOf(v)))
		}
		// The table must survive a Go->Go round trip, or the verifier could never succeed.
		if err := decodeAndCompare(c, bytes.NewReader(buf.Bytes())); err != nil {
			return fmt.Errorf("%s: the case does not round-trip through Go's own gob: %w", c.name, err)
		}
		if err := os.WriteFile(filepath.Join(out, c.name+".gob"), buf.Bytes(), 0o644); err != nil {
			return err
		}
		doc := map[string]any{"case": c.name, "values": vals}
		if c.extra != nil {
			doc["extra"] = c.extra
		}
		var js bytes.Buffer
		je := json.NewEncoder(&js)
		je.SetEscapeHTML(false)
		je.SetIndent("", " ")
		if err := je.Encode(doc); err != nil {
			return fmt.Errorf("%s: json: %w", c.name, err)
		}
		if err := os.WriteFile(filepath.Join(out, c.name+".json"), js.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// ---- verify ------------------------------------------------------------------------------------

func verifyGob(dir string) error {
	var failures []error
	for _, c := range gobCases() {
		data, err := os.ReadFile(filepath.Join(dir, "gob", c.name+".gob"))
		if err != nil {
			failures = append(failures, fmt.Errorf("%s: %w", c.name, err))
			continue
		}
		if err := decodeAndCompare(c, bytes.NewReader(data)); err != nil {
			failures = append(failures, fmt.Errorf("%s: %w", c.name, err))
		}
	}
	return errors.Join(failures...)
}

// decodeAndCompare decodes one value per case value (into a fresh value of the same Go type),
// compares, and requires the stream to end right after.
func decodeAndCompare(c gobCase, r io.Reader) error {
	dec := gob.NewDecoder(r)
	for i, want := range c.values {
		target := reflect.New(reflect.TypeOf(want))
		if err := dec.Decode(target.Interface()); err != nil {
			return fmt.Errorf("value %d (%T): decode: %w", i, want, err)
		}
		if !equalGob(target.Elem(), reflect.ValueOf(want)) {
			return fmt.Errorf("value %d (%T): got %#v, want %#v", i, want, target.Elem().Interface(), want)
		}
	}
	var extra any
	if err := dec.Decode(&extra); err != io.EOF {
		return fmt.Errorf("expected end of stream after %d values, got %v", len(c.values), err)
	}
	return nil
}

var timeType = reflect.TypeOf(time.Time{})

// equalGob is reflect.DeepEqual except for time.Time, compared with Equal plus the zone offset:
// DeepEqual is too strict there, since a decoded time gets a new *Location (FixedZone("", off) or
// Local) that is a different pointer than the original zone, and UTC may be nil or &utcLoc.
func equalGob(a, b reflect.Value) bool {
	if a.IsValid() != b.IsValid() {
		return false
	}
	if !a.IsValid() {
		return true
	}
	if a.Type() != b.Type() {
		return false
	}
	if a.Type() == timeType {
		ta, tb := valueTime(a), valueTime(b)
		_, oa := ta.Zone()
		_, ob := tb.Zone()
		return ta.Equal(tb) && oa == ob && (ta.Location() == time.UTC) == (tb.Location() == time.UTC)
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return a.Pointer() == b.Pointer() || equalGob(a.Elem(), b.Elem())
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equalGob(a.Elem(), b.Elem())
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if !equalGob(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		fallthrough
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if !equalGob(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			bv := b.MapIndex(k)
			if !bv.IsValid() || !equalGob(a.MapIndex(k), bv) {
				return false
			}
		}
		return true
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() == b.Float()
	case reflect.Complex64, reflect.Complex128:
		return a.Complex() == b.Complex()
	case reflect.String:
		return a.String() == b.String()
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return a.IsNil() && b.IsNil()
	}
	return false
}

// valueTime reads a time.Time even from an unexported field (through a copy's address).
func valueTime(v reflect.Value) time.Time {
	if v.CanInterface() {
		return v.Interface().(time.Time)
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(reflect.NewAt(v.Type(), addrOf(v)).Elem())
	return c.Interface().(time.Time)
}

func addrOf(v reflect.Value) unsafe.Pointer {
	if !v.CanAddr() {
		panic("time.Time in an unexported, unaddressable position")
	}
	return unsafe.Pointer(v.UnsafeAddr())
}

// ---- JSON convention ---------------------------------------------------------------------------

func goTimeJSON(t time.Time) map[string]any {
	_, off := t.Zone()
	m := map[string]any{
		"seconds":       strconv.FormatInt(t.Unix()+62135596800, 10),
		"nanos":         t.Nanosecond(),
		"offsetMinutes": off / 60,
		"unixMillis":    strconv.FormatInt(t.UnixMilli(), 10),
	}
	if t.Location() == time.UTC {
		m["offsetMinutes"] = -1
	}
	if off%60 != 0 {
		m["offsetSeconds"] = off % 60
	}
	return m
}

var (
	gobEncoderIface    = reflect.TypeOf((*gob.GobEncoder)(nil)).Elem()
	binaryMarshalIface = reflect.TypeOf((*encoding.BinaryMarshaler)(nil)).Elem()
)

// marshalled returns the bytes gob sends for a GobEncoder/BinaryMarshaler value (gob checks the
// type and the pointer to it, in that order of interfaces; TextMarshaler is not used by gob).
func marshalled(v reflect.Value) ([]byte, bool) {
	t := v.Type()
	for _, iface := range []reflect.Type{gobEncoderIface, binaryMarshalIface} {
		var recv reflect.Value
		switch {
		case t.Implements(iface):
			recv = v
		case reflect.PointerTo(t).Implements(iface):
			p := reflect.New(t)
			p.Elem().Set(v)
			recv = p
		default:
			continue
		}
		if recv.Kind() == reflect.Pointer && recv.IsNil() {
			return nil, false
		}
		var data []byte
		var err error
		switch iface {
		case gobEncoderIface:
			data, err = recv.Interface().(gob.GobEncoder).GobEncode()
		default:
			data, err = recv.Interface().(encoding.BinaryMarshaler).MarshalBinary()
		}
		if err != nil {
			panic(err)
		}
		return data, true
	}
	return nil, false
}

// ifaceNames: gob names of the concrete types we put inside interfaces, keyed by base type
// (gob looks names up with pointers stripped). Pointer registrations keep the package *name*
// (type.go Register compatibility bug); builtins use rt.String().
var ifaceNames = map[reflect.Type]string{
	reflect.TypeOf(model.AppError{}):             "*model.AppError",
	reflect.TypeOf(plugin.ErrorString{}):         "*plugin.ErrorString",
	reflect.TypeOf([]*model.MessageAttachment{}): "[]*model.SlackAttachment",
	reflect.TypeOf([]any{}):                      "[]interface {}",
	reflect.TypeOf(map[string]any{}):             "map[string]interface {}",
	reflect.TypeOf(Inner{}):                      "*main.Inner",
	reflect.TypeOf(Inner2{}):                     "*main.Inner2",
	reflect.TypeOf(model.StringInterface(nil)):   "github.com/mattermost/mattermost/server/public/model.StringInterface",
}

func ifaceName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n, ok := ifaceNames[t]; ok {
		return n
	}
	return t.String()
}

func isSentField(f reflect.StructField) bool {
	if !f.IsExported() {
		return false
	}
	t := f.Type
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() != reflect.Chan && t.Kind() != reflect.Func
}

// omitted reports whether gob leaves this struct field out (encode.go: zero scalars, empty
// slices/strings, nil pointers/maps/interfaces; GobEncoders when IsZero; never arrays/structs).
func omitted(v reflect.Value) bool {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return true
		}
		v = v.Elem()
	}
	if _, ok := marshalled(v); ok {
		return v.IsZero()
	}
	switch v.Kind() {
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Complex64, reflect.Complex128:
		return v.Complex() == 0
	case reflect.String, reflect.Slice:
		return v.Len() == 0
	case reflect.Map, reflect.Interface:
		return v.IsNil()
	}
	return false
}

func jsonFloat(f float64) any {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	return f
}

func jsonOf(v reflect.Value) any {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if data, ok := marshalled(v); ok {
		return hex.EncodeToString(data)
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return map[string]any{"$type": ifaceName(v.Elem().Type()), "value": jsonOf(v.Elem())}
	case reflect.Bool:
		return v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return jsonFloat(v.Float())
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		return []any{jsonFloat(real(c)), jsonFloat(imag(c))}
	case reflect.String:
		return v.String()
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return hex.EncodeToString(v.Bytes())
		}
		fallthrough
	case reflect.Array:
		out := make([]any, v.Len())
		for i := range out {
			out[i] = jsonOf(v.Index(i))
		}
		return out
	case reflect.Map:
		pairs := make([][2]any, 0, v.Len())
		for _, k := range v.MapKeys() {
			pairs = append(pairs, [2]any{jsonOf(k), jsonOf(v.MapIndex(k))})
		}
		sort.Slice(pairs, func(i, j int) bool {
			a, _ := json.Marshal(pairs[i][0])
			b, _ := json.Marshal(pairs[j][0])
			return string(a) < string(b)
		})
		return pairs
	case reflect.Struct:
		out := map[string]any{}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !isSentField(f) || omitted(v.Field(i)) {
				continue
			}
			out[f.Name] = jsonOf(v.Field(i))
		}
		return out
	}
	panic(fmt.Sprintf("jsonOf: unsupported kind %s", v.Kind()))
}
