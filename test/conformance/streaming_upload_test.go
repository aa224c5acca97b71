package conformance_test

// The streaming upload API methods — UploadData, InstallPlugin and
// ReceiveSharedChannelAttachmentSyncMsg — called from inside the plugin (native gostream/ and
// bridged plugin-stream/, route /api-upload of ServeHTTP) with an io.Reader the server pulls
// (server/public/plugin io_rpc.go: the plugin serves the reader on a broker stream of its own, the
// server's glue dials it). Per method: 8 MiB of pseudo-random pattern bytes, an empty body, an
// AppError after the server read everything, an AppError answered without reading a byte
// (the call must return and nothing must hang), and for ReceiveSharedChannelAttachmentSyncMsg a
// plain error (which its glue wraps as *plugin.ErrorString).
//
// Arguments and results are generated like the round trip's (harness.Gen, seeded, non-zero
// everywhere) and travel as gob between the test and the plugin: the test sends Z_<M>Args as the
// request body, the server-side fake (harness/stream_upload.go) records what the glue handed it
// and the bytes it read (length, sha256), and the plugin answers the Z_<M>Returns it got back
// (gob) plus the error it saw (JSON). Both kinds are judged against the same expectations with
// reflect.DeepEqual (StrictDiff), so native and bridged receive identical values.
//
// This file also keeps work/exercised-streaming.json (gitignored): which API methods and hooks
// the streaming tests exercised, read by scripts/coverage-contract.ts next to the round trip's
// work/exercised.json.

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"github.com/mattermost-plugin-bridge/test/conformance/gostream/pattern"
	"github.com/mattermost-plugin-bridge/test/conformance/harness"
)

const MiB = 1024 * KiB

var uploadMethods = []string{"UploadData", "InstallPlugin", "ReceiveSharedChannelAttachmentSyncMsg"}

// apiUploadResult is the plugin's /api-upload answer.
type apiUploadResult struct {
	Returns []byte        `json:"returns"` // gob of Z_<M>Returns, error result nil
	Error   *pluginAPIErr `json:"error"`
	Pulled  int64         `json:"pulled"` // pattern bytes the plugin handed to the call
	MS      int64         `json:"ms"`
}

// pluginAPIErr is an API error result as the plugin received it.
type pluginAPIErr struct {
	Type          string `json:"type"`
	ID            string `json:"id"`
	Message       string `json:"message"`
	DetailedError string `json:"detailed_error"`
	RequestID     string `json:"request_id"`
	StatusCode    int    `json:"status_code"`
	Where         string `json:"where"`
	Text          string `json:"text"` // not an AppError: err.Error() / the gRPC status details
}

// uploadValue generates a Z_<M>Args / Z_<M>Returns for method with every field non-zero except
// the broker stream ids (uint32 fields named *StreamID: the plugin's own) and the error results
// (they are set per case), proven to survive Go→Go gob.
func uploadValue(t *testing.T, seed uint64, stream string, typ reflect.Type) reflect.Value {
	t.Helper()
	v := harness.NewGen(seed, "stream-upload/"+stream).New(typ)
	errType := reflect.TypeFor[error]()
	appErrType := reflect.TypeFor[*model.AppError]()
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if strings.HasSuffix(f.Name, "StreamID") || f.Type == errType || f.Type == appErrType {
			v.Elem().Field(i).Set(reflect.Zero(f.Type))
		}
	}
	if err := harness.SelfCheck(v); err != nil {
		t.Fatalf("generated %s: %v", typ, err)
	}
	return v
}

type uploadCase struct {
	name       string
	size       int64
	dataInHead bool // the bridged plugin sends the first chunk with the arguments
	answer     harness.UploadAnswer
	wantErr    *pluginAPIErr // nil: the call succeeds and the plugin gets the generated returns
}

