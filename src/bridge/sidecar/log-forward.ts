/**
 * A plugin's log in sidecar mode goes two ways: to the sidecar's own stderr, and over the attach
 * connection as `LOG <hclog JSON>` lines that the stub copies to its stderr, where the Mattermost
 * server's go-plugin client parses them into the server log as for any plugin. Forwarding is
 * bounded: while the stub does not keep up, lines are dropped (and counted) rather than buffered.
 */
import type net from 'node:net';
import { attachLine } from './attach-protocol.ts';

export const MAX_FORWARD_BUFFER_BYTES = 1 << 20;

export interface LogForward {
  destination: NodeJS.WritableStream;
  dropped(): number;
}

export function forwardingDestination(primary: NodeJS.WritableStream, stub: net.Socket): LogForward {
  let dropped = 0;
  const destination = {
    write(chunk: string | Uint8Array): boolean {
      primary.write(chunk);
      if (!stub.writable) return true;
      if (stub.writableLength > MAX_FORWARD_BUFFER_BYTES) {
        dropped++;
        return true;
      }
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'); // not String(bytes): "1,2,3"
      for (const line of text.split('\n')) if (line) stub.write(attachLine('LOG', line));
      return true;
    },
  };
  return { destination: destination as unknown as NodeJS.WritableStream, dropped: () => dropped };
}
