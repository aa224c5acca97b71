/**
 * `mm-bridge validate [DIR|FILE.tar.gz]`: reports what would make the server refuse the plugin or
 * the plugin fail once installed. Exit status 1 when there are errors, 0 otherwise (warnings are
 * printed either way).
 */
import { formatProblems } from '../../bundle/problems.ts';
import { validate } from '../../bundle/validate.ts';
import { parseCommand, UsageError, type CommandSpec } from '../options.ts';

export const spec: CommandSpec = {
  name: 'validate',
  usage: '[DIR|FILE.tar.gz]',
  summary:
    'Check a plugin directory (the input of mm-bridge pack; default: the current directory) or a\n' +
    'bundle .tar.gz (extracted exactly as the server extracts it) and say what is wrong and how to fix it.',
  positionals: { min: 0, max: 1 },
  options: {},
  notes: [
    'Checks:',
    '  - plugin.json as the server reads it (model.FindManifest: a value of the wrong type makes it',
    '    unreadable) and model.Manifest.IsValid: id (3-190 of a-z 0-9 . - _), name, http(s) URLs,',
    '    version and min_server_version (strict semantic versions), settings_schema;',
    '  - props.bridge: command present (the bridge reads it as at run time), settings it would ignore;',
    '  - the files props.bridge.command and webapp.bundle_path name are in the bundle;',
    '  - for a .tar.gz: gzip + tar readable, no entry leaving the archive, parents before children,',
    '    links (dropped by the server), size (uploads are limited to 50 MiB), and server executables',
    '    for linux-amd64 and linux-arm64 present, regular, executable and runnable.',
    'Exit status: 1 when there are errors, 0 otherwise (warnings are printed).',
  ].join('\n'),
  examples: [
    'mm-bridge validate examples/hello-node',
    'mm-bridge validate dist/com.example.hello-node-0.1.0.tar.gz',
  ],
};

export async function main(args: string[]): Promise<void> {
  const { positionals } = parseCommand(spec, args);
  const target = positionals[0] ?? '.';
  let v;
  try {
    v = await validate(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${target}: no such file or directory`);
    throw err;
  }
  if (v.problems.length > 0) process.stdout.write(`${formatProblems(v.problems)}\n`);
  const errors = v.problems.filter((p) => p.level === 'error').length;
  const warnings = v.problems.length - errors;
  const what = `${v.kind === 'archive' ? 'bundle' : 'plugin directory'} ${target}${v.id ? ` (${v.id} ${v.version || 'without version'})` : ''}`;
  process.stdout.write(
    errors > 0
      ? `${what}: ${errors} error(s), ${warnings} warning(s)\n`
      : `${what}: ok${warnings ? `, ${warnings} warning(s)` : ''}\n`,
  );
  process.exitCode = errors > 0 ? 1 : 0;
}
