// Header codec byte tables (const.go header.encode; wire-goplugin.md §3.3).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Flag, FrameType } from '../../../src/bridge/yamux/constants.ts';
import {
  decodeHeader,
  describeHeader,
  encodeFrame,
  encodeHeader,
  flagNames,
  hasFlag,
} from '../../../src/bridge/yamux/frame.ts';
import { hex } from './helpers.ts';

const { Data, WindowUpdate, Ping, GoAway } = FrameType;
const { SYN, ACK, FIN, RST } = Flag;

const table: [string, Buffer, string][] = [
  ['open stream 1', encodeHeader(WindowUpdate, SYN, 1, 0), '00 01 00 01 00 00 00 01 00 00 00 00'],
  ['accept stream 1', encodeHeader(WindowUpdate, ACK, 1, 0), '00 01 00 02 00 00 00 01 00 00 00 00'],
  ['half-close stream 1', encodeHeader(WindowUpdate, FIN, 1, 0), '00 01 00 04 00 00 00 01 00 00 00 00'],
  ['reset stream 1', encodeHeader(WindowUpdate, RST, 1, 0), '00 01 00 08 00 00 00 01 00 00 00 00'],
  ['ACK|FIN stream 2', encodeHeader(WindowUpdate, ACK | FIN, 2, 0), '00 01 00 06 00 00 00 02 00 00 00 00'],
  [
    'credit 256 KiB stream 3',
    encodeHeader(WindowUpdate, 0, 3, 262144),
    '00 01 00 00 00 00 00 03 00 04 00 00',
  ],
  ['data 5 bytes stream 1', encodeHeader(Data, 0, 1, 5), '00 00 00 00 00 00 00 01 00 00 00 05'],
  ['ping request id 0', encodeHeader(Ping, SYN, 0, 0), '00 02 00 01 00 00 00 00 00 00 00 00'],
  ['ping reply id 0x01020304', encodeHeader(Ping, ACK, 0, 0x01020304), '00 02 00 02 00 00 00 00 01 02 03 04'],
  ['GoAway normal', encodeHeader(GoAway, 0, 0, 0), '00 03 00 00 00 00 00 00 00 00 00 00'],
  ['GoAway protocol error', encodeHeader(GoAway, 0, 0, 1), '00 03 00 00 00 00 00 00 00 00 00 01'],
  ['GoAway internal error', encodeHeader(GoAway, 0, 0, 2), '00 03 00 00 00 00 00 00 00 00 00 02'],
  [
    'max stream id and length',
    encodeHeader(Data, 0, 0xffffffff, 0xffffffff),
    '00 00 00 00 ff ff ff ff ff ff ff ff',
  ],
];

describe('encodeHeader / decodeHeader', () => {
  it.each(table)('%s', (_name, bytes, want) => {
    expect(hex(bytes)).toBe(want);
    const h = decodeHeader(bytes);
    expect(encodeHeader(h.type, h.flags, h.streamId, h.length)).toEqual(bytes);
    expect(h.version).toBe(0);
  });

  it('round-trips any header (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 0xffff }),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (type, flags, streamId, length) => {
          const h = decodeHeader(encodeHeader(type, flags, streamId, length));
          expect(h).toEqual({ version: 0, type, flags, streamId, length });
        },
      ),
    );
  });

  it('decodes at an offset inside a larger buffer', () => {
    const buf = Buffer.concat([Buffer.from([9, 9, 9]), encodeHeader(Ping, ACK, 0, 7)]);
    expect(decodeHeader(buf.subarray(1), 2)).toEqual({
      version: 0,
      type: 2,
      flags: 2,
      streamId: 0,
      length: 7,
    });
  });

  it('rejects out-of-range fields and short input', () => {
    expect(() => encodeHeader(Data, 0x10000, 1, 0)).toThrow(RangeError);
    expect(() => encodeHeader(Data, 0, -1, 0)).toThrow(RangeError);
    expect(() => encodeHeader(Data, 0, 1, 2 ** 32)).toThrow(RangeError);
    expect(() => decodeHeader(Buffer.alloc(11))).toThrow(/need 12 header bytes/);
  });

  it('encodeFrame appends the payload and sets the length', () => {
    expect(hex(encodeFrame(Data, SYN, 1, Buffer.from('hi')))).toBe(
      '00 00 00 01 00 00 00 01 00 00 00 02 68 69',
    );
  });
});

describe('flags are a bitmask', () => {
  it('hasFlag tests bits, not equality', () => {
    expect(hasFlag(ACK | FIN, FIN)).toBe(true);
    expect(hasFlag(ACK | FIN, ACK)).toBe(true);
    expect(hasFlag(ACK | FIN, SYN)).toBe(false);
  });

  it('describes headers for logs', () => {
    expect(flagNames(ACK | FIN)).toBe('ACK|FIN');
    expect(flagNames(0)).toBe('0');
    expect(describeHeader(decodeHeader(encodeHeader(WindowUpdate, SYN, 1, 0)))).toBe(
      'WindowUpdate flags=SYN stream=1 length=0',
    );
  });
});
