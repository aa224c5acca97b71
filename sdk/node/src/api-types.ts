/** Types of the PluginAPI client's calls that are not messages (see ./generated/plugin-api.ts). */

/** Per-call options. */
export interface CallOptions {
  /** Deadline of the call in milliseconds (unary calls: 30 000 unless told; streaming calls: none). */
  timeoutMs?: number;
}

/**
 * The body of a streaming call (UploadData, InstallPlugin, PluginHTTP, …): bytes, or an iterable
 * or async iterable of byte chunks — a Node Readable such as fs.createReadStream(path) is one.
 * It is sent in chunks as it is read, with backpressure.
 */
export type Body = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** A streamed response: the fields of its first message, and `K` as the async iterable of all chunks. */
export type StreamedResponse<M, K extends keyof M> = Omit<M, K> & { [P in K]: AsyncIterable<Buffer> };
