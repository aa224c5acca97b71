/** What the fake server needs from the bundle's plugin.json: the plugin id and its settings' defaults. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PluginSetting } from './fake-store.ts';

export interface PluginManifestFacts {
  pluginId?: string;
  settingsSchema?: PluginSetting[];
}

/** Best effort: the bridge itself reports an unreadable manifest. */
export function readPluginManifest(dir: string): PluginManifestFacts {
  let m: { id?: unknown; settings_schema?: { settings?: unknown } };
  try {
    m = JSON.parse(readFileSync(path.join(dir, 'plugin.json'), 'utf8')) as typeof m;
  } catch {
    return {};
  }
  const out: PluginManifestFacts = {};
  if (typeof m.id === 'string' && m.id) out.pluginId = m.id;
  const settings = m.settings_schema?.settings;
  if (Array.isArray(settings))
    out.settingsSchema = settings
      .filter((x): x is { key: string; default?: unknown } => typeof x?.key === 'string')
      .map((x) => ({ key: x.key, default: x.default ?? null }));
  return out;
}
