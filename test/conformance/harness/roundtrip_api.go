package harness

//go:generate go run ../cmd/genroundtrip

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sync"
)

// ZTypes are the net/rpc gob structs of one hook or API method (plugin.Z_<M>Args / Z_<M>Returns).
type ZTypes struct {
	Args, Returns reflect.Type
}

// APIZTypes returns the gob structs of API method name (from schema.json's goType names).
func APIZTypes(name string) (ZTypes, bool) { z, ok := zAPITypes[name]; return z, ok }

// HookZTypes returns the gob structs of hook name.
func HookZTypes(name string) (ZTypes, bool) { z, ok := zHookTypes[name]; return z, ok }

// RTCall is one API call as the server-side glue (apiRPCServer) handed it to plugin.API.
type RTCall struct {
	Method string
	Args   []any // the method's parameters in order; a variadic one as its slice
}

// RoundTripAPI is a generic fake of plugin.API for the round-trip test: every method (generated
// in roundtrip_gen.go by cmd/genroundtrip) records its parameters and answers with the fields of
// the Z_<M>Returns value set for it with SetReturns (zero values when none is set).
type RoundTripAPI struct {
	mu      sync.Mutex
	returns map[string]reflect.Value
	calls   []RTCall
}

// NewRoundTripAPI returns a fake with no configured answers.
func NewRoundTripAPI() *RoundTripAPI {
	return &RoundTripAPI{returns: map[string]reflect.Value{}}
}

// SetReturns makes method answer with the fields of z (a Z_<method>Returns struct or pointer).
func (a *RoundTripAPI) SetReturns(method string, z reflect.Value) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.returns[method] = reflect.Indirect(z)
}

// TakeCalls returns the recorded calls and forgets them.
func (a *RoundTripAPI) TakeCalls() []RTCall {
	a.mu.Lock()
	defer a.mu.Unlock()
	c := a.calls
	a.calls = nil
	return c
}

// Calls returns a snapshot of the recorded calls.
func (a *RoundTripAPI) Calls() []RTCall {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.calls)
}

func (a *RoundTripAPI) call(method string, args ...any) []any {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls = append(a.calls, RTCall{Method: method, Args: args})
	z, ok := a.returns[method]
	if !ok {
		return nil
	}
	out := make([]any, z.NumField())
	for i := range out {
		out[i] = z.Field(i).Interface()
	}
	return out
}

// rtOut is result i of a call's answer as T (T's zero value when unset or nil).
func rtOut[T any](r []any, i int) T {
	var zero T
	if i >= len(r) || r[i] == nil {
		return zero
	}
	return r[i].(T)
}

// ArgsStruct rebuilds the Z_<M>Args value (a pointer to it) from a recorded call: the
// parameters are the struct's fields in order.
func ArgsStruct(c RTCall, t reflect.Type) (reflect.Value, error) {
	z := reflect.New(t)
	if t.NumField() != len(c.Args) {
		return reflect.Value{}, fmt.Errorf("%s: %d parameters received, %s has %d fields", c.Method, len(c.Args), t, t.NumField())
	}
	for i, a := range c.Args {
		if a == nil {
			continue
		}
		v := reflect.ValueOf(a)
		f := z.Elem().Field(i)
		if !v.Type().AssignableTo(f.Type()) {
			if !v.Type().ConvertibleTo(f.Type()) {
				return reflect.Value{}, fmt.Errorf("%s: parameter %d is %s, %s.%s is %s", c.Method, i, v.Type(), t, t.Field(i).Name, f.Type())
			}
			v = v.Convert(f.Type())
		}
		f.Set(v)
	}
	return z, nil
}

// LoadPluginConfiguration is hand-written: the server glue (apiRPCServer.LoadPluginConfiguration)
// passes a *any and sends json.Marshal of what we store there as Z_LoadPluginConfigurationArgsReturns.A;
// we unmarshal the configured A into dest, so the plugin receives exactly A back when A is
// json.Marshal output of a map[string]any (the test generates it that way).
func (a *RoundTripAPI) LoadPluginConfiguration(dest any) error {
	r := a.call("LoadPluginConfiguration")
	b := rtOut[[]byte](r, 0)
	if b == nil {
		return nil
	}
	return json.Unmarshal(b, dest)
}
