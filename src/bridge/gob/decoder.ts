/**
 * An I/O-free gob stream decoder (golang/go src/encoding/gob/decoder.go, decode.go). Bytes are
 * pushed in any chunking; next() yields one top-level value at a time. There is no local target
 * type: the GobType of every value is rebuilt from the stream's own wireType definitions, so a
 * decoded value carries its type and re-encodes to the same value.
 *
 * Grammar (doc.go), as read here:
 *
 *   GobStream        DelimitedMessage*
 *   DelimitedMessage uint(lengthOfMessage) Message
 *   Message          TypeSequence TypedValue
 *   TypeSequence     (TypeDefinition DelimitedTypeDefinition*)?
 *   TypeDefinition   int(-typeId) WireType              (next(): one per message, committed at once)
 *   TypedValue       int(typeId) Value                  (next(): returns it)
 *   Value            SingletonValue | StructValue
 *   SingletonValue   uint(0) FieldValue
 *   StructValue      (uint(fieldDelta) FieldValue)* uint(0)
 *   InterfaceValue   NilInterfaceValue | NonNilInterfaceValue
 *   NonNilInterface  ConcreteTypeName TypeSequence InterfaceContents
 *   InterfaceContents int(concreteTypeId) DelimitedValue
 *
 * Messages are a refillable buffer, not "one message = one value": when Go's encoder meets a new
 * concrete type inside an interface it ends the current message after the type name with the
 * definition, sends further definitions, then continues the value in a new message
 * (wire-goplugin.md §7.7). Inside an interface's TypeSequence an exhausted message is refilled from
 * the next one (decoder.go decodeTypeSequence(isInterface=true)). If that next message has not
 * arrived yet, the attempt is rolled back (definitions made during it are forgotten) and retried
 * once enough bytes are buffered.
 *
 * Limits: message length <= maxMessageSize (default 1 GiB; Go's tooBig is 1 GiB on 32-bit and 8 GiB
 * on 64-bit platforms; buffers grow only with bytes received, never by a length prefix),
 * counts are checked against the bytes left before anything is built (see compileComposite), nesting
 * depth <= maxDepth. Any GobError is sticky: the stream position is unknown afterwards.
 */
import { addPath, finishError, GobError } from './errors.ts';
import { builtinId, hasInterface, typeString } from './type-util.ts';
import {
  FIRST_USER_ID,
  GobInterface,
  T,
  type GobStruct,
  type GobStructType,
  type GobType,
  type GobValue,
} from './types.ts';
import { readWireType, type WireDef } from './wire-type.ts';
import { Cursor } from './wire.ts';

export interface GobDecoderOptions {
  /** Largest accepted message (length prefix), default 1 GiB. Buffers grow only with bytes received. */
  maxMessageSize?: number;
  /** Deepest accepted nesting of composite values (struct, slice, array, map, interface), default 100. */
  maxDepth?: number;
}

export interface GobDecoded {
  type: GobType;
  value: GobValue;
}

const DEFAULT_MAX_MESSAGE = 1 << 30;
const DEFAULT_MAX_DEPTH = 100;
const MAX_TYPE_DEPTH = 1000;
const MAX_TYPE_ID = 0x7fff_ffff;
const MAX_INTERFACE_NAME = 1024;
const INITIAL_BUFFER = 64 * 1024;

const BUILTIN: readonly (GobType | undefined)[] = [
  undefined,
  T.bool,
  T.int,
  T.uint,
  T.float,
  T.bytes,
  T.string,
  T.complex,
  T.interface,
];

/** Thrown (never escapes next()) when a split value needs a message that has not arrived yet. */
const NEED_MORE = Symbol('gob: need more bytes');

/** Per-stream id -> definition table; GobTypes are built lazily because definitions come outer-first. */
class TypeTable {
  private readonly defs = new Map<number, WireDef>();
  private readonly built = new Map<number, GobType>();
  private attempt = false;
  private readonly attemptDefs: number[] = [];
  private readonly attemptBuilt: number[] = [];

