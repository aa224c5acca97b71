/**
 * hello-node: a Mattermost server plugin in TypeScript. It behaves exactly as examples/hello-python
 * (README.md says what it does):
 *  - OnActivate: logs the server version, registers /hello, ensures the bot @hello-bot;
 *  - OnConfigurationChange: reads the FilteredWord setting (plugin.json settings_schema, default "darn");
 *  - MessageWillBePosted: masks the filtered word with asterisks, rejects a post that is only that word;
 *  - MessageHasBeenPosted: @hello-bot answers a mention in the post's thread;
 *  - /hello: an ephemeral greeting with the number of calls so far (KV "hello_count", compare-and-set);
 *  - ServeHTTP: GET /hello → JSON, POST /upload → byte count and SHA-256 of the streamed body.
 *
 * definePlugin checks every hook name, request field, response field and API call against the
 * contract at compile time (npx tsc --noEmit).
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { definePlugin, runPlugin, type PluginApi } from '@mattermost-plugin-bridge/sdk';

const NAME = 'hello-node';
const DEFAULT_FILTERED_WORD = 'darn';
const BOT_USERNAME = 'hello-bot';
const COUNT_KEY = 'hello_count';
const COUNT_ATTEMPTS = 20;

/** A word character for the filter and for mentions: what \b means in JavaScript and in Python's re.ASCII. */
const WORD = 'A-Za-z0-9_';
const MENTION = new RegExp(`(?<![${WORD}.\\-@])@${BOT_USERNAME}(?![${WORD}\\-])`, 'i');

/** The filtered word and its patterns; replaced as a whole on each configuration change. */
interface Filter {
  word: string;
  /** Every occurrence as a whole word, any case. */
  anywhere: RegExp;
  /** The whole (trimmed) message is the word. */
  only: RegExp;
}

function makeFilter(word: string): Filter | undefined {
  if (!word) return undefined; // an empty setting turns the filter off
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    word,
    anywhere: new RegExp(`(?<![${WORD}])${escaped}(?![${WORD}])`, 'giu'),
    only: new RegExp(`^${escaped}$`, 'iu'),
  };
}

let filter = makeFilter(DEFAULT_FILTERED_WORD);
let botUserId = '';

/** The FilteredWord setting of LoadPluginConfiguration's JSON (keys come lowercased from the server). */
function filteredWord(config: Uint8Array | undefined): string {
  let settings: unknown = null;
  if (config?.length) settings = JSON.parse(Buffer.from(config).toString('utf8'));
  if (!settings || typeof settings !== 'object') return DEFAULT_FILTERED_WORD;
  for (const [key, value] of Object.entries(settings))
    if (key.toLowerCase() === 'filteredword' && value !== null && value !== undefined)
      return String(value).trim();
  return DEFAULT_FILTERED_WORD;
}

/** Adds one to the KV counter atomically (KVCompareAndSet; retried when another call won the race). */
async function countCall(api: PluginApi): Promise<number> {
  for (let attempt = 0; attempt < COUNT_ATTEMPTS; attempt++) {
    const { value } = await api.KVGet({ key: COUNT_KEY });
    const text = value?.length ? Buffer.from(value).toString('utf8') : '';
    const next = (/^\d+$/.test(text) ? Number(text) : 0) + 1;
    const { updated } = await api.KVCompareAndSet({
      key: COUNT_KEY,
      old_value: value?.length ? value : undefined, // none: only if the key does not exist yet
      new_value: Buffer.from(String(next)),
    });
    if (updated) return next;
  }
  throw new Error(`${COUNT_KEY}: ${COUNT_ATTEMPTS} concurrent updates in a row, giving up`);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json', 'Content-Length': data.length });
  res.end(data);
}

const plugin = definePlugin({
  hooks: {
    async OnConfigurationChange(_req, { api }) {
      const { config } = await api.LoadPluginConfiguration({});
      filter = makeFilter(filteredWord(config));
    },

    async OnActivate(_req, { api }) {
      const { version } = await api.GetServerVersion({});
      await api.LogInfo({
        msg: `${NAME} activated`,
        key_value_pairs: { values: [{ string_value: 'server_version' }, { string_value: version ?? '' }] },
      });
      await api.RegisterCommand({
        command: {
          trigger: 'hello',
          auto_complete: true,
          display_name: 'Hello',
          auto_complete_desc: 'Say hello (the plugin counts the calls)',
          description: 'Say hello',
        },
      });
      const { bot_user_id } = await api.EnsureBotUser({
        bot: {
          username: BOT_USERNAME,
          display_name: 'Hello Bot',
          description: 'Answers mentions in their thread (hello example plugin).',
        },
      });
      botUserId = bot_user_id ?? '';
    },

    MessageWillBePosted({ post }) {
      const message = post?.message ?? '';
      if (!filter) return {};
      if (filter.only.test(message.trim()))
        return { rejection_reason: `Posts that contain only the word "${filter.word}" are not allowed.` };
      const masked = message.replace(filter.anywhere, (m) => '*'.repeat([...m].length));
      return masked === message ? {} : { post: { ...post, message: masked } };
    },

    async MessageHasBeenPosted({ post }, { api }) {
      if (!post || !botUserId || post.user_id === botUserId || !MENTION.test(post.message ?? '')) return;
      await api.CreatePost({
        post: {
          channel_id: post.channel_id,
          user_id: botUserId,
          root_id: post.root_id || post.id,
          message: `Hi! I'm @${BOT_USERNAME}. Type /hello for a greeting.`,
        },
      });
    },

    async ExecuteCommand({ args }, { api }) {
      // An unknown user makes GetUser throw its AppError (404), which becomes this hook's AppError.
      const { user } = await api.GetUser({ user_id: args?.user_id });
      const calls = await countCall(api);
      return {
        command_response: {
          response_type: 'ephemeral',
          text: `Hello, @${user?.username ?? ''}! (${calls} calls so far)`,
        },
      };
    },
  },

  // ServeHTTP: the server strips /plugins/<id> from the path. Any (req, res) handler (express, …) fits.
  serveHttp(req, res) {
    const path = new URL(req.url ?? '/', 'http://plugin').pathname;
    if (path === '/hello') {
      if (req.method !== 'GET') return sendJson(res, 405, { error: 'method not allowed' }, { Allow: 'GET' });
      return sendJson(res, 200, { hello: 'world', plugin: req.mattermost.pluginId });
    }
    if (path === '/upload') {
      if (req.method !== 'POST')
        return sendJson(res, 405, { error: 'method not allowed' }, { Allow: 'POST' });
      // Hashed chunk by chunk as the body streams in: nothing is kept, whatever the size.
      const hash = createHash('sha256');
      let bytes = 0;
      req.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        hash.update(chunk);
      });
      req.on('end', () => sendJson(res, 200, { bytes, sha256: hash.digest('hex') }));
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  },
});

await runPlugin(plugin);
