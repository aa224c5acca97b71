/**
 * Go encoding/gob for the bridge: a stream encoder and an I/O-free stream decoder.
 *
 * Why our own codec: there is no usable gob implementation on npm (libraries.md Q2: nothing among
 * the registry's packages; only Go, Python (pygob), Rust (rust-gob) and a Haxe transpilation
 * exist). And compatibility is the whole point: the Mattermost host speaks net/rpc + gob to its
 * plugins, so every byte must be what Go's encoding/gob writes and accepts — per-stream type
 * tables with ids >= 64, outer-first definitions, the interface "split message" form, zero-field
 * omission, 64-bit integers. Golden vectors from real Go (test/vectors, `go run . generate`) and a
 * Go-side verifier of our output (`go run . verify`) pin that.
 *
 * Spec: golang/go src/encoding/gob/doc.go; notes with byte examples: wire-goplugin.md §6–7.
 * Values model: types.ts. Layout: wire.ts (primitives), wire-type.ts (type definitions),
 * encoder.ts, decoder.ts, time.ts (time.Time marshalling).
 */
export * from './types.ts';
export { GobError, type GobErrorCode } from './errors.ts';
export { GobEncoder, type GobEncoderOptions } from './encoder.ts';
export { GobDecoder, type GobDecoderOptions, type GobDecoded } from './decoder.ts';
export {
  TIME_TYPE,
  GO_UNIX_EPOCH_SECONDS,
  goTimeFromBytes,
  goTimeToBytes,
  goTimeToDate,
  goTimeFromDate,
  type GoTime,
} from './time.ts';
export { typeString, hasInterface } from './type-util.ts';
