package main

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/tools/go/packages"
)

const (
	serverPublicModule = "github.com/mattermost/mattermost/server/public"
	pluginPkgPath      = serverPublicModule + "/plugin"
	modelPkgPath       = serverPublicModule + "/model"
)

// world is everything the generator learned from the loaded packages.
type world struct {
	fset          *token.FileSet
	plugin        *packages.Package
	moduleVersion string
	typeDocs      map[*types.TypeName]string
	fieldDocs     map[*types.Var]string
	hooks         []*method
	api           []*method
	driver        []*method
	registered    []registered
}

// method is one method of the API or Hooks interface with everything the contract needs.
type method struct {
	iface       string // "API" | "Hooks"
	name        string
	doc         string
	tag         string // first @tag, API only
	sig         *types.Signature
	rpc         string // "Plugin.<name>" (or the name of the streaming twin, e.g. Plugin.PluginHTTPStream)
	argsType    types.Type
	returnsType types.Type
	handwritten bool
	streaming   bool
	notes       []string
}

type registered struct {
	name string
	typ  types.Type
}

func load(dir string) (*world, error) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes |
			packages.NeedTypesInfo | packages.NeedImports | packages.NeedModule,
		Dir: dir,
	}
	// The plugin package and the model package are loaded from source with their ASTs (parameter
	// names, doc comments); everything else comes from type information only.
	pkgs, err := packages.Load(cfg, pluginPkgPath, modelPkgPath, serverPublicModule+"/shared/mlog")
	if err != nil {
		return nil, err
	}
	if packages.PrintErrors(pkgs) > 0 {
		return nil, fmt.Errorf("packages contain errors")
	}
	w := &world{typeDocs: map[*types.TypeName]string{}, fieldDocs: map[*types.Var]string{}}
	for _, p := range pkgs {
		if w.fset == nil {
			w.fset = p.Fset
		}
		if p.PkgPath == pluginPkgPath {
			w.plugin = p
			if p.Module != nil {
				w.moduleVersion = p.Module.Version
				if p.Module.Replace != nil && p.Module.Replace.Version != "" {
					w.moduleVersion = p.Module.Replace.Version
				}
			}
		}
		collectDocs(w, p)
	}
	if w.plugin == nil {
		return nil, fmt.Errorf("plugin package not loaded")
	}
	if w.moduleVersion == "" {
		return nil, fmt.Errorf("could not determine the version of %s", serverPublicModule)
	}
	if err := w.findMethods(); err != nil {
		return nil, err
	}
	if err := w.findRegistered(); err != nil {
		return nil, err
	}
	return w, nil
}

func docText(groups ...*ast.CommentGroup) string {
	for _, g := range groups {
		if g != nil {
			if t := strings.TrimSpace(g.Text()); t != "" {
				return t
			}
		}
	}
	return ""
}

func collectDocs(w *world, p *packages.Package) {
	for _, f := range p.Syntax {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, s := range gd.Specs {
				ts := s.(*ast.TypeSpec)
				var groupDoc *ast.CommentGroup
				if len(gd.Specs) == 1 {
					groupDoc = gd.Doc
				}
				if tn, ok := p.TypesInfo.Defs[ts.Name].(*types.TypeName); ok {
					if doc := docText(ts.Doc, groupDoc); doc != "" {
						w.typeDocs[tn] = doc
					}
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, fl := range st.Fields.List {
					doc := docText(fl.Doc, fl.Comment)
					if doc == "" {
						continue
					}
					for _, n := range fl.Names {
						if v, ok := p.TypesInfo.Defs[n].(*types.Var); ok {
							w.fieldDocs[v] = doc
						}
					}
				}
			}
		}
	}
}

var tagRe = regexp.MustCompile(`(?m)^@tag\s+(\S+)`)

// streamTypes are parameter/result types that cannot travel in a gob struct: the plugin RPC
// layer moves them over extra MuxBroker connections whose ids appear as uint32 fields.
var streamTypes = map[string]bool{
	"io.Reader": true, "io.Writer": true, "io.ReadCloser": true, "net/http.ResponseWriter": true,
	"*net/http.Request": true, "*net/http.Response": true,
}

func (w *world) findMethods() error {
	scope := w.plugin.Types.Scope()
	for _, iface := range []string{"Hooks", "API", "Driver"} {
		var it *ast.InterfaceType
		for _, f := range w.plugin.Syntax {
			ast.Inspect(f, func(n ast.Node) bool {
				if ts, ok := n.(*ast.TypeSpec); ok && ts.Name.Name == iface {
					if x, ok := ts.Type.(*ast.InterfaceType); ok {
						it = x
					}
				}
				return it == nil
			})
		}
		if it == nil {
			return fmt.Errorf("interface %s not found", iface)
		}
		serverName := map[string]string{"Hooks": "hooksRPCServer", "API": "apiRPCServer", "Driver": "dbRPCServer"}[iface]
		server := scope.Lookup(serverName)
		if server == nil {
			return fmt.Errorf("%s not found", serverName)
		}
		mset := types.NewMethodSet(types.NewPointer(server.Type()))
		ifaceType := scope.Lookup(iface).Type().Underlying().(*types.Interface)
		count := 0
		for _, fl := range it.Methods.List {
			if len(fl.Names) == 0 {
				return fmt.Errorf("%s embeds an interface; not supported", iface)
			}
			for _, n := range fl.Names {
				fn, ok := w.plugin.TypesInfo.Defs[n].(*types.Func)
				if !ok {
					return fmt.Errorf("no types for %s.%s", iface, n.Name)
				}
				count++
				m := &method{iface: iface, name: n.Name, doc: docText(fl.Doc), sig: fn.Type().(*types.Signature)}
				if tm := tagRe.FindStringSubmatch(m.doc); tm != nil {
					m.tag = tm[1]
				}
				if err := w.resolveWire(m, mset); err != nil {
					return err
				}
				switch iface {
				case "Hooks":
					w.hooks = append(w.hooks, m)
				case "API":
					w.api = append(w.api, m)
				default:
					w.driver = append(w.driver, m)
				}
			}
		}
		if count != ifaceType.NumMethods() {
			return fmt.Errorf("%s: AST lists %d methods, go/types %d", iface, count, ifaceType.NumMethods())
		}
	}
	return nil
}

