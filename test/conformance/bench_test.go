package conformance_test

import (
	"os"
	"strings"
	"testing"

	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

// BenchmarkMessageWillBePosted measures one MessageWillBePosted round trip
// (server glue → go-plugin net/rpc over yamux → plugin → reply) through
// HooksForPlugin(id).MessageWillBePosted with a typical post (rewrite case).
//
//	go test -run '^$' -bench BenchmarkMessageWillBePosted -benchtime 2s
func BenchmarkMessageWillBePosted(parent *testing.B) {
	envs := map[harness.Kind]*harness.Env{}
	for _, kind := range harness.Kinds {
		parent.Run(string(kind), func(b *testing.B) {
			// This function runs several times (growing b.N): start the plugin once
			// per kind and stop it when the parent benchmark ends.
			e, ok := envs[kind]
			if !ok {
				e = startBenchEnv(parent, b, kind)
				envs[kind] = e
			}
			h := hooks(b, e)
			ctx := hookCtx()
			post, reason := h.MessageWillBePosted(ctx, harness.TypicalPost())
			if reason != "" || post == nil || !strings.HasPrefix(post.Message, "PLEASE REWRITE") {
				b.Fatalf("[%s] warm-up call returned (post=%v, %q)\n%s", kind, post != nil, reason, e.Diagnostics())
			}
			b.ReportAllocs()
			for b.Loop() {
				// a fresh post each time: the glue decodes the reply into the input post
				p, r := h.MessageWillBePosted(ctx, harness.TypicalPost())
				if r != "" || p == nil || p.Props["bridged"] != true {
					b.Fatalf("[%s] MessageWillBePosted returned (post=%v, %q)", kind, p != nil, r)
				}
			}
		})
	}
}

func startBenchEnv(parent, b *testing.B, kind harness.Kind) *harness.Env {
	b.Helper()
	logger, err := harness.QuietLogger(os.Stderr)
	if err != nil {
		b.Fatal(err)
	}
	root, err := os.MkdirTemp("", "conformance-bench-")
	if err != nil {
		b.Fatal(err)
	}
	e, err := harness.New(kind, harness.Config{Logger: logger, Root: root})
	if err == nil {
		if terr := harness.WithTimeout(harness.ActivateTimeout, func() { _, _, err = e.Activate() }); terr != nil {
			err = terr
		}
	}
	parent.Cleanup(func() {
		if e != nil {
			if serr := e.Shutdown(); serr != nil {
				parent.Errorf("[%s] %v", kind, serr)
			}
		}
		_ = logger.Shutdown()
		_ = os.RemoveAll(root)
	})
	if err != nil {
		if e != nil {
			b.Fatalf("[%s] cannot start the plugin: %v\n%s", kind, err, e.Diagnostics())
		}
		b.Fatalf("[%s] cannot set up the plugin: %v", kind, err)
	}
	return e
}
