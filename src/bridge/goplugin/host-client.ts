/**
 * The host side of go-plugin net/rpc (hashicorp/go-plugin client.go, rpc_client.go), as the
 * Mattermost server runs it: start the plugin with the magic cookie, read its handshake line
 * within the start timeout, dial, run a yamux client, open the control/stdout/stderr streams,
 * and dispense "hooks". Used by the host emulator and by tests as a TypeScript-only peer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { createInterface } from 'node:readline';
import { T, type GobValue } from '../gob/types.ts';
import { RpcClient } from '../netrpc/index.ts';
import { client as yamuxClient, type Session, type YamuxStream } from '../yamux/index.ts';
import { MuxBroker } from './broker.ts';
import { MATTERMOST_HANDSHAKE, parseHandshake, type HandshakeLine } from './handshake.ts';

export interface LaunchOptions {
  command: string;
  args?: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Mattermost uses 3 s. */
  startTimeoutMs?: number;
  /** Each stderr line of the plugin process (go-plugin parses hclog JSON from it). */
  onStderrLine?: (line: string) => void;
  /** Bytes the plugin writes to its stdout/stderr yamux streams. */
  onStdioStream?: (which: 'stdout' | 'stderr', chunk: Buffer) => void;
}

export class HostClient {
  private constructor(
    readonly child: ChildProcess | undefined,
    readonly handshake: HandshakeLine,
    readonly session: Session,
    readonly broker: MuxBroker,
    readonly control: RpcClient,
  ) {}

  static async launch(o: LaunchOptions): Promise<HostClient> {
    const child = spawn(o.command, o.args ?? [], {
      cwd: o.cwd,
      env: {
        ...(o.env ?? process.env),
        [MATTERMOST_HANDSHAKE.magicCookieKey]: MATTERMOST_HANDSHAKE.magicCookieValue,
        PLUGIN_MIN_PORT: '10000',
        PLUGIN_MAX_PORT: '25000',
        PLUGIN_PROTOCOL_VERSIONS: String(MATTERMOST_HANDSHAKE.protocolVersion),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (o.onStderrLine) createInterface({ input: child.stderr! }).on('line', o.onStderrLine);
    else child.stderr!.resume();
    let line: string;
    try {
      line = await firstLine(child, o.startTimeoutMs ?? 3_000);
    } catch (err) {
      child.kill('SIGKILL');
      throw err;
    }
    child.stdout!.resume(); // go-plugin drains and discards later stdout lines
    const hs = parseHandshake(line);
    return HostClient.connect(hs, o, child);
  }

  static async connect(
    hs: HandshakeLine,
    o: Pick<LaunchOptions, 'onStdioStream'> = {},
    child?: ChildProcess,
  ) {
    const socket = await dial(hs);
    const session = yamuxClient(socket);
    const control = await session.open();
    const stdout = await session.open();
    const stderr = await session.open();
    pipeStdio('stdout', stdout, o.onStdioStream);
    pipeStdio('stderr', stderr, o.onStdioStream);
    const broker = new MuxBroker(session);
    void broker.run();
    return new HostClient(child, hs, session, broker, new RpcClient(control));
  }

  /** Dispenser.Dispense(name) then dial the returned broker id: a net/rpc client for service "Plugin". */
  async dispense(name: string): Promise<RpcClient> {
    const reply = await this.control.call('Dispenser.Dispense', T.string, name);
    const id = Number(reply.value as bigint);
    return new RpcClient(await this.broker.dial(id));
  }

  async ping(): Promise<void> {
    await this.control.call('Control.Ping', T.bool, true);
  }

  /** go-plugin Client.Kill: Control.Quit, wait up to 2 s for exit, then SIGKILL. */
  async kill(graceMs = 2_000): Promise<void> {
    let graceful = true;
    try {
      await this.control.call('Control.Quit', T.bool, true as GobValue);
    } catch {
      graceful = false;
    }
    this.control.close();
    this.broker.close();
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    if (graceful && (await Promise.race([exited.then(() => true), delay(graceMs).then(() => false)]))) return;
    child.kill('SIGKILL');
    await exited;
  }
}

function pipeStdio(
  which: 'stdout' | 'stderr',
  s: YamuxStream,
  cb?: (w: 'stdout' | 'stderr', c: Buffer) => void,
) {
  s.on('data', (c: Buffer) => cb?.(which, c));
  s.on('error', () => {});
}

function dial(hs: HandshakeLine): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket =
      hs.network === 'unix'
        ? net.connect(hs.address)
        : net.connect(
            Number(hs.address.slice(hs.address.lastIndexOf(':') + 1)),
            hs.address.slice(0, hs.address.lastIndexOf(':')),
          );
    socket.once('connect', () => {
      socket.setNoDelay(true);
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

function firstLine(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(
      () => finish(new Error(`timeout while waiting for plugin to start (${timeoutMs} ms)`)),
      timeoutMs,
    );
    const onData = (c: Buffer): void => {
      buf += c.toString('utf8');
      const nl = buf.indexOf('\n');
      if (nl >= 0) finish(undefined, buf.slice(0, nl));
    };
    const onExit = (code: number | null): void =>
      finish(new Error(`plugin exited before we could connect (exit code ${code})`));
    const finish = (err?: Error, line?: string): void => {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(line!);
    };
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
