/**
 * Remote plugins registering on the sidecar's attach port (src/bridge/sidecar/remote-protocol.ts),
 * driven by raw TCP clients against a real Sidecar: the OK path and what is parked, each refusal,
 * replacement by a newer registration, disconnects, stop(), the registry's hand-off to a runner
 * (ATTACH/READY/DETACH on the wire), and the shared request decoder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.ts';
import type { RemoteLink } from '../../../src/bridge/runtime/remote-runner.ts';
import {
  ATTACH_MAGIC,
  AttachProtocolError,
  type AttachRequest,
} from '../../../src/bridge/sidecar/attach-protocol.ts';
import type { RemoteConnection } from '../../../src/bridge/sidecar/remote-connection.ts';
import {
  hooksAddress,
  REMOTE_MAGIC,
  sidecarRequestDecoder,
  type RemoteRequest,
  type SidecarRequest,
} from '../../../src/bridge/sidecar/remote-protocol.ts';
import type { Sidecar, SidecarOptions } from '../../../src/bridge/sidecar/sidecar.ts';
import {
  attachRequestText,
  captureLog,
  lineClient,
  startTestSidecar,
  TEST_ATTACH_SECRET as SECRET,
  type LineClient,
} from '../../helpers/sidecar.ts';
import { until, within } from '../../helpers/wait.ts';

const PLUGIN_ID = 'com.example.remote';
const TOKEN = 'remote-token-0123456789abcdef';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** A remote tokens file; `write` replaces its content (rotation). */
function tokensFile(tokens: Record<string, string> = { [PLUGIN_ID]: TOKEN }): {
  file: string;
  write: (t: Record<string, string>) => void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'mm-bridge-remote-reg-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'remote-tokens.json');
  const write = (t: Record<string, string>): void => writeFileSync(file, JSON.stringify(t));
  write(tokens);
  return { file, write };
}

const start = (o: Partial<SidecarOptions> = {}): Promise<Sidecar> => startTestSidecar(cleanup, o);
const client = (s: Sidecar, send?: string | Buffer): Promise<LineClient> => lineClient(s, cleanup, send);
const capture = captureLog;

/** A sidecar that accepts PLUGIN_ID with TOKEN. */
async function startRemote(o: Partial<SidecarOptions> = {}): Promise<Sidecar> {
  return start({ remoteTokensFile: tokensFile().file, ...o });
}

function registration(r: Partial<RemoteRequest> = {}, version = '1'): string {
  const q: RemoteRequest = { pluginId: PLUGIN_ID, token: TOKEN, hooks: ':50051', ...r };
  return `${REMOTE_MAGIC} ${version}\nplugin-id: ${q.pluginId}\ntoken: ${q.token}\nhooks: ${q.hooks}\n\n`;
}

function attachWire(r: Partial<AttachRequest> = {}): string {
  return attachRequestText({
    secret: SECRET,
    pluginId: PLUGIN_ID,
    bundle: '/nonexistent/bundle',
    protocolVersions: '1',
    ...r,
  });
}

/** Sends `request` on a fresh connection; the whole answer once the sidecar closed it. */
async function answer(s: Sidecar, request: string | Buffer): Promise<string> {
  return within((await client(s, request)).closed, 'the sidecar to close the connection');
}

/** Registers and waits until the sidecar parked the registration. */
async function register(s: Sidecar, r: Partial<RemoteRequest> = {}): Promise<LineClient> {
  const c = await client(s, registration(r));
  expect(await c.line()).toBe('OK registered');
  const id = r.pluginId ?? PLUGIN_ID;
  await until(() => s.remotes.parked.has(id), `${id} to be parked`);
  return c;
}

