// The public API of each package, snapshotted (as shiki does) so that adding, removing or
// retyping an export shows in review as a change to tests/exports/<package>.yaml.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { declaredExports } from "./support/declared-exports.js";

const root = join(import.meta.dirname, "..");
const packages = ["core", "pdf", "docx", "web", "cli"] as const;

function kindOf(value: unknown): string {
  if (typeof value === "function")
    return /^class\b/.test(Function.prototype.toString.call(value)) ? "class" : "function";
  if (value !== null && typeof value === "object" && "safeParse" in value) return "zod schema";
  return typeof value;
}

describe("public API", () => {
  for (const name of packages) {
    it(`@briefing/${name} exports what tests/exports/${name}.yaml lists`, async () => {
      const dir = join(root, "packages", name);
      const source = readFileSync(join(dir, "src/index.ts"), "utf8");
      expect(source, "explicit exports only: `export *` hides API changes").not.toMatch(/export\s+\*/);
      const declared = declaredExports(source);
      const module = (await import(pathToFileURL(join(dir, "dist/index.js")).href)) as Record<
        string,
        unknown
      >;
      expect(Object.keys(module).sort()).toEqual([...declared.values].sort());
      const lines = [
        `# @briefing/${name}: every exported name and what it is. Made by tests/exports.test.ts;`,
        "# after a deliberate API change: npx vitest run tests/exports.test.ts -u",
        ...[...declared.values, ...declared.types]
          .sort((a, b) => a.localeCompare(b, "en"))
          .map((key) => `${key}: ${declared.types.has(key) ? "type" : kindOf(module[key])}`),
      ];
      await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot(
        join(import.meta.dirname, "exports", `${name}.yaml`),
      );
    });
  }
});
