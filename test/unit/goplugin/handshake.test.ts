import { describe, expect, it } from 'vitest';
import {
  checkMagicCookie,
  formatHandshake,
  MATTERMOST_HANDSHAKE,
  negotiateVersion,
  parseHandshake,
} from '../../../src/bridge/goplugin/handshake.ts';

describe('go-plugin handshake', () => {
  it('formats the exact line a Go plugin prints on Linux', () => {
    expect(
      formatHandshake({ appVersion: 1, network: 'unix', address: '/tmp/plugin123', protocol: 'netrpc' }),
    ).toBe('1|1|unix|/tmp/plugin123|netrpc|\n');
  });

  it('parses what the host accepts and rejects the rest with a reason', () => {
    expect(parseHandshake('1|1|tcp|127.0.0.1:1234|grpc', ['grpc'])).toMatchObject({
      network: 'tcp',
      address: '127.0.0.1:1234',
      protocol: 'grpc',
    });
    expect(parseHandshake('1|1|unix|/tmp/x\n').protocol).toBe('netrpc'); // missing protocol = netrpc
    expect(() => parseHandshake('hello world')).toThrow(/unrecognized remote plugin message/);
    expect(() => parseHandshake('2|1|unix|/x|netrpc')).toThrow(/incompatible core API version/);
    expect(() => parseHandshake('1|1|udp|/x|netrpc')).toThrow(/unknown address type: udp/);
    expect(() => parseHandshake('1|1|tcp|127.0.0.1:1|grpc')).toThrow(/unsupported plugin protocol/);
  });

  it('negotiates the highest common version like go-plugin, ignoring bad entries', () => {
    expect(negotiateVersion('1', [1])).toBe(1);
    expect(negotiateVersion('x, 2 ,3', [1, 2])).toBe(2);
    expect(negotiateVersion(undefined, [1, 2])).toBe(1);
  });

  it("checks Mattermost's magic cookie", () => {
    expect(MATTERMOST_HANDSHAKE).toEqual({
      protocolVersion: 1,
      magicCookieKey: 'MATTERMOST_PLUGIN',
      magicCookieValue: 'Securely message teams, anywhere.',
    });
    expect(checkMagicCookie({ MATTERMOST_PLUGIN: 'Securely message teams, anywhere.' })).toBeUndefined();
    expect(checkMagicCookie({})).toMatch(/This binary is a plugin/);
  });
});
