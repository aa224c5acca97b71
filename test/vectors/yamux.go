package main

// Golden yamux frames captured from the real github.com/hashicorp/yamux v0.1.2 with
// DefaultConfig (what go-plugin uses). Each case records the bytes ONE side wrote
// for one action, one frame per hex line, plus cases.json describing them. The TS
// tests (test/unit/yamux/golden.test.ts) decode these with our frame reader and
// check that our session writes the same bytes for the same action.

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/yamux"
)

func init() {
	generators["yamux"] = generateYamux
}

// yamuxRecConn records everything written through it.
type yamuxRecConn struct {
	net.Conn
	mu  sync.Mutex
	buf bytes.Buffer
}

func (r *yamuxRecConn) Write(p []byte) (int, error) {
	r.mu.Lock()
	r.buf.Write(p)
	r.mu.Unlock()
	return r.Conn.Write(p)
}

// take returns and forgets what was written so far.
func (r *yamuxRecConn) take() []byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := append([]byte(nil), r.buf.Bytes()...)
	r.buf.Reset()
	return out
}

// waitTake waits until at least n bytes were written (for frames Go sends asynchronously).
func (r *yamuxRecConn) waitTake(n int) ([]byte, error) {
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		r.mu.Lock()
		l := r.buf.Len()
		r.mu.Unlock()
		if l >= n {
			return r.take(), nil
		}
		time.Sleep(time.Millisecond)
	}
	return nil, fmt.Errorf("timed out waiting for %d written bytes", n)
}

type yamuxGoldenFrame struct {
	Type     uint8  `json:"type"`
	Flags    uint16 `json:"flags"`
	StreamID uint32 `json:"streamId"`
	Length   uint32 `json:"length"`
}

type yamuxGoldenCase struct {
	Name   string `json:"name"`
	Writer string `json:"writer"`
	Action string `json:"action"`
	File   string `json:"file"`
	// PayloadOmitted: Data payloads are not in the hex file (they are PayloadPattern bytes).
	PayloadOmitted bool               `json:"payloadOmitted,omitempty"`
	PayloadPattern string             `json:"payloadPattern,omitempty"`
	Frames         []yamuxGoldenFrame `json:"frames"`
}

type yamuxGoldenManifest struct {
	Generator string            `json:"generator"`
	Module    string            `json:"module"`
	Config    string            `json:"config"`
	Format    string            `json:"format"`
	Cases     []yamuxGoldenCase `json:"cases"`
}

func yamuxConfig() *yamux.Config {
	c := yamux.DefaultConfig()
	c.LogOutput = io.Discard
	return c
}

// yamuxPattern is the payload of data cases: byte i = i % 251.
func yamuxPattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i % 251)
	}
	return b
}

// yamuxSplit cuts a capture into frames; withPayload=false drops Data payloads.
func yamuxSplit(raw []byte, withPayload bool) ([]yamuxGoldenFrame, string, error) {
	var frames []yamuxGoldenFrame
	var lines []string
	for len(raw) > 0 {
		if len(raw) < 12 {
			return nil, "", fmt.Errorf("trailing %d bytes are not a header", len(raw))
		}
		f := yamuxGoldenFrame{
			Type:     raw[1],
			Flags:    uint16(raw[2])<<8 | uint16(raw[3]),
			StreamID: uint32(raw[4])<<24 | uint32(raw[5])<<16 | uint32(raw[6])<<8 | uint32(raw[7]),
			Length:   uint32(raw[8])<<24 | uint32(raw[9])<<16 | uint32(raw[10])<<8 | uint32(raw[11]),
		}
		n := 12
		if f.Type == 0 {
			n += int(f.Length)
		}
		if n > len(raw) {
			return nil, "", fmt.Errorf("frame of %d bytes, only %d captured", n, len(raw))
		}
		line := raw[:n]
		if !withPayload {
			line = raw[:12]
		}
		lines = append(lines, yamuxHex(line))
		frames = append(frames, f)
		raw = raw[n:]
	}
	return frames, strings.Join(lines, "\n") + "\n", nil
}

func yamuxHex(b []byte) string {
	h := hex.EncodeToString(b)
	var sb strings.Builder
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(h[i : i+2])
	}
	return sb.String()
}

type yamuxRecorder struct {
	dir      string
	manifest yamuxGoldenManifest
}

