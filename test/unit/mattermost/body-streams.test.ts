/**
 * The two body paths of ServeHTTP between the server and the bridge: RemoteReader asks for a
 * request body ahead of its caller (the server's remote io.Reader answers requests in order) and
 * BodyWriter gathers response chunks while a Write is in flight.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BodyWriter } from '../../../src/bridge/mattermost/streams/body-writer.ts';
import {
  READ_AHEAD_BYTES,
  RemoteReader,
  serveReader,
} from '../../../src/bridge/mattermost/streams/io-reader.ts';
import type { ResponseWriterClient } from '../../../src/bridge/mattermost/streams/response-writer.ts';
import { decodeVarint } from '../../../src/bridge/mattermost/streams/varint.ts';
import type { YamuxStream } from '../../../src/bridge/yamux/index.ts';
import { brokerPair } from '../../helpers/broker-pair.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function pattern(n: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = (i * 7 + 3) & 0xff;
  return b;
}

/** Serves `data` as the server's serveIOReader does, recording the sizes asked for. */
function serve(stream: YamuxStream, data: Buffer, asked: number[]): Promise<void> {
  let at = 0;
  return serveReader(
    // The stream as serveReader sees it, with read() noting each varint request it returns.
    new Proxy(stream, {
      get(target, prop, recv) {
        if (prop === 'read')
          return (n?: number) => {
            const chunk = target.read(n) as Buffer | null;
            for (let b = chunk ?? Buffer.alloc(0); b.length;) {
              const v = decodeVarint(b);
              if (!v) break;
              asked.push(v[0]);
              b = b.subarray(v[1]);
            }
            return chunk;
          };
        const v = Reflect.get(target, prop, recv) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    }),
    async () => {
      if (at >= data.length) return null;
      const c = data.subarray(at, at + 10_000);
      at += c.length;
      return c;
    },
  );
}

describe('RemoteReader', () => {
  for (const size of [0, 1, 65_536, 65_537, 1_000_000]) {
    it(`reads a ${size}-byte body in chunks of the size asked, then null`, async () => {
      const { out, inn } = await brokerPair(cleanups);
      const data = pattern(size);
      const asked: number[] = [];
      const served = serve(out, data, asked);
      const reader = new RemoteReader(inn);
      const chunks: Buffer[] = [];
      for (let c; (c = await reader.read(65_536)) !== null;) chunks.push(c);
      expect(await reader.read(65_536)).toBeNull();
      reader.close();
      await served;
      expect(Buffer.concat(chunks).equals(data)).toBe(true);
      expect(chunks.slice(0, -1).every((c) => c.length === 65_536)).toBe(true);
      // Ahead of the caller (fewer requests than chunks), never more than a yamux window beyond it.
      expect(asked[0]).toBe(READ_AHEAD_BYTES);
      expect(asked.reduce((a, b) => a + b, 0) - size).toBeLessThanOrEqual(READ_AHEAD_BYTES);
      if (size >= 1_000_000) expect(asked.length).toBeLessThan(size / 65_536 / 2);
    });
  }
});

/** A ResponseWriterClient that records calls and lets the test release each one. */
function recordingWriter(): {
  rw: ResponseWriterClient;
  calls: string[];
  release: () => void;
  fail: (e: Error) => void;
} {
  const calls: string[] = [];
  const waiting: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const pending = (label: string): Promise<void> =>
    new Promise((resolve, reject) => {
      calls.push(label);
      waiting.push({ resolve, reject });
    });
  const rw = {
    write: (b: Uint8Array) => pending(`write ${Buffer.from(b).toString()}`),
    flush: () => pending('flush'),
  } as unknown as ResponseWriterClient;
  return {
    rw,
    calls,
    release: () => waiting.shift()?.resolve(),
    fail: (e) => waiting.shift()?.reject(e),
  };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('BodyWriter', () => {
  it('writes the first chunk at once and gathers what arrives while it is in flight', async () => {
    const { rw, calls, release } = recordingWriter();
    const w = new BodyWriter(rw, 100);
    await w.write(Buffer.from('a'), false);
    await w.write(Buffer.from('b'), false);
    await w.write(Buffer.from('c'), true);
    await tick();
    expect(calls).toEqual(['write a']);
    release();
    await tick();
    expect(calls).toEqual(['write a', 'write bc']);
    release();
    await tick();
    expect(calls).toEqual(['write a', 'write bc', 'flush']);
    release();
    await w.end();
    expect(calls).toHaveLength(3);
  });

  it('holds the caller back once maxBytes are gathered', async () => {
    const { rw, calls, release } = recordingWriter();
    const w = new BodyWriter(rw, 4);
    await w.write(Buffer.from('1'), false);
    await tick();
    let done = false;
    const held = w.write(Buffer.from('2345'), false).then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    release(); // 'write 1' done: the loop takes '2345', room again
    await held;
    expect(calls).toEqual(['write 1', 'write 2345']);
    release();
    await w.end();
  });

  it('does nothing for an empty message without flush, and ends at once', async () => {
    const { rw, calls } = recordingWriter();
    const w = new BodyWriter(rw);
    await w.write(undefined, false);
    await w.end();
    expect(calls).toEqual([]);
  });

  it('reports a failed Write to the next write and to end', async () => {
    const { rw, fail } = recordingWriter();
    const w = new BodyWriter(rw);
    await w.write(Buffer.from('x'), false);
    await tick();
    fail(new Error('client went away'));
    await expect(w.end()).rejects.toThrow('client went away');
    await expect(w.write(Buffer.from('y'), false)).rejects.toThrow('client went away');
  });
});
