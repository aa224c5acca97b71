package main

// The stream half of the streaming methods is designed by hand (the Go side moves these bodies
// over extra MuxBroker streams, not in the gob structs): which sides of the gRPC call stream, and
// the envelope fields appended to the generated <Method>Request / <Method>Response messages.
// Everything else about these methods (the head fields) is generated like any other method.

type streamField struct {
	name string
	pt   ptype
	doc  string
}

type streamShape struct {
	requestStream, responseStream bool
	request, response             []streamField
	doc                           string
}

var (
	bytesField  = func(name, doc string) streamField { return streamField{name, ptype{typ: "bytes"}, doc} }
	headerField = streamField{"header", ptype{typ: "StringList", key: "string"}, "Response headers (first message only); keys are canonical header names."}
)

// httpShape: ServeHTTP and ServeMetrics (server → plugin, bidirectional).
var httpShape = streamShape{
	requestStream: true, responseStream: true,
	request: []streamField{bytesField("body", "A chunk of the request body; the first message carries request and context, the client half-closes after the last chunk.")},
	response: []streamField{
		{"status_code", ptype{typ: "int32"}, "Status of the response (first message only; 0 means 200). Outside 100–999 the server answers 500."},
		headerField,
		bytesField("body", "A chunk of the response body."),
		{"flush", ptype{typ: "bool"}, "Flush what was written so far to the HTTP client (http.Flusher)."},
	},
	doc: "Streams both ways: the request head, then body chunks; the response head, then body chunks.",
}

// uploadShape: plugin → server calls whose Go signature takes an io.Reader the server pulls.
var uploadShape = streamShape{
	requestStream: true,
	request:       []streamField{bytesField("data", "A chunk of the data; the first message carries the other arguments, the client half-closes after the last chunk.")},
	doc:           "Client stream: the arguments, then the data in chunks; the server pulls it as the Go plugin API would.",
}

var streamShapes = map[string]streamShape{
	"ServeHTTP":    httpShape,
	"ServeMetrics": httpShape,
	"FileWillBeUploaded": {
		requestStream: true, responseStream: true,
		request:  []streamField{bytesField("data", "A chunk of the uploaded file; the first message carries context and info, the client half-closes at the end.")},
		response: []streamField{bytesField("data", "A chunk of the replacement file. Writing any replacement bytes replaces the upload; file_info and rejection_reason may be set on any message, the last one set wins.")},
		doc:      "Streams both ways: the upload in chunks to the plugin; an optional replacement file in chunks back.",
	},
	"PluginHTTP": {
		requestStream: true, responseStream: true,
		request:  []streamField{bytesField("body", "A chunk of the request body; the first message carries the request head.")},
		response: []streamField{bytesField("body", "A chunk of the response body; the first message carries status_code and header.")},
		doc:      "Streams both ways: an HTTP request to another plugin (Plugin.PluginHTTPStream on the wire) and its response.",
	},
	"UploadData":                            uploadShape,
	"InstallPlugin":                         uploadShape,
	"ReceiveSharedChannelAttachmentSyncMsg": uploadShape,
}

// addStreamFields appends the stream envelope fields of a streaming method to its messages.
func addStreamFields(mm *mmeta) bool {
	shape, ok := streamShapes[mm.name]
	if !ok {
		return false
	}
	for _, f := range shape.request {
		mm.request.fields = append(mm.request.fields, &mfield{name: uniqueName(f.name, mm.request.taken), pt: f.pt, doc: f.doc})
	}
	for _, f := range shape.response {
		mm.response.fields = append(mm.response.fields, &mfield{name: uniqueName(f.name, mm.response.taken), pt: f.pt, doc: f.doc})
	}
	return true
}
