import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocx } from "@briefing/docx";
import validate, { type OfficeVersion, type ValidationResult } from "@ooxml-tools/validate";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentWithLinks } from "./support/document-with-links.js";

// The Word files checked against the OOXML schemas (ECMA-376 / ISO/IEC 29500 transitional) and
// Word's own extensions, by the validator of Microsoft's Open XML SDK, which @ooxml-tools/validate
// ships compiled to WebAssembly: no .NET, no system package, no network. It validates every part
// of the package (document, styles, numbering, settings, header and footer, properties, …) and
// handles markup compatibility as Word does: a namespace named in mc:Ignorable that the chosen
// Office version does not know is skipped, one it knows (w14, w15 for Office 2010+) is validated.
// Office2007 is the closest to the bare standard; Microsoft365 checks the extensions too.

const root = join(import.meta.dirname, "..");
const bin = join(root, "packages/cli/dist/bin.js");
const examples = readdirSync(join(root, "examples")).filter((name) => /\.(txt|md|ya?ml|json)$/.test(name));
const versions: OfficeVersion[] = ["Office2007", "Microsoft365"];

let dir: string;

function briefing(...args: string[]): void {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`briefing ${args.join(" ")} failed:\n${run.stderr}`);
}

/** Errors as one line each: part, path in it, what is wrong. */
const described = (errors: ValidationResult[]) =>
  errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.id}: ${e.description}`).join("\n");

const files: { name: string; bytes: () => Promise<Uint8Array> }[] = [];
for (const example of examples) {
  for (const template of ["briefing", "reading-copy"]) {
    const name = `${example.replace(/\.\w+$/, "")}.${template}.docx`;
    files.push({
      name,
      bytes: async () => {
        briefing(
          "render",
          join(root, "examples", example),
          "--template",
          template,
          "--to",
          "docx",
          "-o",
          name,
        );
        return new Uint8Array(readFileSync(join(dir, name)));
      },
    });
  }
}
files.push({
  name: "book of the examples",
  bytes: async () => {
    briefing("book", join(root, "examples"), "-o", "book.docx");
    return new Uint8Array(readFileSync(join(dir, "book.docx")));
  },
});
files.push({ name: "external links in body and header", bytes: () => renderDocx(documentWithLinks()) });
files.push({
  name: "fonts embedded (--embed-fonts)",
  bytes: async () => {
    briefing(
      "render",
      join(root, "examples", examples[0] ?? ""),
      "--to",
      "docx",
      "--embed-fonts",
      "-o",
      "embedded.docx",
    );
    return new Uint8Array(readFileSync(join(dir, "embedded.docx")));
  },
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-docx-schema-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Word output is valid OOXML (Open XML SDK validator)", () => {
  it.each(files)("$name", async ({ bytes }) => {
    const docx = await bytes();
    for (const version of versions) {
      const errors = await validate(docx, "docx", version);
      expect(described(errors), version).toBe("");
    }
  });

  it("the validator is alive: it reports a misplaced element and an unknown value", async () => {
    const parts = unzipSync(await renderDocx(documentWithLinks()));
    const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
    // w:pStyle must come first in w:pPr (the first paragraph); "sideways" is no ST_Jc value (the second).
    let paragraph = 0;
    const broken = xml.replace(/<w:pPr><w:pStyle w:val="([^"]+)"\/>/g, (whole, style: string) => {
      paragraph++;
      if (paragraph === 1) return `<w:pPr><w:jc w:val="left"/><w:pStyle w:val="${style}"/>`;
      if (paragraph === 2) return `${whole}<w:jc w:val="sideways"/>`;
      return whole;
    });
    expect(broken).not.toBe(xml);
    const errors = await validate(
      zipSync({ ...parts, "word/document.xml": strToU8(broken) }),
      "docx",
      "Office2007",
    );
    expect(errors.map((e) => e.id).sort()).toEqual([
      "Sch_AttributeValueDataTypeDetailed",
      "Sch_UnexpectedElementContentExpectingComplex",
    ]);
    expect(errors.every((e) => e.path.partUri === "/word/document.xml")).toBe(true);
  });
});
