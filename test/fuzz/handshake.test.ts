/** Short fuzz runs of the handshake lines (the long ones: npx tsx scripts/fuzz.ts --only goplugin-handshake,language-handshake). */
import { describe, expect, it } from 'vitest';
import { goPluginHandshakeTarget, languageHandshakeTarget } from './handshake.ts';
import { labels, shortRun } from './lib/short-run.ts';

describe('fuzz: handshake lines', () => {
  it('go-plugin handshake: a coherent HandshakeLine or a HandshakeError', async () => {
    const seen = labels(await shortRun(goPluginHandshakeTarget, 5000));
    expect(seen).toEqual(expect.arrayContaining(['ok', 'HandshakeError']));
  });

  it('language plugin handshake: the first stdout line parses as a tcp grpc target or fails clearly', async () => {
    const seen = labels(await shortRun(languageHandshakeTarget, 2000));
    expect(seen).toEqual(expect.arrayContaining(['ok', 'HandshakeError']));
  });
});
