/**
 * The server's http.ResponseWriter, reached over net/rpc on a MuxBroker stream
 * (server/public/plugin/http.go, httpResponseWriterRPCServer): Header, SyncHeader, WriteHeader,
 * Write and Flush, all on service "Plugin".
 */
import { T, type GobValue } from '../../gob/types.ts';
import { EMPTY_STRUCT, RpcServerError, type RpcClient } from '../../netrpc/index.ts';

/** http.Header on the gob wire: map[string][]string. */
export const HTTP_HEADER = { kind: 'map', key: T.string, elem: { kind: 'slice', elem: T.string } } as const;

export type Header = Map<string, string[]>;

export class ResponseWriterClient {
  private flushSupported = true;

  constructor(private readonly rpc: RpcClient) {}

  /** The server's current response headers (those it set before calling the plugin). */
  async header(): Promise<Header> {
    const r = await this.rpc.call('Plugin.Header', EMPTY_STRUCT, {});
    return toHeader(r.value);
  }

  /** Replaces the server's header map with `h` (SyncHeader deletes keys that are not in h). */
  async syncHeader(h: Header): Promise<void> {
    await this.rpc.call('Plugin.SyncHeader', HTTP_HEADER, h as unknown as GobValue);
  }

  /** Fails for codes outside 100–999, as the server checks them. */
  async writeHeader(status: number): Promise<void> {
    await this.rpc.call('Plugin.WriteHeader', T.int, BigInt(status));
  }

  async write(chunk: Uint8Array): Promise<void> {
    await this.rpc.call('Plugin.Write', T.bytes, chunk);
  }

  /** Best effort, like http.Flusher: servers before Flush existed answer "can't find method". */
  async flush(): Promise<void> {
    if (!this.flushSupported) return;
    try {
      await this.rpc.call('Plugin.Flush', EMPTY_STRUCT, {});
    } catch (err) {
      if (err instanceof RpcServerError && err.message.includes("can't find method"))
        this.flushSupported = false;
      else throw err;
    }
  }

  close(): void {
    this.rpc.close();
  }
}

export function toHeader(v: GobValue | undefined): Header {
  const out: Header = new Map();
  if (v instanceof Map)
    for (const [k, vals] of v) out.set(String(k), ((vals ?? []) as GobValue[]).map(String));
  return out;
}
