/**
 * stub/mm-bridge-stub.sh, run with bash exactly as the Mattermost server runs a plugin executable
 * (from <bundle>/server/dist/), against a fake sidecar in this process, and once against the real
 * Sidecar.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.ts';
import { parseAttachRequest, type AttachRequest } from '../../../src/bridge/sidecar/attach-protocol.ts';
import { Sidecar } from '../../../src/bridge/sidecar/sidecar.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const STUB = path.join(ROOT, 'stub/mm-bridge-stub.sh');
const PLUGIN_ID = 'com.example.stubbed';
const SECRET = 'stub-test-secret';
const COOKIE = 'Securely message teams, anywhere.';

let root: string;
let bundleDir: string;
let stubPath: string;
let shimDir: string;

beforeAll(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mm-bridge-stub-')));
  bundleDir = path.join(root, PLUGIN_ID);
  mkdirSync(path.join(bundleDir, 'server/dist'), { recursive: true });
  stubPath = path.join(bundleDir, 'server/dist/plugin-linux-amd64');
  writeFileSync(stubPath, readFileSync(STUB, 'utf8').replaceAll('@PLUGIN_ID@', PLUGIN_ID));
  chmodSync(stubPath, 0o755);
  shimDir = path.join(root, 'bin');
  mkdirSync(shimDir);
  writeFileSync(path.join(shimDir, 'mm-bridge'), '#!/bin/bash\necho "mm-bridge $*"\nexit 7\n');
  chmodSync(path.join(shimDir, 'mm-bridge'), 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the stub with bash and a minimal environment (PATH for dirname, plus `env`). */
function runStub(env: Record<string, string | undefined>, ms = 10_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [stubPath], {
      env: Object.fromEntries(
        Object.entries({ PATH: '/usr/local/bin:/usr/bin:/bin', ...env }).filter(([, v]) => v !== undefined),
      ) as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`stub still running after ${ms} ms; stdout ${stdout} stderr ${stderr}`));
    }, ms);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A fake sidecar: reads one attach request per connection and answers with `reply(request)`
 * (written as is; `end` closes the connection after it).
 */
