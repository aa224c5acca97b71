/** What the streaming hook and API handlers need from their bridge. */
import type { MuxBroker } from '../../goplugin/index.ts';
import type { Logger } from '../../../log.ts';
import type { HooksTarget } from '../hooks-target.ts';

export interface StreamDeps {
  broker: MuxBroker;
  target: () => Promise<HooksTarget>;
  log: Logger;
  /** Body chunk size on the gRPC side (default 64 KiB). */
  chunkSize: number;
}

export const DEFAULT_CHUNK_SIZE = 64 * 1024;
