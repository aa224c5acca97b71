/** Encoder behaviour: zero omission rules, type-definition bookkeeping, and shape errors with field paths. */
import { describe, expect, it } from 'vitest';
import {
  GobDecoder,
  GobEncoder,
  GobError,
  GobInterface,
  structType,
  T,
  TIME_TYPE,
  type GobType,
  type GobValue,
} from '../../../src/bridge/gob/index.ts';
import { decodeAll, hex, toHex } from './helpers.ts';

const AppError = structType('AppError', [
  { name: 'Id', type: T.string },
  { name: 'StatusCode', type: T.int },
]);
const Post = structType('Post', [
  { name: 'Id', type: T.string },
  { name: 'CreateAt', type: T.int },
  { name: 'FileIds', type: { kind: 'slice', name: 'StringArray', elem: T.string } },
  { name: 'Props', type: { kind: 'map', name: 'StringInterface', key: T.string, elem: T.interface } },
  { name: 'Err', type: T.interface },
]);

function encodeError(type: GobType, value: unknown): GobError {
  try {
    new GobEncoder().encode(type, value as GobValue);
  } catch (e) {
    expect(e).toBeInstanceOf(GobError);
    return e as GobError;
  }
  throw new Error('expected a GobError');
}

describe('shape errors name the field path', () => {
  it('Post.Props: expected Map', () => {
    const e = encodeError(Post, { Id: 'x', Props: { a: 1 } });
    expect(e.code).toBe('TYPE_MISMATCH');
    expect(e.message).toBe('Post.Props: expected Map, got object');
    expect(e.path).toBe('Post.Props');
  });
  it('slice elements, map entries and interface contents', () => {
    expect(encodeError(Post, { FileIds: ['a', 2] }).message).toBe(
      'Post.FileIds[1]: expected string, got number',
    );
    expect(encodeError(Post, { Props: new Map([['k', 'not an interface']]) }).message).toBe(
      'Post.Props["k"]: expected GobInterface or null, got string',
    );
    expect(
      encodeError(Post, { Err: new GobInterface('*model.AppError', AppError, { StatusCode: 1.5 }) }).message,
    ).toBe('Post.Err(*model.AppError).StatusCode: expected integer (bigint or integral number), got number');
    expect(encodeError(Post, { Props: new Map([['k', new GobInterface('', T.int, 1n)]]) }).message).toMatch(
      /registered Go type name/,
    );
  });
  it('integer ranges', () => {
    expect(encodeError(T.uint, -1).code).toBe('OUT_OF_RANGE');
    expect(encodeError(T.uint, 1n << 64n).message).toMatch(/uint 18446744073709551616 does not fit/);
    expect(encodeError(T.int, 1n << 63n).code).toBe('OUT_OF_RANGE');
    expect(encodeError(T.int, 2 ** 63).code).toBe('OUT_OF_RANGE');
    expect(() => new GobEncoder().encode(T.int, -(2 ** 63))).not.toThrow();
  });
  it('arrays, nil elements, top-level nil, bad types', () => {
    const arr: GobType = { kind: 'array', len: 2, elem: T.int };
    expect(encodeError(arr, [1]).message).toBe('[2]int: expected array of length 2, got length 1');
    expect(encodeError({ kind: 'slice', elem: AppError }, [{}, null]).message).toMatch(
      /^\[\]AppError\[1\]: expected AppError \(Go cannot encode a nil element\)/,
    );
    expect(encodeError(AppError, null).code).toBe('TYPE_MISMATCH');
    expect(encodeError({ kind: 'nope' } as unknown as GobType, 1).code).toBe('BAD_TYPE');
  });
  it('a failed encode records nothing as sent: the next encode still defines its types', () => {
    const enc = new GobEncoder();
    expect(() => enc.encode(Post, { Props: 1 } as unknown as GobValue)).toThrow(GobError);
    const ok = enc.encode(Post, { Id: 'x' });
    expect(decodeAll(ok)[0]!.value).toEqual({ Id: 'x' });
  });
});