describe('remote registration: accepted', () => {
  it('answers exactly "OK registered", keeps the connection open and parks it until the plugin starts', async () => {
    const log = capture();
    const s = await startRemote({ log: createLogger({ level: 'info', destination: log.stream }) });
    const c = await register(s);
    const conn = s.remotes.parked.get(PLUGIN_ID)!;
    expect(conn.pluginId).toBe(PLUGIN_ID);
    expect(conn.peer).toBe('127.0.0.1');
    expect(conn.localHost).toBe('127.0.0.1');
    expect(conn.hooksAddress).toBe('127.0.0.1:50051'); // ":PORT" is the peer's address
    expect(conn.open).toBe(true);
    expect(c.received()).toBe('OK registered\n');
    expect(c.socket.destroyed).toBe(false);
    expect([...s.remotes.parked.keys()]).toEqual([PLUGIN_ID]);
    expect(s.plugins.size).toBe(0);
    expect(log.lines()).toContainEqual(
      expect.objectContaining({
        '@message': 'remote plugin registered; waiting for the server to start it',
        plugin_id: PLUGIN_ID,
        hooks_address: '127.0.0.1:50051',
      }),
    );
  });

  it('keeps a registration open past the attach request deadline', async () => {
    const s = await startRemote({ attachTimeoutMs: 500 });
    const c = await register(s);
    const late = await client(s); // sends nothing: refused at the deadline
    expect(await within(late.closed, 'the deadline refusal')).toBe(
      'ERR no complete attach request within 500 ms\n',
    );
    expect(c.socket.destroyed).toBe(false);
    expect(c.received()).toBe('OK registered\n');
    expect(s.remotes.parked.get(PLUGIN_ID)?.open).toBe(true);
  });

  it('uses a HOST:PORT hooks address as given', async () => {
    const s = await startRemote();
    await register(s, { hooks: 'plugin-a.svc.cluster.local:7000' });
    expect(s.remotes.parked.get(PLUGIN_ID)?.hooksAddress).toBe('plugin-a.svc.cluster.local:7000');
  });

  it('parks registrations of different plugins side by side', async () => {
    const { file } = tokensFile({ [PLUGIN_ID]: TOKEN, 'com.example.two': TOKEN + '-two' });
    const s = await start({ remoteTokensFile: file });
    const one = await register(s, { hooks: ':7001' });
    const two = await register(s, { pluginId: 'com.example.two', token: TOKEN + '-two', hooks: ':7002' });
    expect(s.remotes.parked.get(PLUGIN_ID)?.hooksAddress).toBe('127.0.0.1:7001');
    expect(s.remotes.parked.get('com.example.two')?.hooksAddress).toBe('127.0.0.1:7002');
    expect([one.socket.destroyed, two.socket.destroyed]).toEqual([false, false]);
  });

  it('reads the tokens file at each registration: a rotated token is accepted without a restart', async () => {
    const tokens = tokensFile();
    const s = await start({ remoteTokensFile: tokens.file });
    const rotated = 'rotated-token-fedcba9876543210';
    expect(await answer(s, registration({ token: rotated }))).toMatch(/^ERR wrong remote token/);
    tokens.write({ [PLUGIN_ID]: rotated });
    await register(s, { token: rotated });
    expect(await answer(s, registration({ token: TOKEN }))).toMatch(/^ERR wrong remote token/);
  });
});

