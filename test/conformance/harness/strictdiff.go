package harness

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
)

// StrictDiff explains a reflect.DeepEqual mismatch field by field: unlike Diff it reports nil
// versus empty maps/slices, compares time.Time including its location, and reports structs whose
// unexported state differs. Paths are Go expressions below the compared value, e.g.
// `.B.Props["k"].([]interface {})[1]: want int64(5), got float64(5)`. Empty when DeepEqual holds.
func StrictDiff(want, got any) []string {
	if reflect.DeepEqual(want, got) {
		return nil
	}
	var out []string
	strictValue("", reflect.ValueOf(want), reflect.ValueOf(got), &out)
	if len(out) == 0 {
		out = append(out, fmt.Sprintf("(value): DeepEqual false but no field differs: want %#v, got %#v", want, got))
	}
	return out
}

// StrictDiffString is StrictDiff joined for a message ("" when DeepEqual holds).
func StrictDiffString(want, got any) string {
	d := StrictDiff(want, got)
	if len(d) == 0 {
		return ""
	}
	return "  " + strings.Join(d, "\n  ")
}

func sshow(v reflect.Value) string {
	if !v.IsValid() {
		return "<nil>"
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface:
		if v.IsNil() {
			return fmt.Sprintf("%s(nil)", v.Type())
		}
	}
	if !v.CanInterface() {
		return v.String()
	}
	x := v.Interface()
	switch y := x.(type) {
	case []byte:
		return fmt.Sprintf("[]byte(%q)", y)
	case time.Time:
		return fmt.Sprintf("time.Time(%s, loc=%q)", y.Format(time.RFC3339Nano), y.Location())
	}
	switch v.Kind() {
	case reflect.String:
		return fmt.Sprintf("%s(%q)", v.Type(), x)
	case reflect.Struct, reflect.Map, reflect.Slice, reflect.Pointer:
		s := fmt.Sprintf("%s%+v", v.Type(), x)
		if len(s) > 300 {
			s = s[:300] + "…"
		}
		return s
	}
	return fmt.Sprintf("%s(%v)", v.Type(), x)
}

func strictValue(path string, w, g reflect.Value, out *[]string) {
	name := path
	if name == "" {
		name = "(value)"
	}
	add := func(format string, a ...any) { *out = append(*out, name+": "+fmt.Sprintf(format, a...)) }
	if !w.IsValid() || !g.IsValid() {
		if w.IsValid() != g.IsValid() {
			add("want %s, got %s", sshow(w), sshow(g))
		}
		return
	}
	if w.Type() != g.Type() {
		add("want %s, got %s (type differs)", sshow(w), sshow(g))
		return
	}
	switch w.Kind() {
	case reflect.Interface:
		if w.IsNil() || g.IsNil() {
			if w.IsNil() != g.IsNil() {
				add("want %s, got %s", sshow(w), sshow(g))
			}
			return
		}
		if w.Elem().Type() != g.Elem().Type() {
			add("want %s, got %s (dynamic type differs)", sshow(w), sshow(g))
			return
		}
		strictValue(fmt.Sprintf("%s.(%s)", path, w.Elem().Type()), w.Elem(), g.Elem(), out)
	case reflect.Pointer:
		if w.IsNil() || g.IsNil() {
			if w.IsNil() != g.IsNil() {
				add("want %s, got %s", sshow(w), sshow(g))
			}
			return
		}
		strictValue(path, w.Elem(), g.Elem(), out)
	case reflect.Struct:
		if w.Type() == timeType {
			wt, gt := w.Interface().(time.Time), g.Interface().(time.Time)
			if !reflect.DeepEqual(wt, gt) {
				add("want %s, got %s", sshow(w), sshow(g))
			}
			return
		}
		before := len(*out)
		t := w.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			strictValue(path+"."+f.Name, w.Field(i), g.Field(i), out)
		}
		if len(*out) == before && w.CanInterface() && g.CanInterface() && !reflect.DeepEqual(w.Interface(), g.Interface()) {
			add("unexported state differs: want %#v, got %#v", w.Interface(), g.Interface())
		}
	case reflect.Map:
		if w.IsNil() != g.IsNil() {
			add("want %s, got %s (nil versus empty)", sshow(w), sshow(g))
			return
		}
		keys := map[string]reflect.Value{}
		for _, k := range w.MapKeys() {
			keys[fmt.Sprint(k.Interface())] = k
		}
		for _, k := range g.MapKeys() {
			keys[fmt.Sprint(k.Interface())] = k
		}
		names := make([]string, 0, len(keys))
		for k := range keys {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, kn := range names {
			k := keys[kn]
			p := fmt.Sprintf("%s[%q]", path, kn)
			wv, gv := w.MapIndex(k), g.MapIndex(k)
			switch {
			case !wv.IsValid():
				*out = append(*out, fmt.Sprintf("%s: unexpected key, got %s", p, sshow(gv)))
			case !gv.IsValid():
				*out = append(*out, fmt.Sprintf("%s: missing, want %s", p, sshow(wv)))
			default:
				strictValue(p, wv, gv, out)
			}
		}
	case reflect.Slice, reflect.Array:
		if w.Kind() == reflect.Slice && w.IsNil() != g.IsNil() {
			add("want %s, got %s (nil versus empty)", sshow(w), sshow(g))
			return
		}
		if w.Len() != g.Len() {
			add("want len %d %s, got len %d %s", w.Len(), sshow(w), g.Len(), sshow(g))
			return
		}
		for i := 0; i < w.Len(); i++ {
			strictValue(fmt.Sprintf("%s[%d]", path, i), w.Index(i), g.Index(i), out)
		}
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
	default:
		if w.CanInterface() && g.CanInterface() && !reflect.DeepEqual(w.Interface(), g.Interface()) {
			add("want %s, got %s", sshow(w), sshow(g))
		}
	}
}
