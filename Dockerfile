# syntax=docker/dockerfile:1.7
#
# One image runs every app; the command picks which (default: the standalone process):
#   docker build -t booking-platform .
#   docker run booking-platform                                          # standalone (SQLite + in-process read store)
#   docker run booking-platform node dist/apps/command-api/src/main.js
#   docker run booking-platform node dist/apps/query-api/src/main.js
#   docker run booking-platform node dist/apps/projector/src/main.js
# The gateway (nginx + the built SPA) is another target of the same build:
#   docker build --target gateway -t booking-gateway .

ARG NODE_IMAGE=node:24-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.27-alpine

# Only the package manifests, so the dependency layers below rebuild only when they change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
RUN --mount=type=bind,target=/src \
    cd /src && cp package.json package-lock.json /app/ && \
    find apps libs web -mindepth 1 -maxdepth 2 -name package.json -exec cp --parents {} /app/ \;

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=manifests /app ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime dependencies only; nothing in them needs an install script (native parts such as the
# KurrentDB client's bridge ship prebuilt for linux-x64-gnu, which node:24-slim is).
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY --from=manifests /app ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${NGINX_IMAGE} AS gateway
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/web/dist /usr/share/nginx/html
EXPOSE 8080

# Last stage: what `docker build .` produces.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS="--disable-warning=ExperimentalWarning --enable-source-maps" \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/data \
    WEB_DIST=/app/web/dist
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
CMD ["node", "dist/apps/standalone/src/main.js"]
