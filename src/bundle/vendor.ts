/**
 * Dependencies installed into the staging copy, so that the bundle runs on a server that has only
 * the language runtime:
 *   - requirements.txt → `python3 -m pip install --target server/vendor -r requirements.txt`
 *     (the bridge puts <bundle>/server/vendor first on the language plugin's PYTHONPATH);
 *   - package.json with "dependencies" → `npm ci --omit=dev` (with a package-lock.json, else
 *     `npm install --omit=dev`), with --install-links so file: dependencies are copies, not the
 *     symlinks the server would drop.
 * Compiled packages (wheels, native addons) are built for the machine that packs: pack on (or in a
 * container like) the server's OS, CPU and language version, or set pip's own options
 * (PIP_PLATFORM, PIP_ONLY_BINARY=:all:, PIP_PYTHON_VERSION) in the environment.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export type Log = (line: string) => void;

export const PYTHON_VENDOR_DIR = 'server/vendor';

export function needsPython(dir: string): boolean {
  return existsSync(path.join(dir, 'requirements.txt'));
}

export function needsNode(dir: string): boolean {
  const file = path.join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    const deps = (JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: unknown }).dependencies;
    return !!deps && typeof deps === 'object' && Object.keys(deps).length > 0;
  } catch (err) {
    throw new Error(`${file} is not valid JSON: ${(err as Error).message}`);
  }
}

export async function vendorPython(staging: string, python: string, log: Log): Promise<void> {
  await run(
    python,
    [
      '-m',
      'pip',
      'install',
      '--target',
      PYTHON_VENDOR_DIR,
      '-r',
      'requirements.txt',
      '--no-compile',
      '--no-input',
      '--disable-pip-version-check',
    ],
    staging,
    log,
  );
}

export async function vendorNode(staging: string, log: Log): Promise<void> {
  const ci = existsSync(path.join(staging, 'package-lock.json'));
  await run(
    'npm',
    [
      ci ? 'ci' : 'install',
      '--omit=dev',
      '--install-links',
      '--no-audit',
      '--no-fund',
      '--no-update-notifier',
    ],
    staging,
    log,
  );
}

/** Runs a command in cwd, every output line to log (indented); rejects naming the command. */
function run(cmd: string, args: string[], cwd: string, log: Log): Promise<void> {
  const shown = [cmd, ...args].join(' ');
  log(`$ ${shown}`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const s of [child.stdout, child.stderr])
      createInterface({ input: s }).on('line', (l) => log(`  ${l}`));
    child.once('error', (err) => reject(new Error(`cannot run ${cmd}: ${err.message}`)));
    child.once('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${shown} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}
