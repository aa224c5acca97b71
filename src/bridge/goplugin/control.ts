/**
 * The go-plugin control stream services (hashicorp/go-plugin rpc_server.go):
 * Control.Ping, Control.Quit and Dispenser.Dispense, served over net/rpc on yamux stream 1.
 */
import { T } from '../gob/types.ts';
import { EMPTY_STRUCT, RpcServer, type RpcHandler } from '../netrpc/index.ts';
import type { MuxBroker } from './broker.ts';

export interface ControlOptions {
  broker: MuxBroker;
  /** Plugin name → net/rpc methods of the object served as service "Plugin" on the dispensed stream. */
  plugins: Record<string, () => Record<string, RpcHandler> | Promise<Record<string, RpcHandler>>>;
  onQuit: () => void;
  onError: (err: Error) => void;
}

export function controlServer(o: ControlOptions): RpcServer {
  const server = new RpcServer({ onError: o.onError });
  server.register('Control', {
    Ping: () => ({ type: EMPTY_STRUCT, value: {} }),
    Quit: () => {
      // net/rpc writes the reply after the method returns; exit once it had a chance to go out.
      setImmediate(o.onQuit);
      return { type: EMPTY_STRUCT, value: {} };
    },
  });
  server.register('Dispenser', {
    Dispense: ({ value }) => {
      const name = typeof value === 'string' ? value : '';
      const make = o.plugins[name];
      if (!make) throw new Error(`unknown plugin type: ${name}`);
      const id = o.broker.nextId();
      o.broker.accept(id).then(
        (stream) => {
          const rpc = new RpcServer({ onError: o.onError });
          rpc.register('Plugin', make());
          return rpc.serveConn(stream);
        },
        (err: Error) => o.onError(new Error(`dispense ${name}: ${err.message}`)),
      );
      return { type: T.uint, value: BigInt(id) };
    },
  });
  return server;
}
