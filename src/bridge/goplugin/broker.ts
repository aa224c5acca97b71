/**
 * MuxBroker (hashicorp/go-plugin mux_broker.go): extra yamux streams named by a uint32 id.
 * The dialer opens a stream and writes the id (4 bytes little-endian); the acceptor, which
 * handed that id out, answers with the same 4 bytes. Each side numbers its own ids from 1.
 */
import type { Session, YamuxStream } from '../yamux/index.ts';

export const ACCEPT_TIMEOUT_MS = 5_000;

interface Slot {
  stream?: YamuxStream;
  waiter?: (s: YamuxStream) => void;
  timer?: NodeJS.Timeout;
}

export class MuxBroker {
  private nextIdValue = 0;
  private readonly slots = new Map<number, Slot>();

  constructor(
    private readonly session: Session,
    private readonly acceptTimeoutMs = ACCEPT_TIMEOUT_MS,
  ) {}

  nextId(): number {
    this.nextIdValue = (this.nextIdValue + 1) >>> 0;
    return this.nextIdValue;
  }

  /** Dials a stream the peer will Accept under `id`; fails if the peer acks another id. */
  async dial(id: number): Promise<YamuxStream> {
    const stream = await this.session.open();
    stream.on('error', () => {}); // a stream torn down with its session; its user sees 'close'
    stream.write(idBytes(id));
    const ack = await readExactly(stream, 4);
    const got = ack.readUInt32LE(0);
    if (got !== id) {
      stream.destroy();
      throw new Error(`bad ack: ${got} (expected ${id})`);
    }
    return stream;
  }

  /** Waits up to the accept timeout for the peer to dial `id`, then acks it. */
  accept(id: number): Promise<YamuxStream> {
    return new Promise((resolve, reject) => {
      const slot = this.slot(id);
      const deliver = (s: YamuxStream): void => {
        this.clear(id);
        s.write(idBytes(id));
        resolve(s);
      };
      if (slot.stream) return deliver(slot.stream);
      slot.waiter = deliver;
      slot.timer = setTimeout(() => {
        this.clear(id);
        reject(new Error(`timeout waiting for accept (broker id ${id})`));
      }, this.acceptTimeoutMs);
    });
  }

  /** Handles one inbound stream (call for every stream after the initial three). */
  async handleInbound(stream: YamuxStream): Promise<void> {
    let id: number;
    try {
      id = (await readExactly(stream, 4)).readUInt32LE(0);
    } catch {
      stream.destroy();
      return;
    }
    stream.on('error', () => {}); // a stream torn down with its session; its user sees 'close'
    const slot = this.slot(id);
    if (slot.waiter) return slot.waiter(stream);
    if (slot.stream) {
      stream.end(); // a second stream for the same id is dropped, as in Go
      return;
    }
    slot.stream = stream;
    slot.timer = setTimeout(() => {
      this.clear(id);
      stream.end();
    }, this.acceptTimeoutMs);
  }

  /** Runs the accept loop until the session closes. */
  async run(): Promise<void> {
    for (;;) {
      let stream: YamuxStream;
      try {
        stream = await this.session.accept();
      } catch {
        return;
      }
      void this.handleInbound(stream);
    }
  }

  close(): void {
    for (const id of [...this.slots.keys()]) this.clear(id);
    this.session.close();
  }

  private slot(id: number): Slot {
    let s = this.slots.get(id);
    if (!s) this.slots.set(id, (s = {}));
    return s;
  }

  private clear(id: number): void {
    const s = this.slots.get(id);
    if (s?.timer) clearTimeout(s.timer);
    this.slots.delete(id);
  }
}

function idBytes(id: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(id >>> 0, 0);
  return b;
}

/** Reads exactly n bytes from a stream, unshifting any surplus. */
export function readExactly(stream: YamuxStream, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let have = 0;
    const cleanup = (): void => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onEnd);
    };
    const onReadable = (): void => {
      let chunk: Buffer | null;
      while (have < n && (chunk = stream.read() as Buffer | null) !== null) {
        chunks.push(chunk);
        have += chunk.length;
      }
      if (have >= n) {
        cleanup();
        const all = Buffer.concat(chunks);
        if (all.length > n) stream.unshift(all.subarray(n));
        resolve(all.subarray(0, n));
      }
    };
    const onEnd = (): void => {
      cleanup();
      reject(new Error(`stream ended after ${have} of ${n} bytes`));
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('close', onEnd);
    stream.on('error', onError);
    onReadable();
  });
}
