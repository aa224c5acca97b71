/** Every fuzz target, in the order scripts/fuzz.ts runs them. */
import { attachRequestTarget } from './attach.ts';
import { gobTarget } from './gob.ts';
import { goPluginHandshakeTarget, languageHandshakeTarget } from './handshake.ts';
import { httpTarget } from './http.ts';
import type { FuzzTarget } from './lib/harness.ts';
import { netrpcConnTarget, netrpcHeadersTarget } from './netrpc.ts';
import { protoTarget } from './proto.ts';
import { yamuxFramesTarget, yamuxSessionTarget } from './yamux.ts';

export const TARGETS: readonly FuzzTarget[] = [
  gobTarget,
  yamuxFramesTarget,
  yamuxSessionTarget,
  netrpcHeadersTarget,
  netrpcConnTarget,
  goPluginHandshakeTarget,
  languageHandshakeTarget,
  protoTarget,
  httpTarget,
  attachRequestTarget,
];

export function targetByName(name: string): FuzzTarget | undefined {
  return TARGETS.find((t) => t.name === name);
}
