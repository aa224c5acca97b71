/**
 * Structured logs. The bridge runs as a go-plugin plugin, whose host parses each stderr line that is
 * hclog JSON (`@level`, `@message`, `@timestamp` with microseconds; go-plugin log_entry.go) and logs
 * it at that level with the remaining keys as fields. So our pino output IS hclog JSON on stderr.
 * Stdout belongs to the handshake line and must never carry logs.
 */
import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

const HCLOG_LEVEL: Record<string, string> = {
  trace: 'trace',
  debug: 'debug',
  info: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'error',
};

/** `2006-01-02T15:04:05.000000Z07:00`, the layout go-plugin parses. */
export function hclogTimestamp(d = new Date()): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

let stderrBroken = false;
let stderrGuarded = false;

/**
 * stderr as a log destination that survives its reader going away. A write to a closed pipe (EPIPE:
 * the server or the container runtime is gone) fails with an 'error' that would be uncaught, and
 * logging that failure would fail again: a loop at full CPU. Once stderr has failed, logs are dropped.
 */
export function stderrDestination(): NodeJS.WritableStream {
  if (!stderrGuarded) {
    stderrGuarded = true;
    process.stderr.on('error', () => {
      stderrBroken = true;
    });
  }
  const destination = {
    write(chunk: string | Uint8Array): boolean {
      if (!stderrBroken && !process.stderr.destroyed) process.stderr.write(chunk);
      return true;
    },
  };
  return destination as unknown as NodeJS.WritableStream;
}

export function createLogger(
  opts: { level?: LevelWithSilent; destination?: NodeJS.WritableStream } = {},
): Logger {
  return pino(
    {
      level: opts.level ?? ((process.env.MM_BRIDGE_LOG_LEVEL as LevelWithSilent | undefined) || 'info'),
      base: null,
      messageKey: '@message',
      timestamp: () => `,"@timestamp":"${hclogTimestamp()}"`,
      formatters: {
        level: (label) => ({ '@level': HCLOG_LEVEL[label] ?? 'info' }),
      },
    },
    (opts.destination ?? stderrDestination()) as pino.DestinationStream,
  );
}
