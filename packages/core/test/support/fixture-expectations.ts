import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { findDate } from "../../src/dates/parse-date-text.js";
import { countryNamed, countryNamedForeign } from "../../src/import/countries.js";
import type { ImportResult } from "../../src/import/import-result.js";
import { parseStatement } from "../../src/import/parse-statement.js";
import type { Run, Statement } from "../../src/statement/statement-schema.js";

export const fixturesDir = join(import.meta.dirname, "../../../../tests/fixtures/statements");

/** What a person read from a fixture by hand (`NN-name.expected.yaml`). */
export interface Expected {
  title?: string | null;
  titleJa?: string | null;
  date?: { start: string; end?: string } | null;
  venue?: string | null;
  delegation?: string | null;
  speaker?: string | null;
  bodyParagraphs?: number;
  delivery?: string | null;
  cosignatories?: string[];
  notes?: number;
  meeting?: string | null;
  notInBody?: string[];
  inBody?: string[];
  /** The statement's language (`ru`, `zh-Hant`). */
  language?: string;
  /** The first salutation paragraph's text, as written ("Г-н Председатель."). */
  salutation?: string;
}

export interface Fixture {
  name: string;
  shape: string;
  expect: Expected;
}

/** Every fixture that has hand-read expectations, in file order. */
export function loadFixtures(): Fixture[] {
  const files = readdirSync(fixturesDir).sort();
  return files
    .filter((file) => file.endsWith(".expected.yaml"))
    .map((file) => {
      const stem = file.replace(/\.expected\.yaml$/, "");
      const name = files.find((other) => other !== file && other.startsWith(`${stem}.`));
      if (!name) throw new Error(`${file} has no statement beside it`);
      const data = parse(readFileSync(join(fixturesDir, file), "utf8")) as {
        shape: string;
        expect: Expected;
      };
      return { name, shape: data.shape, expect: data.expect };
    });
}

export function importFixture(name: string): ImportResult {
  return parseStatement(readFileSync(join(fixturesDir, name)), { filename: name });
}

/** The fields the issue measures: the real-statement accuracy is computed over these. */
export const MEASURED = ["date", "delegation", "title", "titleJa", "venue", "bodyParagraphs"] as const;

