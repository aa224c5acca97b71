/**
 * Kinds of Go plugin protocol errors between the Mattermost server and the bridge, as the `kind`
 * label of mattermost_bridge_protocol_errors_total: a fixed set (yamux error codes, net/rpc
 * failure classes), so the label stays bounded whatever the error text.
 */
import { YamuxError, YamuxErrorCode } from '../bridge/yamux/errors.ts';

export type ProtocolLayer = 'netrpc' | 'yamux';

const yamuxKind = (code: string): string => code.replace(/^ERR_YAMUX_/, '').toLowerCase();

export const PROTOCOL_ERROR_KINDS: Readonly<Record<ProtocolLayer, readonly string[]>> = {
  // decode: a malformed request stream (the connection is closed); dispense: the hooks plugin could
  // not be set up for a host connection.
  netrpc: ['decode', 'dispense', 'other'],
  yamux: [...Object.values(YamuxErrorCode).map(yamuxKind), 'other'],
};

/** A yamux session error (the cause a session closed with). */
export function yamuxErrorKind(err: unknown): string {
  return err instanceof YamuxError ? yamuxKind(err.code) : 'other';
}

/**
 * An error reported through servePlugin's onError: net/rpc failures, plus the yamux session error
 * re-wrapped as text (undefined then: it is counted from the session itself, with its code).
 */
export function classifyServeError(err: Error): { layer: ProtocolLayer; kind: string } | undefined {
  const m = err.message;
  if (m.startsWith('yamux session: ')) return undefined;
  if (m.startsWith('rpc: server cannot decode request')) return { layer: 'netrpc', kind: 'decode' };
  if (m.startsWith('dispense ')) return { layer: 'netrpc', kind: 'dispense' };
  return { layer: 'netrpc', kind: 'other' };
}
