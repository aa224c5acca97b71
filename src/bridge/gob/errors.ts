/**
 * The one error type of the gob codec. `code` is stable (switch on it, map it to a gRPC status);
 * `message` names what was wrong (type id, field path, offset) for humans and logs.
 */

export type GobErrorCode =
  /** A value or definition needs more bytes than its message holds. */
  | 'TRUNCATED'
  /** An unsigned integer announced more than 8 bytes. */
  | 'BAD_UINT'
  /** A message length prefix is 0 or above maxMessageSize. */
  | 'BAD_MESSAGE_LENGTH'
  /** A type id was defined twice on one stream, or a definition used a reserved id (< 64). */
  | 'TYPE_REDEFINED'
  /** A value or definition refers to a type id that this stream never defined. */
  | 'UNKNOWN_TYPE'
  /** A wireType definition is malformed. */
  | 'BAD_TYPE_DEFINITION'
  /** A top-level type-definition message has bytes after the definition. */
  | 'EXTRA_DATA'
  /** A length or element count exceeds the bytes left in the message. */
  | 'BAD_COUNT'
  /** A struct field delta points past the last field of the type. */
  | 'BAD_FIELD'
  /** A non-struct top-level value did not start with the 00 singleton delta. */
  | 'BAD_SINGLETON'
  /** An array value's element count differs from the array type's length. */
  | 'ARRAY_LENGTH'
  /** An interface value is malformed (name too long, ...). */
  | 'BAD_INTERFACE'
  /** Values or types nest deeper than the configured limit. */
  | 'TOO_DEEP'
  /** Encoder: the JS value does not have the shape its GobType requires. */
  | 'TYPE_MISMATCH'
  /** Encoder: an integer does not fit the 64-bit wire range. */
  | 'OUT_OF_RANGE'
  /** Encoder: a GobType is malformed or not encodable. */
  | 'BAD_TYPE'
  /** Decoder: a previous error left the stream unusable. */
  | 'DECODER_FAILED';

export class GobError extends Error {
  override readonly name = 'GobError';
  /** Field path inside the value, e.g. `Post.Props["k"]`, when known. */
  path?: string;
  /** Absolute byte offset in the stream (decoder) when known. */
  offset?: number;
  /** @internal path segments collected while unwinding, innermost first */
  segments?: string[];

  constructor(
    readonly code: GobErrorCode,
    message: string,
    offset?: number,
  ) {
    super(message);
    if (offset !== undefined) this.offset = offset;
  }
}

/** Records one path segment (`.Field`, `[3]`, `["key"]`) while an error unwinds through a composite. */
export function addPath(err: unknown, segment: string): void {
  if (err instanceof GobError) (err.segments ??= []).push(segment);
}

/**
 * Turns the collected segments into `path` and formats the message as
 * `path: message (context, offset N)`. Idempotent.
 */
export function finishError(err: GobError, root: string, context?: string): GobError {
  if (err.path !== undefined) return err;
  const segs = err.segments ?? [];
  err.path = segs.length > 0 || root !== '' ? root + segs.reverse().join('') : '';
  delete err.segments;
  let msg = err.path !== '' ? `${err.path}: ${err.message}` : err.message;
  const where: string[] = [];
  if (context) where.push(context);
  if (err.offset !== undefined) where.push(`offset ${err.offset}`);
  if (where.length > 0) msg += ` (${where.join(', ')})`;
  err.message = msg;
  return err;
}
