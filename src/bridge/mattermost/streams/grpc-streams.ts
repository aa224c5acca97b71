/** Small helpers over grpc-js streaming calls on generic clients. */
import type * as grpc from '@grpc/grpc-js';
import type { Writable } from 'node:stream';

type Obj = Record<string, unknown>;

export function openDuplex(
  client: grpc.Client,
  method: string,
  md: grpc.Metadata,
): grpc.ClientDuplexStream<Obj, Obj> {
  const fn = (
    client as unknown as Record<
      string,
      (md: grpc.Metadata, o: grpc.CallOptions) => grpc.ClientDuplexStream<Obj, Obj>
    >
  )[method];
  if (typeof fn !== 'function') throw new Error(`no gRPC streaming method ${method}`);
  return fn.call(client, md, {});
}

/** Writes one message, waiting for 'drain' when the stream's buffer is full (backpressure). */
export async function writeMessage(stream: Writable, msg: unknown): Promise<void> {
  if (stream.destroyed || (stream as Writable & { closed?: boolean }).closed) return;
  if (stream.write(msg)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (err?: Error): void => {
      stream.off('drain', ok);
      stream.off('error', done);
      stream.off('close', ok);
      if (err) reject(err);
      else resolve();
    };
    const ok = (): void => done();
    stream.once('drain', ok);
    stream.once('error', done);
    stream.once('close', ok);
  });
}

export function isBytes(v: unknown): v is Uint8Array {
  return v instanceof Uint8Array && v.length > 0;
}
