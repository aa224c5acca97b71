package harness

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
)

// A minimal language plugin for fault loops, written in Go so that a restart
// costs milliseconds rather than a Node start (the kill loop restarts it 100
// times). It is the test binary itself, started by the bridge from
// props.bridge.command = [<test binary>, -test.run=^<FaultPluginTest>$] with
// FaultPluginEnv set; the test function calls ServeFaultLanguagePlugin.
//
// It speaks the bridge's language plugin protocol with raw protobuf bytes: the
// handshake line on stdout, PluginHooks on 127.0.0.1, Implemented =
// MessageWillBePosted and ExecuteCommand. A hook request containing
// "fault-sleep" calls PluginAPI.LogDebug("fault sleeping") (with the plugin's
// token) and then sleeps FaultPluginSleep; any other hook answers {} at once.

// FaultPluginEnv marks the test binary's process as the fault language plugin.
const FaultPluginEnv = "CONFORMANCE_FAULT_LANGUAGE_PLUGIN"

// FaultPluginTest is the test function that serves the plugin when FaultPluginEnv is set.
const FaultPluginTest = "TestFaultLanguagePluginProcess"

// FaultPluginSleep is how long a "fault-sleep" hook sleeps (until killed, in practice).
const FaultPluginSleep = 60 * time.Second

// FaultPluginProps returns the props.bridge settings that run the fault language plugin.
func FaultPluginProps() (map[string]any, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"command": []string{exe, "-test.run=^" + FaultPluginTest + "$", "-test.timeout=0"},
		"env":     map[string]string{FaultPluginEnv: "1"},
	}, nil
}

type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error) { return *(v.(*[]byte)), nil }
func (rawCodec) Unmarshal(data []byte, v any) error {
	*(v.(*[]byte)) = append([]byte(nil), data...)
	return nil
}
func (rawCodec) Name() string { return "proto" }

// protoString encodes one length-delimited field (a string or bytes).
func protoString(field int, s string) []byte {
	b := []byte{byte(field<<3 | 2)}
	n := len(s)
	for n >= 0x80 {
		b = append(b, byte(n)|0x80)
		n >>= 7
	}
	b = append(b, byte(n))
	return append(b, s...)
}

// ServeFaultLanguagePlugin runs the fault language plugin until the process is
// killed or its stdin closes (the bridge is gone). It never returns.
func ServeFaultLanguagePlugin() {
	os.Exit(serveFault(os.Getenv("MM_BRIDGE_TOKEN")))
}

func serveFault(token string) int {
	api, err := grpc.NewClient(os.Getenv("MM_BRIDGE_API_TARGET"),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(rawCodec{})))
	if err != nil {
		fmt.Fprintln(os.Stderr, "fault plugin:", err)
		return 1
	}
	implemented := append(protoString(1, "MessageWillBePosted"), protoString(1, "ExecuteCommand")...)
	handler := func(_ any, stream grpc.ServerStream) error {
		method, _ := grpc.MethodFromServerStream(stream)
		var req []byte
		if err := stream.RecvMsg(&req); err != nil {
			return err
		}
		if md, _ := metadata.FromIncomingContext(stream.Context()); len(md.Get("authorization")) == 0 || md.Get("authorization")[0] != "Bearer "+token {
			return fmt.Errorf("hooks may only be called by the bridge")
		}
		resp := []byte{}
		switch {
		case strings.HasSuffix(method, "/Implemented"):
			resp = implemented
		case bytes.Contains(req, []byte("fault-sleep")):
			ctx := metadata.AppendToOutgoingContext(context.Background(), "authorization", "Bearer "+token)
			in, out := protoString(1, "fault sleeping"), []byte{}
			if err := api.Invoke(ctx, "/mattermost.bridge.v1.PluginAPI/LogDebug", &in, &out); err != nil {
				return err
			}
			time.Sleep(FaultPluginSleep)
		}
		return stream.SendMsg(&resp)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "fault plugin:", err)
		return 1
	}
	srv := grpc.NewServer(grpc.UnknownServiceHandler(handler), grpc.ForceServerCodec(rawCodec{}))
	fmt.Printf("1|1|tcp|%s|grpc\n", lis.Addr())
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin) // EOF: the bridge is gone
		os.Exit(0)
	}()
	_ = srv.Serve(lis)
	return 0
}
