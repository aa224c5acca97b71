/** Pending calls end cleanly; bad input ends one connection with a clear error, nothing else. */
import { describe, expect, it } from 'vitest';
import { T } from '../../../src/bridge/gob/types.ts';
import { ERR_SHUTDOWN, ERR_UNEXPECTED_EOF, RpcClient, RpcServer } from '../../../src/bridge/netrpc/index.ts';
import { socketPair } from '../../helpers/net-pair.ts';

describe('net/rpc lifecycle', () => {
  it('fails pending calls with "unexpected EOF" when the server goes away', async () => {
    const [a, b] = await socketPair();
    const server = new RpcServer().register('Slow', { Never: () => new Promise(() => {}) });
    void server.serveConn(b);
    const client = new RpcClient(a);
    const pending = client.call('Slow.Never', T.bool, true);
    await new Promise((r) => setTimeout(r, 50));
    b.destroy();
    await expect(pending).rejects.toThrow(ERR_UNEXPECTED_EOF);
    await expect(client.call('Slow.Never', T.bool, true)).rejects.toThrow(ERR_UNEXPECTED_EOF);
  });

  it('fails pending calls with "connection is shut down" after close()', async () => {
    const [a, b] = await socketPair();
    void new RpcServer().register('Slow', { Never: () => new Promise(() => {}) }).serveConn(b);
    const client = new RpcClient(a);
    const pending = client.call('Slow.Never', T.bool, true);
    client.close();
    await expect(pending).rejects.toThrow(ERR_SHUTDOWN);
    b.destroy();
  });

  it('ends only the connection that sent a malformed gob stream, naming the problem', async () => {
    const errors: Error[] = [];
    const server = new RpcServer({ onError: (e) => errors.push(e) }).register('Echo', {
      Ping: () => ({ type: T.bool, value: true }),
    });
    const [bad, badPeer] = await socketPair();
    const done = server.serveConn(badPeer);
    bad.write(Buffer.from([0x05, 0xff, 0x81, 0x7f, 0x7f, 0x7f])); // a definition of type 65 with a bogus wireType
    await done;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/rpc: server cannot decode request/);

    const [good, goodPeer] = await socketPair();
    void server.serveConn(goodPeer);
    const client = new RpcClient(good);
    expect((await client.call('Echo.Ping', T.bool, true)).value).toBe(true);
    client.close();
    bad.destroy();
  });

  it('answers an unknown method with the Go error string and a struct{} body', async () => {
    const [a, b] = await socketPair();
    void new RpcServer().serveConn(b);
    const client = new RpcClient(a);
    await expect(client.call('X.Y', T.bool, true)).rejects.toThrow("rpc: can't find service X.Y");
    await expect(client.call('nodot', T.bool, true)).rejects.toThrow(
      'rpc: service/method request ill-formed: nodot',
    );
    client.close();
  });
});