func uploadCases(method string, result any) []uploadCase {
	appErr := &model.AppError{
		Id: "app.stream_upload." + strings.ToLower(method) + ".failed", Message: "the upload of " + method + " failed ✓",
		DetailedError: "storage said: ünïcødé, \"quoted\", 100%", RequestId: "req00000000000000000000001",
		StatusCode: 507, Where: "PluginAPI." + method,
	}
	wantAppErr := &pluginAPIErr{Type: "*model.AppError", ID: appErr.Id, Message: appErr.Message,
		DetailedError: appErr.DetailedError, RequestID: appErr.RequestId, StatusCode: appErr.StatusCode, Where: appErr.Where}
	cases := []uploadCase{
		{name: "8MiB", size: 8 * MiB, answer: harness.UploadAnswer{Result: result}},
		{name: "empty", size: 0, answer: harness.UploadAnswer{Result: result}},
		{name: "odd-size-data-in-head", size: 3*MiB + 12345, dataInHead: true, answer: harness.UploadAnswer{Result: result}},
		{name: "AppError-after-read", size: 8 * MiB, answer: harness.UploadAnswer{Err: appErr}, wantErr: wantAppErr},
		{name: "AppError-unread", size: 8 * MiB, answer: harness.UploadAnswer{Err: appErr, SkipRead: true}, wantErr: wantAppErr},
	}
	if method == "ReceiveSharedChannelAttachmentSyncMsg" {
		// its glue wraps a plain error as *plugin.ErrorString: the text must arrive
		text := "remote storage offline: ünïcødé"
		cases = append(cases, uploadCase{name: "plain-error", size: 1000,
			answer: harness.UploadAnswer{Err: errors.New(text)}, wantErr: &pluginAPIErr{Text: text}})
	}
	return cases
}

func TestStreamUploadAPI(t *testing.T) {
	seed := roundTripSeed(t)
	for _, kind := range []harness.Kind{harness.Native, harness.Bridged} {
		t.Run(string(kind), func(t *testing.T) {
			start := time.Now()
			e := streamActivated(t, kind)
			ups := harness.UploadsOf(e)
			for _, method := range uploadMethods {
				t.Run(method, func(t *testing.T) {
					requireNotHung(t, e)
					streamExercised(t, kind, "api", method)
					zt, ok := harness.APIZTypes(method)
					if !ok {
						t.Fatalf("no Z types for %s", method)
					}
					args := uploadValue(t, seed, method+"/args", zt.Args)
					rets := uploadValue(t, seed, method+"/returns", zt.Returns)
					var body bytes.Buffer
					if err := gob.NewEncoder(&body).EncodeValue(args); err != nil {
						t.Fatal(err)
					}
					for _, c := range uploadCases(method, rets.Elem().Field(0).Interface()) {
						t.Run(c.name, func(t *testing.T) {
							testUpload(t, e, ups, method, zt, args, rets, body.Bytes(), c)
						})
					}
				})
			}
			if _, ok := hung.Load(e); !ok {
				requireNoGlueLeft(t, e, "upload API calls")
			}
			t.Logf("[%s] upload API tests took %v (activation included)", kind, time.Since(start).Round(time.Millisecond))
		})
	}
}

