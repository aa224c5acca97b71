/** Malformed net/rpc headers end the connection with RpcConnectionError naming what was expected. */
import { describe, expect, it } from 'vitest';
import { GobDecoder } from '../../../src/bridge/gob/index.ts';
import { RpcConnectionError } from '../../../src/bridge/netrpc/errors.ts';
import { readRequestHeader, readResponseHeader } from '../../../src/bridge/netrpc/headers.ts';

function firstValue(hex: string): unknown {
  const dec = new GobDecoder();
  dec.push(Buffer.from(hex, 'hex'));
  return dec.next()!.value;
}

describe('net/rpc header readers', () => {
  it('reject a []string where the header struct belongs (fuzz repro)', () => {
    const v = firstValue('0cff81020102ff8200010c000007ff820001020073');
    expect(Array.isArray(v)).toBe(true);
    expect(() => readRequestHeader(v)).toThrow(RpcConnectionError);
    expect(() => readRequestHeader(v)).toThrow(
      'net/rpc: malformed request header: expected a struct Request{ServiceMethod string; Seq uint64}, got a slice/array',
    );
    expect(() => readResponseHeader(v)).toThrow(RpcConnectionError);
    expect(() => readResponseHeader(v)).toThrow(/malformed response header: expected a struct Response\{/);
  });

  it('reject fields of the wrong type', () => {
    expect(() => readRequestHeader({ ServiceMethod: 1n, Seq: 1n })).toThrow(
      'net/rpc: malformed request header: expected ServiceMethod to be a string, got a bigint',
    );
    expect(() => readResponseHeader({ ServiceMethod: 'A.B', Seq: 'x' })).toThrow(
      'net/rpc: malformed response header: expected Seq to be an integer, got a string',
    );
    expect(() => readRequestHeader({ Seq: -1n })).toThrow(RpcConnectionError);
    expect(() => readRequestHeader(null)).toThrow(RpcConnectionError);
  });

  it('accept well-formed headers, absent fields as zero values', () => {
    expect(readRequestHeader({ ServiceMethod: 'A.B', Seq: 3n })).toEqual({ serviceMethod: 'A.B', seq: 3n });
    expect(readResponseHeader({})).toEqual({ serviceMethod: '', seq: 0n, error: '' });
  });
});
