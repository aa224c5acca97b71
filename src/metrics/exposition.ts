/**
 * /metrics bodies in both exposition formats from one prom-client registry. prom-client renders
 * OpenMetrics only from a registry whose content type is OpenMetrics, and doing so renames counters
 * in place (`x_total` → `x`, prom-client lib/registry.js `standardizeCounterName`), which would break
 * every later Prometheus-text scrape of the same registry. So OpenMetrics is rendered from a second
 * registry holding read-only views of the same metrics, with the counter family names OpenMetrics
 * wants; the metrics themselves are never touched.
 */
import { Registry, type Metric, type OpenMetricsContentType } from 'prom-client';

export type ExpositionFormat = 'text' | 'openmetrics';

export const CONTENT_TYPES: Record<ExpositionFormat, string> = {
  text: Registry.PROMETHEUS_CONTENT_TYPE,
  openmetrics: Registry.OPENMETRICS_CONTENT_TYPE,
};

/**
 * Picks the format from an Accept header by q-value (Prometheus 2.x asks for OpenMetrics first,
 * text/plain at q=0.5). No header or a wildcard → text; nothing acceptable → undefined (406).
 */
export function negotiateFormat(accept: string | undefined): ExpositionFormat | undefined {
  if (!accept || !accept.trim()) return 'text';
  let best: { format: ExpositionFormat; q: number; specific: boolean } | undefined;
  for (const part of accept.split(',')) {
    const [rawType = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!(q > 0)) continue;
    let format: ExpositionFormat | undefined;
    let specific = true;
    if (rawType === 'application/openmetrics-text') format = 'openmetrics';
    else if (rawType === 'text/plain') format = 'text';
    else if (rawType === 'text/*' || rawType === '*/*') {
      format = 'text';
      specific = false;
    }
    if (!format) continue;
    if (!best || q > best.q || (q === best.q && specific && !best.specific)) best = { format, q, specific };
  }
  return best?.format;
}

interface ReadableMetric {
  name: string;
  type?: string;
  get(): Promise<unknown>;
  getForPromString?: () => Promise<unknown>;
}

export class Exposition {
  private openMetrics: Registry<OpenMetricsContentType> | undefined;
  private viewed = 0;

  constructor(private readonly registry: Registry) {}

  async render(format: ExpositionFormat): Promise<{ contentType: string; body: string }> {
    const body = format === 'text' ? await this.registry.metrics() : await this.openMetricsView().metrics();
    return { contentType: CONTENT_TYPES[format], body };
  }

  private openMetricsView(): Registry<OpenMetricsContentType> {
    const metrics = this.registry.getMetricsAsArray() as unknown as ReadableMetric[];
    if (this.openMetrics && this.viewed === metrics.length) return this.openMetrics;
    const view = new Registry<OpenMetricsContentType>();
    view.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
    for (const m of metrics) view.registerMetric(readOnlyView(m) as unknown as Metric);
    this.openMetrics = view;
    this.viewed = metrics.length;
    return view;
  }
}

/** A stand-in the OpenMetrics registry may rename freely: counters lose `_total` in the family name only. */
function readOnlyView(m: ReadableMetric): ReadableMetric {
  const counter = m.type === 'counter';
  const name = counter ? m.name.replace(/_total$/, '') : m.name;
  const read = m.getForPromString ? m.getForPromString.bind(m) : m.get.bind(m);
  return {
    name,
    type: m.type,
    get: async () => {
      const data = (await read()) as { name: string };
      return counter ? { ...data, name } : data;
    },
  };
}
