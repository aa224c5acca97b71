/**
 * `mm-bridge serve`: what the Mattermost server executes (through the bundle's launcher script).
 * Prints the go-plugin handshake first and fast — before loading gRPC, protobuf and the contract —
 * then brings up the bridged plugin while the server dispenses the hooks.
 */
import path from 'node:path';
import { checkMagicCookie, servePlugin } from '../bridge/goplugin/index.ts';
import { createLogger } from '../log.ts';

export async function serve(opts: { bundleDir: string }): Promise<void> {
  const cookieError = checkMagicCookie(process.env);
  if (cookieError) {
    process.stderr.write(cookieError);
    process.exit(1);
  }
  const log = createLogger();
  const bundleDir = path.resolve(opts.bundleDir);
  let stopping = false;
  type Bridge = import('../bridge/mattermost/bridge.ts').PluginBridge;
  // Loaded only after the handshake line is out: gRPC, protobuf and the contract take a moment.
  let setBridge!: (b: Promise<Bridge>) => void;
  const bridge = new Promise<Bridge>((resolve) => (setBridge = (b) => resolve(b)));
  const shutdown = async (code: number, why: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ reason: why }, 'mm-bridge shutting down');
    const b = await Promise.race([bridge, Promise.resolve(undefined)]).catch(() => undefined);
    await b?.stop().catch((err: Error) => log.error({ error: err.message }, 'stop failed'));
    await server.close().catch(() => {});
    process.exit(code);
  };

  const server = await servePlugin({
    plugins: {
      hooks: (host) => {
        host.session.on('close', () => void shutdown(0, 'host connection closed'));
        return bridge.then((b) => b.hooksFor(host));
      },
    },
    onQuit: () => void shutdown(0, 'Control.Quit'),
    // Once stopping, a torn-down session is expected: not an error for the server's log.
    onError: (err) => log[stopping ? 'debug' : 'error']({ error: err.message }, 'plugin protocol error'),
  });

  const created = import('../bridge/mattermost/bridge.ts').then(
    (m) => new m.PluginBridge({ bundleDir, log }),
  );
  created.catch((err: Error) =>
    log.error({ error: err.message, bundle: bundleDir }, 'cannot set up the bridge'),
  );
  setBridge(created);

  process.on('SIGTERM', () => void shutdown(0, 'SIGTERM'));
  process.on('SIGINT', () => {}); // go-plugin plugins ignore interrupts; the host stops them with Control.Quit
  // If the host is gone, stderr is a broken pipe: writes must not turn into uncaught exceptions.
  process.stderr.on('error', () => void shutdown(0, 'stderr closed'));
  let reporting = false;
  process.on('uncaughtException', (err) => {
    if (reporting) return; // never recurse if logging itself fails
    reporting = true;
    log.error({ error: err.stack ?? err.message }, 'uncaught exception (kept running)');
    reporting = false;
  });
  process.on('unhandledRejection', (err) =>
    log.error({ error: String(err) }, 'unhandled rejection (kept running)'),
  );
}
