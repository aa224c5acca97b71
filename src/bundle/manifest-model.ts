/**
 * model.Manifest of the pinned server (github.com/mattermost/mattermost/server/public v0.4.4) as
 * the server holds it after decoding plugin.json: every field present, Go zero values ("" for
 * strings, null for nil pointers, maps and slices), and a type descriptor per field that drives
 * the Go-style decoding in manifest-decode.ts.
 */
export type GoType =
  | { kind: 'string' }
  | { kind: 'bool' }
  | { kind: 'any' }
  | { kind: 'map'; elem: GoType }
  | { kind: 'slice'; elem: GoType }
  | { kind: 'ptr'; struct: GoStruct };

export interface GoStruct {
  name: string;
  /** JSON key → field type, in declaration order. */
  fields: Record<string, GoType>;
}

const str: GoType = { kind: 'string' };
const bool: GoType = { kind: 'bool' };
const any: GoType = { kind: 'any' };
const ptr = (struct: GoStruct): GoType => ({ kind: 'ptr', struct });
const slice = (elem: GoType): GoType => ({ kind: 'slice', elem });

const PLUGIN_OPTION: GoStruct = { name: 'PluginOption', fields: { display_name: str, value: str } };

const PLUGIN_SETTING: GoStruct = {
  name: 'PluginSetting',
  fields: {
    key: str,
    display_name: str,
    type: str,
    help_text: str,
    regenerate_help_text: str,
    placeholder: str,
    default: any,
    options: slice(ptr(PLUGIN_OPTION)),
    hosting: str,
    secret: bool,
  },
};

const PLUGIN_SETTINGS_SECTION: GoStruct = {
  name: 'PluginSettingsSection',
  fields: {
    key: str,
    title: str,
    subtitle: str,
    settings: slice(ptr(PLUGIN_SETTING)),
    header: str,
    footer: str,
    custom: bool,
    fallback: bool,
  },
};

const PLUGIN_SETTINGS_SCHEMA: GoStruct = {
  name: 'PluginSettingsSchema',
  fields: {
    header: str,
    footer: str,
    settings: slice(ptr(PLUGIN_SETTING)),
    sections: slice(ptr(PLUGIN_SETTINGS_SECTION)),
  },
};

const MANIFEST_SERVER: GoStruct = {
  name: 'ManifestServer',
  fields: { executables: { kind: 'map', elem: str }, executable: str },
};

const MANIFEST_WEBAPP: GoStruct = { name: 'ManifestWebapp', fields: { bundle_path: str } };

export const MANIFEST: GoStruct = {
  name: 'Manifest',
  fields: {
    id: str,
    name: str,
    description: str,
    homepage_url: str,
    support_url: str,
    release_notes_url: str,
    icon_path: str,
    version: str,
    min_server_version: str,
    server: ptr(MANIFEST_SERVER),
    webapp: ptr(MANIFEST_WEBAPP),
    settings_schema: ptr(PLUGIN_SETTINGS_SCHEMA),
    props: { kind: 'map', elem: any },
  },
};

export interface PluginOption {
  display_name: string;
  value: string;
}

export interface PluginSetting {
  key: string;
  display_name: string;
  type: string;
  help_text: string;
  regenerate_help_text: string;
  placeholder: string;
  default: unknown;
  options: (PluginOption | null)[] | null;
  hosting: string;
  secret: boolean;
}

export interface PluginSettingsSection {
  key: string;
  title: string;
  subtitle: string;
  settings: (PluginSetting | null)[] | null;
  header: string;
  footer: string;
  custom: boolean;
  fallback: boolean;
}

export interface PluginSettingsSchema {
  header: string;
  footer: string;
  settings: (PluginSetting | null)[] | null;
  sections: (PluginSettingsSection | null)[] | null;
}

export interface Manifest {
  id: string;
  name: string;
  description: string;
  homepage_url: string;
  support_url: string;
  release_notes_url: string;
  icon_path: string;
  version: string;
  min_server_version: string;
  server: { executables: Record<string, string> | null; executable: string } | null;
  webapp: { bundle_path: string } | null;
  settings_schema: PluginSettingsSchema | null;
  props: Record<string, unknown> | null;
}

/** Manifest.GetExecutableForRuntime: executables["<os>-<arch>"], else executable. */
export function executableFor(m: Manifest, platform: string): string {
  if (!m.server) return '';
  return m.server.executables?.[platform] || m.server.executable;
}
