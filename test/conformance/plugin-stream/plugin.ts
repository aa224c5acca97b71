/**
 * The streaming test plugin behind the bridge in the Go conformance harness (streaming_test.go,
 * cmd/streambench). Its behaviour is specified in test/conformance/gostream/main.go and mirrored
 * there by a native Go plugin, so the same assertions prove the bridge streams like a Go plugin.
 *
 * Written the way a plugin author would with the Node SDK: `serveHttp` / `serveMetrics` are plain
 * Node (req, res) handlers, `fileWillBeUploaded` gets the upload as an async iterable.
 *
 * Three things the SDK does not offer yet are done here by hand: the PluginAPI client inside HTTP
 * handlers (runPlugin passes `api` only to message hooks; here a second client is built from
 * MM_BRIDGE_API_TARGET / MM_BRIDGE_TOKEN), streaming PluginAPI methods (the SDK's ApiClient is
 * unary only; `pluginHttp` below drives the `PluginHTTP` bidi stream and `apiUploadCall` the
 * client streams of UploadData / InstallPlugin / ReceiveSharedChannelAttachmentSyncMsg with grpc-js
 * directly), and the PluginDriver service (`driverCall`, a generic grpc-js client).
 *
 * `/api-upload` exchanges the API arguments and results with the Go test as gob (like the
 * round-trip echo plugin): the bridge's own MethodCodec turns Z_<M>Args into the request and the
 * response back into Z_<M>Returns, so Go can compare with DeepEqual.
 */
import { createHash } from 'node:crypto';
import type http from 'node:http';
import * as grpc from '@grpc/grpc-js';
import { GobDecoder, GobEncoder } from '../../../src/bridge/gob/index.ts';
import { loadContract, PACKAGE } from '../../../src/bridge/grpc/contract.ts';
import { appErrorFromStatus } from '../../../src/bridge/grpc/status.ts';
import { MethodCodec } from '../../../src/bridge/mattermost/method-codec.ts';
import { GobTypes, loadSchema } from '../../../src/bridge/mattermost/schema.ts';
import { Translator } from '../../../src/bridge/mattermost/translate.ts';
import { SCHEMA_FILE } from '../../../src/paths.ts';
import { createApiClient } from '../../../sdk/node/src/api-client.ts';
import { runPlugin } from '../../../sdk/node/src/index.ts';

type Msg = Record<string, unknown>;
type ProtoHeader = Record<string, { values?: string[] }>;

// ---- the deterministic byte stream (test/conformance/gostream/pattern) ----------------------

const PERIOD = 1048573;
const BLOCK: Buffer = (() => {
  const b = Buffer.allocUnsafe(PERIOD);
  let x = 0x9e3779b9 >>> 0;
  for (let i = 0; i < PERIOD; i++) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    b[i] = x & 0xff;
  }
  return b;
})();

/** The first `n` pattern bytes in chunks of at most `chunk` bytes (views into BLOCK, never copied). */
function* patternChunks(n: number, chunk = 64 * 1024): Generator<Buffer> {
  let pos = 0;
  while (pos < n) {
    const off = pos % PERIOD;
    const len = Math.min(chunk, PERIOD - off, n - pos);
    yield BLOCK.subarray(off, off + len);
    pos += len;
  }
}

// ---- PluginAPI access from HTTP handlers -----------------------------------------------------

const target = process.env.MM_BRIDGE_API_TARGET ?? '';
const token = process.env.MM_BRIDGE_TOKEN ?? '';
const contract = loadContract();
const api = createApiClient(contract, target, token, 60_000);
const metadata = (): grpc.Metadata => {
  const md = new grpc.Metadata();
  md.set('authorization', `Bearer ${token}`);
  return md;
};
let streamClient: grpc.Client | undefined;
function rawClient(): Record<string, (md: grpc.Metadata) => grpc.ClientDuplexStream<Msg, Msg>> {
  if (!streamClient) {
    const Client = grpc.makeGenericClientConstructor(contract.api, 'PluginAPI');
    streamClient = new Client(target, grpc.credentials.createInsecure());
  }
  return streamClient as unknown as Record<string, (md: grpc.Metadata) => grpc.ClientDuplexStream<Msg, Msg>>;
}

