// `briefing export --shard i/n`: an input's shard comes from a SHA-256 of its relative path, so
// machines split a batch alike without talking, and adding a file moves no other.

import { createHash } from "node:crypto";
import { CliError, EXIT_USAGE } from "../cli-error.js";

/** One part of a split export: `index` counts from 1 to `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Where a parallel runner says which part this process is: the index variable, whether it
 * counts from 0, and the count variable (Kubernetes sets no count: give it as `auto/n`).
 */
const SHARD_SOURCES = [
  { name: "briefing", index: "BRIEFING_SHARD_INDEX", fromZero: false, count: "BRIEFING_SHARD_COUNT" },
  { name: "Kubernetes Indexed Job", index: "JOB_COMPLETION_INDEX", fromZero: true, count: undefined },
  { name: "GitLab CI parallel", index: "CI_NODE_INDEX", fromZero: false, count: "CI_NODE_TOTAL" },
  { name: "CircleCI parallelism", index: "CIRCLE_NODE_INDEX", fromZero: true, count: "CIRCLE_NODE_TOTAL" },
  {
    name: "Buildkite parallelism",
    index: "BUILDKITE_PARALLEL_JOB",
    fromZero: true,
    count: "BUILDKITE_PARALLEL_JOB_COUNT",
  },
  {
    name: "Semaphore parallelism",
    index: "SEMAPHORE_JOB_INDEX",
    fromZero: false,
    count: "SEMAPHORE_JOB_COUNT",
  },
] as const;

/**
 * Parses `--shard i/n` (1 ≤ i ≤ n), or `auto` / `auto/n`: the index (and count) from the
 * environment a Kubernetes Indexed Job or a CI matrix sets, so one command line serves every pod.
 */
export function parseShard(text: string, env: NodeJS.ProcessEnv = process.env): Shard {
  const auto = /^auto(?:\/(\d+))?$/.exec(text.trim());
  if (auto) return shardFromEnvironment(text, auto[1] === undefined ? undefined : Number(auto[1]), env);
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new CliError(`--shard expects i/n with 1 ≤ i ≤ n, e.g. 2/4, or auto (got "${text}")`, EXIT_USAGE);
  }
  return { index, count };
}

function shardFromEnvironment(text: string, givenCount: number | undefined, env: NodeJS.ProcessEnv): Shard {
  const source = SHARD_SOURCES.find((candidate) => (env[candidate.index] ?? "") !== "");
  if (!source) {
    throw new CliError(
      `--shard ${text}: no shard index in the environment (looked for ${SHARD_SOURCES.map((s) => s.index).join(", ")}) — run it in an Indexed Job or a CI matrix, or give --shard i/n`,
      EXIT_USAGE,
    );
  }
  const rawIndex = env[source.index] ?? "";
  const rawCount = source.count === undefined ? undefined : env[source.count];
  const count = givenCount ?? (rawCount === undefined || rawCount === "" ? Number.NaN : Number(rawCount));
  if (!Number.isInteger(count) || count < 1) {
    throw new CliError(
      source.count === undefined
        ? `--shard ${text}: ${source.name} sets ${source.index} but no shard count — give it as --shard auto/<completions>`
        : `--shard ${text}: ${source.count} must be a whole number ≥ 1 (got "${rawCount ?? ""}")`,
      EXIT_USAGE,
    );
  }
  const index = /^\d+$/.test(rawIndex) ? Number(rawIndex) + (source.fromZero ? 1 : 0) : Number.NaN;
  if (!Number.isInteger(index) || index < 1 || index > count) {
    throw new CliError(
      `--shard ${text}: ${source.index}=${rawIndex} is not a shard of ${count} (${source.name} counts from ${source.fromZero ? 0 : 1})`,
      EXIT_USAGE,
    );
  }
  return { index, count };
}

/**
 * The shard an input belongs to, from a hash of its path relative to the export's root:
 * every machine computes the same split without talking to the others, shards never
 * overlap, and adding a file never moves the others to another shard.
 */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash("sha256").update(relativePath).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The inputs that belong to `shard` (all of them when there is no shard). */
export function selectShard<T extends { relative: string }>(
  inputs: readonly T[],
  shard: Shard | undefined,
): T[] {
  if (!shard || shard.count === 1) return [...inputs];
  return inputs.filter((input) => shardOf(input.relative, shard.count) === shard.index);
}
