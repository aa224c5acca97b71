/**
 * The Node SDK for mattermost-plugin-bridge plugins.
 *
 *   import { definePlugin, runPlugin } from '@mattermost-plugin-bridge/sdk';
 *   await runPlugin(
 *     definePlugin({
 *       hooks: {
 *         async MessageWillBePosted({ post }, { api }) {
 *           return { post: { ...post, message: post?.message?.toUpperCase() } };
 *         },
 *       },
 *     }),
 *   );
 *
 * Handlers receive the hook's request message and a context with the PluginAPI client; they return
 * the response message (or nothing). Throw AppError to return a Mattermost AppError. Message and
 * client types are generated from the contract (./generated), so hook names, fields and API calls
 * are checked by the compiler. runPlugin also takes untyped handlers ({ hooks: { Name(req, ctx) } }).
 */
export { runPlugin } from './runtime.ts';
export { definePlugin, Plugin, type PluginDefinition, type UntypedPluginDefinition } from './definition.ts';
export type { HookContext, HookHandler, TypedHookContext, TypedHookHandler } from './context.ts';
export { AppError } from './errors.ts';
export {
  createApiClient,
  createDriverClient,
  createPluginApi,
  type ApiClient,
  type DriverClient,
  type PluginApiClient,
} from './api-client.ts';
export type { Body, CallOptions, StreamedResponse } from './api-types.ts';
export type { FileUploadHandler, FileUploadHook, FileUploadResult } from './file-upload.ts';
export type {
  HttpHandler,
  MattermostRequest,
  MattermostRequestInfo,
  NodeHttpHandler,
} from './http-adapter.ts';
export type { Bytes, Enum, Form, Int64 } from './proto-types.ts';
export * from './generated/index.ts';
