/**
 * A client for the bridge's PluginAPI: `api.GetUser({ user_id })` resolves with the response
 * message; Mattermost AppErrors are thrown as AppError, other failures as the gRPC ServiceError.
 */
import * as grpc from '@grpc/grpc-js';
import type { Contract } from '../../../src/bridge/grpc/contract.ts';
import { CHANNEL_OPTIONS } from '../../../src/bridge/grpc/limits.ts';
import { AppError } from './errors.ts';

type Msg = Record<string, unknown>;
export type ApiClient = Record<string, (request?: Msg) => Promise<Msg>> & { close(): void };

export function createApiClient(
  contract: Contract,
  target: string,
  token: string,
  timeoutMs = 30_000,
): ApiClient {
  const Client = grpc.makeGenericClientConstructor(contract.api, 'PluginAPI');
  const client = new Client(target, grpc.credentials.createInsecure(), CHANNEL_OPTIONS);
  const appErrorType = contract.root.lookupType('mattermost.bridge.v1.AppError');
  const call = (method: string, request: Msg = {}): Promise<Msg> => {
    const fn = (client as unknown as Record<string, unknown>)[method];
    if (typeof fn !== 'function') return Promise.reject(new Error(`PluginAPI has no method ${method}`));
    const md = new grpc.Metadata();
    md.set('authorization', `Bearer ${token}`);
    return new Promise((resolve, reject) => {
      (fn as (...a: unknown[]) => void).call(
        client,
        request,
        md,
        { deadline: Date.now() + timeoutMs },
        (err: grpc.ServiceError | null, res: Msg) => {
          if (!err) return resolve(res);
          reject(AppError.fromServiceError(err, appErrorType) ?? err);
        },
      );
    });
  };
  return new Proxy({} as ApiClient, {
    get: (_t, prop) => {
      if (prop === 'close') return () => client.close();
      if (prop === 'then') return undefined; // not a thenable
      return (request?: Msg) => call(String(prop), request);
    },
  });
}
