import { describe, expect, it } from "vitest";
import { parseShard, selectShard, shardOf } from "../src/export/shard.js";

const inputs = Array.from({ length: 200 }, (_, i) => ({ relative: `dir${i % 7}/statement-${i}.md` }));

describe("shards", () => {
  it("parses i/n and rejects nonsense", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "1", "-1/2"])
      expect(() => parseShard(bad)).toThrow(/--shard/);
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
