// The web page's files: `root` at `/` and each mount at its prefix, GET and HEAD only, no
// directory listings or dotfiles; nothing else on disk is reachable.

import type { WebAssets } from "@briefing/web";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export function registerWebAssets(app: FastifyInstance, assets: WebAssets): void {
  const common = { list: false, serveDotFiles: false, etag: true, lastModified: false } as const;
  app.register(fastifyStatic, { ...common, root: assets.root, prefix: "/", index: "index.html" });
  for (const mount of assets.mounts) {
    // Only the first registration may decorate the reply; the others only add routes.
    app.register(fastifyStatic, {
      ...common,
      root: mount.dir,
      prefix: mount.prefix,
      index: false,
      decorateReply: false,
    });
  }
}
