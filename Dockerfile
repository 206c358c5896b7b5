# syntax=docker/dockerfile:1
# Taiwa in one container: the Fastify API, the bot endpoint and the built tab, served by one Node
# process. Build: docker build -t taiwa .   Run: see docs/deploy.md for the environment variables.

# ---- build: every dependency, compile the server (api/, bot/) and bundle the tab ----
FROM node:22-slim AS build
WORKDIR /app
# Manifests first, so the dependency layer is reused while only sources change.
COPY package.json package-lock.json .npmrc ./
COPY api/package.json api/
COPY bot/package.json bot/
COPY tab/package.json tab/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime: production dependencies of the server workspaces and the built output only ----
FROM node:22-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    AUTH_MODE=entra \
    DATA_DIR=/app/.data
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY api/package.json api/
COPY bot/package.json bot/
COPY tab/package.json tab/
# The tab is static files at run time, so only the api and bot workspaces need their dependencies.
RUN npm ci --omit=dev --no-audit --no-fund --workspace=api --workspace=bot \
    && npm cache clean --force
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/bot/dist bot/dist
COPY --from=build /app/tab/dist tab/dist
# The embedded database (used only when DATABASE_URL is unset) needs a writable folder.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3978
# No curl in the slim image; Node's fetch does the probe. Shell form, so ${PORT} is the runtime value.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:${PORT}/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "api/dist/main.js"]
