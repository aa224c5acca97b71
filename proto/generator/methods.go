package main

import (
	"fmt"
	"go/types"
	"strings"
)

// param is one gob field of a Z_ args/returns struct (or the bare reply of Implemented).
type param struct {
	gob    string
	goType types.Type
	ref    *tref
	isErr  bool
	stream bool
	mux    bool
	mf     *mfield
}

type wireShape struct {
	goType string
	bare   bool
	params []*param
}

// mmeta is what the generator derives for one interface method.
type mmeta struct {
	*method
	area     string
	args     wireShape
	returns  wireShape
	request  *message
	response *message
	shape    streamShape // for streaming methods with a designed stream shape (streams.go)
	hasShape bool
}

// responseNames overrides type-derived response field names where the Go doc says what a
// result means. Keyed by method name, then by result index.
var responseNames = map[string]map[int]string{
	"Implemented":                  {0: "hooks"},
	"GetServerVersion":             {0: "version"},
	"GetPluginConfig":              {0: "config"},
	"GetBundlePath":                {0: "path"},
	"GetDiagnosticId":              {0: "diagnostic_id"},
	"GetTelemetryId":               {0: "telemetry_id"},
	"GetSystemInstallDate":         {0: "install_date"},
	"IsEnterpriseReady":            {0: "enterprise_ready"},
	"KVList":                       {0: "keys"},
	"GetFile":                      {0: "data"},
	"ReadFile":                     {0: "data"},
	"GetProfileImage":              {0: "image"},
	"GetEmojiImage":                {0: "image", 1: "format"},
	"GetTeamIcon":                  {0: "icon"},
	"OnSharedChannelsPing":         {0: "healthy"},
	"RunDataRetention":             {0: "deleted_count"},
	"KVCompareAndSet":              {0: "updated"},
	"KVCompareAndDelete":           {0: "deleted"},
	"KVSetWithOptions":             {0: "updated"},
	"LoadPluginConfiguration":      {0: "config"},
	"GetLDAPUserAttributes":        {0: "attributes"},
	"CopyFileInfos":                {0: "file_ids"},
	"GetFileLink":                  {0: "link"},
	"EnsureBotUser":                {0: "bot_user_id"},
	"GetPluginID":                  {0: "plugin_id"},
	"CountPropertyFields":          {0: "count"},
	"CountPropertyFieldsForTarget": {0: "count"},
	// plugin.Driver: the server's handles for connections, transactions, statements and rows.
	"Conn": {0: "conn_id"}, "Tx": {0: "tx_id"}, "Stmt": {0: "stmt_id"},
	"ConnQuery": {0: "rows_id"}, "StmtQuery": {0: "rows_id"}, "StmtNumInput": {0: "num_input"},
	"RowsColumns": {0: "columns"}, "RowsHasNextResultSet": {0: "has_next"},
	"RowsColumnTypeDatabaseTypeName": {0: "type_name"},
	"RowsColumnTypePrecisionScale":   {0: "precision", 1: "scale", 2: "ok"},
}

// responseGobNames names reply fields that are not results of the Go method (keyed by gob field).
var responseGobNames = map[string]map[string]string{
	"RowsNext": {"B": "values"}, // the row, filled into the dest slice the caller passed
}

// areaOfTag maps the @tag annotations of api.go to the api_<area>.proto files.
var areaOfTag = map[string]string{
	"User": "users", "Team": "teams", "Channel": "channels", "ChannelSidebar": "channels",
	"Post": "posts", "File": "files", "Upload": "files", "KeyValueStore": "kv",
	"Configuration": "config", "Plugin": "plugins", "Bot": "bots", "Command": "commands",
	"SlashCommand": "commands", "Group": "groups", "PropertyField": "properties",
	"PropertyGroup": "properties", "PropertyValue": "properties", "Server": "server",
	"Logging": "logging", "Audit": "logging", "Emoji": "emoji", "Preference": "preferences",
	"OAuth": "oauth", "SharedChannels": "shared_channels", "AccessControl": "access_control",
	"Frontend": "frontend",
}

// areaByName is the fallback for methods without @tag, first match wins.
var areaByName = []struct{ substr, area string }{
	{"KV", "kv"}, {"Bot", "bots"}, {"PluginHTTP", "plugins"}, {"Plugin", "plugins"},
	{"Session", "users"}, {"License", "server"}, {"Cloud", "server"}, {"Dialog", "frontend"},
	{"WebSocket", "frontend"}, {"Mail", "notifications"}, {"PushNotification", "notifications"},
	{"Permission", "permissions"}, {"Collection", "plugins"}, {"Log", "logging"},
	{"Post", "posts"}, {"Channel", "channels"}, {"Team", "teams"}, {"User", "users"},
	{"File", "files"}, {"Command", "commands"}, {"Group", "groups"}, {"Property", "properties"},
	{"Config", "config"},
}

func areaOf(m *method) string {
	if m.tag != "" {
		if a, ok := areaOfTag[m.tag]; ok {
			return a
		}
		return snake(m.tag)
	}
	for _, e := range areaByName {
		if strings.Contains(m.name, e.substr) {
			return e.area
		}
	}
	return "misc"
}

func (g *gen) buildMethods(ms []*method) []*mmeta {
	var out []*mmeta
	for _, m := range ms {
		mm := &mmeta{method: m}
		if m.iface == "API" {
			mm.area = areaOf(m)
		}
		mm.args = g.shape(m.argsType, false)
		mm.returns = g.shape(m.returnsType, true)
		out = append(out, mm)
	}
	return out
}

