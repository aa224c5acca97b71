/**
 * Fuzz targets for yamux (src/bridge/yamux):
 *
 *  yamux-frames   the I/O-free FrameReader: frames or YamuxError; a malformed header poisons the
 *                 reader (later feeds throw the same error); every frame is well-formed (version 0,
 *                 type 0..3, payload length = header length for Data, 0 otherwise, <= maxFrameLength);
 *                 bytes are all accounted for; chunking-invariant.
 *  yamux-session  a whole Session (server or client side) reading the bytes from an in-memory
 *                 connection, with streams accepted, read, written and ended: it must end with
 *                 'close' (undefined or YamuxError reason) within the time budget, emit only
 *                 YamuxError on 'error' (session and streams), never throw out of a handler, and
 *                 everything it writes back must be well-formed yamux frames.
 *
 * Cases: random bytes, the Go-written golden frames concatenated and mutated (length fields
 * inflated to 2^32-1 …), and structured frame sequences with random types, flags, stream ids and
 * lengths.
 */
import { Duplex } from 'node:stream';
import fc from 'fast-check';
import { FrameReader } from '../../src/bridge/yamux/frame-reader.ts';
import { type Frame } from '../../src/bridge/yamux/frame.ts';
import {
  client,
  FrameType,
  HEADER_SIZE,
  server,
  YamuxError,
  YamuxStream,
  type Session,
  type YamuxConfig,
} from '../../src/bridge/yamux/index.ts';
import { yamuxSeeds } from './lib/golden.ts';
import {
  caseArb,
  chunked,
  expectError,
  invariant,
  OracleViolation,
  randomBytesArb,
  type FuzzCase,
  type FuzzTarget,
} from './lib/harness.ts';
import {
  beUint,
  concat,
  mutationArb,
  applyMutations,
  describeMutations,
  type LengthField,
} from './lib/mutate.ts';
import { Rng } from './lib/prng.ts';

const MAX_UINT32 = 0xffff_ffff;

// ---- generators ---------------------------------------------------------------------------------

/** Length fields of every intact header (offset 8 of each frame). */
export function yamuxLengthFields(b: Uint8Array): LengthField[] {
  const out: LengthField[] = [];
  let p = 0;
  while (p + HEADER_SIZE <= b.length) {
    out.push({ at: p + 8, size: 4, encode: beUint(4) });
    const type = b[p + 1]!;
    const len = ((b[p + 8]! << 24) | (b[p + 9]! << 16) | (b[p + 10]! << 8) | b[p + 11]!) >>> 0;
    p += HEADER_SIZE + (type === FrameType.Data ? len : 0);
  }
  return out;
}

function header(type: number, flags: number, id: number, len: number, version = 0): Uint8Array {
  const b = Buffer.alloc(HEADER_SIZE);
  b[0] = version;
  b[1] = type;
  b.writeUInt16BE(flags & 0xffff, 2);
  b.writeUInt32BE(id >>> 0, 4);
  b.writeUInt32BE(len >>> 0, 8);
  return b;
}

const IDS = [0, 1, 2, 3, 4, 5, 7, 0x7fff_ffff, 0xffff_fffe, MAX_UINT32];
const LENGTHS = [
  0,
  1,
  12,
  255,
  65535,
  128 * 1024,
  256 * 1024,
  256 * 1024 + 1,
  0x7fff_ffff,
  0x8000_0000,
  MAX_UINT32,
];

