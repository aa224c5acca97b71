/**
 * FileWillBeUploaded for plugin authors: the upload arrives as an async iterable of chunks; the
 * handler returns an optional replacement (any async iterable of bytes), a changed FileInfo or a
 * rejection reason.
 */
import type * as grpc from '@grpc/grpc-js';

type Msg = Record<string, unknown>;

export interface FileUploadResult {
  file_info?: Msg;
  rejection_reason?: string;
  replacement?: AsyncIterable<Uint8Array>;
}

export type FileUploadHandler = (
  head: { context?: Msg; info?: Msg },
  data: AsyncIterable<Buffer>,
) => Promise<FileUploadResult | void> | FileUploadResult | void;

export function fileUploadWith(
  handler: FileUploadHandler,
): (call: grpc.ServerDuplexStream<Msg, Msg>) => void {
  return (call) => {
    const it = (
      call as unknown as { iterator(o: { destroyOnReturn: boolean }): AsyncIterator<Msg> }
    ).iterator({ destroyOnReturn: false });
    void (async () => {
      const first = await it.next();
      const head = (first.done ? {} : first.value) as { context?: Msg; info?: Msg; data?: Uint8Array };
      async function* data(): AsyncGenerator<Buffer> {
        if (head.data?.length) yield Buffer.from(head.data);
        for (;;) {
          const n = await it.next();
          if (n.done) return;
          const d = n.value.data as Uint8Array | undefined;
          if (d?.length) yield Buffer.from(d);
        }
      }
      const result = (await handler({ context: head.context, info: head.info }, data())) ?? {};
      if (result.replacement) {
        for await (const chunk of result.replacement) {
          if (!call.write({ data: chunk })) await new Promise((r) => call.once('drain', r));
        }
      }
      call.write({ file_info: result.file_info, rejection_reason: result.rejection_reason ?? '' });
      call.end();
    })().catch((err: Error) => call.destroy(err));
  };
}
