/**
 * The PluginHooks service of a plugin: the gRPC handlers that answer Implemented with the hooks the
 * plugin defines and call its handlers (AppError thrown → the AppError status the bridge maps back).
 * Served over gRPC by runPlugin, or called in the bridge's own process (in-process mode).
 */
import * as grpc from '@grpc/grpc-js';
import { hasBearer } from '../../../src/bridge/grpc/bearer.ts';
import { PACKAGE, type Contract } from '../../../src/bridge/grpc/contract.ts';
import type { Logger } from '../../../src/log.ts';
import type { ApiClient } from './api-client.ts';
import { failCall } from './call-status.ts';
import type { HookContext } from './context.ts';
import { untyped, type Plugin, type UntypedPluginDefinition } from './definition.ts';
import { AppError } from './errors.ts';
import { fileUploadWith } from './file-upload.ts';
import { serveHttpWith } from './http-adapter.ts';

/** Set by the bridge while it imports an in-process plugin module: runPlugin hands the plugin to it. */
export const IN_PROCESS_SLOT = Symbol.for('mattermost-plugin-bridge.in-process');

type Msg = Record<string, unknown>;

const STREAMING_NAMES = { ServeHTTP: 1, ServeMetrics: 1, FileWillBeUploaded: 1 } as const;

type StreamHandler = (call: grpc.ServerDuplexStream<Msg, Msg>) => void;

function streamingHooks(def: UntypedPluginDefinition, ctx: HookContext): Record<string, StreamHandler> {
  const out: Record<string, StreamHandler> = {};
  if (def.serveHttp) out.ServeHTTP = serveHttpWith(def.serveHttp, ctx);
  if (def.serveMetrics) out.ServeMetrics = serveHttpWith(def.serveMetrics, ctx);
  if (def.fileWillBeUploaded) out.FileWillBeUploaded = fileUploadWith(def.fileWillBeUploaded, ctx);
  return out;
}

export interface HooksServiceOptions {
  contract: Contract;
  api: ApiClient;
  log: Logger;
  pluginId: string;
  /** The token the bridge sends with every hook call (remote mode: the current attach's, or ''). */
  token: string | (() => string);
}

export function hooksImplementation(
  plugin: Plugin | UntypedPluginDefinition,
  o: HooksServiceOptions,
): grpc.UntypedServiceImplementation {
  const def = untyped(plugin);
  const hookNames = Object.keys(o.contract.hooks).filter((n) => n !== 'Implemented');
  const hooks = def.hooks ?? {};
  const unknown = Object.keys(hooks).filter((n) => !hookNames.includes(n) || n in STREAMING_NAMES);
  if (unknown.length)
    throw new Error(`unknown hook name(s): ${unknown.join(', ')}; known: ${hookNames.join(', ')}`);

  const { contract, api, log, pluginId } = o;
  const token = o.token;
  const fromBridge = (md: grpc.Metadata): boolean =>
    hasBearer(md, typeof token === 'string' ? token : token());
  const ctx: HookContext = { api, log, pluginId };
  const streams = streamingHooks(def, ctx);
  const appErrorType = contract.root.lookupType(`${PACKAGE}.AppError`);
  const implementedField =
    contract.root.lookupType(`${PACKAGE}.ImplementedResponse`).fieldsArray[0]?.name ?? 'hooks';

  const impl: grpc.UntypedServiceImplementation = {};
  const refuse = (code: grpc.status, details: string): Error =>
    Object.assign(new Error(details), { code, details });
  for (const name of Object.keys(contract.hooks)) {
    if (name in STREAMING_NAMES) {
      const handler = streams[name];
      impl[name] = (call: grpc.ServerDuplexStream<Msg, Msg>) => {
        if (!fromBridge(call.metadata)) {
          return failCall(
            call,
            refuse(grpc.status.UNAUTHENTICATED, 'hooks may only be called by the bridge'),
          );
        }
        if (!handler)
          return failCall(call, refuse(grpc.status.UNIMPLEMENTED, `hook ${name} is not implemented`));
        handler(call);
      };
      continue;
    }
    impl[name] = (call: grpc.ServerUnaryCall<Msg, Msg>, cb: grpc.sendUnaryData<Msg>) => {
      if (!fromBridge(call.metadata)) {
        return cb({ code: grpc.status.UNAUTHENTICATED, details: 'hooks may only be called by the bridge' });
      }
      if (name === 'Implemented') {
        return cb(null, { [implementedField]: [...Object.keys(hooks), ...Object.keys(streams)] });
      }
      const handler = hooks[name];
      if (!handler)
        return cb({ code: grpc.status.UNIMPLEMENTED, details: `hook ${name} is not implemented` });
      Promise.resolve()
        .then(() => handler(call.request, ctx))
        .then(
          (res) => cb(null, res ?? {}),
          (err: unknown) => {
            if (err instanceof AppError) return cb(err.toStatus(appErrorType));
            log.error(
              { hook: name, error: err instanceof Error ? err.stack : String(err) },
              'hook handler failed',
            );
            cb({ code: grpc.status.UNKNOWN, details: err instanceof Error ? err.message : String(err) });
          },
        );
    };
  }

  return impl;
}
