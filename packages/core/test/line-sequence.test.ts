import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GREETINGS_FOR_TESTS } from "../src/import/paragraph-roles.js";
import { LineSequence, ListItem, LONGEST_LINE } from "../src/text/line-sequence.js";

describe("LineSequence", () => {
  const ab = new ListItem("a(?:-b)?", "(?![a-z])", "");
  const bc = new ListItem("b-c", "(?![a-z])", "");

  it("backtracks into an item's ends, as one regular expression would", () => {
    // "a-b" is one item, but only "a" then the item "b-c" reads the whole line.
    const line = new LineSequence([{ items: [ab, bc], separator: /-/y }], /$/y);
    const whole = /^(?:a(?:-b)?|b-c)(?:-(?:a(?:-b)?|b-c))*$/;
    for (const text of ["a-b-c", "a-b", "a", "a-b-a-b-c", "b-c-a-b", "a-c", "a-b-", "b-c-c"])
      expect(line.test(text), text).toBe(whole.test(text));
  });

  it("tries an optional step skipped and taken", () => {
    const line = new LineSequence(
      [{ match: /x/y }, { match: /,?y/y, optional: true }, { match: /,y!/y }],
      /$/y,
    );
    expect(line.test("x,y!")).toBe(true);
    expect(line.test("xy,y!")).toBe(true);
    expect(line.test("xy!")).toBe(false);
  });

  it("joins two of the joined item by their own separator only", () => {
    const line = new LineSequence(
      [{ items: [ab, bc], separator: /;/y, joined: { item: ab, separator: /\+/y } }],
      /$/y,
    );
    expect(line.test("a+a-b;b-c")).toBe(true);
    expect(line.test("a+b-c")).toBe(false);
  });

  it("walks each place once: a long line of greetings that fails at its end is quick", () => {
    const item = new ListItem("a|a-a", "(?![a-z])", "");
    const line = new LineSequence([{ items: [item], separator: /-/y }], /!$/y);
    const items = (LONGEST_LINE - 2) / 2;
    expect(line.test(`${"a-".repeat(items)}a?`)).toBe(false);
    expect(line.test(`${"a-".repeat(items)}a!`)).toBe(true);
    // Longer than a line: never a greeting.
    expect(line.test(`${"a-".repeat(items + 1)}a!`)).toBe(false);
  });

  it("needs sticky rules", () => {
    expect(() => new LineSequence([{ match: /x/ }], /$/y)).toThrow(/sticky/);
  });
});

// The greeting rules were each one regular expression; each is now a sequence sharing one
// compiled list of addresses. Here they are held to the regular expressions they stand for.
describe("the greeting rules answer as the regular expressions they replaced", () => {
  const { parts, rules } = GREETINGS_FOR_TESTS;
  const address = `(?:${parts.address.join("|")})`;
  const addresses = `${address}(?:\\s*(?:[,;/&]\\s*(?:and\\s+)?|and\\s+)${address})*`;
  const oracles = {
    ADDRESS_LINE: new RegExp(
      `^(?:${addresses})\\s*[,:;!.–—-]?$|^(?:${addresses})(?:${parts.remit})?\\s*[,:;!–—-]$`,
      "iu",
    ),
    CLOSING_THANKS: new RegExp(
      `^(?:${parts.thanks})(?:\\s*,?\\s*(?:${addresses}))?(?:\\s+(?:all|everyone|again))?(?:\\s*,?\\s*for your (?:kind |patient )?attention)?(?:\\s*,?\\s*(?:${addresses}))?\\s*[.!]?$`,
      "iu",
    ),
    OPENING_THANKS: new RegExp(
      `^(?:${parts.thanks})\\s*,?\\s*(?:${addresses}|${parts.officeNamed})(?:\\s*[,;]\\s*(?:and\\s+)?(?:${addresses}|${parts.officeNamed}))*\\s*[,:;.!]?$`,
      "iu",
    ),
    NAMED_ADDRESS_LINE: new RegExp(
      `^(?:${parts.named}|${parts.officeNamed}|${addresses})(?:\\s*[,;]\\s*(?:and\\s+|y\\s+|et\\s+)?(?:${parts.named}|${parts.officeNamed}|${addresses}))*\\s*[,;:]$`,
      "u",
    ),
  };

  const greetings = [
    "Mr. President",
    "Madam Chair",
    "Mr. Chairman",
    "Excellencies",
    "Your Excellency",
    "distinguished delegates",
    "Ladies and Gentlemen",
    "dear colleagues",
    "all",
    "High Commissioner Türk",
    "Ambassador Okafor",
    "Under-Secretary-General Lindqvist",
    "Heads of State and Government",
    "Good afternoon everyone",
    "Co-Chairs",
    "Members of the Board",
    "President of the General Assembly",
    "H.E. Mr. Tomas Berg, President of the Security Council",
    "Ms. Ana Ruiz, Co-Chair",
    "All protocols duly observed",
    "Honourable Ministers",
    "Minister Sato",
    "again",
    "for your kind attention",
    "Special Rapporteur on the right to water",
  ];
  const separators = [", ", " and ", "; ", " / ", " & ", ", and ", ",", " ", " y ", " et "];
  const openings = [
    "",
    "",
    "Thank you ",
    "Thank you, ",
    "Thank you so much, ",
    "I thank you, ",
    "Thanks, ",
    "Merci, ",
  ];
  const endings = ["", ",", ".", ":", ";", "!", " –", " for your attention.", " all.", " again."];
  // A seeded generator (mulberry32): the same lines on every run.
  let seed = 20_261_202;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const generated: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    let line = pick(openings) + pick(greetings);
    for (let n = Math.floor(random() * 4); n > 0; n--) line += pick(separators) + pick(greetings);
    generated.push(line + pick(endings));
  }
  const fixtures = join(import.meta.dirname, "../../../tests/fixtures/statements");
  const fixtureLines = readdirSync(fixtures).flatMap((name) =>
    readFileSync(join(fixtures, name), "utf8")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && line.length < 400),
  );

  it.each(Object.keys(oracles) as (keyof typeof oracles)[])("%s", (name) => {
    const rule = rules[name];
    const oracle = oracles[name];
    const differ = [...generated, ...fixtureLines].filter((line) => rule.test(line) !== oracle.test(line));
    expect(differ).toEqual([]);
    // The lines hold both answers in numbers, so the comparison means something.
    expect(generated.filter((line) => oracle.test(line)).length).toBeGreaterThan(200);
  });
});
