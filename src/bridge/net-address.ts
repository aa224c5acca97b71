/** host:port as Go's net.JoinHostPort writes it: an IPv6 host in brackets. */
export function joinHostPort(host: string, port: number | string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
}
