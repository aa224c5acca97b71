/**
 * Proto messages as JSON (the proto3 JSON mapping with the proto field names, i.e. what an SDK
 * handler sees: {"post": {"channel_id": "c1", "message": "hi"}}) ⇄ the plain objects the translator
 * reads and writes (proto-loader style: int64 as decimal strings, bytes as Buffer, Struct as
 * {fields: {k: {string_value: …}}}).
 *
 * JSON → proto is strict, so a mistake in a hand-written request says where it is: unknown fields
 * (with the closest names), wrong JSON types (with the type expected). Accepted: proto names or
 * lowerCamelCase JSON names; int64 as a number or a decimal string; bytes as base64; enums by name
 * or number; Timestamp as RFC 3339 text; Struct/Value/ListValue as any JSON; null = field unset.
 */
import type protobuf from 'protobufjs';
import { TranslateError } from '../bridge/mattermost/translate.ts';
import { didYouMean } from './close-matches.ts';

type Obj = Record<string, unknown>;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const STRUCT = '.google.protobuf.Struct';
const VALUE = '.google.protobuf.Value';
const LIST = '.google.protobuf.ListValue';
const TIMESTAMP = '.google.protobuf.Timestamp';

const INT32 = new Set(['int32', 'sint32', 'sfixed32']);
const UINT32 = new Set(['uint32', 'fixed32']);
const INT64 = new Set(['int64', 'sint64', 'sfixed64']);
const UINT64 = new Set(['uint64', 'fixed64']);
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

// ---- JSON → proto ------------------------------------------------------------------------------

export function messageFromJson(type: protobuf.Type, v: unknown, path: string): Obj {
  const full = type.fullName;
  if (full === STRUCT) return structFromJson(v, path);
  if (full === VALUE) return valueFromJson(v, path);
  if (full === LIST) return listFromJson(v, path);
  if (full === TIMESTAMP) return timestampFromJson(v, path);
  if (!isObject(v)) throw expected(path, `an object (${typeName(type)})`, v);
  const out: Obj = {};
  const byName = jsonNames(type);
  for (const [key, value] of Object.entries(v)) {
    const field = byName.get(key);
    if (!field)
      throw new TranslateError(
        `${path}: ${typeName(type)} has no field ${JSON.stringify(key)}${didYouMean(
          key,
          type.fieldsArray.map((f) => f.name),
        )}`,
      );
    if (value === null) continue;
    out[field.name] = fieldFromJson(field, value, `${path}.${field.name}`);
  }
  return out;
}

function fieldFromJson(field: protobuf.Field, v: unknown, path: string): unknown {
  field.resolve();
  if (field.map) {
    if (!isObject(v)) throw expected(path, 'an object (a map)', v);
    const keyType = (field as unknown as protobuf.MapField).keyType;
    const out: Obj = {};
    for (const [k, e] of Object.entries(v)) {
      if (keyType !== 'string' && keyType !== 'bool' && !/^-?\d+$/.test(k))
        throw new TranslateError(`${path}: map key ${JSON.stringify(k)} is not an integer`);
      out[k] = singleFromJson(field, e, `${path}[${JSON.stringify(k)}]`);
    }
    return out;
  }
  if (field.repeated) {
    if (!Array.isArray(v)) throw expected(path, 'a list', v);
    return v.map((e, i) => singleFromJson(field, e, `${path}[${i}]`));
  }
  return singleFromJson(field, v, path);
}

function singleFromJson(field: protobuf.Field, v: unknown, path: string): unknown {
  const rt = field.resolvedType;
  if (rt && 'fields' in rt) return messageFromJson(rt, v, path);
  if (rt && 'values' in rt) {
    if (typeof v === 'string' && v in rt.values) return v;
    if (typeof v === 'number' && rt.valuesById[v] !== undefined) return rt.valuesById[v];
    throw expected(path, `one of ${Object.keys(rt.values).join(', ')}`, v);
  }
  return scalarFromJson(field.type, v, path);
}

function scalarFromJson(t: string, v: unknown, path: string): unknown {
  switch (t) {
    case 'string':
      if (typeof v === 'string') return v;
      throw expected(path, 'a string', v);
    case 'bool':
      if (typeof v === 'boolean') return v;
      throw expected(path, 'true or false', v);
    case 'double':
    case 'float':
      if (typeof v === 'number') return v;
      if (v === 'NaN' || v === 'Infinity' || v === '-Infinity') return Number(v);
      throw expected(path, 'a number', v);
    case 'bytes':
      if (typeof v === 'string' && BASE64.test(v)) return Buffer.from(v, 'base64');
      throw expected(path, 'bytes as a base64 string', v);
    default:
      break;
  }
  const unsigned = UINT32.has(t) || UINT64.has(t);
  const wide = INT64.has(t) || UINT64.has(t);
  if (!wide && !INT32.has(t) && !UINT32.has(t))
    throw new TranslateError(`${path}: unsupported proto type ${t}`);
  const what = `${unsigned ? 'a non-negative ' : 'an '}integer${wide ? ' (a number or a decimal string)' : ''}`;
  const text = typeof v === 'number' && Number.isInteger(v) ? String(v) : typeof v === 'string' ? v : '';
  if (!/^-?\d+$/.test(text)) throw expected(path, what, v);
  const n = BigInt(text);
  const bits = wide ? 64n : 32n;
  const [min, max] = unsigned ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
  if (n < min || n > max) throw expected(path, `${what} in ${t} range`, v);
  return wide ? n.toString() : Number(n);
}

