/**
 * The server executable of a bridged bundle: stub/mm-bridge-stub.sh with its plugin id filled in
 * (bash only: it attaches to the mm-bridge sidecar, or runs `mm-bridge run` when mm-bridge is on
 * the server's PATH). One copy per platform, since the manifest maps each platform to a file.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../paths.ts';
import { PLATFORMS } from './check-files.ts';

export const STUB_TEMPLATE = path.join(PACKAGE_ROOT, 'stub', 'mm-bridge-stub.sh');
const PLACEHOLDER = '@PLUGIN_ID@';

/** The bundle path of the executable for a platform, e.g. server/dist/plugin-linux-amd64. */
export const executablePath = (platform: string): string => `server/dist/plugin-${platform}`;

export function stubFor(id: string): string {
  const template = readFileSync(STUB_TEMPLATE, 'utf8');
  if (!template.includes(PLACEHOLDER)) throw new Error(`${STUB_TEMPLATE} has no ${PLACEHOLDER} to fill in`);
  if (!/^[a-z0-9._-]+$/.test(id)) throw new Error(`plugin id ${JSON.stringify(id)} cannot go into the stub`);
  return template.split(PLACEHOLDER).join(id);
}

/** Writes the stub for every platform into the staging directory (mode 0755); returns the manifest map. */
export function writeStubs(staging: string, id: string): Record<string, string> {
  const text = stubFor(id);
  const executables: Record<string, string> = {};
  for (const p of PLATFORMS) {
    const rel = executablePath(p);
    const file = path.join(staging, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    chmodSync(file, 0o755);
    executables[p] = rel;
  }
  return executables;
}
