package harness

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Schema is the slice of src/generated/schema.json (format: src/bridge/mattermost/schema.ts)
// the round-trip test reads.
type Schema struct {
	ServerPublicVersion string                  `json:"serverPublicVersion"`
	Registered          []struct{ Name string } `json:"registered"`
	Hooks               []MethodDef             `json:"hooks"`
	API                 []MethodDef             `json:"api"`
}

// MethodDef is one hook or API method of the schema.
type MethodDef struct {
	Name        string   `json:"name"`
	RPC         string   `json:"rpc"`
	Handwritten bool     `json:"handwritten"`
	Streaming   bool     `json:"streaming"`
	GRPC        *GRPCDef `json:"grpc"`
	Args        ShapeDef `json:"args"`
	Returns     ShapeDef `json:"returns"`
}

// GRPCDef is the gRPC mapping of a method (nil: not carried by a unary rpc).
type GRPCDef struct {
	Service  string `json:"service"`
	Request  string `json:"request"`
	Response string `json:"response"`
	// streaming rpcs (request and/or response stream)
	RequestStream  bool `json:"requestStream"`
	ResponseStream bool `json:"responseStream"`
}

// ShapeDef is a Z_<M>Args or Z_<M>Returns struct.
type ShapeDef struct {
	GoType string     `json:"goType"`
	Bare   bool       `json:"bare"`
	Fields []ParamDef `json:"fields"`
}

// ParamDef is one field of a shape.
type ParamDef struct {
	Gob   string `json:"gob"`
	Proto string `json:"proto"`
	Error bool   `json:"error"`
	Mux   bool   `json:"mux"`
}

// SchemaFile is <repo>/src/generated/schema.json.
func SchemaFile(repo string) string { return filepath.Join(repo, "src", "generated", "schema.json") }

// LoadSchema reads schema.json.
func LoadSchema(file string) (*Schema, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var s Schema
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	return &s, nil
}
