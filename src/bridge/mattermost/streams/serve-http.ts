/**
 * ServeHTTP and ServeMetrics: the server's HTTP request streams to the language plugin over a
 * bidirectional gRPC call, and the plugin's response streams back to the server's
 * http.ResponseWriter — chunk by chunk, each side waiting for the other (bounded memory).
 *
 * Wire (server/public/plugin/client_rpc.go ServeHTTP): Z_ServeHTTPArgs names two broker ids the
 * plugin dials: the ResponseWriter net/rpc service and, when there is a body, a remote io.Reader.
 */
import type { GobStruct, GobValue } from '../../gob/types.ts';
import { EMPTY_STRUCT, RpcClient, type Reply } from '../../netrpc/index.ts';
import type { MethodCodec } from '../method-codec.ts';
import { isBytes, openDuplex, pumpRequest } from './grpc-streams.ts';
import { headerFromProto } from './http-messages.ts';
import { BodyWriter } from './body-writer.ts';
import { RemoteReader } from './io-reader.ts';
import { ResponseWriterClient, type Header } from './response-writer.ts';
import type { StreamDeps } from './deps.ts';

type Obj = Record<string, unknown>;

export async function serveHttp(d: StreamDeps, codec: MethodCodec, args: GobValue): Promise<Reply> {
  const a = (args ?? {}) as GobStruct;
  const t = await d.target();
  const rw = new ResponseWriterClient(
    new RpcClient(await d.broker.dial(Number(a.ResponseWriterStream ?? 0n))),
  );
  // The server's own headers, asked for now so the answer is there when the plugin's head is.
  const serverHeader = rw.header();
  serverHeader.catch(() => {}); // a failure surfaces in writeHead
  const bodyId = Number(a.RequestBodyStream ?? 0n);
  const body = bodyId ? new RemoteReader(await d.broker.dial(bodyId)) : undefined;
  const call = openDuplex(t.client, codec.name, t.metadata());
  call.on('error', () => {}); // surfaced by the iterator below
  let finished = false;

  const pump = pumpRequest(call, codec.argsToRequest(args), body, 'body', d.chunkSize, () => finished);

  let headWritten = false;
  const out = new BodyWriter(rw);
  try {
    for await (const m of call as AsyncIterable<Obj>) {
      if (!headWritten) {
        headWritten = true;
        if (!(await writeHead(rw, await serverHeader, m))) break;
      }
      await out.write(isBytes(m.body) ? m.body : undefined, m.flush === true);
    }
    await out.end();
  } catch (err) {
    const e = err as { code?: number; details?: string; message: string };
    if (!headWritten) {
      // Nothing reached the client yet: fail the RPC and the server answers 500, as for a Go plugin.
      throw new Error(`${codec.name} failed in the language plugin: ${e.details ?? e.message}`);
    }
    d.log.warn({ hook: codec.name, error: e.details ?? e.message }, 'response stream ended early');
  } finally {
    finished = true;
    call.cancel(); // no-op once the call completed; frees the plugin's handler otherwise
    body?.close();
    await pump;
    rw.close();
  }
  return { type: EMPTY_STRUCT, value: {} };
}

/** Status and headers: merged over the server's own headers, as a Go handler's w.Header() would see them. */
async function writeHead(rw: ResponseWriterClient, header: Header, m: Obj): Promise<boolean> {
  const status = Number(m.status_code ?? 0) || 200;
  for (const [k, v] of headerFromProto(m.header)) header.set(k, v);
  await rw.syncHeader(header);
  try {
    await rw.writeHeader(status);
    return true;
  } catch {
    await rw.writeHeader(500); // an invalid status: the server refuses it, we answer 500
    return false;
  }
}
