/**
 * The Node SDK's test helper (sdk/node/src/testing.ts) against examples/hello-node: mm-bridge
 * emulate --http round trips (hooks, API calls, state, reset) as a plugin's own tests use them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorError, PluginEmulator } from '../../sdk/node/src/testing.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';

describe('PluginEmulator with hello-node', () => {
  let emu: PluginEmulator;
  const logs: string[] = [];

  beforeAll(async () => {
    emu = await PluginEmulator.start({
      pluginDir: path.join(PACKAGE_ROOT, 'examples', 'hello-node'),
      state: { users: [{ id: 'u1', username: 'alice' }], channels: [{ id: 'c1', name: 'town-square' }] },
      onStderrLine: (l) => logs.push(l),
    });
  }, 120_000);

  afterAll(async () => {
    await emu?.close();
  }, 30_000);

  it('MessageWillBePosted: rewrites, rejects, lets through', async () => {
    const post = (message: string) => ({ post: { message, channel_id: 'c1', user_id: 'u1' } });
    expect((await emu.fire('MessageWillBePosted', post('oh darn'))).response).toEqual({
      post: { message: 'oh ****', channel_id: 'c1', user_id: 'u1' },
    });
    expect(await emu.fire('MessageWillBePosted', post('darn'))).toEqual({
      response: { rejection_reason: 'Posts that contain only the word "darn" are not allowed.' },
      api_calls: [],
    });
    expect((await emu.fire('MessageWillBePosted', post('fine'))).response).toEqual({});
  });

  it('MessageHasBeenPosted: the reply is an API call and a post in the state', async () => {
    const r = await emu.fire('MessageHasBeenPosted', {
      post: { id: 'p1', message: 'hi @hello-bot', channel_id: 'c1', user_id: 'u1' },
    });
    expect(r.error).toBeUndefined();
    const reply = "Hi! I'm @hello-bot. Type /hello for a greeting.";
    expect(r.api_calls).toMatchObject([
      { method: 'CreatePost', request: { post: { root_id: 'p1', message: reply } }, response: { post: {} } },
    ]);
    const state = (await emu.state()) as { posts: { id: string; message: string; reply_count?: string }[] };
    expect(state.posts).toMatchObject([
      { id: 'p1', message: 'hi @hello-bot', reply_count: '1' }, // the fired post is stored, as the server had it
      { message: reply, root_id: 'p1' },
    ]);
  });

  it('ExecuteCommand: an API AppError becomes the hook error', async () => {
    const ok = await emu.fire<{ command_response: { text: string } }>('ExecuteCommand', {
      args: { user_id: 'u1', command: '/hello' },
    });
    expect(ok.response.command_response.text).toBe('Hello, @alice! (1 calls so far)');
    await emu.seed({ users: [{ id: 'u2', username: 'bob' }] });
    const bob = await emu.fire<{ command_response: { text: string } }>('ExecuteCommand', {
      args: { user_id: 'u2' },
    });
    expect(bob.response.command_response.text).toBe('Hello, @bob! (2 calls so far)');
    const failed = await emu.fire('ExecuteCommand', { args: { user_id: 'nobody' } });
    expect(failed.error).toMatchObject({ id: 'app.user.missing_account.const', status_code: '404' });
  });

  it('records all API calls from activation on, until reset', async () => {
    const methods = (await emu.apiCalls()).map((c) => c.method);
    expect(methods.slice(0, 5)).toEqual([
      'LoadPluginConfiguration',
      'GetServerVersion',
      'LogInfo',
      'RegisterCommand',
      'EnsureBotUser',
    ]);
    await emu.resetCalls();
    expect(await emu.apiCalls()).toEqual([]);
  });

  it('refuses unknown hooks, hooks the plugin lacks, bad requests and routes', async () => {
    await expect(emu.fire('MessageWillBePostd')).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(/did you mean "MessageWillBePosted"/) as string,
    });
    await expect(emu.fire('UserHasBeenCreated', { user: { id: 'u3' } })).rejects.toThrow(
      /the plugin does not implement UserHasBeenCreated/,
    );
    await expect(emu.fire('MessageWillBePosted', { post: { message: 1 } })).rejects.toBeInstanceOf(
      EmulatorError,
    );
    const res = await fetch(`${emu.url}/nope`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toMatch(/no route GET \/nope/);
  });
});
