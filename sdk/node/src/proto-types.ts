/**
 * How proto values look in JavaScript, for the generated message types (./generated). Messages
 * are converted by protobufjs with the bridge's conversion options (src/bridge/grpc/contract.ts):
 *
 * - a field at its proto3 default (0, '', false, an empty list or map, an unset message) is
 *   absent from a received message, so every field is optional;
 * - 64-bit integers are received as decimal strings (no precision lost above 2^53) and may be
 *   sent as strings or numbers;
 * - bytes are received as Buffers and sent as any Uint8Array (Buffer included);
 * - enums are received as their value names and may be sent as names or numbers;
 * - a received message names the field set in each oneof in a property named after the oneof
 *   (`kind: 'string_value'` on a google.protobuf.Value; `_x: 'x'` for a proto3 `optional x`).
 *
 * Each generated message type takes a form: Received (the default) for what the SDK hands a
 * plugin (hook requests, API responses), Sent for what a plugin passes (API requests, hook
 * responses). Received is a subtype of Sent: a received message can always be sent back unchanged.
 */

/** The form of messages a plugin passes: API requests, hook responses. */
export interface Sent {
  int64: string | number;
  bytes: Uint8Array;
  enumNumber: number;
}

/** The form of messages the SDK hands a plugin: hook requests, API responses. */
export interface Received extends Sent {
  int64: string;
  bytes: Buffer;
  enumNumber: never;
}

/** The type parameter of every generated message type: Received or Sent. */
export type Form = Sent;

/** int64, uint64, sint64, fixed64, sfixed64. */
export type Int64<F extends Form> = F['int64'];

/** bytes. */
export type Bytes<F extends Form> = F['bytes'];

/** A proto enum whose value names are E. */
export type Enum<E extends string, F extends Form> = E | F['enumNumber'];
