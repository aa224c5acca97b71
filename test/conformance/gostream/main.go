// Command gostream is the native Go streaming test plugin: the reference for the
// bridged TypeScript plugin in test/conformance/plugin-stream, which implements
// exactly the same behaviour with the Node SDK (serveHttp / serveMetrics as Node
// (req, res) handlers, fileWillBeUploaded). The streaming tests
// (test/conformance/streaming_test.go) and the streaming benchmark
// (cmd/streambench) run against both.
//
// Behaviour (keep in sync with plugin-stream/plugin.ts). Bodies are the
// deterministic stream of package pattern.
//
// ServeHTTP, by r.URL.Path:
//   - /echo: 200, Content-Type application/octet-stream; the request body is copied
//     to the response as it is read (64 KiB reads).
//   - /hash[?key=K]: reads the whole body; 200 JSON {"sha256":hex,"length":n}; with key,
//     also KVSet("hash:"+K, that JSON) before answering.
//   - /download?size=N[&cl=1][&chunk=C]: 200 application/octet-stream, N pattern bytes
//     written C bytes at a time (default 65536); cl=1 sets Content-Length first.
//   - /chunks?n=K[&gate=G][&delay=MS]: 200 text/plain; writes "chunk <i>\n" and flushes,
//     K times; before chunk i>0 calls KVGet("gate:G:<i>") (the harness blocks that call
//     until the test lets it go) and/or sleeps MS ms.
//   - /early: answers 413 "too large\n" (text/plain) without reading the body.
//   - /status?code=X: sets X-Status-Route: yes, WriteHeader(X), writes "status X\n"
//     (codes the server refuses leave the status to the first Write: 200).
//   - /headers: 200 JSON {"method","path","query","host","headers"} (headers: the request
//     header map); response headers X-Multi-Out: 1, 2, 3 (three values), Set-Cookie a=1
//     and b=2, X-Single: v.
//   - /slow?chunks=N&size=S&delay=MS&key=K: writes N chunks of S pattern bytes, flushing
//     each and sleeping MS ms between them; when a write fails (the client went away) it
//     stops; it then KVSets "slow:K" to "cancelled after <i> chunks" or "completed <N> chunks".
//   - /call-other?target=ID&path=P[&method=M][&size=N][&progress=K]: API.PluginHTTP(M
//     "/"+ID+P with N pattern bytes as body (none when size is absent), header X-Multi: a, b);
//     reads the response body (32 KiB reads; with progress, after every read KVSet
//     "progress:K" to the first 1 KiB received so far); answers 200 JSON {"status",
//     "header","sha256","length","head"} (head: first 1 KiB of the body as a string),
//     or 502 "PluginHTTP returned nil".
//   - /db: through the server's database driver (p.Driver): Conn(true), ConnPing, ConnQuery of
//     the harness's query with arg int64(0), RowsColumns, RowsNext until it fails (the failure
//     text is "end"), RowsClose, ConnExec with args (true, int64(0)), a ConnQuery of an unknown
//     table (its error text is "badQueryError"), ConnClose; 200 JSON {"columns","rows","end",
//     "lastId","rowsAffected","badQueryError"}; rows render each value as "<Go type>=<value>"
//     ([]uint8 as base64, "<nil>" for nil); a failing step answers 500 {"step","error"}.
//   - /api-upload?method=M&size=N: the body is a gob-encoded plugin.Z_<M>Args (its stream id
//     field unused) for M = UploadData, InstallPlugin or ReceiveSharedChannelAttachmentSyncMsg;
//     calls API.M with those arguments and N pattern bytes as the reader; answers 200 JSON
//     {"returns": gob of Z_<M>Returns with the error result left nil (base64), "error": null
//     or {"type":"*model.AppError","id","message","detailed_error","request_id","status_code",
//     "where"} or {"type":<Go type>,"text":err.Error()}, "pulled": pattern bytes handed to the
//     API (read from the reader), "ms": duration of the call}; 400 text/plain for a bad
//     method or body. (data_in_head=true, for the bridged plugin: the first chunk travels in the
//     first message of the gRPC stream, with the arguments; a Go plugin has no such choice.)
//   - anything else: 404 text/plain "no route <path>\n".
//
// ExecuteCommand: a command ending in "db" answers the /db JSON as CommandResponse.Text (the
// database driver without ServeHTTP); any other command answers "unknown".
//
// ServeMetrics: 200 "text/plain; version=0.0.4", body
// "# TYPE stream_plugin_up gauge\nstream_plugin_up 1\nstream_plugin_metrics_path{path=\"<path>\"} 1\n".
//
// FileWillBeUploaded, by info.Name prefix:
//   - "reject": (nil, "rejected by stream plugin: <name>") without reading.
//   - "replace": writes the inverted upload (every byte ^0xff) as the replacement while
//     reading it; returns a copy of info with Name "replaced-<name>" and Size = bytes written.
//   - "inspect": reads the upload; returns a copy of info with
//     Content "sha256=<hex> size=<n>".
//   - otherwise: (info, "") without reading (accepted unchanged).
package main

