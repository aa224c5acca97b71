/**
 * gRPC status codes by number, spelled as Go's `codes.Code.String()` (google.golang.org/grpc/codes
 * code_string.go) — the `grpc_code` label values of go-grpc-middleware's Prometheus metrics — and
 * the gRPC call types of its `grpc_type` label.
 */
export const GO_CODE_NAMES = [
  'OK',
  'Canceled',
  'Unknown',
  'InvalidArgument',
  'DeadlineExceeded',
  'NotFound',
  'AlreadyExists',
  'PermissionDenied',
  'ResourceExhausted',
  'FailedPrecondition',
  'Aborted',
  'OutOfRange',
  'Unimplemented',
  'Internal',
  'Unavailable',
  'DataLoss',
  'Unauthenticated',
] as const;

export type GoCodeName = (typeof GO_CODE_NAMES)[number];

/** Go prints unknown codes as `Code(N)`; we keep the label set bounded and call them Unknown. */
export function goCodeName(code: number | undefined): GoCodeName {
  return GO_CODE_NAMES[code ?? 2] ?? 'Unknown';
}

export type GrpcType = 'unary' | 'client_stream' | 'server_stream' | 'bidi_stream';

export function grpcType(requestStream: boolean, responseStream: boolean): GrpcType {
  if (requestStream) return responseStream ? 'bidi_stream' : 'client_stream';
  return responseStream ? 'server_stream' : 'unary';
}

/** `/pkg.Service/Method` → [`pkg.Service`, `Method`]. */
export function splitMethodPath(path: string): [service: string, method: string] {
  const slash = path.lastIndexOf('/');
  return slash > 0 ? [path.slice(1, slash), path.slice(slash + 1)] : ['unknown', 'unknown'];
}
