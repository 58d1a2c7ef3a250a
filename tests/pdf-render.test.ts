import type { Document } from "@briefing/core";
import { renderPdf, renderPdfStream } from "@briefing/pdf";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { normalizeText, type ReadPdf, readPdf, structureRoles } from "./support/pdf-text.js";
import {
  fillerParagraphs,
  heading,
  paragraph,
  sampleDocument,
  sampleStyles,
  text,
} from "./support/sample-document.js";

// Rendering parses the 7.7 MB Japanese font once per worker: allow for a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const TITLE_JA =
  "人身取引グローバル行動計画の履行状況評価に係る国連ハイレベル総会における木村大使ステートメント";
const ERA_DATE = "令和3年11月23日";
const MIXED = `On ${ERA_DATE} the Ambassador said 「人身取引は、重大な人権侵害です。」 and thanked the President.`;

function statementDocument(): Document {
  return sampleDocument([
    paragraph("title", TITLE_JA),
    paragraph("body", ERA_DATE),
    paragraph("salutation", "Thank you, Mr. President,"),
    paragraph(
      "body",
      "This year marks the 20",
      text("th", { marks: ["sup"] }),
      " anniversary of the Convention.",
    ),
    paragraph("body", MIXED),
    ...fillerParagraphs(24),
    paragraph("closing", "Thank you, Mr. President."),
  ]);
}

