/**
 * The Node SDK's remote mode (sdk/node/src/remote.ts): a plugin process started with
 * MM_BRIDGE_REMOTE (test/unit/sdk-node-remote-fixture.ts) registers with a fake sidecar written here
 * (a net.Server speaking src/bridge/sidecar/remote-protocol.ts), serves PluginHooks on its own port
 * and calls the fake PluginAPI gRPC servers the sidecar's ATTACH lines point it at. Real sockets, real
 * gRPC; every wait has a timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadContract, PACKAGE, type Contract } from '../../src/bridge/grpc/contract.ts';
import { startGrpcServer, type RunningGrpcServer } from '../../src/bridge/grpc/server.ts';
import { createLogger } from '../../src/log.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { createApiClient } from '../../sdk/node/src/api-client.ts';
import { hooksImplementation } from '../../sdk/node/src/hooks-service.ts';
import { Attachment, Registration, remoteSettings, type RemoteSettings } from '../../sdk/node/src/remote.ts';
import { freePort } from '../helpers/net-pair.ts';

type Msg = Record<string, unknown>;
type HooksClient = grpc.Client & Record<string, (...a: unknown[]) => unknown>;

const contract: Contract = loadContract();
const silent = createLogger({ level: 'silent' });

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

async function waitFor(cond: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One connection to the fake sidecar: the registration block, then lines. */
class SidecarConn {
  readonly connectedAt = Date.now();
  readonly registration: Promise<string>;
  readonly closed: Promise<void>;
  private buffered = '';
  private registered = false;
  private readonly lines: string[] = [];
  private readonly waiters: ((line: string) => void)[] = [];

  constructor(readonly socket: net.Socket) {
    let registered!: (block: string) => void;
    this.registration = new Promise((r) => (registered = r));
    this.closed = new Promise((r) => socket.once('close', () => r()));
    socket.on('error', () => {}); // a reset by the plugin shows as 'close'
    socket.on('data', (chunk: Buffer) => {
      this.buffered += chunk.toString('utf8');
      if (!this.registered) {
        const end = this.buffered.indexOf('\n\n');
        if (end < 0) return;
        this.registered = true;
        registered(this.buffered.slice(0, end + 2));
        this.buffered = this.buffered.slice(end + 2);
      }
      for (let nl = this.buffered.indexOf('\n'); nl >= 0; nl = this.buffered.indexOf('\n')) {
        const line = this.buffered.slice(0, nl);
        this.buffered = this.buffered.slice(nl + 1);
        const waiter = this.waiters.shift();
        if (waiter) waiter(line);
        else this.lines.push(line);
      }
    });
  }

  send(text: string): void {
    this.socket.write(text);
  }

  /** The next line the plugin sends after its registration. */
  line(ms = 5_000): Promise<string> {
    const ready = this.lines.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    return within(new Promise<string>((r) => this.waiters.push(r)), ms, 'a line from the plugin');
  }

  /** Lines received and not read yet (plus a partial one, if any). */
  unread(): string[] {
    return [...this.lines, ...(this.buffered ? [this.buffered] : [])];
  }
}

/** The sidecar's attach port: accepts registrations, hands them to the test in arrival order. */
class FakeSidecar {
  readonly conns: SidecarConn[] = [];
  private readonly arrivals: Promise<SidecarConn>[] = [];
  private readonly resolvers: ((c: SidecarConn) => void)[] = [];
  private taken = 0;

  private constructor(
    readonly server: net.Server,
    readonly port: number,
  ) {
    server.on('connection', (socket) => {
      const conn = new SidecarConn(socket);
      this.slot(this.conns.length);
      this.resolvers[this.conns.length]!(conn);
      this.conns.push(conn);
    });
  }

  static async start(port = 0): Promise<FakeSidecar> {
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    return new FakeSidecar(server, (server.address() as net.AddressInfo).port);
  }

  private slot(i: number): Promise<SidecarConn> {
    while (this.arrivals.length <= i) this.arrivals.push(new Promise((r) => this.resolvers.push(r)));
    return this.arrivals[i]!;
  }