func (g *yamuxRecorder) add(c yamuxGoldenCase, raw []byte) error {
	frames, text, err := yamuxSplit(raw, !c.PayloadOmitted)
	if err != nil {
		return fmt.Errorf("case %s: %w", c.Name, err)
	}
	if len(frames) == 0 {
		return fmt.Errorf("case %s: nothing captured", c.Name)
	}
	c.File = c.Name + ".hex"
	c.Frames = frames
	g.manifest.Cases = append(g.manifest.Cases, c)
	return os.WriteFile(filepath.Join(g.dir, c.File), []byte(text), 0o644)
}

func generateYamux(dir string) error {
	out := filepath.Join(dir, "yamux")
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	g := &yamuxRecorder{dir: out, manifest: yamuxGoldenManifest{
		Generator: "test/vectors/yamux.go (go run . generate golden)",
		Module:    "github.com/hashicorp/yamux v0.1.2",
		Config:    "yamux.DefaultConfig() (LogOutput discarded)",
		Format:    "<case>.hex: bytes written by `writer` for `action`, one frame per line, hex bytes separated by spaces",
	}}
	if err := yamuxSessionCases(g); err != nil {
		return err
	}
	if err := yamuxRawCases(g); err != nil {
		return err
	}
	var js bytes.Buffer
	enc := json.NewEncoder(&js)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g.manifest); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "cases.json"), js.Bytes(), 0o644)
}

// yamuxSessionCases drives a real client and server session over net.Pipe.
func yamuxSessionCases(g *yamuxRecorder) error {
	c1, c2 := net.Pipe()
	cc := &yamuxRecConn{Conn: c1}
	sc := &yamuxRecConn{Conn: c2}
	client, err := yamux.Client(cc, yamuxConfig())
	if err != nil {
		return err
	}
	defer client.Close()
	server, err := yamux.Server(sc, yamuxConfig())
	if err != nil {
		return err
	}
	defer server.Close()

	// open / accept / data / fin on stream 1.
	cs, err := client.OpenStream()
	if err != nil {
		return err
	}
	if err := g.add(yamuxGoldenCase{Name: "open", Writer: "client", Action: "client.OpenStream() (stream 1)"}, cc.take()); err != nil {
		return err
	}
	ss, err := server.AcceptStream()
	if err != nil {
		return err
	}
	if err := g.add(yamuxGoldenCase{Name: "accept", Writer: "server", Action: "server.AcceptStream() after the SYN of stream 1"}, sc.take()); err != nil {
		return err
	}
	if _, err := cs.Write([]byte("hello, yamux")); err != nil {
		return err
	}
	if err := g.add(yamuxGoldenCase{Name: "data", Writer: "client", Action: `stream1.Write("hello, yamux")`}, cc.take()); err != nil {
		return err
	}
	buf := make([]byte, 12)
	if _, err := io.ReadFull(ss, buf); err != nil {
		return err
	}
	if got := sc.take(); len(got) != 0 {
		return fmt.Errorf("unexpected window update after a 12-byte read: %x", got)
	}
	if err := cs.Close(); err != nil {
		return err
	}
	if err := g.add(yamuxGoldenCase{Name: "fin", Writer: "client", Action: "stream1.Close() (half-close)"}, cc.take()); err != nil {
		return err
	}
	if _, err := ss.Read(buf); err != io.EOF {
		return fmt.Errorf("server read after FIN: want EOF, got %v", err)
	}
	if err := ss.Close(); err != nil {
		return err
	}
	if err := g.add(yamuxGoldenCase{Name: "fin-reply", Writer: "server", Action: "server stream1.Close() after the client's FIN"}, sc.take()); err != nil {
		return err
	}

	// Stream 3: the receiver credits the window after consuming 256 KiB.
	cs3, err := client.OpenStream()
	if err != nil {
		return err
	}
	ss3, err := server.AcceptStream()
	if err != nil {
		return err
	}
	cc.take()
	sc.take()
	const win = 256 * 1024
	writeErr := make(chan error, 1)
	go func() { _, err := cs3.Write(yamuxPattern(win + 37856)); writeErr <- err }()
	big := make([]byte, win)
	if _, err := io.ReadFull(ss3, big); err != nil {
		return err
	}
	if err := g.add(yamuxGoldenCase{Name: "window-update", Writer: "server", Action: "server reads 262144 bytes of stream 3 (one full window) with io.ReadFull"}, sc.take()); err != nil {
		return err
	}
	rest := make([]byte, 37856)
	if _, err := io.ReadFull(ss3, rest); err != nil {
		return err
	}
	if err := <-writeErr; err != nil {
		return err
	}
	if !bytes.Equal(append(big, rest...), yamuxPattern(win+37856)) {
		return fmt.Errorf("stream 3 payload mismatch")
	}
	if err := g.add(yamuxGoldenCase{
		Name: "data-window-split", Writer: "client",
		Action:         "stream3.Write(300000 bytes): a full-window frame, then the rest after the server's WindowUpdate",
		PayloadOmitted: true, PayloadPattern: "byte i = i % 251",
	}, cc.take()); err != nil {
		return err
	}
	sc.take()

	// Ping request and reply.
	if _, err := client.Ping(); err != nil {
		return err
	}
	if err := g.add(yamuxGoldenCase{Name: "ping", Writer: "client", Action: "client.Ping() (first ping: id 0)"}, cc.take()); err != nil {
		return err
	}
	if err := g.add(yamuxGoldenCase{Name: "ping-reply", Writer: "server", Action: "server answers ping id 0"}, sc.take()); err != nil {
		return err
	}

	// GoAway, then a SYN the server must refuse with RST.
	if err := server.GoAway(); err != nil {
		return err
	}
	if err := g.add(yamuxGoldenCase{Name: "goaway", Writer: "server", Action: "server.GoAway()"}, sc.take()); err != nil {
		return err
	}
	if _, err := c1.Write([]byte{0, 1, 0, 1, 0, 0, 0, 5, 0, 0, 0, 0}); err != nil {
		return err
	}
	rst, err := sc.waitTake(12)
	if err != nil {
		return err
	}
	return g.add(yamuxGoldenCase{Name: "rst-after-goaway", Writer: "server", Action: "raw WindowUpdate{SYN} for stream 5 arrives after server.GoAway()"}, rst)
}

