package harness

// The server side of the streaming upload API methods — UploadData, InstallPlugin and
// ReceiveSharedChannelAttachmentSyncMsg — for the streaming env. The plugin passes an io.Reader;
// the real server glue (apiRPCServer.<M> in server/public/plugin/client_rpc.go) dials the
// plugin's broker stream and hands the server a remote reader (io_rpc.go connectIOReader) that
// pulls the data as the server reads. These fakes read that reader like a server would (to EOF,
// hashing, with read sizes that vary from 1 byte to 1 MiB), record the arguments, the bytes and
// the hash, and answer what the test configured with Uploads.Answer.

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// UploadCall is one streaming upload API call as the server received it.
type UploadCall struct {
	Method string
	Plugin string // the calling plugin's id
	// Args is the *plugin.Z_<Method>Args the server glue decoded, rebuilt from the parameters
	// it passed on; the stream id field is left zero (it is the plugin's broker id).
	Args    any
	N       int64  // bytes read from the plugin's reader
	SHA256  string // of those bytes
	Reads   int    // Read calls made
	ReadErr string // the reader's error other than io.EOF ("" at a clean end or when not read)
	Elapsed time.Duration
}

func (c UploadCall) String() string {
	return fmt.Sprintf("%s from %s: read %d bytes (sha256 %s, %d reads, err %q) in %v",
		c.Method, c.Plugin, c.N, c.SHA256, c.Reads, c.ReadErr, c.Elapsed.Round(time.Millisecond))
}

// UploadAnswer is how a streaming upload method answers.
type UploadAnswer struct {
	// Result is the non-error result: *model.FileInfo (UploadData,
	// ReceiveSharedChannelAttachmentSyncMsg) or *model.Manifest (InstallPlugin); nil is allowed.
	Result any
	// Err is the error result: a *model.AppError, or (ReceiveSharedChannelAttachmentSyncMsg only,
	// whose glue wraps it as *plugin.ErrorString) any error. InstallPlugin's result is a
	// *model.AppError: another error type is a test bug and panics.
	Err error
	// SkipRead answers without reading a byte (the glue then closes the plugin's stream).
	SkipRead bool
}

// Uploads holds the configured answers and the recorded calls of one StreamEnv.
type Uploads struct {
	mu      sync.Mutex
	answers map[string]UploadAnswer
	calls   []UploadCall
}

var uploadsByEnv sync.Map // *StreamEnv → *Uploads

// UploadsOf returns the upload server state of e (created on first use).
func UploadsOf(e *StreamEnv) *Uploads {
	u, _ := uploadsByEnv.LoadOrStore(e, &Uploads{answers: map[string]UploadAnswer{}})
	return u.(*Uploads)
}

// Answer sets how method answers from now on (until the next Answer). Without one, a method
// reads everything and answers (nil, nil).
func (u *Uploads) Answer(method string, a UploadAnswer) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.answers[method] = a
}

// TakeCalls returns the recorded calls and forgets them.
func (u *Uploads) TakeCalls() []UploadCall {
	u.mu.Lock()
	defer u.mu.Unlock()
	c := u.calls
	u.calls = nil
	return c
}

// uploadReadSizes are the buffer sizes of successive Read calls (cycled): the remote reader sends
// each size as its varint request, so the plugin side must answer requests of any size.
var uploadReadSizes = []int{32 * 1024, 1, 7, 4096, 64*1024 + 3, 1 << 20, 1000}

func (u *Uploads) serve(source, method string, args any, rd io.Reader) UploadAnswer {
	u.mu.Lock()
	ans := u.answers[method]
	u.mu.Unlock()
	c := UploadCall{Method: method, Plugin: source, Args: args}
	start := time.Now()
	h := sha256.New()
	if !ans.SkipRead {
		buf := make([]byte, 1<<20)
		for i := 0; ; i++ {
			k, err := rd.Read(buf[:uploadReadSizes[i%len(uploadReadSizes)]])
			c.Reads++
			h.Write(buf[:k])
			c.N += int64(k)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				c.ReadErr = err.Error()
				break
			}
		}
	}
	c.SHA256 = hex.EncodeToString(h.Sum(nil))
	c.Elapsed = time.Since(start)
	u.mu.Lock()
	u.calls = append(u.calls, c)
	u.mu.Unlock()
	return ans
}

// UploadData reads the session's data like the server's PluginAPI.UploadData.
func (a *StreamAPI) UploadData(us *model.UploadSession, rd io.Reader) (*model.FileInfo, error) {
	ans := UploadsOf(a.Env).serve(a.Source, "UploadData", &plugin.Z_UploadDataArgs{A: us}, rd)
	a.record("UploadData", us, "<reader>")
	fi, _ := ans.Result.(*model.FileInfo)
	return fi, ans.Err
}

// InstallPlugin reads the plugin bundle like the server's PluginAPI.InstallPlugin.
func (a *StreamAPI) InstallPlugin(file io.Reader, replace bool) (*model.Manifest, *model.AppError) {
	ans := UploadsOf(a.Env).serve(a.Source, "InstallPlugin", &plugin.Z_InstallPluginArgs{B: replace}, file)
	a.record("InstallPlugin", "<reader>", replace)
	m, _ := ans.Result.(*model.Manifest)
	var appErr *model.AppError
	if ans.Err != nil {
		appErr = ans.Err.(*model.AppError)
	}
	return m, appErr
}

// ReceiveSharedChannelAttachmentSyncMsg reads the attachment like the server's
// PluginAPI.ReceiveSharedChannelAttachmentSyncMsg.
func (a *StreamAPI) ReceiveSharedChannelAttachmentSyncMsg(remoteID, channelID string, fi *model.FileInfo, data io.Reader) (*model.FileInfo, error) {
	args := &plugin.Z_ReceiveSharedChannelAttachmentSyncMsgArgs{A: remoteID, B: channelID, C: fi}
	ans := UploadsOf(a.Env).serve(a.Source, "ReceiveSharedChannelAttachmentSyncMsg", args, data)
	a.record("ReceiveSharedChannelAttachmentSyncMsg", remoteID, channelID, fi, "<reader>")
	out, _ := ans.Result.(*model.FileInfo)
	return out, ans.Err
}
