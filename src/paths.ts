/** Locations inside the installed package, valid both from src/ (tsx) and dist/src/ (compiled). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'proto'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('mm-bridge: cannot find the package root (package.json next to proto/)');
    dir = up;
  }
}

export const PACKAGE_ROOT = findRoot();
export const PROTO_DIR = path.join(PACKAGE_ROOT, 'proto');
export const SCHEMA_FILE = path.join(PACKAGE_ROOT, 'src', 'generated', 'schema.json');

/** How to start `mm-bridge` from this installation: compiled JS, or TypeScript through tsx in a checkout. */
export function bridgeCommand(): { command: string; args: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    return {
      command: process.execPath,
      args: ['--import', 'tsx', path.join(PACKAGE_ROOT, 'src', 'cli', 'main.ts')],
    };
  }
  return { command: process.execPath, args: [path.join(path.dirname(here), 'cli', 'main.js')] };
}
