/**
 * Checks the manifest of a plugin directory (a source directory or an extracted bundle): can the
 * server read it, does it pass model.Manifest.IsValid, and do the bridge settings (props.bridge,
 * read by the bridge's own readBundle so the rules live in one place) make sense.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ManifestError, readBundle, type BundleInfo } from '../bridge/runtime/manifest.ts';
import { decodeManifest } from './manifest-decode.ts';
import type { Manifest } from './manifest-model.ts';
import { manifestRules } from './manifest-rules.ts';
import { error, warning, type Problem } from './problems.ts';

export interface ManifestCheck {
  problems: Problem[];
  /** As the server reads it (undefined when it cannot). */
  manifest?: Manifest;
  /** plugin.json as JSON.parse reads it (what pack rewrites). */
  raw?: Record<string, unknown>;
  /** The bridge's reading of it (undefined when props.bridge is unusable). */
  bundle?: BundleInfo;
}

export function checkManifest(dir: string): ManifestCheck {
  const problems: Problem[] = [];
  for (const yaml of ['plugin.yml', 'plugin.yaml'])
    if (existsSync(path.join(dir, yaml)))
      problems.push(
        error(
          `${yaml} is present: the server reads it instead of plugin.json, and mm-bridge reads only plugin.json`,
          `remove ${yaml} and keep the manifest in plugin.json`,
        ),
      );
  const file = path.join(dir, 'plugin.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    problems.push(
      error(
        `no plugin.json in ${dir}`,
        'create plugin.json with at least "id", "name", "version" and "props": {"bridge": {"command": [...]}}',
      ),
    );
    return { problems };
  }
  const decoded = decodeManifest(text);
  for (const e of decoded.errors)
    problems.push(
      error(`plugin.json: the server cannot read it: ${e}`, 'fix the value (see the manifest reference)'),
    );
  if (!decoded.manifest) return { problems };
  const manifest = decoded.manifest;
  for (const k of decoded.foldedKeys)
    problems.push(
      error(
        `plugin.json: key ${JSON.stringify(k.key)}${k.path ? ` in ${k.path}` : ''}: the server reads it as "${k.field}", mm-bridge and most tools only as written`,
        `write "${k.field}"`,
      ),
    );
  problems.push(...manifestRules(manifest));
  if (decoded.rawId !== manifest.id)
    problems.push(
      error(
        `"id" ${JSON.stringify(decoded.rawId)} has upper-case letters: the server lower-cases it to ${JSON.stringify(manifest.id)}, the bridge does not`,
        `write "id": ${JSON.stringify(manifest.id)}`,
      ),
    );
  if (manifest.version === '')
    problems.push(
      warning(
        '"version" is not set: the System Console shows none and the server cannot tell upgrades apart',
        'set "version", e.g. "0.1.0"',
      ),
    );
  const raw = JSON.parse(text) as Record<string, unknown> | null;
  if (raw === null) return { problems, manifest }; // `null`: the server reads an empty manifest
  let bundle: BundleInfo | undefined;
  try {
    bundle = readBundle(dir);
    problems.push(...bridgeSettingsWarnings(raw));
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    problems.push(
      error(
        err.message.replace(`${file}: `, 'plugin.json: '),
        'add "props": {"bridge": {"command": ["node", "server/plugin.js"]}} (the command that starts your plugin, run in the bundle directory)',
      ),
    );
  }
  return { problems, manifest, raw, bundle };
}

const BRIDGE_KEYS = [
  'command',
  'env',
  'start_timeout_ms',
  'hook_timeout_ms',
  'restart',
  'in_process',
  'remote',
];
const RESTART_KEYS = ['max_restarts', 'window_ms', 'initial_backoff_ms', 'max_backoff_ms'];

/** Values readBundle ignores (it falls back to its defaults) and keys it does not know. */
function bridgeSettingsWarnings(raw: Record<string, unknown>): Problem[] {
  const b = ((raw.props as Record<string, unknown>).bridge ?? {}) as Record<string, unknown>;
  const out: Problem[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  for (const k of Object.keys(b))
    if (!BRIDGE_KEYS.includes(k))
      out.push(
        warning(`props.bridge.${k} is not a bridge setting (ignored)`, `known: ${BRIDGE_KEYS.join(', ')}`),
      );
  for (const k of ['start_timeout_ms', 'hook_timeout_ms'])
    if (k in b && !(typeof b[k] === 'number' && Number.isFinite(b[k]) && b[k] > 0))
      out.push(
        warning(
          `props.bridge.${k} ${JSON.stringify(b[k])} is ignored (the default is used)`,
          'use a positive number of milliseconds',
        ),
      );
  if ('env' in b && !isObject(b.env))
    out.push(warning('props.bridge.env is not an object', 'use {"NAME": "value", ...}'));
  else if (isObject(b.env))
    for (const [k, v] of Object.entries(b.env))
      if (typeof v !== 'string')
        out.push(
          warning(
            `props.bridge.env.${k} is a ${typeof v}: the bridge passes it as the string ${JSON.stringify(String(v))}`,
            'write it as a string',
          ),
        );
  if ('restart' in b && !isObject(b.restart))
    out.push(
      warning(
        'props.bridge.restart is not an object (ignored)',
        `use {${RESTART_KEYS.map((k) => `"${k}": N`).join(', ')}}`,
      ),
    );
  else if (isObject(b.restart))
    for (const [k, v] of Object.entries(b.restart)) {
      if (!RESTART_KEYS.includes(k))
        out.push(
          warning(
            `props.bridge.restart.${k} is not a restart setting (ignored)`,
            `known: ${RESTART_KEYS.join(', ')}`,
          ),
        );
      else if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0))
        out.push(
          warning(
            `props.bridge.restart.${k} ${JSON.stringify(v)} is ignored (the default is used)`,
            'use a number ≥ 0',
          ),
        );
    }
  return out;
}
