/**
 * Generic gob ⇄ protobuf translation, driven only by the schema's Go type references and the
 * protobufjs reflection of the generated .proto files. Proto values are the plain objects that
 * @grpc/proto-loader produces and accepts (keepCase, longs as strings, bytes as Buffer).
 *
 * Go → proto rules (the generator's mapping, read back):
 *   ints → int32/int64/uint32/uint64 (64-bit as decimal strings, never rounded); []byte → bytes;
 *   time.Time → google.protobuf.Timestamp; map[string]any → Struct; any → Value; []any → ListValue;
 *   *T → message presence; slices/maps → repeated/map, with single-field wrapper messages where
 *   proto cannot nest (e.g. map[string][]string → map<string, StringList>).
 */
import type protobuf from 'protobufjs';
import type { GobStruct, GobType, GobValue } from '../gob/types.ts';
import { goTimeFromBytes, goTimeToBytes } from '../gob/index.ts';
import { InterfaceValues } from './interface-values.ts';
import type { FieldDef, GobTypes, Schema, TypeRef } from './schema.ts';

type Proto = unknown;
type Obj = Record<string, Proto>;

export class TranslateError extends Error {
  override readonly name = 'TranslateError';
}

export class Translator {
  private readonly iface: InterfaceValues;

  constructor(
    private readonly types: GobTypes,
    private readonly root: protobuf.Root,
    schema: Schema,
  ) {
    this.iface = new InterfaceValues(schema, types);
  }

  messageType(name: string): protobuf.Type {
    return this.root.lookupType(name);
  }

  // ---- gob → proto ----------------------------------------------------------------------------

  /** Fills `out` with the proto fields of a gob struct value, given its field definitions. */
  structToProto(fields: readonly FieldDef[], v: GobStruct, type: protobuf.Type, path: string): Obj {
    const out: Obj = {};
    for (const f of fields) {
      if (!f.proto) continue;
      const value = v[f.name];
      if (value === undefined || value === null) continue;
      const pf = type.fields[f.proto];
      if (!pf) throw new TranslateError(`${path}.${f.name}: no proto field ${type.name}.${f.proto}`);
      out[f.proto] = this.fieldToProto(f.type, value, pf, `${path}.${f.name}`);
    }
    return out;
  }

  fieldToProto(ref: TypeRef, v: GobValue, pf: protobuf.Field, path: string): Proto {
    const inner = this.types.deref(ref);
    if (pf.map) {
      const m = inner as { map: [TypeRef, TypeRef] };
      if (!(v instanceof Map)) throw new TranslateError(`${path}: expected a map`);
      const out: Obj = {};
      for (const [k, e] of v)
        out[String(k)] = this.singleToProto(m.map[1], e, pf.type, pf.resolvedType, path);
      return out;
    }
    if (pf.repeated && !isBytesRef(inner)) {
      const elem = elemOf(inner, path);
      if (!Array.isArray(v)) throw new TranslateError(`${path}: expected a slice`);
      return v.map((e, i) => this.singleToProto(elem, e, pf.type, pf.resolvedType, `${path}[${i}]`));
    }
    return this.singleToProto(ref, v, pf.type, pf.resolvedType, path);
  }

  private singleToProto(
    ref: TypeRef,
    v: GobValue,
    protoType: string,
    resolved: protobuf.Type | protobuf.Enum | null,
    path: string,
  ): Proto {
    const inner = this.types.deref(ref);
    if (resolved && 'fields' in resolved) {
      const full = resolved.fullName;
      if (full === '.google.protobuf.Timestamp') return timestampToProto(v);
      if (full === '.google.protobuf.Struct') return this.wkt(path, () => this.iface.toStruct(v));
      if (full === '.google.protobuf.Value') return this.wkt(path, () => this.iface.toValue(v));
      if (full === '.google.protobuf.ListValue') return this.wkt(path, () => this.iface.toList(v));
      const def = this.types.structFields(inner);
      if (def) return this.structToProto(def, (v ?? {}) as GobStruct, resolved, path);
      // A wrapper message around one repeated/map field (proto cannot nest repeated fields).
      const only = resolved.fieldsArray[0];
      if (resolved.fieldsArray.length === 1 && only)
        return { [only.name]: this.fieldToProto(ref, v, only, path) };
      throw new TranslateError(`${path}: cannot map Go ${describe(ref)} onto ${full}`);
    }
    return scalarToProto(v, protoType, path);
  }

