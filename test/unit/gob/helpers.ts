/** Shared helpers for the gob tests: hex, stream decoding with chunking, the golden JSON convention. */
import {
  GobDecoder,
  GobEncoder,
  GobInterface,
  type GobType,
  type GobValue,
} from '../../../src/bridge/gob/index.ts';

/** "2f ff 81 ..." or "2fff81" -> bytes; ASCII runs may be written as "Request" in quotes. */
export function hex(s: string): Uint8Array {
  const out: number[] = [];
  for (const tok of s.match(/"[^"]*"|[0-9a-fA-F]{2}/g) ?? []) {
    if (tok.startsWith('"')) for (const ch of Buffer.from(tok.slice(1, -1), 'utf8')) out.push(ch);
    else out.push(parseInt(tok, 16));
  }
  return Uint8Array.from(out);
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b)
    .toString('hex')
    .replace(/(..)(?!$)/g, '$1 ');
}

export function concat(parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

/** Decodes a whole stream, pushing it in the given chunk sizes (cycled); requires nothing left over. */
export function decodeAll(bytes: Uint8Array, chunks: number[] = [bytes.length || 1], dec = new GobDecoder()) {
  const out: { type: GobType; value: GobValue }[] = [];
  let pos = 0;
  let k = 0;
  while (pos < bytes.length) {
    const n = Math.max(1, chunks[k++ % chunks.length]!);
    dec.push(bytes.subarray(pos, pos + n));
    pos += n;
    for (let v = dec.next(); v; v = dec.next()) out.push(v);
  }
  if (dec.buffered !== 0) throw new Error(`${dec.buffered} bytes left undecoded`);
  return out;
}

export function encodeAll(
  values: readonly { type: GobType; value: GobValue }[],
  enc = new GobEncoder(),
): Uint8Array {
  return concat(values.map((v) => enc.encode(v.type, v.value)));
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function jsonFloat(f: number): Json {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  return f;
}

/**
 * A decoded value in the JSON convention of test/vectors/gob.go (type-directed: ints as decimal
 * strings, bytes as hex, maps as [key, value] pairs, interfaces as {$type, value}).
 */
export function toJson(t: GobType, v: GobValue): Json {
  switch (t.kind) {
    case 'bool':
    case 'string':
      return v as boolean | string;
    case 'int':
    case 'uint':
      return String(v as bigint);
    case 'float':
      return jsonFloat(v as number);
    case 'complex': {
      const c = v as { re: number; im: number };
      return [jsonFloat(c.re), jsonFloat(c.im)];
    }
    case 'bytes':
    case 'gobencoder':
      return Buffer.from(v as Uint8Array).toString('hex');
    case 'slice':
    case 'array':
      return (v as GobValue[]).map((x) => toJson(t.elem, x));
    case 'map':
      return [...(v as Map<GobValue, GobValue>)].map(([k, x]) => [toJson(t.key, k), toJson(t.elem, x)]);
    case 'interface': {
      if (v === null) return null;
      const i = v as GobInterface;
      return { $type: i.name, value: toJson(i.type, i.value) };
    }
    case 'struct': {
      const o = v as Record<string, GobValue>;
      const out: Record<string, Json> = {};
      for (const f of t.fields) if (Object.hasOwn(o, f.name)) out[f.name] = toJson(f.type, o[f.name]!);
      return out;
    }
  }
}

/** Sorts map pairs (by the JSON of the key) so that two JSON forms compare independent of map order. */
export function canon(t: GobType, j: Json): Json {
  switch (t.kind) {
    case 'slice':
    case 'array':
      return (j as Json[]).map((x) => canon(t.elem, x));
    case 'map':
      return (j as [Json, Json][])
        .map(([k, x]) => [canon(t.key, k), canon(t.elem, x)] as [Json, Json])
        .sort((a, b) => (JSON.stringify(a[0]) < JSON.stringify(b[0]) ? -1 : 1));
    case 'interface': {
      if (j === null) return null;
      return j; // concrete types are canonicalised by canonIface below
    }
    case 'struct': {
      const o = j as Record<string, Json>;
      const out: Record<string, Json> = {};
      for (const f of t.fields) if (Object.hasOwn(o, f.name)) out[f.name] = canon(f.type, o[f.name]!);
      for (const k of Object.keys(o)) if (!Object.hasOwn(out, k)) out[k] = o[k]!; // unknown: kept so it shows in diffs
      return out;
    }
    default:
      return j;
  }
}

/** canon for a decoded value: also canonicalises inside interfaces (whose types only the value knows). */
export function canonValue(t: GobType, v: GobValue): Json {
  return canon(t, toJsonDeep(t, v));
}

function toJsonDeep(t: GobType, v: GobValue): Json {
  // same as toJson, but interface contents are canonicalised with their concrete type
  if (t.kind === 'interface' && v !== null) {
    const i = v as GobInterface;
    return { $type: i.name, value: canonValue(i.type, i.value) };
  }
  switch (t.kind) {
    case 'slice':
    case 'array':
      return (v as GobValue[]).map((x) => toJsonDeep(t.elem, x));
    case 'map':
      return [...(v as Map<GobValue, GobValue>)].map(([k, x]) => [
        toJsonDeep(t.key, k),
        toJsonDeep(t.elem, x),
      ]);
    case 'struct': {
      const o = v as Record<string, GobValue>;
      const out: Record<string, Json> = {};
      for (const f of t.fields) if (Object.hasOwn(o, f.name)) out[f.name] = toJsonDeep(f.type, o[f.name]!);
      return out;
    }
    default:
      return toJson(t, v);
  }
}

/** The expected JSON canonicalised along the decoded value (interfaces take the decoded concrete type). */
export function canonExpected(t: GobType, j: Json, v: GobValue): Json {
  switch (t.kind) {
    case 'interface': {
      if (j === null || !(v instanceof GobInterface)) return j;
      const o = j as { $type: Json; value: Json };
      return { $type: o.$type, value: canonExpected(v.type, o.value, v.value) };
    }
    case 'slice':
    case 'array': {
      const arr = j as Json[];
      const vs = v as GobValue[];
      return arr.map((x, i) => canonExpected(t.elem, x, vs[i] ?? null));
    }
    case 'map': {
      // pair expected entries with decoded entries by canonical key JSON
      const byKey = new Map<string, GobValue>();
      for (const [k, x] of v as Map<GobValue, GobValue>) byKey.set(JSON.stringify(canonValue(t.key, k)), x);
      return (j as [Json, Json][])
        .map(([k, x]) => {
          const ck = canon(t.key, k);
          return [ck, canonExpected(t.elem, x, byKey.get(JSON.stringify(ck)) ?? null)] as [Json, Json];
        })
        .sort((a, b) => (JSON.stringify(a[0]) < JSON.stringify(b[0]) ? -1 : 1));
    }
    case 'struct': {
      const o = j as Record<string, Json>;
      const vo = (v ?? {}) as Record<string, GobValue>;
      const out: Record<string, Json> = {};
      for (const f of t.fields)
        if (Object.hasOwn(o, f.name)) out[f.name] = canonExpected(f.type, o[f.name]!, vo[f.name] ?? null);
      for (const k of Object.keys(o)) if (!Object.hasOwn(out, k)) out[k] = o[k]!;
      return out;
    }
    default:
      return j;
  }
}

/** One length-prefixed message around a hex payload. */
export function msg(payload: string | Uint8Array): Uint8Array {
  const b = typeof payload === 'string' ? hex(payload) : payload;
  const prefix: number[] = [];
  for (let n = b.length; n > 0; n = Math.floor(n / 256)) prefix.unshift(n % 256);
  if (b.length >= 0x80) prefix.unshift(256 - prefix.length);
  return concat([Uint8Array.from(prefix.length ? prefix : [0]), b]);
}
