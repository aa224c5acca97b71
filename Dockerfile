# mm-bridge: the bridge and its Node SDK in one image (the sidecar image; see docker/).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/proto ./proto
COPY --from=build /app/src ./src
COPY --from=build /app/sdk ./sdk
COPY --from=build /app/examples ./examples
RUN ln -s /app/bin/mm-bridge.js /usr/local/bin/mm-bridge
USER node
ENTRYPOINT ["mm-bridge"]
CMD ["demo"]
