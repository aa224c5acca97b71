// Wire constants of hashicorp/yamux v0.1.2 (const.go). Every value here is pinned
// by test/unit/yamux/constants.test.ts: changing one breaks interop with Go.

/** The only protocol version that exists (const.go protoVersion). */
export const PROTO_VERSION = 0;

/** version u8 + type u8 + flags u16 + stream id u32 + length u32, big-endian. */
export const HEADER_SIZE = 12;

/** Frame types (const.go typeData..typeGoAway). Anything above GoAway is invalid. */
export const FrameType = {
  /** Data: `length` payload bytes follow the header. */
  Data: 0,
  /** WindowUpdate: `length` is a receive-window delta; also carries SYN/ACK/FIN/RST. */
  WindowUpdate: 1,
  /** Ping: stream id 0, `length` is an opaque id echoed back with ACK. */
  Ping: 2,
  /** GoAway: stream id 0, `length` is a GoAwayCode. */
  GoAway: 3,
} as const;
export type FrameType = (typeof FrameType)[keyof typeof FrameType];

/** Flags are a bitmask (const.go flagSYN..flagRST); test them with `&`, never `===`. */
export const Flag = {
  SYN: 1,
  ACK: 2,
  FIN: 4,
  RST: 8,
} as const;
export type Flag = (typeof Flag)[keyof typeof Flag];

/** GoAway reason codes (const.go goAwayNormal..goAwayInternalErr). */
export const GoAwayCode = {
  Normal: 0,
  ProtocolError: 1,
  InternalError: 2,
} as const;
export type GoAwayCode = (typeof GoAwayCode)[keyof typeof GoAwayCode];

/** Initial window of every stream in both directions, assumed without negotiation. */
export const INITIAL_STREAM_WINDOW = 256 * 1024;

/** Largest value of a u32 header field. */
export const MAX_UINT32 = 0xffff_ffff;

/** Go refuses to allocate ids >= MaxUint32-1 (session.go OpenStream: ErrStreamsExhausted). */
export const LAST_STREAM_ID = MAX_UINT32 - 1;

/** Client sessions open odd stream ids, servers even ones; 0 is the session itself. */
export const FIRST_CLIENT_STREAM_ID = 1;
export const FIRST_SERVER_STREAM_ID = 2;
