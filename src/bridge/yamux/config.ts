// Session configuration: one defaults table (= Go's DefaultConfig(), which is what
// go-plugin uses on both ends) and verifyConfig (mux.go VerifyConfig).
import { INITIAL_STREAM_WINDOW, MAX_UINT32 } from './constants.ts';
import { YamuxError, YamuxErrorCode } from './errors.ts';

export interface YamuxLogger {
  warn(msg: string, obj?: Record<string, unknown>): void;
  error(msg: string, obj?: Record<string, unknown>): void;
  debug?(msg: string, obj?: Record<string, unknown>): void;
}

export interface YamuxConfig {
  /** Max inbound streams waiting for accept(); also caps our own un-ACKed opens. */
  acceptBacklog: number;
  /** Send a Ping every keepAliveIntervalMs and close the session if it goes unanswered. */
  enableKeepAlive: boolean;
  keepAliveIntervalMs: number;
  /** How long a ping may go unanswered, and how long a write may wait for the connection to drain. */
  connectionWriteTimeoutMs: number;
  /** Receive window per stream; >= 256 KiB. Go's default (256 KiB) means the window never grows. */
  maxStreamWindowSize: number;
  /** Close the session when an opened stream is not ACKed in time (0 disables). */
  streamOpenTimeoutMs: number;
  /** Reset a stream whose peer does not FIN within this time after our FIN (0 disables). */
  streamCloseTimeoutMs: number;
  /** Memory guard: largest Data frame accepted. Must be >= maxStreamWindowSize. */
  maxFrameLength: number;
  logger?: YamuxLogger;
}

export type ResolvedYamuxConfig = Required<YamuxConfig>;

/** Writes `[WARN] yamux: ...` lines to stderr like Go's default LogOutput. */
export const stderrLogger: YamuxLogger = {
  warn: (msg, obj) => process.stderr.write(`[WARN] yamux: ${msg}${obj ? ' ' + safeJson(obj) : ''}\n`),
  error: (msg, obj) => process.stderr.write(`[ERR] yamux: ${msg}${obj ? ' ' + safeJson(obj) : ''}\n`),
};

export const silentLogger: YamuxLogger = { warn() {}, error() {} };

/** Go DefaultConfig() (mux.go), in milliseconds. */
export const DEFAULT_CONFIG: Readonly<ResolvedYamuxConfig> = Object.freeze({
  acceptBacklog: 256,
  enableKeepAlive: true,
  keepAliveIntervalMs: 30_000,
  connectionWriteTimeoutMs: 10_000,
  maxStreamWindowSize: INITIAL_STREAM_WINDOW,
  streamOpenTimeoutMs: 75_000,
  streamCloseTimeoutMs: 5 * 60_000,
  maxFrameLength: INITIAL_STREAM_WINDOW,
  logger: stderrLogger,
});

/** Merges `partial` over the defaults and checks it; throws YamuxError(INVALID_CONFIG). */
export function verifyConfig(partial: Partial<YamuxConfig> = {}): ResolvedYamuxConfig {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const cfg: ResolvedYamuxConfig = { ...DEFAULT_CONFIG, ...defined };
  if (partial.maxFrameLength === undefined)
    cfg.maxFrameLength = Math.max(cfg.maxFrameLength, cfg.maxStreamWindowSize);

  positiveInt(cfg, 'acceptBacklog');
  positiveInt(cfg, 'keepAliveIntervalMs');
  positiveInt(cfg, 'connectionWriteTimeoutMs');
  nonNegativeInt(cfg, 'streamOpenTimeoutMs');
  nonNegativeInt(cfg, 'streamCloseTimeoutMs');
  if (typeof cfg.enableKeepAlive !== 'boolean')
    invalid('enableKeepAlive', cfg.enableKeepAlive, 'must be a boolean');
  const w = cfg.maxStreamWindowSize;
  if (!Number.isInteger(w) || w < INITIAL_STREAM_WINDOW || w > MAX_UINT32) {
    invalid('maxStreamWindowSize', w, `must be an integer in [${INITIAL_STREAM_WINDOW}, ${MAX_UINT32}]`);
  }
  const f = cfg.maxFrameLength;
  if (!Number.isInteger(f) || f < w || f > MAX_UINT32) {
    invalid('maxFrameLength', f, `must be an integer in [maxStreamWindowSize=${w}, ${MAX_UINT32}]`);
  }
  const l = cfg.logger;
  if (typeof l !== 'object' || l === null || typeof l.warn !== 'function' || typeof l.error !== 'function') {
    invalid('logger', l, 'must have warn() and error() methods');
  }
  return cfg;
}

type NumericKey = {
  [K in keyof ResolvedYamuxConfig]: ResolvedYamuxConfig[K] extends number ? K : never;
}[keyof ResolvedYamuxConfig];

function positiveInt(cfg: ResolvedYamuxConfig, key: NumericKey): void {
  const v = cfg[key];
  if (!Number.isInteger(v) || v <= 0) invalid(key, v, 'must be a positive integer');
}

function nonNegativeInt(cfg: ResolvedYamuxConfig, key: NumericKey): void {
  const v = cfg[key];
  if (!Number.isInteger(v) || v < 0) invalid(key, v, 'must be a non-negative integer (0 disables)');
}

function invalid(key: string, value: unknown, why: string): never {
  throw new YamuxError(YamuxErrorCode.INVALID_CONFIG, `invalid config ${key}=${String(value)}: ${why}`);
}

function safeJson(obj: Record<string, unknown>): string {
  try {
    return JSON.stringify(obj, (_k, v: unknown) => (v instanceof Error ? v.message : v));
  } catch {
    return String(obj);
  }
}
