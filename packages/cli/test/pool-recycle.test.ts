import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";

// piscina replaced by an emitter whose tasks the test settles itself, to see when the pool
// replaces its threads.
interface FakePool {
  options: { workerData: { fontArena: SharedArrayBuffer } };
  tasks: { task: { file: string }; settle: () => void }[];
  destroyed: boolean;
}
const pools: FakePool[] = [];
vi.mock("piscina", () => ({
  Piscina: class extends EventEmitter implements FakePool {
    tasks: FakePool["tasks"] = [];
    destroyed = false;
    constructor(readonly options: FakePool["options"]) {
      super();
      pools.push(this);
    }
    run(task: { file: string }) {
      return new Promise((resolve) => this.tasks.push({ task, settle: () => resolve({ ok: true }) }));
    }
    destroy() {
      this.destroyed = true;
      return Promise.resolve();
    }
  },
}));

const { createRenderPool } = await import("../src/export/pool.js");
const config = { formats: ["pdf"], pdfa: false, embedFonts: false };
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("the render pool's threads", () => {
  it("are replaced after recycleAfter tasks each, once every running task has settled", async () => {
    const pool = createRenderPool({ jobs: 2, recycleAfter: 2 });
    const first = ["a", "b", "c", "d"].map((file) => pool.run({ file, config }));
    await tick();
    expect(pools).toHaveLength(1);
    const [old] = pools as [FakePool];
    expect(old.tasks.map((t) => t.task.file)).toEqual(["a", "b", "c", "d"]);

    // The fifth task waits: the old threads still run four tasks, and no new thread may start
    // beside them.
    const fifth = pool.run({ file: "e", config });
    await tick();
    expect(pools).toHaveLength(1);
    expect(old.destroyed).toBe(false);
    for (const task of old.tasks.slice(0, 3)) task.settle();
    await tick();
    expect(pools).toHaveLength(1);

    old.tasks[3]?.settle();
    await Promise.all(first);
    await tick();
    expect(old.destroyed).toBe(true);
    expect(pools).toHaveLength(2);
    const fresh = pools[1] as FakePool;
    expect(fresh.tasks.map((t) => t.task.file)).toEqual(["e"]);
    // The font files already read stay in the one arena every generation shares.
    expect(fresh.options.workerData.fontArena).toBe(old.options.workerData.fontArena);
    fresh.tasks[0]?.settle();
    await expect(fifth).resolves.toEqual({ ok: true });
    await pool.destroy();
    expect(fresh.destroyed).toBe(true);
  });
});
