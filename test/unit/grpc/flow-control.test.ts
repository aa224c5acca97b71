/** Every gRPC server of the bridge and the SDKs offers 1 MiB HTTP/2 windows (server.ts). */
import http2 from 'node:http2';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/bridge/grpc/contract.ts';
import { FLOW_CONTROL_WINDOW } from '../../../src/bridge/grpc/limits.ts';
import { startGrpcServer } from '../../../src/bridge/grpc/server.ts';

describe('gRPC server flow control', () => {
  it('announces a 1 MiB stream window and opens a 1 MiB connection window', async () => {
    const contract = loadContract();
    const server = await startGrpcServer({
      address: '127.0.0.1:0',
      services: [],
      reflection: contract.reflection,
    });
    const session = http2.connect(`http://${server.address}`);
    try {
      await new Promise<void>((r) => session.once('remoteSettings', () => r()));
      expect(session.remoteSettings.initialWindowSize).toBe(FLOW_CONTROL_WINDOW);
      // The connection window grows by a WINDOW_UPDATE right after the settings.
      for (let i = 0; i < 100 && session.state.remoteWindowSize! < FLOW_CONTROL_WINDOW; i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(session.state.remoteWindowSize).toBe(FLOW_CONTROL_WINDOW);
    } finally {
      session.destroy();
      await server.shutdown();
    }
  });
});
