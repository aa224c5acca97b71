// Regression: a single write larger than the yamux window on a MuxBroker stream used to
// stall forever. The acceptor's id read (readExactly) and the Puller both read() more than
// they need and unshift() the rest; Node then never called _read() again, and _read() was
// the only place the stream returned credit, so the reader got 262,140 bytes (one window
// minus the 4-byte id) and nothing more. Credit is now checked after every read(), as Go
// checks it after every Stream.Read.
import { afterEach, describe, expect, it } from 'vitest';
import { readExactly } from '../../../src/bridge/goplugin/broker.ts';
import { Puller } from '../../../src/bridge/mattermost/streams/puller.ts';
import type { YamuxStream } from '../../../src/bridge/yamux/index.ts';
import { brokerPair } from '../../helpers/broker-pair.ts';

const WINDOW = 256 * 1024;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function pattern(n: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed) & 0xff;
  return b;
}

/** Writes `data` in `chunk`-sized write() calls, honouring backpressure, then ends. */
async function writeAll(out: YamuxStream, data: Buffer, chunk: number): Promise<void> {
  for (let i = 0; i < data.length; i += chunk) {
    if (!out.write(data.subarray(i, i + chunk))) await new Promise((r) => out.once('drain', r));
  }
  out.end();
}

/** Pulls to the end, 64 KiB at a time; also returns the most ever buffered on the stream. */
async function pullAll(inn: YamuxStream): Promise<{ data: Buffer; maxBuffered: number }> {
  const p = new Puller(inn);
  const parts: Buffer[] = [];
  let maxBuffered = 0;
  for (;;) {
    maxBuffered = Math.max(maxBuffered, inn.bufferedBytes);
    const x = await p.pull(65536);
    if (x === null) break;
    parts.push(x);
  }
  return { data: Buffer.concat(parts), maxBuffered };
}

describe('MuxBroker streams: writes larger than the yamux window', () => {
  const cases: [chunk: number, delayMs: number][] = [
    [300_000, 100],
    [300_000, 0],
    [32_768, 100],
    [200_000, 100],
    [600_000, 100],
  ];
  for (const [chunk, delay] of cases) {
    it(`600000 bytes in writes of ${chunk}, reader attaches after ${delay} ms`, async () => {
      const { out, inn } = await brokerPair(cleanups);
      const data = pattern(600_000, chunk);
      const writing = writeAll(out, data, chunk);
      await new Promise((r) => setTimeout(r, delay));
      const got = await pullAll(inn);
      await writing;
      expect(got.data.length).toBe(data.length);
      expect(got.data.equals(data)).toBe(true);
      expect(got.maxBuffered).toBeLessThanOrEqual(WINDOW);
    }, 5_000);
  }

  it('a single 4 MiB write, read back through readExactly(4) and then the Puller', async () => {
    const { out, inn } = await brokerPair(cleanups);
    const data = pattern(4 << 20, 3);
    out.end(data);
    await new Promise((r) => setTimeout(r, 50)); // let the first window arrive and sit
    const head = await readExactly(inn, 4);
    const rest = await pullAll(inn);
    expect(Buffer.concat([head, rest.data]).equals(data)).toBe(true);
    expect(rest.maxBuffered).toBeLessThanOrEqual(WINDOW);
  }, 10_000);

  it('the same single 4 MiB write, the other way (acceptor writes, dialer reads)', async () => {
    const { out, inn } = await brokerPair(cleanups);
    const data = pattern(4 << 20, 4);
    inn.end(data);
    await new Promise((r) => setTimeout(r, 50));
    const got = await pullAll(out);
    expect(got.data.equals(data)).toBe(true);
    expect(got.maxBuffered).toBeLessThanOrEqual(WINDOW);
  }, 10_000);
});
