/**
 * Fuzz target: the gob stream decoder (src/bridge/gob GobDecoder), values and type definitions.
 *
 * Oracle per case, on top of the harness's (time, allocation):
 *  - push(chunk)/next() in the case's chunking returns values, undefined, or throws GobError with a
 *    message; after a GobError, next() keeps throwing GobError (DECODER_FAILED);
 *  - the same bytes in one chunk give the same values and the same error (chunking invariance);
 *  - differential: the decoded {type, value} list re-encoded by one GobEncoder decodes to equal
 *    types and values (modulo zero-field omission, which Go's encoder does too).
 * Variant 1 runs a decoder with small limits (maxMessageSize 4096, maxDepth 8).
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import {
  GobDecoder,
  GobEncoder,
  GobError,
  GobInterface,
  typeString,
  type GobDecoded,
  type GobDecoderOptions,
  type GobType,
} from '../../src/bridge/gob/index.ts';
import { gobLengthFields } from './lib/gob-bytes.ts';
import { structuredGobArb } from './lib/gob-gen.ts';
import { typeEqual, valueDiff } from './lib/gob-equal.ts';
import { gobSeeds } from './lib/golden.ts';
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
import { applyMutations, mutatedArb, mutationArb, describeMutations } from './lib/mutate.ts';

const SMALL: GobDecoderOptions = { maxMessageSize: 4096, maxDepth: 8 };

interface Decoding {
  values: GobDecoded[];
  error?: GobError;
  buffered: number;
}

/** Decodes a whole stream in the given chunking; anything but GobError is an oracle violation. */
export function decodeGob(bytes: Uint8Array, chunks: readonly number[], opts?: GobDecoderOptions): Decoding {
  const dec = new GobDecoder(opts);
  const values: GobDecoded[] = [];
  try {
    for (const chunk of chunked(bytes, chunks)) {
      dec.push(chunk);
      for (let v = dec.next(); v; v = dec.next()) values.push(v);
    }
  } catch (e) {
    expectError(e, [GobError], 'decode');
    // Sticky: the stream position is unknown after an error, so the decoder must keep refusing.
    let again: unknown;
    try {
      dec.next();
    } catch (e2) {
      again = e2;
    }
    invariant(
      again instanceof GobError && again.code === 'DECODER_FAILED',
      () => `next() after a GobError did not throw DECODER_FAILED (got ${String(again)})`,
    );
    return { values, error: e as GobError, buffered: dec.buffered };
  }
  return { values, buffered: dec.buffered };
}

/** Two decodings of the same bytes (different chunking) must be identical. */
function sameDecoding(a: Decoding, b: Decoding, what: string): void {
  invariant(
    a.values.length === b.values.length,
    () => `${what}: ${a.values.length} vs ${b.values.length} values`,
  );
  invariant(
    (a.error?.message ?? '') === (b.error?.message ?? ''),
    () => `${what}: error ${JSON.stringify(a.error?.message)} vs ${JSON.stringify(b.error?.message)}`,
  );
  a.values.forEach((v, i) => {
    const w = b.values[i]!;
    invariant(typeEqual(v.type, w.type), () => `${what}: value ${i} types differ`);
    invariant(isDeepStrictEqual(v.value, w.value), () => `${what}: value ${i} differs`);
  });
}

/** The field names of every struct type reachable from the decoded types and interface values. */
function structFieldNames(values: readonly GobDecoded[]): string[][] {
  const seen = new Set<GobType>();
  const out: string[][] = [];
  const visitType = (t: GobType): void => {
    if (seen.has(t)) return;
    seen.add(t);
    if (t.kind === 'struct') {
      out.push(t.fields.map((f) => f.name));
      for (const f of t.fields) visitType(f.type);
    } else if (t.kind === 'slice' || t.kind === 'array') visitType(t.elem);
    else if (t.kind === 'map') {
      visitType(t.key);
      visitType(t.elem);
    }
  };
  const visitValue = (v: unknown, depth: number): void => {
    if (depth > 200 || v === null || typeof v !== 'object') return;
    if (v instanceof GobInterface) {
      visitType(v.type);
      visitValue(v.value, depth + 1);
    } else if (Array.isArray(v)) for (const x of v) visitValue(x, depth + 1);
    else if (v instanceof Map)
      for (const [k, x] of v) {
        visitValue(k, depth + 1);
        visitValue(x, depth + 1);
      }
    else if (!(v instanceof Uint8Array)) for (const x of Object.values(v)) visitValue(x, depth + 1);
  };
  for (const v of values) {
    visitType(v.type);
    visitValue(v.value, 0);
  }
  return out;
}

