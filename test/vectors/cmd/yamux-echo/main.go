// Command yamux-echo is a real hashicorp/yamux v0.1.2 peer (DefaultConfig, as
// go-plugin uses it) for the TS interop test (test/unit/yamux/interop-go.test.ts).
//
//	yamux-echo server                      listen on 127.0.0.1:0, print "LISTEN <addr>", accept one
//	                                       connection; echo every stream (io.Copy, then Close)
//	yamux-echo client <addr> <bytes> <n>   open n streams; on each send <bytes> bytes of
//	                                       pattern(stream index), half-close, read the echo to EOF
//	                                       and compare; print "OK stream=<id> bytes=<n>" per stream
//
// Exit status: 0 ok, 1 mismatch or protocol error, 2 usage, 3 overall timeout (60 s).
package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/hashicorp/yamux"
)

func pattern(n, seed int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte((i + seed*7) % 251)
	}
	return b
}

func main() {
	time.AfterFunc(60*time.Second, func() {
		fmt.Fprintln(os.Stderr, "yamux-echo: overall timeout")
		os.Exit(3)
	})
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "server":
		err = serve()
	case "client":
		if len(os.Args) != 5 {
			usage()
		}
		size, err1 := strconv.Atoi(os.Args[3])
		streams, err2 := strconv.Atoi(os.Args[4])
		if err1 != nil || err2 != nil {
			usage()
		}
		err = runClient(os.Args[2], size, streams)
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "yamux-echo:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: yamux-echo server | yamux-echo client <addr> <bytes> <streams>")
	os.Exit(2)
}

func serve() error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	fmt.Printf("LISTEN %s\n", ln.Addr())
	conn, err := ln.Accept()
	if err != nil {
		return err
	}
	ln.Close()
	sess, err := yamux.Server(conn, yamux.DefaultConfig())
	if err != nil {
		return err
	}
	var wg sync.WaitGroup
	for {
		st, err := sess.AcceptStream()
		if err != nil {
			break // session closed by the peer
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := io.Copy(st, st)
			if err != nil {
				fmt.Fprintf(os.Stderr, "stream %d: copy after %d bytes: %v\n", st.StreamID(), n, err)
			}
			st.Close()
			fmt.Printf("ECHOED stream=%d bytes=%d\n", st.StreamID(), n)
		}()
	}
	wg.Wait()
	return nil
}

func runClient(addr string, size, streams int) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	sess, err := yamux.Client(conn, yamux.DefaultConfig())
	if err != nil {
		return err
	}
	defer sess.Close()
	errs := make(chan error, streams)
	for i := 0; i < streams; i++ {
		st, err := sess.OpenStream()
		if err != nil {
			return err
		}
		go func(i int, st *yamux.Stream) {
			want := pattern(size, i)
			go func() {
				if _, err := st.Write(want); err != nil {
					fmt.Fprintf(os.Stderr, "stream %d write: %v\n", st.StreamID(), err)
				}
				st.Close()
			}()
			got, err := io.ReadAll(st)
			if err != nil {
				errs <- fmt.Errorf("stream %d: read after %d bytes: %w", st.StreamID(), len(got), err)
				return
			}
			if !bytes.Equal(got, want) {
				errs <- fmt.Errorf("stream %d: echo mismatch: got %d bytes, want %d", st.StreamID(), len(got), len(want))
				return
			}
			fmt.Printf("OK stream=%d bytes=%d\n", st.StreamID(), len(got))
			errs <- nil
		}(i, st)
	}
	for i := 0; i < streams; i++ {
		if err := <-errs; err != nil {
			return err
		}
	}
	return nil
}
