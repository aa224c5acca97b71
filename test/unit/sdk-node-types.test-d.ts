/**
 * Compile-time tests of the Node SDK's generated types: `npx tsc -p tsconfig.json --noEmit` checks
 * this file (it is never run). Each `@ts-expect-error` line must fail to compile — tsc reports an
 * unused one — so a hook-name typo, a wrong field or a wrong field type provably does not compile.
 */
import { expectTypeOf } from 'vitest';
import {
  definePlugin,
  type FileInfo,
  type GetUserResponse,
  type Hooks,
  type KVGetResponse,
  type Plugin,
  type PluginApi,
  type Post,
  type UploadDataResponse,
  type User,
  type Value,
} from '../../sdk/node/src/index.ts';

// ---- hooks: names, requests and responses ------------------------------------------------------

definePlugin({
  hooks: {
    // @ts-expect-error a hook that does not exist
    MessageWillBePostd() {},
  },
});

definePlugin({
  hooks: {
    // @ts-expect-error ServeHTTP is the serveHttp option, not a message hook
    ServeHTTP() {},
  },
});

definePlugin({
  hooks: {
    // @ts-expect-error Implemented is answered by the SDK
    Implemented() {
      return { hooks: [] };
    },
  },
});

definePlugin({
  // @ts-expect-error not an option of definePlugin
  serveHTTP: () => {},
});

definePlugin({
  hooks: {
    // @ts-expect-error MessageWillBePostedRequest has no field `pots`
    MessageWillBePosted({ pots }) {
      return pots;
    },
  },
});

definePlugin({
  hooks: {
    // @ts-expect-error a response field that does not exist (no field in common with the response)
    MessageWillBePosted: () => ({ rejection_reson: 'typo' }),
  },
});

definePlugin({
  hooks: {
    // @ts-expect-error rejection_reason is a string
    MessageWillBePosted: () => ({ rejection_reason: 42 }),
  },
});

definePlugin({
  hooks: {
    // @ts-expect-error Post.message is a string
    MessageWillBePosted: ({ post }) => ({ post: { ...post, message: 1 } }),
  },
});

// What is right compiles, and the request is typed as the SDK receives it.
const plugin: Plugin = definePlugin({
  hooks: {
    async OnActivate(_req, { api, log, pluginId }) {
      expectTypeOf(pluginId).toEqualTypeOf<string>();
      log.info('activating');
      await api.RegisterCommand({ command: { trigger: 'hello', auto_complete: true } });
    },
    MessageWillBePosted({ post, context }) {
      expectTypeOf(post).toEqualTypeOf<Post | undefined>();
      expectTypeOf(context?.request_id).toEqualTypeOf<string | undefined>();
      expectTypeOf(post?.create_at).toEqualTypeOf<string | undefined>(); // int64: a decimal string
      if (post?.message === 'spam') return { rejection_reason: 'no spam' };
      return { post }; // a received message can be sent back unchanged
    },
    async ExecuteCommand({ args }, { api }) {
      const { user } = await api.GetUser({ user_id: args?.user_id });
      return { command_response: { text: `hi ${user?.username ?? ''}` } };
    },
    OnConfigurationChange() {}, // nothing: an empty response
  },
  serveHttp(req, res) {
    expectTypeOf(req.mattermost.api).toEqualTypeOf<PluginApi>();
    expectTypeOf(req.mattermost.context.user_agent).toEqualTypeOf<string | undefined>();
    res.end('ok');
  },
  async fileWillBeUploaded({ info }, data) {
    expectTypeOf(info).toEqualTypeOf<FileInfo | undefined>();
    for await (const chunk of data) expectTypeOf(chunk).toEqualTypeOf<Buffer>();
    return { file_info: { ...info, name: 'renamed' } };
  },
});
void plugin;

expectTypeOf<Hooks['MessageHasBeenPosted']>().toBeNullable(); // every hook is optional

// ---- the PluginAPI client ---------------------------------------------------------------------

export async function apiCalls(api: PluginApi): Promise<void> {
  // @ts-expect-error a method that does not exist
  await api.GetUsr({ user_id: 'u1' });

  // @ts-expect-error GetUserRequest has no field `userid`
  await api.GetUser({ userid: 'u1' });

  // @ts-expect-error user_id is a string
  await api.GetUser({ user_id: 42 });

  // @ts-expect-error GetUser needs its request
  await api.GetUser();

  // @ts-expect-error bytes are a Uint8Array (a string would be read as base64)
  await api.KVSet({ key: 'k', value: 'v' });

  // Responses are typed as received; int64 fields go out as numbers or strings.
  expectTypeOf(await api.GetUser({ user_id: 'u1' })).toEqualTypeOf<GetUserResponse>();
  expectTypeOf<User['create_at']>().toEqualTypeOf<string | undefined>();
  await api.GetUsersInTeam({ team_id: 't1', page: 0, per_page: '100' });
  expectTypeOf<KVGetResponse['value']>().toEqualTypeOf<Buffer | undefined>();
  await api.KVSet({ key: 'k', value: Buffer.from('v') });
  await api.GetServerVersion(); // a request without fields may be left out
  await api.GetUser({ user_id: 'u1' }, { timeoutMs: 1000 });

  // google.protobuf.Value: the oneof's field name comes with received values.
  expectTypeOf<Value['kind']>().toEqualTypeOf<
    'null_value' | 'number_value' | 'string_value' | 'bool_value' | 'struct_value' | 'list_value' | undefined
  >();
  await api.LogInfo({ msg: 'x', key_value_pairs: { values: [{ string_value: 'k' }, { number_value: 1 }] } });

  // Streaming methods: the other fields, then the body.
  expectTypeOf(
    await api.UploadData({ us: { id: 'up1' } }, Buffer.from('data')),
  ).toEqualTypeOf<UploadDataResponse>();
  // @ts-expect-error the chunk field is the second argument, not a request field
  await api.UploadData({ us: { id: 'up1' }, data: Buffer.from('data') });
  const res = await api.PluginHTTP({ request: { method: 'GET', url: { value: '/other/x' } } });
  expectTypeOf(res.status_code).toEqualTypeOf<string | undefined>();
  expectTypeOf(res.body).toEqualTypeOf<AsyncIterable<Buffer>>();
}
