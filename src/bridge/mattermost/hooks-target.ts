/** The language plugin as a hook target: its PluginHooks client and the hooks it implements. */
import type * as grpc from '@grpc/grpc-js';

export interface HooksTarget {
  client: grpc.Client;
  implemented: ReadonlySet<string>;
  metadata: () => grpc.Metadata;
  /**
   * A call to this target could not connect: resolves to the process that replaced it once this
   * one is known to have exited (its socket can close before the exit is seen), or to undefined
   * if it stays up or will not be replaced.
   */
  replaced?: () => Promise<HooksTarget | undefined>;
}
