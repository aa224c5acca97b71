/** What `mm-bridge validate` and `mm-bridge pack` report: what is wrong, and how to fix it. */
export interface Problem {
  level: 'error' | 'warning';
  message: string;
  fix?: string;
  /** The error text the Mattermost server (model.Manifest.IsValid) gives for this problem. */
  server?: string;
}

export const error = (message: string, fix?: string, server?: string): Problem => ({
  level: 'error',
  message,
  ...(fix ? { fix } : {}),
  ...(server ? { server } : {}),
});

export const warning = (message: string, fix?: string): Problem => ({
  level: 'warning',
  message,
  ...(fix ? { fix } : {}),
});

export const hasErrors = (ps: Problem[]): boolean => ps.some((p) => p.level === 'error');

export function formatProblem(p: Problem): string {
  const lines = [`${p.level}: ${p.message}`];
  if (p.server) lines.push(`  server says: ${p.server}`);
  if (p.fix) lines.push(`  fix: ${p.fix}`);
  return lines.join('\n');
}

export function formatProblems(ps: Problem[]): string {
  return ps.map(formatProblem).join('\n');
}
