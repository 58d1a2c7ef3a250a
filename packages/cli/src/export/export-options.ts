// The options of `briefing export`: as commander parses them, and as the main thread checks
// them into a plan for the export thread (which must not load the command's modules).

import type { Shard } from "./shard.js";

export const DEFAULT_TEMPLATE = "briefing";

export interface ExportOptions {
  out: string;
  to: string;
  template?: string;
  templates?: string;
  jobs?: string;
  timeout: string;
  maxMemory: string;
  changed?: boolean;
  shard?: string;
  json?: boolean;
  verbose?: boolean;
  quiet?: boolean;
  pdfa?: boolean;
  embedFonts?: boolean;
}

/** The command line read and checked (on the main thread, so a usage error stops at once). */
export interface ExportPlan {
  formats: string[];
  requestedJobs?: number;
  timeoutMs: number;
  maxMemoryMb: number;
  shard?: Shard;
  /** `--out`, absolute. */
  outDir: string;
  template: string;
  templatesDir?: string;
  pdfa: boolean;
  embedFonts: boolean;
  changed: boolean;
  json: boolean;
  verbose: boolean;
  quiet: boolean;
}
