// Package pattern is the deterministic byte stream shared by the streaming test
// plugins (test/conformance/gostream in Go, test/conformance/plugin-stream in
// TypeScript) and the Go tests: byte i of a stream is Block()[i % Period].
//
// The block is Period bytes of xorshift32 output (seed 0x9E3779B9, x ^= x<<13;
// x ^= x>>17; x ^= x<<5; byte = x & 0xff). Period is a prime near 1 MiB, so a
// dropped, duplicated or reordered chunk of any power-of-two size changes the
// SHA-256 of the stream.
package pattern

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"sync"
)

// Period is the length of the repeating block (a prime).
const Period = 1048573

// Seed is the xorshift32 seed.
const Seed uint32 = 0x9E3779B9

var (
	blockOnce sync.Once
	block     []byte
)

// Block returns the repeating block (do not modify).
func Block() []byte {
	blockOnce.Do(func() {
		b := make([]byte, Period)
		x := Seed
		for i := range b {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			b[i] = byte(x)
		}
		block = b
	})
	return block
}

// Reader yields the first n bytes of the stream (Invert: every byte inverted,
// the test plugins' "replace" transform).
type Reader struct {
	N      int64 // bytes left
	Pos    int64 // bytes produced so far
	Invert bool
}

// NewReader returns a reader of the first n pattern bytes.
func NewReader(n int64) *Reader { return &Reader{N: n} }

// NewInvertedReader returns a reader of the first n pattern bytes, inverted.
func NewInvertedReader(n int64) *Reader { return &Reader{N: n, Invert: true} }

func (r *Reader) Read(p []byte) (int, error) {
	if r.N <= 0 {
		return 0, io.EOF
	}
	b := Block()
	total := 0
	for len(p) > 0 && r.N > 0 {
		off := int(r.Pos % Period)
		n := copy(p, b[off:])
		if int64(n) > r.N {
			n = int(r.N)
		}
		if r.Invert {
			for i := 0; i < n; i++ {
				p[i] = ^p[i]
			}
		}
		p = p[n:]
		r.N -= int64(n)
		r.Pos += int64(n)
		total += n
	}
	return total, nil
}

var (
	sumMu sync.Mutex
	sums  = map[[2]int64]string{}
)

// SHA256 returns the hex SHA-256 of the first n pattern bytes (inverted if
// invert), memoised (the 200 MB stream takes a while to hash).
func SHA256(n int64, invert bool) string {
	key := [2]int64{n, 0}
	if invert {
		key[1] = 1
	}
	sumMu.Lock()
	s, ok := sums[key]
	sumMu.Unlock()
	if ok {
		return s
	}
	h := sha256.New()
	r := &Reader{N: n, Invert: invert}
	buf := make([]byte, 256*1024)
	_, _ = io.CopyBuffer(h, r, buf)
	s = hex.EncodeToString(h.Sum(nil))
	sumMu.Lock()
	sums[key] = s
	sumMu.Unlock()
	return s
}
