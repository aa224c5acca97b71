/**
 * hello-node: a Mattermost server plugin in TypeScript.
 *  - MessageWillBePosted: masks the word "darn", rejects posts containing "spam".
 *  - MessageHasBeenPosted: answers "ping" with "pong" in the thread.
 *  - /hello: greets the caller by username.
 *
 * definePlugin checks every hook name, request field, response field and API call against the
 * contract at compile time (npx tsc --noEmit).
 */
import { definePlugin, runPlugin } from '@mattermost-plugin-bridge/sdk';

const plugin = definePlugin({
  hooks: {
    async OnActivate(_req, { api }) {
      await api.RegisterCommand({
        command: { trigger: 'hello', auto_complete: true, description: 'Say hello' },
      });
      await api.LogInfo({ msg: 'hello-node activated' });
    },

    MessageWillBePosted({ post }) {
      const message = post?.message ?? '';
      if (/\bspam\b/i.test(message)) return { rejection_reason: 'No spam, please.' };
      if (/\bdarn\b/i.test(message))
        return { post: { ...post, message: message.replace(/\bdarn\b/gi, '****') } };
      return {};
    },

    async MessageHasBeenPosted({ post }, { api }) {
      if (!post || !/\bping\b/i.test(post.message ?? '')) return;
      await api.CreatePost({
        post: { channel_id: post.channel_id, user_id: post.user_id, root_id: post.id, message: 'pong' },
      });
    },

    async ExecuteCommand({ args }, { api }) {
      const { user } = await api.GetUser({ user_id: args?.user_id });
      return {
        command_response: { response_type: 'ephemeral', text: `Hello, @${user?.username ?? ''}!` },
      };
    },
  },
});

await runPlugin(plugin);
