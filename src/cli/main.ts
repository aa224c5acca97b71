#!/usr/bin/env node
/**
 * mm-bridge — run Mattermost server plugins written in any language.
 *
 *   mm-bridge serve [--bundle DIR]   run as the plugin executable the server starts (default DIR: cwd)
 *   mm-bridge demo                   run a bundled example plugin against the built-in host emulator
 */
import { parseArgs } from 'node:util';

const USAGE = `usage:
  mm-bridge serve [--bundle DIR] [--log-level LEVEL]
                                   serve a plugin bundle to the Mattermost server (go-plugin net/rpc);
                                   LEVEL: trace, debug, info (default), warn, error, silent
  mm-bridge demo [--bundle DIR]    run a plugin against the built-in host emulator (no server needed)
`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      bundle: { type: 'string' },
      'log-level': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  switch (command) {
    case 'serve': {
      const { serve } = await import('./serve.ts');
      return serve({ bundleDir: values.bundle ?? process.cwd(), logLevel: values['log-level'] });
    }
    case 'demo': {
      const { demo } = await import('./demo.ts');
      return demo({ bundleDir: values.bundle });
    }
    default:
      process.stderr.write(USAGE);
      process.exit(command === undefined || values.help ? 0 : 2);
  }
}

main(process.argv.slice(2)).catch((err: Error) => {
  process.stderr.write(`mm-bridge: ${err.message}\n`);
  process.exit(1);
});
