/**
 * Human log lines for a terminal. The bridge's logs are hclog JSON (src/log.ts) because the
 * Mattermost server parses them from our stderr; when stderr is a TTY — someone running
 * `mm-bridge run`, `serve` or the demo by hand — each JSON line is printed as
 *   15:04:05.123 INFO  language plugin ready  plugin_id=com.example.hello-node pid=4242
 * Colours unless NO_COLOR is set. A line that is not JSON passes through unchanged.
 */
import { Writable } from 'node:stream';

const COLOURS: Record<string, string> = {
  trace: '\x1b[90m',
  debug: '\x1b[36m',
  info: '\x1b[32m',
  warn: '\x1b[33m',
  error: '\x1b[31m',
};
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

export function prettyLine(line: string, colour: boolean): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  if (o === null || typeof o !== 'object') return line;
  const { '@timestamp': ts, '@level': lvl, '@message': msg, ...rest } = o;
  const time = typeof ts === 'string' ? ts.slice(11, 23) : '';
  const level = String(lvl ?? 'info');
  const tag = level.toUpperCase().padEnd(5);
  const fields = Object.entries(rest)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' && !/\s/.test(v) ? v : JSON.stringify(v)}`)
    .join(' ');
  const head = colour ? `${DIM}${time}${RESET} ${COLOURS[level] ?? ''}${tag}${RESET}` : `${time} ${tag}`;
  const tail = fields ? (colour ? `  ${DIM}${fields}${RESET}` : `  ${fields}`) : '';
  return `${head} ${String(msg ?? '')}${tail}`;
}

/** A pino destination that writes pretty lines to `out`. */
export function prettyDestination(
  out: NodeJS.WritableStream & { isTTY?: boolean },
  colour = !process.env.NO_COLOR,
): Writable {
  let partial = '';
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _enc, cb) {
      const text = partial + chunk.toString();
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      if (lines.length) out.write(lines.map((l) => prettyLine(l, colour)).join('\n') + '\n');
      cb();
    },
  });
}