/** A sequence of frames with mostly-valid fields and boundary values. */
export function structuredFrames(seed: number): Uint8Array {
  const r = new Rng(seed);
  const parts: Uint8Array[] = [];
  const ids = [1, 2, 3, 5];
  const n = r.range(1, 10);
  for (let i = 0; i < n; i++) {
    const type = r.chance(0.95) ? r.int(4) : r.range(4, 255);
    const flags = r.chance(0.8)
      ? r.pick([0, 1, 2, 4, 8, 1 | 2, 2 | 4, 1 | 4, 4 | 8, 1 | 8, 0xf])
      : r.int(0x10000);
    const id = type >= 2 ? (r.chance(0.8) ? 0 : r.pick(IDS)) : r.chance(0.8) ? r.pick(ids) : r.pick(IDS);
    const version = r.chance(0.97) ? 0 : r.range(1, 255);
    if (type === FrameType.Data) {
      const real = r.chance(0.85);
      const len = real ? r.pick([0, 1, 5, 100, 4096]) : r.pick(LENGTHS);
      parts.push(header(type, flags, id, len, version));
      if (real) parts.push(r.bytes(len));
      else parts.push(r.bytes(r.int(32)));
    } else {
      const len = r.chance(0.6) ? r.pick([0, 1, 2, 100, 256 * 1024]) : r.pick(LENGTHS);
      parts.push(header(type, flags, id, len, version));
    }
  }
  return concat(parts);
}

/** 1..6 golden captures (frames Go wrote) back to back. */
function goldenSequence(): fc.Arbitrary<{ bytes: Uint8Array; origin: string }> {
  const seeds = yamuxSeeds();
  return fc.array(fc.nat({ max: seeds.length - 1 }), { minLength: 1, maxLength: 6 }).map((is) => ({
    bytes: concat(is.map((i) => seeds[i]!.bytes)),
    origin: `golden:${is.map((i) => seeds[i]!.name).join('+')}`,
  }));
}

function bytesArb(): fc.Arbitrary<{ bytes: Uint8Array; origin: string }> {
  const donors = yamuxSeeds().map((s) => s.bytes);
  const structured = fc.integer().map((s) => ({ bytes: structuredFrames(s), origin: `structured:${s}` }));
  const mutate = (base: fc.Arbitrary<{ bytes: Uint8Array; origin: string }>) =>
    fc.tuple(base, fc.array(mutationArb(donors.length), { minLength: 1, maxLength: 5 })).map(([b, muts]) => ({
      bytes: applyMutations(b.bytes, muts, donors, yamuxLengthFields),
      origin: `${b.origin}+${describeMutations(muts)}`,
    }));
  return fc.oneof(
    { weight: 2, arbitrary: randomBytesArb(128).map((b) => ({ bytes: b, origin: 'random' })) },
    { weight: 2, arbitrary: goldenSequence() },
    { weight: 4, arbitrary: mutate(goldenSequence()) },
    { weight: 3, arbitrary: structured },
    { weight: 3, arbitrary: mutate(structured) },
  );
}

// ---- yamux-frames ---------------------------------------------------------------------------------

/** maxFrameLength per variant: the default, a tuned 16 MiB window, and the largest verifyConfig allows. */
const FRAME_LIMITS = [256 * 1024, 16 * 1024 * 1024, MAX_UINT32];

interface FrameDecoding {
  frames: Frame[];
  error?: YamuxError;
  offset: number;
  midFrame: boolean;
}

function readFrames(bytes: Uint8Array, chunks: readonly number[], maxFrameLength: number): FrameDecoding {
  const reader = new FrameReader({ maxFrameLength });
  const frames: Frame[] = [];
  for (const chunk of chunked(bytes, chunks)) {
    try {
      reader.feed(chunk, (f) => frames.push(f));
    } catch (e) {
      expectError(e, [YamuxError], 'feed');
      let again: unknown;
      try {
        reader.push(Uint8Array.of(0));
      } catch (e2) {
        again = e2;
      }
      invariant(again === e, () => `a poisoned FrameReader did not rethrow its error (got ${String(again)})`);
      return { frames, error: e as YamuxError, offset: reader.offset, midFrame: reader.midFrame };
    }
  }
  return { frames, offset: reader.offset, midFrame: reader.midFrame };
}

