/**
 * Wraps the net/rpc `Plugin` methods the Mattermost server calls, to measure each hook as the server
 * side of the bridge sees it (request decoded → reply encoded) and, at debug level, log one JSON line
 * per hook with plugin id, hook, outcome, duration and the plugin.Context request id. When neither
 * metrics nor debug logging is on, the original handler runs with nothing in between but one
 * level check.
 */
import { secondsSince } from '../clock.ts';
import type { GobStruct, GobValue } from '../bridge/gob/types.ts';
import type { Reply, RpcHandler } from '../bridge/netrpc/index.ts';
import type { Logger } from '../log.ts';
import type { Outcome, PluginMetrics } from './bridge-metrics.ts';

export interface HookInstrumentationOptions {
  pluginId: string;
  metrics: PluginMetrics | undefined;
  log: Logger;
  /** Whether a hook's reply carries an error value (an AppError or error result). */
  failed: (hook: string, reply: Reply) => boolean;
}

export function instrumentHooks(
  handlers: Record<string, RpcHandler>,
  o: HookInstrumentationOptions,
): Record<string, RpcHandler> {
  const out: Record<string, RpcHandler> = {};
  for (const [name, handler] of Object.entries(handlers)) out[name] = instrument(name, handler, o);
  return out;
}

function instrument(hook: string, handler: RpcHandler, o: HookInstrumentationOptions): RpcHandler {
  const { metrics: m, log } = o;
  return async (arg) => {
    const debug = log.isLevelEnabled('debug');
    if (!m && !debug) return handler(arg);
    const started = process.hrtime.bigint();
    m?.hookStarted();
    let outcome: Outcome = 'error';
    try {
      const reply = await handler(arg);
      outcome = o.failed(hook, reply) ? 'app_error' : 'ok';
      return reply;
    } finally {
      const seconds = secondsSince(started);
      m?.hookFinished(hook, seconds, outcome);
      if (debug)
        log.debug(
          {
            plugin_id: o.pluginId,
            hook,
            outcome,
            duration_ms: Math.round(seconds * 1e6) / 1e3,
            request_id: requestId(arg.value),
          },
          'hook',
        );
    }
  };
}

/** plugin.Context.RequestId of a hook whose first argument is the Context (most hooks). */
export function requestId(args: GobValue): string | undefined {
  const first = (args as GobStruct | null)?.A;
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return undefined;
  const id = (first as GobStruct).RequestId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
