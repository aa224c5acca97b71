// A yamux session over one byte stream (Go session.go). Inbound bytes go through
// the I/O-free FrameReader and a type-indexed handler table; outbound frames go
// through the single FrameWriter. Nothing here throws out of an event handler:
// every failure ends in close(err), which emits 'error' (if anyone listens,
// otherwise it is logged) and 'close'.
import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { AcceptBacklog } from './accept-backlog.ts';
import { verifyConfig, type ResolvedYamuxConfig, type YamuxConfig } from './config.ts';
import {
  FIRST_CLIENT_STREAM_ID,
  FIRST_SERVER_STREAM_ID,
  Flag,
  FrameType,
  GoAwayCode,
  INITIAL_STREAM_WINDOW,
  LAST_STREAM_ID,
  MAX_UINT32,
} from './constants.ts';
import { describeError, isProtocolError, YamuxError, YamuxErrorCode } from './errors.ts';
import { describeHeader, type Frame, type FrameHeader } from './frame.ts';
import { FrameReader } from './frame-reader.ts';
import { FrameWriter } from './frame-writer.ts';
import { PendingOpens } from './pending-opens.ts';
import { PingTracker } from './pings.ts';
import {
  kAccept,
  kCheckRecvWindow,
  kOnData,
  kOnWindowUpdate,
  kOpen,
  kSessionClosed,
  YamuxStream,
  type StreamHost,
} from './stream.ts';

/** What a remote GoAway other than Normal closes the session with. */
const REMOTE_GOAWAY: Record<number, [YamuxErrorCode, string]> = {
  [GoAwayCode.ProtocolError]: [YamuxErrorCode.REMOTE_PROTOCOL_ERROR, 'protocol error'],
  [GoAwayCode.InternalError]: [YamuxErrorCode.REMOTE_INTERNAL_ERROR, 'internal error'],
};

/** Events: 'close' (reason; undefined after a plain local close()), 'error' (err). */
export interface SessionEvents {
  close: [err?: Error];
  error: [err: Error];
}

export class Session extends EventEmitter<SessionEvents> {
  /** Client sessions open odd stream ids, servers even. */
  readonly isClient: boolean;
  readonly #config: ResolvedYamuxConfig;
  readonly #conn: Duplex;
  readonly #reader: FrameReader;
  readonly #writer: FrameWriter;
  readonly #host: StreamHost;
  readonly #streams = new Map<number, YamuxStream>();
  #nextStreamId: number;
  readonly #backlog: AcceptBacklog;
  readonly #pendingOpens: PendingOpens;
  readonly #pings: PingTracker;
  #keepAliveTimer: NodeJS.Timeout | null = null;
  #localGoAway = false;
  #remoteGoAway = false;
  #shutdownError: Error | null = null;
  readonly #handlers: ReadonlyArray<(frame: Frame) => void>;

