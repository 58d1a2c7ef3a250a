// Every limit of the importers, met with inputs built at test time and scaled down where the
// limit allows: each ends in a BriefingError or a warning, and no text is lost on the way.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { analyzeStatement } from "../src/analyze/analyze-statement.js";
import { BriefingError } from "../src/errors.js";
import { docxToStatement } from "../src/import/docx-to-statement.js";
import {
  MAX_DATA_NESTING,
  MAX_DOCX_PARAGRAPHS,
  MAX_EXTRA_FIELDS,
  MAX_LINES,
  MAX_MARKDOWN_NESTING,
  MAX_PARAGRAPH_CHARS,
  MAX_PARAGRAPHS,
  MAX_XML_DEPTH,
  MAX_XML_ELEMENTS,
  MAX_YAML_CHARS,
} from "../src/import/limits.js";
import { parseStatement } from "../src/import/parse-statement.js";
import type { Statement } from "../src/statement/statement-schema.js";

function failure(run: () => unknown): BriefingError {
  try {
    run();
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error("expected a BriefingError");
}

/** `file:line:col: problem — hint` (or `file: problem — hint` where a file has no lines), on one line. */
const ONE_LINE = /^[^:\n]+(?::\d+:\d+)?: [^\n]+ — [^\n]+$/;

const bodyText = (statement: Statement): string =>
  statement.body
    .flatMap((block) => (block.type === "list" ? block.items : [block.runs]))
    .map((runs) => runs.map((run) => run.text).join(""))
    .join(" ");

const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== "");

const paragraph = (text: string): Statement["body"][number] => ({
  type: "paragraph",
  role: "body",
  runs: [{ text }],
});

const segmenter = new Intl.Segmenter("ja", { granularity: "word" });
const segmenterWords = (text: string) =>
  [...segmenter.segment(text)].filter((segment) => segment.isWordLike).length;

describe("word counting of long runs without spaces", () => {
  it("counts a long Japanese paragraph exactly as segmenting it whole does", () => {
    const text = "日本は国際社会と協力して平和を守る。".repeat(600);
    expect(analyzeStatement({ body: [paragraph(text)] }).words).toBe(segmenterWords(text));
  });

  it("counts a long Japanese paragraph without punctuation within 1% of segmenting it whole", () => {
    const text = "日本は国際社会と協力して平和を守る".repeat(400);
    const whole = segmenterWords(text);
    expect(Math.abs(analyzeStatement({ body: [paragraph(text)] }).words - whole)).toBeLessThanOrEqual(
      whole / 100,
    );
  });

  it("counts a 300,000-character paragraph of Japanese", () => {
    const text = "日本は国際社会と協力して平和を守る".repeat(17_648);
    const stats = analyzeStatement({ body: [paragraph(text)] });
    expect(stats.characters).toBe(text.length);
    expect(stats.words).toBeGreaterThan(text.length / 3);
  });
});

describe("paragraphs longer than MAX_PARAGRAPH_CHARS", () => {
  it("splits a line of Latin words at sentence ends, with one warning and every word kept", () => {
    const text = "Japan supports the peaceful settlement of disputes. ".repeat(
      Math.ceil((2.5 * MAX_PARAGRAPH_CHARS) / 52),
    );
    const { statement, warnings } = parseStatement(`${text}\n`, { filename: "long.txt" });
    expect(statement.body).toHaveLength(3);
    expect(words(bodyText(statement))).toEqual(words(text));
    for (const block of statement.body)
      expect(block.type === "paragraph" && block.runs.map((run) => run.text).join("")).toMatch(/disputes\.$/);
    expect(warnings.map((warning) => `${warning.line}:${warning.column} ${warning.message}`)).toEqual([
      `1:1 a paragraph of ${text.trim().length.toLocaleString("en-US")} characters was split into 3 paragraphs, since each is limited to 50,000 characters; add line breaks between its paragraphs`,
    ]);
  });

  it("splits a line with no space at all, losing no character", () => {
    const text = "z".repeat(2 * MAX_PARAGRAPH_CHARS + 10);
    for (const filename of ["x.txt", "x.md"]) {
      const { statement, warnings } = parseStatement(`Mr. President,\n\n${text}\n`, { filename });
      expect(statement.body.map((block) => block.type === "paragraph" && block.runs[0]?.text.length)).toEqual(
        [14, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPH_CHARS, 10],
      );
      expect(warnings.map((warning) => warning.message)).toEqual([
        expect.stringContaining("was split into 3 paragraphs"),
      ]);
    }
  });

  it("splits a long paragraph of a YAML model and a long list item", () => {
    const long = "Words of the statement. ".repeat(Math.ceil((1.5 * MAX_PARAGRAPH_CHARS) / 24));
    const yaml = `body:\n  - type: paragraph\n    role: body\n    runs: [{ text: "${long}" }]\n  - type: list\n    ordered: false\n    items: [[{ text: "${long}" }]]\n`;
    const { statement, warnings } = parseStatement(yaml, { filename: "m.yaml" });
    expect(statement.body.map((block) => block.type)).toEqual(["paragraph", "paragraph", "list"]);
    expect(statement.body[2]?.type === "list" && statement.body[2].items).toHaveLength(2);
    expect(words(bodyText(statement))).toEqual(words(`${long} ${long}`));
    expect(warnings.map((warning) => `${warning.line} ${warning.message}`)).toEqual([
      `2 a paragraph of ${long.length.toLocaleString("en-US")} characters was split into 2 paragraphs, since each is limited to 50,000 characters; add line breaks between its paragraphs`,
      `5 a list item of ${long.length.toLocaleString("en-US")} characters was split into 2 list items, since each is limited to 50,000 characters; add line breaks between its paragraphs`,
    ]);
  });
});

