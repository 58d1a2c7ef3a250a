import { fileURLToPath } from "node:url";
import { readStatementFile, statementToDocument } from "@briefing/core";
import { renderPdf } from "@briefing/pdf";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { normalizeText, type ReadPdf, readPdf } from "./support/pdf-text.js";
import { justifiedLineStretches, type LineStretch } from "./support/word-spaces.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// The longest English statement among the fixtures (justified body text, briefing template).
const LONG_ENGLISH = fileURLToPath(
  new URL("./fixtures/statements/151-south-africa-african-group-wipo-blog-caps.txt", import.meta.url),
);
const NOTO_SERIF = "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf";
// A4 less the briefing template's 24 mm right margin.
const RIGHT_MARGIN = 595.28 - (24 * 72) / 25.4;

describe("justified word spaces, read back with pdfjs-dist", () => {
  let read: ReadPdf;
  let stretches: LineStretch[];
  let paragraphs: string[];
  beforeAll(async () => {
    const { statement } = readStatementFile(LONG_ENGLISH);
    paragraphs = statement.body.flatMap((block) =>
      block.type === "paragraph" ? [normalizeText(block.runs.map((run) => run.text).join(""))] : [],
    );
    const { document } = statementToDocument(statement, { template: "briefing", file: LONG_ENGLISH });
    read = await readPdf(await renderPdf(document, { file: LONG_ENGLISH }));
    stretches = justifiedLineStretches(read, "NotoSerif-Regular", NOTO_SERIF, RIGHT_MARGIN);
  });

  test("no justified line stretches a word space beyond twice its natural width", () => {
    const worst = Math.max(...stretches.map((line) => line.ratio));
    console.info(
      `justified lines: ${stretches.length}, worst word space ${worst.toFixed(3)}× natural, ` +
        `${stretches.filter((line) => line.ratio > 2).length} over 2×`,
    );
    // The measurement sees the justified lines (a test over no lines could not fail).
    expect(stretches.length).toBeGreaterThanOrEqual(8);
    expect(worst).toBeGreaterThan(1);
    for (const line of stretches) expect(line.ratio, line.text).toBeLessThanOrEqual(2.01);
  });

  test("loose lines end in a hyphenated word; the hyphen is an artifact and the words read whole", () => {
    const hyphens = read.pages.flatMap((page) =>
      page.items.filter((item) => item.artifact && item.text === "-"),
    );
    expect(hyphens.length).toBeGreaterThan(0);
    const content = normalizeText(read.content);
    for (const paragraph of paragraphs) expect(content).toContain(paragraph);
    // Each hyphen sits at the right margin, where its line ends.
    for (const hyphen of hyphens) expect(hyphen.x + hyphen.width).toBeCloseTo(RIGHT_MARGIN, 0);
  });
});

describe("a hyphenated compound at a loose line end, read back with pdfjs-dist", () => {
  // Fixture 513: "… and to thank the Secretary-General for his briefing …", where "Secretary-" did
  // not fit after a loose line and the line was left ragged.
  const KUWAIT = fileURLToPath(
    new URL(
      "./fixtures/statements/513-kuwait-mofa-gov-kw-news-pm-copy-timestamp-line-short-month-date-third-person-lead-text-of-which-was-colon-curly-quote-glued-to-first-vocative-single-breaks-peace-mercy-blessings-closing-quote-en.txt",
      import.meta.url,
    ),
  );
  let read: ReadPdf;
  beforeAll(async () => {
    const { statement } = readStatementFile(KUWAIT);
    const { document } = statementToDocument(statement, { template: "briefing", file: KUWAIT });
    read = await readPdf(await renderPdf(document, { file: KUWAIT }));
  });

  test("the compound's first part is hyphenated at the margin, and the text reads it whole", () => {
    const page = read.pages[0];
    const hyphen = page?.items.find(
      (item, at) => item.artifact && item.text === "-" && /Secre$/.test(page.items[at - 1]?.text ?? ""),
    );
    expect(hyphen, "a hyphen drawn after “Secre”").toBeDefined();
    expect((hyphen?.x ?? 0) + (hyphen?.width ?? 0)).toBeCloseTo(RIGHT_MARGIN, 0);
    expect(normalizeText(read.content)).toContain("to thank the Secretary-General for his briefing");
  });
});