export interface FieldCheck {
  field: string;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

const runsText = (runs: Run[]) => runs.map((run) => run.text).join("");
/** The spoken body as the expectations mean it: body paragraphs and lists, not addresses, closing or headings. */
export function bodyText(statement: Statement): string {
  return statement.body
    .filter((block) => block.type === "list" || (block.type === "paragraph" && block.role === "body"))
    .map((block) => (block.type === "list" ? block.items.map(runsText).join("\n") : runsText(block.runs)))
    .join("\n");
}

/** Paragraphs of spoken text: body paragraphs, a list counting as one; no salutations, closing or headings. */
export function bodyParagraphs(statement: Statement): number {
  return statement.body.filter(
    (block) => block.type === "list" || (block.type === "paragraph" && block.role === "body"),
  ).length;
}

/**
 * A title is the same with or without the date (and the place or weekday before it) that the
 * importer moves into their own fields: "…, Geneva, 24 February 2025" ends as "…"; and a post's
 * date and dash before it, "3 March 2011 - General Assembly - …", come off too.
 */
function withoutTrailingDate(text: string, keepPlace = false): string {
  let rest = withoutLeadingDate(text.trim()).replace(/[.\])]+$/, "");
  for (let round = 0; round < 2; round++) {
    const found = lastDate(rest);
    if (!found || rest.slice(found.end).replace(/[\s.,\])]/g, "") !== "") break;
    rest = rest
      .slice(0, found.start)
      .replace(/(?:\b(?:on|of)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?[\s,([–—-]*$/i, "")
      .replace(
        keepPlace
          ? /$^/
          : /(?:,\s*|\s*\()[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?(?:,\s*[\p{Lu}][\p{L} ]+)?$/u,
        "",
      )
      .replace(/[\s,([–—-]+$/, "");
  }
  return rest;
}

function withoutLeadingDate(text: string): string {
  const found = findDate(text);
  if (found?.index !== 0) return text;
  return text.slice(found.length).replace(/^\s*[–—|-]\s+/u, "");
}

function lastDate(text: string): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  let offset = 0;
  for (;;) {
    const next = findDate(text.slice(offset));
    if (!next) return found;
    found = { start: offset + next.index, end: offset + next.index + next.length };
    offset = found.end;
  }
}

function normal(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[*_"“”‘’'`]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s([{【]+|[\s.,:;)\]}】]+$/g, "")
    .trim();
}

function sameCountry(a: string, b: string): boolean {
  // A delegation is read as the text names it: "Belgique", "Italia" in French and Italian text.
  const ca = (countryNamed(a) ?? countryNamedForeign(a))?.code;
  const cb = (countryNamed(b) ?? countryNamedForeign(b))?.code;
  return ca !== undefined ? ca === cb : normal(a) === normal(b);
}

/** Compares an import with what was read by hand; one check for each expected key. */
export function checkFixture(result: ImportResult, expected: Expected): FieldCheck[] {
  const { statement } = result;
  const checks: FieldCheck[] = [];
  const check = (field: string, ok: boolean, want: unknown, got: unknown) =>
    checks.push({ field, ok, expected: want, actual: got });
  const text = (field: "title" | "titleJa" | "venue" | "speaker" | "meeting") => {
    if (!(field in expected)) return;
    const want = expected[field];
    const got = statement[field];
    if (want === null || want === undefined) return check(field, got === undefined, null, got);
    const ok =
      got !== undefined &&
      (normal(got) === normal(want) ||
        (field === "title" &&
          [withoutTrailingDate(want), withoutTrailingDate(want, true)].some(
            (variant) => normal(withoutTrailingDate(got)) === normal(variant),
          )) ||
        (field === "title" &&
          statement.delegation !== undefined &&
          normal(want).replace(new RegExp(`\\s+by\\s+(?:the\\s+)?${normal(statement.delegation)}$`), "") ===
            normal(got)));
    check(field, ok, want, got);
  };
  text("title");
  text("titleJa");
  text("venue");
  text("speaker");
  text("meeting");
  if ("date" in expected) {
    const want = expected.date;
    const got = statement.date;
    const ok =
      want === null || want === undefined
        ? got === undefined
        : got?.start === String(want.start) &&
          (got.end ?? undefined) === (want.end ? String(want.end) : undefined);
    check("date", ok, want ?? null, got && { start: got.start, end: got.end });
  }
  if ("delegation" in expected) {
    const want = expected.delegation;
    const got = statement.delegation;
    check(
      "delegation",
      want ? got !== undefined && sameCountry(got, want) : got === undefined,
      want ?? null,
      got,
    );
  }
  if (expected.language !== undefined) {
    check("language", statement.language === expected.language, expected.language, statement.language);
  }
  if (expected.salutation !== undefined) {
    const first = statement.body.find((block) => block.type === "paragraph" && block.role === "salutation");
    const got = first?.type === "paragraph" ? runsText(first.runs) : undefined;
    check("salutation", got === expected.salutation, expected.salutation, got);
  }
  if (expected.bodyParagraphs !== undefined) {
    const got = bodyParagraphs(statement);
    check("bodyParagraphs", Math.abs(got - expected.bodyParagraphs) <= 1, expected.bodyParagraphs, got);
  }
  if ("delivery" in expected) {
    const want = expected.delivery;
    const got = statement.delivery;
    check(
      "delivery",
      want ? got !== undefined && normal(got).includes(normal(want).slice(0, 20)) : got === undefined,
      want,
      got,
    );
  }
  if (expected.cosignatories) {
    const got = statement.cosignatories ?? [];
    const wanted = new Set(expected.cosignatories.map((name) => countryNamed(name)?.code ?? name));
    const have = new Set(got.map((name) => countryNamed(name)?.code ?? name));
    const delegation = statement.delegation && countryNamed(statement.delegation)?.code;
    if (delegation) {
      wanted.delete(delegation);
      have.delete(delegation);
    }
    const ok = wanted.size === have.size && [...wanted].every((code) => have.has(code));
    check("cosignatories", ok, expected.cosignatories.length, got.length);
  }
  if (expected.notes !== undefined) {
    check(
      "notes",
      (statement.notes?.length ?? 0) === expected.notes,
      expected.notes,
      statement.notes?.length ?? 0,
    );
  }
  const raw = bodyText(statement);
  const spoken = normal(raw);
  // A phrase of marks only ("*****", "____") is empty once normalised: looked for as written.
  for (const phrase of expected.notInBody ?? []) {
    const present = normal(phrase) === "" ? raw.includes(phrase.trim()) : spoken.includes(normal(phrase));
    check(`notInBody “${phrase}”`, !present, "absent", "present");
  }
  // A paragraph number ("1. First, the veto.") is numbering: the importer keeps the words.
  for (const phrase of (expected.inBody ?? []).map((text) => text.replace(/^\d{1,3}[.)]\s+/, "")))
    check(`inBody “${phrase}”`, spoken.includes(normal(phrase)), "present", "absent");
  return checks;
}
