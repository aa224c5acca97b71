// Inbound streams waiting for accept() (Go acceptCh): FIFO in SYN order, bounded
// by acceptBacklog; a SYN that finds it full is refused with RST by the session.
import type { YamuxStream } from './stream.ts';

interface Waiter {
  resolve: (stream: YamuxStream) => void;
  reject: (err: Error) => void;
}

export class AcceptBacklog {
  readonly #limit: number;
  readonly #queued: YamuxStream[] = [];
  readonly #waiters: Waiter[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Hands `stream` to a waiting accept() ('accepted'), queues it ('queued'), or refuses it ('full'). */
  offer(stream: YamuxStream, onAccept: (s: YamuxStream) => void): 'accepted' | 'queued' | 'full' {
    const waiter = this.#waiters.shift();
    if (waiter) {
      onAccept(stream);
      waiter.resolve(stream);
      return 'accepted';
    }
    if (this.#queued.length >= this.#limit) return 'full';
    this.#queued.push(stream);
    return 'queued';
  }

  /** The oldest queued stream, or undefined (then call wait()). */
  take(): YamuxStream | undefined {
    return this.#queued.shift();
  }

  wait(): Promise<YamuxStream> {
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  /** Drops a queued stream (reset before anyone accepted it). */
  remove(stream: YamuxStream): void {
    const i = this.#queued.indexOf(stream);
    if (i >= 0) this.#queued.splice(i, 1);
  }

  /** Session closed: fail waiting accept() calls, forget queued streams. */
  close(err: Error): void {
    for (const w of this.#waiters.splice(0)) w.reject(err);
    this.#queued.length = 0;
  }
}
