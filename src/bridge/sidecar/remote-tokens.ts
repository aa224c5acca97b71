/**
 * The tokens that authenticate remote plugins (--remote-tokens-file, MM_BRIDGE_REMOTE_TOKENS_FILE):
 * a JSON object mapping plugin ids to tokens, provisioned by the operator, one token per plugin so
 * a plugin's container cannot register as another plugin. The file is read at each registration:
 * a token is rotated by editing the file (a Kubernetes Secret update), without a restart.
 */
import { readFileSync } from 'node:fs';
import { sameSecret } from '../grpc/bearer.ts';

/** Shortest token accepted (openssl rand -hex 32 gives 64 characters). */
export const MIN_REMOTE_TOKEN_LENGTH = 16;

export class RemoteTokensError extends Error {
  override readonly name = 'RemoteTokensError';
}

/** Reads and checks the file; throws RemoteTokensError saying what to fix. */
export function readRemoteTokens(file: string): ReadonlyMap<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new RemoteTokensError(
      `cannot read the remote tokens file ${file}: ${(err as Error).message} (it must be JSON {"<plugin id>": "<token>", ...}, readable by the sidecar's user)`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new RemoteTokensError(
      `the remote tokens file ${file} must hold a JSON object {"<plugin id>": "<token>", ...}`,
    );
  const out = new Map<string, string>();
  for (const [id, token] of Object.entries(parsed)) {
    if (typeof token !== 'string' || token.length < MIN_REMOTE_TOKEN_LENGTH)
      throw new RemoteTokensError(
        `the remote token of ${JSON.stringify(id)} in ${file} must be a string of at least ${MIN_REMOTE_TOKEN_LENGTH} characters (use openssl rand -hex 32)`,
      );
    out.set(id, token);
  }
  return out;
}

/** Why a registration is refused, or undefined when its token is the plugin's. */
export function checkRemoteToken(
  file: string | undefined,
  pluginId: string,
  token: string,
): string | undefined {
  if (!file)
    return 'remote plugins are not enabled on this sidecar: start it with --remote-tokens-file (MM_BRIDGE_REMOTE_TOKENS_FILE)';
  let tokens: ReadonlyMap<string, string>;
  try {
    tokens = readRemoteTokens(file);
  } catch (err) {
    return (err as Error).message;
  }
  const expected = tokens.get(pluginId);
  // Compared even when the plugin has no entry, so timing does not tell which ids are configured.
  const same = sameSecret(token, expected ?? '');
  if (expected === undefined || !same)
    return `wrong remote token for plugin ${JSON.stringify(pluginId)}: set MM_BRIDGE_REMOTE_TOKEN to its entry in the sidecar's remote tokens file`;
  return undefined;
}
