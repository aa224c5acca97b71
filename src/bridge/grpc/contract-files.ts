/** The .proto files of the contract, relative to proto/ (per-area files, sorted). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PROTO_DIR } from '../../paths.ts';

export function contractFiles(dir = path.join(PROTO_DIR, 'mattermost', 'bridge', 'v1')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.proto'))
    .sort()
    .map((f) => path.join('mattermost', 'bridge', 'v1', f));
}
