/**
 * The net/rpc `Plugin` service the Mattermost server calls on the dispensed "hooks" stream,
 * forwarded to the language plugin's PluginHooks gRPC service. Every hook is generic (schema
 * driven) except the two with wire-level duties: Implemented (filters names to hooks we can carry)
 * and OnActivate (dials the server's API and DB-driver broker streams first, and calls
 * OnConfigurationChange before OnActivate exactly as the Go plugin side does in client_rpc.go).
 */
import { secondsSince } from '../../clock.ts';
import { status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { T, type GobStruct, type GobValue } from '../gob/types.ts';
import type { Reply, RpcHandler } from '../netrpc/index.ts';
import type { Logger } from '../../log.ts';
import type { MattermostErrors } from './errors.ts';
import type { MethodCodec } from './method-codec.ts';
import type { MuxBroker } from '../goplugin/index.ts';
import { reachable, type HooksTarget } from './hooks-target.ts';
import { DEFAULT_CHUNK_SIZE, type StreamDeps } from './streams/deps.ts';
import { fileWillBeUploaded } from './streams/file-upload.ts';
import { serveHttp } from './streams/serve-http.ts';
import { callUnary } from './unary.ts';
import { STATUS_DETAILS_KEY } from '../grpc/status.ts';

export type { HooksTarget };

export interface HooksDeps {
  codecs: ReadonlyMap<string, MethodCodec>;
  errors: MattermostErrors;
  /** Resolves once the language plugin is up (the current process, across restarts). */
  target: Promise<HooksTarget> | (() => Promise<HooksTarget>);
  hookTimeoutMs: number;
  /** Dials the server's API and driver broker ids (Z_OnActivateArgs). */
  connectApi: (apiMuxId: number, driverMuxId: number) => Promise<void>;
  /** The host connection's broker: streaming hooks dial their body streams on it. */
  broker: MuxBroker;
  chunkSize?: number;
  log: Logger;
  observe?: (hook: string, seconds: number, ok: boolean) => void;
}

/** Hand-written handlers of the streaming hooks; every other hook is generic. */
const STREAMING: Record<string, (d: StreamDeps, codec: MethodCodec, args: GobValue) => Promise<Reply>> = {
  ServeHTTP: serveHttp,
  ServeMetrics: serveHttp,
  FileWillBeUploaded: fileWillBeUploaded,
};

export function hooksHandlers(d: HooksDeps): Record<string, RpcHandler> {
  const handlers: Record<string, RpcHandler> = {};
  const streamDeps: StreamDeps = {
    broker: d.broker,
    target: () => current(d).then((t) => reachable(t)),
    log: d.log,
    chunkSize: d.chunkSize ?? DEFAULT_CHUNK_SIZE,
  };
  for (const [name, codec] of d.codecs) {
    const streaming = STREAMING[name];
    handlers[name] = streaming
      ? ({ value }) => guardStreaming(d, codec, () => streaming(streamDeps, codec, value))
      : ({ value }) => forward(d, codec, value);
  }
  handlers.Implemented = () => implemented(d);
  handlers.OnActivate = ({ value }) => onActivate(d, value);
  return handlers;
}

async function implemented(d: HooksDeps): Promise<Reply> {
  const type = { kind: 'slice', elem: T.string } as const;
  try {
    const t = await current(d);
    return { type, value: [...t.implemented] };
  } catch {
    // Start failed: list nothing; OnActivate (always called) reports the reason to the server.
    return { type, value: [] };
  }
}

async function onActivate(d: HooksDeps, args: GobValue): Promise<Reply> {
  const codec = d.codecs.get('OnActivate');
  if (!codec) throw new Error('schema has no OnActivate hook');
  const a = (args ?? {}) as GobStruct;
  const errorParam = codec.errorParam!;
  const fail = (id: string, message: string, detail: string): Reply => {
    d.log.error({ hook: 'OnActivate', detail }, message);
    return {
      type: codec.returnsType,
      value: { [errorParam.gob]: d.errors.bridgeAppError(id, message, detail, errorParam) },
    };
  };
  try {
    await d.connectApi(Number(a.APIMuxId ?? 0n), Number(a.DriverMuxId ?? 0n));
  } catch (err) {
    return fail(
      'mattermost_bridge.api_connect_failed',
      'The bridge could not connect to the plugin API.',
      msg(err),
    );
  }
  let t: HooksTarget;
  try {
    t = await current(d);
  } catch (err) {
    return fail('mattermost_bridge.start_failed', 'The language plugin could not be started.', msg(err));
  }
  const configChange = d.codecs.get('OnConfigurationChange');
  if (configChange && t.implemented.has('OnConfigurationChange')) {
    const r = await forward(d, configChange, {});
    const e = configChange.errorOf(r.value);
    if (e)
      d.log.error(
        { hook: 'OnConfigurationChange', error: d.errors.describe(e) },
        'OnConfigurationChange failed',
      );
  }
  if (!t.implemented.has('OnActivate')) return { type: codec.returnsType, value: {} };
  return forward(d, codec, args);
}

/** The running language plugin, if it implements the hook (else the error a Go plugin gives). */
async function implementing(d: HooksDeps, codec: MethodCodec): Promise<HooksTarget> {
  const t = await current(d).catch((err: unknown) => {
    throw new Error(`hook ${codec.name}: the language plugin is not running: ${msg(err)}`);
  });
  if (!t.implemented.has(codec.name)) throw new Error(`hook ${codec.name} called but not implemented`);
  return t;
}

async function guardStreaming(d: HooksDeps, codec: MethodCodec, run: () => Promise<Reply>): Promise<Reply> {
  await implementing(d, codec);
  const started = process.hrtime.bigint();
  try {
    const r = await run();
    d.observe?.(codec.name, secondsSince(started), true);
    return r;
  } catch (err) {
    d.observe?.(codec.name, secondsSince(started), false);
    d.log.warn({ hook: codec.name, error: msg(err) }, 'streaming hook failed');
    throw err;
  }
}

async function forward(d: HooksDeps, codec: MethodCodec, args: GobValue): Promise<Reply> {
  const t = await implementing(d, codec);
  const request = codec.argsToRequest(args);
  const started = process.hrtime.bigint();
  try {
    const response = await callOrReplacement(t, codec.name, request, d.hookTimeoutMs);
    d.observe?.(codec.name, secondsSince(started), true);
    return { type: codec.returnsType, value: codec.responseToReturns(response) };
  } catch (err) {
    d.observe?.(codec.name, secondsSince(started), false);
    const e = err as ServiceError;
    d.log.warn(
      { hook: codec.name, code: e.code, error: e.details ?? e.message },
      'hook failed in the language plugin',
    );
    // The process died or is unreachable: fail the RPC as a dead Go plugin's does, whatever the
    // hook's results (an AppError would be an answer the plugin never gave).
    if (codec.errorParam && !pluginGone(e)) {
      return {
        type: codec.returnsType,
        value: { [codec.errorParam.gob]: d.errors.fromStatus(e, codec.errorParam, codec.name) },
      };
    }
    // No error result in Go: fail the RPC; the server logs it and keeps its defaults, as for a Go plugin.
    throw new Error(`hook ${codec.name} failed in the language plugin: ${e.details ?? e.message}`);
  }
}

/**
 * A call that never reached the plugin (no connection: the process just died and its exit is not
 * seen yet) goes to the restarted process instead; a call that reached it is never repeated.
 */
async function callOrReplacement(
  t: HooksTarget,
  method: string,
  request: Record<string, unknown>,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  try {
    return await callUnary(t.client, method, request, t.metadata(), timeoutMs);
  } catch (err) {
    const e = err as ServiceError;
    const next = pluginGone(e) && neverSent(e) ? await t.replaced?.() : undefined;
    if (!next || next === t) throw err;
    return callUnary(next.client, method, request, next.metadata(), timeoutMs);
  }
}

/** grpc-js fails a call it could not send with this UNAVAILABLE detail (picker.ts, pick-first). */
function neverSent(e: Partial<ServiceError>): boolean {
  return e.details?.startsWith('No connection established') === true;
}

/** UNAVAILABLE without an AppError of the plugin's in the trailer: the process died or is unreachable. */
function pluginGone(e: Partial<ServiceError>): boolean {
  return e.code === GrpcStatus.UNAVAILABLE && !e.metadata?.get(STATUS_DETAILS_KEY).length;
}

function current(d: HooksDeps): Promise<HooksTarget> {
  return typeof d.target === 'function' ? d.target() : d.target;
}

function msg(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
