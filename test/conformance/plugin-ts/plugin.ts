/**
 * The TypeScript plugin behind the bridge in the Go conformance harness. Its behaviour is specified
 * in test/conformance/README.md and mirrored by the native Go plugin in test/conformance/goplugin,
 * so the same assertions prove the bridge behaves like a Go plugin.
 */
import { AppError, runPlugin, type HookContext } from '../../../sdk/node/src/index.ts';

type Msg = Record<string, unknown>;
type Post = {
  id?: string;
  user_id?: string;
  channel_id?: string;
  message?: string;
  props?: StructValue;
} & Msg;
type StructValue = { fields?: Record<string, unknown> };

const text = (s: string): Msg => ({ string_value: s });

// Fault injection (test/conformance/faults_test.go, soak_test.go), mirrored by the Go plugin:
// per-process counters, and `/conformance fault …` commands / `fault-sleep:<ms>` posts.
type Api = HookContext['api'];
const counters = { configs: 0, activations: 0 };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * `fault <mode> [n]`: pid | stats | sleep <ms> | flood <bytes> (1 KiB lines) | bigline <bytes>.
 * Sleeping (here and for `fault-sleep:<ms>` posts) first calls LogDebug("fault sleeping"), so the
 * test knows the call has reached the plugin.
 */
async function fault(words: string[], api: Api): Promise<string> {
  const n = Number(words[2] ?? 0);
  switch (words[1]) {
    case 'pid':
      return `pid ${process.pid}`;
    case 'stats':
      return `pid=${process.pid} configs=${counters.configs} activations=${counters.activations}`;
    case 'sleep':
      await api.LogDebug!({ msg: 'fault sleeping' });
      await sleep(n);
      return `slept ${n}`;
    case 'flood': {
      const line = 'x'.repeat(1023) + '\n';
      for (let sent = 0; sent < n; sent += 64 * line.length) await write(line.repeat(64));
      return `flooded ${n}`;
    }
    case 'bigline': {
      const chunk = 'y'.repeat(1 << 20);
      for (let sent = 0; sent < n; sent += chunk.length) await write(chunk.slice(0, n - sent));
      await write('\n');
      return `flooded ${n}`;
    }
    default:
      return 'unknown fault';
  }
}

/**
 * Writes to stderr, then lets other calls run: a pipe write is synchronous in Node on Linux, so
 * the plugin would otherwise stall every hook for the whole flood.
 */
async function write(s: string): Promise<void> {
  if (!process.stderr.write(s)) await new Promise((resolve) => process.stderr.once('drain', resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

await runPlugin({
  hooks: {
    async OnActivate(_req, { api }) {
      counters.activations++;
      const version = (await api.GetServerVersion!({})).version as string;
      await api.LogInfo!({
        msg: 'conformance plugin activated',
        key_value_pairs: { values: [text('server_version'), text(version)] },
      });
      await api.KVSet!({ key: 'activated', value: Buffer.from('yes') });
      await api.RegisterCommand!({
        command: {
          trigger: 'conformance',
          auto_complete: true,
          display_name: 'Conformance',
          description: 'bridge conformance test command',
        },
      });
      const flag = (await api.KVGet!({ key: 'fail-activate' })).value as Buffer | undefined;
      if (flag && Buffer.from(flag).toString() === 'yes')
        throw new Error('activation refused by conformance plugin');
    },

    async OnConfigurationChange(_req, { api }) {
      counters.configs++;
      await api.LogInfo!({ msg: 'configuration changed' });
    },

    async OnDeactivate(_req, { api }) {
      await api.LogInfo!({ msg: 'conformance plugin deactivating' });
    },

    async MessageWillBePosted(req, { api }) {
      const post = req.post as Post;
      const message = post.message ?? '';
      const sleepMs = /fault-sleep:(\d+)/.exec(message);
      if (sleepMs) {
        await api.LogDebug!({ msg: 'fault sleeping' });
        await sleep(Number(sleepMs[1]));
      }
      if (message.includes('reject')) return { rejection_reason: 'rejected by conformance plugin' };
      if (message.includes('rewrite')) {
        const fields = { ...(post.props?.fields ?? {}), bridged: { bool_value: true } };
        return { post: { ...post, message: message.toUpperCase(), props: { fields } } };
      }
      return {};
    },

    async MessageHasBeenPosted(req, { api }) {
      const post = req.post as Post;
      if ((post.message ?? '').startsWith('echo:')) return;
      let user: Msg;
      try {
        user = (await api.GetUser!({ user_id: post.user_id })).user as Msg;
      } catch (err) {
        await api.LogError!({
          msg: 'GetUser failed',
          key_value_pairs: { values: [text('error'), text(String((err as Error).message))] },
        });
        return;
      }
      try {
        await api.CreatePost!({
          post: {
            channel_id: post.channel_id,
            user_id: user.id,
            message: `echo: ${post.message ?? ''} from ${String(user.username)}`,
            root_id: post.id,
          },
        });
      } catch (err) {
        await api.LogError!({
          msg: 'CreatePost failed',
          key_value_pairs: { values: [text('error'), text((err as Error).message)] },
        });
      }
    },

    async ExecuteCommand(req, { api }) {
      const args = req.args as Msg;
      const words = String(args.command ?? '')
        .trim()
        .split(/\s+/)
        .slice(1);
      switch (words[0]) {
        case 'bench': {
          // bench getuser|kvset N: N API calls from inside the plugin, answered with ns per call.
          const n = Number(words[2]);
          if (!(n > 0)) return { command_response: { text: 'bad count' } };
          const value = Buffer.alloc(1024);
          const start = process.hrtime.bigint();
          for (let i = 0; i < n; i++) {
            if (words[1] === 'kvset') await api.KVSet!({ key: 'bench', value });
            else await api.GetUser!({ user_id: args.user_id });
          }
          return { command_response: { text: String((process.hrtime.bigint() - start) / BigInt(n)) } };
        }
        case 'fault':
          return { command_response: { text: await fault(words, api) } };
        case 'hello':
          return {
            command_response: { response_type: 'ephemeral', text: `hello ${String(args.user_id ?? '')}` },
          };
        case 'kv': {
          const key = words[1] ?? '';
          const value = (await api.KVGet!({ key })).value as Buffer | undefined;
          return { command_response: { text: `kv ${key}=${value ? Buffer.from(value).toString() : ''}` } };
        }
        case 'fail':
          throw new AppError({
            id: 'conformance.command.fail',
            message: 'conformance.command.fail', // model.NewAppError without translations: Message = Id
            detailedError: 'command failed on purpose',
            statusCode: 400,
            where: 'ExecuteCommand',
          });
        default:
          return { command_response: { text: 'unknown' } };
      }
    },
  },
});