describe("statements with too many paragraphs or lines", () => {
  it("refuses more than MAX_PARAGRAPHS paragraphs at the first one too many", () => {
    const text = Array.from({ length: MAX_PARAGRAPHS + 5 }, (_, i) => `Paragraph ${i}.`).join("\n\n");
    const error = failure(() => parseStatement(text, { filename: "many.md" }));
    expect(error.message).toMatch(ONE_LINE);
    expect(error.message).toMatch(
      /^many\.md:20001:1: the statement has 10,005 paragraphs, headings and list items \(limit 10,000\) — check that this is one statement/,
    );
  });

  it("refuses more than MAX_LINES lines, without overflowing the stack on a block of them", () => {
    const text = `Mr. President,\n\n${"and so it goes on\n".repeat(MAX_LINES + 10)}`;
    const error = failure(() => parseStatement(text, { filename: "lines.txt" }));
    expect(error.message).toMatch(
      /^lines\.txt:20002:1: the statement has 20,011 lines of text \(limit 20,000\) — /,
    );
  });

  it("refuses a .json model with too many blocks", () => {
    const body = Array.from({ length: MAX_PARAGRAPHS + 1 }, () => ({
      type: "paragraph",
      role: "body",
      runs: [{ text: "x" }],
    }));
    const error = failure(() => parseStatement(JSON.stringify({ body }), { filename: "many.json" }));
    expect(error.message).toMatch(
      /^many\.json: the statement has 10,001 paragraphs, headings and list items/,
    );
  });
});

describe("deep Markdown nesting", () => {
  const around = (markdown: string) =>
    `Mr. President,\n\nJapan welcomes the report before us today and thanks the team.\n\n${markdown}\n\nThank you.\n`;

  it("keeps every word of a list nested 12 levels, with one warning", () => {
    const list = Array.from({ length: 12 }, (_, i) => `${"  ".repeat(i)}- level${i} item of the list`).join(
      "\n",
    );
    const { statement, warnings } = parseStatement(around(list), { filename: "list.md" });
    const text = bodyText(statement);
    for (let i = 0; i < 12; i++) expect(text).toContain(`level${i} item of the list`);
    expect(warnings.map((warning) => `${warning.line} ${warning.message}`)).toEqual([
      "6 nested list flattened into its parent list",
    ]);
  });

  it("keeps every word of a blockquote 30 deep", () => {
    const quote = `${"> ".repeat(30)}deep quoted words stay here\n${"> ".repeat(30)}and so does this line`;
    const { statement, warnings } = parseStatement(around(quote), { filename: "quote.md" });
    expect(bodyText(statement)).toContain("deep quoted words stay here and so does this line");
    expect(warnings).toEqual([]);
  });

  it("keeps the text past MAX_MARKDOWN_NESTING as plain paragraphs, with one warning naming the line", () => {
    const depth = MAX_MARKDOWN_NESTING + 50;
    const quote = `${"> ".repeat(depth)}the deepest words are kept\n${"> ".repeat(depth)}with their second line`;
    const list = Array.from({ length: 60 }, (_, i) => `${"  ".repeat(i)}- level${i}`).join("\n");
    const { statement, warnings } = parseStatement(around(`${quote}\n\n${list}`), { filename: "deep.md" });
    const text = bodyText(statement);
    expect(text).toContain("the deepest words are kept with their second line");
    for (let i = 0; i < 60; i++) expect(text).toContain(`level${i}`);
    expect(warnings.map((warning) => `${warning.line} ${warning.message}`)).toEqual([
      "5 Markdown nested more than 100 levels deep (blockquotes count one level, lists two): the text from here on at that depth was kept as plain paragraphs",
      "9 nested list flattened into its parent list",
    ]);
  });

  it("reads a line of 200,000 '>' without a stack overflow", () => {
    const { statement } = parseStatement(around(`${">".repeat(200_000)} quoted words here`), {
      filename: "gt.md",
    });
    expect(bodyText(statement)).toContain("quoted words here");
  });
});

