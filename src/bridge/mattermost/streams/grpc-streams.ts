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

/**
 * Sends the request head, then the chunks a remote reader yields under `field`, then half-closes;
 * stops (without half-closing) once `finished()` says the response side is done. A failure
 * cancels the call. Reads happen only as the call drains: backpressure from the plugin.
 */
export function pumpRequest(
  call: grpc.ClientDuplexStream<Obj, Obj>,
  head: Obj,
  source: { read(size: number): Promise<Buffer | null> } | undefined,
  field: string,
  chunkSize: number,
  finished: () => boolean,
): Promise<void> {
  return (async (): Promise<void> => {
    await writeMessage(call, head);
    while (source && !finished()) {
      const chunk = await source.read(chunkSize);
      if (chunk === null || finished()) break;
      await writeMessage(call, { [field]: chunk });
    }
    if (!finished()) call.end();
  })().catch(() => call.cancel());
}
