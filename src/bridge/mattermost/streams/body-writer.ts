/**
 * The response body on its way to the server's http.ResponseWriter. Each Write is a net/rpc round
 * trip, and the server runs concurrent calls concurrently (they would reorder), so writes go one at
 * a time; chunks that arrive from the plugin meanwhile are gathered and go out as one Write (and
 * one Flush if any asked for it). A 64 KiB chunk per round trip would hold a download to a third
 * of a Go plugin's speed. At most `maxBytes` wait: beyond that `write` holds the caller back, and
 * through it the plugin's gRPC stream (backpressure).
 */
import type { ResponseWriterClient } from './response-writer.ts';

/** Most body bytes gathered while a Write is in flight. */
export const MAX_GATHERED_BYTES = 1024 * 1024;

export class BodyWriter {
  private parts: Uint8Array[] = [];
  private size = 0;
  private flushWanted = false;
  private running: Promise<void> | undefined;
  private failure: unknown;
  private taken: (() => void) | undefined;

  constructor(
    private readonly rw: ResponseWriterClient,
    private readonly maxBytes = MAX_GATHERED_BYTES,
  ) {}

  /** Queues a chunk; resolves once there is room for more. Rejects after a failed Write or Flush. */
  async write(chunk: Uint8Array | undefined, flush: boolean): Promise<void> {
    this.check();
    if (chunk?.length) {
      this.parts.push(chunk);
      this.size += chunk.length;
    }
    this.flushWanted ||= flush;
    if (!this.running && (this.size > 0 || this.flushWanted)) this.running = this.drain();
    while (this.size >= this.maxBytes && this.running) await new Promise<void>((r) => (this.taken = r));
    this.check();
  }

  /** Everything queued has been written (or the first failure). */
  async end(): Promise<void> {
    await this.running;
    this.check();
  }

  private async drain(): Promise<void> {
    await undefined; // `running` is assigned before the loop can end and clear it
    try {
      while (this.size > 0 || this.flushWanted) {
        const batch = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.size);
        const flush = this.flushWanted;
        this.parts = [];
        this.size = 0;
        this.flushWanted = false;
        this.wake();
        if (batch.length) await this.rw.write(batch);
        if (flush) await this.rw.flush();
      }
    } catch (err) {
      this.failure = err;
    } finally {
      this.running = undefined;
      this.wake();
    }
  }

  private wake(): void {
    const t = this.taken;
    this.taken = undefined;
    t?.();
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
