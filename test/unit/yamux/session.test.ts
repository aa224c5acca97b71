// Session behaviour over real TCP loopback: open/accept, ids, half-close, RST,
// ping, GoAway, close.
import { afterEach, describe, expect, it } from 'vitest';
import { Flag, FrameType } from '../../../src/bridge/yamux/constants.ts';
import type { YamuxError, YamuxStream } from '../../../src/bridge/yamux/index.ts';
import {
  closed,
  pattern,
  readAll,
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

function errorOf(stream: YamuxStream): Promise<YamuxError> {
  return new Promise((resolve) => stream.once('error', (e) => resolve(e as YamuxError)));
}

describe('open / accept', () => {
  it('echoes over a stream', async () => {
    pair = await sessionPair();
    void pair.server.accept().then((s) => s.pipe(s));
    const st = await pair.client.open();
    const got = readAll(st);
    st.end('hello yamux');
    expect((await got).toString()).toBe('hello yamux');
  });

  it('client opens odd ids, server opens even ids', async () => {
    pair = await sessionPair();
    const c1 = await pair.client.open();
    const c2 = await pair.client.open();
    const s1 = await pair.server.open();
    const s2 = await pair.server.open();
    expect([c1.id, c2.id, s1.id, s2.id]).toEqual([1, 3, 2, 4]);
    expect((await pair.server.accept()).id).toBe(1);
    expect((await pair.client.accept()).id).toBe(2);
  });

  it('accept() yields inbound streams in SYN order, whether called before or after', async () => {
    pair = await sessionPair();
    const early = pair.server.accept();
    const opened = [await pair.client.open(), await pair.client.open(), await pair.client.open()];
    for (const s of opened) s.write('x');
    expect((await early).id).toBe(1);
    await until(() => pair!.server.numStreams() === 3, 2000, 'three inbound streams');
    expect((await pair.server.accept()).id).toBe(3);
    expect((await pair.server.accept()).id).toBe(5);
  });

  it('open() sends WindowUpdate{SYN, 0} and resolves without waiting for the ACK', async () => {
    const t = await sessionWithRawPeer('client');
    cleanups.push(t.close);
    const st = await t.session.open();
    expect(st.state).toBe('SYNSent');
    const f = await t.peer.waitFrame((h) => h.streamId === 1);
    expect(f.header).toEqual({
      version: 0,
      type: FrameType.WindowUpdate,
      flags: Flag.SYN,
      streamId: 1,
      length: 0,
    });
    // Data may flow before the ACK (spec "Opening a stream").
    st.write('early');
    const d = await t.peer.waitFrame((h) => h.type === FrameType.Data);
    expect(d.payload.toString()).toBe('early');
    t.peer.send(FrameType.WindowUpdate, Flag.ACK, 1, 0);
    await until(() => st.state === 'Established', 2000, 'ACK');
  });

  it('accept() sends WindowUpdate{ACK} immediately', async () => {
    const t = await sessionWithRawPeer('server');
    cleanups.push(t.close);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 1, 0);
    const st = await t.session.accept();
    expect(st.state).toBe('Established');
    const f = await t.peer.waitFrame((h) => h.streamId === 1);
    expect(f.header).toMatchObject({ type: FrameType.WindowUpdate, flags: Flag.ACK, length: 0 });
  });

  it('honours SYN (and FIN) carried on a Data frame with payload', async () => {
    const t = await sessionWithRawPeer('server');
    cleanups.push(t.close);
    t.peer.send(FrameType.Data, Flag.SYN | Flag.FIN, 1, Buffer.from('syn+data+fin'));
    const st = await t.session.accept();
    expect((await readAll(st)).toString()).toBe('syn+data+fin');
    expect(st.state).toBe('RemoteClose');
  });

  it('numStreams counts open and not-yet-accepted streams', async () => {
    pair = await sessionPair();
    const a = await pair.client.open();
    await pair.client.open();
    expect(pair.client.numStreams()).toBe(2);
    await until(() => pair!.server.numStreams() === 2, 2000, 'server streams');
    a.destroy();
    expect(pair.client.numStreams()).toBe(1);
  });
});

describe('half-close', () => {
  it('client FIN ends the server readable; server may still write, then FIN', async () => {
    pair = await sessionPair();
    const accepted = pair.server.accept();
    const c = await pair.client.open();
    c.end('request');
    const s = await accepted;
    expect((await readAll(s)).toString()).toBe('request');
    expect(s.state).toBe('RemoteClose');
    // Writes are still allowed after the remote FIN.
    s.write('response part 1, ');
    s.end('part 2');
    expect((await readAll(c)).toString()).toBe('response part 1, part 2');
    await until(
      () => pair!.client.numStreams() === 0 && pair!.server.numStreams() === 0,
      2000,
      'streams freed',
    );
    expect(c.state).toBe('Closed');
  });

  it('server FIN first: the client still reads until it, and still writes after it', async () => {
    pair = await sessionPair();
    const accepted = pair.server.accept();
    const c = await pair.client.open();
    c.write('ping');
    const s = await accepted;
    s.end('server done');
    expect((await readAll(c)).toString()).toBe('server done');
    expect(c.state).toBe('RemoteClose');
    const rest = readAll(s);
    c.end(' and client done');
    expect((await rest).toString()).toBe('ping and client done');
  });

  it('reads continue after our own FIN until the remote FIN', async () => {
    pair = await sessionPair();
    const accepted = pair.server.accept();
    const c = await pair.client.open();
    c.end('bye');
    await new Promise((r) => c.once('finish', r));
    expect(c.state).toBe('LocalClose');
    const s = await accepted;
    await readAll(s);
    s.end(pattern(100_000));
    expect((await readAll(c)).equals(pattern(100_000))).toBe(true);
  });
});

