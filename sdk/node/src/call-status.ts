/**
 * Ending a server stream with a status the client receives. grpc-js sends a status for
 * `call.emit('error', {code, details})`; `call.destroy(err)` only tears the stream down and leaves
 * the client (the bridge) waiting for a status that never comes.
 */
import * as grpc from '@grpc/grpc-js';

export function failCall(call: grpc.ServerDuplexStream<unknown, unknown>, err: unknown): void {
  const e = (err ?? {}) as { code?: unknown; details?: string; message?: string };
  const code = typeof e.code === 'number' && e.code in grpc.status ? e.code : grpc.status.UNKNOWN;
  call.emit(
    'error',
    Object.assign(new Error(e.details ?? e.message ?? String(err)), {
      code,
      details: e.details ?? e.message ?? String(err),
    }),
  );
}
