/**
 * In-process mode, the bridge's side (props.bridge.in_process): the bridge imports the plugin's
 * module in its own process and calls its hooks without gRPC sockets or a second process. The plugin
 * code is the same as out of process: its `runPlugin(plugin)` hands the plugin over instead of
 * serving (or the module's default export is the plugin). Messages still pass through the
 * contract's message types (src/bridge/grpc/in-process.ts), so handlers see what they would over
 * gRPC.
 */
import type * as grpc from '@grpc/grpc-js';
import type { Contract } from '../../../src/bridge/grpc/contract.ts';
import type { Logger } from '../../../src/log.ts';
import { createApiClient } from './api-client.ts';
import { hooksImplementation, IN_PROCESS_SLOT } from './hooks-service.ts';

export interface InProcessOptions {
  contract: Contract;
  /** A PluginAPI client that calls the bridge's implementation in process. */
  api: grpc.Client;
  token: string;
  pluginId: string;
  log: Logger;
}

export interface InProcessPlugin {
  implementation: grpc.UntypedServiceImplementation;
  close(): void;
}

let loading: Promise<unknown> = Promise.resolve();

/** Imports the plugin module at `url` and returns its PluginHooks implementation. One load at a time. */
export function loadInProcessPlugin(url: string, o: InProcessOptions): Promise<InProcessPlugin> {
  const run = loading.catch(() => {}).then(() => load(url, o));
  loading = run;
  return run;
}

async function load(url: string, o: InProcessOptions): Promise<InProcessPlugin> {
  const slot = globalThis as Record<symbol, unknown>;
  let handed: unknown;
  slot[IN_PROCESS_SLOT] = (plugin: unknown) => (handed ??= plugin);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } finally {
    delete slot[IN_PROCESS_SLOT];
  }
  const plugin = handed ?? mod.default;
  if (!plugin || typeof plugin !== 'object')
    throw new Error(
      `${url} neither called runPlugin(plugin) nor exported a plugin as default: an in-process module does one of them`,
    );
  const api = createApiClient(o.contract, o.api, o.token);
  const implementation = hooksImplementation(plugin as Parameters<typeof hooksImplementation>[0], {
    contract: o.contract,
    api,
    log: o.log,
    pluginId: o.pluginId,
    token: o.token,
  });
  return { implementation, close: () => api.close() };
}
