/** `mm-bridge serve`: the sidecar (being written). */
export async function main(): Promise<void> {
  throw new Error('mm-bridge serve: not yet available');
}
