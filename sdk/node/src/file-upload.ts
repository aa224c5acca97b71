/**
 * FileWillBeUploaded for plugin authors: the upload arrives as an async iterable of chunks; the
 * handler returns an optional replacement (any async iterable of bytes), a changed FileInfo or a
 * rejection reason.
 */
import type * as grpc from '@grpc/grpc-js';
import type { HookContext, TypedHookContext } from './context.ts';
import type { FileInfo, PluginContext } from './generated/models.ts';
import type { Sent } from './proto-types.ts';
import { failCall } from './call-status.ts';

type Msg = Record<string, unknown>;

export interface FileUploadResult<Info = Msg> {
  file_info?: Info;
  rejection_reason?: string;
  /** The replacement file: writing any bytes replaces the upload. */
  replacement?: AsyncIterable<Uint8Array>;
}

/** FileWillBeUploaded as definePlugin types it. */
export type FileUploadHook = (
  head: { context?: PluginContext; info?: FileInfo },
  data: AsyncIterable<Buffer>,
  ctx: TypedHookContext,
) => Promise<FileUploadResult<FileInfo<Sent>> | void> | FileUploadResult<FileInfo<Sent>> | void;

/** FileWillBeUploaded with untyped messages (runPlugin with plain objects). */
export type FileUploadHandler = (
  head: { context?: Msg; info?: Msg },
  data: AsyncIterable<Buffer>,
  ctx: HookContext,
) => Promise<FileUploadResult | void> | FileUploadResult | void;

export function fileUploadWith(
  handler: FileUploadHandler,
  ctx: HookContext,
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
      const result = (await handler({ context: head.context, info: head.info }, data(), ctx)) ?? {};
      if (result.replacement) {
        for await (const chunk of result.replacement) {
          if (!call.write({ data: chunk })) await new Promise((r) => call.once('drain', r));
        }
      }
      call.write({ file_info: result.file_info, rejection_reason: result.rejection_reason ?? '' });
      call.end();
    })().catch((err: Error) => failCall(call, err));
  };
}
