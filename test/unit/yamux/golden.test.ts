// Golden frames captured from real hashicorp/yamux v0.1.2 (test/vectors/yamux.go,
// `cd test/vectors && go run . generate golden`): our reader decodes them, and our
// session writes the same bytes for the same action.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Flag, FrameType, HEADER_SIZE } from '../../../src/bridge/yamux/constants.ts';
import { FrameReader } from '../../../src/bridge/yamux/frame-reader.ts';
import { decodeHeader, encodeFrame, encodeHeader } from '../../../src/bridge/yamux/frame.ts';
import { client, server, type Session } from '../../../src/bridge/yamux/index.ts';
import { captureLogger, FakeConn, hex, tick, until } from './helpers.ts';

const DIR = new URL('../../vectors/golden/yamux/', import.meta.url);

interface GoldenCase {
  name: string;
  writer: 'client' | 'server';
  action: string;
  file: string;
  payloadOmitted?: boolean;
  frames: { type: number; flags: number; streamId: number; length: number }[];
}

const manifest = JSON.parse(readFileSync(new URL('cases.json', DIR), 'utf8')) as {
  module: string;
  cases: GoldenCase[];
};
const byName = new Map(manifest.cases.map((c) => [c.name, c]));

function golden(name: string): Buffer {
  const c = byName.get(name);
  if (!c) throw new Error(`no golden case ${name}`);
  const text = readFileSync(new URL(c.file, DIR), 'utf8');
  return Buffer.from(text.split(/\s+/).filter(Boolean).join(''), 'hex');
}

/** byte i = i % 251, the payload of the Go data cases. */
function goPattern(n: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = i % 251;
  return b;
}

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

function make(side: 'client' | 'server'): { conn: FakeConn; session: Session } {
  const conn = new FakeConn();
  const session = (side === 'client' ? client : server)(conn, { logger: captureLogger() });
  sessions.push(session);
  return { conn, session };
}

/** Bytes written after the event loop settles. */
async function written(conn: FakeConn): Promise<Buffer> {
  await tick(5);
  return conn.takeWritten();
}

it('the manifest is from hashicorp/yamux v0.1.2 and lists every case we replay', () => {
  expect(manifest.module).toBe('github.com/hashicorp/yamux v0.1.2');
  expect([...byName.keys()].sort()).toEqual(Object.keys(actions).sort());
});

describe('our frame reader decodes the Go captures', () => {
  it.each(manifest.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const bytes = golden(c.name);
    if (c.payloadOmitted) {
      // Header-only file: one header per line.
      const headers = [];
      for (let off = 0; off < bytes.length; off += HEADER_SIZE) headers.push(decodeHeader(bytes, off));
      expect(headers.map(({ version: _v, ...h }) => h)).toEqual(c.frames);
      return;
    }
    const frames = new FrameReader({ maxFrameLength: 256 * 1024 }).push(bytes);
    expect(
      frames.map((f) => ({
        type: f.header.type,
        flags: f.header.flags,
        streamId: f.header.streamId,
        length: f.header.length,
      })),
    ).toEqual(c.frames);
    for (const f of frames)
      if (f.header.type === FrameType.Data) expect(f.payload.length).toBe(f.header.length);
  });
});

const SYN3 = encodeHeader(FrameType.WindowUpdate, Flag.SYN, 3, 0);

/** For each golden case: perform the same action on our session and return what it wrote. */
const actions: Record<string, () => Promise<Buffer>> = {
  async open() {
    const { conn, session } = make('client');
    await session.open();
    return written(conn);
  },
  async accept() {
    const { conn, session } = make('server');
    conn.inject(golden('open'));
    await session.accept();
    return written(conn);
  },
  async data() {
    const { conn, session } = make('client');
    const st = await session.open();
    await written(conn);
    st.write('hello, yamux');
    return written(conn);
  },
  async fin() {
    const { conn, session } = make('client');
    const st = await session.open();
    await written(conn);
    st.end();
    return written(conn);
  },
  async 'fin-reply'() {
    const { conn, session } = make('server');
    conn.inject(golden('open'));
    const st = await session.accept();
    conn.inject(golden('fin'));
    st.resume();
    await new Promise((r) => st.once('end', r));
    await written(conn);
    st.end();
    return written(conn);
  },
  async 'window-update'() {
    const { conn, session } = make('server');
    conn.inject(SYN3);
    const st = await session.accept();
    await written(conn);
    conn.inject(encodeFrame(FrameType.Data, 0, 3, goPattern(256 * 1024)));
    let got = 0;
    st.on('data', (c: Buffer) => (got += c.length));
    await until(() => got === 256 * 1024, 2000, 'full window read');
    return written(conn);
  },
  async 'data-window-split'() {
    const { conn, session } = make('client');
    await session.open();
    const st3 = await session.open();
    await written(conn);
    st3.write(goPattern(300_000));
    const first = await written(conn);
    conn.inject(encodeHeader(FrameType.WindowUpdate, 0, 3, 256 * 1024)); // the server's credit
    const all = Buffer.concat([first, await written(conn)]);
    // The golden file holds headers only: check the payload here, return the headers.
    const frames = new FrameReader({ maxFrameLength: 256 * 1024 }).push(all);
    expect(Buffer.concat(frames.map((f) => f.payload)).equals(goPattern(300_000))).toBe(true);
    return Buffer.concat(
      frames.map((f) => encodeHeader(f.header.type, f.header.flags, f.header.streamId, f.header.length)),
    );
  },
  async ping() {
    const { conn, session } = make('client');
    session.ping().catch(() => {});
    return written(conn);
  },
  async 'ping-reply'() {
    const { conn } = make('server');
    conn.inject(golden('ping'));
    return written(conn);
  },
  async goaway() {
    const { conn, session } = make('server');
    session.goAway();
    return written(conn);
  },
  async 'rst-after-goaway'() {
    const { conn, session } = make('server');
    session.goAway();
    await written(conn);
    conn.inject(encodeHeader(FrameType.WindowUpdate, Flag.SYN, 5, 0));
    return written(conn);
  },
  async 'window-exceeded'() {
    const { conn, session } = make('server');
    session.on('error', () => {});
    conn.inject(golden('open'));
    conn.inject(encodeHeader(FrameType.Data, 0, 1, 256 * 1024 + 1));
    return written(conn);
  },
  async 'duplicate-syn'() {
    const { conn, session } = make('server');
    session.on('error', () => {});
    conn.inject(Buffer.concat([golden('open'), golden('open')]));
    return written(conn);
  },
};

describe('our session writes the bytes Go writes for the same action', () => {
  it.each(Object.keys(actions))('%s', async (name) => {
    const ours = await actions[name]!();
    expect(hex(ours)).toBe(hex(golden(name)));
  });
});