  /** The next registration connection (in arrival order) not returned yet. */
  connection(ms = 5_000): Promise<SidecarConn> {
    return within(this.slot(this.taken++), ms, 'a connection to the sidecar');
  }

  async close(): Promise<void> {
    for (const c of this.conns) c.socket.destroy();
    await new Promise((r) => this.server.close(r));
  }
}

/** A PluginAPI gRPC server answering GetServerVersion with `version`; records each call's bearer. */
interface FakeApi {
  target: string;
  bearers: string[];
  close(): Promise<void>;
}

async function startFakeApi(version: string): Promise<FakeApi> {
  const bearers: string[] = [];
  const server: RunningGrpcServer = await startGrpcServer({
    address: '127.0.0.1:0',
    reflection: contract.reflection,
    services: [
      {
        name: `${PACKAGE}.PluginAPI`,
        definition: contract.api,
        implementation: {
          GetServerVersion: (call: grpc.ServerUnaryCall<Msg, Msg>, cb: grpc.sendUnaryData<Msg>) => {
            bearers.push(String(call.metadata.get('authorization')[0] ?? '(none)'));
            cb(null, { version });
          },
        },
      },
    ],
  });
  return { target: server.address, bearers, close: () => server.shutdown() };
}

function hooksClient(port: number): HooksClient {
  const Client = grpc.makeGenericClientConstructor(contract.hooks, 'PluginHooks');
  return new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as HooksClient;
}

/** A hook call with `authorization: <authorization>` (none when undefined). */
function hook(client: HooksClient, method: string, request: Msg, authorization?: string): Promise<Msg> {
  const md = new grpc.Metadata();
  if (authorization !== undefined) md.set('authorization', authorization);
  return new Promise((resolve, reject) =>
    client[method]!(
      request,
      md,
      { deadline: Date.now() + 10_000 },
      (err: grpc.ServiceError | null, res: Msg) => (err ? reject(err) : resolve(res)),
    ),
  );
}

async function expectRefused(p: Promise<Msg>): Promise<void> {
  await expect(p).rejects.toMatchObject({
    code: grpc.status.UNAUTHENTICATED,
    details: 'hooks may only be called by the bridge',
  });
}

const command = (
  client: HooksClient,
  cmd: string,
  token: string,
): Promise<{ command_response?: { text?: string } }> =>
  hook(client, 'ExecuteCommand', { args: { command: cmd } }, `Bearer ${token}`);

interface Spawned {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The fixture plugin as a process, with only the given MM_BRIDGE_* variables. */
function spawnPlugin(env: Record<string, string>): Spawned {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MM_BRIDGE_')));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('test', 'unit', 'sdk-node-remote-fixture.ts')],
    {
      cwd: PACKAGE_ROOT,
      env: { ...base, MM_BRIDGE_LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal })),
  );
  return { child, stderr: () => stderr, exited };
}

/** The retry_ms of each "connecting again" log line (hclog JSON on stderr). */
function retries(stderr: string): number[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Msg)
    .filter((e) => e['@message'] === 'not registered with the sidecar; connecting again')
    .map((e) => e.retry_ms as number);
}

async function terminate(p: Spawned | undefined): Promise<void> {
  if (p && p.child.exitCode === null && p.child.signalCode === null) {
    p.child.kill('SIGKILL');
    await p.exited;
  }
}

