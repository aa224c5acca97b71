/**
 * A gob stream encoder (golang/go src/encoding/gob/encoder.go, encode.go). One GobEncoder is one
 * stream direction: each type is defined once per encoder (identity of the GobType object), then
 * only value messages follow.
 *
 * Unlike Go we never split a value message: every definition a value needs, including the
 * concrete types behind its interface values, is sent as a standalone message before the value
 * (the value is encoded into its own buffer first, collecting them). Go's decoder accepts both
 * forms (wire-goplugin.md §7.7).
 *
 * Zero omission in structs follows encode.go: zero scalars, empty strings/slices/byte slices,
 * nil interfaces and nil (null/undefined) fields are not sent; arrays, maps (even empty) and
 * struct-typed fields always are; a gobencoder field is omitted only when its bytes are empty (we
 * cannot run Go's IsZero on marshalled bytes). Elements of slices, arrays and maps are always sent.
 */
import { addPath, finishError, GobError } from './errors.ts';
import { builtinId, keySegment, typeString } from './type-util.ts';
import { FIRST_USER_ID, GobInterface, type GobStructType, type GobType, type GobValue } from './types.ts';
import { writeWireType } from './wire-type.ts';
import { I64_MAX, I64_MIN, U64_MAX, Writer } from './wire.ts';

export interface GobEncoderOptions {
  /** First id for this stream's types (>= 64; default 65 like Go 1.19's first user type). */
  firstTypeId?: number;
  /** Deepest accepted nesting of composite values (guards against cyclic JS values), default 100. */
  maxDepth?: number;
}

const MAX_MESSAGE = 1 << 30; // GobDecoder's default limit and Go's tooBig on 32-bit platforms

/** The Writer handed to compiled encode functions: bytes + this stream's type ids. */
class EncWriter extends Writer {
  constructor(
    readonly ids: Map<GobType, number>,
    readonly maxDepth: number,
    /** Assigns ids to a type first met behind an interface (its definitions go before the value). */
    private readonly onNew: (t: GobType) => number,
  ) {
    super();
  }

  idOf(t: GobType): number {
    return builtinId(t) || this.ids.get(t) || this.onNew(t);
  }

  tooDeep(): GobError {
    return new GobError('TOO_DEEP', `value nests deeper than ${this.maxDepth} levels (a cyclic value?)`);
  }
}

type EncFn = (w: EncWriter, v: unknown, depth: number) => void;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Map) return 'Map';
  if (v instanceof Uint8Array) return 'Uint8Array';
  if (v instanceof GobInterface) return `GobInterface(${v.name})`;
  return typeof v;
}

function mismatch(expected: string, v: unknown): GobError {
  return new GobError('TYPE_MISMATCH', `expected ${expected}, got ${describe(v)}`);
}

function isStructObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Map) &&
    !(v instanceof Uint8Array) &&
    !(v instanceof GobInterface)
  );
}

const encBool: EncFn = (w, v) => {
  if (typeof v !== 'boolean') throw mismatch('boolean', v);
  w.byte(v ? 1 : 0);
};

const encInt: EncFn = (w, v) => {
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) w.int(v);
    else if (Number.isInteger(v)) encInt(w, BigInt(v), 0);
    else throw mismatch('integer (bigint or integral number)', v);
  } else if (typeof v === 'bigint') {
    if (v < I64_MIN || v > I64_MAX) throw new GobError('OUT_OF_RANGE', `int ${v} does not fit in 64 bits`);
    w.intBig(v);
  } else throw mismatch('integer (bigint or integral number)', v);
};

const encUint: EncFn = (w, v) => {
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v) && v >= 0) w.uint(v);
    else if (Number.isInteger(v)) encUint(w, BigInt(v), 0);
    else throw mismatch('unsigned integer (bigint or integral number)', v);
  } else if (typeof v === 'bigint') {
    if (v < 0n || v > U64_MAX)
      throw new GobError('OUT_OF_RANGE', `uint ${v} does not fit in 64 unsigned bits`);
    w.uintBig(v);
  } else throw mismatch('unsigned integer (bigint or integral number)', v);
};

