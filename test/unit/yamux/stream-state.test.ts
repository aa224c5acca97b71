// The two transition functions are the whole stream lifecycle (Go stream.go
// sendFlags/Close and processFlags).
import { describe, expect, it } from 'vitest';
import { Flag } from '../../../src/bridge/yamux/constants.ts';
import {
  inbound,
  outbound,
  StreamState as S,
  streamStateName,
} from '../../../src/bridge/yamux/stream-state.ts';

const { SYN, ACK, FIN, RST } = Flag;

describe('outbound transitions', () => {
  it.each([
    // state, event, flags, next, send, freed
    [S.Init, 'frame', SYN, S.SYNSent, true, false],
    [S.SYNReceived, 'frame', ACK, S.Established, true, false],
    [S.Established, 'frame', 0, S.Established, true, false],
    [S.SYNSent, 'frame', 0, S.SYNSent, true, false],
    [S.SYNSent, 'fin', FIN, S.LocalClose, true, false],
    // Go sets LocalClose before computing flags: no ACK|FIN from Close().
    [S.SYNReceived, 'fin', FIN, S.LocalClose, true, false],
    [S.Established, 'fin', FIN, S.LocalClose, true, false],
    [S.RemoteClose, 'fin', FIN, S.Closed, true, true],
    [S.LocalClose, 'fin', 0, S.LocalClose, false, false],
    [S.Closed, 'fin', 0, S.Closed, false, false],
    [S.Reset, 'fin', 0, S.Reset, false, false],
    [S.Established, 'rst', RST, S.Reset, true, true],
    [S.SYNSent, 'rst', RST, S.Reset, true, true],
    [S.LocalClose, 'rst', RST, S.Reset, true, true],
    [S.RemoteClose, 'rst', RST, S.Reset, true, true],
    [S.Closed, 'rst', 0, S.Closed, false, true],
    [S.Reset, 'rst', 0, S.Reset, false, true],
  ] as const)('%s + %s', (state, event, flags, next, send, freed) => {
    expect(outbound(state, event)).toEqual({ flags, next, send, freed });
  });
});

describe('inbound transitions', () => {
  it('ACK establishes an opened stream', () => {
    expect(inbound(S.SYNSent, ACK)).toMatchObject({ next: S.Established, acked: true, freed: false });
    expect(inbound(S.LocalClose, ACK)).toMatchObject({ next: S.LocalClose, acked: true });
  });

  it('FIN half-closes, or closes after our FIN', () => {
    for (const s of [S.SYNSent, S.SYNReceived, S.Established]) {
      expect(inbound(s, FIN)).toMatchObject({ next: S.RemoteClose, remoteFin: true, freed: false });
    }
    expect(inbound(S.LocalClose, FIN)).toMatchObject({ next: S.Closed, remoteFin: true, freed: true });
  });

  it('ACK|FIN on one frame is honoured as both', () => {
    expect(inbound(S.SYNSent, ACK | FIN)).toMatchObject({
      next: S.RemoteClose,
      acked: true,
      remoteFin: true,
    });
  });

  it('FIN twice is a protocol error (Go ErrUnexpectedFlag)', () => {
    expect(inbound(S.RemoteClose, FIN).unexpected).toBe('unexpected FIN flag in state RemoteClose');
    expect(inbound(S.Reset, FIN).unexpected).toMatch(/state Reset/);
  });

  it('RST resets from any state', () => {
    for (const s of [S.SYNSent, S.SYNReceived, S.Established, S.LocalClose, S.RemoteClose]) {
      expect(inbound(s, RST)).toMatchObject({ next: S.Reset, reset: true, freed: true });
    }
  });

  it('flags 0 and SYN change nothing', () => {
    expect(inbound(S.Established, 0)).toEqual({
      next: S.Established,
      acked: false,
      remoteFin: false,
      reset: false,
      freed: false,
    });
    expect(inbound(S.SYNReceived, SYN).next).toBe(S.SYNReceived);
  });

  it('names states', () => {
    expect(streamStateName(S.LocalClose)).toBe('LocalClose');
  });
});