describe('reset', () => {
  it('destroy() sends RST; the peer stream errors with STREAM_RESET', async () => {
    pair = await sessionPair();
    const accepted = pair.server.accept();
    const c = await pair.client.open();
    c.write('x');
    const s = await accepted;
    const err = errorOf(s);
    c.destroy();
    const e = await err;
    expect(e.code).toBe('ERR_YAMUX_STREAM_RESET');
    expect(e.message).toMatch(/stream reset by peer \(RST received\) \(stream 1\)/);
    expect(pair.server.numStreams()).toBe(0);
  });

  it('writing to a stream reset by the peer fails', async () => {
    pair = await sessionPair();
    const accepted = pair.server.accept();
    const c = await pair.client.open();
    c.on('error', () => {});
    c.write('x');
    (await accepted).destroy();
    await until(() => c.destroyed, 2000, 'client stream destroyed');
    const e = await new Promise<Error | null | undefined>((r) => c.write('y', r));
    expect(e).toBeInstanceOf(Error);
  });

  it('destroy() on the RST wire is WindowUpdate{RST}', async () => {
    const t = await sessionWithRawPeer('client');
    cleanups.push(t.close);
    const st = await t.session.open();
    st.destroy();
    const f = await t.peer.waitFrame((h) => (h.flags & Flag.RST) !== 0);
    expect(f.header).toEqual({
      version: 0,
      type: FrameType.WindowUpdate,
      flags: Flag.RST,
      streamId: 1,
      length: 0,
    });
  });

  it('a cleanly finished stream sends no RST when destroyed', async () => {
    const t = await sessionWithRawPeer('client');
    cleanups.push(t.close);
    const st = await t.session.open();
    t.peer.send(FrameType.WindowUpdate, Flag.ACK | Flag.FIN, 1, 0);
    st.resume();
    st.end();
    await new Promise((r) => st.once('close', r));
    await tick(20);
    expect(t.peer.frames.map((f) => f.header.flags)).toEqual([Flag.SYN, Flag.FIN]);
  });
});

describe('ping', () => {
  it('measures a round trip', async () => {
    pair = await sessionPair();
    const rtt = await pair.client.ping();
    expect(rtt).toBeGreaterThanOrEqual(0);
    expect(rtt).toBeLessThan(1000);
    expect(await pair.server.ping()).toBeGreaterThanOrEqual(0);
  });

  it('answers Ping{SYN} with Ping{ACK, same opaque} immediately', async () => {
    const t = await sessionWithRawPeer('server');
    cleanups.push(t.close);
    t.peer.send(FrameType.Ping, Flag.SYN, 0, 0xdeadbeef);
    const f = await t.peer.waitFrame((h) => h.type === FrameType.Ping);
    expect(f.header).toEqual({
      version: 0,
      type: FrameType.Ping,
      flags: Flag.ACK,
      streamId: 0,
      length: 0xdeadbeef,
    });
  });

  it('times out after connectionWriteTimeoutMs', async () => {
    const t = await sessionWithRawPeer('client', { connectionWriteTimeoutMs: 50 });
    cleanups.push(t.close);
    await expect(t.session.ping()).rejects.toMatchObject({ code: 'ERR_YAMUX_PING_TIMEOUT' });
    expect(t.session.closed).toBe(false);
  });

  it('keepalive pings every keepAliveIntervalMs', async () => {
    const t = await sessionWithRawPeer('client', { enableKeepAlive: true, keepAliveIntervalMs: 30 });
    cleanups.push(t.close);
    t.peer.socket.on('data', () => {
      for (const f of t.peer.frames.splice(0)) {
        if (f.header.type === FrameType.Ping) t.peer.send(FrameType.Ping, Flag.ACK, 0, f.header.length);
      }
    });
    const ids: number[] = [];
    const orig = t.peer.send.bind(t.peer);
    t.peer.send = (type, flags, id, len) => {
      if (type === FrameType.Ping) ids.push(len as number);
      orig(type, flags, id, len);
    };
    await until(() => ids.length >= 3, 3000, 'three keepalive pings');
    expect(ids.slice(0, 3)).toEqual([0, 1, 2]);
    expect(t.session.closed).toBe(false);
  });

  it('keepalive closes the session when a ping goes unanswered', async () => {
    const t = await sessionWithRawPeer('client', {
      enableKeepAlive: true,
      keepAliveIntervalMs: 20,
      connectionWriteTimeoutMs: 50,
    });
    cleanups.push(t.close);
    const { reason, error } = await closed(t.session);
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_KEEPALIVE_TIMEOUT' });
    expect(error).toBe(reason);
    expect(reason!.message).toMatch(/^yamux: keepalive failed: ping 0 not answered within 50 ms$/);
    await until(() => t.peer.ended, 2000, 'socket closed');
  });
});

