// One catalogue of everything that can go wrong in a yamux session. The codes map
// onto Go's sentinel errors (const.go) where one exists.

/** Error codes; the comment names the Go sentinel that corresponds, if any. */
export const YamuxErrorCode = {
  /** Config rejected by verifyConfig (mux.go VerifyConfig). */
  INVALID_CONFIG: 'ERR_YAMUX_INVALID_CONFIG',
  /** Header version byte != 0 (ErrInvalidVersion). */
  INVALID_VERSION: 'ERR_YAMUX_INVALID_VERSION',
  /** Header type byte > 3 (ErrInvalidMsgType). */
  INVALID_MSG_TYPE: 'ERR_YAMUX_INVALID_MSG_TYPE',
  /** Data frame longer than the maxFrameLength guard (no Go equivalent; Go would hit the window check). */
  FRAME_TOO_LARGE: 'ERR_YAMUX_FRAME_TOO_LARGE',
  /** Connection ended in the middle of a frame. */
  TRUNCATED_FRAME: 'ERR_YAMUX_TRUNCATED_FRAME',
  /** Data frame longer than the stream's remaining receive window (ErrRecvWindowExceeded). */
  RECV_WINDOW_EXCEEDED: 'ERR_YAMUX_RECV_WINDOW_EXCEEDED',
  /** SYN for a stream id that is already open (ErrDuplicateStream). */
  DUPLICATE_STREAM: 'ERR_YAMUX_DUPLICATE_STREAM',
  /** FIN in a state where it is not allowed (ErrUnexpectedFlag). */
  UNEXPECTED_FLAG: 'ERR_YAMUX_UNEXPECTED_FLAG',
  /** Operation on a closed session (ErrSessionShutdown). */
  SESSION_SHUTDOWN: 'ERR_YAMUX_SESSION_SHUTDOWN',
  /** No stream ids left (ErrStreamsExhausted). */
  STREAMS_EXHAUSTED: 'ERR_YAMUX_STREAMS_EXHAUSTED',
  /** Open refused because the peer sent GoAway(normal) (ErrRemoteGoAway). */
  REMOTE_GOAWAY: 'ERR_YAMUX_REMOTE_GOAWAY',
  /** Peer sent GoAway(protocol error). */
  REMOTE_PROTOCOL_ERROR: 'ERR_YAMUX_REMOTE_PROTOCOL_ERROR',
  /** Peer sent GoAway(internal error). */
  REMOTE_INTERNAL_ERROR: 'ERR_YAMUX_REMOTE_INTERNAL_ERROR',
  /** Peer sent GoAway with an unknown code. */
  REMOTE_GOAWAY_UNKNOWN: 'ERR_YAMUX_REMOTE_GOAWAY_UNKNOWN',
  /** Stream reset by the peer, or refused (backlog full / GoAway) (ErrConnectionReset). */
  STREAM_RESET: 'ERR_YAMUX_STREAM_RESET',
  /** A frame could not be written because the connection did not drain in time (ErrConnectionWriteTimeout). */
  CONNECTION_WRITE_TIMEOUT: 'ERR_YAMUX_CONNECTION_WRITE_TIMEOUT',
  /** Ping not answered within connectionWriteTimeoutMs (ErrTimeout). */
  PING_TIMEOUT: 'ERR_YAMUX_PING_TIMEOUT',
  /** Keepalive ping failed; the session is closed (ErrKeepAliveTimeout). */
  KEEPALIVE_TIMEOUT: 'ERR_YAMUX_KEEPALIVE_TIMEOUT',
  /** An opened stream was not ACKed within streamOpenTimeoutMs; the session is closed. */
  STREAM_OPEN_TIMEOUT: 'ERR_YAMUX_STREAM_OPEN_TIMEOUT',
  /** After our FIN the peer sent no FIN within streamCloseTimeoutMs; the stream was reset. */
  STREAM_CLOSE_TIMEOUT: 'ERR_YAMUX_STREAM_CLOSE_TIMEOUT',
  /** The underlying connection ended or was closed. */
  CONNECTION_CLOSED: 'ERR_YAMUX_CONNECTION_CLOSED',
  /** The underlying connection emitted an error. */
  CONNECTION_ERROR: 'ERR_YAMUX_CONNECTION_ERROR',
  /** An exception escaped a handler (e.g. a user 'data' listener threw). */
  INTERNAL: 'ERR_YAMUX_INTERNAL',
} as const;
export type YamuxErrorCode = (typeof YamuxErrorCode)[keyof typeof YamuxErrorCode];

export interface YamuxErrorOptions {
  /** The stream the error is about, if any. */
  streamId?: number;
  cause?: unknown;
}

/** The one error class of this module. `message` always says what was wrong and where. */
export class YamuxError extends Error {
  readonly code: YamuxErrorCode;
  readonly streamId: number | undefined;
  /** The message without the `yamux: ` prefix and stream suffix, for composing messages. */
  readonly detail: string;

  constructor(code: YamuxErrorCode, detail: string, options: YamuxErrorOptions = {}) {
    const where = options.streamId === undefined ? '' : ` (stream ${options.streamId})`;
    super(`yamux: ${detail}${where}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'YamuxError';
    this.code = code;
    this.streamId = options.streamId;
    this.detail = detail;
  }
}

/** Text of `err` for embedding in another YamuxError's message. */
export function describeError(err: unknown): string {
  if (err instanceof YamuxError) return err.detail;
  return err instanceof Error ? err.message : String(err);
}

/** Errors after which we tell the peer GoAway(protocol error) before closing, as Go does. */
const PROTOCOL_ERRORS: ReadonlySet<YamuxErrorCode> = new Set<YamuxErrorCode>([
  YamuxErrorCode.RECV_WINDOW_EXCEEDED,
  YamuxErrorCode.DUPLICATE_STREAM,
  YamuxErrorCode.UNEXPECTED_FLAG,
  YamuxErrorCode.FRAME_TOO_LARGE,
]);

export function isProtocolError(err: unknown): err is YamuxError {
  return err instanceof YamuxError && PROTOCOL_ERRORS.has(err.code);
}
