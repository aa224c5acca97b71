/**
 * A running bridge as the Mattermost server would run it, with the admin server on: the host
 * emulator starts `mm-bridge run` on a copy of the hello-node bundle whose launcher also writes the
 * plugin's token to a file (so grpcurl can call the PluginAPI as the plugin does), activates it, and
 * can fire a steady, bounded mix of hooks (ok, AppError, failure; with API calls inside).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HostEmulator } from '../../src/emulator/host.ts';
import type { PluginStatus } from '../../src/http/plugin-status.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { freePort } from './tools.ts';

export const PLUGIN_ID = 'com.example.hello-node';

export interface ObservedBridge {
  emu: HostEmulator;
  adminUrl: string;
  adminAddress: string;
  /** The plugin's MM_BRIDGE_TOKEN. */
  token: string;
  stderr: string[];
  plugins(): Promise<PluginStatus[]>;
  /** Fires the hook mix every `everyMs` until stopTraffic() or `maxMs`. */
  startTraffic(everyMs?: number, maxMs?: number): void;
  stopTraffic(): Promise<void>;
  rounds(): number;
  stop(): Promise<void>;
}

const context = { RequestId: 'obs-req', SessionId: 'obs-session' };

export async function startObservedBridge(o: { logLevel?: string } = {}): Promise<ObservedBridge> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mm-bridge-obs-'));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const pluginTs = path.join(PACKAGE_ROOT, 'examples', 'hello-node', 'server', 'plugin.ts');
  const manifest = JSON.parse(
    readFileSync(path.join(PACKAGE_ROOT, 'examples', 'hello-node', 'plugin.json'), 'utf8'),
  ) as { props: { bridge: { command: string[] } } };
  manifest.props.bridge.command = [
    'sh',
    '-c',
    `umask 077; printf %s "$MM_BRIDGE_TOKEN" > token; exec node --import '${tsx}' '${pluginTs}'`,
  ];
  writeFileSync(path.join(dir, 'plugin.json'), JSON.stringify(manifest));
  const port = await freePort();
  const adminAddress = `127.0.0.1:${port}`;
  const stderr: string[] = [];
  const emu = await HostEmulator.start({
    bundleDir: dir,
    onStderrLine: (l) => stderr.push(l),
    startTimeoutMs: 10_000,
    env: { MM_BRIDGE_ADMIN_ADDR: adminAddress, MM_BRIDGE_LOG_LEVEL: o.logLevel ?? 'info' },
  });
  emu.api.users.set('u1', { Id: 'u1', Username: 'alice' });
  const activated = await emu.activate();
  if (activated !== null) throw new Error(`OnActivate failed: ${String(activated)}`);
  const token = readFileSync(path.join(dir, 'token'), 'utf8');
  const adminUrl = `http://${adminAddress}`;

  let running: Promise<void> | undefined;
  let stopping = false;
  let rounds = 0;
  const post = (m: string) => ({ Id: `p${rounds}`, UserId: 'u1', ChannelId: 'c1', Message: m });
  const round = async (): Promise<void> => {
    await emu.hook('MessageWillBePosted', { A: context, B: post('oh darn') });
    await emu.hook('MessageWillBePosted', { A: context, B: post('fine') });
    await emu.hook('MessageHasBeenPosted', { A: context, B: post('@hello-bot ping') }); // API CreatePost (the bot's reply)
    await emu.hook('ExecuteCommand', { A: context, B: { Command: '/hello', UserId: 'u1' } }); // API GetUser
    await emu.hook('ExecuteCommand', { A: context, B: { Command: '/hello', UserId: 'nobody' } }); // AppError both ways
    await emu.hook('UserHasBeenCreated', { A: context, B: { Id: 'u2' } }).catch(() => undefined); // not implemented: error
    rounds++;
  };

  return {
    emu,
    adminUrl,
    adminAddress,
    token,
    stderr,
    plugins: async () => {
      const res = await fetch(`${adminUrl}/v1/plugins`);
      return ((await res.json()) as { plugins: PluginStatus[] }).plugins;
    },
    startTraffic(everyMs = 100, maxMs = 120_000) {
      stopping = false;
      const until = Date.now() + maxMs;
      running = (async () => {
        while (!stopping && Date.now() < until) {
          await round();
          await new Promise((r) => setTimeout(r, everyMs));
        }
      })();
    },
    async stopTraffic() {
      stopping = true;
      await running;
    },
    rounds: () => rounds,
    async stop() {
      stopping = true;
      await running?.catch(() => undefined);
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
