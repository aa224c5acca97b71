/**
 * mm-bridge emulate --http: the emulator over HTTP, for tests in any language (the SDKs' testing
 * helpers use it). JSON in, JSON out:
 *
 *   POST /hooks/<Name>   body: the hook's request message → {response, error?, api_calls}
 *   GET  /hooks          {implemented: [...], hooks: [...]}
 *   GET  /api-calls      every API call the plugin made: [{method, request, response | error}]
 *   POST /reset-calls    forget the recorded calls
 *   GET  /state          the fake server's state (users, channels, posts, kv, …)
 *   POST /state          add to it (the --state format)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dumpState, seedState } from './state.ts';
import { EmulateError, HookFirer } from './hook-fire.ts';
import type { HostEmulator } from './host.ts';

const MAX_BODY = 64 * 1024 * 1024;

export interface EmulatorHttp {
  url: string;
  close(): Promise<void>;
}

export async function serveEmulatorHttp(
  emu: HostEmulator,
  host: string,
  port: number,
): Promise<EmulatorHttp> {
  const firer = new HookFirer(emu);
  const api = emu.api;
  const route = async (req: IncomingMessage): Promise<unknown> => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const p = url.pathname;
    const method = req.method ?? 'GET';
    const hook = /^\/hooks\/([^/]+)$/.exec(p);
    if (hook && method === 'POST') return firer.fire(decodeURIComponent(hook[1]!), await jsonBody(req));
    if (p === '/hooks' && method === 'GET')
      return { implemented: emu.implemented, hooks: api.codecs.hookNames };
    if (p === '/api-calls' && method === 'GET') return api.callsJson();
    if (p === '/reset-calls' && method === 'POST') {
      api.resetCalls();
      return {};
    }
    if (p === '/state' && method === 'GET') return dumpState(api.store, api.codecs);
    if (p === '/state' && method === 'POST') {
      try {
        seedState(api.store, api.codecs, await jsonBody(req));
      } catch (err) {
        throw err instanceof EmulateError ? err : new EmulateError((err as Error).message, 400);
      }
      return {};
    }
    throw new EmulateError(
      `no route ${method} ${p}; routes: POST /hooks/<Name>, GET /hooks, GET /api-calls, POST /reset-calls, GET /state, POST /state`,
      404,
    );
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    route(req).then(
      (body) => send(res, 200, body),
      (err: unknown) =>
        send(res, err instanceof EmulateError ? err.status : 500, {
          error: (err as Error).message ?? String(err),
        }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shown}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new EmulateError(`request body over ${MAX_BODY} bytes`, 413);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new EmulateError(`the request body is not JSON: ${(err as Error).message}`, 400);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
