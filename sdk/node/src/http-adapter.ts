/**
 * ServeHTTP as a Node `(req, res)` handler. Each ServeHTTP call from the bridge becomes one HTTP/1.1
 * exchange on an in-memory connection into a private http.Server running the plugin's handler:
 * request head and body chunks go in as they arrive, the response head and body chunks come out as
 * they are written — streamed both ways with backpressure, nothing buffered whole.
 */
import http from 'node:http';
import type * as grpc from '@grpc/grpc-js';
import type { HookContext, TypedHookContext } from './context.ts';
import type { PluginContext } from './generated/models.ts';
import { memorySocketPair } from './memory-socket.ts';
import { failCall } from './call-status.ts';

type Msg = Record<string, unknown>;
export type NodeHttpHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

interface HeadMessage {
  request?: {
    method?: string;
    url?: { path?: string; raw_query?: string; raw_path?: string };
    request_uri?: string;
    header?: Record<string, { values?: string[] }>;
    host?: string;
    remote_addr?: string;
  };
  context?: Msg;
  body?: Uint8Array;
}

/**
 * Context of the Mattermost request, available to handlers as `req.mattermost`, with the plugin's
 * API client, logger and id (as hooks get them).
 */
export interface MattermostRequestInfo<Ctx = Msg, Api = HookContext['api']> extends HookContext<Api> {
  context: Ctx;
  remoteAddr: string;
}

/** The request a definePlugin `serveHttp` / `serveMetrics` handler gets. */
export type MattermostRequest = http.IncomingMessage & {
  mattermost: MattermostRequestInfo<PluginContext, TypedHookContext['api']>;
};

/** ServeHTTP / ServeMetrics as definePlugin types them: express apps and any (req, res) handler fit. */
export type HttpHandler = (req: MattermostRequest, res: http.ServerResponse) => void;

export function serveHttpWith(
  handler: NodeHttpHandler,
  ctx: HookContext,
): (call: grpc.ServerDuplexStream<Msg, Msg>) => void {
  const server = http.createServer((req, res) => {
    // A Go handler's WriteHeader(1xx) is informational and the response goes on as 200; Node would
    // send 1xx as the final head and the reading side would wait forever for the real one.
    const writeHead = res.writeHead.bind(res) as (code: number, ...rest: unknown[]) => http.ServerResponse;
    (res as unknown as { writeHead: typeof writeHead }).writeHead = (code, ...rest) =>
      writeHead(code >= 100 && code < 200 && code !== 101 ? 200 : code, ...rest);
    // Each exchange has its own in-memory connection, which carries the request's Mattermost info.
    (req as unknown as { mattermost?: MattermostRequestInfo }).mattermost = (
      req.socket as unknown as { mattermost?: MattermostRequestInfo }
    ).mattermost;
    handler(req, res);
  });
  return (call) => {
    const it = (
      call as unknown as { iterator(o: { destroyOnReturn: boolean }): AsyncIterator<HeadMessage> }
    ).iterator({ destroyOnReturn: false });
    void (async () => {
      const first = await it.next();
      if (first.done) return call.end();
      const head = first.value;
      const r = head.request ?? {};
      // Like a Go plugin's r.URL: the server has already stripped /plugins/<id> from the path
      // (RequestURI keeps the original and is not used here).
      const u = (r.url as { value?: string } | undefined)?.value ?? '/';
      const path = u.startsWith('/') ? u : ((x) => x.pathname + x.search)(new URL(u));
      const headers: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(r.header ?? {})) headers[k] = v.values ?? [];
      if (r.host && !headers.Host) headers.Host = [r.host];
      delete headers['Transfer-Encoding'];
      delete headers['Content-Length'];
      headers['Transfer-Encoding'] = ['chunked'];

      const [client, serverSide] = memorySocketPair(r.remote_addr?.replace(/:\d+$/, ''));
      const info: MattermostRequestInfo = {
        ...ctx,
        context: head.context ?? {},
        remoteAddr: r.remote_addr ?? '',
      };
      (serverSide as unknown as { mattermost: MattermostRequestInfo }).mattermost = info;
      server.emit('connection', serverSide);
      const req = http.request({
        createConnection: () => client as unknown as import('node:net').Socket,
        method: r.method || 'GET',
        path,
        headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.length === 1 ? v[0]! : v])),
      });
      req.on('response', (res) => {
        const header: Record<string, { values: string[] }> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const k = res.rawHeaders[i]!;
          if (/^(transfer-encoding|connection|keep-alive|date)$/i.test(k)) continue;
          (header[k] ??= { values: [] }).values.push(res.rawHeaders[i + 1]!);
        }
        call.write({ status_code: res.statusCode ?? 200, header });
        const streamed = res.headers['content-length'] === undefined; // chunked: pass writes on as they happen
        res.on('data', (chunk: Buffer) => {
          if (!call.write({ body: chunk, flush: streamed })) {
            res.pause();
            call.once('drain', () => res.resume());
          }
        });
        res.on('end', () => {
          call.end();
          client.destroy();
        });
      });
      req.on('error', (err) => failCall(call, err));
      call.on('cancelled', () => {
        req.destroy();
        client.destroy();
      });
      if (head.body?.length) req.write(head.body);
      for (;;) {
        const next = await it.next();
        if (next.done) break;
        const body = next.value.body;
        if (body?.length && !req.write(body)) await new Promise((r) => req.once('drain', r));
      }
      req.end();
    })().catch((err: Error) => failCall(call, err));
  };
}
