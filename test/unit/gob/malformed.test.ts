/** Malformed input: every failure is a GobError with a stable code and a message that says where. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GobDecoder,
  GobEncoder,
  GobError,
  GobInterface,
  structType,
  T,
  type GobType,
  type GobValue,
} from '../../../src/bridge/gob/index.ts';
import { concat, hex, msg } from './helpers.ts';

// Point (id 65): struct { X, Y int }, as in doc.go
const POINT_DEF =
  '1f ff 81 03 01 01 05 50 6f 69 6e 74 01 ff 82 00 01 02 01 01 58 01 04 00 01 01 59 01 04 00 00 00';

function decodeError(bytes: Uint8Array, opts?: ConstructorParameters<typeof GobDecoder>[0]): GobError {
  const dec = new GobDecoder(opts);
  dec.push(bytes);
  try {
    while (dec.next());
  } catch (e) {
    expect(e).toBeInstanceOf(GobError);
    return e as GobError;
  }
  throw new Error('expected a GobError');
}

describe('malformed streams', () => {
  it('truncated value inside a complete message', () => {
    const e = decodeError(concat([hex(POINT_DEF), msg('ff 82 01 2c 01')]));
    expect(e.code).toBe('TRUNCATED');
    expect(e.message).toMatch(
      /^Point\.Y: unsigned integer runs past the end of its message \(type id 65, offset \d+\)$/,
    );
    expect(e.path).toBe('Point.Y');
    expect(e.offset).toBe(hex(POINT_DEF).length + 6);
  });

  it('a stream cut mid-message is not an error: next() waits, buffered tells the caller', () => {
    const dec = new GobDecoder();
    dec.push(hex(POINT_DEF).subarray(0, 10));
    expect(dec.next()).toBeUndefined();
    expect(dec.buffered).toBe(10);
    dec.push(hex(POINT_DEF).subarray(10));
    expect(dec.next()).toBeUndefined(); // the definition is consumed, no value yet
    expect(dec.buffered).toBe(0);
  });

  it('value of an undefined type id', () => {
    const e = decodeError(msg('fe 01 2c 00')); // id 150
    expect(e.code).toBe('UNKNOWN_TYPE');
    expect(e.message).toContain('type id 150 is not defined on this stream');
  });

  it('field type id that was never defined', () => {
    // struct S {A: type 99}
    const def = msg('ff 81 03 01 01 01 53 01 ff 82 00 01 01 01 01 41 01 fe 00 c6 00 00 00');
    const e = decodeError(concat([def, msg('ff 82 00')]));
    expect(e.code).toBe('UNKNOWN_TYPE');
    expect(e.message).toMatch(/type id 99 is not defined/);
  });

  it('redefinition of a type id', () => {
    const e = decodeError(concat([hex(POINT_DEF), hex(POINT_DEF)]));
    expect(e.code).toBe('TYPE_REDEFINED');
    expect(e.message).toMatch(/type id 65 is defined twice/);
    expect(e.message).toContain(`offset ${hex(POINT_DEF).length + 3}`); // just past the id
  });

  it('definition of a reserved id (< 64)', () => {
    const e = decodeError(msg('0b 03 01 02 0a 00 00 00')); // -6 = string
    expect(e.code).toBe('TYPE_REDEFINED');
    expect(e.message).toMatch(/reserved id 6/);
  });

  it('ids >= 64 are accepted in any order, referencing later definitions', () => {
    // type 200: []T300 ; type 300: struct {A int}; value of 200 with one element
    const d200 = msg('fe 01 8f 02 01 02 fe 01 90 00 01 fe 02 58 00 00'); // -200, SliceT{Common{Id 200}, Elem 300}
    const d300 = msg('fe 02 57 03 01 01 01 54 01 fe 02 58 00 01 01 01 01 41 01 04 00 00 00');
    const v = msg('fe 01 90 00 01 01 02 00');
    const dec = new GobDecoder();
    dec.push(concat([d200, d300, v]));
    expect(dec.next()!.value).toEqual([{ A: 1n }]);
  });

  it('huge slice count fails fast (no allocation by count)', () => {
    // []int (id 65) then a value claiming 2^40 elements
    const def = msg('ff 81 02 01 02 ff 82 00 01 04 00 00');
    const t0 = performance.now();
    const e = decodeError(concat([def, msg('ff 82 00 fa 01 00 00 00 00 00 02 04')]));
    expect(performance.now() - t0).toBeLessThan(100);
    expect(e.code).toBe('BAD_COUNT');
    expect(e.message).toMatch(/slice length 1099511627776 exceeds the \d+ bytes left in the message/);
  });

  it('huge count of interface elements (which may span messages) also fails fast', () => {
    const def = msg('ff 81 02 01 02 ff 82 00 01 10 00 00'); // []interface{}
    const t0 = performance.now();
    const e = decodeError(concat([def, msg('ff 82 00 fa 01 00 00 00 00 00 06 "string" 0c 03 00 01 61')]));
    expect(performance.now() - t0).toBeLessThan(100);
    expect(e.code).toBe('TRUNCATED');
    expect(e.path).toBe('[]interface {}[1]');
  });

  it('huge string length and huge field count in a definition', () => {
    expect(decodeError(msg('0c 00 fc 7f ff ff ff 61')).code).toBe('BAD_COUNT');
    const e = decodeError(msg('ff 81 03 01 01 01 53 01 ff 82 00 01 fc 10 00 00 00 00 00'));
    expect(e.code).toBe('BAD_COUNT');
    expect(e.message).toMatch(/struct field count 268435456/);
  });

  it('huge message length is rejected before any bytes arrive', () => {
    const dec = new GobDecoder();
    dec.push(hex('fa 01 00 00 00 00 00'));
    expect(() => dec.next()).toThrow(/message length 1099511627776 exceeds the limit of 1073741824 bytes/);
    const small = new GobDecoder({ maxMessageSize: 16 });
    small.push(hex('ff 80'));
    expect(() => small.next()).toThrow(expect.objectContaining({ code: 'BAD_MESSAGE_LENGTH' }));
  });

  it('empty message', () => {
    expect(decodeError(hex('00')).code).toBe('BAD_MESSAGE_LENGTH');
  });

  it('unsigned integer with more than 8 bytes', () => {
    const e = decodeError(msg('06 00 f7 01 02 03 04 05 06 07 08 09'));
    expect(e.code).toBe('BAD_UINT');
    expect(e.message).toMatch(/byte count 9/);
  });

  it('field delta beyond the last field', () => {
    const e = decodeError(concat([hex(POINT_DEF), msg('ff 82 03 02 00')]));
    expect(e.code).toBe('BAD_FIELD');
    expect(e.message).toMatch(/field number 2 out of range for struct Point with 2 fields/);
  });

  it('singleton without the 00 delta', () => {
    const e = decodeError(msg('04 01 06'));
    expect(e.code).toBe('BAD_SINGLETON');
  });

  it('array length mismatch', () => {
    const def = msg('ff 81 01 01 02 ff 82 00 01 04 01 04 00 00'); // [2]int
    const e = decodeError(concat([def, msg('ff 82 00 03 02 04 06')]));
    expect(e.code).toBe('ARRAY_LENGTH');
  });

  it('extra bytes after a top-level definition', () => {
    const e = decodeError(msg('ff 81 03 01 01 01 53 01 ff 82 00 00 00 07'));
    expect(e.code).toBe('EXTRA_DATA');
  });

  it('wireType with no kind or two kinds', () => {
    expect(decodeError(msg('ff 81 00')).code).toBe('BAD_TYPE_DEFINITION');
    expect(decodeError(msg('ff 81 02 01 02 ff 82 00 01 04 00 01 01 02 ff 82 00 01 04 00 00')).code).toBe(
      'BAD_TYPE_DEFINITION',
    );
    expect(decodeError(msg('ff 81 09 00')).message).toMatch(/wireType has no field number 8/);
  });

  it('struct type with repeated field names is rejected when defined (fuzz repro)', () => {
    // struct S{A int; A string}, value {A(int): 1}
    const bytes = hex('1bff81030101015301ff82000102010141010400010141010c00000005ff82010200');
    const e = decodeError(bytes);
    expect(e.code).toBe('BAD_TYPE_DEFINITION');
    expect(e.message).toMatch(/struct type "S" repeats field name "A" \(Go never sends/);
    // the definition alone is enough: no value is needed to reject it
    expect(decodeError(bytes.subarray(0, 28)).code).toBe('BAD_TYPE_DEFINITION');
  });

  it('interface name longer than 1024 bytes', () => {
    const def = msg('ff 81 03 01 01 01 53 01 ff 82 00 01 01 01 01 41 01 10 00 00 00'); // struct {A interface{}}
    const e = decodeError(
      concat([def, msg(concat([hex('ff 82 01 fe 08 00'), new Uint8Array(2048).fill(0x61)]))]),
    );
    expect(e.code).toBe('BAD_INTERFACE');
    expect(e.message).toMatch(/^S\.A: interface type name of 2048 bytes/);
  });

  it('errors are sticky', () => {
    const dec = new GobDecoder();
    dec.push(hex('00 03 04 00 06'));
    expect(() => dec.next()).toThrow(GobError);
    expect(() => dec.next()).toThrow(expect.objectContaining({ code: 'DECODER_FAILED' }));
  });
});

describe('nesting depth', () => {
  const anys: GobType = { kind: 'slice', elem: T.interface };
  function nested(levels: number): GobValue {
    let v: GobValue = [];
    for (let i = 0; i < levels; i++) v = [new GobInterface('[]interface {}', anys, v)];
    return v;
  }

  it('decoder rejects values nested deeper than maxDepth (default 100) with a clear error', () => {
    const bytes = new GobEncoder({ maxDepth: 10_000 }).encode(anys, nested(150));
    const e = decodeError(bytes);
    expect(e.code).toBe('TOO_DEEP');
    expect(e.message).toMatch(/values nest deeper than 100 levels/);
    const dec = new GobDecoder({ maxDepth: 1000 });
    dec.push(bytes);
    expect(dec.next()).toBeDefined();
  });

  it('deep recursion in a recursive struct type', () => {
    const Node = structType('Node', []);
    Node.fields = [{ name: 'Next', type: Node }];
    let v: GobValue = {};
    for (let i = 0; i < 120; i++) v = { Next: v };
    const bytes = new GobEncoder({ maxDepth: 500 }).encode(Node, v);
    const e = decodeError(bytes);
    expect(e.code).toBe('TOO_DEEP');
    expect(e.path).toMatch(/^Node(\.Next)+$/);
  });

  it('a very deep chain does not crash even with a huge maxDepth (stack exhaustion becomes TOO_DEEP)', () => {
    // struct Node {Next Node}: a value nested N levels is N x 01 then N+1 x 00
    const N = 200_000;
    const def = msg('ff 81 03 01 01 04 "Node" 01 ff 82 00 01 01 01 04 "Next" 01 ff 82 00 00 00');
    const body = new Uint8Array(2 + 2 * N + 1);
    body.set([0xff, 0x82]);
    body.fill(1, 2, 2 + N);
    const e = decodeError(concat([def, msg(body)]), { maxDepth: 1e9 });
    expect(e.code).toBe('TOO_DEEP');
    expect(() => new GobEncoder({ maxDepth: 1e9 }).encode(anys, nested(30_000))).toThrow(
      expect.objectContaining({ code: 'TOO_DEEP' }),
    );
  });

  it('encoder rejects cyclic JS values', () => {
    const Node = structType('Node', []);
    Node.fields = [{ name: 'Next', type: Node }];
    const a: Record<string, GobValue> = {};
    a.Next = a;
    expect(() => new GobEncoder().encode(Node, a)).toThrow(
      /value nests deeper than 100 levels \(a cyclic value\?\)/,
    );
  });
});

describe('fuzz: no crash, no hang, only GobError', () => {
  function drain(bytes: Uint8Array, chunk: number): void {
    const dec = new GobDecoder({ maxMessageSize: 1 << 20 });
    try {
      for (let p = 0; p < bytes.length; p += chunk) {
        dec.push(bytes.subarray(p, p + chunk));
        while (dec.next());
      }
    } catch (e) {
      if (!(e instanceof GobError)) throw e;
    }
  }

  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (b, chunk) =>
        drain(b, chunk),
      ),
      { numRuns: 2000 },
    );
  });

  it('mutated golden streams', () => {
    const dir = fileURLToPath(new URL('../../vectors/golden/gob/', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.gob'))
      .map((f) => Uint8Array.from(readFileSync(dir + f)));
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 200 }),
        (file, flips, chunk) => {
          const b = file.slice();
          for (const [at, x] of flips) b[at % b.length] = x;
          drain(b, chunk);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
