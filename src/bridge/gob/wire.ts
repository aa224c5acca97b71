/**
 * gob primitives (golang/go src/encoding/gob/doc.go "Types and values"; encode.go encodeUint/
 * encodeInt/floatBits; decode.go decodeUint):
 *
 *   uint    x < 128: one byte x; else the negated byte count (0xff = 1 ... 0xf8 = 8), then the
 *           minimal big-endian bytes
 *   int     zig-zag with complement: i >= 0 ? i << 1 : (^i << 1) | 1, sent as uint
 *   float   IEEE-754 float64 bits, byte-reversed, sent as uint (so small integers are short)
 *   string  uint length + bytes
 *
 * Writer is a growable buffer reused across messages; Cursor reads within one message window
 * [pos, end) of a Uint8Array. Neither allocates per byte; numbers stay plain numbers up to 48 bits
 * and become bigint only where the value model asks for it (int/uint values).
 */
import { GobError } from './errors.ts';

const TWO32 = 0x1_0000_0000;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const U64_MAX = (1n << 64n) - 1n;
export const I64_MIN = -(1n << 63n);
export const I64_MAX = (1n << 63n) - 1n;
export { U64_MAX };

/** Strings up to this many bytes are decoded by a char loop (cheaper than a native call). */
const TINY_STRING = 8;
const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

/** Byte length of the uint encoding of x (x a non-negative integer <= 2^53). */
export function uintSize(x: number): number {
  if (x < 0x80) return 1;
  if (x < 0x100) return 2;
  if (x < 0x1_0000) return 3;
  if (x < 0x100_0000) return 4;
  if (x < TWO32) return 5;
  let n = 5;
  for (let h = Math.floor(x / TWO32); h > 0; h = Math.floor(h / 256)) n++;
  return n;
}

