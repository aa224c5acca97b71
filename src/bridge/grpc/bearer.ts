/**
 * The per-plugin token on gRPC calls, both ways between the bridge and a language plugin:
 * metadata `authorization: Bearer <token>`, compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';

export function bearerMetadata(token: string): grpc.Metadata {
  const md = new grpc.Metadata();
  md.set('authorization', `Bearer ${token}`);
  return md;
}

/** The call carries `token` (never true for an empty token: a plugin not attached yet has none). */
export function hasBearer(md: grpc.Metadata, token: string): boolean {
  if (!token) return false;
  const got = md.get('authorization')[0];
  if (typeof got !== 'string' || !got.startsWith('Bearer ')) return false;
  const a = Buffer.from(got.slice(7));
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Constant-time comparison of two secrets of any lengths (the attach secret, remote tokens). */
export function sameSecret(a: string, b: string): boolean {
  const h = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(a), h(b));
}
