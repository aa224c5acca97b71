/**
 * Message size limit for every gRPC server and client of the bridge and the SDKs. gob carries
 * whole files in one value (GetFile, KVGet, UploadFile), so gRPC's 4 MiB default would refuse what
 * a Go plugin handles; 256 MiB covers Mattermost's default 100 MB file limit with headroom.
 * Override with MM_BRIDGE_MAX_MESSAGE_BYTES.
 */
export const MAX_MESSAGE_BYTES = Number(process.env.MM_BRIDGE_MAX_MESSAGE_BYTES) || 256 * 1024 * 1024;

/** HTTP/2 flow-control window of every gRPC connection (server.ts explains why). */
export const FLOW_CONTROL_WINDOW = 1024 * 1024;

export const CHANNEL_OPTIONS = {
  'grpc-node.flow_control_window': FLOW_CONTROL_WINDOW,
  'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
  'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
} as const;
