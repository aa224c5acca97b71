// Command netrpc-peer is a real Go net/rpc peer for the TypeScript interop tests.
//
//	netrpc-peer server        serve Arith on 127.0.0.1:0; prints the address on stdout
//	netrpc-peer client ADDR   call the TypeScript server at ADDR; prints "ok" or the failure
package main

import (
	"encoding/gob"
	"errors"
	"fmt"
	"net"
	"net/rpc"
	"os"
	"strings"
	"sync"
)

type Args struct {
	A, B int64
}

type Post struct {
	Id      string
	Message string
	Props   map[string]any
	Big     uint64
}

// The registrations Mattermost makes in server/public/plugin/client_rpc.go.
func init() {
	gob.Register([]any{})
	gob.Register(map[string]any{})
}

type Arith int

func (*Arith) Multiply(a Args, reply *int64) error { *reply = a.A * a.B; return nil }
func (*Arith) Fail(a Args, reply *int64) error     { return errors.New("boom: " + fmt.Sprint(a.A)) }
func (*Arith) Upper(p Post, reply *Post) error {
	*reply = p
	reply.Message = strings.ToUpper(p.Message)
	return nil
}

func main() {
	switch {
	case len(os.Args) == 2 && os.Args[1] == "server":
		serve()
	case len(os.Args) == 3 && os.Args[1] == "client":
		if err := client(os.Args[2]); err != nil {
			fmt.Println("FAIL:", err)
			os.Exit(1)
		}
		fmt.Println("ok")
	default:
		fmt.Fprintln(os.Stderr, "usage: netrpc-peer server | client ADDR")
		os.Exit(2)
	}
}

func serve() {
	srv := rpc.NewServer()
	if err := srv.Register(new(Arith)); err != nil {
		panic(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Println(l.Addr().String())
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go srv.ServeConn(c)
	}
}

// client exercises the TypeScript server, which serves "Echo.Upper(Post) Post" and "Echo.Add(Args) int64".
func client(addr string) error {
	c, err := rpc.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer c.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := int64(0); i < 50; i++ {
		wg.Add(1)
		go func(i int64) {
			defer wg.Done()
			var sum int64
			if err := c.Call("Echo.Add", Args{A: i, B: 1 << 60}, &sum); err != nil {
				errs <- err
				return
			}
			if sum != i+1<<60 {
				errs <- fmt.Errorf("Add(%d): got %d", i, sum)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		return err
	}
	in := Post{Id: "p1", Message: "hello", Props: map[string]any{"n": 1.5, "ok": true, "list": []any{"a", 2.0}}, Big: 1<<64 - 1}
	var out Post
	if err := c.Call("Echo.Upper", in, &out); err != nil {
		return err
	}
	if out.Message != "HELLO" || out.Big != in.Big || out.Props["ok"] != true || fmt.Sprint(out.Props["list"]) != "[a 2]" {
		return fmt.Errorf("Upper: got %+v", out)
	}
	var ignored int64
	err = c.Call("Echo.Nope", Args{}, &ignored)
	if err == nil || err.Error() != "rpc: can't find method Echo.Nope" {
		return fmt.Errorf("unknown method: got %v", err)
	}
	err = c.Call("Nope.Nope", Args{}, &ignored)
	if err == nil || err.Error() != "rpc: can't find service Nope.Nope" {
		return fmt.Errorf("unknown service: got %v", err)
	}
	err = c.Call("Echo.Fail", Args{A: 7}, &ignored)
	if err == nil || err.Error() != "failed: 7" {
		return fmt.Errorf("Fail: got %v", err)
	}
	// The connection is still usable after errors.
	var sum int64
	if err := c.Call("Echo.Add", Args{A: 2, B: 3}, &sum); err != nil || sum != 5 {
		return fmt.Errorf("Add after errors: %d %v", sum, err)
	}
	return nil
}
