package harness

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
)

// Packed is the kind of an Env made from a plugin bundle (a directory or a .tar.gz made by
// `mm-bridge pack`) rather than one of the conformance plugins.
const Packed Kind = "packed"

// InstallBundle puts a plugin bundle into pluginDir the way the server's plugin upload does:
// a .tar.gz is extracted (descending into its single top-level directory, modes from the
// headers, as extractTarGz in the server), a directory is copied; either way it ends up in
// pluginDir/<manifest id>. It returns the manifest id.
func InstallBundle(src, pluginDir string) (string, error) {
	tmp, err := os.MkdirTemp(pluginDir, ".install-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	info, err := os.Stat(src)
	if err != nil {
		return "", err
	}
	if info.IsDir() {
		err = os.CopyFS(tmp, os.DirFS(src))
	} else {
		err = extractTarGz(src, tmp)
	}
	if err != nil {
		return "", fmt.Errorf("install %s: %w", src, err)
	}
	root := tmp
	if entries, err := os.ReadDir(tmp); err == nil && len(entries) == 1 && entries[0].IsDir() {
		root = filepath.Join(tmp, entries[0].Name())
	}
	m, _, err := model.FindManifest(root)
	if err != nil {
		return "", fmt.Errorf("install %s: %w", src, err)
	}
	if err := m.IsValid(); err != nil {
		return "", fmt.Errorf("install %s: invalid manifest: %w", src, err)
	}
	dest := filepath.Join(pluginDir, m.Id)
	if err := os.RemoveAll(dest); err != nil {
		return "", err
	}
	return m.Id, os.Rename(root, dest)
}

func extractTarGz(file, dst string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		target := filepath.Join(dst, h.Name)
		if !strings.HasPrefix(target, filepath.Clean(dst)+string(os.PathSeparator)) {
			return fmt.Errorf("entry %q leaves the archive", h.Name)
		}
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o744); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			out, err := os.OpenFile(target, os.O_CREATE|os.O_RDWR|os.O_TRUNC, os.FileMode(h.Mode))
			if err != nil {
				return err
			}
			if _, err := io.Copy(out, tr); err != nil {
				out.Close()
				return err
			}
			if err := out.Close(); err != nil {
				return err
			}
		}
	}
}

// NewFromBundle installs src (directory or .tar.gz) into a fresh plugin directory under
// cfg.Root and creates the Environment around it, with api (a FakeAPI when nil) as the server
// API. Nothing is started yet.
func NewFromBundle(src string, cfg Config, api *FakeAPI) (*Env, error) {
	if api == nil {
		api = NewFakeAPI()
	}
	return NewFromBundleWith(src, cfg, api, func(*model.Manifest) plugin.API { return api })
}

// NewFromBundleWith is NewFromBundle with the server API made by serve (a wrapper around fake,
// which the Env records calls with), for plugins that need more of the API than FakeAPI has.
func NewFromBundleWith(src string, cfg Config, fake *FakeAPI, serve func(*model.Manifest) plugin.API) (*Env, error) {
	if cfg.Logger == nil || cfg.Root == "" {
		return nil, errors.New("harness.NewFromBundle: Logger and Root are required")
	}
	pluginDir := filepath.Join(cfg.Root, "plugins")
	webappDir := filepath.Join(cfg.Root, "webapp")
	for _, d := range []string{pluginDir, webappDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	id, err := InstallBundle(src, pluginDir)
	if err != nil {
		return nil, err
	}
	logs := &mlog.Buffer{}
	if err := mlog.AddWriterTarget(cfg.Logger, logs, false,
		mlog.LvlTrace, mlog.LvlDebug, mlog.LvlInfo, mlog.LvlWarn, mlog.LvlError,
		mlog.LvlCritical, mlog.LvlFatal, mlog.LvlPanic, mlog.LvlStdLog); err != nil {
		logs = nil // a second env on the same logger: no capture
	}
	env, err := plugin.NewEnvironment(serve, nil, pluginDir, webappDir, cfg.Logger, nil)
	if err != nil {
		return nil, err
	}
	bundle := filepath.Join(pluginDir, id)
	return &Env{Kind: Packed, ID: id, PluginDir: pluginDir, BundleDir: bundle, API: fake, Env: env, Logs: logs, markers: []string{bundle}}, nil
}
