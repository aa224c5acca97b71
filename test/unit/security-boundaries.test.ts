/**
 * The trust boundaries of SECURITY.md, checked against a running bridge (the host emulator starts
 * `mm-bridge run` as the server does): the per-plugin token on every PluginAPI call (unary and
 * streaming) and on the SDK's PluginHooks, the host socket's directory, the read-only admin HTTP
 * server, the message size limit, and the documented defaults.
 */
import * as grpc from '@grpc/grpc-js';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATTERMOST_HANDSHAKE } from '../../src/bridge/goplugin/handshake.ts';
import { loadContract } from '../../src/bridge/grpc/contract.ts';
import { MAX_MESSAGE_BYTES } from '../../src/bridge/grpc/limits.ts';
import { PluginBridge } from '../../src/bridge/mattermost/bridge.ts';
import { boundedLines, MAX_LINE_BYTES } from '../../src/bridge/runtime/language-plugin.ts';
import { BRIDGE_DEFAULTS, readBundle } from '../../src/bridge/runtime/manifest.ts';
import { RESTART_DEFAULTS } from '../../src/bridge/runtime/supervisor.ts';
import { HostEmulator } from '../../src/emulator/host.ts';
import { createLogger } from '../../src/log.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { tempBundle } from '../helpers/bundle.ts';