describe('GoAway', () => {
  it('remote GoAway(normal): further opens fail, existing streams keep working', async () => {
    pair = await sessionPair();
    const accepted = pair.server.accept();
    const c = await pair.client.open();
    c.write('a');
    const s = await accepted;
    pair.server.goAway();
    await pair.client.ping(); // the server's GoAway precedes its ping reply on the wire
    await expect(pair.client.open()).rejects.toMatchObject({ code: 'ERR_YAMUX_REMOTE_GOAWAY' });
    s.end('still alive');
    c.end();
    expect((await readAll(c)).toString()).toBe('still alive');
    expect(pair.client.closed).toBe(false);
  });

  it('after a local goAway(), inbound SYNs are refused with RST', async () => {
    const t = await sessionWithRawPeer('server');
    cleanups.push(t.close);
    t.session.goAway();
    const g = await t.peer.waitFrame((h) => h.type === FrameType.GoAway);
    expect(g.header.length).toBe(0);
    t.peer.send(FrameType.WindowUpdate, Flag.SYN, 5, 0);
    const rst = await t.peer.waitFrame((h) => h.streamId === 5);
    expect(rst.header).toMatchObject({ type: FrameType.WindowUpdate, flags: Flag.RST });
    expect(t.session.numStreams()).toBe(0);
  });

  it.each([
    [1, 'ERR_YAMUX_REMOTE_PROTOCOL_ERROR', /remote sent GoAway\(protocol error\)/],
    [2, 'ERR_YAMUX_REMOTE_INTERNAL_ERROR', /remote sent GoAway\(internal error\)/],
    [9, 'ERR_YAMUX_REMOTE_GOAWAY_UNKNOWN', /remote sent GoAway\(unknown code 9\)/],
  ])('remote GoAway(%i) closes the session', async (code, errCode, msg) => {
    const t = await sessionWithRawPeer('client');
    cleanups.push(t.close);
    const done = closed(t.session);
    t.peer.send(FrameType.GoAway, 0, 0, code);
    const { reason } = await done;
    expect(reason).toMatchObject({ code: errCode });
    expect(reason!.message).toMatch(msg);
    // We do not answer a GoAway with a GoAway.
    await tick(20);
    expect(t.peer.frames.filter((f) => f.header.type === FrameType.GoAway)).toHaveLength(0);
  });
});

describe('close', () => {
  it('closes streams and the socket, sends no GoAway, and rejects pending and later calls', async () => {
    const t = await sessionWithRawPeer('client');
    cleanups.push(t.close);
    const st = await t.session.open();
    const pendingAccept = t.session.accept();
    const done = closed(t.session);
    t.session.close();
    expect(t.session.closed).toBe(true);
    const { reason, error } = await done;
    expect(reason).toBeUndefined();
    expect(error).toBeUndefined();
    expect(st.destroyed).toBe(true);
    await expect(pendingAccept).rejects.toMatchObject({ code: 'ERR_YAMUX_SESSION_SHUTDOWN' });
    await expect(t.session.open()).rejects.toMatchObject({ code: 'ERR_YAMUX_SESSION_SHUTDOWN' });
    await expect(t.session.ping()).rejects.toMatchObject({ code: 'ERR_YAMUX_SESSION_SHUTDOWN' });
    await until(() => t.peer.ended, 2000, 'socket end');
    expect(t.peer.frames.map((f) => f.header.type)).toEqual([FrameType.WindowUpdate]);
    t.session.close(); // idempotent
  });

  it('close(err) destroys held streams with an error naming the stream and reports the reason', async () => {
    pair = await sessionPair();
    const st = await pair.client.open();
    const err = errorOf(st);
    const done = closed(pair.client);
    pair.client.close(new Error('shutting down'));
    const e = await err;
    expect(e.code).toBe('ERR_YAMUX_SESSION_SHUTDOWN');
    expect(e.message).toBe('yamux: session closed while stream open: shutting down (stream 1)');
    expect((await done).reason!.message).toBe('shutting down');
  });

  it('peer EOF closes the session with CONNECTION_CLOSED and no error event', async () => {
    pair = await sessionPair();
    const done = closed(pair.server);
    pair.client.close();
    const { reason, error } = await done;
    expect(reason).toMatchObject({ code: 'ERR_YAMUX_CONNECTION_CLOSED' });
    expect(error).toBeUndefined();
    await expect(pair.server.accept()).rejects.toMatchObject({ code: 'ERR_YAMUX_SESSION_SHUTDOWN' });
  });
});