func testUpload(t *testing.T, e *harness.StreamEnv, ups *harness.Uploads, method string, zt harness.ZTypes, args, rets reflect.Value, argsGob []byte, c uploadCase) {
	ups.TakeCalls()
	ups.Answer(method, c.answer)
	req := httptest.NewRequest(http.MethodPost, fmt.Sprintf("/api-upload?method=%s&size=%d&data_in_head=%t", method, c.size, c.dataInHead), bytes.NewReader(argsGob))
	rec := harness.NewHashRecorder()
	d := serveDirect(t, e, req, rec, transferTimeout(2*c.size))
	if rec.Code != http.StatusOK || rec.N > harness.HeadLimit {
		t.Fatalf("[%s] POST /api-upload %s = %d, %d bytes: %.300q\n%s", e.Kind, method, rec.Code, rec.N, rec.Head, e.LogTail(20))
	}
	var got apiUploadResult
	if err := json.Unmarshal(rec.Head, &got); err != nil {
		t.Fatalf("[%s] /api-upload answer %.300q: %v", e.Kind, rec.Head, err)
	}

	// what the server received
	calls := ups.TakeCalls()
	if len(calls) != 1 || calls[0].Method != method {
		t.Fatalf("[%s] server-side upload calls = %v, want exactly one %s", e.Kind, calls, method)
	}
	sc := calls[0]
	for _, p := range compare(fmt.Sprintf("server received %s", shortType(zt.Args)), args.Interface(), sc.Args) {
		t.Error(p)
	}
	if sc.ReadErr != "" {
		t.Errorf("[%s] the server's read of the plugin's data failed after %d bytes: %s", e.Kind, sc.N, sc.ReadErr)
	}
	if c.answer.SkipRead {
		if sc.N != 0 {
			t.Errorf("[%s] the server read %d bytes although it did not ask for any", e.Kind, sc.N)
		}
	} else if want := pattern.SHA256(c.size, false); sc.N != c.size || sc.SHA256 != want {
		t.Errorf("[%s] the server read %d bytes sha256 %s, want the plugin's %d bytes %s", e.Kind, sc.N, sc.SHA256, c.size, want)
	}

	// what the plugin received
	gotRets := reflect.New(zt.Returns)
	if err := gob.NewDecoder(bytes.NewReader(got.Returns)).DecodeValue(gotRets); err != nil {
		t.Fatalf("[%s] the plugin's returns gob: %v", e.Kind, err)
	}
	wantRets := reflect.New(zt.Returns)
	if c.wantErr == nil {
		wantRets = rets
	}
	for _, p := range compare(fmt.Sprintf("plugin received %s", shortType(zt.Returns)), wantRets.Interface(), gotRets.Interface()) {
		t.Error(p)
	}
	switch {
	case c.wantErr == nil && got.Error != nil:
		t.Errorf("[%s] the plugin received error %+v, want none", e.Kind, *got.Error)
	case c.wantErr != nil && got.Error == nil:
		t.Errorf("[%s] the plugin received no error, want %+v", e.Kind, *c.wantErr)
	case c.wantErr != nil && c.wantErr.Type == "":
		// not an AppError: only the text is the contract (the type is Go's or the gRPC code)
		if got.Error.Text != c.wantErr.Text {
			t.Errorf("[%s] the plugin received error %q (%s), want %q", e.Kind, got.Error.Text, got.Error.Type, c.wantErr.Text)
		} else {
			t.Logf("[%s] plain error reached the plugin as %s %q", e.Kind, got.Error.Type, got.Error.Text)
		}
	case c.wantErr != nil:
		if d := harness.DiffString(c.wantErr, got.Error); d != "" {
			t.Errorf("[%s] the AppError the plugin received differs:\n%s", e.Kind, d)
		}
	}
	if !c.answer.SkipRead && got.Pulled != c.size {
		t.Errorf("[%s] the plugin handed %d of its %d bytes to the call", e.Kind, got.Pulled, c.size)
	}
	if c.answer.SkipRead {
		t.Logf("[%s] %s answered without reading in %v; the plugin had handed %d of %d bytes to the call", e.Kind, method, d.Round(time.Millisecond), got.Pulled, c.size)
	}
	if c.size >= MiB && !c.answer.SkipRead {
		logRate(t, e.Kind, method+" "+c.name, c.size, d)
	}
}

// ---- work/exercised-streaming.json ----------------------------------------------------------

