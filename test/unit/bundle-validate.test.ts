/**
 * `mm-bridge validate`: plugin directories (the input of pack) and bundle archives (extracted as
 * the server extracts them). Each bad case must be reported with what is wrong and a fix.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_DATE_EPOCH, pack } from '../../src/bundle/pack.ts';
import type { Problem } from '../../src/bundle/problems.ts';
import { stubFor } from '../../src/bundle/stub.ts';
import { MAX_BUNDLE_BYTES, validate } from '../../src/bundle/validate.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'bundle-validate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const file = (name: string): string => path.join(tmp, `${n++}-${name}`);

interface TarEntry {
  name: string;
  type?: 'File' | 'Directory' | 'SymbolicLink';
  mode?: number;
  data?: string;
  linkpath?: string;
}

/** A .tar.gz with exactly these entries, in this order. */
function tarGz(entries: TarEntry[]): string {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.from(e.data ?? '');
    const type = e.type ?? 'File';
    const h = new Header({
      path: e.name,
      type,
      mode: e.mode ?? (type === 'Directory' ? 0o755 : 0o644),
      size: type === 'File' ? data.length : 0,
      mtime: new Date(0),
      uid: 0,
      gid: 0,
      ...(e.linkpath ? { linkpath: e.linkpath } : {}),
    });
    h.encode();
    blocks.push(h.block!);
    if (type === 'File') blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  const out = file('bundle.tar.gz');
  writeFileSync(out, gzipSync(Buffer.concat(blocks)));
  return out;
}

const ID = 'com.example.validate';
const manifest = (over: Record<string, unknown> = {}): string =>
  JSON.stringify({
    id: ID,
    name: 'Validate',
    version: '1.0.0',
    server: {
      executables: {
        'linux-amd64': 'server/dist/plugin-linux-amd64',
        'linux-arm64': 'server/dist/plugin-linux-arm64',
      },
    },
    props: { bridge: { command: ['node', 'server/plugin.js'] } },
    ...over,
  });

/** The entries of a good bundle, with overrides by name (undefined removes an entry). */
function bundle(over: Record<string, Partial<TarEntry> | undefined> = {}, extra: TarEntry[] = []): string {
  const stub = stubFor(ID);
  const base: TarEntry[] = [
    { name: `${ID}/`, type: 'Directory' },
    { name: `${ID}/plugin.json`, data: manifest() },
    { name: `${ID}/server/`, type: 'Directory' },
    { name: `${ID}/server/dist/`, type: 'Directory' },
    { name: `${ID}/server/dist/plugin-linux-amd64`, data: stub, mode: 0o755 },
    { name: `${ID}/server/dist/plugin-linux-arm64`, data: stub, mode: 0o755 },
    { name: `${ID}/server/plugin.js`, data: 'x' },
  ];
  const entries = base
    .filter(
      (e) => !(e.name.replace(`${ID}/`, '') in over) || over[e.name.replace(`${ID}/`, '')] !== undefined,
    )
    .map((e) => ({ ...e, ...(over[e.name.replace(`${ID}/`, '')] ?? {}) }));
  return tarGz([...entries, ...extra]);
}

const errors = (ps: Problem[]) => ps.filter((p) => p.level === 'error');
const warnings = (ps: Problem[]) => ps.filter((p) => p.level === 'warning');
const text = (ps: Problem[]) => ps.map((p) => `${p.level}: ${p.message} | fix: ${p.fix ?? ''}`).join('\n');

