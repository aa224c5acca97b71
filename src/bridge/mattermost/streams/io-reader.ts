/**
 * Mattermost's remote io.Reader over a MuxBroker stream (server/public/plugin/io_rpc.go): the
 * reading side writes a signed varint "give me up to n bytes"; the serving side answers with
 * exactly n raw bytes, or fewer and then closes the stream at end of data.
 */
import type { Duplex } from 'node:stream';
import { Puller } from './puller.ts';
import { decodeVarint, encodeVarint } from './varint.ts';

/** Reads a reader the server serves (ServeHTTP request bodies, FileWillBeUploaded uploads). */
export class RemoteReader {
  private readonly puller: Puller;
  private done = false;

  constructor(private readonly stream: Duplex) {
    this.puller = new Puller(stream);
  }

  /** The next chunk of at most `size` bytes, or null at the end. */
  async read(size: number): Promise<Buffer | null> {
    if (this.done) return null;
    this.stream.write(encodeVarint(size));
    const got = await this.puller.pullFull(size);
    if (got === null || got.length < size) this.done = true; // a short answer means the server hit EOF
    return got;
  }

  close(): void {
    this.stream.end();
  }
}

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
