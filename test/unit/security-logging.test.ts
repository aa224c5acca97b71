/**
 * What the bridge logs (SECURITY.md, "What is logged"): hooks and API calls carrying recognisable
 * secrets run through the host emulator — the server's side of the protocol — and every line the
 * bridge writes to stderr (its own lines and the language plugin's, which it forwards) is checked:
 * no plugin token (neither the real one nor a wrong one presented to the PluginAPI), no post
 * message, no KV value, no command response text — at info level (the default) and at debug.
 */
import * as grpc from '@grpc/grpc-js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GobStruct } from '../../src/bridge/gob/types.ts';
import { loadContract } from '../../src/bridge/grpc/contract.ts';
import { HostEmulator } from '../../src/emulator/host.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { tempBundle } from '../helpers/bundle.ts';

const tsx = pathToFileURL(path.join(PACKAGE_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const sdk = pathToFileURL(path.join(PACKAGE_ROOT, 'sdk', 'node', 'src', 'index.ts')).href;

const SECRET = {
  post: 'post-body-5f1e2d', // the message of the posts the server sends
  reply: 'rewritten-body-8a7c', // what MessageWillBePosted puts into the post
  created: 'created-post-body-3b9d', // the message of the post the plugin creates (CreatePost)
  kv: 'kv-value-77e0c1', // a KV value the plugin stores and reads back
  command: 'command-text-c4d2', // the text of an ExecuteCommand response
  wrongToken: 'wrong-token-0f9e8d7c6b5a', // a token presented to the PluginAPI by someone else
};

/** The language plugin: uses every secret in hooks and API calls; writes its token and API target. */
function pluginSource(dir: string): string {
  return `
import { writeFileSync } from 'node:fs';
import { runPlugin } from ${JSON.stringify(sdk)};
writeFileSync(${JSON.stringify(path.join(dir, 'plugin-env.json'))}, JSON.stringify({
  token: process.env.MM_BRIDGE_TOKEN, target: process.env.MM_BRIDGE_API_TARGET,
}));
await runPlugin({
  hooks: {
    async OnActivate(_req, { api }) {
      await api.KVSet({ key: 'k', value: Buffer.from(${JSON.stringify(SECRET.kv)}) });
    },
    MessageWillBePosted({ post }) {
      return { post: { ...post, message: post.message + ' ' + ${JSON.stringify(SECRET.reply)} } };
    },
    async MessageHasBeenPosted({ post }, { api }) {
      await api.CreatePost({ post: { channel_id: post.channel_id, user_id: post.user_id, message: ${JSON.stringify(SECRET.created)} } });
      await api.GetUser({ user_id: 'nobody' }).catch(() => {}); // an API call failing at the server
    },
    async ExecuteCommand(_req, { api }) {
      const { value } = await api.KVGet({ key: 'k' });
      return { command_response: { text: ${JSON.stringify(SECRET.command)} + ' ' + Buffer.from(value).toString() } };
    },
  },
});
`;
}

const context = { RequestId: 'request-1', SessionId: 'session-1' };
const post = (m: string): GobStruct => ({ Id: 'p1', ChannelId: 'c1', UserId: 'u1', Message: m });

async function wrongTokenCall(target: string): Promise<grpc.status | undefined> {
  const Client = grpc.makeGenericClientConstructor(loadContract().api, 'PluginAPI');
  const client = new Client(target, grpc.credentials.createInsecure());
  const md = new grpc.Metadata();
  md.set('authorization', `Bearer ${SECRET.wrongToken}`);
  try {
    return await new Promise((resolve) =>
      (
        client as unknown as Record<
          string,
          (r: object, m: grpc.Metadata, cb: (e: grpc.ServiceError | null) => void) => void
        >
      ).GetServerVersion!({}, md, (err) => resolve(err?.code)),
    );
  } finally {
    client.close();
  }
}

async function runScenario(level: 'info' | 'debug'): Promise<{ lines: string[]; token: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mm-bridge-security-'));
  const pluginFile = path.join(dir, 'plugin.mts');
  writeFileSync(pluginFile, pluginSource(dir));
  const bundle = tempBundle(
    { command: [process.execPath, '--import', tsx, pluginFile] },
    'com.example.security',
  );
  const lines: string[] = [];
  const emu = await HostEmulator.start({
    bundleDir: bundle,
    env: { MM_BRIDGE_LOG_LEVEL: level },
    startTimeoutMs: 10_000,
    onStderrLine: (l) => lines.push(l),
  });
  try {
    emu.api.users.set('u1', { Id: 'u1', Username: 'alice' });
    expect(await emu.activate()).toBeNull();
    const { token, target } = JSON.parse(readFileSync(path.join(dir, 'plugin-env.json'), 'utf8')) as {
      token: string;
      target: string;
    };
    expect(token).toMatch(/^[0-9a-f]{64}$/); // 32 random bytes

    const rewritten = (await emu.hook('MessageWillBePosted', {
      A: context,
      B: post(SECRET.post),
    })) as GobStruct;
    expect((rewritten.A as GobStruct).Message).toBe(`${SECRET.post} ${SECRET.reply}`);
    await emu.hook('MessageHasBeenPosted', { A: context, B: post(SECRET.post) });
    await expect
      .poll(() => emu.api.calls.some((c) => c.method === 'GetUser'), { timeout: 10_000 })
      .toBe(true);
    expect(emu.api.posts.map((p) => p.Message)).toContain(SECRET.created);
    const cmd = (await emu.hook('ExecuteCommand', {
      A: context,
      B: { Command: '/secret', UserId: 'u1' },
    })) as GobStruct;
    expect((cmd.A as GobStruct).Text).toBe(`${SECRET.command} ${SECRET.kv}`);
    expect(await wrongTokenCall(target)).toBe(grpc.status.UNAUTHENTICATED);
    return { lines, token };
  } finally {
    await emu.stop();
  }
}

function leaks(lines: string[], secrets: Record<string, string>): string[] {
  return lines.flatMap((line) =>
    Object.entries(secrets)
      .filter(([, s]) => line.includes(s))
      .map(([name]) => `${name} in: ${line}`),
  );
}

describe('the bridge does not log tokens or message bodies', () => {
  it('at info level (the default)', async () => {
    const { lines, token } = await runScenario('info');
    expect(lines.some((l) => l.includes('language plugin ready'))).toBe(true); // the capture works
    expect(leaks(lines, { token, ...SECRET })).toEqual([]);
  }, 60_000);

  it('at debug level (one line per hook and API call)', async () => {
    const { lines, token } = await runScenario('debug');
    expect(lines.some((l) => l.includes('"request_id":"request-1"'))).toBe(true); // debug lines are there
    expect(leaks(lines, { token, ...SECRET })).toEqual([]);
  }, 60_000);
});
