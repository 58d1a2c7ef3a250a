import { describe, expect, it } from "vitest";
import { BriefingError } from "../src/errors.js";
import { parseStatement } from "../src/import/parse-statement.js";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))),
  );

function failure(run: () => unknown): BriefingError {
  try {
    run();
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error("expected a BriefingError");
}

const DIAGNOSTIC = /^[^:]+:\d+:\d+: .+ — .+$/;

describe("decoding input", () => {
  it("drops a BOM and reads CRLF and CR line ends like LF", () => {
    const lf = parseStatement("Mr. President,\n\nJapan welcomes this.\n\nThank you.\n", {
      filename: "a.txt",
    });
    const crlf = parseStatement(
      bytes([0xef, 0xbb, 0xbf], "Mr. President,\r\n\r\nJapan welcomes this.\r\n\r\nThank you.\r\n"),
      {
        filename: "a.txt",
      },
    );
    const cr = parseStatement("\uFEFFMr. President,\r\rJapan welcomes this.\r\rThank you.", {
      filename: "a.txt",
    });
    expect(crlf).toEqual(lf);
    expect(cr).toEqual(lf);
    expect(lf.statement.body.map((block) => block.type === "paragraph" && block.role)).toEqual([
      "salutation",
      "body",
      "closing",
    ]);
  });

  it("refuses an empty or blank file", () => {
    for (const input of ["", "  \n\n\t\n", bytes([0xef, 0xbb, 0xbf])]) {
      const error = failure(() => parseStatement(input, { filename: "empty.md" }));
      expect(error.message).toMatch(DIAGNOSTIC);
      expect(error.message).toContain("empty.md:1:1: the file is empty");
    }
  });

  it("refuses binary data, naming where the NUL byte is", () => {
    const error = failure(() => parseStatement(bytes("ab\ncd", [0, 1, 2]), { filename: "x.txt" }));
    expect(error.message).toMatch(/^x\.txt:2:3: this is a binary file/);
    expect(error.message).toMatch(DIAGNOSTIC);
  });

  it("refuses invalid UTF-8 at the exact line and column", () => {
    const error = failure(() =>
      parseStatement(bytes("Mr. President,\n\n日本 ", [0x82, 0xa0], " text"), { filename: "sjis.txt" }),
    );
    expect(error.message).toMatch(
      /^sjis\.txt:3:4: invalid UTF-8 \(byte 0x82 at offset 23\) — save the file as UTF-8/,
    );
  });

  it("keeps a genuine U+FFFD and finds the invalid byte after it", () => {
    const error = failure(() => parseStatement(bytes("\uFFFD ok\nbad ", [0xff]), { filename: "r.txt" }));
    expect(error.message).toMatch(/^r\.txt:2:5: invalid UTF-8 \(byte 0xff/);
  });

  it("refuses input over the size limit", () => {
    const error = failure(() =>
      parseStatement(new Uint8Array(2048).fill(65), { filename: "big.txt", maxBytes: 1024 }),
    );
    expect(error.message).toMatch(/^big\.txt:1:1: the file is too large/);
  });

  it("names the extensions it reads when it does not know one", () => {
    const error = failure(() => parseStatement("text", { filename: "notes.rtf" }));
    expect(error.message).toMatch(
      /^notes\.rtf:1:1: briefing cannot read \.rtf files — .*\.txt \.md .*\.yaml .*\.json/,
    );
  });
});

describe("YAML and JSON models", () => {
  it("reports invalid YAML with its line and column", () => {
    const error = failure(() =>
      parseStatement("title: ok\nbody:\n  - type: paragraph\n   role: body\n", { filename: "s.yaml" }),
    );
    expect(error.message).toMatch(/^s\.yaml:4:\d+: invalid YAML: .+ — fix the YAML syntax/);
    expect(error.message).not.toContain("\n");
  });

  it("names the field path and its line:col for a schema violation", () => {
    const yaml = "title: ok\nbody:\n  - type: paragraph\n    role: greeting\n    runs: []\n";
    expect(failure(() => parseStatement(yaml, { filename: "s.yml" })).message).toMatch(
      /^s\.yml:4:11: body\[0\]\.role: /,
    );
    const unknown =
      "title: ok\ntitel: typo\nbody:\n  - type: heading\n    level: 1\n    runs: [{ text: x }]\n";
    expect(failure(() => parseStatement(unknown, { filename: "s.yml" })).message).toMatch(
      /^s\.yml:2:1: titel: unknown field/,
    );
    const missing = "title: ok\n";
    expect(failure(() => parseStatement(missing, { filename: "s.yml" })).message).toMatch(
      /^s\.yml:1:1: body: /,
    );
    const deep = "body:\n  - type: paragraph\n    role: body\n    runs:\n      - text: 42\n";
    expect(failure(() => parseStatement(deep, { filename: "s.yml" })).message).toMatch(
      /^s\.yml:5:15: body\[0\]\.runs\[0\]\.text: /,
    );
  });

  it("refuses a YAML file that is not a mapping", () => {
    expect(failure(() => parseStatement("- a\n- b\n", { filename: "l.yaml" })).message).toMatch(
      /^l\.yaml:1:1: expected the statement's fields/,
    );
  });

  it("locates JSON syntax errors, whether or not V8 gives a position", () => {
    expect(failure(() => parseStatement('{\n  "body": [ , ]\n}', { filename: "a.json" })).message).toMatch(
      /^a\.json:2:13: invalid JSON: Unexpected token ',' — /,
    );
    expect(failure(() => parseStatement('{\n  "title": "x",\n}', { filename: "b.json" })).message).toMatch(
      /^b\.json:3:1: invalid JSON: /,
    );
    expect(failure(() => parseStatement('{"title": "x"', { filename: "c.json" })).message).toMatch(
      /^c\.json:1:14: invalid JSON: /,
    );
  });

  it("locates JSON schema errors", () => {
    const json =
      '{\n  "body": [\n    { "type": "paragraph", "role": "body", "runs": [{ "text": "a", "marks": ["underline"] }] }\n  ]\n}';
    expect(failure(() => parseStatement(json, { filename: "m.json" })).message).toMatch(
      /^m\.json:3:78: body\[0\]\.runs\[0\]\.marks\[0\]: /,
    );
  });
});

describe("front matter", () => {
  it("overrides extracted fields and reads a date written as text", () => {
    const text =
      "---\ndate: 令和元年5月1日\nspeaker: Ambassador X\n---\nStatement by Japan\n\n2 June 2020\n\nMr. President,\n\nText.\n";
    const { statement } = parseStatement(text, { filename: "f.txt" });
    expect(statement.date).toEqual({ start: "2019-05-01", text: "令和元年5月1日" });
    expect(statement.speaker).toBe("Ambassador X");
    expect(statement.delegation).toBe("Japan");
  });

  it("keeps line numbers true after the front matter", () => {
    const text = "---\ntitle: T\n---\n\nPrintable version\n\nMr. President,\n\nText.\n";
    expect(parseStatement(text, { filename: "f.md" }).warnings[0]?.line).toBe(5);
  });

  it("reports unknown fields, impossible dates and unclosed blocks at their line", () => {
    const typo = parseStatement("---\ntitle: x\nspeeker: y\nclassification: RESTRICTED\n---\nText.\n", {
      filename: "f.md",
    });
    // classification became a field of the model (issue 12): no longer kept under extra.
    expect(typo.statement.extra).toEqual({ speeker: "y" });
    expect(typo.statement.classification).toBe("RESTRICTED");
    expect(typo.warnings.map((warning) => `${warning.line}:${warning.column} ${warning.message}`)).toEqual([
      "3:10 front-matter field “speeker” is not one of briefing's fields, so it was kept under extra; did you mean “speaker”?",
    ]);
    expect(
      failure(() => parseStatement("---\ntitle: x\nlevel: {a: 1}\n---\nText.\n", { filename: "f.md" }))
        .message,
    ).toMatch(/^f\.md:3:8: level: a field of your own must be text, a number, yes\/no or a list of those/);
    expect(
      failure(() => parseStatement("---\ndate: 平成32年1月1日\n---\nText.\n", { filename: "f.md" })).message,
    ).toMatch(/^f\.md:2:7: date: cannot read “平成32年1月1日” as a date \(.*平成 ended on 2019-04-30.*\) — /);
    expect(failure(() => parseStatement("---\ntitle: x\nText.\n", { filename: "f.md" })).message).toMatch(
      /^f\.md:1:1: the front matter opened with '---' is never closed/,
    );
  });

  it("refuses a file with only header lines", () => {
    expect(
      failure(() => parseStatement("Statement by Japan\n\n25 October 2023\n", { filename: "h.txt" })).message,
    ).toMatch(/^h\.txt:1:1: no statement text found/);
  });
});
