/** The language plugin as a hook target: its PluginHooks client and the hooks it implements. */
import { setTimeout as delay } from 'node:timers/promises';
import type * as grpc from '@grpc/grpc-js';

export interface HooksTarget {
  client: grpc.Client;
  implemented: ReadonlySet<string>;
  metadata: () => grpc.Metadata;
  /**
   * A call to this target could not connect: resolves to the process that replaced it once this
   * one is known to have exited (its socket can close before the exit is seen), or to undefined
   * if it stays up or will not be replaced.
   */
  replaced?: () => Promise<HooksTarget | undefined>;
}

/** For `replaced`: whether the target is seen gone (`gone` settles) within `ms`. */
export function goneWithin(gone: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([gone.then(() => true), delay(ms, false, { ref: false })]);
}

/** How long a streaming hook waits for a connection to the plugin before asking for its replacement. */
export const CONNECT_CHECK_MS = 1_000;

/**
 * The target a streaming hook should open its call on. A stream cannot be sent again once its body
 * began to flow, so unlike a unary call (hooks-rpc.ts) it checks first that the plugin accepts
 * connections (immediate when the channel is up), and takes the restarted process if this one
 * just died. A plugin that is only slow to accept keeps its calls.
 */
export async function reachable(t: HooksTarget, checkMs = CONNECT_CHECK_MS): Promise<HooksTarget> {
  if (!t.replaced) return t;
  const up = await new Promise<boolean>((resolve) =>
    t.client.waitForReady(Date.now() + checkMs, (err) => resolve(!err)),
  );
  return up ? t : ((await t.replaced()) ?? t);
}
