# mm-bridge sidecar image: `mm-bridge serve` next to a stock Mattermost server (see docker/README.md).
#
#   docker build -t mm-bridge .
#   docker run --rm mm-bridge --help        # the commands; `docker run --rm mm-bridge demo` runs an example
#
# Language plugins run inside this container, started by the sidecar from the bundles it reads in the
# shared plugins volume, so the runtimes they need are here: Node 20, and Python 3 with venv/pip and the
# Python SDK (mattermost_plugin_bridge) installed in /opt/mm-bridge/venv, which is first on PATH.
#
# Runs as uid/gid 2000, the user of the stock Mattermost image: the server extracts plugin bundles with
# directories of mode 0744, which only their owner can enter.
#
# Not built in this repository's CI (no Docker there): test/unit/deploy-files.test.ts parses this file,
# checks every COPY source, and runs the HEALTHCHECK and ENTRYPOINT/CMD commands outside Docker.

ARG NODE_IMAGE=node:20-bookworm-slim

# Runtime base shared by the final image and the Python venv stage (same interpreter at the same path).
FROM ${NODE_IMAGE} AS runtime-base
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates python3 python3-venv \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/* \
 && groupadd --gid 2000 mm-bridge \
 && useradd --uid 2000 --gid 2000 --create-home --shell /usr/sbin/nologin mm-bridge \
 && mkdir -p /mattermost/plugins \
 && chown 2000:2000 /mattermost/plugins

# The Python SDK and its dependencies (grpcio, protobuf) in a venv.
FROM runtime-base AS python-sdk
COPY sdk/python /tmp/sdk-python
RUN python3 -m venv /opt/mm-bridge/venv \
 && /opt/mm-bridge/venv/bin/pip install --no-cache-dir --disable-pip-version-check /tmp/sdk-python \
 && /opt/mm-bridge/venv/bin/python -c 'import grpc, mattermost_plugin_bridge'

# Compile the TypeScript (dev dependencies only here).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY sdk/node/src ./sdk/node/src
COPY examples ./examples
RUN npm run build

# Production dependencies only.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM runtime-base
LABEL org.opencontainers.image.title="mm-bridge" \
      org.opencontainers.image.description="Sidecar that runs Mattermost server plugins written in any language" \
      org.opencontainers.image.licenses="Apache-2.0"
WORKDIR /app
ENV NODE_ENV=production \
    PATH=/opt/mm-bridge/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
# npm stays (`mm-bridge pack` installs a Node plugin's dependencies with it); yarn is not used.
RUN rm -rf /opt/yarn-* /usr/local/bin/yarn /usr/local/bin/yarnpkg
COPY --from=python-sdk /opt/mm-bridge/venv /opt/mm-bridge/venv
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
# The compiled Node SDK and its loader: language plugins import @mattermost-plugin-bridge/sdk from here.
COPY --from=build /app/dist/sdk ./dist/sdk
COPY sdk/node/loader ./sdk/node/loader
COPY package.json ./
COPY bin ./bin
COPY proto/mattermost ./proto/mattermost
# TypeScript sources: src/generated (the contract and schema the bridge reads), and src + sdk/node/src
# for Node plugins run through tsx (the demo's examples/hello-node).
COPY src ./src
COPY sdk/node/src ./sdk/node/src
COPY examples ./examples
# The stub executable `mm-bridge pack` writes into bundles.
COPY stub ./stub
RUN ln -s /app/bin/mm-bridge.js /usr/local/bin/mm-bridge
USER 2000:2000
# 8071: attach listener (MM_BRIDGE_LISTEN); 9478: admin HTTP (MM_BRIDGE_ADMIN_ADDR): /metrics, /healthz,
# /readyz, /v1/plugins. The one-time net/rpc listeners use MM_BRIDGE_RPC_PORTS (default: ephemeral).
EXPOSE 8071 9478
# /healthz on the admin address (MM_BRIDGE_ADMIN_ADDR, default 0.0.0.0:9478). Not /readyz: that answers
# 503 until a plugin has attached, and the Mattermost server starts plugins only once this is healthy.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "const a=process.env.MM_BRIDGE_ADMIN_ADDR||'0.0.0.0:9478',i=a.lastIndexOf(':'),h=a.slice(0,i).replace(/^\\[|\\]$/g,'');fetch('http://'+(['','0.0.0.0','::'].includes(h)?'127.0.0.1':h.includes(':')?'['+h+']':h)+':'+a.slice(i+1)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["mm-bridge"]
CMD ["serve"]
