/**
 * `mm-bridge pack`: a plugin directory → an installable, reproducible bundle .tar.gz.
 *   1. check the directory (validateSource: manifest as the server reads it, bridge settings, the
 *      files the command and the webapp name) — errors stop here;
 *   2. copy what belongs in the bundle to a staging directory (stage.ts: built-in exclusions and
 *      .mmbridgeignore);
 *   3. install dependencies into the copy (vendor.ts);
 *   4. write the stub executables for linux-amd64 and linux-arm64 and the rewritten manifest;
 *   5. archive the copy (archive.ts: sorted, fixed mtimes, uid/gid 0, 0644/0755, gzip without a
 *      timestamp — the same input gives the same bytes);
 *   6. check the result as the server will extract it (validateArchive) — an archive with errors
 *      is removed, not left behind.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeTarGz, type WrittenArchive } from './archive.ts';
import { manifestText, packedManifest, WEBAPP_BUNDLE } from './packed-manifest.ts';
import { hasErrors, warning, type Problem } from './problems.ts';
import { copyTree, escapeGlob, sourceRules, stagedEntries } from './stage.ts';
import { writeStubs } from './stub.ts';
import { validateArchive, validateSource } from './validate.ts';
import { needsNode, needsPython, vendorNode, vendorPython, type Log } from './vendor.ts';

/** 1980-01-01T00:00:00Z: the mtime of every entry unless SOURCE_DATE_EPOCH says otherwise. */
export const DEFAULT_SOURCE_DATE_EPOCH = 315_532_800;

export interface PackOptions {
  dir: string;
  /** Default: <dir>/dist/<id>-<version>.tar.gz. */
  output?: string;
  /** Install requirements.txt / package.json dependencies into the bundle. */
  vendor: boolean;
  python: string;
  mtime: Date;
  log: Log;
}

export interface PackResult extends WrittenArchive {
  file: string;
  id: string;
  version: string;
  warnings: Problem[];
}

export class PackError extends Error {
  override readonly name = 'PackError';
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

export async function pack(o: PackOptions): Promise<PackResult> {
  const dir = path.resolve(o.dir);
  const log = o.log;
  const source = validateSource(dir);
  if (hasErrors(source.problems)) throw new PackError(`${dir} cannot be packed`, source.problems);
  const id = source.id!;
  const version = source.version ?? '';
  const file = path.resolve(
    o.output ?? path.join(dir, 'dist', `${id}${version ? `-${version}` : ''}.tar.gz`),
  );
  const python = o.vendor && needsPython(dir);
  const node = o.vendor && needsNode(dir);
  const rules = sourceRules(dir, {
    keepNodeModules: !o.vendor,
    dropPythonVendor: python,
    extra: outputPatterns(dir, file, id),
  });
  const tmp = mkdtempSync(path.join(tmpdir(), 'mm-bridge-pack-'));
  const staging = path.join(tmp, id);
  try {
    log(`copying ${dir} (without .git, node_modules, __pycache__, .venv and what .mmbridgeignore lists)`);
    const copied = copyTree(dir, staging, rules);
    if (python) {
      log('installing the Python dependencies of requirements.txt into server/vendor');
      await vendorPython(staging, o.python, log);
    }
    if (node) {
      log('installing the production dependencies of package.json into node_modules');
      await vendorNode(staging, log);
    }
    log('writing the server executables (the mm-bridge stub) for linux-amd64 and linux-arm64');
    const executables = writeStubs(staging, id);
    const raw = JSON.parse(readFileSync(path.join(dir, 'plugin.json'), 'utf8')) as Record<string, unknown>;
    const manifest = packedManifest(raw, executables, existsSync(path.join(staging, WEBAPP_BUNDLE)));
    writeFileSync(path.join(staging, 'plugin.json'), manifestText(manifest));
    const staged = stagedEntries(staging);
    const links = [...copied.symlinks, ...staged.symlinks];
    const bin = links.filter((l) => /(^|\/)node_modules\/\.bin\//.test(l));
    if (bin.length > 0) log(`left out ${bin.length} node_modules/.bin link(s): the server drops links`);
    const warnings = [...source.problems, ...symlinkWarnings(links.filter((l) => !bin.includes(l)))];
    log(`archiving ${staged.entries.length} entries into ${file}`);
    mkdirSync(path.dirname(file), { recursive: true });
    const written = writeTarGz(file, id, staged.entries, o.mtime);
    log('checking the bundle as the server will extract it');
    const check = await validateArchive(file);
    if (hasErrors(check.problems)) {
      rmSync(file, { force: true });
      throw new PackError('the packed bundle does not pass validation (nothing was written)', check.problems);
    }
    const seen = new Set(warnings.map((w) => w.message));
    warnings.push(...check.problems.filter((p) => !seen.has(p.message)));
    return { ...written, file, id, version, warnings };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Leave the output file and earlier bundles of this plugin out, when they are inside dir. */
function outputPatterns(dir: string, file: string, id: string): string[] {
  const rel = path.relative(dir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return [];
  const posix = rel.split(path.sep).join('/');
  const parent = path.posix.dirname(posix);
  const prefix = parent === '.' ? '' : `${escapeGlob(parent)}/`;
  return [escapeGlob(posix), `${prefix}${id}-*.tar.gz`, `${prefix}${id}.tar.gz`];
}

function symlinkWarnings(links: string[]): Problem[] {
  if (links.length === 0) return [];
  return [
    warning(
      `left out ${links.length} symbolic link(s) (the server drops links when it extracts a bundle): ${links.slice(0, 5).join(', ')}${links.length > 5 ? ', …' : ''}`,
      'replace them with the files they point to, if the plugin needs them',
    ),
  ];
}
