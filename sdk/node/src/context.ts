/** What a hook handler gets besides its request message. */
import type { Logger } from '../../../src/log.ts';
import type { ApiClient } from './api-client.ts';
import type { PluginApi } from './generated/plugin-api.ts';

type Msg = Record<string, unknown>;

/**
 * The context of a handler. With definePlugin, `api` is the typed PluginApi (one method per rpc,
 * see ./generated/plugin-api.ts); with an untyped runPlugin({ hooks }) it is the untyped ApiClient.
 */
export interface HookContext<Api = ApiClient> {
  api: Api;
  log: Logger;
  pluginId: string;
}

/** The context definePlugin's handlers get. */
export type TypedHookContext = HookContext<PluginApi>;

/** A message hook's handler as definePlugin types it: request in, response (or nothing) out. */
export type TypedHookHandler<Req, Res> = (
  request: Req,
  ctx: TypedHookContext,
) => Res | void | Promise<Res | void>;

/** An untyped hook handler (runPlugin with plain objects): any message in, any message out. */
export type HookHandler = (request: Msg, ctx: HookContext) => Msg | void | Promise<Msg | void>;
