package harness

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// HelloPythonID is examples/hello-python's manifest id.
const HelloPythonID = "com.example.hello-python"

// PythonAvailable checks that examples/hello-python's launcher finds a Python with the SDK.
func PythonAvailable(repo string) error {
	sh := filepath.Join(repo, "examples", "hello-python", "server", "python.sh")
	out, err := exec.Command("sh", sh, "-c", "import grpc, google.protobuf, mattermost_plugin_bridge").CombinedOutput()
	if err != nil {
		return fmt.Errorf("no Python with the SDK (run sdk/python/scripts/venv.sh): %v %s", err, strings.TrimSpace(string(out)))
	}
	return nil
}

// WritePythonPlugin lays out examples/hello-python for `mm-bridge run` under pluginDir, its
// command pointing at the example in the checkout (whose python.sh finds the SDK's venv).
func WritePythonPlugin(pluginDir, repo string) (string, error) {
	server := filepath.Join(repo, "examples", "hello-python", "server")
	m := Manifest{
		ID: HelloPythonID, Name: "Hello from Python", Version: "0.1.0",
		Server: ManifestServer{Executable: "server/launch.sh"},
		Props: map[string]any{"bridge": map[string]any{
			"command": []string{"sh", filepath.Join(server, "python.sh"), filepath.Join(server, "plugin.py")},
		}},
	}
	launch := "#!/bin/sh\nexec node " + shQuote(BridgeMain(repo)) + ` run --bundle "$(dirname "$0")/.."` + "\n"
	return writeBundle(pluginDir, m, launch, nil)
}
