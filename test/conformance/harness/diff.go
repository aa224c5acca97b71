package harness

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// Diff compares want and got recursively (exported struct fields only, maps by
// key, interface values including their dynamic type) and returns one line per
// difference, e.g. `Props["count"]: want float64(42), got int64(42)`.
// An empty result means equal.
func Diff(want, got any) []string {
	var out []string
	diffValue("", reflect.ValueOf(want), reflect.ValueOf(got), &out)
	return out
}

// DiffString is Diff joined for a failure message ("" when equal).
func DiffString(want, got any) string {
	d := Diff(want, got)
	if len(d) == 0 {
		return ""
	}
	return "  " + strings.Join(d, "\n  ")
}

func show(v reflect.Value) string {
	if !v.IsValid() {
		return "<nil>"
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem() // show the dynamic type: float64(42), not interface {}(42)
	}
	if (v.Kind() == reflect.Pointer || v.Kind() == reflect.Map || v.Kind() == reflect.Slice || v.Kind() == reflect.Interface) && v.IsNil() {
		return fmt.Sprintf("%s(nil)", v.Type())
	}
	if v.CanInterface() {
		x := v.Interface()
		if b, ok := x.([]byte); ok {
			return fmt.Sprintf("[]byte(%q)", b)
		}
		switch v.Kind() {
		case reflect.String:
			return fmt.Sprintf("%q", x)
		case reflect.Struct, reflect.Map, reflect.Slice, reflect.Pointer:
			return fmt.Sprintf("%s%+v", v.Type(), x)
		}
		return fmt.Sprintf("%s(%v)", v.Type(), x)
	}
	return v.String()
}

func diffValue(path string, w, g reflect.Value, out *[]string) {
	name := path
	if name == "" {
		name = "(value)"
	}
	if !w.IsValid() || !g.IsValid() {
		if w.IsValid() != g.IsValid() {
			*out = append(*out, fmt.Sprintf("%s: want %s, got %s", name, show(w), show(g)))
		}
		return
	}
	if w.Type() != g.Type() {
		*out = append(*out, fmt.Sprintf("%s: want %s, got %s (type differs)", name, show(w), show(g)))
		return
	}
	switch w.Kind() {
	case reflect.Interface:
		if w.IsNil() || g.IsNil() {
			if w.IsNil() != g.IsNil() {
				*out = append(*out, fmt.Sprintf("%s: want %s, got %s", name, show(w), show(g)))
			}
			return
		}
		diffValue(path, w.Elem(), g.Elem(), out)
	case reflect.Pointer:
		if w.IsNil() || g.IsNil() {
			if w.IsNil() != g.IsNil() {
				*out = append(*out, fmt.Sprintf("%s: want %s, got %s", name, show(w), show(g)))
			}
			return
		}
		diffValue(path, w.Elem(), g.Elem(), out)
	case reflect.Struct:
		t := w.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			diffValue(join(path, f.Name), w.Field(i), g.Field(i), out)
		}
	case reflect.Map:
		if w.IsNil() != g.IsNil() && (w.Len() != 0 || g.Len() != 0) {
			*out = append(*out, fmt.Sprintf("%s: want %s, got %s", name, show(w), show(g)))
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
				*out = append(*out, fmt.Sprintf("%s: unexpected key, got %s", p, show(gv)))
			case !gv.IsValid():
				*out = append(*out, fmt.Sprintf("%s: missing, want %s", p, show(wv)))
			default:
				diffValue(p, wv, gv, out)
			}
		}
	case reflect.Slice, reflect.Array:
		if w.Kind() == reflect.Slice && w.IsNil() != g.IsNil() && (w.Len() != 0 || g.Len() != 0) {
			*out = append(*out, fmt.Sprintf("%s: want %s, got %s", name, show(w), show(g)))
			return
		}
		if w.Len() != g.Len() {
			*out = append(*out, fmt.Sprintf("%s: want len %d %s, got len %d %s", name, w.Len(), show(w), g.Len(), show(g)))
			return
		}
		for i := 0; i < w.Len(); i++ {
			diffValue(fmt.Sprintf("%s[%d]", path, i), w.Index(i), g.Index(i), out)
		}
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		// not transferable over gob; ignored
	default:
		if w.CanInterface() && g.CanInterface() {
			if !reflect.DeepEqual(w.Interface(), g.Interface()) {
				*out = append(*out, fmt.Sprintf("%s: want %s, got %s", name, show(w), show(g)))
			}
		}
	}
}

func join(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}
