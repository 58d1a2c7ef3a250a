# briefing serve in a container: the web page and HTTP API, stateless, behind any load balancer.
# The same image runs batch exports (`briefing export … --shard auto/N` in a Kubernetes Indexed Job);
# see docs/serve.md.
#
#   docker build -t briefing .
#   docker run --rm -p 8080:8080 -e BRIEFING_TOKEN=change-me briefing

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npx -y pnpm@10 install --frozen-lockfile && npx -y pnpm@10 run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
# Production dependencies only (the fonts are npm packages: no download at run time). Every
# workspace manifest is copied so the lockfile matches the workspace and --frozen-lockfile holds.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/core/package.json packages/core/
COPY packages/pdf/package.json packages/pdf/
COPY packages/docx/package.json packages/docx/
COPY packages/web/package.json packages/web/
COPY packages/cli/package.json packages/cli/
COPY templates templates
COPY tests/package.json tests/
RUN npx -y pnpm@10 install --prod --frozen-lockfile && npm cache clean --force
COPY --from=build /app/packages/core/dist packages/core/dist
COPY --from=build /app/packages/pdf/dist packages/pdf/dist
COPY --from=build /app/packages/docx/dist packages/docx/dist
COPY --from=build /app/packages/web/dist packages/web/dist
COPY --from=build /app/packages/web/public packages/web/public
COPY --from=build /app/packages/cli/dist packages/cli/dist
USER node
EXPOSE 8080
HEALTHCHECK CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "/app/packages/cli/dist/bin.js"]
# Listening beyond loopback needs a token: set BRIEFING_TOKEN (the server refuses to start without it).
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]
