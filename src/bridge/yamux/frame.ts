// The 12-byte yamux header (const.go header/encode). Pure functions, no I/O.
import { Flag, FrameType, HEADER_SIZE, MAX_UINT32, PROTO_VERSION } from './constants.ts';

/** A decoded header. Fields are raw numbers; validation is the frame reader's job. */
export interface FrameHeader {
  version: number;
  type: number;
  flags: number;
  streamId: number;
  length: number;
}

/** A complete frame. `payload` is non-empty only for Data frames. */
export interface Frame {
  header: FrameHeader;
  payload: Buffer;
}

export const EMPTY_PAYLOAD: Buffer = Buffer.alloc(0);

/** Encodes a header (version 0) into a new 12-byte buffer. */
export function encodeHeader(type: number, flags: number, streamId: number, length: number): Buffer {
  if (
    !isUint(type, 0xff) ||
    !isUint(flags, 0xffff) ||
    !isUint(streamId, MAX_UINT32) ||
    !isUint(length, MAX_UINT32)
  ) {
    throw new RangeError(
      `yamux: header field out of range: type=${type} flags=${flags} streamId=${streamId} length=${length}`,
    );
  }
  const buf = Buffer.allocUnsafe(HEADER_SIZE);
  buf[0] = PROTO_VERSION;
  buf[1] = type;
  buf.writeUInt16BE(flags, 2);
  buf.writeUInt32BE(streamId, 4);
  buf.writeUInt32BE(length, 8);
  return buf;
}

/** Encodes a whole frame; `payload` only makes sense for Data (length = payload length). */
export function encodeFrame(
  type: number,
  flags: number,
  streamId: number,
  lengthOrPayload: number | Uint8Array,
): Buffer {
  if (typeof lengthOrPayload === 'number') return encodeHeader(type, flags, streamId, lengthOrPayload);
  return Buffer.concat([encodeHeader(type, flags, streamId, lengthOrPayload.length), lengthOrPayload]);
}

/** Decodes the header at `offset`; the caller guarantees 12 bytes are there. */
export function decodeHeader(buf: Uint8Array, offset = 0): FrameHeader {
  if (buf.length - offset < HEADER_SIZE) {
    throw new RangeError(
      `yamux: need ${HEADER_SIZE} header bytes at offset ${offset}, have ${buf.length - offset}`,
    );
  }
  const view = new DataView(buf.buffer, buf.byteOffset + offset, HEADER_SIZE);
  return {
    version: view.getUint8(0),
    type: view.getUint8(1),
    flags: view.getUint16(2),
    streamId: view.getUint32(4),
    length: view.getUint32(8),
  };
}

/** Bitmask test: true when every bit of `flag` is set in `flags`. */
export function hasFlag(flags: number, flag: Flag): boolean {
  return (flags & flag) === flag;
}

const TYPE_NAMES = ['Data', 'WindowUpdate', 'Ping', 'GoAway'];

export function frameTypeName(type: number): string {
  return TYPE_NAMES[type] ?? `Unknown(${type})`;
}

export function flagNames(flags: number): string {
  const names: string[] = (Object.keys(Flag) as (keyof typeof Flag)[]).filter((k) => (flags & Flag[k]) !== 0);
  const unknown = flags & ~0xf;
  if (unknown !== 0) names.push(`0x${unknown.toString(16)}`);
  return names.length === 0 ? '0' : names.join('|');
}

/** Human-readable header for logs, e.g. `WindowUpdate flags=SYN stream=1 length=0`. */
export function describeHeader(h: FrameHeader): string {
  const v = h.version === PROTO_VERSION ? '' : `version=${h.version} `;
  return `${v}${frameTypeName(h.type)} flags=${flagNames(h.flags)} stream=${h.streamId} length=${h.length}`;
}

/** True for types that carry a stream id and go to a stream (Data, WindowUpdate). */
export function isStreamFrame(type: number): boolean {
  return type === FrameType.Data || type === FrameType.WindowUpdate;
}

function isUint(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= max;
}
