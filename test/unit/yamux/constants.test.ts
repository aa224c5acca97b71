// Every wire constant pinned to its number (hashicorp/yamux v0.1.2 const.go, mux.go).
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/bridge/yamux/config.ts';
import {
  FIRST_CLIENT_STREAM_ID,
  FIRST_SERVER_STREAM_ID,
  Flag,
  FrameType,
  GoAwayCode,
  HEADER_SIZE,
  INITIAL_STREAM_WINDOW,
  LAST_STREAM_ID,
  PROTO_VERSION,
} from '../../../src/bridge/yamux/constants.ts';
import { YamuxErrorCode } from '../../../src/bridge/yamux/errors.ts';

describe('yamux wire constants', () => {
  it('version and header size', () => {
    expect(PROTO_VERSION).toBe(0);
    expect(HEADER_SIZE).toBe(12);
  });

  it('frame types', () => {
    expect(FrameType).toEqual({ Data: 0, WindowUpdate: 1, Ping: 2, GoAway: 3 });
  });

  it('flags are distinct bits', () => {
    expect(Flag).toEqual({ SYN: 1, ACK: 2, FIN: 4, RST: 8 });
  });

  it('GoAway codes', () => {
    expect(GoAwayCode).toEqual({ Normal: 0, ProtocolError: 1, InternalError: 2 });
  });

  it('initial window is 256 KiB', () => {
    expect(INITIAL_STREAM_WINDOW).toBe(262144);
  });

  it('stream id parity and exhaustion limit', () => {
    expect(FIRST_CLIENT_STREAM_ID).toBe(1);
    expect(FIRST_SERVER_STREAM_ID).toBe(2);
    expect(LAST_STREAM_ID).toBe(0xfffffffe);
  });
});

describe('DefaultConfig (go-plugin passes nil => yamux.DefaultConfig())', () => {
  it('matches mux.go DefaultConfig in milliseconds', () => {
    expect(DEFAULT_CONFIG).toMatchObject({
      acceptBacklog: 256,
      enableKeepAlive: true,
      keepAliveIntervalMs: 30_000,
      connectionWriteTimeoutMs: 10_000,
      maxStreamWindowSize: 262_144,
      streamOpenTimeoutMs: 75_000,
      streamCloseTimeoutMs: 300_000,
      maxFrameLength: 262_144,
    });
  });
});

describe('error catalogue', () => {
  it('codes are unique and ERR_YAMUX_ prefixed', () => {
    const codes = Object.values(YamuxErrorCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^ERR_YAMUX_[A-Z_]+$/);
    expect(YamuxErrorCode.RECV_WINDOW_EXCEEDED).toBe('ERR_YAMUX_RECV_WINDOW_EXCEEDED');
  });
});
