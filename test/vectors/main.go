// Command vectors writes golden byte vectors produced by real Go (encoding/gob,
// net/rpc, hashicorp/yamux, model types of the pinned server/public) into
// test/vectors/golden, and verifies bytes produced by our TypeScript encoders.
//
//	go run . generate golden       # rewrite the committed golden files
//	go run . verify <dir>          # decode TS-encoded files in <dir> and compare with reflect.DeepEqual
//
// Each area (gob, yamux, netrpc) registers its generators and verifiers in its own file.
package main

import (
	"fmt"
	"os"
	"sort"
)

type generator func(dir string) error
type verifier func(dir string) error

var (
	generators = map[string]generator{}
	verifiers  = map[string]verifier{}
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: vectors generate|verify <dir>")
		os.Exit(2)
	}
	table := map[string]func(string) error{}
	switch os.Args[1] {
	case "generate":
		for k, g := range generators {
			table[k] = g
		}
	case "verify":
		for k, v := range verifiers {
			table[k] = v
		}
	default:
		fmt.Fprintln(os.Stderr, "unknown command", os.Args[1])
		os.Exit(2)
	}
	names := make([]string, 0, len(table))
	for k := range table {
		names = append(names, k)
	}
	sort.Strings(names)
	failed := false
	for _, name := range names {
		if err := table[name](os.Args[2]); err != nil {
			fmt.Fprintf(os.Stderr, "%s %s: %v\n", os.Args[1], name, err)
			failed = true
		} else {
			fmt.Printf("%s %s: ok\n", os.Args[1], name)
		}
	}
	if failed {
		os.Exit(1)
	}
}
