/**
 * Checks the files a manifest points at, in a plugin directory: the server executables (what
 * plugin.WithExecutableFromManifest and exec need), the webapp bundle (what UnpackWebappBundle
 * needs), and the files props.bridge.command names.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BundleInfo } from '../bridge/runtime/manifest.ts';
import { executableFor, type Manifest } from './manifest-model.ts';
import { error, warning, type Problem } from './problems.ts';

/** The platforms a bundle of mm-bridge serves (the stub is a bash script). */
export const PLATFORMS = ['linux-amd64', 'linux-arm64'] as const;

/** filepath.Clean(filepath.Join(".", p)) in posix form: undefined when it leaves the bundle. */
export function bundlePath(p: string): string | undefined {
  const clean = path.posix.normalize(`./${p.replace(/\\/g, '/')}`).replace(/\/+$/, '');
  return clean === '..' || clean.startsWith('../') ? undefined : clean;
}

/** Server executables: both platforms resolve, each file exists, is a regular file, executable, and runnable. */
export function checkExecutables(dir: string, m: Manifest): Problem[] {
  if (!m.server)
    return m.webapp
      ? []
      : [
          error(
            'plugin.json has neither "server" nor "webapp": the server refuses to activate it ("must at least have a web app or server component")',
            'pack the directory with mm-bridge pack, which adds the server executables',
          ),
        ];
  const out: Problem[] = [];
  const missing = PLATFORMS.filter((p) => executableFor(m, p) === '');
  if (missing.length === PLATFORMS.length)
    out.push(
      error(
        'plugin.json names no server executable for Linux ("backend executable not found for environment")',
        'pack the directory with mm-bridge pack, which writes server.executables',
      ),
    );
  else
    for (const p of missing)
      out.push(
        warning(
          `plugin.json names no server executable for ${p}: the plugin cannot start on such servers`,
          'pack with mm-bridge pack',
        ),
      );
  const named = new Map<string, string[]>();
  for (const [key, exe] of Object.entries(m.server.executables ?? {}))
    if (exe) named.set(exe, [...(named.get(exe) ?? []), key]);
  if (m.server.executable)
    named.set(m.server.executable, [...(named.get(m.server.executable) ?? []), 'executable']);
  for (const [exe, keys] of named) out.push(...checkExecutable(dir, exe, keys, m.id));
  return out;
}

function checkExecutable(dir: string, exe: string, keys: string[], id: string): Problem[] {
  const where = `server executable ${JSON.stringify(exe)} (${keys.join(', ')})`;
  const rel = bundlePath(exe);
  if (rel === undefined)
    return [
      error(`${where} is outside the bundle ("invalid backend executable")`, 'use a path inside the bundle'),
    ];
  const file = path.join(dir, rel);
  if (!existsSync(file))
    return [error(`${where} is not in the bundle`, 'add it, or repack with mm-bridge pack')];
  const st = lstatSync(file);
  if (!st.isFile())
    return [error(`${where} is not a regular file`, 'the server drops symlinks: ship the file itself')];
  if ((st.mode & 0o100) === 0)
    return [
      error(
        `${where} is not executable (mode ${(st.mode & 0o777).toString(8)})`,
        'set mode 0755 in the archive (mm-bridge pack does)',
      ),
    ];
  const head = readFileSync(file).subarray(0, 4);
  const script = head[0] === 0x23 && head[1] === 0x21; // #!
  const elf = head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  const linux = keys.some((k) => k.startsWith('linux-') || k === 'executable');
  if (linux && !script && !elf)
    return [
      error(
        `${where} is neither a script (#!) nor a Linux binary: exec fails with "exec format error"`,
        'repack with mm-bridge pack',
      ),
    ];
  if (script) {
    const text = readFileSync(file, 'utf8');
    const m = /^plugin_id='([^']*)'/m.exec(text);
    if (text.includes('mm-bridge stub') && m) {
      if (m[1] === '@PLUGIN_ID@')
        return [error(`${where} is the stub template, not filled in`, 'repack with mm-bridge pack')];
      if (m[1] !== id)
        return [
          error(
            `${where} is the stub of plugin ${JSON.stringify(m[1])}, not of ${JSON.stringify(id)}`,
            'repack with mm-bridge pack',
          ),
        ];
    }
  }
  return [];
}

/** webapp.bundle_path: clean, not starting with ".", and present. */
export function checkWebapp(dir: string, m: Manifest): Problem[] {
  if (!m.webapp) return [];
  const p = m.webapp.bundle_path;
  const rel = bundlePath(p);
  if (p === '' || rel === undefined || rel.startsWith('.'))
    return [
      error(
        `webapp.bundle_path ${JSON.stringify(p)} is invalid ("invalid webapp bundle path")`,
        'use a path inside the bundle, e.g. "webapp/dist/main.js"',
      ),
    ];
  if (!existsSync(path.join(dir, rel)))
    return [
      error(
        `webapp.bundle_path ${JSON.stringify(p)} is not in the bundle`,
        'build the webapp first, or remove "webapp"',
      ),
    ];
  return [];
}

/** An argument that names a file of the bundle: a relative path, or a script name with an extension. */
function namesFile(arg: string): boolean {
  if (arg.startsWith('-') || arg.startsWith('/') || arg.includes('=') || arg.includes('://')) return false;
  return arg.includes('/') || /\.(m?js|cjs|m?ts|py|sh|rb|pl|php|jar)$/i.test(arg);
}

/**
 * The files props.bridge.command names exist in the bundle; a program given as a path is
 * executable. Paths under `installed` (directories `mm-bridge pack` fills, such as node_modules/
 * when DIR has a package.json) are not checked.
 */
export function checkCommand(dir: string, bundle: BundleInfo, installed: string[] = []): Problem[] {
  const out: Problem[] = [];
  const command = bundle.settings.command;
  command.forEach((arg, i) => {
    if (!namesFile(arg)) return;
    const rel = bundlePath(arg);
    if (rel !== undefined && installed.some((d) => rel.startsWith(`${d}/`))) return;
    if (rel === undefined) {
      out.push(
        warning(
          `props.bridge.command names ${JSON.stringify(arg)}, outside the bundle`,
          'ship it in the bundle',
        ),
      );
      return;
    }
    const file = path.join(dir, rel);
    if (!existsSync(file)) {
      out.push(
        error(
          `props.bridge.command names ${JSON.stringify(arg)}, which is not in the bundle`,
          'paths are relative to the bundle directory; check the path, your build output and .mmbridgeignore',
        ),
      );
      return;
    }
    if (i === 0 && (lstatSync(file).mode & 0o100) === 0)
      out.push(
        error(
          `props.bridge.command starts ${JSON.stringify(arg)}, which is not executable`,
          `chmod +x ${arg}, or start it through its interpreter (e.g. ["sh", "${arg}"])`,
        ),
      );
  });
  return out;
}
