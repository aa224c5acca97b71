/**
 * net/rpc server over one stream (golang/go src/net/rpc/server.go): requests are read in order,
 * each method runs concurrently, replies are written whole (header + body) as they complete.
 * Error strings match Go's so the host sees exactly what a Go plugin would send.
 */
import type { Duplex } from 'node:stream';
import type { GobType, GobValue } from '../gob/types.ts';
import { serverErrors } from './errors.ts';
import { GobConn, type Decoded } from './gob-stream.ts';
import { EMPTY_STRUCT, RESPONSE_TYPE, readRequestHeader } from './headers.ts';

export interface Reply {
  type: GobType;
  value: GobValue;
}

/** A method receives the decoded argument and returns its reply; a thrown Error becomes Response.Error. */
export type RpcHandler = (arg: Decoded) => Promise<Reply> | Reply;

export interface RpcServerOptions {
  /** Called once per connection-level failure (malformed stream); the connection is then closed. */
  onError?: (err: Error) => void;
}

export class RpcServer {
  private readonly services = new Map<string, Map<string, RpcHandler> | Promise<Map<string, RpcHandler>>>();

  constructor(private readonly options: RpcServerOptions = {}) {}

  /** Registers a service; its methods may still be loading (calls wait for them). */
  register(service: string, methods: Record<string, RpcHandler> | Promise<Record<string, RpcHandler>>): this {
    this.services.set(
      service,
      methods instanceof Promise
        ? methods.then((m) => new Map(Object.entries(m)))
        : new Map(Object.entries(methods)),
    );
    return this;
  }

  /** Serves one connection until it ends; resolves when the stream is done. */
  async serveConn(stream: Duplex): Promise<void> {
    const conn = new GobConn(stream);
    const inflight = new Set<Promise<void>>();
    try {
      for (;;) {
        const head = await conn.read();
        if (!head) break;
        const header = readRequestHeader(head.value);
        const body = await conn.read();
        if (!body) break;
        const handler = this.lookup(header.serviceMethod);
        const p = this.dispatch(conn, header.serviceMethod, header.seq, handler, body)
          .catch((err: unknown) =>
            this.options.onError?.(err instanceof Error ? err : new Error(String(err))),
          )
          .finally(() => inflight.delete(p));
        inflight.add(p);
      }
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      this.options.onError?.(new Error(`rpc: server cannot decode request: ${e.message}`));
      conn.destroy();
    }
    await Promise.allSettled([...inflight]);
    conn.close();
  }

  private async lookup(sm: string): Promise<RpcHandler | string> {
    const dot = sm.lastIndexOf('.');
    if (dot < 0) return serverErrors.illFormed(sm);
    const entry = this.services.get(sm.slice(0, dot));
    if (!entry) return serverErrors.noService(sm);
    const service = entry instanceof Promise ? await entry : entry;
    return service.get(sm.slice(dot + 1)) ?? serverErrors.noMethod(sm);
  }

  private async dispatch(
    conn: GobConn,
    serviceMethod: string,
    seq: bigint,
    pending: Promise<RpcHandler | string>,
    body: Decoded,
  ): Promise<void> {
    let handler: RpcHandler | string;
    try {
      handler = await pending;
    } catch (err) {
      handler = `rpc: service unavailable: ${err instanceof Error ? err.message : String(err)}`;
    }
    let reply: Reply = { type: EMPTY_STRUCT, value: {} };
    let error = '';
    if (typeof handler === 'string') {
      error = handler;
    } else {
      try {
        reply = await handler(body);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
        if (error === '') error = 'unknown error';
      }
    }
    const header = { ServiceMethod: serviceMethod, Seq: seq, Error: error };
    try {
      conn.write([[RESPONSE_TYPE, header], error === '' ? [reply.type, reply.value] : [EMPTY_STRUCT, {}]]);
    } catch (err) {
      // The reply could not be encoded: tell the caller instead of leaving the call hanging.
      const msg = `bridge: cannot encode reply for ${serviceMethod}: ${err instanceof Error ? err.message : String(err)}`;
      conn.write([
        [RESPONSE_TYPE, { ...header, Error: msg }],
        [EMPTY_STRUCT, {}],
      ]);
    }
  }
}