  define(id: number, r: Cursor): void {
    if (id < FIRST_USER_ID)
      throw r.fail(
        'TYPE_REDEFINED',
        `type definition for reserved id ${id} (stream types start at ${FIRST_USER_ID})`,
      );
    if (id > MAX_TYPE_ID) throw r.fail('BAD_TYPE_DEFINITION', `type id ${id} is out of range`);
    if (this.defs.has(id)) throw r.fail('TYPE_REDEFINED', `type id ${id} is defined twice on this stream`);
    const def = readWireType(r);
    this.defs.set(id, def);
    if (this.attempt) this.attemptDefs.push(id);
  }

  begin(): void {
    this.attempt = true;
  }

  commit(): void {
    this.attempt = false;
    this.attemptDefs.length = 0;
    this.attemptBuilt.length = 0;
  }

  rollback(): void {
    for (const id of this.attemptDefs) this.defs.delete(id);
    for (const id of this.attemptBuilt) this.built.delete(id);
    this.commit();
  }

  typeFor(id: number, r: Cursor): GobType {
    return this.built.get(id) ?? this.build(id, r, 0);
  }

  private register(id: number, t: GobType): void {
    this.built.set(id, t);
    if (this.attempt) this.attemptBuilt.push(id);
  }

  private build(id: number, r: Cursor, depth: number): GobType {
    if (id >= 1 && id <= 8) return BUILTIN[id]!;
    const done = this.built.get(id);
    if (done) return done;
    if (depth > MAX_TYPE_DEPTH)
      throw r.fail('TOO_DEEP', `type id ${id}: types nest deeper than ${MAX_TYPE_DEPTH} levels`);
    const def = this.defs.get(id);
    if (!def)
      throw r.fail(
        'UNKNOWN_TYPE',
        id > 8 && id < FIRST_USER_ID
          ? `type id ${id} is reserved and cannot carry values`
          : `type id ${id} is not defined on this stream`,
      );
    // Register before resolving children so recursive types become object cycles.
    switch (def.kind) {
      case 'struct': {
        const t: GobStructType = { kind: 'struct', name: def.name, fields: [] };
        this.register(id, t);
        t.fields = def.fields.map((f) => ({ name: f.name, type: this.build(f.id, r, depth + 1) }));
        return t;
      }
      case 'slice': {
        const t: { kind: 'slice'; name?: string; elem: GobType } = def.name
          ? { kind: 'slice', name: def.name, elem: T.bool }
          : { kind: 'slice', elem: T.bool };
        this.register(id, t);
        t.elem = this.build(def.elem, r, depth + 1);
        return t;
      }
      case 'array': {
        const t: { kind: 'array'; name?: string; len: number; elem: GobType } = def.name
          ? { kind: 'array', name: def.name, len: def.len, elem: T.bool }
          : { kind: 'array', len: def.len, elem: T.bool };
        this.register(id, t);
        t.elem = this.build(def.elem, r, depth + 1);
        return t;
      }
      case 'map': {
        const t: { kind: 'map'; name?: string; key: GobType; elem: GobType } = def.name
          ? { kind: 'map', name: def.name, key: T.bool, elem: T.bool }
          : { kind: 'map', key: T.bool, elem: T.bool };
        this.register(id, t);
        t.key = this.build(def.key, r, depth + 1);
        t.elem = this.build(def.elem, r, depth + 1);
        return t;
      }
      case 'gobencoder': {
        const t: GobType = { kind: 'gobencoder', name: def.name, encoding: def.encoding };
        this.register(id, t);
        return t;
      }
    }
  }
}

/** The cursor handed to compiled decode functions: primitives + interfaces + message refills. */
class MessageReader extends Cursor {
  constructor(
    readonly maxDepth: number,
    private readonly table: TypeTable,
    private readonly refill: (r: MessageReader) => void,
  ) {
    super();
  }

  tooDeep(): GobError {
    return this.fail('TOO_DEEP', `values nest deeper than ${this.maxDepth} levels`);
  }