import (
	"bytes"
	"crypto/sha256"
	"database/sql/driver"
	"encoding/base64"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"github.com/mattermost-plugin-bridge/test/conformance/gostream/pattern"
)

// StreamPlugin is the native streaming reference plugin.
type StreamPlugin struct {
	plugin.MattermostPlugin
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (p *StreamPlugin) ServeHTTP(c *plugin.Context, w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	switch r.URL.Path {
	case "/echo":
		w.Header().Set("Content-Type", "application/octet-stream")
		w.WriteHeader(http.StatusOK)
		_, _ = io.CopyBuffer(w, r.Body, make([]byte, 64*1024))
	case "/hash":
		h := sha256.New()
		n, _ := io.CopyBuffer(h, r.Body, make([]byte, 64*1024))
		res := map[string]any{"sha256": hex.EncodeToString(h.Sum(nil)), "length": n}
		if key := q.Get("key"); key != "" {
			b, _ := json.Marshal(res)
			p.API.KVSet("hash:"+key, b)
		}
		writeJSON(w, http.StatusOK, res)
	case "/download":
		size, _ := strconv.ParseInt(q.Get("size"), 10, 64)
		chunk, _ := strconv.Atoi(q.Get("chunk"))
		if chunk <= 0 {
			chunk = 64 * 1024
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		if q.Get("cl") == "1" {
			w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
		}
		w.WriteHeader(http.StatusOK)
		_, _ = io.CopyBuffer(w, pattern.NewReader(size), make([]byte, chunk))
	case "/chunks":
		n, _ := strconv.Atoi(q.Get("n"))
		gate := q.Get("gate")
		delay, _ := strconv.Atoi(q.Get("delay"))
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusOK)
		for i := 0; i < n; i++ {
			if i > 0 && gate != "" {
				p.API.KVGet(fmt.Sprintf("gate:%s:%d", gate, i))
			}
			if i > 0 && delay > 0 {
				time.Sleep(time.Duration(delay) * time.Millisecond)
			}
			if _, err := fmt.Fprintf(w, "chunk %d\n", i); err != nil {
				return
			}
			if f, ok := w.(http.Flusher); ok {
				f.Flush()
			}
		}
	case "/early":
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusRequestEntityTooLarge)
		_, _ = w.Write([]byte("too large\n"))
	case "/status":
		code, _ := strconv.Atoi(q.Get("code"))
		w.Header().Set("X-Status-Route", "yes")
		w.WriteHeader(code)
		_, _ = fmt.Fprintf(w, "status %d\n", code)
	case "/headers":
		w.Header()["X-Multi-Out"] = []string{"1", "2", "3"}
		w.Header().Add("Set-Cookie", "a=1")
		w.Header().Add("Set-Cookie", "b=2")
		w.Header().Set("X-Single", "v")
		writeJSON(w, http.StatusOK, map[string]any{
			"method":  r.Method,
			"path":    r.URL.Path,
			"query":   r.URL.RawQuery,
			"host":    r.Host,
			"headers": r.Header,
		})
	case "/slow":
		p.slow(w, q)
	case "/call-other":
		p.callOther(w, q)
	case "/db":
		p.db(w)
	case "/api-upload":
		p.apiUpload(w, r.Body, q.Get("method"), q.Get("size"))
	default:
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusNotFound)
		_, _ = fmt.Fprintf(w, "no route %s\n", r.URL.Path)
	}
}