async function fakeSidecar(
  reply: (r: AttachRequest) => { lines: string; end?: boolean },
  host = '127.0.0.1',
): Promise<{ address: string; requests: AttachRequest[] }> {
  const requests: AttachRequest[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    let text = '';
    socket.on('data', (b: Buffer) => {
      text += b.toString();
      const end = text.indexOf('\n\n');
      if (end < 0) return;
      const r = parseAttachRequest(text.slice(0, end));
      requests.push(r);
      const out = reply(r);
      if (out.end === false) socket.write(out.lines);
      else socket.end(out.lines);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  cleanup.push(() => {
    for (const s of sockets) s.destroy();
    return new Promise((resolve) => server.close(resolve));
  });
  const port = (server.address() as net.AddressInfo).port;
  return { address: host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`, requests };
}

const HANDSHAKE = '1|1|tcp|127.0.0.1:8100|netrpc|';

function attachEnv(address: string, extra: Record<string, string> = {}): Record<string, string> {
  return { MATTERMOST_PLUGIN: COOKIE, MM_BRIDGE_SIDECAR: address, MM_BRIDGE_ATTACH_SECRET: SECRET, ...extra };
}

describe('stub against a fake sidecar', () => {
  it('sends the attach request and prints the handshake line it receives after "OK "', async () => {
    const fake = await fakeSidecar(() => ({ lines: `OK ${HANDSHAKE}\nBYE\n` }));
    const run = await runStub(attachEnv(fake.address, { PLUGIN_PROTOCOL_VERSIONS: '1' }));
    expect(run).toEqual({ code: 0, stdout: `${HANDSHAKE}\n`, stderr: '' });
    expect(fake.requests).toEqual([
      { secret: SECRET, pluginId: PLUGIN_ID, bundle: bundleDir, protocolVersions: '1' },
    ]);
  });

  it('sends protocol-versions 1 when the server did not set PLUGIN_PROTOCOL_VERSIONS', async () => {
    const fake = await fakeSidecar(() => ({ lines: `OK ${HANDSHAKE}\nBYE\n` }));
    expect((await runStub(attachEnv(fake.address))).code).toBe(0);
    expect(fake.requests[0]?.protocolVersions).toBe('1');
  });

  it('copies LOG lines to its stderr, ignores other lines, and exits 0 after BYE', async () => {
    const log =
      '{"@level":"info","@message":"hello from the plugin","@timestamp":"2024-01-01T00:00:00.000000Z"}';
    const fake = await fakeSidecar(() => ({
      lines: `OK ${HANDSHAKE}\nLOG ${log}\nSOMETHING else\nLOG x\nBYE\nLOG after bye\n`,
      end: false,
    }));
    const run = await runStub(attachEnv(fake.address));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${HANDSHAKE}\n`);
    expect(run.stderr).toBe(`${log}\nx\n`);
  });

  it('attaches to an IPv6 sidecar given as [host]:port', async (ctx) => {
    const fake = await fakeSidecar(() => ({ lines: `OK ${HANDSHAKE}\nBYE\n` }), '::1').catch(() => undefined);
    if (!fake) return ctx.skip(); // no IPv6 loopback here
    const run = await runStub(attachEnv(fake.address));
    expect(run).toEqual({ code: 0, stdout: `${HANDSHAKE}\n`, stderr: '' });
    expect(fake.requests).toHaveLength(1);
  });

  it('exits 1 when the connection closes without BYE', async () => {
    const fake = await fakeSidecar(() => ({ lines: `OK ${HANDSHAKE}\nLOG going away\n` }));
    const run = await runStub(attachEnv(fake.address));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${HANDSHAKE}\n`);
  });

  it('exits 1 with the reason on "ERR reason", printing no handshake', async () => {
    const fake = await fakeSidecar(() => ({ lines: 'ERR wrong attach secret: set it\n' }));
    const run = await runStub(attachEnv(fake.address));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `mm-bridge stub (${PLUGIN_ID}): the sidecar refused the attach: wrong attach secret: set it\n`,
    );
  });

  it('exits 1 on an answer that is not OK or ERR', async () => {
    const fake = await fakeSidecar(() => ({ lines: 'HTTP/1.1 400 Bad Request\r\n\r\n' }));
    const run = await runStub(attachEnv(fake.address));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unexpected answer from the sidecar at');
  });

  it('exits 1 when the sidecar does not answer within MM_BRIDGE_ATTACH_TIMEOUT', async () => {
    const fake = await fakeSidecar(() => ({ lines: '', end: false }));
    const run = await runStub(attachEnv(fake.address, { MM_BRIDGE_ATTACH_TIMEOUT: '0.3' }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`no answer from the sidecar at ${fake.address}`);
  });
});

describe('stub configuration errors', () => {
  it('exits 1 with a clear message when the sidecar is unreachable', async () => {
    const s = net.createServer();
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const address = `127.0.0.1:${(s.address() as net.AddressInfo).port}`;
    await new Promise((resolve) => s.close(resolve));
    const run = await runStub(attachEnv(address));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    // only the stub's message: bash's own "connect: Connection refused" is silenced
    expect(run.stderr).toBe(
      `mm-bridge stub (${PLUGIN_ID}): cannot connect to the sidecar at ${address} (is mm-bridge serve running and reachable from the server?)\n`,
    );
  });

  it('exits 1 when MM_BRIDGE_SIDECAR is not host:port', async () => {
    const run = await runStub(attachEnv('sidecar'));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mm-bridge stub (${PLUGIN_ID}): MM_BRIDGE_SIDECAR must be host:port, got 'sidecar'\n`,
    );
  });

  it('exits 1 when the secret is missing, before connecting', async () => {
    const fake = await fakeSidecar(() => ({ lines: `OK ${HANDSHAKE}\n` }));
    const run = await runStub(attachEnv(fake.address, { MM_BRIDGE_ATTACH_SECRET: '' }));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mm-bridge stub (${PLUGIN_ID}): MM_BRIDGE_SIDECAR is set but MM_BRIDGE_ATTACH_SECRET is not (use the secret the sidecar was started with)\n`,
    );
    expect(fake.requests).toEqual([]);
  });

  it('exits 1 without the magic cookie (not started by the Mattermost server)', async () => {
    const fake = await fakeSidecar(() => ({ lines: `OK ${HANDSHAKE}\n` }));
    const run = await runStub({ ...attachEnv(fake.address), MATTERMOST_PLUGIN: undefined });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mm-bridge stub (${PLUGIN_ID}): this is a Mattermost plugin executable; the Mattermost server starts it\n`,
    );
    expect(fake.requests).toEqual([]);
  });

  it('without MM_BRIDGE_SIDECAR, execs `mm-bridge run --bundle <bundle dir>` from PATH', async () => {
    const run = await runStub({ MATTERMOST_PLUGIN: COOKIE, PATH: `${shimDir}:/usr/local/bin:/usr/bin:/bin` });
    expect(run).toEqual({ code: 7, stdout: `mm-bridge run --bundle ${bundleDir}\n`, stderr: '' });
  });

  it('without MM_BRIDGE_SIDECAR and without mm-bridge on PATH, says what to set', async () => {
    const run = await runStub({ MATTERMOST_PLUGIN: COOKIE });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^mm-bridge stub \(com\.example\.stubbed\): set MM_BRIDGE_SIDECAR=host:port/);
  });
});

describe('stub against the real sidecar', () => {
  it('attaches, prints the handshake, and exits 1 when the sidecar stops', async () => {
    const pidFile = path.join(root, 'language-plugin.pid');
    writeFileSync(
      path.join(bundleDir, 'plugin.json'),
      JSON.stringify({
        id: PLUGIN_ID,
        props: {
          bridge: {
            command: ['sh', '-c', `echo $$ > '${pidFile}'; exec cat > /dev/null`],
            start_timeout_ms: 60_000,
          },
        },
      }),
    );
    // the language plugin never handshakes; it outlives a detach while starting (see sidecar.test.ts)
    cleanup.push(() => {
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
      } catch {
        /* not started or exited */
      }
    });
    const sidecar = await Sidecar.start({
      listen: '127.0.0.1:0',
      secret: SECRET,
      rpcPorts: [0],
      log: createLogger({ level: 'silent' }),
      logLevel: 'silent',
    });
    cleanup.push(() => sidecar.stop());
    const running = runStub(attachEnv(sidecar.address));
    const deadline = Date.now() + 10_000;
    while (!sidecar.plugins.has(PLUGIN_ID) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(sidecar.plugins.has(PLUGIN_ID)).toBe(true);
    await sidecar.stop();
    const run = await running;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^1\|1\|tcp\|127\.0\.0\.1:\d+\|netrpc\|\n$/);
  });
});
