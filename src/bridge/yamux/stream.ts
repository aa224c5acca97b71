// One yamux stream as a Node Duplex. Lifecycle decisions live in stream-state.ts;
// this file applies them and does the flow-control bookkeeping:
//  - send side: never more than the peer's window; write() callbacks complete only
//    once the bytes are framed, so a slow peer stalls the writer (real backpressure);
//  - receive side: credit is returned on *consumption*, using Go's rule
//    delta = max - buffered - recvWindow, sent only when delta >= max/2.
//
// Go checks credit after every Stream.Read. Our equivalent of Read is Readable.read():
// it is the only way Node hands buffered bytes out (flowing mode and pipe() loop over
// read(), async iterators call it, and a chunk that push() emits straight to a 'data'
// listener is followed by maybeReadMore's read(0)). So every read() schedules the check.
// _read() alone is not enough: Node calls it only while its buffer is below the
// high-water mark and no earlier _read() is still waiting for a push(). One push can be
// a whole 256 KiB frame; a consumer that takes part of it, or takes it all and
// unshift()s the rest (MuxBroker's readExactly, Puller), then drains it through read()
// calls that never reach _read(); credit was never sent and a writer with more than one
// window to send stalled forever.
//
// The check runs in a microtask after read(), not synchronously: a caller that unshift()s
// surplus right after read() still holds those bytes, and crediting them would let the
// buffer grow past the window. One microtask also coalesces the read() calls of a flowing
// loop. Payloads wait in #queue until the Readable side asks for them (_read), so what is
// buffered is always #queue plus Node's readable buffer.
import { Duplex } from 'node:stream';
import type { ResolvedYamuxConfig } from './config.ts';
import { FrameType, INITIAL_STREAM_WINDOW } from './constants.ts';
import { ChunkQueue } from './chunk-queue.ts';
import { describeError, YamuxError, YamuxErrorCode } from './errors.ts';
import type { FrameWriter } from './frame-writer.ts';
import { inbound, outbound, StreamState, streamStateName, type InboundOutcome } from './stream-state.ts';

/** What a stream needs from its session. Implemented privately by Session. */
export interface StreamHost {
  readonly config: ResolvedYamuxConfig;
  readonly writer: FrameWriter;
  /** Non-null once the session is closed. */
  readonly shutdownError: Error | null;
  /** ACK seen (the session ignores all but the first, for streams it opened). */
  onStreamAcked(stream: YamuxStream): void;
  /** The stream is finished (both FINs, RST, or destroyed): forget it. Called once. */
  onStreamFreed(stream: YamuxStream): void;
}

// Session-only entry points. Symbols keep them off the public surface.
export const kOpen = Symbol('yamux.open');
export const kAccept = Symbol('yamux.accept');
export const kCheckRecvWindow = Symbol('yamux.checkRecvWindow');
export const kOnData = Symbol('yamux.onData');
export const kOnWindowUpdate = Symbol('yamux.onWindowUpdate');
export const kSessionClosed = Symbol('yamux.sessionClosed');

interface Waiter {
  resolve: () => void;
  reject: (err: Error) => void;
}

export class YamuxStream extends Duplex {
  readonly id: number;
  readonly #host: StreamHost;
  #state: StreamState;
  #sendWindow = INITIAL_STREAM_WINDOW;
  #recvWindow = INITIAL_STREAM_WINDOW;
  /** Remote FIN seen: the readable side ends once #queue is drained. */
  #remoteFin = false;
  /** Received payloads not yet pushed to the Readable side. */
  readonly #queue = new ChunkQueue();
  /** The Readable side asked for data (_read) and has not been refused by push() since. */
  #wantData = false;
  #eofPushed = false;
  #creditScheduled = false;
  #freed = false;
  /** True once the user can hold it (opened, or accepted); until then errors are not emitted. */
  #handedOut: boolean;
  #windowWaiter: Waiter | null = null;
  #closeTimer: NodeJS.Timeout | null = null;

  /** @internal Streams are created by Session.open()/accept(). */
  constructor(host: StreamHost, id: number, inboundSyn: boolean) {
    super({
      allowHalfOpen: true,
      decodeStrings: true,
      objectMode: false,
      emitClose: true,
      autoDestroy: true,
    });
    // A stream can be torn down (session error, RST) before its user attaches listeners, e.g.
    // between accept() resolving and the await continuing: never let that crash the process.
    // Users still get the error through their own 'error' listeners and see 'close'.
    this.on('error', () => {});
    this.#host = host;
    this.id = id;
    this.#state = inboundSyn ? StreamState.SYNReceived : StreamState.Init;
    this.#handedOut = !inboundSyn;
  }