describe("UTF-16 input", () => {
  const text = "Mr. President,\n\nJapan welcomes this resolution — 日本は歓迎する.\n\nThank you.\n";
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.from(le).swap16();
  const expected = parseStatement(text, { filename: "s.txt" }).statement;

  it("reads UTF-16 with a byte order mark, either endianness, without a warning", () => {
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    ]) {
      const result = parseStatement(bytes, { filename: "s.txt" });
      expect(result.statement).toEqual(expected);
      expect(result.warnings).toEqual([]);
    }
  });

  it("reads UTF-16 without a byte order mark when its ASCII shows it, with a warning", () => {
    for (const [bytes, name] of [
      [le, "UTF-16LE"],
      [be, "UTF-16BE"],
    ] as const) {
      const result = parseStatement(bytes, { filename: "s.txt" });
      expect(result.statement).toEqual(expected);
      expect(result.warnings).toEqual([
        {
          file: "s.txt",
          line: 1,
          column: 1,
          message: `read as ${name} text without a byte order mark; save it as UTF-8 to be sure it is read right`,
        },
      ]);
    }
  });

  it("still refuses binary data and broken UTF-16", () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(failure(() => parseStatement(png, { filename: "p.txt" })).message).toMatch(
      /^p\.txt:3:1: this is a binary file, not text \(it contains NUL bytes\) — /,
    );
    const words16 = Buffer.from([0x41, 0, 0x01, 0, 0x42, 0, 0x02, 0]);
    expect(failure(() => parseStatement(words16, { filename: "w.txt" })).message).toMatch(
      /^w\.txt:1:2: this is a binary file, not text \(read as UTF-16LE, it holds control characters\) — /,
    );
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), le, Buffer.from([0x41])]);
    expect(failure(() => parseStatement(odd, { filename: "o.txt" })).message).toMatch(
      /^o\.txt:1:1: invalid UTF-16LE \(an odd number of bytes or a broken surrogate pair\) — save the file as UTF-8/,
    );
  });
});

