import type net from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.ts';
import { forwardingDestination, MAX_FORWARD_BUFFER_BYTES } from '../../../src/bridge/sidecar/log-forward.ts';

/** The parts of the stub's socket that forwarding looks at. */
function fakeStub(): {
  socket: net.Socket;
  written: string[];
  state: { writable: boolean; writableLength: number };
} {
  const written: string[] = [];
  const state = { writable: true, writableLength: 0 };
  const socket = {
    get writable() {
      return state.writable;
    },
    get writableLength() {
      return state.writableLength;
    },
    write(s: string) {
      written.push(s);
      return true;
    },
  } as unknown as net.Socket;
  return { socket, written, state };
}

function fakePrimary(): { stream: NodeJS.WritableStream; text: () => string } {
  let text = '';
  const stream = {
    write(c: string | Uint8Array) {
      text += typeof c === 'string' ? c : Buffer.from(c).toString();
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  return { stream, text: () => text };
}

describe('forwardingDestination', () => {
  it('writes everything to the primary and each line to the stub as a LOG line', () => {
    const stub = fakeStub();
    const primary = fakePrimary();
    const f = forwardingDestination(primary.stream, stub.socket);
    f.destination.write('{"a":1}\n{"b":2}\n');
    f.destination.write(new TextEncoder().encode('{"c":3}\n')); // a Uint8Array, not a Buffer
    expect(primary.text()).toBe('{"a":1}\n{"b":2}\n{"c":3}\n');
    expect(stub.written).toEqual(['LOG {"a":1}\n', 'LOG {"b":2}\n', 'LOG {"c":3}\n']);
    expect(f.dropped()).toBe(0);
  });

  it('flattens a carriage return so that a log line cannot forge a BYE', () => {
    const stub = fakeStub();
    forwardingDestination(fakePrimary().stream, stub.socket).destination.write('x\rBYE\n');
    expect(stub.written).toEqual(['LOG x BYE\n']);
  });

  it('drops (and counts) while the stub does not keep up, and resumes after', () => {
    const stub = fakeStub();
    const primary = fakePrimary();
    const f = forwardingDestination(primary.stream, stub.socket);
    stub.state.writableLength = MAX_FORWARD_BUFFER_BYTES + 1;
    f.destination.write('one\n');
    f.destination.write('two\n');
    expect(f.dropped()).toBe(2);
    stub.state.writableLength = 0;
    f.destination.write('three\n');
    expect(stub.written).toEqual(['LOG three\n']);
    expect(primary.text()).toBe('one\ntwo\nthree\n');
  });

  it('stops forwarding once the stub is gone, without failing the logger', () => {
    const stub = fakeStub();
    const f = forwardingDestination(fakePrimary().stream, stub.socket);
    stub.state.writable = false;
    expect(f.destination.write('late\n')).toBe(true);
    expect(stub.written).toEqual([]);
    expect(f.dropped()).toBe(0);
  });

  it('carries a pino logger (hclog JSON) line by line', () => {
    const stub = fakeStub();
    const log = createLogger({
      level: 'info',
      destination: forwardingDestination(fakePrimary().stream, stub.socket).destination,
    });
    log.info({ plugin_id: 'x' }, 'hello\nworld');
    expect(stub.written).toHaveLength(1);
    const entry = JSON.parse(stub.written[0]!.slice('LOG '.length)) as Record<string, unknown>;
    expect(entry).toMatchObject({ '@level': 'info', '@message': 'hello\nworld', plugin_id: 'x' });
  });
});