const encFloat: EncFn = (w, v) => {
  if (typeof v !== 'number') throw mismatch('number', v);
  w.float(v);
};

const encComplex: EncFn = (w, v) => {
  const c = v as { re?: unknown; im?: unknown } | null;
  if (typeof c !== 'object' || c === null || typeof c.re !== 'number' || typeof c.im !== 'number')
    throw mismatch('{re: number, im: number}', v);
  w.float(c.re);
  w.float(c.im);
};

const encString: EncFn = (w, v) => {
  if (typeof v !== 'string') throw mismatch('string', v);
  w.string(v);
};

const encBytes: EncFn = (w, v) => {
  if (!(v instanceof Uint8Array)) throw mismatch('Uint8Array', v);
  w.bytes(v);
};

const encIface: EncFn = (w, v, depth) => {
  if (v === null || v === undefined) {
    w.byte(0); // nil interface: empty name
    return;
  }
  if (!(v instanceof GobInterface)) throw mismatch('GobInterface or null', v);
  if (depth > w.maxDepth) throw w.tooDeep();
  if (typeof v.name !== 'string' || v.name === '')
    throw new GobError(
      'TYPE_MISMATCH',
      'GobInterface needs the registered Go type name (e.g. "*model.AppError")',
    );
  const ct = v.type;
  if (ct.kind === 'interface')
    throw new GobError('TYPE_MISMATCH', `GobInterface(${v.name}) cannot hold an interface type`);
  const id = w.idOf(ct);
  w.string(v.name);
  w.int(id);
  const mark = w.reserve(1);
  try {
    topEncoder(ct)(w, v.value, depth + 1);
  } catch (e) {
    addPath(e, `(${v.name})`);
    throw e;
  }
  w.finishLength(mark, 1);
};

const encCache = new WeakMap<GobType, EncFn>();
const elemCache = new WeakMap<GobType, EncFn>();
const topCache = new WeakMap<GobType, EncFn>();

function encoderFor(t: GobType): EncFn {
  switch (t.kind) {
    case 'bool':
      return encBool;
    case 'int':
      return encInt;
    case 'uint':
      return encUint;
    case 'float':
      return encFloat;
    case 'complex':
      return encComplex;
    case 'string':
      return encString;
    case 'bytes':
    case 'gobencoder':
      return encBytes;
    case 'interface':
      return encIface;
  }
  const cached = encCache.get(t);
  if (cached) return cached;
  let real: EncFn | undefined;
  encCache.set(t, (w, v, d) => real!(w, v, d)); // stub for recursive types
  try {
    real = compileComposite(t);
  } catch (e) {
    encCache.delete(t);
    throw e;
  }
  encCache.set(t, real);
  return real;
}

/** Encoder for an element of a slice/array/map: always sent; null means nil only where Go has nil values. */
function elemEncoder(t: GobType): EncFn {
  const cached = elemCache.get(t);
  if (cached) return cached;
  const inner = encoderFor(t);
  let fn: EncFn;
  switch (t.kind) {
    case 'slice':
    case 'map':
    case 'bytes':
      // a nil slice/map is a legal Go element: sent as count 0
      fn = (w, v, d) => (v === null || v === undefined ? w.byte(0) : inner(w, v, d));
      break;
    case 'interface':
      fn = inner;
      break;
    default:
      fn = (w, v, d) => {
        if (v === null || v === undefined)
          throw mismatch(`${typeString(t)} (Go cannot encode a nil element)`, v);
        inner(w, v, d);
      };
  }
  elemCache.set(t, fn);
  return fn;
}

/** Encoder for a top-level value (or an interface's concrete value): struct, or 00 + singleton. */
function topEncoder(t: GobType): EncFn {
  if (t.kind === 'struct') return encoderFor(t);
  const builtin = TOP_BUILTIN[builtinId(t)];
  if (builtin) return builtin;
  const cached = topCache.get(t);
  if (cached) return cached;
  const inner = elemEncoder(t);
  const fn: EncFn = (w, v, d) => {
    w.byte(0);
    inner(w, v, d);
  };
  topCache.set(t, fn);
  return fn;
}

