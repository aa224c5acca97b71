/**
 * Test a plugin without a Mattermost server: PluginEmulator runs `mm-bridge emulate --http` on the
 * plugin's directory (the real bridge, the real plugin process, an in-memory fake server) and fires
 * hooks at it from a test:
 *
 *   const emu = await PluginEmulator.start({ pluginDir: 'examples/hello-node',
 *     state: { users: [{ id: 'u1', username: 'alice' }] } });
 *   try {
 *     const r = await emu.fire('MessageWillBePosted', { post: { message: 'spam', channel_id: 'c1' } });
 *     assert.equal(r.response.rejection_reason, 'No spam, please.');
 *   } finally {
 *     await emu.close();
 *   }
 *
 * Requests and responses are the hook's gRPC messages as JSON (proto field names, int64 as strings,
 * bytes as base64); `api_calls` are the API calls the plugin made during the hook. mm-bridge comes
 * from MM_BRIDGE_COMMAND (a command line, split at spaces) or else this package's own CLI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { bridgeCommand, PACKAGE_ROOT } from '../../../src/paths.ts';

export type JsonObject = Record<string, unknown>;

export interface ApiCall {
  method: string;
  request: unknown;
  response?: unknown;
  /** The API method's error: an AppError ({id, message, status_code, …}) or {message}. */
  error?: JsonObject;
}

export interface HookResult<Response = JsonObject> {
  response: Response;
  /** The hook's error result (an AppError in proto shape), or {message} when the hook call failed. */
  error?: JsonObject;
  api_calls: ApiCall[];
}

export interface PluginEmulatorOptions {
  /** The plugin's directory (with plugin.json). */
  pluginDir: string;
  /** The fake server's initial state (the `mm-bridge emulate --state` format). */
  state?: JsonObject;
  /** The mm-bridge command line (default: MM_BRIDGE_COMMAND, else this package's CLI). */
  command?: string[];
  env?: NodeJS.ProcessEnv;
  /** How long the bridge and the plugin may take to start (default 120 s). */
  startTimeoutMs?: number;
  /** Where the bridge's and the plugin's log lines go (default: this process's stderr). */
  onStderrLine?: (line: string) => void;
}

/** The emulator refused a request (unknown hook, bad request JSON, …); status is its HTTP status. */
export class EmulatorError extends Error {
  override readonly name = 'EmulatorError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class PluginEmulator {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
    private readonly cleanup: () => void,
  ) {}

  static async start(o: PluginEmulatorOptions): Promise<PluginEmulator> {
    const [command, ...args] = o.command ?? defaultCommand();
    if (!command) throw new Error('PluginEmulator: empty mm-bridge command');
    let tmp: string | undefined;
    const stateArgs: string[] = [];
    if (o.state) {
      tmp = mkdtempSync(path.join(tmpdir(), 'mm-bridge-emulate-'));
      const file = path.join(tmp, 'state.json');
      writeFileSync(file, JSON.stringify(o.state));
      stateArgs.push('--state', file);
    }
    const cleanup = (): void => {
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    };
    const child = spawn(
      command,
      [
        ...args,
        'emulate',
        '--http',
        '127.0.0.1:0',
        '--stop-on-stdin-eof',
        ...stateArgs,
        path.resolve(o.pluginDir),
      ],
      { cwd: PACKAGE_ROOT, env: { ...process.env, ...o.env }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const recent: string[] = [];
    const onLine = o.onStderrLine ?? ((l: string) => void process.stderr.write(`${l}\n`));
    createInterface({ input: child.stderr! }).on('line', (line) => {
      recent.push(line);
      if (recent.length > 30) recent.shift();
      onLine(line);
    });
    try {
      const url = await listening(child, o.startTimeoutMs ?? 120_000, recent);
      return new PluginEmulator(url, child, cleanup);
    } catch (err) {
      child.kill('SIGKILL');
      cleanup();
      throw err;
    }
  }

  /** Fires `hook` with its request message; resolves when the plugin answered. */
  fire<Response = JsonObject>(hook: string, request: JsonObject = {}): Promise<HookResult<Response>> {
    return this.request('POST', `/hooks/${encodeURIComponent(hook)}`, request) as Promise<
      HookResult<Response>
    >;
  }

  /** Every API call the plugin made (since the start or the last resetCalls). */
  apiCalls(): Promise<ApiCall[]> {
    return this.request('GET', '/api-calls') as Promise<ApiCall[]>;
  }

  async resetCalls(): Promise<void> {
    await this.request('POST', '/reset-calls');
  }

  /** The fake server's state: users, channels, posts, kv (base64), plugin_config, logs, … */
  state(): Promise<JsonObject> {
    return this.request('GET', '/state') as Promise<JsonObject>;
  }

  /** Adds to the fake server's state (the --state format). */
  async seed(state: JsonObject): Promise<void> {
    await this.request('POST', '/state', state);
  }

  /** OnDeactivate, then the bridge and the plugin exit. */
  async close(): Promise<void> {
    const child = this.child;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin?.end();
      const term = setTimeout(() => child.kill('SIGTERM'), 10_000);
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(term);
      clearTimeout(kill);
    }
    this.cleanup();
  }

  private async request(method: string, route: string, body?: unknown): Promise<unknown> {
    const res = await fetch(this.url + route, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const data = (await res.json()) as { error?: string };
    if (!res.ok) throw new EmulatorError(data.error ?? `HTTP ${res.status}`, res.status);
    return data;
  }
}

/** Runs fn with a started emulator and closes it afterwards. */
export async function withPluginEmulator<T>(
  o: PluginEmulatorOptions,
  fn: (emu: PluginEmulator) => Promise<T>,
): Promise<T> {
  const emu = await PluginEmulator.start(o);
  try {
    return await fn(emu);
  } finally {
    await emu.close();
  }
}

function defaultCommand(): string[] {
  const fromEnv = process.env.MM_BRIDGE_COMMAND?.trim();
  if (fromEnv) return fromEnv.split(/\s+/);
  const { command, args } = bridgeCommand();
  return [command, ...args];
}

function listening(child: ChildProcess, timeoutMs: number, recent: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const fail = (why: string): void => {
      clearTimeout(timer);
      reject(
        new Error(
          `mm-bridge emulate ${why}${recent.length ? `; its last lines:\n${recent.join('\n')}` : ''}`,
        ),
      );
    };
    const timer = setTimeout(() => fail(`printed no address within ${timeoutMs} ms`), timeoutMs);
    child.once('error', (err) => fail(`could not start: ${err.message}`));
    child.once('exit', (code, signal) => fail(`exited (code ${code}, signal ${signal})`));
    lines.on('line', (line) => {
      const m = /^listening on (http:\/\/\S+)$/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.resume(); // later stdout lines are not ours to read
      resolve(m[1]!);
    });
  });
}
