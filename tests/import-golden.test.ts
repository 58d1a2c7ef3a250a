import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeStatement, parseStatement } from "@briefing/core";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
// Named relative to the repository (as a user would type it), read wherever the tests run from.
const readStatementFile = (file: string) =>
  parseStatement(readFileSync(join(root, file)), { filename: file });
const golden = (name: string) =>
  JSON.parse(readFileSync(join(root, "tests/golden/import", `${name}.statement.json`), "utf8"));

// The goldens were generated once and then checked by hand against the seed text: every field,
// every paragraph and its role, the <sup>th</sup> run. A change here is a behaviour change.
describe("the seed statements parse to their verified models", () => {
  it("seed 000: Japanese title line, 令和 date, 木村大使, opening and closing thanks", async () => {
    const name = "2021-11-23-unga-trafficking-in-persons";
    const { statement, warnings } = readStatementFile(`examples/${name}.txt`);
    expect(statement).toEqual(golden(name));
    expect(warnings).toEqual([]);
    expect(statement.titleJa).toBe(
      "人身取引グローバル行動計画の履行状況評価に係る国連ハイレベル総会における木村大使ステートメント",
    );
    expect(statement.title).toBeUndefined();
    expect(statement.speaker).toBe("木村大使");
    expect(statement.date).toEqual({ start: "2021-11-23", text: "令和3年11月23日" });
    expect(statement.delegation).toBe("Japan");
    const paragraphs = statement.body.filter((block) => block.type === "paragraph");
    expect(paragraphs).toHaveLength(15);
    expect(paragraphs[0]).toEqual({
      type: "paragraph",
      role: "salutation",
      runs: [{ text: "Thank you, Mr. President," }],
    });
    expect(paragraphs.at(-1)).toEqual({
      type: "paragraph",
      role: "closing",
      runs: [{ text: "Thank you, Mr. President." }],
    });
  });

  it("seed 002: meeting from two headings, date range and venue, title and delegation, the sup run", async () => {
    const name = "2017-06-08-apmbc-cooperation-and-assistance";
    // The seed as given: a .txt file that holds Markdown. It is sniffed and read as Markdown.
    const { statement, warnings } = readStatementFile(`examples/${name}.txt`);
    expect(statement).toEqual(golden(name));
    expect(warnings).toEqual([
      {
        file: `examples/${name}.txt`,
        line: 1,
        column: 1,
        message:
          "this .txt file holds Markdown (“#” headings), so it was read as Markdown; save it as .md to say so",
      },
    ]);
    // Exactly what the same text gives as a .md file, but for the file name.
    const asMarkdown = parseStatement(readFileSync(join(root, `examples/${name}.txt`)), {
      filename: `${name}.md`,
    });
    expect({ ...asMarkdown.statement, source: statement.source }).toEqual(statement);
    expect(asMarkdown.warnings).toEqual([]);
    expect(statement.meeting).toBe("Anti-Personnel Mine Ban Convention — Intersessional meetings");
    expect(statement.date).toEqual({ start: "2017-06-08", end: "2017-06-09", text: "8 - 9 June 2017" });
    expect(statement.venue).toBe("Geneva");
    expect(statement.title).toBe("Statement on Enhancement of Cooperation and Assistance");
    expect(statement.delegation).toBe("Japan");
    expect(statement.speaker).toBeUndefined();
    expect(statement.body).toHaveLength(9);
    const runs = statement.body.flatMap((block) => (block.type === "paragraph" ? block.runs : []));
    expect(runs).toContainEqual({ text: "th", marks: ["sup"] });
  });

  it("keeps the seeds' text word for word (only header lines and tags leave the body)", async () => {
    for (const file of [
      "examples/2021-11-23-unga-trafficking-in-persons.txt",
      "examples/2017-06-08-apmbc-cooperation-and-assistance.txt",
    ]) {
      const source = readFileSync(join(root, file), "utf8").replace(/<\/?sup>/g, "");
      const { statement } = readStatementFile(file);
      for (const block of statement.body) {
        if (block.type === "paragraph") expect(source).toContain(block.runs.map((run) => run.text).join(""));
      }
      expect(analyzeStatement(statement).words).toBeGreaterThan(300);
    }
  });
});
