/** "Did you mean …?": the names closest to a mistyped one (edit distance, case-insensitive). */

export function closeMatches(wanted: string, names: Iterable<string>, max = 3): string[] {
  const w = wanted.toLowerCase();
  const scored: [string, number][] = [];
  for (const name of names) {
    const n = name.toLowerCase();
    const d = distance(w, n);
    const contains = w.length >= 3 && (n.includes(w) || w.includes(n));
    if (d <= Math.max(2, Math.floor(w.length / 4)) || contains)
      scored.push([name, contains ? Math.min(d, 1) : d]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}

/** " (did you mean A or B?)", or "" when nothing is close. */
export function didYouMean(wanted: string, names: Iterable<string>): string {
  const m = closeMatches(wanted, names);
  if (m.length === 0) return '';
  const quoted = m.map((x) => JSON.stringify(x));
  return ` (did you mean ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0]}?)`;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