// shape lists the gob fields of an args/returns wire type.
func (g *gen) shape(t types.Type, results bool) wireShape {
	ws := wireShape{goType: goTypeName(t)}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		ws.bare = true
		ws.params = append(ws.params, &param{gob: "", goType: t, ref: g.ref(t), isErr: results && isErrorResult(t)})
		return ws
	}
	for _, f := range g.structFields(st) {
		p := &param{gob: f.goName, goType: f.typ, ref: f.ref}
		p.isErr = results && isErrorResult(f.typ)
		p.stream = isStreamField(f.v)
		p.mux = isMuxField(f.v)
		ws.params = append(ws.params, p)
	}
	return ws
}

func goTypeName(t types.Type) string {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// goIndex maps a generated Z_ field name (A, B, C…) to the index of the Go parameter/result.
func goIndex(gob string, n int) int {
	if len(gob) == 1 && gob[0] >= 'A' && gob[0] <= 'Z' && int(gob[0]-'A') < n {
		return int(gob[0] - 'A')
	}
	return -1
}

func (g *gen) isContext(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && pkgPathOf(n) == pluginPkgPath && n.Obj().Name() == "Context"
}

// resultName derives a response field name from the Go result type.
func resultName(t types.Type) string {
	switch t := types.Unalias(t).(type) {
	case *types.Pointer:
		return resultName(t.Elem())
	case *types.Named:
		if isError(t) {
			return "error"
		}
		return snake(t.Obj().Name())
	case *types.Slice:
		if isByte(t.Elem()) {
			return "value"
		}
		return plural(resultName(t.Elem()))
	case *types.Array:
		return plural(resultName(t.Elem()))
	case *types.Map:
		return "values"
	}
	return "value"
}

// buildMessages creates the request/response messages of the methods.
func (g *gen) buildMessages(mms []*mmeta, service string) error {
	for _, mm := range mms {
		file := "hooks.proto"
		switch mm.iface {
		case "API":
			file = "api_" + mm.area + ".proto"
		case "Driver":
			file = "driver.proto"
		}
		req := &message{name: mm.name + "Request", file: file, kind: "request", taken: map[string]bool{}}
		resp := &message{name: mm.name + "Response", file: file, kind: "response", taken: map[string]bool{}}
		for _, m := range []*message{req, resp} {
			if prev, ok := g.msgs[m.name]; ok {
				return fmt.Errorf("message %s of %s.%s collides with %s message %s", m.name, service, mm.name, prev.kind, prev.name)
			}
			g.msgs[m.name] = m
		}
		mm.request, mm.response = req, resp
		sigStr := "func " + mm.name + strings.TrimPrefix(types.TypeString(mm.sig, func(p *types.Package) string { return p.Name() }), "func")
		req.doc = fmt.Sprintf("%s carries the arguments of %s.%s.\nGo: %s\nWire: %s args %s", req.name, mm.iface, mm.name, sigStr, mm.rpc, mm.args.goType)
		resp.doc = fmt.Sprintf("%s carries the results of %s.%s.\nWire: %s reply %s", resp.name, mm.iface, mm.name, mm.rpc, mm.returns.goType)
		params := mm.sig.Params()
		for _, p := range mm.args.params {
			if p.stream || p.mux {
				continue
			}
			var name string
			if mm.args.bare && params.Len() == 1 {
				name = snake(params.At(0).Name()) // a bare argument is the method's only parameter
			} else if i := goIndex(p.gob, params.Len()); i >= 0 {
				name = snake(params.At(i).Name())
				if g.isContext(params.At(i).Type()) {
					name = "context"
				}
			} else if p.gob != "" {
				name = snake(p.gob)
			}
			if name == "" || name == "_" {
				name = "arg"
			}
			g.addParamField(req, p, name)
		}
		results := mm.sig.Results()
		hasErr := false
		for _, p := range mm.returns.params {
			if p.stream {
				continue
			}
			if p.isErr {
				hasErr = true
				continue
			}
			i := goIndex(p.gob, results.Len())
			if mm.returns.bare {
				i = 0
			}
			var name string
			if ov, ok := responseGobNames[mm.name][p.gob]; ok {
				name = ov
			} else if ov, ok := responseNames[mm.name][i]; ok && i >= 0 {
				name = ov
			} else if i >= 0 && mm.iface == "Hooks" && strings.Contains(mm.name, "Will") && isString(p.goType) {
				// every *Will* hook returns a string that rejects the event when non-empty
				name = "rejection_reason"
			} else if i >= 0 && results.At(i).Name() != "" && results.At(i).Name() != "_" {
				name = snake(results.At(i).Name())
			} else if p.gob != "" && i < 0 {
				name = snake(p.gob)
			} else {
				name = resultName(p.goType)
			}
			g.addParamField(resp, p, name)
		}
		if hasErr {
			resp.doc += "\nAn error result (error or *model.AppError) is carried as the gRPC status, with an AppError in its details."
		}
		if mm.streaming && addStreamFields(mm) {
			mm.shape = streamShapes[mm.name]
			mm.hasShape = true
		}
	}
	return nil
}

func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == types.String
}

func (g *gen) addParamField(m *message, p *param, name string) {
	pt, ok := g.protoOf(p.goType, m.name+pascal(name))
	if !ok {
		g.warnf("%s.%s (%s) has no proto representation", m.name, name, types.TypeString(p.goType, nil))
		return
	}
	p.mf = &mfield{name: uniqueName(name, m.taken), pt: pt}
	m.fields = append(m.fields, p.mf)
}
