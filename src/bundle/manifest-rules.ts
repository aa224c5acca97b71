/**
 * model.Manifest.IsValid of the pinned server (server/public v0.4.4), rule for rule and in its
 * order: the first problem returned carries, in `server`, exactly the error text IsValid returns
 * (test/conformance/cmd/manifestcheck cross-checks this against the real Go code). Unlike IsValid
 * every failing rule is reported, each with how to fix it.
 *
 * Who applies these rules: the upload path (POST /api/v4/plugins, mmctl plugin add) checks only
 * model.IsValidPluginId after reading the manifest; IsValid is what the marketplace, tooling and our
 * conformance harness enforce. We require all of it: a manifest that fails IsValid is broken.
 */
import { isValidHTTPURL } from './go-url.ts';
import { strictSemverError } from './go-semver.ts';
import type { Manifest, PluginSetting } from './manifest-model.ts';
import { error, type Problem } from './problems.ts';

export const MIN_ID_LENGTH = 3;
export const MAX_ID_LENGTH = 190;

/** model.IsValidPluginId: 3–190 characters of ^[a-zA-Z0-9-_\.]+$. */
export function isValidPluginId(id: string): boolean {
  const runes = [...id].length;
  return runes >= MIN_ID_LENGTH && runes <= MAX_ID_LENGTH && /^[a-zA-Z0-9\-_.]+$/.test(id);
}

/** strings.TrimSpace(s) == "": only characters that unicode.IsSpace reports as space. */
function isGoBlank(s: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/.test(s);
}

export function manifestRules(m: Manifest): Problem[] {
  const out: Problem[] = [];
  if (!isValidPluginId(m.id))
    out.push(
      error(
        `"id" ${JSON.stringify(m.id)} is not a valid plugin id`,
        `use ${MIN_ID_LENGTH} to ${MAX_ID_LENGTH} characters of a-z, 0-9, ".", "-" and "_", e.g. "com.example.my-plugin"`,
        'invalid plugin ID',
      ),
    );
  if (isGoBlank(m.name))
    out.push(
      error(
        '"name" is missing',
        'set "name" to what the System Console should show',
        'a plugin name is needed',
      ),
    );
  for (const [key, server] of [
    ['homepage_url', 'invalid HomepageURL'],
    ['support_url', 'invalid SupportURL'],
    ['release_notes_url', 'invalid ReleaseNotesURL'],
  ] as const) {
    const v = m[key];
    if (v !== '' && !isValidHTTPURL(v))
      out.push(
        error(
          `"${key}" ${JSON.stringify(v)} is not a valid http(s) URL`,
          'use an absolute http:// or https:// URL with a host, or remove the field',
          server,
        ),
      );
  }
  for (const [key, label] of [
    ['version', 'Version'],
    ['min_server_version', 'MinServerVersion'],
  ] as const) {
    const v = m[key];
    const err = v === '' ? undefined : strictSemverError(v);
    if (err)
      out.push(
        error(
          `"${key}" ${JSON.stringify(v)} is not a semantic version (${err})`,
          'write MAJOR.MINOR.PATCH without a "v" and without leading zeros, e.g. "1.2.0" or "1.2.0-beta.1"',
          `failed to parse ${label}: ${err}`,
        ),
      );
  }
  if (m.settings_schema) out.push(...settingsSchemaRules(m.settings_schema));
  return out;
}

function settingsSchemaRules(schema: NonNullable<Manifest['settings_schema']>): Problem[] {
  const out: Problem[] = [];
  const wrap = (p: Problem): Problem => ({
    ...p,
    server: p.server && `invalid settings schema: ${p.server}`,
  });
  (schema.settings ?? []).forEach((s, i) =>
    out.push(...settingRules(s, `settings_schema.settings[${i}]`).map(wrap)),
  );
  (schema.sections ?? []).forEach((section, i) => {
    const at = `settings_schema.sections[${i}]`;
    if (section === null) {
      out.push(error(`${at} is null`, 'remove the null entry', `${at} is nil (the server panics)`));
      return;
    }
    if (section.key === '')
      out.push(wrap(error(`${at}.key is empty`, 'give every section a unique "key"', 'invalid empty Key')));
    (section.settings ?? []).forEach((s, j) =>
      out.push(...settingRules(s, `${at}.settings[${j}]`).map(wrap)),
    );
  });
  return out;
}

const SETTING_TYPES = [
  'bool',
  'dropdown',
  'generated',
  'radio',
  'text',
  'number',
  'longtext',
  'username',
  'custom',
];
const PLACEHOLDER_TYPES = ['generated', 'text', 'longtext', 'number', 'username', 'custom'];

/** PluginSetting.isValid: returns at most one problem, as the server stops at the first. */
function settingRules(s: PluginSetting | null, at: string): Problem[] {
  if (s === null)
    return [error(`${at} is null`, 'remove the null entry', `${at} is nil (the server panics)`)];
  if (!SETTING_TYPES.includes(s.type))
    return [
      error(
        `${at}.type ${JSON.stringify(s.type)} is not a setting type`,
        `use one of ${SETTING_TYPES.join(', ')}`,
        `invalid setting type: ${s.type}`,
      ),
    ];
  if (s.regenerate_help_text !== '' && s.type !== 'generated')
    return [
      error(
        `${at}.regenerate_help_text is set on a "${s.type}" setting`,
        'remove it: only "generated" settings have a Regenerate button',
        'should not set RegenerateHelpText for setting type that is not generated',
      ),
    ];
  if (s.placeholder !== '' && !PLACEHOLDER_TYPES.includes(s.type))
    return [
      error(
        `${at}.placeholder is set on a "${s.type}" setting`,
        `remove it: only ${PLACEHOLDER_TYPES.join(', ')} settings show a placeholder`,
        'should not set Placeholder for setting type not in text, generated, number, username, or custom',
      ),
    ];
  if (s.options !== null) {
    if (s.type !== 'radio' && s.type !== 'dropdown')
      return [
        error(
          `${at}.options is set on a "${s.type}" setting`,
          'remove "options" (even an empty list): only radio and dropdown settings have options',
          'should not set Options for setting type not in radio or dropdown',
        ),
      ];
    for (const [j, o] of s.options.entries()) {
      if (o === null)
        return [
          error(
            `${at}.options[${j}] is null`,
            'remove the null entry',
            `${at}.options[${j}] is nil (the server panics)`,
          ),
        ];
      if (o.display_name === '' || o.value === '')
        return [
          error(
            `${at}.options[${j}] has an empty display_name or value`,
            'give every option a non-empty "display_name" and "value"',
            'should not have empty Displayname or Value for any option',
          ),
        ];
    }
  }
  return [];
}
