/**
 * A plugin written with definePlugin, started as a process by sdk-node-plugin.test.ts (as mm-bridge
 * starts one): typed hooks that call the typed PluginAPI, an AppError from a hook, and a ServeHTTP
 * handler that uses `req.mattermost`.
 */
import { AppError, definePlugin, runPlugin } from '../../sdk/node/src/index.ts';

const plugin = definePlugin({
  hooks: {
    async OnActivate(_req, { api }) {
      const { version } = await api.GetServerVersion();
      await api.KVSet({ key: 'activated-on', value: Buffer.from(version ?? '') });
    },
    MessageWillBePosted({ post }) {
      if (post?.message?.includes('spam')) return { rejection_reason: 'no spam' };
      return { post: { ...post, message: `${post?.message ?? ''} (seen at ${post?.create_at ?? '?'})` } };
    },
    async ExecuteCommand({ args }, { api }) {
      const { user } = await api.GetUser({ user_id: args?.user_id }); // an AppError propagates as is
      if (user?.username === 'mallory') {
        throw new AppError({ id: 'hello.forbidden', message: 'Not you.', statusCode: 403, where: 'hello' });
      }
      return { command_response: { text: `Hello, @${user?.username ?? ''}!` } };
    },
  },
  async serveHttp(req, res) {
    const { version } = await req.mattermost.api.GetServerVersion();
    res.setHeader('Content-Type', 'text/plain');
    res.end(`${req.method} ${req.url} request=${req.mattermost.context.request_id} server=${version}`);
  },
});

await runPlugin(plugin);
