/**
 * net/rpc message headers as gob sees them (golang/go src/net/rpc/server.go):
 *   type Request  struct { ServiceMethod string; Seq uint64 }
 *   type Response struct { ServiceMethod string; Seq uint64; Error string }
 * plus the empty struct net/rpc sends as the body of an error response (`invalidRequest`).
 */
import { T, structType, type GobStruct, type GobType } from '../gob/types.ts';

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

export function readRequestHeader(v: unknown): RequestHeader {
  const s = asStruct(v, 'request header');
  const seq = big(s.Seq);
  if (seq < 0n || seq >= 2n ** 64n) throw new TypeError(`net/rpc: request Seq ${seq} is not a uint64`);
  return { serviceMethod: str(s.ServiceMethod), seq };
}

export function readResponseHeader(v: unknown): ResponseHeader {
  const s = asStruct(v, 'response header');
  return { serviceMethod: str(s.ServiceMethod), seq: big(s.Seq), error: str(s.Error) };
}

function asStruct(v: unknown, what: string): GobStruct {
  if (
    typeof v !== 'object' ||
    v === null ||
    Array.isArray(v) ||
    v instanceof Map ||
    v instanceof Uint8Array
  ) {
    throw new TypeError(`net/rpc: malformed ${what}: not a struct`);
  }
  return v as GobStruct;
}

function str(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') throw new TypeError('net/rpc: header field is not a string');
  return v;
}

function big(v: unknown): bigint {
  if (v === undefined) return 0n;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  throw new TypeError('net/rpc: header Seq is not an integer');
}