/**
 * Keys for the two known ways a decoded value does not survive re-encoding, so each deduplicates
 * to one finding: struct types with repeated field names (one JS property for two fields), and
 * field names inherited from Object.prototype (the encoder reads `value[name]`).
 */
function differentialKey(values: readonly GobDecoded[]): string | undefined {
  const structs = structFieldNames(values);
  if (structs.some((names) => new Set(names).size !== names.length))
    return 'struct type with repeated field names: the decoded object keeps one of them (lossy)';
  if (structs.some((names) => names.some((n) => n in Object.prototype)))
    return 're-encode reads an inherited Object.prototype member as a struct field';
  return undefined;
}

/** decode → GobEncoder → decode gives the same types and values (modulo zero omission). */
function reencode(values: readonly GobDecoded[]): void {
  const fail = (message: string, cause?: unknown): never => {
    const key = differentialKey(values);
    throw new OracleViolation('differential', message, { cause, ...(key ? { key } : {}) });
  };
  const enc = new GobEncoder();
  const parts: Uint8Array[] = [];
  for (const [i, v] of values.entries()) {
    try {
      parts.push(enc.encode(v.type, v.value));
    } catch (e) {
      fail(
        `decoded value ${i} (${typeString(v.type)}) does not re-encode: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`,
        e,
      );
    }
  }
  const again = decodeGob(Buffer.concat(parts), []);
  if (again.error) fail(`re-encoded stream does not decode: ${again.error.message}`, again.error);
  if (again.values.length !== values.length)
    fail(`re-encoded: ${again.values.length} values, not ${values.length}`);
  values.forEach((v, i) => {
    const w = again.values[i]!;
    if (!typeEqual(v.type, w.type)) fail(`re-encoded: value ${i} comes back with a different type`);
    const d = valueDiff(v.type, v.value, w.value);
    if (d !== '') fail(`re-encoded: value ${i} differs at ${d}`);
  });
}

function run(c: FuzzCase): string {
  const opts = c.variant === 1 ? SMALL : undefined;
  const got = decodeGob(c.bytes, c.chunks, opts);
  if (c.chunks.length > 0) sameDecoding(got, decodeGob(c.bytes, [], opts), 'chunked vs whole');
  if (got.values.length > 0) reencode(got.values);
  if (got.error) return `GobError:${got.error.code}`;
  return got.values.length === 0 ? 'ok:none' : got.buffered > 0 ? 'ok:values+partial' : 'ok:values';
}

function arbitrary(): fc.Arbitrary<FuzzCase> {
  const seeds = gobSeeds();
  const structured = structuredGobArb();
  const mutatedStructured = fc
    .tuple(structured, fc.array(mutationArb(seeds.length), { minLength: 1, maxLength: 4 }))
    .map(([s, muts]) => ({
      bytes: applyMutations(
        s.bytes,
        muts,
        seeds.map((x) => x.bytes),
        gobLengthFields,
      ),
      origin: `${s.origin}+${describeMutations(muts)}`,
    }));
  const bytes = fc.oneof(
    { weight: 2, arbitrary: randomBytesArb(256).map((b) => ({ bytes: b, origin: 'random' })) },
    { weight: 4, arbitrary: mutatedArb(seeds, gobLengthFields) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...seeds).map((s) => ({ bytes: s.bytes, origin: `golden:${s.name}` })),
    },
    { weight: 3, arbitrary: structured },
    { weight: 3, arbitrary: mutatedStructured },
  );
  return caseArb(
    bytes,
    fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1) }),
  );
}

export const gobTarget: FuzzTarget = {
  name: 'gob',
  about:
    'GobDecoder push/next: values or GobError; sticky errors; chunking-invariant; decode→encode→decode equal',
  arbitrary,
  run,
  async: false,
  describeVariant: (v) => (v === 1 ? 'maxMessageSize 4096, maxDepth 8' : 'default limits'),
};
