/**
 * Byte-level gob helpers for the generators: uint/int/string encodings (doc.go), message framing,
 * and the positions of length fields in a stream (message length prefixes, and byte runs that look
 * like a length-prefixed string) for inflation.
 */
import type { LengthField } from './mutate.ts';

export function gobUint(v: number | bigint): Uint8Array {
  let x = BigInt(v);
  if (x < 0n) x = 0n;
  if (x > 0xffff_ffff_ffff_ffffn) x = 0xffff_ffff_ffff_ffffn;
  if (x < 0x80n) return Uint8Array.of(Number(x));
  const bytes: number[] = [];
  while (x > 0n) {
    bytes.unshift(Number(x & 0xffn));
    x >>= 8n;
  }
  return Uint8Array.from([256 - bytes.length, ...bytes]);
}

export function gobInt(v: number | bigint): Uint8Array {
  const i = BigInt(v);
  return gobUint(i >= 0n ? i << 1n : ((-i - 1n) << 1n) | 1n);
}

export function gobString(s: string | Uint8Array): Uint8Array {
  const b = typeof s === 'string' ? new TextEncoder().encode(s) : s;
  return cat([gobUint(b.length), b]);
}

/** One delimited message: uint(length) + payload. */
export function gobMessage(payload: Uint8Array): Uint8Array {
  return cat([gobUint(payload.length), payload]);
}

export function cat(parts: readonly (Uint8Array | number[])[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Reads a gob uint at p: [value, size] or undefined when malformed or cut. */
function readUint(b: Uint8Array, p: number): [number, number] | undefined {
  if (p >= b.length) return undefined;
  const c = b[p]!;
  if (c < 0x80) return [c, 1];
  const n = 256 - c;
  if (n > 8 || p + 1 + n > b.length) return undefined;
  let v = 0;
  for (let i = p + 1; i <= p + n; i++) v = v * 256 + b[i]!;
  return [v, 1 + n];
}

/** Message length prefixes (walking the framing while it is intact), then string-like lengths. */
export function gobLengthFields(b: Uint8Array): LengthField[] {
  const out: LengthField[] = [];
  let p = 0;
  while (p < b.length) {
    const u = readUint(b, p);
    if (!u || u[0] === 0) break;
    out.push({ at: p, size: u[1], encode: gobUint });
    p += u[1] + u[0];
  }
  for (let i = 0; i + 1 < b.length; i++) {
    const n = b[i]!;
    if (n === 0 || n >= 0x80 || i + 1 + n > b.length) continue;
    let printable = true;
    for (let j = i + 1; j <= i + n && printable; j++) printable = b[j]! >= 0x20 && b[j]! < 0x7f;
    if (printable) out.push({ at: i, size: 1, encode: gobUint });
  }
  return out;
}