const debug = process.env.STREAM_PLUGIN_DEBUG
  ? (msg: string): void => void process.stderr.write(`plugin-stream: ${msg}\n`)
  : (): void => undefined;

let driverClient: grpc.Client | undefined;
/** A unary PluginDriver call (the bridge serves plugin.Driver as gRPC service PluginDriver). */
function driverCall(method: string, request: Msg): Promise<Msg> {
  if (!driverClient) {
    const Client = grpc.makeGenericClientConstructor(contract.driver, 'PluginDriver');
    driverClient = new Client(target, grpc.credentials.createInsecure());
  }
  const fn = (driverClient as unknown as Record<string, (...a: unknown[]) => void>)[method];
  if (!fn) return Promise.reject(new Error(`PluginDriver has no method ${method}`));
  return new Promise((resolve, reject) =>
    fn.call(
      driverClient,
      request,
      metadata(),
      { deadline: Date.now() + 30_000 },
      (err: grpc.ServiceError | null, res: Msg) => (err ? reject(err) : resolve(res)),
    ),
  );
}

const kvSet = (key: string, value: string | Buffer): Promise<Msg> =>
  api.KVSet!({ key, value: Buffer.from(value) });

interface PluginHttpResponse {
  status: number;
  header: Record<string, string[]>;
  body: AsyncIterable<Buffer>;
}

/**
 * API.PluginHTTP over the bridge's `PluginHTTP` bidi stream: the request head, the body in
 * chunks, half-close; the first response message carries status and header, the rest the body.
 */
async function pluginHttp(
  method: string,
  url: string,
  header: Record<string, string[]>,
  body: Iterable<Buffer> | null,
): Promise<PluginHttpResponse> {
  const call = rawClient().PluginHTTP!(metadata());
  const protoHeader: ProtoHeader = {};
  for (const [k, v] of Object.entries(header)) protoHeader[k] = { values: v };
  const write = async (m: Msg): Promise<void> => {
    if (!call.write(m)) await new Promise((r) => call.once('drain', r));
  };
  const it = (call as AsyncIterable<Msg>)[Symbol.asyncIterator]();
  const sending = (async () => {
    await write({
      request: {
        method,
        url: { value: url },
        proto: 'HTTP/1.1',
        proto_major: 1,
        proto_minor: 1,
        header: protoHeader,
      },
    });
    if (body) for (const chunk of body) await write({ body: chunk });
    call.end();
  })();
  sending.then(
    () => debug(`PluginHTTP ${method} ${url}: request sent`),
    (err: Error) => debug(`PluginHTTP ${method} ${url}: sending failed: ${err.message}`),
  );
  call.on('status', (st: grpc.StatusObject) =>
    debug(`PluginHTTP ${method} ${url}: status ${st.code} ${st.details}`),
  );
  const first = await it.next();
  debug(`PluginHTTP ${method} ${url}: head ${JSON.stringify(first.value ?? null)}`);
  if (first.done) throw new Error('PluginHTTP: the stream ended without a response head');
  const head = first.value;
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries((head.header ?? {}) as ProtoHeader)) out[k] = v.values ?? [];
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.body && (head.body as Uint8Array).length) yield Buffer.from(head.body as Uint8Array);
    for (;;) {
      const n = await it.next();
      if (n.done) break;
      const b = n.value.body as Uint8Array | undefined;
      if (b?.length) yield Buffer.from(b);
    }
    // Not awaiting `sending`: the peer may answer before it read the whole request body.
  }
  return { status: Number(head.status_code ?? 0), header: out, body: rest() };
}

// ---- streaming upload API methods ------------------------------------------------------------

const UPLOAD_METHODS = ['UploadData', 'InstallPlugin', 'ReceiveSharedChannelAttachmentSyncMsg'];
let uploadCodecs: Map<string, MethodCodec> | undefined;

