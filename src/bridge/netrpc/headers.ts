/**
 * net/rpc message headers as gob sees them (golang/go src/net/rpc/server.go):
 *   type Request  struct { ServiceMethod string; Seq uint64 }
 *   type Response struct { ServiceMethod string; Seq uint64; Error string }
 * plus the empty struct net/rpc sends as the body of an error response (`invalidRequest`).
 */
import { T, structType, type GobStruct, type GobType } from '../gob/types.ts';
import { RpcConnectionError } from './errors.ts';

export const REQUEST_TYPE = structType('Request', [
  { name: 'ServiceMethod', type: T.string },
  { name: 'Seq', type: T.uint },
]);

export const RESPONSE_TYPE = structType('Response', [
  { name: 'ServiceMethod', type: T.string },
  { name: 'Seq', type: T.uint },
  { name: 'Error', type: T.string },
]);

/** `struct{}`: the body of error responses and the argument/reply of Control.Ping/Quit. */
export const EMPTY_STRUCT: GobType = structType('', []);

export interface RequestHeader {
  serviceMethod: string;
  seq: bigint;
}

export interface ResponseHeader extends RequestHeader {
  error: string;
}

// A header that is not the struct net/rpc sends breaks the connection (in Go the gob decoder fails
// and the codec is closed): these throw RpcConnectionError, like the other connection-level failures.

export function readRequestHeader(v: unknown): RequestHeader {
  const what = 'request header';
  const s = asStruct(v, what, 'Request{ServiceMethod string; Seq uint64}');
  const seq = big(s.Seq, what);
  if (seq < 0n || seq >= 2n ** 64n) {
    throw new RpcConnectionError(`net/rpc: malformed ${what}: expected Seq to be a uint64, got ${seq}`);
  }
  return { serviceMethod: str(s.ServiceMethod, what, 'ServiceMethod'), seq };
}

export function readResponseHeader(v: unknown): ResponseHeader {
  const what = 'response header';
  const s = asStruct(v, what, 'Response{ServiceMethod string; Seq uint64; Error string}');
  return {
    serviceMethod: str(s.ServiceMethod, what, 'ServiceMethod'),
    seq: big(s.Seq, what),
    error: str(s.Error, what, 'Error'),
  };
}

function asStruct(v: unknown, what: string, expected: string): GobStruct {
  if (
    typeof v !== 'object' ||
    v === null ||
    Array.isArray(v) ||
    v instanceof Map ||
    v instanceof Uint8Array
  ) {
    throw new RpcConnectionError(`net/rpc: malformed ${what}: expected a struct ${expected}, got ${kind(v)}`);
  }
  return v as GobStruct;
}

function str(v: unknown, what: string, field: string): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') {
    throw new RpcConnectionError(
      `net/rpc: malformed ${what}: expected ${field} to be a string, got ${kind(v)}`,
    );
  }
  return v;
}

function big(v: unknown, what: string): bigint {
  if (v === undefined) return 0n;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  throw new RpcConnectionError(`net/rpc: malformed ${what}: expected Seq to be an integer, got ${kind(v)}`);
}

/** A short description of a decoded gob value, for error messages. */
function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a slice/array';
  if (v instanceof Map) return 'a map';
  if (v instanceof Uint8Array) return 'a byte slice';
  return typeof v === 'object' ? 'a struct' : `a ${typeof v}`;
}
