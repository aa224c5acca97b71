/**
 * Pull-based reading of a Node Readable (a yamux stream): take at most `max` bytes when the caller
 * is ready for them. Nothing is read ahead beyond the stream's own buffer, so the yamux window —
 * and through it the peer — is held back while the caller is busy: real backpressure.
 */
import type { Readable } from 'node:stream';

export class Puller {
  private ended = false;
  private error: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly stream: Readable) {
    const poke = (): void => {
      const w = this.wake;
      this.wake = undefined;
      w?.();
    };
    stream.on('readable', poke);
    stream.on('end', () => {
      this.ended = true;
      poke();
    });
    stream.on('close', () => {
      this.ended = true;
      poke();
    });
    stream.on('error', (err: Error) => {
      this.error ??= err;
      poke();
    });
  }

  /** Up to `max` bytes (at least 1), or null at the end of the stream. */
  async pull(max: number): Promise<Buffer | null> {
    for (;;) {
      const chunk = this.stream.read() as Buffer | null;
      if (chunk !== null) {
        if (chunk.length > max) {
          this.stream.unshift(chunk.subarray(max));
          return chunk.subarray(0, max);
        }
        return chunk;
      }
      if (this.error) throw this.error;
      if (this.ended) return null;
      await new Promise<void>((r) => (this.wake = r));
    }
  }

  /** Exactly n bytes unless the stream ends first (then what there was, or null if nothing). */
  async pullFull(n: number): Promise<Buffer | null> {
    const parts: Buffer[] = [];
    let have = 0;
    while (have < n) {
      const c = await this.pull(n - have);
      if (c === null) break;
      parts.push(c);
      have += c.length;
    }
    return have === 0 ? null : Buffer.concat(parts, have);
  }
}
