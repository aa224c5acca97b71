/**
 * Mattermost's remote io.Reader over a MuxBroker stream (server/public/plugin/io_rpc.go): the
 * reading side writes a signed varint "give me up to n bytes"; the serving side answers with
 * exactly n raw bytes, or fewer and then closes the stream at end of data.
 */
import type { Duplex } from 'node:stream';
import { INITIAL_STREAM_WINDOW } from '../../yamux/constants.ts';
import { Puller } from './puller.ts';
import { decodeVarint, encodeVarint } from './varint.ts';

/**
 * Reads a reader the server serves (ServeHTTP request bodies, FileWillBeUploaded uploads). Asking
 * one chunk at a time costs a round trip per chunk, a fifth of a Go plugin's upload speed; so
 * requests run ahead of the caller, keeping up to `ahead` bytes asked for (topped up once half
 * of them arrived), and the end of the data is the end of the stream (the server closes it after
 * a short answer). What was asked for and not yet read stays within the yamux receive window.
 */
export class RemoteReader {
  private readonly puller: Puller;
  private asked = 0;

  constructor(
    private readonly stream: Duplex,
    private readonly ahead = READ_AHEAD_BYTES,
  ) {
    this.puller = new Puller(stream);
  }

  /** The next chunk of `size` bytes (fewer only at the end), or null at the end. */
  async read(size: number): Promise<Buffer | null> {
    const want = Math.max(size, this.ahead);
    if (this.asked < size || this.asked <= want / 2) {
      this.stream.write(encodeVarint(want - this.asked));
      this.asked = want;
    }
    const got = await this.puller.pullFull(size);
    this.asked -= got?.length ?? 0;
    return got;
  }

  close(): void {
    this.stream.end();
  }
}

/** Bytes RemoteReader keeps asked for: one yamux stream window, what the server may send unasked-for credit. */
export const READ_AHEAD_BYTES = INITIAL_STREAM_WINDOW;

/**
 * Serves a reader to the server (UploadData, InstallPlugin, attachment sync): answers each varint
 * request from `next`, which yields the data in chunks (null at the end).
 */
export async function serveReader(stream: Duplex, next: () => Promise<Buffer | null>): Promise<void> {
  const requests = new Puller(stream);
  let pending: Buffer = Buffer.alloc(0);
  let carry: Buffer | null = Buffer.alloc(0); // data taken from `next` but not yet sent
  try {
    for (;;) {
      let req: [number, number] | undefined;
      while (!(req = decodeVarint(pending))) {
        const more = await requests.pull(16);
        if (more === null) return;
        pending = Buffer.concat([pending, more]);
      }
      pending = pending.subarray(req[1]);
      let want = req[0];
      if (want <= 0) continue;
      while (want > 0) {
        if (carry === null) {
          stream.end();
          return;
        }
        if (carry.length === 0) {
          carry = await next();
          continue;
        }
        const part = carry.subarray(0, want);
        carry = carry.subarray(part.length);
        want -= part.length;
        if (!stream.write(part)) await new Promise((r) => stream.once('drain', r));
      }
    }
  } finally {
    stream.end();
  }
}