/** UTF-8 length of a JS string as TextEncoder writes it (lone surrogates become U+FFFD = 3 bytes). */
function utf8Length(s: string): number {
  let n = 0;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

export class Writer {
  buf: Uint8Array;
  pos = 0;
  private view: DataView;

  constructor(initial = 4096) {
    this.buf = new Uint8Array(initial);
    this.view = new DataView(this.buf.buffer);
  }

  reset(): void {
    this.pos = 0;
  }

  /** Drops the buffer if it grew beyond `limit` bytes (call between values). */
  shrink(limit: number): void {
    if (this.buf.length > limit) {
      this.buf = new Uint8Array(4096);
      this.view = new DataView(this.buf.buffer);
      this.pos = 0;
    }
  }

  /** A copy of everything written since reset(). */
  result(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  byte(b: number): void {
    if (this.pos >= this.buf.length) this.ensure(1);
    this.buf[this.pos++] = b;
  }

  /** Unsigned integer given as a number (must be an integer in [0, 2^53]). */
  uint(x: number): void {
    if (x < 0x80) {
      this.byte(x);
      return;
    }
    this.ensure(9);
    const buf = this.buf;
    let p = this.pos;
    if (x < TWO32) {
      const n = x < 0x100 ? 1 : x < 0x1_0000 ? 2 : x < 0x100_0000 ? 3 : 4;
      buf[p++] = 256 - n;
      for (let s = (n - 1) * 8; s >= 0; s -= 8) buf[p++] = (x >>> s) & 0xff;
    } else {
      const hi = Math.floor(x / TWO32);
      const lo = x >>> 0;
      const nh = hi < 0x100 ? 1 : hi < 0x1_0000 ? 2 : hi < 0x100_0000 ? 3 : 4;
      buf[p++] = 256 - (nh + 4);
      for (let s = (nh - 1) * 8; s >= 0; s -= 8) buf[p++] = (hi >>> s) & 0xff;
      buf[p++] = lo >>> 24;
      buf[p++] = (lo >>> 16) & 0xff;
      buf[p++] = (lo >>> 8) & 0xff;
      buf[p++] = lo & 0xff;
    }
    this.pos = p;
  }

  /** Unsigned integer given as a bigint in [0, 2^64). */
  uintBig(x: bigint): void {
    if (x <= 0x1f_ffff_ffff_ffffn) {
      this.uint(Number(x));
      return;
    }
    this.ensure(9);
    const buf = this.buf;
    let p = this.pos;
    const hi = Number(x >> 32n);
    const lo = Number(x & 0xffff_ffffn);
    const nh = hi < 0x100 ? 1 : hi < 0x1_0000 ? 2 : hi < 0x100_0000 ? 3 : 4;
    buf[p++] = 256 - (nh + 4);
    for (let s = (nh - 1) * 8; s >= 0; s -= 8) buf[p++] = (hi >>> s) & 0xff;
    buf[p++] = lo >>> 24;
    buf[p++] = (lo >>> 16) & 0xff;
    buf[p++] = (lo >>> 8) & 0xff;
    buf[p++] = lo & 0xff;
    this.pos = p;
  }

  /** Signed integer given as a safe-integer number. */
  int(i: number): void {
    if (i >= 0) {
      if (i <= MAX_SAFE / 2) this.uint(i * 2);
      else this.uintBig(BigInt(i) << 1n);
    } else if (i >= -(MAX_SAFE - 1) / 2) this.uint(-i * 2 - 1);
    else this.uintBig(((-BigInt(i) - 1n) << 1n) | 1n);
  }

  /** Signed integer given as a bigint in [-2^63, 2^63). */
  intBig(i: bigint): void {
    if (i >= -0xf_ffff_ffff_ffffn && i <= 0xf_ffff_ffff_ffffn) this.int(Number(i));
    else this.uintBig(i >= 0n ? i << 1n : ((-i - 1n) << 1n) | 1n);
  }

  /** float64 bits, byte-reversed, as uint: the little-endian bytes with leading zero bytes dropped. */
  float(f: number): void {
    this.ensure(9);
    const view = this.view;
    const buf = this.buf;
    const p = this.pos;
    // Stage the 8 little-endian bytes at p+1..p+8; then slide the significant tail into place.
    view.setFloat64(p + 1, f, true);
    let k = 0;
    while (k < 8 && buf[p + 1 + k] === 0) k++;
    if (k === 8) {
      buf[p] = 0;
      this.pos = p + 1;
      return;
    }
    const n = 8 - k;
    if (n === 1 && buf[p + 8]! < 0x80) {
      buf[p] = buf[p + 8]!;
      this.pos = p + 1;
      return;
    }
    buf[p] = 256 - n;
    if (k > 0) buf.copyWithin(p + 1, p + 1 + k, p + 9);
    this.pos = p + 1 + n;
  }

  bytes(b: Uint8Array): void {
    this.uint(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  raw(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  string(s: string): void {
    const len = s.length;
    if (len < 0x80) {
      // Fast path: short ASCII strings are written byte by byte after a one-byte length.
      this.ensure(len + 1);
      const buf = this.buf;
      const start = this.pos;
      let p = start + 1;
      let i = 0;
      for (; i < len; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[p++] = c;
      }
      if (i === len) {
        buf[start] = len;
        this.pos = p;
        return;
      }
    }
    const n = utf8Length(s);
    this.uint(n);
    this.ensure(n);
    const { written } = utf8Encoder.encodeInto(s, this.buf.subarray(this.pos, this.pos + n));
    this.pos += written;
  }

  /** Reserves `k` bytes for a uint length written later by finishLength. Returns the mark. */
  reserve(k: number): number {
    this.ensure(k);
    const mark = this.pos;
    this.pos += k;
    return mark;
  }

  /** Writes the length of the bytes after a reserve(k) mark as a uint, moving the body if needed. */
  finishLength(mark: number, k: number): number {
    const bodyStart = mark + k;
    const len = this.pos - bodyStart;
    const need = uintSize(len);
    if (need !== k) {
      if (need > k) this.ensure(need - k);
      this.buf.copyWithin(mark + need, bodyStart, this.pos);
      this.pos += need - k;
    }
    const end = this.pos;
    this.pos = mark;
    this.uint(len);
    this.pos = end;
    return len;
  }
}

/** Node's undocumented but long-standing fast path behind buffer.toString('utf8', start, end). */
type NodeBuffer = Buffer & { utf8Slice(start: number, end: number): string };

/**
 * Reads primitives inside the window [pos, end) of buf. Errors carry the absolute stream offset
 * (base + pos). Subclassed by the decoder, which adds message refills and the type table.
 */
export class Cursor {
  /** The bytes being read; set with setBuffer(). */
  buf: Uint8Array = new Uint8Array(0);
  /** Node Buffer view of buf, for native UTF-8 decoding. */
  private nodeBuf = Buffer.alloc(0) as NodeBuffer;
  pos = 0;
  end = 0;
  /** Absolute stream offset of buf[0]. */
  base = 0;
  private readonly f64 = new DataView(new ArrayBuffer(8));
  private readonly f64b = new Uint8Array(this.f64.buffer);

  /** Points the cursor at new bytes (window [0, length)); cheap to call only when buf changes. */
  setBuffer(buf: Uint8Array): void {
    this.buf = buf;
    this.nodeBuf = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as NodeBuffer;
    this.pos = 0;
    this.end = buf.length;
  }

  offset(): number {
    return this.base + this.pos;
  }

  fail(code: ConstructorParameters<typeof GobError>[0], message: string): GobError {
    return new GobError(code, message, this.offset());
  }

  truncated(what: string): GobError {
    return this.fail('TRUNCATED', `${what} runs past the end of its message`);
  }

  /** Unsigned integer as a number; exact below 2^53 (callers bound-check counts and deltas). */
  uint(): number {
    const pos = this.pos;
    if (pos >= this.end) throw this.truncated('unsigned integer');
    const buf = this.buf;
    const b = buf[pos]!;
    if (b < 0x80) {
      this.pos = pos + 1;
      return b;
    }
    const n = 256 - b;
    if (n > 8) throw this.fail('BAD_UINT', `unsigned integer with byte count ${n} (max 8)`);
    if (pos + 1 + n > this.end) throw this.truncated('unsigned integer');
    let v = 0;
    for (let i = pos + 1, e = pos + 1 + n; i < e; i++) v = v * 256 + buf[i]!;
    this.pos = pos + 1 + n;
    return v;
  }

  /** Unsigned integer with full 64-bit precision. */
  uintBig(): bigint {
    const pos = this.pos;
    if (pos >= this.end) throw this.truncated('unsigned integer');
    const buf = this.buf;
    const b = buf[pos]!;
    if (b < 0x80) {
      this.pos = pos + 1;
      return BigInt(b);
    }
    const n = 256 - b;
    if (n <= 6) return BigInt(this.uint());
    if (n > 8) throw this.fail('BAD_UINT', `unsigned integer with byte count ${n} (max 8)`);
    if (pos + 1 + n > this.end) throw this.truncated('unsigned integer');
    let hi = 0;
    const loStart = pos + 1 + n - 4;
    for (let i = pos + 1; i < loStart; i++) hi = hi * 256 + buf[i]!;
    const lo =
      ((buf[loStart]! << 24) | (buf[loStart + 1]! << 16) | (buf[loStart + 2]! << 8) | buf[loStart + 3]!) >>>
      0;
    this.pos = pos + 1 + n;
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  /** Signed integer as a number (for type ids; exact within ±2^52). */
  int(): number {
    const u = this.uint();
    return u % 2 === 1 ? -(u + 1) / 2 : u / 2;
  }

  /** Signed integer with full 64-bit precision. */
  intBig(): bigint {
    const pos = this.pos;
    if (pos < this.end) {
      const b = this.buf[pos]!;
      if (b < 0x80 || 256 - b <= 6) {
        const u = this.uint();
        return BigInt(u % 2 === 1 ? -(u + 1) / 2 : u / 2);
      }
    }
    const u = this.uintBig();
    return (u & 1n) === 1n ? ~(u >> 1n) : u >> 1n;
  }

  float(): number {
    const pos = this.pos;
    if (pos >= this.end) throw this.truncated('float');
    const buf = this.buf;
    const b = buf[pos]!;
    const b8 = this.f64b;
    if (b < 0x80) {
      this.pos = pos + 1;
      if (b === 0) return 0;
      b8.fill(0, 0, 7);
      b8[7] = b;
      return this.f64.getFloat64(0, true);
    }
    const n = 256 - b;
    if (n > 8) throw this.fail('BAD_UINT', `float with byte count ${n} (max 8)`);
    if (pos + 1 + n > this.end) throw this.truncated('float');
    // The big-endian bytes of the reversed bits are the little-endian bytes of the float.
    const z = 8 - n;
    for (let i = 0; i < z; i++) b8[i] = 0;
    for (let i = 0; i < n; i++) b8[z + i] = buf[pos + 1 + i]!;
    this.pos = pos + 1 + n;
    return this.f64.getFloat64(0, true);
  }

  /** A length or count that must fit in the rest of the message (every element takes >= 1 byte). */
  count(what: string): number {
    const n = this.uint();
    if (n > this.end - this.pos)
      throw this.fail(
        'BAD_COUNT',
        `${what} ${n} exceeds the ${this.end - this.pos} bytes left in the message`,
      );
    return n;
  }

  bytes(): Uint8Array {
    const n = this.count('byte slice length');
    // A copy even when buf is a Buffer (whose slice() is a view): decoder buffers are reused.
    const out = Uint8Array.prototype.slice.call(this.buf, this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  string(): string {
    return this.stringOf(this.count('string length'));
  }

  /** n bytes (already bounds-checked by the caller) as UTF-8; invalid sequences become U+FFFD. */
  stringOf(n: number): string {
    const buf = this.buf;
    const start = this.pos;
    const end = start + n;
    this.pos = end;
    if (n <= TINY_STRING) {
      // tiny strings: a char loop beats any native call
      let s = '';
      for (let i = start; i < end; i++) {
        const c = buf[i]!;
        if (c >= 0x80) return utf8Decoder.decode(buf.subarray(start, end));
        s += String.fromCharCode(c);
      }
      return s;
    }
    return this.nodeBuf.utf8Slice(start, end);
  }
}
