/** .mmbridgeignore: the .gitignore subset pack uses to leave files out of a bundle. */
import { describe, expect, it } from 'vitest';
import { isIgnored, parseIgnore } from '../../src/bundle/ignore.ts';

const ignored = (patterns: string, p: string, dir = false): boolean =>
  isIgnored(parseIgnore(patterns), p, dir);

describe('.mmbridgeignore patterns', () => {
  it('a name without a slash matches at any depth', () => {
    expect(ignored('*.log', 'a.log')).toBe(true);
    expect(ignored('*.log', 'server/deep/a.log')).toBe(true);
    expect(ignored('*.log', 'a.logx')).toBe(false);
    expect(ignored('tmp', 'server/tmp', true)).toBe(true);
  });

  it('a slash at the start or in the middle anchors the pattern at the top', () => {
    expect(ignored('/build', 'build', true)).toBe(true);
    expect(ignored('/build', 'server/build', true)).toBe(false);
    expect(ignored('server/*.map', 'server/a.js.map')).toBe(true);
    expect(ignored('server/*.map', 'x/server/a.js.map')).toBe(false);
    expect(ignored('server/*.map', 'server/sub/a.js.map')).toBe(false);
  });

  it('a trailing slash matches directories only', () => {
    expect(ignored('cache/', 'cache', true)).toBe(true);
    expect(ignored('cache/', 'cache', false)).toBe(false);
    expect(ignored('cache/', 'a/cache', true)).toBe(true);
  });

  it('** spans directories', () => {
    expect(ignored('**/test', 'test', true)).toBe(true);
    expect(ignored('**/test', 'a/b/test', true)).toBe(true);
    expect(ignored('docs/**', 'docs/a/b.md')).toBe(true);
    expect(ignored('a/**/z', 'a/z')).toBe(true);
    expect(ignored('a/**/z', 'a/b/c/z')).toBe(true);
    expect(ignored('a/**/z', 'b/a/z')).toBe(false);
  });

  it('? and [...] match one character; \\ escapes', () => {
    expect(ignored('file?.txt', 'file1.txt')).toBe(true);
    expect(ignored('file?.txt', 'file10.txt')).toBe(false);
    expect(ignored('[ab].txt', 'b.txt')).toBe(true);
    expect(ignored('[!ab].txt', 'b.txt')).toBe(false);
    expect(ignored('[!ab].txt', 'c.txt')).toBe(true);
    expect(ignored('\\#notes', '#notes')).toBe(true);
    expect(ignored('a\\*b', 'a*b')).toBe(true);
    expect(ignored('a\\*b', 'axb')).toBe(false);
  });

  it('the last matching pattern wins; ! re-includes; comments and blanks are skipped', () => {
    const rules = '# tests\n\n*.md\n!README.md\n';
    expect(ignored(rules, 'notes.md')).toBe(true);
    expect(ignored(rules, 'README.md')).toBe(false);
    expect(ignored('!README.md\n*.md', 'README.md')).toBe(true);
  });

  it('dots are literal', () => {
    expect(ignored('a.b', 'axb')).toBe(false);
    expect(ignored('.env', '.env')).toBe(true);
  });
});
