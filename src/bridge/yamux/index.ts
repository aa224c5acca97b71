// Our own yamux (hashicorp/yamux v0.1.2 wire format and DefaultConfig behaviour,
// i.e. what go-plugin speaks). Why not a library:
//  - yamux-js: drops frames split across socket reads (Go sends up to 256 KiB
//    frames, so real traffic is corrupted), tests flags with `===` (misses
//    ACK|FIN, SYN+data), credits the window on receipt (no backpressure);
//  - @chainsafe/libp2p-yamux: wire-correct but coupled to libp2p (Multiaddr
//    connection, EventTarget streams, ~40 packages) and ACKs lazily, where Go
//    ACKs on accept (a silent acceptor trips Go's 75 s StreamOpenTimeout,
//    which closes the whole session).
// See /work/shared/reference/libraries.md Q1 and wire-goplugin.md §3.
import type { Duplex } from 'node:stream';
import type { YamuxConfig } from './config.ts';
import { Session } from './session.ts';

export { Session } from './session.ts';
export { YamuxStream } from './stream.ts';
export { YamuxError, YamuxErrorCode } from './errors.ts';
export { DEFAULT_CONFIG, verifyConfig, silentLogger, stderrLogger } from './config.ts';
export type { YamuxConfig, YamuxLogger, ResolvedYamuxConfig } from './config.ts';
export {
  Flag,
  FrameType,
  GoAwayCode,
  HEADER_SIZE,
  INITIAL_STREAM_WINDOW,
  PROTO_VERSION,
} from './constants.ts';

/** Client side of a connection: opens odd stream ids. Throws YamuxError on a bad config. */
export function client(conn: Duplex, config?: Partial<YamuxConfig>): Session {
  return new Session(conn, true, config);
}

/** Server side of a connection: opens even stream ids. Throws YamuxError on a bad config. */
export function server(conn: Duplex, config?: Partial<YamuxConfig>): Session {
  return new Session(conn, false, config);
}
