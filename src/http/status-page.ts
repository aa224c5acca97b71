/**
 * The human status page at `/`: one plain HTML table of what /v1/plugins returns, no scripts, no
 * build step; it reloads itself every 5 s.
 */
import type { PluginStatus } from './plugin-status.ts';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => escapes[c]!);
}

export function formatUptime(seconds: number | null): string {
  if (seconds === null) return '–';
  const s = Math.floor(seconds);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3_600);
  const m = Math.floor((s % 3_600) / 60);
  const parts = d ? [`${d}d`, `${h}h`, `${m}m`] : h ? [`${h}h`, `${m}m`] : m ? [`${m}m`] : [];
  return [...parts, `${s % 60}s`].join(' ');
}

const COLUMNS = [
  'Plugin',
  'Version',
  'Mode',
  'State',
  'PID',
  'Uptime',
  'Restarts',
  'Implemented hooks',
  'Last error',
  'PluginAPI',
  'PluginHooks',
] as const;

export function renderStatusPage(plugins: PluginStatus[], o: { now?: Date; version?: string } = {}): string {
  const rows = plugins.map((p) => {
    const cells = [
      `<td class="id">${escapeHtml(p.id)}</td>`,
      `<td>${escapeHtml(p.version || '–')}</td>`,
      `<td>${escapeHtml(p.mode)}</td>`,
      `<td class="state state-${p.state}" data-state="${p.state}">${p.state}</td>`,
      `<td class="num">${p.pid ?? '–'}</td>`,
      `<td class="num" title="${p.uptime_seconds ?? ''}">${formatUptime(p.uptime_seconds)}</td>`,
      `<td class="num">${p.restarts}</td>`,
      `<td class="hooks">${p.implemented_hooks.map(escapeHtml).join(', ') || '–'}</td>`,
      p.last_error ? `<td class="error">${escapeHtml(p.last_error)}</td>` : '<td>–</td>',
      `<td><code>${escapeHtml(p.api_address ?? '–')}</code></td>`,
      `<td><code>${escapeHtml(p.hooks_address ?? '–')}</code></td>`,
    ];
    return `<tr data-plugin="${escapeHtml(p.id)}">${cells.join('')}</tr>`;
  });
  const empty = `<tr><td colspan="${COLUMNS.length}">No plugin is configured.</td></tr>`;
  const now = (o.now ?? new Date()).toISOString();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="5">
<title>mm-bridge status</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1f2328; }
h1 { font-size: 1.3rem; margin: 0 0 .25rem; }
p { margin: .25rem 0 1rem; color: #57606a; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: .35rem .6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.hooks { max-width: 22rem; }
td.error { max-width: 24rem; color: #cf222e; }
.state { font-weight: 600; }
.state-active { color: #1a7f37; }
.state-starting, .state-started, .state-deactivated { color: #9a6700; }
.state-failed, .state-stopped { color: #cf222e; }
</style>
</head>
<body>
<h1>mm-bridge${o.version ? ` ${escapeHtml(o.version)}` : ''}</h1>
<p>Bridged plugins at ${now}. JSON: <a href="v1/plugins">/v1/plugins</a> · metrics: <a href="metrics">/metrics</a> · <a href="readyz">/readyz</a></p>
<table>
<thead><tr>${COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>
${rows.length ? rows.join('\n') : empty}
</tbody>
</table>
</body>
</html>
`;
}
