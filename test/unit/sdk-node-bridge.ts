/**
 * The bridge's real PluginAPI gRPC server, in process, in front of a fake Mattermost server: the
 * bridge's codecs, error mapping and streaming code (src/bridge/mattermost/api-grpc.ts) forward
 * each call as net/rpc `Plugin.<Method>` over yamux to handlers written here with gob values, as
 * the server's API would answer them. Streaming methods get their data streams through a
 * MuxBroker pair like the real thing. Used by the Node SDK client tests (test/unit/sdk-node-*).
 */
import type { Duplex } from 'node:stream';
import { type GobStruct, type GobValue } from '../../src/bridge/gob/types.ts';
import { MuxBroker } from '../../src/bridge/goplugin/index.ts';
import { loadContract, PACKAGE, type Contract } from '../../src/bridge/grpc/contract.ts';
import { startGrpcServer, type RunningGrpcServer } from '../../src/bridge/grpc/server.ts';
import { apiImplementation } from '../../src/bridge/mattermost/api-grpc.ts';
import { MattermostErrors } from '../../src/bridge/mattermost/errors.ts';
import { MethodCodec } from '../../src/bridge/mattermost/method-codec.ts';
import { GobTypes, loadSchema } from '../../src/bridge/mattermost/schema.ts';
import { Translator } from '../../src/bridge/mattermost/translate.ts';
import { RpcClient, RpcServer, type RpcHandler } from '../../src/bridge/netrpc/index.ts';
import { client as yamuxClient, server as yamuxServer } from '../../src/bridge/yamux/index.ts';
import { createLogger } from '../../src/log.ts';
import { SCHEMA_FILE } from '../../src/paths.ts';
import { socketPair } from '../helpers/net-pair.ts';

/** Returns of a fake method: Z_<Method>Returns fields by Go name (undefined ones left out). */
export type FakeReturns = { [field: string]: GobValue | undefined };

/** A fake server API method: the gob args in, the gob returns out (Z_<Method>Args → Z_<Method>Returns). */
export type FakeMethod = (
  args: GobStruct,
  server: { dial(id: GobValue): Promise<Duplex> },
) => FakeReturns | Promise<FakeReturns>;

export interface BridgeUnderTest {
  contract: Contract;
  target: string;
  token: string;
  /** Every call the fake server received, in order. */
  calls: { method: string; args: GobStruct }[];
  close(): Promise<void>;
}

export async function startBridgeApi(methods: Record<string, FakeMethod>): Promise<BridgeUnderTest> {
  const schema = loadSchema(SCHEMA_FILE);
  const types = new GobTypes(schema);
  const contract = loadContract();
  const tr = new Translator(types, contract.root, schema);
  const errors = new MattermostErrors(types, tr, PACKAGE);
  const codecs = new Map<string, MethodCodec>();
  for (const def of schema.api) if (def.grpc) codecs.set(def.name, new MethodCodec(def, types, tr, PACKAGE));

  // The host connection: "Mattermost" is the yamux client, the bridge the server, as in go-plugin.
  const [hostSocket, bridgeSocket] = await socketPair();
  const serverBroker = new MuxBroker(yamuxClient(hostSocket));
  const bridgeBroker = new MuxBroker(yamuxServer(bridgeSocket));
  void serverBroker.run();
  void bridgeBroker.run();

  const calls: BridgeUnderTest['calls'] = [];
  const server = { dial: (id: GobValue) => serverBroker.dial(Number(id)) };
  const handlers: Record<string, RpcHandler> = {};
  for (const def of schema.api) {
    const fn = methods[def.name];
    if (!fn) continue; // unknown to this "server": rpc: can't find method
    handlers[def.rpc.replace(/^Plugin\./, '')] = async ({ value }) => {
      const args = (value ?? {}) as GobStruct;
      calls.push({ method: def.name, args });
      const returns = Object.entries(await fn(args, server)).filter(([, v]) => v !== undefined);
      return { type: types.shape(def, 'returns'), value: Object.fromEntries(returns) as GobStruct };
    };
  }
  const apiId = serverBroker.nextId();
  void serverBroker.accept(apiId).then((s) => new RpcServer().register('Plugin', handlers).serveConn(s));
  const apiClient = new RpcClient(await bridgeBroker.dial(apiId));

  const token = 'sdk-node-test-token';
  const grpcServer: RunningGrpcServer = await startGrpcServer({
    address: '127.0.0.1:0',
    reflection: contract.reflection,
    services: [
      {
        name: `${PACKAGE}.PluginAPI`,
        definition: contract.api,
        implementation: apiImplementation({
          codecs,
          errors,
          token,
          apiClient: () => apiClient,
          broker: () => bridgeBroker,
          log: createLogger({ level: 'silent' }),
        }),
      },
    ],
  });
  return {
    contract,
    target: grpcServer.address,
    token,
    calls,
    async close() {
      await grpcServer.shutdown();
      apiClient.close();
      bridgeBroker.close();
      serverBroker.close();
    },
  };
}

/** A *model.AppError as the server returns it. */
export function appError(id: string, message: string, statusCode: number, where: string): GobStruct {
  return { Id: id, Message: message, DetailedError: '', StatusCode: BigInt(statusCode), Where: where };
}
