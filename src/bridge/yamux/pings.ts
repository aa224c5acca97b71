// Outstanding pings of a session (Go Session.Ping): ids count up from 0 and wrap
// at 2^32, a reply must come within connectionWriteTimeoutMs.
import { YamuxError, YamuxErrorCode } from './errors.ts';

interface PendingPing {
  resolve: (rttMs: number) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
  start: number;
}

export class PingTracker {
  readonly #timeoutMs: number;
  readonly #pending = new Map<number, PendingPing>();
  #nextId = 0;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  /** Registers a new ping; send Ping{SYN, id} right after. `rtt` settles on reply or timeout. */
  start(): { id: number; rtt: Promise<number> } {
    const id = this.#nextId;
    this.#nextId = (id + 1) >>> 0;
    const ms = this.#timeoutMs;
    const rtt = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new YamuxError(YamuxErrorCode.PING_TIMEOUT, `ping ${id} not answered within ${ms} ms`));
      }, ms);
      timer.unref();
      this.#pending.set(id, { resolve, reject, timer, start: performance.now() });
    });
    return { id, rtt };
  }

  /** A Ping{ACK} arrived. Unknown ids (late replies after a timeout) are ignored, like Go. */
  settle(id: number): void {
    const p = this.#pending.get(id);
    if (!p) return;
    this.#pending.delete(id);
    clearTimeout(p.timer);
    p.resolve(performance.now() - p.start);
  }

  rejectAll(err: Error): void {
    for (const p of this.#pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.#pending.clear();
  }
}