const singleton =
  (inner: EncFn): EncFn =>
  (w, v, d) => {
    w.byte(0);
    inner(w, v, d);
  };
/** Top-level encoders of the predefined types, indexed by wire id (no cache lookup on the hot path). */
const TOP_BUILTIN: readonly (EncFn | undefined)[] = [
  undefined,
  singleton(encBool),
  singleton(encInt),
  singleton(encUint),
  singleton(encFloat),
  singleton((w, v, d) => (v === null || v === undefined ? w.byte(0) : encBytes(w, v, d))),
  singleton(encString),
  singleton(encComplex),
  singleton(encIface),
];

type ZeroFn = ((v: unknown) => boolean) | null;

/** Whether a struct field value is the zero value Go would omit (only for values of the right JS type). */
function zeroTest(t: GobType): ZeroFn {
  switch (t.kind) {
    case 'bool':
      return (v) => v === false;
    case 'int':
    case 'uint':
      return (v) => v === 0 || v === 0n;
    case 'float':
      return (v) => v === 0; // also -0, like Go's f != 0
    case 'complex':
      return (v) =>
        typeof v === 'object' &&
        v !== null &&
        (v as { re: unknown }).re === 0 &&
        (v as { im: unknown }).im === 0;
    case 'string':
      return (v) => v === '';
    case 'bytes':
    case 'gobencoder':
      return (v) => v instanceof Uint8Array && v.length === 0;
    case 'slice':
      return (v) => Array.isArray(v) && v.length === 0;
    default:
      return null; // arrays, maps, structs: always sent; nil interface is null, handled by the caller
  }
}

function compileComposite(t: GobType): EncFn {
  switch (t.kind) {
    case 'struct':
      return compileStruct(t);
    case 'slice':
    case 'array': {
      const elem = elemEncoder(t.elem);
      const len = t.kind === 'array' ? t.len : -1;
      return (w, v, depth) => {
        if (!Array.isArray(v)) throw mismatch(len < 0 ? 'array (slice)' : `array of length ${len}`, v);
        if (len >= 0 && v.length !== len)
          throw new GobError('TYPE_MISMATCH', `expected array of length ${len}, got length ${v.length}`);
        if (depth > w.maxDepth) throw w.tooDeep();
        const n = v.length;
        w.uint(n);
        let i = 0;
        try {
          for (; i < n; i++) elem(w, v[i], depth + 1);
        } catch (e) {
          addPath(e, `[${i}]`);
          throw e;
        }
      };
    }
    case 'map': {
      const key = elemEncoder(t.key);
      const elem = elemEncoder(t.elem);
      return (w, v, depth) => {
        if (!(v instanceof Map)) throw mismatch('Map', v);
        if (depth > w.maxDepth) throw w.tooDeep();
        w.uint(v.size);
        let k: unknown;
        try {
          for (const [mk, mv] of v as Map<unknown, unknown>) {
            k = mk;
            key(w, mk, depth + 1);
            elem(w, mv, depth + 1);
          }
        } catch (e) {
          addPath(e, keySegment(k));
          throw e;
        }
      };
    }
    default:
      throw new GobError('BAD_TYPE', `not a GobType: kind ${String((t as { kind: unknown }).kind)}`);
  }
}

function compileStruct(t: GobStructType): EncFn {
  const n = t.fields.length;
  const names = t.fields.map((f) => f.name);
  const fns = t.fields.map((f) => encoderFor(f.type));
  const zero = t.fields.map((f) => zeroTest(f.type));
  const what = `object (struct ${t.name || '{…}'})`;
  return (w, v, depth) => {
    if (!isStructObject(v)) throw mismatch(what, v);
    if (depth > w.maxDepth) throw w.tooDeep();
    let last = -1;
    let i = 0;
    try {
      for (; i < n; i++) {
        // Own properties only: a field named like an Object.prototype member ("constructor",
        // "toString", …) that the value does not have is absent, not the inherited function.
        const name = names[i]!;
        const fv = Object.hasOwn(v, name) ? v[name] : undefined;
        if (fv === undefined || fv === null) continue;
        const z = zero[i]!;
        if (z !== null && z(fv)) continue;
        w.uint(i - last);
        last = i;
        fns[i]!(w, fv, depth + 1);
      }
    } catch (e) {
      addPath(e, `.${names[i]}`);
      throw e;
    }
    w.byte(0);
  };
}

