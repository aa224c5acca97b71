/**
 * The registration protocol of a remote plugin: a language plugin running in its own container
 * (props.bridge.remote in its bundle) connects to the sidecar's attach port and stays connected.
 * Line based, like the stub's attach protocol, so any language speaks it with a socket:
 *
 *   plugin → sidecar   MM-BRIDGE-REMOTE 1\n  plugin-id: ID\n  token: T\n  hooks: HOST:PORT\n  \n
 *                      (token: the plugin's remote token from the sidecar's --remote-tokens-file;
 *                       hooks: where the sidecar reaches its PluginHooks server, ":PORT" for the
 *                       address the plugin connected from)
 *   sidecar → plugin   OK registered\n   or   ERR <reason>\n and close
 *   sidecar → plugin   ATTACH <api-target> <api-token>\n   the server started the plugin: call the
 *                      PluginAPI at api-target with `authorization: Bearer api-token`; hook calls
 *                      carry the same token
 *   plugin → sidecar   READY\n   the ATTACH took effect (hooks follow at once)
 *   sidecar → plugin   DETACH <reason>\n   the server stopped the plugin; the next ATTACH may come
 *                      on the same connection
 *   sidecar → plugin   BYE <reason>\n then close: a newer registration replaced this one, or the
 *                      sidecar is stopping (connect again)
 *
 * The connection is the liveness signal: when it closes, the sidecar treats the plugin as crashed
 * (its hooks wait for a new registration, then OnActivate is replayed).
 */
import {
  ATTACH_MAGIC,
  parseAttachRequest,
  parseRequest,
  RequestDecoder,
  type AttachRequest,
} from './attach-protocol.ts';
import { joinHostPort } from '../net-address.ts';

export const REMOTE_MAGIC = 'MM-BRIDGE-REMOTE';
export const REMOTE_VERSION = '1';

export interface RemoteRequest {
  pluginId: string;
  token: string;
  /** host:port, or :port for the registering peer's address. */
  hooks: string;
}

const FIELDS: Record<string, keyof RemoteRequest> = {
  'plugin-id': 'pluginId',
  token: 'token',
  hooks: 'hooks',
};

export function parseRemoteRequest(text: string): RemoteRequest {
  return parseRequest(text, {
    magic: REMOTE_MAGIC,
    version: REMOTE_VERSION,
    noun: 'remote registration',
    fields: FIELDS,
    upgrade: 'use the SDK of this mm-bridge version',
  });
}

/** What arrives on the sidecar's attach port: a stub's attach or a remote plugin's registration. */
export type SidecarRequest = ({ kind: 'attach' } & AttachRequest) | ({ kind: 'remote' } & RemoteRequest);

export function sidecarRequestDecoder(): RequestDecoder<SidecarRequest> {
  return new RequestDecoder<SidecarRequest>(
    (text) =>
      text.startsWith(`${REMOTE_MAGIC} `)
        ? { kind: 'remote', ...parseRemoteRequest(text) }
        : { kind: 'attach', ...parseAttachRequest(text) },
    [ATTACH_MAGIC, REMOTE_MAGIC],
  );
}

/** host:port the sidecar dials for the plugin's hooks; ":PORT" takes the registering peer's host. */
export function hooksAddress(hooks: string, peer: string): string {
  const m = /^(.*):(\d{1,5})$/.exec(hooks);
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 1 || port > 65535)
    throw new Error(
      `hooks must be HOST:PORT or :PORT (the PluginHooks server), got ${JSON.stringify(hooks)}`,
    );
  return m[1] ? `${m[1]}:${port}` : joinHostPort(peer, port);
}
