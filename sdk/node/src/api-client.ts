/**
 * PluginAPI clients. One runtime object (./service-client.ts) with two types:
 *  - PluginApiClient, typed from the contract (./generated/plugin-api.ts):
 *    `(await api.GetUser({ user_id })).user?.username`; what definePlugin's handlers get;
 *  - ApiClient, untyped (any method name, plain-object messages); what runPlugin's untyped
 *    handlers get, and what code calling methods by name needs.
 * Mattermost AppErrors are thrown as AppError, other failures as the gRPC ServiceError.
 */
import type { Client } from '@grpc/grpc-js';
import type { Contract } from '../../../src/bridge/grpc/contract.ts';
import { PACKAGE } from '../../../src/bridge/grpc/contract.ts';
import { PLUGIN_API_METHODS, type PluginApi } from './generated/plugin-api.ts';
import { PLUGIN_DRIVER_METHODS, type PluginDriver } from './generated/plugin-driver.ts';
import { createServiceClient } from './service-client.ts';

type Msg = Record<string, unknown>;

/** host:port, a client (in-process), or the current client (remote mode: see ./remote.ts). */
export type ApiTarget = string | Client | (() => Client);
/** The plugin token, or the current one (remote mode). */
export type ApiToken = string | (() => string);

export type PluginApiClient = PluginApi & { close(): void };
export type ApiClient = Record<string, (request?: Msg, ...rest: unknown[]) => Promise<Msg>> & {
  close(): void;
};
export type DriverClient = PluginDriver & { close(): void };

/** The typed PluginAPI client for the bridge at `target` (MM_BRIDGE_API_TARGET, or an in-process client). */
export function createPluginApi(
  contract: Contract,
  target: ApiTarget,
  token: ApiToken,
  timeoutMs = 30_000,
): PluginApiClient {
  return createServiceClient({
    definition: contract.api,
    service: 'PluginAPI',
    methods: PLUGIN_API_METHODS,
    target,
    token,
    timeoutMs,
    appErrorType: contract.root.lookupType(`${PACKAGE}.AppError`),
  }) as unknown as PluginApiClient;
}

/** The same client, untyped. */
export function createApiClient(
  contract: Contract,
  target: ApiTarget,
  token: ApiToken,
  timeoutMs = 30_000,
): ApiClient {
  return createPluginApi(contract, target, token, timeoutMs) as unknown as ApiClient;
}

/** The PluginDriver client (the server's database driver, plugin.Driver), same conventions. */
export function createDriverClient(
  contract: Contract,
  target: ApiTarget,
  token: ApiToken,
  timeoutMs = 30_000,
): DriverClient {
  return createServiceClient({
    definition: contract.driver,
    service: 'PluginDriver',
    methods: PLUGIN_DRIVER_METHODS,
    target,
    token,
    timeoutMs,
    appErrorType: contract.root.lookupType(`${PACKAGE}.AppError`),
  }) as unknown as DriverClient;
}
