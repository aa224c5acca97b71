/**
 * Writes a plugin bundle .tar.gz reproducibly: the same entries give the same bytes on any machine.
 *   - one top-level directory (<id>/), entries sorted by their UTF-8 bytes (parents first, which
 *     the server's extraction needs: it creates directory entries with a non-recursive mkdir);
 *   - fixed mtime on every entry, uid/gid 0, no user or group names, modes as given (the caller
 *     passes 0644/0755), ustar headers (a PAX record only for paths too long for ustar);
 *   - gzip with no name and mtime 0 in its header and the OS byte fixed to 3 (Unix), so that zlib
 *     builds that write another OS byte still produce the same file.
 * Header encoding comes from node-tar (Header, Pax); the layout is ours.
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, constants } from 'node:zlib';
import { Header, Pax } from 'tar';

export interface ArchiveEntry {
  /** Path inside the top-level directory, / separated, no trailing slash. */
  path: string;
  type: 'file' | 'dir';
  mode: number;
  /** File to read the content from (files only). */
  source?: string;
}

export interface WrittenArchive {
  bytes: number;
  sha256: string;
  entries: number;
}

const BLOCK = 512;

export function sortEntries(entries: ArchiveEntry[]): ArchiveEntry[] {
  const key = (e: ArchiveEntry): Buffer => Buffer.from(e.type === 'dir' ? `${e.path}/` : e.path);
  return [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
}

/** Writes the archive to `out` (atomically, through a temporary file next to it). */
export function writeTarGz(
  out: string,
  topDir: string,
  entries: ArchiveEntry[],
  mtime: Date,
): WrittenArchive {
  const blocks: Buffer[] = [headerBlocks(`${topDir}/`, 'Directory', 0o755, 0, mtime)];
  const sorted = sortEntries(entries);
  for (const e of sorted) {
    if (e.type === 'dir') {
      blocks.push(headerBlocks(`${topDir}/${e.path}/`, 'Directory', e.mode, 0, mtime));
      continue;
    }
    const data = readFileSync(e.source!);
    blocks.push(headerBlocks(`${topDir}/${e.path}`, 'File', e.mode, data.length, mtime), data);
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
    if (pad) blocks.push(Buffer.alloc(pad));
  }
  blocks.push(Buffer.alloc(2 * BLOCK)); // end-of-archive marker
  const gz = gzipSync(Buffer.concat(blocks), { level: constants.Z_BEST_COMPRESSION });
  gz[9] = 3; // OS = Unix, whatever zlib build wrote the header
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, gz);
  renameSync(tmp, out);
  return {
    bytes: gz.length,
    sha256: createHash('sha256').update(gz).digest('hex'),
    entries: sorted.length + 1,
  };
}

function headerBlocks(
  path: string,
  type: 'File' | 'Directory',
  mode: number,
  size: number,
  mtime: Date,
): Buffer {
  const fields = { path, type, mode, size, mtime, uid: 0, gid: 0, uname: '', gname: '' };
  const h = new Header(fields);
  const needPax = h.encode();
  const block = h.block!;
  if (!needPax) return block;
  // Only the path can overflow ustar here: a PAX record carries it, the ustar header a truncated copy.
  const pax = new Pax({ path }).encode();
  return Buffer.concat([pax, block]);
}
