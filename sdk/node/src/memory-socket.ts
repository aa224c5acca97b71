/**
 * An in-memory, socket-like Duplex pair: what one end writes the other reads, with backpressure
 * (a write completes only when the peer has taken the bytes). It lets Node's own http server and
 * client talk without a network, so a plugin's ServeHTTP handler gets real IncomingMessage and
 * ServerResponse objects (express, fastify's handler, …) while the bytes come from the bridge.
 */
import { Duplex } from 'node:stream';

export class MemorySocket extends Duplex {
  peer!: MemorySocket;
  remoteAddress = '127.0.0.1';
  remotePort = 0;
  localAddress = '127.0.0.1';
  localPort = 0;
  encrypted = false;
  private pendingCallback: ((err?: Error | null) => void) | undefined;

  constructor(remoteAddress?: string) {
    super({ allowHalfOpen: true });
    if (remoteAddress) this.remoteAddress = remoteAddress;
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    if (this.peer.push(chunk)) cb();
    else this.peer.pendingCallbackFromPeer(cb);
  }

  override _final(cb: (err?: Error | null) => void): void {
    this.peer.push(null);
    cb();
  }

  override _read(): void {
    const cb = this.pendingCallback;
    this.pendingCallback = undefined;
    cb?.();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    if (!this.peer.destroyed) this.peer.destroy();
    cb(err);
  }

  /** The peer wrote while our read buffer was full: release its write once we are read. */
  pendingCallbackFromPeer(cb: (err?: Error | null) => void): void {
    this.pendingCallback = cb;
  }

  setTimeout(): this {
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  address(): { address: string; family: string; port: number } {
    return { address: this.localAddress, family: 'IPv4', port: this.localPort };
  }
}

export function memorySocketPair(remoteAddress?: string): [client: MemorySocket, server: MemorySocket] {
  const a = new MemorySocket();
  const b = new MemorySocket(remoteAddress);
  a.peer = b;
  b.peer = a;
  return [a, b];
}