  /** InterfaceValue: uint(nameLength) name [TypeSequence int(id) uint(byteCount) Value]. */
  iface(depth: number): GobInterface | null {
    if (depth > this.maxDepth) throw this.tooDeep();
    const n = this.uint();
    if (n === 0) return null;
    if (n > MAX_INTERFACE_NAME)
      throw this.fail('BAD_INTERFACE', `interface type name of ${n} bytes (max ${MAX_INTERFACE_NAME})`);
    if (n > this.end - this.pos)
      throw this.fail(
        'BAD_COUNT',
        `interface type name length ${n} exceeds the ${this.end - this.pos} bytes left in the message`,
      );
    const name = this.stringOf(n);
    let id: number;
    for (;;) {
      if (this.pos === this.end) this.refill(this);
      id = this.int();
      if (id >= 0) break;
      this.table.define(-id, this);
      // A definition followed by more bytes in the same message: skip the delimited value's count.
      if (this.pos < this.end) this.uint();
    }
    this.uint(); // byte count of the concrete value; only needed to skip it, and we decode it
    const t = this.table.typeFor(id, this);
    if (t.kind === 'interface')
      throw this.fail('BAD_INTERFACE', `interface ${JSON.stringify(name)} holds a value of interface type`);
    let v: GobValue;
    try {
      v = topDecoder(t)(this, depth + 1);
    } catch (e) {
      addPath(e, `(${name})`);
      throw e;
    }
    return new GobInterface(name, t, v);
  }

  typeFor(id: number): GobType {
    return this.table.typeFor(id, this);
  }
}

type DecFn = (r: MessageReader, depth: number) => GobValue;

const decCache = new WeakMap<GobType, DecFn>();
const topCache = new WeakMap<GobType, DecFn>();

const decBool: DecFn = (r) => r.uint() !== 0; // decode.go decBool: any non-zero is true
const decInt: DecFn = (r) => r.intBig();
const decUint: DecFn = (r) => r.uintBig();
const decFloat: DecFn = (r) => r.float();
const decComplex: DecFn = (r) => ({ re: r.float(), im: r.float() });
const decString: DecFn = (r) => r.string();
const decBytes: DecFn = (r) => r.bytes();
const decIface: DecFn = (r, depth) => r.iface(depth);

/** The decode function for values of t (compiled once per GobType, like Go's decEngine). */
function decoderFor(t: GobType): DecFn {
  const cached = decCache.get(t);
  if (cached) return cached;
  switch (t.kind) {
    case 'bool':
      return decBool;
    case 'int':
      return decInt;
    case 'uint':
      return decUint;
    case 'float':
      return decFloat;
    case 'complex':
      return decComplex;
    case 'string':
      return decString;
    case 'bytes':
    case 'gobencoder':
      return decBytes;
    case 'interface':
      return decIface;
  }
  // Composite: install a forwarding stub first so recursive types compile.
  let real: DecFn | undefined;
  decCache.set(t, (r, d) => real!(r, d));
  try {
    real = compileComposite(t);
  } catch (e) {
    decCache.delete(t);
    throw e;
  }
  decCache.set(t, real);
  return real;
}

/*
 * Counts are checked against the bytes left in the current message (each element takes at least
 * one byte), except where elements may hold interface values: Go may end the message inside such
 * an element (the split form) and continue the rest of the elements in a later one. There the
 * loop itself is the bound: every element consumes bytes, and a message is only ever refilled
 * after a new type definition, so a bogus count ends with TRUNCATED once the bytes run out.
 */
function compileComposite(t: GobType): DecFn {
  switch (t.kind) {
    case 'struct':
      return compileStruct(t);
    case 'slice': {
      const elem = decoderFor(t.elem);
      const spans = hasInterface(t.elem);
      return (r, depth) => {
        if (depth > r.maxDepth) throw r.tooDeep();
        const n = spans ? r.uint() : r.count('slice length');
        const out: GobValue[] = [];
        let i = 0;
        try {
          for (; i < n; i++) out.push(elem(r, depth + 1));
        } catch (e) {
          addPath(e, `[${i}]`);
          throw e;
        }
        return out;
      };
    }
    case 'array': {
      const elem = decoderFor(t.elem);
      const len = t.len;
      const spans = hasInterface(t.elem);
      return (r, depth) => {
        if (depth > r.maxDepth) throw r.tooDeep();
        const n = spans ? r.uint() : r.count('array length');
        if (n !== len) throw r.fail('ARRAY_LENGTH', `array of ${n} elements for type [${len}]`);
        const out: GobValue[] = [];
        let i = 0;
        try {
          for (; i < n; i++) out.push(elem(r, depth + 1));
        } catch (e) {
          addPath(e, `[${i}]`);
          throw e;
        }
        return out;
      };
    }
    case 'map': {
      const key = decoderFor(t.key);
      const elem = decoderFor(t.elem);
      const spans = hasInterface(t);
      return (r, depth) => {
        if (depth > r.maxDepth) throw r.tooDeep();
        const n = spans ? r.uint() : r.count('map size');
        const out = new Map<GobValue, GobValue>();
        let i = 0;
        try {
          for (; i < n; i++) {
            const k = key(r, depth + 1);
            out.set(k, elem(r, depth + 1));
          }
        } catch (e) {
          addPath(e, `{entry ${i}}`);
          throw e;
        }
        return out;
      };
    }
    default:
      throw new GobError('BAD_TYPE', `cannot decode values of kind ${t.kind}`);
  }
}

