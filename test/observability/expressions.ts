/**
 * Every PromQL expression of the dashboards and alert rules, extracted from the files themselves:
 *  - console templates and their library: the double-quoted string literals (Go template or JS)
 *    that name a metric; `%s` and `{{ $plugin }}` stand for the plugin id;
 *  - the Grafana dashboard: every target `expr` and every query variable (`label_values(m, l)` → m),
 *    with $plugin and Grafana's interval variables substituted;
 *  - alert rules: `<query> <op> <threshold>` → the query part, which must return data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const METRIC = /\b(mattermost_bridge_\w+|grpc_(?:server|client)_\w+|up\{|process_\w+|nodejs_\w+)/;

export interface Expression {
  source: string;
  expr: string;
}

export function consoleExpressions(dirs: string[], pluginId: string): Expression[] {
  const out: Expression[] = [];
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.html') || f.endsWith('.lib'))
      .map((f) => path.join(d, f)),
  );
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
      const literal = m[1]!.replace(/\\"/g, '"');
      if (!METRIC.test(literal)) continue;
      const expr = literal.replaceAll('%s', pluginId).replace(/\{\{\s*\$plugin\s*\}\}/g, pluginId);
      out.push({ source: path.basename(file), expr });
    }
  }
  return dedupe(out);
}

const GRAFANA_VARS: Record<string, string> = {
  __rate_interval: '1m',
  __interval: '15s',
  __range: '5m',
};

export function grafanaExpressions(file: string, pluginId: string): Expression[] {
  const dashboard = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const source = path.basename(file);
  const out: Expression[] = [];
  const substitute = (s: string): string =>
    s.replace(/\$\{?(\w+)\}?/g, (all, name: string) =>
      name === 'plugin' ? pluginId : (GRAFANA_VARS[name] ?? all),
    );
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.expr === 'string') out.push({ source, expr: substitute(o.expr) });
    if (o.type === 'query' && o.query !== undefined) {
      const q = typeof o.query === 'string' ? o.query : (o.query as { query?: string }).query;
      const lv = /^label_values\((.+),\s*\w+\)$/.exec(q ?? '');
      if (q) out.push({ source: `${source} variable ${String(o.name)}`, expr: substitute(lv ? lv[1]! : q) });
    }
    Object.values(o).forEach(walk);
  };
  walk(dashboard);
  return dedupe(out);
}

/** `<query> <op> <number>` of an alert rule (Prometheus' normalised form) → `<query>`. */
export function alertQuery(expr: string): string {
  const m = /^([\s\S]+?)\s*(==|!=|>=|<=|>|<)\s*(?:bool\s+)?(-?[0-9.]+(?:e[+-]?\d+)?)\s*$/.exec(expr.trim());
  if (!m) throw new Error(`alert expression is not "<query> <op> <threshold>": ${expr}`);
  return m[1]!;
}

function dedupe(list: Expression[]): Expression[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.expr) ? false : (seen.add(e.expr), true)));
}
