/**
 * Structured gob generation:
 *  - valid streams: a random GobType graph (structs, slices, arrays, maps, interfaces, recursive
 *    structs, marshaler types) and values for it, written by our GobEncoder;
 *  - valid-ish streams built by hand: wireType definitions with fuzzed kinds, names, element ids,
 *    array lengths and field counts, then value messages whose type ids, counts, field deltas and
 *    interface names are drawn from boundary values (0, 127/128, 2^31-1, 2^32-1, 2^53, 2^64-1 …).
 */
import fc from 'fast-check';
import {
  GobEncoder,
  GobInterface,
  T,
  type GobStructType,
  type GobType,
  type GobValue,
} from '../../../src/bridge/gob/index.ts';
import { cat, gobInt, gobMessage, gobString, gobUint } from './gob-bytes.ts';
import { Rng } from './prng.ts';

// ---- valid streams through the encoder ----------------------------------------------------------

const LEAVES: readonly GobType[] = [
  T.bool,
  T.int,
  T.uint,
  T.float,
  T.complex,
  T.string,
  T.bytes,
  T.interface,
];

export function genType(r: Rng, depth = 0): GobType {
  if (depth >= 3 || r.chance(0.4)) {
    if (r.chance(0.05))
      return {
        kind: 'gobencoder',
        name: r.pick(['Time', 'URL', '']),
        encoding: r.pick(['gob', 'binary', 'text'] as const),
      };
    return r.pick(LEAVES);
  }
  switch (r.int(4)) {
    case 0:
      return r.chance(0.2)
        ? { kind: 'slice', name: r.text(6), elem: genType(r, depth + 1) }
        : { kind: 'slice', elem: genType(r, depth + 1) };
    case 1:
      return { kind: 'array', len: r.pick([0, 1, 2, 3, 5]), elem: genType(r, depth + 1) };
    case 2:
      return {
        kind: 'map',
        key: r.pick([T.string, T.int, T.uint, T.bool, T.float]),
        elem: genType(r, depth + 1),
      };
    default: {
      const t: GobStructType = { kind: 'struct', name: r.text(8), fields: [] };
      const n = r.int(6);
      for (let i = 0; i < n; i++) {
        const self = r.chance(0.15);
        t.fields.push({ name: fieldName(r, i), type: self ? t : genType(r, depth + 1) });
      }
      return t;
    }
  }
}

function fieldName(r: Rng, i: number): string {
  return r.chance(0.9) ? `F${i}${r.text(3)}` : r.text(6) || `F${i}`;
}

const IFACE_POOL: readonly [string, GobType][] = [
  ['string', T.string],
  ['int64', T.int],
  ['float64', T.float],
  ['bool', T.bool],
  ['[]uint8', T.bytes],
  ['[]interface {}', { kind: 'slice', elem: T.interface }],
  ['map[string]interface {}', { kind: 'map', key: T.string, elem: T.interface }],
  [
    '*model.AppError',
    {
      kind: 'struct',
      name: 'AppError',
      fields: [
        { name: 'Id', type: T.string },
        { name: 'StatusCode', type: T.int },
      ],
    },
  ],
];

