/**
 * An in-memory stand-in for the Mattermost server's plugin API (the net/rpc `Plugin` service the
 * server serves on the API broker stream): users, teams, channels, posts, KV, bots, commands,
 * configuration, logging (fake-api-*.ts on a FakeStore). Values are gob structs shaped by the
 * schema; errors are the server's AppError shapes. A method the fake does not implement answers
 * "rpc: can't find method", as an older server without it would. Every call is recorded and can be
 * read back as JSON in proto shape (callsJson).
 */
import { GobInterface, type GobStruct, type GobValue } from '../bridge/gob/types.ts';
import { APP_ERROR_NAME, ERROR_STRING_NAME, ERROR_STRING_TYPE } from '../bridge/mattermost/errors.ts';
import type { GobTypes, MethodDef, Schema } from '../bridge/mattermost/schema.ts';
import type { Reply, RpcHandler } from '../bridge/netrpc/index.ts';
import { EmulatorCodecs } from './codecs.ts';
import { botsApi } from './fake-api-bots.ts';
import { channelsApi } from './fake-api-channels.ts';
import { configApi } from './fake-api-config.ts';
import { kvApi } from './fake-api-kv.ts';
import { postsApi } from './fake-api-posts.ts';
import { serverApi } from './fake-api-server.ts';
import { teamsApi } from './fake-api-teams.ts';
import { usersApi } from './fake-api-users.ts';
import { FakeError } from './fake-errors.ts';
import { FakeStore } from './fake-store.ts';
import type { FakeMethods } from './fake-values.ts';
import type { Json } from './proto-json.ts';

export interface RecordedCall {
  /** Increasing over the life of the FakeApi (not reset by resetCalls). */
  seq: number;
  method: string;
  args: GobStruct;
  /** The gob returns of a call that succeeded. */
  returns?: GobStruct;
  /** The error result the method returned (an AppError struct, or an `error` interface value). */
  error?: GobValue;
  /** The call threw (a bug in the fake, or a method the fake does not implement). */
  failure?: string;
}

/** A recorded call in proto shape: the request message, and the response message or the error. */
export interface ApiCallJson {
  method: string;
  request: Json;
  response?: Json;
  error?: Json;
}

export class FakeApi {
  readonly store = new FakeStore();
  readonly calls: RecordedCall[] = [];
  onCall?: (call: RecordedCall) => void;
  /** After a configuration save (SavePluginConfig, SaveConfig): the host fires OnConfigurationChange. */
  onConfigChange?: () => void;
  private seq = 0;
  private codecsCache: EmulatorCodecs | undefined;
  private readonly methods: FakeMethods;

  constructor(
    private readonly schema: Schema,
    private readonly types: GobTypes,
    codecs?: EmulatorCodecs,
  ) {
    this.codecsCache = codecs;
    const s = this.store;
    this.methods = {
      ...serverApi(s),
      ...usersApi(s),
      ...teamsApi(s),
      ...channelsApi(s),
      ...postsApi(s),
      ...kvApi(s),
      ...botsApi(s),
      ...configApi(
        s,
        () => this.codecs,
        () => this.onConfigChange?.(),
      ),
    };
  }

  /** Contract codecs (loaded on first use: the gob-only paths never need them). */
  get codecs(): EmulatorCodecs {
    return (this.codecsCache ??= new EmulatorCodecs(this.schema, this.types));
  }

  // The store's collections, as the emulator has always exposed them.
  get users(): Map<string, GobStruct> {
    return this.store.users;
  }
  get posts(): GobStruct[] {
    return this.store.posts;
  }
  get kv(): Map<string, Uint8Array> {
    return this.store.kv;
  }
  get commands(): GobStruct[] {
    return this.store.commands;
  }
  get logs(): FakeStore['logs'] {
    return this.store.logs;
  }
  get serverVersion(): string {
    return this.store.serverVersion;
  }
  set serverVersion(v: string) {
    this.store.serverVersion = v;
  }

  /** The API methods the fake server implements. */
  get implementedMethods(): string[] {
    return Object.keys(this.methods).sort();
  }

  /** The sequence number the next recorded call will get (to read the calls of one hook). */
  get nextSeq(): number {
    return this.seq + 1;
  }

  resetCalls(): void {
    this.calls.length = 0;
  }

  /** net/rpc handlers for every API method of the schema. */
  handlers(): Record<string, RpcHandler> {
    const out: Record<string, RpcHandler> = {};
    for (const def of this.schema.api) {
      const fn = this.methods[def.name];
      let returnsType: Reply['type'] | undefined;
      out[def.rpc.slice(def.rpc.indexOf('.') + 1)] = ({ value }): Reply => {
        const call: RecordedCall = { seq: ++this.seq, method: def.name, args: (value ?? {}) as GobStruct };
        try {
          if (!fn) throw new Error(`rpc: can't find method ${def.rpc}`);
          returnsType ??= this.types.shape(def, 'returns');
          try {
            call.returns = fn(call.args);
            return { type: returnsType, value: call.returns };
          } catch (err) {
            if (!(err instanceof FakeError)) throw err;
            const ret = this.errorReturns(def, err);
            call.error = Object.values(ret)[0] ?? null;
            return { type: returnsType, value: ret };
          }
        } catch (err) {
          call.failure = err instanceof Error ? err.message : String(err);
          throw err;
        } finally {
          this.calls.push(call);
          this.onCall?.(call);
        }
      };
    }
    return out;
  }

  /** The recorded calls (those with seq ≥ fromSeq) in proto shape. */
  callsJson(fromSeq = 0): ApiCallJson[] {
    return this.calls.filter((c) => c.seq >= fromSeq).map((c) => this.callJson(c));
  }

  callJson(call: RecordedCall): ApiCallJson {
    const codecs = this.codecs;
    const codec = codecs.api(call.method);
    const safe = (f: () => Json): Json => {
      try {
        return f();
      } catch (err) {
        return { translation_error: (err as Error).message };
      }
    };
    const out: ApiCallJson = {
      method: call.method,
      request: codec ? safe(() => codecs.argsToJson(codec, call.args)) : null,
    };
    if (call.failure !== undefined) out.error = { message: call.failure };
    else if (call.error !== undefined) out.error = safe(() => codecs.errorToJson(call.error!));
    else if (codec) out.response = safe(() => codecs.returnsToJson(codec, call.returns ?? {}));
    return out;
  }

  /** The method's returns with only its error result set, typed as the server sends it. */
  private errorReturns(def: MethodDef, err: FakeError): GobStruct {
    const p = def.returns.fields.find((f) => f.error);
    if (!p) return {}; // no error result in Go: the caller gets zero values
    if (p.type !== 'error')
      return {
        [p.gob]: err.appError ?? {
          Id: 'app.plugin.api_error',
          Message: err.message,
          StatusCode: 500n,
          Where: def.name,
        },
      };
    const value = err.appError
      ? new GobInterface(APP_ERROR_NAME, this.types.of({ ref: 'model.AppError' }), err.appError)
      : new GobInterface(ERROR_STRING_NAME, ERROR_STRING_TYPE, { Err: err.message });
    return { [p.gob]: value };
  }
}
