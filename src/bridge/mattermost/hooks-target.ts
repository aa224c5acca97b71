/** The language plugin as a hook target: its PluginHooks client and the hooks it implements. */
import type * as grpc from '@grpc/grpc-js';

export interface HooksTarget {
  client: grpc.Client;
  implemented: ReadonlySet<string>;
  metadata: () => grpc.Metadata;
}
