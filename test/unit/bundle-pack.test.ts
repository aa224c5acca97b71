/**
 * `mm-bridge pack`: the bundle's layout, headers and manifest, byte-for-byte reproducibility, what
 * is left out, dependency vendoring (npm and pip, offline: local packages), and the bridge finding
 * the vendored Python packages (PYTHONPATH) when it starts the plugin.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { list, type ReadEntry } from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../src/bridge/runtime/manifest.ts';
import { startLanguagePlugin } from '../../src/bridge/runtime/language-plugin.ts';
import { extractLikeServer } from '../../src/bundle/extract.ts';
import { DEFAULT_SOURCE_DATE_EPOCH, pack, PackError, type PackOptions } from '../../src/bundle/pack.ts';
import { STUB_TEMPLATE } from '../../src/bundle/stub.ts';
import { createLogger } from '../../src/log.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const helloNode = path.join(repo, 'examples', 'hello-node');
const tmp = mkdtempSync(path.join(tmpdir(), 'bundle-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
const scratch = (name: string): string => {
  const d = path.join(tmp, `${n++}-${name}`);
  mkdirSync(d, { recursive: true });
  return d;
};

const packed = (o: Partial<PackOptions> & { dir: string }) => {
  const log: string[] = [];
  return pack({
    vendor: true,
    python: 'python3',
    mtime: new Date(DEFAULT_SOURCE_DATE_EPOCH * 1000),
    log: (l) => log.push(l),
    ...o,
  }).then((r) => ({ ...r, log }));
};

interface Header {
  path: string;
  type: string;
  mode: number;
  uid?: number;
  gid?: number;
  uname?: string;
  gname?: string;
  mtime?: Date;
}

async function headers(file: string): Promise<Header[]> {
  const out: Header[] = [];
  await list({
    file,
    onReadEntry: (e: ReadEntry) =>
      out.push({
        path: e.path,
        type: e.type,
        mode: e.mode ?? -1,
        uid: e.header.uid,
        gid: e.header.gid,
        uname: e.header.uname,
        gname: e.header.gname,
        mtime: e.mtime,
      }),
  });
  return out;
}

async function extracted(file: string): Promise<string> {
  const dest = scratch('extract');
  return (await extractLikeServer(readFileSync(file), dest)).root;
}

/** A small bridged plugin directory. */
function pluginDir(manifest: Record<string, unknown> = {}): string {
  const dir = scratch('plugin');
  mkdirSync(path.join(dir, 'server'));
  writeFileSync(
    path.join(dir, 'plugin.json'),
    JSON.stringify({
      id: 'com.example.packtest',
      name: 'Pack test',
      version: '1.2.3',
      props: { bridge: { command: ['node', 'server/plugin.js'] } },
      ...manifest,
    }),
  );
  writeFileSync(path.join(dir, 'server', 'plugin.js'), 'console.log("hi")\n');
  return dir;
}

