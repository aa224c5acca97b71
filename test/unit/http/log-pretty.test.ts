/** Pretty log lines for a TTY (src/log-pretty.ts); hclog JSON stays the format everywhere else. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.ts';
import { prettyDestination, prettyLine } from '../../../src/log-pretty.ts';

describe('pretty log lines', () => {
  it('time, level, message, then the fields', () => {
    const line = JSON.stringify({
      '@level': 'info',
      '@timestamp': '2026-01-02T15:04:05.123000Z',
      plugin_id: 'com.example.a',
      hook: 'MessageWillBePosted',
      duration_ms: 0.42,
      error: 'two words',
      '@message': 'hook',
    });
    expect(prettyLine(line, false)).toBe(
      '15:04:05.123 INFO  hook  plugin_id=com.example.a hook=MessageWillBePosted duration_ms=0.42 error="two words"',
    );
    expect(prettyLine(line, true)).toContain('\u001b[32mINFO \u001b[0m hook');
  });

  it('passes lines that are not JSON through', () => {
    expect(prettyLine('plain text', false)).toBe('plain text');
  });

  it('works as a pino destination, line by line', () => {
    let out = '';
    const tty = new Writable({
      write(c: Buffer, _e, cb) {
        out += c.toString();
        cb();
      },
    });
    const log = createLogger({ level: 'info', destination: prettyDestination(tty, false) });
    log.info({ plugin_id: 'p' }, 'ready');
    log.debug('hidden');
    log.warn('careful');
    expect(out.split('\n')).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}ready {2}plugin_id=p$/),
      expect.stringMatching(/^\d\d:\d\d:\d\d\.\d{3} WARN {2}careful$/),
      '',
    ]);
  });
});
