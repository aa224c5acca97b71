/**
 * Property tests: random GobTypes (including recursive ones) and random values of them survive
 * encode -> (any chunking) -> decode, and decoded values re-encode to the very same bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GobEncoder,
  GobInterface,
  structType,
  T,
  TIME_TYPE,
  type GobField,
  type GobStructType,
  type GobType,
  type GobValue,
} from '../../../src/bridge/gob/index.ts';
import { canonValue, concat, decodeAll } from './helpers.ts';

const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
const U64_MAX = (1n << 64n) - 1n;
const P53 = 1n << 53n;

const floatArb = fc.oneof(
  fc.double(),
  fc.constantFrom(-2, 2, 0.5, -0, NaN, Infinity, -Infinity, 1e308, 5e-324, 2 ** 53 + 2),
);
const intArb = fc.oneof(
  fc.constantFrom(0n, 1n, -1n, I64_MIN, I64_MAX, P53 + 1n, -(P53 + 1n), P53 - 1n, 127n, 128n, -64n, -65n),
  fc.bigInt({ min: I64_MIN, max: I64_MAX }),
  fc.bigInt({ min: -1000n, max: 1000n }),
);
const uintArb = fc.oneof(
  fc.constantFrom(0n, 1n, 127n, 128n, 255n, 256n, U64_MAX, I64_MAX, P53 + 1n),
  fc.bigInt({ min: 0n, max: U64_MAX }),
  fc.bigInt({ min: 0n, max: 1000n }),
);

const INNER = structType('Inner', [
  { name: 'Name', type: T.string },
  { name: 'Count', type: T.int },
]);
const ANY_SLICE: GobType = { kind: 'slice', name: '[]interface {}', elem: T.interface };
const ANY_MAP: GobType = { kind: 'map', name: 'map[string]interface {}', key: T.string, elem: T.interface };

const leafTypes: GobType[] = [
  T.bool,
  T.int,
  T.uint,
  T.float,
  T.complex,
  T.string,
  T.bytes,
  T.interface,
  TIME_TYPE,
  { kind: 'gobencoder', name: 'URL', encoding: 'binary' },
];
const keyTypes: GobType[] = [T.string, T.int, T.uint, T.bool];
const fieldName = fc.constantFrom('A', 'B', 'Count', 'Id', 'Props', 'X_1', 'Ünï', 'Message', 'Z');

/** Random type trees (depth bounded by fast-check's depth size). */
const typeArb: fc.Arbitrary<GobType> = fc.letrec<{
  type: GobType;
  slice: GobType;
  array: GobType;
  map: GobType;
  struct: GobType;
}>((tie) => ({
  type: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...leafTypes),
    tie('slice'),
    tie('array'),
    tie('map'),
    tie('struct'),
  ),
  slice: fc
    .tuple(tie('type'), fc.constantFrom('', '[]X'))
    .map(([elem, name]): GobType => (name ? { kind: 'slice', name, elem } : { kind: 'slice', elem })),
  array: fc
    .tuple(fc.integer({ min: 0, max: 3 }), tie('type'))
    .map(([len, elem]): GobType => ({ kind: 'array', len, elem })),
  map: fc
    .tuple(fc.constantFrom(...keyTypes), tie('type'))
    .map(([key, elem]): GobType => ({ kind: 'map', key, elem })),
  struct: fc
    .uniqueArray(fc.tuple(fieldName, tie('type')), { selector: (f) => f[0], maxLength: 5 })
    .map((fs) =>
      structType(
        'S',
        fs.map(([name, type]) => ({ name, type })),
      ),
    ),
})).type;

/** Turns a struct type into a recursive one: extra fields pointing back at itself. */
const recursiveTypeArb: fc.Arbitrary<GobStructType> = fc
  .tuple(
    fc.uniqueArray(fc.tuple(fieldName, typeArb), { selector: (f) => f[0], maxLength: 4 }),
    fc.constantFrom('direct', 'slice', 'map', 'all'),
  )
  .map(([fs, how]) => {
    const s = structType(
      'Node',
      fs.map(([name, type]) => ({ name, type })),
    );
    const self: GobField[] = [];
    if (how === 'direct' || how === 'all') self.push({ name: 'Next', type: s });
    if (how === 'slice' || how === 'all') self.push({ name: 'Kids', type: { kind: 'slice', elem: s } });
    if (how === 'map' || how === 'all')
      self.push({ name: 'ByName', type: { kind: 'map', key: T.string, elem: s } });
    s.fields = [...s.fields.filter((f) => !['Next', 'Kids', 'ByName'].includes(f.name)), ...self];
    return s;
  });

