/** The plugin side and the host side of go-plugin, in process: control services, dispense, broker. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  HostClient,
  MuxBroker,
  parseHandshake,
  servePlugin,
  type PluginServer,
} from '../../../src/bridge/goplugin/index.ts';
import { T } from '../../../src/bridge/gob/types.ts';
import { client as yamuxClient, server as yamuxServer } from '../../../src/bridge/yamux/index.ts';
import { socketPair } from '../../helpers/net-pair.ts';

let plugin: PluginServer | undefined;
const errors: Error[] = [];
let host: HostClient | undefined;
afterEach(async () => {
  host?.control.close();
  host?.broker.close();
  await plugin?.close();
  plugin = host = undefined;
  expect(errors.map((e) => e.message)).toEqual([]);
});

async function start(onQuit = (): void => {}): Promise<void> {
  let line = '';
  plugin = await servePlugin({
    plugins: { hooks: () => ({ Echo: ({ value }) => ({ type: T.string, value: `echo:${String(value)}` }) }) },
    writeHandshake: (l) => (line = l),
    onQuit,
    onError: (e) => errors.push(e),
  });
  expect(line).toMatch(/^1\|1\|unix\|\/.+\|netrpc\|\n$/);
  host = await HostClient.connect(parseHandshake(line));
}

describe('go-plugin plugin server', () => {
  it('answers Control.Ping and serves the dispensed plugin as service "Plugin"', async () => {
    await start();
    await host!.ping();
    const hooks = await host!.dispense('hooks');
    expect((await hooks.call('Plugin.Echo', T.string, 'hi')).value).toBe('echo:hi');
    await expect(host!.dispense('nope')).rejects.toThrow('unknown plugin type: nope');
  });

  it('replies to Control.Quit before quitting', async () => {
    let quit = false;
    await start(() => (quit = true));
    await host!.control.call('Control.Quit', T.bool, true);
    await new Promise((r) => setImmediate(r));
    expect(quit).toBe(true);
  });
});

describe('MuxBroker', () => {
  it('connects a dialed id to the matching accept and acks with the same 4 bytes', async () => {
    const [a, b] = await socketPair();
    const left = new MuxBroker(yamuxClient(a));
    const right = new MuxBroker(yamuxServer(b));
    void right.run();
    const id = right.nextId();
    expect(id).toBe(1);
    const accepted = right.accept(id);
    const dialed = await left.dial(id);
    const s = await accepted;
    dialed.write('ping');
    const got = await new Promise<Buffer>((r) => s.once('data', r));
    expect(got.toString()).toBe('ping');
    left.close();
    right.close();
  });

  it('gives up on an id nobody dials after the accept window', async () => {
    const [, b] = await socketPair();
    const broker = new MuxBroker(yamuxServer(b), 50);
    await expect(broker.accept(7)).rejects.toThrow('timeout waiting for accept (broker id 7)');
    broker.close();
  });
});
