/**
 * `mm-bridge emulate [DIR]`: local development without a Mattermost server. Runs the plugin in DIR
 * under the host emulator (src/emulator: the server's side of the protocol with an in-memory fake
 * server), seeded from --state, activates it, and then fires one hook (--fire), serves the emulator
 * over HTTP (--http), or only reports the activation.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GobTypes, loadSchema } from '../../bridge/mattermost/schema.ts';
import { EmulatorCodecs } from '../../emulator/codecs.ts';
import { FakeStore } from '../../emulator/fake-store.ts';
import { HookFirer, hookArgs, hookCodec } from '../../emulator/hook-fire.ts';
import { HostEmulator } from '../../emulator/host.ts';
import { serveEmulatorHttp } from '../../emulator/http-server.ts';
import { formatBridgeLine } from '../../emulator/log-lines.ts';
import { seedState } from '../../emulator/state.ts';
import { SCHEMA_FILE } from '../../paths.ts';
import { parseCommand, UsageError, type CommandSpec } from '../options.ts';

export const spec: CommandSpec = {
  name: 'emulate',
  usage: '[options] [DIR]',
  summary:
    'Run the plugin in DIR (default: the current directory) against an in-memory fake Mattermost server,\n' +
    'activate it, and fire a hook at it (--fire), serve the emulator over HTTP for tests (--http), or\n' +
    'just report the activation. No Mattermost server needed.',
  positionals: { min: 0, max: 1 },
  options: {
    fire: {
      type: 'string',
      value: 'HOOK',
      description: "fire this hook once, print its response message and the plugin's API calls, exit",
    },
    json: {
      type: 'string',
      value: 'FILE|-',
      description: "the hook's request message as JSON, from FILE or stdin (-); default {}",
    },
    http: {
      type: 'string',
      value: 'HOST:PORT',
      description: 'serve the emulator over HTTP until Ctrl-C (port 0: a free port; the URL is printed)',
    },
    state: {
      type: 'string',
      value: 'FILE',
      description: 'seed the fake server from this JSON file (users, channels, kv, plugin_config, …)',
    },
    verbose: {
      type: 'boolean',
      short: 'v',
      description: "print every bridge log line (default: the plugin's output, warnings and errors)",
    },
    'stop-on-stdin-eof': {
      type: 'boolean',
      description: 'stop when stdin closes (for test helpers that run emulate as a child process)',
    },
  },
  notes: [
    'Requests and responses are the gRPC messages of mattermost.bridge.v1 as JSON (proto field names,',
    'what an SDK handler receives): int64 as numbers or strings, bytes as base64. The plugin Context of a',
    'hook is filled with defaults. --fire prints the response message on the first line of stdout and',
    'then one JSON line per API call ({"method", "request", "response" | "error"}); exit status 1 when',
    'the hook returned an error or failed.',
    '',
    '--state FILE: {"users": [{"id": "u1", "username": "alice", "email": "alice@example.com"}],',
    '  "teams": [...], "channels": [...], "channel_members": [...], "team_members": [...], "posts": [...],',
    '  "reactions": [...], "bots": [...], "kv": {"key": "<base64>"}, "plugin_config": {"Setting": "value"},',
    '  "config": {...}, "server_version": "11.0.0"}  (objects in proto shape; GET /state output loads too)',
    '',
    '--http: POST /hooks/<Name> (body: the request) → {"response", "error"?, "api_calls"};',
    '  GET /hooks; GET /api-calls; POST /reset-calls; GET /state; POST /state (add state).',
    '',
    'The fake server keeps users, teams, channels, members, posts and threads, reactions, bots',
    '(EnsureBotUser included), the KV store (atomic and expiring sets), commands, configuration and',
    "logs, and answers with the server's AppErrors (404 for what it does not have). An API method it",
    'does not fake fails as on a server without it (gRPC UNIMPLEMENTED in the plugin).',
  ].join('\n'),
  examples: [
    'mm-bridge emulate examples/hello-node',
    `echo '{"post": {"message": "well darn it", "channel_id": "c1", "user_id": "u1"}}' | \\\n    mm-bridge emulate --fire MessageWillBePosted --json - examples/hello-node`,
    'mm-bridge emulate --state state.json --fire ExecuteCommand --json command.json .',
    'mm-bridge emulate --http 127.0.0.1:8070 --state state.json examples/hello-python',
    `curl -s -d '{"post": {"message": "hi @hello-bot", "id": "p1", "channel_id": "c1"}}' \\\n    http://127.0.0.1:8070/hooks/MessageHasBeenPosted`,
  ],
};

const err = (s: string): void => void process.stderr.write(`${s}\n`);
const out = (s: string): Promise<void> =>
  new Promise((resolve) => process.stdout.write(`${s}\n`, () => resolve()));

export async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseCommand(spec, args);
  const dir = path.resolve(positionals[0] ?? '.');
  if (!existsSync(path.join(dir, 'plugin.json')))
    throw new UsageError(`${dir} has no plugin.json: give the plugin's directory`);
  const fire = values.fire as string | undefined;
  const http = values.http as string | undefined;
  if (fire && http) throw new UsageError('--fire and --http cannot be used together');
  if (values.json !== undefined && !fire) throw new UsageError('--json goes with --fire HOOK');
  const listen = http === undefined ? undefined : hostPort(http);

  // Everything the user wrote is checked before the plugin starts.
  const schema = loadSchema(SCHEMA_FILE);
  const codecs = new EmulatorCodecs(schema, new GobTypes(schema));
  let request: unknown = {};
  if (fire) {
    const source = (values.json as string | undefined) ?? '';
    if (source) request = readJson(source, '--json');
    const codec = checked(() => hookCodec(codecs, fire));
    checked(() => hookArgs(codecs, codec, request), `--json ${source || '(none)'}: `);
  }
  const state = values.state ? readJson(values.state as string, '--state') : undefined;
  if (state !== undefined) checked(() => seedState(new FakeStore(), codecs, state, String(values.state)));

  const verbose = values.verbose === true;
  const emu = await HostEmulator.start({
    bundleDir: dir,
    codecs,
    startTimeoutMs: 10_000,
    onStderrLine: (line) => {
      const shown = formatBridgeLine(line, verbose);
      if (shown) err(shown);
    },
  });
  let code = 0;
  try {
    if (state !== undefined) seedState(emu.api.store, codecs, state, String(values.state));
    const activationError = await emu.activate();
    if (activationError) {
      err(`mm-bridge emulate: OnActivate failed: ${JSON.stringify(codecs.errorToJson(activationError))}`);
      code = 1;
    } else if (fire) code = await fireOnce(emu, fire, request);
    else if (listen) code = await serve(emu, listen, values['stop-on-stdin-eof'] === true);
    else {
      await out(JSON.stringify({ implemented: emu.implemented }));
      for (const call of emu.api.callsJson()) await out(JSON.stringify(call));
    }
  } finally {
    await emu.stop();
  }
  process.exit(code);
}

async function fireOnce(emu: HostEmulator, hook: string, request: unknown): Promise<number> {
  let result;
  try {
    result = await new HookFirer(emu).fire(hook, request);
  } catch (e) {
    err(`mm-bridge emulate: ${(e as Error).message}`);
    return 1;
  }
  await out(JSON.stringify(result.response));
  for (const call of result.api_calls) await out(JSON.stringify(call));
  if (result.error === undefined) return 0;
  err(`mm-bridge emulate: ${hook} returned an error: ${JSON.stringify(result.error)}`);
  return 1;
}

async function serve(
  emu: HostEmulator,
  listen: { host: string; port: number },
  stopOnEof: boolean,
): Promise<number> {
  const server = await serveEmulatorHttp(emu, listen.host, listen.port);
  await out(`listening on ${server.url}`);
  err(
    `mm-bridge emulate: ${emu.implemented.length} hooks (${emu.implemented.join(', ')}); ` +
      `POST ${server.url}/hooks/<Name>, GET /api-calls, GET /state, POST /reset-calls; Ctrl-C to stop`,
  );
  let stopping = false;
  const code = await new Promise<number>((resolve) => {
    const stop = (c: number): void => {
      stopping = true;
      resolve(c);
    };
    process.once('SIGINT', () => stop(0));
    process.once('SIGTERM', () => stop(0));
    emu.host.child?.once('exit', () => {
      if (stopping) return;
      err('mm-bridge emulate: the bridge exited');
      stop(1);
    });
    if (stopOnEof) {
      process.stdin.on('end', () => stop(0));
      process.stdin.resume();
    }
  });
  await server.close();
  return code;
}

function hostPort(s: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(s) ?? /^()()(\d+)$/.exec(s);
  const port = Number(m?.[3]);
  if (!m || !Number.isInteger(port) || port > 65535)
    throw new UsageError(`--http ${s}: expected HOST:PORT, e.g. 127.0.0.1:8070 (port 0 for any free port)`);
  return { host: m[1] || m[2] || '127.0.0.1', port };
}

function readJson(source: string, option: string): unknown {
  let text: string;
  try {
    text = readFileSync(source === '-' ? 0 : source, 'utf8');
  } catch (e) {
    throw new UsageError(`${option} ${source}: ${(e as Error).message}`);
  }
  try {
    return text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch (e) {
    throw new UsageError(`${option} ${source}: not valid JSON: ${(e as Error).message}`);
  }
}

function checked<T>(f: () => T, prefix = ''): T {
  try {
    return f();
  } catch (e) {
    throw new UsageError(`${prefix}${(e as Error).message}`);
  }
}
