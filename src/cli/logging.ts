/** The --log-level option every long-running command shares, and the logger it configures. */
import type { LevelWithSilent } from 'pino';
import { createLogger, type Logger } from '../log.ts';
import { prettyDestination } from '../log-pretty.ts';
import { UsageError, type OptionSpec } from './options.ts';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

export const LOG_LEVEL_OPTION: OptionSpec = {
  type: 'string',
  env: 'MM_BRIDGE_LOG_LEVEL',
  default: 'info',
  value: 'LEVEL',
  description: `log level: ${LOG_LEVELS.join(', ')}`,
};

/** hclog JSON on stderr (what the Mattermost server parses), pretty on a terminal. */
export function cliLogger(level: string): Logger {
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new UsageError(`unknown log level ${JSON.stringify(level)} (${LOG_LEVELS.join(', ')})`);
  return createLogger({
    level: level as LevelWithSilent,
    destination: process.stderr.isTTY ? prettyDestination(process.stderr) : undefined,
  });
}