// yamuxSlowCloseConn delays Close. On a protocol error Go v0.1.2 queues GoAway(1)
// for its send goroutine and closes the connection in the same breath, so on a
// plain socket the GoAway is (almost always) never written: 0 of 20 attempts got
// it. Delaying Close lets the send goroutine write the frame Go intended to send.
type yamuxSlowCloseConn struct {
	net.Conn
}

func (c yamuxSlowCloseConn) Close() error {
	time.Sleep(50 * time.Millisecond)
	return c.Conn.Close()
}

// yamuxRawCases feeds protocol violations to a Go server over TCP and records its answer.
func yamuxRawCases(g *yamuxRecorder) error {
	cases := []struct {
		name, action string
		input        []byte
	}{
		{"window-exceeded", "raw WindowUpdate{SYN} stream 1, then a Data header of 262145 bytes (> 256 KiB window)",
			[]byte{0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 4, 0, 1}},
		{"duplicate-syn", "raw WindowUpdate{SYN} for stream 1 twice",
			[]byte{0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0}},
	}
	for _, tc := range cases {
		var got []byte
		for attempt := 0; attempt < 5 && len(got) == 0; attempt++ {
			var err error
			got, err = yamuxRawExchange(tc.input)
			if err != nil {
				return fmt.Errorf("case %s: %w", tc.name, err)
			}
		}
		action := tc.action + " (Go queues this GoAway but closes the socket at once; captured with Close delayed 50 ms, see yamuxSlowCloseConn)"
		if err := g.add(yamuxGoldenCase{Name: tc.name, Writer: "server", Action: action}, got); err != nil {
			return err
		}
	}
	return nil
}

// yamuxRawExchange writes input to a fresh Go server session and returns all it sends back.
func yamuxRawExchange(input []byte) ([]byte, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	done := make(chan error, 1)
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			done <- err
			return
		}
		sess, err := yamux.Server(yamuxSlowCloseConn{conn}, yamuxConfig())
		if err != nil {
			done <- err
			return
		}
		<-sess.CloseChan()
		done <- nil
	}()
	raw, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		return nil, err
	}
	defer raw.Close()
	if _, err := raw.Write(input); err != nil {
		return nil, err
	}
	_ = raw.SetReadDeadline(time.Now().Add(5 * time.Second))
	got, _ := io.ReadAll(raw)
	if err := <-done; err != nil {
		return nil, err
	}
	return got, nil
}
