// FIFO of received payloads not yet handed to the Readable side. Array.shift() is
// O(n); Go peers may send many tiny frames, so use a moving head index instead.
export class ChunkQueue {
  #items: Buffer[] = [];
  #head = 0;
  #bytes = 0;

  get bytes(): number {
    return this.#bytes;
  }

  get length(): number {
    return this.#items.length - this.#head;
  }

  push(chunk: Buffer): void {
    this.#items.push(chunk);
    this.#bytes += chunk.length;
  }

  shift(): Buffer | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const chunk = this.#items[this.#head]!;
    this.#items[this.#head] = undefined as unknown as Buffer;
    this.#head++;
    this.#bytes -= chunk.length;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return chunk;
  }

  clear(): void {
    this.#items = [];
    this.#head = 0;
    this.#bytes = 0;
  }
}
