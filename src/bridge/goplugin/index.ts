export * from './handshake.ts';
export { MuxBroker, ACCEPT_TIMEOUT_MS, readExactly } from './broker.ts';
export {
  servePlugin,
  serveHostConnection,
  type HostConnectionOptions,
  type PluginServer,
  type PluginServerOptions,
  type HostConnection,
} from './plugin-server.ts';
export { HostClient, type LaunchOptions } from './host-client.ts';
