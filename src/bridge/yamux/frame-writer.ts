// The only code that writes to the connection. Node runs one thing at a time, so
// a frame's header and body written back-to-back never interleave with another
// frame (Go needs a send goroutine for that). Data writers must ask writable /
// waitWritable() first, which is how socket.write() === false becomes backpressure.
import type { Duplex } from 'node:stream';
import { FrameType } from './constants.ts';
import { YamuxError, YamuxErrorCode } from './errors.ts';
import { encodeHeader } from './frame.ts';

interface DrainWaiter {
  resolve: () => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class FrameWriter {
  readonly #conn: Duplex;
  readonly #writeTimeoutMs: number;
  readonly #waiters = new Set<DrainWaiter>();
  #congested: boolean;
  #closedError: Error | null = null;

  constructor(conn: Duplex, writeTimeoutMs: number) {
    this.#conn = conn;
    this.#writeTimeoutMs = writeTimeoutMs;
    this.#congested = conn.writableNeedDrain === true;
    conn.on('drain', this.#onDrain);
  }

  /** False while the connection's write buffer is above its high-water mark. */
  get writable(): boolean {
    return !this.#congested && this.#closedError === null;
  }

  /** Writes a header-only frame (WindowUpdate, Ping, GoAway). Never waits: control frames are tiny. */
  writeControl(type: number, flags: number, streamId: number, length: number): void {
    if (this.#closedError) return;
    this.#conn.write(encodeHeader(type, flags, streamId, length));
    this.#congested = this.#conn.writableNeedDrain === true;
  }

  /** Writes a Data frame: header and body in one corked write. The caller checked the window. */
  writeData(flags: number, streamId: number, body: Uint8Array): void {
    if (this.#closedError) throw this.#closedError;
    const conn = this.#conn;
    conn.cork();
    conn.write(encodeHeader(FrameType.Data, flags, streamId, body.length));
    if (body.length > 0) conn.write(body);
    conn.uncork();
    this.#congested = conn.writableNeedDrain === true;
  }

  /**
   * Resolves when the connection drains. Rejects with CONNECTION_WRITE_TIMEOUT when
   * it does not drain within connectionWriteTimeoutMs (Go's write "safety valve"),
   * or with the close error when the writer is closed.
   */
  waitWritable(streamId: number): Promise<void> {
    if (this.#closedError) return Promise.reject(this.#closedError);
    if (!this.#congested) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: DrainWaiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiters.delete(waiter);
          reject(
            new YamuxError(
              YamuxErrorCode.CONNECTION_WRITE_TIMEOUT,
              `connection did not drain within ${this.#writeTimeoutMs} ms while writing data`,
              { streamId },
            ),
          );
        }, this.#writeTimeoutMs),
      };
      this.#waiters.add(waiter);
    });
  }

  /** Fails all waiters; later control writes are dropped and data writes throw `err`. */
  close(err: Error): void {
    if (this.#closedError) return;
    this.#closedError = err;
    this.#conn.off('drain', this.#onDrain);
    for (const w of this.#waiters) {
      clearTimeout(w.timer);
      w.reject(err);
    }
    this.#waiters.clear();
  }

  readonly #onDrain = (): void => {
    this.#congested = false;
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const w of waiters) {
      clearTimeout(w.timer);
      w.resolve();
    }
  };
}
