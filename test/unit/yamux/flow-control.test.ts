// Flow control: the receive window is credited on consumption (Go's >= max/2
// rule), the sender never exceeds the peer's window, and both a slow reader and a
// full socket stall the writer (write callbacks wait).
import { afterEach, describe, expect, it } from 'vitest';
import { Flag, FrameType } from '../../../src/bridge/yamux/constants.ts';
import { client, type YamuxStream } from '../../../src/bridge/yamux/index.ts';
import {
  captureLogger,
  FakeConn,
  pattern,
  readAll,
  sessionPair,
  sessionWithRawPeer,
  tick,
  until,
  type SessionPair,
} from './helpers.ts';

const WINDOW = 256 * 1024;
let pair: SessionPair | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  pair?.close();
  pair = undefined;
  for (const c of cleanups.splice(0)) c();
});

/**
 * A reader that lets the window fill up completely before it drains, cycle after
 * cycle: each time, the peer's writer must be stalled at sendWindow 0.
 */
async function stallingRead(
  reader: YamuxStream,
  writer: YamuxStream,
  total: number,
): Promise<{ data: Buffer; stalls: number; maxBuffered: number }> {
  reader.pause();
  const parts: Buffer[] = [];
  let got = 0;
  let stalls = 0;
  let maxBuffered = 0;
  while (got < total) {
    const want = Math.min(WINDOW, total - got);
    await until(() => reader.bufferedBytes >= want, 5000, `${want} bytes buffered`);
    maxBuffered = Math.max(maxBuffered, reader.bufferedBytes);
    expect(reader.bufferedBytes + reader.recvWindow).toBeLessThanOrEqual(WINDOW);
    if (want === WINDOW) {
      expect(writer.sendWindow).toBe(0); // the writer is blocked on credit
      stalls++;
    }
    for (let c = reader.read() as Buffer | null; c !== null; c = reader.read() as Buffer | null) {
      parts.push(c);
      got += c.length;
    }
  }
  const ended = new Promise((r) => reader.once('end', r));
  reader.resume();
  await ended;
  return { data: Buffer.concat(parts), stalls, maxBuffered };
}

describe('window and backpressure over TCP', () => {
  it('transfers 4 MiB both ways at once with window exhaustion; buffered bytes never exceed the window', async () => {
    pair = await sessionPair();
    const accepted = pair.server.accept();
    const c = await pair.client.open();
    const s = await accepted;
    const up = pattern(4 << 20, 11);
    const down = pattern(4 << 20, 22);
    const gotUp = stallingRead(s, c, up.length);
    const gotDown = stallingRead(c, s, down.length);
    c.end(up);
    s.end(down);
    const [u, d] = await Promise.all([gotUp, gotDown]);
    expect(u.data.equals(up)).toBe(true);
    expect(d.data.equals(down)).toBe(true);
    for (const r of [u, d]) {
      expect(r.maxBuffered).toBe(WINDOW);
      expect(r.stalls).toBe(16); // 4 MiB / 256 KiB
    }
  });

  it('a reader that does not read stalls the writer at exactly one window', async () => {
    pair = await sessionPair();
    const accepted = pair.server.accept();
    const c = await pair.client.open();
    let written = false;
    const ok = c.write(pattern(1 << 20, 5), () => (written = true));
    expect(ok).toBe(false);
    const s = await accepted;
    await until(() => s.bufferedBytes === WINDOW, 2000, 'window filled');
    await tick(50);
    expect(written).toBe(false);
    expect(c.sendWindow).toBe(0);
    expect(s.recvWindow).toBe(0);
    expect(s.bufferedBytes).toBe(WINDOW);
    // Consuming returns credit and lets the writer finish.
    const all = readAll(s);
    await until(() => written, 2000, 'write callback');
    c.end();
    expect((await all).equals(pattern(1 << 20, 5))).toBe(true);
  });

  it('a larger maxStreamWindowSize is announced on SYN and ACK like Go', async () => {
    const t = await sessionWithRawPeer('client', { maxStreamWindowSize: 1 << 20 });
    cleanups.push(t.close);
    await t.session.open();
    const syn = await t.peer.waitFrame((h) => h.streamId === 1);
    expect(syn.header).toMatchObject({
      type: FrameType.WindowUpdate,
      flags: Flag.SYN,
      length: (1 << 20) - WINDOW,
    });
  });
});

