/**
 * yamux throughput over TCP loopback: one 64 MiB one-way transfer per iteration,
 * on a fresh stream of an established session (DefaultConfig: 256 KiB window, so
 * the sender stalls on window credit 256+ times per transfer). A raw TCP transfer
 * of the same size over the same kind of socket pair is the baseline.
 *
 *   npx tsx bench/yamux.bench.ts
 */
import { once } from 'node:events';
import net from 'node:net';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { client, server, silentLogger } from '../src/bridge/yamux/index.ts';

export interface YamuxBenchResult {
  name: string;
  mbPerSec: number;
}

const TOTAL = 64 * 1024 * 1024;
const CHUNK = Buffer.alloc(1024 * 1024, 0x5a);

async function tcpPair(): Promise<[net.Socket, net.Socket]> {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address() as net.AddressInfo;
  const accepted = once(srv, 'connection') as Promise<[net.Socket]>;
  const a = net.connect(port, '127.0.0.1');
  await once(a, 'connect');
  const [b] = await accepted;
  srv.close();
  // Like Go's net.TCPConn default. With Nagle on, 12-byte WindowUpdates wait for ACKs.
  a.setNoDelay(true);
  b.setNoDelay(true);
  return [a, b];
}

/** Writes TOTAL bytes in 1 MiB chunks, honouring write() === false / 'drain'. */
async function send(dst: Writable, end: boolean): Promise<void> {
  for (let sent = 0; sent < TOTAL; sent += CHUNK.length) {
    if (!dst.write(CHUNK)) await once(dst, 'drain');
  }
  if (end) dst.end();
}

/** Resolves once `n` bytes have been read from `src`. */
function receive(src: NodeJS.ReadableStream, n: number): Promise<void> {
  return new Promise((resolve) => {
    let got = 0;
    const onData = (c: Buffer): void => {
      got += c.length;
      if (got >= n) {
        src.off('data', onData);
        resolve();
      }
    };
    src.on('data', onData);
  });
}

export async function runYamuxBench(opts: { iterations?: number } = {}): Promise<YamuxBenchResult[]> {
  const [ya, yb] = await tcpPair();
  const cfg = { enableKeepAlive: false, logger: silentLogger };
  const cs = client(ya, cfg);
  const ss = server(yb, cfg);
  const [ra, rb] = await tcpPair();

  const bench = new Bench({
    iterations: opts.iterations ?? 5,
    time: 0,
    warmup: true,
    warmupIterations: 1,
    warmupTime: 0,
  });
  bench
    .add('yamux 64 MiB one-way (TS client -> TS server, 256 KiB window)', async () => {
      const accepted = ss.accept();
      const st = await cs.open();
      const sending = send(st, true);
      const rs = await accepted;
      const done = once(rs, 'end');
      rs.on('data', () => {});
      await Promise.all([sending, done]);
    })
    .add('raw TCP 64 MiB one-way (baseline)', async () => {
      await Promise.all([send(ra, false), receive(rb, TOTAL)]);
    });
  await bench.run();

  cs.close();
  ss.close();
  ra.destroy();
  rb.destroy();
  return bench.tasks.map((t) => {
    const r = t.result as { state: string; period?: number; error?: unknown };
    if (r.state !== 'completed' || !r.period)
      throw new Error(`${t.name}: ${r.state} ${String(r.error ?? '')}`);
    return { name: t.name, mbPerSec: TOTAL / 1e6 / (r.period / 1000) };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await runYamuxBench();
  console.table(results.map((r) => ({ ...r, mbPerSec: +r.mbPerSec.toFixed(1) })));
}
