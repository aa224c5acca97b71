/**
 * Go interface values (`any`, `map[string]any`, `[]any`) ⇄ google.protobuf.Value / Struct / ListValue.
 *
 * The JSON-like concrete types map naturally: string, float64, bool, map[string]interface {},
 * []interface {} and nil. Any other concrete type (int64, *model.AppError, []*model.SlackAttachment,
 * …) is tagged so it round-trips exactly: a Struct {"@type": "<gob registered name>", "value": …}
 * where integers are decimal strings (no precision loss), bytes are base64 and structs are keyed
 * by their Go field names. An "@type" that names no registered type is plain data, and a Go map
 * that has an "@type" key of its own is itself tagged ("map[string]interface {}"), so no value is
 * ever mistaken for another. Go strings that are not valid UTF-8 cannot cross proto `string`
 * fields unchanged (invalid bytes become U+FFFD); Mattermost validates the strings it stores.
 */
import { GobInterface, T, type GobStruct, type GobType, type GobValue } from '../gob/types.ts';
import type { GobTypes, Schema, TypeRef } from './schema.ts';

type Obj = Record<string, unknown>;

export const TYPE_TAG = '@type';

const NATURAL = {
  string: T.string,
  float64: T.float,
  bool: T.bool,
  'map[string]interface {}': { kind: 'map', key: T.string, elem: T.interface } as GobType,
  '[]interface {}': { kind: 'slice', elem: T.interface } as GobType,
} as const;

const INTS = new Set([
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
]);

export class InterfaceValueError extends Error {
  override readonly name = 'InterfaceValueError';
}

export class InterfaceValues {
  private readonly registry = new Map<string, TypeRef>();

  constructor(
    schema: Schema,
    private readonly types: GobTypes,
  ) {
    for (const r of schema.registered) this.registry.set(r.name, r.type);
  }

  // ---- gob → proto ----

  toValue(v: GobValue | undefined): Obj {
    if (v === null || v === undefined) return { null_value: 'NULL_VALUE' };
    if (!(v instanceof GobInterface)) throw new InterfaceValueError('expected an interface value');
    if (v.value === null) return { null_value: 'NULL_VALUE' };
    switch (v.name) {
      case 'string':
        return { string_value: v.value };
      case 'float64':
        return { number_value: v.value };
      case 'bool':
        return { bool_value: v.value };
      case 'map[string]interface {}':
        // A map that has an "@type" key of its own is tagged, so it cannot be taken for a tag.
        if (v.value instanceof Map && v.value.has(TYPE_TAG)) return this.tagged(v);
        return { struct_value: this.toStruct(v.value) };
      case '[]interface {}':
        return { list_value: this.toList(v.value) };
      default:
        return this.tagged(v);
    }
  }

  private tagged(v: GobInterface): Obj {
    const ref = this.registry.get(v.name);
    const value = ref ? this.typedToValue(ref, v.value) : { null_value: 'NULL_VALUE' };
    return { struct_value: { fields: { [TYPE_TAG]: { string_value: v.name }, value } } };
  }

  toStruct(v: GobValue): Obj {
    if (!(v instanceof Map)) throw new InterfaceValueError('expected map[string]any');
    const fields: Obj = {};
    for (const [k, e] of v) fields[String(k)] = this.toValue(e);
    return { fields };
  }

  toList(v: GobValue): Obj {
    if (!Array.isArray(v)) throw new InterfaceValueError('expected []any');
    return { values: v.map((e) => this.toValue(e)) };
  }

  // ---- proto → gob ----

  fromValue(o: Obj | undefined): GobInterface | null {
    if (!o || 'null_value' in o) return null;
    if ('string_value' in o) return new GobInterface('string', NATURAL.string, String(o.string_value));
    if ('number_value' in o) return new GobInterface('float64', NATURAL.float64, Number(o.number_value));
    if ('bool_value' in o) return new GobInterface('bool', NATURAL.bool, Boolean(o.bool_value));
    if ('list_value' in o)
      return new GobInterface(
        '[]interface {}',
        NATURAL['[]interface {}'],
        this.fromList(o.list_value as Obj),
      );
    if ('struct_value' in o) {
      const fields = ((o.struct_value as Obj).fields ?? {}) as Record<string, Obj>;
      const tag = fields[TYPE_TAG];
      const ref = tag && 'string_value' in tag ? this.registry.get(String(tag.string_value)) : undefined;
      if (ref) {
        // "@type" naming a type Mattermost registers with gob is a tag; any other "@type" is plain data.
        const name = String(tag!.string_value);
        return new GobInterface(name, this.types.of(ref), this.typedFromValue(ref, fields.value ?? {}));
      }
      return new GobInterface(
        'map[string]interface {}',
        NATURAL['map[string]interface {}'],
        this.fromStruct(o.struct_value as Obj),
      );
    }
    return null;
  }