describe('remote registration: refusals', () => {
  /** One ERR line, then closed; nothing parked. */
  async function refused(s: Sidecar, request: string | Buffer): Promise<string> {
    const reply = await answer(s, request);
    expect(reply.split('\n'), reply).toHaveLength(2);
    expect(reply.endsWith('\n')).toBe(true);
    expect(s.remotes.parked.size).toBe(0);
    return reply.slice(0, -1);
  }

  it('refuses every registration when the sidecar has no remote tokens file', async () => {
    const s = await start();
    expect(await refused(s, registration())).toBe(
      'ERR remote plugins are not enabled on this sidecar: start it with --remote-tokens-file (MM_BRIDGE_REMOTE_TOKENS_FILE)',
    );
  });

  it('refuses a wrong token, and an unknown plugin id with the same message', async () => {
    const s = await startRemote();
    expect(await refused(s, registration({ token: TOKEN + 'x' }))).toBe(
      `ERR wrong remote token for plugin "${PLUGIN_ID}": set MM_BRIDGE_REMOTE_TOKEN to its entry in the sidecar's remote tokens file`,
    );
    expect(await refused(s, registration({ pluginId: 'com.example.nobody' }))).toBe(
      `ERR wrong remote token for plugin "com.example.nobody": set MM_BRIDGE_REMOTE_TOKEN to its entry in the sidecar's remote tokens file`,
    );
  });

  it('refuses the attach secret as a remote token', async () => {
    const s = await startRemote();
    expect(await refused(s, registration({ token: SECRET }))).toMatch(/^ERR wrong remote token/);
  });

  it('refuses when the tokens file is broken, naming it', async () => {
    const tokens = tokensFile();
    writeFileSync(tokens.file, '{ "half": ');
    const s = await start({ remoteTokensFile: tokens.file });
    expect(await refused(s, registration())).toMatch(
      `ERR cannot read the remote tokens file ${tokens.file}: `,
    );
  });

  it.each(['..', '...', 'a/b', '../../etc', 'ab', 'with space', 'x'.repeat(191)])(
    'refuses the invalid plugin id %j',
    async (id) => {
      const { file } = tokensFile({ [id]: TOKEN });
      const s = await start({ remoteTokensFile: file });
      expect(await refused(s, registration({ pluginId: id }))).toBe(
        `ERR invalid plugin id ${JSON.stringify(id)}`,
      );
    },
  );

  it.each(['localhost', 'host:', 'host:0', ':0', ':65536', 'host:123456', 'host:http', '50051', 'host:-1'])(
    'refuses the hooks address %j (not HOST:PORT or :PORT)',
    async (hooks) => {
      const s = await startRemote();
      expect(await refused(s, registration({ hooks }))).toBe(
        `ERR hooks must be HOST:PORT or :PORT (the PluginHooks server), got ${JSON.stringify(hooks)}`,
      );
    },
  );

  it('refuses another protocol version, saying what to upgrade', async () => {
    const s = await startRemote();
    expect(await refused(s, registration({}, '2'))).toBe(
      'ERR remote registration protocol version "2" is not supported (this sidecar speaks 1); use the SDK of this mm-bridge version',
    );
  });

  it.each(['plugin-id', 'token', 'hooks'])('refuses a registration without %s', async (field) => {
    const s = await startRemote();
    const without = registration().replace(new RegExp(`^${field}: .*\\n`, 'm'), '');
    expect(without).not.toBe(registration());
    expect(await refused(s, without)).toBe(`ERR remote registration request without ${field}`);
  });

  it('refuses a field of the stub request in a registration', async () => {
    const s = await startRemote();
    const text = registration().replace('hooks:', `secret: ${SECRET}\nhooks:`);
    expect(await refused(s, text)).toBe(`ERR bad remote registration request line "secret: ${SECRET}"`);
  });

  it.each([
    ['a magic neither of the stub nor of a remote plugin', 'MM-BRIDGE-REMOTX'],
    ['an HTTP request', 'GET'],
    ['a magic followed by something else than a space', `${REMOTE_MAGIC}:1`],
  ])('refuses %s on its first bytes, before any blank line or newline', async (_, sent) => {
    const s = await startRemote();
    const c = await client(s, sent); // no newline: the sidecar must not wait for more
    const reply = await within(c.closed, 'the refusal');
    expect(reply).toBe(`ERR not an mm-bridge attach request (starts with ${JSON.stringify(sent)})\n`);
    expect(s.remotes.parked.size).toBe(0);
  });

  it('does not let a refused registration disturb the parked one of the same plugin', async () => {
    const s = await startRemote();
    const c = await register(s, { hooks: ':7001' });
    expect(await answer(s, registration({ token: 'wrong-token-wrong-token', hooks: ':7002' }))).toMatch(
      /^ERR wrong remote token/,
    );
    expect(await answer(s, registration({ hooks: 'no-port' }))).toMatch(/^ERR hooks must be/);
    expect(s.remotes.parked.get(PLUGIN_ID)?.hooksAddress).toBe('127.0.0.1:7001');
    expect(c.received()).toBe('OK registered\n');
    expect(c.socket.destroyed).toBe(false);
  });

  it('logs each refusal with the peer and the reason', async () => {
    const log = capture();
    const s = await startRemote({ log: createLogger({ level: 'info', destination: log.stream }) });
    await answer(s, registration({ token: 'nope-nope-nope-nope' }));
    expect(log.lines()).toContainEqual(
      expect.objectContaining({
        '@level': 'warn',
        '@message': 'attach refused',
        peer: '127.0.0.1',
        reason: expect.stringMatching(/^wrong remote token/),
      }),
    );
    expect(JSON.stringify(log.lines())).not.toContain('nope-nope-nope-nope');
  });

  it('refuses registrations once the sidecar is stopping', async () => {
    const s = await startRemote();
    const c = await client(s); // connected before stop(), request sent after
    await s.stop();
    c.socket.write(registration());
    expect(await within(c.closed, 'the refusal')).toBe('ERR the sidecar is stopping\n');
    expect(s.remotes.parked.size).toBe(0);
  });
});

