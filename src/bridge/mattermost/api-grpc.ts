/**
 * The PluginAPI gRPC service the language plugin calls, forwarded as net/rpc `Plugin.<Method>`
 * calls on the API broker stream the server opened for us in OnActivate. Generic over the schema;
 * every call must carry the plugin's token (`authorization: Bearer <token>`).
 */
import { secondsSince } from '../../clock.ts';
import { hasBearer } from '../grpc/bearer.ts';
import * as grpc from '@grpc/grpc-js';
import { RpcConnectionError, RpcServerError, type RpcClient } from '../netrpc/index.ts';
import type { Logger } from '../../log.ts';
import type { MattermostErrors } from './errors.ts';
import type { MethodCodec } from './method-codec.ts';
import { TranslateError } from './translate.ts';
import type { MuxBroker } from '../goplugin/index.ts';
import { DEFAULT_CHUNK_SIZE } from './streams/deps.ts';
import { apiPluginHttp, apiUpload, type ApiStreamDeps } from './streams/api-streams.ts';

export interface ApiDeps {
  codecs: ReadonlyMap<string, MethodCodec>;
  errors: MattermostErrors;
  token: string;
  /** The net/rpc client on the server's API stream; undefined before OnActivate. */
  apiClient: () => RpcClient | undefined;
  /** The host connection's broker (streaming methods open their data streams on it). */
  broker?: () => MuxBroker | undefined;
  log: Logger;
  observe?: (method: string, seconds: number, ok: boolean) => void;
}

const UNAUTHENTICATED = 'missing or wrong plugin token (metadata authorization: Bearer <MM_BRIDGE_TOKEN>)';
const NOT_CONNECTED = 'the Mattermost plugin API is not connected (it is available from OnActivate on)';

export function apiImplementation(d: ApiDeps): grpc.UntypedServiceImplementation {
  const impl: grpc.UntypedServiceImplementation = {};
  for (const [name, codec] of d.codecs) {
    if (codec.def.streaming) {
      impl[name] = streamingHandler(d, codec);
      continue;
    }
    impl[name] = (
      call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>,
      cb: grpc.sendUnaryData<unknown>,
    ) => {
      void handle(d, codec, call).then(
        (res) => cb(null, res),
        (status: Partial<grpc.StatusObject>) => cb(status),
      );
    };
  }
  return impl;
}

async function handle(
  d: ApiDeps,
  codec: MethodCodec,
  call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>,
): Promise<unknown> {
  if (!hasBearer(call.metadata, d.token))
    throw { code: grpc.status.UNAUTHENTICATED, details: UNAUTHENTICATED };
  const client = d.apiClient();
  if (!client || client.closed) throw { code: grpc.status.UNAVAILABLE, details: NOT_CONNECTED };
  let args;
  try {
    args = codec.requestToArgs(call.request);
  } catch (err) {
    throw { code: grpc.status.INVALID_ARGUMENT, details: (err as Error).message };
  }
  const started = process.hrtime.bigint();
  let reply;
  try {
    reply = await client.call(codec.def.rpc, codec.argsType, args);
  } catch (err) {
    d.observe?.(codec.name, secondsSince(started), false);
    throw rpcFailure(codec.name, err);
  }
  const error = codec.errorOf(reply.value);
  d.observe?.(codec.name, secondsSince(started), error === null);
  if (error !== null) throw d.errors.toStatus(error, codec.name);
  try {
    return codec.returnsToResponse(reply.value);
  } catch (err) {
    if (err instanceof TranslateError) throw { code: grpc.status.INTERNAL, details: err.message };
    throw err;
  }
}

/** Client-stream uploads answer once; PluginHTTP streams its response. Same checks as unary calls. */
function streamingHandler(d: ApiDeps, codec: MethodCodec): grpc.UntypedHandleCall {
  const deps = (md: grpc.Metadata): ApiStreamDeps => {
    if (!hasBearer(md, d.token)) throw { code: grpc.status.UNAUTHENTICATED, details: UNAUTHENTICATED };
    const api = d.apiClient();
    const broker = d.broker?.();
    if (!api || api.closed || !broker) throw { code: grpc.status.UNAVAILABLE, details: NOT_CONNECTED };
    return { api, broker, errors: d.errors, chunkSize: DEFAULT_CHUNK_SIZE };
  };
  const fail = (err: unknown): Partial<grpc.StatusObject> =>
    typeof err === 'object' && err !== null && 'code' in err
      ? (err as Partial<grpc.StatusObject>)
      : rpcFailure(codec.name, err);
  if (codec.def.grpc?.responseStream) {
    return (call: grpc.ServerDuplexStream<Record<string, unknown>, Record<string, unknown>>) => {
      Promise.resolve()
        .then(() => apiPluginHttp(deps(call.metadata), codec, call))
        .catch((err: unknown) => call.emit('error', Object.assign(new Error(fail(err).details), fail(err))));
    };
  }
  return (
    call: grpc.ServerReadableStream<Record<string, unknown>, unknown>,
    cb: grpc.sendUnaryData<unknown>,
  ) => {
    Promise.resolve()
      .then(() => apiUpload(deps(call.metadata), codec, call))
      .then(
        (res) => cb(null, res),
        (err: unknown) => cb(fail(err)),
      );
  };
}

function rpcFailure(method: string, err: unknown): Partial<grpc.StatusObject> {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof RpcServerError) {
    const missing = message.startsWith("rpc: can't find method");
    return {
      code: missing ? grpc.status.UNIMPLEMENTED : grpc.status.UNKNOWN,
      details: `${method}: ${message}`,
    };
  }
  if (err instanceof RpcConnectionError)
    return { code: grpc.status.UNAVAILABLE, details: `${method}: ${message}` };
  return { code: grpc.status.INTERNAL, details: `${method}: ${message}` };
}
