/**
 * definePlugin: a plugin's handlers, checked by the compiler against the contract — a hook name
 * that does not exist, a request field that is not there or a response of the wrong shape is a
 * compile error. `await runPlugin(definePlugin({ … }))` runs it.
 */
import type { HookHandler } from './context.ts';
import type { FileUploadHandler, FileUploadHook } from './file-upload.ts';
import type { Hooks } from './generated/plugin-hooks.ts';
import type { HttpHandler, NodeHttpHandler } from './http-adapter.ts';

export interface PluginDefinition {
  /** Message hooks by Go name (OnActivate, MessageWillBePosted, ExecuteCommand, …). */
  hooks?: Hooks;
  /** ServeHTTP: a Node (req, res) handler — an express app mounts directly; see `req.mattermost`. */
  serveHttp?: HttpHandler;
  /** ServeMetrics: same shape, served at the server's plugin metrics endpoint. */
  serveMetrics?: HttpHandler;
  /** FileWillBeUploaded: the upload as a stream; return a replacement, a FileInfo or a rejection. */
  fileWillBeUploaded?: FileUploadHook;
}

/** runPlugin's untyped form: handlers by hook name, messages as plain objects. */
export interface UntypedPluginDefinition {
  hooks?: Record<string, HookHandler>;
  serveHttp?: NodeHttpHandler;
  serveMetrics?: NodeHttpHandler;
  fileWillBeUploaded?: FileUploadHandler;
}

/** A plugin made by definePlugin, for runPlugin. */
export class Plugin {
  constructor(readonly definition: PluginDefinition) {}
}

export function definePlugin(definition: PluginDefinition): Plugin {
  return new Plugin(definition);
}

/** The definition runPlugin serves: the typed handlers take untyped messages as well at run time. */
export function untyped(def: UntypedPluginDefinition | Plugin): UntypedPluginDefinition {
  return def instanceof Plugin ? (def.definition as unknown as UntypedPluginDefinition) : def;
}
