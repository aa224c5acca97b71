/**
 * plugin.json as `mm-bridge pack` writes it into the bundle: the author's manifest with
 * server.executables mapping each platform to its stub, server.executable removed (it named a
 * launcher for the source tree), and webapp.bundle_path set when a built webapp is present and the
 * manifest does not name one. Every other key stays as written, in its place.
 */
export const WEBAPP_BUNDLE = 'webapp/dist/main.js';

export function packedManifest(
  raw: Record<string, unknown>,
  executables: Record<string, string>,
  hasWebappBundle: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  const server = { ...((raw.server ?? {}) as Record<string, unknown>) };
  delete server.executable;
  server.executables = executables;
  out.server = server;
  if (hasWebappBundle && (raw.webapp === undefined || raw.webapp === null))
    out.webapp = { bundle_path: WEBAPP_BUNDLE };
  return out;
}

export function manifestText(m: Record<string, unknown>): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}
