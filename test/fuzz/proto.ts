/**
 * Fuzz target: proto messages from plugins, decoded with the contract's message types and
 * translated to gob (src/bridge/grpc/contract.ts, src/bridge/mattermost/{method-codec,translate,
 * interface-values}.ts), the way the bridge builds its codecs (bridge.ts):
 *
 *  - PluginAPI / PluginDriver requests (the language plugin calls the API): the grpc-js
 *    requestDeserialize of the contract, then MethodCodec.requestToArgs;
 *  - PluginHooks responses (the language plugin answers a hook): responseDeserialize, then
 *    MethodCodec.responseToReturns.
 *
 * Oracle: the deserializer returns a message or throws (protobufjs errors; grpc-js turns them into
 * a status, so any Error with a message is accepted there and counted per class); translation
 * returns a gob value or throws TranslateError; and the gob value the translation produced must be
 * encodable with the method's gob type, as the bridge does next (a GobError there surfaces as
 * INTERNAL to the plugin or as an error reply to the server: a translation bug), except TOO_DEEP
 * (the nesting limit). The variant selects the method and direction; the bytes are the message.
 */
import fc from 'fast-check';
import type { MethodDefinition } from '@grpc/grpc-js';
import type protobuf from 'protobufjs';
import { GobEncoder, GobError, type GobType, type GobValue } from '../../src/bridge/gob/index.ts';
import { loadContract, PACKAGE, type Contract } from '../../src/bridge/grpc/contract.ts';
import { MethodCodec } from '../../src/bridge/mattermost/method-codec.ts';
import { GobTypes, loadSchema } from '../../src/bridge/mattermost/schema.ts';
import { TranslateError, Translator } from '../../src/bridge/mattermost/translate.ts';
import { SCHEMA_FILE } from '../../src/paths.ts';
import {
  caseArb,
  errorTitle,
  expectError,
  OracleViolation,
  randomBytesArb,
  type FuzzCase,
  type FuzzTarget,
} from './lib/harness.ts';
import { applyMutations, describeMutations, mutationArb, type LengthField } from './lib/mutate.ts';
import { Rng } from './lib/prng.ts';

interface Entry {
  label: string;
  codec: MethodCodec;
  deserialize: (b: Buffer) => object;
  type: protobuf.Type;
  toGob: (msg: Record<string, unknown>) => GobValue;
  gobType: GobType;
}

let entries: Entry[] | undefined;

function setup(): void {
  if (entries) return;
  const contract: Contract = loadContract();
  const schema = loadSchema(SCHEMA_FILE);
  const types = new GobTypes(schema);
  const tr = new Translator(types, contract.root, schema);
  const list: Entry[] = [];
  const add = (service: 'PluginAPI' | 'PluginDriver' | 'PluginHooks', def: (typeof schema.api)[number]) => {
    if (!def.grpc || def.streaming) return;
    const codec = new MethodCodec(def, types, tr, PACKAGE);
    const sdef = (
      service === 'PluginHooks' ? contract.hooks : service === 'PluginAPI' ? contract.api : contract.driver
    )[def.name] as MethodDefinition<object, object> | undefined;
    if (!sdef) return;
    if (service === 'PluginHooks')
      list.push({
        label: `PluginHooks.${def.name} response`,
        codec,
        deserialize: sdef.responseDeserialize,
        type: codec.response,
        toGob: (m) => codec.responseToReturns(m),
        gobType: codec.returnsType,
      });
    else
      list.push({
        label: `${service}.${def.name} request`,
        codec,
        deserialize: sdef.requestDeserialize,
        type: codec.request,
        toGob: (m) => codec.requestToArgs(m),
        gobType: codec.argsType,
      });
  };
  for (const d of schema.api) add('PluginAPI', d);
  for (const d of schema.driver) add('PluginDriver', d);
  for (const d of schema.hooks) add('PluginHooks', d);
  list.sort((a, b) => (a.label < b.label ? -1 : 1));
  entries = list;
}

function entry(variant: number): Entry {
  const list = entries!;
  return list[variant % list.length]!;
}

// ---- structured generation: random valid messages of the method's type ------------------------------

const LONGS = [
  '0',
  '1',
  '-1',
  '9223372036854775807',
  '-9223372036854775808',
  '18446744073709551615',
  '4294967296',
];
const INT32S = [0, 1, -1, 2147483647, -2147483648, 100];
const DOUBLES = [0, -0, 1.5, NaN, Infinity, -Infinity, 1e308, 5e-324];

