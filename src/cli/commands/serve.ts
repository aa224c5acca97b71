/**
 * `mm-bridge serve`: the sidecar. Runs in its own container next to a stock Mattermost server; the
 * stub executable of each bridged plugin bundle attaches to it. Stops on SIGTERM/SIGINT after
 * deactivating every plugin.
 */
import { readFileSync } from 'node:fs';
import type { LevelWithSilent } from 'pino';
import { Sidecar } from '../../bridge/sidecar/sidecar.ts';
import { parsePortRange } from '../../bridge/sidecar/one-time-listener.ts';
import { readRemoteTokens, RemoteTokensError } from '../../bridge/sidecar/remote-tokens.ts';
import { startAdminServer } from '../../http/admin.ts';
import { cliLogger, LOG_LEVEL_OPTION } from '../logging.ts';
import { parseCommand, UsageError, type CommandSpec, type OptionValues } from '../options.ts';
import type { Logger } from '../../log.ts';

export const spec: CommandSpec = {
  name: 'serve',
  summary:
    'Run the sidecar: bridged plugins whose bundles hold the mm-bridge stub (mm-bridge pack) attach to it\n' +
    'from the Mattermost container. Set MM_BRIDGE_SIDECAR=<this host>:<port> and the same\n' +
    'MM_BRIDGE_ATTACH_SECRET on the Mattermost server.',
  options: {
    listen: {
      type: 'string',
      env: 'MM_BRIDGE_LISTEN',
      default: '0.0.0.0:8071',
      value: 'HOST:PORT',
      description: 'where stubs attach',
    },
    'attach-secret-file': {
      type: 'string',
      env: 'MM_BRIDGE_ATTACH_SECRET_FILE',
      value: 'FILE',
      description: 'file holding the attach secret (or set MM_BRIDGE_ATTACH_SECRET)',
    },
    'plugins-dir': {
      type: 'string',
      env: 'MM_BRIDGE_PLUGINS_DIR',
      value: 'DIR',
      description:
        "the server's plugins directory as mounted here (read-only is enough); unset: bundles are read at the path the stub sends",
    },
    'advertise-host': {
      type: 'string',
      env: 'MM_BRIDGE_ADVERTISE_HOST',
      value: 'HOST',
      description: 'host the server dials for net/rpc; default: the address the stub reached',
    },
    'rpc-ports': {
      type: 'string',
      env: 'MM_BRIDGE_RPC_PORTS',
      value: 'LO-HI',
      description: 'ports for the one-time net/rpc listeners (one per attach); default: ephemeral',
    },
    'remote-tokens-file': {
      type: 'string',
      env: 'MM_BRIDGE_REMOTE_TOKENS_FILE',
      value: 'FILE',
      description:
        'JSON {"<plugin id>": "<token>"} of the remote plugins (props.bridge.remote) that may register; read at each registration',
    },
    admin: {
      type: 'string',
      env: 'MM_BRIDGE_ADMIN_ADDR',
      default: '0.0.0.0:9478',
      value: 'HOST:PORT',
      description: 'admin HTTP: /metrics, /healthz, /readyz, /v1/plugins; "off" disables it',
    },
    'log-level': LOG_LEVEL_OPTION,
  },
  examples: [
    'MM_BRIDGE_ATTACH_SECRET=$(openssl rand -hex 32) mm-bridge serve --plugins-dir /mattermost/plugins',
    'mm-bridge serve --listen 127.0.0.1:8071 --attach-secret-file /run/secrets/mm-bridge --rpc-ports 8100-8199',
  ],
  notes:
    'The attach secret is required (MM_BRIDGE_ATTACH_SECRET or --attach-secret-file). Each attach opens a\n' +
    "one-time net/rpc listener that accepts a single connection, only from the stub's address.\n" +
    'Remote plugins (their own container) connect to the same port with MM_BRIDGE_REMOTE=<this host>:<port>\n' +
    'and the token the remote tokens file gives their plugin id.',
};

export async function main(args: string[]): Promise<void> {
  const { values } = parseCommand(spec, args);
  await runSidecar(values);
}

/** Starts the sidecar (and its admin server) from parsed serve options; stops on SIGTERM/SIGINT. */
export async function runSidecar(
  values: OptionValues,
  extra: { bundleOverrides?: ReadonlyMap<string, string>; secret?: string } = {},
): Promise<{ sidecar: Sidecar; log: Logger }> {
  const level = values['log-level'] as LevelWithSilent;
  const log = cliLogger(level);
  const secret = extra.secret ?? readSecret(values['attach-secret-file'] as string | undefined);
  const remoteTokensFile = values['remote-tokens-file'] as string | undefined;
  if (remoteTokensFile) checkTokensFile(remoteTokensFile);
  const adminAddr = values.admin as string;
  const admin = adminAddr === 'off' ? undefined : await startAdminServer({ address: adminAddr, log });
  const sidecar = await Sidecar.start({
    listen: values.listen as string,
    secret,
    pluginsDir: values['plugins-dir'] as string | undefined,
    advertiseHost: values['advertise-host'] as string | undefined,
    rpcPorts: parsePortRange(values['rpc-ports'] as string | undefined),
    log,
    logLevel: level,
    admin,
    bundleOverrides: extra.bundleOverrides,
    remoteTokensFile,
  });
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, plugins: sidecar.plugins.size }, 'sidecar stopping: deactivating plugins');
    await sidecar.stop();
    await admin?.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('uncaughtException', (err) =>
    log.error({ error: err.stack ?? err.message }, 'uncaught exception (kept running)'),
  );
  process.on('unhandledRejection', (err) =>
    log.error({ error: String(err) }, 'unhandled rejection (kept running)'),
  );
  return { sidecar, log };
}

/** A broken tokens file stops the start (later it is read at each registration, for rotation). */
function checkTokensFile(file: string): void {
  try {
    readRemoteTokens(file);
  } catch (err) {
    if (err instanceof RemoteTokensError) throw new UsageError(err.message);
    throw err;
  }
}

export function readSecret(file: string | undefined): string {
  const secret = file ? readFileSync(file, 'utf8').trim() : process.env.MM_BRIDGE_ATTACH_SECRET?.trim();
  delete process.env.MM_BRIDGE_ATTACH_SECRET; // language plugins inherit this environment: not the secret
  if (!secret)
    throw new UsageError(
      'no attach secret: set MM_BRIDGE_ATTACH_SECRET (e.g. $(openssl rand -hex 32)) or --attach-secret-file, and the same secret on the Mattermost server',
    );
  if (secret.length < 16)
    throw new UsageError('the attach secret must be at least 16 characters (use openssl rand -hex 32)');
  return secret;
}
