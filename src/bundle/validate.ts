/**
 * `mm-bridge validate`: everything that would make the server refuse a plugin, or the plugin fail
 * once installed, found before uploading it.
 *   - a directory is checked as the input of `mm-bridge pack` (manifest, bridge settings, the files
 *     the command and the webapp name; its server executables matter only if it is installed as
 *     is, so problems with them are warnings);
 *   - a .tar.gz is extracted exactly as the server extracts it, and the result is checked as an
 *     installed plugin (executables for linux-amd64 and linux-arm64 present and executable).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkCommand, checkExecutables, checkWebapp } from './check-files.ts';
import { checkManifest } from './check-manifest.ts';
import { ExtractError, extractLikeServer } from './extract.ts';
import { error, warning, type Problem } from './problems.ts';
import { PYTHON_VENDOR_DIR } from './vendor.ts';

/** MaximumPluginFileSize of the server: larger uploads are refused. */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;

export interface Validation {
  kind: 'dir' | 'archive';
  problems: Problem[];
  id?: string;
  version?: string;
  /** Archive entries the server extracts. */
  entries?: number;
}

export async function validate(target: string): Promise<Validation> {
  const st = statSync(target);
  return st.isDirectory() ? validateDir(target) : validateArchive(target);
}

/**
 * A directory as the input of `mm-bridge pack`: everything but the server executables, and but the
 * files that pack installs (node_modules/ with a package.json, server/vendor/ with a
 * requirements.txt) — pack checks those in the bundle it built.
 */
export function validateSource(dir: string): Validation {
  const m = checkManifest(dir);
  const problems = [...m.problems];
  if (m.manifest) problems.push(...checkWebapp(dir, m.manifest));
  const installed = [
    ...(existsSync(path.join(dir, 'package.json')) ? ['node_modules'] : []),
    ...(existsSync(path.join(dir, 'requirements.txt')) ? [PYTHON_VENDOR_DIR] : []),
  ];
  if (m.bundle) problems.push(...checkCommand(dir, m.bundle, installed));
  return { kind: 'dir', problems, id: m.manifest?.id, version: m.manifest?.version };
}

/** validateSource, plus the server executables it names, as warnings. */
export function validateDir(dir: string): Validation {
  const v = validateSource(dir);
  const m = checkManifest(dir).manifest;
  if (m?.server)
    v.problems.push(
      ...checkExecutables(dir, m).map((p) =>
        warning(
          `${p.message} — matters only if this directory is installed as is (mm-bridge pack writes the executables)`,
          p.fix,
        ),
      ),
    );
  return v;
}

/** Checks an installed plugin directory (what the server runs). */
export function validateInstalled(dir: string): Validation {
  const m = checkManifest(dir);
  const problems = [...m.problems];
  if (m.manifest) problems.push(...checkWebapp(dir, m.manifest), ...checkExecutables(dir, m.manifest));
  if (m.bundle) problems.push(...checkCommand(dir, m.bundle));
  return { kind: 'dir', problems, id: m.manifest?.id, version: m.manifest?.version };
}

export async function validateArchive(file: string): Promise<Validation> {
  const data = readFileSync(file);
  const problems: Problem[] = [];
  if (data.length > MAX_BUNDLE_BYTES)
    problems.push(
      error(
        `${path.basename(file)} is ${(data.length / 1024 / 1024).toFixed(1)} MiB: the server refuses uploads over 50 MiB`,
        'leave out what the plugin does not need at run time (.mmbridgeignore), e.g. tests, sources of compiled code, dev dependencies',
      ),
    );
  const dest = mkdtempSync(path.join(tmpdir(), 'mm-bridge-validate-'));
  try {
    let extraction;
    try {
      extraction = await extractLikeServer(data, dest);
    } catch (err) {
      if (!(err instanceof ExtractError)) throw err;
      problems.push(
        error(
          `the server cannot extract ${path.basename(file)}: ${err.message}`,
          'rebuild it with mm-bridge pack',
        ),
      );
      return { kind: 'archive', problems };
    }
    if (extraction.skipped.length > 0) {
      const names = extraction.skipped.slice(0, 5).map((s) => `${s.name} (${s.type})`);
      const more = extraction.skipped.length > 5 ? `, and ${extraction.skipped.length - 5} more` : '';
      problems.push(
        warning(
          `the server skips ${extraction.skipped.length} archive entr${extraction.skipped.length === 1 ? 'y' : 'ies'} that are neither files nor directories: ${names.join(', ')}${more}`,
          'ship regular files instead of links (mm-bridge pack leaves links out)',
        ),
      );
    }
    for (const e of extraction.entries)
      if (e.kind === 'file' && (e.mode & 0o400) === 0)
        problems.push(
          error(
            `${e.name} has mode ${e.mode.toString(8)}: the server cannot read it`,
            'make files readable by their owner (0644 or 0755)',
          ),
        );
    const installed = validateInstalled(extraction.root);
    problems.push(...installed.problems);
    return { ...installed, kind: 'archive', problems, entries: extraction.entries.length };
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
}
