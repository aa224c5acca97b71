// The I/O-free frame reader: reassembly across arbitrary chunk boundaries, errors
// that name the byte offset, the length guard.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Flag, FrameType } from '../../../src/bridge/yamux/constants.ts';
import { YamuxError, YamuxErrorCode } from '../../../src/bridge/yamux/errors.ts';
import { FrameReader } from '../../../src/bridge/yamux/frame-reader.ts';
import { encodeFrame, encodeHeader, type Frame } from '../../../src/bridge/yamux/frame.ts';
import { pattern } from './helpers.ts';

const MAX = 256 * 1024;

const frameArb = fc.oneof(
  fc
    .record({
      flags: fc.integer({ min: 0, max: 15 }),
      id: fc.integer({ min: 1, max: 0xffffffff }),
      len: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: MAX })),
      seed: fc.integer({ min: 1, max: 1000 }),
    })
    .map(({ flags, id, len, seed }) => encodeFrame(FrameType.Data, flags, id, pattern(len, seed))),
  fc
    .record({
      type: fc.constantFrom(FrameType.WindowUpdate, FrameType.Ping, FrameType.GoAway),
      flags: fc.integer({ min: 0, max: 0xffff }),
      id: fc.integer({ min: 0, max: 0xffffffff }),
      len: fc.integer({ min: 0, max: 0xffffffff }),
    })
    .map(({ type, flags, id, len }) => encodeHeader(type, flags, id, len)),
);

function split(buf: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of [...points, buf.length]) {
    out.push(buf.subarray(prev, p));
    prev = p;
  }
  return out;
}

function simplify(frames: Frame[]) {
  return frames.map((f) => ({ ...f.header, payload: Buffer.from(f.payload).toString('hex') }));
}

