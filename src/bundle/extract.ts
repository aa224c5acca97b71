/**
 * Extracts a plugin .tar.gz exactly as the Mattermost server does (extractTarGz in
 * server/channels/app, then extractPlugin in plugin_install.go):
 *   - gzip is required; the tar is read with Go's rules (a legacy '\0' type is a regular file, or a
 *     directory when the name ends in /);
 *   - only directories and regular files are extracted; symlinks, hard links and everything else
 *     are skipped (with a warning in the server log);
 *   - a path that leaves the destination fails the whole extraction;
 *   - a directory entry is created with a non-recursive mkdir, mode 0744 (its parent must exist:
 *     an earlier entry made it); a file's parents are created as needed, 0744; a file gets the
 *     header's permission bits (minus the umask) — so the exec bit comes from the archive;
 *   - afterwards, if the destination holds exactly one entry and it is a directory, the plugin is
 *     that directory.
 */
import { closeSync, mkdirSync, openSync, readdirSync, writeSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';

export interface ExtractedEntry {
  name: string;
  kind: 'file' | 'dir';
  mode: number;
  size: number;
}

export interface Extraction {
  /** The plugin directory: dest, or its single top-level directory. */
  root: string;
  entries: ExtractedEntry[];
  /** Entries the server skips: name and tar type (SymbolicLink, Link, ...). */
  skipped: { name: string; type: string }[];
}

export class ExtractError extends Error {
  override readonly name = 'ExtractError';
}

interface RawEntry {
  name: string;
  type: string;
  mode: number;
  data: Buffer;
}

/** Reads every entry of a .tar.gz (content in memory: bundles are at most tens of MiB). */
export async function readTarGz(archive: Buffer): Promise<RawEntry[]> {
  if (archive.length < 2 || archive[0] !== 0x1f || archive[1] !== 0x8b)
    throw new ExtractError('not a gzip file: the server reads plugin bundles as .tar.gz');
  let tar: Buffer;
  try {
    tar = gunzipSync(archive);
  } catch (err) {
    throw new ExtractError(`damaged gzip data: ${(err as Error).message}`);
  }
  const entries: RawEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    const p = new Parser({
      strict: true,
      onReadEntry: (e: ReadEntry) => {
        const chunks: Buffer[] = [];
        e.on('data', (c: Buffer) => chunks.push(c));
        e.on('end', () =>
          entries.push({ name: e.path, type: e.type, mode: e.mode ?? 0, data: Buffer.concat(chunks) }),
        );
      },
    });
    p.on('error', (err: Error) => reject(new ExtractError(`damaged tar data: ${err.message}`)));
    p.on('end', () => resolve());
    p.end(tar);
  });
  return entries;
}

export async function extractLikeServer(archive: Buffer, dest: string): Promise<Extraction> {
  const raw = await readTarGz(archive);
  const absDest = path.resolve(dest);
  const entries: ExtractedEntry[] = [];
  const skipped: Extraction['skipped'] = [];
  for (const e of raw) {
    const kind =
      e.type === 'Directory' || (e.type === 'OldFile' && e.name.endsWith('/'))
        ? 'dir'
        : e.type === 'File' || e.type === 'OldFile'
          ? 'file'
          : undefined;
    if (!kind) {
      skipped.push({ name: e.name, type: e.type });
      continue;
    }
    const target = path.resolve(absDest, path.posix.normalize(`./${e.name}`));
    if (target !== absDest && !target.startsWith(absDest + path.sep))
      throw new ExtractError(`tar entry path escapes destination: ${e.name}`);
    if (kind === 'dir') {
      try {
        mkdirSync(target, { mode: 0o744 });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST')
          throw new ExtractError(
            `cannot create directory ${e.name} (${code}): the server creates directory entries one level at a time, so a parent must come first`,
          );
      }
    } else {
      mkdirSync(path.dirname(target), { recursive: true, mode: 0o744 });
      const fd = openSync(target, 'w+', e.mode & 0o777);
      try {
        writeSync(fd, e.data);
      } finally {
        closeSync(fd);
      }
    }
    entries.push({ name: e.name, kind, mode: e.mode & 0o7777, size: e.data.length });
  }
  const top = readdirSync(absDest, { withFileTypes: true });
  const root = top.length === 1 && top[0]!.isDirectory() ? path.join(absDest, top[0]!.name) : absDest;
  return { root, entries, skipped };
}
