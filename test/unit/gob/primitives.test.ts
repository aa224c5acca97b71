/** Primitive encodings pinned to bytes (golang/go encoding/gob codec_test.go encodeT, doc.go, wire-goplugin.md §7.1). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GobEncoder, structType, T, type GobType } from '../../../src/bridge/gob/index.ts';
import { Cursor, Writer } from '../../../src/bridge/gob/wire.ts';
import { decodeAll, hex, toHex } from './helpers.ts';

function cursor(b: Uint8Array): Cursor {
  const c = new Cursor();
  c.setBuffer(b);
  return c;
}

// codec_test.go encodeT (+ wire-goplugin.md §7.1)
const uintTable: [bigint, string][] = [
  [0x00n, '00'],
  [0x0fn, '0f'],
  [0x7fn, '7f'],
  [0x80n, 'ff 80'],
  [0xffn, 'ff ff'],
  [0x100n, 'fe 01 00'],
  [300n, 'fe 01 2c'],
  [0xffffn, 'fe ff ff'],
  [0xffffffn, 'fd ff ff ff'],
  [0xffffffffn, 'fc ff ff ff ff'],
  [0xffffffffffn, 'fb ff ff ff ff ff'],
  [0xffffffffffffn, 'fa ff ff ff ff ff ff'],
  [0xffffffffffffffn, 'f9 ff ff ff ff ff ff ff'],
  [0xffffffffffffffffn, 'f8 ff ff ff ff ff ff ff ff'],
  [0x1111n, 'fe 11 11'],
  [0x1111111111111111n, 'f8 11 11 11 11 11 11 11 11'],
  [0x8888888888888888n, 'f8 88 88 88 88 88 88 88 88'],
  [1n << 63n, 'f8 80 00 00 00 00 00 00 00'],
  [(1n << 53n) + 1n, 'f9 20 00 00 00 00 00 01'],
];

const intTable: [bigint, string][] = [
  [0n, '00'],
  [1n, '02'],
  [-1n, '01'],
  [3n, '06'],
  [22n, '2c'],
  [33n, '42'],
  [-129n, 'fe 01 01'],
  [-65n, 'ff 81'],
  [65n, 'ff 82'],
  [(1n << 63n) - 1n, 'f8 ff ff ff ff ff ff ff fe'],
  [-(1n << 63n), 'f8 ff ff ff ff ff ff ff ff'],
  [(1n << 53n) + 1n, 'f9 40 00 00 00 00 00 02'],
  [-((1n << 53n) + 1n), 'f9 40 00 00 00 00 00 01'],
];

const floatTable: [number, string][] = [
  [0, '00'],
  [17, 'fe 31 40'],
  [1.5, 'fe f8 3f'],
  [1, 'fe f0 3f'],
  [2, '40'], // reversed bits 0x40 < 128: a single byte
  [-2, 'ff c0'], // 0xc0 >= 128: needs the byte-count prefix
  [0.5, 'fe e0 3f'],
  [-2.75, 'fe 06 c0'],
  [-0, 'ff 80'],
  [Infinity, 'fe f0 7f'],
  [0.1, 'f8 9a 99 99 99 99 99 b9 3f'],
  [Number.MIN_VALUE, 'f8 01 00 00 00 00 00 00 00'],
];

describe('uint', () => {
  for (const [x, bytes] of uintTable) {
    it(`${x} <-> ${bytes}`, () => {
      const w = new Writer();
      if (x <= BigInt(Number.MAX_SAFE_INTEGER)) {
        w.uint(Number(x));
        expect(toHex(w.result())).toBe(bytes);
        w.reset();
      }
      w.uintBig(x);
      expect(toHex(w.result())).toBe(bytes);
      expect(cursor(hex(bytes)).uintBig()).toBe(x);
    });
  }
  it('accepts non-minimal encodings like Go (ff 05 = 5)', () => {
    expect(cursor(hex('ff 05')).uint()).toBe(5);
    expect(cursor(hex('f8 00 00 00 00 00 00 00 07')).uintBig()).toBe(7n);
  });
  it('round-trips every 64-bit value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), (x) => {
        const w = new Writer();
        w.uintBig(x);
        const c = cursor(w.result());
        expect(c.uintBig()).toBe(x);
        expect(c.pos).toBe(c.end);
      }),
    );
  });
});

describe('int (zig-zag with complement)', () => {
  for (const [x, bytes] of intTable) {
    it(`${x} <-> ${bytes}`, () => {
      const w = new Writer();
      w.intBig(x);
      expect(toHex(w.result())).toBe(bytes);
      if (x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER)) {
        w.reset();
        w.int(Number(x));
        expect(toHex(w.result())).toBe(bytes);
      }
      expect(cursor(hex(bytes)).intBig()).toBe(x);
    });
  }
  it('round-trips every 64-bit value (bigint and number paths)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), (x) => {
        const w = new Writer();
        w.intBig(x);
        const a = w.result();
        expect(cursor(a).intBig()).toBe(x);
        if (x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER)) {
          w.reset();
          w.int(Number(x));
          expect(w.result()).toEqual(a);
        }
      }),
    );
  });
});

describe('float (byte-reversed float64 bits)', () => {
  for (const [x, bytes] of floatTable) {
    it(`${Object.is(x, -0) ? '-0' : x} <-> ${bytes}`, () => {
      const w = new Writer();
      w.float(x);
      expect(toHex(w.result())).toBe(bytes);
      expect(Object.is(cursor(hex(bytes)).float(), x)).toBe(true);
    });
  }
  it('NaN survives', () => {
    const w = new Writer();
    w.float(NaN);
    expect(cursor(w.result()).float()).toBeNaN();
  });
  it('round-trips every double bit pattern', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const w = new Writer();
        w.float(x);
        expect(Object.is(cursor(w.result()).float(), x)).toBe(true);
      }),
    );
  });
});

describe('strings', () => {
  it('"hooks" and UTF-8', () => {
    const w = new Writer();
    w.string('hooks');
    w.string('');
    w.string('日本');
    w.string('x'.repeat(200));
    expect(toHex(w.result().subarray(0, 14))).toBe('05 68 6f 6f 6b 73 00 06 e6 97 a5 e6 9c ac');
    const c = cursor(w.result());
    expect([c.string(), c.string(), c.string(), c.string()]).toEqual(['hooks', '', '日本', 'x'.repeat(200)]);
  });
  it('round-trips arbitrary strings (lone surrogates become U+FFFD like TextEncoder)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const w = new Writer();
        w.string(s);
        expect(cursor(w.result()).string()).toBe(s);
      }),
    );
    const w = new Writer();
    w.string('a\ud800b');
    expect(cursor(w.result()).string()).toBe('a\ufffdb');
  });
});

describe('field encodings (codec_test.go boolResult, signedResult, ... with field number 7)', () => {
  const single = (t: GobType, v: unknown, want: string) => {
    // a struct whose field 7 has type t: value message payload after the type id is exactly want + 00
    const fields = Array.from({ length: 8 }, (_, i) => ({ name: `F${i}`, type: i === 7 ? t : T.int }));
    const S = structType('S', fields);
    const out = new GobEncoder().encode(S, { F7: v } as never);
    const got = decodeAll(out)[0]!.value as Record<string, unknown>;
    expect(toHex(out.subarray(out.length - hex(want).length - 1))).toBe(toHex(hex(`${want} 00`)));
    return got.F7;
  };
  it('bool true', () => expect(single(T.bool, true, '08 01')).toBe(true));
  it('signed 17', () => expect(single(T.int, 17, '08 22')).toBe(17n));
  it('unsigned 17', () => expect(single(T.uint, 17n, '08 11')).toBe(17n));
  it('float 17', () => expect(single(T.float, 17, '08 fe 31 40')).toBe(17));
  it('complex 17+19i', () =>
    expect(single(T.complex, { re: 17, im: 19 }, '08 fe 31 40 fe 33 40')).toEqual({ re: 17, im: 19 }));
  it('bytes "hello"', () =>
    expect(single(T.bytes, Buffer.from('hello'), '08 05 68 65 6c 6c 6f')).toEqual(
      Uint8Array.from(Buffer.from('hello')),
    ));
  it('string "hello"', () => expect(single(T.string, 'hello', '08 05 68 65 6c 6c 6f')).toBe('hello'));
});

describe('top-level singletons (doc.go: "03 04 00 06" for int 3)', () => {
  const cases: [GobType, unknown, string][] = [
    [T.int, 3, '03 04 00 06'],
    [T.int, 0n, '03 04 00 00'],
    [T.bool, false, '03 02 00 00'],
    [T.uint, 7, '03 06 00 07'],
    [T.float, 1.5, '05 08 00 fe f8 3f'],
    [T.string, '', '03 0c 00 00'],
    [T.bytes, Uint8Array.of(1, 2), '05 0a 00 02 01 02'],
    [T.complex, { re: 1, im: 2 }, '06 0e 00 fe f0 3f 40'],
  ];
  for (const [t, v, bytes] of cases) {
    it(`${t.kind} ${String(v)} -> ${bytes}`, () => {
      expect(toHex(new GobEncoder().encode(t, v as never))).toBe(bytes);
    });
  }
});