/** The bridge's codec of an upload method (built on first use: the schema is big). */
function uploadCodec(method: string): MethodCodec | undefined {
  if (!uploadCodecs) {
    const schema = loadSchema(SCHEMA_FILE);
    const types = new GobTypes(schema);
    const tr = new Translator(types, contract.root, schema);
    uploadCodecs = new Map();
    for (const def of schema.api)
      if (UPLOAD_METHODS.includes(def.name))
        uploadCodecs.set(def.name, new MethodCodec(def, types, tr, PACKAGE));
  }
  return uploadCodecs.get(method);
}

let uploadClient: grpc.Client | undefined;
type ClientStreamFn = (
  md: grpc.Metadata,
  options: grpc.CallOptions,
  cb: (err: grpc.ServiceError | null, res?: Msg) => void,
) => grpc.ClientWritableStream<Msg>;

interface UploadResult {
  response?: Msg;
  error?: grpc.ServiceError;
  /** bytes of `data` handed to the call (the server may answer before taking them all) */
  sent: number;
}

/**
 * A streaming upload API method over the bridge's client stream: `request` (the arguments; with
 * `dataInHead`, also the first chunk), then `data` as `{ data: chunk }` messages with
 * backpressure, then half-close. The server may answer (an error, typically) before it read
 * everything: sending stops then.
 */
function apiUploadCall(
  method: string,
  request: Msg,
  data: Iterable<Buffer>,
  dataInHead = false,
): Promise<UploadResult> {
  if (!uploadClient) {
    const Client = grpc.makeGenericClientConstructor(contract.api, 'PluginAPI');
    uploadClient = new Client(target, grpc.credentials.createInsecure());
  }
  const fn = (uploadClient as unknown as Record<string, ClientStreamFn | undefined>)[method];
  if (typeof fn !== 'function') return Promise.reject(new Error(`PluginAPI has no method ${method}`));
  return new Promise((resolve) => {
    let sent = 0;
    let finished = false;
    let onFinish = (): void => undefined;
    const ended = new Promise<void>((r) => (onFinish = r));
    const call = fn.call(uploadClient, metadata(), { deadline: Date.now() + 120_000 }, (err, res) => {
      finished = true;
      onFinish();
      debug(
        `${method}: answered after ${sent} bytes sent (${err ? `error ${err.code} ${err.details}` : 'ok'})`,
      );
      resolve(err ? { error: err, sent } : { response: res ?? {}, sent });
    });
    call.on('error', () => undefined); // delivered to the callback
    const write = async (m: Msg): Promise<boolean> => {
      if (finished) return false;
      if (!call.write(m)) await Promise.race([new Promise((r) => call.once('drain', r)), ended]);
      return !finished;
    };
    void (async () => {
      const chunks = data[Symbol.iterator]();
      let head = request;
      let headBytes = 0;
      if (dataInHead) {
        const first = chunks.next();
        if (!first.done) {
          head = { ...request, data: first.value };
          headBytes = first.value.length;
        }
      }
      if (!(await write(head))) return;
      sent += headBytes;
      for (let c = chunks.next(); !c.done; c = chunks.next()) {
        if (!(await write({ data: c.value }))) return;
        sent += c.value.length;
      }
      if (!finished) call.end();
    })().catch((err: Error) => {
      debug(`${method}: sending failed: ${err.message}`);
      call.cancel();
    });
  });
}

/** An API error as the plugin received it (the same JSON as gostream's errorJSON). */
function errorJSON(err: grpc.ServiceError): Msg {
  const appErr = appErrorFromStatus(err, contract.root.lookupType(`${PACKAGE}.AppError`));
  if (appErr)
    return {
      type: '*model.AppError',
      id: appErr.id ?? '',
      message: appErr.message ?? '',
      detailed_error: appErr.detailed_error ?? '',
      request_id: appErr.request_id ?? '',
      status_code: Number(appErr.status_code ?? 0),
      where: appErr.where ?? '',
    };
  return { type: `grpc status ${err.code}`, text: err.details };
}

