/**
 * The generated contract schema (src/generated/schema.json, written by proto/generator from the
 * pinned server/public plugin package): for every hook and API method its net/rpc name, the gob
 * fields of its Z_*Args / Z_*Returns structs and their proto names; and every model type reachable.
 * This module turns the schema's Go type references into gob wire types.
 */
import { readFileSync } from 'node:fs';
import { T, structType, type GobStructType, type GobType } from '../gob/types.ts';

export type TypeRef =
  | string
  | { ref: string }
  | { ptr: TypeRef }
  | { slice: TypeRef }
  | { array: TypeRef; len: number }
  | { map: [TypeRef, TypeRef] }
  | { struct: FieldDef[] };

export interface FieldDef {
  name: string;
  proto?: string;
  number?: number;
  type: TypeRef;
}

export type TypeDef =
  | { kind: 'struct'; name: string; proto?: string; fields: FieldDef[] }
  | { kind: 'gobencoder'; name: string; encoding: 'gob' | 'binary' | 'text' }
  | { kind: 'alias'; type: TypeRef }
  | { kind: 'interface'; name?: string };

export interface Param {
  gob: string;
  proto?: string;
  number?: number;
  type: TypeRef;
  error?: boolean;
}

export interface MethodShape {
  goType: string;
  bare?: boolean;
  fields: Param[];
}

export interface MethodDef {
  name: string;
  rpc: string;
  handwritten?: boolean;
  streaming?: boolean;
  doc?: string;
  grpc: {
    service: string;
    request: string;
    response: string;
    requestStream?: boolean;
    responseStream?: boolean;
  } | null;
  args: MethodShape;
  returns: MethodShape;
}

export interface Schema {
  serverPublicVersion: string;
  protoPackage: string;
  types: Record<string, TypeDef>;
  registered: { name: string; type: TypeRef }[];
  hooks: MethodDef[];
  api: MethodDef[];
  /** plugin.Driver (the DriverMuxId connection): SQL on the server's database. */
  driver: MethodDef[];
}

export function loadSchema(file: string): Schema {
  return JSON.parse(readFileSync(file, 'utf8')) as Schema;
}

const SIGNED = new Set(['int', 'int8', 'int16', 'int32', 'int64']);
const UNSIGNED = new Set(['uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);

/** Resolves schema type references to gob wire types; one GobType object per Go type (cycles allowed). */
export class GobTypes {
  private readonly named = new Map<string, GobType>();
  private readonly shapes = new Map<string, GobStructType>();

  constructor(private readonly schema: Schema) {}

  of(ref: TypeRef): GobType {
    if (typeof ref === 'string') return builtin(ref);
    if ('ref' in ref) return this.namedType(ref.ref);
    if ('ptr' in ref) return this.of(ref.ptr);
    if ('slice' in ref) {
      return isByte(ref.slice) ? T.bytes : { kind: 'slice', elem: this.of(ref.slice) };
    }
    if ('array' in ref) return { kind: 'array', len: ref.len, elem: this.of(ref.array) };
    if ('map' in ref) return { kind: 'map', key: this.of(ref.map[0]), elem: this.of(ref.map[1]) };
    return structType(
      '',
      ref.struct.map((f) => ({ name: f.name, type: this.of(f.type) })),
    );
  }

  /** The gob struct of a method's args or returns (a bare reply is its single field's type). */
  shape(method: MethodDef, which: 'args' | 'returns'): GobType {
    const s = method[which];
    if (s.bare) return this.of(s.fields[0]!.type);
    const key = `${method.rpc}/${which}`;
    let t = this.shapes.get(key);
    if (!t) {
      t = structType(s.goType.replace(/^.*\./, ''), []);
      this.shapes.set(key, t);
      t.fields = s.fields.map((f) => ({ name: f.gob, type: this.of(f.type) }));
    }
    return t;
  }

  /** Strips pointers, named aliases (named non-struct types) and named interfaces (→ 'any'). */
  deref(ref: TypeRef): TypeRef {
    for (;;) {
      if (typeof ref === 'object' && 'ptr' in ref) ref = ref.ptr;
      else if (typeof ref === 'object' && 'ref' in ref) {
        const def = this.typeDef(ref.ref);
        if (def.kind === 'interface') return 'any';
        if (def.kind !== 'alias') return ref;
        ref = def.type;
      } else return ref;
    }
  }

  /** The fields of a (dereferenced) struct reference, or undefined for any other type. */
  structFields(ref: TypeRef): readonly FieldDef[] | undefined {
    if (typeof ref !== 'object') return undefined;
    if ('struct' in ref) return ref.struct;
    if ('ref' in ref) {
      const def = this.typeDef(ref.ref);
      if (def.kind === 'struct') return def.fields;
    }
    return undefined;
  }

  typeDef(name: string): TypeDef {
    const def = this.schema.types[name];
    if (!def) throw new Error(`schema: unknown type ${name}`);
    return def;
  }

  private namedType(name: string): GobType {
    const cached = this.named.get(name);
    if (cached) return cached;
    const def = this.typeDef(name);
    if (def.kind === 'gobencoder') {
      const t: GobType = { kind: 'gobencoder', name: def.name, encoding: def.encoding };
      this.named.set(name, t);
      return t;
    }
    if (def.kind === 'alias') {
      const t = this.of(def.type);
      this.named.set(name, t);
      return t;
    }
    if (def.kind === 'interface') return T.interface; // a named interface type (driver.Value, io.ReadCloser)
    const t = structType(def.name, []);
    this.named.set(name, t); // before the fields: recursive types refer to this object
    t.fields = def.fields.map((f) => ({ name: f.name, type: this.of(f.type) }));
    return t;
  }
}

function isByte(ref: TypeRef): boolean {
  return ref === 'uint8';
}

function builtin(name: string): GobType {
  if (SIGNED.has(name)) return T.int;
  if (UNSIGNED.has(name)) return T.uint;
  switch (name) {
    case 'bool':
      return T.bool;
    case 'float32':
    case 'float64':
      return T.float;
    case 'complex64':
    case 'complex128':
      return T.complex;
    case 'string':
      return T.string;
    case 'bytes':
      return T.bytes;
    case 'error':
    case 'any':
      return T.interface;
    default:
      throw new Error(`schema: unknown builtin type ${name}`);
  }
}
