import { it } from "vitest";
import { checkFixture, importFixture, loadFixtures, MEASURED } from "./support/fixture-expectations.js";

it("set score", () => {
  const lo = Number(process.env.LO ?? 201),
    hi = Number(process.env.HI ?? 218);
  let ok = 0,
    all = 0,
    fok = 0,
    fall = 0;
  for (const f of loadFixtures()) {
    const n = Number.parseInt(f.name, 10);
    if (n < lo || n > hi) continue;
    const checks = checkFixture(importFixture(f.name), f.expect);
    for (const c of checks) {
      fall++;
      if (c.ok) fok++;
      if ((MEASURED as readonly string[]).includes(c.field)) {
        all++;
        if (c.ok) ok++;
      }
    }
  }
  console.log(
    `SETSCORE ${lo}-${hi}: measured ${ok}/${all} (${((ok / all) * 100).toFixed(1)} %), all facts ${fok}/${fall}`,
  );
});
