// Shared fixtures for the yamux tests: TCP loopback pairs, a recording fake
// connection, deterministic payloads.
import { once } from 'node:events';
import net from 'node:net';
import { Duplex } from 'node:stream';
import { FrameReader } from '../../../src/bridge/yamux/frame-reader.ts';
import { encodeFrame, type Frame, type FrameHeader } from '../../../src/bridge/yamux/frame.ts';
import {
  client,
  server,
  type Session,
  type YamuxConfig,
  type YamuxLogger,
} from '../../../src/bridge/yamux/index.ts';

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

/**
 * Reads a stream to its end without destroying it (`for await` would destroy the
 * Duplex at the end, which on a yamux stream means RST).
 */
export function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    stream.on('data', (c: Buffer) => parts.push(c));
    stream.once('end', () => resolve(Buffer.concat(parts)));
    stream.once('error', reject);
  });
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
  return Buffer.from(buf)
    .toString('hex')
    .replace(/(..)(?!$)/g, '$1 ');
}

/**
 * The far end of a connection driven by hand: send raw frames, collect the
 * frames the session under test writes.
 */
export class RawPeer {
  readonly frames: Frame[] = [];
  readonly reader = new FrameReader({ maxFrameLength: 16 << 20 });
  ended = false;

  constructor(readonly socket: net.Socket) {
    socket.on('data', (c: Buffer) => {
      for (const f of this.reader.push(c)) this.frames.push(f);
    });
    socket.on('end', () => (this.ended = true));
    socket.on('close', () => (this.ended = true));
    socket.on('error', () => {});
  }

  send(type: number, flags: number, streamId: number, lengthOrPayload: number | Uint8Array): void {
    this.socket.write(encodeFrame(type, flags, streamId, lengthOrPayload));
  }

  /** Waits for a frame matching `pred` (searching from the start) and returns it. */
  async waitFrame(pred: (h: FrameHeader) => boolean, what = 'frame', timeoutMs = 5000): Promise<Frame> {
    let found: Frame | undefined;
    await until(() => (found = this.frames.find((f) => pred(f.header))) !== undefined, timeoutMs, what);
    return found!;
  }
}

/** A session under test on one end of a TCP pair and a RawPeer on the other. */
export async function sessionWithRawPeer(
  side: 'client' | 'server',
  config: Partial<YamuxConfig> = {},
): Promise<{ session: Session; peer: RawPeer; logger: ReturnType<typeof captureLogger>; close(): void }> {
  const [a, b] = await tcpPair();
  const logger = captureLogger();
  const cfg = { enableKeepAlive: false, logger, ...config };
  const session = side === 'client' ? client(a, cfg) : server(a, cfg);
  const peer = new RawPeer(b);
  return {
    session,
    peer,
    logger,
    close() {
      session.close();
      a.destroy();
      b.destroy();
    },
  };
}

/** Resolves with the session's 'close' reason (and the 'error' it emitted, if any). */
export function closed(session: Session): Promise<{ reason: Error | undefined; error: Error | undefined }> {
  let error: Error | undefined;
  session.on('error', (e) => (error = e));
  return new Promise((resolve) => session.once('close', (reason) => resolve({ reason, error })));
}