describe('mm-bridge pack: examples/hello-node', () => {
  it('writes one top-level <id>/ directory, sorted, uid/gid 0, fixed mtime, 0644/0755, the stubs and the new manifest', async () => {
    const r = await packed({ dir: helloNode, output: path.join(tmp, 'hello.tar.gz') });
    expect(r.id).toBe('com.example.hello-node');
    expect(r.warnings.filter((w) => w.level === 'error')).toEqual([]);
    const hs = await headers(r.file);
    const names = hs.map((h) => h.path);
    expect(names[0]).toBe('com.example.hello-node/');
    for (const h of hs) {
      expect(h.path.startsWith('com.example.hello-node/')).toBe(true);
      expect([h.uid, h.gid, h.uname, h.gname]).toEqual([0, 0, '', '']);
      expect(h.mtime?.getTime()).toBe(DEFAULT_SOURCE_DATE_EPOCH * 1000);
      expect(h.type === 'Directory' ? [0o755] : [0o644, 0o755]).toContain(h.mode);
    }
    const sorted = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(names).toEqual(sorted);
    expect(names).toEqual(
      expect.arrayContaining([
        'com.example.hello-node/plugin.json',
        'com.example.hello-node/server/dist/plugin-linux-amd64',
        'com.example.hello-node/server/dist/plugin-linux-arm64',
        'com.example.hello-node/server/plugin.ts',
      ]),
    );
    const byName = new Map(hs.map((h) => [h.path, h]));
    expect(byName.get('com.example.hello-node/server/dist/plugin-linux-amd64')!.mode).toBe(0o755);
    expect(byName.get('com.example.hello-node/plugin.json')!.mode).toBe(0o644);

    const root = await extracted(r.file);
    const manifest = JSON.parse(readFileSync(path.join(root, 'plugin.json'), 'utf8'));
    const source = JSON.parse(readFileSync(path.join(helloNode, 'plugin.json'), 'utf8'));
    expect(manifest.server).toEqual({
      executables: {
        'linux-amd64': 'server/dist/plugin-linux-amd64',
        'linux-arm64': 'server/dist/plugin-linux-arm64',
      },
    });
    expect({ ...manifest, server: source.server }).toEqual(source); // nothing else changed
    const stub = readFileSync(path.join(root, 'server/dist/plugin-linux-arm64'), 'utf8');
    expect(stub).toBe(
      readFileSync(STUB_TEMPLATE, 'utf8').split('@PLUGIN_ID@').join('com.example.hello-node'),
    );
    expect(stub).toContain("plugin_id='com.example.hello-node'");
  });

  it('is reproducible: the same input gives the same bytes; another SOURCE_DATE_EPOCH other bytes', async () => {
    const a = await packed({ dir: helloNode, output: path.join(tmp, 'a.tar.gz') });
    const b = await packed({ dir: helloNode, output: path.join(tmp, 'b.tar.gz') });
    expect(readFileSync(a.file).equals(readFileSync(b.file))).toBe(true);
    expect(a.sha256).toBe(b.sha256);
    const c = await packed({
      dir: helloNode,
      output: path.join(tmp, 'c.tar.gz'),
      mtime: new Date(1_700_000_000_000),
    });
    expect(c.sha256).not.toBe(a.sha256);
    // gzip header: no FNAME flag, mtime 0, OS byte 3
    const gz = readFileSync(a.file);
    expect([...gz.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect(gz.readUInt32LE(4)).toBe(0);
    expect(gz[9]).toBe(3);
  });

  it('the system tar reads it too', async () => {
    const r = await packed({ dir: helloNode, output: path.join(tmp, 'gnu.tar.gz') });
    const listing = execFileSync('tar', ['-tvzf', r.file], { encoding: 'utf8' });
    expect(listing).toMatch(/-rwxr-xr-x 0\/0 .* com\.example\.hello-node\/server\/dist\/plugin-linux-amd64/);
  });
});

describe('mm-bridge pack: what goes in', () => {
  it('defaults to DIR/dist/<id>-<version>.tar.gz and leaves that and earlier bundles out of the next pack', async () => {
    const dir = pluginDir();
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist', 'com.example.packtest-0.9.0.tar.gz'), 'old bundle');
    writeFileSync(path.join(dir, 'dist', 'keep.js'), 'kept');
    const first = await packed({ dir });
    expect(first.file).toBe(path.join(dir, 'dist', 'com.example.packtest-1.2.3.tar.gz'));
    const again = await packed({ dir });
    expect(again.sha256).toBe(first.sha256);
    const names = (await headers(again.file)).map((h) => h.path);
    expect(names).toContain('com.example.packtest/dist/keep.js');
    expect(names.filter((p) => p.endsWith('.tar.gz'))).toEqual([]);
  });

  it('leaves out .git, node_modules, __pycache__, .venv, links and .mmbridgeignore patterns', async () => {
    const dir = pluginDir();
    for (const d of ['.git', 'node_modules/x', 'server/__pycache__', '.venv/bin', 'tests', 'docs'])
      mkdirSync(path.join(dir, d), { recursive: true });
    for (const f of [
      '.git/HEAD',
      'node_modules/x/i.js',
      'server/__pycache__/a.pyc',
      '.venv/bin/python',
      'tests/t.js',
      'docs/a.md',
      'docs/README.md',
      'notes.log',
    ])
      writeFileSync(path.join(dir, f), f);
    writeFileSync(
      path.join(dir, '.mmbridgeignore'),
      '# not shipped\n/tests/\n*.log\ndocs/*\n!docs/README.md\n',
    );
    symlinkSync('server/plugin.js', path.join(dir, 'link.js'));
    const r = await packed({ dir, output: path.join(tmp, 'ignore.tar.gz') });
    const names = (await headers(r.file)).map((h) => h.path.replace('com.example.packtest/', ''));
    expect(names.sort()).toEqual(
      [
        '',
        'docs/',
        'docs/README.md',
        'plugin.json',
        'server/',
        'server/dist/',
        'server/dist/plugin-linux-amd64',
        'server/dist/plugin-linux-arm64',
        'server/plugin.js',
      ].sort(),
    );
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/left out 1 symbolic link.*link\.js/);
  });

  it('normalizes modes: any execute bit → 0755, else 0644', async () => {
    const dir = pluginDir();
    writeFileSync(path.join(dir, 'server', 'run.sh'), '#!/bin/sh\n');
    chmodSync(path.join(dir, 'server', 'run.sh'), 0o700);
    chmodSync(path.join(dir, 'server', 'plugin.js'), 0o600);
    const hs = await headers((await packed({ dir, output: path.join(tmp, 'modes.tar.gz') })).file);
    const mode = (p: string) => hs.find((h) => h.path === `com.example.packtest/${p}`)!.mode;
    expect(mode('server/run.sh')).toBe(0o755);
    expect(mode('server/plugin.js')).toBe(0o644);
  });

  it('keeps long paths (PAX) and declares a built webapp', async () => {
    const dir = pluginDir();
    const long = `server/${'deep-directory-name/'.repeat(8)}file.js`;
    mkdirSync(path.dirname(path.join(dir, long)), { recursive: true });
    writeFileSync(path.join(dir, long), 'x');
    mkdirSync(path.join(dir, 'webapp', 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'webapp', 'dist', 'main.js'), 'webapp');
    const r = await packed({ dir, output: path.join(tmp, 'long.tar.gz') });
    const root = await extracted(r.file);
    expect(readFileSync(path.join(root, long), 'utf8')).toBe('x');
    expect(JSON.parse(readFileSync(path.join(root, 'plugin.json'), 'utf8')).webapp).toEqual({
      bundle_path: 'webapp/dist/main.js',
    });
  });

  it('refuses an invalid directory, saying what is wrong and how to fix it, and writes nothing', async () => {
    const dir = pluginDir({ version: 'v1', props: {} });
    const out = path.join(tmp, 'never.tar.gz');
    const err = await packed({ dir, output: out }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PackError);
    const messages = (err as PackError).problems.map((p) => `${p.message} | ${p.fix}`);
    expect(messages.join('\n')).toMatch(/"version" "v1" is not a semantic version/);
    expect(messages.join('\n')).toMatch(/props\.bridge\.command/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses a bundle whose command file was left out by .mmbridgeignore, and removes it', async () => {
    const dir = pluginDir();
    writeFileSync(path.join(dir, '.mmbridgeignore'), 'server/*.js\n');
    const out = path.join(tmp, 'ignored-command.tar.gz');
    const err = (await packed({ dir, output: out }).catch((e: unknown) => e)) as PackError;
    expect(err).toBeInstanceOf(PackError);
    expect(err.problems.map((p) => p.message).join('\n')).toMatch(
      /names "server\/plugin\.js", which is not in the bundle/,
    );
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('mm-bridge pack: dependencies', () => {
  it('npm: installs production dependencies (file: dependencies as copies) instead of DIR/node_modules', async () => {
    const dep = scratch('dep');
    writeFileSync(
      path.join(dep, 'package.json'),
      JSON.stringify({ name: 'local-dep', version: '1.0.0', main: 'index.js' }),
    );
    writeFileSync(path.join(dep, 'index.js'), 'module.exports = 42;\n');
    // The command names a file only the installed dependencies provide: checked in the bundle.
    const dir = pluginDir({ props: { bridge: { command: ['node', 'node_modules/local-dep/index.js'] } } });
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({
        name: 'packtest',
        version: '1.0.0',
        private: true,
        dependencies: { 'local-dep': `file:${dep}` },
      }),
    );
    for (const [f, c] of [
      ['stale/index.js', 'stale'],
      ['local-dep/index.js', 'from DIR'],
    ] as const) {
      mkdirSync(path.dirname(path.join(dir, 'node_modules', f)), { recursive: true });
      writeFileSync(path.join(dir, 'node_modules', f), c);
    }
    const r = await packed({ dir, output: path.join(tmp, 'npm.tar.gz') });
    expect(r.log.join('\n')).toContain('npm install --omit=dev --install-links');
    const hs = await headers(r.file);
    expect(hs.some((h) => h.path.includes('node_modules/stale'))).toBe(false);
    expect(hs.every((h) => h.type === 'File' || h.type === 'Directory')).toBe(true);
    let root = await extracted(r.file);
    expect(readFileSync(path.join(root, 'node_modules/local-dep/index.js'), 'utf8')).toBe(
      'module.exports = 42;\n',
    );

    // --no-vendor: DIR's node_modules as it is.
    const noVendor = await packed({ dir, output: path.join(tmp, 'npm-no-vendor.tar.gz'), vendor: false });
    root = await extracted(noVendor.file);
    expect(readFileSync(path.join(root, 'node_modules/stale/index.js'), 'utf8')).toBe('stale');
    expect(readFileSync(path.join(root, 'node_modules/local-dep/index.js'), 'utf8')).toBe('from DIR');
  }, 120_000);

  it('pip: installs requirements.txt into server/vendor, and the bridge puts it on PYTHONPATH', async () => {
    const wheels = scratch('wheels');
    const wheel = path.join(wheels, 'demo_vendored-1.0-py3-none-any.whl');
    execFileSync('python3', [
      '-c',
      [
        'import sys, zipfile',
        'files = {"demo_vendored/__init__.py": "ANSWER = 42\\n",',
        ' "demo_vendored-1.0.dist-info/METADATA": "Metadata-Version: 2.1\\nName: demo-vendored\\nVersion: 1.0\\n",',
        ' "demo_vendored-1.0.dist-info/WHEEL": "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"}',
        'files["demo_vendored-1.0.dist-info/RECORD"] = "".join(f"{n},,\\n" for n in [*files, "demo_vendored-1.0.dist-info/RECORD"])',
        'with zipfile.ZipFile(sys.argv[1], "w") as z:',
        '    [z.writestr(n, c) for n, c in files.items()]',
      ].join('\n'),
      wheel,
    ]);
    const dir = pluginDir({
      props: {
        bridge: {
          command: [
            'python3',
            '-c',
            'import demo_vendored, sys; print(f"1|1|tcp|127.0.0.1:{demo_vendored.ANSWER}|grpc", flush=True); sys.stdin.read()',
          ],
        },
      },
    });
    writeFileSync(path.join(dir, 'requirements.txt'), `${wheel}\n`);
    const r = await packed({ dir, output: path.join(tmp, 'pip.tar.gz') });
    expect(r.log.join('\n')).toContain('-m pip install --target server/vendor -r requirements.txt');
    const root = await extracted(r.file);
    expect(readFileSync(path.join(root, 'server/vendor/demo_vendored/__init__.py'), 'utf8')).toBe(
      'ANSWER = 42\n',
    );

    const started = await startLanguagePlugin(
      readBundle(root),
      { target: '127.0.0.1:1', token: 't' },
      createLogger({ level: 'silent' }),
    );
    try {
      expect(started.target).toBe('127.0.0.1:42'); // the import of the vendored package worked
    } finally {
      await started.stop();
    }
  }, 120_000);
});

describe('mm-bridge pack: an example copied elsewhere packs the same', () => {
  it('hello-node from another directory gives the same bytes', async () => {
    const copy = path.join(scratch('copy'), 'hello-node');
    cpSync(helloNode, copy, { recursive: true });
    const a = await packed({ dir: helloNode, output: path.join(tmp, 'orig.tar.gz') });
    const b = await packed({ dir: copy, output: path.join(tmp, 'copy.tar.gz') });
    expect(b.sha256).toBe(a.sha256);
  });
});
