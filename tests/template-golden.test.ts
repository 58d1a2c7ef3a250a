import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Document,
  DocumentSchema,
  readStatementFile,
  type Statement,
  statementsToBook,
  statementToDocument,
} from "@briefing/core";
import { beforeAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("..", import.meta.url));
const seeds = {
  "2021-11-23": fileURLToPath(
    new URL("../examples/2021-11-23-unga-trafficking-in-persons.txt", import.meta.url),
  ),
  "2017-06-08": fileURLToPath(
    new URL("../examples/2017-06-08-apmbc-cooperation-and-assistance.txt", import.meta.url),
  ),
};

/** Font paths and the checkout location differ per machine; goldens keep what follows them. */
function normalise(document: Document): string {
  for (const family of Object.values(document.fonts)) {
    for (const [face, path] of Object.entries(family.files)) {
      expect(existsSync(path), `${face} font file ${path}`).toBe(true);
      family.files[face as keyof typeof family.files] = path.replace(
        /^.*[\\/]node_modules[\\/]/,
        "<node_modules>/",
      );
    }
  }
  return `${JSON.stringify(document, null, 2).replaceAll(repo, "<repo>/")}\n`;
}

/** Invariants a renderer relies on, checked apart from the golden text. */
function checkContract(document: Document, statements: Statement[]): void {
  expect(DocumentSchema.parse(document)).toEqual(document);
  const named = [...document.blocks, ...document.page.header, ...document.page.footer].flatMap((block) => {
    if (block.kind === "table") return block.rows.flatMap((row) => row.cells.map((cell) => cell.style));
    if (block.kind === "toc")
      return [block.style, ...block.entries.map((entry) => `${block.style}-${entry.level}`)];
    return "style" in block ? [block.style] : [];
  });
  for (const style of named) expect(document.styles, `style ${style}`).toHaveProperty([style]);
  // The statement's own paragraphs, and only those, use the role styles.
  const roles = document.blocks.flatMap((block) =>
    block.kind === "paragraph" && ["body", "salutation", "closing"].includes(block.style)
      ? [block.style]
      : [],
  );
  const expected = statements.flatMap((statement) =>
    statement.body.flatMap((block) => (block.type === "paragraph" ? [block.role] : [])),
  );
  expect(roles).toEqual(expected);
}

describe("golden Documents of the seeds under each built-in template", () => {
  const statements: Record<string, Statement> = {};
  beforeAll(async () => {
    delete process.env.SOURCE_DATE_EPOCH;
    for (const [name, path] of Object.entries(seeds)) statements[name] = readStatementFile(path).statement;
  });

  for (const template of ["briefing", "reading-copy"]) {
    for (const seed of Object.keys(seeds)) {
      it(`${template} × ${seed}`, async () => {
        const statement = statements[seed] as Statement;
        const { document, warnings } = statementToDocument(statement, { template });
        expect(warnings).toEqual([]);
        checkContract(document, [statement]);
        await expect(normalise(document)).toMatchFileSnapshot(`golden/template/${template}-${seed}.json`);
      });
    }
  }

  it("book × both seeds", async () => {
    const both = [statements["2017-06-08"], statements["2021-11-23"]] as Statement[];
    const { document, warnings } = statementsToBook(both, { generatedDate: "2021-11-23" });
    expect(warnings).toEqual([]);
    checkContract(document, both);
    await expect(normalise(document)).toMatchFileSnapshot("golden/template/book-seeds.json");
  });

  it("is deterministic: the same input gives the same Document", () => {
    const statement = statements["2017-06-08"] as Statement;
    expect(JSON.stringify(statementToDocument(statement).document)).toBe(
      JSON.stringify(statementToDocument(statement).document),
    );
  });
});
