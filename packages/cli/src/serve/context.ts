// What every route handler shares: the render queue and the server's limits and folders.

import type { RenderQueue } from "./render-queue.js";

export interface ServeContext {
  queue: RenderQueue;
  /** Worker threads: how many tasks of one request run at once. */
  jobs: number;
  maxBodyBytes: number;
  templatesDir: string | undefined;
}