describe('window accounting against a raw peer', () => {
  it('credits on consumption only once delta >= max/2 (Go sendWindowUpdate)', async () => {
    const t = await sessionWithRawPeer('server');
    cleanups.push(t.close);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 1, 0);
    const st = await t.session.accept();
    await t.peer.waitFrame((h) => h.flags === Flag.ACK);
    const updates = () =>
      t.peer.frames.filter((f) => f.header.type === FrameType.WindowUpdate && f.header.flags === 0);

    t.peer.send(FrameType.Data, 0, 1, pattern(100_000));
    await until(() => st.bufferedBytes === 100_000, 2000, 'data buffered');
    await tick(20);
    expect(updates()).toHaveLength(0); // received but not consumed: no credit
    expect(st.read()?.length).toBe(100_000);
    await tick(20);
    expect(updates()).toHaveLength(0); // consumed 100000 < 131072

    t.peer.send(FrameType.Data, 0, 1, pattern(40_000));
    await until(() => st.bufferedBytes === 40_000, 2000, 'more data');
    st.read();
    const [u] = await until(() => updates().length === 1, 2000, 'window update').then(updates);
    expect(u!.header).toMatchObject({ streamId: 1, length: 140_000 });
    expect(st.recvWindow).toBe(WINDOW);
  });

  it('never sends more than the peer window, resuming exactly as credit arrives', async () => {
    const t = await sessionWithRawPeer('client');
    cleanups.push(t.close);
    const st = await t.session.open();
    const data = pattern(300_000, 9);
    let done = false;
    st.write(data, () => (done = true));
    const sent = () =>
      t.peer.frames.filter((f) => f.header.type === FrameType.Data).map((f) => f.header.length);
    await until(() => sent().length === 1, 2000, 'first frame');
    await tick(30);
    expect(sent()).toEqual([WINDOW]);
    expect(done).toBe(false);
    t.peer.send(FrameType.WindowUpdate, Flag.ACK, 1, 1000);
    await until(() => sent().length === 2, 2000, 'second frame');
    await tick(30);
    expect(sent()).toEqual([WINDOW, 1000]);
    t.peer.send(FrameType.WindowUpdate, 0, 1, 1 << 20);
    await until(() => done, 2000, 'write callback');
    expect(sent()).toEqual([WINDOW, 1000, 300_000 - WINDOW - 1000]);
    const payload = Buffer.concat(
      t.peer.frames.filter((f) => f.header.type === FrameType.Data).map((f) => f.payload),
    );
    expect(payload.equals(data)).toBe(true);
  });
});