function compileStruct(t: GobStructType): DecFn {
  const n = t.fields.length;
  const names = t.fields.map((f) => f.name);
  const fns = t.fields.map((f) => decoderFor(f.type));
  const unsafe = names.includes('__proto__');
  return (r, depth) => {
    if (depth > r.maxDepth) throw r.tooDeep();
    const obj: GobStruct = {};
    let field = -1;
    try {
      for (;;) {
        const delta = r.uint();
        if (delta === 0) return obj;
        field += delta;
        if (field >= n) {
          const f = field;
          field = -1; // no field segment for this error
          throw r.fail(
            'BAD_FIELD',
            `field number ${f} out of range for struct ${t.name || '{…}'} with ${n} fields`,
          );
        }
        const v = fns[field]!(r, depth + 1);
        if (unsafe && names[field] === '__proto__')
          Object.defineProperty(obj, '__proto__', {
            value: v,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else obj[names[field]!] = v;
      }
    } catch (e) {
      if (field >= 0) addPath(e, `.${names[field]}`);
      throw e;
    }
  };
}

/** Decoder for a top-level value (or an interface's concrete value): struct, or 00 + singleton. */
function topDecoder(t: GobType): DecFn {
  if (t.kind === 'struct') return decoderFor(t);
  const builtin = TOP_BUILTIN[builtinId(t)];
  if (builtin) return builtin;
  const cached = topCache.get(t);
  if (cached) return cached;
  const fn = singleton(t, decoderFor(t));
  topCache.set(t, fn);
  return fn;
}

function singleton(t: GobType, inner: DecFn): DecFn {
  return (r, depth) => {
    const delta = r.uint();
    if (delta !== 0)
      throw r.fail('BAD_SINGLETON', `non-zero field delta ${delta} before a ${typeString(t)} singleton`);
    return inner(r, depth);
  };
}

/** Top-level decoders of the predefined types, indexed by wire id (no cache lookup on the hot path). */
const TOP_BUILTIN: readonly (DecFn | undefined)[] = BUILTIN.map((t) => t && singleton(t, decoderFor(t)));

export class GobDecoder {
  readonly maxMessageSize: number;
  private buf = new Uint8Array(INITIAL_BUFFER);
  private start = 0;
  private filled = 0;
  /** Absolute stream offset of buf[0]. */
  private base = 0;
  /** next() returns undefined until the stream has reached this absolute offset. */
  private needAbs = 0;
  private failed: GobError | undefined;
  private readonly table = new TypeTable();
  private readonly r: MessageReader;

  constructor(opts: GobDecoderOptions = {}) {
    this.maxMessageSize = opts.maxMessageSize ?? DEFAULT_MAX_MESSAGE;
    this.r = new MessageReader(opts.maxDepth ?? DEFAULT_MAX_DEPTH, this.table, (r) => this.refill(r));
  }

  /** Bytes pushed but not yet consumed by a returned value or definition. */
  get buffered(): number {
    return this.filled - this.start;
  }

  /** Appends bytes (copied; the caller may reuse chunk). */
  push(chunk: Uint8Array): void {
    const n = chunk.length;
    if (n === 0) return;
    if (this.start === this.filled) {
      this.base += this.start;
      this.start = this.filled = 0;
      if (this.buf.length > 16 * INITIAL_BUFFER && n <= INITIAL_BUFFER)
        this.buf = new Uint8Array(INITIAL_BUFFER);
    }
    if (this.filled + n > this.buf.length) {
      const live = this.filled - this.start;
      if (live + n <= this.buf.length) {
        this.buf.copyWithin(0, this.start, this.filled);
      } else {
        let cap = this.buf.length * 2;
        while (cap < live + n) cap *= 2;
        const next = new Uint8Array(cap);
        next.set(this.buf.subarray(this.start, this.filled));
        this.buf = next;
      }
      this.base += this.start;
      this.filled = live;
      this.start = 0;
    }
    this.buf.set(chunk, this.filled);
    this.filled += n;
  }

  /** The next top-level value, or undefined if more bytes are needed. Throws GobError on bad input. */
  next(): GobDecoded | undefined {
    if (this.failed)
      throw new GobError(
        'DECODER_FAILED',
        `gob stream unusable after an earlier error: ${this.failed.message}`,
        this.failed.offset,
      );
    let root = '';
    let context: string | undefined;
    try {
      for (;;) {
        if (this.base + this.filled < this.needAbs) return undefined;
        const r = this.r;
        if (r.buf !== this.buf) r.setBuffer(this.buf);
        r.base = this.base;
        r.end = this.start; // the "previous message" ends where unconsumed bytes start
        root = '';
        context = undefined;
        if (!this.frame(r, false)) return undefined;
        const id = r.int();
        if (id < 0) {
          context = `definition of type id ${-id}`;
          this.table.define(-id, r);
          if (r.pos !== r.end)
            throw r.fail('EXTRA_DATA', `${r.end - r.pos} bytes after the definition of type id ${-id}`);
          this.start = r.end;
          continue;
        }
        context = `type id ${id}`;
        this.table.begin();
        try {
          const type = r.typeFor(id);
          root = typeString(type);
          const value = topDecoder(type)(r, 1);
          this.table.commit();
          // Like Go (Decoder.DecodeValue resets its buffer), bytes left in the last message are dropped.
          this.start = r.end;
          return { type, value };
        } catch (e) {
          if (e === NEED_MORE) {
            this.table.rollback();
            return undefined;
          }
          throw e;
        }
      }
    } catch (e) {
      let err: GobError;
      if (e instanceof GobError) err = finishError(e, root, context);
      else if (e instanceof RangeError)
        err = finishError(new GobError('TOO_DEEP', `stack exhausted: ${e.message}`), root, context);
      else throw e;
      this.failed = err;
      throw err;
    }
  }

  /**
   * Positions r on the message that starts at r.end. Returns false (after setting needAbs) if that
   * message is not completely buffered yet; throws NEED_MORE instead when `inValue`.
   */
  private frame(r: MessageReader, inValue: boolean): boolean {
    const buf = this.buf;
    const p = r.end;
    const filled = this.filled;
    let len: number;
    let hdr: number;
    if (p >= filled) return this.wait(this.base + filled + 1, inValue);
    const b = buf[p]!;
    if (b < 0x80) {
      len = b;
      hdr = 1;
    } else {
      const n = 256 - b;
      if (n > 8) throw new GobError('BAD_UINT', `message length with byte count ${n} (max 8)`, this.base + p);
      if (p + 1 + n > filled) return this.wait(this.base + p + 1 + n, inValue);
      len = 0;
      for (let i = p + 1; i <= p + n; i++) len = len * 256 + buf[i]!;
      hdr = 1 + n;
    }
    if (len === 0 || len > this.maxMessageSize)
      throw new GobError(
        'BAD_MESSAGE_LENGTH',
        len === 0
          ? 'empty message'
          : `message length ${len} exceeds the limit of ${this.maxMessageSize} bytes`,
        this.base + p,
      );
    const end = p + hdr + len;
    if (end > filled) return this.wait(this.base + end, inValue);
    r.pos = p + hdr;
    r.end = end;
    return true;
  }

  private wait(abs: number, inValue: boolean): false {
    this.needAbs = abs;
    if (inValue) throw NEED_MORE;
    return false;
  }

  /** Called inside an interface's TypeSequence when the current message is exhausted. */
  private refill(r: MessageReader): void {
    this.frame(r, true);
  }
}
