/**
 * Mutation of seed inputs (golden vectors from real Go, or structured output): bit flips, byte
 * sets, insertion, deletion, duplication, splicing with another seed, truncation, and length-field
 * inflation to huge values (2^32-1 and friends) at the positions a target knows hold lengths.
 * Mutations are plain fast-check values (so failing cases shrink) applied deterministically.
 */
import fc from 'fast-check';

/** A length (or count) field inside a seed: where it is, how many bytes, how to write a value. */
export interface LengthField {
  at: number;
  size: number;
  encode: (value: number | bigint) => Uint8Array;
}

export type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; len: number }
  | { op: 'dup'; at: number; len: number; to: number }
  | { op: 'splice'; at: number; donor: number; from: number; len: number }
  | { op: 'truncate'; keep: number }
  | { op: 'inflate'; field: number; value: number };

/** Huge values a length field is inflated to: 2^32-1 first, then other boundaries. */
export const HUGE_VALUES: readonly bigint[] = [
  0xffff_ffffn,
  0x8000_0000n,
  0x7fff_ffffn,
  0x4000_0000n, // 1 GiB
  0x4000_0001n,
  0x1_0000_0000n,
  0x1f_ffff_ffff_ffffn, // 2^53 - 1
  0xffff_ffff_ffff_ffffn,
  0x40001n, // INITIAL_STREAM_WINDOW + 1
];

export function mutationArb(donors: number): fc.Arbitrary<Mutation> {
  const pos = fc.nat({ max: 1 << 20 });
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ op: fc.constant('flip' as const), at: pos, bit: fc.nat({ max: 7 }) }),
    },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('set' as const), at: pos, value: interestingByte() }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('insert' as const),
        at: pos,
        bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('delete' as const),
        at: pos,
        len: fc.integer({ min: 1, max: 16 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('dup' as const),
        at: pos,
        len: fc.integer({ min: 1, max: 64 }),
        to: pos,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('splice' as const),
        at: pos,
        donor: fc.nat({ max: Math.max(0, donors - 1) }),
        from: pos,
        len: fc.integer({ min: 1, max: 256 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), keep: pos }) },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('inflate' as const),
        field: fc.nat({ max: 1 << 16 }),
        value: fc.nat({ max: HUGE_VALUES.length - 1 }),
      }),
    },
  );
}

function interestingByte(): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(0x00, 0x01, 0x7f, 0x80, 0xf8, 0xfc, 0xfe, 0xff), fc.nat({ max: 255 }));
}

/**
 * Applies mutations to a copy of `seed`. `fields` finds the length fields of the current bytes
 * (re-scanned before each inflation, since earlier mutations move them); without fields an
 * inflation overwrites 4 bytes at a position derived from `field` with 0xffffffff big-endian.
 */
export function applyMutations(
  seed: Uint8Array,
  muts: readonly Mutation[],
  donors: readonly Uint8Array[],
  fields?: (b: Uint8Array) => LengthField[],
): Uint8Array {
  let b: Uint8Array = Uint8Array.from(seed);
  for (const m of muts) {
    const n = b.length;
    switch (m.op) {
      case 'flip':
        if (n > 0) b[m.at % n]! ^= 1 << m.bit;
        break;
      case 'set':
        if (n > 0) b[m.at % n] = m.value;
        break;
      case 'insert': {
        const at = m.at % (n + 1);
        b = concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
        break;
      }
      case 'delete': {
        if (n === 0) break;
        const at = m.at % n;
        b = concat([b.subarray(0, at), b.subarray(Math.min(n, at + m.len))]);
        break;
      }
      case 'dup': {
        if (n === 0) break;
        const at = m.at % n;
        const piece = b.slice(at, Math.min(n, at + m.len));
        const to = m.to % (n + 1);
        b = concat([b.subarray(0, to), piece, b.subarray(to)]);
        break;
      }
      case 'splice': {
        const d = donors[m.donor % Math.max(1, donors.length)];
        if (!d || d.length === 0) break;
        const from = m.from % d.length;
        const piece = d.subarray(from, Math.min(d.length, from + m.len));
        const at = m.at % (n + 1);
        b = concat([b.subarray(0, at), piece, b.subarray(Math.min(n, at + piece.length))]);
        break;
      }
      case 'truncate':
        b = b.slice(0, m.keep % (n + 1));
        break;
      case 'inflate': {
        const value = HUGE_VALUES[m.value % HUGE_VALUES.length]!;
        const fs = fields ? fields(b) : [];
        if (fs.length > 0) {
          const f = fs[m.field % fs.length]!;
          const enc = f.encode(value);
          b = concat([b.subarray(0, f.at), enc, b.subarray(f.at + f.size)]);
        } else if (n >= 4) {
          const at = m.field % (n - 3);
          b[at] = b[at + 1] = b[at + 2] = b[at + 3] = 0xff;
        }
        break;
      }
    }
  }
  return b;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Short origin text for a mutation list, e.g. `flip,inflate`. */
export function describeMutations(muts: readonly Mutation[]): string {
  return muts.map((m) => m.op).join(',');
}

/** A seed picked from `seeds` and mutated 1..maxMutations times. */
export function mutatedArb(
  seeds: readonly { name: string; bytes: Uint8Array }[],
  fields?: (b: Uint8Array) => LengthField[],
  maxMutations = 6,
): fc.Arbitrary<{ bytes: Uint8Array; origin: string }> {
  const donors = seeds.map((s) => s.bytes);
  return fc
    .tuple(
      fc.nat({ max: seeds.length - 1 }),
      fc.array(mutationArb(seeds.length), { minLength: 1, maxLength: maxMutations }),
    )
    .map(([i, muts]) => {
      const s = seeds[i]!;
      return {
        bytes: applyMutations(s.bytes, muts, donors, fields),
        origin: `golden:${s.name}+${describeMutations(muts)}`,
      };
    });
}

/** Big-endian unsigned of `size` bytes (values above the width saturate to all ones). */
export function beUint(size: number): (v: number | bigint) => Uint8Array {
  return (v) => {
    let x = BigInt(v);
    const max = (1n << BigInt(size * 8)) - 1n;
    if (x > max) x = max;
    const out = new Uint8Array(size);
    for (let i = size - 1; i >= 0; i--) {
      out[i] = Number(x & 0xffn);
      x >>= 8n;
    }
    return out;
  };
}
