/**
 * `mm-bridge run`: what the Mattermost server executes in-container (through the bundle's launcher script).
 * Prints the go-plugin handshake first and fast — before loading gRPC, protobuf and the contract —
 * then brings up the bridged plugin while the server dispenses the hooks.
 *
 * Observability: with MM_BRIDGE_ADMIN_ADDR set (inherited from the Mattermost server's environment)
 * the admin HTTP server (metrics, health, plugin status) starts next to the bridge; without it,
 * neither prom-client nor fastify is loaded. Logs are hclog JSON on stderr, pretty on a TTY; the
 * level comes from --log-level or MM_BRIDGE_LOG_LEVEL (default info).
 */
import path from 'node:path';
import { checkMagicCookie, servePlugin } from '../../bridge/goplugin/index.ts';
import { classifyServeError, yamuxErrorKind } from '../../metrics/protocol-errors.ts';
import { cliLogger, LOG_LEVEL_OPTION } from '../logging.ts';
import { parseCommand, type CommandSpec } from '../options.ts';

export const spec: CommandSpec = {
  name: 'run',
  summary:
    'Serve one plugin bundle to the Mattermost server that started this process (go-plugin net/rpc on\n' +
    'stdout), starting the language plugin from props.bridge.command. Needs Node in the server image;\n' +
    'without it, use the sidecar (mm-bridge serve) and the stub executable that mm-bridge pack writes.',
  options: {
    bundle: {
      type: 'string',
      value: 'DIR',
      description: 'the unpacked plugin bundle (plugin.json); default: the current directory',
    },
    'log-level': LOG_LEVEL_OPTION,
  },
  examples: ['exec mm-bridge run --bundle "$(dirname "$0")/.."   # server/launch.sh of a bundle'],
};

export async function main(args: string[]): Promise<void> {
  const { values } = parseCommand(spec, args);
  const cookieError = checkMagicCookie(process.env);
  if (cookieError) {
    process.stderr.write(cookieError);
    process.exit(1);
  }
  const log = cliLogger(values['log-level'] as string);
  const opts = { bundleDir: (values.bundle as string | undefined) ?? process.cwd() };
  const bundleDir = path.resolve(opts.bundleDir);
  let stopping = false;
  type Bridge = import('../../bridge/mattermost/bridge.ts').PluginBridge;
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
    await (await admin)?.close().catch(() => {});
    process.exit(code);
  };

  const countProtocolError = (layer: 'netrpc' | 'yamux', kind: string): void =>
    void bridge.then((b) => b.metrics?.protocolError(layer, kind)).catch(() => {});

  const server = await servePlugin({
    plugins: {
      hooks: (host) => {
        host.session.on('close', () => void shutdown(0, 'host connection closed'));
        host.session.on('error', (err: Error) => countProtocolError('yamux', yamuxErrorKind(err)));
        return bridge.then((b) => b.hooksFor(host));
      },
    },
    onQuit: () => void shutdown(0, 'Control.Quit'),
    // Once stopping, a torn-down session is expected: not an error for the server's log.
    onError: (err) => {
      log[stopping ? 'debug' : 'error']({ error: err.message }, 'plugin protocol error');
      const c = classifyServeError(err);
      if (c && !stopping) countProtocolError(c.layer, c.kind);
    },
  });

  // After the handshake line: the admin server (if configured), then the bridge wired to its metrics.
  const adminAddr = process.env.MM_BRIDGE_ADMIN_ADDR;
  const admin = adminAddr
    ? import('../../http/admin.ts')
        .then((m) => m.startAdminServer({ address: adminAddr, log }))
        .catch((err: Error) => {
          log.error({ error: err.message, admin: adminAddr }, 'admin HTTP server not started');
          return undefined;
        })
    : Promise.resolve(undefined);
  const created = import('../../bridge/mattermost/bridge.ts').then(async (m) => {
    const a = await admin;
    const b = new m.PluginBridge({
      bundleDir,
      log,
      metrics: a?.metrics,
      // The language plugin keeps crashing: exit, so the server's health check sees a dead plugin
      // and applies its own restart policy, as for a crashing Go plugin.
      onFatal: (err) => void shutdown(1, err.message),
    });
    a?.addPlugin(b);
    return b;
  });

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