  fromStruct(o: Obj): Map<GobValue, GobValue> {
    const out = new Map<GobValue, GobValue>();
    for (const [k, e] of Object.entries((o.fields ?? {}) as Record<string, Obj>))
      out.set(k, this.fromValue(e));
    return out;
  }

  fromList(o: Obj): GobValue[] {
    return ((o.values ?? []) as Obj[]).map((e) => this.fromValue(e));
  }

  // ---- typed values inside a tag ----

  private typedToValue(ref: TypeRef, v: GobValue): Obj {
    const r = this.types.deref(ref);
    if (typeof r === 'string') {
      if (INTS.has(r)) return { string_value: String(v) };
      if (r === 'float32' || r === 'float64') return { number_value: Number(v) };
      if (r === 'bool') return { bool_value: Boolean(v) };
      if (r === 'string') return { string_value: String(v) };
      if (r === 'bytes') return { string_value: Buffer.from(v as Uint8Array).toString('base64') };
      if (r === 'any' || r === 'error') return this.toValue(v);
      if (r.startsWith('complex')) {
        const c = v as { re: number; im: number };
        return { list_value: { values: [{ number_value: c.re }, { number_value: c.im }] } };
      }
      throw new InterfaceValueError(`cannot tag Go type ${r}`);
    }
    if ('slice' in r || 'array' in r) {
      const elem = 'slice' in r ? r.slice : r.array;
      if (elem === 'uint8' && v instanceof Uint8Array)
        return { string_value: Buffer.from(v).toString('base64') };
      return { list_value: { values: (v as GobValue[]).map((e) => this.typedToValue(elem, e)) } };
    }
    if ('map' in r) {
      const fields: Obj = {};
      for (const [k, e] of v as Map<GobValue, GobValue>) fields[String(k)] = this.typedToValue(r.map[1], e);
      return { struct_value: { fields } };
    }
    const def = this.types.structFields(r);
    if (!def) return { string_value: Buffer.from(v as Uint8Array).toString('base64') }; // GobEncoder bytes
    const fields: Obj = {};
    for (const f of def) {
      const e = (v as GobStruct)[f.name];
      if (e !== undefined && e !== null) fields[f.name] = this.typedToValue(f.type, e);
    }
    return { struct_value: { fields } };
  }

  private typedFromValue(ref: TypeRef, o: Obj): GobValue {
    const r = this.types.deref(ref);
    if (typeof r === 'string') {
      if (INTS.has(r)) return BigInt(String(o.string_value ?? o.number_value ?? 0));
      if (r === 'float32' || r === 'float64') return Number(o.number_value ?? 0);
      if (r === 'bool') return Boolean(o.bool_value);
      if (r === 'string') return String(o.string_value ?? '');
      if (r === 'bytes') return Buffer.from(String(o.string_value ?? ''), 'base64');
      if (r === 'any' || r === 'error') return this.fromValue(o);
      if (r.startsWith('complex')) {
        const [re, im] = ((o.list_value as Obj | undefined)?.values ?? []) as Obj[];
        return { re: Number(re?.number_value ?? 0), im: Number(im?.number_value ?? 0) };
      }
      throw new InterfaceValueError(`cannot read tagged Go type ${r}`);
    }
    if ('slice' in r || 'array' in r) {
      const elem = 'slice' in r ? r.slice : r.array;
      if (elem === 'uint8' && 'string_value' in o) return Buffer.from(String(o.string_value), 'base64');
      return (((o.list_value as Obj | undefined)?.values ?? []) as Obj[]).map((e) =>
        this.typedFromValue(elem, e),
      );
    }
    const fields = (((o.struct_value as Obj | undefined)?.fields ?? {}) as Record<string, Obj>) ?? {};
    if ('map' in r) {
      const keyType = this.types.of(r.map[0]);
      const out = new Map<GobValue, GobValue>();
      for (const [k, e] of Object.entries(fields)) {
        out.set(keyType.kind === 'string' ? k : BigInt(k), this.typedFromValue(r.map[1], e));
      }
      return out;
    }
    const def = this.types.structFields(r);
    if (!def) return Buffer.from(String(o.string_value ?? ''), 'base64');
    const out: GobStruct = {};
    for (const f of def) if (fields[f.name]) out[f.name] = this.typedFromValue(f.type, fields[f.name]!);
    return out;
  }
}
