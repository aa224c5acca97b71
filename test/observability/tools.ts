/**
 * The real tools the observability tests drive. scripts/test-observability.sh installs them and
 * passes their paths in these variables; a missing tool fails the test (never a skip).
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.ts';

export const TOOL_ENV = {
  grpcurl: 'MM_BRIDGE_GRPCURL',
  prometheus: 'MM_BRIDGE_PROMETHEUS',
  promtool: 'MM_BRIDGE_PROMTOOL',
  chromium: 'MM_BRIDGE_CHROMIUM',
} as const;

export type Tool = keyof typeof TOOL_ENV;

/** Absolute path of a tool, or an error that says how to get it. */
export function tool(name: Tool): string {
  const env = TOOL_ENV[name];
  const p = process.env[env];
  const fix = `run scripts/test-observability.sh (it installs ${name} and sets ${env})`;
  if (!p) throw new Error(`${name}: ${env} is not set — ${fix}`);
  try {
    accessSync(p, constants.X_OK);
  } catch {
    throw new Error(`${name}: ${env}=${p} is not an executable file — ${fix}`);
  }
  return p;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion (never throws for a non-zero exit: the result says). */
export function run(
  cmd: string,
  args: string[],
  o: { timeoutMs?: number; input?: string; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      cmd,
      args,
      { timeout: o.timeoutMs ?? 30_000, maxBuffer: 64 * 1024 * 1024, cwd: o.cwd },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') return reject(err);
        resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
    if (o.input !== undefined) child.stdin!.end(o.input);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  everyMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** Screenshots land here (gitignored except the one copied to docs/). */
export const SCREENSHOT_DIR = path.join(PACKAGE_ROOT, 'test', 'observability', 'screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, name);
}
