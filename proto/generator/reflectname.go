package main

import (
	"fmt"
	"go/types"
	"strings"
)

// reflectString renders t the way reflect.Type.String() does at run time: named types as
// "<package name>.<Name>", type arguments of generic instances with their full import paths,
// "interface {}" and "struct {}" with a space.
func reflectString(t types.Type) string {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		return basicName(t)
	case *types.Named:
		if t.Obj().Pkg() == nil {
			return t.Obj().Name()
		}
		return t.Obj().Pkg().Name() + "." + reflectName(t)
	case *types.Pointer:
		return "*" + reflectString(t.Elem())
	case *types.Slice:
		return "[]" + reflectString(t.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), reflectString(t.Elem()))
	case *types.Map:
		return "map[" + reflectString(t.Key()) + "]" + reflectString(t.Elem())
	case *types.Interface:
		if t.NumMethods() == 0 {
			return "interface {}"
		}
		return types.TypeString(t, nil)
	case *types.Struct:
		if t.NumFields() == 0 {
			return "struct {}"
		}
		parts := make([]string, t.NumFields())
		for i := range t.NumFields() {
			f := t.Field(i)
			if f.Embedded() {
				parts[i] = reflectString(f.Type())
			} else {
				parts[i] = f.Name() + " " + reflectString(f.Type())
			}
		}
		return "struct { " + strings.Join(parts, "; ") + " }"
	}
	return types.TypeString(t, nil)
}

// reflectName is reflect.Type.Name(): the bare name, plus "[args]" with full paths for an
// instantiated generic type.
func reflectName(n *types.Named) string {
	name := n.Obj().Name()
	if targs := n.TypeArgs(); targs != nil && targs.Len() > 0 {
		parts := make([]string, targs.Len())
		for i := range targs.Len() {
			parts[i] = types.TypeString(targs.At(i), nil)
		}
		name += "[" + strings.Join(parts, ",") + "]"
	}
	return name
}

// gobRegisterName is the name encoding/gob.Register(value) registers a value of type t under
// (see the comment in gob.Register: a pointer to a named type is NOT qualified by its path).
func gobRegisterName(t types.Type) string {
	t = types.Unalias(t)
	if n, ok := t.(*types.Named); ok {
		if n.Obj().Pkg() == nil {
			return n.Obj().Name()
		}
		return n.Obj().Pkg().Path() + "." + reflectName(n)
	}
	if b, ok := t.(*types.Basic); ok {
		return basicName(b)
	}
	return reflectString(t)
}

func basicName(b *types.Basic) string {
	switch b.Kind() {
	case types.Uint8:
		return "uint8"
	case types.Int32:
		return "int32"
	case types.UnsafePointer:
		return "unsafe.Pointer"
	}
	return b.Name()
}
