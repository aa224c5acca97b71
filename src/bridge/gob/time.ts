/**
 * time.Time on the gob wire. time.Time implements GobEncoder (= MarshalBinary), so gob sends it as
 * a GobEncoderT type named "Time" whose values are the marshalled bytes (golang/go src/time/time.go
 * AppendBinary / UnmarshalBinary):
 *
 *   v1 (15 bytes): 01 | seconds since 0001-01-01 UTC (int64 BE) | nanoseconds (int32 BE)
 *                  | zone offset in minutes (int16 BE, -1 = UTC)
 *   v2 (16 bytes): 02 | same | offset seconds (one byte; only for zones with second offsets, e.g. LMT)
 *
 * GoTime keeps that structure at full precision; Date conversions are lossy (milliseconds, no zone).
 */
import { GobError } from './errors.ts';
import type { GobType } from './types.ts';

/** What Go sends for time.Time (observed: `05 01 01 04 "Time" ...`, a GobEncoderT named Time). */
export const TIME_TYPE: GobType = { kind: 'gobencoder', name: 'Time', encoding: 'gob' };

/** Seconds from 0001-01-01T00:00:00Z (Go's internal epoch) to the Unix epoch. */
export const GO_UNIX_EPOCH_SECONDS = 62135596800n;

export interface GoTime {
  /** Seconds since 0001-01-01T00:00:00Z (int64). */
  seconds: bigint;
  /** Nanoseconds within the second, 0..999999999. */
  nanos: number;
  /** Zone offset east of UTC in minutes; -1 means the UTC location. */
  offsetMinutes: number;
  /** v2 only: extra offset seconds, added as an unsigned byte like Go's UnmarshalBinary does. */
  offsetSeconds?: number;
}

const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

export function goTimeFromBytes(b: Uint8Array): GoTime {
  if (b.length === 0) throw new GobError('TYPE_MISMATCH', 'time.Time: no data');
  const version = b[0];
  if (version !== 1 && version !== 2)
    throw new GobError('TYPE_MISMATCH', `time.Time: unsupported version ${version}`);
  const want = version === 1 ? 15 : 16;
  if (b.length !== want)
    throw new GobError('TYPE_MISMATCH', `time.Time: ${b.length} bytes, want ${want} for version ${version}`);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const t: GoTime = {
    seconds: view.getBigInt64(1),
    nanos: view.getInt32(9),
    offsetMinutes: view.getInt16(13),
  };
  if (version === 2) t.offsetSeconds = b[15]!;
  return t;
}

export function goTimeToBytes(t: GoTime): Uint8Array {
  const { seconds, nanos, offsetMinutes } = t;
  if (typeof seconds !== 'bigint' || seconds < I64_MIN || seconds > I64_MAX)
    throw new GobError('OUT_OF_RANGE', `time.Time: seconds ${String(seconds)} is not an int64 bigint`);
  if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999_999_999)
    throw new GobError('OUT_OF_RANGE', `time.Time: nanos ${nanos} outside 0..999999999`);
  if (!Number.isInteger(offsetMinutes) || offsetMinutes < -32768 || offsetMinutes > 32767)
    throw new GobError('OUT_OF_RANGE', `time.Time: offsetMinutes ${offsetMinutes} is not an int16`);
  const extra = t.offsetSeconds ?? 0;
  const v2 = extra !== 0;
  const out = new Uint8Array(v2 ? 16 : 15);
  const view = new DataView(out.buffer);
  out[0] = v2 ? 2 : 1;
  view.setBigInt64(1, seconds);
  view.setInt32(9, nanos);
  view.setInt16(13, offsetMinutes);
  if (v2) out[15] = extra & 0xff;
  return out;
}

/** Milliseconds precision; the zone is dropped (a Date is an instant). */
export function goTimeToDate(t: GoTime): Date {
  const ms = (t.seconds - GO_UNIX_EPOCH_SECONDS) * 1000n + BigInt(Math.floor(t.nanos / 1e6));
  return new Date(Number(ms));
}

/** offsetMinutes -1 (default) = UTC location; otherwise the zone offset Go should carry. */
export function goTimeFromDate(d: Date, offsetMinutes = -1): GoTime {
  const ms = d.getTime();
  if (Number.isNaN(ms)) throw new GobError('TYPE_MISMATCH', 'time.Time: invalid Date');
  const sec = Math.floor(ms / 1000);
  return { seconds: BigInt(sec) + GO_UNIX_EPOCH_SECONDS, nanos: (ms - sec * 1000) * 1e6, offsetMinutes };
}
