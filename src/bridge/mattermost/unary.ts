/** A promise around a grpc-js unary call on a generic client, with a deadline. */
import type * as grpc from '@grpc/grpc-js';

type UnaryFn = (
  req: unknown,
  md: grpc.Metadata,
  opts: grpc.CallOptions,
  cb: (err: grpc.ServiceError | null, res?: Record<string, unknown>) => void,
) => grpc.ClientUnaryCall;

export function callUnary(
  client: grpc.Client,
  method: string,
  request: unknown,
  metadata: grpc.Metadata,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  const fn = (client as unknown as Record<string, UnaryFn>)[method];
  if (typeof fn !== 'function') return Promise.reject(new Error(`no gRPC method ${method}`));
  return new Promise((resolve, reject) => {
    fn.call(client, request, metadata, { deadline: Date.now() + timeoutMs }, (err, res) =>
      err ? reject(err) : resolve(res ?? {}),
    );
  });
}
