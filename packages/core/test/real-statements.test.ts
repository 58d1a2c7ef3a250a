import { describe, expect, it } from "vitest";
import { checkFixture, type FieldCheck, importFixture, loadFixtures, MEASURED } from "./support/fixture-expectations.js";

/**
 * Fixtures written in our own words after reading real statements on ministry and mission
 * pages, each with the fields a person read from it by hand (`*.expected.yaml`). Every
 * hand-read fact is checked; the few that the importer still gets wrong are listed in
 * KNOWN_MISSES with the reason, so a new miss fails and a fixed one must be taken off the list.
 */
const KNOWN_MISSES: Record<string, string[]> = {};

const fixtures = loadFixtures();
const results = fixtures.map((fixture) => {
  const result = importFixture(fixture.name);
  return { fixture, result, checks: checkFixture(result, fixture.expect) };
});

describe("real statement shapes, read as a person reads them", () => {
  for (const { fixture, checks } of results) {
    it(`${fixture.name}`, () => {
      const known = new Set(KNOWN_MISSES[fixture.name] ?? []);
      const missed = checks.filter((check) => !check.ok && !known.has(check.field));
      const fixed = checks.filter((check) => check.ok && known.has(check.field)).map((check) => check.field);
      expect(missed.map(describeMiss)).toEqual([]);
      expect(fixed, "fixed: take these off KNOWN_MISSES").toEqual([]);
    });
  }

  it("gets at least 90 % of the measured hand-read fields right", () => {
    const measured = results.flatMap(({ checks }) => checks.filter((check) => (MEASURED as readonly string[]).includes(check.field)));
    const byField = new Map<string, { ok: number; all: number }>();
    for (const check of measured) {
      const tally = byField.get(check.field) ?? { ok: 0, all: 0 };
      tally.all++;
      if (check.ok) tally.ok++;
      byField.set(check.field, tally);
    }
    const ok = measured.filter((check) => check.ok).length;
    const lines = [...byField].map(([field, { ok, all }]) => `${field} ${ok}/${all}`);
    console.log(`real-statement fields: ${ok}/${measured.length} (${((ok / measured.length) * 100).toFixed(1)} %) — ${lines.join(", ")}`);
    expect(ok / measured.length).toBeGreaterThanOrEqual(0.9);
  });
});

function describeMiss(check: FieldCheck): string {
  return `${check.field}: expected ${JSON.stringify(check.expected)}, got ${JSON.stringify(check.actual)}`;
}