  // ---- proto → gob ----------------------------------------------------------------------------

  structFromProto(fields: readonly FieldDef[], o: Obj, type: protobuf.Type, path: string): GobStruct {
    const out: GobStruct = {};
    for (const f of fields) {
      if (!f.proto) continue;
      const value = o[f.proto];
      if (value === undefined || value === null) continue;
      const pf = type.fields[f.proto];
      if (!pf) throw new TranslateError(`${path}.${f.proto}: no proto field ${type.name}.${f.proto}`);
      const g = this.fieldFromProto(f.type, value, pf, `${path}.${f.proto}`);
      if (g !== undefined) out[f.name] = g;
    }
    return out;
  }

  fieldFromProto(ref: TypeRef, v: Proto, pf: protobuf.Field, path: string): GobValue | undefined {
    const inner = this.types.deref(ref);
    if (pf.map) {
      const m = inner as { map: [TypeRef, TypeRef] };
      const keyType = this.types.of(m.map[0]);
      const out = new Map<GobValue, GobValue>();
      for (const [k, e] of Object.entries(v as Obj)) {
        const key = keyType.kind === 'string' ? k : keyType.kind === 'bool' ? k === 'true' : BigInt(k);
        out.set(
          key,
          this.singleFromProto(m.map[1], e, pf.type, pf.resolvedType, `${path}[${k}]`) ??
            zeroOf(this.types.of(m.map[1])),
        );
      }
      return out;
    }
    if (pf.repeated && !isBytesRef(inner)) {
      const elem = elemOf(inner, path);
      const arr = v as Proto[];
      if (arr.length === 0) return undefined;
      const zero = zeroOf(this.types.of(elem));
      return arr.map(
        (e, i) => this.singleFromProto(elem, e, pf.type, pf.resolvedType, `${path}[${i}]`) ?? zero,
      );
    }
    return this.singleFromProto(ref, v, pf.type, pf.resolvedType, path);
  }

  private singleFromProto(
    ref: TypeRef,
    v: Proto,
    protoType: string,
    resolved: protobuf.Type | protobuf.Enum | null,
    path: string,
  ): GobValue | undefined {
    const inner = this.types.deref(ref);
    if (resolved && 'fields' in resolved) {
      const full = resolved.fullName;
      if (full === '.google.protobuf.Timestamp') return timestampFromProto(v as Obj, path);
      if (full === '.google.protobuf.Struct') return this.wkt(path, () => this.iface.fromStruct(v as Obj));
      if (full === '.google.protobuf.Value') return this.wkt(path, () => this.iface.fromValue(v as Obj));
      if (full === '.google.protobuf.ListValue') return this.wkt(path, () => this.iface.fromList(v as Obj));
      const def = this.types.structFields(inner);
      if (def) return this.structFromProto(def, v as Obj, resolved, path);
      const only = resolved.fieldsArray[0];
      if (resolved.fieldsArray.length === 1 && only) {
        const got = (v as Obj)[only.name];
        return got === undefined ? undefined : this.fieldFromProto(ref, got, only, path);
      }
      throw new TranslateError(`${path}: cannot map ${full} onto Go ${describe(ref)}`);
    }
    return scalarFromProto(this.types.of(inner), v, protoType, path);
  }

  // ---- helpers --------------------------------------------------------------------------------

  private wkt<R>(path: string, f: () => R): R {
    try {
      return f();
    } catch (err) {
      throw new TranslateError(`${path}: ${(err as Error).message}`);
    }
  }
}

function isBytesRef(ref: TypeRef): boolean {
  return ref === 'bytes' || (typeof ref === 'object' && 'slice' in ref && ref.slice === 'uint8');
}