describe('remote registration: replacement, disconnect, stop', () => {
  it('a second registration of the same plugin replaces the first: the first gets BYE and is closed', async () => {
    const s = await startRemote();
    const first = await register(s, { hooks: ':7001' });
    const parkedFirst = s.remotes.parked.get(PLUGIN_ID);
    const second = await client(s, registration({ hooks: ':7002' }));
    expect(await second.line()).toBe('OK registered');
    expect(await within(first.closed, 'the first registration to be closed')).toBe(
      'OK registered\nBYE replaced by a newer registration of this plugin\n',
    );
    expect(s.remotes.parked.get(PLUGIN_ID)).not.toBe(parkedFirst);
    expect(s.remotes.parked.get(PLUGIN_ID)?.hooksAddress).toBe('127.0.0.1:7002');
    expect(s.remotes.parked.get(PLUGIN_ID)?.open).toBe(true);
    expect(second.socket.destroyed).toBe(false);
    expect(second.received()).toBe('OK registered\n');
  });

  it('a registration that disconnects is no longer parked', async () => {
    const s = await startRemote();
    const c = await register(s);
    c.socket.destroy();
    await until(() => !s.remotes.parked.has(PLUGIN_ID), 'the registration to be removed');
  });

  it('the close of a replaced registration does not remove its successor', async () => {
    const s = await startRemote();
    await register(s, { hooks: ':7001' });
    const replaced = s.remotes.parked.get(PLUGIN_ID)!;
    await register(s, { hooks: ':7002' });
    await until(() => s.remotes.parked.get(PLUGIN_ID) !== replaced, 'the replacement');
    // the sidecar's end of the first is closed (its handlers ran): the successor stays parked
    await within(replaced.closed, 'the replaced connection to close');
    await new Promise((r) => setImmediate(r));
    expect(replaced.open).toBe(false);
    expect(s.remotes.parked.get(PLUGIN_ID)?.hooksAddress).toBe('127.0.0.1:7002');
  });

  it('stop() sends BYE to parked registrations and closes them', async () => {
    const { file } = tokensFile({ [PLUGIN_ID]: TOKEN, 'com.example.two': TOKEN + '-two' });
    const s = await start({ remoteTokensFile: file });
    const one = await register(s);
    const two = await register(s, { pluginId: 'com.example.two', token: TOKEN + '-two' });
    await s.stop();
    expect(await within(one.closed, 'the first to be closed')).toBe(
      'OK registered\nBYE the sidecar is stopping\n',
    );
    expect(await within(two.closed, 'the second to be closed')).toBe(
      'OK registered\nBYE the sidecar is stopping\n',
    );
    expect(s.remotes.parked.size).toBe(0);
    await expect(client(s)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('a line from a parked registration other than READY closes it with BYE', async () => {
    const s = await startRemote();
    const c = await register(s);
    c.socket.write('HELLO\n');
    expect(await within(c.closed, 'the registration to be closed')).toBe(
      'OK registered\nBYE unexpected line (expected READY after ATTACH)\n',
    );
    await until(() => !s.remotes.parked.has(PLUGIN_ID), 'the registration to be removed');
  });
});

describe('remote registration: hand-off to a runner (RemoteRegistry.subscribe)', () => {
  it('a subscriber takes the parked registration at once; ATTACH resolves on READY; unsubscribe(keep) sends DETACH and parks it again', async () => {
    const s = await startRemote();
    const c = await register(s);
    const taken: RemoteLink[] = [];
    const unsubscribe = s.remotes.subscribe(PLUGIN_ID, (l) => taken.push(l));
    expect(taken).toHaveLength(1);
    expect(s.remotes.parked.has(PLUGIN_ID)).toBe(false);
    const link = taken[0]!;

    const attached = link.attach('127.0.0.1:4242', 'api-token-123', 5_000);
    expect(await c.line()).toBe('ATTACH 127.0.0.1:4242 api-token-123');
    c.socket.write('READY\n');
    await within(attached, 'READY to resolve attach');

    unsubscribe(link);
    expect(await c.line()).toBe('DETACH the server stopped the plugin');
    expect(s.remotes.parked.get(PLUGIN_ID)).toBe(link);
    expect(c.socket.destroyed).toBe(false);

    // the next activation takes the same connection: ATTACH on it again
    const again: RemoteLink[] = [];
    s.remotes.subscribe(PLUGIN_ID, (l) => again.push(l));
    expect(again).toEqual([link]);
    const second = link.attach('127.0.0.1:4343', 'api-token-456', 5_000);
    expect(await c.line()).toBe('ATTACH 127.0.0.1:4343 api-token-456');
    c.socket.write('READY\r\n');
    await within(second, 'READY to resolve the second attach');
  });

  it('a registration arriving while subscribed goes to the subscriber, not to the parking', async () => {
    const s = await startRemote();
    const taken: RemoteLink[] = [];
    s.remotes.subscribe(PLUGIN_ID, (l) => taken.push(l));
    const c = await client(s, registration({ hooks: ':7009' }));
    expect(await c.line()).toBe('OK registered');
    await until(() => taken.length === 1, 'the subscriber to get the registration');
    expect(taken[0]!.hooksAddress).toBe('127.0.0.1:7009');
    expect(s.remotes.parked.size).toBe(0);
  });

  it('unsubscribe() without a link to keep leaves nothing parked and sends nothing', async () => {
    const s = await startRemote();
    const c = await register(s);
    const unsubscribe = s.remotes.subscribe(PLUGIN_ID, () => {});
    unsubscribe();
    expect(s.remotes.parked.size).toBe(0);
    expect(c.received()).toBe('OK registered\n');
  });

  it('ATTACH without READY rejects after its timeout; a disconnect rejects a pending ATTACH', async () => {
    const s = await startRemote();
    const c = await register(s);
    let link: RemoteLink | undefined;
    s.remotes.subscribe(PLUGIN_ID, (l) => (link = l));
    await expect(link!.attach('127.0.0.1:1', 't', 100)).rejects.toThrow(
      'the remote plugin did not answer ATTACH with READY within 100 ms',
    );
    const pending = link!.attach('127.0.0.1:1', 't', 10_000);
    expect(await c.line()).toBe('ATTACH 127.0.0.1:1 t');
    expect(await c.line()).toBe('ATTACH 127.0.0.1:1 t');
    c.socket.destroy();
    await expect(within(pending, 'the attach to reject')).rejects.toThrow('the remote plugin disconnected');
    await expect(link!.attach('127.0.0.1:1', 't', 100)).rejects.toThrow('the remote plugin disconnected');
  });

  it('close(reason) sends BYE with the reason and closes; the link reports it closed', async () => {
    const s = await startRemote();
    const c = await register(s);
    let link: RemoteLink | undefined;
    s.remotes.subscribe(PLUGIN_ID, (l) => (link = l));
    link!.close('registration failed: because\nOK forged');
    expect(await within(c.closed, 'the close')).toBe(
      'OK registered\nBYE registration failed: because OK forged\n',
    );
    await within(link!.closed, 'link.closed');
    expect((link as RemoteConnection).open).toBe(false);
  });
});

describe('the stub attach path on the shared decoder', () => {
  it('still refuses a wrong attach secret with the fix-it message', async () => {
    const s = await startRemote();
    expect(await answer(s, attachWire({ secret: 'not-it' }))).toBe(
      'ERR wrong attach secret: set MM_BRIDGE_ATTACH_SECRET on the Mattermost server to the secret the sidecar was started with\n',
    );
    expect(s.plugins.size).toBe(0);
    expect(s.remotes.parked.size).toBe(0);
  });

  it('does not take a remote token as the attach secret', async () => {
    const s = await startRemote();
    expect(await answer(s, attachWire({ secret: TOKEN }))).toMatch(/^ERR wrong attach secret/);
  });
});

describe('hooksAddress', () => {
  it('takes the registering peer for ":PORT", in brackets when it is IPv6', () => {
    expect(hooksAddress(':7000', '10.0.0.7')).toBe('10.0.0.7:7000');
    expect(hooksAddress(':7000', '::1')).toBe('[::1]:7000');
    expect(hooksAddress(':7000', 'fd00::17')).toBe('[fd00::17]:7000');
  });

  it('keeps HOST:PORT, bracketed IPv6 included, and normalizes the port', () => {
    expect(hooksAddress('plugin:7000', '10.0.0.7')).toBe('plugin:7000');
    expect(hooksAddress('[fd00::17]:7000', '10.0.0.7')).toBe('[fd00::17]:7000');
    expect(hooksAddress('plugin:07000', '10.0.0.7')).toBe('plugin:7000');
    expect(hooksAddress('plugin:65535', '10.0.0.7')).toBe('plugin:65535');
    expect(hooksAddress(':1', '10.0.0.7')).toBe('10.0.0.7:1');
  });
});

describe('sidecarRequestDecoder properties', () => {
  function feed(bytes: Buffer, chunks: Buffer[]): SidecarRequest | undefined {
    const d = sidecarRequestDecoder();
    for (const c of chunks) {
      const r = d.push(c);
      if (r) return r;
    }
    return undefined;
  }

  /** Splits at the given cut points (any order, duplicates and out-of-range ones allowed). */
  function cut(bytes: Buffer, at: number[]): Buffer[] {
    const points = [...new Set(at.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b);
    const out: Buffer[] = [];
    let pos = 0;
    for (const p of [...points, bytes.length]) {
      out.push(bytes.subarray(pos, p));
      pos = p;
    }
    return out;
  }

  const idChars = fc.constantFrom(
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.'.split(''),
  );
  /** What the sidecar accepts as a plugin id. */
  const pluginId = fc.string({ unit: idChars, minLength: 3, maxLength: 190 }).filter((s) => !/^\.+$/.test(s));
  /** A token as sent: no newline, and what trim() keeps. */
  const token = fc
    .string({ unit: 'grapheme', minLength: 16, maxLength: 80 })
    .filter((s) => !/[\r\n]/.test(s) && s.trim() === s);
  const host = fc.oneof(
    fc.constant(''),
    fc.domain(),
    fc.ipV4(),
    fc.ipV6().map((a) => `[${a}]`),
  );
  const hooks = fc.tuple(host, fc.integer({ min: 1, max: 65535 })).map(([h, p]) => `${h}:${p}`);
  const cuts = fc.array(fc.nat({ max: 4096 }), { maxLength: 12 });

  it('a valid registration round-trips to {kind: "remote", ...} in any chunking', () => {
    fc.assert(
      fc.property(pluginId, token, hooks, cuts, (id, t, h, at) => {
        const bytes = Buffer.from(registration({ pluginId: id, token: t, hooks: h }));
        const expected = { kind: 'remote', pluginId: id, token: t, hooks: h };
        expect(feed(bytes, [bytes])).toEqual(expected);
        expect(feed(bytes, cut(bytes, at))).toEqual(expected);
        // and its hooks field names an address the sidecar can dial
        expect(hooksAddress(h, '10.0.0.7')).toMatch(/:\d+$/);
      }),
      { numRuns: 300 },
    );
  });

  it('byte by byte too', () => {
    fc.assert(
      fc.property(pluginId, token, hooks, (id, t, h) => {
        const bytes = Buffer.from(registration({ pluginId: id, token: t, hooks: h }));
        const chunks = [...bytes].map((b) => Buffer.from([b]));
        expect(feed(bytes, chunks)).toEqual({ kind: 'remote', pluginId: id, token: t, hooks: h });
      }),
      { numRuns: 50 },
    );
  });

  it('a stub request still decodes to {kind: "attach", ...} in any chunking', () => {
    fc.assert(
      fc.property(pluginId, token, cuts, (id, secret, at) => {
        const bytes = Buffer.from(attachWire({ pluginId: id, secret }));
        const r = feed(bytes, cut(bytes, at));
        expect(r).toEqual({
          kind: 'attach',
          secret,
          pluginId: id,
          bundle: '/nonexistent/bundle',
          protocolVersions: '1',
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a first line that starts neither magic is refused before its newline', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes('\n')),
        (first) => {
          fc.pre(![ATTACH_MAGIC, REMOTE_MAGIC].some((m) => `${m} `.startsWith(first.slice(0, m.length + 1))));
          const d = sidecarRequestDecoder();
          expect(() => d.push(Buffer.from(first))).toThrow(AttachProtocolError);
        },
      ),
      { numRuns: 300 },
    );
  });
});
