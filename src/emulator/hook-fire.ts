/**
 * Firing one hook from JSON: the hook's gRPC request message in proto shape (what an SDK handler
 * receives, e.g. {"post": {"message": "hi", "channel_id": "c1"}} for MessageWillBePosted; the
 * plugin Context gets defaults) → gob args as the server sends them → the hook's response message
 * and error as JSON, with the API calls the plugin made meanwhile. One hook at a time, so the calls
 * belong to it.
 */
import { randomBytes } from 'node:crypto';
import type { GobStruct, GobValue } from '../bridge/gob/types.ts';
import type { MethodCodec } from '../bridge/mattermost/method-codec.ts';
import { didYouMean } from './close-matches.ts';
import type { EmulatorCodecs } from './codecs.ts';
import type { ApiCallJson } from './fake-api.ts';
import { applyHookEffects } from './hook-effects.ts';
import type { HostEmulator } from './host.ts';
import type { Json } from './proto-json.ts';

export interface HookResult {
  /** The hook's response message (without the error result). */
  response: Json;
  /** The hook's error result (an AppError in proto shape), or {message} when the call itself failed. */
  error?: Json;
  api_calls: ApiCallJson[];
}

/** A request the emulator refuses; status is the HTTP status emulate --http answers with. */
export class EmulateError extends Error {
  override readonly name = 'EmulateError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Hooks the emulator drives itself, or that stream bodies (not carried as JSON here). */
const NOT_FIREABLE: Record<string, string> = {
  Implemented: 'the emulator calls it at start',
  OnActivate: 'the emulator calls it at start',
  OnDeactivate: 'the emulator calls it when it stops',
  ServeHTTP: 'it streams an HTTP body, which emulate does not carry yet',
  ServeMetrics: 'it streams an HTTP body, which emulate does not carry yet',
  FileWillBeUploaded: 'it streams the file, which emulate does not carry yet',
};

export function hookCodec(codecs: EmulatorCodecs, name: string): MethodCodec {
  const codec = codecs.hook(name);
  if (!codec) {
    const hint = didYouMean(name, codecs.hookNames);
    throw new EmulateError(
      `unknown hook ${JSON.stringify(name)}${hint || `; hooks: ${codecs.hookNames.join(', ')}`}`,
      404,
    );
  }
  const why = NOT_FIREABLE[name];
  if (why) throw new EmulateError(`${name} cannot be fired: ${why}`, 400);
  return codec;
}

/** The gob args of a hook from its request as JSON (TranslateError → EmulateError 400). */
export function hookArgs(codecs: EmulatorCodecs, codec: MethodCodec, json: unknown): GobValue {
  try {
    const request = codecs.requestFromJson(codec, json);
    if (codec.request.fields.context)
      request.context = { ...defaultContext(), ...(request.context as object) };
    return codec.requestToArgs(request);
  } catch (err) {
    throw new EmulateError((err as Error).message, 400);
  }
}

function defaultContext(): Record<string, string> {
  return {
    session_id: 'emulatorsession00000000000',
    request_id: randomBytes(13).toString('hex'),
    ip_address: '127.0.0.1',
    accept_language: 'en',
    user_agent: 'mm-bridge-emulate',
  };
}

export class HookFirer {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly emu: HostEmulator) {}

  fire(name: string, json: unknown): Promise<HookResult> {
    const run = this.queue.then(() => this.fireNow(name, json));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async fireNow(name: string, json: unknown): Promise<HookResult> {
    const api = this.emu.api;
    const codecs = api.codecs;
    const codec = hookCodec(codecs, name);
    const args = hookArgs(codecs, codec, json);
    if (!this.emu.implemented.includes(name))
      throw new EmulateError(
        `the plugin does not implement ${name} (it implements: ${this.emu.implemented.join(', ') || 'no hooks'})`,
        409,
      );
    applyHookEffects(name, api.store, (args ?? {}) as GobStruct);
    const from = api.nextSeq;
    let ret: GobValue;
    try {
      ret = await this.emu.hook(name, (args ?? {}) as GobStruct);
    } catch (err) {
      return { response: {}, error: { message: (err as Error).message }, api_calls: api.callsJson(from) };
    }
    const error = codec.errorOf(ret);
    return {
      response: codecs.returnsToJson(codec, ret),
      ...(error !== null ? { error: codecs.errorToJson(error) } : {}),
      api_calls: api.callsJson(from),
    };
  }
}
