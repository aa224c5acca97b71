package harness

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"net/http"
	"path"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// HashRecorder is a streaming http.ResponseWriter + http.Flusher for driving
// Hooks.ServeHTTP directly: it hashes the body instead of keeping it (200 MB responses),
// keeps its first HeadLimit bytes, and records every WriteHeader and Flush.
type HashRecorder struct {
	mu          sync.Mutex
	header      http.Header
	Code        int   // first status written (200 on an implicit WriteHeader)
	Codes       []int // every WriteHeader call
	HeaderAt    http.Header
	wroteHeader bool
	h           hash.Hash
	N           int64
	Head        []byte
	Flushes     int
	FirstByte   time.Time
	// OnWrite, if set, sees every Write (after it was recorded).
	OnWrite func(b []byte)
}

// HeadLimit is how many body bytes a HashRecorder keeps.
const HeadLimit = 64 * 1024

func NewHashRecorder() *HashRecorder {
	return &HashRecorder{header: http.Header{}, h: sha256.New()}
}

func (r *HashRecorder) Header() http.Header { return r.header }

func (r *HashRecorder) WriteHeader(code int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Codes = append(r.Codes, code)
	if r.wroteHeader {
		return
	}
	r.wroteHeader = true
	r.Code = code
	r.HeaderAt = r.header.Clone()
}

func (r *HashRecorder) Write(b []byte) (int, error) {
	r.mu.Lock()
	if !r.wroteHeader {
		r.wroteHeader = true
		r.Code = http.StatusOK
		r.HeaderAt = r.header.Clone()
	}
	if r.N == 0 && len(b) > 0 {
		r.FirstByte = time.Now()
	}
	r.h.Write(b)
	r.N += int64(len(b))
	if len(r.Head) < HeadLimit {
		r.Head = append(r.Head, b[:min(len(b), HeadLimit-len(r.Head))]...)
	}
	cb := r.OnWrite
	r.mu.Unlock()
	if cb != nil {
		cb(b)
	}
	return len(b), nil
}

func (r *HashRecorder) Flush() {
	r.mu.Lock()
	r.Flushes++
	r.mu.Unlock()
}

// SHA256 is the hex SHA-256 of the body written so far.
func (r *HashRecorder) SHA256() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return hex.EncodeToString(r.h.Sum(nil))
}

// ServePluginRequest is the server's /plugins/{plugin_id}/… handling
// (server/channels/app/plugin_requests.go servePluginRequest, unauthenticated path) in front
// of Hooks.ServeHTTP: it strips "/plugins/<id>" from r.URL.Path (r.RequestURI keeps it), drops
// access_token from the query, deletes Mattermost-User-Id, Mattermost-Plugin-ID, Cookie and
// Referer, and passes a plugin.Context with a request id, IP address, Accept-Language and
// User-Agent.
func ServePluginRequest(env *plugin.Environment, id string) http.Handler {
	prefix := path.Join("/plugins", id)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hooks, err := env.HooksForPlugin(id)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		c := &plugin.Context{
			RequestId:      model.NewId(),
			IPAddress:      strings.Split(r.RemoteAddr, ":")[0],
			AcceptLanguage: r.Header.Get("Accept-Language"),
			UserAgent:      r.UserAgent(),
		}
		r.Header.Del("Mattermost-Plugin-ID")
		r.Header.Del("Mattermost-User-Id")
		r.Header.Del("Cookie")
		r.Header.Del("Referer")
		q := r.URL.Query()
		q.Del("access_token")
		r.URL.RawQuery = q.Encode()
		r.URL.Path = strings.TrimPrefix(r.URL.Path, prefix)
		hooks.ServeHTTP(c, w, r)
	})
}

// glueFrames are stack frames of the server-side plugin glue that stay alive while a
// streaming hook or API call has open MuxBroker streams.
var glueFrames = []string{
	"plugin.(*hooksRPCClient).ServeHTTP",
	"plugin.(*hooksRPCClient).ServeMetrics",
	"plugin.(*hooksRPCClient).FileWillBeUploaded",
	"plugin.serveIOReader",
	"plugin.(*apiRPCServer).PluginHTTPStream",
	"plugin.(*httpResponseWriterRPCServer)",
}

// GlueGoroutines counts the goroutines of this process inside the server-side streaming glue
// (ServeHTTP/ServeMetrics/FileWillBeUploaded callers and their broker-stream servers,
// serveIOReader, PluginHTTPStream) and returns their stacks. Zero once every streaming call
// has returned and the plugin side closed its streams.
func GlueGoroutines() (int, string) {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	var hits []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		for _, f := range glueFrames {
			if strings.Contains(g, f) {
				hits = append(hits, g)
				break
			}
		}
	}
	return len(hits), strings.Join(hits, "\n\n")
}

// WaitGlueGoroutines polls until at most max glue goroutines are left or timeout passes.
func WaitGlueGoroutines(max int, timeout time.Duration) (int, string) {
	var n int
	var stacks string
	PollUntil(timeout, func() bool {
		n, stacks = GlueGoroutines()
		return n <= max
	})
	return n, stacks
}
