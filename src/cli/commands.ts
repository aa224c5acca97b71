/**
 * The `mm-bridge` subcommands: name, one-line summary, and a lazy import of the module that runs it
 * (so `mm-bridge run` prints the go-plugin handshake before anything heavy is loaded).
 */
export interface CommandModule {
  main(args: string[]): Promise<void>;
}

export interface Command {
  name: string;
  summary: string;
  load(): Promise<CommandModule>;
}

export const COMMANDS: Command[] = [
  {
    name: 'serve',
    summary:
      'run the sidecar: bridged plugins attach to it from stub executables in the Mattermost container',
    load: () => import('./commands/serve.ts'),
  },
  {
    name: 'run',
    summary: 'run one plugin bundle in-container (what a bundle launcher executes when Node is in the image)',
    load: () => import('./commands/run.ts'),
  },
  {
    name: 'pack',
    summary: 'build the plugin bundle (.tar.gz) of a plugin directory, ready for upload',
    load: () => import('./commands/pack.ts'),
  },
  {
    name: 'validate',
    summary: 'check a plugin directory or bundle as the server will read it, and say how to fix it',
    load: () => import('./commands/validate.ts'),
  },
  {
    name: 'dev',
    summary: 'serve a plugin from its working directory to a server and restart it on file change',
    load: () => import('./commands/dev.ts'),
  },
  {
    name: 'emulate',
    summary:
      'run a plugin against an in-memory fake server: fire a hook, or serve the emulator over HTTP for tests',
    load: () => import('./commands/emulate.ts'),
  },
  {
    name: 'demo',
    summary: 'run a plugin against the built-in host emulator (no server needed)',
    load: () => import('./commands/demo.ts'),
  },
];
