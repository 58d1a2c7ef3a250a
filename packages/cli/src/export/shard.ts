// `briefing export --shard i/n`: an input's shard comes from a SHA-256 of its relative path, so
// machines split a batch alike without talking, and adding a file moves no other.

import { createHash } from "node:crypto";
import { CliError, EXIT_USAGE } from "../cli-error.js";

/** One part of a split export: `index` counts from 1 to `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `--shard i/n` (1 ≤ i ≤ n). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new CliError(`--shard expects i/n with 1 ≤ i ≤ n, e.g. 2/4 (got "${text}")`, EXIT_USAGE);
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
