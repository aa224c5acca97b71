// I/O-free frame reassembly: bytes in (any chunking), whole frames out.
//
// This is the part yamux-js got wrong: it parsed each socket chunk as if it started
// on a frame boundary and dropped whatever did not fit. Go sends Data frames of up
// to 256 KiB, so on real TCP almost every frame spans several reads.
import { FrameType, HEADER_SIZE, PROTO_VERSION } from './constants.ts';
import { YamuxError, YamuxErrorCode } from './errors.ts';
import { decodeHeader, EMPTY_PAYLOAD, type Frame, type FrameHeader } from './frame.ts';

export interface FrameReaderOptions {
  /** Largest Data payload accepted; larger frames are a protocol error (memory guard). */
  maxFrameLength: number;
  /**
   * Called with each Data header that has a payload, after validation and before any of the
   * payload is collected; throwing rejects the frame from its header alone (Go's session reads
   * the header, checks the stream's receive window in readData, and only then reads the body).
   */
  onDataHeader?: (header: FrameHeader) => void;
}

/**
 * Reassembles frames from a byte stream. Feed chunks in order; frames come out in
 * order. A malformed header poisons the reader: every later call throws the same error.
 *
 * Payloads that lie entirely inside one chunk are zero-copy views of that chunk, so
 * the caller must not reuse chunk memory after feeding it (socket chunks are fresh).
 */
export class FrameReader {
  readonly #maxFrameLength: number;
  readonly #onDataHeader: ((header: FrameHeader) => void) | undefined;
  /** Absolute stream offset of the next byte to be consumed. */
  #offset = 0;
  /** Absolute offset of the header of the frame being assembled. */
  #frameStart = 0;
  readonly #headerBuf = Buffer.allocUnsafe(HEADER_SIZE);
  #headerFill = 0;
  /** Header of a Data frame whose payload is still being collected. */
  #pending: FrameHeader | null = null;
  /** Payload pieces received so far: memory grows with the bytes actually sent, not the header length. */
  #payloadChunks: Buffer[] = [];
  #payloadFill = 0;
  #error: YamuxError | null = null;

  constructor(options: FrameReaderOptions) {
    this.#maxFrameLength = options.maxFrameLength;
    this.#onDataHeader = options.onDataHeader;
  }

  /** Bytes consumed so far (the offset that error messages refer to). */
  get offset(): number {
    return this.#offset;
  }

  /** True when a frame has been started but not finished (EOF now would truncate it). */
  get midFrame(): boolean {
    return this.#headerFill > 0 || this.#pending !== null;
  }

  /** Decodes every frame completed by `chunk` and returns them. Throws YamuxError on malformed input. */
  push(chunk: Uint8Array): Frame[] {
    const frames: Frame[] = [];
    this.feed(chunk, (f) => frames.push(f));
    return frames;
  }

  /**
   * Like push(), but hands each frame to `onFrame` as soon as it is complete, so
   * frames before a malformed header are delivered before the error is thrown.
   */
  feed(chunk: Uint8Array, onFrame: (frame: Frame) => void): void {
    if (this.#error) throw this.#error;
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    let pos = 0;
    while (pos < buf.length) {
      if (this.#pending !== null) {
        pos = this.#fillPayload(buf, pos, onFrame);
        continue;
      }
      let header: FrameHeader;
      if (this.#headerFill === 0 && buf.length - pos >= HEADER_SIZE) {
        header = decodeHeader(buf, pos);
        this.#frameStart = this.#offset;
        pos += HEADER_SIZE;
        this.#offset += HEADER_SIZE;
      } else {
        if (this.#headerFill === 0) this.#frameStart = this.#offset;
        const take = Math.min(HEADER_SIZE - this.#headerFill, buf.length - pos);
        buf.copy(this.#headerBuf, this.#headerFill, pos, pos + take);
        this.#headerFill += take;
        pos += take;
        this.#offset += take;
        if (this.#headerFill < HEADER_SIZE) return;
        this.#headerFill = 0;
        header = decodeHeader(this.#headerBuf, 0);
      }
      this.#validate(header);
      if (header.type !== FrameType.Data || header.length === 0) {
        onFrame({ header, payload: EMPTY_PAYLOAD });
        continue;
      }
      this.#onDataHeader?.(header);
      if (buf.length - pos >= header.length) {
        // Fast path: the whole payload is in this chunk.
        const payload = buf.subarray(pos, pos + header.length);
        pos += header.length;
        this.#offset += header.length;
        onFrame({ header, payload });
        continue;
      }
      this.#pending = header;
      this.#payloadChunks = [];
      this.#payloadFill = 0;
    }
  }

  #fillPayload(buf: Buffer, pos: number, onFrame: (frame: Frame) => void): number {
    const header = this.#pending!;
    const take = Math.min(header.length - this.#payloadFill, buf.length - pos);
    // A view, not a copy: chunk memory is not reused by the caller (see the class comment).
    this.#payloadChunks.push(buf.subarray(pos, pos + take));
    this.#payloadFill += take;
    this.#offset += take;
    if (this.#payloadFill === header.length) {
      const payload = Buffer.concat(this.#payloadChunks, header.length);
      this.#pending = null;
      this.#payloadChunks = [];
      onFrame({ header, payload });
    }
    return pos + take;
  }

  #validate(h: FrameHeader): void {
    const at = this.#frameStart;
    if (h.version !== PROTO_VERSION) {
      this.#fail(
        YamuxErrorCode.INVALID_VERSION,
        `invalid protocol version ${h.version} at byte offset ${at} (frame header start; expected ${PROTO_VERSION})`,
      );
    }
    if (h.type > FrameType.GoAway) {
      this.#fail(
        YamuxErrorCode.INVALID_MSG_TYPE,
        `invalid message type ${h.type} at byte offset ${at + 1} (frame header at ${at}; valid types are 0..3)`,
      );
    }
    if (h.type === FrameType.Data && h.length > this.#maxFrameLength) {
      this.#fail(
        YamuxErrorCode.FRAME_TOO_LARGE,
        `data frame of ${h.length} bytes at byte offset ${at} exceeds the ${this.#maxFrameLength}-byte frame limit`,
        h.streamId,
      );
    }
  }

  #fail(code: YamuxErrorCode, message: string, streamId?: number): never {
    this.#error = new YamuxError(code, message, streamId === undefined ? {} : { streamId });
    throw this.#error;
  }
}
