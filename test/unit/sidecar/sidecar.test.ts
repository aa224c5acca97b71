/**
 * The sidecar's attach listener (src/bridge/sidecar/sidecar.ts) driven by raw TCP clients: refusals
 * (secret, not the protocol, slow, bad plugin id, bundle) and the OK path with a bundle whose
 * language plugin never gets past its start (the attach answer does not wait for it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.ts';
import type { AttachRequest } from '../../../src/bridge/sidecar/attach-protocol.ts';
import {
  ATTACH_REQUEST_TIMEOUT_MS,
  type Sidecar,
  type SidecarOptions,
} from '../../../src/bridge/sidecar/sidecar.ts';
import {
  attachRequestText,
  captureLog,
  lineClient,
  startTestSidecar,
  TEST_ATTACH_SECRET as SECRET,
  type LineClient,
} from '../../helpers/sidecar.ts';
import { until } from '../../helpers/wait.ts';

const PLUGIN_ID = 'com.example.sidecar';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

const start = (o: Partial<SidecarOptions> = {}): Promise<Sidecar> => startTestSidecar(cleanup, o);
const client = (s: Sidecar, send?: string | Buffer): Promise<LineClient> => lineClient(s, cleanup, send);
const capture = captureLog;

function wire(r: Partial<AttachRequest> = {}, version = '1'): string {
  return attachRequestText(
    { secret: SECRET, pluginId: PLUGIN_ID, bundle: '/nonexistent/bundle', protocolVersions: '1', ...r },
    version,
  );
}

/** Sends `request` on a fresh connection; the whole answer once the sidecar closed it. */
async function answer(s: Sidecar, request: string | Buffer): Promise<string> {
  return (await client(s, request)).closed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A bundle whose language plugin records its pid and then waits on stdin without a handshake (so
 * it stays "starting"; it exits when its stdin closes, i.e. when this test process goes away).
 * Every pid is killed after the test: see the report on plugins detached while starting.
 */
function bundle(manifestId = PLUGIN_ID): { dir: string; started: () => number[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mm-bridge-sidecar-'));
  const pidFile = path.join(dir, 'started.pids');
  writeFileSync(
    path.join(dir, 'plugin.json'),
    JSON.stringify({
      id: manifestId,
      props: {
        bridge: {
          command: ['sh', '-c', `echo $$ >> '${pidFile}'; exec cat > /dev/null`],
          start_timeout_ms: 60_000,
          restart: { max_restarts: 0 },
        },
      },
    }),
  );
  const started = (): number[] =>
    existsSync(pidFile) ? readFileSync(pidFile, 'utf8').split('\n').filter(Boolean).map(Number) : [];
  cleanup.push(() => {
    for (const pid of started())
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* exited */
      }
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, started };
}

describe('sidecar attach listener: refusals', () => {
  it('refuses a wrong secret with the fix-it message and closes', async () => {
    const s = await start();
    expect(await answer(s, wire({ secret: 'not-it' }))).toBe(
      'ERR wrong attach secret: set MM_BRIDGE_ATTACH_SECRET on the Mattermost server to the secret the sidecar was started with\n',
    );
    expect(s.plugins.size).toBe(0);
  });

  it('checks the secret before anything else it was sent', async () => {
    const s = await start();
    expect(await answer(s, wire({ secret: SECRET + 'x', pluginId: '..' }))).toMatch(
      /^ERR wrong attach secret/,
    );
  });

  it.each([
    [
      'an HTTP request',
      'GET / HTTP/1.1\r\nHost: sidecar\r\n\r\n',
      'not an mm-bridge attach request (starts with "GET / HTTP/1.1\\r")',
    ],
    [
      'a TLS ClientHello',
      Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01]),
      'not an mm-bridge attach request',
    ],
    ['another protocol version', wire({}, '2'), 'attach protocol version "2" is not supported'],
    ['a request without a field', wire().replace(/^bundle: .*\n/m, ''), 'attach request without bundle'],
  ])('refuses %s with ERR and closes', async (_, input, reason) => {
    const s = await start();
    const reply = await answer(s, input);
    expect(reply.startsWith(`ERR ${reason}`)).toBe(true);
    expect(reply.split('\n')).toHaveLength(2); // one line, then closed
  });

  it('refuses a non-protocol peer on its first bytes, without waiting for more', async () => {
    const s = await start();
    const c = await client(s, 'GET');
    expect(await c.closed).toBe('ERR not an mm-bridge attach request (starts with "GET")\n');
  });

  it.each(['..', '...', 'a/b', '../../etc', 'ab', 'with space', 'x'.repeat(191)])(
    'refuses the invalid plugin id %j',
    async (id) => {
      const s = await start({ pluginsDir: '/mattermost/plugins' });
      expect(await answer(s, wire({ pluginId: id }))).toBe(`ERR invalid plugin id ${JSON.stringify(id)}\n`);
    },
  );

  it('refuses a bundle dir without a plugin.json, naming it', async () => {
    const s = await start();
    expect(await answer(s, wire({ bundle: '/nonexistent/bundle' }))).toMatch(
      /^ERR cannot read \/nonexistent\/bundle\/plugin\.json: ENOENT/,
    );
    expect(s.plugins.size).toBe(0);
  });

  it('looks the bundle up under pluginsDir by plugin id when set, naming that path', async () => {
    const s = await start({ pluginsDir: '/srv/mounted-plugins' });
    expect(await answer(s, wire({ bundle: '/mattermost/plugins/whatever' }))).toMatch(
      new RegExp(
        `^ERR cannot read /srv/mounted-plugins/${PLUGIN_ID.replace(/\./g, '\\.')}/plugin\\.json: ENOENT`,
      ),
    );
  });

  it('refuses a bundle that is another plugin, naming both ids, without starting its language plugin', async () => {
    const b = bundle('com.example.other');
    const s = await start();
    expect(await answer(s, wire({ bundle: b.dir }))).toBe(
      `ERR the bundle at ${b.dir} is plugin "com.example.other", not "${PLUGIN_ID}"\n`,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(b.started(), 'language plugin processes started for a refused attach').toEqual([]);
  });

  it(
    `refuses a client that sends no complete request within ATTACH_REQUEST_TIMEOUT_MS (${ATTACH_REQUEST_TIMEOUT_MS} ms)`,
    async () => {
      const s = await start();
      const t0 = Date.now();
      const c = await client(s, wire().slice(0, 40));
      expect(await c.closed).toBe(`ERR no complete attach request within ${ATTACH_REQUEST_TIMEOUT_MS} ms\n`);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(ATTACH_REQUEST_TIMEOUT_MS - 100);
    },
    ATTACH_REQUEST_TIMEOUT_MS + 10_000,
  );

  it('logs each refusal with the peer and the reason', async () => {
    const log = capture();
    const s = await start({ log: createLogger({ level: 'info', destination: log.stream }) });
    await answer(s, wire({ secret: 'nope' }));
    expect(log.lines()).toContainEqual(
      expect.objectContaining({
        '@level': 'warn',
        '@message': 'attach refused',
        peer: '127.0.0.1',
        reason: expect.stringMatching(/^wrong attach secret/),
      }),
    );
  });
});

describe('sidecar attach listener: attaching', () => {
  it('answers OK with a go-plugin handshake line for a one-time listener, and detaches when the stub goes', async () => {
    const b = bundle();
    const s = await start();
    const stub = await client(s, wire({ bundle: b.dir }));
    const ok = await stub.line();
    const m = /^OK 1\|1\|tcp\|127\.0\.0\.1:(\d+)\|netrpc\|$/.exec(ok);
    expect(m, ok).not.toBeNull();
    expect(s.plugins.get(PLUGIN_ID)?.id).toBe(PLUGIN_ID);
    // the one-time listener takes the server's connection only from the stub's address
    const other = net.connect({ host: '127.0.0.1', port: Number(m![1]), localAddress: '127.0.0.2' });
    other.on('error', () => {});
    await new Promise((resolve) => other.once('close', resolve));
    expect(s.plugins.has(PLUGIN_ID)).toBe(true);
    stub.socket.destroy();
    await until(() => !s.plugins.has(PLUGIN_ID), 'the plugin to detach');
  });

  it('stops the language plugin of a plugin that detaches while it is still starting', async () => {
    const b = bundle();
    const s = await start();
    const stub = await client(s, wire({ bundle: b.dir }));
    expect(await stub.line()).toMatch(/^OK /);
    await until(() => b.started().length === 1, 'the language plugin to start');
    stub.socket.destroy();
    await until(() => !s.plugins.has(PLUGIN_ID), 'the plugin to detach');
    await until(() => b.started().every((pid) => !alive(pid)), 'the language plugin to exit', 3_000);
  });

  it('forwards the plugin log to the stub as LOG lines (and to the log destination)', async () => {
    const b = bundle();
    const sidecarLog = capture();
    const s = await start({ logLevel: 'debug', logDestination: sidecarLog.stream });
    const stub = await client(s, wire({ bundle: b.dir }));
    expect(await stub.line()).toMatch(/^OK /);
    const logLine = await stub.line();
    expect(logLine).toMatch(/^LOG \{/);
    const entry = JSON.parse(logLine.slice(4)) as Record<string, unknown>;
    expect(entry).toMatchObject({ '@level': expect.any(String), '@message': expect.any(String) });
    await until(() => sidecarLog.lines().length > 0, 'the same log on the log destination');
  });

  it('a second attach of the same plugin id replaces the first: the first stub is dropped without BYE', async () => {
    const b = bundle();
    const s = await start();
    const first = await client(s, wire({ bundle: b.dir }));
    expect(await first.line()).toMatch(/^OK /);
    const replaced = s.plugins.get(PLUGIN_ID);
    const second = await client(s, wire({ bundle: b.dir }));
    expect(await first.closed).not.toMatch(/BYE/);
    expect(await second.line()).toMatch(/^OK /);
    expect(s.plugins.get(PLUGIN_ID)).not.toBe(replaced);
    expect(second.socket.destroyed).toBe(false);
  });

  it('stop() drops every attached plugin (the stubs see their connection close) and stops listening', async () => {
    const a = bundle('com.example.one');
    const z = bundle('com.example.two');
    const s = await start();
    const one = await client(s, wire({ pluginId: 'com.example.one', bundle: a.dir }));
    const two = await client(s, wire({ pluginId: 'com.example.two', bundle: z.dir }));
    expect(await one.line()).toMatch(/^OK /);
    expect(await two.line()).toMatch(/^OK /);
    await s.stop();
    expect(s.plugins.size).toBe(0);
    await Promise.all([one.closed, two.closed]);
    await expect(client(s)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('pluginsDir', () => {
  it('uses <pluginsDir>/<plugin id> rather than the path the stub sent', async () => {
    const b = bundle();
    const plugins = path.dirname(b.dir);
    const linked = path.join(plugins, `mm-bridge-plugins-${process.pid}`);
    mkdirSync(path.join(linked, PLUGIN_ID), { recursive: true });
    cleanup.push(() => rmSync(linked, { recursive: true, force: true }));
    writeFileSync(path.join(linked, PLUGIN_ID, 'plugin.json'), readFileSync(path.join(b.dir, 'plugin.json')));
    const s = await start({ pluginsDir: linked });
    const stub = await client(s, wire({ bundle: '/where/the/server/has/it' }));
    expect(await stub.line()).toMatch(/^OK /);
  });
});
