// Live interop with real hashicorp/yamux v0.1.2 (test/vectors/cmd/yamux-echo),
// built once with the installed Go toolchain from the populated module cache.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExactly } from '../../../src/bridge/goplugin/broker.ts';
import { Puller } from '../../../src/bridge/mattermost/streams/puller.ts';
import { client, server, type Session, type YamuxStream } from '../../../src/bridge/yamux/index.ts';
import { captureLogger, readAll } from './helpers.ts';

const VECTORS = fileURLToPath(new URL('../../vectors/', import.meta.url));
const SIZE = 4 << 20;
let binDir = '';
let bin = '';

/** Same as pattern() in cmd/yamux-echo: byte i = (i + seed*7) % 251. */
function goPattern(n: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = (i + seed * 7) % 251;
  return b;
}

function collect(p: ChildProcess): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  p.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  p.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return { out: () => out, err: () => err };
}

beforeAll(async () => {
  binDir = mkdtempSync(join(tmpdir(), 'yamux-echo-'));
  bin = join(binDir, 'yamux-echo');
  await promisify(execFile)('go', ['build', '-o', bin, './cmd/yamux-echo'], {
    cwd: VECTORS,
    env: { ...process.env, GOTOOLCHAIN: 'local' },
    timeout: 180_000,
  });
}, 200_000);

afterAll(() => {
  if (binDir) rmSync(binDir, { recursive: true, force: true });
});

describe('interop with Go hashicorp/yamux v0.1.2', () => {
  it('our client against a Go echo server: 4 MiB on each of two concurrent streams, plus a ping', async () => {
    const go = spawn(bin, ['server'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const io = collect(go);
    const exited = once(go, 'exit');
    let session: Session | undefined;
    try {
      while (!io.out().includes('\n')) {
        if (go.exitCode !== null) throw new Error(`go server exited: ${io.err()}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      const [host, port] = io.out().split('\n')[0]!.replace('LISTEN ', '').split(':');
      const sock = net.connect(Number(port), host);
      await once(sock, 'connect');
      session = client(sock, { logger: captureLogger() });
      expect(await session.ping()).toBeGreaterThanOrEqual(0);
      const results = await Promise.all(
        [0, 1].map(async (seed) => {
          const st = await session!.open();
          const data = goPattern(SIZE, seed);
          const echoed = readAll(st);
          st.end(data);
          return (await echoed).equals(data);
        }),
      );
      expect(results).toEqual([true, true]);
      session.close();
      const [code] = await exited;
      expect(code, io.err()).toBe(0);
      expect(io.out()).toContain(`ECHOED stream=1 bytes=${SIZE}`);
      expect(io.out()).toContain(`ECHOED stream=3 bytes=${SIZE}`);
    } finally {
      session?.close();
      go.kill();
    }
  }, 60_000);

  it('a Go client against our echo server: 4 MiB on each of two concurrent streams', async () => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1');
    await once(srv, 'listening');
    const { port } = srv.address() as net.AddressInfo;
    const sessions: Session[] = [];
    const closeReasons: (Error | undefined)[] = [];
    srv.on('connection', (sock) => {
      const s = server(sock, { logger: captureLogger() });
      sessions.push(s);
      s.on('close', (e) => closeReasons.push(e));
      void (async () => {
        for (;;) {
          const st = await s.accept().catch(() => null);
          if (!st) return;
          st.pipe(st);
        }
      })();
    });
    try {
      const go = spawn(bin, ['client', `127.0.0.1:${port}`, String(SIZE), '2'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const io = collect(go);
      const [code] = await once(go, 'exit');
      expect(code, io.err()).toBe(0);
      expect(io.out()).toContain(`OK stream=1 bytes=${SIZE}`);
      expect(io.out()).toContain(`OK stream=3 bytes=${SIZE}`);
      // Go's Session.Close sends no GoAway: we see a plain EOF.
      await new Promise((r) => setTimeout(r, 50));
      expect(closeReasons.map((e) => (e as { code?: string } | undefined)?.code)).toEqual([
        'ERR_YAMUX_CONNECTION_CLOSED',
      ]);
    } finally {
      for (const s of sessions) s.close();
      srv.close();
    }
  }, 60_000);

  // The MuxBroker pattern against a real Go writer: Go's single Write of 4 MiB sends one full
  // 256 KiB window in one frame; we read only a 4-byte id (readExactly, which unshifts the
  // surplus), then pull 64 KiB at a time (Puller, read + unshift). Credit must still reach Go.
  it('a Go client single 4 MiB Write; our side reads 4 bytes, then pulls 64 KiB at a time, and echoes', async () => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1');
    await once(srv, 'listening');
    const { port } = srv.address() as net.AddressInfo;
    const sessions: Session[] = [];
    const echoed: number[] = [];
    const echo = async (st: YamuxStream): Promise<void> => {
      await new Promise((r) => setTimeout(r, 50)); // let Go's first full window arrive and sit
      const head = await readExactly(st, 4);
      let n = head.length;
      st.write(head);
      const p = new Puller(st);
      for (;;) {
        const x = await p.pull(65536);
        if (x === null) break;
        n += x.length;
        if (!st.write(x)) await once(st, 'drain');
      }
      st.end();
      echoed.push(n);
    };
    srv.on('connection', (sock) => {
      const s = server(sock, { logger: captureLogger() });
      sessions.push(s);
      void (async () => {
        for (;;) {
          const st = await s.accept().catch(() => null);
          if (!st) return;
          void echo(st);
        }
      })();
    });
    try {
      const go = spawn(bin, ['client', `127.0.0.1:${port}`, String(SIZE), '1'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const io = collect(go);
      const stalled = setTimeout(() => go.kill(), 20_000); // a window stall never ends by itself
      const [code] = await once(go, 'exit');
      clearTimeout(stalled);
      expect(code, `go client: ${io.err() || 'killed after 20 s (stalled)'}`).toBe(0);
      expect(io.out()).toContain(`OK stream=1 bytes=${SIZE}`);
      expect(echoed).toEqual([SIZE]);
    } finally {
      for (const s of sessions) s.close();
      srv.close();
    }
  }, 60_000);
});
