/**
 * An in-memory stand-in for the Mattermost server's plugin API (the net/rpc `Plugin` service the
 * server serves on the API broker stream). Enough of the API for demos and TypeScript-only tests;
 * every call is recorded. Values are gob structs shaped by the generated schema.
 */
import { GobInterface, type GobStruct, type GobValue } from '../bridge/gob/types.ts';
import type { Reply, RpcHandler } from '../bridge/netrpc/index.ts';
import type { GobTypes, Schema } from '../bridge/mattermost/schema.ts';

export interface RecordedCall {
  method: string;
  args: GobStruct;
}

export interface FakeUser {
  Id: string;
  Username: string;
  Email?: string;
}

export class FakeApi {
  readonly calls: RecordedCall[] = [];
  readonly kv = new Map<string, Uint8Array>();
  readonly posts: GobStruct[] = [];
  readonly commands: GobStruct[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly logs: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  serverVersion = '11.0.0';
  onCall?: (call: RecordedCall) => void;
  private nextId = 0;

  constructor(
    private readonly schema: Schema,
    private readonly types: GobTypes,
  ) {}

  /** net/rpc handlers for every API method; unknown ones fail like an older server would. */
  handlers(): Record<string, RpcHandler> {
    const impl: Record<string, (args: GobStruct) => GobStruct> = {
      GetServerVersion: () => ({ A: this.serverVersion }),
      LogDebug: (a) => this.log('debug', a),
      LogInfo: (a) => this.log('info', a),
      LogWarn: (a) => this.log('warn', a),
      LogError: (a) => this.log('error', a),
      KVSet: (a) => {
        this.kv.set(String(a.A), (a.B as Uint8Array | undefined) ?? new Uint8Array());
        return {};
      },
      KVGet: (a) => {
        const v = this.kv.get(String(a.A));
        const ret: GobStruct = {};
        if (v) ret.A = v;
        return ret;
      },
      CreatePost: (a) => {
        const post = { ...((a.A ?? {}) as GobStruct), Id: this.id(), CreateAt: BigInt(Date.now()) };
        this.posts.push(post);
        return { A: post };
      },
      GetUser: (a) => {
        const u = this.users.get(String(a.A));
        const ret: GobStruct = {};
        if (u) ret.A = { ...u } as unknown as GobStruct;
        else ret.B = notFound('GetUser', `user ${String(a.A)} not found`);
        return ret;
      },
      RegisterCommand: (a) => {
        this.commands.push((a.A ?? {}) as GobStruct);
        return {};
      },
    };
    const out: Record<string, RpcHandler> = {};
    for (const def of this.schema.api) {
      const fn = impl[def.name];
      if (!fn) continue;
      out[def.name] = ({ value }): Reply => {
        const args = (value ?? {}) as GobStruct;
        const call = { method: def.name, args };
        this.calls.push(call);
        this.onCall?.(call);
        return { type: this.types.shape(def, 'returns'), value: fn(args) };
      };
    }
    return out;
  }

  private log(level: string, a: GobStruct): GobStruct {
    const pairs = ((a.B ?? []) as GobValue[]).map((v) => (v instanceof GobInterface ? v.value : v));
    const fields: Record<string, unknown> = {};
    for (let i = 0; i + 1 < pairs.length; i += 2) fields[String(pairs[i])] = pairs[i + 1];
    this.logs.push({ level, msg: String(a.A ?? ''), fields });
    return {};
  }

  private id(): string {
    return `post${String(++this.nextId).padStart(22, '0')}`;
  }
}

function notFound(where: string, detail: string): GobStruct {
  return {
    Id: 'app.user.missing_account.const',
    Message: 'Unable to find the user.',
    DetailedError: detail,
    StatusCode: 404n,
    Where: where,
  };
}
