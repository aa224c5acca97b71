/**
 * .mmbridgeignore: which files of a plugin directory stay out of its bundle. The syntax is
 * .gitignore's, for one file at the top of the directory:
 *   - blank lines and lines starting with # are skipped; a leading \ escapes # or !
 *   - a pattern with a / at its start or in its middle is matched against the whole path from
 *     the top (foo/bar, /build); otherwise against the name at any depth (*.log, tmp)
 *   - a trailing / matches directories only (cache/)
 *   - * and ? match within one path segment, ** across segments (docs/**, **\/test)
 *   - !pattern re-includes what an earlier pattern excluded; the last matching pattern wins; a
 *     file inside an excluded directory cannot be re-included (the directory is not entered)
 */
export interface IgnoreRule {
  negate: boolean;
  dirOnly: boolean;
  regex: RegExp;
  /** Matched against the whole relative path (else against the last segment). */
  anchored: boolean;
  source: string;
}

export function parseIgnore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\#') || line.startsWith('\\!')) {
      line = line.slice(1);
    }
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.replace(/\/+$/, '');
    if (line === '') continue;
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    rules.push({ negate, dirOnly, anchored, regex: globToRegex(line), source: raw.trim() });
  }
  return rules;
}

/** True when the path (relative, / separated) is excluded by the rules (last match wins). */
export function isIgnored(rules: IgnoreRule[], relPath: string, isDir: boolean): boolean {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  let ignored = false;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    if (r.regex.test(r.anchored ? relPath : name)) ignored = !r.negate;
  }
  return ignored;
}

function globToRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const atEnd = i + 2 === glob.length;
      if (atStart && glob[i + 2] === '/') {
        re += '(?:.*/)?'; // "**/": zero or more directories
        i += 2;
      } else if (atStart && atEnd) {
        re += '.*'; // trailing "/**": everything inside
        i += 1;
      } else {
        re += '[^/]*'; // "**" inside a segment is a plain "*"
        i += 1;
      }
    } else if (c === '*') {
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
      } else {
        let cls = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
        re += `[${cls}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      re += escapeRegex(glob[++i]!);
    } else {
      re += escapeRegex(c);
    }
  }
  return new RegExp(`^${re}$`);
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
