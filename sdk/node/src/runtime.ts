/**
 * Runs a plugin's PluginHooks gRPC server for the bridge (./hooks-service.ts): listen on 127.0.0.1,
 * print the go-plugin-gRPC-style handshake line. The process exits when the bridge closes our stdin
 * or sends SIGTERM. With MM_BRIDGE_REMOTE set, the plugin registers with a sidecar instead
 * (./remote.ts) and runs until SIGTERM.
 */
import { loadContract, PACKAGE } from '../../../src/bridge/grpc/contract.ts';
import { startGrpcServer } from '../../../src/bridge/grpc/server.ts';
import { createLogger } from '../../../src/log.ts';
import { createApiClient } from './api-client.ts';
import { type Plugin, type UntypedPluginDefinition } from './definition.ts';
import { hooksImplementation, IN_PROCESS_SLOT } from './hooks-service.ts';
import { Attachment, Registration, remoteSettings } from './remote.ts';

/**
 * Serves the plugin for the bridge (this process was started by mm-bridge). Takes a plugin from
 * definePlugin (typed handlers), or handlers with plain-object messages. Inside the bridge process
 * (props.bridge.in_process), the same call hands the plugin to the bridge instead.
 */
export async function runPlugin(
  plugin: Plugin | UntypedPluginDefinition,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const inProcess = (globalThis as Record<symbol, unknown>)[IN_PROCESS_SLOT];
  if (typeof inProcess === 'function') return void (inProcess as (p: unknown) => void)(plugin);
  if (env.MM_BRIDGE_REMOTE) return runRemote(plugin, env);
  const target = env.MM_BRIDGE_API_TARGET;
  const token = env.MM_BRIDGE_TOKEN;
  const pluginId = env.MM_BRIDGE_PLUGIN_ID ?? '';
  if (!target || !token) {
    throw new Error(
      'MM_BRIDGE_API_TARGET and MM_BRIDGE_TOKEN are not set: this program is started by mm-bridge',
    );
  }
  const contract = loadContract();
  const log = createLogger().child({ plugin_id: pluginId });
  const api = createApiClient(contract, target, token);
  const impl = hooksImplementation(plugin, { contract, api, log, pluginId, token });

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

/** Remote mode: serve PluginHooks where the sidecar can reach it and stay registered. */
async function runRemote(plugin: Plugin | UntypedPluginDefinition, env: NodeJS.ProcessEnv): Promise<void> {
  const settings = remoteSettings(env);
  const { pluginId } = settings;
  const contract = loadContract();
  const log = createLogger().child({ plugin_id: pluginId });
  const attachment = new Attachment(contract);
  const api = createApiClient(contract, attachment.apiClient, attachment.token);
  const impl = hooksImplementation(plugin, { contract, api, log, pluginId, token: attachment.token });
  const server = await startGrpcServer({
    address: settings.hooksListen,
    reflection: contract.reflection,
    services: [{ name: `${PACKAGE}.PluginHooks`, definition: contract.hooks, implementation: impl }],
  });
  log.info({ hooks: server.address, sidecar: env.MM_BRIDGE_REMOTE }, 'remote plugin serving PluginHooks');
  const registration = new Registration({ settings, hooksPort: server.port, attachment, log });
  const stop = async (): Promise<void> => {
    registration.stop();
    await server.shutdown();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}