/** /api-upload: see gostream's apiUpload. */
async function apiUpload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  q: URLSearchParams,
): Promise<void> {
  const method = q.get('method') ?? '';
  const size = Number(q.get('size') ?? 0);
  const bad = (msg: string): void => {
    res.writeHead(400, { 'Content-Type': 'text/plain' });
    res.end(`${method}: ${msg}\n`);
  };
  const codec = uploadCodec(method);
  if (!codec) return bad('not a streaming upload method');
  const body: Buffer[] = [];
  for await (const chunk of req) body.push(chunk as Buffer);
  const dec = new GobDecoder();
  dec.push(Buffer.concat(body));
  const args = dec.next();
  if (!args) return bad('incomplete gob arguments');
  const request = codec.argsToRequest(args.value);
  const start = Date.now();
  const r = await apiUploadCall(method, request, patternChunks(size), q.get('data_in_head') === 'true');
  const ms = Date.now() - start;
  const returns = new GobEncoder().encode(
    codec.returnsType,
    r.response ? codec.responseToReturns(r.response) : {},
  );
  json(res, 200, {
    returns: Buffer.from(returns).toString('base64'),
    error: r.error ? errorJSON(r.error) : null,
    pulled: r.sent,
    ms,
  });
}

// ---- helpers ---------------------------------------------------------------------------------

/** net/textproto.CanonicalMIMEHeaderKey for token keys. */
function canonical(k: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(k)) return k;
  return k
    .toLowerCase()
    .split('-')
    .map((p) => (p ? p[0]!.toUpperCase() + p.slice(1) : p))
    .join('-');
}

function json(res: http.ServerResponse, status: number, v: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(`${JSON.stringify(v)}\n`);
}

/** Writes with backpressure; false when the response went away. */
function write(res: http.ServerResponse, chunk: Buffer | string): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  if (res.write(chunk)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean): void => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = (): void => done(true);
    const onClose = (): void => done(false);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---- database (the harness's fake driver; see gostream's /db) ------------------------------

const DB_QUERY = 'SELECT id, name, score, data, flag, note FROM things WHERE id > ?';
const DB_EXEC = 'UPDATE things SET flag = ? WHERE id > ?';
const int64Value = (n: number): Msg => ({
  struct_value: { fields: { '@type': { string_value: 'int64' }, value: { string_value: String(n) } } },
});

/** google.protobuf.Value (tagged Go interface value) → "<Go type>=<value>", like gostream. */
function renderValue(v: Msg | undefined): string {
  if (!v || v.null_value !== undefined) return '<nil>';
  if (v.string_value !== undefined) return `string=${String(v.string_value)}`;
  if (v.number_value !== undefined) return `float64=${String(v.number_value)}`;
  if (v.bool_value !== undefined) return `bool=${String(v.bool_value)}`;
  const fields = (v.struct_value as { fields?: Record<string, Msg> } | undefined)?.fields;
  const type = fields?.['@type']?.string_value;
  if (type !== undefined)
    return `${String(type)}=${String(fields?.value?.string_value ?? JSON.stringify(fields?.value))}`;
  return JSON.stringify(v);
}

async function dbResult(): Promise<[number, unknown]> {
  let step = 'Conn';
  try {
    const conn = (await driverCall('Conn', { is_master: true })).conn_id as string;
    step = 'ConnPing';
    await driverCall('ConnPing', { conn_id: conn });
    step = 'ConnQuery';
    const rowsId = (
      await driverCall('ConnQuery', {
        conn_id: conn,
        q: DB_QUERY,
        args: [{ ordinal: 1, value: int64Value(0) }],
      })
    ).rows_id as string;
    step = 'RowsColumns';
    const columns = ((await driverCall('RowsColumns', { rows_id: rowsId })).columns ?? []) as string[];
    const rows: string[][] = [];
    let end = '';
    step = 'RowsNext';
    for (;;) {
      let r: Msg;
      try {
        r = await driverCall('RowsNext', {
          rows_id: rowsId,
          dest: columns.map(() => ({ null_value: 'NULL_VALUE' })),
        });
      } catch (err) {
        const e = err as grpc.ServiceError;
        end = e.details ?? e.message;
        break;
      }
      rows.push(((r.values ?? []) as Msg[]).map(renderValue));
      if (rows.length > 100) break; // a RowsNext that never ends
    }
    step = 'RowsClose';
    await driverCall('RowsClose', { rows_id: rowsId });
    step = 'ConnExec';
    const rc = ((
      await driverCall('ConnExec', {
        conn_id: conn,
        q: DB_EXEC,
        args: [
          { ordinal: 1, value: { bool_value: true } },
          { ordinal: 2, value: int64Value(0) },
        ],
      })
    ).result_container ?? {}) as Msg;
    let badQueryError = '';
    try {
      await driverCall('ConnQuery', { conn_id: conn, q: 'SELECT * FROM missing' });
    } catch (err) {
      badQueryError = (err as grpc.ServiceError).details ?? (err as Error).message;
    }
    step = 'ConnClose';
    await driverCall('ConnClose', { conn_id: conn });
    return [
      200,
      {
        columns,
        rows,
        end,
        lastId: Number(rc.last_id ?? 0),
        rowsAffected: Number(rc.rows_affected ?? 0),
        badQueryError,
      },
    ];
  } catch (err) {
    const e = err as grpc.ServiceError;
    return [500, { step, error: e.details ?? e.message }];
  }
}

