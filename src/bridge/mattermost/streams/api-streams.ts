/**
 * Streaming PluginAPI methods (the language plugin calls, the bridge streams to the server):
 *  - uploads (UploadData, InstallPlugin, ReceiveSharedChannelAttachmentSyncMsg): a client stream of
 *    the arguments then data chunks; the bridge serves them to the server as a remote io.Reader on a
 *    broker id of its own (the *StreamID argument), pulled only as fast as the server reads;
 *  - PluginHTTP: the request streams to the server (Plugin.PluginHTTPStream) and the response
 *    body streams back from a remote io.Reader the server serves.
 */
import * as grpc from '@grpc/grpc-js';
import type { GobStruct } from '../../gob/types.ts';
import type { MuxBroker } from '../../goplugin/index.ts';
import type { RpcClient } from '../../netrpc/index.ts';
import type { MattermostErrors } from '../errors.ts';
import type { MethodCodec } from '../method-codec.ts';
import { isBytes, writeMessage } from './grpc-streams.ts';
import { serveReader } from './io-reader.ts';
import { Puller } from './puller.ts';

type Obj = Record<string, unknown>;

export interface ApiStreamDeps {
  broker: MuxBroker;
  api: RpcClient;
  errors: MattermostErrors;
  chunkSize: number;
}

/** Reads a client stream message by message: the head, then the bytes of `field` chunk by chunk. */
class MessageReader {
  private readonly it: AsyncIterator<Obj>;
  private first: Buffer | null = null;

  constructor(stream: AsyncIterable<Obj>) {
    this.it = (
      stream as unknown as { iterator(o: { destroyOnReturn: boolean }): AsyncIterator<Obj> }
    ).iterator({ destroyOnReturn: false });
  }

  async head(field: string): Promise<Obj> {
    const r = await this.it.next();
    if (r.done)
      throw { code: grpc.status.INVALID_ARGUMENT, details: 'the stream ended before its first message' };
    if (isBytes(r.value[field])) this.first = Buffer.from(r.value[field]);
    return r.value;
  }

  async chunk(field: string): Promise<Buffer | null> {
    if (this.first) {
      const c = this.first;
      this.first = null;
      return c;
    }
    for (;;) {
      const r = await this.it.next();
      if (r.done) return null;
      const v = r.value[field];
      if (isBytes(v)) return Buffer.from(v);
    }
  }
}

/** The gob field carrying the broker id of a streaming argument. */
function streamParam(codec: MethodCodec, name?: string): string {
  const p = codec.def.args.fields.filter((f) => 'stream' in f && (f as { stream?: boolean }).stream);
  const found = name ? p.find((f) => f.gob === name) : p[0];
  if (!found) throw new Error(`${codec.name}: no stream argument in the schema`);
  return found.gob;
}

export async function apiUpload(
  d: ApiStreamDeps,
  codec: MethodCodec,
  call: grpc.ServerReadableStream<Obj, Obj>,
): Promise<Obj> {
  const reader = new MessageReader(call as AsyncIterable<Obj>);
  const head = await reader.head('data');
  const args = codec.requestToArgs(head) as GobStruct;
  const id = d.broker.nextId();
  args[streamParam(codec)] = BigInt(id);
  const served = d.broker.accept(id).then(
    (stream) => serveReader(stream, () => reader.chunk('data')),
    () => undefined, // the server never dialed (it failed first): the reply says why
  );
  const reply = await d.api.call(codec.def.rpc, codec.argsType, args);
  await served;
  const error = codec.errorOf(reply.value);
  if (error !== null) throw d.errors.toStatus(error, codec.name);
  return codec.returnsToResponse(reply.value);
}

export async function apiPluginHttp(
  d: ApiStreamDeps,
  codec: MethodCodec,
  call: grpc.ServerDuplexStream<Obj, Obj>,
): Promise<void> {
  const reader = new MessageReader(call as AsyncIterable<Obj>);
  const head = await reader.head('body');
  const args = codec.requestToArgs(head) as GobStruct;
  const bodyId = d.broker.nextId();
  const respId = d.broker.nextId();
  args.RequestBodyStream = BigInt(bodyId);
  args.ResponseBodyStream = BigInt(respId);
  void d.broker.accept(bodyId).then(
    (stream) => serveReader(stream, () => reader.chunk('body')),
    () => undefined,
  );
  const response = d.broker.accept(respId);
  response.catch(() => undefined);
  const reply = await d.api.call(codec.def.rpc, codec.argsType, args);
  await writeMessage(call, codec.returnsToResponse(reply.value));
  const stream = await response;
  const body = new Puller(stream);
  try {
    for (;;) {
      const chunk = await body.pull(d.chunkSize);
      if (chunk === null) break;
      await writeMessage(call, { body: chunk });
    }
  } finally {
    stream.end();
  }
  call.end();
}
