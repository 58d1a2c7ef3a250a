import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";

// piscina replaced by an emitter that answers every task, so the test can emit what piscina emits
// when an aborted task's answer arrives late.
const pools: EventEmitter[] = [];
vi.mock("piscina", () => ({
  Piscina: class extends EventEmitter {
    constructor() {
      super();
      pools.push(this);
    }
    run() {
      return Promise.resolve({ ok: true });
    }
    destroy() {
      return Promise.resolve();
    }
  },
}));

const { createRenderPool } = await import("../src/export/pool.js");

describe("the render pool", () => {
  it("drops a late answer for an aborted task instead of crashing, and still throws anything else", async () => {
    const pool = createRenderPool({ jobs: 1 });
    await pool.run({ file: "a.txt", config: { formats: ["pdf"], pdfa: false, embedFonts: false } });
    const [piscina] = pools;
    if (!piscina) throw new Error("no pool was made");
    expect(() =>
      piscina.emit("error", new Error("Unexpected message from Worker: { taskId: 31, result: {} }")),
    ).not.toThrow();
    expect(() => piscina.emit("error", new Error("something else"))).toThrow("something else");
    await pool.destroy();
  });
});