function scalar(r: Rng, type: string): unknown {
  switch (type) {
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return r.chance(0.5) ? r.pick(INT32S) : r.range(-1000, 1000);
    case 'uint32':
    case 'fixed32':
      return r.pick([0, 1, 4294967295, 42]);
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return r.pick(LONGS.filter((x) => x !== '18446744073709551615'));
    case 'uint64':
    case 'fixed64':
      return r.pick(['0', '1', '18446744073709551615', '9223372036854775808', '42']);
    case 'double':
    case 'float':
      return r.chance(0.5) ? r.pick(DOUBLES) : r.next() * 1000;
    case 'bool':
      return r.chance(0.5);
    case 'string':
      return r.text(24);
    case 'bytes':
      return Buffer.from(r.bytes(r.int(24)));
    default:
      return undefined;
  }
}

/** A plain object protobufjs fromObject() accepts for `t`, with boundary values and deep nesting. */
function genMessage(t: protobuf.Type, r: Rng, depth: number): Record<string, unknown> {
  const full = t.fullName;
  if (full === '.google.protobuf.Timestamp')
    return {
      seconds: r.pick([
        '0',
        '1700000000',
        '-62135596800',
        '253402300799',
        '9223372036854775807',
        '-9223372036854775808',
      ]),
      nanos: r.pick([0, 999999999, 1000000000, -1, 2147483647]),
    };
  if (full === '.google.protobuf.Value' && depth > 3 && r.chance(0.3))
    return deepValue(r, r.pick([10, 50, 99, 101, 300, 300, 3000, 20000]));
  const out: Record<string, unknown> = {};
  const seenOneofs = new Set<string>();
  for (const f of t.fieldsArray) {
    if (!r.chance(depth > 6 ? 0.2 : 0.6)) continue;
    if (f.partOf) {
      if (seenOneofs.has(f.partOf.name)) continue;
      seenOneofs.add(f.partOf.name);
    }
    f.resolve();
    const one = (): unknown => {
      const rt = f.resolvedType;
      if (rt && 'fields' in rt) return depth > 8 ? {} : genMessage(rt as protobuf.Type, r, depth + 1);
      if (rt) {
        const values = Object.values((rt as protobuf.Enum).values);
        return r.chance(0.9) ? r.pick(values) : r.range(-5, 1000);
      }
      return scalar(r, f.type);
    };
    if (f.map) {
      const m: Record<string, unknown> = {};
      const keyType = (f as unknown as protobuf.MapField).keyType;
      for (let i = r.int(4); i > 0; i--) {
        const k =
          keyType === 'string'
            ? r.text(10)
            : keyType === 'bool'
              ? String(r.chance(0.5))
              : String(scalar(r, keyType));
        m[k] = one();
      }
      out[f.name] = m;
    } else if (f.repeated) {
      out[f.name] = Array.from({ length: r.int(4) }, one);
    } else {
      out[f.name] = one();
    }
  }
  return out;
}

/** A google.protobuf.Value nested `levels` deep through list_value / struct_value. */
function deepValue(r: Rng, levels: number): Record<string, unknown> {
  let v: Record<string, unknown> = { string_value: 'leaf' };
  for (let i = 0; i < levels; i++)
    v = r.chance(0.5) ? { list_value: { values: [v] } } : { struct_value: { fields: { k: v } } };
  return v;
}

function encodeMessage(t: protobuf.Type, obj: Record<string, unknown>): Uint8Array {
  try {
    return t.encode(t.fromObject(obj)).finish();
  } catch {
    return new Uint8Array(0);
  }
}

/** Length-delimited fields (wire type 2) of a proto buffer, walked recursively where they parse. */
export function protoLengthFields(b: Uint8Array): LengthField[] {
  const out: LengthField[] = [];
  const walk = (start: number, end: number, depth: number): void => {
    let p = start;
    while (p < end) {
      const tag = varint(b, p, end);
      if (!tag) return;
      p = tag[1];
      const wt = tag[0] & 7;
      if (wt === 0) {
        const v = varint(b, p, end);
        if (!v) return;
        p = v[1];
      } else if (wt === 1) p += 8;
      else if (wt === 5) p += 4;
      else if (wt === 2) {
        const len = varint(b, p, end);
        if (!len || len[1] + len[0] > end) return;
        out.push({ at: p, size: len[1] - p, encode: protoVarint });
        if (depth < 8) walk(len[1], len[1] + len[0], depth + 1);
        p = len[1] + len[0];
      } else return;
    }
  };
  walk(0, b.length, 0);
  return out;
}