export function genValue(t: GobType, r: Rng, depth = 0): GobValue {
  switch (t.kind) {
    case 'bool':
      return r.chance(0.5);
    case 'int':
      return r.pick([0n, 1n, -1n, 127n, -(1n << 63n), (1n << 63n) - 1n, BigInt(r.range(-1e6, 1e6))]);
    case 'uint':
      return r.pick([0n, 1n, 128n, (1n << 64n) - 1n, 1n << 53n, BigInt(r.int(1e9))]);
    case 'float':
      return r.pick([0, -0, 1.5, NaN, Infinity, -Infinity, 5e-324, r.next() * 1e6, 2 ** 53]);
    case 'complex':
      return { re: r.pick([0, 1, -2.5, NaN]), im: r.pick([0, 3, -0]) };
    case 'string':
      return r.text(20);
    case 'bytes':
    case 'gobencoder':
      return r.bytes(r.int(20));
    case 'interface': {
      if (depth > 4 || r.chance(0.25)) return null;
      const [name, ct] = r.pick(IFACE_POOL);
      return new GobInterface(name, ct, genValue(ct, r, depth + 1));
    }
    case 'slice':
      return depth > 4 ? [] : Array.from({ length: r.int(4) }, () => genElem(t.elem, r, depth + 1));
    case 'array':
      return Array.from({ length: t.len }, () => genElem(t.elem, r, depth + 1));
    case 'map': {
      const m = new Map<GobValue, GobValue>();
      const n = depth > 4 ? 0 : r.int(4);
      for (let i = 0; i < n; i++) m.set(genValue(t.key, r, depth + 1), genElem(t.elem, r, depth + 1));
      return m;
    }
    case 'struct': {
      const o: Record<string, GobValue> = {};
      for (const f of t.fields) {
        if (f.type === t && depth > 3) continue;
        if (r.chance(0.3)) continue;
        Object.defineProperty(o, f.name, {
          value: genValue(f.type, r, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return o;
    }
  }
}

/** Elements of slices, arrays and maps are always sent; only interfaces may be nil there. */
function genElem(t: GobType, r: Rng, depth: number): GobValue {
  return genValue(t, r, depth);
}

/** A stream of 1..4 values written by one GobEncoder; falls back to a plain int on encoder errors. */
export function encodedStream(seed: number): Uint8Array {
  const r = new Rng(seed);
  const enc = new GobEncoder();
  const parts: Uint8Array[] = [];
  const n = r.range(1, 4);
  for (let i = 0; i < n; i++) {
    const t = genType(r);
    try {
      parts.push(enc.encode(t, genValue(t, r)));
    } catch {
      parts.push(enc.encode(T.int, BigInt(i)));
    }
  }
  return cat(parts);
}

// ---- hand-built, valid-ish streams -------------------------------------------------------------

const COUNTS: readonly (number | bigint)[] = [
  0,
  1,
  2,
  3,
  7,
  127,
  128,
  255,
  256,
  65535,
  0x7fff_ffff,
  0x8000_0000,
  0xffff_ffff,
  0x4000_0000,
  2 ** 53,
  0xffff_ffff_ffff_ffffn,
];
const IDS: readonly number[] = [
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  16,
  17,
  20,
  23,
  63,
  64,
  65,
  66,
  67,
  68,
  100,
  0x7fff_ffff,
  0x8000_0000,
  2 ** 40,
];

function count(r: Rng): number | bigint {
  return r.chance(0.6) ? r.int(6) : r.pick(COUNTS);
}

function typeId(r: Rng, defined: number[]): number {
  return defined.length > 0 && r.chance(0.6) ? r.pick(defined) : r.pick(IDS);
}

function commonType(r: Rng, id: number): Uint8Array {
  const parts: Uint8Array[] = [];
  if (r.chance(0.8))
    parts.push(
      Uint8Array.of(1),
      gobString(r.text(10)),
      Uint8Array.of(1),
      gobInt(r.chance(0.8) ? id : r.pick(IDS)),
    );
  else parts.push(Uint8Array.of(r.range(1, 3)), gobUint(count(r)));
  parts.push(Uint8Array.of(0));
  return cat(parts);
}

/** A wireType: kind field (usually valid), CommonType, then fuzzed kind-specific fields. */
function wireType(r: Rng, id: number, defined: number[]): Uint8Array {
  const kind = r.chance(0.9) ? r.range(1, 7) : r.pick([0, 8, 9, 127, 200]);
  const p: Uint8Array[] = [gobUint(kind), Uint8Array.of(1), commonType(r, id)];
  switch (kind) {
    case 1: // arrayType: Elem, Len
      p.push(
        Uint8Array.of(1),
        gobInt(typeId(r, defined)),
        Uint8Array.of(1),
        gobInt(r.chance(0.7) ? r.int(5) : r.pick(COUNTS)),
      );
      break;
    case 2: // sliceType: Elem
      p.push(Uint8Array.of(1), gobInt(typeId(r, defined)));
      break;
    case 3: {
      // structType: Field []fieldType
      const n = r.chance(0.85) ? r.int(5) : r.pick(COUNTS);
      p.push(Uint8Array.of(1), gobUint(n));
      const real = typeof n === 'number' && n < 6 ? n : r.int(3);
      for (let i = 0; i < real; i++) {
        if (r.chance(0.9)) p.push(Uint8Array.of(1), gobString(r.chance(0.9) ? `F${i}` : r.text(6)));
        if (r.chance(0.9))
          p.push(Uint8Array.of(r.chance(0.9) ? 1 : r.range(2, 4)), gobInt(typeId(r, defined)));
        p.push(Uint8Array.of(0));
      }
      break;
    }
    case 4: // mapType: Key, Elem
      p.push(Uint8Array.of(1), gobInt(typeId(r, defined)), Uint8Array.of(1), gobInt(typeId(r, defined)));
      break;
    default:
      break;
  }
  p.push(Uint8Array.of(0), Uint8Array.of(0));
  if (r.chance(0.05)) p.push(r.bytes(r.int(4)));
  return cat(p);
}

/** Value tokens: deltas, counts, strings, floats, nested terminators and interface headers. */
function valueBody(r: Rng, defined: number[]): Uint8Array {
  const p: Uint8Array[] = [];
  const n = r.int(12);
  for (let i = 0; i < n; i++) {
    switch (r.int(7)) {
      case 0:
        p.push(gobUint(r.int(4))); // field delta / small count
        break;
      case 1:
        p.push(gobUint(count(r)));
        break;
      case 2:
        p.push(gobString(r.text(8)));
        break;
      case 3:
        p.push(Uint8Array.of(0));
        break;
      case 4: {
        // interface: name, optional inline definition, id, byte count, value
        p.push(gobString(r.pick(['string', 'int64', '*model.AppError', r.text(6)])));
        if (r.chance(0.3)) {
          const id = r.range(70, 80);
          p.push(gobInt(-id), wireType(r, id, defined));
        }
        p.push(gobInt(typeId(r, defined)), gobUint(count(r)), Uint8Array.of(0));
        break;
      }
      case 5:
        p.push(gobUint(r.pick(COUNTS)));
        break;
      default:
        p.push(r.bytes(r.int(5)));
    }
  }
  if (r.chance(0.8)) p.push(Uint8Array.of(0));
  return cat(p);
}

/** A stream of definition and value messages with fuzzed ids, counts and framing. */
export function handBuiltStream(seed: number): Uint8Array {
  const r = new Rng(seed);
  const defined: number[] = [];
  const msgs: Uint8Array[] = [];
  const nDefs = r.int(4);
  for (let i = 0; i < nDefs; i++) {
    const id = r.chance(0.9) ? 65 + i : r.pick(IDS);
    defined.push(id);
    msgs.push(gobMessage(cat([gobInt(-id), wireType(r, id, defined)])));
  }
  const nVals = r.range(1, 3);
  for (let i = 0; i < nVals; i++) {
    const body = cat([gobInt(typeId(r, defined)), valueBody(r, defined)]);
    if (r.chance(0.1)) msgs.push(cat([gobUint(r.pick(COUNTS)), body]));
    else msgs.push(gobMessage(body));
  }
  return cat(msgs);
}

export function structuredGobArb(): fc.Arbitrary<{ bytes: Uint8Array; origin: string }> {
  return fc.oneof(
    fc.integer().map((s) => ({ bytes: encodedStream(s), origin: `encoded:${s}` })),
    fc.integer().map((s) => ({ bytes: handBuiltStream(s), origin: `handbuilt:${s}` })),
  );
}