describe('remoteSettings', () => {
  const base = {
    MM_BRIDGE_REMOTE: 'sidecar:7070',
    MM_BRIDGE_PLUGIN_ID: 'com.example.p',
    MM_BRIDGE_REMOTE_TOKEN: 't',
  };

  it('reads the sidecar address, plugin id, token, and defaults the hooks listen/advertise addresses', () => {
    expect(remoteSettings(base)).toEqual({
      sidecar: { host: 'sidecar', port: 7070 },
      pluginId: 'com.example.p',
      token: 't',
      hooksListen: '0.0.0.0:0',
      hooksAdvertise: undefined,
    });
    // Empty variables count as unset.
    expect(
      remoteSettings({ ...base, MM_BRIDGE_HOOKS_LISTEN: '', MM_BRIDGE_HOOKS_ADVERTISE: '' }),
    ).toMatchObject({
      hooksListen: '0.0.0.0:0',
      hooksAdvertise: undefined,
    });
    expect(
      remoteSettings({
        ...base,
        MM_BRIDGE_HOOKS_LISTEN: '10.0.0.5:9000',
        MM_BRIDGE_HOOKS_ADVERTISE: 'p.internal:9000',
      }),
    ).toMatchObject({ hooksListen: '10.0.0.5:9000', hooksAdvertise: 'p.internal:9000' });
  });

  it('accepts [ipv6]:port and IPv4 addresses', () => {
    expect(remoteSettings({ ...base, MM_BRIDGE_REMOTE: '[::1]:7070' }).sidecar).toEqual({
      host: '::1',
      port: 7070,
    });
    expect(remoteSettings({ ...base, MM_BRIDGE_REMOTE: '[fd00::a:1]:1' }).sidecar).toEqual({
      host: 'fd00::a:1',
      port: 1,
    });
    expect(remoteSettings({ ...base, MM_BRIDGE_REMOTE: '10.1.2.3:65535' }).sidecar).toEqual({
      host: '10.1.2.3',
      port: 65535,
    });
  });

  it('refuses a missing or malformed MM_BRIDGE_REMOTE', () => {
    const { MM_BRIDGE_REMOTE: _, ...noRemote } = base;
    expect(() => remoteSettings(noRemote)).toThrow(/MM_BRIDGE_REMOTE="": expected the sidecar's host:port/);
    for (const bad of [
      'sidecar',
      'sidecar:',
      ':7070',
      'sidecar:70000',
      'sidecar:123456',
      '::1:7070',
      '[::1]',
      'a:b:1',
      'h:port',
    ]) {
      expect(() => remoteSettings({ ...base, MM_BRIDGE_REMOTE: bad }), bad).toThrow(
        `MM_BRIDGE_REMOTE=${JSON.stringify(bad)}: expected the sidecar's host:port`,
      );
    }
  });

  it('refuses a missing MM_BRIDGE_PLUGIN_ID', () => {
    expect(() => remoteSettings({ ...base, MM_BRIDGE_PLUGIN_ID: '' })).toThrow(
      /MM_BRIDGE_PLUGIN_ID is not set/,
    );
    const { MM_BRIDGE_PLUGIN_ID: _, ...noId } = base;
    expect(() => remoteSettings(noId)).toThrow(/MM_BRIDGE_PLUGIN_ID is not set/);
  });

  it('refuses a missing or blank token', () => {
    const { MM_BRIDGE_REMOTE_TOKEN: _, ...noToken } = base;
    expect(() => remoteSettings(noToken)).toThrow(
      /MM_BRIDGE_REMOTE_TOKEN \(or MM_BRIDGE_REMOTE_TOKEN_FILE\) is not set/,
    );
    expect(() => remoteSettings({ ...base, MM_BRIDGE_REMOTE_TOKEN: ' \n\t' })).toThrow(
      /MM_BRIDGE_REMOTE_TOKEN/,
    );
    expect(remoteSettings({ ...base, MM_BRIDGE_REMOTE_TOKEN: '  spaced \n' }).token).toBe('spaced');
  });

  describe('MM_BRIDGE_REMOTE_TOKEN_FILE', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'sdk-node-remote-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is read and trimmed, and wins over MM_BRIDGE_REMOTE_TOKEN', () => {
      const file = path.join(dir, 'token');
      writeFileSync(file, '  from-the-file\n\n');
      expect(remoteSettings({ ...base, MM_BRIDGE_REMOTE_TOKEN_FILE: file }).token).toBe('from-the-file');
    });

    it('refuses an empty file, and reports a missing one', () => {
      const empty = path.join(dir, 'empty');
      writeFileSync(empty, '\n');
      expect(() => remoteSettings({ ...base, MM_BRIDGE_REMOTE_TOKEN_FILE: empty })).toThrow(
        /MM_BRIDGE_REMOTE_TOKEN \(or MM_BRIDGE_REMOTE_TOKEN_FILE\) is not set/,
      );
      expect(() =>
        remoteSettings({ ...base, MM_BRIDGE_REMOTE_TOKEN_FILE: path.join(dir, 'missing') }),
      ).toThrow(/ENOENT/);
    });
  });
});