func (p *StreamPlugin) slow(w http.ResponseWriter, q map[string][]string) {
	get := func(k string) string {
		if v := q[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	chunks, _ := strconv.Atoi(get("chunks"))
	size, _ := strconv.Atoi(get("size"))
	delay, _ := strconv.Atoi(get("delay"))
	key := get("key")
	w.Header().Set("Content-Type", "application/octet-stream")
	w.WriteHeader(http.StatusOK)
	src := pattern.NewReader(int64(chunks) * int64(size))
	buf := make([]byte, size)
	result := fmt.Sprintf("completed %d chunks", chunks)
	for i := 0; i < chunks; i++ {
		if i > 0 && delay > 0 {
			time.Sleep(time.Duration(delay) * time.Millisecond)
		}
		_, _ = io.ReadFull(src, buf)
		if _, err := w.Write(buf); err != nil {
			result = fmt.Sprintf("cancelled after %d chunks", i)
			break
		}
		w.(http.Flusher).Flush()
	}
	p.API.KVSet("slow:"+key, []byte(result))
}

func (p *StreamPlugin) callOther(w http.ResponseWriter, q map[string][]string) {
	get := func(k string) string {
		if v := q[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	method := get("method")
	if method == "" {
		method = http.MethodGet
	}
	var body io.Reader
	if s := get("size"); s != "" {
		n, _ := strconv.ParseInt(s, 10, 64)
		body = pattern.NewReader(n)
	}
	req, err := http.NewRequest(method, "/"+get("target")+get("path"), body)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": err.Error()})
		return
	}
	req.Header.Add("X-Multi", "a")
	req.Header.Add("X-Multi", "b")
	resp := p.API.PluginHTTP(req)
	if resp == nil {
		w.WriteHeader(http.StatusBadGateway)
		_, _ = w.Write([]byte("PluginHTTP returned nil"))
		return
	}
	defer resp.Body.Close()
	progress := get("progress")
	h := sha256.New()
	var head []byte
	var n int64
	buf := make([]byte, 32*1024)
	for {
		k, err := resp.Body.Read(buf)
		if k > 0 {
			h.Write(buf[:k])
			n += int64(k)
			if len(head) < 1024 {
				head = append(head, buf[:min(k, 1024-len(head))]...)
			}
			if progress != "" {
				p.API.KVSet("progress:"+progress, head)
			}
		}
		if err != nil {
			break
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"status": resp.StatusCode,
		"header": resp.Header,
		"sha256": hex.EncodeToString(h.Sum(nil)),
		"length": n,
		"head":   string(head),
	})
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += int64(n)
	return n, err
}

// errorJSON describes an API error result as the plugin received it.
func errorJSON(err error) map[string]any {
	if err == nil {
		return nil
	}
	var appErr *model.AppError
	if errors.As(err, &appErr) && appErr != nil {
		return map[string]any{
			"type": "*model.AppError", "id": appErr.Id, "message": appErr.Message,
			"detailed_error": appErr.DetailedError, "request_id": appErr.RequestId,
			"status_code": appErr.StatusCode, "where": appErr.Where,
		}
	}
	return map[string]any{"type": fmt.Sprintf("%T", err), "text": err.Error()}
}

// apiUpload calls one of the streaming upload API methods with the gob-encoded arguments in
// body and size pattern bytes as its reader (see /api-upload above).
func (p *StreamPlugin) apiUpload(w http.ResponseWriter, body io.Reader, method, sizeText string) {
	size, _ := strconv.ParseInt(sizeText, 10, 64)
	src := &countingReader{r: pattern.NewReader(size)}
	dec := gob.NewDecoder(body)
	bad := func(err error) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusBadRequest)
		_, _ = fmt.Fprintf(w, "%s: %v\n", method, err)
	}
	var (
		rets  any
		err   error
		start = time.Now()
	)
	switch method {
	case "UploadData":
		var a plugin.Z_UploadDataArgs
		if derr := dec.Decode(&a); derr != nil {
			bad(derr)
			return
		}
		fi, e := p.API.UploadData(a.A, src)
		rets, err = &plugin.Z_UploadDataReturns{A: fi}, e
	case "InstallPlugin":
		var a plugin.Z_InstallPluginArgs
		if derr := dec.Decode(&a); derr != nil {
			bad(derr)
			return
		}
		m, appErr := p.API.InstallPlugin(src, a.B)
		rets = &plugin.Z_InstallPluginReturns{A: m}
		if appErr != nil {
			err = appErr
		}
	case "ReceiveSharedChannelAttachmentSyncMsg":
		var a plugin.Z_ReceiveSharedChannelAttachmentSyncMsgArgs
		if derr := dec.Decode(&a); derr != nil {
			bad(derr)
			return
		}
		fi, e := p.API.ReceiveSharedChannelAttachmentSyncMsg(a.A, a.B, a.C, src)
		rets, err = &plugin.Z_ReceiveSharedChannelAttachmentSyncMsgReturns{A: fi}, e
	default:
		bad(errors.New("not a streaming upload method"))
		return
	}
	ms := time.Since(start).Milliseconds()
	var buf bytes.Buffer
	if eerr := gob.NewEncoder(&buf).Encode(rets); eerr != nil {
		bad(fmt.Errorf("encoding the returns: %w", eerr))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"returns": buf.Bytes(), "error": errorJSON(err), "pulled": src.n, "ms": ms,
	})
}

// The statements the harness's fake database driver knows (harness.DriverQuery/DriverExec).
const (
	dbQuery = "SELECT id, name, score, data, flag, note FROM things WHERE id > ?"
	dbExec  = "UPDATE things SET flag = ? WHERE id > ?"
)