describe('zero omission (encode.go)', () => {
  const S = structType('S', [
    { name: 'B', type: T.bool },
    { name: 'I', type: T.int },
    { name: 'F', type: T.float },
    { name: 'C', type: T.complex },
    { name: 'S', type: T.string },
    { name: 'Bs', type: T.bytes },
    { name: 'Sl', type: { kind: 'slice', elem: T.int } },
    { name: 'M', type: { kind: 'map', key: T.string, elem: T.int } },
    { name: 'A', type: { kind: 'array', len: 1, elem: T.int } },
    { name: 'In', type: structType('In', [{ name: 'X', type: T.int }]) },
    { name: 'Any', type: T.interface },
    { name: 'T', type: TIME_TYPE },
  ]);
  it('omits zero scalars, empty strings/slices/bytes, -0, nil; sends arrays, empty maps and structs', () => {
    const enc = new GobEncoder();
    enc.encode(S, {});
    const out = enc.encode(S, {
      B: false,
      I: 0n,
      F: -0,
      C: { re: 0, im: 0 },
      S: '',
      Bs: new Uint8Array(0),
      Sl: [],
      M: new Map(),
      A: [0n],
      In: {},
      Any: null,
      T: new Uint8Array(0),
    });
    // id 65, then M (field 7, delta 8) count 0, A (delta 1) [0], In (delta 1) {}, end
    expect(toHex(out)).toBe(toHex(hex('0a ff 82 08 00 01 01 00 01 00 00')));
    expect(decodeAll(new GobEncoder().encode(S, {}))[0]!.value).toEqual({});
  });
  it('elements are always sent, zeros included; null is a nil slice/map/interface element', () => {
    const t: GobType = { kind: 'slice', elem: { kind: 'slice', elem: T.int } };
    const got = decodeAll(new GobEncoder().encode(t, [[0n], null, []]))[0]!.value;
    expect(got).toEqual([[0n], [], []]);
    const anys: GobType = { kind: 'map', key: T.int, elem: T.interface };
    expect(decodeAll(new GobEncoder().encode(anys, new Map([[0n, null]])))[0]!.value).toEqual(
      new Map([[0n, null]]),
    );
  });
  it('top-level nil slice is an empty slice', () => {
    expect(decodeAll(new GobEncoder().encode({ kind: 'slice', elem: T.int }, null))[0]!.value).toEqual([]);
  });
});

describe('type definitions', () => {
  it('are sent once per encoder (by GobType identity), including concrete types behind interfaces', () => {
    const enc = new GobEncoder();
    const v = { Id: 'p', Err: new GobInterface('*model.AppError', AppError, { Id: 'e' }) };
    const first = enc.encode(Post, v);
    const second = enc.encode(Post, v);
    expect(second.length).toBeLessThan(first.length);
    const dec = new GobDecoder();
    dec.push(first);
    dec.push(second);
    expect(dec.next()!.value).toEqual(v);
    expect(dec.next()!.value).toEqual(v);
    // a fresh encoder = a fresh stream: definitions again
    expect(new GobEncoder().encode(Post, v)).toEqual(first);
  });
  it('firstTypeId below 64 is refused', () => {
    expect(() => new GobEncoder({ firstTypeId: 10 })).toThrow(GobError);
    const out = new GobEncoder({ firstTypeId: 64 }).encode(AppError, {});
    expect(toHex(out.subarray(0, 2))).toMatch(/^.. 7f$/); // -64
    expect(decodeAll(out)[0]!.value).toEqual({});
  });
});

describe('large values', () => {
  it('multi-byte length prefixes (value messages > 64 KiB, interface contents > 127 bytes)', () => {
    const S = structType('Big', [
      { name: 'Text', type: T.string },
      { name: 'Nums', type: { kind: 'slice', elem: T.int } },
      { name: 'Any', type: T.interface },
    ]);
    const v = {
      Text: 'ü'.repeat(70_000),
      Nums: Array.from({ length: 70_000 }, (_, i) => BigInt(i * 1000)),
      Any: new GobInterface('string', T.string, 'x'.repeat(300)),
    };
    const out = new GobEncoder().encode(S, v);
    expect(out.length).toBeGreaterThan(300_000);
    expect(decodeAll(out, [4093])[0]!.value).toEqual(v);
  });
});