describe('a remote plugin process (runPlugin with MM_BRIDGE_REMOTE)', () => {
  const PLUGIN_ID = 'com.example.remote';
  const REG_TOKEN = 'registration-secret';
  let sidecar: FakeSidecar;
  let apiA: FakeApi;
  let apiB: FakeApi;
  let plugin: Spawned;
  let conn: SidecarConn;
  let firstBlock: string;
  let hooks: HooksClient;

  beforeAll(async () => {
    sidecar = await FakeSidecar.start();
    apiA = await startFakeApi('A');
    apiB = await startFakeApi('B');
    plugin = spawnPlugin({
      MM_BRIDGE_REMOTE: `127.0.0.1:${sidecar.port}`,
      MM_BRIDGE_PLUGIN_ID: PLUGIN_ID,
      MM_BRIDGE_REMOTE_TOKEN: REG_TOKEN,
      MM_BRIDGE_HOOKS_LISTEN: '127.0.0.1:0',
    });
    void plugin.exited.then(({ code, signal }) => {
      if (code !== 0) console.error(`the plugin exited (${code ?? signal}):\n${plugin.stderr()}`);
    });
    conn = await sidecar.connection(30_000);
    firstBlock = await within(conn.registration, 5_000, 'the registration block');
  }, 40_000);

  afterAll(async () => {
    hooks?.close();
    await terminate(plugin);
    await sidecar?.close();
    await apiA?.close();
    await apiB?.close();
  });

  it('registers with exactly the protocol block, advertising its hooks server port', async () => {
    const port = /\nhooks: :(\d+)\n\n$/.exec(firstBlock)?.[1];
    expect(firstBlock).toBe(
      `MM-BRIDGE-REMOTE 1\nplugin-id: ${PLUGIN_ID}\ntoken: ${REG_TOKEN}\nhooks: :${port}\n\n`,
    );
    hooks = hooksClient(Number(port));
    // That port answers gRPC PluginHooks (refusing: nothing attached yet), so it is the hooks server.
    await expectRefused(hook(hooks, 'Implemented', {}, `Bearer ${REG_TOKEN}`));
  });

  it('refuses every hook before ATTACH, whatever the bearer', async () => {
    conn.send('OK registered\n');
    for (const authorization of [
      `Bearer ${REG_TOKEN}`,
      'Bearer anything',
      'Bearer ',
      'Bearer',
      '',
      undefined,
    ]) {
      await expectRefused(hook(hooks, 'Implemented', {}, authorization));
    }
    await expectRefused(command(hooks, '/version', REG_TOKEN));
    expect(conn.unread()).toEqual([]); // no READY without an ATTACH
    expect(apiA.bearers).toEqual([]);
  });

  it('ATTACH: answers READY; hooks need that token; API calls go to that target with it', async () => {
    conn.send(`ATTACH ${apiA.target} tok-a\n`);
    expect(await conn.line()).toBe('READY');
    expect(await hook(hooks, 'Implemented', {}, 'Bearer tok-a')).toEqual({ hooks: ['ExecuteCommand'] });
    await expectRefused(hook(hooks, 'Implemented', {}, 'Bearer tok-b'));
    await expectRefused(hook(hooks, 'Implemented', {}, `Bearer ${REG_TOKEN}`));
    await expectRefused(hook(hooks, 'Implemented', {}, 'tok-a'));
    expect(await command(hooks, '/version', 'tok-a')).toEqual({ command_response: { text: 'A' } });
    expect(apiA.bearers).toEqual(['Bearer tok-a']);
    expect(apiB.bearers).toEqual([]);
    expect(conn.unread()).toEqual([]);
  });

  it('a second ATTACH switches the API target and the token', async () => {
    conn.send(`ATTACH ${apiB.target} tok-b\n`);
    expect(await conn.line()).toBe('READY');
    await expectRefused(hook(hooks, 'Implemented', {}, 'Bearer tok-a'));
    expect(await hook(hooks, 'Implemented', {}, 'Bearer tok-b')).toEqual({ hooks: ['ExecuteCommand'] });
    expect(await command(hooks, '/version', 'tok-b')).toEqual({ command_response: { text: 'B' } });
    expect(apiB.bearers).toEqual(['Bearer tok-b']);
    expect(apiA.bearers).toEqual(['Bearer tok-a']); // the first server gets nothing more
  });

  it('DETACH: hooks are refused, and a running handler API call fails at once (UNAVAILABLE)', async () => {
    const before = apiB.bearers.length;
    const running = command(hooks, '/until-detached', 'tok-b');
    await waitFor(() => apiB.bearers.length > before, 5_000, 'the handler calling the API');
    conn.send('DETACH the server stopped the plugin\n');
    const { command_response } = await within(running, 10_000, 'the handler to see the detach');
    const failure = JSON.parse(command_response?.text ?? '{}') as Msg;
    expect(failure).toMatchObject({
      code: grpc.status.UNAVAILABLE,
      details: 'not attached to a Mattermost server',
      message: expect.stringContaining('not attached to a Mattermost server'),
    });
    expect(failure.ms).toBeLessThan(1_000); // failed, did not wait for a connection
    expect(apiB.bearers.every((b) => b === 'Bearer tok-b')).toBe(true);
    for (const token of ['tok-b', 'tok-a', ''])
      await expectRefused(hook(hooks, 'Implemented', {}, `Bearer ${token}`));
    expect(conn.unread()).toEqual([]); // DETACH has no answer
  });

  it('a registration closed by the sidecar: detached, then registered again after the backoff', async () => {
    conn.send(`ATTACH ${apiA.target} tok-c\n`);
    expect(await conn.line()).toBe('READY');
    expect(await hook(hooks, 'Implemented', {}, 'Bearer tok-c')).toEqual({ hooks: ['ExecuteCommand'] });
    const closedAt = Date.now();
    conn.socket.destroy();
    const next = await sidecar.connection(5_000);
    expect(next.connectedAt - closedAt).toBeGreaterThanOrEqual(400); // RECONNECT.initialMs = 500
    expect(await within(next.registration, 5_000, 'the registration block')).toBe(firstBlock);
    await expectRefused(hook(hooks, 'Implemented', {}, 'Bearer tok-c')); // the lost connection detached
    conn = next;
    conn.send('OK registered\n');
  });

  it('BYE then close: registers again', async () => {
    conn.send('BYE a newer registration replaced this one\n');
    conn.socket.end();
    const closedAt = Date.now();
    const next = await sidecar.connection(5_000);
    expect(next.connectedAt - closedAt).toBeGreaterThanOrEqual(400); // OK reset the backoff to 500 ms
    expect(await within(next.registration, 5_000, 'the registration block')).toBe(firstBlock);
    conn = next;
  });

  it('ERR then close: registers again, the backoff doubled (only OK resets it)', async () => {
    conn.send('ERR unknown plugin id\n'); // instead of OK, as a sidecar refusing the registration
    conn.socket.end();
    const closedAt = Date.now();
    const next = await sidecar.connection(5_000);
    expect(next.connectedAt - closedAt).toBeGreaterThanOrEqual(900); // 500 ms, then 1000 ms
    expect(await within(next.registration, 5_000, 'the registration block')).toBe(firstBlock);
    conn = next;
    // The new registration works like the first one.
    conn.send(`OK registered\nATTACH ${apiB.target} tok-d\n`);
    expect(await conn.line()).toBe('READY');
    expect(await command(hooks, '/version', 'tok-d')).toEqual({ command_response: { text: 'B' } });
    expect(apiB.bearers.at(-1)).toBe('Bearer tok-d');
    // The waits the plugin logged: 500 ms after each OK'd registration, doubled after the refused one.
    expect(retries(plugin.stderr())).toEqual([500, 500, 1000]);
  });

  it('SIGTERM: exits 0 and closes the registration', async () => {
    const count = sidecar.conns.length;
    plugin.child.kill('SIGTERM');
    expect(await within(plugin.exited, 10_000, 'the plugin to exit')).toEqual({ code: 0, signal: null });
    await within(conn.closed, 5_000, 'the registration connection to close');
    await sleep(700); // longer than the first backoff: no new registration
    expect(sidecar.conns.length).toBe(count);
  });
});

