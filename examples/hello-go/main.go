// Command hello-go is a Mattermost server plugin written in Go against the bridge's gRPC contract
// only: the code in gen/ is what protoc-gen-go and protoc-gen-go-grpc make of ../../proto, and the
// rest is plain grpc-go. It does not use the bridge's SDKs nor github.com/mattermost/mattermost —
// any language with gRPC tooling can do the same.
//
// The protocol (README.md of the repository, "Writing a plugin"): mm-bridge starts this program
// with MM_BRIDGE_API_TARGET (host:port of the PluginAPI server), MM_BRIDGE_PLUGIN_ID and
// MM_BRIDGE_TOKEN in the environment and stdin open; the program serves PluginHooks on 127.0.0.1,
// prints "1|1|tcp|127.0.0.1:PORT|grpc" on stdout, sends "authorization: Bearer <token>" on every
// PluginAPI call (and accepts hook calls only with the same token), and exits when stdin closes.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"regexp"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/structpb"

	pb "github.com/mattermost-plugin-bridge/examples/hello-go/gen/mattermost/bridge/v1"
)

// Trigger is the slash command the plugin registers (/hello-go).
const Trigger = "hello-go"

var (
	spam = regexp.MustCompile(`(?i)\bspam\b`)
	darn = regexp.MustCompile(`(?i)\bdarn\b`)
)

// hooks implements the PluginHooks service. Hooks it does not implement answer UNIMPLEMENTED
// (the embedded type), but the server never calls them: it calls only what Implemented lists.
type hooks struct {
	pb.UnimplementedPluginHooksServer
	api pb.PluginAPIClient
}

// Implemented names the hooks this plugin implements; it must match the methods below.
func (h *hooks) Implemented(context.Context, *pb.ImplementedRequest) (*pb.ImplementedResponse, error) {
	return &pb.ImplementedResponse{Hooks: []string{"OnActivate", "MessageWillBePosted", "ExecuteCommand"}}, nil
}

// OnActivate logs the server version and registers /hello-go. An error here fails the activation
// (the server shows it in the System Console).
func (h *hooks) OnActivate(ctx context.Context, _ *pb.OnActivateRequest) (*pb.OnActivateResponse, error) {
	v, err := h.api.GetServerVersion(ctx, &pb.GetServerVersionRequest{})
	if err != nil {
		return nil, err
	}
	kv, err := structpb.NewList([]any{"server_version", v.GetVersion()})
	if err != nil {
		return nil, err
	}
	if _, err := h.api.LogInfo(ctx, &pb.LogInfoRequest{Msg: "hello-go activated", KeyValuePairs: kv}); err != nil {
		return nil, err
	}
	_, err = h.api.RegisterCommand(ctx, &pb.RegisterCommandRequest{Command: &pb.Command{
		Trigger:          Trigger,
		AutoComplete:     true,
		AutoCompleteDesc: "Say hello from a plugin written in Go",
		DisplayName:      "Hello (Go)",
		Description:      "Greets you by username",
	}})
	return &pb.OnActivateResponse{}, err
}

// MessageWillBePosted rejects posts that mention spam and masks "darn". An empty response lets
// the post through unchanged; a post in the response replaces it; a rejection_reason refuses it.
func (h *hooks) MessageWillBePosted(_ context.Context, req *pb.MessageWillBePostedRequest) (*pb.MessageWillBePostedResponse, error) {
	msg := req.GetPost().GetMessage()
	switch {
	case spam.MatchString(msg):
		return &pb.MessageWillBePostedResponse{RejectionReason: "No spam, please."}, nil
	case darn.MatchString(msg):
		post := proto.Clone(req.GetPost()).(*pb.Post) // every other field as it came
		post.Message = darn.ReplaceAllString(msg, "****")
		return &pb.MessageWillBePostedResponse{Post: post}, nil
	default:
		return &pb.MessageWillBePostedResponse{}, nil
	}
}

// ExecuteCommand answers /hello-go with the caller's username. When GetUser fails with an
// AppError (e.g. the user does not exist), that AppError becomes the command's error, exactly as
// a Go plugin returning the *model.AppError of p.API.GetUser would do.
func (h *hooks) ExecuteCommand(ctx context.Context, req *pb.ExecuteCommandRequest) (*pb.ExecuteCommandResponse, error) {
	res, err := h.api.GetUser(ctx, &pb.GetUserRequest{UserId: req.GetArgs().GetUserId()})
	if err != nil {
		if appErr := AppErrorOf(err); appErr != nil {
			log.Printf("GetUser(%q): %s (%s)", req.GetArgs().GetUserId(), appErr.GetId(), appErr.GetDetailedError())
			return nil, AppErrorStatus(appErr)
		}
		return nil, err // any other failure: the server sees a plugin error
	}
	return &pb.ExecuteCommandResponse{CommandResponse: &pb.CommandResponse{
		ResponseType: "ephemeral",
		Text:         fmt.Sprintf("Hello, @%s!", res.GetUser().GetUsername()),
	}}, nil
}

