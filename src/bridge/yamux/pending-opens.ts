// Streams we opened that the peer has not ACKed yet. Two Go mechanisms in one:
//  - synCh: at most acceptBacklog of them (the peer's backlog is assumed equal),
//    so open() waits for a slot instead of making the peer refuse the SYN;
//  - StreamOpenTimeout: each one has a timer; the session decides what a timeout means.
export class PendingOpens {
  readonly #limit: number;
  readonly #timeoutMs: number;
  readonly #onTimeout: (streamId: number) => void;
  /** Stream id -> open timer (null when the timeout is disabled). */
  readonly #pending = new Map<number, NodeJS.Timeout | null>();
  #reserved = 0;
  readonly #waiters: { resolve: () => void; reject: (err: Error) => void }[] = [];

  constructor(limit: number, timeoutMs: number, onTimeout: (streamId: number) => void) {
    this.#limit = limit;
    this.#timeoutMs = timeoutMs;
    this.#onTimeout = onTimeout;
  }

  /** Resolves once a slot is reserved; pair with add() or unreserve(). */
  async reserve(): Promise<void> {
    while (this.#reserved >= this.#limit) {
      await new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    }
    this.#reserved++;
  }

  unreserve(): void {
    this.#reserved--;
    this.#waiters.shift()?.resolve();
  }

  /** The SYN for `streamId` went out in the reserved slot: start its open timer. */
  add(streamId: number): void {
    let timer: NodeJS.Timeout | null = null;
    if (this.#timeoutMs > 0) {
      timer = setTimeout(() => this.#onTimeout(streamId), this.#timeoutMs);
      timer.unref();
    }
    this.#pending.set(streamId, timer);
  }

  has(streamId: number): boolean {
    return this.#pending.has(streamId);
  }

  /** ACK received or stream gone: stop the timer, free the slot. Idempotent. */
  settle(streamId: number): void {
    if (!this.#pending.has(streamId)) return;
    const timer = this.#pending.get(streamId);
    if (timer) clearTimeout(timer);
    this.#pending.delete(streamId);
    this.unreserve();
  }

  close(err: Error): void {
    for (const t of this.#pending.values()) if (t) clearTimeout(t);
    this.#pending.clear();
    for (const w of this.#waiters.splice(0)) w.reject(err);
  }
}
