/**
 * Options of an `mm-bridge` command from flags, environment (MM_BRIDGE_*) and an optional JSON
 * config file (--config FILE or MM_BRIDGE_CONFIG), in that precedence, then the defaults. One spec per
 * command drives parsing and its --help text, so the two cannot disagree.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** Environment variable that sets this option (flags win over it). */
  env?: string;
  default?: string | boolean;
  short?: string;
  /** Placeholder in --help (default VALUE). */
  value?: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** Usage line after `mm-bridge <name>`, e.g. "[options] DIR". */
  usage?: string;
  options: Record<string, OptionSpec>;
  examples: string[];
  /** Extra paragraphs printed after the options. */
  notes?: string;
  positionals?: { min: number; max: number };
}

export type OptionValues = Record<string, string | boolean | undefined>;

export class UsageError extends Error {}

const CONFIG_OPTION: OptionSpec = {
  type: 'string',
  env: 'MM_BRIDGE_CONFIG',
  value: 'FILE',
  description: 'JSON file with option values ({"option-name": value}); flags and environment win over it',
};

export function helpText(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.options, config: CONFIG_OPTION }).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    const extra = [o.env && `env ${o.env}`, o.default !== undefined && `default ${String(o.default)}`]
      .filter(Boolean)
      .join('; ');
    return [flag, `${o.description}${extra ? ` (${extra})` : ''}`] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length), 10);
  return [
    `usage: mm-bridge ${spec.name} ${spec.usage ?? '[options]'}`,
    '',
    spec.summary,
    '',
    'options:',
    ...rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
    `  ${'-h, --help'.padEnd(width)}  show this help`,
    ...(spec.notes ? ['', spec.notes] : []),
    '',
    'examples:',
    ...spec.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/** Parses args; prints help and exits on --help; throws UsageError for bad input. */
export function parseCommand(
  spec: CommandSpec,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { values: OptionValues; positionals: string[] } {
  const all = { ...spec.options, config: CONFIG_OPTION };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        ...Object.fromEntries(
          Object.entries(all).map(([k, o]) => [k, { type: o.type, ...(o.short ? { short: o.short } : {}) }]),
        ),
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${helpText(spec)}`);
  }
  if (parsed.values.help) {
    process.stdout.write(helpText(spec));
    process.exit(0);
  }
  const { min, max } = spec.positionals ?? { min: 0, max: 0 };
  if (parsed.positionals.length < min || parsed.positionals.length > max)
    throw new UsageError(`wrong number of arguments\n\n${helpText(spec)}`);
  const flags = parsed.values as OptionValues;
  const configPath = (flags.config as string | undefined) ?? env.MM_BRIDGE_CONFIG;
  const file = configPath ? readConfig(configPath) : {};
  const values: OptionValues = {};
  for (const [name, o] of Object.entries(spec.options)) {
    const fromEnv = o.env !== undefined ? env[o.env] : undefined;
    values[name] =
      flags[name] ??
      (fromEnv !== undefined && fromEnv !== '' ? fromValue(o, fromEnv, o.env!) : undefined) ??
      (file[name] !== undefined ? fromValue(o, file[name], `${configPath}: ${name}`) : undefined) ??
      o.default;
  }
  return { values, positionals: parsed.positionals };
}

function fromValue(o: OptionSpec, v: unknown, where: string): string | boolean {
  if (o.type === 'string') {
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    throw new UsageError(`${where}: expected a string, got ${JSON.stringify(v)}`);
  }
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new UsageError(`${where}: expected true or false, got ${JSON.stringify(v)}`);
}

function readConfig(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read config file ${file}: ${(err as Error).message}`);
  }
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch (err) {
    throw new UsageError(`config file ${file} is not valid JSON: ${(err as Error).message}`);
  }
  throw new UsageError(`config file ${file} must hold a JSON object of option values`);
}
