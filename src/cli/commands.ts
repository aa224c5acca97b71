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
    name: 'demo',
    summary: 'run a plugin against the built-in host emulator (no server needed)',
    load: () => import('./commands/demo.ts'),
  },
];