// resolveWire finds the RPC method the Go client calls and the exact argument and reply types,
// from the signature of the RPC server method (hooksRPCServer / apiRPCServer) of the same name.
// When a "<Name>Stream" twin exists (PluginHTTP → PluginHTTPStream), the client tries it first,
// so that is the wire shape described.
func (w *world) resolveWire(m *method, mset *types.MethodSet) error {
	pkg := w.plugin.Types
	rpcName := m.name
	if sel := mset.Lookup(pkg, m.name+"Stream"); sel != nil {
		rpcName = m.name + "Stream"
		m.notes = append(m.notes, fmt.Sprintf("the Go client calls Plugin.%s first and falls back to the buffered Plugin.%s; only the streaming form is described", rpcName, m.name))
	}
	sel := mset.Lookup(pkg, rpcName)
	if sel == nil {
		return fmt.Errorf("%s.%s: no RPC server method %s", m.iface, m.name, rpcName)
	}
	fn := sel.Obj().(*types.Func)
	ssig := fn.Type().(*types.Signature)
	if ssig.Params().Len() != 2 {
		return fmt.Errorf("%s.%s: RPC server method has %d params", m.iface, m.name, ssig.Params().Len())
	}
	m.rpc = "Plugin." + rpcName
	m.argsType = deref(ssig.Params().At(0).Type())
	m.returnsType = deref(ssig.Params().At(1).Type())
	file := filepath.Base(w.fset.Position(fn.Pos()).Filename)
	m.handwritten = file != "client_rpc_generated.go"
	for _, t := range []types.Type{m.argsType, m.returnsType} {
		if n, ok := t.(*types.Named); ok {
			if f := filepath.Base(w.fset.Position(n.Obj().Pos()).Filename); f != "client_rpc_generated.go" {
				m.handwritten = true
			}
		}
	}
	// streaming: the Go signature carries a reader/writer/request, or the wire struct carries
	// a MuxBroker stream id.
	for _, tup := range []*types.Tuple{m.sig.Params(), m.sig.Results()} {
		for i := 0; i < tup.Len(); i++ {
			if streamTypes[types.TypeString(tup.At(i).Type(), nil)] {
				m.streaming = true
			}
		}
	}
	for _, t := range []types.Type{m.argsType, m.returnsType} {
		if st, ok := t.Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if isStreamField(st.Field(i)) {
					m.streaming = true
				}
			}
		}
	}
	return nil
}

// isStreamField: a MuxBroker id of a data stream (request/response body, file contents).
func isStreamField(f *types.Var) bool {
	b, ok := f.Type().(*types.Basic)
	return ok && b.Kind() == types.Uint32 && strings.Contains(f.Name(), "Stream")
}

// isMuxField: a MuxBroker id of an RPC connection the bridge serves itself (OnActivate's
// APIMuxId/DriverMuxId: the plugin API and the database driver).
func isMuxField(f *types.Var) bool {
	b, ok := f.Type().(*types.Basic)
	return ok && b.Kind() == types.Uint32 && strings.HasSuffix(f.Name(), "MuxId")
}

func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return types.Unalias(t)
}

// findRegistered reads the gob.Register / gob.RegisterName calls of the plugin package's init
// functions and computes the exact names gob registers them under.
func (w *world) findRegistered() error {
	info := w.plugin.TypesInfo
	for _, f := range w.plugin.Syntax {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Name.Name != "init" || fd.Recv != nil || fd.Body == nil {
				continue
			}
			var ierr error
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				obj, ok := info.Uses[sel.Sel].(*types.Func)
				if !ok || obj.Pkg() == nil || obj.Pkg().Path() != "encoding/gob" {
					return true
				}
				switch obj.Name() {
				case "Register":
					t := info.TypeOf(call.Args[0])
					w.registered = append(w.registered, registered{name: gobRegisterName(t), typ: t})
				case "RegisterName":
					tv := info.Types[call.Args[0]]
					if tv.Value == nil {
						ierr = fmt.Errorf("gob.RegisterName with a non-constant name at %s", w.fset.Position(call.Pos()))
						return false
					}
					name := strings.Trim(tv.Value.ExactString(), `"`)
					w.registered = append(w.registered, registered{name: name, typ: info.TypeOf(call.Args[1])})
				}
				return true
			})
			if ierr != nil {
				return ierr
			}
		}
	}
	if len(w.registered) == 0 {
		return fmt.Errorf("no gob.Register calls found in the plugin package")
	}
	return nil
}
