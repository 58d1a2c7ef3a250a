import { describe, expect, it } from "vitest";
import { element, escapeXml, paragraphXml, textXml } from "../src/xml.js";

// The parts briefing writes itself must read byte for byte as docx would write them.
describe("WordprocessingML as text (xml.ts)", () => {
  it("escapes as docx does: quotes in text too, XML-invalid controls dropped", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'\u0001\u000b\t\n`)).toBe(
      "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;\t\n",
    );
  });

  it("writes an element without content as an empty element, and leaves undefined attributes out", () => {
    expect(element("w:hyperlink", { "w:history": 1, "w:anchor": undefined, "r:id": "rId3" })).toBe(
      '<w:hyperlink w:history="1" r:id="rId3"/>',
    );
    expect(element("w:instr", { "w:val": 'STYLEREF "A & B"' }, "x")).toBe(
      '<w:instr w:val="STYLEREF &quot;A &amp; B&quot;">x</w:instr>',
    );
  });

  it("keeps a text's spaces, even an empty one's, and leaves out empty paragraph properties", () => {
    expect(textXml("")).toBe('<w:t xml:space="preserve"></w:t>');
    expect(paragraphXml(undefined, "")).toBe("<w:p/>");
    expect(paragraphXml("Body", "")).toBe('<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr></w:p>');
  });
});
