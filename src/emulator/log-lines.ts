/**
 * The bridge's stderr (hclog JSON lines, as the server would log them) shortened for a developer's
 * terminal: the plugin's own output and the bridge's warnings and errors, one line each.
 */
const META = new Set(['@level', '@timestamp', '@message', '@module', 'source', 'plugin_id']);

/** The line to show, or undefined to hide it (verbose shows every line as it came). */
export function formatBridgeLine(line: string, verbose: boolean): string | undefined {
  if (verbose) return `[bridge] ${line}`;
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return `[bridge] ${line}`;
  }
  const level = String(o['@level'] ?? 'info');
  const fromPlugin = o.source === 'language_plugin';
  if (!fromPlugin && level !== 'warn' && level !== 'error') return undefined;
  const fields = Object.entries(o)
    .filter(([k]) => !META.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return `[${fromPlugin ? 'plugin' : 'bridge'}] ${level} ${String(o['@message'] ?? '')}${fields.length ? ` ${fields.join(' ')}` : ''}`;
}
