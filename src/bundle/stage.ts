/**
 * The staging copy of a plugin directory that becomes the bundle: which files go in (the
 * .mmbridgeignore rules after the built-in ones), the copy itself, and the walk of the finished
 * staging directory into archive entries with normalized modes.
 *
 * Symbolic links are never followed nor archived: the server drops them when it extracts a bundle,
 * so a bundle that relied on one would break only once installed. They are reported instead.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import path from 'node:path';
import type { ArchiveEntry } from './archive.ts';
import { isIgnored, parseIgnore, type IgnoreRule } from './ignore.ts';

export const IGNORE_FILE = '.mmbridgeignore';

export interface SourceRulesOptions {
  /** Keep DIR's own node_modules (when dependencies are not installed by pack). */
  keepNodeModules: boolean;
  /** Leave DIR's server/vendor out (pack installs requirements.txt there afresh). */
  dropPythonVendor: boolean;
  /** More patterns (anchored at DIR): the output file and earlier bundles. */
  extra: string[];
}

/** The built-in rules, then the .mmbridgeignore of dir (which can re-include with !pattern). */
export function sourceRules(dir: string, o: SourceRulesOptions): IgnoreRule[] {
  const builtIn = [
    '.git/',
    '__pycache__/',
    '.venv/',
    `/${IGNORE_FILE}`,
    ...(o.keepNodeModules ? [] : ['node_modules/']),
    ...(o.dropPythonVendor ? ['/server/vendor/'] : []),
    ...o.extra.map((p) => `/${p}`),
  ];
  const file = path.join(dir, IGNORE_FILE);
  const user = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return parseIgnore(`${builtIn.join('\n')}\n${user}`);
}

/** A literal path as an ignore pattern. */
export function escapeGlob(p: string): string {
  return p.replace(/[\\*?[!#]/g, (c) => `\\${c}`);
}

export interface CopyResult {
  files: number;
  symlinks: string[];
}

/** Copies the files of src that the rules keep into dst (directories are made as needed). */
export function copyTree(src: string, dst: string, rules: IgnoreRule[]): CopyResult {
  const result: CopyResult = { files: 0, symlinks: [] };
  const walk = (rel: string): void => {
    const entries = readdirSync(path.join(src, rel), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    );
    for (const d of entries) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (isIgnored(rules, r, d.isDirectory())) continue;
      if (d.isSymbolicLink()) result.symlinks.push(r);
      else if (d.isDirectory()) walk(r);
      else if (d.isFile()) {
        const to = path.join(dst, r);
        mkdirSync(path.dirname(to), { recursive: true });
        copyFileSync(path.join(src, r), to);
        chmodSync(to, lstatSync(path.join(src, r)).mode & 0o111 ? 0o755 : 0o644);
        result.files++;
      }
    }
  };
  walk('');
  return result;
}

export interface StagedEntries {
  entries: ArchiveEntry[];
  symlinks: string[];
}

/**
 * The archive entries of a finished staging directory: directories 0755, files 0755 when any
 * execute bit is set and 0644 otherwise; __pycache__ left out (interpreters rebuild it).
 */
export function stagedEntries(root: string): StagedEntries {
  const out: StagedEntries = { entries: [], symlinks: [] };
  const walk = (rel: string): void => {
    for (const d of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      const abs = path.join(root, r);
      if (d.isSymbolicLink()) out.symlinks.push(r);
      else if (d.isDirectory()) {
        if (d.name === '__pycache__') continue;
        out.entries.push({ path: r, type: 'dir', mode: 0o755 });
        walk(r);
      } else if (d.isFile()) {
        out.entries.push({
          path: r,
          type: 'file',
          mode: lstatSync(abs).mode & 0o111 ? 0o755 : 0o644,
          source: abs,
        });
      }
    }
  };
  walk('');
  return out;
}
