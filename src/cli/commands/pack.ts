/**
 * `mm-bridge pack [options] [DIR]`: builds the plugin bundle (.tar.gz) of a plugin directory.
 * Progress and problems go to stderr; the path of the written bundle is the only line on stdout.
 */
import { DEFAULT_SOURCE_DATE_EPOCH, pack, PackError } from '../../bundle/pack.ts';
import { formatProblems, type Problem } from '../../bundle/problems.ts';
import { parseCommand, UsageError, type CommandSpec } from '../options.ts';

export const spec: CommandSpec = {
  name: 'pack',
  usage: '[options] [DIR]',
  summary:
    'Build the plugin bundle (.tar.gz) of the plugin directory DIR (default: the current directory),\n' +
    'ready for upload: the manifest is checked as the server checks it, server executables for\n' +
    'linux-amd64 and linux-arm64 (the mm-bridge stub) are added, dependencies are installed into the\n' +
    'bundle, and the archive is reproducible (packing the same input twice gives the same bytes).',
  positionals: { min: 0, max: 1 },
  options: {
    output: {
      type: 'string',
      short: 'o',
      value: 'FILE',
      description: 'where to write the bundle (default: DIR/dist/<id>-<version>.tar.gz)',
    },
    'no-vendor': {
      type: 'boolean',
      description:
        "do not install dependencies; DIR's node_modules, if any, is shipped as it is (default: install them)",
    },
    python: {
      type: 'string',
      env: 'MM_BRIDGE_PACK_PYTHON',
      default: 'python3',
      value: 'CMD',
      description: 'the Python whose pip installs requirements.txt: use the server’s Python version',
    },
    'source-date-epoch': {
      type: 'string',
      env: 'SOURCE_DATE_EPOCH',
      default: String(DEFAULT_SOURCE_DATE_EPOCH),
      value: 'SECONDS',
      description:
        'modification time of every archive entry, in seconds since 1970 (315532800 is 1980-01-01)',
    },
  },
  notes: [
    'What goes into the bundle (one top-level directory named after the plugin id):',
    '  - everything in DIR except .git, node_modules, __pycache__, .venv, the output file, earlier',
    '    bundles of the plugin next to it, and the patterns of DIR/.mmbridgeignore (.gitignore syntax;',
    '    !pattern re-includes). Symbolic links are left out: the server drops them when it extracts.',
    '  - requirements.txt: `python3 -m pip install --target server/vendor -r requirements.txt`; the',
    '    bridge puts <bundle>/server/vendor first on the plugin’s PYTHONPATH.',
    '  - package.json with dependencies: `npm ci --omit=dev` (npm install without a lock file).',
    '    Compiled packages (wheels, native addons) are built for this machine: pack on the server’s',
    '    OS, CPU and runtime version (for pip, PIP_PLATFORM / PIP_ONLY_BINARY=:all: also work).',
    '  - server/dist/plugin-linux-amd64 and plugin-linux-arm64 (mode 0755): the mm-bridge stub. It',
    '    attaches to the mm-bridge sidecar when the server has MM_BRIDGE_SIDECAR set, and runs',
    '    `mm-bridge run` in the server’s container otherwise (mm-bridge and the runtime on its PATH).',
    '  - plugin.json with server.executables naming the stubs (server.executable is dropped), and',
    '    webapp.bundle_path = webapp/dist/main.js when that file exists and no webapp is declared.',
    'Entries are sorted, owned by uid/gid 0, with modes 0644 (0755 for executables and directories)',
    'and the same mtime; gzip carries no timestamp. The result is checked as `mm-bridge validate`',
    'would check it before it is kept.',
    '',
    'Install the bundle (PluginSettings.EnableUploads must be on; the plugin is not enabled by it):',
    '  mmctl plugin add FILE && mmctl plugin enable ID',
    "  curl -F plugin=@FILE -H 'Authorization: Bearer TOKEN' https://SERVER/api/v4/plugins",
    "  curl -X POST -H 'Authorization: Bearer TOKEN' https://SERVER/api/v4/plugins/ID/enable",
  ].join('\n'),
  examples: [
    'mm-bridge pack examples/hello-node            # → examples/hello-node/dist/com.example.hello-node-0.1.0.tar.gz',
    'mm-bridge pack -o /tmp/hello.tar.gz .',
    'SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) mm-bridge pack   # mtime of the last commit',
    'mmctl plugin add "$(mm-bridge pack)"',
  ],
};

export async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseCommand(spec, args);
  const epoch = Number(values['source-date-epoch']);
  if (!Number.isInteger(epoch) || epoch < 0 || epoch > 8 ** 11 - 1)
    throw new UsageError(
      `--source-date-epoch must be a whole number of seconds since 1970, got ${JSON.stringify(values['source-date-epoch'])}`,
    );
  const log = (line: string): void => void process.stderr.write(`mm-bridge pack: ${line}\n`);
  try {
    const r = await pack({
      dir: positionals[0] ?? '.',
      output: values.output as string | undefined,
      vendor: !values['no-vendor'],
      python: values.python as string,
      mtime: new Date(epoch * 1000),
      log,
    });
    report(r.warnings);
    log(
      `wrote ${r.file}: ${r.id} ${r.version || '(no version)'}, ${r.entries} entries, ${kib(r.bytes)}, sha256 ${r.sha256}`,
    );
    process.stdout.write(`${r.file}\n`);
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    report(err.problems);
    throw new Error(err.message);
  }
}

function report(problems: Problem[]): void {
  if (problems.length > 0) process.stderr.write(`${formatProblems(problems)}\n`);
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