describe("renderPdf read back with pdfjs-dist", () => {
  let bytes: Uint8Array;
  let read: ReadPdf;
  beforeAll(async () => {
    bytes = await renderPdf(statementDocument(), { file: "statement.json" });
    read = await readPdf(bytes);
  });

  test("the text holds every paragraph, the Japanese title and the era date exactly", () => {
    const all = normalizeText(read.content);
    for (const block of statementDocument().blocks) {
      if (block.kind !== "paragraph") continue;
      const expected = block.inlines.map((inline) => (inline.kind === "text" ? inline.text : "")).join("");
      expect(all).toContain(normalizeText(expected));
    }
    expect(all).toContain(TITLE_JA);
    expect(all).toContain(ERA_DATE);
    expect(all).toContain("20th anniversary");
    expect(all).not.toContain("Page 1 of");
  });

  test("Japanese characters are set in the Japanese family and Latin text in the Latin one", () => {
    const items = read.pages.flatMap((page) => page.items);
    const japanese = /[\u3000-\u9fff\uff00-\uffef]/u;
    const mixedItems = items.filter(
      (item) => MIXED.includes(item.text.trim()) && item.text.trim().length > 0,
    );
    expect(mixedItems.some((item) => japanese.test(item.text))).toBe(true);
    for (const item of items) {
      if (japanese.test(item.text)) expect(item.font).toMatch(/^NotoSerifJP-/);
      if (/[A-Za-z]/.test(item.text)) expect(item.font).toMatch(/^NotoSerif-/);
    }
  });

  test("a superscript is smaller and raised above the baseline", () => {
    const items = (read.pages[0]?.items ?? []).filter((item) => item.text.trim() !== "");
    const index = items.findIndex((item) => item.text === "th");
    const th = items[index];
    const before = items[index - 1];
    expect(before?.text).toMatch(/20$/);
    expect(th).toBeDefined();
    expect(before).toBeDefined();
    expect((th?.y ?? 0) - (before?.y ?? 0)).toBeGreaterThan(2);
  });

  test("every page says Page X of Y", () => {
    const pages = read.pages.length;
    expect(pages).toBeGreaterThan(1);
    read.pages.forEach((page, index) => {
      expect(normalizeText(page.text)).toContain(`Page ${index + 1} of ${pages}`);
    });
  });

  test("every font is embedded and subset", () => {
    const raw = Buffer.from(bytes).toString("latin1");
    const descriptors = raw.match(/<<[^>]*\/Type \/FontDescriptor[\s\S]*?>>/g) ?? [];
    expect(descriptors.length).toBeGreaterThanOrEqual(2);
    for (const descriptor of descriptors) {
      expect(descriptor).toMatch(/\/FontFile2 \d+ 0 R/);
      expect(descriptor).toMatch(/\/FontName \/[A-Z]{6}\+/);
    }
    expect(raw).not.toMatch(/\/Subtype \/Type1/);
  });

  test("the info dictionary carries the metadata", async () => {
    const { info, metadata } = (await read.pdf.getMetadata()) as unknown as {
      info: Record<string, unknown>;
      metadata: { get(name: string): unknown } | null;
    };
    expect(info.Title).toBe("Sample statement");
    expect(info.Author).toBe("Japan");
    expect(info.Subject).toBe("Sample meeting");
    expect(info.Keywords).toBe("sample, briefing");
    expect(info.Language).toBe("en");
    expect(info.CreationDate).toBe("D:20000101000000Z");
    expect(metadata?.get("dc:title")).toBe("Sample statement");
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/DisplayDocTitle true/);
  });

  test("the output is tagged, with a structure tree and Lang on Japanese spans", async () => {
    expect(await read.pdf.getMarkInfo()).toMatchObject({ Marked: true });
    const { roles, langs } = await structureRoles(read);
    expect(roles).toContain("Document");
    expect(roles).toContain("P");
    expect(roles).toContain("Span");
    expect(langs).toContain("ja");
  });

  test("justified lines reach the right margin, except a paragraph's last line", () => {
    // Page 2 holds only filler paragraphs, set justified: three full lines and a short last one.
    const page = read.pages[1];
    const right = 595.28 - 72;
    const lines = new Map<number, number>();
    for (const item of page?.items ?? []) {
      if (item.artifact || item.text.trim() === "") continue;
      const y = Math.round(item.y);
      lines.set(y, Math.max(lines.get(y) ?? 0, item.x + item.width));
    }
    const ends = [...lines.values()];
    const full = ends.filter((end) => Math.abs(end - right) < 1.5).length;
    const short = ends.filter((end) => end < right - 30).length;
    expect(full).toBeGreaterThan(10);
    expect(short).toBeGreaterThan(2);
    expect(full + short).toBe(ends.length);
  });

  test("two renders are byte-identical", async () => {
    const again = await renderPdf(statementDocument(), { file: "statement.json" });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  test("the file ID follows the content, not only the metadata", async () => {
    const fileIds = (pdf: Uint8Array) =>
      Buffer.from(pdf)
        .toString("latin1")
        .match(/\/ID \[<([0-9a-f]+)> <\1>\]/)?.[1];
    const other = statementDocument();
    other.blocks.push(paragraph("body", "One more paragraph."));
    const id = fileIds(bytes);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(fileIds(await renderPdf(other))).not.toBe(id);
  });
});

describe("renderPdf options", () => {
  test("--pdfa writes PDF/A-2 identification into the XMP metadata", async () => {
    const bytes = await renderPdf(statementDocument(), { pdfa: true });
    const { metadata } = (await (await readPdf(bytes)).pdf.getMetadata()) as {
      metadata: { get(name: string): unknown } | null;
    };
    expect(metadata?.get("pdfaid:part")).toBe("2");
    expect(metadata?.get("pdfaid:conformance")).toBe("B");
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/OutputIntents/);
  });

  test("SOURCE_DATE_EPOCH sets the creation date", async () => {
    const previous = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = "1700000000";
    try {
      const read = await readPdf(await renderPdf(statementDocument()));
      const { info } = (await read.pdf.getMetadata()) as unknown as {
        info: Record<string, unknown>;
      };
      expect(info.CreationDate).toBe("D:20231114221320Z");
      expect(info.ModDate).toBe("D:20231114221320Z");
    } finally {
      if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = previous;
    }
  });

  test("a character no font covers is a warning naming U+XXXX and the file", async () => {
    const warnings: string[] = [];
    const document = sampleDocument([paragraph("body", "A face: \u{1F600}, again \u{1F600}.")]);
    await renderPdf(document, {
      file: "faces.md",
      onWarning: (w) => warnings.push(`${w.file}: ${w.message}`),
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^faces\.md: .*U\+1F600/);
    const archival: string[] = [];
    await renderPdf(document, { file: "faces.md", pdfa: true, onWarning: (w) => archival.push(w.message) });
    expect(archival).toHaveLength(1);
    expect(archival[0]).toMatch(/U\+1F600.*left out/);
  });

  test("the stream variant gives the same bytes for a long book", async () => {
    const book = sampleDocument([heading(1, "a", "A"), ...fillerParagraphs(120)]);
    const chunks: Buffer[] = [];
    for await (const chunk of renderPdfStream(book)) chunks.push(chunk as Buffer);
    const streamed = Buffer.concat(chunks);
    expect((await readPdf(streamed)).pages.length).toBeGreaterThan(8);
    expect(streamed.equals(Buffer.from(await renderPdf(book)))).toBe(true);
  });

  test("a Japanese paragraph is justified by character spacing, its last line flush left", async () => {
    const sentence = "人身取引は、重大な人権侵害であり、国境を越えて行われる深刻な犯罪です。";
    // At 13 pt, 34.7 full-width characters fit the 451 pt measure: each line is 9 pt short.
    const styles = sampleStyles({ body: { size: 13, align: "justify" } });
    const read = await readPdf(
      await renderPdf(sampleDocument([paragraph("body", sentence.repeat(6))], { styles })),
    );
    const ends = new Map<number, number>();
    for (const item of read.pages[0]?.items ?? []) {
      if (item.artifact || item.text.trim() === "") continue;
      const y = Math.round(item.y);
      ends.set(y, Math.max(ends.get(y) ?? 0, item.x + item.width));
    }
    const lines = [...ends.entries()].sort((a, b) => b[0] - a[0]).map(([, end]) => end);
    expect(lines.length).toBeGreaterThan(3);
    const right = 595.28 - 72;
    for (const end of lines.slice(0, -1)) expect(Math.abs(end - right)).toBeLessThan(1.5);
    expect(normalizeText(read.content)).toContain(sentence.repeat(6));
  });

  test("links: to a heading by #id and to a URL, each tagged as a Link", async () => {
    const document = sampleDocument([
      paragraph(
        "body",
        "See ",
        text("the annex", { href: "#annex" }),
        " and ",
        text("the UN site", { href: "https://www.un.org/" }),
        ".",
      ),
      { kind: "pageBreak" },
      heading(1, "annex", "Annex"),
    ]);
    const read = await readPdf(await renderPdf(document));
    const annotations = (await (await read.pdf.getPage(1)).getAnnotations()) as {
      subtype: string;
      dest?: unknown;
      url?: string;
      structParent?: number;
    }[];
    const links = annotations.filter((annotation) => annotation.subtype === "Link");
    expect(links).toHaveLength(2);
    const internal = links.find((link) => link.dest !== undefined);
    const explicit = await read.pdf.getDestination(internal?.dest as string);
    expect((await read.pdf.getPageIndex(explicit?.[0] as { num: number; gen: number })) + 1).toBe(2);
    expect(links.find((link) => link.url)?.url).toBe("https://www.un.org/");
    for (const link of links) expect(link.structParent).toBeGreaterThanOrEqual(0);
    expect((await structureRoles(read)).roles).toContain("Link");
    expect(normalizeText(read.content)).toContain("See the annex and the UN site.");
  });

  test("onPages hears the page count", async () => {
    let pages = 0;
    const bytes = await renderPdf(sampleDocument([heading(1, "a", "A"), ...fillerParagraphs(40)]), {
      onPages: (n) => {
        pages = n;
      },
    });
    expect(pages).toBe((await readPdf(bytes)).pages.length);
  });
});