describe('validate a bundle .tar.gz', () => {
  it('a bundle packed by mm-bridge pack is fine', async () => {
    const out = file('hello.tar.gz');
    await pack({
      dir: path.join(repo, 'examples', 'hello-node'),
      output: out,
      vendor: true,
      python: 'python3',
      mtime: new Date(DEFAULT_SOURCE_DATE_EPOCH * 1000),
      log: () => {},
    });
    const v = await validate(out);
    expect(text(v.problems)).toBe('');
    expect(v).toMatchObject({ kind: 'archive', id: 'com.example.hello-node', version: '0.1.0' });
  });

  it('the hand-made good bundle is fine, also flat (no top-level directory)', async () => {
    expect(text((await validate(bundle())).problems)).toBe('');
    const flat = tarGz([
      { name: 'plugin.json', data: manifest() },
      { name: 'server/dist/plugin-linux-amd64', data: stubFor(ID), mode: 0o755 },
      { name: 'server/dist/plugin-linux-arm64', data: stubFor(ID), mode: 0o755 },
      { name: 'server/plugin.js', data: 'x' },
    ]);
    expect(text((await validate(flat)).problems)).toBe('');
  });

  const cases: [string, () => string, RegExp, 'error' | 'warning'][] = [
    [
      'not gzip',
      () => (writeFileSync(file('x.tar.gz'), 'plain'), path.join(tmp, `${n - 1}-x.tar.gz`)),
      /not a gzip file/,
      'error',
    ],
    [
      'an entry leaving the archive',
      () => bundle({}, [{ name: '../evil', data: 'x' }]),
      /escapes destination: \.\.\/evil/,
      'error',
    ],
    [
      'a directory before its parent',
      () => tarGz([{ name: 'a/b/', type: 'Directory' }]),
      /parent must come first/,
      'error',
    ],
    [
      'a symlink',
      () => bundle({}, [{ name: `${ID}/link`, type: 'SymbolicLink', linkpath: 'plugin.json' }]),
      /skips 1 archive entry.*link \(SymbolicLink\)/,
      'warning',
    ],
    [
      'an executable without the exec bit',
      () => bundle({ 'server/dist/plugin-linux-amd64': { mode: 0o644 } }),
      /"server\/dist\/plugin-linux-amd64" \(linux-amd64\) is not executable \(mode 644\)/,
      'error',
    ],
    [
      'an executable missing',
      () => bundle({ 'server/dist/plugin-linux-arm64': undefined }),
      /"server\/dist\/plugin-linux-arm64" \(linux-arm64\) is not in the bundle/,
      'error',
    ],
    [
      'no executable for arm64',
      () =>
        bundle({
          'plugin.json': {
            data: manifest({ server: { executables: { 'linux-amd64': 'server/dist/plugin-linux-amd64' } } }),
          },
        }),
      /no server executable for linux-arm64/,
      'warning',
    ],
    [
      'no executable for Linux at all',
      () =>
        bundle({ 'plugin.json': { data: manifest({ server: { executables: { 'darwin-arm64': 'x' } } }) } }),
      /no server executable for Linux/,
      'error',
    ],
    [
      'an executable outside the bundle',
      () => bundle({ 'plugin.json': { data: manifest({ server: { executable: '../../bin/sh' } }) } }),
      /outside the bundle/,
      'error',
    ],
    [
      'the stub template not filled in',
      () =>
        bundle({
          'server/dist/plugin-linux-amd64': {
            data: readFileSync(path.join(repo, 'stub', 'mm-bridge-stub.sh'), 'utf8'),
          },
        }),
      /stub template, not filled in/,
      'error',
    ],
    [
      'the stub of another plugin',
      () => bundle({ 'server/dist/plugin-linux-amd64': { data: stubFor('com.example.other') } }),
      /stub of plugin "com\.example\.other"/,
      'error',
    ],
    [
      'an executable that is not runnable',
      () => bundle({ 'server/dist/plugin-linux-amd64': { data: 'echo hi' } }),
      /neither a script \(#!\) nor a Linux binary/,
      'error',
    ],
    [
      'the command file missing',
      () => bundle({ 'server/plugin.js': undefined }),
      /names "server\/plugin\.js", which is not in the bundle/,
      'error',
    ],
    [
      'the command program not executable',
      () =>
        bundle({
          'plugin.json': { data: manifest({ props: { bridge: { command: ['server/plugin.js'] } } }) },
        }),
      /starts "server\/plugin\.js", which is not executable/,
      'error',
    ],
    [
      'an unreadable file',
      () => bundle({ 'server/plugin.js': { mode: 0o000 } }),
      /has mode 0: the server cannot read it/,
      'error',
    ],
    [
      'the webapp bundle missing',
      () => bundle({ 'plugin.json': { data: manifest({ webapp: { bundle_path: 'webapp/dist/main.js' } }) } }),
      /webapp\.bundle_path "webapp\/dist\/main\.js" is not in the bundle/,
      'error',
    ],
    [
      'a webapp path starting with a dot',
      () => bundle({ 'plugin.json': { data: manifest({ webapp: { bundle_path: '../main.js' } }) } }),
      /invalid webapp bundle path/,
      'error',
    ],
    [
      'neither server nor webapp',
      () => bundle({ 'plugin.json': { data: manifest({ server: undefined }) } }),
      /neither "server" nor "webapp"/,
      'error',
    ],
    ['no plugin.json', () => bundle({ 'plugin.json': undefined }), /no plugin\.json/, 'error'],
    [
      'an invalid manifest',
      () => bundle({ 'plugin.json': { data: manifest({ id: 'x' }) } }),
      /"id" "x" is not a valid plugin id/,
      'error',
    ],
  ];

  it.each(cases)('%s', async (_name, make, re, level) => {
    const ps = (await validate(make())).problems;
    const hit = ps.find((p) => re.test(p.message));
    expect(hit, text(ps)).toBeDefined();
    expect(hit!.level).toBe(level);
    if (level === 'error') expect(hit!.fix, hit!.message).toBeTruthy();
  });

  it('over 50 MiB: refused by the server', async () => {
    const big = file('big.tar.gz');
    writeFileSync(big, Buffer.alloc(MAX_BUNDLE_BYTES + 1));
    expect(text((await validate(big)).problems)).toMatch(/refuses uploads over 50 MiB/);
  });
});

describe('validate a plugin directory', () => {
  const dir = (json: string, files: Record<string, string> = { 'server/plugin.js': 'x' }): string => {
    const d = file('dir');
    mkdirSync(d);
    writeFileSync(path.join(d, 'plugin.json'), json);
    for (const [f, c] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
      writeFileSync(path.join(d, f), c);
    }
    return d;
  };
  const source = (over: Record<string, unknown> = {}) => manifest({ server: undefined, ...over });

  it('examples/hello-node and hello-python are fine', async () => {
    for (const ex of ['hello-node', 'hello-python']) {
      const v = await validate(path.join(repo, 'examples', ex));
      expect(errors(v.problems), ex).toEqual([]);
    }
  });

  it('a directory needs no executables (pack writes them); ones it names are checked as warnings', async () => {
    expect(text((await validate(dir(source()))).problems)).toBe('');
    const v = await validate(dir(source({ server: { executable: 'server/launch.sh' } })));
    expect(errors(v.problems)).toEqual([]);
    expect(text(warnings(v.problems))).toMatch(
      /"server\/launch\.sh" \(executable\) is not in the bundle.*installed as is/,
    );
  });

  const cases: [string, () => string, RegExp, 'error' | 'warning'][] = [
    [
      'no plugin.json',
      () => (mkdirSync(file('empty')), path.join(tmp, `${n - 1}-empty`)),
      /no plugin\.json/,
      'error',
    ],
    [
      'plugin.yaml next to plugin.json',
      () => dir(source(), { 'server/plugin.js': 'x', 'plugin.yaml': 'id: x' }),
      /plugin\.yaml is present/,
      'error',
    ],
    ['not JSON', () => dir('{"id": '), /the server cannot read it: not valid JSON/, 'error'],
    [
      'a value of the wrong type',
      () => dir(source({ version: 1 })),
      /the server cannot read it: version: expected a string, got number/,
      'error',
    ],
    [
      'a key in the wrong case',
      () => dir(source({ Name: 'x' })),
      /key "Name": the server reads it as "name"/,
      'error',
    ],
    [
      'an upper-case id',
      () => dir(source({ id: 'Com.Example.X' })),
      /lower-cases it to "com\.example\.x"/,
      'error',
    ],
    [
      'no props.bridge.command',
      () => dir(source({ props: {} })),
      /props\.bridge\.command must be a non-empty array/,
      'error',
    ],
    ['no version', () => dir(source({ version: undefined })), /"version" is not set/, 'warning'],
    [
      'a bad timeout',
      () =>
        dir(source({ props: { bridge: { command: ['node', 'server/plugin.js'], hook_timeout_ms: '5s' } } })),
      /hook_timeout_ms "5s" is ignored/,
      'warning',
    ],
    [
      'an unknown bridge key',
      () => dir(source({ props: { bridge: { command: ['node', 'server/plugin.js'], comand: [] } } })),
      /props\.bridge\.comand is not a bridge setting/,
      'warning',
    ],
    [
      'a bad restart value',
      () =>
        dir(
          source({
            props: { bridge: { command: ['node', 'server/plugin.js'], restart: { max_restarts: -1 } } },
          }),
        ),
      /restart\.max_restarts -1 is ignored/,
      'warning',
    ],
    [
      'a non-string env value',
      () => dir(source({ props: { bridge: { command: ['node', 'server/plugin.js'], env: { N: 1 } } } })),
      /env\.N is a number/,
      'warning',
    ],
    [
      'the command file missing',
      () => dir(source(), {}),
      /names "server\/plugin\.js", which is not in the bundle/,
      'error',
    ],
    [
      'a script name at the top',
      () => dir(source({ props: { bridge: { command: ['python3', 'main.py'] } } }), {}),
      /names "main\.py", which is not in the bundle/,
      'error',
    ],
  ];

  it.each(cases)('%s', async (_name, make, re, level) => {
    const ps = (await validate(make())).problems;
    const hit = ps.find((p) => re.test(p.message));
    expect(hit, text(ps)).toBeDefined();
    expect(hit!.level).toBe(level);
    expect(hit!.fix, hit!.message).toBeTruthy();
  });

  it('a program named by path must be executable', async () => {
    const d = dir(source({ props: { bridge: { command: ['server/run.sh'] } } }), {
      'server/run.sh': '#!/bin/sh\n',
    });
    expect(text((await validate(d)).problems)).toMatch(/starts "server\/run\.sh", which is not executable/);
    chmodSync(path.join(d, 'server/run.sh'), 0o755);
    expect(text((await validate(d)).problems)).toBe('');
  });
});
