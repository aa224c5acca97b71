/**
 * net/rpc client over one stream (golang/go src/net/rpc/client.go): calls are numbered from 0,
 * many may be outstanding, replies are matched by Seq in any order. When the stream ends every
 * pending call fails ("unexpected EOF", or "connection is shut down" after close()).
 */
import type { Duplex } from 'node:stream';
import type { GobType, GobValue } from '../gob/types.ts';
import { ERR_SHUTDOWN, ERR_UNEXPECTED_EOF, RpcConnectionError, RpcServerError } from './errors.ts';
import { GobConn, type Decoded } from './gob-stream.ts';
import { REQUEST_TYPE, readResponseHeader } from './headers.ts';

interface Pending {
  method: string;
  resolve: (d: Decoded) => void;
  reject: (e: Error) => void;
}

export class RpcClient {
  private readonly conn: GobConn;
  private readonly pending = new Map<bigint, Pending>();
  private seq = 0n;
  private shutdown: Error | undefined;
  private closing = false;

  constructor(stream: Duplex) {
    this.conn = new GobConn(stream);
    void this.readLoop();
  }

  get closed(): boolean {
    return this.shutdown !== undefined;
  }

  get outstanding(): number {
    return this.pending.size;
  }

  /** Calls `Service.Method`; resolves with the decoded reply, rejects with RpcServerError or RpcConnectionError. */
  call(serviceMethod: string, argType: GobType, args: GobValue): Promise<Decoded> {
    if (this.shutdown) return Promise.reject(this.shutdown);
    const seq = this.seq++;
    return new Promise<Decoded>((resolve, reject) => {
      this.pending.set(seq, { method: serviceMethod, resolve, reject });
      try {
        const ok = this.conn.write([
          [REQUEST_TYPE, { ServiceMethod: serviceMethod, Seq: seq }],
          [argType, args],
        ]);
        if (!ok) throw new RpcConnectionError(ERR_SHUTDOWN);
      } catch (err) {
        this.pending.delete(seq);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  close(): void {
    if (this.closing) return;
    this.closing = true;
    this.failAll(new RpcConnectionError(ERR_SHUTDOWN));
    this.conn.close();
  }

  private async readLoop(): Promise<void> {
    let reason: Error = new RpcConnectionError(ERR_UNEXPECTED_EOF);
    try {
      for (;;) {
        const head = await this.conn.read();
        if (!head) break;
        const header = readResponseHeader(head.value);
        const body = await this.conn.read();
        if (!body) break;
        const call = this.pending.get(header.seq);
        if (!call) continue; // unknown seq: body read and dropped, as Go does
        this.pending.delete(header.seq);
        if (header.error !== '') call.reject(new RpcServerError(header.error));
        else call.resolve(body);
      }
    } catch (err) {
      reason = new RpcConnectionError(
        `net/rpc: reading replies failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      this.conn.destroy();
    }
    this.failAll(this.closing ? new RpcConnectionError(ERR_SHUTDOWN) : reason);
  }

  private failAll(err: Error): void {
    this.shutdown ??= err;
    for (const [seq, call] of this.pending) {
      this.pending.delete(seq);
      call.reject(err);
    }
  }
}
