/** Go's encoding/binary signed varints (PutVarint / ReadVarint): zig-zag, then base-128 little-endian. */

export function encodeVarint(n: number): Buffer {
  let u = BigInt(n) >= 0n ? BigInt(n) << 1n : (-BigInt(n) << 1n) - 1n;
  const out: number[] = [];
  while (u >= 0x80n) {
    out.push(Number(u & 0x7fn) | 0x80);
    u >>= 7n;
  }
  out.push(Number(u));
  return Buffer.from(out);
}

/** Decodes one varint at the start of buf: [value, bytes used], or undefined when incomplete. Throws on overflow. */
export function decodeVarint(buf: Uint8Array): [number, number] | undefined {
  let u = 0n;
  for (let i = 0; i < buf.length; i++) {
    if (i >= 10) throw new RangeError('varint overflows a 64-bit integer');
    const b = buf[i]!;
    u |= BigInt(b & 0x7f) << BigInt(7 * i);
    if (b < 0x80) {
      const v = u & 1n ? -((u + 1n) >> 1n) : u >> 1n;
      return [Number(v), i + 1];
    }
  }
  return undefined;
}
