// Command gob-bench measures Go's encoding/gob on the golden "typical Post", for comparison with
// bench/gob.bench.ts. It prints one JSON line: {"encodeOpsPerSec", "decodeOpsPerSec", "bytes"}.
//
//	cd test/vectors && go run ./cmd/gob-bench golden/gob/post.gob
//
// What is measured (steady state on an established stream, like the TS bench):
//   - encode: one Encoder.Encode(post) per op on an encoder that has already sent the Post type
//     definitions, into a reused bytes.Buffer (Reset per op) => exactly one value message per op;
//   - decode: one Decoder.Decode(&model.Post{}) per op on a decoder that has already received the
//     definitions (its compiled engine is cached), reading that value message from a reused
//     bytes.Reader (Reset per op, no bufio since bytes.Reader is an io.ByteReader).
//
// Neither side counts type definitions, stream setup or I/O. "bytes" is the value message size.
package main

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"
	_ "github.com/mattermost/mattermost/server/public/plugin" // registers Mattermost's interface types
)

func main() {
	path := "golden/gob/post.gob"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fail(err)
	}
	var post model.Post
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&post); err != nil {
		fail(err)
	}

	// Encoder with the types already sent; the second Encode is the steady-state value message.
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	if err := enc.Encode(&post); err != nil {
		fail(err)
	}
	first := append([]byte(nil), buf.Bytes()...)
	buf.Reset()
	if err := enc.Encode(&post); err != nil {
		fail(err)
	}
	valueMsg := append([]byte(nil), buf.Bytes()...)

	encRes := testing.Benchmark(func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			buf.Reset()
			if err := enc.Encode(&post); err != nil {
				b.Fatal(err)
			}
		}
	})

	// Decoder primed with the definitions (and a first value).
	r := bytes.NewReader(first)
	dec := gob.NewDecoder(r)
	var primed model.Post
	if err := dec.Decode(&primed); err != nil {
		fail(err)
	}
	decRes := testing.Benchmark(func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			r.Reset(valueMsg)
			var p model.Post
			if err := dec.Decode(&p); err != nil {
				b.Fatal(err)
			}
		}
	})

	out, _ := json.Marshal(map[string]any{
		"encodeOpsPerSec": 1e9 / float64(encRes.NsPerOp()),
		"decodeOpsPerSec": 1e9 / float64(decRes.NsPerOp()),
		"bytes":           len(valueMsg),
	})
	fmt.Println(string(out))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gob-bench:", err)
	os.Exit(1)
}
