/**
 * hello-node: a Mattermost server plugin in TypeScript.
 *  - MessageWillBePosted: masks the word "darn", rejects posts containing "spam".
 *  - MessageHasBeenPosted: answers "ping" with "pong" in the thread.
 *  - /hello: greets the caller by username.
 */
import { runPlugin } from '../../../sdk/node/src/index.ts';

type Post = { id?: string; channel_id?: string; user_id?: string; message?: string };

await runPlugin({
  hooks: {
    async OnActivate(_req, { api }) {
      await api.RegisterCommand!({
        command: { trigger: 'hello', auto_complete: true, description: 'Say hello' },
      });
      await api.LogInfo!({ msg: 'hello-node activated' });
    },

    MessageWillBePosted({ post }) {
      const p = post as Post;
      const message = p.message ?? '';
      if (/\bspam\b/i.test(message)) return { rejection_reason: 'No spam, please.' };
      if (/\bdarn\b/i.test(message))
        return { post: { ...p, message: message.replace(/\bdarn\b/gi, '****') } };
      return {};
    },

    async MessageHasBeenPosted({ post }, { api }) {
      const p = post as Post;
      if (!/\bping\b/i.test(p.message ?? '')) return;
      await api.CreatePost!({
        post: { channel_id: p.channel_id, user_id: p.user_id, root_id: p.id, message: 'pong' },
      });
    },

    async ExecuteCommand({ args }, { api }) {
      const { user } = await api.GetUser!({ user_id: (args as { user_id?: string }).user_id });
      return {
        command_response: {
          response_type: 'ephemeral',
          text: `Hello, @${String((user as { username?: string }).username)}!`,
        },
      };
    },
  },
});
