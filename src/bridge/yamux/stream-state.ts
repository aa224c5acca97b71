// The stream lifecycle, as two pure functions (Go stream.go sendFlags/Close for
// outbound, processFlags for inbound). Everything else in stream.ts only applies
// the outcome, so these two functions are the whole state machine.
import { Flag } from './constants.ts';

export const StreamState = {
  /** Created by open(), SYN not yet sent. */
  Init: 0,
  /** We sent SYN, no ACK yet. */
  SYNSent: 1,
  /** Peer sent SYN, we have not ACKed yet (stream sits in the accept backlog). */
  SYNReceived: 2,
  Established: 3,
  /** We sent FIN; reads continue until the peer's FIN. */
  LocalClose: 4,
  /** Peer sent FIN; writes still allowed until we FIN. */
  RemoteClose: 5,
  /** Both FINs exchanged. */
  Closed: 6,
  /** RST sent or received. */
  Reset: 7,
} as const;
export type StreamState = (typeof StreamState)[keyof typeof StreamState];

const NAMES = [
  'Init',
  'SYNSent',
  'SYNReceived',
  'Established',
  'LocalClose',
  'RemoteClose',
  'Closed',
  'Reset',
];

export function streamStateName(s: StreamState): string {
  return NAMES[s] ?? `Unknown(${s})`;
}

/** What we are about to send: any frame (Data / WindowUpdate), a half-close, or a reset. */
export type OutboundEvent = 'frame' | 'fin' | 'rst';

export interface OutboundOutcome {
  /** Flags the frame must carry. */
  flags: number;
  next: StreamState;
  /** False when there is nothing to send (e.g. FIN twice, RST on a finished stream). */
  send: boolean;
  /** Both sides are done: remove the stream from the session. */
  freed: boolean;
}

/**
 * Outbound transitions. 'frame': the first frame of a stream carries SYN (opener)
 * or ACK (acceptor). 'fin': Go's Close() - note Go moves to LocalClose *before*
 * computing flags, so a FIN never carries a pending ACK. 'rst': hard close.
 */
export function outbound(state: StreamState, event: OutboundEvent): OutboundOutcome {
  const S = StreamState;
  switch (event) {
    case 'frame':
      if (state === S.Init) return { flags: Flag.SYN, next: S.SYNSent, send: true, freed: false };
      if (state === S.SYNReceived) return { flags: Flag.ACK, next: S.Established, send: true, freed: false };
      return { flags: 0, next: state, send: true, freed: false };
    case 'fin':
      if (state === S.SYNSent || state === S.SYNReceived || state === S.Established) {
        return { flags: Flag.FIN, next: S.LocalClose, send: true, freed: false };
      }
      if (state === S.RemoteClose) return { flags: Flag.FIN, next: S.Closed, send: true, freed: true };
      return { flags: 0, next: state, send: false, freed: false };
    case 'rst':
      if (state === S.Closed || state === S.Reset) return { flags: 0, next: state, send: false, freed: true };
      return { flags: Flag.RST, next: S.Reset, send: true, freed: true };
  }
}

export interface InboundOutcome {
  next: StreamState;
  /** ACK seen: an open of ours is now established (release its SYN slot / timer). */
  acked: boolean;
  /** FIN seen: the readable side ends once buffered data is consumed. */
  remoteFin: boolean;
  /** RST seen. */
  reset: boolean;
  /** Stream finished (both FINs, or RST): remove it from the session. */
  freed: boolean;
  /** Set when the flags are not allowed in this state (Go ErrUnexpectedFlag). */
  unexpected?: string;
}

/** Inbound transitions for the flags of a Data or WindowUpdate frame (Go processFlags). */
export function inbound(state: StreamState, flags: number): InboundOutcome {
  const S = StreamState;
  const out: InboundOutcome = { next: state, acked: false, remoteFin: false, reset: false, freed: false };
  if ((flags & Flag.ACK) !== 0) {
    if (out.next === S.SYNSent) out.next = S.Established;
    out.acked = true;
  }
  if ((flags & Flag.FIN) !== 0) {
    if (out.next === S.SYNSent || out.next === S.SYNReceived || out.next === S.Established) {
      out.next = S.RemoteClose;
      out.remoteFin = true;
    } else if (out.next === S.LocalClose) {
      out.next = S.Closed;
      out.remoteFin = true;
      out.freed = true;
    } else {
      out.unexpected = `unexpected FIN flag in state ${streamStateName(out.next)}`;
      return out;
    }
  }
  if ((flags & Flag.RST) !== 0) {
    out.next = S.Reset;
    out.reset = true;
    out.freed = true;
  }
  return out;
}