  /** Lifecycle state name (Go's streamState), for logs and tests. */
  get state(): string {
    return streamStateName(this.#state);
  }

  /** Bytes we may still send before the peer grants more. */
  get sendWindow(): number {
    return this.#sendWindow;
  }

  /** Bytes the peer may still send before we grant more. */
  get recvWindow(): number {
    return this.#recvWindow;
  }

  /** Received bytes not yet consumed by the reader; never exceeds maxStreamWindowSize. */
  get bufferedBytes(): number {
    return this.#queue.bytes + this.readableLength;
  }

  /** Sends WindowUpdate{SYN} (Go OpenStream). */
  [kOpen](): void {
    this.#sendWindowUpdate();
  }

  /** Sends WindowUpdate{ACK} right away, like Go's AcceptStream. */
  [kAccept](): void {
    this.#handedOut = true;
    this.#sendWindowUpdate();
  }

  /** Throws RECV_WINDOW_EXCEEDED if a Data payload of `n` bytes does not fit the receive window (Go readData). */
  [kCheckRecvWindow](n: number): void {
    if (n > this.#recvWindow) {
      throw new YamuxError(
        YamuxErrorCode.RECV_WINDOW_EXCEEDED,
        `receive window exceeded: data frame of ${n} bytes, only ${this.#recvWindow} bytes of window left`,
        { streamId: this.id },
      );
    }
  }

  /** A Data frame for this stream. Throws YamuxError on protocol violations. */
  [kOnData](flags: number, payload: Buffer): void {
    const o = this.#applyFlags(flags);
    if (o.reset) return this.#onRemoteReset();
    const n = payload.length;
    if (n > 0) {
      this[kCheckRecvWindow](n);
      this.#recvWindow -= n;
      if (this.#remoteFin && !o.remoteFin) {
        this.#host.config.logger.warn('discarding data received after FIN', { streamId: this.id, bytes: n });
      } else if (!this.destroyed) {
        this.#queue.push(payload);
      }
    }
    if (o.remoteFin) this.#remoteFin = true;
    this.#flush();
  }

  /** A WindowUpdate frame for this stream. Throws YamuxError on protocol violations. */
  [kOnWindowUpdate](flags: number, delta: number): void {
    const o = this.#applyFlags(flags);
    if (o.reset) return this.#onRemoteReset();
    if (delta > 0) {
      this.#sendWindow += delta;
      this.#settleWindowWaiter(null);
    }
    if (o.remoteFin) {
      this.#remoteFin = true;
      this.#flush();
    }
  }

  /** The session is gone: no more frames. Streams the user holds error if the session died of `reason`. */
  [kSessionClosed](reason: Error | null): void {
    this.#freed = true;
    this.#clearCloseTimer();
    if (this.destroyed) return;
    if (!reason || !this.#handedOut) return void this.destroy();
    const detail = `session closed while stream open: ${describeError(reason)}`;
    this.destroy(
      new YamuxError(YamuxErrorCode.SESSION_SHUTDOWN, detail, { streamId: this.id, cause: reason }),
    );
  }

  /** Readable.read() plus Go's credit check after Read (see the header comment). */
  override read(size?: number): ReturnType<Duplex['read']> {
    const chunk: ReturnType<Duplex['read']> = super.read(size);
    if (!this.#creditScheduled) {
      this.#creditScheduled = true;
      queueMicrotask(this.#creditCheck);
    }
    return chunk;
  }

  override _read(): void {
    this.#wantData = true;
    this.#flush();
  }

  readonly #creditCheck = (): void => {
    this.#creditScheduled = false;
    const S = StreamState;
    if (this.#remoteFin || this.destroyed) return;
    // Only established streams earn credit here; SYN/ACK go out from open/accept.
    if (this.#state !== S.SYNSent && this.#state !== S.Established && this.#state !== S.LocalClose) return;
    this.#sendWindowUpdate();
  };

  /** Moves queued payloads to the Readable side while it wants them; ends it after a remote FIN. */
  #flush(): void {
    if (this.destroyed) return;
    while (this.#wantData && this.#queue.length > 0) {
      this.#wantData = this.push(this.#queue.shift()!);
    }
    if (this.#remoteFin && this.#queue.length === 0 && !this.#eofPushed) {
      this.#eofPushed = true;
      this.push(null);
    }
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (err?: Error | null) => void): void {
    this.#sendChunk(chunk).then(() => callback(), callback);
  }

  override _final(callback: (err?: Error | null) => void): void {
    const shutdown = this.#host.shutdownError;
    if (shutdown) return callback(shutdown);
    const o = outbound(this.#state, 'fin');
    this.#state = o.next;
    if (o.send) this.#host.writer.writeControl(FrameType.WindowUpdate, o.flags, this.id, 0);
    if (o.freed) {
      this.#free();
    } else if (this.#state === StreamState.LocalClose && this.#host.config.streamCloseTimeoutMs > 0) {
      const ms = this.#host.config.streamCloseTimeoutMs;
      this.#closeTimer = setTimeout(() => {
        this.#closeTimer = null;
        this.#host.config.logger.warn('stream close timeout, sending RST', { streamId: this.id, ms });
        const err = new YamuxError(
          YamuxErrorCode.STREAM_CLOSE_TIMEOUT,
          `peer did not half-close within ${ms} ms after our FIN; stream reset`,
          { streamId: this.id },
        );
        this.destroy(this.#handedOut ? err : undefined);
      }, ms);
      this.#closeTimer.unref();
    }
    callback();
  }

  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    this.#clearCloseTimer();
    this.#queue.clear();
    this.#settleWindowWaiter(
      err ?? new YamuxError(YamuxErrorCode.STREAM_RESET, 'stream destroyed locally', { streamId: this.id }),
    );
    if (!this.#host.shutdownError && !this.#freed) {
      // Not finished cleanly: tell the peer (Go closeTimeout / spec "hard close").
      const o = outbound(this.#state, 'rst');
      this.#state = o.next;
      if (o.send) this.#host.writer.writeControl(FrameType.WindowUpdate, o.flags, this.id, 0);
    }
    this.#free();
    callback(err);
  }

  async #sendChunk(chunk: Buffer): Promise<void> {
    const writer = this.#host.writer;
    let off = 0;
    while (off < chunk.length) {
      this.#assertCanSend();
      if (this.#sendWindow === 0) {
        await new Promise<void>((resolve, reject) => (this.#windowWaiter = { resolve, reject }));
        continue;
      }
      if (!writer.writable) {
        await writer.waitWritable(this.id);
        continue;
      }
      const n = Math.min(this.#sendWindow, chunk.length - off);
      const o = outbound(this.#state, 'frame');
      this.#state = o.next;
      writer.writeData(o.flags, this.id, chunk.subarray(off, off + n));
      this.#sendWindow -= n;
      off += n;
    }
  }

  #assertCanSend(): void {
    const shutdown = this.#host.shutdownError;
    if (shutdown) throw shutdown;
    if (this.#state === StreamState.Reset) {
      throw new YamuxError(YamuxErrorCode.STREAM_RESET, 'cannot write: stream was reset', {
        streamId: this.id,
      });
    }
  }

  /** Go sendWindowUpdate: carries pending SYN/ACK, or credit once delta >= max/2. */
  #sendWindowUpdate(): void {
    if (this.#host.shutdownError) return;
    const max = this.#host.config.maxStreamWindowSize;
    const delta = Math.max(0, max - this.bufferedBytes - this.#recvWindow);
    const o = outbound(this.#state, 'frame');
    if (delta < Math.floor(max / 2) && o.flags === 0) return;
    this.#state = o.next;
    this.#recvWindow += delta;
    this.#host.writer.writeControl(FrameType.WindowUpdate, o.flags, this.id, delta);
  }

  #applyFlags(flags: number): InboundOutcome {
    const o = inbound(this.#state, flags);
    if (o.unexpected) {
      throw new YamuxError(YamuxErrorCode.UNEXPECTED_FLAG, o.unexpected, { streamId: this.id });
    }
    this.#state = o.next;
    if (o.acked) this.#host.onStreamAcked(this);
    if (o.freed) this.#free();
    return o;
  }

  #onRemoteReset(): void {
    const err = new YamuxError(YamuxErrorCode.STREAM_RESET, 'stream reset by peer (RST received)', {
      streamId: this.id,
    });
    this.#settleWindowWaiter(err);
    if (!this.destroyed) this.destroy(this.#handedOut ? err : undefined);
  }

  #settleWindowWaiter(err: Error | null): void {
    const w = this.#windowWaiter;
    if (!w) return;
    this.#windowWaiter = null;
    if (err) w.reject(err);
    else w.resolve();
  }

  #free(): void {
    this.#clearCloseTimer();
    if (this.#freed) return;
    this.#freed = true;
    this.#host.onStreamFreed(this);
  }

  #clearCloseTimer(): void {
    if (this.#closeTimer) {
      clearTimeout(this.#closeTimer);
      this.#closeTimer = null;
    }
  }
}