/** A value of type t; `budget` bounds how often a recursive type may re-enter itself. */
function valueArb(t: GobType, budget = 2, seen: GobType[] = [], maxLength = 4): fc.Arbitrary<GobValue> {
  switch (t.kind) {
    case 'bool':
      return fc.boolean();
    case 'int':
      return intArb;
    case 'uint':
      return uintArb;
    case 'float':
      return floatArb;
    case 'complex':
      return fc.record({ re: floatArb, im: floatArb });
    case 'string':
      return fc.string({ unit: 'grapheme', maxLength: 20 });
    case 'bytes':
      return fc.uint8Array({ maxLength: 20 });
    case 'gobencoder':
      return fc.uint8Array({ minLength: 0, maxLength: 16 });
    case 'interface': {
      const options: fc.Arbitrary<GobValue>[] = [
        fc.constant(null),
        intArb.map((v) => new GobInterface('int64', T.int, v)),
        fc.string({ maxLength: 10 }).map((v) => new GobInterface('string', T.string, v)),
        valueArb(INNER, budget, seen, maxLength).map((v) => new GobInterface('*main.Inner', INNER, v)),
      ];
      if (budget > 0 && seen.length < 6) {
        options.push(
          valueArb(ANY_SLICE, budget - 1, [...seen, ANY_SLICE], maxLength).map(
            (v) => new GobInterface('[]interface {}', ANY_SLICE, v),
          ),
        );
        options.push(
          valueArb(ANY_MAP, budget - 1, [...seen, ANY_MAP], maxLength).map(
            (v) => new GobInterface('map[string]interface {}', ANY_MAP, v),
          ),
        );
      }
      return fc.oneof(...options);
    }
    case 'slice':
      return fc.array(valueArb(t.elem, budget, seen, maxLength), { maxLength });
    case 'array':
      return fc.array(valueArb(t.elem, budget, seen, maxLength), { minLength: t.len, maxLength: t.len });
    case 'map':
      return fc
        .uniqueArray(
          fc.tuple(valueArb(t.key, budget, seen, maxLength), valueArb(t.elem, budget, seen, maxLength)),
          { selector: (e) => e[0], maxLength },
        )
        .map((es) => new Map(es));
    case 'struct': {
      const rec: Record<string, fc.Arbitrary<GobValue>> = {};
      const again = seen.includes(t);
      for (const f of t.fields) {
        if (f.type === t || (f.type.kind !== 'struct' && refersTo(f.type, t))) {
          if (budget === 0) continue; // recursion ends here: the field stays absent
          rec[f.name] = valueArb(f.type, again ? budget - 1 : budget, [...seen, t], maxLength);
        } else rec[f.name] = valueArb(f.type, budget, again ? seen : [...seen, t], maxLength);
      }
      return fc.record(rec, { requiredKeys: [] }) as fc.Arbitrary<GobValue>;
    }
  }
}

function refersTo(t: GobType, target: GobType, depth = 0): boolean {
  if (t === target) return true;
  if (depth > 4) return false;
  if (t.kind === 'slice' || t.kind === 'array') return refersTo(t.elem, target, depth + 1);
  if (t.kind === 'map') return refersTo(t.key, target, depth + 1) || refersTo(t.elem, target, depth + 1);
  return false;
}

/** What the decoder must return: the value with the struct fields gob omits (zero values) removed. */
function expected(t: GobType, v: GobValue): GobValue {
  switch (t.kind) {
    case 'struct': {
      const o = v as Record<string, GobValue>;
      const out: Record<string, GobValue> = {};
      for (const f of t.fields) {
        const fv = o[f.name];
        if (fv === undefined || fv === null || isZero(f.type, fv)) continue;
        out[f.name] = expected(f.type, fv);
      }
      return out;
    }
    case 'slice':
    case 'array':
      return (v as GobValue[]).map((x) => expected(t.elem, x));
    case 'map':
      return new Map(
        [...(v as Map<GobValue, GobValue>)].map(([k, x]) => [expected(t.key, k), expected(t.elem, x)]),
      );
    case 'interface':
      return v instanceof GobInterface ? new GobInterface(v.name, v.type, expected(v.type, v.value)) : null;
    default:
      return v;
  }
}

