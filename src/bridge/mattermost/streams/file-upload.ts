/**
 * FileWillBeUploaded: the upload streams to the language plugin in chunks; the plugin may stream a
 * replacement file back, change the FileInfo or reject. Nothing is buffered whole in the bridge.
 *
 * Wire (client_rpc.go FileWillBeUploaded): the plugin dials UploadedFileStream (a remote
 * io.Reader) and ReplacementFileStream (raw bytes the server copies into the upload; closed at
 * the end). The server pre-fills the result with the original FileInfo.
 */
import type { GobStruct, GobValue } from '../../gob/types.ts';
import type { Reply } from '../../netrpc/index.ts';
import type { MethodCodec } from '../method-codec.ts';
import type { StreamDeps } from './deps.ts';
import { isBytes, openDuplex, pumpRequest, writeMessage } from './grpc-streams.ts';
import { RemoteReader } from './io-reader.ts';

type Obj = Record<string, unknown>;

export async function fileWillBeUploaded(d: StreamDeps, codec: MethodCodec, args: GobValue): Promise<Reply> {
  const a = (args ?? {}) as GobStruct;
  const t = await d.target();
  const upload = new RemoteReader(await d.broker.dial(Number(a.UploadedFileStream ?? 0n)));
  const replacement = await d.broker.dial(Number(a.ReplacementFileStream ?? 0n));
  const call = openDuplex(t.client, codec.name, t.metadata());
  call.on('error', () => {});
  let finished = false;
  const pump = pumpRequest(call, codec.argsToRequest(args), upload, 'data', d.chunkSize, () => finished);

  const result: Obj = {};
  try {
    for await (const m of call as AsyncIterable<Obj>) {
      if (isBytes(m.data)) await writeMessage(replacement, m.data);
      if (m.file_info !== undefined) result.file_info = m.file_info;
      if (m.rejection_reason !== undefined) result.rejection_reason = m.rejection_reason;
    }
    replacement.end();
    return { type: codec.returnsType, value: codec.responseToReturns(result) };
  } catch (err) {
    // A failed plugin must not hand the server a half-written replacement: reset that stream.
    replacement.destroy();
    const e = err as { details?: string; message: string };
    throw new Error(`FileWillBeUploaded failed in the language plugin: ${e.details ?? e.message}`);
  } finally {
    finished = true;
    call.cancel();
    upload.close();
    await pump;
  }
}
