/**
 * The Node SDK for mattermost-plugin-bridge plugins.
 *
 *   import { runPlugin } from '@mattermost-plugin-bridge/sdk';
 *   await runPlugin({ hooks: { async MessageWillBePosted({ post }, { api }) { return { post }; } } });
 *
 * Handlers receive the hook's request message and a context with the PluginAPI client; they return
 * the response message (or nothing). Throw AppError to return a Mattermost AppError.
 */
export { runPlugin, type PluginDefinition, type HookHandler, type HookContext } from './runtime.ts';
export { AppError } from './errors.ts';
export type { ApiClient } from './api-client.ts';
