/**
 * The language plugin crashes behind a live bridge: the server would never notice (its health check
 * pings the bridge), so the bridge restarts the plugin, replays OnActivate, and keeps serving; a
 * plugin that keeps crashing makes the bridge exit so the server's own restart policy applies.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GobStruct } from '../../src/bridge/gob/types.ts';
import { HostEmulator } from '../../src/emulator/host.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { tempBundle } from '../helpers/bundle.ts';

const plugin = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'crashy', 'plugin.ts');
// The bundle lives in a temp dir, outside this package: load tsx by path.
const tsx = pathToFileURL(path.join(PACKAGE_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const context = { RequestId: 'r' };
const post = (m: string): GobStruct => ({ Id: 'p', ChannelId: 'c', UserId: 'u', Message: m });

describe('language plugin restarts', () => {
  it('restarts a crashed plugin, replays OnActivate, and answers the next hook', async () => {
    const bundle = tempBundle({
      command: ['node', '--import', tsx, plugin],
      restart: { initial_backoff_ms: 50 },
      hook_timeout_ms: 20_000,
    });
    const emu = await HostEmulator.start({ bundleDir: bundle, startTimeoutMs: 10_000 });
    try {
      expect(await emu.activate()).toBeNull();
      const first = (await emu.hook('MessageWillBePosted', { A: context, B: post('hi') })) as GobStruct;
      const pid1 = /pid (\d+)/.exec(String((first.A as GobStruct).Message))![1];
      // The crash fails that one call like a crashing Go plugin's would…
      await expect(emu.hook('MessageWillBePosted', { A: context, B: post('crash') })).rejects.toThrow(
        /MessageWillBePosted failed/,
      );
      // …and the next call waits for the restarted process.
      const next = (await emu.hook('MessageWillBePosted', { A: context, B: post('again') })) as GobStruct;
      const pid2 = /pid (\d+)/.exec(String((next.A as GobStruct).Message))![1];
      expect(pid2).not.toBe(pid1);
      const activations = emu.api.logs.filter((l) => l.msg === 'crashy activated');
      expect(activations.map((l) => l.fields.pid)).toEqual([pid1, pid2]);
    } finally {
      await emu.stop();
    }
  }, 60_000);

  it('gives up after too many crashes and exits, so the server restarts the plugin', async () => {
    const bundle = tempBundle({
      command: ['node', '--import', tsx, plugin],
      env: { CRASH_AFTER_MS: '100' },
      restart: { initial_backoff_ms: 20, max_restarts: 2 },
    });
    const emu = await HostEmulator.start({ bundleDir: bundle, startTimeoutMs: 10_000 });
    expect(await emu.activate()).toBeNull();
    const exited = new Promise<number | null>((r) => emu.host.child!.once('exit', (code) => r(code)));
    for (let i = 0; i < 10; i++) {
      await emu.hook('MessageWillBePosted', { A: context, B: post('crash-loop') }).catch(() => undefined);
      if (emu.host.child!.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(await exited).toBe(1);
  }, 90_000);
});
