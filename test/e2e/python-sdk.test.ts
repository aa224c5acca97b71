/**
 * End to end through the host emulator: mm-bridge run + the hello-python example plugin (the
 * Python SDK), exactly as test/e2e/emulator.test.ts runs hello-node. The plugin runs on the SDK's
 * development venv (sdk/python/.venv), which beforeAll creates or updates when needed.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HostEmulator } from '../../src/emulator/host.ts';
import type { GobStruct } from '../../src/bridge/gob/types.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';

const context = { RequestId: 'r1', SessionId: 's1' };

describe('hello-python under the host emulator', () => {
  let emu: HostEmulator;
  const stderr: string[] = [];
  beforeAll(async () => {
    execFileSync('bash', [path.join(PACKAGE_ROOT, 'sdk', 'python', 'scripts', 'venv.sh')], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    emu = await HostEmulator.start({
      bundleDir: path.join(PACKAGE_ROOT, 'examples', 'hello-python'),
      onStderrLine: (l) => stderr.push(l),
      startTimeoutMs: 15_000,
    });
    emu.api.users.set('u1', { Id: 'u1', Username: 'alice' });
    expect(await emu.activate()).toBeNull();
  }, 300_000);
  afterAll(async () => {
    await emu?.stop();
  });

  it('lists the hooks the plugin implements', () => {
    expect(emu.implemented.sort()).toEqual([
      'ExecuteCommand',
      'MessageHasBeenPosted',
      'MessageWillBePosted',
      'OnActivate',
      'OnConfigurationChange',
      'ServeHTTP',
    ]);
    expect(emu.api.calls.map((c) => c.method)).toEqual([
      'LoadPluginConfiguration',
      'GetServerVersion',
      'LogInfo',
      'RegisterCommand',
      'EnsureBotUser',
    ]);
    expect(emu.api.commands[0]).toMatchObject({ Trigger: 'hello', AutoComplete: true });
    expect(emu.api.logs).toEqual([
      { level: 'info', msg: 'hello-python activated', fields: { server_version: emu.api.serverVersion } },
    ]);
  });

  it("forwards the plugin's Python logging to the bridge's log, with its level and fields", async () => {
    const line = await vi.waitFor(() => {
      const found = stderr
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((o) => o['@message'] === 'activated');
      if (!found) throw new Error('no "activated" line yet');
      return found;
    });
    expect(line).toMatchObject({
      '@level': 'info',
      source: 'language_plugin',
      '@module': 'com.example.hello-python',
    });
    expect(String(line.python)).toMatch(/^3\.\d+/);
  });

  it('rewrites, rejects and passes posts through MessageWillBePosted', async () => {
    const post = (m: string): GobStruct => ({
      Id: 'p1',
      UserId: 'u1',
      ChannelId: 'c1',
      Message: m,
      CreateAt: 2n ** 60n,
    });
    const rewritten = (await emu.hook('MessageWillBePosted', {
      A: context,
      B: post('oh darn'),
    })) as GobStruct;
    expect((rewritten.A as GobStruct).Message).toBe('oh ****');
    expect((rewritten.A as GobStruct).CreateAt).toBe(2n ** 60n); // int64 above 2^53 survives gob → proto → Python → gob
    expect(rewritten.B).toBeUndefined();
    const rejected = (await emu.hook('MessageWillBePosted', { A: context, B: post('darn') })) as GobStruct;
    expect(rejected).toEqual({ B: 'Posts that contain only the word "darn" are not allowed.' });
    expect(await emu.hook('MessageWillBePosted', { A: context, B: post('fine') })).toEqual({});
  });

  it('carries API calls made inside sync and async hooks back to the server', async () => {
    await emu.hook('MessageHasBeenPosted', {
      A: context,
      B: { Id: 'p9', ChannelId: 'c1', UserId: 'u1', Message: 'hi @hello-bot' },
    });
    const created = emu.api.posts.at(-1)!;
    expect(created).toMatchObject({
      ChannelId: 'c1',
      RootId: 'p9',
      Message: "Hi! I'm @hello-bot. Type /hello for a greeting.",
    });
    expect(emu.api.users.get(created.UserId as string)).toMatchObject({ Username: 'hello-bot', IsBot: true });
    const res = (await emu.hook('ExecuteCommand', {
      A: context,
      B: { Command: '/hello', UserId: 'u1' },
    })) as GobStruct;
    expect((res.A as GobStruct).Text).toBe('Hello, @alice! (1 calls so far)');
    expect((res.A as GobStruct).ResponseType).toBe('ephemeral');
  });

  it('returns an AppError when an API call inside a hook fails', async () => {
    const res = (await emu.hook('ExecuteCommand', {
      A: context,
      B: { Command: '/hello', UserId: 'nobody' },
    })) as GobStruct;
    expect(res.A).toBeUndefined();
    expect(res.B).toMatchObject({ StatusCode: 404n, Id: 'app.user.missing_account.const' }); // NotFoundError from get_user, re-raised by the hook
    expect(String((res.B as GobStruct).Message)).toMatch(/Unable to find the user/);
  });

  it('answers health checks and unknown hooks like a Go plugin', async () => {
    await emu.ping();
    await expect(emu.hook('UserHasBeenCreated', { A: context, B: { Id: 'u2' } })).rejects.toThrow(
      'hook UserHasBeenCreated called but not implemented',
    );
  });
});
