/**
 * The TypeScript plugin behind the bridge in the Go conformance harness. Its behaviour is specified
 * in test/conformance/README.md and mirrored by the native Go plugin in test/conformance/goplugin,
 * so the same assertions prove the bridge behaves like a Go plugin.
 */
import { AppError, runPlugin } from '../../../sdk/node/src/index.ts';

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

await runPlugin({
  hooks: {
    async OnActivate(_req, { api }) {
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
      await api.LogInfo!({ msg: 'configuration changed' });
    },

    async OnDeactivate(_req, { api }) {
      await api.LogInfo!({ msg: 'conformance plugin deactivating' });
    },

    MessageWillBePosted(req) {
      const post = req.post as Post;
      const message = post.message ?? '';
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