function elemOf(ref: TypeRef, path: string): TypeRef {
  if (typeof ref === 'object' && 'slice' in ref) return ref.slice;
  if (typeof ref === 'object' && 'array' in ref) return ref.array;
  throw new TranslateError(`${path}: repeated proto field for non-slice Go type ${describe(ref)}`);
}

function describe(ref: TypeRef): string {
  return typeof ref === 'string' ? ref : JSON.stringify(ref);
}

const LONGS = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const INTS = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32']);

function scalarToProto(v: GobValue, protoType: string, path: string): Proto {
  if (LONGS.has(protoType)) return typeof v === 'bigint' ? v.toString() : String(v);
  if (INTS.has(protoType)) return Number(v as bigint | number);
  switch (protoType) {
    case 'string':
      return v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : v;
    case 'bool':
    case 'double':
    case 'float':
      return v;
    case 'bytes': // a Buffer, as decode gives (a view: gob's byte slices are copies already)
      return v instanceof Uint8Array
        ? Buffer.isBuffer(v)
          ? v
          : Buffer.from(v.buffer, v.byteOffset, v.byteLength)
        : Buffer.from(String(v));
    default:
      if (typeof v === 'bigint') return Number(v); // enums carried as Go ints
      throw new TranslateError(`${path}: unsupported proto scalar ${protoType}`);
  }
}

function scalarFromProto(g: GobType, v: Proto, protoType: string, path: string): GobValue | undefined {
  switch (g.kind) {
    case 'int':
    case 'uint':
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint') return BigInt(v);
      if (v && typeof v === 'object' && 'toString' in v) return BigInt(String(v)); // Long
      break;
    case 'float':
      return Number(v);
    case 'bool':
      return Boolean(v);
    case 'string':
      return String(v);
    case 'bytes':
      return v instanceof Uint8Array ? v : Buffer.from(String(v));
    case 'gobencoder':
      if (v instanceof Uint8Array) return v;
      if (typeof v === 'string') return Buffer.from(v, 'utf8');
      break;
    default:
      break;
  }
  throw new TranslateError(`${path}: cannot read proto ${protoType} into gob ${g.kind}`);
}

/** The gob zero value of a type (what Go has in a field that was not sent). */
export function zeroOf(g: GobType): GobValue {
  switch (g.kind) {
    case 'int':
    case 'uint':
      return 0n;
    case 'float':
      return 0;
    case 'bool':
      return false;
    case 'string':
      return '';
    case 'bytes':
    case 'gobencoder':
      return new Uint8Array(0);
    case 'struct':
      return {};
    case 'slice':
    case 'array':
      return [];
    case 'map':
      return new Map();
    default:
      return null;
  }
}

// ---- well-known types ---------------------------------------------------------------------------

function timestampToProto(v: GobValue): Obj {
  const t = goTimeFromBytes(v as Uint8Array);
  // Go's zero time is year 1; Timestamp counts from 1970 (62135596800 s later).
  return { seconds: (t.seconds - 62135596800n).toString(), nanos: t.nanos };
}

const I64_MAX = (1n << 63n) - 1n;

/**
 * A Timestamp that time.Time cannot carry is the caller's error, not a codec failure: nanos must be
 * 0..999999999 (as timestamppb's CheckValid requires) and the seconds, moved to Go's year-1 epoch,
 * must still fit time.Time's int64.
 */
function timestampFromProto(o: Obj, path: string): GobValue {
  const unix = BigInt(String(o.seconds ?? '0'));
  const nanos = Number(o.nanos ?? 0);
  if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999_999_999) {
    throw new TranslateError(`${path}: google.protobuf.Timestamp nanos ${nanos} outside 0..999999999`);
  }
  const seconds = unix + 62135596800n;
  if (seconds > I64_MAX) {
    throw new TranslateError(
      `${path}: google.protobuf.Timestamp seconds ${unix} out of range for Go time.Time (int64 seconds since year 1)`,
    );
  }
  return goTimeToBytes({ seconds, nanos, offsetMinutes: -1 });
}