function checkFrames(d: FrameDecoding, total: number, maxFrameLength: number): void {
  let consumed = 0;
  for (const f of d.frames) {
    const h = f.header;
    invariant(
      h.version === 0 && h.type <= 3,
      () => `frame with version ${h.version} type ${h.type} delivered`,
    );
    const want = h.type === FrameType.Data ? h.length : 0;
    invariant(
      f.payload.length === want,
      () => `payload of ${f.payload.length} bytes for a header saying ${h.length}`,
    );
    invariant(
      want <= maxFrameLength,
      () => `data frame of ${want} bytes above maxFrameLength ${maxFrameLength}`,
    );
    consumed += HEADER_SIZE + want;
  }
  if (!d.error) {
    invariant(d.offset === total, () => `reader offset ${d.offset} after ${total} bytes`);
    invariant(
      d.midFrame === consumed < total,
      () => `midFrame=${d.midFrame} with ${consumed} of ${total} bytes in whole frames`,
    );
  }
}

function sameFrames(a: FrameDecoding, b: FrameDecoding): void {
  invariant(
    a.frames.length === b.frames.length,
    () => `chunked ${a.frames.length} frames vs whole ${b.frames.length}`,
  );
  invariant(
    (a.error?.message ?? '') === (b.error?.message ?? ''),
    () => `chunked error ${JSON.stringify(a.error?.message)} vs whole ${JSON.stringify(b.error?.message)}`,
  );
  a.frames.forEach((f, i) => {
    const g = b.frames[i]!;
    invariant(
      JSON.stringify(f.header) === JSON.stringify(g.header) && Buffer.compare(f.payload, g.payload) === 0,
      () => `frame ${i} differs between chunked and whole`,
    );
  });
}

function runFrames(c: FuzzCase): string {
  const max = FRAME_LIMITS[c.variant % FRAME_LIMITS.length]!;
  const got = readFrames(c.bytes, c.chunks, max);
  checkFrames(got, c.bytes.length, max);
  if (c.chunks.length > 0) sameFrames(got, readFrames(c.bytes, [], max));
  if (got.error) return `YamuxError:${got.error.code}`;
  return got.midFrame ? 'ok:partial' : got.frames.length ? 'ok:frames' : 'ok:empty';
}

export const yamuxFramesTarget: FuzzTarget = {
  name: 'yamux-frames',
  about:
    'FrameReader.feed: well-formed frames or YamuxError (sticky); offsets consistent; chunking-invariant',
  arbitrary: () =>
    caseArb(
      bytesArb(),
      fc.oneof(
        { weight: 6, arbitrary: fc.constant(0) },
        { weight: 2, arbitrary: fc.constant(1) },
        { weight: 1, arbitrary: fc.constant(2) },
      ),
    ),
  run: runFrames,
  async: false,
  describeVariant: (v) => `maxFrameLength ${FRAME_LIMITS[v % FRAME_LIMITS.length]}`,
};

// ---- yamux-session --------------------------------------------------------------------------------

/** An in-memory connection: the case's bytes are what the session reads; writes are recorded. */
class MemoryConn extends Duplex {
  readonly written: Buffer[] = [];
  constructor() {
    super({ allowHalfOpen: true });
  }
  override _read(): void {}
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.written.push(Buffer.from(chunk));
    cb();
  }
}

const SESSION_BASE: Partial<YamuxConfig> = {
  enableKeepAlive: false,
  logger: { warn() {}, error() {} },
  connectionWriteTimeoutMs: 200,
};

/**
 * An 'error' event on a stream nobody listens to throws out of the emitter: in production that is
 * an uncaught exception that ends the process. While the target is set up, YamuxStream's emit()
 * reports such an event to the running case instead of throwing, so the fuzzer sees it as a finding
 * and keeps going.
 */
let unheard: { what: string; err: unknown }[] | undefined;
let originalEmit: typeof YamuxStream.prototype.emit | undefined;

