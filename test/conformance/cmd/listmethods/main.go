// Command listmethods prints the method names of the Go interfaces a plugin sees — plugin.API
// and plugin.Hooks of the pinned server/public — as JSON, read by reflection:
//
//	{"serverPublic":"v0.4.4","api":["AddChannelMember",…],"hooks":["ChannelHasBeenCreated",…]}
//
// scripts/coverage-contract.ts counts the contract and the round-trip harness against it.
package main

import (
	"encoding/json"
	"os"
	"reflect"
	"runtime/debug"

	"github.com/mattermost/mattermost/server/public/plugin"
)

func names(t reflect.Type) []string {
	out := make([]string, t.NumMethod())
	for i := range out {
		out[i] = t.Method(i).Name
	}
	return out
}

func main() {
	version := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/mattermost/mattermost/server/public" {
				version = d.Version
			}
		}
	}
	out := map[string]any{
		"serverPublic": version,
		"api":          names(reflect.TypeFor[plugin.API]()),
		"hooks":        names(reflect.TypeFor[plugin.Hooks]()),
	}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		os.Exit(1)
	}
}