function varint(b: Uint8Array, p: number, end: number): [number, number] | undefined {
  let v = 0;
  for (let shift = 0; p < end && shift < 35; shift += 7) {
    const c = b[p++]!;
    v += (c & 0x7f) * 2 ** shift;
    if (c < 0x80) return [v, p];
  }
  return undefined;
}

function protoVarint(value: number | bigint): Uint8Array {
  let x = BigInt(value);
  const out: number[] = [];
  do {
    let c = Number(x & 0x7fn);
    x >>= 7n;
    if (x > 0n) c |= 0x80;
    out.push(c);
  } while (x > 0n && out.length < 10);
  return Uint8Array.from(out);
}

function structured(variant: number, seed: number): Uint8Array {
  const e = entry(variant);
  return encodeMessage(e.type, genMessage(e.type, new Rng(seed), 0));
}

function arbitrary(): fc.Arbitrary<FuzzCase> {
  setup();
  const n = entries!.length;
  return fc.nat({ max: n - 1 }).chain((variant) => {
    const gen = fc.integer().map((s) => ({ bytes: structured(variant, s), origin: `structured:${s}` }));
    const mutated = fc
      .tuple(gen, fc.array(mutationArb(1), { minLength: 1, maxLength: 4 }))
      .map(([g, muts]) => ({
        bytes: applyMutations(g.bytes, muts, [g.bytes], protoLengthFields),
        origin: `${g.origin}+${describeMutations(muts)}`,
      }));
    const bytes = fc.oneof(
      { weight: 1, arbitrary: randomBytesArb(64).map((b) => ({ bytes: b, origin: 'random' })) },
      { weight: 4, arbitrary: gen },
      { weight: 3, arbitrary: mutated },
    );
    return caseArb(bytes, fc.constant(variant), fc.constant([]));
  });
}

/** Messages of protobufjs's Reader errors (src/reader.js indexOutOfRange, wire type and varint checks). */
const PROTOBUF_WIRE_ERRORS =
  /^(index out of range|invalid wire type|invalid varint encoding|illegal tag|missing required|maximum nesting depth exceeded)/;

function run(c: FuzzCase): string {
  const e = entry(c.variant);
  let msg: Record<string, unknown>;
  try {
    msg = e.deserialize(Buffer.from(c.bytes.buffer, c.bytes.byteOffset, c.bytes.byteLength)) as Record<
      string,
      unknown
    >;
  } catch (err) {
    // protobufjs's own wire-format errors (grpc-js answers them with a status); anything else
    // thrown while decoding or converting a message is a finding.
    if (err instanceof Error && PROTOBUF_WIRE_ERRORS.test(err.message)) return `deserialize:${err.name}`;
    const what = err instanceof Error ? `${err.name}: ${err.message.replace(/\d+/g, 'N')}` : typeof err;
    throw new OracleViolation('unexpected-error', `${e.label}: deserialize: ${errorTitle(err)}`, {
      cause: err,
      key: `deserializer throws ${what}`,
    });
  }
  let value: GobValue;
  try {
    value = e.toGob(msg);
  } catch (err) {
    try {
      return expectError(err, [TranslateError], 'translate');
    } catch (violation) {
      if (!(violation instanceof OracleViolation)) throw violation;
      const what =
        err instanceof Error ? `${err.name}${err instanceof GobError ? `:${err.code}` : ''}` : typeof err;
      throw new OracleViolation(violation.kind, `${e.label}: ${violation.message}`, {
        cause: err,
        key: `translation throws ${what}`,
      });
    }
  }
  try {
    new GobEncoder().encode(e.gobType, value);
  } catch (err) {
    if (err instanceof GobError && err.code === 'TOO_DEEP') return 'encode:TOO_DEEP';
    const title = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    throw new OracleViolation('invariant', `${e.label}: translated value is not gob-encodable: ${title}`, {
      cause: err,
      key: `translated value not encodable: ${
        (err instanceof GobError ? `${err.code} ` : '') +
        title
          .replace(/^[^:]*: /, '')
          .replace(/\d+/g, 'N')
          .slice(0, 80)
      }`,
    });
  }
  return 'ok';
}

export const protoTarget: FuzzTarget = {
  name: 'proto',
  about:
    'contract deserializer → MethodCodec.requestToArgs / responseToReturns → gob-encodable value, or TranslateError',
  setup,
  arbitrary,
  run,
  async: false,
  describeVariant: (v) => (entries ? entry(v).label : `method #${v}`),
};
