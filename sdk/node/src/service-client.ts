/**
 * A grpc-js client for one bridge service (PluginAPI, PluginDriver) whose methods are generated
 * from the contract: every call carries the plugin token; unary calls resolve with the response
 * message; client streams send the request's other fields, then the body in chunks; bidi streams
 * (PluginHTTP) also resolve with the first response message, the rest of the response streamed.
 * Mattermost AppErrors reject as AppError, other failures as the gRPC ServiceError.
 */
import * as grpc from '@grpc/grpc-js';
import type protobuf from 'protobufjs';
import { bearerMetadata } from '../../../src/bridge/grpc/bearer.ts';
import { CHANNEL_OPTIONS } from '../../../src/bridge/grpc/limits.ts';
import type { Body, CallOptions } from './api-types.ts';
import { AppError } from './errors.ts';

type Msg = Record<string, unknown>;

export type MethodKind =
  | { kind: 'unary' }
  | { kind: 'client_stream'; chunk: string }
  | { kind: 'bidi'; chunk: string; responseChunk: string };

export interface ServiceClientOptions {
  definition: grpc.ServiceDefinition;
  service: string;
  methods: Readonly<Record<string, MethodKind>>;
  /**
   * host:port of the bridge's gRPC server, a client object to use (in-process mode), or a function
   * giving the current client (remote mode: the bridge's address changes at each attach).
   */
  target: string | grpc.Client | (() => grpc.Client);
  /** The plugin token, or a function giving the current one (remote mode). */
  token: string | (() => string);
  appErrorType: protobuf.Type;
  /** Default deadline of unary calls (streaming calls have none unless given per call). */
  timeoutMs?: number;
}

/** Bodies go out in chunks of at most this many bytes. */
export const CHUNK_SIZE = 64 * 1024;

/** The client: a method per entry of `o.methods` (typed by the caller, e.g. as PluginApi), and close(). */
export function createServiceClient(o: ServiceClientOptions): { close(): void } {
  type AnyClient = Record<string, (...a: unknown[]) => unknown> & grpc.Client;
  const Client = grpc.makeGenericClientConstructor(o.definition, o.service);
  const target = o.target;
  const fixed = (
    typeof target === 'string'
      ? new Client(target, grpc.credentials.createInsecure(), CHANNEL_OPTIONS)
      : typeof target === 'function'
        ? undefined
        : target
  ) as AnyClient | undefined;
  const token = o.token;
  const metadata = (): grpc.Metadata => bearerMetadata(typeof token === 'string' ? token : token());
  const fail = (err: grpc.ServiceError): Error => AppError.fromServiceError(err, o.appErrorType) ?? err;
  const deadline = (ms: number | undefined): grpc.CallOptions => (ms ? { deadline: Date.now() + ms } : {});

  const methods: Record<string, unknown> = {};
  for (const [name, m] of Object.entries(o.methods)) {
    const fn = fixed
      ? fixed[name]!.bind(fixed)
      : (...a: unknown[]): unknown => {
          const c = (target as () => grpc.Client)() as AnyClient; // throws while a remote plugin is not attached
          return c[name]!.apply(c, a);
        };
    if (m.kind === 'unary') {
      methods[name] = (request: Msg = {}, options?: CallOptions) =>
        new Promise((resolve, reject) =>
          fn(
            request,
            metadata(),
            deadline(options?.timeoutMs ?? o.timeoutMs),
            (err: grpc.ServiceError | null, res: Msg) => (err ? reject(fail(err)) : resolve(res)),
          ),
        );
    } else if (m.kind === 'client_stream') {
      methods[name] = (request: Msg = {}, body?: Body, options?: CallOptions) =>
        new Promise((resolve, reject) => {
          const call = fn(
            metadata(),
            deadline(options?.timeoutMs),
            (err: grpc.ServiceError | null, res: Msg) => (err ? reject(fail(err)) : resolve(res)),
          ) as grpc.ClientWritableStream<Msg>;
          send(call, request, m.chunk, body).catch((err: Error) => {
            reject(err); // the body failed: that is the call's error
            call.cancel();
          });
        });
    } else {
      methods[name] = async (request: Msg = {}, body?: Body, options?: CallOptions) => {
        const call = fn(metadata(), deadline(options?.timeoutMs)) as grpc.ClientDuplexStream<Msg, Msg>;
        send(call, request, m.chunk, body).catch((err: Error) => {
          call.destroy(err); // the body failed: reading the response throws it
          call.cancel();
        });
        return receive(call, m.responseChunk, fail);
      };
    }
  }
  return new Proxy(methods as { close(): void }, {
    get: (_target, prop) => {
      if (prop === 'close') return () => fixed?.close();
      if (typeof prop !== 'string' || prop === 'then') return undefined; // not a thenable
      if (Object.hasOwn(methods, prop)) return methods[prop];
      return () => Promise.reject(new Error(`${o.service} has no method ${prop}`));
    },
  });
}

/** Writes the head message, then the body chunk by chunk (waiting for drain), then half-closes. */
async function send(
  call: grpc.ClientWritableStream<Msg>,
  head: Msg,
  field: string,
  body: Body | undefined,
): Promise<void> {
  let done = false;
  const ended = new Promise<void>((r) =>
    call.once('status', () => {
      done = true;
      r();
    }),
  );
  const write = async (msg: Msg): Promise<void> => {
    if (done) return;
    if (!call.write(msg)) await Promise.race([new Promise((r) => call.once('drain', r)), ended]);
  };
  await write(head);
  for await (const chunk of chunks(body)) {
    if (done) return;
    await write({ [field]: chunk });
  }
  if (!done) call.end();
}

async function* chunks(body: Body | undefined): AsyncGenerator<Uint8Array> {
  if (body === undefined) return;
  const split = function* (b: Uint8Array): Generator<Uint8Array> {
    for (let i = 0; i < b.length; i += CHUNK_SIZE) yield b.subarray(i, i + CHUNK_SIZE);
  };
  if (body instanceof Uint8Array) return yield* split(body);
  for await (const c of body as AsyncIterable<Uint8Array>) {
    if (!(c instanceof Uint8Array)) throw new TypeError('a streamed body yields Uint8Array chunks (Buffers)');
    yield* split(c);
  }
}

/** The first response message's fields, with `field` as an async iterable of every chunk. */
async function receive(
  call: grpc.ClientDuplexStream<Msg, Msg>,
  field: string,
  fail: (err: grpc.ServiceError) => Error,
): Promise<Msg> {
  const it = (call as AsyncIterable<Msg>)[Symbol.asyncIterator]();
  const next = async (): Promise<IteratorResult<Msg>> => {
    try {
      return await it.next();
    } catch (err) {
      throw 'code' in (err as object) ? fail(err as grpc.ServiceError) : err;
    }
  };
  const first = await next();
  if (first.done) throw new Error('the stream ended without a response');
  const { [field]: firstChunk, ...head } = first.value;
  async function* rest(): AsyncGenerator<Buffer> {
    if (firstChunk instanceof Uint8Array && firstChunk.length) yield Buffer.from(firstChunk);
    for (;;) {
      const n = await next();
      if (n.done) return;
      const c = n.value[field];
      if (c instanceof Uint8Array && c.length) yield Buffer.from(c);
    }
  }
  return { ...head, [field]: rest() };
}
