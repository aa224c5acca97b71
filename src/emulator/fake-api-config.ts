/**
 * Configuration and slash commands. The plugin's settings (PluginSettings.Plugins[<id>]) are kept
 * as JSON in the store: GetPluginConfig returns them, LoadPluginConfiguration returns them as the
 * server does (keys lowercased, over the defaults of plugin.json's settings_schema), and a save
 * (SavePluginConfig, SaveConfig) calls `changed` (the host fires OnConfigurationChange, as the
 * server's config listener does).
 */
import type { GobStruct, GobValue } from '../bridge/gob/types.ts';
import type { EmulatorCodecs } from './codecs.ts';
import { plainError } from './fake-errors.ts';
import type { FakeStore } from './fake-store.ts';
import { str, struct, type FakeMethods } from './fake-values.ts';

export function configApi(s: FakeStore, codecs: () => EmulatorCodecs, changed: () => void): FakeMethods {
  const pluginMap = (): Map<GobValue, GobValue> => codecs().mapFromJson(s.pluginConfig, 'plugin_config');
  const fullConfig = (): GobStruct => {
    const settings = struct(s.config.PluginSettings);
    const plugins = new Map(settings.Plugins instanceof Map ? settings.Plugins : []);
    plugins.set(s.pluginId, pluginMap());
    return { ...s.config, PluginSettings: { ...settings, Plugins: plugins } };
  };
  const loaded = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const setting of s.settingsSchema) out[setting.key.toLowerCase()] = setting.default ?? null;
    for (const [k, v] of Object.entries(s.pluginConfig)) out[k.toLowerCase()] = v;
    return out;
  };
  const commandsOf = (teamId: string): GobStruct[] =>
    s.commands.filter((c) => str(c.TeamId) === teamId || !c.TeamId).map((c) => ({ ...c }));

  return {
    GetConfig: () => ({ A: fullConfig() }),
    GetUnsanitizedConfig: () => ({ A: fullConfig() }),

    SaveConfig: (a) => {
      const cfg = struct(a.A);
      const plugins = struct(cfg.PluginSettings).Plugins;
      const mine = plugins instanceof Map ? plugins.get(s.pluginId) : undefined;
      s.pluginConfig = codecs().mapToJson(mine);
      s.config = cfg;
      changed();
      return {};
    },

    GetPluginConfig: () => ({ A: pluginMap() }),

    SavePluginConfig: (a) => {
      s.pluginConfig = codecs().mapToJson(a.A ?? new Map());
      changed();
      return {};
    },

    LoadPluginConfiguration: () => ({ A: Buffer.from(JSON.stringify(loaded())) }),

    RegisterCommand: (a) => {
      const cmd = struct(a.A);
      const trigger = str(cmd.Trigger).toLowerCase();
      if (!trigger || trigger.startsWith('/') || /\s/.test(trigger)) throw plainError('invalid command');
      const i = s.commands.findIndex((c) => c.Trigger === trigger && str(c.TeamId) === str(cmd.TeamId));
      if (i >= 0) s.commands.splice(i, 1);
      s.commands.push({ ...cmd, Trigger: trigger, PluginId: s.pluginId });
      return {};
    },

    UnregisterCommand: (a) => {
      const i = s.commands.findIndex(
        (c) => str(c.TeamId) === str(a.A) && c.Trigger === str(a.B).toLowerCase(),
      );
      if (i >= 0) s.commands.splice(i, 1);
      return {};
    },

    ListCommands: (a) => ({ A: commandsOf(str(a.A)) }),
    ListPluginCommands: (a) => ({ A: commandsOf(str(a.A)) }),
  };
}
