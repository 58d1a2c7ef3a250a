import { describe, expect, it } from "vitest";
import { parseShard, selectShard, shardOf } from "../src/export/shard.js";

const inputs = Array.from({ length: 200 }, (_, i) => ({ relative: `dir${i % 7}/statement-${i}.md` }));

describe("shards", () => {
  it("parses i/n and rejects nonsense", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "1", "-1/2"])
      expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it("auto reads the index and count a Kubernetes Indexed Job or a CI matrix sets", () => {
    expect(parseShard("auto/4", { JOB_COMPLETION_INDEX: "0" })).toEqual({ index: 1, count: 4 });
    expect(parseShard("auto/4", { JOB_COMPLETION_INDEX: "3" })).toEqual({ index: 4, count: 4 });
    expect(parseShard("auto", { CI_NODE_INDEX: "2", CI_NODE_TOTAL: "5" })).toEqual({ index: 2, count: 5 });
    expect(parseShard("auto", { CIRCLE_NODE_INDEX: "0", CIRCLE_NODE_TOTAL: "3" })).toEqual({
      index: 1,
      count: 3,
    });
    expect(parseShard("auto", { BUILDKITE_PARALLEL_JOB: "1", BUILDKITE_PARALLEL_JOB_COUNT: "2" })).toEqual({
      index: 2,
      count: 2,
    });
    expect(parseShard("auto", { SEMAPHORE_JOB_INDEX: "3", SEMAPHORE_JOB_COUNT: "3" })).toEqual({
      index: 3,
      count: 3,
    });
    // briefing's own variables win over a runner's, so a user can override what the runner sets.
    expect(
      parseShard("auto", {
        BRIEFING_SHARD_INDEX: "1",
        BRIEFING_SHARD_COUNT: "2",
        CI_NODE_INDEX: "2",
        CI_NODE_TOTAL: "2",
      }),
    ).toEqual({ index: 1, count: 2 });
    // A count given on the command line wins over the environment's.
    expect(parseShard("auto/2", { CI_NODE_INDEX: "2", CI_NODE_TOTAL: "9" })).toEqual({ index: 2, count: 2 });
  });

  it("auto says what is missing or out of range", () => {
    expect(() => parseShard("auto", {})).toThrow(/no shard index in the environment.*JOB_COMPLETION_INDEX/);
    expect(() => parseShard("auto", { JOB_COMPLETION_INDEX: "1" })).toThrow(/--shard auto\/<completions>/);
    expect(() => parseShard("auto/2", { JOB_COMPLETION_INDEX: "2" })).toThrow(
      /not a shard of 2.*counts from 0/,
    );
    expect(() => parseShard("auto", { CI_NODE_INDEX: "0", CI_NODE_TOTAL: "2" })).toThrow(/counts from 1/);
    expect(() => parseShard("auto", { CI_NODE_INDEX: "1", CI_NODE_TOTAL: "x" })).toThrow(/CI_NODE_TOTAL/);
    expect(() => parseShard("auto/0", { JOB_COMPLETION_INDEX: "0" })).toThrow(/--shard auto\/0/);
  });

  it("are disjoint, cover the set, and are not lopsided", () => {
    const count = 4;
    const shards = Array.from({ length: count }, (_, i) => selectShard(inputs, { index: i + 1, count }));
    const all = shards.flat().map((input) => input.relative);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(inputs.map((input) => input.relative).sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(200 / count / 2);
  });

  it("keep a file in its shard when others are added", () => {
    const before = shardOf("dir1/statement-1.md", 3);
    expect(selectShard([...inputs, { relative: "new.md" }], { index: before, count: 3 })).toContainEqual({
      relative: "dir1/statement-1.md",
    });
  });

  it("1/1 and no shard are the whole set", () => {
    expect(selectShard(inputs, { index: 1, count: 1 })).toEqual(inputs);
    expect(selectShard(inputs, undefined)).toEqual(inputs);
  });
});
