/**
 * Golden vectors written by real Go (test/vectors, `go run . generate golden`): every file decodes
 * to its JSON description, in any chunking, and re-encodes to a stream that decodes to the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  GobDecoder,
  GobEncoder,
  GobInterface,
  goTimeFromBytes,
  goTimeToBytes,
  goTimeToDate,
  TIME_TYPE,
  type GobStruct,
} from '../../../src/bridge/gob/index.ts';
import { canonExpected, canonValue, decodeAll, encodeAll } from './helpers.ts';

const dir = fileURLToPath(new URL('../../vectors/golden/gob/', import.meta.url));
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.gob'))
  .map((f) => f.slice(0, -4))
  .sort();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = { case: string; values: any[]; extra?: any };
const load = (name: string) => ({
  bytes: Uint8Array.from(readFileSync(`${dir}${name}.gob`)),
  doc: JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Doc,
});

describe('golden gob vectors from Go', () => {
  it('has the expected cases', () => {
    for (const c of [
      'post',
      'user',
      'channel',
      'app_error',
      'posts_slice',
      'map_string_slice',
      'pointers',
      'time',
      'int_extremes',
      'builtins',
      'recursive',
      'interface_split',
      'stream_mixed',
      'netrpc_request',
      'netrpc_response',
    ])
      expect(cases).toContain(c);
  });

  for (const name of cases) {
    describe(name, () => {
      const { bytes, doc } = load(name);

      it('decodes to the expected values', () => {
        const got = decodeAll(bytes);
        expect(got.length).toBe(doc.values.length);
        got.forEach((g, i) => {
          expect(canonValue(g.type, g.value), `value ${i}`).toEqual(
            canonExpected(g.type, doc.values[i], g.value),
          );
        });
      });

      it('decodes identically in any chunking', () => {
        const whole = decodeAll(bytes);
        for (const chunks of [[1], [2, 3], [7], [64, 1], [13, 250]]) {
          const got = decodeAll(bytes, chunks);
          expect(got.map((g) => g.value)).toEqual(whole.map((g) => g.value));
        }
      });

      it('re-encodes (one encoder for the stream) to bytes that decode to the same values', () => {
        const vals = decodeAll(bytes);
        const again = encodeAll(vals);
        const back = decodeAll(again);
        expect(back.map((b) => canonValue(b.type, b.value))).toEqual(
          vals.map((v) => canonValue(v.type, v.value)),
        );
        // definitions are sent once: a second pass on the same encoder has no definition messages
        const enc = new GobEncoder();
        encodeAll(vals, enc);
        const second = encodeAll(vals, enc);
        const dec = new GobDecoder();
        dec.push(again);
        while (dec.next());
        expect(decodeAll(second, undefined, dec).length).toBe(vals.length);
      });
    });
  }

  it('interface_split: the first ErrorString value is split over messages, the second is not', () => {
    const { bytes } = load('interface_split');
    // message boundaries: the value of the first Encode spans several messages
    const lens: number[] = [];
    for (let p = 0; p < bytes.length;) {
      const b = bytes[p]!;
      const [len, hdr] =
        b < 0x80
          ? [b, 1]
          : [bytes.slice(p + 1, p + 1 + (256 - b)).reduce((a, x) => a * 256 + x, 0), 1 + 256 - b];
      lens.push(len);
      p += hdr + len;
    }
    expect(lens.length).toBeGreaterThan(5 + 2); // 5 values + their definitions, plus the split parts
    const got = decodeAll(bytes);
    const a0 = (got[0]!.value as GobStruct).A as GobInterface;
    expect(a0).toBeInstanceOf(GobInterface);
    expect(a0.name).toBe('*plugin.ErrorString');
    expect(a0.value).toEqual({ Code: 1n, Err: 'EOF' });
    expect((got[2]!.value as GobStruct).A).toBeUndefined(); // nil interface field: omitted
    expect(((got[3]!.value as GobStruct).A as GobInterface).name).toBe('*model.AppError');
    // our encoder never splits: every message of the re-encoding is a definition or a whole value
    const enc = new GobEncoder();
    const out = enc.encode(got[0]!.type, got[0]!.value);
    const dec = new GobDecoder();
    dec.push(out);
    expect(dec.next()!.value).toEqual(got[0]!.value);
  });

  it('time: time.Time is a GobEncoder named Time; broken-down values match Go', () => {
    const { bytes, doc } = load('time');
    const got = decodeAll(bytes);
    const t = got[0]!.type;
    if (t.kind !== 'struct') throw new Error('not a struct');
    expect(t.fields.find((f) => f.name === 'UTC')!.type).toEqual(TIME_TYPE);
    expect(got[1]!.type).toEqual(TIME_TYPE);
    const v = got[0]!.value as GobStruct;
    for (const [field, want] of Object.entries(
      doc.extra.times as Record<
        string,
        { seconds: string; nanos: number; offsetMinutes: number; offsetSeconds?: number; unixMillis: string }
      >,
    )) {
      const bytesOf = v[field] as Uint8Array;
      const gt = goTimeFromBytes(bytesOf);
      expect(gt.seconds, field).toBe(BigInt(want.seconds));
      expect(gt.nanos, field).toBe(want.nanos);
      expect(gt.offsetMinutes, field).toBe(want.offsetMinutes);
      expect(gt.offsetSeconds, field).toBe(want.offsetSeconds);
      expect(goTimeToDate(gt).getTime(), field).toBe(Number(want.unixMillis));
      expect(goTimeToBytes(gt), field).toEqual(bytesOf);
    }
    expect(v.Zero).toBeUndefined(); // the zero time.Time is omitted (IsZero)
    expect(v.Nil).toBeUndefined();
  });

  it('int_extremes: 64-bit values keep full precision', () => {
    const got = decodeAll(load('int_extremes').bytes);
    const e = got[0]!.value as GobStruct;
    expect(e.MaxI64).toBe(9223372036854775807n);
    expect(e.MinI64).toBe(-9223372036854775808n);
    expect(e.MaxU64).toBe(18446744073709551615n);
    expect(e.Big).toBe(9007199254740993n);
    expect(e.NegBig).toBe(-9007199254740993n);
    expect(got.slice(1).map((g) => g.value)).toEqual([
      -9223372036854775808n,
      18446744073709551615n,
      9223372036854775807n,
      -1n,
      9007199254740993n,
    ]);
  });

  it('marshalers: *url.URL is a BinaryMarshalerT; TextMarshaler-only types travel as plain data', () => {
    const got = decodeAll(load('marshalers').bytes);
    const t = got[0]!.type;
    if (t.kind !== 'struct') throw new Error('not a struct');
    const byName = Object.fromEntries(t.fields.map((f) => [f.name, f.type]));
    expect(byName.URL).toMatchObject({ kind: 'gobencoder', encoding: 'binary' });
    expect(byName.IP).toEqual({ kind: 'bytes' });
    expect(byName.Color!.kind).toBe('struct');
    expect(Buffer.from((got[0]!.value as GobStruct).URL as Uint8Array).toString()).toBe(
      'https://user@example.com:8065/api/v4/posts?x=1#frag',
    );
  });
});
