/**
 * `mm-bridge dev DIR`: a sidecar that serves the plugin in DIR from the working directory instead of
 * the uploaded bundle, and restarts its language plugin whenever a file changes. The server keeps
 * its connection; the bridge replays OnConfigurationChange and OnActivate on the new process, so an
 * edit is live in about a second without packing or uploading again.
 */
import { randomBytes } from 'node:crypto';
import { watch } from 'node:fs';
import path from 'node:path';
import { readBundle } from '../../bridge/runtime/manifest.ts';
import { parseCommand, type CommandSpec } from '../options.ts';
import { runSidecar, spec as serveSpec } from './serve.ts';

export const RELOAD_DEBOUNCE_MS = 300;
const IGNORED =
  /(^|[/\\])(\.git|node_modules|__pycache__|\.venv|dist|\.mypy_cache|\.pytest_cache)([/\\]|$)|~$|\.swp$/;

export const spec: CommandSpec = {
  name: 'dev',
  usage: '[options] [DIR]',
  summary:
    'Develop a plugin against a Mattermost server without re-uploading: run a sidecar that serves the\n' +
    'plugin in DIR (default: the current directory) from your working copy and restarts it on every\n' +
    'file change (the server connection stays; OnConfigurationChange and OnActivate are replayed).\n' +
    'Upload the bundle once (mm-bridge pack DIR), and start the server with MM_BRIDGE_SIDECAR and\n' +
    'MM_BRIDGE_ATTACH_SECRET pointing here.',
  options: serveSpec.options,
  positionals: { min: 0, max: 1 },
  examples: [
    'mm-bridge dev examples/hello-python',
    'MM_BRIDGE_ATTACH_SECRET=devsecretdevsecret mm-bridge dev --listen 0.0.0.0:8071 .',
  ],
};

export async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseCommand(spec, args);
  const dir = path.resolve(positionals[0] ?? '.');
  const bundle = readBundle(dir); // fails early, with the manifest's problem, before anything listens
  const secret =
    values['attach-secret-file'] || process.env.MM_BRIDGE_ATTACH_SECRET
      ? undefined
      : randomBytes(16).toString('hex');
  const { sidecar, log } = await runSidecar(values, {
    bundleOverrides: new Map([[bundle.id, dir]]),
    secret,
  });
  process.stderr.write(
    `mm-bridge dev: serving ${bundle.id} from ${dir}\n` +
      `  on the Mattermost server: MM_BRIDGE_SIDECAR=<this host>:${sidecar.address.split(':').pop()}` +
      (secret ? ` MM_BRIDGE_ATTACH_SECRET=${secret}` : ' and the same MM_BRIDGE_ATTACH_SECRET') +
      '\n  then enable the plugin (uploaded once with mm-bridge pack); edits here restart it.\n',
  );
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  watch(dir, { recursive: true }, (_event, file) => {
    if (!file || IGNORED.test(file)) return;
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed];
      changed.clear();
      const plugin = sidecar.plugins.get(bundle.id);
      if (!plugin) return log.info({ files }, 'files changed; the plugin is not attached yet');
      log.info({ plugin_id: bundle.id, files }, 'files changed: restarting the language plugin');
      plugin.bridge
        .reload()
        .catch((err: Error) => log.error({ plugin_id: bundle.id, error: err.message }, 'reload failed'));
    }, RELOAD_DEBOUNCE_MS);
  });
}