describe('runPlugin remote mode: settings from the environment', () => {
  let sidecar: FakeSidecar;
  let plugin: Spawned | undefined;
  let dir: string;

  beforeAll(async () => {
    sidecar = await FakeSidecar.start();
    dir = mkdtempSync(path.join(os.tmpdir(), 'sdk-node-remote-'));
  });
  afterEach(async () => {
    await terminate(plugin);
    plugin = undefined;
  });
  afterAll(async () => {
    await sidecar?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers with MM_BRIDGE_HOOKS_ADVERTISE and the token of MM_BRIDGE_REMOTE_TOKEN_FILE', async () => {
    const file = path.join(dir, 'token');
    writeFileSync(file, '\t file-secret \n');
    plugin = spawnPlugin({
      MM_BRIDGE_REMOTE: `127.0.0.1:${sidecar.port}`,
      MM_BRIDGE_PLUGIN_ID: 'com.example.advertised',
      MM_BRIDGE_REMOTE_TOKEN_FILE: file,
      MM_BRIDGE_HOOKS_LISTEN: '127.0.0.1:0',
      MM_BRIDGE_HOOKS_ADVERTISE: 'plugin.internal:7443',
    });
    const c = await sidecar.connection(30_000);
    expect(await within(c.registration, 5_000, 'the registration block')).toBe(
      'MM-BRIDGE-REMOTE 1\nplugin-id: com.example.advertised\ntoken: file-secret\nhooks: plugin.internal:7443\n\n',
    );
    plugin.child.kill('SIGTERM');
    expect(await within(plugin.exited, 10_000, 'the plugin to exit')).toEqual({ code: 0, signal: null });
    await within(c.closed, 5_000, 'the registration connection to close');
  }, 40_000);

  it('exits with an error, without connecting, when the token is missing', async () => {
    const count = sidecar.conns.length;
    plugin = spawnPlugin({
      MM_BRIDGE_REMOTE: `127.0.0.1:${sidecar.port}`,
      MM_BRIDGE_PLUGIN_ID: 'com.example.p',
    });
    const { code } = await within(plugin.exited, 30_000, 'the plugin to exit');
    expect(code).not.toBe(0);
    expect(plugin.stderr()).toContain('MM_BRIDGE_REMOTE_TOKEN (or MM_BRIDGE_REMOTE_TOKEN_FILE) is not set');
    expect(sidecar.conns.length).toBe(count);
  }, 40_000);
});

