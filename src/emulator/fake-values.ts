/** Small helpers shared by the fake-api-*.ts modules: reading gob args, paging. */
import type { GobStruct, GobValue } from '../bridge/gob/types.ts';

/** API method implementations: gob args (Z_<M>Args) → gob returns without the error (thrown as FakeError). */
export type FakeMethods = Record<string, (args: GobStruct) => GobStruct>;

export function str(v: GobValue | undefined): string {
  return v === undefined || v === null ? '' : String(v);
}

export function int(v: GobValue | undefined): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  return 0n;
}

export function struct(v: GobValue | undefined): GobStruct {
  return (v ?? {}) as GobStruct;
}

export function bytes(v: GobValue | undefined): Uint8Array | undefined {
  return v instanceof Uint8Array && v.length > 0 ? v : undefined;
}

/** One page as SQL's LIMIT perPage OFFSET page*perPage gives it (perPage 0 → nothing, as on the server). */
export function page<T>(items: T[], pageNo: GobValue | undefined, perPage: GobValue | undefined): T[] {
  const n = Math.max(0, Number(int(perPage)));
  const start = Math.max(0, Number(int(pageNo))) * n;
  return items.slice(start, start + n);
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));
}