function watchUnheardErrors(): void {
  if (originalEmit) return;
  const orig = (originalEmit = YamuxStream.prototype.emit);
  YamuxStream.prototype.emit = function emit(
    this: YamuxStream,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === 'error' && this.listenerCount('error') === 0 && unheard) {
      const e = args[0];
      unheard.push({
        what:
          `YamuxStream ${this.id} emitted 'error' with no listener (an uncaught exception in production): ` +
          (e instanceof Error ? `${e.name}: ${e.message}` : String(e)),
        err: e,
      });
      return false;
    }
    return orig.call(this, event, ...args);
  } as typeof YamuxStream.prototype.emit;
}

function unwatchUnheardErrors(): void {
  if (originalEmit) YamuxStream.prototype.emit = originalEmit;
  originalEmit = undefined;
}

/**
 * Variant bits: 1 client side (else server); 2 we open a stream first; 4 accepted streams echo what
 * they read and end; 8 acceptBacklog 2 (exercises refusals).
 */
async function runSession(c: FuzzCase): Promise<string> {
  const v = c.variant;
  const conn = new MemoryConn();
  const cfg: Partial<YamuxConfig> = { ...SESSION_BASE, ...(v & 8 ? { acceptBacklog: 2 } : {}) };
  const s: Session = v & 1 ? client(conn, cfg) : server(conn, cfg);
  const problems: string[] = [];
  const lost: { what: string; err: unknown }[] = (unheard = []);
  const checkErr = (where: string) => (e: unknown) => {
    try {
      expectError(e, [YamuxError], where);
    } catch (violation) {
      problems.push((violation as Error).message);
    }
  };
  s.on('error', checkErr('session error event'));
  const closed = new Promise<Error | undefined>((resolve) => s.once('close', resolve));
  const useStream = (st: YamuxStream) => {
    st.on('error', checkErr(`stream ${st.id} error event`));
    st.on('data', (d: Buffer) => {
      if (v & 4 && !st.writableEnded) st.write(d.subarray(0, 64));
    });
    st.on('end', () => st.end());
  };
  const acceptLoop = (async () => {
    for (;;) {
      let st: YamuxStream;
      try {
        st = await s.accept();
      } catch (e) {
        checkErr('accept()')(e);
        return;
      }
      useStream(st);
    }
  })();
  if (v & 2) s.open().then(useStream, checkErr('open()'));
  for (const chunk of chunked(c.bytes, c.chunks)) conn.push(Buffer.from(chunk));
  conn.push(null);
  const reason = await closed;
  await acceptLoop;
  if (reason !== undefined) checkErr('close reason')(reason);
  await new Promise((r) => setImmediate(r));
  unheard = undefined;
  if (lost.length > 0)
    throw new OracleViolation('uncaught', lost[0]!.what, {
      cause: lost[0]!.err,
      key: "YamuxStream 'error' event with no listener",
    });
  if (problems.length > 0) throw new OracleViolation('unexpected-error', problems[0]!);
  // What the session wrote must itself be well-formed yamux.
  const out = concat(conn.written);
  const back = readFrames(out, [], MAX_UINT32);
  invariant(
    !back.error && !back.midFrame,
    () => `session wrote malformed frames: ${back.error?.message ?? 'partial frame'}`,
  );
  return reason instanceof YamuxError ? `closed:${reason.code}` : 'closed';
}

export const yamuxSessionTarget: FuzzTarget = {
  name: 'yamux-session',
  about:
    'Session over an in-memory connection: closes with YamuxError/undefined, only YamuxError events, well-formed output',
  arbitrary: () => caseArb(bytesArb(), fc.nat({ max: 15 })),
  setup: watchUnheardErrors,
  teardown: unwatchUnheardErrors,
  run: runSession,
  async: true,
  describeVariant: (v) =>
    [
      v & 1 ? 'client' : 'server',
      v & 2 ? 'opens a stream' : '',
      v & 4 ? 'echo' : '',
      v & 8 ? 'acceptBacklog 2' : '',
    ]
      .filter(Boolean)
      .join(', '),
};