async function db(res: http.ServerResponse): Promise<void> {
  const [status, result] = await dbResult();
  json(res, status, result);
}

// ---- ServeHTTP -------------------------------------------------------------------------------

async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://plugin');
  const q = url.searchParams;
  switch (url.pathname) {
    case '/echo': {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      for await (const chunk of req) if (!(await write(res, chunk as Buffer))) return;
      res.end();
      return;
    }
    case '/hash': {
      const h = createHash('sha256');
      let length = 0;
      for await (const chunk of req) {
        h.update(chunk as Buffer);
        length += (chunk as Buffer).length;
      }
      const result = { sha256: h.digest('hex'), length };
      const key = q.get('key');
      if (key) await kvSet(`hash:${key}`, JSON.stringify(result));
      json(res, 200, result);
      return;
    }
    case '/download': {
      const size = Number(q.get('size') ?? 0);
      const chunk = Number(q.get('chunk') ?? 0) || 64 * 1024;
      const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
      if (q.get('cl') === '1') headers['Content-Length'] = String(size);
      res.writeHead(200, headers);
      for (const c of patternChunks(size, chunk)) if (!(await write(res, c))) return;
      res.end();
      return;
    }
    case '/chunks': {
      const n = Number(q.get('n') ?? 0);
      const gate = q.get('gate');
      const delay = Number(q.get('delay') ?? 0);
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      for (let i = 0; i < n; i++) {
        if (i > 0 && gate) await api.KVGet!({ key: `gate:${gate}:${i}` });
        if (i > 0 && delay > 0) await sleep(delay);
        if (!(await write(res, `chunk ${i}\n`))) return;
      }
      res.end();
      return;
    }
    case '/early':
      res.writeHead(413, { 'Content-Type': 'text/plain' });
      res.end('too large\n');
      return;
    case '/status': {
      const code = Number(q.get('code'));
      try {
        res.writeHead(code, { 'X-Status-Route': 'yes' });
      } catch {
        // Node refuses codes outside 100–999, as the server refuses them from a Go plugin: the
        // status is then left to the first write (200).
        res.setHeader('X-Status-Route', 'yes');
      }
      res.end(`status ${code}\n`);
      return;
    }
    case '/headers': {
      const headers: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(req.headersDistinct)) if (v) headers[canonical(k)] = v;
      res.setHeader('X-Multi-Out', ['1', '2', '3']);
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.setHeader('X-Single', 'v');
      json(res, 200, {
        method: req.method,
        path: url.pathname,
        query: url.search.replace(/^\?/, ''),
        host: req.headers.host ?? '',
        headers,
      });
      return;
    }
    case '/slow': {
      const chunks = Number(q.get('chunks') ?? 0);
      const size = Number(q.get('size') ?? 0);
      const delay = Number(q.get('delay') ?? 0);
      const key = q.get('key') ?? '';
      let written = 0;
      let closedEarly = false;
      res.on('close', () => {
        if (!res.writableFinished) closedEarly = true;
      });
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      const src = patternChunks(chunks * size, size);
      for (; written < chunks && !closedEarly; written++) {
        if (written > 0 && delay > 0) await sleep(delay);
        if (closedEarly) break;
        const c = src.next();
        if (c.done || !(await write(res, c.value))) {
          closedEarly = true;
          break;
        }
      }
      if (!closedEarly) res.end();
      await kvSet(
        `slow:${key}`,
        closedEarly ? `cancelled after ${written} chunks` : `completed ${chunks} chunks`,
      );
      return;
    }
    case '/call-other': {
      const method = q.get('method') || 'GET';
      const size = q.get('size');
      const progress = q.get('progress');
      const r = await pluginHttp(
        method,
        `/${q.get('target') ?? ''}${q.get('path') ?? ''}`,
        { 'X-Multi': ['a', 'b'] },
        size === null ? null : patternChunks(Number(size)),
      );
      const h = createHash('sha256');
      let length = 0;
      let head = Buffer.alloc(0);
      for await (const chunk of r.body) {
        h.update(chunk);
        length += chunk.length;
        if (head.length < 1024) head = Buffer.concat([head, chunk.subarray(0, 1024 - head.length)]);
        if (progress) await kvSet(`progress:${progress}`, head);
      }
      json(res, 200, {
        status: r.status,
        header: r.header,
        sha256: h.digest('hex'),
        length,
        head: head.toString(),
      });
      return;
    }
    case '/db':
      await db(res);
      return;
    case '/api-upload':
      await apiUpload(req, res, q);
      return;
    default:
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end(`no route ${url.pathname}\n`);
  }
}