const tsx = pathToFileURL(path.join(PACKAGE_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const sdk = pathToFileURL(path.join(PACKAGE_ROOT, 'sdk', 'node', 'src', 'index.ts')).href;
const MiB = 1024 * 1024;
const LIMIT = 2 * MiB; // MM_BRIDGE_MAX_MESSAGE_BYTES of the bridge under test

type Callback = (err: grpc.ServiceError | null, res?: Record<string, unknown>) => void;
type Unary = (req: object, md: grpc.Metadata, cb: Callback) => void;
type ClientStream = (md: grpc.Metadata, cb: Callback) => grpc.ClientWritableStream<object>;

function bearer(token?: string): grpc.Metadata {
  const md = new grpc.Metadata();
  if (token !== undefined) md.set('authorization', `Bearer ${token}`);
  return md;
}

function client(def: grpc.ServiceDefinition, name: string, target: string): grpc.Client {
  const Client = grpc.makeGenericClientConstructor(def, name);
  return new Client(target, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': -1 });
}

function unary(c: grpc.Client, method: string, req: object, md: grpc.Metadata): Promise<grpc.status> {
  return new Promise((resolve) =>
    (c as unknown as Record<string, Unary>)[method]!(req, md, (err) =>
      resolve(err ? err.code : grpc.status.OK),
    ),
  );
}

describe('trust boundaries of a running bridge', () => {
  let emu: HostEmulator;
  let dir: string;
  let token: string;
  let apiTarget: string;
  let pluginEnv: { cookie: string | null; inherited: string | null };
  let admin: string;
  let api: grpc.Client;
  const stderr: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mm-bridge-boundaries-'));
    const pluginFile = path.join(dir, 'plugin.mts');
    writeFileSync(
      pluginFile,
      `import { writeFileSync } from 'node:fs';
import { runPlugin } from ${JSON.stringify(sdk)};
writeFileSync(${JSON.stringify(path.join(dir, 'plugin-env.json'))}, JSON.stringify({
  token: process.env.MM_BRIDGE_TOKEN, target: process.env.MM_BRIDGE_API_TARGET,
  cookie: process.env[${JSON.stringify(MATTERMOST_HANDSHAKE.magicCookieKey)}] ?? null,
  inherited: process.env.MM_BRIDGE_MAX_MESSAGE_BYTES ?? null,
}));
await runPlugin({ hooks: { MessageWillBePosted: () => ({}) } });
`,
    );
    emu = await HostEmulator.start({
      bundleDir: tempBundle(
        { command: [process.execPath, '--import', tsx, pluginFile] },
        'com.example.boundaries',
      ),
      env: {
        MM_BRIDGE_LOG_LEVEL: 'info',
        MM_BRIDGE_ADMIN_ADDR: '127.0.0.1:0',
        MM_BRIDGE_MAX_MESSAGE_BYTES: String(LIMIT),
      },
      startTimeoutMs: 10_000,
      onStderrLine: (l) => stderr.push(l),
    });
    expect(await emu.activate()).toBeNull();
    const env = JSON.parse(readFileSync(path.join(dir, 'plugin-env.json'), 'utf8')) as {
      token: string;
      target: string;
      cookie: string | null;
      inherited: string | null;
    };
    ({ token, target: apiTarget } = env);
    pluginEnv = env;
    const listening = stderr
      .map((l) => (JSON.parse(l) as { admin?: string }).admin)
      .find((a) => a?.startsWith('http://'));
    admin = listening!;
    api = client(loadContract().api, 'PluginAPI', apiTarget);
  }, 60_000);

  afterAll(async () => {
    api?.close();
    await emu?.stop();
  });

  it('gives the plugin a token of 32 random bytes', () => {
    expect(token).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the language plugin gets the bridge's environment (what a Go plugin gets) minus the go-plugin cookie", () => {
    expect(pluginEnv.inherited).toBe(String(LIMIT));
    expect(pluginEnv.cookie).toBeNull();
  });

  it('PluginAPI and PluginHooks listen on loopback only', async () => {
    expect(apiTarget).toMatch(/^127\.0\.0\.1:\d+$/);
    const status = (await (await fetch(`${admin}/v1/plugins/com.example.boundaries`)).json()) as {
      hooks_address: string;
      api_address: string;
    };
    expect(status.api_address).toBe(apiTarget);
    expect(status.hooks_address).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('PluginAPI: a call without the token, or with a wrong one, is refused before it reaches the server', async () => {
    const before = emu.api.calls.length;
    for (const md of [bearer(), bearer(''), bearer('x'), bearer(`${token}0`), bearer(token.slice(0, -1))]) {
      expect(await unary(api, 'GetServerVersion', {}, md)).toBe(grpc.status.UNAUTHENTICATED);
      expect(await unary(api, 'KVSet', { key: 'k', value: Buffer.from('v') }, md)).toBe(
        grpc.status.UNAUTHENTICATED,
      );
    }
    const basic = new grpc.Metadata();
    basic.set('authorization', `Basic ${token}`);
    expect(await unary(api, 'GetServerVersion', {}, basic)).toBe(grpc.status.UNAUTHENTICATED);
    expect(emu.api.calls.length).toBe(before);
    expect(await unary(api, 'GetServerVersion', {}, bearer(token))).toBe(grpc.status.OK);
    expect(emu.api.calls.length).toBe(before + 1);
  });

  it('PluginAPI: streaming methods check the token too', async () => {
    for (const method of ['UploadData', 'InstallPlugin']) {
      const code = await new Promise<grpc.status>((resolve) => {
        const call = (api as unknown as Record<string, ClientStream>)[method]!(bearer('wrong'), (err) =>
          resolve(err ? err.code : grpc.status.OK),
        );
        call.on('error', () => {});
        call.end();
      });
      expect(code, method).toBe(grpc.status.UNAUTHENTICATED);
    }
  });

  it("the SDK's PluginHooks answers only the bridge's token", async () => {
    const status = (await (await fetch(`${admin}/v1/plugins/com.example.boundaries`)).json()) as {
      hooks_address: string;
    };
    const hooks = client(loadContract().hooks, 'PluginHooks', status.hooks_address);
    try {
      expect(await unary(hooks, 'Implemented', {}, bearer())).toBe(grpc.status.UNAUTHENTICATED);
      expect(await unary(hooks, 'Implemented', {}, bearer('wrong'))).toBe(grpc.status.UNAUTHENTICATED);
      expect(await unary(hooks, 'Implemented', {}, bearer(token))).toBe(grpc.status.OK);
    } finally {
      hooks.close();
    }
  });

  it("the server's connection is a unix socket in a directory only the bridge's user can enter", () => {
    expect(emu.host.handshake.network).toBe('unix');
    const d = statSync(path.dirname(emu.host.handshake.address));
    expect(d.mode & 0o777).toBe(0o700);
    expect(d.uid).toBe(process.getuid!());
  });

  it('admin HTTP: read-only, and no token in anything it serves', async () => {
    for (const p of ['/', '/metrics', '/v1/plugins', '/readyz', '/healthz']) {
      const res = await fetch(admin + p);
      expect(res.status, p).toBeLessThan(500);
      expect(await res.text(), p).not.toContain(token);
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      expect((await fetch(`${admin}/v1/plugins`, { method })).status, method).toBe(405);
    }
  });

  it('refuses a PluginAPI message over MM_BRIDGE_MAX_MESSAGE_BYTES (RESOURCE_EXHAUSTED), carries one under it', async () => {
    const before = emu.api.calls.length;
    const big = { key: 'big', value: Buffer.alloc(LIMIT + MiB) };
    expect(await unary(api, 'KVSet', big, bearer(token))).toBe(grpc.status.RESOURCE_EXHAUSTED);
    expect(emu.api.calls.length).toBe(before);
    const ok = { key: 'ok', value: Buffer.alloc(LIMIT - MiB, 1) };
    expect(await unary(api, 'KVSet', ok, bearer(token))).toBe(grpc.status.OK);
    expect(emu.api.kv.get('ok')?.length).toBe(LIMIT - MiB);
  });
});

describe('documented defaults (SECURITY.md "Limits")', () => {
  it('message size 256 MiB unless MM_BRIDGE_MAX_MESSAGE_BYTES is set', () => {
    if (process.env.MM_BRIDGE_MAX_MESSAGE_BYTES === undefined) expect(MAX_MESSAGE_BYTES).toBe(256 * MiB);
  });

  it('hook timeout 30 s, start timeout 10 s (remote 60 s), restarts 3 per hour with backoff 500 ms doubling to 30 s', () => {
    const b = readBundle(tempBundle({ command: ['true'] }));
    expect(b.settings.hookTimeoutMs).toBe(30_000);
    expect(b.settings.startTimeoutMs).toBe(10_000);
    expect(b.settings.restart).toEqual({});
    expect(BRIDGE_DEFAULTS).toEqual({
      startTimeoutMs: 10_000,
      hookTimeoutMs: 30_000,
      remoteStartTimeoutMs: 60_000,
    });
    const remote = readBundle(tempBundle({ remote: true }));
    expect(remote.settings.startTimeoutMs).toBe(60_000);
    expect(remote.settings.hookTimeoutMs).toBe(30_000);
    expect(RESTART_DEFAULTS).toEqual({
      maxRestarts: 3,
      windowMs: 3_600_000,
      initialBackoffMs: 500,
      maxBackoffMs: 30_000,
    });
  });

  it('a new token for every bridge', async () => {
    const bundle = tempBundle({ command: ['false'] });
    const log = createLogger({ level: 'silent' });
    const a = new PluginBridge({ bundleDir: bundle, log });
    const b = new PluginBridge({ bundleDir: bundle, log });
    try {
      expect(a.token).toMatch(/^[0-9a-f]{64}$/);
      expect(b.token).toMatch(/^[0-9a-f]{64}$/);
      expect(a.token).not.toBe(b.token);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe("the language plugin's stdout/stderr lines (SECURITY.md: floods)", () => {
  async function split(chunks: (string | Buffer)[], max?: number): Promise<[string, number][]> {
    const input = new PassThrough();
    const out: [string, number][] = [];
    boundedLines(input, (line, dropped) => out.push([line, dropped]), max);
    for (const c of chunks) input.write(c);
    input.end();
    await new Promise((r) => input.once('end', r));
    return out;
  }

  it('splits on \\n and \\r\\n across chunks, keeping a last line without newline', async () => {
    expect(await split(['a\nb', 'c\r\n', '\nd'])).toEqual([
      ['a', 0],
      ['bc', 0],
      ['', 0],
      ['d', 0],
    ]);
  });

  it('keeps at most max bytes of a line and counts the rest, whatever the chunking', async () => {
    expect(await split(['abcdef', 'gh\nij\n'], 4)).toEqual([
      ['abcd', 4],
      ['ij', 0],
    ]);
    const long = Buffer.alloc(3 * MAX_LINE_BYTES + 5, 0x79);
    const lines = await split([long.subarray(0, 1000), long.subarray(1000), '\nnext\n']);
    expect(lines.map(([l, d]) => [l.length, d])).toEqual([
      [MAX_LINE_BYTES, 2 * MAX_LINE_BYTES + 5],
      [4, 0],
    ]);
  });
});
