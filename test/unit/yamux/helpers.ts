// Shared fixtures for the yamux tests: TCP loopback pairs, a recording fake
// connection, deterministic payloads.
import { once } from 'node:events';
import net from 'node:net';
import { Duplex } from 'node:stream';
import { client, server, type Session, type YamuxConfig, type YamuxLogger } from '../../../src/bridge/yamux/index.ts';

/** Logger that records instead of printing. */
export function captureLogger(): YamuxLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    warn: (msg) => void lines.push(`WARN ${msg}`),
    error: (msg) => void lines.push(`ERR ${msg}`),
  };
}

/** Two ends of a real TCP connection on 127.0.0.1. */
export async function tcpPair(): Promise<[net.Socket, net.Socket]> {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address() as net.AddressInfo;
  const accepted = once(srv, 'connection') as Promise<[net.Socket]>;
  const a = net.connect(port, '127.0.0.1');
  await once(a, 'connect');
  const [b] = await accepted;
  srv.close();
  a.setNoDelay(true);
  b.setNoDelay(true);
  return [a, b];
}

export interface SessionPair {
  client: Session;
  server: Session;
  clientSocket: net.Socket;
  serverSocket: net.Socket;
  close(): void;
}

/** A client and a server session over TCP loopback. Keepalive off unless asked for. */
export async function sessionPair(
  config: Partial<YamuxConfig> = {},
  serverConfig: Partial<YamuxConfig> = config,
): Promise<SessionPair> {
  const [a, b] = await tcpPair();
  const base = { enableKeepAlive: false, logger: captureLogger() };
  const c = client(a, { ...base, ...config });
  const s = server(b, { ...base, logger: captureLogger(), ...serverConfig });
  return {
    client: c,
    server: s,
    clientSocket: a,
    serverSocket: b,
    close() {
      c.close();
      s.close();
      a.destroy();
      b.destroy();
    },
  };
}

/**
 * An in-memory connection: what the session writes is recorded, what the test
 * injects is what the session reads.
 */
export class FakeConn extends Duplex {
  readonly chunks: Buffer[] = [];
  /** When true, writes are recorded but their callbacks are held (a stalled peer). */
  stalled = false;
  #held: (() => void)[] = [];

  constructor(writableHighWaterMark = 16 * 1024) {
    super({ writableHighWaterMark, allowHalfOpen: true });
  }

  override _read(): void {}

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk));
    if (this.stalled) this.#held.push(() => cb());
    else cb();
  }

  /** Releases held write callbacks (lets 'drain' happen). */
  unstall(): void {
    this.stalled = false;
    for (const cb of this.#held.splice(0)) cb();
  }

  inject(bytes: Uint8Array): void {
    this.push(Buffer.from(bytes));
  }

  /** Everything written so far, and forget it. */
  takeWritten(): Buffer {
    const all = Buffer.concat(this.chunks);
    this.chunks.length = 0;
    return all;
  }
}

/** Deterministic, non-repeating-looking bytes. */
export function pattern(n: number, seed = 1): Buffer {
  const buf = Buffer.allocUnsafe(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    buf[i] = x & 0xff;
  }
  return buf;
}

/** Reads a stream to its end. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** Resolves on the next macrotask turn (lets socket I/O happen). */
export function tick(ms = 0): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `cond` until true or `timeoutMs` passes. */
export async function until(cond: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(2);
  }
}

export function hex(buf: Uint8Array): string {
  return Buffer.from(buf).toString('hex').replace(/(..)(?!$)/g, '$1 ');
}
