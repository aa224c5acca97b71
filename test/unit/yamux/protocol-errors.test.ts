// Misbehaving peers: the session answers like Go (GoAway(1) for protocol errors),
// closes with a YamuxError that says what was wrong, and never crashes the process.
import { afterEach, describe, expect, it } from 'vitest';
import { Flag, FrameType } from '../../../src/bridge/yamux/constants.ts';
import type { YamuxError } from '../../../src/bridge/yamux/index.ts';
import {
  closed,
  pattern,
  sessionPair,
  sessionWithRawPeer,
  tick,
  until,
  type SessionPair,
} from './helpers.ts';

let pair: SessionPair | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  pair?.close();
  pair = undefined;
  for (const c of cleanups.splice(0)) c();
});

async function raw(side: 'client' | 'server', config = {}) {
  const t = await sessionWithRawPeer(side, config);
  cleanups.push(t.close);
  return t;
}

const isGoAway = (code: number) => (h: { type: number; length: number }) =>
  h.type === FrameType.GoAway && h.length === code;

describe('protocol errors => GoAway(1) and close', () => {
  it('a Data frame longer than the remaining receive window', async () => {
    const t = await raw('server');
    const done = closed(t.session);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 1, 0);
    t.peer.send(FrameType.Data, 0, 1, pattern(200_000));
    t.peer.send(FrameType.Data, 0, 1, pattern(100_000));
    const { reason, error } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_RECV_WINDOW_EXCEEDED', streamId: 1 });
    expect(reason!.message).toBe(
      'yamux: receive window exceeded: data frame of 100000 bytes, only 62144 bytes of window left (stream 1)',
    );
    expect(error).toBe(reason);
    await t.peer.waitFrame(isGoAway(1), 'GoAway(1)');
    await until(() => t.peer.ended, 2000, 'socket closed');
  });

  it('a Data frame longer than the frame guard is refused from its header alone', async () => {
    const t = await raw('server');
    const done = closed(t.session);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 1, 0);
    t.peer.send(FrameType.Data, 0, 1, 256 * 1024 + 1); // header only: no payload follows
    const { reason } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_FRAME_TOO_LARGE', streamId: 1 });
    await t.peer.waitFrame(isGoAway(1), 'GoAway(1)');
  });

  it('a Data frame longer than the receive window is refused from its header, whatever the frame guard', async () => {
    // maxFrameLength 2^32-1 (verifyConfig's maximum): Go checks the window before reading the body
    const t = await raw('server', { maxFrameLength: 0xffffffff });
    const done = closed(t.session);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 1, 0);
    t.peer.send(FrameType.Data, 0, 1, 0xffffffff); // header only: no payload follows
    const { reason } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_RECV_WINDOW_EXCEEDED', streamId: 1 });
    expect(reason!.message).toMatch(/data frame of 4294967295 bytes, only 262144 bytes of window left/);
    await t.peer.waitFrame(isGoAway(1), 'GoAway(1)');
  });

  it('a SYN Data frame longer than the initial window is refused from its header', async () => {
    const t = await raw('server', { maxFrameLength: 0xffffffff });
    const done = closed(t.session);
    t.peer.send(FrameType.Data, Flag.SYN, 1, 256 * 1024 + 1); // header only
    const { reason } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_RECV_WINDOW_EXCEEDED', streamId: 1 });
    await t.peer.waitFrame(isGoAway(1), 'GoAway(1)');
  });

  it('a duplicate SYN', async () => {
    const t = await raw('server');
    const done = closed(t.session);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 1, 0);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 1, 0);
    const { reason } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_DUPLICATE_STREAM', streamId: 1 });
    expect(reason!.message).toMatch(/SYN for already open stream id 1/);
    await t.peer.waitFrame(isGoAway(1), 'GoAway(1)');
  });

  it('a second FIN', async () => {
    const t = await raw('server');
    const done = closed(t.session);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN | Flag.FIN, 1, 0);
    t.peer.send(FrameType.WindowUpdate, Flag.FIN, 1, 0);
    const { reason } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_UNEXPECTED_FLAG', streamId: 1 });
    expect(reason!.message).toMatch(/unexpected FIN flag in state RemoteClose/);
    await t.peer.waitFrame(isGoAway(1), 'GoAway(1)');
  });
});

