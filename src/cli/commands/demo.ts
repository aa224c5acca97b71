/**
 * `mm-bridge demo`: no Mattermost server needed. Starts the bridge with a bundled example plugin
 * (examples/hello-node by default) under the built-in host emulator, activates it, and keeps firing
 * hooks every two seconds, printing each hook and each API call the plugin makes, until Ctrl-C.
 */
import path from 'node:path';
import { HostEmulator } from '../../emulator/host.ts';
import { GobInterface, type GobStruct, type GobValue } from '../../bridge/gob/types.ts';
import { PACKAGE_ROOT } from '../../paths.ts';
import { parseCommand, type CommandSpec } from '../options.ts';

const out = (s: string): void => void process.stdout.write(`${s}\n`);

export const spec: CommandSpec = {
  name: 'demo',
  summary:
    'Run a plugin bundle under the built-in host emulator (no Mattermost server) and fire hooks at it\n' +
    'every two seconds, printing each hook and each API call, until Ctrl-C.',
  options: {
    bundle: {
      type: 'string',
      value: 'DIR',
      description: 'plugin bundle directory (default: examples/hello-node)',
    },
  },
  examples: ['mm-bridge demo', 'mm-bridge demo --bundle examples/hello-python'],
};

export async function main(args: string[]): Promise<void> {
  const { values } = parseCommand(spec, args);
  const given = values.bundle as string | undefined;
  const bundleDir = path.resolve(given ?? path.join(PACKAGE_ROOT, 'examples', 'hello-node'));
  out(`mm-bridge demo: starting ${bundleDir} under the host emulator (Ctrl-C to stop)`);
  const emu = await HostEmulator.start({
    bundleDir,
    startTimeoutMs: 10_000,
    onStderrLine: (line) => process.env.MM_BRIDGE_DEMO_VERBOSE && out(`  [bridge] ${line}`),
  });
  emu.api.users.set('u1', { Id: 'u1', Username: 'alice', Email: 'alice@example.com' });
  emu.api.onCall = (c) => out(`    ← API ${c.method}(${brief(c.args)})`);
  out(`hooks implemented: ${emu.implemented.join(', ')}`);
  const err = await emu.activate();
  if (err) throw new Error(`OnActivate failed: ${brief(err)}`);
  out('plugin activated');

  const messages = ['hello world', 'well darn it', 'darn', 'hey @hello-bot, ping?'];
  const context = { RequestId: 'demo', SessionId: 'demo-session' };
  let i = 0;
  let stopping = false;
  const tick = async (): Promise<void> => {
    const message = messages[i++ % messages.length]!;
    const post = { Id: `p${i}`, ChannelId: 'town-square', UserId: 'u1', Message: message };
    const r = (await emu.hook('MessageWillBePosted', { A: context, B: post })) as GobStruct;
    const rewritten = (r.A as GobStruct | undefined)?.Message;
    out(
      `→ MessageWillBePosted(${JSON.stringify(message)}) ⇒ ${r.B ? `rejected: ${String(r.B)}` : rewritten ? `rewritten: ${JSON.stringify(rewritten)}` : 'unchanged'}`,
    );
    if (!r.B) {
      await emu.hook('MessageHasBeenPosted', { A: context, B: post });
      out(`→ MessageHasBeenPosted(${JSON.stringify(message)})`);
    }
    if (i % messages.length === 0) {
      const c = (await emu.hook('ExecuteCommand', {
        A: context,
        B: { Command: '/hello', UserId: 'u1' },
      })) as GobStruct;
      out(
        `→ ExecuteCommand("/hello") ⇒ ${JSON.stringify((c.A as GobStruct | undefined)?.Text ?? brief(c.B ?? null))}`,
      );
    }
    await emu.ping();
  };
  const timer = setInterval(() => {
    if (!stopping) tick().catch((e: Error) => out(`hook failed: ${e.message}`));
  }, 2_000);
  await tick();
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      stopping = true;
      clearInterval(timer);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  out('stopping: OnDeactivate, Control.Quit');
  await emu.stop();
  process.exit(0);
}

function brief(v: GobValue): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (typeof x === 'bigint') return Number(x);
    if (x instanceof Uint8Array) return Buffer.from(x).toString();
    if (x instanceof GobInterface) return x.value;
    if (x instanceof Map) return Object.fromEntries(x);
    return x;
  });
}
