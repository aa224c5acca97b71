#!/usr/bin/env node
/**
 * mm-bridge — run Mattermost server plugins written in any language.
 * Each subcommand is one module under src/cli/commands/, loaded only when it runs.
 */
import { COMMANDS } from './commands.ts';
import { UsageError } from './options.ts';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: mm-bridge <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nmm-bridge <command> --help shows the options and examples of a command.\n`;
}

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const help = name === undefined || name === '--help' || name === '-h' || name === 'help';
    (help ? process.stdout : process.stderr).write(
      help ? usage() : `mm-bridge: unknown command ${JSON.stringify(name)}\n\n${usage()}`,
    );
    process.exit(help ? 0 : 2);
  }
  const mod = await command.load();
  await mod.main(rest);
}

main(process.argv.slice(2)).catch((err: Error) => {
  process.stderr.write(`mm-bridge: ${err.message}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
