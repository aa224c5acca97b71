/**
 * The Node SDK's streaming PluginAPI calls against the bridge's real PluginAPI server (see
 * sdk-node-bridge.ts): client streams (UploadData, InstallPlugin) send the other fields, then the
 * body in chunks, which the fake server pulls through the bridge as a remote io.Reader; PluginHTTP
 * streams the request body out and the response body back.
 */
import { createHash } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GobStruct } from '../../src/bridge/gob/types.ts';
import { RemoteReader } from '../../src/bridge/mattermost/streams/io-reader.ts';
import { AppError, createPluginApi, type PluginApiClient } from '../../sdk/node/src/index.ts';
import { CHUNK_SIZE } from '../../sdk/node/src/service-client.ts';
import { appError, startBridgeApi, type BridgeUnderTest } from './sdk-node-bridge.ts';

/** Reads a reader the bridge serves until its end, in reads of `size` bytes like io.Copy. */
async function readAll(stream: Duplex, size = 64 * 1024): Promise<Buffer> {
  const r = new RemoteReader(stream);
  const parts: Buffer[] = [];
  for (;;) {
    const chunk = await r.read(size);
    if (chunk === null) break;
    parts.push(chunk);
  }
  r.close();
  return Buffer.concat(parts);
}

/** Writes in 32 KiB pieces with backpressure, then ends. */
async function writeAll(stream: Duplex, data: Buffer): Promise<void> {
  for (let i = 0; i < data.length; i += 32 * 1024)
    if (!stream.write(data.subarray(i, i + 32 * 1024))) await new Promise((r) => stream.once('drain', r));
  stream.end();
}

/** A url.URL travels as its marshalled text. */
const urlOf = (req: GobStruct): string => Buffer.from(req.URL as Uint8Array).toString();

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

async function* chunksOf(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) {
    await new Promise((r) => setImmediate(r));
    yield data.subarray(i, i + size);
  }
}

const data = Buffer.alloc(1024 * 1024 + 123);
for (let i = 0; i < data.length; i++) data[i] = (i * 31 + (i >> 8)) & 0xff;

let bridge: BridgeUnderTest;
let api: PluginApiClient;
beforeAll(async () => {
  bridge = await startBridgeApi({
    UploadData: async (a, server) => {
      const got = await readAll(await server.dial(a.PluginStreamID!));
      const us = a.A as GobStruct;
      return { A: { Id: `file-of-${String(us.Id)}`, Size: BigInt(got.length), Name: sha256(got) } };
    },
    InstallPlugin: async (a, server) => {
      const got = await readAll(await server.dial(a.PluginStreamID!));
      if (got.toString() === 'not a tarball')
        return {
          B: appError('app.plugin.extract.app_error', 'Unable to extract plugin.', 400, 'InstallPlugin'),
        };
      return { A: { Id: `replace=${String(a.B ?? false)} bytes=${got.length}` } };
    },
    PluginHTTP: async (a, server) => {
      const req = a.Request as GobStruct;
      const body = await readAll(await server.dial(a.RequestBodyStream!));
      const res = await server.dial(a.ResponseBodyStream!);
      // The response body in 32 KiB writes, as Go's io.Copy writes it, while the reply goes back.
      void writeAll(res, Buffer.concat([Buffer.from(`${String(req.Method)} ${urlOf(req)} `), body]));
      return { StatusCode: 201n, Header: new Map([['X-Echo', ['yes', 'twice']]]) };
    },
  });
  api = createPluginApi(bridge.contract, bridge.target, bridge.token);
});

afterAll(async () => {
  api?.close();
  await bridge?.close();
});

describe('streaming PluginAPI calls through the bridge', () => {
  it('UploadData: the request fields, then a body from an async iterable', async () => {
    const { file_info } = await api.UploadData({ us: { id: 'up1' } }, chunksOf(data, 10_000));
    expect(file_info).toMatchObject({ id: 'file-of-up1', size: String(data.length), name: sha256(data) });
    expect((bridge.calls.at(-1)!.args.A as GobStruct).Id).toBe('up1');
  });

  it('UploadData: a Buffer body is sent in chunks', async () => {
    const { file_info } = await api.UploadData({ us: { id: 'up2' } }, data);
    expect(file_info).toMatchObject({ size: String(data.length), name: sha256(data) });
    expect(CHUNK_SIZE).toBeLessThan(data.length);
  });

  it('UploadData: no body is an empty upload', async () => {
    const { file_info } = await api.UploadData({ us: { id: 'up3' } });
    expect(file_info?.size).toBeUndefined(); // 0: a proto3 default
  });

  it('InstallPlugin: other fields go with the head; an AppError rejects with AppError', async () => {
    const { manifest } = await api.InstallPlugin({ replace: true }, [
      Buffer.from('tar'),
      Buffer.from('ball'),
    ]);
    expect(manifest?.id).toBe('replace=true bytes=7');
    const err = await api.InstallPlugin({}, Buffer.from('not a tarball')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ id: 'app.plugin.extract.app_error', statusCode: 400 });
  });

  it('a body that fails rejects the call with its error', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.from('first');
      throw new Error('disk on fire');
    }
    await expect(api.UploadData({ us: { id: 'up4' } }, failing())).rejects.toThrow('disk on fire');
  });

  it('PluginHTTP: request body out, status and header first, response body streamed back', async () => {
    const res = await api.PluginHTTP(
      { request: { method: 'POST', url: { value: '/com.example.other/echo' }, header: {} } },
      chunksOf(data, 50_000),
    );
    expect(res.status_code).toBe('201');
    expect(res.header).toEqual({ 'X-Echo': { values: ['yes', 'twice'] } });
    const parts: Buffer[] = [];
    for await (const chunk of res.body) {
      expect(Buffer.isBuffer(chunk)).toBe(true);
      parts.push(chunk);
    }
    const body = Buffer.concat(parts);
    const prefix = Buffer.from('POST /com.example.other/echo ');
    expect(body.subarray(0, prefix.length).toString()).toBe(prefix.toString());
    expect(sha256(body.subarray(prefix.length))).toBe(sha256(data));
  });
});
