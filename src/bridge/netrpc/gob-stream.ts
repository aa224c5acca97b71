/**
 * One net/rpc connection = one byte stream carrying one gob stream per direction
 * (a single gob.Encoder for everything written, a single gob.Decoder for everything read).
 * GobConn owns both and turns the readable side into a sequence of decoded values.
 */
import type { Duplex } from 'node:stream';
import { GobDecoder, GobEncoder } from '../gob/index.ts';
import type { GobType, GobValue } from '../gob/types.ts';

export interface Decoded {
  type: GobType;
  value: GobValue;
}

export class GobConn {
  private readonly encoder = new GobEncoder();
  private readonly decoder = new GobDecoder();
  private waiting: ((d: Decoded | Error | null) => void) | undefined;
  private ended = false;
  private failure: Error | undefined;

  constructor(readonly stream: Duplex) {
    stream.on('data', (chunk: Buffer) => {
      this.decoder.push(chunk);
      this.wake();
    });
    stream.on('end', () => {
      this.ended = true;
      this.wake();
    });
    stream.on('error', (err: Error) => {
      this.failure ??= err;
      this.wake();
    });
    stream.on('close', () => {
      this.ended = true;
      this.wake();
    });
    stream.resume();
  }

  /**
   * Writes several values as one chunk, like net/rpc's single bufio Flush per message. Everything is
   * encoded before anything is written, so a value that cannot be encoded leaves the stream untouched.
   */
  write(values: ReadonlyArray<readonly [GobType, GobValue]>): boolean {
    if (this.stream.destroyed || this.stream.writableEnded) return false;
    const parts = values.map(([type, value]) => this.encoder.encode(type, value));
    this.stream.write(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    return true;
  }

  /** Next decoded value; null at a clean end of stream; throws on malformed input or a stream error. */
  async read(): Promise<Decoded | null> {
    for (;;) {
      const next = this.decoder.next();
      if (next) return next;
      // A stream torn down between messages is an end of stream, like EOF after a full message in Go.
      if (this.failure && this.decoder.buffered > 0) throw this.failure;
      if (this.ended || this.failure) {
        if (this.decoder.buffered > 0)
          throw new Error(`unexpected EOF (${this.decoder.buffered} bytes of a partial gob message)`);
        return null;
      }
      const got = await new Promise<Decoded | Error | null>((resolve) => (this.waiting = resolve));
      if (got instanceof Error) throw got;
    }
  }

  close(): void {
    this.stream.end();
  }

  destroy(err?: Error): void {
    this.stream.destroy(err);
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.(null);
  }
}