// AppErrorOf returns the mattermost.bridge.v1.AppError that a PluginAPI call failed with: the
// bridge sends it in the grpc-status-details-bin trailer (a google.rpc.Status whose details hold
// it), which grpc-go decodes for status.FromError. nil when err carries none.
func AppErrorOf(err error) *pb.AppError {
	st, ok := status.FromError(err)
	if !ok {
		return nil
	}
	for _, d := range st.Details() {
		if appErr, ok := d.(*pb.AppError); ok {
			return appErr
		}
	}
	return nil
}

// AppErrorStatus is the gRPC error a hook returns to hand the server this AppError: a status with
// the AppError in its details and the code of its HTTP status (the bridge rebuilds the AppError
// from the details; the code is for other gRPC clients).
func AppErrorStatus(appErr *pb.AppError) error {
	msg := appErr.GetId() + ": " + appErr.GetMessage()
	if appErr.GetDetailedError() != "" {
		msg += ", " + appErr.GetDetailedError()
	}
	st, err := status.New(grpcCode(appErr.GetStatusCode()), msg).WithDetails(appErr)
	if err != nil {
		return status.Error(codes.Internal, msg)
	}
	return st.Err()
}

// grpcCode maps an HTTP status to a gRPC code as the bridge does (README.md, "Errors").
func grpcCode(httpStatus int64) codes.Code {
	switch httpStatus {
	case 400:
		return codes.InvalidArgument
	case 401:
		return codes.Unauthenticated
	case 403:
		return codes.PermissionDenied
	case 404:
		return codes.NotFound
	case 409:
		return codes.AlreadyExists
	case 413, 429:
		return codes.ResourceExhausted
	case 501:
		return codes.Unimplemented
	case 503:
		return codes.Unavailable
	case 504:
		return codes.DeadlineExceeded
	}
	switch {
	case httpStatus == 0:
		return codes.Unknown
	case httpStatus >= 400 && httpStatus < 500:
		return codes.FailedPrecondition
	default:
		return codes.Internal
	}
}

// bearer sends the plugin's token on every PluginAPI call.
type bearer string

func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + string(b)}, nil
}

func (bearer) RequireTransportSecurity() bool { return false } // loopback only

// fromBridge tells whether a hook call carries the plugin's token: only the bridge that started
// this process may call it, even though it listens on a local port.
func fromBridge(ctx context.Context, token string) error {
	md, _ := metadata.FromIncomingContext(ctx)
	if got := md.Get("authorization"); len(got) != 1 || got[0] != "Bearer "+token {
		return status.Error(codes.Unauthenticated, "hooks may only be called by the bridge")
	}
	return nil
}

// onlyBridge refuses unary and streaming hook calls (ServeHTTP, … if you add them) without the token.
func onlyBridge(token string) []grpc.ServerOption {
	return []grpc.ServerOption{
		grpc.UnaryInterceptor(func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
			if err := fromBridge(ctx, token); err != nil {
				return nil, err
			}
			return handler(ctx, req)
		}),
		grpc.StreamInterceptor(func(srv any, ss grpc.ServerStream, _ *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
			if err := fromBridge(ss.Context(), token); err != nil {
				return err
			}
			return handler(srv, ss)
		}),
	}
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("hello-go: ") // stderr reaches the server log through the bridge
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	target, token := os.Getenv("MM_BRIDGE_API_TARGET"), os.Getenv("MM_BRIDGE_TOKEN")
	if target == "" || token == "" {
		return errors.New("MM_BRIDGE_API_TARGET and MM_BRIDGE_TOKEN are not set: this program is started by mm-bridge")
	}
	conn, err := grpc.NewClient(target,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithPerRPCCredentials(bearer(token)))
	if err != nil {
		return err
	}
	defer conn.Close()

	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := grpc.NewServer(onlyBridge(token)...)
	pb.RegisterPluginHooksServer(srv, &hooks{api: pb.NewPluginAPIClient(conn)})

	// The handshake line: the bridge waits for it before calling Implemented.
	if _, err := fmt.Fprintf(os.Stdout, "1|1|tcp|%s|grpc\n", lis.Addr()); err != nil {
		return err
	}
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin) // EOF: the bridge is gone (or stopping the plugin)
		srv.Stop()
	}()
	return srv.Serve(lis) // nil after Stop
}
