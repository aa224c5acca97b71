/** time.Time MarshalBinary bytes <-> GoTime <-> Date. */
import { describe, expect, it } from 'vitest';
import {
  goTimeFromBytes,
  goTimeFromDate,
  goTimeToBytes,
  goTimeToDate,
  GobError,
  GO_UNIX_EPOCH_SECONDS,
} from '../../../src/bridge/gob/index.ts';
import { hex } from './helpers.ts';

describe('time.Time', () => {
  it('v1 bytes observed from Go: 2020-01-02T03:04:05Z', () => {
    const b = hex('01 00 00 00 0e d5 9f 54 a5 00 00 00 00 ff ff');
    const t = goTimeFromBytes(b);
    expect(t).toEqual({ seconds: 63713531045n, nanos: 0, offsetMinutes: -1 });
    expect(goTimeToDate(t).toISOString()).toBe('2020-01-02T03:04:05.000Z');
    expect(goTimeToBytes(t)).toEqual(b);
    expect(goTimeToBytes(goTimeFromDate(new Date('2020-01-02T03:04:05Z')))).toEqual(b);
  });
  it('keeps nanoseconds and zone offsets; v2 carries offset seconds', () => {
    const t = { seconds: 63758641150n, nanos: 11, offsetMinutes: 150 };
    expect(goTimeFromBytes(goTimeToBytes(t))).toEqual(t);
    const lmt = { seconds: 59926604399n, nanos: 0, offsetMinutes: 60, offsetSeconds: 1 };
    const b = goTimeToBytes(lmt);
    expect(b.length).toBe(16);
    expect(b[0]).toBe(2);
    expect(goTimeFromBytes(b)).toEqual(lmt);
  });
  it('dates before 1970 and Go zero time', () => {
    expect(goTimeFromDate(new Date(-1))).toEqual({
      seconds: GO_UNIX_EPOCH_SECONDS - 1n,
      nanos: 999_000_000,
      offsetMinutes: -1,
    });
    expect(goTimeToDate({ seconds: 0n, nanos: 0, offsetMinutes: -1 }).toISOString()).toBe(
      '0001-01-01T00:00:00.000Z',
    );
  });
  it('rejects malformed bytes and out-of-range fields', () => {
    expect(() => goTimeFromBytes(new Uint8Array(0))).toThrow(GobError);
    expect(() => goTimeFromBytes(hex('03 00'))).toThrow(/unsupported version 3/);
    expect(() => goTimeFromBytes(hex('01 00 00'))).toThrow(/3 bytes, want 15/);
    expect(() => goTimeToBytes({ seconds: 0n, nanos: 1e9, offsetMinutes: -1 })).toThrow(/nanos/);
    expect(() => goTimeToBytes({ seconds: 1n << 63n, nanos: 0, offsetMinutes: -1 })).toThrow(/seconds/);
    expect(() => goTimeFromDate(new Date(NaN))).toThrow(/invalid Date/);
  });
});
