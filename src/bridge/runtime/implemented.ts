/**
 * Asks a language plugin which hooks it implements (PluginHooks.Implemented) and keeps those the
 * bridge can carry; the others are dropped with a warning. The process supervisor and the
 * in-process runner both ask on every start.
 */
import type * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../log.ts';
import { callUnary } from '../mattermost/unary.ts';

export interface ImplementedQuery {
  /** The proto field of ImplementedResponse that lists the hooks. */
  implementedField: string;
  /** Hook names the bridge can carry. */
  known: ReadonlySet<string>;
  log: Logger;
}

export async function askImplemented(
  client: grpc.Client,
  metadata: grpc.Metadata,
  q: ImplementedQuery,
  timeoutMs: number,
): Promise<Set<string>> {
  const res = await callUnary(client, 'Implemented', {}, metadata, timeoutMs);
  const names = (res[q.implementedField] ?? []) as string[];
  const unknown = names.filter((n) => !q.known.has(n));
  if (unknown.length)
    q.log.warn({ hooks: unknown }, 'the language plugin lists hooks the bridge cannot carry; ignored');
  return new Set(names.filter((n) => q.known.has(n)));
}