// streamCoverage records which API methods and hooks the streaming tests exercised, per test: the
// file is merged on every write (a test's earlier result is replaced by its new one; results of
// tests not run this time are kept), so partial runs (-run) add up. A method or hook counts as
// exercised when at least one bridged test passed with it and no test of it failed.
type streamCoverage struct {
	Comment             string                         `json:"comment"`
	ServerPublicVersion string                         `json:"serverPublicVersion"`
	API                 map[string]*streamCoverageItem `json:"api"`
	Hooks               map[string]*streamCoverageItem `json:"hooks"`
}

type streamCoverageItem struct {
	Status string                         `json:"status"` // "exercised", "FAILED: <test>", "not run through the bridge"
	Tests  map[string]streamCoverageEntry `json:"tests"`
}

type streamCoverageEntry struct {
	Kind   harness.Kind `json:"kind"`
	Result string       `json:"result"` // "pass" or "fail"
	At     string       `json:"at"`
}

var (
	streamCovMu   sync.Mutex
	streamCov     *streamCoverage
	streamCovPath string
)

const streamCoverageComment = "written by the streaming tests (test/conformance/streaming_test.go, streaming_upload_test.go); " +
	"exercised = a bridged test using it passed and none failed; read by scripts/coverage-contract.ts"

// streamExercised records, when t ends (not skipped), that t exercised the named API methods
// (section "api") or hooks ("hooks") with the plugin of kind.
func streamExercised(t *testing.T, kind harness.Kind, section string, names ...string) {
	t.Cleanup(func() {
		if t.Skipped() {
			return
		}
		result := "pass"
		if t.Failed() {
			result = "fail"
		}
		if err := recordStreamCoverage(section, names, t.Name(), kind, result); err != nil {
			t.Logf("work/exercised-streaming.json not updated: %v", err)
		}
	})
}

func recordStreamCoverage(section string, names []string, test string, kind harness.Kind, result string) error {
	streamCovMu.Lock()
	defer streamCovMu.Unlock()
	if streamCov == nil {
		mod, err := harness.ModuleDir()
		if err != nil {
			return err
		}
		repo, err := harness.RepoRoot()
		if err != nil {
			return err
		}
		schema, err := harness.LoadSchema(harness.SchemaFile(repo))
		if err != nil {
			return err
		}
		streamCovPath = filepath.Join(mod, "work", "exercised-streaming.json")
		c := &streamCoverage{}
		if b, err := os.ReadFile(streamCovPath); err == nil {
			_ = json.Unmarshal(b, c)
		}
		if c.ServerPublicVersion != schema.ServerPublicVersion {
			c = &streamCoverage{ServerPublicVersion: schema.ServerPublicVersion} // stale: start over
		}
		if c.API == nil {
			c.API = map[string]*streamCoverageItem{}
		}
		if c.Hooks == nil {
			c.Hooks = map[string]*streamCoverageItem{}
		}
		streamCov = c
	}
	sec := streamCov.API
	if section == "hooks" {
		sec = streamCov.Hooks
	}
	for _, name := range names {
		it := sec[name]
		if it == nil {
			it = &streamCoverageItem{}
			sec[name] = it
		}
		if it.Tests == nil {
			it.Tests = map[string]streamCoverageEntry{}
		}
		it.Tests[test] = streamCoverageEntry{Kind: kind, Result: result, At: time.Now().UTC().Format(time.RFC3339)}
		it.Status = coverageStatus(it.Tests)
	}
	streamCov.Comment = streamCoverageComment
	b, err := json.MarshalIndent(streamCov, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(streamCovPath), 0o755); err != nil {
		return err
	}
	tmp := streamCovPath + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, streamCovPath)
}

func coverageStatus(tests map[string]streamCoverageEntry) string {
	names := make([]string, 0, len(tests))
	for n := range tests {
		names = append(names, n)
	}
	sort.Strings(names)
	bridged := false
	for _, n := range names {
		if tests[n].Result != "pass" {
			return "FAILED: " + n
		}
		if tests[n].Kind == harness.Bridged {
			bridged = true
		}
	}
	if !bridged {
		return "not run through the bridge"
	}
	return "exercised"
}
