/** Durations for metrics and logs: a monotonic start mark and the seconds since it. */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}