  constructor(conn: Duplex, isClient: boolean, config: Partial<YamuxConfig> = {}) {
    super();
    this.#config = verifyConfig(config);
    this.isClient = isClient;
    this.#nextStreamId = isClient ? FIRST_CLIENT_STREAM_ID : FIRST_SERVER_STREAM_ID;
    this.#conn = conn;
    this.#reader = new FrameReader({
      maxFrameLength: this.#config.maxFrameLength,
      onDataHeader: (h) => this.#checkDataHeader(h),
    });
    this.#writer = new FrameWriter(conn, this.#config.connectionWriteTimeoutMs);
    this.#pings = new PingTracker(this.#config.connectionWriteTimeoutMs);
    this.#backlog = new AcceptBacklog(this.#config.acceptBacklog);
    this.#pendingOpens = new PendingOpens(
      this.#config.acceptBacklog,
      this.#config.streamOpenTimeoutMs,
      (id) => this.#onOpenTimeout(id),
    );
    const onStream = (f: Frame): void => this.#onStreamFrame(f);
    this.#handlers = [onStream, onStream, (f) => this.#onPing(f), (f) => this.#onGoAway(f)];
    const shutdownError = (): Error | null => this.#shutdownError;
    this.#host = {
      config: this.#config,
      writer: this.#writer,
      get shutdownError() {
        return shutdownError();
      },
      onStreamAcked: (s) => this.#pendingOpens.settle(s.id),
      onStreamFreed: (s) => this.#forget(s),
    };
    conn.on('data', this.#onConnData);
    conn.on('end', this.#onConnEnd);
    conn.on('error', this.#onConnError);
    conn.on('close', this.#onConnClose);
    if (conn.destroyed) process.nextTick(this.#onConnClose);
    if (this.#config.enableKeepAlive) this.#scheduleKeepAlive();
  }

  get closed(): boolean {
    return this.#shutdownError !== null;
  }

  /** Open streams, including inbound ones not accepted yet (Go NumStreams). */
  numStreams(): number {
    return this.#streams.size;
  }

  /** Opens a stream: resolves once WindowUpdate{SYN} is queued (does not wait for the ACK, like Go). */
  async open(): Promise<YamuxStream> {
    if (this.#remoteGoAway && !this.closed) {
      throw new YamuxError(YamuxErrorCode.REMOTE_GOAWAY, 'cannot open stream: remote sent GoAway (normal)');
    }
    if (this.#shutdownError) throw this.#shutdownError;
    await this.#pendingOpens.reserve();
    if (this.#shutdownError) throw this.#shutdownError;
    const id = this.#nextStreamId;
    if (id >= LAST_STREAM_ID) {
      this.#pendingOpens.unreserve();
      throw new YamuxError(YamuxErrorCode.STREAMS_EXHAUSTED, `no stream ids left (next would be ${id})`);
    }
    this.#nextStreamId += 2;
    const stream = new YamuxStream(this.#host, id, false);
    this.#streams.set(id, stream);
    this.#pendingOpens.add(id);
    stream[kOpen]();
    return stream;
  }

  /** Next inbound stream in SYN order; ACKs it immediately (Go AcceptStream). Rejects once closed. */
  accept(): Promise<YamuxStream> {
    const stream = this.#backlog.take();
    if (stream) {
      stream[kAccept]();
      return Promise.resolve(stream);
    }
    if (this.#shutdownError) return Promise.reject(this.#shutdownError);
    return this.#backlog.wait();
  }

  /** Round-trip time of a Ping in ms; rejects after connectionWriteTimeoutMs (Go Ping). */
  ping(): Promise<number> {
    if (this.#shutdownError) return Promise.reject(this.#shutdownError);
    const { id, rtt } = this.#pings.start();
    this.#writer.writeControl(FrameType.Ping, Flag.SYN, 0, id);
    return rtt;
  }

  /** Sends GoAway(code) and refuses further inbound streams (with RST). Does not close the session. */
  goAway(code: number = GoAwayCode.Normal): void {
    if (!Number.isInteger(code) || code < 0 || code > MAX_UINT32)
      throw new RangeError(`yamux: bad GoAway code ${code}`);
    if (this.closed) return;
    this.#localGoAway = true;
    this.#writer.writeControl(FrameType.GoAway, 0, 0, code);
  }

  /**
   * Closes every stream and the connection. Like Go v0.1.x Session.Close, sends no
   * GoAway (call goAway() first if the peer should know). Streams the user holds are
   * destroyed with an error when `err` is given, silently otherwise.
   */
  close(err?: Error): void {
    if (this.#shutdownError) return;
    const shutdown = new YamuxError(
      YamuxErrorCode.SESSION_SHUTDOWN,
      err ? `session closed: ${describeError(err)}` : 'session closed',
      err ? { cause: err } : {},
    );
    this.#shutdownError = shutdown;
    this.#writer.close(shutdown);
    if (this.#keepAliveTimer) clearTimeout(this.#keepAliveTimer);
    this.#pings.rejectAll(shutdown);
    this.#backlog.close(shutdown);
    this.#pendingOpens.close(shutdown);
    const streams = [...this.#streams.values()];
    this.#streams.clear();
    for (const s of streams) s[kSessionClosed](err ?? null);
    this.#closeConn();
    const reportable =
      err !== undefined && !(err instanceof YamuxError && err.code === YamuxErrorCode.CONNECTION_CLOSED);
    process.nextTick(() => {
      if (reportable && this.listenerCount('error') > 0) this.emit('error', err);
      else if (reportable) this.#config.logger.error('session closed on error', { err });
      this.emit('close', err);
    });
  }

  #closeConn(): void {
    const conn = this.#conn;
    if (conn.destroyed) return;
    const fallback = setTimeout(() => conn.destroy(), this.#config.connectionWriteTimeoutMs);
    fallback.unref();
    conn.once('finish', () => {
      clearTimeout(fallback);
      conn.destroy();
    });
    conn.end();
  }

  /** Protocol errors tell the peer GoAway(1), unexpected exceptions GoAway(2), then close. */
  #fail(err: unknown): void {
    if (this.closed) return;
    let reason: Error;
    if (isProtocolError(err)) {
      this.#writer.writeControl(FrameType.GoAway, 0, 0, GoAwayCode.ProtocolError);
      reason = err;
    } else if (err instanceof YamuxError) {
      reason = err;
    } else {
      this.#writer.writeControl(FrameType.GoAway, 0, 0, GoAwayCode.InternalError);
      const msg = describeError(err);
      reason = new YamuxError(YamuxErrorCode.INTERNAL, `exception while handling a frame: ${msg}`, {
        cause: err,
      });
    }
    this.close(reason);
  }

  readonly #onConnData = (chunk: Buffer): void => {
    if (this.closed) return;
    try {
      this.#reader.feed(chunk, this.#onFrame);
    } catch (err) {
      this.#fail(err);
    }
  };

  readonly #onFrame = (frame: Frame): void => {
    if (this.closed) return;
    this.#handlers[frame.header.type]!(frame);
  };

  readonly #onConnEnd = (): void => {
    if (this.#reader.midFrame) {
      const at = this.#reader.offset;
      this.close(
        new YamuxError(YamuxErrorCode.TRUNCATED_FRAME, `connection ended mid-frame at byte offset ${at}`),
      );
    } else {
      this.close(new YamuxError(YamuxErrorCode.CONNECTION_CLOSED, 'connection closed by peer (EOF)'));
    }
  };

  readonly #onConnError = (err: Error): void => {
    this.close(
      new YamuxError(YamuxErrorCode.CONNECTION_ERROR, `connection error: ${err.message}`, { cause: err }),
    );
  };

  readonly #onConnClose = (): void => {
    this.close(new YamuxError(YamuxErrorCode.CONNECTION_CLOSED, 'connection closed'));
  };

  /**
   * A Data header, before its payload is read: a payload longer than the stream's receive window
   * is refused from the header alone, as Go's readData does before reading the body. A SYN opens a
   * stream with the initial window; a frame for no stream is discarded as it arrives, like Go.
   */
  #checkDataHeader(h: FrameHeader): void {
    if (this.closed) return;
    const stream = this.#streams.get(h.streamId);
    if (stream) {
      if ((h.flags & Flag.SYN) === 0) stream[kCheckRecvWindow](h.length); // else: duplicate SYN on delivery
    } else if ((h.flags & Flag.SYN) !== 0 && !this.#localGoAway && h.length > INITIAL_STREAM_WINDOW) {
      throw new YamuxError(
        YamuxErrorCode.RECV_WINDOW_EXCEEDED,
        `receive window exceeded: data frame of ${h.length} bytes, only ${INITIAL_STREAM_WINDOW} bytes of window left`,
        { streamId: h.streamId },
      );
    }
  }

  /** Data and WindowUpdate (Go handleStreamMessage). */
  #onStreamFrame(frame: Frame): void {
    const h = frame.header;
    if ((h.flags & Flag.SYN) !== 0) {
      this.#incomingStream(h.streamId);
      if (this.closed) return;
    }
    const stream = this.#streams.get(h.streamId);
    if (!stream) {
      if (h.type === FrameType.Data && h.length > 0) {
        this.#config.logger.warn('discarding data for stream', { streamId: h.streamId, bytes: h.length });
      } else {
        this.#config.logger.warn('frame for missing stream', { frame: describeHeader(h) });
      }
      return;
    }
    if (h.type === FrameType.WindowUpdate) stream[kOnWindowUpdate](h.flags, h.length);
    else stream[kOnData](h.flags, frame.payload);
  }

  #incomingStream(id: number): void {
    if (this.#localGoAway) {
      this.#writer.writeControl(FrameType.WindowUpdate, Flag.RST, id, 0);
      return;
    }
    if (this.#streams.has(id)) {
      throw new YamuxError(
        YamuxErrorCode.DUPLICATE_STREAM,
        `duplicate stream: SYN for already open stream id ${id}`,
        { streamId: id },
      );
    }
    const stream = new YamuxStream(this.#host, id, true);
    this.#streams.set(id, stream);
    if (this.#backlog.offer(stream, (s) => s[kAccept]()) === 'full') {
      this.#streams.delete(id);
      this.#config.logger.warn('backlog exceeded, forcing stream reset', { streamId: id });
      this.#writer.writeControl(FrameType.WindowUpdate, Flag.RST, id, 0);
    }
  }

  #onPing(frame: Frame): void {
    const { flags, length: id } = frame.header;
    if ((flags & Flag.SYN) !== 0) {
      this.#writer.writeControl(FrameType.Ping, Flag.ACK, 0, id);
      return;
    }
    this.#pings.settle(id);
  }

  #onGoAway(frame: Frame): void {
    const code = frame.header.length;
    if (code === GoAwayCode.Normal) {
      this.#remoteGoAway = true;
      return;
    }
    const [errCode, why] = REMOTE_GOAWAY[code] ?? [
      YamuxErrorCode.REMOTE_GOAWAY_UNKNOWN,
      `unknown code ${code}`,
    ];
    throw new YamuxError(errCode, `remote sent GoAway(${why})`);
  }

  #scheduleKeepAlive(): void {
    const timer = setTimeout(() => {
      this.#keepAliveTimer = null;
      this.ping().then(
        () => {
          if (!this.closed) this.#scheduleKeepAlive();
        },
        (err: unknown) => {
          if (this.closed) return;
          const msg = `keepalive failed: ${describeError(err)}`;
          this.close(new YamuxError(YamuxErrorCode.KEEPALIVE_TIMEOUT, msg, { cause: err }));
        },
      );
    }, this.#config.keepAliveIntervalMs);
    timer.unref();
    this.#keepAliveTimer = timer;
  }

  /** Go setOpenTimeout: an un-ACKed open means the peer is stuck, so the whole session goes. */
  #onOpenTimeout(id: number): void {
    const stream = this.#streams.get(id);
    // A stream we already closed or that got FIN/RST no longer waits (Go: establishCh notified).
    if (this.closed || !stream || stream.state !== 'SYNSent') return;
    const ms = this.#config.streamOpenTimeoutMs;
    this.close(
      new YamuxError(
        YamuxErrorCode.STREAM_OPEN_TIMEOUT,
        `opened stream not ACKed within ${ms} ms; closing session`,
        { streamId: id },
      ),
    );
  }

  #forget(stream: YamuxStream): void {
    if (this.#streams.get(stream.id) === stream) this.#streams.delete(stream.id);
    this.#backlog.remove(stream);
    this.#pendingOpens.settle(stream.id);
  }
}