describe('malformed input', () => {
  it('a bad version byte closes the session with an error naming offset and value', async () => {
    const t = await raw('server');
    const done = closed(t.session);
    t.peer.send(FrameType.Ping, Flag.SYN, 0, 1);
    t.peer.socket.write(Buffer.from([3, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]));
    const { reason, error } = await done;
    expect(error).toMatchObject({ code: 'ERR_YAMUX_INVALID_VERSION' });
    expect(reason!.message).toMatch(/invalid protocol version 3 at byte offset 12/);
    // Like Go: no GoAway for a garbled header, just close. The ping before it was answered.
    await until(() => t.peer.ended, 2000, 'socket closed');
    expect(t.peer.frames.map((f) => f.header.type)).toEqual([FrameType.Ping]);
  });

  it('a type > 3 closes the session', async () => {
    const t = await raw('client');
    const done = closed(t.session);
    t.peer.socket.write(Buffer.from([0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    const { reason } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_INVALID_MSG_TYPE' });
    expect(reason!.message).toMatch(/invalid message type 4 at byte offset 1/);
  });

  it('the process stays up when nobody listens for the session error', async () => {
    const t = await raw('server');
    const done = new Promise<Error | undefined>((r) => t.session.once('close', r));
    t.peer.socket.write(Buffer.alloc(12, 0xff));
    const reason = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_INVALID_VERSION' });
    expect(t.logger.lines).toContain('ERR session closed on error');
    expect(t.session.closed).toBe(true);
  });

  it('a connection that ends mid-frame', async () => {
    const t = await raw('server');
    const done = closed(t.session);
    t.peer.socket.end(Buffer.from([0, 0, 0, 0, 0]));
    const { reason } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_TRUNCATED_FRAME' });
    expect(reason!.message).toMatch(/connection ended mid-frame at byte offset 5/);
  });

  it('an exception thrown by a user handler closes the session with GoAway(2), not the process', async () => {
    const t = await raw('server');
    const done = closed(t.session);
    t.peer.send(FrameType.Data, Flag.SYN, 1, Buffer.from('first'));
    const st = await t.session.accept();
    st.on('error', () => {});
    let seen = 0;
    st.on('data', (c: Buffer) => {
      seen++;
      // Thrown while we deliver a frame (the first chunk is emitted from Node's own tick).
      if (c.toString() === 'more') throw new Error('user bug');
    });
    await until(() => seen === 1, 2000, 'first chunk');
    t.peer.send(FrameType.Data, 0, 1, Buffer.from('more'));
    const { reason } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_INTERNAL' });
    expect(reason!.message).toMatch(/exception while handling a frame: user bug/);
    await t.peer.waitFrame(isGoAway(2), 'GoAway(2)');
  });
});

describe('tolerated input', () => {
  it('frames for unknown streams are discarded, Data payload skipped, session lives', async () => {
    const t = await raw('server');
    t.peer.send(FrameType.Data, 0, 99, Buffer.from('orphan payload'));
    t.peer.send(FrameType.WindowUpdate, 0, 77, 1000);
    t.peer.send(FrameType.WindowUpdate, Flag.FIN, 77, 0);
    t.peer.send(FrameType.Ping, Flag.SYN, 0, 5);
    await t.peer.waitFrame((h) => h.type === FrameType.Ping && h.length === 5, 'ping reply');
    expect(t.session.closed).toBe(false);
    expect(t.logger.lines).toContain('WARN discarding data for stream');
    expect(t.logger.lines.filter((l) => l === 'WARN frame for missing stream')).toHaveLength(2);
  });

  it('a RST for a stream still in the backlog drops it quietly', async () => {
    const t = await raw('server');
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 1, 0);
    t.peer.send(FrameType.WindowUpdate, Flag.RST, 1, 0);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 3, 0);
    t.peer.send(FrameType.Ping, Flag.SYN, 0, 1);
    await t.peer.waitFrame((h) => h.type === FrameType.Ping, 'ping reply'); // all four handled
    expect(t.session.numStreams()).toBe(1);
    expect((await t.session.accept()).id).toBe(3);
  });
});

describe('accept backlog', () => {
  it('a SYN beyond the backlog is refused with RST; the opener sees STREAM_RESET', async () => {
    pair = await sessionPair({}, { acceptBacklog: 2 });
    const opened = [];
    for (let i = 0; i < 3; i++) opened.push(await pair.client.open());
    const third = opened[2]!;
    const err = new Promise<YamuxError>((r) => third.once('error', (e) => r(e as YamuxError)));
    for (const s of opened) s.write('x');
    expect(await err).toMatchObject({ code: 'ERR_YAMUX_STREAM_RESET', streamId: 5 });
    expect(pair.server.numStreams()).toBe(2);
    expect((await pair.server.accept()).id).toBe(1);
    expect((await pair.server.accept()).id).toBe(3);
  });

  it('open() waits while acceptBacklog opens are un-ACKed (Go synCh)', async () => {
    const t = await raw('client', { acceptBacklog: 2 });
    await t.session.open();
    await t.session.open();
    let third = 0;
    void t.session.open().then((s) => (third = s.id));
    await tick(20);
    expect(third).toBe(0);
    t.peer.send(FrameType.WindowUpdate, Flag.ACK, 1, 0);
    await until(() => third === 5, 2000, 'third open');
  });
});

describe('timeouts', () => {
  it('an opened stream that is never ACKed closes the session (StreamOpenTimeout)', async () => {
    const t = await raw('client', { streamOpenTimeoutMs: 50 });
    const done = closed(t.session);
    const st = await t.session.open();
    const streamErr = new Promise<YamuxError>((r) => st.once('error', (e) => r(e as YamuxError)));
    const { reason } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_STREAM_OPEN_TIMEOUT', streamId: 1 });
    expect(reason!.message).toBe('yamux: opened stream not ACKed within 50 ms; closing session (stream 1)');
    expect((await streamErr).message).toBe(
      'yamux: session closed while stream open: opened stream not ACKed within 50 ms; closing session (stream 1)',
    );
  });

  it('an ACKed stream does not trip the open timeout', async () => {
    const t = await raw('client', { streamOpenTimeoutMs: 50 });
    await t.session.open();
    t.peer.send(FrameType.WindowUpdate, Flag.ACK, 1, 0);
    await tick(100);
    expect(t.session.closed).toBe(false);
  });

  it('a peer that never FINs after ours gets a RST after streamCloseTimeoutMs', async () => {
    const t = await raw('client', { streamCloseTimeoutMs: 50 });
    const st = await t.session.open();
    t.peer.send(FrameType.WindowUpdate, Flag.ACK, 1, 0);
    const err = new Promise<YamuxError>((r) => st.once('error', (e) => r(e as YamuxError)));
    st.end();
    expect(await err).toMatchObject({ code: 'ERR_YAMUX_STREAM_CLOSE_TIMEOUT', streamId: 1 });
    await t.peer.waitFrame((h) => h.flags === Flag.RST, 'RST');
    expect(t.peer.frames.map((f) => f.header.flags)).toEqual([Flag.SYN, Flag.FIN, Flag.RST]);
    expect(t.session.closed).toBe(false);
  });
});
