// Command manifestcheck reads the manifests the server would read and reports what the real
// model.FindManifest and model.Manifest.IsValid (server/public v0.4.4) make of them, so that
// mm-bridge's TypeScript port of those rules (src/bundle/manifest-rules.ts) can be cross-checked.
//
// Input on stdin: a JSON array of strings, each the text of a plugin.json. Output on stdout: a
// JSON array with one object per input, in order:
//
//	{"readError": "..."}         model.FindManifest failed (not JSON, a value of the wrong type)
//	{"id": "...", "error": ""}   IsValid passed ("id" is the id after FindManifest lower-cased it)
//	{"id": "...", "error": "…"}  IsValid's error text
//	{"id": "...", "panic": "…"}  IsValid panicked (a null entry in settings_schema)
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/mattermost/mattermost/server/public/model"
)

type result struct {
	ReadError string  `json:"readError,omitempty"`
	ID        *string `json:"id,omitempty"`
	Error     *string `json:"error,omitempty"`
	Panic     string  `json:"panic,omitempty"`
}

func main() {
	var inputs []string
	if err := json.NewDecoder(os.Stdin).Decode(&inputs); err != nil {
		fmt.Fprintln(os.Stderr, "manifestcheck: stdin must be a JSON array of strings:", err)
		os.Exit(2)
	}
	dir, err := os.MkdirTemp("", "manifestcheck-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "manifestcheck:", err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	out := make([]result, len(inputs))
	for i, text := range inputs {
		out[i] = check(dir, text)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "manifestcheck:", err)
		os.Exit(1)
	}
}

func check(dir, text string) (r result) {
	if err := os.WriteFile(filepath.Join(dir, "plugin.json"), []byte(text), 0o644); err != nil {
		return result{ReadError: "write: " + err.Error()}
	}
	m, _, err := model.FindManifest(dir)
	if err != nil {
		return result{ReadError: err.Error()}
	}
	id := m.Id
	r.ID = &id
	defer func() {
		if p := recover(); p != nil {
			r.Error = nil
			r.Panic = fmt.Sprint(p)
		}
	}()
	msg := ""
	if err := m.IsValid(); err != nil {
		msg = err.Error()
	}
	r.Error = &msg
	return r
}
