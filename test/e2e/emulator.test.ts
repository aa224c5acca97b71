/**
 * End to end through the host emulator (the server's side of the protocol in TypeScript):
 * mm-bridge run + the hello-node example plugin, and language plugins that fail to start.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostEmulator } from '../../src/emulator/host.ts';
import { GobInterface, type GobStruct } from '../../src/bridge/gob/types.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { tempBundle } from '../helpers/bundle.ts';

const context = { RequestId: 'r1', SessionId: 's1' };

describe('hello-node under the host emulator', () => {
  let emu: HostEmulator;
  const stderr: string[] = [];
  beforeAll(async () => {
    emu = await HostEmulator.start({
      bundleDir: path.join(PACKAGE_ROOT, 'examples', 'hello-node'),
      onStderrLine: (l) => stderr.push(l),
    });
    emu.api.users.set('u1', { Id: 'u1', Username: 'alice' });
    expect(await emu.activate()).toBeNull();
  }, 60_000);
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
    expect((rewritten.A as GobStruct).CreateAt).toBe(2n ** 60n); // int64 above 2^53 survives gob → proto → gob
    expect(rewritten.B).toBeUndefined();
    const rejected = (await emu.hook('MessageWillBePosted', { A: context, B: post('darn') })) as GobStruct;
    expect(rejected).toEqual({ B: 'Posts that contain only the word "darn" are not allowed.' });
    expect(await emu.hook('MessageWillBePosted', { A: context, B: post('fine') })).toEqual({});
  });

  it('carries API calls made inside a hook back to the server', async () => {
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
  });

  it('returns an AppError when an API call inside a hook fails', async () => {
    const res = (await emu.hook('ExecuteCommand', {
      A: context,
      B: { Command: '/hello', UserId: 'nobody' },
    })) as GobStruct;
    expect(res.A).toBeUndefined();
    expect(res.B).toMatchObject({ StatusCode: 404n, Id: 'app.user.missing_account.const' }); // the API's AppError, rethrown by the hook
    expect(String((res.B as GobStruct).Message)).toMatch(/Unable to find the user/);
  });

  it('answers health checks and unknown hooks like a Go plugin', async () => {
    await emu.ping();
    await expect(emu.hook('UserHasBeenCreated', { A: context, B: { Id: 'u2' } })).rejects.toThrow(
      'hook UserHasBeenCreated called but not implemented',
    );
  });
});

describe('a language plugin that cannot start', () => {
  const cases: [string, string[], number, RegExp][] = [
    [
      'never prints its handshake',
      ['node', '-e', 'setInterval(() => {}, 1000)'],
      1500,
      /printed no handshake within 1500 ms/,
    ],
    ['exits at once', ['node', '-e', 'process.exit(3)'], 20_000, /exited before its handshake \(code 3/],
    [
      'prints garbage',
      ['node', '-e', 'console.log("hello there"); setInterval(() => {}, 1000)'],
      20_000,
      /unrecognized remote plugin message/,
    ],
    ['does not exist', ['/nonexistent/plugin-binary'], 20_000, /cannot start \/nonexistent\/plugin-binary/],
  ];
  for (const [name, command, timeout, reason] of cases) {
    it(`${name}: OnActivate returns an AppError that says why`, async () => {
      const emu = await HostEmulator.start({ bundleDir: tempBundle({ command, start_timeout_ms: timeout }) });
      expect(emu.implemented).toEqual([]);
      const err = await emu.activate();
      expect(err).toBeInstanceOf(GobInterface);
      expect((err as GobInterface).name).toBe('*model.AppError');
      const appErr = (err as GobInterface).value as GobStruct;
      expect(appErr.Id).toBe('mattermost_bridge.start_failed');
      expect(String(appErr.DetailedError)).toMatch(reason);
      await emu.ping(); // the bridge itself stays up
      await emu.stop();
    }, 30_000);
  }
});