function serveHttp(req: http.IncomingMessage, res: http.ServerResponse): void {
  debug(`${req.method ?? ''} ${req.url ?? ''} ${JSON.stringify(req.headers)}`);
  res.on('finish', () => debug(`${req.url ?? ''} finished ${res.statusCode}`));
  res.on('close', () => debug(`${req.url ?? ''} closed (finished=${String(res.writableFinished)})`));
  serve(req, res).catch((err: Error) => {
    process.stderr.write(`plugin-stream: ${req.url ?? ''}: ${err.stack ?? err.message}\n`);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(`handler failed: ${err.message}\n`);
  });
}

function serveMetrics(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://plugin').pathname;
  res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
  res.end(
    `# TYPE stream_plugin_up gauge\nstream_plugin_up 1\nstream_plugin_metrics_path{path=${JSON.stringify(path)}} 1\n`,
  );
}

// ---- FileWillBeUploaded ----------------------------------------------------------------------

type FileInfo = { name?: string; size?: string | number; content?: string } & Msg;

await runPlugin({
  hooks: {
    // "/stream db": the /db JSON as the response text (the database driver without ServeHTTP).
    async ExecuteCommand(req) {
      const words = String((req.args as Msg | undefined)?.command ?? '')
        .trim()
        .split(/\s+/);
      if (words[words.length - 1] !== 'db') return { command_response: { text: 'unknown' } };
      const [, result] = await dbResult();
      return { command_response: { text: JSON.stringify(result) } };
    },
  },
  serveHttp,
  serveMetrics,
  async fileWillBeUploaded({ info }, data) {
    const fi = (info ?? {}) as FileInfo;
    const name = fi.name ?? '';
    if (name.startsWith('reject')) return { rejection_reason: `rejected by stream plugin: ${name}` };
    if (name.startsWith('replace')) {
      const out: FileInfo = { ...fi, name: `replaced-${name}`, size: 0 };
      async function* inverted(): AsyncGenerator<Uint8Array> {
        let n = 0;
        for await (const chunk of data) {
          const o = Buffer.allocUnsafe(chunk.length);
          for (let i = 0; i < chunk.length; i++) o[i] = ~chunk[i]! & 0xff;
          n += o.length;
          out.size = n; // sent after the replacement, so it counts what was written
          yield o;
        }
      }
      return { file_info: out, replacement: inverted() };
    }
    if (name.startsWith('inspect')) {
      const h = createHash('sha256');
      let n = 0;
      for await (const chunk of data) {
        h.update(chunk);
        n += chunk.length;
      }
      return { file_info: { ...fi, content: `sha256=${h.digest('hex')} size=${n}` } };
    }
    return {};
  },
});