export class GobEncoder {
  private readonly ids = new Map<GobType, number>();
  private nextId: number;
  private readonly w: EncWriter;
  private readonly defs = new Writer(1024);
  /** Types given ids during the current encode(), in definition order. */
  private added: GobType[] = [];

  constructor(opts: GobEncoderOptions = {}) {
    const first = opts.firstTypeId ?? FIRST_USER_ID + 1;
    if (!Number.isInteger(first) || first < FIRST_USER_ID || first > 0x7fff_ffff)
      throw new GobError('BAD_TYPE', `firstTypeId ${first} must be an integer >= ${FIRST_USER_ID}`);
    this.nextId = first;
    this.w = new EncWriter(this.ids, opts.maxDepth ?? 100, (t) => {
      if (t.kind === 'interface')
        throw new GobError('BAD_TYPE', 'an interface value cannot hold an interface type');
      this.assign(t, this.added);
      return this.ids.get(t)!;
    });
  }

  /**
   * The bytes for one value: definition messages for the types this encoder has not sent yet
   * (the value's type graph, then concrete types met behind interfaces, in that order), then one
   * value message. On error nothing is recorded as sent, so the stream stays usable.
   *
   * The value is encoded first, into its own buffer: interface values give their concrete types
   * ids as they are met, and the definitions are then written in front of the value message.
   */
  encode(type: GobType, value: GobValue): Uint8Array {
    const w = this.w;
    const added: GobType[] = (this.added = []);
    const savedNext = this.nextId;
    w.reset();
    try {
      this.assign(type, added);
      const mark = w.reserve(3);
      w.int(w.idOf(type));
      topEncoder(type)(w, value, 1);
      const len = w.finishLength(mark, 3);
      if (len >= MAX_MESSAGE)
        throw new GobError('OUT_OF_RANGE', `message of ${len} bytes exceeds gob's 1 GiB limit`);
      if (added.length === 0) return w.result();
      const d = this.defs;
      d.reset();
      const ids = this.ids;
      const idOf = (x: GobType): number => builtinId(x) || ids.get(x)!;
      for (const t of added) {
        const m = d.reserve(1);
        const id = ids.get(t)!;
        d.int(-id);
        writeWireType(d, t, id, idOf);
        d.finishLength(m, 1);
      }
      const out = new Uint8Array(d.pos + w.pos);
      out.set(d.buf.subarray(0, d.pos));
      out.set(w.buf.subarray(0, w.pos), d.pos);
      return out;
    } catch (e) {
      for (const t of added) this.ids.delete(t);
      this.nextId = savedNext;
      if (e instanceof GobError) throw finishError(e, typeString(type));
      if (e instanceof RangeError)
        throw finishError(new GobError('TOO_DEEP', `stack exhausted: ${e.message}`), typeString(type));
      throw e;
    } finally {
      this.added = [];
      w.shrink(1 << 20); // do not pin a huge buffer after a large value
      this.defs.shrink(1 << 20);
    }
  }

  /** Gives t (and, depth-first, the types it refers to) ids in the order Go sends definitions. */
  private assign(t: GobType, added: GobType[]): void {
    if (builtinId(t) !== 0 || this.ids.has(t)) return;
    switch (t.kind) {
      case 'struct':
      case 'slice':
      case 'array':
      case 'map':
      case 'gobencoder':
        break;
      default:
        throw new GobError('BAD_TYPE', `not a GobType: kind ${String((t as { kind: unknown }).kind)}`);
    }
    this.ids.set(t, this.nextId++);
    added.push(t);
    switch (t.kind) {
      case 'struct':
        for (const f of t.fields) this.assign(f.type, added);
        break;
      case 'slice':
      case 'array':
        this.assign(t.elem, added);
        break;
      case 'map':
        this.assign(t.key, added);
        this.assign(t.elem, added);
        break;
    }
  }
}
