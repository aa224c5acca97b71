/**
 * The remote tokens file (src/bridge/sidecar/remote-tokens.ts): what readRemoteTokens refuses and
 * says about it, and checkRemoteToken's answers (not enabled, right, wrong, unknown id, rotation).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkRemoteToken,
  MIN_REMOTE_TOKEN_LENGTH,
  readRemoteTokens,
  RemoteTokensError,
} from '../../../src/bridge/sidecar/remote-tokens.ts';

const PLUGIN_ID = 'com.example.remote';
const TOKEN = 'a'.repeat(32) + '-remote-token';
const OTHER_TOKEN = 'b'.repeat(32) + '-rotated-token';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mm-bridge-remote-tokens-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A tokens file holding `content` (a string is written as is, anything else as JSON). */
function tokensFile(content: unknown, dir = tempDir()): string {
  const file = path.join(dir, 'remote-tokens.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The RemoteTokensError readRemoteTokens throws for `file`. */
function refusal(file: string): RemoteTokensError {
  try {
    readRemoteTokens(file);
  } catch (err) {
    expect(err).toBeInstanceOf(RemoteTokensError);
    return err as RemoteTokensError;
  }
  throw new Error(`readRemoteTokens accepted ${file}`);
}

describe('readRemoteTokens', () => {
  it('reads a JSON object of plugin ids to tokens', () => {
    const file = tokensFile({ [PLUGIN_ID]: TOKEN, 'com.example.other': OTHER_TOKEN });
    expect(readRemoteTokens(file)).toEqual(
      new Map([
        [PLUGIN_ID, TOKEN],
        ['com.example.other', OTHER_TOKEN],
      ]),
    );
  });

  it('reads an empty object as no remote plugin allowed', () => {
    expect(readRemoteTokens(tokensFile({})).size).toBe(0);
  });

  it('refuses a file that does not exist, naming it and the system error', () => {
    const file = path.join(tempDir(), 'missing.json');
    const err = refusal(file);
    expect(err.message).toMatch(/^cannot read the remote tokens file /);
    expect(err.message).toContain(file);
    expect(err.message).toContain('ENOENT');
  });

  it('refuses a directory in place of the file, naming it', () => {
    const dir = path.join(tempDir(), 'a-directory');
    mkdirSync(dir);
    const err = refusal(dir);
    expect(err.message).toContain(`cannot read the remote tokens file ${dir}: `);
    expect(err.message).toContain('EISDIR');
  });

  it.each([
    ['not JSON at all', 'com.example.remote=secret'],
    ['truncated JSON', `{"${PLUGIN_ID}": "${TOKEN}"`],
    ['an empty file', ''],
  ])('refuses %s, naming the file and the parse error', (_, content) => {
    const file = tokensFile(content);
    const err = refusal(file);
    expect(err.message).toContain(`cannot read the remote tokens file ${file}: `);
    expect(err.message).toMatch(/JSON/);
  });

  it.each([
    ['an array', [[PLUGIN_ID, TOKEN]]],
    ['null', null],
    ['a string', TOKEN],
    ['a number', 42],
  ])('refuses %s in place of an object, saying the expected shape', (_, content) => {
    const file = tokensFile(JSON.stringify(content));
    expect(refusal(file).message).toBe(
      `the remote tokens file ${file} must hold a JSON object {"<plugin id>": "<token>", ...}`,
    );
  });

  it.each([
    ['a number', 1234567890123456],
    ['null', null],
    ['an object', { token: TOKEN }],
    ['an array', [TOKEN]],
    ['true', true],
  ])('refuses a token that is %s, naming the plugin id and the file and how to make one', (_, token) => {
    const file = tokensFile({ 'com.example.ok': TOKEN, [PLUGIN_ID]: token });
    expect(refusal(file).message).toBe(
      `the remote token of "${PLUGIN_ID}" in ${file} must be a string of at least ${MIN_REMOTE_TOKEN_LENGTH} characters (use openssl rand -hex 32)`,
    );
  });

  it(`refuses a token shorter than MIN_REMOTE_TOKEN_LENGTH (${MIN_REMOTE_TOKEN_LENGTH}), accepts one of exactly that length`, () => {
    const short = tokensFile({ [PLUGIN_ID]: 'x'.repeat(MIN_REMOTE_TOKEN_LENGTH - 1) });
    expect(refusal(short).message).toBe(
      `the remote token of "${PLUGIN_ID}" in ${short} must be a string of at least ${MIN_REMOTE_TOKEN_LENGTH} characters (use openssl rand -hex 32)`,
    );
    expect(refusal(tokensFile({ [PLUGIN_ID]: '' })).message).toMatch(/must be a string of at least/);
    const exact = 'y'.repeat(MIN_REMOTE_TOKEN_LENGTH);
    expect(readRemoteTokens(tokensFile({ [PLUGIN_ID]: exact })).get(PLUGIN_ID)).toBe(exact);
  });

  it('keeps plugin ids that are names of object properties as plain entries', () => {
    const file = tokensFile(`{"constructor": "${TOKEN}", "__proto__": "${OTHER_TOKEN}"}`);
    const tokens = readRemoteTokens(file);
    expect(tokens.get('constructor')).toBe(TOKEN);
    expect(tokens.get('__proto__')).toBe(OTHER_TOKEN);
  });
});

describe('checkRemoteToken', () => {
  const WRONG = (id: string): string =>
    `wrong remote token for plugin ${JSON.stringify(id)}: set MM_BRIDGE_REMOTE_TOKEN to its entry in the sidecar's remote tokens file`;

  it('says remote plugins are not enabled, and how to enable them, when the sidecar has no tokens file', () => {
    for (const file of [undefined, '']) {
      const why = checkRemoteToken(file, PLUGIN_ID, TOKEN);
      expect(why).toMatch(/^remote plugins are not enabled on this sidecar/);
      expect(why).toContain('--remote-tokens-file');
      expect(why).toContain('MM_BRIDGE_REMOTE_TOKENS_FILE');
    }
  });

  it('accepts the plugin its own token', () => {
    const file = tokensFile({ [PLUGIN_ID]: TOKEN, 'com.example.other': OTHER_TOKEN });
    expect(checkRemoteToken(file, PLUGIN_ID, TOKEN)).toBeUndefined();
    expect(checkRemoteToken(file, 'com.example.other', OTHER_TOKEN)).toBeUndefined();
  });

  it('refuses a wrong token, another plugin’s token, a prefix and an extension of the token', () => {
    const file = tokensFile({ [PLUGIN_ID]: TOKEN, 'com.example.other': OTHER_TOKEN });
    for (const token of [
      'not-the-token-at-all-really',
      OTHER_TOKEN,
      TOKEN.slice(0, -1),
      TOKEN + 'x',
      ` ${TOKEN}`,
      '',
    ])
      expect(checkRemoteToken(file, PLUGIN_ID, token), JSON.stringify(token)).toBe(WRONG(PLUGIN_ID));
  });

  it('refuses an unknown plugin id with the same message as a wrong token (which ids exist stays unsaid)', () => {
    const file = tokensFile({ [PLUGIN_ID]: TOKEN });
    const unknown = 'com.example.unknown';
    const forUnknown = checkRemoteToken(file, unknown, TOKEN);
    const forWrong = checkRemoteToken(file, PLUGIN_ID, OTHER_TOKEN);
    expect(forUnknown).toBe(WRONG(unknown));
    expect(forWrong).toBe(WRONG(PLUGIN_ID));
    // the same text but for the id the peer sent itself
    expect(forUnknown!.replace(JSON.stringify(unknown), '<id>')).toBe(
      forWrong!.replace(JSON.stringify(PLUGIN_ID), '<id>'),
    );
    // an empty token for an id without an entry is not "equal to no token"
    expect(checkRemoteToken(file, unknown, '')).toBe(WRONG(unknown));
    // prototype property names are not entries
    for (const id of ['constructor', '__proto__', 'toString'])
      expect(checkRemoteToken(file, id, TOKEN)).toBe(WRONG(id));
  });

  it('returns the file’s problem, naming the file, instead of throwing', () => {
    const missing = path.join(tempDir(), 'missing.json');
    expect(checkRemoteToken(missing, PLUGIN_ID, TOKEN)).toMatch(
      new RegExp(`^cannot read the remote tokens file ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    );
    const array = tokensFile('[]');
    expect(checkRemoteToken(array, PLUGIN_ID, TOKEN)).toBe(
      `the remote tokens file ${array} must hold a JSON object {"<plugin id>": "<token>", ...}`,
    );
    // one bad entry refuses every plugin, the well-formed ones too: the file is what must be fixed
    const bad = tokensFile({ [PLUGIN_ID]: TOKEN, 'com.example.short': 'short' });
    expect(checkRemoteToken(bad, PLUGIN_ID, TOKEN)).toMatch(/"com\.example\.short" .* at least/);
  });

  it('reads the file at each call: a rotated token takes effect at once, a removed entry is refused', () => {
    const dir = tempDir();
    const file = tokensFile({ [PLUGIN_ID]: TOKEN }, dir);
    expect(checkRemoteToken(file, PLUGIN_ID, TOKEN)).toBeUndefined();
    expect(checkRemoteToken(file, PLUGIN_ID, OTHER_TOKEN)).toBe(WRONG(PLUGIN_ID));

    tokensFile({ [PLUGIN_ID]: OTHER_TOKEN }, dir); // rotation: the same file, a new token
    expect(checkRemoteToken(file, PLUGIN_ID, OTHER_TOKEN)).toBeUndefined();
    expect(checkRemoteToken(file, PLUGIN_ID, TOKEN)).toBe(WRONG(PLUGIN_ID));

    tokensFile({ 'com.example.other': TOKEN }, dir); // the plugin's entry removed
    expect(checkRemoteToken(file, PLUGIN_ID, OTHER_TOKEN)).toBe(WRONG(PLUGIN_ID));

    tokensFile('{ broken', dir); // a half-written file refuses, then a fixed one accepts again
    expect(checkRemoteToken(file, PLUGIN_ID, OTHER_TOKEN)).toMatch(/^cannot read the remote tokens file/);
    tokensFile({ [PLUGIN_ID]: OTHER_TOKEN }, dir);
    expect(checkRemoteToken(file, PLUGIN_ID, OTHER_TOKEN)).toBeUndefined();
  });
});
