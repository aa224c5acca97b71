/** Writes a throwaway plugin bundle (plugin.json with props.bridge) into a temp dir. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function tempBundle(bridge: Record<string, unknown>, id = 'com.example.test'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mm-bridge-bundle-'));
  writeFileSync(
    path.join(dir, 'plugin.json'),
    JSON.stringify({ id, version: '0.0.1', server: { executable: 'server/launch.sh' }, props: { bridge } }),
  );
  return dir;
}
