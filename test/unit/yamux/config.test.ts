import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, verifyConfig } from '../../../src/bridge/yamux/config.ts';
import { client, YamuxError } from '../../../src/bridge/yamux/index.ts';
import { FakeConn } from './helpers.ts';

describe('verifyConfig', () => {
  it('fills defaults', () => {
    expect(verifyConfig()).toEqual(DEFAULT_CONFIG);
    expect(verifyConfig({ keepAliveIntervalMs: undefined })).toEqual(DEFAULT_CONFIG);
  });

  it('raises the frame guard with a larger window', () => {
    expect(verifyConfig({ maxStreamWindowSize: 1 << 20 }).maxFrameLength).toBe(1 << 20);
  });

  it.each([
    [{ acceptBacklog: 0 }, /acceptBacklog=0: must be a positive integer/],
    [{ keepAliveIntervalMs: 0 }, /keepAliveIntervalMs/],
    [{ connectionWriteTimeoutMs: -1 }, /connectionWriteTimeoutMs/],
    [{ maxStreamWindowSize: 1000 }, /maxStreamWindowSize=1000/],
    [{ maxFrameLength: 1000 }, /maxFrameLength=1000/],
    [{ streamOpenTimeoutMs: 1.5 }, /streamOpenTimeoutMs/],
    [{ logger: {} as never }, /logger/],
  ])('rejects %o', (cfg, msg) => {
    expect(() => verifyConfig(cfg)).toThrow(msg);
    try {
      verifyConfig(cfg);
    } catch (e) {
      expect((e as YamuxError).code).toBe('ERR_YAMUX_INVALID_CONFIG');
    }
  });

  it('client() throws synchronously on a bad config', () => {
    expect(() => client(new FakeConn(), { acceptBacklog: -1 })).toThrow(YamuxError);
  });
});
