/**
 * The go-plugin handshake (hashicorp/go-plugin server.go `Serve`, client.go `Start`):
 * the host passes a magic cookie and the protocol versions it speaks in the environment;
 * the plugin answers with one stdout line `CORE|APP|NETWORK|ADDR|PROTOCOL|CERT`.
 */

export const CORE_PROTOCOL_VERSION = 1;

/** Mattermost's HandshakeConfig (server/public/plugin/api.go, `var handshake`). */
export const MATTERMOST_HANDSHAKE = {
  protocolVersion: 1,
  magicCookieKey: 'MATTERMOST_PLUGIN',
  magicCookieValue: 'Securely message teams, anywhere.',
} as const;

export interface HandshakeLine {
  coreVersion: number;
  appVersion: number;
  network: 'unix' | 'tcp';
  address: string;
  protocol: 'netrpc' | 'grpc';
  serverCert: string;
}

export function formatHandshake(h: Omit<HandshakeLine, 'coreVersion' | 'serverCert'>): string {
  return `${CORE_PROTOCOL_VERSION}|${h.appVersion}|${h.network}|${h.address}|${h.protocol}|\n`;
}

export class HandshakeError extends Error {
  override readonly name = 'HandshakeError';
}

/** Parses a handshake line the way go-plugin's host does, with errors that say what to fix. */
export function parseHandshake(
  line: string,
  allowed: ReadonlyArray<'netrpc' | 'grpc'> = ['netrpc'],
): HandshakeLine {
  const parts = line.trim().split('|');
  if (parts.length < 4) {
    throw new HandshakeError(
      `unrecognized remote plugin message: ${JSON.stringify(line.slice(0, 200))}; ` +
        'the first stdout line must be the handshake CORE|APP|NETWORK|ADDR|PROTOCOL (nothing may be printed before it)',
    );
  }
  const [core, app, network, address, protocol = 'netrpc', cert = ''] = parts as [
    string,
    string,
    string,
    string,
    ...string[],
  ];
  const coreVersion = Number(core);
  if (coreVersion !== CORE_PROTOCOL_VERSION) {
    throw new HandshakeError(
      `incompatible core API version with plugin: plugin sent ${core}, expected ${CORE_PROTOCOL_VERSION}`,
    );
  }
  const appVersion = Number(app);
  if (!Number.isInteger(appVersion))
    throw new HandshakeError(`error parsing protocol version ${JSON.stringify(app)}`);
  if (network !== 'unix' && network !== 'tcp') throw new HandshakeError(`unknown address type: ${network}`);
  if (protocol !== 'netrpc' && protocol !== 'grpc')
    throw new HandshakeError(`unsupported plugin protocol ${JSON.stringify(protocol)}`);
  if (!allowed.includes(protocol)) {
    throw new HandshakeError(
      `unsupported plugin protocol ${JSON.stringify(protocol)}; supported: ${allowed.join(', ')}`,
    );
  }
  return { coreVersion, appVersion, network, address, protocol, serverCert: cert };
}

/**
 * Version negotiation as go-plugin's `protocolVersion`: the highest of our versions the host also
 * lists in PLUGIN_PROTOCOL_VERSIONS (bad entries ignored), else our lowest.
 */
export function negotiateVersion(envValue: string | undefined, ours: readonly number[] = [1]): number {
  const theirs = new Set(
    (envValue ?? '')
      .split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n)),
  );
  const sorted = [...ours].sort((a, b) => b - a);
  return sorted.find((v) => theirs.has(v)) ?? Math.min(...ours);
}

/** The cookie check a go-plugin plugin does before anything else. */
export function checkMagicCookie(env: NodeJS.ProcessEnv): string | undefined {
  const { magicCookieKey, magicCookieValue } = MATTERMOST_HANDSHAKE;
  if (env[magicCookieKey] === magicCookieValue) return undefined;
  return (
    'This binary is a plugin. These are not meant to be executed directly.\n' +
    'Please execute the program that consumes these plugins, which will\n' +
    'load any plugins automatically\n'
  );
}
