/**
 * The echo plugin of the Go round-trip test (test/conformance/roundtrip_test.go). It implements
 * EVERY hook of the contract generically and exchanges gob files with the Go test through
 * $ROUNDTRIP_DIR (set by the manifest's props.bridge.env):
 *
 * - hook H: the request is turned back into the net/rpc args (MethodCodec.requestToArgs, the
 *   inverse of what the bridge did) and written gob-encoded to hooks/H.args.gob; the answer is
 *   hooks/H.returns.gob (written by the test) translated to the response (returnsToResponse).
 *   Without a returns file (e.g. OnConfigurationChange during activation) the hook answers {}.
 * - ExecuteCommand "/roundtrip api M": reads api/M.args.gob, translates it to M's request
 *   (argsToRequest), calls api.M through the SDK, translates the response back (responseToReturns)
 *   and writes it to api/M.reply.gob. Failures go to api/M.error.txt and the command's text.
 * - OnActivate writes hooks/OnActivate.called.
 *
 * Go decodes the files with encoding/gob and compares with reflect.DeepEqual: every value crosses
 * gob→proto (here or in the bridge), gRPC, proto→gob and back.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GobDecoder, GobEncoder, type GobType, type GobValue } from '../../../src/bridge/gob/index.ts';
import { loadContract, PACKAGE } from '../../../src/bridge/grpc/contract.ts';
import { MethodCodec } from '../../../src/bridge/mattermost/method-codec.ts';
import { GobTypes, loadSchema } from '../../../src/bridge/mattermost/schema.ts';
import { Translator } from '../../../src/bridge/mattermost/translate.ts';
import { SCHEMA_FILE } from '../../../src/paths.ts';
import { runPlugin, type ApiClient, type HookHandler } from '../../../sdk/node/src/index.ts';

type Msg = Record<string, unknown>;

const dir = process.env.ROUNDTRIP_DIR;
if (!dir) throw new Error('ROUNDTRIP_DIR is not set (props.bridge.env of the manifest)');

const schema = loadSchema(SCHEMA_FILE);
const contract = loadContract();
const types = new GobTypes(schema);
const tr = new Translator(types, contract.root, schema);
const hookCodecs = new Map<string, MethodCodec>();
const apiCodecs = new Map<string, MethodCodec>();
// Unary methods only: streaming ones (def.streaming) are not part of the round trip yet.
const unary = (def: { grpc: unknown; streaming?: boolean }): boolean => !!def.grpc && !def.streaming;
for (const def of schema.hooks)
  if (unary(def)) hookCodecs.set(def.name, new MethodCodec(def, types, tr, PACKAGE));
for (const def of schema.api)
  if (unary(def)) apiCodecs.set(def.name, new MethodCodec(def, types, tr, PACKAGE));

function readGob(file: string): GobValue {
  const d = new GobDecoder();
  d.push(readFileSync(file));
  const got = d.next();
  if (!got) throw new Error(`${file}: incomplete gob stream`);
  return got.value;
}

function writeGob(file: string, type: GobType, value: GobValue): void {
  writeFileSync(file, new GobEncoder().encode(type, value)); // one fresh encoder per file, like Go's side
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const e = err as Error & { code?: unknown; details?: unknown };
    return [e.name, e.code !== undefined ? `code=${String(e.code)}` : '', e.stack ?? e.message]
      .filter(Boolean)
      .join(' ');
  }
  return String(err);
}

/**
 * The harness's own self-test (TestRoundTrip/selftest): while $ROUNDTRIP_DIR/mutate names a stage
 * (api-request, api-response, hook-request, hook-response), the first string in that message is
 * changed, and the Go side must notice.
 */
function mutateIfAsked(stage: string, msg: Msg): void {
  let want: string;
  try {
    want = readFileSync(path.join(dir!, 'mutate'), 'utf8').trim();
  } catch {
    return;
  }
  if (want !== stage) return;
  const walk = (o: unknown): boolean => {
    if (!o || typeof o !== 'object' || o instanceof Uint8Array) return false;
    for (const [k, v] of Object.entries(o as Msg)) {
      if (typeof v === 'string' && !/^-?\d+$/.test(v)) {
        (o as Msg)[k] = `${v}~mutated`;
        return true;
      }
      if (walk(v)) return true;
    }
    return false;
  };
  if (!walk(msg)) throw new Error(`selftest: no string to mutate in the ${stage} message`);
}

async function roundtripApi(name: string, api: ApiClient): Promise<Msg> {
  const base = path.join(dir!, 'api', name);
  const fail = (stage: string, err: unknown): Msg => {
    const text = `${stage}: ${describe(err)}`;
    writeFileSync(`${base}.error.txt`, text);
    return { command_response: { text: `error: ${text}` } };
  };
  const codec = apiCodecs.get(name);
  if (!codec) return fail('plugin', new Error(`no unary API method ${name} in the schema`));
  let request: Msg;
  try {
    request = codec.argsToRequest(readGob(`${base}.args.gob`));
  } catch (err) {
    return fail('args.gob → request (plugin-side MethodCodec.argsToRequest)', err);
  }
  let response: Msg;
  try {
    mutateIfAsked('api-request', request);
    response = await api[name]!(request);
    mutateIfAsked('api-response', response);
  } catch (err) {
    return fail(`api.${name} through the bridge`, err);
  }
  try {
    writeGob(`${base}.reply.gob`, codec.returnsType, codec.responseToReturns(response));
  } catch (err) {
    return fail('response → reply.gob (plugin-side MethodCodec.responseToReturns)', err);
  }
  return { command_response: { text: 'ok' } };
}

function echoHook(name: string, codec: MethodCodec): HookHandler {
  return async (req, { api }) => {
    if (name === 'ExecuteCommand') {
      const words = String(((req.args ?? {}) as Msg).command ?? '').split(' ');
      if (words[0] === '/roundtrip' && words[1] === 'api' && words[2]) return roundtripApi(words[2], api);
    }
    const base = path.join(dir!, 'hooks', name);
    if (!existsSync(`${base}.returns.gob`)) return {};
    try {
      mutateIfAsked('hook-request', req);
      writeGob(`${base}.args.gob`, codec.argsType, codec.requestToArgs(req));
    } catch (err) {
      writeFileSync(`${base}.error.txt`, `request → args.gob (plugin-side requestToArgs): ${describe(err)}`);
      throw err;
    }
    try {
      const response = codec.returnsToResponse(readGob(`${base}.returns.gob`));
      mutateIfAsked('hook-response', response);
      return response;
    } catch (err) {
      writeFileSync(
        `${base}.error.txt`,
        `returns.gob → response (plugin-side returnsToResponse): ${describe(err)}`,
      );
      throw err;
    }
  };
}

const hooks: Record<string, HookHandler> = {};
for (const name of Object.keys(contract.hooks)) {
  if (name === 'Implemented') continue;
  if (name === 'OnActivate') {
    hooks[name] = () => {
      writeFileSync(path.join(dir, 'hooks', 'OnActivate.called'), String(process.pid));
      return {};
    };
    continue;
  }
  const codec = hookCodecs.get(name);
  if (codec) hooks[name] = echoHook(name, codec);
}

await runPlugin({ hooks });