function isZero(t: GobType, v: GobValue): boolean {
  switch (t.kind) {
    case 'bool':
      return v === false;
    case 'int':
    case 'uint':
      return v === 0n || v === 0;
    case 'float':
      return v === 0;
    case 'complex':
      return (v as { re: number }).re === 0 && (v as { im: number }).im === 0;
    case 'string':
      return v === '';
    case 'bytes':
    case 'gobencoder':
    case 'slice':
      return (v as { length: number }).length === 0;
    default:
      return false;
  }
}

const chunksArb = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 });

function check(items: { type: GobType; value: GobValue }[], chunks: number[]): void {
  const enc = new GobEncoder();
  const bytes = concat(items.map((i) => enc.encode(i.type, i.value)));
  const got = decodeAll(bytes, chunks);
  expect(got.length).toBe(items.length);
  got.forEach((g, i) => {
    expect(canonValue(g.type, g.value)).toEqual(
      canonValue(items[i]!.type, expected(items[i]!.type, items[i]!.value)),
    );
  });
  // decoded values carry their type: re-encoding gives the same bytes
  const again = new GobEncoder();
  expect(Buffer.from(concat(got.map((g) => again.encode(g.type, g.value))))).toEqual(Buffer.from(bytes));
}

describe('fast-check round trips', () => {
  it('random types and values, several values on one stream, any chunking', () => {
    const item = typeArb.chain((type) => valueArb(type).map((value) => ({ type, value })));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), chunksArb, (items, chunks) =>
        check(items, chunks),
      ),
      { numRuns: 300 },
    );
  });

  it('the same types sent again reuse their definitions', () => {
    const item = typeArb.chain((type) =>
      fc.tuple(valueArb(type), valueArb(type)).map(([a, b]) => ({ type, a, b })),
    );
    fc.assert(
      fc.property(item, chunksArb, ({ type, a, b }, chunks) =>
        check(
          [
            { type, value: a },
            { type, value: b },
            { type, value: a },
          ],
          chunks,
        ),
      ),
      { numRuns: 150 },
    );
  });

  it('recursive types (self-references directly, through slices and maps)', () => {
    const item = recursiveTypeArb.chain((type) =>
      valueArb(type, 2, [], 2).map((value) => ({ type: type as GobType, value })),
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 3 }), chunksArb, (items, chunks) =>
        check(items, chunks),
      ),
      { numRuns: 200 },
    );
  });

  it('hand-written recursive list via fc.letrec values', () => {
    const Node = structType('Node', []);
    Node.fields = [
      { name: 'V', type: T.int },
      { name: 'Next', type: Node },
      { name: 'Kids', type: { kind: 'slice', elem: Node } },
    ];
    const { node } = fc.letrec<{ node: GobValue }>((tie) => ({
      node: fc.record(
        {
          V: intArb,
          Next: fc.option(tie('node'), { depthSize: 'small', depthIdentifier: 'node', nil: undefined }),
          Kids: fc.array(tie('node'), { depthIdentifier: 'node', maxLength: 3 }),
        },
        { requiredKeys: ['V'] },
      ) as fc.Arbitrary<GobValue>,
    }));
    fc.assert(
      fc.property(node, chunksArb, (v, chunks) => check([{ type: Node, value: v }], chunks)),
      { numRuns: 200 },
    );
  });

  it('numbers are accepted for int/uint and decode as bigint', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.maxSafeNat(), (i, u) => {
        const S = structType('S', [
          { name: 'I', type: T.int },
          { name: 'U', type: T.uint },
        ]);
        const got = decodeAll(new GobEncoder().encode(S, { I: i, U: u }))[0]!.value as Record<
          string,
          unknown
        >;
        expect(got.I ?? 0n).toBe(BigInt(i));
        expect(got.U ?? 0n).toBe(BigInt(u));
      }),
    );
  });
});
