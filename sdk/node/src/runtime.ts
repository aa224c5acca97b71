/**
 * Runs a plugin's PluginHooks gRPC server for the bridge: listen on 127.0.0.1, print the
 * go-plugin-gRPC-style handshake line, answer Implemented with the hooks the plugin defines,
 * and call its handlers. The process exits when the bridge closes our stdin or sends SIGTERM.
 */
import * as grpc from '@grpc/grpc-js';
import { loadContract, PACKAGE } from '../../../src/bridge/grpc/contract.ts';
import { startGrpcServer } from '../../../src/bridge/grpc/server.ts';
import { createLogger } from '../../../src/log.ts';
import { createApiClient } from './api-client.ts';
import type { HookContext } from './context.ts';
import { untyped, type Plugin, type UntypedPluginDefinition } from './definition.ts';
import { AppError } from './errors.ts';
import { fileUploadWith } from './file-upload.ts';
import { serveHttpWith } from './http-adapter.ts';
import { failCall } from './call-status.ts';

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

/**
 * Serves the plugin for the bridge (this process was started by mm-bridge). Takes a plugin from
 * definePlugin (typed handlers), or handlers with plain-object messages.
 */
export async function runPlugin(
  plugin: Plugin | UntypedPluginDefinition,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const def = untyped(plugin);
  const target = env.MM_BRIDGE_API_TARGET;
  const token = env.MM_BRIDGE_TOKEN;
  const pluginId = env.MM_BRIDGE_PLUGIN_ID ?? '';
  if (!target || !token) {
    throw new Error(
      'MM_BRIDGE_API_TARGET and MM_BRIDGE_TOKEN are not set: this program is started by mm-bridge',
    );
  }
  const contract = loadContract();
  const hookNames = Object.keys(contract.hooks).filter((n) => n !== 'Implemented');
  const hooks = def.hooks ?? {};
  const unknown = Object.keys(hooks).filter((n) => !hookNames.includes(n) || n in STREAMING_NAMES);
  if (unknown.length)
    throw new Error(`unknown hook name(s): ${unknown.join(', ')}; known: ${hookNames.join(', ')}`);

  const log = createLogger().child({ plugin_id: pluginId });
  const api = createApiClient(contract, target, token);
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
        if (call.metadata.get('authorization')[0] !== `Bearer ${token}`) {
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
      if (call.metadata.get('authorization')[0] !== `Bearer ${token}`) {
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

  const server = await startGrpcServer({
    address: '127.0.0.1:0',
    reflection: contract.reflection,
    services: [{ name: `${PACKAGE}.PluginHooks`, definition: contract.hooks, implementation: impl }],
  });
  process.stdout.write(`1|1|tcp|${server.address}|grpc\n`);

  const stop = async (): Promise<void> => {
    api.close();
    await server.shutdown();
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('error', () => void stop());
  process.stdin.resume();
  process.on('SIGTERM', () => void stop());
}