describe("YAML and JSON limits", () => {
  const bomb = (indent = "") => {
    const lines = [`${indent}a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
    for (let level = 1; level < 9; level++) {
      const [previous, name] = [String.fromCharCode(96 + level), String.fromCharCode(97 + level)];
      lines.push(`${indent}${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    return lines.join("\n");
  };

  it("refuses an alias bomb in a YAML model or in front matter, at the first alias", () => {
    const model = `${bomb()}\nbody:\n  - type: paragraph\n    role: body\n    runs: [{ text: x }]\n`;
    expect(failure(() => parseStatement(model, { filename: "bomb.yaml" })).message).toBe(
      "bomb.yaml:2:8: the YAML's aliases (*name) expand to more than 100 copies, as in an alias bomb — write the values out instead of using &anchors and *aliases",
    );
    const front = `---\n${bomb()}\n---\nText.\n`;
    expect(failure(() => parseStatement(front, { filename: "bomb.md" })).message).toMatch(
      /^bomb\.md:3:8: the YAML's aliases \(\*name\) expand to more than 100 copies/,
    );
  });

  it("refuses data nested deeper than MAX_DATA_NESTING before parsing it", () => {
    const brackets = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    for (const [text, filename, at] of [
      [brackets, "deep.yaml", "1:65"],
      [brackets, "deep.json", "1:65"],
      [`{"body": [], "extra": {"a": ${brackets}}}`, "extra.json", "1:91"],
      [`---\ntitle: ${brackets}\n---\nText.\n`, "deep.md", "2:72"],
      [Array.from({ length: 100 }, (_, i) => `${"  ".repeat(i)}a:`).join("\n"), "indent.yaml", "66:131"],
    ] as const) {
      const error = failure(() => parseStatement(text, { filename }));
      expect(error.message).toMatch(ONE_LINE);
      expect(error.message).toContain(
        `${filename}:${at}: the data is nested more than ${MAX_DATA_NESTING} levels deep — `,
      );
    }
  });

  it("does not count brackets inside quoted or block text", () => {
    const text = `body:\n  - type: paragraph\n    role: body\n    runs:\n      - text: "${"[".repeat(100)}"\n      - text: |\n          ${"{".repeat(100)}\n`;
    expect(bodyText(parseStatement(text, { filename: "text.yaml" }).statement)).toBe(
      `${"[".repeat(100)}${"{".repeat(100)}\n`,
    );
  });

  it("finds a duplicate key at its line, in time in proportion to the number of keys", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: x`).join("\n");
    const error = failure(() => parseStatement(`${keys}\nk7: again\nbody: []\n`, { filename: "dup.yaml" }));
    expect(error.message).toMatch(/^dup\.yaml:20001:1: invalid YAML: Map keys must be unique — /);
  });

  it("refuses YAML longer than MAX_YAML_CHARS and more than MAX_EXTRA_FIELDS fields of one's own", () => {
    const long = `title: "${"x".repeat(MAX_YAML_CHARS)}"\nbody: []\n`;
    expect(failure(() => parseStatement(long, { filename: "long.yaml" })).message).toMatch(
      /^long\.yaml:1:1: the YAML is 2,000,019 characters long \(limit 2,000,000\) — /,
    );
    const fields = Array.from({ length: MAX_EXTRA_FIELDS + 1 }, (_, i) => `field${i}: x`).join("\n");
    expect(
      failure(() => parseStatement(`---\n${fields}\n---\nText.\n`, { filename: "f.md" })).message,
    ).toMatch(/^f\.md:2:1: the front matter has 1,001 fields of its own \(limit 1,000\) — /);
  });
});

describe("Word files", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const docx = (body: string, more: Record<string, Uint8Array> = {}) =>
    zipSync({
      "word/document.xml": strToU8(
        `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
      ),
      ...more,
    });

  /** The bytes with the uncompressed size of `name` in the zip directory (and local header) moved by `delta`. */
  function lieAbout(bytes: Uint8Array, name: string, delta: number): Uint8Array {
    const out = bytes.slice();
    const view = new DataView(out.buffer);
    const encoded = strToU8(name);
    for (let at = 0; at + 46 < out.length; at++) {
      const signature = view.getUint32(at, true);
      const [sizeAt, nameAt] =
        signature === 0x02014b50 ? [24, 46] : signature === 0x04034b50 ? [22, 30] : [-1, -1];
      if (sizeAt < 0) continue;
      const named = out.subarray(at + nameAt, at + nameAt + encoded.length);
      if (named.every((byte, i) => byte === encoded[i]))
        view.setUint32(at + sizeAt, view.getUint32(at + sizeAt, true) + delta, true);
    }
    return out;
  }

  const message = (bytes: Uint8Array) => failure(() => docxToStatement(bytes, "w.docx")).message;

  it("refuses a part or a package that expands past the limits, before inflating it", () => {
    const small = docx(p("Text."), { "word/media/image1.png": new Uint8Array(1000) });
    expect(message(lieAbout(small, "word/document.xml", 17 * 1024 * 1024))).toMatch(
      /^w\.docx: the Word file's word\/document\.xml expands to 17\.0 MB \(limit 16\.0 MB\) — /,
    );
    expect(message(lieAbout(small, "word/media/image1.png", 70 * 1024 * 1024))).toMatch(
      /^w\.docx: the Word file expands to 70\.0 MB \(limit 64\.0 MB\) — /,
    );
  });

  it("refuses a part that inflates to more or less than its zip directory declares", () => {
    const bytes = docx(p("First paragraph.") + p("Second paragraph, which a short size would cut off."));
    expect(docxToStatement(bytes, "w.docx").statement.body).toHaveLength(2);
    expect(message(lieAbout(bytes, "word/document.xml", -40))).toMatch(
      /^w\.docx: the Word file is damaged: word\/document\.xml inflates to more than the \d+ bytes its zip directory declares — open it in Word and save it again/,
    );
    expect(message(lieAbout(bytes, "word/document.xml", 40))).toMatch(
      /^w\.docx: the Word file is damaged: word\/document\.xml inflates to \d+ bytes, not the \d+ its zip directory declares — /,
    );
  });

  it("refuses XML with too many paragraphs or elements, or nested too deep", () => {
    expect(message(docx("<w:p/>".repeat(MAX_DOCX_PARAGRAPHS + 1)))).toMatch(
      /^w\.docx: the Word file's word\/document\.xml has more than 20,000 paragraphs — /,
    );
    expect(message(docx(`<w:p>${"<w:r/>".repeat(MAX_XML_ELEMENTS)}</w:p>`))).toMatch(
      /^w\.docx: the Word file's word\/document\.xml has more than 300,000 XML elements — /,
    );
    const deep = `${"<w:sdt><w:sdtContent>".repeat(MAX_XML_DEPTH)}${p("x")}${"</w:sdtContent></w:sdt>".repeat(MAX_XML_DEPTH)}`;
    expect(message(docx(deep))).toMatch(
      /^w\.docx: the Word file's word\/document\.xml nests XML elements more than 256 deep — /,
    );
  });

  it("refuses a Word file of more than MAX_PARAGRAPHS paragraphs", () => {
    expect(message(docx(p("Text.").repeat(MAX_PARAGRAPHS + 1)))).toMatch(
      /^w\.docx: the statement has 10,001 paragraphs, headings and list items \(limit 10,000\) — /,
    );
  });
});
