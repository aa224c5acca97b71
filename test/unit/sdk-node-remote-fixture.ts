/**
 * A definePlugin plugin as a process in remote mode, started by sdk-node-remote.test.ts with
 * MM_BRIDGE_REMOTE pointing at a fake sidecar: runPlugin registers with it and serves PluginHooks.
 * ExecuteCommand calls the PluginAPI of the current attach:
 *   /version          GetServerVersion once, its version as the text;
 *   /until-detached   GetServerVersion every 20 ms until a call fails, then that failure as JSON
 *                     text ({ code, details, message, ms: how long the failing call took }).
 */
import { definePlugin, runPlugin } from '../../sdk/node/src/index.ts';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const plugin = definePlugin({
  hooks: {
    async ExecuteCommand({ args }, { api }) {
      if (args?.command === '/version') {
        const { version } = await api.GetServerVersion();
        return { command_response: { text: version ?? '' } };
      }
      if (args?.command === '/until-detached') {
        const until = Date.now() + 15_000;
        while (Date.now() < until) {
          const started = Date.now();
          try {
            await api.GetServerVersion();
          } catch (err) {
            const e = err as { code?: number; details?: string; message?: string };
            const text = JSON.stringify({
              code: e.code,
              details: e.details,
              message: e.message,
              ms: Date.now() - started,
            });
            return { command_response: { text } };
          }
          await sleep(20);
        }
        return { command_response: { text: 'still attached after 15 s' } };
      }
      return { command_response: { text: `unknown command ${args?.command ?? ''}` } };
    },
  },
});

await runPlugin(plugin);