describe('credit when the consumer takes part of a pushed chunk (read + unshift, read(n))', () => {
  // One Data frame can fill the whole window, and Node keeps it as one chunk. Consumers that
  // take less than that chunk (read(n), or read() then unshift() the surplus, as MuxBroker's
  // readExactly and the Puller do) drain it through read() calls that never reach _read();
  // credit must still flow, as Go's Read sends it after every read.
  async function fullWindowStream(): Promise<{ st: YamuxStream; updates: () => number[] }> {
    const t = await sessionWithRawPeer('server');
    cleanups.push(t.close);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 1, 0);
    const st = await t.session.accept();
    await t.peer.waitFrame((h) => h.flags === Flag.ACK);
    t.peer.send(FrameType.Data, 0, 1, pattern(WINDOW, 4));
    await until(() => st.bufferedBytes === WINDOW, 2000, 'window buffered');
    const updates = (): number[] =>
      t.peer.frames
        .filter((f) => f.header.type === FrameType.WindowUpdate && f.header.flags === 0)
        .map((f) => f.header.length);
    return { st, updates };
  }

  it('read() then unshift() of the surplus: credit once max/2 is consumed, none for unshifted bytes', async () => {
    const { st, updates } = await fullWindowStream();
    const parts: Buffer[] = [];
    let consumed = 0;
    while (consumed < WINDOW) {
      const c = st.read() as Buffer;
      expect(c).not.toBeNull();
      if (c.length > 65536) st.unshift(c.subarray(65536));
      parts.push(c.subarray(0, 65536));
      consumed += Math.min(c.length, 65536);
      await tick(10);
      expect(st.bufferedBytes + st.recvWindow).toBeLessThanOrEqual(WINDOW);
      expect(st.bufferedBytes).toBe(WINDOW - consumed);
      if (consumed < WINDOW / 2) expect(updates()).toEqual([]);
    }
    await until(() => updates().reduce((a, b) => a + b, 0) === WINDOW, 2000, 'full credit');
    expect(updates()[0]).toBe(WINDOW / 2); // sent as soon as delta reached max/2
    expect(st.recvWindow).toBe(WINDOW);
    expect(Buffer.concat(parts).equals(pattern(WINDOW, 4))).toBe(true);
  });

  it('read(n) smaller than the buffered chunk', async () => {
    const { st, updates } = await fullWindowStream();
    let consumed = 0;
    while (consumed < WINDOW) {
      const c = st.read(65536) as Buffer | null;
      expect(c?.length).toBe(65536);
      consumed += 65536;
      await tick(10);
    }
    await until(() => updates().reduce((a, b) => a + b, 0) === WINDOW, 2000, 'full credit');
    expect(st.recvWindow).toBe(WINDOW);
  });

  it('over TCP: one 1 MiB write, a late reader that takes 64 KiB per read() and unshifts the rest', async () => {
    pair = await sessionPair();
    const accepted = pair.server.accept();
    const c = await pair.client.open();
    const s = await accepted;
    const data = pattern(1 << 20, 6);
    let written = false;
    c.end(data, () => (written = true));
    await until(() => s.bufferedBytes === WINDOW, 2000, 'window filled');
    let ended = false;
    s.once('end', () => (ended = true));
    const parts: Buffer[] = [];
    while (!ended) {
      const x = s.read() as Buffer | null;
      if (x === null) {
        await new Promise((r) => {
          s.once('readable', r);
          s.once('end', r);
        });
        continue;
      }
      if (x.length > 65536) s.unshift(x.subarray(65536));
      parts.push(x.subarray(0, 65536));
      expect(s.bufferedBytes).toBeLessThanOrEqual(WINDOW);
      await tick(1);
    }
    expect(Buffer.concat(parts).equals(data)).toBe(true);
    expect(written).toBe(true);
  });
});

describe('socket backpressure', () => {
  function spyWrites(conn: FakeConn): Buffer[] {
    const writes: Buffer[] = [];
    const orig = conn.write.bind(conn) as (...a: unknown[]) => boolean;
    conn.write = ((chunk: Buffer, ...rest: unknown[]) => {
      writes.push(Buffer.from(chunk));
      return orig(chunk, ...rest);
    }) as typeof conn.write;
    return writes;
  }

  it('waits for drain when socket.write() returns false', async () => {
    const conn = new FakeConn(16 * 1024);
    conn.stalled = true;
    const writes = spyWrites(conn);
    const session = client(conn, { enableKeepAlive: false, logger: captureLogger() });
    const st = await session.open();
    let first = false;
    let second = false;
    st.write(pattern(64 * 1024), () => (first = true));
    st.write(pattern(64 * 1024, 2), () => (second = true));
    await tick(30);
    // SYN header, then one Data frame (header + body); the socket is now above its high-water mark.
    expect(writes.map((w) => w.length)).toEqual([12, 12, 65536]);
    expect(first).toBe(true);
    expect(second).toBe(false);
    conn.unstall();
    await until(() => second, 2000, 'second write after drain');
    expect(writes.map((w) => w.length)).toEqual([12, 12, 65536, 12, 65536]);
    session.close();
  });

  it('fails the write with CONNECTION_WRITE_TIMEOUT when the socket never drains', async () => {
    const conn = new FakeConn(16 * 1024);
    conn.stalled = true;
    const session = client(conn, {
      enableKeepAlive: false,
      connectionWriteTimeoutMs: 50,
      logger: captureLogger(),
    });
    const st = await session.open();
    st.on('error', () => {});
    st.write(pattern(64 * 1024));
    const err = await new Promise<Error>((resolve) => st.write(pattern(10), (e) => e && resolve(e)));
    expect(err).toMatchObject({ code: 'ERR_YAMUX_CONNECTION_WRITE_TIMEOUT', streamId: 1 });
    expect(err.message).toMatch(/connection did not drain within 50 ms/);
    expect(st.destroyed).toBe(true);
    expect(session.closed).toBe(false); // like Go: the write fails, the session lives
    session.close();
  });
});
