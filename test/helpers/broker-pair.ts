/** A dialed and an accepted MuxBroker stream over real yamux sessions on TCP loopback. */
import { MuxBroker } from '../../src/bridge/goplugin/broker.ts';
import { client as yamuxClient, server as yamuxServer } from '../../src/bridge/yamux/index.ts';
import type { YamuxStream } from '../../src/bridge/yamux/index.ts';
import { socketPair } from './net-pair.ts';

/** `cleanups` gets what tears both sessions and sockets down (run it after each test). */
export async function brokerPair(cleanups: (() => void)[]): Promise<{ out: YamuxStream; inn: YamuxStream }> {
  const [a, b] = await socketPair();
  const dialer = new MuxBroker(yamuxClient(a, { enableKeepAlive: false }));
  const acceptor = new MuxBroker(yamuxServer(b, { enableKeepAlive: false }));
  cleanups.push(() => {
    dialer.close();
    acceptor.close();
    a.destroy();
    b.destroy();
  });
  void dialer.run();
  void acceptor.run();
  const id = acceptor.nextId();
  const accepted = acceptor.accept(id);
  const out = await dialer.dial(id);
  return { out, inn: await accepted };
}
