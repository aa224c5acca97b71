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
import { GobInterface, T, type GobStruct, type GobType, type GobValue } from '../gob/types.ts';
import { goTimeFromBytes, goTimeToBytes } from '../gob/index.ts';
import type { FieldDef, GobTypes, TypeRef } from './schema.ts';

type Proto = unknown;
type Obj = Record<string, Proto>;

const MAP_STRING_ANY: GobType = { kind: 'map', key: T.string, elem: T.interface };
const SLICE_ANY: GobType = { kind: 'slice', elem: T.interface };

export class TranslateError extends Error {
  override readonly name = 'TranslateError';
}

export class Translator {
  constructor(
    private readonly types: GobTypes,
    private readonly root: protobuf.Root,
  ) {}

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
    const inner = this.deref(ref);
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
    const inner = this.deref(ref);
    if (resolved && 'fields' in resolved) {
      const full = resolved.fullName;
      if (full === '.google.protobuf.Timestamp') return timestampToProto(v);
      if (full === '.google.protobuf.Struct') return structValueToProto(v, path);
      if (full === '.google.protobuf.Value') return valueToProto(v, path);
      if (full === '.google.protobuf.ListValue') return listToProto(v, path);
      const def = this.structDef(inner);
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
    const inner = this.deref(ref);
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
    const inner = this.deref(ref);
    if (resolved && 'fields' in resolved) {
      const full = resolved.fullName;
      if (full === '.google.protobuf.Timestamp') return timestampFromProto(v as Obj);
      if (full === '.google.protobuf.Struct') return structValueFromProto(v as Obj);
      if (full === '.google.protobuf.Value') return valueFromProto(v as Obj);
      if (full === '.google.protobuf.ListValue') return listFromProto(v as Obj);
      const def = this.structDef(inner);
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

  /** Strips pointers and named aliases (named non-struct types) from a reference. */
  deref(ref: TypeRef): TypeRef {
    for (;;) {
      if (typeof ref === 'object' && 'ptr' in ref) ref = ref.ptr;
      else if (typeof ref === 'object' && 'ref' in ref) {
        const def = this.types.typeDef(ref.ref);
        if (def.kind !== 'alias') return ref;
        ref = def.type;
      } else return ref;
    }
  }

  private structDef(ref: TypeRef): readonly FieldDef[] | undefined {
    if (typeof ref !== 'object') return undefined;
    if ('struct' in ref) return ref.struct;
    if ('ref' in ref) {
      const def = this.types.typeDef(ref.ref);
      if (def.kind === 'struct') return def.fields;
    }
    return undefined;
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
    case 'bool':
    case 'string':
    case 'double':
    case 'float':
      return v;
    case 'bytes':
      return v instanceof Uint8Array ? v : Buffer.from(String(v));
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
      break;
    default:
      break;
  }
  throw new TranslateError(`${path}: cannot read proto ${protoType} into gob ${g.kind}`);
}

function zeroOf(g: GobType): GobValue {
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

function timestampFromProto(o: Obj): GobValue {
  const seconds = BigInt(String(o.seconds ?? '0')) + 62135596800n;
  return goTimeToBytes({ seconds, nanos: Number(o.nanos ?? 0), offsetMinutes: -1 });
}

function valueToProto(v: GobValue, path: string): Obj {
  if (v === null || v === undefined) return { null_value: 'NULL_VALUE' };
  if (!(v instanceof GobInterface)) return plainToValue(v, path);
  if (v.value === null) return { null_value: 'NULL_VALUE' };
  return plainToValue(v.value, path, v.type);
}

function plainToValue(v: GobValue, path: string, type?: GobType): Obj {
  if (v === null || v === undefined) return { null_value: 'NULL_VALUE' };
  if (v instanceof GobInterface) return valueToProto(v, path);
  if (typeof v === 'string') return { string_value: v };
  if (typeof v === 'boolean') return { bool_value: v };
  if (typeof v === 'number') return { number_value: v };
  if (typeof v === 'bigint') return { number_value: Number(v) };
  if (v instanceof Uint8Array) return { string_value: Buffer.from(v).toString('base64') };
  if (Array.isArray(v)) {
    const elem = type && (type.kind === 'slice' || type.kind === 'array') ? type.elem : undefined;
    return { list_value: { values: v.map((e, i) => plainToValue(e, `${path}[${i}]`, elem)) } };
  }
  if (v instanceof Map) {
    const elem = type?.kind === 'map' ? type.elem : undefined;
    const fields: Obj = {};
    for (const [k, e] of v) fields[String(k)] = plainToValue(e, `${path}.${String(k)}`, elem);
    return { struct_value: { fields } };
  }
  if (typeof v === 'object' && 're' in v && 'im' in v && Object.keys(v).length === 2) {
    return { list_value: { values: [{ number_value: v.re }, { number_value: v.im }] } };
  }
  // A struct behind an interface (e.g. *model.AppError in Props): its exported fields by Go name.
  const fields: Obj = {};
  const st = type?.kind === 'struct' ? type : undefined;
  for (const [k, e] of Object.entries(v as GobStruct)) {
    fields[k] = plainToValue(e, `${path}.${k}`, st?.fields.find((f) => f.name === k)?.type);
  }
  return { struct_value: { fields } };
}

function structValueToProto(v: GobValue, path: string): Obj {
  if (!(v instanceof Map)) throw new TranslateError(`${path}: expected map[string]any`);
  const fields: Obj = {};
  for (const [k, e] of v) fields[String(k)] = valueToProto(e, `${path}.${String(k)}`);
  return { fields };
}

function listToProto(v: GobValue, path: string): Obj {
  if (!Array.isArray(v)) throw new TranslateError(`${path}: expected []any`);
  return { values: v.map((e, i) => valueToProto(e, `${path}[${i}]`)) };
}

/** google.protobuf.Value → a gob interface value with the registered name Go would send. */
export function valueFromProto(o: Obj | undefined): GobInterface | null {
  if (!o || 'null_value' in o) return null;
  if ('string_value' in o) return new GobInterface('string', T.string, String(o.string_value));
  if ('number_value' in o) return new GobInterface('float64', T.float, Number(o.number_value));
  if ('bool_value' in o) return new GobInterface('bool', T.bool, Boolean(o.bool_value));
  if ('struct_value' in o)
    return new GobInterface(
      'map[string]interface {}',
      MAP_STRING_ANY,
      structValueFromProto(o.struct_value as Obj),
    );
  if ('list_value' in o)
    return new GobInterface('[]interface {}', SLICE_ANY, listFromProto(o.list_value as Obj));
  return null;
}

function structValueFromProto(o: Obj): Map<GobValue, GobValue> {
  const out = new Map<GobValue, GobValue>();
  for (const [k, e] of Object.entries((o.fields ?? {}) as Obj)) out.set(k, valueFromProto(e as Obj));
  return out;
}

function listFromProto(o: Obj): GobValue[] {
  return ((o.values ?? []) as Obj[]).map((e) => valueFromProto(e));
}