describe('FrameReader', () => {
  it('arbitrary chunking of a frame byte stream yields identical frames (property)', () => {
    fc.assert(
      fc.property(
        fc.array(frameArb, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (encoded, cuts) => {
          const whole = Buffer.concat(encoded);
          const expected = simplify(new FrameReader({ maxFrameLength: MAX }).push(whole));
          expect(expected).toHaveLength(encoded.length);
          const reader = new FrameReader({ maxFrameLength: MAX });
          const got: Frame[] = [];
          for (const chunk of split(whole, cuts)) got.push(...reader.push(chunk));
          expect(simplify(got)).toEqual(expected);
          expect(reader.midFrame).toBe(false);
          expect(reader.offset).toBe(whole.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reassembles byte-by-byte', () => {
    const data = pattern(1000, 3);
    const whole = Buffer.concat([encodeHeader(FrameType.Ping, Flag.SYN, 0, 9), encodeFrame(0, 0, 1, data)]);
    const reader = new FrameReader({ maxFrameLength: MAX });
    const got: Frame[] = [];
    for (let i = 0; i < whole.length; i++) {
      got.push(...reader.push(whole.subarray(i, i + 1)));
      expect(reader.midFrame).toBe(i !== 11 && i !== whole.length - 1);
    }
    expect(got.map((f) => f.header.type)).toEqual([FrameType.Ping, FrameType.Data]);
    expect(got[1]!.payload).toEqual(data);
  });

  it('hands out payloads that lie inside one chunk without copying', () => {
    const chunk = encodeFrame(0, 0, 1, Buffer.from('abc'));
    const [f] = new FrameReader({ maxFrameLength: MAX }).push(chunk);
    expect(f!.payload.buffer).toBe(chunk.buffer);
  });

  it('accepts Uint8Array input', () => {
    const bytes = new Uint8Array(encodeFrame(0, 0, 7, Buffer.from('xy')));
    const [f] = new FrameReader({ maxFrameLength: MAX }).push(bytes);
    expect(f!.header.streamId).toBe(7);
    expect(f!.payload.toString()).toBe('xy');
  });

  it('names the byte offset and value of a bad version', () => {
    const reader = new FrameReader({ maxFrameLength: MAX });
    const ok = encodeHeader(FrameType.Ping, Flag.SYN, 0, 1);
    const bad = Buffer.from([7, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    const err = catchErr(() => reader.push(Buffer.concat([ok, ok, bad])));
    expect(err.code).toBe('ERR_YAMUX_INVALID_VERSION');
    expect(err.message).toMatch(/invalid protocol version 7 at byte offset 24/);
    // Poisoned: later input fails the same way.
    expect(catchErr(() => reader.push(ok))).toBe(err);
  });

  it('names the byte offset and value of a bad type', () => {
    const reader = new FrameReader({ maxFrameLength: MAX });
    reader.push(encodeHeader(FrameType.Ping, Flag.SYN, 0, 1).subarray(0, 5));
    reader.push(encodeHeader(FrameType.Ping, Flag.SYN, 0, 1).subarray(5));
    const err = catchErr(() => reader.push(Buffer.from([0, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0])));
    expect(err.code).toBe('ERR_YAMUX_INVALID_MSG_TYPE');
    expect(err.message).toMatch(/invalid message type 4 at byte offset 13 \(frame header at 12/);
  });

  it('delivers the frames before a malformed header through feed()', () => {
    const reader = new FrameReader({ maxFrameLength: MAX });
    const seen: number[] = [];
    const input = Buffer.concat([encodeHeader(FrameType.Ping, Flag.SYN, 0, 5), Buffer.alloc(12, 0xff)]);
    expect(() => reader.feed(input, (f) => seen.push(f.header.length))).toThrow(YamuxError);
    expect(seen).toEqual([5]);
  });

  it('guards the Data length before buffering (header is enough)', () => {
    const reader = new FrameReader({ maxFrameLength: 1000 });
    expect(reader.push(encodeFrame(0, 0, 1, Buffer.alloc(1000)))).toHaveLength(1);
    const err = catchErr(() => reader.push(encodeHeader(FrameType.Data, 0, 3, 1001)));
    expect(err.code).toBe('ERR_YAMUX_FRAME_TOO_LARGE');
    expect(err.streamId).toBe(3);
    expect(err.message).toMatch(
      /data frame of 1001 bytes at byte offset 1012 exceeds the 1000-byte frame limit \(stream 3\)/,
    );
  });

  it('allocates only what was received, not what a Data header announces (fuzz repro)', () => {
    // Data, stream 1, length 0xffffffff, 4 payload bytes; maxFrameLength 0xffffffff (verifyConfig's maximum)
    const reader = new FrameReader({ maxFrameLength: 0xffffffff });
    const before = process.memoryUsage().arrayBuffers;
    expect(reader.push(Buffer.from('0000000000000001ffffffff61626364', 'hex'))).toEqual([]);
    expect(reader.push(Buffer.from('6566', 'hex'))).toEqual([]);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
    expect(reader.midFrame).toBe(true);
    expect(reader.offset).toBe(18);
  });

  it('reassembles a payload split over many chunks into one buffer', () => {
    const reader = new FrameReader({ maxFrameLength: MAX });
    const bytes = encodeFrame(FrameType.Data, 0, 1, pattern(1000, 7));
    const frames: Frame[] = [];
    for (let i = 0; i < bytes.length; i += 97) frames.push(...reader.push(bytes.subarray(i, i + 97)));
    expect(frames).toHaveLength(1);
    expect(Buffer.compare(frames[0]!.payload, pattern(1000, 7))).toBe(0);
  });

  it('calls onDataHeader before collecting the payload, and a throw there rejects the frame', () => {
    const seen: number[] = [];
    const reader = new FrameReader({
      maxFrameLength: 0xffffffff,
      onDataHeader: (h) => {
        seen.push(h.length);
        if (h.length > 100) throw new YamuxError(YamuxErrorCode.RECV_WINDOW_EXCEEDED, 'too long');
      },
    });
    expect(reader.push(encodeFrame(FrameType.Data, 0, 1, pattern(10)))).toHaveLength(1);
    expect(() => reader.push(encodeHeader(FrameType.Data, 0, 1, 0xffffffff))).toThrow(/too long/);
    expect(seen).toEqual([10, 0xffffffff]);
  });

  it('does not apply the guard to the length of non-Data frames', () => {
    const reader = new FrameReader({ maxFrameLength: 10 });
    expect(reader.push(encodeHeader(FrameType.WindowUpdate, 0, 1, 0xffffffff))).toHaveLength(1);
  });
});

function catchErr(fn: () => unknown): YamuxError {
  try {
    fn();
  } catch (e) {
    if (e instanceof YamuxError) return e;
    throw e;
  }
  throw new Error('expected a YamuxError');
}
