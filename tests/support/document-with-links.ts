import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Document, parseStatement, statementToDocument } from "@briefing/core";

const seed = "2021-11-23-unga-trafficking-in-persons.txt";

/** An example's Document with two external links in the body and one in the header. */
export function documentWithLinks(): Document {
  const file = join(import.meta.dirname, "..", "..", "examples", seed);
  const { statement } = parseStatement(readFileSync(file), { filename: file });
  const { document } = statementToDocument(statement, { template: "briefing" });
  document.blocks.push({
    kind: "paragraph",
    style: "body",
    inlines: [
      {
        kind: "text",
        text: "The Plan of Action ",
        href: "https://www.unodc.org/unodc/en/human-trafficking/",
      },
      { kind: "text", text: "and its review", href: "https://www.un.org/pga/76/#trafficking" },
      { kind: "text", text: "." },
    ],
  });
  document.page.header = [
    {
      kind: "paragraph",
      style: "header",
      inlines: [{ kind: "text", text: "Mission of Japan", href: "https://www.un.emb-japan.go.jp/" }],
    },
  ];
  return document;
}
