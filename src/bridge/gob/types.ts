/**
 * The gob type and value model shared by the encoder, the decoder and the translator.
 *
 * A GobType describes how a Go type looks on the gob wire (golang/go src/encoding/gob/type.go):
 * all signed ints share the wire kind `int`, all unsigned ints `uint`, all floats `float`; pointers
 * are flattened (a nil pointer is an omitted struct field). Struct `fields` may be filled after
 * construction so recursive types are plain object cycles.
 *
 * Values (GobValue) are plain JS data:
 *   bool → boolean; int/uint → bigint (full 64-bit precision; the encoder also accepts number);
 *   float → number; complex → {re, im}; string → string; bytes → Uint8Array;
 *   struct → GobStruct (own properties named by the Go field names; absent = zero value);
 *   slice/array → GobValue[]; map → Map<GobValue, GobValue>;
 *   interface → GobInterface or null (nil interface);
 *   gobencoder (GobEncoder/BinaryMarshaler/TextMarshaler, e.g. time.Time) → Uint8Array of the
 *   marshalled bytes (see time.ts for time.Time).
 */

export type GobType =
  | { readonly kind: 'bool' }
  | { readonly kind: 'int' }
  | { readonly kind: 'uint' }
  | { readonly kind: 'float' }
  | { readonly kind: 'complex' }
  | { readonly kind: 'string' }
  | { readonly kind: 'bytes' }
  | { readonly kind: 'interface' }
  | GobStructType
  | { readonly kind: 'slice'; readonly name?: string; readonly elem: GobType }
  | { readonly kind: 'array'; readonly name?: string; readonly len: number; readonly elem: GobType }
  | { readonly kind: 'map'; readonly name?: string; readonly key: GobType; readonly elem: GobType }
  | { readonly kind: 'gobencoder'; readonly name: string; readonly encoding: 'gob' | 'binary' | 'text' };

export interface GobStructType {
  readonly kind: 'struct';
  /** Go type name without package (informational on the wire, e.g. "Post"). */
  readonly name: string;
  /** Exported, sent fields in declaration order. Mutable so recursive types can be tied later. */
  fields: GobField[];
}

export interface GobField {
  readonly name: string;
  readonly type: GobType;
}

export interface GobComplex {
  re: number;
  im: number;
}

export type GobStruct = { [field: string]: GobValue };

/** A value of interface type: the registered Go name (e.g. "*model.AppError", "string"), its type and value. */
export class GobInterface {
  constructor(
    readonly name: string,
    readonly type: GobType,
    readonly value: GobValue,
  ) {}
}

export type GobValue =
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | GobComplex
  | GobStruct
  | GobValue[]
  | Map<GobValue, GobValue>
  | GobInterface
  | null;

/** Builtin types, one object each so identity comparisons work. */
export const T = {
  bool: { kind: 'bool' },
  int: { kind: 'int' },
  uint: { kind: 'uint' },
  float: { kind: 'float' },
  complex: { kind: 'complex' },
  string: { kind: 'string' },
  bytes: { kind: 'bytes' },
  interface: { kind: 'interface' },
} as const satisfies Record<string, GobType>;

/** Predefined wire type ids (type.go bootstrap). User types start above FIRST_USER_ID. */
export const WIRE_ID = {
  bool: 1,
  int: 2,
  uint: 3,
  float: 4,
  bytes: 5,
  string: 6,
  complex: 7,
  interface: 8,
  wireType: 16,
  arrayType: 17,
  commonType: 18,
  sliceType: 19,
  structType: 20,
  fieldType: 21,
  fieldTypeSlice: 22,
  mapType: 23,
} as const;

export const FIRST_USER_ID = 64;

export function structType(name: string, fields: GobField[]): GobStructType {
  return { kind: 'struct', name, fields };
}