func renderValue(v driver.Value) string {
	switch x := v.(type) {
	case nil:
		return "<nil>"
	case []byte:
		return "[]uint8=" + base64.StdEncoding.EncodeToString(x)
	case float64:
		return "float64=" + strconv.FormatFloat(x, 'g', -1, 64)
	default:
		return fmt.Sprintf("%T=%v", v, v)
	}
}

// db runs a query and an exec through the server's database driver (p.Driver).
func (p *StreamPlugin) db(w http.ResponseWriter) {
	status, res := p.dbResult()
	writeJSON(w, status, res)
}

// ExecuteCommand: "/stream db" answers the /db JSON as the response text (the driver without
// ServeHTTP); anything else answers "unknown".
func (p *StreamPlugin) ExecuteCommand(c *plugin.Context, args *model.CommandArgs) (*model.CommandResponse, *model.AppError) {
	if f := strings.Fields(args.Command); len(f) == 0 || f[len(f)-1] != "db" {
		return &model.CommandResponse{Text: "unknown"}, nil
	}
	_, res := p.dbResult()
	b, _ := json.Marshal(res)
	return &model.CommandResponse{Text: string(b)}, nil
}

func (p *StreamPlugin) dbResult() (int, map[string]any) {
	fail := func(step string, err error) (int, map[string]any) {
		return http.StatusInternalServerError, map[string]any{"step": step, "error": err.Error()}
	}
	conn, err := p.Driver.Conn(true)
	if err != nil {
		return fail("Conn", err)
	}
	if err := p.Driver.ConnPing(conn); err != nil {
		return fail("ConnPing", err)
	}
	rowsID, err := p.Driver.ConnQuery(conn, dbQuery, []driver.NamedValue{{Ordinal: 1, Value: int64(0)}})
	if err != nil {
		return fail("ConnQuery", err)
	}
	cols := p.Driver.RowsColumns(rowsID)
	rows := [][]string{}
	var end string
	for {
		dest := make([]driver.Value, len(cols))
		if err := p.Driver.RowsNext(rowsID, dest); err != nil {
			end = err.Error()
			break
		}
		row := make([]string, len(dest))
		for i, v := range dest {
			row[i] = renderValue(v)
		}
		rows = append(rows, row)
	}
	if err := p.Driver.RowsClose(rowsID); err != nil {
		return fail("RowsClose", err)
	}
	res, err := p.Driver.ConnExec(conn, dbExec, []driver.NamedValue{{Ordinal: 1, Value: true}, {Ordinal: 2, Value: int64(0)}})
	if err != nil {
		return fail("ConnExec", err)
	}
	_, badErr := p.Driver.ConnQuery(conn, "SELECT * FROM missing", nil)
	if err := p.Driver.ConnClose(conn); err != nil {
		return fail("ConnClose", err)
	}
	badText := ""
	if badErr != nil {
		badText = badErr.Error()
	}
	return http.StatusOK, map[string]any{
		"columns": cols, "rows": rows, "end": end,
		"lastId": res.LastID, "rowsAffected": res.RowsAffected, "badQueryError": badText,
	}
}

func (p *StreamPlugin) ServeMetrics(c *plugin.Context, w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4")
	_, _ = fmt.Fprintf(w, "# TYPE stream_plugin_up gauge\nstream_plugin_up 1\nstream_plugin_metrics_path{path=%q} 1\n", r.URL.Path)
}

type invertReader struct{ r io.Reader }

func (i invertReader) Read(p []byte) (int, error) {
	n, err := i.r.Read(p)
	for k := 0; k < n; k++ {
		p[k] = ^p[k]
	}
	return n, err
}

func (p *StreamPlugin) FileWillBeUploaded(c *plugin.Context, info *model.FileInfo, file io.Reader, output io.Writer) (*model.FileInfo, string) {
	switch {
	case strings.HasPrefix(info.Name, "reject"):
		return nil, "rejected by stream plugin: " + info.Name
	case strings.HasPrefix(info.Name, "replace"):
		n, _ := io.CopyBuffer(output, invertReader{file}, make([]byte, 64*1024))
		out := *info
		out.Name = "replaced-" + info.Name
		out.Size = n
		return &out, ""
	case strings.HasPrefix(info.Name, "inspect"):
		h := sha256.New()
		n, _ := io.CopyBuffer(h, file, make([]byte, 64*1024))
		out := *info
		out.Content = fmt.Sprintf("sha256=%s size=%d", hex.EncodeToString(h.Sum(nil)), n)
		return &out, ""
	default:
		return info, ""
	}
}

func main() {
	plugin.ClientMain(&StreamPlugin{})
}