describe('Attachment and Registration, in process', () => {
  const settings = (port: number, extra: Partial<RemoteSettings> = {}): RemoteSettings => ({
    sidecar: { host: '127.0.0.1', port },
    pluginId: 'com.example.inproc',
    token: 'reg',
    tokenFile: undefined,
    hooksListen: '127.0.0.1:0',
    hooksAdvertise: undefined,
    ...extra,
  });
  let sidecar: FakeSidecar;
  let registration: Registration | undefined;

  beforeAll(async () => {
    sidecar = await FakeSidecar.start();
  });
  afterEach(() => {
    registration?.stop();
    registration = undefined;
  });
  afterAll(async () => {
    await sidecar?.close();
  });

  it('Attachment: no client and an empty token while detached; the attached target and token after', async () => {
    const attachment = new Attachment(contract);
    const api = createApiClient(contract, attachment.apiClient, attachment.token);
    expect(attachment.token()).toBe('');
    expect(() => attachment.apiClient()).toThrow(expect.objectContaining({ code: grpc.status.UNAVAILABLE }));
    await expect(api.GetServerVersion!({})).rejects.toMatchObject({
      code: grpc.status.UNAVAILABLE,
      details: 'not attached to a Mattermost server',
    });
    const fake = await startFakeApi('X');
    try {
      attachment.attach(fake.target, 'tok-x');
      expect(attachment.token()).toBe('tok-x');
      expect(await api.GetServerVersion!({})).toEqual({ version: 'X' });
      expect(fake.bearers).toEqual(['Bearer tok-x']);
      attachment.detach();
      expect(attachment.token()).toBe('');
      await expect(api.GetServerVersion!({})).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
      expect(fake.bearers).toHaveLength(1);
    } finally {
      attachment.detach();
      await fake.close();
    }
  });

  it('hooks check the current token: none while detached, even for an empty bearer', async () => {
    const attachment = new Attachment(contract);
    const impl = hooksImplementation(
      { hooks: { ExecuteCommand: () => ({}) } },
      {
        contract,
        api: createApiClient(contract, attachment.apiClient, attachment.token),
        log: silent,
        pluginId: 'p',
        token: attachment.token,
      },
    );
    // In process: grpc-js does not send a header value with trailing whitespace ("Bearer ").
    const implemented = (authorization: string): Promise<grpc.ServiceError | null> => {
      const metadata = new grpc.Metadata();
      metadata.set('authorization', authorization);
      return new Promise((resolve) =>
        (impl.Implemented as grpc.handleUnaryCall<Msg, Msg>)(
          { metadata, request: {} } as grpc.ServerUnaryCall<Msg, Msg>,
          (err) => resolve(err as grpc.ServiceError | null),
        ),
      );
    };
    for (const a of ['Bearer ', 'Bearer', '']) {
      expect(await implemented(a)).toMatchObject({ code: grpc.status.UNAUTHENTICATED });
    }
    attachment.attach('127.0.0.1:1', 'tok');
    expect(await implemented('Bearer tok')).toBeNull();
    expect(await implemented('Bearer ')).toMatchObject({ code: grpc.status.UNAUTHENTICATED });
    attachment.detach();
    expect(await implemented('Bearer tok')).toMatchObject({ code: grpc.status.UNAUTHENTICATED });
    expect(await implemented('Bearer ')).toMatchObject({ code: grpc.status.UNAUTHENTICATED });
  });

  it('advertises MM_BRIDGE_HOOKS_ADVERTISE, or :<hooks port>', async () => {
    registration = new Registration({
      settings: settings(sidecar.port, { hooksAdvertise: '[fd00::1]:9443' }),
      hooksPort: 1234,
      attachment: new Attachment(contract),
      log: silent,
    });
    const c1 = await sidecar.connection();
    expect(await within(c1.registration, 5_000, 'the block')).toBe(
      'MM-BRIDGE-REMOTE 1\nplugin-id: com.example.inproc\ntoken: reg\nhooks: [fd00::1]:9443\n\n',
    );
    registration.stop();
    registration = new Registration({
      settings: settings(sidecar.port),
      hooksPort: 1234,
      attachment: new Attachment(contract),
      log: silent,
    });
    const c2 = await sidecar.connection();
    expect(await within(c2.registration, 5_000, 'the block')).toBe(
      'MM-BRIDGE-REMOTE 1\nplugin-id: com.example.inproc\ntoken: reg\nhooks: :1234\n\n',
    );
  });

  it('reads MM_BRIDGE_REMOTE_TOKEN_FILE again at each registration (rotation), keeping the last token if it cannot', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'remote-token-'));
    const file = path.join(dir, 'token');
    writeFileSync(file, 'first\n');
    try {
      registration = new Registration({
        settings: settings(sidecar.port, { token: 'first', tokenFile: file }),
        hooksPort: 1,
        attachment: new Attachment(contract),
        log: silent,
        initialBackoffMs: 20,
      });
      const block = (token: string): string =>
        `MM-BRIDGE-REMOTE 1\nplugin-id: com.example.inproc\ntoken: ${token}\nhooks: :1\n\n`;
      const c1 = await sidecar.connection();
      expect(await within(c1.registration, 5_000, 'the first block')).toBe(block('first'));
      writeFileSync(file, 'rotated\n');
      c1.socket.destroy();
      const c2 = await sidecar.connection();
      expect(await within(c2.registration, 5_000, 'the second block')).toBe(block('rotated'));
      rmSync(file);
      c2.socket.destroy();
      const c3 = await sidecar.connection();
      expect(await within(c3.registration, 5_000, 'the third block')).toBe(block('first'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads lines split across packets and several in one; ignores bad ATTACH and unknown lines', async () => {
    const attachment = new Attachment(contract);
    registration = new Registration({
      settings: settings(sidecar.port),
      hooksPort: 1,
      attachment,
      log: silent,
    });
    const c = await sidecar.connection();
    await within(c.registration, 5_000, 'the block');
    for (const part of ['OK regis', 'tered\nATT', 'ACH 127.0.0.1:1 tok', 'en-1\n']) {
      c.send(part);
      await sleep(20);
    }
    expect(await c.line()).toBe('READY');
    expect(attachment.token()).toBe('token-1');
    // dns://a/b/c: grpc-js throws at once on it (it used to crash the plugin process).
    c.send('DETACH bye\nATTACH only-a-target\nWHAT is this\nATTACH  \nATTACH dns://a/b/c tok\n');
    c.send('ATTACH 127.0.0.1:2 token-2\n');
    expect(await c.line()).toBe('READY'); // the one of the last ATTACH: the bad ones got none
    expect(attachment.token()).toBe('token-2');
    c.send('DETACH done\n');
    await waitFor(() => attachment.token() === '', 5_000, 'the detach');
    expect(c.unread()).toEqual([]);
    expect(sidecar.conns.at(-1)).toBe(c); // still the same connection
  });

  it('stop(): closes the registration, detaches, and never connects again', async () => {
    const attachment = new Attachment(contract);
    registration = new Registration({
      settings: settings(sidecar.port),
      hooksPort: 1,
      attachment,
      log: silent,
      initialBackoffMs: 20,
    });
    const c = await sidecar.connection();
    c.send('OK registered\nATTACH 127.0.0.1:1 t\n');
    expect(await c.line()).toBe('READY');
    const count = sidecar.conns.length;
    registration.stop();
    expect(attachment.token()).toBe('');
    await within(c.closed, 5_000, 'the connection to close');
    await sleep(200);
    expect(sidecar.conns.length).toBe(count);
  });

  it('stop() during the backoff cancels the reconnection', async () => {
    registration = new Registration({
      settings: settings(sidecar.port),
      hooksPort: 1,
      attachment: new Attachment(contract),
      log: silent,
      initialBackoffMs: 100,
    });
    const c = await sidecar.connection();
    await within(c.registration, 5_000, 'the block');
    const count = sidecar.conns.length;
    c.socket.destroy();
    await sleep(30); // the plugin saw the close and waits 100 ms
    registration.stop();
    await sleep(300);
    expect(sidecar.conns.length).toBe(count);
  });

  it('keeps retrying while nothing listens, and registers once the sidecar is up', async () => {
    const port = await freePort();
    registration = new Registration({
      settings: settings(port),
      hooksPort: 1,
      attachment: new Attachment(contract),
      log: silent,
      initialBackoffMs: 20,
    });
    await sleep(200); // several refused attempts (20, 40, 80 ms apart)
    const late = await FakeSidecar.start(port);
    try {
      const c = await late.connection(5_000);
      expect(await within(c.registration, 5_000, 'the block')).toContain('plugin-id: com.example.inproc\n');
    } finally {
      registration.stop();
      await late.close();
    }
  });
});
