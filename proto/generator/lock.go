package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
)

// lockFile pins proto field numbers across regenerations: per message, field name → number.
// Entries are only ever added; a field that disappears keeps its entry and becomes reserved.
type lockFile struct {
	Generated string                    `json:"generated"`
	Messages  map[string]map[string]int `json:"messages"`
}

type lockField struct {
	name   string
	number int
}

func readLock(path string) (*lockFile, error) {
	lf := &lockFile{Messages: map[string]map[string]int{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return lf, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, lf); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if lf.Messages == nil {
		lf.Messages = map[string]map[string]int{}
	}
	return lf, nil
}

// number assigns field numbers to every message from the lock, appending new fields after the
// highest number the message ever used, and lists the removed ones as reserved.
func (g *gen) number(lf *lockFile) {
	names := make([]string, 0, len(g.msgs))
	for n := range g.msgs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := g.msgs[n]
		locked := lf.Messages[n]
		if locked == nil {
			locked = map[string]int{}
			lf.Messages[n] = locked
		}
		max := 0
		used := map[int]string{}
		for fname, num := range locked {
			if num > max {
				max = num
			}
			used[num] = fname
		}
		present := map[string]bool{}
		for _, f := range m.fields {
			present[f.name] = true
			if num, ok := locked[f.name]; ok {
				f.number = num
				continue
			}
			max++
			if max >= 19000 && max <= 19999 { // reserved for the protobuf implementation
				max = 20000
			}
			f.number = max
			locked[f.name] = max
		}
		m.reserved = nil
		for fname, num := range locked {
			if !present[fname] {
				m.reserved = append(m.reserved, lockField{fname, num})
			}
		}
		sort.Slice(m.reserved, func(i, j int) bool { return m.reserved[i].number < m.reserved[j].number })
	}
}

func (lf *lockFile) encode(header string) ([]byte, error) {
	lf.Generated = header
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(lf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
