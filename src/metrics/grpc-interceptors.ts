/**
 * grpc-js interceptors recording the go-grpc-middleware metrics (grpc_server_* on the PluginAPI
 * server, grpc_client_* on the PluginHooks client) and, for PluginAPI calls, the bridge's API
 * duration / in-flight metrics and a debug log line (plugin id, method, code, duration, request id).
 * On streaming methods (ServeHTTP, PluginHTTP, uploads, …) they also count the payload bytes of the
 * messages (their bytes fields) by direction; unary calls carry no per-message work.
 * Server interceptors exist since grpc-js 1.10 (gRFC L112); label sets are cached per method path.
 */
import { secondsSince } from '../clock.ts';
import * as grpc from '@grpc/grpc-js';
import { STATUS_DETAILS_KEY } from '../bridge/grpc/status.ts';
import type { Logger } from '../log.ts';
import type { Outcome, PluginMetrics } from './bridge-metrics.ts';
import { goCodeName } from './grpc-codes.ts';

export interface ServerInterceptorOptions {
  pluginId: string;
  metrics: PluginMetrics | undefined;
  log: Logger;
  /** Full names of the services whose calls are the plugin's API calls (mattermost.bridge.v1.PluginAPI, …). */
  apiServices: readonly string[];
}

export function metricsServerInterceptor(o: ServerInterceptorOptions): grpc.ServerInterceptor {
  const { metrics: m, log, pluginId } = o;
  const apiServices = new Set(o.apiServices);
  return (desc, call) => {
    const slash = desc.path.lastIndexOf('/');
    const isApi = apiServices.has(desc.path.slice(1, slash));
    const debug = isApi && log.isLevelEnabled('debug');
    if (!m && !debug) return new grpc.ServerInterceptingCall(call);
    const g = m?.grpcMethod(desc.path, desc.requestStream, desc.responseStream);
    const started = process.hrtime.bigint();
    if (g) m!.grpcServerStarted(g);
    if (isApi) m?.apiStarted();
    let requestId: string | undefined;
    let done = false;
    const finish = (code: number, appError: boolean): void => {
      if (done) return;
      done = true;
      const seconds = secondsSince(started);
      const name = goCodeName(code);
      if (g) m!.grpcServerHandled(g, name, seconds);
      const method = desc.path.slice(slash + 1);
      const outcome: Outcome = code === grpc.status.OK ? 'ok' : appError ? 'app_error' : 'error';
      if (isApi) m?.apiFinished(method, seconds, outcome);
      if (debug)
        log.debug(
          {
            plugin_id: pluginId,
            method,
            grpc_code: name,
            outcome,
            duration_ms: Math.round(seconds * 1e6) / 1e3,
            request_id: requestId,
          },
          'PluginAPI call',
        );
    };
    const streaming = m !== undefined && (desc.requestStream || desc.responseStream);
    return new grpc.ServerInterceptingCall(call, {
      start(next) {
        next({
          onReceiveMetadata(md, nextMd) {
            if (debug) requestId = firstString(md.get('x-request-id'));
            nextMd(md);
          },
          onReceiveMessage: streaming
            ? (msg: unknown, nextMsg: (msg: unknown) => void) => {
                m.streamBytes('plugin_to_server', payloadBytes(msg));
                nextMsg(msg);
              }
            : undefined,
          onCancel() {
            finish(grpc.status.CANCELLED, false);
          },
        });
      },
      sendMessage: streaming
        ? (msg: unknown, next: (msg: unknown) => void) => {
            m.streamBytes('server_to_plugin', payloadBytes(msg));
            next(msg);
          }
        : undefined,
      sendStatus(status, next) {
        finish(status.code, (status.metadata?.get(STATUS_DETAILS_KEY).length ?? 0) > 0);
        next(status);
      },
    });
  };
}

export function metricsClientInterceptor(m: PluginMetrics): grpc.Interceptor {
  return (options, nextCall) => {
    const d = options.method_definition;
    const g = m.grpcMethod(d.path, d.requestStream, d.responseStream);
    const started = process.hrtime.bigint();
    m.grpcClientStarted(g);
    const streaming = d.requestStream || d.responseStream;
    const listener = new grpc.ListenerBuilder().withOnReceiveStatus((status, nextStatus) => {
      m.grpcClientHandled(g, goCodeName(status.code), secondsSince(started));
      nextStatus(status);
    });
    const requester = new grpc.RequesterBuilder();
    if (streaming) {
      listener.withOnReceiveMessage((msg: unknown, next) => {
        m.streamBytes('plugin_to_server', payloadBytes(msg));
        next(msg);
      });
      requester.withSendMessage((msg: unknown, next) => {
        m.streamBytes('server_to_plugin', payloadBytes(msg));
        next(msg);
      });
    }
    const built = listener.build();
    requester.withStart((metadata, _listener, next) => next(metadata, built));
    return new grpc.InterceptingCall(nextCall(options), requester.build());
  };
}

/** Bytes of a stream message's payload: its top-level bytes fields (body, data, …). */
export function payloadBytes(msg: unknown): number {
  if (msg instanceof Uint8Array) return msg.byteLength;
  if (msg === null || typeof msg !== 'object') return 0;
  let n = 0;
  for (const v of Object.values(msg)) if (v instanceof Uint8Array) n += v.byteLength;
  return n;
}

function firstString(values: grpc.MetadataValue[]): string | undefined {
  const v = values[0];
  return typeof v === 'string' ? v : undefined;
}