function structFromJson(v: unknown, path: string): Obj {
  if (!isObject(v)) throw expected(path, 'an object', v);
  const fields: Obj = {};
  for (const [k, e] of Object.entries(v)) fields[k] = valueFromJson(e, `${path}.${k}`);
  return { fields };
}

function listFromJson(v: unknown, path: string): Obj {
  if (!Array.isArray(v)) throw expected(path, 'a list', v);
  return { values: v.map((e, i) => valueFromJson(e, `${path}[${i}]`)) };
}

export function valueFromJson(v: unknown, path: string): Obj {
  if (v === null || v === undefined) return { null_value: 'NULL_VALUE' };
  if (typeof v === 'string') return { string_value: v };
  if (typeof v === 'number') return { number_value: v };
  if (typeof v === 'boolean') return { bool_value: v };
  if (Array.isArray(v)) return { list_value: listFromJson(v, path) };
  if (isObject(v)) return { struct_value: structFromJson(v, path) };
  throw expected(path, 'a JSON value', v);
}

function timestampFromJson(v: unknown, path: string): Obj {
  if (isObject(v) && ('seconds' in v || 'nanos' in v))
    return { seconds: String(v.seconds ?? '0'), nanos: Number(v.nanos ?? 0) };
  const m =
    typeof v === 'string'
      ? /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?([Zz]|[+-]\d\d:\d\d)$/.exec(v)
      : null;
  if (!m) throw expected(path, 'an RFC 3339 time such as "2026-01-02T15:04:05Z"', v);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  let seconds = BigInt(Math.floor(date.getTime() / 1000));
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1n : 1n;
    seconds -= sign * BigInt(Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4, 6)) * 60);
  }
  return { seconds: seconds.toString(), nanos: Number((frac ?? '').padEnd(9, '0')) };
}

// ---- proto → JSON ------------------------------------------------------------------------------

export function messageToJson(type: protobuf.Type, o: Obj): Json {
  const full = type.fullName;
  if (full === STRUCT) return structToJson(o);
  if (full === VALUE) return valueToJson(o);
  if (full === LIST) return listToJson(o);
  if (full === TIMESTAMP) return timestampToJson(o);
  const out: { [key: string]: Json } = {};
  for (const f of type.fieldsArray) {
    const v = o[f.name];
    if (v === undefined || v === null) continue;
    out[f.name] = fieldToJson(f, v);
  }
  return out;
}

function fieldToJson(field: protobuf.Field, v: unknown): Json {
  field.resolve();
  if (field.map) {
    const out: { [key: string]: Json } = {};
    for (const [k, e] of Object.entries(v as Obj)) out[k] = singleToJson(field, e);
    return out;
  }
  if (field.repeated && Array.isArray(v)) return v.map((e) => singleToJson(field, e));
  return singleToJson(field, v);
}

function singleToJson(field: protobuf.Field, v: unknown): Json {
  const rt = field.resolvedType;
  if (rt && 'fields' in rt) return messageToJson(rt, (v ?? {}) as Obj);
  if (rt && 'values' in rt) return typeof v === 'number' ? (rt.valuesById[v] ?? v) : String(v);
  if (field.type === 'bytes') return Buffer.from(v as Uint8Array).toString('base64');
  if (INT64.has(field.type) || UINT64.has(field.type)) return String(v);
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v as Json;
}

function structToJson(o: Obj): Json {
  const out: { [key: string]: Json } = {};
  for (const [k, e] of Object.entries((o.fields ?? {}) as Obj)) out[k] = valueToJson(e as Obj);
  return out;
}

function listToJson(o: Obj): Json {
  return ((o.values ?? []) as Obj[]).map((e) => valueToJson(e));
}

export function valueToJson(o: Obj | undefined): Json {
  if (!o) return null;
  if ('string_value' in o) return String(o.string_value);
  if ('number_value' in o) return Number(o.number_value);
  if ('bool_value' in o) return Boolean(o.bool_value);
  if ('struct_value' in o) return structToJson((o.struct_value ?? {}) as Obj);
  if ('list_value' in o) return listToJson((o.list_value ?? {}) as Obj);
  return null;
}

function timestampToJson(o: Obj): Json {
  const seconds = Number(o.seconds ?? 0);
  const nanos = Number(o.nanos ?? 0);
  const iso = new Date(seconds * 1000).toISOString().slice(0, 19);
  if (nanos === 0) return `${iso}Z`;
  const frac = String(nanos).padStart(9, '0');
  return `${iso}.${frac.endsWith('000000') ? frac.slice(0, 3) : frac.endsWith('000') ? frac.slice(0, 6) : frac}Z`;
}

// ---- helpers -----------------------------------------------------------------------------------

const NAMES = new WeakMap<protobuf.Type, Map<string, protobuf.Field>>();

/** Fields by proto name and by lowerCamelCase JSON name. */
function jsonNames(type: protobuf.Type): Map<string, protobuf.Field> {
  let m = NAMES.get(type);
  if (!m) {
    m = new Map();
    for (const f of type.fieldsArray) {
      m.set(f.name, f);
      m.set(
        f.name.replace(/_([a-z0-9])/g, (_s, c: string) => c.toUpperCase()),
        f,
      );
    }
    NAMES.set(type, m);
  }
  return m;
}

function typeName(type: protobuf.Type): string {
  return type.fullName.replace(/^\./, '');
}

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

function expected(path: string, what: string, got: unknown): TranslateError {
  return new TranslateError(`${path}: expected ${what}, got ${describe(got)}`);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  const text = JSON.stringify(v);
  return `${typeof v} ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
}
